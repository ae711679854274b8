//! What a per-row page (see `validate::rows`) shows of its row: its words as text, and its figures, where a cell
//! withheld to protect people shows the suppression mark and an empty one a dash.

use crate::format::strings::{Phrase, t};
use crate::html::markup::escape;
use crate::model::{Page, RowPart, Site, Value};

/// A page made from a `_row.md` template (its source is the template).
pub fn is_row_page(p: &Page) -> bool {
    p.rel
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n == "_row.md" || n.starts_with("_row.") && n.ends_with(".md"))
}

/// `row.…` as escaped text, in the language the site `site` shows (its datasets are already in it).
pub fn text(site: &Site, dataset: usize, row: usize, part: RowPart, lang: &str) -> String {
    escape(&crate::validate::rows::text(
        &site.datasets[dataset],
        row,
        part,
        lang,
    ))
}

/// A figure `value("column")` names that the page cannot link to a published number, marked as the tables mark
/// it: the suppression mark for a cell withheld to protect people, the dash for an empty one; none for a figure.
pub fn missing(
    site: &Site,
    dataset: usize,
    row: usize,
    column: usize,
    lang: &str,
) -> Option<String> {
    let (class, mark, phrase) = match site.datasets[dataset].rows[row].cells[column] {
        Value::Empty => ("figure-none", "—", Phrase::NoData),
        Value::Suppressed => ("suppressed", "*", Phrase::Suppressed),
        _ => return None,
    };
    Some(format!(
        "<span class=\"{class}\" title=\"{0}\">{mark}</span><span class=\"visually-hidden\">{0}</span>",
        t(lang, phrase)
    ))
}
