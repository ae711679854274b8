//! The harness of the text-level attack corpora (`privacy_attacks4.rs`, `privacy_attacks5.rs`): a spelling of a
//! planted value put in every place text reaches the output, each place in its own file, built with `--strict` and
//! without, and the output read back as a person reads it. Failures name the case and the place, never the value.

use std::fs;

use super::planted::{
    LATIN_NAME, NAME, PHONE, decode, id_number, site, strip_tags, xml_text, yaml,
};
use super::{stderr, sunlight, tree};
use unicode_normalization::UnicodeNormalization;

pub const EMAIL: &str = "zhangsan2023@example.cn";
/// A card number of the UnionPay range with a valid Luhn check digit.
pub const CARD: &str = "6222021234567890128";

/// What no output and no log may show, in the matching form of [`reader_view`].
pub fn planted() -> Vec<String> {
    let id = id_number();
    vec![
        PHONE.into(),
        id.to_lowercase(),
        id[..17].to_string(),
        NAME.into(),
        LATIN_NAME.replace(' ', "").to_lowercase(),
        "zhangsan2023".into(),
        CARD.into(),
    ]
}

// ----------------------------------------------------------------------------------------------------------------
// Reading the output as a person does
// ----------------------------------------------------------------------------------------------------------------

/// What a reader takes in, in a form to search: NFKC, lower case, invisible characters, white space and the
/// separators people put between digit groups or inside a name dropped.
pub fn reader_view(text: &str) -> String {
    strip_tags(&decode(text))
        .chars()
        .map(numeral_as_digit)
        .collect::<String>()
        .nfkc()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c as u32, 0x00AD | 0x034F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFE00..=0xFE0F)
                && !matches!(*c as u32, 0x115F | 0x1160 | 0x180B..=0x180E | 0x2FF0..=0x2FFF | 0x3164 | 0xFFA0 | 0xE0000..=0xE007F)
                && !"-.()/+_·・•，,、~‐‑‒–—―−﹣－。:|'‧∙⋅⁄∕【】#＃".contains(*c)
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Numerals a reader reads digit by digit: Suzhou (〡〢〣), Roman (Ⅰ Ⅱ Ⅲ, one numeral a digit), counting rods and
/// 〇.
pub fn numeral_as_digit(c: char) -> char {
    let digit = match c as u32 {
        0x3007 => Some(0),
        n @ 0x3021..=0x3029 => Some(n - 0x3020),
        n @ 0x2160..=0x2168 => Some(n - 0x215F),
        n @ 0x2170..=0x2178 => Some(n - 0x216F),
        n @ 0x1D360..=0x1D368 => Some(n - 0x1D35F),
        _ => None,
    };
    digit.and_then(|d| char::from_digit(d, 10)).unwrap_or(c)
}

pub fn shows_a_value(text: &str) -> bool {
    let seen = reader_view(text);
    planted().iter().any(|v| seen.contains(v.as_str()))
}

// ----------------------------------------------------------------------------------------------------------------
// Planting a spelling in every place
// ----------------------------------------------------------------------------------------------------------------

/// A spelling of a value, made of characters only, so it can stand in every place.
pub struct Spelling {
    pub case: &'static str,
    pub text: String,
}

pub fn plain(case: &'static str, text: impl Into<String>) -> Spelling {
    Spelling {
        case,
        text: text.into(),
    }
}

/// The places of a spelling: each a file (path and bytes) in which the spelling stands once, and the path the
/// strict build must name.
pub fn places(s: &Spelling) -> Vec<(String, Vec<u8>)> {
    let t = &s.text;
    let page = |front: String, body: &str| {
        format!("---\n{front}date: 2023-05-06\n---\n\n{body}\n").into_bytes()
    };
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
pub fn attack(s: &Spelling) -> Vec<String> {
    let files = places(s);
    let named: Vec<(String, bool)> = files
        .iter()
        .filter_map(|(rel, bytes)| {
            let in_name = rel.ends_with(&format!("{}.txt", s.text));
            (in_name || String::from_utf8_lossy(bytes).contains(s.text.as_str()))
                .then(|| (rel.clone(), in_name))
        })
        .collect();
    attack_files(s.case, &files, &named, "")
}

/// Builds a site holding `files` (and `config` appended to its site.yaml) with `--strict` and without; each file of
/// `named` holds a planted value (in its text, or in its name when the flag says so) and must be named by the strict
/// build, by its source or its published path.
pub fn attack_files(
    case: &str,
    files: &[(String, Vec<u8>)],
    named: &[(String, bool)],
    config: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    let dir = site(files);
    if !config.is_empty() {
        let path = dir.path().join("site.yaml");
        let text = fs::read_to_string(&path).unwrap_or_default();
        let _ = fs::write(&path, format!("{text}{config}"));
    }
    let strict = sunlight(dir.path(), &["build", "--strict", "--out", "strict-out"]);
    let log = format!(
        "{}{}",
        stderr(&strict),
        String::from_utf8_lossy(&strict.stdout)
    );
    if strict.status.success() {
        problems.push(format!("{case}: --strict published it (exit 0)"));
    }
    if shows_a_value(&log) {
        problems.push(format!("{case} (--strict): the log shows a planted value"));
    }
    for (rel, in_name) in named {
        let ok = if *in_name {
            log.contains("file name")
        } else {
            // At the source, or in the output with the source named (the scan of what is written), or the file
            // as published, found or refused.
            let published = rel.strip_prefix("static/").map(|r| format!("public/{r}"));
            let reported = |l: &str| l.contains("personal data") || l.contains("error");
            log.lines().any(|l| {
                (l.starts_with(rel.as_str()) && reported(l))
                    || l.contains(&format!("it came from {rel}"))
                    || published
                        .as_ref()
                        .is_some_and(|p| l.starts_with(p.as_str()) && reported(l))
            })
        };
        if !ok {
            problems.push(format!("{case}: --strict let {} through", shown(rel)));
        }
    }
    let out = sunlight(dir.path(), &["build"]);
    let log = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
    if shows_a_value(&log) {
        problems.push(format!("{case} (default): the log shows a planted value"));
    }
    if out.status.success() {
        for (rel, bytes) in tree(&dir.path().join("public")) {
            if shows_a_value(&String::from_utf8_lossy(&bytes)) || shows_a_value(&rel) {
                problems.push(format!(
                    "{case} (default): public/{} shows a planted value",
                    shown(&rel)
                ));
            }
        }
    }
    problems
}

/// Files of a site by path, with their bytes.
pub type Files = Vec<(String, Vec<u8>)>;

/// A path as a failure may print it: a name that holds a planted value, or may hold one encoded, is not printed.
pub fn shown(rel: &str) -> String {
    if shows_a_value(rel) || rel.contains('%') || rel.contains("xn--") {
        "(a file named with the value)".to_string()
    } else {
        rel.to_string()
    }
}

/// One static file holding a trick, which both builds must refuse or report.
pub fn static_file(rel: &str, text: impl Into<String>) -> Files {
    vec![(rel.to_string(), text.into().into_bytes())]
}

pub fn static_html(body: &str) -> Files {
    static_file(
        "static/files/p.html",
        format!("<!doctype html><html><head><title>t</title></head><body>{body}</body></html>\n"),
    )
}

pub fn static_svg(body: &str) -> Files {
    static_file(
        "static/files/p.svg",
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">{body}</svg>\n"
        ),
    )
}

/// Each case is a set of files, every one of which holds a planted value: in its text, or in its name when it is
/// empty.
pub fn file_class(name: &str, cases: Vec<(&str, Files)>) {
    let problems: Vec<String> = cases
        .iter()
        .flat_map(|(case, files)| {
            let named: Vec<(String, bool)> = files
                .iter()
                .map(|(rel, bytes)| (rel.clone(), bytes.is_empty()))
                .collect();
            attack_files(case, files, &named, "")
        })
        .collect();
    assert!(
        problems.is_empty(),
        "{name}: {} problems in {} cases:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}

pub fn class(name: &str, spellings: Vec<Spelling>) {
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
pub fn clean(name: &str, spellings: Vec<Spelling>) {
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

pub fn groups(value: &str, sizes: &[usize], sep: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let mut parts = Vec::new();
    let mut at = 0;
    for n in sizes {
        parts.push(chars[at..at + n].iter().collect::<String>());
        at += n;
    }
    parts.join(sep)
}
