//! The words a reader sees in a rendered page body, read back from its HTML. The index is made from what the page
//! publishes (after the privacy stage and shortcodes), never from the Markdown source, so nothing withheld from a
//! page can reach the index.

use crate::render::html::tag_end;

/// A body's headings and its whole text (headings included), with runs of white space made one space.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Text {
    pub headings: Vec<String>,
    pub body: String,
}

/// Elements whose content is not prose: chart drawings repeat the figure's table, scripts and styles are code.
const SKIPPED: [&str; 4] = ["svg", "script", "style", "template"];

/// Elements that end a run of words, so text of neighbouring cells or paragraphs does not run together.
const INLINE: [&str; 18] = [
    "a", "span", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "small", "mark",
    "code", "abbr", "time", "data",
];

pub fn text(html: &str) -> Text {
    let mut out = Text::default();
    let mut broken = false;
    let mut skip: Option<String> = None;
    let mut heading: Option<String> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut out, &mut heading, skip.is_none(), rest, &mut broken);
            break;
        };
        push_text(
            &mut out,
            &mut heading,
            skip.is_none(),
            &rest[..lt],
            &mut broken,
        );
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(skipped) = &skip {
            if closing && *skipped == name {
                skip = None;
            }
            continue;
        }
        if SKIPPED.contains(&name.as_str()) && !closing && !tag.ends_with('/') {
            skip = Some(name);
            continue;
        }
        let is_heading =
            name.len() == 2 && name.starts_with('h') && name.as_bytes()[1].is_ascii_digit();
        if is_heading {
            if closing {
                if let Some(h) = heading.take() {
                    let h = h.trim().to_string();
                    if !h.is_empty() {
                        out.headings.push(h);
                    }
                }
            } else {
                heading = Some(String::new());
            }
        }
        if !INLINE.contains(&name.as_str()) {
            broken = true;
            if let Some(h) = heading.as_mut() {
                space(h);
            }
        }
    }
    out.body = out.body.trim().to_string();
    out
}

/// Appends visible text. After a block boundary (`broken`), figures on both sides are kept apart by a middle dot,
/// not a space: the privacy detectors read digits separated only by spaces as one number (a phone number split
/// into groups), so two neighbouring table cells must not look like that in the index.
fn push_text(
    out: &mut Text,
    heading: &mut Option<String>,
    visible: bool,
    raw: &str,
    broken: &mut bool,
) {
    if !visible || raw.is_empty() {
        return;
    }
    let decoded = decode_entities(raw);
    for c in decoded.chars() {
        if *broken && !c.is_whitespace() {
            *broken = false;
            let before = out.body.trim_end().chars().next_back();
            if before.is_some_and(char::is_numeric) && c.is_numeric() {
                out.body.truncate(out.body.trim_end().len());
                out.body.push_str(" · ");
            } else {
                space(&mut out.body);
            }
        }
        if c.is_whitespace() {
            space(&mut out.body);
            if let Some(h) = heading.as_mut() {
                space(h);
            }
        } else {
            out.body.push(c);
            if let Some(h) = heading.as_mut() {
                h.push(c);
            }
        }
    }
}

fn space(s: &mut String) {
    if !s.is_empty() && !s.ends_with(' ') {
        s.push(' ');
    }
}

/// The character references HTML output contains: the named few an escaper writes, and numeric ones.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let body = &rest[1..end];
            let c = match body {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => body.strip_prefix('#').and_then(|n| {
                    match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    }
                    .and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prose_and_headings() {
        let t = text(
            "<h2>城市<em>低保</em></h2>\n<p>全区&amp;共<a href=\"/x\">3815户</a>。</p><table><tr><td>1</td><td>2</td></tr></table>",
        );
        assert_eq!(t.headings, ["城市低保"]);
        assert_eq!(t.body, "城市低保 全区&共3815户。 1 · 2");
    }

    #[test]
    fn figures_in_neighbouring_blocks_never_read_as_one_number() {
        let t = text("<tr><td>138</td><td>0013</td><td>8000</td></tr><p>共 12 户</p><p>3 人</p>");
        assert_eq!(t.body, "138 · 0013 · 8000 共 12 户 3 人");
    }

    #[test]
    fn drops_drawings_scripts_and_comments() {
        let t = text(
            "<p>a</p><svg viewBox=\"0 0 1 1\"><text>36758</text><svg></svg></svg><!-- x --><script>let a = '<p>';</script><p title=\"a>b\">b</p>",
        );
        assert_eq!(t.body, "a b");
    }

    #[test]
    fn decodes_references_and_keeps_stray_ampersands() {
        assert_eq!(
            decode_entities("&#20302;&#x4fdd; A & B &bogus;"),
            "低保 A & B &bogus;"
        );
    }
}
