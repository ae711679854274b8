//! A matching view of a string. Personal numbers hide behind full-width digits (１３８), ideographic spaces and odd
//! dashes; detectors look at the NFKC-folded text, and every folded character remembers the byte range of the
//! original it came from, so what is found can be replaced in the original string.

use unicode_normalization::UnicodeNormalization;

/// One folded character and the original bytes it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folded {
    pub ch: char,
    pub start: usize,
    pub end: usize,
}

/// NFKC per character, then dashes and spaces of every kind folded to `-` and ` `.
pub fn fold(text: &str) -> Vec<Folded> {
    let mut out = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        // ASCII and the common ideographs are already in NFKC form: skip the lookup, which dominates on long texts.
        if c.is_ascii() || ('\u{3400}'..='\u{9FFF}').contains(&c) {
            out.push(Folded { ch: c, start, end });
            continue;
        }
        for n in std::iter::once(c).nfkc() {
            let ch = match n {
                '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{30FC}' => '-',
                c if c.is_whitespace() => ' ',
                c => c,
            };
            out.push(Folded { ch, start, end });
        }
    }
    out
}

/// Whether any detector could match: digits (also full-width), an `@`, ASCII letters, or a Chinese credential
/// word. Prose without any of these is skipped without folding.
pub fn worth_folding(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_alphanumeric() || b == b'@')
        || text
            .chars()
            .any(|c| ('\u{FF10}'..='\u{FF5A}').contains(&c) || c == '＠')
        || ["密码", "口令", "验证码"].iter().any(|w| text.contains(w))
}

/// The folded characters as a string, for detectors that work on text.
pub fn folded_string(f: &[Folded]) -> String {
    f.iter().map(|c| c.ch).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits_and_dashes_fold() {
        let f = fold("电话１３８－０");
        assert_eq!(folded_string(&f), "电话138-0");
        assert_eq!((f[2].start, f[2].end), (6, 9));
    }

    #[test]
    fn ideographic_space_folds_to_space() {
        assert_eq!(folded_string(&fold("a\u{3000}b")), "a b");
    }
}
