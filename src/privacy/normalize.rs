//! A matching view of a string, made once before any detector runs. Personal numbers hide behind full-width and
//! other-script digits (１３８, ١٣٨, 𝟏𝟑𝟖), invisible characters pasted from WeChat or Word (zero-width space and
//! joiner, word joiner, soft hyphen, BOM, bidi controls, variation selectors), combining marks inside a digit run,
//! odd dashes and spaces, and a check character written `×` or Cyrillic `Х`. Detectors look at the folded text; every
//! folded character remembers the byte range of the original it came from, so what is found is reported on the right
//! line and replaced in the original string, invisible characters inside it included.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

use super::bidi::may_reorder;
use super::chinese_numerals::{MIN_NUMERAL_RUN, NumeralRun};

/// The stop between pieces of text that must never be read as one (`crate::html::scan::BOUNDARY`, the attachment
/// readers' stop): kept, so a block boundary still ends a number.
const STOP: char = '\u{1}';

/// One folded character and the original bytes it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folded {
    pub ch: char,
    pub start: usize,
    pub end: usize,
}

/// The folded view of `text`.
pub fn fold(text: &str) -> Vec<Folded> {
    let mut out = Vec::new();
    let _ = fold_into(text, &mut out);
    out
}

/// [`fold`] into a buffer the caller keeps, so a build folding millions of strings does not allocate for each.
/// Returns whether the text holds a character that can show it in another order than it is stored (see
/// [`super::bidi`]).
pub fn fold_into(text: &str, out: &mut Vec<Folded>) -> bool {
    out.clear();
    out.reserve(text.len());
    let mut reorders = false;
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        // ASCII and the common ideographs are already folded: skip the lookups, which dominate on long texts.
        if c.is_ascii() || ('\u{3400}'..='\u{9FFF}').contains(&c) {
            // An ASCII control character other than white space is shown as nothing, except U+0001, the stop the
            // readers of markup and attachments put between pieces of text that must never join.
            if !c.is_ascii_control() || c.is_ascii_whitespace() || c == STOP {
                out.push(Folded { ch: c, start, end });
            }
            continue;
        }
        reorders |= may_reorder(c);
        fold_char(c, start, end, out);
    }
    reorders
}

fn fold_char(c: char, start: usize, end: usize, out: &mut Vec<Folded>) {
    // CJK and full-width punctuation, the commonest non-ideographs in Chinese text, hold no invisible character and
    // no digit NFKC does not fold: skip the category lookups.
    if matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF5E) {
        match punctuation(c) {
            Some(Some(ch)) => out.push(Folded { ch, start, end }),
            Some(None) => {}
            None => nfkc_into(c, start, end, out),
        }
        return;
    }
    if is_invisible(c) {
        return;
    }
    let prev = out.last().map(|f| f.ch);
    if is_combining_mark(c) && prev.is_some_and(|p| p.is_ascii_digit() || p == 'X' || is_han(p)) {
        return;
    }
    if let Some(d) = digit_value(c) {
        out.push(Folded {
            ch: char::from(b'0' + d),
            start,
            end,
        });
        return;
    }
    if let Some(value) = other_number(c) {
        let mut buf = [0u8; 10];
        let mut n = value;
        let mut at = buf.len();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &buf[at..] {
            out.push(Folded {
                ch: char::from(d),
                start,
                end,
            });
        }
        return;
    }
    // The check character of an ID number typed as a multiplication sign, a ballot cross, or a Cyrillic or Greek
    // letter.
    if matches!(
        c,
        '×' | 'Х' | 'х' | '✕' | '╳' | 'χ' | 'Χ' | '✗' | '✘' | '✖' | '⨯'
    ) && prev.is_some_and(|p| p.is_ascii_digit())
    {
        out.push(Folded {
            ch: 'X',
            start,
            end,
        });
        return;
    }
    nfkc_into(c, start, end, out);
}

/// The value of a number sign of category `No` that a reader reads as its digits: circled, parenthesised, with a
/// full stop or a comma, superscript and subscript (their compatibility forms are digits and brackets or a stop), and
/// the dingbat and double-circled forms that have no compatibility form (❶ ➀ ➊ ⓵ ⓫ ⓿), Roman numerals up to nine
/// and counting rods.
fn other_number(c: char) -> Option<u32> {
    let code = c as u32;
    let from = |first: u32, value: u32| Some(code - first + value);
    match code {
        0x2776..=0x277F => return from(0x2776, 1),
        0x2780..=0x2789 => return from(0x2780, 1),
        0x278A..=0x2793 => return from(0x278A, 1),
        0x24EB..=0x24F4 => return from(0x24EB, 11),
        0x24F5..=0x24FE => return from(0x24F5, 1),
        0x24FF | 0x1F10B | 0x1F10C => return Some(0),
        // Roman numerals one to nine (Ⅰ Ⅱ … Ⅸ, ⅰ … ⅸ), read one a digit; Ⅹ stays a letter, the check character of
        // an ID number. Counting-rod units (𝍠 … 𝍨) have no compatibility form.
        0x2160..=0x2168 => return from(0x2160, 1),
        0x2170..=0x2178 => return from(0x2170, 1),
        0x1D360..=0x1D368 => return from(0x1D360, 1),
        _ => {}
    }
    if c.general_category() != GeneralCategory::OtherNumber {
        return None;
    }
    let mut value: u32 = 0;
    let mut digits = 0;
    for n in std::iter::once(c).nfkc() {
        match n {
            '0'..='9' => {
                value = value * 10 + (n as u32 - '0' as u32);
                digits += 1;
            }
            '(' | ')' | '.' | ',' => {}
            _ => return None,
        }
    }
    (1..=2).contains(&digits).then_some(value)
}

/// What [`nfkc_into`] makes of a CJK or full-width punctuation mark (`Some(None)` when nothing), read from a table
/// made once: `、`, `。`, `《`, `（` and `：` stand in nearly every Chinese sentence, and the NFKC iterator is the
/// costliest step of folding. `None` for a character NFKC turns into more than one, and outside the two blocks.
fn punctuation(c: char) -> Option<Option<char>> {
    const CJK: std::ops::RangeInclusive<u32> = 0x3000..=0x303F;
    const WIDE: std::ops::RangeInclusive<u32> = 0xFF01..=0xFF5E;
    static TABLE: LazyLock<Vec<Option<Option<char>>>> = LazyLock::new(|| {
        CJK.chain(WIDE)
            .map(|code| {
                let c = char::from_u32(code)?;
                let mut out = Vec::new();
                nfkc_into(c, 0, 0, &mut out);
                match out.as_slice() {
                    [] => Some(None),
                    [one] => Some(Some(one.ch)),
                    _ => None,
                }
            })
            .collect()
    });
    let code = c as u32;
    let at = if CJK.contains(&code) {
        code - CJK.start()
    } else if WIDE.contains(&code) {
        code - WIDE.start() + (CJK.end() - CJK.start() + 1)
    } else {
        return None;
    };
    TABLE.get(at as usize).copied().flatten()
}

/// NFKC, with dashes, tildes and spaces of every kind folded.
fn nfkc_into(c: char, start: usize, end: usize, out: &mut Vec<Folded>) {
    // The full-width comma stays itself: between digits it may separate the groups of one number, which the ASCII
    // comma of a CSV or JSON list of figures never does.
    if c == '，' {
        out.push(Folded { ch: c, start, end });
        return;
    }
    for n in std::iter::once(c).nfkc() {
        let ch = match n {
            '\u{2010}'..='\u{2015}'
            | '\u{2043}'
            | '\u{2212}'
            | '\u{2E3A}'
            | '\u{2E3B}'
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{30FC}' => '-',
            '\u{301C}' | '\u{223C}' => '~',
            c if c.is_whitespace() => ' ',
            c if is_invisible(c) => continue,
            c => c,
        };
        out.push(Folded { ch, start, end });
    }
}

/// Unicode format characters (`Cf`: zero-width space and joiners, word joiner, soft hyphen, BOM, bidi controls),
/// the other default-ignorable code points (variation selectors, the combining grapheme joiner, Hangul fillers), and
/// what a font shows as nothing or a box that a reader skips over: private-use characters (`Co`, U+E000…), code points
/// not assigned yet (`Cn`), control characters that are not white space (`Cc`), the blank Braille pattern and the
/// object replacement character. A reader never sees them inside a number or a name, so a detector must not either.
pub fn is_invisible(c: char) -> bool {
    /// One bit per character of the Basic Multilingual Plane, worked out once by [`invisible_by_category`]: the
    /// category lookup is a binary search, and the name views ask it of every character of every published text.
    static BMP: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for code in 0..0x10000u32 {
            if char::from_u32(code).is_some_and(invisible_by_category) {
                bits[(code / 64) as usize] |= 1 << (code % 64);
            }
        }
        bits
    });
    let code = c as u32;
    if code < 0x80 {
        return c.is_ascii_control() && !c.is_whitespace() && c != STOP;
    }
    match BMP.get((code / 64) as usize) {
        Some(word) => word & (1 << (code % 64)) != 0,
        None => invisible_by_category(c),
    }
}

/// [`is_invisible`] from the character's properties.
fn invisible_by_category(c: char) -> bool {
    matches!(c as u32,
        0x034F | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F | 0x2800 | 0x3164 | 0xFE00..=0xFE0F | 0xFFA0
            | 0xFFFC | 0xE0100..=0xE01EF)
        || match c.general_category() {
            GeneralCategory::Format | GeneralCategory::PrivateUse | GeneralCategory::Unassigned => {
                true
            }
            GeneralCategory::Control => !c.is_whitespace() && c != STOP,
            _ => false,
        }
}

/// The value of a decimal digit of any script (`Nd`). Unicode encodes every such digit in runs of ten, 0 to 9, so
/// the value is the distance from the start of the run, modulo ten where runs stand side by side (the mathematical
/// digits).
pub fn digit_value(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    if c.general_category() != GeneralCategory::DecimalNumber {
        return None;
    }
    let code = c as u32;
    let mut first = code;
    while first > 0
        && code - first < 60
        && char::from_u32(first - 1)
            .is_some_and(|p| p.general_category() == GeneralCategory::DecimalNumber)
    {
        first -= 1;
    }
    Some(((code - first) % 10) as u8)
}

/// CJK ideographs of every block, radicals and compatibility forms included.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3005 | 0x3007 | 0x3021..=0x3029 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
            | 0x20000..=0x3FFFF)
}

/// Whether any detector could match. Prose made only of ASCII punctuation and spaces, common ideographs and CJK
/// or full-width punctuation is skipped without folding; anything else (a digit in any script, a letter, an `@`, an
/// invisible character, a credential word) is folded and searched.
pub fn worth_folding(text: &str) -> bool {
    let inert = |c: char| {
        (c.is_ascii() && !c.is_ascii_alphanumeric() && c != '@')
            || matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x9FFF | 0xFF01..=0xFF0F | 0xFF1A..=0xFF1F | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x2010..=0x2027)
    };
    // Chinese numerals are ideographs, but a long run of them may be a number read out digit by digit.
    let mut numerals = NumeralRun::default();
    !text
        .chars()
        .all(|c| inert(c) && numerals.push(c) < MIN_NUMERAL_RUN)
        || [
            "密码",
            "密碼",
            "口令",
            "验证码",
            "驗證碼",
            "密钥",
            "密鑰",
            "秘钥",
        ]
        .iter()
        .any(|w| text.contains(w))
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
    fn digits_of_every_script_fold() {
        for (s, want) in [
            ("١٣٨", "138"),
            ("۱۳۸", "138"),
            ("१३८", "138"),
            ("𝟏𝟑𝟖", "138"),
            ("𝟘𝟙𝟡", "019"),
            ("𝟶𝟷𝟿", "019"),
            ("໑໓໘", "138"),
            ("᠑᠓᠘", "138"),
            ("①③⑧", "138"),
            ("⑴⑶⑻", "138"),
            ("⒈⒊⒏🄀", "1380"),
            ("❶❸❽⓿", "1380"),
            ("➀➂➇", "138"),
            ("➊➌➑", "138"),
            ("⓵⓷⓼", "138"),
            ("⑩⒇⓫", "102011"),
            ("₁₃₈⁰", "1380"),
        ] {
            assert_eq!(folded_string(&fold(s)), want, "{s}");
        }
        assert_eq!(digit_value('a'), None);
        assert_eq!(digit_value('中'), None);
    }

    #[test]
    fn the_invisible_table_agrees_with_the_properties_for_every_character() {
        let differ = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| is_invisible(c) != invisible_by_category(c))
            .count();
        assert_eq!(differ, 0);
    }

    #[test]
    fn invisible_characters_vanish_but_stay_inside_the_span() {
        let s = "13\u{200B}8\u{00AD}0\u{2060}0\u{FEFF}1\u{200D}3\u{202E}8\u{FE0F}0\u{0301}00";
        let f = fold(s);
        assert_eq!(folded_string(&f), "13800138000");
        assert_eq!(f[0].start, 0);
        assert_eq!(f[f.len() - 1].end, s.len());
        assert_eq!(folded_string(&fold("张\u{200B}三\u{0301}丰")), "张三丰");
        // Private use, unassigned, controls, the blank Braille pattern: shown as nothing or a box.
        let s = "1\u{E000}3\u{F8FF}8\u{F0000}0\u{0378}0\u{0002}1\u{007F}3\u{0085}8\u{2800}0\u{FFFC}0\u{FFFE}0";
        assert_eq!(folded_string(&fold(s)), "1380013 8000");
        assert_eq!(
            folded_string(&fold("150\u{1}2020")),
            "150\u{1}2020",
            "the stop stays"
        );
        assert!(is_invisible('\u{E000}') && is_invisible('\u{10FFFD}') && !is_invisible('\t'));
        // A combining accent on a letter stays: the name matcher reads letters without their tones.
        assert_eq!(folded_string(&fold("Zha\u{0304}ng")), "Zha\u{0304}ng");
    }

    #[test]
    fn check_character_look_alikes_fold_after_a_digit_only() {
        assert_eq!(folded_string(&fold("123×")), "123X");
        assert_eq!(folded_string(&fold("123Х")), "123X");
        assert_eq!(folded_string(&fold("123χ")), "123X");
        assert_eq!(folded_string(&fold("ⅠⅢⅧⅹ𝍠")), "138x1");
        assert_eq!(folded_string(&fold("123✗")), "123X");
        assert_eq!(folded_string(&fold("3 × 4")), "3 × 4");
    }

    #[test]
    fn other_digit_forms_are_worth_folding() {
        assert!(worth_folding("电话𝟏𝟑𝟖"));
        assert!(worth_folding("①③⑧"));
        assert!(!worth_folding(
            "民政工作稳步推进，困难群众基本生活得到保障。"
        ));
        assert!(worth_folding("本文档编辑密码：见附件"));
        assert!(worth_folding("密碼"));
        assert!(worth_folding("联系电话一三八〇〇一三八〇〇〇"));
        assert!(!worth_folding("二〇二三年一月，第十一届"));
    }

    #[test]
    fn the_punctuation_table_folds_as_nfkc_does() {
        for c in (0x3000..=0x303F)
            .chain(0xFF01..=0xFF5E)
            .filter_map(char::from_u32)
        {
            let mut slow = Vec::new();
            nfkc_into(c, 0, 3, &mut slow);
            let mut fast = Vec::new();
            fold_char(c, 0, 3, &mut fast);
            assert_eq!(fast, slow, "{:04X}", c as u32);
        }
    }

    #[test]
    fn ideographic_space_folds_to_space() {
        assert_eq!(folded_string(&fold("a\u{3000}b")), "a b");
    }
}
