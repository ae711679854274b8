//! Checks a dataset against its own column declarations and turns it into typed rows.

mod row_meta;
mod table;

pub use row_meta::is_heading;

use std::collections::BTreeSet;

use serde_saphyr::Spanned;

use super::date;
use crate::diagnostics::Diagnostic;
use crate::load::dataset::{RawMeasure, RawRow};
use crate::load::figures::{self, Figure};
use crate::load::{Scalar, SourceDataset};
use crate::messages::msg;
use crate::messages::{Arg, Lang, Message, word};
use crate::model::dataset::{About, FREQUENCIES};
use crate::model::{Checked, Column, ColumnType, Dataset, Measure, Op, Records, Row, Table, Value};

pub(super) type Loc = (usize, usize);

fn at(s: &serde_saphyr::Location) -> Loc {
    (s.line() as usize, s.column() as usize)
}

/// `lang` is the site's language, in which a measure without a `label:` is named.
pub fn validate(src: &SourceDataset, lang: Lang) -> Result<Checked, Vec<Diagnostic>> {
    if let Some(t) = &src.table {
        return table::validate(src, t).map(Checked::Aggregate);
    }
    let raw = &src.raw;
    let rel = &src.rel;
    let mut errors = Vec::new();

    let records_kind = match &raw.kind {
        None => false,
        Some(kind) => {
            let (l, c) = at(&kind.referenced);
            match kind.value.as_str() {
                "aggregate" => false,
                "records" => true,
                other => {
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("dataset-unknown-kind", kind = other),
                    ));
                    false
                }
            }
        }
    };

    let as_of = raw.as_of.as_ref().and_then(|d| {
        let text = d.value.as_text();
        let parsed = date::parse_iso(&text);
        if parsed.is_none() {
            let (l, c) = at(&d.referenced);
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("dataset-bad-date", value = &text),
            ));
        }
        parsed
    });

    let columns = columns(src, records_kind, &mut errors);
    let about = about(src, &mut errors);

    if records_kind {
        let records = records(src, &columns, &mut errors);
        let publish = publish(src, &columns, lang, &mut errors);
        if !raw.rows.is_empty() {
            errors.push(Diagnostic::error(
                rel,
                at(&raw.rows[0].referenced).0,
                0,
                msg!("records-rows"),
            ));
        }
        return match (errors.is_empty(), publish) {
            (true, Some(tables)) => Ok(Checked::Records(Records {
                id: src.id.clone(),
                rel: rel.clone(),
                title: raw.title.clone(),
                description: raw.description.clone(),
                source: raw.source.clone(),
                as_of,
                columns,
                records,
                tables,
                about,
            })),
            _ => Err(errors),
        };
    }

    if raw.records.is_some()
        || raw.publish.is_some()
        || src.csv.is_some()
        || columns.iter().any(|c| c.personal)
    {
        errors.push(Diagnostic::error(rel, 1, 1, msg!("records-unmarked")));
    }

    let mut rows = Vec::with_capacity(raw.rows.len());
    let mut keys = BTreeSet::new();
    for row in &raw.rows {
        let (rl, rc) = at(&row.referenced);
        let cells = typed_row(rel, &row.value, (rl, rc), &columns, &mut errors);
        let key = match cells.first() {
            Some(Value::Empty) | None => {
                if let Some(first) = columns.first() {
                    errors.push(Diagnostic::error(
                        rel,
                        rl,
                        rc,
                        msg!("dataset-row-no-key", column = &first.key),
                    ));
                }
                String::new()
            }
            Some(v) => display_key(v),
        };
        if !key.is_empty() && !keys.insert(key.clone()) {
            errors.push(Diagnostic::error(
                rel,
                rl,
                rc,
                msg!("dataset-row-twice", key = &key),
            ));
        }
        rows.push(Row {
            key,
            cells,
            line: rl,
            level: 0,
            total: false,
        });
    }

    row_meta::yaml_levels(&raw.rows, &columns, &mut rows, rel, &mut errors);
    row_meta::declared_totals(&raw.totals, &mut rows, rel, &mut errors);
    let meta = row_meta::meta(raw, &columns, rel, &mut errors);
    let cell_error = |ri: usize, _: usize, m: crate::messages::Message| {
        Diagnostic::error(rel, rows[ri].line, 1, m)
    };
    let period_column =
        row_meta::period_column(raw, &columns, &rows, rel, &cell_error, &mut errors);
    if errors.is_empty() {
        Ok(Checked::Aggregate(Dataset {
            id: src.id.clone(),
            rel: rel.clone(),
            title: raw.title.clone(),
            description: raw.description.clone(),
            source: raw.source.clone(),
            as_of,
            columns,
            rows,
            notes: Vec::new(),
            localized: Vec::new(),
            inferred: Vec::new(),
            about,
            unit_column: meta.unit_column,
            hierarchy_read: false,
            period: meta.period,
            series: meta.series,
            period_column,
        }))
    } else {
        Err(errors)
    }
}

fn about(src: &SourceDataset, errors: &mut Vec<Diagnostic>) -> About {
    let raw = &src.raw;
    let frequency = raw.frequency.as_ref().and_then(|f| {
        if FREQUENCIES.contains(&f.value.as_str()) {
            return Some(f.value.clone());
        }
        let (l, c) = at(&f.referenced);
        errors.push(Diagnostic::error(
            &src.rel,
            l,
            c,
            msg!(
                "dataset-bad-frequency",
                value = &f.value,
                allowed = FREQUENCIES.as_slice()
            ),
        ));
        None
    });
    About {
        topic: raw
            .topic
            .as_ref()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        frequency,
        example: raw.example,
        // Checked against the published table in `validate::docmeta::dataset_extras`.
        ..About::default()
    }
}

fn columns(src: &SourceDataset, records_kind: bool, errors: &mut Vec<Diagnostic>) -> Vec<Column> {
    let rel = &src.rel;
    if src.raw.columns.is_empty() {
        errors.push(Diagnostic::error(rel, 0, 0, msg!("dataset-no-columns")));
    }
    let mut out = Vec::with_capacity(src.raw.columns.len());
    let mut seen = BTreeSet::new();
    for col in &src.raw.columns {
        let (l, c) = at(&col.referenced);
        let key = col.value.key.trim().to_string();
        if key.is_empty() || key.contains(char::is_whitespace) {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("dataset-bad-column-key", key = &key),
            ));
        }
        if !seen.insert(key.clone()) {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("dataset-column-twice", key = &key),
            ));
        }
        let kind = match &col.value.kind {
            None => ColumnType::Text,
            Some(t) => ColumnType::parse(t.value.trim()).unwrap_or_else(|| {
                let (l, c) = at(&t.referenced);
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!("dataset-unknown-type", kind = &t.value),
                ));
                ColumnType::Text
            }),
        };
        let raw = &col.value;
        let unit = raw.unit.clone().filter(|u| !u.trim().is_empty());
        if records_kind {
            personal_marking(rel, (l, c), raw, errors);
        }
        let levels = raw.levels.as_ref().map(|ls| {
            let mut names: Vec<String> = Vec::new();
            for level in ls {
                let name = level.value.as_text().trim().to_string();
                if names.contains(&name) || name.is_empty() {
                    let (l, c) = at(&level.referenced);
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("dataset-bad-level", level = &name, column = &key),
                    ));
                }
                names.push(name);
            }
            names
        });
        let counts_people = unit
            .as_deref()
            .is_some_and(|u| COUNT_UNITS.contains(&u.trim()));
        let min = raw
            .min
            .or((counts_people && kind.is_numeric()).then_some(0.0));
        if let (Some(lo), Some(hi)) = (min, raw.max)
            && lo > hi
        {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("dataset-min-above-max", column = &key),
            ));
        }
        out.push(Column {
            key,
            label: raw.label.clone(),
            unit,
            kind,
            personal: raw.personal.unwrap_or(false),
            levels,
            min,
            max: raw.max,
            grouping: raw.grouping.unwrap_or_default(),
        });
    }
    out
}

/// Units of a count of people or things: such a figure cannot be negative unless its column says `min:`.
pub(super) const COUNT_UNITS: &[&str] = &["户", "人", "个", "人次", "户次", "家", "所", "名"];

/// Words that make a column look like personal data, in its key or its label.
const PERSONAL_WORDS_ZH: &[&str] = &[
    "姓名",
    "名字",
    "身份证",
    "证件",
    "电话",
    "手机",
    "住址",
    "地址",
    "出生",
    "生日",
    "银行",
    "账号",
    "帐号",
    "卡号",
    "邮箱",
    "护照",
    "联系方式",
];
const PERSONAL_WORDS_EN: &[&str] = &[
    "name",
    "names",
    "surname",
    "id",
    "idno",
    "id_number",
    "idnumber",
    "identity",
    "passport",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "address",
    "addr",
    "birth",
    "birthday",
    "birthdate",
    "dob",
    "bank",
    "account",
    "iban",
    "card",
    "email",
    "phonenumber",
    "dateofbirth",
];

/// Whether a column key or label reads like personal data: a Chinese word anywhere, an English word as a whole
/// word of a key such as `birth_date` or a label such as `Phone number`.
pub fn looks_personal(text: &str) -> bool {
    let lower = text.to_lowercase();
    PERSONAL_WORDS_ZH.iter().any(|w| lower.contains(w))
        || lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| PERSONAL_WORDS_EN.contains(&word))
        || PERSONAL_WORDS_EN
            .iter()
            .any(|w| w.len() > 4 && lower.replace(['_', '-', ' '], "") == *w)
}

/// A records column that looks personal must say so, or say why not: a roster column named 姓名 left unmarked
/// would otherwise be grouped by and published.
fn personal_marking(
    rel: &std::path::Path,
    (l, c): Loc,
    raw: &crate::load::dataset::RawColumn,
    errors: &mut Vec<Diagnostic>,
) {
    let reason = raw.personal_reason.as_deref().map(str::trim).unwrap_or("");
    match raw.personal {
        Some(false)
            if reason.is_empty() && (looks_personal(&raw.key) || looks_personal(&raw.label)) =>
        {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("records-personal-no-reason", column = &raw.key),
            ))
        }
        None if looks_personal(&raw.key) || looks_personal(&raw.label) => {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("records-personal-unmarked", column = &raw.key),
            ))
        }
        _ => {}
    }
}

/// Checks a value against its column's range and levels; the error says what is wrong and what to do.
pub(super) fn in_range(col: &Column, v: &Value) -> Result<(), Message> {
    if let (Some(levels), Value::Text(t)) = (&col.levels, v)
        && !levels.iter().any(|l| l == t)
    {
        return Err(msg!("cell-not-a-level", column = &col.key, levels = levels));
    }
    let Some(x) = v.as_f64() else { return Ok(()) };
    if matches!(v, Value::Number(_)) && x.abs() > MAX_EXACT {
        return Err(msg!("cell-too-large", column = &col.key));
    }
    if let Some(lo) = col.min
        && x < lo
    {
        let count = col
            .unit
            .as_deref()
            .is_some_and(|u| COUNT_UNITS.contains(&u.trim()));
        return Err(msg!(
            "cell-below-min",
            column = &col.key,
            min = lo,
            count = if count { "yes" } else { "no" }
        ));
    }
    if let Some(hi) = col.max
        && x > hi
    {
        return Err(msg!("cell-above-max", column = &col.key, max = hi));
    }
    Ok(())
}

/// The catalogue's name of a column type.
pub(super) fn type_term(kind: ColumnType) -> &'static str {
    match kind {
        ColumnType::Text => "term-type-text",
        ColumnType::Integer => "term-type-integer",
        ColumnType::Number => "term-type-number",
        ColumnType::Percent => "term-type-percent",
        ColumnType::Date => "term-type-date",
    }
}

/// The largest magnitude a decimal number keeps every digit of (2^53).
pub const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// Checks one row's cells against the columns; unknown keys are errors at their value.
fn typed_row(
    rel: &std::path::Path,
    row: &RawRow,
    (rl, rc): Loc,
    columns: &[Column],
    errors: &mut Vec<Diagnostic>,
) -> Vec<Value> {
    for (k, v) in row {
        if !columns.iter().any(|c| &c.key == k) && !row_meta::HIERARCHY_KEYS.contains(&k.as_str()) {
            let (l, c) = at(&v.referenced);
            let (l, c) = if l == 0 { (rl, rc) } else { (l, c) };
            let allowed: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                if k.len() == 3 && k.chars().all(|c| c.is_ascii_digit()) {
                    msg!("dataset-row-thousands", key = k, columns = &allowed)
                } else {
                    msg!("dataset-row-undeclared", key = k, columns = &allowed)
                },
            ));
        }
    }
    columns
        .iter()
        .map(|col| match row.get(&col.key) {
            None => Value::Empty,
            Some(v) => typed(col, v)
                .and_then(|value| match in_range(col, &value) {
                    Ok(()) => Ok(value),
                    Err(m) => Err(Diagnostic::error(
                        "",
                        v.referenced.line() as usize,
                        v.referenced.column() as usize,
                        m,
                    )),
                })
                .unwrap_or_else(|d| {
                    errors.push(Diagnostic {
                        file: rel.to_path_buf(),
                        ..d
                    });
                    Value::Empty
                }),
        })
        .collect()
}

fn records(
    src: &SourceDataset,
    columns: &[Column],
    errors: &mut Vec<Diagnostic>,
) -> Vec<Vec<Value>> {
    let rel = &src.rel;
    match (&src.raw.records, &src.csv) {
        (Some(_), Some((csv, _))) => {
            errors.push(Diagnostic::error(
                rel,
                0,
                0,
                msg!("records-twice", csv = csv),
            ));
            Vec::new()
        }
        (Some(list), None) => list
            .iter()
            .map(|r| typed_row(rel, &r.value, at(&r.referenced), columns, errors))
            .collect(),
        (None, Some((csv, text))) => csv_records(csv, text, columns, errors),
        (None, None) => {
            errors.push(Diagnostic::error(
                rel,
                0,
                0,
                msg!("records-none", csv = &rel.with_extension("csv")),
            ));
            Vec::new()
        }
    }
}

/// Reads records exported as CSV: the header names the column keys; numbers are parsed by column type.
fn csv_records(
    csv_rel: &std::path::Path,
    text: &str,
    columns: &[Column],
    errors: &mut Vec<Diagnostic>,
) -> Vec<Vec<Value>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
        Err(_) => {
            errors.push(Diagnostic::error(csv_rel, 1, 1, msg!("csv-header")));
            return Vec::new();
        }
    };
    let mut index = Vec::with_capacity(columns.len());
    for col in columns {
        match header.iter().position(|h| *h == col.key) {
            Some(i) => index.push(Some(i)),
            None => {
                errors.push(Diagnostic::error(
                    csv_rel,
                    1,
                    1,
                    msg!("csv-no-column", column = &col.key),
                ));
                index.push(None);
            }
        }
    }
    for (i, h) in header.iter().enumerate() {
        if !columns.iter().any(|c| &c.key == h) {
            let col = header[..i]
                .iter()
                .map(|h| h.chars().count() + 1)
                .sum::<usize>()
                + 1;
            errors.push(Diagnostic::error(
                csv_rel,
                1,
                col,
                msg!("csv-undeclared", column = h),
            ));
        }
    }
    // One record a line: sized once, not doubled (with a record list's worth of spare room) as a million are read.
    let mut out = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count());
    // One record read into the same buffer each time: a roster of a million lines allocates for its cells only.
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                errors.push(Diagnostic::error(csv_rel, line, 0, msg!("csv-line")));
                continue;
            }
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut cells = Vec::with_capacity(columns.len());
        for (col, idx) in columns.iter().zip(&index) {
            let raw = idx.and_then(|i| record.get(i)).unwrap_or("").trim();
            cells.push(
                match csv_cell(col, raw).and_then(|v| in_range(col, &v).map(|()| v)) {
                    Ok(v) => v,
                    Err(m) => {
                        let c = idx.map_or(0, |i| {
                            (0..i)
                                .map(|j| record.get(j).map_or(0, |f| f.chars().count() + 1))
                                .sum::<usize>()
                                + 1
                        });
                        errors.push(Diagnostic::error(csv_rel, line, c, m));
                        Value::Empty
                    }
                },
            );
        }
        out.push(cells);
    }
    out
}

fn csv_cell(col: &Column, raw: &str) -> Result<Value, Message> {
    if raw.is_empty() {
        return Ok(Value::Empty);
    }
    let not_number = || {
        msg!(
            "csv-not-number",
            kind = Arg::Term(type_term(col.kind)),
            column = &col.key
        )
    };
    match col.kind {
        ColumnType::Text => Ok(Value::Text(raw.to_string())),
        ColumnType::Integer => raw
            .parse::<i64>()
            .map(Value::Integer)
            .map_err(|_| not_number()),
        ColumnType::Number | ColumnType::Percent => raw
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Value::Number)
            .ok_or_else(not_number),
        ColumnType::Date => date::parse_iso(raw)
            .map(Value::Date)
            .ok_or_else(|| msg!("csv-not-date", column = &col.key)),
    }
}

/// Checks `publish:`: each table's id, period, group-by columns and measures exist and are not personal.
fn publish(
    src: &SourceDataset,
    columns: &[Column],
    lang: Lang,
    errors: &mut Vec<Diagnostic>,
) -> Option<Vec<Table>> {
    use crate::load::dataset::PublishSpec;
    let rel = &src.rel;
    let Some(p) = &src.raw.publish else {
        errors.push(Diagnostic::error(rel, 0, 0, msg!("publish-missing")));
        return None;
    };
    let specs: Vec<(&crate::load::dataset::RawPublish, Loc)> = match &p.value {
        PublishSpec::One(one) => vec![(one.as_ref(), at(&p.referenced))],
        PublishSpec::Many(many) => many.iter().map(|t| (&t.value, at(&t.referenced))).collect(),
    };
    if specs.is_empty() {
        let (l, c) = at(&p.referenced);
        errors.push(Diagnostic::error(rel, l, c, msg!("publish-empty")));
    }
    let mut tables: Vec<Table> = Vec::new();
    for (spec, loc) in specs {
        let id = match &spec.id {
            None => src.id.clone(),
            Some(id) => {
                let text = id.value.trim().to_string();
                if text.is_empty()
                    || !text
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
                {
                    let (l, c) = at(&id.referenced);
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("publish-bad-id", id = &text),
                    ));
                }
                text
            }
        };
        if tables.iter().any(|t| t.id == id) {
            errors.push(Diagnostic::error(
                rel,
                loc.0,
                loc.1,
                msg!("publish-id-twice", id = &id),
            ));
        }
        let mut group_by = Vec::new();
        let period = spec
            .period
            .as_ref()
            .and_then(|p| group_column(rel, p, columns, "period", errors));
        group_by.extend(period);
        for g in &spec.group_by {
            if let Some(i) = group_column(rel, g, columns, "group_by", errors) {
                if group_by.contains(&i) {
                    let (l, c) = at(&g.referenced);
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("publish-grouped-twice", column = &g.value),
                    ));
                } else {
                    group_by.push(i);
                }
            }
        }
        if spec.group_by.is_empty() && spec.period.is_none() {
            errors.push(Diagnostic::error(
                rel,
                loc.0,
                loc.1,
                msg!("publish-no-group"),
            ));
        }
        let measures = measures(rel, &spec.measures, columns, lang, errors);
        if measures.is_empty() && errors.is_empty() {
            errors.push(Diagnostic::error(
                rel,
                loc.0,
                loc.1,
                msg!("publish-no-measures"),
            ));
        }
        tables.push(Table {
            id,
            title: spec.title.clone().filter(|t| !t.trim().is_empty()),
            group_by,
            period,
            measures,
            line: spec.group_by.first().map_or(loc.0, |g| at(&g.referenced).0),
        });
    }
    Some(tables)
}

/// A column a table is grouped by: it must exist and not be personal.
fn group_column(
    rel: &std::path::Path,
    g: &Spanned<String>,
    columns: &[Column],
    what: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let (l, c) = at(&g.referenced);
    match columns.iter().position(|col| col.key == g.value) {
        None => {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("publish-not-column", key = what, column = &g.value),
            ));
            None
        }
        Some(i) if columns[i].personal => {
            errors.push(Diagnostic::error(
                rel,
                l,
                c,
                msg!("publish-group-personal", column = &g.value),
            ));
            None
        }
        Some(i) => Some(i),
    }
}

fn measures(
    rel: &std::path::Path,
    raw: &crate::load::dataset::Measures,
    columns: &[Column],
    lang: Lang,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Measure> {
    let mut measures = Vec::new();
    for (name, m) in &raw.0 {
        let (l, c) = at(&m.referenced);
        let (op_text, column, label, unit) = match &m.value {
            RawMeasure::Op(op) => (op.clone(), None, None, None),
            RawMeasure::Full(f) => (
                f.op.clone(),
                f.column.clone(),
                f.label.clone(),
                f.unit.clone(),
            ),
        };
        let op = match op_text.trim() {
            "count" => Op::Count,
            "sum" => Op::Sum,
            "mean" => Op::Mean,
            "min" => Op::Min,
            "max" => Op::Max,
            "median" => Op::Median,
            other => {
                errors.push(Diagnostic::error(
                    rel,
                    l,
                    c,
                    msg!("publish-unknown-measure", op = other),
                ));
                continue;
            }
        };
        let column = if op == Op::Count {
            None
        } else {
            let key = column.clone().unwrap_or_else(|| name.clone());
            match columns.iter().position(|col| col.key == key) {
                None => {
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("publish-measure-not-column", measure = name, column = key),
                    ));
                    continue;
                }
                Some(i) if columns[i].personal => {
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("publish-measure-personal", column = key),
                    ));
                    continue;
                }
                Some(i) if !columns[i].kind.is_numeric() => {
                    errors.push(Diagnostic::error(
                        rel,
                        l,
                        c,
                        msg!("publish-measure-not-numeric", column = key),
                    ));
                    continue;
                }
                Some(i) => Some(i),
            }
        };
        let label = label.unwrap_or_else(|| match (op, column) {
            (Op::Count, _) => word("reader-measure-count", lang),
            (op, Some(i)) => msg!(
                "reader-measure-of-column",
                op = Arg::Term(match op {
                    Op::Sum => "reader-measure-sum",
                    Op::Mean => "reader-measure-mean",
                    Op::Min => "reader-measure-min",
                    Op::Median => "reader-measure-median",
                    _ => "reader-measure-max",
                }),
                column = &columns[i].label
            )
            .text(lang),
            (_, None) => name.clone(),
        });
        let unit = unit.or_else(|| column.and_then(|i| columns[i].unit.clone()));
        measures.push(Measure {
            name: name.clone(),
            label,
            unit,
            op,
            column,
            line: l,
        });
    }
    measures
}

fn display_key(v: &Value) -> String {
    match v {
        Value::Empty | Value::Suppressed => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Number(f) => f.to_string(),
        Value::Text(s) | Value::Date(s) => s.trim().to_string(),
    }
}

/// Checks one cell against its column's type. The error carries line and column; the caller fills in the file.
fn typed(col: &Column, v: &Spanned<Scalar>) -> Result<Value, Diagnostic> {
    typed_value(
        col,
        &v.value,
        (v.referenced.line() as usize, v.referenced.column() as usize),
    )
}

/// [`typed`] for a value at line `l`, column `c`. Figures written as text are read as statisticians write them
/// (`1,405`, `１２．５％`, `-` for none; see [`crate::load::figures`]).
pub(super) fn typed_value(col: &Column, v: &Scalar, (l, c): Loc) -> Result<Value, Diagnostic> {
    let at = |m: Message| Diagnostic::error("", l, c, m);
    let shown = v.as_text();
    match (v, col.kind) {
        (Scalar::Empty(()), _) => Ok(Value::Empty),
        (Scalar::Text(s), _) if s.trim().is_empty() => Ok(Value::Empty),
        (_, ColumnType::Text) => Ok(Value::Text(shown.trim().to_string())),
        (Scalar::Integer(i), ColumnType::Integer) => Ok(Value::Integer(*i)),
        // `3815.0` is a whole number; beyond 2^53 the parser has already rounded it, so its digits are counted
        // rather than quoted (the source line under the message shows what was written).
        (Scalar::Number(f), ColumnType::Integer) if f.is_finite() && f.fract() == 0.0 => {
            if f.abs() <= MAX_EXACT {
                Ok(Value::Integer(*f as i64))
            } else {
                Err(at(msg!(
                    "cell-integer-too-large",
                    digits = format!("{:.0}", f.abs()).len(),
                    column = &col.key
                )))
            }
        }
        (Scalar::Number(_), ColumnType::Integer) => Err(at(msg!(
            "cell-not-whole",
            value = &shown,
            column = &col.key
        ))),
        (Scalar::Integer(i), ColumnType::Number | ColumnType::Percent) => {
            Ok(Value::Number(*i as f64))
        }
        (Scalar::Number(f), ColumnType::Number | ColumnType::Percent) if f.is_finite() => {
            Ok(Value::Number(*f))
        }
        (Scalar::Text(s), kind) if kind.is_numeric() => match figures::parse(s) {
            Ok(Figure::None) => Ok(Value::Empty),
            Ok(Figure::Number {
                value,
                whole,
                percent,
            }) => match kind {
                ColumnType::Integer if !whole => Err(at(msg!(
                    "cell-not-whole",
                    value = s.trim(),
                    column = &col.key
                ))),
                ColumnType::Integer if value.abs() <= MAX_EXACT => Ok(Value::Integer(value as i64)),
                ColumnType::Number if percent => Err(at(msg!(
                    "cell-percentage",
                    value = s.trim(),
                    column = &col.key
                ))),
                _ => Ok(Value::Number(value)),
            },
            Err(e) => Err(at(msg!(
                "cell-not-figure",
                value = s.trim(),
                kind = Arg::Term(type_term(kind)),
                column = &col.key,
                why = e.reason,
            ))),
        },
        (Scalar::Text(s), ColumnType::Date) => date::parse_iso(s)
            .map(Value::Date)
            .ok_or_else(|| at(msg!("cell-not-date", value = s, column = &col.key))),
        (_, ColumnType::Date) => Err(at(msg!("cell-not-date", value = &shown, column = &col.key))),
        (Scalar::Text(_) | Scalar::Bool(_) | Scalar::Number(_), kind) => Err(at(msg!(
            "cell-not-number",
            value = &shown,
            kind = Arg::Term(type_term(kind)),
            column = &col.key
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn ds(yaml: &str) -> Result<Dataset, Vec<Diagnostic>> {
        let src =
            crate::load::dataset::parse(Path::new("data/t.yaml"), yaml).map_err(|d| vec![d])?;
        match validate(&src, Lang::Zh)? {
            Checked::Aggregate(d) => Ok(d),
            Checked::Records(_) => Err(Vec::new()),
        }
    }

    /// A measure without a label is named in the site's language, not always in Chinese.
    #[test]
    fn unlabelled_measures_are_named_in_the_sites_language() {
        let yaml = "title: t\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  - {key: town, label: 乡镇}\n  - {key: age, label: 年龄, type: integer}\npublish:\n  group_by: [town]\n  measures:\n    persons: count\n    age: {op: mean}\nrecords:\n  - {name: 某甲, town: 甲镇, age: 70}\n";
        let src = crate::load::dataset::parse(Path::new("data/t.yaml"), yaml).unwrap();
        let labels = |lang| match validate(&src, lang) {
            Ok(Checked::Records(r)) => r.tables[0]
                .measures
                .iter()
                .map(|m| m.label.clone())
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        assert_eq!(labels(Lang::En), ["Number of records", "年龄, average"]);
        assert_ne!(labels(Lang::Zh), labels(Lang::En));
    }

    const HEAD: &str = "title: t\ncolumns:\n  - {key: k, label: 类别}\n  - {key: n, label: 人数, unit: 人, type: integer}\n";

    #[test]
    fn typed_rows() {
        let d = ds(&format!(
            "{HEAD}rows:\n  - {{k: 城市低保, n: 5829}}\n  - {{k: 农村低保}}\n"
        ))
        .unwrap();
        assert_eq!(
            d.rows[0].cells,
            vec![Value::Text("城市低保".into()), Value::Integer(5829)]
        );
        assert_eq!(d.rows[1].cells[1], Value::Empty);
        assert_eq!(d.row("城市低保").map(|r| r.line), Some(6));
    }

    #[test]
    fn text_in_integer_column_points_at_the_value() {
        let e = ds(&format!("{HEAD}rows:\n  - {{k: a, n: 很多}}\n")).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].line, e[0].col), (6, 15));
        assert_eq!(e[0].file, Path::new("data/t.yaml"));
        assert!(e[0].message().contains("not a number"));
    }

    #[test]
    fn duplicate_row_keys_and_unknown_cells() {
        let e = ds(&format!(
            "{HEAD}rows:\n  - {{k: a, n: 1}}\n  - {{k: a, x: 2}}\n"
        ))
        .unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
    }

    #[test]
    fn unknown_type_is_an_error() {
        let e = ds("title: t\ncolumns:\n  - {key: k, label: a, type: money}\n").unwrap_err();
        assert!(e[0].message().contains("money"));
    }

    fn messages(yaml: &str) -> Vec<String> {
        match ds(yaml) {
            Ok(_) => Vec::new(),
            Err(e) => e.into_iter().map(|d| d.message()).collect(),
        }
    }

    #[test]
    fn negative_household_counts_are_refused_unless_the_column_allows_them() {
        let m = messages(&format!("{HEAD}rows:\n  - {{k: a, n: -3}}\n"));
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].contains("below its minimum 0 (a count cannot be negative)"),
            "{m:?}"
        );
        let head = HEAD.replace("type: integer}", "type: integer, min: -10}");
        assert!(messages(&format!("{head}rows:\n  - {{k: a, n: -3}}\n")).is_empty());
    }

    #[test]
    fn declared_ranges_are_enforced() {
        let head = "title: t\ncolumns:\n  - {key: k, label: 类别}\n  - {key: r, label: 比率, type: percent, min: 0, max: 100}\n";
        assert!(messages(&format!("{head}rows:\n  - {{k: a, r: 100}}\n")).is_empty());
        let m = messages(&format!("{head}rows:\n  - {{k: a, r: 100.5}}\n"));
        assert!(m[0].contains("above its maximum 100"), "{m:?}");
        let m =
            messages("title: t\ncolumns:\n  - {key: r, label: a, type: number, min: 5, max: 1}\n");
        assert!(m[0].contains("`min:` above `max:`"), "{m:?}");
    }

    #[test]
    fn numbers_that_cannot_be_shown_exactly_are_refused() {
        let head = "title: t\ncolumns:\n  - {key: k, label: 类别}\n  - {key: x, label: 金额, type: number}\n";
        let m = messages(&format!("{head}rows:\n  - {{k: a, x: 1.7e308}}\n"));
        assert!(m[0].contains("too large to be shown exactly"), "{m:?}");
        assert!(messages(&format!("{head}rows:\n  - {{k: a, x: 123456789.25}}\n")).is_empty());
    }

    #[test]
    fn levels_refuse_other_values() {
        let head = "title: t\ncolumns:\n  - {key: k, label: 类别, levels: [城市低保, 农村低保]}\n";
        assert!(messages(&format!("{head}rows:\n  - {{k: 城市低保}}\n")).is_empty());
        let m = messages(&format!("{head}rows:\n  - {{k: 特困}}\n"));
        assert!(m[0].contains("not one of its declared levels"), "{m:?}");
    }

    #[test]
    fn personal_looking_names() {
        for yes in [
            "姓名",
            "联系电话",
            "name",
            "id_number",
            "birth_date",
            "Home address",
            "bank_account",
        ] {
            assert!(looks_personal(yes), "{yes}");
        }
        for no in [
            "township",
            "category",
            "乡镇",
            "类别",
            "月保障金",
            "persons",
            "provider",
        ] {
            assert!(!looks_personal(no), "{no}");
        }
        let roster = |col: &str| {
            format!(
                "title: t\nkind: records\ncolumns:\n  - {col}\n  - {{key: town, label: 乡镇}}\nrecords:\n  - {{town: 甲镇}}\npublish:\n  group_by: [town]\n  measures:\n    persons: count\n"
            )
        };
        let m = messages(&roster("{key: xm, label: 姓名}"));
        assert!(m[0].contains("looks personal but is not marked"), "{m:?}");
        let m = messages(&roster("{key: xm, label: 姓名, personal: false}"));
        assert!(m[0].contains("without a reason"), "{m:?}");
        assert!(
            messages(&roster(
                "{key: office_address, label: 办公地址, personal: false, personal_reason: 机构地址}"
            ))
            .is_empty()
        );
        assert!(messages(&roster("{key: xm, label: 姓名, personal: true}")).is_empty());
    }

    #[test]
    fn a_twenty_digit_integer_is_too_long_not_a_fraction() {
        let col = Column {
            key: "persons".into(),
            kind: ColumnType::Integer,
            ..Column::default()
        };
        let e =
            typed_value(&col, &Scalar::Number(12_345_678_901_234_567_890.0), (3, 5)).unwrap_err();
        assert_eq!(e.msg.id, "cell-integer-too-large");
        assert!(!e.message().contains("not a whole number"), "{e}");
        assert!(e.message().contains("20 digits"), "{e}");
        assert_eq!(
            typed_value(&col, &Scalar::Number(3815.0), (3, 5)),
            Ok(Value::Integer(3815))
        );
        let e = typed_value(&col, &Scalar::Number(1.5), (3, 5)).unwrap_err();
        assert_eq!(e.msg.id, "cell-not-whole");
    }
}
