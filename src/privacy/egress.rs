//! The last gate: every output file's bytes, in memory, are searched once more before anything touches the disk.
//! A hit here means an earlier stage let something through (a template, a static file, a theme string), so the
//! build fails rather than publish it.

use crate::diagnostics::{Diagnostic, display_path};
use crate::render::OutputFile;

/// Returns one error per output file that still contains a configured marker.
pub fn scan(files: &[OutputFile], markers: &[String]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for f in files {
        for m in markers {
            if let Some(at) = find(&f.bytes, m.as_bytes()) {
                let line = f.bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                found.push(
                    Diagnostic::error(
                        format!("public/{}", f.path),
                        line,
                        0,
                        "an editing marker (privacy.strip) is in the output",
                    )
                    .hint(format!(
                        "it came from {}; remove the marker there",
                        display_path(&f.source)
                    )),
                );
                break;
            }
        }
    }
    found
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn finds_markers_and_names_no_value() {
        let files = vec![OutputFile {
            path: "a/index.html".into(),
            bytes: b"ok\n##paidbegin## x".to_vec(),
            source: PathBuf::from("static/a.html"),
        }];
        let hits = scan(&files, &["##paidbegin##".to_string()]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].line, 2);
        assert!(!hits[0].message.contains("paidbegin"));
    }
}
