//! The privacy guarantee end to end, with the real binary.
//!
//! - A planted-PII corpus: hundreds of generated personal values (never real people's: ID numbers are built from
//!   birth dates before 1910 with a computed check character, card numbers are random digits completed to pass
//!   Luhn, phones are random digits) in every spelling an editor might use, planted in every place text can reach
//!   the output. The site is built in default mode and every output file, the build's messages and the privacy
//!   report are searched for every planted value in every spelling, with its digits-only form.
//! - A false-positive corpus (`tests/fixtures/clean`): statistics, document numbers, postcodes, dates, credit codes,
//!   400 numbers and project numbers must come out verbatim and without a warning.
//! - `--strict` with a planted value fails and writes nothing; a file named after a phone number is refused.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};
use common::{copy_dir, fixture, read, repo, stderr, sunlight, tree};
use sunlight::privacy::detect::{Detector, Kind as DetKind};
use unicode_normalization::UnicodeNormalization;

const REPLACEMENT: &str = "〔已隐去〕";
const MARKERS: [&str; 3] = ["##paidbegin##", "##paidend##", "【内部稿】"];

// ---------------------------------------------------------------------------------------------------------------
// Deterministic generation
// ---------------------------------------------------------------------------------------------------------------

/// splitmix64: small, deterministic, good enough to spread digits.
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

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }

    /// Mixed-case letters and digits, at least one of each kind.
    fn secret(&mut self, n: usize) -> String {
        const A: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
        const D: &[u8] = b"23456789";
        let mut s: Vec<u8> = (0..n)
            .map(|i| {
                if i % 3 == 1 {
                    *self.pick(D)
                } else {
                    *self.pick(A)
                }
            })
            .collect();
        s[0] = *self.pick(&A[..24]);
        String::from_utf8(s).expect("ascii")
    }
}

/// GB 11643-1999 check character of the first 17 digits.
fn id_check(first17: &str) -> char {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first17
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).expect("digit") * w)
        .sum();
    match (12 - sum % 11) % 11 {
        10 => 'X',
        n => char::from_digit(n, 10).expect("digit"),
    }
}

fn luhn_ok(d: &str) -> bool {
    let sum: u32 = d
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let v = c.to_digit(10).expect("digit");
            if i % 2 == 1 {
                if v * 2 > 9 { v * 2 - 9 } else { v * 2 }
            } else {
                v
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// `prefix` + random digits + the Luhn check digit, `len` digits in all.
fn card(rng: &mut Rng, prefix: &str, len: usize) -> String {
    let body = format!("{prefix}{}", rng.digits(len - prefix.len() - 1));
    let c = (0..10)
        .map(|d| format!("{body}{d}"))
        .find(|c| luhn_ok(c))
        .expect("one check digit fits");
    assert!(luhn_ok(&c) && c.len() == len);
    c
}

/// A birth date before 1910, so no living person can have the number.
fn old_date(rng: &mut Rng) -> (u64, u64, u64) {
    (rng.range(1880, 1909), rng.range(1, 12), rng.range(1, 28))
}

const REGIONS: [&str; 12] = [
    "110101", "120103", "130102", "310104", "320102", "330106", "440305", "460105", "510104",
    "530102", "540102", "650102",
];

/// An 18-digit resident ID (or, with prefix 81/82/83, a residence permit) with a correct check character.
fn id18(rng: &mut Rng, region: &str, want_x: bool) -> String {
    loop {
        let (y, m, d) = old_date(rng);
        let first = format!("{region}{y:04}{m:02}{d:02}{}", rng.digits(3));
        let c = id_check(&first);
        if !want_x || c == 'X' {
            return format!("{first}{c}");
        }
    }
}

/// The old 15-digit form: region, YYMMDD (19YY), sequence.
fn id15(rng: &mut Rng) -> String {
    let (y, m, d) = old_date(rng);
    format!(
        "{}{:02}{m:02}{d:02}{}",
        rng.pick(&REGIONS),
        y % 100,
        rng.digits(3)
    )
}

fn mobile(rng: &mut Rng) -> String {
    format!("1{}{}", rng.range(3, 9), rng.digits(9))
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_graphic() {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// `s` cut into groups of `sizes` (the last group takes the rest) joined by `sep`.
fn grouped(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = Vec::new();
    let mut at = 0;
    for &n in sizes {
        if at >= s.len() {
            break;
        }
        let end = (at + n).min(s.len());
        out.push(&s[at..end]);
        at = end;
    }
    if at < s.len() {
        out.push(&s[at..]);
    }
    out.join(sep)
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Id18,
    Id15,
    Permit,
    Mobile,
    Landline,
    Card,
    Passport,
    Email,
    Credential,
    Marker,
    Name,
}

const KINDS: [Kind; 11] = [
    Kind::Id18,
    Kind::Id15,
    Kind::Permit,
    Kind::Mobile,
    Kind::Landline,
    Kind::Card,
    Kind::Passport,
    Kind::Email,
    Kind::Credential,
    Kind::Marker,
    Kind::Name,
];

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Id18 => "resident ID (18)",
            Kind::Id15 => "resident ID (15, context)",
            Kind::Permit => "residence permit 81/82/83",
            Kind::Mobile => "mobile",
            Kind::Landline => "landline",
            Kind::Card => "bank card",
            Kind::Passport => "passport / permit",
            Kind::Email => "e-mail",
            Kind::Credential => "credential",
            Kind::Marker => "strip marker",
            Kind::Name => "roster name",
        }
    }

    /// What the library's detector should call it.
    fn detector_kind(self) -> DetKind {
        match self {
            Kind::Id18 | Kind::Id15 | Kind::Permit => DetKind::IdNumber,
            Kind::Mobile => DetKind::Mobile,
            Kind::Landline => DetKind::Landline,
            Kind::Card => DetKind::BankCard,
            Kind::Passport => DetKind::Passport,
            Kind::Email => DetKind::Email,
            Kind::Credential => DetKind::Credential,
            Kind::Marker => DetKind::Marker,
            Kind::Name => DetKind::RosterName,
        }
    }

    /// Checksum-validated kinds: a miss there is never a judgement call.
    fn checksummed(self) -> bool {
        matches!(self, Kind::Id18 | Kind::Permit | Kind::Card)
    }

    fn variants(self) -> usize {
        match self {
            Kind::Id18 => 9,
            Kind::Id15 => 5,
            Kind::Permit => 5,
            Kind::Mobile => 13,
            Kind::Landline => 11,
            Kind::Card => 12,
            Kind::Passport => 14,
            Kind::Email => 6,
            Kind::Credential => 14,
            Kind::Marker => 3,
            Kind::Name => 3,
        }
    }
}

/// How a value is searched for in the output.
#[derive(Debug, Clone)]
enum Probe {
    /// Found as written, after percent/entity decoding, or after folding full-width forms (case-insensitive).
    Text(String),
    /// Found among digits once separators between digits are taken out (case-insensitive for the X).
    Digits(String),
}

/// One planted value.
#[derive(Debug, Clone)]
struct Plant {
    kind: Kind,
    place: &'static str,
    variant: &'static str,
    /// The text planted, with the words around it.
    text: String,
    probes: Vec<Probe>,
    /// Source file and line of the planting, when the report's line can be checked.
    at: Option<(String, usize)>,
}

/// A value in one spelling, before it is placed.
struct Spelled {
    variant: &'static str,
    /// The value as written (what a probe must not find).
    value: String,
    /// Words before and after it.
    before: &'static str,
    after: &'static str,
    digits: Option<String>,
    /// Shorter runs that would still identify the person (the local number, the last digits).
    tails: Vec<String>,
    multiline: bool,
    spaces: bool,
    /// Usable inside a link target.
    url: bool,
}

impl Spelled {
    fn new(variant: &'static str, value: String) -> Spelled {
        let spaces = value.contains(' ') || value.contains('\u{3000}');
        let multiline = value.contains('\n');
        Spelled {
            variant,
            value,
            before: "联系",
            after: "办理",
            digits: None,
            tails: Vec::new(),
            multiline,
            spaces,
            url: !spaces && !multiline,
        }
    }
    fn around(mut self, before: &'static str, after: &'static str) -> Spelled {
        self.before = before;
        self.after = after;
        self
    }
    fn digits(mut self, d: &str, tails: &[&str]) -> Spelled {
        self.digits = Some(d.to_string());
        self.tails = tails.iter().map(|t| t.to_string()).collect();
        self
    }
    fn no_url(mut self) -> Spelled {
        self.url = false;
        self
    }
}

struct Corpus {
    rng: Rng,
    names: Vec<String>,
    next_name: usize,
    plants: Vec<Plant>,
}

impl Corpus {
    fn new(seed: u64) -> Corpus {
        let mut rng = Rng(seed);
        let surnames = [
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
            "司徒", "令狐", "夏侯", "端木", "独孤",
        ];
        let given = [
            "望舒", "晚晴", "秋水", "松风", "若曦", "云岫", "听澜", "砚秋", "叠翠", "凌霄", "鹤鸣",
            "沧浪", "芷汀", "棠溪", "墨池", "雪樵",
        ];
        let mut names = BTreeSet::new();
        while names.len() < 40 {
            names.insert(format!("{}{}", rng.pick(&surnames), rng.pick(&given)));
        }
        Corpus {
            rng,
            names: names.into_iter().collect(),
            next_name: 0,
            plants: Vec::new(),
        }
    }

    /// A fresh value of `kind` in spelling `v`.
    fn spell(&mut self, kind: Kind, v: usize) -> Spelled {
        let rng = &mut self.rng;
        match kind {
            Kind::Id18 => {
                let region = *rng.pick(&REGIONS);
                let id = id18(rng, region, v == 2);
                let d = id.as_str();
                let s = match v {
                    0 => {
                        Spelled::new("plain, touching Chinese", id.clone()).around("居民", "已登记")
                    }
                    1 => Spelled::new("after 身份证号：", id.clone()).around("身份证号：", "，"),
                    2 => Spelled::new("lower-case x", id.to_lowercase()),
                    3 => Spelled::new("full-width digits", full_width(d)),
                    4 => Spelled::new("spaces 6-8-4", grouped(d, &[6, 8], " ")),
                    5 => Spelled::new("hyphens 6-8-4", grouped(d, &[6, 8], "-")),
                    6 => Spelled::new("split over a line break", grouped(d, &[10], "\n")),
                    7 => Spelled::new("ideographic spaces", grouped(d, &[6, 8], "\u{3000}")),
                    _ => Spelled::new("after 公民身份号码 with a space", id.clone())
                        .around("公民身份号码 ", " 已核实"),
                };
                s.digits(d, &[&d[6..]])
            }
            Kind::Permit => {
                let region = ["810000", "820000", "830000"][v % 3];
                let id = id18(rng, region, v == 3);
                let d = id.as_str();
                let s = match v {
                    0 => Spelled::new("Hong Kong 81, plain", id.clone()).around("居住证号", "有效"),
                    1 => Spelled::new("Macau 82, spaces", grouped(d, &[6, 8], " ")),
                    2 => Spelled::new("Taiwan 83, full-width", full_width(d)),
                    3 => Spelled::new("lower-case x", id.to_lowercase()),
                    _ => Spelled::new("split over a line break", grouped(d, &[9], "\n")),
                };
                s.digits(d, &[&d[6..]])
            }
            Kind::Id15 => {
                let id = id15(rng);
                let d = id.as_str();
                let s = match v {
                    0 => Spelled::new("after 身份证号：", id.clone()).around("身份证号：", "。"),
                    1 => Spelled::new("full-width after 身份证", full_width(d))
                        .around("身份证", "号"),
                    2 => Spelled::new("spaces 6-6-3 after 公民身份号码", grouped(d, &[6, 6], " "))
                        .around("公民身份号码", "已核"),
                    3 => Spelled::new("after 证件号", id.clone()).around("证件号", "登记"),
                    _ => Spelled::new(
                        "split over a line break after 身份证号",
                        grouped(d, &[8], "\n"),
                    )
                    .around("身份证号", "无误"),
                };
                s.digits(d, &[&d[6..]]).no_url()
            }
            Kind::Mobile => {
                let m = mobile(rng);
                let d = m.as_str();
                let g = |sep: &str| grouped(d, &[3, 4], sep);
                let s = match v {
                    0 => Spelled::new("plain, touching Chinese", m.clone()).around("电话", "咨询"),
                    1 => Spelled::new("+86 with 3-4-4 spaces", format!("+86 {}", g(" "))),
                    2 => Spelled::new("+86 glued", format!("+86{d}")),
                    3 => Spelled::new("0086-", format!("0086-{d}")),
                    4 => Spelled::new("0086 with spaces", format!("0086 {}", g(" "))),
                    5 => Spelled::new("3-4-4 spaces", g(" ")),
                    6 => Spelled::new("3-4-4 hyphens", g("-")),
                    7 => Spelled::new("full-width digits", full_width(d)),
                    8 => Spelled::new("(+86) in brackets", format!("(+86){d}")).no_url(),
                    9 => Spelled::new("split over line breaks 3-4-4", g("\n")),
                    10 => Spelled::new("split over a line break 7-4", grouped(d, &[7], "\n")),
                    11 => Spelled::new(
                        "full-width +86 and spaces",
                        full_width(&format!("+86 {}", g(" "))),
                    ),
                    _ => Spelled::new("86 without plus", format!("86-{d}")),
                };
                s.digits(d, &[&d[3..]])
            }
            Kind::Landline => {
                let (area, local) = match v % 4 {
                    0 => (
                        (*rng.pick(&["0871", "0755", "0571", "0931"])).to_string(),
                        format!("{}{}", rng.range(2, 9), rng.digits(7)),
                    ),
                    1 => (
                        (*rng.pick(&["010", "021", "020", "028"])).to_string(),
                        format!("{}{}", rng.range(2, 9), rng.digits(7)),
                    ),
                    2 => (
                        (*rng.pick(&["0871", "0898", "0691"])).to_string(),
                        format!("{}{}", rng.range(2, 9), rng.digits(6)),
                    ),
                    _ => (
                        (*rng.pick(&["022", "027", "029"])).to_string(),
                        format!("{}{}", rng.range(2, 9), rng.digits(7)),
                    ),
                };
                let ext = rng.digits(3 + (v % 2));
                let (a, l) = (area.as_str(), local.as_str());
                let split = grouped(l, &[4], " ");
                let s = match v {
                    0 => Spelled::new("area-local", format!("{a}-{l}")).around("电话：", "。"),
                    1 => Spelled::new("(area)local", format!("({a}){l}")).no_url(),
                    2 => Spelled::new("area local with spaces", format!("{a} {split}")),
                    3 => Spelled::new("plain, touching Chinese", format!("{a}{l}"))
                        .around("电话", "咨询"),
                    4 => Spelled::new("with extension -ext", format!("{a}-{l}-{ext}")),
                    5 => Spelled::new("spaces and extension", format!("{a}-{split}-{ext}")),
                    6 => Spelled::new(
                        "full-width digits and dash",
                        full_width(&format!("{a}-{l}")),
                    ),
                    7 => Spelled::new("full-width brackets", format!("（{a}）{l}")).no_url(),
                    8 => Spelled::new("split over a line break", format!("{a}-\n{l}")),
                    9 => Spelled::new("extension after 转", format!("{a}-{l}"))
                        .around("电话", "转801"),
                    _ => Spelled::new(
                        "hyphens inside local",
                        format!("{a}-{}", grouped(l, &[3], "-")),
                    ),
                };
                let all = format!("{a}{l}");
                s.digits(&all, &[l])
            }
            Kind::Card => {
                let (num, ctx): (String, bool) = match v {
                    0 | 6 | 9 => (card(rng, "621700", 19), false),
                    1 => (card(rng, "622202", 16), false),
                    2 => (card(rng, "4", 16), false),
                    3 => {
                        let p = format!("5{}", rng.range(1, 5));
                        (card(rng, &p, 16), false)
                    }
                    // The real ranges of Mastercard's 2-series (2221–2720) and JCB (3528–3589).
                    4 => {
                        let p = rng.range(2221, 2720).to_string();
                        (card(rng, &p, 16), false)
                    }
                    5 => {
                        let p = rng.range(3528, 3589).to_string();
                        (card(rng, &p, 16), false)
                    }
                    7 => (card(rng, "9558", 19), true),
                    8 => (card(rng, "6013", 18), true),
                    10 => (card(rng, "62", 18), false),
                    _ => (card(rng, "6228", 19), false),
                };
                let d = num.as_str();
                let four = |sep: &str| grouped(d, &[4, 4, 4, 4], sep);
                let s = match v {
                    0 => Spelled::new("UnionPay 19, plain", num.clone()).around("转入", "账户"),
                    1 => Spelled::new("UnionPay 16, 4-4-4-4 spaces", four(" ")),
                    2 => Spelled::new("Visa 16, hyphens", four("-")),
                    3 => Spelled::new("Mastercard 16, plain", num.clone()),
                    4 => Spelled::new("Mastercard 2-series 16", num.clone()),
                    5 => Spelled::new("JCB 16", num.clone()),
                    6 => Spelled::new("UnionPay 19, full-width", full_width(d)),
                    7 => Spelled::new("no scheme prefix, after 卡号：", num.clone())
                        .around("卡号：", "，"),
                    8 => Spelled::new("18 digits after 账号", num.clone()).around("账号", "已冻结"),
                    9 => Spelled::new("split over a line break", grouped(d, &[8], "\n")),
                    10 => Spelled::new("UnionPay 18, plain", num.clone()),
                    _ => Spelled::new("after 银行卡号 with 4-4-4-4-3 spaces", four(" "))
                        .around("银行卡号 ", " 已"),
                };
                let tail = &d[d.len() - 12..];
                if ctx {
                    s.digits(d, &[tail]).no_url()
                } else {
                    s.digits(d, &[tail])
                }
            }
            Kind::Passport => {
                let letter = (b'A' + rng.below(26) as u8) as char;
                let (token, name): (String, &'static str) = match v {
                    0 => (format!("E{}", rng.digits(8)), "E + 8 digits"),
                    1 => (
                        format!("E{letter}{}", rng.digits(7)),
                        "E + letter + 7 digits",
                    ),
                    2 => (format!("G{}", rng.digits(8)), "G + 8 digits"),
                    3 => (format!("H{}", rng.digits(8)), "H + 8 digits"),
                    4 => (format!("H{}", rng.digits(10)), "H + 10 digits"),
                    5 => (format!("M{}", rng.digits(8)), "M + 8 digits"),
                    6 => (format!("M{}", rng.digits(10)), "M + 10 digits"),
                    7 => (format!("C{}", rng.digits(8)), "C + 8 digits"),
                    8 => (format!("L{}", rng.digits(8)), "L + 8 digits"),
                    9 => (format!("E{}", rng.digits(8)), "full-width E + 8 digits"),
                    10 => (format!("DE{}", rng.digits(7)), "diplomatic DE + 7"),
                    11 => (format!("SE{}", rng.digits(7)), "service SE + 7"),
                    12 => (format!("PE{}", rng.digits(7)), "public affairs PE + 7"),
                    _ => (
                        format!("C{letter}{}", rng.digits(7)),
                        "C + letter + 7 digits",
                    ),
                };
                let body: String = token.chars().filter(char::is_ascii_digit).collect();
                let written = if v == 9 {
                    full_width(&token)
                } else {
                    token.clone()
                };
                let mut s = Spelled::new(name, written).around("护照号码", "，");
                s.tails = vec![token.clone(), body];
                s
            }
            Kind::Email => {
                let local = format!("lw{}", rng.secret(6).to_lowercase());
                let (addr, name): (String, &'static str) = match v {
                    0 => (format!("{local}@mzj.example.gov.cn"), "plain"),
                    1 => (
                        format!("zhang.{local}+news@example.com.cn"),
                        "dots and plus",
                    ),
                    2 => (
                        format!("{local}_LI@EXAMPLE.CN").to_uppercase(),
                        "upper case",
                    ),
                    3 => (full_width(&format!("{local}@example.cn")), "full-width"),
                    4 => (format!("{local}@mail-box.example.org"), "hyphen in domain"),
                    _ => (
                        format!("{local}.wang@163.com"),
                        "touching Chinese on both sides",
                    ),
                };
                let mut s = Spelled::new(name, addr.clone()).around("邮箱", "联系");
                s.tails = vec![fold_str(&addr), format!("{}@", fold_str(&local))];
                s
            }
            Kind::Credential => {
                let secret = rng.secret(10);
                let (text, name): (String, &'static str) = match v {
                    0 => (format!("密码：{secret}"), "密码：(full-width colon)"),
                    1 => (format!("密码:{secret}"), "密码:"),
                    2 => (format!("口令：{secret}"), "口令："),
                    3 => (format!("口令是{secret}"), "口令是"),
                    4 => (format!("password: {secret}"), "password: "),
                    5 => (format!("Password={secret}"), "Password="),
                    6 => (format!("token={secret}"), "token="),
                    7 => (format!("初始密码为{secret}"), "初始密码为"),
                    8 => (format!("pwd={secret}"), "pwd="),
                    9 => (format!("PASSWD : {secret}"), "PASSWD :"),
                    10 => (format!("api_key={secret}"), "api_key="),
                    11 => (format!("secret: {secret}"), "secret: "),
                    12 => (format!("验证码：{secret}"), "验证码："),
                    _ => (
                        format!("密码：{}", full_width(&secret)),
                        "full-width secret",
                    ),
                };
                let url = matches!(v, 5 | 6 | 8 | 10);
                let mut s = Spelled::new(name, text).around("账户", "，请修改");
                s.url = url;
                s.tails = vec![secret.clone()];
                if v == 13 {
                    s.tails.push(full_width(&secret));
                }
                s
            }
            Kind::Marker => {
                let m = MARKERS[v % MARKERS.len()];
                let mut s = Spelled::new("as configured", m.to_string()).around("正文", "内容");
                s.tails = vec![m.to_string()];
                s
            }
            Kind::Name => {
                let name = self.names[self.next_name % self.names.len()].clone();
                self.next_name += 1;
                let (before, after, variant) = match v {
                    0 => ("慰问困难群众", "一家", "touching Chinese"),
                    1 => ("走访 ", " 同志", "between spaces"),
                    _ => ("（", "）", "in brackets"),
                };
                let mut s = Spelled::new(variant, name.clone()).around(before, after);
                s.tails = vec![name];
                s
            }
        }
    }

    /// Plants a fresh value and returns the text to write (the value with words around it).
    fn plant(
        &mut self,
        kind: Kind,
        place: &'static str,
        v: usize,
        at: Option<(String, usize)>,
    ) -> String {
        let s = self.spell(kind, v);
        let text = format!("{}{}{}", s.before, s.value, s.after);
        let mut probes = vec![Probe::Text(s.value.clone())];
        if let Some(d) = &s.digits {
            probes.push(Probe::Digits(d.clone()));
            probes.extend(s.tails.iter().map(|t| Probe::Digits(t.clone())));
        } else {
            probes.extend(s.tails.iter().map(|t| Probe::Text(t.clone())));
        }
        self.plants.push(Plant {
            kind,
            place,
            variant: s.variant,
            text: text.clone(),
            probes,
            at,
        });
        text
    }

    /// Spellings of `kind` usable in a place.
    fn fitting(&mut self, kind: Kind, multiline: bool, spaces: bool, url: bool) -> Vec<usize> {
        (0..kind.variants())
            .filter(|&v| {
                // Spell once with a throwaway generator to learn the shape.
                let saved = (self.rng.0, self.next_name);
                let s = self.spell(kind, v);
                (self.rng.0, self.next_name) = saved;
                (multiline || !s.multiline) && (spaces || !s.spaces) && (!url || s.url)
            })
            .collect()
    }

    /// `n` spellings for a place, rotating so different places get different spellings.
    fn choose(
        &mut self,
        kind: Kind,
        n: usize,
        multiline: bool,
        spaces: bool,
        url: bool,
    ) -> Vec<usize> {
        let fit = self.fitting(kind, multiline, spaces, url);
        if fit.is_empty() {
            return Vec::new();
        }
        let start = self.rng.below(fit.len() as u64) as usize;
        (0..n.min(fit.len()))
            .map(|i| fit[(start + i) % fit.len()])
            .collect()
    }
}

fn yq(s: &str) -> String {
    assert!(!s.contains('\'') && !s.contains('\n'), "{s:?}");
    format!("'{s}'")
}

/// Writes the site; every planted value is recorded in `c.plants`.
fn write_site(root: &Path, c: &mut Corpus) {
    let w = |rel: &str, text: &str| {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };

    // site.yaml: title and description.
    let title = c.plant(Kind::Mobile, "site.yaml title", 0, None);
    let desc = c.plant(Kind::Id18, "site.yaml description", 1, None);
    w(
        "site.yaml",
        &format!(
            "title: {}\ndescription: {}\nbase_url: https://example.gov.cn/mzj/\nlanguage: zh-CN\ntheme: default\n\
             privacy:\n  min_cell: 5\n  replacement: \"{REPLACEMENT}\"\n  allow: [\"12345\"]\n  strip: [{}]\n",
            yq(&format!("测试区民政局{title}")),
            yq(&format!("集成测试{desc}站点")),
            MARKERS.map(|m| format!("\"{m}\"")).join(", ")
        ),
    );

    // A clean dataset for key figures, and the roster whose names are planted everywhere.
    w(
        "data/stats.yaml",
        "title: 城乡低保\nsource: 测试区民政局\nas_of: 2023-10-31\ncolumns:\n  - {key: category, label: 类别}\n  \
         - {key: persons, label: 人数, unit: 人, type: integer}\nrows:\n  - {category: 城市低保, persons: 5829}\n  \
         - {category: 农村低保, persons: 36758}\n",
    );
    let mut roster = String::from(
        "title: 名册汇总（虚构）\nsource: 虚构示例\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  \
         - {key: phone, label: 联系电话, personal: true}\n  - {key: township, label: 乡镇}\nrecords:\n",
    );
    for (i, n) in c.names.clone().iter().enumerate() {
        let phone = mobile(&mut c.rng);
        let town = ["甲镇", "乙镇", "丙街道"][i % 3];
        writeln!(
            roster,
            "  - {{name: {n}, phone: '{phone}', township: {town}}}"
        )
        .expect("fmt");
    }
    roster.push_str("publish:\n  group_by: [township]\n  measures:\n    persons: {op: count, label: 人数, unit: 人}\n");
    w("data/roster.yaml", &roster);

    // Home page: key figure labels.
    let mut home = String::from("---\ntitle: 首页\nkey_figures:\n");
    for kind in KINDS {
        for v in c.choose(kind, 2, false, true, false) {
            let label = c.plant(kind, "key figure label", v, None);
            writeln!(
                home,
                "  - {{dataset: stats, row: 城市低保, column: persons, label: {}}}",
                yq(&label)
            )
            .expect("fmt");
        }
    }
    home.push_str("---\n欢迎访问。\n");
    w("content/_index.md", &home);
    w(
        "content/news/_index.md",
        "---\ntitle: 新闻\ndescription: 工作动态\n---\n本栏目发布工作动态。\n",
    );

    // One page per kind, every Markdown place on it.
    for (k, kind) in KINDS.into_iter().enumerate() {
        let rel = format!("content/news/k{k}.md");
        let title = {
            let v = c.choose(kind, 1, false, true, false)[0];
            c.plant(kind, "front matter title", v, None)
        };
        let desc = {
            let v = c.choose(kind, 1, false, true, false)[0];
            c.plant(kind, "front matter description", v, None)
        };
        let mut page = format!(
            "---\ntitle: {}\ndescription: {}\ndate: 2023-11-{:02}\n---\n",
            yq(&format!("通知{title}发布")),
            yq(&format!("摘要{desc}说明")),
            k + 1
        );
        let line = |page: &String| page.matches('\n').count() + 1;
        // Body paragraphs: every spelling of the kind.
        for v in 0..kind.variants() {
            let at = Some((rel.clone(), line(&page)));
            let t = c.plant(kind, "body paragraph", v, at);
            writeln!(page, "新闻稿正文第{v}段：{t}，特此公告。\n").expect("fmt");
        }
        for v in c.choose(kind, 2, false, true, false) {
            let at = Some((rel.clone(), line(&page)));
            let t = c.plant(kind, "heading", v, at);
            writeln!(page, "## 小节{t}说明\n").expect("fmt");
        }
        page.push_str("| 事项 | 内容 |\n|---|---|\n");
        for v in c.choose(kind, 2, false, true, false) {
            let at = Some((rel.clone(), line(&page)));
            let t = c.plant(kind, "table cell", v, at);
            writeln!(page, "| 联系方式 | {t} |").expect("fmt");
        }
        page.push('\n');
        for v in c.choose(kind, 2, false, true, false) {
            let at = Some((rel.clone(), line(&page)));
            let t = c.plant(kind, "list item", v, at);
            writeln!(page, "- 列表项{t}").expect("fmt");
        }
        page.push('\n');
        type Place = (&'static str, fn(&str) -> String);
        let singles: [Place; 6] = [
            ("blockquote", |t| format!("> 引用{t}\n")),
            ("emphasis", |t| format!("请**注意{t}**。\n")),
            ("code span", |t| format!("代码 `{t}` 示例。\n")),
            ("link text", |t| {
                format!("[链接{t}](https://example.gov.cn/news/)\n")
            }),
            ("raw HTML attribute", |t| {
                format!("<span title=\"{t}\">说明</span>\n")
            }),
            ("footnote", |t| {
                format!("见脚注[^n{}]。\n\n[^n{}]: 脚注{t}\n", t.len(), t.len())
            }),
        ];
        for (place, f) in singles {
            let v = c.choose(kind, 1, false, true, false)[0];
            let t = c.plant(kind, place, v, None);
            let snippet = f(&t);
            let offset = snippet[..snippet.find(&t).expect("planted text")]
                .matches('\n')
                .count();
            c.plants.last_mut().expect("planted").at = Some((rel.clone(), line(&page) + offset));
            writeln!(page, "{snippet}").expect("fmt");
        }
        for v in c.choose(kind, 2, false, false, true) {
            let at = Some((rel.clone(), line(&page)));
            c.plant(kind, "link target", v, at);
            // The link target carries the value alone, as a URL would: no words around it.
            let p = c.plants.last_mut().expect("planted");
            let value = match &p.probes[0] {
                Probe::Text(t) => t.clone(),
                Probe::Digits(d) => d.clone(),
            };
            p.text = value.clone();
            let url = match kind {
                Kind::Email => format!("mailto:{value}"),
                Kind::Mobile | Kind::Landline => format!("tel:{value}"),
                Kind::Credential => format!("https://example.gov.cn/login?{value}"),
                _ => format!("https://example.gov.cn/search?q={value}"),
            };
            writeln!(page, "[查看详情]({url})\n").expect("fmt");
        }
        for v in c.choose(kind, 2, false, true, false) {
            let at = Some((rel.clone(), line(&page)));
            let t = c.plant(kind, "image alt text", v, at);
            writeln!(page, "![照片{t}](https://example.gov.cn/img/photo.png)\n").expect("fmt");
        }
        w(&rel, &page);
    }

    // An aggregate dataset: title, description, source, labels, unit, row keys, text values.
    let pick = |c: &mut Corpus, place: &'static str, i: usize| {
        let kind = KINDS[i % KINDS.len()];
        let v = c.choose(kind, 1, false, true, false)[0];
        c.plant(kind, place, v, None)
    };
    let mut ds = format!(
        "title: {}\ndescription: {}\nsource: {}\nas_of: 2023-10-31\ncolumns:\n",
        yq(&format!("联系名录{}", pick(c, "dataset title", 3))),
        yq(&format!("说明{}", pick(c, "dataset description", 0))),
        yq(&format!("来源{}", pick(c, "dataset source", 5))),
    );
    writeln!(
        ds,
        "  - {{key: item, label: {}}}",
        yq(&pick(c, "dataset column label", 7))
    )
    .expect("fmt");
    writeln!(
        ds,
        "  - {{key: contact, label: {}}}",
        yq(&pick(c, "dataset column label", 4))
    )
    .expect("fmt");
    writeln!(
        ds,
        "  - {{key: n, label: {}, unit: {}, type: integer}}",
        yq(&pick(c, "dataset column label", 10)),
        yq(&pick(c, "dataset unit", 9))
    )
    .expect("fmt");
    ds.push_str("rows:\n");
    let mut row = 0;
    for kind in KINDS {
        // Row keys without spaces: a key such as `password: 〔已隐去〕` becomes the anchor `row-password:-…`, which
        // the egress scan takes for a credential (see `row_key_with_a_credential_label_builds`).
        for v in c.choose(kind, 2, false, false, false) {
            row += 1;
            let key = c.plant(kind, "dataset row key", v, None);
            let vs = c.choose(kind, 1, false, true, false)[0];
            let val = c.plant(kind, "dataset value", vs, None);
            writeln!(
                ds,
                "  - {{item: {}, contact: {}, n: {}}}",
                yq(&format!("第{row}项{key}")),
                yq(&val),
                row * 7
            )
            .expect("fmt");
        }
    }
    w("data/contacts.yaml", &ds);

    // A static text file: every spelling of every kind, line breaks included.
    let mut notice = String::from("测试区民政局公告\n\n");
    let mut n = 0;
    for kind in KINDS {
        for v in 0..kind.variants() {
            n += 1;
            let at = Some((
                "static/notice.txt".to_string(),
                notice.matches('\n').count() + 1,
            ));
            let t = c.plant(kind, "static text file", v, at);
            writeln!(notice, "{n}、{t}").expect("fmt");
        }
    }
    w("static/notice.txt", &notice);
}

// ---------------------------------------------------------------------------------------------------------------
// Searching the output
// ---------------------------------------------------------------------------------------------------------------

/// NFKC (full-width and other compatibility forms to ASCII), dashes to `-`, ASCII lower-cased.
fn fold_str(s: &str) -> String {
    s.nfkc()
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => '-',
            c if c.is_whitespace() => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Percent-escapes, character references and JSON `\u` escapes decoded.
fn decode(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let hex = |c: u8| (c as char).to_digit(16);
    while i < b.len() {
        if b[i] == b'%'
            && let (Some(h), Some(l)) = (
                b.get(i + 1).and_then(|&c| hex(c)),
                b.get(i + 2).and_then(|&c| hex(c)),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        if b[i] == b'\\'
            && b.get(i + 1) == Some(&b'u')
            && let Some(c) = text
                .get(i + 2..i + 6)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
        {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += 6;
            continue;
        }
        if b[i] == b'&'
            && let Some(end) = b[i..].iter().take(12).position(|&c| c == b';')
        {
            let body = &text[i + 1..i + end];
            let c = match body {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => body.strip_prefix('#').and_then(|n| {
                    match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok(),
                        None => n.parse().ok(),
                    }
                    .and_then(char::from_u32)
                }),
            };
            if let Some(c) = c {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                i += end + 1;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Tags removed (so `138<br>0013` reads as the text a browser shows).
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Separators between digits taken out: `138 0013-8000` becomes `13800138000`.
fn compact(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().collect();
    let sep = |c: char| " -.\n\r\t()/+_".contains(c);
    let mut out = String::with_capacity(folded.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if sep(c) && out.ends_with(|p: char| p.is_ascii_digit()) {
            let mut j = i;
            while j < chars.len() && sep(chars[j]) && j - i < 4 {
                j += 1;
            }
            if j < chars.len() && chars[j].is_ascii_digit() {
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Every planted value's probes, searchable at once.
struct Finder {
    text: AhoCorasick,
    text_owner: Vec<usize>,
    digits: AhoCorasick,
    digits_owner: Vec<usize>,
}

impl Finder {
    fn new(plants: &[Plant]) -> Finder {
        let (mut tp, mut to, mut dp, mut dl) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, p) in plants.iter().enumerate() {
            for probe in &p.probes {
                match probe {
                    Probe::Text(t) => {
                        for s in [t.to_lowercase(), fold_str(t)] {
                            tp.push(s);
                            to.push(i);
                        }
                    }
                    Probe::Digits(d) => {
                        dp.push(d.to_ascii_lowercase());
                        dl.push(i);
                    }
                }
            }
        }
        let build = |p: &[String]| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(p)
                .expect("automaton")
        };
        Finder {
            text: build(&tp),
            text_owner: to,
            digits: build(&dp),
            digits_owner: dl,
        }
    }

    /// The plants found in `text`.
    fn found(&self, text: &str, hits: &mut BTreeSet<usize>) {
        let decoded = decode(text);
        let folded = fold_str(&decoded);
        let raw_lower = text.to_lowercase();
        let dec_lower = decoded.to_lowercase();
        for view in [&raw_lower, &dec_lower, &folded] {
            for m in self.text.find_overlapping_iter(view.as_str()) {
                hits.insert(self.text_owner[m.pattern().as_usize()]);
            }
        }
        for view in [compact(&folded), compact(&strip_tags(&folded))] {
            for m in self.digits.find_overlapping_iter(view.as_str()) {
                hits.insert(self.digits_owner[m.pattern().as_usize()]);
            }
        }
    }
}

/// A temporary site folder with the repository's default theme.
fn site_with_theme() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(
        &repo().join("themes/default"),
        &dir.path().join("themes/default"),
    );
    dir
}

fn survivors(plants: &[Plant], files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<usize, Vec<String>> {
    let finder = Finder::new(plants);
    let mut out: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (path, bytes) in files {
        let mut hits = BTreeSet::new();
        finder.found(&String::from_utf8_lossy(bytes), &mut hits);
        for h in hits {
            out.entry(h).or_default().push(path.clone());
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------------

#[test]
fn planted_pii_never_reaches_the_output() {
    let site = site_with_theme();
    let mut c = Corpus::new(0x5EED_2023);
    write_site(site.path(), &mut c);
    let plants = c.plants.clone();
    assert!(plants.len() >= 200, "only {} planted", plants.len());
    let places: BTreeSet<&str> = plants.iter().map(|p| p.place).collect();

    // The detector alone, on each planted text: does it name the right kind?
    let markers: Vec<String> = MARKERS.iter().map(|m| m.to_string()).collect();
    let detector = Detector::new(&markers, &["12345".to_string()], &c.names, REPLACEMENT);
    let mut kind_right: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut wrong_kind = Vec::new();
    for p in &plants {
        let found = detector.find(&p.text);
        if found.iter().any(|f| f.kind == p.kind.detector_kind()) {
            *kind_right.entry(p.kind).or_default() += 1;
        } else {
            wrong_kind.push(format!(
                "{:?} {} / {}: {:?} -> {:?}",
                p.kind,
                p.place,
                p.variant,
                p.text,
                found.iter().map(|f| f.kind).collect::<Vec<_>>()
            ));
        }
    }

    // The probes find every planted value in the sources: a clean output means something.
    let sources: BTreeMap<String, Vec<u8>> = tree(site.path())
        .into_iter()
        .filter(|(k, _)| !k.starts_with("themes/"))
        .collect();
    let in_sources = survivors(&plants, &sources);
    let unseen: Vec<&str> = (0..plants.len())
        .filter(|i| !in_sources.contains_key(i))
        .map(|i| plants[i].text.as_str())
        .collect();
    assert!(unseen.is_empty(), "probes miss planted values: {unseen:?}");

    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    if std::env::var_os("SUNLIGHT_KEEP").is_some() {
        eprintln!("site kept at {}", site.path().display());
        std::mem::forget(site);
        return;
    }
    if !out.status.success() {
        panic!(
            "the default build must replace and warn, not fail:\n{err}\ndetector misses:\n{}",
            wrong_kind.join("\n")
        );
    }
    let files = tree(&site.path().join("public"));
    assert!(files.contains_key("notice.txt") && files.contains_key("data/contacts.csv"));
    let left = survivors(&plants, &files);

    // Recall per kind.
    let mut table: BTreeMap<Kind, (usize, usize)> = BTreeMap::new();
    for (i, p) in plants.iter().enumerate() {
        let e = table.entry(p.kind).or_default();
        e.0 += 1;
        if !left.contains_key(&i) {
            e.1 += 1;
        }
    }
    let mut report = format!(
        "\nplanted-PII corpus: {} values in {} places\n{:<28} {:>7} {:>7} {:>7} {:>11}\n",
        plants.len(),
        places.len(),
        "kind",
        "planted",
        "removed",
        "recall",
        "kind right"
    );
    for (kind, (planted, removed)) in &table {
        writeln!(
            report,
            "{:<28} {:>7} {:>7} {:>6.1}% {:>11}",
            kind.name(),
            planted,
            removed,
            100.0 * *removed as f64 / *planted as f64,
            kind_right.get(kind).copied().unwrap_or(0)
        )
        .expect("fmt");
    }
    eprintln!("{report}");

    let mut failures = Vec::new();
    for (i, paths) in &left {
        let p = &plants[*i];
        failures.push(format!(
            "{} in {} ({}): {:?} survives in {}",
            p.kind.name(),
            p.place,
            p.variant,
            p.text,
            paths.join(", ")
        ));
    }
    assert!(
        failures.is_empty(),
        "{} planted values survive:\n{}",
        failures.len(),
        failures.join("\n")
    );
    for kind in KINDS {
        let (planted, removed) = table[&kind];
        assert_eq!(planted, removed, "{}: recall must be 100%", kind.name());
        assert!(planted > 0);
        if kind.checksummed() {
            assert_eq!(
                kind_right.get(&kind).copied().unwrap_or(0),
                planted,
                "{}",
                kind.name()
            );
        }
    }

    // Messages and the report name file:line and kind, never the value.
    let report_json = read(site.path(), ".sunlight/privacy-report.json");
    let mut in_messages = BTreeMap::new();
    in_messages.insert("stderr".to_string(), err.clone().into_bytes());
    in_messages.insert(
        "privacy-report.json".to_string(),
        report_json.clone().into_bytes(),
    );
    let leaked = survivors(&plants, &in_messages);
    assert!(
        leaked.is_empty(),
        "messages name values: {:?}",
        leaked
            .keys()
            .map(|&i| (&plants[i].place, &plants[i].text))
            .collect::<Vec<_>>()
    );
    let json: serde_json::Value = serde_json::from_str(&report_json).expect("report is JSON");
    assert!(json["detections"].as_u64().unwrap_or(0) as usize >= KINDS.len());
    for key in [
        "id_number",
        "mobile",
        "landline",
        "bank_card",
        "passport",
        "email",
        "credential",
        "marker",
        "roster_name",
    ] {
        assert!(
            report_json.contains(&format!("\"{key}\"")),
            "report has no {key}"
        );
    }
    // Each planting in a page body or the static file is reported at its own line.
    let mut unlocated = Vec::new();
    for p in &plants {
        if let Some((file, line)) = &p.at {
            let loc = format!("{file}:{line}: warning");
            if !err.contains(&loc) {
                unlocated.push(format!(
                    "{loc} ({} in {}, {})",
                    p.kind.name(),
                    p.place,
                    p.variant
                ));
            }
        }
    }
    assert!(
        unlocated.is_empty(),
        "detections not reported at their line:\n{}",
        unlocated.join("\n")
    );
}

/// The seed report's own figures and other public numbers that look personal must pass untouched.
const FALSE_POSITIVES: &[&str] = &[
    "17265.21万元",
    "20775户36758人",
    "3815户5829人",
    "2023年1月1日",
    "截至2023年10月31日24时",
    "12345热线",
    "“12345”未成年人保护热线",
    "12345政务服务便民热线",
    "6.26%",
    "6.26％",
    "12.5%",
    "同比增长15.3个百分点",
    "0.8‰",
    "民发〔2021〕57号",
    "国办发〔2023〕12号",
    "财社〔2023〕126号",
    "云民发〔2022〕3号",
    "邮编650000",
    "邮政编码：100010",
    "650228",
    "20231231",
    "2023-12-31",
    "2023.12.31",
    "2023/12/31",
    "202312",
    "2021—2025年",
    "1－10月",
    "8:30-12:00",
    "统一社会信用代码91530100MA6K5XY21P",
    "125300004312345672",
    "115301020151234563",
    "52530100MJ0123456H",
    "服务热线400-820-8820",
    "4008208820",
    "400 820 8820",
    "800-820-8820",
    "项目编号530102202311300012",
    "530102190001010018",
    "990101198001011234",
    "110101202313450015",
    "营业执照注册号530102000012345",
    "2642399.63元",
    "1,234,567.89元",
    "累计发放资金1.38亿元",
    "GB 11643-1999",
    "GB/T 2260-2007",
    "ISBN 978-7-5097-1234-5",
    "G1234次列车",
    "C919大飞机",
    "请妥善保管密码，不要告诉他人",
    "修改密码：请联系管理员",
    "110、119、120",
    "请勿向他人透露PIN码或支付密码",
    "代码托管于GitHub，告警推送至Slack，备份存于AWS亚太区（Asia Pacific）",
    "One or two of the three sites opened at nine, five more in June",
    "C++与+86区号，1+1=2，~ 号照常",
];

/// GB 32100-2015 check character of an 18-character unified social credit code.
fn uscc_valid(code: &str) -> bool {
    const CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const W: [usize; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let v: Option<Vec<usize>> = code.chars().map(|c| CHARS.find(c)).collect();
    let Some(v) = v else { return false };
    if v.len() != 18 {
        return false;
    }
    let sum: usize = v[..17].iter().zip(W).map(|(a, w)| a * w).sum();
    v[17] == (31 - sum % 31) % 31
}

#[test]
fn the_false_positive_corpus_is_what_it_claims() {
    // Credit codes carry a correct GB 32100 check; project numbers do not carry a correct ID check.
    let page =
        fs::read_to_string(repo().join("tests/fixtures/clean/content/report.md")).expect("fixture");
    for v in FALSE_POSITIVES {
        assert!(
            page.contains(v),
            "tests/fixtures/clean/content/report.md lacks {v}"
        );
    }
    for code in [
        "91530100MA6K5XY21P",
        "125300004312345672",
        "115301020151234563",
        "52530100MJ0123456H",
    ] {
        assert!(uscc_valid(code), "{code} is not a valid credit code");
    }
    for n in [
        "530102202311300012",
        "530102190001010018",
        "990101198001011234",
        "110101202313450015",
    ] {
        assert_ne!(
            n.chars().last(),
            Some(id_check(&n[..17])),
            "{n} passes the ID check"
        );
        assert!(
            !(n.starts_with("62") && luhn_ok(n)),
            "{n} looks like a card"
        );
    }
    // 530102190001010018: a real region and date, only the check character is wrong.
    assert_eq!(id_check("53010219000101001"), '9');
}

#[test]
fn false_positives_pass_untouched() {
    let site = fixture("clean");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(&site.path().join("public"), "report/index.html");
    let missing: Vec<&&str> = FALSE_POSITIVES
        .iter()
        .filter(|v| !html.contains(**v) && !html.contains(&v.replace('"', "&quot;")))
        .collect();
    assert!(
        missing.is_empty(),
        "changed or missing in the output: {missing:?}"
    );
    assert!(!html.contains(REPLACEMENT), "something was redacted");
    assert!(
        !err.contains("content/report.md"),
        "a privacy warning for the page:\n{err}"
    );
    assert!(!err.contains("was found and replaced"), "{err}");
    let report: serde_json::Value =
        serde_json::from_str(&read(site.path(), ".sunlight/privacy-report.json")).expect("JSON");
    assert_eq!(report["detections"], 0, "{report}");
    // The same figures in a dataset and a static text file pass too.
    let csv = read(&site.path().join("public"), "data/figures.csv");
    assert!(
        csv.contains("530102202311300012") && csv.contains("91530100MA6K5XY21P"),
        "{csv}"
    );
    let txt = read(&site.path().join("public"), "figures.txt");
    for v in FALSE_POSITIVES {
        assert!(txt.contains(v), "static file lost {v}");
    }
}

/// A minimal site with one page whose body is `body`.
fn small_site(body: &str) -> tempfile::TempDir {
    let site = site_with_theme();
    let w = |rel: &str, text: &str| {
        let p = site.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    w(
        "site.yaml",
        "title: 测试区民政局\ndescription: 测试\nbase_url: https://example.gov.cn/mzj/\nlanguage: zh-CN\ntheme: default\n",
    );
    w("content/_index.md", "---\ntitle: 首页\n---\n欢迎访问。\n");
    w("content/news/_index.md", "---\ntitle: 新闻\n---\n动态。\n");
    w(
        "content/news/a.md",
        &format!("---\ntitle: 通知\n---\n{body}\n"),
    );
    site
}

#[test]
fn strict_with_a_planted_value_fails_and_writes_nothing() {
    let mut rng = Rng(7);
    let phone = mobile(&mut rng);
    let id = id18(&mut rng, "530102", false);
    let site = small_site(&format!("第一行。\n\n联系人电话{phone}，身份证号{id}。\n"));

    // Nothing at all before: no public/ afterwards.
    let out = sunlight(site.path(), &["build", "--strict"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        !site.path().join("public").exists(),
        "--strict wrote public/"
    );
    assert!(
        err.contains("content/news/a.md:6"),
        "names file:line: {err}"
    );
    assert!(
        !err.contains(&phone) && !err.contains(&id),
        "names the value: {err}"
    );
    let leftovers: Vec<_> = fs::read_dir(site.path())
        .expect("site dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public"))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .collect();
    assert!(leftovers.is_empty(), "temporary folders left behind");

    // A previous output stays exactly as it was.
    fs::write(
        site.path().join("content/news/a.md"),
        "---\ntitle: 通知\n---\n无个人信息。\n",
    )
    .expect("write");
    assert!(
        sunlight(site.path(), &["build", "--strict"])
            .status
            .success()
    );
    let before = tree(&site.path().join("public"));
    fs::write(
        site.path().join("content/news/a.md"),
        format!("---\ntitle: 通知\n---\n电话{phone}\n"),
    )
    .expect("write");
    let out = sunlight(site.path(), &["build", "--strict"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        tree(&site.path().join("public")) == before,
        "public/ changed"
    );
    // `check --strict` fails the same way; the default build replaces and succeeds.
    assert_eq!(
        sunlight(site.path(), &["check", "--strict"]).status.code(),
        Some(1)
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(&site.path().join("public"), "news/a/index.html");
    assert!(!html.contains(&phone) && html.contains(REPLACEMENT));
}

#[test]
fn files_named_after_personal_data_are_refused() {
    let mut rng = Rng(11);
    let phone = mobile(&mut rng);
    let id = id18(&mut rng, "110101", false);
    let cases: Vec<(String, String)> = vec![
        (
            format!("content/news/{phone}.md"),
            "---\ntitle: 通知\n---\n正文。\n".into(),
        ),
        (
            format!("content/{id}/_index.md"),
            "---\ntitle: 栏目\n---\n正文。\n".into(),
        ),
        (format!("static/files/{phone}.txt"), "公告\n".into()),
        (
            format!("data/{phone}.yaml"),
            "title: 表\ncolumns:\n  - {key: a, label: 甲}\nrows:\n  - {a: 一}\n".into(),
        ),
        (
            "content/news/诸葛望舒.md".into(),
            "---\ntitle: 通知\n---\n正文。\n".into(),
        ),
    ];
    for (rel, text) in cases {
        let site = small_site("正文。");
        let roster = "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  \
                      - {key: town, label: 乡镇}\nrecords:\n  - {name: 诸葛望舒, town: 甲镇}\npublish:\n  \
                      group_by: [town]\n  measures:\n    persons: count\n";
        fs::create_dir_all(site.path().join("data")).expect("mkdir");
        fs::write(site.path().join("data/roster.yaml"), roster).expect("write");
        let p = site.path().join(&rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(&p, text).expect("write");
        let out = sunlight(site.path(), &["build"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{rel} must be refused:\n{err}");
        assert!(err.contains("file name"), "{rel}: {err}");
        assert!(err.contains("hint:"), "{rel}: {err}");
        assert!(
            !site.path().join("public").exists(),
            "{rel}: something was written"
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Regressions: each once let personal data through or failed a clean build, reduced to its smallest reproduction.
// ---------------------------------------------------------------------------------------------------------------

/// Builds a one-page site (with a roster naming 诸葛望舒 and the marker `##paidbegin##`) in default mode and checks
/// that the build succeeds, warns, and that `value` (digits compared without separators) is gone from the page.
fn default_build_removes(body: &str, value: &str) {
    let site = small_site(body);
    fs::write(
        site.path().join("site.yaml"),
        "title: 测试区民政局\nbase_url: https://example.gov.cn/mzj/\nprivacy:\n  strip: [\"##paidbegin##\"]\n",
    )
    .expect("write");
    fs::create_dir_all(site.path().join("data")).expect("mkdir");
    fs::write(
        site.path().join("data/roster.yaml"),
        "title: 名册\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  - {key: town, label: 乡镇}\n\
         records:\n  - {name: 诸葛望舒, town: 甲镇}\npublish:\n  group_by: [town]\n  measures:\n    persons: count\n",
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(
        out.status.success(),
        "the default build must replace and warn:\n{err}"
    );
    assert!(
        err.contains("content/news/a.md:"),
        "no warning for the page:\n{err}"
    );
    let html = read(&site.path().join("public"), "news/a/index.html");
    let view = compact(&fold_str(&strip_tags(&decode(&html))));
    assert!(
        !view.contains(&value.to_lowercase()),
        "{value} is published:\n{html}"
    );
}

#[test]
fn number_split_by_a_hard_line_break() {
    // Four trailing spaces (or a backslash) make a hard break: the detector sees more than three separators (or a
    // `\`) and never joins the groups; the output reads `电话138<br />\n0013 8000`, and egress does not see
    // through `<br />` either. Build exits 0 with 0 detections.
    default_build_removes("电话138    \n0013 8000。", "13800138000");
    default_build_removes("电话138\\\n00138000。", "13800138000");
}

#[test]
fn marker_inside_a_number() {
    // Before the fix: exit 1, `public/news/a/index.html:N: error: the output still contains a mobile number`.
    default_build_removes("电话138##paidbegin##00138000。", "13800138000");
}

#[test]
fn number_continued_on_an_indented_line() {
    // `\n` plus five spaces is more than three separators. Before the fix: exit 1 at egress.
    default_build_removes("- 电话138\n     00138000", "13800138000");
}

#[test]
fn roster_name_wrapped_over_a_line_break() {
    // Hard-wrapped Chinese prose is common in Markdown. Before the fix: exit 1, `the output still contains a name from a
    // records dataset`.
    default_build_removes("走访诸葛\n望舒一家。", "诸葛望舒");
}

#[test]
fn landline_in_international_form() {
    default_build_removes("电话+86 871 6512 3456。", "87165123456");
    default_build_removes("电话+86-871-65123456。", "87165123456");
}

#[test]
fn passport_with_spaces() {
    default_build_removes("护照号E 1234 5678。", "e12345678");
}

#[test]
fn email_followed_by_a_hyphen_and_digits() {
    default_build_removes(
        "邮箱zhang.wei@example.cn-2023年起停用。",
        "zhang.wei@example.cn",
    );
}

#[test]
fn credential_in_a_link_target_keeps_the_link() {
    let site = small_site(
        "[登录](https://example.gov.cn/login?token=Ab3dE5fG7h)\n\n（初始密码：Xy7Kp2Qw9z）",
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(&site.path().join("public"), "news/a/index.html");
    assert!(!html.contains("Ab3dE5fG7h") && !html.contains("Xy7Kp2Qw9z"));
    assert!(
        html.contains("<a href=\"https://example.gov.cn/login?token="),
        "{html}"
    );
    assert!(html.contains("初始密码：〔已隐去〕）"), "{html}");
}

/// A one-dataset site whose dataset is `yaml`.
fn dataset_site(yaml: &str) -> tempfile::TempDir {
    let site = small_site("正文。");
    fs::create_dir_all(site.path().join("data")).expect("mkdir");
    fs::write(site.path().join("data/c.yaml"), yaml).expect("write");
    site
}

#[test]
fn row_key_with_a_credential_label_builds() {
    let site = dataset_site(
        "title: 表\ncolumns:\n  - {key: item, label: 项目}\n  - {key: n, label: 数, type: integer}\nrows:\n  \
         - {item: 'password: 请联系管理员', n: 1}\n",
    );
    let out = sunlight(site.path(), &["build"]);
    // Before the fix: exit 1, `public/data/c/index.html:61: error: the output still contains a password or credential`.
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn phone_number_in_an_integer_column() {
    let site = dataset_site(
        "title: 表\ncolumns:\n  - {key: item, label: 项目}\n  - {key: tel, label: 电话, type: integer}\nrows:\n  \
         - {item: 甲, tel: 13800138000}\n",
    );
    let out = sunlight(site.path(), &["build"]);
    // Before the fix: exit 1 with `the output still contains a mobile number` for data/c/index.html, c.csv and c.json.
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!read(&site.path().join("public"), "data/c.csv").contains("13800138000"));
}

#[test]
fn digits_in_other_compatibility_forms() {
    // Mathematical bold digits fold to ASCII under NFKC, as full-width digits do.
    let bold: String = "13800138000"
        .chars()
        .map(|c| char::from_u32(0x1D7CE + c.to_digit(10).expect("digit")).expect("bold digit"))
        .collect();
    let site = small_site("正文。");
    fs::create_dir_all(site.path().join("static")).expect("mkdir");
    fs::write(
        site.path().join("static/notice.txt"),
        format!("电话{bold}。\n"),
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Before the fix: exit 0, 0 detections, public/notice.txt still reads 电话𝟏𝟑𝟖𝟎𝟎𝟏𝟑𝟖𝟎𝟎𝟎。
    assert!(!read(&site.path().join("public"), "notice.txt").contains(&bold));
    default_build_removes(&format!("电话{bold}。"), "13800138000");
}

// ---------------------------------------------------------------------------------------------------------------
// Issue 12: ways of writing a value that a reader still reads as the value (invisible characters, digits of other
// scripts, other separators, look-alike check characters, glued labels, regional IDs, credentials without a colon,
// names as people write them), each planted in every place text reaches the output; and ordinary statistical
// writing in the same places, which must build under --strict with every figure intact.
// ---------------------------------------------------------------------------------------------------------------

/// One way of writing a value: its class, the text planted, and what must not be found in the output (digits, a
/// folded name, or a pinyin spelling in lower-case letters).
struct Vector {
    class: String,
    text: String,
    probe: VProbe,
}

enum VProbe {
    Digits(String),
    Han(String),
    Latin(String),
    Text(String),
}

/// Digits of another script: `base` is the code point of its zero.
fn script_digits(s: &str, base: u32) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(base + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// Hong Kong identity card number with a correct check character, in its printed form A123456(7).
fn hk_id(rng: &mut Rng) -> String {
    loop {
        let letter = (b'A' + rng.below(26) as u8) as char;
        let digits = rng.digits(6);
        let mut sum = 36 * 9 + (letter as u32 - 'A' as u32 + 10) * 8;
        for (c, w) in digits.chars().zip((2..=7).rev()) {
            sum += c.to_digit(10).expect("digit") * w;
        }
        let check = match 11 - sum % 11 {
            11 => '0',
            10 => continue,
            n => char::from_digit(n, 10).expect("digit"),
        };
        return format!("{letter}{digits}({check})");
    }
}

/// Taiwan national ID with a correct checksum.
fn tw_id(rng: &mut Rng) -> String {
    const CODES: &str = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
    let k = rng.below(26) as usize;
    let letter = CODES.as_bytes()[k] as char;
    let code = k as u32 + 10;
    let body = format!("{}{}", rng.range(1, 2), rng.digits(7));
    let mut sum = code / 10 + (code % 10) * 9;
    for (c, w) in body.chars().zip([8, 7, 6, 5, 4, 3, 2, 1]) {
        sum += c.to_digit(10).expect("digit") * w;
    }
    let check = (10 - sum % 10) % 10;
    format!("{letter}{body}{check}")
}

/// Roster names of the vector corpus, with spellings a test table gives independently of the library.
const V_NAMES: [(&str, &str, &str); 3] = [
    ("东方文山", "東方文山", "dongfang wenshan"),
    ("欧阳听澜", "歐陽聽瀾", "ouyang tinglan"),
    ("阿依古丽·买买提", "阿依古麗·買買提", "ayiguli maimaiti"),
];

fn vectors(rng: &mut Rng) -> Vec<Vector> {
    let mut v = Vec::new();
    let mut push = |class: &str, text: String, probe: VProbe| {
        v.push(Vector {
            class: class.to_string(),
            text,
            probe,
        })
    };
    let digits = |s: &str| VProbe::Digits(s.to_ascii_lowercase());
    let id = id18(rng, "110105", false);
    let idx = id18(rng, "530102", true);
    for (class, sep) in [
        ("ID with a zero-width space", "\u{200B}"),
        ("ID with a soft hyphen", "\u{00AD}"),
        ("ID with a word joiner", "\u{2060}"),
        ("ID with a BOM", "\u{FEFF}"),
        ("ID with a bidi override", "\u{202E}"),
    ] {
        let id = id18(rng, "320102", false);
        push(
            class,
            format!("身份证{}{sep}{}{sep}{}", &id[..6], &id[6..14], &id[14..]),
            digits(&id),
        );
    }
    let phone = mobile(rng);
    push(
        "mobile with a zero-width joiner and a variation selector",
        format!(
            "电话{}\u{200D}{}\u{FE0F}{}",
            &phone[..3],
            &phone[3..7],
            &phone[7..]
        ),
        digits(&phone),
    );
    let phone = mobile(rng);
    push(
        "mobile with combining marks",
        phone.chars().map(|c| format!("{c}\u{0301}")).collect(),
        digits(&phone),
    );
    for (class, base) in [
        ("mobile in Arabic-Indic digits", 0x0660),
        ("mobile in Extended Arabic-Indic digits", 0x06F0),
        ("mobile in Devanagari digits", 0x0966),
        ("mobile in Bengali digits", 0x09E6),
        ("mobile in mathematical bold digits", 0x1D7CE),
        ("mobile in mathematical monospace digits", 0x1D7F6),
    ] {
        let phone = mobile(rng);
        push(
            class,
            format!("手机{}", script_digits(&phone, base)),
            digits(&phone),
        );
    }
    push(
        "ID in Devanagari digits",
        script_digits(&id, 0x0966),
        digits(&id),
    );
    for (class, sep) in [
        ("mobile 3-4-4 with middle dots", "·"),
        ("mobile 3-4-4 with underscores", "_"),
        ("mobile 3-4-4 with full-width commas", "，"),
        ("mobile 3-4-4 with enumeration commas", "、"),
        ("mobile 3-4-4 with tildes", "~"),
        ("mobile 3-4-4 with ideographic spaces", "\u{3000}"),
        ("mobile 3-4-4 with katakana middle dots", "・"),
    ] {
        let phone = mobile(rng);
        push(
            class,
            format!("联系{}", grouped(&phone, &[3, 4], sep)),
            digits(&phone),
        );
    }
    push(
        "ID 6-8-4 with middle dots",
        format!("证号{}", grouped(&id, &[6, 8], "·")),
        digits(&id),
    );
    for (class, x) in [
        ("check character ×", '×'),
        ("check character Cyrillic Х", 'Х'),
    ] {
        push(class, format!("身份证{}{x}", &idx[..17]), digits(&idx));
    }
    push("ID glued to ID", format!("ID{id}"), digits(&id));
    let phone = mobile(rng);
    push("mobile glued to Tel", format!("Tel{phone}"), digits(&phone));
    let phone = mobile(rng);
    push(
        "mobile glued to letters after it",
        format!("{phone}abc"),
        digits(&phone),
    );
    let hk = hk_id(rng);
    push(
        "Hong Kong identity card",
        format!("香港身份证{hk}"),
        VProbe::Text(hk.to_lowercase()),
    );
    let tw = tw_id(rng);
    push(
        "Taiwan identity card",
        format!("身分證{tw}"),
        VProbe::Text(tw.to_lowercase()),
    );
    let mo = format!(
        "{}{}({})",
        rng.pick(&["1", "5", "7"]),
        rng.digits(6),
        rng.digits(1)
    );
    push(
        "Macau identity card",
        format!("澳门身份证{mo}"),
        VProbe::Text(mo.to_lowercase()),
    );
    for (class, before, after) in [
        ("credential without a colon", "初始密码", "，请修改"),
        ("credential in quotes", "密码：“", "”"),
        ("credential after a space", "登录口令 ", "。"),
        ("credential after 密钥", "密钥：", "。"),
        ("credential after traditional 密碼", "密碼：", "。"),
    ] {
        let secret = rng.secret(9);
        push(
            class,
            format!("{before}{secret}{after}"),
            VProbe::Text(secret.to_lowercase()),
        );
    }
    for (class, prefix, len) in [
        ("Discover card without a card word", "6011".to_string(), 16),
        (
            "JCB card without a card word",
            rng.range(3528, 3589).to_string(),
            16,
        ),
        (
            "Mastercard 2-series without a card word",
            rng.range(2221, 2720).to_string(),
            16,
        ),
        ("UnionPay card without a card word", "62".to_string(), 19),
    ] {
        let n = card(rng, &prefix, len);
        push(class, format!("转入{n}"), digits(&n));
    }
    let amex_prefix = ["34", "37"][rng.below(2) as usize];
    let amex = card(rng, amex_prefix, 15);
    push(
        "American Express 4-6-5",
        format!("转入{} {} {}", &amex[..4], &amex[4..10], &amex[10..]),
        digits(&amex),
    );
    let passport = format!("e{}", rng.digits(8));
    push(
        "lower-case passport",
        format!("护照{passport}"),
        VProbe::Text(passport.clone()),
    );
    for label in ["户主", "编号"] {
        let old = id15(rng);
        push(
            "15-digit ID after a label",
            format!("{label}{old}"),
            digits(&old),
        );
    }
    let local = format!("{}{}", rng.range(2, 9), rng.digits(7));
    push(
        "local landline after 电话",
        format!("联系电话：{}", grouped(&local, &[4], " ")),
        digits(&local),
    );
    let local = format!("{}{}", rng.range(2, 9), rng.digits(6));
    push(
        "local landline after Tel",
        format!("Tel: {local}"),
        digits(&local),
    );
    for (simple, traditional, pinyin) in V_NAMES {
        let plain: String = simple.chars().filter(|c| *c != '·').collect();
        let han = || VProbe::Han(plain.clone());
        push(
            "name in traditional characters",
            format!("走访{traditional}一家"),
            han(),
        );
        let spaced: String = plain.chars().map(|c| format!("{c} ")).collect();
        push(
            "name with spaces",
            format!("走访{}一家", spaced.trim_end()),
            han(),
        );
        let ideographic: Vec<String> = plain.chars().map(String::from).collect();
        push(
            "name with ideographic spaces",
            format!("走访{}一家", ideographic.join("\u{3000}")),
            han(),
        );
        push(
            "name with a zero-width space",
            format!("走访{}\u{200B}{}一家", &plain[..6], &plain[6..]),
            han(),
        );
        let latin: String = pinyin.chars().filter(|c| *c != ' ').collect();
        let title: String = pinyin
            .split(' ')
            .map(|w| format!("{}{}", w[..1].to_uppercase(), &w[1..]))
            .collect::<Vec<_>>()
            .join(" ");
        push(
            "name in pinyin",
            format!("visited {title} at home"),
            VProbe::Latin(latin.clone()),
        );
        push(
            "name in pinyin, one word",
            format!("visited {latin} today"),
            VProbe::Latin(latin.clone()),
        );
    }
    for dot in ["•", "・", "‧", "∙", "⋅", "･", ""] {
        push(
            "name with another middle dot",
            format!("慰问阿依古丽{dot}买买提同志"),
            VProbe::Han("阿依古丽买买提".into()),
        );
    }
    push(
        "name with a Kangxi radical",
        "走访东方⽂⼭一家".into(),
        VProbe::Han("东方文山".into()),
    );
    v
}

/// Traditional forms the vector names use, for the output probe (independent of the library's tables).
fn v_simplified(c: char) -> char {
    const PAIRS: [(char, char); 8] = [
        ('東', '东'),
        ('歐', '欧'),
        ('陽', '阳'),
        ('聽', '听'),
        ('瀾', '澜'),
        ('麗', '丽'),
        ('買', '买'),
        ('⽂', '文'),
    ];
    PAIRS.iter().find(|p| p.0 == c).map_or(c, |p| p.1)
}

/// Output text folded for the vector probes: escapes decoded, tags removed, invisible characters dropped, digits of
/// the planted scripts and the check-character look-alikes made ASCII.
fn v_fold(text: &str) -> String {
    let decoded = strip_tags(&decode(text));
    let mut out = String::with_capacity(decoded.len());
    for c in decoded.nfkc() {
        let code = c as u32;
        let c = match code {
            0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0xFEFF
            | 0x00AD
            | 0xFE00..=0xFE0F
            | 0x0300..=0x036F => {
                continue;
            }
            0x0660..=0x0669 | 0x06F0..=0x06F9 | 0x0966..=0x096F | 0x09E6..=0x09EF => {
                let zero = [0x0660, 0x06F0, 0x0966, 0x09E6]
                    .into_iter()
                    .find(|z| (*z..*z + 10).contains(&code))
                    .unwrap_or(code);
                char::from(b'0' + (code - zero) as u8)
            }
            _ if matches!(c, '×' | 'Х') => 'x',
            _ => v_simplified(c).to_ascii_lowercase(),
        };
        out.push(c);
    }
    out
}

/// Whether `probe` is found in the output text `text`.
fn v_found(probe: &VProbe, text: &str) -> bool {
    let folded = v_fold(text);
    match probe {
        VProbe::Digits(d) => {
            let seps = |c: char| " -.\n\r\t()/+_·・，,、~\u{3000}".contains(c);
            let compacted: String = folded.chars().filter(|c| !seps(*c)).collect();
            compacted.contains(d.as_str())
        }
        VProbe::Han(name) => {
            let dots = |c: char| c.is_whitespace() || "·•・‧∙⋅･".contains(c);
            let han: String = folded.chars().filter(|c| !dots(*c)).collect();
            han.contains(name.as_str())
        }
        VProbe::Latin(l) => {
            let letters: String = folded
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect();
            letters.contains(l.as_str())
        }
        VProbe::Text(t) => folded.contains(t.as_str()),
    }
}

/// A site with every vector in every place: a page's body, title and description, its English translation, a
/// dataset cell, column label and row key (which charts use as labels), a chart title, and site.yaml's region and
/// `gov.content_source`. The roster names the vector names.
fn v_site(vectors: &[Vector]) -> tempfile::TempDir {
    let site = site_with_theme();
    let root = site.path().to_path_buf();
    let w = |rel: &str, text: &str| {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    let q = |s: &str| serde_json::to_string(s).expect("json");
    let region = vectors
        .iter()
        .map(|v| v.text.as_str())
        .collect::<Vec<_>>()
        .join("；");
    w(
        "site.yaml",
        &format!(
            "title: 测试区民政局\nbase_url: https://example.gov.cn/mzj/\nlanguage: zh-CN\ntheme: default\n\
             region: {}\ngov:\n  content_source: {}\nlanguages:\n  en:\n    title: Test Bureau\n",
            q(&region),
            q(&region)
        ),
    );
    let mut roster = String::from(
        "title: 名册（虚构）\nkind: records\ncolumns:\n  - {key: name, label: 姓名, personal: true}\n  - {key: town, label: 乡镇}\nrecords:\n",
    );
    for (name, _, _) in V_NAMES {
        writeln!(roster, "  - {{name: {name}, town: 甲镇}}").expect("fmt");
    }
    roster.push_str("publish:\n  group_by: [town]\n  measures:\n    persons: count\n");
    w("data/roster.yaml", &roster);
    w("content/_index.md", "---\ntitle: 首页\n---\n欢迎。\n");
    w("content/_index.en.md", "---\ntitle: Home\n---\nWelcome.\n");
    w(
        "content/notices/_index.md",
        "---\ntitle: 通知\n---\n通知。\n",
    );
    let mut ds = String::from(
        "title: 联系表\nsource: 测试\nas_of: 2023-10-31\ncolumns:\n  - {key: item, label: 项目}\n",
    );
    for (i, v) in vectors.iter().enumerate() {
        w(
            &format!("content/notices/n{i}.md"),
            &format!(
                "---\ntitle: {}\ndescription: {}\ndate: 2023-11-01\n---\n\n正文：{}。\n",
                q(&format!("通知{}", v.text)),
                q(&format!("说明{}", v.text)),
                v.text
            ),
        );
        w(
            &format!("content/notices/n{i}.en.md"),
            &format!("---\ntitle: Notice {i}\n---\n\nText: {}.\n", v.text),
        );
        writeln!(
            ds,
            "  - {{key: c{i}, label: {}}}",
            q(&format!("列{}", v.text))
        )
        .expect("fmt");
    }
    ds.push_str("  - {key: n, label: 数量, type: integer}\nrows:\n");
    for (i, v) in vectors.iter().enumerate() {
        let mut row = format!("  - {{item: {}, n: {}", q(&format!("项{}", v.text)), i + 1);
        for k in 0..vectors.len() {
            if k == i {
                write!(row, ", c{k}: {}", q(&format!("值{}", v.text))).expect("fmt");
            }
        }
        row.push_str("}\n");
        ds.push_str(&row);
    }
    w("data/contacts.yaml", &ds);
    for (i, v) in vectors.iter().enumerate().step_by(4) {
        w(
            &format!("charts/c{i}.yaml"),
            &format!(
                "title: {}\ntype: bar\ndata: contacts\nx: item\ny: n\n",
                q(&format!("图{}", v.text))
            ),
        );
    }
    site
}

#[test]
fn every_vector_class_is_caught_in_every_place() {
    let mut rng = Rng(0x1212_2026);
    let vectors = vectors(&mut rng);
    assert!(vectors.len() >= 60, "only {} vectors", vectors.len());
    let names: Vec<String> = V_NAMES.iter().map(|n| n.0.to_string()).collect();
    let detector = Detector::new(&[], &["12345".to_string()], &names, REPLACEMENT);
    let missed: Vec<&str> = vectors
        .iter()
        .filter(|v| detector.find(&v.text).is_empty())
        .map(|v| v.class.as_str())
        .collect();
    assert!(missed.is_empty(), "the detector misses: {missed:?}");

    let site = v_site(&vectors);
    if std::env::var_os("SUNLIGHT_KEEP").is_some() {
        eprintln!("site kept at {}", site.path().display());
        std::mem::forget(site);
        return;
    }
    for v in &vectors {
        let src = tree(site.path());
        assert!(
            src.values()
                .any(|b| v_found(&v.probe, &String::from_utf8_lossy(b))),
            "the probe cannot find {} in the sources",
            v.class
        );
    }
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let leaked_to_log: Vec<&str> = vectors
        .iter()
        .filter(|v| v_found(&v.probe, &err) || v_found(&v.probe, &stdout))
        .map(|v| v.class.as_str())
        .collect();
    assert!(
        leaked_to_log.is_empty(),
        "in the build's messages: {leaked_to_log:?}"
    );
    // The messages hold no planted value (checked above), so the errors may be shown.
    let errors: Vec<&str> = err.lines().filter(|l| l.contains("error")).collect();
    assert!(
        out.status.success(),
        "the default build must replace and warn: {errors:#?}"
    );
    let public = tree(&site.path().join("public"));
    let mut survivors = BTreeMap::new();
    for v in &vectors {
        let files: Vec<&String> = public
            .iter()
            .filter(|(_, b)| v_found(&v.probe, &String::from_utf8_lossy(b)))
            .map(|(k, _)| k)
            .collect();
        if !files.is_empty() {
            survivors.insert(v.class.as_str(), files);
        }
    }
    assert!(survivors.is_empty(), "published: {survivors:?}");
    let report = read(site.path(), ".sunlight/privacy-report.json");
    assert!(
        vectors.iter().all(|v| !v_found(&v.probe, &report)),
        "a value in the report"
    );

    let strict = sunlight(site.path(), &["build", "--strict", "--out", "strict-out"]);
    let err = stderr(&strict);
    assert_eq!(strict.status.code(), Some(1), "--strict must fail");
    assert!(
        !site.path().join("strict-out").exists(),
        "--strict wrote something"
    );
    let leaked: Vec<&str> = vectors
        .iter()
        .filter(|v| v_found(&v.probe, &err))
        .map(|v| v.class.as_str())
        .collect();
    assert!(leaked.is_empty(), "--strict printed: {leaked:?}");
}

#[test]
fn file_names_with_a_vector_are_refused_and_masked_in_the_message() {
    let mut rng = Rng(0x000F_11E5);
    let phone = mobile(&mut rng);
    let id = id18(&mut rng, "110101", false);
    let site = small_site("正文。");
    let names = [
        format!("content/notices/tel{phone}.md"),
        format!("content/notices/{}.md", script_digits(&phone, 0x0660)),
        format!("content/notices/{}\u{200B}{}.md", &id[..9], &id[9..]),
        format!("static/files/{}.txt", grouped(&phone, &[3, 4], "·")),
    ];
    for n in &names {
        let p = site.path().join(n);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        let text = if n.ends_with(".md") {
            "---\ntitle: 通知\n---\n正文。\n"
        } else {
            "公告\n"
        };
        fs::write(p, text).expect("write");
    }
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    // Each file is refused at its source name; the last scan of the output names the published path as well.
    assert!(
        err.matches("file name").count() >= names.len(),
        "an error for every file"
    );
    assert!(
        err.contains(&format!("content/notices/{REPLACEMENT}.md")),
        "the path is masked"
    );
    for probe in [VProbe::Digits(phone.clone()), VProbe::Digits(id.clone())] {
        assert!(!v_found(&probe, &err), "a planted value in the messages");
    }
}

/// Ordinary statistical writing: figures beside dates, codes, years in tables, amounts with spaces, credit codes,
/// document numbers, project and order numbers, hotlines, postcodes, statistical codes.
const ORDINARY: &[&str] = &[
    "民政简报第150期",
    "民政简报150",
    "第15期 2020年7月11日",
    "床位 150",
    "158 230 451.00 元",
    "13 800 138 000 元",
    "1 380 013 人次",
    "共计 150 2020-07-11 发布",
    "统一社会信用代码11110105MB0123456X",
    "区民发〔2023〕12号",
    "云民函〔2024〕108号",
    "项目编号XM-2023-0456",
    "订单号DD202311300001",
    "合同编号HT2023110012",
    "服务热线12345",
    "养老服务热线12349",
    "邮编650228",
    "统计用区划代码5301020010",
    "行政区划代码530102",
    "2019年 2020年 2021年 2022年",
    "增长15.3%",
    "150户、2020人、711个",
    "2023年第3季度",
    "8:30-17:30",
    "paid 2023 units",
    "关注微信公众号wxmzj或拨打12349",
    "版本v1.2.3，型号OL1080，批次IO-2023-11",
    "the lOl of IO ports in COVID19 and H2O",
    "一二三类低保户",
    "二〇二三年第十一届一百二十三个村",
    "二〇二〇 二〇二一 二〇二二 二〇二三",
    "Details are at www.example.gov.cn (at the top)",
    "注①②③，⑴⑵⑶项",
];

#[test]
fn ordinary_statistical_writing_builds_clean_in_every_place() {
    let site = site_with_theme();
    let root = site.path().to_path_buf();
    let w = |rel: &str, text: &str| {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    let q = |s: &str| serde_json::to_string(s).expect("json");
    let all = ORDINARY.join("；");
    w(
        "site.yaml",
        &format!(
            "title: 测试区民政局\nbase_url: https://example.gov.cn/mzj/\nlanguage: zh-CN\ntheme: default\n\
             region: {}\nprivacy:\n  allow:\n    - 12345\n    - {{value: mzj@example.gov.cn, reason: the bureau's public address}}\n    - {{value: \"0871-6512 3456\"}}\n",
            q("测试区")
        ),
    );
    w(
        "content/_index.md",
        "---\ntitle: 首页\n---\n来信请寄 mzj@example.gov.cn，值班电话 0871-65123456。\n",
    );
    w(
        "content/briefs/_index.md",
        "---\ntitle: 民政简报\n---\n简报。\n",
    );
    // A section whose titles end in numbers, listed with their dates.
    for (i, n) in [150, 151, 152, 2020].iter().enumerate() {
        w(
            &format!("content/briefs/b{i}.md"),
            &format!(
                "---\ntitle: 民政简报第{n}期\ndate: 2020-07-{:02}\n---\n\n床位 {n}\n2020-07-11\n",
                11 + i
            ),
        );
        w(
            &format!("content/briefs/c{i}.md"),
            &format!(
                "---\ntitle: 民政简报{n}\ndate: 2020-07-{:02}\n---\n\n正文。\n",
                11 + i
            ),
        );
    }
    let mut body = String::from("---\ntitle: 统计数据\ndescription: ");
    body.push_str(&q(&all));
    body.push_str("\n---\n\n");
    for s in ORDINARY {
        writeln!(body, "{s}。\n").expect("fmt");
        writeln!(body, "- {s}").expect("fmt");
    }
    body.push_str("\n| 年份 | 2019 | 2020 | 2021 |\n| --- | --- | --- | --- |\n| 户数 | 150 | 2020 | 711 |\n\n床位 150\n2020-07-11\n");
    w("content/stats-2023-07-11.md", &body);
    let mut ds = String::from(
        "title: 统计表\nsource: 测试区民政局\nas_of: 2023-10-31\ncolumns:\n  - {key: item, label: 项目}\n  - {key: note, label: 说明}\n  - {key: n, label: 数量, type: integer}\nrows:\n",
    );
    for (i, s) in ORDINARY.iter().enumerate() {
        writeln!(
            ds,
            "  - {{item: {}, note: {}, n: {}}}",
            q(&format!("项{i}")),
            q(s),
            150 + i
        )
        .expect("fmt");
    }
    w("data/stat-5301020010.yaml", &ds);
    w(
        "charts/stat-150.yaml",
        &format!(
            "title: {}\ntype: bar\ndata: stat-5301020010\nx: item\ny: n\n",
            q("民政简报第150期 2020-07-11")
        ),
    );
    w(
        "static/files/figures-2023.txt",
        &format!("{}\n", ORDINARY.join("\n")),
    );

    let out = sunlight(site.path(), &["build", "--strict"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("personal data"), "{err}");
    let report: serde_json::Value =
        serde_json::from_str(&read(site.path(), ".sunlight/privacy-report.json")).expect("JSON");
    assert_eq!(report["detections"], 0, "{report}");
    let public = tree(&site.path().join("public"));
    let text: String = public
        .iter()
        .filter(|(k, _)| k.ends_with(".html") || k.ends_with(".txt"))
        .map(|(_, b)| decode(&String::from_utf8_lossy(b)))
        .collect();
    assert!(!text.contains(REPLACEMENT), "something was redacted");
    let missing: Vec<&&str> = ORDINARY.iter().filter(|s| !text.contains(**s)).collect();
    assert!(missing.is_empty(), "changed or missing: {missing:?}");
    assert!(text.contains("mzj@example.gov.cn") && text.contains("0871-65123456"));
    let home = read(&site.path().join("public"), "briefs/index.html");
    assert!(
        home.contains("民政简报第150期") && home.contains("2020-07-11"),
        "the list page"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Ordinary statistics as attachments
// ---------------------------------------------------------------------------------------------------------------

fn stats_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write as _;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        w.start_file(*name, opts).expect("zip entry");
        w.write_all(data).expect("zip write");
    }
    w.finish().expect("zip").into_inner()
}

/// A one-page PDF in Helvetica whose content stream is `content`.
fn stats_pdf(content: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A statistics workbook whose number cells hold what budgets and yearbooks hold, in every form Excel stores a
/// number (exponent form, 15 significant digits, decimals): amounts in 元 up to 10¹⁶, counts, a number that
/// starts like a region and a year but has no birth date, and codes and serial numbers as text.
fn stats_xlsx() -> Vec<u8> {
    let numbers = [
        "158230451",
        "158230451.5",
        "12345678901234.56",
        "1.2345678901234E+13",
        "98765432109876.5",
        "3.1415926535898E+16",
        "1E+16",
        "2.0231130001234E+17",
        "1.1000020231301E+17",
        "1280",
        "35000",
        "0.0625",
    ];
    let texts = [
        "91530100MA6K5XY21P",
        "2023113000012345",
        "民政简报第150期",
        "2020-07-11",
        "GB/T 2260-2007",
    ];
    let mut rows = String::new();
    for (i, n) in numbers.iter().enumerate() {
        let r = i + 1;
        let label = texts.get(i).copied().unwrap_or("合计");
        rows.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{label}</t></is></c><c r="B{r}"><v>{n}</v></c><c r="C{r}"><f>B{r}*2</f><v>{n}</v></c></row>"#
        ));
    }
    let types = r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    let book = r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="财政收支" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let sheet = format!(
        r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    );
    stats_zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("xl/workbook.xml", book.as_bytes()),
        ("xl/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

/// A statistics table drawn column by column, as table generators do (every label, then every figure), with
/// figures right-aligned and a title whose number stands beside a date: laid out by position, each row reads
/// label, figure, figure.
fn stats_table_pdf() -> String {
    let rows = [
        ("Bulletin No. 150", "2020-07-11", "2021-07-11"),
        ("Beds 150", "2020", "2021"),
        ("Budget (yuan)", "158 230 451.00", "12 345 678 901 234.56"),
        ("Households", "1280", "1 315"),
        ("Credit code", "91530100MA6K5XY21P", "125300004312345672"),
        ("Order", "2023113000012345", "2023113000012346"),
        ("Hotline", "12345", "400-810-1234"),
        ("Postcode", "650000", "650101"),
    ];
    let mut ops = String::from("BT /F1 10 Tf ");
    for (i, (label, ..)) in rows.iter().enumerate() {
        ops.push_str(&format!("1 0 0 1 72 {} Tm ({label}) Tj ", 700 - i * 14));
    }
    for (i, (_, a, b)) in rows.iter().enumerate() {
        let y = 700 - i * 14;
        // Right-aligned at 330 and 480 (Helvetica digits are 5.56 points wide at 10 points).
        ops.push_str(&format!(
            "1 0 0 1 {:.2} {y} Tm ({a}) Tj ",
            330.0 - a.len() as f64 * 5.56
        ));
        ops.push_str(&format!(
            "1 0 0 1 {:.2} {y} Tm ({b}) Tj ",
            480.0 - b.len() as f64 * 5.56
        ));
    }
    ops.push_str("ET");
    ops
}

#[test]
fn statistics_attachments_build_untouched() {
    let site = fixture("clean");
    let files = [
        ("static/files/财政收支.xlsx", stats_xlsx()),
        ("static/files/统计表.pdf", stats_pdf(&stats_table_pdf())),
    ];
    for (rel, bytes) in &files {
        let path = site.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, bytes).expect("write");
    }
    let out = sunlight(site.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (rel, bytes) in &files {
        let published =
            fs::read(site.path().join("public").join(&rel["static/".len()..])).expect("published");
        assert_eq!(&published, bytes, "{rel} changed");
    }
}

/// Charts are full of figures drawn side by side: axis ticks beside value labels, value labels of one series a
/// little above or below each other, the wide and the narrow drawing of one chart on one page. None of that is a
/// number of a person, on a page or in a chart's own file, whatever the figures happen to be.
#[test]
fn charts_full_of_figures_build_with_no_detection() {
    let site = small_site("见下图。");
    let w = |rel: &str, text: &str| {
        let p = site.path().join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    };
    let mut rng = Rng(20231231);
    let kinds = ["line", "bar", "grouped_bar", "stacked_bar", "pie", "donut"];
    let places = [
        "城关镇",
        "东城街道",
        "西城街道",
        "南湖街道",
        "北山镇",
        "河口镇",
    ];
    let mut page = String::from("---\ntitle: 图表\n---\n");
    for n in 0..120 {
        let mut data = format!(
            "title: 服务情况{n}\nsource: 测试\ncolumns:\n  - {{key: place, label: 乡镇（街道）}}\n  - {{key: male, label: 男性, unit: 人, type: integer}}\n  - {{key: female, label: 女性, unit: 人, type: integer}}\nrows:\n"
        );
        for p in places {
            let (a, b) = (100 + rng.below(9900), 100 + rng.below(9900));
            let _ = writeln!(data, "  - {{place: {p}, male: {a}, female: {b}}}");
        }
        w(&format!("data/d{n}.yaml"), &data);
        let kind = kinds[n % kinds.len()];
        let y = if matches!(kind, "bar" | "pie" | "donut") {
            "[male]"
        } else {
            "[male, female]"
        };
        w(
            &format!("charts/c{n}.yaml"),
            &format!("title: 服务情况{n}\ntype: {kind}\ndata: d{n}\ny: {y}\n"),
        );
        let _ = writeln!(page, "{{{{ chart(\"c{n}\") }}}}\n");
    }
    w("content/news/charts.md", &page);
    let out = sunlight(site.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_str(&read(site.path(), ".sunlight/privacy-report.json")).expect("JSON");
    assert_eq!(report["detections"], 0, "{report}");
}
