//! Charts across the periods of a series. A chart whose `data:` names a series (`data: mz-monthly`) draws the
//! indicators its `rows:` names, in the column `y:` names, one line (or bar) per indicator, over every period from
//! the first table of the series to the last. A period without a table, or whose table lacks the figure, is a gap
//! in the line ("无数据" under a bar), never a zero.
//!
//! The numbers drawn become a table of their own, published under the series id like any dataset (its page,
//! CSV and JSON), so a reader can follow every point to a figure; the chart is then checked against that table
//! as any chart is against its dataset.

use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostic;
use crate::load::SourceChart;
use crate::load::chart::ColumnKeys;
use crate::messages::{Message, msg};
use crate::model::series::{self, Period};
use crate::model::{Column, ColumnType, Dataset, Row, Value};

/// The tables the series charts draw, one per series, and the charts rewritten to draw them.
pub fn tables(
    charts: &[SourceChart],
    datasets: &[Dataset],
    lang: &str,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Dataset>, Vec<SourceChart>) {
    let zh = crate::format::is_zh(lang);
    let mut out: Vec<Dataset> = Vec::new();
    let mut rewritten = Vec::with_capacity(charts.len());
    for src in charts {
        let id = src.raw.data.value.as_str();
        let members = series::members(datasets, id);
        // A series mixing months and years is an error of its own (see `series::check`); it is not drawn.
        if members.is_empty() || members.iter().any(|(p, _)| !p.same_kind(members[0].0)) {
            rewritten.push(src.clone());
            continue;
        }
        let span = span(&members);
        if span > MAX_PERIODS {
            let (l, c) = (
                src.raw.data.referenced.line() as usize,
                src.raw.data.referenced.column() as usize,
            );
            errors.push(Diagnostic::error(
                &src.rel,
                l,
                c,
                msg!(
                    "series-chart-span",
                    id = id,
                    span = span,
                    limit = MAX_PERIODS
                ),
            ));
            rewritten.push(src.clone());
            continue;
        }
        let Some(pairs) = pairs(src, datasets, &members, errors) else {
            rewritten.push(src.clone());
            continue;
        };
        let table = match out.iter_mut().find(|d| d.id == id) {
            Some(t) => t,
            None => {
                let latest = &datasets[members[members.len() - 1].1];
                out.push(empty_table(id, latest, &members, datasets, zh));
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        let mut keys = Vec::new();
        for (row, column) in pairs {
            keys.push(add_column(table, datasets, &members, &row, &column));
        }
        let mut chart = src.clone();
        chart.raw.x = None;
        chart.raw.rows = None;
        chart.raw.y = Spanned {
            value: ColumnKeys(keys),
            referenced: src.raw.y.referenced,
            defined: src.raw.y.defined,
        };
        rewritten.push(chart);
    }
    for table in &mut out {
        let members = series::members(datasets, &table.id);
        let latest = &datasets[members[members.len() - 1].1];
        for (code, _) in &latest.localized {
            let local = localized(table, datasets, &members, code);
            table.localized.push((code.clone(), local));
        }
    }
    (out, rewritten)
}

/// The series table in the language `code`, from the tables' own translations: title, period labels (`October
/// 2023`) and column labels, so that a page in English shows the English words wherever the tables have them.
fn localized(
    table: &Dataset,
    datasets: &[Dataset],
    members: &[(Period, usize)],
    code: &str,
) -> Dataset {
    let pick = |d: &'_ Dataset| -> Dataset {
        d.localized
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| d.clone(), |(_, l)| l.clone())
    };
    let latest = pick(&datasets[members[members.len() - 1].1]);
    let fresh = empty_table(
        &table.id,
        &latest,
        members,
        datasets,
        crate::format::is_zh(code),
    );
    let mut out = table.clone();
    out.localized = Vec::new();
    out.title = fresh.title;
    out.description = fresh.description;
    out.source = fresh.source;
    out.columns[0].label = fresh.columns[0].label.clone();
    for (row, period) in out.rows.iter_mut().zip(&fresh.rows) {
        row.key = period.key.clone();
        row.cells[0] = period.cells[0].clone();
    }
    for c in out.columns.iter_mut().skip(1) {
        let Some((row, column)) = c.key.rsplit_once('·') else {
            continue;
        };
        let found = members.iter().rev().find_map(|&(_, di)| {
            let d = &datasets[di];
            let ri = d.rows.iter().position(|r| r.key == row)?;
            let (ci, _) = d.column(column)?;
            Some((pick(d), ri, ci))
        });
        if let Some((d, ri, ci)) = found {
            c.label = format!("{} {}", d.rows[ri].key, d.columns[ci].label);
            c.unit = d.unit(ri, ci).map(str::to_string);
        }
    }
    out
}

/// The most periods a series chart draws: a century of months.
const MAX_PERIODS: usize = 1200;

/// How many periods lie from the first table of a series to the last, both counted.
fn span(members: &[(Period, usize)]) -> usize {
    let index = |p: Period| -> i64 {
        match p {
            Period::Year(y) => i64::from(y),
            Period::Quarter(y, q) => i64::from(y) * 4 + i64::from(q),
            Period::Month(y, m) => i64::from(y) * 12 + i64::from(m),
        }
    };
    let (first, last) = (members[0].0, members[members.len() - 1].0);
    usize::try_from(index(last) - index(first) + 1).unwrap_or(0)
}

/// The (indicator, column) pairs a series chart draws, each checked against the tables of the series.
fn pairs(
    src: &SourceChart,
    datasets: &[Dataset],
    members: &[(Period, usize)],
    errors: &mut Vec<Diagnostic>,
) -> Option<Vec<(String, String)>> {
    let raw = &src.raw;
    let err = |l: &serde_saphyr::Location, message: Message| {
        Diagnostic::error(&src.rel, l.line() as usize, l.column() as usize, message)
    };
    let Some(rows) = raw.rows.as_ref().filter(|r| !r.is_empty()) else {
        errors.push(err(
            &raw.data.referenced,
            msg!("series-chart-no-rows", id = &raw.data.value),
        ));
        return None;
    };
    let latest = &datasets[members[members.len() - 1].1];
    let mut out = Vec::new();
    let before = errors.len();
    for r in rows {
        let key = r.value.as_text();
        if !members
            .iter()
            .any(|&(_, di)| datasets[di].row(&key).is_some())
        {
            let mut known: Vec<&str> = members
                .iter()
                .flat_map(|&(_, di)| datasets[di].rows.iter().map(|r| r.key.as_str()))
                .collect();
            known.sort_unstable();
            known.dedup();
            let near = crate::validate::closest(&key, known.iter().copied());
            errors.push(err(
                &r.referenced,
                msg!(
                    "series-chart-no-row",
                    id = &raw.data.value,
                    row = &key,
                    found = usize::from(near.is_some()),
                    near = near.unwrap_or_default(),
                    count = latest.rows.len(),
                    first = latest.rows.first().map_or("", |r| r.key.as_str()),
                ),
            ));
            continue;
        }
        for col in &raw.y.value.0 {
            out.push((key.clone(), col.clone()));
        }
    }
    for col in &raw.y.value.0 {
        match latest.column(col) {
            Some((_, c)) if c.kind.is_numeric() => {}
            _ => {
                let numeric: Vec<&str> = latest
                    .columns
                    .iter()
                    .filter(|c| c.kind.is_numeric())
                    .map(|c| c.key.as_str())
                    .collect();
                errors.push(err(
                    &raw.y.referenced,
                    msg!(
                        "series-chart-no-column",
                        id = &raw.data.value,
                        column = col,
                        count = numeric.len(),
                        columns = &numeric,
                    ),
                ));
            }
        }
    }
    (errors.len() == before).then_some(out)
}

/// The series table with its period column and one row per period, first to last, missing ones included.
fn empty_table(
    id: &str,
    latest: &Dataset,
    members: &[(Period, usize)],
    datasets: &[Dataset],
    zh: bool,
) -> Dataset {
    let (first, last) = (members[0].0, members[members.len() - 1].0);
    let mut rows = Vec::new();
    let mut p = first;
    while p <= last {
        let label = p.label(zh);
        rows.push(Row {
            key: label.clone(),
            cells: vec![Value::Text(label)],
            line: 0,
            level: 0,
            total: false,
        });
        p = p.next();
    }
    let ids: Vec<&str> = members
        .iter()
        .map(|&(_, d)| datasets[d].id.as_str())
        .collect();
    Dataset {
        id: id.to_string(),
        rel: latest.rel.clone(),
        title: format!(
            "{}{}",
            without_period(&latest.title),
            if zh {
                format!("（{}—{}）", first.label(true), last.label(true))
            } else {
                format!(" ({}–{})", first.label(false), last.label(false))
            }
        ),
        description: if zh {
            format!(
                "由各期数据表（{}）按期间汇集；缺少数据的期间显示为“—”，不作为零。",
                ids.join("、")
            )
        } else {
            format!(
                "The tables of each period ({}) joined by period; a period without a figure is shown as “—”, never as zero.",
                ids.join(", ")
            )
        },
        source: latest.source.clone(),
        as_of: latest.as_of.clone(),
        columns: vec![Column {
            key: "period".into(),
            label: if zh { "期间" } else { "Period" }.into(),
            ..Column::default()
        }],
        rows,
        notes: Vec::new(),
        localized: Vec::new(),
        inferred: Vec::new(),
        about: latest.about.clone(),
        unit_column: None,
        hierarchy_read: false,
        period: None,
        series: None,
        period_column: None,
    }
}

/// A table's title without the period it names at its end: `民政事业统计月报（2023年10月）` → `民政事业统计月报`.
pub(super) fn without_period(title: &str) -> &str {
    let t = title.trim_end();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = t.strip_suffix(close)
            && let Some(i) = inner.rfind(open)
            && inner[i..].chars().any(|c| c.is_ascii_digit())
        {
            return inner[..i].trim_end();
        }
    }
    t
}

/// Adds the column of `row`'s figures in `column` across the periods (once), and returns its key.
fn add_column(
    table: &mut Dataset,
    datasets: &[Dataset],
    members: &[(Period, usize)],
    row: &str,
    column: &str,
) -> String {
    let key = format!("{row}·{column}");
    if table.column(&key).is_some() {
        return key;
    }
    let cell = |d: &Dataset| -> Option<(usize, usize)> {
        let ri = d.rows.iter().position(|x| x.key == row)?;
        Some((ri, d.column(column)?.0))
    };
    // The latest table holding the figure names its label and unit.
    let latest = members
        .iter()
        .rev()
        .map(|&(_, di)| &datasets[di])
        .find_map(|d| cell(d).map(|at| (d, at)));
    let (label, unit, kind) = match latest {
        Some((d, (ri, ci))) => (
            format!("{row} {}", d.columns[ci].label),
            d.unit(ri, ci).map(str::to_string),
            d.columns[ci].kind,
        ),
        None => (format!("{row} {column}"), None, ColumnType::Number),
    };
    let mut p = members[0].0;
    for r in &mut table.rows {
        let value = members
            .iter()
            .find(|(mp, _)| *mp == p)
            .and_then(|&(_, di)| {
                let d = &datasets[di];
                let (ri, ci) = cell(d)?;
                // A figure in another unit than the latest one is left out rather than drawn on the wrong scale.
                (d.unit(ri, ci) == unit.as_deref()).then(|| d.rows[ri].cells[ci].clone())
            })
            .unwrap_or(Value::Empty);
        r.cells.push(value);
        p = p.next();
    }
    table.columns.push(Column {
        key: key.clone(),
        label,
        unit,
        kind,
        ..Column::default()
    });
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn month(id: &str, period: &str, n: i64) -> Dataset {
        let yaml = format!(
            "title: 月报\nseries: s\nperiod: {period}\ncolumns:\n  - {{key: k, label: 指标}}\n  - {{key: n, label: 数, unit: 个, type: integer}}\nrows:\n  - {{k: 镇, n: {n}}}\n"
        );
        let src =
            crate::load::dataset::parse(Path::new(&format!("data/{id}.yaml")), &yaml).unwrap();
        match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh).unwrap() {
            crate::model::Checked::Aggregate(d) => d,
            crate::model::Checked::Records(_) => panic!("aggregate"),
        }
    }

    fn chart(yaml: &str) -> SourceChart {
        crate::load::chart::parse(Path::new("charts/c.yaml"), yaml).unwrap()
    }

    #[test]
    fn the_series_table_has_every_period_and_gaps_where_a_month_is_missing() {
        let ds = [month("a", "2023-08", 17), month("b", "2023-10", 18)];
        let mut errors = Vec::new();
        let (tables, charts) = tables(
            &[chart("title: t\ntype: line\ndata: s\nrows: [镇]\ny: n\n")],
            &ds,
            "zh-CN",
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let t = &tables[0];
        let keys: Vec<&str> = t.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["2023年8月", "2023年9月", "2023年10月"]);
        let cells: Vec<&Value> = t.rows.iter().map(|r| &r.cells[1]).collect();
        assert_eq!(
            cells,
            [&Value::Integer(17), &Value::Empty, &Value::Integer(18)]
        );
        assert_eq!(charts[0].raw.y.value.0, ["镇·n"]);
        assert_eq!(t.columns[1].unit.as_deref(), Some("个"));
    }

    #[test]
    fn a_series_chart_names_its_rows_and_a_mixed_series_is_not_drawn() {
        let ds = [month("a", "2023-08", 17), month("b", "2023", 18)];
        let mut errors = Vec::new();
        let (drawn, _) = tables(
            &[chart("title: t\ntype: line\ndata: s\nrows: [镇]\ny: n\n")],
            &ds,
            "zh-CN",
            &mut errors,
        );
        assert!(drawn.is_empty());
        let ds = [month("a", "2023-08", 17)];
        tables(
            &[chart("title: t\ntype: line\ndata: s\ny: n\n")],
            &ds,
            "zh-CN",
            &mut errors,
        );
        assert!(
            errors[0].message().contains("must say which indicators"),
            "{errors:?}"
        );
        tables(
            &[chart("title: t\ntype: line\ndata: s\nrows: [乡]\ny: n\n")],
            &ds,
            "zh-CN",
            &mut errors,
        );
        assert!(errors[1].message().contains("has a row `乡`"), "{errors:?}");
        let slip = [month("a", "2023-08", 17), month("b", "2203-10", 18)];
        let (drawn, _) = tables(
            &[chart("title: t\ntype: line\ndata: s\nrows: [镇]\ny: n\n")],
            &slip,
            "zh-CN",
            &mut errors,
        );
        assert!(drawn.is_empty());
        assert!(
            errors[2].message().contains("spans 2163 periods"),
            "{errors:?}"
        );
    }

    #[test]
    fn the_series_title_drops_the_period_of_one_table() {
        assert_eq!(
            without_period("民政事业统计月报（2023年10月）"),
            "民政事业统计月报"
        );
        assert_eq!(without_period("Monthly (October 2023)"), "Monthly");
        assert_eq!(without_period("低保（城市）"), "低保（城市）");
    }
}
