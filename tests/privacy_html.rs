//! Raw HTML in a page's Markdown, read as a browser reads it: a fictional phone, ID number or e-mail address
//! written with character references of every form, split by inline elements, cut by a hidden decoy digit, put
//! into an attribute, a script or a style, is caught by the last scan of the output. The privacy stage reads the
//! Markdown source, where most of these are not yet numbers, so the build fails at that scan with `--strict` and
//! without it, names the output file and the page it came from, writes nothing and never shows the value. Figures in
//! neighbouring cells, items and paragraphs stay apart and build.

mod common;

use std::fs;
use std::path::Path;

use common::{copy_dir, repo, stderr, sunlight};

const PHONE: &str = "13800138000";

/// A fictional resident ID number (birth date 1900-01-01, before anyone living) with its check character.
fn id_number() -> String {
    let first = "11010519000101001";
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first
        .chars()
        .zip(WEIGHTS)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{first}{check}")
}

/// `s` written as numeric character references, with `form` giving each one.
fn refs(s: &str, form: impl Fn(char) -> String) -> String {
    s.chars().map(form).collect()
}

/// Each page's body, by page name: every way of writing a value that must be caught.
fn leaking_pages() -> Vec<(String, String)> {
    let id = id_number();
    let (a, b, c) = (&PHONE[..3], &PHONE[3..7], &PHONE[7..]);
    let mut pages: Vec<(String, String)> = [
        (
            "zero-padded",
            format!(
                "<p>电话{}</p>",
                refs(PHONE, |d| format!("&#00000000{};", d as u32))
            ),
        ),
        (
            "no-semicolon",
            format!("<p>电话{}</p>", refs(PHONE, |d| format!("&#{}", d as u32))),
        ),
        (
            "hex-no-semicolon",
            format!(
                "<p>电话{}</p>",
                refs(PHONE, |d| format!("&#x{:x}", d as u32))
            ),
        ),
        (
            "id-references",
            format!("<p>身份证{}</p>", refs(&id, |d| format!("&#{};", d as u32))),
        ),
        (
            "named-at",
            "<p>邮箱zhangsan&commat;example.cn</p>".to_string(),
        ),
        (
            "ruby",
            format!("<p>电话<ruby>{a}<rt>{b}</rt></ruby>{c}</p>"),
        ),
        (
            "decoy-style",
            format!("<p>电话{a}<span style=\"display:none\">9</span>{b}{c}</p>"),
        ),
        (
            "decoy-hidden",
            format!("<p>电话{a}{b}<b hidden>0</b>{c}</p>"),
        ),
        (
            "alt-text",
            format!(
                "<p><img src=\"/mzj/favicon.svg\" alt=\"电话{}\"></p>",
                refs(PHONE, |d| format!("&#{};", d as u32))
            ),
        ),
        (
            "tel-link",
            format!(
                "<p><a href=\"tel:{}\">电话</a></p>",
                refs(PHONE, |d| format!("%{:X}", d as u32))
            ),
        ),
        (
            "script-escapes",
            format!(
                "<script>\nvar a = \"{}\", b = \"{}\";\n</script>",
                refs(PHONE, |d| format!("\\u{:04x}", d as u32)),
                refs(&id, |d| format!("\\x{:02x}", d as u32)),
            ),
        ),
        (
            "script-braces",
            format!(
                "<script>\nvar a = \"{}\";\n</script>",
                refs(PHONE, |d| format!("\\u{{{:x}}}", d as u32)),
            ),
        ),
        (
            "style-escapes",
            format!(
                "<style>\n.tel::after {{ content: \"{}\" }}\n</style>",
                refs(PHONE, |d| format!("\\{:x} ", d as u32)),
            ),
        ),
    ]
    .into_iter()
    .map(|(n, body)| (n.to_string(), body))
    .collect();
    for (name, open, close) in [
        ("kbd", "<kbd>", "</kbd>"),
        ("label", "<label>", "</label>"),
        ("bdi", "<bdi>", "</bdi>"),
        ("q", "<q>", "</q>"),
        ("font", "<font color=\"red\">", "</font>"),
        ("span", "<span class=\"x\">", "</span>"),
        ("b", "<b>", "</b>"),
        ("unknown", "<x-digits>", "</x-digits>"),
        ("comment", "<!-- -->", ""),
        ("wbr", "<wbr>", ""),
    ] {
        pages.push((
            format!("split-{name}"),
            format!("<p>电话{a}{open}{b}{close}{c}</p>"),
        ));
    }
    pages
}

/// Figures that stand apart in the page and must build untouched.
const CLEAN: &str = "<table><tr><td>民政简报第150期</td><td>2020-07-11</td></tr></table>\n\n\
<ul><li>150</li><li>2020-07-11</li></ul>\n\n<p>床位 150</p><p>2020-07-11</p>\n\n\
<div>138</div><div>0013</div><div>8000</div>\n";

fn site(pages: &[(String, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(
        &repo().join("themes/default"),
        &dir.path().join("themes/default"),
    );
    let w = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    w(
        "site.yaml",
        "title: 测试区民政局\ndescription: 测试\nbase_url: https://example.gov.cn/mzj/\nlanguage: zh-CN\ntheme: default\n",
    );
    w("content/_index.md", "---\ntitle: 首页\n---\n欢迎访问。\n");
    w("content/news/_index.md", "---\ntitle: 新闻\n---\n动态。\n");
    w(
        "content/news/clean.md",
        &format!("---\ntitle: 统计\n---\n{CLEAN}"),
    );
    for (name, body) in pages {
        w(
            &format!("content/news/{name}.md"),
            &format!("---\ntitle: 通知\n---\n前言。\n\n{body}\n"),
        );
    }
    dir
}

/// Whether any spelling of a planted value shows in `text`: as written, or its digits alone.
fn shows_a_value(text: &str) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let id = id_number();
    [PHONE, id.as_str(), &id[..17], "zhangsan@example.cn"]
        .iter()
        .any(|v| text.contains(v) || (v.len() > 11 && digits.contains(v)))
        || text.contains("zhangsan")
}

#[test]
fn every_way_of_writing_a_value_in_html_is_caught_and_never_shown() {
    let pages = leaking_pages();
    let dir = site(&pages);
    for args in [&["build"][..], &["build", "--strict"]] {
        let out = sunlight(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        for (name, _) in &pages {
            // Caught by the last scan of the output, or already in the source when the Markdown shows the value
            // well enough (a comment between digit groups); either names the page.
            assert!(
                err.contains(&format!("content/news/{name}.md")),
                "{args:?}: {name} was not caught: {err}"
            );
        }
        assert!(
            !err.contains("public/news/clean/"),
            "{args:?}: figures apart were read as personal data: {err}"
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !shows_a_value(&err) && !shows_a_value(&stdout),
            "{args:?}: a value was shown"
        );
        assert!(
            !dir.path().join("public").exists(),
            "{args:?}: public/ was written"
        );
    }
}

#[test]
fn figures_in_cells_items_and_paragraphs_build_untouched() {
    let dir = site(&[]);
    let out = sunlight(dir.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = fs::read_to_string(Path::new(dir.path()).join("public/news/clean/index.html"))
        .expect("page written");
    for figure in [
        "民政简报第150期",
        "<td>2020-07-11</td>",
        "<li>150</li>",
        "<div>0013</div>",
    ] {
        assert!(html.contains(figure), "{figure} was changed");
    }
}

/// A program reading a page's text gets hidden text put back where it stood; the stretch of shown text read with it
/// counts characters that show, so a number padded with zero-width spaces far past its length in bytes still lies
/// whole inside it.
#[test]
fn a_padded_number_completed_by_hidden_text_is_caught() {
    let dir = site(&[]);
    let zw = "\u{200B}".repeat(8);
    let padded: String = PHONE[..10].chars().map(|c| format!("{c}{zw}")).collect();
    let digit = &PHONE[10..];
    let page = format!(
        "<!DOCTYPE html><html><body><p>联系电话{padded}<span hidden>{digit}</span>。</p></body></html>\n"
    );
    fs::create_dir_all(dir.path().join("static")).expect("mkdir");
    fs::write(dir.path().join("static/contact.html"), page).expect("write");
    for args in [&["build"][..], &["build", "--strict"]] {
        let out = sunlight(dir.path(), args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("public/contact.html"), "{args:?}: {err}");
        assert!(!shows_a_value(&err), "{args:?}: a value was shown");
        assert!(!dir.path().join("public").exists(), "{args:?}");
    }
}
