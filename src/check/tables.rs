//! Table files whose column types were read from their figures: the editor confirms what was read (a column of
//! codes taken for counts, a column with one figure written as words taken for text), or declares the types in the
//! sidecar, which silences this.

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::msg;

pub fn check(site: &Site) -> Vec<Diagnostic> {
    site.datasets
        .iter()
        .filter(|d| !d.inferred.is_empty())
        .map(|d| {
            Diagnostic::warning(
                &d.rel,
                0,
                0,
                msg!(
                    "check-types-inferred",
                    columns = &d.inferred,
                    sidecar = &d.rel.with_extension("yaml")
                ),
            )
        })
        .collect()
}
