//! `sunlight init`: a new site that builds at once, and folders it refuses.

mod common;

use std::fs;

use common::{read, repo, stderr, sunlight, tree};

#[test]
fn a_new_site_builds_at_once_without_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = sunlight(dir.path(), &["init", "site"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("sunlight serve"),
        "says what to do next"
    );
    let site = dir.path().join("site");
    let yaml = read(&site, "site.yaml");
    assert!(
        yaml.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
            >= 5,
        "site.yaml is commented"
    );

    let out = sunlight(&site, &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.join("public");
    let files = tree(&public);
    for f in [
        "index.html",
        "report/index.html",
        "report/assistance/index.html",
        "about/index.html",
        "about/privacy/index.html",
        "data/assistance/index.html",
        "data/roster/index.html",
        "data/roster.csv",
    ] {
        assert!(files.contains_key(f), "missing {f}");
    }
    let report = read(&public, "report/assistance/index.html");
    assert!(report.contains(">1865人</a>"), "value() pulls the figure");
    assert!(report.contains("<caption"), "table() renders the dataset");
    let services = read(&public, "report/services/index.html");
    assert!(
        services.contains("1480") || services.contains("1,480"),
        "a table imported from CSV, figures written with separators"
    );
    assert!(
        services.contains("注：示例数据。"),
        "the table's 注 row is its note"
    );
    let source = fs::read(site.join("data/services.csv")).expect("the source CSV");
    assert!(
        files.values().all(|b| *b != source),
        "the source CSV is input: the download is the typed table, written anew"
    );

    let roster = read(&site, "data/roster.yaml");
    let privacy = read(&public, "about/privacy/index.html");
    assert!(
        privacy.contains(">*<") || privacy.contains("*</td>"),
        "small cells are withheld"
    );
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for name in roster
            .lines()
            .filter_map(|l| l.split("name: ").nth(1))
            .filter_map(|r| r.split(',').next())
        {
            assert!(
                !text.contains(name),
                "{path} publishes a name from the roster"
            );
        }
    }
}

#[test]
fn a_new_site_carries_the_default_theme() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(sunlight(dir.path(), &["init", "site"]).status.success());
    let copied = tree(&dir.path().join("site/themes/default"));
    let theme = tree(&repo().join("themes/default"));
    assert_eq!(
        copied.keys().collect::<Vec<_>>(),
        theme.keys().collect::<Vec<_>>()
    );
    assert!(copied == theme, "the theme is copied byte for byte");
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("notes.txt"), "mine").expect("write");
    let out = sunlight(dir.path(), &["init", "."]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("not empty") && stderr(&out).contains("--force"));
    assert!(
        !dir.path().join("site.yaml").exists(),
        "nothing was written"
    );

    let out = sunlight(dir.path(), &["init", "notes.txt"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn init_force_writes_into_a_folder_and_keeps_other_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("notes.txt"), "mine").expect("write");
    fs::write(dir.path().join("site.yaml"), "title: old").expect("write");
    let out = sunlight(dir.path(), &["init", ".", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(read(dir.path(), "notes.txt"), "mine");
    assert!(read(dir.path(), "site.yaml").contains("base_url"));
    let out = sunlight(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn init_accepts_an_empty_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = sunlight(dir.path(), &["init", "."]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join(".gitignore").is_file());
    assert!(sunlight(dir.path(), &["build"]).status.success());
}
