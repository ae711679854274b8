//! Raw HTML that editors write in Markdown. A page may use the HTML a government page needs (headings, paragraphs,
//! lists, tables, links, images, `<details>`, `<abbr>` …, the list below); everything else could run code in a
//! reader's browser, send readers elsewhere or fake the site's own frame (`<script>`, `on…=` handlers, `javascript:`
//! and `data:` addresses, `<iframe>`, `<base>`, `<meta>`, `<form>`, `<style>`, `<object>`, `srcset`, SVG), so it is
//! removed. The lists here are the one policy: [`sanitise`] applies it (render cleans every page body with it) and
//! [`check`] names what it removes, as warnings with the page file and line (errors with `--strict`). Messages name
//! the element or attribute, never its value: a value is whatever the editor typed, possibly personal data.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use pulldown_cmark::{Event, Parser, Tag};

use crate::diagnostics::Diagnostic;
use crate::messages::msg;
use crate::model::{Page, Segment};

/// The elements a page may use.
pub const TAGS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "ul",
];

/// Attributes any allowed element may carry: styling by the theme's classes, language and a tooltip.
pub const GENERIC_ATTRIBUTES: &[&str] = &["class", "dir", "lang", "title"];

/// Attributes only some elements may carry.
pub const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href"]),
    ("blockquote", &["cite"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("details", &["open"]),
    ("div", &["id"]),
    ("figure", &["id"]),
    ("h1", &["id"]),
    ("h2", &["id"]),
    ("h3", &["id"]),
    ("h4", &["id"]),
    ("h5", &["id"]),
    ("h6", &["id"]),
    ("img", &["src", "alt", "width", "height"]),
    ("li", &["value"]),
    ("ol", &["start", "reversed", "type"]),
    ("q", &["cite"]),
    ("span", &["id"]),
    ("td", &["colspan", "rowspan", "headers"]),
    ("th", &["colspan", "rowspan", "headers", "scope"]),
    ("time", &["datetime"]),
];

/// Elements removed with everything inside them: their content is code or a document of its own, not text.
const DROPPED_WITH_CONTENT: &[&str] = &[
    "iframe", "math", "noembed", "noframes", "noscript", "object", "script", "style", "svg",
    "template", "xmp",
];

/// Attributes holding an address.
const ADDRESS_ATTRIBUTES: &[&str] = &["cite", "href", "src"];

/// Schemes a link may use; an image may use only the web's. A relative address (`/data/`, `../x/`, `#top`) always.
const LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];
const IMAGE_SCHEMES: &[&str] = &["http", "https"];

/// Whether the address `value` of an attribute of `tag` may be published. Browsers ignore tabs and line breaks
/// anywhere in an address and spaces at its ends (`java\tscript:` runs), so they are ignored here too.
pub fn address_allowed(tag: &str, value: &str) -> bool {
    let cleaned: String = value
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let v = cleaned.trim_matches(|c: char| c <= ' ');
    let Some((scheme, _)) = v.split_once(':') else {
        return true;
    };
    let is_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !is_scheme {
        // `a/b:c` or `1x:y` is a relative path, as a browser reads it.
        return true;
    }
    let allowed = if tag == "img" {
        IMAGE_SCHEMES
    } else {
        LINK_SCHEMES
    };
    allowed.contains(&scheme.to_ascii_lowercase().as_str())
}

/// Whether [`sanitise`] keeps the address `value` (as the attribute holds it, character references decoded) in an
/// attribute of `tag`: ammonia keeps an address it parses as absolute with one of [`LINK_SCHEMES`], or as relative,
/// and drops any other (`https://[x` does not parse); then [`address_allowed`] decides. Render applies this to the
/// links of a body it writes without the sanitiser, so both ways publish the same addresses.
pub fn address_kept(tag: &str, value: &str) -> bool {
    let parsed = match url::Url::parse(value) {
        Ok(url) => LINK_SCHEMES.contains(&url.scheme()),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    };
    parsed && address_allowed(tag, value)
}

/// An address on another host (`https://…`, `//…`), as opposed to one of the site's own files.
fn is_foreign(value: &str) -> bool {
    let v = value.trim_matches(|c: char| c <= ' ').to_ascii_lowercase();
    v.starts_with("http:") || v.starts_with("https:") || v.starts_with("//")
}

fn allowed_attribute(tag: &str, attr: &str) -> bool {
    GENERIC_ATTRIBUTES.contains(&attr)
        || TAG_ATTRIBUTES
            .iter()
            .any(|(t, attrs)| *t == tag && attrs.contains(&attr))
}

/// The sanitiser, built once from the lists above.
fn sanitiser() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::empty();
        let tag_attributes: HashMap<&str, HashSet<&str>> = TAG_ATTRIBUTES
            .iter()
            .map(|(t, attrs)| (*t, attrs.iter().copied().collect()))
            .collect();
        b.tags(TAGS.iter().copied().collect())
            .clean_content_tags(DROPPED_WITH_CONTENT.iter().copied().collect())
            .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect())
            .tag_attributes(tag_attributes)
            .url_schemes(LINK_SCHEMES.iter().copied().collect())
            .url_relative(ammonia::UrlRelative::PassThrough)
            .link_rel(None)
            .strip_comments(true)
            .attribute_filter(|tag, attr, value| {
                if ADDRESS_ATTRIBUTES.contains(&attr) && !address_allowed(tag, value) {
                    None
                } else {
                    Some(value.into())
                }
            });
        b
    })
}

/// How deep a page body's elements may nest. An HTML parser's work grows with the depth times the number of
/// elements, so a body of thousands of nested `<div>`s or `>` quotes would take minutes; no real page comes near.
pub const MAX_DEPTH: usize = 256;

/// The body nests its elements more than [`MAX_DEPTH`] deep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep;

/// `html` with everything outside the allow-list removed. The result is well-formed: an element the editor left
/// open is closed, so a page body can never swallow the theme's frame around it. Refused when nested too deep.
pub fn sanitise(html: &str) -> Result<String, TooDeep> {
    let mut clean = sanitise_once(html)?;
    // Mis-nested markup (an `<a>` inside an `<a>` beside a `<table>`) can come out in a form that parses into a
    // different tree again, which is what a browser would build. Cleaning until the output is stable makes what is
    // published exactly what was checked; two rounds settle every case the property test has found.
    for _ in 0..3 {
        let again = sanitiser().clean(&clean).to_string();
        if again == clean {
            break;
        }
        clean = again;
    }
    Ok(clean)
}

/// One round of [`sanitise`], for HTML that holds none of the editor's own markup (what pulldown-cmark writes from
/// plain Markdown is well nested, so a second round would change nothing and only double the cost).
pub fn sanitise_once(html: &str) -> Result<String, TooDeep> {
    check_depth(html)?;
    Ok(sanitiser().clean(html).to_string())
}

/// Refuses `html` nested deeper than [`MAX_DEPTH`], as [`sanitise`] does, for markup that needs no cleaning.
pub fn check_depth(html: &str) -> Result<(), TooDeep> {
    if depth(html) > MAX_DEPTH {
        Err(TooDeep)
    } else {
        Ok(())
    }
}

/// The deepest nesting of elements in `html`, counted in one pass over its tags. Elements whose end tag may be left
/// out (`<p>`, `<li>`, table cells …) and void elements are not counted, so an unclosed list of items is not taken
/// for depth; what remains is a lower bound of the parser's stack, and a tight one for deep nesting.
fn depth(html: &str) -> usize {
    const UNCOUNTED: &[&str] = &[
        "area", "base", "br", "caption", "col", "colgroup", "dd", "dt", "embed", "hr", "img",
        "input", "li", "link", "meta", "optgroup", "option", "p", "param", "rb", "rp", "rt", "rtc",
        "source", "tbody", "td", "tfoot", "th", "thead", "tr", "track", "wbr",
    ];
    let (mut now, mut deepest) = (0usize, 0usize);
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let closing = rest.starts_with('/');
        let after = rest.trim_start_matches('/');
        let len = after.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let name = &after[..len];
        if name.is_empty() || UNCOUNTED.iter().any(|u| u.eq_ignore_ascii_case(name)) {
            continue;
        }
        if closing {
            now = now.saturating_sub(1);
        } else {
            now += 1;
            deepest = deepest.max(now);
        }
    }
    deepest
}

/// What the sanitiser removes from one page, as warnings at the line of the page file where it was written.
pub fn check(page: &Page) -> Vec<Diagnostic> {
    let mut found = BTreeSet::new();
    for seg in &page.segments {
        let Segment::Markdown { text, line } = seg else {
            continue;
        };
        let line_at = |byte: usize| line + text[..byte].matches('\n').count();
        let mut block: Option<(usize, String)> = None;
        let opts = pulldown_cmark::Options::ENABLE_TABLES
            | pulldown_cmark::Options::ENABLE_FOOTNOTES
            | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
        for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
            if let Event::Html(h) = &event {
                block
                    .get_or_insert_with(|| (range.start, String::new()))
                    .1
                    .push_str(h);
                continue;
            }
            if let Some((start, html)) = block.take() {
                found.extend(removals(&html, line_at(start)));
            }
            match event {
                Event::InlineHtml(h) => found.extend(removals(&h, line_at(range.start))),
                Event::Start(Tag::Link { dest_url, .. }) if !address_allowed("a", &dest_url) => {
                    found.insert((
                        line_at(range.start),
                        Finding::Address("a".into(), "href".into()),
                    ));
                }
                Event::Start(Tag::Image { dest_url, .. }) if !address_allowed("img", &dest_url) => {
                    found.insert((
                        line_at(range.start),
                        Finding::Address("img".into(), "src".into()),
                    ));
                }
                Event::Start(Tag::Image { dest_url, .. }) if is_foreign(&dest_url) => {
                    found.insert((line_at(range.start), Finding::ForeignImage));
                }
                _ => {}
            }
        }
        if let Some((start, html)) = block {
            found.extend(removals(&html, line_at(start)));
        }
    }
    found
        .into_iter()
        .map(|(line, finding)| finding.warning(page, line))
        .collect()
}

/// One thing the sanitiser takes out, or an image the browser will not load. Names only: element and attribute names
/// are markup, not what the editor wrote in them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Finding {
    Element(String),
    Attribute(String, String),
    Address(String, String),
    /// An image from another host: kept, but the Content-Security-Policy (`img-src 'self'`) stops the browser
    /// from loading it, so the reader would see a broken image.
    ForeignImage,
}

impl Finding {
    fn warning(&self, page: &Page, line: usize) -> Diagnostic {
        let message = match self {
            Finding::Element(tag) => msg!("html-element-removed", tag = shown(tag)),
            Finding::Attribute(tag, attr) => msg!(
                "html-attribute-removed",
                attribute = shown(attr),
                tag = shown(tag)
            ),
            Finding::Address(tag, attr) => msg!(
                "html-address-removed",
                attribute = shown(attr),
                tag = shown(tag)
            ),
            Finding::ForeignImage => msg!("html-foreign-image"),
        };
        Diagnostic::warning(&page.rel, line, 0, message).without_source()
    }
}

/// A tag or attribute name as a message may show it: markup names are short words; anything else is not echoed.
fn shown(name: &str) -> &str {
    let plain = name.len() <= 24
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':');
    if plain { name } else { "…" }
}

/// What the sanitiser would remove from one fragment of raw HTML that starts on `line`, with the line of each.
fn removals(html: &str, line: usize) -> Vec<(usize, Finding)> {
    let sink = Collect::default();
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer
        .sink
        .found
        .take()
        .into_iter()
        .map(|(l, r)| (line + l.saturating_sub(1) as usize, r))
        .collect()
}

/// Reads start tags as a browser's tokenizer does (switching to raw text after `<script>`, `<style>` …, so markup
/// inside them is not mistaken for tags) and records what the policy removes.
#[derive(Default)]
struct Collect {
    found: RefCell<Vec<(u64, Finding)>>,
}

impl TokenSink for Collect {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != TagKind::StartTag {
            return TokenSinkResult::Continue;
        }
        let name: &str = &tag.name;
        let mut found = self.found.borrow_mut();
        if !TAGS.contains(&name) {
            found.push((line, Finding::Element(name.to_string())));
        } else {
            for a in &tag.attrs {
                let attr: &str = &a.name.local;
                if !allowed_attribute(name, attr) {
                    found.push((line, Finding::Attribute(name.into(), attr.into())));
                } else if ADDRESS_ATTRIBUTES.contains(&attr) && !address_allowed(name, &a.value) {
                    found.push((line, Finding::Address(name.into(), attr.into())));
                } else if name == "img" && attr == "src" && is_foreign(&a.value) {
                    found.push((line, Finding::ForeignImage));
                }
            }
        }
        match name {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_what_runs_code_and_keeps_what_a_page_needs() {
        let dirty = concat!(
            "<script>alert(1)</script><img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">j</a><a href=\"java\tscript:alert(1)\">t</a>",
            "<a href=\"data:text/html,x\">d</a><iframe src=\"https://a.cn/\"></iframe>",
            "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://e.cn/\">",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\"><form action=\"https://e.cn/\"><input></form>",
            "<style>body{}</style><img srcset=\"javascript:alert(1) 1x\" src=\"/a.png\" alt=\"a\">",
            "<svg><script>alert(1)</script></svg><p style=\"color:red\" onclick=\"x()\">p</p>",
            "<img src=\"data:image/png;base64,AAAA\" alt=\"d\"><a href=\"mailto:x@a.cn\">m</a>",
        );
        let clean = sanitise(dirty).unwrap();
        for bad in [
            "<script",
            "onerror",
            "javascript",
            "data:",
            "<iframe",
            "<base",
            "<meta",
            "<object",
            "<embed",
            "<form",
            "<input",
            "<style",
            "srcset",
            "<svg",
            "style=",
            "onclick",
        ] {
            assert!(!clean.contains(bad), "{bad} left in {clean}");
        }
        assert!(clean.contains("<img src=\"/a.png\" alt=\"a\">"), "{clean}");
        assert!(clean.contains("<a href=\"mailto:x@a.cn\">m</a>"), "{clean}");
        assert!(!clean.contains("alert"), "{clean}");
    }

    #[test]
    fn keeps_the_allowed_structure() {
        let html = "<h2 id=\"s\">T</h2><table><thead><tr><th scope=\"col\" colspan=\"2\">a</th></tr></thead><tbody><tr><td rowspan=\"2\">1</td></tr></tbody></table><details><summary>s</summary><abbr title=\"t\">A</abbr><sup>1</sup><sub>2</sub></details><figure><img src=\"https://a.cn/x.png\" alt=\"x\"><figcaption>c</figcaption></figure><div class=\"note\"><span class=\"x\">s</span></div><a href=\"../data/#row-1\">r</a><a href=\"tel:+8610\">t</a>";
        assert_eq!(sanitise(html).unwrap(), html);
    }

    #[test]
    fn unclosed_elements_are_closed() {
        assert_eq!(sanitise("<div><p>x").unwrap(), "<div><p>x</p></div>");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "<div>".repeat(MAX_DEPTH + 1);
        assert_eq!(sanitise(&deep), Err(TooDeep));
        let quotes = format!(
            "{}x{}",
            "<blockquote>\n".repeat(300),
            "</blockquote>\n".repeat(300)
        );
        assert_eq!(sanitise(&quotes), Err(TooDeep));
        let siblings = "<div><span>x</span></div><p>a<li>b".repeat(10_000);
        assert!(sanitise(&siblings).is_ok());
        assert!(sanitise(&"<ul><li>x".repeat(200)).is_ok());
    }

    #[test]
    fn addresses() {
        for ok in [
            "/x/",
            "../a.md",
            "#top",
            "https://a.cn/",
            "mailto:a@b.cn",
            "a/b:c",
            "//cdn.example/x",
        ] {
            assert!(address_allowed("a", ok), "{ok}");
        }
        for bad in [
            "javascript:x",
            " JavaScript:x",
            "java\nscript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            assert!(!address_allowed("a", bad), "{bad}");
        }
        assert!(!address_allowed("img", "mailto:a@b.cn"));
        assert!(!address_allowed("img", "data:image/png;base64,AA"));
    }

    fn page(body: &str) -> Page {
        Page {
            rel: "content/a.md".into(),
            kind: super::super::PageKind::Page,
            path: "a/".into(),
            title: "a".into(),
            description: String::new(),
            date: None,
            weight: None,
            template: None,
            segments: vec![Segment::Markdown {
                text: body.into(),
                line: 4,
            }],
            key_figures: Vec::new(),
            parent: None,
            children: Vec::new(),
            lang: "zh-CN".into(),
            alternates: Vec::new(),
            paginate: None,
            doc: None,
            revisions: Vec::new(),
        }
    }

    #[test]
    fn warnings_name_the_line_and_not_the_value() {
        let body = "第一段\n\n<div onclick=\"secret()\">\n<script>steal()</script>\n</div>\n\n文字 <img src=x onerror=\"x13800138000()\"> [链接](javascript:void(0))\n\n`<script>` 在代码中\n";
        let d = check(&page(body));
        let shown: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(d.len(), 4, "{shown:#?}");
        assert!(
            shown[0].starts_with("content/a.md:6: warning: the attribute `onclick` of <div>"),
            "{shown:#?}"
        );
        assert!(
            shown[1].starts_with("content/a.md:7: warning: the HTML element <script>"),
            "{shown:#?}"
        );
        assert!(
            shown[2].starts_with("content/a.md:10: warning: the attribute `onerror` of <img>"),
            "{shown:#?}"
        );
        assert!(
            shown[3].starts_with("content/a.md:10: warning: the address in `href` of <a>"),
            "{shown:#?}"
        );
        for s in &shown {
            assert!(
                !s.contains("secret") && !s.contains("steal") && !s.contains("138"),
                "{s}"
            );
        }
        assert!(d.iter().all(|d| !d.show_source));
    }

    #[test]
    fn images_from_other_sites_are_kept_but_reported() {
        let d = check(&page(
            "<img src=\"https://a.cn/x.png\" alt=\"x\">\n\n![y](//b.cn/y.png) ![z](/z.png)\n",
        ));
        let shown: Vec<String> = d.iter().map(|d| d.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:#?}");
        assert!(
            shown[0].starts_with(
                "content/a.md:4: warning: an image of this page comes from another site"
            )
        );
        assert!(shown[1].starts_with("content/a.md:6: warning: an image of this page"));
        assert!(
            sanitise("<img src=\"https://a.cn/x.png\" alt=\"x\">")
                .unwrap()
                .contains("https://a.cn/x.png")
        );
    }

    const PIECES: &[&str] = &[
        "<",
        ">",
        "/",
        "\"",
        "'",
        "=",
        " ",
        "\n",
        "&#",
        "x",
        "<script>",
        "</script>",
        "<svg>",
        "<math>",
        "<a ",
        "<img ",
        "<div ",
        "<p ",
        "<table>",
        "<td ",
        "<style>",
        "<iframe ",
        "<!--",
        "-->",
        "<![CDATA[",
        "href=",
        "src=",
        "onerror=",
        "onclick=",
        "style=",
        "srcset=",
        "javascript:",
        "java\tscript:",
        "data:",
        "&#106;",
        "https://a.cn/",
        "/x/",
        "class=",
        "id=",
        "<noscript>",
        "<template>",
        "<textarea>",
        "<title>",
        "</",
    ];

    proptest::proptest! {
        /// Whatever goes in, what comes out holds nothing the policy removes: sanitising again changes nothing
        /// and the checker finds nothing to report.
        #[test]
        fn sanitised_output_is_within_the_policy(picks in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let input: String = picks.iter().map(|&i| PIECES[i]).collect();
            let Ok(clean) = sanitise(&input) else {
                return Ok(());
            };
            let left: Vec<_> = removals(&clean, 1)
                .into_iter()
                .filter(|(_, f)| !matches!(f, Finding::ForeignImage))
                .collect();
            proptest::prop_assert!(left.is_empty(), "{input:?} -> {clean:?}: {left:?}");
            proptest::prop_assert_eq!(sanitise(&clean), Ok(clean.clone()));
        }
    }

    #[test]
    fn allowed_html_gives_no_warning() {
        let body = "<details><summary>说明</summary>\n<p>见 <abbr title=\"最低生活保障\">低保</abbr>。</p>\n</details>\n\n[数据](/data/) <a href=\"https://www.gov.cn/\">政府网</a>\n";
        assert!(check(&page(body)).is_empty());
    }
}
