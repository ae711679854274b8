//! `sitemap.xml`: every published HTML page but the 404 page, with absolute URLs.

use super::html::escape;

/// `entries` are (absolute URL, optional last-modified date); they are written in sorted order.
pub fn sitemap(mut entries: Vec<(String, Option<String>)>) -> Vec<u8> {
    entries.sort();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (url, date) in entries {
        out.push_str("  <url><loc>");
        out.push_str(&escape(&url));
        out.push_str("</loc>");
        if let Some(d) = date {
            out.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}
