//! Sunlight builds a public transparency portal from YAML datasets and Markdown narrative.
//!
//! The build is a pipeline, one module per stage, each taking the previous stage's type:
//! [`load`] (`Loaded`) → [`validate`] (`Site`, with the records aggregated by [`privacy::aggregate`] between its
//! two halves, see [`validate_site`]) → [`privacy`] ([`privacy::PublicSite`], the only site render takes) →
//! [`render`] (`Output`) → [`egress`] ([`egress::CheckedOutput`], the only output write takes) → [`write`].
//! Below the stages, the foundation every stage may use: [`diagnostics`], [`messages`], [`html`], [`model`],
//! [`format`], [`charts`]. No module imports a later one (`tests/layers.rs`; docs/architecture.md).
//! A [`session::Session`] runs it for every command: once for `build` and `check` (and [`build`], which the tests
//! and benchmarks call), on every save for `serve`'s live preview, reading and rendering again only what changed.

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
pub mod session;
pub mod validate;
pub mod write;

use std::path::PathBuf;
use std::time::Duration;

use diagnostics::Diagnostics;

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
    pub fn summary(&self, mode: Mode) -> messages::Message {
        let (pages, datasets, charts, files) = (self.pages, self.datasets, self.charts, self.files);
        let (detections, suppressed) = (self.detections, self.suppressed);
        let (warnings, ms) = (self.diagnostics.warnings(), self.elapsed.as_millis());
        match mode {
            Mode::Build => msg!(
                "run-built",
                pages = pages,
                datasets = datasets,
                charts = charts,
                files = files,
                detections = detections,
                suppressed = suppressed,
                warnings = warnings,
                ms = ms
            ),
            Mode::Check => msg!(
                "run-checked",
                pages = pages,
                datasets = datasets,
                charts = charts,
                files = files,
                detections = detections,
                suppressed = suppressed,
                warnings = warnings,
                ms = ms
            ),
        }
    }
}

/// Runs the pipeline once (a [`session::Session`] used for one run). On failure returns every problem found; the
/// output folder is then untouched.
pub fn build(opts: &Options) -> Result<Report, Diagnostics> {
    session::Session::new(opts.clone()).build(&mut |_| {})
}

/// The stages of a run, in order, as [`session::Session::build`] announces them.
pub const STAGES: [&str; 6] = ["load", "validate", "privacy", "render", "egress", "write"];

/// Validation, with the records aggregated in between by the privacy stage: pages and charts are checked against
/// the tables the records publish, and the records themselves never reach validation's [`model::Site`].
pub fn validate_site(loaded: load::Loaded, diags: &mut Diagnostics) -> Option<model::Site> {
    let mut data = validate::datasets(loaded, diags);
    let aggregated = privacy::aggregate::aggregate(data.take_records(), data.config(), diags);
    validate::site(data, aggregated, diags)
}
