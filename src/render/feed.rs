//! `atom.xml`: the dated pages, newest first. Dates come from the pages, never from the clock, so identical input
//! gives an identical feed.

use crate::html::markup::escape;
use crate::html::url::encode_path;
use crate::model::{PageKind, Site};

/// The feed of one language (`lang`), whose pages live under `prefix` (empty for the default language).
pub fn atom(site: &Site, lang: &str, prefix: &str) -> Vec<u8> {
    let mut pages: Vec<_> = site
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::Page && p.date.is_some() && p.lang == lang)
        .collect();
    pages.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    let root = &site.base.absolute;
    let home = format!("{root}{}", encode_path(prefix));
    let base = &home;
    let (title, description) = match site.config.languages.get(lang) {
        Some(l) => (&l.title, &l.description),
        None => (&site.config.title, &site.config.description),
    };
    let updated = pages
        .first()
        .and_then(|p| p.date.clone())
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
    for p in pages {
        let url = format!("{root}{}", encode_path(&p.path));
        let date = p.date.as_deref().unwrap_or("2000-01-01");
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <title>{}</title>\n", escape(&p.title)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&url)
        ));
        out.push_str(&format!("    <id>{}</id>\n", escape(&url)));
        out.push_str(&format!("    <updated>{date}T00:00:00Z</updated>\n"));
        if !p.description.is_empty() {
            out.push_str(&format!(
                "    <summary>{}</summary>\n",
                escape(&p.description)
            ));
        }
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out.into_bytes()
}
