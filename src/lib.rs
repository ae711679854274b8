//! Sunlight builds a public transparency portal from YAML datasets and Markdown narrative.
//!
//! The build is a straight pipeline, one module per stage, each taking the previous stage's value:
//! [`load`] → [`validate`] → [`privacy`] → [`render`] → [`privacy::egress`] → [`write`].
//! [`build`] runs it; the command line, `check` and the tests all call it.

pub mod charts;
pub mod diagnostics;
pub mod load;
pub mod privacy;
pub mod render;
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
    pub mode: Mode,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            out: None,
            base_url: None,
            strict: false,
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
    /// Warnings (with `--strict` there are none: they fail the run).
    pub diagnostics: Diagnostics,
    pub elapsed: Duration,
}

impl Report {
    /// The one line printed at the end of a run.
    pub fn summary(&self, mode: Mode) -> String {
        let verb = match mode {
            Mode::Build => "built",
            Mode::Check => "checked",
        };
        format!(
            "{verb} {} pages, {} datasets, {} charts, {} files; {} privacy detections, {} warnings in {} ms",
            self.pages,
            self.datasets,
            self.charts,
            self.files,
            self.detections,
            self.diagnostics.warnings(),
            self.elapsed.as_millis()
        )
    }
}

/// Runs the pipeline. On failure returns every problem found; the output folder is then untouched.
pub fn build(opts: &Options) -> Result<Report, Diagnostics> {
    let started = Instant::now();
    let out = opts.out_dir();
    if opts.mode == Mode::Build {
        write::check_destination(&opts.root, &out).map_err(|d| Diagnostics(vec![d]))?;
    }
    let (loaded, mut diags) =
        load::load(&opts.root, opts.base_url.as_deref()).map_err(Diagnostics::sorted)?;
    let Some(site) = validate::validate(loaded, &mut diags) else {
        return Err(finish(diags, opts.strict));
    };
    let (site, privacy) = privacy::protect(site, &mut diags);
    let output = render::render(&site).map_err(|errs| {
        let mut d = diags.clone();
        d.extend(errs);
        d.sorted()
    })?;
    diags.extend(privacy::egress::scan(
        &output.files,
        &site.config.privacy.strip,
    ));
    if opts.strict {
        diags.make_strict();
    }
    if diags.has_errors() {
        return Err(diags.sorted());
    }
    if opts.mode == Mode::Build {
        write::write(&output, &out).map_err(|d: Diagnostic| Diagnostics(vec![d]))?;
    }
    Ok(Report {
        pages: output.html_pages(),
        datasets: site.datasets.len(),
        charts: site.charts.len(),
        files: output.files.len(),
        detections: privacy.detections,
        diagnostics: diags.sorted(),
        elapsed: started.elapsed(),
    })
}

fn finish(mut diags: Diagnostics, strict: bool) -> Diagnostics {
    if strict {
        diags.make_strict();
    }
    diags.sorted()
}
