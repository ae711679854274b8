//! Datasets that no page quotes, and charts that no page shows. They are still published with their own page, but a dataset nothing refers to is
//! often a leftover or a typo in a `value()` call elsewhere.

use std::collections::BTreeSet;

use crate::diagnostics::Diagnostic;
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
    let unused_charts =
        site.charts
            .iter()
            .enumerate()
            .filter(|(i, _)| !charts_used.contains(i))
            .map(|(_, c)| {
                Diagnostic::warning(&c.rel, 0, 0, format!("no page shows the chart `{}`", c.id))
                    .hint(format!(
                        "show it with {{{{ chart(\"{}\") }}}}, or remove it if it is a leftover",
                        c.id
                    ))
            });
    site.datasets
        .iter()
        .enumerate()
        .filter(|(i, _)| !used.contains(i))
        .map(|(_, d)| {
            Diagnostic::warning(
                &d.rel,
                0,
                0,
                format!("no page quotes the dataset `{}`", d.id),
            )
            .hint(format!(
                "use it with {{{{ table(\"{}\") }}}} or value(), or remove it if it is a leftover",
                d.id
            ))
        })
        .chain(unused_charts)
        .collect()
}
