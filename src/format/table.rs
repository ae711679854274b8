//! Datasets as accessible HTML tables: a caption, column headers with units, the row key as a row header, numbers
//! marked for right alignment, and the source under the table.

use super::strings::{Phrase, t};
use crate::format::{self, header};
use crate::html::markup::escape;
use crate::html::url::{encode_path, row_id};
use crate::model::{Dataset, Value};

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

/// The table alone, captioned with `d.title` under the id `caption_id`; rows carry anchors when `row_ids` is set.
/// Charts use it for the table of the numbers they draw.
pub fn grid(d: &Dataset, lang: &str, caption_id: &str, row_ids: bool) -> String {
    let mut h = String::new();
    h.push_str(&format!(
        "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{caption_id}\" tabindex=\"0\">\n<table class=\"data-table\">\n<caption id=\"{caption_id}\">{}</caption>\n<thead><tr>",
        escape(&d.title)
    ));
    for (i, c) in d.columns.iter().enumerate() {
        let class = if i > 0 && c.kind.is_numeric() {
            " class=\"num\""
        } else {
            ""
        };
        h.push_str(&format!(
            "<th scope=\"col\"{class}>{}</th>",
            escape(&header(c, lang))
        ));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    for r in &d.rows {
        if row_ids {
            h.push_str(&format!("<tr id=\"{}\">", escape(&row_id(&r.key))));
        } else {
            h.push_str("<tr>");
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
            if i == 0 {
                h.push_str(&format!("<th scope=\"row\">{text}</th>"));
            } else if c.kind.is_numeric() {
                h.push_str(&format!("<td class=\"num\">{text}</td>"));
            } else {
                h.push_str(&format!("<td>{text}</td>"));
            }
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</div>\n");
    for note in &d.notes {
        h.push_str(&format!("<p class=\"table-note\">{}</p>\n", escape(note)));
    }
    h
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
