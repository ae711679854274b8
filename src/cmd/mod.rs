//! One file per command, each taking its parsed arguments and returning the exit status; `main.rs` only parses.

pub mod build;
pub mod check;
pub mod help;
pub mod init;
pub mod serve;

use std::process::ExitCode;

use sunlight::diagnostics::Diagnostics;
use sunlight::messages::Lang;
use sunlight::msg;
use sunlight::{Options, Report};

/// Prints the outcome of a `build` or `check` session as the command line shows it: every diagnostic with its
/// source line, then one summary line. Exit status 1 when it failed.
pub fn report(opts: &Options, lang: Lang, result: Result<Report, Diagnostics>) -> ExitCode {
    match result {
        Ok(report) => {
            for d in &report.diagnostics.0 {
                eprintln!("{}", d.render(&opts.root, lang));
            }
            eprintln!("{}", report.summary(opts.mode).text(lang));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            for d in &diags.0 {
                eprintln!("{}", d.render(&opts.root, lang));
            }
            eprintln!("{}", msg!("run-failed", errors = diags.errors()).text(lang));
            ExitCode::from(1)
        }
    }
}
