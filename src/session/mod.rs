//! One build session for every command. A [`Session`] owns what it read of a site and runs `changes → stages →
//! files`: the paths changed since its last run, the stages ([`stages`]: load → validate → privacy, then render and
//! the egress scan), and the files they make. `build` and `check` run it once ([`Session::build`]); `serve` keeps
//! one for as long as it runs and calls [`Session::preview`] on every save, so unchanged files are not read again
//! and a page edited alone is checked, redacted and rendered alone ([`edit`]). [`crate::build`] is a session run
//! once, for the tests and benchmarks.

pub mod edit;
pub mod fingerprint;
pub mod preview;
pub mod stages;
mod stream;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::Loaded;
use crate::{Mode, Options, Report, STAGES, Timings, check, egress, privacy, render, write};
pub use preview::{Outcome, Preview};

/// A site and what was read of it, between runs.
pub struct Session {
    opts: Options,
    loaded: Option<Loaded>,
    /// Paths (relative to the root) changed since the last successful load; a failed load keeps them, so the next
    /// attempt reads them again.
    dirty: BTreeSet<PathBuf>,
    /// The live preview's state, for a session that `serve` runs.
    preview: Option<Preview>,
}

impl Session {
    pub fn new(opts: Options) -> Session {
        Session {
            opts,
            loaded: None,
            dirty: BTreeSet::new(),
            preview: None,
        }
    }

    /// A session for `serve`: the site is built for `origin` (`http://127.0.0.1:PORT`) into `dir`.
    pub fn for_preview(root: PathBuf, strict: bool, origin: String, dir: PathBuf) -> Session {
        Session {
            preview: Some(Preview::new(origin, dir)),
            ..Session::new(Options {
                strict,
                ..Options::new(root)
            })
        }
    }

    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Runs every stage once into the output folder (`build`) or into nothing (`check`), calling `on_stage` with the
    /// name of each stage as it finishes, so a front end can show progress. On failure returns every problem found;
    /// the output folder is then untouched.
    pub fn build(&mut self, on_stage: &mut dyn FnMut(&'static str)) -> Result<Report, Diagnostics> {
        let opts = self.opts.clone();
        let started = Instant::now();
        let mut timings = Timings::default();
        let mut lap = Instant::now();
        let mut done = STAGES.iter();
        let mut stage = |slot: &mut Duration| {
            *slot = lap.elapsed();
            lap = Instant::now();
            if let Some(name) = done.next() {
                on_stage(name);
            }
        };
        let out = opts.out_dir();
        // Before any work, so a refused or busy output fails at once; the lock is held until the build ends.
        let destination = match opts.mode {
            Mode::Build => Some(write::prepare(&opts.root, &out, opts.force).map_err(|d| {
                privacy::screen(
                    Diagnostics(vec![d]),
                    &privacy::early_detector(),
                    &opts.root,
                    &[],
                )
            })?),
            Mode::Check => None,
        };
        let (loaded, mut diags) = stages::load(
            &opts.root,
            opts.base_url.as_deref(),
            self.loaded.as_ref(),
            &self.dirty,
        )?;
        self.dirty.clear();
        stage(&mut timings.load);
        let validated =
            stages::validate(&opts.root, loaded, &mut diags).map_err(|d| strict(d, opts.strict))?;
        stage(&mut timings.validate);
        let protected = stages::protect(validated, false, &mut diags);
        let screen = |d: Diagnostics| protected.screen(&opts.root, d);
        let site = protected.site.site();
        stage(&mut timings.privacy);
        let planned = match render::plan(site) {
            Ok(p) => p,
            Err(errs) => {
                stages::write_report(&opts.root, &protected.report);
                diags.extend(errs);
                return Err(screen(diags).sorted());
            }
        };
        // A build that already fails (an error, or a warning under --strict) still renders and scans, to report every
        // problem, but writes nothing.
        let fails = diags.has_errors() || (opts.strict && diags.warnings() > 0);
        let paths: Vec<&str> = planned.iter().map(|p| p.path.as_str()).collect();
        let staging = match &destination {
            Some(d) if !fails => Some(
                write::stage(d, &paths).map_err(|d: Diagnostic| screen(Diagnostics(vec![d])))?,
            ),
            _ => None,
        };
        let scanner = egress::Scanner::new(
            &protected.detector,
            &protected.cleared,
            &site.config.privacy.reviewed,
            egress::hidden_classes_in(render::style_sheets(site, &planned)),
        );
        let streamed = match stream::stream(&protected.site, &scanner, staging.as_ref(), opts.mode)
        {
            Ok(s) => s,
            Err(errs) => {
                stages::write_report(&opts.root, &protected.report);
                diags.extend(errs);
                return Err(screen(diags).sorted());
            }
        };
        stage(&mut timings.render);
        diags.extend(streamed.leaks);
        stage(&mut timings.egress);
        timings.egress = streamed.scanning;
        match &streamed.kept {
            Some(kept) => diags.extend(check::run(site, kept)),
            // A build replaces the kept figures, so it says what it would silently correct before it does.
            None => diags.extend(check::revisions::check(site)),
        }
        stages::write_report(&opts.root, &protected.report);
        if opts.strict {
            diags.make_strict();
        }
        let diags = screen(diags);
        if diags.has_errors() {
            return Err(diags.sorted());
        }
        if let Some(staging) = staging {
            staging
                .commit()
                .map_err(|d: Diagnostic| screen(Diagnostics(vec![d])))?;
            // What was published, for the next `check` to find figures changed without a revision.
            check::revisions::keep(&opts.root, site);
        }
        stage(&mut timings.write);
        Ok(Report {
            pages: streamed.pages,
            datasets: site.datasets.len(),
            charts: site.charts.len(),
            files: streamed.files,
            detections: protected.report.detections(),
            suppressed: protected.report.suppressed_cells(),
            diagnostics: diags.sorted(),
            elapsed: started.elapsed(),
            timings,
        })
    }
}

fn strict(mut diags: Diagnostics, strict: bool) -> Diagnostics {
    if strict {
        diags.make_strict();
    }
    diags.sorted()
}
