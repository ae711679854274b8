//! The new tree is written in full to a staging folder beside the output ([`super::stream`]), flushed to disk, and then exchanged with
//! the output in one step, so at every moment the output's path holds either the complete old tree or the complete
//! new one: a web server or a reader never finds `index.html` missing, and a build killed at any point (or a power
//! cut after the exchange) leaves one of the two.
//!
//! On Linux the exchange is `renameat2(RENAME_EXCHANGE)`. Elsewhere, or on a file system without it, it falls back
//! to two renames (the old tree aside, the new one in), between which the output's path briefly does not exist.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::refuse::{MARKER, MARKER_TEXT, is_marked};
use super::stream::sync_dir;

/// The staging folder and the folder the fallback moves the old tree to, beside the output.
pub fn staging_path(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.building-{}", std::process::id()))
}

fn retired_path(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.old-{}", std::process::id()))
}

/// How the new tree got in, and where the old one is now.
pub enum Swapped {
    /// There was no old tree.
    Fresh,
    /// The old tree is at this path, to be deleted.
    Old(PathBuf),
}

/// Why the swap failed; the old tree is then in place, as it was.
pub enum SwapError {
    /// `out` is the top of a mount (a bind mount the earlier check could not see), which cannot be renamed.
    MountPoint,
    Io(io::Error),
}

/// Puts the tree at `staging` in place of `out` (which may not exist).
pub fn swap(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<Swapped, SwapError> {
    let swapped = if fs::symlink_metadata(out).is_ok() {
        match exchange(staging, out) {
            Some(Ok(())) => Swapped::Old(staging.to_path_buf()),
            Some(Err(e)) => return Err(classify(e)),
            None => two_renames(staging, out, &retired_path(parent, name))?,
        }
    } else {
        fs::rename(staging, out).map_err(classify)?;
        Swapped::Fresh
    };
    // The renames themselves are entries of the parent folder.
    let _ = sync_dir(parent);
    Ok(swapped)
}

/// The atomic exchange; `None` where the platform or file system has none.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> Option<io::Result<()>> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Some(Ok(())),
        Err(Errno::INVAL | Errno::NOSYS | Errno::NOTSUP) => None,
        Err(e) => Some(Err(e.into())),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn exchange(_a: &Path, _b: &Path) -> Option<io::Result<()>> {
    None
}

fn two_renames(staging: &Path, out: &Path, retired: &Path) -> Result<Swapped, SwapError> {
    fs::rename(out, retired).map_err(classify)?;
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(retired, out);
        return Err(classify(e));
    }
    Ok(Swapped::Old(retired.to_path_buf()))
}

fn classify(e: io::Error) -> SwapError {
    match e.kind() {
        io::ErrorKind::CrossesDevices | io::ErrorKind::ResourceBusy => SwapError::MountPoint,
        _ => SwapError::Io(e),
    }
}

/// Deletes an old tree. The marker goes last, so a build killed while deleting leaves a folder the next build still
/// recognises as its own; a folder `--force` replaced is marked first for the same reason.
pub fn remove_tree(dir: &Path) {
    match fs::symlink_metadata(dir) {
        // A link is removed, never what it points to.
        Ok(m) if m.file_type().is_symlink() => {
            let _ = fs::remove_file(dir);
            return;
        }
        Ok(m) if m.is_dir() => {}
        _ => return,
    }
    if !is_marked(dir) {
        let _ = fs::write(dir.join(MARKER), MARKER_TEXT);
    }
    // Top-level entries in parallel: on a site of many thousand pages, deleting one file after another took
    // longer than writing the new output.
    if let Ok(entries) = fs::read_dir(dir) {
        let entries: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.file_name().is_some_and(|n| n != MARKER))
            .collect();
        entries.par_iter().for_each(|p| {
            if p.is_dir() && !p.is_symlink() {
                let _ = fs::remove_dir_all(p);
            } else {
                let _ = fs::remove_file(p);
            }
        });
    }
    let _ = fs::remove_dir_all(dir);
}

/// Staging and old folders that killed builds of this output left in `parent`. Only marked or empty ones: a build
/// killed between making its staging folder and writing the marker leaves it empty, and an empty folder holds nothing
/// to lose; a folder of that name with files but no marker is someone else's and stays.
pub fn leftovers(parent: &Path, name: &str) -> Vec<PathBuf> {
    let prefixes = [format!(".{name}.building-"), format!(".{name}.old-")];
    let Ok(entries) = fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            prefixes.iter().any(|p| n.starts_with(p.as_str()))
                && e.file_type().is_ok_and(|t| t.is_dir())
                && (is_marked(&e.path()) || is_empty_dir(&e.path()))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

fn is_empty_dir(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Output, OutputFile};
    use crate::write::stream::Tree;

    /// Writes `output` into the new folder `dir` (see [`Tree`](crate::write::stream::Tree)) and flushes every file and folder to disk before
    /// returning.
    fn write_tree(output: &Output, dir: &Path) -> io::Result<()> {
        let paths: Vec<&str> = output.files.iter().map(|f| f.path.as_str()).collect();
        let tree = Tree::create(dir, &paths)?;
        for f in &output.files {
            tree.put(&f.path, f.bytes.clone())?;
        }
        tree.finish()
    }

    fn output(files: &[(&str, &str)]) -> Output {
        Output {
            files: files
                .iter()
                .map(|(p, b)| OutputFile {
                    path: p.to_string(),
                    bytes: b.as_bytes().to_vec(),
                    source: PathBuf::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn the_exchange_leaves_the_old_tree_at_the_staging_path() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let staging = staging_path(dir.path(), "public");
        write_tree(&output(&[("index.html", "old")]), &staging).unwrap();
        assert!(matches!(
            swap(&staging, &out, dir.path(), "public"),
            Ok(Swapped::Fresh)
        ));
        write_tree(
            &output(&[("index.html", "new"), ("a/b/c.html", "c")]),
            &staging,
        )
        .unwrap();
        let Ok(Swapped::Old(old)) = swap(&staging, &out, dir.path(), "public") else {
            panic!("expected an old tree");
        };
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert_eq!(fs::read_to_string(out.join("a/b/c.html")).unwrap(), "c");
        assert!(is_marked(&out));
        assert_eq!(fs::read_to_string(old.join("index.html")).unwrap(), "old");
        assert_eq!(leftovers(dir.path(), "public"), vec![old.clone()]);
        remove_tree(&old);
        assert!(!old.exists());
        assert!(leftovers(dir.path(), "public").is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn removing_a_link_never_touches_what_it_points_to() {
        let dir = tempfile::tempdir().unwrap();
        let theirs = dir.path().join("theirs");
        fs::create_dir(&theirs).unwrap();
        fs::write(theirs.join("notes.txt"), "mine").unwrap();
        let link = staging_path(dir.path(), "public");
        std::os::unix::fs::symlink(&theirs, &link).unwrap();
        remove_tree(&link);
        assert!(fs::symlink_metadata(&link).is_err());
        assert!(theirs.join("notes.txt").is_file());
        assert!(!theirs.join(MARKER).exists());
    }

    #[test]
    fn only_marked_or_empty_leftovers_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let theirs = dir.path().join(".public.old-1");
        fs::create_dir(&theirs).unwrap();
        fs::write(theirs.join("notes.txt"), "mine").unwrap();
        let killed_early = dir.path().join(".public.building-1");
        fs::create_dir(&killed_early).unwrap();
        let ours = dir.path().join(".public.building-2");
        fs::create_dir(&ours).unwrap();
        fs::write(ours.join(MARKER), MARKER_TEXT).unwrap();
        fs::create_dir(dir.path().join(".other.old-3")).unwrap();
        fs::write(dir.path().join(".other.old-3").join(MARKER), MARKER_TEXT).unwrap();
        assert_eq!(leftovers(dir.path(), "public"), vec![killed_early, ours]);
    }
}
