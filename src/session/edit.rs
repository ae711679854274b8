//! The preview's short way for the most common save: one or a few pages edited, nothing else. Such an edit can
//! change nothing but the pages themselves and what lists them, so the session checks and redacts only those pages
//! against the site it checked last, keeps every other page's checked and redacted form, and renders the pages,
//! what lists them and the search index. Anything else (a page added, deleted or renamed, a section page, a
//! translation, a draft, any other file) takes the whole way ([`super::preview`]); so does an edit that moves
//! the page, since its place decides what other pages show.
//!
//! It is exactly what the whole way would do for such an edit: the page is checked by the same function
//! ([`validate::page_again`]) and redacted by the same function ([`privacy::protect_page`]) with the same detector,
//! since no file the detector depends on changed; the egress scan reads every file that differs from the one
//! being served; `--strict` applies to the page's warnings.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::Session;
use super::fingerprint::digest;
use super::stages::{self, Staged, scan};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::load::{content, files};
use crate::model::{Page, PageKind, Site};
use crate::privacy::{self, PublicSite};
use crate::render::search::{self, index::Live};
use crate::render::{self, Job, OutputFile};
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
        let i = loaded.pages.iter().position(|p| p.rel == *rel)?;
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
        let at = validated.pages.iter().position(|p| p.rel == rel)?;
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
    let ((staged, cleared), new_warnings) = match outcome {
        Ok(v) => v,
        Err(e) => {
            // The live index may hold the failed edit: it is made again from the docs at the next edit.
            preview.last = Some(last);
            return Err(e);
        }
    };
    preview.live = live;
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

/// Swaps the edits into the last site and renders them; on failure swaps them out again.
fn stage_edit(
    session: &Session,
    last: &mut stages::Protected,
    live: &mut Option<Vec<Live>>,
    edited: &mut [Edited],
) -> Result<(Staged, BTreeSet<String>), Diagnostics> {
    let Some(validated) = last.validated.as_mut() else {
        return Err(Diagnostics::default());
    };
    let moved = edited.iter().any(|e| {
        let old = &validated.pages[e.at];
        old.title != e.validated.title
            || old.date != e.validated.date
            || old.weight != e.validated.weight
            || old.description != e.validated.description
    });
    swap_in(validated, &mut last.site, edited, moved);
    let staged = render_edit(session, last, live, edited, moved);
    if staged.is_err()
        && let Some(validated) = last.validated.as_mut()
    {
        swap_in(validated, &mut last.site, edited, moved);
    }
    staged
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

/// Renders the edited pages and everything that shows them, and scans what differs from the files being served.
fn render_edit(
    session: &Session,
    last: &stages::Protected,
    live: &mut Option<Vec<Live>>,
    edited: &[Edited],
    moved: bool,
) -> Result<(Staged, BTreeSet<String>), Diagnostics> {
    let root = &session.opts.root;
    let Some(preview) = session.preview.as_ref() else {
        return Err(Diagnostics::default());
    };
    let public = &last.site;
    let site = public.site();
    let mut cleared = last.cleared.clone();
    for e in edited {
        // `e` holds the page as it was; the site holds the edit.
        privacy::long_runs_of_page(&site.pages[e.at], &mut cleared);
    }
    let mut pages: BTreeSet<usize> = edited.iter().map(|e| e.at).collect();
    if moved {
        for e in edited {
            shown_with(site, e.at, &mut pages);
        }
    }
    if let Ok(mut docs) = preview.docs.lock() {
        for e in edited {
            docs.remove(&site.pages[e.at].path);
        }
    }
    let wanted = |p: &render::Planned| match p.job {
        Job::Page(i) | Job::ListPage(i, _) => pages.contains(&i),
        // The site map and feeds list every page; a dataset's page and the catalogue list the pages citing it.
        Job::Sitemap | Job::Feed(_) | Job::DatasetPage(..) | Job::Catalogue(_) => true,
        Job::SitemapPage(_) => moved,
        _ => false,
    };
    let screen = |d: Vec<Diagnostic>| last.screen(root, Diagnostics(d));
    let output = render::render_cached(public, wanted, Some(&preview.docs)).map_err(screen)?;
    let planned = render::plan(site).map_err(screen)?;
    let mut files = output.files;
    files.extend(search_files(public, &preview.docs, live).map_err(screen)?);
    let files: Vec<OutputFile> = files
        .into_iter()
        .filter(|f| preview.served.get(&f.path) != Some(&digest(&f.bytes)))
        .collect();
    scan(last, &cleared, &files).map_err(|d| last.screen(root, d))?;
    let known: BTreeSet<&str> = planned.iter().map(|p| p.path.as_str()).collect();
    let deleted = preview
        .served
        .keys()
        .filter(|p| !known.contains(p.as_str()))
        .cloned()
        .collect();
    Ok((Staged { files, deleted }, cleared))
}

/// The search index files the edit changed: each language's live index takes over the docs as now published (the
/// edited pages' docs made again, every other one from the cache) and returns what differs; a language whose shard
/// or doc count changed gets a new live index, whose every file is returned.
fn search_files(
    public: &PublicSite,
    cache: &crate::render::search::DocCache,
    live: &mut Option<Vec<Live>>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let docs = render::search_docs(public, cache)?;
    let site = public.site();
    let languages = site.config.all_languages();
    let indexes = live.get_or_insert_with(Vec::new);
    let fresh = indexes.len() != docs.len();
    if fresh {
        indexes.clear();
    }
    let mut files = Vec::new();
    for (l, (docs, (code, _))) in docs.into_iter().zip(&languages).enumerate() {
        let shards = search::shard_count(site, code);
        let packs = search::packs(site, code);
        let changed = match indexes.get_mut(l) {
            Some(index) if !fresh && index.fits(&docs, shards, &packs) => index.update(docs),
            _ => {
                let index = Live::new(docs, shards, packs);
                let all = index.files();
                if l < indexes.len() {
                    indexes[l] = index;
                } else {
                    indexes.push(index);
                }
                all
            }
        };
        let prefix = render::lang_prefix(site, code);
        files.extend(changed.into_iter().map(|(name, bytes)| OutputFile {
            path: format!("{prefix}{}index/{name}", search::DIR),
            bytes,
            source: PathBuf::from("content"),
        }));
    }
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
