//! Data as it arrives month after month, run through the real binary: tables of one series (`series:`, `period:`)
//! from CSV, XLSX and ODS with a unit column, a hierarchy, a rounding note and a tolerance; `value()` and key-figure
//! tiles asking for a period and showing the change against the month before (环比) and a year earlier (同比) in
//! words and arrows; a chart across the periods with a gap for the missing month; total rows marked in the downloads.
//! All figures are fictional.

mod common;

use std::io::Write;

use common::{fixture, read, stderr, sunlight, tree};
use rust_xlsxwriter::Workbook;

/// The indicator rows of one month: name, unit, figure.
type Month<'a> = [(&'a str, &'a str, &'a str); 6];

/// October 2023: 一、综合 (in 个) is the sum of 1.镇 and 2.乡; 二、资金 (in 万元) of two parts that, rounded, add up
/// to 0.1 less.
const OCT: Month = [
    ("一、综合", "个", "1,717"),
    ("1.镇", "个", "1,405"),
    ("2.乡", "个", "312"),
    ("二、资金", "万元", "123,894.7"),
    ("1.低保资金", "万元", "100,000.3"),
    ("2.特困资金", "万元", "23,894.3"),
];

/// The same table with other figures for 一、综合 and 1.镇.
fn month(total: &'static str, towns: &'static str) -> Month<'static> {
    let mut m = OCT;
    m[0].2 = total;
    m[1].2 = towns;
    m
}

const SIDECAR: &str = "columns:\n  - {header: 本月数, key: n, type: number}\nunit_column: 单位\nhierarchy: numbering\nseries: mz-monthly\n";

fn csv(rows: &Month) -> Vec<u8> {
    let mut s = String::from("指标,单位,本月数\n");
    for (k, u, n) in rows {
        s.push_str(&format!("{k},{u},\"{n}\"\n"));
    }
    s.push_str("注：部分合计数因四舍五入与分项之和略有出入。\n");
    s.into_bytes()
}

fn xlsx(rows: &Month) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (j, h) in ["指标", "单位", "本月数"].iter().enumerate() {
        sheet.write_string(0, j as u16, *h).expect("write");
    }
    for (i, (k, u, n)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, *k).expect("write");
        if !u.is_empty() {
            sheet.write_string(r, 1, *u).expect("write");
        }
        if !n.is_empty() {
            sheet.write_string(r, 2, *n).expect("write");
        }
    }
    sheet
        .write_string(
            rows.len() as u32 + 1,
            0,
            "注：部分合计数因四舍五入与分项之和略有出入。",
        )
        .expect("write");
    book.save_to_buffer().expect("xlsx")
}

/// A minimal OpenDocument spreadsheet holding `rows` as text cells.
fn ods(rows: &[Vec<&str>]) -> Vec<u8> {
    let mut body = String::new();
    for r in rows {
        body.push_str("<table:table-row>");
        for c in r {
            if c.is_empty() {
                body.push_str("<table:table-cell/>");
            } else {
                body.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{c}</text:p></table:table-cell>"
                ));
            }
        }
        body.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Sheet1\">{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("zip");
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("zip");
    zip.start_file("META-INF/manifest.xml", stored)
        .expect("zip");
    zip.write_all(manifest.as_bytes()).expect("zip");
    zip.start_file("content.xml", stored).expect("zip");
    zip.write_all(content.as_bytes()).expect("zip");
    zip.finish().expect("zip").into_inner()
}

fn ods_month(rows: &Month) -> Vec<u8> {
    let mut grid = vec![vec!["指标", "单位", "本月数"]];
    grid.extend(rows.iter().map(|(k, u, n)| vec![*k, *u, *n]));
    grid.push(vec!["注：部分合计数因四舍五入与分项之和略有出入。"]);
    ods(&grid)
}

/// October 2022 as XLSX, September 2023 as ODS, October 2023 as CSV; `checks` is added to every sidecar.
fn series_site(checks: &str, page: &str, home: &str) -> tempfile::TempDir {
    let site = fixture("basic");
    let data = site.path().join("data");
    let sep = month("1,692", "1,380");
    let last_year = month("1,732", "1,420");
    let side = |period: &str, title: &str| {
        format!(
            "title: 民政事业统计月报（{title}）\nsource: 测试区民政局（虚构数据）\n{SIDECAR}period: {period}\n{checks}"
        )
    };
    std::fs::write(data.join("mz-2022-10.xlsx"), xlsx(&last_year)).expect("write");
    std::fs::write(data.join("mz-2022-10.yaml"), side("2022-10", "2022年10月")).expect("write");
    std::fs::write(data.join("mz-2023-09.ods"), ods_month(&sep)).expect("write");
    std::fs::write(data.join("mz-2023-09.yaml"), side("2023-09", "2023年9月")).expect("write");
    std::fs::write(data.join("mz-2023-10.csv"), csv(&OCT)).expect("write");
    std::fs::write(data.join("mz-2023-10.yaml"), side("2023-10", "2023年10月")).expect("write");
    std::fs::write(
        site.path().join("content/series.md"),
        format!("---\ntitle: 月报\n---\n{page}\n"),
    )
    .expect("write");
    std::fs::write(site.path().join("content/_index.md"), home).expect("write");
    site
}

const HOME: &str = "---\ntitle: 首页\nkey_figures:\n  - {dataset: mz-monthly, row: 1.镇, column: n, label: 建制镇}\n  - {dataset: mz-monthly, row: 二、资金, column: n, label: 资金, period: 2023-09, changes: [环比]}\n---\n欢迎。\n";

const CHECKS: &str = "checks:\n  - {sum: n, tree: true, tolerance: 0.1}\n";

#[test]
fn a_series_of_three_months_shows_its_changes_on_tiles_and_in_value() {
    let page = "本月全区共有镇{{ value(\"mz-monthly\", \"1.镇\", \"n\", change=\"环比\") }}，同比{{ value(\"mz-monthly\", \"1.镇\", \"n\", change=\"同比\") }}；9月为{{ value(\"mz-monthly\", \"1.镇\", \"n\", period=\"2023-09\") }}，资金{{ value(\"mz-monthly\", \"二、资金\", \"n\") }}。\n\n{{ table(\"mz-2023-10\") }}";
    let site = series_site(CHECKS, page, HOME);
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/series/index.html");
    // 1405 against 1380 in September: +1.8 %; against 1420 a year earlier: −1.1 %.
    assert!(
        html.contains(">1,405个</a>") || html.contains(">1405个</a>"),
        "the figure takes its row's unit:\n{html}"
    );
    assert!(
        html.contains("<span class=\"change change-up\"><span aria-hidden=\"true\">▲</span> 环比增长1.8%</span>"),
        "{html}"
    );
    assert!(
        html.contains("<span class=\"change change-down\"><span aria-hidden=\"true\">▼</span> 同比下降1.1%</span>"),
        "{html}"
    );
    assert!(
        html.contains(">1380个</a>"),
        "period= picks September:\n{html}"
    );
    assert!(html.contains("万元</a>"), "a row in 万元:\n{html}");
    let home = read(site.path(), "public/index.html");
    assert!(
        home.contains("环比增长1.8%") && home.contains("同比下降1.1%"),
        "{home}"
    );
    // September's funds have no table a month before (August is missing): written as missing, not as a change.
    assert!(
        home.contains("<span class=\"change change-missing\">环比：2023年8月无可比数据</span>"),
        "{home}"
    );
    // The parents of the hierarchy (the tree check's totals) are marked in both downloads.
    let files = tree(&site.path().join("public"));
    let get = |name: &str| {
        files
            .iter()
            .find(|(rel, _)| rel.ends_with(name))
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_else(|| panic!("{name} is published"))
    };
    let csv = get("data/mz-2023-10.csv");
    assert!(
        csv.contains("合计行") && csv.contains("一、综合,个,1717,是"),
        "{csv}"
    );
    assert!(csv.contains("1.镇,个,1405,\r\n"), "{csv}");
    let json = get("data/mz-2023-10.json");
    assert!(
        json.contains("\"total_rows\": [\n    \"一、综合\",\n    \"二、资金\"\n  ]"),
        "{json}"
    );
    assert!(json.contains("\"unit_column\": \"单位\""), "{json}");
}

#[test]
fn a_chart_across_the_periods_leaves_missing_months_as_gaps() {
    let site = series_site(CHECKS, "{{ chart(\"towns\") }}", HOME);
    std::fs::create_dir_all(site.path().join("charts")).expect("dir");
    std::fs::write(
        site.path().join("charts/towns.yaml"),
        "title: 建制镇个数\ntype: line\ndata: mz-monthly\nrows: [1.镇, 2.乡]\ny: n\n",
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/series/index.html");
    // Thirteen months from October 2022 to October 2023; eleven of them have no table.
    assert!(
        html.contains("2022年10月") && html.contains("2023年10月"),
        "{html}"
    );
    assert!(
        html.contains("2023年3月"),
        "a missing month is shown:\n{html}"
    );
    let table = read(site.path(), "public/data/mz-monthly/index.html");
    assert!(table.contains("1.镇 本月数"), "{table}");
    assert!(
        !table.contains(">0<"),
        "a missing month is never zero:\n{table}"
    );
}

#[test]
fn mistakes_in_a_series_are_named() {
    let cases: [(&str, &str); 4] = [
        (
            "{{ value(\"mz-monthly\", \"1.镇\", \"n\", period=\"2023-08\") }}",
            "the series `mz-monthly` has no table for 2023-08",
        ),
        (
            "{{ value(\"mz-monthly\", \"1.镇\", \"n\", change=\"去年\") }}",
            "`去年` is not a change value() can show",
        ),
        (
            "{{ value(\"assistance\", \"城市低保\", \"persons\", change=\"环比\") }}",
            "`assistance` belongs to no series",
        ),
        (
            "{{ value(\"assistance\", \"城市低保\", \"persons\", period=\"2023-10\") }}",
            "`assistance` is a dataset, not a series",
        ),
    ];
    for (page, message) in cases {
        let site = series_site(CHECKS, page, "---\ntitle: 首页\n---\n");
        let out = sunlight(site.path(), &["build"]);
        let err = stderr(&out);
        assert!(!out.status.success(), "{page}");
        assert!(err.contains(message), "{page}: {err}");
    }
}

#[test]
fn the_tree_check_reads_the_rounding_note_and_its_tolerance() {
    // Without the tolerance the rounding of 二、资金 (123,894.7 against 123,894.6) fails, and the hint speaks of it.
    let site = series_site(
        "checks:\n  - {sum: n, tree: true}\n",
        "x",
        "---\ntitle: 首页\n---\n",
    );
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("the rows under `二、资金` (1.低保资金 + 2.特困资金) add up to 123894.6, but `二、资金` is 123894.7"),
        "{err}"
    );
    assert!(
        err.contains("the table says its figures are rounded"),
        "{err}"
    );
    assert!(
        !err.contains('•'),
        "ordinary figures are never masked:\n{err}"
    );
    // A part changed well beyond the tolerance is found.
    let site = series_site(CHECKS, "x", "---\ntitle: 首页\n---\n");
    let mut oct = String::from_utf8(csv(&OCT)).unwrap();
    oct = oct.replace("2.乡,个,\"312\"", "2.乡,个,\"999\"");
    std::fs::write(site.path().join("data/mz-2023-10.csv"), oct).expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains(
            "the rows under `一、综合` (1.镇 + 2.乡) add up to 2404, but `一、综合` is 1717"
        ),
        "{err}"
    );
    assert!(err.contains("larger than the tolerance 0.1"), "{err}");
}

#[test]
fn check_shows_the_hierarchy_it_read_until_the_sidecar_confirms_it() {
    let site = series_site(CHECKS, "x", "---\ntitle: 首页\n---\n");
    let side = site.path().join("data/mz-2023-10.yaml");
    let text = std::fs::read_to_string(&side)
        .unwrap()
        .replace("hierarchy: numbering\n", "");
    std::fs::write(&side, text).expect("write");
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(
        err.contains("the hierarchy was read from the numbering of the rows: 一、综合 > 1.镇, 2.乡 | 二、资金 > 1.低保资金, 2.特困资金"),
        "{err}"
    );
    assert!(err.contains("hierarchy: numbering"), "{err}");
    assert_eq!(err.matches("the hierarchy was read").count(), 1, "{err}");
}

#[test]
fn a_display_unit_that_cannot_convert_is_refused() {
    let site = series_site(CHECKS, "{{ chart(\"mix\") }}", "---\ntitle: 首页\n---\n");
    std::fs::create_dir_all(site.path().join("charts")).expect("dir");
    std::fs::write(
        site.path().join("charts/mix.yaml"),
        "title: 混合\ntype: bar\ndata: mz-2023-10\nrows: [1.镇, 二、资金]\ny: n\ndisplay_unit: 亿元\n",
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("`display_unit: 亿元` cannot show the figure of `1.镇`, which is in 个"),
        "{err}"
    );
}

#[test]
fn measures_of_different_units_are_drawn_as_small_multiples() {
    let site = series_site(CHECKS, "{{ chart(\"both\") }}", "---\ntitle: 首页\n---\n");
    std::fs::create_dir_all(site.path().join("charts")).expect("dir");
    let spec = "title: 建制镇和资金\ntype: line\ndata: mz-monthly\nrows: [1.镇, 二、资金]\ny: n\n";
    std::fs::write(site.path().join("charts/both.yaml"), spec).expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("the figures drawn have different units (万元, 个)")
            && err.contains("small_multiples: true"),
        "the refusal points at small multiples:\n{err}"
    );
    std::fs::write(
        site.path().join("charts/both.yaml"),
        format!("{spec}small_multiples: true\n"),
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let svg = read(site.path(), "public/charts/both.svg");
    for words in [
        ">单位：个<",
        ">单位：万元<",
        ">1.镇 本月数<",
        ">二、资金 本月数<",
        "折线图，按单位分为2幅小图（个、万元），各有自己的数轴",
    ] {
        assert!(svg.contains(words), "{words}:\n{svg}");
    }
    // Missing months stay missing in both panels: the table under the chart has no zero.
    let html = read(site.path(), "public/series/index.html");
    assert!(html.contains("2023年3月"), "{html}");
    assert!(
        !html.contains("\">0</td>"),
        "a missing month is never zero:\n{html}"
    );
}

#[test]
fn the_english_pages_show_a_series_in_english() {
    let site = series_site(CHECKS, "{{ chart(\"towns\") }}", HOME);
    let yaml = site.path().join("site.yaml");
    let mut config = std::fs::read_to_string(&yaml).expect("site.yaml");
    config.push_str("languages:\n  en:\n    title: Test District\n");
    std::fs::write(&yaml, config).expect("write");
    for month in ["2022-10", "2023-09", "2023-10"] {
        let side = site.path().join(format!("data/mz-{month}.yaml"));
        let mut text = std::fs::read_to_string(&side).expect("sidecar");
        text.push_str("translations:\n  en:\n    title: Monthly statistics\n    columns: {n: This month}\n    values: {1.镇: 1. Towns, 2.乡: 2. Townships, 个: units}\n");
        std::fs::write(&side, text).expect("write");
    }
    std::fs::create_dir_all(site.path().join("charts")).expect("dir");
    std::fs::write(
        site.path().join("charts/towns.yaml"),
        "title: 建制镇个数\ntype: line\ndata: mz-monthly\nrows: [1.镇, 2.乡]\ny: n\ntranslations:\n  en: {title: Towns}\n",
    )
    .expect("write");
    std::fs::write(
        site.path().join("content/series.en.md"),
        "---\ntitle: Monthly\n---\nTowns: {{ value(\"mz-monthly\", \"1.镇\", \"n\", change=\"环比\") }}.\n\n{{ chart(\"towns\") }}\n",
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let table = read(site.path(), "public/en/data/mz-monthly/index.html");
    for words in ["October 2023", "Period", "1. Towns This month", "(units)"] {
        assert!(table.contains(words), "{words}:\n{table}");
    }
    for chinese in ["2023年10月", "期间", "本月数", "环比"] {
        assert!(!table.contains(chinese), "{chinese}:\n{table}");
    }
    let page = read(site.path(), "public/en/series/index.html");
    assert!(page.contains("up 1.8% on September 2023"), "{page}");
    for chinese in ["环比", "2023年", "1.镇 本月数"] {
        assert!(!page.contains(chinese), "{chinese}:\n{page}");
    }
}
