//! Stage 6: put the output on disk safely. [`prepare`] runs before the build starts: it refuses an output folder
//! whose replacement could delete anything Sunlight did not make ([`refuse`]), takes the output's lock so no second
//! build of it can start ([`lock`]) and removes what killed builds left behind. [`write`] then writes the new tree
//! beside the output, flushes it to disk and swaps it in atomically ([`swap`]), so readers and `serve` never see a
//! half-built site and a failed build leaves the previous output exactly as it was.

mod lock;
mod refuse;
mod stream;
mod swap;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::egress::{CheckedFile, CheckedOutput};

pub use refuse::MARKER;

/// An output folder this build may replace, locked for as long as the value lives.
#[derive(Debug)]
pub struct Destination {
    out: PathBuf,
    parent: PathBuf,
    name: String,
    /// An unmarked `public/` from a Sunlight version before the marker, to be checked against the new output.
    earlier_output: bool,
    _lock: lock::OutputLock,
}

/// Checks that `out` may be replaced by a build of the site at `root` and locks it; `force` allows a folder that is
/// not empty and not marked as Sunlight's, but never one that [`refuse::forbidden`] lists.
pub fn prepare(root: &Path, out: &Path, force: bool) -> Result<Destination, Diagnostic> {
    let root = absolute(root);
    let out = absolute(out);
    if let Some(why) = refuse::forbidden(&root, &out, refuse::home().as_deref()) {
        return Err(error(format!(
            "refusing to write the site to {}: {why}",
            out.display()
        ))
        .hint("choose a separate folder, such as public/ inside the site folder (the default); --force does not change this"));
    }
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return Err(error(format!(
            "refusing to write the site to {}: it is the root of the file system or a system folder",
            out.display()
        )));
    };
    let parent = parent.to_path_buf();
    let name = name.to_string_lossy().into_owned();
    // Checked before the lock, so a refused folder gets no lock file beside it, and again under the lock, in case
    // another build changed it in between.
    check_state(&root, &out, force)?;
    fs::create_dir_all(&parent).map_err(|e| io_failure("create the output's parent folder", e))?;
    let holder = format!(
        "sunlight build of {} (process {})",
        root.display(),
        std::process::id()
    );
    let lock = lock::acquire(&parent, &name, &holder).map_err(|busy| match busy {
        lock::Busy::Held(who) => error(format!(
            "another build is already writing to {}: {who}",
            out.display()
        ))
        .hint("wait for it to finish, then build again; two builds at once would mix their output"),
        lock::Busy::Failed(path, e) => {
            io_failure(&format!("create the lock file {}", path.display()), e)
        }
    })?;
    let earlier_output = check_state(&root, &out, force)?;
    for old in swap::leftovers(&parent, &name) {
        swap::remove_tree(&old);
    }
    Ok(Destination {
        out,
        parent,
        name,
        earlier_output,
        _lock: lock,
    })
}

/// Refuses what is at `out` now unless it may be replaced; `Ok(true)` for an unmarked `public/` of an earlier
/// version, which [`write`] checks against the new output.
fn check_state(root: &Path, out: &Path, force: bool) -> Result<bool, Diagnostic> {
    match refuse::state(out) {
        refuse::State::Replaceable => Ok(false),
        refuse::State::NotAFolder => Err(error(format!(
            "{} exists and is not a folder",
            out.display()
        ))
        .hint("remove it or choose another --out")),
        refuse::State::MountPoint => Err(mount_point(out)),
        refuse::State::Foreign if force => Ok(false),
        refuse::State::Foreign if refuse::is_earlier_output(root, out) => Ok(true),
        refuse::State::Foreign => Err(foreign(out, "it is not empty")),
    }
}

/// Writes `output` to the destination, replacing what was there only once everything is written and on disk.
pub fn write(checked: &CheckedOutput, dest: &Destination) -> Result<(), Diagnostic> {
    let paths: Vec<&str> = checked
        .output()
        .files
        .iter()
        .map(|f| f.path.as_str())
        .collect();
    let staging = stage(dest, &paths)?;
    for f in checked.files() {
        staging.put(f)?;
    }
    staging.commit()
}

/// The new output being written beside the destination while the build renders. Only [`Staging::commit`] puts
/// it in place; dropped any other way (a failed scan, a render error, a panic unwinding) it is deleted, so a
/// failed build leaves nothing behind and the previous output untouched.
pub struct Staging<'d> {
    dest: &'d Destination,
    dir: PathBuf,
    tree: Option<stream::Tree>,
}

/// Starts the new output of `dest`, which will hold exactly the files at `paths` (relative, forward slashes).
pub fn stage<'d>(dest: &'d Destination, paths: &[&str]) -> Result<Staging<'d>, Diagnostic> {
    if dest.earlier_output {
        let mut names: Vec<&str> = paths.iter().filter_map(|p| p.split('/').next()).collect();
        names.sort_unstable();
        names.dedup();
        if let Some(extra) = refuse::unexpected_entry(&dest.out, &names) {
            return Err(foreign(
                &dest.out,
                &format!("it holds {extra}, which this build would not write"),
            ));
        }
    }
    let dir = swap::staging_path(&dest.parent, &dest.name);
    if fs::symlink_metadata(&dir).is_ok() {
        // The name of this build's staging folder, taken by something that is not a leftover of ours.
        return Err(error(format!(
            "{} exists and was not made by Sunlight",
            dir.display()
        ))
        .hint("remove it or choose another --out"));
    }
    match stream::Tree::create(&dir, paths) {
        Ok(tree) => Ok(Staging {
            dest,
            dir,
            tree: Some(tree),
        }),
        Err(e) => {
            swap::remove_tree(&dir);
            Err(io_failure("write the new output", e))
        }
    }
}

impl Staging<'_> {
    /// Queues one scanned file for writing.
    pub fn put(&self, file: CheckedFile) -> Result<(), Diagnostic> {
        let file = file.into_file();
        let tree = self
            .tree
            .as_ref()
            .ok_or_else(|| error("the new output was already put in place".into()))?;
        tree.put(&file.path, file.bytes)
            .map_err(|e| io_failure("write the new output", e))
    }

    /// Waits for every file to be on disk, then swaps the new output in.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let Some(tree) = self.tree.take() else {
            return Ok(());
        };
        if let Err(e) = tree.finish() {
            swap::remove_tree(&self.dir);
            return Err(io_failure("write the new output", e));
        }
        let dest = self.dest;
        match swap::swap(&self.dir, &dest.out, &dest.parent, &dest.name) {
            Ok(swap::Swapped::Fresh) => Ok(()),
            Ok(swap::Swapped::Old(old)) => {
                swap::remove_tree(&old);
                Ok(())
            }
            Err(e) => {
                swap::remove_tree(&self.dir);
                Err(match e {
                    swap::SwapError::MountPoint => mount_point(&dest.out),
                    swap::SwapError::Io(e) => io_failure("swap in the new output", e),
                })
            }
        }
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        if let Some(tree) = self.tree.take() {
            drop(tree);
            swap::remove_tree(&self.dir);
        }
    }
}

fn error(message: String) -> Diagnostic {
    Diagnostic::error("--out", 0, 0, message)
}

fn io_failure(what: &str, e: io::Error) -> Diagnostic {
    error(format!("could not {what}: {e}")).hint(
        "check that the output folder's parent exists and is writable; the previous output was left as it was",
    )
}

fn foreign(out: &Path, what: &str) -> Diagnostic {
    error(format!(
        "refusing to replace {}: {what}; it has no {MARKER} marker, so Sunlight did not make it, and building deletes everything in it",
        out.display()
    ))
    .hint("choose an empty or new folder; if replacing everything in it is really meant, pass --force")
}

fn mount_point(out: &Path) -> Diagnostic {
    error(format!(
        "cannot write the site to {}: it is a mount point (the top of a separate disk or volume), and a build swaps the new site in beside it, which cannot be done across volumes",
        out.display()
    ))
    .hint("use a folder inside it as --out, such as site/ in it, and point the web server there")
}

/// An absolute, lexically normalised path with symbolic links resolved in the part that exists, so that `out`,
/// `root` and the home folder compare as the same folder however they were written; unlike `canonicalize` it works
/// for folders that do not exist yet.
pub fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    let mut missing = Vec::new();
    let mut existing = out.as_path();
    loop {
        if let Ok(real) = fs::canonicalize(existing) {
            return missing.iter().rev().fold(real, |acc, part| acc.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name.to_os_string());
                existing = parent;
            }
            _ => return out,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_resolves_links_above_a_missing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let real = absolute(dir.path());
        assert_eq!(absolute(&dir.path().join("a/../b/c")), real.join("b/c"));
    }
}
