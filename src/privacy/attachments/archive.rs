//! ZIP and gzip, opened recursively: every entry is read by its own content (a PDF in a ZIP is read as a PDF), and
//! entry names are read too. DOCX, XLSX, PPTX and the OpenDocument formats are ZIPs, handed to their own readers.
//! Everything unpacked counts against the file's [`Budget`]; an encrypted entry is a blocker.

use std::io::{Cursor, Read};

use super::{Budget, Location, Reading, odf, ofd, ooxml, read_nested, too_large, xml::STOP};
use crate::messages::msg;

/// More entries than this in one archive is refused: opening them all would take as long as a zip bomb.
const MAX_ENTRIES: usize = 20_000;

/// One file unpacked from a ZIP.
pub(super) struct Entry {
    /// The name as the archive gives it, empty when it is not UTF-8.
    pub name: String,
    /// Where it is, for a person: its name, or its number when the name cannot be read.
    pub place: Location,
    pub data: Vec<u8>,
}

/// A ZIP file: an Office or OpenDocument file if it says so, a plain archive otherwise.
pub(super) fn read_zip(bytes: &[u8], depth: usize, budget: &mut Budget) -> Reading<'static> {
    let mut r = Reading::default();
    let Some(entries) = unpack(bytes, budget, &mut r) else {
        return r;
    };
    if entries.iter().any(|e| e.name == "[Content_Types].xml") {
        ooxml::read(&entries, depth, budget, &mut r);
    } else if odf::is_odf(&entries) {
        odf::read(&entries, depth, budget, &mut r);
    } else {
        names(&entries, &mut r);
        for e in &entries {
            members(e, depth, budget, &mut r);
        }
        if ofd::is_ofd(&entries) {
            ofd::read_pages(&entries, &mut r);
        }
    }
    r
}

/// The entry names, which are published with the archive.
pub(super) fn names(entries: &[Entry], r: &mut Reading<'static>) {
    let mut all = String::new();
    for e in entries {
        all.push_str(&e.name);
        all.push(STOP);
    }
    r.extracted(msg!("place-entry-names"), all);
}

/// Reads an entry as a file of its own, one level deeper.
pub(super) fn members(e: &Entry, depth: usize, budget: &mut Budget, r: &mut Reading<'static>) {
    let inner = read_nested(&e.name, &e.data, depth + 1, budget);
    r.nest(&e.place, inner);
}

/// Every entry's bytes, within the budget; `None` (with a blocker in `r`) when the archive cannot be opened.
pub(super) fn unpack(
    bytes: &[u8],
    budget: &mut Budget,
    r: &mut Reading<'static>,
) -> Option<Vec<Entry>> {
    let mut zip = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(z) => z,
        Err(_) => {
            r.block(Location::here(), msg!("unread-zip-damaged"));
            return None;
        }
    };
    if zip.len() > MAX_ENTRIES {
        r.block(
            Location::here(),
            msg!("unread-zip-too-many", limit = MAX_ENTRIES),
        );
        return None;
    }
    // The archive's comment, each entry's comment and each raw entry name (a Chinese Windows tool writes names in
    // GBK without the UTF-8 flag, which the zip crate reads as CP437 nonsense) are published with the archive.
    let mut written = legacy_text(zip.comment());
    let mut entries = Vec::with_capacity(zip.len());
    // The bytes each listed entry takes (local header to the end of its data), to find those no entry takes.
    let mut listed: Vec<(u64, u64)> = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        // Where an entry that cannot be opened is: its name if that can be read, else its number.
        let named = match zip.name_for_index(i) {
            Some(Ok(n)) => Location::named(n),
            _ => Location::word(msg!("place-entry-number", n = i + 1)),
        };
        let mut file = match zip.by_index(i) {
            Ok(f) => f,
            Err(zip::result::ZipError::UnsupportedArchive(why))
                if why.contains("ncrypt") || why.contains("assword") =>
            {
                r.block(named, msg!("unread-encrypted"));
                continue;
            }
            Err(_) => {
                r.block(named, msg!("unread-entry-damaged"));
                continue;
            }
        };
        let (name, place) = match file.name() {
            Ok(n) => (n.to_string(), Location::named(n)),
            Err(_) => (
                String::new(),
                Location::word(msg!("place-entry-number", n = i + 1)),
            ),
        };
        written.push_str(&legacy_text(file.name_raw()));
        written.push_str(&legacy_text(file.comment_raw()));
        if let Some(start) = file.data_start() {
            listed.push((file.header_start(), start + file.compressed_size()));
        }
        if file.encrypted() {
            r.block(place, msg!("unread-encrypted"));
            continue;
        }
        if file.is_dir() {
            continue;
        }
        let mut data = Vec::new();
        let read = (&mut file)
            .take(budget.left().saturating_add(1))
            .read_to_end(&mut data);
        if read.is_err() {
            r.block(place, msg!("unread-entry-damaged"));
            continue;
        }
        if !budget.take(data.len() as u64) {
            r.block(place, too_large());
            return None;
        }
        entries.push(Entry { name, place, data });
    }
    r.extracted(msg!("place-zip-header"), written);
    for (offset, place) in unlisted_headers(bytes, &listed) {
        match local_entry(&bytes[offset..], budget) {
            Some((name, data)) => {
                written_name(&name, r);
                entries.push(Entry {
                    name: String::from_utf8_lossy(&name).into_owned(),
                    place: Location::named(legacy_text(&name).replace(STOP, "")),
                    data,
                });
            }
            None => r.block(place, msg!("unread-entry-damaged")),
        }
    }
    Some(entries)
}

/// Local file headers (`PK\x03\x04`) outside the bytes of every entry the central directory lists: an entry the
/// directory leaves out (or a twin of a listed one, which lookups by name skip) is still in the file, and unzip
/// tools that read the file from the front, or repair it, show it.
fn unlisted_headers(bytes: &[u8], listed: &[(u64, u64)]) -> Vec<(usize, Location)> {
    let mut ranges = listed.to_vec();
    ranges.sort_unstable();
    let inside = |at: u64| {
        let i = ranges.partition_point(|r| r.0 <= at);
        i > 0 && at < ranges[i - 1].1.max(ranges[i - 1].0 + 1)
    };
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(4).position(|w| w == b"PK\x03\x04") {
        let offset = at + found;
        if !inside(offset as u64) {
            out.push((
                offset,
                Location::word(msg!("place-entry-number", n = listed.len() + out.len() + 1)),
            ));
        }
        at = offset + 4;
    }
    out
}

/// The name and unpacked bytes of the local entry `bytes` starts with (stored or deflated), within the budget;
/// `None` when it cannot be read.
fn local_entry(bytes: &[u8], budget: &mut Budget) -> Option<(Vec<u8>, Vec<u8>)> {
    let u16_at = |i: usize| Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |i: usize| Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
    let (flags, method) = (u16_at(6)?, u16_at(8)?);
    let size = u32_at(18)? as usize;
    let (name_len, extra_len) = (u16_at(26)? as usize, u16_at(28)? as usize);
    let name = bytes.get(30..30 + name_len)?.to_vec();
    let body = bytes.get(30 + name_len + extra_len..)?;
    let known = flags & 8 == 0 || size > 0;
    let limit = budget.left().saturating_add(1);
    let mut data = Vec::new();
    match method {
        0 if known => data.extend_from_slice(body.get(..size)?),
        8 => {
            let body = if known { body.get(..size)? } else { body };
            flate2::read::DeflateDecoder::new(body)
                .take(limit)
                .read_to_end(&mut data)
                .ok()?;
        }
        _ => return None,
    }
    budget.take(data.len() as u64).then_some((name, data))
}

/// An unlisted entry's name, as written, is published with the archive like the others.
fn written_name(name: &[u8], r: &mut Reading<'static>) {
    r.extracted(msg!("place-zip-header"), legacy_text(name));
}

/// Bytes written in an archive's header fields, decoded by content (UTF-8, or GB18030 and the other legacy
/// encodings), each ending in a hard stop.
fn legacy_text(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return String::new();
    }
    let mut t = super::text::decode(bytes)
        .map(|t| t.into_owned())
        .unwrap_or_else(|| {
            encoding_rs::GB18030
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()
        });
    t.push(STOP);
    t
}

/// A gzip file (`.csv.gz`, `.tar.gz` …): unpacked within the budget and read by its content.
pub(super) fn read_gzip(
    name: &str,
    bytes: &[u8],
    depth: usize,
    budget: &mut Budget,
) -> Reading<'static> {
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut data = Vec::new();
    let read = (&mut decoder)
        .take(budget.left().saturating_add(1))
        .read_to_end(&mut data);
    if read.is_err() {
        return Reading::blocked(msg!("unread-gzip-damaged"));
    }
    if !budget.take(data.len() as u64) {
        return Reading::blocked(too_large());
    }
    // The header's file name, comment and extra field are published with the file.
    let header = decoder
        .header()
        .map(|h| {
            legacy_text(h.filename().unwrap_or_default())
                + &legacy_text(h.comment().unwrap_or_default())
                + &legacy_text(h.extra().unwrap_or_default())
        })
        .unwrap_or_default();
    let base = name.rsplit('/').next().unwrap_or(name);
    let inner_name = base
        .strip_suffix(".gz")
        .or_else(|| base.strip_suffix(".tgz"))
        .unwrap_or(base);
    let mut location = Location::word(msg!("place-unpacked"));
    if !inner_name.is_empty() {
        location = location.then(&Location::named(inner_name));
    }
    let mut r = Reading::default();
    r.extracted(msg!("place-gzip-header"), header);
    let inner = read_nested(inner_name, &data, depth + 1, budget);
    r.nest(&location, inner);
    r
}

#[cfg(test)]
pub(crate) mod tests {
    use std::io::Write;

    use super::super::read;

    /// A ZIP of `(name, bytes)` entries, deflated.
    pub fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in files {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    pub fn gzip_of(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn entries_and_their_names_are_read_with_their_path() {
        let z = zip_of(&[
            ("名单/a.csv", "姓名,电话\n甲,13800138000\n".as_bytes()),
            ("tel13900139000.txt", b"x"),
        ]);
        let r = read("files/a.zip", &z);
        assert!(r.is_complete());
        let csv = r.parts.iter().find(|p| p.location == "名单/a.csv").unwrap();
        assert!(csv.whole && csv.text.contains("13800138000"));
        assert!(
            r.parts
                .iter()
                .any(|p| p.text.contains("tel13900139000.txt"))
        );
    }

    #[test]
    fn gzip_and_nested_archives_are_opened() {
        let inner = zip_of(&[("b.txt", b"13800138000")]);
        let outer = zip_of(&[("inner.zip", &inner)]);
        let r = read("a.zip", &outer);
        assert!(r.parts.iter().any(|p| p.location == "inner.zip › b.txt"));
        let gz = gzip_of(b"a,b\n1,13800138000\n");
        let r = read("files/data.csv.gz", &gz);
        assert_eq!(r.parts[0].location, "unpacked › data.csv");
        assert!(r.parts[0].text.contains("13800138000"));
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused() {
        let mut z = zip_of(&[("x.txt", b"hello")]);
        for _ in 0..5 {
            z = zip_of(&[("n.zip", &z)]);
        }
        let r = read("deep.zip", &z);
        assert!(r.blockers.iter().any(|b| b.reason.id == "unread-too-deep"));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let zeros = vec![b'0'; 1024 * 1024];
        let one = zip_of(&[("z.txt", &zeros)]);
        let many: Vec<(String, Vec<u8>)> =
            (0..8).map(|i| (format!("{i}.zip"), one.clone())).collect();
        let refs: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_slice()))
            .collect();
        let bomb = zip_of(&refs);
        assert!(bomb.len() < 64 * 1024);
        // The real allowance is 200 MB; a smaller one shows the same refusal without unpacking that much.
        let mut budget = super::Budget {
            left: 4 * 1024 * 1024,
        };
        let r = super::read_nested("bomb.zip", &bomb, 0, &mut budget);
        assert!(r.blockers.iter().any(|b| b.reason.id == "unread-too-large"));
    }

    #[test]
    fn a_damaged_zip_is_a_blocker() {
        let r = read("a.zip", b"PK\x03\x04garbage");
        assert!(!r.is_complete());
    }
}
