//! Small generators of the file formats attachments come in (ZIP, DOCX, XLSX, PDF, PNG, JPEG …), for the attack
//! corpora: each writes the least of the format that a reader (and Sunlight) accepts, with the caller's parts inside.

use std::io::Write;

pub fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with_comment(files, "")
}

pub fn zip_with_comment(files: &[(&str, &[u8])], comment: &str) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        w.start_file(*name, opts).expect("zip entry");
        w.write_all(data).expect("zip write");
    }
    if !comment.is_empty() {
        w.set_comment(comment.to_string()).expect("zip comment");
    }
    w.finish().expect("zip").into_inner()
}

pub fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("zlib");
    e.finish().expect("zlib")
}

pub fn b64(bytes: &[u8]) -> String {
    data_encoding::BASE64.encode(bytes)
}

pub const TYPES: &str = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
pub const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
pub const SS: &str = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#;

pub fn docx(body: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>"#
    );
    let mut files: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", TYPES.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
    ];
    files.extend_from_slice(extra);
    zip_of(&files)
}

/// A part of a DOCX (footnotes, glossary …) with `body` inside its root element `root`.
pub fn word_part(root: &str, body: &str) -> Vec<u8> {
    format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:{root} {W}>{body}</w:{root}>"#).into_bytes()
}

/// An XLSX of `sheets` (name, state, inner XML of `worksheet`), `book_extra` inside `workbook`, and more parts.
pub fn xlsx_of(
    sheets: &[(&str, &str, &str)],
    book_extra: &str,
    extra: &[(&str, &[u8])],
) -> Vec<u8> {
    let mut entries = String::new();
    let mut rels = String::new();
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, (name, state, inner)) in sheets.iter().enumerate() {
        let n = i + 1;
        let state = if state.is_empty() {
            String::new()
        } else {
            format!(r#" state="{state}""#)
        };
        entries.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{n}"{state} r:id="rId{n}"/>"#
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!(r#"<?xml version="1.0"?><worksheet {SS}>{inner}</worksheet>"#).into_bytes(),
        ));
    }
    let book = format!(
        r#"<?xml version="1.0"?><workbook {SS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{entries}</sheets>{book_extra}</workbook>"#
    );
    let rels = format!(
        r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#
    );
    let mut files: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", TYPES.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
    ];
    for (n, d) in &parts {
        files.push((n.as_str(), d.as_slice()));
    }
    files.extend_from_slice(extra);
    zip_of(&files)
}

/// An XLSX with one visible sheet 汇总 whose `sheetData` is `rows`, and more parts.
pub fn xlsx(rows: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
    xlsx_of(
        &[("汇总", "", &format!("<sheetData>{rows}</sheetData>"))],
        "",
        extra,
    )
}

pub const CELL_HEADER: &str =
    r#"<row r="1"><c r="A1" t="inlineStr"><is><t>备注</t></is></c></row>"#;

/// A PDF of `objects` (object 1 the catalog), numbered from 1, with a correct cross-reference table.
pub fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.5\n".to_vec();
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

pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} {dict} >>\nstream\n", data.len()).into_bytes();
    s.extend(data);
    s.extend(b"\nendstream");
    s
}

pub const HELVETICA: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A one-page PDF: catalog (with `catalog_extra`), pages, the page (with `page_extra`), font 4 = `font`, content
/// 5 = `content` (its dictionary `filter`), then `more` objects from 6 on.
pub fn pdf_doc(
    catalog_extra: &str,
    content: &[u8],
    filter: &str,
    font: &str,
    page_extra: &str,
    more: &[Vec<u8>],
) -> Vec<u8> {
    let mut objects = vec![
        format!("<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>").into_bytes(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> {page_extra} >>").into_bytes(),
        font.as_bytes().to_vec(),
        stream(filter, content),
    ];
    objects.extend_from_slice(more);
    pdf_of(&objects)
}

pub const NOTICE: &[u8] = b"BT /F1 12 Tf 72 700 Td (Notice) Tj ET";

pub fn utf16be_hex(s: &str) -> String {
    let mut h = String::from("FEFF");
    for u in s.encode_utf16() {
        h.push_str(&format!("{u:04X}"));
    }
    h
}

pub fn ascii_hex(bytes: &[u8]) -> Vec<u8> {
    let mut s: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
    s.push('>');
    s.into_bytes()
}

pub fn ascii85(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in bytes.chunks(4) {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        let mut n = u32::from_be_bytes(word);
        let mut digits = [0u8; 5];
        for d in digits.iter_mut().rev() {
            *d = (n % 85) as u8 + b'!';
            n /= 85;
        }
        out.extend_from_slice(&digits[..chunk.len() + 1]);
    }
    out.extend(b"~>");
    out
}

pub fn run_length(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in bytes.chunks(128) {
        out.push((chunk.len() - 1) as u8);
        out.extend(chunk);
    }
    out.push(128);
    out
}

pub fn lzw(bytes: &[u8]) -> Vec<u8> {
    weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
        .encode(bytes)
        .expect("lzw")
}

pub fn png_chunks(chunks: &[(&[u8], Vec<u8>)]) -> Vec<u8> {
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

pub fn jpeg_with_comment(comment: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xFE];
    out.extend(((comment.len() + 2) as u16).to_be_bytes());
    out.extend(comment.as_bytes());
    out.extend([0xFF, 0xD9]);
    out
}
