//! The link checker: every `href`, `src`, `srcset`, `poster`, `data`, `action`, meta-refresh URL and
//! CSS `url()` in the built site, resolved against the output folder.
//!
//! Rules (from the design's "Output" section):
//! - an internal link is an absolute path that starts with the path of base_url (or an absolute URL
//!   under base_url itself); it must name an existing file, or a folder with a trailing `/` that has an
//!   `index.html`; its fragment (percent-decoded or not) must be the `id` of an element in the target;
//! - a path starting with `/` without the base path, and any relative link in HTML, is broken (relative
//!   `url()` inside a CSS file is fine and resolved against the CSS file);
//! - `#fragment` on its own points into the same page and must match an `id` there;
//! - external links (http/https elsewhere) are listed, never fetched; `mailto:` and `tel:` are allowed;
//! - nothing the browser loads by itself (stylesheets, scripts, images, fonts, media, frames, preloads)
//!   may come from another host;
//! - when built with another `--base-url`, nothing may still point at site.yaml's base_url.

use super::html::{self, Tag};
use super::url::{self, AbsUrl};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A built site to check.
pub struct Site {
    pub out: PathBuf,
    pub base_url: String,
    /// `scheme://host[:port]` of base_url.
    pub origin: String,
    /// The path of base_url, starting and ending with `/`.
    pub base_path: String,
    /// Base URLs that must no longer appear (site.yaml's, when the build was given another one).
    pub stale_base_urls: Vec<String>,
    ids: RefCell<HashMap<String, HashSet<String>>>,
}

/// One broken reference.
#[derive(Debug, Clone)]
pub struct Broken {
    /// `page:line`.
    pub at: String,
    /// `<tag attr="url">`, or a description for problems that are not one reference.
    pub what: String,
    pub why: String,
}

/// What the checker found.
#[derive(Default, Debug)]
pub struct Report {
    /// Every broken reference, in page order.
    pub broken: Vec<Broken>,
    /// External URL -> pages that link to it.
    pub external: BTreeMap<String, BTreeSet<String>>,
    /// Number of pages (HTML and SVG files) scanned.
    pub pages: usize,
    /// Number of internal references that resolved.
    pub internal_ok: usize,
}

/// Where a reference sits, for messages.
struct At<'a> {
    page: &'a str,
    line: usize,
    tag: &'a str,
    attr: &'a str,
    /// Whether the browser fetches it without a click (stylesheet, script, image, font, ...).
    resource: bool,
    /// Whether relative references are allowed and resolved against `page` (CSS files).
    relative_ok: bool,
}

impl Report {
    /// The broken references as message lines, one per distinct `what: why`; a problem that repeats on
    /// many pages (a template's) is one line naming where it occurs.
    pub fn broken_lines(&self) -> Vec<String> {
        let mut groups: Vec<((&str, &str), Vec<&str>)> = Vec::new();
        for b in &self.broken {
            let key = (b.what.as_str(), b.why.as_str());
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, ats)) => ats.push(&b.at),
                None => groups.push((key, vec![&b.at])),
            }
        }
        groups
            .into_iter()
            .map(|((what, why), ats)| {
                if ats.len() == 1 {
                    format!("{}: {what}: {why}", ats[0])
                } else {
                    const SHOWN: usize = 6;
                    let more = if ats.len() > SHOWN {
                        format!(" and {} more", ats.len() - SHOWN)
                    } else {
                        String::new()
                    };
                    let shown: Vec<_> = ats.iter().take(SHOWN).copied().collect();
                    format!(
                        "{what}: {why}\n      at {} places: {}{more}",
                        ats.len(),
                        shown.join(", ")
                    )
                }
            })
            .collect()
    }
}

impl Site {
    pub fn new(out: &Path, base_url: &str) -> Site {
        let parsed = url::parse_absolute(base_url)
            .unwrap_or_else(|| panic!("base_url {base_url:?} is not an absolute http(s) URL"));
        let mut base_path = parsed.path.clone();
        if !base_path.ends_with('/') {
            base_path.push('/');
        }
        Site {
            out: out.to_path_buf(),
            base_url: base_url.to_string(),
            origin: parsed.origin,
            base_path,
            stale_base_urls: Vec::new(),
            ids: RefCell::new(HashMap::new()),
        }
    }

    /// Checks every HTML, SVG and CSS file in the output.
    pub fn check_all(&self) -> Report {
        let mut report = Report::default();
        for rel in super::files_under(&self.out) {
            let lower = rel.to_ascii_lowercase();
            if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".svg") {
                report.pages += 1;
                self.check_page(&rel, &mut report);
            } else if lower.ends_with(".css") {
                self.check_css_file(&rel, &mut report);
            }
        }
        report
    }

    /// Maps an absolute URL under base_url to the output file it names (`Err` says why it cannot).
    pub fn url_to_file(&self, absolute: &str) -> Result<String, String> {
        let u = url::parse_absolute(absolute).ok_or("not an absolute URL")?;
        if u.origin != self.origin || !u.path.starts_with(&self.base_path) {
            return Err(format!("not under base_url {}", self.base_url));
        }
        self.resolve_path(&u.path[self.base_path.len()..])
    }

    fn check_page(&self, page: &str, report: &mut Report) {
        let text = super::read_text(&self.out.join(page));
        let tags = html::scan(&text);
        self.ids
            .borrow_mut()
            .entry(page.to_string())
            .or_insert_with(|| html::ids(&tags));
        for tag in &tags {
            for (attr, value) in &tag.attrs {
                let mut at = At {
                    page,
                    line: tag.line,
                    tag: &tag.name,
                    attr,
                    resource: false,
                    relative_ok: false,
                };
                match attr.as_str() {
                    "href" | "xlink:href" => {
                        at.resource = href_is_resource(tag);
                        self.check_ref(value, &at, report);
                    }
                    "src" | "poster" => {
                        at.resource = true;
                        self.check_ref(value, &at, report);
                    }
                    "data" if tag.name == "object" => {
                        at.resource = true;
                        self.check_ref(value, &at, report);
                    }
                    "action" | "formaction" | "cite" => self.check_ref(value, &at, report),
                    "srcset" | "imagesrcset" => {
                        at.resource = true;
                        for candidate in value.split(',') {
                            if let Some(u) = candidate.split_whitespace().next() {
                                self.check_ref(u, &at, report);
                            }
                        }
                    }
                    "style" => {
                        at.resource = true;
                        for u in css_urls(value) {
                            self.check_ref(&u, &at, report);
                        }
                    }
                    "content"
                        if tag.name == "meta"
                            && tag
                                .attr("http-equiv")
                                .is_some_and(|h| h.eq_ignore_ascii_case("refresh")) =>
                    {
                        if let Some(i) = value.to_ascii_lowercase().find("url=") {
                            let u = value[i + 4..]
                                .trim()
                                .trim_matches(|c| c == '\'' || c == '"');
                            self.check_ref(u, &at, report);
                        }
                    }
                    _ => {}
                }
            }
            if let Some(css) = &tag.text {
                let at = At {
                    page,
                    line: tag.line,
                    tag: "style",
                    attr: "url()",
                    resource: true,
                    relative_ok: false,
                };
                for u in css_urls(css) {
                    self.check_ref(&u, &at, report);
                }
            }
            if tag.name == "base" {
                report.broken.push(Broken {
                    at: format!("{page}:{}", tag.line),
                    what: "<base>".into(),
                    why: "changes how every link resolves; links must be absolute paths instead"
                        .into(),
                });
            }
        }
    }

    fn check_css_file(&self, file: &str, report: &mut Report) {
        let text = super::read_text(&self.out.join(file));
        for u in css_urls(&text) {
            // Line numbers: the first occurrence is good enough for a message.
            let line = text
                .find(u.as_str())
                .map_or(0, |p| text[..p].matches('\n').count() + 1);
            let at = At {
                page: file,
                line,
                tag: "css",
                attr: "url()",
                resource: true,
                relative_ok: true,
            };
            self.check_ref(&u, &at, report);
        }
    }

    fn check_ref(&self, raw: &str, at: &At, report: &mut Report) {
        let value = raw.trim_matches(|c: char| c.is_ascii_whitespace());
        let mut broken = |why: String| {
            report.broken.push(Broken {
                at: format!("{}:{}", at.page, at.line),
                what: format!("<{} {}=\"{}\">", at.tag, at.attr, raw),
                why,
            });
        };
        if value.is_empty() {
            broken("empty URL (it points at the page itself)".into());
            return;
        }
        if let Some(stale) = self
            .stale_base_urls
            .iter()
            .find(|s| value.starts_with(s.as_str()))
        {
            broken(format!(
                "still names site.yaml's base_url {stale} although the site was built with --base-url {}",
                self.base_url
            ));
            return;
        }
        if let Some(fragment) = value.strip_prefix('#') {
            if at.tag == "css" {
                return; // url(#id) in CSS names an SVG element, not a link
            }
            if let Err(why) = self.check_fragment(at.page, fragment) {
                broken(why);
            } else {
                report.internal_ok += 1;
            }
            return;
        }
        let scheme = url::scheme(value);
        if value.starts_with("//") || matches!(scheme.as_deref(), Some("http" | "https")) {
            let Some(u) = url::parse_absolute(value) else {
                broken("malformed absolute URL".into());
                return;
            };
            if u.origin == self.origin && u.path.starts_with(&self.base_path) {
                self.check_internal(&u, at, report);
            } else if at.resource {
                broken(format!(
                    "loads a resource from another host ({}); the site must not fetch anything from the web",
                    u.origin
                ));
            } else {
                report
                    .external
                    .entry(value.to_string())
                    .or_default()
                    .insert(at.page.to_string());
            }
            return;
        }
        match scheme.as_deref() {
            Some("mailto" | "tel") if !at.resource => {
                report
                    .external
                    .entry(value.to_string())
                    .or_default()
                    .insert(at.page.to_string());
                return;
            }
            Some("data") if at.resource => return,
            Some(s) => {
                broken(format!("`{s}:` URLs are not allowed here"));
                return;
            }
            None => {}
        }
        if value.starts_with('/') {
            if !value.starts_with(&self.base_path) {
                let trimmed = self.base_path.trim_end_matches('/');
                if !trimmed.is_empty()
                    && (value == trimmed || value.starts_with(&format!("{trimmed}?")))
                {
                    broken(format!(
                        "points at the site folder without its trailing slash (use {})",
                        self.base_path
                    ));
                } else {
                    broken(format!(
                        "absolute path without the base path {} (the site is served under {})",
                        self.base_path, self.base_url
                    ));
                }
                return;
            }
            let (before, fragment) = url::split_fragment(value);
            let u = AbsUrl {
                origin: self.origin.clone(),
                path: url::strip_query(before).to_string(),
                fragment: fragment.map(str::to_string),
            };
            self.check_internal(&u, at, report);
            return;
        }
        if !at.relative_ok {
            broken(format!(
                "relative link; internal links must be absolute paths starting with {}",
                self.base_path
            ));
            return;
        }
        // A relative url() in a CSS file: resolve against the CSS file's folder.
        let (before, fragment) = url::split_fragment(value);
        let dir = match at.page.rfind('/') {
            Some(i) => &at.page[..=i],
            None => "",
        };
        let joined = format!("{}{}{}", self.base_path, dir, url::strip_query(before));
        let u = AbsUrl {
            origin: self.origin.clone(),
            path: joined,
            fragment: fragment.map(str::to_string),
        };
        self.check_internal(&u, at, report);
    }

    /// `u.path` starts with the base path.
    fn check_internal(&self, u: &AbsUrl, at: &At, report: &mut Report) {
        let result = self
            .resolve_path(&u.path[self.base_path.len()..])
            .and_then(|file| match &u.fragment {
                Some(f) if at.tag != "css" => self.check_fragment(&file, f),
                _ => Ok(()),
            });
        match result {
            Ok(()) => report.internal_ok += 1,
            Err(why) => report.broken.push(Broken {
                at: format!("{}:{}", at.page, at.line),
                what: format!(
                    "<{} {}=\"{}{}\">",
                    at.tag,
                    at.attr,
                    u.path,
                    u.fragment
                        .as_deref()
                        .map(|f| format!("#{f}"))
                        .unwrap_or_default()
                ),
                why,
            }),
        }
    }

    /// Resolves a path below the base path (still percent-encoded, no query or fragment) to an
    /// output file, relative to the output folder.
    pub fn resolve_path(&self, below_base: &str) -> Result<String, String> {
        let decoded = url::percent_decode(below_base)
            .ok_or_else(|| "bad percent-encoding in the path".to_string())?;
        let mut parts: Vec<&str> = Vec::new();
        for seg in decoded.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return Err("`..` climbs above the site root".into());
                    }
                }
                s => parts.push(s),
            }
        }
        let mut rel = parts.join("/");
        let wants_folder = decoded.is_empty() || decoded.ends_with('/');
        if wants_folder {
            if !rel.is_empty() {
                rel.push('/');
            }
            rel.push_str("index.html");
            if self.out.join(&rel).is_file() {
                Ok(rel)
            } else {
                Err(format!("no such page: {rel} does not exist"))
            }
        } else {
            let path = self.out.join(&rel);
            if path.is_file() {
                Ok(rel)
            } else if path.join("index.html").is_file() {
                Err(format!(
                    "points at the folder {rel} without a trailing slash (use {}{rel}/)",
                    self.base_path
                ))
            } else {
                Err(format!("no such file: {rel} does not exist"))
            }
        }
    }

    /// The fragment (raw or percent-decoded) must be an `id` in `file` (an HTML or SVG file).
    fn check_fragment(&self, file: &str, fragment: &str) -> Result<(), String> {
        if fragment.is_empty() {
            return Err("empty fragment `#` (a placeholder link?)".into());
        }
        let lower = file.to_ascii_lowercase();
        if !(lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".svg")) {
            return Err(format!(
                "fragment #{fragment} on {file}, which is not a page"
            ));
        }
        let mut cache = self.ids.borrow_mut();
        let ids = cache.entry(file.to_string()).or_insert_with(|| {
            let text = super::read_text(&self.out.join(file));
            html::ids(&html::scan(&text))
        });
        let decoded = url::percent_decode(fragment);
        if ids.contains(fragment)
            || decoded.as_ref().is_some_and(|d| ids.contains(d))
            || fragment.eq_ignore_ascii_case("top")
        {
            Ok(())
        } else {
            Err(format!(
                "no element with id=\"{}\" in {file}",
                decoded.as_deref().unwrap_or(fragment)
            ))
        }
    }
}

/// Whether an `href` on this element is fetched by the browser on its own.
fn href_is_resource(tag: &Tag) -> bool {
    match tag.name.as_str() {
        "link" => {
            let rel = tag.attr("rel").unwrap_or("").to_ascii_lowercase();
            rel.split_ascii_whitespace().any(|r| {
                matches!(
                    r,
                    "stylesheet"
                        | "icon"
                        | "apple-touch-icon"
                        | "mask-icon"
                        | "manifest"
                        | "preload"
                        | "prefetch"
                        | "modulepreload"
                        | "preconnect"
                        | "dns-prefetch"
                        | "prerender"
                )
            })
        }
        // SVG: <image href>, <use href>, <feImage href>, <script href>.
        "image" | "use" | "feimage" | "script" => true,
        _ => false,
    }
}

/// URLs in CSS text: `url(...)` and `@import "..."`, comments removed.
pub fn css_urls(css: &str) -> Vec<String> {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        text.push_str(&rest[..i]);
        rest = match rest[i + 2..].find("*/") {
            Some(e) => &rest[i + 2 + e + 2..],
            None => "",
        };
    }
    text.push_str(rest);
    let mut urls = Vec::new();
    let lower = text.to_ascii_lowercase();
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("url(") {
        let start = pos + i + 4;
        let end = text[start..].find(')').map_or(text.len(), |e| start + e);
        let u = text[start..end]
            .trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .trim();
        urls.push(u.to_string());
        pos = end;
    }
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("@import") {
        let start = pos + i + 7;
        let after = text[start..].trim_start();
        if let Some(q @ ('"' | '\'')) = after.chars().next()
            && let Some(e) = after[1..].find(q)
        {
            urls.push(after[1..1 + e].to_string());
        }
        pos = start;
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_css_urls() {
        let css = "/* url(/no.png) */ @import 'a.css'; @import url(\"b.css\");\n.x{background:URL( '../img/x.png' )} .y{mask:url(#m)}";
        assert_eq!(css_urls(css), ["b.css", "../img/x.png", "#m", "a.css"]);
    }
}
