//! `sunlight serve`: the live preview, a session kept for as long as it runs.

use std::path::Path;
use std::process::ExitCode;

use sunlight::serve::{Settings, serve};

pub fn run(root: &Path, settings: Settings) -> ExitCode {
    let settings_lang = settings.lang;
    match serve(root, settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.text(settings_lang));
            ExitCode::from(1)
        }
    }
}
