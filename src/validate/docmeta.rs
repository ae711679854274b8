//! The 政府信息公开 fields of document pages, the `revisions:` of pages and datasets, and a dataset's licence and
//! period, checked where they are written: dates real, 成文日期 not after 发布日期, 文号 in the form
//! `X民发〔2023〕12号` (GB/T 9704-2012), 索引号 unique among the pages of one language, and a corrected cell one
//! the dataset has.

use std::collections::BTreeMap;
use std::path::Path;

use serde_saphyr::Spanned;

use super::date;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::docmeta::licence_problem;
use crate::load::docmeta::{RawRevision, RawTemporal};
use crate::load::{Scalar, SourceDataset, SourcePage};
use crate::messages::msg;
use crate::model::Dataset;
use crate::model::docmeta::{DocMeta, Revision, Temporal};

/// The brackets around a 文号's year: GB/T 9704-2012 writes 六角括号 〔〕; the others are common slips.
const BRACKETS: [(char, char); 5] = [
    ('〔', '〕'),
    ('[', ']'),
    ('［', '］'),
    ('(', ')'),
    ('（', '）'),
];

/// A front-matter position as a file position: the front matter starts on the file's second line.
fn front_at<T>(s: &Spanned<T>) -> (usize, usize) {
    (
        s.referenced.line() as usize + 1,
        s.referenced.column() as usize,
    )
}

/// A dataset file's position (its YAML is the whole file).
fn file_at<T>(s: &Spanned<T>) -> (usize, usize) {
    (s.referenced.line() as usize, s.referenced.column() as usize)
}

/// The document fields of a page, or `None` when it has none. `published` is the page's checked 发布日期.
pub fn document(
    src: &SourcePage,
    published: Option<&str>,
    errors: &mut Vec<Diagnostic>,
) -> Option<DocMeta> {
    let f = &src.front;
    let rel = &src.rel;
    let text = |s: &Option<Spanned<String>>| {
        s.as_ref()
            .map(|v| v.value.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let written = f.written.as_ref().and_then(|w| {
        let (l, c) = front_at(w);
        let parsed = real_date(rel, l, c, &w.value, "written", errors)?;
        if let Some(p) = published
            && parsed.as_str() > p
        {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!(
                    "doc-written-after-published",
                    written = &parsed,
                    published = p
                ),
            ));
        }
        Some(parsed)
    });
    let doc_no = f.doc_no.as_ref().and_then(|d| {
        let (l, c) = front_at(d);
        match doc_no_problem(d.value.trim()) {
            Some(DocNoProblem::Malformed) => {
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!("doc-no-malformed", value = d.value.trim()),
                ));
                None
            }
            Some(DocNoProblem::Unmatched) => {
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!("doc-no-unmatched", value = d.value.trim()),
                ));
                None
            }
            _ => Some(d.value.trim().to_string()),
        }
    });
    let meta = DocMeta {
        index_no: f
            .index_no
            .as_ref()
            .map(|i| i.value.as_text().trim().to_string())
            .filter(|v| !v.is_empty()),
        topic: text(&f.topic),
        issuer: text(&f.issuer),
        written,
        doc_no,
        validity: text(&f.validity),
    };
    (meta != DocMeta::default()).then_some(meta)
}

/// A 文号 written with other brackets than 〔〕, or with a number padded with zeros: accepted, with a warning that
/// says what the standard expects.
pub fn doc_no_warnings(src: &SourcePage) -> Option<Diagnostic> {
    let d = src.front.doc_no.as_ref()?;
    let (l, c) = front_at(d);
    let value = d.value.trim();
    let message = match doc_no_problem(value)? {
        DocNoProblem::Brackets(open, close) => msg!(
            "doc-no-brackets",
            value = value,
            brackets = format!("{open}{close}")
        ),
        DocNoProblem::Padded => msg!("doc-no-padded", value = value),
        _ => return None,
    };
    Some(Diagnostic::warning(&src.rel, l, c, message))
}

#[derive(Debug, PartialEq, Eq)]
enum DocNoProblem {
    Malformed,
    Unmatched,
    Brackets(char, char),
    Padded,
}

/// What is wrong with a 文号 (`None` when nothing is): an issuer's code, a four-digit year in brackets, a number and
/// 号.
fn doc_no_problem(value: &str) -> Option<DocNoProblem> {
    let Some(open_at) = value.find(|c| BRACKETS.iter().any(|(o, _)| *o == c)) else {
        return Some(DocNoProblem::Malformed);
    };
    let code = &value[..open_at];
    let mut rest = value[open_at..].chars();
    let open = rest.next()?;
    let year: String = rest.by_ref().take(4).collect();
    let close = rest.next();
    let tail: String = rest.collect();
    let Some(number) = tail.strip_suffix('号') else {
        return Some(DocNoProblem::Malformed);
    };
    if code.trim().is_empty()
        || year.chars().count() != 4
        || !year.chars().all(|c| c.is_ascii_digit())
        || number.is_empty()
        || !number.chars().all(|c| c.is_ascii_digit())
    {
        return Some(DocNoProblem::Malformed);
    }
    let Some(close) = close else {
        return Some(DocNoProblem::Malformed);
    };
    if !BRACKETS.contains(&(open, close)) {
        return Some(if BRACKETS.iter().any(|(_, c)| *c == close) {
            DocNoProblem::Unmatched
        } else {
            DocNoProblem::Malformed
        });
    }
    if (open, close) != BRACKETS[0] {
        return Some(DocNoProblem::Brackets(open, close));
    }
    if number.starts_with('0') {
        return Some(DocNoProblem::Padded);
    }
    None
}

/// A 索引号 given to two pages of one language: the second (in path order) is an error naming the first. Drafts
/// are not published, so they take no number yet.
pub fn duplicate_index_nos(sources: &[SourcePage], diags: &mut Diagnostics) {
    let mut seen: BTreeMap<(Option<&str>, String), &Path> = BTreeMap::new();
    for src in sources.iter().filter(|s| !s.front.draft) {
        let Some(i) = &src.front.index_no else {
            continue;
        };
        let value = i.value.as_text().trim().to_string();
        if value.is_empty() {
            continue;
        }
        let (l, c) = front_at(i);
        match seen.get(&(src.lang.as_deref(), value.clone())) {
            Some(first) => diags.push(Diagnostic::error(
                &src.rel,
                l,
                c,
                msg!("doc-index-no-twice", value = &value, other = *first),
            )),
            None => {
                seen.insert((src.lang.as_deref(), value), &src.rel);
            }
        }
    }
}

fn real_date(
    rel: &Path,
    line: usize,
    col: usize,
    value: &Scalar,
    what: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<String> {
    let text = value.as_text();
    let parsed = date::parse_iso(&text);
    if parsed.is_none() {
        errors.push(Diagnostic::error(
            rel,
            line,
            col,
            msg!("doc-bad-date", what = what, value = &text),
        ));
    }
    parsed
}

/// A page's `revisions:`: a real date and a word on what changed. A page has no cells, so `row`, `column` and
/// `previous` belong to datasets only.
pub fn page_revisions(src: &SourcePage, errors: &mut Vec<Diagnostic>) -> Vec<Revision> {
    let mut out = Vec::new();
    for r in &src.front.revisions {
        let (l, c) = front_at(r);
        if r.value.row.is_some() || r.value.column.is_some() || r.value.previous.is_some() {
            errors.push(Diagnostic::error(
                &src.rel,
                l,
                c,
                msg!("revision-page-cell"),
            ));
            continue;
        }
        if let Some(rev) = revision(&src.rel, &r.value, front_at(&r.value.date), l, errors) {
            out.push(rev);
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date));
    out
}

fn revision(
    rel: &Path,
    raw: &RawRevision,
    date_at: (usize, usize),
    line: usize,
    errors: &mut Vec<Diagnostic>,
) -> Option<Revision> {
    let date = real_date(
        rel,
        date_at.0,
        date_at.1,
        &raw.date.value,
        "revision",
        errors,
    )?;
    if raw.what.trim().is_empty() {
        errors.push(Diagnostic::error(rel, line, 1, msg!("revision-no-what")));
        return None;
    }
    Some(Revision {
        date,
        what: raw.what.trim().to_string(),
        why: raw.why.trim().to_string(),
        line,
        ..Revision::default()
    })
}

/// The revisions, licence and period of every dataset, checked against its published table (the table a records
/// file publishes under its own id) and copied to its versions in other languages.
pub fn dataset_extras(
    sources: &[SourceDataset],
    datasets: &mut [Dataset],
    diags: &mut Diagnostics,
) {
    for src in sources {
        let Some(d) = datasets
            .iter_mut()
            .find(|d| d.id == src.id && d.rel == src.rel)
        else {
            continue;
        };
        let mut errors = Vec::new();
        let mut revisions = Vec::new();
        for r in &src.raw.revisions {
            let (l, _) = file_at(r);
            let Some(mut rev) =
                revision(&src.rel, &r.value, file_at(&r.value.date), l, &mut errors)
            else {
                continue;
            };
            if cell(&src.rel, &r.value, d, &mut rev, &mut errors) {
                revisions.push(rev);
            }
        }
        revisions.sort_by(|a, b| a.date.cmp(&b.date));
        let temporal = src
            .raw
            .temporal
            .as_ref()
            .and_then(|t| temporal(&src.rel, t, &mut errors));
        if let Some(l) = &src.raw.licence
            && let Some(problem) = licence_problem(&l.value)
        {
            let (line, col) = file_at(l);
            errors.push(Diagnostic::error(&src.rel, line, col, problem));
        }
        diags.extend(errors);
        d.about.revisions = revisions;
        d.about.temporal = temporal;
        d.about.licence = src.raw.licence.as_ref().map(|l| l.value.clone());
        let about = d.about.clone();
        for (_, local) in &mut d.localized {
            local.about.revisions = about.revisions.clone();
            local.about.temporal = about.temporal.clone();
            local.about.licence = about.licence.clone();
        }
    }
}

/// Resolves the corrected cell of a dataset revision; `false` (with an error) when the row or column is not there.
fn cell(
    rel: &Path,
    raw: &RawRevision,
    d: &Dataset,
    rev: &mut Revision,
    errors: &mut Vec<Diagnostic>,
) -> bool {
    match (&raw.row, &raw.column) {
        (None, None) => {
            if let Some(p) = &raw.previous {
                let (l, c) = file_at(p);
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!("revision-previous-no-cell"),
                ));
                return false;
            }
            true
        }
        (Some(row), Some(column)) => {
            let key = row.value.as_text();
            let Some(r) = d.rows.iter().position(|x| x.key == key) else {
                let (l, c) = file_at(row);
                let near = super::closest(&key, d.rows.iter().map(|r| r.key.as_str()));
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!(
                        "revision-no-row",
                        row = &key,
                        found = usize::from(near.is_some()),
                        near = near.unwrap_or_default(),
                    ),
                ));
                return false;
            };
            let Some((col, _)) = d.column(&column.value) else {
                let (l, c) = file_at(column);
                let keys: Vec<&str> = d.columns.iter().map(|c| c.key.as_str()).collect();
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!(
                        "revision-no-column",
                        column = &column.value,
                        columns = &keys
                    ),
                ));
                return false;
            };
            rev.row = Some(r);
            rev.column = Some(col);
            rev.previous = raw
                .previous
                .as_ref()
                .map(|p| p.value.as_text())
                .filter(|p| !p.trim().is_empty());
            true
        }
        (Some(row), None) => half_cell(rel, file_at(row), errors),
        (None, Some(column)) => half_cell(rel, file_at(column), errors),
    }
}

fn half_cell(rel: &Path, (l, c): (usize, usize), errors: &mut Vec<Diagnostic>) -> bool {
    errors.push(Diagnostic::error(rel, l, c, msg!("revision-half-cell")));
    false
}

fn temporal(rel: &Path, t: &RawTemporal, errors: &mut Vec<Diagnostic>) -> Option<Temporal> {
    let (sl, sc) = file_at(&t.start);
    let (el, ec) = file_at(&t.end);
    let start = real_date(rel, sl, sc, &t.start.value, "start", errors);
    let end = real_date(rel, el, ec, &t.end.value, "end", errors);
    let (start, end) = (start?, end?);
    if start > end {
        errors.push(Diagnostic::error(
            rel,
            sl,
            sc,
            msg!("temporal-reversed", start = &start, end = &end),
        ));
        return None;
    }
    Some(Temporal { start, end })
}

/// `gov.catalogue_page` must name a page, or the catalogue would silently be nowhere.
pub fn catalogue_page(
    config: &crate::model::SiteConfig,
    pages: &[crate::model::Page],
) -> Option<Diagnostic> {
    let wanted = &config.gov.catalogue_page;
    if wanted.is_empty() || pages.iter().any(|p| p.path == *wanted) {
        return None;
    }
    Some(Diagnostic::error(
        "site.yaml",
        0,
        0,
        msg!("catalogue-page-missing", page = wanted),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_numbers_in_the_standard_form_pass() {
        assert_eq!(doc_no_problem("XX民发〔2023〕12号"), None);
        assert_eq!(doc_no_problem("滇民办〔2024〕1号"), None);
    }

    #[test]
    fn other_brackets_are_named() {
        assert_eq!(
            doc_no_problem("XX民发[2023]12号"),
            Some(DocNoProblem::Brackets('[', ']'))
        );
        assert_eq!(
            doc_no_problem("XX民发（2023）12号"),
            Some(DocNoProblem::Brackets('（', '）'))
        );
        assert_eq!(
            doc_no_problem("XX民发［2023］12号"),
            Some(DocNoProblem::Brackets('［', '］'))
        );
        assert_eq!(
            doc_no_problem("XX民发〔2023〕012号"),
            Some(DocNoProblem::Padded)
        );
    }

    #[test]
    fn malformed_doc_numbers_are_errors() {
        for bad in [
            "XX民发2023年12号",
            "〔2023〕12号",
            "XX民发〔23〕12号",
            "XX民发〔2023〕十二号",
            "XX民发〔2023〕12",
            "XX民发〔2023",
            "XX民发〔2023〕号",
        ] {
            assert_eq!(doc_no_problem(bad), Some(DocNoProblem::Malformed), "{bad}");
        }
        assert_eq!(
            doc_no_problem("XX民发〔2023]12号"),
            Some(DocNoProblem::Unmatched)
        );
    }
}
