//! Dataset files under `data/`, parsed but not yet checked against their own column declarations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::scalar::Scalar;
use super::yaml;
use crate::diagnostics::Diagnostic;

/// A dataset file as written. Rows keep the position of every cell so a type error points at the value itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub as_of: Option<Spanned<Scalar>>,
    /// `aggregate` (the default) or `records`.
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    pub columns: Vec<Spanned<RawColumn>>,
    #[serde(default)]
    pub rows: Vec<Spanned<BTreeMap<String, Spanned<Scalar>>>>,
}

/// A column declaration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawColumn {
    pub key: String,
    pub label: String,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<Spanned<String>>,
}

/// A dataset file with its id (the file stem).
#[derive(Debug, Clone)]
pub struct SourceDataset {
    pub id: String,
    pub rel: PathBuf,
    pub raw: RawDataset,
}

pub fn parse(rel: &Path, text: &str) -> Result<SourceDataset, Diagnostic> {
    let id = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Diagnostic::error(
            rel,
            0,
            0,
            format!("the dataset id `{id}` (the file name) is not usable in a URL"),
        )
        .hint("rename the file using only a-z, 0-9, - and _, e.g. data/assistance-coverage.yaml"));
    }
    let raw: RawDataset = yaml::parse(rel, text, 0)?;
    Ok(SourceDataset {
        id,
        rel: rel.to_path_buf(),
        raw,
    })
}
