//! `.sunlight/privacy-report.json`: per source file and kind, how many detections were replaced and how many cells
//! were withheld (figures, and table cells by the rule that withheld them), and the name of each kind found in both
//! languages. Counts only: the report must be safe to attach to a ticket or e-mail.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use super::detect::Kind;
use super::kind_term;
use crate::diagnostics::display_path;
use crate::messages::{Lang, word};

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

    /// The kinds found, by key, with their names in both languages (the catalogue's `term-kind-…`), so a person
    /// reading the report needs no list of keys. Both languages, so the file does not depend on the locale.
    fn kind_names(&self) -> BTreeMap<&'static str, BTreeMap<&'static str, String>> {
        let found: BTreeSet<&str> = self
            .files
            .values()
            .flat_map(|f| f.detections.keys().copied())
            .collect();
        Kind::ALL
            .into_iter()
            .filter(|k| found.contains(k.key()))
            .map(|k| {
                let names = [("en", Lang::En), ("zh-CN", Lang::Zh)]
                    .into_iter()
                    .map(|(tag, lang)| (tag, word(kind_term(k), lang)))
                    .collect();
                (k.key(), names)
            })
            .collect()
    }

    /// The report as written to disk, with totals first.
    pub fn to_json(&self) -> Vec<u8> {
        let doc = serde_json::json!({
            "detections": self.detections(),
            "suppressed_cells": self.suppressed_cells(),
            "kinds": self.kind_names(),
            "files": self.files,
        });
        let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_names_the_kinds_it_counts_in_both_languages() {
        let mut r = PrivacyReport::default();
        r.detection(Path::new("content/a.md"), Kind::Mobile);
        r.detection(Path::new("content/b.md"), Kind::Mobile);
        let doc: serde_json::Value = serde_json::from_slice(&r.to_json()).unwrap();
        assert_eq!(doc["detections"], 2);
        assert_eq!(doc["kinds"]["mobile"]["en"], "mobile number");
        assert_eq!(doc["kinds"]["mobile"]["zh-CN"], "手机号码");
        assert_eq!(doc["kinds"].as_object().map(|o| o.len()), Some(1));
    }
}
