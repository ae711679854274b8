//! The outline of a long page: every `h2` and `h3` of a rendered body gets an `id`, so any part of a report can be
//! linked to, and the page's 本页目录 lists them. Done on the body's HTML after Markdown rendering, so it holds for
//! whatever made the headings; the body is the build's own markup, whose headings are plain `<h2>`/`<h3>` tags.

use std::collections::HashSet;

use serde::Serialize;

/// One heading of the page, for the contents list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// 2 or 3.
    pub level: u8,
    pub id: String,
    /// `#id`, percent-encoded like every fragment the build writes.
    pub href: String,
    /// The heading's text, still escaped as HTML (it is shown as it was written).
    pub text: String,
}

/// `html` with an `id` on each `h2`/`h3` that has none, and the headings in order. An id is made from the
/// heading's words, so a link survives edits elsewhere on the page; a repeated heading gets `-2`, `-3`.
pub fn outline(html: &str) -> (String, Vec<Heading>) {
    let mut next = NextHeading::new(html);
    if next.from(0).is_none() {
        return (html.to_string(), Vec::new());
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut headings = Vec::new();
    let taken = ids(html);
    let mut from = 0;
    while let Some((at, level)) = next.from(from) {
        out.push_str(&html[from..at]);
        let close = if level == 2 { "</h2>" } else { "</h3>" };
        let inner_at = at + "<h2>".len();
        let Some(end) = html[inner_at..].find(close) else {
            out.push_str(&html[at..]);
            from = html.len();
            break;
        };
        let inner = &html[inner_at..inner_at + end];
        let text = strip_tags(inner).trim().to_string();
        let id = unique(slug(&text, level), &taken, &headings);
        out.push_str(&format!("<h{level} id=\"{id}\">{inner}{close}"));
        let href = format!("#{}", crate::html::url::encode_fragment(&id));
        headings.push(Heading {
            level,
            id,
            href,
            text,
        });
        from = inner_at + end + close.len();
    }
    out.push_str(&html[from..]);
    (out, headings)
}

/// The page's contents: [`outline`]'s headings, and on a page with fewer than two of them its numbered tables and
/// charts (表1 …, 图1 …) among them in page order. A report part written without headings, or a privacy note
/// between two tables, is long because of its tables, and they are what a reader looks for; a list of one entry is
/// no way around a page, so the theme shows the list only from two entries on.
pub fn contents(html: &str) -> (String, Vec<Heading>) {
    let (out, headings) = outline(html);
    if headings.len() >= 2 {
        return (out, headings);
    }
    let mut entries: Vec<(usize, Heading)> = figures(&out)
        .into_iter()
        .chain(headings)
        .filter_map(|h| {
            let at = out.find(&format!(" id=\"{}\"", h.id))?;
            Some((at, h))
        })
        .collect();
    entries.sort_by_key(|(at, _)| *at);
    (out, entries.into_iter().map(|(_, h)| h).collect())
}

/// The numbered tables and charts of a rendered body: each caption holding a figure number, linked by its own id.
fn figures(html: &str) -> Vec<Heading> {
    const NUMBER: &str = "<span class=\"figure-number\">";
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(NUMBER).map(|i| from + i) {
        from = i + NUMBER.len();
        let before = &html[..i];
        let Some(open) = before.rfind('<') else {
            continue;
        };
        let tag = &before[open..];
        let close = if tag.starts_with("<caption ") {
            "</caption>"
        } else if tag.starts_with("<figcaption ") {
            "</figcaption>"
        } else {
            continue;
        };
        let Some(id) = tag
            .split_once(" id=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(id, _)| id.to_string())
        else {
            continue;
        };
        let Some(end) = html[i..].find(close) else {
            continue;
        };
        let text = strip_tags(&html[i..i + end])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        found.push(Heading {
            level: 2,
            href: format!("#{}", crate::html::url::encode_fragment(&id)),
            id,
            text,
        });
    }
    found
}

/// The `<h2>` and `<h3>` start tags without attributes of a page, in order: each kind is searched for again only
/// past the last one found, so the page is read twice in all rather than twice per heading.
struct NextHeading<'a> {
    html: &'a str,
    h2: Option<usize>,
    h3: Option<usize>,
}

impl<'a> NextHeading<'a> {
    fn new(html: &'a str) -> Self {
        NextHeading {
            html,
            h2: html.find("<h2>"),
            h3: html.find("<h3>"),
        }
    }

    /// The first heading at or after byte `from`, and its level.
    fn from(&mut self, from: usize) -> Option<(usize, u8)> {
        let html = self.html;
        let again = |at: Option<usize>, tag: &str| match at {
            Some(i) if i < from => html[from..].find(tag).map(|j| from + j),
            at => at,
        };
        self.h2 = again(self.h2, "<h2>");
        self.h3 = again(self.h3, "<h3>");
        match (self.h2, self.h3) {
            (Some(a), Some(b)) => Some(if a < b { (a, 2) } else { (b, 3) }),
            (Some(a), None) => Some((a, 2)),
            (None, Some(b)) => Some((b, 3)),
            (None, None) => None,
        }
    }
}

/// Every value the page's markup has after an `id="` (in any attribute whose name ends so), read once instead of
/// searching the page for each heading's id.
fn ids(html: &str) -> HashSet<&str> {
    let mut found = HashSet::new();
    let mut rest = html;
    while let Some(i) = rest.find("id=\"") {
        rest = &rest[i + 4..];
        let Some(end) = rest.find('"') else {
            break;
        };
        found.insert(&rest[..end]);
    }
    found
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Letters and digits of any script, words joined by `-`; character references and punctuation dropped. At most
/// 24 characters, so addresses stay short. A heading of punctuation only becomes `section-N`.
fn slug(text: &str, level: u8) -> String {
    let mut plain = String::new();
    let mut in_ref = false;
    for c in text.chars() {
        match c {
            '&' => in_ref = true,
            ';' if in_ref => in_ref = false,
            _ if in_ref => {}
            c if c.is_alphanumeric() => plain.extend(c.to_lowercase()),
            _ => {
                if !plain.is_empty() && !plain.ends_with('-') {
                    plain.push('-');
                }
            }
        }
    }
    let slug: String = plain.trim_matches('-').chars().take(24).collect();
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        format!("section-h{level}")
    } else {
        slug
    }
}

/// `id`, or `id-2`, `id-3`…: unused by the headings so far and by any `id` already in the page (`in_page`, from
/// [`ids`]; a slug holds no `"`, so it is in the page exactly when one of those values is it).
fn unique(id: String, in_page: &HashSet<&str>, taken: &[Heading]) -> String {
    let free = |c: &str| !taken.iter().any(|h| h.id == c) && !in_page.contains(c);
    if free(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| free(c))
        .unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_ids_and_are_listed() {
        let (html, list) = outline(
            "<p>a</p>\n<h2>一是困难群众<a href=\"x\">基本</a>生活</h2>\n<h3>Cost &amp; price</h3>\n<h2>一是困难群众基本生活</h2>",
        );
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].id, "一是困难群众基本生活");
        assert_eq!(list[0].text, "一是困难群众基本生活");
        assert_eq!(list[1].id, "cost-price");
        assert_eq!(list[1].text, "Cost &amp; price");
        assert_eq!(list[2].id, "一是困难群众基本生活-2");
        assert!(html.contains(
            "<h2 id=\"一是困难群众基本生活\">一是困难群众<a href=\"x\">基本</a>生活</h2>"
        ));
        assert!(html.starts_with("<p>a</p>\n"));
    }

    #[test]
    fn ids_already_on_the_page_are_not_reused() {
        let (html, list) = outline("<h2>Row</h2><tr id=\"row\"></tr><h2>“”</h2>");
        assert_eq!(list[0].id, "row-2");
        assert_eq!(list[1].id, "section-h2");
        assert!(html.contains("<h2 id=\"row-2\">Row</h2>"));
    }

    #[test]
    fn a_page_with_fewer_than_two_headings_lists_its_numbered_tables_and_charts() {
        let body = "<p>x</p>\n<div class=\"table-wrap\"><table><caption id=\"tn-a\"><span class=\"figure-number\">表1</span> 低保\n对象</caption></table></div>\n<h2>说明</h2>\n<figure id=\"chart-b\"><figcaption id=\"chart-b.caption\"><span class=\"figure-number\">图1</span> <span class=\"chart-title\">人数</span></figcaption><table><caption id=\"x\">图的数据</caption></table></figure>";
        let (html, list) = contents(body);
        let entries: Vec<(&str, &str)> = list
            .iter()
            .map(|h| (h.href.as_str(), h.text.as_str()))
            .collect();
        assert_eq!(
            entries,
            [
                ("#tn-a", "表1 低保 对象"),
                ("#%E8%AF%B4%E6%98%8E", "说明"),
                ("#chart-b.caption", "图1 人数")
            ]
        );
        assert!(html.contains("<h2 id=\"说明\">说明</h2>"));
        let (_, two) = contents(
            "<h2>一</h2><caption id=\"tn-a\"><span class=\"figure-number\">表1</span> A</caption><h2>二</h2>",
        );
        assert_eq!(two.len(), 2, "with two headings, the headings alone");
    }

    #[test]
    fn an_id_is_taken_only_where_its_attribute_value_ends() {
        let (_, list) = outline(
            "<h2>Row</h2><p data-id=\"row\">x</p><h3>Note</h3><p id=\"note-a\" title=\"id=\"note",
        );
        assert_eq!(
            list[0].id, "row-2",
            "any attribute ending in id= counts, as before"
        );
        assert_eq!(
            list[1].id, "note",
            "neither a longer id nor an unclosed value is the same id"
        );
    }

    #[test]
    fn an_unclosed_heading_is_left_as_it_is() {
        let (html, list) = outline("<h2>open");
        assert_eq!(html, "<h2>open");
        assert!(list.is_empty());
    }
}
