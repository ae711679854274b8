//! The fuzz targets on the stable toolchain, so CI runs them: each target's function (fuzz/src/lib.rs, the same code
//! `cargo fuzz` drives on nightly through scripts/fuzz.sh) gets every seed and every saved crash input of
//! fuzz/seeds/ and fuzz/regressions/, then a bounded number of generated inputs: seeds mutated byte by byte and
//! spliced with the syntax each parser cares about, and plain random bytes. `SUNLIGHT_FUZZ_CASES` sets how many.

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod targets;

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Fragments that take parsers down their rarer paths: YAML structure and tags, front-matter fences, shortcode
/// syntax, HTML comments and raw HTML, numbers at the edges of their types, personal-data shapes (fictional), and
/// characters that break naive byte slicing.
const TOKENS: &[&str] = &[
    "---\n",
    "\n---\n",
    "{{",
    "}}",
    "{{ value(",
    "{{ table(",
    "{{ chart(",
    "\\{{",
    ")",
    "(",
    "\"",
    "'",
    ",",
    "=",
    "unit=true",
    "<!--",
    "-->",
    ": ",
    ":\n",
    "\n  - ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!binary ",
    "!!str ",
    "? ",
    "|\n  ",
    ">\n  ",
    "#",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u{0}",
    "1e308",
    "-1.7e308",
    "NaN",
    ".inf",
    "-9223372036854775808",
    "9223372036854775807",
    "18446744073709551616",
    "0x1F",
    "0o17",
    "-0",
    "1_000",
    "2023-02-30",
    "2023-13-01",
    "title: ",
    "date: ",
    "weight: ",
    "draft: true",
    "template: ",
    "key_figures:",
    "columns:",
    "rows:",
    "type: integer",
    "type: percent",
    "unit: 户",
    "records:",
    "kind: records",
    "##paidbegin##",
    "##paidend##",
    "张小明",
    "李\n华",
    "138 0013 8000",
    "13800138000",
    "11010519491231002X",
    "someone@example.com",
    "密码：",
    "| a | b |\n|---|---|\n",
    "[^1]",
    "[^1]: ",
    "](../",
    "![x](",
    "<script>",
    "</script>",
    "<a href=\"javascript:x\">",
    "<img src=x onerror=y>",
    "é",
    "😀",
    "\u{200b}",
    "\u{fe0f}",
    "城市低保",
    "households",
    "persons",
    "assistance",
    "\n%%csv\n",
    "kind: records\n",
    "op: sum",
    "op: count",
    "group_by: [",
    "personal: true",
    "甲镇,农村低保,",
    "9223372036854775807\n",
    "-465\n",
    "\"a,\"\"b\"",
];

fn cases(default: u32) -> u32 {
    std::env::var("SUNLIGHT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Every file of `fuzz/DIR/TARGET`, sorted, so a replay failure names the same file each time.
fn files(dir: &str, target: &str) -> Vec<(String, Vec<u8>)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(dir)
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(&folder)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| {
                    let bytes = fs::read(e.path()).expect("read a fuzz input");
                    (e.file_name().to_string_lossy().into_owned(), bytes)
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// A seed edited by `edits`: each replaces, inserts or deletes a byte, or inserts a token, at a position taken
/// modulo the current length.
fn mutate(seed: &[u8], edits: &[(u8, u16, u8)]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for &(op, at, value) in edits {
        let at = if out.is_empty() {
            0
        } else {
            usize::from(at) % (out.len() + 1)
        };
        match op % 4 {
            0 if at < out.len() => out[at] = value,
            1 => out.insert(at, value),
            2 if at < out.len() => {
                out.remove(at);
            }
            _ => {
                let token = TOKENS[usize::from(value) % TOKENS.len()].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
        }
    }
    out
}

/// An input, shown as text with escapes when a case fails, so it can be saved as a file.
#[derive(Clone)]
struct Input(Vec<u8>);

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\"{}\"", self.0.escape_ascii())
    }
}

fn inputs(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Input> {
    let seeds = if seeds.is_empty() {
        vec![Vec::new()]
    } else {
        seeds
    };
    prop_oneof![
        4 => (
            prop::sample::select(seeds),
            prop::collection::vec((any::<u8>(), any::<u16>(), any::<u8>()), 1..12)
        )
            .prop_map(|(seed, edits)| mutate(&seed, &edits)),
        2 => prop::collection::vec(prop::sample::select(TOKENS), 0..24)
            .prop_map(|t| t.concat().into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 0..256),
    ]
    .prop_map(Input)
}

/// The seeds and saved crashes of `target`, then `n` generated inputs.
fn drive(target: &str, run: fn(&[u8]), n: u32) {
    let seeds = files("seeds", target);
    for (name, bytes) in seeds.iter().chain(files("regressions", target).iter()) {
        let outcome = std::panic::catch_unwind(|| run(bytes));
        assert!(outcome.is_ok(), "fuzz/{target}: the input {name} fails");
    }
    let mut runner = TestRunner::new(Config {
        cases: cases(n),
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(
        &inputs(seeds.into_iter().map(|(_, b)| b).collect()),
        |input| {
            run(&input.0);
            Ok(())
        },
    );
    if let Err(e) = result {
        panic!(
            "fuzz target {target} failed; save the input below as fuzz/regressions/{target}/NAME and fix it: {e}"
        );
    }
}

#[test]
fn front_matter() {
    drive("front_matter", targets::front_matter, 150);
}

#[test]
fn dataset() {
    drive("dataset", targets::dataset, 150);
}

#[test]
fn shortcodes() {
    drive("shortcodes", targets::shortcodes, 2000);
}

#[test]
fn privacy() {
    drive("privacy", targets::privacy, 2000);
}

#[test]
fn markdown() {
    drive("markdown", targets::markdown, 1000);
}
