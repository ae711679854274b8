//! Datasets and charts in the site's other languages. Figures are shared by every language; only words are
//! translated, so a translated dataset is the checked dataset with its words replaced. Where a word has no
//! translation the default language's word stays, and a warning says so: a reader of the English site should never
//! meet Chinese labels without the editor having been told.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostic;
use crate::load::chart::RawChartTr;
use crate::load::dataset::{RawColumnTr, RawDatasetTr};
use crate::messages::{Arg, Message, msg};
use crate::model::{Chart, Dataset, Value};

/// Whether a text is written in Chinese and so needs a translation on a page in another language.
pub fn needs_translation(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF5E}')
    })
}

/// A `translations:` entry for a language the site does not have: an error, since its words would never be shown.
pub fn unknown_languages<T>(
    rel: &Path,
    translations: &BTreeMap<String, Spanned<T>>,
    languages: &[String],
) -> Vec<Diagnostic> {
    translations
        .iter()
        .filter(|(code, _)| !languages.contains(code))
        .map(|(code, t)| {
            Diagnostic::error(
                rel,
                t.referenced.line() as usize,
                t.referenced.column() as usize,
                msg!(
                    "translation-unknown-language",
                    code = code,
                    count = languages.len(),
                    languages = languages
                ),
            )
        })
        .collect()
}

/// What fell back to the default language, for one warning per file.
#[derive(Default)]
struct Missing {
    /// The words without a translation, by the `part` of `translation-part-word` (`title`, `source` …).
    parts: Vec<&'static str>,
    columns: Vec<String>,
    texts: usize,
    first_line: Option<usize>,
}

impl Missing {
    fn word(
        &mut self,
        what: &'static str,
        original: &str,
        given: Option<&String>,
    ) -> Option<String> {
        match given {
            Some(t) => Some(t.clone()),
            None => {
                if needs_translation(original) {
                    self.parts.push(what);
                }
                None
            }
        }
    }

    fn warning(self, rel: &Path, code: &str, at: (usize, usize), what: &str) -> Option<Diagnostic> {
        let piece = |m: Message| Arg::Msg(Box::new(m));
        let mut parts: Vec<Arg> = self
            .parts
            .iter()
            .map(|p| piece(msg!("translation-part-word", part = *p)))
            .collect();
        if !self.columns.is_empty() {
            parts.push(piece(msg!(
                "translation-part-columns",
                count = self.columns.len(),
                columns = &self.columns
            )));
        }
        if self.texts > 0 {
            parts.push(piece(msg!(
                "translation-part-texts",
                count = self.texts,
                line = self.first_line.unwrap_or(0)
            )));
        }
        if parts.is_empty() {
            return None;
        }
        Some(Diagnostic::warning(
            rel,
            at.0,
            at.1,
            msg!(
                "translation-partial",
                code = code,
                what = what,
                parts = Arg::List(parts)
            ),
        ))
    }
}

fn position<T>(t: Option<&Spanned<T>>) -> (usize, usize) {
    t.map_or((1, 1), |t| {
        (t.referenced.line() as usize, t.referenced.column() as usize)
    })
}

/// `base` with its words in `code`. `base` is the dataset as the default language shows it, except for a records
/// dataset, whose totals and footnote the caller has already published in `code`. `siblings` are the other tables
/// published from the same records file: one `translations:` block serves them all, so a column or text that only
/// a sibling holds is not an error, and a table's own title is translated under `values:`.
pub fn dataset(
    base: &Dataset,
    siblings: &[&Dataset],
    tr: Option<&Spanned<RawDatasetTr>>,
    code: &str,
) -> (Dataset, Vec<Diagnostic>) {
    let rel = base.rel.as_path();
    let empty = RawDatasetTr::default();
    let raw = tr.map_or(&empty, |t| &t.value);
    let mut out = base.clone();
    let mut errors = Vec::new();
    let mut missing = Missing::default();

    let own_title = raw.values.get(&base.title).map(|t| t.value.clone());
    if let Some(t) = missing.word(
        "title",
        &base.title,
        own_title.as_ref().or(raw.title.as_ref()),
    ) {
        out.title = t;
    }
    if let Some(t) = missing.word("description", &base.description, raw.description.as_ref()) {
        out.description = t;
    }
    if let Some(t) = missing.word("source", &base.source, raw.source.as_ref()) {
        out.source = t;
    }
    if let Some(topic) = &base.about.topic
        && let Some(t) = missing.word("topic", topic, raw.topic.as_ref())
    {
        out.about.topic = Some(t);
    }

    for (key, given) in &raw.columns {
        if base.column(key).is_none() && siblings.iter().all(|s| s.column(key).is_none()) {
            let keys: Vec<&str> = base.columns.iter().map(|c| c.key.as_str()).collect();
            errors.push(Diagnostic::error(
                rel,
                given.referenced.line() as usize,
                given.referenced.column() as usize,
                msg!(
                    "translation-no-column",
                    column = key,
                    count = keys.len(),
                    columns = &keys
                ),
            ));
        }
    }
    for c in &mut out.columns {
        let (label, unit) = match raw.columns.get(&c.key).map(|t| &t.value) {
            Some(RawColumnTr::Label(l)) => (Some(l.clone()), None),
            Some(RawColumnTr::Full(f)) => (f.label.clone(), f.unit.clone()),
            None => (None, None),
        };
        let mut short = false;
        // A column named for a month (`2023年1月`) is named for it in the other language too (`January 2023`).
        let period = crate::model::series::Period::parse(&c.label);
        match (label, period) {
            (Some(l), _) => c.label = l,
            (None, Some(p)) => c.label = p.label(crate::format::is_zh(code)),
            (None, None) => short |= needs_translation(&c.label),
        }
        match unit {
            Some(u) => c.unit = Some(u).filter(|u| !u.trim().is_empty()),
            None => short |= c.unit.as_deref().is_some_and(needs_translation),
        }
        if short {
            missing.columns.push(c.key.clone());
        }
    }

    let mut used = BTreeSet::new();
    if own_title.is_some() {
        used.insert(base.title.clone());
    }
    for s in siblings {
        used.insert(s.title.clone());
        for r in &s.rows {
            used.extend(r.key.split(" / ").map(str::to_string));
            for c in &r.cells {
                if let Value::Text(t) = c {
                    used.insert(t.clone());
                }
            }
        }
    }
    let mut translate = |text: &str, line: usize, missing: &mut Missing| -> Option<String> {
        if let Some(t) = raw.values.get(text) {
            used.insert(text.to_string());
            return Some(t.value.clone());
        }
        // Keys of a published records aggregate join their grouping values: each part is translated on its own.
        let parts: Vec<&str> = text.split(" / ").collect();
        let mut done = Vec::with_capacity(parts.len());
        let mut all = true;
        for part in &parts {
            match raw.values.get(*part) {
                Some(t) => {
                    used.insert(part.to_string());
                    done.push(t.value.clone());
                }
                None => {
                    all &= !needs_translation(part);
                    done.push(part.to_string());
                }
            }
        }
        if !all {
            missing.texts += 1;
            missing.first_line.get_or_insert(line);
        }
        (parts.len() > 1 || !all || done[0] != text).then(|| done.join(" / "))
    };
    for r in &mut out.rows {
        let original = r.key.clone();
        if let Some(k) = translate(&r.key, r.line, &mut missing) {
            r.key = k;
        }
        for (i, cell) in r.cells.iter_mut().enumerate() {
            if let Value::Text(t) = cell {
                // The key cell shows the same words as the key, so it is counted once.
                if i == 0 && *t == original {
                    *t = r.key.clone();
                } else if let Some(done) = translate(t, r.line, &mut missing) {
                    *t = done;
                }
            }
        }
    }
    for (text, given) in &raw.values {
        if !used.contains(text) {
            errors.push(Diagnostic::error(
                rel,
                given.referenced.line() as usize,
                given.referenced.column() as usize,
                msg!("translation-no-text", text = text),
            ));
        }
    }
    errors.extend(missing.warning(rel, code, position(tr), "dataset"));
    (out, errors)
}

/// `base` with its own words in `code`; `data` is the dataset it draws, already in `code`.
pub fn chart(
    base: &Chart,
    tr: Option<&Spanned<RawChartTr>>,
    code: &str,
) -> (Chart, Option<Diagnostic>) {
    let empty = RawChartTr::default();
    let raw = tr.map_or(&empty, |t| &t.value);
    let mut out = base.clone();
    let mut missing = Missing::default();
    if let Some(t) = missing.word("title", &base.title, raw.title.as_ref()) {
        out.title = t;
    }
    if let Some(t) = missing.word("subtitle", &base.subtitle, raw.subtitle.as_ref()) {
        out.subtitle = t;
    }
    if let Some(t) = missing.word("note", &base.note, raw.note.as_ref()) {
        out.note = t;
    }
    if let Some(s) = &base.source
        && let Some(t) = missing.word("source", s, raw.source.as_ref())
    {
        out.source = Some(t);
    }
    if let Some(u) = &base.unit
        && let Some(t) = missing.word("unit", u, raw.unit.as_ref())
    {
        out.unit = Some(t).filter(|u| !u.trim().is_empty());
    }
    if let Some(cmp) = out.figure.as_mut().and_then(|f| f.compare.as_mut()) {
        let original = cmp.label.clone();
        if let Some(t) = missing.word("compare", &original, raw.compare_label.as_ref()) {
            cmp.label = t;
        }
    }
    let warning = missing.warning(&base.rel, code, position(tr), "chart");
    (out, warning)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;
    use crate::load::dataset::parse;
    use crate::model::Checked;
    use crate::validate::dataset::validate;

    fn checked(text: &str) -> (Dataset, Option<Spanned<RawDatasetTr>>) {
        let src = parse(Path::new("data/d.yaml"), text).unwrap();
        let tr = src.raw.translations.get("en").cloned();
        match validate(&src, crate::messages::Lang::Zh) {
            Ok(Checked::Aggregate(d)) => (d, tr),
            _ => panic!("not an aggregate"),
        }
    }

    const DATA: &str = "title: 低保\ncolumns:\n  - {key: category, label: 类别}\n  - {key: persons, label: 人数, unit: 人, type: integer}\nrows:\n  - {category: 城市低保, persons: 5829}\n  - {category: 农村低保, persons: 36758}\n";

    #[test]
    fn words_are_replaced_and_figures_kept() {
        let text = format!(
            "{DATA}translations:\n  en:\n    title: Subsistence allowance\n    columns:\n      category: Category\n      persons: {{label: Persons, unit: persons}}\n    values:\n      城市低保: Urban\n      农村低保: Rural\n"
        );
        let (d, tr) = checked(&text);
        let (en, diags) = dataset(&d, &[], tr.as_ref(), "en");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(en.title, "Subsistence allowance");
        assert_eq!(en.columns[1].label, "Persons");
        assert_eq!(en.columns[1].unit.as_deref(), Some("persons"));
        assert_eq!(en.rows[0].key, "Urban");
        assert_eq!(en.rows[0].cells[0], Value::Text("Urban".into()));
        assert_eq!(en.rows[1].cells[1], Value::Integer(36758));
    }

    #[test]
    fn a_missing_translation_falls_back_with_a_warning() {
        let (d, tr) = checked(DATA);
        let (en, diags) = dataset(&d, &[], tr.as_ref(), "en");
        assert_eq!(en.title, "低保");
        assert_eq!(diags.len(), 1);
        let w = &diags[0];
        assert_eq!(w.severity, Severity::Warning);
        assert!(w.message().contains("the title"), "{}", w.message());
        assert!(
            w.message().contains("2 texts in the table"),
            "{}",
            w.message()
        );
        assert!(w.message().contains("category, persons"), "{}", w.message());
        assert!(
            !w.message().contains("城市低保"),
            "values are never printed"
        );
    }

    #[test]
    fn a_translation_of_nothing_is_an_error() {
        let text = format!(
            "{DATA}translations:\n  en:\n    title: T\n    columns:\n      people: People\n    values:\n      城镇低保: Urban\n"
        );
        let (d, tr) = checked(&text);
        let (_, diags) = dataset(&d, &[], tr.as_ref(), "en");
        let errors: Vec<_> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert_eq!(errors.len(), 2, "{diags:?}");
        assert_eq!(errors[0].line, 12);
        assert!(errors[1].message().contains("no row"));
    }

    #[test]
    fn chinese_is_recognised() {
        assert!(needs_translation("户数"));
        assert!(needs_translation("（%）"));
        assert!(!needs_translation("2023"));
        assert!(!needs_translation("Households"));
    }
}
