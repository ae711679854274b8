//! The new tree written file by file while the build renders, each file flushed as it lands, so the write stage no
//! longer waits for a rendered output held whole in memory. Writers run on threads of their own behind a bounded
//! queue: a flush waits for the disk, not the processor, so many writers keep the disk busy while the two render
//! threads keep the cores busy, and a full queue holds back rendering instead of filling memory.
//!
//! Each file is flushed (`fdatasync`) by its writer right after it is written, and every folder once all files are
//! in, all before the exchange (issue 11). Measured on the development machine (ext4 on a shared virtual disk,
//! 11,000 files of 20 KB in 11,000 folders, writers on 16 threads, `/tmp/rp-fsync.py` of the session-4 notes in
//! docs/performance.md): this took 2.3–3.1 s (one run 10.3 s on a busy minute); starting write-back with
//! `sync_file_range(SYNC_FILE_RANGE_WRITE)` per file and flushing at the end (git's `core.fsyncMethod=batch`)
//! took 8.3–15.7 s, and `fdatasync` of every file at the end 10.7 s, since the later flushes wait on write-back
//! that the file system had no reason to start early. One `syncfs` was slower still (session 3).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rayon::prelude::*;

use super::refuse::{MARKER, MARKER_TEXT};

/// Threads that write and flush files. The file system commits flushes that wait together in one journal write,
/// so many more threads than cores make 20,000 flushes fast.
const WRITERS: usize = 16;

/// Files rendered but not yet written: the most the queue holds in memory.
const QUEUED: usize = 64;

type Queue = Arc<Mutex<Receiver<(PathBuf, Vec<u8>)>>>;

/// A staging folder being filled. Dropped without [`Tree::finish`], it waits for its writers and leaves the
/// folder for the caller to delete.
pub struct Tree {
    dir: PathBuf,
    folders: Vec<PathBuf>,
    queue: Option<SyncSender<(PathBuf, Vec<u8>)>>,
    writers: Vec<JoinHandle<()>>,
    failed: Arc<Mutex<Option<io::Error>>>,
}

impl Tree {
    /// Creates `dir` with the marker first (so a build killed while writing leaves a folder the next build knows it
    /// may delete) and every folder the files at `paths` (relative, with forward slashes) will need.
    pub fn create(dir: &Path, paths: &[&str]) -> io::Result<Tree> {
        fs::create_dir(dir)?;
        write_synced(&dir.join(MARKER), MARKER_TEXT.as_bytes())?;
        let mut folders: Vec<PathBuf> = paths
            .iter()
            .filter_map(|p| Path::new(p).parent().map(|p| dir.join(p)))
            .collect();
        folders.sort();
        folders.dedup();
        // A large site has a folder per page; `create_dir_all` tolerates another thread creating a parent first.
        folders.par_iter().try_for_each(fs::create_dir_all)?;
        // Every folder, parents included, so each file's name is on disk as well as its bytes.
        let mut all: Vec<PathBuf> = folders
            .iter()
            .flat_map(|f| f.ancestors().take_while(|a| a.starts_with(dir)))
            .map(Path::to_path_buf)
            .collect();
        all.sort();
        all.dedup();
        let (tx, rx) = sync_channel(QUEUED);
        let rx: Queue = Arc::new(Mutex::new(rx));
        let failed = Arc::new(Mutex::new(None));
        let writers = (0..WRITERS)
            .map(|_| {
                let rx = Arc::clone(&rx);
                let failed = Arc::clone(&failed);
                std::thread::spawn(move || write_queued(&rx, &failed))
            })
            .collect();
        Ok(Tree {
            dir: dir.to_path_buf(),
            folders: all,
            queue: Some(tx),
            writers,
            failed,
        })
    }

    /// Queues one file, relative to the folder; waits while the queue is full.
    pub fn put(&self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        if let Some(e) = self.failure() {
            return Err(e);
        }
        let queue = self.queue.as_ref().ok_or_else(stopped)?;
        queue
            .send((self.dir.join(path), bytes))
            .map_err(|_| stopped())
    }

    /// Waits for every queued file to be written and flushed, then flushes every folder.
    pub fn finish(mut self) -> io::Result<()> {
        self.stop();
        if let Some(e) = self.failure() {
            return Err(e);
        }
        self.folders.par_iter().try_for_each(|d| sync_dir(d))?;
        sync_dir(&self.dir)
    }

    fn failure(&self) -> Option<io::Error> {
        let failed = self.failed.lock().ok()?;
        failed
            .as_ref()
            .map(|e| io::Error::new(e.kind(), e.to_string()))
    }

    fn stop(&mut self) {
        self.queue = None;
        for w in self.writers.drain(..) {
            let _ = w.join();
        }
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        self.stop();
    }
}

fn stopped() -> io::Error {
    io::Error::other("the writers stopped")
}

/// One writer: takes files until the queue closes; after a failure it only drains the queue.
fn write_queued(rx: &Queue, failed: &Mutex<Option<io::Error>>) {
    loop {
        let next = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((path, bytes)) = next else {
            return;
        };
        if failed.lock().is_ok_and(|f| f.is_some()) {
            continue;
        }
        if let Err(e) = write_synced(&path, &bytes)
            && let Ok(mut f) = failed.lock()
        {
            f.get_or_insert(e);
        }
    }
}

/// A new file's bytes and size on disk (`fdatasync`): its name is flushed with its folder.
pub fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_data()
}

/// A folder's entries flushed to disk, so the names of its new files survive a crash.
#[cfg(unix)]
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a folder as a file; its file systems journal names themselves.
#[cfg(not(unix))]
pub fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_lands_in_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join("s");
        let paths: Vec<String> = (0..200).map(|i| format!("p{i}/index.html")).collect();
        let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
        let tree = Tree::create(&staging, &refs).unwrap();
        for (i, p) in paths.iter().enumerate() {
            tree.put(p, format!("page {i}").into_bytes()).unwrap();
        }
        tree.finish().unwrap();
        for (i, p) in paths.iter().enumerate() {
            assert_eq!(
                fs::read_to_string(staging.join(p)).unwrap(),
                format!("page {i}")
            );
        }
        assert!(staging.join(MARKER).is_file());
    }

    #[test]
    fn a_failed_write_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join("s");
        let tree = Tree::create(&staging, &["a/index.html"]).unwrap();
        // No folder was planned for this file, so it cannot be created.
        let _ = tree.put("missing/index.html", b"x".to_vec());
        assert!(tree.finish().is_err());
    }
}
