//! Corrections as readers see them: the 更正 list of a dataset's page (what changed, when, why, and the value the
//! figure had), the 更正 mark after every quoted figure that was corrected, and a page's own revision list.

use serde::Serialize;

use crate::format;
use crate::format::strings::{Phrase, page_lang, t};
use crate::html::markup::escape;
use crate::html::url::{cell_id, encode_fragment, encode_path};
use crate::messages::msg;
use crate::model::docmeta::Revision;
use crate::model::{ColumnType, Dataset, Value};

/// The anchor of the corrections list on a dataset's page.
pub const ANCHOR: &str = "corrections";

/// One revision as a template shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    pub date: String,
    pub date_display: String,
    pub what: String,
    pub why: String,
    /// The corrected cell, for a dataset revision that names one.
    pub cell: Option<Cell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub row: String,
    pub column: String,
    /// The figure as published before, with its unit; empty when the revision does not give it.
    pub previous: String,
    /// The figure as published now.
    pub current: String,
    /// The cell's anchor on the dataset page.
    pub href: String,
}

/// A page's or dataset's revisions, newest first.
pub fn shown(revisions: &[Revision], d: Option<&Dataset>, lang: &str) -> Vec<Shown> {
    revisions
        .iter()
        .rev()
        .map(|r| Shown {
            date: r.date.clone(),
            date_display: format::date(&r.date, lang),
            what: r.what.clone(),
            why: r.why.clone(),
            cell: d.and_then(|d| cell(d, r, lang)),
        })
        .collect()
}

fn cell(d: &Dataset, r: &Revision, lang: &str) -> Option<Cell> {
    let (row, column) = (r.row?, r.column?);
    let (dr, c) = (d.rows.get(row)?, d.columns.get(column)?);
    Some(Cell {
        row: dr.key.clone(),
        column: format::header(c, lang),
        previous: r
            .previous
            .as_deref()
            .map(|p| previous_value(d, column, p, lang))
            .unwrap_or_default(),
        current: format::figure(&dr.cells[column], c, lang, true),
        href: format!("#{}", encode_fragment(&cell_id(&dr.key, &c.key))),
    })
}

/// The previous value written as the column writes its figures (`90个`), or as given when it is not a figure.
fn previous_value(d: &Dataset, column: usize, text: &str, lang: &str) -> String {
    let c = &d.columns[column];
    let trimmed = text.trim();
    let value = match c.kind {
        ColumnType::Integer => trimmed.parse::<i64>().ok().map(Value::Integer),
        ColumnType::Number | ColumnType::Percent => trimmed
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Value::Number),
        _ => None,
    };
    match value {
        Some(v) => format::figure(&v, c, lang, true),
        None => trimmed.to_string(),
    }
}

/// The latest revision that corrected the figure at `row`, `column`.
pub fn latest(d: &Dataset, row: usize, column: usize) -> Option<&Revision> {
    d.about
        .revisions
        .iter()
        .rev()
        .find(|r| r.corrects(row, column))
}

/// The 更正 mark after a quoted figure that was corrected: a link to the dataset's corrections, its visible word
/// short, and the date and previous value in words a screen reader reads with it (no `title`: it would be read a
/// second time).
pub fn mark(d: &Dataset, row: usize, column: usize, lang: &str, base_path: &str) -> String {
    let Some(r) = latest(d, row, column) else {
        return String::new();
    };
    let date = format::date(&r.date, lang);
    let previous = r
        .previous
        .as_deref()
        .map(|p| previous_value(d, column, p, lang));
    let note = match previous {
        Some(p) => msg!("reader-corrected-was", date = date, previous = p),
        None => msg!("reader-corrected", date = date),
    }
    .text(page_lang(lang));
    let href = format!(
        "{}{}#{ANCHOR}",
        escape(base_path),
        encode_path(&format!("data/{}/", d.id))
    );
    format!(
        "<a class=\"correction-mark\" href=\"{href}\">{}<span class=\"visually-hidden\">{}{}</span></a>",
        t(lang, Phrase::CorrectedMark),
        t(lang, Phrase::Colon),
        escape(&note),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, Row};

    fn dataset() -> Dataset {
        Dataset {
            id: "orgs".into(),
            rel: "data/orgs.yaml".into(),
            title: "社会组织".into(),
            description: String::new(),
            source: String::new(),
            as_of: None,
            columns: vec![
                Column {
                    key: "kind".into(),
                    label: "类别".into(),
                    ..Column::default()
                },
                Column {
                    key: "count".into(),
                    label: "数量".into(),
                    unit: Some("个".into()),
                    kind: ColumnType::Integer,
                    ..Column::default()
                },
            ],
            rows: vec![Row {
                key: "新增".into(),
                cells: vec![Value::Text("新增".into()), Value::Integer(84)],
                line: 1,
                level: 0,
                total: false,
            }],
            notes: Vec::new(),
            localized: Vec::new(),
            inferred: Vec::new(),
            about: Default::default(),
            unit_column: None,
            hierarchy_read: false,
            period: None,
            series: None,
            period_column: None,
        }
    }

    #[test]
    fn a_corrected_figure_is_marked_with_its_previous_value_and_date() {
        let mut d = dataset();
        assert_eq!(mark(&d, 0, 1, "zh-CN", "/"), "");
        d.about.revisions.push(Revision {
            date: "2024-01-15".into(),
            what: "更正".into(),
            row: Some(0),
            column: Some(1),
            previous: Some("90".into()),
            ..Revision::default()
        });
        let m = mark(&d, 0, 1, "zh-CN", "/mzj/");
        assert!(m.contains("href=\"/mzj/data/orgs/#corrections\""), "{m}");
        assert!(m.contains(">更正<"), "{m}");
        assert!(m.contains("原为90个"), "{m}");
        assert!(m.contains("2024年1月15日"), "{m}");
        let shown = shown(&d.about.revisions, Some(&d), "zh-CN");
        let cell = shown[0].cell.as_ref().unwrap();
        assert_eq!(
            (cell.previous.as_str(), cell.current.as_str()),
            ("90个", "84个")
        );
        assert_eq!(cell.href, "#row-%E6%96%B0%E5%A2%9E.count");
    }
}
