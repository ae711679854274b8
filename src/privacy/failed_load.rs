//! What the messages of a load that failed are screened with. Such a load never reaches the privacy stage, so the
//! roster's names are not known from it, yet its messages quote source lines: a YAML error on a line of the roster
//! itself, or an unknown key on a page line that names a person of it. The records datasets are read once more
//! here, each on its own, as far as they can be: the ones that parse give their names to the detector, and every
//! records file (parsed or not, with the table beside it) is a file whose lines are never quoted.

use std::path::{Path, PathBuf};

use super::detect::Detector;
use crate::load::dataset::{self, table_file};
use crate::load::files::{self, Cap};
use crate::model::config::{MB, PrivacyConfig};

/// The most a records file read here may hold; a larger one is not read, and its lines are never quoted anyway.
const CAP: Cap = Cap {
    bytes: 64 * MB,
    key: None,
};

/// The detector (the roster names that could be read) and the roster files, for the messages of a failed load.
pub fn guard(root: &Path) -> (Detector, Vec<PathBuf>) {
    let found = files::walk(root, "data", false, &mut Vec::new());
    let mut rosters = Vec::new();
    let mut datasets = Vec::new();
    for f in &found {
        let yaml = f
            .rel
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
        if !yaml || f.inner.components().count() != 1 {
            continue;
        }
        let Ok(text) = files::read_text(root, &f.rel, CAP) else {
            continue;
        };
        if !(table_file::declares_records(&text) || says_personal(&text)) {
            continue;
        }
        let stem = f.rel.with_extension("");
        let beside: Vec<&files::Found> = found
            .iter()
            .filter(|t| t.rel != f.rel && t.rel.with_extension("") == stem)
            .collect();
        rosters.push(f.rel.clone());
        rosters.extend(beside.iter().map(|t| t.rel.clone()));
        if let Ok(mut d) = dataset::parse(&f.rel, &text) {
            let csv = f.rel.with_extension("csv");
            if beside.iter().any(|t| t.rel == csv) {
                d.csv = files::read_text(root, &csv, CAP).ok().map(|t| (csv, t));
            }
            datasets.push(d);
        }
    }
    let names = super::written_roster_names(&datasets);
    let detector = Detector::new(&[], &[], &names, &PrivacyConfig::default().replacement);
    (detector, rosters)
}

/// A line declaring a personal column (`personal: true`), in a file that may not parse.
fn says_personal(text: &str) -> bool {
    text.lines().any(|l| {
        l.find("personal").is_some_and(|at| {
            l[at + "personal".len()..]
                .trim_start()
                .trim_start_matches([':', '"', '\''])
                .trim_start()
                .starts_with("true")
        })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_personal_column_is_seen_in_a_file_that_does_not_parse() {
        assert!(super::says_personal(
            "  - {key: name, personal: true, label: [\n"
        ));
        assert!(super::says_personal("    personal:  true\n"));
        assert!(!super::says_personal("    personal: false\n"));
        assert!(!super::says_personal("title: 人员\n"));
    }
}
