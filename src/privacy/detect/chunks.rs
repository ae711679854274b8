//! What the egress scan needs to search a view of a file one chunk at a time and skip chunks it has already found
//! clean (the theme's header, navigation and footer, stand on every page). A chunk is a piece of a view between
//! two stops ([`STOP`], which the markup and attachment readers put at every block and after every attribute value).
//!
//! Why a chunk's result does not depend on the text around it, detector by detector, for a text `T` and a chunk
//! `C` of it, with a stop (or the end of `T`) on either side:
//!
//! - **Folding** ([`crate::privacy::normalize`]) reads each character alone, except that a combining mark or `×`
//!   looks at the folded character before it; before `C` that is the stop, which folding keeps, and which is no
//!   digit, `X` or Han character. So `C` folds the same in any `T`.
//! - **Numbers** ([`super::numbers`]): a digit run, its gaps, units, glued letters, `+` and field delimiters end
//!   at a stop (it is no digit, space, separator, letter or unit); but the context words (身份证, 卡号, 电话 …) are
//!   read in the [`super::numbers::CONTEXT_BEFORE`] folded characters before a number, across a stop: a label in
//!   the cell before counts. A chunk in which no number can start that near its head
//!   ([`super::numbers::reaches_back`], in both readings) has every window inside it ([`Detector::context_free`]). The numeric reading ([`crate::privacy::numerals`]) reads words and numeral runs,
//!   both ended by a stop; its quick look ahead ([`crate::privacy::numerals::Suspects`]) may see more across a stop
//!   but never less than the reading changes.
//! - **Names** ([`super::names`]): a stop is a character of both matching views that no pattern holds (else
//!   [`Detector::chunkable`] is false), so a match never crosses it, and a leftmost-longest search meets every
//!   match after a stop as a search starting there would. Whether a two-character name counts looks back to a stop
//!   at most, but ahead up to 24 characters past the next one (a phone number after it): a chunk with such a name
//!   in it is never kept, and a search of a chunk is given the 24 characters after it ([`context_end`]). The
//!   automata run only when the whole text holds a Han character or an ASCII letter ([`Gates`]), so a chunk is
//!   searched with the gates of its whole text, and kept only when they were open.
//! - **Credentials, e-mail addresses (spelled ones too), passports, Hong Kong, Macau and Taiwan IDs**: a label,
//!   local part, domain, secret or number is made of letters, digits, spaces and a few signs, and ends at a stop.
//! - **Markers**: found with `str::match_indices`; none is empty or holds a stop, so none crosses one, and the
//!   search meets every match after a stop as a search starting there would.
//! - **Quick looks** (worth folding, has a digit, has an `@`, a spelled `at`, a suspect for the numeric reading):
//!   each only skips a detector that could not find anything in a text without such a character, and every
//!   finding holds one, so whether it is open for `C` alone or for `T` changes nothing inside `C`.
//! - **Bidirectional text** ([`crate::privacy::bidi`]) is laid out across stops: a view with any character that
//!   may reorder it is never searched by chunks (the caller checks [`Survey::reorders`], from
//!   [`Detector::survey`]).
//! - **The long-run net** of egress reads ASCII digit runs, which end at a stop.

use super::names::Gates;
use super::numbers::{self, CONTEXT_BEFORE};
use super::{Detector, Finding, merge};
use crate::privacy::chinese_numerals::numeral_value;
use crate::privacy::normalize::fold;
use crate::privacy::numerals::numeric_reading;

/// The stop the readers of markup and attachments put between pieces of text that must never be read as one
/// (`crate::html::scan::BOUNDARY`).
pub const STOP: char = '\u{1}';

/// How far [`context_start`] goes back before it gives up (the caller then searches the whole text).
const CONTEXT_LIMIT: usize = 1024;

/// How many characters after a chunk whether a two-character name counts may read (`names::stands_as_name`).
const CONTEXT_AFTER: usize = 24;

/// What the whole of a text holds that decides how its chunks are searched, found in one pass.
#[derive(Debug, Clone, Copy)]
pub struct Survey {
    pub gates: Gates,
    /// A character that can lay the text out in another order.
    pub reorders: bool,
}

impl Detector {
    /// Whether texts may be searched by chunks at all: no marker is empty or holds a stop, and no name does.
    pub fn chunkable(&self) -> bool {
        !self
            .markers
            .iter()
            .any(|m| m.is_empty() || m.contains(STOP))
            && !self.names.as_ref().is_some_and(|n| n.holds(STOP))
    }

    /// What the whole of `text` holds that decides how its chunks are searched (the gates only where there are
    /// names to search for).
    pub fn survey(&self, text: &str) -> Survey {
        Survey {
            gates: match &self.names {
                Some(_) => Gates::of(text),
                None => Gates::default(),
            },
            reorders: reorders(text),
        }
    }

    /// Whether a text with these gates is searched by every automaton there is.
    pub fn gates_open(&self, gates: Gates) -> bool {
        self.names.as_ref().is_none_or(|n| n.open(gates))
    }

    /// [`Detector::find`] on a part of a larger text, with the larger text's gates.
    pub fn find_gated(&self, text: &str, gates: Gates) -> Vec<Finding> {
        let mut found = self.markers_in(text);
        found.extend(self.others_gated(text, Some(gates)));
        merge(found)
    }

    /// Whether nothing around `chunk` can change what is found in it (see the module docs): its first characters
    /// hold nothing a number's context window could reach back from, and it holds no two-character name.
    pub fn context_free(&self, chunk: &str) -> bool {
        let folded = fold(chunk);
        let mut scratch = numbers::Scratch::default();
        let mut numeric = Vec::new();
        let reaches_back = numbers::reaches_back(&folded, &mut scratch)
            || (numeric_reading(&folded, &mut numeric)
                && numbers::reaches_back(&numeric, &mut scratch));
        !reaches_back
            && !self
                .names
                .as_ref()
                .is_some_and(|n| n.short_candidate_in(chunk))
    }
}

/// Whether `text` holds a character that may reorder it ([`may_reorder`](crate::privacy::bidi::may_reorder)). Every such character is encoded with a
/// lead byte from 0xD6 to 0xE0, or 0xE2, 0xEF or 0xF0, which Chinese text seldom holds (its ideographs start with
/// 0xE3 to 0xE9): every view of every page is asked, so blocks of 16 bytes without such a lead are passed over at
/// once, and a character is decided by its bytes, never decoded.
fn reorders(text: &str) -> bool {
    const BLOCK: usize = 16;
    let b = text.as_bytes();
    let lead = |x: u8| matches!(x, 0xD6..=0xE0 | 0xE2 | 0xEF..=0xF0);
    (0..b.len()).step_by(BLOCK).any(|from| {
        let block = &b[from..b.len().min(from + BLOCK)];
        block.iter().fold(false, |any, &x| any | lead(x))
            && (from..from + block.len()).any(|i| reorders_at(b, i))
    })
}

/// Whether the character at byte `i` of valid UTF-8 `b` (or inside one, which never matches: its byte is no lead)
/// is one [`may_reorder`](crate::privacy::bidi::may_reorder) takes, from its encoding: U+0590–08FF, U+200E–200F, U+202A–202E, U+2066–2069,
/// U+FB1D–FDFF, U+FE70–FEFF, U+10800–10FFF and U+1E800–1EFFF.
fn reorders_at(b: &[u8], i: usize) -> bool {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        0xD6 => at(1) >= 0x90,
        0xD7..=0xDF => true,
        0xE0 => (0xA0..=0xA3).contains(&at(1)),
        0xE2 => match at(1) {
            0x80 => matches!(at(2), 0x8E | 0x8F | 0xAA..=0xAE),
            0x81 => (0xA6..=0xA9).contains(&at(2)),
            _ => false,
        },
        0xEF => match at(1) {
            0xAC => at(2) >= 0x9D,
            0xAD..=0xB7 | 0xBA | 0xBB => true,
            0xB9 => at(2) >= 0xB0,
            _ => false,
        },
        0xF0 => matches!(at(1), 0x90 | 0x9E) && at(2) >= 0xA0,
        _ => false,
    }
}

/// A character that folds to exactly itself: printable ASCII, white space, the stop, a common ideograph.
fn plain(c: char) -> bool {
    (c.is_ascii() && (!c.is_ascii_control() || c.is_ascii_whitespace() || c == STOP))
        || ('\u{3400}'..='\u{9FFF}').contains(&c)
}

/// A character from which every reader reads the same whatever stands before it: folding (it takes the fast
/// path, which looks at nothing before it), the numeric reading (it is in no word of figures and ends every
/// numeral run), the Latin name view (not a letter, nor a space or sign that joins letters, so it starts afresh).
/// The stop, most ASCII punctuation, and every common ideograph that is no numeral.
fn starts_afresh(c: char) -> bool {
    c == STOP
        || (c.is_ascii_graphic()
            && !c.is_ascii_alphanumeric()
            && !matches!(c, '-' | '.' | '\'' | '+'))
        || (('\u{3400}'..='\u{9FFF}').contains(&c) && numeral_value(c).is_none())
}

/// Where to start searching a chunk that starts at byte `at` of `text`, so that it is searched as in the whole
/// text: at a character that [`starts_afresh`], far enough back for [`CONTEXT_BEFORE`] folded characters before
/// `at`. `None` when that lies too far back.
pub fn context_start(text: &str, at: usize) -> Option<usize> {
    let mut plain_chars = 0;
    for (i, c) in text[..at].char_indices().rev() {
        if at - i > CONTEXT_LIMIT {
            return None;
        }
        if plain(c) {
            plain_chars += 1;
        }
        if plain_chars >= CONTEXT_BEFORE && starts_afresh(c) {
            return Some(i);
        }
    }
    Some(0)
}

/// Where to end searching a chunk that ends at byte `at` of `text` (at its stop).
pub fn context_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(CONTEXT_AFTER)
        .map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::bidi::may_reorder;

    #[test]
    fn reorders_agrees_with_may_reorder_for_every_character() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let alone = c.encode_utf8(&mut buf);
            assert_eq!(reorders(alone), may_reorder(c), "U+{:04X}", c as u32);
        }
        assert!(reorders("电话：“\u{202E}0008”，"));
        assert!(!reorders("电话：“0008”，（一）…"));
    }

    #[test]
    fn context_starts_afresh_far_enough_back() {
        let t = "户主：张三，身份证号\u{1}110101190001011234";
        let at = t.find('\u{1}').map_or(0, |i| i + 1);
        assert_eq!(context_start(t, at), Some(0));
        let t = format!("{}一{}\u{1}x", "a".repeat(20), "乙".repeat(11));
        let at = t.len() - 1;
        let from = context_start(&t, at).unwrap_or(0);
        assert_eq!(&t[from..at], format!("{}\u{1}", "乙".repeat(11)));
        let t = format!("{}1 二三四五六七八九一二\u{1}x", "a".repeat(20));
        assert_eq!(
            context_start(&t, t.len() - 1),
            Some(0),
            "letters, figures, numerals and what joins them never start a context"
        );
        let far = format!("{}\u{1}x", "a".repeat(2000));
        assert_eq!(context_start(&far, far.len() - 1), None);
    }

    #[test]
    fn reordering_characters_are_found_by_their_lead_bytes() {
        for code in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let t = format!("a中{code}b");
            assert_eq!(reorders(&t), may_reorder(code), "{:04X}", code as u32);
        }
    }

    #[test]
    fn context_ends_past_the_next_stop() {
        let t = "王芳\u{1}电话 13800138000 转 1234567";
        let end = context_end(t, "王芳".len());
        assert_eq!(t[end..].chars().next(), Some('7'));
        assert_eq!(context_end("ab", 1), 2);
    }

    #[test]
    fn chunks_with_figures_or_short_names_at_their_head_depend_on_their_context() {
        let d = Detector::new(&[], &[], &["王芳".into(), "张三丰".into()], "x");
        assert!(d.context_free("民政局办公室地址：某某路一段"));
        assert!(!d.context_free("110101190001011"));
        assert!(!d.context_free("编号 1234 5678"));
        assert!(d.context_free("button"));
        assert!(d.context_free("0 0 48 48"));
        assert!(d.context_free("M35 24H39.5M33.53 29.5L37.43 31.75 13800138000"));
        assert!(!d.context_free("一三八〇〇一三八〇〇〇"));
        assert!(!d.context_free("王芳"));
        assert!(!d.context_free("联系人是本局工作人员王芳"));
        let odd = Detector::new(&["a\u{1}b".into()], &[], &[], "x");
        assert!(!odd.chunkable() && d.chunkable());
    }
}
