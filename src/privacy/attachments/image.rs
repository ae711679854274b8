//! Images. Their pixels may show a scanned roster, which Sunlight cannot read, so an image is a blocker (a theme's
//! own icons excepted, see the egress scan). What an image carries as text is read all the same, and a hit there
//! fails the build even for a reviewed image: PNG `tEXt`, `zTXt` and `iTXt` chunks and `eXIf`, JPEG comments
//! (`COM`), EXIF and XMP (`APP1`) and every other application segment. Sunlight never rewrites a published file,
//! so metadata is not stripped: an image whose metadata holds personal data is refused until it is removed.

use std::io::Read;

use super::{Budget, Location, Reading, strings, text, too_large, xml};
use crate::messages::{Arg, Message, msg};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";

/// What an image file holds as text, if `bytes` is an image.
pub(super) fn read(bytes: &[u8], budget: &mut Budget) -> Option<Reading<'static>> {
    let (format, mut reading) = if bytes.starts_with(PNG) {
        (Arg::Figure("PNG".into()), png(bytes, budget))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        (Arg::Figure("JPEG".into()), jpeg(bytes))
    } else {
        let format = other_format(bytes)?;
        let mut r = Reading::default();
        r.extracted(msg!("place-image-text"), strings::printable(bytes));
        (format, r)
    };
    reading.blockers.push(super::Blocker {
        location: Location::here(),
        reason: msg!("unread-image", format = format),
        asset: true,
    });
    Some(reading)
}

/// The format's name: its abbreviation, or a word of the catalogue where it has none.
fn other_format(bytes: &[u8]) -> Option<Arg> {
    let starts = |m: &[u8]| bytes.starts_with(m);
    if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(Arg::Figure("GIF".into()))
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Some(Arg::Figure("WebP".into()))
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some(Arg::Figure("TIFF".into()))
    } else if starts(&[0, 0, 1, 0]) || starts(&[0, 0, 2, 0]) {
        Some(Arg::Term("image-format-icon"))
    } else if starts(b"BM") && bytes.len() > 14 && bytes[6..10] == [0, 0, 0, 0] {
        Some(Arg::Figure("BMP".into()))
    } else if bytes.get(4..8) == Some(b"ftyp") {
        Some(Arg::Term("image-format-heif"))
    } else {
        None
    }
}

/// The text chunks of a PNG, by chunk type and keyword.
fn png(bytes: &[u8], budget: &mut Budget) -> Reading<'static> {
    let mut r = Reading::default();
    let mut at = PNG.len();
    while at + 12 <= bytes.len() {
        let len =
            u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        let kind = &bytes[at + 4..at + 8];
        let Some(data) = bytes.get(at + 8..at + 8 + len) else {
            r.block(Location::here(), msg!("unread-png-short"));
            break;
        };
        let name = String::from_utf8_lossy(kind).into_owned();
        match kind {
            b"tEXt" => {
                let (key, value) = split_nul(data);
                r.extracted(
                    chunk(&name, key),
                    latin1(key) + "\u{1}" + &chunk_text(value),
                );
            }
            b"zTXt" => {
                let (key, rest) = split_nul(data);
                match rest.get(1..).map(|z| inflate(z, budget)) {
                    Some(Ok(value)) => r.extracted(
                        chunk(&name, key),
                        latin1(key) + "\u{1}" + &chunk_text(&value),
                    ),
                    Some(Err(why)) => r.block(chunk(&name, key), why),
                    None => {}
                }
            }
            b"iTXt" => itxt(data, &name, budget, &mut r),
            b"eXIf" => r.extracted(msg!("place-exif"), strings::printable(data)),
            // An ICC colour profile: its description, copyright and other tags are text (UTF-16 in `mluc`).
            b"iCCP" => {
                let (key, rest) = split_nul(data);
                match rest.get(1..).map(|z| inflate(z, budget)) {
                    Some(Ok(profile)) => {
                        r.extracted(chunk(&name, key), strings::printable(&profile))
                    }
                    Some(Err(why)) => r.block(chunk(&name, key), why),
                    None => {}
                }
            }
            b"IEND" => break,
            // Any other ancillary chunk (a lower-case first letter), a private one included, is published with the
            // image and shown by metadata tools; APNG frame data is pixels.
            k if k[0].is_ascii_lowercase() && k != b"fdAT" => {
                r.extracted(chunk(&name, b""), strings::printable(data))
            }
            _ => {}
        }
        at += 12 + len;
    }
    r
}

/// `iTXt`: keyword, compression flag and method, language tag, translated keyword, then UTF-8 text.
fn itxt(data: &[u8], name: &str, budget: &mut Budget, r: &mut Reading<'static>) {
    let (key, rest) = split_nul(data);
    let location = chunk(name, key);
    let (Some(&compressed), Some(rest)) = (rest.first(), rest.get(2..)) else {
        return;
    };
    let (lang, rest) = split_nul(rest);
    let (translated, value) = split_nul(rest);
    let value = if compressed == 1 {
        match inflate(value, budget) {
            Ok(v) => v,
            Err(why) => return r.block(&location, why),
        }
    } else {
        value.to_vec()
    };
    let mut out = latin1(key);
    for t in [lang, translated, &value] {
        out.push('\u{1}');
        out.push_str(&String::from_utf8_lossy(t));
    }
    r.extracted(location, out);
}

/// A text chunk's value: Latin-1 or UTF-8, and what it holds as UTF-16 or other runs when it has zero bytes.
fn chunk_text(value: &[u8]) -> String {
    let mut t = latin1(value);
    if value.contains(&0) {
        t.push('\u{1}');
        t.push_str(&strings::printable(value));
    }
    t
}

/// A PNG text chunk by its type (`tEXt`) and keyword (the file's own word, cut to 40 characters).
fn chunk(name: &str, key: &[u8]) -> Location {
    let key = latin1(key);
    let key: String = key
        .rsplit('\u{1}')
        .next()
        .unwrap_or("")
        .chars()
        .take(40)
        .collect();
    Location::word(msg!(
        "place-png-chunk",
        chunk = Arg::Figure(name.to_string()),
        key = key
    ))
}

fn split_nul(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}

/// `tEXt` and `zTXt` are Latin-1 by the standard, but many tools write UTF-8 there, and Chinese ones GBK: read it
/// as UTF-8 when it is, else as Latin-1 and as GB18030.
fn latin1(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let mut t: String = b.iter().map(|&c| c as char).collect();
            t.push('\u{1}');
            t.push_str(&encoding_rs::GB18030.decode_without_bom_handling(b).0);
            t
        }
    }
}

/// zlib data inflated within the budget.
fn inflate(z: &[u8], budget: &mut Budget) -> Result<Vec<u8>, Message> {
    let mut out = Vec::new();
    let limit = budget.left();
    flate2::read::ZlibDecoder::new(z)
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|_| msg!("unread-png-text"))?;
    if !budget.take(out.len() as u64) {
        return Err(too_large());
    }
    Ok(out)
}

/// The segments of a JPEG before its image data: comments, EXIF, XMP and the other application segments.
fn jpeg(bytes: &[u8]) -> Reading<'static> {
    let mut r = Reading::default();
    let mut at = 2;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            r.block(Location::here(), msg!("unread-jpeg-damaged"));
            break;
        }
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1;
            continue;
        }
        if matches!(marker, 0x01 | 0xD0..=0xD8) {
            at += 2;
            continue;
        }
        if marker == 0xD9 || marker == 0xDA {
            break;
        }
        let len = u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]) as usize;
        let Some(data) = bytes.get(at + 4..at + 2 + len.max(2)) else {
            r.block(Location::here(), msg!("unread-jpeg-short"));
            break;
        };
        match marker {
            0xFE => {
                let text =
                    text::decode(data).map_or_else(|| strings::printable(data), |t| t.into_owned());
                r.extracted(msg!("place-jpeg-comment"), text);
            }
            0xE1 if data.starts_with(b"http://ns.adobe.com/xap/1.0/\0") => {
                let xmp = &data[29..];
                r.extracted(
                    msg!("place-xmp"),
                    xml::text_of(xmp).unwrap_or_else(|| strings::printable(xmp)),
                );
            }
            0xE1 => r.extracted(msg!("place-exif"), strings::printable(data)),
            0xE0..=0xEF => r.extracted(
                msg!("place-jpeg-segment", n = marker - 0xE0),
                strings::printable(data),
            ),
            _ => {}
        }
        at += 2 + len;
    }
    r
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A PNG of one pixel with the given extra chunks before its image data.
    pub fn png_with(chunks: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
        let mut out = PNG.to_vec();
        let mut push = |kind: &[u8; 4], data: &[u8]| {
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
        push(b"IDAT", &[0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1]);
        push(b"IEND", &[]);
        out
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn png_text_chunks_are_read_and_the_image_is_a_blocker() {
        let mut z = b"Author\0\0".to_vec();
        z.extend(zlib(b"tel 13800138000"));
        let mut it = b"Description\0\x01\0zh\0\0".to_vec();
        it.extend(zlib("张三丰".as_bytes()));
        let png = png_with(&[
            (b"tEXt", b"Comment\0ID 110105".to_vec()),
            (b"zTXt", z),
            (b"iTXt", it),
        ]);
        let r = read(&png, &mut Budget::new()).unwrap();
        let all: String = r.parts.iter().map(|p| p.text.to_string()).collect();
        assert!(all.contains("ID 110105") && all.contains("13800138000") && all.contains("张三丰"));
        assert!(
            r.parts[0].location.to_string().contains("tEXt")
                && r.parts[0].location.to_string().contains("Comment")
        );
        assert!(r.blockers.iter().all(|b| b.asset));
    }

    #[test]
    fn jpeg_comments_and_exif_are_read() {
        let mut j = vec![0xFF, 0xD8];
        let com = "电话 13800138000".as_bytes();
        j.extend([0xFF, 0xFE]);
        j.extend(((com.len() + 2) as u16).to_be_bytes());
        j.extend(com);
        let exif = b"Exif\0\0MM\0*\0\0\0\x08Artist Zhang 13900139000\0";
        j.extend([0xFF, 0xE1]);
        j.extend(((exif.len() + 2) as u16).to_be_bytes());
        j.extend(exif);
        j.extend([0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xD9]);
        let r = read(&j, &mut Budget::new()).unwrap();
        assert_eq!(r.parts[0].location, "JPEG comment");
        assert!(r.parts[0].text.contains("13800138000"));
        assert!(r.parts[1].text.contains("13900139000"));
        assert_eq!(r.blockers.len(), 1);
    }

    #[test]
    fn a_truncated_png_is_blocked_without_panic() {
        let png = png_with(&[(b"tEXt", b"k\0v".to_vec())]);
        let r = read(&png[..20], &mut Budget::new()).unwrap();
        assert!(!r.is_complete());
    }
}
