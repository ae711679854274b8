//! A new user's path, run through the real binary: a provincial 民政事业统计月报表 as an office sends it (XLSX with a
//! title over merged cells, a two-row header with merged cells, about forty indicators numbered 一、 (一) 1. (1), a
//! unit for each row, figures typed as text with thousands separators and as numbers, blank spacer rows, a trailing
//! 注 about rounding, and a second sheet), published with only what docs/data.md says: a sidecar, a page quoting
//! figures with value(), the table and a chart. All figures are fictional.

mod common;

use common::{fixture, read, stderr, sunlight};
use rust_xlsxwriter::{Format, Workbook, Worksheet};

/// One line of the report: indicator, unit, this month, year-on-year change (%), a year earlier. Figures starting
/// with `#` are written as numbers, the others as text as the office typed them.
type Line = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const BLANK: Line = ("", "", "", "", "");

const REPORT: &[Line] = &[
    ("一、社会救助", "", "", "", ""),
    ("（一）城市最低生活保障", "", "", "", ""),
    ("1.保障人数", "人", "10,374", "-2.1", "10,597"),
    ("2.保障户数", "户", "6,215", "-1.8", "6,329"),
    ("3.累计支出资金", "万元", "12,389.4", "3.2", "12,005.6"),
    ("（二）农村最低生活保障", "", "", "", ""),
    ("1.保障人数", "人", "#48210", "-3.5", "#49959"),
    ("2.保障户数", "户", "27,918", "-2.9", "28,752"),
    ("3.累计支出资金", "万元", "#31654.2", "4.1", "#30407.5"),
    ("（三）特困人员救助供养", "", "", "", ""),
    ("1.集中供养人数", "人", "3,105", "-0.6", "3,124"),
    ("2.分散供养人数", "人", "9,842", "1.2", "9,725"),
    ("（四）临时救助", "", "", "", ""),
    ("1.救助人次", "人次", "4,511", "12.4", "4,013"),
    ("2.支出资金", "万元", "1,405.0", "9.8", "1,279.6"),
    BLANK,
    ("二、养老服务", "", "", "", ""),
    ("（一）养老机构", "", "", "", ""),
    ("1.机构数", "个", "#412", "0.5", "#410"),
    ("2.床位数", "张", "58,930", "2.2", "57,661"),
    ("（1）护理型床位", "张", "35,120", "8.7", "32,310"),
    ("（2）普通床位", "张", "23,810", "-6.1", "25,351"),
    ("3.收住老年人", "人", "31,277", "1.9", "30,694"),
    ("（二）社区养老服务设施", "个", "1,982", "6.3", "1,865"),
    BLANK,
    ("三、社会事务", "", "", "", ""),
    ("（一）婚姻登记", "", "", "", ""),
    ("1.结婚登记", "对", "5,103", "-8.4", "5,571"),
    ("2.离婚登记", "对", "1,877", "-2.0", "1,915"),
    ("（二）殡葬服务", "", "", "", ""),
    ("1.殡仪馆", "个", "#96", "—", "#96"),
    ("2.火化遗体", "具", "7,342", "0.8", "7,284"),
    BLANK,
    ("四、基层政权", "", "", "", ""),
    ("1.乡镇", "个", "1,405", "-0.2", "1,408"),
    ("2.街道", "个", "312", "1.6", "307"),
    ("3.社区居委会", "个", "4,106", "2.4", "4,010"),
    ("4.村民委员会", "个", "18,321", "-0.4", "18,394"),
    BLANK,
    ("五、社会组织", "", "", "", ""),
    ("1.社会团体", "个", "6,288", "1.1", "6,220"),
    ("2.民办非企业单位", "个", "9,934", "3.0", "9,645"),
    ("3.基金会", "个", "#187", "4.5", "#179"),
];

fn cell(sheet: &mut Worksheet, r: u32, c: u16, text: &str) {
    if text.is_empty() {
        return;
    }
    match text.strip_prefix('#') {
        Some(n) => sheet.write_number(r, c, n.parse::<f64>().expect("figure")),
        None => sheet.write_string(r, c, text),
    }
    .expect("write");
}

/// The report as the office sends it: sheet 月报 first, a sheet 说明 after it.
fn report(lines: &[Line]) -> Vec<u8> {
    let mut book = Workbook::new();
    let plain = Format::new();
    let sheet = book.add_worksheet().set_name("月报").expect("name");
    sheet
        .merge_range(
            0,
            0,
            0,
            4,
            "XX省民政事业统计月报表（2023年10月，虚构数据）",
            &plain,
        )
        .expect("merge");
    sheet
        .write_string(1, 0, "填报单位：XX省民政厅（虚构）")
        .expect("write");
    sheet
        .merge_range(3, 0, 4, 0, "指标名称", &plain)
        .expect("merge");
    sheet
        .merge_range(3, 1, 4, 1, "计量单位", &plain)
        .expect("merge");
    sheet
        .merge_range(3, 2, 3, 3, "本月", &plain)
        .expect("merge");
    sheet.write_string(4, 2, "数量").expect("write");
    sheet.write_string(4, 3, "同比增长（%）").expect("write");
    sheet
        .merge_range(3, 4, 4, 4, "上年同期", &plain)
        .expect("merge");
    let mut r = 5;
    for (name, unit, n, yoy, last) in lines {
        cell(sheet, r, 0, name);
        cell(sheet, r, 1, unit);
        cell(sheet, r, 2, n);
        cell(sheet, r, 3, yoy);
        cell(sheet, r, 4, last);
        r += 1;
    }
    sheet
        .write_string(
            r + 1,
            0,
            "注：1.本表数据均为虚构。2.部分合计数因四舍五入与分项之和略有出入。",
        )
        .expect("write");
    let notes = book.add_worksheet().set_name("说明").expect("name");
    notes.write_string(0, 0, "指标解释").expect("write");
    notes
        .write_string(1, 0, "保障人数指月末在保人数。")
        .expect("write");
    book.save_to_buffer().expect("xlsx")
}

const SIDECAR: &str = "title: XX省民政事业统计月报（2023年10月）\nsource: XX省民政厅（虚构数据）\nas_of: 2023-10-31\nsheet: 月报\nunit_column: 计量单位\nhierarchy: numbering\ncolumns:\n  - {header: 本月 数量, key: n, type: number}\n  - {header: 本月 同比增长（%）, key: yoy, type: number, unit: '%'}\n  - {header: 上年同期, key: last, type: number}\nchecks:\n  - {sum: n, tree: true, tolerance: 0.1}\n";

fn make_site(xlsx: &[u8], sidecar: &str, page: &str, chart: &str) -> tempfile::TempDir {
    let site = fixture("basic");
    let p = site.path();
    std::fs::write(p.join("data/mz-2023-10.xlsx"), xlsx).expect("write");
    std::fs::write(p.join("data/mz-2023-10.yaml"), sidecar).expect("write");
    std::fs::create_dir_all(p.join("charts")).expect("dir");
    std::fs::write(p.join("charts/mz-beds.yaml"), chart).expect("write");
    std::fs::write(p.join("content/report.md"), page).expect("write");
    site
}

#[test]
fn a_provincial_monthly_report_is_published_without_retyping_a_figure() {
    let chart = "title: 养老机构床位\ntype: bar\ndata: mz-2023-10\nrows: [（1）护理型床位, （2）普通床位]\ny: n\n";
    // A name the table repeats under two headings is refused with the names that tell them apart.
    let page = "---\ntitle: 10月民政统计\n---\n全省城市低保{{ value(\"mz-2023-10\", \"1.保障人数\", \"n\") }}。\n";
    let site = make_site(&report(REPORT), SIDECAR, page, chart);
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("several rows of `mz-2023-10` are named `1.保障人数`")
            && err.contains(
                "（一）城市最低生活保障 / 1.保障人数, （二）农村最低生活保障 / 1.保障人数"
            ),
        "{err}"
    );
    let page = "---\ntitle: 10月民政统计\n---\n全省城市低保保障{{ value(\"mz-2023-10\", \"（一）城市最低生活保障 / 1.保障人数\", \"n\") }}、{{ value(\"mz-2023-10\", \"（一）城市最低生活保障 / 2.保障户数\", \"n\") }}，同比{{ value(\"mz-2023-10\", \"（一）城市最低生活保障 / 1.保障人数\", \"yoy\") }}；农村低保累计支出{{ value(\"mz-2023-10\", \"（二）农村最低生活保障 / 3.累计支出资金\", \"n\") }}。全省有乡镇{{ value(\"mz-2023-10\", \"1.乡镇\", \"n\") }}、村民委员会{{ value(\"mz-2023-10\", \"4.村民委员会\", \"n\") }}。\n\n{{ chart(\"mz-beds\") }}\n\n{{ table(\"mz-2023-10\") }}\n";
    let site = make_site(&report(REPORT), SIDECAR, page, chart);
    let out = sunlight(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let html = read(site.path(), "public/report/index.html");
    for figure in [
        ">10,374人</a>",
        ">6215户</a>",
        ">-2.1%</a>",
        ">31,654.2万元</a>",
        ">1405个</a>",
        ">18,321个</a>",
    ] {
        assert!(html.contains(figure), "{figure}:\n{html}");
    }
    // The table: headings span the table, rows are indented, the note is under it, the title is the sidecar's.
    assert!(html.contains("<th scope=\"rowgroup\""), "{html}");
    assert!(
        html.contains(">（一）城市最低生活保障<") && html.contains(">1.保障人数<"),
        "{html}"
    );
    assert!(html.contains("注：1.本表数据均为虚构。"), "{html}");
    assert!(
        !html.contains("说明") || !html.contains("保障人数指月末在保人数"),
        "only the sheet named is read"
    );
    // The chart of the two kinds of beds, in 张.
    let svg = read(site.path(), "public/charts/mz-beds.svg");
    assert!(
        svg.contains(">单位：张<") && svg.contains("（1）护理型床位"),
        "{svg}"
    );
    // The downloads keep the unit column and mark the parents of the tree check as totals.
    let json = read(site.path(), "public/data/mz-2023-10.json");
    assert!(json.contains("\"unit_column\": \"计量单位\""), "{json}");
    assert!(json.contains("\"2.床位数\""), "{json}");
    let csv = read(site.path(), "public/data/mz-2023-10.csv");
    assert!(csv.contains("2.床位数,张,58930,2.2,57661,是"), "{csv}");
}

#[test]
fn a_part_typed_wrong_is_named_by_its_cell_and_its_parent() {
    let mut lines = REPORT.to_vec();
    let beds = lines
        .iter()
        .position(|l| l.0 == "（2）普通床位")
        .expect("row");
    lines[beds].2 = "25,810";
    let chart = "title: 床位\ntype: bar\ndata: mz-2023-10\nrows: [（1）护理型床位]\ny: n\n";
    let site = make_site(&report(&lines), SIDECAR, "---\ntitle: x\n---\nx\n", chart);
    let err = stderr(&sunlight(site.path(), &["build"]));
    assert!(
        err.contains("the rows under `2.床位数` ((1)护理型床位 + (2)普通床位) add up to 60930, but `2.床位数` is 58930")
            || err.contains("the rows under `2.床位数` (（1）护理型床位 + （2）普通床位) add up to 60930, but `2.床位数` is 58930"),
        "{err}"
    );
    // A word among the figures is refused at its cell.
    let mut lines = REPORT.to_vec();
    lines[beds].2 = "约两万";
    let site = make_site(&report(&lines), SIDECAR, "---\ntitle: x\n---\nx\n", chart);
    let err = stderr(&sunlight(site.path(), &["build"]));
    let row = 6 + beds;
    assert!(
        err.contains(&format!(
            "data/mz-2023-10.xlsx:月报!C{row}: error: `约两万`"
        )),
        "{err}"
    );
}
