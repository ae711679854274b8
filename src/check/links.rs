//! Links inside the site that lead nowhere: every `href` and `src` of every rendered page that points into the site
//! must name a file the build writes, and its `#fragment` an `id` on that page.

use std::collections::{BTreeMap, BTreeSet};

use percent_encoding::percent_decode_str;

use crate::diagnostics::Diagnostic;
use crate::html::links::{anchors, links};
use crate::messages::Message;
use crate::messages::msg;
use crate::model::{Segment, Site};
use crate::render::Output;

pub fn check(site: &Site, output: &Output) -> Vec<Diagnostic> {
    let base = site.base.path.as_str();
    let files: BTreeMap<&str, &[u8]> = output
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    let mut ids_cache: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut out = Vec::new();
    for f in output.files.iter().filter(|f| f.path.ends_with(".html")) {
        let html = String::from_utf8_lossy(&f.bytes);
        let mut reported = BTreeSet::new();
        for link in links(&html) {
            let target = link.target;
            if runs_script(&target) {
                if reported.insert(String::from("javascript:")) {
                    out.push(
                        Diagnostic::warning(&f.source, 0, 0, msg!("link-script", page = &f.path))
                            .without_source(),
                    );
                }
                continue;
            }
            let Some(problem) = broken(&target, base, &f.path, &files, &mut ids_cache) else {
                continue;
            };
            if !reported.insert(target.clone()) {
                continue;
            }
            let line = source_line(site, &f.source, &target);
            out.push(Diagnostic::warning(&f.source, line, 0, problem));
        }
    }
    out
}

/// A `javascript:` (or `vbscript:`) address, as a browser reads it: tabs and line breaks anywhere and spaces or
/// control characters at the start are ignored, and the scheme is case-insensitive.
fn runs_script(target: &str) -> bool {
    let cleaned: String = target
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .trim_start_matches(|c: char| c <= ' ')
        .to_ascii_lowercase();
    cleaned.starts_with("javascript:") || cleaned.starts_with("vbscript:")
}

fn broken(
    target: &str,
    base: &str,
    page: &str,
    files: &BTreeMap<&str, &[u8]>,
    ids: &mut BTreeMap<String, BTreeSet<String>>,
) -> Option<Message> {
    if target.starts_with("//")
        || target.contains("://")
        || target.starts_with("mailto:")
        || target.starts_with("tel:")
        || target.starts_with("data:")
    {
        return None;
    }
    let (path, fragment) = match target.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (target, None),
    };
    let path = path.split('?').next().unwrap_or("");
    let file = if path.is_empty() {
        page.to_string()
    } else if let Some(inside) = path.strip_prefix(base) {
        let decoded = decode(inside);
        if decoded.is_empty() || decoded.ends_with('/') {
            format!("{decoded}index.html")
        } else {
            decoded
        }
    } else if path.starts_with('/') {
        return Some(msg!("link-outside", target = shown(target)));
    } else {
        return Some(msg!("link-relative", target = shown(target)));
    };
    let Some(bytes) = files.get(file.as_str()) else {
        return Some(msg!("link-missing", target = shown(target)));
    };
    if let Some(frag) = fragment.filter(|f| !f.is_empty()) {
        let set = ids
            .entry(file.clone())
            .or_insert_with(|| anchors(&String::from_utf8_lossy(bytes)));
        if !set.contains(&decode(frag)) {
            return Some(msg!("link-anchor", target = shown(target)));
        }
    }
    None
}

fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// A link as the editor wrote it: the page's address has `%27` for `'` and `%E5%85%B3` for 关, which the editor
/// never typed. Kept escaped when decoding would give a control character or something that is not UTF-8.
fn shown(target: &str) -> String {
    match percent_decode_str(target).decode_utf8() {
        Ok(d) if !d.chars().any(char::is_control) => d.into_owned(),
        _ => target.to_string(),
    }
}

/// The line of the page's Markdown that holds the link, found by the link's last path segment or anchor.
fn source_line(site: &Site, source: &std::path::Path, target: &str) -> usize {
    let Some(page) = site.pages.iter().find(|p| p.rel == source) else {
        return 0;
    };
    let needle = decode(
        target
            .trim_end_matches('/')
            .rsplit(['/', '#'])
            .next()
            .unwrap_or(""),
    );
    if needle.is_empty() {
        return 0;
    }
    for seg in &page.segments {
        if let Segment::Markdown { text, line } = seg
            && let Some(at) = text.find(needle.as_str())
        {
            return line + text[..at].matches('\n').count();
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_links_are_found_however_written() {
        for t in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "vbscript:x",
        ] {
            assert!(runs_script(t), "{t}");
        }
        for t in ["/mzj/a/", "https://a.cn/javascript:", "#javascript"] {
            assert!(!runs_script(t), "{t}");
        }
    }

    #[test]
    fn finds_missing_pages_and_anchors() {
        let page = b"<a href=\"/mzj/a/\">x</a> <a href=\"/mzj/b/\">y</a> <a href=\"/mzj/a/#row-%E5%9F%8E\">z</a> <a href=\"/mzj/a/#nope\">w</a>".as_slice();
        let a = "<tr id=\"row-城\">".as_bytes();
        let files: BTreeMap<&str, &[u8]> = [("index.html", page), ("a/index.html", a)]
            .into_iter()
            .collect();
        let mut ids = BTreeMap::new();
        let html = String::from_utf8_lossy(page);
        let problems: Vec<_> = links(&html)
            .iter()
            .filter_map(|l| {
                broken(&l.target, "/mzj/", "index.html", &files, &mut ids)
                    .map(|p| (l.target.clone(), p))
            })
            .collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].0.contains("/mzj/b/"));
        assert!(problems[1].0.contains("nope"));
    }

    #[test]
    fn a_link_is_named_as_the_editor_wrote_it() {
        assert_eq!(shown("/mzj/it%27s-gone/"), "/mzj/it's-gone/");
        assert_eq!(shown("/mzj/%E5%85%B3%E4%BA%8E/"), "/mzj/关于/");
        assert_eq!(shown("/mzj/a%0Ab/"), "/mzj/a%0Ab/");
        assert_eq!(shown("/mzj/%FF/"), "/mzj/%FF/");
    }
}
