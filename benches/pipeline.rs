//! Build time of the example site, stage by stage, and the share the privacy guard takes (redaction of every
//! published string plus the scan of every output byte). Run with `cargo bench --bench pipeline`.

use std::path::PathBuf;
use std::time::Duration;

use sunlight::{Mode, Options, Timings, build};

const RUNS: usize = 30;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!("sunlight-bench-{}", std::process::id()));
    let opts = Options {
        out: Some(out.clone()),
        mode: Mode::Build,
        ..Options::new(&root)
    };
    let mut runs: Vec<(Duration, Timings)> = Vec::with_capacity(RUNS);
    for i in 0..RUNS + 3 {
        let report = match build(&opts) {
            Ok(r) => r,
            Err(d) => {
                eprintln!("the example site does not build: {} errors", d.errors());
                std::process::exit(1);
            }
        };
        if i >= 3 {
            runs.push((report.elapsed, report.timings));
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    runs.sort_by_key(|r| r.0);
    let (total, t) = runs[runs.len() / 2];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let guard = t.privacy + t.egress;
    println!(
        "example site, median of {RUNS} builds (warm): {:.1} ms",
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
        println!("  {name:<9} {:7.2} ms", ms(d));
    }
    let rest = total.saturating_sub(guard);
    let compute = t.load + t.validate + t.render;
    println!(
        "privacy guard (privacy + egress): {:.2} ms = {:.1}% on top of the build without it; {:.1}% on top of load, validate and render alone (disk writes left out)",
        ms(guard),
        100.0 * ms(guard) / ms(rest),
        100.0 * ms(guard) / ms(compute)
    );
}
