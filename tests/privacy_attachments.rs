//! Attachments end to end, with the real binary: every file under `static/` is read by its content. Each leaky
//! attachment is generated here (no binary fixtures) with a fictional ID number (valid check character, a birth
//! date before 1910), a 138 0013 8000-style phone or a name from a records dataset; the build must fail, name the
//! file and the place inside it, and never print the value. Clean documents pass; a file Sunlight cannot read is
//! refused until it is reviewed with its exact SHA-256.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Output;

use common::{fixture, stderr, sunlight};
use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};
use tempfile::TempDir;

const PHONE: &str = "13800138000";
const OTHER_PHONE: &str = "13900139000";
/// A name in the site's records dataset.
const NAME: &str = "司马青云";

/// A fictional resident ID number: born 1899-01-01, with its GB 11643 check character.
fn id_number() -> String {
    let first17 = "11010518990101123";
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first17
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).unwrap() * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{first17}{check}")
}

/// Every planted value, and the forms it could be printed in.
fn values() -> Vec<String> {
    vec![PHONE.into(), OTHER_PHONE.into(), NAME.into(), id_number()]
}

/// The basic fixture (whose one editing marker is a warning, so these builds run without `--strict`) with a records
/// dataset whose names the guard looks for, and `files` under `static/`.
fn site(files: &[(&str, Vec<u8>)]) -> TempDir {
    let dir = fixture("basic");
    let mut records = String::from(
        "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  - {key: town, label: 乡镇}\n\
         publish:\n  group_by: [town]\n  measures:\n    persons: count\nrecords:\n",
    );
    for i in 0..12 {
        let name = if i == 0 {
            NAME.to_string()
        } else {
            format!("欧阳{}", ["一", "二", "三"][i % 3])
        };
        records.push_str(&format!("  - {{name: {name}, town: 甲镇}}\n"));
    }
    fs::write(dir.path().join("data/people.yaml"), records).unwrap();
    for (rel, bytes) in files {
        let path = dir.path().join("static").join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

fn build(dir: &Path, strict: bool) -> (Output, String) {
    let args: &[&str] = if strict {
        &["build", "--strict"]
    } else {
        &["build"]
    };
    let out = sunlight(dir, args);
    let log = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
    (out, log)
}

/// No planted value in the log, written as it is or with its digits only.
fn assert_no_values(log: &str) {
    for v in values() {
        assert!(!log.contains(&v), "a planted value was printed:\n{log}");
    }
}

/// The error about `file`, which must name `place`.
fn assert_names(log: &str, file: &str, place: &str) {
    let line = log
        .lines()
        .find(|l| l.contains(file) && l.contains(place))
        .unwrap_or_else(|| panic!("no error names {file} at {place}:\n{log}"));
    assert!(line.contains("error"), "{line}");
}

// ----------------------------------------------------------------------------------------------------------------
// Generators
// ----------------------------------------------------------------------------------------------------------------

/// A PDF with one page per entry of `pages` (Helvetica text, one `Tj` per line), plain or Flate-compressed, with
/// `author` in its information dictionary; pages listed in `images` also show an image and nothing else is needed.
fn pdf(pages: &[&str], compress: bool, author: &str, images: &[usize]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![0],
    ));
    let mut kids = Vec::new();
    for (i, text) in pages.iter().enumerate() {
        let mut ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new("Td", vec![72.into(), 700.into()]),
        ];
        for (j, line) in text.lines().enumerate() {
            if j > 0 {
                ops.push(Operation::new("Td", vec![0.into(), (-14).into()]));
            }
            ops.push(Operation::new("Tj", vec![Object::string_literal(line)]));
        }
        ops.push(Operation::new("ET", vec![]));
        if images.contains(&i) {
            ops.push(Operation::new("Do", vec!["Im1".into()]));
        }
        let mut stream = Stream::new(
            dictionary! {},
            Content { operations: ops }.encode().unwrap(),
        );
        if compress {
            stream.compress().unwrap();
        }
        let content = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font }, "XObject" => dictionary! { "Im1" => image } },
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
    let info = doc.add_object(dictionary! {
        "Title" => Object::string_literal("Notice"), "Author" => Object::string_literal(author),
    });
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

const TYPES: &str = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;

/// A DOCX: `body` in the document (split over two runs in the middle), `comment` in a comment.
fn docx(body: &str, comment: &str) -> Vec<u8> {
    let mid = body
        .char_indices()
        .nth(body.chars().count() / 2)
        .map_or(0, |(i, _)| i);
    let doc = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r></w:p></w:body></w:document>"#,
        &body[..mid],
        &body[mid..]
    );
    let comments = format!(
        r#"<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="审核人"><w:p><w:r><w:t>{comment}</w:t></w:r></w:p></w:comment></w:comments>"#
    );
    let core = r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>通知</dc:title><dc:creator>办公室</dc:creator></cp:coreProperties>"#;
    zip_of(&[
        ("[Content_Types].xml", TYPES.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
        ("word/comments.xml", comments.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
    ])
}

/// An XLSX with a visible summary sheet and a hidden sheet 名单 whose B2 (a shared string) is `hidden_b2`.
fn xlsx(hidden_b2: &str) -> Vec<u8> {
    let book = r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="汇总" sheetId="1" r:id="rId1"/><sheet name="名单" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#;
    let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/></Relationships>"#;
    let shared = format!(
        r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>身份证号</t></si><si><t>{hidden_b2}</t></si></sst>"#
    );
    let sheet1 = r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>120</v></c></row></sheetData></worksheet>"#;
    let sheet2 = r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>1</v></c></row></sheetData></worksheet>"#;
    zip_of(&[
        ("[Content_Types].xml", TYPES.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
        ("xl/worksheets/sheet2.xml", sheet2.as_bytes()),
    ])
}

fn odt(body: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:p>{body}</text:p></office:text></office:body></office:document-content>"#
    );
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ])
}

fn gzip_of(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A one-pixel PNG with a `tEXt` chunk.
fn png(text_chunk: Option<&str>) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut push = |kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    };
    push(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    if let Some(t) = text_chunk {
        push(b"tEXt", format!("Comment\0{t}").as_bytes());
    }
    push(b"IDAT", &[0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1]);
    push(b"IEND", &[]);
    out
}

/// A JPEG with a comment segment.
fn jpeg(comment: &str) -> Vec<u8> {
    let mut j = vec![0xFF, 0xD8, 0xFF, 0xFE];
    j.extend(((comment.len() + 2) as u16).to_be_bytes());
    j.extend(comment.as_bytes());
    j.extend([0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xD9]);
    j
}

fn utf16le(s: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

// ----------------------------------------------------------------------------------------------------------------
// Tests
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn personal_data_in_any_attachment_fails_the_build_naming_the_place_never_the_value() {
    let id = id_number();
    let spaced = format!("Tel {} {}\n{}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]);
    let json: String = PHONE
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    let roster =
        format!("姓名,乡镇,备注\r\n{NAME},甲镇,低保对象，家庭人口三人，按月发放保障金\r\n");
    let gb = encoding_rs::GB18030.encode(&roster).0.into_owned();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("files/plain.pdf", pdf(&["Notice", &spaced], false, "Office", &[])),
        ("files/flate.pdf", pdf(&[&format!("ID {id}")], true, "Office", &[])),
        ("files/info.pdf", pdf(&["Notice"], true, &format!("Zhang {OTHER_PHONE}"), &[])),
        ("files/notice.docx", docx(&format!("联系电话：{PHONE}"), "请核对")),
        ("files/comment.docx", docx("关于发放的通知", &format!("经办人 {NAME}"))),
        ("files/list.xlsx", xlsx(&id)),
        ("files/report.odt", odt(&format!("电话 {PHONE}"))),
        ("files/bundle.zip", zip_of(&[("名单.csv", format!("电话,{PHONE}\n").as_bytes())])),
        ("files/data.csv.gz", gzip_of(format!("id,phone\n1,{PHONE}\n").as_bytes())),
        ("img/chart.png", png(Some(&format!("tel {PHONE}")))),
        ("img/photo.jpg", jpeg(&format!("身份证 {id}"))),
        ("files/unicode.txt", utf16le(&format!("姓名\t电话\r\n某某\t{PHONE}\r\n"))),
        ("files/gb.csv", gb),
        ("files/table.xls", format!("<html><body><table><tr><td>电话138<span>{}</span>{}</td></tr></table></body></html>", &PHONE[3..7], &PHONE[7..]).into_bytes()),
        ("files/data.json", format!("{{\"tel\":\"{json}\"}}").into_bytes()),
    ];
    let dir = site(&files);
    let (out, log) = build(dir.path(), false);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(
        !dir.path().join("public").exists(),
        "nothing may be published"
    );
    assert_no_values(&log);
    assert_names(&log, "static/files/plain.pdf", "page 2");
    assert_names(&log, "static/files/flate.pdf", "page 1");
    assert_names(&log, "static/files/info.pdf", "document information");
    assert_names(&log, "static/files/notice.docx", "word/document.xml");
    assert_names(&log, "static/files/comment.docx", "word/comments.xml");
    assert_names(&log, "static/files/list.xlsx", "名单 (hidden)!B2");
    assert_names(&log, "static/files/report.odt", "content.xml");
    assert_names(&log, "static/files/bundle.zip", "名单.csv");
    assert_names(&log, "static/files/data.csv.gz", "data.csv");
    assert_names(&log, "static/img/chart.png", "tEXt");
    assert_names(&log, "static/img/photo.jpg", "JPEG comment");
    assert_names(&log, "public/files/unicode.txt", "mobile number");
    assert_names(&log, "public/files/gb.csv", "name from a records dataset");
    assert_names(&log, "public/files/table.xls", "mobile number");
    assert_names(&log, "public/files/data.json", "mobile number");
    assert!(log.contains("cannot be redacted in place"), "{log}");
}

#[test]
fn clean_documents_are_published_as_they_are() {
    let files: Vec<(&str, Vec<u8>)> = vec![
        (
            "files/plan.pdf",
            pdf(
                &["2023 Work Plan", "Beds 150, staff 32"],
                true,
                "Civil Affairs Bureau",
                &[],
            ),
        ),
        (
            "files/plan.docx",
            docx("关于做好2024年城乡低保工作的通知", "已核对"),
        ),
        ("files/summary.xlsx", xlsx("城市低保 5829 人")),
        (
            "files/archive.zip",
            zip_of(&[("readme.txt", "统计表见附件。".as_bytes())]),
        ),
    ];
    let dir = site(&files);
    let (out, log) = build(dir.path(), false);
    assert!(out.status.success(), "{log}");
    assert!(!log.contains("static/files"), "{log}");
    for (rel, bytes) in &files {
        assert_eq!(
            &fs::read(dir.path().join("public").join(rel)).unwrap(),
            bytes,
            "{rel}"
        );
    }
}

#[test]
fn an_unreadable_file_is_refused_until_reviewed_with_its_exact_hash() {
    let scan = pdf(&["", ""], false, "Scanner", &[0, 1]);
    let dir = site(&[("files/scan.pdf", scan.clone())]);
    let (out, log) = build(dir.path(), false);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert_names(&log, "static/files/scan.pdf", "page 1: it shows an image");
    let hash = sha256(&scan);
    assert!(log.contains(&hash), "the hash to review is printed:\n{log}");

    let yaml = dir.path().join("site.yaml");
    let base = fs::read_to_string(&yaml).unwrap();
    let reviewed = |hash: &str| {
        format!(
            "{}\n  reviewed:\n    - {{file: static/files/scan.pdf, sha256: {hash}, reason: 扫描件，已由办公室人工核对无个人信息}}\n",
            base.trim_end()
        )
    };
    fs::write(&yaml, reviewed(&hash)).unwrap();
    let (out, log) = build(dir.path(), false);
    assert!(out.status.success(), "{log}");
    assert_eq!(
        fs::read(dir.path().join("public/files/scan.pdf")).unwrap(),
        scan
    );

    let changed = pdf(&["", "", ""], false, "Scanner", &[0, 1, 2]);
    fs::write(dir.path().join("static/files/scan.pdf"), &changed).unwrap();
    let (out, log) = build(dir.path(), false);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert_names(
        &log,
        "static/files/scan.pdf",
        "changed since it was reviewed",
    );
    assert!(
        log.contains(&sha256(&changed)),
        "the new hash is printed:\n{log}"
    );
}

#[test]
fn unknown_binaries_and_site_images_are_refused_but_theme_icons_pass() {
    let blob: Vec<u8> = (0..2048u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 11) as u8)
        .collect();
    let dir = site(&[("files/data.bin", blob), ("img/photo.png", png(None))]);
    let icon = dir.path().join("themes/default/static/img/icon.png");
    fs::create_dir_all(icon.parent().unwrap()).unwrap();
    fs::write(&icon, png(None)).unwrap();
    let (out, log) = build(dir.path(), false);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert_names(&log, "static/files/data.bin", "binary data");
    assert_names(&log, "static/img/photo.png", "it is an image");
    assert!(!log.contains("icon.png"), "{log}");
}

#[test]
fn a_personal_file_name_is_refused_without_printing_it() {
    let dir = site(&[(
        "files/tel13800138000.pdf",
        pdf(&["Notice"], true, "Office", &[]),
    )]);
    let (out, log) = build(dir.path(), false);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert!(log.contains("file name contains personal data"), "{log}");
    assert_no_values(&log);
}

#[test]
fn utf8_text_without_a_known_extension_is_redacted_and_strict_refuses_it() {
    let dir = site(&[("files/NOTICE", format!("联系电话 {PHONE}\n").into_bytes())]);
    let (out, log) = build(dir.path(), false);
    assert!(out.status.success(), "{log}");
    let published = fs::read_to_string(dir.path().join("public/files/NOTICE")).unwrap();
    assert!(!published.contains(PHONE) && published.contains("〔已隐去〕"));
    assert_no_values(&log);
    let _ = fs::remove_dir_all(dir.path().join("public"));
    let (out, log) = build(dir.path(), true);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert_no_values(&log);
}

fn sha256(bytes: &[u8]) -> String {
    sunlight::egress::sha256_hex(bytes)
}

// ----------------------------------------------------------------------------------------------------------------
// Corpus: every spelling in every attachment format, and the false-positive corpus in every format
// ----------------------------------------------------------------------------------------------------------------

/// The spellings of the planted values an editor's document may hold; `ascii` for formats that cannot carry more.
fn spellings(ascii: bool) -> Vec<String> {
    let id = id_number();
    let mut all = vec![
        PHONE.to_string(),
        format!("{} {} {}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]),
        format!("{}-{}-{}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]),
        format!("+86 {PHONE}"),
        id.clone(),
        format!("{} {} {}", &id[..6], &id[6..14], &id[14..]),
    ];
    if !ascii {
        let full: String = PHONE
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
            .collect();
        all.push(full);
        all.push(format!("申请人{NAME}"));
    }
    all
}

/// One file per (format, spelling), each holding the spelling in a sentence.
fn leaky_files() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for (i, v) in spellings(false).iter().enumerate() {
        let line = format!("联系人信息：{v}。");
        let header = format!(
            r#"<?xml version="1.0"?><w:hdr xmlns:w="w"><w:p><w:r><w:t>{line}</w:t></w:r></w:p></w:hdr>"#
        );
        let core = format!(
            r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:creator>{v}</dc:creator></cp:coreProperties>"#
        );
        let slide = format!(
            r#"<?xml version="1.0"?><p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{line}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
        );
        let meta = format!(
            r#"<?xml version="1.0"?><office:document-meta xmlns:office="o" xmlns:meta="m"><office:meta><meta:initial-creator>{v}</meta:initial-creator></office:meta></office:document-meta>"#
        );
        let inner = zip_of(&[("list.txt", line.as_bytes())]);
        let gb = encoding_rs::GB18030
            .encode(&format!("序号,内容\r\n1,{line}\r\n"))
            .0
            .into_owned();
        let mut add =
            |name: &str, bytes: Vec<u8>| files.push((format!("corpus/{name}-{i}"), bytes));
        add("body.docx", docx(&line, "已核对"));
        add("comment.docx", docx("通知", &line));
        add(
            "header.docx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                ("word/header1.xml", header.as_bytes()),
            ]),
        );
        add(
            "props.docx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                ("docProps/core.xml", core.as_bytes()),
            ]),
        );
        add(
            "slide.pptx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                ("ppt/slides/slide1.xml", slide.as_bytes()),
            ]),
        );
        add("hidden.xlsx", xlsx(&line));
        add("content.odt", odt(&line));
        add(
            "meta.odt",
            zip_of(&[
                ("mimetype", b"application/vnd.oasis.opendocument.text"),
                ("meta.xml", meta.as_bytes()),
            ]),
        );
        add("list.zip", zip_of(&[("a/list.csv", line.as_bytes())]));
        add("nested.zip", zip_of(&[("inner.zip", &inner)]));
        add("table.csv.gz", gzip_of(line.as_bytes()));
        add("chart.png", png(Some(&line)));
        add("photo.jpg", jpeg(&line));
        add("excel.txt", utf16le(&line));
        add("legacy.csv", gb);
    }
    for (i, v) in spellings(true).iter().enumerate() {
        let line = format!("Contact: {v}.");
        files.push((
            format!("corpus/page.pdf-{i}"),
            pdf(&["Notice", &line], true, "Office", &[]),
        ));
        files.push((
            format!("corpus/info.pdf-{i}"),
            pdf(&["Notice"], false, &line, &[]),
        ));
    }
    files
}

#[test]
fn every_spelling_in_every_attachment_format_is_caught() {
    let files = leaky_files();
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let dir = site(&refs);
    let (out, log) = build(dir.path(), false);
    assert_eq!(out.status.code(), Some(1), "{log}");
    assert_no_values(&log);
    let missed: Vec<&str> = files
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| {
            !log.lines().any(|l| {
                l.contains(&format!("/{n}:"))
                    && l.contains("error")
                    && (l.contains("personal data") || l.contains("still contains"))
            })
        })
        .collect();
    assert!(missed.is_empty(), "not caught: {missed:?}\n{log}");
}

/// The false-positive corpus of `tests/fixtures/clean` (figures, dates, document numbers, credit codes, hotlines)
/// in every attachment format: nothing may be reported, and every file is published as it is.
#[test]
fn the_false_positive_corpus_passes_in_every_attachment_format() {
    let figures =
        fs::read_to_string(common::repo().join("tests/fixtures/clean/static/figures.txt")).unwrap();
    let lines: Vec<&str> = figures.lines().filter(|l| !l.trim().is_empty()).collect();
    let paragraphs: String = lines
        .iter()
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    let doc = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>{paragraphs}</w:body></w:document>"#
    );
    let cells: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"<row r="{0}"><c r="A{0}" t="inlineStr"><is><t>{l}</t></is></c></row>"#,
                i + 1
            )
        })
        .collect();
    let sheet = format!(
        r#"<?xml version="1.0"?><worksheet xmlns="s"><sheetData>{cells}</sheetData></worksheet>"#
    );
    let odt_paragraphs: String = lines
        .iter()
        .map(|l| format!("<text:p>{l}</text:p>"))
        .collect();
    let ascii: Vec<&str> = lines.iter().copied().filter(|l| l.is_ascii()).collect();
    let files: Vec<(&str, Vec<u8>)> = vec![
        (
            "files/figures.docx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                ("word/document.xml", doc.as_bytes()),
            ]),
        ),
        (
            "files/figures.xlsx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
            ]),
        ),
        ("files/figures.odt", odt(&odt_paragraphs)),
        (
            "files/figures.zip",
            zip_of(&[("figures.txt", figures.as_bytes())]),
        ),
        ("files/figures.txt.gz", gzip_of(figures.as_bytes())),
        ("files/figures-utf16.txt", utf16le(&figures)),
        (
            "files/figures-gb.txt",
            encoding_rs::GB18030.encode(&figures).0.into_owned(),
        ),
        (
            "files/figures.pdf",
            pdf(&[&ascii.join("\n")], true, "Civil Affairs Bureau", &[]),
        ),
    ];
    let dir = fixture("clean");
    for (rel, bytes) in &files {
        let path = dir.path().join("static").join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    let (out, log) = build(dir.path(), true);
    assert!(out.status.success(), "{log}");
    for (rel, bytes) in &files {
        assert_eq!(
            &fs::read(dir.path().join("public").join(rel)).unwrap(),
            bytes,
            "{rel}"
        );
    }
}
