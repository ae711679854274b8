//! Stage 4: the checked, privacy-protected site becomes output files. Each file is handed to a sink as soon as it is
//! made ([`render_to`]); the build's sink scans it and writes it to the staging folder, so the output is never held
//! in memory whole and nothing replaces `public/` before every byte has been scanned. Every page and dataset page is
//! rendered once: its job returns the page and its published text, and the search index is built from those texts
//! after the pages, followed by the files that need every page.

mod body_text;
pub mod bundle;
pub mod catalogue;
pub mod change;
pub mod corrections;
pub mod csp;
pub mod css;
pub mod dcat;
pub mod downloads;
pub mod feed;
pub mod figure_link;
pub mod finding;
pub mod gov_catalogue;
pub mod markdown;
pub mod metadata;
pub mod pages;
pub mod pagination;
mod placeholder;
mod plain;
pub mod refs;
pub mod rows;
pub mod search;
pub mod sitemap;
pub mod templates;
pub mod toc;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::{PageKind, Site};
use crate::privacy::PublicSite;

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

/// Every output file of the site. Only a [`PublicSite`] can be rendered: nothing unredacted reaches a page.
pub fn render(site: &PublicSite) -> Result<Output, Vec<Diagnostic>> {
    render_some(site, |_| true)
}

/// What an output file is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// A Markdown page, by index into [`Site::pages`].
    Page(usize),
    /// Page 2, 3 … of a section's list (see [`pagination`]): the section, by index into [`Site::pages`], and
    /// the page's number.
    ListPage(usize, usize),
    /// A dataset's own page, by index into [`Site::datasets`], in a language (an index into
    /// [`crate::model::SiteConfig::all_languages`], 0 being the default).
    DatasetPage(usize, usize),
    /// A dataset's CSV, with its headers in a language.
    Csv(usize, usize),
    Json(usize, usize),
    Catalogue(usize),
    /// A language's `data/all-csv.zip`, every CSV with its headers in that language.
    CsvZip(usize),
    NotFound,
    Sitemap,
    Feed(usize),
    /// `data/datapackage.json`, describing every dataset.
    DataPackage,
    /// `data/catalog.jsonld`, every dataset in DCAT-AP.
    DcatCatalog,
    /// A chart's SVG file, by index into [`Site::charts`], in a language.
    Chart(usize, usize),
    /// A static file, by index into [`Site::statics`].
    Static(usize),
    /// A language's search page.
    SearchPage(usize),
    /// The script that runs the search in the browser, shared by every language.
    SearchScript,
    /// One file of a language's search index: the language, then an index into [`search::file_paths`].
    SearchFile(usize, usize),
    /// A language's HTML site map, every page by section: the search page's way out when no script runs.
    SitemapPage(usize),
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
        for n in 2..=pagination::count(site, p) {
            generated.push(Planned {
                path: format!("{}index.html", pagination::path(&p.path, n)),
                source: p.rel.clone(),
                job: Job::ListPage(i, n),
            });
        }
    }
    let languages = site.config.all_languages();
    for (l, (code, _)) in languages.iter().enumerate() {
        let prefix = lang_prefix(site, code);
        for (i, d) in site.datasets.iter().enumerate() {
            for (path, job) in [
                (
                    format!("{prefix}data/{}/index.html", d.id),
                    Job::DatasetPage(i, l),
                ),
                (format!("{prefix}data/{}.csv", d.id), Job::Csv(i, l)),
                (format!("{prefix}data/{}.json", d.id), Job::Json(i, l)),
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
                path: format!("{prefix}charts/{}.svg", c.id),
                source: c.rel.clone(),
                job: Job::Chart(i, l),
            });
        }
        let theme_dir = PathBuf::from(format!("themes/{}/templates", site.config.theme));
        if !site.datasets.is_empty() {
            generated.push(Planned {
                path: format!("{prefix}data/{}", bundle::NAME),
                source: PathBuf::from("data"),
                job: Job::CsvZip(l),
            });
        }
        generated.push(Planned {
            path: format!("{prefix}data/index.html"),
            source: theme_dir.join("catalogue.html"),
            job: Job::Catalogue(l),
        });
        // The default language always has a feed (it was always written); another language has one when it has
        // dated pages.
        if l == 0
            || site
                .pages
                .iter()
                .any(|p| p.lang == *code && p.date.is_some())
        {
            generated.push(Planned {
                path: format!("{prefix}atom.xml"),
                source: PathBuf::from("content"),
                job: Job::Feed(l),
            });
        }
        for (path, job) in [
            (
                format!("{prefix}{}index.html", search::DIR),
                Job::SearchPage(l),
            ),
            (format!("{prefix}sitemap/index.html"), Job::SitemapPage(l)),
        ] {
            generated.push(Planned {
                path,
                source: theme_dir.join(if matches!(job, Job::SearchPage(_)) {
                    "search.html"
                } else {
                    "sitemap.html"
                }),
                job,
            });
        }
        for (i, path) in search::file_paths(site, code, &prefix)
            .into_iter()
            .enumerate()
        {
            generated.push(Planned {
                path,
                source: PathBuf::from("content"),
                job: Job::SearchFile(l, i),
            });
        }
    }
    let theme_dir = PathBuf::from(format!("themes/{}/templates", site.config.theme));
    for (path, source, job) in [
        ("404.html", theme_dir.join("404.html"), Job::NotFound),
        ("sitemap.xml", PathBuf::from("site.yaml"), Job::Sitemap),
        (
            "data/datapackage.json",
            PathBuf::from("data"),
            Job::DataPackage,
        ),
        (dcat::PATH, PathBuf::from("data"), Job::DcatCatalog),
        (
            "search/search.js",
            PathBuf::from("content"),
            Job::SearchScript,
        ),
    ] {
        generated.push(Planned {
            path: path.into(),
            source,
            job,
        });
    }

    let mut errors = Vec::new();
    let mut by_path: BTreeMap<String, Planned> = BTreeMap::new();
    for f in generated {
        if let Some(old) = by_path.get(&f.path) {
            errors.push(Diagnostic::error(
                &f.source,
                0,
                0,
                msg!("render-same-file", path = &f.path, other = &old.source),
            ));
            continue;
        }
        by_path.insert(f.path.clone(), f);
    }
    // Site static files may replace theme static files (that is how a site overrides its theme), but never a page.
    for (i, s) in site.statics.iter().enumerate() {
        if let Some(old) = by_path.get(&s.out)
            && !old.source.starts_with("themes")
        {
            errors.push(Diagnostic::error(
                &s.rel,
                0,
                0,
                msg!(
                    "render-static-overwrites",
                    path = &s.out,
                    other = &old.source
                ),
            ));
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
    site: &PublicSite,
    wanted: impl Fn(&Planned) -> bool + Sync,
) -> Result<Output, Vec<Diagnostic>> {
    render_cached(site, wanted, None)
}

/// [`render_some`], reusing the search docs in `doc_cache` and adding the ones it makes. The files are kept in
/// memory, sorted by path (`serve` compares them with what it served).
pub fn render_cached(
    public: &PublicSite,
    wanted: impl Fn(&Planned) -> bool + Sync,
    doc_cache: Option<&search::DocCache>,
) -> Result<Output, Vec<Diagnostic>> {
    let files = Mutex::new(Vec::new());
    render_to(public, wanted, doc_cache, &|f| {
        if let Ok(mut files) = files.lock() {
            files.push(f);
        }
        Ok(())
    })?;
    let mut files = files.into_inner().unwrap_or_default();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Output { files })
}

/// Where [`render_to`] hands each file as soon as it is made, from any thread. An error stops nothing else; it is
/// reported with the render's own.
pub type Sink<'a> = dyn Fn(OutputFile) -> Result<(), Diagnostic> + Sync + 'a;

/// Renders the planned files `wanted` accepts into `sink`, pages first (in parallel), then each language's search
/// index from the texts the page jobs returned, reusing `doc_cache` for pages not rendered now. Returns how many
/// files were made.
pub fn render_to(
    public: &PublicSite,
    wanted: impl Fn(&Planned) -> bool + Sync,
    doc_cache: Option<&search::DocCache>,
    sink: &Sink,
) -> Result<usize, Vec<Diagnostic>> {
    let site = public.site();
    let theme = templates::Theme::compile(site)?;
    let planned = plan(site)?;
    render_prepared(public, &theme, &planned, wanted, doc_cache, sink)
}

/// [`render_to`] with the theme compiled and the files planned by the caller, who keeps both between renders of
/// the same site: `serve`'s session, for a save that changed no theme file and no output path. `planned` must be
/// [`plan`] of this site, and `theme` compiled from its templates and settings.
pub fn render_prepared(
    public: &PublicSite,
    theme: &templates::Theme,
    planned: &[Planned],
    wanted: impl Fn(&Planned) -> bool + Sync,
    doc_cache: Option<&search::DocCache>,
    sink: &Sink,
) -> Result<usize, Vec<Diagnostic>> {
    let site = public.site();
    with_contexts(site, theme, |contexts| {
        render_planned(site, contexts, theme, planned, wanted, doc_cache, sink)
    })
}

/// The search docs of every language, in the order [`Site::config`]'s languages come (the default first), in
/// document order, reusing and filling `doc_cache`: what a preview's live search index ([`search::index::Live`])
/// is kept up to date with, instead of building the index again.
pub fn search_docs(
    public: &PublicSite,
    doc_cache: &search::DocCache,
) -> Result<Vec<Vec<search::Doc>>, Vec<Diagnostic>> {
    let mut made = HashMap::new();
    let theme = templates::Theme::compile(public.site())?;
    with_contexts(public.site(), &theme, |contexts| {
        contexts
            .iter()
            .map(|cx| language_docs(cx, &mut made, Some(doc_cache)).map_err(|d| vec![d]))
            .collect()
    })
}

/// Calls `f` with the render context of every language (the default first).
fn with_contexts<R>(
    site: &Site,
    theme: &templates::Theme,
    f: impl FnOnce(&[pages::Ctx]) -> R,
) -> R {
    let languages = site.config.all_languages();
    let views: Vec<Site> = languages
        .iter()
        .skip(1)
        .map(|(code, _)| localized(site, code))
        .collect();
    let contexts: Vec<pages::Ctx> = languages
        .iter()
        .enumerate()
        .map(|(l, (code, _))| pages::Ctx {
            site: if l == 0 { site } else { &views[l - 1] },
            root: &site.base,
            theme,
            lang: code.as_str(),
            prefix: lang_prefix(site, code),
            home: site
                .pages
                .iter()
                .position(|p| p.kind == PageKind::Home && p.lang == *code)
                .unwrap_or(0),
            languages: &languages,
            cited: catalogue::cited_by(if l == 0 { site } else { &views[l - 1] }, code),
            frame: pages::Frame::default(),
            quoted: figure_link::Quoted::new(
                if l == 0 { site } else { &views[l - 1] }.datasets.len(),
            ),
        })
        .map(|mut cx| {
            cx.frame = pages::Frame::of(&cx);
            cx
        })
        .collect();
    f(&contexts)
}

fn render_planned(
    site: &Site,
    contexts: &[pages::Ctx],
    theme: &templates::Theme,
    planned: &[Planned],
    wanted: impl Fn(&Planned) -> bool + Sync,
    doc_cache: Option<&search::DocCache>,
    sink: &Sink,
) -> Result<usize, Vec<Diagnostic>> {
    let (index_files, jobs): (Vec<&Planned>, Vec<&Planned>) = planned
        .iter()
        .filter(|p| wanted(p))
        .partition(|p| matches!(p.job, Job::SearchFile(..)));
    let emit = |p: &Planned, bytes: Vec<u8>| -> Result<(), Diagnostic> {
        let limits = &site.config.limits;
        if bytes.len() as u64 > limits.output_bytes() {
            return Err(Diagnostic::error(
                &p.source,
                0,
                0,
                msg!(
                    "render-file-too-large",
                    path = &p.path,
                    limit = limits.output_mb
                ),
            ));
        }
        sink(OutputFile {
            path: p.path.clone(),
            bytes,
            source: p.source.clone(),
        })
    };
    let results: Vec<Result<Option<search::Doc>, Diagnostic>> = jobs
        .par_iter()
        .map(|p| {
            if theme.stopped() {
                return Ok(None);
            }
            let (bytes, doc) = render_job(contexts, p)?;
            emit(p, bytes)?;
            Ok(doc)
        })
        .collect();
    let mut errors = Vec::new();
    let mut made = 0;
    let mut docs: HashMap<String, search::Doc> = HashMap::new();
    for r in results {
        match r {
            Ok(doc) => {
                made += 1;
                if let Some(doc) = doc {
                    docs.insert(doc.path.clone(), doc);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if let Some(cache) = doc_cache
        && let Ok(mut cache) = cache.lock()
    {
        cache.extend(docs.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    if errors.is_empty() {
        for (l, cx) in contexts.iter().enumerate() {
            let mine: Vec<&Planned> = index_files
                .iter()
                .copied()
                .filter(|p| matches!(p.job, Job::SearchFile(pl, _) if pl == l))
                .collect();
            if mine.is_empty() || theme.stopped() {
                continue;
            }
            let all = match language_docs(cx, &mut docs, doc_cache) {
                Ok(all) => all,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            // Each index file goes to the sink as soon as it is made; one the plan wants but the index did not
            // make is published empty, as it always was.
            let waiting: Mutex<BTreeMap<&str, &Planned>> = Mutex::new(
                mine.iter()
                    .map(|p| (p.path.rsplit_once("/index/").map_or("", |(_, n)| n), *p))
                    .collect(),
            );
            let results = Mutex::new(Vec::new());
            let put = |p: &Planned, bytes: Vec<u8>| {
                let r = emit(p, bytes);
                if let Ok(mut results) = results.lock() {
                    results.push(r);
                }
            };
            search::build_to(cx.site, cx.lang, &all, &|name, bytes| {
                let planned = waiting
                    .lock()
                    .ok()
                    .and_then(|mut w| w.remove(name.as_str()));
                if let Some(p) = planned {
                    put(p, bytes);
                }
            });
            for p in waiting.into_inner().unwrap_or_default().into_values() {
                put(p, Vec::new());
            }
            for r in results.into_inner().unwrap_or_default() {
                match r {
                    Ok(()) => made += 1,
                    Err(e) => errors.push(e),
                }
            }
        }
    }
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(errors);
    }
    debug_assert!(site.pages.iter().any(|p| p.kind == PageKind::Home));
    Ok(made)
}

/// Every doc of one language's index, in document order ([`search::doc_count`]): those rendered now (taken out of
/// `made`, so no page's text is held twice), else those `cache` kept, else the page's body rendered for its text
/// alone (`serve`, when a page was not rendered again).
fn language_docs(
    cx: &pages::Ctx,
    made: &mut HashMap<String, search::Doc>,
    cache: Option<&search::DocCache>,
) -> Result<Vec<search::Doc>, Diagnostic> {
    let kept = |path: &str| -> Option<search::Doc> {
        cache
            .and_then(|c| c.lock().ok())
            .and_then(|c| c.get(path).cloned())
    };
    let site = cx.site;
    let pages: Vec<(&crate::model::Page, Option<search::Doc>)> = site
        .pages
        .iter()
        .filter(|p| p.lang == cx.lang)
        .map(|p| (p, made.remove(&p.path)))
        .collect();
    let mut docs = pages
        .into_par_iter()
        .map(|(p, doc)| match doc.or_else(|| kept(&p.path)) {
            Some(doc) => Ok(doc),
            None => {
                let body = pages::body(cx, p)?;
                Ok(search::page_doc(site, p, &body.text, &body.headings))
            }
        })
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    let datasets: Vec<(&crate::model::Dataset, Option<search::Doc>)> = site
        .datasets
        .iter()
        .map(|d| (d, made.remove(&search::dataset_path(d, &cx.prefix))))
        .collect();
    docs.par_extend(datasets.into_par_iter().map(|(d, doc)| {
        doc.or_else(|| kept(&search::dataset_path(d, &cx.prefix)))
            .unwrap_or_else(|| {
                search::dataset_doc(d, cx.lang, &cx.prefix, &pages::dataset_text(cx, d))
            })
    }));
    if let Some(cache) = cache
        && let Ok(mut cache) = cache.lock()
    {
        for doc in &docs {
            cache.entry(doc.path.clone()).or_insert_with(|| doc.clone());
        }
    }
    Ok(docs)
}

/// One planned file's bytes, and the search doc of a page or dataset page.
fn render_job(
    contexts: &[pages::Ctx],
    planned: &Planned,
) -> Result<(Vec<u8>, Option<search::Doc>), Diagnostic> {
    let default = &contexts[0];
    let site = default.site;
    let bytes = match planned.job {
        Job::Page(i) => {
            let p = &site.pages[i];
            let cx = contexts
                .iter()
                .find(|c| c.lang == p.lang)
                .unwrap_or(default);
            let r = pages::page(cx, i, 1)?;
            let doc = search::page_doc(cx.site, p, &r.text, &r.headings);
            return Ok((r.html.into_bytes(), Some(doc)));
        }
        // The list's later pages repeat no text of their own: the search finds the pages they list.
        Job::ListPage(i, n) => {
            let p = &site.pages[i];
            let cx = contexts
                .iter()
                .find(|c| c.lang == p.lang)
                .unwrap_or(default);
            pages::page(cx, i, n)?.html.into_bytes()
        }
        Job::DatasetPage(i, l) => {
            let cx = &contexts[l];
            let d = &cx.site.datasets[i];
            let r = pages::dataset(cx, d)?;
            let doc = search::dataset_doc(d, cx.lang, &cx.prefix, &r.text);
            return Ok((r.html.into_bytes(), Some(doc)));
        }
        Job::Csv(i, l) => downloads::csv(&contexts[l].site.datasets[i], contexts[l].lang),
        Job::Json(i, l) => downloads::json(&contexts[l].site.datasets[i]),
        Job::Catalogue(l) => csp::add(pages::catalogue(&contexts[l])?).into_bytes(),
        Job::CsvZip(l) => bundle::all_csv(contexts[l].site, contexts[l].lang)?,
        Job::NotFound => csp::add(pages::not_found(default)?).into_bytes(),
        Job::Sitemap => sitemap::sitemap(sitemap_entries(site)),
        Job::Feed(l) => feed::atom(site, contexts[l].lang, &contexts[l].prefix),
        Job::DataPackage => metadata::datapackage(site),
        Job::DcatCatalog => dcat::catalog(site),
        Job::Chart(i, l) => crate::charts::embed::file(contexts[l].site, i, contexts[l].lang)?,
        Job::Static(i) => {
            let bytes = &site.statics[i].bytes;
            match std::str::from_utf8(bytes) {
                Ok(text) if planned.path.ends_with(".css") => css::publish(text).into_bytes(),
                _ => bytes.clone(),
            }
        }
        Job::SearchPage(l) => csp::add(finding::search_page(&contexts[l])?).into_bytes(),
        Job::SearchScript => search::SCRIPT.as_bytes().to_vec(),
        // Made from every page's text by `render_to`, after the pages.
        Job::SearchFile(..) => Vec::new(),
        Job::SitemapPage(l) => csp::add(finding::sitemap_page(&contexts[l])?).into_bytes(),
    };
    Ok((bytes, None))
}

/// The bytes of every style sheet the plan publishes (each is a static file), for the egress scan's hidden
/// classes, which it needs before the first page.
pub fn style_sheets<'s>(site: &'s Site, planned: &'s [Planned]) -> impl Iterator<Item = &'s [u8]> {
    planned.iter().filter_map(move |p| match p.job {
        Job::Static(i) if p.path.ends_with(".css") => {
            site.statics.get(i).map(|s| s.bytes.as_slice())
        }
        _ => None,
    })
}

/// Where a language's pages live below the base: nothing for the default language, `en/` for English.
pub fn lang_prefix(site: &Site, code: &str) -> String {
    if code == site.config.language {
        String::new()
    } else {
        format!("{code}/")
    }
}

/// The site as a language other than the default shows it: datasets, charts and site title in that language, and a
/// base URL ending in the language's folder, so every link to a dataset or chart stays in the language. Pages keep
/// their own paths (they already carry the folder) and are linked through [`pages::Ctx::root`].
fn localized(site: &Site, code: &str) -> Site {
    let pick = |own: &[(String, crate::model::Dataset)]| {
        own.iter().find(|(c, _)| c == code).map(|(_, d)| d.clone())
    };
    let mut config = site.config.clone();
    if let Some(l) = site.config.languages.get(code) {
        config.title = l.title.clone();
        config.description = l.description.clone();
    }
    Site {
        root: site.root.clone(),
        config,
        base: crate::model::BaseUrl {
            absolute: format!("{}{code}/", site.base.absolute),
            path: format!("{}{code}/", site.base.path),
        },
        pages: site.pages.clone(),
        datasets: site
            .datasets
            .iter()
            .map(|d| pick(&d.localized).unwrap_or_else(|| d.clone()))
            .collect(),
        charts: site
            .charts
            .iter()
            .map(|c| {
                c.localized
                    .iter()
                    .find(|(l, _)| l == code)
                    .map_or_else(|| c.clone(), |(_, local)| local.clone())
            })
            .collect(),
        templates: Vec::new(),
        statics: Vec::new(),
        roster_terms: Vec::new(),
        suppressed_cells: Vec::new(),
    }
}

/// Every page of every language, with its last-modified date and its versions in all languages (itself included)
/// as (language code, absolute URL), for `xhtml:link` alternates.
fn sitemap_entries(site: &Site) -> Vec<sitemap::Entry> {
    let abs = |path: &str| {
        format!(
            "{}{}",
            site.base.absolute,
            crate::html::url::encode_path(path)
        )
    };
    let mut entries: Vec<sitemap::Entry> = site
        .pages
        .iter()
        .map(|p| {
            let mut alternates: Vec<(String, String)> = std::iter::once(p)
                .chain(p.alternates.iter().map(|&j| &site.pages[j]))
                .map(|q| (q.lang.clone(), abs(&q.path)))
                .collect();
            if alternates.len() < 2 {
                alternates.clear();
            }
            alternates.sort();
            sitemap::Entry {
                url: abs(&p.path),
                date: p.date.clone(),
                alternates,
            }
        })
        .collect();
    let codes: Vec<String> = site
        .config
        .all_languages()
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let shared = |path: &str, date: Option<String>| -> Vec<sitemap::Entry> {
        let versions: Vec<(String, String)> = codes
            .iter()
            .map(|c| (c.clone(), abs(&format!("{}{path}", lang_prefix(site, c)))))
            .collect();
        let mut alternates = if versions.len() > 1 {
            versions.clone()
        } else {
            Vec::new()
        };
        alternates.sort();
        versions
            .into_iter()
            .map(|(_, url)| sitemap::Entry {
                url,
                date: date.clone(),
                alternates: alternates.clone(),
            })
            .collect()
    };
    for path in ["data/", search::DIR, "sitemap/"] {
        entries.extend(shared(path, None));
    }
    for d in &site.datasets {
        entries.extend(shared(&format!("data/{}/", d.id), d.as_of.clone()));
    }
    entries
}
