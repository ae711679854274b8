//! Shared helpers for the output-checking tests (`output_html`, `output_links`, `output_files`).
//!
//! Everything here is hand-written and dependency-free on purpose: the checks need only a tolerant HTML
//! tag scanner, a strict little XML well-formedness checker and URL splitting, and each of those is a few
//! dozen lines. Each test crate uses a different subset, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod forge;
pub mod html;
pub mod links;
pub mod url;
pub mod xml;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The example site: the repository root.
pub const SITE_ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The base URL the tests use for the "served under another path and host" build.
pub const PORTAL_BASE_URL: &str = "http://127.0.0.1:8080/portal/";

/// Builds in one test process run one at a time: the build may write reports into the site folder
/// (`.sunlight/`), and two builds of the same folder at once should not race there.
static BUILD_LOCK: Mutex<()> = Mutex::new(());

/// A built site in a temporary folder that is removed when this value is dropped.
pub struct Built {
    _tmp: tempfile::TempDir,
    /// The output folder (`--out`).
    pub out: PathBuf,
    /// The base URL the site was built for (the `--base-url` given, or site.yaml's).
    pub base_url: String,
}

impl Built {
    pub fn site(&self) -> links::Site {
        links::Site::new(&self.out, &self.base_url)
    }
}

/// Runs `sunlight build --root SITE_ROOT --out TMP/public [--base-url URL]` and panics with the
/// binary's output unless it exits 0.
pub fn build(base_url: Option<&str>) -> Built {
    let _guard = BUILD_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::Builder::new()
        .prefix("sunlight-output-test-")
        .tempdir()
        .expect("create a temporary folder");
    let out = tmp.path().join("public");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sunlight"));
    cmd.arg("build")
        .arg("--root")
        .arg(SITE_ROOT)
        .arg("--out")
        .arg(&out)
        // Not the site folder: the build must depend on --root alone, not on the working directory.
        .current_dir(tmp.path());
    if let Some(url) = base_url {
        cmd.arg("--base-url").arg(url);
    }
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", env!("CARGO_BIN_EXE_sunlight")));
    if !output.status.success() {
        panic!(
            "`sunlight build --root {SITE_ROOT} --out {} {}` failed with {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            out.display(),
            base_url
                .map(|u| format!("--base-url {u}"))
                .unwrap_or_default(),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
    }
    assert!(
        out.join("index.html").is_file(),
        "the build exited 0 but wrote no {}",
        out.join("index.html").display()
    );
    let base_url = match base_url {
        Some(u) => u.to_string(),
        None => site_yaml_base_url(),
    };
    Built {
        _tmp: tmp,
        out,
        base_url,
    }
}

/// `base_url` from the example site's site.yaml (a top-level `base_url:` line).
pub fn site_yaml_base_url() -> String {
    let path = Path::new(SITE_ROOT).join("site.yaml");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("base_url:") {
            let value = match rest.find(" #") {
                Some(i) => &rest[..i],
                None => rest,
            };
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
            if !value.is_empty() {
                return value.to_string();
            }
        }
    }
    panic!("no top-level base_url in {}", path.display());
}

/// Every file under `dir`, as paths relative to `dir` with `/` separators, sorted.
pub fn files_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
        for entry in entries {
            let entry = entry.expect("read a folder entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{prefix}{name}");
            let kind = entry.file_type().expect("file type");
            if kind.is_dir() {
                walk(&entry.path(), &format!("{rel}/"), out);
            } else {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out.sort();
    out
}

/// Every file under `dir` whose name ends with `.EXT`, relative to `dir`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<String> {
    let suffix = format!(".{ext}");
    files_under(dir)
        .into_iter()
        .filter(|f| f.to_ascii_lowercase().ends_with(&suffix))
        .collect()
}

/// Reads a file as UTF-8 or panics naming it.
pub fn read_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    String::from_utf8(bytes).unwrap_or_else(|e| panic!("{} is not UTF-8: {e}", path.display()))
}

/// Panics with every problem, one a line, under a heading, if there are any.
pub fn fail_if_any(heading: &str, problems: &[String]) {
    if !problems.is_empty() {
        let mut msg = format!("{heading}: {} problem(s)\n", problems.len());
        for p in problems {
            msg.push_str("  - ");
            msg.push_str(p);
            msg.push('\n');
        }
        panic!("{msg}");
    }
}
