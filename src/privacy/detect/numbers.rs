//! ID numbers, phone numbers and bank cards: digit runs found by hand, not with `\b`, because Chinese characters
//! count as word characters to regex engines and 电话13800138000 has no word boundary. A run may be broken into
//! groups by spaces, hyphens, dots, brackets or a line break (138 0013 8000, 0871-6512 3456); every span of whole
//! groups is a candidate, so 编号12 13800138000 still yields the phone number.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

/// A digit group: its digits and its range of folded characters.
struct Group {
    digits: String,
    start: usize,
    end: usize,
}

pub fn detect(text: &[Folded], allow: &[String], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < text.len() {
        if !text[i].ch.is_ascii_digit() || (i > 0 && is_word(text[i - 1].ch)) {
            i += 1;
            continue;
        }
        let (groups, next) = run(text, i);
        let plus = i > 0 && text[i - 1].ch == '+';
        if groups.last().is_some_and(|g| {
            g.end < text.len() && is_word(text[g.end].ch) && !text[g.end].ch.is_ascii_digit()
        }) {
            // A run glued to letters on its right (an order code, a model number) is not a personal number, but its
            // earlier groups may be: drop only the last group.
            let keep = groups.len() - 1;
            candidates(text, &groups[..keep], plus, allow, hits);
        } else {
            candidates(text, &groups, plus, allow, hits);
        }
        i = next.max(i + 1);
    }
}

/// ASCII letters and digits glue to a run; Chinese characters and punctuation do not.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Reads groups from `start`; returns them and the index after the run.
fn run(text: &[Folded], start: usize) -> (Vec<Group>, usize) {
    let mut groups = Vec::new();
    let mut i = start;
    loop {
        let g_start = i;
        let mut digits = String::new();
        while i < text.len() && text[i].ch.is_ascii_digit() {
            digits.push(text[i].ch);
            i += 1;
        }
        // The ID check character, X or x, ends a run.
        if i < text.len()
            && matches!(text[i].ch, 'X' | 'x')
            && !(i + 1 < text.len() && is_word(text[i + 1].ch))
        {
            digits.push('X');
            i += 1;
            groups.push(Group {
                digits,
                start: g_start,
                end: i,
            });
            return (groups, i);
        }
        groups.push(Group {
            digits,
            start: g_start,
            end: i,
        });
        // Between groups: any amount of white space (a wrapped or indented line, a Markdown hard break's trailing
        // spaces) and at most two punctuation separators.
        let mut j = i;
        let mut marks = 0;
        while j < text.len()
            && j - i < 12
            && (text[j].ch.is_whitespace() || (is_separator(text[j].ch) && marks < 2))
        {
            if !text[j].ch.is_whitespace() {
                marks += 1;
            }
            j += 1;
        }
        let digits_so_far: usize = groups.iter().map(|g| g.digits.len()).sum();
        if j > i && j < text.len() && text[j].ch.is_ascii_digit() {
            i = j;
        } else if j > i && j < text.len() && matches!(text[j].ch, 'X' | 'x') && digits_so_far == 17
        {
            // The ID check character written apart from the digits.
            groups.push(Group {
                digits: "X".into(),
                start: j,
                end: j + 1,
            });
            return (groups, j + 1);
        } else {
            return (groups, i);
        }
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '.' | '(' | ')' | '/' | '\\')
}

fn candidates(
    text: &[Folded],
    groups: &[Group],
    plus: bool,
    allow: &[String],
    hits: &mut Vec<Hit>,
) {
    let mut a = 0;
    'outer: while a < groups.len() {
        for b in (a..groups.len()).rev() {
            let digits: String = groups[a..=b].iter().map(|g| g.digits.as_str()).collect();
            if digits.len() < 7 || allow.contains(&digits) {
                continue;
            }
            let context = context_before(text, groups[a].start);
            if let Some(kind) = classify(&digits, &groups[a..=b], plus && a == 0, context) {
                hits.push(Hit {
                    kind,
                    start: groups[a].start,
                    end: groups[b].end,
                });
                a = b + 1;
                continue 'outer;
            }
        }
        a += 1;
    }
}

/// Words that make a bare number personal: within a few characters before it.
#[derive(Debug, Clone, Copy, Default)]
struct Context {
    id: bool,
    card: bool,
}

fn context_before(text: &[Folded], start: usize) -> Context {
    let from = start.saturating_sub(12);
    let before: String = text[from..start]
        .iter()
        .map(|f| f.ch.to_ascii_lowercase())
        .collect();
    Context {
        id: ["身份证", "证件号", "公民身份", "id", "证号"]
            .iter()
            .any(|w| before.contains(w)),
        card: [
            "卡号",
            "银行卡",
            "账号",
            "帐号",
            "账户",
            "帐户",
            "card",
            "社保卡",
        ]
        .iter()
        .any(|w| before.contains(w)),
    }
}

fn classify(d: &str, groups: &[Group], plus: bool, ctx: Context) -> Option<Kind> {
    if is_id18(d) {
        return Some(Kind::IdNumber);
    }
    if ctx.id && is_id15(d) {
        return Some(Kind::IdNumber);
    }
    if d.contains('X') {
        return None;
    }
    if is_mobile(d, plus) {
        return Some(Kind::Mobile);
    }
    if is_landline(d, groups) {
        return Some(Kind::Landline);
    }
    if let Some(national) = national_landline(d, groups, plus) {
        return Some(national);
    }
    if is_bank_card(d, ctx.card) {
        return Some(Kind::BankCard);
    }
    None
}

/// Province-level codes of GB/T 2260, plus 81/82/83 for Hong Kong, Macau and Taiwan residence permits.
fn known_province(p: &str) -> bool {
    matches!(
        p.parse::<u32>(),
        Ok(11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83)
    )
}

fn real_date(y: u32, m: u32, d: u32) -> bool {
    crate::validate::date::is_real(y, m, d)
}

fn num(s: &str) -> u32 {
    s.parse().unwrap_or(0)
}

/// GB 11643-1999: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; check = (12 − Σ mod 11) mod 11, 10 written X.
pub fn id_check_char(first17: &str) -> Option<char> {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in first17.chars().zip(W) {
        sum += c.to_digit(10)? * w;
    }
    let check = (12 - sum % 11) % 11;
    Some(if check == 10 {
        'X'
    } else {
        char::from_digit(check, 10)?
    })
}

fn is_id18(d: &str) -> bool {
    if d.len() != 18 || !known_province(&d[..2]) {
        return false;
    }
    let (y, m, day) = (num(&d[6..10]), num(&d[10..12]), num(&d[12..14]));
    if !(1800..=2100).contains(&y) || !real_date(y, m, day) {
        return false;
    }
    id_check_char(&d[..17]).is_some_and(|c| d.ends_with(c))
}

fn is_id15(d: &str) -> bool {
    d.len() == 15
        && d.bytes().all(|b| b.is_ascii_digit())
        && known_province(&d[..2])
        && real_date(1900 + num(&d[6..8]), num(&d[8..10]), num(&d[10..12]))
}

fn is_mobile(d: &str, plus: bool) -> bool {
    let core = if d.len() == 15 && d.starts_with("0086") {
        &d[4..]
    } else if d.len() == 13 && d.starts_with("86") && (plus || d.as_bytes()[2] == b'1') {
        &d[2..]
    } else {
        d
    };
    core.len() == 11 && core.starts_with('1') && matches!(core.as_bytes()[1], b'3'..=b'9')
}

/// Area code (010, 02X, or 0 plus three digits) and a local number of 7 or 8 digits starting 2–9, with an optional
/// extension group.
fn is_landline(d: &str, groups: &[Group]) -> bool {
    if !d.starts_with('0') || d.starts_with("00") {
        return false;
    }
    let area_len = if d.starts_with("010") || d.starts_with("02") {
        3
    } else {
        4
    };
    let local_ok = |local: &str| (7..=8).contains(&local.len()) && !local.starts_with(['0', '1']);
    match groups.len() {
        1 => d.len() > area_len && local_ok(&d[area_len..]),
        _ => {
            let area = &groups[0].digits;
            let local: String = groups[1..]
                .iter()
                .take(2)
                .map(|g| g.digits.as_str())
                .collect::<Vec<_>>()
                .concat();
            let plain_local = &groups[1].digits;
            (area.len() == 3 || area.len() == 4)
                && area.len() == area_len
                && (local_ok(plain_local) || (groups.len() >= 3 && local_ok(&local)))
                && groups.len() <= 4
                && groups.last().is_some_and(|g| g.digits.len() <= 8)
        }
    }
}

/// +86 or 0086 before an area code written without its trunk 0 (+86 871 6512 3456): put the 0 back and check
/// the rest as a landline.
fn national_landline(d: &str, groups: &[Group], plus: bool) -> Option<Kind> {
    let prefix = if plus { "86" } else { "0086" };
    let rest = d.strip_prefix(prefix).filter(|r| !r.starts_with('0'))?;
    let mut regrouped: Vec<Group> = Vec::with_capacity(groups.len());
    let mut skip = prefix.len();
    for g in groups {
        if skip >= g.digits.len() {
            skip -= g.digits.len();
            continue;
        }
        regrouped.push(Group {
            digits: g.digits[skip..].to_string(),
            start: g.start,
            end: g.end,
        });
        skip = 0;
    }
    let first = regrouped.first_mut()?;
    first.digits.insert(0, '0');
    is_landline(&format!("0{rest}"), &regrouped).then_some(Kind::Landline)
}

pub fn luhn(d: &str) -> bool {
    let mut sum = 0;
    for (i, c) in d.chars().rev().enumerate() {
        let Some(mut v) = c.to_digit(10) else {
            return false;
        };
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// 16 to 19 digits passing Luhn, with a card-scheme prefix (UnionPay 62, Visa 4, Mastercard 51–55 and 22–27, JCB 35)
/// or a word such as 卡号 before it. Lengths 17 and 18, which project and document numbers often have, need the
/// UnionPay prefix or the context word.
fn is_bank_card(d: &str, context: bool) -> bool {
    if !(16..=19).contains(&d.len()) || !luhn(d) {
        return false;
    }
    if context {
        return true;
    }
    let p2 = num(&d[..2]);
    let scheme = d.starts_with("62")
        || d.starts_with('4')
        || (51..=55).contains(&p2)
        || (22..=27).contains(&p2)
        || p2 == 35;
    match d.len() {
        17 | 18 => d.starts_with("62"),
        _ => scheme,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        let f = fold(s);
        let mut hits = Vec::new();
        detect(&f, &["12345".to_string()], &mut hits);
        hits.iter()
            .map(|h| (h.kind, f[h.start..h.end].iter().map(|c| c.ch).collect()))
            .collect()
    }

    /// A valid ID built from parts, so tests never carry a real person's number.
    pub fn make_id(prefix6: &str, date: &str, seq: &str) -> String {
        let first = format!("{prefix6}{date}{seq}");
        format!("{first}{}", id_check_char(&first).unwrap_or('0'))
    }

    #[test]
    fn ids_with_checksum_date_and_province() {
        let id = make_id("110101", "19491001", "123");
        assert_eq!(
            kinds(&format!("身份证{id}号")),
            vec![(Kind::IdNumber, id.clone())]
        );
        let mut bad = id.clone();
        bad.pop();
        bad.push(if id.ends_with('0') { '1' } else { '0' });
        assert!(kinds(&bad).is_empty(), "wrong check digit");
        let old = make_id("990101", "19491001", "123");
        assert!(kinds(&old).is_empty(), "unknown province");
    }

    #[test]
    fn lower_case_x_and_full_width_digits() {
        let mut seq = 0;
        let id = loop {
            let id = make_id("530102", "19080101", &format!("{seq:03}"));
            if id.ends_with('X') {
                break id;
            }
            seq += 1;
        };
        let lower = id.to_lowercase();
        assert_eq!(kinds(&lower).len(), 1);
        assert_eq!(
            kinds(&format!("{} X", &id[..17])).len(),
            1,
            "check character written apart"
        );
        let wide: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(kinds(&wide).len(), 1);
    }

    #[test]
    fn fifteen_digit_ids_need_context() {
        assert!(kinds("编号110101491001123").is_empty());
        assert_eq!(kinds("身份证号：110101491001123").len(), 1);
    }

    #[test]
    fn mobiles_in_every_spelling() {
        for s in [
            "电话13800138000",
            "+86 138 0013 8000",
            "0086-13800138000",
            "138-0013-8000",
            "138\n0013\n8000",
            "８６１３８００１３８０００",
            "138    \n0013 8000",
            "138\\\n00138000",
            "- 电话138\n     00138000",
        ] {
            assert_eq!(kinds(s).first().map(|k| k.0), Some(Kind::Mobile), "{s}");
        }
        assert!(
            kinds("编号12 13800138000")
                .iter()
                .any(|k| k.0 == Kind::Mobile)
        );
        assert!(kinds("A13800138000").is_empty(), "glued to letters");
    }

    #[test]
    fn landlines_with_area_codes() {
        for s in [
            "0871-65123456",
            "(010)87654321",
            "020 8765 4321",
            "0871-6512345-801",
            "电话：02187654321",
            "+86 871 6512 3456",
            "+86-871-65123456",
            "0086 10 8765 4321",
        ] {
            assert_eq!(kinds(s).first().map(|k| k.0), Some(Kind::Landline), "{s}");
        }
    }

    #[test]
    fn bank_cards_pass_luhn_and_have_a_prefix_or_context() {
        assert!(luhn("6222020200112233445") || !luhn("6222020200112233445"));
        let mut card = String::from("621700000000000000");
        for d in 0..10 {
            let c = format!("{card}{d}");
            if luhn(&c) {
                card = c;
                break;
            }
        }
        assert_eq!(card.len(), 19);
        assert_eq!(
            kinds(&format!("工资卡{card}")).first().map(|k| k.0),
            Some(Kind::BankCard)
        );
        assert_eq!(kinds(&card[..4]).len(), 0);
    }

    #[test]
    fn statistics_are_not_numbers_of_people() {
        for s in [
            "17265.21万元",
            "20775户36758人",
            "2023年1月1日",
            "20231231",
            "650000",
            "2642399.63",
            "1－10月",
            "12345热线",
            "400-820-8820",
            "4008208820",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }
}
