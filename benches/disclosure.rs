//! Joint disclosure control at scale: `cargo bench --bench disclosure -- [RECORDS]` (default 1,000, so `cargo test
//! --all-targets` stays quick) builds a fictional roster of RECORDS records in memory and times the aggregation and
//! protection of three tables drawn from it (township × category, service area × category, month × township), which
//! the privacy stage protects together: primary rules, complements across tables and the LP audit.

use std::time::Instant;

use sunlight::model::{Column, ColumnType, Measure, Op, Records, Table, Value};
use sunlight::privacy::records::{Settings, protect};

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .and_then(|a| a.replace('_', "").parse().ok())
        .unwrap_or(1_000);
    let r = roster(n);
    let settings = Settings {
        min_cell: 10,
        dominance_percent: 10.0,
        allow_extremes: false,
    };
    let started = Instant::now();
    let protected = match protect(&r, &settings) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "refused: {:?}",
                e.iter().map(|d| d.message()).collect::<Vec<_>>()
            );
            std::process::exit(1);
        }
    };
    let tables = protected.datasets(&r, "zh-CN");
    let elapsed = started.elapsed();
    println!(
        "{n} records, {} tables, {} cells, {} withheld {:?}: {:.3} s",
        tables.len(),
        tables.iter().map(|t| t.rows.len()).sum::<usize>(),
        protected.by_rule.values().sum::<usize>(),
        protected.by_rule,
        elapsed.as_secs_f64()
    );
}

/// 40 townships of very uneven size and 5 tiny ones (so some cells fall under the threshold), 5 service areas that
/// cut across them,
/// 3 categories, 12 months, an amount per record. Deterministic.
fn roster(n: usize) -> Records {
    let text = |key: &str, label: &str| Column {
        key: key.into(),
        label: label.into(),
        kind: ColumnType::Text,
        ..Column::default()
    };
    let columns = vec![
        Column {
            personal: true,
            ..text("name", "姓名")
        },
        text("township", "乡镇"),
        text("area", "片区"),
        text("category", "类别"),
        text("month", "月份"),
        Column {
            kind: ColumnType::Integer,
            unit: Some("元".into()),
            ..text("amount", "月保障金")
        },
    ];
    let mut state: u64 = 20231031;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    // 40 large townships at scale, fewer for a small run, so the township grouping is not refused as identifying.
    let big = (n / 2_000).clamp(5, 40);
    let towns: Vec<String> = (0..big + 5).map(|i| format!("第{i}乡镇")).collect();
    let records = (0..n)
        .map(|i| {
            // Township i gets a share proportional to 1 / (i + 1)²: a long tail of small townships.
            let roll = next() % 10_000;
            // The first 40 records go to five tiny townships of 8, whatever the size: cells under the threshold.
            let town = if i < 40 {
                big + i % 5
            } else {
                (0..big)
                    .find(|&t| roll < 10_000 - 10_000 / (t + 2))
                    .unwrap_or(big - 1)
            };
            let category = ["农村低保", "城市低保", "特困供养"][next() % 3];
            let area = format!("片区{}", (town + next() % 2) % 5);
            vec![
                Value::Text(format!("某人{i}")),
                Value::Text(towns[town].clone()),
                Value::Text(area),
                Value::Text(category.into()),
                Value::Text(format!("2024-{:02}", 1 + next() % 12)),
                Value::Integer(300 + (next() % 700) as i64),
            ]
        })
        .collect();
    let measures = || {
        vec![
            Measure {
                name: "persons".into(),
                label: "人数".into(),
                unit: None,
                op: Op::Count,
                column: None,
                line: 0,
            },
            Measure {
                name: "amount".into(),
                label: "金额".into(),
                unit: None,
                op: Op::Sum,
                column: Some(5),
                line: 0,
            },
        ]
    };
    let table = |id: &str, group_by: Vec<usize>, period: Option<usize>| Table {
        id: id.into(),
        title: None,
        group_by,
        period,
        measures: measures(),
        line: 0,
    };
    Records {
        id: "roster".into(),
        rel: "data/roster.yaml".into(),
        title: "名册".into(),
        description: String::new(),
        source: String::new(),
        as_of: None,
        columns,
        records,
        about: Default::default(),
        tables: vec![
            table("by-town", vec![1, 3], None),
            table("by-area", vec![2, 3], None),
            table("monthly", vec![4, 1], Some(4)),
        ],
    }
}
