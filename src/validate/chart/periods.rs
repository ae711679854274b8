//! Charts of a table whose rows are periods (`period_column:`): drawn along the periods, each period from the first
//! drawn to the last has its place, so every row drawn must name a period (a chart that lists no `rows:` draws those
//! that do), and the span must be one a chart can show.

use super::Spec;
use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::chart::ChartKind;
use crate::model::series::{MAX_PERIODS, row_period};

impl Spec<'_> {
    pub(super) fn check_periods(
        &self,
        kind: ChartKind,
        x: usize,
        rows: &mut Vec<usize>,
        errors: &mut Vec<Diagnostic>,
    ) {
        let d = self.d;
        let along = matches!(
            kind,
            ChartKind::Line | ChartKind::Bar | ChartKind::GroupedBar | ChartKind::StackedBar
        );
        if d.period_column != Some(x) || !along {
            return;
        }
        // Left to itself, the chart draws the rows that name a period, not the 合计 row a table of months may end with.
        if self.raw.rows.is_none() {
            rows.retain(|&r| row_period(d, r).is_some());
        }
        let (l, c) = super::at(&self.raw.data.referenced);
        let mut periods = Vec::new();
        for &r in rows.iter() {
            match row_period(d, r) {
                Some(p) => periods.push(p),
                None => errors.push(Diagnostic::error(
                    self.rel,
                    l,
                    c,
                    msg!("chart-row-no-period", dataset = &d.id, row = &d.rows[r].key),
                )),
            }
        }
        let (Some(first), Some(last)) = (periods.iter().min(), periods.iter().max()) else {
            return;
        };
        let mut span = 1;
        let mut p = *first;
        while p < *last && span <= MAX_PERIODS {
            p = p.next();
            span += 1;
        }
        if span > MAX_PERIODS {
            errors.push(Diagnostic::error(
                self.rel,
                l,
                c,
                msg!(
                    "chart-periods-too-many",
                    dataset = &d.id,
                    first = first.iso(),
                    last = last.iso(),
                    most = MAX_PERIODS
                ),
            ));
        }
    }
}
