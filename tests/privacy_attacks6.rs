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

use common::attached::{self, builds_strict, case, planted_class, planted_values};
use common::planted::id_number;
use common::spelling::{clean, plain};
use support::forge::*;

fn html_page(body: &str) -> Vec<u8> {
    format!("<!DOCTYPE html><html><body>{body}</body></html>\n").into_bytes()
}

// ----------------------------------------------------------------------------------------------------------------
// HTML tables laid out as a browser lays them out (colspan, rowspan)
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn numbers_split_over_spanned_table_cells() {
    let id = id_number();
    planted_class(
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

// ----------------------------------------------------------------------------------------------------------------
// ODS: a formula that uses a named expression
// ----------------------------------------------------------------------------------------------------------------

/// An ODS of one sheet 名单 whose first row is `cells`, with `names` (the XML of `table:named-expressions`).
fn ods_with_names(cells: &str, names: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="名单"><table:table-row>{cells}</table:table-row></table:table><table:named-expressions>{names}</table:named-expressions></office:spreadsheet></office:body></office:document-content>"#
    );
    zip_of(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", content.as_bytes()),
    ])
}

#[test]
fn ods_formulas_over_named_expressions() {
    planted_class(
        "ODS named expressions",
        vec![
            case(
                "names that hold the parts",
                "static/files/a.ods",
                ods_with_names(
                    r#"<table:table-cell table:formula="of:=a&amp;b&amp;c"/>"#,
                    r#"<table:named-expression table:name="a" table:expression="of:=&quot;138&quot;"/><table:named-expression table:name="b" table:expression="of:=&quot;0013&quot;"/><table:named-expression table:name="c" table:expression="of:=&quot;8000&quot;"/>"#,
                ),
                "名单!A1",
            ),
            case(
                "a name of arithmetic",
                "static/files/b.ods",
                ods_with_names(
                    r#"<table:table-cell table:formula="of:=tel*10000+8000"/>"#,
                    r#"<table:named-expression table:name="TEL" table:expression="of:=1380013"/>"#,
                ),
                "名单!A1",
            ),
        ],
    );
    attached::refused(
        "ODS named ranges",
        vec![case(
            "a named range the formula cannot compute",
            "static/files/c.ods",
            ods_with_names(
                r#"<table:table-cell table:formula="of:=part&amp;part"/>"#,
                r#"<table:named-range table:name="part" table:cell-range-address="$名单.$B$1"/>"#,
            ),
            "名单!A1",
        )],
        &planted_values(),
    );
}

#[test]
fn ods_formulas_over_ordinary_names_build() {
    builds_strict(&[(
        "static/files/sums.ods".to_string(),
        ods_with_names(
            r#"<table:table-cell table:formula="of:=rate*12" office:value-type="float" office:value="18"><text:p>18</text:p></table:table-cell><table:table-cell table:formula="of:=label"/>"#,
            r#"<table:named-expression table:name="rate" table:expression="of:=1.5"/><table:named-expression table:name="label" table:expression="of:=&quot;合计&quot;"/>"#,
        ),
    )]);
}

// ----------------------------------------------------------------------------------------------------------------
// HTML list markers: the number a browser shows before an item of a list the markup numbers
// ----------------------------------------------------------------------------------------------------------------

#[test]
fn a_number_completed_by_a_list_marker() {
    planted_class(
        "list markers",
        vec![
            case(
                "<ol start> before the rest of a phone",
                "static/files/a.html",
                html_page("<p>联系电话</p><ol start=\"1380013\"><li>8000</li></ol>"),
                "",
            ),
            case(
                "<li value> before the rest of a phone",
                "static/files/b.html",
                html_page("<p>联系电话</p><ol><li>甲</li><li value=\"1380013\">8000</li></ol>"),
                "",
            ),
        ],
    );
}

#[test]
fn ordinary_numbered_lists_build() {
    builds_strict(&[(
        "static/files/list.html".to_string(),
        html_page(
            "<ol start=\"2023\"><li>年工作要点</li></ol><ol start=\"3\"><li>8000 户</li><li>1380 人</li></ol>\
             <ol><li>150</li><li>2000</li></ol>",
        ),
    )]);
}
