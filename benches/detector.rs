//! The privacy detector alone, on one thread: `cargo bench --bench detector -- DIR [RUNS]` reads every `.md`,
//! `.html`, `.txt`, `.json`, `.csv` and `.yaml` file under DIR (default: the example site), then RUNS times
//! (default 5) runs [`Detector::find`] over each whole file (what the egress scan does with a page's text) and
//! [`Detector::redact`] over each paragraph (what the privacy stage does with every published string). It prints
//! the least CPU time of the runs, which the other work on a shared machine disturbs far less than wall time.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sunlight::privacy::detect::Detector;

fn texts(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if p.is_dir() {
            texts(&p, out);
        } else if ["md", "html", "txt", "json", "csv", "yaml"]
            .iter()
            .any(|e| p.extension().is_some_and(|x| x == *e))
            && let Ok(t) = std::fs::read_to_string(&p)
        {
            out.push(t);
        }
    }
}

/// CPU time of this thread, so that other processes on the machine count as little as they can.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the pointer it is given, which lives on this stack.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let root = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5).max(1);
    let mut files = Vec::new();
    texts(&root, &mut files);
    let paragraphs: Vec<&str> = files.iter().flat_map(|t| t.split("\n\n")).collect();
    let bytes: usize = files.iter().map(String::len).sum();
    let detector = Detector::new(
        &["##paidbegin##".into()],
        &["12345".into()],
        &[],
        "〔已隐去〕",
    );
    let (mut find, mut redact) = (Duration::MAX, Duration::MAX);
    let mut found = 0;
    for _ in 0..runs {
        let t = thread_cpu();
        found = files.iter().map(|f| detector.find(f).len()).sum::<usize>();
        find = find.min(thread_cpu() - t);
        let t = thread_cpu();
        let mut buf = String::new();
        for p in &paragraphs {
            buf.clear();
            buf.push_str(p);
            std::hint::black_box(detector.redact(&mut buf));
        }
        redact = redact.min(thread_cpu() - t);
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{}: {} files, {:.1} MB, {} paragraphs, {found} findings; least CPU time of {runs} runs:",
        root.display(),
        files.len(),
        mb,
        paragraphs.len()
    );
    for (name, d) in [("find, whole files", find), ("redact, paragraphs", redact)] {
        println!(
            "  {name:<20} {:8.1} ms  {:6.1} MB/s",
            d.as_secs_f64() * 1000.0,
            mb / d.as_secs_f64()
        );
    }
}
