//! A body whose Markdown holds no raw HTML needs no HTML sanitiser: pulldown-cmark's writer escapes every text and
//! attribute, writes only elements and attributes the policy allows (`validate::raw_html`) and nests them well. What
//! the sanitiser would still change in such a body is applied here to the events instead: a link's address it
//! would drop is dropped. The few events whose written HTML a browser would build into another tree, or whose
//! serialisation would differ where the build reads it back, send the body to the sanitiser as before.

use pulldown_cmark::{CowStr, Event, LinkType, Tag};

use crate::html::markup::escape;
use crate::validate::raw_html::address_kept;

/// `events` with what the sanitiser would remove removed, or `None` when the body needs the sanitiser: it holds raw
/// HTML, an event of an extension the build does not enable, a footnote reference inside a link (a link in a link,
/// which a browser splits apart), an image whose address would be dropped (its `alt` is written from its events, so
/// the tag cannot be rewritten here), a no-break space (the sanitiser writes it `&nbsp;`, which the heading ids of
/// `toc` are made from) or a NUL (which the writer passes on and a browser drops).
pub fn filtered<'a>(events: &[Event<'a>]) -> Option<Vec<Event<'a>>> {
    let mut out = Vec::with_capacity(events.len());
    let mut links = 0usize;
    // Inside an image everything up to its end is its `alt` text, written by pulldown-cmark as it stands.
    let mut image = 0usize;
    for e in events {
        if image > 0 {
            match e {
                Event::Start(_) => image += 1,
                Event::End(_) => image -= 1,
                Event::Html(_) | Event::InlineHtml(_) => return None,
                Event::Text(t) | Event::Code(t) if t.contains('\0') => return None,
                _ => {}
            }
            out.push(e.clone());
            continue;
        }
        match e {
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::TaskListMarker(_) => return None,
            Event::Text(t) | Event::Code(t) if t.contains(['\u{A0}', '\0']) => return None,
            Event::FootnoteReference(_) if links > 0 => return None,
            Event::Start(tag) => match tag {
                Tag::Heading {
                    id, classes, attrs, ..
                } if id.is_some() || !classes.is_empty() || !attrs.is_empty() => return None,
                Tag::HtmlBlock
                | Tag::MetadataBlock(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::Superscript
                | Tag::Subscript => return None,
                Tag::Image {
                    dest_url, title, ..
                } => {
                    if title.contains('\0') || !address_kept("img", &href(dest_url)) {
                        return None;
                    }
                    image = 1;
                    out.push(e.clone());
                }
                Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                } => {
                    if title.contains('\0') {
                        return None;
                    }
                    links += 1;
                    let address = match link_type {
                        LinkType::Email => format!("mailto:{}", href(dest_url)),
                        _ => href(dest_url),
                    };
                    if address_kept("a", &address) {
                        out.push(e.clone());
                    } else {
                        out.push(Event::InlineHtml(CowStr::from(without_address(title))));
                    }
                }
                _ => out.push(e.clone()),
            },
            Event::End(pulldown_cmark::TagEnd::Link) => {
                links = links.saturating_sub(1);
                out.push(e.clone());
            }
            _ => out.push(e.clone()),
        }
    }
    Some(out)
}

/// A link's address as its `href` holds it once read back: pulldown-cmark percent-encodes what an address may not
/// hold and writes `&` and `'` as character references, which a reader decodes.
fn href(dest: &str) -> String {
    let mut out = String::with_capacity(dest.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_href(&mut out, dest);
    out.replace("&amp;", "&").replace("&#x27;", "'")
}

/// The start tag of a link whose address the sanitiser drops: the text stays, with its title, and leads nowhere.
fn without_address(title: &str) -> String {
    if title.is_empty() {
        "<a>".to_string()
    } else {
        format!("<a title=\"{}\">", escape(title))
    }
}
