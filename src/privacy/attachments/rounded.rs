//! Resident ID numbers that a spreadsheet turned into numbers. Excel keeps 15 significant digits, so an ID number
//! typed into a cell is stored as `1.10105189901011E+17` and shown as `110105189901011000`: the check character and
//! the last digits are gone, but the region, the birth date and most of the sequence still identify the person.
//! The detector knows only whole IDs, so the readers of spreadsheet number cells ask [`is_rounded_id`].
//!
//! Nothing else in a number cell has 17 or 18 digits before the decimal point: money in 元 stays below 10¹⁵ (the
//! country's yearly output is about 1.3 × 10¹⁴), counts far below; date-stamped order and serial numbers start with
//! 19 or 20, which is no province; a bank card stored as a number is personal too. A number is taken for a rounded
//! ID only when its first two digits are a province, its digits 7 to 14 a real birth date, and it is written the
//! way a float is stored (an exponent, or trailing zeros where the lost digits were).

use crate::privacy::detect::known_province;
use crate::validate::date::is_real;

/// Whether `written`, the stored text of a spreadsheet number cell, is an ID number that lost its last digits.
pub(super) fn is_rounded_id(written: &str) -> bool {
    let Some(digits) = integer_digits(written.trim()) else {
        return false;
    };
    if !(17..=18).contains(&digits.len()) {
        return false;
    }
    // Written in full with all 18 digits significant, it is an ordinary (whole) number for the detector to judge.
    let rounded = written.contains(['E', 'e']) || digits.ends_with("000") || digits.len() == 17;
    let num = |r: std::ops::Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
    rounded
        && known_province(&digits[..2])
        && (1800..=2100).contains(&num(6..10))
        && is_real(num(6..10), num(10..12), num(12..14))
}

/// The digits before the decimal point of a number written as a spreadsheet stores it (`1.10105189901011E+17`,
/// `110105189901011000`, `-3.5`), exactly as written (no float rounding); `None` if it is not such a number or has
/// more than 30 digits.
fn integer_digits(s: &str) -> Option<String> {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['E', 'e']) {
        Some(at) => (&s[..at], s[at + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let all = format!("{whole}{fraction}");
    let point = i32::try_from(whole.len()).ok()?.checked_add(exponent)?;
    if point > 30 {
        return None;
    }
    let point = usize::try_from(point).unwrap_or(0);
    let mut digits: String = all.chars().take(point).collect();
    while digits.len() < point {
        digits.push('0');
    }
    Some(digits.trim_start_matches('0').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_as_written() {
        assert_eq!(
            integer_digits("1.10105189901011E+17").as_deref(),
            Some("110105189901011000")
        );
        assert_eq!(integer_digits("1.2e3").as_deref(), Some("1200"));
        assert_eq!(integer_digits("-3.75").as_deref(), Some("3"));
        assert_eq!(integer_digits("0.5").as_deref(), Some(""));
        assert_eq!(integer_digits("12E-1").as_deref(), Some("1"));
        assert_eq!(integer_digits("abc"), None);
        assert_eq!(integer_digits("1e400"), None);
        assert_eq!(integer_digits("."), None);
    }

    #[test]
    fn an_id_excel_rounded_and_nothing_else() {
        for id in [
            "1.10105189901011E+17",
            "110105189901011000",
            "4.4030519850612E+17",
            "1.1010519491231001E+17",
            "11010519491231002",
        ] {
            assert!(is_rounded_id(id), "{id}");
        }
        for other in [
            // Money, counts, a whole 18-digit number (left to the detector), serial numbers starting with a date.
            "123456789012.35",
            "98765432109876.5",
            "110105189901011234",
            "2.02305120001E+17",
            "202305121234567000",
            // A province but no birth date, and a date out of range.
            "1.10105000000000E+17",
            "1.10105170001011E+17",
            "1.1010518991301E+17",
            "1E+17",
        ] {
            assert!(!is_rounded_id(other), "{other}");
        }
    }
}
