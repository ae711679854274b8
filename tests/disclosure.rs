//! The attacks of issue 13, each on a fictional roster of about 45 records, run through the real binary: every one
//! is refused with a clear message, or the published tables are read back and attacked with a linear program of the
//! test's own (the attacker knows which townships make up each area, and which months make up the year), which must
//! not narrow any withheld figure below its protection range: a count at least `min_cell` (10) wide, a sum 10 %
//! either side of its value.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::{fixture, sunlight};
use microlp::{ComparisonOp, OptimizationDirection, Problem};
use serde_json::Value as Json;

const MIN_CELL: f64 = 10.0;
const P: f64 = 0.10;

/// Invented names: compound surnames and given names that belong to no one.
fn name(i: usize) -> String {
    const SURNAMES: [&str; 6] = ["诸葛", "上官", "欧阳", "司马", "令狐", "东方"];
    const GIVEN: [&str; 8] = [
        "望舒", "晚晴", "秋水", "松风", "远山", "白鹭", "临川", "子墨",
    ];
    format!(
        "{}{}{}",
        SURNAMES[i % 6],
        GIVEN[(i / 6) % 8],
        ["", "甲", "乙"][i / 48]
    )
}

/// One group of records: township, area, category, how many, and each one's monthly amount.
struct Group {
    town: &'static str,
    area: &'static str,
    category: &'static str,
    month: &'static str,
    n: usize,
    amount: i64,
}

fn group(town: &'static str, category: &'static str, n: usize, amount: i64) -> Group {
    let area = if matches!(town, "甲镇" | "丙村") {
        "北片"
    } else {
        "南片"
    };
    Group {
        town,
        area,
        category,
        month: "2024-01",
        n,
        amount,
    }
}

/// The roster of the issue: 45 records, 丙村 a single person receiving 2,750 元, 北片 = 甲镇 + 丙村.
fn roster() -> Vec<Group> {
    vec![
        group("甲镇", "农村低保", 12, 480),
        group("甲镇", "城市低保", 8, 640),
        group("乙镇", "农村低保", 9, 470),
        group("乙镇", "城市低保", 5, 700),
        group("丙村", "特困供养", 1, 2750),
        group("丁乡", "农村低保", 10, 455),
    ]
}

fn records_yaml(groups: &[Group], extra_columns: &str, extra: &dyn Fn(usize) -> String) -> String {
    let mut out = format!(
        "columns:\n  - {{key: name, label: 姓名, personal: true}}\n  - {{key: township, label: 乡镇}}\n  \
         - {{key: area, label: 片区}}\n  - {{key: category, label: 类别}}\n  - {{key: month, label: 月份}}\n  \
         - {{key: amount, label: 月保障金, unit: 元, type: integer}}\n{extra_columns}records:\n"
    );
    let mut i = 0;
    for g in groups {
        for j in 0..g.n {
            out.push_str(&format!(
                "  - {{name: {}, township: {}, area: {}, category: {}, month: \"{}\", amount: {}{}}}\n",
                name(i),
                g.town,
                g.area,
                g.category,
                g.month,
                g.amount + (j as i64 % 3) * 7,
                extra(i)
            ));
            i += 1;
        }
    }
    out
}

/// A site with the given files written over the `basic` fixture.
fn site(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = fixture("basic");
    for (rel, text) in files {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
    dir
}

fn build(dir: &Path) -> (bool, String) {
    let o = sunlight(dir, &["build"]);
    (o.status.success(), common::stderr(&o))
}

/// A published table read back: row key columns to (count, sum), `None` where withheld.
type Cells = BTreeMap<Vec<String>, (Option<f64>, Option<f64>)>;

fn table(dir: &Path, id: &str, keys: &[&str], count: &str, sum: &str) -> Cells {
    let text = common::read(dir, &format!("public/data/{id}.json"));
    let doc: Json = serde_json::from_str(&text).expect("json");
    let mut out = Cells::new();
    for row in doc["rows"].as_array().expect("rows") {
        let key: Vec<String> = keys
            .iter()
            .map(|k| row[*k].as_str().expect("key").to_string())
            .collect();
        out.insert(key, (row[count].as_f64(), row[sum].as_f64()));
    }
    out
}

/// The attacker's model: unknowns (one per finest group the attacker can name), never negative, and equations (a
/// published figure is the sum of some unknowns). Returns the lowest and highest value of a sum of unknowns.
fn attack(n: usize, equations: &[(Vec<usize>, f64)], target: &[usize]) -> (f64, f64) {
    let solve = |dir| {
        let mut lp = Problem::new(dir);
        let vars: Vec<_> = (0..n)
            .map(|i| {
                lp.add_var(
                    if target.contains(&i) { 1.0 } else { 0.0 },
                    (0.0, f64::INFINITY),
                )
            })
            .collect();
        for (parts, value) in equations {
            let terms: Vec<_> = parts.iter().map(|&p| (vars[p], 1.0)).collect();
            lp.add_constraint(terms.as_slice(), ComparisonOp::Eq, *value);
        }
        match lp.solve() {
            Ok(o) => o.into_solution().expect("solution").objective(),
            Err(microlp::Error::Unbounded) => f64::INFINITY,
            Err(e) => panic!("the published figures are inconsistent: {e}"),
        }
    };
    (
        solve(OptimizationDirection::Minimize),
        solve(OptimizationDirection::Maximize),
    )
}

/// Every withheld figure of `targets` keeps its range against the equations.
fn assert_protected(
    n: usize,
    counts: &[(Vec<usize>, f64)],
    sums: &[(Vec<usize>, f64)],
    targets: &[(String, Vec<usize>, f64, f64)],
) {
    for (what, atoms, count, sum) in targets {
        let (lo, hi) = attack(n, counts, atoms);
        assert!(
            hi - lo >= MIN_CELL - 1e-6,
            "{what}: its count is narrowed to {lo}..{hi}"
        );
        let (lo, hi) = attack(n, sums, atoms);
        assert!(
            lo <= sum * (1.0 - P) + 1e-6 && hi >= sum * (1.0 + P) - 1e-6,
            "{what}: its sum is narrowed to {lo}..{hi}"
        );
        assert!(*count > 0.0);
    }
}

const TOWNS: [&str; 4] = ["甲镇", "乙镇", "丙村", "丁乡"];

fn truth(groups: &[Group], pick: &dyn Fn(&Group) -> bool) -> (f64, f64) {
    let mut n = 0.0;
    let mut s = 0.0;
    for g in groups.iter().filter(|g| pick(g)) {
        for j in 0..g.n {
            n += 1.0;
            s += (g.amount + (j as i64 % 3) * 7) as f64;
        }
    }
    (n, s)
}

#[test]
fn differencing_township_and_area_tables_recovers_nothing() {
    let groups = roster();
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  - id: by-town\n    group_by: [township]\n    measures:\n      \
         persons: count\n      amount: sum\n  - id: by-area\n    title: 按片区汇总\n    group_by: [area]\n    measures:\n      \
         persons: count\n      amount: sum\n",
        records_yaml(&groups, "", &|_| String::new())
    );
    let dir = site(&[("data/roster.yaml", yaml)]);
    let (ok, err) = build(dir.path());
    assert!(ok, "{err}");
    let towns = table(dir.path(), "by-town", &["township"], "persons", "amount");
    let areas = table(dir.path(), "by-area", &["area"], "persons", "amount");
    assert_eq!(
        towns[&vec!["丙村".to_string()]],
        (None, None),
        "the one person of 丙村 is withheld"
    );

    // Unknowns: the four townships. Equations: every published township, area and total.
    let atoms_of = |key: &str| -> Vec<usize> {
        match key {
            "北片" => vec![0, 2],
            "南片" => vec![1, 3],
            "合计" => vec![0, 1, 2, 3],
            t => vec![TOWNS.iter().position(|x| *x == t).expect("town")],
        }
    };
    let mut counts = Vec::new();
    let mut sums = Vec::new();
    for (key, (n, s)) in towns.iter().chain(areas.iter()) {
        if let Some(n) = n {
            counts.push((atoms_of(&key[0]), *n));
        }
        if let Some(s) = s {
            sums.push((atoms_of(&key[0]), *s));
        }
    }
    let mut targets = Vec::new();
    for (i, town) in TOWNS.iter().enumerate() {
        let (n, s) = truth(&groups, &|g| g.town == *town);
        if n < MIN_CELL {
            targets.push((town.to_string(), vec![i], n, s));
        }
    }
    assert_protected(4, &counts, &sums, &targets);
    let notes = common::read(dir.path(), "public/data/by-area.json");
    assert!(
        notes.contains("同一份名册"),
        "the footnote names the linked table"
    );
}

#[test]
fn the_same_records_in_two_files_are_refused() {
    let groups = roster();
    let body = records_yaml(&groups, "", &|_| String::new());
    let one = |by: &str| {
        format!(
            "title: 名册（虚构）\nkind: records\n{body}publish:\n  group_by: [{by}]\n  measures:\n    persons: count\n"
        )
    };
    let dir = site(&[
        ("data/by-town.yaml", one("township")),
        ("data/by-area.yaml", one("area")),
    ]);
    let (ok, err) = build(dir.path());
    assert!(!ok);
    assert!(err.contains("data/by-town.yaml"), "{err}");
    assert!(err.contains("same records as data/by-area.yaml"), "{err}");
    assert!(err.contains("publish:"), "{err}");
}

#[test]
fn min_and_max_are_refused_unless_allowed() {
    let groups = roster();
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  group_by: [township]\n  measures:\n    persons: count\n    \
         top: {{op: max, column: amount}}\n",
        records_yaml(&groups, "", &|_| String::new())
    );
    let dir = site(&[("data/roster.yaml", yaml.clone())]);
    let (ok, err) = build(dir.path());
    assert!(!ok);
    assert!(err.contains("publishes one person's own amount"), "{err}");
    assert!(err.contains("allow_extremes"), "{err}");
    assert!(!err.contains("2750"), "{err}");

    for op in ["min", "median"] {
        let dir = site(&[(
            "data/roster.yaml",
            yaml.replace("op: max", &format!("op: {op}")),
        )]);
        assert!(!build(dir.path()).0, "{op} is refused too");
    }

    // Allowed with a reason: groups under min_cell still show nothing.
    let config = common::read(dir.path(), "site.yaml")
        + "  allow_extremes: 最高标准按政策公开，不涉及个人\n";
    let dir = site(&[("data/roster.yaml", yaml), ("site.yaml", config)]);
    let (ok, err) = build(dir.path());
    assert!(ok, "{err}");
    let text = common::read(dir.path(), "public/data/roster.json");
    let doc: Json = serde_json::from_str(&text).expect("json");
    let rows = doc["rows"].as_array().expect("rows");
    let c = rows.iter().find(|r| r["township"] == "丙村").expect("row");
    assert!(c["top"].is_null(), "a group of one shows no max: {c}");
}

#[test]
fn groupings_that_list_the_roster_are_refused() {
    let groups = roster();
    for (key, label, values) in [
        (
            "address",
            "住址",
            (|i: usize| format!(", address: 幸福路{i}号")) as fn(usize) -> String,
        ),
        ("birth_date", "出生日期", |i: usize| {
            format!(
                ", birth_date: \"19{:02}-0{}-1{}\"",
                20 + i,
                1 + i % 9,
                i % 10
            )
        }),
    ] {
        // Unmarked, the column is refused for looking personal.
        let extra = format!("  - {{key: {key}, label: {label}}}\n");
        let yaml = format!(
            "title: 名册（虚构）\nkind: records\n{}publish:\n  group_by: [{key}]\n  measures:\n    persons: count\n",
            records_yaml(&groups, &extra, &values)
        );
        let dir = site(&[("data/roster.yaml", yaml)]);
        let (ok, err) = build(dir.path());
        assert!(!ok);
        assert!(
            err.contains(&format!(
                "the column `{key}` looks personal but is not marked"
            )),
            "{err}"
        );

        // Declared not personal, the grouping itself is refused.
        let extra =
            format!("  - {{key: {key}, label: {label}, personal: false, personal_reason: 测试}}\n");
        let yaml = format!(
            "title: 名册（虚构）\nkind: records\n{}publish:\n  group_by: [{key}]\n  measures:\n    persons: count\n",
            records_yaml(&groups, &extra, &values)
        );
        let dir = site(&[("data/roster.yaml", yaml)]);
        let (ok, err) = build(dir.path());
        assert!(!ok);
        assert!(err.contains("would publish one row per person"), "{err}");
        assert!(
            !err.contains("幸福路") && !err.contains("1920-"),
            "no value is printed: {err}"
        );
        assert!(!dir.path().join("public").exists());
    }
}

#[test]
fn an_unmarked_name_column_is_refused() {
    let groups = roster();
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  group_by: [xm]\n  measures:\n    persons: count\n",
        records_yaml(&groups, "  - {key: xm, label: 姓名}\n", &|i| format!(
            ", xm: {}",
            name(i)
        ))
    );
    let dir = site(&[("data/roster.yaml", yaml)]);
    let (ok, err) = build(dir.path());
    assert!(!ok);
    assert!(err.contains("data/roster.yaml:"), "{err}");
    assert!(
        err.contains("`xm` looks personal but is not marked"),
        "{err}"
    );
    assert!(!err.contains(&name(0)), "{err}");
}

#[test]
fn every_combination_is_a_row_and_a_shared_attribute_is_withheld() {
    // 丙村 has 12 people, all 特困供养: enough for the frequency rule, but publishing it says what each of them is.
    let mut groups = roster();
    groups.retain(|g| g.town != "丙村");
    groups.push(group("丙村", "特困供养", 12, 900));
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  group_by: [township, category]\n  measures:\n    persons: count\n    \
         amount: sum\n",
        records_yaml(&groups, "", &|_| String::new())
    )
    .replace(
        "{key: category, label: 类别}",
        "{key: category, label: 类别, levels: [城市低保, 农村低保, 特困供养]}",
    );
    let dir = site(&[("data/roster.yaml", yaml.clone())]);
    let (ok, err) = build(dir.path());
    assert!(ok, "{err}");
    let cells = table(
        dir.path(),
        "roster",
        &["township", "category"],
        "persons",
        "amount",
    );
    let towns = ["甲镇", "乙镇", "丁乡", "丙村", "合计"];
    let cats = ["城市低保", "农村低保", "特困供养", "合计"];
    for t in towns {
        for c in cats {
            assert!(
                cells.contains_key(&vec![t.to_string(), c.to_string()]),
                "row {t} / {c}"
            );
        }
    }
    // The attacker solves the table: unknowns are the 4 × 3 inner cells.
    let idx = |t: usize, c: usize| t * 3 + c;
    let atoms = |t: &str, c: &str| -> Vec<usize> {
        let ts: Vec<usize> = match towns.iter().position(|x| *x == t) {
            Some(4) | None => (0..4).collect(),
            Some(i) => vec![i],
        };
        let cs: Vec<usize> = match cats.iter().position(|x| *x == c) {
            Some(3) | None => (0..3).collect(),
            Some(i) => vec![i],
        };
        ts.iter()
            .flat_map(|&t| cs.iter().map(move |&c| idx(t, c)))
            .collect()
    };
    let mut counts = Vec::new();
    let mut sums = Vec::new();
    for (key, (n, s)) in &cells {
        let a = atoms(&key[0], &key[1]);
        if let Some(n) = n {
            counts.push((a.clone(), *n));
        }
        if let Some(s) = s {
            sums.push((a, *s));
        }
    }
    // Others of 丙村 than 特困供养 cannot be proven absent.
    let others = atoms("丙村", "城市低保")
        .into_iter()
        .chain(atoms("丙村", "农村低保"))
        .collect::<Vec<_>>();
    let (_, hi) = attack(12, &counts, &others);
    assert!(hi >= 1.0, "the table proves everyone in 丙村 is 特困供养");
    let (lo, hi) = attack(12, &counts, &atoms("丙村", "特困供养"));
    assert!(
        hi - lo >= MIN_CELL - 1e-6,
        "丙村 特困供养 narrowed to {lo}..{hi}"
    );
    // Every small cell keeps its range too.
    let mut targets = Vec::new();
    for (t, town) in towns[..4].iter().enumerate() {
        for (c, cat) in cats[..3].iter().enumerate() {
            let (n, s) = truth(&groups, &|g| g.town == *town && g.category == *cat);
            if n > 0.0 && n < MIN_CELL {
                targets.push((format!("{town}/{cat}"), vec![idx(t, c)], n, s));
            }
        }
    }
    assert_protected(12, &counts, &sums, &targets);

    // A value outside the declared levels is refused.
    let dir = site(&[(
        "data/roster.yaml",
        yaml.replacen("category: 农村低保", "category: 农村五保", 1),
    )]);
    let (ok, err) = build(dir.path());
    assert!(!ok);
    assert!(err.contains("is not one of its declared levels"), "{err}");
}

#[test]
fn a_month_withheld_cannot_be_recovered_from_the_year() {
    // Three months; 丙村 has one person, in February only. Monthly and yearly tables come from the same records.
    let mut groups = Vec::new();
    for month in ["2024-01", "2024-02", "2024-03"] {
        for (town, n) in [("甲镇", 12), ("乙镇", 11)] {
            groups.push(Group {
                month,
                // Amounts kept small: a five-digit total starting 13–19 followed by the next line's year reads as a
                // mobile number to the output scan, which then (rightly, failing closed) stops the build.
                ..group(town, "农村低保", n, 380)
            });
        }
    }
    groups.push(Group {
        month: "2024-02",
        ..group("丙村", "特困供养", 1, 2750)
    });
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  - id: monthly\n    period: month\n    group_by: [township]\n    \
         measures:\n      persons: count\n      amount: sum\n  - id: yearly\n    group_by: [township]\n    measures:\n      \
         persons: count\n      amount: sum\n",
        records_yaml(&groups, "", &|_| String::new())
    );
    let dir = site(&[("data/roster.yaml", yaml)]);
    let (ok, err) = build(dir.path());
    assert!(ok, "{err}");
    let monthly = table(
        dir.path(),
        "monthly",
        &["month", "township"],
        "persons",
        "amount",
    );
    let yearly = table(dir.path(), "yearly", &["township"], "persons", "amount");
    let months = ["2024-01", "2024-02", "2024-03"];
    let towns = ["甲镇", "乙镇", "丙村"];
    assert_eq!(monthly.len(), 4 * 4, "every month × township, with totals");
    let pick = |key: &str, all: &[&str]| -> Vec<usize> {
        match all.iter().position(|x| *x == key) {
            Some(i) => vec![i],
            None => (0..all.len()).collect(),
        }
    };
    let atoms = |m: &str, t: &str| -> Vec<usize> {
        pick(m, &months)
            .iter()
            .flat_map(|&m| pick(t, &towns).into_iter().map(move |t| m * 3 + t))
            .collect()
    };
    let mut counts = Vec::new();
    let mut sums = Vec::new();
    for (key, (n, s)) in &monthly {
        let a = atoms(&key[0], &key[1]);
        counts.extend(n.map(|n| (a.clone(), n)));
        sums.extend(s.map(|s| (a, s)));
    }
    for (key, (n, s)) in &yearly {
        let a = atoms("合计", &key[0]);
        counts.extend(n.map(|n| (a.clone(), n)));
        sums.extend(s.map(|s| (a, s)));
    }
    assert!(
        monthly[&vec!["2024-02".to_string(), "丙村".to_string()]]
            .0
            .is_none()
    );
    assert!(
        yearly[&vec!["丙村".to_string()]].0.is_none(),
        "the year would give February away"
    );
    let (n, s) = truth(&groups, &|g| g.town == "丙村");
    assert_protected(
        9,
        &counts,
        &sums,
        &[("丙村 2024-02".into(), atoms("2024-02", "丙村"), n, s)],
    );
}

#[test]
fn the_report_counts_cells_by_rule() {
    let groups = roster();
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  group_by: [township]\n  measures:\n    persons: count\n    amount: sum\n",
        records_yaml(&groups, "", &|_| String::new())
    );
    let dir = site(&[("data/roster.yaml", yaml)]);
    let (ok, err) = build(dir.path());
    assert!(ok, "{err}");
    let report: Json =
        serde_json::from_str(&common::read(dir.path(), ".sunlight/privacy-report.json"))
            .expect("json");
    let rules = &report["files"]["data/roster.yaml"]["suppressed_by_rule"];
    assert_eq!(rules["frequency"], 1, "丙村 alone is under 10: {rules}");
    assert!(
        rules["secondary"].as_u64().expect("secondary") >= 1,
        "{rules}"
    );
}

#[test]
fn errors_in_a_list_of_tables_point_at_their_line() {
    let groups = roster();
    let yaml = format!(
        "title: 名册（虚构）\nkind: records\n{}publish:\n  - id: by-town\n    group_by: [township]\n    measures: {{persons: count}}\n  \
         - id: by-area\n    group_by: [nosuch]\n    measures: {{persons: count}}\n",
        records_yaml(&groups, "", &|_| String::new())
    );
    let lines = yaml.lines().count();
    let dir = site(&[("data/roster.yaml", yaml)]);
    let (ok, err) = build(dir.path());
    assert!(!ok);
    assert!(
        err.contains(&format!("data/roster.yaml:{}:", lines - 1)),
        "the bad group_by line is named: {err}"
    );
    assert!(err.contains("`group_by` names `nosuch`"), "{err}");
}
