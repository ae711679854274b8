//! E-mail addresses: a local part, `@`, and a domain with a dot, found around each `@`.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

fn local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
}

/// Top-level domains in Chinese: an address at one is written in Chinese after the `@` (`zhangsan@例子.中国`).
const HAN_TLDS: [&str; 14] = [
    "中国", "中國", "公司", "网络", "網絡", "在线", "集团", "香港", "台湾", "台灣", "澳门", "澳門",
    "政务", "公益",
];

/// An internationalised domain after the `@` at `at` (labels of letters of any script, a Chinese top-level domain
/// of [`HAN_TLDS`]): where it ends.
fn han_domain_end(text: &[Folded], at: usize) -> Option<usize> {
    if !text
        .get(at + 1)
        .is_some_and(|f| !f.ch.is_ascii() && f.ch.is_alphabetic())
    {
        return None;
    }
    let mut e = at + 1;
    while e < text.len() && (text[e].ch.is_alphanumeric() || matches!(text[e].ch, '-' | '.')) {
        e += 1;
    }
    while e > at + 1 && matches!(text[e - 1].ch, '.' | '-') {
        e -= 1;
    }
    let dot = (at + 1..e).rev().find(|&k| text[k].ch == '.')?;
    let tld: String = text[dot + 1..e].iter().map(|f| f.ch).take(2).collect();
    HAN_TLDS.contains(&tld.as_str()).then_some(dot + 3)
}

pub fn detect(text: &[Folded], hits: &mut Vec<Hit>) {
    for at in 0..text.len() {
        if text[at].ch != '@' {
            continue;
        }
        let mut s = at;
        while s > 0 && local_char(text[s - 1].ch) {
            s -= 1;
        }
        if s < at
            && let Some(e) = han_domain_end(text, at)
        {
            hits.push(Hit {
                kind: Kind::Email,
                start: s,
                end: e,
            });
            continue;
        }
        let mut e = at + 1;
        while e < text.len() && domain_char(text[e].ch) {
            e += 1;
        }
        // The top-level domain is letters only: in `example.cn-2023年` the address ends after `cn`.
        if let Some(dot) = (at + 1..e).rev().find(|&k| text[k].ch == '.') {
            let letters = (dot + 1..e)
                .take_while(|&k| text[k].ch.is_ascii_alphabetic())
                .count();
            e = dot + 1 + letters;
        }
        while e > at + 1 && matches!(text[e - 1].ch, '.' | '-') {
            e -= 1;
        }
        let domain: String = text[at + 1..e].iter().map(|f| f.ch).collect();
        let tld_ok = domain
            .rsplit('.')
            .next()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()));
        if s < at && domain.contains('.') && tld_ok {
            hits.push(Hit {
                kind: Kind::Email,
                start: s,
                end: e,
            });
        }
    }
}

/// Watches the characters of a folded text go by (while the detector lower-cases it) for an `@`, an `at` between
/// spaces or brackets, or 艾特: only a text with one is read again for spelled-out addresses.
#[derive(Default)]
pub struct SpelledAt {
    /// The last three characters, lower-cased, one byte each (non-ASCII as 0xFF).
    last: u32,
    found: bool,
}

impl SpelledAt {
    #[inline(always)]
    pub fn see(&mut self, c: char) {
        let byte = if c.is_ascii() {
            c.to_ascii_lowercase() as u8
        } else {
            self.found |= (c == '特' && self.last & 0xFF == 0xFE) || matches!(c, '【' | '〔');
            if c == '艾' { 0xFE } else { 0xFF }
        };
        let previous = self.last as u8;
        if matches!(byte, b' ' | b']' | b')' | b'}' | b'>') && self.last & 0xFFFF == 0x6174 {
            self.found |= matches!((self.last >> 16) as u8, b' ' | b'[' | b'(' | b'{' | b'<');
        }
        // `#` for the `@`; any `@`, since the dots after it may be spelled (`[dot]`, ` dot `, `点`, `。`); a
        // bracketed `a` (`(a)`).
        self.found |= byte == b'#'
            || byte == b'@'
            || (matches!(byte, b']' | b')' | b'}' | b'>')
                && previous == b'a'
                && matches!((self.last >> 8) as u8, b'[' | b'(' | b'{' | b'<'));
        self.last = (self.last << 8) | u32::from(byte);
    }

    pub fn found(&self) -> bool {
        self.found
    }
}

/// Spelled-out signs: what a token is read as, and whether it was written between spaces only (` at `, ` dot `),
/// which ordinary English also does (`details are at www.example.cn`).
fn spelled_at(text: &[Folded], i: usize) -> Option<(char, usize, bool)> {
    let lower = |k: usize| text.get(k).map(|f| f.ch.to_ascii_lowercase());
    if lower(i) == Some('艾') && lower(i + 1) == Some('特') {
        return Some(('@', i + 2, false));
    }
    let open = lower(i)?;
    let close = match open {
        '[' => ']',
        '(' => ')',
        '{' => '}',
        '<' => '>',
        '【' => '】',
        '〔' => '〕',
        ' ' => ' ',
        _ => return None,
    };
    let mut k = i + 1;
    while open != ' ' && lower(k) == Some(' ') {
        k += 1;
    }
    let (sign, len) = if lower(k) == Some('a') && lower(k + 1) == Some('t') {
        ('@', 2)
    } else if lower(k) == Some('d') && lower(k + 1) == Some('o') && lower(k + 2) == Some('t') {
        ('.', 3)
    } else if open != ' ' && matches!(lower(k), Some('a' | '@')) {
        // A bracketed sign: `(a)`, `[@]`.
        ('@', 1)
    } else if open != ' ' && matches!(lower(k), Some('.' | '点' | '點')) {
        ('.', 1)
    } else {
        return None;
    };
    k += len;
    while open != ' ' && lower(k) == Some(' ') {
        k += 1;
    }
    (lower(k) == Some(close)).then_some((sign, k + 1, open == ' '))
}

/// An `@` (or a `#` for it) written with spaces around it (`zhangsan2023 @ example.cn`), or inside a domain a dot
/// with spaces around it (`example . cn`): the sign, and the index after the spaces that follow it.
fn spaced_sign(text: &[Folded], i: usize, in_domain: bool) -> Option<(char, usize)> {
    if text[i].ch != ' ' {
        return None;
    }
    let mut k = i;
    while text.get(k).is_some_and(|f| f.ch == ' ') {
        k += 1;
    }
    let sign = text.get(k)?.ch;
    if !(sign == '@' || sign == '#' || (in_domain && sign == '.')) {
        return None;
    }
    let mut next = k + 1;
    while text.get(next).is_some_and(|f| f.ch == ' ') {
        next += 1;
    }
    let before = i.checked_sub(1).and_then(|p| text.get(p));
    (next > k + 1
        && before.is_some_and(|f| f.ch.is_ascii_alphanumeric())
        && text.get(next).is_some_and(|f| f.ch.is_ascii_alphanumeric()))
    .then_some((sign, next))
}

/// Whether a domain (its folded characters) ends in a top-level domain that addresses are commonly at.
fn mail_tld(domain: &[Folded]) -> bool {
    const TLDS: [&str; 24] = [
        "cn", "com", "net", "org", "edu", "gov", "info", "biz", "top", "xyz", "vip", "club",
        "site", "online", "io", "me", "cc", "tv", "co", "hk", "tw", "mo", "uk", "us",
    ];
    let name: String = domain.iter().map(|f| f.ch.to_ascii_lowercase()).collect();
    name.rsplit('.')
        .next()
        .is_some_and(|tld| name.contains('.') && TLDS.contains(&tld))
}

/// Addresses with `@` or dots spelled out (`zhangsan[at]example[dot]cn`, `zhang.san (at) example.cn`,
/// `zhangsan2023 at example dot cn`, `zhangsan艾特example.cn`, `zhangsan【at】example.cn`, `zhangsan(a)example.cn`,
/// `zhangsan#example.cn`, `zhangsan2023 @ example . cn`, `zhangsan@example点cn`), found by reading each spelled sign as the sign
/// into `view` (each keeps the original range of its whole token). An `at` between spaces only counts when the
/// address is not also plain English: the local part holds a digit or one of `._+-`, or the domain's dots are
/// spelled too.
pub fn detect_spelled(text: &[Folded], view: &mut Vec<Folded>, hits: &mut Vec<Hit>) {
    view.clear();
    // Positions in `view` of signs written between spaces, and of `#` read as `@`.
    let mut loose_at = Vec::new();
    let mut hash_at = Vec::new();
    let mut spelled_dots = Vec::new();
    // Whether the view is inside a domain: after an `@` of any spelling, with nothing but domain characters since.
    let mut in_domain = false;
    let mut i = 0;
    while i < text.len() {
        let c = text[i].ch;
        if let Some((sign, next)) = spaced_sign(text, i, in_domain) {
            match sign {
                '@' => loose_at.push(view.len()),
                '#' => hash_at.push(view.len()),
                _ => {}
            }
            in_domain = true;
            view.push(Folded {
                ch: if sign == '#' { '@' } else { sign },
                start: text[i].start,
                end: text[next - 1].end,
            });
            i = next;
            continue;
        }
        if c == '#' || (in_domain && matches!(c, '点' | '點' | '。')) {
            if c == '#' {
                hash_at.push(view.len());
            } else {
                spelled_dots.push(view.len());
            }
            in_domain = true;
            view.push(Folded {
                ch: if c == '#' { '@' } else { '.' },
                ..text[i]
            });
            i += 1;
            continue;
        }
        in_domain =
            c == '@' || (in_domain && (c.is_ascii_alphanumeric() || matches!(c, '.' | '-')));
        if let Some((sign, mut next, loose)) = spelled_at(text, i) {
            in_domain = true;
            let mut start = text[i].start;
            // Spaces around a bracketed sign belong to it: `zhangsan [at] example.cn`.
            if !loose {
                while let Some(space) = view.last().filter(|f| f.ch == ' ').copied() {
                    start = space.start;
                    view.pop();
                }
                while text.get(next).is_some_and(|f| f.ch == ' ') {
                    next += 1;
                }
            }
            if sign == '@' && loose {
                loose_at.push(view.len());
            }
            if sign == '.' {
                spelled_dots.push(view.len());
            }
            view.push(Folded {
                ch: sign,
                start,
                end: text[next - 1].end,
            });
            i = next;
            continue;
        }
        view.push(text[i]);
        i += 1;
    }
    let mut found = Vec::new();
    detect(view, &mut found);
    for h in found {
        let Some(at) = (h.start..h.end).find(|&k| view[k].ch == '@') else {
            continue;
        };
        let plain_english = loose_at.contains(&at)
            && !view[h.start..at]
                .iter()
                .any(|f| f.ch.is_ascii_digit() || "._+-".contains(f.ch))
            && !spelled_dots.iter().any(|d| (at..h.end).contains(d));
        // A `#` joins names and dotted words in CSS selectors and URL fragments (`div#main.content`, `a.html#top`):
        // it is an `@` only before a domain of a top-level domain that mail is sent to.
        let not_mail = hash_at.contains(&at) && !mail_tld(&view[at + 1..h.end]);
        if !plain_english && !not_mail {
            hits.push(Hit {
                kind: Kind::Email,
                start: h.start,
                end: h.end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    #[test]
    fn finds_addresses_touching_chinese() {
        let f = fold("邮箱zhang.san@mzj.example.gov.cn。");
        let mut h = Vec::new();
        detect(&f, &mut h);
        assert_eq!(h.len(), 1);
        let s: String = f[h[0].start..h[0].end].iter().map(|c| c.ch).collect();
        assert_eq!(s, "zhang.san@mzj.example.gov.cn");
        let f = fold("邮箱zhang.wei@example.cn-2023年起停用");
        let mut h = Vec::new();
        detect(&f, &mut h);
        let s: String = f[h[0].start..h[0].end].iter().map(|c| c.ch).collect();
        assert_eq!(s, "zhang.wei@example.cn");
        let mut h = Vec::new();
        detect(&fold("＠人民日报 @ 10点"), &mut h);
        assert!(h.is_empty());
        let f = fold("Mail zhangsan2023@例子.中国.");
        let mut h = Vec::new();
        detect(&f, &mut h);
        assert_eq!(h.len(), 1);
        let f = fold("邮箱zhangsan2023@例子.中国获取");
        let mut h = Vec::new();
        detect(&f, &mut h);
        let s: String = f[h[0].start..h[0].end].iter().map(|c| c.ch).collect();
        assert_eq!(s, "zhangsan2023@例子.中国");
    }

    fn spelled(s: &str) -> Vec<String> {
        let f = fold(s);
        let mut seen = SpelledAt::default();
        f.iter().for_each(|c| seen.see(c.ch));
        if !seen.found() {
            return Vec::new();
        }
        let (mut view, mut hits) = (Vec::new(), Vec::new());
        detect_spelled(&f, &mut view, &mut hits);
        hits.iter()
            .map(|h| s[view[h.start].start..view[h.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn addresses_with_spelled_signs() {
        for s in [
            "zhangsan2023[at]example.cn",
            "zhangsan(at)example(dot)cn",
            "zhangsan{at}example.cn",
            "zhangsan [ AT ] example [ DOT ] cn",
            "zhangsan2023 at example.cn",
            "zhangsan at example dot cn",
            "zhang.san at example.cn",
            "zhangsan艾特example.cn",
            "zhangsan2023#example.cn",
            "zhangsan2023 # example.cn",
            "zhangsan【at】example.cn",
            "zhangsan(a)example.cn",
            "zhangsan[@]example.cn",
            "zhangsan2023 @ example . cn",
            "zhangsan2023@example点cn",
            "zhangsan#example(dot)cn",
        ] {
            assert_eq!(spelled(&format!("邮箱：{s}。")), vec![s.to_string()], "{s}");
        }
        for s in [
            "Details are at www.example.gov.cn.",
            "we meet at the office at 9; see section 3 dot 2",
            "Look at data.json",
            "The rate (at 3.5%) is set.",
            "div#main.content p.note",
            "see page.html#top.",
            "话题#民政#，第3#楼",
            "the total (a) is 3.5 and (b) is 4",
            "a @ b",
        ] {
            assert!(spelled(s).is_empty(), "{s}: {:?}", spelled(s));
        }
    }
}
