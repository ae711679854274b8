//! Writes a synthetic transparency portal of any size, for benchmarks (`scripts/bench.sh`, docs/performance.md).
//!
//! The site looks like a provincial civil-affairs portal grown over years: sections of notices and reports with
//! Chinese narrative of varied length (headings, lists, tables, links between pages, `value()` figures drawn from
//! the generated datasets), M aggregate datasets, K charts cycling through every chart type, and one fictional
//! records dataset of R rows published only as a suppressed aggregate. Everything follows from the seed, so two runs
//! with the same arguments write the same bytes. `--hugo DIR` writes the same pages as a plain Hugo site (YAML front
//! matter, shortcodes replaced by the text Sunlight would put there, a minimal layout), so both tools build equal
//! content.
//!
//! The text is built so that it trips the privacy detector no more than a real report would: figures stay under
//! seven digits, dates are written as Chinese dates, and the roster's made-up names never occur in the narrative.
//!
//! `cargo run --release --example synth -- OUT --pages 10000 [--datasets 200] [--charts 0] [--records 0]
//! [--seed 1] [--hugo DIR]`

#[path = "common/id_number.rs"]
mod id_number;

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};

/// SplitMix64: tiny, fast and well mixed, so the output depends on the seed alone.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SECTIONS: [(&str, &str); 12] = [
    ("assistance", "社会救助"),
    ("elderly", "养老服务"),
    ("minors", "未成年人保护"),
    ("disability", "残疾人福利"),
    ("governance", "基层政权建设"),
    ("organisations", "社会组织管理"),
    ("marriage", "婚姻登记"),
    ("burial", "殡葬管理"),
    ("charity", "慈善事业"),
    ("names", "区划地名"),
    ("social-work", "社会工作"),
    ("finance", "财务公开"),
];

const PLACES: [&str; 12] = [
    "城关镇",
    "东城街道",
    "西城街道",
    "南湖街道",
    "北山镇",
    "河口镇",
    "青石乡",
    "柳林乡",
    "白沙镇",
    "新桥街道",
    "石门乡",
    "龙泉镇",
];

const SUBJECTS: [&str; 16] = [
    "城乡低保",
    "特困人员供养",
    "临时救助",
    "居家养老服务",
    "社区养老服务站",
    "农村幸福院",
    "孤儿基本生活保障",
    "事实无人抚养儿童保障",
    "困难残疾人生活补贴",
    "重度残疾人护理补贴",
    "村（社区）换届选举",
    "社会组织年检",
    "婚姻登记服务",
    "公益性公墓建设",
    "慈善募捐活动",
    "志愿服务记录",
];

const OPENINGS: [&str; 10] = [
    "为深入贯彻落实党中央、国务院关于保障和改善民生的决策部署",
    "根据省、市民政工作会议精神",
    "按照区委、区政府年度重点工作安排",
    "为进一步提升基本民生保障水平",
    "围绕“兜底线、织密网、建机制”的要求",
    "结合本地区实际",
    "在上级业务部门的指导下",
    "为切实回应群众关切",
    "对照年初确定的目标任务",
    "坚持以人民为中心的发展思想",
];

const ACTIONS: [&str; 14] = [
    "全面开展入户核查和动态调整工作",
    "持续完善分层分类的社会救助体系",
    "加快推进养老服务设施建设和提质增效",
    "健全农村留守儿童和困境儿童关爱服务机制",
    "规范各项补贴资金的申请、审核和发放流程",
    "推动政务服务事项“一网通办”",
    "组织开展业务骨干专题培训",
    "强化部门间数据比对和信息共享",
    "落实资金使用情况定期公开制度",
    "开展专项督查和“回头看”",
    "广泛动员社会力量参与",
    "加强基层经办能力建设",
    "完善困难群众主动发现机制",
    "推进服务标准化、规范化建设",
];

const RESULTS: [&str; 10] = [
    "群众满意度明显提升",
    "各项工作取得阶段性成效",
    "保障对象应保尽保、应退尽退",
    "服务网络覆盖城乡",
    "资金发放做到及时足额",
    "形成了一批可复制可推广的经验做法",
    "未发生重大责任事故",
    "工作经验被上级部门转发推广",
    "基层治理效能持续增强",
    "群众获得感、幸福感、安全感不断增强",
];

const HEADINGS: [&str; 8] = [
    "工作开展情况",
    "主要做法",
    "取得的成效",
    "存在的问题",
    "下一步工作打算",
    "资金使用情况",
    "政策依据",
    "办理流程",
];

const KINDS: [&str; 6] = [
    "工作动态",
    "通知公告",
    "政策解读",
    "年度报告",
    "资金公示",
    "办事指南",
];

/// Dataset rows: the places above, so a chart's categories read like a real breakdown.
const ROWS: usize = 6;

/// A chart type and the columns it draws, so every type the project supports appears in turn.
const CHART_TYPES: [(&str, &str); 7] = [
    ("bar", "[persons]"),
    ("grouped_bar", "[male, female]"),
    ("stacked_bar", "[male, female]"),
    ("line", "[male, female]"),
    ("pie", "[persons]"),
    ("donut", "[households]"),
    ("figure", "[persons]"),
];

/// Fictional names, as in `examples/fictional_roster.rs`: compound surnames no narrative sentence uses.
const SURNAMES: [&str; 8] = [
    "欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐", "西门",
];
const GIVEN: [&str; 16] = [
    "若虚", "子墨", "星河", "云舒", "清岚", "远山", "听雨", "明月", "松风", "晚晴", "望舒", "临川",
    "秋水", "青崖", "白鹭", "长庚",
];
const CATEGORIES: [(&str, usize); 3] = [("农村低保", 60), ("城市低保", 30), ("特困供养", 10)];

struct Args {
    out: PathBuf,
    pages: usize,
    datasets: usize,
    charts: usize,
    records: usize,
    seed: u64,
    hugo: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mut args = Args {
        out: PathBuf::new(),
        pages: 1000,
        datasets: 200,
        charts: 0,
        records: 0,
        seed: 1,
        hugo: None,
    };
    let mut out = None;
    while let Some(a) = it.next() {
        let mut num = |name: &str| -> Result<u64, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a number"))
        };
        match a.as_str() {
            "--pages" => args.pages = num("--pages")? as usize,
            "--datasets" => args.datasets = num("--datasets")? as usize,
            "--charts" => args.charts = num("--charts")? as usize,
            "--records" => args.records = num("--records")? as usize,
            "--seed" => args.seed = num("--seed")?,
            "--hugo" => args.hugo = it.next().map(PathBuf::from),
            s if !s.starts_with('-') && out.is_none() => out = Some(PathBuf::from(s)),
            s => return Err(format!("unknown argument {s}")),
        }
    }
    args.out = out.ok_or("missing the output folder")?;
    if args.datasets == 0 {
        return Err("--datasets must be at least 1".into());
    }
    Ok(args)
}

/// One generated dataset, kept in memory so the Hugo copy can write the figures Sunlight would.
struct Dataset {
    title: String,
    /// Per row: households, persons, male, female, amount (万元, two decimals as hundredths).
    rows: Vec<[u64; 5]>,
}

impl Dataset {
    fn new(i: usize, rng: &mut Rng) -> Dataset {
        let subject = SUBJECTS[i % SUBJECTS.len()];
        let year = 2015 + i % 10;
        let rows = (0..ROWS)
            .map(|_| {
                let households = 50 + rng.below(9000) as u64;
                let persons = households + rng.below(households as usize * 2) as u64;
                let male = persons / 2 + rng.below(persons as usize / 4 + 1) as u64;
                let female = persons - male;
                let amount = 100 + rng.below(900_000) as u64;
                [households, persons, male, female, amount]
            })
            .collect();
        Dataset {
            title: format!("{year}年{subject}情况（第{}组）", i + 1),
            rows,
        }
    }

    fn yaml(&self, i: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "title: {}", self.title);
        let _ = writeln!(
            s,
            "description: 各乡镇（街道）{}的户数、人数和资金，合成测试数据。",
            self.title
        );
        let _ = writeln!(s, "source: 合成测试数据（第{}号）", i + 1);
        let _ = writeln!(s, "as_of: {}-12-31", 2015 + i % 10);
        s.push_str(concat!(
            "columns:\n",
            "  - {key: place, label: 乡镇（街道）}\n",
            "  - {key: households, label: 户数, unit: 户, type: integer}\n",
            "  - {key: persons, label: 人数, unit: 人, type: integer}\n",
            "  - {key: male, label: 男性, unit: 人, type: integer}\n",
            "  - {key: female, label: 女性, unit: 人, type: integer}\n",
            "  - {key: amount, label: 资金, unit: 万元, type: number}\n",
            "rows:\n"
        ));
        for (place, r) in PLACES.iter().zip(&self.rows) {
            let _ = writeln!(
                s,
                "  - {{place: {place}, households: {}, persons: {}, male: {}, female: {}, amount: {}}}",
                r[0],
                r[1],
                r[2],
                r[3],
                money(r[4])
            );
        }
        s
    }
}

fn money(hundredths: u64) -> String {
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

const COLUMNS: [(&str, &str); 5] = [
    ("households", "户"),
    ("persons", "人"),
    ("male", "人"),
    ("female", "人"),
    ("amount", "万元"),
];

/// Where a page lives: its section and its slug.
fn page_path(n: usize) -> (usize, String) {
    (n % SECTIONS.len(), format!("p{n:06}"))
}

/// Both outputs of one paragraph: the Sunlight Markdown and the same text as Hugo gets it.
#[derive(Default)]
struct Body {
    sunlight: String,
    hugo: String,
}

impl Body {
    fn both(&mut self, s: &str) {
        self.sunlight.push_str(s);
        self.hugo.push_str(s);
    }

    fn value(&mut self, ds: &[Dataset], rng: &mut Rng) {
        let d = rng.below(ds.len());
        let r = rng.below(ROWS);
        let c = rng.below(COLUMNS.len());
        let (key, unit) = COLUMNS[c];
        let _ = write!(
            self.sunlight,
            "{{{{ value(\"d{d:04}\", \"{}\", \"{key}\") }}}}",
            PLACES[r]
        );
        let v = ds[d].rows[r][c];
        let shown = if key == "amount" {
            money(v)
        } else {
            v.to_string()
        };
        let _ = write!(self.hugo, "{shown}{unit}");
    }
}

fn sentence(body: &mut Body, ds: &[Dataset], rng: &mut Rng) {
    let place = rng.pick(&PLACES);
    let subject = rng.pick(&SUBJECTS);
    match rng.below(4) {
        0 => {
            body.both(&format!(
                "{}，{place}{}，{}。",
                rng.pick(&OPENINGS),
                rng.pick(&ACTIONS),
                rng.pick(&RESULTS)
            ));
        }
        1 => {
            body.both(&format!(
                "截至{}年{}月底，{place}{subject}共",
                2015 + rng.below(10),
                1 + rng.below(12)
            ));
            body.value(ds, rng);
            body.both(&format!("，{}。", rng.pick(&RESULTS)));
        }
        2 => {
            body.both(&format!("全年累计投入{subject}资金"));
            body.value(ds, rng);
            body.both(&format!(
                "，{}，{}。",
                rng.pick(&ACTIONS),
                rng.pick(&RESULTS)
            ));
        }
        _ => {
            body.both(&format!(
                "{}{}年{}月{}日起，{subject}工作{}。",
                rng.pick(&["自", "从", "于"]),
                2015 + rng.below(10),
                1 + rng.below(12),
                1 + rng.below(28),
                rng.pick(&ACTIONS)
            ));
        }
    }
}

fn paragraph(body: &mut Body, ds: &[Dataset], rng: &mut Rng) {
    for _ in 0..1 + rng.below(6) {
        sentence(body, ds, rng);
    }
    body.both("\n\n");
}

struct Page {
    title: String,
    description: String,
    date: String,
    weight: usize,
    body: Body,
}

/// A page's links: relative to its own address, to another section, or by source file name, as editors write.
fn link(body: &mut Body, n: usize, pages: usize, rng: &mut Rng) {
    let other = rng.below(pages);
    let (sec, slug) = page_path(other);
    let (own, _) = page_path(n);
    let label = format!("{}{}", rng.pick(&SUBJECTS), rng.pick(&KINDS));
    if sec == own {
        body.sunlight
            .push_str(&format!("详见[{label}]({slug}.md)。"));
        body.hugo.push_str(&format!("详见[{label}](../{slug}/)。"));
    } else {
        body.sunlight
            .push_str(&format!("详见[{label}](/{}/{slug}/)。", SECTIONS[sec].0));
        body.hugo
            .push_str(&format!("详见[{label}](/{}/{slug}/)。", SECTIONS[sec].0));
    }
    body.both("\n\n");
}

fn table(body: &mut Body, ds: &[Dataset], rng: &mut Rng) {
    let d = &ds[rng.below(ds.len())];
    body.both("| 乡镇（街道） | 户数（户） | 人数（人） |\n|---|---:|---:|\n");
    for (place, r) in PLACES.iter().zip(&d.rows).take(3 + rng.below(3)) {
        body.both(&format!("| {place} | {} | {} |\n", r[0], r[1]));
    }
    body.both("\n");
}

fn dataset_table_hugo(d: &Dataset) -> String {
    let mut s = format!(
        "{}\n\n| 乡镇（街道） | 户数（户） | 人数（人） | 男性（人） | 女性（人） | 资金（万元） |\n|---|---:|---:|---:|---:|---:|\n",
        d.title
    );
    for (place, r) in PLACES.iter().zip(&d.rows) {
        let _ = writeln!(
            s,
            "| {place} | {} | {} | {} | {} | {} |",
            r[0],
            r[1],
            r[2],
            r[3],
            money(r[4])
        );
    }
    s.push('\n');
    s
}

fn page(n: usize, args: &Args, ds: &[Dataset], rng: &mut Rng) -> Page {
    let (sec, _) = page_path(n);
    let year = 2015 + rng.below(10);
    let date = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
    let title = format!(
        "{}{}{}{}（{}）",
        rng.pick(&PLACES),
        year,
        rng.pick(&SUBJECTS),
        rng.pick(&KINDS),
        n + 1
    );
    let mut body = Body::default();
    // Lengths vary as real pages do: short notices, medium updates, now and then a long report.
    let blocks = match rng.below(10) {
        0..=4 => 2 + rng.below(3),
        5..=8 => 5 + rng.below(6),
        _ => 12 + rng.below(14),
    };
    for b in 0..blocks {
        match rng.below(9) {
            0 if b > 0 => {
                body.both(&format!("## {}\n\n", rng.pick(&HEADINGS)));
                paragraph(&mut body, ds, rng);
            }
            1 => {
                for i in 0..2 + rng.below(4) {
                    body.both(&format!("{}. ", i + 1));
                    sentence(&mut body, ds, rng);
                    body.both("\n");
                }
                body.both("\n");
            }
            2 => table(&mut body, ds, rng),
            3 => link(&mut body, n, args.pages, rng),
            _ => paragraph(&mut body, ds, rng),
        }
    }
    if n % 50 == 7 {
        let d = rng.below(ds.len());
        let _ = write!(body.sunlight, "{{{{ table(\"d{d:04}\") }}}}\n\n");
        body.hugo.push_str(&dataset_table_hugo(&ds[d]));
    }
    // The first K pages each show one chart, so K charts are all drawn and all used.
    if n < args.charts {
        let d = n % ds.len();
        let _ = write!(body.sunlight, "{{{{ chart(\"c{n:04}\") }}}}\n\n");
        body.hugo.push_str(&dataset_table_hugo(&ds[d]));
    }
    if n == 0 && args.records > 0 {
        body.sunlight.push_str("{{ table(\"roster\") }}\n\n");
        body.hugo.push_str("低保对象名册汇总（虚构示例）\n\n");
    }
    let description = format!("{}{}", SECTIONS[sec].1, rng.pick(&RESULTS));
    Page {
        title,
        description,
        date,
        weight: n,
        body,
    }
}

fn chart(n: usize, ds: &[Dataset]) -> String {
    let d = n % ds.len();
    let (kind, y) = CHART_TYPES[n % CHART_TYPES.len()];
    let mut s = format!(
        "title: {}（图{}）\ntype: {kind}\ndata: d{d:04}\ny: {y}\n",
        ds[d].title,
        n + 1
    );
    match kind {
        "figure" => s.push_str(&format!("row: {}\n", PLACES[n % ROWS])),
        "pie" | "donut" => s.push_str("note: 各乡镇（街道）占比。\n"),
        _ => s.push_str("note: 合成测试数据。\n"),
    }
    s
}

/// The records: uneven counts per place, halving from one place to the next, so suppression has cells to withhold.
fn roster(dir: &Path, records: usize, rng: &mut Rng) -> std::io::Result<()> {
    fs::write(
        dir.join("roster.yaml"),
        concat!(
            "title: 低保对象名册汇总（虚构示例）\n",
            "description: 由虚构的名册按乡镇（街道）和类别汇总，少于10人的单元格不予公布。\n",
            "source: 虚构示例数据（非真实人员）\n",
            "as_of: 2023-10-31\n",
            "kind: records\n",
            "columns:\n",
            "  - {key: name, label: 姓名, personal: true}\n",
            "  - {key: id_number, label: 身份证号, personal: true}\n",
            "  - {key: township, label: 乡镇（街道）}\n",
            "  - {key: category, label: 类别}\n",
            "  - {key: monthly_amount, label: 月保障金, unit: 元, type: integer}\n",
            "publish:\n",
            "  group_by: [township, category]\n",
            "  measures:\n",
            "    persons: {op: count, label: 人数, unit: 人}\n",
            "    monthly_amount: {op: sum, label: 月保障金合计}\n",
        ),
    )?;
    let mut w = BufWriter::new(fs::File::create(dir.join("roster.csv"))?);
    w.write_all(b"name,id_number,township,category,monthly_amount\n")?;
    let weights: Vec<usize> = (0..PLACES.len()).map(|i| 1 << (PLACES.len() - i)).collect();
    let total: usize = weights[..PLACES.len() - 1].iter().sum();
    for seq in 0..records {
        let name = format!("{}{}", rng.pick(&SURNAMES), rng.pick(&GIVEN));
        let mut roll = rng.below(total);
        // One record in 100,000 lives in the last place, whose cells are then small at any size.
        let place = if seq % 100_000 == 99 {
            PLACES.len() - 1
        } else {
            weights[..PLACES.len() - 1]
                .iter()
                .position(|&wt| {
                    let hit = roll < wt;
                    roll = roll.saturating_sub(wt);
                    hit
                })
                .unwrap_or(0)
        };
        let c = rng.below(100);
        let (category, _) = if c < CATEGORIES[0].1 {
            CATEGORIES[0]
        } else if c < CATEGORIES[0].1 + CATEGORIES[1].1 {
            CATEGORIES[1]
        } else {
            CATEGORIES[2]
        };
        let birth = format!(
            "{}{:02}{:02}",
            1880 + rng.below(30),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let first17 = format!("530102{birth}{:03}", seq % 1000);
        writeln!(
            w,
            "{name},{first17}{},{},{category},{}",
            id_number::check_char(&first17),
            PLACES[place],
            300 + rng.below(700)
        )?;
    }
    w.flush()
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn front_matter(p: &Page) -> String {
    format!(
        "---\ntitle: \"{}\"\ndescription: \"{}\"\ndate: {}\nweight: {}\n---\n\n",
        p.title, p.description, p.date, p.weight
    )
}

const HUGO_BASEOF: &str = r#"<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title><meta name="description" content="{{ .Description }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
"#;
const HUGO_SINGLE: &str = r#"{{ define "main" }}<nav>{{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></p>{{ .Content }}</article>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}
"#;
const HUGO_LIST: &str = r#"{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Description }}</p></li>{{ end }}</ul>{{ end }}
"#;

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "synth: {e}\nusage: cargo run --release --example synth -- OUT --pages N [--datasets M] [--charts K] [--records R] [--seed S] [--hugo DIR]"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = run(&args) {
        eprintln!("synth: {e}");
        std::process::exit(1);
    }
}

fn run(args: &Args) -> std::io::Result<()> {
    let mut rng = Rng(args.seed);
    let out = &args.out;
    if out.exists() {
        fs::remove_dir_all(out)?;
    }
    for d in ["content", "data", "charts"] {
        fs::create_dir_all(out.join(d))?;
    }
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default"),
        &out.join("themes/default"),
    )?;
    fs::write(
        out.join("site.yaml"),
        concat!(
            "title: XX省民政厅 · 政府信息公开（合成测试站点）\n",
            "description: 由 examples/synth.rs 生成的合成站点，用于性能测试\n",
            "base_url: https://example.gov.cn/mzt/\n",
            "language: zh-CN\n",
            "theme: default\n",
            "privacy:\n",
            "  min_cell: 10\n",
            "  replacement: \"〔已隐去〕\"\n",
            "  allow: [\"12345\"]\n",
        ),
    )?;
    let datasets: Vec<Dataset> = (0..args.datasets)
        .map(|i| Dataset::new(i, &mut rng))
        .collect();
    for (i, d) in datasets.iter().enumerate() {
        fs::write(out.join(format!("data/d{i:04}.yaml")), d.yaml(i))?;
    }
    for n in 0..args.charts {
        fs::write(
            out.join(format!("charts/c{n:04}.yaml")),
            chart(n, &datasets),
        )?;
    }
    if args.records > 0 {
        roster(&out.join("data"), args.records, &mut rng)?;
    }
    let hugo = args.hugo.as_deref();
    if let Some(h) = hugo {
        if h.exists() {
            fs::remove_dir_all(h)?;
        }
        for d in ["content", "layouts/_default", "static"] {
            fs::create_dir_all(h.join(d))?;
        }
        fs::write(
            h.join("hugo.toml"),
            concat!(
                "baseURL = \"https://example.gov.cn/mzt/\"\n",
                "languageCode = \"zh-CN\"\n",
                "title = \"XX省民政厅 · 政府信息公开（合成测试站点）\"\n",
                "disableKinds = [\"taxonomy\", \"term\"]\n",
                "hasCJKLanguage = true\n",
                "[markup.goldmark.renderer]\nunsafe = false\n",
            ),
        )?;
        fs::write(h.join("layouts/_default/baseof.html"), HUGO_BASEOF)?;
        fs::write(h.join("layouts/_default/single.html"), HUGO_SINGLE)?;
        fs::write(h.join("layouts/_default/list.html"), HUGO_LIST)?;
        fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/css/site.css"),
            h.join("static/style.css"),
        )
        .map(|_| ())
        .or_else(|_| fs::write(h.join("static/style.css"), "body{font-family:sans-serif}"))?;
    }
    let home = "---\ntitle: XX省民政厅政府信息公开\ndescription: 合成测试站点首页\n---\n\n本站为性能测试生成的合成站点，内容均为虚构。\n";
    fs::write(out.join("content/_index.md"), home)?;
    if let Some(h) = hugo {
        fs::write(h.join("content/_index.md"), home)?;
    }
    for (i, (slug, name)) in SECTIONS.iter().enumerate() {
        let index = format!(
            "---\ntitle: {name}\ndescription: {name}相关的工作动态、通知公告和数据\nweight: {}\n---\n\n本栏目发布{name}相关信息。\n",
            i + 1
        );
        for root in std::iter::once(out.as_path()).chain(hugo) {
            fs::create_dir_all(root.join("content").join(slug))?;
            fs::write(root.join("content").join(slug).join("_index.md"), &index)?;
        }
    }
    for n in 0..args.pages {
        let p = page(n, args, &datasets, &mut rng);
        let (sec, slug) = page_path(n);
        let fm = front_matter(&p);
        let rel = format!("content/{}/{slug}.md", SECTIONS[sec].0);
        fs::write(out.join(&rel), format!("{fm}{}", p.body.sunlight))?;
        if let Some(h) = hugo {
            fs::write(h.join(&rel), format!("{fm}{}", p.body.hugo))?;
        }
    }
    Ok(())
}
