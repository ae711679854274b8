//! The privacy guard against a third attacker, on attachments only: places inside XLSX, DOCX, PPTX, ODF, PDF,
//! images, calendars, mail and archives that the first two rounds (`privacy_attachments.rs`,
//! `privacy_attacks.rs`, `privacy_attacks2.rs`) did not plant a value in. Each class is one test, each case one small
//! site with one planted file, built with `--strict` and without: both must fail (an attachment cannot be redacted
//! in place), the log must name the file and, where the case says, the place inside it, and never the value.
//! Files the guard cannot read must be refused, named with what to do. Failures name the case, never the value.
//!
//! All values are fictional: the ID number has a birth date before 1910 and a correct check character, the phone
//! number is 138 0013 8000-style, the name is one of the site's own records dataset.

mod common;
mod support;

use std::io::Write;

use common::attached::{self, Case, case, text_case};
use common::{stderr, sunlight};
use support::forge::*;

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

/// Every case must fail the build naming the file (and the place), never the value.
fn class(name: &str, cases: Vec<Case>) {
    attached::class(name, cases, &planted());
}

/// Every case must be refused as a file Sunlight cannot read.
fn refused(name: &str, cases: Vec<Case>) {
    attached::refused(name, cases, &planted());
}

fn label() -> String {
    format!("联系人{NAME} 电话{PHONE}")
}

// ----------------------------------------------------------------------------------------------------------------
// XLSX: what a spreadsheet holds but does not show
// ----------------------------------------------------------------------------------------------------------------

fn xlsx_cases() -> Vec<Case> {
    let styles = |code: &str| {
        format!(
            r#"<?xml version="1.0"?><styleSheet {SS}><numFmts count="1"><numFmt numFmtId="164" formatCode="{code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>"#
        )
        .into_bytes()
    };
    let hidden_format = styles(";;;");
    let text_format = styles("@");
    let literal_format = styles(&format!("&quot;Tel {PHONE}&quot;0"));
    let chart = format!(
        r#"<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:f>汇总!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>{NAME}</c:v></c:pt><c:pt idx="1"><c:v>{PHONE}</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>"#
    );
    let pivot_records = format!(
        r#"<?xml version="1.0"?><pivotCacheRecords {SS} count="1"><r><s v="{NAME}"/><n v="{PHONE}"/></r></pivotCacheRecords>"#
    );
    let pivot_definition = format!(
        r#"<?xml version="1.0"?><pivotCacheDefinition {SS}><cacheFields count="1"><cacheField name="姓名"><sharedItems><s v="{NAME}"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>"#
    );
    let external = format!(
        r#"<?xml version="1.0"?><externalLink {SS}><externalBook><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>{PHONE}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>"#
    );
    let threaded = format!(
        r#"<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="A1" id="{{1}}" personId="{{2}}"><text>请联系 {PHONE}</text></threadedComment></ThreadedComments>"#
    );
    let persons = format!(
        r#"<?xml version="1.0"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="{NAME}" id="{{2}}" userId="{NAME}" providerId="None"/></personList>"#
    );
    let vml = format!(
        r#"<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><div>{}</div></v:textbox></v:shape></xml>"#,
        label()
    );
    let shared = format!(
        r#"<?xml version="1.0"?><sst {SS}><si><t>{PHONE}</t><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>备注</t><rPh sb="0" eb="2"><t>{NAME}</t></rPh></si></sst>"#
    );
    let id = id_number();
    vec![
        case(
            "XLSX, a number hidden by the format ;;;",
            "static/files/a.xlsx",
            xlsx(
                &format!(r#"{CELL_HEADER}<row r="2"><c r="B2" s="1"><v>{PHONE}</v></c></row>"#),
                &[("xl/styles.xml", &hidden_format)],
            ),
            "汇总!B2",
        ),
        case(
            "XLSX, a hidden row and a hidden column",
            "static/files/a.xlsx",
            xlsx_of(
                &[(
                    "汇总",
                    "",
                    &format!(
                        r#"<cols><col min="3" max="3" hidden="1"/></cols><sheetData>{CELL_HEADER}<row r="7" hidden="1"><c r="C7" t="inlineStr"><is><t>{}</t></is></c></row></sheetData>"#,
                        label()
                    ),
                )],
                "",
                &[],
            ),
            "汇总!C7",
        ),
        case(
            "XLSX, a veryHidden sheet",
            "static/files/a.xlsx",
            xlsx_of(
                &[
                    ("汇总", "", &format!("<sheetData>{CELL_HEADER}</sheetData>")),
                    (
                        "底册",
                        "veryHidden",
                        &format!(
                            r#"<sheetData><row r="4"><c r="D4" t="inlineStr"><is><t>{NAME}</t></is></c><c r="E4"><v>{id}</v></c></row></sheetData>"#
                        ),
                    ),
                ],
                "",
                &[],
            ),
            "底册",
        ),
        case(
            "XLSX, a data-validation list of names",
            "static/files/a.xlsx",
            xlsx_of(
                &[(
                    "汇总",
                    "",
                    &format!(
                        r#"<sheetData>{CELL_HEADER}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="B2:B9"><formula1>"{NAME},欧阳一,{PHONE}"</formula1></dataValidation></dataValidations>"#
                    ),
                )],
                "",
                &[],
            ),
            "汇总",
        ),
        case(
            "XLSX, a defined name holding a constant",
            "static/files/a.xlsx",
            xlsx_of(
                &[("汇总", "", &format!("<sheetData>{CELL_HEADER}</sheetData>"))],
                &format!(
                    r#"<definedNames><definedName name="联系电话">"{PHONE}"</definedName></definedNames>"#
                ),
                &[],
            ),
            "xl/workbook.xml",
        ),
        case(
            "XLSX, a chart's cached category labels",
            "static/files/a.xlsx",
            xlsx(CELL_HEADER, &[("xl/charts/chart1.xml", chart.as_bytes())]),
            "xl/charts/chart1.xml",
        ),
        case(
            "XLSX, pivot cache records",
            "static/files/a.xlsx",
            xlsx(
                CELL_HEADER,
                &[(
                    "xl/pivotCache/pivotCacheRecords1.xml",
                    pivot_records.as_bytes(),
                )],
            ),
            "pivotCacheRecords1.xml",
        ),
        case(
            "XLSX, pivot cache shared items",
            "static/files/a.xlsx",
            xlsx(
                CELL_HEADER,
                &[(
                    "xl/pivotCache/pivotCacheDefinition1.xml",
                    pivot_definition.as_bytes(),
                )],
            ),
            "pivotCacheDefinition1.xml",
        ),
        case(
            "XLSX, an external link's cached values",
            "static/files/a.xlsx",
            xlsx(
                CELL_HEADER,
                &[("xl/externalLinks/externalLink1.xml", external.as_bytes())],
            ),
            "xl/externalLinks/externalLink1.xml",
        ),
        case(
            "XLSX, a threaded comment",
            "static/files/a.xlsx",
            xlsx(
                CELL_HEADER,
                &[(
                    "xl/threadedComments/threadedComment1.xml",
                    threaded.as_bytes(),
                )],
            ),
            "threadedComment1.xml",
        ),
        case(
            "XLSX, the person list of threaded comments",
            "static/files/a.xlsx",
            xlsx(
                CELL_HEADER,
                &[("xl/persons/person.xml", persons.as_bytes())],
            ),
            "xl/persons/person.xml",
        ),
        case(
            "XLSX, a legacy note in a VML drawing",
            "static/files/a.xlsx",
            xlsx(
                CELL_HEADER,
                &[("xl/drawings/vmlDrawing1.vml", vml.as_bytes())],
            ),
            "vmlDrawing1.vml",
        ),
        case(
            "XLSX, a number in a cell formatted as text",
            "static/files/a.xlsx",
            xlsx(
                &format!(r#"{CELL_HEADER}<row r="2"><c r="B2" s="1"><v>{PHONE}</v></c></row>"#),
                &[("xl/styles.xml", &text_format)],
            ),
            "汇总!B2",
        ),
        case(
            "XLSX, the result of a shared formula",
            "static/files/a.xlsx",
            xlsx(
                &format!(
                    r#"{CELL_HEADER}<row r="2"><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*1</f><v>1</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>{PHONE}</v></c></row>"#
                ),
                &[],
            ),
            "汇总!B3",
        ),
        case(
            "XLSX, a literal inside a custom number format",
            "static/files/a.xlsx",
            xlsx(
                &format!(r#"{CELL_HEADER}<row r="2"><c r="B2" s="1"><v>1</v></c></row>"#),
                &[("xl/styles.xml", &literal_format)],
            ),
            "xl/styles.xml",
        ),
        case(
            "XLSX, a phonetic guide holding a name",
            "static/files/a.xlsx",
            xlsx(
                r#"<row r="1"><c r="A1" t="s"><v>1</v></c></row>"#,
                &[("xl/sharedStrings.xml", shared.as_bytes())],
            ),
            "",
        ),
        case(
            "XLSX, an ID number pasted as the digits Excel showed",
            "static/files/a.xlsx",
            xlsx(
                &format!(
                    r#"{CELL_HEADER}<row r="2"><c r="B2" t="inlineStr"><is><t>{}000</t></is></c></row>"#,
                    &id[..15]
                ),
                &[],
            ),
            "汇总!B2",
        ),
    ]
}

#[test]
fn xlsx_places_that_are_not_shown() {
    class("XLSX", xlsx_cases());
}

// ----------------------------------------------------------------------------------------------------------------
// DOCX: text Word keeps but does not print
// ----------------------------------------------------------------------------------------------------------------

fn docx_cases() -> Vec<Case> {
    let p = |inner: &str| format!("<w:p>{inner}</w:p>");
    let run = |t: &str| format!("<w:r><w:t>{t}</w:t></w:r>");
    let footnotes = word_part(
        "footnotes",
        &format!(r#"<w:footnote w:id="1">{}</w:footnote>"#, p(&run(&label()))),
    );
    let endnotes = word_part(
        "endnotes",
        &format!(r#"<w:endnote w:id="1">{}</w:endnote>"#, p(&run(&label()))),
    );
    let glossary = word_part(
        "glossaryDocument",
        &format!(
            r#"<w:docParts><w:docPart><w:docPartPr><w:name w:val="联系人"/></w:docPartPr><w:docPartBody>{}</w:docPartBody></w:docPart></w:docParts>"#,
            p(&run(&label()))
        ),
    );
    let custom = format!(
        r#"<?xml version="1.0"?><root xmlns="urn:x-roster"><person><name>{NAME}</name><tel>{PHONE}</tel></person></root>"#
    );
    let settings = word_part(
        "settings",
        &format!(r#"<w:docVars><w:docVar w:name="tel" w:val="{PHONE}"/></w:docVars>"#),
    );
    let people = format!(
        r#"<?xml version="1.0"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="{NAME}"><w15:presenceInfo w15:providerId="None" w15:userId="{NAME}"/></w15:person></w15:people>"#
    );
    let inner = docx(&p(&run(&label())), &[]);
    vec![
        case(
            "DOCX, a tracked deletion",
            "static/files/a.docx",
            docx(
                &p(&format!(
                    r#"<w:r><w:t>电话</w:t></w:r><w:del w:id="1" w:author="办公室"><w:r><w:delText>{PHONE}</w:delText></w:r></w:del>"#
                )),
                &[],
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, a field code",
            "static/files/a.docx",
            docx(
                &p(&format!(
                    r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "tel:{PHONE}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>联系我们</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
                )),
                &[],
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, the alternative text of a picture",
            "static/files/a.docx",
            docx(
                &p(&format!(
                    r#"<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="{}" title="{NAME}"/></wp:inline></w:drawing></w:r>"#,
                    label()
                )),
                &[],
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, a custom XML part",
            "static/files/a.docx",
            docx(
                &p(&run("正文")),
                &[("customXml/item1.xml", custom.as_bytes())],
            ),
            "customXml/item1.xml",
        ),
        case(
            "DOCX, a footnote",
            "static/files/a.docx",
            docx(&p(&run("正文")), &[("word/footnotes.xml", &footnotes)]),
            "word/footnotes.xml",
        ),
        case(
            "DOCX, an endnote",
            "static/files/a.docx",
            docx(&p(&run("正文")), &[("word/endnotes.xml", &endnotes)]),
            "word/endnotes.xml",
        ),
        case(
            "DOCX, the glossary document (building blocks)",
            "static/files/a.docx",
            docx(
                &p(&run("正文")),
                &[("word/glossary/document.xml", &glossary)],
            ),
            "word/glossary/document.xml",
        ),
        case(
            "DOCX, a content control's placeholder and tag",
            "static/files/a.docx",
            docx(
                &format!(
                    r#"<w:sdt><w:sdtPr><w:tag w:val="{PHONE}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>"#,
                    p(&run(&format!("请输入 {NAME}")))
                ),
                &[],
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, a text box",
            "static/files/a.docx",
            docx(
                &p(&format!(
                    r#"<w:r><w:pict><v:shape><v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"#,
                    p(&run(&label()))
                )),
                &[],
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, hidden text (w:vanish)",
            "static/files/a.docx",
            docx(
                &p(&format!(
                    r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{}</w:t></w:r>"#,
                    label()
                )),
                &[],
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, a document variable in the settings",
            "static/files/a.docx",
            docx(&p(&run("正文")), &[("word/settings.xml", &settings)]),
            "word/settings.xml",
        ),
        case(
            "DOCX, the people part of comments",
            "static/files/a.docx",
            docx(&p(&run("正文")), &[("word/people.xml", people.as_bytes())]),
            "word/people.xml",
        ),
        case(
            "DOCX, a DOCX embedded in a DOCX",
            "static/files/a.docx",
            docx(
                &p(&run("正文")),
                &[("word/embeddings/Microsoft_Word_Document1.docx", &inner)],
            ),
            "word/embeddings/Microsoft_Word_Document1.docx",
        ),
    ]
}

#[test]
fn docx_places_that_are_not_printed() {
    class("DOCX", docx_cases());
}

// ----------------------------------------------------------------------------------------------------------------
// PDF: objects beside the page, and the ways a stream can be written
// ----------------------------------------------------------------------------------------------------------------

fn pdf_cases() -> Vec<Case> {
    let shown = format!("BT /F1 12 Tf 72 700 Td (Tel {PHONE}) Tj ET").into_bytes();
    let octal: String = PHONE.bytes().map(|b| format!("\\{b:03o}")).collect();
    let hex: String = PHONE.bytes().map(|b| format!("{b:02X}")).collect();
    let js = stream("", format!("app.alert('{PHONE}');").as_bytes());
    let mut after_eof = pdf_doc("", NOTICE, "", HELVETICA, "", &[]);
    after_eof.extend(format!("\n联系电话 {PHONE}\n").as_bytes());
    let mut zip_after_eof = pdf_doc("", NOTICE, "", HELVETICA, "", &[]);
    zip_after_eof.extend(zip_of(&[(
        "名单.csv",
        format!("姓名,电话\n{NAME},{PHONE}\n").as_bytes(),
    )]));
    let xfa = stream(
        "",
        format!(r#"<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form><tel>{PHONE}</tel><name>{NAME}</name></form></xfa:data></xfa:datasets></xdp:xdp>"#).as_bytes(),
    );
    vec![
        case(
            "PDF, an AcroForm field value",
            "static/files/a.pdf",
            pdf_doc(
                "/AcroForm << /Fields [6 0 R] >>",
                NOTICE,
                "",
                HELVETICA,
                "",
                &[format!("<< /FT /Tx /T (tel) /V ({PHONE}) >>").into_bytes()],
            ),
            "",
        ),
        case(
            "PDF, a bookmark title in UTF-16",
            "static/files/a.pdf",
            pdf_doc(
                "/Outlines 6 0 R",
                NOTICE,
                "",
                HELVETICA,
                "",
                &[
                    b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>".to_vec(),
                    format!(
                        "<< /Title <{}> /Parent 6 0 R /Dest [3 0 R /Fit] >>",
                        utf16be_hex(&label())
                    )
                    .into_bytes(),
                ],
            ),
            "",
        ),
        case(
            "PDF, a page label prefix",
            "static/files/a.pdf",
            pdf_doc(
                &format!("/PageLabels << /Nums [0 << /S /D /P ({PHONE}-) >>] >>"),
                NOTICE,
                "",
                HELVETICA,
                "",
                &[],
            ),
            "",
        ),
        case(
            "PDF, document JavaScript in a stream",
            "static/files/a.pdf",
            pdf_doc(
                "/Names << /JavaScript << /Names [(init) 6 0 R] >> >>",
                NOTICE,
                "",
                HELVETICA,
                "",
                &[b"<< /S /JavaScript /JS 7 0 R >>".to_vec(), js],
            ),
            "JavaScript",
        ),
        case(
            "PDF, text in a hidden optional-content layer",
            "static/files/a.pdf",
            pdf_doc(
                "/OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >>",
                format!("/OC /L1 BDC BT /F1 12 Tf 72 600 Td (Tel {PHONE}) Tj ET EMC").as_bytes(),
                "",
                HELVETICA,
                "/Properties << /L1 6 0 R >>",
                &[b"<< /Type /OCG /Name (hidden) >>".to_vec()],
            ),
            "page 1",
        ),
        case(
            "PDF, invisible text (render mode 3) off the page",
            "static/files/a.pdf",
            pdf_doc(
                "",
                format!("BT 3 Tr /F1 12 Tf -2000 -2000 Td (Tel {PHONE}) Tj ET").as_bytes(),
                "",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case(
            "PDF, a hex string",
            "static/files/a.pdf",
            pdf_doc(
                "",
                format!("BT /F1 12 Tf 72 700 Td (Tel ) Tj <{hex}> Tj ET").as_bytes(),
                "",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case(
            "PDF, octal escapes",
            "static/files/a.pdf",
            pdf_doc(
                "",
                format!("BT /F1 12 Tf 72 700 Td (Tel {octal}) Tj ET").as_bytes(),
                "",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case(
            "PDF, ASCIIHexDecode content",
            "static/files/a.pdf",
            pdf_doc(
                "",
                &ascii_hex(&shown),
                "/Filter /ASCIIHexDecode",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case(
            "PDF, ASCII85Decode content",
            "static/files/a.pdf",
            pdf_doc(
                "",
                &ascii85(&shown),
                "/Filter /ASCII85Decode",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case(
            "PDF, LZWDecode content",
            "static/files/a.pdf",
            pdf_doc("", &lzw(&shown), "/Filter /LZWDecode", HELVETICA, "", &[]),
            "page 1",
        ),
        case(
            "PDF, RunLengthDecode content",
            "static/files/a.pdf",
            pdf_doc(
                "",
                &run_length(&shown),
                "/Filter /RunLengthDecode",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case(
            "PDF, chained filters (ASCII85 over Flate)",
            "static/files/a.pdf",
            pdf_doc(
                "",
                &ascii85(&zlib(&shown)),
                "/Filter [/ASCII85Decode /FlateDecode]",
                HELVETICA,
                "",
                &[],
            ),
            "page 1",
        ),
        case("PDF, text after %%EOF", "static/files/a.pdf", after_eof, ""),
        case(
            "PDF, a ZIP appended after %%EOF",
            "static/files/a.pdf",
            zip_after_eof,
            "",
        ),
        case(
            "PDF, XFA form data",
            "static/files/a.pdf",
            pdf_doc(
                "/AcroForm << /Fields [] /XFA 6 0 R >>",
                NOTICE,
                "",
                HELVETICA,
                "",
                &[xfa],
            ),
            "",
        ),
        case(
            "PDF, an ASCII85 embedded file",
            "static/files/a.pdf",
            pdf_doc(
                "/Names << /EmbeddedFiles << /Names [(a.csv) 6 0 R] >> >>",
                NOTICE,
                "",
                HELVETICA,
                "",
                &[
                    b"<< /Type /Filespec /F (a.csv) /EF << /F 7 0 R >> >>".to_vec(),
                    stream(
                        "/Type /EmbeddedFile /Filter /ASCII85Decode",
                        &ascii85(format!("姓名,电话\n{NAME},{PHONE}\n").as_bytes()),
                    ),
                ],
            ),
            "embedded file",
        ),
    ]
}

#[test]
fn pdf_objects_and_stream_encodings() {
    class("PDF", pdf_cases());
}

#[test]
fn pdf_text_in_a_font_without_a_character_map_is_refused() {
    let codes: String = PHONE
        .bytes()
        .map(|d| format!("00{:02X}", 0x10 + d - b'0'))
        .collect();
    refused(
        "PDF, CID font",
        vec![case(
            "PDF, a CID font without ToUnicode",
            "static/files/a.pdf",
            pdf_doc(
                "",
                format!("BT /F1 12 Tf 72 700 Td <{codes}> Tj ET").as_bytes(),
                "",
                "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
                "",
                &[b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>".to_vec()],
            ),
            "ToUnicode",
        )],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// Slides, OpenDocument, e-books, calendars, contacts and mail
// ----------------------------------------------------------------------------------------------------------------

fn other_document_cases() -> Vec<Case> {
    let slide = |body: &str| {
        format!(
            r#"<?xml version="1.0"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{body}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
        )
        .into_bytes()
    };
    let pptx = |part: &str, data: &[u8]| {
        zip_of(&[
            ("[Content_Types].xml", TYPES.as_bytes()),
            ("ppt/slides/slide1.xml", &slide("通知")),
            (part, data),
        ])
    };
    let odf = |mime: &str, body: &str| {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body>{body}</office:body></office:document-content>"#
        );
        zip_of(&[
            ("mimetype", mime.as_bytes()),
            ("content.xml", content.as_bytes()),
        ])
    };
    let annotation = format!(
        "<office:annotation><dc:creator>{NAME}</dc:creator><text:p>电话 {PHONE}</text:p></office:annotation>"
    );
    let xhtml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>{}</p></body></html>"#,
        label()
    );
    let epub = zip_of(&[
        ("mimetype", b"application/epub+zip"),
        ("META-INF/container.xml", br#"<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#),
        ("OEBPS/chapter1.xhtml", xhtml.as_bytes()),
    ]);
    let pdf_part = pdf_doc(
        "",
        format!("BT /F1 12 Tf 72 700 Td (Tel {PHONE}) Tj ET").as_bytes(),
        "",
        HELVETICA,
        "",
        &[],
    );
    let eml_pdf = format!(
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n见附件\r\n--b1\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--b1--\r\n",
        b64(&pdf_part)
    );
    vec![
        case(
            "PPTX, speaker notes",
            "static/files/a.pptx",
            pptx("ppt/notesSlides/notesSlide1.xml", &slide(&label())),
            "notes of slide 1",
        ),
        case(
            "PPTX, a slide layout",
            "static/files/a.pptx",
            pptx("ppt/slideLayouts/slideLayout1.xml", &slide(&label())),
            "ppt/slideLayouts/slideLayout1.xml",
        ),
        case(
            "PPTX, a slide master",
            "static/files/a.pptx",
            pptx("ppt/slideMasters/slideMaster1.xml", &slide(&label())),
            "ppt/slideMasters/slideMaster1.xml",
        ),
        case(
            "ODT, an annotation",
            "static/files/a.odt",
            odf(
                "application/vnd.oasis.opendocument.text",
                &format!("<office:text><text:p>正文{annotation}</text:p></office:text>"),
            ),
            "content.xml",
        ),
        case(
            "ODS, an annotation on a cell",
            "static/files/a.ods",
            odf(
                "application/vnd.oasis.opendocument.spreadsheet",
                &format!(r#"<office:spreadsheet><table:table table:name="汇总"><table:table-row><table:table-cell>{annotation}<text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"#),
            ),
            "content.xml",
        ),
        case(
            "ODS, an ID number rounded in a number cell",
            "static/files/a.ods",
            odf(
                "application/vnd.oasis.opendocument.spreadsheet",
                &format!(
                    r#"<office:spreadsheet><table:table table:name="汇总"><table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="{}.{}E+17"><text:p>1.10105E+17</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"#,
                    &id_number()[..1],
                    &id_number()[1..15]
                ),
            ),
            "汇总!C1",
        ),
        case("EPUB, a chapter", "static/files/a.epub", epub, "chapter1.xhtml"),
        text_case(
            "ICS, an attendee and a phone",
            "static/files/a.ics",
            format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:入户走访\r\nATTENDEE;CN={NAME}:mailto:office@example.org\r\nDESCRIPTION:联系电话 {PHONE}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").into_bytes(),
        ),
        text_case(
            "ICS, a description folded over two lines",
            "static/files/a.ics",
            format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:联系电话 {}\r\n {}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", &PHONE[..5], &PHONE[5..]).into_bytes(),
        ),
        text_case(
            "VCF, a contact card",
            "static/files/a.vcf",
            format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{NAME}\r\nTEL;TYPE=CELL:+86-{}-{}-{}\r\nEND:VCARD\r\n", &PHONE[..3], &PHONE[3..7], &PHONE[7..]).into_bytes(),
        ),
        text_case(
            "VCF, a name in quoted-printable UTF-8",
            "static/files/a.vcf",
            format!(
                "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{}\r\nEND:VCARD\r\n",
                NAME.bytes().map(|b| format!("={b:02X}")).collect::<String>()
            )
            .into_bytes(),
        ),
        case(
            "VCF, a base64 photo with a JPEG comment",
            "static/files/a.vcf",
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:办公室\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\nEND:VCARD\r\n",
                b64(&jpeg_with_comment(&label()))
            )
            .into_bytes(),
            "",
        ),
        case("EML, a base64 PDF attachment", "static/files/a.eml", eml_pdf.into_bytes(), ""),
    ]
}

#[test]
fn slides_opendocument_ebooks_calendars_contacts_and_mail() {
    class("documents", other_document_cases());
}

// ----------------------------------------------------------------------------------------------------------------
// Images, lying extensions and archives
// ----------------------------------------------------------------------------------------------------------------

fn image_and_container_cases() -> Vec<Case> {
    let png = png_chunks(&[(b"tEXt", format!("Comment\0{}", label()).into_bytes())]);
    let svg_png = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,{}" width="1" height="1"/></svg>"#,
        b64(&png)
    );
    let svg_svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,{}" width="1" height="1"/></svg>"#,
        b64(format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg"><text>{}</text></svg>"#,
            label()
        )
        .as_bytes())
    );
    let mut gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00!\xfe".to_vec();
    let comment = label().into_bytes();
    for chunk in comment.chunks(255) {
        gif.push(chunk.len() as u8);
        gif.extend(chunk);
    }
    gif.extend(b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;");
    let xmp = format!(
        r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{}</dc:creator></x:xmpmeta>"#,
        label()
    );
    let mut webp_body = b"WEBPVP8X".to_vec();
    webp_body.extend(10u32.to_le_bytes());
    webp_body.extend([4, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    webp_body.extend(b"XMP ");
    webp_body.extend((xmp.len() as u32).to_le_bytes());
    webp_body.extend(xmp.as_bytes());
    if xmp.len() % 2 == 1 {
        webp_body.push(0);
    }
    let mut webp = b"RIFF".to_vec();
    webp.extend((webp_body.len() as u32).to_le_bytes());
    webp.extend(webp_body);
    // A little-endian TIFF with one IFD entry: ImageDescription (270), ASCII.
    let desc = format!("{}\0", label()).into_bytes();
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend(1u16.to_le_bytes());
    tiff.extend(270u16.to_le_bytes());
    tiff.extend(2u16.to_le_bytes());
    tiff.extend((desc.len() as u32).to_le_bytes());
    tiff.extend(26u32.to_le_bytes());
    tiff.extend(0u32.to_le_bytes());
    tiff.extend(desc);
    let csv = format!("姓名,电话\n{NAME},{PHONE}\n");
    vec![
        case(
            "SVG, a base64 PNG with a text chunk",
            "static/files/a.svg",
            svg_png.into_bytes(),
            "data: URI 1",
        ),
        case(
            "SVG, a base64 SVG inside an SVG",
            "static/files/a.svg",
            svg_svg.into_bytes(),
            "data: URI 1",
        ),
        case("GIF, a comment extension", "static/files/a.gif", gif, ""),
        case("WebP, an XMP chunk", "static/files/a.webp", webp, ""),
        case("TIFF, an image description", "static/files/a.tif", tiff, ""),
        case(
            "a .pdf that is a ZIP",
            "static/files/a.pdf",
            zip_of(&[("名单.csv", csv.as_bytes())]),
            "名单.csv",
        ),
        text_case(
            "a .png that is text",
            "static/files/a.png",
            csv.clone().into_bytes(),
        ),
        case(
            "ZIP, the archive comment",
            "static/files/a.zip",
            zip_with_comment(&[("readme.txt", "说明".as_bytes())], &label()),
            "",
        ),
        case(
            "ZIP, an entry name",
            "static/files/a.zip",
            zip_of(&[(&format!("{NAME}.txt"), "说明".as_bytes())]),
            "",
        ),
    ]
}

#[test]
fn images_lying_extensions_and_archive_metadata() {
    class("images and containers", image_and_container_cases());
}

fn unreadable_cases() -> Vec<Case> {
    let mut heic = vec![0, 0, 0, 24];
    heic.extend(b"ftypheic\0\0\0\0mif1heic");
    heic.extend(b"\0\0\0\x10mdat");
    heic.extend(PHONE.as_bytes());
    let seven = {
        let mut v = vec![0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4];
        v.extend([0u8; 24]);
        v
    };
    let mut rar = b"Rar!\x1a\x07\x01\x00".to_vec();
    rar.extend([0u8; 16]);
    let mut bz2 = b"BZh91AY&SY".to_vec();
    bz2.extend([0u8; 16]);
    let mut xz = vec![0xFD, b'7', b'z', b'X', b'Z', 0, 0, 4];
    xz.extend([0u8; 16]);
    let mut zstd = vec![0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x00];
    zstd.extend([0u8; 16]);
    vec![
        case(
            "HEIC, an image Sunlight cannot read",
            "static/files/a.heic",
            heic,
            "",
        ),
        case("7z archive", "static/files/a.7z", seven, ""),
        case("RAR archive", "static/files/a.rar", rar, ""),
        case("bzip2 file", "static/files/a.csv.bz2", bz2, ""),
        case("xz file", "static/files/a.csv.xz", xz, ""),
        case("zstd file", "static/files/a.csv.zst", zstd, ""),
        case(
            "a 7z archive named .zip",
            "static/files/a.zip",
            {
                let mut v = vec![0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4];
                v.extend([0u8; 24]);
                v
            },
            "",
        ),
    ]
}

#[test]
fn files_that_cannot_be_read_are_refused() {
    refused("unreadable", unreadable_cases());
}

// ----------------------------------------------------------------------------------------------------------------
// Second batch: compressed PDF object structure, slides, image tags in UTF-16, macro and binary parts
// ----------------------------------------------------------------------------------------------------------------

/// `pdf` saved again by lopdf with object streams and a cross-reference stream (PDF 1.5), so every dictionary
/// (form fields, annotations, the information dictionary) sits inside a compressed object stream.
fn with_object_streams(pdf: &[u8]) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(pdf).expect("pdf");
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .build();
    let mut out = Vec::new();
    doc.save_with_options(&mut out, options).expect("save");
    out
}

/// A little-endian TIFF header and one IFD of (tag, type, bytes) entries, data after the IFD.
fn tiff_with(entries: &[(u16, u16, Vec<u8>)]) -> Vec<u8> {
    let mut out = b"II*\0\x08\0\0\0".to_vec();
    let ifd_len = 2 + entries.len() * 12 + 4;
    let mut data_at = 8 + ifd_len;
    let mut data: Vec<u8> = Vec::new();
    out.extend((entries.len() as u16).to_le_bytes());
    for (tag, kind, bytes) in entries {
        out.extend(tag.to_le_bytes());
        out.extend(kind.to_le_bytes());
        out.extend((bytes.len() as u32).to_le_bytes());
        out.extend((data_at as u32).to_le_bytes());
        data.extend(bytes);
        data_at += bytes.len();
    }
    out.extend(0u32.to_le_bytes());
    out.extend(data);
    out
}

fn utf16le(s: &str) -> Vec<u8> {
    let mut v: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
    v.extend([0, 0]);
    v
}

fn jpeg_with_exif(tiff: &[u8]) -> Vec<u8> {
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend(tiff);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend(((segment.len() + 2) as u16).to_be_bytes());
    out.extend(segment);
    out.extend([0xFF, 0xD9]);
    out
}

fn second_batch_cases() -> Vec<Case> {
    let field = pdf_doc(
        "/AcroForm << /Fields [6 0 R] >>",
        NOTICE,
        "",
        HELVETICA,
        "/Annots [7 0 R]",
        &[
            format!("<< /FT /Tx /T (tel) /V <{}> >>", utf16be_hex(&label())).into_bytes(),
            format!("<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (tel:{PHONE}) >> >>").into_bytes(),
        ],
    );
    let slide = |attrs: &str, body: &str| {
        format!(
            r#"<?xml version="1.0"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"{attrs}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="{NAME}" descr="{PHONE}"/></p:nvSpPr><p:txBody><a:p><a:r><a:t>{body}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
        )
        .into_bytes()
    };
    let chart_book = xlsx(
        &format!(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>{}</t></is></c></row>"#,
            label()
        ),
        &[],
    );
    let xp = tiff_with(&[
        (0x9C9D, 1, utf16le(NAME)),
        (0x9C9C, 1, utf16le(&format!("电话{PHONE}"))),
    ]);
    let iptc = {
        // Photoshop APP13: an 8BIM resource 0x0404 holding IPTC record 2:80 (By-line) in UTF-8.
        let mut record = vec![0x1C, 2, 80];
        record.extend((NAME.len() as u16).to_be_bytes());
        record.extend(NAME.as_bytes());
        let mut irb = b"Photoshop 3.0\0".to_vec();
        irb.extend(b"8BIM\x04\x04\0\0");
        irb.extend((record.len() as u32).to_be_bytes());
        irb.extend(&record);
        if record.len() % 2 == 1 {
            irb.push(0);
        }
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xED];
        out.extend(((irb.len() + 2) as u16).to_be_bytes());
        out.extend(irb);
        out.extend([0xFF, 0xD9]);
        out
    };
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><title>{NAME}</title><desc>电话</desc><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description about="{PHONE}"/></rdf:RDF></metadata><text><textPath href="/p">x</textPath></text></svg>"#
    );
    vec![
        case(
            "PDF, form fields and a link inside object streams",
            "static/files/a.pdf",
            with_object_streams(&field),
            "",
        ),
        case(
            "PPTX, a hidden slide and the name of a shape",
            "static/files/a.pptx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                ("ppt/slides/slide1.xml", &slide(r#" show="0""#, "通知")),
            ]),
            "slide 1",
        ),
        case(
            "PPTX, the workbook behind a chart",
            "static/files/a.pptx",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                (
                    "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx",
                    &chart_book,
                ),
            ]),
            "Microsoft_Excel_Worksheet1.xlsx",
        ),
        case(
            "JPEG, Windows XP tags in UTF-16LE",
            "static/files/a.jpg",
            jpeg_with_exif(&xp),
            "",
        ),
        case(
            "JPEG, an IPTC by-line in a Photoshop segment",
            "static/files/a.jpg",
            iptc,
            "",
        ),
        text_case(
            "SVG, title and RDF metadata",
            "static/files/a.svg",
            svg.into_bytes(),
        ),
        case(
            "DOCX, an HTML altChunk",
            "static/files/a.docx",
            docx(
                r#"<w:altChunk r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>"#,
                &[(
                    "word/afchunk.htm",
                    format!("<html><body><p>{}</p></body></html>", label()).as_bytes(),
                )],
            ),
            "word/afchunk.htm",
        ),
    ]
}

#[test]
fn second_batch_object_streams_slides_image_tags() {
    class("second batch", second_batch_cases());
}

fn unreadable_parts() -> Vec<Case> {
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.extend([0u8; 504]);
    let mut tar = vec![0u8; 512];
    tar[..8].copy_from_slice(b"list.csv");
    tar[257..262].copy_from_slice(b"ustar");
    tar.extend(format!("{NAME},{PHONE}\n").as_bytes());
    tar.resize(1024, 0);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&tar).expect("gzip");
    let tgz = gz.finish().expect("gzip");
    vec![
        case(
            "DOCX, an OLE object (a legacy compound file)",
            "static/files/a.docx",
            docx("<w:p/>", &[("word/embeddings/oleObject1.bin", &cfb)]),
            "oleObject1.bin",
        ),
        case(
            "XLSM, a VBA project",
            "static/files/a.xlsm",
            xlsx(CELL_HEADER, &[("xl/vbaProject.bin", &cfb)]),
            "vbaProject.bin",
        ),
        case(
            "XLSB, a binary worksheet",
            "static/files/a.xlsb",
            zip_of(&[
                ("[Content_Types].xml", TYPES.as_bytes()),
                (
                    "xl/worksheets/sheet1.bin",
                    &[0x81, 0x01, 0x00, 0x93, 0x01, 0x17, 0, 0, 0, 0, 0, 0],
                ),
            ]),
            "sheet1.bin",
        ),
        case("a tar inside gzip", "static/files/a.tar.gz", tgz, ""),
    ]
}

#[test]
fn binary_parts_and_archives_inside_are_refused() {
    refused("binary parts", unreadable_parts());
}

// ----------------------------------------------------------------------------------------------------------------
// What Word and Excel show, with what they keep but hide removed from between the digits
// ----------------------------------------------------------------------------------------------------------------

fn shown_cases() -> Vec<Case> {
    let (a, b) = (&PHONE[..3], &PHONE[3..]);
    let between = |hidden: &str| {
        docx(
            &format!("<w:p><w:r><w:t>电话{a}</w:t></w:r>{hidden}<w:r><w:t>{b}</w:t></w:r></w:p>"),
            &[],
        )
    };
    let shared = format!(
        r#"<?xml version="1.0"?><sst {SS}><si><r><t>{a}</t></r><rPh sb="0" eb="1"><t>9</t></rPh><r><t>{b}</t></r></si></sst>"#
    );
    vec![
        case(
            "DOCX, a tracked deletion between the digits",
            "static/files/a.docx",
            between(r#"<w:del w:id="1" w:author="x"><w:r><w:delText>9</w:delText></w:r></w:del>"#),
            "word/document.xml",
        ),
        case(
            "DOCX, a moved-away run between the digits",
            "static/files/a.docx",
            between(r#"<w:moveFrom w:id="1" w:author="x"><w:r><w:t>9</w:t></w:r></w:moveFrom>"#),
            "word/document.xml",
        ),
        case(
            "DOCX, a field code that shows nothing between the digits",
            "static/files/a.docx",
            between(
                r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>QUOTE "" 9</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
            ),
            "word/document.xml",
        ),
        case(
            "DOCX, hidden text between the digits",
            "static/files/a.docx",
            between(r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r>"#),
            "word/document.xml",
        ),
        case(
            "XLSX, a phonetic guide between the runs of a string",
            "static/files/a.xlsx",
            xlsx(
                r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
                &[("xl/sharedStrings.xml", shared.as_bytes())],
            ),
            "汇总!A1",
        ),
    ]
}

#[test]
fn what_office_shows_with_hidden_text_taken_out() {
    class("as shown", shown_cases());
}

// ----------------------------------------------------------------------------------------------------------------
// Numbers split over adjacent cells of one row
// ----------------------------------------------------------------------------------------------------------------

/// An XLSX row of inline text cells from column A, on row 2 under [`CELL_HEADER`].
fn xlsx_row(cells: &[&str]) -> Vec<u8> {
    let row: String = cells
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let at = format!("{}2", (b'A' + i as u8) as char);
            format!(r#"<c r="{at}" t="inlineStr"><is><t>{c}</t></is></c>"#)
        })
        .collect();
    xlsx(&format!(r#"{CELL_HEADER}<row r="2">{row}</row>"#), &[])
}

/// An ODS of one sheet 名单 whose rows are string cells.
fn ods_rows(rows: &[&[&str]]) -> Vec<u8> {
    let body: String = rows
        .iter()
        .map(|r| {
            let cells: String = r
                .iter()
                .map(|c| format!(r#"<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>"#))
                .collect();
            format!("<table:table-row>{cells}</table:table-row>")
        })
        .collect();
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="名单">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", content.as_bytes()),
    ])
}

#[test]
fn numbers_split_over_adjacent_cells() {
    let id = id_number();
    let (region, rest) = id.split_at(6);
    let (first, last) = id.split_at(14);
    class(
        "split cells",
        vec![
            case(
                "an ID number over two XLSX cells",
                "static/files/a.xlsx",
                xlsx_row(&["户主", region, rest]),
                "汇总!B2:C2",
            ),
            case(
                "an ID number cut 14 + 4",
                "static/files/b.xlsx",
                xlsx_row(&[first, last]),
                "汇总!A2:B2",
            ),
            case(
                "a phone over two XLSX cells",
                "static/files/c.xlsx",
                xlsx_row(&["电话", "138", "0013 8000"]),
                "汇总!B2:C2",
            ),
            case(
                "a phone over three XLSX cells",
                "static/files/d.xlsx",
                xlsx_row(&["手机", "138", "0013", "8000"]),
                "汇总!B2",
            ),
            case(
                "an ID number over two ODS cells",
                "static/files/e.ods",
                ods_rows(&[&["姓名", "身份证号"], &["某某", region, rest]]),
                "名单!B2:C2",
            ),
            case(
                "a phone over two CSV fields",
                "static/files/f.csv",
                "姓名,联系电话,\n某某,138,0013 8000\n".as_bytes().to_vec(),
                "B2:C2",
            ),
            case(
                "an ID number over two TSV fields, quoted",
                "static/files/g.tsv",
                format!("序号\t证件\t\n1\t\"{region}\"\t\"{rest}\"\n").into_bytes(),
                "B2:C2",
            ),
        ],
    );
}

/// Tables of counts, years and codes in text cells build: only what fully validates is a number split over cells.
#[test]
fn ordinary_tables_in_spreadsheets_build() {
    let xlsx_file = xlsx_row(&[
        "第150期",
        "150",
        "2020-07-11",
        "2023",
        "12",
        "138",
        "150",
        "2000",
        "1380",
        "0138000",
    ]);
    let ods_file = ods_rows(&[
        &["年份", "月份", "户数", "人数"],
        &["2023", "12", "150", "20200711"],
        &["110105", "1949123100", "13", "800138000"],
    ]);
    let csv_file = "镇,年份,月份,户数,人数,金额\n甲镇,2023,12,150,2000,1380\n乙镇,第150期,2020-07-11,138,150,20200711\n";
    let files = vec![
        ("static/files/counts.xlsx".to_string(), xlsx_file),
        ("static/files/counts.ods".to_string(), ods_file),
        (
            "static/files/counts.csv".to_string(),
            csv_file.as_bytes().to_vec(),
        ),
    ];
    let dir = common::planted::attachment_site(&files);
    let out = sunlight(dir.path(), &["build", "--strict"]);
    let log = stderr(&out);
    assert!(!log.contains("personal data"), "{log}");
    assert!(!log.contains("counts."), "{log}");
}
