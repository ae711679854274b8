//! Series in `value()` and key figures: `value("mz-monthly", "1.镇", "n", period="2023-10", change="环比")` names a
//! series instead of a dataset, picks one period's table (the latest when `period=` is left out), and may ask for
//! the change against the period before or a year earlier. Kept apart from the plain cell look-up in
//! [`super::resolve_cell`], which every other reference uses.

use std::collections::BTreeMap;

use super::{Problem, resolve_cell};
use crate::diagnostics::Diagnostic;
use crate::messages::{Message, msg};
use crate::model::series::{self, Change, ChangeKind, Period};
use crate::model::{Dataset, Shortcode};

/// The dataset id to look a cell up in: the table of `period` when `id` names a series (the latest when no period is
/// asked for), else `id` itself, which then must not be given a period.
pub fn table_for<'a>(
    datasets: &'a [Dataset],
    id: &'a str,
    period: Option<&str>,
) -> Result<&'a str, Problem> {
    let members = series::members(datasets, id);
    if members.is_empty() {
        if let Some(p) = period {
            return Err(msg!("series-not-series", id = id, period = p));
        }
        return Ok(id);
    }
    let Some(wanted) = period else {
        let (_, latest) = members[members.len() - 1];
        return Ok(&datasets[latest].id);
    };
    let parsed = Period::parse(wanted).ok_or_else(|| msg!("series-bad-period", period = wanted))?;
    match members.iter().find(|(p, _)| *p == parsed) {
        Some((_, di)) => Ok(&datasets[*di].id),
        None => {
            let have: Vec<String> = members.iter().map(|(p, _)| p.iso()).collect();
            Err(msg!(
                "series-no-period",
                id = id,
                period = parsed.iso(),
                periods = have,
            ))
        }
    }
}

/// The cell, through a series when `id` names one, or through the periods of a table whose rows are periods.
pub fn resolve(
    datasets: &[Dataset],
    id: &str,
    row: &str,
    column: &str,
    period: Option<&str>,
) -> Result<(usize, usize, usize), Problem> {
    if let Some(di) = datasets
        .iter()
        .position(|d| d.id == id && d.period_column.is_some())
    {
        let key = period_row(&datasets[di], row, period)?;
        return resolve_cell(datasets, id, &key, column);
    }
    let table = table_for(datasets, id, period)?;
    if let Some(d) = datasets.iter().find(|d| d.id == table) {
        if let Some(m) = repeated_name(d, row) {
            return Err(m);
        }
        if let Some(key) = period_column(d, column) {
            return resolve_cell(datasets, table, row, key);
        }
    }
    resolve_cell(datasets, table, row, column)
}

/// The key of the column named for the period `column` names in any spelling, in a table whose columns are months
/// (`2023-06` or `2023年6月` for a header Excel stores as the date 2023-06-01); `None` when a column has that key.
fn period_column<'a>(d: &'a Dataset, column: &str) -> Option<&'a str> {
    if d.column(column).is_some() {
        return None;
    }
    let wanted = series::of_value(&crate::model::Value::Text(column.to_string()))?;
    series::period_columns(d)
        .into_iter()
        .find(|(_, p)| *p == wanted)
        .map(|(ci, _)| d.columns[ci].key.as_str())
}

/// A name several rows share under different parents (see the table reader's qualified names), asked for alone: the
/// message lists the names that tell them apart.
pub fn repeated_name(d: &Dataset, row: &str) -> Option<Message> {
    if d.rows.iter().any(|r| r.key == row) {
        return None;
    }
    let suffix = format!(" / {row}");
    let named: Vec<&str> = d
        .rows
        .iter()
        .filter(|r| r.key.ends_with(&suffix))
        .map(|r| r.key.as_str())
        .collect();
    (named.len() > 1).then(|| {
        msg!(
            "value-row-repeated",
            dataset = &d.id,
            row = row,
            first = named[0],
            rows = &named
        )
    })
}

/// Whether `id` is a table whose rows are periods (`period_column:`).
pub fn is_period_table(datasets: &[Dataset], id: &str) -> bool {
    datasets
        .iter()
        .any(|d| d.id == id && d.period_column.is_some())
}

/// `value("mz", "COLUMN")` in a table whose rows are periods: the figure of the latest period, or of `period=`.
pub(super) fn period_value(
    datasets: &[Dataset],
    id: &str,
    column: &str,
    options: super::ValueOptions,
) -> Result<Shortcode, Problem> {
    let cell = resolve(datasets, id, "", column, options.period.as_deref())?;
    let change = options
        .change
        .map(|k| change_of(datasets, cell, k))
        .transpose()?;
    let (dataset, row, column) = cell;
    Ok(Shortcode::Value {
        dataset,
        row,
        column,
        unit: options.unit,
        change,
    })
}

/// The row of a table whose rows are periods: the one `period=` names, or the one `row` names by its period in any
/// spelling (`2023-09` for a row written `2023年9月`) or by its name, or, with neither, the latest. Returns its key.
fn period_row(d: &Dataset, row: &str, period: Option<&str>) -> Result<String, Problem> {
    let rows = series::period_rows(d);
    let wanted = match (period, row.trim()) {
        (Some(p), "") => Some(parse_period(p)?),
        (Some(p), r) => {
            let p = parse_period(p)?;
            if Period::parse(r) != Some(p) {
                return Err(msg!(
                    "value-period-twice",
                    dataset = &d.id,
                    row = r,
                    period = p.iso()
                ));
            }
            Some(p)
        }
        (None, "") => None,
        (None, r) => match Period::parse(r) {
            Some(p) => Some(p),
            None => return Ok(r.to_string()),
        },
    };
    let found = match wanted {
        None => rows.last().copied(),
        Some(p) => rows.iter().find(|(rp, _)| *rp == p).copied(),
    };
    match found {
        Some((_, ri)) => Ok(d.rows[ri].key.clone()),
        None => {
            let have: Vec<String> = rows.iter().map(|(p, _)| p.iso()).collect();
            Err(msg!(
                "value-period-no-row",
                dataset = &d.id,
                period = wanted.map(Period::iso).unwrap_or_default(),
                count = have.len(),
                periods = &have
            ))
        }
    }
}

fn parse_period(p: &str) -> Result<Period, Problem> {
    Period::parse(p).ok_or_else(|| msg!("value-not-a-period", period = p))
}

/// The change of the figure at `di`, `ri`, `ci` against the period `kind` names. Its table must belong to a series.
pub fn change_of(
    datasets: &[Dataset],
    (di, ri, ci): (usize, usize, usize),
    kind: ChangeKind,
) -> Result<Change, Problem> {
    let d = &datasets[di];
    if d.period_column.is_some() {
        return row_change(d, di, ri, ci, kind);
    }
    if let Some(change) = column_change(d, di, ri, ci, kind) {
        return Ok(change);
    }
    let (Some(id), Some(period)) = (
        d.series.as_deref(),
        d.period.as_deref().and_then(Period::parse),
    ) else {
        return Err(msg!("series-no-change", id = &d.id));
    };
    Ok(series::change(
        datasets,
        id,
        period,
        kind,
        &d.rows[ri].key,
        &d.columns[ci].key,
    ))
}

/// The change of a figure in a table whose rows are periods: against the row of the period before, or of a year
/// earlier, in the same column. A row that stands for no period (a 合计 row) has nothing to compare with.
fn row_change(
    d: &Dataset,
    di: usize,
    ri: usize,
    ci: usize,
    kind: ChangeKind,
) -> Result<Change, Problem> {
    let Some(period) = series::row_period(d, ri) else {
        return Err(msg!(
            "value-change-no-period",
            dataset = &d.id,
            row = &d.rows[ri].key
        ));
    };
    let other = match kind {
        ChangeKind::Previous => period.previous(),
        ChangeKind::YearAgo => period.year_ago(),
    };
    let against = series::period_row(d, other)
        .filter(|&r| d.rows[r].cells[ci].as_f64().is_some())
        .map(|r| (di, r, ci));
    Ok(Change {
        kind,
        period: other,
        against,
    })
}

/// The change of a figure in a column named for a period (`2023年8月` of a table whose columns are months): against
/// the same row's column of the period before, or of a year earlier; `None` when the column is named for no period.
fn column_change(d: &Dataset, di: usize, ri: usize, ci: usize, kind: ChangeKind) -> Option<Change> {
    let columns = series::period_columns(d);
    let (_, period) = columns.iter().find(|(c, _)| *c == ci)?;
    let other = match kind {
        ChangeKind::Previous => period.previous(),
        ChangeKind::YearAgo => period.year_ago(),
    };
    let against = columns
        .iter()
        .find(|(_, p)| *p == other)
        .filter(|(c, _)| d.rows[ri].cells[*c].as_f64().is_some())
        .map(|(c, _)| (di, ri, *c));
    Some(Change {
        kind,
        period: other,
        against,
    })
}

/// `change="环比"` or `change="同比"`.
pub fn change_kind(word: &str) -> Result<ChangeKind, Problem> {
    ChangeKind::parse(word).ok_or_else(|| msg!("series-bad-change", word = word))
}

/// The changes a key figure shows: those its `changes:` names, or, for a table of a series, against the period
/// before and a year earlier (only one of them for yearly tables, where the two are the same year).
pub fn key_figure_changes(
    datasets: &[Dataset],
    cell: (usize, usize, usize),
    named: Option<&[String]>,
) -> Result<Vec<Change>, Problem> {
    let d = &datasets[cell.0];
    let column_period = series::period_columns(d)
        .into_iter()
        .find(|(c, _)| *c == cell.2)
        .map(|(_, p)| p);
    let kinds: Vec<ChangeKind> = match named {
        Some(words) => words
            .iter()
            .map(|w| change_kind(w))
            .collect::<Result<_, _>>()?,
        None if d.series.is_none() && d.period_column.is_none() && column_period.is_none() => {
            return Ok(Vec::new());
        }
        None if d.period_column.is_some() && series::row_period(d, cell.1).is_none() => {
            return Ok(Vec::new());
        }
        None => match series::row_period(d, cell.1)
            .or(column_period)
            .or(d.period.as_deref().and_then(Period::parse))
        {
            Some(Period::Year(_)) => vec![ChangeKind::YearAgo],
            _ => vec![ChangeKind::Previous, ChangeKind::YearAgo],
        },
    };
    kinds
        .into_iter()
        .map(|k| change_of(datasets, cell, k))
        .collect()
}

/// A series must be one kind of period, one table per period, and not share its id with a dataset (which `value()`
/// could then not tell apart).
pub fn check(datasets: &[Dataset]) -> Vec<Diagnostic> {
    let mut by_series: BTreeMap<&str, Vec<&Dataset>> = BTreeMap::new();
    for d in datasets {
        if let Some(s) = &d.series {
            by_series.entry(s).or_default().push(d);
        }
    }
    let mut out = Vec::new();
    for (id, tables) in by_series {
        if let Some(d) = datasets.iter().find(|d| d.id == id) {
            out.push(Diagnostic::error(
                &tables[0].rel,
                0,
                0,
                msg!("series-same-id", id = id, dataset = &d.id),
            ));
        }
        let mut seen: BTreeMap<Period, &Dataset> = BTreeMap::new();
        for d in &tables {
            let Some(p) = d.period.as_deref().and_then(Period::parse) else {
                continue;
            };
            if let Some(first) = seen.keys().next()
                && !first.same_kind(p)
            {
                out.push(Diagnostic::error(
                    &d.rel,
                    0,
                    0,
                    msg!(
                        "series-mixed",
                        id = id,
                        first = first.iso(),
                        second = p.iso()
                    ),
                ));
            }
            if let Some(other) = seen.insert(p, d) {
                out.push(Diagnostic::error(
                    &d.rel,
                    0,
                    0,
                    msg!(
                        "series-period-twice",
                        id = id,
                        period = p.iso(),
                        first = &other.id,
                        second = &d.id,
                    ),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn table(id: &str, extra: &str) -> Dataset {
        let yaml = format!(
            "title: 月报\n{extra}columns:\n  - {{key: k, label: 指标}}\n  - {{key: n, label: 数, unit: 个, type: integer}}\nrows:\n  - {{k: 镇, n: 1}}\n"
        );
        let src =
            crate::load::dataset::parse(Path::new(&format!("data/{id}.yaml")), &yaml).unwrap();
        match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh).unwrap() {
            crate::model::Checked::Aggregate(d) => d,
            crate::model::Checked::Records(_) => panic!("aggregate"),
        }
    }

    #[test]
    fn a_series_has_one_table_per_period_of_one_kind_and_an_id_of_its_own() {
        let ok = [
            table("a", "series: s\nperiod: 2023-09\n"),
            table("b", "series: s\nperiod: 2023-10\n"),
        ];
        assert!(check(&ok).is_empty());
        assert_eq!(table_for(&ok, "s", None), Ok("b"));
        assert_eq!(table_for(&ok, "s", Some("2023-09")), Ok("a"));
        let messages = |ds: &[Dataset]| -> Vec<String> {
            check(ds).into_iter().map(|d| d.message()).collect()
        };
        let twice = [
            table("a", "series: s\nperiod: 2023-10\n"),
            table("b", "series: s\nperiod: 2023年10月\n"),
        ];
        assert!(
            messages(&twice)[0].contains("two tables for 2023-10"),
            "{:?}",
            messages(&twice)
        );
        let mixed = [
            table("a", "series: s\nperiod: 2023\n"),
            table("b", "series: s\nperiod: 2023-10\n"),
        ];
        assert!(
            messages(&mixed)[0].contains("mixes periods"),
            "{:?}",
            messages(&mixed)
        );
        let clash = [table("a", "series: b\nperiod: 2023-10\n"), table("b", "")];
        assert!(
            messages(&clash)[0].contains("the same id as the dataset"),
            "{:?}",
            messages(&clash)
        );
    }
}
