//! `sunlight build`: one session run into the output folder, with a progress bar on a terminal.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sunlight::diagnostics::Diagnostics;
use sunlight::messages::Lang;
use sunlight::session::Session;
use sunlight::{Options, Report, STAGES};

pub fn run(opts: Options, lang: Lang) -> ExitCode {
    let result = with_progress(&opts);
    super::report(&opts, lang, result)
}

/// Runs the session with a progress bar on standard error, shown only when that is a terminal and the run has
/// taken more than a second, so short builds and logs stay clean. `check` uses it too.
pub fn with_progress(opts: &Options) -> Result<Report, Diagnostics> {
    let mut session = Session::new(opts.clone());
    if !std::io::stderr().is_terminal() {
        return session.build(&mut |_| {});
    }
    let started = Instant::now();
    let bar =
        ProgressBar::with_draw_target(Some(STAGES.len() as u64), ProgressDrawTarget::hidden());
    if let Ok(style) = ProgressStyle::with_template("{spinner} [{bar:24}] {pos}/{len} {msg}") {
        bar.set_style(style.progress_chars("=> "));
    }
    let mut visible = false;
    let result = session.build(&mut |stage| {
        bar.inc(1);
        bar.set_message(stage);
        if !visible && started.elapsed() > Duration::from_secs(1) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(120));
            visible = true;
        }
    });
    bar.finish_and_clear();
    result
}
