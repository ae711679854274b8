//! The published copy of a style sheet: the theme's CSS without its comments and with its whitespace collapsed.
//!
//! The theme's sheets explain themselves at length (a fifth of site.css is comments), which readers on slow
//! networks would otherwise download on every first visit. The sheet is read with cssparser's tokenizer (the one
//! Servo uses) and every token is copied byte for byte from the source, so nothing is re-serialised, rounded or
//! reordered: only comments go, a run of whitespace becomes one space, and that space goes too where CSS gives it
//! no meaning (beside `{ } ; ,` and `>`, after `:` and inside brackets; never where it is a combinator, as in
//! `a .b`, `a :hover` or `:is(a) b`).
//! The same sheet always gives the same bytes.

use cssparser::{ParseError, Parser, Token};

/// `source` as published.
pub fn publish(source: &str) -> String {
    let mut parser = Parser::new(source);
    let mut out = Out::default();
    copy(&mut parser, &mut out);
    out.text
}

#[derive(Default)]
struct Out {
    text: String,
    /// Whitespace was read since the last token written.
    space: bool,
    /// A comment was dropped since the last token written, with no whitespace beside it.
    comment: bool,
}

/// Characters after which whitespace carries no meaning in CSS (after `)` or `]` it can be a descendant
/// combinator: `:is(a) b`).
fn ends_freely(c: char) -> bool {
    matches!(c, '{' | '}' | ';' | ',' | ':' | '>' | '(' | '[')
}

/// Characters before which whitespace carries no meaning (before `:`, `(` or `[` it can: `a :hover`,
/// `and (min-width…)`, `a [href]`).
fn starts_freely(c: char) -> bool {
    matches!(c, '{' | '}' | ';' | ',' | '>' | ')' | ']')
}

impl Out {
    fn write(&mut self, token: &str) {
        let after = self.text.chars().next_back();
        let before = token.chars().next();
        let joined = after.is_none_or(ends_freely) || before.is_some_and(starts_freely);
        if self.space && !joined {
            self.text.push(' ');
        } else if self.comment && !self.space && !joined {
            // `a/**/b` is two tokens; written together they would read as one.
            self.text.push_str("/**/");
        }
        // The last declaration of a block needs no semicolon.
        if token == "}" && self.text.ends_with(';') {
            self.text.pop();
        }
        self.text.push_str(token);
        self.space = false;
        self.comment = false;
    }
}

fn copy(parser: &mut Parser<'_>, out: &mut Out) {
    loop {
        let start = parser.position();
        let closing = match parser.next_including_whitespace_and_comments() {
            Err(_) => return,
            Ok(Token::WhiteSpace(_)) => {
                out.space = true;
                continue;
            }
            Ok(Token::Comment(_)) => {
                out.comment = true;
                continue;
            }
            Ok(Token::Function(_) | Token::ParenthesisBlock) => Some(")"),
            Ok(Token::SquareBracketBlock) => Some("]"),
            Ok(Token::CurlyBracketBlock) => Some("}"),
            Ok(_) => None,
        };
        out.write(parser.slice_from(start));
        if let Some(close) = closing {
            let _ = parser.parse_nested_block(|inner| {
                copy(inner, out);
                Ok::<(), ParseError<()>>(())
            });
            // A block left open at the end of the sheet stays open, as the source had it.
            if parser.slice_from(start).ends_with(close) {
                out.space = false;
                out.write(close);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::publish;

    #[test]
    fn comments_and_spare_whitespace_go_and_every_token_stays() {
        let css = "/* head */\n:root {\n  --red: #a3191e; /* links */\n}\n\n.a .b > c,\nd:hover {\n  margin: 0 auto;\n  width: calc(100% - 2 * 1rem);\n}\n";
        assert_eq!(
            publish(css),
            ":root{--red:#a3191e}.a .b>c,d:hover{margin:0 auto;width:calc(100% - 2 * 1rem)}"
        );
    }

    #[test]
    fn selectors_keep_their_meaning() {
        // A space before `:` or `.` is a descendant combinator; a comment between two names keeps them apart.
        assert_eq!(publish("a :hover, a .b {x: y}"), "a :hover,a .b{x:y}");
        assert_eq!(
            publish(":is(a) b, a [href] {x: y}"),
            ":is(a) b,a [href]{x:y}"
        );
        assert_eq!(
            publish("@media screen and (min-width: 1em) {a{x:y}}"),
            "@media screen and (min-width:1em){a{x:y}}"
        );
        assert_eq!(publish("a/* */b{x:y}"), "a/**/b{x:y}");
        assert_eq!(publish("a/* */.b{x:y}"), "a/**/.b{x:y}");
    }

    #[test]
    fn strings_urls_and_at_rules_are_copied_as_written() {
        let css = "@media print and (min-width: 40em) {\n  a::after { content: \" (\" attr(href) \")  /* no */\"; }\n}\n.x { background: url( a.svg ) }";
        assert_eq!(
            publish(css),
            "@media print and (min-width:40em){a::after{content:\" (\" attr(href) \")  /* no */\"}}.x{background:url( a.svg )}"
        );
    }

    #[test]
    fn blocks_nested_past_the_parser_limit_are_copied_flat() {
        let deep = format!("{}x{}", "a{".repeat(100), "}".repeat(100));
        assert_eq!(publish(&deep), deep);
    }

    #[test]
    fn broken_sheets_are_copied_without_inventing_anything() {
        assert_eq!(publish("a { color: red"), "a{color:red");
        assert_eq!(publish("a { b: \"open"), "a{b:\"open");
        assert_eq!(publish(""), "");
        assert_eq!(publish("/* only */"), "");
    }
}
