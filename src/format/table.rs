//! Datasets as accessible HTML tables: a caption, column headers with units, the row key as a row header, numbers
//! marked for right alignment, and the source under the table.

use super::strings::{Phrase, page_lang, t};
use crate::format::{self, header};
use crate::html::markup::escape;
use crate::html::url::{cell_id, encode_fragment, encode_path, row_id};
use crate::messages::msg;
use crate::model::{ColumnType, Dataset, Value};

/// Where a table appears: on its dataset page rows carry anchors (figures link to them); elsewhere they do not,
/// so a page showing the same table twice never repeats an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    DatasetPage,
    Narrative,
}

/// The table and its source line, on lines without blank lines so it stays one HTML block inside Markdown.
pub fn table(d: &Dataset, lang: &str, base_path: &str, placement: Placement) -> String {
    let caption_id = match placement {
        Placement::DatasetPage => format!("t-{}", d.id),
        Placement::Narrative => format!("tn-{}", d.id),
    };
    let mut h = grid(d, lang, &caption_id, placement == Placement::DatasetPage);
    h.push_str(&source_line(d, lang, base_path, placement));
    h
}

/// Rows past which a table stacked into cards (a phone, or 大字) shows only its first ten, with a link to the rest:
/// as cards, the 60 rows of a per-row page's whole dataset made the page 11,000 px tall on a phone. The link leads
/// to the table's caption, and the theme shows every row of a table holding the page's target, so it works without
/// script, as does a figure link landing on a hidden row. Wide screens, print and the downloads have every row.
const LONG_TABLE: usize = 12;

/// The table alone, captioned with `d.title` under the id `caption_id`; rows and their cells carry anchors when
/// `row_ids` is set (a figure links to its cell). Every cell names its column in `data-label`, which the theme
/// shows beside the value when a narrow screen stacks the table into one card per row. Charts use it for the table
/// of the numbers they draw.
pub fn grid(d: &Dataset, lang: &str, caption_id: &str, row_ids: bool) -> String {
    let mut h = String::new();
    let long = d.rows.len() > LONG_TABLE;
    h.push_str(&format!(
        "<div class=\"table-wrap{}\" role=\"region\" aria-labelledby=\"{caption_id}\" tabindex=\"0\">\n<table class=\"data-table\">\n<caption id=\"{caption_id}\">{}</caption>\n<thead><tr>",
        if long { " table-long" } else { "" },
        escape(&d.title)
    ));
    for (i, c) in d.columns.iter().enumerate() {
        let class = if i > 0 && c.kind.is_numeric() {
            " class=\"num\""
        } else {
            ""
        };
        let unit = match (&c.unit, c.kind) {
            (Some(u), _) => format!(" data-unit=\"{}\"", escape(u)),
            _ => String::new(),
        };
        h.push_str(&format!(
            "<th scope=\"col\"{class}{unit}>{}</th>",
            escape(&header(c, lang))
        ));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    let hierarchy = d.rows.iter().any(|r| r.level > 0);
    let labels: Vec<String> = d.columns.iter().map(|c| escape(&header(c, lang))).collect();
    let places = decimal_places(d, lang);
    for (ri, r) in d.rows.iter().enumerate() {
        let total = if r.total || is_total(&r.key) {
            " class=\"total-row\""
        } else {
            ""
        };
        if row_ids {
            h.push_str(&format!("<tr id=\"{}\"{total}>", escape(&row_id(&r.key))));
        } else {
            h.push_str(&format!("<tr{total}>"));
        }
        let level = if r.level > 0 {
            format!(" level-{}", r.level.min(4))
        } else {
            String::new()
        };
        // A heading of an indicator hierarchy (一、综合) has no figures of its own and deeper rows below it: it heads
        // them, rather than showing "no data" in every cell.
        let heads = d.rows.get(ri + 1).is_some_and(|next| next.level > r.level);
        if hierarchy && heads && r.cells.iter().skip(1).all(|v| *v == Value::Empty) {
            h.push_str(&format!(
                "<th scope=\"rowgroup\" colspan=\"{}\" class=\"row-heading{level}\">{}</th></tr>\n",
                d.columns.len().max(1),
                escape(&r.key)
            ));
            continue;
        }
        for (i, (c, v)) in d.columns.iter().zip(&r.cells).enumerate() {
            let text = if *v == Value::Empty {
                format!(
                    "<span title=\"{0}\">—</span><span class=\"visually-hidden\">{0}</span>",
                    t(lang, Phrase::NoData)
                )
            } else if *v == Value::Suppressed {
                format!(
                    "<span class=\"suppressed\" title=\"{0}\">*</span><span class=\"visually-hidden\">{0}</span>",
                    t(lang, Phrase::Suppressed)
                )
            } else {
                escape(&format::cell(v, c, lang))
            };
            let id = if row_ids {
                format!(" id=\"{}\"", escape(&cell_id(&r.key, &c.key)))
            } else {
                String::new()
            };
            let label = &labels[i];
            if i == 0 {
                let class = if level.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"{}\"", level.trim_start())
                };
                h.push_str(&format!("<th scope=\"row\"{id}{class}>{text}</th>"));
            } else if c.kind.is_numeric() {
                let pad = match v {
                    Value::Number(_) => padding(&text, places[i]),
                    _ => String::new(),
                };
                h.push_str(&format!(
                    "<td class=\"num\"{id} data-label=\"{label}\"{pad}>{text}</td>"
                ));
            } else if matches!(v, Value::Date(_)) {
                h.push_str(&format!(
                    "<td class=\"date\"{id} data-label=\"{label}\">{text}</td>"
                ));
            } else {
                h.push_str(&format!("<td{id} data-label=\"{label}\">{text}</td>"));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    if long {
        h.push_str(&format!(
            "<p class=\"table-more\"><a class=\"button button-secondary\" href=\"#{}\">{}</a></p>\n",
            escape(&encode_fragment(caption_id)),
            msg!("reader-table-show-all", rows = d.rows.len()).text(page_lang(lang))
        ));
    }
    for note in &d.notes {
        h.push_str(&format!("<p class=\"table-note\">{}</p>\n", escape(note)));
    }
    h
}

/// The most decimals a cell of each decimal column shows (0 for other columns). Figures are right-aligned, so a
/// column mixing 66.42 and 1,000,000,000,000 set the whole number where the decimals of the others end, and it read
/// a hundred times smaller. The cells with fewer decimals get the missing ones as invisible room (`data-pad`, which
/// the theme sets hidden after the figure), so the decimal points line up while every figure reads exactly as it
/// does in the text, the downloads and to a screen reader.
fn decimal_places(d: &Dataset, lang: &str) -> Vec<usize> {
    d.columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if c.kind != ColumnType::Number {
                return 0;
            }
            d.rows
                .iter()
                .filter_map(|r| match r.cells.get(i) {
                    Some(v @ Value::Number(_)) => Some(shown_places(&format::cell(v, c, lang))),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
        })
        .collect()
}

fn shown_places(text: &str) -> usize {
    text.split_once('.').map_or(0, |(_, f)| f.len())
}

/// The ` data-pad` attribute that makes `text` as wide as a figure with `places` decimals, or nothing.
fn padding(text: &str, places: usize) -> String {
    let own = shown_places(text);
    if own >= places {
        return String::new();
    }
    let point = if own == 0 { "." } else { "" };
    format!(" data-pad=\"{point}{}\"", "0".repeat(places - own))
}

/// A row that sums the others (合计, 总计, 小计, Total), which the theme sets apart as a totals row.
pub fn is_total(key: &str) -> bool {
    let k = key.trim();
    ["合计", "总计", "小计", "总数"]
        .iter()
        .any(|w| k.starts_with(w))
        || k.eq_ignore_ascii_case("total")
        || k.to_ascii_lowercase().starts_with("total ")
        || k.to_ascii_lowercase().starts_with("subtotal")
}

fn source_line(d: &Dataset, lang: &str, base_path: &str, placement: Placement) -> String {
    let mut parts = Vec::new();
    if !d.source.is_empty() {
        parts.push(format!("{}{}", t(lang, Phrase::Source), escape(&d.source)));
    }
    if let Some(a) = &d.as_of {
        parts.push(format!(
            "{}<time datetime=\"{a}\">{}</time>",
            t(lang, Phrase::AsOf),
            format::date(a, lang)
        ));
    }
    if placement == Placement::Narrative {
        parts.push(format!(
            "<a href=\"{}{}\">{}</a>",
            escape(base_path),
            encode_path(&format!("data/{}/", d.id)),
            t(lang, Phrase::ViewDataset)
        ));
    }
    if parts.is_empty() {
        return String::new();
    }
    format!("<p class=\"table-source\">{}</p>\n", parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::{is_total, padding};

    #[test]
    fn figures_with_fewer_decimals_get_invisible_room_for_the_rest() {
        assert_eq!(padding("1,000,000", 2), " data-pad=\".00\"");
        assert_eq!(padding("66.4", 2), " data-pad=\"0\"");
        assert_eq!(padding("66.42", 2), "");
        assert_eq!(padding("12", 0), "");
    }

    #[test]
    fn totals_rows_are_recognised_by_their_key() {
        assert!(is_total("合计"));
        assert!(is_total("总计（全区）"));
        assert!(is_total("Total"));
        assert!(is_total("Subtotal, urban"));
        assert!(!is_total("城市低保"));
        assert!(!is_total("Totalitarian"));
    }
}
