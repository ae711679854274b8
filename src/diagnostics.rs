//! Errors and warnings as values. Every problem an editor can cause becomes a [`Diagnostic`] naming the file, line
//! and column, what is wrong and what to do, so the build can collect all of them in one pass instead of stopping at
//! the first and making the editor fix problems one run at a time.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::{Lang, Message};

/// How bad a problem is: errors stop the build, warnings are reported and (with `--strict`) become errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in the site's sources, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, so messages never name the build machine's folders.
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, in characters (not bytes), as editors count; 0 when unknown.
    pub col: usize,
    /// What is wrong and what to do about it (its `.hint`), by id and arguments: the text is made when printed.
    pub msg: Message,
    /// Whether the source line may be shown under the message. Privacy findings set this to false: the line holds
    /// the very value that must never be printed.
    pub show_source: bool,
    /// Set once the privacy detector has read the path, message, hint and source line and masked what it found
    /// (`crate::privacy::screen`); then the excerpt shown is this one and figures are shown as written.
    pub screened: Option<Box<Excerpt>>,
    /// The cell of a spreadsheet the problem is in, as spreadsheets name it (`Sheet1!C12`): a spreadsheet has sheets,
    /// rows and lettered columns, not lines, so the location reads `data/mz.xlsx:Sheet1!C12`. `line` and `col` still
    /// hold the row and column number, for sorting.
    pub sheet_cell: Option<Box<str>>,
}

/// A source line as shown under a screened message: masked, cut around the column, and the caret's column in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Excerpt {
    pub text: String,
    /// 1-based character column in `text`; 0 for none.
    pub col: usize,
}

/// The most characters of a source line a message shows: the part around the column.
pub const EXCERPT_CHARS: usize = 120;

/// `line` cut to at most [`EXCERPT_CHARS`] characters around the 1-based character column `col` (an ellipsis marks
/// each cut), with the column in the cut line.
pub fn cut_around(line: &str, col: usize) -> Excerpt {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= EXCERPT_CHARS {
        return Excerpt {
            text: line.to_string(),
            col,
        };
    }
    let at = col.saturating_sub(1).min(chars.len());
    let start = at
        .saturating_sub(EXCERPT_CHARS / 2)
        .min(chars.len() - EXCERPT_CHARS);
    let end = start + EXCERPT_CHARS;
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push('…');
    }
    let col = if col == 0 {
        0
    } else {
        at - start + 1 + usize::from(start > 0)
    };
    Excerpt { text, col }
}

impl Diagnostic {
    pub fn error(
        file: impl Into<PathBuf>,
        line: usize,
        col: usize,
        message: impl Into<Message>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line,
            col,
            msg: message.into(),
            show_source: true,
            screened: None,
            sheet_cell: None,
        }
    }

    pub fn warning(
        file: impl Into<PathBuf>,
        line: usize,
        col: usize,
        message: impl Into<Message>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, line, col, message)
        }
    }

    /// The message in English, as code and tests read it.
    pub fn message(&self) -> String {
        self.msg.text(Lang::En)
    }

    /// The hint in English, empty when there is none.
    pub fn hint_text(&self) -> String {
        self.msg.hint(Lang::En).unwrap_or_default()
    }

    /// Locates the problem at a spreadsheet cell (`Sheet1!C12`); a spreadsheet has no source line to quote.
    pub fn in_sheet(mut self, cell: String) -> Self {
        self.sheet_cell = Some(cell.into_boxed_str());
        self.show_source = false;
        self
    }

    /// Never quote the source line (the finding itself must not be printed).
    pub fn without_source(mut self) -> Self {
        self.show_source = false;
        self
    }

    /// The message with the offending source line and a caret under the column, as editors expect from a compiler,
    /// in `lang` (see [`crate::messages`] for the format). `root` is the site folder the path is relative to.
    pub fn render(&self, root: &Path, lang: Lang) -> String {
        let mut out = self.headline(lang);
        if !self.show_source || self.line == 0 {
            return out;
        }
        let excerpt = match &self.screened {
            Some(e) => (**e).clone(),
            None => {
                let Some(src) = source_line(root, &self.file, self.line) else {
                    return out;
                };
                cut_around(&mask_long_numbers(&src), self.col)
            }
        };
        if excerpt.text.is_empty() {
            return out;
        }
        let gutter = self.line.to_string();
        let pad = " ".repeat(gutter.len());
        out.push_str(&format!("\n{pad} |\n{gutter} | {}", excerpt.text));
        if excerpt.col > 0 {
            let before: usize = excerpt
                .text
                .chars()
                .take(excerpt.col - 1)
                .map(display_width)
                .sum();
            out.push_str(&format!("\n{pad} | {}^", " ".repeat(before)));
        }
        out
    }

    /// `file:line:col`, shortened when line or column is unknown.
    pub fn location(&self) -> String {
        let file = display_path(&self.file);
        if let Some(cell) = &self.sheet_cell {
            return format!("{file}:{cell}");
        }
        match (self.line, self.col) {
            (0, _) => file,
            (l, 0) => format!("{file}:{l}"),
            (l, c) => format!("{file}:{l}:{c}"),
        }
    }

    /// `file:line:col: error: message` and the indented hint line, in `lang`. The location and the label's position
    /// are the same in every language, so tools can parse either; long digit runs are masked after translation.
    pub fn headline(&self, lang: Lang) -> String {
        let (kind, hint) = match (lang, self.severity) {
            (Lang::En, Severity::Error) => ("error: ", "hint: "),
            (Lang::En, Severity::Warning) => ("warning: ", "hint: "),
            (Lang::Zh, Severity::Error) => ("错误：", "提示："),
            (Lang::Zh, Severity::Warning) => ("警告：", "提示："),
        };
        let mut out = format!("{}: {kind}{}", self.location(), self.text(lang));
        if let Some(text) = self.hint_in(lang) {
            out.push_str("\n  ");
            out.push_str(hint);
            out.push_str(&text);
        }
        out
    }

    /// The message in `lang`, as printed.
    pub fn text(&self, lang: Lang) -> String {
        self.masked(self.msg.text(lang))
    }

    /// The hint in `lang`, as printed, if there is one.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        self.msg.hint(lang).map(|h| self.masked(h))
    }

    /// A screened message was read by the detector already, so its figures are shown as they are; any other has
    /// its long digit runs masked.
    fn masked(&self, s: String) -> String {
        if self.screened.is_some() {
            s
        } else {
            mask_long_numbers(&s)
        }
    }
}

/// The English form, as code and tests use it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline(Lang::En))
    }
}

/// Line `line` (1-based) of a site file, without its line ending.
pub fn source_line(root: &Path, file: &Path, line: usize) -> Option<String> {
    let text = std::fs::read_to_string(root.join(file)).ok()?;
    text.lines()
        .nth(line.checked_sub(1)?)
        .map(|l| l.trim_end().to_string())
}

/// Messages quote what an editor wrote, and an editor may have written an ID or phone number where a figure
/// belongs. Runs of seven or more digits are shown as `•`, so no message or log ever carries such a number. A
/// SHA-256 (64 hexadecimal digits, as `privacy.reviewed` needs them) is a hash, not a number, and is shown whole.
pub fn mask_long_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(len) = sha256_at(&chars, i) {
            out.extend(&chars[i..i + len]);
            i += len;
            continue;
        }
        if is_digit(chars[i]) {
            let start = i;
            while i < chars.len() && is_digit(chars[i]) {
                i += 1;
            }
            if i - start >= 7 {
                out.extend(std::iter::repeat_n('•', i - start));
            } else {
                out.extend(&chars[start..i]);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The length of a SHA-256 in hexadecimal starting at `i` and standing alone, if there is one.
fn sha256_at(chars: &[char], i: usize) -> Option<usize> {
    let alone = |c: Option<&char>| c.is_none_or(|c| !c.is_alphanumeric());
    let hex = chars.get(i..i + 64)?;
    (hex.iter().all(char::is_ascii_hexdigit)
        && alone(i.checked_sub(1).and_then(|p| chars.get(p)))
        && alone(chars.get(i + 64)))
    .then_some(64)
}

/// Terminal columns a character takes: two for CJK and full-width forms.
fn display_width(c: char) -> usize {
    if c == '\t' {
        return 4;
    }
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// Forward slashes on every platform, so messages and reports read the same everywhere.
pub fn display_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// 1-based line and character column of a byte offset in `text`.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let byte = byte.min(text.len());
    let before = text.get(..byte).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// The diagnostics of a whole run, in a stable order so that output and tests are deterministic.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn errors(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.0
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// Under `--strict` every warning counts as an error.
    pub fn make_strict(&mut self) {
        for d in &mut self.0 {
            d.severity = Severity::Error;
        }
    }

    pub fn sorted(mut self) -> Self {
        self.0.sort();
        self.0.dedup();
        self
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Arg, msg};

    #[test]
    fn a_sha256_is_shown_whole_but_numbers_beside_it_are_masked() {
        let hash = "b568b1234567890f0c4865a2a5b9a358deba74f4e7a034ea3c79e7c7227d412b";
        assert_eq!(
            mask_long_numbers(&format!("sha256: {hash}.")),
            format!("sha256: {hash}.")
        );
        assert_eq!(
            mask_long_numbers(&format!("x{hash}")),
            format!(
                "xb568b{}f0c4865a2a5b9a358deba74f4e7a034ea3c79e7c7227d412b",
                "•".repeat(10)
            )
        );
        assert_eq!(mask_long_numbers("tel 13800138000"), "tel •••••••••••");
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "第一行\n民政局abc";
        let at = text.find('a').unwrap_or(0);
        assert_eq!(line_col(text, at), (2, 4));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn render_underlines_the_column_counting_wide_characters() {
        let dir = std::env::temp_dir().join(format!("sunlight-diag-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        std::fs::write(dir.join("a.yaml"), "title: x\n城市: 很多\n").unwrap();
        let d = Diagnostic::error("a.yaml", 2, 5, msg!("csv-line"));
        let head = "a.yaml:2:5: error: this CSV line cannot be read (wrong number of fields or bad quoting)\n  hint: check commas and quotes on this line";
        assert_eq!(
            d.render(&dir, Lang::En),
            format!("{head}\n  |\n2 | 城市: 很多\n  |       ^")
        );
        assert_eq!(d.without_source().render(&dir, Lang::En), head);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn chinese_keeps_the_location_the_source_line_and_the_masking() {
        let dir = std::env::temp_dir().join(format!("sunlight-diag-zh-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        std::fs::write(dir.join("a.md"), "---\ndate: 13800138000\n").unwrap();
        let d = Diagnostic::error("a.md", 2, 7, msg!("page-bad-date", value = "13800138000"));
        assert_eq!(
            d.render(&dir, Lang::Zh),
            "a.md:2:7: 错误：`•••••••••••` 不是日期\n  提示：日期请写成“年-月-日”（YYYY-MM-DD）格式，例如 2023-11-30\n  |\n2 | date: •••••••••••\n  |       ^"
        );
        let w = Diagnostic::warning(
            "a.md",
            2,
            0,
            msg!(
                "privacy-found",
                kind = Arg::Term("term-kind-mobile"),
                key = "mobile"
            ),
        )
        .without_source();
        assert!(
            w.render(&dir, Lang::Zh)
                .starts_with("a.md:2: 警告：发现并已替换个人信息：手机号码\n  提示："),
            "{}",
            w.render(&dir, Lang::Zh)
        );
        assert!(
            w.to_string().starts_with(
                "a.md:2: warning: personal data found and replaced: mobile number\n  hint: "
            ),
            "{w}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn long_numbers_never_reach_a_message() {
        let d = Diagnostic::error(
            "a.yaml",
            1,
            1,
            msg!(
                "cell-not-number",
                value = "13800138000",
                kind = Arg::Term("term-type-integer"),
                column = "n"
            ),
        );
        assert_eq!(
            d.to_string(),
            "a.yaml:1:1: error: `•••••••••••` in the integer column `n` is not a number\n  hint: write digits only (e.g. 3815 or 17265.21), without units or words; leave the cell out if there is no figure"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}X{}", "甲".repeat(300), "乙".repeat(300));
        let e = cut_around(&line, 301);
        assert!(e.text.chars().count() <= EXCERPT_CHARS + 2);
        assert_eq!(e.text.chars().nth(e.col - 1), Some('X'));
        let e = cut_around(&line, 1);
        assert_eq!((e.col, e.text.chars().next()), (1, Some('甲')));
        let short = cut_around("abc", 2);
        assert_eq!((short.text.as_str(), short.col), ("abc", 2));
    }

    #[test]
    fn location_omits_unknown_parts() {
        let x = || msg!("csv-header");
        let d = Diagnostic::error("data/a.yaml", 0, 0, x());
        assert_eq!(d.location(), "data/a.yaml");
        let d = Diagnostic::error("data/a.yaml", 3, 0, x());
        assert_eq!(d.location(), "data/a.yaml:3");
        let d = Diagnostic::error("data/a.yaml", 3, 7, x());
        assert!(
            d.to_string()
                .starts_with("data/a.yaml:3:7: error: the CSV header")
        );
        let d = Diagnostic::error("data/mz.xlsx", 12, 3, x()).in_sheet("Sheet1!C12".into());
        assert_eq!(d.location(), "data/mz.xlsx:Sheet1!C12");
        assert!(!d.show_source);
    }
}
