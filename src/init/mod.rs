//! `sunlight init DIR`: a small site that builds at once, to start from. It shows each part of a site once: a
//! commented `site.yaml`, two sections, a dataset quoted with `value()` and `table()`, a fictional records dataset
//! that the privacy guard publishes only as an aggregate with small cells withheld, and the default theme, copied so
//! it can be changed. The files are embedded at compile time (see `build.rs`).

use std::fs;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/scaffold.rs"));

/// Build output and reports are generated; a new site should never commit them.
const GITIGNORE: &str = "# made by `sunlight build` and `sunlight check`: never commit them\npublic/\n.public.*\n.sunlight/\n";

/// Why `init` did not write the site.
#[derive(Debug)]
pub enum Refusal {
    /// The folder has files and `--force` was not given: nothing was written.
    NotEmpty(String),
    /// Reading or writing failed; some files may have been written.
    Io(String),
}

/// Writes the starter site into `dir`, which must be missing or empty unless `force`. With `force`, files of the
/// same names are replaced and everything else in the folder is left alone. Returns how many files were written.
pub fn init(dir: &Path, force: bool) -> Result<usize, Refusal> {
    let io = |what: &str, e: std::io::Error| Refusal::Io(format!("could not {what}: {e}"));
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Refusal::NotEmpty(format!(
                "{} exists and is not a folder",
                dir.display()
            )));
        }
        let mut entries = fs::read_dir(dir).map_err(|e| io("read the folder", e))?;
        if entries.next().is_some() && !force {
            return Err(Refusal::NotEmpty(format!(
                "{} is not empty; name a new or empty folder, or add --force to write the starter files into it \
                 (files of the same names are replaced, nothing else is touched)",
                dir.display()
            )));
        }
    }
    let mut written = 0;
    for (rel, bytes) in FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| io(&format!("create {}", parent.display()), e))?;
        }
        fs::write(&path, bytes).map_err(|e| io(&format!("write {}", path.display()), e))?;
        written += 1;
    }
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        fs::write(&ignore, GITIGNORE).map_err(|e| io("write .gitignore", e))?;
        written += 1;
    }
    Ok(written)
}
