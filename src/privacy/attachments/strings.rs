//! The readable runs inside binary data (what `strings` prints): UTF-8 text of at least four bytes, and
//! UTF-16LE runs of ASCII, each run ending in a hard stop so that runs never join into one number.

/// Every run of printable UTF-8 (at least four bytes), then every UTF-16LE run of printable ASCII.
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
    let mut wide = String::new();
    for pair in bytes.chunks_exact(2) {
        if pair[1] == 0 && (0x20..0x7f).contains(&pair[0]) {
            wide.push(pair[0] as char);
        } else {
            flush(&mut wide, &mut out);
        }
    }
    flush(&mut wide, &mut out);
    out
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
    fn utf16_ascii_runs_are_found() {
        let b: Vec<u8> = "\u{1}13800138000\u{1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(printable(&b).contains("13800138000"));
    }
}
