//! Datasets that no page quotes, and charts that no page shows. They are still published with their own page, but a dataset nothing refers to is
//! often a leftover or a typo in a `value()` call elsewhere.

use std::collections::BTreeSet;

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::{Segment, Shortcode, Site};

pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut used = BTreeSet::new();
    let mut charts_used = BTreeSet::new();
    for p in &site.pages {
        for kf in &p.key_figures {
            used.insert(kf.dataset);
        }
        for seg in &p.segments {
            match seg {
                Segment::Shortcode(
                    Shortcode::Value { dataset, .. }
                    | Shortcode::Table { dataset }
                    | Shortcode::RowText { dataset, .. },
                ) => {
                    used.insert(*dataset);
                }
                Segment::Shortcode(Shortcode::Chart { chart }) => {
                    charts_used.insert(*chart);
                    if let Some(c) = site.charts.get(*chart) {
                        used.insert(c.dataset);
                    }
                }
                Segment::Markdown { .. } | Segment::Shortcode(Shortcode::Ref { .. }) => {}
            }
        }
    }
    // A chart across the month columns of a table draws it through the table of periods turned from it, which is
    // made for the chart and never a leftover of its own.
    let turned_from =
        |d: &crate::model::Dataset| crate::validate::across_chart::turned_from(&d.id).is_some();
    let sources: Vec<usize> = used
        .iter()
        .filter_map(|&i| crate::validate::across_chart::turned_from(&site.datasets.get(i)?.id))
        .filter_map(|id| site.datasets.iter().position(|d| d.id == id))
        .collect();
    used.extend(sources);
    // A table of a series is quoted when any period of the series is: value() and key figures pick the period,
    // changes and charts read the others.
    let quoted_series: BTreeSet<&str> = used
        .iter()
        .filter_map(|&i| site.datasets.get(i)?.series.as_deref())
        .collect();
    let series_drawn = |id: &str| {
        used.iter()
            .any(|&i| site.datasets.get(i).is_some_and(|d| d.id == id))
    };
    let in_used_series = |d: &crate::model::Dataset| {
        d.series
            .as_deref()
            .is_some_and(|s| quoted_series.contains(s) || series_drawn(s))
    };
    let unused_charts = site
        .charts
        .iter()
        .enumerate()
        .filter(|(i, _)| !charts_used.contains(i))
        .map(|(_, c)| Diagnostic::warning(&c.rel, 0, 0, msg!("check-chart-unused", chart = &c.id)));
    site.datasets
        .iter()
        .enumerate()
        .filter(|(i, d)| !used.contains(i) && !in_used_series(d) && !turned_from(d))
        .map(|(_, d)| {
            Diagnostic::warning(&d.rel, 0, 0, msg!("check-dataset-unused", dataset = &d.id))
        })
        .chain(unused_charts)
        .collect()
}
