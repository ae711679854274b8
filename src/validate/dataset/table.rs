//! A summary table read from a CSV or spreadsheet file (see [`crate::load::dataset::table_file`]) becomes a [`Dataset`]: its
//! header names the columns, the sidecar adds what the table does not say, and every other column's type is read
//! from its figures. Each cell goes through the same typing as a YAML dataset's, so a figure is accepted or refused
//! alike wherever it was written, and an error names the cell (`data/mz.xlsx:Sheet1!C12`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::date;
use super::{COUNT_UNITS, Loc, in_range, typed_value};
use crate::diagnostics::Diagnostic;
use crate::load::dataset::table_file::{Cell, Head, SideColumn, TableFile};
use crate::load::figures::{self, Figure};
use crate::load::{Scalar, SourceDataset};
use crate::messages::msg;
use crate::model::{Column, ColumnType, Dataset, Row, Value};

pub fn validate(src: &SourceDataset, t: &TableFile) -> Result<Dataset, Vec<Diagnostic>> {
    let rel = &src.rel;
    let side_rel = t.sidecar_rel().unwrap_or(rel);
    let mut errors = Vec::new();
    let as_of = src.raw.as_of.as_ref().and_then(|d| {
        let text = d.value.as_text();
        let parsed = date::parse_iso(&text);
        if parsed.is_none() {
            errors.push(Diagnostic::error(
                side_rel,
                d.referenced.line() as usize,
                d.referenced.column() as usize,
                msg!("dataset-bad-date", value = &text),
            ));
        }
        parsed
    });
    let (columns, inferred) = columns(rel, side_rel, t, &mut errors);
    let mut rows = Vec::with_capacity(t.rows.len());
    let mut keys = BTreeSet::new();
    for r in &t.rows {
        let mut cells = Vec::with_capacity(columns.len());
        for (col, (pos, cell)) in columns.iter().zip(&r.cells) {
            let at: Loc = (r.line, *pos);
            let value = typed_value(col, &scalar(cell), at)
                .and_then(|v| match in_range(col, &v) {
                    Ok(()) => Ok(v),
                    Err(m) => Err(Diagnostic::error("", at.0, at.1, m)),
                })
                .unwrap_or_else(|d| {
                    errors.push(t.error(rel, at, d.msg));
                    Value::Empty
                });
            cells.push(value);
        }
        let key = match cells.first() {
            Some(Value::Text(k)) => k.clone(),
            Some(Value::Integer(i)) => i.to_string(),
            Some(Value::Number(f)) => f.to_string(),
            Some(Value::Date(d)) => d.clone(),
            _ => {
                let at = r.cells.first().map_or((r.line, 1), |(p, _)| (r.line, *p));
                errors.push(t.error(rel, at, msg!("table-row-no-name")));
                String::new()
            }
        };
        rows.push(Row {
            key,
            cells,
            line: r.line,
            level: 0,
            total: false,
        });
    }
    let hierarchy = t.sidecar.as_ref().and_then(|(_, s)| s.hierarchy.as_ref());
    if hierarchy.is_none_or(|h| h.value.trim() != "none") {
        levels(&mut rows);
        qualify_repeated(&mut rows);
    }
    for (row, r) in rows.iter().zip(&t.rows) {
        if !row.key.is_empty() && !keys.insert(row.key.clone()) {
            let at = r.cells.first().map_or((r.line, 1), |(p, _)| (r.line, *p));
            errors.push(t.error(rel, at, msg!("table-row-twice", key = &row.key)));
        }
    }
    let about = super::about(src, &mut errors);
    super::row_meta::declared_totals(&src.raw.totals, &mut rows, side_rel, &mut errors);
    let meta = super::row_meta::meta(&src.raw, &columns, side_rel, &mut errors);
    let cell_error = |ri: usize, ci: usize, m: crate::messages::Message| {
        let r = &t.rows[ri];
        let pos = r.cells.get(ci).map_or(1, |(p, _)| *p);
        t.error(rel, (r.line, pos), m)
    };
    let period_column = super::row_meta::period_column(
        &src.raw,
        &columns,
        &rows,
        side_rel,
        &cell_error,
        &mut errors,
    );
    let confirmed = match hierarchy.map(|h| h.value.trim()) {
        None => false,
        Some("numbering") => true,
        Some("none") => true,
        Some(other) => {
            let h = hierarchy.map_or(serde_saphyr::Location::UNKNOWN, |h| h.referenced);
            errors.push(Diagnostic::error(
                side_rel,
                h.line() as usize,
                h.column() as usize,
                crate::messages::msg!("table-bad-hierarchy", value = other),
            ));
            false
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let hierarchy_read = !confirmed && rows.iter().any(|r| r.level > 0);
    Ok(Dataset {
        id: src.id.clone(),
        rel: rel.clone(),
        title: src.raw.title.clone(),
        description: src.raw.description.clone(),
        source: src.raw.source.clone(),
        as_of,
        columns,
        rows,
        notes: t.notes.clone(),
        localized: Vec::new(),
        inferred,
        about,
        unit_column: meta.unit_column,
        hierarchy_read,
        period: meta.period,
        series: meta.series,
        period_column,
    })
}

/// The depth of an indicator's numbering as statistical tables write it: 一、 (一) 1. (1) ①.
fn numbering_depth(key: &str) -> Option<u8> {
    const HAN: &str = "一二三四五六七八九十百";
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut chars = key.trim_start().chars().peekable();
    let first = *chars.peek()?;
    if ('①'..='⑳').contains(&first) {
        return Some(5);
    }
    let bracketed = matches!(first, '(' | '（');
    if bracketed {
        chars.next();
    }
    let body: String = chars
        .clone()
        .take_while(|&c| HAN.contains(c) || is_digit(c))
        .collect();
    let n = body.chars().count();
    let han = n > 0 && body.chars().all(|c| HAN.contains(c));
    let digits = n > 0 && body.chars().all(is_digit);
    let mut rest = chars.skip(n);
    let after = rest.next()?;
    let next = rest.next();
    match (bracketed, han, digits, after) {
        (false, true, _, '、') => Some(1),
        (true, true, _, ')' | '）') => Some(2),
        // `1.镇`, `1、镇`, but not a figure such as `1.5`.
        (false, _, true, '.' | '、' | '．') if !next.is_some_and(is_digit) => Some(3),
        (true, _, true, ')' | '）') => Some(4),
        _ => None,
    }
}

/// Levels from the numbering of the row names: the shallowest numbering used is level 0, the next 1, and so on;
/// rows without numbering (合计) stay at 0. A table numbered one way only has no hierarchy.
fn levels(rows: &mut [Row]) {
    let depths: Vec<Option<u8>> = rows.iter().map(|r| numbering_depth(&r.key)).collect();
    let mut used: Vec<u8> = depths.iter().flatten().copied().collect();
    used.sort_unstable();
    used.dedup();
    if used.len() < 2 {
        return;
    }
    for (r, d) in rows.iter_mut().zip(depths) {
        if let Some(d) = d {
            r.level = used.iter().position(|&u| u == d).unwrap_or(0) as u8;
        }
    }
}

/// Statistical tables repeat an indicator's name under different parents (`1.保障人数` under `（一）城市最低生活保障`
/// and under `（二）农村最低生活保障`). Such rows are named by their parent as well, `（一）城市最低生活保障 /
/// 1.保障人数`, so value() can tell them apart; the table still shows `1.保障人数`, indented under its parent.
fn qualify_repeated(rows: &mut [Row]) {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for r in rows.iter() {
        *count.entry(r.key.clone()).or_default() += 1;
    }
    for i in 0..rows.len() {
        if rows[i].level == 0 || count.get(&rows[i].key).is_none_or(|&n| n < 2) {
            continue;
        }
        let level = rows[i].level;
        if let Some(p) = (0..i).rev().find(|&j| rows[j].level < level) {
            rows[i].key = format!("{} / {}", rows[p].key, rows[i].key);
        }
    }
}

/// A file cell as the value a YAML row would hold: whole numbers as integers, so an integer column accepts them.
fn scalar(cell: &Cell) -> Scalar {
    match cell {
        Cell::Empty => Scalar::Empty(()),
        Cell::Text(t) => Scalar::Text(t.clone()),
        Cell::Number(f) if f.fract() == 0.0 && f.abs() <= super::MAX_EXACT => {
            Scalar::Integer(*f as i64)
        }
        Cell::Number(f) => Scalar::Number(*f),
    }
}

/// `金额（万元）` → (`金额`, `万元`): a unit in brackets at the end of a header.
fn split_unit(label: &str) -> (String, Option<String>) {
    let label = label.trim();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = label.strip_suffix(close)
            && let Some(i) = inner.rfind(open)
        {
            let unit = inner[i + open.len_utf8()..].trim();
            let name = inner[..i].trim();
            if !unit.is_empty() && !name.is_empty() && unit.chars().count() <= 6 {
                return (name.to_string(), Some(unit.to_string()));
            }
        }
    }
    (label.to_string(), None)
}

/// The key a header gives a column: its words without spaces, merged headers joined by `_`.
fn key_of(head: &Head) -> String {
    let last = head.parts.len().saturating_sub(1);
    head.parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let p = if i == last {
                split_unit(p).0
            } else {
                p.clone()
            };
            p.split_whitespace().collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("_")
}

fn columns(
    rel: &Path,
    side_rel: &Path,
    t: &TableFile,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Column>, Vec<String>) {
    let side: &[serde_saphyr::Spanned<SideColumn>] = t
        .sidecar
        .as_ref()
        .map_or(&[], |(_, s)| s.columns.as_slice());
    let mut matched = vec![None; t.header.len()];
    for (si, sc) in side.iter().enumerate() {
        let s = &sc.value;
        let found = t.header.iter().position(|h| {
            let label = h.label();
            let (bare, _) = split_unit(&label);
            s.header
                .as_deref()
                .map(str::trim)
                .is_some_and(|x| x == label || x == bare)
                || (s.header.is_none()
                    && (s.key.as_deref() == Some(key_of(h).as_str())
                        || s.label.as_deref().is_some_and(|x| x == label || x == bare)))
        });
        match found {
            Some(j) if matched[j].is_none() => matched[j] = Some(si),
            _ => {
                let named = s
                    .header
                    .clone()
                    .or_else(|| s.key.clone())
                    .or_else(|| s.label.clone())
                    .unwrap_or_default();
                let headers: Vec<String> = t.header.iter().map(Head::label).collect();
                errors.push(Diagnostic::error(
                    side_rel,
                    sc.referenced.line() as usize,
                    sc.referenced.column() as usize,
                    if found.is_some() {
                        msg!("sidecar-column-twice", column = named, headers = &headers)
                    } else {
                        msg!("sidecar-no-column", column = named, headers = &headers)
                    },
                ));
            }
        }
    }
    let mut out: Vec<Column> = Vec::with_capacity(t.header.len());
    let mut inferred = Vec::new();
    let mut seen = BTreeSet::new();
    for (j, head) in t.header.iter().enumerate() {
        let s = matched[j].map(|si| &side[si].value);
        let full = head.label();
        let (bare, unit_in_label) = split_unit(&full);
        let key = s
            .and_then(|s| s.key.clone())
            .map(|k| k.trim().to_string())
            .unwrap_or_else(|| key_of(head));
        if !seen.insert(key.clone()) {
            errors.push(t.error(rel, head.at, msg!("table-key-twice", key = &key)));
        }
        let unit = s
            .and_then(|s| s.unit.clone())
            .or(unit_in_label)
            .filter(|u| !u.trim().is_empty());
        let declared = s.and_then(|s| s.kind.as_ref()).and_then(|k| {
            let parsed = ColumnType::parse(k.value.trim());
            if parsed.is_none() {
                errors.push(Diagnostic::error(
                    side_rel,
                    k.referenced.line() as usize,
                    k.referenced.column() as usize,
                    msg!("dataset-unknown-type", kind = &k.value),
                ));
            }
            parsed
        });
        let kind = match declared {
            Some(k) => k,
            // The first column names the rows.
            None if j == 0 => ColumnType::Text,
            None => {
                let k = infer(t, j);
                inferred.push(format!("{key}: {}", k.name()));
                k
            }
        };
        // A percent column writes its figures with % already (`15.5%`); `占比（%）` naming % again would give 15.5%%.
        let unit = unit.filter(|u| !(kind == ColumnType::Percent && u.trim() == "%"));
        let counts = unit
            .as_deref()
            .is_some_and(|u| COUNT_UNITS.contains(&u.trim()));
        let min = s
            .and_then(|s| s.min)
            .or((counts && kind.is_numeric()).then_some(0.0));
        out.push(Column {
            key,
            label: s.and_then(|s| s.label.clone()).unwrap_or(bare),
            unit,
            kind,
            personal: false,
            levels: None,
            min,
            max: s.and_then(|s| s.max),
            grouping: s.and_then(|s| s.grouping).unwrap_or_default(),
        });
    }
    (out, inferred)
}

/// A column's type from its cells: numeric when its filled cells are figures (or "no figure" marks), an integer
/// when every figure is whole, a percentage when every figure carries %; text otherwise. A column of figures with a
/// few words among them (`约三千` in a column of counts) is a column of figures with mistakes, which are then refused
/// cell by cell, rather than a text column that would let them through and every sum check with them.
fn infer(t: &TableFile, j: usize) -> ColumnType {
    let (mut figures_seen, mut words, mut whole, mut percent) = (0usize, 0usize, true, true);
    for r in &t.rows {
        match r.cells.get(j).map(|(_, c)| c) {
            None | Some(Cell::Empty) => {}
            Some(Cell::Number(f)) => {
                figures_seen += 1;
                whole &= f.fract() == 0.0;
                percent = false;
            }
            Some(Cell::Text(s)) => match figures::parse(s) {
                Ok(Figure::None) => {}
                Ok(Figure::Number {
                    whole: w,
                    percent: p,
                    ..
                }) => {
                    figures_seen += 1;
                    whole &= w;
                    percent &= p;
                }
                // Digits grouped wrongly (`1,40,5`) are a figure typed wrong, refused at its cell, not a word that
                // would make the column text and publish the mistake.
                Err(e) if matches!(e.reason, "grouped" | "mixed") => figures_seen += 1,
                Err(_) => words += 1,
            },
        }
    }
    let mostly_figures = words == 0 || (figures_seen >= 2 && words * 2 < figures_seen);
    match (figures_seen, percent, whole) {
        _ if !mostly_figures => ColumnType::Text,
        (0, _, _) => ColumnType::Text,
        (_, true, _) => ColumnType::Percent,
        (_, _, true) => ColumnType::Integer,
        _ => ColumnType::Number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(csv: &str, sidecar: Option<&str>) -> Result<Dataset, Vec<Diagnostic>> {
        let src = crate::load::dataset::table_file::parse(
            Path::new("data/t.csv"),
            csv.as_bytes().to_vec(),
            sidecar.map(|s| (Path::new("data/t.yaml").to_path_buf(), s.to_string())),
        )
        .map_err(|d| vec![d])?;
        let t = src.table.clone().expect("a table");
        validate(&src, &t)
    }

    #[test]
    fn types_are_read_from_the_figures() {
        let d = load(
            "指标,单位,本月数,金额（万元）,占比\n1.镇,个,\"1,405\",\"123,894.7\",12.5%\n2.乡,个,—,3.2,1%\n",
            None,
        )
        .unwrap();
        let kinds: Vec<(&str, ColumnType)> =
            d.columns.iter().map(|c| (c.key.as_str(), c.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("指标", ColumnType::Text),
                ("单位", ColumnType::Text),
                ("本月数", ColumnType::Integer),
                ("金额", ColumnType::Number),
                ("占比", ColumnType::Percent),
            ]
        );
        assert_eq!(d.columns[3].unit.as_deref(), Some("万元"));
        assert_eq!(d.rows[0].cells[2], Value::Integer(1405));
        assert_eq!(d.rows[1].cells[2], Value::Empty);
        assert_eq!(d.rows[0].cells[3], Value::Number(123894.7));
        assert_eq!(
            d.inferred,
            [
                "单位: text",
                "本月数: integer",
                "金额: number",
                "占比: percent"
            ]
        );
    }

    #[test]
    fn digits_grouped_wrongly_in_the_first_row_are_refused_not_read_as_a_header() {
        let e = load(
            "指标,数\n镇,\"1,40,5\"\n乡,\"１，４０５\"\n村,\"1 405\"\n组,12\n",
            None,
        )
        .unwrap_err();
        assert_eq!((e[0].line, e[0].col), (2, 3), "{e:?}");
        assert!(e[0].message().contains("1,40,5"), "{e:?}");
        assert!(e[0].hint_text().contains("threes"), "{e:?}");
    }

    #[test]
    fn a_bad_figure_names_its_cell() {
        let e = load(
            "指标,本月数\n甲,1\n乙,约三千\n",
            Some("columns:\n  - {header: 本月数, type: integer}\n"),
        )
        .unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].location(), "data/t.csv:3:3");
        assert!(
            e[0].message().contains("`约三千`") && e[0].message().contains("is not a number"),
            "{}",
            e[0].message()
        );
        let e = load(
            "指标,本月数\n甲,1\n乙,\"1,40,5\"\n",
            Some("columns:\n  - {header: 本月数, type: integer}\n"),
        )
        .unwrap_err();
        assert!(
            e[0].message().contains("grouped wrongly"),
            "{}",
            e[0].message()
        );
    }

    #[test]
    fn the_sidecar_names_columns_the_table_has() {
        let e = load(
            "指标,本月数\n甲,1\n",
            Some("columns:\n  - {header: 上月数, type: integer}\n"),
        )
        .unwrap_err();
        assert_eq!(e[0].location(), "data/t.yaml:2:5");
        assert!(
            e[0].hint_text().contains("指标, 本月数"),
            "{}",
            e[0].hint_text()
        );
        let d = load(
            "指标,本月数\n甲,1\n",
            Some(
                "title: 月报\ncolumns:\n  - {header: 本月数, key: month, unit: 人, type: number}\n",
            ),
        )
        .unwrap();
        assert_eq!(d.title, "月报");
        assert_eq!(d.columns[1].key, "month");
        assert_eq!(d.columns[1].kind, ColumnType::Number);
        assert!(d.inferred.is_empty());
    }

    #[test]
    fn the_hierarchy_is_read_from_the_numbering() {
        for (key, depth) in [
            ("一、综合", Some(1)),
            ("（一）行政区划", Some(2)),
            ("(二)人口", Some(2)),
            ("1.镇", Some(3)),
            ("12、乡", Some(3)),
            ("(1)城市", Some(4)),
            ("①其中", Some(5)),
            ("1.5万", None),
            ("合计", None),
            ("一般公共预算", None),
        ] {
            assert_eq!(numbering_depth(key), depth, "{key}");
        }
        let d = load(
            "指标,数量\n合计,3\n一、综合,\n（一）行政区划,\n1.镇,1\n2.乡,2\n",
            None,
        )
        .unwrap();
        let levels: Vec<u8> = d.rows.iter().map(|r| r.level).collect();
        assert_eq!(levels, [0, 0, 1, 2, 2]);
        let flat = load("指标,数量\n1.镇,1\n2.乡,2\n", None).unwrap();
        assert!(flat.rows.iter().all(|r| r.level == 0));
    }

    #[test]
    fn repeated_row_names_are_refused() {
        let e = load("指标,本月数\n甲,1\n甲,2\n", None).unwrap_err();
        assert!(e[0].message().contains("appears twice"), "{e:?}");
        assert_eq!(e[0].line, 3);
    }
}
