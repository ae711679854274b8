//! Golden SVGs of every chart type and option (insta), and properties every chart must have: no text overlaps
//! another or leaves the picture, every picture has role, title and desc, and the same input gives the same bytes.
//!
//! Compiled only for tests: `mod.rs` declares it `#[cfg(test)] mod tests;`.

use proptest::prelude::*;

use super::measure::width;
use super::palette::{self, Rgb};
use super::plot::{Headline, Plot, Series};
use super::scene::{Anchor, Box2, text_box};
use super::svg::Labels;
use super::{Frame, WIDTH, svg};
use crate::model::chart::{ChartKind, Orientation};

fn plot(
    kind: ChartKind,
    lang: &str,
    unit: &str,
    cats: &[&str],
    series: &[(&str, &[Option<f64>])],
) -> Plot {
    Plot {
        categories: cats.iter().map(|c| c.to_string()).collect(),
        series: series
            .iter()
            .enumerate()
            .map(|(i, (label, values))| Series {
                label: label.to_string(),
                values: values.to_vec(),
                color: palette::nth(i, None),
            })
            .collect(),
        unit: unit.to_string(),
        slice_colors: (0..cats.len()).map(|i| palette::nth(i, None)).collect(),
        ..Plot::new(kind, lang)
    }
}

fn render(p: &Plot) -> String {
    let desc = super::describe::describe(p);
    svg(
        p,
        Labels {
            id: "chart-t",
            title: "标题",
            desc: &desc,
        },
        None,
    )
    .expect("drawn")
}

/// One `<text>` of a finished SVG: its content and the box it covers, by the same width estimate as the layout.
fn texts(svg: &str) -> Vec<(String, Box2)> {
    let attr = |line: &str, name: &str| -> Option<String> {
        let start = line.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = line[start..].find('"')? + start;
        Some(line[start..end].to_string())
    };
    // A text without its own size has the root's (see `svg::Inherited`).
    let root_size = svg
        .lines()
        .next()
        .and_then(|root| attr(root, "font-size"))
        .and_then(|v| v.parse::<f64>().ok());
    svg.lines()
        .filter(|l| l.starts_with("<text "))
        .map(|l| {
            let content = l[l.find('>').unwrap() + 1..l.rfind("</text>").unwrap()]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            let num = |n: &str| attr(l, n).and_then(|v| v.parse::<f64>().ok()).unwrap();
            let size = attr(l, "font-size")
                .and_then(|v| v.parse::<f64>().ok())
                .or(root_size)
                .unwrap();
            let bold = attr(l, "font-weight").is_some();
            let anchor = match attr(l, "text-anchor").as_deref() {
                Some("middle") => Anchor::Middle,
                Some("end") => Anchor::End,
                _ => Anchor::Start,
            };
            assert_eq!(attr(l, "dy").as_deref(), Some("0.76em"), "{l}");
            let w = width(&content, size) * if bold { 1.05 } else { 1.0 };
            let b = text_box(num("x"), num("y"), anchor, w, size);
            (content, b)
        })
        .collect()
}

fn view_box(svg: &str) -> (f64, f64) {
    let start = svg.find("viewBox=\"0 0 ").unwrap() + 13;
    let end = svg[start..].find('"').unwrap() + start;
    let mut it = svg[start..end]
        .split(' ')
        .map(|v| v.parse::<f64>().unwrap());
    (it.next().unwrap(), it.next().unwrap())
}

/// What must hold for every chart: accessible, and no text on text or outside the picture.
fn check(svg: &str) -> Result<(), String> {
    for must in [
        "role=\"img\"",
        "aria-labelledby=\"chart-t.title chart-t.desc\"",
        "<title id=\"chart-t.title\">",
        "<desc id=\"chart-t.desc\">",
    ] {
        if !svg.contains(must) {
            return Err(format!("no {must}"));
        }
    }
    let (w, h) = view_box(svg);
    let boxes = texts(svg);
    let mut problems = Vec::new();
    for (i, (ta, a)) in boxes.iter().enumerate() {
        if !a.inside(w, h) {
            problems.push(format!("`{ta}` leaves the {w}×{h} picture: {a:?}"));
        }
        for (tb, b) in &boxes[i + 1..] {
            if a.overlaps(b) {
                problems.push(format!("`{ta}` {a:?} overlaps `{tb}` {b:?}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

const ZH_CATS: [&str; 4] = ["城市低保", "农村低保", "特困供养", "临时救助"];
const PERSONS: [Option<f64>; 4] = [Some(5829.0), Some(36758.0), Some(2719.0), Some(5301.0)];

fn golden(name: &str, p: &Plot) {
    let s = render(p);
    check(&s).unwrap_or_else(|e| panic!("{name}:\n{e}"));
    insta::assert_snapshot!(name, s);
}

#[test]
fn bar_vertical_chinese() {
    golden(
        "bar_vertical_zh",
        &plot(
            ChartKind::Bar,
            "zh-CN",
            "人",
            &ZH_CATS,
            &[("人数", &PERSONS)],
        ),
    );
}

#[test]
fn bar_long_labels_turn_horizontal() {
    let p = plot(
        ChartKind::Bar,
        "zh-CN",
        "个",
        &[
            "区级失能特困老年人服务机构",
            "民办养老院",
            "新建和老旧小区改造“四同步”配建养老服务设施",
        ],
        &[("数量", &[Some(1.0), Some(5.0), Some(10.0)])],
    );
    let s = render(&p);
    assert!(
        !s.contains("text-anchor=\"middle\""),
        "horizontal bars anchor labels at the start"
    );
    golden("bar_auto_horizontal_zh", &p);
}

#[test]
fn bar_forced_horizontal_latin() {
    let mut p = plot(
        ChartKind::Bar,
        "en",
        "persons",
        &[
            "Urban minimum living allowance",
            "Rural allowance",
            "Extreme poverty support",
        ],
        &[("Persons", &[Some(5829.0), Some(167446.0), Some(2719.0)])],
    );
    p.orientation = Orientation::Horizontal;
    golden("bar_horizontal_en", &p);
}

#[test]
fn bar_negative_and_missing_values() {
    golden(
        "bar_negative_missing_zh",
        &plot(
            ChartKind::Bar,
            "zh-CN",
            "人",
            &["2021年", "2022年", "2023年"],
            &[("变化", &[Some(-120.0), None, Some(85.0)])],
        ),
    );
}

#[test]
fn bar_percent_without_value_labels() {
    let mut p = plot(
        ChartKind::Bar,
        "zh-CN",
        "%",
        &["2021年", "2022年", "2023年"],
        &[("拨付率", &[Some(60.15), Some(3.6), None])],
    );
    p.value_labels = false;
    let s = render(&p);
    assert!(
        !s.contains("chart-value"),
        "no value labels when turned off"
    );
    golden("bar_percent_no_labels_zh", &p);
    p.orientation = Orientation::Horizontal;
    golden("bar_horizontal_no_labels_zh", &p);
}

#[test]
fn grouped_bars_in_both_languages() {
    golden(
        "grouped_bar_zh",
        &plot(
            ChartKind::GroupedBar,
            "zh-CN",
            "个",
            &["社会团体", "民办非企业单位"],
            &[
                ("总数", &[Some(48.0), Some(42.0)]),
                ("1—10月登记成立", &[Some(3.0), Some(3.0)]),
            ],
        ),
    );
    golden(
        "grouped_bar_en",
        &plot(
            ChartKind::GroupedBar,
            "en",
            "10k yuan",
            &["2021", "2022", "2023"],
            &[
                ("Allocated", &[Some(913.5), Some(1681.5), Some(2439.0)]),
                ("Disbursed", &[Some(549.5), Some(62.0), Some(0.0)]),
            ],
        ),
    );
}

#[test]
fn stacked_bars_label_every_segment() {
    let p = plot(
        ChartKind::StackedBar,
        "zh-CN",
        "个",
        &["2021年", "2022年", "2023年"],
        &[
            ("已完工", &[Some(16.0), Some(11.0), Some(1.0)]),
            ("在建", &[Some(6.0), Some(1.0), Some(1.0)]),
            ("未开工", &[None, Some(5.0), Some(30.0)]),
        ],
    );
    let s = render(&p);
    assert_eq!(
        s.matches("class=\"chart-value\"").count(),
        8,
        "every segment's value is written"
    );
    golden("stacked_bar_zh", &p);
    let mut h = p.clone();
    h.orientation = Orientation::Horizontal;
    golden("stacked_bar_horizontal_zh", &h);
}

#[test]
fn lines_differ_by_dash_and_marker() {
    let p = plot(
        ChartKind::Line,
        "en",
        "10k yuan",
        &["2021", "2022", "2023"],
        &[
            ("Allocated", &[Some(913.5), Some(1681.5), Some(2439.0)]),
            ("Disbursed", &[Some(549.5), Some(62.0), Some(0.0)]),
        ],
    );
    let s = render(&p);
    assert!(
        s.contains("<circle") && s.contains("<rect"),
        "circle and square markers"
    );
    golden("line_en", &p);
    let mut z = plot(
        ChartKind::Line,
        "zh-CN",
        "%",
        &["2019年", "2020年", "2021年", "2022年", "2023年"],
        &[(
            "覆盖率",
            &[Some(81.2), Some(84.0), None, Some(90.5), Some(92.25)],
        )],
    );
    z.y_from_zero = false;
    golden("line_not_from_zero_zh", &z);
}

#[test]
fn pie_and_donut() {
    golden(
        "pie_zh",
        &plot(
            ChartKind::Pie,
            "zh-CN",
            "人",
            &["特困人员", "农村低保", "城市低保"],
            &[("人数", &[Some(436.0), Some(15001.0), Some(50.0)])],
        ),
    );
    golden(
        "donut_en",
        &plot(
            ChartKind::Donut,
            "en",
            "couples",
            &[
                "Marriages",
                "Divorces",
                "Replacement marriage certificates",
                "Replacement divorce certificates",
            ],
            &[(
                "Couples",
                &[Some(4466.0), Some(1285.0), Some(1238.0), Some(124.0)],
            )],
        ),
    );
}

#[test]
fn figures_with_and_without_comparison() {
    let mut p = plot(ChartKind::Figure, "zh-CN", "万元", &[], &[]);
    p.headline = Some(Headline {
        label: "向上争取资金 · 1—10月争取资金".into(),
        value: 26600.18,
        compare: Some(("全年任务".into(), 24471.06)),
    });
    golden("figure_zh", &p);
    let mut e = plot(ChartKind::Figure, "en", "children", &[], &[]);
    e.headline = Some(Headline {
        label: "Street children rescued".into(),
        value: 86.0,
        compare: None,
    });
    golden("figure_en", &e);
}

#[test]
fn colours_can_be_overridden() {
    let mut p = plot(
        ChartKind::Bar,
        "zh-CN",
        "人",
        &ZH_CATS,
        &[("人数", &PERSONS)],
    );
    p.series[0].color = Rgb(0xa3, 0x19, 0x1e);
    let s = render(&p);
    assert!(s.contains("fill=\"#A3191E\""), "{s}");
    golden("bar_custom_colour_zh", &p);
}

#[test]
fn files_carry_title_and_source_in_the_picture() {
    let p = plot(
        ChartKind::Bar,
        "zh-CN",
        "人",
        &ZH_CATS,
        &[("人数", &PERSONS)],
    );
    let frame = Frame {
        title: "2023年城乡低保、特困供养和临时救助人数".into(),
        subtitle: "截至10月底".into(),
        footer: vec!["来源：XX区民政局2023年度工作总结 · 数据截至2023年10月31日".into()],
    };
    let s = svg(
        &p,
        Labels {
            id: "chart-t",
            title: &frame.title,
            desc: "说明",
        },
        Some(&frame),
    )
    .unwrap();
    check(&s).unwrap();
    assert!(s.contains(">来源：XX区民政局2023年度工作总结"), "{s}");
    insta::assert_snapshot!("bar_file_zh", s);
}

#[test]
fn value_labels_shorten_large_counts_and_keep_the_figure() {
    let p = plot(
        ChartKind::Bar,
        "zh-CN",
        "人",
        &["实名认证志愿者", "有服务记录"],
        &[("人数", &[Some(167446.0), Some(87872.0)])],
    );
    let s = render(&p);
    assert!(s.contains("data-value=\"167446\">16.74万</text>"), "{s}");
    assert!(
        s.contains("data-value=\"87872\">8.79万</text>"),
        "labels of one chart share the magnitude of its largest value: {s}"
    );
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let p = plot(
        ChartKind::Donut,
        "zh-CN",
        "人",
        &ZH_CATS,
        &[("人数", &PERSONS)],
    );
    assert_eq!(render(&p), render(&p));
}

#[test]
fn descriptions_give_the_key_numbers() {
    let p = plot(
        ChartKind::Bar,
        "zh-CN",
        "人",
        &ZH_CATS,
        &[("人数", &PERSONS)],
    );
    assert_eq!(
        super::describe::describe(&p),
        "柱状图。共4项。最高为农村低保，36,758人；最低为特困供养，2719人；合计50,607人。"
    );
    let l = plot(
        ChartKind::Line,
        "en",
        "10k yuan",
        &["2021", "2022", "2023"],
        &[("Allocated", &[Some(913.5), Some(1681.5), Some(2439.0)])],
    );
    assert_eq!(
        super::describe::describe(&l),
        "Line chart. 3 items. From 913.5 10k yuan in 2021 to 2,439 10k yuan in 2023, up 1,525.5 10k yuan (+167%); highest 2023, 2,439 10k yuan; lowest 2021, 913.5 10k yuan; total 5,034 10k yuan."
    );
    let pie = plot(
        ChartKind::Pie,
        "zh-CN",
        "人",
        &["特困人员", "农村低保", "城市低保"],
        &[("人数", &[Some(436.0), Some(15001.0), Some(50.0)])],
    );
    assert_eq!(
        super::describe::describe(&pie),
        "饼图。共3部分，合计15,487人。农村低保最大，15,001人，占96.9%。城市低保最小，50人，占0.3%。"
    );
    let rates = plot(
        ChartKind::Bar,
        "zh-CN",
        "%",
        &["2021年", "2022年", "2023年"],
        &[("拨付率", &[Some(60.15), Some(3.6), None])],
    );
    assert_eq!(
        super::describe::describe(&rates),
        "柱状图。共3项。从2021年的60.15%变为2022年的3.6%，减少56.55个百分点；最高为2021年，60.15%；最低为2022年，3.6%；2023年无数据。"
    );
    // The same words in English, from the catalogue: a pie's parts and shares, a change in percentage points, a
    // series without a figure, and one category counted in the singular.
    let pie = plot(
        ChartKind::Donut,
        "en",
        "people",
        &["Extreme poverty", "Rural", "Urban"],
        &[("People", &[Some(436.0), Some(15001.0), Some(50.0)])],
    );
    assert_eq!(
        super::describe::describe(&pie),
        "Donut chart. 3 parts, 15,487 people in total. Largest: Rural, 15,001 people (96.9%). Smallest: Urban, 50 people (0.3%)."
    );
    let rates = plot(
        ChartKind::Bar,
        "en",
        "%",
        &["2021", "2022", "2023"],
        &[("Rate", &[Some(60.15), Some(3.6), None])],
    );
    assert_eq!(
        super::describe::describe(&rates),
        "Bar chart. 3 items. From 60.15% in 2021 to 3.6% in 2022, down 56.55 percentage points; highest 2021, 60.15%; lowest 2022, 3.6%; 2023: no data."
    );
    let one = plot(
        ChartKind::Bar,
        "en",
        "people",
        &["Rural"],
        &[("People", &[Some(7.0)])],
    );
    assert_eq!(
        super::describe::describe(&one),
        "Bar chart. 1 item. Rural: 7 people."
    );
}

/// Persons and households over the same four categories, as small multiples.
fn small_multiples(lang: &str, cats: &[&str]) -> Plot {
    let households = [Some(3815.0), Some(20775.0), Some(2422.0), Some(2480.0)];
    let panel = |unit: &str, label: &str, values: &[Option<f64>]| Plot {
        heading: label.to_string(),
        ..plot(ChartKind::Bar, lang, unit, cats, &[(label, values)])
    };
    Plot {
        panels: vec![
            panel("人", "人数", &PERSONS),
            panel("户", "户数", &households),
        ],
        ..Plot::new(ChartKind::Bar, lang)
    }
}

#[test]
fn small_multiples_give_each_unit_its_own_axis() {
    let p = small_multiples("zh-CN", &ZH_CATS);
    golden("small_multiples_zh", &p);
    let s = render(&p);
    for unit in ["单位：人", "单位：户", ">人数<", ">户数<"] {
        assert!(s.contains(unit), "{unit} missing");
    }
    assert_eq!(
        super::describe::describe(&p),
        "柱状图，按单位分为2幅小图（人、户），各有自己的数轴。人数（人）：共4项。最高为农村低保，36,758人；最低为特困供养，2719人；合计50,607人。户数（户）：共4项。最高为农村低保，20,775户；最低为特困供养，2422户；合计29,492户。"
    );
    // Both panels share their categories, so when one panel's names do not fit under its bars, neither is upright.
    let long = [
        "城市最低生活保障对象",
        "农村最低生活保障对象",
        "特困人员",
        "临时救助对象",
    ];
    let mut p = small_multiples("zh-CN", &long);
    p.panels[1].categories = ZH_CATS.iter().map(|c| c.to_string()).collect();
    assert!(!super::bar::fits_upright(&p.panels[0]) && super::bar::fits_upright(&p.panels[1]));
    let scene = super::layout(&p);
    let upright = scene
        .texts()
        .filter(|t| ZH_CATS.contains(&t.text.as_str()) && t.anchor == Anchor::Middle)
        .count();
    assert_eq!(upright, 0, "the second panel is laid out like the first");
    check(&render(&p)).unwrap();
    check(&render(&small_multiples(
        "en",
        &["Urban", "Rural", "Extreme poverty", "Temporary"],
    )))
    .unwrap();
}

fn label_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::char::range('\u{4e00}', '\u{9fa5}'), 1..=20)
            .prop_map(|c| c.into_iter().collect::<String>()),
        "[A-Za-z][A-Za-z0-9 ]{0,19}".prop_map(|s| s.trim_end().to_string()),
    ]
}

fn value_strategy(negative: bool) -> impl Strategy<Value = Option<f64>> {
    let lo = if negative { -1_000_000 } else { 0 };
    prop_oneof![
        9 => (lo..1_000_000i64).prop_map(|v| Some(v as f64)),
        3 => (lo..100_000i64).prop_map(|v| Some(v as f64 / 100.0)),
        1 => Just(None),
    ]
}

fn kind_strategy() -> impl Strategy<Value = ChartKind> {
    prop_oneof![
        Just(ChartKind::Bar),
        Just(ChartKind::GroupedBar),
        Just(ChartKind::StackedBar),
        Just(ChartKind::Line),
        Just(ChartKind::Pie),
        Just(ChartKind::Donut),
        Just(ChartKind::Figure),
    ]
}

prop_compose! {
    fn random_plot()(
        kind in kind_strategy(),
        zh in any::<bool>(),
        horizontal in any::<bool>(),
        value_labels in prop::bool::weighted(0.85),
        cats in proptest::collection::vec(label_strategy(), 1..=8),
        series_names in proptest::collection::vec(label_strategy(), 1..=3),
    )(
        values in proptest::collection::vec(
            proptest::collection::vec(
                value_strategy(matches!(kind, ChartKind::Bar | ChartKind::GroupedBar | ChartKind::Line | ChartKind::Figure)),
                cats.len(),
            ),
            series_names.len(),
        ),
        kind in Just(kind), zh in Just(zh), horizontal in Just(horizontal), value_labels in Just(value_labels),
        cats in Just(cats), series_names in Just(series_names),
    ) -> Plot {
        let lang = if zh { "zh-CN" } else { "en" };
        let round = matches!(kind, ChartKind::Pie | ChartKind::Donut);
        let mut cats = cats;
        if round {
            cats.truncate(6);
        }
        let n_series = if kind == ChartKind::Bar || round { 1 } else { series_names.len() };
        let mut p = Plot::new(kind, lang);
        p.unit = if zh { "人".into() } else { "persons".into() };
        p.value_labels = value_labels || round;
        if horizontal {
            p.orientation = Orientation::Horizontal;
        }
        p.series = (0..n_series)
            .map(|i| Series {
                label: series_names[i].clone(),
                values: values[i][..cats.len()]
                    .iter()
                    .map(|v| if round { Some(v.unwrap_or(1.0).abs().max(1.0)) } else { *v })
                    .collect(),
                color: palette::nth(i, None),
            })
            .collect();
        p.slice_colors = (0..cats.len()).map(|i| palette::nth(i, None)).collect();
        if kind == ChartKind::Figure {
            let value = values[0][0].unwrap_or(7.0);
            p.headline = Some(Headline {
                label: format!("{} · {}", cats[0], series_names[0]),
                value,
                compare: values[0]
                    .get(1)
                    .copied()
                    .flatten()
                    .filter(|c| *c != 0.0)
                    .map(|c| (cats[1].clone(), c)),
            });
        }
        p.categories = cats;
        p
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// For any labels (1 to 20 CJK or Latin characters) and values, no two texts overlap and none leaves the
    /// picture, measured with the same width estimate the layout uses.
    #[test]
    fn no_text_overlaps_or_leaves_the_picture(p in random_plot()) {
        let s = render(&p);
        if let Err(e) = check(&s) {
            prop_assert!(false, "{:?} {:?}\n{}", p.kind, p.categories, e);
        }
        let (w, _) = view_box(&s);
        prop_assert_eq!(w, WIDTH);
    }
}
