//! `sunlight serve`: the live preview, a session kept for as long as it runs.

use std::path::Path;
use std::process::ExitCode;

use sunlight::serve::{Settings, serve};

pub fn run(root: &Path, settings: Settings) -> ExitCode {
    match serve(root, settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sunlight: {e}");
            ExitCode::from(1)
        }
    }
}
