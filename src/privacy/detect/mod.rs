//! Personal-data detectors. Each works on the folded view of a string ([`super::normalize`]) and reports character
//! ranges of that view; [`Detector::redact`] maps them back and replaces them in the original text.

mod chunks;
mod credential;
mod email;
mod names;
mod numbers;
mod passport;
mod regional;
mod starts;
mod token;

pub use chunks::{STOP, context_end, context_start};
pub use names::Gates;
pub(crate) use numbers::known_province;
pub use numbers::split_over_cells;

use std::cell::RefCell;
use std::fmt;

use super::bidi::displayed;
use super::normalize::{Folded, fold_into, worth_folding};
use super::numerals::{SpokenSuspects, Suspects, numeric_reading, spoken_reading};
use crate::messages::{Lang, word};

/// What was found. Reports name the kind, never the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    IdNumber,
    Mobile,
    Landline,
    BankCard,
    Passport,
    Email,
    Credential,
    /// An access key or token known by its shape (`AKIA…`, `ghp_…`, `xoxb-…`).
    AccessToken,
    Marker,
    RosterName,
    /// Egress only: a long digit run that no source contained.
    LongNumber,
}

impl Kind {
    /// Every kind, in the order of the enum.
    pub const ALL: [Kind; 11] = [
        Kind::IdNumber,
        Kind::Mobile,
        Kind::Landline,
        Kind::BankCard,
        Kind::Passport,
        Kind::Email,
        Kind::Credential,
        Kind::AccessToken,
        Kind::Marker,
        Kind::RosterName,
        Kind::LongNumber,
    ];

    /// Its English name, from the catalogue (`term-kind-…` in terms.ftl), for text still written in English.
    pub fn name(self) -> String {
        word(super::kind_term(self), Lang::En)
    }

    /// A stable key for the JSON report.
    pub fn key(self) -> &'static str {
        match self {
            Kind::IdNumber => "id_number",
            Kind::Mobile => "mobile",
            Kind::Landline => "landline",
            Kind::BankCard => "bank_card",
            Kind::Passport => "passport",
            Kind::Email => "email",
            Kind::Credential => "credential",
            Kind::AccessToken => "access_token",
            Kind::Marker => "marker",
            Kind::RosterName => "roster_name",
            Kind::LongNumber => "long_number",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// A finding as a range of folded characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// A finding in the original text: byte range and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// All detectors, configured once per build and shared by every thread.
pub struct Detector {
    markers: Vec<String>,
    /// Digits of public numbers that look personal (hotlines), from `privacy.allow`.
    allow: Vec<String>,
    /// Every `privacy.allow` value in its matching form (folded, lower case, without spaces): a public e-mail
    /// address, a public official's name, a number as written.
    allow_literal: Vec<String>,
    names: Option<names::Names>,
    pub replacement: String,
    /// SHA-256 of everything the detector was built from, so a later stage can tell whether it would build the
    /// same one ([`Detector::built_from`]).
    digest: [u8; 32],
}

/// Buffers each thread keeps between calls, so a build searching millions of strings allocates for none of them
/// unless something is found: the folded view, its text in ASCII lower case, the number detector's groups and the
/// hits.
#[derive(Default)]
struct Buffers {
    folded: Vec<Folded>,
    /// The folded view with look-alike letters and digit-by-digit numerals read as digits ([`numeric_reading`]).
    numeric: Vec<Folded>,
    lower: String,
    numbers: numbers::Scratch,
    starts: starts::Starts,
    hits: Vec<Hit>,
}

/// The most characters a thread's views keep room for between texts (about 1.5 MB each).
const KEPT_VIEW: usize = 1 << 16;

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Detector {
    /// `names` are the values of personal columns of records datasets: found however they are written (see
    /// [`names`]). `allow` holds literals that are public (hotlines, the bureau's address, officials' names).
    pub fn new(
        markers: &[String],
        allow: &[String],
        names: &[String],
        replacement: &str,
    ) -> Detector {
        Detector {
            markers: markers.to_vec(),
            allow: allow
                .iter()
                .map(|a| digits_of(a))
                .filter(|a: &String| !a.is_empty() && a.len() == a.chars().count())
                .collect(),
            allow_literal: allow
                .iter()
                .map(|a| literal_form(a))
                .filter(|a| !a.is_empty())
                .collect(),
            names: names::Names::new(names, allow),
            replacement: replacement.to_string(),
            digest: digest_of(markers, allow, names, replacement),
        }
    }

    /// Whether [`Detector::new`] with these arguments would build this same detector: the stages after validation
    /// keep the validation stage's one then, instead of building the name automaton (the costliest part for a large
    /// roster) a second time.
    pub fn built_from(
        &self,
        markers: &[String],
        allow: &[String],
        names: &[String],
        replacement: &str,
    ) -> bool {
        self.digest == digest_of(markers, allow, names, replacement)
    }

    /// Everything personal in `text`, as byte ranges of `text`, sorted and without overlaps.
    pub fn find(&self, text: &str) -> Vec<Finding> {
        let mut found = self.markers_in(text);
        found.extend(self.others_in(text));
        merge(found)
    }

    /// Replaces every finding with the configured replacement; returns the findings (kinds and positions only).
    /// Markers go first, so a marker inside a number (`138##x##00138000`) cannot hide it.
    pub fn redact(&self, text: &mut String) -> Vec<Finding> {
        let markers = self.markers_in(text);
        for f in markers.iter().rev() {
            text.replace_range(f.start..f.end, "");
        }
        let mut others = merge(self.others_in(text));
        for f in others.iter().rev() {
            text.replace_range(f.start..f.end, &self.replacement);
        }
        // Cutting a value out can join what was around it into another one (an ID number right after another, the
        // second written with a space in it): redact until nothing is found, so the published text passes the
        // same detector again. Later rounds report places in the redacted text, close enough for a line number.
        for _ in 0..3 {
            let more = merge(self.others_in(text));
            if more.is_empty() {
                break;
            }
            for f in more.iter().rev() {
                text.replace_range(f.start..f.end, &self.replacement);
            }
            others.extend(more);
        }
        // Report positions in the text as it was, so line numbers stay right after markers were cut out.
        let to_original = |p: usize| {
            let mut shift = 0;
            for m in &markers {
                if m.start - shift <= p {
                    shift += m.end - m.start;
                }
            }
            p + shift
        };
        let mut all: Vec<Finding> = others
            .iter()
            .map(|f| Finding {
                kind: f.kind,
                start: to_original(f.start),
                end: to_original(f.end),
            })
            .collect();
        all.extend(markers);
        all.sort_by_key(|f| f.start);
        all
    }

    /// What [`Detector::redact`] makes of `text`, without copying it when nothing is found (`None`, the common
    /// case for the millions of strings of a build): the redacted text and the findings, at positions of `text`.
    pub fn redacted(&self, text: &str) -> Option<(String, Vec<Finding>)> {
        let markers = self.markers_in(text);
        if !markers.is_empty() {
            let mut out = text.to_string();
            let found = self.redact(&mut out);
            return Some((out, found));
        }
        let found = merge(self.others_in(text));
        if found.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len() + found.len() * self.replacement.len());
        let mut last = 0;
        for f in &found {
            out.push_str(&text[last..f.start]);
            out.push_str(&self.replacement);
            last = f.end;
        }
        out.push_str(&text[last..]);
        // As in `redact`: what the cuts joined is redacted too.
        let mut found = found;
        found.extend(self.redact(&mut out));
        Some((out, found))
    }

    fn markers_in(&self, text: &str) -> Vec<Finding> {
        let mut found = Vec::new();
        for m in &self.markers {
            for (at, _) in text.match_indices(m.as_str()) {
                found.push(Finding {
                    kind: Kind::Marker,
                    start: at,
                    end: at + m.len(),
                });
            }
        }
        merge(found)
    }

    /// Everything but markers, in the stored order and, where bidirectional text shows it otherwise, in the order
    /// it is shown ([`super::bidi`]): a value under a right-to-left override is found either way round.
    fn others_in(&self, text: &str) -> Vec<Finding> {
        self.others_gated(text, None)
    }

    /// [`Detector::others_in`] with the name gates of a larger text (`None`: of `text`). The shown order holds
    /// the same characters, so the same gates.
    fn others_gated(&self, text: &str, gates: Option<Gates>) -> Vec<Finding> {
        let (mut found, reorders) = self.in_stored_order(text, gates);
        if reorders && let Some(shown) = displayed(text) {
            let (more, _) = self.in_stored_order(&shown.text, gates);
            found.extend(more.iter().filter_map(|f| {
                let (start, end) = shown.original(f.start, f.end)?;
                Some(Finding {
                    kind: f.kind,
                    start,
                    end,
                })
            }));
        }
        found
    }

    /// The findings of `text` read in the order it is stored, and whether it holds a character that can show it in
    /// another order.
    fn in_stored_order(&self, text: &str, gates: Option<Gates>) -> (Vec<Finding>, bool) {
        let mut found = Vec::new();
        let mut reorders = false;
        if let Some(names) = &self.names {
            names.find_gated(text, gates, &mut found);
        }
        if worth_folding(text) {
            BUFFERS.with(|b| {
                let Ok(mut b) = b.try_borrow_mut() else {
                    return;
                };
                let Buffers {
                    folded,
                    numeric,
                    lower,
                    numbers: scratch,
                    starts,
                    hits,
                } = &mut *b;
                reorders = fold_into(text, folded);
                lower.clear();
                starts.clear();
                let mut suspects = Suspects::default();
                let mut spoken_suspects = SpokenSuspects::default();
                let mut spelled_at = email::SpelledAt::default();
                let mut before = ' ';
                for (at, f) in folded.iter().enumerate() {
                    lower.push(f.ch.to_ascii_lowercase());
                    suspects.see(at, f.ch);
                    spoken_suspects.see(f.ch);
                    spelled_at.see(f.ch);
                    starts.see(at, f.ch, before);
                    before = f.ch;
                }
                hits.clear();
                // Every number, passport and regional ID holds an ASCII digit once folded, and every address an `@`:
                // a text without them is not walked again for those.
                if !starts.digits.is_empty() {
                    numbers::detect(folded, &starts.digits, &self.allow, scratch, hits);
                    passport::detect_at(folded, &starts.words, hits);
                    regional::detect_at(folded, &starts.words, hits);
                }
                // Same positions, so its hits map back through `folded`.
                if suspects.found() && numeric_reading(folded, numeric) {
                    starts.fill(numeric);
                    numbers::detect(numeric, &starts.digits, &self.allow, scratch, hits);
                }
                if spoken_suspects.found() && spoken_reading(folded, numeric) {
                    let mut spoken = Vec::new();
                    starts.fill(numeric);
                    numbers::detect(numeric, &starts.digits, &self.allow, scratch, &mut spoken);
                    found.extend(self.findings(text, numeric, spoken));
                }
                if lower.contains('@') {
                    email::detect(folded, hits);
                }
                // Each sign keeps the original range of its whole token, so hits map back through `numeric`.
                if spelled_at.found() {
                    let mut spelled = Vec::new();
                    email::detect_spelled(folded, numeric, &mut spelled);
                    found.extend(self.findings(text, numeric, spelled));
                }
                credential::detect(folded, lower, hits);
                found.extend(self.findings(text, folded, hits.drain(..)));
                // A text of hundreds of KB (a feed, a data catalogue) grows the views to 24 bytes a character;
                // kept, that would stay held on every thread that met one, for the rest of the build.
                for view in [folded, numeric] {
                    view.shrink_to(KEPT_VIEW);
                }
            });
        }
        (found, reorders)
    }

    /// The hits on `view`, a reading of `text`, as findings in `text`, less the values `privacy.allow` lists.
    fn findings<'a>(
        &'a self,
        text: &'a str,
        view: &'a [Folded],
        hits: impl IntoIterator<Item = Hit> + 'a,
    ) -> impl Iterator<Item = Finding> + 'a {
        hits.into_iter()
            .filter_map(|h| to_bytes(view, h))
            .filter(|f| !self.allowed(&text[f.start..f.end]))
    }

    /// Whether a finding is a value `privacy.allow` lists.
    fn allowed(&self, found: &str) -> bool {
        !self.allow_literal.is_empty() && self.allow_literal.contains(&literal_form(found))
    }
}

/// SHA-256 over every list, each string with its length in front, so no two different inputs run together.
fn digest_of(
    markers: &[String],
    allow: &[String],
    names: &[String],
    replacement: &str,
) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for list in [
        markers,
        allow,
        names,
        std::slice::from_ref(&replacement.to_string()),
    ] {
        h.update((list.len() as u64).to_le_bytes());
        for s in list {
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        }
    }
    h.finalize().into()
}

/// The ASCII digits of a value, any script's digits folded.
fn digits_of(s: &str) -> String {
    s.chars()
        .filter_map(super::normalize::digit_value)
        .map(|d| char::from(b'0' + d))
        .collect()
}

/// A literal as detectors see it: folded, lower case, without white space.
fn literal_form(s: &str) -> String {
    let mut f = Vec::new();
    let _ = fold_into(s, &mut f);
    f.iter()
        .map(|c| c.ch.to_ascii_lowercase())
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn to_bytes(folded: &[Folded], h: Hit) -> Option<Finding> {
    let first = folded.get(h.start)?;
    let last = folded.get(h.end.checked_sub(1)?)?;
    Some(Finding {
        kind: h.kind,
        start: first.start,
        end: last.end,
    })
}

/// Sorts and joins overlapping findings, keeping the kind of the earliest (or of an ID number read inside it).
fn merge(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        match out.last_mut() {
            Some(last) if f.start < last.end => {
                last.end = last.end.max(f.end);
                // An ID number read inside a longer card number (a numeral glued after it read as one more
                // digit: `…8047一`) is named as the ID number it is; a card's Luhn digit is one chance in ten.
                if f.kind == Kind::IdNumber && last.kind == Kind::BankCard {
                    last.kind = Kind::IdNumber;
                }
            }
            _ => out.push(f),
        }
    }
    out
}

/// Fictional numbers with valid check digits, for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) mod numbers_for_tests {
    /// An 18-digit ID number from its first 17 digits, with its check character.
    pub fn id_with_check(prefix6: &str, date: &str, seq: &str) -> String {
        let first = format!("{prefix6}{date}{seq}");
        format!(
            "{first}{}",
            super::numbers::id_check_char(&first).unwrap_or('0')
        )
    }

    /// A card number of `len` digits after `prefix` that passes Luhn.
    pub fn luhn_completed(prefix: &str, len: usize) -> String {
        let body = format!("{prefix}{}", "3".repeat(len - prefix.len() - 1));
        (0..10)
            .map(|d| format!("{body}{d}"))
            .find(|c| super::numbers::luhn(c))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> Detector {
        Detector::new(
            &["##paidbegin##".into()],
            &["12345".into()],
            &["张三丰".into()],
            "〔已隐去〕",
        )
    }

    #[test]
    fn addresses_with_spelled_dots_after_a_plain_at_are_found() {
        let d = detector();
        for dot in ["[dot]", " (dot) ", " dot ", "点", "。", "．", "【dot】"] {
            let t = format!("邮箱 wangwu2023@example{dot}cn，欢迎来信");
            assert_eq!(d.find(&t).len(), 1, "{dot}");
        }
        assert_eq!(d.find("wangwu2023@example。com。cn").len(), 1);
        for plain in [
            "关注@民政微博。谢谢",
            "截至2023年底。共计@",
            "重点工作。试点推进",
        ] {
            assert!(d.find(plain).is_empty(), "{plain}");
        }
    }

    #[test]
    fn redacts_in_place_and_is_idempotent() {
        let d = detector();
        let mut s = "联系人张三丰，电话13800138000，邮箱a.b@example.cn。##paidbegin##".to_string();
        let f = d.redact(&mut s);
        assert_eq!(f.len(), 4);
        assert_eq!(s, "联系人〔已隐去〕，电话〔已隐去〕，邮箱〔已隐去〕。");
        let again = s.clone();
        assert!(d.redact(&mut s).is_empty());
        assert_eq!(s, again);
    }

    #[test]
    fn a_detector_knows_what_it_was_built_from() {
        let d = detector();
        let names = ["张三丰".to_string()];
        let markers = ["##paidbegin##".to_string()];
        let allow = ["12345".to_string()];
        assert!(d.built_from(&markers, &allow, &names, "〔已隐去〕"));
        assert!(!d.built_from(&markers, &allow, &[], "〔已隐去〕"));
        assert!(!d.built_from(
            &markers,
            &allow,
            &["张三".into(), "丰".into()],
            "〔已隐去〕"
        ));
        assert!(!d.built_from(&[], &allow, &names, "〔已隐去〕"));
        assert!(!d.built_from(&markers, &allow, &names, "***"));
    }

    #[test]
    fn redacted_is_redact_without_a_copy() {
        let d = detector();
        for text in [
            "联系人张三丰，电话13800138000，邮箱a.b@example.cn。##paidbegin##",
            "电话138##paidbegin##00138000。",
            "民政工作稳步推进，2023年1月1日起",
            "",
        ] {
            let mut s = text.to_string();
            let found = d.redact(&mut s);
            match d.redacted(text) {
                Some((clean, f)) => {
                    assert_eq!((clean, f), (s, found), "{text}");
                }
                None => {
                    assert!(found.is_empty(), "{text}");
                    assert_eq!(s, text);
                }
            }
        }
    }

    #[test]
    fn markers_cannot_hide_a_number_and_names_can_wrap() {
        let d = detector();
        let mut s = "电话138##paidbegin##00138000。".to_string();
        d.redact(&mut s);
        assert_eq!(s, "电话〔已隐去〕。");
        let mut s = "走访张三\n  丰一家".to_string();
        assert_eq!(d.redact(&mut s).len(), 1);
        assert_eq!(s, "走访〔已隐去〕一家");
    }

    #[test]
    fn allow_takes_any_literal() {
        let d = Detector::new(
            &[],
            &[
                "mzj@example.gov.cn".into(),
                "0871-6512 3456".into(),
                "王国庆".into(),
            ],
            &["王国庆".into(), "张三丰".into()],
            "〔已隐去〕",
        );
        assert!(d.find("来信请寄 MZJ@example.gov.cn").is_empty());
        assert!(d.find("值班电话 0871-65123456").is_empty());
        assert!(d.find("局长王国庆").is_empty());
        assert_eq!(d.find("a.b@example.cn，张三丰").len(), 2);
    }

    #[test]
    fn invisible_characters_cannot_hide_a_number() {
        let d = detector();
        let mut s = "电话1\u{200B}3\u{00AD}8\u{2060}0013\u{FEFF}8000，身份证".to_string();
        assert_eq!(d.redact(&mut s).len(), 1);
        assert_eq!(s, "电话〔已隐去〕，身份证");
        let mut s = "电话١٣٨٠٠١٣٨٠٠٠".to_string();
        d.redact(&mut s);
        assert_eq!(s, "电话〔已隐去〕");
    }

    #[test]
    fn statistics_pass_untouched() {
        let d = detector();
        for s in [
            "1－10月累计发放资金17265.21万元",
            "纳入农村低保20775户36758人",
            "2023年1月1日起",
            "“12345”未成年人保护热线",
            "占常住人口比例为6.26％",
            "民发〔2021〕57号",
            "邮编650000",
            "截至20231231",
            "统一社会信用代码91530100MA6K5XYZ1A",
            "服务热线400-820-8820",
            "项目编号530102202311300011",
            "累计营业收入2642399.63元",
            "民政简报第150期 2020-07-11",
            "床位 150\n2020-07-11",
            "158 230 451.00 元",
            "统一社会信用代码11110105MB0123456X",
            "区民发〔2023〕12号",
            "订单号DD202311300001",
            "统计用区划代码5301020010",
            "paid 110101491001123",
        ] {
            assert!(d.find(s).is_empty(), "{s} was flagged: {:?}", d.find(s));
        }
    }
}
