//! Identity cards of Hong Kong, Macau and Taiwan, which follow no mainland pattern: Hong Kong's one or two letters,
//! six digits and a check character, usually in brackets (A123456(7)); Macau's eight digits, the last in brackets
//! (1234567(8)); Taiwan's letter and nine digits (A123456789), the first digit 1 or 2 (8 or 9 for residents without
//! household registration). Hong Kong and Taiwan numbers carry a checksum, which must hold; Macau's is not published,
//! so its number counts only in the bracketed form it is printed in.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

#[cfg(test)]
pub fn detect(text: &[Folded], hits: &mut Vec<Hit>) {
    detect_at(text, &super::starts::Starts::of(text).words, hits);
}

/// `words`: where the words of ASCII letters and digits of `text` start ([`super::starts::Starts`]), the only
/// places such a number can.
pub fn detect_at(text: &[Folded], words: &[usize], hits: &mut Vec<Hit>) {
    let ch = |k: usize| text.get(k).map_or('\0', |f| f.ch);
    for &i in words {
        let c = ch(i);
        if c.is_ascii_alphabetic() {
            if let Some(end) = hong_kong(text, i).or_else(|| taiwan(text, i)) {
                hits.push(Hit {
                    kind: Kind::IdNumber,
                    start: i,
                    end,
                });
            }
        } else if matches!(c, '1' | '5' | '7')
            && (i..i + 7).all(|k| ch(k).is_ascii_digit())
            && ch(i + 7) == '('
            && ch(i + 8).is_ascii_digit()
            && ch(i + 9) == ')'
        {
            hits.push(Hit {
                kind: Kind::IdNumber,
                start: i,
                end: i + 10,
            });
        } else if matches!(c, '1' | '5' | '7')
            && ch(i + 1) == '/'
            && (i + 2..i + 8).all(|k| ch(k).is_ascii_digit())
            && ch(i + 8) == '('
            && ch(i + 9).is_ascii_digit()
            && ch(i + 10) == ')'
        {
            // The card prints the first digit apart: 1/234567(8).
            hits.push(Hit {
                kind: Kind::IdNumber,
                start: i,
                end: i + 11,
            });
        }
    }
}

fn letter_value(c: char) -> u32 {
    c.to_ascii_uppercase() as u32 - 'A' as u32 + 10
}

/// A123456(7) or AB123456(7), brackets optional, check character 0–9 or A.
fn hong_kong(text: &[Folded], i: usize) -> Option<usize> {
    let ch = |k: usize| text.get(k).map_or('\0', |f| f.ch);
    let letters = if ch(i + 1).is_ascii_alphabetic() {
        2
    } else {
        1
    };
    let d = i + letters;
    if !(d..d + 6).all(|k| ch(k).is_ascii_digit()) {
        return None;
    }
    let (check_at, end) = if ch(d + 6) == '(' && ch(d + 8) == ')' {
        (d + 7, d + 9)
    } else {
        (d + 6, d + 7)
    };
    let check = ch(check_at).to_ascii_uppercase();
    if !(check.is_ascii_digit() || check == 'A') || ch(end).is_ascii_alphanumeric() {
        return None;
    }
    let mut sum = if letters == 1 {
        36 * 9 + letter_value(ch(i)) * 8
    } else {
        letter_value(ch(i)) * 9 + letter_value(ch(i + 1)) * 8
    };
    for (k, w) in (d..d + 6).zip((2..=7).rev()) {
        sum += ch(k).to_digit(10)? * w;
    }
    let want = match 11 - sum % 11 {
        11 => '0',
        10 => 'A',
        n => char::from_digit(n, 10)?,
    };
    (check == want).then_some(end)
}

/// A123456789: the letter's two-digit code, then weights 9 8 7 6 5 4 3 2 1 1 over its digits and the nine that
/// follow; the sum is a multiple of ten.
fn taiwan(text: &[Folded], i: usize) -> Option<usize> {
    const CODES: &str = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    let ch = |k: usize| text.get(k).map_or('\0', |f| f.ch);
    let letter = ch(i).to_ascii_uppercase();
    let code = CODES.find(letter)? as u32 + 10;
    if !(i + 1..i + 10).all(|k| ch(k).is_ascii_digit())
        || !matches!(ch(i + 1), '1' | '2' | '8' | '9')
        || ch(i + 10).is_ascii_alphanumeric()
    {
        return None;
    }
    let mut sum = code / 10 + (code % 10) * 9;
    for (k, w) in (i + 1..i + 10).zip([8, 7, 6, 5, 4, 3, 2, 1, 1]) {
        sum += ch(k).to_digit(10)? * w;
    }
    sum.is_multiple_of(10).then_some(i + 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    fn found(s: &str) -> usize {
        let mut h = Vec::new();
        detect(&fold(s), &mut h);
        h.len()
    }

    #[test]
    fn hong_kong_with_its_check_digit() {
        // A123456(3) is the published specimen.
        assert_eq!(found("身份证A123456(3)"), 1);
        assert_eq!(found("香港身份证 A1234563"), 1);
        assert_eq!(found("a123456（3）"), 1);
        assert_eq!(found("A123456(4)"), 0);
    }

    #[test]
    fn taiwan_with_its_checksum() {
        // A123456789 is the textbook valid number.
        assert_eq!(found("身分證字號A123456789"), 1);
        assert_eq!(found("A123456788"), 0);
        assert_eq!(found("XA123456789"), 0);
    }

    #[test]
    fn macau_in_brackets_only() {
        assert_eq!(found("澳门居民身份证1234567(8)"), 1);
        assert_eq!(found("1234567（8）"), 1);
        assert_eq!(found("12345678"), 0);
        assert_eq!(found("3234567(8)"), 0);
        assert_eq!(found("澳门身份证1/234567(8)"), 1);
        assert_eq!(found("1/234567（8）"), 1);
        assert_eq!(found("1/234567"), 0);
        assert_eq!(found("3/234567(8)"), 0);
    }
}
