//! Text to search tokens, the same way the browser script (`search.js`) cuts a query, so a query token and an index
//! token meet. Chinese has no spaces between words and a dictionary segmenter would cost megabytes, so runs of CJK
//! characters become overlapping bigrams (低保 inside 城市低保 is the bigram 低保) plus single characters for
//! one-character queries; runs of letters and digits become lower-cased words.

use std::borrow::Cow;

/// What kind of run a character belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    Word,
    Other,
}

fn class(c: char) -> Class {
    if is_cjk(c) {
        Class::Cjk
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Other
    }
}

/// Han ideographs (with extension A and compatibility forms), kana and Hangul: scripts written without spaces. The
/// browser script tests the same ranges.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{2fa1f}')
}

/// One token of a text, as a key for counting: a CJK unigram or bigram packed in an integer (hashed and compared as
/// one word; a Chinese page is nearly all such tokens), or a word, a slice of the text unless it had to be
/// rewritten ([`normal_word`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Token<'a> {
    /// A single character (its code point), or two (the first in the high 32 bits): every character of a CJK run
    /// and the pair it starts with the next.
    Cjk(u64),
    Word(Cow<'a, str>),
}

impl<'a> Token<'a> {
    /// The token as the index and the browser script write it.
    pub fn text(&self) -> Cow<'a, str> {
        match self {
            Token::Word(w) => w.clone(),
            Token::Cjk(packed) => {
                let char_at = |shift: u32| char::from_u32(((packed >> shift) & 0xffff_ffff) as u32);
                let mut out = String::with_capacity(8);
                if packed >> 32 != 0 {
                    out.extend(char_at(32));
                }
                out.extend(char_at(0));
                Cow::Owned(out)
            }
        }
    }
}

/// Every token of `text` handed to `f`, repeats included (for term frequency): in a CJK run each character, and
/// after each character but the first, the pair it ends; each run of letters and digits as one word.
pub fn each_token<'a>(text: &'a str, mut f: impl FnMut(Token<'a>)) {
    let mut word: Option<usize> = None;
    let mut before: Option<char> = None;
    for (i, c) in text.char_indices() {
        match class(c) {
            Class::Cjk => {
                if let Some(start) = word.take() {
                    f(Token::Word(normal_word(&text[start..i])));
                }
                f(Token::Cjk(u64::from(c)));
                if let Some(b) = before {
                    f(Token::Cjk(u64::from(b) << 32 | u64::from(c)));
                }
                before = Some(c);
            }
            Class::Word => {
                before = None;
                word.get_or_insert(i);
            }
            Class::Other => {
                before = None;
                if let Some(start) = word.take() {
                    f(Token::Word(normal_word(&text[start..i])));
                }
            }
        }
    }
    if let Some(start) = word {
        f(Token::Word(normal_word(&text[start..])));
    }
}

/// The tokens a query must all match. A CJK run of two or more characters gives its bigrams only (the unigrams
/// would add nothing the bigrams do not already require).
pub fn query_tokens(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (kind, run) in runs(query) {
        match kind {
            Class::Cjk => {
                let chars: Vec<char> = run.chars().collect();
                if chars.len() == 1 {
                    out.push(run.to_string());
                }
                for pair in chars.windows(2) {
                    out.push(pair.iter().collect());
                }
            }
            Class::Word => out.push(normalise_word(run)),
            Class::Other => {}
        }
    }
    out
}

/// [`normalise_word`], borrowing `run` when it is in its normal form already.
fn normal_word(run: &str) -> Cow<'_, str> {
    let normal = run.chars().all(|c| {
        !matches!(c, '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}')
            && c.to_lowercase().eq([c])
    });
    if normal {
        Cow::Borrowed(run)
    } else {
        Cow::Owned(normalise_word(run))
    }
}

/// Full-width letters and digits (ＡＢＣ１２３, common in Chinese text) read as their ASCII forms, lower-cased.
fn normalise_word(run: &str) -> String {
    run.chars()
        .map(|c| match c {
            '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
                char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
            }
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Maximal runs of one class.
fn runs(text: &str) -> Vec<(Class, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current = Class::Other;
    for (i, c) in text.char_indices() {
        let k = class(c);
        if k != current {
            if current != Class::Other {
                out.push((current, &text[start..i]));
            }
            start = i;
            current = k;
        }
    }
    if current != Class::Other {
        out.push((current, &text[start..]));
    }
    out
}

/// Which shard holds a token: FNV-1a (32 bit) over the UTF-8 bytes of its key, modulo the shard count. A word's
/// key is its first two characters, so every word sharing a prefix sits in one shard and the browser can complete
/// the last word of a query from that shard alone; a CJK token's key is the token itself.
pub fn shard_of(token: &str, shards: u32) -> u32 {
    let key: &str = match token.chars().next() {
        Some(c) if !is_cjk(c) => match token.char_indices().nth(2) {
            Some((end, _)) => &token[..end],
            None => token,
        },
        _ => token,
    };
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h % shards.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        each_token(text, |t| out.push(t.text().into_owned()));
        out
    }

    #[test]
    fn chinese_runs_become_bigrams_and_unigrams() {
        assert_eq!(
            texts("城市低保。"),
            ["城", "市", "城市", "低", "市低", "保", "低保"]
        );
        assert_eq!(texts("𠀀𠀁"), ["𠀀", "𠀁", "𠀀𠀁"], "beyond the BMP too");
    }

    #[test]
    fn words_are_lower_cased_and_split_from_chinese() {
        assert_eq!(
            texts("Elderly care 养老2023年"),
            ["elderly", "care", "养", "老", "养老", "2023", "年"]
        );
        assert_eq!(texts("ＡＢＣ１２３"), ["abc123"]);
        assert_eq!(texts("İx ǅ é"), ["i\u{307}x", "ǆ", "é"]);
        assert_eq!(texts("abc"), ["abc"], "a word at the end");
    }

    #[test]
    fn queries_need_bigrams_only_unless_one_character() {
        assert_eq!(query_tokens("婚姻登记"), ["婚姻", "姻登", "登记"]);
        assert_eq!(query_tokens("儿"), ["儿"]);
        assert_eq!(query_tokens("低保 Assistance"), ["低保", "assistance"]);
        assert!(query_tokens(" ，。!").is_empty());
    }

    #[test]
    fn query_tokens_are_index_tokens() {
        let indexed = texts("全区婚姻登记12345件").join(" ");
        for q in query_tokens("婚姻登记 12345") {
            assert!(indexed.split(' ').any(|t| t == q), "{q} not indexed");
        }
    }

    #[test]
    fn shards_are_stable_and_words_shard_by_prefix() {
        // Fixed values: the browser script computes the same hash, so changing it breaks every published index.
        assert_eq!(shard_of("低保", 1 << 16), 0x97c8);
        assert_eq!(shard_of("elderly", 1 << 16), 0x6264);
        assert_eq!(shard_of("elderly", 64), shard_of("elephant", 64));
        assert_eq!(shard_of("e", 64), shard_of("e", 64));
        assert_eq!(shard_of("anything", 1), 0);
        assert_eq!(shard_of("anything", 0), 0);
    }
}
