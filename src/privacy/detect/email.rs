//! E-mail addresses: a local part, `@`, and a domain with a dot, found around each `@`.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

fn local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '.'
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
    }
}
