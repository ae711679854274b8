//! Messages in the editor's language. Every sentence an editor or reader sees is a [`Message`]: an id and named
//! arguments, made into text when it is printed, from the Fluent catalogue in `locales/` ([`catalogue`]).
//! Editors are communications staff, not programmers: the words are plain, with no Rust or library words, and keep
//! only what they type themselves as code (file names, YAML keys, column keys, `value(...)`).
//!
//! # Choosing the language
//!
//! [`Lang::detect`]: the `--lang` flag if given (`zh` or `en`, nothing else: see [`Lang::from_flag`]), otherwise the
//! first non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG`. A locale starting with `zh` (any case, `zh_CN.UTF-8`) is
//! Chinese; every other locale, and none at all, is English.
//!
//! # Output format
//!
//! [`crate::diagnostics::Diagnostic::render`] keeps the `file:line:col: ` prefix identical in both languages, so tools
//! can parse either; only the label and its separator change:
//!
//! ```text
//! content/a.md:3:5: error: the dataset `x` has no row `y`
//!   hint: did you mean `z`? rows are named by their first column
//! content/a.md:3:5: 错误：数据集 `x` 中没有行 `y`
//!   提示：是不是要写 `z`？行名就是这一行第一列的值
//! ```
//!
//! # Not yet converted
//!
//! A diagnostic still written as an English sentence is translated by [`translate`], which matches it against the
//! patterns of [`CATALOG`] (`{}` stands for any text; `{0}`, `{0:t}` a known term, `{0:q}` library wording, quoted
//! when unknown). It goes once every message has an id.

pub mod catalogue;
pub mod gallery;

pub use catalogue::{Arg, IntoArg, Message, io_reason, msg, word};

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// The language for this run: the `--lang` flag, else the locale of the environment.
    pub fn detect(flag: Option<&str>) -> Lang {
        Lang::choose(flag, |name| std::env::var(name).ok())
    }

    /// [`Lang::detect`] with the environment given as a function, so it can be tested without changing the process
    /// environment.
    pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag.and_then(Lang::from_flag) {
            return lang;
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(name).filter(|v| !v.trim().is_empty()) {
                return Lang::from_tag(&value);
            }
        }
        Lang::En
    }

    /// The language `--lang` names: `zh` or `en`, nothing else (the command line refuses other values).
    pub fn from_flag(flag: &str) -> Option<Lang> {
        match flag {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The locale `zh_CN.UTF-8`, `zh_TW` … is Chinese; anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// `text` in `lang`. English returns the text unchanged; Chinese uses the first matching [`CATALOG`] entry, or keeps
/// the English when none matches.
pub fn translate(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_string(),
        Lang::Zh => lookup(CATALOG, text, 0).unwrap_or_else(|| text.to_string()),
    }
}

/// How deep translated terms may nest (a term's captures may be terms themselves).
const MAX_DEPTH: usize = 3;

fn lookup(table: &[(&str, &str)], text: &str, depth: usize) -> Option<String> {
    table
        .iter()
        .find_map(|(en, zh)| captures(en, text).map(|caps| fill(zh, &caps, depth)))
}

fn term(text: &str, depth: usize) -> Option<String> {
    if depth >= MAX_DEPTH {
        return None;
    }
    lookup(TERMS, text, depth + 1)
}

/// The captures of `text` against `pattern`, or `None` when it does not match as a whole.
fn captures<'t>(pattern: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let pieces: Vec<&str> = pattern.split("{}").collect();
    let rest = text.strip_prefix(pieces[0])?;
    let mut caps = Vec::with_capacity(pieces.len() - 1);
    match_rest(&pieces[1..], rest, &mut caps).then_some(caps)
}

/// Matches the literal pieces that follow each capture. Each capture is tried shortest first; a later piece that
/// fails backtracks to the next occurrence of the earlier one.
fn match_rest<'t>(pieces: &[&str], text: &'t str, caps: &mut Vec<&'t str>) -> bool {
    let Some((lit, more)) = pieces.split_first() else {
        return text.is_empty();
    };
    if more.is_empty() {
        return match text.strip_suffix(lit) {
            Some(cap) => {
                caps.push(cap);
                true
            }
            None => false,
        };
    }
    let starts = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    for at in starts {
        if !text[at..].starts_with(lit) {
            continue;
        }
        caps.push(&text[..at]);
        if match_rest(more, &text[at + lit.len()..], caps) {
            return true;
        }
        caps.pop();
    }
    false
}

/// How a capture is inserted into the Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `{0}`: as it is.
    Verbatim,
    /// `{0:t}`: translated if it is a known term.
    Term,
    /// `{0:q}`: translated if known, else quoted as the original.
    Quote,
}

/// A placeholder at the start of `s` (just after its `{`): capture index, mode, and bytes used including the `}`.
fn placeholder(s: &str) -> Option<(usize, Mode, usize)> {
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if digits == 0 {
        return None;
    }
    let index: usize = s[..digits].parse().ok()?;
    let rest = &s[digits..];
    let (mode, used) = if rest.starts_with('}') {
        (Mode::Verbatim, 1)
    } else if rest.starts_with(":t}") {
        (Mode::Term, 3)
    } else if rest.starts_with(":q}") {
        (Mode::Quote, 3)
    } else {
        return None;
    };
    Some((index, mode, digits + used))
}

/// Already in backticks, as library wording often quotes a token (`` `}` ``).
fn is_quoted(s: &str) -> bool {
    s.len() >= 2 && s.starts_with('`') && s.ends_with('`') && !s[1..s.len() - 1].contains('`')
}

/// The Chinese pattern with its placeholders replaced. A brace that does not start a placeholder is literal text
/// (`{{ value(…) }}` in hints).
fn fill(pattern: &str, caps: &[&str], depth: usize) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match placeholder(after) {
            Some((index, mode, used)) => {
                let cap = caps.get(index).copied().unwrap_or("");
                match mode {
                    Mode::Verbatim => out.push_str(cap),
                    Mode::Term => {
                        out.push_str(&term(cap, depth).unwrap_or_else(|| cap.to_string()))
                    }
                    Mode::Quote => match term(cap, depth) {
                        Some(t) => out.push_str(&t),
                        None if is_quoted(cap) => out.push_str(cap),
                        None => {
                            out.push('`');
                            out.push_str(cap);
                            out.push('`');
                        }
                    },
                }
                rest = &after[used..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every message and hint the build produces, English pattern first. Grouped by the module that produces them; within
/// a group, specific patterns come before general ones that would also match.
pub const CATALOG: &[(&str, &str)] = &[
    // main.rs and the run summary (lib.rs `Report::summary`).
    (
        "sunlight: `serve` and `init` are not available in this version yet; use `sunlight build` and open public/index.html",
        "sunlight：此版本暂不支持 `serve` 和 `init`；请运行 `sunlight build`，然后打开 public/index.html 查看",
    ),
    (
        "sunlight: {} error(s); nothing was written",
        "sunlight：共 {0} 个错误，没有写入任何文件",
    ),
    (
        "built {} pages, {} datasets, {} charts, {} files; {} privacy detections, {} suppressed cells, {} warnings in {} ms",
        "生成完成：{0} 个页面、{1} 个数据集、{2} 张图表、{3} 个文件；发现并替换个人信息 {4} 处，隐去单元格 {5} 个，警告 {6} 条；用时 {7} 毫秒",
    ),
    (
        "checked {} pages, {} datasets, {} charts, {} files; {} privacy detections, {} suppressed cells, {} warnings in {} ms",
        "检查完成：{0} 个页面、{1} 个数据集、{2} 张图表、{3} 个文件；发现个人信息 {4} 处，隐去单元格 {5} 个，警告 {6} 条；用时 {7} 毫秒",
    ),
    // load/yaml.rs: YAML that does not parse or does not fit.
    ("unknown key {}", "无法识别的键 {0}"),
    (
        "remove this key: it is not allowed here",
        "请删除这个键：这里不允许使用它",
    ),
    (
        "check the spelling; the keys allowed here are: {}",
        "请检查拼写；这里可以使用的键有：{0}",
    ),
    ("the required key {} is missing", "缺少必填的键 {0}"),
    ("add {} to this mapping", "请在这一组设置中加上 {0}"),
    (
        "the key `{}` appears twice in the same mapping",
        "键 `{0}` 在同一组设置中出现了两次",
    ),
    ("keep one of the two entries", "两处只保留一处"),
    (
        "this value must be a single number, text, date or true/false, not a list or mapping",
        "这里只能填一个值（数字、文字、日期或 true/false），不能是列表或一组设置",
    ),
    (
        "write one plain value here, or quote it as text",
        "请在这里只写一个值，或者用引号把它括起来作为文字",
    ),
    (
        "found {} where {} was expected",
        "这里应当是{1:t}，实际写的是{0:t}",
    ),
    (
        "change the value to the expected kind",
        "请把这个值改成所需的类型",
    ),
    ("unknown value {}", "无法识别的值 {0}"),
    ("this value is not {}", "这个值不是{0:t}"),
    ("this is not valid YAML here: {}", "YAML 格式有误：{0:q}"),
    (
        "check indentation, colons and quotes on this line and the one before",
        "请检查这一行和上一行的缩进、冒号和引号",
    ),
    // load/mod.rs, load/files.rs, load/content.rs, load/dataset.rs: reading the site folder.
    (
        "the theme `{}` has no folder {}",
        "主题 `{0}` 缺少文件夹 {1}",
    ),
    (
        "`theme: {}` is not the name of a folder under themes/",
        "`theme: {0}` 不是 themes/ 下的文件夹名",
    ),
    (
        "set `theme:` to a folder under themes/, e.g. `theme: default`",
        "请把 `theme:` 设为 themes/ 下的某个文件夹名，例如 `theme: default`",
    ),
    (
        "only Markdown (.md) files are read from content/; this file is left out",
        "content/ 中只读取 Markdown（.md）文件；此文件已略过",
    ),
    (
        "put images and downloads in static/",
        "图片和供下载的文件请放在 static/ 中",
    ),
    (
        "only .yaml, .csv, .xlsx and .ods files directly inside data/ are datasets; this file is left out",
        "只有直接放在 data/ 中的 .yaml、.csv、.xlsx 和 .ods 文件才是数据集；此文件已略过",
    ),
    (
        "move it, or remove it from data/",
        "请把它移走，或从 data/ 中删除",
    ),
    ("the file does not exist", "文件不存在"),
    (
        "the file cannot be read (permission denied)",
        "无法读取文件（没有权限）",
    ),
    ("the file cannot be read ({})", "无法读取文件（{0:q}）"),
    (
        "check that the file exists and is readable",
        "请确认文件存在并且可以读取",
    ),
    ("this file is not UTF-8 text", "此文件不是 UTF-8 编码的文本"),
    (
        "save the file as UTF-8 (in most editors: Save As, encoding UTF-8); GBK is not supported",
        "请把文件另存为 UTF-8 编码（多数编辑器中：“另存为”，编码选 UTF-8）；不支持 GBK 编码",
    ),
    (
        "this folder cannot be read (permission denied), so the site would be published without it",
        "无法读取此文件夹（没有权限）；继续下去，发布的网站就会缺少其中的内容",
    ),
    (
        "this folder cannot be read ({}), so the site would be published without it",
        "无法读取此文件夹（{0:q}）；继续下去，发布的网站就会缺少其中的内容",
    ),
    (
        "make it readable (e.g. `chmod -R u+rX` on it), or move it out of the site folder",
        "请让它可以读取（例如对它执行 `chmod -R u+rX`），或把它移出网站文件夹",
    ),
    (
        "this is a symbolic link, which Sunlight never follows; it is left out",
        "这是符号链接（快捷方式），Sunlight 从不跟随链接；已略过",
    ),
    (
        "this is a symbolic link, which Sunlight never follows",
        "这是符号链接（快捷方式），Sunlight 从不跟随链接",
    ),
    (
        "copy the file or folder into the site folder instead of linking to it",
        "请把文件或文件夹本身复制到网站文件夹中，不要使用链接",
    ),
    (
        "this is not a regular file (but a folder, named pipe, socket or device) and cannot be used",
        "这不是普通文件（而是文件夹、命名管道、套接字或设备），不能使用",
    ),
    (
        "remove it, or replace it with an ordinary file",
        "请删除它，或换成普通文件",
    ),
    (
        "this file is {}, more than the {} limit (limits.{} in site.yaml); it was not read",
        "此文件大小为 {0}，超过了 {1} 的上限（site.yaml 中的 limits.{2}），没有读取",
    ),
    (
        "this file is {}, more than the {} limit; it was not read",
        "此文件大小为 {0}，超过了 {1} 的上限，没有读取",
    ),
    (
        "split the file into smaller ones, or raise `limits: {{}: …}` in site.yaml if it is really meant to be this big",
        "请把文件拆成几个较小的文件；如果确实需要这么大，请在 site.yaml 中调高 `limits: {{0}: …}`",
    ),
    ("check that this is the right file", "请确认这是正确的文件"),
    ("this template is empty", "此模板是空的"),
    (
        "restore the template (e.g. from the default theme, or with git), or remove it if no page uses it",
        "请恢复此模板（例如从默认主题复制，或用 git 还原）；如果没有页面用到它，可以删除",
    ),
    ("limits.{} must be at least 1", "limits.{0} 至少要为 1"),
    (
        "remove the key to use the default (see README.md, \"Limits\")",
        "删除这一项即可使用默认值（见 README.md 的“Limits”一节）",
    ),
    (
        "the page made with this template would be larger than {} MB (limits.output_mb in site.yaml); it was stopped",
        "用此模板生成的页面会超过 {0} MB（site.yaml 中的 limits.output_mb），已停止生成",
    ),
    (
        "look for a loop that repeats far more than meant; raise `limits: {output_mb: …}` in site.yaml only if a page is really meant to be this big",
        "请检查是否有循环重复的次数远超预期；只有页面确实需要这么大时，才在 site.yaml 中调高 `limits: {output_mb: …}`",
    ),
    (
        "the template did not finish within {} million steps (limits.template_million_steps in site.yaml): a loop that never ends, or loops inside loops, or a value built far too large",
        "模板在 {0} 百万步之内没有完成（site.yaml 中的 limits.template_million_steps）：可能有永不结束的循环、层层嵌套的循环，或生成了过大的值",
    ),
    (
        "look at the loops and `range(…)` calls near this line; raise `limits: {template_million_steps: …}` in site.yaml only if the page is really that big",
        "请检查这一行附近的循环和 `range(…)`；只有页面确实这么大时，才在 site.yaml 中调高 `limits: {template_million_steps: …}`",
    ),
    (
        "the template made text that is not UTF-8",
        "模板生成的文字不是 UTF-8 编码",
    ),
    (
        "check the filters and functions the template calls",
        "请检查模板调用的过滤器和函数",
    ),
    (
        "this page would be larger than {} MB once its tables, charts and figures are filled in (limits.output_mb in site.yaml)",
        "填入表格、图表和数字之后，此页面会超过 {0} MB（site.yaml 中的 limits.output_mb）",
    ),
    (
        "show a large table or chart once and link to its dataset page elsewhere; raise `limits: {output_mb: …}` in site.yaml only if the page is really meant to be this big",
        "大的表格或图表只显示一次，其他地方链接到它的数据集页面；只有页面确实需要这么大时，才在 site.yaml 中调高 `limits: {output_mb: …}`",
    ),
    (
        "the output file {} would be larger than {} MB (limits.output_mb in site.yaml)",
        "输出文件 {0} 会超过 {1} MB（site.yaml 中的 limits.output_mb）",
    ),
    (
        "split the source into smaller files, or raise `limits: {output_mb: …}` in site.yaml if it is really meant to be this big",
        "请把源文件拆成几个较小的文件；如果确实需要这么大，请在 site.yaml 中调高 `limits: {output_mb: …}`",
    ),
    (
        "the page does not start with front matter",
        "页面开头缺少页头信息（front matter）",
    ),
    (
        "begin the file with a line `---`, then `title: …`, then another line `---`",
        "文件第一行写 `---`，接着写 `title: …`，然后再写一行 `---`",
    ),
    (
        "the front matter opened on line 1 is never closed",
        "第 1 行开始的页头信息（front matter）没有结束",
    ),
    (
        "add a line containing only `---` after the last front-matter key",
        "请在页头信息的最后一个键后面加一行，这一行只写 `---`",
    ),
    (
        "the dataset id `{}` (the file name) is not usable in a URL",
        "数据集标识 `{0}`（即文件名）不能用在网址中",
    ),
    (
        "rename the file using only a-z, 0-9, - and _, e.g. data/assistance-coverage.yaml",
        "请重命名文件，只使用 a-z、0-9、- 和 _，例如 data/assistance-coverage.yaml",
    ),
    // load/config.rs: site.yaml.
    (
        "base_url `{}` must start with https:// or http://",
        "base_url `{0}` 必须以 https:// 或 http:// 开头",
    ),
    (
        "base_url `{}` has no valid host name",
        "base_url `{0}` 中没有有效的域名",
    ),
    (
        "base_url `{}` must not contain a query, fragment or spaces",
        "base_url `{0}` 中不能有 ?、# 或空格",
    ),
    (
        "base_url `{}` may have in its path only letters, digits, / - . _ ~ and %XX escapes (no spaces, quotes or angle brackets)",
        "base_url `{0}` 的路径中只能有字母、数字、/ - . _ ~ 和 %XX 转义（不能有空格、引号或尖括号）",
    ),
    (
        "write the full address the site will be published at, e.g. https://example.gov.cn/mzj/",
        "请填写网站发布后的完整网址，例如 https://example.gov.cn/mzj/",
    ),
    ("site.yaml is empty", "site.yaml 是空的"),
    (
        "add at least `title:` and `base_url:` (see README.md)",
        "至少要写上 `title:` 和 `base_url:`（见 README.md）",
    ),
    (
        "privacy.min_cell must be at least 1",
        "privacy.min_cell 不能小于 1",
    ),
    (
        "use 10, the threshold statistical offices use, unless policy says otherwise",
        "除非另有规定，请使用统计部门通用的阈值 10",
    ),
    (
        "privacy.strip contains an empty marker",
        "privacy.strip 中有一个空的标记",
    ),
    (
        "remove the empty string from the list",
        "请把列表中的空字符串删掉",
    ),
    // validate/mod.rs: pages, shortcodes and key figures checked against the datasets.
    (
        "this page would be written to the same address /{} as {}",
        "此页面的网址 /{0} 与 {1} 的网址相同",
    ),
    ("rename one of the two files", "请重命名其中一个文件"),
    (
        "this file or folder name cannot be used in a web address",
        "此文件名或文件夹名不能用在网址中",
    ),
    (
        "rename it without spaces or the characters ? # % \" < >; short ASCII names work best",
        "请重命名，不要使用空格和 ? # % \" < > 这些字符；最好使用简短的英文字母名称",
    ),
    (
        "`{}` in the integer column `{}` is not a whole number",
        "整数列 `{1}` 中的 `{0}` 不是整数",
    ),
    (
        "`{}` in the date column `{}` is not a date",
        "日期列 `{1}` 中的 `{0}` 不是日期",
    ),
    (
        "`{}` in the {} column `{}` is not a number",
        "{1:t}列 `{2}` 中的 `{0}` 不是数字",
    ),
    (
        "`{}` in the {} column `{}` has its digits grouped wrongly",
        "{1:t}列 `{2}` 中的 `{0}` 数字分节不对",
    ),
    (
        "`{}` in the {} column `{}` mixes commas and spaces between digits",
        "{1:t}列 `{2}` 中的 `{0}` 在数字之间混用了逗号和空格",
    ),
    (
        "`{}` in the number column `{}` is a percentage",
        "数值列 `{1}` 中的 `{0}` 是百分数",
    ),
    (
        "the column types were read from the figures: {}",
        "以下各列的类型是根据数字推断的：{0}",
    ),
    (
        "the spreadsheet has no sheet `{}`",
        "电子表格中没有工作表 `{0}`",
    ),
    (
        "the sidecar describes a column `{}`, which the table does not have",
        "说明文件描述了列 `{0}`，但表格中没有这一列",
    ),
    (
        "two columns of the sidecar describe the table's column `{}`",
        "说明文件中有两项都在描述表格的列 `{0}`",
    ),
    ("the row name `{}` appears twice", "行名 `{0}` 出现了两次"),
    ("two columns have the key `{}`", "有两列的键都是 `{0}`"),
    (
        "this row has no name in its first column",
        "这一行的第一列没有行名",
    ),
    ("this column has no header", "这一列没有表头"),
    ("this table has no header row", "这张表没有表头行"),
    ("this table is empty", "这张表是空的"),
    ("this spreadsheet has no sheets", "这个电子表格没有工作表"),
    (
        "this spreadsheet cannot be read ({})",
        "无法读取这个电子表格（{0:q}）",
    ),
    ("a CSV file has no sheets", "CSV 文件没有工作表"),
    ("`{}` is not a range of cells", "`{0}` 不是单元格区域"),
    (
        "the table has no room for {} header rows",
        "表格放不下 {0} 行表头",
    ),
    (
        "{} are one dataset in two files",
        "{0} 是分成两个文件的同一个数据集",
    ),
    (
        "a table file is a summary table, not `kind: {}`",
        "表格文件是汇总表，不能写 `kind: {0}`",
    ),
    ("`{}` is not a date", "`{0}` 不是日期"),
    (
        "write the date as YYYY-MM-DD, e.g. {}",
        "日期请写成“年-月-日”（YYYY-MM-DD）格式，例如 {0}",
    ),
    ("the theme has no template `{}`", "主题中没有模板 `{0}`"),
    ("use one of: {}", "请使用以下之一：{0}"),
    (
        "value() takes three texts in quotes (dataset, row, column), but got {} argument(s)",
        "value() 需要三个带引号的文字（数据集、行、列），这里却有 {0} 个",
    ),
    (
        "write {{ value(\"assistance\", \"城市低保\", \"persons\") }}",
        "请写成 {{ value(\"assistance\", \"城市低保\", \"persons\") }}",
    ),
    (
        "value() has no option `{}` of that kind",
        "value() 没有这样的选项 `{0}`",
    ),
    (
        "the only option is unit=false, to leave the unit out",
        "唯一的选项是 unit=false，作用是不显示单位",
    ),
    (
        "table() takes one text in quotes: the dataset id",
        "table() 只需要一个带引号的文字：数据集标识",
    ),
    (
        "write {{ table(\"assistance\") }}",
        "请写成 {{ table(\"assistance\") }}",
    ),
    (
        "there is no shortcode called `{}`",
        "没有名为 `{0}` 的短代码",
    ),
    (
        "the shortcodes are value(), table(), chart() and ref(); write \\{{ for literal braces",
        "可用的短代码有 value()、table()、chart() 和 ref()；如果要显示两个花括号本身，请写 \\{{",
    ),
    ("there is no dataset `{}`", "没有数据集 `{0}`"),
    (
        "did you mean `{}`? datasets are the files in data/, named by file name without .yaml",
        "是不是要写 `{0}`？数据集就是 data/ 中的文件，标识是去掉 .yaml 的文件名",
    ),
    (
        "add data/{}.yaml, or use the name of a file in data/ without .yaml",
        "请添加 data/{0}.yaml，或者使用 data/ 中某个文件去掉 .yaml 后的名称",
    ),
    (
        "the dataset `{}` has no row `{}`",
        "数据集 `{0}` 中没有行 `{1}`",
    ),
    (
        "did you mean `{}`? rows are named by their first column",
        "是不是要写 `{0}`？行名就是这一行第一列的值",
    ),
    (
        "rows are named by their first column, e.g. `{}`",
        "行名就是这一行第一列的值，例如 `{0}`",
    ),
    (
        "the dataset `{}` has no column `{}`",
        "数据集 `{0}` 中没有列 `{1}`",
    ),
    (
        "use one of the column keys: {}",
        "请使用以下列标识之一：{0}",
    ),
    (
        "`{}` is the key column of `{}`, not a figure",
        "`{0}` 是 `{1}` 的行名列（第一列），不是数据",
    ),
    (
        "name a column that holds the figure",
        "请指定存放这个数据的列",
    ),
    (
        "the figure for row `{}`, column `{}` of `{}` is withheld to protect people",
        "为保护个人信息，`{2}` 中行 `{0}`、列 `{1}` 的数据不予公布",
    ),
    (
        "a withheld figure cannot be quoted; quote a total or a larger group instead",
        "不予公布的数据不能引用；请改为引用合计数或范围更大的分组",
    ),
    (
        "the dataset `{}` has no value for row `{}`, column `{}`",
        "数据集 `{0}` 中行 `{1}`、列 `{2}` 没有数值",
    ),
    (
        "add the figure to {} or name another cell",
        "请在 {0} 中补上这个数据，或者引用别的单元格",
    ),
    // validate/checks.rs: the arithmetic a dataset declares under `checks:`.
    (
        "a check is {sum: COLUMN, total: ROW, parts: [ROW, …]} or {rate: [ROW, COLUMN], part: [ROW, COLUMN], whole: [ROW, COLUMN]}",
        "校验的写法是 {sum: 列, total: 行, parts: [行, …]} 或 {rate: [行, 列], part: [行, 列], whole: [行, 列]}",
    ),
    (
        "a sum check needs `total:` (the row holding the total)",
        "合计校验（sum）需要写 `total:`（合计数所在的行）",
    ),
    ("there is no row `{}`", "没有行 `{0}`"),
    ("there is no column `{}`", "没有列 `{0}`"),
    (
        "in column `{}`, the parts {} add up to {}, but the total `{}` is {}",
        "列 `{0}` 中，分项 {1} 之和为 {2}，但合计 `{3}` 为 {4}",
    ),
    (
        "the column `{}` is a {} column, so its cells cannot be added up; declare its type (`type: integer` or `type: number`)",
        "列 `{0}` 是{1:t}列，无法把各格相加；请声明它的类型（`type: integer` 或 `type: number`）",
    ),
    (
        "the total `{}` has no figure in column `{}`, so the sum cannot be checked",
        "合计行 `{0}` 在列 `{1}` 中没有数字，无法核对加总",
    ),
    (
        "the difference is larger than the tolerance {}: correct the figure that is wrong, or, if it is rounding, raise `tolerance:`",
        "差额超过了允许误差 {0}：请改正错误的数字；如果是四舍五入造成的，请调大 `tolerance:`",
    ),
    (
        "the table says its figures are rounded: if the difference is rounding, set `tolerance:` to the largest difference rounding can make (e.g. `tolerance: 1`); otherwise correct the figure that is wrong",
        "表格注明数字经过四舍五入：如果差额是舍入造成的，请把 `tolerance:` 设为舍入可能造成的最大差额（例如 `tolerance: 1`）；否则请改正错误的数字",
    ),
    (
        "correct the figure that is wrong, or note the difference in the dataset's description and remove the check",
        "请改正有误的数字；或者在数据集的说明（description）中注明差异，并删除这项校验",
    ),
    (
        "a rate check needs `{}: [ROW, COLUMN]`",
        "比例校验（rate）需要写 `{0}: [行, 列]`",
    ),
    ("`{}` must be [ROW, COLUMN]", "`{0}` 必须写成 [行, 列]"),
    (
        "the cell `{}`, `{}` holds no number",
        "单元格（行 `{0}`、列 `{1}`）中没有数字",
    ),
    ("the whole `{}` is zero", "作为分母的 `{0}` 是零"),
    (
        "the rate `{}` is {}, but `{}` ÷ `{}` gives {}",
        "比例 `{0}` 写的是 {1}，但 `{2}` ÷ `{3}` 算出来是 {4}",
    ),
    (
        "correct the figure that is wrong, or set `tolerance:` if the source rounds",
        "请改正有误的数字；如果原始资料做过四舍五入，请设置允许误差 `tolerance:`",
    ),
    (
        "a check needs exactly one of `sum:` or `rate:`",
        "每项校验必须有 `sum:` 或 `rate:`，且只能有其中一个",
    ),
    // validate/raw_html.rs: raw HTML the sanitiser removes from a page.
    (
        "the HTML element <{}> is not allowed in a page and is removed",
        "页面中不能使用 HTML 元素 <{0}>，已删除",
    ),
    (
        "the attribute `{}` of <{}> is not allowed in a page and is removed",
        "页面中的 <{1}> 不能带属性 `{0}`，已删除",
    ),
    (
        "the address in `{}` of <{}> is not allowed in a page and is removed",
        "页面中 <{1}> 的 `{0}` 所填地址不允许使用，已删除",
    ),
    (
        "remove it; see \"Raw HTML\" in README.md for the elements a page may use",
        "请删除；页面可以使用的元素见 README.md 的 `Raw HTML` 一节",
    ),
    (
        "remove it; see \"Raw HTML\" in README.md for the attributes a page may use",
        "请删除；页面可以使用的属性见 README.md 的 `Raw HTML` 一节",
    ),
    (
        "link only to http://, https://, mailto: or tel: addresses or to the site's own pages (images: http://, https:// or the site's own files)",
        "链接只能指向 http://、https://、mailto:、tel: 地址或本站页面（图片只能用 http://、https:// 地址或本站文件）",
    ),
    (
        "an image of this page comes from another site, which the pages' Content-Security-Policy does not load",
        "此页中有一张图片来自其他网站，页面的内容安全策略（CSP）不会加载它",
    ),
    (
        "copy the image into static/ and write its address from the site root, e.g. /images/photo.png",
        "请把图片复制到 static/ 中，并从网站根目录写地址，例如 /images/photo.png",
    ),
    (
        "this page nests its elements (quotes, lists, HTML) more than {} levels deep",
        "此页的元素（引用、列表、HTML）嵌套超过 {0} 层",
    ),
    (
        "simplify the page: no real page needs such nesting",
        "请简化此页：正常的页面不需要这么深的嵌套",
    ),
    // validate/shortcode.rs: `{{ … }}` in page bodies.
    (
        "this HTML comment is never closed",
        "这个 HTML 注释没有结束",
    ),
    (
        "close it with -->, or remove the <!--",
        "请用 --> 结束注释，或者删除 <!--",
    ),
    ("this shortcode is never closed", "这个短代码没有结束"),
    (
        "end it with }}, e.g. {{ value(\"dataset\", \"row\", \"column\") }}; write \\{{ for literal braces",
        "请用 }} 结束，例如 {{ value(\"dataset\", \"row\", \"column\") }}；如果要显示两个花括号本身，请写 \\{{",
    ),
    (
        "write it as {{ name(\"argument\", …) }}, e.g. {{ value(\"assistance\", \"城市低保\", \"persons\") }}",
        "请写成 {{ 名称(\"参数\", …) }} 的形式，例如 {{ value(\"assistance\", \"城市低保\", \"persons\") }}",
    ),
    (
        "a shortcode must start with a name such as value, table or chart",
        "短代码必须以名称开头，例如 value、table 或 chart",
    ),
    ("expected `(` after `{}`", "`{0}` 后面应当是 `(`"),
    (
        "the arguments are separated by a full-width comma `，`: type the half-width comma `,` (switch the input method to English punctuation)",
        "参数之间用了全角逗号 `，`：请改用半角逗号 `,`（把输入法切换到英文标点）",
    ),
    (
        "the shortcode is closed with a full-width bracket `）`: type the half-width `)` (switch the input method to English punctuation)",
        "短代码用了全角括号 `）` 结束：请改用半角的 `)`（把输入法切换到英文标点）",
    ),
    (
        "expected `,` or `)` between arguments",
        "参数之间应当用 `,` 隔开，最后以 `)` 结束",
    ),
    (
        "positional arguments must come before named ones",
        "不带名称的参数必须写在带名称的参数（如 unit=false）前面",
    ),
    (
        "unexpected text after the closing `)`",
        "右括号 `)` 后面多出了文字",
    ),
    (
        "use straight quotes \" in shortcodes, not Chinese quotes “”",
        "短代码中请使用英文直引号 \"，不要使用中文引号 “”",
    ),
    (
        "this text argument has no closing quote",
        "这个文字参数缺少后引号",
    ),
    (
        "`{}` is not a value: put text in quotes, like \"{}\"",
        "`{0}` 不是有效的值：文字要加引号，例如 \"{1}\"",
    ),
    ("expected an argument in quotes", "这里应当是带引号的参数"),
    // validate/dataset.rs: a dataset against its own column declarations.
    ("unknown dataset kind `{}`", "无法识别的数据集类型 `{0}`"),
    (
        "use `kind: aggregate` (the default) or `kind: records`",
        "请使用 `kind: aggregate`（默认）或 `kind: records`",
    ),
    (
        "a records dataset has `records:`, not `rows:`",
        "明细数据集应当使用 `records:`，而不是 `rows:`",
    ),
    (
        "rename `rows:` to `records:`; only the `publish` aggregates of records are published",
        "请把 `rows:` 改为 `records:`；明细记录只以 `publish` 中规定的汇总结果发布",
    ),
    (
        "this dataset has records, `publish:` or personal columns but is not marked `kind: records`",
        "此数据集含有明细记录、`publish:` 或个人信息列，却没有标明 `kind: records`",
    ),
    (
        "add `kind: records` so the records are aggregated and never published as they are",
        "请加上 `kind: records`，这样明细记录会先汇总，绝不会原样发布",
    ),
    (
        "the row has no value in its key column `{}`",
        "这一行的行名列 `{0}` 没有值",
    ),
    (
        "every row needs a value in the first column: it names the row",
        "每一行的第一列都必须有值：它就是这一行的行名",
    ),
    ("the row key `{}` appears twice", "行名 `{0}` 出现了两次"),
    (
        "row keys (the first column) must be unique, since value() and links name rows by them",
        "行名（第一列）不能重复，因为 value() 和链接都靠行名找到这一行",
    ),
    ("the dataset declares no columns", "数据集没有声明任何列"),
    (
        "add `columns:` with at least a key column, e.g. `- {key: category, label: 类别}`",
        "请添加 `columns:`，至少包含行名列，例如 `- {key: category, label: 类别}`",
    ),
    (
        "the column key `{}` is empty or has spaces",
        "列标识 `{0}` 是空的或含有空格",
    ),
    (
        "use a short key such as `persons` or `households`",
        "请使用简短的列标识，例如 `persons` 或 `households`",
    ),
    (
        "the column key `{}` is declared twice",
        "列标识 `{0}` 声明了两次",
    ),
    ("give each column its own key", "每一列都要有自己的列标识"),
    ("unknown column type `{}`", "无法识别的列类型 `{0}`"),
    (
        "the row has a value for `{}`, which is not a declared column",
        "这一行给 `{0}` 填了值，但没有声明这一列",
    ),
    (
        "declare the column under `columns:` or use one of: {}",
        "请在 `columns:` 中声明这一列，或者使用以下之一：{0}",
    ),
    (
        "records are given both here and in {}",
        "明细记录同时写在了这里和 {0} 中",
    ),
    (
        "keep the records in one place: remove `records:` or the CSV file",
        "明细记录只能放在一处：请删除 `records:` 或删除 CSV 文件",
    ),
    (
        "a records dataset needs its records",
        "明细数据集缺少明细记录",
    ),
    (
        "add `records:` here or put them in {}",
        "请在这里添加 `records:`，或者把记录放进 {0}",
    ),
    (
        "the CSV header cannot be read: {}",
        "无法读取 CSV 文件的表头：{0:q}",
    ),
    (
        "the first line must list the column keys, separated by commas",
        "第一行必须列出各列的列标识，用英文逗号隔开",
    ),
    ("the CSV has no column `{}`", "CSV 文件中没有列 `{0}`"),
    (
        "the CSV header must use the column keys declared in the YAML sidecar",
        "CSV 表头必须使用配套 YAML 文件中声明的列标识",
    ),
    (
        "the CSV column `{}` is not declared",
        "CSV 文件中的列 `{0}` 没有声明",
    ),
    (
        "declare it under `columns:` in the YAML sidecar, or remove it",
        "请在配套 YAML 文件的 `columns:` 中声明它，或者删除这一列",
    ),
    (
        "this CSV line cannot be read (wrong number of fields or bad quoting)",
        "无法读取这一行 CSV（字段个数不对或引号有误）",
    ),
    (
        "check commas and quotes on this line",
        "请检查这一行的逗号和引号",
    ),
    (
        "a value in the date column `{}` is not a date",
        "日期列 `{0}` 中有一个值不是日期",
    ),
    (
        "a value in the {} column `{}` is not a number",
        "{0:t}列 `{1}` 中有一个值不是数字",
    ),
    (
        "write digits only, without units or commas",
        "只写数字，不要带单位或逗号",
    ),
    (
        "write dates as YYYY-MM-DD",
        "日期请写成“年-月-日”（YYYY-MM-DD）格式",
    ),
    (
        "a records dataset needs a `publish:` block",
        "明细数据集需要 `publish:` 部分",
    ),
    (
        "add `publish:` with `group_by:` and `measures:`; without it nothing of this dataset can be published",
        "请添加包含 `group_by:` 和 `measures:` 的 `publish:`；没有它，这个数据集的任何内容都不能发布",
    ),
    (
        "`group_by` names `{}`, which is not a column",
        "`group_by` 中的 `{0}` 不是已声明的列",
    ),
    ("use the key of a declared column", "请使用已声明的列标识"),
    (
        "`{}` is a personal column and cannot be grouped by",
        "`{0}` 是个人信息列，不能用来分组",
    ),
    (
        "group by a non-personal column such as a township or category",
        "请按不含个人信息的列分组，例如乡镇或类别",
    ),
    ("`group_by` is empty", "`group_by` 是空的"),
    (
        "name at least one column to group the records by",
        "至少指定一列，用来给记录分组",
    ),
    ("unknown measure `{}`", "无法识别的统计方式 `{0}`"),
    (
        "use count, sum, mean, min, max or median",
        "请使用 count（计数）、sum（求和）、mean（平均）、min（最小）、max（最大）或 median（中位数）",
    ),
    (
        "the measure `{}` publishes one person's own amount (min, max and median always do)",
        "统计项 `{0}` 会公布某一个人自己的金额（最小值、最大值和中位数都是如此）",
    ),
    (
        "use sum, mean or count; or, if policy allows it, set privacy.allow_extremes in site.yaml with the reason (it then applies only to groups of at least privacy.min_cell records)",
        "请改用 sum、mean 或 count；如果政策允许公布，请在 site.yaml 的 privacy.allow_extremes 中写明理由（此时也只对不少于 privacy.min_cell 条记录的分组公布）",
    ),
    (
        "grouping table `{}` by `{}` would publish one row per person: {} of its {} values are held by fewer than {} records",
        "表 `{0}` 按 `{1}` 分组，相当于一人一行地公布名册：它的 {3} 个取值中有 {2} 个不足 {4} 条记录",
    ),
    (
        "group by a coarser column (a township, a category, an age band), or mark the column `personal: true`",
        "请按更粗的列分组（乡镇、类别、年龄段），或把这一列标为 `personal: true`",
    ),
    (
        "the column `{}` looks personal but is not marked",
        "列 `{0}` 看起来是个人信息，但没有标明",
    ),
    (
        "add `personal: true` (it is never published), or `personal: false` with `personal_reason:` saying why it identifies no one",
        "请加上 `personal: true`（这一列不会公布），或写 `personal: false` 并用 `personal_reason:` 说明它为什么不能识别到个人",
    ),
    (
        "the column `{}` looks personal but is marked `personal: false` without a reason",
        "列 `{0}` 看起来是个人信息，却标为 `personal: false` 而没有说明理由",
    ),
    (
        "a withheld cell could be worked out from the other published cells: table `{}`, row `{}`, {}",
        "隐去的单元格可以由其他公布的数字推算出来：表 `{0}`，行 `{1}`，{2}",
    ),
    (
        "publish fewer tables or coarser groupings from these records, or raise privacy.min_cell",
        "请由这份名册少发布几张表或用更粗的分组，或调高 privacy.min_cell",
    ),
    (
        "this file holds the same records as {}: tables published from the two could be subtracted from each other",
        "这个文件与 {0} 含有相同的记录：两者发布的表可以相互加减推算",
    ),
    (
        "keep the records in one file and list every table under its `publish:` (each with an `id:`), so they are protected together",
        "请把记录放在一个文件里，在它的 `publish:` 下列出每一张表（各有 `id:`），这样几张表会一并保护",
    ),
    (
        "a value in the column `{}` is not one of its declared levels",
        "列 `{0}` 中有一个值不在它声明的 levels 之内",
    ),
    (
        "a value in the column `{}` is below its minimum {} (a count cannot be negative)",
        "列 `{0}` 中有一个值小于下限 {1}（人数、户数等不能为负）",
    ),
    (
        "a value in the column `{}` is below its minimum {}",
        "列 `{0}` 中有一个值小于下限 {1}",
    ),
    (
        "a value in the column `{}` is above its maximum {}",
        "列 `{0}` 中有一个值大于上限 {1}",
    ),
    (
        "a value in the column `{}` is too large to be shown exactly",
        "列 `{0}` 中有一个数太大，无法逐位准确显示",
    ),
    (
        "the measure `{}` reads `{}`, which is not a column",
        "统计项 `{0}` 读取的 `{1}` 不是已声明的列",
    ),
    (
        "name a numeric column with `column:`",
        "请用 `column:` 指定一个数字列",
    ),
    (
        "`{}` is a personal column and cannot be a measure",
        "`{0}` 是个人信息列，不能用于统计",
    ),
    (
        "measure a non-personal numeric column",
        "请统计不含个人信息的数字列",
    ),
    ("`{}` is not a numeric column", "`{0}` 不是数字列"),
    (
        "declare it `type: integer` or `type: number`",
        "请把它声明为 `type: integer` 或 `type: number`",
    ),
    ("`measures` is empty", "`measures` 是空的"),
    ("add at least `persons: count`", "至少加上 `persons: count`"),
    (
        "write a whole number, or declare the column `type: number`",
        "请写整数，或者把这一列声明为 `type: number`",
    ),
    (
        "write digits only (e.g. 3815 or 17265.21), without units, commas or words; leave the cell out if there is no figure",
        "只写数字（例如 3815 或 17265.21），不要带单位、逗号或文字；没有数据就不填这一格",
    ),
    (
        "write digits only (e.g. 3815 or 17265.21), without units or words; leave the cell out if there is no figure",
        "只写数字（例如 3815 或 17265.21），不要带单位或文字；没有数据就不填这一格",
    ),
    (
        "write the figure in digits (e.g. 1405, 1,405 or 12.5%), without words or units; write `-` where there is no figure",
        "请用数字写（例如 1405、1,405 或 12.5%），不要带文字或单位；没有数据的地方写 `-`",
    ),
    (
        "write the figure in digits (e.g. 123,894.7), with one decimal point",
        "请用数字写（例如 123,894.7），只用一个小数点",
    ),
    (
        "group digits in threes from the right (1,405 or 1 405), or write them without separators",
        "从右往左每三位分一节（1,405 或 1 405），或者不用分隔符",
    ),
    (
        "declare the column `type: percent`, or write the figure without %",
        "请把这一列声明为 `type: percent`，或者去掉 % 号",
    ),
    (
        "every row needs a name in the first column: value() and links name rows by it",
        "每一行的第一列都要有行名：value() 和链接靠它找到这一行",
    ),
    (
        "row names (the first column) must be unique, since value() and links name rows by them; rename one of the rows",
        "行名（第一列）不能重复，因为 value() 和链接靠它找到行；请改掉其中一个行名",
    ),
    (
        "name the column by its header with `header:`; the table's headers are: {}",
        "请用 `header:` 写出这一列的表头；表格的表头有：{0}",
    ),
    (
        "write a header above every column of figures, or remove the column",
        "请在每一列数字上方写上表头，或者删掉这一列",
    ),
    (
        "put the column headers in one row above the figures",
        "请把各列表头写在数字上方的一行里",
    ),
    (
        "put the header in the first row and the figures below it",
        "请把表头写在第一行，数字写在下面",
    ),
    (
        "open it in a spreadsheet program and save it again as .xlsx or .ods",
        "请用电子表格软件打开，再另存为 .xlsx 或 .ods",
    ),
    (
        "write the range as the top-left and bottom-right cells, e.g. `range: A3:F40`",
        "区域请写左上角和右下角的单元格，例如 `range: A3:F40`",
    ),
    (
        "keep one of the files, or rename the other to a dataset id of its own",
        "只保留其中一个文件，或者把另一个改成自己的数据集名称",
    ),
    // privacy: findings name the kind, never the value.
    (
        "personal data found and replaced: {}",
        "发现并已替换个人信息：{0:t}",
    ),
    (
        "remove it from the source; if it is a public number (a hotline), add it to privacy.allow in site.yaml",
        "请从源文件中删除；如果这是公开的号码（如服务热线），请把它加入 site.yaml 的 privacy.allow",
    ),
    (
        "remove the name from the source: people named in a records dataset are never published",
        "请从源文件中删除这个姓名：明细数据集中出现的人名一律不得公开",
    ),
    (
        "delete the editing marker from the source",
        "请从源文件中删除这个编辑标记",
    ),
    (
        "remove the password or key from the source, and change it: it may have been shared",
        "请从源文件中删除这个密码或密钥，并尽快更换：它可能已经泄露",
    ),
    ("remove it from the source", "请从源文件中删除"),
    (
        "the file name contains personal data ({}), which would be published in the address",
        "文件名中含有个人信息（{0:t}），会随网址一起公开",
    ),
    ("rename the file", "请重命名文件"),
    (
        "the output still contains personal data: {}",
        "生成的网站文件中仍含有个人信息：{0:t}",
    ),
    (
        "it came from {} (or the theme); remove it there. Nothing was published",
        "它来自 {0}（或主题）；请在那里删除。本次没有发布任何内容",
    ),
    // check/links.rs: links in the rendered pages.
    (
        "{} has a javascript: link, which runs code in the reader's browser",
        "{0} 中有 javascript: 链接，会在读者的浏览器中运行代码",
    ),
    (
        "link to a page or an http(s) address instead; scripts belong in files under static/",
        "请改为链接到页面或 http(s) 地址；脚本应放在 static/ 下的文件中",
    ),
    // render: templates and output paths.
    ("the theme has no template {}", "主题中缺少模板 {0}"),
    (
        "every theme needs index.html, section.html, page.html, dataset.html, catalogue.html, 404.html, search.html and sitemap.html (see docs/theme-contract.md)",
        "每个主题都必须有 index.html、section.html、page.html、dataset.html、catalogue.html、404.html、search.html 和 sitemap.html（见 docs/theme-contract.md）",
    ),
    ("template error: {}", "模板有误：{0:q}"),
    (
        "fix the template at this line; the theme's variables are listed in docs/theme-contract.md",
        "请修改模板的这一行；主题可以使用的变量见 docs/theme-contract.md",
    ),
    (
        "two sources would write the same file {}: this one and {}",
        "有两个源文件会生成同一个文件 {0}：此文件和 {1}",
    ),
    ("rename one of them", "请重命名其中一个"),
    (
        "this static file would overwrite {}, made from {}",
        "此静态文件会覆盖由 {1} 生成的 {0}",
    ),
    (
        "rename or move the static file",
        "请重命名或移动这个静态文件",
    ),
    // write/mod.rs: the output folder.
    (
        "refusing to write the site to {}: it is the site folder or contains it, and building replaces the whole output folder",
        "不能把网站生成到 {0}：它就是网站文件夹或包含网站文件夹，而生成时会替换整个输出文件夹",
    ),
    (
        "refusing to write the site to {}: it is inside a source folder of the site",
        "不能把网站生成到 {0}：它位于网站的源文件夹中",
    ),
    (
        "refusing to write the site to {}: it is your home folder or contains it",
        "不能把网站生成到 {0}：它是您的个人主文件夹或包含主文件夹",
    ),
    (
        "refusing to write the site to {}: it is the root of the file system or a system folder",
        "不能把网站生成到 {0}：它是磁盘的根目录或系统文件夹",
    ),
    (
        "choose a separate folder, such as public/ inside the site folder (the default); --force does not change this",
        "请另选一个文件夹，例如网站文件夹中的 public/（默认位置）；加 --force 也不行",
    ),
    (
        "refusing to replace {}: it is not empty; it has no .sunlight-output marker, so Sunlight did not make it, and building deletes everything in it",
        "不能替换 {0}：它不是空文件夹，里面也没有 .sunlight-output 标记文件，说明不是 Sunlight 生成的，而生成时会删除里面的全部内容",
    ),
    (
        "refusing to replace {}: it holds {}, which this build would not write; it has no .sunlight-output marker, so Sunlight did not make it, and building deletes everything in it",
        "不能替换 {0}：里面有本次生成不会写出的 {1}，也没有 .sunlight-output 标记文件，说明不全是 Sunlight 生成的，而生成时会删除里面的全部内容",
    ),
    (
        "choose an empty or new folder; if replacing everything in it is really meant, pass --force",
        "请改用空的或新的文件夹；如果确实要替换其中的全部内容，请加上 --force",
    ),
    (
        "cannot write the site to {}: it is a mount point (the top of a separate disk or volume), and a build swaps the new site in beside it, which cannot be done across volumes",
        "无法把网站生成到 {0}：它是挂载点（另一块磁盘或卷的顶层），而生成时要在它旁边建好新网站再互换，不能跨卷进行",
    ),
    (
        "use a folder inside it as --out, such as site/ in it, and point the web server there",
        "请用它里面的一个文件夹（例如其中的 site/）作为 --out，并让网站服务器指向那里",
    ),
    (
        "another build is already writing to {}: {}",
        "另一次生成正在写入 {0}：{1}",
    ),
    (
        "wait for it to finish, then build again; two builds at once would mix their output",
        "请等它结束后再生成；两次生成同时进行会把输出混在一起",
    ),
    (
        "could not create the lock file {}: {}",
        "无法创建锁文件 {0}：{1:q}",
    ),
    (
        "could not create the output's parent folder: {}",
        "无法创建输出文件夹的上级文件夹：{0:q}",
    ),
    (
        "could not write the new output: {}",
        "无法写入新生成的文件：{0:q}",
    ),
    (
        "could not move the previous output aside: {}",
        "无法移开上一次生成的文件：{0:q}",
    ),
    (
        "could not swap in the new output: {}",
        "无法换上新生成的文件：{0:q}",
    ),
    (
        "check that the output folder's parent exists and is writable; the previous output was left as it was",
        "请确认输出文件夹的上级文件夹存在并且可以写入；上一次生成的文件保持原样",
    ),
    (
        "{} exists and was not made by Sunlight",
        "{0} 已经存在，但不是 Sunlight 生成的",
    ),
    (
        "{} exists and is not a folder",
        "{0} 已经存在，但不是文件夹",
    ),
    (
        "remove it or choose another --out",
        "请删除它，或者用 --out 另选位置",
    ),
    // check/: consistency warnings of `sunlight check`.
    (
        "the text says {}, but {} holds {} for `{}`",
        "正文写的是 {0}，但数据集 {1} 中 `{3}` 的数字是 {2}",
    ),
    (
        "{} is the dataset's figure; correct one of the two, then use {}",
        "{0} 是数据集中的数字；请改正两者中有误的一个，然后改用 {1}",
    ),
    (
        "the figure {} is typed by hand and has no source",
        "数字 {0} 是手工输入的，没有注明来源",
    ),
    (
        "the dataset holds this figure: write {}",
        "数据集中有这个数字：请写成 {0}",
    ),
    (
        "a dataset holds the same figure: write {}",
        "有数据集含有相同的数字：请写成 {0}",
    ),
    (
        "add the figure to a dataset in data/ and write it with value(), so readers can see its source",
        "请把这个数字加入 data/ 中的数据集，并用 value() 引用，让读者能看到来源",
    ),
    (
        "the link {} points outside the site's base path",
        "链接 {0} 指向了本网站地址范围之外",
    ),
    (
        "the link {} is relative; write it from the site root (/…) so it works on every page",
        "链接 {0} 是相对地址；请从网站根目录写起（/…），这样在每个页面上都有效",
    ),
    (
        "the link {} leads to a page or file that does not exist",
        "链接 {0} 指向的页面或文件不存在",
    ),
    (
        "the link {} names an anchor (#…) that is not on that page",
        "链接 {0} 中的锚点（#…）在目标页面上不存在",
    ),
    (
        "fix the link: site pages are addressed like /report/assistance/ or ../other-page/, datasets like /data/ID/",
        "请修正链接：站内页面的地址形如 /report/assistance/ 或 ../other-page/，数据集形如 /data/ID/",
    ),
    (
        "no page quotes the dataset `{}`",
        "没有页面引用数据集 `{0}`",
    ),
    (
        "use it with {{ table(\"{}\") }} or value(), or remove it if it is a leftover",
        "请用 {{ table(\"{0}\") }} 或 value() 引用它；如果是遗留的文件，请删除",
    ),
    // Charts: load/chart.rs, validate/chart.rs, the chart() shortcode, charts/embed.rs.
    (
        "the chart id `{}` (the file name) is not usable in a URL",
        "图表标识 `{0}`（即文件名）不能用在网址中",
    ),
    (
        "rename the file using only a-z, 0-9, - and _, e.g. charts/assistance-persons.yaml",
        "请重命名文件，只使用 a-z、0-9、- 和 _，例如 charts/assistance-persons.yaml",
    ),
    (
        "only .yaml files directly inside charts/ are charts; this file is left out",
        "只有直接放在 charts/ 中的 .yaml 文件才是图表；此文件已略过",
    ),
    (
        "move it, or remove it from charts/",
        "请把它移走，或从 charts/ 中删除",
    ),
    (
        "chart() takes one text in quotes: the chart id",
        "chart() 只需要一个带引号的文字：图表标识",
    ),
    (
        "write {{ chart(\"assistance-coverage\") }}",
        "请写成 {{ chart(\"assistance-coverage\") }}",
    ),
    ("there is no chart `{}`", "没有图表 `{0}`"),
    (
        "did you mean `{}`? charts are the files in charts/, named by file name without .yaml",
        "是不是要写 `{0}`？图表就是 charts/ 中的文件，标识是去掉 .yaml 的文件名",
    ),
    (
        "add charts/{}.yaml, or use the name of a file in charts/ without .yaml",
        "请添加 charts/{0}.yaml，或者使用 charts/ 中某个文件去掉 .yaml 后的名称",
    ),
    (
        "did you mean `{}`? the columns of `{}` are: {}",
        "是不是要写 `{0}`？`{1}` 的列有：{2}",
    ),
    (
        "use one of the column keys of `{}`: {}",
        "请使用 `{0}` 的列标识之一：{1}",
    ),
    ("`y` names no column to draw", "`y` 中没有指定要画的列"),
    (
        "name one or more numeric columns: {}",
        "请指定一个或多个数字列：{0}",
    ),
    (
        "`{}` is a {} column; a chart draws numbers",
        "`{0}` 是{1:t}列；图表只能画数字",
    ),
    (
        "name a column of type integer, number or percent: {}",
        "请指定类型为 integer、number 或 percent 的列：{0}",
    ),
    ("`{}` is named twice in `y`", "`{0}` 在 `y` 中出现了两次"),
    ("name each column once", "每一列只写一次"),
    (
        "the columns in `y` have different units ({}), which one axis cannot show",
        "`y` 中各列的单位不同（{0}），无法画在同一个坐标轴上",
    ),
    ("make one chart for each unit", "请每种单位各做一张图表"),
    (
        "did you mean `{}`? rows are named by the first column of the dataset",
        "是不是要写 `{0}`？行名就是数据集中这一行第一列的值",
    ),
    (
        "rows are named by the first column of the dataset, e.g. `{}`",
        "行名就是数据集中这一行第一列的值，例如 `{0}`",
    ),
    ("the row `{}` is listed twice", "行 `{0}` 列出了两次"),
    ("list each row once", "每一行只列一次"),
    (
        "the dataset `{}` has no rows, so there is nothing to draw",
        "数据集 `{0}` 中没有任何行，没有可画的内容",
    ),
    ("add rows to {}", "请在 {0} 中添加行"),
    (
        "`rows` is an empty list, so there is nothing to draw",
        "`rows` 是空列表，没有可画的内容",
    ),
    (
        "list the row keys to draw, or leave `rows` out to draw every row",
        "请列出要画的行名；或者不写 `rows`，画出所有行",
    ),
    (
        "a {} chart draws one column, but `y` names {}",
        "`{0}` 图表只画一列，但 `y` 中写了 {1} 列",
    ),
    (
        "use `type: grouped_bar` or `type: stacked_bar` to draw several columns",
        "要画多列，请使用 `type: grouped_bar` 或 `type: stacked_bar`",
    ),
    ("name one column in `y`", "`y` 中只写一列"),
    (
        "a {} chart compares several columns, but `y` names one",
        "`{0}` 图表用来比较多列，但 `y` 中只写了一列",
    ),
    (
        "use `type: bar` for one column, or name more columns in `y`",
        "只画一列请使用 `type: bar`，否则请在 `y` 中多写几列",
    ),
    (
        "`orientation` applies to bar charts, not to a {} chart",
        "`orientation` 只适用于柱状图，不适用于 `{0}` 图表",
    ),
    ("remove `orientation`", "请删除 `orientation`"),
    ("a {} chart cannot be sorted", "`{0}` 图表不能排序"),
    (
        "remove `sort`: a line follows the order of its rows (time), a figure shows one value",
        "请删除 `sort`：折线图按行的先后（时间）顺序画，`figure` 只显示一个数值",
    ),
    (
        "a {} chart always starts its axis at zero",
        "`{0}` 图表的坐标轴总是从零开始",
    ),
    (
        "remove `y_from_zero`: a bar's length is its value, so its axis must start at zero",
        "请删除 `y_from_zero`：柱子的长度就代表数值，所以坐标轴必须从零开始",
    ),
    (
        "`row` belongs to `type: figure`",
        "`row` 只用于 `type: figure`",
    ),
    (
        "use `rows: [...]` to choose the rows of this chart",
        "请用 `rows: [...]` 选择这张图表要画的行",
    ),
    (
        "`compare` belongs to `type: figure`",
        "`compare` 只用于 `type: figure`",
    ),
    ("remove `compare`", "请删除 `compare`"),
    (
        "a figure shows one row: name it with `row`, not `rows`",
        "`figure` 只显示一行：请用 `row` 指定，而不是 `rows`",
    ),
    ("write `row: ROW_KEY`", "请写成 `row: 行名`"),
    (
        "a figure needs `row`: the row whose value it shows",
        "`figure` 需要 `row`：即要显示其数值的那一行",
    ),
    (
        "add `row:` with a row key of `{}`, e.g. `row: {}`",
        "请添加 `row:`，写上 `{0}` 中的一个行名，例如 `row: {1}`",
    ),
    (
        "the row `{}` has no value in `{}` to compare with",
        "行 `{0}` 在 `{1}` 中没有可供比较的数值",
    ),
    (
        "the row `{}` has no value in `{}`, and a pie cannot show a missing slice",
        "行 `{0}` 在 `{1}` 中没有数值，饼图无法表示缺失的扇区",
    ),
    (
        "the row `{}` has no value in `{}`",
        "行 `{0}` 在 `{1}` 中没有数值",
    ),
    (
        "name a row that has a value in this column",
        "请指定在这一列中有数值的行",
    ),
    (
        "the column `{}` has no values in the rows charted",
        "列 `{0}` 在要画的行中没有任何数值",
    ),
    (
        "choose rows with `rows: [...]` that have values, or another column",
        "请用 `rows: [...]` 选择有数值的行，或者换一列",
    ),
    (
        "leave the row out with `rows: [...]`, or use `type: bar`, which marks missing values",
        "请用 `rows: [...]` 去掉这一行，或者改用 `type: bar`（柱状图会标出缺失的数值）",
    ),
    (
        "`{}` has negative values, which a {} cannot show",
        "`{0}` 中有负数，`{1}` 图表无法表示",
    ),
    (
        "use `type: bar`: bars show negative values below zero",
        "请改用 `type: bar`：柱状图会把负数画在零线以下",
    ),
    (
        "`{}` adds up to zero, so a {} has no slices",
        "`{0}` 的合计为零，`{1}` 图表画不出扇区",
    ),
    ("use `type: bar`", "请改用 `type: bar`"),
    (
        "`{}` has negative values, which cannot be stacked",
        "`{0}` 中有负数，无法堆叠",
    ),
    ("use `type: grouped_bar`", "请改用 `type: grouped_bar`"),
    (
        "a {} of {} slices is hard to read; at most {} are allowed",
        "`{0}` 图表有 {1} 个扇区，难以看清；最多只能有 {2} 个",
    ),
    (
        "use `type: bar`, which compares many values better, or choose rows with `rows: [...]`",
        "请改用 `type: bar`，它更适合比较多个数值；或者用 `rows: [...]` 只选部分行",
    ),
    (
        "a {} needs at least two slices",
        "`{0}` 图表至少需要两个扇区",
    ),
    (
        "use `type: figure` to show a single value",
        "只显示一个数值请使用 `type: figure`",
    ),
    ("`{}` is not a colour", "`{0}` 不是有效的颜色"),
    (
        "write a colour as #rrggbb, e.g. #17396b",
        "颜色请写成 #rrggbb 的形式，例如 #17396b",
    ),
    (
        "the colour {} has a contrast of {}:1 with the white background; marks need 3:1 (WCAG 1.4.11)",
        "颜色 {0} 与白色背景的对比度只有 {1}:1；图形至少需要 3:1（WCAG 1.4.11）",
    ),
    (
        "choose a darker colour, or leave `colors` out to use the accessible palette",
        "请选用更深的颜色；或者不写 `colors`，使用符合无障碍要求的默认配色",
    ),
    (
        "`{}` is not a slice of this chart",
        "`{0}` 不是这张图表中的扇区",
    ),
    ("colour slices by their row key", "请按行名给扇区指定颜色"),
    ("`{}` is not a column in `y`", "`{0}` 不是 `y` 中的列"),
    (
        "colour series by their column key: {}",
        "请按列标识给各组数据指定颜色：{0}",
    ),
    (
        "`compare` names neither a row nor a column",
        "`compare` 既没有指定行，也没有指定列",
    ),
    (
        "write `compare: {row: 2022年}` (another row) or `compare: {column: target}` (another column)",
        "请写成 `compare: {row: 2022年}`（与另一行比较）或 `compare: {column: target}`（与另一列比较）",
    ),
    (
        "`{}` is not a figure in the same unit as `{}`, so the two cannot be compared",
        "`{0}` 与 `{1}` 不是同一单位的数字，无法比较",
    ),
    (
        "compare with a column of the same unit",
        "请与单位相同的列比较",
    ),
    (
        "compare with a cell that has a value",
        "请与有数值的单元格比较",
    ),
    (
        "the value compared with is zero, so there is no percentage change",
        "用来比较的数值为零，无法计算变化的百分比",
    ),
    ("compare with another cell", "请与别的单元格比较"),
    (
        "the chart could not be drawn: {}",
        "无法画出这张图表：{0:q}",
    ),
    (
        "this is a bug in Sunlight; please report it with the chart file",
        "这是 Sunlight 程序本身的问题；请连同这个图表文件一起报告给技术人员",
    ),
    ("no page shows the chart `{}`", "没有页面显示图表 `{0}`"),
    (
        "show it with {{ chart(\"{}\") }}, or remove it if it is a leftover",
        "请用 {{ chart(\"{0}\") }} 显示它；如果是遗留的文件，请删除",
    ),
];

/// Terms that appear inside messages as a capture (`{0:t}`, `{0:q}`): kinds of personal data, column types, kinds
/// of value, and the commonest wordings of the YAML parser, the template engine and the operating system. Same
/// pattern rules as [`CATALOG`].
pub const TERMS: &[(&str, &str)] = &[
    // Kinds of personal data (`privacy::detect::Kind::name`).
    ("resident ID number", "居民身份证号码"),
    ("mobile number", "手机号码"),
    ("landline number", "固定电话号码"),
    ("bank card number", "银行卡号"),
    ("passport or travel permit number", "护照或通行证号码"),
    ("e-mail address", "电子邮箱地址"),
    ("password or credential", "密码或登录凭据"),
    ("editing marker", "编辑标记"),
    ("name from a records dataset", "明细数据集中的姓名"),
    ("unexplained long number", "来历不明的长串数字"),
    // Column types (`ColumnType::name`).
    ("integer", "整数"),
    ("number", "数值"),
    ("percent", "百分比"),
    ("date", "日期"),
    ("text", "文字"),
    // Kinds of value (load/yaml.rs `plain_type`, and serde's description of what was found).
    ("a mapping (key: value lines)", "一组设置（每行“键: 值”）"),
    ("a list (lines starting with -)", "列表（每行以 - 开头）"),
    ("true or false", "true 或 false"),
    ("a whole number", "整数"),
    ("a number", "数字"),
    ("char", "单个字符"),
    (
        "a mapping of measure names to count, sum, mean, min or max",
        "统计项名称及其统计方式（count、sum、mean、min 或 max）",
    ),
    (
        "a column key or a list of column keys",
        "一个列标识或一组列标识",
    ),
    ("string {}", "文字 {0}"),
    ("integer `{}`", "整数 `{0}`"),
    ("floating point `{}`", "小数 `{0}`"),
    ("boolean `{}`", "true/false 值 `{0}`"),
    ("character `{}`", "字符 `{0}`"),
    ("sequence", "列表"),
    ("map", "一组设置"),
    ("unit value", "空值"),
    ("null", "空值"),
    // The YAML parser.
    ("unclosed quote", "引号没有闭合"),
    (
        "mapping values are not allowed in this context",
        "这里不能出现“键: 值”（可能是缩进不对，或者值里有冒号，需要加引号）",
    ),
    (
        "mapping keys are not allowed in this context",
        "这里不能出现键（可能是缩进不对）",
    ),
    ("unclosed bracket '{}'", "括号“{0}”没有闭合"),
    (
        "mismatched bracket '{}' closed by '{}'",
        "括号“{0}”却用“{1}”结束，前后不配对",
    ),
    ("misplaced bracket", "括号的位置不对"),
    (
        "while scanning a plain scalar, found a tab",
        "值中含有制表符（Tab），请改用空格",
    ),
    (
        "tab cannot be used as indentation",
        "不能用制表符（Tab）缩进，请改用空格",
    ),
    (
        "tabs disallowed in this context",
        "这里不能使用制表符（Tab），请改用空格",
    ),
    (
        "tabs disallowed within this context (block indentation)",
        "缩进中不能使用制表符（Tab），请改用空格",
    ),
    ("invalid indentation", "缩进不对"),
    (
        "incorrect indentation: expected {}, found {} spaces",
        "缩进不对：应当是 {0}，实际是 {1} 个空格",
    ),
    (
        "alias references unknown anchor",
        "引用（*）了不存在的锚点（&）",
    ),
    (
        "while parsing node, found unknown anchor",
        "引用（*）了不存在的锚点（&）",
    ),
    (
        "multiple YAML documents detected; {}",
        "文件中有多个 YAML 文档（多了一行 `---`）",
    ),
    ("expected sequence start", "这里应当是列表"),
    ("expected mapping start", "这里应当是一组“键: 值”"),
    (
        "expected string scalar",
        "这里应当是一段文字，不能是列表或一组设置",
    ),
    (
        "invalid boolean (strict mode expects true/false)",
        "这里只能写 true 或 false",
    ),
    ("invalid floating point", "不是有效的数字"),
    ("unexpected end of input", "内容意外结束"),
    ("unexpected end of file", "文件意外结束"),
    ("unexpected eof", "文件意外结束"),
    (
        "while parsing a flow sequence, expected ',' or ']'",
        "方括号中的各项之间应当用“,”隔开，并以“]”结束",
    ),
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        "花括号中的各项之间应当用“,”隔开，并以“}”结束",
    ),
    (
        "while parsing a block mapping, did not find expected key",
        "这里应当是一个键（可能是缩进不对）",
    ),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        "这里应当是以 - 开头的列表项（可能是缩进不对）",
    ),
    (
        "while parsing a node, did not find expected node content",
        "这里缺少内容",
    ),
    (
        "':' must be followed by a valid YAML whitespace",
        "冒号“:”后面要有一个空格",
    ),
    (
        "'-' must be followed by a valid YAML whitespace",
        "“-”后面要有一个空格",
    ),
    ("unexpected character: `{}'", "出现了不该有的字符 `{0}`"),
    ("recursion limit exceeded", "嵌套层数太多"),
    (
        "YAML document too large or too complex{}",
        "YAML 内容过大或过于复杂",
    ),
    ("alias replay limit exceeded: {}", "引用（*）展开后内容过大"),
    (
        "alias expansion limit exceeded for anchor id {}",
        "引用（*）展开后内容过大",
    ),
    (
        "alias replay stack depth exceeded: {}",
        "引用（*）嵌套层数太多",
    ),
    ("budget breached: {}", "YAML 内容过大或过于复杂"),
    // The template engine (minijinja).
    ("unexpected end of block", "`{% … %}` 语句没写完就结束了"),
    (
        "unexpected end of variable block",
        "`{{ … }}` 表达式没写完就结束了",
    ),
    (
        "unexpected end of input, expected {}",
        "模板没写完就结束了，缺少{0:q}",
    ),
    (
        "unexpected {}, expected {}",
        "这里不应出现{0:q}，应当是{1:q}",
    ),
    ("unexpected {}", "这里不应出现{0:q}"),
    ("unknown statement {}", "无法识别的语句 `{0}`"),
    ("filter {} is unknown", "没有名为 `{0}` 的过滤器"),
    ("test {} is unknown", "没有名为 `{0}` 的测试"),
    ("{} is unknown", "`{0}` 不存在"),
    ("`{}` is undefined", "`{0}` 未定义"),
    ("undefined value", "使用了未定义的值"),
    (
        "tried to include non-existing template {}",
        "要引入的模板 {0} 不存在",
    ),
    ("template {} does not exist", "模板 {0} 不存在"),
    ("template not found", "找不到模板"),
    ("too many arguments", "参数太多"),
    ("missing argument", "缺少参数"),
    ("syntax error", "语法错误"),
    ("end of input", "结尾"),
    ("end of block", "语句结尾 `%}`"),
    ("end of variable block", "表达式结尾 `}}`"),
    ("expression", "表达式"),
    ("identifier", "名称"),
    ("keyword", "关键字"),
    ("statement", "语句"),
    // The operating system (`std::io::Error`).
    (
        "Permission denied (os error {})",
        "没有权限（系统错误 {0}）",
    ),
    (
        "No such file or directory (os error {})",
        "文件或文件夹不存在（系统错误 {0}）",
    ),
    (
        "Read-only file system (os error {})",
        "磁盘是只读的（系统错误 {0}）",
    ),
    (
        "No space left on device (os error {})",
        "磁盘空间不足（系统错误 {0}）",
    ),
    (
        "Is a directory (os error {})",
        "这是一个文件夹（系统错误 {0}）",
    ),
    (
        "Not a directory (os error {})",
        "路径中有一部分不是文件夹（系统错误 {0}）",
    ),
    (
        "Directory not empty (os error {})",
        "文件夹不是空的（系统错误 {0}）",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The capture indices a Chinese pattern refers to.
    fn used(zh: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut rest = zh;
        while let Some(i) = rest.find('{') {
            let after = &rest[i + 1..];
            match placeholder(after) {
                Some((index, _, len)) => {
                    out.push(index);
                    rest = &after[len..];
                }
                None => rest = after,
            }
        }
        out
    }

    fn arity(en: &str) -> usize {
        en.matches("{}").count()
    }

    fn sample(en: &str) -> (String, Vec<String>) {
        let caps: Vec<String> = (0..arity(en)).map(|i| format!("甲{i}乙")).collect();
        let mut text = String::new();
        for (i, piece) in en.split("{}").enumerate() {
            if i > 0 {
                text.push_str(&caps[i - 1]);
            }
            text.push_str(piece);
        }
        (text, caps)
    }

    #[test]
    fn chinese_patterns_use_only_captures_that_exist() {
        for (en, zh) in CATALOG.iter().chain(TERMS) {
            let n = arity(en);
            for i in used(zh) {
                assert!(i < n, "`{zh}` uses {{{i}}} but `{en}` has {n} capture(s)");
            }
            assert!(
                !en.contains("{}{}"),
                "adjacent captures are ambiguous: `{en}`"
            );
            assert!(
                !zh.contains("{}"),
                "the Chinese refers to captures by number: `{zh}`"
            );
        }
    }

    #[test]
    fn every_message_keeps_every_capture() {
        // A term may drop a technical detail; a message must not lose the names the editor needs.
        for (en, zh) in CATALOG {
            let mut u = used(zh);
            u.sort_unstable();
            u.dedup();
            assert_eq!(
                u,
                (0..arity(en)).collect::<Vec<_>>(),
                "`{zh}` does not use every capture of `{en}`"
            );
        }
    }

    #[test]
    fn every_pattern_translates_its_own_sample() {
        for (table, name) in [(CATALOG, "CATALOG"), (TERMS, "TERMS")] {
            for (i, (en, zh)) in table.iter().enumerate() {
                let (text, caps) = sample(en);
                let caps: Vec<&str> = caps.iter().map(String::as_str).collect();
                let first = table.iter().position(|(e, _)| captures(e, &text).is_some());
                assert_eq!(
                    first,
                    Some(i),
                    "{name}: `{text}` is taken by an earlier entry, `{}`",
                    first.map_or("", |f| table[f].0)
                );
                let out = fill(zh, &caps, 0);
                for c in &caps[..] {
                    if name == "CATALOG" {
                        assert!(out.contains(c), "`{out}` lost the capture `{c}`");
                    }
                }
                assert!(
                    out.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "`{out}` is not Chinese"
                );
                if name == "CATALOG" {
                    assert_eq!(translate(&text, Lang::Zh), out);
                    assert_eq!(translate(&text, Lang::En), text);
                }
            }
        }
    }

    #[test]
    fn words_can_change_order() {
        assert_eq!(
            translate(
                "the figure for row `城市低保`, column `persons` of `assistance` is withheld to protect people",
                Lang::Zh
            ),
            "为保护个人信息，`assistance` 中行 `城市低保`、列 `persons` 的数据不予公布"
        );
    }

    #[test]
    fn kinds_of_personal_data_are_translated_inside_messages() {
        assert_eq!(
            translate("personal data found and replaced: mobile number", Lang::Zh),
            "发现并已替换个人信息：手机号码"
        );
        assert_eq!(
            translate(
                "`很多` in the integer column `persons` is not a number",
                Lang::Zh
            ),
            "整数列 `persons` 中的 `很多` 不是数字"
        );
    }

    #[test]
    fn a_column_key_that_looks_like_a_term_is_not_translated() {
        assert_eq!(
            translate("the dataset `a` has no column `text`", Lang::Zh),
            "数据集 `a` 中没有列 `text`"
        );
    }

    #[test]
    fn library_wording_is_translated_or_quoted() {
        assert_eq!(
            translate("this is not valid YAML here: unclosed quote", Lang::Zh),
            "YAML 格式有误：引号没有闭合"
        );
        assert_eq!(
            translate(
                "this is not valid YAML here: something new in a later version",
                Lang::Zh
            ),
            "YAML 格式有误：`something new in a later version`"
        );
        assert_eq!(
            translate(
                "template error: unexpected `}`, expected end of variable block",
                Lang::Zh
            ),
            "模板有误：这里不应出现`}`，应当是表达式结尾 `}}`"
        );
    }

    #[test]
    fn captures_are_shortest_first_with_backtracking() {
        assert_eq!(captures("a{}b{}c", "a1b2bc"), Some(vec!["1", "2b"]));
        assert_eq!(captures("a{}b", "ab"), Some(vec![""]));
        assert_eq!(captures("a{}b", "a"), None);
        assert_eq!(captures("x {} y", "x 1 y z"), None);
        assert_eq!(captures("no captures", "no captures"), Some(vec![]));
        assert_eq!(captures("{}", "城市"), Some(vec!["城市"]));
    }

    #[test]
    fn unknown_text_stays_english_and_braces_stay_literal() {
        assert_eq!(
            translate("a sentence nobody wrote yet", Lang::Zh),
            "a sentence nobody wrote yet"
        );
        assert_eq!(translate("", Lang::Zh), "");
        assert_eq!(
            fill("写成 {{ table(\"{0}\") }}，{9}", &["a"], 0),
            "写成 {{ table(\"a\") }}，"
        );
    }

    #[test]
    fn language_from_flag_then_environment() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::choose(Some("zh"), env(&[])), Lang::Zh);
        assert_eq!(Lang::from_flag("zh-CN"), None, "--lang takes zh or en only");
        assert_eq!(
            Lang::choose(Some("en"), env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "zh_TW.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, env(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(
                None,
                env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN"), ("LANG", "C")])
            ),
            Lang::Zh
        );
        assert_eq!(Lang::choose(None, env(&[])), Lang::En);
        assert_eq!(Lang::choose(Some(" "), env(&[("LANG", "zh_CN")])), Lang::Zh);
    }
}
