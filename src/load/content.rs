//! Markdown pages under `content/`: front matter split from the body, nothing interpreted yet.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::docmeta::RawRevision;
use super::scalar::Scalar;
use super::yaml;
use crate::diagnostics::Diagnostic;
use crate::messages::msg;

/// The YAML between the `---` lines at the top of a page. Unknown keys are errors, as in site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The 发布日期 of a public document, the date of any other page.
    #[serde(default, alias = "发布日期")]
    pub date: Option<Spanned<Scalar>>,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub template: Option<Spanned<String>>,
    /// Headline figures a home or section template shows as tiles, each pulled from a dataset.
    #[serde(default)]
    pub key_figures: Vec<Spanned<KeyFigure>>,
    /// On `_row.md`: the dataset whose rows each get a page made from this one (see `validate::rows`).
    #[serde(default)]
    pub per_row: Option<Spanned<String>>,
    /// On a section's `_index.md`: how many pages its list shows at a time (see `render::pagination`).
    #[serde(default)]
    pub paginate: Option<Spanned<i64>>,
    /// The 政府信息公开 fields of a public document (checked in `validate::docmeta`).
    #[serde(default, alias = "索引号")]
    pub index_no: Option<Spanned<Scalar>>,
    #[serde(default, alias = "主题分类")]
    pub topic: Option<Spanned<String>>,
    #[serde(default, alias = "发文机关")]
    pub issuer: Option<Spanned<String>>,
    #[serde(default, alias = "成文日期")]
    pub written: Option<Spanned<Scalar>>,
    #[serde(default, alias = "文号")]
    pub doc_no: Option<Spanned<String>>,
    #[serde(default, alias = "有效性")]
    pub validity: Option<Spanned<String>>,
    /// Corrections made since the page was first published.
    #[serde(default, alias = "修订记录")]
    pub revisions: Vec<Spanned<RawRevision>>,
}

/// One headline figure: which dataset cell, and the short label shown with it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub dataset: String,
    /// Left out for a table whose rows are periods (`period_column:`), where `period:` (or the latest) picks the row.
    #[serde(default)]
    pub row: Option<Scalar>,
    pub column: String,
    pub label: String,
    /// The period of a series to show (`dataset:` naming a series); the latest when left out.
    #[serde(default)]
    pub period: Option<Scalar>,
    /// The changes shown under the figure (`[环比, 同比]`); both for a table of a series when left out, none with `[]`.
    #[serde(default)]
    pub changes: Option<Vec<String>>,
}

/// A Markdown file as read from disk.
#[derive(Debug, Clone)]
pub struct SourcePage {
    /// Relative to the site root, e.g. `content/report/assistance.md`.
    pub rel: PathBuf,
    /// Folders between `content/` and the file.
    pub dirs: Vec<String>,
    /// File name without `.md` and without a language suffix; `_index` for a section's own page.
    pub stem: String,
    /// The language suffix of a translation (`en` for `about.en.md`); none for a page in the default language.
    /// Whether the site has that language is checked in `validate`, which knows the settings.
    pub lang: Option<String>,
    pub front: FrontMatter,
    pub body: String,
    /// The file line on which `body` starts, so positions in the body map back to the file.
    pub body_line: usize,
}

impl SourcePage {
    pub fn is_index(&self) -> bool {
        self.stem == "_index"
    }

    /// A per-row template (`_row.md`): one page per row of its `per_row:` dataset, none of its own.
    pub fn is_row_template(&self) -> bool {
        self.stem == "_row"
    }
}

/// Splits and parses one page. A page must open with front matter: without a title there is nothing to show in
/// navigation, and a forgotten `---` is the commonest editing slip.
pub fn parse(rel: &Path, inner: &Path, text: String) -> Result<SourcePage, Diagnostic> {
    let (yaml_text, body, body_line) = split_front_matter(rel, &text)?;
    let front: FrontMatter = yaml::parse(rel, yaml_text, 1)?;
    let mut dirs: Vec<String> = inner
        .parent()
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    dirs.retain(|d| !d.is_empty());
    let full_stem = inner
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (stem, lang) = match full_stem.rsplit_once('.') {
        Some((base, suffix)) if !base.is_empty() => (base.to_string(), Some(suffix.to_string())),
        _ => (full_stem, None),
    };
    Ok(SourcePage {
        rel: rel.to_path_buf(),
        dirs,
        stem,
        lang,
        front,
        body: body.to_string(),
        body_line,
    })
}

fn split_front_matter<'a>(
    rel: &Path,
    text: &'a str,
) -> Result<(&'a str, &'a str, usize), Diagnostic> {
    let first = text.lines().next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Diagnostic::error(rel, 1, 1, msg!("page-no-front-matter")));
    }
    let mut offset = first.len() + 1;
    let mut line_no = 1;
    for line in text.get(offset..).unwrap_or("").split_inclusive('\n') {
        line_no += 1;
        if line.trim_end() == "---" {
            let yaml = &text[first.len() + 1..offset];
            let body = text.get(offset + line.len()..).unwrap_or("");
            return Ok((yaml, body, line_no + 1));
        }
        offset += line.len();
    }
    Err(Diagnostic::error(rel, 1, 1, msg!("page-front-matter-open")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_body_line() {
        let p = parse(
            Path::new("content/a.md"),
            Path::new("a.md"),
            "---\ntitle: 标题\nweight: 2\n---\n正文\n".to_string(),
        )
        .unwrap();
        assert_eq!(p.front.title, "标题");
        assert_eq!(p.body, "正文\n");
        assert_eq!(p.body_line, 5);
        assert!(p.dirs.is_empty());
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = parse(
            Path::new("content/a.md"),
            Path::new("a.md"),
            "---\ntitle: x\n正文\n".into(),
        )
        .unwrap_err();
        assert!(e.message().contains("never closed"));
        assert_eq!(e.line, 1);
    }

    #[test]
    fn front_matter_errors_point_into_the_file() {
        let e = parse(
            Path::new("content/a.md"),
            Path::new("a.md"),
            "---\ntitle: x\ntitel: y\n---\n".into(),
        )
        .unwrap_err();
        assert_eq!((e.line, e.col), (3, 1));
    }

    #[test]
    fn a_language_suffix_is_split_from_the_stem() {
        let p = parse(
            Path::new("content/r/_index.en.md"),
            Path::new("r/_index.en.md"),
            "---\ntitle: x\n---\n".into(),
        )
        .unwrap();
        assert_eq!(p.stem, "_index");
        assert_eq!(p.lang.as_deref(), Some("en"));
        assert!(p.is_index());
        let p = parse(
            Path::new("content/a.md"),
            Path::new("a.md"),
            "---\ntitle: x\n---\n".into(),
        )
        .unwrap();
        assert_eq!(p.lang, None);
    }

    #[test]
    fn section_folders_are_recorded() {
        let p = parse(
            Path::new("content/r/s/_index.md"),
            Path::new("r/s/_index.md"),
            "---\ntitle: x\n---\n".into(),
        )
        .unwrap();
        assert_eq!(p.dirs, vec!["r", "s"]);
        assert!(p.is_index());
    }
}
