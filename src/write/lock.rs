//! One build per output folder at a time. Two builds swapping the same folder would mix their trees or fail
//! halfway, so each build holds an exclusive lock for its whole run, and a second one stops at once, naming the first.
//!
//! The lock file sits beside the output (`.NAME.lock` in its parent), not in the site's `.sunlight/`: what must not
//! be shared is the output, and two different sites can be built into the same `--out`. The file is never deleted
//! (deleting a lock file lets a third build lock a new file while the second still holds the old one); the
//! operating system releases the lock when the build ends, even when it is killed. It uses the standard library's
//! `File::try_lock` (`flock` on Unix, `LockFileEx` on Windows), which is what `fs4` and `fd-lock` wrap.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Seek, Write};
use std::path::{Path, PathBuf};

/// Held for as long as the build runs; dropping it releases the lock.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum Busy {
    /// Another build holds it; the text names that build, as it wrote it into the lock file.
    Held(String),
    Failed(PathBuf, io::Error),
}

pub fn lock_path(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.lock"))
}

/// Takes the lock of the output at `parent/name`, recording `holder` in it so a second build can name this one.
pub fn acquire(parent: &Path, name: &str, holder: &str) -> Result<OutputLock, Busy> {
    let path = lock_path(parent, name);
    let failed = |e| Busy::Failed(path.clone(), e);
    // The file is written to, so a link planted under its name must not lead the write elsewhere.
    if fs::symlink_metadata(&path).is_ok_and(|m| !m.is_file()) {
        return Err(failed(io::Error::other(
            "it exists and is not a plain file",
        )));
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
    }
    let mut file = options.open(&path).map_err(failed)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let who = fs::read_to_string(&path)
                .ok()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "a build that has not said which yet".into());
            return Err(Busy::Held(who));
        }
        Err(TryLockError::Error(e)) => return Err(failed(e)),
    }
    file.set_len(0).map_err(failed)?;
    file.rewind().map_err(failed)?;
    file.write_all(format!("{holder}\n").as_bytes())
        .map_err(failed)?;
    Ok(OutputLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_names_the_first_and_the_lock_ends_with_its_holder() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path(), "public", "sunlight build of /srv/a (process 7)").unwrap();
        match acquire(dir.path(), "public", "sunlight build of /srv/b (process 8)") {
            Err(Busy::Held(who)) => assert_eq!(who, "sunlight build of /srv/a (process 7)"),
            other => panic!("expected the lock to be held, got {other:?}"),
        }
        assert!(
            acquire(dir.path(), "other", "x").is_ok(),
            "another output is free"
        );
        drop(first);
        assert!(acquire(dir.path(), "public", "sunlight build of /srv/b (process 8)").is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_place_of_the_lock_file_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "keep").unwrap();
        std::os::unix::fs::symlink(&victim, lock_path(dir.path(), "public")).unwrap();
        assert!(matches!(
            acquire(dir.path(), "public", "x"),
            Err(Busy::Failed(..))
        ));
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep");
    }
}
