//! The units a chart draws. One axis shows one unit: every figure drawn (each row's own, where the table has a unit
//! column) is in one unit, or `display_unit:` names one they all convert to, or `small_multiples: true` gives each
//! unit a small chart of its own. Two value axes on one chart are not offered (see docs/charts.md, "Units").

use std::collections::BTreeSet;

use super::Spec;
use crate::diagnostics::Diagnostic;
use crate::messages::{Arg, msg};
use crate::model::chart::{ChartKind, Factor, Panel, Series, type_name, unit_at};
use crate::model::units;

/// What [`Spec::units`] settles: the unit every figure is drawn in, the factors converting figures to it, and the
/// panels of small multiples.
#[derive(Default)]
pub(super) struct Units {
    pub display: Option<String>,
    pub factors: Vec<Factor>,
    pub panels: Vec<Panel>,
}

impl Spec<'_> {
    pub(super) fn units(
        &self,
        kind: ChartKind,
        series: &[Series],
        rows: &[usize],
        errors: &mut Vec<Diagnostic>,
    ) -> Units {
        let d = self.d;
        let mut cells: Vec<(usize, usize)> = rows
            .iter()
            .flat_map(|&r| series.iter().map(move |s| (r, s.column)))
            .collect();
        if let Some(f) = &self.raw.row
            && let Some(r) = d.rows.iter().position(|r| r.key == f.value.as_text())
        {
            cells.extend(series.iter().map(|s| (r, s.column)));
        }
        // A cell without a figure draws nothing, so its unit (or a heading row's lack of one) does not count.
        cells.retain(|&(r, c)| d.rows[r].cells[c].as_f64().is_some());
        let found: Vec<String> = cells
            .iter()
            .map(|&(r, c)| unit_at(d, r, c))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if let Some(flag) = self.raw.small_multiples.as_ref().filter(|f| f.value) {
            return self.panels(kind, series, rows, &found, &flag.referenced, errors);
        }
        let Some(display) = &self.raw.display_unit else {
            if found.len() > 1 {
                let one_kind = found.iter().all(|u| units::factor(u, &found[0]).is_some());
                let (l, c) = super::at(&self.raw.y.referenced);
                let named = Arg::List(
                    found
                        .iter()
                        .map(|u| match u.as_str() {
                            "" => Arg::Term("term-no-unit"),
                            u => Arg::Text(u.to_string()),
                        })
                        .collect(),
                );
                let message = if one_kind {
                    msg!("chart-units-magnitudes", units = named, first = &found[0])
                } else {
                    msg!("chart-units-mixed", units = named)
                };
                errors.push(Diagnostic::error(self.rel, l, c, message));
            }
            return Units::default();
        };
        let target = display.value.trim().to_string();
        let mut factors = Vec::new();
        for &(r, c) in &cells {
            let unit = unit_at(d, r, c);
            match units::factor(&unit, &target) {
                Some(f) if f != 1.0 => factors.push(((r, c), f)),
                Some(_) => {}
                None => {
                    let (l, col) = super::at(&display.referenced);
                    errors.push(Diagnostic::error(
                        self.rel,
                        l,
                        col,
                        msg!(
                            "chart-display-unit-cannot",
                            target = &target,
                            row = &d.rows[r].key,
                            unit = if unit.is_empty() {
                                Arg::Term("term-no-unit")
                            } else {
                                Arg::Text(unit.clone())
                            }
                        ),
                    ));
                    return Units::default();
                }
            }
        }
        factors.sort_by_key(|(at, _)| *at);
        factors.dedup_by_key(|(at, _)| *at);
        Units {
            display: Some(target),
            factors,
            panels: Vec::new(),
        }
    }

    /// Small multiples: the figures split by unit into panels. Where each column drawn is in one unit, the panels
    /// are groups of columns over the same rows (a shared category axis); where the table's unit column makes rows
    /// differ, they are groups of rows. A chart of one unit needs no panels and is drawn as it is.
    fn panels(
        &self,
        kind: ChartKind,
        series: &[Series],
        rows: &[usize],
        found: &[String],
        flag: &serde_saphyr::Location,
        errors: &mut Vec<Diagnostic>,
    ) -> Units {
        let (l, c) = super::at(flag);
        let mut refuse = |m| errors.push(Diagnostic::error(self.rel, l, c, m));
        if matches!(kind, ChartKind::Pie | ChartKind::Donut | ChartKind::Figure) {
            refuse(msg!("chart-panels-kind", kind = type_name(kind)));
            return Units::default();
        }
        if self.raw.display_unit.is_some() {
            refuse(msg!("chart-panels-display-unit"));
            return Units::default();
        }
        if self.raw.unit.as_ref().is_some_and(|u| !u.trim().is_empty()) {
            refuse(msg!("chart-panels-unit"));
            return Units::default();
        }
        if found.len() < 2 {
            return Units::default();
        }
        let d = self.d;
        let figure = |r: usize, c: usize| d.rows[r].cells[c].as_f64().is_some();
        let by_column: Option<Vec<String>> = series
            .iter()
            .map(|s| {
                let units = rows.iter().filter(|&&r| figure(r, s.column));
                one(units.map(|&r| unit_at(d, r, s.column))).map(Option::unwrap_or_default)
            })
            .collect();
        let mut panels: Vec<Panel> = Vec::new();
        if let Some(units) = by_column {
            for (i, unit) in units.into_iter().enumerate() {
                match panels.iter_mut().find(|p| p.unit == unit) {
                    Some(p) => p.series.push(i),
                    None => panels.push(Panel {
                        unit,
                        series: vec![i],
                        rows: rows.to_vec(),
                    }),
                }
            }
            return Units {
                panels,
                ..Units::default()
            };
        }
        let by_row: Option<Vec<Option<String>>> = rows
            .iter()
            .map(|&r| {
                let units = series.iter().filter(|s| figure(r, s.column));
                one(units.map(|s| unit_at(d, r, s.column)))
            })
            .collect();
        let Some(units) = by_row else {
            refuse(msg!("chart-panels-crossed"));
            return Units::default();
        };
        // A row without a figure has no unit, and no panel to stand in.
        for (&r, unit) in rows.iter().zip(units) {
            let Some(unit) = unit else { continue };
            match panels.iter_mut().find(|p| p.unit == unit) {
                Some(p) => p.rows.push(r),
                None => panels.push(Panel {
                    unit,
                    series: (0..series.len()).collect(),
                    rows: vec![r],
                }),
            }
        }
        Units {
            panels,
            ..Units::default()
        }
    }
}

/// The unit all of `units` share (`Some(None)` when there are none), or `None` when they differ.
fn one(mut units: impl Iterator<Item = String>) -> Option<Option<String>> {
    let Some(first) = units.next() else {
        return Some(None);
    };
    units.all(|u| u == first).then_some(Some(first))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::diagnostics::Diagnostic;
    use crate::model::chart::Chart;
    use crate::model::{Checked, Dataset};

    /// Persons and households by column; a second table whose rows carry their own unit.
    fn datasets() -> Vec<Dataset> {
        let tables = [
            (
                "data/cov.yaml",
                "title: 覆盖\ncolumns:\n  - {key: category, label: 类别}\n  - {key: persons, label: 人数, unit: 人, type: integer}\n  - {key: households, label: 户数, unit: 户, type: integer}\n  - {key: pct, label: 占比, type: percent}\nrows:\n  - {category: 城市低保, persons: 5829, households: 3815, pct: 10}\n  - {category: 农村低保, persons: 36758, households: 20775, pct: 90}\n",
            ),
            (
                "data/mz.yaml",
                "title: 月报\nunit_column: unit\ncolumns:\n  - {key: item, label: 指标}\n  - {key: unit, label: 单位}\n  - {key: n, label: 本月, type: number}\n  - {key: m, label: 上月, type: number}\nrows:\n  - {item: 镇, unit: 个, n: 1405, m: 1400}\n  - {item: 低保资金, unit: 万元, n: 1380.2, m: 1375}\n  - {item: 乡, unit: 个, n: 312, m: 315}\n",
            ),
        ];
        tables
            .iter()
            .map(|(path, yaml)| {
                let src = crate::load::dataset::parse(Path::new(path), yaml).unwrap();
                match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh).unwrap() {
                    Checked::Aggregate(d) => d,
                    Checked::Records(_) => panic!("an aggregate table"),
                }
            })
            .collect()
    }

    fn check(yaml: &str) -> Result<Chart, Vec<Diagnostic>> {
        let src =
            crate::load::chart::parse(Path::new("charts/c.yaml"), yaml).map_err(|d| vec![d])?;
        super::super::validate(&src, &datasets()).map(|(c, _)| c)
    }

    fn one_error(yaml: &str) -> Diagnostic {
        let e = check(yaml).unwrap_err();
        assert_eq!(e.len(), 1, "{e:#?}");
        e.into_iter().next().unwrap()
    }

    #[test]
    fn different_measures_on_one_axis_point_at_small_multiples() {
        let e = one_error("title: t\ntype: grouped_bar\ndata: cov\ny: [persons, households]\n");
        assert!(e.message().contains("(人, 户)"), "{}", e.message());
        assert!(
            e.hint_text().contains("small_multiples: true"),
            "{}",
            e.hint_text()
        );
        let e = one_error("title: t\ntype: line\ndata: mz\ny: n\n");
        assert!(
            e.hint_text().contains("small_multiples"),
            "{}",
            e.hint_text()
        );
    }

    #[test]
    fn columns_of_different_units_become_panels_over_the_same_rows() {
        let c = check(
            "title: t\ntype: grouped_bar\ndata: cov\ny: [persons, households, pct]\nsmall_multiples: true\n",
        )
        .unwrap();
        let panels: Vec<(&str, &[usize], &[usize])> = c
            .panels
            .iter()
            .map(|p| (p.unit.as_str(), p.series.as_slice(), p.rows.as_slice()))
            .collect();
        assert_eq!(
            panels,
            vec![
                ("人", &[0][..], &[0, 1][..]),
                ("户", &[1][..], &[0, 1][..]),
                ("%", &[2][..], &[0, 1][..])
            ]
        );
        // A bar may name several columns when each unit gets its own panel.
        assert!(
            check(
                "title: t\ntype: bar\ndata: cov\ny: [persons, households]\nsmall_multiples: true\n"
            )
            .is_ok()
        );
    }

    #[test]
    fn rows_of_different_units_become_panels_of_their_rows() {
        let c = check("title: t\ntype: bar\ndata: mz\ny: n\nsmall_multiples: true\n").unwrap();
        let panels: Vec<(&str, &[usize])> = c
            .panels
            .iter()
            .map(|p| (p.unit.as_str(), p.rows.as_slice()))
            .collect();
        assert_eq!(panels, vec![("个", &[0, 2][..]), ("万元", &[1][..])]);
    }

    #[test]
    fn one_unit_needs_no_panels() {
        let c =
            check("title: t\ntype: bar\ndata: cov\ny: persons\nsmall_multiples: true\n").unwrap();
        assert!(c.panels.is_empty());
    }

    #[test]
    fn small_multiples_refuse_what_they_cannot_draw() {
        for (yaml, words) in [
            ("type: pie\ndata: cov\ny: persons", "pie chart cannot"),
            (
                "type: grouped_bar\ndata: cov\ny: [persons, households]\ndisplay_unit: 人",
                "`display_unit` cannot",
            ),
            (
                "type: grouped_bar\ndata: cov\ny: [persons, households]\nunit: 人",
                "`unit` cannot",
            ),
        ] {
            let e = one_error(&format!("title: t\n{yaml}\nsmall_multiples: true\n"));
            assert!(e.message().contains(words), "{}", e.message());
        }
    }

    #[test]
    fn display_unit_names_the_figure_it_cannot_convert() {
        let e = one_error("title: t\ntype: bar\ndata: mz\ny: n\ndisplay_unit: 万元\n");
        assert!(
            e.message().contains("`镇`, which is in 个"),
            "{}",
            e.message()
        );
        assert!(
            e.hint_text().contains("small_multiples"),
            "{}",
            e.hint_text()
        );
    }
}
