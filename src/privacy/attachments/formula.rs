//! A spreadsheet formula stored without its result (a file written by a program, not saved by Excel) is shown by
//! the application as it computes it: `1380013*10000+8000` appears in the cell as `13800138000`, though the file
//! holds no such digits. A formula of constants is computed here as Excel would show it; one that refers to cells
//! or calls functions this cannot compute, and whose result may therefore be any number, is refused when the file
//! gives no result.

use std::collections::BTreeMap;

use super::{Location, Reading};
use crate::messages::msg;

/// Past this nesting a formula is not computed (and a deep one cannot overflow the stack).
const MAX_DEPTH: usize = 64;

/// Reads a formula of a cell at `at`: what it shows when it can be computed, else, without a stored result
/// (`cached` false) and with digits that could make a number, a blocker. `None` is a formula the file refers to
/// but does not give (a shared formula whose first cell is missing).
pub(super) fn read(formula: Option<&str>, cached: bool, at: Location, r: &mut Reading<'static>) {
    let Some(formula) = formula else {
        if !cached {
            r.block(at, msg!("unread-formula"));
        }
        return;
    };
    match evaluate(formula) {
        Some(shown) => r.extracted(at, shown),
        None if !cached && formula.chars().any(|c| c.is_ascii_digit()) => {
            r.block(at, msg!("unread-formula"))
        }
        None => {}
    }
}

/// How many times names are expanded inside names (`a` defined as `b&"8000"`); deeper ones stay unexpanded.
const NAME_DEPTH: usize = 4;

/// `formula` with each defined name it uses replaced by its definition in parentheses, as Excel computes it: a cell
/// `=a&b&c` shows what the workbook's names `a`, `b` and `c` hold. `names` is keyed in lower case (names ignore case).
pub(super) fn with_names(formula: &str, names: &BTreeMap<String, String>) -> String {
    let mut out = formula.to_string();
    for _ in 0..NAME_DEPTH {
        let expanded = expand_once(&out, names);
        if expanded == out {
            break;
        }
        out = expanded;
    }
    out
}

fn expand_once(formula: &str, names: &BTreeMap<String, String>) -> String {
    let chars: Vec<char> = formula.chars().collect();
    let mut out = String::with_capacity(formula.len());
    let mut i = 0;
    let is_name = |c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '\\');
    while let Some(&c) = chars.get(i) {
        if c == '"' {
            // A string literal is copied as it is (`""` inside it is a quote, and copied too).
            let end = chars[i + 1..]
                .iter()
                .position(|&d| d == '"')
                .map_or(chars.len(), |p| i + 2 + p);
            out.extend(&chars[i..end]);
            i = end;
        } else if is_name(c) && !c.is_ascii_digit() {
            let end = chars[i..]
                .iter()
                .position(|&d| !is_name(d))
                .map_or(chars.len(), |p| i + p);
            let word: String = chars[i..end].iter().collect();
            let called = chars.get(end) == Some(&'(');
            match names.get(&word.to_lowercase()).filter(|_| !called) {
                Some(definition) => {
                    out.push('(');
                    out.push_str(definition.trim().trim_start_matches('='));
                    out.push(')');
                }
                None => out.push_str(&word),
            }
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The text a formula of constants shows (`=1380013*10000+8000` → `13800138000`), or `None` when it holds
/// anything but numbers, strings, `+ - * / ^ % &`, parentheses, `CONCATENATE`/`CONCAT` and `CHAR`/`UNICHAR`.
pub(super) fn evaluate(formula: &str) -> Option<String> {
    let body = formula.trim();
    let body = body
        .split_once(':')
        .filter(|(ns, _)| matches!(*ns, "of" | "oooc" | "msoxl"))
        .map_or(body, |(_, rest)| rest);
    let mut p = Parser {
        chars: body.trim_start_matches('=').chars().collect(),
        at: 0,
        depth: 0,
    };
    let value = p.concat()?;
    p.skip_spaces();
    (p.at == p.chars.len()).then(|| value.text())
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Number(f64),
    Text(String),
}

impl Value {
    fn number(&self) -> Option<f64> {
        match self {
            Value::Number(x) => Some(*x),
            Value::Text(t) => t.trim().parse().ok().filter(|x: &f64| x.is_finite()),
        }
    }

    fn text(&self) -> String {
        match self {
            Value::Number(x) => shown(*x),
            Value::Text(t) => t.clone(),
        }
    }
}

/// A number as Excel's General format shows it: to 15 significant digits, integers as their digits, no exponent.
fn shown(x: f64) -> String {
    let x: f64 = format!("{x:.14e}").parse().unwrap_or(x);
    if x == 0.0 {
        return "0".into();
    }
    if x.fract() == 0.0 {
        return format!("{x:.0}");
    }
    let magnitude = x.abs().log10().floor() as i64;
    let decimals = (14 - magnitude).clamp(0, 340) as usize;
    let s = format!("{x:.decimals$}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    depth: usize,
}

impl Parser {
    fn skip_spaces(&mut self) {
        while self.chars.get(self.at).is_some_and(|c| c.is_whitespace()) {
            self.at += 1;
        }
    }

    /// The next character after spaces, consumed when it is one of `ops`.
    fn op(&mut self, ops: &[char]) -> Option<char> {
        self.skip_spaces();
        let c = *self.chars.get(self.at)?;
        ops.contains(&c).then(|| {
            self.at += 1;
            c
        })
    }

    /// `&` binds loosest of the operators computed here.
    fn concat(&mut self) -> Option<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let mut value = self.additive()?;
        while self.op(&['&']).is_some() {
            value = Value::Text(value.text() + &self.additive()?.text());
        }
        self.depth -= 1;
        Some(value)
    }

    fn additive(&mut self) -> Option<Value> {
        let mut value = self.term()?;
        while let Some(op) = self.op(&['+', '-']) {
            let (a, b) = (value.number()?, self.term()?.number()?);
            value = finite(if op == '+' { a + b } else { a - b })?;
        }
        Some(value)
    }

    fn term(&mut self) -> Option<Value> {
        let mut value = self.power()?;
        while let Some(op) = self.op(&['*', '/']) {
            let (a, b) = (value.number()?, self.power()?.number()?);
            value = finite(if op == '*' { a * b } else { a / b })?;
        }
        Some(value)
    }

    /// `^` is applied left to right, after negation (`-2^2` is 4), as in Excel.
    fn power(&mut self) -> Option<Value> {
        let mut value = self.unary()?;
        while self.op(&['^']).is_some() {
            let (a, b) = (value.number()?, self.unary()?.number()?);
            value = finite(a.powf(b))?;
        }
        Some(value)
    }

    fn unary(&mut self) -> Option<Value> {
        if let Some(op) = self.op(&['-', '+']) {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return None;
            }
            let x = self.unary()?.number()?;
            self.depth -= 1;
            return Some(Value::Number(if op == '-' { -x } else { x }));
        }
        let mut value = self.primary()?;
        while self.op(&['%']).is_some() {
            value = finite(value.number()? / 100.0)?;
        }
        Some(value)
    }

    fn primary(&mut self) -> Option<Value> {
        self.skip_spaces();
        let c = *self.chars.get(self.at)?;
        if c == '(' {
            self.at += 1;
            let value = self.concat()?;
            self.op(&[')'])?;
            Some(value)
        } else if c == '"' {
            self.string()
        } else if c.is_ascii_digit() || c == '.' {
            self.number()
        } else {
            self.call()
        }
    }

    /// A string literal, `""` inside it a quote.
    fn string(&mut self) -> Option<Value> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let c = *self.chars.get(self.at)?;
            self.at += 1;
            if c != '"' {
                out.push(c);
            } else if self.chars.get(self.at) == Some(&'"') {
                self.at += 1;
                out.push('"');
            } else {
                return Some(Value::Text(out));
            }
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        let digits = |p: &mut Parser| {
            while p.chars.get(p.at).is_some_and(|c| c.is_ascii_digit()) {
                p.at += 1;
            }
        };
        digits(self);
        if self.chars.get(self.at) == Some(&'.') {
            self.at += 1;
            digits(self);
        }
        if self
            .chars
            .get(self.at)
            .is_some_and(|c| matches!(c, 'e' | 'E'))
        {
            self.at += 1;
            if self
                .chars
                .get(self.at)
                .is_some_and(|c| matches!(c, '+' | '-'))
            {
                self.at += 1;
            }
            digits(self);
        }
        let text: String = self.chars[start..self.at].iter().collect();
        text.parse().ok().and_then(finite)
    }

    /// A call of a function computed here; any other name (a cell reference, another function) is `None`.
    fn call(&mut self) -> Option<Value> {
        let start = self.at;
        while self
            .chars
            .get(self.at)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_'))
        {
            self.at += 1;
        }
        let name: String = self.chars[start..self.at].iter().collect();
        let name = name.to_ascii_uppercase();
        let name = name.strip_prefix("_XLFN.").unwrap_or(&name);
        self.op(&['('])?;
        let args = self.arguments()?;
        match (name, args.as_slice()) {
            ("CONCATENATE" | "CONCAT", _) => {
                Some(Value::Text(args.iter().map(Value::text).collect()))
            }
            ("CHAR" | "UNICHAR", [code]) => {
                let code = code.number()?;
                (code >= 1.0 && code < f64::from(u32::MAX))
                    .then(|| char::from_u32(code as u32))
                    .flatten()
                    .map(|c| Value::Text(c.to_string()))
            }
            _ => None,
        }
    }

    /// The arguments of a call up to its `)`, apart by `,` (Excel) or `;` (OpenDocument).
    fn arguments(&mut self) -> Option<Vec<Value>> {
        let mut args = Vec::new();
        if self.op(&[')']).is_some() {
            return Some(args);
        }
        loop {
            args.push(self.concat()?);
            match self.op(&[',', ';', ')'])? {
                ')' => return Some(args),
                _ => continue,
            }
        }
    }
}

fn finite(x: f64) -> Option<Value> {
    x.is_finite().then_some(Value::Number(x))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::{evaluate, with_names};

    #[test]
    fn constant_formulas_show_what_excel_shows() {
        let cases = [
            ("1380013*10000+8000", "13800138000"),
            ("=(1380013*10000)+8000", "13800138000"),
            ("of:=1380013*10000+8000", "13800138000"),
            ("\"138\"&\"0013\"&8000", "13800138000"),
            ("138&1380013/100", "13813800.13"),
            ("CONCATENATE(\"138\";\"0013\";8000)", "13800138000"),
            ("_xlfn.CONCAT(\"138\",CHAR(48)&\"013\",8000)", "13800138000"),
            ("-2^2", "4"),
            ("2^3^2", "64"),
            ("50%", "0.5"),
            ("1/3", "0.333333333333333"),
            ("\"1380013\"*10000+8000", "13800138000"),
            ("11010519491231*10000+2", "110105194912310000"),
            ("0.1+0.2", "0.3"),
        ];
        for (formula, shown) in cases {
            assert_eq!(evaluate(formula).as_deref(), Some(shown), "{formula}");
        }
    }

    #[test]
    fn defined_names_are_expanded_as_excel_computes_them() {
        let names: BTreeMap<String, String> = [
            ("a", "\"138\""),
            ("b", "c&\"13\""),
            ("c", "\"00\""),
            ("loop", "loop&1"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let shown = |f: &str| evaluate(&with_names(f, &names));
        assert_eq!(shown("A&B&\"8000\"").as_deref(), Some("13800138000"));
        assert_eq!(shown("\"a\"&a").as_deref(), Some("a138"));
        assert_eq!(shown("A1&a"), None);
        assert_eq!(shown("loop"), None);
    }

    #[test]
    fn formulas_of_anything_else_are_not_computed() {
        for formula in [
            "A1*10000+8000",
            "SUM(B2:B9)",
            "[.A1]*2",
            "1/0",
            "\"a\"*2",
            "1+",
            "(1",
            "1 2",
            "TODAY()",
            &"(".repeat(10_000),
            &"-".repeat(10_000),
        ] {
            assert_eq!(evaluate(formula), None, "{formula}");
        }
    }
}
