//! Broken sites: each mistake gives exit status 1, a message naming file:line:col, and leaves the previous output
//! exactly as it was.

mod common;

use std::fs;
use std::path::Path;

use common::{fixture, stderr, sunlight, tree};

/// Builds the fixture, breaks it with `mutate`, builds again, and checks the failure.
fn fails_cleanly(mutate: impl FnOnce(&Path), expect_location: &str, expect_words: &str) {
    let site = fixture("basic");
    let first = sunlight(site.path(), &["build"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = tree(&site.path().join("public"));
    mutate(site.path());
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(expect_location),
        "expected `{expect_location}` in:\n{err}"
    );
    assert!(
        err.contains(expect_words),
        "expected `{expect_words}` in:\n{err}"
    );
    assert!(err.contains("hint:"), "every error says what to do:\n{err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    assert!(
        tree(&site.path().join("public")) == before,
        "the previous public/ must be untouched"
    );
    let leftovers: Vec<_> = fs::read_dir(site.path())
        .expect("site dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public."))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .collect();
    assert!(leftovers.is_empty(), "no temporary folders are left behind");
}

fn write(root: &Path, rel: &str, text: &str) {
    fs::write(root.join(rel), text).expect("write fixture file");
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let text = fs::read_to_string(root.join(rel)).expect("read fixture file");
    assert!(text.contains(from), "{rel} has no `{from}`");
    fs::write(root.join(rel), text.replacen(from, to, 1)).expect("write fixture file");
}

#[test]
fn malformed_yaml() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "data/assistance.yaml",
                "title: 城乡低保",
                "title: [城乡低保",
            )
        },
        "data/assistance.yaml:1:",
        "YAML",
    );
}

#[test]
fn unknown_key_in_site_yaml() {
    fails_cleanly(
        |r| edit(r, "site.yaml", "language: zh-CN", "langauge: zh-CN"),
        "site.yaml:4:1",
        "unknown key `langauge`",
    );
}

#[test]
fn text_in_an_integer_column() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "data/assistance.yaml",
                "households: 3815",
                "households: 约三千八百",
            )
        },
        "data/assistance.yaml:10:",
        "not a number",
    );
}

#[test]
fn value_naming_a_missing_dataset() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistence\", \"城市低保\", \"persons\") }}",
            )
        },
        "content/news/second.md:7:1",
        "no dataset `assistence`",
    );
}

#[test]
fn value_naming_a_missing_row() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "见{{ value(\"assistance\", \"特困供养\", \"persons\") }}",
            )
        },
        "content/news/second.md:7:2",
        "no row `特困供养`",
    );
}

#[test]
fn value_naming_a_missing_column() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistance\", \"城市低保\", \"people\") }}",
            )
        },
        "content/news/second.md:7:1",
        "no column `people`",
    );
}

#[test]
fn broken_shortcode() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistance\" ",
            )
        },
        "content/news/second.md:7:1",
        "never closed",
    );
}

#[test]
fn chart_shortcode_is_a_clear_error_until_charts_exist() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ chart(\"coverage\") }}",
            )
        },
        "content/news/second.md:7:1",
        "charts",
    );
}

#[test]
fn front_matter_never_closed() {
    fails_cleanly(
        |r| write(r, "content/news/second.md", "---\ntitle: 第二篇\n正文\n"),
        "content/news/second.md:1:1",
        "never closed",
    );
}

#[test]
fn file_that_is_not_utf8() {
    fails_cleanly(
        |r| {
            let mut bytes = "---\ntitle: x\n---\n".as_bytes().to_vec();
            bytes.extend([0xc4, 0xe3, 0xba, 0xc3]);
            fs::write(r.join("content/news/gbk.md"), bytes).expect("write");
        },
        "content/news/gbk.md:4:1",
        "not UTF-8",
    );
}

#[test]
fn two_files_that_would_write_the_same_url() {
    fails_cleanly(
        |r| {
            fs::create_dir_all(r.join("content/news/second")).expect("mkdir");
            write(
                r,
                "content/news/second/_index.md",
                "---\ntitle: 冲突\n---\n",
            );
        },
        "content/news/second",
        "same address",
    );
}

#[test]
fn page_colliding_with_a_generated_dataset_page() {
    fails_cleanly(
        |r| {
            fs::create_dir_all(r.join("content/data/assistance")).expect("mkdir");
            write(
                r,
                "content/data/assistance/_index.md",
                "---\ntitle: 冲突\n---\n",
            );
        },
        "content/data/assistance/_index.md",
        "same file",
    );
}

#[test]
fn template_error_points_into_the_theme() {
    fails_cleanly(
        |r| write(r, "themes/default/templates/page.html", "{% if %}"),
        "themes/default/templates/page.html:1",
        "template error",
    );
}

#[test]
fn empty_site_yaml() {
    fails_cleanly(|r| write(r, "site.yaml", ""), "site.yaml:1:1", "empty");
}

#[test]
fn out_pointing_at_the_site_itself_is_refused() {
    let site = fixture("basic");
    for out in [".", ".."] {
        let o = sunlight(site.path(), &["build", "--out", out]);
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains("refusing"), "{}", stderr(&o));
    }
    assert!(
        site.path().join("content/_index.md").exists(),
        "sources are never deleted"
    );
}

#[test]
fn bad_command_line_exits_2() {
    let site = fixture("basic");
    assert_eq!(
        sunlight(site.path(), &["build", "--no-such-flag"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn yaml_alias_bomb() {
    let mut bomb = String::from("title: t\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = i - 1;
        bomb.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
    }
    fails_cleanly(
        |r| write(r, "data/bomb.yaml", &bomb),
        "data/bomb.yaml",
        "hint",
    );
}

#[test]
fn deeply_nested_yaml() {
    let deep = format!(
        "title: t\ncolumns: {}{}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    fails_cleanly(
        |r| write(r, "data/deep.yaml", &deep),
        "data/deep.yaml",
        "hint",
    );
}

#[test]
fn shortcode_with_wrong_arguments() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistance\", \"城市低保\") }}",
            )
        },
        "content/news/second.md:7:1",
        "three texts",
    );
}

#[test]
fn duplicate_row_keys() {
    fails_cleanly(
        |r| {
            edit(
                r,
                "data/assistance.yaml",
                "  - {category: 农村低保",
                "  - {category: 城市低保",
            )
        },
        "data/assistance.yaml:11:",
        "appears twice",
    );
}

#[test]
fn quoting_a_withheld_figure() {
    fails_cleanly(
        |r| {
            write(
                r,
                "data/people.yaml",
                "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  - {key: town, label: 乡镇}\nrecords:\n  - {name: 甲某某, town: 甲镇}\npublish:\n  group_by: [town]\n  measures:\n    persons: count\n",
            );
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"people\", \"甲镇\", \"persons\") }}",
            );
        },
        "content/news/second.md:7:1",
        "withheld",
    );
}

#[test]
fn grouping_by_a_personal_column() {
    fails_cleanly(
        |r| {
            write(
                r,
                "data/people.yaml",
                "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\nrecords:\n  - {name: 甲某某}\npublish:\n  group_by: [name]\n  measures:\n    persons: count\n",
            );
        },
        "data/people.yaml:8:",
        "personal column",
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_and_links_outside_are_never_followed() {
    let site = fixture("basic");
    let outside = tempfile::tempdir().expect("temp dir");
    fs::write(
        outside.path().join("secret.md"),
        "---\ntitle: 外部文件\n---\n不应发布",
    )
    .expect("write");
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        site.path().join("content/news/linked.md"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(
        site.path().join("content"),
        site.path().join("content/news/loop"),
    )
    .expect("symlink");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("this is a symbolic link, which Sunlight never follows"));
    let files = tree(&site.path().join("public"));
    assert!(
        !files
            .keys()
            .any(|k| k.contains("linked") || k.contains("loop"))
    );
    assert!(
        !files
            .values()
            .any(|v| String::from_utf8_lossy(v).contains("外部文件"))
    );
}

#[test]
fn a_50_mb_markdown_file_builds() {
    let site = fixture("basic");
    // Over the default 20 MB page limit, so the site raises it (tests/hardening_input.rs shows the refusal).
    fs::OpenOptions::new()
        .append(true)
        .open(site.path().join("site.yaml"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"limits: {page_mb: 60}\n"))
        .expect("append to site.yaml");
    let paragraph = "民政工作稳步推进，困难群众基本生活得到保障。\n\n";
    let body = paragraph.repeat(50 * 1024 * 1024 / paragraph.len());
    fs::write(
        site.path().join("content/news/huge.md"),
        format!("---\ntitle: 大文件\n---\n{body}"),
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(site.path().join("public/news/huge/index.html").exists());
}

#[test]
fn a_broken_dataset_is_reported_where_it_is_broken_only() {
    let site = fixture("basic");
    edit(
        site.path(),
        "data/assistance.yaml",
        "households: 3815",
        "households: 约三千",
    );
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("data/assistance.yaml:10:34"), "{err}");
    assert!(
        !err.contains("there is no dataset"),
        "pages naming the broken dataset add no errors:\n{err}"
    );
    assert!(err.contains("1 error(s)"), "{err}");
}
