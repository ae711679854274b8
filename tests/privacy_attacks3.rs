//! The privacy guard played by a third attacker, with the real binary: ways of writing a phone, an ID number, an
//! e-mail address or a roster name at the level of text that `privacy_attacks.rs`, `privacy_attacks2.rs` and
//! `privacy_corpus.rs` do not play. Each spelling is planted in every place text reaches the output (a page body,
//! a page title, a description, a dataset column label and cell, a chart title, an English translation, a file
//! name, and static `.txt`, `.html`, `.svg` and `.json` files), each place in its own file of one site. Then:
//!
//! - `--strict` must fail and name every one of those files in its messages (so each place was caught, not one
//!   for all), and print no planted value;
//! - the default build must print no planted value, and what it publishes must hold none, read as a person reads
//!   it: character references decoded, tags removed, compatibility forms folded, invisible characters and the
//!   separators between digit groups dropped.
//!
//! Spellings that only markup can make (a `<br>` or a comment inside a number, a link around part of it) are planted
//! in the places that render markup: the page body, the translation and the static HTML and SVG files.
//!
//! All values are fictional: 138 0013 8000-style phones, an ID number born in 1899 with its check character, a name
//! of the site's own records dataset.

mod common;

use common::planted::{
    NAME, PHONE, decode, each_digit, id_number, site, strip_tags, xml_text, yaml,
};
use common::{stderr, sunlight, tree};
use unicode_normalization::UnicodeNormalization;

const EMAIL: &str = "zhangsan2023@example.cn";

/// What no output and no log may show, in the matching form of [`reader_view`].
fn planted() -> Vec<String> {
    let id = id_number();
    vec![
        PHONE.into(),
        id.to_lowercase(),
        id[..17].to_string(),
        NAME.into(),
        "zhangsan2023".into(),
    ]
}

// ----------------------------------------------------------------------------------------------------------------
// Reading the output as a person does
// ----------------------------------------------------------------------------------------------------------------

/// What a reader takes in, in a form to search: NFKC, lower case, invisible characters, white space and the
/// separators people put between digit groups or inside a name dropped.
fn reader_view(text: &str) -> String {
    strip_tags(&decode(text))
        .nfkc()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c as u32, 0x00AD | 0x034F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFE00..=0xFE0F)
                && !"-.()/+_·・•，,、~‐‑‒–—―−﹣－".contains(*c)
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn shows_a_value(text: &str) -> bool {
    let seen = reader_view(text);
    planted().iter().any(|v| seen.contains(v.as_str()))
}

// ----------------------------------------------------------------------------------------------------------------
// Planting a spelling in every place
// ----------------------------------------------------------------------------------------------------------------

/// What a spelling is made of, which decides where it can be planted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Syntax {
    /// Characters only: every place.
    Text,
    /// Markdown that a page renders (a link, emphasis, a soft line break): page bodies.
    Markdown,
    /// Raw HTML: page bodies and static HTML files.
    Html,
    /// HTML that a page may not hold (its sanitiser removes the element, and with it the trick): static HTML files.
    HtmlFile,
}

/// A spelling of a value.
struct Spelling {
    case: &'static str,
    text: String,
    syntax: Syntax,
}

fn plain(case: &'static str, text: impl Into<String>) -> Spelling {
    Spelling {
        case,
        text: text.into(),
        syntax: Syntax::Text,
    }
}

fn html_file(case: &'static str, text: impl Into<String>) -> Spelling {
    Spelling {
        case,
        text: text.into(),
        syntax: Syntax::HtmlFile,
    }
}

fn markdown(case: &'static str, text: impl Into<String>) -> Spelling {
    Spelling {
        case,
        text: text.into(),
        syntax: Syntax::Markdown,
    }
}

fn html(case: &'static str, text: impl Into<String>) -> Spelling {
    Spelling {
        case,
        text: text.into(),
        syntax: Syntax::Html,
    }
}

/// The places of a spelling: each a file (path and bytes) in which the spelling stands once, and the path the
/// strict build must name.
fn places(s: &Spelling) -> Vec<(String, Vec<u8>)> {
    let t = &s.text;
    let page = |front: String, body: &str| {
        format!("---\n{front}date: 2023-05-06\n---\n\n{body}\n").into_bytes()
    };
    if s.syntax == Syntax::HtmlFile {
        return vec![(
            "static/files/p.html".to_string(),
            format!("<!doctype html><html><body><p>说明：{t}</p></body></html>\n").into_bytes(),
        )];
    }
    let mut out = vec![
        (
            "content/news/p-body.md".to_string(),
            page("title: 通知\n".into(), &format!("说明：{t}。")),
        ),
        (
            "content/news/p-tr.md".to_string(),
            page("title: 通知\n".into(), "正文。"),
        ),
        (
            "content/news/p-tr.en.md".to_string(),
            page("title: Notice\n".into(), &format!("Contact: {t}.")),
        ),
    ];
    match s.syntax {
        Syntax::Markdown => return out,
        Syntax::Html => {
            out.push((
                "static/files/p.html".to_string(),
                format!("<!doctype html><html><body><p>说明：{t}</p></body></html>\n").into_bytes(),
            ));
            return out;
        }
        Syntax::Text | Syntax::HtmlFile => {}
    }
    out.extend([
        (
            "content/news/p-title.md".to_string(),
            page(format!("title: {}\n", yaml(&format!("通知 {t}"))), "正文。"),
        ),
        (
            "content/news/p-desc.md".to_string(),
            page(
                format!("title: 通知\ndescription: {}\n", yaml(&format!("联系 {t}"))),
                "正文。",
            ),
        ),
        (
            "data/p-label.yaml".to_string(),
            format!(
                "title: 联系表\nsource: 测试\nas_of: 2023-10-31\ncolumns:\n  - {{key: item, label: {}}}\n  - {{key: n, label: 数量, type: integer}}\nrows:\n  - {{item: 甲, n: 1}}\n",
                yaml(&format!("联系 {t}"))
            )
            .into_bytes(),
        ),
        (
            "data/p-cell.yaml".to_string(),
            format!(
                "title: 联系表\nsource: 测试\nas_of: 2023-10-31\ncolumns:\n  - {{key: item, label: 项目}}\n  - {{key: n, label: 数量, type: integer}}\nrows:\n  - {{item: {}, n: 1}}\n  - {{item: 乙, n: 2}}\n",
                yaml(&format!("联系 {t}"))
            )
            .into_bytes(),
        ),
        (
            "charts/p-chart.yaml".to_string(),
            format!(
                "title: {}\ntype: bar\ndata: assistance\ny: households\n",
                yaml(&format!("图 {t}"))
            )
            .into_bytes(),
        ),
        (
            "static/files/p.txt".to_string(),
            format!("说明：{t}\n").into_bytes(),
        ),
        (
            "static/files/p.html".to_string(),
            format!(
                "<!doctype html><html><body><p>说明：{}</p></body></html>\n",
                xml_text(t)
            )
            .into_bytes(),
        ),
        (
            "static/files/p.svg".to_string(),
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"10\">{}</text></svg>\n",
                xml_text(t)
            )
            .into_bytes(),
        ),
        (
            "static/files/p.json".to_string(),
            format!("{{\"contact\": {}}}\n", yaml(t)).into_bytes(),
        ),
    ]);
    if !t.contains([
        '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\n', '[', ']', '(', ')', '#',
    ]) {
        out.push((
            format!("static/files/{t}.txt"),
            "公告\n".as_bytes().to_vec(),
        ));
    }
    out
}

/// What went wrong with one spelling, naming the case and the place, never the value.
fn attack(s: &Spelling) -> Vec<String> {
    let mut problems = Vec::new();
    let files = places(s);
    let dir = site(&files);
    let strict = sunlight(dir.path(), &["build", "--strict", "--out", "strict-out"]);
    let log = format!(
        "{}{}",
        stderr(&strict),
        String::from_utf8_lossy(&strict.stdout)
    );
    if strict.status.success() {
        problems.push(format!("{}: --strict published it (exit 0)", s.case));
    }
    if shows_a_value(&log) {
        problems.push(format!(
            "{} (--strict): the log shows a planted value",
            s.case
        ));
    }
    for (rel, bytes) in &files {
        let file_name = rel.ends_with(&format!("{}.txt", s.text));
        // The file a translation is of holds nothing planted.
        if !file_name && !String::from_utf8_lossy(bytes).contains(s.text.as_str()) {
            continue;
        }
        let named = if file_name {
            log.contains("file name")
        } else {
            // At the source, or in the output with the source named (the scan of what is written), or the file
            // as published.
            let published = rel.strip_prefix("static/").map(|r| format!("public/{r}"));
            log.lines().any(|l| {
                (l.starts_with(rel.as_str()) && l.contains("personal data"))
                    || l.contains(&format!("it came from {rel}"))
                    || published
                        .as_ref()
                        .is_some_and(|p| l.starts_with(p.as_str()) && l.contains("personal data"))
            })
        };
        if !named {
            problems.push(format!("{}: --strict let {rel} through", s.case));
        }
    }
    let out = sunlight(dir.path(), &["build"]);
    let log = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
    if shows_a_value(&log) {
        problems.push(format!(
            "{} (default): the log shows a planted value",
            s.case
        ));
    }
    if out.status.success() {
        for (rel, bytes) in tree(&dir.path().join("public")) {
            if shows_a_value(&String::from_utf8_lossy(&bytes)) {
                problems.push(format!(
                    "{} (default): public/{rel} shows a planted value",
                    s.case
                ));
            }
        }
    }
    problems
}

fn class(name: &str, spellings: Vec<Spelling>) {
    let problems: Vec<String> = spellings.iter().flat_map(attack).collect();
    assert!(
        problems.is_empty(),
        "{name}: {} problems in {} spellings:\n{}",
        problems.len(),
        spellings.len(),
        problems.join("\n")
    );
}

/// Ordinary writing of the same shapes: must build in every place with no privacy finding and nothing replaced.
fn clean(name: &str, spellings: Vec<Spelling>) {
    let mut problems = Vec::new();
    for s in &spellings {
        let files: Vec<(String, Vec<u8>)> = places(s)
            .into_iter()
            .filter(|(rel, _)| !rel.ends_with(&format!("{}.txt", s.text)))
            .collect();
        let dir = site(&files);
        // Not `--strict`: the English language of the site leaves every dataset partly untranslated, a warning.
        let out = sunlight(dir.path(), &["build"]);
        let log = stderr(&out);
        if !out.status.success() || log.contains("personal data") {
            problems.push(format!("{}: {log}", s.case));
        }
        for (rel, bytes) in tree(&dir.path().join("public")) {
            if String::from_utf8_lossy(&bytes).contains("〔已隐去〕") {
                problems.push(format!("{}: public/{rel} had something replaced", s.case));
            }
        }
    }
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

fn groups(value: &str, sizes: &[usize], sep: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let mut parts = Vec::new();
    let mut at = 0;
    for n in sizes {
        parts.push(chars[at..at + n].iter().collect::<String>());
        at += n;
    }
    parts.join(sep)
}
// ----------------------------------------------------------------------------------------------------------------
// The classes
// ----------------------------------------------------------------------------------------------------------------

/// The harness itself: the plain values must be caught in every place, or the other classes prove nothing.
#[test]
fn plain_values_in_every_place() {
    class(
        "plain",
        vec![
            plain("a plain phone", PHONE),
            plain("a plain ID number", id_number()),
            plain("a roster name", format!("申请人{NAME}")),
            plain("a plain e-mail address", EMAIL),
        ],
    );
}

#[test]
fn circled_parenthesised_superscript_and_subscript_digits() {
    // Unicode category No: each stands for one digit.
    let circled = |d: u32| char::from_u32(if d == 0 { 0x24EA } else { 0x245F + d }).unwrap_or('?');
    let parenthesised =
        |d: u32| char::from_u32(if d == 0 { 0x24EA } else { 0x2473 + d }).unwrap_or('?');
    let full_stop =
        |d: u32| char::from_u32(if d == 0 { 0x1F100 } else { 0x2487 + d }).unwrap_or('?');
    let superscript = |d: u32| ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][d as usize];
    let subscript = |d: u32| char::from_u32(0x2080 + d).unwrap_or('?');
    let dingbat = |d: u32| char::from_u32(if d == 0 { 0x24FF } else { 0x2775 + d }).unwrap_or('?');
    let sans = |d: u32| char::from_u32(if d == 0 { 0x24FF } else { 0x2789 + d }).unwrap_or('?');
    let double = |d: u32| char::from_u32(if d == 0 { 0x24EA } else { 0x24F4 + d }).unwrap_or('?');
    class(
        "category No digits",
        vec![
            plain("circled", each_digit(PHONE, circled)),
            plain("parenthesised", each_digit(PHONE, parenthesised)),
            plain("digit full stop", each_digit(PHONE, full_stop)),
            plain("superscript", each_digit(PHONE, superscript)),
            plain("subscript", each_digit(PHONE, subscript)),
            plain("negative circled (dingbat)", each_digit(PHONE, dingbat)),
            plain("sans-serif circled (dingbat)", each_digit(PHONE, sans)),
            plain("double circled", each_digit(PHONE, double)),
            plain("superscript ID", each_digit(&id_number(), superscript)),
        ],
    );
}

#[test]
fn full_width_and_mathematical_letters_in_labels() {
    let id15 = "110105991231123";
    class(
        "look-alike labels",
        vec![
            plain("full-width ID before an old ID", format!("ＩＤ{id15}")),
            plain("bold ID before an old ID", format!("𝐈𝐃 {id15}")),
            plain("full-width Tel before a local number", "Ｔｅｌ：6512 3456"),
            plain("mathematical sans Tel", "𝖳𝖾𝗅 6512 3456"),
            plain(
                "full-width 身份证 label and old ID",
                format!("身份证号：{id15}"),
            ),
        ],
    );
}

#[test]
fn dashes_and_minus_signs_between_groups() {
    let mut spellings = Vec::new();
    for (case, dash) in [
        ("hyphen U+2010", "\u{2010}"),
        ("non-breaking hyphen", "\u{2011}"),
        ("figure dash", "\u{2012}"),
        ("en dash", "\u{2013}"),
        ("em dash", "\u{2014}"),
        ("horizontal bar", "\u{2015}"),
        ("minus sign", "\u{2212}"),
        ("small hyphen-minus", "\u{FE63}"),
        ("full-width hyphen-minus", "\u{FF0D}"),
        ("hyphen bullet", "\u{2043}"),
        ("katakana middle dot", "\u{30FB}"),
    ] {
        spellings.push(plain(case, groups(PHONE, &[3, 4, 4], dash)));
    }
    class("dashes", spellings);
}

#[test]
fn other_spaces_between_groups() {
    let mut spellings = Vec::new();
    for (case, space) in [
        ("no-break space", "\u{00A0}"),
        ("thin space", "\u{2009}"),
        ("figure space", "\u{2007}"),
        ("narrow no-break space", "\u{202F}"),
        ("hair space", "\u{200A}"),
        ("em space", "\u{2003}"),
        ("medium mathematical space", "\u{205F}"),
        ("ideographic space", "\u{3000}"),
        ("two spaces", "  "),
    ] {
        spellings.push(plain(case, groups(PHONE, &[3, 4, 4], space)));
    }
    spellings.push(plain(
        "an ID with thin spaces",
        groups(&id_number(), &[6, 8, 4], "\u{2009}"),
    ));
    class("spaces", spellings);
}

#[test]
fn line_breaks_and_comments_inside_a_number() {
    class(
        "markup inside a number",
        vec![
            html("a <br> between groups", groups(PHONE, &[3, 4, 4], "<br>")),
            html(
                "a <br/> after the first group",
                format!("{}<br/>{}", &PHONE[..3], &PHONE[3..]),
            ),
            html(
                "an HTML comment inside the digits",
                format!("{}<!-- x -->{}", &PHONE[..5], &PHONE[5..]),
            ),
            html(
                "a <wbr> inside the digits",
                format!("{}<wbr>{}", &PHONE[..5], &PHONE[5..]),
            ),
            html(
                "an empty span inside the digits",
                format!("{}<span></span>{}", &PHONE[..5], &PHONE[5..]),
            ),
            html(
                "a <br> inside a name",
                format!("申请人{}<br>{}", &NAME[..6], &NAME[6..]),
            ),
            html(
                "a comment inside a name",
                format!("申请人{}<!---->{}", &NAME[..6], &NAME[6..]),
            ),
            markdown(
                "a Markdown soft line break",
                groups(PHONE, &[3, 4, 4], "\n"),
            ),
        ],
    );
}

#[test]
fn a_number_split_across_a_link() {
    class(
        "links",
        vec![
            markdown(
                "a Markdown link around the first group",
                format!("[{}](x){} {}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]),
            ),
            html(
                "an HTML link around the middle",
                format!(
                    "{}<a href=\"x\">{}</a>{}",
                    &PHONE[..3],
                    &PHONE[3..7],
                    &PHONE[7..]
                ),
            ),
            markdown(
                "emphasis around a group",
                format!("{} *{}* {}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]),
            ),
            markdown(
                "code around a group",
                format!("{}`{}`{}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]),
            ),
            markdown(
                "a link around part of a name",
                format!("申请人[{}](x){}", &NAME[..6], &NAME[6..]),
            ),
        ],
    );
}

#[test]
fn html_that_reverses_the_shown_order() {
    let reversed: String = PHONE.chars().rev().collect();
    let reversed_name: String = NAME.chars().rev().collect();
    class(
        "HTML direction",
        vec![
            html_file(
                "<bdo dir=rtl>",
                format!("<bdo dir=\"rtl\">{reversed}</bdo>"),
            ),
            html_file(
                "<bdo> around a name",
                format!("申请人<bdo dir=\"rtl\">{reversed_name}</bdo>"),
            ),
            html_file(
                "an element with dir=rtl and an overriding style",
                format!(
                    "<span dir=\"rtl\" style=\"unicode-bidi: bidi-override\">{reversed}</span>"
                ),
            ),
            html_file(
                "an override inside a left-to-right override",
                format!("<bdo dir=\"ltr\"><bdo dir=\"rtl\">{reversed}</bdo></bdo>"),
            ),
            html(
                "a right-to-left override as a character reference",
                format!("&#x202E;{reversed}&#x202C;"),
            ),
        ],
    );
}

#[test]
#[ignore = "hole, in part: a static HTML or CSS file whose style sheets write digits (CSS `content:`) is now refused (see a_static_page_whose_style_sheet_writes_digits_is_refused), and page bodies lose their <style> to the sanitiser, so the value is never shown; but this class asks for a detection naming every place, and the body and translation are not named"]
fn css_generated_content_completes_a_number() {
    class(
        "CSS",
        vec![html(
            "::before content",
            format!(
                "<style>.p::before{{content:\"{}\"}}</style><span class=\"p\">{}</span>",
                &PHONE[..3],
                &PHONE[3..]
            ),
        )],
    );
}

#[test]
fn obfuscated_email_addresses() {
    let (user, host) = EMAIL.split_once('@').unwrap_or((EMAIL, ""));
    let (domain, tld) = host.split_once('.').unwrap_or((host, ""));
    class(
        "e-mail",
        vec![
            plain("full-width at sign", format!("{user}＠{host}")),
            plain("small commercial at", format!("{user}﹫{host}")),
            plain("spelled at", format!("{user} at {host}")),
            plain("[at]", format!("{user}[at]{host}")),
            plain("(at)", format!("{user}(at){host}")),
            plain("{at}", format!("{user}{{at}}{host}")),
            plain(
                "spelled at and dot",
                format!("{user} at {domain} dot {tld}"),
            ),
            plain("[at] and [dot]", format!("{user}[at]{domain}[dot]{tld}")),
            plain("AT in capitals", format!("{user} AT {domain} DOT {tld}")),
            plain("Chinese 艾特", format!("{user}艾特{host}")),
        ],
    );
}

#[test]
fn an_email_address_with_a_hash_for_the_at_sign() {
    let (user, host) = EMAIL.split_once('@').unwrap_or((EMAIL, ""));
    class(
        "e-mail with #",
        vec![plain("# for @", format!("{user}#{host}"))],
    );
}

#[test]
fn id_check_character_and_groupings() {
    let id = id_number();
    let lower = id.to_lowercase();
    let wide_x = format!("{}Ｘ", &id[..17]);
    class(
        "ID numbers",
        vec![
            plain("lower-case x", lower.clone()),
            plain("full-width Ｘ", wide_x.clone()),
            plain("6-4-4-4", groups(&id, &[6, 4, 4, 4], " ")),
            plain("3-3-4-4-4", groups(&id, &[3, 3, 4, 4, 4], " ")),
            plain(
                "6-8-4 with hyphens and lower-case x",
                groups(&lower, &[6, 8, 4], "-"),
            ),
            plain(
                "6-4-4-4 with full-width Ｘ",
                groups(&wide_x, &[6, 4, 4, 4], " "),
            ),
            plain("x written apart", format!("{} x", &id[..17])),
        ],
    );
}

#[test]
fn ordinary_writing_of_the_same_shapes_builds() {
    clean(
        "ordinary",
        vec![
            plain("a range with an en dash", "2020–2023年，第1—3季度"),
            plain(
                "figures with thin spaces",
                "共 1\u{2009}380 户，资金 158\u{2009}230\u{2009}451.00 元",
            ),
            plain("footnote markers", "低保¹、特困²、临时救助³；见注①②③"),
            plain("a list in circled numbers", "①申请 ②审核 ③公示 ④审批 ⑤发放"),
            plain(
                "an e-mail word in prose",
                "we meet at the office at 9; see section 3 dot 2",
            ),
            plain("version and model", "版本 v1.2.3，型号 SN-2023-0456"),
            html("a line break between two figures", "床位 150<br>2020-07-11"),
            markdown("a link beside a figure", "[第150期](x) 2020-07-11"),
        ],
    );
}

/// What the guard cannot place in the text it checks is not published: a style sheet that writes digits onto the
/// page could complete a number from outside the text, so the file is refused unless a person reviewed it.
#[test]
fn a_static_page_whose_style_sheet_writes_digits_is_refused() {
    for (rel, text) in [
        (
            "static/files/p.html",
            format!(
                "<!doctype html><title>t</title><style>.p::before{{content:\"{}\"}}</style><span class=\"p\">{}</span>",
                &PHONE[..3],
                &PHONE[3..]
            ),
        ),
        (
            "static/files/p.css",
            format!(
                ".p::before {{ content: \"\\{:x} {}\" }}",
                u32::from(b'1'),
                &PHONE[1..3]
            ),
        ),
    ] {
        let dir = site(&[(rel.to_string(), text.into_bytes())]);
        let out = sunlight(dir.path(), &["build"]);
        let log = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{rel}: {log}");
        assert!(
            log.lines()
                .any(|l| l.starts_with(rel) && l.contains("writes digits onto the page")),
            "{rel}: {log}"
        );
        assert!(!shows_a_value(&log), "{rel}: the log shows the value");
        assert!(
            !dir.path().join("public").exists(),
            "{rel}: something was published"
        );
    }
}
