//! The stages every command runs, in order, each taking what the one before made: load (reusing the files a
//! session read before and that did not change), validate, privacy. Render, egress and write follow in the
//! session, since what they render and where they write differs between `build`, `check` and `serve`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostics;
use crate::load::{self, Loaded, Reuse};
use crate::model::Site;
use crate::privacy::{self, PrivacyReport, PublicSite, detect::Detector};
use rayon::prelude::*;

use crate::egress;
use crate::render::{self, OutputFile, Planned};

/// The site after the privacy stage, with what the stage found, and what messages are screened with.
pub struct Protected {
    /// The validated site before redaction, kept only by a preview: what a page edited alone is checked against.
    pub validated: Option<Site>,
    /// The redacted site: what render works from.
    pub site: PublicSite,
    pub detector: Detector,
    /// Files whose lines a message never quotes (see [`privacy::roster_files`]).
    pub rosters: Vec<PathBuf>,
    pub report: PrivacyReport,
    /// The long digit runs that passed the detectors (the egress scan accepts only those).
    pub cleared: BTreeSet<String>,
}

impl Protected {
    /// `diags` as they may be printed (see [`privacy::screen`]).
    pub fn screen(&self, root: &Path, diags: Diagnostics) -> Diagnostics {
        privacy::screen(diags, &self.detector, root, &self.rosters)
    }
}

/// Stage 1. `previous` is the last load of the same session, `dirty` the paths changed since (relative to the
/// root; a folder stands for everything below it).
pub fn load(
    root: &Path,
    base_url: Option<&str>,
    previous: Option<&Loaded>,
    dirty: &BTreeSet<PathBuf>,
) -> Result<(Loaded, Diagnostics), Diagnostics> {
    let changed = |rel: &Path| dirty.iter().any(|d| rel.starts_with(d));
    let reuse = previous.map(|l| Reuse::new(l, &changed));
    load::load_reusing(root, base_url, reuse.as_ref()).map_err(|d| {
        let (detector, rosters) = privacy::failed_load::guard(root);
        privacy::screen(d, &detector, root, &rosters).sorted()
    })
}

/// What validation hands the privacy stage: the checked site, the roster files and the detector messages were
/// screened with so far (the privacy stage's detector adds to it, see [`privacy::detector_after`]).
pub struct Validated {
    pub site: Site,
    pub rosters: Vec<PathBuf>,
    pub early: Detector,
}

/// Stage 2 ([`crate::validate_site`]: validation, with the records aggregated between its halves). On failure every
/// message is screened already.
pub fn validate(
    root: &Path,
    loaded: Loaded,
    diags: &mut Diagnostics,
) -> Result<Validated, Diagnostics> {
    // Every message passes the detector before it is returned (see `privacy::screen`).
    let rosters = privacy::roster_files(&loaded);
    let early = privacy::validation_detector(&loaded);
    let (early, site) = rayon::join(early, || crate::validate_site(loaded, diags));
    match site {
        Some(site) => Ok(Validated {
            site,
            rosters,
            early,
        }),
        None => Err(privacy::screen(
            std::mem::take(diags),
            &early,
            root,
            &rosters,
        )),
    }
}

/// Stage 3. The detector is built once here and used for the egress scan and every message after.
pub fn protect(validated: Validated, keep_validated: bool, diags: &mut Diagnostics) -> Protected {
    let Validated {
        site,
        rosters,
        early,
    } = validated;
    let validated = keep_validated.then(|| site.clone());
    let detector = privacy::detector_after(&site, early);
    let (site, report, cleared) = privacy::protect(site, &detector, diags);
    Protected {
        validated,
        site,
        detector,
        rosters,
        report,
        cleared,
    }
}

/// The privacy report goes beside the sources, never into the output. Failing to write it must not fail a build
/// (a read-only checkout can still be checked), so an error here is ignored, and so is a symbolic link on its way.
pub fn write_report(root: &Path, report: &PrivacyReport) {
    // A link in the way would have the report overwrite a file outside the site folder.
    if load::files::link_on_the_way(root, Path::new(".sunlight/privacy-report.json")).is_some() {
        return;
    }
    let dir = root.join(".sunlight");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("privacy-report.json"), report.to_json());
    }
}

/// What a rebuild renders, scans and publishes, before it is applied.
pub struct Staged {
    pub files: Vec<OutputFile>,
    pub deleted: Vec<String>,
}

/// The egress scan of files about to be published, reading them with the classes every style sheet of `planned`
/// hides, as a build's scan does (a rebuild's files seldom include the style sheets).
pub fn scan(
    protected: &Protected,
    cleared: &BTreeSet<String>,
    planned: &[Planned],
    files: &[OutputFile],
) -> Result<(), Diagnostics> {
    let site = protected.site.site();
    let scanner = egress::Scanner::new(
        &protected.detector,
        cleared,
        &site.config.privacy.reviewed,
        egress::hidden_classes_in(render::style_sheets(site, planned)),
    );
    let leaks: Vec<_> = files
        .par_iter()
        .flat_map_iter(|f| scanner.file(f))
        .collect();
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(leaks))
    }
}
