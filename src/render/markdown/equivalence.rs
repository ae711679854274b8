//! The body written from the events (see `plain`) against the sanitised body it replaces, and the text read from
//! the events (see `body_text`) against the text read back from the HTML, over every Markdown file of the
//! repository, the example site's pages with their shortcodes, and generated cases. The HTML need not be the same
//! bytes (`<br />` or `<br>`), but it must read as the same elements, attributes and text.

use std::path::{Path, PathBuf};

use super::*;
use crate::diagnostics::Diagnostics;
use crate::html::{self, Reading, State, Visitor};
use crate::model::Segment;

/// What a browser builds from markup, one line per element start (attributes sorted), end and text run.
#[derive(Default)]
struct Trace {
    lines: Vec<String>,
    text: String,
}

impl Trace {
    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.lines
                .push(format!("{:?}", std::mem::take(&mut self.text)));
        }
    }
}

impl Visitor for Trace {
    fn visit(&mut self, event: html::Event<'_>, _: &State) {
        match event {
            html::Event::Text(t) => self.text.push_str(t),
            html::Event::Start { name, attrs, .. } => {
                self.flush();
                let mut a: Vec<String> = attrs
                    .iter()
                    .map(|a| format!("{}={:?}", &*a.name.local, &*a.value))
                    .collect();
                a.sort();
                self.lines.push(format!("<{name} {}>", a.join(" ")));
            }
            html::Event::End { name, .. } => {
                self.flush();
                self.lines.push(format!("</{name}>"));
            }
            html::Event::Comment(c) => {
                self.flush();
                self.lines.push(format!("<!--{c}-->"));
            }
        }
    }
}

fn trace(markup: &str) -> Vec<String> {
    let mut t = Trace::default();
    html::walk(markup, Reading::default(), &mut t);
    t.flush();
    t.lines
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every Markdown file of the repository outside build output and installed packages.
fn markdown_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root())
        .into_iter()
        .filter_entry(|e| {
            !matches!(
                e.file_name().to_str(),
                Some("target" | "node_modules" | ".git")
            )
        })
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// Markdown that exercises each thing the writer and the sanitiser could treat differently.
const CASES: &[&str] = &[
    "# 一级\n\n## 二级 *强调* **粗体** `代码`\n\n### Three & <four>\n\n#### 4\n##### 5\n###### 6\n\nSetext\n===\n\nTwo\n---\n",
    "- a\n- b\n  - c\n    1. d\n    2. e\n\n3. three\n4. four\n\n* loose\n\n* list\n",
    "| 项目 | 数量 | 说明 |\n|:---|:---:|---:|\n| 低保 | 3815 | 户 |\n| 特困 | 12 | 人 |\n\n| a |\n|---|\n",
    "正文[^1]，再引[^note]，又引[^1]。\n\n[^1]: 第一条注释。\n[^note]: 第二条 **注释**。\n\n[^unused]: 未引用。\n",
    "```rust\nfn main() { let a = \"<p>\"; }\n```\n\n    indented code & stuff\n\n``` \nplain\n```\n\n~~~\ntilde\n~~~\n",
    "[站内](/data/) [相对](../x/) [外部](https://www.gov.cn/ \"标题 \\\"引号\\\"\") <https://a.cn/> <x@a.cn> [邮件](mailto:a@b.cn) [电话](tel:+8610)",
    "[坏](javascript:alert(1)) [坏2](java\tscript:x) [数据](data:text/html,x) [vb](VBScript:x) [相对冒号](a/b:c) [无主机](https://) [v6](http://[::1/) [t](javascript:x \"提示\")",
    "![替代文字](/a.png) ![带标题](/b.png \"图标题\") ![外站](https://a.cn/x.png) ![坏](javascript:x) ![数据](data:image/png;base64,AA) ![邮件](mailto:a@b.cn)",
    "![*强调* 与 `代码` 与 [链接](/x)](/c.png) [![图](/d.png)](/e/) [文字 ![图](/f.png) 更多](/g/)",
    "*em* _em_ **strong** __strong__ ***both*** ~~del~~ ~single~ `a``b` ``` `` ```",
    "民政\n工作\n继续\nand English\n line\n中文 \n换行\\\n硬换行  \n两个空格",
    "&amp; &lt; &gt; &quot; &#39; &#20302;&#x4fdd; &copy; &nbsp; &bogus; A & B < C > D \"q\" 'a'",
    "> 引用\n> 第二行\n>\n> > 嵌套\n\n> - 列表\n> - 项\n\n---\n\n***\n\n___\n",
    "1) one\n2) two\n\n10. ten\n11. eleven\n\n- [ ] task\n- [x] done\n",
    "Text with \\* escapes \\_ and \\` and \\\\ and \\[ \\] \\< \\>\n\n\\# not a heading\n",
    "[ref link][r] and [collapsed][] and [shortcut]\n\n[r]: /ref/ \"Ref title\"\n[collapsed]: https://a.cn/c\n[shortcut]: </with space/>\n",
    "138 0013 8000\n\n| 138 | 0013 | 8000 |\n|---|---|---|\n| 1 | 2 | 3 |\n\n- 12\n- 34\n\n150  \n2020-07-11\n",
    "# [链接标题](/x/) 与 `code`\n\n## ![图](/i.png) 图标题\n\n## 注释[^a]\n\n[^a]: 注。\n\n## \n\n## ***\n",
    "段落[带注释的链接[^x]](/y/)\n\n[^x]: 链接里的注释。\n",
    "不换行\u{A0}空格\n\n## 标题\u{A0}空格\n",
    "NUL \0 char and \r\n CRLF \r lone CR\n\n```\ncode\r\nwith CRLF\r\n```\n",
    "<p>raw</p>\n\n文字 <span>inline</span>\n\n<!-- comment -->\n",
    "   \n\n\n",
    "",
    "[空]() [井号](#sec) [问号](?q=1&r=2) [百分号](/a%20b/) [中文地址](/数据/表格/) [单引号](/it's/) [空格](</a b/>)",
    "| 表头 `代码` | **粗** |\n|---|---|\n| [链接](/x/) | ![图](/y.png) |\n| 转义 \\| 竖线 | ~~删~~ |\n",
    "- 项一[^n]\n\n  续段\n\n      缩进代码\n\n- 项二\n\n[^n]: 列表中的注释\n\n    注释中的代码\n",
    "Autolink www.example.com and http://bare.example/ and <ftp://files.example/> and <javascript:alert(1)>",
];

fn links() -> LinkBase<'static> {
    static DIRS: [String; 1] = [String::new()];
    LinkBase {
        base_path: "/mzj/",
        page_path: "report/assistance/",
        source_dirs: &DIRS[..0],
        languages: &[],
        file: Path::new("content/report/assistance.md"),
    }
}

/// One Markdown source written both ways: whether the events path took it.
fn same_both_ways(source: &str, what: &str) -> bool {
    let l = links();
    let evs = events(source, Some(&l));
    let Some(clean) = plain::filtered(&evs) else {
        return false;
    };
    let (Ok(new), Ok(old)) = (write(clean), sanitised(evs.clone())) else {
        assert!(
            sanitised(evs).is_err(),
            "{what}: only one way refused the depth"
        );
        return true;
    };
    assert_eq!(trace(&new), trace(&old), "{what}:\n{new}\n---\n{old}");
    let read = body_text::read(&evs, &[]);
    assert_eq!(read, crate::html::text::text(&old), "{what}: text");
    true
}

#[test]
fn markdown_written_from_events_reads_as_the_sanitised_html() {
    let mut taken = 0;
    let files = markdown_files();
    assert!(files.len() > 50, "{}", files.len());
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap_or_default();
        taken += usize::from(same_both_ways(&source, &f.display().to_string()));
    }
    for (i, case) in CASES.iter().enumerate() {
        taken += usize::from(same_both_ways(case, &format!("case {i}")));
    }
    assert!(taken > files.len() / 2, "only {taken} took the events path");
}

#[test]
fn the_sanitiser_is_kept_where_the_events_cannot_say_what_it_would_do() {
    let l = links();
    for source in [
        "<p>raw</p>",
        "a <b>b</b>",
        "NUL \0",
        "![a](javascript:x)",
        "a\u{A0}b",
    ] {
        assert!(
            plain::filtered(&events(source, Some(&l))).is_none(),
            "{source}"
        );
    }
    let h = to_html("[坏](javascript:alert(1) \"t\") [好](/x/)", Some(&l)).unwrap(); // ok: test code (this module is #[cfg(test)]), on the repository's own example site and fixed strings
    assert_eq!(
        h,
        "<p><a title=\"t\">坏</a> <a href=\"/mzj/x/\">好</a></p>\n"
    );
}

/// The example site, validated.
fn example() -> crate::model::Site {
    let (loaded, _) = crate::load::load(root(), None).expect("the example site loads"); // ok: test code (this module is #[cfg(test)]), on the repository's own example site and fixed strings
    let mut diags = Diagnostics::default();
    let mut data = crate::validate::datasets(loaded, &mut diags);
    let aggregated =
        crate::privacy::aggregate::aggregate(data.take_records(), data.config(), &mut diags);
    crate::validate::site(data, aggregated, &mut diags).expect("the example site validates") // ok: test code (this module is #[cfg(test)]), on the repository's own example site and fixed strings
}

/// A body rendered as a page renders it, against the sanitised body and the text read back from its HTML.
fn check_body(site: &crate::model::Site, segments: &[Segment], lang: &str, what: &str) -> bool {
    let l = links();
    let quoted = Quoted::new(site.datasets.len());
    let Ok(body) = render(site, segments, lang, &l, &quoted) else {
        return false;
    };
    let text = crate::html::text::text(&body.html);
    assert_eq!(body.text, text.body, "{what}: text of\n{}", body.html);
    assert_eq!(body.headings, text.headings, "{what}: headings");
    let (source, trusted) =
        prepare(site, segments, lang, &l, &quoted).expect("prepared as rendered"); // ok: test code (this module is #[cfg(test)]), on the repository's own example site and fixed strings
    let old = restore(
        &sanitised(events(&source, Some(&l))).expect("not too deep"), // ok: test code (this module is #[cfg(test)]), on the repository's own example site and fixed strings
        &trusted,
    );
    assert_eq!(trace(&body.html), trace(&old), "{what}");
    plain::filtered(&events(&source, Some(&l))).is_some()
}

#[test]
fn pages_with_every_shortcode_read_the_same_both_ways() {
    let site = example();
    let mut shortcodes: Vec<Shortcode> = Vec::new();
    let mut taken = 0;
    for p in &site.pages {
        taken += usize::from(check_body(
            &site,
            &p.segments,
            &p.lang,
            &p.rel.display().to_string(),
        ));
        for s in &p.segments {
            if let Segment::Shortcode(s) = s
                && !shortcodes
                    .iter()
                    .any(|k| std::mem::discriminant(k) == std::mem::discriminant(s))
            {
                shortcodes.push(s.clone());
            }
        }
    }
    shortcodes.push(Shortcode::Table { dataset: 0 });
    shortcodes.push(Shortcode::Chart { chart: 0 });
    assert!(shortcodes.len() >= 6, "{shortcodes:?}");
    let md = |t: &str| Segment::Markdown {
        text: t.to_string(),
        line: 1,
    };
    // Each shortcode in each place Markdown can put it, twice in a row (a repeated chart gets other ids).
    let places: &[(&str, &str)] = &[
        ("", ""),
        ("文字 ", " 文字"),
        ("# 标题 ", "\n"),
        ("## ", " 二级\n\n正文"),
        ("- 项 ", "\n- 项二"),
        ("1. ", "\n"),
        ("> 引用 ", "\n"),
        ("| a | b |\n|---|---|\n| 1 | ", " |\n"),
        ("`", "`"),
        ("```\n", "\n```\n"),
        ("**", "**"),
        ("[链接 ", "](/x/)"),
        ("![图 ", "](/x.png)"),
        ("[t](/x/ \"", "\")"),
        ("12", "34"),
        ("脚注[^1]\n\n[^1]: 注 ", "\n"),
        ("民政\n", "\n工作"),
    ];
    for s in &shortcodes {
        for (before, after) in places {
            let segments = [
                md(before),
                Segment::Shortcode(s.clone()),
                Segment::Shortcode(s.clone()),
                md(after),
            ];
            let what = format!("{s:?} in {before:?}…{after:?}");
            taken += usize::from(check_body(&site, &segments, "zh-CN", &what));
        }
    }
    assert!(
        taken > site.pages.len() + places.len() * 4,
        "only {taken} took the events path"
    );
}

#[test]
fn every_figure_of_the_example_site_says_its_text_as_its_html_reads() {
    let site = example();
    let mut said = 0;
    for lang in ["zh-CN", "en"] {
        for (i, d) in site.datasets.iter().enumerate() {
            let about = super::super::figure_link::Provenance::of(d, lang, "/mzj/");
            for row in 0..d.rows.len() {
                for column in 0..d.columns.len() {
                    for unit in [true, false] {
                        let f = figure_link(d, &about, row, column, unit, lang, i);
                        let read = crate::html::text::text(&f.html).body;
                        if let Some(text) = f.text {
                            let mut r = body_text::Reader::default();
                            r.push(&text);
                            assert_eq!(r.out.body.trim_end(), read, "{} {row} {column}", d.id);
                            said += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(said > 1000, "{said}");
}
