//! A small, tolerant HTML tag scanner: start tags with their attributes (entity-decoded), the text of
//! `<style>` elements, and line numbers. Comments, doctype, CDATA, end tags and the contents of
//! `<script>`, `<style>`, `<textarea>` and `<title>` are skipped. Enough to find every `href`, `src`
//! and `id` in generated HTML, including inline SVG.

/// One start tag.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Lower-cased element name (`a`, `link`, `svg`, ...).
    pub name: String,
    /// Attributes in order: lower-cased name, entity-decoded value (empty for a bare attribute).
    pub attrs: Vec<(String, String)>,
    /// 1-based line of the `<`.
    pub line: usize,
    /// For `<style>`: the element's text.
    pub text: Option<String>,
}

impl Tag {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

const RAW_TEXT: [&str; 4] = ["script", "style", "textarea", "title"];

/// Every start tag in `html`, in document order.
pub fn scan(html: &str) -> Vec<Tag> {
    let bytes = html.as_bytes();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    let line_of = |pos: usize| match line_starts.binary_search(&pos) {
        Ok(i) => i + 1,
        Err(i) => i,
    };
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        let rest = &html[start..];
        if let Some(body) = rest.strip_prefix("<!--") {
            i = match body.find("-->") {
                Some(e) => start + 4 + e + 3,
                None => bytes.len(),
            };
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            i = match rest.find("]]>") {
                Some(e) => start + e + 3,
                None => bytes.len(),
            };
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</") {
            i = match rest.find('>') {
                Some(e) => start + e + 1,
                None => bytes.len(),
            };
            continue;
        }
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            i = start + 1;
            continue;
        }
        // A start tag.
        let mut p = start + 1;
        let name_end = html[p..]
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .map_or(bytes.len(), |e| p + e);
        let name = html[p..name_end].to_ascii_lowercase();
        p = name_end;
        let mut attrs = Vec::new();
        let mut self_closing = false;
        loop {
            while p < bytes.len() && (bytes[p].is_ascii_whitespace() || bytes[p] == b'/') {
                self_closing = bytes[p] == b'/';
                p += 1;
            }
            if p >= bytes.len() {
                break;
            }
            if bytes[p] == b'>' {
                p += 1;
                break;
            }
            self_closing = false;
            let an_start = p;
            while p < bytes.len()
                && !bytes[p].is_ascii_whitespace()
                && !matches!(bytes[p], b'=' | b'>' | b'/')
            {
                p += 1;
            }
            // A stray `/` inside a name would loop forever; skip it.
            if p == an_start {
                p += 1;
                continue;
            }
            let attr_name = html[an_start..p].to_ascii_lowercase();
            let mut q = p;
            while q < bytes.len() && bytes[q].is_ascii_whitespace() {
                q += 1;
            }
            let mut value = String::new();
            if q < bytes.len() && bytes[q] == b'=' {
                q += 1;
                while q < bytes.len() && bytes[q].is_ascii_whitespace() {
                    q += 1;
                }
                if q < bytes.len() && (bytes[q] == b'"' || bytes[q] == b'\'') {
                    let quote = bytes[q] as char;
                    let v_start = q + 1;
                    let v_end = html[v_start..]
                        .find(quote)
                        .map_or(bytes.len(), |e| v_start + e);
                    value = decode_entities(&html[v_start..v_end]);
                    p = (v_end + 1).min(bytes.len());
                } else {
                    let v_start = q;
                    while q < bytes.len() && !bytes[q].is_ascii_whitespace() && bytes[q] != b'>' {
                        q += 1;
                    }
                    value = decode_entities(&html[v_start..q]);
                    p = q;
                }
            }
            attrs.push((attr_name, value));
        }
        let mut text = None;
        i = p;
        if RAW_TEXT.contains(&name.as_str()) && !self_closing {
            // Skip to the matching end tag (ASCII case-insensitive).
            let close = format!("</{name}");
            let lower = html[p..].to_ascii_lowercase();
            let end = lower.find(&close).map_or(bytes.len(), |e| p + e);
            if name == "style" {
                text = Some(html[p..end].to_string());
            }
            i = end;
        }
        tags.push(Tag {
            name,
            attrs,
            line: line_of(start),
            text,
        });
    }
    tags
}

/// Decodes character references: the common named ones and all numeric ones. Unknown names are kept.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end.and_then(|e| {
            if rest.as_bytes().get(e) != Some(&b';') {
                return None;
            }
            let name = &rest[1..e];
            let ch = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
            {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            };
            ch.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
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

/// Every `id` in the document.
pub fn ids(tags: &[Tag]) -> std::collections::HashSet<String> {
    tags.iter()
        .filter_map(|t| t.attr("id"))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_tags() {
        let html = "<!doctype html>\n<html lang=zh-CN><!-- <a href=x> -->\n<a href=\"&#x2f;mzj&#x2f;a&amp;b\" class='x y' hidden>t</a>\n<script>if (a<b) { x = '<img src=q>'; }</script><style>.a{background:url(/x.png)}</style><svg><use xlink:href=\"#i\"/><g id=i></g></svg>";
        let tags = scan(html);
        let names: Vec<_> = tags.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["html", "a", "script", "style", "svg", "use", "g"]);
        assert_eq!(tags[1].attr("href"), Some("/mzj/a&b"));
        assert_eq!(tags[1].attr("class"), Some("x y"));
        assert_eq!(tags[1].attr("hidden"), Some(""));
        assert_eq!(tags[1].line, 3);
        assert_eq!(tags[3].text.as_deref(), Some(".a{background:url(/x.png)}"));
        assert_eq!(tags[5].attr("xlink:href"), Some("#i"));
        assert!(ids(&tags).contains("i"));
        assert_eq!(decode_entities("a &unknown; &#37; &"), "a &unknown; % &");
    }
}
