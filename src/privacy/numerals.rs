//! A second, numeric reading of a folded text, for the number detector only: what a person reads as digits but
//! Unicode does not call a digit. Letters that look like digits inside a figure (`1380013800O`, `l38…`, Cyrillic
//! `о`), and Chinese numerals written digit by digit (一三八〇〇一三八〇〇〇, 零 or 〇 or ○ for 0, 幺 for 1, the capital
//! forms 壹贰叁…). The reading replaces such characters one for one with ASCII digits, so every position still
//! names the same original bytes, and the number detector judges it exactly as it judges ASCII figures: its
//! groupings, dates and units keep ordinary writing (二〇二三年, 1O0 in a word) from becoming a number of a person.
//!
//! Both readings are searched: `l13800138000` is a phone after a one-letter prefix in the first and a twelve-digit
//! figure in this one, and neither can tell which the writer meant.

use super::chinese_numerals::{MIN_NUMERAL_RUN, NumeralRun, joins_numerals, numeral_value};
use super::normalize::Folded;

/// The digit a letter is mistaken for (after folding, so full-width and mathematical letters are ASCII already).
fn lookalike_value(c: char) -> Option<u8> {
    match c {
        'O' | 'o' | 'О' | 'о' | 'Ο' | 'ο' | '〇' | '○' => Some(0),
        'l' | 'I' | 'ı' | 'І' | 'і' | 'Ι' | 'ǀ' => Some(1),
        _ => None,
    }
}

/// Watches the characters of a folded text go by (while the detector lower-cases it) for what
/// [`numeric_reading`] may change: a look-alike letter or a numeral right beside an ASCII digit, or eleven numerals
/// each at most three characters after the one before. Nearly every text has neither and is not read a second time;
/// the check is cheap and errs on the side of reading (the reading applies the exact rules).
#[derive(Default)]
pub struct Suspects {
    /// One past the position of the last ASCII digit, of the last look-alike or numeral, and of the last numeral.
    digit_end: usize,
    like_end: usize,
    numeral_end: usize,
    numerals: usize,
    /// One past the position of the last space, hyphen or dot: what may stand between the groups of a figure.
    separator_end: usize,
    found: bool,
}

impl Suspects {
    /// Sees character `c` at position `at`; positions must increase by one.
    #[inline(always)]
    pub fn see(&mut self, at: usize, c: char) {
        if c.is_ascii() {
            if c.is_ascii_digit() {
                // A numeral right before, or before a space, hyphen or dot (`一三八 0013`).
                self.found |= (self.like_end == at
                    || (self.numeral_end > 0
                        && self.numeral_end + 1 == at
                        && self.separator_end == at))
                    && at > 0;
                self.digit_end = at + 1;
            } else if matches!(c, ' ' | '-' | '.') {
                self.separator_end = at + 1;
            } else if matches!(c, 'O' | 'o' | 'l' | 'I') {
                self.like_end = at + 1;
                self.found |= self.digit_end == at && at > 0;
            }
            return;
        }
        let numeral = numeral_value(c).is_some();
        // The look-alike letters are all below the ideographs.
        if numeral || ((c as u32) < 0x3400 && lookalike_value(c).is_some()) {
            self.like_end = at + 1;
            self.found |= self.digit_end == at && at > 0;
        }
        if numeral {
            self.found |=
                self.digit_end > 0 && self.digit_end + 1 == at && self.separator_end == at;
            self.numerals = if at < self.numeral_end + 3 {
                self.numerals + 1
            } else {
                1
            };
            self.numeral_end = at + 1;
            self.found |= self.numerals >= MIN_NUMERAL_RUN;
        }
    }

    pub fn found(&self) -> bool {
        self.found
    }
}

/// A group of [`numeric_reading`]'s tokens: its characters, and how many are ASCII digits, how many read as digits,
/// and whether it holds nothing else.
struct Word {
    start: usize,
    end: usize,
    digits: usize,
    others: usize,
    letters_ok: bool,
}

/// The fewest digits of a figure in groups that is read as digits: a landline without its area code.
const MIN_GROUPED: usize = 7;

/// Writes the numeric reading of `f` into `out` when it differs from `f`; returns whether it does. Nothing is
/// copied for a text that holds no such character.
pub fn numeric_reading(f: &[Folded], out: &mut Vec<Folded>) -> bool {
    out.clear();
    let mut put = |at: usize, value: Option<u8>| {
        if let Some(d) = value {
            if out.is_empty() {
                out.extend_from_slice(f);
            }
            out[at].ch = char::from(b'0' + d);
        }
    };
    // Figures with look-alike letters or numerals inside: a word of ASCII digits and nothing but such characters.
    let token = |c: char| {
        c.is_ascii_alphanumeric() || lookalike_value(c).is_some() || numeral_value(c).is_some()
    };
    let digit_like = |c: char| lookalike_value(c).or_else(|| numeral_value(c));
    let mut words = Vec::new();
    let mut i = 0;
    while i < f.len() {
        if !token(f[i].ch) {
            i += 1;
            continue;
        }
        let start = i;
        let (mut digits, mut others, mut letters_ok) = (0, 0, true);
        while let Some(c) = f.get(i).map(|x| x.ch).filter(|&c| token(c)) {
            if c.is_ascii_digit() {
                digits += 1;
            } else if digit_like(c).is_some() {
                others += 1;
            } else {
                letters_ok = false;
            }
            i += 1;
        }
        if letters_ok && digits > 0 && others > 0 {
            for (at, x) in f.iter().enumerate().take(i).skip(start) {
                put(at, digit_like(x.ch));
            }
        }
        words.push(Word {
            start,
            end: i,
            digits,
            others,
            letters_ok,
        });
    }
    // Figures written in groups, some in numerals and some in digits (`一三八 0013 8000`, `138 〇〇一三 八〇〇〇`): the
    // groups of one figure, one space, hyphen or dot apart, read as digits together once they are long enough for
    // a number of a person.
    let mut w = 0;
    while w < words.len() {
        let mut e = w + 1;
        while e < words.len()
            && words[e].start == words[e - 1].end + 1
            && matches!(f[words[e - 1].end].ch, ' ' | '-' | '.')
        {
            e += 1;
        }
        let chain = &words[w..e];
        let digits: usize = chain.iter().map(|t| t.digits).sum();
        let others: usize = chain.iter().map(|t| t.others).sum();
        if chain.len() > 1
            && chain.iter().all(|t| t.letters_ok)
            && digits > 0
            && others >= 2
            && digits + others >= MIN_GROUPED
        {
            for t in chain {
                for (at, x) in f.iter().enumerate().take(t.end).skip(t.start) {
                    put(at, digit_like(x.ch));
                }
            }
        }
        w = e;
    }
    // Long runs of numerals alone: once a run is long enough, all of it so far, then each numeral that follows.
    let mut run = NumeralRun::default();
    let mut first = 0;
    for (k, x) in f.iter().enumerate() {
        let n = run.push(x.ch);
        let numeral = numeral_value(x.ch);
        if n == 1 && numeral.is_some() {
            first = k;
        }
        if n == MIN_NUMERAL_RUN && numeral.is_some() {
            for (at, y) in f.iter().enumerate().take(k + 1).skip(first) {
                put(at, numeral_value(y.ch));
            }
        } else if n > MIN_NUMERAL_RUN {
            put(k, numeral);
        }
    }
    !out.is_empty()
}

/// Writes the spoken reading of `f` into `out` when it differs from `f`; returns whether it does: numbers read out
/// in English words digit by digit (`one three eight zero zero …`, `oh` or `o` for zero, any case, with spaces,
/// hyphens or commas between), by the rule of the Chinese numerals: only a run of [`MIN_NUMERAL_RUN`] or more, as
/// no prose holds (`one or two`, `three to five`). Digits may stand in the run among the words (`one three eight
/// 0013 8000`, `138 zero zero one three 8000`), each one item of it, when at least [`MIN_SPOKEN_IN_MIX`] words do
/// too: a run of digits alone is the number detector's. Each word becomes one digit that covers the whole word,
/// and the joiners inside a run are dropped, so the reading is shorter than `f` and its findings map back through
/// it.
pub fn spoken_reading(f: &[Folded], out: &mut Vec<Folded>) -> bool {
    out.clear();
    let mut run = NumeralRun::default();
    let mut words: Vec<(usize, usize, u8)> = Vec::new();
    let mut spoken = 0;
    let mut copied = 0;
    let mut i = 0;
    while i < f.len() {
        let start = i;
        let (value, joins) = if f[i].ch.is_ascii_alphabetic() {
            while f.get(i).is_some_and(|x| x.ch.is_ascii_alphabetic()) {
                i += 1;
            }
            let value = word_value(&f[start..i]);
            spoken += usize::from(value.is_some());
            (value, false)
        } else {
            i += 1;
            let c = f[start].ch;
            (
                c.is_ascii_digit().then(|| c as u8 - b'0'),
                joins_numerals(c) || matches!(c, ',' | '，'),
            )
        };
        if run.step(value.is_some(), joins) == 0 {
            copied = spell_out(f, &words, spoken, copied, out);
            words.clear();
            spoken = 0;
        }
        if let Some(d) = value {
            words.push((start, i, d));
        }
    }
    copied = spell_out(f, &words, spoken, copied, out);
    if !out.is_empty() {
        out.extend_from_slice(&f[copied..]);
    }
    !out.is_empty()
}

/// Whether a text may hold [`MIN_NUMERAL_RUN`] number words in a row, watched one character at a time in the pass
/// that folds it, so that [`spoken_reading`] walks only such texts. Any word of at most five letters, all of them
/// letters a number word is spelled with, counts, with the joining characters [`spoken_reading`] allows: it finds
/// every run that reading finds, and far fewer in prose.
#[derive(Default)]
pub struct SpokenSuspects {
    run: NumeralRun,
    letters: usize,
    spelled: bool,
    /// The words of the run so far, beside its digits.
    spoken: usize,
    found: bool,
}

impl SpokenSuspects {
    pub fn see(&mut self, c: char) {
        if c.is_ascii_alphabetic() {
            self.spelled = (self.letters == 0 || self.spelled)
                && self.letters < 5
                && b"zeroontwhfuivsxg".contains(&(c.to_ascii_lowercase() as u8));
            self.letters += 1;
            return;
        }
        self.end_word();
        let digit = c.is_ascii_digit();
        let n = self
            .run
            .step(digit, joins_numerals(c) || matches!(c, ',' | '，'));
        self.counted(n, digit, false);
    }

    pub fn found(mut self) -> bool {
        self.end_word();
        self.found
    }

    fn end_word(&mut self) {
        if self.letters > 0 {
            let n = self.run.step(self.spelled, false);
            self.counted(n, self.spelled, self.spelled);
            self.letters = 0;
        }
    }

    /// Notes a step of the run that made it `n` long: by a numeral (a word when `word`, else a digit) or a joiner.
    fn counted(&mut self, n: usize, numeral: bool, word: bool) {
        self.spoken = match (n, numeral) {
            (0, _) => 0,
            (1, true) => usize::from(word),
            (_, true) => self.spoken + usize::from(word),
            (_, false) => self.spoken,
        };
        self.found |= n >= MIN_NUMERAL_RUN && self.spoken >= MIN_SPOKEN_IN_MIX;
    }
}

/// Words read out among digits: fewer leave a figure beside a word (`one of the 2023 reports`) as it is.
const MIN_SPOKEN_IN_MIX: usize = 2;

/// Writes the text from `copied` up to a run of number `words` (`spoken` of them words, the rest digits), then the
/// run as digits, when the run is long enough; returns where the text is copied up to.
fn spell_out(
    f: &[Folded],
    words: &[(usize, usize, u8)],
    spoken: usize,
    copied: usize,
    out: &mut Vec<Folded>,
) -> usize {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return copied;
    };
    if words.len() < MIN_NUMERAL_RUN || spoken < MIN_SPOKEN_IN_MIX {
        return copied;
    }
    out.extend_from_slice(&f[copied..first.0]);
    out.extend(words.iter().map(|&(start, end, d)| Folded {
        ch: char::from(b'0' + d),
        start: f[start].start,
        end: f[end - 1].end,
    }));
    last.1
}

/// The digit an English word reads out, in any case.
fn word_value(word: &[Folded]) -> Option<u8> {
    let mut buf = [0u8; 5];
    if word.len() > buf.len() {
        return None;
    }
    for (b, x) in buf.iter_mut().zip(word) {
        *b = x.ch.to_ascii_lowercase() as u8;
    }
    Some(match &buf[..word.len()] {
        b"zero" | b"oh" | b"o" => 0,
        b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::{fold, folded_string};

    /// What `reader` reads in `s`, if it reads it otherwise.
    fn read_by(reader: fn(&[Folded], &mut Vec<Folded>) -> bool, s: &str) -> Option<String> {
        let mut out = Vec::new();
        reader(&fold(s), &mut out).then(|| folded_string(&out))
    }

    fn reading(s: &str) -> Option<String> {
        read_by(numeric_reading, s)
    }

    #[test]
    fn look_alike_letters_inside_a_figure() {
        assert_eq!(
            reading("电话1380013800O").as_deref(),
            Some("电话13800138000")
        );
        assert_eq!(reading("l38oOl38OOO").as_deref(), Some("13800138000"));
        assert_eq!(
            reading("１３８ＯＯ１３８ＯＯＯ").as_deref(),
            Some("13800138000")
        );
        assert_eq!(reading("138 OO13 8OOO").as_deref(), Some("138 0013 8000"));
        // Any other letter makes the word a code, and a word without a digit is a word.
        for s in [
            "ID110105",
            "lO and Ol",
            "Version 10",
            "Hello 2023",
            "COVID19",
            "H2O",
        ] {
            assert_eq!(reading(s), None, "{s}");
        }
    }

    #[test]
    fn numerals_written_digit_by_digit() {
        assert_eq!(
            reading("电话：一三八〇〇一三八〇〇〇").as_deref(),
            Some("电话:13800138000")
        );
        assert_eq!(
            reading("幺三八零零幺三八零零零").as_deref(),
            Some("13800138000")
        );
        assert_eq!(
            reading("壹叁捌零零壹叁捌零零零").as_deref(),
            Some("13800138000")
        );
        assert_eq!(
            reading("一三八 〇〇一三 八〇〇〇").as_deref(),
            Some("138 0013 8000")
        );
        assert_eq!(reading("138〇〇一三8000").as_deref(), Some("13800138000"));
        assert_eq!(
            reading("电话一三八 0013 8000").as_deref(),
            Some("电话138 0013 8000")
        );
        assert_eq!(
            reading("138-〇〇一三-八〇〇〇").as_deref(),
            Some("138-0013-8000")
        );
        for prose in ["第三 2 号", "一二三 456", "三 2023年", "二〇二三 年 3月"] {
            assert_eq!(reading(prose), None, "{prose}");
        }
    }

    #[test]
    fn suspects_are_what_the_reading_changes() {
        for s in [
            "电话1380013800O",
            "l38oOl38OOO",
            "一三八〇〇一三八〇〇〇",
            "一三八 〇〇一三 八〇〇〇",
            "138〇〇一三8000",
            "电话：13800138о00",
            "电话一三八 0013 8000",
            "电话138 〇〇一三 八〇〇〇",
        ] {
            let mut seen = Suspects::default();
            fold(s)
                .iter()
                .enumerate()
                .for_each(|(at, f)| seen.see(at, f.ch));
            assert!(seen.found(), "{s}");
        }
        let mut seen = Suspects::default();
        fold("2023年一季度，全区共有12个乡镇，统一社会信用代码，Hello World 2023，第三 批")
            .iter()
            .enumerate()
            .for_each(|(at, f)| seen.see(at, f.ch));
        assert!(!seen.found());
        for c in ['壹', '陸', '玖', '一', '零'] {
            assert!(numeral_value(c).is_some(), "{c}");
        }
        assert_eq!(numeral_value('中'), None);
    }

    fn spoken(s: &str) -> Option<String> {
        read_by(spoken_reading, s)
    }

    #[test]
    fn numbers_read_out_in_english_words() {
        assert_eq!(
            spoken("Call one three eight zero zero one three eight zero zero zero.").as_deref(),
            Some("Call 13800138000.")
        );
        assert_eq!(
            spoken("One-Three-Eight, oh oh one three, eight O o zero").as_deref(),
            Some("13800138000")
        );
        let text = "tel: one three eight zero zero one three eight zero zero zero";
        let f = fold(text);
        let mut out = Vec::new();
        assert!(spoken_reading(&f, &mut out));
        let digits: Vec<_> = out.iter().filter(|x| x.ch.is_ascii_digit()).collect();
        assert_eq!(digits.first().map(|x| x.start), text.find("one"));
        assert_eq!(digits.last().map(|x| x.end), Some(text.len()));
        assert_eq!(
            spoken("Call one three eight 0013 8000").as_deref(),
            Some("Call 13800138000")
        );
        assert_eq!(
            spoken("138 zero zero one three 8000.").as_deref(),
            Some("13800138000.")
        );
        assert_eq!(
            spoken("one-three-eight-0013-8000").as_deref(),
            Some("13800138000")
        );
        for prose in [
            "One of the 2023 reports, two of 1500 homes",
            "three 2023 2024 2025 reviews and one 150",
            "one 13800138000 2023",
            "2023 1000 2000 3000 4000",
            "One or two of the three sites, five in all, opened at nine.",
            "one two three four five six seven eight nine zero",
            "someone, tone, oneself, nineteen, twenty one",
            "one three eight zero zero one three eight zero zero and zero",
        ] {
            assert_eq!(spoken(prose), None, "{prose}");
        }
    }

    /// The watch before the reading finds every run the reading finds, and passes over prose.
    #[test]
    fn spoken_suspects_come_before_every_spoken_number() {
        let watched = |s: &str| {
            let mut seen = SpokenSuspects::default();
            fold(s).iter().for_each(|x| seen.see(x.ch));
            seen.found()
        };
        for s in [
            "Call one three eight zero zero one three eight zero zero zero.",
            "One-Three-Eight, oh oh one three, eight O o zero",
            "ONE THREE EIGHT ZERO ZERO ONE THREE EIGHT ZERO ZERO ZERO",
            "电话one three eight zero zero one three eight zero zero zero",
            "Call one three eight 0013 8000",
            "138 zero zero one three 8000.",
            "one-three-eight-0013-8000",
        ] {
            assert!(spoken(s).is_some() && watched(s), "{s}");
        }
        for prose in [
            "The bureau opened three new centres in the northern districts during the year under review.",
            "one two three",
            "someone, tone, oneself, nineteen, twenty one",
            "2023 1000 2000 3000 4000 13800138000",
            "one 13800138000 2023",
        ] {
            assert!(!watched(prose), "{prose}");
        }
    }

    #[test]
    fn ordinary_chinese_numbers_stay() {
        for s in [
            "一百二十三",
            "二〇二三年",
            "第十一届",
            "一二三",
            "三五成群，七上八下",
            "一、二、三、四、五、六、七、八、九、十、十一、十二",
            "二〇二〇年至二〇二三年",
            "统一社会信用代码",
        ] {
            assert_eq!(reading(s), None, "{s}");
        }
    }
}
