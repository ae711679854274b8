//! The privacy guard played by a second attacker, with the real binary: tricks that `privacy_attacks.rs`,
//! `privacy_attachments.rs`, `privacy_corpus.rs` and `disclosure.rs` do not play. Each class is one test; each case
//! is one small site with one planted file, built with `--strict` (which must fail) and without it (which must
//! fail too for an attachment, or publish nothing of the value). Failures name the case, never the value, and no
//! log is printed when it holds a planted value.
//!
//! The classes: text a PDF viewer shows or copies that is not page content (marked-content `/ActualText`,
//! annotation appearances, earlier versions of an incrementally updated file, objects no cross-reference table
//! lists, glyphs renamed by a subset or Type 3 font); RTF escapes; MIME (MHT, EML) transfer encodings; base64
//! `data:` URIs; what an Excel cell shows but does not hold (formulas joining literals, numbers in exponent form)
//! and Word's `w:sym`; UTF-16 text in binary data (font name tables, GIF comments, ICC profiles); XML entities a
//! document declares itself; and records files that hold the same people under renamed columns.
//!
//! All values are fictional: the ID number has a birth date before 1910 and a correct check character, the phone
//! numbers are 138 0013 8000-style, the name is one of the site's own records dataset.

mod common;

use std::fs;
use std::io::Write;

use common::{fixture, stderr, sunlight};
use tempfile::TempDir;

const PHONE: &str = "13800138000";
/// A name in the site's records dataset.
const NAME: &str = "司马青云";

/// A fictional resident ID number: born 1899-01-01, with its GB 11643 check character.
fn id_number() -> String {
    let first17 = "11010518990101123";
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first17
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{first17}{check}")
}

fn planted() -> Vec<String> {
    vec![
        PHONE.into(),
        NAME.into(),
        id_number(),
        id_number()[..15].to_string(),
    ]
}

/// The `basic` fixture without its editing marker (so that a clean site builds under `--strict`), with a records
/// dataset holding [`NAME`], and `files` written at their paths in the site folder.
fn site(files: &[(&str, Vec<u8>)]) -> TempDir {
    let dir = fixture("basic");
    let first = dir.path().join("content/news/first.md");
    let text = fs::read_to_string(&first).expect("fixture page");
    fs::write(&first, text.replace("##paidbegin##", "")).expect("write page");
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
    fs::write(dir.path().join("data/people.yaml"), records).expect("records");
    for (rel, bytes) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    dir
}

/// Whether any planted value is in `text`.
fn shows_a_value(text: &str) -> bool {
    planted().iter().any(|v| text.contains(v.as_str()))
}

/// Builds the case's site under `--strict` and without; returns what went wrong, naming the case only.
fn attack(case: &str, files: &[(&str, Vec<u8>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let dir = site(files);
    for strict in [true, false] {
        let args: &[&str] = if strict {
            &["build", "--strict"]
        } else {
            &["build"]
        };
        let out = sunlight(dir.path(), args);
        let log = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
        let mode = if strict { "--strict" } else { "default" };
        if shows_a_value(&log) {
            problems.push(format!("{case} ({mode}): the log prints a planted value"));
        }
        if strict && out.status.success() {
            problems.push(format!("{case}: --strict published it (exit 0)"));
        }
        if !strict && out.status.success() {
            for (rel, bytes) in common::tree(&dir.path().join("public")) {
                let text = String::from_utf8_lossy(&bytes);
                if planted().iter().any(|v| text.contains(v.as_str())) {
                    problems.push(format!("{case} (default): {rel} holds a planted value"));
                }
            }
        }
        let _ = fs::remove_dir_all(dir.path().join("public"));
    }
    problems
}

/// Every case of a class, each in its own site; fails naming the cases that got through.
fn class(name: &str, cases: Vec<(&str, &str, Vec<u8>)>) {
    let mut problems = Vec::new();
    for (case, rel, bytes) in &cases {
        problems.extend(attack(case, &[(rel, bytes.clone())]));
    }
    assert!(
        problems.is_empty(),
        "{name}: {} problems in {} cases:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}

/// The clean twins: the same formats with ordinary words must build under `--strict`.
fn clean(name: &str, cases: Vec<(&str, &str, Vec<u8>)>) {
    let mut problems = Vec::new();
    for (case, rel, bytes) in &cases {
        let dir = site(&[(rel, bytes.clone())]);
        let out = sunlight(dir.path(), &["build", "--strict"]);
        if !out.status.success() {
            problems.push(format!("{case}: {}", stderr(&out)));
        }
    }
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

// ----------------------------------------------------------------------------------------------------------------
// Generators
// ----------------------------------------------------------------------------------------------------------------

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        w.start_file(*name, opts).expect("zip entry");
        w.write_all(data).expect("zip write");
    }
    w.finish().expect("zip").into_inner()
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("zlib");
    e.finish().expect("zlib")
}

fn b64(bytes: &[u8]) -> String {
    data_encoding::BASE64.encode(bytes)
}

const TYPES: &str = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn docx(body: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    );
    let mut files: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", TYPES.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
    ];
    files.extend_from_slice(extra);
    zip_of(&files)
}

/// An XLSX with one sheet 名单 whose `sheetData` is `rows`.
fn xlsx(rows: &str) -> Vec<u8> {
    let book = r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let sheet = format!(
        r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    );
    zip_of(&[
        ("[Content_Types].xml", TYPES.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

/// A PDF of `objects` (object 1 the catalog), numbered from 1, with a correct cross-reference table.
fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} {dict} >>\nstream\n", data.len()).into_bytes();
    s.extend(data);
    s.extend(b"\nendstream");
    s
}

const HELVETICA: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A one-page PDF: catalog, pages, the page (with `page_extra` in its dictionary), font 4 = `font`, content 5 =
/// `content`, then `more` objects from 6 on.
fn page_pdf(content: &str, font: &str, page_extra: &str, more: &[Vec<u8>]) -> Vec<u8> {
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> {page_extra} >>").into_bytes(),
        font.as_bytes().to_vec(),
        stream("", content.as_bytes()),
    ];
    objects.extend_from_slice(more);
    pdf_of(&objects)
}

fn utf16be_hex(s: &str) -> String {
    let mut h = String::from("FEFF");
    for u in s.encode_utf16() {
        h.push_str(&format!("{u:04X}"));
    }
    h
}

fn rtf_unicode(s: &str) -> String {
    s.encode_utf16()
        .map(|u| format!("\\u{}?", i32::from(u as i16)))
        .collect()
}

fn rtf_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("\\'{b:02x}")).collect()
}

fn png_chunks(chunks: &[(&[u8], Vec<u8>)]) -> Vec<u8> {
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
    for (kind, data) in chunks {
        push(kind, data);
    }
    push(b"IDAT", &zlib(&[0, 0]));
    push(b"IEND", &[]);
    out
}

fn utf16be(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

/// A TrueType file with only a `name` table whose family, full name and copyright are `name` (UTF-16BE).
fn truetype_named(name: &str) -> Vec<u8> {
    let s = utf16be(name);
    let mut table = Vec::new();
    table.extend([0u16, 3, 6 + 12 * 3].iter().flat_map(|v| v.to_be_bytes()));
    let mut strings: Vec<u8> = Vec::new();
    for id in [0u16, 1, 4] {
        for v in [3u16, 1, 0x409, id, s.len() as u16, strings.len() as u16] {
            table.extend(v.to_be_bytes());
        }
        strings.extend(&s);
    }
    table.extend(strings);
    let mut out = vec![0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0];
    out.extend(b"name");
    out.extend(0u32.to_be_bytes());
    out.extend(28u32.to_be_bytes());
    out.extend((table.len() as u32).to_be_bytes());
    out.extend(table);
    out
}

// ----------------------------------------------------------------------------------------------------------------
// PDF: what a viewer shows or copies besides the page content
// ----------------------------------------------------------------------------------------------------------------

fn pdf_cases(value: &str, name: &str) -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let shown = format!("BT /F1 12 Tf 72 700 Td (Tel {value}) Tj ET");
    let form = |data: &[u8], filter: &str| {
        stream(
            &format!(
                "{filter}/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 4 0 R >> >>"
            ),
            data,
        )
    };
    // Incremental update: the first version shows the value; the update replaces the page content.
    let first = page_pdf(&shown, HELVETICA, "", &[]);
    let prev = String::from_utf8_lossy(&first)
        .rsplit("startxref\n")
        .next()
        .and_then(|t| t.lines().next())
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut updated = first.clone();
    let at = updated.len();
    updated.extend(b"5 0 obj\n");
    updated.extend(stream("", b"BT /F1 12 Tf 72 700 Td (Notice) Tj ET"));
    updated.extend(b"\nendobj\n");
    let xref = updated.len();
    updated.extend(
        format!("xref\n0 1\n0000000000 65535 f \n5 1\n{at:010} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n")
            .as_bytes(),
    );
    let mut orphan = page_pdf("BT /F1 12 Tf 72 700 Td (Notice) Tj ET", HELVETICA, "", &[]);
    orphan.extend(b"99 0 obj\n");
    orphan.extend(stream(
        "/Filter /FlateDecode",
        &zlib(format!("Tel {value}").as_bytes()),
    ));
    orphan.extend(b"\nendobj\n");
    // Codes a..j drawn by glyphs named /g0 … /g9, with no ToUnicode map: the codes read as letters.
    let renamed: String = value
        .chars()
        .map(|c| char::from(b'a' + c.to_digit(10).unwrap_or(0) as u8))
        .collect();
    let diffs =
        "/Encoding << /Type /Encoding /Differences [97 /g0 /g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8 /g9] >>";
    let procs: String = (0..10).map(|i| format!("/g{i} 6 0 R ")).collect();
    let type3 = format!(
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {procs}>> {diffs} /FirstChar 97 /LastChar 106 /Widths [600 600 600 600 600 600 600 600 600 600] >>"
    );
    let subset = format!(
        "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 97 /LastChar 106 /Widths [500 500 500 500 500 500 500 500 500 500] {diffs} >>"
    );
    vec![
        (
            "PDF, /ActualText of marked content over asterisks",
            "static/files/a.pdf",
            page_pdf(
                &format!(
                    "/Span << /ActualText ({value}) >> BDC BT /F1 12 Tf 72 700 Td (***********) Tj ET EMC"
                ),
                HELVETICA,
                "",
                &[],
            ),
        ),
        (
            "PDF, /ActualText in UTF-16 hex",
            "static/files/a.pdf",
            page_pdf(
                &format!(
                    "/Span << /ActualText <{}> >> BDC BT /F1 12 Tf 72 700 Td (x) Tj ET EMC",
                    utf16be_hex(&format!("电话{value}{name}"))
                ),
                HELVETICA,
                "",
                &[],
            ),
        ),
        (
            "PDF, annotation appearance stream",
            "static/files/a.pdf",
            page_pdf(
                "BT /F1 12 Tf 72 700 Td (Notice) Tj ET",
                HELVETICA,
                "/Annots [6 0 R]",
                &[
                    b"<< /Type /Annot /Subtype /FreeText /Rect [0 0 200 20] /AP << /N 7 0 R >> >>"
                        .to_vec(),
                    form(shown.as_bytes(), ""),
                ],
            ),
        ),
        (
            "PDF, compressed stamp appearance",
            "static/files/a.pdf",
            page_pdf(
                "BT /F1 12 Tf 72 700 Td (Notice) Tj ET",
                HELVETICA,
                "/Annots [6 0 R]",
                &[
                    b"<< /Type /Annot /Subtype /Stamp /Rect [0 0 200 20] /AP << /N 7 0 R >> >>"
                        .to_vec(),
                    form(&zlib(shown.as_bytes()), "/Filter /FlateDecode "),
                ],
            ),
        ),
        (
            "PDF, earlier version replaced by an incremental update",
            "static/files/a.pdf",
            updated,
        ),
        (
            "PDF, object listed in no cross-reference table",
            "static/files/a.pdf",
            orphan,
        ),
        (
            "PDF, Type 3 font with renamed glyphs",
            "static/files/a.pdf",
            page_pdf(
                &format!("BT /F1 12 Tf 72 700 Td ({renamed}) Tj ET"),
                &type3,
                "",
                &[stream("", b"600 0 d0 0 0 m 100 100 l S")],
            ),
        ),
        (
            "PDF, subset TrueType font with renamed glyphs",
            "static/files/a.pdf",
            page_pdf(
                &format!("BT /F1 12 Tf 72 700 Td ({renamed}) Tj ET"),
                &subset,
                "",
                &[],
            ),
        ),
    ]
}

#[test]
fn pdf_text_a_viewer_shows_beside_the_page_content() {
    class("PDF viewer text", pdf_cases(PHONE, NAME));
}

#[test]
fn pdf_glyphs_placed_in_reverse_order() {
    let ops: String = PHONE
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| format!("1 0 0 1 {} 700 Tm ({c}) Tj ", 300 - i * 7))
        .collect();
    class(
        "PDF reversed placement",
        vec![(
            "PDF, digits placed right to left",
            "static/files/a.pdf",
            page_pdf(
                &format!("BT /F1 12 Tf (Tel) Tj {ops}ET"),
                HELVETICA,
                "",
                &[],
            ),
        )],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// RTF, MIME and data: URIs: text that is encoded in the file as it is published
// ----------------------------------------------------------------------------------------------------------------

fn rtf_cases() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let gbk = encoding_rs::GBK
        .encode(&format!("姓名：{NAME}"))
        .0
        .into_owned();
    let unicode = format!(
        "{{\\rtf1\\ansi\\ansicpg936 {{\\fonttbl{{\\f0 SimSun;}}}}\\f0 {}\\par}}",
        rtf_unicode(&format!("联系电话{PHONE}"))
    );
    vec![
        ("RTF, \\u escapes", "static/files/a.rtf", unicode.clone().into_bytes()),
        ("RTF, GBK in \\'hh escapes", "static/files/a.rtf", format!("{{\\rtf1\\ansi\\ansicpg936 {}\\par}}", rtf_hex(&gbk)).into_bytes()),
        ("RTF, GBK under a Western code page", "static/files/a.rtf", format!("{{\\rtf1\\ansi\\ansicpg1252 {{\\fonttbl{{\\f1\\fcharset134 SimSun;}}}}\\f1 {}\\par}}", rtf_hex(&gbk)).into_bytes()),
        ("RTF, digits as \\'hh escapes", "static/files/a.rtf", format!("{{\\rtf1\\ansi Tel {}\\par}}", rtf_hex(PHONE.as_bytes())).into_bytes()),
        ("RTF, a number split by groups", "static/files/a.rtf", b"{\\rtf1\\ansi Tel {\\b 138}{\\i 0013}\\cf1 8000\\par}".to_vec()),
        ("RTF saved as .doc", "static/files/a.doc", unicode.clone().into_bytes()),
        ("DOCX altChunk in RTF", "static/files/a.docx", docx("<w:p/>", &[("word/afchunk.rtf", unicode.as_bytes())])),
    ]
}

#[test]
fn rtf_escapes_and_groups() {
    class("RTF", rtf_cases());
}

fn mime_cases() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let qp: String = format!("联系电话：{PHONE}")
        .bytes()
        .map(|b| format!("={b:02X}"))
        .collect();
    let mht = |encoding: &str, body: &str| {
        format!("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n{body}\r\n--b1--\r\n").into_bytes()
    };
    let html_b64 = b64(format!("<p>联系电话 {PHONE}</p>").as_bytes());
    let csv = b64(format!("姓名,电话\n{NAME},{PHONE}\n").as_bytes());
    let gbk = b64(&encoding_rs::GBK.encode(&format!("姓名：{NAME}")).0);
    let qp_mht = mht(
        "quoted-printable",
        &format!("<html><body>{qp}</body></html>"),
    );
    vec![
        ("MHT, quoted-printable HTML", "static/files/a.mht", qp_mht.clone()),
        ("MHT, base64 HTML", "static/files/a.mhtml", mht("base64", &html_b64)),
        ("EML, a name in an encoded-word subject", "static/files/a.eml", format!("From: office@example.org\r\nSubject: =?utf-8?B?{}?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n", b64(NAME.as_bytes())).into_bytes()),
        ("EML, a base64 CSV attachment", "static/files/a.eml", format!("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n--b1\r\nContent-Type: text/csv; name=\"x.csv\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{csv}\r\n--b1--\r\n").into_bytes()),
        ("EML, GBK text in base64", "static/files/a.eml", format!("Content-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: base64\r\n\r\n{gbk}\r\n").into_bytes()),
        ("MHT with a misleading name", "static/files/a.doc", qp_mht.clone()),
        ("DOCX altChunk in MHT", "static/files/a.docx", docx("<w:p/>", &[("word/afchunk.mht", &qp_mht)])),
    ]
}

#[test]
fn mime_transfer_encodings() {
    class("MIME", mime_cases());
}

fn data_uri_cases() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let text = b64(format!("联系电话 {PHONE}").as_bytes());
    let png = b64(&png_chunks(&[(
        b"tEXt",
        format!("Comment\0Tel {PHONE}").into_bytes(),
    )]));
    vec![
        ("SVG, text in a data: link", "static/files/a.svg", format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="data:text/plain;base64,{text}"><text>x</text></a></svg>"#).into_bytes()),
        ("SVG, a PNG data: image with a text chunk", "static/files/a.svg", format!(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="data:image/png;base64,{png}" width="1" height="1"/></svg>"#).into_bytes()),
        ("HTML in static/, a data: image", "static/files/a.html", format!(r#"<!DOCTYPE html><html><body><img src="data:image/png;base64,{png}" alt="x"></body></html>"#).into_bytes()),
        ("CSS, a data: URL", "static/files/a.css", format!(".a{{background:url(data:text/plain;base64,{text})}}").into_bytes()),
    ]
}

#[test]
fn base64_data_uris() {
    class("data: URIs", data_uri_cases());
}

// ----------------------------------------------------------------------------------------------------------------
// Office: what a cell or a run shows but does not hold as written
// ----------------------------------------------------------------------------------------------------------------

fn office_cases() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let id = id_number();
    let sym: String = PHONE
        .chars()
        .map(|c| {
            format!(
                r#"<w:r><w:sym w:font="Symbol" w:char="F0{:02X}"/></w:r>"#,
                0x30 + c.to_digit(10).unwrap_or(0)
            )
        })
        .collect();
    vec![
        (
            "XLSX, formula joining two literals",
            "static/files/a.xlsx",
            xlsx(r#"<row r="1"><c r="A1" t="str"><f>"1380013"&amp;"8000"</f></c></row>"#),
        ),
        (
            "XLSX, CONCATENATE of literals",
            "static/files/a.xlsx",
            xlsx(
                r#"<row r="1"><c r="A1" t="str"><f>CONCATENATE("138","0013","8000")</f></c></row>"#,
            ),
        ),
        (
            "XLSX, an ID number joined in a formula",
            "static/files/a.xlsx",
            xlsx(&format!(
                r#"<row r="1"><c r="A1" t="str"><f>"{}"&amp;"{}"</f></c></row>"#,
                &id[..9],
                &id[9..]
            )),
        ),
        (
            "XLSX, a phone stored in exponent form",
            "static/files/a.xlsx",
            xlsx(
                r#"<row r="1"><c r="A1" t="inlineStr"><is><t>联系电话</t></is></c><c r="B1"><v>1.38001380E+10</v></c></row>"#,
            ),
        ),
        (
            "DOCX, digits as w:sym",
            "static/files/a.docx",
            docx(&format!("<w:p><w:r><w:t>电话</w:t></w:r>{sym}</w:p>"), &[]),
        ),
    ]
}

#[test]
fn office_cells_and_runs_that_show_more_than_they_hold() {
    class("Office", office_cases());
}

#[test]
fn an_id_number_excel_rounded() {
    let id = id_number();
    class(
        "Excel rounding",
        vec![(
            "XLSX, an ID number stored as a number",
            "static/files/a.xlsx",
            xlsx(&format!(
                r#"<row r="1"><c r="A1" t="inlineStr"><is><t>身份证号</t></is></c></row><row r="2"><c r="A2"><v>{}.{}E+17</v></c></row>"#,
                &id[..1],
                &id[1..15]
            )),
        )],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Text inside binary files, and XML that declares its own entities
// ----------------------------------------------------------------------------------------------------------------

fn binary_cases() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let label = format!("电话{PHONE} {NAME}");
    let name16 = utf16be(NAME);
    let mut gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00!\xfe".to_vec();
    gif.push(name16.len() as u8);
    gif.extend(&name16);
    gif.extend(b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;");
    let mut profile = vec![0u8; 128];
    profile.extend(b"descmluc");
    profile.extend(utf16be(&format!("电话{PHONE}")));
    vec![
        (
            "theme font, name table in UTF-16BE",
            "themes/default/static/x.ttf",
            truetype_named(&label),
        ),
        (
            "site font, name table in UTF-16BE",
            "static/files/x.ttf",
            truetype_named(&label),
        ),
        (
            "theme GIF, a UTF-16BE comment",
            "themes/default/static/x.gif",
            gif,
        ),
        (
            "theme PNG, an ICC profile description",
            "themes/default/static/x.png",
            png_chunks(&[(b"iCCP", [b"icc\0\0".to_vec(), zlib(&profile)].concat())]),
        ),
        (
            "theme PNG, a zTXt chunk in UTF-16BE",
            "themes/default/static/y.png",
            png_chunks(&[(
                b"zTXt",
                [b"Comment\0\0".to_vec(), zlib(&utf16be(PHONE))].concat(),
            )]),
        ),
        (
            "XML, a number split by an entity its DTD declares",
            "static/files/a.xml",
            format!(
                r#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY p "{}">]><r>电话&p;{}</r>"#,
                &PHONE[..5],
                &PHONE[5..]
            )
            .into_bytes(),
        ),
    ]
}

#[test]
fn text_inside_binary_files_and_declared_entities() {
    class("binary and XML", binary_cases());
}

#[test]
fn json_surrogate_pairs_for_digits() {
    let escaped: String = PHONE
        .chars()
        .map(|c| format!("\\ud835\\udf{:02x}", 0xce + c.to_digit(10).unwrap_or(0)))
        .collect();
    class(
        "JSON surrogates",
        vec![(
            "JSON, mathematical digits as surrogate pairs",
            "static/files/a.json",
            format!(r#"{{"t":"电话{escaped}"}}"#).into_bytes(),
        )],
    );
}

#[test]
fn clean_documents_of_the_same_formats_build() {
    let qp: String = "联系电话：12345"
        .bytes()
        .map(|b| format!("={b:02X}"))
        .collect();
    let note = b64("办公时间 周一至周五".as_bytes());
    clean(
        "clean twins",
        vec![
            ("RTF", "static/files/a.rtf", format!("{{\\rtf1\\ansi\\ansicpg936 {}\\par 共计 150 户\\par}}", rtf_unicode("通知")).into_bytes()),
            ("MHT", "static/files/a.mht", format!("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>{qp}</p>\r\n").into_bytes()),
            ("SVG data: text", "static/files/a.svg", format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="data:text/plain;base64,{note}"><text>x</text></a></svg>"#).into_bytes()),
            ("XLSX formula", "static/files/a.xlsx", xlsx(r#"<row r="1"><c r="A1" t="str"><f>"第"&amp;"150"&amp;"期"</f></c><c r="B1"><v>1.5E+3</v></c></row>"#)),
            ("PDF with marked content", "static/files/a.pdf", page_pdf("/Span << /ActualText (Notice) >> BDC BT /F1 12 Tf 72 700 Td (Notice) Tj ET EMC", HELVETICA, "", &[])),
            ("theme font", "themes/default/static/x.ttf", truetype_named("Sunlight Sans Regular")),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Disclosure: the same people in two records files with their columns renamed
// ----------------------------------------------------------------------------------------------------------------

fn roster(
    keys: (&str, &str, &str),
    labels: (&str, &str, &str),
    people: &[(String, &str)],
) -> String {
    let mut y = format!(
        "title: 名册\nkind: records\ncolumns:\n  - {{key: {}, label: {}, personal: true}}\n  - {{key: {}, label: {}}}\n  - {{key: {}, label: {}}}\npublish:\n  group_by: [{}]\n  measures:\n    persons: count\nrecords:\n",
        keys.0, labels.0, keys.1, labels.1, keys.2, labels.2, keys.1
    );
    for (name, town) in people {
        let area = if *town == "乙镇" {
            "南片"
        } else {
            "北片"
        };
        y.push_str(&format!(
            "  - {{{}: {name}, {}: {town}, {}: {area}}}\n",
            keys.0, keys.1, keys.2
        ));
    }
    y
}

fn people() -> Vec<(String, &'static str)> {
    let given = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let mut out = Vec::new();
    for (i, g) in given.iter().enumerate() {
        out.push((format!("欧阳{g}"), "甲镇"));
        out.push((format!("上官{g}"), "乙镇"));
        if i == 0 {
            out.push((format!("司马{g}"), "丙村"));
        }
    }
    out
}

#[test]
fn the_same_people_under_renamed_columns_are_one_problem() {
    let a = roster(
        ("name", "town", "area"),
        ("姓名", "乡镇", "片区"),
        &people(),
    );
    // The same records: every key renamed, and the labels too, but the names are the same people.
    let b = roster(
        ("xm", "xiangzhen", "pq"),
        ("户主", "所在乡镇", "所在片区"),
        &people(),
    );
    let dir = site(&[
        ("data/people.yaml", a.into_bytes()),
        ("data/people2.yaml", b.into_bytes()),
    ]);
    let out = sunlight(dir.path(), &["build"]);
    let log = stderr(&out);
    assert!(
        !out.status.success(),
        "two files of the same people were published apart"
    );
    assert!(
        log.contains("people") && log.contains("people2"),
        "the error names both files"
    );
    assert!(!shows_a_value(&log));
    // The same columns under other keys but their labels: also one problem.
    let a = roster(
        ("name", "town", "area"),
        ("姓名", "乡镇", "片区"),
        &people(),
    );
    let renamed: Vec<(String, &str)> = people()
        .into_iter()
        .map(|(n, t)| (format!("{n}甲"), t))
        .collect();
    let c = roster(("hz", "zhen", "pian"), ("户主", "乡镇", "片区"), &renamed);
    let dir = site(&[
        ("data/people.yaml", a.into_bytes()),
        ("data/people2.yaml", c.into_bytes()),
    ]);
    let out = sunlight(dir.path(), &["build"]);
    assert!(
        !out.status.success(),
        "the same records under renamed keys were published apart"
    );
}

#[test]
fn different_people_in_two_files_still_build() {
    let a = roster(
        ("name", "town", "area"),
        ("姓名", "乡镇", "片区"),
        &people(),
    );
    let others: Vec<(String, &str)> = people()
        .into_iter()
        .map(|(n, _)| (format!("{n}乙"), "丁镇"))
        .collect();
    let b = roster(
        ("xm", "zhen", "pq"),
        ("户主", "所在乡镇", "所在片区"),
        &others,
    );
    let dir = site(&[
        ("data/people.yaml", a.into_bytes()),
        ("data/people2.yaml", b.into_bytes()),
    ]);
    let out = sunlight(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

// ----------------------------------------------------------------------------------------------------------------
// Pages: spellings of a value in Markdown and front matter
// ----------------------------------------------------------------------------------------------------------------

fn page(case: &'static str, front: &str, body: &str) -> (&'static str, &'static str, Vec<u8>) {
    (
        case,
        "content/news/x.md",
        format!("---\ntitle: 通知\ndate: 2023-05-06\n{front}---\n{body}\n").into_bytes(),
    )
}

fn digits_as(value: &str, alphabet: &[char; 10]) -> String {
    value
        .chars()
        .map(|c| c.to_digit(10).map_or(c, |d| alphabet[d as usize]))
        .collect()
}

#[test]
fn spellings_in_pages_and_front_matter() {
    let id = id_number();
    let fullwidth: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    let circled = ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];
    let superscript = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    class(
        "pages",
        vec![
            page(
                "circled digits",
                "",
                &format!("联系电话：{}", digits_as(PHONE, &circled)),
            ),
            page(
                "superscript digits",
                "",
                &format!("联系电话：{}", digits_as(PHONE, &superscript)),
            ),
            page("an image title", "", &format!("![图](/x.png \"{PHONE}\")")),
            page("a tel: autolink", "", &format!("<tel:+86{PHONE}>")),
            page(
                "full-width plus and hyphen",
                "",
                &format!("电话＋８６－{PHONE}"),
            ),
            page(
                "lower-case check character",
                "",
                &format!("身份证 {}", id.to_lowercase()),
            ),
            page("full-width ID digits", "", &format!("身份证：{fullwidth}")),
            page(
                "&zwnj; inside a name",
                "",
                &format!("申请人：{}&zwnj;{}", &NAME[..6], &NAME[6..]),
            ),
            page("a footnote", "", &format!("见注[^a]\n\n[^a]: 电话 {PHONE}")),
            page("a code span", "", &format!("`{PHONE}`")),
            page(
                "an abbr title",
                "",
                &format!("<abbr title=\"电话{PHONE}\">联系</abbr>"),
            ),
            page(
                "non-breaking hyphens",
                "",
                "电话：138\u{2011}0013\u{2011}8000",
            ),
            page("minus signs", "", "电话：138\u{2212}0013\u{2212}8000"),
            page("en dashes", "", "电话：138\u{2013}0013\u{2013}8000"),
            page("full-width full stops", "", "电话：138．0013．8000"),
            page(
                "front matter description",
                &format!("description: \"联系电话 {PHONE}\"\n"),
                "正文",
            ),
            page(
                "a variation selector after a name",
                "",
                &format!("申请人：{NAME}\u{FE00}"),
            ),
        ],
    );
}

#[test]
fn digits_glued_to_a_short_prefix() {
    class(
        "glued prefixes",
        vec![
            page("WeChat ID wx+phone", "", &format!("微信号：wx{PHONE}")),
            page("wxid+phone", "", &format!("微信号 wxid{PHONE}")),
            page(
                "one letter before a phone",
                "",
                &format!("联系电话 t{PHONE}"),
            ),
            page(
                "an unknown key echoing the value",
                &format!("slug: \"t{PHONE}\"\n"),
                "正文",
            ),
            page("x before a phone", "", &format!("手机 x{PHONE}")),
            page("upper-case WX", "", &format!("WX{PHONE}")),
            page("pinyin weixin", "", &format!("weixin{PHONE}")),
            page(
                "a spaced phone after one letter",
                "",
                &format!("t{} {} {}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]),
            ),
            page(
                "an unknown key echoing an ID after a prefix",
                &format!("remark: \"x{}\"\n", id_number()),
                "正文",
            ),
        ],
    );
}

/// [`class`], and the default build must publish none of the value as it was written either (the planted values
/// are ASCII; these cases write them otherwise).
/// A case and the value as it is written in it.
type Written = ((&'static str, &'static str, Vec<u8>), String);

fn class_written(name: &str, cases: Vec<Written>) {
    let mut problems = Vec::new();
    for ((case, rel, bytes), written) in &cases {
        problems.extend(attack(case, &[(rel, bytes.clone())]));
        let dir = site(&[(rel, bytes.clone())]);
        let out = sunlight(dir.path(), &["build"]);
        if out.status.success() {
            for (file, content) in common::tree(&dir.path().join("public")) {
                if String::from_utf8_lossy(&content).contains(written.as_str()) {
                    problems.push(format!(
                        "{case} (default): {file} holds the value as written"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{name}: {} problems in {} cases:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}

#[test]
fn letters_that_look_like_digits() {
    let cases = [
        ("O for 0", PHONE.replace('0', "O")),
        ("o and l", PHONE.replace('0', "o").replace('1', "l")),
        ("full-width Ｏ", PHONE.replace('0', "Ｏ")),
        ("upper-case I for 1", PHONE.replace('1', "I")),
        ("Cyrillic о for 0", PHONE.replace('0', "о")),
        ("Greek omicron for 0", PHONE.replace('0', "ο")),
        ("full-width ｌ for 1", PHONE.replace('1', "ｌ")),
        (
            "spaced, O for 0",
            format!("{} {} {}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]).replace('0', "O"),
        ),
        ("an ID with O for 0", id_number().replace('0', "O")),
    ];
    class_written(
        "look-alike letters",
        cases
            .into_iter()
            .map(|(case, v)| (page(case, "", &format!("联系电话：{v}")), v))
            .collect(),
    );
    clean(
        "look-alike letters in ordinary text",
        vec![
            page(
                "English with lO",
                "",
                "The lOl of it: IO ports, COVID19, H2O, Windows 10 and Olympic 2008.",
            ),
            page(
                "a version and a model",
                "",
                "版本 v1.2.3，型号 OL1080，批次 IO-2023-11。",
            ),
        ],
    );
}

#[test]
fn bidi_override_reverses_a_value() {
    let reversed_phone: String = PHONE.chars().rev().collect();
    let reversed_name: String = NAME.chars().rev().collect();
    let reversed_id: String = id_number().chars().rev().collect();
    let groups_backwards = format!("{} {} {}", &PHONE[7..], &PHONE[3..7], &PHONE[..3]);
    class(
        "bidi override",
        vec![
            page(
                "reversed phone",
                "",
                &format!("电话 \u{202E}{reversed_phone}\u{202C}"),
            ),
            page(
                "reversed name",
                "",
                &format!("申请人：\u{202E}{reversed_name}\u{202C}"),
            ),
            page(
                "reversed ID number",
                "",
                &format!("身份证 \u{202E}{reversed_id}\u{202C}"),
            ),
            page(
                "an override closed by a pop-isolate, not a pop",
                "",
                &format!("电话 \u{202E}{reversed_phone}\u{2069}"),
            ),
            page(
                "an override never closed",
                "",
                &format!("电话 \u{202E}{reversed_phone}"),
            ),
            page(
                "a right-to-left isolate shows the groups backwards",
                "",
                &format!("电话 \u{2067}{groups_backwards}\u{2069}"),
            ),
            page(
                "a right-to-left embedding shows the groups backwards",
                "",
                &format!("电话 \u{202B}{groups_backwards}\u{202C}"),
            ),
            page(
                "right-to-left marks between the groups",
                "",
                &format!(
                    "电话 {}\u{200F} {}\u{200F} {}",
                    &PHONE[7..],
                    &PHONE[3..7],
                    &PHONE[..3]
                ),
            ),
            (
                "a reversed name in the title",
                "content/news/x.md",
                format!(
                    "---\ntitle: \"\u{202E}{reversed_name}\u{202C}的申请\"\ndate: 2023-05-06\n---\n正文\n"
                )
                .into_bytes(),
            ),
        ],
    );
}

#[test]
fn private_use_character_inside_a_name() {
    let mut cases = Vec::new();
    for (case, c) in [
        ("U+E000 inside a name", '\u{E000}'),
        ("U+F8FF inside a name", '\u{F8FF}'),
        ("supplementary private use inside a name", '\u{F0000}'),
        ("an unassigned code point inside a name", '\u{0378}'),
        ("a noncharacter inside a name", '\u{FDD0}'),
        ("the blank Braille pattern inside a name", '\u{2800}'),
    ] {
        cases.push(page(
            case,
            "",
            &format!("申请人：{}{c}{}", &NAME[..6], &NAME[6..]),
        ));
    }
    for (case, c) in [
        ("U+E000 inside a phone", '\u{E000}'),
        ("an unassigned code point inside a phone", '\u{0378}'),
    ] {
        cases.push(page(
            case,
            "",
            &format!("电话：{}{c}{}", &PHONE[..3], &PHONE[3..]),
        ));
    }
    class("private use", cases);
}

#[test]
fn numbers_in_chinese_numerals() {
    let hanzi = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let ling = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let yao = ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'];
    let capital = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
    let traditional = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
    let circle = ['○', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let spaced = format!("{} {} {}", &PHONE[..3], &PHONE[3..7], &PHONE[7..]);
    let id = id_number();
    let cases = vec![
        ("〇 for 0", digits_as(PHONE, &hanzi)),
        ("零 for 0", digits_as(PHONE, &ling)),
        ("幺 for 1", digits_as(PHONE, &yao)),
        ("capital numerals", digits_as(PHONE, &capital)),
        (
            "traditional capital numerals",
            digits_as(PHONE, &traditional),
        ),
        ("○ for 0", digits_as(PHONE, &circle)),
        ("in spaced groups", digits_as(&spaced, &hanzi)),
        ("an ID number", digits_as(&id, &hanzi)),
        (
            "numerals and digits mixed",
            format!("{}{}", &PHONE[..4], digits_as(&PHONE[4..], &hanzi)),
        ),
    ];
    class_written(
        "Chinese numerals",
        cases
            .into_iter()
            .map(|(case, v)| (page(case, "", &format!("联系电话：{v}")), v))
            .collect(),
    );
    clean(
        "Chinese numbers in prose",
        vec![
            page(
                "positional numbers and years",
                "",
                "二〇二三年全区共有一百二十三个村，第十一届村委会于二〇二三年十一月完成换届，一二三类低保户分别为三百五十户。",
            ),
            page(
                "a table of years",
                "",
                "| 年度 | 户数 |\n|---|---|\n| 二〇二〇 | 一百 |\n| 二〇二一 | 一百一十 |\n| 二〇二二 | 一百二十 |\n",
            ),
            page("a list of years", "", "二〇二〇 二〇二一 二〇二二 二〇二三"),
            page(
                "numbered headings",
                "",
                "一、二、三、四、五、六、七、八、九、十、十一、十二",
            ),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Header fields of containers, and PDF objects that are neither strings nor page content
// ----------------------------------------------------------------------------------------------------------------

/// A stored ZIP with one entry, its name given as raw bytes (no UTF-8 flag), an entry comment and an archive
/// comment.
fn raw_zip(name: &[u8], entry_comment: &[u8], archive_comment: &[u8]) -> Vec<u8> {
    let content = b"hello";
    let mut crc = flate2::Crc::new();
    crc.update(content);
    let crc = crc.sum();
    let u16_ = |n: usize| (n as u16).to_le_bytes();
    let u32_ = |n: usize| (n as u32).to_le_bytes();
    let mut local = 0x0403_4b50u32.to_le_bytes().to_vec();
    local.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    local.extend(crc.to_le_bytes());
    local.extend(u32_(content.len()));
    local.extend(u32_(content.len()));
    local.extend(u16_(name.len()));
    local.extend(u16_(0));
    local.extend(name);
    local.extend(content);
    let mut central = 0x0201_4b50u32.to_le_bytes().to_vec();
    central.extend([20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    central.extend(crc.to_le_bytes());
    central.extend(u32_(content.len()));
    central.extend(u32_(content.len()));
    central.extend(u16_(name.len()));
    central.extend(u16_(0));
    central.extend(u16_(entry_comment.len()));
    central.extend([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    central.extend(name);
    central.extend(entry_comment);
    let mut out = local.clone();
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0, 0, 0, 0, 1, 0, 1, 0]);
    out.extend(u32_(central.len()));
    out.extend(u32_(local.len()));
    out.extend(u16_(archive_comment.len()));
    out.extend(archive_comment);
    out
}

#[test]
fn container_headers_and_pdf_objects_beside_the_text() {
    let gbk_name = encoding_rs::GBK
        .encode(&format!("{NAME}.txt"))
        .0
        .into_owned();
    let note = format!("电话{PHONE}");
    let mut gz = flate2::GzBuilder::new()
        .filename(format!("{note}.csv").into_bytes())
        .comment(format!("备注{NAME}").into_bytes())
        .write(Vec::new(), flate2::Compression::default());
    gz.write_all(b"a,b\n").expect("gzip");
    let gz = gz.finish().expect("gzip");
    let js = zlib(format!("app.alert(\"电话{PHONE}\");").as_bytes());
    let pattern = stream(
        "/PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 300 20] /XStep 300 /YStep 20 /Resources << /Font << /F1 4 0 R >> >>",
        format!("BT /F1 12 Tf 0 0 Td (Tel {PHONE}) Tj ET").as_bytes(),
    );
    let notice = "BT /F1 12 Tf 72 700 Td (Notice) Tj ET";
    class(
        "headers and objects",
        vec![
            (
                "ZIP, a GBK entry name without the UTF-8 flag",
                "static/files/a.zip",
                raw_zip(&gbk_name, b"", b""),
            ),
            (
                "ZIP, an entry comment",
                "static/files/a.zip",
                raw_zip(b"a.txt", note.as_bytes(), b""),
            ),
            (
                "ZIP, the archive comment",
                "static/files/a.zip",
                raw_zip(b"a.txt", b"", note.as_bytes()),
            ),
            (
                "gzip, file name and comment in the header",
                "static/files/a.gz",
                gz,
            ),
            (
                "PDF, a name object",
                "static/files/a.pdf",
                page_pdf(
                    notice,
                    HELVETICA,
                    &format!("/PieceInfo << /Tel{PHONE} << /Private /x >> >>"),
                    &[],
                ),
            ),
            (
                "PDF, a JavaScript stream",
                "static/files/a.pdf",
                page_pdf(
                    notice,
                    HELVETICA,
                    "/AA << /O 6 0 R >>",
                    &[
                        b"<< /S /JavaScript /JS 7 0 R >>".to_vec(),
                        stream("/Filter /FlateDecode", &js),
                    ],
                ),
            ),
            (
                "PDF, text in a tiling pattern",
                "static/files/a.pdf",
                page_pdf(
                    &format!("/Pattern cs /P1 scn 0 0 595 842 re f {notice}"),
                    HELVETICA,
                    "",
                    &[pattern],
                ),
            ),
        ],
    );
}
