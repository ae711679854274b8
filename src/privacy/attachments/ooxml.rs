//! DOCX, XLSX and PPTX (Office Open XML): every XML part is read, not only the body: comments, headers and footers,
//! footnotes, document properties, custom XML, hidden sheets, pivot caches, shared strings, slide notes, and the
//! relationship files (hyperlink targets). Worksheet cells are read one by one and named `Sheet!B2`; a shared string
//! that no cell uses is still published inside the file, and is read too. Embedded objects (an XLSX inside a DOCX)
//! are read recursively; embedded pictures are images, and blockers like any other (the document's own thumbnail
//! excepted, a picture of its first page, whose metadata is still read).

use std::collections::{BTreeMap, BTreeSet};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::archive::{Entry, members, names};
use super::xml::{self, STOP, resolve, value};
use super::{Budget, Found, Location, Reading, formula, rounded, rows, text};
use crate::messages::{Arg, msg};
use crate::privacy::detect::Kind;

pub(super) fn read(entries: &[Entry], depth: usize, budget: &mut Budget, r: &mut Reading<'static>) {
    names(entries, r);
    let sheets = worksheets(entries);
    let shared = entries
        .iter()
        .find(|e| e.name == "xl/sharedStrings.xml")
        .map(|e| shared_strings(&e.data))
        .unwrap_or_default();
    let formats = entries
        .iter()
        .find(|e| e.name == "xl/styles.xml")
        .map(|e| cell_formats(&e.data))
        .unwrap_or_default();
    let names = entries
        .iter()
        .find(|e| e.name == "xl/workbook.xml")
        .map(|e| defined_names(&e.data))
        .unwrap_or_default();
    let mut used = BTreeSet::new();
    for e in entries {
        if let Some(sheet) = sheets.get(&e.name) {
            let book = Book {
                shared: &shared,
                formats: &formats,
                names: &names,
            };
            if cells(&e.data, sheet, &book, &mut used, r).is_none() {
                r.block(&e.place, msg!("unread-sheet-xml"));
            }
        } else if e.name == "xl/sharedStrings.xml" {
            continue;
        } else {
            part(
                e,
                &describe(e),
                depth,
                budget,
                r,
                e.name.starts_with("docProps/thumbnail"),
            );
        }
    }
    for (i, s) in shared.iter().enumerate() {
        if !used.contains(&i) {
            r.extracted(msg!("place-unused-string", n = i + 1), s.clone());
        }
    }
}

/// One part of an Office or OpenDocument package: XML as its text, anything else as a file of its own. A thumbnail
/// is a picture of the document's first page: its metadata is read, its pixels are not a blocker.
pub(super) fn part(
    e: &Entry,
    location: &Location,
    depth: usize,
    budget: &mut Budget,
    r: &mut Reading<'static>,
    thumbnail: bool,
) {
    if is_xml(e) {
        match xml::text_of(&e.data) {
            Some(t) => r.extracted(location, t),
            None => r.block(location, msg!("unread-part-xml")),
        }
        return;
    }
    let mut inner = Reading::default();
    members(e, depth, budget, &mut inner);
    if thumbnail {
        inner.blockers.retain(|b| !b.asset);
    }
    r.parts.extend(inner.parts);
    r.blockers.extend(inner.blockers);
}

fn is_xml(e: &Entry) -> bool {
    let n = e.name.to_ascii_lowercase();
    [".xml", ".rels", ".vml", ".rdf"]
        .iter()
        .any(|x| n.ends_with(x))
        || text::decode(&e.data[..e.data.len().min(64)])
            .is_some_and(|t| t.trim_start().starts_with("<?xml"))
}

/// A part's name as a person looking for it would know it: a slide's number, what a part of a document is
/// (`place-office-part`'s `what`), or the part's own path.
fn describe(e: &Entry) -> Location {
    let name = e.name.as_str();
    let number = |prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(".xml"))
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            .map(|n| Arg::Figure(n.to_string()))
    };
    if let Some(n) = number("ppt/slides/slide") {
        Location::word(msg!("place-slide", slide = n))
    } else if let Some(n) = number("ppt/notesSlides/notesSlide") {
        Location::word(msg!("place-slide-notes", slide = n))
    } else {
        let what = match name {
            "word/document.xml" => "body",
            "docProps/core.xml" | "docProps/app.xml" | "docProps/custom.xml" => "properties",
            n if n.starts_with("word/header") => "header",
            n if n.starts_with("word/footer") => "footer",
            n if n.contains("comments") => "comments",
            n if n.contains("footnotes") || n.contains("endnotes") => "notes",
            n if n.contains("pivotCache") => "pivot-cache",
            _ => return e.place.clone(),
        };
        Location::word(msg!(
            "place-office-part",
            what = Arg::Figure(what.to_string()),
            part = name
        ))
    }
}

/// What the workbook's other parts tell about every sheet's cells.
struct Book<'a> {
    shared: &'a [String],
    formats: &'a BTreeMap<usize, String>,
    /// The defined names, in lower case, and what each holds.
    names: &'a BTreeMap<String, String>,
}

/// The workbook's defined names (`<definedName name="tel">"138"&amp;"8000"</definedName>`), keyed in lower case.
fn defined_names(data: &[u8]) -> BTreeMap<String, String> {
    let Some(source) = text::decode(data) else {
        return BTreeMap::new();
    };
    let mut reader = Reader::from_str(&source);
    let mut out = BTreeMap::new();
    let mut open: Option<(String, String)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "definedName" => {
                let name = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "name")
                    .map(|a| value(&a))
                    .unwrap_or_default();
                open = Some((name.to_lowercase(), String::new()));
            }
            Ok(Event::Text(t)) => {
                if let Some((_, v)) = open.as_mut() {
                    v.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(g)) => {
                if let Some((_, v)) = open.as_mut() {
                    v.push_str(&resolve(&g));
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "definedName" => {
                out.extend(open.take().map(|(n, v)| (n, unescaped(&v))));
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// Worksheet part → sheet name as the workbook shows it (the file's own word), said to be hidden when it is.
fn worksheets(entries: &[Entry]) -> BTreeMap<String, Arg> {
    let find = |n: &str| {
        entries
            .iter()
            .find(|e| e.name == n)
            .map(|e| e.data.as_slice())
    };
    let (Some(book), Some(rels)) = (find("xl/workbook.xml"), find("xl/_rels/workbook.xml.rels"))
    else {
        return BTreeMap::new();
    };
    let targets: BTreeMap<String, String> = elements(rels, "Relationship")
        .into_iter()
        .filter_map(|a| {
            let target = a.get("Target")?;
            let path = match target.strip_prefix('/') {
                Some(abs) => abs.to_string(),
                None => format!("xl/{target}"),
            };
            Some((a.get("Id")?.clone(), path))
        })
        .collect();
    elements(book, "sheet")
        .into_iter()
        .filter_map(|a| {
            let id = a.iter().find(|(k, _)| k.ends_with(":id") || *k == "id")?.1;
            let name = Arg::Text(a.get("name")?.clone());
            let sheet = if a.get("state").is_some_and(|s| s != "visible") {
                Arg::Msg(Box::new(msg!("place-hidden-sheet", sheet = name)))
            } else {
                name
            };
            Some((targets.get(id)?.clone(), sheet))
        })
        .collect()
}

/// The attributes of every element named `want` (local name), by attribute name (with its prefix).
fn elements(data: &[u8], want: &str) -> Vec<BTreeMap<String, String>> {
    let Some(source) = text::decode(data) else {
        return Vec::new();
    };
    let mut reader = Reader::from_str(&source);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == want => {
                out.push(
                    e.attributes()
                        .flatten()
                        .map(|a| (a.key.as_ref().to_string(), value(&a)))
                        .collect(),
                );
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// The text of each `<si>` of the shared-string table: rich-text runs joined as shown, then its phonetic guides.
fn shared_strings(data: &[u8]) -> Vec<String> {
    let Some(source) = text::decode(data) else {
        return Vec::new();
    };
    let mut reader = Reader::from_str(&source);
    let mut out = Vec::new();
    // The string as shown, and its phonetic guides (read after it, never between its runs).
    let mut current: Option<(String, String)> = None;
    let mut phonetic = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "si" => {
                current = Some((String::new(), String::new()))
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == "rPh" => phonetic = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == "rPh" => phonetic = false,
            Ok(Event::End(e)) if e.local_name().as_ref() == "si" => {
                out.extend(current.take().map(|(shown, guides)| {
                    let (shown, guides) = (unescaped(&shown), unescaped(&guides));
                    if guides.is_empty() {
                        shown
                    } else {
                        format!("{shown}{STOP}{guides}")
                    }
                }))
            }
            Ok(Event::Text(t)) => {
                if let Some((shown, guides)) = current.as_mut() {
                    if phonetic { guides } else { shown }.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(g)) => {
                if let Some((shown, guides)) = current.as_mut() {
                    if phonetic { guides } else { shown }.push_str(&resolve(&g));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// Each cell of a worksheet as a part named `Sheet!B2` (its value, shared strings resolved, and its formula), and
/// the sheet's other text (headers, footers, data validation lists) as one more part. `None` if it is not XML.
fn cells(
    data: &[u8],
    sheet: &Arg,
    book: &Book<'_>,
    used: &mut BTreeSet<usize>,
    r: &mut Reading<'static>,
) -> Option<()> {
    let source = text::decode(data)?;
    let mut reader = Reader::from_str(&source);
    let mut other = String::new();
    // The print headers and footers, as they are printed (see [`printed_header`]).
    let mut headers = String::new();
    let mut in_header = false;
    // The open cell: its reference, its type, its style's number format, and its text so far.
    let mut cell: Option<(String, String, String)> = None;
    let mut format: Option<&String> = None;
    let mut formulas = Formulas::default();
    let mut row = rows::Row::default();
    loop {
        match reader.read_event().ok()? {
            Event::End(e) if e.local_name().as_ref() == "row" => {
                for (first, last, kind) in row.finish() {
                    r.found.push(Found {
                        location: cell_at(sheet, &format!("{first}:{last}")),
                        kind,
                    });
                }
            }
            Event::Start(e) if e.local_name().as_ref() == "c" => {
                let attr = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == k)
                        .map(|a| value(&a))
                        .unwrap_or_default()
                };
                format = attr("s")
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| book.formats.get(&i));
                cell = Some((attr("r"), attr("t"), String::new()));
                formulas = Formulas {
                    shared: std::mem::take(&mut formulas.shared),
                    ..Formulas::default()
                };
            }
            Event::Start(e) if HEADERS.contains(&e.local_name().as_ref()) => in_header = true,
            Event::End(e) if HEADERS.contains(&e.local_name().as_ref()) => {
                in_header = false;
                headers.push(STOP);
            }
            Event::End(e) if e.local_name().as_ref() == "c" => {
                if let Some((at, kind, value)) = cell.take() {
                    // A number (or the digits Excel showed for one, pasted as text) that is an ID number
                    // rounded to 15 digits.
                    if value.split(STOP).any(rounded::is_rounded_id) {
                        r.found.push(Found {
                            location: cell_at(sheet, &at),
                            kind: Kind::IdNumber,
                        });
                    }
                    let shown = match value
                        .trim_matches(|c: char| c.is_whitespace() || c == STOP)
                        .parse::<usize>()
                    {
                        Ok(i) if kind == "s" => {
                            used.insert(i);
                            book.shared.get(i).cloned().unwrap_or_default()
                        }
                        _ => unescaped(&value),
                    };
                    let mut shown = with_what_it_shows(shown);
                    if let Some(code) = format.take() {
                        let formatted = formatted(code, shown.split(STOP).next().unwrap_or(""));
                        if let Some(f) = formatted {
                            shown.push(STOP);
                            shown.push_str(&f);
                        }
                    }
                    // Text cells only: a count typed as a number is not half of an ID number.
                    if matches!(kind.as_str(), "s" | "inlineStr" | "str")
                        && let Some(column) = rows::column_of(&at)
                    {
                        row.cell(column, shown.trim_matches(STOP), at.clone());
                    }
                    r.extracted(cell_at(sheet, &at), shown);
                    formulas.finish(cell_at(sheet, &at), book.names, r);
                }
            }
            Event::Start(e) if cell.is_some() && e.local_name().as_ref() == "f" => {
                formulas.start(&e, false)
            }
            Event::Empty(e) if cell.is_some() && e.local_name().as_ref() == "f" => {
                formulas.start(&e, true)
            }
            Event::End(e)
                if cell.is_some() && matches!(e.local_name().as_ref(), "v" | "f" | "is") =>
            {
                if e.local_name().as_ref() == "f" {
                    formulas.end();
                }
                if let Some((_, _, v)) = cell.as_mut() {
                    v.push(STOP);
                }
            }
            Event::Text(t) => match cell.as_mut() {
                Some((_, _, v)) => {
                    formulas.text(&t.xml10_content());
                    v.push_str(&t.xml10_content())
                }
                None => {
                    if in_header {
                        headers.push_str(&t.xml10_content());
                    }
                    other.push_str(&t.xml10_content())
                }
            },
            Event::End(_) if cell.is_none() && !other.ends_with(STOP) => other.push(STOP),
            Event::GeneralRef(g) => match cell.as_mut() {
                Some((_, _, v)) => {
                    formulas.text(&resolve(&g));
                    v.push_str(&resolve(&g))
                }
                None => {
                    if in_header {
                        headers.push_str(&resolve(&g));
                    }
                    other.push_str(&resolve(&g))
                }
            },
            Event::Start(e) | Event::Empty(e)
                if cell.is_none() && e.local_name().as_ref() != "row" =>
            {
                for a in e.attributes().flatten() {
                    if !a.key.as_ref().starts_with("xmlns") {
                        other.push_str(&value(&a));
                        other.push(STOP);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !headers.is_empty() {
        other.push(STOP);
        other.push_str(&printed_header(&headers));
    }
    r.extracted(msg!("place-sheet-other", sheet = sheet.clone()), other);
    Some(())
}

/// The formula of the open cell as Excel computes it when the file stores no result (see [`formula`]), with the
/// sheet's shared formulas: a cell of a shared formula holds only its index, the formula is in the first cell.
#[derive(Default)]
struct Formulas {
    /// Shared formulas by their index (`si`).
    shared: BTreeMap<String, String>,
    /// The open cell's formula; `Some(None)` when it is a shared formula whose first cell came before none.
    current: Option<Option<String>>,
    /// The text of the open `<f>` so far, and the shared index it defines.
    open: Option<(String, Option<String>)>,
    /// The cell stores a value (a result, or an inline string).
    cached: bool,
}

impl Formulas {
    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let attr = |k: &str| {
            e.attributes()
                .flatten()
                .find(|a| a.key.as_ref() == k)
                .map(|a| value(&a))
        };
        let index = attr("t").filter(|t| t == "shared").and(attr("si"));
        self.current = Some(match &index {
            Some(i) => self.shared.get(i).cloned(),
            None => Some(String::new()),
        });
        if !empty {
            self.open = Some((String::new(), index));
        }
    }

    fn text(&mut self, t: &str) {
        match self.open.as_mut() {
            Some((f, _)) => f.push_str(t),
            None => self.cached |= !t.trim().is_empty(),
        }
    }

    fn end(&mut self) {
        if let Some((f, index)) = self.open.take()
            && !f.trim().is_empty()
        {
            if let Some(i) = index {
                self.shared.insert(i, f.clone());
            }
            self.current = Some(Some(f));
        }
    }

    fn finish(&mut self, at: Location, names: &BTreeMap<String, String>, r: &mut Reading<'static>) {
        if let Some(f) = self.current.take() {
            let f = f.map(|f| formula::with_names(&unescaped(&f), names));
            formula::read(f.as_deref(), self.cached, at, r);
        }
    }
}

/// The elements of a worksheet's print headers and footers.
const HEADERS: &[&str] = &[
    "oddHeader",
    "oddFooter",
    "evenHeader",
    "evenFooter",
    "firstHeader",
    "firstFooter",
];

/// A header or footer as printed: its codes left out. `&B`, `&I`, `&U`, `&"font,style"`, a font size `&12` and a
/// colour `&KFF0000` only change how the letters look, so the text on either side prints as one (`138&B0013` is
/// `1380013`); the sections (`&L`, `&C`, `&R`), fields (`&P` page, `&D` date …) and pictures (`&G`) stand apart.
fn printed_header(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '&' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('&') => out.push('&'),
            Some('"') => {
                for d in chars.by_ref() {
                    if d == '"' {
                        break;
                    }
                }
            }
            Some(d) if d.is_ascii_digit() => {
                while chars.next_if(|c| c.is_ascii_digit()).is_some() {}
            }
            Some('K') => {
                for _ in 0..6 {
                    chars.next_if(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '-');
                }
            }
            Some('B' | 'I' | 'U' | 'E' | 'X' | 'Y' | 'S' | 'O' | 'H') => {}
            _ => out.push(STOP),
        }
    }
    out
}

/// `_xHHHH_` escapes of an OOXML string decoded, as Excel shows them (`_x0031_` is `1`, `_x005F_` a literal `_`).
fn unescaped(s: &str) -> String {
    if !s.contains("_x") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let code = tail
            .get(2..6)
            .filter(|h| h.chars().all(|c| c.is_ascii_hexdigit()) && tail.get(6..7) == Some("_"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32);
        match code {
            Some(c) => {
                out.push(c);
                rest = &tail[7..];
            }
            None => {
                out.push_str("_x");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The custom number format of each cell style (`cellXfs` index → `formatCode`) whose code writes text of its own:
/// a quoted literal, an escaped character or the cell's text (`@`). Built-in formats write none.
fn cell_formats(data: &[u8]) -> BTreeMap<usize, String> {
    let codes: BTreeMap<String, String> = elements(data, "numFmt")
        .into_iter()
        .filter_map(|a| Some((a.get("numFmtId")?.clone(), a.get("formatCode")?.clone())))
        .filter(|(_, code)| code.contains(['"', '\\', '@']))
        .collect();
    if codes.is_empty() {
        return BTreeMap::new();
    }
    let Some(source) = text::decode(data) else {
        return BTreeMap::new();
    };
    let mut reader = Reader::from_str(&source);
    let (mut in_xfs, mut index, mut out) = (false, 0usize, BTreeMap::new());
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "cellXfs" => in_xfs = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == "cellXfs" => in_xfs = false,
            Ok(Event::Start(e) | Event::Empty(e)) if in_xfs && e.local_name().as_ref() == "xf" => {
                let id = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "numFmtId")
                    .map(|a| value(&a));
                if let Some(code) = id.and_then(|id| codes.get(&id)) {
                    out.insert(index, code.clone());
                }
                index += 1;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// What a cell shows under a number format with text of its own, the first section of the code (for positive
/// numbers and text): literals as written, `@` as the cell's text, the first run of digit placeholders as the
/// cell's number, colours and conditions (`[Red]`) left out. `None` when the code writes nothing of its own.
fn formatted(code: &str, cell: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = code.chars().peekable();
    let mut number_written = false;
    while let Some(c) = chars.next() {
        match c {
            ';' => break,
            '"' => {
                for d in chars.by_ref() {
                    if d == '"' {
                        break;
                    }
                    out.push(d);
                }
            }
            '\\' => out.extend(chars.next()),
            '@' => out.push_str(cell.trim()),
            '[' => {
                for d in chars.by_ref() {
                    if d == ']' {
                        break;
                    }
                }
            }
            '_' | '*' => {
                chars.next();
                out.push(' ');
            }
            '0' | '#' | '?' | '.' | ',' => {
                while chars
                    .next_if(|c| matches!(c, '0' | '#' | '?' | '.' | ','))
                    .is_some()
                {}
                if !number_written {
                    out.push_str(cell.trim());
                    number_written = true;
                }
            }
            _ => out.push(c),
        }
    }
    (out != cell.trim()).then_some(out)
}

/// `Sheet!B2`: the sheet and the cell's reference as the file writes them.
pub(super) fn cell_at(sheet: &Arg, at: &str) -> Location {
    Location::word(msg!("place-cell", sheet = sheet.clone(), cell = at))
}

/// A cell's text with what Excel shows for it added: a number in exponent form as its digits (an ID number typed
/// into a cell becomes `1.10105189901011E+17`, and Excel displays `110105189901011000`), and a formula that only
/// joins literals (`"1380013"&"8000"`, `CONCATENATE("138","0013","8000")`) as the text it gives.
fn with_what_it_shows(cell: String) -> String {
    let mut extra = String::new();
    for piece in cell.split(STOP) {
        let piece = piece.trim();
        if piece.contains(['E', 'e'])
            && let Ok(x) = piece.parse::<f64>()
            && x.is_finite()
            && x.abs() >= 1.0
            && x.abs() < 1e21
        {
            extra.push(STOP);
            extra.push_str(&format!("{x:.0}"));
        }
        if piece.contains('"') || piece.contains('&') {
            let joined = formula_literals(piece);
            if !joined.is_empty() {
                extra.push(STOP);
                extra.push_str(&joined);
            }
        }
    }
    if extra.is_empty() {
        cell
    } else {
        cell + &extra
    }
}

/// The string and number literals of a formula, joined as `&` or `CONCATENATE` would join them.
fn formula_literals(formula: &str) -> String {
    let mut out = String::new();
    let mut chars = formula.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(code) = char_call(c, &mut chars) {
            out.extend(char::from_u32(code));
        } else if c == '"' {
            while let Some(d) = chars.next() {
                if d == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        out.push('"');
                    } else {
                        break;
                    }
                } else {
                    out.push(d);
                }
            }
        } else if c.is_ascii_digit() {
            out.push(c);
        }
    }
    out
}

/// `CHAR(49)` or `UNICHAR(49)` at `c` and what follows: its code, the call consumed. Anything else consumes nothing.
fn char_call(c: char, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<u32> {
    if !matches!(c, 'C' | 'c' | 'U' | 'u') {
        return None;
    }
    let rest: String = chars.clone().take(12).collect();
    let upper = format!("{c}{rest}").to_ascii_uppercase();
    let name = ["CHAR(", "UNICHAR("]
        .into_iter()
        .find(|n| upper.starts_with(n))?;
    let digits: String = upper[name.len()..]
        .chars()
        .take_while(|d| d.is_ascii_digit())
        .collect();
    if digits.is_empty() || !upper[name.len() + digits.len()..].starts_with(')') {
        return None;
    }
    for _ in 0..name.len() + digits.len() {
        chars.next();
    }
    digits.parse().ok()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::archive::tests::zip_of;
    use super::super::read;

    const TYPES: &str = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;

    #[test]
    fn exponent_numbers_and_joined_literals_read_as_excel_shows_them() {
        assert!(super::with_what_it_shows("1.38001380E+10".into()).contains("13800138000"));
        let f = "\u{1}\"1380013\"&\"8000\"".to_string();
        assert!(super::with_what_it_shows(f).contains("13800138000"));
        assert!(
            super::with_what_it_shows("CONCATENATE(\"138\",\"0013\",\"8000\")".into())
                .contains("13800138000")
        );
        assert_eq!(super::with_what_it_shows("42".into()), "42");
        let chars = "CHAR(49)&char(51)&CHAR(56)&\"00138000\"".to_string();
        assert!(super::with_what_it_shows(chars).contains("13800138000"));
    }

    #[test]
    fn escapes_formats_and_header_codes_read_as_excel_shows_them() {
        assert_eq!(super::unescaped("_x0031__x0033_8_x005F_x"), "138_x");
        assert_eq!(super::unescaped("a_xZZ_b_x"), "a_xZZ_b_x");
        assert_eq!(
            super::formatted("0\"00138000\"", "138").as_deref(),
            Some("13800138000")
        );
        assert_eq!(
            super::formatted("\"138\"@\"8000\";;", "0013").as_deref(),
            Some("13800138000")
        );
        assert_eq!(
            super::formatted("[Red]#,##0.00\"元\"", "1380").as_deref(),
            Some("1380元")
        );
        let printed = super::printed_header("&C电话138&B0013&\"宋体,常规\"&K00FF008000&12x &P");
        assert!(printed.contains("电话13800138000x"), "{printed:?}");
        assert!(!super::printed_header("第 &P 页 &D").contains("页2"));
    }

    /// A minimal XLSX: one visible and one hidden sheet, values through shared strings and inline.
    pub fn xlsx(cell_b2: &str) -> Vec<u8> {
        let book = r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="汇总" sheetId="1" r:id="rId1"/><sheet name="名单" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#;
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>"#;
        let shared = format!(
            r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>姓名</t></si><si><r><t>{}</t></r><r><t>{}</t></r></si><si><t>unused</t></si></sst>"#,
            &cell_b2[..3],
            &cell_b2[3..]
        );
        let sheet1 = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData><headerFooter><oddFooter>第 &amp;P 页</oddFooter></headerFooter></worksheet>"#;
        let sheet2 = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>备注</t></is></c></row></sheetData></worksheet>"#;
        zip_of(&[
            ("[Content_Types].xml", TYPES.as_bytes()),
            ("xl/workbook.xml", book.as_bytes()),
            ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
            ("xl/sharedStrings.xml", shared.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
            ("xl/worksheets/sheet2.xml", sheet2.as_bytes()),
        ])
    }

    /// A minimal DOCX with its body, a comment and core properties.
    pub fn docx(body: &str, comment_author: &str) -> Vec<u8> {
        let doc = format!(
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>"#
        );
        let comments = format!(
            r#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="{comment_author}"><w:p><w:r><w:t>请核对</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        let core = r#"<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>通知</dc:title><dc:creator>办公室</dc:creator></cp:coreProperties>"#;
        zip_of(&[
            ("[Content_Types].xml", TYPES.as_bytes()),
            ("word/document.xml", doc.as_bytes()),
            ("word/comments.xml", comments.as_bytes()),
            ("docProps/core.xml", core.as_bytes()),
        ])
    }

    #[test]
    fn cells_are_named_by_sheet_and_reference_across_hidden_sheets() {
        let file = xlsx("13800138000");
        let r = read("a.xlsx", &file);
        assert!(r.is_complete(), "{:?}", r.blockers);
        let b2 = r
            .parts
            .iter()
            .find(|p| p.location == "名单 (hidden)!B2")
            .unwrap();
        assert!(b2.text.contains("13800138000"), "{:?}", b2.text);
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "汇总!A1" && p.text.contains("42"))
        );
        assert!(
            r.parts
                .iter()
                .any(|p| p.location.to_string().contains("string 3") && p.text == "unused")
        );
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "汇总 (headers, footers and other text)"
                    && p.text.contains("第 &P 页"))
        );
    }

    #[test]
    fn every_docx_part_is_read() {
        let file = docx("正文", "张三丰");
        let r = read("a.docx", &file);
        assert!(r.is_complete());
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "comments (word/comments.xml)" && p.text.contains("张三丰"))
        );
        assert!(
            r.parts
                .iter()
                .any(|p| p.location == "document body (word/document.xml)")
        );
    }

    #[test]
    fn embedded_pictures_block_but_thumbnails_do_not() {
        let png = super::super::image::tests::png_with(&[]);
        let z = zip_of(&[
            ("[Content_Types].xml", TYPES.as_bytes()),
            ("docProps/thumbnail.png", &png),
        ]);
        assert!(read("a.docx", &z).is_complete());
        let z = zip_of(&[
            ("[Content_Types].xml", TYPES.as_bytes()),
            ("word/media/image1.png", &png),
        ]);
        let r = read("a.docx", &z);
        assert_eq!(r.blockers.len(), 1);
        assert_eq!(r.blockers[0].location, "word/media/image1.png");
    }
}
