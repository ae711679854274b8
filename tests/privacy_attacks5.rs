//! The privacy guard played by a fifth attacker, with the real binary, in places the other corpora
//! (`privacy_attacks*.rs`, `privacy_attachments.rs`, `privacy_corpus.rs`, `privacy_html.rs`) do not plant a value:
//! how Excel, Word, OFD readers, mail and calendar programs, unzip tools and image viewers show what a file holds
//! (escapes, number formats, header codes, right-to-left runs, positioned text, fields outside the parts a reader
//! opens), and the messages a failed load prints. Attachments use the harness of `common::attached` (both builds
//! fail naming the file, never the value), text spellings that of `common::spelling` (every place, `--strict`
//! fails, nothing published shows the value). Ordinary writing in the same shapes must build untouched.
//!
//! All values are fictional: a 138 0013 8000-style phone, an ID number born in 1899 with its check character, a
//! name of the site's own records dataset.

mod common;
mod support;

use common::attached::{
    self, builds_strict, case, planted_class, planted_values, reviewed_case, text_case,
};
use common::planted::{LATIN_NAME, NAME, PHONE, attachment_site};
use common::spelling::{Files, clean, plain};
use common::{stderr, sunlight, tree};
use support::forge::*;

fn ooxml_styles(code: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0"?><styleSheet {SS}><numFmts count="1"><numFmt numFmtId="164" formatCode="{code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#
    )
    .into_bytes()
}

/// `_xHHHH_`, the escape OOXML strings use for any character (Excel reads `_x0031_` as `1`).
fn ooxml_escaped(s: &str) -> String {
    s.chars().map(|c| format!("_x{:04X}_", c as u32)).collect()
}

// ----------------------------------------------------------------------------------------------------------------
// XLSX: what Excel shows, made from what the file holds
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn xlsx_text_as_excel_shows_it() {
    let sst = format!(
        r#"<?xml version="1.0"?><sst {SS}><si><t>电话{}</t></si></sst>"#,
        ooxml_escaped(PHONE)
    );
    let header = |code: &str| format!("<headerFooter><oddHeader>{code}</oddHeader></headerFooter>");
    let sheet = |rows: &str, extra: &str| {
        xlsx_of(
            &[("汇总", "", &format!("<sheetData>{rows}</sheetData>{extra}"))],
            "",
            &[],
        )
    };
    let char_formula: String = PHONE
        .chars()
        .map(|c| format!("CHAR({})", c as u32))
        .collect::<Vec<_>>()
        .join("&amp;");
    planted_class(
        "XLSX as shown",
        vec![
            case(
                "XLSX, a shared string written with _xHHHH_ escapes",
                "static/files/a.xlsx",
                xlsx(
                    r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
                    &[("xl/sharedStrings.xml", sst.as_bytes())],
                ),
                "",
            ),
            case(
                "XLSX, an inline string written with _xHHHH_ escapes",
                "static/files/a.xlsx",
                xlsx(
                    &format!(
                        r#"{CELL_HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>{}</t></is></c></row>"#,
                        ooxml_escaped(&format!("申请人{NAME}"))
                    ),
                    &[],
                ),
                "汇总!A2",
            ),
            case(
                "XLSX, a number completed by the literal of its format",
                "static/files/a.xlsx",
                xlsx(
                    &format!(r#"{CELL_HEADER}<row r="2"><c r="B2" s="1"><v>138</v></c></row>"#),
                    &[("xl/styles.xml", &ooxml_styles("0&quot;00138000&quot;"))],
                ),
                "汇总!B2",
            ),
            case(
                "XLSX, a text cell inside the literals of a text format",
                "static/files/a.xlsx",
                xlsx(
                    &format!(
                        r#"{CELL_HEADER}<row r="2"><c r="B2" s="1" t="inlineStr"><is><t>0013</t></is></c></row>"#
                    ),
                    &[(
                        "xl/styles.xml",
                        &ooxml_styles("&quot;138&quot;@&quot;8000&quot;"),
                    )],
                ),
                "汇总!B2",
            ),
            case(
                "XLSX, a print header split by format codes",
                "static/files/a.xlsx",
                sheet(CELL_HEADER, &header("&amp;C电话138&amp;B0013&amp;B8000")),
                "汇总",
            ),
            case(
                "XLSX, a print header split by font and colour codes",
                "static/files/a.xlsx",
                sheet(
                    CELL_HEADER,
                    &header(&format!(
                        "&amp;L&amp;\"宋体,常规\"&amp;12联系人{}&amp;K00FF00{}",
                        &NAME[..6],
                        &NAME[6..]
                    )),
                ),
                "汇总",
            ),
            case(
                "XLSX, a formula of CHAR() codes without a cached value",
                "static/files/a.xlsx",
                xlsx(
                    &format!(
                        r#"{CELL_HEADER}<row r="2"><c r="B2" t="str"><f>{char_formula}</f></c></row>"#
                    ),
                    &[],
                ),
                "汇总!B2",
            ),
        ],
    );
}

/// An ODS of one sheet 名单 whose first row is `cells` (the XML of its `table:table-cell`s).
fn ods_row(cells: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="名单"><table:table-row>{cells}</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", content.as_bytes()),
    ])
}

/// An XLSX whose row 2 is `cells`.
fn xlsx_row(cells: &str) -> Vec<u8> {
    xlsx(&format!(r#"{CELL_HEADER}<row r="2">{cells}</row>"#), &[])
}

#[test]
fn xlsx_formula_arithmetic_without_a_cached_value() {
    planted_class(
        "formula arithmetic",
        vec![
            case(
                "XLSX, arithmetic without a cached value",
                "static/files/a.xlsx",
                xlsx_row(r#"<c r="B2"><f>1380013*10000+8000</f></c>"#),
                "汇总!B2",
            ),
            case(
                "XLSX, arithmetic and a joined literal under a false cached value",
                "static/files/a.xlsx",
                xlsx_row(r#"<c r="B2" t="str"><f>"138"&amp;(13*100+1)*10000+8000</f><v>0</v></c>"#),
                "汇总!B2",
            ),
            case(
                "ODS, arithmetic without a stored value",
                "static/files/a.ods",
                ods_row(r#"<table:table-cell table:formula="of:=1380013*10000+8000"/>"#),
                "名单!A1",
            ),
        ],
    );
}

#[test]
fn formulas_without_a_result_that_cannot_be_computed_are_refused() {
    attached::refused(
        "uncomputed formulas",
        vec![
            case(
                "XLSX, a formula of a cell reference without a cached value",
                "static/files/a.xlsx",
                xlsx_row(r#"<c r="B2"><f>C2*10000+8000</f></c><c r="C2"><v>1380013</v></c>"#),
                "汇总!B2",
            ),
            case(
                "XLSX, a shared formula whose first cell is missing",
                "static/files/a.xlsx",
                xlsx_row(r#"<c r="B2"><f t="shared" si="0"/></c>"#),
                "汇总!B2",
            ),
            case(
                "ODS, a formula of a cell reference without a stored value",
                "static/files/a.ods",
                ods_row(
                    r#"<table:table-cell table:formula="of:=[.B1]*10000+8000"/><table:table-cell office:value-type="float" office:value="1380013"/>"#,
                ),
                "名单!A1",
            ),
        ],
        &planted_values(),
    );
}

#[test]
fn ordinary_spreadsheet_formulas_build() {
    let files = vec![
        (
            "static/files/sums.xlsx".to_string(),
            xlsx_row(
                r#"<c r="B2"><f>SUM(C2:D2)</f><v>2150</v></c><c r="C2"><v>150</v></c><c r="D2"><v>2000</v></c><c r="E2"><f t="shared" ref="E2:E3" si="0">C2/D2</f><v>0.075</v></c><c r="F2"><f>SUM(C:C)</f></c><c r="G2"><f>150+2000</f></c><c r="H2" t="str"><f>"第"&amp;3&amp;"季度"</f></c>"#,
            ),
        ),
        (
            "static/files/sums.ods".to_string(),
            ods_row(
                r#"<table:table-cell table:formula="of:=SUM([.B1:.C1])" office:value-type="float" office:value="2150"><text:p>2150</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="150"/><table:table-cell table:formula="of:=150*12"/>"#,
            ),
        ),
    ];
    let dir = attachment_site(&files);
    let out = sunlight(dir.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

// ----------------------------------------------------------------------------------------------------------------
// DOCX and OFD: text shown in another order than it is stored
// ----------------------------------------------------------------------------------------------------------------

fn ofd(content: &str) -> Vec<u8> {
    let page = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">{content}</ofd:Layer></ofd:Content></ofd:Page>"#
    );
    zip_of(&[
        (
            "OFD.xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#,
        ),
        ("Doc_0/Pages/Page_0/Content.xml", page.as_bytes()),
    ])
}

fn ofd_text(id: u32, x: f32, codes: &str) -> String {
    format!(
        r#"<ofd:TextObject ID="{id}" Boundary="{x} 10 80 5" Font="3" Size="3.5">{codes}</ofd:TextObject>"#
    )
}

#[test]
fn ofd_text_laid_out_by_position() {
    planted_class(
        "OFD",
        vec![
            case(
                "OFD, a number over three text objects on one line",
                "static/files/a.ofd",
                ofd(&[
                    ofd_text(
                        2,
                        0.0,
                        r#"<ofd:TextCode X="0" Y="3" DeltaX="g 4 1.8">电话138</ofd:TextCode>"#,
                    ),
                    ofd_text(4, 12.6, r#"<ofd:TextCode X="0" Y="3">0013</ofd:TextCode>"#),
                    ofd_text(5, 20.0, r#"<ofd:TextCode X="0" Y="3">8000</ofd:TextCode>"#),
                ]
                .concat()),
                "Content.xml",
            ),
            case(
                "OFD, text codes written out of order",
                "static/files/a.ofd",
                ofd(&ofd_text(
                    2,
                    0.0,
                    r#"<ofd:TextCode X="20" Y="3">8000</ofd:TextCode><ofd:TextCode X="0" Y="3">电话138</ofd:TextCode><ofd:TextCode X="12.6" Y="3">0013</ofd:TextCode>"#,
                )),
                "Content.xml",
            ),
        ],
    );
}

#[test]
fn text_shown_in_another_order_than_stored() {
    let p = |inner: &str| format!("<w:p>{inner}</w:p>");
    let run = |t: &str| format!("<w:r><w:t>{t}</w:t></w:r>");
    let reversed: String = PHONE.chars().rev().collect();
    planted_class(
        "display order",
        vec![case(
            "DOCX, a number in a right-to-left override (w:bdo)",
            "static/files/a.docx",
            docx(
                &p(&format!(
                    r#"{}<w:bdo w:val="rtl">{}</w:bdo>"#,
                    run("电话"),
                    run(&reversed)
                )),
                &[],
            ),
            "word/document.xml",
        )],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Containers: bytes an unzip tool or gunzip shows that the entries Sunlight lists do not hold
// ----------------------------------------------------------------------------------------------------------------

/// A gzip member of `data` with `extra` in its FEXTRA field.
fn gzip_with_extra(data: &[u8], extra: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff];
    let field_len = (extra.len() + 4) as u16;
    out.extend(field_len.to_le_bytes());
    out.extend(b"SL");
    out.extend((extra.len() as u16).to_le_bytes());
    out.extend(extra);
    let mut deflate =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut deflate, data).expect("deflate");
    out.extend(deflate.finish().expect("deflate"));
    let mut crc = flate2::Crc::new();
    crc.update(data);
    out.extend(crc.sum().to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

/// A stored local file entry (header and data), as a ZIP writes it before its central directory.
fn local_entry(name: &str, data: &[u8]) -> Vec<u8> {
    let mut crc = flate2::Crc::new();
    crc.update(data);
    let mut out = b"PK\x03\x04".to_vec();
    for v in [20u16, 0, 0, 0, 0] {
        out.extend(v.to_le_bytes());
    }
    out.extend(crc.sum().to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out.extend((name.len() as u16).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out.extend(name.as_bytes());
    out.extend(data);
    out
}

/// `zip` with `entry` put before its central directory, which does not list it (the directory's offset moved on).
fn with_unlisted_entry(zip: &[u8], entry: &[u8]) -> Vec<u8> {
    let eocd = zip
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .expect("end of central directory");
    let cd_offset =
        u32::from_le_bytes(zip[eocd + 16..eocd + 20].try_into().expect("4 bytes")) as usize;
    let mut out = zip[..cd_offset].to_vec();
    out.extend(entry);
    out.extend(&zip[cd_offset..]);
    let at = eocd + entry.len() + 16;
    out[at..at + 4].copy_from_slice(&((cd_offset + entry.len()) as u32).to_le_bytes());
    out
}

/// Two entries of one name: the first holds the value, the second (the one a name lookup finds) does not.
fn zip_with_a_twin(data: &[u8]) -> Vec<u8> {
    let first = local_entry("list.txt", data);
    let second = local_entry("list.txt", "无\n".as_bytes());
    let mut out = first.clone();
    out.extend(&second);
    let cd_at = out.len();
    let mut cd = Vec::new();
    for (offset, entry) in [(0usize, &first), (first.len(), &second)] {
        cd.extend(b"PK\x01\x02");
        cd.extend(20u16.to_le_bytes());
        cd.extend(&entry[4..30]);
        for v in [0u16, 0, 0] {
            cd.extend(v.to_le_bytes());
        }
        cd.extend(0u32.to_le_bytes());
        cd.extend((offset as u32).to_le_bytes());
        cd.extend(b"list.txt");
    }
    out.extend(&cd);
    out.extend(b"PK\x05\x06");
    for v in [0u16, 0, 2, 2] {
        out.extend(v.to_le_bytes());
    }
    out.extend((cd.len() as u32).to_le_bytes());
    out.extend((cd_at as u32).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

#[test]
fn bytes_of_a_container_outside_its_listed_entries() {
    let text = format!("电话 {PHONE}\n").into_bytes();
    planted_class(
        "container bytes",
        vec![
            case(
                "gzip, text in the header's extra field",
                "static/files/a.txt.gz",
                gzip_with_extra("公告\n".as_bytes(), &text),
                "",
            ),
            case(
                "ZIP, an entry its central directory does not list",
                "static/files/a.zip",
                with_unlisted_entry(
                    &zip_of(&[("a.txt", "公告\n".as_bytes())]),
                    &local_entry("b.txt", &text),
                ),
                "",
            ),
            case(
                "ZIP, two entries of one name",
                "static/files/a.zip",
                zip_with_a_twin(&text),
                "",
            ),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Contacts and calendars as a contacts or calendar program shows them
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn contacts_and_calendars_as_shown() {
    let (family, given) = NAME.split_at(6);
    planted_class(
        "vCard and iCalendar",
        vec![
            text_case(
                "VCF, a name in the structured N property",
                "static/files/a.vcf",
                format!("BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nEND:VCARD\r\n").into_bytes(),
            ),
            text_case(
                "ICS, a number over escaped line breaks",
                "static/files/a.ics",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:电话138\\n0013\\n8000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                    .as_bytes()
                    .to_vec(),
            ),
            text_case(
                "ICS, an HTML description (X-ALT-DESC) split by markup",
                "static/files/a.ics",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nX-ALT-DESC;FMTTYPE=text/html:<p>电话138<b>0013</b>8000</p>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                    .as_bytes()
                    .to_vec(),
            ),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Reviewed images: the pixels were looked at, the metadata is still read
// ----------------------------------------------------------------------------------------------------------------

/// A JPEG whose XMP is too long for one segment, carried in two extended-XMP APP1 segments cut inside `text`.
fn jpeg_with_extended_xmp(text: &str) -> Vec<u8> {
    let xmp = format!(
        r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="{text}"/></rdf:RDF></x:xmpmeta>"#
    )
    .into_bytes();
    let cut = xmp.len() - 60;
    let mut out = vec![0xFF, 0xD8];
    for (offset, chunk) in [(0, &xmp[..cut]), (cut, &xmp[cut..])] {
        let mut payload = b"http://ns.adobe.com/xmp/extension/\0".to_vec();
        payload.extend([b'A'; 32]);
        payload.extend((xmp.len() as u32).to_be_bytes());
        payload.extend((offset as u32).to_be_bytes());
        payload.extend(chunk);
        out.extend([0xFF, 0xE1]);
        out.extend(((payload.len() + 2) as u16).to_be_bytes());
        out.extend(payload);
    }
    out.extend([0xFF, 0xD9]);
    out
}

#[test]
fn metadata_of_reviewed_images() {
    let gbk = encoding_rs::GBK
        .encode(&format!("申请人{NAME}"))
        .0
        .into_owned();
    let mut text_chunk = b"Author\0".to_vec();
    text_chunk.extend(gbk);
    planted_class(
        "reviewed images",
        vec![
            reviewed_case(
                "JPEG, extended XMP cut over two segments",
                "static/files/a.jpg",
                jpeg_with_extended_xmp(&format!("联系人 电话{PHONE}")),
                "",
            ),
            reviewed_case(
                "PNG, text in a private chunk",
                "static/files/a.png",
                png_chunks(&[(b"prVt", format!("电话{PHONE}").into_bytes())]),
                "",
            ),
            reviewed_case(
                "PNG, a tEXt chunk written in GBK",
                "static/files/a.png",
                png_chunks(&[(b"tEXt", text_chunk)]),
                "",
            ),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Messages of a load that fails: the roster is not read yet, its names must not be printed all the same
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn a_failed_load_prints_no_roster_name() {
    let records = |extra: &str| {
        format!(
            "title: 名册\nkind: records\ncolumns:\n  - {{key: name, label: 姓名, personal: true}}\n  - {{key: town, label: 乡镇}}\n\
             publish:\n  group_by: [town]\n  measures:\n    persons: count\nrecords:\n  - {{name: {NAME}, town: 甲镇{extra}}}\n  - {{name: 欧阳一, town: 甲镇}}\n"
        )
    };
    let cases: Vec<(&str, Files)> = vec![
        (
            "a YAML error on a line of the roster",
            vec![("data/people.yaml".into(), records(", extra: [").into_bytes())],
        ),
        (
            "an error in another dataset quoting a roster name",
            vec![(
                "data/other.yaml".into(),
                format!(
                    "title: 表\nsource: 测试\nnotes: 联系人{NAME}\nas_of: 2023-10-31\ncolumns:\n  - {{key: a, label: 项目}}\n  - {{key: n, label: 数量, type: integer}}\nrows:\n  - {{a: 甲, n: 1}}\n"
                )
                .into_bytes(),
            )],
        ),
        (
            "a page error quoting a roster name",
            vec![(
                "content/news/bad.md".into(),
                format!("---\ntitle: 通知\nauthor: {NAME}\n---\n\n正文\n").into_bytes(),
            )],
        ),
    ];
    let mut problems = Vec::new();
    for (what, files) in cases {
        let dir = attachment_site(&files);
        let out = sunlight(dir.path(), &["build"]);
        let log = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
        if out.status.success() {
            problems.push(format!("{what}: the build passed"));
        }
        if log.contains(NAME) {
            problems.push(format!("{what}: the log prints the roster name"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ----------------------------------------------------------------------------------------------------------------
// Text files in seven-bit encodings: UTF-7 (RFC 2152) and HZ (RFC 1843)
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn text_files_in_utf7_and_hz() {
    // The planted values encoded by hand: UTF-16 code units in modified base64 between `+` and `-`; GB2312 bytes
    // less 0x80 between `~{` and `~}` (１ is A3B1 in GB2312, so `#1`).
    assert_eq!((PHONE, NAME), ("13800138000", "司马青云"));
    planted_class(
        "seven-bit encodings",
        vec![
            case(
                "UTF-7, a phone",
                "static/files/utf7.txt",
                b"Contact: +ADEAMwA4ADAAMAAxADMAOAAwADAAMA-\n".to_vec(),
                "",
            ),
            case(
                "UTF-7, a roster name",
                "static/files/utf7-name.txt",
                b"Applicant: +U/iabJdSTpE-\n".to_vec(),
                "",
            ),
            case(
                "HZ, a phone in full-width digits",
                "static/files/hz.txt",
                b"~{5g;0#1#3#8#0#0#1#3#8#0#0#0~}\n".to_vec(),
                "",
            ),
            case(
                "HZ, a roster name",
                "static/files/hz-name.txt",
                b"~{IjGkHK#:K>BmG`TF~}\n".to_vec(),
                "",
            ),
        ],
    );
}

#[test]
fn ordinary_text_with_plus_and_tilde_builds() {
    let files = vec![(
        "static/files/notes.txt".to_string(),
        "C++ and +86 区号；1+1=2；a +- b；x+y-z；~ 号与 ~{ 括号 }~ 照常。\n电话会议+3次，经费+138,000元。HZ ~{VPND~}，UTF-7 +ZeVnLIqe-，合计 +ADEAMgAz- 户。\n"
            .as_bytes()
            .to_vec(),
    )];
    builds_strict(&files);
}

// ----------------------------------------------------------------------------------------------------------------
// Credentials as configuration files and scripts hold them
// ----------------------------------------------------------------------------------------------------------------

/// Fictional secrets, each with the part that must not be published.
fn secrets() -> Vec<(&'static str, String, &'static str)> {
    vec![
        (
            "a PEM private key",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0IzW7yWR7QkrmBL7jTKEn5uqKhbwKfBstIsbMY2Zkp18gnTxKq1\n-----END RSA PRIVATE KEY-----".into(),
            "MIIEowIBAAKCAQEAu1SU1",
        ),
        (
            "a password in a connection URL",
            "DATABASE_URL=mysql://admin:Sun2023ab@10.0.0.5:3306/mz".into(),
            "Sun2023ab",
        ),
        (
            "a quoted api_key in JSON",
            r#"{"api_key": "k4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"}"#.into(),
            "k4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c",
        ),
        (
            "a bearer token",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcDEFghiJKLmnoPQRstuVWxyz012345".into(),
            "eyJzdWIiOiIxMjM0In0",
        ),
        (
            "a PIN after PIN码",
            "银行卡PIN码：731946".into(),
            "731946",
        ),
        (
            "an AWS access key id on its own",
            "export AWS_KEY_ID=AKIAIOSFODNN7EXAMPLE".into(),
            "AKIAIOSFODNN7EXAMPLE",
        ),
        (
            "an AWS secret key after aws_secret_access_key",
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into(),
            "wJalrXUtnFEMI",
        ),
        (
            "a GitHub token in a script",
            "git clone https://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@github.com/x/y".into(),
            "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",
        ),
        (
            "a fine-grained GitHub token",
            "GH=github_pat_11ABCDEFG0abcdefghijkl_MNOPQRSTUVWXYZ0123456789abcdefghij".into(),
            "github_pat_11ABCDEFG0abcdefghijkl",
        ),
        (
            "a Slack bot token",
            "slack: xoxb-2048-4096-1357924680abcdEFGHijkl".into(),
            "xoxb-2048-4096-1357924680abcdEFGHijkl",
        ),
        (
            "an sk- API key after 密钥",
            "接口密钥 sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a".into(),
            "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a",
        ),
    ]
}

#[test]
fn credentials_in_configuration_files_and_scripts() {
    let mut problems = Vec::new();
    for (what, text, secret) in secrets() {
        let files = vec![
            (
                "static/files/a.txt".to_string(),
                format!("{text}\n").into_bytes(),
            ),
            (
                "static/js/config.js".to_string(),
                format!(
                    "var config = {};\n",
                    serde_json::to_string(&text).unwrap_or_default()
                )
                .into_bytes(),
            ),
        ];
        let dir = attachment_site(&files);
        let strict = sunlight(dir.path(), &["build", "--strict"]);
        let log = format!(
            "{}{}",
            stderr(&strict),
            String::from_utf8_lossy(&strict.stdout)
        );
        if strict.status.success() {
            problems.push(format!("{what}: --strict published it"));
        }
        if log.contains(secret) {
            problems.push(format!("{what}: the log prints the secret"));
        }
        let out = sunlight(dir.path(), &["build"]);
        for (rel, bytes) in tree(&dir.path().join("public")) {
            if String::from_utf8_lossy(&bytes)
                .replace("\\/", "/")
                .contains(secret)
            {
                problems.push(format!("{what}: public/{rel} holds the secret"));
            }
        }
        let _ = out;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn ordinary_configuration_files_build() {
    let files = vec![
        (
            "static/files/cert.pem".to_string(),
            "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEabcdefghijklmnopqrstuvwxyz0123\n-----END PUBLIC KEY-----\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "static/files/links.txt".to_string(),
            "办事指南：https://zwfw.example.gov.cn/item?id=3301 ，请妥善保管您的密码。\nAuthorization 请在窗口办理。\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "static/files/services.txt".to_string(),
            "请勿向任何人透露PIN码或支付密码。源代码托管于 GitHub，告警推送至 Slack，备份存放于 AWS（Asia Pacific）。\n\
             PIN: 请向柜台索取。task-management-system-2023-review\n"
                .as_bytes()
                .to_vec(),
        ),
    ];
    builds_strict(&files);
}

// ----------------------------------------------------------------------------------------------------------------
// Text: spellings a person reads as the value, in every place
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn groups_separated_by_commas_or_semicolons_after_a_phone_word() {
    common::spelling::class(
        "comma groups",
        vec![
            plain("commas after 电话", "电话138,0013,8000"),
            plain("semicolons after 联系电话", "联系电话：138;0013;8000"),
            plain("commas after Tel", "Tel 138, 0013, 8000"),
        ],
    );
}

#[test]
fn latin_roster_names_surname_first_with_a_comma() {
    let (given, surname) = LATIN_NAME.split_once(' ').unwrap_or((LATIN_NAME, ""));
    common::spelling::class(
        "surname, given",
        vec![
            plain("surname, given", format!("{surname}, {given}")),
            plain(
                "SURNAME, given",
                format!("{}, {given}", surname.to_uppercase()),
            ),
        ],
    );
}

#[test]
fn roster_names_in_variant_characters() {
    // 靑 (U+9751) is a variant of 青, as old printing and some input methods write it.
    common::spelling::class(
        "variant characters",
        vec![plain(
            "a variant character",
            format!("申请人{}", NAME.replace('青', "靑")),
        )],
    );
}

/// A page holding `table`, as Markdown under front matter.
fn table_page(table: &str) -> Vec<(String, Vec<u8>)> {
    vec![(
        "content/news/table.md".to_string(),
        format!("---\ntitle: 名单\ndate: 2023-05-06\n---\n\n{table}").into_bytes(),
    )]
}

#[test]
fn a_phone_split_over_the_cells_of_a_page_table() {
    let table = "| 姓名 | 联系电话 | | |\n|---|---|---|---|\n| 某某 | 138 | 0013 | 8000 |\n";
    let dir = attachment_site(&table_page(table));
    let strict = sunlight(dir.path(), &["build", "--strict"]);
    assert!(!strict.status.success(), "--strict published it");
    assert!(stderr(&strict).contains("content/news/table.md"));
    let out = sunlight(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (rel, bytes) in tree(&dir.path().join("public")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("0013"), "public/{rel} holds the cells");
    }
}

#[test]
fn a_phone_split_over_the_cells_of_an_html_table() {
    planted_class(
        "HTML table cells",
        vec![case(
            "HTML, a phone over three cells under 联系电话",
            "static/files/list.html",
            "<!DOCTYPE html><html><body><table><tr><th>姓名</th><th>联系电话</th><th></th><th></th></tr>\
             <tr><td>某某</td><td>138</td><td>0013</td><td>8000</td></tr></table></body></html>\n"
                .as_bytes()
                .to_vec(),
            "",
        )],
    );
}

#[test]
fn counts_beside_counts_in_a_page_table_build() {
    builds_strict(&table_page(
        "| 镇 | 户数 | 人数 | 金额（元） |\n|---|---|---|---|\n| 甲 | 138 | 0013 | 8000 |\n| 乙 | 150 | 2000 | 1380 |\n",
    ));
    builds_strict(&[(
        "static/files/counts.html".to_string(),
        "<!DOCTYPE html><html><body><table><tr><th>镇</th><th>户数</th><th>人数</th><th>金额</th></tr>\
         <tr><td>甲</td><td>138</td><td>0013</td><td>8000</td></tr></table></body></html>\n"
            .as_bytes()
            .to_vec(),
    )]);
}

#[test]
fn numbers_read_out_in_english_words() {
    common::spelling::class(
        "number words",
        vec![
            plain(
                "words with spaces",
                "Call one three eight zero zero one three eight zero zero zero",
            ),
            plain(
                "capitals, hyphens and oh",
                "Mobile: One-Three-Eight-Oh-Oh-One-Three-Eight-Oh-Oh-Oh",
            ),
            plain(
                "commas and o",
                "one, three, eight, o, o, one, three, eight, o, o, o",
            ),
        ],
    );
}

#[test]
fn numbers_mixing_chinese_numerals_and_digits() {
    common::spelling::class(
        "mixed numerals",
        vec![
            plain("Chinese numerals then digits", "电话一三八 0013 8000"),
            plain("digits then Chinese numerals", "电话138 〇〇一三 八〇〇〇"),
        ],
    );
}

#[test]
fn ordinary_writing_in_these_shapes_builds() {
    clean(
        "ordinary writing",
        vec![
            plain(
                "years in a list with commas",
                "2019,2020,2021,2022年分别为150,2000,1380户",
            ),
            plain("counts with semicolons", "城镇：138;农村：2000;合计：8000"),
            plain("a figure in thousands", "电话会议3次，经费138,000元"),
            plain("a 文号", "民发〔2023〕12号"),
            plain(
                "a list of names not in the roster",
                "Smith, John; Brown, Anna",
            ),
            plain(
                "Chinese numerals in prose",
                "一三八户，二〇二三年，第十一届",
            ),
            plain("a hotline after the word", "服务热线：12345"),
            plain(
                "a few number words in English prose",
                "One or two of the three sites opened at nine; five more follow in June, one by one.",
            ),
            plain(
                "variant characters in ordinary words",
                "靑年志愿服务队在淸明节前走访司马村，靑云路沿线",
            ),
        ],
    );
}

#[test]
fn ordinary_spreadsheets_and_calendars_build() {
    let files = vec![
        (
            "static/files/units.xlsx".to_string(),
            xlsx(
                &format!(
                    r#"{CELL_HEADER}<row r="2"><c r="B2" s="1"><v>1380</v></c><c r="C2" t="inlineStr"><is><t>第_x0031_期</t></is></c></row>"#
                ),
                &[("xl/styles.xml", &ooxml_styles("0&quot;户&quot;"))],
            ),
        ),
        (
            "static/files/print.xlsx".to_string(),
            xlsx_of(
                &[(
                    "汇总",
                    "",
                    &format!(
                        "<sheetData>{CELL_HEADER}</sheetData><headerFooter><oddHeader>&amp;C第 &amp;P 页，共 &amp;N 页 &amp;D</oddHeader><oddFooter>&amp;L民政局 2023-07-11 &amp;R&amp;12 150</oddFooter></headerFooter>"
                    ),
                )],
                "",
                &[],
            ),
        ),
        (
            "static/files/event.ics".to_string(),
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:会议\\, 2023-07-11\r\nDESCRIPTION:出席150人\\, 经费2000元\\; 地点 3 楼\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "static/files/card.vcf".to_string(),
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:办公室;民政局;;;\r\nTEL:12345\r\nEND:VCARD\r\n".as_bytes().to_vec(),
        ),
    ];
    builds_strict(&files);
}

// ----------------------------------------------------------------------------------------------------------------
// Scripts and data files: what a page shows once its script has run, what a program reads from nested JSON
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn values_a_script_builds_or_a_program_decodes() {
    let (user, host) = ("zhangsan2023", "example.cn");
    let codes: Vec<String> = PHONE.chars().map(|c| (c as u32).to_string()).collect();
    let nested = serde_json::to_string(&serde_json::json!({
        "payload": format!(
            "{{\"tel\": \"{}\"}}",
            PHONE.chars().map(|c| format!("\\u{:04x}", c as u32)).collect::<String>()
        )
    }))
    .unwrap_or_default();
    common::spelling::file_class(
        "scripts and nested data",
        vec![
            (
                "an address joined from literals in a page's script",
                common::spelling::static_html(&format!(
                    "<script>document.write('{user}' + '@' + '{host}');</script>"
                )),
            ),
            (
                "a phone from String.fromCharCode in a page's script",
                common::spelling::static_html(&format!(
                    "<script>var t = String.fromCharCode({});</script>",
                    codes.join(", ")
                )),
            ),
            (
                "a phone joined from literals in a .js file",
                common::spelling::static_file(
                    "static/js/contact.js",
                    "var tel = \"138\" + \"0013\" + \"8000\";\n",
                ),
            ),
            (
                "escapes inside a JSON string that holds JSON",
                common::spelling::static_file("static/files/p.json", format!("{nested}\n")),
            ),
        ],
    );
}

#[test]
fn ordinary_scripts_build() {
    let files = vec![(
        "static/js/app.js".to_string(),
        "var total = count + 1; var label = '共' + n + '户'; var y = '2023' + '-' + '07' + '-' + '11';\nvar u = 'https://example.gov.cn/' + 'data/' + 'a.csv';\nvar s = String.fromCharCode(72, 105);\n"
            .as_bytes()
            .to_vec(),
    )];
    builds_strict(&files);
}

// ----------------------------------------------------------------------------------------------------------------
// Static markup whose characters are shown in reverse order
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn characters_shown_in_reverse_order_by_markup() {
    let reversed: String = PHONE.chars().rev().collect();
    common::spelling::file_class(
        "reversed characters",
        vec![
            (
                "an SVG label with direction and unicode-bidi attributes",
                common::spelling::static_svg(&format!(
                    r#"<text x="0" y="10" direction="rtl" unicode-bidi="bidi-override">{reversed}</text>"#
                )),
            ),
            (
                "a class of the page's own style sheet overriding the direction",
                common::spelling::static_file(
                    "static/files/p.html",
                    format!(
                        "<!doctype html><html><head><title>t</title><style>.r {{ unicode-bidi: bidi-override; direction: rtl }}</style></head><body><p>电话<span class=\"r\">{reversed}</span></p></body></html>\n"
                    ),
                ),
            ),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// SVG: text along a path and HTML inside a drawing
// ----------------------------------------------------------------------------------------------------------------

const PATH: &str = r#"<defs><path id="p" d="M0 10 L300 10"/></defs>"#;

#[test]
fn svg_text_along_a_path_and_html_inside_a_drawing() {
    common::spelling::file_class(
        "SVG textPath and foreignObject",
        vec![
            (
                "a number along a path",
                common::spelling::static_svg(&format!(
                    r##"{PATH}<text><textPath href="#p">电话{PHONE}</textPath></text>"##
                )),
            ),
            (
                "a number split by a textPath (xlink:href)",
                common::spelling::static_svg(&format!(
                    r##"{PATH}<text x="0" y="10">电话138<textPath xlink:href="#p">0013</textPath>8000</text>"##
                )),
            ),
            (
                "a label beside a textPath label on one line",
                common::spelling::static_svg(&format!(
                    r##"{PATH}<text x="0" y="10" font-size="10">电话138</text><text font-size="10"><textPath href="#p" startOffset="40">00138000</textPath></text>"##
                )),
            ),
            (
                "HTML inside a foreignObject",
                common::spelling::static_svg(
                    r#"<foreignObject width="200" height="20"><div xmlns="http://www.w3.org/1999/xhtml">电话<b>138</b>0013<i>8000</i></div></foreignObject>"#,
                ),
            ),
            (
                "HTML inside a foreignObject with a hidden decoy",
                common::spelling::static_svg(
                    r#"<foreignObject width="200" height="20"><p xmlns="http://www.w3.org/1999/xhtml">电话138<span style="display:none">9</span>00138000</p></foreignObject>"#,
                ),
            ),
            (
                "a foreignObject in a static page's inline SVG",
                common::spelling::static_html(&format!(
                    r#"<svg><foreignObject width="200" height="20"><p>联系人{NAME}</p></foreignObject></svg>"#
                )),
            ),
        ],
    );
}

#[test]
fn ordinary_drawings_with_paths_and_html_build() {
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg">{PATH}<text x="0" y="10" font-size="10">2023</text><text font-size="10"><textPath href="#p" startOffset="120">1380户</textPath></text><foreignObject width="200" height="60"><table xmlns="http://www.w3.org/1999/xhtml"><tr><td>150</td><td>2000</td><td>1380</td></tr></table><p>城镇<b>150</b>户，农村<i>2000</i>户</p></foreignObject></svg>
"##
    );
    let dir = attachment_site(&[("static/files/chart.svg".to_string(), svg.into_bytes())]);
    let out = sunlight(dir.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

// ----------------------------------------------------------------------------------------------------------------
// CSS generated content that shows an attribute beside the page's text
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn css_generated_content_showing_an_attribute() {
    let page = |style: &str, body: &str| {
        common::spelling::static_file(
            "static/files/p.html",
            format!(
                "<!doctype html><html><head><title>t</title><style>{style}</style></head><body>{body}</body></html>\n"
            ),
        )
    };
    common::spelling::file_class(
        "content: attr()",
        vec![
            (
                "a data attribute shown after the text",
                page(
                    ".t::after { content: attr(data-x) }",
                    r#"<p>电话138<span class="t" data-x="00138000"></span></p>"#,
                ),
            ),
            (
                "a title shown before the text, with a string",
                page(
                    "b::before{content:\"\" ATTR( title )}",
                    r#"<p>电话<b title="1380013">8000</b></p>"#,
                ),
            ),
            (
                "a counter set to a figure, shown before the text",
                page(
                    "body { counter-reset: n 1380012 } .t::before { counter-increment: n; content: counter(n) }",
                    r#"<p>电话<span class="t">8000</span></p>"#,
                ),
            ),
            (
                "an SVG whose style sheet shows an attribute",
                common::spelling::static_svg(
                    r#"<style>text::after{content:attr(data-x)}</style><text x="0" y="10" data-x="8000">电话1380013</text>"#,
                ),
            ),
        ],
    );
    attached::refused(
        "content: attr() in a style sheet",
        vec![case(
            "a style sheet that shows an attribute",
            "static/files/p.css",
            b".t::after { content: \" \" attr(data-x); }\n".to_vec(),
            "",
        )],
        &planted_values(),
    );
}

// ----------------------------------------------------------------------------------------------------------------
// PDF: content Sunlight cannot decode, glyphs it cannot know
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn pdf_content_that_cannot_be_decoded_is_refused() {
    let text = format!("BT /F1 12 Tf 72 700 Td (Tel {PHONE}) Tj ET");
    let plain = text.as_bytes();
    let content = |filter: &str, data: &[u8]| pdf_doc("", data, filter, HELVETICA, "", &[]);
    // A Type 3 font draws each glyph with its own procedure: `/one` may draw an 8. Standard names, no ToUnicode.
    let names = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let diffs: String = names.iter().map(|n| format!("/{n} ")).collect();
    let procs: String = names.iter().map(|n| format!("/{n} 6 0 R ")).collect();
    let type3 = format!(
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {procs}>> /Encoding << /Type /Encoding /Differences [48 {diffs}] >> /FirstChar 48 /LastChar 57 /Widths [600 600 600 600 600 600 600 600 600 600] >>"
    );
    let glyph = stream("", b"600 0 0 0 600 600 d1 0 0 600 600 re f");
    attached::refused(
        "PDF filters",
        vec![
            case(
                "PDF, page content under /JBIG2Decode",
                "static/files/a.pdf",
                content("/Filter /JBIG2Decode", plain),
                "",
            ),
            case(
                "PDF, page content under /Crypt",
                "static/files/a.pdf",
                content("/Filter /Crypt", plain),
                "",
            ),
            case(
                "PDF, page content under a misspelled filter",
                "static/files/a.pdf",
                content("/Filter /FlateDecod", &zlib(plain)),
                "",
            ),
            case(
                "PDF, page content under a chain ending in an unknown filter",
                "static/files/a.pdf",
                content("/Filter [/ASCIIHexDecode /Foo]", &ascii_hex(plain)),
                "",
            ),
            case(
                "PDF, a form XObject under an unknown filter",
                "static/files/a.pdf",
                pdf_doc(
                    "",
                    b"/X1 Do",
                    "",
                    HELVETICA,
                    "/Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >>",
                    &[stream(
                        "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /Foo",
                        plain,
                    )],
                ),
                "",
            ),
            case(
                "PDF, a Type 3 font with a named encoding and no ToUnicode",
                "static/files/a.pdf",
                pdf_doc(
                    "",
                    format!("BT /F1 12 Tf 72 700 Td ({PHONE}) Tj ET").as_bytes(),
                    "",
                    &type3.replace(
                        &format!("<< /Type /Encoding /Differences [48 {diffs}] >>"),
                        "/WinAnsiEncoding",
                    ),
                    "",
                    std::slice::from_ref(&glyph),
                ),
                "",
            ),
            case(
                "PDF, a Type 3 font with standard glyph names and no ToUnicode",
                "static/files/a.pdf",
                pdf_doc(
                    "",
                    format!("BT /F1 12 Tf 72 700 Td ({PHONE}) Tj ET").as_bytes(),
                    "",
                    &type3,
                    "",
                    &[glyph],
                ),
                "",
            ),
        ],
        &planted_values(),
    );
}

// ----------------------------------------------------------------------------------------------------------------
// XLSX: defined names, which a cell's formula shows by name
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn xlsx_formulas_of_defined_names() {
    let book = |names: &str| format!("<definedNames>{names}</definedNames>");
    let sheet =
        |cells: &str| format!("<sheetData>{CELL_HEADER}<row r=\"2\">{cells}</row></sheetData>");
    planted_class(
        "defined names",
        vec![
            case(
                "XLSX, a name holding joined literals, shown by a cell",
                "static/files/a.xlsx",
                xlsx_of(
                    &[(
                        "汇总",
                        "",
                        &sheet(r#"<c r="B2" t="str"><f>tel</f><v>0</v></c>"#),
                    )],
                    &book(r#"<definedName name="tel">"138"&amp;"0013"&amp;"8000"</definedName>"#),
                    &[],
                ),
                "",
            ),
            case(
                "XLSX, three names joined by a cell",
                "static/files/a.xlsx",
                xlsx_of(
                    &[(
                        "汇总",
                        "",
                        &sheet(r#"<c r="B2" t="str"><f>a&amp;b&amp;c</f></c>"#),
                    )],
                    &book(
                        r#"<definedName name="a">"138"</definedName><definedName name="b">"0013"</definedName><definedName name="c">"8000"</definedName>"#,
                    ),
                    &[],
                ),
                "",
            ),
        ],
    );
}

#[test]
fn text_in_validation_lists_and_text_boxes() {
    planted_class(
        "validation lists and text boxes",
        vec![
            case(
                "XLSX, a data validation list",
                "static/files/a.xlsx",
                xlsx_of(
                    &[(
                        "汇总",
                        "",
                        &format!(
                            r#"<sheetData>{CELL_HEADER}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"{PHONE}"</formula1></dataValidation></dataValidations>"#
                        ),
                    )],
                    "",
                    &[],
                ),
                "汇总",
            ),
            case(
                "DOCX, a text box split over runs",
                "static/files/a.docx",
                docx(
                    r#"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>电话138</w:t></w:r><w:r><w:t>0013</w:t></w:r><w:r><w:t>8000</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"#,
                    &[],
                ),
                "word/document.xml",
            ),
        ],
    );
}
