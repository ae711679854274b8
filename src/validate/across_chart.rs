//! Charts of rows across the month columns of a table: the common 月报 shape, whose rows are indicators and whose
//! columns are months (`指标, 单位, 2023年1月, 2023年2月, …`). A chart with `y: periods` draws each indicator its
//! `rows:` names as a line (or bars) across the table's period columns, in time order, every period from the first
//! column to the last included, so a month the table has no column for, or a cell without a figure, is a gap and
//! never a zero.
//!
//! The figures drawn are turned into a table of their own, one row per period and one column per indicator, which
//! is published beside the table (`data/ID.periods/`, an id no file can take) and which the chart then draws as a
//! chart of any table of periods (`period_column:`) is drawn and checked: units, small multiples, the text
//! alternative, the table under the chart and its English all come from there.

use serde_saphyr::{Location, Spanned};

use crate::diagnostics::Diagnostic;
use crate::format::strings::page_lang;
use crate::load::SourceChart;
use crate::load::chart::ColumnKeys;
use crate::messages::{Message, msg};
use crate::model::chart::{ChartKind, type_name, unit_at};
use crate::model::series::{self, MAX_PERIODS, Period};
use crate::model::{Column, ColumnType, Dataset, Row, Value};

/// What `y:` says to draw the rows across the period columns.
pub const PERIODS: &str = "periods";

/// The id of the table of periods made from dataset `id`.
fn table_id(id: &str) -> String {
    format!("{id}.{PERIODS}")
}

/// The id of the table a table of periods was turned from (`mz` for `mz.periods`); `None` for any other id.
pub fn turned_from(id: &str) -> Option<&str> {
    id.strip_suffix(PERIODS)?.strip_suffix('.')
}

/// The tables the charts with `y: periods` draw, one per dataset they turn, and the charts rewritten to draw them.
pub fn tables(
    charts: &[SourceChart],
    datasets: &[Dataset],
    lang: &str,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Dataset>, Vec<SourceChart>) {
    // Each dataset turned, with the rows any chart draws from it.
    let mut turned: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut rewritten = Vec::with_capacity(charts.len());
    for src in charts {
        let Some(di) = across(src, datasets) else {
            rewritten.push(src.clone());
            continue;
        };
        let d = &datasets[di];
        let Some(rows) = drawn_rows(src, d, errors) else {
            rewritten.push(src.clone());
            continue;
        };
        let at = match turned.iter().position(|(i, _)| *i == di) {
            Some(at) => at,
            None => {
                turned.push((di, Vec::new()));
                turned.len() - 1
            }
        };
        for &r in &rows {
            if !turned[at].1.contains(&r) {
                turned[at].1.push(r);
            }
        }
        let mut chart = src.clone();
        chart.raw.data.value = table_id(&d.id);
        chart.raw.x = None;
        chart.raw.rows = None;
        chart.raw.y = Spanned {
            value: ColumnKeys(rows.iter().map(|&r| d.rows[r].key.clone()).collect()),
            referenced: src.raw.y.referenced,
            defined: src.raw.y.defined,
        };
        rewritten.push(chart);
    }
    // The table lists the rows drawn in the order of the table they come from, whichever chart names them first.
    for (_, rows) in &mut turned {
        rows.sort_unstable();
    }
    let tables = turned
        .iter()
        .map(|(di, rows)| {
            let d = &datasets[*di];
            let columns = series::period_columns(d);
            let mut table = turn(d, &d.id, rows, &columns, lang);
            for (code, local) in &d.localized {
                let mut t = turn(local, &d.id, rows, &columns, code);
                // The columns keep the keys the chart names; only their labels are in the other language.
                for (c, key) in t.columns.iter_mut().zip(&table.columns) {
                    c.key.clone_from(&key.key);
                }
                table.localized.push((code.clone(), t));
            }
            table
        })
        .collect();
    (tables, rewritten)
}

/// The dataset a chart turns: its `y` is `periods`, and its `data` a dataset with no column of that key.
fn across(src: &SourceChart, datasets: &[Dataset]) -> Option<usize> {
    if src.raw.y.value.0 != [PERIODS] {
        return None;
    }
    let di = datasets.iter().position(|d| d.id == src.raw.data.value)?;
    datasets[di].column(PERIODS).is_none().then_some(di)
}

/// The rows a chart draws across the periods, checked: the chart type, the period columns, and each row named once,
/// with a figure, in one unit. `None` (with the errors added) when the chart cannot be drawn.
fn drawn_rows(src: &SourceChart, d: &Dataset, errors: &mut Vec<Diagnostic>) -> Option<Vec<usize>> {
    let raw = &src.raw;
    let err = |l: &Location, message: Message| {
        Diagnostic::error(&src.rel, l.line() as usize, l.column() as usize, message)
    };
    let before = errors.len();
    let kind = raw.kind.value;
    if matches!(kind, ChartKind::Pie | ChartKind::Donut | ChartKind::Figure) {
        errors.push(err(
            &raw.kind.referenced,
            msg!("chart-across-kind", type = type_name(kind)),
        ));
        return None;
    }
    let columns = series::period_columns(d);
    if columns.is_empty() {
        let keys: Vec<&str> = d.columns.iter().map(|c| c.key.as_str()).collect();
        errors.push(err(
            &raw.y.referenced,
            msg!("chart-across-no-periods", dataset = &d.id, columns = &keys),
        ));
        return None;
    }
    for w in columns.windows(2) {
        if w[0].1 == w[1].1 {
            errors.push(err(
                &raw.y.referenced,
                msg!(
                    "chart-across-period-twice",
                    dataset = &d.id,
                    period = w[0].1.iso(),
                    first = &d.columns[w[0].0].key,
                    second = &d.columns[w[1].0].key,
                ),
            ));
        }
    }
    for &(ci, _) in &columns {
        if !d.columns[ci].kind.is_numeric() {
            errors.push(err(
                &raw.y.referenced,
                msg!(
                    "chart-across-text-column",
                    dataset = &d.id,
                    column = &d.columns[ci].key
                ),
            ));
        }
    }
    if span(&columns) > MAX_PERIODS {
        errors.push(err(
            &raw.y.referenced,
            msg!(
                "chart-across-too-many",
                dataset = &d.id,
                first = columns[0].1.iso(),
                last = columns[columns.len() - 1].1.iso(),
                most = MAX_PERIODS
            ),
        ));
    }
    let Some(names) = raw.rows.as_ref().filter(|r| !r.is_empty()) else {
        errors.push(err(
            &raw.y.referenced,
            msg!(
                "chart-across-no-rows",
                dataset = &d.id,
                first = d.rows.first().map_or("", |r| r.key.as_str()),
            ),
        ));
        return None;
    };
    let mut rows = Vec::new();
    for name in names {
        let l = &name.referenced;
        let key = name.value.as_text();
        if let Some(m) = super::series::repeated_name(d, &key) {
            errors.push(err(l, m));
            continue;
        }
        let Some(ri) = d.rows.iter().position(|r| r.key == key) else {
            let near = super::closest(&key, d.rows.iter().map(|r| r.key.as_str()));
            errors.push(err(
                l,
                msg!(
                    "chart-no-row",
                    dataset = &d.id,
                    row = &key,
                    found = usize::from(near.is_some()),
                    near = near.unwrap_or_default(),
                    count = d.rows.len(),
                    first = d.rows.first().map_or("", |r| r.key.as_str()),
                ),
            ));
            continue;
        };
        if rows.contains(&ri) {
            errors.push(err(l, msg!("chart-row-twice", row = &key)));
            continue;
        }
        if columns
            .iter()
            .all(|&(ci, _)| d.rows[ri].cells[ci].as_f64().is_none())
        {
            errors.push(err(
                l,
                msg!("chart-across-row-empty", dataset = &d.id, row = &key),
            ));
            continue;
        }
        let units: Vec<String> = columns.iter().map(|&(ci, _)| unit_at(d, ri, ci)).collect();
        if let Some(other) = units.iter().find(|u| **u != units[0]) {
            errors.push(err(
                l,
                msg!(
                    "chart-across-row-units",
                    row = &key,
                    first = &units[0],
                    other = other
                ),
            ));
            continue;
        }
        rows.push(ri);
    }
    let small_multiples = raw.small_multiples.as_ref().is_some_and(|f| f.value);
    match kind {
        ChartKind::Bar if rows.len() > 1 && !small_multiples => errors.push(err(
            &raw.kind.referenced,
            msg!("chart-across-one-row", count = rows.len()),
        )),
        ChartKind::GroupedBar | ChartKind::StackedBar if names.len() < 2 => errors.push(err(
            &raw.kind.referenced,
            msg!("chart-across-several-rows", type = type_name(kind)),
        )),
        _ => {}
    }
    (errors.len() == before).then_some(rows)
}

/// How many periods lie from the first column to the last, both counted (at most one more than [`MAX_PERIODS`]).
fn span(columns: &[(usize, Period)]) -> usize {
    let (Some(first), Some(last)) = (columns.first(), columns.last()) else {
        return 0;
    };
    let mut n = 1;
    let mut p = first.1;
    while p < last.1 && n <= MAX_PERIODS {
        p = p.next();
        n += 1;
    }
    n
}

/// Table `d` (of id `id`, in language `code`) turned: a period column, then one column per row of `rows`, one row
/// per period from the first period column to the last.
fn turn(d: &Dataset, id: &str, rows: &[usize], columns: &[(usize, Period)], code: &str) -> Dataset {
    let zh = crate::format::is_zh(code);
    let lang = page_lang(code);
    let (first, last) = (columns[0].1, columns[columns.len() - 1].1);
    let mut out_rows = Vec::new();
    let mut p = first;
    while p <= last && out_rows.len() <= MAX_PERIODS {
        let label = p.label(zh);
        let cells = std::iter::once(Value::Text(label.clone()))
            .chain(rows.iter().map(|&ri| {
                columns
                    .iter()
                    .find(|(_, cp)| *cp == p)
                    .map_or(Value::Empty, |&(ci, _)| d.rows[ri].cells[ci].clone())
            }))
            .collect();
        out_rows.push(Row {
            key: label,
            cells,
            line: 0,
            level: 0,
            total: false,
        });
        p = p.next();
    }
    let mut out_columns = vec![Column {
        key: "period".into(),
        label: msg!("reader-period-column").text(lang),
        ..Column::default()
    }];
    for &ri in rows {
        let kinds: Vec<ColumnType> = columns.iter().map(|&(ci, _)| d.columns[ci].kind).collect();
        let kind = if kinds.iter().all(|k| *k == kinds[0]) {
            kinds[0]
        } else {
            ColumnType::Number
        };
        let unit = unit_at(d, ri, columns[0].0);
        out_columns.push(Column {
            key: d.rows[ri].key.clone(),
            label: d.rows[ri].key.clone(),
            unit: (!unit.is_empty() && kind != ColumnType::Percent).then_some(unit),
            kind,
            ..Column::default()
        });
    }
    let range = if zh {
        format!("（{}—{}）", first.label(true), last.label(true))
    } else {
        format!(" ({}–{})", first.label(false), last.label(false))
    };
    Dataset {
        id: table_id(id),
        rel: d.rel.clone(),
        title: format!("{}{range}", super::series_chart::without_period(&d.title)),
        description: msg!("reader-across-description", title = &d.title, id = id).text(lang),
        source: d.source.clone(),
        as_of: d.as_of.clone(),
        columns: out_columns,
        rows: out_rows,
        notes: d.notes.clone(),
        localized: Vec::new(),
        inferred: Vec::new(),
        about: d.about.clone(),
        unit_column: None,
        hierarchy_read: false,
        period: None,
        series: None,
        period_column: Some(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn months() -> Dataset {
        let src = crate::load::dataset::parse(
            Path::new("data/mz.yaml"),
            "title: 月报（2023年1—4月）\ncolumns:\n  - {key: k, label: 指标}\n  - {key: u, label: 单位}\n  - {key: y2022, label: 2022年, type: integer}\n  - {key: m4, label: 2023年4月, type: integer}\n  - {key: m1, label: 2023-01, type: integer}\n  - {key: m2, label: 2023年2月, type: integer}\nunit_column: u\nrows:\n  - {k: 镇, u: 个, y2022: 9, m1: 17, m2: 18, m4: 19}\n  - {k: 乡, u: 个, y2022: 9, m1: 3, m4: 4}\n  - {k: 一、综合}\n",
        )
        .unwrap();
        match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh).unwrap() {
            crate::model::Checked::Aggregate(d) => d,
            crate::model::Checked::Records(_) => panic!("aggregate"),
        }
    }

    fn chart(yaml: &str) -> SourceChart {
        crate::load::chart::parse(Path::new("charts/c.yaml"), yaml).unwrap()
    }

    #[test]
    fn the_month_columns_are_taken_in_time_order_without_the_year_beside_them() {
        let d = months();
        let found: Vec<(&str, Period)> = series::period_columns(&d)
            .into_iter()
            .map(|(ci, p)| (d.columns[ci].key.as_str(), p))
            .collect();
        assert_eq!(
            found,
            [
                ("m1", Period::Month(2023, 1)),
                ("m2", Period::Month(2023, 2)),
                ("m4", Period::Month(2023, 4))
            ]
        );
    }

    #[test]
    fn the_turned_table_has_every_month_and_gaps_where_a_month_or_a_figure_is_missing() {
        let ds = [months()];
        let mut errors = Vec::new();
        let (tables, charts) = tables(
            &[chart(
                "title: t\ntype: line\ndata: mz\nrows: [乡, 镇]\ny: periods\n",
            )],
            &ds,
            "zh-CN",
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let t = &tables[0];
        assert_eq!(t.id, "mz.periods");
        assert_eq!(turned_from(&t.id), Some("mz"));
        assert_eq!(turned_from("mz-periods"), None);
        assert_eq!(t.title, "月报（2023年1月—2023年4月）");
        assert_eq!(t.period_column, Some(0));
        let keys: Vec<&str> = t.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["2023年1月", "2023年2月", "2023年3月", "2023年4月"]);
        let column = |ci: usize| -> Vec<&Value> { t.rows.iter().map(|r| &r.cells[ci]).collect() };
        assert_eq!(
            column(1),
            [
                &Value::Integer(17),
                &Value::Integer(18),
                &Value::Empty,
                &Value::Integer(19)
            ]
        );
        assert_eq!(
            column(2),
            [
                &Value::Integer(3),
                &Value::Empty,
                &Value::Empty,
                &Value::Integer(4)
            ]
        );
        assert_eq!(t.columns[1].unit.as_deref(), Some("个"));
        assert_eq!(charts[0].raw.data.value, "mz.periods");
        assert_eq!(charts[0].raw.y.value.0, ["乡", "镇"]);
    }

    #[test]
    fn what_cannot_be_drawn_across_the_months_is_refused() {
        let ds = [months()];
        let first_error = |yaml: &str| -> Diagnostic {
            let mut errors = Vec::new();
            let (tables, _) = tables(&[chart(yaml)], &ds, "zh-CN", &mut errors);
            assert!(tables.is_empty());
            errors.into_iter().next().expect("an error")
        };
        let e = first_error("title: t\ntype: line\ndata: mz\nrows: [一、综合]\ny: periods\n");
        assert_eq!((e.line, e.col), (4, 8));
        assert!(
            e.message().contains("no figure in any period column"),
            "{e:?}"
        );
        let e = first_error("title: t\ntype: grouped_bar\ndata: mz\nrows: [镇]\ny: periods\n");
        assert_eq!((e.line, e.col), (2, 7));
        let e = first_error("title: t\ntype: line\ndata: mz\nrows: [镇, 镇]\ny: periods\n");
        assert!(e.message().contains("`镇` is listed twice"), "{e:?}");
        // A column of that key is a column, not the keyword.
        let mut errors = Vec::new();
        let mut d = months();
        d.columns[5].key = "periods".into();
        let (drawn, charts) = tables(
            &[chart("title: t\ntype: bar\ndata: mz\ny: periods\n")],
            &[d],
            "zh-CN",
            &mut errors,
        );
        assert!(drawn.is_empty() && errors.is_empty());
        assert_eq!(charts[0].raw.data.value, "mz");
    }
}
