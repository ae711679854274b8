//! Every output file read by its content, never by its extension: the leaks of real portals were almost all in
//! attachments (a 低保 roster as an Excel file beside a notice), so a file is published only when its text could
//! be read and searched, or when someone has looked at it and listed it in `privacy.reviewed`.
//!
//! [`read`] sniffs the bytes (magic numbers first, then byte-order marks, UTF-8, UTF-16/32 without a mark and the
//! legacy Chinese encodings) and hands the file to the reader of its format, which yields the text of each of its
//! parts with a location a person can find (`page 2`, `名单!C3`, `word/comments.xml`, `data.zip › b.csv`), and
//! the reasons any part could not be read ([`Blocker`]). Containers are opened recursively, at most [`MAX_DEPTH`]
//! levels deep and [`MAX_UNPACKED`] bytes unpacked in all, so a zip bomb is refused rather than followed.

mod archive;
mod data_uri;
mod directory;
mod font;
mod formula;
mod image;
mod location;
mod mime;
mod odf;
mod ofd;
mod ooxml;
mod pdf;
mod rounded;
mod rows;
mod rtf;
mod seven_bit;
mod strings;
pub mod text;
mod xml;

use std::borrow::Cow;

pub use location::Location;
pub use rows::split_table_cells;

use super::detect::Kind;
use crate::messages::{Arg, Message, msg};

/// How deep containers are opened (a zip in a zip in a DOCX …); deeper is refused.
pub const MAX_DEPTH: usize = 4;
/// How many bytes one output file may unpack to, in all its containers together; more is refused.
pub const MAX_UNPACKED: u64 = 200 * 1024 * 1024;

/// What could be read of one file.
#[derive(Debug, Default)]
pub struct Reading<'a> {
    /// The text found, part by part.
    pub parts: Vec<Part<'a>>,
    /// Why some or all of the file could not be read; empty when every byte was accounted for.
    pub blockers: Vec<Blocker>,
    /// Personal data a reader recognised where the detector cannot: what the file stores no longer holds it whole
    /// (an ID number a spreadsheet rounded to 15 digits).
    pub found: Vec<Found>,
}

/// Personal data found by a reader, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Where, as in [`Part::location`].
    pub location: Location,
    pub kind: Kind,
}

/// A stretch of text and where in the file it was found.
#[derive(Debug)]
pub struct Part<'a> {
    /// Empty for the file itself; otherwise where a person opening the file would find it.
    pub location: Location,
    pub text: Cow<'a, str>,
    /// The file (or archive entry) is itself text, to be read with the markup and escape rules of the egress scan;
    /// false for text extracted from a document, where markup is already gone.
    pub whole: bool,
    /// Whole text that looks like HTML, SVG or XML whatever its name says (an `.xls` that is really HTML).
    pub markup: bool,
}

/// Something in the file that is not text Sunlight can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocker {
    /// Where, as in [`Part::location`].
    pub location: Location,
    /// Why, as a message of `pieces.ftl` (never the file's content).
    pub reason: Message,
    /// An image or a font: a theme's own icons and fonts may pass without review; anything else may not.
    pub asset: bool,
}

impl<'a> Reading<'a> {
    fn text(text: Cow<'a, str>) -> Self {
        let markup = text::looks_like_markup(&text);
        Reading {
            parts: vec![Part {
                location: Location::here(),
                text,
                whole: true,
                markup,
            }],
            blockers: Vec::new(),
            found: Vec::new(),
        }
    }

    fn blocked(reason: Message) -> Self {
        Reading {
            parts: Vec::new(),
            blockers: vec![Blocker {
                location: Location::here(),
                reason,
                asset: false,
            }],
            found: Vec::new(),
        }
    }

    fn asset(reason: Message) -> Self {
        let mut r = Self::blocked(reason);
        r.blockers[0].asset = true;
        r
    }

    fn extracted(&mut self, location: impl Into<Location>, text: String) {
        if !text.trim().is_empty() {
            self.parts.push(Part {
                location: location.into(),
                text: Cow::Owned(text),
                whole: false,
                markup: false,
            });
        }
    }

    fn block(&mut self, location: impl Into<Location>, reason: Message) {
        self.blockers.push(Blocker {
            location: location.into(),
            reason,
            asset: false,
        });
    }

    /// Takes in what was read of something inside this file, at `location`.
    fn nest(&mut self, location: &Location, inner: Reading<'_>) {
        for p in inner.parts {
            self.parts.push(Part {
                location: location.then(&p.location),
                text: Cow::Owned(p.text.into_owned()),
                whole: p.whole,
                markup: p.markup,
            });
        }
        for b in inner.blockers {
            self.blockers.push(Blocker {
                location: location.then(&b.location),
                ..b
            });
        }
        for f in inner.found {
            self.found.push(Found {
                location: location.then(&f.location),
                ..f
            });
        }
    }

    /// Whether anything kept the file from being read in full.
    pub fn is_complete(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// The unpacking allowance left for one output file, shared by all its containers.
#[derive(Debug)]
pub(crate) struct Budget {
    left: u64,
}

impl Budget {
    fn new() -> Self {
        Budget { left: MAX_UNPACKED }
    }

    /// Takes `n` bytes from the allowance; false (and nothing taken) when there is not enough left.
    fn take(&mut self, n: u64) -> bool {
        if n > self.left {
            return false;
        }
        self.left -= n;
        true
    }

    fn left(&self) -> u64 {
        self.left
    }
}

/// Unpacking would pass the budget: the reason, and its id for telling it apart from the others.
fn too_large() -> Message {
    msg!("unread-too-large")
}

/// Containers nested deeper than [`MAX_DEPTH`].
fn too_deep() -> Message {
    msg!("unread-too-deep", limit = MAX_DEPTH)
}

/// Reads `bytes`, the content of the output file at `path`. The path is used only to name the file a gzip holds;
/// what the file is comes from its content.
pub fn read<'a>(path: &str, bytes: &'a [u8]) -> Reading<'a> {
    read_nested(path, bytes, 0, &mut Budget::new())
}

/// [`read`] at a nesting `depth`, drawing on `budget` for everything unpacked; `name` is the file's own name if it
/// has one (an archive entry's), else empty.
fn read_nested<'a>(name: &str, bytes: &'a [u8], depth: usize, budget: &mut Budget) -> Reading<'a> {
    if bytes.is_empty() {
        return Reading::text(Cow::Borrowed(""));
    }
    // The parsers are well kept but fed whatever a site holds: a panic in one is a file that cannot be read, not a
    // crashed build.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        by_signature(name, bytes, depth, budget)
    }));
    match parsed {
        Ok(Some(reading)) => return reading,
        Ok(None) => {}
        Err(_) => {
            return Reading::blocked(msg!("unread-parser-failed"));
        }
    }
    match text::decode(bytes) {
        Some(text) => {
            let mut split = rows::delimited(&text);
            if text::looks_like_markup(&text) {
                split.extend(rows::html_tables(&text));
            }
            let mut reading = text_file(text, depth, budget);
            reading
                .found
                .extend(split.into_iter().map(|(first, last, kind)| Found {
                    location: Location::word(msg!("place-cells", first = first, last = last)),
                    kind,
                }));
            reading
        }
        None => unknown_binary(bytes),
    }
}

/// A text file, and what it carries encoded inside: the decoded parts of a MIME document (MHT, EML), the unfolded
/// and decoded text of a vCard or iCalendar file and the files in its base64 values, the files of
/// its base64 `data:` URIs, its XML with entities declared in its own DTD expanded, and its text decoded from UTF-7
/// or HZ where their markers stand.
fn text_file<'a>(text: Cow<'a, str>, depth: usize, budget: &mut Budget) -> Reading<'a> {
    let mime = mime::looks_like_mime(&text);
    let directory = directory::looks_like_directory(&text);
    let uris = data_uri::find(&text);
    let entities = text.contains("<!ENTITY");
    let utf7 = seven_bit::utf7(&text);
    let hz = seven_bit::hz(&text);
    if !mime && !directory && uris.is_empty() && !entities && utf7.is_none() && hz.is_none() {
        return Reading::text(text);
    }
    let mut inner = Vec::new();
    if mime {
        inner.push((Location::here(), mime::read(text.as_bytes(), depth, budget)));
    }
    if directory {
        inner.push((Location::here(), directory::read(&text, depth, budget)));
    }
    for (i, bytes) in uris.iter().enumerate() {
        let location = Location::word(msg!("place-data-uri", n = i + 1));
        let reading = if depth + 1 >= MAX_DEPTH {
            Reading::blocked(too_deep())
        } else if !budget.take(bytes.len() as u64) {
            Reading::blocked(too_large())
        } else {
            read_nested("", bytes, depth + 1, budget)
        };
        inner.push((location, reading));
    }
    let expanded = entities.then(|| xml::text_of(text.as_bytes())).flatten();
    let mut r = Reading::text(text);
    for (location, reading) in inner {
        r.nest(&location, reading);
    }
    if let Some(t) = expanded {
        r.extracted(msg!("place-entities-expanded"), t);
    }
    if let Some(t) = utf7 {
        r.extracted(msg!("place-utf7-decoded"), t);
    }
    if let Some(t) = hz {
        r.extracted(msg!("place-hz-decoded"), t);
    }
    r
}

/// The reader of a format recognised by its first bytes, if any.
fn by_signature<'a>(
    name: &str,
    bytes: &'a [u8],
    depth: usize,
    budget: &mut Budget,
) -> Option<Reading<'a>> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let nested = |budget: &mut Budget, f: &dyn Fn(&mut Budget) -> Reading<'static>| {
        if depth >= MAX_DEPTH {
            Reading::blocked(too_deep())
        } else {
            f(budget)
        }
    };
    let reading = if rtf::is_rtf(bytes) {
        rtf::read(bytes)
    } else if pdf::is_pdf(bytes) {
        nested(budget, &|b| pdf::read(bytes, depth, b))
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        nested(budget, &|b| archive::read_zip(bytes, depth, b))
    } else if starts(&[0x1f, 0x8b]) {
        nested(budget, &|b| archive::read_gzip(name, bytes, depth, b))
    } else if let Some(reading) = image::read(bytes, budget) {
        reading
    } else if let Some(kind) = font::kind(bytes) {
        let mut r = Reading::asset(msg!("unread-font", format = Arg::Figure(kind.to_string())));
        // A font's name table (family, copyright, designer, description …) is text like any other.
        r.extracted(msg!("place-font-text"), strings::printable(bytes));
        r
    } else {
        return refused_format(bytes).map(Reading::blocked);
    };
    Some(reading)
}

/// Formats that are recognised but not opened, with what to do instead.
fn refused_format(bytes: &[u8]) -> Option<Message> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let what = if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        msg!("unread-legacy-office")
    } else if starts(b"Rar!") || starts(&[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
        msg!("unread-rar")
    } else if starts(b"BZh")
        || starts(&[0xFD, b'7', b'z', b'X', b'Z', 0])
        || starts(&[0x28, 0xB5, 0x2F, 0xFD])
    {
        msg!("unread-compressed")
    } else if bytes.len() > 262 && &bytes[257..262] == b"ustar" {
        msg!("unread-tar")
    } else {
        return None;
    };
    Some(what)
}

/// A file of no known format: refused, but any text it carries is still searched, so a reviewed binary with a
/// phone number in it fails all the same.
fn unknown_binary(bytes: &[u8]) -> Reading<'static> {
    let mut r = Reading::blocked(msg!("unread-binary"));
    r.extracted(msg!("place-binary-text"), strings::printable(bytes));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_is_borrowed_and_whole() {
        let r = read("a.html", "<!DOCTYPE html><p>你好</p>".as_bytes());
        assert!(r.is_complete());
        assert!(matches!(r.parts[0].text, Cow::Borrowed(_)));
        assert!(r.parts[0].whole && r.parts[0].markup);
    }

    #[test]
    fn legacy_office_and_unknown_binaries_are_blocked() {
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0];
        let r = read("a.doc", &ole);
        assert_eq!(r.blockers[0].reason.id, "unread-legacy-office");
        let r = read("x.bin", &[0, 1, 2, 3, 0xFF, 0xFE, 0x80, 0, 7, 8]);
        assert!(!r.is_complete());
        assert!(!r.blockers[0].asset);
    }

    #[test]
    fn text_inside_an_unknown_binary_is_still_read() {
        let mut bytes = vec![0u8, 1, 2, 3, 4, 5];
        bytes.extend_from_slice(b"tel 13800138000");
        bytes.extend_from_slice(&[0, 0, 9]);
        let r = read("x.dat", &bytes);
        assert!(r.parts.iter().any(|p| p.text.contains("13800138000")));
    }

    #[test]
    fn cut_and_damaged_files_never_panic() {
        let samples = [
            pdf::tests::pdf(&["Notice", "Tel 13800138000"], true, "Office", &[1]),
            ooxml::tests::xlsx("13800138000"),
            ooxml::tests::docx("正文", "张三丰"),
            odf::tests::odt("正文", "张三丰"),
            image::tests::png_with(&[(b"tEXt", b"Comment\0x".to_vec())]),
            archive::tests::gzip_of(b"a,b\n1,2\n"),
        ];
        for sample in &samples {
            for cut in (0..sample.len()).step_by(sample.len() / 40 + 1) {
                let _ = read("x", &sample[..cut]);
                let mut flipped = sample.clone();
                flipped[cut] ^= 0x5a;
                let _ = read("x", &flipped);
            }
        }
    }

    #[test]
    fn the_budget_refuses_what_it_cannot_cover() {
        let mut b = Budget::new();
        assert!(b.take(MAX_UNPACKED - 1));
        assert!(!b.take(2));
        assert_eq!(b.left(), 1);
    }
}
