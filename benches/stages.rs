//! Where the time goes on any site, stage by stage: `cargo bench --bench stages -- SITE [RUNS]` builds SITE
//! (default: the example site) RUNS times (default 5) into a temporary folder and prints the median run with each
//! stage's share, and what the privacy guard (redaction of every published string plus the scan of every output
//! byte) adds. Used with the synthetic sites of `examples/synth.rs` (see docs/performance.md).

use std::path::PathBuf;
use std::time::Duration;

use sunlight::{Mode, Options, Timings, build};

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    // Without a site (as `cargo test --all-targets` runs it) it measures the example site, so it never fails there.
    let root = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5).max(1);
    // A folder of its own, so the output's lock file beside it goes when the benchmark ends.
    let Ok(scratch) = tempfile::tempdir() else {
        eprintln!("cannot create a temporary folder");
        std::process::exit(1);
    };
    let out = scratch.path().join("public");
    let opts = Options {
        out: Some(out.clone()),
        mode: Mode::Build,
        ..Options::new(&root)
    };
    let mut all: Vec<(Duration, Timings)> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(&out);
        match build(&opts) {
            Ok(r) => all.push((r.elapsed, r.timings)),
            Err(d) => {
                eprintln!("{} does not build: {} errors", root.display(), d.errors());
                std::process::exit(1);
            }
        }
    }
    drop(scratch);
    all.sort_by_key(|r| r.0);
    let (total, t) = all[all.len() / 2];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{}: median of {runs} builds {:.0} ms",
        root.display(),
        ms(total)
    );
    for (name, d) in [
        ("load", t.load),
        ("validate", t.validate),
        ("privacy", t.privacy),
        ("render", t.render),
        ("egress", t.egress),
        ("write", t.write),
    ] {
        println!(
            "  {name:<9} {:8.1} ms  {:4.1}%",
            ms(d),
            100.0 * ms(d) / ms(total)
        );
    }
    let guard = t.privacy + t.egress;
    println!(
        "privacy guard (privacy + egress): {:.1} ms = {:.1}% on top of the build without it; {:.1}% on top of load, validate and render alone",
        ms(guard),
        100.0 * ms(guard) / ms(total.saturating_sub(guard)),
        100.0 * ms(guard) / ms(t.load + t.validate + t.render)
    );
}
