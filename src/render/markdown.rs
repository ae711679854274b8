//! Page bodies to HTML. Shortcodes were parsed and checked in `validate`; here they become HTML that pulldown-cmark
//! passes through (inline for figures, a block for tables).

use std::collections::BTreeMap;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

use super::change;
use super::figure_link::{Quoted, between_figures, figure_link};
use super::placeholder::{CLOSE, OPEN, Trusted, push_placeholder, read_placeholder};
use super::refs::{self, Counter};
use super::rows;
use super::{body_text, plain};
use crate::charts::embed;
use crate::diagnostics::Diagnostic;
use crate::format::table::{Placement, table};
use crate::html::markup::tag_end;
use crate::html::url::encode_path;
use crate::messages::msg;
use crate::model::{FigureKind, Segment, Shortcode, Site};
use crate::validate::raw_html::{MAX_DEPTH, TooDeep, check_depth, sanitise, sanitise_once};

/// Where a page sits, for resolving the relative links its body contains.
pub struct LinkBase<'a> {
    /// The site's base path, e.g. `/mzj/`.
    pub base_path: &'a str,
    /// The page's output path below the base, e.g. `report/assistance/`.
    pub page_path: &'a str,
    /// The page's folders below `content/`.
    pub source_dirs: &'a [String],
    /// The site's languages other than the default: `other.en.md` is the page at `en/…/other/`.
    pub languages: &'a [String],
    /// The page's source file, for messages.
    pub file: &'a std::path::Path,
}

/// A page body as its page publishes it: the HTML, and what a reader sees of it (for the search index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Body {
    pub html: String,
    /// The visible text, headings included, white space runs made one space.
    pub text: String,
    pub headings: Vec<String>,
}

/// Renders one body of the page `links.file`. The editor's Markdown and raw HTML are sanitised (see [`sanitise`]); the
/// shortcodes' HTML is Sunlight's own and must reach the page as it is, so each stands in the Markdown as a
/// placeholder while the body is rendered and cleaned, and replaces it afterwards. A body that grows past
/// `limits.output_mb` as its shortcodes are filled in (a large table repeated thousands of times) is refused before
/// it exhausts memory.
pub fn render(
    site: &Site,
    segments: &[Segment],
    lang: &str,
    links: &LinkBase,
    quoted: &Quoted,
) -> Result<Body, Diagnostic> {
    let (source, trusted) = prepare(site, segments, lang, links, quoted)?;
    let too_deep =
        |TooDeep| Diagnostic::error(links.file, 0, 0, msg!("render-too-deep", limit = MAX_DEPTH));
    let events = events(&source, Some(links));
    // A body without the editor's raw HTML is written and read from its events; one with it is sanitised and its
    // text read back from the cleaned HTML, the only reading that sees what the sanitiser made of that markup.
    let (html, text) = match plain::filtered(&events) {
        Some(clean) => {
            let html = write(clean).map_err(too_deep)?;
            (restore(&html, &trusted), body_text::read(&events, &trusted))
        }
        None => {
            let html = restore(&sanitised(events).map_err(too_deep)?, &trusted);
            let text = crate::html::text::text(&html);
            (html, text)
        }
    };
    Ok(Body {
        html,
        text: text.body,
        headings: text.headings,
    })
}

/// The body's Markdown with a placeholder for each shortcode, and the shortcodes' HTML.
fn prepare(
    site: &Site,
    segments: &[Segment],
    lang: &str,
    links: &LinkBase,
    quoted: &Quoted,
) -> Result<(String, Vec<Trusted>), Diagnostic> {
    let limits = &site.config.limits;
    let mut source = String::new();
    let mut trusted: Vec<Trusted> = Vec::new();
    let mut trusted_len = 0u64;
    let mut charts_shown = BTreeMap::new();
    let mut numbers = Counter::default();
    let mut after_figure = false;
    for seg in segments {
        let is_figure = matches!(seg, Segment::Shortcode(Shortcode::Value { .. }));
        if is_figure && after_figure {
            source.push_str(between_figures(lang));
        }
        after_figure = is_figure;
        match seg {
            Segment::Markdown { text, .. } if text.contains([OPEN, CLOSE]) => {
                source.push_str(&text.replace([OPEN, CLOSE], "\u{FFFD}"))
            }
            Segment::Markdown { text, .. } => source.push_str(text),
            Segment::Shortcode(s) => {
                let block = matches!(s, Shortcode::Table { .. } | Shortcode::Chart { .. });
                if block {
                    source.push_str("\n\n");
                }
                push_placeholder(&mut source, trusted.len());
                if block {
                    source.push_str("\n\n");
                }
                let shown = Shown {
                    charts: &mut charts_shown,
                    numbers: &mut numbers,
                    n: trusted.len(),
                };
                let (html, text) = shortcode(site, s, lang, shown, quoted)?;
                trusted_len += html.len() as u64;
                trusted.push(Trusted { html, block, text });
            }
        }
        if source.len() as u64 + trusted_len > limits.output_bytes() {
            return Err(Diagnostic::error(
                links.file,
                0,
                0,
                msg!("render-page-too-large", limit = limits.output_mb),
            ));
        }
    }
    Ok((source, trusted))
}

#[cfg(test)]
fn placeholder(n: usize) -> String {
    let mut s = String::new();
    push_placeholder(&mut s, n);
    s
}

/// The sanitised body with each placeholder replaced by its shortcode's HTML: a block (table, chart) alone in its
/// paragraph replaces the paragraph. A placeholder inside a tag (an editor wrote a shortcode in an attribute)
/// is dropped, since HTML cannot stand there.
fn restore(html: &str, trusted: &[Trusted]) -> String {
    if !html.contains([OPEN, CLOSE]) {
        return html.to_string();
    }
    let mut out =
        String::with_capacity(html.len() + trusted.iter().map(|t| t.html.len()).sum::<usize>());
    let mut rest = html;
    while let Some(i) = rest.find(['<', OPEN]) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix("<p>")
            && let Some((n, len)) = read_placeholder(after)
            && trusted.get(n).is_some_and(|t| t.block)
            && let Some(tail) = after[len..].strip_prefix("</p>")
        {
            out.push_str(&trusted[n].html);
            rest = tail.strip_prefix('\n').unwrap_or(tail);
        } else if rest.starts_with('<') {
            let end = tag_end(rest).map_or(rest.len(), |e| e + 1);
            let tag = &rest[..end];
            if tag.contains([OPEN, CLOSE]) {
                out.push_str(&without_placeholders(tag));
            } else {
                out.push_str(tag);
            }
            rest = &rest[end..];
        } else if let Some((n, len)) = read_placeholder(rest)
            && let Some(t) = trusted.get(n)
        {
            out.push_str(t.html.trim_end());
            rest = &rest[len..];
        } else {
            let skip = read_placeholder(rest).map_or(OPEN.len_utf8(), |(_, len)| len);
            rest = &rest[skip..];
        }
    }
    out.push_str(rest);
    out
}

fn without_placeholders(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    let mut rest = tag;
    while let Some(i) = rest.find(OPEN) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let skip = read_placeholder(rest).map_or(OPEN.len_utf8(), |(_, len)| len);
        rest = &rest[skip..];
    }
    out.push_str(rest);
    out.retain(|c| c != CLOSE);
    out
}

/// What the page has shown before a shortcode: `charts` counts each chart already on the page (the same chart
/// shown again gets another set of ids, `chart-ID.2`, so no id is repeated; chart ids cannot contain a dot, so
/// neither these nor the ids inside a figure, `chart-ID.title`, can equal another chart's), `numbers` the charts and
/// tables numbered so far (图1, 表1), and `n`, the shortcode's place on the page, keeps a figure's note id unique.
struct Shown<'a> {
    charts: &'a mut BTreeMap<usize, usize>,
    numbers: &'a mut Counter,
    n: usize,
}

/// One shortcode's HTML.
fn shortcode(
    site: &Site,
    s: &Shortcode,
    lang: &str,
    shown: Shown,
    quoted: &Quoted,
) -> Result<(String, Option<String>), Diagnostic> {
    let base = &site.base.path;
    let html = match *s {
        Shortcode::Value {
            dataset,
            row,
            column,
            unit,
            ref change,
        } => {
            if let Some(missing) = rows::missing(site, dataset, row, column, lang) {
                return Ok((missing, None));
            }
            let about = quoted.get(&site.datasets, dataset, lang, base);
            let mut f = figure_link(
                &site.datasets[dataset],
                &about,
                row,
                column,
                unit,
                lang,
                shown.n,
            );
            if let Some(c) = change {
                let text = change::describe(&site.datasets, (dataset, row, column), c, lang);
                f.html.push_str(&change::after_figure(&text, lang));
                f.text = None;
            }
            return Ok((f.html, f.text));
        }
        Shortcode::Table { dataset } => {
            let number = shown.numbers.next(FigureKind::Table);
            let d = &site.datasets[dataset];
            refs::numbered(
                &table(d, lang, base, Placement::Narrative),
                &format!(
                    "<caption id=\"{}\">",
                    refs::anchor(FigureKind::Table, &d.id)
                ),
                FigureKind::Table,
                number,
                lang,
            )
        }
        Shortcode::Chart { chart } => {
            let number = shown.numbers.next(FigureKind::Chart);
            let seen = shown.charts.entry(chart).or_insert(0);
            *seen += 1;
            let id = match *seen {
                1 => refs::anchor(FigureKind::Chart, &site.charts[chart].id),
                n => format!("chart-{}.{n}", site.charts[chart].id),
            };
            refs::numbered(
                &embed::figure(site, chart, lang, &id)?,
                &format!("<figcaption id=\"{id}.caption\">"),
                FigureKind::Chart,
                number,
                lang,
            )
        }
        Shortcode::Ref {
            kind,
            number,
            ref anchor,
        } => refs::link(kind, number, anchor, lang),
        Shortcode::RowText { dataset, row, part } => rows::text(site, dataset, row, part, lang),
    };
    Ok((html, None))
}

/// CommonMark with tables, footnotes and strikethrough, sanitised (by the events where the body holds no raw HTML,
/// see [`plain`]).
pub fn to_html(source: &str, links: Option<&LinkBase>) -> Result<String, TooDeep> {
    let events = events(source, links);
    match plain::filtered(&events) {
        Some(clean) => write(clean),
        None => sanitised(events),
    }
}

/// The body's events, internal links resolved. A line break inside a Chinese paragraph is dropped rather than
/// turned into a space, which browsers would show between two ideographs.
fn events<'a>(source: &'a str, links: Option<&LinkBase>) -> Vec<Event<'a>> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut events: Vec<Event> = Parser::new_ext(source, opts)
        .map(|e| match (e, links) {
            (
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }),
                Some(l),
            ) => Event::Start(Tag::Link {
                link_type,
                dest_url: resolve(&dest_url, l).map_or(dest_url, CowStr::from),
                title,
                id,
            }),
            (
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }),
                Some(l),
            ) => Event::Start(Tag::Image {
                link_type,
                dest_url: resolve(&dest_url, l).map_or(dest_url, CowStr::from),
                title,
                id,
            }),
            (e, _) => e,
        })
        .collect();
    let between_ideographs: Vec<bool> = (0..events.len())
        .map(|i| {
            matches!(events[i], Event::SoftBreak)
                && i.checked_sub(1)
                    .and_then(|j| last_char(&events[j]))
                    .is_some_and(is_cjk)
                && events.get(i + 1).and_then(first_char).is_some_and(is_cjk)
        })
        .collect();
    if between_ideographs.contains(&true) {
        let mut i = 0;
        events.retain(|_| {
            i += 1;
            !between_ideographs[i - 1]
        });
    }
    events
}

/// HTML written straight from events [`plain::filtered`] let through: nothing in it to clean, only its depth to check.
fn write(events: Vec<Event>) -> Result<String, TooDeep> {
    let mut out = String::with_capacity(events.len() * 16);
    html::push_html(&mut out, events.into_iter());
    let out = aligned(out);
    check_depth(&out)?;
    Ok(out)
}

/// The HTML of `events` cleaned by the sanitiser. Only the editor's raw HTML can be mis-nested; a body without any
/// is cleaned once.
fn sanitised(events: Vec<Event>) -> Result<String, TooDeep> {
    let raw = events
        .iter()
        .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let mut out = String::with_capacity(events.len() * 16);
    html::push_html(&mut out, events.into_iter());
    if raw {
        sanitise(&aligned(out))
    } else {
        sanitise_once(&aligned(out))
    }
}

/// Markdown table columns are aligned with a class, not the `style` attribute pulldown-cmark writes: the
/// Content-Security-Policy refuses inline styles.
fn aligned(html: String) -> String {
    if !html.contains(" style=\"text-align: ") {
        return html;
    }
    ["left", "center", "right"].iter().fold(html, |h, side| {
        h.replace(
            &format!(" style=\"text-align: {side}\">"),
            &format!(" class=\"align-{side}\">"),
        )
    })
}

/// Internal links as a reader's browser would resolve them, carrying the base path so the site works under a
/// sub-path: `/x/` is the site root's `x/`; `../data/` is relative to the page's address; `other.md` or
/// `../report/_index.md` name a source file and become that page's address. External links are left alone.
fn resolve(dest: &str, l: &LinkBase) -> Option<String> {
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with("//") || has_scheme(dest) {
        return None;
    }
    let (path, suffix) = match dest.find(['#', '?']) {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    if let Some(rooted) = path.strip_prefix('/') {
        return Some(format!("{}{rooted}{suffix}", l.base_path));
    }
    if let Some(md) = path.strip_suffix(".md") {
        let mut parts: Vec<String> = l.source_dirs.to_vec();
        let mut resolved = walk(&mut parts, md)?;
        let mut folder = String::new();
        if let Some((stem, code)) = resolved.rsplit_once('.')
            && l.languages.iter().any(|c| c == code)
        {
            folder = format!("{code}/");
            resolved = stem.to_string();
        }
        let out = match resolved.as_str() {
            "_index" => format!("{folder}{}", join_dir(&parts)),
            _ => format!("{folder}{}{resolved}/", join_dir(&parts)),
        };
        return Some(format!("{}{}{suffix}", l.base_path, encode_path(&out)));
    }
    let mut parts: Vec<String> = l
        .page_path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    let trailing = path.ends_with('/') || path.is_empty();
    let last = walk(&mut parts, path.trim_end_matches('/'))?;
    let out = if last.is_empty() {
        join_dir(&parts)
    } else {
        format!(
            "{}{last}{}",
            join_dir(&parts),
            if trailing { "/" } else { "" }
        )
    };
    Some(format!("{}{out}{suffix}", l.base_path))
}

/// Applies `rel` (segments with `.` and `..`) to the folder `parts`; returns the last segment, or none when `..`
/// climbs above the site root.
fn walk(parts: &mut Vec<String>, rel: &str) -> Option<String> {
    let segs: Vec<&str> = rel.split('/').collect();
    let (last, dirs) = segs.split_last()?;
    for s in dirs {
        match *s {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s.to_string()),
        }
    }
    match *last {
        "." => Some(String::new()),
        ".." => {
            parts.pop()?;
            Some(String::new())
        }
        s => Some(s.to_string()),
    }
}

fn join_dir(parts: &[String]) -> String {
    parts.iter().map(|p| format!("{p}/")).collect()
}

fn has_scheme(dest: &str) -> bool {
    dest.find(':').is_some_and(|i| {
        dest[..i]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && i > 0
    })
}

fn last_char(e: &Event) -> Option<char> {
    match e {
        Event::Text(t) | Event::Code(t) => t.chars().last(),
        _ => None,
    }
}

fn first_char(e: &Event) -> Option<char> {
    match e {
        Event::Text(t) | Event::Code(t) => t.chars().next(),
        _ => None,
    }
}

/// Ideographs and CJK punctuation, between which no space belongs.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod equivalence;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_line_breaks_do_not_become_spaces() {
        assert_eq!(to_html("民政\n工作", None).unwrap(), "<p>民政工作</p>\n");
        assert_eq!(
            to_html("civil\naffairs", None).unwrap(),
            "<p>civil\naffairs</p>\n"
        );
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let h = to_html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ y[^1]\n\n[^1]: note\n",
            None,
        )
        .unwrap();
        assert!(h.contains("<table>"));
        assert!(h.contains("<del>x</del>"));
        assert!(h.contains("footnote-definition"));
    }

    #[test]
    fn placeholders_become_the_shortcodes_html_in_text_only() {
        let trusted = [
            Trusted {
                html: "<a class=\"figure\">1</a>".into(),
                block: false,
                text: None,
            },
            Trusted {
                html: "<figure><svg></svg></figure>\n".into(),
                block: true,
                text: None,
            },
        ];
        let (v, b) = (placeholder(0), placeholder(1));
        assert_eq!(
            restore(&format!("<p>{v}</p>\n"), &trusted),
            "<p><a class=\"figure\">1</a></p>\n"
        );
        assert_eq!(
            restore(&format!("<p>{b}</p>\n<p>x</p>"), &trusted),
            "<figure><svg></svg></figure>\n<p>x</p>"
        );
        assert_eq!(
            restore(&format!("<li>{b}</li>"), &trusted),
            "<li><figure><svg></svg></figure></li>"
        );
        assert_eq!(
            restore(&format!("<abbr title=\"{v}\">x</abbr>"), &trusted),
            "<abbr title=\"\">x</abbr>"
        );
        assert_eq!(restore(&format!("{OPEN}9{CLOSE} {OPEN}"), &trusted), " ");
    }

    #[test]
    fn editors_cannot_write_placeholders() {
        let html = to_html(
            &format!("a {} b", placeholder(0)).replace([OPEN, CLOSE], "\u{FFFD}"),
            None,
        )
        .unwrap();
        assert_eq!(restore(&html, &[]), "<p>a \u{FFFD}0\u{FFFD} b</p>\n");
    }

    #[test]
    fn internal_links_carry_the_base_path() {
        let dirs = vec!["report".to_string()];
        let l = LinkBase {
            base_path: "/mzj/",
            page_path: "report/assistance/",
            source_dirs: &dirs,
            languages: &["en".to_string()],
            file: std::path::Path::new("content/report/assistance.md"),
        };
        let r = |d: &str| resolve(d, &l);
        assert_eq!(r("../elderly/").as_deref(), Some("/mzj/report/elderly/"));
        assert_eq!(r("../../data/").as_deref(), Some("/mzj/data/"));
        assert_eq!(r("/data/#x").as_deref(), Some("/mzj/data/#x"));
        assert_eq!(r("elderly.md").as_deref(), Some("/mzj/report/elderly/"));
        assert_eq!(r("_index.md").as_deref(), Some("/mzj/report/"));
        assert_eq!(r("../about.md#top").as_deref(), Some("/mzj/about/#top"));
        assert_eq!(
            r("elderly.en.md").as_deref(),
            Some("/mzj/en/report/elderly/")
        );
        assert_eq!(r("../_index.en.md").as_deref(), Some("/mzj/en/"));
        assert_eq!(r("https://www.gov.cn/"), None);
        assert_eq!(r("mailto:a@b.cn"), None);
        assert_eq!(r("#section"), None);
    }
}
