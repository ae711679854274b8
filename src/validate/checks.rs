//! The arithmetic a dataset declares about itself under `checks:`. A report that says 7113 couples married and lists
//! parts adding up to 7112 is wrong somewhere; the build says where instead of publishing both.

use serde_saphyr::Spanned;

use crate::diagnostics::Diagnostic;
use crate::load::Scalar;
use crate::load::dataset::{OneOrMany, RawCheck};
use crate::messages::{Arg, Message, msg};
use crate::model::{ColumnType, Dataset, Value};

/// Every failing or malformed check, as errors located at the check in `file` (the dataset's YAML, or the sidecar of
/// a table file).
pub fn run(d: &Dataset, checks: &[Spanned<RawCheck>], file: &std::path::Path) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for check in checks {
        let (l, c) = (
            check.referenced.line() as usize,
            check.referenced.column() as usize,
        );
        let err = |m: Message| Diagnostic::error(file, l, c, m);
        match one(d, &check.value) {
            Ok(failures) => errors.extend(failures.into_iter().map(err)),
            Err(m) => errors.push(err(m)),
        }
    }
    errors
}

/// A check that fails, with what to do about it.
type Failure = Message;

/// The row `key` names, or why not.
fn row_of(d: &Dataset, key: &str) -> Result<usize, Message> {
    d.rows.iter().position(|r| r.key == key).ok_or_else(|| {
        let near = super::closest(key, d.rows.iter().map(|r| r.key.as_str()));
        msg!(
            "check-no-row",
            row = key,
            found = usize::from(near.is_some()),
            near = near.unwrap_or_default(),
        )
    })
}

/// The column `key` names, or why not.
fn column_of<'d>(d: &'d Dataset, key: &str) -> Result<(usize, &'d crate::model::Column), Message> {
    d.column(key).ok_or_else(|| {
        let keys: Vec<&str> = d.columns.iter().map(|c| c.key.as_str()).collect();
        msg!("check-no-column", column = key, columns = &keys)
    })
}

fn one(d: &Dataset, c: &RawCheck) -> Result<Vec<Failure>, Message> {
    let tolerance = c.tolerance.unwrap_or(0.0).abs();
    match (&c.sum, &c.rate) {
        (Some(cols), None) => {
            let cols = match cols {
                OneOrMany::One(s) => vec![s.clone()],
                OneOrMany::Many(v) => v.clone(),
            };
            if c.tree {
                return tree(d, &cols, c);
            }
            let total = c
                .total
                .as_ref()
                .ok_or_else(|| msg!("check-no-total"))?
                .as_text();
            let total_row = row_of(d, &total)?;
            let parts: Vec<usize> = match &c.parts {
                Some(list) => list
                    .iter()
                    .map(|p| row_of(d, &p.as_text()))
                    .collect::<Result<_, _>>()?,
                None => (0..d.rows.len()).filter(|&i| i != total_row).collect(),
            };
            let mut failures = Vec::new();
            for col in cols {
                let (ci, column) = column_of(d, &col)?;
                numeric(&col, column)?;
                let cell = |r: usize| d.rows[r].cells[ci].as_f64();
                same_units(d, total_row, &parts, ci)?;
                let Some(expected) = cell(total_row) else {
                    return Err(msg!("check-total-empty", row = &total, column = &col));
                };
                let sum: f64 = parts.iter().filter_map(|&r| cell(r)).sum();
                if (sum - expected).abs() > tolerance + 1e-9 * expected.abs().max(1.0) {
                    let names: Vec<&str> = parts.iter().map(|&r| d.rows[r].key.as_str()).collect();
                    let (fix, tolerance) = correction(d, c.tolerance);
                    failures.push(msg!(
                        "check-sum-failed",
                        column = &col,
                        parts = names.join(" + "),
                        sum = show(sum),
                        total = &total,
                        expected = show(expected),
                        fix = fix,
                        tolerance = tolerance,
                    ));
                }
            }
            Ok(failures)
        }
        (None, Some(_)) if c.tree => Err(msg!("check-tree-rate")),
        (None, Some(rate)) => {
            let cell = |r: &Option<Vec<Scalar>>,
                        what: &str|
             -> Result<(f64, ColumnType, String), Message> {
                let v = r
                    .as_ref()
                    .ok_or_else(|| msg!("check-rate-needs", key = what))?;
                let [row, col] = v.as_slice() else {
                    return Err(msg!("check-not-cell", key = what));
                };
                let (row, col) = (row.as_text(), col.as_text());
                let ri = row_of(d, &row)?;
                let (ci, column) = column_of(d, &col)?;
                match &d.rows[ri].cells[ci] {
                    Value::Integer(_) | Value::Number(_) => Ok((
                        d.rows[ri].cells[ci].as_f64().unwrap_or(0.0),
                        column.kind,
                        format!("{row}/{col}"),
                    )),
                    _ => Err(msg!("check-cell-no-number", row = &row, column = &col)),
                }
            };
            let (r, kind, rname) = cell(&Some(rate.clone()), "rate")?;
            let (p, _, pname) = cell(&c.part, "part")?;
            let (w, _, wname) = cell(&c.whole, "whole")?;
            if w == 0.0 {
                return Err(msg!("check-whole-zero", whole = &wname));
            }
            let computed = if kind == ColumnType::Percent {
                p / w * 100.0
            } else {
                p / w
            };
            let tol = if c.tolerance.is_some() {
                tolerance
            } else if kind == ColumnType::Percent {
                0.05
            } else {
                0.0005
            };
            if (computed - r).abs() > tol {
                let (fix, tolerance) = correction(d, c.tolerance);
                return Ok(vec![msg!(
                    "check-rate-failed",
                    rate = &rname,
                    value = show(r),
                    part = &pname,
                    whole = &wname,
                    computed = show((computed * 100.0).round() / 100.0),
                    fix = fix,
                    tolerance = tolerance,
                )]);
            }
            Ok(Vec::new())
        }
        _ => Err(msg!("check-one-kind")),
    }
}

/// A sum over text would pass whatever the figures say: a check that cannot fail is refused.
fn numeric(key: &str, column: &crate::model::Column) -> Result<(), Message> {
    if column.kind.is_numeric() {
        return Ok(());
    }
    Err(msg!(
        "check-not-numeric",
        column = key,
        kind = Arg::Term(super::dataset::type_term(column.kind)),
    ))
}

/// Figures in different units (个 and 户, 元 and 万元) cannot be added: a table with a unit column must give the
/// total and its parts one unit.
fn same_units(d: &Dataset, total: usize, parts: &[usize], ci: usize) -> Result<(), Message> {
    let unit = d.unit(total, ci);
    match parts.iter().find(|&&p| d.unit(p, ci) != unit) {
        Some(&p) => Err(msg!(
            "check-mixed-units",
            row = &d.rows[p].key,
            unit = d.unit(p, ci).unwrap_or("none"),
            total = &d.rows[total].key,
            total_unit = unit.unwrap_or("none"),
        )),
        None => Ok(()),
    }
}

/// `{sum: COLUMN, tree: true}`: every row with children holds their sum. A heading row (no figures of its own) is no
/// total and is passed over; a row that has figures but none in the column is an error, as for any missing total.
fn tree(d: &Dataset, cols: &[String], c: &RawCheck) -> Result<Vec<Failure>, Message> {
    let tolerance = c.tolerance.unwrap_or(0.0).abs();
    let parents: Vec<(usize, Vec<usize>)> = (0..d.rows.len())
        .map(|i| (i, d.children(i)))
        .filter(|(_, kids)| !kids.is_empty())
        .collect();
    if parents.is_empty() {
        return Err(msg!("check-no-hierarchy"));
    }
    let mut failures = Vec::new();
    for col in cols {
        let (ci, column) = column_of(d, col)?;
        numeric(col, column)?;
        for (p, kids) in &parents {
            let parent = &d.rows[*p];
            let Some(expected) = parent.cells[ci].as_f64() else {
                if crate::validate::dataset::is_heading(parent) {
                    continue;
                }
                return Err(msg!("check-parent-empty", row = &parent.key, column = col));
            };
            same_units(d, *p, kids, ci)?;
            let sum: f64 = kids
                .iter()
                .filter_map(|&k| d.rows[k].cells[ci].as_f64())
                .sum();
            if (sum - expected).abs() > tolerance + 1e-9 * expected.abs().max(1.0) {
                let names: Vec<&str> = kids.iter().map(|&k| d.rows[k].key.as_str()).collect();
                let (fix, tolerance) = correction(d, c.tolerance);
                failures.push(msg!(
                    "check-tree-failed",
                    column = col,
                    parent = &parent.key,
                    parts = names.join(" + "),
                    sum = show(sum),
                    expected = show(expected),
                    fix = fix,
                    tolerance = tolerance,
                ));
            }
        }
    }
    Ok(failures)
}

/// The rows the checks treat as totals: the `total:` of each sum, and each parent holding figures in a tree check.
pub fn totals(d: &Dataset, checks: &[Spanned<RawCheck>]) -> Vec<usize> {
    let mut out = Vec::new();
    for c in checks.iter().map(|c| &c.value).filter(|c| c.sum.is_some()) {
        if c.tree {
            out.extend((0..d.rows.len()).filter(|&i| {
                !d.children(i).is_empty() && !crate::validate::dataset::is_heading(&d.rows[i])
            }));
        } else if let Some(t) = &c.total {
            let key = t.as_text();
            out.extend(d.rows.iter().position(|r| r.key == key));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// What to do about a failed check. Where the table says its figures are rounded, or a tolerance was set, the
/// difference may be rounding rather than a wrong figure, and the hint says so instead of telling the editor to
/// correct a figure that may be right.
/// Returns the `fix` the failure's hint selects (`tolerance`, `rounded` or `other`) and the tolerance it names.
fn correction(d: &Dataset, tolerance: Option<f64>) -> (&'static str, Arg) {
    let says_rounded = std::iter::once(&d.description)
        .chain(&d.notes)
        .any(|t| ROUNDING_WORDS.iter().any(|w| t.to_lowercase().contains(w)));
    match (tolerance, says_rounded) {
        (Some(t), _) => ("tolerance", show(t.abs())),
        (None, true) => ("rounded", Arg::Figure(String::new())),
        (None, false) => ("other", Arg::Figure(String::new())),
    }
}

/// Words with which a table's note or description says its figures are rounded.
const ROUNDING_WORDS: &[&str] = &["四舍五入", "舍入", "取整", "约数", "rounding", "rounded"];

/// A figure as a message shows it: rounded to six decimals, so floating-point noise (87167.00000000001) never reads
/// as a long run of digits.
fn show(x: f64) -> Arg {
    let x = (x * 1e6).round() / 1e6;
    Arg::Figure(if x.fract() == 0.0 && x.abs() < 9e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    })
}

#[cfg(test)]
mod tests {
    use super::super::dataset::validate;
    use super::*;
    use crate::model::Checked;
    use std::path::Path;

    fn errors(yaml: &str) -> Vec<Diagnostic> {
        let src = crate::load::dataset::parse(Path::new("data/t.yaml"), yaml).expect("parses");
        let Ok(Checked::Aggregate(d)) = validate(&src, crate::messages::Lang::Zh) else {
            panic!("valid dataset")
        };
        run(&d, &src.raw.checks, &src.rel)
    }

    const T: &str = "title: t\ncolumns:\n  - {key: k, label: 类型}\n  - {key: num, label: 对数, unit: 对, type: integer}\n  - {key: r, label: 比例, type: percent}\nrows:\n  - {k: 合计, num: 7113, r: 100}\n  - {k: 结婚, num: 4466, r: 62.79}\n  - {k: 离婚, num: 2647, r: 37.21}\n";

    #[test]
    fn sums_that_add_up_pass() {
        assert!(errors(&format!("{T}checks:\n  - {{sum: num, total: 合计}}\n  - {{rate: [结婚, r], part: [结婚, num], whole: [合计, num]}}\n")).is_empty());
    }

    #[test]
    fn a_failing_sum_names_the_rows() {
        let e = errors(&format!(
            "{T}checks:\n  - {{sum: num, total: 合计, parts: [结婚]}}\n"
        ));
        assert_eq!(e.len(), 1);
        assert!(
            e[0].message().contains("结婚") && e[0].message().contains("7113"),
            "{}",
            e[0].message()
        );
        assert_eq!(e[0].line, 11);
    }

    #[test]
    fn a_wrong_rate_is_found() {
        let e = errors(&format!(
            "{T}checks:\n  - {{rate: [离婚, r], part: [结婚, num], whole: [合计, num]}}\n"
        ));
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn checks_that_cannot_fail_are_errors() {
        let t = "title: t\ncolumns:\n  - {key: k, label: 类型}\n  - {key: num, label: 对数}\n  - {key: n, label: 数, type: integer}\nrows:\n  - {k: 合计, num: 7113}\n  - {k: 结婚, num: 999, n: 2}\n";
        let e = errors(&format!("{t}checks:\n  - {{sum: num, total: 合计}}\n"));
        assert!(e[0].message().contains("is a text column"), "{e:?}");
        let e = errors(&format!("{t}checks:\n  - {{sum: n, total: 合计}}\n"));
        assert!(e[0].message().contains("has no figure"), "{e:?}");
        let e = errors(&format!("{t}checks:\n  - {{sum: n, total: 总计}}\n"));
        assert!(e[0].message().contains("there is no row `总计`"), "{e:?}");
    }

    #[test]
    fn the_hint_speaks_of_rounding_where_it_may_apply() {
        let rounded = T.replace(
            "title: t\n",
            "title: t\ndescription: 部分数据因四舍五入，合计与分项之和略有出入。\n",
        );
        let e = errors(&format!(
            "{rounded}checks:\n  - {{sum: num, total: 合计, parts: [结婚]}}\n"
        ));
        assert!(
            e[0].hint_text().contains("rounded") && e[0].hint_text().contains("tolerance"),
            "{}",
            e[0].hint_text()
        );
        let e = errors(&format!(
            "{T}checks:\n  - {{sum: num, total: 合计, parts: [结婚], tolerance: 2}}\n"
        ));
        assert!(
            e[0].hint_text().contains("larger than the tolerance 2"),
            "{}",
            e[0].hint_text()
        );
        let e = errors(&format!(
            "{T}checks:\n  - {{sum: num, total: 合计, parts: [结婚]}}\n"
        ));
        assert!(
            e[0].hint_text().starts_with("correct the figure"),
            "{}",
            e[0].hint_text()
        );
        assert_eq!(show(87167.00000000001), Arg::Figure("87167".into()));
        assert_eq!(show(0.1 + 0.2), Arg::Figure("0.3".into()));
    }

    const TREE: &str = "title: t\ncolumns:\n  - {key: k, label: 指标}\n  - {key: u, label: 单位}\n  - {key: n, label: 数, type: number}\nunit_column: u\nrows:\n  - {k: 一、综合, level: 1}\n  - {k: 镇乡, parent: 一、综合, u: 个, n: 10}\n  - {k: 镇, parent: 镇乡, u: 个, n: 6}\n  - {k: 乡, parent: 镇乡, u: 个, n: 4}\n  - {k: 二、资金, level: 1, u: 万元, n: 3.1}\n  - {k: 低保, parent: 二、资金, u: 万元, n: 1.0}\n  - {k: 特困, parent: 二、资金, u: 万元, n: 2.0}\n";

    #[test]
    fn a_tree_check_adds_up_every_parent_in_one_line() {
        let e = errors(&format!("{TREE}checks:\n  - {{sum: n, tree: true}}\n"));
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].message().contains(
                "the rows under `二、资金` (低保 + 特困) add up to 3, but `二、资金` is 3.1"
            ),
            "{}",
            e[0].message()
        );
        assert!(
            errors(&format!(
                "{TREE}checks:\n  - {{sum: n, tree: true, tolerance: 0.1}}\n"
            ))
            .is_empty()
        );
        let src = crate::load::dataset::parse(
            Path::new("data/t.yaml"),
            &format!("{TREE}checks:\n  - {{sum: n, tree: true}}\n"),
        )
        .unwrap();
        let Ok(Checked::Aggregate(d)) = validate(&src, crate::messages::Lang::Zh) else {
            panic!()
        };
        let keys: Vec<&str> = totals(&d, &src.raw.checks)
            .into_iter()
            .map(|i| d.rows[i].key.as_str())
            .collect();
        assert_eq!(
            keys,
            ["镇乡", "二、资金"],
            "the heading 一、综合 is no total"
        );
    }

    #[test]
    fn a_tree_check_that_cannot_be_carried_out_is_an_error() {
        let flat = errors(&format!("{T}checks:\n  - {{sum: num, tree: true}}\n"));
        assert!(flat[0].message().contains("has no hierarchy"), "{flat:?}");
        let mixed = TREE.replace("{k: 乡, parent: 镇乡, u: 个", "{k: 乡, parent: 镇乡, u: 户");
        let e = errors(&format!(
            "{mixed}checks:\n  - {{sum: n, tree: true, tolerance: 1}}\n"
        ));
        assert!(
            e[0].message()
                .contains("`乡` is in 户 but the total `镇乡` is in 个"),
            "{e:?}"
        );
        let hole = TREE.replace("u: 个, n: 10}", "u: 个}");
        let e = errors(&format!("{hole}checks:\n  - {{sum: n, tree: true}}\n"));
        assert!(
            e[0].message().contains("the parent `镇乡` has no figure"),
            "{e:?}"
        );
    }

    #[test]
    fn malformed_checks_are_errors() {
        assert_eq!(
            errors(&format!("{T}checks:\n  - {{sum: num, total: 总数}}\n")).len(),
            1
        );
        assert_eq!(
            errors(&format!("{T}checks:\n  - {{total: 合计}}\n")).len(),
            1
        );
    }
}
