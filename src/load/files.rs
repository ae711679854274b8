//! Reading the site folder from disk. Every file is read once, here; later stages work on memory.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, line_col};

/// Reads a text file as UTF-8. A file in another encoding (often GBK from older Windows tools) is an error that
/// points at the first byte that is not UTF-8, rather than mojibake on the public site.
pub fn read_text(root: &Path, rel: &Path) -> Result<String, Diagnostic> {
    let bytes = read_bytes(root, rel)?;
    decode(rel, bytes)
}

pub fn read_bytes(root: &Path, rel: &Path) -> Result<Vec<u8>, Diagnostic> {
    std::fs::read(root.join(rel)).map_err(|e| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "the file does not exist".to_string(),
            std::io::ErrorKind::PermissionDenied => {
                "the file cannot be read (permission denied)".to_string()
            }
            _ => format!("the file cannot be read ({e})"),
        };
        Diagnostic::error(rel, 0, 0, what).hint("check that the file exists and is readable")
    })
}

/// Decodes UTF-8, dropping a leading byte-order mark that Windows editors add.
pub fn decode(rel: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..good]);
            let (line, col) = line_col(&prefix, good);
            Err(Diagnostic::error(rel, line, col, "this file is not UTF-8 text")
                .hint("save the file as UTF-8 (in most editors: Save As, encoding UTF-8); GBK is not supported"))
        }
    }
}

/// The id of a dataset or chart: its file name without the extension, which becomes part of URLs, so only
/// a-z, 0-9, `-` and `_` are accepted.
pub fn id_from_file_name(rel: &Path, what: &str, example: &str) -> Result<String, Diagnostic> {
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
            format!("the {what} id `{id}` (the file name) is not usable in a URL"),
        )
        .hint(format!(
            "rename the file using only a-z, 0-9, - and _, e.g. {example}"
        )));
    }
    Ok(id)
}

/// A file found under a site folder.
#[derive(Debug, Clone)]
pub struct Found {
    /// Relative to the site root.
    pub rel: PathBuf,
    /// Relative to the folder that was walked.
    pub inner: PathBuf,
}

/// Lists the publishable files below `root/dir`, sorted, so every later stage sees them in the same order.
/// Names starting with `.` or `_` are private (except `_index` pages, which `keep_index` admits). Symbolic links are
/// skipped with a warning: following one could publish a file from outside the site folder.
pub fn walk(
    root: &Path,
    dir: &str,
    keep_index: bool,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Found> {
    let base = root.join(dir);
    if !base.is_dir() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let walker = WalkDir::new(&base)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !is_private(&e.file_name().to_string_lossy(), keep_index)
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let rel = e
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .map_or_else(|| PathBuf::from(dir), Path::to_path_buf);
                warnings.push(
                    Diagnostic::warning(rel, 0, 0, "this path cannot be read and is left out")
                        .hint("check its permissions"),
                );
                continue;
            }
        };
        let Ok(rel) = entry.path().strip_prefix(root) else {
            continue;
        };
        if entry.path_is_symlink() {
            warnings.push(
                Diagnostic::warning(rel, 0, 0, "symbolic links are never published")
                    .hint("copy the file into the site folder instead of linking to it"),
            );
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(inner) = entry.path().strip_prefix(&base) else {
            continue;
        };
        found.push(Found {
            rel: rel.to_path_buf(),
            inner: inner.to_path_buf(),
        });
    }
    found
}

fn is_private(name: &str, keep_index: bool) -> bool {
    if keep_index && (name == "_index.md" || (name.starts_with("_index.") && name.ends_with(".md")))
    {
        return false;
    }
    name.starts_with('.') || name.starts_with('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_utf8_points_at_the_bad_byte() {
        let mut bytes = "第一行\nab".as_bytes().to_vec();
        bytes.extend([0xc4, 0xe3]);
        let e = decode(Path::new("content/a.md"), bytes).unwrap_err();
        assert_eq!((e.line, e.col), (2, 3));
    }

    #[test]
    fn bom_is_dropped() {
        let s = decode(Path::new("a"), "\u{feff}title".as_bytes().to_vec()).unwrap();
        assert_eq!(s, "title");
    }

    #[test]
    fn private_names() {
        assert!(is_private(".draft.md", true));
        assert!(is_private("_notes.md", true));
        assert!(!is_private("_index.md", true));
        assert!(is_private("_index.md", false));
        assert!(!is_private("a.md", false));
    }
}
