//! The incremental build behind `serve`. It keeps the last load and the bytes of the site being served, so a save
//! costs a re-read of the changed files, a re-check of the whole site (cheap, and the only way to be sure a change
//! broke nothing elsewhere), and a re-render, egress scan and write of only the output files the change touched.
//!
//! What a change touches is found by comparing the checked site with the one being served, never by guessing from
//! file names: a page whose body changed is re-rendered alone; one whose title, date, weight or place changed
//! re-renders every page (lists, breadcrumbs and neighbours show it); a dataset re-renders its own files, the
//! catalogue and the pages that quote it; templates, `site.yaml` and anything the privacy guard depends on re-render
//! everything.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};
use std::fs;
use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostic, Diagnostics};
use rayon::prelude::*;

use crate::egress;
use crate::load::{self, Loaded, Reuse};
use crate::model::BaseUrl;
use crate::model::{Page, PageKind, Segment, Shortcode, Site};
use crate::privacy;
use crate::render::{self, Job, Planned, search};
use crate::validate;

/// What one rebuild did.
#[derive(Debug)]
pub enum Outcome {
    /// The site was rebuilt and these output files were written or deleted.
    Updated {
        written: usize,
        deleted: usize,
        elapsed: Duration,
    },
    /// The change altered no output file (a comment, a draft, an editor's temporary file).
    Unchanged,
    /// The build failed; the last good site is still being served.
    Failed(Vec<Diagnostic>),
}

/// What the site being served was built from, in a form that can be compared with the next build.
struct Fingerprint {
    /// Settings, base URL, templates and dataset ids: what every output file may depend on. (Pages name datasets by
    /// index, so adding or removing a dataset shifts them all.)
    config: String,
    base: BaseUrl,
    templates: Vec<(String, String)>,
    /// Chart specs: an edit redraws everything (charts are few and cheap).
    charts: String,
    ids: Vec<String>,
    /// What the privacy guard depends on: a change means every file must be scanned again.
    guard: (String, Vec<String>, BTreeSet<String>),
    /// The navigation shown on every page.
    nav: String,
    /// Titles, dates, order and place of every page: what lists, breadcrumbs and neighbour links show.
    tree: String,
    /// Each page's own content, by output path, as a digest (see [`page_digest`]).
    pages: HashMap<String, u64>,
    /// Each dataset, by id.
    datasets: HashMap<String, String>,
}

impl Fingerprint {
    /// Debug output covers every field of these values (and prints floats exactly), so equal strings mean equal
    /// values, without requiring the pipeline's types to implement `PartialEq`.
    fn of(site: &Site, cleared: &BTreeSet<String>) -> Fingerprint {
        let path_of = |i: usize| site.pages[i].path.as_str();
        let home = site.pages.iter().find(|p| p.kind == PageKind::Home);
        let nav: Vec<(&str, &str, PageKind)> = home
            .map(|h| {
                h.children
                    .iter()
                    .map(|&i| (path_of(i), site.pages[i].title.as_str(), site.pages[i].kind))
                    .collect()
            })
            .unwrap_or_default();
        let tree: Vec<_> = site
            .pages
            .iter()
            .map(|p| {
                (
                    &p.path,
                    &p.title,
                    &p.description,
                    &p.date,
                    p.kind,
                    p.weight,
                    p.parent.map(path_of),
                    p.children.iter().map(|&i| path_of(i)).collect::<Vec<_>>(),
                )
            })
            .collect();
        Fingerprint {
            config: format!("{:?}", site.config),
            base: site.base.clone(),
            templates: site
                .templates
                .iter()
                .map(|t| (t.name.clone(), t.text.clone()))
                .collect(),
            charts: format!("{:?}", site.charts),
            ids: site.datasets.iter().map(|d| d.id.clone()).collect(),
            guard: (
                format!("{:?}", site.config.privacy),
                site.roster_terms.clone(),
                cleared.clone(),
            ),
            nav: format!("{nav:?}"),
            tree: format!("{tree:?}"),
            pages: site
                .pages
                .par_iter()
                .map(|p| (p.path.clone(), page_digest(p)))
                .collect(),
            datasets: site
                .datasets
                .par_iter()
                .map(|d| (d.id.clone(), format!("{d:?}")))
                .collect(),
        }
    }

    /// Whether every output file may have changed.
    fn everything_differs(&self, other: &Fingerprint) -> bool {
        self.config != other.config
            || self.base != other.base
            || self.templates != other.templates
            || self.charts != other.charts
            || self.ids != other.ids
            || self.guard.1 != other.guard.1
            || self.nav != other.nav
    }
}

/// A page's own content as a 64-bit digest. Writing the Debug text of every page's body, as the other fields are
/// compared, took seconds on a 10,000-page site (escaping each Chinese character) and held a copy of every body;
/// Markdown text is hashed as bytes instead, the rest through its Debug text. A collision (odds 2^-64 per edit) could
/// only leave one preview page stale until its next save; `build` never uses this.
fn page_digest(p: &Page) -> u64 {
    struct Digest(DefaultHasher);
    impl fmt::Write for Digest {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut d = Digest(DefaultHasher::new());
    let _ = write!(
        d,
        "{:?}",
        (
            &p.rel,
            &p.template,
            &p.key_figures,
            &p.title,
            &p.description,
            &p.date
        )
    );
    for s in &p.segments {
        match s {
            Segment::Markdown { text, line } => {
                d.0.write_u8(0);
                d.0.write_usize(*line);
                d.0.write_usize(text.len());
                d.0.write(text.as_bytes());
            }
            Segment::Shortcode(c) => {
                d.0.write_u8(1);
                let _ = write!(d, "{c:?}");
                d.0.write_u8(2);
            }
        }
    }
    d.0.finish()
}

/// Which output files a rebuild renders.
#[derive(Debug, Default)]
struct Selection {
    all: bool,
    /// Scan every file again, unchanged ones included, because the guard itself changed.
    rescan: bool,
    pages: BTreeSet<usize>,
    datasets: BTreeSet<usize>,
    catalogue: bool,
    /// The sitemap and the feed.
    lists: bool,
}

impl Selection {
    fn between(old: Option<&Fingerprint>, new: &Fingerprint, site: &Site) -> Selection {
        let Some(old) = old else {
            return Selection {
                all: true,
                rescan: true,
                ..Selection::default()
            };
        };
        let mut s = Selection {
            rescan: old.guard != new.guard,
            ..Selection::default()
        };
        if old.everything_differs(new) {
            s.all = true;
            return s;
        }
        let every_page = old.tree != new.tree;
        for (i, p) in site.pages.iter().enumerate() {
            if every_page || old.pages.get(&p.path) != new.pages.get(&p.path) {
                s.pages.insert(i);
                s.lists = true;
            }
        }
        for (j, d) in site.datasets.iter().enumerate() {
            if old.datasets.get(&d.id) == new.datasets.get(&d.id) {
                continue;
            }
            s.datasets.insert(j);
            s.catalogue = true;
            s.lists = true;
            for (i, p) in site.pages.iter().enumerate() {
                if uses_dataset(p, j, site) {
                    s.pages.insert(i);
                }
            }
        }
        s
    }

    /// A doc is valid exactly as long as its page's HTML is: the pages and datasets this rebuild renders again lose
    /// theirs (in every language), and everything does when everything is rendered again.
    fn forget_docs(&self, docs: &search::DocCache, site: &Site) {
        let Ok(mut docs) = docs.lock() else {
            return;
        };
        if self.all {
            docs.clear();
            return;
        }
        for &i in &self.pages {
            docs.remove(&site.pages[i].path);
        }
        for &j in &self.datasets {
            let tail = format!("data/{}/", site.datasets[j].id);
            docs.retain(|path, _| !path.ends_with(&tail));
        }
    }

    fn wants(&self, p: &Planned, site: &Site, served: &BTreeMap<String, Vec<u8>>) -> bool {
        match p.job {
            Job::Static(i) => self.rescan || served.get(&p.path) != Some(&site.statics[i].bytes),
            _ if self.all => true,
            Job::Page(i) => self.pages.contains(&i),
            Job::DatasetPage(j, _) | Job::Csv(j, _) | Job::Json(j, _) => self.datasets.contains(&j),
            Job::Catalogue(_) => self.catalogue,
            Job::Sitemap | Job::Feed(_) => self.lists,
            Job::DataPackage => self.catalogue,
            Job::Chart(i, _) => site
                .charts
                .get(i)
                .is_some_and(|c| self.datasets.contains(&c.dataset)),
            Job::NotFound | Job::SearchPage(_) | Job::SearchScript => false,
            // The index and the site map read every page and dataset.
            Job::SearchFile(..) | Job::SitemapPage(_) => {
                !self.pages.is_empty() || !self.datasets.is_empty()
            }
        }
    }
}

fn uses_dataset(p: &Page, j: usize, site: &Site) -> bool {
    p.key_figures.iter().any(|f| f.dataset == j)
        || p.segments.iter().any(|s| match s {
            Segment::Shortcode(Shortcode::Value { dataset, .. } | Shortcode::Table { dataset }) => {
                *dataset == j
            }
            Segment::Shortcode(Shortcode::Chart { chart }) => {
                site.charts.get(*chart).is_some_and(|c| c.dataset == j)
            }
            Segment::Markdown { .. } => false,
        })
}

/// The serve folder and what is known about the site in it.
pub struct Engine {
    root: PathBuf,
    /// The address the site is built for: `http://127.0.0.1:PORT`, followed by the path of `base_url`.
    origin: String,
    dir: PathBuf,
    loaded: Option<Loaded>,
    /// Paths (relative to the root) changed since the last successful load; a failed load keeps them, so the next
    /// attempt reads them again.
    dirty: BTreeSet<PathBuf>,
    last: Option<Fingerprint>,
    /// Every file in `dir`, as written.
    served: BTreeMap<String, Vec<u8>>,
    /// The base path of the site being served, e.g. `/mzj/`.
    base_path: String,
    warnings: Vec<Diagnostic>,
    /// The search index's docs of the last build, less those of what changed since.
    docs: search::DocCache,
}

impl Engine {
    pub fn new(root: PathBuf, origin: String, dir: PathBuf) -> Engine {
        Engine {
            root,
            origin,
            dir,
            loaded: None,
            dirty: BTreeSet::new(),
            last: None,
            served: BTreeMap::new(),
            base_path: "/".into(),
            warnings: Vec::new(),
            docs: search::DocCache::default(),
        }
    }

    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    /// Warnings of the last successful build, for the console.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// Rebuilds after `changed` (paths relative to the root). `publish` gets the new base path and a function that
    /// writes the changed files and deletes the gone ones; it must call it so that no reader of the folder sees the
    /// folder half-updated.
    pub fn rebuild(
        &mut self,
        changed: impl IntoIterator<Item = PathBuf>,
        publish: impl FnOnce(&str, &dyn Fn() -> io::Result<()>) -> io::Result<()>,
    ) -> Outcome {
        let started = Instant::now();
        self.dirty.extend(changed);
        let (site, cleared, warnings) = match self.check() {
            Ok(v) => v,
            Err(d) => return Outcome::Failed(d),
        };
        let fingerprint = Fingerprint::of(&site, &cleared);
        let selection = Selection::between(self.last.as_ref(), &fingerprint, &site);
        selection.forget_docs(&self.docs, &site);
        let served = &self.served;
        let output = match render::render_cached(
            &site,
            |p| selection.wants(p, &site, served),
            Some(&self.docs),
        ) {
            Ok(o) => o,
            Err(e) => return Outcome::Failed(e),
        };
        let planned: BTreeMap<String, PathBuf> = match render::plan(&site) {
            Ok(p) => p.into_iter().map(|p| (p.path, p.source)).collect(),
            Err(e) => return Outcome::Failed(e),
        };
        let rewritten: Vec<render::OutputFile> = output
            .files
            .into_iter()
            .filter(|f| self.served.get(&f.path) != Some(&f.bytes))
            .collect();
        let detector = privacy::detector(&site);
        let mut leaks = egress::scan(
            &rewritten,
            &detector,
            &cleared,
            &site.config.privacy.reviewed,
        );
        if selection.rescan {
            let new: BTreeSet<&str> = rewritten.iter().map(|f| f.path.as_str()).collect();
            let kept: Vec<render::OutputFile> = self
                .served
                .iter()
                .filter(|(path, _)| !new.contains(path.as_str()))
                .filter_map(|(path, bytes)| {
                    planned.get(path).map(|source| render::OutputFile {
                        path: path.clone(),
                        bytes: bytes.clone(),
                        source: source.clone(),
                    })
                })
                .collect();
            leaks.extend(egress::scan(
                &kept,
                &detector,
                &cleared,
                &site.config.privacy.reviewed,
            ));
        }
        if !leaks.is_empty() {
            return Outcome::Failed(Diagnostics(leaks).sorted().0);
        }
        let deleted: Vec<String> = self
            .served
            .keys()
            .filter(|p| !planned.contains_key(*p))
            .cloned()
            .collect();
        self.warnings = warnings;
        self.last = Some(fingerprint);
        self.base_path = site.base.path.clone();
        if rewritten.is_empty() && deleted.is_empty() {
            return Outcome::Unchanged;
        }
        let dir = self.dir.clone();
        let apply = || apply(&dir, &rewritten, &deleted);
        if let Err(e) = publish(&self.base_path, &apply) {
            // Any of these files may or may not have been written: forget them, so the next build writes them again
            // (and renders everything, to compare). Deletions that failed are still listed, so they are retried.
            for f in &rewritten {
                self.served.remove(&f.path);
            }
            self.last = None;
            return Outcome::Failed(vec![
                Diagnostic::error(
                    "serve",
                    0,
                    0,
                    format!("could not write the preview folder: {e}"),
                )
                .hint("check free disk space in the temporary folder, then save a file to retry"),
            ]);
        }
        let (written, deleted_n) = (rewritten.len(), deleted.len());
        for p in deleted {
            self.served.remove(&p);
        }
        for f in rewritten {
            self.served.insert(f.path, f.bytes);
        }
        Outcome::Updated {
            written,
            deleted: deleted_n,
            elapsed: started.elapsed(),
        }
    }

    /// Load (reusing unchanged files), validate and protect: the stages every rebuild runs in full.
    #[allow(clippy::type_complexity)]
    fn check(&mut self) -> Result<(Site, BTreeSet<String>, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (_, base) = load::config::load(&self.root, None).map_err(|d| vec![d])?;
        let origin = format!("{}{}", self.origin, base.path);
        let dirty = &self.dirty;
        let changed = |rel: &Path| dirty.iter().any(|d| rel.starts_with(d));
        let reuse = self.loaded.as_ref().map(|l| Reuse::new(l, &changed));
        let (loaded, mut diags) = load::load_reusing(&self.root, Some(&origin), reuse.as_ref())
            .map_err(|d| d.sorted().0)?;
        self.loaded = Some(loaded.clone());
        self.dirty.clear();
        // Messages reach the console and the browser overlay: they pass the detector first (`privacy::screen`).
        let rosters = privacy::roster_files(&loaded);
        let early = privacy::validation_detector(&loaded);
        let Some(site) = validate::validate(loaded, &mut diags) else {
            return Err(errors(privacy::screen(diags, &early, &self.root, &rosters)));
        };
        let detector = privacy::detector(&site);
        let (site, _report, cleared) = privacy::protect(site, &detector, &mut diags);
        let diags = privacy::screen(diags, &detector, &self.root, &rosters);
        if diags.has_errors() {
            return Err(errors(diags));
        }
        Ok((site, cleared, diags.sorted().0))
    }
}

fn errors(diags: Diagnostics) -> Vec<Diagnostic> {
    diags
        .sorted()
        .0
        .into_iter()
        .filter(|d| d.severity == crate::diagnostics::Severity::Error)
        .collect()
}

/// Writes the changed files and deletes the gone ones, then removes folders left empty.
fn apply(dir: &Path, files: &[render::OutputFile], deleted: &[String]) -> io::Result<()> {
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &f.bytes)?;
    }
    for p in deleted {
        let path = dir.join(p);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let mut at = path.parent();
        while let Some(folder) = at {
            if folder == dir || fs::remove_dir(folder).is_err() {
                break;
            }
            at = folder.parent();
        }
    }
    Ok(())
}
