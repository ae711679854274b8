//! Raw HTML, the Content-Security-Policy and escaping, tried as an attacker would: every raw-HTML vector an editor
//! could write is gone from the output and reported at its line; every page carries the policy and no inline
//! script; a `base_url` that would inject markup is refused; JSON-LD and CSV downloads cannot be turned into markup
//! or formulas.

mod common;
mod support;

use std::fs;
use std::path::Path;

use common::{fixture, read, stderr, sunlight};
use support::html::{Tag, scan};

/// Each vector on its own line, so the warnings' lines can be checked. `MARK` stands for whatever the editor typed:
/// it must never appear in a message or in the output.
const ATTACK: &str = r#"---
title: 攻击
---

正文 {{ value("assistance", "城市低保", "households") }} 户。

<script>alert("MARK")</script>
<img src="/x.png" alt="x" onerror="alert('MARK')">
<a href="javascript:alert('MARK')">j</a> <a href="JaVa&#x09;Script:alert('MARK')">k</a>
<a href="data:text/html;base64,TUFSSw==">d</a>
<iframe src="https://evil.example/MARK"></iframe>
<base href="https://evil.example/MARK/">
<meta http-equiv="refresh" content="0;url=https://evil.example/MARK">
<object data="https://evil.example/MARK.swf"></object>
<embed src="https://evil.example/MARK.swf">
<form action="https://evil.example/MARK"><input name="MARK"></form>
<style>body{background:url(https://evil.example/MARK)}</style>
<img srcset="javascript:alert('MARK') 1x" src="/y.png" alt="y">
<svg><script>alert('MARK')</script><a href="javascript:alert('MARK')"><text>s</text></a></svg>
<p style="color:red" onclick="alert('MARK')">段落</p>

[链接](javascript:alert('MARK')) ![图](data:image/png;base64,TUFSSw==)

{{ table("assistance") }}

{{ chart("share") }}

<details><summary>说明</summary><abbr title="最低生活保障">低保</abbr><sup>1</sup></details>
"#;

/// The line of the attack page each vector is on, and what the warning says about it.
const EXPECTED: &[(usize, &str)] = &[
    (7, "the HTML element <script>"),
    (8, "the attribute `onerror` of <img>"),
    (9, "the address in `href` of <a>"),
    (10, "the address in `href` of <a>"),
    (11, "the HTML element <iframe>"),
    (12, "the HTML element <base>"),
    (13, "the HTML element <meta>"),
    (14, "the HTML element <object>"),
    (15, "the HTML element <embed>"),
    (16, "the HTML element <form>"),
    (16, "the HTML element <input>"),
    (17, "the HTML element <style>"),
    (18, "the attribute `srcset` of <img>"),
    (19, "the HTML element <svg>"),
    (20, "the attribute `style` of <p>"),
    (20, "the attribute `onclick` of <p>"),
    (22, "the address in `href` of <a>"),
    (22, "the address in `src` of <img>"),
];

const CHART: &str = "title: 低保户数\ntype: bar\ndata: assistance\ny: households\n";

fn attacked_site() -> tempfile::TempDir {
    let site = fixture("basic");
    fs::write(site.path().join("content/news/attack.md"), ATTACK).unwrap();
    fs::create_dir_all(site.path().join("charts")).unwrap();
    fs::write(site.path().join("charts/share.yaml"), CHART).unwrap();
    site
}

fn html_files(dir: &Path) -> Vec<(String, String)> {
    common::tree(dir)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect()
}

/// Scripts the default theme and the search page load: the site's own files, never inline code.
fn own_script(t: &Tag) -> bool {
    t.attr("type") == Some("application/ld+json")
        || t.attr("src").is_some_and(|s| {
            s.starts_with("/mzj/")
                && (s.ends_with("/js/reading.js")
                    || s.ends_with("/js/catalogue.js")
                    || s.ends_with("/search/search.js"))
        })
}

fn dangerous_address(v: &str) -> bool {
    let v: String = v
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    v.starts_with("javascript:") || v.starts_with("data:") || v.starts_with("vbscript:")
}

/// Every way the page could run code or send the reader elsewhere, as found in `html`.
fn problems(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for t in scan(html) {
        let at = format!("line {} <{}>", t.line, t.name);
        match t.name.as_str() {
            "script" if !own_script(&t) => {
                found.push(format!("{at}: a script that is not the site's own file"))
            }
            "iframe" | "base" | "object" | "embed" | "frame" | "frameset" | "applet" | "style" => {
                found.push(format!("{at}: not allowed"))
            }
            "meta"
                if t.attr("http-equiv")
                    .is_some_and(|h| !h.eq_ignore_ascii_case("Content-Security-Policy")) =>
            {
                found.push(format!("{at}: http-equiv other than the policy"))
            }
            "form"
                if t.attr("role") != Some("search")
                    || !t.attr("action").is_some_and(|a| a.starts_with("/mzj/")) =>
            {
                found.push(format!("{at}: a form that is not the theme's search"))
            }
            _ => {}
        }
        for (name, value) in &t.attrs {
            if name.starts_with("on") {
                found.push(format!("{at}: event handler {name}"));
            }
            if name == "style" || name == "srcset" {
                found.push(format!("{at}: attribute {name}"));
            }
            if [
                "href",
                "src",
                "action",
                "formaction",
                "xlink:href",
                "data",
                "poster",
            ]
            .contains(&name.as_str())
                && dangerous_address(value)
            {
                found.push(format!("{at}: {name} with a script or data: address"));
            }
        }
    }
    found
}

#[test]
fn every_raw_html_vector_is_removed_and_reported_at_its_line() {
    let site = attacked_site();
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    for (line, what) in EXPECTED {
        let expected = format!("content/news/attack.md:{line}: warning: {what}");
        assert!(err.contains(&expected), "missing `{expected}` in:\n{err}");
    }
    assert!(
        !err.contains("MARK"),
        "a message echoes what the editor wrote:\n{err}"
    );
    assert!(
        !err.contains("TUFSSw"),
        "a message echoes an address:\n{err}"
    );

    let public = site.path().join("public");
    let page = read(&public, "news/attack/index.html");
    assert!(!page.contains("MARK"), "{page}");
    assert_eq!(problems(&page), Vec::<String>::new(), "{page}");
    // What the editor may write is kept.
    for kept in [
        "<details><summary>说明</summary><abbr title=\"最低生活保障\">低保</abbr><sup>1</sup></details>",
        "<img src=\"/x.png\" alt=\"x\">",
        "<p>段落</p>",
    ] {
        assert!(page.contains(kept), "`{kept}` was lost:\n{page}");
    }
    // Sunlight's own HTML reaches the page untouched: the figure link, the table, the chart's inline SVG.
    assert!(
        page.contains("<a class=\"figure\" href=\"/mzj/data/assistance/#row-%E5%9F%8E%E5%B8%82%E4%BD%8E%E4%BF%9D."),
        "{page}"
    );
    assert!(page.contains("<table class=\"data-table\""), "{page}");
    assert!(page.contains("<th scope=\"row\">城市低保</th>"), "{page}");
    assert!(
        page.contains("<svg") && page.contains("role=\"img\""),
        "the chart lost its SVG:\n{page}"
    );
    for (path, html) in html_files(&public) {
        assert_eq!(problems(&html), Vec::<String>::new(), "{path}");
    }
}

#[test]
fn strict_makes_raw_html_removals_errors() {
    let site = attacked_site();
    let out = sunlight(site.path(), &["build", "--strict"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/news/attack.md:7: error: the HTML element <script>"),
        "{err}"
    );
    assert!(!err.contains("MARK"), "{err}");
    assert!(
        !site.path().join("public").exists(),
        "a failed build wrote output"
    );

    let check = sunlight(site.path(), &["check", "--strict"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(
        stderr(&check).contains("content/news/attack.md:9: error: the address in `href` of <a>")
    );
}

#[test]
fn deeply_nested_html_ends_quickly_in_an_error() {
    for body in ["<div>".repeat(50_000), "> ".repeat(20_000)] {
        let site = fixture("basic");
        fs::write(
            site.path().join("content/news/deep.md"),
            format!("---\ntitle: 深\n---\n\n{body}x\n"),
        )
        .unwrap();
        let started = std::time::Instant::now();
        let out = sunlight(site.path(), &["build"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("content/news/deep.md: error: this page nests its elements"),
            "{err}"
        );
        assert!(
            started.elapsed().as_secs() < 30,
            "took {:?}",
            started.elapsed()
        );
        assert!(!site.path().join("public").exists());
    }
}

#[test]
fn markdown_javascript_links_fail_a_strict_check() {
    let site = fixture("basic");
    fs::write(
        site.path().join("content/news/link.md"),
        "---\ntitle: 链接\n---\n\n见[此处](javascript:void(0))。\n",
    )
    .unwrap();
    let out = sunlight(site.path(), &["check", "--strict"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/news/link.md:5: error: the address in `href` of <a>"),
        "{err}"
    );
}

#[test]
fn a_theme_javascript_link_fails_a_strict_check() {
    let site = fixture("basic");
    let base = site.path().join("themes/default/templates/base.html");
    let text = fs::read_to_string(&base).unwrap().replace(
        "<main id=\"main\" tabindex=\"-1\">",
        "<main id=\"main\" tabindex=\"-1\"><a href=\" JavaScript:void(0)\">x</a>",
    );
    fs::write(&base, text).unwrap();
    let out = sunlight(site.path(), &["check", "--strict"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: index.html has a javascript: link"),
        "{err}"
    );
}

#[test]
fn every_page_carries_the_policy_and_no_inline_script() {
    let site = attacked_site();
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pages = html_files(&site.path().join("public"));
    assert!(pages.len() > 8);
    let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';";
    for (path, html) in &pages {
        let at = html
            .find(policy)
            .unwrap_or_else(|| panic!("{path} has no policy"));
        let head = html
            .find("<head>")
            .unwrap_or_else(|| panic!("{path} has no head"));
        let first_script = html.find("<script").unwrap_or(html.len());
        let first_link = html.find("<link").unwrap_or(html.len());
        assert!(
            head < at && at < first_script && at < first_link,
            "{path}: the policy comes too late"
        );
        assert!(
            !html.contains("unsafe-inline") && !html.contains("unsafe-eval"),
            "{path}"
        );
        for t in scan(html).iter().filter(|t| t.name == "script") {
            assert!(
                own_script(t),
                "{path}: inline or foreign script at line {}",
                t.line
            );
        }
        assert!(
            !html.contains("<script>") && !html.contains(" style=\""),
            "{path}: inline script or style"
        );
    }
    assert!(site.path().join("public/js/reading.js").is_file());
}

#[test]
fn a_base_url_that_would_inject_markup_is_refused() {
    let site = fixture("basic");
    let yaml = site.path().join("site.yaml");
    let original = fs::read_to_string(&yaml).unwrap();
    for attack in [
        "https://example.gov.cn/mzj/\"><script>alert(1)</script>",
        "https://example.gov.cn\"><script>/",
        "https://example.gov.cn/a b/",
        "https://example.gov.cn/it's/",
    ] {
        let text = original.replace(
            "base_url: https://example.gov.cn/mzj/",
            &format!("base_url: '{}'", attack.replace('\'', "''")),
        );
        fs::write(&yaml, text).unwrap();
        let out = sunlight(site.path(), &["build"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{attack}: {err}");
        assert!(
            err.contains("site.yaml:3:") && err.contains("base_url"),
            "{attack}: {err}"
        );
        assert!(!site.path().join("public").exists());

        fs::write(&yaml, &original).unwrap();
        let out = sunlight(site.path(), &["build", "--base-url", attack]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "--base-url {attack}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("--base-url"), "{}", stderr(&out));
    }
}

#[test]
fn json_ld_with_markup_in_dataset_text_stays_valid_json() {
    let site = fixture("basic");
    let path = site.path().join("data/assistance.yaml");
    let text = fs::read_to_string(&path).unwrap().replace(
        "title: 城乡低保\n",
        "title: \"城乡低保 <!-- </script><script>alert(1)</script> & 'x'\"\ndescription: \"a > b \\u2028 <\\/script>\"\n",
    );
    fs::write(&path, text).unwrap();
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(&site.path().join("public"), "data/assistance/index.html");
    let open = "<script type=\"application/ld+json\">";
    let start = page.find(open).expect("JSON-LD") + open.len();
    let len = page[start..].find("</script>").expect("end of JSON-LD");
    let json = &page[start..start + len];
    assert!(!json.contains(['<', '>', '&', '\u{2028}']), "{json}");
    let v: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(
        v["name"],
        "城乡低保 <!-- </script><script>alert(1)</script> & 'x'"
    );
    assert_eq!(v["description"], "a > b \u{2028} </script>");
    assert_eq!(problems(&page), Vec::<String>::new());
}

#[test]
fn csv_formula_cells_are_neutralised_and_negative_numbers_kept() {
    let site = fixture("basic");
    fs::write(
        site.path().join("data/formulas.yaml"),
        "title: 公式\nsource: 测试\ncolumns:\n  - {key: name, label: \"=cmd|' /C calc'!A0\"}\n  - {key: change, label: 变化, type: integer}\n  - {key: rate, label: \"@比率\", type: number}\nrows:\n  - {name: \"=HYPERLINK(\\\"https://evil.example\\\")\", change: -12, rate: -3.5}\n  - {name: \"+86 10\", change: 3, rate: 0.5}\n  - {name: \"-2+3\", change: 0, rate: 1}\n  - {name: \"@SUM(A1)\", change: 1, rate: 1}\n  - {name: \"-5\", change: 4, rate: 4}\n",
    )
    .unwrap();
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = read(&site.path().join("public"), "data/formulas.csv");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines,
        [
            "\"'=cmd|' /C calc'!A0\",变化,\"'@比率\"",
            "\"'=HYPERLINK(\"\"https://evil.example\"\")\",-12,-3.5",
            "\"'+86 10\",3,0.5",
            "\"'-2+3\",0,1",
            "\"'@SUM(A1)\",1,1",
            "-5,4,4",
            "",
        ]
    );
}
