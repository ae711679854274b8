//! Which folders a build may replace. Building deletes everything in the output folder, so a mistyped `--out` must
//! never cost an editor anything Sunlight did not make: a folder is replaced only when it is missing, empty or
//! carries Sunlight's [`MARKER`]; `--force` allows any other folder, except the few whose loss no flag can justify
//! (the site and its sources, the home folder, `/` and the system's own folders).

use std::fs;
use std::path::{Component, Path, PathBuf};

/// The file Sunlight writes into every output folder it makes: the proof that replacing the folder loses nothing.
pub const MARKER: &str = ".sunlight-output";

/// The marker's text. Fixed, so the same input still gives byte-identical output.
pub const MARKER_TEXT: &str = "This folder was made by Sunlight (`sunlight build`). The next build replaces \
everything in it, so keep no other files here.\n";

/// The site's folders that a build reads or keeps, which no output may be inside.
const SOURCES: [&str; 7] = [
    "content",
    "data",
    "charts",
    "themes",
    "static",
    ".git",
    ".sunlight",
];

/// Folders that hold whole systems or users: an output is never one of them, only a folder inside one.
const SYSTEM_PARENTS: [&str; 7] = [
    "/usr",
    "/usr/local",
    "/var",
    "/home",
    "/Users",
    "/private",
    "/private/var",
];

/// Folders of the operating system's own files, where nothing a build writes belongs.
const SYSTEM_TREES: [&str; 4] = ["/proc", "/sys", "/dev", "/etc"];

/// Why `out` can never be an output folder, `--force` or not; `None` when it may be one. All paths absolute.
pub fn forbidden(root: &Path, out: &Path, home: Option<&Path>) -> Option<&'static str> {
    if root.starts_with(out) {
        return Some("site");
    }
    if SOURCES.iter().any(|s| out.starts_with(root.join(s))) {
        return Some("source");
    }
    if home.is_some_and(|h| h.starts_with(out)) {
        return Some("home");
    }
    let depth = out
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .count();
    let parent_is_system = out
        .parent()
        .is_some_and(|p| SYSTEM_PARENTS.iter().any(|s| p == Path::new(s)));
    if depth <= 1 || parent_is_system || SYSTEM_TREES.iter().any(|s| out.starts_with(s)) {
        return Some("system");
    }
    None
}

/// What is at the output's place now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Nothing, an empty folder, or a folder Sunlight made: replaced without asking.
    Replaceable,
    /// A folder with files that Sunlight did not mark.
    Foreign,
    NotAFolder,
    /// The top of a mounted file system, which cannot be renamed.
    MountPoint,
}

pub fn state(out: &Path) -> State {
    let Ok(meta) = fs::metadata(out) else {
        return State::Replaceable;
    };
    if !meta.is_dir() {
        return State::NotAFolder;
    }
    if is_mount_point(out) {
        return State::MountPoint;
    }
    let empty = fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_none());
    if empty || is_marked(out) {
        State::Replaceable
    } else {
        State::Foreign
    }
}

/// Whether `dir` carries the marker as a regular file (a link named like it proves nothing).
pub fn is_marked(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// Whether an unmarked `out` is the default `public/` of a site that Sunlight has built before (it left
/// `.sunlight/`), as every version before the marker made it. Whether its contents fit is decided once the new
/// output is known ([`unexpected_entry`]).
pub fn is_earlier_output(root: &Path, out: &Path) -> bool {
    out == root.join("public")
        && root.join(".sunlight").is_dir()
        && fs::symlink_metadata(out.join("index.html")).is_ok_and(|m| m.is_file())
}

/// The first top-level entry of `out` that is not among `names` (the new output's top-level names), if any:
/// an unmarked earlier `public/` is adopted only when everything in it is a name the build itself writes.
pub fn unexpected_entry(out: &Path, names: &[&str]) -> Option<String> {
    let mut found: Vec<String> = fs::read_dir(out)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !names.contains(&n.as_str()))
        .collect();
    found.sort();
    found.into_iter().next()
}

#[cfg(target_os = "linux")]
fn is_mount_point(dir: &Path) -> bool {
    use rustix::fs::{AtFlags, CWD, StatxAttributes, StatxFlags, statx};
    match statx(
        CWD,
        dir,
        AtFlags::NO_AUTOMOUNT | AtFlags::SYMLINK_NOFOLLOW,
        StatxFlags::empty(),
    ) {
        Ok(s) if s.stx_attributes_mask.contains(StatxAttributes::MOUNT_ROOT) => {
            s.stx_attributes.contains(StatxAttributes::MOUNT_ROOT)
        }
        _ => other_device_than_parent(dir),
    }
}

#[cfg(all(unix, not(target_os = "linux")))]
fn is_mount_point(dir: &Path) -> bool {
    other_device_than_parent(dir)
}

#[cfg(not(unix))]
fn is_mount_point(_dir: &Path) -> bool {
    false
}

/// Older kernels have no mount-root flag; a folder on another device than its parent is a mount point too (a bind
/// mount of the same device is then missed, and the swap reports it instead).
#[cfg(unix)]
fn other_device_than_parent(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Some(parent) = dir.parent() else {
        return true;
    };
    match (fs::metadata(dir), fs::metadata(parent)) {
        (Ok(d), Ok(p)) => d.dev() != p.dev(),
        _ => false,
    }
}

/// The user's home folder, from the environment (`HOME`, or `USERPROFILE` on Windows), made absolute.
pub fn home() -> Option<PathBuf> {
    let var = if cfg!(windows) { "USERPROFILE" } else { "HOME" };
    std::env::var_os(var)
        .filter(|h| !h.is_empty())
        .map(|h| super::absolute(Path::new(&h)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(root: &str, out: &str) -> Option<&'static str> {
        forbidden(
            Path::new(root),
            Path::new(out),
            Some(Path::new("/home/editor")),
        )
    }

    #[test]
    fn the_site_and_its_sources_are_never_replaced() {
        assert!(why("/srv/site", "/srv/site").is_some());
        assert!(why("/srv/site", "/srv").is_some());
        assert!(why("/srv/site", "/srv/site/content/x").is_some());
        assert!(why("/srv/site", "/srv/site/.git").is_some());
        assert!(why("/srv/site", "/srv/site/public").is_none());
        assert!(why("/srv/site", "/srv/www").is_none());
        assert!(why("/srv/site", "/tmp/out").is_none());
    }

    #[test]
    fn home_and_system_folders_are_never_replaced() {
        for out in [
            "/",
            "/etc",
            "/usr",
            "/var",
            "/opt",
            "/tmp",
            "/home",
            "/home/editor",
            "/home/other",
            "/usr/local",
            "/usr/share",
            "/var/www",
            "/var/lib",
            "/etc/nginx/html",
            "/proc/self",
        ] {
            assert!(why("/srv/site", out).is_some(), "{out}");
        }
        for out in [
            "/var/www/html",
            "/home/editor/site-out",
            "/opt/portal/public",
            "/usr/share/nginx/html",
        ] {
            assert_eq!(why("/srv/site", out), None, "{out}");
        }
    }

    #[test]
    fn a_folder_is_replaceable_only_when_empty_missing_or_marked() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        assert_eq!(state(&out), State::Replaceable);
        fs::create_dir(&out).unwrap();
        assert_eq!(state(&out), State::Replaceable);
        fs::write(out.join("notes.txt"), "mine").unwrap();
        assert_eq!(state(&out), State::Foreign);
        fs::write(out.join(MARKER), MARKER_TEXT).unwrap();
        assert_eq!(state(&out), State::Replaceable);
        assert_eq!(state(&out.join("notes.txt")), State::NotAFolder);
    }

    #[test]
    fn an_earlier_public_is_adopted_only_with_the_names_a_build_writes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let out = root.join("public");
        fs::create_dir_all(out.join("css")).unwrap();
        fs::write(out.join("index.html"), "<!DOCTYPE html>").unwrap();
        assert!(!is_earlier_output(root, &out), "never built: no .sunlight/");
        fs::create_dir(root.join(".sunlight")).unwrap();
        assert!(is_earlier_output(root, &out));
        assert!(!is_earlier_output(root, &root.join("dist")));
        assert_eq!(unexpected_entry(&out, &["index.html", "css"]), None);
        fs::write(out.join("budget.xlsx"), "mine").unwrap();
        assert_eq!(
            unexpected_entry(&out, &["index.html", "css"]).as_deref(),
            Some("budget.xlsx")
        );
    }
}
