//! `sitemap.xml`: every published HTML page but the 404 page, in every language, with absolute URLs. A page that
//! exists in several languages lists all its versions as `xhtml:link` alternates, as search engines ask.

use crate::html::markup::escape;

/// One `<url>`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub url: String,
    /// Last modified, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// (language code, absolute URL) of every version, this one included; empty when there is only one.
    pub alternates: Vec<(String, String)>,
}

/// Writes `entries` in sorted order.
pub fn sitemap(mut entries: Vec<Entry>) -> Vec<u8> {
    entries.sort();
    let any_alternates = entries.iter().any(|e| !e.alternates.is_empty());
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
    );
    if any_alternates {
        out.push_str(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
    }
    out.push_str(">\n");
    for e in entries {
        out.push_str("  <url><loc>");
        out.push_str(&escape(&e.url));
        out.push_str("</loc>");
        if let Some(d) = e.date {
            out.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        for (lang, url) in &e.alternates {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(lang),
                escape(url)
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternates_are_listed_only_when_there_are_some() {
        let one = String::from_utf8(sitemap(vec![Entry {
            url: "https://a.cn/".into(),
            date: None,
            alternates: Vec::new(),
        }]))
        .unwrap();
        assert!(!one.contains("xhtml"));
        let alternates = vec![
            ("en".to_string(), "https://a.cn/en/".to_string()),
            ("zh-CN".to_string(), "https://a.cn/".to_string()),
        ];
        let two = String::from_utf8(sitemap(vec![Entry {
            url: "https://a.cn/en/".into(),
            date: None,
            alternates,
        }]))
        .unwrap();
        assert!(two.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
        assert!(
            two.contains(
                "<xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://a.cn/\"/>"
            )
        );
    }
}
