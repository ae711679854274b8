//! Two seven-bit encodings a text file may be in while it looks like ASCII, which `encoding_rs` does not decode:
//! UTF-7 (RFC 2152: `+ADEAMwA4-` is `138`; mail clients and Windows still write it) and HZ (RFC 1843: GB2312 text
//! between `~{` and `~}`, each byte less 0x80; old Usenet and mail). Their text reaches a reader through any program
//! that honours them, so a file holding their markers is read once more, decoded.

use encoding_rs::GBK;

/// The modified base64 alphabet of UTF-7 (RFC 2152, "Modified Base64"): base64 without `=`.
fn base64_value(b: u8) -> Option<u32> {
    Some(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// `text` decoded as UTF-7, when it holds a shifted sequence that a `-` closes and that decodes to at least one
/// character (`+` and base64, as `C++` or `+86` are not). Per RFC 2152: `+` starts a sequence of modified base64
/// giving UTF-16 code units (surrogate pairs joined), ended by any character outside the alphabet, a `-` there
/// being absorbed; `+-` is `+`; the bits left over at the end of a sequence are dropped.
pub fn utf7(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    // Looked for first: scripts and pages hold many a `+`, and are not copied for it.
    // A sequence decodes to a code unit once it holds three base64 characters (18 bits); `find` is vectorised.
    let marked = text.match_indices('+').any(|(i, _)| {
        let run = bytes[i + 1..]
            .iter()
            .take_while(|&&b| base64_value(b).is_some())
            .count();
        run >= 3 && bytes.get(i + 1 + run) == Some(&b'-')
    });
    if !marked {
        return None;
    }
    let mut units: Vec<u16> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'+' {
            // Outside a sequence the text is copied: as UTF-16, so non-ASCII text around it survives.
            let c = text[i..].chars().next()?;
            let mut buf = [0u16; 2];
            units.extend_from_slice(c.encode_utf16(&mut buf));
            i += c.len_utf8();
            continue;
        }
        let (decoded, next) = shifted(bytes, i + 1);
        if decoded.is_empty() && bytes.get(i + 1) == Some(&b'-') {
            units.push(u16::from(b'+'));
        }
        units.extend(decoded);
        i = if bytes.get(next) == Some(&b'-') {
            next + 1
        } else {
            next
        };
    }
    Some(String::from_utf16_lossy(&units))
}

/// The code units of the base64 run from `start`, and where the run ends.
fn shifted(bytes: &[u8], start: usize) -> (Vec<u16>, usize) {
    let (mut bits, mut n, mut units) = (0u32, 0u32, Vec::new());
    let mut i = start;
    while let Some(v) = bytes.get(i).copied().and_then(base64_value) {
        bits = (bits << 6 | v) & 0x3F_FFFF;
        n += 6;
        if n >= 16 {
            n -= 16;
            units.push((bits >> n) as u16);
        }
        i += 1;
    }
    (units, i)
}

/// `text` decoded as HZ, when it holds a `~{` … `~}` span. Per RFC 1843: in ASCII mode `~~` is `~`, `~` before a
/// line break joins the lines, `~{` enters GB mode; there, pairs of bytes 0x21–0x7E are a GB2312 character each
/// byte less 0x80, until `~}`. A line break ends GB mode too, as the RFC keeps each span on one line.
pub fn hz(text: &str) -> Option<String> {
    if !(text.contains("~{") && text.contains("~}")) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut gb = false;
    let mut i = 0;
    while i < bytes.len() {
        let (b, next) = (bytes[i], bytes.get(i + 1).copied());
        match (gb, b, next) {
            (false, b'~', Some(b'~')) => out.push(b'~'),
            (false, b'~', Some(b'\n')) => {}
            (false, b'~', Some(b'{')) => gb = true,
            (true, b'~', Some(b'}')) => gb = false,
            (true, 0x21..=0x7E, Some(n @ 0x21..=0x7E)) => out.extend([b | 0x80, n | 0x80]),
            (true, _, _) => {
                gb = false;
                out.push(b);
                i += 1;
                continue;
            }
            (false, _, _) => {
                out.push(b);
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    Some(GBK.decode_without_bom_handling(&out).0.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf7_as_rfc_2152_writes_it() {
        assert_eq!(
            utf7("Tel +ADEAMwA4ADAAMAAxADMAOAAwADAAMA-.").as_deref(),
            Some("Tel 13800138000.")
        );
        // RFC 2152's own examples: "Hi Mom -☺-!" and 日本語.
        assert_eq!(utf7("Hi Mom -+Jjo--!").as_deref(), Some("Hi Mom -☺-!"));
        assert_eq!(utf7("+ZeVnLIqe-").as_deref(), Some("日本語"));
        assert_eq!(utf7("A+-B +ZeVnLIqe-").as_deref(), Some("A+B 日本語"));
        for plain in ["C++ and +86 138", "1+1=2", "a +- b", "x+y-z", ""] {
            assert_eq!(utf7(plain), None, "{plain}");
        }
    }

    #[test]
    fn hz_as_rfc_1843_writes_it() {
        // 中文 is D6D0 CEC4 in GB2312.
        assert_eq!(hz("A~{VPND~}B").as_deref(), Some("A中文B"));
        assert_eq!(hz("~~ a ~{VP~}~\nb").as_deref(), Some("~ a 中b"));
        assert_eq!(hz("~{VP\nND~}").as_deref(), Some("中\nND~}"));
        assert_eq!(hz("no markers ~ here"), None);
    }
}
