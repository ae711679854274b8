//! The privacy guard played by an attacker, with the real binary: a generated corpus of fictional personal values
//! written with every trick of issue 12 (invisible and look-alike characters, separators, HTML character references
//! and inline splits, escapes in code, name variants, other formats, other encodings, attachments, file names,
//! values echoed in error messages) and placed in every place text reaches `public/`.
//!
//! Each vector class is one test, so a failing class is visible by name. A class builds a few small sites, each
//! holding many cases, one value per file (or per page) and every value distinct, so that one build checks many
//! cases and a failure still names the case. For every case:
//! (a) the value, in every spelling and its digits-only form, is in no file under `public/` after a default build
//!     (files read as bytes, as UTF-8, UTF-16 and GB18030, inside zip, gzip and PDF streams, with character
//!     references, escapes, tags, invisible characters and hidden elements taken out);
//! (b) it is in neither build's stdout or stderr;
//! (c) `--strict` exits 1 and its messages name the case's file.
//! Every site has a clean twin (the same files with each value replaced by ordinary words) that must build with
//! `--strict` and exit 0, so that a case cannot pass because its fixture is broken. Failures name the case by its
//! id, kind, trick and place, never by its value.
//!
//! The values are fictional: ID numbers have birth dates before 1910 and a correct check character, cards pass
//! Luhn, names are from the records dataset the site itself declares.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::Output;

use aho_corasick::AhoCorasick;
use common::{copy_dir, repo, sunlight};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

// ---------------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------------

/// splitmix64, for deterministic values.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
    fn lower(&mut self, n: usize) -> String {
        const A: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
        (0..n)
            .map(|_| char::from(A[self.below(A.len() as u64) as usize]))
            .collect()
    }
}

fn id_check(first17: &str) -> char {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first17
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    match (12 - sum % 11) % 11 {
        10 => 'X',
        n => char::from_digit(n, 10).unwrap_or('0'),
    }
}

fn luhn_ok(d: &str) -> bool {
    let sum: u32 = d
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let v = c.to_digit(10).unwrap_or(0);
            if i % 2 == 1 {
                if v * 2 > 9 { v * 2 - 9 } else { v * 2 }
            } else {
                v
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn card(rng: &mut Rng, prefix: &str, len: usize) -> String {
    let body = format!("{prefix}{}", rng.digits(len - prefix.len() - 1));
    (0..10)
        .map(|d| format!("{body}{d}"))
        .find(|c| luhn_ok(c))
        .unwrap_or_default()
}

/// An 18-digit ID with a birth date before 1910; `want_x` asks for the check character X.
fn id18(rng: &mut Rng, want_x: bool) -> String {
    loop {
        let y = 1880 + rng.below(30);
        let (m, d) = (1 + rng.below(12), 1 + rng.below(28));
        let first = format!("110105{y:04}{m:02}{d:02}{}", rng.digits(3));
        let c = id_check(&first);
        if !want_x || c == 'X' {
            return format!("{first}{c}");
        }
    }
}

fn mobile(rng: &mut Rng) -> String {
    format!("1{}{}", 3 + rng.below(7), rng.digits(9))
}

/// Hong Kong identity card check digit of `A123456`.
fn hkid_check(letter: char, six: &str) -> char {
    let mut sum = 36 * 9 + ((letter as u32) - ('A' as u32) + 10) * 8;
    for (i, c) in six.chars().enumerate() {
        sum += c.to_digit(10).unwrap_or(0) * (7 - i as u32);
    }
    match (11 - sum % 11) % 11 {
        10 => 'A',
        n => char::from_digit(n, 10).unwrap_or('0'),
    }
}

/// Taiwan national ID check: letter, gender digit, 7 digits, check digit.
fn twid(rng: &mut Rng) -> String {
    let letter_codes = [('A', 10u32), ('B', 11), ('C', 12), ('D', 13), ('E', 14)];
    let (l, code) = letter_codes[rng.below(5) as usize];
    let body = format!("{}{}", 1 + rng.below(2), rng.digits(7));
    let mut sum = code / 10 + (code % 10) * 9;
    for (i, c) in body.chars().enumerate() {
        sum += c.to_digit(10).unwrap_or(0) * (8 - i as u32);
    }
    let check = (10 - sum % 10) % 10;
    format!("{l}{body}{check}")
}

/// A roster name with the pieces needed to spell it otherwise.
#[derive(Clone)]
struct Name {
    simplified: String,
    traditional: String,
    kangxi: String,
    pinyin: [String; 3],
    /// Pinyin with tone marks, syllables as `pinyin`.
    toned: [String; 3],
    /// A two-part minority name written with U+00B7 (`阿不都·热合曼`), or empty.
    dotted: Option<(String, String)>,
}

const SURNAMES: [(&str, &str, &str, &str); 6] = [
    ("张", "張", "zhang", "zhāng"),
    ("陈", "陳", "chen", "chén"),
    ("刘", "劉", "liu", "liú"),
    ("赵", "趙", "zhao", "zhào"),
    ("黄", "黃", "huang", "huáng"),
    ("吴", "吳", "wu", "wú"),
];
/// Given-name first characters that have a Kangxi radical look-alike.
const GIVEN1: [(&str, &str, &str, &str); 5] = [
    ("文", "\u{2F42}", "wen", "wén"),
    ("山", "\u{2F2D}", "shan", "shān"),
    ("月", "\u{2F49}", "yue", "yuè"),
    ("水", "\u{2F54}", "shui", "shuǐ"),
    ("力", "\u{2F12}", "li", "lì"),
];
const GIVEN2: [(&str, &str, &str, &str); 6] = [
    ("华", "華", "hua", "huá"),
    ("国", "國", "guo", "guó"),
    ("军", "軍", "jun", "jūn"),
    ("东", "東", "dong", "dōng"),
    ("龙", "龍", "long", "lóng"),
    ("凤", "鳳", "feng", "fèng"),
];
const DOTTED: [(&str, &str); 4] = [
    ("阿不都", "热合曼"),
    ("买买提", "吐尔逊"),
    ("古丽", "艾买提"),
    ("努尔", "买合木提"),
];

fn roster() -> Vec<Name> {
    let mut out = Vec::new();
    for (i, s) in SURNAMES.iter().enumerate() {
        for (j, g1) in GIVEN1.iter().enumerate() {
            let g2 = GIVEN2[(i + j) % GIVEN2.len()];
            out.push(Name {
                simplified: format!("{}{}{}", s.0, g1.0, g2.0),
                traditional: format!("{}{}{}", s.1, g1.0, g2.1),
                kangxi: format!("{}{}{}", s.0, g1.1, g2.0),
                pinyin: [s.2.into(), g1.2.into(), g2.2.into()],
                toned: [s.3.into(), g1.3.into(), g2.3.into()],
                dotted: None,
            });
        }
    }
    for (a, b) in DOTTED {
        out.push(Name {
            simplified: format!("{a}·{b}"),
            traditional: String::new(),
            kangxi: String::new(),
            pinyin: Default::default(),
            toned: Default::default(),
            dotted: Some((a.into(), b.into())),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------------------------

/// How a probe is compared with the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Form {
    /// Among the output's digits, everything else taken out.
    Digits,
    /// In the folded, lower-cased text with spaces and separators taken out.
    Compact,
    /// Among the output's Han characters and letters (traditional and radicals folded), lower-cased.
    Letters,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Id,
    Phone,
    Card,
    Email,
    Credential,
    Name,
    Other,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Id => "ID number",
            Kind::Phone => "mobile",
            Kind::Card => "bank card",
            Kind::Email => "e-mail",
            Kind::Credential => "credential",
            Kind::Name => "roster name",
            Kind::Other => "other format",
        }
    }
}

/// A value as written, with what must never appear in the output.
struct Written {
    kind: Kind,
    trick: String,
    text: String,
    probes: Vec<(Form, String)>,
}

struct Gen {
    rng: Rng,
    names: Vec<Name>,
    next_name: usize,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        Gen {
            rng: Rng(seed),
            names: roster(),
            next_name: 0,
        }
    }

    fn digits_value(&mut self, kind: Kind, want_x: bool) -> (String, Vec<(Form, String)>) {
        let v = match kind {
            Kind::Id => id18(&mut self.rng, want_x),
            Kind::Phone => mobile(&mut self.rng),
            _ => card(&mut self.rng, "621700", 19),
        };
        let probe = if kind == Kind::Id {
            v[..17].to_string()
        } else {
            v.clone()
        };
        (v, vec![(Form::Digits, probe)])
    }

    fn name(&mut self, dotted: bool) -> Name {
        loop {
            let n = self.names[self.next_name % self.names.len()].clone();
            self.next_name += 1;
            if n.dotted.is_some() == dotted {
                return n;
            }
        }
    }

    fn email(&mut self) -> (String, String) {
        let local = format!("lw{}", self.rng.lower(7));
        (local.clone(), format!("{local}@mail-example.cn"))
    }

    fn secret(&mut self) -> String {
        format!(
            "Qk{}{}",
            self.rng.lower(5).to_uppercase(),
            self.rng.digits(3)
        )
    }
}

fn name_probes(n: &Name) -> Vec<(Form, String)> {
    let mut p = vec![(Form::Letters, letters(&n.simplified))];
    if !n.pinyin[0].is_empty() {
        p.push((Form::Letters, n.pinyin.concat()));
    }
    p
}

/// Context words around a value of `kind`, so that a plain spelling is plainly personal.
fn context(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Id => ("居民身份证", "已登记"),
        Kind::Phone => ("联系电话", "咨询"),
        Kind::Card => ("银行卡号", "已发放"),
        Kind::Email => ("邮箱", "联系"),
        Kind::Credential => ("账户", "，请修改"),
        Kind::Name => ("走访慰问", "同志一家"),
        Kind::Other => ("", ""),
    }
}

/// English context, for translation files (a Chinese word there is a warning of its own).
fn context_en(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Id => ("ID number ", " registered"),
        Kind::Phone => ("Phone ", " for help"),
        Kind::Card => ("Bank card ", " paid"),
        Kind::Email => ("Mail ", " for help"),
        Kind::Credential => ("Account ", ", change it"),
        Kind::Name => ("Visited ", " and family"),
        Kind::Other => ("", ""),
    }
}

fn digit_zero(script: &str) -> u32 {
    match script {
        "Arabic-Indic" => 0x660,
        "extended Arabic-Indic" => 0x6F0,
        "Devanagari" => 0x966,
        "Bengali" => 0x9E6,
        "Thai" => 0xE50,
        "Myanmar" => 0x1040,
        "mathematical bold" => 0x1D7CE,
        _ => 0xFF10,
    }
}

fn map_digits(s: &str, zero: u32) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(zero + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

fn interleave(s: &str, every: usize, sep: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && i % every == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn grouping(kind: Kind) -> &'static [usize] {
    match kind {
        Kind::Id => &[6, 8],
        Kind::Phone => &[3, 4],
        _ => &[4, 4, 4, 4],
    }
}

fn grouped(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut at = 0;
    for &n in sizes {
        if at + n >= s.len() {
            break;
        }
        out.push(&s[at..at + n]);
        at += n;
    }
    out.push(&s[at..]);
    out.join(sep)
}

const DIGIT_KINDS: [Kind; 3] = [Kind::Id, Kind::Phone, Kind::Card];

fn w(kind: Kind, trick: impl Into<String>, text: String, probes: Vec<(Form, String)>) -> Written {
    Written {
        kind,
        trick: trick.into(),
        text,
        probes,
    }
}

/// Invisible characters inside the value.
fn invisible(g: &mut Gen) -> Vec<Written> {
    let chars: [(&str, &str); 8] = [
        ("zero-width space", "\u{200B}"),
        ("zero-width joiner", "\u{200D}"),
        ("word joiner", "\u{2060}"),
        ("soft hyphen", "\u{00AD}"),
        ("byte-order mark inside", "\u{FEFF}"),
        ("combining mark", "\u{0335}"),
        ("variation selector", "\u{FE0F}"),
        ("invisible separator", "\u{2063}"),
    ];
    let mut out = Vec::new();
    for (i, (trick, ch)) in chars.iter().enumerate() {
        for kind in DIGIT_KINDS {
            let (v, probes) = g.digits_value(kind, false);
            out.push(w(kind, *trick, interleave(&v, 3 + i % 2, ch), probes));
        }
        let n = g.name(false);
        out.push(w(
            Kind::Name,
            *trick,
            interleave(&n.simplified, 1, ch),
            name_probes(&n),
        ));
        if i < 4 {
            let (local, addr) = g.email();
            out.push(w(
                Kind::Email,
                *trick,
                interleave(&addr, 4, ch),
                vec![(Form::Compact, local)],
            ));
        }
    }
    out
}

/// Decimal digits of other scripts and other look-alikes.
fn lookalike(g: &mut Gen) -> Vec<Written> {
    let mut out = Vec::new();
    for script in [
        "full-width",
        "Arabic-Indic",
        "extended Arabic-Indic",
        "Devanagari",
        "Bengali",
        "Thai",
        "Myanmar",
        "mathematical bold",
    ] {
        for kind in DIGIT_KINDS {
            let (v, probes) = g.digits_value(kind, false);
            out.push(w(
                kind,
                format!("{script} digits"),
                map_digits(&v, digit_zero(script)),
                probes,
            ));
        }
    }
    let (v, probes) = g.digits_value(Kind::Id, true);
    out.push(w(
        Kind::Id,
        "check character written ×",
        v.replace('X', "×"),
        probes,
    ));
    let (v, probes) = g.digits_value(Kind::Id, true);
    out.push(w(
        Kind::Id,
        "check character full-width Ｘ",
        v.replace('X', "Ｘ"),
        probes,
    ));
    let (v, probes) = g.digits_value(Kind::Phone, false);
    let half: String = v
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                map_digits(&c.to_string(), 0xFF10)
            } else {
                c.to_string()
            }
        })
        .collect();
    out.push(w(Kind::Phone, "half full-width, half ASCII", half, probes));
    let (local, addr) = g.email();
    out.push(w(
        Kind::Email,
        "full-width ＠",
        addr.replace('@', "＠"),
        vec![(Form::Compact, local)],
    ));
    let (local, addr) = g.email();
    out.push(w(
        Kind::Email,
        "small commercial at ﹫",
        addr.replace('@', "﹫"),
        vec![(Form::Compact, local)],
    ));
    out
}

/// Separators between digit groups, and digits glued to letters.
fn separators(g: &mut Gen) -> Vec<Written> {
    let mut out = Vec::new();
    for (trick, sep) in [
        ("middle dot ·", "·"),
        ("underscore", "_"),
        ("full-width comma", "，"),
        ("enumeration comma 、", "、"),
        ("tilde", "~"),
        ("slash", "/"),
        ("full stop", "."),
        ("en dash", "–"),
        ("full-width hyphen", "－"),
        ("katakana middle dot ・", "・"),
    ] {
        for kind in DIGIT_KINDS {
            let (v, probes) = g.digits_value(kind, false);
            out.push(w(
                kind,
                format!("groups joined by {trick}"),
                grouped(&v, grouping(kind), sep),
                probes,
            ));
        }
    }
    for (trick, pre, post, kind) in [
        ("glued after ID", "ID", "", Kind::Id),
        ("glued after No.", "No.", "", Kind::Id),
        ("glued after Tel", "Tel", "", Kind::Phone),
        ("letters glued after", "", "abc", Kind::Phone),
        ("glued after card", "Card", "", Kind::Card),
        ("glued after x", "x", "y", Kind::Card),
    ] {
        let (v, probes) = g.digits_value(kind, false);
        out.push(w(kind, trick, format!("{pre}{v}{post}"), probes));
    }
    out
}

/// Other spellings of a roster name.
fn name_variants(g: &mut Gen) -> Vec<Written> {
    let mut out = Vec::new();
    type Spell = fn(&Name) -> String;
    let spellings: [(&str, Spell); 12] = [
        ("as written in the roster", |n| n.simplified.clone()),
        ("traditional characters", |n| n.traditional.clone()),
        ("spaces between characters", |n| {
            interleave(&n.simplified, 1, " ")
        }),
        ("ideographic space after the surname", |n| {
            let mut c = n.simplified.chars();
            let s = c.next().unwrap_or_default();
            format!("{s}\u{3000}{}", c.as_str())
        }),
        ("Kangxi radical look-alike", |n| n.kangxi.clone()),
        ("traditional with a space", |n| {
            interleave(&n.traditional, 1, " ")
        }),
        ("pinyin, capitalised and spaced", |n| {
            format!(
                "{} {}",
                cap(&n.pinyin[0]),
                cap(&format!("{}{}", n.pinyin[1], n.pinyin[2]))
            )
        }),
        ("pinyin, surname in capitals", |n| {
            format!(
                "{} {}",
                n.pinyin[0].to_uppercase(),
                cap(&format!("{}{}", n.pinyin[1], n.pinyin[2]))
            )
        }),
        ("pinyin, no spaces", |n| n.pinyin.concat()),
        ("pinyin with tone marks", |n| {
            format!("{} {}{}", cap(&n.toned[0]), n.toned[1], n.toned[2])
        }),
        ("pinyin, syllables hyphenated", |n| n.pinyin.join("-")),
        ("pinyin, zero-width space inside", |n| {
            interleave(&n.pinyin.concat(), 4, "\u{200B}")
        }),
    ];
    for (trick, f) in spellings {
        let n = g.name(false);
        out.push(w(Kind::Name, trick, f(&n), name_probes(&n)));
    }
    for (trick, dot) in [
        ("middle dot as written", "·"),
        ("bullet •", "•"),
        ("katakana middle dot ・", "・"),
        ("half-width katakana dot ･", "･"),
        ("hyphenation point ‧", "‧"),
        ("no dot", ""),
        ("ideographic space", "\u{3000}"),
    ] {
        let n = g.name(true);
        let (a, b) = n.dotted.clone().unwrap_or_default();
        out.push(w(
            Kind::Name,
            trick,
            format!("{a}{dot}{b}"),
            name_probes(&n),
        ));
    }
    out
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Formats the guard must know besides the plain ones: credentials without a colon, other cards, other IDs.
fn formats(g: &mut Gen) -> Vec<Written> {
    let mut out = Vec::new();
    let secret = |g: &mut Gen| g.secret();
    for (trick, f) in [
        (
            "初始密码 glued",
            (|s: &str| format!("初始密码{s}")) as fn(&str) -> String,
        ),
        ("密码 in curly quotes", |s| format!("密码：“{s}”")),
        ("登录口令 and a space", |s| format!("登录口令 {s}")),
        ("密钥：", |s| format!("密钥：{s}")),
        ("traditional 密碼：", |s| format!("密碼：{s}")),
        ("密码 in brackets", |s| format!("密码（{s}）")),
        ("PIN:", |s| format!("PIN: {s}")),
    ] {
        let s = secret(g);
        out.push(w(
            Kind::Credential,
            trick,
            f(&s),
            vec![(Form::Compact, s.to_lowercase())],
        ));
    }
    for (trick, prefix, len) in [
        ("Amex 15 without a card word", "37", 15),
        ("Discover 16 without a card word", "6011", 16),
        ("JCB 16 without a card word", "3528", 16),
        ("Diners 14", "36", 14),
    ] {
        let c = card(&mut g.rng, prefix, len);
        out.push(w(
            Kind::Card,
            trick,
            format!("持卡{c}"),
            vec![(Form::Digits, c)],
        ));
    }
    let p = format!("e{}", g.rng.digits(8));
    out.push(w(
        Kind::Other,
        "lower-case passport",
        format!("护照号码{p}"),
        vec![(Form::Compact, p)],
    ));
    for i in 0..2 {
        let six = g.rng.digits(6);
        let l = ['K', 'P'][i];
        let c = hkid_check(l, &six);
        let written = if i == 0 {
            format!("{l}{six}({c})")
        } else {
            format!("{l}{six}{c}")
        };
        out.push(w(
            Kind::Other,
            if i == 0 {
                "Hong Kong ID with brackets"
            } else {
                "Hong Kong ID without brackets"
            },
            format!("香港身份证{written}"),
            vec![(Form::Compact, format!("{}{six}", l.to_ascii_lowercase()))],
        ));
    }
    let t = twid(&mut g.rng);
    out.push(w(
        Kind::Other,
        "Taiwan ID",
        format!("台湾身份证{t}"),
        vec![(Form::Compact, t.to_lowercase())],
    ));
    let macau = g.rng.digits(7);
    out.push(w(
        Kind::Other,
        "Macau ID",
        format!(
            "澳门身份证{}/{}({})",
            &macau[..1],
            &macau[1..],
            g.rng.digits(1)
        ),
        vec![(Form::Digits, macau)],
    ));
    for trick in ["15-digit ID after 户主", "15-digit ID after 编号"] {
        let y = 80 + g.rng.below(9);
        let id = format!(
            "110105{y:02}{:02}{:02}{}",
            1 + g.rng.below(12),
            1 + g.rng.below(28),
            g.rng.digits(3)
        );
        let word = if trick.ends_with("户主") {
            "户主"
        } else {
            "编号"
        };
        out.push(w(
            Kind::Id,
            trick,
            format!("{word}{id}"),
            vec![(Form::Digits, id)],
        ));
    }
    let local = format!("8{}", g.rng.digits(7));
    out.push(w(
        Kind::Phone,
        "landline without area code after 电话",
        format!("联系电话：{} {}", &local[..4], &local[4..]),
        vec![(Form::Digits, local)],
    ));
    let (v, probes) = g.digits_value(Kind::Phone, false);
    out.push(w(
        Kind::Phone,
        "+86 with dots",
        format!("+86.{}", grouped(&v, &[3, 4], ".")),
        probes,
    ));
    out
}

/// Tricks only markup can play: character references, inline elements, comments, hidden decoys.
fn html_tricks(g: &mut Gen) -> Vec<Written> {
    let mut out = Vec::new();
    type Markup = fn(&str) -> String;
    let digit_tricks: [(&str, Markup); 14] = [
        ("zero-padded decimal references", |v| {
            v.chars().map(|c| format!("&#00000{};", c as u32)).collect()
        }),
        ("decimal references without ;", |v| {
            v.chars()
                .map(|c| format!("&#{}", c as u32))
                .collect::<String>()
                + " "
        }),
        ("hex references, upper case X", |v| {
            v.chars().map(|c| format!("&#X{:X};", c as u32)).collect()
        }),
        ("one digit as a reference", |v| {
            format!("{}&#{};{}", &v[..5], v.as_bytes()[5], &v[6..])
        }),
        ("&shy; between groups", |v| interleave(v, 4, "&shy;")),
        ("split by <kbd>", |v| {
            format!("{}<kbd>{}</kbd>{}", &v[..3], &v[3..7], &v[7..])
        }),
        ("split by <label>", |v| {
            format!("<label>{}</label>{}", &v[..5], &v[5..])
        }),
        ("split by <bdi>", |v| {
            format!("{}<bdi>{}</bdi>", &v[..6], &v[6..])
        }),
        ("split by <font>", |v| {
            format!("<font color=\"red\">{}</font>{}", &v[..4], &v[4..])
        }),
        ("split by <ruby>", |v| {
            format!("{}<ruby>{}<rt></rt></ruby>{}", &v[..3], &v[3..7], &v[7..])
        }),
        ("split by <q>", |v| {
            format!("{}<q>{}</q>{}", &v[..3], &v[3..7], &v[7..])
        }),
        ("split by <wbr>", |v| interleave(v, 4, "<wbr>")),
        ("display:none decoy digit", |v| {
            format!(
                "{}<span style=\"display:none\">9</span>{}",
                &v[..5],
                &v[5..]
            )
        }),
        ("hidden attribute decoy", |v| {
            format!("{}<span hidden>77</span>{}", &v[..4], &v[4..])
        }),
    ];
    for (trick, f) in digit_tricks {
        for kind in DIGIT_KINDS {
            let (v, probes) = g.digits_value(kind, false);
            out.push(w(kind, trick, f(&v), probes));
        }
    }
    for (trick, at) in [
        ("&commat;", "&commat;"),
        ("&#64;", "&#64;"),
        ("&#x40 without ;", "&#x40"),
        ("@ in its own <span>", "<span>@</span>"),
    ] {
        let (local, addr) = g.email();
        out.push(w(
            Kind::Email,
            trick,
            addr.replace('@', at),
            vec![(Form::Compact, local)],
        ));
    }
    for (trick, f) in [
        (
            "name as decimal references",
            (|n: &str| n.chars().map(|c| format!("&#{};", c as u32)).collect()) as Markup,
        ),
        ("name split by <b>", |n| {
            let mut c = n.chars();
            let s = c.next().unwrap_or_default();
            format!("<b>{s}</b>{}", c.as_str())
        }),
        ("name split by <span> per character", |n| {
            n.chars().map(|c| format!("<span>{c}</span>")).collect()
        }),
        ("name with &ZeroWidthSpace;", |n| {
            interleave(n, 1, "&ZeroWidthSpace;")
        }),
    ] {
        let n = g.name(false);
        out.push(w(Kind::Name, trick, f(&n.simplified), name_probes(&n)));
    }
    out
}

/// Escapes in code and links: JSON `\u`, JS `\x`, CSS `\31 `, percent-encoding.
fn escapes(g: &mut Gen) -> Vec<(Written, &'static str)> {
    let mut out = Vec::new();
    for kind in DIGIT_KINDS {
        let (v, probes) = g.digits_value(kind, false);
        let t: String = v.chars().map(|c| format!("\\u{:04x}", c as u32)).collect();
        out.push((w(kind, "JSON \\u escapes", t, probes), "json"));
        let (v, probes) = g.digits_value(kind, false);
        let t: String = v.chars().map(|c| format!("\\x{:02x}", c as u32)).collect();
        out.push((w(kind, "JS \\x escapes", t, probes), "js"));
        let (v, probes) = g.digits_value(kind, false);
        let t: String = v
            .chars()
            .map(|c| format!("\\u{{{:x}}}", c as u32))
            .collect();
        out.push((w(kind, "JS \\u{} escapes", t, probes), "js"));
        let (v, probes) = g.digits_value(kind, false);
        let t: String = v.chars().map(|c| format!("\\{:x} ", c as u32)).collect();
        out.push((w(kind, "CSS escapes", t, probes), "css"));
        let (v, probes) = g.digits_value(kind, false);
        let t: String = v.chars().map(|c| format!("%{:02X}", c as u32)).collect();
        out.push((w(kind, "percent-encoded in a link", t, probes), "link"));
    }
    let n = g.name(false);
    let t: String = n
        .simplified
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    out.push((
        w(Kind::Name, "JSON \\u escapes", t, name_probes(&n)),
        "json",
    ));
    let n = g.name(false);
    let t: String = n.simplified.bytes().map(|b| format!("%{b:02X}")).collect();
    out.push((
        w(
            Kind::Name,
            "percent-encoded UTF-8 in a link",
            t,
            name_probes(&n),
        ),
        "link",
    ));
    let (local, addr) = g.email();
    let t: String = addr
        .chars()
        .map(|c| format!("\\u{:04x}", c as u32))
        .collect();
    out.push((
        w(
            Kind::Email,
            "JSON \\u escapes",
            t,
            vec![(Form::Compact, local)],
        ),
        "json",
    ));
    out
}

/// One plain value of each kind, for the places and formats where the place is the trick.
fn plain_values(g: &mut Gen) -> Vec<Written> {
    let mut out = Vec::new();
    for kind in DIGIT_KINDS {
        let (v, probes) = g.digits_value(kind, false);
        out.push(w(kind, "plain", v, probes));
    }
    let (local, addr) = g.email();
    out.push(w(Kind::Email, "plain", addr, vec![(Form::Compact, local)]));
    let s = g.secret();
    out.push(w(
        Kind::Credential,
        "plain",
        format!("密码：{s}"),
        vec![(Form::Compact, s.to_lowercase())],
    ));
    let n = g.name(false);
    out.push(w(
        Kind::Name,
        "plain",
        n.simplified.clone(),
        name_probes(&n),
    ));
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Places and sites
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Body,
    RawHtmlBody,
    Title,
    Description,
    DatasetLabel,
    ChartTitle,
    Translation,
    Txt,
    Csv,
    Json,
    Svg,
    Html,
    Js,
    Css,
}

impl Place {
    fn label(self) -> &'static str {
        match self {
            Place::Body => "page body",
            Place::RawHtmlBody => "raw HTML in a page body",
            Place::Title => "page title",
            Place::Description => "page description",
            Place::DatasetLabel => "dataset column label",
            Place::ChartTitle => "chart title",
            Place::Translation => "English page translation",
            Place::Txt => "static .txt",
            Place::Csv => "static .csv",
            Place::Json => "static .json",
            Place::Svg => "static .svg",
            Place::Html => "static .html",
            Place::Js => "static .js",
            Place::Css => "static .css",
        }
    }
}

const TEXT_PLACES: [Place; 13] = [
    Place::Body,
    Place::Title,
    Place::Description,
    Place::DatasetLabel,
    Place::ChartTitle,
    Place::Translation,
    Place::Txt,
    Place::Csv,
    Place::Json,
    Place::Svg,
    Place::Html,
    Place::Js,
    Place::Css,
];

struct Case {
    id: String,
    kind: Kind,
    trick: String,
    place: String,
    probes: Vec<(Form, String)>,
    /// Bytes of a generated attachment, which must not be published as they are.
    blob: Option<Vec<u8>>,
}

impl Case {
    fn describe(&self) -> String {
        format!(
            "{} [{}, {}, in {}]",
            self.id,
            self.kind.label(),
            self.trick,
            self.place
        )
    }
}

/// A site's files, written twice: with the planted values, and with each replaced by ordinary words.
#[derive(Default)]
struct Site {
    files: Vec<(String, Vec<u8>, Vec<u8>)>,
    cases: Vec<Case>,
    reviewed: Vec<String>,
    /// An empty file is not written (the attack and its clean twin have files at different paths).
    absent_empty: bool,
    /// Case ids start after this number (so that ids stay distinct across the sites of a class).
    first_id: usize,
    /// Files the guard may refuse as unreadable (text in an encoding it cannot recognise): refusing them in the
    /// clean twin is not a fault.
    may_refuse: Vec<String>,
}

const NEUTRAL: &str = "办事大厅";
const NEUTRAL_EN: &str = "the service hall";

fn yq(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

impl Site {
    fn add(&mut self, rel: &str, attack: impl Into<Vec<u8>>, clean: impl Into<Vec<u8>>) {
        self.files
            .push((rel.to_string(), attack.into(), clean.into()));
    }

    fn case(&mut self, w: &Written, place: &str) -> String {
        let id = format!("c{:04}", self.first_id + self.cases.len() + 1);
        self.cases.push(Case {
            id: id.clone(),
            kind: w.kind,
            trick: w.trick.clone(),
            place: place.to_string(),
            probes: w.probes.clone(),
            blob: None,
        });
        id
    }

    /// Plants `w` in `place` as the file of a new case.
    fn plant(&mut self, w: &Written, place: Place) {
        let id = self.case(w, place.label());
        let (b, a) = context(w.kind);
        let text = format!("{b}{}{a}", w.text);
        let clean = format!("{b}{NEUTRAL}{a}");
        let page = |title: &str, desc: &str, body: &str| {
            format!(
                "---\ntitle: {}\ndescription: {}\ndate: 2023-05-06\n---\n{body}\n",
                yq(title),
                yq(desc)
            )
        };
        match place {
            Place::Body | Place::RawHtmlBody => {
                let f = |t: &str| {
                    page(
                        "工作通知",
                        "通知摘要",
                        &format!("本单位通知：{t}，特此公告。"),
                    )
                };
                self.add(&format!("content/p/{id}.md"), f(&text), f(&clean));
            }
            Place::Title => {
                let f = |t: &str| page(&format!("通知{t}"), "通知摘要", "正文。");
                self.add(&format!("content/p/{id}.md"), f(&text), f(&clean));
            }
            Place::Description => {
                let f = |t: &str| page("工作通知", &format!("摘要{t}"), "正文。");
                self.add(&format!("content/p/{id}.md"), f(&text), f(&clean));
            }
            Place::Translation => {
                let (b, a) = context_en(w.kind);
                let f = |t: &str| {
                    format!(
                        "---\ntitle: Notice\ndescription: A notice\ndate: 2023-05-06\n---\nNotice: {b}{t}{a}.\n"
                    )
                };
                self.add(
                    &format!("content/p/{id}.md"),
                    page("工作通知", "通知摘要", "正文。"),
                    page("工作通知", "通知摘要", "正文。"),
                );
                self.add(&format!("content/p/{id}.en.md"), f(&w.text), f(NEUTRAL_EN));
            }
            Place::DatasetLabel => {
                let f = |t: &str| {
                    format!(
                        "title: 统计{id}\nsource: 测试区民政局\nas_of: 2023-10-31\ncolumns:\n  - {{key: category, label: 类别}}\n  \
                         - {{key: persons, label: {}, unit: 人, type: integer}}\nrows:\n  - {{category: 城市低保, persons: 5829}}\n\
                         translations:\n  en:\n    title: Figures\n    source: Civil Affairs\n    columns:\n      category: Category\n      \
                         persons: {{label: Persons, unit: persons}}\n    values:\n      城市低保: Urban\n",
                        yq(&format!("人数{t}"))
                    )
                };
                self.add(&format!("data/{id}.yaml"), f(&text), f(&clean));
            }
            Place::ChartTitle => {
                let f = |t: &str| {
                    format!(
                        "title: {}\ntype: bar\ndata: base\ny: [persons]\ntranslations:\n  en:\n    title: Persons\n",
                        yq(&format!("低保人数{t}"))
                    )
                };
                self.add(&format!("charts/{id}.yaml"), f(&text), f(&clean));
            }
            Place::Txt => self.add(
                &format!("static/t/{id}.txt"),
                format!("公告\n{text}\n"),
                format!("公告\n{clean}\n"),
            ),
            Place::Csv => {
                let f = |t: &str| format!("序号,事项\n1,\"{}\"\n", t.replace('"', "\"\""));
                self.add(&format!("static/t/{id}.csv"), f(&text), f(&clean));
            }
            Place::Json => {
                let f = |t: &str| {
                    format!(
                        "{{\"note\": {}}}\n",
                        serde_json::to_string(t).unwrap_or_default()
                    )
                };
                self.add(&format!("static/t/{id}.json"), f(&text), f(&clean));
            }
            Place::Svg => {
                let f = |t: &str| {
                    format!(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\"><text x=\"4\" y=\"20\">{}</text></svg>\n",
                        xml_escape(t)
                    )
                };
                self.add(&format!("static/t/{id}.svg"), f(&text), f(&clean));
            }
            Place::Html => {
                let f = |t: &str| {
                    format!(
                        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>通知</title></head><body><p>{}</p></body></html>\n",
                        html_escape(t)
                    )
                };
                self.add(&format!("static/t/{id}.html"), f(&text), f(&clean));
            }
            Place::Js => {
                let f = |t: &str| {
                    format!(
                        "var note = {};\n",
                        serde_json::to_string(t).unwrap_or_default()
                    )
                };
                self.add(&format!("static/t/{id}.js"), f(&text), f(&clean));
            }
            Place::Css => {
                let f = |t: &str| {
                    format!(
                        ".note::after {{ content: \"{}\"; }}\n",
                        t.replace('"', "\\\"")
                    )
                };
                self.add(&format!("static/t/{id}.css"), f(&text), f(&clean));
            }
        }
    }

    /// Plants markup as it stands (`w.text` is already HTML) in a page body or a static HTML or SVG file.
    fn plant_markup(&mut self, w: &Written, place: Place) {
        let id = self.case(w, place.label());
        let (b, a) = context(w.kind);
        let text = format!("{b}{}{a}", w.text);
        let clean = format!("{b}{NEUTRAL}{a}");
        match place {
            Place::Svg => {
                let f = |t: &str| {
                    format!(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\"><text x=\"4\" y=\"20\"><tspan>{t}</tspan></text></svg>\n"
                    )
                };
                self.add(&format!("static/t/{id}.svg"), f(&text), f(&clean));
            }
            Place::Html => {
                let f = |t: &str| {
                    format!(
                        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>通知</title></head><body><p>{t}</p></body></html>\n"
                    )
                };
                self.add(&format!("static/t/{id}.html"), f(&text), f(&clean));
            }
            _ => {
                let f = |t: &str| {
                    format!(
                        "---\ntitle: 工作通知\ndate: 2023-05-06\n---\n<p>本单位通知：{t}，特此公告。</p>\n"
                    )
                };
                self.add(&format!("content/p/{id}.md"), f(&text), f(&clean));
            }
        }
    }

    /// Writes the site (attack or clean) into `root`.
    fn write(&self, root: &Path, attack: bool) {
        copy_dir(&repo().join("themes/default"), &root.join("themes/default"));
        let mut yaml = String::from(
            "title: 测试区民政局\ndescription: 攻击语料\nbase_url: https://example.gov.cn/mzj/\nlanguage: zh-CN\n\
             theme: default\nlanguages:\n  en:\n    title: Test District\n    description: Attack corpus\n",
        );
        let mut reviewed = String::new();
        for rel in &self.reviewed {
            let bytes = self
                .files
                .iter()
                .find(|f| &f.0 == rel)
                .map(|f| if attack { &f.1 } else { &f.2 })
                .cloned()
                .unwrap_or_default();
            let hash: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            writeln!(
                reviewed,
                "    - {{file: {rel}, sha256: {hash}, reason: checked by the test}}"
            )
            .ok();
        }
        if !reviewed.is_empty() {
            yaml.push_str("privacy:\n  reviewed:\n");
            yaml.push_str(&reviewed);
        }
        put(root, "site.yaml", yaml.as_bytes());
        put(
            root,
            "content/_index.md",
            "---\ntitle: 首页\n---\n欢迎访问。\n".as_bytes(),
        );
        put(
            root,
            "content/_index.en.md",
            "---\ntitle: Home\n---\nWelcome.\n".as_bytes(),
        );
        put(
            root,
            "content/p/_index.md",
            "---\ntitle: 通知公告\n---\n本栏目发布通知。\n".as_bytes(),
        );
        put(
            root,
            "content/p/_index.en.md",
            "---\ntitle: Notices\n---\nNotices.\n".as_bytes(),
        );
        put(
            root,
            "data/base.yaml",
            "title: 城乡低保\nsource: 测试区民政局\nas_of: 2023-10-31\ncolumns:\n  - {key: category, label: 类别}\n  \
             - {key: persons, label: 人数, unit: 人, type: integer}\nrows:\n  - {category: 城市低保, persons: 5829}\n  \
             - {category: 农村低保, persons: 36758}\ntranslations:\n  en:\n    title: Allowance\n    source: Civil Affairs\n    \
             columns:\n      category: Category\n      persons: {label: Persons, unit: persons}\n    values:\n      \
             城市低保: Urban\n      农村低保: Rural\n"
                .as_bytes(),
        );
        let mut records = String::from(
            "title: 慰问名册（虚构）\nsource: 虚构示例\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  \
             - {key: township, label: 乡镇}\nrecords:\n",
        );
        for (i, n) in roster().iter().enumerate() {
            let town = ["甲镇", "乙镇", "丙街道"][i % 3];
            writeln!(records, "  - {{name: {}, township: {town}}}", n.simplified).ok();
        }
        records.push_str(
            "publish:\n  group_by: [township]\n  measures:\n    persons: {op: count, label: 人数, unit: 人}\n\
             translations:\n  en:\n    title: Visits\n    source: Fictional\n    columns:\n      township: Township\n      \
             persons: {label: Persons, unit: persons}\n    values:\n      甲镇: Jia\n      乙镇: Yi\n      丙街道: Bing\n",
        );
        put(root, "data/roster.yaml", records.as_bytes());
        for (rel, a, c) in &self.files {
            let bytes = if attack { a } else { c };
            if self.absent_empty && bytes.is_empty() {
                continue;
            }
            put(root, rel, bytes);
        }
    }
}

fn put(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("create a fixture folder");
    }
    fs::write(&p, bytes).expect("write a fixture file");
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn html_escape(s: &str) -> String {
    xml_escape(s)
}

// ---------------------------------------------------------------------------------------------------------------
// Attachments, generated here
// ---------------------------------------------------------------------------------------------------------------

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        for (name, bytes) in entries {
            let method = if *name == "mimetype" {
                zip::CompressionMethod::Stored
            } else {
                zip::CompressionMethod::Deflated
            };
            let opts = zip::write::SimpleFileOptions::default().compression_method(method);
            z.start_file(*name, opts).expect("zip entry");
            z.write_all(bytes).expect("zip write");
        }
        z.finish().expect("zip finish");
    }
    buf.into_inner()
}

fn docx(text: &str) -> Vec<u8> {
    let x = xml_escape(text);
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>附件</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">{x}</w:t></w:r></w:p></w:body></w:document>"
    );
    zip_of(&[
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#),
        ("word/document.xml", doc.as_bytes()),
    ])
}

fn xlsx(text: &str) -> Vec<u8> {
    let x = xml_escape(text);
    let sheet = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名单</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
    );
    let shared = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>{x}</t></si></sst>"
    );
    zip_of(&[
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
    ])
}

fn odt(text: &str) -> Vec<u8> {
    let x = xml_escape(text);
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text><text:p>附件</text:p><text:p>{x}</text:p></office:text></office:body></office:document-content>"
    );
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#),
        ("content.xml", content.as_bytes()),
    ])
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("deflate");
    e.finish().expect("deflate")
}

/// A one-page PDF. ASCII text goes in the page (as a `TJ` array split in pieces); any text also goes in the
/// document information as UTF-16BE, which is where a name or other non-ASCII text can sit in a plain PDF.
fn pdf(text: &str, flate: bool) -> Vec<u8> {
    let ascii: String = text
        .chars()
        .filter(|c| c.is_ascii() && *c != '(' && *c != ')' && *c != '\\')
        .collect();
    let pieces: Vec<String> = ascii
        .as_bytes()
        .chunks(4)
        .map(|c| format!("({})", String::from_utf8_lossy(c)))
        .collect();
    let content = format!(
        "BT /F1 12 Tf 72 712 Td [(Notice) -250 {}] TJ ET",
        pieces.join(" -10 ")
    );
    let stream = if flate {
        zlib(content.as_bytes())
    } else {
        content.into_bytes()
    };
    let utf16: String = std::iter::once(0xFEFFu16)
        .chain(text.encode_utf16())
        .map(|u| format!("{u:04X}"))
        .collect();
    let mut objs: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
    ];
    let mut s = format!(
        "<< /Length {}{} >>\nstream\n",
        stream.len(),
        if flate { " /Filter /FlateDecode" } else { "" }
    )
    .into_bytes();
    s.extend_from_slice(&stream);
    s.extend_from_slice(b"\nendstream");
    objs.push(s);
    objs.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec());
    objs.push(format!("<< /Title <{utf16}> /Producer (test) >>").into_bytes());
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A DOCX whose parts are given as they stand (`word/document.xml` and any others), with a minimal package around.
fn docx_parts(document: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{document}</w:body></w:document>"
    );
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#),
        ("word/document.xml", doc.as_bytes()),
    ];
    for (name, text) in extra {
        entries.push((name, text.as_bytes()));
    }
    zip_of(&entries)
}

/// A PDF page whose content stream is `content` as it stands; with `image`, the page also has an image `/Im1`
/// (a scanned page).
fn pdf_content(content: &str, flate: bool, image: bool) -> Vec<u8> {
    let stream = if flate {
        zlib(content.as_bytes())
    } else {
        content.as_bytes().to_vec()
    };
    let mut objs: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>{} >> >>",
            if image { " /XObject << /Im1 6 0 R >>" } else { "" }
        )
        .into_bytes(),
    ];
    let mut s = format!(
        "<< /Length {}{} >>\nstream\n",
        stream.len(),
        if flate { " /Filter /FlateDecode" } else { "" }
    )
    .into_bytes();
    s.extend_from_slice(&stream);
    s.extend_from_slice(b"\nendstream");
    objs.push(s);
    objs.push(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec());
    if image {
        let pixels = zlib(&[0x80; 64 * 64]);
        let mut im = format!(
            "<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 \
             /Filter /FlateDecode /Length {} >>\nstream\n",
            pixels.len()
        )
        .into_bytes();
        im.extend_from_slice(&pixels);
        im.extend_from_slice(b"\nendstream");
        objs.push(im);
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
}

/// A 1×1 PNG with `text` in an `iTXt` chunk (UTF-8), or in `tEXt` when it is Latin-1.
fn png(text: &str) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&1u32.to_be_bytes());
    ihdr.extend_from_slice(&1u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    if text.is_ascii() {
        png_chunk(&mut out, b"tEXt", format!("Comment\0{text}").as_bytes());
    } else {
        png_chunk(
            &mut out,
            b"iTXt",
            format!("Comment\0\0\0\0\0{text}").as_bytes(),
        );
    }
    png_chunk(&mut out, b"IDAT", &zlib(&[0, 200, 200, 200]));
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// A JPEG header with `text` in a comment segment.
fn jpeg(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    out.extend_from_slice(&[
        0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    ]);
    let body = text.as_bytes();
    out.extend_from_slice(&[0xFF, 0xFE]);
    out.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

fn utf16(text: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = std::iter::once(0xFEFF)
        .filter(|_| bom)
        .chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn encoded(text: &str, enc: &'static encoding_rs::Encoding) -> Vec<u8> {
    enc.encode(text).0.into_owned()
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the output as an attacker would
// ---------------------------------------------------------------------------------------------------------------

const DIGIT_ZEROS: [u32; 20] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50,
    0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x1D7CE,
];

fn invisible_char(c: char) -> bool {
    matches!(c as u32,
        0xAD | 0x300..=0x36F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFE00..=0xFE0F | 0xFEFF)
}

fn fold_char(c: char) -> Option<char> {
    if invisible_char(c) {
        return None;
    }
    let u = c as u32;
    for z in DIGIT_ZEROS {
        if (z..z + 10).contains(&u) {
            return char::from_digit(u - z, 10);
        }
    }
    if (0x1D7CE..=0x1D7FF).contains(&u) {
        return char::from_digit((u - 0x1D7CE) % 10, 10);
    }
    Some(c)
}

/// Traditional characters and radicals of the roster, folded.
fn fold_han(c: char) -> char {
    for (s, t, _, _) in SURNAMES.iter().chain(GIVEN2.iter()) {
        if t.starts_with(c) {
            return s.chars().next().unwrap_or(c);
        }
    }
    for (s, k, _, _) in GIVEN1 {
        if k.starts_with(c) {
            return s.chars().next().unwrap_or(c);
        }
    }
    c
}

fn letters(s: &str) -> String {
    s.nfkd()
        .filter_map(fold_char)
        .map(fold_han)
        .filter(|c| c.is_alphabetic() && !('\u{3000}'..='\u{303F}').contains(c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn digits_of(s: &str) -> String {
    s.chars()
        .filter_map(fold_char)
        .flat_map(|c| c.to_string().nfkc().collect::<Vec<_>>())
        .filter(char::is_ascii_digit)
        .collect()
}

fn compact(s: &str) -> String {
    s.nfkc()
        .filter_map(fold_char)
        .filter(|c| !c.is_whitespace() && !"-_.·,，、~/()（）\"“”'".contains(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "commat" => '@',
        "shy" => '\u{AD}',
        "nbsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "period" => '.',
        "lowbar" => '_',
        "hyphen" | "dash" => '-',
        "ZeroWidthSpace" | "NegativeThinSpace" => '\u{200B}',
        "zwj" => '\u{200D}',
        "zwnj" => '\u{200C}',
        "NoBreak" => '\u{2060}',
        _ => return None,
    })
}

/// The escape at the start of `rest`, if any: what it stands for (a character, or one byte of a percent-escape)
/// and its length.
enum Unescaped {
    Char(char),
    Byte(u8),
}

fn hex_char(h: &str, radix: u32) -> Option<char> {
    u32::from_str_radix(h, radix).ok().and_then(char::from_u32)
}

fn escape_at(rest: &str) -> Option<(Unescaped, usize)> {
    let semi = |at: usize| at + usize::from(rest[at..].starts_with(';'));
    if let Some(r) = rest.strip_prefix("&#") {
        let (hex, r, start) = match r.strip_prefix(['x', 'X']) {
            Some(r) => (true, r, 3),
            None => (false, r, 2),
        };
        let n = r
            .chars()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        let c = hex_char(&r[..n], if hex { 16 } else { 10 })?;
        return Some((Unescaped::Char(c), semi(start + n)));
    }
    if let Some(r) = rest.strip_prefix('&') {
        let n = r.chars().take_while(char::is_ascii_alphanumeric).count();
        let c = named_entity(&r[..n])?;
        return Some((Unescaped::Char(c), semi(1 + n)));
    }
    if let Some(r) = rest.strip_prefix("\\u{") {
        let n = r.chars().take_while(char::is_ascii_hexdigit).count();
        let c = hex_char(&r[..n], 16).filter(|_| r[n..].starts_with('}'))?;
        return Some((Unescaped::Char(c), 3 + n + 1));
    }
    if let Some(r) = rest.strip_prefix("\\u") {
        return Some((Unescaped::Char(hex_char(r.get(..4)?, 16)?), 6));
    }
    if let Some(r) = rest.strip_prefix("\\x") {
        return Some((Unescaped::Char(hex_char(r.get(..2)?, 16)?), 4));
    }
    if let Some(r) = rest.strip_prefix('\\') {
        let n = r
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .take(6)
            .count();
        let c = hex_char(&r[..n], 16)?;
        return Some((
            Unescaped::Char(c),
            1 + n + usize::from(r[n..].starts_with(' ')),
        ));
    }
    if let Some(r) = rest.strip_prefix('%') {
        return Some((
            Unescaped::Byte(u8::from_str_radix(r.get(..2)?, 16).ok()?),
            3,
        ));
    }
    None
}

/// Character references (any length, with or without `;`, named), `\\uXXXX`, `\\u{…}`, `\\xNN`, CSS `\\HH `, and
/// percent-escapes, decoded.
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if s.is_char_boundary(i)
            && let Some((u, len)) = escape_at(&s[i..])
        {
            match u {
                Unescaped::Char(c) => {
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Unescaped::Byte(v) => out.push(v),
            }
            i += len;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = false;
    for c in s.chars() {
        match c {
            '<' => depth = true,
            '>' if depth => depth = false,
            c if !depth => out.push(c),
            _ => {}
        }
    }
    out
}

/// Elements hidden by `display:none` or `hidden`, with their text, taken out (the text a sighted reader sees).
fn strip_hidden(s: &str) -> String {
    let mut out = s.to_string();
    for marker in ["display:none", "display: none", " hidden>", " hidden "] {
        while let Some(at) = out.find(marker) {
            let Some(open) = out[..at].rfind('<') else {
                break;
            };
            let Some(close) = out[at..].find("</").map(|c| at + c) else {
                break;
            };
            let Some(end) = out[close..].find('>').map(|e| close + e + 1) else {
                break;
            };
            out.replace_range(open..end, "");
        }
    }
    out
}

/// Every text a file can be read as: its bytes as UTF-8, UTF-16 and GB18030, and what zip, gzip and PDF streams
/// inside it hold.
fn texts_of(bytes: &[u8], depth: usize, out: &mut Vec<String>) {
    out.push(String::from_utf8_lossy(bytes).into_owned());
    if std::str::from_utf8(bytes).is_err() {
        out.push(encoding_rs::GB18030.decode(bytes).0.into_owned());
        out.push(encoding_rs::BIG5.decode(bytes).0.into_owned());
    }
    if bytes.len() >= 2 && bytes.iter().filter(|&&b| b == 0).count() * 4 >= bytes.len() {
        out.push(encoding_rs::UTF_16LE.decode(bytes).0.into_owned());
        out.push(encoding_rs::UTF_16BE.decode(bytes).0.into_owned());
        out.push(encoding_rs::UTF_16LE.decode(&bytes[1..]).0.into_owned());
    }
    if depth > 3 {
        return;
    }
    if bytes.starts_with(b"PK")
        && let Ok(mut z) = zip::ZipArchive::new(std::io::Cursor::new(bytes))
    {
        for i in 0..z.len() {
            let mut inner = Vec::new();
            if let Ok(mut f) = z.by_index(i) {
                if let Ok(n) = f.name() {
                    out.push(n.to_string());
                }
                if f.read_to_end(&mut inner).is_ok() {
                    texts_of(&inner, depth + 1, out);
                }
            }
        }
    }
    if bytes.starts_with(&[0x1F, 0x8B]) {
        let mut inner = Vec::new();
        if flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut inner)
            .is_ok()
        {
            texts_of(&inner, depth + 1, out);
        }
    }
    let mut at = 0;
    while let Some(s) = find(&bytes[at..], b"stream") {
        let mut start = at + s + 6;
        while start < bytes.len() && (bytes[start] == b'\r' || bytes[start] == b'\n') {
            start += 1;
        }
        let mut inner = Vec::new();
        if flate2::read::ZlibDecoder::new(&bytes[start..])
            .read_to_end(&mut inner)
            .is_ok()
            || !inner.is_empty()
        {
            texts_of(&inner, depth + 1, out);
        }
        at = start;
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The three searchable forms of every reading of `bytes`.
fn forms_of(bytes: &[u8]) -> Vec<(Form, String)> {
    let mut texts = Vec::new();
    texts_of(bytes, 0, &mut texts);
    let mut out = Vec::new();
    for t in texts {
        let once = unescape(&t);
        let twice = unescape(&once);
        for v in [
            t.clone(),
            once.clone(),
            twice,
            strip_tags(&once),
            strip_tags(&strip_hidden(&once)),
        ] {
            out.push((Form::Digits, digits_of(&v)));
            out.push((Form::Compact, compact(&v)));
            out.push((Form::Letters, letters(&v)));
        }
        // Digits of PDF text pieces `(138)` joined.
        out.push((
            Form::Digits,
            digits_of(&strip_tags(&t.replace(") -10 (", ""))),
        ));
    }
    out
}

/// The ids of the cases whose value is found in `bytes`.
fn found_in(bytes: &[u8], cases: &[Case], hits: &mut BTreeSet<usize>) {
    let forms = forms_of(bytes);
    for form in [Form::Digits, Form::Compact, Form::Letters] {
        let mut pats = Vec::new();
        let mut owner = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            for (f, p) in &c.probes {
                if *f == form && !p.is_empty() {
                    pats.push(p.as_str());
                    owner.push(i);
                }
            }
        }
        if pats.is_empty() {
            continue;
        }
        let ac = AhoCorasick::new(&pats).expect("patterns");
        for (f, text) in &forms {
            if *f == form {
                for m in ac.find_overlapping_iter(text) {
                    hits.insert(owner[m.pattern().as_usize()]);
                }
            }
        }
    }
    for (i, c) in cases.iter().enumerate() {
        if c.blob.as_deref() == Some(bytes) {
            hits.insert(i);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------------------------

fn run(root: &Path, strict: bool) -> Output {
    let out = root.join("public");
    let out = out.to_string_lossy().into_owned();
    let mut args = vec!["build", "--root", ".", "--out"];
    args.push(&out);
    if strict {
        args.push("--strict");
    }
    sunlight(root, &args)
}

/// Builds the site's clean twin and attack, and returns one line per failing case (never a value).
fn attack(name: &str, site: &Site) -> Vec<String> {
    let mut problems = Vec::new();
    keep_for_inspection(name, site);
    let clean = tempfile::tempdir().expect("temp dir");
    site.write(clean.path(), false);
    let o = run(clean.path(), true);
    let err = String::from_utf8_lossy(&o.stderr);
    let refused_only = err.lines().filter(|l| l.contains(": error: ")).all(|l| {
        site.may_refuse
            .iter()
            .any(|f| l.starts_with(&format!("{f}: error: Sunlight cannot read")))
    });
    if o.status.code() != Some(0) && !(o.status.code() == Some(1) && refused_only) {
        problems.push(format!(
            "{name}: the clean twin (every value replaced by ordinary words) fails --strict, so the fixture or a false \
             positive is wrong:\n{}",
            err.lines().take(40).collect::<Vec<_>>().join("\n")
        ));
        return problems;
    }

    let dir = tempfile::tempdir().expect("temp dir");
    site.write(dir.path(), true);
    let default = run(dir.path(), false);
    let mut in_output = BTreeSet::new();
    let mut where_found: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (rel, bytes) in common::tree(&dir.path().join("public")) {
        let mut hits = BTreeSet::new();
        found_in(rel.as_bytes(), &site.cases, &mut hits);
        found_in(&bytes, &site.cases, &mut hits);
        // A file named after cases holds their values; one named after none (a list, the search index) any value.
        let named: Vec<usize> = (0..site.cases.len())
            .filter(|&i| mentions(&rel, &site.cases[i].id))
            .collect();
        for h in hits
            .into_iter()
            .filter(|h| named.is_empty() || named.contains(h))
        {
            in_output.insert(h);
            where_found
                .entry(h)
                .or_default()
                .push(format!("public/{rel}"));
        }
    }
    let mut in_logs = BTreeSet::new();
    found_in(&default.stdout, &site.cases, &mut in_logs);
    found_in(&default.stderr, &site.cases, &mut in_logs);

    let strict_dir = tempfile::tempdir().expect("temp dir");
    site.write(strict_dir.path(), true);
    let strict = run(strict_dir.path(), true);
    found_in(&strict.stdout, &site.cases, &mut in_logs);
    found_in(&strict.stderr, &site.cases, &mut in_logs);
    let strict_err = String::from_utf8_lossy(&strict.stderr).into_owned();
    if strict.status.code() != Some(1) {
        problems.push(format!(
            "{name}: --strict exited {:?}, not 1",
            strict.status.code()
        ));
    }
    for (i, c) in site.cases.iter().enumerate() {
        if in_output.contains(&i) {
            let files = where_found
                .get(&i)
                .map(|v| v.join(", "))
                .unwrap_or_default();
            problems.push(format!("{}: published in {files}", c.describe()));
        }
        if in_logs.contains(&i) {
            problems.push(format!("{}: printed in the build's messages", c.describe()));
        }
        if !mentions(&strict_err, &c.id) {
            problems.push(format!("{}: not reported by --strict", c.describe()));
        }
    }
    problems
}

/// Whether `text` names the case `id` (`c0012`, not `c00123`).
fn mentions(text: &str, id: &str) -> bool {
    text.match_indices(id)
        .any(|(at, _)| !text[at + id.len()..].starts_with(|ch: char| ch.is_ascii_digit()))
}

/// With `SUNLIGHT_ATTACKS_KEEP=DIR`, every site is also written to `DIR/NAME/{attack,clean}` to be built by hand.
fn keep_for_inspection(name: &str, site: &Site) {
    let Some(dir) = std::env::var_os("SUNLIGHT_ATTACKS_KEEP") else {
        return;
    };
    let slug: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let base = Path::new(&dir).join(slug);
    for (sub, attack) in [("attack", true), ("clean", false)] {
        let root = base.join(sub);
        let _ = fs::remove_dir_all(&root);
        site.write(&root, attack);
    }
}

fn report<N: AsRef<str>>(class: &str, sites: Vec<(N, Site)>) {
    let mut problems = Vec::new();
    let mut total = 0;
    for (name, site) in &sites {
        total += site.cases.len();
        problems.extend(attack(&format!("{class}: {}", name.as_ref()), site));
    }
    eprintln!("{class}: {total} cases, {} problem(s)", problems.len());
    if !problems.is_empty() {
        panic!(
            "{class}: {} problem(s) in {total} cases\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        );
    }
}

/// Pages per site. The search index of a site with many pages holds long posting lists of small numbers, which the
/// merged guard takes for an ID number (see `a_site_with_many_pages_builds`); small sites keep that false positive
/// from hiding the attacks.
const PAGES_PER_SITE: usize = 12;

/// Every case of `written` in its own file, each in a few places: the places rotated so that every trick meets
/// every kind of place. Pages go in sites of at most [`PAGES_PER_SITE`] cases, static files in one.
fn spread(written: &[Written], places: &[Place], per_value: usize) -> Vec<(String, Site)> {
    let mut pages: Vec<Site> = vec![Site::default()];
    let mut statics = Site::default();
    for (i, w) in written.iter().enumerate() {
        for k in 0..per_value {
            let place = places[(i * per_value + k) % places.len()];
            if place == Place::Translation
                && w.text
                    .chars()
                    .any(|c| ('\u{2E80}'..='\u{9FFF}').contains(&c))
            {
                continue;
            }
            if matches!(
                place,
                Place::Txt
                    | Place::Csv
                    | Place::Json
                    | Place::Svg
                    | Place::Html
                    | Place::Js
                    | Place::Css
            ) {
                statics.plant(w, place);
            } else {
                if pages
                    .last()
                    .is_some_and(|p| p.cases.len() >= PAGES_PER_SITE)
                {
                    let next = pages.last().map_or(0, |p| p.first_id + p.cases.len());
                    pages.push(Site {
                        first_id: next,
                        ..Site::default()
                    });
                }
                if let Some(p) = pages.last_mut() {
                    p.plant(w, place);
                }
            }
        }
    }
    let mut out: Vec<(String, Site)> = pages
        .into_iter()
        .enumerate()
        .map(|(i, p)| (format!("pages {}", i + 1), p))
        .collect();
    out.push(("static files".to_string(), statics));
    out
}

/// `items` planted by `plant`, in sites of at most [`PAGES_PER_SITE`] cases whose ids start after `first_id`.
fn paged(
    name: &str,
    first_id: usize,
    items: &[Written],
    mut plant: impl FnMut(&mut Site, &Written),
) -> Vec<(String, Site)> {
    items
        .chunks(PAGES_PER_SITE)
        .enumerate()
        .map(|(i, chunk)| {
            let mut site = Site {
                first_id: first_id + i * PAGES_PER_SITE,
                ..Site::default()
            };
            for w in chunk {
                plant(&mut site, w);
            }
            (format!("{name} {}", i + 1), site)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// The vector classes
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn invisible_characters_inside_values() {
    let mut g = Gen::new(11);
    report(
        "invisible characters",
        spread(&invisible(&mut g), &TEXT_PLACES, 3),
    );
}

#[test]
fn look_alike_digits() {
    let mut g = Gen::new(12);
    report(
        "look-alike digits",
        spread(&lookalike(&mut g), &TEXT_PLACES, 3),
    );
}

#[test]
fn separators_and_glued_letters() {
    let mut g = Gen::new(13);
    report("separators", spread(&separators(&mut g), &TEXT_PLACES, 2));
}

#[test]
fn roster_name_variants() {
    let mut g = Gen::new(14);
    report(
        "name variants",
        spread(&name_variants(&mut g), &TEXT_PLACES, 3),
    );
}

#[test]
fn other_formats() {
    let mut g = Gen::new(15);
    report("formats", spread(&formats(&mut g), &TEXT_PLACES, 2));
}

#[test]
fn html_character_references_and_inline_splits() {
    let mut g = Gen::new(16);
    let tricks = html_tricks(&mut g);
    let mut statics = Site::default();
    for w in &tricks {
        statics.plant_markup(w, Place::Html);
    }
    let mut sites = paged(
        "raw HTML in pages",
        statics.cases.len(),
        &tricks,
        |site, w| site.plant_markup(w, Place::RawHtmlBody),
    );
    sites.push(("static HTML".into(), statics));
    report("HTML tricks", sites);
}

#[test]
fn svg_text_split_by_elements_and_references() {
    // A static SVG is XML: the value sits in one `<text>`, split by elements or written as references. Its
    // `textContent` (what a scraper, a search engine or a screen reader takes) is the whole value.
    let mut g = Gen::new(22);
    let mut site = Site::default();
    for w in html_tricks(&mut g) {
        site.plant_markup(&w, Place::Svg);
    }
    report("SVG tricks", vec![("static SVG", site)]);
}

#[test]
fn escapes_in_code_and_links() {
    let mut g = Gen::new(17);
    let mut statics = Site::default();
    let mut links = Vec::new();
    for (w, how) in escapes(&mut g) {
        match how {
            "link" => links.push(w),
            ext => {
                let id = statics.case(&w, &format!("static .{ext}"));
                let (b, a) = context(w.kind);
                let (body, clean) = match ext {
                    "json" => (
                        format!("{{\"note\": \"{b}{}{a}\"}}\n", w.text),
                        format!("{{\"note\": \"{b}{NEUTRAL}{a}\"}}\n"),
                    ),
                    "js" => (
                        format!("var note = \"{b}{}{a}\";\n", w.text),
                        format!("var note = \"{b}{NEUTRAL}{a}\";\n"),
                    ),
                    _ => (
                        format!(".note::after {{ content: \"{b}{}{a}\"; }}\n", w.text),
                        format!(".note::after {{ content: \"{b}{NEUTRAL}{a}\"; }}\n"),
                    ),
                };
                statics.add(&format!("static/t/{id}.{ext}"), body, clean);
            }
        }
    }
    let mut sites = paged("link targets", statics.cases.len(), &links, |site, w| {
        let id = site.case(w, "link target in a page");
        let scheme = if w.kind == Kind::Phone {
            "tel:"
        } else {
            "https://example.gov.cn/search?q="
        };
        let f = |t: &str| {
            format!("---\ntitle: 工作通知\ndate: 2023-05-06\n---\n[联系方式]({scheme}{t})\n")
        };
        site.add(&format!("content/p/{id}.md"), f(&w.text), f("office"));
    });
    sites.push(("static code".into(), statics));
    report("escapes", sites);
}

#[test]
fn text_files_in_other_encodings() {
    let mut g = Gen::new(18);
    let mut site = Site::default();
    type Enc = (&'static str, &'static str, fn(&str) -> Vec<u8>);
    let encodings: [Enc; 8] = [
        ("UTF-16LE with BOM", "txt", |t| utf16(t, true, true)),
        ("UTF-16BE with BOM", "csv", |t| utf16(t, false, true)),
        ("UTF-16LE without BOM", "txt", |t| utf16(t, true, false)),
        ("GB18030", "txt", |t| encoded(t, encoding_rs::GB18030)),
        ("GBK", "csv", |t| encoded(t, encoding_rs::GBK)),
        ("Big5", "txt", |t| encoded(t, encoding_rs::BIG5)),
        ("UTF-8 .tsv", "tsv", |t| t.as_bytes().to_vec()),
        ("UTF-8 without extension", "", |t| t.as_bytes().to_vec()),
    ];
    for (e, (enc, ext, f)) in encodings.iter().enumerate() {
        for (k, w) in plain_values(&mut g).into_iter().enumerate() {
            if (e + k) % 2 == 1 && e < 6 {
                continue;
            }
            let id = site.case(&w, &format!("static file, {enc}"));
            let (b, a) = context(w.kind);
            let dot = if ext.is_empty() {
                String::new()
            } else {
                format!(".{ext}")
            };
            if *enc != "GB18030" && *enc != "GBK" && !enc.starts_with("UTF-8") {
                site.may_refuse.push(format!("static/t/{id}{dot}"));
            }
            site.add(
                &format!("static/t/{id}{dot}"),
                f(&format!("序号\t事项\r\n1\t{b}{}{a}\r\n", w.text)),
                f(&format!("序号\t事项\r\n1\t{b}{NEUTRAL}{a}\r\n")),
            );
        }
    }
    report("encodings", vec![("encoded static files", site)]);
}

#[test]
fn attachments_of_every_format() {
    let mut g = Gen::new(19);
    let mut site = Site::default();
    type Make = (&'static str, &'static str, fn(&str) -> Vec<u8>);
    let formats: [Make; 10] = [
        ("DOCX", "docx", docx),
        ("XLSX shared strings", "xlsx", xlsx),
        ("ODT", "odt", odt),
        ("PDF, plain", "pdf", |t| pdf(t, false)),
        ("PDF, Flate-compressed", "pdf", |t| pdf(t, true)),
        ("zip of a .txt", "zip", |t| {
            zip_of(&[("名单.txt", t.as_bytes())])
        }),
        ("gzip of a .csv", "csv.gz", |t| {
            gzip(format!("序号,事项\n1,{t}\n").as_bytes())
        }),
        ("zip in a zip", "zip", |t| {
            zip_of(&[("inner.zip", &zip_of(&[("a.csv", t.as_bytes())]))])
        }),
        ("PNG text chunk", "png", png),
        ("JPEG comment", "jpg", jpeg),
    ];
    for (name, ext, make) in formats {
        for w in plain_values(&mut g) {
            let id = site.case(&w, &format!("attachment, {name}"));
            let (b, a) = context(w.kind);
            // PDF page text is ASCII: the context words go in the information dictionary with the value.
            let text = format!("{b}{}{a}", w.text);
            let bytes = make(&text);
            let clean = make(&format!("{b}{NEUTRAL}{a}"));
            site.cases.last_mut().expect("case").blob = Some(bytes.clone());
            let rel = format!("static/files/{id}.{ext}");
            site.add(&rel, bytes, clean);
            site.reviewed.push(rel);
        }
    }
    report("attachments", vec![("attachments", site)]);
}

#[test]
fn attachments_with_values_split_or_hidden_inside() {
    // The value is where a reader of the document finds it, but not as one run of bytes in one text node.
    let mut g = Gen::new(23);
    let mut site = Site::default();
    type Make = (&'static str, &'static str, fn(&str) -> Vec<u8>);
    let makers: [Make; 9] = [
        ("DOCX, value split over three runs", "docx", |t| {
            let n = t.chars().count();
            let cut =
                |a: usize, b: usize| xml_escape(&t.chars().skip(a).take(b - a).collect::<String>());
            docx_parts(
                &format!(
                    "<w:p><w:r><w:t>{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r><w:r><w:t>{}</w:t></w:r></w:p>",
                    cut(0, n / 2),
                    cut(n / 2, n / 2 + 3),
                    cut(n / 2 + 3, n)
                ),
                &[],
            )
        }),
        ("DOCX, hidden text (w:vanish)", "docx", |t| {
            docx_parts(
                &format!(
                    "<w:p><w:r><w:t>附件</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>{}</w:t></w:r></w:p>",
                    xml_escape(t)
                ),
                &[],
            )
        }),
        ("DOCX, document properties (dc:creator)", "docx", |t| {
            let core = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>{}</dc:creator></cp:coreProperties>",
                xml_escape(t)
            );
            docx_parts(
                "<w:p><w:r><w:t>附件</w:t></w:r></w:p>",
                &[("docProps/core.xml", Box::leak(core.into_boxed_str()))],
            )
        }),
        ("DOCX, comment", "docx", |t| {
            let c = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:comment w:id=\"0\"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:comment></w:comments>",
                xml_escape(t)
            );
            docx_parts(
                "<w:p><w:r><w:t>附件</w:t></w:r></w:p>",
                &[("word/comments.xml", Box::leak(c.into_boxed_str()))],
            )
        }),
        ("DOCX, footer", "docx", |t| {
            let c = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:ftr>",
                xml_escape(t)
            );
            docx_parts(
                "<w:p><w:r><w:t>附件</w:t></w:r></w:p>",
                &[("word/footer1.xml", Box::leak(c.into_boxed_str()))],
            )
        }),
        ("PDF, hex string Tj", "pdf", |t| {
            let ascii: String = t.chars().filter(char::is_ascii).collect();
            let hex: String = ascii.bytes().map(|b| format!("{b:02X}")).collect();
            pdf_content(
                &format!("BT /F1 12 Tf 72 712 Td <{hex}> Tj ET"),
                true,
                false,
            )
        }),
        ("PDF, one Tj per character", "pdf", |t| {
            let ascii: String = t
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '@' || *c == '.')
                .collect();
            let ops: String = ascii.chars().map(|c| format!("({c}) Tj 6 0 Td ")).collect();
            pdf_content(&format!("BT /F1 12 Tf 72 712 Td {ops}ET"), true, false)
        }),
        ("PDF, octal escapes in a string", "pdf", |t| {
            let ascii: String = t.chars().filter(char::is_ascii).collect();
            let oct: String = ascii.bytes().map(|b| format!("\\{b:03o}")).collect();
            pdf_content(
                &format!("BT /F1 12 Tf 72 712 Td ({oct}) Tj ET"),
                false,
                false,
            )
        }),
        ("gzip of a UTF-16LE text", "txt.gz", |t| {
            gzip(&utf16(&format!("名单\r\n{t}\r\n"), true, true))
        }),
    ];
    for (name, ext, make) in makers {
        for w in plain_values(&mut g) {
            // PDF page text is ASCII only here: names and 密码 (Han) cannot be written in it.
            if ext == "pdf" && matches!(w.kind, Kind::Name | Kind::Credential) {
                continue;
            }
            let id = site.case(&w, &format!("attachment, {name}"));
            let (b, a) = if ext == "pdf" {
                context_en(w.kind)
            } else {
                context(w.kind)
            };
            let bytes = make(&format!("{b}{}{a}", w.text));
            let clean = make(&format!(
                "{b}{}{a}",
                if ext == "pdf" { NEUTRAL_EN } else { NEUTRAL }
            ));
            site.cases.last_mut().expect("case").blob = Some(bytes.clone());
            let rel = format!("static/files/{id}.{ext}");
            site.add(&rel, bytes, clean);
            site.reviewed.push(rel);
        }
    }
    report("attachment parts", vec![("attachments", site)]);
}

#[test]
fn values_in_file_names() {
    let mut g = Gen::new(20);
    let mut site = Site::default();
    for w in plain_values(&mut g) {
        if w.kind == Kind::Credential {
            continue;
        }
        let value = w.text.clone();
        for (place, rel) in [
            (
                "static file name",
                format!("static/files/{{id}}/{value}.txt"),
            ),
            ("page file name", format!("content/p/{{id}}/{value}.md")),
            ("folder name", format!("static/{{id}}/{value}/a.txt")),
        ] {
            // An e-mail address ends in `.cn`: as a page name it would read as a translation (`NAME.cn.md`).
            if w.kind == Kind::Email && place == "page file name" {
                continue;
            }
            let id = site.case(&w, place);
            let attack = rel.replace("{id}", &id);
            let clean = attack.replace(&value, "notice");
            let body: &[u8] = if place == "page file name" {
                "---\ntitle: 工作通知\ndate: 2023-05-06\n---\n正文。\n".as_bytes()
            } else {
                "公告\n".as_bytes()
            };
            // Written at different paths: the attack and the clean twin differ in their names.
            site.files.push((attack.clone(), body.to_vec(), Vec::new()));
            site.files.push((clean, Vec::new(), body.to_vec()));
        }
    }
    // Each file is written only in the version it belongs to.
    site.absent_empty = true;
    report("file names", vec![("file names", site)]);
}

#[test]
fn values_echoed_by_error_messages() {
    // Each site has one error on a line that also holds a value; the message must name the place, not the value.
    let mut g = Gen::new(21);
    let mut problems = Vec::new();
    for (k, w) in plain_values(&mut g).into_iter().enumerate() {
        let (b, a) = context(w.kind);
        let text = format!("{b}{}{a}", w.text);
        let broken: [(&str, String); 3] = [
            (
                "front matter with a bad date",
                format!("---\ntitle: 通知{text}\ndate: 2023-13-45\n---\n正文。\n"),
            ),
            (
                "an unclosed shortcode",
                format!("---\ntitle: 通知\n---\n{text} {{{{ value(\"base\", \n"),
            ),
            ("a dataset with a bad row", String::new()),
        ];
        for (what, page) in broken {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut site = Site::default();
            let c = site.case(&w, what);
            if page.is_empty() {
                site.add(
                    &format!("data/{c}.yaml"),
                    format!(
                        "title: 统计\nsource: 测试\nas_of: 2023-10-31\ncolumns:\n  - {{key: category, label: 类别}}\n  \
                         - {{key: persons, label: 人数, type: integer}}\nrows:\n  - {{category: {}, persons: 十二}}\n",
                        yq(&text)
                    ),
                    Vec::new(),
                );
            } else {
                site.add(&format!("content/p/{c}.md"), page, Vec::new());
            }
            site.write(dir.path(), true);
            for strict in [false, true] {
                let o = run(dir.path(), strict);
                let mut hits = BTreeSet::new();
                found_in(&o.stdout, &site.cases, &mut hits);
                found_in(&o.stderr, &site.cases, &mut hits);
                if !hits.is_empty() {
                    problems.push(format!(
                        "{} (site {k}): the error message prints the value{}",
                        site.cases[0].describe(),
                        if strict { " (--strict)" } else { "" }
                    ));
                }
                if o.status.code() != Some(1) {
                    problems.push(format!(
                        "{}: exited {:?}, not 1, though the input has an error",
                        site.cases[0].describe(),
                        o.status.code()
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        panic!(
            "values in error messages: {} problem(s)\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// False positives
// ---------------------------------------------------------------------------------------------------------------

/// One false-positive site: its files, and the figures that must come out of it, by output file.
struct Ordinary {
    what: &'static str,
    site: Site,
    expect: Vec<(&'static str, Vec<&'static str>)>,
}

fn ordinary(
    what: &'static str,
    files: &[(&str, &str)],
    expect: Vec<(&'static str, Vec<&'static str>)>,
) -> Ordinary {
    let mut site = Site::default();
    for (rel, text) in files {
        site.add(rel, *text, *text);
    }
    Ordinary { what, site, expect }
}

fn false_positive_sites() -> Vec<Ordinary> {
    let briefs: Vec<(String, String)> = [150u32, 151, 152, 158, 186]
        .iter()
        .enumerate()
        .map(|(i, n)| {
            (
                format!("content/p/brief{i}.md"),
                format!("---\ntitle: 民政简报第{n}期\ndate: 2020-07-{:02}\n---\n本期简报共{n}条信息。\n", 11 + i),
            )
        })
        .collect();
    let briefs: Vec<(&str, &str)> = briefs
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let report = "---\ntitle: 2023年工作总结\ndescription: 全年发放158 230 451.00 元\ndate: 2023-12-01\n---\n\
        床位 150\n2020-07-11 起开放。\n\n\
        全年发放低保金158 230 451.00 元，合计1,385,620 元，覆盖13.8万人、3815户，保障标准1380元/月，完成率99.95%。\n\n\
        统一社会信用代码：91530100MA6K5XY21P。文号：区民发〔2023〕12号，另见云民政发〔2024〕105号。\n\n\
        政务服务便民热线 12345，值班电话 0871-12345，全国客服 400-820-8820，紧急电话 110、119、120。\n\n\
        邮政编码 650031。订单号 DD20231130000123，快递单号 CN20231130456789，项目编号：YN-2023-0158。\n\n\
        2019—2023年共办理36758件，截至2023年11月30日。参考书目 ISBN 978-7-5117-3301-1，登记号 5301022023000158。\n";
    let table = "---\ntitle: 历年保障情况\ndate: 2023-12-02\n---\n\
        | 年份 | 户数 | 人数 | 资金（元） |\n|---|---|---|---|\n| 2019 | 3815 | 5829 | 13802019 |\n| 2020 | 3902 | 6012 | 15820200 |\n\
        | 2021 | 4015 | 6230 | 16230451 |\n| 2022 | 4120 | 6398 | 17201011 |\n| 2023 | 4233 | 6517 | 18512023 |\n\n\
        - 第150期\n- 2020-07-11\n- 第151期\n- 2020-07-12\n";
    vec![
        ordinary(
            "a list page of titles ending in numbers beside their dates",
            &briefs,
            vec![
                ("index.html", vec!["民政简报第150期", "民政简报第186期"]),
                (
                    "p/index.html",
                    vec![
                        "民政简报第150期",
                        "民政简报第151期",
                        "民政简报第158期",
                        "民政简报第186期",
                        "2020-07-11",
                    ],
                ),
            ],
        ),
        ordinary(
            "amounts, codes, document numbers, hotlines, postcodes and order numbers in prose",
            &[("content/p/report.md", report)],
            vec![(
                "p/report/index.html",
                vec![
                    "158 230 451.00 元",
                    "1,385,620 元",
                    "13.8万人",
                    "3815户",
                    "1380元/月",
                    "99.95%",
                    "91530100MA6K5XY21P",
                    "区民发〔2023〕12号",
                    "云民政发〔2024〕105号",
                    "12345",
                    "0871-12345",
                    "400-820-8820",
                    "110、119、120",
                    "650031",
                    "DD20231130000123",
                    "CN20231130456789",
                    "YN-2023-0158",
                    "2019—2023年",
                    "36758",
                    "2023年11月30日",
                    "ISBN 978-7-5117-3301-1",
                    "5301022023000158",
                    "2020-07-11",
                    "150",
                ],
            )],
        ),
        ordinary(
            "years, counts and amounts in table cells and list items",
            &[("content/p/table.md", table)],
            vec![(
                "p/table/index.html",
                vec![
                    "13802019",
                    "15820200",
                    "16230451",
                    "17201011",
                    "18512023",
                    "第150期",
                    "2020-07-11",
                    "2023",
                    "6517",
                ],
            )],
        ),
        ordinary(
            "a CSV of years, counts and amounts",
            &[(
                "static/t/figures.csv",
                "年份,户数,金额（元）\n2019,3815,158230451.00\n2020,3902,1385620\n2023,4233,36758\n",
            )],
            vec![(
                "t/figures.csv",
                vec!["1385620", "158230451.00", "2023,4233,36758"],
            )],
        ),
        ordinary(
            "a text file of codes",
            &[(
                "static/t/figures.txt",
                "统一社会信用代码 91530100MA6K5XY21P\n文号 区民发〔2023〕12号\n热线 12345\n邮编 650031\n订单号 DD20231130000123\n",
            )],
            vec![(
                "t/figures.txt",
                vec![
                    "91530100MA6K5XY21P",
                    "区民发〔2023〕12号",
                    "12345",
                    "650031",
                    "DD20231130000123",
                ],
            )],
        ),
    ]
}

#[test]
fn ordinary_statistical_writing_builds_under_strict_with_every_figure() {
    let mut problems = Vec::new();
    for o in false_positive_sites() {
        let dir = tempfile::tempdir().expect("temp dir");
        o.site.write(dir.path(), false);
        let out = run(dir.path(), true);
        let err = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(0) {
            problems.push(format!(
                "{}: --strict exited {:?}:\n{err}",
                o.what,
                out.status.code()
            ));
            continue;
        }
        for (rel, figures) in &o.expect {
            let page = fs::read_to_string(dir.path().join("public").join(rel)).unwrap_or_default();
            let text = strip_tags(&unescape(&page));
            let lost: Vec<&str> = figures
                .iter()
                .copied()
                .filter(|f| !text.contains(f) && !page.contains(f))
                .collect();
            if !lost.is_empty() {
                problems.push(format!("{}: public/{rel} lost {lost:?}", o.what));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "false positives:\n  - {}",
        problems.join("\n  - ")
    );
}

#[test]
fn a_site_with_many_pages_builds() {
    // Forty ordinary notices that ask people to bring their ID card. The search index then holds the token 证号
    // with a posting list of page numbers (`"证号":[2,1,0,3,0,1,4,1,0,8,1,0,12,1,0]`): small numbers in a JSON
    // array, which must not be joined across the commas into a 15-digit ID number after a context word.
    let mut site = Site::default();
    for i in 0..40 {
        let page = format!(
            "---\ntitle: 工作动态第{}期\ndate: 2023-{:02}-{:02}\n---\n本期共办理{}件，请凭身份证号码原件办理。\n",
            i + 1,
            1 + i % 12,
            1 + i % 28,
            30 + i
        );
        site.add(&format!("content/p/n{i:03}.md"), page.clone(), page);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    site.write(dir.path(), false);
    let o = run(dir.path(), true);
    assert_eq!(
        o.status.code(),
        Some(0),
        "40 ordinary pages fail --strict:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn unreadable_files_are_refused_unless_reviewed() {
    // Files that hold no readable text (an image, an unknown binary, a PDF page with no text layer) may show a
    // roster all the same: without a review naming their current SHA-256 they must not be published, in either mode.
    let mut rng = Rng(24);
    let binary: Vec<u8> = (0..4096).map(|_| rng.below(256) as u8).collect();
    let unreadable: [(&str, Vec<u8>); 4] = [
        ("static/files/u1.png", png("")),
        ("static/files/u2.bin", binary),
        (
            "static/files/u3.pdf",
            pdf_content("q 500 0 0 700 50 50 cm /Im1 Do Q", true, true),
        ),
        ("static/files/u4.jpg", jpeg("")),
    ];
    let mut problems = Vec::new();
    for stale in [false, true] {
        let mut site = Site::default();
        for (rel, bytes) in &unreadable {
            site.add(rel, bytes.clone(), bytes.clone());
        }
        let dir = tempfile::tempdir().expect("temp dir");
        site.write(dir.path(), true);
        if stale {
            // Reviewed, but the review names other bytes: the file changed since.
            let mut yaml = fs::read_to_string(dir.path().join("site.yaml")).unwrap_or_default();
            yaml.push_str("privacy:\n  reviewed:\n");
            for (rel, _) in &unreadable {
                let _ = writeln!(
                    yaml,
                    "    - {{file: {rel}, sha256: {}, reason: old version}}",
                    "0".repeat(64)
                );
            }
            put(dir.path(), "site.yaml", yaml.as_bytes());
        }
        for strict in [false, true] {
            let o = run(dir.path(), strict);
            let err = String::from_utf8_lossy(&o.stderr);
            let how = format!(
                "{}{}",
                if stale { "stale review" } else { "no review" },
                if strict { ", --strict" } else { "" }
            );
            if o.status.code() != Some(1) {
                problems.push(format!("{how}: exited {:?}, not 1", o.status.code()));
            }
            for (rel, _) in &unreadable {
                let out = Path::new(rel)
                    .strip_prefix("static")
                    .unwrap_or(Path::new(rel));
                if dir.path().join("public").join(out).exists() {
                    problems.push(format!("{how}: {rel} was published"));
                }
                if !err.contains(rel) {
                    problems.push(format!("{how}: {rel} is not named in the messages"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "unreadable files:\n  - {}",
        problems.join("\n  - ")
    );
}
