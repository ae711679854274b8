//! Stage 6: put the output on disk atomically. Everything is written to a fresh folder beside the destination and
//! swapped in with renames only when every file is written, so readers and `serve` never see a half-built site and a
//! failed build leaves the previous output exactly as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::render::Output;

/// Refuses destinations whose replacement would delete the sources: the site folder itself, a folder containing it,
/// or one of its source folders.
pub fn check_destination(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let root = absolute(root);
    let out = absolute(out);
    let refuse = |why: &str| {
        Err(Diagnostic::error(
            "--out",
            0,
            0,
            format!("refusing to write the site to {}: {why}", out.display()),
        )
        .hint("choose a separate folder, such as public/ inside the site folder (the default)"))
    };
    if root.starts_with(&out) {
        return refuse(
            "it is the site folder or contains it, and building replaces the whole output folder",
        );
    }
    for source in ["content", "data", "charts", "themes", "static", ".git"] {
        if out.starts_with(root.join(source)) {
            return refuse("it is inside a source folder of the site");
        }
    }
    Ok(())
}

/// Writes `output` to `out`, replacing what was there only once everything is written.
pub fn write(output: &Output, out: &Path) -> Result<(), Diagnostic> {
    let fail = |what: &str, e: io::Error| {
        Diagnostic::error("--out", 0, 0, format!("could not {what}: {e}")).hint(
            "check that the output folder's parent exists and is writable; the previous output was left as it was",
        )
    };
    let out = absolute(out);
    let parent = out
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    fs::create_dir_all(&parent).map_err(|e| fail("create the output's parent folder", e))?;
    let staging = parent.join(format!(".{name}.building-{}", std::process::id()));
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    let _ = fs::remove_dir_all(&retired);

    let result = write_all(output, &staging);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(fail("write the new output", e));
    }
    let had_old = out.exists();
    if had_old {
        if !out.is_dir() {
            let _ = fs::remove_dir_all(&staging);
            return Err(Diagnostic::error(
                "--out",
                0,
                0,
                format!("{} exists and is not a folder", out.display()),
            )
            .hint("remove it or choose another --out"));
        }
        if let Err(e) = fs::rename(&out, &retired) {
            let _ = fs::remove_dir_all(&staging);
            return Err(fail("move the previous output aside", e));
        }
    }
    if let Err(e) = fs::rename(&staging, &out) {
        if had_old {
            let _ = fs::rename(&retired, &out);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(fail("swap in the new output", e));
    }
    if had_old {
        remove_parallel(&retired);
    }
    Ok(())
}

/// Deletes the previous output, its top-level folders in parallel: on a site of many thousand pages, deleting one
/// file after another took longer than writing the new output.
fn remove_parallel(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        let entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
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

fn write_all(output: &Output, dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut folders: Vec<PathBuf> = output
        .files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| dir.join(p)))
        .collect();
    folders.sort();
    folders.dedup();
    // A large site has a folder per page, and creating them one by one took as long as writing the files;
    // `create_dir_all` tolerates another thread creating the same parent first.
    folders.par_iter().try_for_each(fs::create_dir_all)?;
    output
        .files
        .par_iter()
        .try_for_each(|f| fs::write(dir.join(&f.path), &f.bytes))
}

/// An absolute, lexically normalised path; unlike `canonicalize` it works for folders that do not exist yet.
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
    // Resolve symbolic links in the part that exists, so `out` and `root` compare as the same folder.
    match fs::canonicalize(&out) {
        Ok(c) => c,
        Err(_) => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_replace_the_sources() {
        let root = Path::new("/srv/site");
        assert!(check_destination(root, Path::new("/srv/site")).is_err());
        assert!(check_destination(root, Path::new("/srv")).is_err());
        assert!(check_destination(root, Path::new("/srv/site/content/x")).is_err());
        assert!(check_destination(root, Path::new("/srv/site/public")).is_ok());
        assert!(check_destination(root, Path::new("/tmp/out")).is_ok());
    }
}
