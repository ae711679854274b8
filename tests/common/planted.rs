//! What the privacy attack corpora (`privacy_attacks3`, `privacy_attacks4`) plant and how they read the output back:
//! the fictional values, their decoding as a reader's browser does it, and the fixture site they are planted in.

use std::fs;

use super::fixture;

pub const PHONE: &str = "13800138000";

/// A name in the site's records dataset.
pub const NAME: &str = "司马青云";

/// A name in Latin letters in the same dataset (a foreign resident's, or one a records column holds in pinyin).
pub const LATIN_NAME: &str = "Jonas Whitfield";

/// A fictional resident ID number: born 1899-01-01, with its GB 11643 check character X.
pub fn id_number() -> String {
    // 11010518990101 + a sequence number chosen so that the check character is X.
    (0..1000)
        .map(|seq| format!("11010518990101{seq:03}"))
        .find_map(|first17| {
            const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
            let sum: u32 = first17
                .chars()
                .zip(W)
                .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
                .sum();
            (b"10X98765432"[(sum % 11) as usize] == b'X').then(|| format!("{first17}X"))
        })
        .unwrap_or_default()
}

/// `&#…;`, `&#x…;`, a few named references and JSON `\u` escapes decoded.
pub fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['&', '\\']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(hex) = rest.strip_prefix("\\u")
            && let Some(c) = hex
                .get(..4)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
        {
            out.push(c);
            rest = &rest[6..];
            continue;
        }
        if let Some(end) = rest.find(';').filter(|e| *e < 12) {
            let body = &rest[1..end];
            let c = match body {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "nbsp" => Some(' '),
                "commat" => Some('@'),
                _ => body.strip_prefix('#').and_then(|n| {
                    match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok(),
                        None => n.parse().ok(),
                    }
                    .and_then(char::from_u32)
                }),
            };
            if let Some(c) = c {
                out.push(c);
                rest = &rest[end + 1..];
                continue;
            }
        }
        out.push_str(&rest[..1]);
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

/// Tags and comments removed: `138<br>0013` reads as a browser shows it.
pub fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let end = if rest[at..].starts_with("<!--") {
            rest[at..].find("-->").map(|e| at + e + 3)
        } else {
            rest[at..].find('>').map(|e| at + e + 1)
        };
        rest = end.map_or("", |e| &rest[e..]);
    }
    out.push_str(rest);
    out
}

pub fn yaml(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

pub fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

/// The `basic` fixture without its editing marker, with an English language, a records dataset holding [`NAME`]
/// and [`LATIN_NAME`], and the given files.
pub fn site(files: &[(String, Vec<u8>)]) -> tempfile::TempDir {
    let dir = attachment_site(files);
    let root = dir.path();
    let config = fs::read_to_string(root.join("site.yaml")).unwrap_or_default();
    let _ = fs::write(
        root.join("site.yaml"),
        format!("{config}languages:\n  en:\n    title: Test Bureau\n"),
    );
    dir
}

/// [`site`] in one language only, so that `--strict` fails on nothing but what the guard finds (an untranslated
/// dataset is an error in a second language): the site an attachment is planted in.
pub fn attachment_site(files: &[(String, Vec<u8>)]) -> tempfile::TempDir {
    let dir = fixture("basic");
    let root = dir.path();
    let first = root.join("content/news/first.md");
    let text = fs::read_to_string(&first).unwrap_or_default();
    let _ = fs::write(&first, text.replace("##paidbegin##", ""));
    let mut records = String::from(
        "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  - {key: town, label: 乡镇}\n\
         publish:\n  group_by: [town]\n  measures:\n    persons: count\nrecords:\n",
    );
    for i in 0..12 {
        let name = if i == 0 {
            NAME.to_string()
        } else if i == 1 {
            LATIN_NAME.to_string()
        } else {
            format!("欧阳{}", ["一", "二", "三"][i % 3])
        };
        records.push_str(&format!("  - {{name: {name}, town: 甲镇}}\n"));
    }
    let _ = fs::write(root.join("data/people.yaml"), records);
    for (rel, bytes) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            let _ = fs::create_dir_all(parent);
        }
        let _ = fs::write(path, bytes);
    }
    dir
}

pub fn each_digit(value: &str, f: impl Fn(u32) -> char) -> String {
    value
        .chars()
        .map(|c| c.to_digit(10).map_or(c, &f))
        .collect()
}
