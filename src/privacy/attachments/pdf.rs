//! PDF, read with `lopdf`: the text layer of every page (content streams decompressed, each font's encoding or
//! `ToUnicode` map applied, form XObjects followed), the document information dictionary, XMP metadata, every other
//! string in the file (bookmarks, annotations, form field values), and embedded files, read recursively. What cannot
//! be read is a blocker, page by page: an image (a scanned page looks exactly like that), text in a font without a
//! character map, drawings without any text, or an encrypted document.
//!
//! What a viewer shows besides the page content is read too: the alternative text of marked content
//! (`/ActualText`, `/Alt` in a `BDC` operator's inline dictionary, what copy and paste gives), form XObjects that
//! no page draws (the appearance of an annotation, a stamp or a form field), every earlier version of a document
//! saved with incremental updates (a viewer's "previous versions", or a text editor, still shows what a later
//! update replaced), objects that no cross-reference table lists, the data of an XFA form, and whatever the file
//! holds before its header or after its last `%%EOF` (a ZIP appended to a PDF opens as a ZIP).

use std::collections::BTreeSet;
use std::io::Read;

use lopdf::content::Content;
use lopdf::{DecompressError, Dictionary, Document, Encoding, LoadOptions, Object, ObjectId};

use super::{Budget, Location, Reading, read_nested, strings, too_large, xml};
use crate::messages::{Arg, Message, msg};

mod layout;

use layout::{Layout, Metrics};

/// How deep form XObjects are followed inside one another.
const MAX_FORM_DEPTH: usize = 8;

/// Whether `bytes` is a PDF (its header may follow up to 1 KB of junk, as readers accept).
pub(super) fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

pub(super) fn read(bytes: &[u8], depth: usize, budget: &mut Budget) -> Reading<'static> {
    let options = LoadOptions {
        max_decompressed_size: Some(usize::try_from(budget.left()).unwrap_or(usize::MAX)),
        ..LoadOptions::default()
    };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(d) => d,
        Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword) => {
            return Reading::blocked(msg!("unread-pdf-encrypted"));
        }
        Err(lopdf::Error::Decompress(_)) => return Reading::blocked(too_large()),
        Err(_) => return Reading::blocked(msg!("unread-pdf-damaged")),
    };
    if doc.is_encrypted() {
        return Reading::blocked(msg!("unread-pdf-encrypted"));
    }
    let mut r = Reading::default();
    for (n, page_id) in doc.get_pages() {
        page(&doc, n, page_id, budget, &mut r);
    }
    strings_and_streams(&doc, depth, budget, &mut r);
    forms(&doc, budget, &mut r);
    let mut known: BTreeSet<ObjectId> = doc.objects.keys().copied().collect();
    earlier_versions(bytes, depth, budget, &mut known, &mut r);
    unlisted_objects(bytes, &known, budget, &mut r);
    xfa(&doc, budget, &mut r);
    outside(bytes, depth, budget, &mut r);
    r
}

/// What a file holds before its `%PDF-` header or after its last `%%EOF`: a reader skips it, but it is published
/// all the same, and a ZIP appended to a PDF opens as a ZIP. It is read as a file of its own; whitespace and NUL
/// padding are not.
fn outside(bytes: &[u8], depth: usize, budget: &mut Budget, r: &mut Reading<'static>) {
    let padding = |b: &u8| b.is_ascii_whitespace() || *b == 0;
    let head = find_all(&bytes[..bytes.len().min(1024)], b"%PDF-")
        .first()
        .map_or(&[][..], |&at| &bytes[..at]);
    let tail = find_all(bytes, b"%%EOF")
        .last()
        .map_or(&[][..], |&at| &bytes[at + 5..]);
    for (location, data) in [
        (msg!("place-pdf-before"), head),
        (msg!("place-pdf-after"), tail),
    ] {
        if data.iter().all(padding) {
            continue;
        }
        let inner = read_nested("", data, depth + 1, budget);
        r.nest(&Location::word(location), inner);
    }
}

/// The data of an XFA form (`/XFA` of the AcroForm: one XML stream, or an array of names and streams), which a
/// viewer fills the form with.
fn xfa(doc: &Document, budget: &mut Budget, r: &mut Reading<'static>) {
    let Some(form) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
    else {
        return;
    };
    let Ok((_, packets)) = form.get(b"XFA").and_then(|o| doc.dereference(o)) else {
        return;
    };
    let streams: Vec<&lopdf::Stream> = match packets {
        Object::Stream(s) => vec![s],
        Object::Array(items) => items
            .iter()
            .filter_map(|o| doc.dereference(o).ok())
            .filter_map(|(_, o)| o.as_stream().ok())
            .collect(),
        _ => Vec::new(),
    };
    for s in streams {
        let limit = usize::try_from(budget.left()).unwrap_or(usize::MAX);
        let data = match s.decompressed_content_with_limit(limit) {
            Ok(d) if budget.take(d.len() as u64) => d,
            Err(_) if s.dict.get(b"Filter").is_err() => s.content.clone(),
            _ => return r.block(msg!("place-xfa"), too_large()),
        };
        match xml::text_of(&data) {
            Some(t) => r.extracted(msg!("place-xfa"), t),
            None => r.extracted(
                msg!("place-xfa"),
                String::from_utf8_lossy(&data).into_owned(),
            ),
        }
    }
}

/// How many earlier versions of an incrementally updated PDF are read; a file with more is refused.
const MAX_VERSIONS: usize = 32;

/// Every version before the last of a PDF saved with incremental updates: each ends at an `%%EOF` and is a whole
/// PDF of its own, whose pages and strings a later update may have replaced but not removed from the file.
fn earlier_versions(
    bytes: &[u8],
    depth: usize,
    budget: &mut Budget,
    known: &mut BTreeSet<ObjectId>,
    r: &mut Reading<'static>,
) {
    let ends: Vec<usize> = find_all(bytes, b"%%EOF")
        .into_iter()
        .map(|at| at + 5)
        .filter(|&end| !bytes[end..].iter().all(u8::is_ascii_whitespace))
        .collect();
    if ends.len() > MAX_VERSIONS {
        return r.block(
            Location::here(),
            msg!("unread-pdf-versions", limit = MAX_VERSIONS),
        );
    }
    for (i, &end) in ends.iter().enumerate() {
        let options = LoadOptions {
            max_decompressed_size: Some(usize::try_from(budget.left()).unwrap_or(usize::MAX)),
            ..LoadOptions::default()
        };
        // A linearised file's first part is no whole version; what it holds is read below as unlisted objects.
        let Ok(doc) = Document::load_mem_with_options(&bytes[..end], options) else {
            continue;
        };
        if doc.is_encrypted() {
            continue;
        }
        known.extend(doc.objects.keys().copied());
        let mut version = Reading::default();
        for (n, page_id) in doc.get_pages() {
            page(&doc, n, page_id, budget, &mut version);
        }
        strings_and_streams(&doc, depth, budget, &mut version);
        forms(&doc, budget, &mut version);
        // Images and fonts of an earlier version are not shown by the file as published: only its text counts.
        version
            .blockers
            .retain(|b| b.reason.id == "unread-too-large");
        r.nest(
            &Location::word(msg!("place-pdf-version", n = i + 1)),
            version,
        );
    }
}

/// Objects written in the file (`12 0 obj … endobj`) that no cross-reference table of any version lists: a reader
/// repairing the file, or anyone opening it as text, still finds them. Their strings and streams are read as text.
fn unlisted_objects(
    bytes: &[u8],
    known: &BTreeSet<ObjectId>,
    budget: &mut Budget,
    r: &mut Reading<'static>,
) {
    let mut text = String::new();
    for at in find_all(bytes, b" obj") {
        let Some(id) = object_number_before(bytes, at) else {
            continue;
        };
        if known.contains(&id) {
            continue;
        }
        let body = &bytes[at + 4..];
        let end = find_all(body, b"endobj")
            .first()
            .copied()
            .unwrap_or(body.len());
        let body = &body[..end];
        text.push_str(&strings::printable(body));
        if let Some(start) = find_all(body, b"stream").first() {
            let data = &body[start + 6..];
            let data = data.strip_prefix(b"\r").unwrap_or(data);
            let data = data.strip_prefix(b"\n").unwrap_or(data);
            let stop = find_all(data, b"endstream")
                .first()
                .copied()
                .unwrap_or(data.len());
            let mut inflated = Vec::new();
            let limit = budget.left().saturating_add(1);
            let ok = flate2::read::ZlibDecoder::new(&data[..stop])
                .take(limit)
                .read_to_end(&mut inflated)
                .is_ok();
            if !inflated.is_empty() {
                if !budget.take(inflated.len() as u64) {
                    return r.block(msg!("place-pdf-unlisted"), too_large());
                }
                text.push_str(&strings::printable(&inflated));
            } else if !ok {
                text.push_str(&strings::printable(&data[..stop]));
            }
        }
    }
    r.extracted(msg!("place-pdf-unlisted"), text);
}

/// The object number and generation written before ` obj` at `at` (`12 0 obj`).
fn object_number_before(bytes: &[u8], at: usize) -> Option<ObjectId> {
    let head = &bytes[at.saturating_sub(24)..at];
    let head = std::str::from_utf8(head.rsplit(|b| matches!(b, b'\n' | b'\r')).next()?).ok()?;
    let mut words = head.split_ascii_whitespace().rev();
    let generation = words.next()?.parse::<u16>().ok()?;
    let number = words.next()?.parse::<u32>().ok()?;
    Some((number, generation))
}

/// The offsets of every occurrence of `needle` in `hay`.
fn find_all(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    hay.windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

/// Every form XObject of the file run on its own: those no page draws are annotation and form-field appearances
/// (a viewer shows them on the page), and a stamp's text is text like any other.
fn forms(doc: &Document, budget: &mut Budget, r: &mut Reading<'static>) {
    for (id, obj) in &doc.objects {
        let Object::Stream(s) = obj else { continue };
        let form =
            s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form".as_slice());
        // A tiling pattern's cells are content streams too, and may show text.
        let pattern = s.dict.get(b"PatternType").and_then(Object::as_i64).ok() == Some(1);
        if !form && !pattern {
            continue;
        }
        let data = match unpacked(s, budget) {
            Ok(d) => d,
            Err(why) => {
                r.block(msg!("place-pdf-appearance", object = id.0), why);
                continue;
            }
        };
        let resources: Vec<&Dictionary> = s
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok())
            .into_iter()
            .collect();
        let mut p = Page::default();
        run(doc, &data, &resources, &mut p, budget, 0);
        let location = msg!("place-pdf-appearance", object = id.0);
        if p.unreadable_fonts > 0 {
            r.block(location.clone(), msg!("unread-pdf-no-unicode"));
        }
        r.extracted(
            of(&location, "place-alt-text"),
            std::mem::take(&mut p.marked),
        );
        page_text(&location, &mut p, r);
    }
}

/// What one page shows.
#[derive(Default)]
struct Page {
    text: String,
    /// The alternative text of marked content (`/ActualText`, `/Alt`), which copy and paste gives.
    marked: String,
    images: usize,
    unreadable_fonts: usize,
    drawings: usize,
    /// Why a form it shows could not be unpacked, if one could not.
    unpacked: Option<Message>,
    layout: Layout,
}

fn page(doc: &Document, n: u32, id: ObjectId, budget: &mut Budget, r: &mut Reading<'static>) {
    let location = msg!("place-page", page = n);
    let content = match page_content(doc, id, budget) {
        Ok(c) => c,
        Err(why) => return r.block(location, why),
    };
    let resources = page_resources(doc, id);
    let mut p = Page::default();
    run(doc, &content, &resources, &mut p, budget, 0);
    if let Some(why) = p.unpacked.take() {
        r.block(location.clone(), why);
    }
    if p.images > 0 {
        r.block(location.clone(), msg!("unread-pdf-image"));
    }
    if p.unreadable_fonts > 0 {
        r.block(location.clone(), msg!("unread-pdf-no-unicode"));
    }
    if p.drawings > 0 && p.text.trim().is_empty() {
        r.block(location.clone(), msg!("unread-pdf-outlines"));
    }
    r.extracted(
        of(&location, "place-alt-text"),
        std::mem::take(&mut p.marked),
    );
    page_text(&location, &mut p, r);
}

/// A page's content streams unpacked and joined, as a viewer draws them. Unlike lopdf's own joining, a stream that
/// does not unpack (a filter lopdf does not know, such as `/JBIG2Decode`, `/Crypt` or a misspelled name, or data its
/// filter fails on) is not taken as its raw bytes, which read as nothing and would let the page pass unread.
fn page_content(doc: &Document, id: ObjectId, budget: &mut Budget) -> Result<Vec<u8>, Message> {
    let mut content = Vec::new();
    for object in doc.get_page_contents(id) {
        let Ok(s) = doc.get_object(object).and_then(Object::as_stream) else {
            continue;
        };
        content.extend(unpacked(s, budget)?);
        content.push(b'\n');
    }
    Ok(content)
}

/// A stream's content unpacked and charged to `budget`, or why it cannot be: too large, or not unpacked at all.
fn unpacked(s: &lopdf::Stream, budget: &mut Budget) -> Result<Vec<u8>, Message> {
    let limit = usize::try_from(budget.left()).unwrap_or(usize::MAX);
    match s.decompressed_content_with_limit(limit) {
        Ok(d) if budget.take(d.len() as u64) => Ok(d),
        Ok(_) | Err(lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. })) => {
            Err(too_large())
        }
        Err(_) => Err(msg!("unread-pdf-stream")),
    }
}

/// A page's text as a reader sees it, laid out by position (twice where text is drawn over text), and also in the
/// order it is drawn where that differs: copy and paste and many text extractors give the drawing order, so a value
/// may read whole in any of them.
fn page_text(location: &Message, p: &mut Page, r: &mut Reading<'static>) {
    let mut visual = p.layout.take_visual().into_iter();
    let drawn = std::mem::take(&mut p.text);
    let first = visual.next().unwrap_or_default();
    let differs = first.trim() != drawn.trim();
    r.extracted(location.clone(), first);
    for other in visual {
        r.extracted(of(location, "place-drawn-over"), other);
    }
    if differs {
        r.extracted(of(location, "place-drawn-order"), drawn);
    }
}

/// A part of the page or appearance `place`: the place word `id` with `place` as its argument.
fn of(place: &Message, id: &'static str) -> Location {
    Location::word(Message::new(id).arg("place", Arg::Msg(Box::new(place.clone()))))
}

/// The page's resource dictionaries, nearest first (a page inherits from its ancestors).
fn page_resources(doc: &Document, id: ObjectId) -> Vec<&Dictionary> {
    let Ok((own, inherited)) = doc.get_page_resources(id) else {
        return Vec::new();
    };
    own.into_iter()
        .chain(
            inherited
                .into_iter()
                .filter_map(|i| doc.get_dictionary(i).ok()),
        )
        .collect()
}

/// Entry `name` of sub-dictionary `kind` (`Font`, `XObject`) of the first resource dictionary that has it.
fn resource<'a>(
    doc: &'a Document,
    resources: &[&'a Dictionary],
    kind: &[u8],
    name: &[u8],
) -> Option<&'a Object> {
    resources.iter().find_map(|res| {
        let (_, sub) = doc.dereference(res.get(kind).ok()?).ok()?;
        let (_, obj) = doc.dereference(sub.as_dict().ok()?.get(name).ok()?).ok()?;
        Some(obj)
    })
}

/// Runs a content stream: text shown in decodable fonts is collected, everything else counted.
fn run(
    doc: &Document,
    content: &[u8],
    resources: &[&Dictionary],
    p: &mut Page,
    budget: &mut Budget,
    depth: usize,
) {
    let Ok(content) = Content::decode(content) else {
        p.drawings += 1;
        return;
    };
    let mut encoding: Option<Encoding> = None;
    let mut metrics = Metrics::default();
    let mut readable_font = true;
    for op in &content.operations {
        let operator = op.operator.as_str();
        if p.layout.apply(operator, &op.operands) && operator != "'" && operator != "\"" {
            if operator == "Tf" {
                let font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|name| resource(doc, resources, b"Font", name))
                    .and_then(|f| f.as_dict().ok());
                readable_font = font.is_some_and(|f| has_character_map(doc, f));
                encoding = font.and_then(|f| f.get_font_encoding(doc).ok());
                if font.is_some_and(|f| renames_glyphs(doc, f))
                    && !matches!(encoding, Some(Encoding::Differences(_)))
                {
                    readable_font = false;
                }
                metrics = font.map(|f| Metrics::of(doc, f)).unwrap_or_default();
            }
            continue;
        }
        match operator {
            "Tj" | "TJ" | "'" | "\"" => match (&encoding, readable_font) {
                (Some(enc), true) => {
                    let shown = if operator == "\"" {
                        op.operands.get(2..).unwrap_or_default()
                    } else {
                        &op.operands[..]
                    };
                    match p.layout.begin_run() {
                        Some('\n') if !p.text.ends_with('\n') => p.text.push('\n'),
                        Some(' ') if !p.text.ends_with(char::is_whitespace) => p.text.push(' '),
                        Some(xml::STOP) => p.text.push(xml::STOP),
                        _ => {}
                    }
                    show(enc, &metrics, shown, &mut p.layout, &mut p.text);
                    p.layout.end_run();
                }
                _ => p.unreadable_fonts += 1,
            },
            "BDC" | "DP" => {
                for o in &op.operands {
                    if let Object::Dictionary(_) = o {
                        strings(o, &mut p.marked, 0);
                    }
                }
            }
            "BI" => p.images += 1,
            "Do" => {
                let Some(Object::Stream(s)) = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|name| resource(doc, resources, b"XObject", name))
                else {
                    continue;
                };
                match s.dict.get(b"Subtype").and_then(Object::as_name) {
                    Ok(b"Image") => p.images += 1,
                    Ok(b"Form") if depth < MAX_FORM_DEPTH => {
                        let data = match unpacked(s, budget) {
                            Ok(d) => d,
                            Err(why) => {
                                p.unpacked.get_or_insert(why);
                                continue;
                            }
                        };
                        let own = s
                            .dict
                            .get(b"Resources")
                            .ok()
                            .and_then(|o| doc.dereference(o).ok());
                        let mut inner: Vec<&Dictionary> = own
                            .and_then(|(_, o)| o.as_dict().ok())
                            .into_iter()
                            .collect();
                        inner.extend_from_slice(resources);
                        let m = s.dict.get(b"Matrix").ok().and_then(|m| m.as_array().ok());
                        let m = m.and_then(|m| layout::matrix(m));
                        let saved = p.layout.enter_form(m);
                        run(doc, &data, &inner, p, budget, depth + 1);
                        p.layout.leave_form(saved);
                    }
                    _ => p.drawings += 1,
                }
            }
            "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" | "S" | "s" | "sh" => p.drawings += 1,
            _ => {}
        }
    }
}

/// A composite font (`Type0`, `Identity-H`) maps codes to glyphs, not characters: without a `ToUnicode` map its
/// text cannot be read, and decoding it as a simple font would give harmless-looking nonsense. A Type 3 font draws
/// each glyph with a procedure of its own, whatever the glyph is named (`/one` may draw an 8): only its map says
/// what it shows.
fn has_character_map(doc: &Document, font: &Dictionary) -> bool {
    let composite = font
        .get(b"Subtype")
        .and_then(Object::as_name)
        .is_ok_and(|s| s == b"Type0" || s == b"Type3")
        || font
            .get(b"Encoding")
            .and_then(Object::as_name)
            .is_ok_and(|e| e.starts_with(b"Identity"));
    !composite
        || font
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| doc.dereference(o).ok())
            .is_some()
}

/// A simple font without `ToUnicode` whose `Differences` name its glyphs (`/g1 /g2 …` in a subset or Type 3 font):
/// lopdf falls back to the standard encoding when a name is not a known glyph name, which reads as harmless
/// letters, so such a font counts as unreadable unless lopdf took its differences.
fn renames_glyphs(doc: &Document, font: &Dictionary) -> bool {
    if font.get(b"ToUnicode").is_ok() {
        return false;
    }
    font.get(b"Encoding")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
        .is_some_and(|d| d.get(b"Differences").is_ok())
}

/// The strings of a text-showing operator, decoded; in `TJ`, kerning wider than a fifth of an em reads as a space
/// (a narrower one is letter spacing, and digits spaced apart are still one number).
fn show(
    encoding: &Encoding,
    metrics: &Metrics,
    operands: &[Object],
    layout: &mut Layout,
    out: &mut String,
) {
    for o in operands {
        match o {
            Object::String(bytes, _) => {
                if let Ok(t) = Document::decode_text(encoding, bytes) {
                    out.push_str(&t);
                }
                let decode = |b: &[u8]| Document::decode_text(encoding, b).unwrap_or_default();
                layout.advance(metrics, bytes, &decode);
            }
            Object::Array(items) => show(encoding, metrics, items, layout, out),
            Object::Integer(_) | Object::Real(_) => {
                let kerning = o.as_float().map_or(0.0, f64::from);
                if kerning < -200.0 && !out.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
                layout.kern(kerning);
            }
            _ => {}
        }
    }
}

/// The document information dictionary, every other string of the file, XMP metadata streams and embedded files.
fn strings_and_streams(
    doc: &Document,
    depth: usize,
    budget: &mut Budget,
    r: &mut Reading<'static>,
) {
    let info_id = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    let mut info = String::new();
    if let Ok(Object::Dictionary(d)) = doc.trailer.get(b"Info") {
        strings(&Object::Dictionary(d.clone()), &mut info, 0);
    }
    let mut other = String::new();
    // JavaScript actions keep their script in a stream referenced by `/JS`: its text is read.
    for obj in doc.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        let Ok(Object::Reference(js)) = d.get(b"JS") else {
            continue;
        };
        if let Ok(Object::Stream(s)) = doc.get_object(*js) {
            let limit = usize::try_from(budget.left()).unwrap_or(usize::MAX);
            match s.decompressed_content_with_limit(limit) {
                Ok(data) if budget.take(data.len() as u64) => {
                    r.extracted(
                        msg!("place-javascript"),
                        String::from_utf8_lossy(&data).into_owned(),
                    );
                }
                Err(_) if s.dict.get(b"Filter").is_err() => {
                    r.extracted(
                        msg!("place-javascript"),
                        String::from_utf8_lossy(&s.content).into_owned(),
                    );
                }
                _ => r.block(msg!("place-javascript"), too_large()),
            }
        }
    }
    for (id, obj) in &doc.objects {
        match obj {
            Object::Stream(s) => {
                strings(&Object::Dictionary(s.dict.clone()), &mut other, 0);
                stream(s, depth, budget, r);
            }
            _ if Some(*id) == info_id => strings(obj, &mut info, 0),
            _ => strings(obj, &mut other, 0),
        }
    }
    r.extracted(msg!("place-pdf-info"), info);
    r.extracted(msg!("place-pdf-other"), other);
}

fn stream(s: &lopdf::Stream, depth: usize, budget: &mut Budget, r: &mut Reading<'static>) {
    let kind = |k: &[u8]| s.dict.get(k).and_then(Object::as_name).ok();
    let metadata = kind(b"Type") == Some(b"Metadata".as_slice())
        || kind(b"Subtype") == Some(b"XML".as_slice());
    let embedded = kind(b"Type") == Some(b"EmbeddedFile".as_slice());
    if !metadata && !embedded {
        return;
    }
    let limit = usize::try_from(budget.left()).unwrap_or(usize::MAX);
    let data = match s.decompressed_content_with_limit(limit) {
        Ok(d) => d,
        Err(_) if s.dict.get(b"Filter").is_err() => s.content.clone(),
        Err(_) => return r.block(msg!("place-embedded-stream"), too_large()),
    };
    if !budget.take(data.len() as u64) {
        return r.block(msg!("place-embedded-stream"), too_large());
    }
    if metadata {
        match xml::text_of(&data) {
            Some(t) => r.extracted(msg!("place-xmp"), t),
            None => r.extracted(
                msg!("place-xmp"),
                String::from_utf8_lossy(&data).into_owned(),
            ),
        }
    } else {
        let inner = read_nested("", &data, depth + 1, budget);
        r.nest(&Location::word(msg!("place-embedded-file")), inner);
    }
}

/// Every string in an object, decoded as PDF text strings are (PDFDocEncoding or UTF-16 with a mark).
fn strings(obj: &Object, out: &mut String, depth: usize) {
    if depth > 32 {
        return;
    }
    match obj {
        Object::String(..) => {
            let text = lopdf::decode_text_string(obj).unwrap_or_else(|_| match obj {
                Object::String(b, _) => String::from_utf8_lossy(b).into_owned(),
                _ => String::new(),
            });
            out.push_str(&text);
            out.push(xml::STOP);
        }
        // Names are text too (`/Tel13800138000` as a key or a value, a named destination).
        Object::Name(n) => {
            out.push_str(&String::from_utf8_lossy(n));
            out.push(xml::STOP);
        }
        Object::Array(items) => items.iter().for_each(|o| strings(o, out, depth + 1)),
        Object::Dictionary(d) => d.iter().for_each(|(k, o)| {
            out.push_str(&String::from_utf8_lossy(k));
            out.push(xml::STOP);
            strings(o, out, depth + 1)
        }),
        _ => {}
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};

    use super::super::read;

    /// A PDF with one page per entry of `pages` (text in Helvetica), compressed or not, with `author` in its
    /// information dictionary, and an image on the pages listed in `images`.
    pub fn pdf(pages: &[&str], compress: bool, author: &str, images: &[usize]) -> Vec<u8> {
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
        let info = doc.add_object(dictionary! { "Title" => Object::string_literal("Notice"), "Author" => Object::string_literal(author) });
        doc.trailer.set("Root", catalog);
        doc.trailer.set("Info", info);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn page_text_is_read_page_by_page_plain_and_compressed() {
        for compress in [false, true] {
            let file = pdf(&["Notice", "Tel 138 0013\n8000"], compress, "Office", &[]);
            let r = read("a.pdf", &file);
            assert!(r.is_complete(), "{:?}", r.blockers);
            let p2 = r.parts.iter().find(|p| p.location == "page 2").unwrap();
            assert!(p2.text.contains("Tel 138 0013\n8000"), "{:?}", p2.text);
        }
    }

    #[test]
    fn the_information_dictionary_is_read() {
        let file = pdf(&["Notice"], true, "Zhang 13800138000", &[]);
        let r = read("a.pdf", &file);
        let info = r
            .parts
            .iter()
            .find(|p| p.location.to_string().starts_with("document information"))
            .unwrap();
        assert!(info.text.contains("Zhang 13800138000"));
    }

    #[test]
    fn a_page_with_an_image_is_a_blocker() {
        let file = pdf(&["Notice", "Annex"], false, "Office", &[1]);
        let r = read("a.pdf", &file);
        assert_eq!(r.blockers.len(), 1);
        assert_eq!(r.blockers[0].location, "page 2");
    }

    /// A page in a composite (Type0, Identity-H) font, showing `电话` and `digits` as glyph codes, with or without
    /// the `ToUnicode` map that says which characters they are.
    fn cid_pdf(digits: &str, to_unicode: bool) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def\n\
            1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            2 beginbfchar <0001> <7535> <0002> <8BDD> endbfchar\n\
            1 beginbfrange <0010> <0019> <0030> endbfrange\n\
            endcmap CMapName currentdict /CMap defineresource pop end end";
        let mut font = dictionary! { "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "SimSun", "Encoding" => "Identity-H" };
        if to_unicode {
            let map = doc.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec()));
            font.set("ToUnicode", map);
        }
        let font = doc.add_object(font);
        let mut codes = vec![0, 1, 0, 2];
        for d in digits.bytes() {
            codes.extend([0, 0x10 + (d - b'0')]);
        }
        let ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new(
                "Tj",
                vec![Object::String(codes, lopdf::StringFormat::Hexadecimal)],
            ),
            Operation::new("ET", vec![]),
        ];
        let content = doc.add_object(Stream::new(
            dictionary! {},
            Content { operations: ops }.encode().unwrap(),
        ));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn composite_fonts_are_read_through_their_character_map_or_refused_without_one() {
        let file = cid_pdf("13800138000", true);
        let r = read("a.pdf", &file);
        assert!(r.is_complete(), "{:?}", r.blockers);
        assert!(
            r.parts[0].text.contains("电话13800138000"),
            "{:?}",
            r.parts[0].text
        );
        let file = cid_pdf("13800138000", false);
        let r = read("a.pdf", &file);
        assert!(
            r.blockers
                .iter()
                .any(|b| b.reason.id == "unread-pdf-no-unicode")
        );
    }

    /// A one-page PDF in Helvetica (no `Widths`, so glyph widths are assumed) whose content stream is `content`.
    fn page_pdf(content: &str) -> Vec<u8> {
        let font = dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
        };
        pdf_with(font, dictionary! {}, content)
    }

    /// A one-page PDF whose font F1 is `font` and whose content stream has the dictionary `stream`.
    fn pdf_with(font: lopdf::Dictionary, stream: lopdf::Dictionary, content: &str) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(font);
        let content = doc.add_object(Stream::new(stream, content.as_bytes().to_vec()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    fn page_text(content: &str) -> String {
        let file = page_pdf(content);
        let r = read("a.pdf", &file);
        assert!(r.is_complete(), "{:?}", r.blockers);
        r.parts[0].text.to_string()
    }

    #[test]
    fn glyphs_placed_one_by_one_on_a_line_are_joined() {
        let digits = "6222021234567890123";
        let per_glyph = |step: &str| -> String {
            digits
                .chars()
                .map(|c| format!("({c}) Tj {step} "))
                .collect()
        };
        for (step, op) in [("6 0", "Td"), ("7 0", "TD")] {
            let t = page_text(&format!(
                "BT /F1 12 Tf 72 700 Td (Card ) Tj 30 0 Td {}ET",
                per_glyph(&format!("{step} {op}"))
            ));
            assert!(t.contains(&format!("Card {digits}")), "{t:?}");
        }
        let absolute: String = digits
            .chars()
            .enumerate()
            .map(|(i, c)| format!("1 0 0 1 {} 700 Tm ({c}) Tj ", 72 + i * 7))
            .collect();
        assert!(page_text(&format!("BT /F1 12 Tf {absolute}ET")).contains(digits));
        let scaled: String = digits
            .chars()
            .enumerate()
            .map(|(i, c)| format!("12 0 0 12 {} 700 Tm ({c}) Tj ", 72 + i * 7))
            .collect();
        assert!(page_text(&format!("BT /F1 1 Tf {scaled}ET")).contains(digits));
    }

    #[test]
    fn gaps_read_as_spaces_and_moves_down_as_line_breaks() {
        let t =
            page_text("BT /F1 12 Tf 72 700 Td (Notice) Tj 60 0 Td (Annex) Tj 0 -14 Td (Tel) Tj ET");
        assert_eq!(t, "Notice Annex\nTel");
        let t = page_text("BT /F1 12 Tf 14 TL 72 700 Td (One) Tj T* (Two) Tj (Three) ' ET");
        assert_eq!(t, "One\nTwo\nThree");
        let t =
            page_text("BT /F1 12 Tf 72 700 Td (Left) Tj ET BT /F1 12 Tf 110 700 Td (Right) Tj ET");
        assert_eq!(t, "Left Right");
        // Far apart on one line: two table cells, never one number.
        let t =
            page_text("BT /F1 12 Tf 72 700 Td (150) Tj ET BT /F1 12 Tf 300 700 Td (2020) Tj ET");
        assert_eq!(t, "150\u{1}2020");
        let file =
            page_pdf("BT /F1 12 Tf 400 700 Td (Right) Tj ET BT /F1 12 Tf 72 700 Td (Left) Tj ET");
        let r = read("a.pdf", &file);
        let texts: Vec<(String, &str)> = r
            .parts
            .iter()
            .map(|p| (p.location.to_string(), p.text.as_ref()))
            .collect();
        assert_eq!(
            texts[..2],
            [
                ("page 1".to_string(), "Left\u{1}Right"),
                ("page 1, in the order it is drawn".to_string(), "Right Left")
            ]
        );
    }

    /// Every reading of the page, one after the other.
    fn every_reading(content: &str) -> String {
        let file = page_pdf(content);
        let r = read("a.pdf", &file);
        let texts: Vec<&str> = r.parts.iter().map(|p| p.text.as_ref()).collect();
        texts.join("\n|\n")
    }

    #[test]
    fn glyphs_are_laid_out_by_position_whatever_order_they_are_drawn_in() {
        let digits = "13800138000";
        let placed = |order: &mut dyn Iterator<Item = (usize, char)>,
                      matrix: &dyn Fn(usize) -> String| {
            order
                .map(|(i, c)| format!("{} Tm ({c}) Tj ", matrix(i)))
                .collect::<String>()
        };
        // Right to left, each glyph placed by Tm; upside down (rotated 180°); rotated 90°.
        let reversed = placed(&mut digits.char_indices().rev(), &|i| {
            format!("1 0 0 1 {} 700", 72 + i * 7)
        });
        let upside_down = placed(&mut digits.char_indices().rev(), &|i| {
            format!("-1 0 0 -1 {} 700", 400 - i * 7)
        });
        let rotated = placed(&mut digits.char_indices().rev(), &|i| {
            format!("0 1 -1 0 300 {}", 100 + i * 7)
        });
        for ops in [reversed, upside_down, rotated] {
            let t = page_text(&format!("BT /F1 12 Tf {ops}ET"));
            assert!(t.contains(digits), "{t:?}");
        }
        // TJ offsets that move the second half before the first, negative character spacing, and a decoy drawn
        // over glyphs placed right to left.
        let t = page_text("BT /F1 12 Tf 100 700 Td [(00138000) 6600 (138)] TJ ET");
        assert!(t.contains(digits), "{t:?}");
        let t = page_text("BT /F1 12 Tf -14 Tc 300 700 Td (00083100831) Tj ET");
        assert!(t.contains(digits), "{t:?}");
        let decoy = placed(&mut digits.char_indices().rev(), &|i| {
            format!("1 0 0 1 {} 700", 72 + i * 7)
        });
        let t = every_reading(&format!(
            "BT /F1 12 Tf {decoy}1 0 0 1 72 700 Tm (99999999999) Tj ET"
        ));
        assert!(t.contains(digits), "{t:?}");
        let t = every_reading(&format!(
            "BT /F1 12 Tf 1 0 0 1 72 700 Tm (99999999999) Tj {decoy}ET"
        ));
        assert!(t.contains(digits), "{t:?}");
    }

    #[test]
    fn kerning_in_tj_reads_as_a_space_only_when_wide() {
        let t = page_text("BT /F1 12 Tf 72 700 Td [(Tel) -250 (138) -30 (0013) 12 (8000)] TJ ET");
        assert_eq!(t, "Tel 13800138000");
    }

    #[test]
    fn widths_from_the_font_place_the_next_run() {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Narrow", "Encoding" => "WinAnsiEncoding",
            "FirstChar" => 48, "LastChar" => 57, "Widths" => vec![Object::Integer(200); 10],
        });
        // Each digit is 2.4 wide at 12 points: a 4-point gap after it is a third of an em, a space; 2 points is not.
        let ops = "BT /F1 12 Tf 72 700 Td (1) Tj 6.4 0 Td (2) Tj 4.4 0 Td (3) Tj ET";
        let content = doc.add_object(Stream::new(dictionary! {}, ops.as_bytes().to_vec()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        let r = read("a.pdf", &out);
        assert_eq!(r.parts[0].text, "1 23");
    }

    #[test]
    fn content_under_an_unknown_filter_and_type3_glyphs_without_a_map_are_blockers() {
        let reasons = |file: Vec<u8>| -> Vec<&'static str> {
            read("a.pdf", &file)
                .blockers
                .iter()
                .map(|b| b.reason.id)
                .collect()
        };
        let text = "BT /F1 12 Tf 72 700 Td (Notice) Tj ET";
        let helvetica =
            || dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" };
        for filter in ["JBIG2Decode", "Crypt", "FlateDecod"] {
            let file = pdf_with(helvetica(), dictionary! { "Filter" => filter }, text);
            assert_eq!(reasons(file), ["unread-pdf-stream"], "{filter}");
        }
        let type3 = dictionary! {
            "Type" => "Font", "Subtype" => "Type3", "Encoding" => "WinAnsiEncoding",
            "FontMatrix" => vec![0.001.into(), 0.into(), 0.into(), 0.001.into(), 0.into(), 0.into()],
        };
        assert_eq!(
            reasons(pdf_with(type3, dictionary! {}, text)),
            ["unread-pdf-no-unicode"]
        );
        assert!(reasons(pdf_with(helvetica(), dictionary! {}, text)).is_empty());
    }

    #[test]
    fn a_broken_pdf_is_a_blocker() {
        let r = read("a.pdf", b"%PDF-1.4\nnothing else");
        assert!(!r.is_complete());
    }
}
