//! The readable runs inside binary data (what `strings` prints): UTF-8 text of at least four bytes, and
//! UTF-16 runs of ASCII and Chinese in either byte order, each run ending in a hard stop so that runs never join
//! into one number.

/// Every run of printable UTF-8 (at least four bytes), then every UTF-16 run of printable ASCII or Chinese.
pub fn printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let mut flush = |run: &mut String, out: &mut String| {
        if run.len() >= 4 {
            out.push_str(run);
            out.push('\u{1}');
        }
        run.clear();
    };
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                push_printable(valid, &mut run, &mut out, &mut flush);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                // Safe: `valid_up_to` marks the end of valid UTF-8.
                push_printable(
                    std::str::from_utf8(valid).unwrap_or(""),
                    &mut run,
                    &mut out,
                    &mut flush,
                );
                flush(&mut run, &mut out);
                let skip = e.error_len().unwrap_or(after.len()).max(1);
                rest = &after[skip.min(after.len())..];
            }
        }
    }
    flush(&mut run, &mut out);
    // UTF-16 in either byte order and at either alignment (a font's name table and an ICC profile's description
    // are big-endian; Windows strings little-endian): ASCII and Chinese runs.
    for big_endian in [false, true] {
        for offset in [0, 1] {
            let mut wide = String::new();
            for pair in bytes.get(offset..).unwrap_or_default().chunks_exact(2) {
                let unit = if big_endian {
                    u16::from_be_bytes([pair[0], pair[1]])
                } else {
                    u16::from_le_bytes([pair[0], pair[1]])
                };
                match char::from_u32(u32::from(unit)).filter(|&c| wide_text(c)) {
                    Some(c) => wide.push(c),
                    None => flush_wide(&mut wide, &mut out),
                }
            }
            flush_wide(&mut wide, &mut out);
        }
    }
    out
}

/// Ends a UTF-16 run: kept from three characters on (a three-character name), since random binary data makes
/// shorter runs of Chinese characters everywhere.
fn flush_wide(run: &mut String, out: &mut String) {
    if run.chars().count() >= 3 && run.trim().chars().count() >= 3 {
        out.push_str(run);
        out.push('\u{1}');
    }
    run.clear();
}

/// A character a UTF-16 run of text is made of: printable ASCII, CJK and full-width forms.
fn wide_text(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

fn push_printable(
    text: &str,
    run: &mut String,
    out: &mut String,
    flush: &mut impl FnMut(&mut String, &mut String),
) {
    for c in text.chars() {
        if c.is_control() && c != '\t' {
            flush(run, out);
        } else {
            run.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_kept_apart_and_short_ones_dropped() {
        let mut b = b"\x00\x01abc\x00tel 13800138000\xff\xfe".to_vec();
        b.extend("张三丰".as_bytes());
        b.push(0);
        let s = printable(&b);
        assert!(s.contains("tel 13800138000\u{1}"));
        assert!(s.contains("张三丰"));
        assert!(!s.contains("abc"));
    }

    #[test]
    fn big_endian_and_chinese_utf16_runs_are_found_at_any_alignment() {
        let mut b = vec![7u8];
        b.extend("电话13800138000".encode_utf16().flat_map(u16::to_be_bytes));
        assert!(printable(&b).contains("电话13800138000"));
    }

    #[test]
    fn utf16_ascii_runs_are_found() {
        let b: Vec<u8> = "\u{1}13800138000\u{1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(printable(&b).contains("13800138000"));
    }
}
