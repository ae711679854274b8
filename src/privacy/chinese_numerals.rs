//! Chinese numerals written digit by digit (一三八〇〇…, 零 ○ for 0, 幺 for 1, capital 壹贰叁…, Suzhou 〡〢〣): which characters they
//! are and how long a run of them is. A leaf of the privacy module, so that the normaliser's quick look
//! ([`super::normalize::worth_folding`]) and the numeric reading ([`super::numerals`]) share it without importing
//! each other.

/// Chinese numerals written digit by digit count only in a run of at least this many (a mobile number; an ID or a
/// card is longer): prose holds short runs (一二三, 三五成群) and positional numbers (一百二十三, 第十一届), never
/// eleven single-digit numerals in a row.
pub const MIN_NUMERAL_RUN: usize = 11;

/// The Han characters among the numerals, as a bit set over U+4E00–U+9FFF made at compile time: nearly every
/// character of a Chinese text is looked up, and most are not numerals.
static HAN_NUMERALS: [u64; 328] = han_numerals();

const fn han_numerals() -> [u64; 328] {
    let list = [
        '零', '一', '壹', '幺', '弌', '二', '贰', '貳', '弍', '三', '叁', '參', '叄', '弎', '四',
        '肆', '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖',
    ];
    let mut bits = [0u64; 328];
    let mut i = 0;
    while i < list.len() {
        let k = list[i] as u32 - 0x4E00;
        bits[(k / 64) as usize] |= 1 << (k % 64);
        i += 1;
    }
    bits
}

/// The digit a Chinese numeral stands for when a number is read out digit by digit.
#[inline]
pub fn numeral_value(c: char) -> Option<u8> {
    let code = c as u32;
    let candidate = if (0x4E00..=0x9FFF).contains(&code) {
        let k = code - 0x4E00;
        HAN_NUMERALS[(k / 64) as usize] >> (k % 64) & 1 == 1
    } else {
        matches!(code, 0x3007 | 0x25CB | 0x25EF | 0x3021..=0x3029)
    };
    if !candidate {
        return None;
    }
    Some(match c {
        '〇' | '零' | '○' | '◯' => 0,
        '一' | '壹' | '幺' | '弌' => 1,
        '二' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '參' | '叄' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        // Suzhou numerals (〡〢〣 …, U+3021–3029), with 〇 for 0.
        '\u{3021}'..='\u{3029}' => (code - 0x3020) as u8,
        _ => return None,
    })
}

/// What may stand between the digit groups of a number written in numerals (一三八 〇〇一三 八〇〇〇).
pub fn joins_numerals(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '·' | '.' | '–' | '—' | '－' | '・')
}

/// Tracks runs of numerals with at most two joining characters between them, one character at a time.
#[derive(Default)]
pub struct NumeralRun {
    count: usize,
    gap: usize,
}

impl NumeralRun {
    /// Reads `c`; returns the run's numeral count so far (0 when `c` ended the run).
    pub fn push(&mut self, c: char) -> usize {
        self.step(numeral_value(c).is_some(), joins_numerals(c))
    }

    /// Reads one item of a run, a numeral (a character, or a number word read out in English) or a character that
    /// may join two, or neither; returns the run's numeral count so far (0 when the item ended the run).
    pub fn step(&mut self, numeral: bool, joins: bool) -> usize {
        if numeral {
            self.count += 1;
            self.gap = 0;
        } else if self.count > 0 && self.gap < 2 && joins {
            self.gap += 1;
        } else {
            self.count = 0;
            self.gap = 0;
        }
        self.count
    }
}
