//! The real binary on the `basic` fixture: what a successful build writes.

mod common;

use common::{fixture, read, stderr, sunlight, tree};

#[test]
fn builds_pages_datasets_and_site_files() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = tree(&site.path().join("public"));
    for f in [
        "index.html",
        "news/index.html",
        "news/first/index.html",
        "news/second/index.html",
        "data/index.html",
        "data/assistance/index.html",
        "data/assistance.csv",
        "data/assistance.json",
        "sitemap.xml",
        "404.html",
        "robots.txt",
    ] {
        assert!(
            files.contains_key(f),
            "missing {f}; have {:?}",
            files.keys().collect::<Vec<_>>()
        );
    }
    assert!(
        !files
            .keys()
            .any(|k| k.contains("draft") || k.contains("_notes")),
        "drafts and private files are never published"
    );
    assert!(files["data/assistance.csv"].starts_with("\u{feff}".as_bytes()));
    assert!(
        stderr(&out).contains("built"),
        "summary line: {}",
        stderr(&out)
    );
}

#[test]
fn narrative_pulls_figures_and_drops_private_text() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(&site.path().join("public"), "news/first/index.html");
    assert!(html.contains(">3815户</a>"), "value() with unit");
    assert!(html.contains(">5829人</a>"));
    assert!(
        html.contains(
            "href=\"/mzj/data/assistance/#row-%E5%9F%8E%E5%B8%82%E4%BD%8E%E4%BF%9D.households\""
        ),
        "figures link to their cell"
    );
    assert!(!html.contains("内部备注"), "HTML comments are dropped");
    assert!(
        !html.contains("paidbegin"),
        "configured markers are stripped"
    );
    assert!(
        html.contains("<caption"),
        "table() renders a captioned table"
    );
    assert!(
        html.contains("<del>删除线</del>")
            || read(&site.path().join("public"), "news/second/index.html").contains("<del>")
    );
    assert!(html.contains("footnote"), "footnotes are enabled");
    assert!(
        stderr(&out).contains("content/news/first.md:6: warning"),
        "marker removal is reported by file and line: {}",
        stderr(&out)
    );
}

#[test]
fn links_carry_the_base_path_and_base_url_can_be_overridden() {
    let site = fixture("basic");
    let out = sunlight(
        site.path(),
        &[
            "build",
            "--base-url",
            "http://127.0.0.1:8080/portal/",
            "--out",
            "alt",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(&site.path().join("alt"), "news/first/index.html");
    assert!(html.contains("href=\"/portal/data/assistance/"));
    assert!(!html.contains("/mzj/"));
    let sitemap = read(&site.path().join("alt"), "sitemap.xml");
    assert!(sitemap.contains("<loc>http://127.0.0.1:8080/portal/news/first/</loc>"));
    assert!(!sitemap.contains("404"));
}

#[test]
fn two_builds_are_byte_identical() {
    let site = fixture("basic");
    assert!(
        sunlight(site.path(), &["build", "--out", "one"])
            .status
            .success()
    );
    assert!(
        sunlight(site.path(), &["build", "--out", "two"])
            .status
            .success()
    );
    let one = tree(&site.path().join("one"));
    let two = tree(&site.path().join("two"));
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>()
    );
    for (k, v) in &one {
        assert!(two[k] == *v, "{k} differs between two builds");
    }
}

#[test]
fn check_writes_nothing() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!site.path().join("public").exists());
}

#[test]
fn strict_turns_warnings_into_errors() {
    let site = fixture("basic");
    let out = sunlight(site.path(), &["build", "--strict"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the fixture has a marker to strip: {}",
        stderr(&out)
    );
    assert!(!site.path().join("public").exists());
}
