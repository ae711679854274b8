//! The preview's short way for the most common save: one or a few pages edited, nothing else. Such an edit can
//! change nothing but the pages themselves and what lists them, so the session checks and redacts only those pages
//! against the site it checked last, keeps every other page's checked and redacted form, and renders the pages
//! with the theme and plan being served; the lists (site maps, feeds, sections, catalogue, dataset pages) only
//! when the edit changed what they show of the page; and the search index by handing the live index the docs of
//! the pages rendered. Anything else (a page added, deleted or renamed, a section page, a translation, a draft,
//! any other file) takes the whole way ([`super::preview`]); so does an edit that moves the page's address.
//!
//! It is exactly what the whole way would do for such an edit (`tests/session_edits.rs` compares the two after
//! every kind of edit): the page is checked by the same function ([`validate::page_again`]) and redacted by the
//! same function ([`privacy::protect_page`]) with the same detector, since no file the detector depends on
//! changed; the egress scan reads every file that differs from the one being served; `--strict` applies to the
//! page's warnings.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::Session;
use super::fingerprint::digest;
use super::stages::{self, Staged, scan};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::load::{content, files};
use crate::model::{Page, PageKind, Segment, Shortcode, Site};
use crate::privacy::{self, PublicSite};
use crate::render::search::{self, index::Live};
use crate::render::{self, Job, OutputFile, Planned};
use crate::validate;

/// One edited page: where it is in the load and in the site, and its new forms.
struct Edited {
    source: usize,
    at: usize,
    src: crate::load::SourcePage,
    validated: Page,
    public: privacy::PublicPage,
    /// What the redaction of the page found, by kind, for the privacy report.
    found: Vec<crate::privacy::detect::Kind>,
}

/// The rebuild for an edit of pages alone, or `None` when the change needs the whole way.
pub(super) fn page_edit(session: &mut Session) -> Option<Result<Staged, Diagnostics>> {
    let root = session.opts.root.clone();
    let loaded = session.loaded.as_ref()?;
    let last = session.preview.as_ref()?.last.as_ref()?;
    let validated = last.validated.as_ref()?;
    let mut sources = Vec::new();
    for rel in &session.dirty {
        // An editor's temporary or backup file: no walk of the site lists it, so it changes nothing.
        if is_hidden(rel) {
            continue;
        }
        // Compared as strings: both paths are joined the same way, and comparing 10,000 paths component by
        // component costs more than the rest of finding the page.
        let i = loaded
            .pages
            .iter()
            .position(|p| p.rel.as_os_str() == rel.as_os_str())?;
        let src = &loaded.pages[i];
        if src.is_index() || src.is_row_template() || src.lang.is_some() || src.front.draft {
            return None;
        }
        let still_a_file = std::fs::symlink_metadata(root.join(rel)).is_ok_and(|m| m.is_file());
        if !still_a_file || files::link_on_the_way(&root, rel).is_some() {
            return None;
        }
        sources.push(i);
    }
    if sources.is_empty() {
        session.dirty.clear();
        return Some(Ok(Staged {
            files: Vec::new(),
            deleted: Vec::new(),
        }));
    }
    let cap = files::Cap {
        bytes: validated.config.limits.page_bytes(),
        key: Some("page_mb"),
    };
    let mut edited = Vec::new();
    let mut problems = Diagnostics::default();
    let mut warnings = Diagnostics::default();
    for i in sources {
        let rel = loaded.pages[i].rel.clone();
        let inner = rel.strip_prefix("content").unwrap_or(&rel).to_path_buf();
        let parsed =
            files::read_text(&root, &rel, cap).and_then(|text| content::parse(&rel, &inner, text));
        let src = match parsed {
            Ok(s) => s,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        if src.front.draft {
            return None;
        }
        let at = validated
            .pages
            .iter()
            .position(|p| p.rel.as_os_str() == rel.as_os_str())?;
        let old = &validated.pages[at];
        let page = match validate::page_again(&src, validated) {
            Ok((mut page, found)) => {
                warnings.extend(found);
                // Document fields and revisions are shown in the 公开目录 and the feed and checked across pages
                // (索引号): the whole site is built again.
                if page.path != old.path
                    || page.kind != old.kind
                    || page.doc != old.doc
                    || page.revisions != old.revisions
                {
                    return None;
                }
                page.parent = old.parent;
                page.children = old.children.clone();
                page.alternates = old.alternates.clone();
                page
            }
            Err(errors) => {
                problems.extend(errors);
                continue;
            }
        };
        let (public, findings) = privacy::protect_page(page.clone(), &last.detector);
        let mut found = Vec::new();
        for (rel, line, f) in findings {
            warnings.push(privacy::finding_warning(&rel, line, f.kind));
            found.push(f.kind);
        }
        edited.push(Edited {
            source: i,
            at,
            src,
            validated: page,
            public,
            found,
        });
    }
    if problems.has_errors() {
        return Some(Err(last.screen(&root, problems)));
    }
    Some(apply_edit(session, edited, warnings))
}

/// Puts the edited pages in place, renders and scans what shows them, and keeps the result if it passed; on
/// failure the last good site is restored, so the next save starts from what is being served.
fn apply_edit(
    session: &mut Session,
    mut edited: Vec<Edited>,
    warnings: Diagnostics,
) -> Result<Staged, Diagnostics> {
    let Some((mut last, mut live)) = session
        .preview
        .as_mut()
        .and_then(|p| Some((p.last.take()?, p.live.take())))
    else {
        return Err(Diagnostics::default());
    };
    let outcome = session
        .passed(&last, warnings)
        .and_then(|w| stage_edit(session, &mut last, &mut live, &mut edited).map(|s| (s, w)));
    let Some(preview) = session.preview.as_mut() else {
        return Err(Diagnostics::default());
    };
    // The live index is left as served, or forgotten when it took in an edit that failed (see `render_edit`).
    preview.live = live;
    let (rendered, new_warnings) = match outcome {
        Ok(v) => v,
        Err(e) => {
            // A render stopped by a limit leaves the theme stopped for every later render.
            if preview.theme.as_ref().is_some_and(|t| t.stopped()) {
                preview.theme = None;
            }
            preview.last = Some(last);
            return Err(e);
        }
    };
    let Rendered {
        staged,
        cleared,
        planned,
    } = rendered;
    if let Some(planned) = planned {
        preview.planned = planned;
    }
    // Committed: the report, the warnings, the fingerprint and the load take over the edit.
    last.cleared = cleared;
    for e in &edited {
        let key = display_path(&e.public.page().rel);
        if let Some(file) = last.report.files.get_mut(&key) {
            file.detections.clear();
        }
        for kind in &e.found {
            last.report.detection(&e.public.page().rel, *kind);
        }
        if last.report.files.get(&key).is_some_and(|f| {
            f.detections.is_empty() && f.suppressed_cells == 0 && f.suppressed_by_rule.is_empty()
        }) {
            last.report.files.remove(&key);
        }
    }
    stages::write_report(&session.opts.root, &last.report);
    let edited_rels: BTreeSet<&Path> = edited
        .iter()
        .map(|e| e.public.page().rel.as_path())
        .collect();
    preview
        .warnings
        .retain(|w| !edited_rels.contains(w.file.as_path()));
    preview.warnings.extend(new_warnings);
    preview.warnings.sort();
    if let Some(f) = preview.fingerprint.as_mut() {
        for e in &edited {
            f.page_edited(&last.site.site().pages[e.at], &last.cleared);
        }
    }
    preview.last = Some(last);
    if let Some(loaded) = session.loaded.as_mut() {
        for e in edited {
            loaded.pages[e.source] = e.src;
        }
    }
    session.dirty.clear();
    Ok(staged)
}

/// How far an edit reaches beyond its own pages.
#[derive(Clone, Copy)]
struct Reach {
    /// Anything but the body, key figures or template changed (a title, date, weight, description...): the page
    /// may have moved among its siblings or show differently in the lists of its section, its neighbours and the
    /// HTML site map.
    moved: bool,
    /// What the site map, the feeds, the catalogue and the dataset pages show of the page changed: `moved`, or the
    /// datasets the page cites. Otherwise those files are byte for byte what is being served, and are not made.
    listed: bool,
}

/// What an edit renders, before it is committed.
struct Rendered {
    staged: Staged,
    cleared: BTreeSet<String>,
    /// The plan of the edited site, when the edit changed what files the site has (its search index was cut into
    /// another number of packs); otherwise the plan being served still holds.
    planned: Option<Vec<Planned>>,
}

/// Swaps the edits into the last site and renders them; on failure swaps them out again.
fn stage_edit(
    session: &Session,
    last: &mut stages::Protected,
    live: &mut Option<Vec<Live>>,
    edited: &mut [Edited],
) -> Result<Rendered, Diagnostics> {
    let Some(validated) = last.validated.as_mut() else {
        return Err(Diagnostics::default());
    };
    let moved = edited
        .iter()
        .any(|e| listing(&validated.pages[e.at]) != listing(&e.validated));
    let cites_other = edited
        .iter()
        .any(|e| cited(&validated.pages[e.at], validated) != cited(&e.validated, validated));
    let reach = Reach {
        moved,
        listed: moved || cites_other,
    };
    swap_in(validated, &mut last.site, edited, moved);
    let rendered = render_edit(session, last, live, edited, reach);
    if rendered.is_err()
        && let Some(validated) = last.validated.as_mut()
    {
        swap_in(validated, &mut last.site, edited, moved);
    }
    rendered
}

/// Everything of a page that another page may show: all but its body, its key figures and its template, which
/// only its own page shows. Written through Debug (which covers every field), so a field added to [`Page`] later
/// counts as shown elsewhere until it is listed here.
fn listing(page: &Page) -> String {
    let rest = Page {
        segments: Vec::new(),
        key_figures: Vec::new(),
        template: None,
        ..page.clone()
    };
    format!("{rest:?}")
}

/// The datasets a page cites (what the catalogue and each dataset's page list it for), as
/// [`render::catalogue::cited_by`] counts them.
fn cited(page: &Page, site: &Site) -> BTreeSet<usize> {
    page.segments
        .iter()
        .filter_map(|s| match s {
            Segment::Shortcode(
                Shortcode::Value { dataset, .. }
                | Shortcode::Table { dataset }
                | Shortcode::RowText { dataset, .. },
            ) => Some(*dataset),
            Segment::Shortcode(Shortcode::Chart { chart }) => {
                site.charts.get(*chart).map(|c| c.dataset)
            }
            Segment::Markdown { .. } | Segment::Shortcode(Shortcode::Ref { .. }) => None,
        })
        .chain(page.key_figures.iter().map(|f| f.dataset))
        .collect()
}

/// Exchanges the edited pages with those in the two sites (so calling it twice restores them), and links the tree
/// again when an edit moved a page among its siblings.
fn swap_in(validated: &mut Site, public: &mut PublicSite, edited: &mut [Edited], moved: bool) {
    for e in edited.iter_mut() {
        std::mem::swap(&mut validated.pages[e.at], &mut e.validated);
        public.swap_page(e.at, &mut e.public);
    }
    if moved {
        // Display order compares the checked titles, as a whole build does; the redacted site takes it over.
        validate::link_tree(&mut validated.pages);
        public.relink(&validated.pages);
    }
}

/// Renders the edited pages and everything that shows them with the theme and plan being served, updates the live
/// search index with the docs of the pages rendered, and scans what differs from the files being served. A failed
/// edit leaves no doc and no index behind: the pages are swapped back, and their docs made again when next needed.
fn render_edit(
    session: &Session,
    last: &stages::Protected,
    live: &mut Option<Vec<Live>>,
    edited: &[Edited],
    reach: Reach,
) -> Result<Rendered, Diagnostics> {
    let Some(preview) = session.preview.as_ref() else {
        return Err(Diagnostics::default());
    };
    let site = last.site.site();
    let mut pages: BTreeSet<usize> = edited.iter().map(|e| e.at).collect();
    if reach.moved {
        for e in edited {
            shown_with(site, e.at, &mut pages);
        }
    }
    let forget = |datasets: bool| {
        if let Ok(mut docs) = preview.docs.lock() {
            for &i in &pages {
                docs.remove(&site.pages[i].path);
            }
            if datasets {
                for (code, _) in site.config.all_languages() {
                    let prefix = render::lang_prefix(site, &code);
                    for d in &site.datasets {
                        docs.remove(&search::dataset_path(d, &prefix));
                    }
                }
            }
        }
    };
    forget(false);
    let rendered = render_pages(session, last, live, &pages, reach);
    if rendered.is_err() {
        forget(reach.listed);
        *live = None;
    }
    rendered
}

fn render_pages(
    session: &Session,
    last: &stages::Protected,
    live: &mut Option<Vec<Live>>,
    pages: &BTreeSet<usize>,
    reach: Reach,
) -> Result<Rendered, Diagnostics> {
    let root = &session.opts.root;
    let Some(preview) = session.preview.as_ref() else {
        return Err(Diagnostics::default());
    };
    let public = &last.site;
    let site = public.site();
    let mut cleared = last.cleared.clone();
    for &i in pages {
        privacy::long_runs_of_page(&site.pages[i], &mut cleared);
    }
    let screen = |d: Vec<Diagnostic>| last.screen(root, Diagnostics(d));
    let layouts = search_layouts(site);
    let kept = live.as_ref().is_some_and(|indexes| {
        indexes.len() == layouts.len()
            && indexes.iter().zip(&layouts).all(|(index, l)| {
                index.fits(l.docs, l.shards) && index.pack_count() == l.packs.len()
            })
    });
    // A page edit changes no output path; only a new number of packs changes the files of the index.
    let replanned = if kept {
        None
    } else {
        Some(render::plan(site).map_err(screen)?)
    };
    let planned = replanned.as_deref().unwrap_or(&preview.planned);
    // Every kind of file is named, so a new kind must be placed here.
    let wanted = |p: &Planned| match p.job {
        Job::Page(i) | Job::ListPage(i, _) => pages.contains(&i),
        Job::Sitemap | Job::Feed(_) | Job::DatasetPage(..) | Job::Catalogue(_) => reach.listed,
        Job::SitemapPage(_) => reach.moved,
        // The live index makes the search files.
        Job::SearchFile(..) => false,
        // Made from datasets, charts, static files and the theme, none of which a page edit changes.
        Job::Csv(..)
        | Job::Json(..)
        | Job::CsvZip(_)
        | Job::DataPackage
        | Job::Chart(..)
        | Job::DcatCatalog
        | Job::Static(_)
        | Job::NotFound
        | Job::SearchPage(_)
        | Job::SearchScript => false,
    };
    let compiled;
    let theme = match &preview.theme {
        Some(theme) => theme,
        None => {
            compiled = render::templates::Theme::compile(site).map_err(screen)?;
            &compiled
        }
    };
    let made = std::sync::Mutex::new(Vec::new());
    render::render_prepared(public, theme, planned, wanted, Some(&preview.docs), &|f| {
        if let Ok(mut made) = made.lock() {
            made.push(f);
        }
        Ok(())
    })
    .map_err(screen)?;
    let mut files = made.into_inner().unwrap_or_default();
    let index = if kept {
        live_files(site, &preview.docs, live, layouts, pages, reach.listed)
    } else {
        None
    };
    let index = match index {
        Some(files) => files,
        None => fresh_search_files(public, &preview.docs, live).map_err(screen)?,
    };
    files.extend(index);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let files: Vec<OutputFile> = files
        .into_iter()
        .filter(|f| preview.served.get(&f.path) != Some(&digest(&f.bytes)))
        .collect();
    scan(last, &cleared, planned, &files).map_err(|d| last.screen(root, d))?;
    let deleted = match &replanned {
        Some(planned) => {
            let known: BTreeSet<&str> = planned.iter().map(|p| p.path.as_str()).collect();
            preview
                .served
                .keys()
                .filter(|p| !known.contains(p.as_str()))
                .cloned()
                .collect()
        }
        None => Vec::new(),
    };
    Ok(Rendered {
        staged: Staged { files, deleted },
        cleared,
        planned: replanned,
    })
}

/// How one language's search index is cut for the site as it is now.
struct Layout {
    code: String,
    docs: usize,
    shards: u32,
    packs: Vec<u32>,
}

/// As [`search::shard_count`] and [`search::packs`] decide it, reading each page's size once.
fn search_layouts(site: &Site) -> Vec<Layout> {
    site.config
        .all_languages()
        .into_iter()
        .map(|(code, _)| {
            let sizes = search::doc_sizes(site, &code);
            Layout {
                docs: sizes.len(),
                shards: search::index::shard_count(sizes.iter().sum()),
                packs: search::index::pack_starts(&sizes),
                code,
            }
        })
        .collect()
}

/// The search files an edit changed, from the live indexes (which fit `layouts`): each takes over the docs of the
/// pages rendered now (and of the dataset pages, when they were rendered), found by their place in document
/// order, and nothing else. `None` when a doc the render should have made is missing, so the caller builds the
/// indexes afresh instead of publishing a stale one.
fn live_files(
    site: &Site,
    cache: &search::DocCache,
    live: &mut Option<Vec<Live>>,
    layouts: Vec<Layout>,
    pages: &BTreeSet<usize>,
    datasets: bool,
) -> Option<Vec<OutputFile>> {
    let indexes = live.as_mut()?;
    let docs = cache.lock().ok()?;
    // Each page's place among the docs of its language: the pages of that language come first, in site order.
    let mut place = vec![0; site.pages.len()];
    let mut counts = vec![0usize; layouts.len()];
    let lang_of = |p: &Page| layouts.iter().position(|l| l.code == p.lang);
    for (i, p) in site.pages.iter().enumerate() {
        if let Some(l) = lang_of(p) {
            place[i] = counts[l];
            counts[l] += 1;
        }
    }
    let mut changed: Vec<Vec<(usize, search::Doc)>> = vec![Vec::new(); layouts.len()];
    for &i in pages {
        let p = &site.pages[i];
        let l = lang_of(p)?;
        changed[l].push((place[i], docs.get(&p.path)?.clone()));
    }
    if datasets {
        for (l, layout) in layouts.iter().enumerate() {
            let prefix = render::lang_prefix(site, &layout.code);
            for (j, d) in site.datasets.iter().enumerate() {
                let doc = docs.get(&search::dataset_path(d, &prefix))?;
                changed[l].push((counts[l] + j, doc.clone()));
            }
        }
    }
    drop(docs);
    let mut files = Vec::new();
    for ((index, layout), changed) in indexes.iter_mut().zip(layouts).zip(changed) {
        let prefix = render::lang_prefix(site, &layout.code);
        files.extend(
            index
                .replace(layout.packs, changed)
                .into_iter()
                .map(|(name, bytes)| index_file(&prefix, name, bytes)),
        );
    }
    Some(files)
}

fn index_file(prefix: &str, name: String, bytes: Vec<u8>) -> OutputFile {
    OutputFile {
        path: format!("{prefix}{}index/{name}", search::DIR),
        bytes,
        source: PathBuf::from("content"),
    }
}

/// Every search file, from live indexes made afresh from every doc (the edited pages' docs made now, every other
/// one from the cache): a whole rebuild that renders the index, or an edit after which an index has another number
/// of docs, shards or packs.
pub(super) fn fresh_search_files(
    public: &PublicSite,
    cache: &search::DocCache,
    live: &mut Option<Vec<Live>>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let docs = render::search_docs(public, cache)?;
    let site = public.site();
    let mut indexes = Vec::new();
    let mut files = Vec::new();
    for (docs, (code, _)) in docs.into_iter().zip(site.config.all_languages()) {
        let index = Live::new(
            docs,
            search::shard_count(site, &code),
            search::packs(site, &code),
        );
        let prefix = render::lang_prefix(site, &code);
        files.extend(
            index
                .files()
                .into_iter()
                .map(|(name, bytes)| index_file(&prefix, name, bytes)),
        );
        indexes.push(index);
    }
    *live = Some(indexes);
    Ok(files)
}

/// The pages that show page `at`'s title, description or date, or its place among its siblings: its parent and
/// the parent's parent (which lists the parent's pages), its siblings (their neighbour links), and, for a page
/// listed on a home page, every page (the navigation).
fn shown_with(site: &Site, at: usize, pages: &mut BTreeSet<usize>) {
    let Some(parent) = site.pages[at].parent else {
        return;
    };
    if site.pages[parent].kind == PageKind::Home {
        pages.extend(0..site.pages.len());
        return;
    }
    pages.insert(parent);
    pages.extend(site.pages[parent].children.iter().copied());
    pages.extend(site.pages[parent].parent);
}

/// Whether a path (relative to the root) is below a hidden name, which no walk of the site lists.
fn is_hidden(rel: &Path) -> bool {
    rel.components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}
