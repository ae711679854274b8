//! The common 月报 shape through the real binary: a table whose rows are indicators and whose columns are months
//! (XLSX, the months typed as dates as Excel stores `2023年1月`, one month missing, a cell left blank, a column of
//! last year beside the months), published, quoted with value(), and drawn with `y: periods` as lines and bars
//! across the months, in Chinese and on /en/. The description never adds months up, a missing month is a gap and
//! never a zero, and the downloads write whole figures without `.0`. All figures are fictional.

mod common;

use common::{fixture, read, stderr, sunlight};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// The months with a column (March missing), and each indicator's unit and figures in them (`None`: blank cell).
const MONTHS: [u8; 5] = [1, 2, 4, 5, 6];
type Line = (&'static str, &'static str, [Option<f64>; 5]);
const LINES: &[Line] = &[
    ("一、社会救助", "", [None; 5]),
    (
        "1.城市低保对象",
        "人",
        [Some(5902.0), Some(5880.0), Some(5861.0), None, Some(5850.0)],
    ),
    (
        "2.农村低保对象",
        "人",
        [
            Some(36800.0),
            Some(36790.0),
            Some(36770.0),
            Some(36760.0),
            Some(36751.0),
        ],
    ),
    (
        "3.低保资金",
        "万元",
        [
            Some(1710.9),
            Some(1705.2),
            Some(1716.7),
            Some(1700.0),
            Some(1702.5),
        ],
    ),
];

fn report() -> Vec<u8> {
    let mut book = Workbook::new();
    let month = Format::new().set_num_format("yyyy年m月");
    let sheet = book.add_worksheet().set_name("月报").expect("name");
    sheet
        .merge_range(
            0,
            0,
            0,
            7,
            "城乡低保月度情况（2023年1—6月，虚构）",
            &Format::new(),
        )
        .expect("merge");
    sheet.write_string(2, 0, "指标").expect("write");
    sheet.write_string(2, 1, "计量单位").expect("write");
    sheet.write_string(2, 2, "2022年").expect("write");
    for (i, m) in MONTHS.iter().enumerate() {
        sheet
            .write_datetime_with_format(
                2,
                3 + i as u16,
                ExcelDateTime::from_ymd(2023, *m, 1).expect("date"),
                &month,
            )
            .expect("write");
    }
    for (r, (name, unit, figures)) in LINES.iter().enumerate() {
        let r = 3 + r as u32;
        sheet.write_string(r, 0, *name).expect("write");
        if !unit.is_empty() {
            sheet.write_string(r, 1, *unit).expect("write");
            sheet
                .write_number(r, 2, figures[0].unwrap_or(0.0) + 100.0)
                .expect("write");
        }
        for (i, f) in figures.iter().enumerate() {
            if let Some(f) = f {
                sheet.write_number(r, 3 + i as u16, *f).expect("write");
            }
        }
    }
    sheet
        .write_string(8, 0, "注：3月数据暂缺；5月城市低保数据待核。")
        .expect("write");
    book.save_to_buffer().expect("xlsx")
}

const SIDECAR: &str = "title: 城乡低保月度情况（2023年1—6月）\nsource: 示例区民政局（虚构）\nsheet: 月报\nunit_column: 计量单位\nhierarchy: numbering\n";

fn make_site(charts: &[(&str, &str)], page: &str) -> tempfile::TempDir {
    let site = fixture("basic");
    let p = site.path();
    std::fs::write(p.join("data/mz.xlsx"), report()).expect("write");
    std::fs::write(p.join("data/mz.yaml"), SIDECAR).expect("write");
    std::fs::create_dir_all(p.join("charts")).expect("dir");
    for (id, yaml) in charts {
        std::fs::write(p.join(format!("charts/{id}.yaml")), yaml).expect("write");
    }
    std::fs::write(p.join("content/h1.md"), page).expect("write");
    site
}

const LINE: &str = "title: 城乡低保对象人数\ntype: line\ndata: mz\nrows: [1.城市低保对象, 2.农村低保对象]\ny: periods\n";
const BARS: &str = "title: 城市低保对象和低保资金\ntype: bar\ndata: mz\nrows: [1.城市低保对象, 3.低保资金]\ny: periods\nsmall_multiples: true\n";

#[test]
fn rows_are_drawn_across_the_month_columns() {
    let page = "---\ntitle: 上半年\n---\n6月末城市低保对象{{ value(\"mz\", \"1.城市低保对象\", \"2023年6月\") }}，1月末{{ value(\"mz\", \"1.城市低保对象\", \"2023-01\") }}，低保资金{{ value(\"mz\", \"3.低保资金\", \"2023-02-01\") }}。\n\n{{ chart(\"line\") }}\n\n{{ chart(\"bars\") }}\n\n{{ table(\"mz\") }}\n";
    let site = make_site(&[("line", LINE), ("bars", BARS)], page);
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/h1/index.html");
    // A month column is named in any spelling of its month, as the sheet shows it or as the period is written.
    for figure in [">5850人</a>", ">5902人</a>", ">1705.2万元</a>"] {
        assert!(html.contains(figure), "{figure}:\n{html}");
    }
    // The line: every month from January to June has its place, March (no column) and May (blank) are gaps,
    // described as having no data; the months are never added up.
    let svg = read(site.path(), "public/charts/line.svg");
    let desc = svg
        .split_once("<desc")
        .and_then(|(_, rest)| rest.split_once("</desc>"))
        .map(|(d, _)| d.to_string())
        .expect("desc");
    assert!(
        desc.contains("1.城市低保对象：从2023年1月的5902人变为2023年6月的5850人，减少52人（下降0.9%）；最高为2023年1月，5902人；最低为2023年6月，5850人；2023年3月、2023年5月无数据"),
        "{desc}"
    );
    assert!(
        desc.contains("2.农村低保对象：从2023年1月的36,800人"),
        "{desc}"
    );
    assert!(!desc.contains("合计") && !desc.contains("2022"), "{desc}");
    for label in ["年1月", "年3月", "年6月"] {
        assert!(svg.contains(label), "{label}:\n{svg}");
    }
    // The numbers drawn are published as a table of their own, one row per month, the gaps empty, not zero.
    let csv = read(site.path(), "public/data/mz.periods.csv");
    assert_eq!(
        csv,
        "\u{feff}期间,1.城市低保对象（人）,2.农村低保对象（人）,3.低保资金（万元）\r\n2023年1月,5902,36800,1710.9\r\n2023年2月,5880,36790,1705.2\r\n2023年3月,,,\r\n2023年4月,5861,36770,1716.7\r\n2023年5月,,36760,1700\r\n2023年6月,5850,36751,1702.5\r\n"
    );
    let table = read(site.path(), "public/data/mz.periods/index.html");
    assert!(table.contains("注：3月数据暂缺"), "{table}");
    assert!(html.contains("data/mz.periods.csv"), "{html}");
    // Bars in two units are two panels, each with its unit.
    let bars = read(site.path(), "public/charts/bars.svg");
    for words in [">单位：人<", ">单位：万元<", "2023年3月无数据"] {
        assert!(bars.contains(words), "{words}:\n{bars}");
    }
    // The downloads write whole figures as the sheet has them: 5902, not 5902.0.
    let json = read(site.path(), "public/data/mz.json");
    assert!(
        json.contains("\"2023年1月\": 5902,") && json.contains("\"2023年1月\": 1710.9,"),
        "{json}"
    );
    assert!(!json.contains(".0,") && !json.contains(".0\n"), "{json}");
    let json = read(site.path(), "public/data/mz.periods.json");
    assert!(!json.contains(".0,") && !json.contains(".0\n"), "{json}");
}

#[test]
fn a_chart_across_the_months_is_in_english_on_the_english_pages() {
    let line =
        format!("{LINE}translations:\n  en: {{title: Persons receiving subsistence allowances}}\n");
    let site = make_site(
        &[("line", &line)],
        "---\ntitle: 上半年\n---\n{{ chart(\"line\") }}\n",
    );
    let yaml = site.path().join("site.yaml");
    let mut config = std::fs::read_to_string(&yaml).expect("site.yaml");
    config.push_str("languages:\n  en:\n    title: Test District\n");
    std::fs::write(&yaml, config).expect("write");
    let mut side = SIDECAR.to_string();
    side.push_str("translations:\n  en:\n    title: Subsistence allowances, January to June 2023\n    values: {1.城市低保对象: 1. Urban recipients, 2.农村低保对象: 2. Rural recipients, 人: persons, 万元: 10k yuan}\n");
    std::fs::write(site.path().join("data/mz.yaml"), side).expect("write");
    std::fs::write(
        site.path().join("content/h1.en.md"),
        "---\ntitle: First half\n---\n{{ chart(\"line\") }}\n",
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let page = read(site.path(), "public/en/h1/index.html");
    for words in [
        "Persons receiving subsistence allowances",
        "1. Urban recipients: from 5,902 persons in January 2023 to 5,850 persons in June 2023",
        "March 2023, May 2023: no data",
        "Period",
    ] {
        assert!(page.contains(words), "{words}:\n{page}");
    }
    for chinese in ["2023年", "期间", "城市低保对象", "无数据"] {
        assert!(!page.contains(chinese), "{chinese}:\n{page}");
    }
    // The table itself: the months Excel stores as dates head its columns as months, in English too.
    let zh = read(site.path(), "public/data/mz/index.html");
    assert!(
        zh.contains(">2023年1月<") && !zh.contains("2023-01-01"),
        "{zh}"
    );
    let en = read(site.path(), "public/en/data/mz/index.html");
    assert!(
        en.contains("class=\"num\">January 2023</th>") && !en.contains("class=\"num\">2023年1月"),
        "{en}"
    );
    let table = read(site.path(), "public/en/data/mz.periods/index.html");
    assert!(
        table.contains("June 2023") && table.contains("2. Rural recipients"),
        "{table}"
    );
}

/// Runs a build with one chart and returns its error output, which must name the chart file.
fn refused(chart: &str) -> String {
    let site = make_site(
        &[("c", chart)],
        "---\ntitle: 上半年\n---\n{{ chart(\"c\") }}\n",
    );
    let out = sunlight(site.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!site.path().join("public").exists(), "nothing is published");
    stderr(&out)
}

#[test]
fn mistakes_in_a_chart_across_the_months_are_named_where_they_are() {
    let err = refused("title: t\ntype: line\ndata: mz\ny: periods\n");
    assert!(
        err.contains("charts/c.yaml:4:4: error: a chart across the period columns of `mz` must say which rows to draw")
            && err.contains("rows: [一、社会救助]"),
        "{err}"
    );
    let err = refused("title: t\ntype: line\ndata: mz\nrows: [1.城市低保对像]\ny: periods\n");
    assert!(
        err.contains("charts/c.yaml:4:8: error:") && err.contains("1.城市低保对象"),
        "{err}"
    );
    let err = refused("title: t\ntype: line\ndata: mz\nrows: [一、社会救助]\ny: periods\n");
    assert!(
        err.contains("charts/c.yaml:4:8: error: the row `一、社会救助` of `mz` has no figure in any period column")
            && err.contains("name the indicators below it"),
        "{err}"
    );
    let err = refused("title: t\ntype: pie\ndata: mz\nrows: [1.城市低保对象]\ny: periods\n");
    assert!(
        err.contains(
            "charts/c.yaml:2:7: error: a `pie` chart cannot draw rows across the period columns"
        ),
        "{err}"
    );
    let err = refused(
        "title: t\ntype: bar\ndata: mz\nrows: [1.城市低保对象, 2.农村低保对象]\ny: periods\n",
    );
    assert!(
        err.contains("charts/c.yaml:2:7: error: a `bar` chart draws one row across the periods, but `rows` names 2")
            && err.contains("type: grouped_bar"),
        "{err}"
    );
    // Persons and 万元 on one axis are refused as in any chart, with the hint to draw small multiples.
    let err =
        refused("title: t\ntype: line\ndata: mz\nrows: [1.城市低保对象, 3.低保资金]\ny: periods\n");
    assert!(
        err.contains("different units") && err.contains("small_multiples: true"),
        "{err}"
    );
    // A table without period columns says what the headers must be.
    let err = refused("title: t\ntype: line\ndata: assistance\nrows: [城市低保]\ny: periods\n");
    assert!(
        err.contains("charts/c.yaml:5:4: error: `y: periods` draws rows across the columns named for periods, but no column of `assistance` is named for one")
            && err.contains("2023年1月, 2023-01"),
        "{err}"
    );
}

#[test]
fn check_counts_a_table_drawn_across_its_months_as_used() {
    let site = make_site(
        &[("line", LINE)],
        "---\ntitle: 上半年\n---\n{{ chart(\"line\") }}\n",
    );
    let out = sunlight(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("`mz"), "{err}");
    std::fs::write(
        site.path().join("content/h1.md"),
        "---\ntitle: 上半年\n---\n{{ table(\"assistance\") }}\n",
    )
    .expect("write");
    let err = stderr(&sunlight(site.path(), &["check"]));
    assert!(
        err.contains("no page shows the chart `line`")
            && err.contains("no page quotes the dataset `mz`"),
        "{err}"
    );
    assert!(!err.contains("mz.periods"), "{err}");
}

#[test]
fn a_figure_typed_from_the_monthly_table_is_not_called_a_contradiction() {
    // The fixture's 城市低保 row (assistance: 5829人) is named in the sentence, but the figure is June's, which the
    // monthly table holds: the editor is told to quote it, not to correct it.
    let site = make_site(
        &[],
        "---\ntitle: 上半年\n---\n6月末城市低保对象5850人。\n\n{{ table(\"mz\") }}\n",
    );
    let err = stderr(&sunlight(site.path(), &["check"]));
    assert!(
        err.contains("a dataset holds the same figure")
            && err.contains("value(\"mz\", \"1.城市低保对象\", \"2023年6月\")"),
        "{err}"
    );
    assert!(!err.contains("but assistance holds"), "{err}");
    // A figure no table holds is still a contradiction with the row the sentence names.
    std::fs::write(
        site.path().join("content/h1.md"),
        "---\ntitle: 上半年\n---\n城市低保5830人。\n\n{{ table(\"mz\") }}\n",
    )
    .expect("write");
    let err = stderr(&sunlight(site.path(), &["check"]));
    assert!(
        err.contains("the text says 5830人, but assistance holds 5829人 for `城市低保`"),
        "{err}"
    );
}

#[test]
fn a_month_column_is_compared_with_the_month_before_and_a_year_earlier() {
    let page = "---\ntitle: 上半年\n---\n2月{{ value(\"mz\", \"1.城市低保对象\", \"2023年2月\", change=\"环比\") }}；4月{{ value(\"mz\", \"1.城市低保对象\", \"2023年4月\", change=\"环比\") }}；6月{{ value(\"mz\", \"1.城市低保对象\", \"2023年6月\", change=\"同比\") }}。\n\n{{ table(\"mz\") }}\n";
    let site = make_site(&[], page);
    std::fs::write(
        site.path().join("content/_index.md"),
        "---\ntitle: 首页\nkey_figures:\n  - {dataset: mz, row: 3.低保资金, column: 2023-06, label: 低保资金}\n---\n欢迎。\n",
    )
    .expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/h1/index.html");
    // February against January; April against March, which has no column: missing, never computed from zero.
    for words in [
        "环比下降0.4%",
        "环比：2023年3月无可比数据",
        "同比：2022年6月无可比数据",
    ] {
        assert!(html.contains(words), "{words}:\n{html}");
    }
    // The tile: June's funds, in its row's unit, with the change on May (1700 → 1702.5) and on a year earlier.
    let home = read(site.path(), "public/index.html");
    assert!(
        home.contains("tile-number\">1702.5</span><span class=\"fig tile-unit\">万元")
            && home.contains("环比增长0.1%")
            && home.contains("同比：2022年6月无可比数据"),
        "{home}"
    );
}
