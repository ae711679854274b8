//! What a markup file's own CSS (its `style` attributes and `<style>` elements) does to where its text is shown.
//! A page can write `8000`, `0013`, `138` and show `138 0013 8000`: a flex row reversed (`flex-direction:
//! row-reverse`, or `direction: rtl` on a flex row), boxes sorted by `order`, floats to the right (the first is
//! drawn rightmost), grid items placed by line number. Those are read here in the order they are shown, as one
//! more view for the detectors. What the scan cannot follow is refused rather than guessed, when the element holds
//! letters or digits: a box placed by position or transform, a named grid area, a vertical writing mode, and a rule
//! that hides or moves only some of the elements its subject names (`span:nth-child(2)`, `p > span`,
//! `[data-x="1"]`), since reading the text both with and without such a rule is not enough. Rules that pick
//! exactly the elements they name (`.d`, `span.d`, `[data-x]`, inside `@media` too) are given to the reader as
//! hiding, so their text is read both left out and put back.
//!
//! The published theme's style sheets are not read here: the theme is the site's own design, read for the classes
//! it hides ([`super::hidden_classes`]).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::css::rules;
use super::elements::{style_hides, style_may_hide};
use super::escapes::decode_css;
use super::scan::{BOUNDARY, View};
use super::selector::{Selector, selector};
use super::{Attribute, Dialect, Event, Layout, Raw, Reading, State, Visitor, walk};

/// A markup file read for its own CSS.
#[derive(Debug, Default)]
pub struct OwnStyle {
    /// Entries for [`Reading::hidden_classes`]: `?` and a selector its own rules hide with (see
    /// [`super::elements::hides`]).
    pub hidden: Vec<String>,
    /// The text in the order the CSS shows it, when that is another order than the markup's.
    pub shown: Option<View>,
    /// The line of the first element holding letters or digits whose place or visibility the scan cannot follow.
    pub unfollowed: Option<usize>,
}

/// `None` when `markup` carries no CSS of its own (every generated page: the theme's styles are in files).
pub fn own_style(markup: &str, dialect: Dialect, hidden_classes: &[String]) -> Option<OwnStyle> {
    if !carries_style(markup) {
        return None;
    }
    let reading = |hidden_classes| Reading {
        dialect,
        hidden_classes,
    };
    let mut sheets = Sheets::default();
    walk(markup, reading(hidden_classes), &mut sheets);
    let mut rules_read = Vec::new();
    let mut hidden = Vec::new();
    for (selectors, body) in rules(&sheets.css) {
        let (effect, set) = effect_and_set(&body);
        let sight = Sight {
            hides: style_hides(&body),
            may_hide: style_may_hide(&body),
        };
        for one in selectors.split(',') {
            let pick = selector(one);
            if (sight.hides || sight.may_hide) && matches!(pick, Selector::Exact(_)) {
                hidden.push(format!("?{}", one.trim()));
            }
            rules_read.push(Rule {
                pick,
                effect,
                set,
                sight,
            });
        }
    }
    let mut all = hidden_classes.to_vec();
    all.extend(hidden.iter().cloned());
    let mut boxes = Boxes {
        rules: &rules_read,
        hiding: super::elements::Hiding::new(hidden_classes),
        frames: Vec::new(),
        root: Vec::new(),
        moved: false,
        unfollowed: None,
    };
    walk(markup, reading(&all), &mut boxes);
    let root = std::mem::take(&mut boxes.root);
    let (all, seen, moved) = arrange(&Effect::default(), root);
    Some(OwnStyle {
        hidden,
        shown: (boxes.moved || moved).then(|| View::from_text(format!("{all}{BOUNDARY}{seen}"))),
        unfollowed: boxes.unfollowed,
    })
}

/// Whether the markup has a `style` attribute or element at all (in any case, as HTML allows).
fn carries_style(markup: &str) -> bool {
    static STYLE: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["style"])
            .ok()
    });
    let Some(ac) = &*STYLE else {
        return true;
    };
    let bytes = markup.as_bytes();
    ac.find_iter(markup).any(|m| {
        let before = m.start().checked_sub(1).map(|b| bytes[b]);
        let after = bytes[m.end()..].iter().find(|b| !b.is_ascii_whitespace());
        before == Some(b'<') || after == Some(&b'=')
    })
}

/// Whether a rule's declarations take its elements out of sight, or may.
#[derive(Debug, Clone, Copy)]
struct Sight {
    hides: bool,
    may_hide: bool,
}

struct Rule {
    pick: Selector,
    effect: Effect,
    set: Set,
    sight: Sight,
}

/// The text of every `<style>` element.
#[derive(Default)]
struct Sheets {
    css: String,
}

impl Visitor for Sheets {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        match event {
            Event::Text(text) if state.raw == Some(Raw::Style) => self.css.push_str(text),
            // Each element is a sheet of its own: a block one leaves open ends with it.
            Event::End { name: "style", .. } => self.css.push_str("}}}}\n"),
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// What declarations do to a box's place.
#[derive(Debug, Clone, Copy, Default)]
struct Effect {
    flex: bool,
    grid: bool,
    column: bool,
    reverse: bool,
    rtl: bool,
    order: Option<i32>,
    float: Option<Side>,
    row: Option<i32>,
    col: Option<i32>,
    /// Placed where the scan cannot tell (a position, a transform, a named area, a vertical writing mode).
    unfollowed: bool,
    /// May take the box or its text out of sight, or move it.
    takes_out: bool,
}

impl Effect {
    /// Later declarations over earlier ones, as the cascade does for rules of one origin in document order.
    fn apply(&mut self, later: &Effect, set: &Set) {
        macro_rules! take {
            ($($f:ident),*) => { $( if set.$f { self.$f = later.$f; } )* };
        }
        take!(flex, grid, column, reverse, rtl, order, float, row, col);
        self.unfollowed |= later.unfollowed;
        self.takes_out |= later.takes_out;
    }
}

/// Which fields of an [`Effect`] a declaration block sets.
#[derive(Debug, Clone, Copy, Default)]
struct Set {
    flex: bool,
    grid: bool,
    column: bool,
    reverse: bool,
    rtl: bool,
    order: bool,
    float: bool,
    row: bool,
    col: bool,
}

/// Whether a declaration can take text out of sight or move it, read for a rule the scan cannot match exactly:
/// such a rule is refused where its subject holds text. Looks that hide nothing (a zebra stripe's background, a
/// column's width, `flex: 1`) pass.
fn takes_out(prop: &str, value: &str) -> bool {
    let number = || {
        value
            .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%')
            .parse::<f64>()
            .ok()
    };
    let zero = || number().is_some_and(|n| n.abs() < 2.0);
    match prop {
        "display" => value == "none",
        "visibility" => value != "visible",
        "content-visibility" => value == "hidden",
        "opacity" => number().is_none_or(|n| n < 0.5),
        "color" | "-webkit-text-fill-color" => {
            value.contains("transparent") || value.starts_with("rgba") || value.starts_with("hsla")
        }
        "font-size" | "width" | "height" | "max-width" | "max-height" | "line-height" => zero(),
        "text-indent" | "letter-spacing" | "word-spacing" => value.contains('-'),
        "clip" | "clip-path" | "mask" | "mask-image" | "filter" | "-webkit-mask" => value != "none",
        "transform" | "translate" | "rotate" | "scale" | "position" => {
            value != "none" && value != "static"
        }
        "order" => value != "0",
        "float" => value != "none",
        "flex-direction" | "flex-flow" => value.contains("reverse") || value.contains("column"),
        "direction" => value == "rtl",
        "unicode-bidi" => value != "normal",
        "writing-mode" => !value.starts_with("horizontal"),
        _ => {
            prop.starts_with("grid-row")
                || prop.starts_with("grid-column")
                || prop == "grid-area"
                || (prop.starts_with("margin") && value.contains('-'))
        }
    }
}

fn effect_and_set(declarations: &str) -> (Effect, Set) {
    let mut e = Effect::default();
    let mut set = Set::default();
    let mut positioned = false;
    let mut offset = false;
    let decls = decode_css(declarations).to_ascii_lowercase();
    let int = |v: &str| {
        v.split(['/', ' '])
            .find(|w| !w.is_empty())
            .and_then(|w| w.parse::<i32>().ok())
    };
    for decl in decls.split(';') {
        let Some((prop, value)) = decl.split_once(':') else {
            continue;
        };
        let prop = prop.trim();
        let value = value.replace("!important", "");
        let value = value.trim();
        e.takes_out |= takes_out(prop, value);
        match prop {
            "display" => {
                (e.flex, e.grid) = (value.contains("flex"), value.contains("grid"));
                (set.flex, set.grid) = (true, true);
            }
            "flex-direction" | "flex-flow" => {
                (e.column, e.reverse) = (value.contains("column"), value.contains("reverse"));
                (set.column, set.reverse) = (true, true);
            }
            "direction" => {
                e.rtl = value == "rtl";
                set.rtl = true;
            }
            // Characters shown in reverse order (`unicode-bidi: bidi-override` with `direction: rtl`): not followed.
            "unicode-bidi" if value.contains("override") => e.unfollowed = true,
            "order" => {
                set.order = true;
                match value.parse::<i32>() {
                    Ok(n) => e.order = Some(n),
                    Err(_) => e.unfollowed = true,
                }
            }
            "float" => {
                set.float = true;
                e.float = match value {
                    "left" | "inline-start" => Some(Side::Left),
                    "right" | "inline-end" => Some(Side::Right),
                    "none" | "" => None,
                    _ => {
                        e.unfollowed = true;
                        None
                    }
                };
            }
            "grid-row" | "grid-row-start" | "grid-column" | "grid-column-start" => {
                let n = int(value);
                if n.is_none() && value != "auto" {
                    e.unfollowed = true;
                }
                if prop.starts_with("grid-row") {
                    (e.row, set.row) = (n, true);
                } else {
                    (e.col, set.col) = (n, true);
                }
            }
            "grid-area" => {
                let mut parts = value.split('/').map(str::trim);
                let (r, c) = (parts.next().and_then(int), parts.next().and_then(int));
                if r.is_none() && value != "auto" {
                    e.unfollowed = true;
                }
                (e.row, e.col, set.row, set.col) = (r, c, true, true);
            }
            "grid-template-areas" | "grid-template" => e.unfollowed |= value.contains(['"', '\'']),
            "grid-auto-flow" => e.unfollowed |= value.contains("column") || value.contains("dense"),
            "writing-mode" => e.unfollowed |= !value.starts_with("horizontal"),
            "position" => {
                positioned = matches!(value, "absolute" | "fixed" | "relative" | "sticky")
            }
            "left" | "right" | "top" | "bottom" | "inset" | "inset-inline"
            | "inset-inline-start" | "inset-inline-end" => {
                offset |= value.chars().any(|c| c.is_ascii_digit() && c != '0');
            }
            "transform" | "translate" | "rotate" | "scale" => e.unfollowed |= value != "none",
            _ if prop.starts_with("margin") => {
                // A negative margin pulls a box over its neighbour.
                e.unfollowed |= value.contains('-');
            }
            _ => {}
        }
    }
    e.unfollowed |= positioned && offset
        || decls.contains("position:absolute")
        || decls.contains("position:fixed");
    (e, set)
}

/// One box's content so far.
struct Frame {
    effect: Effect,
    items: Vec<Item>,
    block: bool,
    unfollowed: bool,
    /// Out of sight (`display: none`, `hidden`, a hiding class), or may be (`color: transparent`).
    hidden: bool,
    may_hide: bool,
}

/// A piece of a box's content: a run of text, or a child box already arranged; `seen` without what may be out of
/// sight.
struct Item {
    all: String,
    seen: String,
    order: i32,
    float: Option<Side>,
    cell: (i32, i32),
    block: bool,
    /// A child box, not a run of text.
    boxed: bool,
}

impl Item {
    fn text(all: &str, seen: &str) -> Item {
        Item {
            all: all.to_string(),
            seen: seen.to_string(),
            order: 0,
            float: None,
            cell: (i32::MAX, i32::MAX),
            block: false,
            boxed: false,
        }
    }
}

struct Boxes<'r> {
    rules: &'r [Rule],
    hiding: super::elements::Hiding<'r>,
    frames: Vec<Frame>,
    root: Vec<Item>,
    moved: bool,
    unfollowed: Option<usize>,
}

impl Boxes<'_> {
    fn items(&mut self) -> &mut Vec<Item> {
        match self.frames.last_mut() {
            Some(f) => &mut f.items,
            None => &mut self.root,
        }
    }

    fn push_text(&mut self, text: &str) {
        let seen = if self.frames.iter().any(|f| f.may_hide) {
            ""
        } else {
            text
        };
        let items = self.items();
        match items.last_mut() {
            Some(last) if !last.boxed => {
                last.all.push_str(text);
                last.seen.push_str(seen);
            }
            _ => items.push(Item::text(text, seen)),
        }
    }
}

impl Visitor for Boxes<'_> {
    fn visit(&mut self, event: Event<'_>, state: &State) {
        match event {
            Event::Start {
                layout: Layout::Break,
                ..
            } => self.push_text("\n"),
            Event::Start {
                name,
                attrs,
                layout,
                ..
            } => {
                let mut effect = Effect::default();
                let mut unfollowed = false;
                // Hidden as the reader takes it, but by the inline style only where it surely hides (below).
                let unstyled: Vec<Attribute> = attrs
                    .iter()
                    .filter(|a| &*a.name.local != "style")
                    .cloned()
                    .collect();
                let mut hidden = self.frames.last().is_some_and(|f| f.hidden)
                    || super::elements::hides(name, &unstyled, &self.hiding);
                let mut may_hide = false;
                for r in self.rules {
                    match &r.pick {
                        Selector::Exact(c) if c.matches(name, attrs) => {
                            effect.apply(&r.effect, &r.set);
                            hidden |= r.sight.hides;
                            may_hide |= r.sight.may_hide;
                        }
                        Selector::Some(c)
                            if (r.effect.takes_out || r.effect.unfollowed)
                                && c.matches(name, attrs) =>
                        {
                            unfollowed = true;
                        }
                        _ => {}
                    }
                }
                for a in attrs {
                    match &*a.name.local {
                        "style" => {
                            let (e, set) = effect_and_set(&a.value);
                            effect.apply(&e, &set);
                            hidden |= style_hides(&a.value);
                            may_hide |= style_may_hide(&a.value);
                        }
                        "dir" => effect.rtl = a.value.trim().eq_ignore_ascii_case("rtl"),
                        _ => {}
                    }
                }
                unfollowed |= effect.unfollowed;
                self.frames.push(Frame {
                    effect,
                    items: Vec::new(),
                    block: layout == Layout::Block,
                    unfollowed,
                    hidden,
                    may_hide,
                });
            }
            Event::End {
                layout: Layout::Break,
                ..
            } => {}
            Event::End { .. } => {
                let Some(frame) = self.frames.pop() else {
                    return;
                };
                let (all, seen, moved) = arrange(&frame.effect, frame.items);
                self.moved |= moved;
                let e = frame.effect;
                self.items().push(Item {
                    all,
                    seen,
                    order: e.order.unwrap_or(0),
                    float: e.float,
                    cell: (e.row.unwrap_or(i32::MAX), e.col.unwrap_or(i32::MAX)),
                    block: frame.block || e.float.is_some(),
                    boxed: true,
                });
            }
            Event::Text(text) if state.raw.is_none() && !state.template => {
                if self.frames.last().is_some_and(|f| f.hidden) {
                    return;
                }
                if self.unfollowed.is_none()
                    && self.frames.iter().any(|f| f.unfollowed)
                    && text.chars().any(char::is_alphanumeric)
                {
                    self.unfollowed = Some(state.line.saturating_sub(text.matches('\n').count()));
                }
                self.push_text(text);
            }
            _ => {}
        }
    }
}

/// A box's content in the order it is shown (all of it, and without what may be out of sight), and whether that
/// differs from the order it is written in.
fn arrange(e: &Effect, items: Vec<Item>) -> (String, String, bool) {
    // White space between flex or grid items makes no box of its own.
    let laid_out = e.flex || e.grid;
    let items: Vec<Item> = items
        .into_iter()
        .filter(|i| !(laid_out && i.all.trim().is_empty()))
        .collect();
    let mut shown: Vec<usize> = (0..items.len()).collect();
    if e.flex {
        shown.sort_by_key(|&i| items[i].order);
        if e.reverse != (e.rtl && !e.column) {
            shown.reverse();
        }
    } else if e.grid {
        shown.sort_by_key(|&i| items[i].cell);
    } else {
        let side = |s: Option<Side>| -> Vec<usize> {
            (0..items.len()).filter(|&i| items[i].float == s).collect()
        };
        let mut order = side(Some(Side::Left));
        order.extend(side(None));
        order.extend(side(Some(Side::Right)).into_iter().rev());
        shown = order;
    }
    let moved = shown.iter().enumerate().any(|(k, &i)| k != i);
    let (mut all, mut seen) = (String::new(), String::new());
    for (k, &i) in shown.iter().enumerate() {
        if k > 0 {
            let prev = &items[shown[k - 1]];
            let between = if e.flex && e.column {
                Some('\n')
            } else if !laid_out
                && (prev.block || items[i].block)
                && prev.float.is_none()
                && items[i].float.is_none()
            {
                Some(BOUNDARY)
            } else {
                None
            };
            if let Some(c) = between {
                all.push(c);
                seen.push(c);
            }
        }
        all.push_str(&items[i].all);
        seen.push_str(&items[i].seen);
    }
    (all, seen, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> OwnStyle {
        own_style(html, Dialect::Html, &[]).unwrap_or_default()
    }

    fn shown(html: &str) -> Option<String> {
        read(html).shown.map(|v| v.text.replace(BOUNDARY, "|"))
    }

    #[test]
    fn boxes_are_read_in_the_order_they_are_shown() {
        for html in [
            "<p style=\"display:flex;flex-direction:row-reverse\"><span>8000</span> <span>0013</span> <span>138</span></p>",
            "<p style=\"display:flex\"><span style=\"order:3\">8000</span><span style=\"order:1\">138</span><span style=\"order:2\">0013</span></p>",
            "<p><span style=\"float:right\">8000</span><span style=\"float:right\">0013</span><span style=\"float:right\">138</span></p>",
            "<p style=\"display:flex;direction:rtl\"><span>8000</span><span>0013</span><span>138</span></p>",
            "<style>.r{display:flex;flex-flow:row-reverse wrap}</style><div class=r><b>8000</b><b>0013</b><b>138</b></div>",
            "<div style=\"display:grid\"><i style=\"grid-column:3\">8000</i><i style=\"grid-column:1\">138</i><i style=\"grid-column:2\">0013</i></div>",
        ] {
            let text = shown(html).unwrap_or_default();
            assert!(text.contains("13800138000"), "{html}: {text}");
        }
    }

    #[test]
    fn text_in_written_order_gives_no_view() {
        assert_eq!(
            shown("<p style=\"display:flex\"><span>138</span><span>0013</span></p>"),
            None
        );
        assert_eq!(shown("<p style=\"color:red\">138</p><p>2020</p>"), None);
        assert!(read("<p>no style</p>").shown.is_none());
        assert!(
            own_style(
                "<link rel=stylesheet href=a.css><p>1</p>",
                Dialect::Html,
                &[]
            )
            .is_none()
        );
    }

    #[test]
    fn what_cannot_be_followed_is_named_by_line() {
        for html in [
            "<style>p span:nth-child(2){display:none}</style>\n<p>138<span>0013</span><span>9</span>8000</p>",
            "<style>[data-x=\"1\"]{visibility:hidden}</style>\n<p>1<i data-x=1>2</i></p>",
            "<p>\n<span style=\"position:absolute;left:70px\">8000</span></p>",
            "<style>.a{grid-area:x}</style>\n<p class=a>138</p>",
            "<style>p > b{order:2}</style>\n<p><b>1</b></p>",
        ] {
            assert_eq!(read(html).unfollowed, Some(2), "{html}");
        }
        for html in [
            "<style>p span:nth-child(2){font-weight:bold}</style><p><span>1</span><span>2</span></p>",
            "<style>tr:nth-child(even){background:#eee} td + td{width:20%;text-align:right}</style><table><tr><td>150</td><td>2020</td></tr></table>",
            "<style>td:first-child{display:none}</style><table><tr><td> </td></tr></table>",
            "<p style=\"position:relative\">1</p>",
            "<style>p::before{display:none}</style><p>1</p>",
        ] {
            assert_eq!(read(html).unfollowed, None, "{html}");
        }
    }

    #[test]
    fn exact_rules_of_the_page_hide_as_the_theme_classes_do() {
        let r = read(
            "<style>@media all{.d{display:none}} [data-x]{color:transparent} b{font-weight:bold}</style>",
        );
        assert_eq!(r.hidden, ["?.d", "?[data-x]"]);
    }
}
