//! `atom.xml`: the dated pages and the corrections, newest first. A correction (a `revisions:` entry of a page or
//! a dataset) is an entry of its own, so a reader following the feed learns that a figure they read has changed.
//! Dates come from the pages and revisions, never from the clock, so identical input gives an identical feed.

use crate::format::strings::{Phrase, page_lang, t};
use crate::html::markup::escape;
use crate::html::url::encode_path;
use crate::messages::msg;
use crate::model::{Dataset, PageKind, Site};

/// One entry of the feed.
struct Entry {
    title: String,
    url: String,
    id: String,
    date: String,
    summary: String,
}

/// The feed of one language (`lang`), whose pages live under `prefix` (empty for the default language).
pub fn atom(site: &Site, lang: &str, prefix: &str) -> Vec<u8> {
    let root = &site.base.absolute;
    let mut entries: Vec<Entry> = site
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::Page && p.lang == lang)
        .filter_map(|p| {
            let url = format!("{root}{}", encode_path(&p.path));
            Some(Entry {
                title: p.title.clone(),
                id: url.clone(),
                url,
                date: p.date.clone()?,
                summary: p.description.clone(),
            })
        })
        .collect();
    entries.extend(corrections(site, lang, prefix));
    entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    let home = format!("{root}{}", encode_path(prefix));
    let base = &home;
    let (title, description) = match site.config.languages.get(lang) {
        Some(l) => (&l.title, &l.description),
        None => (&site.config.title, &site.config.description),
    };
    let updated = entries
        .first()
        .map(|e| e.date.clone())
        .or_else(|| site.datasets.iter().filter_map(|d| d.as_of.clone()).max())
        .unwrap_or_else(|| "2000-01-01".to_string());
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        escape(lang)
    ));
    out.push_str(&format!("  <title>{}</title>\n", escape(title)));
    if !description.is_empty() {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", escape(description)));
    }
    out.push_str(&format!("  <id>{}</id>\n", escape(base)));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(base)
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}atom.xml\"/>\n",
        escape(base)
    ));
    out.push_str(&format!("  <updated>{updated}T00:00:00Z</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(title)
    ));
    for e in entries {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", escape(&e.title)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&e.url)
        ));
        out.push_str(&format!("    <id>{}</id>\n", escape(&e.id)));
        out.push_str(&format!("    <updated>{}T00:00:00Z</updated>\n", e.date));
        if !e.summary.is_empty() {
            out.push_str(&format!("    <summary>{}</summary>\n", escape(&e.summary)));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out.into_bytes()
}

/// Each revision's part of its entry's id: `revision-DATE`, and `-2`, `-3` … for later ones of the same day, so
/// adding a correction never changes the id of an earlier one.
fn tags(revisions: &[crate::model::docmeta::Revision]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(revisions.len());
    for (i, r) in revisions.iter().enumerate() {
        let same = revisions[..i].iter().filter(|x| x.date == r.date).count();
        out.push(if same == 0 {
            format!("revision-{}", r.date)
        } else {
            format!("revision-{}-{}", r.date, same + 1)
        });
    }
    out
}

/// The corrections of the language's pages and datasets as entries, each with its own id (the page or dataset's
/// address, then `#revision-DATE`).
fn corrections(site: &Site, lang: &str, prefix: &str) -> Vec<Entry> {
    let root = &site.base.absolute;
    let label = t(lang, Phrase::FeedCorrection);
    let summary = |what: &str, why: &str| {
        if why.is_empty() {
            what.to_string()
        } else {
            msg!("reader-feed-correction-why", what = what, why = why).text(page_lang(lang))
        }
    };
    let mut out = Vec::new();
    for p in site.pages.iter().filter(|p| p.lang == lang) {
        let url = format!("{root}{}", encode_path(&p.path));
        for (r, tag) in p.revisions.iter().zip(tags(&p.revisions)) {
            out.push(Entry {
                title: format!("{label}{}", p.title),
                url: url.clone(),
                id: format!("{url}#{tag}"),
                date: r.date.clone(),
                summary: summary(&r.what, &r.why),
            });
        }
    }
    let default = lang == site.config.language;
    for d in &site.datasets {
        let d: &Dataset = if default {
            d
        } else {
            d.localized
                .iter()
                .find(|(c, _)| c == lang)
                .map_or(d, |(_, l)| l)
        };
        let page = format!("{root}{}", encode_path(&format!("{prefix}data/{}/", d.id)));
        for (r, tag) in d.about.revisions.iter().zip(tags(&d.about.revisions)) {
            out.push(Entry {
                title: format!("{label}{}", d.title),
                url: format!("{page}#{}", super::corrections::ANCHOR),
                id: format!("{page}#{tag}"),
                date: r.date.clone(),
                summary: summary(&r.what, &r.why),
            });
        }
    }
    out
}
