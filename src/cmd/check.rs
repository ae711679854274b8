//! `sunlight check`: the session a build runs, with the consistency checks added and nothing written.

use std::process::ExitCode;

use sunlight::messages::Lang;
use sunlight::{Mode, Options};

pub fn run(opts: Options, lang: Lang) -> ExitCode {
    let opts = Options {
        mode: Mode::Check,
        ..opts
    };
    let result = super::build::with_progress(&opts);
    super::report(&opts, lang, result)
}
