//! What a preview rebuild must render again, found by comparing the checked site with the one being served, never by
//! guessing from file names: a page whose body changed is rendered again alone; one whose title, date, weight or
//! place changed renders every page again (lists, breadcrumbs and neighbours show it); a dataset renders its own
//! files, the catalogue and the pages that quote it; templates, `site.yaml` and anything the privacy guard depends
//! on render everything. A page edited alone takes a shorter way ([`super::edit`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};
use std::hash::{DefaultHasher, Hasher};

use rayon::prelude::*;
use sha2::{Digest as _, Sha256};

use crate::model::BaseUrl;
use crate::model::{Page, PageKind, Segment, Shortcode, Site};
use crate::render::{Job, Planned, search};

/// An output file's SHA-256: what the preview remembers of each file it wrote, to tell whether a file rendered
/// again differs (and must be scanned and written) without holding every file's bytes.
pub type Digest = [u8; 32];

pub fn digest(bytes: &[u8]) -> Digest {
    Sha256::digest(bytes).into()
}

/// What the site being served was built from, in a form that can be compared with the next build.
pub struct Fingerprint {
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
    pub fn of(site: &Site, cleared: &BTreeSet<String>) -> Fingerprint {
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
                    // Listed in the 公开目录 and the feed.
                    (&p.doc, &p.revisions),
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

    /// Takes over a page edited alone ([`super::edit`]) and the long digit runs it left, so the next comparison
    /// starts from what is being served.
    pub fn page_edited(&mut self, page: &Page, cleared: &BTreeSet<String>) {
        self.pages.insert(page.path.clone(), page_digest(page));
        self.guard.2 = cleared.clone();
    }

    /// Whether the theme compiled for `other`'s site would be the one compiled for this one: the same templates,
    /// settings (limits, language, theme name) and base path.
    pub fn same_theme(&self, other: &Fingerprint) -> bool {
        self.config == other.config && self.base == other.base && self.templates == other.templates
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
pub struct Selection {
    pub all: bool,
    /// Scan every file again, unchanged ones included, because the guard itself changed.
    pub rescan: bool,
    pub pages: BTreeSet<usize>,
    pub datasets: BTreeSet<usize>,
    pub catalogue: bool,
    /// The sitemap and the feed.
    pub lists: bool,
    /// The HTML site maps and the search index, which read every page and dataset.
    pub index: bool,
}

impl Selection {
    pub fn between(old: Option<&Fingerprint>, new: &Fingerprint, site: &Site) -> Selection {
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
                s.index = true;
            }
        }
        for (j, d) in site.datasets.iter().enumerate() {
            if old.datasets.get(&d.id) == new.datasets.get(&d.id) {
                continue;
            }
            s.datasets.insert(j);
            s.catalogue = true;
            s.lists = true;
            s.index = true;
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
    pub fn forget_docs(&self, docs: &search::DocCache, site: &Site) {
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

    pub fn wants(&self, p: &Planned, site: &Site, served: &BTreeMap<String, Digest>) -> bool {
        match p.job {
            Job::Static(i) => {
                self.rescan || served.get(&p.path) != Some(&digest(&site.statics[i].bytes))
            }
            _ if self.all => true,
            Job::Page(i) | Job::ListPage(i, _) => self.pages.contains(&i),
            // A dataset's page and the catalogue list the pages citing each dataset, which a page edit changes.
            Job::DatasetPage(j, _) => self.datasets.contains(&j) || !self.pages.is_empty(),
            Job::Csv(j, _) | Job::Json(j, _) => self.datasets.contains(&j),
            Job::Catalogue(_) => self.catalogue || !self.pages.is_empty(),
            Job::CsvZip(_) => self.catalogue || !self.datasets.is_empty(),
            Job::Sitemap | Job::Feed(_) => self.lists,
            Job::DataPackage | Job::DcatCatalog => self.catalogue,
            Job::Chart(i, _) => site
                .charts
                .get(i)
                .is_some_and(|c| self.datasets.contains(&c.dataset)),
            Job::NotFound | Job::SearchPage(_) | Job::SearchScript => false,
            // The index and the site map read every page and dataset.
            Job::SearchFile(..) | Job::SitemapPage(_) => self.index,
        }
    }
}

fn uses_dataset(p: &Page, j: usize, site: &Site) -> bool {
    // A change against another period reads that period's table too.
    let compares = |c: &crate::model::series::Change| c.against.is_some_and(|(d, _, _)| d == j);
    p.key_figures
        .iter()
        .any(|f| f.dataset == j || f.changes.iter().any(compares))
        || p.segments.iter().any(|s| match s {
            Segment::Shortcode(Shortcode::Value {
                dataset, change, ..
            }) => *dataset == j || change.as_ref().is_some_and(compares),
            Segment::Shortcode(
                Shortcode::Table { dataset } | Shortcode::RowText { dataset, .. },
            ) => *dataset == j,
            Segment::Shortcode(Shortcode::Chart { chart }) => {
                site.charts.get(*chart).is_some_and(|c| c.dataset == j)
            }
            Segment::Markdown { .. } | Segment::Shortcode(Shortcode::Ref { .. }) => false,
        })
}
