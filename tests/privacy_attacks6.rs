//! The privacy guard played by a sixth attacker, with the real binary: tables whose cells span columns and rows,
//! numbers read out half in English words and half in digits, text set along a path by a percentage, and
//! spreadsheet formulas that use an ODS named expression. Attachments use the harness of `common::attached` (both
//! builds fail naming the file, never the value), text spellings that of `common::spelling`. Ordinary writing in the
//! same shapes must build untouched.
//!
//! All values are fictional: a 138 0013 8000-style phone, an ID number born in 1899 with its check character, a
//! name of the site's own records dataset.

mod common;
mod support;

use common::attached::{self, Case, case};
use common::planted::{LATIN_NAME, NAME, PHONE, attachment_site, id_number};
use common::spelling::{clean, plain};
use common::{stderr, sunlight};
use support::forge::*;

fn planted() -> Vec<String> {
    let id = id_number();
    vec![
        PHONE.into(),
        NAME.into(),
        id.clone(),
        id[..17].to_string(),
        LATIN_NAME.into(),
    ]
}

fn class(name: &str, cases: Vec<Case>) {
    attached::class(name, cases, &planted());
}

/// Ordinary files of these shapes: the strict build passes.
fn builds_strict(files: &[(String, Vec<u8>)]) {
    let dir = attachment_site(files);
    let out = sunlight(dir.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

fn html_page(body: &str) -> Vec<u8> {
    format!("<!DOCTYPE html><html><body>{body}</body></html>\n").into_bytes()
}

// ----------------------------------------------------------------------------------------------------------------
// HTML tables laid out as a browser lays them out (colspan, rowspan)
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn numbers_split_over_spanned_table_cells() {
    let id = id_number();
    class(
        "HTML table spans",
        vec![
            case(
                "a heading spanning two columns before the phone heading",
                "static/files/a.html",
                html_page(
                    "<table><tr><th colspan=\"2\">姓名</th><th>联系电话</th><th></th></tr>\
                     <tr><td>张</td><td>某</td><td>138</td><td>0013 8000</td></tr></table>",
                ),
                "",
            ),
            case(
                "a phone word in a cell spanning two rows",
                "static/files/b.html",
                html_page(
                    "<table><tr><th>序号</th><th>项目</th><th>甲</th><th>乙</th></tr>\
                     <tr><td>1</td><td rowspan=\"2\">联系电话</td><td>139</td><td>0000 0000</td></tr>\
                     <tr><td>2</td><td>138</td><td>0013 8000</td></tr></table>",
                ),
                "",
            ),
            case(
                "an ID number whose first part spans two rows",
                "static/files/c.html",
                html_page(&format!(
                    "<table><tr><th>甲</th><th>乙</th></tr>\
                     <tr><td rowspan=\"2\">{}</td><td>0</td></tr><tr><td>{}</td></tr></table>",
                    &id[..8],
                    &id[8..]
                )),
                "",
            ),
        ],
    );
}

#[test]
fn ordinary_tables_with_spans_build() {
    builds_strict(&[(
        "static/files/counts.html".to_string(),
        html_page(
            "<table><tr><th rowspan=\"2\">镇</th><th colspan=\"2\">户数</th><th>金额</th></tr>\
             <tr><th>城镇</th><th>农村</th><th>元</th></tr>\
             <tr><td>甲</td><td>138</td><td>0013</td><td>8000</td></tr>\
             <tr><td colspan=\"2\">合计</td><td>2023</td><td>1380</td></tr></table>",
        ),
    )]);
}

// ----------------------------------------------------------------------------------------------------------------
// Numbers read out half in English words and half in digits
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn numbers_read_out_in_english_words_and_digits() {
    common::spelling::class(
        "number words and digits",
        vec![
            plain("words then digits", "Call one three eight 0013 8000"),
            plain("digits around words", "Mobile 138 zero zero one three 8000"),
            plain("hyphens", "one-three-eight-0013-8000"),
        ],
    );
}

#[test]
fn english_number_words_beside_figures_stay() {
    clean(
        "number words beside figures",
        vec![
            plain(
                "a count and a year",
                "One of the 2023 reports, two of 1500 homes",
            ),
            plain("a list", "three 2023 2024 2025 reviews and one 150"),
        ],
    );
}

// ----------------------------------------------------------------------------------------------------------------
// SVG: text along a path placed by a percentage of its length
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn a_label_along_a_path_placed_by_a_percentage() {
    common::spelling::file_class(
        "SVG textPath percentage",
        vec![(
            "startOffset as a percentage of the path's length",
            common::spelling::static_svg(
                r##"<defs><path id="p" d="M0 10 L1000 10"/></defs><text x="400" y="10" font-size="10">电话138</text><text font-size="10"><textPath href="#p" startOffset="43.9%">00138000</textPath></text>"##,
            ),
        )],
    );
}
