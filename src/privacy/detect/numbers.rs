//! ID numbers, phone numbers and bank cards: digit runs found by hand, not with `\b`, because Chinese characters
//! count as word characters to regex engines and 电话13800138000 has no word boundary. A run may be broken into
//! groups by spaces, a line break or one separator (138 0013 8000, 0871-6512 3456, 138·0013·8000, 138、0013、8000);
//! every span of whole groups is a candidate, so 编号12 13800138000 still yields the phone number. A span counts only
//! in a grouping such a number is written in (phones 3-4-4 or 3-8 after an optional +86, cards in fours, a
//! landline's area code apart), so figures that merely stand side by side (第150期 2020-07-11) never join; a date,
//! an amount (a figure with a decimal part or followed by a unit such as 元 or 人) and a new list item end a run.

use super::{Hit, Kind};
use crate::privacy::normalize::Folded;

/// What stands between a group and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// The first group of a run.
    Start,
    /// Spaces or line breaks only.
    Space,
    /// One separator, with or without spaces around it.
    Mark(char),
}

/// A digit group: its digits (a range of the run's digit buffer), its range of folded characters and its gap.
#[derive(Debug, Clone, Copy)]
struct Group {
    from: usize,
    to: usize,
    start: usize,
    end: usize,
    gap: Gap,
}

impl Group {
    fn len(&self) -> usize {
        self.to - self.from
    }
}

/// Letters touching a run on the left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glue {
    None,
    /// A label such as `ID`, `Tel` or `No`.
    Label,
    /// A short prefix of one to six letters starting a word (`wx`, `t`, `qq`, `weixin`): a WeChat ID that is the
    /// phone number, a typed-over label. What follows reads as if nothing were glued, unless letters follow it too.
    Short,
    /// Any other letters: an order code, a model number, a hash.
    Other,
}

/// Buffers reused for every run of a text, and kept by the caller from one text to the next.
#[derive(Default)]
pub struct Scratch {
    digits: String,
    groups: Vec<Group>,
    candidate: String,
}

/// `digits`: where the runs of ASCII digits of `text` start ([`super::starts::Starts`]); a run that one before
/// it took in (across a gap) is not read again.
pub fn detect(
    text: &[Folded],
    digits: &[usize],
    allow: &[String],
    s: &mut Scratch,
    hits: &mut Vec<Hit>,
) {
    let mut i = 0;
    for &start in digits {
        if start < i {
            continue;
        }
        i = start;
        let next = run(text, i, s);
        // Every candidate holds seven digits or more (see `candidates`): a shorter run, the common figure, is
        // passed over at once.
        if s.digits.len() < 7 {
            // Rare: a short figure before an ASCII comma or semicolon; only then is the phone word looked for.
            let comma = text.get(next).is_some_and(|f| matches!(f.ch, ',' | ';'));
            i = match comma.then(|| comma_mobile(text, i, hits)).flatten() {
                Some(end) => end,
                None => next.max(i + 1),
            };
            continue;
        }
        let glue = glue_before(text, i);
        let plus = i > 0 && text[i - 1].ch == '+';
        let right_glued = text.get(next).is_some_and(|f| f.ch.is_ascii_alphabetic());
        // Letters on both sides (a13800138000f) are a hash or a code, not a prefixed number.
        let glue = if glue == Glue::Short && right_glued {
            Glue::Other
        } else {
            glue
        };
        // An ID number is one whatever follows it (身份证…号, …平方米 written after it): only other figures become
        // amounts.
        let usable = if is_id18(&s.digits) {
            s.groups.len()
        } else {
            usable_groups(text, next, s)
        };
        let mut from = 0;
        // Dates inside the run split it: neither side joins a date.
        while from < usable {
            let to = (from..usable)
                .find(|&k| date_at(s, k, usable))
                .unwrap_or(usable);
            let sides = Sides {
                glue: if from == 0 { glue } else { Glue::None },
                right_glued: right_glued && to == s.groups.len(),
                plus: plus && from == 0,
            };
            candidates(text, s, from..to, sides, allow, hits);
            from = if to < usable { to + 3 } else { usable };
        }
        i = next.max(i + 1);
    }
}

/// A mobile number grouped 3-4-4 with ASCII commas or semicolons (`电话138,0013,8000`, `Tel 138; 0013; 8000`),
/// which counts only right after a phone word: figures of a CSV row or a list (`150,2000,1380`) take that shape,
/// and a thousands grouping never does (its groups are of three). Returns where the number ends.
fn comma_mobile(text: &[Folded], start: usize, hits: &mut Vec<Hit>) -> Option<usize> {
    let digit = |j: usize| text.get(j).is_some_and(|f| f.ch.is_ascii_digit());
    if start > 0 && text[start - 1].ch.is_ascii_alphanumeric() {
        return None;
    }
    let (mut i, mut lens, mut first) = (start, Vec::with_capacity(3), String::new());
    loop {
        let g = i;
        while digit(i) {
            if first.len() < 2 {
                first.push(text[i].ch);
            }
            i += 1;
        }
        lens.push(i - g);
        if lens.len() == 3 || lens[lens.len() - 1] > 4 {
            break;
        }
        let mut j = i;
        while text.get(j).is_some_and(|f| f.ch == ' ') {
            j += 1;
        }
        let ascii_mark = text
            .get(j)
            .is_some_and(|f| matches!(f.ch, ',' | ';') && f.end - f.start == 1);
        if !ascii_mark {
            return None;
        }
        j += 1;
        while text.get(j).is_some_and(|f| f.ch == ' ') {
            j += 1;
        }
        if !digit(j) {
            return None;
        }
        i = j;
    }
    let mobile = lens == [3, 4, 4]
        && first.starts_with('1')
        && first
            .as_bytes()
            .get(1)
            .is_some_and(|b| (b'3'..=b'9').contains(b))
        && !text.get(i).is_some_and(|f| f.ch.is_ascii_alphanumeric());
    if !mobile || !context_before(text, start).phone {
        return None;
    }
    hits.push(Hit {
        kind: Kind::Mobile,
        start,
        end: i,
    });
    Some(i)
}

/// Whether a number that [`detect`] could find in `text` may start within its first [`CONTEXT_BEFORE`]
/// characters, where the window of [`context_before`] reaches before the text: the runs that start there are read
/// as `detect` reads them, and any group of them that starts there with seven digits or more from it to the end of
/// its run counts (more than any candidate `detect` makes of it).
pub fn reaches_back(text: &[Folded], s: &mut Scratch) -> bool {
    let mut i = 0;
    while i < text.len().min(CONTEXT_BEFORE) {
        if !text[i].ch.is_ascii_digit() || (i > 0 && text[i - 1].ch.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let next = run(text, i, s);
        let mut from_here: usize = s.groups.iter().map(Group::len).sum();
        for g in &s.groups {
            if g.start >= CONTEXT_BEFORE {
                break;
            }
            if from_here >= 7 {
                return true;
            }
            from_here -= g.len();
        }
        i = next.max(i + 1);
    }
    false
}

/// Whether groups `k..k+3` read as a date: 19xx or 20xx, then month and day of one or two digits, one separator.
fn date_at(s: &Scratch, k: usize, usable: usize) -> bool {
    if k + 3 > usable {
        return false;
    }
    let g = &s.groups[k..k + 3];
    let year = &s.digits[g[0].from..g[0].to];
    let (Gap::Mark(a), Gap::Mark(b)) = (g[1].gap, g[2].gap) else {
        return false;
    };
    a == b
        && matches!(a, '-' | '.' | '/')
        && year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && (1..=2).contains(&g[1].len())
        && (1..=2).contains(&g[2].len())
}

/// How many groups from the start can belong to a personal number: an amount at the end of the run (a decimal part,
/// a unit after it, with its thousands groups) is cut off.
fn usable_groups(text: &[Folded], next: usize, s: &Scratch) -> usize {
    let g = &s.groups;
    let n = g.len();
    // A unit makes an amount of a figure written whole or in thousands (158 230 451 元), not of a number in
    // another grouping or of a mobile number (13800138000张先生 is a phone and a surname).
    let last = &g[n - 1];
    let unit = unit_at(text, next)
        && match (n, last.gap) {
            // Amounts written whole have at most twelve digits (千亿); a longer run may be an ID, card or
            // prefixed phone.
            (1, _) => {
                let d = &s.digits[last.from..last.to];
                d.len() <= 12 && !(d.len() == 11 && d.starts_with('1'))
            }
            (_, Gap::Space) => last.len() == 3 && g[n - 2].len() <= 3,
            (_, Gap::Mark('.')) => true,
            _ => false,
        };
    let decimal = n >= 2
        && g[n - 1].gap == Gap::Mark('.')
        && (g[n - 1].len() <= 2 || unit)
        && !(n >= 3 && g[n - 2].gap == Gap::Mark('.'));
    if !decimal && !unit {
        return n;
    }
    let mut first = if decimal { n - 2 } else { n - 1 };
    while first > 0
        && matches!(g[first].gap, Gap::Space | Gap::Mark(','))
        && g[first].len() == 3
        && g[first - 1].len() <= 3
    {
        first -= 1;
    }
    first
}

/// Units and counters that make the figure before them an amount.
fn unit_at(text: &[Folded], mut i: usize) -> bool {
    while text.get(i).is_some_and(|f| f.ch == ' ') {
        i += 1;
    }
    let Some(c) = text.get(i).map(|f| f.ch) else {
        return false;
    };
    matches!(
        c,
        '元' | '万'
            | '亿'
            | '千'
            | '百'
            | '户'
            | '人'
            | '个'
            | '%'
            | '‰'
            | '次'
            | '张'
            | '床'
            | '名'
            | '件'
            | '岁'
            | '吨'
            | '亩'
            | '台'
            | '辆'
            | '套'
            | '间'
            | '份'
            | '项'
            | '笔'
            | '倍'
            | '册'
            | '平'
            | '公'
            | '米'
            | '斤'
            | '克'
    )
}

/// Letters glued to the left of a digit run, and whether they are a label.
fn glue_before(text: &[Folded], i: usize) -> Glue {
    let mut s = i;
    while s > 0 && text[s - 1].ch.is_ascii_alphabetic() {
        s -= 1;
    }
    // No letters, or the check character of a number just before (…611X13800138000): nothing glued.
    if s == i || (s > 0 && text[s - 1].ch.is_ascii_digit() && i - s == 1) {
        return Glue::None;
    }
    // Letters after a digit (3ab13800138000) are part of a code or a hash.
    if i - s > 6 || (s > 0 && text[s - 1].ch.is_ascii_digit()) {
        return Glue::Other;
    }
    let mut buf = [0u8; 6];
    for (b, f) in buf.iter_mut().zip(&text[s..i]) {
        *b = f.ch.to_ascii_lowercase() as u8;
    }
    let word = std::str::from_utf8(&buf[..i - s]).unwrap_or("");
    const LABELS: [&str; 16] = [
        "id", "tel", "phone", "mobile", "mob", "cell", "fax", "no", "num", "number", "sfz", "sfzh",
        "card", "hp", "mp", "ph",
    ];
    if LABELS.contains(&word) {
        Glue::Label
    } else {
        Glue::Short
    }
}

/// Reads groups from `start` into `s`; returns the index after the run.
fn run(text: &[Folded], start: usize, s: &mut Scratch) -> usize {
    s.digits.clear();
    s.groups.clear();
    let mut i = start;
    let mut gap = Gap::Start;
    loop {
        let g_start = i;
        let from = s.digits.len();
        while i < text.len() && text[i].ch.is_ascii_digit() {
            s.digits.push(text[i].ch);
            i += 1;
        }
        // The ID check character, X or x, ends a run (or a group) of 17 digits.
        if (s.digits.len() == 17 || s.digits.len() - from == 17)
            && i < text.len()
            && matches!(text[i].ch, 'X' | 'x')
        {
            s.digits.push('X');
            i += 1;
            s.groups.push(Group {
                from,
                to: s.digits.len(),
                start: g_start,
                end: i,
                gap,
            });
            return i;
        }
        s.groups.push(Group {
            from,
            to: s.digits.len(),
            start: g_start,
            end: i,
            gap,
        });
        match gap_after(text, i) {
            // A field of a CSV or TSV row ends at the line break: the next row's first figure is another field.
            Some((_, j))
                if after_field_delimiter(text, g_start)
                    && text[i..j].iter().any(|f| f.ch == '\n') =>
            {
                return i;
            }
            Some((g, j)) if text[j].ch.is_ascii_digit() => {
                gap = g;
                i = j;
            }
            Some((g, j)) if s.digits.len() == 17 && matches!(text[j].ch, 'X' | 'x') => {
                // The ID check character written apart from the digits.
                let from = s.digits.len();
                s.digits.push('X');
                s.groups.push(Group {
                    from,
                    to: s.digits.len(),
                    start: j,
                    end: j + 1,
                    gap: g,
                });
                return j + 1;
            }
            _ => return i,
        }
    }
}

/// The gap after a group ending at `i`: any amount of white space (a wrapped or indented line, a Markdown hard
/// break's trailing spaces) and at most one separator, or a backslash hard break. A line break followed by a list
/// marker or a table bar starts a new item: no gap. Returns the gap and the index of what follows it.
fn gap_after(text: &[Folded], i: usize) -> Option<(Gap, usize)> {
    let mut j = i;
    let mut mark = None;
    let mut newline = false;
    while j < text.len() && j - i < 12 {
        let c = text[j].ch;
        if c.is_whitespace() {
            newline |= c == '\n';
        } else if is_separator(c) && mark.is_none() {
            if newline && matches!(c, '-' | '+') {
                return None;
            }
            mark = Some(c);
        } else {
            break;
        }
        j += 1;
    }
    if j == i || j >= text.len() {
        return None;
    }
    Some((mark.map_or(Gap::Space, Gap::Mark), j))
}

/// Whether the group starting at `start` is a field of a delimited row: an ASCII comma, semicolon or tab before it.
fn after_field_delimiter(text: &[Folded], start: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|k| text.get(k))
        // Written as ASCII: a full-width `；` folds to `;` but ends a clause of prose, not a field.
        .is_some_and(|f| matches!(f.ch, ',' | ';' | '\t') && f.end - f.start == 1)
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '.' | '(' | ')' | '/' | '\\' | '·' | '・' | '•' | '_' | '，' | '、' | '~'
    ) || is_weak(c)
}

/// Separators that also stand between the figures of a list (第1、2、3项, 1～3月), a time or ratio (8:30, 1:2), a
/// sum (3+4) or a sentence (1。2。): a number written with them counts only in its most typical grouping (a mobile 3-4-4, an ID, a card after a word such as 卡号).
fn is_weak(c: char) -> bool {
    matches!(
        c,
        '·' | '・'
            | '•'
            | '_'
            | '，'
            | '、'
            | '~'
            | '。'
            | ':'
            | '+'
            | '\''
            | '‧'
            | '∙'
            | '⋅'
            | '⁄'
            | '∕'
            | '【'
            | '】'
    )
}

/// What surrounds a span of groups.
#[derive(Debug, Clone, Copy)]
struct Sides {
    glue: Glue,
    right_glued: bool,
    plus: bool,
}

fn candidates(
    text: &[Folded],
    s: &mut Scratch,
    range: std::ops::Range<usize>,
    sides: Sides,
    allow: &[String],
    hits: &mut Vec<Hit>,
) {
    let mut a = range.start;
    'outer: while a < range.end {
        if let Some((kind, n)) = digit_by_digit(s, a, range.end, allow) {
            hits.push(Hit {
                kind,
                start: s.groups[a].start,
                end: s.groups[a + n - 1].end,
            });
            a += n;
            continue;
        }
        // Looked up only for a span long enough to be a number of a person: most runs are short figures.
        let mut context = None;
        // No personal number has more than 23 digits (0086 and a 19-digit card) or 8 groups: a long list of figures
        // (a JSON array, a table row) is read in windows, not as every span of it.
        let mut last = a;
        let mut n = 0;
        while last < range.end && last - a < 8 {
            n += s.groups[last].len();
            if n > 23 {
                break;
            }
            last += 1;
        }
        for b in (a..last).rev() {
            s.candidate.clear();
            for g in &s.groups[a..=b] {
                s.candidate.push_str(&s.digits[g.from..g.to]);
            }
            if s.candidate.len() < 7 || allow.contains(&s.candidate) {
                continue;
            }
            let here = Sides {
                glue: if a == range.start {
                    sides.glue
                } else {
                    Glue::None
                },
                right_glued: sides.right_glued && b + 1 == s.groups.len(),
                plus: sides.plus && a == range.start,
            };
            let ctx = *context.get_or_insert_with(|| context_before(text, s.groups[a].start));
            if let Some(kind) = classify(&s.candidate, &s.groups[a..=b], here, ctx) {
                hits.push(Hit {
                    kind,
                    start: s.groups[a].start,
                    end: s.groups[b].end,
                });
                a = b + 1;
                continue 'outer;
            }
        }
        a += 1;
    }
}

/// A number written one digit at a time (`1 3 8 0 0 1 3 8 0 0 0`), longer than the eight groups [`candidates`]
/// reads at once: at least eleven single digits from group `a`, with one kind of gap, read as a phone (11), an ID
/// number (18, check character included) or a card (16 to 19, Luhn and a scheme prefix). Returns the kind and how
/// many groups it takes.
fn digit_by_digit(
    s: &mut Scratch,
    a: usize,
    end: usize,
    allow: &[String],
) -> Option<(Kind, usize)> {
    const MIN: usize = 11;
    let g = &s.groups;
    if g[a].len() != 1 || a + MIN > end {
        return None;
    }
    let gap = g.get(a + 1)?.gap;
    let n = (a + 1..end)
        .take_while(|&k| g[k].len() == 1 && g[k].gap == gap)
        .count()
        + 1;
    if n < MIN {
        return None;
    }
    s.candidate.clear();
    for k in &g[a..a + n.min(19)] {
        s.candidate.push_str(&s.digits[k.from..k.to]);
    }
    let d = s.candidate.as_str();
    let whole = |len: usize| d.get(..len).filter(|p| !allow.iter().any(|x| x == p));
    if let Some(id) = whole(18).filter(|p| is_id18(p)) {
        return Some((Kind::IdNumber, id.len()));
    }
    for len in (16..=19).rev() {
        if whole(len).is_some_and(|p| luhn(p) && scheme(p)) {
            return Some((Kind::BankCard, len));
        }
    }
    whole(11)
        .filter(|p| p.starts_with('1') && matches!(p.as_bytes()[1], b'3'..=b'9'))
        .map(|p| (Kind::Mobile, p.len()))
}

/// Words that make a bare number personal: within a few characters before it.
#[derive(Debug, Clone, Copy, Default)]
struct Context {
    id: bool,
    card: bool,
    phone: bool,
}

/// How many folded characters before a number [`context_before`] reads.
pub const CONTEXT_BEFORE: usize = 12;

fn context_before(text: &[Folded], start: usize) -> Context {
    let mut window = String::with_capacity(48);
    window.extend(
        text[start.saturating_sub(CONTEXT_BEFORE)..start]
            .iter()
            .map(|f| f.ch.to_ascii_lowercase()),
    );
    let near_from = window.char_indices().rev().nth(7).map_or(0, |(b, _)| b);
    let near = &window[near_from..];
    Context {
        id: [
            "身份证",
            "证件号",
            "公民身份",
            "id",
            "证号",
            "户主",
            "编号",
            "身份號",
            "身份證",
        ]
        .iter()
        .any(|w| word_end(&window, w).is_some()),
        card: [
            "卡号",
            "银行卡",
            "账号",
            "帐号",
            "账户",
            "帐户",
            "card",
            "社保卡",
            "卡號",
            "賬號",
        ]
        .iter()
        .any(|w| word_end(&window, w).is_some()),
        phone: [
            "电话",
            "電話",
            "手机",
            "座机",
            "联系方式",
            "tel",
            "phone",
            "传真",
            "fax",
        ]
        .iter()
        .any(|w| {
            // The word must be the last thing before the number: no other figure between them.
            word_end(near, w).is_some_and(|e| !near[e..].bytes().any(|b| b.is_ascii_digit()))
        }),
    }
}

/// Where the last occurrence of `word` in the lower-cased `text` ends; an ASCII word only as a whole word (`paid`
/// does not contain `id`).
fn word_end(text: &str, word: &str) -> Option<usize> {
    let ascii = word.is_ascii();
    text.rmatch_indices(word)
        .find(|(k, _)| {
            !ascii
                || (!text[..*k].ends_with(|c: char| c.is_ascii_alphabetic())
                    && !text[k + word.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
        })
        .map(|(k, _)| k + word.len())
}

fn classify(d: &str, groups: &[Group], sides: Sides, ctx: Context) -> Option<Kind> {
    if is_id18(d) {
        return Some(Kind::IdNumber);
    }
    if sides.glue == Glue::Other {
        // A card glued between letters (x6217…y) is still a card when written whole with 16 to 19 digits, Luhn and a
        // scheme prefix: an order code or a hash seldom holds that many decimal digits in a row.
        let whole_card =
            groups.len() == 1 && d.len() >= 16 && is_bank_card(d, &[d.len()], &[Gap::Start], false);
        return whole_card.then_some(Kind::BankCard);
    }
    if ctx.id && is_id15(d) {
        return Some(Kind::IdNumber);
    }
    if d.contains('X') {
        return None;
    }
    // At most eight groups reach here (see `candidates`): kept on the stack.
    let mut len_buf = [0usize; 8];
    let mut gap_buf = [Gap::Start; 8];
    let n = groups.len().min(8);
    for (k, g) in groups.iter().take(n).enumerate() {
        len_buf[k] = g.len();
        gap_buf[k] = g.gap;
    }
    let (lens, gaps) = (&len_buf[..n], &gap_buf[..n]);
    if gaps[1..]
        .iter()
        .any(|g| matches!(g, Gap::Mark(c) if is_weak(*c)))
    {
        let mobile = is_mobile(d, lens, gaps, sides.plus) && lens.ends_with(&[3, 4, 4]);
        return if mobile {
            Some(Kind::Mobile)
        } else if ctx.card && is_bank_card(d, lens, gaps, true) {
            Some(Kind::BankCard)
        } else {
            None
        };
    }
    if is_mobile(d, lens, gaps, sides.plus) || (ctx.phone && is_mobile_after_phone_word(d, gaps)) {
        return Some(Kind::Mobile);
    }
    if sides.right_glued && sides.glue == Glue::None {
        return None;
    }
    if is_landline(d, lens) || national_landline(d, lens, gaps, sides.plus) {
        return Some(Kind::Landline);
    }
    if ctx.phone && is_local_number(d, lens) {
        return Some(Kind::Landline);
    }
    if is_bank_card(d, lens, gaps, ctx.card) {
        return Some(Kind::BankCard);
    }
    // A bank account need not pass a card's Luhn check: 16 to 19 digits written whole after 账号 or 卡号.
    if ctx.card && lens.len() == 1 && (16..=19).contains(&d.len()) {
        return Some(Kind::BankCard);
    }
    None
}

/// Whether every gap after the first of `gaps` is the same: a number is written with one kind of separator.
fn uniform(gaps: &[Gap]) -> bool {
    gaps.get(1)
        .is_none_or(|first| gaps[1..].iter().all(|g| g == first))
}

/// Province-level codes of GB/T 2260, plus 81/82/83 for Hong Kong, Macau and Taiwan residence permits.
pub(crate) fn known_province(p: &str) -> bool {
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

/// Personal data written over adjacent cells of one row (`110105` | `19491231002X`, `138` | `0013 8000`): the cells
/// joined as a person reads the row, taken only when every cell holds nothing but digit groups, the groups (cut at
/// cell ends and at spaces or hyphens in a cell) are those such a number is written in (15 digits 6-6-3, a mobile
/// number 3-4-4; an 18-character ID number in any, its check character is proof enough), and the whole validates:
/// an ID number's region, date and check character; a mobile number's prefix, and `phone_context` (a phone word in
/// the row or the column's heading), since counts beside counts (`150` | `2000` | `1380`) take a phone's shape.
pub fn split_over_cells(cells: &[&str], phone_context: bool) -> Option<Kind> {
    let mut digits = String::new();
    // The lengths of the digit groups, cut at cell ends and at separators inside a cell.
    let mut groups = Vec::new();
    let mut group = 0;
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.trim();
        if cell.is_empty() {
            return None;
        }
        let last = i + 1 == cells.len();
        let mut chars = cell.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '0'..='9' => digits.push(c),
                'X' | 'x' if last && chars.peek().is_none() => digits.push('X'),
                ' ' | '-' => {
                    if group < digits.len() {
                        groups.push(digits.len() - group);
                        group = digits.len();
                    }
                    continue;
                }
                _ => return None,
            }
        }
        if group < digits.len() {
            groups.push(digits.len() - group);
            group = digits.len();
        }
    }
    let shaped = |shapes: &[&[usize]]| shapes.contains(&groups.as_slice());
    match digits.len() {
        // The check character makes a chance match of two cells rare enough to take any cut.
        18 if is_id18(&digits) => Some(Kind::IdNumber),
        15 if shaped(&[&[6, 6, 3], &[6, 9], &[12, 3]]) && is_id15(&digits) => Some(Kind::IdNumber),
        11 if phone_context
            && shaped(&[&[3, 4, 4], &[3, 8], &[7, 4]])
            && digits.starts_with('1')
            && matches!(digits.as_bytes()[1], b'3'..=b'9') =>
        {
            Some(Kind::Mobile)
        }
        _ => None,
    }
}

/// Removes `n` leading digits from a grouping; `None` unless they are whole groups or a prefix of the first group.
fn strip_digits<'a>(lens: &[usize], gaps: &'a [Gap], n: usize) -> Option<(Vec<usize>, &'a [Gap])> {
    let first = *lens.first()?;
    if first == n {
        Some((lens[1..].to_vec(), &gaps[1..]))
    } else if first > n {
        let mut l = lens.to_vec();
        l[0] -= n;
        Some((l, gaps))
    } else {
        None
    }
}

/// 11 digits 1[3-9]…, after an optional 86, +86 or 0086, in a grouping phones are written in.
fn is_mobile(d: &str, lens: &[usize], gaps: &[Gap], plus: bool) -> bool {
    let prefix = if d.len() == 15 && d.starts_with("0086") {
        4
    } else if d.len() == 13 && d.starts_with("86") && (plus || d.as_bytes()[2] == b'1') {
        2
    } else {
        0
    };
    let core = &d[prefix..];
    if !(core.len() == 11 && core.starts_with('1') && matches!(core.as_bytes()[1], b'3'..=b'9')) {
        return false;
    }
    let Some((core_lens, core_gaps)) = strip_digits(lens, gaps, prefix) else {
        return false;
    };
    const SHAPES: [&[usize]; 7] = [
        &[11],
        &[3, 4, 4],
        &[3, 8],
        &[7, 4],
        &[4, 7],
        &[4, 3, 4],
        &[4, 4, 3],
    ];
    // The commonest grouping is read whatever separators it has (`(138)0013-8000`, `138-0013 8000`).
    SHAPES.contains(&core_lens.as_slice())
        && (uniform(&with_start(core_gaps)) || core_lens == [3, 4, 4])
}

/// A mobile number in any grouping with one kind of separator, which counts right after a word such as 电话 or 手机
/// (`电话 13 8001 38000`).
fn is_mobile_after_phone_word(d: &str, gaps: &[Gap]) -> bool {
    d.len() == 11 && d.starts_with('1') && matches!(d.as_bytes()[1], b'3'..=b'9') && uniform(gaps)
}

/// The gaps of a sub-grouping, its first gap counted as the start.
fn with_start(gaps: &[Gap]) -> Vec<Gap> {
    let mut g = gaps.to_vec();
    if let Some(first) = g.first_mut() {
        *first = Gap::Start;
    }
    g
}

/// A local number of 7 or 8 digits starting 2–9.
fn local_ok(len: usize, first: u8) -> bool {
    (7..=8).contains(&len) && !matches!(first, b'0' | b'1')
}

/// Area code (010, 02X, or 0 plus three digits) and a local number of 7 or 8 digits starting 2–9, in one group or
/// two (3-4, 4-4, 4-3, 3-5), with an optional extension group.
fn is_landline(d: &str, lens: &[usize]) -> bool {
    if !d.starts_with('0') || d.starts_with("00") {
        return false;
    }
    let area = if d.starts_with("010") || d.starts_with("02") {
        3
    } else {
        4
    };
    if lens.len() == 1 {
        return d.len() > area && local_ok(d.len() - area, d.as_bytes()[area]);
    }
    if lens[0] != area || lens.len() > 4 {
        return false;
    }
    let local_first = d.as_bytes()[area];
    let rest = &lens[1..];
    let ext_ok = |l: &[usize]| l.is_empty() || (l.len() == 1 && (1..=5).contains(&l[0]));
    if local_ok(rest[0], local_first) && ext_ok(&rest[1..]) {
        return true;
    }
    rest.len() >= 2
        && matches!((rest[0], rest[1]), (3, 4) | (4, 4) | (4, 3) | (3, 5))
        && local_ok(rest[0] + rest[1], local_first)
        && ext_ok(&rest[2..])
}

/// +86 or 0086 before an area code written without its trunk 0 (+86 871 6512 3456): put the 0 back and check
/// the rest as a landline.
fn national_landline(d: &str, lens: &[usize], gaps: &[Gap], plus: bool) -> bool {
    let prefix = if plus { "86" } else { "0086" };
    let Some(rest) = d.strip_prefix(prefix).filter(|r| !r.starts_with('0')) else {
        return false;
    };
    let Some((mut l, _)) = strip_digits(lens, gaps, prefix.len()) else {
        return false;
    };
    let Some(area) = l.first_mut() else {
        return false;
    };
    *area += 1;
    is_landline(&format!("0{rest}"), &l)
}

/// A local number without its area code, as written after 电话 or Tel: 7 or 8 digits, not a date.
fn is_local_number(d: &str, lens: &[usize]) -> bool {
    let looks_like_date = d.len() == 8
        && (d.starts_with("19") || d.starts_with("20"))
        && real_date(num(&d[..4]), num(&d[4..6]), num(&d[6..8]));
    local_ok(d.len(), d.as_bytes()[0])
        && !looks_like_date
        && matches!(lens, [7] | [8] | [3, 4] | [4, 4] | [4, 3])
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

/// Card-scheme prefixes: UnionPay 62, Visa 4, Mastercard 51–55 and 2221–2720, JCB 3528–3589, Discover 6011, 644–649
/// and 65, American Express 34 and 37 (15 digits), Diners Club 36 and 300–305 (14 digits).
fn scheme(d: &str) -> bool {
    let p = |n: usize| num(&d[..n]);
    if d.len() == 15 {
        return matches!(p(2), 34 | 37);
    }
    if d.len() == 14 {
        return p(2) == 36 || (300..=305).contains(&p(3));
    }
    d.starts_with("62")
        || d.starts_with('4')
        || (51..=55).contains(&p(2))
        || (2221..=2720).contains(&p(4))
        || (3528..=3589).contains(&p(4))
        || p(4) == 6011
        || (644..=649).contains(&p(3))
        || p(2) == 65
}

/// 15 to 19 digits passing Luhn, with a card-scheme prefix or a word such as 卡号 before it, written whole, in fours
/// (4-4-4-4-3), as American Express prints it (4-6-5), or wrapped over lines in groups of four or more. Lengths 17 and
/// 18, which project and document numbers often have, need the UnionPay prefix or the context word.
fn is_bank_card(d: &str, lens: &[usize], gaps: &[Gap], context: bool) -> bool {
    if !(14..=19).contains(&d.len()) || !luhn(d) {
        return false;
    }
    // Fourteen digits only for Diners Club, whatever stands before them.
    if d.len() == 14 && !scheme(d) {
        return false;
    }
    let n = lens.len();
    let shaped = n == 1
        || (lens[..n - 1].iter().all(|&l| l == 4)
            && (1..=7).contains(&lens[n - 1])
            && uniform(gaps))
        || lens == [4, 6, 5]
        || lens == [4, 6, 4]
        || (gaps.iter().all(|g| matches!(g, Gap::Start | Gap::Space))
            && lens.iter().all(|&l| l >= 4));
    if !shaped {
        return false;
    }
    if context {
        return d.len() >= 16 || scheme(d);
    }
    match d.len() {
        17 | 18 => d.starts_with("62"),
        _ => scheme(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::privacy::normalize::fold;

    fn kinds(s: &str) -> Vec<(Kind, String)> {
        let f = fold(s);
        let mut hits = Vec::new();
        detect(
            &f,
            &super::super::starts::Starts::of(&f).digits,
            &["12345".to_string()],
            &mut Scratch::default(),
            &mut hits,
        );
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
    fn numbers_written_digit_by_digit_other_separators_and_groupings_after_a_phone_word() {
        let id = make_id("110101", "19491001", "123");
        let spaced = |d: &str| d.chars().map(String::from).collect::<Vec<_>>().join(" ");
        for (text, kind) in [
            (spaced("13800138000"), Kind::Mobile),
            (spaced(&id), Kind::IdNumber),
            (spaced("6222021234567890128"), Kind::BankCard),
            ("138。0013。8000".to_string(), Kind::Mobile),
            ("138:0013:8000".to_string(), Kind::Mobile),
            ("138+0013+8000".to_string(), Kind::Mobile),
            ("(138)0013-8000".to_string(), Kind::Mobile),
            ("138-0013 8000".to_string(), Kind::Mobile),
            ("电话 13 8001 38000".to_string(), Kind::Mobile),
            ("手机：13800-138000".to_string(), Kind::Mobile),
            ("账号 6222021234567890127".to_string(), Kind::BankCard),
        ] {
            assert_eq!(
                kinds(&text).first().map(|k| k.0),
                Some(kind),
                "{}",
                text.len()
            );
        }
        for text in [
            "8:30-17:30，比例 1:2:3",
            "3+4+5 个，共 12 个",
            "1。申请 2。审核 3。公示",
            "1 2 3 4 5 6 7 8 9 10 11",
            "| 138 | 0013 | 8000 |",
            "13 8001 38000",
            "13800 138000",
            "账号数量 1380 个",
            "2023年1-12月",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn comma_groups_only_after_a_phone_word() {
        assert_eq!(
            kinds("电话138,0013,8000"),
            vec![(Kind::Mobile, "138,0013,8000".into())]
        );
        assert_eq!(
            kinds("Tel 138; 0013; 8000。"),
            vec![(Kind::Mobile, "138; 0013; 8000".into())]
        );
        assert!(kinds("150,2000,1380").is_empty());
        assert!(kinds("户数 138,0013,8000").is_empty());
        assert!(kinds("电话会议 138,000 元").is_empty());
        assert!(kinds("电话 138,0013,80001").is_empty());
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
        assert!(kinds("序号110101491001123").is_empty());
        assert!(kinds("paid 110101491001123").is_empty(), "whole words only");
        for s in [
            "身份证号：110101491001123",
            "户主 110101491001123",
            "编号110101491001123",
            "ID 110101491001123",
        ] {
            assert_eq!(kinds(s).len(), 1, "{s}");
        }
    }

    #[test]
    fn glued_letters_and_other_separators() {
        let id = make_id("110105", "19080101", "123");
        for s in [
            format!("ID{id}"),
            format!("NO.{id}"),
            "Tel13800138000".to_string(),
            "13800138000abc".to_string(),
            "138·0013·8000".to_string(),
            "138_0013_8000".to_string(),
            "138，0013，8000".to_string(),
            "138、0013、8000".to_string(),
            "138~0013~8000".to_string(),
            "138.0013.8000".to_string(),
            "138\u{3000}0013\u{3000}8000".to_string(),
            "１３８　００１３　８０００".to_string(),
        ] {
            assert_eq!(kinds(&s).len(), 1, "{s}");
        }
        assert!(kinds("a13800138000f").is_empty(), "inside a hash");
        assert!(kinds("3ab13800138000").is_empty(), "inside a hash");
        assert!(kinds("serialno13800138000").is_empty(), "inside a code");
        // A short prefix that is not a label: a WeChat ID that is the phone number, a typed-over label.
        for s in [
            "wx13800138000",
            "wxid13800138000",
            "t13800138000",
            "WX 138 wx13800138000",
            "weixin13800138000",
            "x138 0013 8000",
        ] {
            assert_eq!(kinds(s).last().map(|k| k.0), Some(Kind::Mobile), "{s}");
        }
        assert_eq!(kinds(&format!("sfz{id}")).len(), 1);
        assert_eq!(kinds("身份证x110101491001123").len(), 1);
        for s in [
            "DD202311300001",
            "v2023113000",
            "ISBN9787301234567",
            "QQ123456789",
            "ICP12345678",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }

    #[test]
    fn figures_side_by_side_never_join() {
        for s in [
            "民政简报第150期 2020-07-11",
            "民政简报150 2020-07-11",
            "床位 150\n2020-07-11",
            "158 230 451.00 元",
            "158 230 451 元",
            "共 1 380 013 人",
            "- 150\n- 2020\n- 0711",
            "| 150 | 2020 | 0711 |",
            "150 2020 07 11",
            "第1 3800 1380 00期",
            "13800138000.00元",
            "合计138,001,380元",
            "城关镇,8515,19454,11869,7585,2803.35",
            "[1834,2064,1306,758]",
            "1380,0013,8000",
            "分别为1380、2064、130",
            "第1、2、3、4、5、6、7项",
            "1~3月 4~6月",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
        assert_eq!(
            kinds("电话13800138000，150元"),
            vec![(Kind::Mobile, "13800138000".to_string())]
        );
        for s in [
            "联系电话13800138000张先生",
            "138 0013 8000张女士",
            "138-0013-8000元",
        ] {
            assert_eq!(kinds(s).first().map(|k| k.0), Some(Kind::Mobile), "{s}");
        }
        assert_eq!(
            kinds("13800138000 2020-07-11"),
            vec![(Kind::Mobile, "13800138000".to_string())]
        );
    }

    #[test]
    fn long_lists_of_figures_are_read_in_linear_time() {
        let list: String = (0..20_000).map(|i| format!("{},", i % 1000)).collect();
        let started = std::time::Instant::now();
        let _ = kinds(&list);
        assert!(started.elapsed().as_secs() < 5);
        assert_eq!(kinds(&format!("{list}13800138000")).len(), 1);
    }

    #[test]
    fn local_numbers_in_a_phone_context() {
        for s in [
            "电话：6512 3456",
            "联系电话 65123456",
            "Tel: 6512345",
            "座机8765-4321",
        ] {
            assert_eq!(kinds(s).first().map(|k| k.0), Some(Kind::Landline), "{s}");
        }
        for s in [
            "65123456",
            "电话会议 20231130",
            "hotel 65123456",
            "电话 12345",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }

    fn luhn_complete(prefix: &str, len: usize) -> String {
        let body = format!("{prefix}{}", "3".repeat(len - prefix.len() - 1));
        (0..10)
            .map(|d| format!("{body}{d}"))
            .find(|c| luhn(c))
            .unwrap_or_default()
    }

    #[test]
    fn cards_of_every_network_without_a_card_word() {
        for (prefix, len) in [
            ("6011", 16),
            ("65", 16),
            ("645", 16),
            ("34", 15),
            ("37", 15),
            ("3528", 16),
            ("3589", 16),
            ("62", 19),
            ("4", 16),
            ("51", 16),
            ("2221", 16),
            ("2720", 16),
        ] {
            let c = luhn_complete(prefix, len);
            assert_eq!(kinds(&c).first().map(|k| k.0), Some(Kind::BankCard), "{c}");
            if len == 15 {
                let amex = format!("{} {} {}", &c[..4], &c[4..10], &c[10..]);
                assert_eq!(kinds(&amex).len(), 1, "{amex}");
            }
        }
        let bad = luhn_complete("3600", 16);
        assert!(kinds(&bad).is_empty(), "no scheme");
        let mut wrong = luhn_complete("6011", 16);
        let last = wrong.pop().and_then(|c| c.to_digit(10)).unwrap_or(0);
        wrong.push(char::from_digit((last + 1) % 10, 10).unwrap_or('0'));
        assert!(kinds(&wrong).is_empty(), "Luhn fails");
        let c = luhn_complete("6217", 16);
        let odd = format!("{} {} {}", &c[..3], &c[3..9], &c[9..]);
        assert!(kinds(&odd).is_empty(), "{odd}: not a card grouping");
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
        assert!(kinds("ABCDEFG13800138000").is_empty(), "glued to a word");
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

    /// A card number of `len` digits after `prefix` that passes Luhn.
    fn luhn_card(prefix: &str, len: usize) -> String {
        let body = format!(
            "{prefix}{}",
            "1234567890123456789"
                .get(..len - prefix.len() - 1)
                .unwrap_or("")
        );
        (0..10)
            .map(|d| format!("{body}{d}"))
            .find(|c| luhn(c))
            .unwrap_or_default()
    }

    #[test]
    fn diners_and_amex_cards() {
        let diners = luhn_card("36", 14);
        assert_eq!(
            kinds(&format!("持卡{diners}")),
            vec![(Kind::BankCard, diners.clone())]
        );
        assert_eq!(kinds(&format!("a,{diners},b")).len(), 1);
        let other = luhn_card("41", 14);
        assert!(kinds(&other).is_empty(), "14 digits outside Diners");
        let amex = luhn_card("37", 15);
        assert_eq!(kinds(&format!("卡号{amex}")).len(), 1);
        assert_eq!(kinds(&format!("持卡{amex}")).len(), 1);
    }

    #[test]
    fn a_row_break_never_joins_two_fields() {
        let csv = "年份,户数,金额\n2020,3902,1385620\n2023,4233,36758\n";
        assert!(kinds(csv).is_empty(), "{:?}", kinds(csv));
        assert!(kinds("2020\t1385620\n2023\t1").is_empty());
        assert_eq!(
            kinds("；6200\n0000\n0000\n0005").len(),
            1,
            "a full-width semicolon"
        );
        // A number wrapped over a line in prose still joins.
        assert_eq!(kinds("电话 138 0013\n8000，").len(), 1);
        assert_eq!(kinds("联系人,138 0013\n8000").len(), 1);
    }

    #[test]
    fn a_card_glued_between_letters() {
        let card = luhn_card("6217", 19);
        assert_eq!(
            kinds(&format!("x{card}y")),
            vec![(Kind::BankCard, card.clone())]
        );
        assert_eq!(kinds(&format!("ref{card}")).len(), 1);
        assert!(kinds("DD202311300001").is_empty(), "an order code");
        let not_luhn = format!("{}{}", &card[..18], (card.as_bytes()[18] - b'0' + 1) % 10);
        assert!(kinds(&format!("x{not_luhn}y")).is_empty());
        assert!(kinds("x6217000011112222333y").iter().all(|(_, v)| luhn(v)));
    }

    #[test]
    fn an_old_id_after_a_context_word_is_one_run_not_a_list() {
        let index = "{\"证号\":[2,1,0,3,0,1,4,1,0,8,1,0,12,1,0],\"身份证\":[1,1,0,1,0,5,8,0,1,2,3,1,0,0,1]}";
        assert!(kinds(index).is_empty(), "{:?}", kinds(index));
        assert_eq!(
            kinds("身份证号110105800123100"),
            vec![(Kind::IdNumber, "110105800123100".to_string())]
        );
    }
}
