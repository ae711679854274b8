//! Page bodies to HTML. Shortcodes were parsed and checked in `validate`; here they become HTML that pulldown-cmark
//! passes through (inline for figures, a block for tables).

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Options, Parser, html};

use super::format;
use super::html::escape;
use super::links::{encode_fragment, encode_path, row_id};
use super::table::{Placement, table};
use crate::charts::embed;
use crate::diagnostics::Diagnostic;
use crate::validate::{Segment, Shortcode, Site};

/// Renders one body. `lang` is the page's language.
pub fn render(site: &Site, segments: &[Segment], lang: &str) -> Result<String, Diagnostic> {
    let mut source = String::new();
    let mut charts_shown = BTreeMap::new();
    for seg in segments {
        match seg {
            Segment::Markdown { text, .. } => source.push_str(text),
            Segment::Shortcode(s) => source.push_str(&shortcode(site, s, lang, &mut charts_shown)?),
        }
    }
    Ok(to_html(&source))
}

/// One shortcode's HTML. `charts_shown` counts the charts already on the page: the same chart shown again gets
/// another set of ids (`chart-ID.2`), so no id is repeated. Chart ids cannot contain a dot, so neither these nor the
/// ids inside a figure (`chart-ID.title`) can equal another chart's.
fn shortcode(
    site: &Site,
    s: &Shortcode,
    lang: &str,
    charts_shown: &mut BTreeMap<usize, usize>,
) -> Result<String, Diagnostic> {
    let base = &site.base.path;
    Ok(match *s {
        Shortcode::Value {
            dataset,
            row,
            column,
            unit,
        } => {
            let d = &site.datasets[dataset];
            let r = &d.rows[row];
            let c = &d.columns[column];
            let text = format::figure(&r.cells[column], c, lang, unit);
            let title = format!("{} · {} · {}", d.title, r.key, format::header(c, lang));
            format!(
                "<a class=\"figure\" href=\"{base}{}#{}\" title=\"{}\">{}</a>",
                encode_path(&format!("data/{}/", d.id)),
                encode_fragment(&row_id(&r.key)),
                escape(&title),
                escape(&text)
            )
        }
        Shortcode::Table { dataset } => {
            format!(
                "\n\n{}\n",
                table(&site.datasets[dataset], lang, base, Placement::Narrative)
            )
        }
        Shortcode::Chart { chart } => {
            let seen = charts_shown.entry(chart).or_insert(0);
            *seen += 1;
            let id = match *seen {
                1 => format!("chart-{}", site.charts[chart].id),
                n => format!("chart-{}.{n}", site.charts[chart].id),
            };
            format!("\n\n{}\n", embed::figure(site, chart, lang, &id)?)
        }
    })
}

/// CommonMark with tables, footnotes and strikethrough. A line break inside a Chinese paragraph is dropped rather
/// than turned into a space, which browsers would show between two ideographs.
pub fn to_html(source: &str) -> String {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<Event> = Parser::new_ext(source, opts).collect();
    let mut kept = Vec::with_capacity(events.len());
    for (i, e) in events.iter().enumerate() {
        if matches!(e, Event::SoftBreak) {
            let before = i.checked_sub(1).and_then(|j| last_char(&events[j]));
            let after = events.get(i + 1).and_then(first_char);
            if before.is_some_and(is_cjk) && after.is_some_and(is_cjk) {
                continue;
            }
        }
        kept.push(e.clone());
    }
    let mut out = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut out, kept.into_iter());
    out
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
mod tests {
    use super::*;

    #[test]
    fn chinese_line_breaks_do_not_become_spaces() {
        assert_eq!(to_html("民政\n工作"), "<p>民政工作</p>\n");
        assert_eq!(to_html("civil\naffairs"), "<p>civil\naffairs</p>\n");
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let h = to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ y[^1]\n\n[^1]: note\n");
        assert!(h.contains("<table>"));
        assert!(h.contains("<del>x</del>"));
        assert!(h.contains("footnote-definition"));
    }
}
