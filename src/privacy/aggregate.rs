//! The first half of the privacy stage: records datasets become the aggregate tables they publish, small cells
//! withheld ([`super::records`]). It runs between the two halves of `validate`, because pages and charts are checked
//! against the published tables; the records go no further than this module.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::msg;
use crate::model::{Aggregated, Records, SiteConfig};

use super::records::{self, Settings};

/// Aggregates and protects every records dataset: the tables in the site's language and in each other one, the
/// roster of personal values and the counts of withheld cells. Problems (records files that could be subtracted
/// from each other, refused measures, arithmetic that fails) go into `diags`.
pub fn aggregate(
    records: Vec<Records>,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Aggregated {
    diags.extend(same_records(&records));
    let settings = Settings::of(&config.privacy);
    let others: Vec<&String> = config.languages.keys().collect();
    let mut out = Aggregated::default();
    for r in records {
        match records::protect(&r, &settings) {
            Ok(mut p) => {
                out.roster_terms.append(&mut p.terms);
                out.suppressed_cells
                    .push((r.rel.clone(), p.suppressed, p.by_rule.clone()));
                out.datasets.extend(p.datasets(&r, &config.language));
                let localized = others
                    .iter()
                    .map(|&code| (code.clone(), p.datasets(&r, code)))
                    .collect();
                out.localized.push((r.rel.clone(), localized));
            }
            Err(errors) => diags.extend(errors),
        }
    }
    out.roster_terms = super::sorted_unique(std::mem::take(&mut out.roster_terms));
    out
}

/// Two files holding the same records: tables published from each could be subtracted from each other, so they
/// must be protected together, as tables of one file.
fn same_records(records: &[Records]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (i, a) in records.iter().enumerate() {
        for b in &records[i + 1..] {
            if records::same_records(a, b) {
                found.push(Diagnostic::error(
                    &b.rel,
                    0,
                    0,
                    msg!("records-same-roster", other = &a.rel),
                ));
            }
        }
    }
    found
}
