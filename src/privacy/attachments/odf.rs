//! OpenDocument (ODT, ODS, ODP, as WPS and LibreOffice save them): every XML part (content.xml, styles.xml with the
//! headers and footers, meta.xml with the author, settings.xml, the manifest, embedded objects' own parts), and
//! every other member by its content. Pictures are blockers like any image; the package's thumbnail is not.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::archive::{Entry, names};
use super::ooxml::{cell_at, part};
use super::xml::value;
use super::{Budget, Found, Location, Reading, formula, rounded, rows, text};
use crate::messages::Arg;
use crate::privacy::detect::Kind;

/// Whether a ZIP is an OpenDocument package, by its `mimetype` member.
pub(super) fn is_odf(entries: &[Entry]) -> bool {
    entries
        .iter()
        .any(|e| e.name == "mimetype" && e.data.starts_with(b"application/vnd.oasis.opendocument"))
}

pub(super) fn read(entries: &[Entry], depth: usize, budget: &mut Budget, r: &mut Reading<'static>) {
    names(entries, r);
    for e in entries.iter().filter(|e| e.name != "mimetype") {
        part(
            e,
            &e.place,
            depth,
            budget,
            r,
            e.name.starts_with("Thumbnails/"),
        );
        if e.name.ends_with("content.xml") {
            spreadsheet_cells(&e.data, &e.place, r);
        }
    }
}

/// The number cells of a spreadsheet's `content.xml` that hold an ID number rounded to 15 digits (see
/// [`rounded`]), the numbers split over adjacent text cells of a row ([`rows`]), and what formulas stored without
/// a result compute ([`formula`]), named `Sheet!B2` as the application shows them.
fn spreadsheet_cells(data: &[u8], part: &Location, r: &mut Reading<'static>) {
    let Some(source) = text::decode(data) else {
        return;
    };
    let names = named_expressions(&source);
    let read_formula = |f: &str, cached: bool, at: Location, r: &mut Reading<'static>| {
        if names.is_empty() {
            formula::read(Some(f), cached, at, r)
        } else {
            formula::read(Some(&formula::with_names(f, &names)), cached, at, r)
        }
    };
    let mut reader = Reader::from_str(&source);
    let (mut sheet, mut row, mut column) = (String::new(), 0u64, 0u64);
    // The row's text cells, and the open one's column, name and text.
    let mut cells = rows::Row::default();
    let mut cell: Option<(u64, String, String)> = None;
    // The open cell's formula, whether the cell stores a result, and where it is.
    let mut pending: Option<(String, bool, Location)> = None;
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) if e.local_name().as_ref() == "table-row" => {
                for (first, last, kind) in cells.finish() {
                    r.found.push(Found {
                        location: part.then(&cell_at(
                            &Arg::Text(sheet.clone()),
                            &format!("{first}:{last}"),
                        )),
                        kind,
                    });
                }
                row = row.saturating_add(1);
                continue;
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "table-cell" => {
                if let Some((at, name, text)) = cell.take() {
                    cells.cell(at, &text, name);
                }
                if let Some((f, cached, at)) = pending.take() {
                    read_formula(&f, cached, at, r);
                }
                continue;
            }
            Ok(Event::Text(t)) => {
                if let Some((_, _, text)) = cell.as_mut() {
                    text.push_str(&t.xml10_content());
                }
                if let Some((_, cached, _)) = pending.as_mut() {
                    *cached |= !t.xml10_content().trim().is_empty();
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        let attr = |k: &str| {
            e.attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == k)
                .map(|a| value(&a))
        };
        let repeated = |k: &str| {
            attr(k)
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(1)
                .max(1)
        };
        match e.local_name().as_ref() {
            "table" => (sheet, row) = (attr("name").unwrap_or_default(), 0),
            "table-row" => {
                column = 0;
                if empty {
                    row = row.saturating_add(repeated("number-rows-repeated"));
                } else {
                    // The end tag adds the last one.
                    row = row.saturating_add(repeated("number-rows-repeated") - 1);
                }
            }
            "table-cell" | "covered-table-cell" => {
                let at = format!("{}{}", column_name(column), row + 1);
                if attr("value").is_some_and(|v| rounded::is_rounded_id(&v)) {
                    r.found.push(Found {
                        location: part.then(&cell_at(&Arg::Text(sheet.clone()), &at)),
                        kind: Kind::IdNumber,
                    });
                }
                if let Some(f) = attr("formula") {
                    let cached = RESULTS.iter().any(|k| attr(k).is_some());
                    let at = part.then(&cell_at(&Arg::Text(sheet.clone()), &at));
                    if empty {
                        read_formula(&f, cached, at, r);
                    } else {
                        pending = Some((f, cached, at));
                    }
                }
                // Text cells only: a count typed as a number is not half of an ID number.
                let text_cell = attr("value-type").is_none_or(|t| t == "string");
                if !empty && text_cell && e.local_name().as_ref() == "table-cell" {
                    cell = Some((column, at, String::new()));
                }
                column = column.saturating_add(repeated("number-columns-repeated"));
            }
            _ => {}
        }
    }
}

/// The named expressions and named ranges of a spreadsheet (`<table:named-expression table:name="tel"
/// table:expression="of:=&quot;138&quot;"/>`), keyed in lower case, each what a formula using it computes: an
/// expression without its `of:` prefix, a range as the cell reference it is (which no formula of constants
/// computes, so a cell using one without a stored result is refused). LibreOffice writes them after the sheets,
/// so they are gathered first; most spreadsheets have none and are not read twice.
fn named_expressions(source: &str) -> std::collections::BTreeMap<String, String> {
    let mut names = std::collections::BTreeMap::new();
    if !source.contains("table:named-") {
        return names;
    }
    let mut reader = Reader::from_str(source);
    loop {
        let e = match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => e,
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        let held = match e.local_name().as_ref() {
            "named-expression" => "expression",
            "named-range" => "cell-range-address",
            _ => continue,
        };
        let attr = |k: &str| {
            e.attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == k)
                .map(|a| value(&a))
        };
        if let (Some(name), Some(definition)) = (attr("name"), attr(held)) {
            let definition = match definition.split_once(':') {
                Some(("of" | "oooc" | "msoxl", rest)) => rest.to_string(),
                _ if held == "cell-range-address" => format!("[{definition}]"),
                _ => definition,
            };
            names.insert(name.to_lowercase(), definition);
        }
    }
    names
}

/// The attributes in which a cell stores the result of its formula.
const RESULTS: &[&str] = &[
    "value",
    "string-value",
    "boolean-value",
    "date-value",
    "time-value",
];

/// `A`, `B`, … `Z`, `AA` for a column counted from 0.
fn column_name(mut n: u64) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::archive::tests::zip_of;
    use super::super::read;

    /// A minimal ODT with `body` in content.xml and `author` in meta.xml.
    pub fn odt(body: &str, author: &str) -> Vec<u8> {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:p>{body}</text:p></office:text></office:body></office:document-content>"#
        );
        let meta = format!(
            r#"<?xml version="1.0"?><office:document-meta xmlns:office="o" xmlns:meta="m"><office:meta><meta:initial-creator>{author}</meta:initial-creator></office:meta></office:document-meta>"#
        );
        zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", content.as_bytes()),
            ("meta.xml", meta.as_bytes()),
        ])
    }

    #[test]
    fn an_id_number_rounded_in_a_number_cell_is_found_where_it_is() {
        let content = r#"<office:document-content xmlns:office="o" xmlns:table="t"><office:body><office:spreadsheet><table:table table:name="名单"><table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="27"/><table:table-cell office:value-type="float" office:value="1.10105189901011E+17"/><table:table-cell office:value-type="float" office:value="158230451.5"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
        let file = zip_of(&[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", content.as_bytes()),
        ]);
        let r = read("a.ods", &file);
        let at: Vec<String> = r.found.iter().map(|f| f.location.to_string()).collect();
        assert_eq!(at, ["content.xml › 名单!AB3"]);
        assert_eq!(super::column_name(0), "A");
        assert_eq!(super::column_name(701), "ZZ");
        assert_eq!(super::column_name(702), "AAA");
    }

    #[test]
    fn content_and_meta_are_read() {
        let file = odt("电话<text:span>138</text:span>0013<text:s/>8000", "张三丰");
        let r = read("a.odt", &file);
        assert!(r.is_complete());
        let content = r
            .parts
            .iter()
            .find(|p| p.location == "content.xml")
            .unwrap();
        assert!(content.text.contains("电话13800138000"));
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "meta.xml" && p.text.contains("张三丰"))
        );
    }
}
