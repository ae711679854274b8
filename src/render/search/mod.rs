//! Site search without a server: at build time every published page of a language becomes a [`Doc`], made from the
//! text its page job returned (render publishes each page once; nothing here renders), and the docs become static
//! index files (see [`index`]) that `search.js` reads in the browser, fetching only the shards a query's tokens
//! fall in and the packs holding the texts of the results it shows.

pub mod index;
pub mod postings;
pub mod tokenize;

use std::collections::HashMap;
use std::sync::Mutex;

use crate::format::strings::{Phrase, t};
use crate::model::{Dataset, Page, PageKind, Segment, Site};
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

/// About how much text each document of one language's index will hold, in document order, read from the sources
/// without rendering, to size the shards and the packs. A dataset counts as the language shows it, so the plan
/// (made from the site) and the index (built from the language's view of it, `render::localized`) cut the same
/// packs: counted in the default language, an English index could have a pack more than the plan had files for.
pub fn doc_sizes(site: &Site, lang: &str) -> Vec<usize> {
    let pages = site.pages.iter().filter(|p| p.lang == lang).map(|p| {
        p.title.len()
            + p.description.len()
            + p.segments
                .iter()
                .map(|s| match s {
                    Segment::Markdown { text, .. } => text.len(),
                    Segment::Shortcode(_) => 16,
                })
                .sum::<usize>()
    });
    let data = site.datasets.iter().map(|d| {
        let d = d
            .localized
            .iter()
            .find(|(code, _)| code == lang)
            .map_or(d, |(_, own)| own);
        d.title.len() + d.description.len() + 8 * d.columns.len() * (d.rows.len() + 1)
    });
    pages.chain(data).collect()
}

/// About how much text one language's index will hold.
pub fn estimate(site: &Site, lang: &str) -> usize {
    doc_sizes(site, lang).iter().sum()
}

pub fn shard_count(site: &Site, lang: &str) -> u32 {
    index::shard_count(estimate(site, lang))
}

/// The first document of each pack of snippet texts (see [`index::pack_starts`]).
pub fn packs(site: &Site, lang: &str) -> Vec<u32> {
    index::pack_starts(&doc_sizes(site, lang))
}

/// One language's index files, below the site root (`prefix` is the language's folder), in the order
/// [`Job::SearchFile`](super::Job) numbers them.
pub fn file_paths(site: &Site, lang: &str, prefix: &str) -> Vec<String> {
    index::file_names(shard_count(site, lang), packs(site, lang).len())
        .into_iter()
        .map(|n| format!("{prefix}{DIR}index/{n}"))
        .collect()
}

/// One language's index, from its docs in document order ([`doc_count`]).
pub fn build(site: &Site, lang: &str, docs: &[Doc]) -> Index {
    index::build(docs, shard_count(site, lang), &packs(site, lang))
}

/// [`build`], each file handed to `emit` as soon as it is made ([`index::build_to`]).
pub fn build_to(site: &Site, lang: &str, docs: &[Doc], emit: &(dyn Fn(String, Vec<u8>) + Sync)) {
    index::build_to(docs, shard_count(site, lang), &packs(site, lang), emit);
}

/// Docs kept between the rebuilds of `serve`, by doc path, so that a one-page edit re-reads one page for the
/// index instead of rendering every body again. Whoever keeps it removes the docs of what a change touched.
pub type DocCache = Mutex<HashMap<String, Doc>>;

/// A page's doc, from the text its body publishes (after the privacy stage and shortcodes, never the Markdown
/// source, so nothing withheld from a page can reach the index).
pub fn page_doc(site: &Site, p: &Page, text: &str, headings: &[String]) -> Doc {
    Doc {
        path: p.path.clone(),
        title: p.title.clone(),
        section: section_of(site, p, &p.lang),
        headings: headings.to_vec(),
        body: joined(&p.description, text),
        tier: 0,
    }
}

/// A dataset's doc in a language, from the text of its table as its page publishes it.
pub fn dataset_doc(d: &Dataset, lang: &str, prefix: &str, text: &str) -> Doc {
    Doc {
        path: dataset_path(d, prefix),
        title: d.title.clone(),
        section: t(lang, Phrase::Catalogue).to_string(),
        headings: Vec::new(),
        body: joined(&d.description, text),
        tier: u8::from(d.about.example),
    }
}

/// Where a dataset's doc points, below the site root.
pub fn dataset_path(d: &Dataset, prefix: &str) -> String {
    format!("{prefix}data/{}/", d.id)
}

fn joined(first: &str, second: &str) -> String {
    match (first.trim(), second.trim()) {
        ("", s) | (s, "") => s.to_string(),
        (a, b) => format!("{a} {b}"),
    }
}

/// The top-level section a page is filed under (the home page and top-level pages: the home page).
fn section_of(site: &Site, page: &Page, lang: &str) -> String {
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
