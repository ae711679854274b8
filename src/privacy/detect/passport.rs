//! Passports and travel permits: a letter prefix and a fixed number of digits, as printed on Chinese documents
//! (E + 8 characters and G + 8 digits for passports; H/M + 8 or 10 digits for the Home Return Permit; C + 8 for the
//! Hong Kong and Macau pass; L + 8 for the Taiwan pass; D, S, P + 7 digits for diplomatic, service and public-affairs
//! passports). Written in lower case too (e12345678): a form typed on a phone often is.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

#[cfg(test)]
pub fn detect(text: &[Folded], hits: &mut Vec<Hit>) {
    detect_at(text, &super::starts::Starts::of(text).words, hits);
}

/// `words`: where the words of ASCII letters and digits of `text` start ([`super::starts::Starts`]), the only
/// places a passport number can.
pub fn detect_at(text: &[Folded], words: &[usize], hits: &mut Vec<Hit>) {
    for &i in words {
        let c = text[i].ch.to_ascii_uppercase();
        if !matches!(c, 'E' | 'G' | 'H' | 'M' | 'C' | 'L' | 'D' | 'S' | 'P') {
            continue;
        }
        // A passport number goes on with a digit, or a letter and then a digit (EA1234567, DE1234567): any other
        // word is passed over at once.
        let at = |k: usize| text.get(k).map_or(' ', |f| f.ch);
        if !(at(i + 1).is_ascii_digit()
            || (at(i + 1).is_ascii_alphabetic() && at(i + 2).is_ascii_digit())
            || (matches!(at(i + 1), ' ' | '-') && at(i + 2).is_ascii_digit()))
        {
            continue;
        }
        // The number may be written in groups (E 1234 5678, G-1234-5678): single spaces or hyphens between runs of
        // letters and digits, up to the length of the longest form.
        let mut j = i + 1;
        let mut body = String::new();
        let mut end = j;
        while j < text.len() && body.len() < 11 {
            let ch = text[j].ch;
            if ch.is_ascii_alphanumeric() {
                body.push(ch.to_ascii_uppercase());
                j += 1;
                end = j;
            } else if matches!(ch, ' ' | '-')
                && j + 1 < text.len()
                && text[j + 1].ch.is_ascii_alphanumeric()
            {
                j += 1;
            } else {
                break;
            }
        }
        let j = end;
        if j < text.len() && text[j].ch.is_ascii_alphanumeric() {
            continue;
        }
        let digits = body.chars().all(|c| c.is_ascii_digit());
        let ok = match c {
            'E' => {
                body.len() == 8
                    && body.chars().skip(1).all(|c| c.is_ascii_digit())
                    && body.starts_with(|c: char| c.is_ascii_alphanumeric())
            }
            'G' | 'L' => body.len() == 8 && digits,
            'H' | 'M' => (body.len() == 8 || body.len() == 10) && digits,
            'C' => body.len() == 8 && body.chars().skip(1).all(|c| c.is_ascii_digit()),
            'D' | 'S' | 'P' => {
                body.len() == 8
                    && body.starts_with('E')
                    && body.chars().skip(1).all(|c| c.is_ascii_digit())
            }
            _ => false,
        };
        if ok {
            hits.push(Hit {
                kind: Kind::Passport,
                start: i,
                end: j,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    fn found(s: &str) -> bool {
        let mut h = Vec::new();
        detect(&fold(s), &mut h);
        !h.is_empty()
    }

    #[test]
    fn passport_shapes() {
        assert!(found("护照E12345678号"));
        assert!(found("护照EA1234567"));
        assert!(found("G12345678"));
        assert!(found("回乡证H1234567801"));
        assert!(found("通行证C12345678"));
        assert!(found("L12345678"));
        assert!(found("护照号E 1234 5678"));
        assert!(found("G-1234-5678"));
        assert!(!found("G1234次列车"));
        assert!(!found("MA6K5XYZ1"));
        assert!(!found("AE12345678"));
        assert!(found("护照号e12345678"));
        assert!(found("g12345678"));
        assert!(!found("size12345678"));
    }
}
