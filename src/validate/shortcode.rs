//! Shortcodes in Markdown: `{{ value("assistance", "城市低保", "persons") }}`, `{{ table("assistance") }}`, and on a
//! per-row page the row's words without parentheses, `{{ row.label }}` (a [`Call`] named `row.label`).
//! The body is split into Markdown text and calls here, once, so that rendering never has to re-parse and every
//! mistake is found, with its position, before anything is written.

use crate::messages::{Message, msg};

/// A literal argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Int(i64),
    Bool(bool),
}

/// A parsed call, not yet checked against datasets.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub args: Vec<Arg>,
    pub kwargs: Vec<(String, Arg)>,
}

/// A piece of a page body.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Text with the byte offset in the body where it starts.
    Text(String, usize),
    /// A call with its byte offset in the body.
    Call(Call, usize),
}

/// Where and why a body could not be split; `at` is a byte offset into the body.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub at: usize,
    pub message: Message,
}

/// Splits a body into text and calls. HTML comments are dropped here too (their content is never published), with
/// their line breaks kept so positions after them stay right. `\{{` writes a literal `{{`.
pub fn split(body: &str) -> Result<Vec<Piece>, SyntaxError> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut text_start = 0;
    let mut i = 0;
    let bytes = body.as_bytes();
    while i < body.len() {
        if text.is_empty() {
            text_start = i;
        }
        let rest = &body[i..];
        if rest.starts_with("\\{{") {
            text.push_str("{{");
            i += 3;
        } else if rest.starts_with("<!--") {
            let Some(end) = rest.strip_prefix("<!--").and_then(|r| r.find("-->")) else {
                return Err(SyntaxError {
                    at: i,
                    message: msg!("shortcode-comment-open"),
                });
            };
            let comment = &rest[..4 + end + 3];
            text.extend(std::iter::repeat_n('\n', comment.matches('\n').count()));
            i += comment.len();
        } else if rest.starts_with("{{") {
            let Some(end) = rest.find("}}") else {
                return Err(SyntaxError {
                    at: i,
                    message: msg!("shortcode-open"),
                });
            };
            let inner = &rest[2..end];
            let call = parse_call(inner).map_err(|(off, message)| SyntaxError {
                at: i + 2 + off,
                message,
            })?;
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text), text_start));
            }
            pieces.push(Piece::Call(call, i));
            i += end + 2;
        } else {
            // Copy up to the next byte that could start a shortcode, comment or escape; all three are ASCII, so the
            // cut always falls on a character boundary.
            let next = bytes[i + 1..]
                .iter()
                .position(|b| matches!(b, b'{' | b'<' | b'\\'))
                .map_or(body.len(), |p| i + 1 + p);
            text.push_str(&body[i..next]);
            i = next;
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text, text_start));
    }
    Ok(pieces)
}

/// Parses `name(arg, …, key=value)`, or a dotted name alone (`row.label`, `row.persons.unit`), which is a call
/// of that whole name without arguments; errors carry a byte offset into `src`.
fn parse_call(src: &str) -> Result<Call, (usize, Message)> {
    let mut p = Parser { src, pos: 0 };
    p.skip_ws();
    let name = p
        .ident()
        .ok_or_else(|| (p.pos, msg!("shortcode-no-name")))?;
    if p.rest().starts_with('.') {
        let mut path = name;
        while p.eat('.') {
            let len = p
                .rest()
                .find(|c: char| c.is_whitespace() || "(){}.\"'=,".contains(c))
                .unwrap_or(p.rest().len());
            if len == 0 {
                return Err((p.pos, msg!("shortcode-dot-no-name", path = &path)));
            }
            path.push('.');
            path.push_str(&p.rest()[..len]);
            p.pos += len;
        }
        p.skip_ws();
        if p.pos != src.len() {
            return Err((p.pos, msg!("shortcode-dot-arguments", path = &path)));
        }
        return Ok(Call {
            name: path,
            args: Vec::new(),
            kwargs: Vec::new(),
        });
    }
    p.skip_ws();
    if !p.eat('(') {
        return Err((p.pos, msg!("shortcode-no-bracket", name = &name)));
    }
    let mut args = Vec::new();
    let mut kwargs = Vec::new();
    loop {
        p.skip_ws();
        if p.eat(')') {
            break;
        }
        if !args.is_empty() || !kwargs.is_empty() {
            if !p.eat(',') {
                let why = match p.rest().chars().next() {
                    Some(c @ ('，' | '、')) => {
                        msg!("shortcode-full-width-comma", found = c.to_string())
                    }
                    Some('）') => msg!("shortcode-full-width-bracket"),
                    _ => msg!("shortcode-no-comma"),
                };
                return Err((p.pos, why));
            }
            p.skip_ws();
            if p.eat(')') {
                break;
            }
        }
        let save = p.pos;
        if let Some(key) = p.ident() {
            p.skip_ws();
            if p.eat('=') {
                p.skip_ws();
                let v = p.literal()?;
                kwargs.push((key, v));
                continue;
            }
            p.pos = save;
        }
        let v = p.literal()?;
        if !kwargs.is_empty() {
            return Err((save, msg!("shortcode-positional-after-named")));
        }
        args.push(v);
    }
    p.skip_ws();
    if p.pos != src.len() {
        return Err((p.pos, msg!("shortcode-after-bracket")));
    }
    Ok(Call { name, args, kwargs })
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.pos = self.src.len() - trimmed.len();
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Option<String> {
        let len = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(self.rest().len());
        let word = self.rest()[..len].to_string();
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        self.pos += len;
        Some(word)
    }

    fn literal(&mut self) -> Result<Arg, (usize, Message)> {
        let start = self.pos;
        let rest = self.rest().to_string();
        if let Some(q) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’'))
        {
            if matches!(q, '“' | '”' | '‘' | '’') {
                return Err((start, msg!("shortcode-curly-quotes")));
            }
            let mut out = String::new();
            let mut chars = rest[q.len_utf8()..].char_indices();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some((_, e)) => out.push(e),
                        None => break,
                    },
                    c if c == q => {
                        self.pos += q.len_utf8() + i + 1;
                        return Ok(Arg::Str(out));
                    }
                    c => out.push(c),
                }
            }
            return Err((start, msg!("shortcode-no-closing-quote")));
        }
        if let Some(word) = self.ident() {
            return match word.as_str() {
                "true" => Ok(Arg::Bool(true)),
                "false" => Ok(Arg::Bool(false)),
                _ => Err((start, msg!("shortcode-bare-word", word = &word))),
            };
        }
        let len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .unwrap_or(rest.len());
        if let Ok(n) = rest[..len].parse::<i64>() {
            self.pos += len;
            return Ok(Arg::Int(n));
        }
        Err((start, msg!("shortcode-no-argument")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: &[&str]) -> Call {
        Call {
            name: name.into(),
            args: args.iter().map(|a| Arg::Str(a.to_string())).collect(),
            kwargs: vec![],
        }
    }

    #[test]
    fn splits_text_and_calls() {
        let p = split("纳入城市低保{{ value(\"a\", \"城市低保\", \"households\") }}户").unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(
            p[1],
            Piece::Call(call("value", &["a", "城市低保", "households"]), 18)
        );
    }

    #[test]
    fn named_arguments() {
        let p = split("{{value('a','b','c', unit=false)}}").unwrap();
        let Piece::Call(c, _) = &p[0] else { panic!() };
        assert_eq!(c.kwargs, vec![("unit".to_string(), Arg::Bool(false))]);
    }

    #[test]
    fn dotted_names_are_calls_without_arguments() {
        let p = split("{{ row.label }}概况{{row.本月数.unit}}").unwrap();
        assert_eq!(p[0], Piece::Call(call("row.label", &[]), 0));
        assert_eq!(p[2], Piece::Call(call("row.本月数.unit", &[]), 21));
        assert_eq!(split("{{ row. }}").unwrap_err().at, 7);
        assert!(split("{{ row.label(1) }}").is_err());
    }

    #[test]
    fn comments_are_dropped_keeping_lines() {
        let p = split("a<!-- 内部\n备注 -->b").unwrap();
        assert_eq!(p, vec![Piece::Text("a\nb".into(), 0)]);
    }

    #[test]
    fn escaped_braces_stay_literal() {
        assert_eq!(
            split("\\{{ x }}").unwrap(),
            vec![Piece::Text("{{ x }}".into(), 0)]
        );
    }

    #[test]
    fn broken_shortcodes_are_located() {
        assert_eq!(split("ab{{ value(\"x\"").unwrap_err().at, 2);
        let e = split("ab{{ value(x) }}").unwrap_err();
        assert_eq!(e.at, 11);
        assert!(split("{{ value(“a”) }}").is_err());
        assert!(split("<!-- open").is_err());
        assert!(split("{{ value(\"a\" \"b\") }}").is_err());
    }

    #[test]
    fn a_full_width_comma_gets_its_own_message() {
        use crate::messages::Lang;
        let e = split("{{ value(\"a\"，\"b\", \"c\") }}").unwrap_err();
        assert_eq!(e.message.id, "shortcode-full-width-comma");
        assert!(e.message.text(Lang::En).contains("full-width comma `，`"));
        assert!(
            e.message
                .hint(Lang::Zh)
                .is_some_and(|h| h.contains("半角逗号"))
        );
    }
}
