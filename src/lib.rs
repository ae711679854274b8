//! Sunlight builds a public transparency portal from YAML datasets and Markdown narrative.
//!
//! The build is a pipeline, one module per stage, each taking the previous stage's type:
//! [`load`] (`Loaded`) → [`validate`] (`Site`, with the records aggregated by [`privacy::aggregate`] between its
//! two halves, see [`validate_site`]) → [`privacy`] ([`privacy::PublicSite`], the only site render takes) →
//! [`render`] (`Output`) → [`egress`] ([`egress::CheckedOutput`], the only output write takes) → [`write`].
//! Below the stages, the foundation every stage may use: [`diagnostics`], [`messages`], [`html`], [`model`],
//! [`format`], [`charts`]. No module imports a later one (`tests/layers.rs`; docs/architecture.md).
//! [`build`] runs it; the command line, `check` and the tests all call it. [`serve`] runs the same stages
//! incrementally for a live preview.

pub mod charts;
pub mod check;
pub mod diagnostics;
pub mod egress;
pub mod format;
pub mod html;
pub mod init;
pub mod load;
pub mod messages;
pub mod model;
pub mod privacy;
pub mod render;
pub mod serve;
pub mod validate;
pub mod write;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diagnostics::{Diagnostic, Diagnostics};

/// What to do with a site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Render and write the output.
    Build,
    /// Everything a build checks, writing nothing.
    Check,
}

/// Options of one run, as given on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// Defaults to `ROOT/public`.
    pub out: Option<PathBuf>,
    pub base_url: Option<String>,
    pub strict: bool,
    /// Replace an output folder that is not empty and was not made by Sunlight (see [`write::prepare`]).
    pub force: bool,
    pub mode: Mode,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            out: None,
            base_url: None,
            strict: false,
            force: false,
            mode: Mode::Build,
        }
    }

    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

/// What a successful run did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub pages: usize,
    pub datasets: usize,
    pub charts: usize,
    pub files: usize,
    pub detections: usize,
    pub suppressed: usize,
    /// Warnings (with `--strict` there are none: they fail the run).
    pub diagnostics: Diagnostics,
    pub elapsed: Duration,
    /// Wall time of each stage, for benchmarks (`cargo bench`).
    pub timings: Timings,
}

/// How long each stage of one run took.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    pub load: Duration,
    pub validate: Duration,
    /// Redaction of every published string (records aggregation is timed with `validate`, see [`validate_site`]).
    pub privacy: Duration,
    pub render: Duration,
    /// The scan of every output byte, summed over the threads that scan (it runs inside `render`, each file
    /// scanned as soon as it is made).
    pub egress: Duration,
    pub write: Duration,
}

impl Report {
    /// The one line printed at the end of a run.
    pub fn summary(&self, mode: Mode) -> String {
        let verb = match mode {
            Mode::Build => "built",
            Mode::Check => "checked",
        };
        format!(
            "{verb} {} pages, {} datasets, {} charts, {} files; {} privacy detections, {} suppressed cells, {} warnings in {} ms",
            self.pages,
            self.datasets,
            self.charts,
            self.files,
            self.detections,
            self.suppressed,
            self.diagnostics.warnings(),
            self.elapsed.as_millis()
        )
    }
}

/// Runs the pipeline. On failure returns every problem found; the output folder is then untouched.
pub fn build(opts: &Options) -> Result<Report, Diagnostics> {
    build_reporting(opts, &mut |_| {})
}

/// The stages of a run, in order, as [`build_reporting`] announces them.
pub const STAGES: [&str; 6] = ["load", "validate", "privacy", "render", "egress", "write"];

/// [`build`], calling `on_stage` with the name of each stage as it finishes, so a front end can show progress.
pub fn build_reporting(
    opts: &Options,
    on_stage: &mut dyn FnMut(&'static str),
) -> Result<Report, Diagnostics> {
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
    let (loaded, mut diags) = load::load(&opts.root, opts.base_url.as_deref())
        .map_err(|d| privacy::screen(d, &privacy::early_detector(), &opts.root, &[]).sorted())?;
    stage(&mut timings.load);
    // Every message passes the detector before it is returned (see `privacy::screen`).
    let rosters = privacy::roster_files(&loaded);
    let early = privacy::validation_detector(&loaded);
    let Some(site) = validate_site(loaded, &mut diags) else {
        let diags = privacy::screen(diags, &early, &opts.root, &rosters);
        return Err(finish(diags, opts.strict));
    };
    stage(&mut timings.validate);
    let detector = privacy::detector_after(&site, early);
    let screen = |d: Diagnostics| privacy::screen(d, &detector, &opts.root, &rosters);
    let (public, privacy_report, cleared) = privacy::protect(site, &detector, &mut diags);
    let site = public.site();
    stage(&mut timings.privacy);
    let planned = match render::plan(site) {
        Ok(p) => p,
        Err(errs) => {
            write_report(&opts.root, &privacy_report);
            diags.extend(errs);
            return Err(screen(diags).sorted());
        }
    };
    // A build that already fails (an error, or a warning under --strict) still renders and scans, to report every
    // problem, but writes nothing.
    let fails = diags.has_errors() || (opts.strict && diags.warnings() > 0);
    let paths: Vec<&str> = planned.iter().map(|p| p.path.as_str()).collect();
    let staging = match &destination {
        Some(d) if !fails => {
            Some(write::stage(d, &paths).map_err(|d: Diagnostic| screen(Diagnostics(vec![d])))?)
        }
        _ => None,
    };
    let scanner = egress::Scanner::new(
        &detector,
        &cleared,
        &site.config.privacy.reviewed,
        egress::hidden_classes_in(render::style_sheets(site, &planned)),
    );
    let streamed = match stream(&public, &scanner, staging.as_ref(), opts.mode) {
        Ok(s) => s,
        Err(errs) => {
            write_report(&opts.root, &privacy_report);
            diags.extend(errs);
            return Err(screen(diags).sorted());
        }
    };
    stage(&mut timings.render);
    diags.extend(streamed.leaks);
    stage(&mut timings.egress);
    timings.egress = streamed.scanning;
    if let Some(kept) = &streamed.kept {
        diags.extend(check::run(site, kept));
    }
    write_report(&opts.root, &privacy_report);
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
    }
    stage(&mut timings.write);
    Ok(Report {
        pages: streamed.pages,
        datasets: site.datasets.len(),
        charts: site.charts.len(),
        files: streamed.files,
        detections: privacy_report.detections(),
        suppressed: privacy_report.suppressed_cells(),
        diagnostics: diags.sorted(),
        elapsed: started.elapsed(),
        timings,
    })
}

/// Validation, with the records aggregated in between by the privacy stage: pages and charts are checked against
/// the tables the records publish, and the records themselves never reach validation's [`model::Site`].
pub fn validate_site(loaded: load::Loaded, diags: &mut Diagnostics) -> Option<model::Site> {
    let mut data = validate::datasets(loaded, diags);
    let aggregated = privacy::aggregate::aggregate(data.take_records(), data.config(), diags);
    validate::site(data, aggregated, diags)
}

/// What [`stream`] made of the site.
struct Streamed {
    files: usize,
    pages: usize,
    leaks: Vec<Diagnostic>,
    /// Time spent scanning, summed over the threads that scanned.
    scanning: Duration,
    /// Every file, for `check`'s consistency checks (a check writes nothing, so it keeps the output instead).
    kept: Option<render::Output>,
}

/// Renders the site, scans each file as soon as it is made and queues it for `staging` when the scan passed, so
/// no more than a few files are ever held at once (only `check` keeps them all). Once any file failed its scan,
/// nothing more is written: the staging folder is deleted anyway.
fn stream(
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
    Diagnostic::error("build", 0, 0, "a render thread failed".to_string())
        .hint("this is a bug in Sunlight; please report it")
}

/// The privacy report goes beside the sources, never into the output. Failing to write it must not fail a build
/// (a read-only checkout can still be checked), so an error here is ignored, and so is a symbolic link on its way.
fn write_report(root: &std::path::Path, report: &privacy::PrivacyReport) {
    // A link in the way would have the report overwrite a file outside the site folder.
    if load::files::link_on_the_way(root, std::path::Path::new(".sunlight/privacy-report.json"))
        .is_some()
    {
        return;
    }
    let dir = root.join(".sunlight");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("privacy-report.json"), report.to_json());
    }
}

fn finish(mut diags: Diagnostics, strict: bool) -> Diagnostics {
    if strict {
        diags.make_strict();
    }
    diags.sorted()
}
