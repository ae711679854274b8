//! Sunlight builds a public transparency portal from YAML datasets and Markdown narrative.
//!
//! The build is a straight pipeline, one module per stage, each taking the previous stage's value:
//! [`load`] → [`validate`] → [`privacy`] → [`render`] → [`egress`] → [`write`].
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
    /// Redaction of every published string (records aggregation happens in `validate`).
    pub privacy: Duration,
    pub render: Duration,
    /// The scan of every output byte.
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
    let Some(site) = validate::validate(loaded, &mut diags) else {
        let diags = privacy::screen(diags, &early, &opts.root, &rosters);
        return Err(finish(diags, opts.strict));
    };
    stage(&mut timings.validate);
    let detector = privacy::detector(&site);
    let screen = |d: Diagnostics| privacy::screen(d, &detector, &opts.root, &rosters);
    let (site, privacy_report, cleared) = privacy::protect(site, &detector, &mut diags);
    stage(&mut timings.privacy);
    let output = match render::render(&site) {
        Ok(o) => o,
        Err(errs) => {
            write_report(&opts.root, &privacy_report);
            diags.extend(errs);
            return Err(screen(diags).sorted());
        }
    };
    stage(&mut timings.render);
    diags.extend(egress::scan(
        &output.files,
        &detector,
        &cleared,
        &site.config.privacy.reviewed,
    ));
    stage(&mut timings.egress);
    if opts.mode == Mode::Check {
        diags.extend(check::run(&site, &output));
    }
    write_report(&opts.root, &privacy_report);
    if opts.strict {
        diags.make_strict();
    }
    let diags = screen(diags);
    if diags.has_errors() {
        return Err(diags.sorted());
    }
    if let Some(destination) = &destination {
        write::write(&output, destination).map_err(|d: Diagnostic| screen(Diagnostics(vec![d])))?;
    }
    stage(&mut timings.write);
    Ok(Report {
        pages: output.html_pages(),
        datasets: site.datasets.len(),
        charts: site.charts.len(),
        files: output.files.len(),
        detections: privacy_report.detections(),
        suppressed: privacy_report.suppressed_cells(),
        diagnostics: diags.sorted(),
        elapsed: started.elapsed(),
        timings,
    })
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
