//! `sunlight init DIR`: writes the starter site. Exit status 2 when the folder is not empty (nothing written).

use std::path::Path;
use std::process::ExitCode;

use sunlight::init::{Refusal, init};

pub fn run(dir: &Path, force: bool) -> ExitCode {
    match init(dir, force) {
        Ok(n) => {
            eprintln!(
                "sunlight: wrote a new site ({n} files) to {0}\nnext: cd {0} && sunlight serve",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(Refusal::NotEmpty(e)) => {
            eprintln!("sunlight: {e}");
            ExitCode::from(2)
        }
        Err(Refusal::Io(e)) => {
            eprintln!("sunlight: {e}");
            ExitCode::from(1)
        }
    }
}
