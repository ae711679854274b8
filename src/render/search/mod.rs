//! Site search without a server: at build time every published page of a language becomes a [`Doc`], and the docs
//! become static index files (see [`index`]) that `search.js` reads in the browser, fetching only the shards a
//! query's tokens fall in and the text of the results it shows. Also the HTML sitemap page, which is where the
//! search page sends readers whose browser runs no script.

pub mod index;
pub mod tokenize;

use std::collections::HashMap;
use std::sync::Mutex;

use minijinja::value::Serde;
use minijinja::{Value, context};
use rayon::prelude::*;
use serde::Serialize;

use super::pages::Ctx;
use crate::diagnostics::Diagnostic;
use crate::format::strings::{Phrase, t};
use crate::format::table::{Placement, table};
use crate::html::text::text as published_text;
use crate::model::{PageKind, Segment, Site};
pub use index::{Doc, Index};

/// The browser side of the index: no dependencies, no `eval`, a few KB.
pub const SCRIPT: &str = include_str!("search.js");

/// Folder of the search page, below the site root, for the site's own language. (A site in several languages gets
/// one search per language, each in that language's folder.)
pub const DIR: &str = "search/";

/// The pages and datasets one language's index covers, in document order: the language's pages in site order, then
/// every dataset (each has a page in every language).
pub fn doc_count(site: &Site, lang: &str) -> usize {
    site.pages.iter().filter(|p| p.lang == lang).count() + site.datasets.len()
}

/// About how much text one language's index will hold, read from the sources without rendering, to size the shards.
pub fn estimate(site: &Site, lang: &str) -> usize {
    let pages: usize = site
        .pages
        .iter()
        .filter(|p| p.lang == lang)
        .map(|p| {
            p.title.len()
                + p.description.len()
                + p.segments
                    .iter()
                    .map(|s| match s {
                        Segment::Markdown { text, .. } => text.len(),
                        Segment::Shortcode(_) => 16,
                    })
                    .sum::<usize>()
        })
        .sum();
    let data: usize = site
        .datasets
        .iter()
        .map(|d| d.title.len() + d.description.len() + 8 * d.columns.len() * (d.rows.len() + 1))
        .sum();
    pages + data
}

pub fn shard_count(site: &Site, lang: &str) -> u32 {
    index::shard_count(estimate(site, lang))
}

/// One language's index files, below the site root (`prefix` is the language's folder), in the order
/// [`Job::SearchFile`](super::Job) numbers them.
pub fn file_paths(site: &Site, lang: &str, prefix: &str) -> Vec<String> {
    index::file_names(doc_count(site, lang), shard_count(site, lang))
        .into_iter()
        .map(|n| format!("{prefix}{DIR}index/{n}"))
        .collect()
}

/// Docs kept between the rebuilds of `serve`, by output path, so that a one-page edit re-reads one page for the
/// index instead of rendering every body again. Whoever keeps it removes the docs of what a change touched.
pub type DocCache = Mutex<HashMap<String, Doc>>;

/// Every page of the context's language and every dataset, as published in that language.
pub fn docs(cx: &Ctx) -> Result<Vec<Doc>, Diagnostic> {
    let site = cx.site;
    let pages: Vec<&crate::model::Page> = site.pages.iter().filter(|p| p.lang == cx.lang).collect();
    // Rendering every body again is most of the index's cost: spread it over the cores like the pages themselves.
    let mut docs = pages
        .par_iter()
        .map(|p| {
            cached(cx, &p.path, || {
                // Read from what the page publishes (after the privacy stage and shortcodes), never from the
                // Markdown source, so nothing withheld from a page can reach the index.
                let text = published_text(&super::pages::body(cx, p)?);
                Ok(Doc {
                    path: p.path.clone(),
                    title: p.title.clone(),
                    section: section_of(site, p, cx.lang),
                    headings: text.headings,
                    body: joined(&p.description, &text.body),
                })
            })
        })
        .collect::<Result<Vec<Doc>, Diagnostic>>()?;
    let datasets = site
        .datasets
        .par_iter()
        .map(|d| {
            let path = format!("{}data/{}/", cx.prefix, d.id);
            cached(cx, &path, || {
                let text =
                    published_text(&table(d, cx.lang, &site.base.path, Placement::DatasetPage));
                Ok(Doc {
                    path: path.clone(),
                    title: d.title.clone(),
                    section: t(cx.lang, Phrase::Catalogue).to_string(),
                    headings: Vec::new(),
                    body: joined(&d.description, &text.body),
                })
            })
        })
        .collect::<Result<Vec<Doc>, Diagnostic>>()?;
    docs.extend(datasets);
    Ok(docs)
}

/// The doc at `path` from the context's cache, or made now (and kept there when there is a cache).
fn cached(
    cx: &Ctx,
    path: &str,
    make: impl FnOnce() -> Result<Doc, Diagnostic>,
) -> Result<Doc, Diagnostic> {
    let Some(cache) = cx.doc_cache else {
        return make();
    };
    if let Some(doc) = cache.lock().ok().and_then(|c| c.get(path).cloned()) {
        return Ok(doc);
    }
    let doc = make()?;
    if let Ok(mut c) = cache.lock() {
        c.insert(path.to_string(), doc.clone());
    }
    Ok(doc)
}

fn joined(first: &str, second: &str) -> String {
    match (first.trim(), second.trim()) {
        ("", s) | (s, "") => s.to_string(),
        (a, b) => format!("{a} {b}"),
    }
}

/// The top-level section a page is filed under (the home page and top-level pages: the home page).
fn section_of(site: &Site, page: &crate::model::Page, lang: &str) -> String {
    let mut top = page;
    while let Some(parent) = top.parent.map(|i| &site.pages[i]) {
        if parent.kind == PageKind::Home {
            break;
        }
        top = parent;
    }
    if top.kind == PageKind::Section {
        top.title.clone()
    } else {
        t(lang, Phrase::Home).to_string()
    }
}

#[derive(Serialize)]
struct Entry {
    title: String,
    url: String,
}

#[derive(Serialize)]
struct Group {
    title: String,
    url: String,
    pages: Vec<Entry>,
}

/// The search page. Its words come from the string table, so the script shows them in the page's language.
pub fn page(cx: &Ctx) -> Result<String, Diagnostic> {
    let lang = cx.lang;
    let base = cx.base_ctx(
        "search",
        &format!("{}{DIR}", cx.prefix),
        t(lang, Phrase::Search),
        t(lang, Phrase::SearchDescription),
        None,
        String::new(),
        cx.home_crumbs(),
        &cx.everywhere(DIR),
    );
    let ctx = context! {
        search => context! {
            url => cx.lurl(DIR),
            index_url => cx.lurl(&format!("{DIR}index/")),
            script_url => cx.url(&format!("{DIR}search.js")),
            root_url => cx.url(""),
            sitemap_url => cx.lurl("sitemap/"),
            label => t(lang, Phrase::SearchLabel),
            button => t(lang, Phrase::SearchButton),
            no_script => t(lang, Phrase::SearchNoScript),
            sitemap => t(lang, Phrase::SitemapTitle),
            loading => t(lang, Phrase::SearchLoading),
            found => t(lang, Phrase::SearchFound),
            none => t(lang, Phrase::SearchNone),
            failed => t(lang, Phrase::SearchFailed),
            more => t(lang, Phrase::SearchMore),
        },
        ..base
    };
    cx.theme.render("search.html", ctx)
}

/// Every page by section, then every dataset: the way in for readers without a working search.
pub fn sitemap_page(cx: &Ctx) -> Result<String, Diagnostic> {
    let site = cx.site;
    let lang = cx.lang;
    let entry = |i: usize| Entry {
        title: site.pages[i].title.clone(),
        url: cx.url(&site.pages[i].path),
    };
    let home = &site.pages[cx.home];
    let mut groups = vec![Group {
        title: t(lang, Phrase::Home).to_string(),
        url: cx.url(&home.path),
        pages: home
            .children
            .iter()
            .filter(|&&i| site.pages[i].kind == PageKind::Page)
            .map(|&i| entry(i))
            .collect(),
    }];
    for &i in &home.children {
        if site.pages[i].kind != PageKind::Section {
            continue;
        }
        let mut pages = Vec::new();
        let mut stack: Vec<usize> = site.pages[i].children.iter().rev().copied().collect();
        while let Some(j) = stack.pop() {
            pages.push(entry(j));
            stack.extend(site.pages[j].children.iter().rev());
        }
        groups.push(Group {
            title: site.pages[i].title.clone(),
            url: cx.url(&site.pages[i].path),
            pages,
        });
    }
    groups.push(Group {
        title: t(lang, Phrase::Catalogue).to_string(),
        url: cx.lurl("data/"),
        pages: site
            .datasets
            .iter()
            .map(|d| Entry {
                title: d.title.clone(),
                url: cx.lurl(&format!("data/{}/", d.id)),
            })
            .collect(),
    });
    let base = cx.base_ctx(
        "sitemap",
        &format!("{}sitemap/", cx.prefix),
        t(lang, Phrase::SitemapTitle),
        t(lang, Phrase::SitemapDescription),
        None,
        String::new(),
        cx.home_crumbs(),
        &cx.everywhere("sitemap/"),
    );
    let ctx = context! { groups => Value::from(Serde(&groups)), ..base };
    cx.theme.render("sitemap.html", ctx)
}
