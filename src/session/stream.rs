//! The render, egress and write stages of a build as one stream: each file is scanned as soon as it is rendered and
//! handed to the writer's staging folder only once its scan passed ([`egress::CheckedFile`]).

use std::time::{Duration, Instant};

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::{Mode, egress, privacy, render, write};

/// What [`stream`] made of the site.
pub(super) struct Streamed {
    pub files: usize,
    pub pages: usize,
    pub leaks: Vec<Diagnostic>,
    /// Time spent scanning, summed over the threads that scanned.
    pub scanning: Duration,
    /// Every file, for `check`'s consistency checks (a check writes nothing, so it keeps the output instead).
    pub kept: Option<render::Output>,
}

/// Renders the site, scans each file as soon as it is made and queues it for `staging` when the scan passed, so
/// no more than a few files are ever held at once (only `check` keeps them all). Once any file failed its scan,
/// nothing more is written: the staging folder is deleted anyway.
pub(super) fn stream(
    site: &privacy::PublicSite,
    scanner: &egress::Scanner,
    staging: Option<&write::Staging>,
    mode: Mode,
) -> Result<Streamed, Vec<Diagnostic>> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    let leaks = Mutex::new(Vec::new());
    let kept = Mutex::new(Vec::new());
    let (pages, scanning) = (AtomicUsize::new(0), AtomicU64::new(0));
    let files = render::render_to(site, |_| true, None, &|f| {
        let began = Instant::now();
        let is_page = f.path.ends_with(".html");
        let checked = scanner.check(f);
        let took = u64::try_from(began.elapsed().as_nanos()).unwrap_or(u64::MAX);
        scanning.fetch_add(took, Ordering::Relaxed);
        if is_page {
            pages.fetch_add(1, Ordering::Relaxed);
        }
        let mut leaks = leaks.lock().map_err(|_| poisoned())?;
        let checked = match checked {
            Ok(c) => c,
            Err(found) => {
                leaks.extend(found);
                return Ok(());
            }
        };
        let clean = leaks.is_empty();
        drop(leaks);
        match (mode, staging) {
            (Mode::Check, _) => kept
                .lock()
                .map_err(|_| poisoned())?
                .push(checked.into_file()),
            (Mode::Build, Some(s)) if clean => s.put(checked)?,
            (Mode::Build, _) => {}
        }
        Ok(())
    })?;
    let kept = (mode == Mode::Check).then(|| {
        let mut files = kept.into_inner().unwrap_or_default();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        render::Output { files }
    });
    Ok(Streamed {
        files,
        pages: pages.into_inner(),
        leaks: leaks.into_inner().unwrap_or_default(),
        scanning: Duration::from_nanos(scanning.into_inner()),
        kept,
    })
}

fn poisoned() -> Diagnostic {
    Diagnostic::error("build", 0, 0, msg!("render-thread"))
}
