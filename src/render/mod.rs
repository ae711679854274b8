//! Stage 4: the checked, privacy-protected site becomes output files, in memory. Nothing is written to disk here, so
//! the egress scan can read every byte before anything replaces `public/`.

pub mod downloads;
pub mod feed;
pub mod format;
pub mod html;
pub mod links;
pub mod markdown;
pub mod metadata;
pub mod pages;
pub mod search;
pub mod sitemap;
pub mod strings;
pub mod table;
pub mod templates;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, display_path};
use crate::validate::{PageKind, Site};

/// One file of the output.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative to the output folder, with forward slashes.
    pub path: String,
    pub bytes: Vec<u8>,
    /// The source that produced it, for messages.
    pub source: PathBuf,
}

/// The whole output, sorted by path.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub files: Vec<OutputFile>,
}

impl Output {
    pub fn html_pages(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .count()
    }
}

pub fn render(site: &Site) -> Result<Output, Vec<Diagnostic>> {
    render_some(site, |_| true)
}

/// What an output file is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// A Markdown page, by index into [`Site::pages`].
    Page(usize),
    /// A dataset's own page, by index into [`Site::datasets`].
    DatasetPage(usize),
    Csv(usize),
    Json(usize),
    Catalogue,
    NotFound,
    Sitemap,
    Feed,
    /// `data/datapackage.json`, describing every dataset.
    DataPackage,
    /// A chart's SVG file, by index into [`Site::charts`].
    Chart(usize),
    /// A static file, by index into [`Site::statics`].
    Static(usize),
    /// The search page.
    SearchPage,
    /// The script that runs the search in the browser.
    SearchScript,
    /// One file of the search index, by index into [`search::file_paths`].
    SearchFile(usize),
    /// The HTML site map, every page by section: the search page's way out when no script runs.
    SitemapPage,
}

/// One file the site will have. Planning costs nothing next to rendering, so `serve` can know every path (to delete
/// what went away, and to find clashes) while rendering only what a change touched.
#[derive(Debug, Clone)]
pub struct Planned {
    pub path: String,
    pub source: PathBuf,
    pub job: Job,
}

/// Every output file, sorted by path, or the clashes between sources that would write the same file.
pub fn plan(site: &Site) -> Result<Vec<Planned>, Vec<Diagnostic>> {
    let mut generated = Vec::with_capacity(site.pages.len() + 3 * site.datasets.len() + 4);
    for (i, p) in site.pages.iter().enumerate() {
        generated.push(Planned {
            path: format!("{}index.html", p.path),
            source: p.rel.clone(),
            job: Job::Page(i),
        });
    }
    for (i, d) in site.datasets.iter().enumerate() {
        for (path, job) in [
            (format!("data/{}/index.html", d.id), Job::DatasetPage(i)),
            (format!("data/{}.csv", d.id), Job::Csv(i)),
            (format!("data/{}.json", d.id), Job::Json(i)),
        ] {
            generated.push(Planned {
                path,
                source: d.rel.clone(),
                job,
            });
        }
    }
    for (i, c) in site.charts.iter().enumerate() {
        generated.push(Planned {
            path: format!("charts/{}.svg", c.id),
            source: c.rel.clone(),
            job: Job::Chart(i),
        });
    }
    let theme_dir = PathBuf::from(format!("themes/{}/templates", site.config.theme));
    for (path, source, job) in [
        (
            "data/index.html",
            theme_dir.join("catalogue.html"),
            Job::Catalogue,
        ),
        ("404.html", theme_dir.join("404.html"), Job::NotFound),
        ("sitemap.xml", PathBuf::from("site.yaml"), Job::Sitemap),
        ("atom.xml", PathBuf::from("content"), Job::Feed),
        (
            "data/datapackage.json",
            PathBuf::from("data"),
            Job::DataPackage,
        ),
        (
            "search/index.html",
            theme_dir.join("search.html"),
            Job::SearchPage,
        ),
        (
            "search/search.js",
            PathBuf::from("content"),
            Job::SearchScript,
        ),
        (
            "sitemap/index.html",
            theme_dir.join("sitemap.html"),
            Job::SitemapPage,
        ),
    ] {
        generated.push(Planned {
            path: path.into(),
            source,
            job,
        });
    }

    for (i, path) in search::file_paths(site).into_iter().enumerate() {
        generated.push(Planned {
            path,
            source: PathBuf::from("content"),
            job: Job::SearchFile(i),
        });
    }

    let mut errors = Vec::new();
    let mut by_path: BTreeMap<String, Planned> = BTreeMap::new();
    for f in generated {
        if let Some(old) = by_path.get(&f.path) {
            errors.push(
                Diagnostic::error(
                    &f.source,
                    0,
                    0,
                    format!(
                        "two sources would write the same file {}: this one and {}",
                        f.path,
                        display_path(&old.source)
                    ),
                )
                .hint("rename one of them"),
            );
            continue;
        }
        by_path.insert(f.path.clone(), f);
    }
    // Site static files may replace theme static files (that is how a site overrides its theme), but never a page.
    for (i, s) in site.statics.iter().enumerate() {
        if let Some(old) = by_path.get(&s.out)
            && !old.source.starts_with("themes")
        {
            errors.push(
                Diagnostic::error(
                    &s.rel,
                    0,
                    0,
                    format!(
                        "this static file would overwrite {}, made from {}",
                        s.out,
                        display_path(&old.source)
                    ),
                )
                .hint("rename or move the static file"),
            );
            continue;
        }
        by_path.insert(
            s.out.clone(),
            Planned {
                path: s.out.clone(),
                source: s.rel.clone(),
                job: Job::Static(i),
            },
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(by_path.into_values().collect())
}

/// Renders the planned files `wanted` accepts; [`render`] wants them all.
pub fn render_some(
    site: &Site,
    wanted: impl Fn(&Planned) -> bool + Sync,
) -> Result<Output, Vec<Diagnostic>> {
    let theme = templates::Theme::compile(site)?;
    let cx = pages::Ctx::new(site, &theme, site.config.language.as_str());
    let planned = plan(site)?;
    let results: Vec<Result<OutputFile, Diagnostic>> = planned
        .par_iter()
        .filter(|p| wanted(p))
        .map(|p| {
            Ok(OutputFile {
                path: p.path.clone(),
                bytes: render_job(&cx, p.job)?,
                source: p.source.clone(),
            })
        })
        .collect();
    let mut errors = Vec::new();
    let mut files = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(errors);
    }
    debug_assert!(site.pages.iter().any(|p| p.kind == PageKind::Home));
    Ok(Output { files })
}

fn render_job(cx: &pages::Ctx, job: Job) -> Result<Vec<u8>, Diagnostic> {
    let site = cx.site;
    Ok(match job {
        Job::Page(i) => pages::page(cx, i)?.into_bytes(),
        Job::DatasetPage(i) => pages::dataset(cx, &site.datasets[i])?.into_bytes(),
        Job::Csv(i) => downloads::csv(&site.datasets[i], cx.lang),
        Job::Json(i) => downloads::json(&site.datasets[i]),
        Job::Catalogue => pages::catalogue(cx)?.into_bytes(),
        Job::NotFound => pages::not_found(cx)?.into_bytes(),
        Job::Sitemap => sitemap::sitemap(sitemap_entries(site)),
        Job::Feed => feed::atom(site),
        Job::DataPackage => metadata::datapackage(site),
        Job::Chart(i) => crate::charts::embed::file(site, i, cx.lang)?,
        Job::Static(i) => site.statics[i].bytes.clone(),
        Job::SearchPage => search::page(cx)?.into_bytes(),
        Job::SearchScript => search::SCRIPT.as_bytes().to_vec(),
        Job::SearchFile(i) => {
            let index = cx.search_index()?;
            let name = search::file_paths(site)
                .get(i)
                .and_then(|p| p.strip_prefix(search::DIR))
                .and_then(|p| p.strip_prefix("index/"))
                .map(str::to_string)
                .unwrap_or_default();
            index.files.get(&name).cloned().unwrap_or_default()
        }
        Job::SitemapPage => search::sitemap_page(cx)?.into_bytes(),
    })
}

fn sitemap_entries(site: &Site) -> Vec<(String, Option<String>)> {
    let mut entries: Vec<(String, Option<String>)> = site
        .pages
        .iter()
        .map(|p| {
            (
                format!("{}{}", site.base.absolute, links::encode_path(&p.path)),
                p.date.clone(),
            )
        })
        .collect();
    for path in ["data/", search::DIR, "sitemap/"] {
        entries.push((format!("{}{path}", site.base.absolute), None));
    }
    for d in &site.datasets {
        entries.push((
            format!(
                "{}{}",
                site.base.absolute,
                links::encode_path(&format!("data/{}/", d.id))
            ),
            d.as_of.clone(),
        ));
    }
    entries
}
