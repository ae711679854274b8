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
use crate::messages::msg;
use crate::messages::{Arg, Message, io_reason};

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
        return Err(error(msg!(
            "out-forbidden",
            folder = out.display().to_string(),
            why = Arg::Figure(why.to_string())
        )));
    }
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return Err(error(msg!(
            "out-forbidden",
            folder = out.display().to_string(),
            why = Arg::Figure("system".to_string())
        )));
    };
    let parent = parent.to_path_buf();
    let name = name.to_string_lossy().into_owned();
    // Checked before the lock, so a refused folder gets no lock file beside it, and again under the lock, in case
    // another build changed it in between.
    check_state(&root, &out, force)?;
    fs::create_dir_all(&parent).map_err(|e| io_failure("parent", &parent, e))?;
    let holder = format!(
        "sunlight build of {} (process {})",
        root.display(),
        std::process::id()
    );
    let lock = lock::acquire(&parent, &name, &holder).map_err(|busy| match busy {
        lock::Busy::Held(who) => error(msg!(
            "out-busy",
            folder = out.display().to_string(),
            holder = who
        )),
        lock::Busy::Failed(path, e) => io_failure("lock", &path, e),
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
        refuse::State::NotAFolder => Err(error(msg!(
            "out-not-folder",
            folder = out.display().to_string()
        ))),
        refuse::State::MountPoint => Err(mount_point(out)),
        refuse::State::Foreign if force => Ok(false),
        refuse::State::Foreign if refuse::is_earlier_output(root, out) => Ok(true),
        refuse::State::Foreign => Err(foreign(out, None)),
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
            return Err(foreign(&dest.out, Some(extra.to_string())));
        }
    }
    let dir = swap::staging_path(&dest.parent, &dest.name);
    if fs::symlink_metadata(&dir).is_ok() {
        // The name of this build's staging folder, taken by something that is not a leftover of ours.
        return Err(error(msg!(
            "out-staging-taken",
            folder = dir.display().to_string()
        )));
    }
    match stream::Tree::create(&dir, paths) {
        Ok(tree) => Ok(Staging {
            dest,
            dir,
            tree: Some(tree),
        }),
        Err(e) => {
            swap::remove_tree(&dir);
            Err(io_failure("write", &dir, e))
        }
    }
}

impl Staging<'_> {
    /// Queues one scanned file for writing.
    pub fn put(&self, file: CheckedFile) -> Result<(), Diagnostic> {
        let file = file.into_file();
        let tree = self.tree.as_ref().ok_or_else(|| error(msg!("out-done")))?;
        let at = self.dir.join(&file.path);
        tree.put(&file.path, file.bytes)
            .map_err(|e| io_failure("write", &at, e))
    }

    /// Waits for every file to be on disk, then swaps the new output in.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        let Some(tree) = self.tree.take() else {
            return Ok(());
        };
        if let Err(e) = tree.finish() {
            swap::remove_tree(&self.dir);
            return Err(io_failure("write", &self.dir, e));
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
                    swap::SwapError::Io(e) => io_failure("swap", &dest.out, e),
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

fn error(message: Message) -> Diagnostic {
    Diagnostic::error("--out", 0, 0, message)
}

fn io_failure(what: &'static str, path: &Path, e: io::Error) -> Diagnostic {
    error(msg!(
        "out-io",
        step = Arg::Figure(what.to_string()),
        path = path.display().to_string(),
        reason = io_reason(&e)
    ))
}

/// `extra` is the first entry this build would not write, when that is why.
fn foreign(out: &Path, extra: Option<String>) -> Diagnostic {
    let folder = out.display().to_string();
    error(match extra {
        Some(extra) => msg!(
            "out-foreign-entry",
            folder = folder,
            entry = extra,
            marker = MARKER
        ),
        None => msg!("out-foreign", folder = folder, marker = MARKER),
    })
}

fn mount_point(out: &Path) -> Diagnostic {
    error(msg!("out-mount-point", folder = out.display().to_string()))
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
