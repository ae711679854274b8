//! One page per row: `content/DIR/_row.md` with `per_row: DATASET` is a template, and each row of the dataset gets
//! a page made from it at `DIR/SLUG/`, the slug made from the row's key. The pages are ordinary [`Page`]s from here
//! on (listed by the section `DIR/_index.md`, translated, searched and scanned like any other), so the template's
//! shortcodes are checked once per row, against that row: `value("column")` and `row.…` name its cells.
//!
//! The privacy guard decides per row: a row of a table drawn from records whose every figure is withheld gets no
//! page (its page could only repeat `*`), and the section says how many rows have none without naming them; a row
//! with some figures withheld is published with the suppression mark in their place.
//!
//! [`Page`]: crate::model::Page

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::shortcode::{self, Piece};
use super::{Problem, find_dataset};
use crate::diagnostics::Diagnostic;
use crate::format;
use crate::load::SourcePage;
use crate::messages::msg;
use crate::model::{Dataset, Page, PageKind, RowPart, Segment, Value};

/// The row one page of a template is made for.
#[derive(Debug, Clone)]
pub struct RowPage {
    pub dataset: usize,
    pub row: usize,
    /// The last folder of the page's address, from the row's key.
    pub slug: String,
    /// The page's place in its section's list: the template's `weight:` plus the row's place in the dataset.
    pub weight: i64,
}

/// The rows a template makes pages for, and how many rows get none because every figure in them is withheld.
#[derive(Debug, Clone)]
pub struct Expansion {
    pub pages: Vec<RowPage>,
    pub withheld: usize,
}

/// The rows of the template `src`'s dataset that get a page, each with its slug; an error for a template that
/// names no dataset, sits outside a section, or whose rows would share an address.
pub fn expand(
    src: &SourcePage,
    datasets: &[Dataset],
    sources: &[SourcePage],
) -> Result<Expansion, Vec<Diagnostic>> {
    let rel = &src.rel;
    let Some(per_row) = &src.front.per_row else {
        return Err(vec![Diagnostic::error(rel, 1, 1, msg!("row-no-dataset"))]);
    };
    let (line, col) = at(per_row);
    let dataset = find_dataset(datasets, &per_row.value)
        .map_err(|problem| vec![Diagnostic::error(rel, line, col, problem)])?;
    if src.dirs.is_empty() {
        return Err(vec![Diagnostic::error(
            rel,
            line,
            col,
            msg!("row-not-in-section"),
        )]);
    }
    let section = src.rel.with_file_name(match &src.lang {
        Some(code) => format!("_index.{code}.md"),
        None => "_index.md".to_string(),
    });
    if !sources.iter().any(|s| s.rel == section) {
        return Err(vec![Diagnostic::error(
            rel,
            line,
            col,
            msg!("row-no-section", section = &section),
        )]);
    }
    let d = &datasets[dataset];
    let base = src.front.weight.unwrap_or(0);
    let mut pages = Vec::new();
    let mut withheld = 0;
    let mut taken: BTreeMap<String, &str> = BTreeMap::new();
    let mut errors = Vec::new();
    let hierarchy = d.rows.iter().any(|r| r.level > 0);
    for (i, r) in d.rows.iter().enumerate() {
        let figures = r.cells.get(1..).unwrap_or(&[]);
        let shown = figures
            .iter()
            .any(|v| !matches!(v, Value::Empty | Value::Suppressed));
        let suppressed = figures.contains(&Value::Suppressed);
        // A total is not a place of its own, and in an indicator hierarchy a row without figures heads the rows
        // below it; a row that merely has no figures yet gets its page, with dashes.
        let heading = hierarchy && !figures.is_empty() && !shown && !suppressed;
        if format::table::is_total(&r.key) || heading {
            continue;
        }
        if suppressed && !shown {
            withheld += 1;
            continue;
        }
        let slug = slug(&r.key);
        if slug.is_empty() {
            errors.push(Diagnostic::error(
                rel,
                line,
                col,
                msg!("row-no-slug", row = &r.key, dataset = &d.id),
            ));
            continue;
        }
        if let Some(other) = taken.get(&slug) {
            errors.push(Diagnostic::error(
                rel,
                line,
                col,
                msg!(
                    "row-same-slug",
                    first = *other,
                    second = &r.key,
                    dataset = &d.id,
                    path = format!("{}/{slug}/", src.dirs.join("/")),
                ),
            ));
            continue;
        }
        taken.insert(slug.clone(), &r.key);
        pages.push(RowPage {
            dataset,
            row: i,
            slug,
            weight: base.saturating_add(i as i64),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Expansion { pages, withheld })
}

/// The part of an address made from a row key: letters and digits of any script kept (ASCII lower-cased, so two
/// keys differing in case cannot overwrite each other on a case-blind disk), every other run of characters one
/// `-`, none at either end. Nothing left needs escaping but what the browser percent-encodes itself (甲镇).
pub fn slug(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut gap = false;
    for c in key.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// A title or description with its `{{ row.… }}` filled in, in the page's language `lang`.
pub fn fill(text: &str, datasets: &[Dataset], at: &RowPage, lang: &str) -> Result<String, Problem> {
    if !text.contains("{{") {
        return Ok(text.to_string());
    }
    let pieces = shortcode::split(text).map_err(|e| e.message)?;
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t, _) => out.push_str(&t),
            Piece::Call(call, _) => {
                if !call.args.is_empty() || !call.kwargs.is_empty() {
                    return Err(msg!("row-call-in-title", name = &call.name));
                }
                let part = part(&call.name, &datasets[at.dataset])?;
                out.push_str(&words(datasets, at.dataset, at.row, part, lang));
            }
        }
    }
    Ok(out)
}

/// What `row.…` names in the dataset `d`.
pub fn part(name: &str, d: &Dataset) -> Result<RowPart, Problem> {
    let Some(path) = name.strip_prefix("row.") else {
        return Err(msg!("row-not-row", name = name));
    };
    let (column, field) = match path.split_once('.') {
        Some((c, f)) => (c, Some(f)),
        None => (path, None),
    };
    if field.is_none() && column == "label" {
        return Ok(RowPart::Label);
    }
    let Some((ci, _)) = d.column(column) else {
        let keys: Vec<&str> = d.columns.iter().map(|c| c.key.as_str()).collect();
        return Err(msg!(
            "row-no-column",
            dataset = &d.id,
            column = column,
            columns = &keys,
        ));
    };
    match field {
        None => Ok(RowPart::Cell(ci)),
        Some("label") => Ok(RowPart::ColumnLabel(ci)),
        Some("unit") => Ok(RowPart::Unit(ci)),
        Some(other) => Err(msg!("row-no-field", field = other, column = column)),
    }
}

/// The words `part` names, as plain text, from the dataset as the language `lang` shows it.
pub fn words(
    datasets: &[Dataset],
    dataset: usize,
    row: usize,
    part: RowPart,
    lang: &str,
) -> String {
    let own = &datasets[dataset];
    let d = own
        .localized
        .iter()
        .find(|(code, _)| code == lang)
        .map_or(own, |(_, local)| local);
    text(d, row, part, lang)
}

/// The words `part` names in `d`, a dataset already in the language `lang`.
pub fn text(d: &Dataset, row: usize, part: RowPart, lang: &str) -> String {
    let r = &d.rows[row];
    match part {
        RowPart::Label => r.key.clone(),
        RowPart::Cell(c) => match &r.cells[c] {
            Value::Empty => "—".to_string(),
            v => format::figure(v, &d.columns[c], lang, true),
        },
        RowPart::ColumnLabel(c) => d.columns[c].label.clone(),
        RowPart::Unit(c) => d.columns[c].unit.clone().unwrap_or_default(),
    }
}

/// Tells readers of the section listing `src`'s pages that `count` rows of its dataset have none, without naming them (a
/// row's name can itself be what a withheld cell protects). The words end the section's own text.
pub fn note_withheld(pages: &mut [Page], src: &SourcePage, count: usize, default_lang: &str) {
    let lang = src.lang.as_deref().unwrap_or(default_lang);
    let path = match &src.lang {
        Some(code) => format!("{code}/{}/", src.dirs.join("/")),
        None => format!("{}/", src.dirs.join("/")),
    };
    let Some(section) = pages
        .iter_mut()
        .find(|p| p.path == path && p.kind == PageKind::Section)
    else {
        return;
    };
    let text = if format::is_zh(lang) {
        format!("另有{count}项的数字均为保护个人信息而不予公布，因此未单独成页。")
    } else if count == 1 {
        "One more row has every figure withheld to protect people, so it has no page of its own."
            .to_string()
    } else {
        format!(
            "{count} more rows have every figure withheld to protect people, so they have no page of their own."
        )
    };
    section.segments.push(Segment::Markdown {
        text: format!("\n\n{text}\n"),
        line: 0,
    });
}

/// The file line and column of a front-matter value.
fn at<T>(v: &Spanned<T>) -> (usize, usize) {
    (
        v.referenced.line() as usize + 1,
        v.referenced.column() as usize,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_digits_of_any_script() {
        assert_eq!(slug("甲镇"), "甲镇");
        assert_eq!(slug("丙街道 / 北片"), "丙街道-北片");
        assert_eq!(slug("Town A (east)"), "town-a-east");
        assert_eq!(slug("50% 以上?#"), "50-以上");
        assert_eq!(slug("../.."), "");
    }

    fn dataset(rows: &[(&str, Vec<Value>)]) -> Dataset {
        let column = |key: &str| crate::model::Column {
            key: key.into(),
            label: key.into(),
            ..Default::default()
        };
        Dataset {
            id: "aid".into(),
            rel: "data/aid.yaml".into(),
            title: String::new(),
            description: String::new(),
            source: String::new(),
            as_of: None,
            columns: vec![column("village"), column("persons"), column("amount")],
            rows: rows
                .iter()
                .map(|(key, figures)| crate::model::Row {
                    key: key.to_string(),
                    cells: std::iter::once(Value::Text(key.to_string()))
                        .chain(figures.iter().cloned())
                        .collect(),
                    line: 0,
                    level: 0,
                    total: false,
                })
                .collect(),
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

    fn page(rel: &str, text: &str) -> SourcePage {
        let inner = rel.strip_prefix("content/").unwrap_or(rel);
        crate::load::content::parse(
            std::path::Path::new(rel),
            std::path::Path::new(inner),
            text.into(),
        )
        .unwrap()
    }

    #[test]
    fn rows_wholly_withheld_get_no_page_and_partly_withheld_ones_do() {
        use Value::{Empty, Integer, Suppressed};
        let d = dataset(&[
            ("北村", vec![Integer(40), Integer(26060)]),
            ("南村", vec![Integer(35), Suppressed]),
            ("西村", vec![Suppressed, Suppressed]),
            ("新村", vec![Suppressed, Empty]),
            ("中村", vec![Empty, Empty]),
            ("合计", vec![Integer(90), Integer(40000)]),
        ]);
        let sources = vec![
            page("content/aid/_index.md", "---\ntitle: 救助\n---\n"),
            page(
                "content/aid/_row.md",
                "---\ntitle: t\nper_row: aid\nweight: 5\n---\n",
            ),
        ];
        let e = expand(&sources[1], &[d], &sources).unwrap();
        let made: Vec<(&str, i64)> = e
            .pages
            .iter()
            .map(|p| (p.slug.as_str(), p.weight))
            .collect();
        assert_eq!(made, [("北村", 5), ("南村", 6), ("中村", 9)]);
        assert_eq!(e.withheld, 2);
    }

    #[test]
    fn keys_differing_in_case_or_punctuation_share_a_slug() {
        assert_eq!(slug("Town-A"), slug("town a"));
    }
}
