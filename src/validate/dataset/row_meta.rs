//! What a dataset says about its rows beyond their cells, alike for YAML datasets and table files: the unit column
//! (`unit_column: 单位`), the period and series the table belongs to, the rows declared as totals, and, in YAML rows,
//! a row's place in the indicator hierarchy (`level:` or `parent:`).

use std::path::Path;

use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostic;
use crate::load::Scalar;
use crate::load::dataset::{RawDataset, RawRow};
use crate::messages::{Message, msg};
use crate::model::series::{Period, of_value};
use crate::model::{Column, ColumnType, Row, Value};

/// The keys a YAML row may use for its place in the hierarchy, when no column has that key.
pub const HIERARCHY_KEYS: [&str; 2] = ["level", "parent"];

fn err(file: &Path, l: &serde_saphyr::Location, message: Message) -> Diagnostic {
    Diagnostic::error(file, l.line() as usize, l.column() as usize, message)
}

/// The unit column, period and series, checked.
pub struct Meta {
    pub unit_column: Option<usize>,
    pub period: Option<String>,
    pub series: Option<String>,
}

pub fn meta(
    raw: &RawDataset,
    columns: &[Column],
    file: &Path,
    errors: &mut Vec<Diagnostic>,
) -> Meta {
    let unit_column = raw.unit_column.as_ref().and_then(|u| {
        let name = u.value.trim();
        let found = columns
            .iter()
            .position(|c| c.key == name || c.label == name);
        match found {
            Some(i) if i > 0 && columns[i].kind == ColumnType::Text => Some(i),
            Some(_) => {
                errors.push(err(
                    file,
                    &u.referenced,
                    msg!("rows-unit-column-kind", column = name),
                ));
                None
            }
            None => {
                let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
                errors.push(err(
                    file,
                    &u.referenced,
                    msg!("rows-unit-column-missing", column = name, columns = &keys),
                ));
                None
            }
        }
    });
    let period = raw.period.as_ref().and_then(|p| {
        let text = p.value.as_text();
        match Period::parse(&text) {
            Some(period) => Some(period.iso()),
            None => {
                errors.push(err(
                    file,
                    &p.referenced,
                    msg!("rows-bad-period", period = &text),
                ));
                None
            }
        }
    });
    let series = raw.series.as_ref().and_then(|s| {
        let id = s.value.trim();
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !ok {
            errors.push(err(file, &s.referenced, msg!("rows-bad-series", id = id)));
            return None;
        }
        if period.is_none() && raw.period.is_none() {
            errors.push(err(
                file,
                &s.referenced,
                msg!("rows-series-no-period", id = id),
            ));
            return None;
        }
        Some(id.to_string())
    });
    Meta {
        unit_column,
        period,
        series,
    }
}

/// `period_column:`, the column naming each row's period in a table whose rows are the months (quarters, years) of
/// one series. Every row names a period, each once and all of one kind, except rows marked as totals (`totals:
/// [合计]`), which stand for no period. `cell_error` locates a message at a row and column of the table.
pub fn period_column(
    raw: &RawDataset,
    columns: &[Column],
    rows: &[Row],
    file: &Path,
    cell_error: &dyn Fn(usize, usize, Message) -> Diagnostic,
    errors: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let named = raw.period_column.as_ref()?;
    let name = named.value.trim();
    let at = |m: Message| {
        Diagnostic::error(
            file,
            named.referenced.line() as usize,
            named.referenced.column() as usize,
            m,
        )
    };
    let Some(ci) = columns
        .iter()
        .position(|c| c.key == name || c.label == name)
    else {
        let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
        errors.push(at(msg!(
            "dataset-period-column-unknown",
            column = name,
            columns = &keys
        )));
        return None;
    };
    if raw.period.is_some() || raw.series.is_some() {
        errors.push(at(msg!("dataset-period-column-and-period")));
        return None;
    }
    let before = errors.len();
    let mut seen: Vec<Period> = Vec::new();
    for (ri, row) in rows.iter().enumerate() {
        let cell = &row.cells[ci];
        match of_value(cell) {
            None if row.total => {}
            None => errors.push(cell_error(
                ri,
                ci,
                msg!(
                    "dataset-period-cell",
                    value = match cell {
                        Value::Text(t) | Value::Date(t) => t.clone(),
                        Value::Integer(i) => i.to_string(),
                        Value::Number(f) => f.to_string(),
                        Value::Empty | Value::Suppressed => String::new(),
                    },
                    column = &columns[ci].key
                ),
            )),
            Some(p) if seen.contains(&p) => errors.push(cell_error(
                ri,
                ci,
                msg!("dataset-period-twice", period = p.iso()),
            )),
            Some(p) if seen.first().is_some_and(|f| !f.same_kind(p)) => {
                let first = seen.first().map(|f| f.iso()).unwrap_or_default();
                errors.push(cell_error(
                    ri,
                    ci,
                    msg!("dataset-period-kinds", first = first, period = p.iso()),
                ));
            }
            Some(p) => seen.push(p),
        }
    }
    (errors.len() == before).then_some(ci)
}

/// Marks the rows `totals:` names; a name that is no row is an error.
pub fn declared_totals(
    totals: &[Spanned<Scalar>],
    rows: &mut [Row],
    file: &Path,
    errors: &mut Vec<Diagnostic>,
) {
    for t in totals {
        let key = t.value.as_text();
        match rows.iter_mut().find(|r| r.key == key) {
            Some(r) => r.total = true,
            None => {
                let near = crate::validate::closest(&key, rows.iter().map(|r| r.key.as_str()));
                errors.push(err(
                    file,
                    &t.referenced,
                    msg!(
                        "rows-total-missing",
                        row = &key,
                        found = usize::from(near.is_some()),
                        near = near.unwrap_or_default(),
                    ),
                ));
            }
        }
    }
}

/// The levels YAML rows declare with `level:` (1 at the top) or `parent:` (a row above, whose level is one less).
/// A row's parent is the nearest row above it at a lower level, so a row naming a parent must stand in that parent's
/// block, below it and its other children.
pub fn yaml_levels(
    raw_rows: &[Spanned<RawRow>],
    columns: &[Column],
    rows: &mut [Row],
    file: &Path,
    errors: &mut Vec<Diagnostic>,
) {
    let is_column = |k: &str| columns.iter().any(|c| c.key == k);
    for i in 0..rows.len().min(raw_rows.len()) {
        let raw = &raw_rows[i].value;
        if let Some(l) = raw.get("level").filter(|_| !is_column("level")) {
            match &l.value {
                Scalar::Integer(n) if (1..=6).contains(n) => rows[i].level = (*n - 1) as u8,
                other => errors.push(err(
                    file,
                    &l.referenced,
                    msg!("rows-bad-level", value = other.as_text()),
                )),
            }
        }
        if let Some(p) = raw.get("parent").filter(|_| !is_column("parent")) {
            let key = p.value.as_text();
            match rows[..i].iter().position(|r| r.key == key) {
                None => errors.push(err(
                    file,
                    &p.referenced,
                    msg!("rows-parent-missing", row = &key),
                )),
                Some(pi) => {
                    let plevel = rows[pi].level;
                    match rows[pi + 1..i].iter().find(|r| r.level <= plevel) {
                        Some(other) => errors.push(err(
                            file,
                            &p.referenced,
                            msg!("rows-parent-other-group", row = &key, other = &other.key),
                        )),
                        None => rows[i].level = plevel + 1,
                    }
                }
            }
        }
    }
}

/// Whether a row is a heading of the hierarchy: nothing but its name (a unit with no figure is a missing figure).
pub fn is_heading(row: &Row) -> bool {
    row.cells.iter().skip(1).all(|v| *v == Value::Empty)
}

#[cfg(test)]
mod tests {
    use crate::model::Checked;
    use std::path::Path;

    fn ds(yaml: &str) -> Result<crate::model::Dataset, Vec<String>> {
        let src = crate::load::dataset::parse(Path::new("data/t.yaml"), yaml).expect("parses");
        match super::super::validate(&src, crate::messages::Lang::Zh) {
            Ok(Checked::Aggregate(d)) => Ok(d),
            Ok(_) => panic!("aggregate"),
            Err(e) => Err(e.into_iter().map(|d| d.message()).collect()),
        }
    }

    const HEAD: &str = "title: t\ncolumns:\n  - {key: k, label: 指标}\n  - {key: u, label: 单位}\n  - {key: n, label: 数, type: number}\nunit_column: u\n";

    const MONTHS: &str = "title: t\nperiod_column: 月份\ncolumns:\n  - {key: 月份, label: 月份}\n  - {key: n, label: 人数, unit: 人, type: integer}\nrows:\n";

    #[test]
    fn a_period_column_names_one_period_of_one_kind_per_row() {
        let d = ds(&format!(
            "{MONTHS}  - {{月份: 2023年1月, n: 1}}\n  - {{月份: 2023-02, n: 2}}\n  - {{月份: 合计, n: 3}}\ntotals: [合计]\n"
        ))
        .unwrap();
        assert_eq!(d.period_column, Some(0));
        assert_eq!(
            crate::model::series::period_rows(&d),
            vec![
                (crate::model::series::Period::Month(2023, 1), 0),
                (crate::model::series::Period::Month(2023, 2), 1)
            ]
        );
        for (rows, words) in [
            (
                "  - {月份: 2023年1月, n: 1}\n  - {月份: 2月, n: 2}\n",
                "`2月` in the period column",
            ),
            (
                "  - {月份: 2023-01, n: 1}\n  - {月份: 2023年1月, n: 2}\n",
                "a second row for 2023-01",
            ),
            (
                "  - {月份: 2023-01, n: 1}\n  - {月份: 2023-Q1, n: 2}\n",
                "different kinds (2023-01 and 2023-Q1)",
            ),
            (
                "  - {月份: 2023-01, n: 1}\n  - {月份: 合计, n: 2}\n",
                "`合计` in the period column",
            ),
            (
                "  - {月份: 2023-01, n: 1}\nseries: s\nperiod: 2023-01\n",
                "takes no `period:` or `series:`",
            ),
        ] {
            let e = ds(&format!("{MONTHS}{rows}")).unwrap_err();
            assert!(e.iter().any(|m| m.contains(words)), "{words}: {e:?}");
        }
        let e = ds(&format!("{MONTHS}  - {{月份: 2023-01, n: 1}}\n")
            .replace("period_column: 月份", "period_column: 月"))
        .unwrap_err();
        assert!(e[0].contains("no column `月`"), "{e:?}");
    }

    #[test]
    fn rows_take_their_unit_from_the_unit_column() {
        let d = ds(&format!(
            "{HEAD}rows:\n  - {{k: 镇, u: 个, n: 1405}}\n  - {{k: 资金, u: 万元, n: 12.5}}\n  - {{k: 其他, n: 3}}\n"
        ))
        .unwrap();
        assert_eq!(d.unit(0, 2), Some("个"));
        assert_eq!(d.unit(1, 2), Some("万元"));
        assert_eq!(d.unit(2, 2), None);
        assert_eq!(d.unit(0, 1), None, "the unit column itself has no unit");
        let e = ds("title: t\ncolumns:\n  - {key: k, label: 指标}\n  - {key: n, label: 数, type: number}\nunit_column: n\n").unwrap_err();
        assert!(e[0].contains("must be a text column"), "{e:?}");
    }

    #[test]
    fn yaml_rows_declare_their_level_or_parent() {
        let d = ds(&format!(
            "{HEAD}rows:\n  - {{k: 综合, level: 1}}\n  - {{k: 镇, parent: 综合, n: 1}}\n  - {{k: 乡, level: 2, n: 2}}\n  - {{k: 合计, n: 3}}\n"
        ))
        .unwrap();
        let levels: Vec<u8> = d.rows.iter().map(|r| r.level).collect();
        assert_eq!(levels, [0, 1, 1, 0]);
        let e = ds(&format!(
            "{HEAD}rows:\n  - {{k: 甲, n: 1}}\n  - {{k: 乙, parent: 丙, n: 1}}\n"
        ))
        .unwrap_err();
        assert!(e[0].contains("not a row above"), "{e:?}");
        let e = ds(&format!(
            "{HEAD}rows:\n  - {{k: 甲}}\n  - {{k: 乙}}\n  - {{k: 丙, parent: 甲, n: 1}}\n"
        ))
        .unwrap_err();
        assert!(e[0].contains("belongs to another group"), "{e:?}");
        let e = ds(&format!("{HEAD}rows:\n  - {{k: 甲, level: 0}}\n")).unwrap_err();
        assert!(e[0].contains("is not a level"), "{e:?}");
    }

    #[test]
    fn periods_and_series_are_checked() {
        let d = ds(&format!("{HEAD}period: 2023年10月\nseries: mz\nrows: []\n")).unwrap();
        assert_eq!(
            (d.period.as_deref(), d.series.as_deref()),
            (Some("2023-10"), Some("mz"))
        );
        let e = ds(&format!("{HEAD}series: mz\nrows: []\n")).unwrap_err();
        assert!(e[0].contains("says no period"), "{e:?}");
        let e = ds(&format!("{HEAD}period: 十月\nrows: []\n")).unwrap_err();
        assert!(e[0].contains("is not a period"), "{e:?}");
        let e = ds(&format!("{HEAD}totals: [总计]\nrows: []\n")).unwrap_err();
        assert!(e[0].contains("does not have"), "{e:?}");
    }
}
