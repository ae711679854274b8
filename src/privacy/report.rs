//! `.sunlight/privacy-report.json`: per source file and kind, how many detections were replaced and how many cells
//! were withheld (figures, and table cells by the rule that withheld them). Counts only: the report must be safe to attach to a ticket or e-mail.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::detect::Kind;
use crate::diagnostics::display_path;

#[derive(Debug, Default, Clone, Serialize)]
pub struct FileReport {
    pub detections: BTreeMap<&'static str, usize>,
    pub suppressed_cells: usize,
    /// Table cells (rows of a published table) withheld, by rule: frequency, dominance, attribute, secondary.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub suppressed_by_rule: BTreeMap<&'static str, usize>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct PrivacyReport {
    pub files: BTreeMap<String, FileReport>,
}

impl PrivacyReport {
    pub fn detection(&mut self, rel: &Path, kind: Kind) {
        *self
            .files
            .entry(display_path(rel))
            .or_default()
            .detections
            .entry(kind.key())
            .or_default() += 1;
    }

    pub fn suppressed(&mut self, rel: &Path, n: usize, by_rule: &BTreeMap<&'static str, usize>) {
        let file = self.files.entry(display_path(rel)).or_default();
        file.suppressed_cells += n;
        for (rule, k) in by_rule {
            *file.suppressed_by_rule.entry(rule).or_default() += k;
        }
    }

    pub fn detections(&self) -> usize {
        self.files
            .values()
            .flat_map(|f| f.detections.values())
            .sum()
    }

    pub fn suppressed_cells(&self) -> usize {
        self.files.values().map(|f| f.suppressed_cells).sum()
    }

    /// The report as written to disk, with totals first.
    pub fn to_json(&self) -> Vec<u8> {
        let doc = serde_json::json!({
            "detections": self.detections(),
            "suppressed_cells": self.suppressed_cells(),
            "files": self.files,
        });
        let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}
