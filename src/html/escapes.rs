//! The escapes of the languages a page embeds, undone before scanning: `\u0031` in a script and `\31 ` in a style
//! are the digit 1 to whoever runs them, and `%31` in a link is the digit 1 to whoever follows it. Script and style
//! lexers would be far larger than the few escape forms each language has, so those are decoded here; percent
//! escapes go through `percent-encoding`.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;

/// Whether `s` holds a percent escape (`%` and two hex digits).
pub fn has_percent_escape(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// `s` with percent escapes decoded (bytes that are not UTF-8 become U+FFFD).
pub fn decode_percent(s: &str) -> Cow<'_, str> {
    percent_decode_str(s).decode_utf8_lossy()
}

/// CSS escapes (`\31 `, `\000031`, `\"`) decoded, as the CSS syntax standard reads them.
pub fn decode_css(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let mut hex = String::new();
        while hex.len() < 6
            && let Some(&d) = chars.peek()
            && d.is_ascii_hexdigit()
        {
            hex.push(d);
            chars.next();
        }
        if hex.is_empty() {
            match chars.next() {
                // An escaped line break continues a string on the next line.
                Some('\n') | None => {}
                Some(other) => out.push(other),
            }
            continue;
        }
        if chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let n = u32::from_str_radix(&hex, 16).unwrap_or(0);
        out.push(
            char::from_u32(n)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}'),
        );
    }
    Cow::Owned(out)
}

/// Every punycode label (`xn--…`, RFC 3492) decoded: a link to `https://xn--9kq94k523ezuc.cn/` is shown by browsers
/// with its name in Chinese, and a file name may be written the same way. `None` when there is none to decode.
pub fn decode_punycode(s: &str) -> Option<String> {
    // Every attribute value of every page comes here: most hold no `--` at all.
    let b = s.as_bytes();
    if !(3..b.len()).any(|i| {
        b[i] == b'-'
            && b[i - 1] == b'-'
            && b[i - 2].eq_ignore_ascii_case(&b'n')
            && b[i - 3].eq_ignore_ascii_case(&b'x')
    }) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = lower[from..].find("xn--").map(|a| a + from) {
        let start = at + 4;
        let len = lower[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(lower.len() - start);
        from = start + len;
        // A label starts after a dot, a slash or anything that is not a letter or digit.
        let label_start =
            at == 0 || !lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-');
        if !label_start || len == 0 {
            continue;
        }
        if let Some(decoded) = idna::punycode::decode_to_string(&lower[start..start + len]) {
            out.push_str(&s[last..at]);
            out.push_str(&decoded);
            last = start + len;
            changed = true;
        }
    }
    out.push_str(&s[last..]);
    changed.then_some(out)
}

/// JavaScript string and identifier escapes (`\u0031`, `\u{31}`, `\x31`, legacy octal `\61`) decoded.
pub fn decode_js(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (decoded, used) = js_escape(after);
        out.extend(decoded);
        rest = &after[used..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// What a script builds out of pieces, as the page shows it once it runs: string literals joined by `+`
/// (`'zhangsan2023' + '@' + 'example.cn'`, the way pages hide an address from spam robots) and
/// `String.fromCharCode(49, 51, …)`, each expression on a line of its own; `None` when the script has neither.
pub fn script_strings(s: &str) -> Option<String> {
    if !(s.contains('+') || s.contains("fromCharCode")) {
        return None;
    }
    let b = s.as_bytes();
    let mut out = String::new();
    let mut joined = String::new();
    // How many pieces the open expression has; a `fromCharCode` counts as two, it is worth reading alone.
    let mut pieces = 0;
    let mut i = 0;
    let flush = |joined: &mut String, pieces: &mut usize, out: &mut String| {
        if *pieces > 1 {
            out.push_str(joined);
            out.push('\n');
        }
        joined.clear();
        *pieces = 0;
    };
    while i < b.len() {
        let call = b[i..].starts_with(b"String.fromCharCode(");
        let piece = match b[i] {
            q @ (b'"' | b'\'' | b'`') => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != q && b[j] != b'\n' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(b.len());
                i = (j + 1).min(b.len());
                s.get(start..end).map(|lit| decode_js(lit).into_owned())
            }
            b'S' if call => {
                let start = i + "String.fromCharCode(".len();
                let end = s[start..].find(')').map_or(b.len(), |e| start + e);
                i = (end + 1).min(b.len());
                Some(
                    s[start..end]
                        .split(',')
                        .filter_map(|n| n.trim().parse::<u32>().ok().and_then(char::from_u32))
                        .collect(),
                )
            }
            _ => None,
        };
        match piece {
            Some(p) => {
                joined.push_str(&p);
                pieces += if call { 2 } else { 1 };
                // Only a `+` (white space around it) continues the expression.
                let rest = s[i..].trim_start();
                let mut next = b.len() - rest.len() + 1;
                while next < b.len() && b[next].is_ascii_whitespace() {
                    next += 1;
                }
                // The next operand must be a piece too: `'138' + n + '8000'` is not one string.
                let operand = matches!(b.get(next), Some(b'"' | b'\'' | b'`'))
                    || b[next.min(b.len())..].starts_with(b"String.fromCharCode(");
                if rest.starts_with('+') && !rest.starts_with("++") && operand {
                    i = next;
                } else {
                    flush(&mut joined, &mut pieces, &mut out);
                }
            }
            None => {
                i += 1;
            }
        }
    }
    flush(&mut joined, &mut pieces, &mut out);
    (!out.is_empty()).then_some(out)
}

/// The UTF-16 code unit or code point of a `u` escape (`u0031`, `u{31}`, after the backslash) and how many bytes
/// it takes. JSON and JavaScript write a character beyond the BMP as two escaped surrogates (`\ud835\udfcf`, a
/// mathematical digit 1), which only make a character together.
fn code_unit(s: &str) -> Option<(u32, usize)> {
    let rest = s.strip_prefix('u')?;
    let (digits, used) = match rest.strip_prefix('{') {
        Some(braced) => {
            let len = braced.find('}').filter(|&l| l > 0 && l <= 8)?;
            (&braced[..len], len + 3)
        }
        None => (rest.get(..4)?, 5),
    };
    if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let n = u32::from_str_radix(digits, 16).ok()?;
    (n <= 0x10FFFF).then_some((n, used))
}

/// The character one escape stands for (after the backslash) and how many bytes it takes.
fn js_escape(s: &str) -> (Option<char>, usize) {
    let b = s.as_bytes();
    let hex = |from: usize, len: usize| -> Option<char> {
        let digits = s.get(from..from + len)?;
        if !digits.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        char::from_u32(u32::from_str_radix(digits, 16).ok()?)
    };
    match b.first() {
        None => (None, 0),
        Some(b'u') => match code_unit(s) {
            Some((high @ 0xD800..=0xDBFF, used)) => match s[used..]
                .strip_prefix('\\')
                .and_then(code_unit)
                .filter(|(low, _)| (0xDC00..=0xDFFF).contains(low))
            {
                Some((low, more)) => (
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)),
                    used + 1 + more,
                ),
                None => (Some('\u{FFFD}'), used),
            },
            Some((n, used)) => (Some(char::from_u32(n).unwrap_or('\u{FFFD}')), used),
            None => (Some('u'), 1),
        },
        Some(b'x') => match hex(1, 2) {
            Some(c) => (Some(c), 3),
            None => (Some('x'), 1),
        },
        Some(b'0'..=b'7') => {
            let max = if b[0] <= b'3' { 3 } else { 2 };
            let len = b
                .iter()
                .take(max)
                .take_while(|c| (b'0'..=b'7').contains(c))
                .count();
            let n = u32::from_str_radix(&s[..len], 8).unwrap_or(0);
            (char::from_u32(n), len)
        }
        Some(b'n') => (Some('\n'), 1),
        Some(b't') => (Some('\t'), 1),
        Some(b'r') => (Some('\r'), 1),
        Some(b'\n') => (None, 1),
        Some(_) => {
            let c = s.chars().next();
            (c, c.map_or(1, char::len_utf8))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punycode_labels_are_decoded() {
        assert_eq!(
            decode_punycode("https://XN--9kq94k523ezuc.example.cn/a").as_deref(),
            Some("https://司马青云.example.cn/a")
        );
        assert_eq!(decode_punycode("https://example.cn/"), None);
        assert_eq!(decode_punycode("abxn--9kq94k523ezuc"), None);
    }

    #[test]
    fn css_escapes() {
        assert_eq!(decode_css("\\31 \\33 8\\000030 0"), "13800");
        assert_eq!(decode_css("a\\\"b\\\\"), "a\"b\\");
        assert_eq!(decode_css("\\0 x"), "\u{FFFD}x");
    }

    #[test]
    fn js_escapes() {
        assert_eq!(
            decode_js("\\u0031\\x33\\u{38}\\60\\060\\1\\61x"),
            "13800\u{1}1x"
        );
        assert_eq!(decode_js("'\\u00'\\u{zz}\\q\\"), "'u00'u{zz}q");
        assert_eq!(decode_js("no escapes"), "no escapes");
        assert_eq!(
            script_strings("document.write('zhang' + \"san\" +\n '@' + `example.cn`);").as_deref(),
            Some("zhangsan@example.cn\n")
        );
        assert_eq!(
            script_strings("var t = String.fromCharCode(49, 51, 56);").as_deref(),
            Some("138\n")
        );
        assert_eq!(script_strings("var a = 'x'; var n = i + 1;"), None);
        assert_eq!(script_strings("s = '138' + n + '8000'"), None);
        assert_eq!(
            script_strings("// 电话 + 说明 'a' + 'b'").as_deref(),
            Some("ab\n")
        );
        assert_eq!(
            decode_js("\\ud835\\udfcf\\u{D835}\\u{DFD0}"),
            "\u{1D7CF}\u{1D7D0}"
        );
        assert_eq!(decode_js("\\ud835x\\udfcf"), "\u{FFFD}x\u{FFFD}");
    }

    #[test]
    fn percent_escapes() {
        assert!(has_percent_escape("tel:%31%33"));
        assert!(!has_percent_escape("6.26%，50%"));
        assert_eq!(decode_percent("%31%33%38"), "138");
    }
}
