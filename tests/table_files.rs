//! Summary tables from CSV, XLSX and ODS files (`data/ID.csv|xlsx|ods`, optional `data/ID.yaml` sidecar), run
//! through the real binary: a monthly statistics table as offices send it (title line, merged header, heading rows,
//! spacer rows, figures with separators, a 注 note) is published without retyping a figure, every mistake names
//! its cell, and the privacy guard reads the cells as it reads YAML.

mod common;

use std::io::Write;
use std::path::Path;

use common::{fixture, read, stderr, sunlight, tree};
use rust_xlsxwriter::{Format, Workbook};

/// A fictional ID number with a valid check digit (never a real person's: the date and place are made up).
fn fictional_id() -> String {
    let first17 = "11010519491231002";
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first17
        .chars()
        .zip(weights)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    format!("{first17}{check}")
}

/// The monthly table: A1 title (merged over the table), A3:C4 a two-row header with 本月 merged over two columns,
/// a heading row, a spacer row and a note. `cell` overrides one body cell (row, column, text).
fn monthly_xlsx(cell: Option<(u32, u16, &str)>) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("月报").expect("name");
    let plain = Format::new();
    sheet
        .merge_range(0, 0, 0, 3, "民政事业统计月报表", &plain)
        .expect("merge");
    sheet
        .merge_range(2, 0, 3, 0, "指标", &plain)
        .expect("merge");
    sheet
        .merge_range(2, 1, 3, 1, "单位", &plain)
        .expect("merge");
    sheet
        .merge_range(2, 2, 2, 3, "本月", &plain)
        .expect("merge");
    sheet.write_string(3, 2, "数量").expect("write");
    sheet.write_string(3, 3, "同比增长（%）").expect("write");
    let body: [(&str, &str, Option<&str>, Option<f64>); 5] = [
        ("一、综合", "", None, None),
        ("1.镇", "个", Some("1,405"), Some(2.5)),
        ("2.乡", "个", None, Some(-1.0)),
        ("3.街道", "个", Some("—"), None),
        ("合计", "个", Some("1 717"), None),
    ];
    for (i, (name, unit, n, growth)) in body.iter().enumerate() {
        // Row 7 (index 6) is left blank as a spacer before 2.乡.
        let r = if i >= 2 { 5 + i as u32 } else { 4 + i as u32 };
        sheet.write_string(r, 0, *name).expect("write");
        if !unit.is_empty() {
            sheet.write_string(r, 1, *unit).expect("write");
        }
        if let Some(n) = n {
            sheet.write_string(r, 2, *n).expect("write");
        }
        if let Some(g) = growth {
            sheet.write_number(r, 3, *g).expect("write");
        }
    }
    sheet.write_number(7, 2, 312.0).expect("write");
    sheet
        .write_string(10, 0, "注：部分合计数因四舍五入与分项之和略有出入。")
        .expect("write");
    if let Some((r, c, text)) = cell {
        sheet.write_string(r, c, text).expect("write");
    }
    book.save_to_buffer().expect("xlsx")
}

fn site_with(files: &[(&str, &[u8])], page: &str) -> tempfile::TempDir {
    let site = fixture("basic");
    for (rel, bytes) in files {
        std::fs::write(site.path().join(rel), bytes).expect("write");
    }
    std::fs::write(
        site.path().join("content/table.md"),
        format!("---\ntitle: 月报\n---\n{page}\n"),
    )
    .expect("write");
    site
}

fn no_spreadsheet_in(out: &Path) {
    for (rel, _) in tree(out) {
        assert!(
            !rel.ends_with(".xlsx") && !rel.ends_with(".ods"),
            "the spreadsheet is input only: {rel}"
        );
    }
}

#[test]
fn a_monthly_xlsx_is_published_without_retyping_a_figure() {
    let xlsx = monthly_xlsx(None);
    let site = site_with(
        &[("data/mz.xlsx", &xlsx)],
        "全区共有镇{{ value(\"mz\", \"1.镇\", \"本月_数量\") }}，乡{{ value(\"mz\", \"2.乡\", \"本月_数量\") }}。\n\n{{ table(\"mz\") }}",
    );
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let page = read(site.path(), "public/table/index.html");
    assert!(page.contains("1405"), "{page}");
    assert!(page.contains("312"), "{page}");
    assert!(
        page.contains("注：部分合计数因四舍五入与分项之和略有出入。"),
        "the note is the table's note:\n{page}"
    );
    assert!(page.contains("同比增长"), "merged header labels:\n{page}");
    assert!(
        page.contains("<th scope=\"rowgroup\" colspan=\"4\" class=\"row-heading\">一、综合</th>"),
        "a heading row of the hierarchy heads the rows below it:\n{page}"
    );
    assert!(
        page.contains("<th scope=\"row\" class=\"level-1\">1.镇</th>"),
        "rows below a heading are indented:\n{page}"
    );
    no_spreadsheet_in(&site.path().join("public"));
    let json = tree(&site.path().join("public"))
        .into_iter()
        .find(|(rel, _)| rel.ends_with("mz.json"))
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .expect("a JSON download of the table");
    assert!(
        json.contains("\"本月_数量\": 1405"),
        "integers stay integers:\n{json}"
    );
    assert!(
        json.contains("民政事业统计月报表"),
        "the title line is the title:\n{json}"
    );

    // `check` reports the types it read from the figures, so the editor can confirm them.
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(
        err.contains("data/mz.xlsx") && err.contains("本月_数量: integer"),
        "{err}"
    );
}

#[test]
fn a_word_among_figures_names_its_sheet_cell() {
    // Row 9, column C: 3.街道's figure written as words.
    let xlsx = monthly_xlsx(Some((8, 2, "约三千")));
    let site = site_with(&[("data/mz.xlsx", &xlsx)], "x");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("data/mz.xlsx:月报!C9: error: `约三千` in the integer column `本月_数量` is not a number"),
        "{err}"
    );
    assert!(!site.path().join("public").exists());

    let xlsx = monthly_xlsx(Some((8, 2, "1,71,7")));
    let site = site_with(&[("data/mz.xlsx", &xlsx)], "x");
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("data/mz.xlsx:月报!C9: error: `1,71,7` in the integer column `本月_数量` has its digits grouped wrongly"),
        "{err}"
    );
}

#[test]
fn a_sidecar_declares_types_units_and_the_sheet() {
    let xlsx = monthly_xlsx(None);
    let sidecar = "title: 民政事业统计月报（2020年1月）\nsource: 测试区民政局\nas_of: 2020-01-31\nsheet: 月报\ncolumns:\n  - {header: 本月 数量, key: n, type: number}\n  - {header: 本月 同比增长（%）, key: yoy, type: number, unit: '%'}\n";
    let site = site_with(
        &[
            ("data/mz.xlsx", &xlsx),
            ("data/mz.yaml", sidecar.as_bytes()),
        ],
        "{{ value(\"mz\", \"1.镇\", \"n\") }}",
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(site.path(), "public/table/index.html");
    assert!(page.contains("1405"), "{page}");

    let bad = sidecar.replace("sheet: 月报", "sheet: 年报");
    let site = site_with(
        &[("data/mz.xlsx", &xlsx), ("data/mz.yaml", bad.as_bytes())],
        "x",
    );
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("data/mz.yaml:4:8: error: the spreadsheet has no sheet `年报`"),
        "{err}"
    );
    assert!(err.contains("use one of: 月报"), "{err}");
}

#[test]
fn an_id_number_in_a_sheet_cell_is_caught_like_one_in_yaml() {
    let id = fictional_id();
    let xlsx = monthly_xlsx(Some((7, 1, &id)));
    let site = site_with(&[("data/mz.xlsx", &xlsx)], "x");
    let strict = sunlight(site.path(), &["build", "--strict"]);
    let err = stderr(&strict);
    assert_eq!(strict.status.code(), Some(1), "{err}");
    assert!(err.contains("data/mz.xlsx"), "{err}");
    assert!(err.contains("personal data found and replaced"), "{err}");
    assert!(!err.contains(&id), "the value is never printed");
    assert!(!site.path().join("public").exists());
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for (rel, bytes) in tree(&site.path().join("public")) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(&id),
            "{rel} holds the ID number"
        );
    }

    // In the table's 注 row, which is published under the table, it is replaced all the same.
    let xlsx = monthly_xlsx(Some((
        10,
        0,
        &format!("注：举报电话 13800138000，证件 {id}"),
    )));
    let site = site_with(&[("data/mz.xlsx", &xlsx)], "{{ table(\"mz\") }}");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("personal data found and replaced"), "{err}");
    let page = read(site.path(), "public/table/index.html");
    assert!(
        page.contains("注：举报电话"),
        "the note is published, cleaned:\n{page}"
    );
    for (rel, bytes) in tree(&site.path().join("public")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(&id) && !text.contains("13800138000"),
            "{rel} holds the note's personal data"
        );
    }

    // The same value in a YAML dataset fails the strict build the same way.
    let site = fixture("basic");
    let yaml = std::fs::read_to_string(site.path().join("data/assistance.yaml")).expect("read")
        + &format!("  - {{category: \"{id}\", households: 12}}\n");
    std::fs::write(site.path().join("data/assistance.yaml"), yaml).expect("write");
    let yaml_err = stderr(&sunlight(site.path(), &["build", "--strict"]));
    assert!(
        yaml_err.contains("personal data found and replaced"),
        "{yaml_err}"
    );
}

/// An ODS spreadsheet as LibreOffice writes it, reduced to what a reader needs: a zip with the mimetype first and
/// the table in content.xml (a covered cell stands where a merged cell spans).
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1">"#,
    );
    for row in rows {
        xml.push_str("<table:table-row>");
        for cell in *row {
            if cell.is_empty() {
                xml.push_str("<table:table-cell/>");
            } else if let Ok(n) = cell.parse::<f64>() {
                xml.push_str(&format!(
                    r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{cell}</text:p></table:table-cell>"#
                ));
            } else {
                xml.push_str(&format!(
                    r#"<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>"#
                ));
            }
        }
        xml.push_str("</table:table-row>");
    }
    xml.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        z.start_file("mimetype", stored).expect("zip");
        z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .expect("zip");
        z.start_file("META-INF/manifest.xml", stored).expect("zip");
        z.write_all(manifest.as_bytes()).expect("zip");
        z.start_file("content.xml", stored).expect("zip");
        z.write_all(xml.as_bytes()).expect("zip");
        z.finish().expect("zip");
    }
    buf.into_inner()
}

#[test]
fn an_ods_table_with_a_merged_header() {
    let file = ods(&[
        &["类别", "城市低保", "", "农村低保", ""],
        &["", "户数", "人数", "户数", "人数"],
        &["甲镇", "1,205", "2,301", "3", "4"],
        &["乙镇", "10", "20", "30", "40"],
    ]);
    let site = site_with(
        &[("data/db.ods", &file)],
        "{{ value(\"db\", \"甲镇\", \"城市低保_人数\") }}",
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(site.path(), "public/table/index.html");
    assert!(page.contains("2301"), "{page}");
    no_spreadsheet_in(&site.path().join("public"));

    let file = ods(&[
        &["类别", "人数"],
        &["甲镇", "1"],
        &["乙镇", "2"],
        &["丙镇", "三"],
        &["丁镇", "4"],
        &["戊镇", "5"],
    ]);
    let site = site_with(&[("data/db.ods", &file)], "x");
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains(
            "data/db.ods:Sheet1!B4: error: `三` in the integer column `人数` is not a number"
        ),
        "{err}"
    );
}

#[test]
fn a_csv_summary_table_with_a_sidecar_and_checks() {
    let csv = "指标,人数（人）\n城市低保,\"5,829\"\n农村低保,\"36,758\"\n合计,\"42,587\"\n";
    let sidecar = "title: 城乡低保\nchecks:\n  - {sum: 人数, total: 合计}\n";
    let site = site_with(
        &[
            ("data/db.csv", csv.as_bytes()),
            ("data/db.yaml", sidecar.as_bytes()),
        ],
        "{{ value(\"db\", \"合计\", \"人数\") }}",
    );
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(site.path(), "public/table/index.html");
    assert!(
        page.contains("42,587人"),
        "the unit comes from the header:\n{page}"
    );

    let wrong = csv.replace("42,587", "42,588");
    let site = site_with(
        &[
            ("data/db.csv", wrong.as_bytes()),
            ("data/db.yaml", sidecar.as_bytes()),
        ],
        "x",
    );
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("data/db.yaml:3:5: error: in column `人数`, the parts 城市低保 + 农村低保 add up to 42587, but the total `合计` is 42588"),
        "{err}"
    );
}

#[test]
fn check_reads_figures_with_separators_whole_and_shows_them_unmasked() {
    let csv = "指标,人数（人）\n特困供养,\"2,478,369\"\n临时救助,\"10,374\"\n";
    let site = site_with(
        &[("data/db.csv", csv.as_bytes())],
        "全区特困供养2,478,368人，临时救助10,374人。",
    );
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(
        err.contains("warning: the text says 2,478,368人, but db holds 2,478,369人 for `特困供养`"),
        "{err}"
    );
    assert!(
        err.contains("the figure 10,374人 is typed by hand"),
        "read whole, not as 374人:\n{err}"
    );
    assert!(!err.contains("figure 374人"), "{err}");
    assert!(
        !err.contains('•'),
        "ordinary figures are never masked:\n{err}"
    );
}

#[test]
fn digits_grouped_wrongly_in_the_first_row_are_refused_at_their_cell() {
    // Without the fix this row became a second header row (`数_1,40,5`) and 镇 was lost from the table.
    let csv = "指标,数\n镇,\"1,40,5\"\n乡,\"１，４０５\"\n村,\"1 405\"\n组,12\n";
    let site = site_with(&[("data/g.csv", csv.as_bytes())], "{{ table(\"g\") }}");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("data/g.csv:2:3: error: `1,40,5` in the integer column `数` has its digits grouped wrongly"),
        "{err}"
    );
}

#[test]
fn a_yaml_dataset_with_rows_beside_a_csv_of_its_name_is_told_apart() {
    let csv = "指标,人数（人）\n城市低保,\"5,829\"\n";
    let yaml = "title: 城乡低保\ncolumns:\n  - {key: k, label: 项目}\nrows:\n  - {k: 城市低保}\n";
    let site = site_with(
        &[
            ("data/db.csv", csv.as_bytes()),
            ("data/db.yaml", yaml.as_bytes()),
        ],
        "x",
    );
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("data/db.yaml:5:3: error: this YAML is the sidecar of data/db.csv, which holds the table's rows, so it cannot have `rows:` too")
            && err.contains("give one of the files another name")
            && !err.contains("kind: records"),
        "{err}"
    );
}

#[test]
fn a_column_and_the_site_choose_how_digits_are_grouped() {
    let csv = "指标,人数（人）,金额（万元）\n城市低保,\"1,405\",\"2,478,369.5\"\n";
    let sidecar = "columns:\n  - {header: 人数, grouping: thousands}\n";
    let page = "{{ value(\"g\", \"城市低保\", \"人数\") }}；{{ value(\"g\", \"城市低保\", \"金额\") }}\n\n{{ table(\"g\") }}";
    let site = site_with(
        &[
            ("data/g.csv", csv.as_bytes()),
            ("data/g.yaml", sidecar.as_bytes()),
        ],
        page,
    );
    let yaml = site.path().join("site.yaml");
    let config = std::fs::read_to_string(&yaml).expect("site.yaml");
    std::fs::write(&yaml, format!("{config}grouping: none\n")).expect("write");
    let out = sunlight(site.path(), &["build"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = read(site.path(), "public/table/index.html");
    // The column says thousands (1,405, which the language's rule leaves whole); the site says none for the rest.
    assert!(
        html.contains(">1,405人</a>") && html.contains(">2478369.5万元</a>"),
        "{html}"
    );
    assert!(
        html.contains(">1,405</td>") && html.contains(">2478369.5</td>"),
        "{html}"
    );
    let csv = read(site.path(), "public/data/g.csv");
    assert!(
        csv.contains(",1405,2478369.5"),
        "downloads are never grouped: {csv}"
    );
    // A value the setting does not know is refused at its place.
    std::fs::write(&yaml, format!("{config}grouping: commas\n")).expect("write");
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("site.yaml:") && err.contains("commas"),
        "{err}"
    );
}
