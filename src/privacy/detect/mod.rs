//! Personal-data detectors. Each works on the folded view of a string ([`super::normalize`]) and reports character
//! ranges of that view; [`Detector::redact`] maps them back and replaces them in the original text.

mod credential;
mod email;
mod numbers;
mod passport;

use std::fmt;

use aho_corasick::{AhoCorasick, MatchKind};

use super::normalize::{Folded, fold, worth_folding};

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
    Marker,
    RosterName,
    /// Egress only: a long digit run that no source contained.
    LongNumber,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::IdNumber => "resident ID number",
            Kind::Mobile => "mobile number",
            Kind::Landline => "landline number",
            Kind::BankCard => "bank card number",
            Kind::Passport => "passport or travel permit number",
            Kind::Email => "e-mail address",
            Kind::Credential => "password or credential",
            Kind::Marker => "editing marker",
            Kind::RosterName => "name from a records dataset",
            Kind::LongNumber => "unexplained long number",
        }
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
            Kind::Marker => "marker",
            Kind::RosterName => "roster_name",
            Kind::LongNumber => "long_number",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
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
    names: Option<AhoCorasick>,
    pub replacement: String,
}

impl Detector {
    /// `names` are the values of personal columns of records datasets: literal strings to find anywhere.
    pub fn new(
        markers: &[String],
        allow: &[String],
        names: &[String],
        replacement: &str,
    ) -> Detector {
        let names: Vec<&String> = names.iter().filter(|n| n.chars().count() >= 2).collect();
        let names = if names.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&names)
                .ok()
        };
        Detector {
            markers: markers.to_vec(),
            allow: allow
                .iter()
                .map(|a| a.chars().filter(char::is_ascii_digit).collect())
                .filter(|a: &String| !a.is_empty())
                .collect(),
            names,
            replacement: replacement.to_string(),
        }
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
        let others = merge(self.others_in(text));
        for f in others.iter().rev() {
            text.replace_range(f.start..f.end, &self.replacement);
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

    fn others_in(&self, text: &str) -> Vec<Finding> {
        let mut found = Vec::new();
        if let Some(ac) = &self.names {
            for m in ac.find_iter(text) {
                found.push(Finding {
                    kind: Kind::RosterName,
                    start: m.start(),
                    end: m.end(),
                });
            }
            // Markdown drops a line break between two Chinese characters, so a name wrapped over two lines is one
            // name on the page: search the text as it will read, too.
            if breaks_between_non_ascii(text) {
                let (joined, map) = joined_view(text);
                for m in ac.find_iter(&joined) {
                    if let (Some(&start), Some(&last)) = (map.get(m.start()), map.get(m.end() - 1))
                    {
                        found.push(Finding {
                            kind: Kind::RosterName,
                            start,
                            end: last + 1,
                        });
                    }
                }
            }
        }
        if worth_folding(text) {
            let folded = fold(text);
            let mut hits = Vec::new();
            numbers::detect(&folded, &self.allow, &mut hits);
            passport::detect(&folded, &mut hits);
            email::detect(&folded, &mut hits);
            credential::detect(&folded, &mut hits);
            found.extend(hits.into_iter().filter_map(|h| to_bytes(&folded, h)));
        }
        found
    }
}

/// Whether some line break stands between two non-ASCII characters (ignoring the spaces around it), the only case
/// [`joined_view`] changes anything; checked first because building the view costs far more.
fn breaks_between_non_ascii(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter()
        .enumerate()
        .filter(|(_, c)| **c == b'\n')
        .any(|(i, _)| {
            let before = b[..i].iter().rev().find(|c| !c.is_ascii_whitespace());
            let after = b[i + 1..].iter().find(|c| !c.is_ascii_whitespace());
            before.is_some_and(|c| !c.is_ascii()) && after.is_some_and(|c| !c.is_ascii())
        })
}

/// `text` with each line break (and the indentation after it) removed where it stands between two non-ASCII
/// characters, as the Markdown renderer does; with the original byte offset of every byte kept.
fn joined_view(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            let has_break = chars[i..j].iter().any(|&(_, c)| c == '\n');
            let before = i.checked_sub(1).map(|k| chars[k].1);
            let after = chars.get(j).map(|&(_, c)| c);
            if has_break
                && before.is_some_and(|c| !c.is_ascii())
                && after.is_some_and(|c| !c.is_ascii())
            {
                i = j;
                continue;
            }
        }
        let mut buf = [0; 4];
        for (k, _) in c.encode_utf8(&mut buf).bytes().enumerate() {
            map.push(at + k);
        }
        out.push(c);
        i += 1;
    }
    (out, map)
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

/// Sorts and joins overlapping findings, keeping the kind of the earliest.
fn merge(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        match out.last_mut() {
            Some(last) if f.start < last.end => last.end = last.end.max(f.end),
            _ => out.push(f),
        }
    }
    out
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
        ] {
            assert!(d.find(s).is_empty(), "{s} was flagged: {:?}", d.find(s));
        }
    }
}
