//! Every HTML page the example site builds must pass the Nu HTML Checker (vnu.jar, from the npm
//! package `vnu-jar`) with zero errors. The checker needs Java and `npm ci` in the repository root;
//! without them this test fails (it never skips: a skipped check is a check that did not happen).

mod support;

use std::path::Path;
use std::process::Command;

#[test]
fn every_page_passes_the_nu_html_checker() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let jar = root.join("node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.is_file(),
        "{} is missing: run `npm ci` in {} (CI's .ci/run does it) to install the Nu HTML Checker",
        jar.display(),
        root.display()
    );
    let java_ok = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        java_ok,
        "`java` is not on PATH: install a Java runtime (e.g. `apt-get install default-jre-headless`), then run `npm ci` in {}",
        root.display()
    );

    let built = support::build(None);
    let pages = support::files_with_ext(&built.out, "html");
    assert!(
        pages.iter().any(|p| p == "index.html") && pages.iter().any(|p| p == "404.html"),
        "the build wrote no index.html or 404.html: {pages:?}"
    );

    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&pages)
        .current_dir(&built.out)
        .output()
        .expect("run java -jar vnu.jar");
    // vnu names files as `"file:/tmp/…/public/report/x/index.html"`; keep the part below the output folder.
    let prefix = format!("file:{}/", built.out.display());
    let messages = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
    .replace(&prefix, "");
    let errors = messages.lines().filter(|l| !l.trim().is_empty()).count();
    println!(
        "vnu checked {} HTML files built with base_url {}: {} error line(s)",
        pages.len(),
        built.base_url,
        errors
    );
    assert!(
        output.status.success() && errors == 0,
        "the Nu HTML Checker found errors in the built site (vnu exit status {}):\n{}",
        output.status,
        messages
    );
}
