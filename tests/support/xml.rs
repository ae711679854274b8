//! A strict little XML well-formedness checker for sitemap.xml, atom.xml and SVG files: one root
//! element, matching end tags, quoted and unique attributes, only the predefined and numeric
//! character references, no stray `<` or `&`, nothing but markup and white space outside the root.
//! It does not read DTDs or namespaces; it returns the elements with their direct text.

/// One element.
#[derive(Debug, Clone)]
pub struct Element {
    /// The qualified name as written (`urlset`, `svg`, `xlink:href`...).
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// Names of the ancestors, root first.
    pub ancestors: Vec<String>,
    /// The element's own character data (decoded; text of children not included).
    pub text: String,
    pub line: usize,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Checks that `doc` is well-formed XML and returns its elements in document order, or a message
/// naming the line of the first problem.
pub fn parse(doc: &str) -> Result<Vec<Element>, String> {
    let doc = doc.strip_prefix('\u{feff}').unwrap_or(doc);
    let bytes = doc.as_bytes();
    let line_of = |pos: usize| doc[..pos.min(doc.len())].matches('\n').count() + 1;
    let err = |pos: usize, msg: &str| Err(format!("line {}: {msg}", line_of(pos)));
    let mut elements: Vec<Element> = Vec::new();
    let mut stack: Vec<usize> = Vec::new(); // indices into `elements`
    let mut seen_root = false;
    let mut i = 0;
    if doc.starts_with("<?xml") {
        match doc.find("?>") {
            Some(e) => i = e + 2,
            None => return err(0, "unterminated XML declaration"),
        }
    } else if let Some(p) = doc.find("<?xml") {
        return err(p, "the XML declaration must come first in the file");
    }
    while i < bytes.len() {
        let next = doc[i..].find('<').map_or(bytes.len(), |o| i + o);
        // Character data from i to next.
        let text = &doc[i..next];
        if !text.is_empty() {
            if text.contains("]]>") {
                return err(i, "`]]>` in text");
            }
            let decoded = decode(text).map_err(|m| format!("line {}: {m}", line_of(i)))?;
            match stack.last() {
                Some(&top) => elements[top].text.push_str(&decoded),
                None if decoded.trim().is_empty() => {}
                None => return err(i, "text outside the root element"),
            }
        }
        if next >= bytes.len() {
            break;
        }
        let rest = &doc[next..];
        if let Some(body) = rest.strip_prefix("<!--") {
            let Some(e) = body.find("--") else {
                return err(next, "unterminated comment");
            };
            if !body[e..].starts_with("-->") {
                return err(next, "`--` inside a comment");
            }
            i = next + 4 + e + 3;
        } else if let Some(body) = rest.strip_prefix("<![CDATA[") {
            if stack.is_empty() {
                return err(next, "CDATA outside the root element");
            }
            let Some(e) = body.find("]]>") else {
                return err(next, "unterminated CDATA section");
            };
            let top = *stack.last().unwrap();
            elements[top].text.push_str(&body[..e]);
            i = next + 9 + e + 3;
        } else if rest.starts_with("<!DOCTYPE") {
            if seen_root {
                return err(next, "DOCTYPE after the root element");
            }
            // Skip an optional internal subset in brackets.
            let mut depth = 0;
            let mut end = None;
            for (k, c) in rest.char_indices() {
                match c {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    '>' if depth == 0 => {
                        end = Some(k);
                        break;
                    }
                    _ => {}
                }
            }
            let Some(e) = end else {
                return err(next, "unterminated DOCTYPE");
            };
            i = next + e + 1;
        } else if let Some(body) = rest.strip_prefix("<?") {
            let Some(e) = rest.find("?>") else {
                return err(next, "unterminated processing instruction");
            };
            if body.to_ascii_lowercase().starts_with("xml")
                && body[3..].starts_with(|c: char| c.is_whitespace())
            {
                return err(next, "a second XML declaration");
            }
            i = next + e + 2;
        } else if let Some(body) = rest.strip_prefix("</") {
            let Some(e) = body.find('>') else {
                return err(next, "unterminated end tag");
            };
            let name = body[..e].trim_end();
            let Some(top) = stack.pop() else {
                return err(next, &format!("end tag </{name}> with no open element"));
            };
            if elements[top].name != name {
                return err(
                    next,
                    &format!(
                        "end tag </{name}> does not match <{}> opened on line {}",
                        elements[top].name, elements[top].line
                    ),
                );
            }
            i = next + 2 + e + 1;
        } else {
            // A start tag.
            let mut p = next + 1;
            let name_end = doc[p..]
                .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
                .map_or(bytes.len(), |e| p + e);
            let name = &doc[p..name_end];
            if !is_name(name) {
                return err(
                    next,
                    &format!("`<` that does not start a valid tag (`{name}`); escape it as &lt;"),
                );
            }
            if stack.is_empty() && seen_root {
                return err(next, &format!("a second root element <{name}>"));
            }
            seen_root = true;
            p = name_end;
            let mut attrs: Vec<(String, String)> = Vec::new();
            let empty;
            loop {
                let ws_start = p;
                while p < bytes.len() && bytes[p].is_ascii_whitespace() {
                    p += 1;
                }
                if p >= bytes.len() {
                    return err(next, &format!("unterminated tag <{name}>"));
                }
                if doc[p..].starts_with("/>") {
                    empty = true;
                    p += 2;
                    break;
                }
                if bytes[p] == b'>' {
                    empty = false;
                    p += 1;
                    break;
                }
                if p == ws_start {
                    return err(
                        p,
                        &format!("attributes of <{name}> must be separated by white space"),
                    );
                }
                let an_end = doc[p..]
                    .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
                    .map_or(bytes.len(), |e| p + e);
                let an = &doc[p..an_end];
                if !is_name(an) {
                    return err(p, &format!("bad attribute name `{an}` in <{name}>"));
                }
                p = an_end;
                while p < bytes.len() && bytes[p].is_ascii_whitespace() {
                    p += 1;
                }
                if bytes.get(p) != Some(&b'=') {
                    return err(p, &format!("attribute `{an}` of <{name}> has no value"));
                }
                p += 1;
                while p < bytes.len() && bytes[p].is_ascii_whitespace() {
                    p += 1;
                }
                let quote = match bytes.get(p) {
                    Some(&q @ (b'"' | b'\'')) => q as char,
                    _ => return err(p, &format!("value of `{an}` in <{name}> is not quoted")),
                };
                let v_start = p + 1;
                let Some(v_len) = doc[v_start..].find(quote) else {
                    return err(p, &format!("unterminated value of `{an}` in <{name}>"));
                };
                let raw = &doc[v_start..v_start + v_len];
                if raw.contains('<') {
                    return err(p, &format!("`<` in the value of `{an}` in <{name}>"));
                }
                let value = decode(raw).map_err(|m| format!("line {}: {m}", line_of(p)))?;
                if attrs.iter().any(|(n, _)| n == an) {
                    return err(p, &format!("attribute `{an}` repeated in <{name}>"));
                }
                attrs.push((an.to_string(), value));
                p = v_start + v_len + 1;
            }
            let ancestors = stack.iter().map(|&k| elements[k].name.clone()).collect();
            elements.push(Element {
                name: name.to_string(),
                attrs,
                ancestors,
                text: String::new(),
                line: line_of(next),
            });
            if !empty {
                stack.push(elements.len() - 1);
            }
            i = p;
        }
    }
    if let Some(&top) = stack.last() {
        return Err(format!(
            "<{}> opened on line {} is never closed",
            elements[top].name, elements[top].line
        ));
    }
    if !seen_root {
        return Err("no root element".to_string());
    }
    Ok(elements)
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' || c == ':' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.' | '\u{b7}'))
}

/// Decodes the predefined and numeric character references; any other `&` is an error.
fn decode(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let Some(e) = rest[i..].find(';') else {
            return Err("`&` that is not a character reference; escape it as &amp;".into());
        };
        let name = &rest[i + 1..i + e];
        let ch = if let Some(h) = name.strip_prefix("#x") {
            u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
        } else if let Some(d) = name.strip_prefix('#') {
            d.parse::<u32>().ok().and_then(char::from_u32)
        } else {
            match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => None,
            }
        };
        match ch {
            Some(c) if c != '\0' => out.push(c),
            _ => {
                return Err(format!(
                    "`&{name};` is not an XML character reference (only &amp; &lt; &gt; &quot; &apos; and numeric ones are)"
                ));
            }
        }
        rest = &rest[i + e + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_well_formed() {
        let doc = "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<url><loc>https://e.gov.cn/mzj/a?x=1&amp;y=2</loc></url>\n<url><loc><![CDATA[https://e.gov.cn/b/]]></loc><x a='1' b=\"&#20013;\"/></url>\n</urlset>\n";
        let els = parse(doc).unwrap();
        let locs: Vec<_> = els
            .iter()
            .filter(|e| e.name == "loc")
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(
            locs,
            ["https://e.gov.cn/mzj/a?x=1&y=2", "https://e.gov.cn/b/"]
        );
        assert_eq!(els[0].name, "urlset");
        assert_eq!(els[2].ancestors, ["urlset", "url"]);
        assert_eq!(
            els.iter().find(|e| e.name == "x").unwrap().attr("b"),
            Some("中")
        );
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "<a><b></a></b>",
            "<a>x & y</a>",
            "<a>&nbsp;</a>",
            "<a b=c></a>",
            "<a b='1' b='2'></a>",
            "<a></a><b></b>",
            "<a>",
            "text<a></a>",
            "<a>1 < 2</a>",
            " <?xml version=\"1.0\"?><a/>",
            "<a><!-- x -- y --></a>",
            "",
        ] {
            assert!(parse(bad).is_err(), "accepted {bad:?}");
        }
    }
}
