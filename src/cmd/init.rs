//! `sunlight init DIR`: writes the starter site. Exit status 2 when the folder is not empty (nothing written).

use std::path::Path;
use std::process::ExitCode;

use sunlight::init::{Refusal, init};
use sunlight::messages::Lang;
use sunlight::msg;

pub fn run(dir: &Path, force: bool, lang: Lang) -> ExitCode {
    match init(dir, force) {
        Ok(n) => {
            let folder = dir.display().to_string();
            eprintln!(
                "{}",
                msg!("init-done", files = n, folder = folder).text(lang)
            );
            ExitCode::SUCCESS
        }
        Err(Refusal::NotEmpty(e)) => {
            eprintln!("{}", e.text(lang));
            ExitCode::from(2)
        }
        Err(Refusal::Io(e)) => {
            eprintln!("{}", e.text(lang));
            ExitCode::from(1)
        }
    }
}
