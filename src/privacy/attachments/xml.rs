//! The text of an XML part (of a DOCX, XLSX, PPTX or ODF file, or XMP metadata) as a reader would meet it: text in
//! runs and spans joined (Word splits `138` and `00138000` into two runs as soon as the formatting changes),
//! paragraphs, cells and other elements that hold text kept apart by a hard stop, and every attribute value
//! (authors of comments and tracked changes, hyperlink targets, alternative text) added after the text.

use std::borrow::Cow;
use std::collections::BTreeMap;

use quick_xml::Reader;
use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesRef, Event};

use super::text;

/// The hard stop between two pieces of text that must never read as one.
pub const STOP: char = '\u{1}';

/// Elements whose text runs into the next element's text: runs, spans, links, fields and empty formatting marks.
const INLINE: &[&str] = &[
    "r",
    "t",
    "span",
    "s",
    "a",
    "ruby",
    "rt",
    "rb",
    "hlink",
    "hyperlink",
    "ins",
    "del",
    "delText",
    "instrText",
    "smartTag",
    "sdt",
    "sdtContent",
    "fldSimple",
    "bdo",
    "dir",
    "tab",
    "softHyphen",
    "noBreakHyphen",
    "soft-page-break",
    "bookmark",
    "bookmarkStart",
    "bookmarkEnd",
    "change-start",
    "change-end",
    "proofErr",
];

/// Elements that end a stretch of text even when they hold none directly: paragraphs, table cells and rows.
const BLOCK: &[&str] = &[
    "p",
    "h",
    "tc",
    "tr",
    "c",
    "si",
    "row",
    "table-cell",
    "table-row",
    "list-item",
    "br",
    "cr",
    "txbxContent",
    "comment",
    "note",
    "annotation",
    "Description",
    "li",
];

/// Elements whose content Word and Excel keep but do not show: tracked deletions and moves, field codes, phonetic
/// guides. Read with the rest, they sit between the digits a reader sees (`138`, a deleted `9`, `00138000`), so the
/// text is read a second time as shown, without them.
const NOT_SHOWN: &[&str] = &["del", "delText", "moveFrom", "instrText", "rPh"];

/// The text and attribute values of an XML document (UTF-8 or UTF-16), or `None` when it is not XML; where it keeps
/// text it does not show (see [`NOT_SHOWN`], and runs marked hidden, `w:vanish`), the text as shown follows.
pub fn text_of(bytes: &[u8]) -> Option<String> {
    let source = text::decode(bytes)?;
    let source = source.trim_start_matches('\u{FEFF}');
    let mut reader = Reader::from_str(source);
    let mut out = String::new();
    // The text as shown, kept from the first hidden element on (until then it is `out`).
    let mut shown: Option<String> = None;
    let mut attrs = String::new();
    // Whether the innermost open element has text of its own, for each open element.
    let mut open: Vec<bool> = Vec::new();
    // Entities declared in the document's own DTD (`<!ENTITY p "138">`), which a reader expands.
    let mut entities: BTreeMap<String, String> = BTreeMap::new();
    // How many open elements hide their content; whether the open run is hidden.
    let (mut hiding, mut run_hidden) = (0usize, false);
    loop {
        let visible = hiding == 0 && !run_hidden;
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                attribute_values(&e, &mut attrs);
                let name = e.local_name();
                let name: &str = name.as_ref();
                if NOT_SHOWN.contains(&name) {
                    hiding += 1;
                    shown.get_or_insert_with(|| out.clone());
                }
                if name == "r" {
                    run_hidden = false;
                }
                symbol(&e, &mut out);
                if let Some(shown) = shown.as_mut().filter(|_| visible) {
                    symbol(&e, shown);
                }
                if name == "bdo" {
                    let override_char = bidi_override(&e);
                    out.push(override_char);
                    if let Some(shown) = shown.as_mut().filter(|_| visible) {
                        shown.push(override_char);
                    }
                }
                open.push(false);
            }
            Ok(Event::Empty(e)) => {
                attribute_values(&e, &mut attrs);
                let name = e.local_name();
                let name: &str = name.as_ref();
                if name == "vanish" && !switched_off(&e) {
                    run_hidden = true;
                    shown.get_or_insert_with(|| out.clone());
                }
                symbol(&e, &mut out);
                end_of(name, false, &mut out);
                if let Some(shown) = shown.as_mut().filter(|_| visible) {
                    symbol(&e, shown);
                    end_of(name, false, shown);
                }
            }
            Ok(Event::DocType(d)) => declared_entities(&d.into_inner(), &mut entities),
            Ok(Event::End(e)) => {
                let had_text = open.pop().unwrap_or(false);
                let name = e.local_name();
                let name: &str = name.as_ref();
                if NOT_SHOWN.contains(&name) {
                    hiding = hiding.saturating_sub(1);
                }
                if name == "bdo" {
                    out.push(POP_DIRECTIONAL);
                    if let Some(shown) = shown.as_mut().filter(|_| hiding == 0 && !run_hidden) {
                        shown.push(POP_DIRECTIONAL);
                    }
                }
                end_of(name, had_text, &mut out);
                if let Some(shown) = shown.as_mut().filter(|_| hiding == 0 && !run_hidden) {
                    end_of(name, had_text, shown);
                }
                if name == "r" {
                    run_hidden = false;
                }
            }
            Ok(Event::Text(t)) => {
                let t = t.xml10_content();
                if !t.trim().is_empty() {
                    mark_text(&mut open);
                }
                out.push_str(&t);
                if let Some(shown) = shown.as_mut().filter(|_| visible) {
                    shown.push_str(&t);
                }
            }
            Ok(Event::CData(t)) => {
                mark_text(&mut open);
                out.push_str(&t);
                if let Some(shown) = shown.as_mut().filter(|_| visible) {
                    shown.push_str(&t);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                mark_text(&mut open);
                let name: &str = &r;
                let text = match entities.get(name) {
                    Some(v) => Cow::Owned(v.clone()),
                    None => resolve(&r),
                };
                out.push_str(&text);
                if let Some(shown) = shown.as_mut().filter(|_| visible) {
                    shown.push_str(&text);
                }
            }
            Ok(Event::Comment(t)) => {
                out.push(STOP);
                out.push_str(&t.xml10_content());
                out.push(STOP);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    out.push(STOP);
    if let Some(shown) = shown {
        out.push_str(&shown);
        out.push(STOP);
    }
    out.push_str(&attrs);
    Some(out)
}

/// Ends the override a `<w:bdo>` began.
const POP_DIRECTIONAL: char = '\u{202C}';

/// The Unicode override a `<w:bdo w:val="rtl">` stands for (Word shows its runs right to left, `00083100831` as
/// `13800138000`): written into the text, the normaliser's bidi pass reads it in the order shown.
fn bidi_override(e: &quick_xml::events::BytesStart<'_>) -> char {
    let rtl = e
        .attributes()
        .flatten()
        .any(|a| a.key.local_name().as_ref() == "val" && value(&a).eq_ignore_ascii_case("rtl"));
    if rtl { '\u{202E}' } else { '\u{202D}' }
}

/// `<w:vanish w:val="0"/>` (or `false`, `off`) turns hidden text off.
fn switched_off(e: &quick_xml::events::BytesStart<'_>) -> bool {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .is_some_and(|a| matches!(value(&a).as_str(), "0" | "false" | "off"))
}

/// Word's `<w:sym w:char="0031"/>`: a character given by its code (in a symbol font, `F031` is `1`), shown inline.
fn symbol(e: &quick_xml::events::BytesStart<'_>, out: &mut String) {
    if e.local_name().as_ref() != "sym" {
        return;
    }
    let code = e
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "char")
        .and_then(|a| u32::from_str_radix(&value(&a), 16).ok());
    if let Some(c) = code
        .map(|c| {
            if (0xF000..=0xF0FF).contains(&c) {
                c - 0xF000
            } else {
                c
            }
        })
        .and_then(char::from_u32)
    {
        out.push(c);
    }
}

/// The internal entities of a DTD (`<!ENTITY name "value">`), values with their own references left as written.
fn declared_entities(dtd: &str, out: &mut BTreeMap<String, String>) {
    for decl in dtd.split("<!ENTITY").skip(1) {
        let decl = decl.trim_start();
        if decl.starts_with('%') {
            continue;
        }
        let Some((name, rest)) = decl.split_once(char::is_whitespace) else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            continue;
        };
        if let Some((value, _)) = rest[1..].split_once(quote) {
            out.insert(name.to_string(), value.to_string());
        }
    }
}

fn mark_text(open: &mut [bool]) {
    if let Some(last) = open.last_mut() {
        *last = true;
    }
}

/// A hard stop after a block, or after any element with text of its own that is not inline.
fn end_of(name: &str, had_text: bool, out: &mut String) {
    if BLOCK.contains(&name) || (had_text && !INLINE.contains(&name)) {
        out.push(STOP);
    }
}

/// An attribute's value with references resolved (as written when they cannot be).
pub fn value(a: &quick_xml::events::attributes::Attribute<'_>) -> String {
    match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
        Ok(v) => v.into_owned(),
        Err(_) => a.value.to_string(),
    }
}

/// An entity or character reference as the text it stands for (unknown entities as written).
pub fn resolve(r: &BytesRef<'_>) -> Cow<'static, str> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Cow::Owned(c.to_string());
    }
    let name: &str = r;
    match resolve_xml_entity(name) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(format!("&{name};")),
    }
}

fn attribute_values(e: &quick_xml::events::BytesStart<'_>, out: &mut String) {
    for a in e.attributes().flatten() {
        if a.key.as_ref().starts_with("xmlns") {
            continue;
        }
        out.push_str(&value(&a));
        out.push(STOP);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_join_and_paragraphs_do_not() {
        let doc = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>电话138</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>0013</w:t></w:r><w:r><w:t>8000</w:t></w:r></w:p><w:p><w:r><w:t>1</w:t></w:r></w:p></w:body></w:document>"#;
        let t = text_of(doc.as_bytes()).unwrap();
        assert!(t.contains("电话13800138000\u{1}"));
        assert!(t.contains("\u{1}1\u{1}"));
    }

    #[test]
    fn properties_stay_apart_and_attributes_are_read() {
        let doc = r#"<?xml version="1.0"?><Properties><Pages>1</Pages><Words>38</Words><w:comment w:author="张三丰" w:id="0"/></Properties>"#;
        let t = text_of(doc.as_bytes()).unwrap();
        assert!(t.contains("1\u{1}38\u{1}"));
        assert!(t.contains("张三丰\u{1}"));
    }

    #[test]
    fn references_are_resolved() {
        let t = text_of(b"<a>&#49;&#x33;8&amp;x</a>").unwrap();
        assert!(t.starts_with("138&x"));
    }

    #[test]
    fn symbols_and_declared_entities_are_read() {
        let t = text_of(br#"<w:p xmlns:w="x"><w:r><w:sym w:font="Symbol" w:char="F031"/><w:sym w:char="0033"/></w:r></w:p>"#).unwrap();
        assert!(t.starts_with("13"), "{t:?}");
        let t =
            text_of(br#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY p "13800">]><r>&p;138000</r>"#)
                .unwrap();
        assert!(t.contains("13800138000"), "{t:?}");
    }

    #[test]
    fn text_kept_but_not_shown_is_read_again_without_it() {
        let doc = r#"<w:p xmlns:w="x"><w:r><w:t>138</w:t></w:r><w:del><w:r><w:delText>9</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>7</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>0013</w:t></w:r><w:r><w:instrText>QUOTE ""</w:instrText></w:r><w:r><w:t>8000</w:t></w:r></w:p>"#;
        let t = text_of(doc.as_bytes()).unwrap();
        assert!(t.contains("13897"), "{t:?}");
        assert!(t.contains("\u{1}13800138000\u{1}"), "{t:?}");
        let plain = text_of(b"<w:p xmlns:w=\"x\"><w:r><w:t>1</w:t></w:r></w:p>").unwrap();
        assert_eq!(plain.matches('1').count(), 1, "{plain:?}");
    }

    #[test]
    fn broken_xml_is_none() {
        assert!(text_of(b"<a><b></a>").is_none());
    }
}
