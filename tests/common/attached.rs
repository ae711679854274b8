//! The harness of the attachment attack corpora (`privacy_attacks_attachments.rs`, `privacy_attacks5.rs`): one small
//! site per planted file, built with `--strict` and without. Both builds must fail (an attachment cannot be redacted
//! in place; a text file may be redacted without `--strict`), the log must name the file and, where the case says,
//! the place inside it, and never a planted value. Failures name the case, never the value.

use std::fs;

use sha2::{Digest, Sha256};

use super::planted::{LATIN_NAME, NAME, PHONE, attachment_site, id_number};
use super::{stderr, sunlight};

/// One planted file: what it is, where it goes in the site, its bytes, and a piece of the place the error must
/// name inside it (empty: the file name is enough).
pub struct Case {
    pub what: &'static str,
    pub rel: &'static str,
    pub bytes: Vec<u8>,
    pub place: &'static str,
    /// A text file: without `--strict` it may be published with the values redacted, as pages are.
    pub text: bool,
    /// Listed under `privacy.reviewed` with its hash: what Sunlight cannot read passes, what it can read must not.
    pub reviewed: bool,
}

pub fn case(what: &'static str, rel: &'static str, bytes: Vec<u8>, place: &'static str) -> Case {
    Case {
        what,
        rel,
        bytes,
        place,
        text: false,
        reviewed: false,
    }
}

/// A case whose file a person has reviewed (an image): its pixels pass, its metadata is still read.
pub fn reviewed_case(
    what: &'static str,
    rel: &'static str,
    bytes: Vec<u8>,
    place: &'static str,
) -> Case {
    Case {
        reviewed: true,
        ..case(what, rel, bytes, place)
    }
}

/// A case whose file is text (a calendar, a contact card): `--strict` fails, the default build redacts.
pub fn text_case(what: &'static str, rel: &'static str, bytes: Vec<u8>) -> Case {
    Case {
        text: true,
        ..case(what, rel, bytes, "")
    }
}

fn shows_a_value(text: &str, planted: &[String]) -> bool {
    planted.iter().any(|v| text.contains(v.as_str()))
}

/// Builds the case's site under `--strict` and without; what went wrong, naming the case only. `refused`: the file
/// cannot be read, and the error must say so.
pub fn attack(c: &Case, refused: bool, planted: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    let dir = attachment_site(&[(c.rel.to_string(), c.bytes.clone())]);
    if c.reviewed {
        let path = dir.path().join("site.yaml");
        let config = fs::read_to_string(&path).unwrap_or_default();
        let hash: String = Sha256::digest(&c.bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        // The fixture's site.yaml ends inside its `privacy:` block.
        let _ = fs::write(
            &path,
            format!(
                "{config}  reviewed:\n    - {{file: {}, sha256: {hash}, reason: checked by the test}}\n",
                c.rel
            ),
        );
    }
    for strict in [true, false] {
        let args: &[&str] = if strict {
            &["build", "--strict"]
        } else {
            &["build"]
        };
        let out = sunlight(dir.path(), args);
        let log = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
        let mode = if strict { "--strict" } else { "default" };
        if shows_a_value(&log, planted) {
            problems.push(format!(
                "{} ({mode}): the log prints a planted value",
                c.what
            ));
        }
        if out.status.success() {
            if strict || !c.text {
                problems.push(format!("{} ({mode}): published it (exit 0)", c.what));
            }
            for (rel, bytes) in super::tree(&dir.path().join("public")) {
                if shows_a_value(&String::from_utf8_lossy(&bytes), planted) {
                    problems.push(format!("{} ({mode}): {rel} holds a planted value", c.what));
                }
            }
        } else if !log.contains(c.rel) {
            problems.push(format!(
                "{} ({mode}): the error does not name {}",
                c.what, c.rel
            ));
        } else if !c.place.is_empty() && !log.contains(c.place) {
            problems.push(format!(
                "{} ({mode}): the error does not name the place {:?}",
                c.what, c.place
            ));
        } else if refused && !log.contains("cannot") {
            problems.push(format!("{} ({mode}): not refused as unreadable", c.what));
        }
        let _ = fs::remove_dir_all(dir.path().join("public"));
    }
    problems
}

pub fn run(name: &str, cases: Vec<Case>, refused: bool, planted: &[String]) {
    let mut problems = Vec::new();
    for c in &cases {
        problems.extend(attack(c, refused, planted));
    }
    assert!(
        problems.is_empty(),
        "{name}: {} problems in {} cases:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}

/// Every case must fail the build naming the file (and the place), never the value.
pub fn class(name: &str, cases: Vec<Case>, planted: &[String]) {
    run(name, cases, false, planted);
}

/// Every case must be refused as a file Sunlight cannot read.
pub fn refused(name: &str, cases: Vec<Case>, planted: &[String]) {
    run(name, cases, true, planted);
}

/// What the later attachment corpora (`privacy_attacks5`, `privacy_attacks6`) plant: a phone, a roster name in Han
/// and Latin letters, an ID number and its first 17 digits.
pub fn planted_values() -> Vec<String> {
    let id = id_number();
    vec![
        PHONE.into(),
        NAME.into(),
        id.clone(),
        id[..17].to_string(),
        LATIN_NAME.into(),
    ]
}

/// [`class`] over [`planted_values`].
pub fn planted_class(name: &str, cases: Vec<Case>) {
    class(name, cases, &planted_values());
}

/// Ordinary files of these shapes: the strict build passes.
pub fn builds_strict(files: &[(String, Vec<u8>)]) {
    let dir = attachment_site(files);
    let out = sunlight(dir.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
}
