//! Messages in the editor's language: the real binary on broken copies of the `basic` fixture, in Chinese (by
//! `--lang zh` and by a Chinese locale) and in English. Chinese output must keep the `file:line:col:` prefix, use the
//! Chinese labels, still show the source line with its caret, and leave no English sentence behind.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{fixture, stderr, sunlight};

fn write(root: &Path, rel: &str, text: &str) {
    fs::write(root.join(rel), text).expect("write fixture file");
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let text = fs::read_to_string(root.join(rel)).expect("read fixture file");
    assert!(text.contains(from), "{rel} has no `{from}`");
    fs::write(root.join(rel), text.replacen(from, to, 1)).expect("write fixture file");
}

/// One way of breaking the fixture, with what the Chinese and the English output must contain.
struct Case {
    name: &'static str,
    mutate: fn(&Path),
    location: &'static str,
    zh: &'static str,
    en: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "malformed YAML",
        mutate: |r| {
            edit(
                r,
                "data/assistance.yaml",
                "title: 城乡低保",
                "title: [城乡低保",
            )
        },
        location: "data/assistance.yaml:1:8: ",
        zh: "YAML 格式有误",
        en: "this is not valid YAML here",
    },
    Case {
        name: "unknown key",
        mutate: |r| edit(r, "site.yaml", "language: zh-CN", "langauge: zh-CN"),
        location: "site.yaml:4:1: ",
        zh: "无法识别的键 `langauge`",
        en: "unknown key `langauge`",
    },
    Case {
        name: "text in an integer column",
        mutate: |r| {
            edit(
                r,
                "data/assistance.yaml",
                "households: 3815",
                "households: 约三千八百",
            )
        },
        location: "data/assistance.yaml:10:",
        zh: "整数列 `households` 中的 `约三千八百` 不是数字",
        en: "`约三千八百` in the integer column `households` is not a number",
    },
    Case {
        name: "missing dataset",
        mutate: |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistence\", \"城市低保\", \"persons\") }}",
            )
        },
        location: "content/news/second.md:7:1: ",
        zh: "没有数据集 `assistence`",
        en: "there is no dataset `assistence`",
    },
    Case {
        name: "missing row",
        mutate: |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "见{{ value(\"assistance\", \"特困供养\", \"persons\") }}",
            )
        },
        location: "content/news/second.md:7:2: ",
        zh: "数据集 `assistance` 中没有行 `特困供养`",
        en: "the dataset `assistance` has no row `特困供养`",
    },
    Case {
        name: "missing column",
        mutate: |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistance\", \"城市低保\", \"people\") }}",
            )
        },
        location: "content/news/second.md:7:1: ",
        zh: "数据集 `assistance` 中没有列 `people`",
        en: "the dataset `assistance` has no column `people`",
    },
    Case {
        name: "unclosed front matter",
        mutate: |r| write(r, "content/news/second.md", "---\ntitle: 第二篇\n正文\n"),
        location: "content/news/second.md:1:1: ",
        zh: "页头信息（front matter）没有结束",
        en: "the front matter opened on line 1 is never closed",
    },
    Case {
        name: "not UTF-8",
        mutate: |r| {
            let mut bytes = "---\ntitle: x\n---\n".as_bytes().to_vec();
            bytes.extend([0xc4, 0xe3, 0xba, 0xc3]);
            fs::write(r.join("content/news/gbk.md"), bytes).expect("write");
        },
        location: "content/news/gbk.md:4:1: ",
        zh: "UTF-8 编码",
        en: "this file is not UTF-8 text",
    },
    Case {
        name: "template error",
        mutate: |r| write(r, "themes/default/templates/page.html", "{% if %}"),
        location: "themes/default/templates/page.html:1: ",
        zh: "模板有误",
        en: "template error: ",
    },
    Case {
        name: "failing sum",
        mutate: |r| {
            let path = r.join("data/assistance.yaml");
            let mut text = fs::read_to_string(&path).expect("read dataset");
            text.push_str("checks:\n  - {sum: persons, total: 城市低保, parts: [农村低保]}\n");
            fs::write(path, text).expect("write dataset");
        },
        location: "data/assistance.yaml:13:",
        zh: "列 `persons` 中，分项 农村低保 之和为 36758，但合计 `城市低保` 为 5829",
        en: "in column `persons`, the parts 农村低保 add up to 36758, but the total `城市低保` is 5829",
    },
    Case {
        name: "shortcode never closed",
        mutate: |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistance\" ",
            )
        },
        location: "content/news/second.md:7:1: ",
        zh: "这个短代码没有结束",
        en: "this shortcode is never closed",
    },
    Case {
        name: "wrong number of arguments",
        mutate: |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ value(\"assistance\", \"城市低保\") }}",
            )
        },
        location: "content/news/second.md:7:1: ",
        zh: "value() 需要三个带引号的文字",
        en: "value() takes three texts in quotes",
    },
    Case {
        name: "duplicate row key",
        mutate: |r| {
            edit(
                r,
                "data/assistance.yaml",
                "  - {category: 农村低保",
                "  - {category: 城市低保",
            )
        },
        location: "data/assistance.yaml:11:",
        zh: "行名 `城市低保` 出现了两次",
        en: "the row key `城市低保` appears twice",
    },
    Case {
        name: "empty site.yaml",
        mutate: |r| write(r, "site.yaml", ""),
        location: "site.yaml:1:1: ",
        zh: "site.yaml 是空的",
        en: "site.yaml is empty",
    },
    Case {
        name: "unknown column type",
        mutate: |r| edit(r, "data/assistance.yaml", "type: percent", "type: money"),
        location: "data/assistance.yaml:8:",
        zh: "无法识别的列类型 `money`",
        en: "unknown column type `money`",
    },
    Case {
        name: "chart naming a missing column",
        mutate: |r| {
            fs::create_dir_all(r.join("charts")).expect("mkdir");
            write(
                r,
                "charts/coverage.yaml",
                "title: 低保人数\ntype: bar\ndata: assistance\ny: people\n",
            );
        },
        location: "charts/coverage.yaml:4:4: ",
        zh: "数据集 `assistance` 中没有列 `people`",
        en: "the dataset `assistance` has no column `people`",
    },
    Case {
        name: "unknown language suffix",
        mutate: |r| write(r, "content/news/first.fr.md", "---\ntitle: Premier\n---\n"),
        location: "content/news/first.fr.md:1:1: ",
        zh: "site.yaml 中没有列出语言 `fr`",
        en: "site.yaml does not list the language `fr`",
    },
    Case {
        name: "paginate on a page",
        mutate: |r| {
            edit(
                r,
                "content/news/first.md",
                "weight: 1",
                "weight: 1\npaginate: 5",
            )
        },
        location: "content/news/first.md:5:",
        zh: "这个文件不是栏目的 _index.md",
        en: "this is not a section's _index.md",
    },
    Case {
        name: "chart of a text column with a colour",
        mutate: |r| {
            fs::create_dir_all(r.join("charts")).expect("mkdir");
            write(
                r,
                "charts/coverage.yaml",
                "title: 低保\ntype: pie\ndata: assistance\ny: [persons, households]\ncolors: {persons: \"#zzz\"}\n",
            );
        },
        location: "charts/coverage.yaml:",
        zh: "`pie` 图表只画一列",
        en: "a `pie` chart draws one column",
    },
    Case {
        name: "malformed document number",
        mutate: |r| {
            edit(
                r,
                "content/news/first.md",
                "weight: 1",
                "weight: 1\ndoc_no: 民发2023年12号",
            )
        },
        location: "content/news/first.md:5:",
        zh: "`民发2023年12号` 不是文号",
        en: "`民发2023年12号` is not a 文号",
    },
    Case {
        name: "unknown shortcode",
        mutate: |r| {
            edit(
                r,
                "content/news/second.md",
                "第二篇正文",
                "{{ nosuch(\"x\") }}",
            )
        },
        location: "content/news/second.md:7:1: ",
        zh: "没有名为 `nosuch` 的短代码",
        en: "there is no shortcode called `nosuch`",
    },
    Case {
        name: "a sum check without a total",
        mutate: |r| {
            let path = r.join("data/assistance.yaml");
            let mut text = fs::read_to_string(&path).expect("read dataset");
            text.push_str("checks:\n  - {sum: persons}\n");
            fs::write(path, text).expect("write dataset");
        },
        location: "data/assistance.yaml:13:",
        zh: "合计校验（sum）需要写 `total:`",
        en: "a sum check needs `total:`",
    },
];

/// Runs `sunlight ARGS` with exactly the locale variables given (others removed), so the caller's environment
/// cannot decide the language.
fn sunlight_with_locale(dir: &Path, args: &[&str], locale: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sunlight"));
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE");
    for (k, v) in locale {
        cmd.env(k, v);
    }
    cmd.output().expect("run sunlight")
}

/// A source-line or caret line of a rendered diagnostic (`  |`, `12 | …`): the editor's own text, not a message.
fn is_source_line(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    t[digits..].starts_with(" |") || t[digits..].starts_with('|')
}

/// The first run of three or more ASCII words joined by single spaces, outside backticks: an English sentence (or
/// part of one) left in a Chinese message. Lists (`a, b, c`), paths and code in backticks do not count.
fn english_run(line: &str) -> Option<String> {
    let mut plain = String::new();
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
            plain.push(' ');
        } else if !in_code {
            plain.push(c);
        }
    }
    // A run continues only across a single space between two words; anything else ends it.
    let chars: Vec<char> = plain.chars().collect();
    let mut run: Vec<String> = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphabetic() || (c == '\'' && !word.is_empty()) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            run.push(std::mem::take(&mut word));
        }
        let joins = c == ' '
            && i > 0
            && chars[i - 1].is_ascii_alphabetic()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic());
        if !joins {
            if run.len() >= 3 {
                return Some(run.join(" "));
            }
            run.clear();
        }
    }
    if !word.is_empty() {
        run.push(word);
    }
    (run.len() >= 3).then(|| run.join(" "))
}

fn assert_chinese(case: &str, err: &str) {
    assert!(
        err.contains("错误："),
        "{case}: no Chinese label in:\n{err}"
    );
    assert!(
        err.contains("  提示："),
        "{case}: no Chinese hint in:\n{err}"
    );
    for english in [": error:", "hint:", ": warning:", "error(s)"] {
        assert!(
            !err.contains(english),
            "{case}: English `{english}` in:\n{err}"
        );
    }
    for line in err.lines().filter(|l| !is_source_line(l)) {
        // The location prefix is a path, not a sentence.
        let text = line.split_once(": ").map_or(line, |(_, t)| t);
        assert!(
            english_run(text).is_none(),
            "{case}: English left in `{line}`: {:?}\n{err}",
            english_run(text)
        );
    }
    assert!(
        err.contains("sunlight：共 "),
        "{case}: no Chinese summary in:\n{err}"
    );
}

fn no_crash(case: &str, err: &str) {
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{case}:\n{err}"
    );
}

#[test]
fn every_case_in_chinese_with_the_flag() {
    for case in CASES {
        let site = fixture("basic");
        (case.mutate)(site.path());
        let out = sunlight(site.path(), &["build", "--lang", "zh"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{}:\n{err}", case.name);
        no_crash(case.name, &err);
        assert!(
            err.contains(case.location),
            "{}: expected `{}` in:\n{err}",
            case.name,
            case.location
        );
        assert!(
            err.contains(case.zh),
            "{}: expected `{}` in:\n{err}",
            case.name,
            case.zh
        );
        assert_chinese(case.name, &err);
    }
}

#[test]
fn every_case_in_english_with_the_flag() {
    for case in CASES {
        let site = fixture("basic");
        (case.mutate)(site.path());
        let out = sunlight_with_locale(
            site.path(),
            &["build", "--lang", "en"],
            &[("LANG", "zh_CN.UTF-8")],
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{}:\n{err}", case.name);
        no_crash(case.name, &err);
        assert!(
            err.contains(case.location) && err.contains(case.en),
            "{}: expected `{}` and `{}` in:\n{err}",
            case.name,
            case.location,
            case.en
        );
        assert!(err.contains("  hint: "), "{}:\n{err}", case.name);
        assert!(
            err.contains("error(s); nothing was written"),
            "{}:\n{err}",
            case.name
        );
        assert!(
            !err.lines()
                .filter(|l| !is_source_line(l))
                .any(|l| l.contains("错误：") || l.contains("提示：")),
            "{}: Chinese labels in English output:\n{err}",
            case.name
        );
    }
}

#[test]
fn chinese_keeps_the_source_line_and_caret() {
    let site = fixture("basic");
    edit(
        site.path(),
        "data/assistance.yaml",
        "households: 3815",
        "households: 约三千八百",
    );
    let out = sunlight(site.path(), &["--lang", "zh", "build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("data/assistance.yaml:10:") && l.contains(": 错误："))
        .unwrap_or_else(|| panic!("no located Chinese error in:\n{err}"));
    assert!(lines[at + 1].starts_with("  提示："), "{err}");
    assert!(lines[at + 3].contains("约三千八百"), "{err}");
    assert!(lines[at + 4].trim_end().ends_with('^'), "{err}");
}

#[test]
fn chinese_locale_without_the_flag() {
    let site = fixture("basic");
    edit(
        site.path(),
        "content/news/second.md",
        "第二篇正文",
        "{{ value(\"assistance\", \"城市低保\", \"people\") }}",
    );
    let out = sunlight_with_locale(site.path(), &["build"], &[("LANG", "zh_CN.UTF-8")]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("数据集 `assistance` 中没有列 `people`"),
        "{err}"
    );
    assert_chinese("LANG=zh_CN.UTF-8", &err);

    let out = sunlight_with_locale(site.path(), &["build"], &[("LANG", "en_US.UTF-8")]);
    let err = stderr(&out);
    assert!(
        err.contains("error: the dataset `assistance` has no column `people`"),
        "{err}"
    );

    let out = sunlight_with_locale(
        site.path(),
        &["check"],
        &[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "C")],
    );
    assert!(stderr(&out).contains("错误："), "{}", stderr(&out));
}

#[test]
fn a_successful_run_summarises_in_chinese_and_privacy_findings_stay_hidden() {
    let site = fixture("basic");
    edit(
        site.path(),
        "content/news/second.md",
        "第二篇正文",
        "联系人电话13912345678",
    );
    let out = sunlight(site.path(), &["build", "--lang", "zh"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("content/news/second.md:7: 警告：发现并已替换个人信息：手机号码"),
        "{err}"
    );
    assert!(err.contains("生成完成："), "{err}");
    assert!(
        !err.contains("13912345678") && !err.contains("联系人电话"),
        "the finding's line must never be shown:\n{err}"
    );
    for line in err.lines() {
        let text = line.split_once(": ").map_or(line, |(_, t)| t);
        assert!(english_run(text).is_none(), "English left in `{line}`");
    }
}

#[test]
fn english_run_finds_sentences_but_not_code_lists_or_paths() {
    assert_eq!(
        english_run("YAML 格式有误：expected string scalar"),
        Some("expected string scalar".into())
    );
    assert_eq!(english_run("请使用以下之一：text, integer, number"), None);
    assert_eq!(english_run("见 docs/theme-contract.md 和 README.md"), None);
    assert_eq!(
        english_run("模板有误：`while parsing a tag, found something`"),
        None
    );
    assert_eq!(english_run("页头信息（front matter）"), None);
}

/// Every line of `text` that is a message, checked for English left in it: source lines, and the path before a
/// location's `: `, are the editor's own.
fn assert_no_english(case: &str, text: &str) {
    for line in text.lines().filter(|l| !is_source_line(l)) {
        let text = line.split_once(": ").map_or(line, |(_, t)| t);
        assert!(
            english_run(text).is_none(),
            "{case}: English left in `{line}`: {:?}\n{text}",
            english_run(text)
        );
    }
}

const ZH_LOCALE: &[(&str, &str)] = &[("LANG", "zh_CN.UTF-8")];

#[test]
fn init_check_build_and_serve_speak_chinese_under_a_chinese_locale() {
    let dir = tempfile::tempdir().expect("temp dir");
    let new = dir.path().join("站点");
    let out = sunlight_with_locale(dir.path(), &["init", "站点"], ZH_LOCALE);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("下一步"), "{err}");
    assert_no_english("init", &err);
    let again = sunlight_with_locale(dir.path(), &["init", "站点"], ZH_LOCALE);
    assert_eq!(again.status.code(), Some(2));
    assert_no_english("init into a full folder", &stderr(&again));

    let out = sunlight_with_locale(&new, &["check"], ZH_LOCALE);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("检查完成"), "{err}");
    assert_no_english("check", &err);

    for case in CASES {
        let site = fixture("basic");
        (case.mutate)(site.path());
        let out = sunlight_with_locale(site.path(), &["build"], ZH_LOCALE);
        assert_chinese(case.name, &stderr(&out));
    }

    let site = fixture("basic");
    attachments(site.path());
    let out = sunlight_with_locale(site.path(), &["build"], ZH_LOCALE);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_chinese("attachments", &err);
    for (english, chinese) in [
        ("hidden", "名单（隐藏）!B2"),
        ("a cell of a sheet named by the file", "O'Brien's!A1"),
        ("a DOCX comment", "批注（word/comments.xml）"),
        ("a PDF page", "第 2 页"),
        ("an encrypted PDF", "这是加密的 PDF"),
        ("an encrypted ZIP entry", "密件.txt：已加密"),
    ] {
        assert!(err.contains(chinese), "{english}: no `{chinese}` in\n{err}");
    }
    for value in [ID_NUMBER, PHONE] {
        assert!(!err.contains(value), "a detected value was printed:\n{err}");
    }
    assert!(!err.contains("&#") && !err.contains("&apos;"), "{err}");

    let site = fixture("basic");
    (CASES[0].mutate)(site.path());
    let (console, overlay, replies) = serve_once(site.path());
    assert_no_english("serve console", &console);
    assert!(
        overlay.contains("最近一次改动无法生成"),
        "{console}\n{overlay}"
    );
    assert_no_english("serve overlay", &overlay);
    for (request, status, body) in replies {
        assert!(!body.trim().is_empty(), "{request:?}: no words in {status}");
        assert_no_english(&format!("serve's {status} to {request:?}"), &body);
        assert!(
            body.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{request:?}: {status} {body}"
        );
    }
}

/// A fictional resident ID number (valid check character) and a 138 0013 8000-style phone.
const ID_NUMBER: &str = "11010519491231002X";
const PHONE: &str = "13800138000";

/// Attachments under `static/files/`: personal data in a hidden sheet, a sheet whose name has an apostrophe (an
/// `&apos;` in the workbook's XML), a DOCX comment and a PDF's second page; an encrypted PDF and a ZIP with an
/// encrypted entry, which cannot be read.
fn attachments(root: &Path) {
    use std::io::Write;
    let dir = root.join("static/files");
    fs::create_dir_all(&dir).expect("mkdir");
    let zip_of = |files: &[(&str, &[u8])]| {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, data) in files {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("zip entry");
            w.write_all(data).expect("zip data");
        }
        w.finish().expect("zip").into_inner()
    };
    let types = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    let ns = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#;
    let book = format!(
        r#"<workbook {ns} xmlns:r="r"><sheets><sheet name="O&apos;Brien&apos;s" sheetId="1" r:id="rId1"/><sheet name="名单" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#
    );
    let rels = r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>"#;
    let sheet = |cell: &str, value: &str| {
        format!(
            r#"<worksheet {ns}><sheetData><row r="1"><c r="{cell}" t="inlineStr"><is><t>{value}</t></is></c></row></sheetData></worksheet>"#
        )
    };
    let xlsx = zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet("A1", PHONE).as_bytes()),
        (
            "xl/worksheets/sheet2.xml",
            sheet("B2", ID_NUMBER).as_bytes(),
        ),
    ]);
    fs::write(dir.join("roster.xlsx"), xlsx).expect("write");
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body = format!(
        r#"<w:document {w}><w:body><w:p><w:r><w:t>通知</w:t></w:r></w:p></w:body></w:document>"#
    );
    let comments = format!(
        r#"<w:comments {w}><w:comment w:id="0"><w:p><w:r><w:t>联系 {PHONE}</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let docx = zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("word/document.xml", body.as_bytes()),
        ("word/comments.xml", comments.as_bytes()),
    ]);
    fs::write(dir.join("notice.docx"), docx).expect("write");
    fs::write(dir.join("report.pdf"), pdf(&["Notice", PHONE], false)).expect("write");
    fs::write(dir.join("locked.pdf"), pdf(&["Notice"], true)).expect("write");
    // The flag bit 0 of the local header and the central directory entry says the entry is encrypted.
    let mut locked = zip_of(&[("密件.txt", b"secret".as_slice())]);
    locked[6] |= 1;
    if let Some(at) = locked.windows(4).position(|w| w == b"PK\x01\x02") {
        locked[at + 8] |= 1;
    }
    fs::write(dir.join("locked.zip"), locked).expect("write");
}

/// A PDF with one page per text; `encrypted` adds an `/Encrypt` dictionary no password opens.
fn pdf(pages: &[&str], encrypted: bool) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let mut kids = Vec::new();
    for text in pages {
        let ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new("Td", vec![72.into(), 700.into()]),
            Operation::new("Tj", vec![Object::string_literal(*text)]),
            Operation::new("ET", vec![]),
        ];
        let content = Content { operations: ops }.encode().expect("content");
        let content = doc.add_object(Stream::new(dictionary! {}, content));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    if encrypted {
        let key = Object::String(vec![7; 32], lopdf::StringFormat::Hexadecimal);
        let encrypt = doc.add_object(dictionary! {
            "Filter" => "Standard", "V" => 1, "R" => 2, "O" => key.clone(), "U" => key, "P" => -4,
        });
        doc.trailer.set("Encrypt", encrypt);
        doc.trailer.set(
            "ID",
            vec![Object::String(vec![1; 16], lopdf::StringFormat::Hexadecimal); 2],
        );
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

/// Starts `sunlight serve` under a Chinese locale on a free port, fetches the page the browser would show and sends
/// it malformed requests, stops it, and returns what it printed, the overlay's text (tags removed) and each
/// malformed request with the status line and body of the reply.
fn serve_once(site: &Path) -> (String, String, Vec<(String, String, String)>) {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::Stdio;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sunlight"));
    cmd.args(["serve", "--port", "0"])
        .current_dir(site)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("start sunlight serve");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("the address line");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let after = &url["http://127.0.0.1:".len()..];
    let slash = after.find('/').unwrap_or(after.len());
    let port: u16 = after[..slash].parse().expect("port");
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        s,
        "GET {} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n",
        &after[slash..]
    )
    .expect("send");
    let mut page = String::new();
    let _ = s.read_to_string(&mut page);
    let replies = malformed_requests(port);
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let mut console = line.clone();
    let _ = child.wait();
    let _ = out.read_to_string(&mut console);
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut console);
    }
    let overlay = page
        .split_once("sunlight-overlay")
        .map_or("", |(_, o)| o)
        .replace("<li>", "\n")
        .replace("<br>", "\n");
    let mut text = String::new();
    let mut in_tag = false;
    for c in overlay.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    (console, text, replies)
}

/// Requests no browser sends, each on its own connection, and the preview's replies: `(request, status line,
/// body)`. A head that never ends is answered after the preview's 10-second wait, so it is sent first.
fn malformed_requests(port: u16) -> Vec<(String, String, String)> {
    use std::io::{Read, Write};
    let host = format!("Host: 127.0.0.1:{port}\r\n");
    let connect = || {
        let s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
        s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
            .expect("timeout");
        s
    };
    let reply = |mut s: std::net::TcpStream| {
        let mut bytes = Vec::new();
        let _ = s.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        (
            head.lines().next().unwrap_or("").to_string(),
            body.to_string(),
        )
    };
    let mut slow = connect();
    slow.write_all(b"GET / HTTP/1.1\r\n").expect("send");
    let requests: Vec<Vec<u8>> = vec![
        b"NONSENSE\r\n\r\n".to_vec(),
        format!("GET / HTTP/2.0\r\n{host}\r\n").into_bytes(),
        format!("GET http://127.0.0.1/ HTTP/1.1\r\n{host}\r\n").into_bytes(),
        format!("GET / HTTP/1.1\r\n{host}{host}\r\n").into_bytes(),
        format!("GET / HTTP/1.1\r\n{host}no colon\r\n\r\n").into_bytes(),
        [
            b"GET /\xff HTTP/1.1\r\n".as_slice(),
            host.as_bytes(),
            b"\r\n",
        ]
        .concat(),
        format!("GET /%FF HTTP/1.1\r\n{host}\r\n").into_bytes(),
        format!("GET /%0A HTTP/1.1\r\n{host}\r\n").into_bytes(),
        b"GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n".to_vec(),
        format!("POST / HTTP/1.1\r\n{host}\r\n").into_bytes(),
        // Just over the 16 KiB a head may have, all of it read before the reply, so the reply is not lost to a reset.
        format!("GET / HTTP/1.1\r\n{host}X: {}", "a".repeat(16 * 1024)).into_bytes(),
    ];
    let mut out = Vec::new();
    for request in requests {
        let mut s = connect();
        s.write_all(&request).expect("send");
        let (status, body) = reply(s);
        let shown = String::from_utf8_lossy(&request).into_owned();
        assert!(!status.starts_with("HTTP/1.1 200"), "{shown:?} was served");
        out.push((shown, status, body));
    }
    let (status, body) = reply(slow);
    assert!(status.starts_with("HTTP/1.1 408"), "{status} {body}");
    out.push(("a head that never ends".to_string(), status, body));
    out
}

// The wording cases of issue 18, one test each: the real binary on a broken copy of a fixture.

/// `sunlight ARGS --lang LANG` and its stderr.
fn run_in(site: &Path, args: &[&str], lang: &str) -> (Option<i32>, String) {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--lang", lang]);
    let out = sunlight(site, &all);
    let err = stderr(&out);
    no_crash(&format!("{args:?} --lang {lang}"), &err);
    (out.status.code(), err)
}

/// Every hint line of a run: none may end in an empty list (`…: ` or `…：`).
fn assert_no_empty_list(case: &str, err: &str) {
    for line in err.lines() {
        let t = line.trim_start();
        if t.starts_with("hint:") || t.starts_with("提示：") {
            let end = line.trim_end();
            assert!(
                !end.ends_with(':') && !end.ends_with('：'),
                "{case}: a hint ends in an empty list: `{line}`\n{err}"
            );
        }
    }
}

#[test]
fn a_large_yaml_dataset_is_read_and_a_file_over_its_limit_gets_a_size_hint() {
    let site = fixture("basic");
    let mut yaml = String::from(
        "title: 大表\nsource: 测试\ncolumns:\n  - {key: k, label: 名称}\n  - {key: n, label: 数, unit: 个, type: integer}\n  - {key: m, label: 另一数, unit: 个, type: integer}\nrows:\n",
    );
    for i in 0..40_000 {
        yaml.push_str(&format!("  - {{k: 第{i}行, n: {i}, m: 1}}\n"));
    }
    write(site.path(), "data/big.yaml", &yaml);
    let (code, err) = run_in(site.path(), &["check"], "en");
    assert_eq!(code, Some(0), "{err}");
    for jargon in ["budget", "Nodes", "breach"] {
        assert!(!err.contains(jargon), "{jargon} in:\n{err}");
    }

    edit(
        site.path(),
        "site.yaml",
        "theme: default",
        "theme: default\nlimits: {file_mb: 1}",
    );
    for (lang, expected, hint) in [
        (
            "en",
            "more than the 1.0 MB limit",
            "split the file into smaller ones",
        ),
        ("zh", "超过了 1.0 MB 的上限", "请把文件拆成几个较小的文件"),
    ] {
        let (code, err) = run_in(site.path(), &["build"], lang);
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains("data/big.yaml"), "{err}");
        assert!(
            err.contains(expected) && err.contains(hint),
            "{lang}:\n{err}"
        );
        assert!(!err.contains("budget") && !err.contains("Nodes"), "{err}");
    }
}

#[test]
fn two_yaml_documents_in_one_file_are_named_plainly() {
    let site = fixture("basic");
    let path = site.path().join("data/assistance.yaml");
    let mut text = fs::read_to_string(&path).expect("read dataset");
    text.push_str("---\ntitle: 另一份\n");
    fs::write(&path, text).expect("write dataset");
    for (lang, expected) in [
        ("en", "more than one YAML document"),
        ("zh", "不止一份 YAML 文档"),
    ] {
        let (code, err) = run_in(site.path(), &["build"], lang);
        assert_eq!(code, Some(1));
        assert!(err.contains("data/assistance.yaml:13:1: "), "{err}");
        assert!(err.contains(expected), "{err}");
        assert!(!err.contains("from_str_multiple"), "{err}");
    }
}

#[test]
fn quotes_in_messages_are_quotes_not_html_entities() {
    let site = fixture("basic");
    edit(
        site.path(),
        "content/news/second.md",
        "第二篇正文",
        "{{ value(\"it's\", \"a \\\"b\\\"\", \"persons\") }}",
    );
    for lang in ["en", "zh"] {
        let (code, err) = run_in(site.path(), &["build"], lang);
        assert_eq!(code, Some(1));
        assert!(err.contains("`it's`"), "{err}");
        assert!(!err.contains("&#") && !err.contains("&quot;"), "{err}");
    }
    // A broken link is named as the editor wrote it, not as the page's address escapes it (`%27`, `%E5%85%B3`).
    let site = fixture("basic");
    edit(
        site.path(),
        "content/news/second.md",
        "第二篇正文",
        "[旧文](it's-gone.md) [关于](/mzj/关于'我们/)",
    );
    for lang in ["en", "zh"] {
        let (_, err) = run_in(site.path(), &["check"], lang);
        assert!(err.contains("/it's-gone/"), "{err}");
        assert!(err.contains("/关于'我们/"), "{err}");
        assert!(
            !err.contains("%27") && !err.contains("%E5") && !err.contains("&#"),
            "{err}"
        );
    }
}

#[test]
fn an_unknown_language_suffix_names_the_language() {
    let site = fixture("basic");
    write(
        site.path(),
        "content/news/first.fr.md",
        "---\ntitle: Premier\n---\n",
    );
    let (code, err) = run_in(site.path(), &["build"], "en");
    assert_eq!(code, Some(1));
    assert!(
        err.contains("ends in `.fr.md`, but site.yaml does not list the language `fr`"),
        "{err}"
    );
    assert!(err.contains("add `languages: {fr: {title: …}}`"), "{err}");
    assert!(!err.contains("``"), "{err}");
    assert_no_empty_list("language suffix", &err);
    let (_, err) = run_in(site.path(), &["build"], "zh");
    assert!(err.contains("没有列出语言 `fr`"), "{err}");
    assert_chinese("language suffix", &err);
}

#[test]
fn counts_agree_with_their_nouns() {
    let site = fixture("basic");
    fs::create_dir_all(site.path().join("charts")).expect("mkdir");
    write(
        site.path(),
        "charts/coverage.yaml",
        "title: 低保人数\ntype: bar\ndata: assistance\ny: persons\n",
    );
    edit(
        site.path(),
        "content/news/second.md",
        "第二篇正文",
        "{{ chart(\"coverage\") }}",
    );
    let (code, err) = run_in(site.path(), &["build"], "en");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains(" 1 chart,"), "{err}");
    assert!(
        !err.contains("1 charts") && !err.contains("1 datasets"),
        "{err}"
    );

    edit(
        site.path(),
        "content/news/second.md",
        "{{ chart(\"coverage\") }}",
        "{{ value(\"assistance\") }}",
    );
    let (_, err) = run_in(site.path(), &["build"], "en");
    assert!(err.contains("value() with one argument"), "{err}");
    edit(
        site.path(),
        "content/news/second.md",
        "{{ value(\"assistance\") }}",
        "{{ value(\"assistance\", \"城市低保\") }}",
    );
    let (_, err) = run_in(site.path(), &["build"], "en");
    assert!(err.contains("but got 2 arguments"), "{err}");
    assert!(!err.contains("argument(s)"), "{err}");
}

#[test]
fn a_twenty_digit_integer_and_a_negative_count_are_not_called_fractions() {
    let site = fixture("basic");
    edit(
        site.path(),
        "data/assistance.yaml",
        "households: 3815",
        "households: 12345678901234567890",
    );
    edit(
        site.path(),
        "data/assistance.yaml",
        "households: 20775",
        "households: -1",
    );
    let (code, err) = run_in(site.path(), &["build"], "en");
    assert_eq!(code, Some(1));
    assert!(!err.contains("not a whole number"), "{err}");
    assert!(
        err.contains("a whole number of 20 digits in the integer column `households` is too large"),
        "{err}"
    );
    assert!(
        err.contains("below its minimum 0 (a count cannot be negative)"),
        "{err}"
    );
    assert!(
        !err.contains("12345678901234567000"),
        "a rounded value is not what the editor wrote:\n{err}"
    );
    let (_, err) = run_in(site.path(), &["build"], "zh");
    assert!(
        err.contains("20 位的整数") && err.contains("计数不能是负数"),
        "{err}"
    );
    assert!(!err.contains("不是整数"), "{err}");
}

#[test]
fn a_missing_site_yaml_names_the_folder_looked_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().canonicalize().expect("canonical temp dir");
    let shown = folder.display().to_string();
    for (lang, expected) in [
        ("en", format!("there is no site.yaml in {shown},")),
        ("zh", format!("{shown} 中没有 site.yaml")),
    ] {
        let (code, err) = run_in(&folder, &["build"], lang);
        assert_eq!(code, Some(1));
        assert!(err.contains(&expected), "{expected}\n{err}");
        assert!(
            !err.contains("does not exist") && !err.contains("//"),
            "{err}"
        );
    }
}

#[test]
fn hints_never_end_in_an_empty_list() {
    let site = fixture("basic");
    write(
        site.path(),
        "data/words.yaml",
        "title: 文字\nsource: 测试\ncolumns:\n  - {key: k, label: 名称}\n  - {key: note, label: 说明}\nrows:\n  - {k: 甲, note: 无}\n",
    );
    fs::create_dir_all(site.path().join("charts")).expect("mkdir");
    write(
        site.path(),
        "charts/words.yaml",
        "title: 文字\ntype: bar\ndata: words\ny: note\n",
    );
    write(
        site.path(),
        "content/news/third.md",
        "---\ntitle: 第三篇\n---\n{{ ref(\"x\") }}\n",
    );
    for lang in ["en", "zh"] {
        let (code, err) = run_in(site.path(), &["build"], lang);
        assert_eq!(code, Some(1));
        assert!(err.contains("charts/words.yaml:4:4: "), "{err}");
        assert!(err.contains("content/news/third.md:4:1: "), "{err}");
        assert_no_empty_list(lang, &err);
    }
}

#[test]
fn suggestions_come_from_the_editors_own_site() {
    let site = fixture("basic");
    fs::remove_file(site.path().join("data/assistance.yaml")).expect("delete the example dataset");
    fs::remove_file(site.path().join("content/news/first.md")).expect("delete a page quoting it");
    write(
        site.path(),
        "content/_index.md",
        "---\ntitle: 首页\n---\n欢迎访问。\n",
    );
    write(
        site.path(),
        "data/towns.yaml",
        "title: 各镇\nsource: 测试\ncolumns:\n  - {key: k, label: 指标}\n  - {key: n, label: 数, unit: 个, type: integer}\nrows:\n  - {k: 一、综合, n: 3}\n  - {k: 1.镇, n: 1}\n  - {k: (一)城市, n: 2}\n  - {k: 乡, n: 0}\n",
    );
    write(
        site.path(),
        "content/news/second.md",
        "---\ntitle: 第二篇\n---\n\
         {{ value(\"town\", \"乡\", \"n\") }}\n\n\
         {{ value(\"towns\", \"1、镇\", \"n\") }}\n\n\
         {{ value(\"towns\", \"（一）城市\", \"n\") }}\n\n\
         {{ value(\"missing\", \"乡\", \"n\") }}\n\n\
         {{ table(1) }}\n",
    );
    for lang in ["en", "zh"] {
        let (code, err) = run_in(site.path(), &["build"], lang);
        assert_eq!(code, Some(1));
        assert!(
            !err.contains("assistance"),
            "the deleted example is suggested:\n{err}"
        );
        let hint_after = |loc: &str| -> String {
            let lines: Vec<&str> = err.lines().collect();
            let at = lines
                .iter()
                .position(|l| l.starts_with(loc))
                .unwrap_or_else(|| panic!("no {loc} in:\n{err}"));
            lines[at + 1].to_string()
        };
        assert!(
            hint_after("content/news/second.md:4:1: ").contains("`towns`"),
            "{err}"
        );
        assert!(
            hint_after("content/news/second.md:6:1: ").contains("`1.镇`"),
            "{err}"
        );
        assert!(
            hint_after("content/news/second.md:8:1: ").contains("`(一)城市`"),
            "{err}"
        );
        assert!(
            !hint_after("content/news/second.md:6:1: ").contains("一、综合"),
            "{err}"
        );
        assert!(
            hint_after("content/news/second.md:10:1: ").contains("data/missing.yaml"),
            "{err}"
        );
    }
}

#[test]
fn a_full_width_comma_in_value_is_named() {
    let site = fixture("basic");
    edit(
        site.path(),
        "content/news/second.md",
        "第二篇正文",
        "{{ value(\"assistance\"，\"城市低保\", \"persons\") }}",
    );
    let (_, err) = run_in(site.path(), &["build"], "en");
    assert!(
        err.contains("content/news/second.md:7:22: error: the arguments are separated by a full-width comma `，`"),
        "{err}"
    );
    assert!(err.contains("type the half-width comma `,`"), "{err}");
    assert!(!err.contains("expected `,` or `)`"), "{err}");
    let (_, err) = run_in(site.path(), &["build"], "zh");
    assert!(err.contains("参数之间用了全角逗号 `，`"), "{err}");
    assert!(err.contains("请改用半角逗号"), "{err}");
    assert_chinese("full-width comma", &err);
}

#[test]
fn a_long_source_line_is_cut_around_the_column_and_masked() {
    let site = fixture("basic");
    let filler = "政策宣传".repeat(5_000);
    let line = format!(
        "联系人张三，电话 138-0013-8000，邮箱 zhang.san@example.com。{filler}{{{{ nosuch(\"x\") }}}}{filler}"
    );
    edit(site.path(), "content/news/second.md", "第二篇正文", &line);
    for lang in ["en", "zh"] {
        let (code, err) = run_in(site.path(), &["build"], lang);
        assert_eq!(code, Some(1));
        assert!(err.contains("nosuch"), "{err}");
        assert!(
            err.len() < 3_000,
            "the whole line was printed: {} bytes",
            err.len()
        );
        for line in err.lines() {
            assert!(line.chars().count() < 300, "a long line: {line}");
        }
        assert!(err.contains('…'), "the cut is marked:\n{err}");
        assert!(err.contains('^'), "the caret is kept:\n{err}");
    }
    let near =
        format!("电话 138-0013-8000，邮箱 zhang.san@example.com {{{{ nosuch(\"x\") }}}} {filler}");
    edit(site.path(), "content/news/second.md", &line, &near);
    let (_, err) = run_in(site.path(), &["build"], "en");
    assert!(err.contains("nosuch"), "{err}");
    assert!(
        !err.contains("138-0013-8000") && !err.contains("zhang.san@example.com"),
        "a personal value reached the log:\n{err}"
    );
}

#[test]
fn an_unreadable_attachment_says_why_in_the_editors_language() {
    let site = fixture("basic");
    fs::create_dir_all(site.path().join("static/files")).expect("mkdir");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 504]);
    fs::write(site.path().join("static/files/a.doc"), &ole).expect("write");
    let (code, err) = run_in(site.path(), &["build"], "zh");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("static/files/a.doc"), "{err}");
    assert!(
        err.contains("Sunlight 无法完整读取此文件，所以不予发布：这是旧版 Office 文档"),
        "{err}"
    );
    assert_chinese("unreadable attachment", &err);
    let (_, err) = run_in(site.path(), &["build"], "en");
    assert!(err.contains("it is a legacy Office document"), "{err}");
}

#[test]
fn checking_every_fixture_in_chinese_leaves_no_english_sentence() {
    for name in [
        "basic",
        "bilingual",
        "check",
        "clean",
        "portal_docs",
        "portal_docs_bad",
        "portal_rows",
        "readers",
        "readers_navigation",
    ] {
        let site = fixture(name);
        let out = sunlight_with_locale(site.path(), &["check"], ZH_LOCALE);
        let err = stderr(&out);
        no_crash(name, &err);
        assert_no_english(name, &err);
    }
}
