//! A token's postings as a short string, the way `search.js` reads them back.
//!
//! Each posting is a document, the token's frequency in its body and the fields it is in (bit 1 the title, bit 2 a
//! heading), sorted by document. It is written as one number, `((gap - 1) * 4 + fields) * 8 + min(frequency, 7)`,
//! where `gap` is the distance from the previous document (from -1 for the first), followed by a second number,
//! `frequency - 7`, when the frequency is 7 or more. Most tokens of a page are in its body only, a few times, and
//! in the next page that has them too, so most postings are one or two characters, against nine to twelve for the
//! decimal triples of a JSON array.
//!
//! Numbers are written in base 12, most significant digit first, every digit but the last from [`MORE`] and the
//! last from [`LAST`]. Both sets are ASCII punctuation that JSON writes as it is (no `"` or `\`) and that no egress
//! view decodes (no `%`, `&`, `@`, `<`, `>`): a posting string holds no digit, letter or ideograph, so no detector
//! can read a value into it, and the egress scan still reads it byte for byte like any other output.

/// The digits that end a number, by value.
pub const LAST: &[u8; 12] = b"!#$'()*+,-./";
/// The digits that have another after them, by value.
pub const MORE: &[u8; 12] = b":;=?[]^_`{}~";

const BASE: u64 = 12;

/// Frequencies from this one up take a second number.
const INLINE_TF: u32 = 7;

/// The postings of one token, `[document, frequency, fields]` sorted by document, appended to `out`.
pub fn encode_into(list: &[[u32; 3]], out: &mut String) {
    let mut next = 0u64;
    for &[doc, tf, fields] in list {
        let gap = u64::from(doc).saturating_sub(next);
        next = u64::from(doc) + 1;
        let value = (gap * 4 + u64::from(fields & 3)) * 8 + u64::from(tf.min(INLINE_TF));
        push_number(value, out);
        if tf >= INLINE_TF {
            push_number(u64::from(tf - INLINE_TF), out);
        }
    }
}

/// [`encode_into`] as a new string.
pub fn encode(list: &[[u32; 3]]) -> String {
    let mut out = String::with_capacity(list.len() * 2);
    encode_into(list, &mut out);
    out
}

fn push_number(mut n: u64, out: &mut String) {
    // u64::MAX has 18 digits in base 12.
    let mut digits = [0u8; 18];
    let mut at = digits.len() - 1;
    digits[at] = LAST[(n % BASE) as usize];
    n /= BASE;
    while n > 0 {
        at -= 1;
        digits[at] = MORE[(n % BASE) as usize];
        n /= BASE;
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// The postings [`encode`] wrote, or `None` for a string it cannot have written.
pub fn decode(code: &str) -> Option<Vec<[u32; 3]>> {
    let mut out: Vec<[u32; 3]> = Vec::new();
    let mut next = 0u64;
    let mut n = 0u64;
    let mut open = false;
    let mut tf_follows = false;
    for b in code.bytes() {
        if let Some(d) = MORE.iter().position(|&m| m == b) {
            n = n.checked_mul(BASE)?.checked_add(d as u64)?;
            open = true;
            continue;
        }
        let d = LAST.iter().position(|&m| m == b)?;
        n = n.checked_mul(BASE)?.checked_add(d as u64)?;
        if tf_follows {
            let last = out.last_mut()?;
            last[1] = INLINE_TF.checked_add(u32::try_from(n).ok()?)?;
            tf_follows = false;
        } else {
            let tf = (n % 8) as u32;
            let fields = ((n / 8) % 4) as u32;
            let doc = next.checked_add(n / 32)?;
            next = doc + 1;
            out.push([u32::try_from(doc).ok()?, tf, fields]);
            tf_follows = tf == INLINE_TF;
        }
        n = 0;
        open = false;
    }
    (!open && !tf_follows).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_round_trip() {
        let lists: [&[[u32; 3]]; 5] = [
            &[],
            &[[0, 1, 0]],
            &[[0, 1, 1], [1, 2, 2], [5, 0, 3], [6, 7, 0], [7, 300, 1]],
            &[
                [41_000, 1, 0],
                [u32::MAX - 1, 12, 0],
                [u32::MAX, u32::MAX, 3],
            ],
            &[[3, 6, 0], [9, 8, 2]],
        ];
        for list in lists {
            assert_eq!(decode(&encode(list)).as_deref(), Some(list), "{list:?}");
        }
    }

    #[test]
    fn the_common_posting_is_one_character() {
        // Each of three neighbouring pages has the token once in its body.
        assert_eq!(encode(&[[0, 1, 0], [1, 1, 0], [2, 1, 0]]), "###");
        // In the title, on the second page; nine times in the body.
        assert_eq!(encode(&[[1, 1, 1]]), "?)");
        assert_eq!(encode(&[[0, 9, 0]]), "+$");
    }

    #[test]
    fn the_digits_are_inert_punctuation() {
        for &d in LAST.iter().chain(MORE) {
            let c = char::from(d);
            assert!(c.is_ascii_punctuation() && !"\"\\%&@<>".contains(c), "{c}");
        }
        let mut all: Vec<u8> = LAST.iter().chain(MORE).copied().collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 24, "no digit twice");
    }

    #[test]
    fn what_it_cannot_have_written_is_refused() {
        assert_eq!(decode("a"), None);
        assert_eq!(decode(":"), None, "a number without its last digit");
        assert_eq!(decode("+"), None, "a frequency announced, not given");
    }
}
