//! Names from a records dataset's personal columns, found as people write them: in traditional characters
//! (張三豐), with spaces, ideographic spaces or line breaks between the characters (张 三 丰), with any middle dot or
//! none (阿不都•热合曼, 阿不都・热合曼, 阿不都热合曼), in variant ideographs (靑 for 青), with Kangxi or CJK radicals for look-alike characters (⽂), with
//! invisible characters inside, and in pinyin (Zhang Sanfeng, zhangsanfeng, Zhāng Sānfēng, Sanfeng Zhang).
//!
//! Both the names and the text are folded the same way before matching; the text keeps the byte range each folded
//! character came from. A two-character name is often an ordinary word as well (建国, 国庆, 海燕, 和平), so it counts
//! only where it stands as a name: beside 同志, 户主, 家属, 先生, 女士, 申请人 or a label such as 姓名：, alone in a
//! line, list item or table cell (or leading one, before a comma), or just before a phone number.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use pinyin::ToPinyin;
use rustc_hash::FxHashSet;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{Finding, Kind};
use crate::privacy::normalize::{digit_value, is_han, is_invisible};

/// Every pattern, and whether it came from a two-character name.
pub struct Names {
    han: Option<(AhoCorasick, Vec<bool>)>,
    latin: Option<(AhoCorasick, Vec<bool>)>,
    /// Whether the Han automaton holds a name without a Han character (a name in Cyrillic, Arabic or Latin
    /// letters the Latin view cannot spell): it must run in text without Han characters too.
    han_other: bool,
    /// Values written in digits (an ID number, a phone), matched where the Han automaton would match them.
    numbers: Numbers,
    /// Every pattern of both automata (not the numbers).
    patterns: Vec<String>,
}

/// The roster's values that fold to 3 to [`Numbers::LONGEST`] ASCII digits, the last one possibly `x` (ID numbers,
/// phones): a million of them in a large roster would make the Han automaton the costliest part of a build, to build
/// and to run, while an exact lookup of each stretch of digits of the Han view finds the same matches.
#[derive(Default)]
struct Numbers {
    /// Each value as [`Numbers::key`]. The keys are made from the records, which their writer chooses: FxHash is
    /// still safe here, because a flood of colliding values only slows the build of the one site whose records
    /// they are.
    values: FxHashSet<u128>,
    /// The lengths of `values`, longest first.
    lengths: Vec<usize>,
}

impl Numbers {
    /// The most characters a value held here may have, so that its key fits in a `u128`.
    const LONGEST: usize = 30;

    /// Whether `folded`, a name in its matching form, is one of these values and not a name.
    fn takes(folded: &str, term: &str) -> bool {
        let digits = folded.strip_suffix('x').unwrap_or(folded);
        (3..=Self::LONGEST).contains(&folded.len())
            && digits.len() >= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            // A letter could make it a name in Latin letters too ([`latin_forms`]), which the Latin view searches.
            && term
                .chars()
                .all(|c| !c.is_alphabetic() || matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ'))
    }

    /// `value` (digits, perhaps a final `x`, at most [`Numbers::LONGEST`]) as one number: its digits, its length
    /// and whether it ends in `x`, so that `0123` and `123` differ.
    fn key(value: &[u8]) -> u128 {
        let (digits, x) = match value.split_last() {
            Some((b'x', digits)) => (digits, 1),
            _ => (value, 0),
        };
        let number = digits
            .iter()
            .fold(0u128, |n, d| n * 10 + u128::from(d - b'0'));
        (number << 8) | ((value.len() as u128) << 1) | x
    }

    fn insert(&mut self, folded: &str) {
        if !self.lengths.contains(&folded.len()) {
            self.lengths.push(folded.len());
            self.lengths.sort_unstable_by(|a, b| b.cmp(a));
        }
        self.values.insert(Self::key(folded.as_bytes()));
    }

    fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Whether a value holds `c`: only digits and `x` are held, all of the values being made of them.
    fn holds(&self, c: char) -> bool {
        !self.is_empty() && (c.is_ascii_digit() || c == 'x')
    }

    /// The byte ranges of `view` (a Han view) holding a value, as the leftmost-longest automaton would report
    /// them: the longest value at the first place one starts, then the next after it.
    fn find(&self, view: &str, mut found: impl FnMut(usize, usize) -> bool) {
        if self.is_empty() {
            return;
        }
        let bytes = view.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if !bytes[at].is_ascii_digit() {
                at += 1;
                continue;
            }
            let run = at
                + bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
            let fits = |end: usize| end <= run || (end == run + 1 && bytes.get(run) == Some(&b'x'));
            match self
                .lengths
                .iter()
                .map(|l| at + l)
                .find(|&end| fits(end) && self.values.contains(&Self::key(&bytes[at..end])))
            {
                Some(end) => {
                    if !found(at, end) {
                        return;
                    }
                    at = end;
                }
                None => at += 1,
            }
        }
    }

    fn any_in(&self, view: &str) -> bool {
        let mut any = false;
        self.find(view, |_, _| {
            any = true;
            false
        });
        any
    }
}

/// A folded view of a text and, per character of the view, its byte offset in the view and the source range it
/// came from (kept per character, not per byte: the views of every page's text are built on every build).
#[derive(Default)]
struct View {
    text: String,
    at: Vec<u32>,
    src: Vec<(usize, usize)>,
    /// Latin view only: whether a word starts at this character.
    word_start: Vec<bool>,
}

impl View {
    fn clear(&mut self) {
        self.text.clear();
        self.at.clear();
        self.src.clear();
        self.word_start.clear();
    }

    fn push(&mut self, c: char, start: usize, end: usize, word_start: bool) {
        self.at.push(self.text.len() as u32);
        self.text.push(c);
        self.src.push((start, end));
        self.word_start.push(word_start);
    }

    /// The character index of a byte offset that starts a character (or the end).
    fn index(&self, byte: usize) -> usize {
        self.at.partition_point(|&b| (b as usize) < byte)
    }

    /// The source range of the view's bytes `start..end`.
    fn source(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.src.get(self.index(start))?;
        let last = self.src.get(self.index(end).checked_sub(1)?)?;
        Some((first.0, last.1))
    }
}

/// Where a view's characters go: the whole [`View`], or only its text, which is all a search that finds nothing
/// needs (nearly every text). The positions are worked out again only for a text that holds a match.
trait Sink {
    fn clear(&mut self);
    fn put(&mut self, c: char, start: usize, end: usize, word_start: bool);
}

impl Sink for View {
    fn clear(&mut self) {
        View::clear(self);
    }

    fn put(&mut self, c: char, start: usize, end: usize, word_start: bool) {
        self.push(c, start, end, word_start);
    }
}

impl Sink for String {
    fn clear(&mut self) {
        String::clear(self);
    }

    fn put(&mut self, c: char, _: usize, _: usize, _: bool) {
        self.push(c);
    }
}

thread_local! {
    static VIEW: std::cell::RefCell<View> = std::cell::RefCell::new(View::default());
}

impl Names {
    /// `terms` are the roster's values; names in `allow` (public officials) are left out.
    pub fn new(terms: &[String], allow: &[String]) -> Option<Names> {
        let allowed: Vec<String> = allow.iter().map(|a| fold_name(a)).collect();
        let mut han: Vec<(String, bool)> = Vec::new();
        let mut latin: Vec<(String, bool)> = Vec::new();
        let mut han_other = false;
        let mut numbers = Numbers::default();
        for t in terms {
            let f = fold_name(t);
            let n = f.chars().count();
            if n < 2 || allowed.contains(&f) {
                continue;
            }
            if Numbers::takes(&f, t) {
                // Searched where the Han automaton would be, so in text with Han characters or other letters.
                han_other = true;
                numbers.insert(&f);
                continue;
            }
            let short = n == 2;
            if f.chars().all(is_han) {
                for p in pinyin_forms(&f) {
                    latin.push((p, short));
                }
            } else if let Some(forms) = latin_forms(t) {
                // A name in Latin letters (a records column of foreign residents' or pinyin names) is searched in
                // the Latin view, which every text with a letter gets, whatever its script.
                latin.extend(forms.into_iter().map(|p| (p, short)));
                continue;
            } else if !f.chars().any(is_han) {
                han_other = true;
            }
            han.push((f, short));
        }
        let patterns: Vec<String> = han.iter().chain(&latin).map(|p| p.0.clone()).collect();
        let build = |mut pats: Vec<(String, bool)>| {
            pats.sort();
            // A pattern that is both short and long keeps the stricter reading only when every source is short.
            pats.dedup_by(|b, a| {
                a.0 == b.0 && {
                    a.1 &= b.1;
                    true
                }
            });
            if pats.is_empty() {
                return None;
            }
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(pats.iter().map(|p| p.0.as_str()))
                .ok()?;
            Some((ac, pats.into_iter().map(|p| p.1).collect()))
        };
        let names = Names {
            han: build(han),
            latin: build(latin),
            han_other,
            numbers,
            patterns,
        };
        (names.han_side() || names.latin.is_some()).then_some(names)
    }

    /// Every roster name in `text`, as byte ranges of `text`. The automata run with `gates`, those of a larger
    /// text `text` is part of (`None`: of `text` itself), so that a part is searched exactly as the whole would be
    /// (the egress scan's chunks, [`super::chunks`]).
    pub fn find_gated(&self, text: &str, gates: Option<Gates>, out: &mut Vec<Finding>) {
        VIEW.with(|v| {
            let Ok(mut view) = v.try_borrow_mut() else {
                return;
            };
            let gates = gates.unwrap_or_else(|| Gates::of(text));
            if self.han_side() && self.han_runs(gates) {
                self.find_han(text, &mut view, out);
            } else if self.numbers_run(gates) {
                self.find_numbers(text, &mut view, out);
            }
            if let Some((ac, short)) = &self.latin
                && gates.letters()
            {
                latin_view(text, &mut view.text);
                if !ac.is_match(&view.text) {
                    return;
                }
                latin_view(text, &mut *view);
                // The Latin view is ASCII: byte offsets are character indexes.
                for m in ac.find_iter(&view.text) {
                    let whole = view.word_start[m.start()]
                        && view.word_start.get(m.end()).is_none_or(|w| *w);
                    let (s, e) = (view.src[m.start()].0, view.src[m.end() - 1].1);
                    if whole && (!short[m.pattern().as_usize()] || stands_as_name(text, s, e)) {
                        out.push(Finding {
                            kind: Kind::RosterName,
                            start: s,
                            end: e,
                        });
                    }
                }
            }
        });
    }
}

impl Names {
    /// The Han automaton's names and the roster's numbers in `text`, through its Han view.
    fn find_han(&self, text: &str, view: &mut View, out: &mut Vec<Finding>) {
        han_view(text, &mut view.text);
        let names_in = self
            .han
            .as_ref()
            .is_some_and(|(ac, _)| ac.is_match(&view.text));
        if !names_in && !self.numbers.any_in(&view.text) {
            return;
        }
        han_view(text, view);
        // In the order of the text, as the one automaton that held the numbers too found them.
        let first = out.len();
        let mut push = |start: usize, end: usize| {
            out.push(Finding {
                kind: Kind::RosterName,
                start,
                end,
            })
        };
        self.numbers.find(&view.text, |start, end| {
            if let Some((s, e)) = view.source(start, end) {
                push(s, e);
            }
            true
        });
        let Some((ac, short)) = self.han.as_ref().filter(|_| names_in) else {
            return;
        };

        for m in ac.find_iter(&view.text) {
            let Some((s, e)) = view.source(m.start(), m.end()) else {
                continue;
            };
            if !short[m.pattern().as_usize()] || stands_as_name(text, s, e) {
                push(s, e);
            }
        }
        out[first..].sort_by_key(|f| f.start);
    }

    /// The roster's numbers alone in `text`, a text the Han automaton is not run over: a record's ID number or
    /// phone in an ASCII file (`.txt`, `.json`, a CSV) is the record's as much as in a Chinese page, and one whose
    /// check character is wrong is taken by no pattern detector.
    fn find_numbers(&self, text: &str, view: &mut View, out: &mut Vec<Finding>) {
        han_view(text, &mut view.text);
        if !self.numbers.any_in(&view.text) {
            return;
        }
        han_view(text, view);
        self.numbers.find(&view.text, |start, end| {
            if let Some((s, e)) = view.source(start, end) {
                out.push(Finding {
                    kind: Kind::RosterName,
                    start: s,
                    end: e,
                });
            }
            true
        });
    }

    /// Whether the roster's numbers are searched where the Han automaton is not run: in any text with a digit.
    fn numbers_run(&self, gates: Gates) -> bool {
        !self.numbers.is_empty() && gates.digits
    }

    /// Whether anything is searched in the Han view: names of the Han automaton or numbers.
    fn han_side(&self) -> bool {
        self.han.is_some() || !self.numbers.is_empty()
    }
}

/// Whether the Han and the Latin automaton are run over a text at all: the Han one only when the text holds a Han
/// character (or, for names in other scripts, a letter of another script), the Latin one when it holds a letter
/// that is not Han. Decided for the whole text, so a part of it can be searched as the whole is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gates {
    pub han: bool,
    /// An ASCII letter.
    pub latin: bool,
    /// A letter of another script than Han and ASCII (`é`, `Ｊ`, `Л`); looked for only when one of the others is
    /// closed, since with both open it opens nothing more.
    pub other: bool,
    /// A digit: an ASCII one, or any character outside ASCII (the Han view folds digits of every script).
    pub digits: bool,
}

impl Gates {
    pub fn of(text: &str) -> Gates {
        let latin = text.bytes().any(|b| b.is_ascii_alphabetic());
        if text.is_ascii() {
            return Gates {
                latin,
                digits: text.bytes().any(|b| b.is_ascii_digit()),
                ..Gates::default()
            };
        }
        let han = text.chars().any(is_han);
        // Only asked when it can open an automaton the other gates leave closed: most texts stop early or skip it.
        let other = (!latin || !han) && other_letters(text.as_bytes());
        Gates {
            han,
            latin,
            other,
            digits: true,
        }
    }

    /// Whether the text holds a letter the Latin view reads.
    fn letters(self) -> bool {
        self.latin || self.other
    }
}

/// Whether UTF-8 `bytes` may hold a letter of a script other than Han and ASCII, read by lead bytes without decoding
/// (every page's views are asked): Latin with accents, IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic (two-byte
/// characters from U+00C0), Indic and Thai, kana, Hangul, Latin Extended Additional and full-width Latin letters. A
/// sign among them (`×`) only costs a search.
fn other_letters(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match b {
            0xC3..=0xDB | 0xEA..=0xED => true,
            0xE0 => (0xA4..=0xBB).contains(&next(1)),
            0xE1 => (0xB8..=0xBB).contains(&next(1)),
            0xE3 => (0x81..=0x83).contains(&next(1)),
            0xEF => matches!(
                (next(1), next(2)),
                (0xBC, 0xA1..=0xBA) | (0xBD, 0x81..=0x9A)
            ),
            _ => false,
        }
    })
}

impl Names {
    fn han_runs(&self, gates: Gates) -> bool {
        gates.han || (self.han_other && gates.other)
    }

    /// Whether the automata are run in a text with these gates: where one is not, what it would find is missed,
    /// so a text searched with it closed proves nothing about another with it open.
    pub fn open(&self, gates: Gates) -> bool {
        let han = self.han.is_none() || self.han_runs(gates);
        let numbers = self.numbers.is_empty() || self.han_runs(gates) || gates.digits;
        han && numbers && (self.latin.is_none() || gates.letters())
    }

    /// Whether any pattern holds `c`: a pattern with the readers' stop in it could match across it.
    pub fn holds(&self, c: char) -> bool {
        self.patterns.iter().any(|p| p.contains(c)) || self.numbers.holds(c)
    }

    /// Whether `text` holds a two-character name at all, taken as a name or not: whether it is taken depends on up
    /// to 24 characters after it ([`stands_as_name`]), which may lie past a stop, in the next chunk of a view.
    pub fn short_candidate_in(&self, text: &str) -> bool {
        // Called once for each chunk the egress scan keeps, not per page: a view of its own is cheap enough.
        let mut view = String::new();
        let short_in = |(ac, short): &(AhoCorasick, Vec<bool>), view: &String| {
            ac.find_iter(view.as_str())
                .any(|m| short[m.pattern().as_usize()])
        };
        if let Some(han) = &self.han {
            han_view(text, &mut view);
            if short_in(han, &view) {
                return true;
            }
        }
        if let Some(latin) = &self.latin {
            latin_view(text, &mut view);
            if short_in(latin, &view) {
                return true;
            }
        }
        false
    }
}

/// A name in its matching form: simplified characters, no spaces, dots or invisible characters.
pub fn fold_name(name: &str) -> String {
    let mut v = String::new();
    han_view(name, &mut v);
    v
}

/// Pinyin without tones, lower case, without spaces: in Chinese order, and given name first as English writes it.
fn pinyin_forms(name: &str) -> Vec<String> {
    let syllables: Option<Vec<&str>> = name.to_pinyin().map(|p| p.map(|p| p.plain())).collect();
    let Some(s) = syllables else {
        return Vec::new();
    };
    let surname = if s.len() == 4 { 2 } else { 1 };
    let mut forms = vec![s.concat()];
    if s.len() > surname {
        forms.push(format!(
            "{}{}",
            s[surname..].concat(),
            s[..surname].concat()
        ));
    }
    // ü is written v by the pinyin tables and u (or ü) by people.
    let with_u: Vec<String> = forms
        .iter()
        .filter(|f| f.contains('v'))
        .map(|f| f.replace('v', "u"))
        .collect();
    forms.extend(with_u);
    forms
}

/// A name written in letters the Latin view spells (`John Smith`, `O'Brien`, `Zhang Wei`, `Émile Zola`), in its
/// matching forms: as written, and with its last word first (`Smith John`, `Smith, John` in a list of surnames).
/// `None` for a name with any other character in it.
fn latin_forms(name: &str) -> Option<Vec<String>> {
    let mut v = View::default();
    latin_view(name.trim(), &mut v);
    if v.text.len() < 2 || !v.text.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut forms = vec![v.text.clone()];
    if let Some(last) = v.word_start.iter().rposition(|w| *w).filter(|l| *l > 0) {
        forms.push(format!("{}{}", &v.text[last..], &v.text[..last]));
    }
    Some(forms)
}

fn is_middle_dot(c: char) -> bool {
    matches!(
        c,
        '.' | '\u{00B7}'
            | '\u{0387}'
            | '\u{16EB}'
            | '\u{2022}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{2219}'
            | '\u{22C5}'
            | '\u{2E31}'
            | '\u{30FB}'
            | '\u{318D}'
            | '\u{A78F}'
            | '\u{FF0E}'
            | '\u{FF65}'
    )
}

/// ASCII and the common ideographs (CJK Unified Ideographs and Extension A), most of every page: none is a
/// combining mark, and each ideograph is Han ([`is_han`]), so the name views ask neither table of them (the
/// combining-mark lookup is a perfect hash, the letter lookup a binary search, for every character of every view).
fn common(c: char) -> bool {
    c.is_ascii() || matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// The Han matching view: NFKC (Kangxi radicals and compatibility ideographs), CJK radicals, traditional to
/// simplified, variant ideographs folded, letters of other scripts in lower case; white space, middle dots, invisible characters and combining
/// marks dropped.
fn han_view(text: &str, v: &mut impl Sink) {
    v.clear();
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        // Asked first, of every character of every page: no ASCII character is a combining mark.
        if c.is_ascii() {
            if !(c.is_whitespace() || c == '.' || is_invisible(c)) {
                v.put(c.to_ascii_lowercase(), start, end, false);
            }
            continue;
        }
        if c.is_whitespace()
            || is_middle_dot(c)
            || is_invisible(c)
            || (!common(c) && is_combining_mark(c))
        {
            continue;
        }
        if HAN.contains(&c) {
            v.put(standard(c), start, end, false);
            continue;
        }
        for n in std::iter::once(radical(c).unwrap_or(c)).nfkc() {
            if is_han(n) {
                v.put(standard(n), start, end, false);
            } else if !(n.is_whitespace() || is_middle_dot(n)) {
                for l in n.to_lowercase() {
                    v.put(l, start, end, false);
                }
            }
        }
    }
}

/// The Latin matching view: letters lower-cased without their tone marks; spaces, hyphens, apostrophes and commas
/// between letters dropped (each word start remembered); anything else a `#`.
fn latin_view(text: &str, v: &mut impl Sink) {
    v.clear();
    let mut after_letter = false;
    let mut pending_break = true;
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        let common = common(c);
        if is_invisible(c) || (!common && is_combining_mark(c)) {
            continue;
        }
        let letter = if c.is_ascii_alphabetic() {
            Some(c.to_ascii_lowercase())
        } else if !common && c.is_alphabetic() && !is_han(c) {
            // NFKD: a full-width letter is its ASCII letter, a letter with a tone mark its base letter.
            c.nfkd()
                .next()
                .filter(char::is_ascii_alphabetic)
                .map(|l| l.to_ascii_lowercase())
        } else {
            None
        };
        match letter {
            Some(l) => {
                v.put(l, start, end, !after_letter || pending_break);
                after_letter = true;
                pending_break = false;
            }
            // A comma too: `Whitfield, Jonas` is a name written surname first, as lists and metadata write it.
            None if after_letter
                && (c.is_whitespace()
                    || is_middle_dot(c)
                    || matches!(c, '-' | '\'' | '’' | ',' | '，')) =>
            {
                pending_break = true;
            }
            None => {
                v.put('#', start, end, true);
                after_letter = false;
                pending_break = true;
            }
        }
    }
}

/// A character's standard form: traditional characters simplified (the conversion tables of `zhconv`) and variant
/// ideographs (異體字: 靑 for 青, 淸 for 清, as old printing and some input methods write them) folded by the IRG's
/// kVariants dictionary (`irg-kvariants`), read once into a table indexed by code point. Both the roster and the
/// text are folded alike, so the direction a variant is folded in does not matter, only that its forms meet.
fn standard(c: char) -> char {
    static TABLE: LazyLock<Vec<char>> = LazyLock::new(|| {
        let simple = simplified_table();
        let simplify = |c: char| at(&simple, c).unwrap_or(c);
        HAN.map(|c| {
            // A variant may be the traditional form of another (淸, 侶): simplified again after each step.
            let mut s = simplify(c);
            for _ in 0..4 {
                let next = simplify(variant(s));
                if next == s {
                    break;
                }
                s = next;
            }
            s
        })
        .collect()
    });
    at(&TABLE, c).unwrap_or_else(|| at(&TABLE, variant(c)).unwrap_or(c))
}

/// The entry for `c` of a table indexed by the code points of [`HAN`].
fn at(table: &[char], c: char) -> Option<char> {
    let index = (c as usize).checked_sub(*HAN.start() as usize)?;
    table.get(index).copied()
}

/// The CJK Unified Ideographs and their Extension A, where the tables are indexed.
const HAN: std::ops::RangeInclusive<char> = '\u{3400}'..='\u{9FFF}';

/// Every character of [`HAN`] as `zhconv` simplifies it, itself where it does not become one character.
fn simplified_table() -> Vec<char> {
    let all: String = HAN.flat_map(|c| [c, '\n']).collect();
    let converted = zhconv::zhconv(&all, zhconv::Variant::ZhHans);
    HAN.zip(converted.split('\n'))
        .map(|(c, l)| {
            let mut chars = l.chars();
            match (chars.next(), chars.next()) {
                (Some(s), None) => s,
                _ => c,
            }
        })
        .collect()
}

/// The form kVariants folds `c` to. Its `simp` entries go from simplified to traditional, the way `zhconv` undoes,
/// so they are left to it.
fn variant(c: char) -> char {
    match irg_kvariants::KVARIANTS.get(&c) {
        Some(v) if v.classification != irg_kvariants::KVariantClass::Simplified => {
            v.destination_ideograph
        }
        _ => c,
    }
}

/// CJK Radicals Supplement forms that stand for a whole character (after Unicode's EquivalentUnifiedIdeograph.txt);
/// NFKC maps the Kangxi radicals but not these.
fn radical(c: char) -> Option<char> {
    const TABLE: &[(char, char)] = &[
        ('⺁', '厂'),
        ('⺄', '乙'),
        ('⺅', '亻'),
        ('⺆', '冂'),
        ('⺇', '几'),
        ('⺈', '刀'),
        ('⺉', '刂'),
        ('⺊', '卜'),
        ('⺋', '卩'),
        ('⺌', '小'),
        ('⺍', '小'),
        ('⺎', '兀'),
        ('⺏', '尢'),
        ('⺐', '尢'),
        ('⺑', '尢'),
        ('⺒', '巳'),
        ('⺓', '幺'),
        ('⺔', '彐'),
        ('⺕', '彐'),
        ('⺖', '忄'),
        ('⺗', '心'),
        ('⺘', '扌'),
        ('⺙', '攵'),
        ('⺛', '无'),
        ('⺜', '日'),
        ('⺝', '月'),
        ('⺞', '歹'),
        ('⺟', '母'),
        ('⺠', '民'),
        ('⺡', '氵'),
        ('⺢', '水'),
        ('⺣', '灬'),
        ('⺤', '爫'),
        ('⺥', '爫'),
        ('⺦', '丬'),
        ('⺧', '牛'),
        ('⺨', '犭'),
        ('⺩', '王'),
        ('⺪', '疋'),
        ('⺫', '罒'),
        ('⺬', '示'),
        ('⺭', '礻'),
        ('⺮', '竹'),
        ('⺯', '糸'),
        ('⺰', '纟'),
        ('⺱', '罓'),
        ('⺲', '罒'),
        ('⺳', '网'),
        ('⺴', '罒'),
        ('⺵', '罒'),
        ('⺶', '羊'),
        ('⺷', '羊'),
        ('⺸', '羊'),
        ('⺹', '耂'),
        ('⺺', '肀'),
        ('⺻', '聿'),
        ('⺼', '月'),
        ('⺽', '臼'),
        ('⺾', '艹'),
        ('⺿', '艹'),
        ('⻀', '艹'),
        ('⻁', '虎'),
        ('⻂', '衤'),
        ('⻃', '覀'),
        ('⻄', '西'),
        ('⻅', '见'),
        ('⻆', '角'),
        ('⻇', '角'),
        ('⻈', '讠'),
        ('⻉', '贝'),
        ('⻊', '足'),
        ('⻋', '车'),
        ('⻌', '辶'),
        ('⻍', '辶'),
        ('⻎', '辶'),
        ('⻏', '阝'),
        ('⻐', '钅'),
        ('⻑', '長'),
        ('⻒', '镸'),
        ('⻓', '长'),
        ('⻔', '门'),
        ('⻕', '門'),
        ('⻖', '阝'),
        ('⻗', '雨'),
        ('⻘', '青'),
        ('⻙', '韦'),
        ('⻚', '页'),
        ('⻛', '风'),
        ('⻜', '飞'),
        ('⻝', '食'),
        ('⻞', '食'),
        ('⻟', '食'),
        ('⻠', '饣'),
        ('⻡', '首'),
        ('⻢', '马'),
        ('⻣', '骨'),
        ('⻤', '鬼'),
        ('⻥', '鱼'),
        ('⻦', '鸟'),
        ('⻧', '卤'),
        ('⻨', '麦'),
        ('⻩', '黄'),
        ('⻪', '黾'),
        ('⻫', '齐'),
        ('⻬', '齐'),
        ('⻭', '齿'),
        ('⻮', '齿'),
        ('⻯', '龙'),
        ('⻰', '龙'),
        ('⻱', '龟'),
        ('⻲', '龟'),
        ('⻳', '龟'),
    ];
    if !('\u{2E80}'..='\u{2EFF}').contains(&c) {
        return None;
    }
    TABLE.iter().find(|(r, _)| *r == c).map(|(_, ch)| *ch)
}

/// Whether the name at `start..end` of `text` stands as a name (see the module docs).
fn stands_as_name(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| c.is_whitespace() || "：:.".contains(c));
    let after = text[end..].trim_start_matches(|c: char| c.is_whitespace() || "：:（(".contains(c));
    const TITLES: [&str; 12] = [
        "同志",
        "户主",
        "家属",
        "先生",
        "女士",
        "申请人",
        "老人",
        "一家",
        "之子",
        "之女",
        "夫妇",
        "本人",
    ];
    const LABELS: [&str; 10] = [
        "户主",
        "申请人",
        "姓名",
        "联系人",
        "家属",
        "收款人",
        "困难群众",
        "Mr",
        "Ms",
        "Mrs",
    ];
    if TITLES.iter().any(|t| after.starts_with(t)) || LABELS.iter().any(|l| before.ends_with(l)) {
        return true;
    }
    let boundary = |c: Option<char>| c.is_none_or(|c| matches!(c, '\n' | '\u{1}' | '|' | '\t'));
    let lead = before.trim_end_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_digit() || "-*+>#.、)）".contains(c)
    });
    let alone_before = boundary(lead.chars().next_back());
    let next = text[end..]
        .trim_start_matches([' ', '\u{3000}'])
        .chars()
        .next();
    let alone_after = boundary(next) || next.is_some_and(|c| "，,、；;（(".contains(c));
    if alone_before && alone_after {
        return true;
    }
    // Just before a phone number: seven or more digits within the next few characters.
    let mut digits = 0;
    for c in after.chars().take(24) {
        if digit_value(c).is_some() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if digits > 0 && !matches!(c, ' ' | '-') {
            break;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_characters_are_neither_marks_nor_letters_the_latin_view_spells() {
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| common(c))
        {
            assert!(!is_combining_mark(c), "U+{:04X}", c as u32);
            if !c.is_ascii() {
                assert!(
                    is_han(c) && !c.is_whitespace() && !is_middle_dot(c),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    fn names(terms: &[&str]) -> Names {
        let terms: Vec<String> = terms.iter().map(|s| s.to_string()).collect();
        Names::new(&terms, &["李国强".to_string()]).expect("patterns")
    }

    fn count(n: &Names, text: &str) -> usize {
        let mut out = Vec::new();
        n.find_gated(text, None, &mut out);
        out.len()
    }

    #[test]
    fn names_in_every_spelling() {
        let n = names(&["张三丰", "阿不都·热合曼", "刘文华"]);
        for s in [
            "走访张三丰一家",
            "張三豐",
            "张 三 丰",
            "张\u{3000}三丰",
            "张\n三丰",
            "张\u{200B}三丰",
            "阿不都•热合曼",
            "阿不都・热合曼",
            "阿不都热合曼",
            "阿不都‧热合曼",
            "刘⽂华",
            "Zhang Sanfeng",
            "zhangsanfeng",
            "Zhāng Sānfēng",
            "ZHANG SAN-FENG",
            "Sanfeng Zhang visited",
            "Zhang, Sanfeng",
            "Zha\u{0304}ng Sanfeng",
        ] {
            assert_eq!(count(&n, s), 1, "{s}");
        }
        assert_eq!(count(&n, "zhangsanfengs"), 0, "inside a longer word");
        assert_eq!(count(&n, "李国强"), 0);
    }

    /// The spans found in `text`, as the text it covers.
    fn found<'a>(n: &Names, text: &'a str) -> Vec<&'a str> {
        let mut out = Vec::new();
        n.find_gated(text, None, &mut out);
        out.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn number_values_of_a_roster_in_every_spelling() {
        // An ID number whose check character is wrong (no pattern detector takes it for one), one ending in X, a
        // phone, and a name: each found however the text folds it, inside longer digit runs too.
        let n = names(&[
            "110105189901010010",
            "11010518990101001X",
            "13912345678",
            "张三丰",
        ]);
        for (text, want) in [
            ("说明：110105189901010010。", "110105189901010010"),
            ("号码 110105 18990101 0010 见上", "110105 18990101 0010"),
            (
                "号码１１０１０５１８９９０１０１００１０",
                "１１０１０５１８９９０１０１００１０",
            ),
            (
                "号码110105\n18990101\u{3000}0010",
                "110105\n18990101\u{3000}0010",
            ),
            (
                "号码1101\u{200B}05189901010010",
                "1101\u{200B}05189901010010",
            ),
            ("号码1101.0518.9901.0100.10", "1101.0518.9901.0100.10"),
            ("证件11010518990101001x。", "11010518990101001x"),
            ("证件11010518990101001Ｘ。", "11010518990101001Ｘ"),
            ("电话 139 1234 5678", "139 1234 5678"),
            ("编号99139123456789", "13912345678"),
            ("Иван 13912345678", "13912345678"),
            ("ref 110105189901010010 end", "110105189901010010"),
            ("{\"k\":\"13912345678\"}", "13912345678"),
            ("1101 0518 9901 0100 10", "1101 0518 9901 0100 10"),
        ] {
            assert_eq!(found(&n, text), vec![want], "{}", want.len());
        }
        assert_eq!(
            found(&n, "张三丰 13912345678"),
            vec!["张三丰", "13912345678"]
        );
        assert!(found(&n, "号码1391234567。").is_empty(), "one digit short");
    }

    #[test]
    fn spans_cover_the_original_characters() {
        let n = names(&["张三丰"]);
        let text = "甲张 三\u{200B}丰乙";
        let mut out = Vec::new();
        n.find_gated(text, None, &mut out);
        assert_eq!(&text[out[0].start..out[0].end], "张 三\u{200B}丰");
    }

    #[test]
    fn two_character_names_only_where_they_stand_as_names() {
        let n = names(&["建国", "王芳"]);
        for s in [
            "建国同志",
            "户主：建国",
            "- 建国",
            "| 建国 |",
            "建国",
            "建国，男，65岁",
            "王芳 13800138000",
            "Mr Wang Fang",
            "Ms. Wang Fang",
            "Wang Fang 138 0013 8000",
        ] {
            assert_eq!(count(&n, s), 1, "{s}");
        }
        for s in ["建国以来", "新中国建国七十周年", "王芳草地", "wang fang de"] {
            assert_eq!(count(&n, s), 0, "{s}");
        }
    }

    #[test]
    fn names_in_latin_letters_are_found_in_text_of_any_script() {
        let n = names(&["Jonas Whitfield", "Łukasz Nowak", "Иван Петров"]);
        for s in [
            "Contact: Jonas Whitfield.",
            "{\"contact\": \"jonas whitfield\"}",
            "JONAS WHITFIELD",
            "Whitfield Jonas",
            "Jonas·Whitfield",
            "Ｊｏｎａｓ Ｗｈｉｔｆｉｅｌｄ",
            "Jo\u{200B}nas Whitfield",
            "联系 Jonas Whitfield",
            "Łukasz Nowak",
            "łukasz nowak",
            "Иван Петров",
        ] {
            assert_eq!(count(&n, s), 1, "{s}");
        }
        assert_eq!(count(&n, "Jonas Whitfields"), 0, "inside a longer word");
        assert_eq!(count(&n, "Jonas and Whitfield"), 0);
    }

    #[test]
    fn gates_see_letters_of_every_script() {
        assert_eq!(
            Gates::of("abc 123"),
            Gates {
                han: false,
                latin: true,
                other: false,
                digits: true
            }
        );
        assert_eq!(
            Gates::of("甲，１２"),
            Gates {
                han: true,
                latin: false,
                other: false,
                digits: true
            }
        );
        assert!(Gates::of("Ｊ").other && Gates::of("é").other && !Gates::of("“”—").other);
        for letters in ["Ｊｏ", "ｊ", "ǎ", "Ł", "Иван", "ئابدۇ", "김", "カタ", "ạ"]
        {
            assert!(other_letters(letters.as_bytes()), "{letters}");
        }
        for signs in ["，。、「」（）", "·—…", "１２３％", "甲乙"] {
            assert!(!other_letters(signs.as_bytes()), "{signs}");
        }
    }

    #[test]
    fn the_table_folds_traditional_characters() {
        assert_eq!(standard('豐'), '丰');
        assert_eq!(standard('張'), '张');
        assert_eq!(standard('张'), '张');
        assert_eq!(fold_name("劉⽂華"), "刘文华");
    }

    #[test]
    fn the_table_folds_variant_characters() {
        assert_eq!(fold_name("司马靑云"), fold_name("司马青云"));
        assert_eq!(fold_name("淸"), fold_name("清"));
        assert_eq!(fold_name("戶"), fold_name("户"));
        assert_ne!(fold_name("青"), fold_name("清"));
    }
}
