//! Reading the site folder from disk. Every file is read once, here; later stages work on memory.

use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Severity, line_col};
use crate::messages::msg;
use crate::messages::{Arg, io_reason};
use crate::model::config::MB;

/// The size above which a file is refused before it is read, and the site.yaml key that sets it (none for site.yaml
/// itself, which is read before its settings are known).
#[derive(Debug, Clone, Copy)]
pub struct Cap {
    pub bytes: u64,
    pub key: Option<&'static str>,
}

/// site.yaml is read before `limits:` is known; a settings file is never anywhere near this.
pub const SITE_YAML_CAP: Cap = Cap {
    bytes: 10 * MB,
    key: None,
};

/// Reads a text file as UTF-8. A file in another encoding (often GBK from older Windows tools) is an error that
/// points at the first byte that is not UTF-8, rather than mojibake on the public site.
pub fn read_text(root: &Path, rel: &Path, cap: Cap) -> Result<String, Diagnostic> {
    let bytes = read_bytes(root, rel, cap)?;
    decode(rel, bytes)
}

/// Reads a file below `root`, refusing a symbolic link anywhere on the way (nothing outside the site folder may be
/// published), anything but a regular file (a named pipe would block the build), and a file larger than `cap`, whose
/// size is checked before it is held in memory.
pub fn read_bytes(root: &Path, rel: &Path, cap: Cap) -> Result<Vec<u8>, Diagnostic> {
    let cannot = |e: &std::io::Error| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => msg!("file-missing"),
            _ => msg!("file-unreadable", reason = io_reason(e)),
        };
        Diagnostic::error(rel, 0, 0, what)
    };
    if let Some(link) = link_on_the_way(root, rel) {
        return Err(symlink_error(&link));
    }
    let file = open_no_follow(&root.join(rel)).map_err(|e| {
        if is_link_error(&e) {
            symlink_error(rel)
        } else {
            cannot(&e)
        }
    })?;
    let meta = file.metadata().map_err(|e| cannot(&e))?;
    if !meta.is_file() {
        return Err(not_regular(rel, Severity::Error));
    }
    if meta.len() > cap.bytes {
        return Err(too_large(rel, meta.len(), cap));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(cap.bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > cap.bytes {
        return Err(too_large(rel, bytes.len() as u64, cap));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// What `open` with `O_NOFOLLOW` says when the file itself is a link.
fn is_link_error(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

fn too_large(rel: &Path, len: u64, cap: Cap) -> Diagnostic {
    let size = |b: u64| Arg::Figure(format!("{:.1} MB", b as f64 / MB as f64));
    let message = match cap.key {
        Some(k) => msg!(
            "file-too-large-limit",
            size = size(len),
            limit = size(cap.bytes),
            key = Arg::Figure(k.to_string())
        ),
        None => msg!("file-too-large", size = size(len), limit = size(cap.bytes)),
    };
    Diagnostic::error(rel, 0, 0, message)
}

/// The first symbolic link on the way from `root` to `root/rel` (`rel` itself included), relative to the root. The
/// root itself is the user's choice and may be a link; nothing below it is followed.
pub fn link_on_the_way(root: &Path, rel: &Path) -> Option<PathBuf> {
    let mut prefix = PathBuf::new();
    for part in rel.components() {
        prefix.push(part);
        match std::fs::symlink_metadata(root.join(&prefix)) {
            Ok(m) if m.file_type().is_symlink() => return Some(prefix),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

/// The warning for a skipped link. It names the link, never where it points: the target may be a path on the build
/// machine that has no business in a log.
pub fn symlink_warning(rel: &Path) -> Diagnostic {
    Diagnostic::warning(rel, 0, 0, msg!("file-link-skipped"))
}

/// A link where the build needs a file (site.yaml, the theme) cannot be skipped.
pub fn symlink_error(rel: &Path) -> Diagnostic {
    Diagnostic::error(rel, 0, 0, msg!("file-link"))
}

fn not_regular(rel: &Path, severity: Severity) -> Diagnostic {
    let d = Diagnostic::error(rel, 0, 0, msg!("file-not-regular"));
    Diagnostic { severity, ..d }
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
            Err(Diagnostic::error(rel, line, col, msg!("file-not-utf8")))
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
            msg!("file-bad-id", kind = what, id = id, example = example),
        ));
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
/// Names starting with `.` or `_` are private (except `_index` pages, which `keep_index` admits). A symbolic link,
/// `dir` itself or any folder on the way to it included, is skipped with a warning: following one could publish a
/// file from outside the site folder. A folder that cannot be read is an error: the site must not be published
/// silently without it.
pub fn walk(root: &Path, dir: &str, keep_index: bool, diags: &mut Vec<Diagnostic>) -> Vec<Found> {
    if let Some(link) = link_on_the_way(root, Path::new(dir)) {
        diags.push(symlink_warning(&link));
        return Vec::new();
    }
    let base = root.join(dir);
    match std::fs::symlink_metadata(&base) {
        Ok(m) if m.is_dir() => {}
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            diags.push(unreadable_folder(Path::new(dir), io_reason(&e)));
            return Vec::new();
        }
        _ => return Vec::new(),
    }
    let mut found = Vec::new();
    let walker = WalkDir::new(&base)
        .follow_links(false)
        .follow_root_links(false)
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
                let why = e.io_error().map_or(Arg::Term("term-io-loop"), io_reason);
                diags.push(unreadable_folder(&rel, why));
                continue;
            }
        };
        let Ok(rel) = entry.path().strip_prefix(root) else {
            continue;
        };
        let kind = entry.file_type();
        if kind.is_symlink() {
            diags.push(symlink_warning(rel));
            continue;
        }
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            diags.push(not_regular(rel, Severity::Warning));
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

fn unreadable_folder(rel: &Path, why: Arg) -> Diagnostic {
    Diagnostic::error(rel, 0, 0, msg!("folder-unreadable", reason = why))
}

fn is_private(name: &str, keep_index: bool) -> bool {
    let page_of = |stem: &str| {
        name.strip_prefix(stem)
            .is_some_and(|rest| rest == ".md" || (rest.starts_with('.') && rest.ends_with(".md")))
    };
    // `_row.md` is a per-row template (see `validate::rows`): read, but never published as itself.
    if keep_index && (page_of("_index") || page_of("_row")) {
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
        assert!(!is_private("_row.md", true));
        assert!(!is_private("_row.en.md", true));
        assert!(is_private("_rows.md", true));
        assert!(!is_private("a.md", false));
    }

    const CAP: Cap = Cap {
        bytes: 10,
        key: Some("file_mb"),
    };

    #[test]
    fn a_file_over_its_cap_is_refused_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ten.txt"), "0123456789").unwrap();
        std::fs::write(dir.path().join("eleven.txt"), "0123456789a").unwrap();
        assert_eq!(
            read_bytes(dir.path(), Path::new("ten.txt"), CAP).unwrap(),
            b"0123456789"
        );
        let e = read_bytes(dir.path(), Path::new("eleven.txt"), CAP).unwrap_err();
        assert!(e.message().contains("limits.file_mb"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_found_on_the_way_but_the_root_may_be_one() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("themes/t/static")).unwrap();
        std::fs::create_dir_all(dir.path().join("elsewhere")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), site.join("themes/u")).unwrap();
        std::os::unix::fs::symlink(&site, dir.path().join("alias")).unwrap();
        let alias = dir.path().join("alias");
        assert_eq!(link_on_the_way(&alias, Path::new("themes/t/static")), None);
        assert_eq!(
            link_on_the_way(&alias, Path::new("themes/u/static")),
            Some(PathBuf::from("themes/u"))
        );
        assert_eq!(link_on_the_way(&alias, Path::new("missing/x")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_file_is_not_opened_even_when_the_check_before_is_passed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("target.txt"), "outside").unwrap();
        std::os::unix::fs::symlink(dir.path().join("target.txt"), dir.path().join("link.txt"))
            .unwrap();
        let e = open_no_follow(&dir.path().join("link.txt")).unwrap_err();
        assert!(is_link_error(&e), "{e}");
        let e = read_bytes(dir.path(), Path::new("link.txt"), CAP).unwrap_err();
        assert!(e.message().contains("symbolic link"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn walk_leaves_out_links_and_pipes_and_stops_at_a_linked_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("static/css")).unwrap();
        std::fs::write(root.join("static/css/a.css"), "a").unwrap();
        std::os::unix::fs::symlink("/etc/hostname", root.join("static/host")).unwrap();
        let pipe =
            std::ffi::CString::new(root.join("static/pipe").to_string_lossy().as_bytes()).unwrap();
        // SAFETY: a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(pipe.as_ptr(), 0o644) }, 0);
        std::os::unix::fs::symlink("/etc", root.join("data")).unwrap();

        let mut diags = Vec::new();
        let found = walk(root, "static", false, &mut diags);
        let names: Vec<String> = found.iter().map(|f| slashes(&f.rel)).collect();
        assert_eq!(names, ["static/css/a.css"]);
        let warned: Vec<String> = diags.iter().map(|d| slashes(&d.file)).collect();
        assert_eq!(warned, ["static/host", "static/pipe"]);
        assert!(diags.iter().all(|d| d.severity == Severity::Warning));

        let mut diags = Vec::new();
        assert!(walk(root, "data", false, &mut diags).is_empty());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].file, Path::new("data"));
        assert!(!diags[0].to_string().contains("/etc"));
    }

    fn slashes(p: &Path) -> String {
        crate::diagnostics::display_path(p)
    }
}
