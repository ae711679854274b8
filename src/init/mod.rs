//! `sunlight init DIR`: a small site that builds at once, to start from. It shows each part of a site once: a
//! commented `site.yaml`, two sections, a dataset quoted with `value()` and `table()`, a fictional records dataset
//! that the privacy guard publishes only as an aggregate with small cells withheld, and the default theme, copied so
//! it can be changed. The files are embedded at compile time (see `build.rs`).

use std::fs;
use std::path::Path;

use crate::messages::msg;
use crate::messages::{Message, io_reason};

include!(concat!(env!("OUT_DIR"), "/scaffold.rs"));

/// Build output and reports are generated; a new site should never commit them.
const GITIGNORE: &str = "# made by `sunlight build` and `sunlight check`: never commit them\npublic/\n.public.*\n.sunlight/\n";

/// Why `init` did not write the site.
#[derive(Debug)]
pub enum Refusal {
    /// The folder has files and `--force` was not given: nothing was written.
    NotEmpty(Message),
    /// Reading or writing failed; some files may have been written.
    Io(Message),
}

/// Writes the starter site into `dir`, which must be missing or empty unless `force`. With `force`, files of the
/// same names are replaced and everything else in the folder is left alone. Returns how many files were written.
pub fn init(dir: &Path, force: bool) -> Result<usize, Refusal> {
    let io = |path: &Path, e: std::io::Error| {
        Refusal::Io(msg!("init-io", path = path, reason = io_reason(&e)))
    };
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Refusal::NotEmpty(msg!("init-not-folder", folder = dir)));
        }
        let mut entries = fs::read_dir(dir).map_err(|e| io(dir, e))?;
        if entries.next().is_some() && !force {
            return Err(Refusal::NotEmpty(msg!("init-not-empty", folder = dir)));
        }
    }
    let mut written = 0;
    for (rel, bytes) in FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        fs::write(&path, bytes).map_err(|e| io(&path, e))?;
        written += 1;
    }
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        fs::write(&ignore, GITIGNORE).map_err(|e| io(&ignore, e))?;
        written += 1;
    }
    Ok(written)
}
