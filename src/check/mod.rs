//! Consistency checks that `sunlight check` adds to everything a build validates: figures typed by hand (unsourced
//! or contradicting the data), links inside the site that lead nowhere, datasets nothing uses, and charts that do not help a reader. They are
//! warnings; `--strict` makes them errors.

mod charts;
mod figures;
mod links;
pub mod revisions;
mod tables;
mod usage;

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::render::Output;

/// Runs every consistency check on the checked site and its rendered output.
pub fn run(site: &Site, output: &Output) -> Vec<Diagnostic> {
    let mut out = figures::check(site);
    out.extend(links::check(site, output));
    out.extend(usage::check(site));
    out.extend(tables::check(site));
    out.extend(charts::check(site));
    out.extend(revisions::check(site));
    out
}
