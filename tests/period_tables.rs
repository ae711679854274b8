//! One table whose rows are the months of a year (`period_column: 月份`), as offices send a monthly overview: read
//! from CSV and XLSX through the real binary, quoted with `value()` for the latest month, a named month and its
//! changes, shown on key-figure tiles, and drawn across the months with the missing month as a gap. All figures are
//! fictional.

mod common;

use common::{fixture, read, stderr, sunlight};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// Four months of 2023 (March missing), then a 合计 row.
const CSV: &str = "2023年城乡低保月度情况（虚构）\n月份,城市低保对象（人）,农村低保对象（人）,低保资金（万元）\n2023年1月,\"5,902\",\"36,800\",\"1,710.9\"\n2023年2月,\"5,880\",\"36,790\",\"1,705.2\"\n2023年4月,\"5,861\",\"36,770\",\"1,716.7\"\n2023年5月,\"5,829\",\"36,758\",\"1,726.5\"\n合计,,,\"6,859.3\"\n注：3月数据暂缺。\n";

const HOME: &str = "---\ntitle: 首页\nkey_figures:\n  - {dataset: monthly, column: 城市低保对象, label: 城市低保对象}\n  - {dataset: monthly, column: 低保资金, label: 低保资金, period: 2023-02}\n---\n欢迎。\n";

const PAGE: &str = "---\ntitle: 月度\n---\n5月末{{ value(\"monthly\", \"城市低保对象\", change=\"环比\") }}；4月{{ value(\"monthly\", \"城市低保对象\", period=\"2023-04\", change=\"环比\") }}；2月{{ value(\"monthly\", \"2023-02\", \"城市低保对象\") }}。\n\n{{ chart(\"monthly\") }}\n";

const CHART: &str = "title: 城市低保对象和低保资金\ntype: line\ndata: monthly\ny: [城市低保对象, 低保资金]\nsmall_multiples: true\n";

fn make_site(file: &str, bytes: &[u8], sidecar: &str, page: &str) -> tempfile::TempDir {
    let site = fixture("basic");
    let p = site.path();
    std::fs::write(p.join("data").join(file), bytes).expect("write");
    std::fs::write(p.join("data/monthly.yaml"), sidecar).expect("write");
    std::fs::create_dir_all(p.join("charts")).expect("dir");
    std::fs::write(p.join("charts/monthly.yaml"), CHART).expect("write");
    std::fs::write(p.join("content/monthly.md"), page).expect("write");
    site
}

#[test]
fn a_table_of_months_is_a_series_of_its_own() {
    let site = make_site(
        "monthly.csv",
        CSV.as_bytes(),
        "period_column: 月份\ntotals: [合计]\n",
        PAGE,
    );
    std::fs::write(site.path().join("content/_index.md"), HOME).expect("write");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/monthly/index.html");
    // The latest month (May) and its change against April; April against the missing March; February by name.
    assert!(html.contains(">5829人</a>"), "{html}");
    assert!(html.contains("▼</span> 环比下降0.5%"), "{html}");
    assert!(html.contains(">5861人</a>"), "{html}");
    assert!(
        html.contains("<span class=\"change change-missing\">环比：2023年3月无可比数据</span>"),
        "the missing month is missing, not zero:\n{html}"
    );
    assert!(html.contains(">5880人</a>"), "{html}");
    // The tiles: the latest month with its changes, and February's funds.
    let home = read(site.path(), "public/index.html");
    assert!(
        home.contains("环比下降0.5%") && home.contains("同比：2022年5月无可比数据"),
        "{home}"
    );
    assert!(
        home.contains("tile-number\">1705.2</span><span class=\"fig tile-unit\">万元")
            && home.contains("同比：2022年2月无可比数据"),
        "{home}"
    );
    // The chart: two panels (人 and 万元) along every month, March a gap named in the description.
    let svg = read(site.path(), "public/charts/monthly.svg");
    for words in [">单位：人<", ">单位：万元<", "2023年3月无数据", ">年3月<"] {
        assert!(svg.contains(words), "{words}:\n{svg}");
    }
    assert!(
        !svg.contains(">合计<"),
        "the 合计 row stands for no month:\n{svg}"
    );
}

fn xlsx(months: &[(u16, f64)], top_total: bool, march_as_text: Option<&str>) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("月报").expect("name");
    let month = Format::new().set_num_format("yyyy年m月");
    sheet
        .merge_range(0, 0, 0, 2, "2023年低保资金月度情况（虚构）", &Format::new())
        .expect("merge");
    sheet.write_string(1, 0, "月份").expect("write");
    sheet.write_string(1, 1, "金额（万元）").expect("write");
    sheet.write_string(1, 2, "户数（户）").expect("write");
    let mut r = 2;
    if top_total {
        sheet.write_string(r, 0, "合计").expect("write");
        sheet
            .write_number(r, 1, months.iter().map(|(_, v)| v).sum::<f64>())
            .expect("write");
        r += 1;
    }
    for (m, v) in months {
        match march_as_text {
            Some(t) if *m == 3 => sheet.write_string(r, 0, t).expect("write"),
            _ => sheet
                .write_datetime_with_format(
                    r,
                    0,
                    ExcelDateTime::from_ymd(2023, *m as u8, 1).expect("date"),
                    &month,
                )
                .expect("write"),
        };
        sheet.write_number(r, 1, *v).expect("write");
        sheet.write_string(r, 2, "3,815").expect("write");
        r += 1;
    }
    book.save_to_buffer().expect("xlsx")
}

#[test]
fn months_stored_as_dates_and_a_total_at_the_top_are_read() {
    let months = [(1, 1710.9), (2, 1705.2), (3, 1712.0)];
    let page = "---\ntitle: 月度\n---\n3月{{ value(\"monthly\", \"金额\", change=\"环比\") }}，户数{{ value(\"monthly\", \"户数\", period=\"2023-01\") }}。\n";
    let site = make_site(
        "monthly.xlsx",
        &xlsx(&months, true, None),
        "sheet: 月报\nperiod_column: 月份\ntotals: [合计]\n",
        page,
    );
    std::fs::remove_file(site.path().join("charts/monthly.yaml")).expect("rm");
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/monthly/index.html");
    assert!(html.contains(">1712万元</a>"), "{html}");
    assert!(html.contains("环比增长0.4%"), "{html}");
    assert!(html.contains(">3815户</a>"), "{html}");
}

#[test]
fn mistakes_in_a_table_of_months_name_the_cell() {
    let months = [(1, 1710.9), (2, 1705.2), (3, 1712.0)];
    let side = "sheet: 月报\nperiod_column: 月份\n";
    let page = "---\ntitle: 月度\n---\nx\n";
    // March written without its year.
    let site = make_site(
        "monthly.xlsx",
        &xlsx(&months, false, Some("3月")),
        side,
        page,
    );
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains(
            "data/monthly.xlsx:月报!A5: error: `3月` in the period column `月份` is not a period"
        ),
        "{err}"
    );
    assert!(err.contains("not 10月"), "{err}");
    // March written as January again.
    let site = make_site(
        "monthly.xlsx",
        &xlsx(&months, false, Some("2023年1月")),
        side,
        page,
    );
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("data/monthly.xlsx:月报!A5: error: a second row for 2023-01"),
        "{err}"
    );
    // A month the table does not have, and a 合计 row asked for its change.
    for (call, message) in [
        (
            "value(\"monthly\", \"金额\", period=\"2023-07\")",
            "`monthly` has no row for the period 2023-07",
        ),
        (
            "value(\"monthly\", \"合计\", \"金额\", change=\"环比\")",
            "the row `合计` of `monthly` stands for no period",
        ),
    ] {
        let site = make_site(
            "monthly.xlsx",
            &xlsx(&months, true, None),
            "sheet: 月报\nperiod_column: 月份\ntotals: [合计]\n",
            &format!("---\ntitle: 月度\n---\n{{{{ {call} }}}}\n"),
        );
        let err = stderr(&sunlight(site.path(), &["build"]));
        assert!(err.contains(message), "{call}: {err}");
    }
}
