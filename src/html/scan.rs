//! Markup as the privacy scan must read it: every piece of text a reader, a screen reader, a crawler or a script
//! could take from the file, in views the detectors search one at a time.
//!
//! - **Prose**: the visible text, joined across inline elements and comments (`138<kbd>0013</kbd>8000` is one
//!   number), with a hard stop ([`BOUNDARY`]) at every block (`<td>150</td><td>2020-07-11</td>` are two figures)
//!   and a line break for `<br>`. Hidden text is left out, so a hidden decoy digit cannot cut a number.
//! - **Hidden**: the text of each hidden element (and `<template>`) on its own, and the prose around it with the
//!   hidden text put back in (what a program reading the page's text gets).
//! - **Attributes**: every attribute value (links, `alt`, `title`, `aria-label`, `content`, `data-*` …), each on
//!   its own; again with percent escapes and script or style escapes decoded when it has them.
//! - **Code**: scripts and styles, as written and with their escapes decoded, and comments.
//!
//! Character references are decoded by the tokenizer, as in a browser. Each view keeps the source line of its
//! text, so a finding can be reported by file and line without showing what was found.

#[cfg(test)]
use super::Dialect;
use super::escapes::{
    decode_css, decode_js, decode_percent, decode_punycode, has_percent_escape, script_strings,
};
use super::{Event, Layout, Raw, Reading, State, Visitor, walk};

/// Stands between pieces of text that must never be read as one: the detectors treat it as neither space,
/// separator nor word.
pub const BOUNDARY: char = '\u{1}';

/// One way of reading a file, and where each part of it came from.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct View {
    pub text: String,
    /// (offset in `text`, source line at that offset), in order.
    lines: Vec<(usize, usize)>,
}

impl View {
    /// Text read as it stands, from line 1.
    pub fn from_text(text: String) -> View {
        View {
            text,
            lines: vec![(0, 1)],
        }
    }

    /// The source line of the text at byte `at` of the view.
    pub fn line_at(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let i = self.lines.partition_point(|&(o, _)| o <= at);
        let Some(&(from, line)) = i.checked_sub(1).and_then(|i| self.lines.get(i)) else {
            return 0;
        };
        let from = from.min(at);
        line + self.text.as_bytes()[from..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    /// Text that starts on `line` of the source.
    fn push(&mut self, text: &str, line: usize) {
        if self.lines.last().is_none_or(|&(_, l)| l != line) || text.contains('\n') {
            self.lines.push((self.text.len(), line));
        }
        self.text.push_str(text);
    }

    fn boundary(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(BOUNDARY) {
            self.text.push(BOUNDARY);
        }
    }

    /// A line break that is not in the source (`<br>`): the lines after it are counted afresh.
    fn line_break(&mut self, line: usize) {
        self.text.push('\n');
        self.lines.push((self.text.len(), line));
    }

    fn has_text(&self) -> bool {
        self.text
            .chars()
            .any(|c| c != BOUNDARY && !c.is_whitespace())
    }
}

/// The views of a markup file, each worth searching (empty ones left out).
pub fn views(markup: &str, reading: Reading<'_>) -> Vec<View> {
    let mut s = Scan::default();
    walk(markup, reading, &mut s);
    let with_hidden = s.with_hidden();
    let Scan {
        prose,
        hidden,
        attributes,
        code,
        ..
    } = s;
    let mut out = Vec::with_capacity(5);
    if prose.text.contains('%') && has_percent_escape(&prose.text) {
        let decoded = decode_percent(&prose.text).into_owned();
        out.push(View {
            text: decoded,
            lines: vec![(0, 1)],
        });
    }
    out.insert(0, prose);
    if hidden.has_text() {
        out.push(hidden);
        out.push(with_hidden);
    }
    out.extend([attributes, code].into_iter().filter(View::has_text));
    out
}

#[derive(Default)]
struct Scan {
    prose: View,
    hidden: View,
    /// Hidden text by where it stands in the prose: (offset in the prose, its text with block stops, line).
    inserted: Vec<(usize, String, usize)>,
    attributes: View,
    code: View,
    /// The content of the script or style being read, and the line it started on.
    raw: String,
    raw_line: usize,
    /// Elements that set a direction and are open: name, closing control, and how many of that name are open
    /// inside it.
    directions: Vec<(String, char, usize)>,
    /// The open lists, innermost last.
    lists: Vec<List>,
}

/// An open list: whether it numbers its items (`<ol>`), the number of its last item, and whether the markup set a
/// number (`<ol start>`, `<li value>`). Only then is a marker read: a browser shows it before the item's text
/// (`<ol start="1380013"><li>8000` shows 1380013. 8000), while a list numbered from 1 shows only small numbers.
struct List {
    ordered: bool,
    last: i64,
    numbered: bool,
}

/// An integer attribute as browsers parse `start` and `value`: a sign and leading digits.
fn list_number(attrs: &[super::Attribute], name: &str) -> Option<i64> {
    let value = &attrs.iter().find(|a| &*a.name.local == name)?.value;
    let v = value.trim_start();
    let (sign, digits) = match v.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, v.strip_prefix('+').unwrap_or(v)),
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end]
        .parse::<i32>()
        .ok()
        .map(|n| sign * i64::from(n))
}

impl Scan {
    fn attribute(&mut self, name: &str, value: &str, line: usize) {
        if name.bytes().any(|b| b.is_ascii_digit()) {
            self.attributes.push(name, line);
            self.attributes.boundary();
        }
        if value.is_empty() {
            return;
        }
        self.attributes.push(value, line);
        self.attributes.boundary();
        if value.contains('%') && has_percent_escape(value) {
            let decoded = decode_percent(value);
            self.attributes.push(&decoded, line);
            self.attributes.boundary();
        }
        if let Some(decoded) = decode_punycode(value) {
            self.attributes.push(&decoded, line);
            self.attributes.boundary();
        }
        if value.contains('\\') {
            for decoded in [decode_js(value), decode_css(value)] {
                self.attributes.push(&decoded, line);
                self.attributes.boundary();
            }
        }
        if name == "srcdoc" {
            // A frame's whole document, written into an attribute.
            for view in views(value, Reading::default()) {
                self.attributes.push(&view.text, line);
                self.attributes.boundary();
            }
        }
    }

    fn end_raw(&mut self, raw: Raw) {
        if self.raw.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.raw);
        self.code.push(&text, self.raw_line);
        self.code.boundary();
        let decoded = match raw {
            Raw::Script => decode_js(&text),
            Raw::Style => decode_css(&text),
            Raw::Other => return,
        };
        if decoded != text {
            self.code.push(&decoded, self.raw_line);
            self.code.boundary();
        }
        if let Some(built) = matches!(raw, Raw::Script)
            .then(|| script_strings(&text))
            .flatten()
        {
            self.code.push(&built, self.raw_line);
            self.code.boundary();
        }
    }
}

impl Visitor for Scan {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        let unseen = state.hidden || state.template;
        match event {
            Event::Text(text) => {
                if state.raw.is_some() {
                    if self.raw.is_empty() {
                        self.raw_line = state.line.saturating_sub(newlines(text));
                    }
                    self.raw.push_str(text);
                    return;
                }
                let line = state.line.saturating_sub(newlines(text));
                if unseen {
                    self.hidden.push(text, line);
                    self.insert(text, line);
                } else {
                    self.prose.push(text, line);
                }
            }
            Event::Comment(text) => {
                self.code
                    .push(text, state.line.saturating_sub(newlines(text)));
                self.code.boundary();
            }
            Event::Start {
                name,
                attrs,
                layout,
                hides,
            } => {
                if name.bytes().any(|b| b.is_ascii_digit())
                    && !(name.len() == 2 && name.starts_with('h'))
                {
                    self.attributes.push(name, state.line);
                    self.attributes.boundary();
                }
                for a in attrs {
                    self.attribute(&a.name.local, &a.value, state.line);
                }
                self.layout(layout, hides, unseen, state.line);
                self.list_start(name, attrs, unseen || hides, state.line);
                if let Some((opening, closing)) = super::elements::direction(name, attrs) {
                    if !unseen {
                        self.prose
                            .push(opening.encode_utf8(&mut [0; 4]), state.line);
                    }
                    self.directions.push((name.to_string(), closing, 0));
                } else if let Some(open) = self.directions.last_mut().filter(|d| d.0 == name) {
                    open.2 += 1;
                }
            }
            Event::End {
                name,
                layout,
                hides,
                ..
            } => {
                if let Some(raw) = state.raw {
                    self.end_raw(raw);
                }
                if let Some(open) = self.directions.last_mut().filter(|d| d.0 == name) {
                    if open.2 == 0 {
                        let closing = open.1;
                        self.directions.pop();
                        if !unseen {
                            self.prose
                                .push(closing.encode_utf8(&mut [0; 4]), state.line);
                        }
                    } else {
                        open.2 -= 1;
                    }
                }
                if matches!(name, "ol" | "ul" | "menu") {
                    self.lists.pop();
                }
                // A line break is one, however it is written (`<br>`, `<br/>`, `</br>`).
                if layout != Layout::Break {
                    self.layout(layout, hides, unseen, state.line);
                }
            }
        }
    }
}

impl Scan {
    /// A list opening, or an item's marker when its list is numbered by the markup.
    fn list_start(&mut self, name: &str, attrs: &[super::Attribute], unseen: bool, line: usize) {
        match name {
            "ol" | "ul" | "menu" => {
                let start = (name == "ol")
                    .then(|| list_number(attrs, "start"))
                    .flatten();
                self.lists.push(List {
                    ordered: name == "ol",
                    last: start.map_or(0, |n| n - 1),
                    numbered: start.is_some(),
                });
            }
            "li" if !unseen => {
                let value = list_number(attrs, "value");
                let Some(list) = self.lists.last_mut().filter(|l| l.ordered) else {
                    return;
                };
                list.last = value.unwrap_or(list.last.saturating_add(1));
                list.numbered |= value.is_some();
                if list.numbered {
                    let marker = format!("{}. ", list.last);
                    self.prose.push(&marker, line);
                }
            }
            _ => {}
        }
    }

    /// What an element's start or end does to the views.
    fn layout(&mut self, layout: Layout, hides: bool, unseen: bool, line: usize) {
        if hides || (unseen && layout != Layout::Inline) {
            self.hidden.boundary();
        }
        match layout {
            Layout::Inline => {}
            Layout::Block if unseen => self.insert(&BOUNDARY.to_string(), line),
            Layout::Block => self.prose.boundary(),
            Layout::Break if unseen => self.insert("\n", line),
            Layout::Break => self.prose.line_break(line),
        }
    }

    /// Hidden text (or a stop inside it) at the current end of the prose.
    fn insert(&mut self, text: &str, line: usize) {
        let at = self.prose.text.len();
        match self.inserted.last_mut() {
            Some((pos, t, _)) if *pos == at => t.push_str(text),
            _ => self.inserted.push((at, text.to_string(), line)),
        }
    }

    /// The prose with the hidden text put back where it stood, as a program reading the page's text gets it. Only
    /// the stretches around hidden text are made, [`CONTEXT`] characters on each side of every place where hidden
    /// and shown text meet (every personal value and the context words before it are far shorter), so a page whose
    /// only hidden text is a button label is not searched twice; of a long hidden text only its ends are put back,
    /// since its middle, read on its own in the hidden view, meets nothing shown. Characters that may fold to
    /// nothing (zero-width and other invisible characters, combining marks, controls) are not counted, so a number
    /// padded with them still lies whole inside its stretch.
    fn with_hidden(&self) -> View {
        let prose = &self.prose.text;
        let mut out = View::default();
        let mut i = 0;
        while i < self.inserted.len() {
            let mut j = i + 1;
            while j < self.inserted.len()
                && prose[self.inserted[j - 1].0..self.inserted[j].0]
                    .chars()
                    .filter(|&c| counted(c))
                    .nth(2 * CONTEXT)
                    .is_none()
            {
                j += 1;
            }
            let group = &self.inserted[i..j];
            let mut from = back(prose, group[0].0, CONTEXT);
            for (at, text, line) in group {
                out.push(&prose[from..*at], *line);
                let head = forward(text, 0, CONTEXT);
                let tail = back(text, text.len(), CONTEXT);
                if head < tail {
                    out.push(&text[..head], *line);
                    out.push(BOUNDARY.encode_utf8(&mut [0; 4]), *line);
                    out.push(&text[tail..], *line);
                } else {
                    out.push(text, *line);
                }
                from = *at;
            }
            let end = forward(prose, group[group.len() - 1].0, CONTEXT);
            out.push(&prose[from..end], group[group.len() - 1].2);
            out.boundary();
            i = j;
        }
        out
    }
}

/// Characters on each side of hidden text that [`Scan::with_hidden`] reads with it.
const CONTEXT: usize = 64;

/// A character that surely stands for something once folded, counted towards [`CONTEXT`].
fn counted(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_graphic() || c == ' ';
    }
    // The common ideographs before the Unicode tables, which cost far more.
    ('\u{3400}'..='\u{9FFF}').contains(&c) || c.is_alphanumeric()
}

/// The byte offset `n` counted characters before byte `at` of `s` (a character boundary), or 0.
fn back(s: &str, at: usize, n: usize) -> usize {
    let mut left = n;
    for (i, c) in s[..at].char_indices().rev() {
        if counted(c) {
            left -= 1;
            if left == 0 {
                return i;
            }
        }
    }
    0
}

/// The byte offset `n` counted characters after byte `at` of `s` (a character boundary), or its end.
fn forward(s: &str, at: usize, n: usize) -> usize {
    let mut left = n;
    for (i, c) in s[at..].char_indices() {
        if counted(c) {
            left -= 1;
            if left == 0 {
                return at + i + c.len_utf8();
            }
        }
    }
    s.len()
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Vec<String> {
        views(html, Reading::default())
            .into_iter()
            .map(|v| v.text.replace(BOUNDARY, "|"))
            .collect()
    }

    fn prose(html: &str) -> String {
        read(html).swap_remove(0)
    }

    #[test]
    fn directions_are_marked_around_their_text() {
        assert_eq!(
            prose("a<bdo dir=rtl>000831</bdo>b"),
            "a\u{202E}000831\u{202C}b"
        );
        assert_eq!(
            prose("<bdo dir=ltr>x<bdo dir=rtl>12</bdo>y</bdo>"),
            "\u{202D}x\u{202E}12\u{202C}y\u{202C}"
        );
        assert_eq!(
            prose("<span dir=rtl>a<span>b</span>c</span>d"),
            "\u{2067}abc\u{2069}d"
        );
        assert_eq!(prose("<span>a</span>"), "a");
    }

    #[test]
    fn list_markers_set_by_the_markup_are_read_before_their_items() {
        assert_eq!(
            prose("<ol start=\"1380013\"><li>8000<li>1</ol>"),
            "1380013. 8000|1380014. 1|"
        );
        assert_eq!(
            prose("<ol><li>a<li value=-7x>b<li>c</ol>"),
            "a|-7. b|-6. c|"
        );
        // A list numbered from 1 by the browser, a list of bullets and a hidden item show no number read here.
        assert_eq!(prose("<ol><li>a</ol><ul><li value=5>b</ul>"), "a|b|");
        // A hidden item has no marker and counts for none (CSS counts no element that is not displayed).
        assert_eq!(prose("<ol start=3><li hidden>a</li><li>b</ol>"), "3. b|");
    }

    #[test]
    fn character_references_of_every_form_are_decoded() {
        assert_eq!(
            prose("<p>&#0000000049;&#51&#x38;&commat;&amp</p>"),
            "138@&|"
        );
        assert_eq!(prose("<p>1&shy;38</p>"), "1\u{AD}38|");
    }

    #[test]
    fn inline_elements_and_comments_join_a_number() {
        for split in [
            "<kbd>0013</kbd>",
            "<label>0013</label>",
            "<bdi>0013</bdi>",
            "<ruby>0013</ruby>",
            "<q>0013</q>",
            "<font color=red>0013</font>",
            "<span>0013</span>",
            "<b>0013</b>",
            "0<wbr>013",
            "00<!-- x -->13",
            "<my-digits>0013</my-digits>",
            "<a href=/x/>00</a><em>13</em>",
        ] {
            let html = format!("<p>电话138{split}8000</p>");
            assert_eq!(prose(&html), "电话13800138000|", "{html}");
        }
    }

    #[test]
    fn a_hidden_decoy_is_left_out_of_the_prose_and_read_on_its_own() {
        for decoy in [
            "<span style=\"display:none\">9</span>",
            "<span hidden>9</span>",
            "<i style='font-size:0'>9</i>",
            "<ruby><rp>9</rp></ruby>",
        ] {
            let html = format!("<p>电话138{decoy}00138000</p>");
            let v = read(&html);
            assert_eq!(v[0], "电话13800138000|", "{html}");
            assert_eq!(v[1], "9|", "{html}");
            assert_eq!(v[2], "电话138900138000|", "{html}");
        }
    }

    #[test]
    fn text_hidden_in_two_places_is_put_back_in_both() {
        let far = "很".repeat(200);
        let v = read(&format!(
            "<p><button hidden>大字</button>{far}电话138<i hidden>00</i>13<i hidden>8000</i>。{far}</p>"
        ));
        assert_eq!(v[1], "大字|00|8000|");
        assert!(v[2].starts_with("大字很"), "{}", v[2]);
        assert!(
            v[2].contains("|很很") && v[2].contains("电话13800138000。很"),
            "{}",
            v[2]
        );
    }

    #[test]
    fn hidden_text_meets_shown_text_however_a_number_is_padded() {
        let zw = "\u{200B}".repeat(8);
        let padded: String = "1380013800".chars().map(|c| format!("{c}{zw}")).collect();
        let v = read(&format!("<p>电话{padded}<i hidden>0</i>。</p>"));
        assert!(
            v[2].replace('\u{200B}', "").contains("电话13800138000。"),
            "{}",
            v[2].replace('\u{200B}', "")
        );
        let long = "很".repeat(300);
        let v = read(&format!("<p>电话138<i hidden>00{long}13</i>8000</p>"));
        assert!(v[1].contains(&long));
        assert!(v[2].starts_with("电话13800很"), "{}", v[2]);
        assert!(v[2].ends_with("很138000|"), "{}", v[2]);
        assert!(v[2].chars().count() < 160, "{}", v[2].chars().count());
    }

    #[test]
    fn theme_classes_that_hide_are_hidden() {
        let classes = ["gone".to_string()];
        let reading = Reading {
            hidden_classes: &classes,
            ..Reading::default()
        };
        let v = views("<p>138<span class='a gone'>9</span>00138000</p>", reading);
        assert_eq!(v[0].text, "13800138000\u{1}");
    }

    #[test]
    fn blocks_are_never_joined() {
        assert_eq!(
            prose("<table><tr><td>150</td><td>2020-07-11</td></tr></table>"),
            "150|2020-07-11|"
        );
        assert_eq!(prose("<ul><li>138<li>00138000</ul>"), "138|00138000|");
        assert_eq!(prose("<p>138<p>00138000"), "138|00138000|");
        assert_eq!(prose("<div>138</div>00138000"), "138|00138000");
        assert_eq!(prose("<p>138<br>0013 8000</p>"), "138\n0013 8000|");
    }

    #[test]
    fn svg_text_is_one_string_and_separate_labels_stay_apart() {
        let svg = |body: &str| {
            views(
                &format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{body}</svg>"),
                Reading {
                    dialect: Dialect::Xml,
                    ..Reading::default()
                },
            )
            .swap_remove(0)
            .text
            .replace(BOUNDARY, "|")
        };
        for split in [
            "138<kbd>0013</kbd>8000",
            "<label>13800</label>138000",
            "138001<bdi>38000</bdi>",
            "<font color=\"red\">1380</font>0138000",
            "138<ruby>0013<rt></rt></ruby>8000",
            "138<q>0013</q>8000",
            "1380<wbr>0138<wbr>000",
            "<span>1</span><span>3</span><span>8</span>00138000",
        ] {
            assert_eq!(
                svg(&format!("<text><tspan>{split}</tspan></text>")),
                "13800138000|",
                "{split}"
            );
        }
        assert_eq!(svg("<title>a<span>@</span>b</title>"), "a@b|");
        assert_eq!(
            svg("<g><text>150</text><text>2020</text></g><desc>x</desc><rect/><text>1</text>"),
            "150|2020|x|1|"
        );
    }

    #[test]
    fn attributes_are_read_decoded() {
        let v = read(
            "<a href=\"tel:%31%33%38\" title='&#49;38' data-x=\"\\u0031\\x33\">x</a><img alt=138>",
        );
        assert_eq!(v[0], "x");
        assert_eq!(
            v[1],
            "tel:%31%33%38|tel:138|138|\\u0031\\x33|13|u0031x33|138|"
        );
    }

    #[test]
    fn scripts_styles_and_comments_are_read_with_escapes_decoded() {
        let v = read(
            "<p>a</p><script>var t = '\\u0031\\u{33}\\x38'; if (a<b) {}</script><style>p::after{content:'\\31 \\33 8'}</style><!-- 138 -->",
        );
        assert_eq!(v[0], "a|");
        assert_eq!(
            v[1],
            "var t = '\\u0031\\u{33}\\x38'; if (a<b) {}|var t = '138'; if (a<b) {}|p::after{content:'\\31 \\33 8'}|p::after{content:'138'}| 138 |"
        );
    }

    #[test]
    fn lines_are_those_of_the_source() {
        let html = "<p>a</p>\n<p>b\nc 138</p>\n<img\n alt='d'>";
        let v = views(html, Reading::default());
        let at = v[0].text.find("138").unwrap_or(0);
        assert_eq!(v[0].line_at(at), 3);
        assert_eq!(v[1].line_at(v[1].text.find('d').unwrap_or(0)), 5);
    }
}
