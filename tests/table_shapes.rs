//! Shapes of summary table a bureau sends besides the monthly report, run through the real binary: the months across
//! the columns, a 合计 row at the top rather than the bottom, and units in the headers (`金额（万元）`). Each is
//! published following docs/data.md alone, and its figures are quoted without retyping. All figures are fictional.

mod common;

use common::{fixture, read, stderr, sunlight};
use rust_xlsxwriter::{Format, Workbook};

fn publish(
    file: &str,
    bytes: &[u8],
    sidecar: Option<&str>,
    page: &str,
) -> (tempfile::TempDir, String) {
    let site = fixture("basic");
    let p = site.path();
    std::fs::write(p.join("data").join(file), bytes).expect("write");
    if let Some(s) = sidecar {
        let id = file.split('.').next().expect("id");
        std::fs::write(p.join(format!("data/{id}.yaml")), s).expect("write");
    }
    std::fs::write(
        p.join("content/t.md"),
        format!("---\ntitle: t\n---\n{page}\n"),
    )
    .expect("write");
    let out = sunlight(p, &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    (site, err)
}

#[test]
fn months_across_the_columns() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let plain = Format::new();
    sheet
        .merge_range(0, 0, 0, 5, "2023年一季度社会救助情况（虚构）", &plain)
        .expect("merge");
    for (c, h) in ["项目", "单位", "1月", "2月", "3月", "一季度合计"]
        .iter()
        .enumerate()
    {
        sheet.write_string(1, c as u16, *h).expect("write");
    }
    let rows = [
        ("城市低保对象", "人", ["5,902", "5,880", "5,861", ""]),
        ("农村低保对象", "人", ["36,800", "36,790", "36,770", ""]),
        (
            "低保资金",
            "万元",
            ["1,710.9", "1,705.2", "1,716.7", "5,132.8"],
        ),
    ];
    for (i, (name, unit, figures)) in rows.iter().enumerate() {
        let r = i as u32 + 2;
        sheet.write_string(r, 0, *name).expect("write");
        sheet.write_string(r, 1, *unit).expect("write");
        for (j, f) in figures.iter().enumerate() {
            if !f.is_empty() {
                sheet.write_string(r, j as u16 + 2, *f).expect("write");
            }
        }
    }
    let page = "3月末城市低保对象{{ value(\"q1\", \"城市低保对象\", \"3月\") }}，一季度低保资金{{ value(\"q1\", \"低保资金\", \"一季度合计\") }}。\n\n{{ table(\"q1\") }}";
    let (site, _) = publish(
        "q1.xlsx",
        &book.save_to_buffer().expect("xlsx"),
        Some("unit_column: 单位\n"),
        page,
    );
    let html = read(site.path(), "public/t/index.html");
    assert!(html.contains(">5861人</a>"), "{html}");
    assert!(html.contains(">5132.8万元</a>"), "{html}");
    // The title line over merged cells is the table's title; the empty totals of the persons rows are no figure.
    assert!(html.contains("2023年一季度社会救助情况（虚构）"), "{html}");
    let csv = read(site.path(), "public/data/q1.csv");
    assert!(csv.contains("城市低保对象,人,5902,5880,5861,\r\n"), "{csv}");
}

#[test]
fn a_total_row_at_the_top_is_checked_and_marked() {
    let csv = "地区,低保对象（人）,低保资金（万元）\n全省合计,\"10,374\",\"12,389.4\"\n甲市,\"6,001\",\"7,100.0\"\n乙市,\"4,373\",\"5,289.3\"\n注：资金合计数因四舍五入与分项之和可能略有出入。\n";
    let sidecar = "checks:\n  - {sum: 低保对象, total: 全省合计}\n  - {sum: 低保资金, total: 全省合计, tolerance: 0.1}\n";
    let page = "全省{{ value(\"regions\", \"全省合计\", \"低保对象\") }}，资金{{ value(\"regions\", \"全省合计\", \"低保资金\") }}。\n\n{{ table(\"regions\") }}";
    let (site, _) = publish("regions.csv", csv.as_bytes(), Some(sidecar), page);
    let html = read(site.path(), "public/t/index.html");
    assert!(
        html.contains(">10,374人</a>"),
        "the header's unit is the column's:\n{html}"
    );
    assert!(html.contains(">12,389.4万元</a>"), "{html}");
    let csv_out = read(site.path(), "public/data/regions.csv");
    assert!(csv_out.contains("全省合计,10374,12389.4,是"), "{csv_out}");
    // A part typed wrong is found although its total stands above it.
    let site = fixture("basic");
    let p = site.path();
    std::fs::write(
        p.join("data/regions.csv"),
        csv.replace("\"6,001\"", "\"6,101\""),
    )
    .expect("write");
    std::fs::write(p.join("data/regions.yaml"), sidecar).expect("write");
    let err = stderr(&sunlight(p, &["build"]));
    assert!(err.contains("10474") && err.contains("10374"), "{err}");
}

#[test]
fn units_in_the_headers_reach_values_and_charts() {
    let csv = "项目,金额（万元）,户数（户）,占比（%）\n城市低保,\"1,380.2\",\"3,815\",15.5%\n农村低保,\"5,102.7\",\"20,775\",84.5%\n";
    let chart = "title: 低保资金和户数\ntype: grouped_bar\ndata: funds\ny: [金额, 户数]\nsmall_multiples: true\n";
    let site = fixture("basic");
    let p = site.path();
    std::fs::write(p.join("data/funds.csv"), csv).expect("write");
    std::fs::create_dir_all(p.join("charts")).expect("dir");
    std::fs::write(p.join("charts/funds.yaml"), chart).expect("write");
    std::fs::write(
        p.join("content/t.md"),
        "---\ntitle: t\n---\n城市低保资金{{ value(\"funds\", \"城市低保\", \"金额\") }}，占{{ value(\"funds\", \"城市低保\", \"占比\") }}。\n\n{{ chart(\"funds\") }}\n",
    )
    .expect("write");
    let out = sunlight(p, &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    // Without a sidecar the types are read from the figures, and `check` says so.
    let check = stderr(&sunlight(p, &["check"]));
    assert!(
        check.contains("the column types were read from the figures"),
        "{check}"
    );
    let html = read(p, "public/t/index.html");
    assert!(
        html.contains(">1380.2万元</a>") && html.contains(">15.5%</a>"),
        "{html}"
    );
    let svg = read(p, "public/charts/funds.svg");
    assert!(
        svg.contains(">单位：万元<") && svg.contains(">单位：户<"),
        "{svg}"
    );
}
