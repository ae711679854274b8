//! `data/all-csv.zip`: every dataset's CSV in one download, for readers who want the whole catalogue. Byte for byte
//! the same for the same input: entries sorted by name, one fixed timestamp (the ZIP format's earliest, 1980-01-01)
//! and fixed permissions, so a rebuild changes the file only when a CSV changed. Like every output file it goes
//! through the egress scan, which opens ZIPs entry by entry.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::downloads;
use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::Site;

/// The archive's name inside a language's `data/` folder.
pub const NAME: &str = "all-csv.zip";

/// The CSVs of `site`'s datasets with headers in `lang`, as `ID.csv`.
pub fn all_csv(site: &Site, lang: &str) -> Result<Vec<u8>, Diagnostic> {
    let mut entries: Vec<(String, Vec<u8>)> = site
        .datasets
        .iter()
        .map(|d| (format!("{}.csv", d.id), downloads::csv(d, lang)))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    // The zip library's reason is for the maintainers, who get it from a debugger; the editor gets what to do.
    let failed = |_: &dyn std::fmt::Display| {
        Diagnostic::error("data", 0, 0, msg!("render-bundle", name = NAME))
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in &entries {
        zip.start_file(name.as_str(), options)
            .map_err(|e| failed(&e))?;
        zip.write_all(bytes).map_err(|e| failed(&e))?;
    }
    zip.finish().map(Cursor::into_inner).map_err(|e| failed(&e))
}
