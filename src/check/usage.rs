//! Datasets that no page quotes. They are still published with their own page, but a dataset nothing refers to is
//! often a leftover or a typo in a `value()` call elsewhere.

use std::collections::BTreeSet;

use crate::diagnostics::Diagnostic;
use crate::validate::{Segment, Shortcode, Site};

pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut used = BTreeSet::new();
    for p in &site.pages {
        for kf in &p.key_figures {
            used.insert(kf.dataset);
        }
        for seg in &p.segments {
            match seg {
                Segment::Shortcode(
                    Shortcode::Value { dataset, .. } | Shortcode::Table { dataset },
                ) => {
                    used.insert(*dataset);
                }
                Segment::Markdown { .. } => {}
            }
        }
    }
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
        .collect()
}
