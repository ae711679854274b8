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

/// Whether any detector could match. Prose made only of ASCII punctuation and spaces, common ideographs and CJK
/// or full-width punctuation is skipped without folding; anything else (a digit in any script, a letter, an `@`, a
/// credential word) is folded and searched.
pub fn worth_folding(text: &str) -> bool {
    let inert = |c: char| {
        (c.is_ascii() && !c.is_ascii_alphanumeric() && c != '@')
            || matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x9FFF | 0xFF01..=0xFF0F | 0xFF1A..=0xFF1F | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x2010..=0x2027)
    };
    !text.chars().all(inert) || ["密码", "口令", "验证码"].iter().any(|w| text.contains(w))
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
    fn other_digit_forms_are_worth_folding() {
        assert!(worth_folding("电话𝟏𝟑𝟖"));
        assert!(worth_folding("①③⑧"));
        assert!(!worth_folding(
            "民政工作稳步推进，困难群众基本生活得到保障。"
        ));
        assert!(worth_folding("本文档编辑密码：见附件"));
    }

    #[test]
    fn ideographic_space_folds_to_space() {
        assert_eq!(folded_string(&fold("a\u{3000}b")), "a b");
    }
}
