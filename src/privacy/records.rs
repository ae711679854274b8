//! Record-level datasets become published aggregates here, and nowhere else: records go in, a table of group counts
//! and measures with small cells withheld comes out, and the records are dropped. The values of personal columns
//! are handed back too, as search terms for the text detector, so a name in a roster cannot leak through a page.

use std::collections::BTreeMap;

use super::suppress::{Shape, suppress};
use crate::render::format::is_zh;
use crate::validate::{Column, ColumnType, Dataset, Op, Records, Row, Value};

/// What publishing a records dataset yields.
pub struct Published {
    pub dataset: Dataset,
    pub suppressed: usize,
    /// Values of personal columns, to search for in all published text. Never printed.
    pub terms: Vec<String>,
}

/// Per-cell running figures for every measure.
#[derive(Clone, Default)]
struct Acc {
    count: u64,
    sums: Vec<f64>,
    seen: Vec<u64>,
    mins: Vec<f64>,
    maxs: Vec<f64>,
}

pub fn publish(r: &Records, min_cell: u32, lang: &str) -> Published {
    let total_label = if is_zh(lang) { "合计" } else { "Total" };
    let blank = if is_zh(lang) { "（空）" } else { "(blank)" };
    let label_of = |v: &Value| match v {
        Value::Empty | Value::Suppressed => blank.to_string(),
        Value::Integer(i) => i.to_string(),
        Value::Number(f) => f.to_string(),
        Value::Text(s) | Value::Date(s) => s.clone(),
    };

    let categories: Vec<Vec<String>> = r
        .group_by
        .iter()
        .map(|&g| {
            // Categories in order of first appearance: exports are usually sorted the way their readers expect.
            let mut v: Vec<String> = Vec::new();
            for rec in &r.records {
                let label = label_of(&rec[g]);
                if !v.contains(&label) {
                    v.push(label);
                }
            }
            v
        })
        .collect();
    let positions: Vec<BTreeMap<&str, usize>> = categories
        .iter()
        .map(|c| c.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect())
        .collect();
    let dims: Vec<usize> = categories.iter().map(Vec::len).collect();
    let shape = Shape::new(&dims);
    let m = r.measures.len();
    let mut cells = vec![
        Acc {
            count: 0,
            sums: vec![0.0; m],
            seen: vec![0; m],
            mins: vec![f64::INFINITY; m],
            maxs: vec![f64::NEG_INFINITY; m]
        };
        shape.len
    ];

    let k = dims.len();
    for rec in &r.records {
        let coords: Vec<usize> = r
            .group_by
            .iter()
            .zip(&positions)
            .map(|(&g, pos)| pos.get(label_of(&rec[g]).as_str()).copied().unwrap_or(0))
            .collect();
        // The record counts in its own cell and in every margin above it: 2^k cells.
        for mask in 0..(1usize << k) {
            let c: Vec<usize> = (0..k)
                .map(|d| {
                    if mask & (1 << d) != 0 {
                        dims[d]
                    } else {
                        coords[d]
                    }
                })
                .collect();
            let acc = &mut cells[shape.index(&c)];
            acc.count += 1;
            for (i, measure) in r.measures.iter().enumerate() {
                if let Some(x) = measure.column.and_then(|col| rec[col].as_f64()) {
                    acc.sums[i] += x;
                    acc.seen[i] += 1;
                    acc.mins[i] = acc.mins[i].min(x);
                    acc.maxs[i] = acc.maxs[i].max(x);
                }
            }
        }
    }

    let counts: Vec<u64> = cells.iter().map(|a| a.count).collect();
    let hidden = suppress(&shape, &counts, u64::from(min_cell.max(1)));

    let mut columns: Vec<Column> = r
        .group_by
        .iter()
        .map(|&g| Column {
            personal: false,
            ..r.columns[g].clone()
        })
        .collect();
    for measure in &r.measures {
        let integer = match (measure.op, measure.column) {
            (Op::Count, _) => true,
            (Op::Sum | Op::Min | Op::Max, Some(c)) => r.columns[c].kind == ColumnType::Integer,
            _ => false,
        };
        columns.push(Column {
            key: measure.name.clone(),
            label: measure.label.clone(),
            unit: measure.unit.clone(),
            kind: if integer {
                ColumnType::Integer
            } else {
                ColumnType::Number
            },
            personal: false,
        });
    }

    let mut rows = Vec::new();
    let mut suppressed = 0;
    for cell in 0..shape.len {
        let acc = &cells[cell];
        if acc.count == 0 {
            continue;
        }
        let coords = shape.coords(cell);
        let names: Vec<String> = coords
            .iter()
            .zip(&categories)
            .map(|(&c, cats)| {
                cats.get(c)
                    .cloned()
                    .unwrap_or_else(|| total_label.to_string())
            })
            .collect();
        let mut values: Vec<Value> = names.iter().map(|n| Value::Text(n.clone())).collect();
        for (i, measure) in r.measures.iter().enumerate() {
            let integer = columns[k + i].kind == ColumnType::Integer;
            let v = if hidden[cell] {
                suppressed += 1;
                Value::Suppressed
            } else {
                figure(measure.op, acc, i, integer)
            };
            values.push(v);
        }
        rows.push(Row {
            key: names.join(" / "),
            cells: values,
            line: 0,
        });
    }

    let notes = if suppressed > 0 {
        vec![if is_zh(lang) {
            format!(
                "“*”表示为保护个人信息而不予公布的数值：由少于{min_cell}条记录得出的单元格，以及可据以推算出这些数值的单元格。"
            )
        } else {
            format!(
                "“*” marks a figure withheld to protect people: cells made from fewer than {min_cell} records, and cells from which such a figure could be worked out."
            )
        }]
    } else {
        Vec::new()
    };

    let mut terms: Vec<String> = r
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.personal)
        .flat_map(|(i, _)| r.records.iter().map(move |rec| label_of(&rec[i])))
        .map(|s| s.trim().to_string())
        .filter(|s| s.chars().count() >= 2 && s != blank)
        .collect();
    terms.sort();
    terms.dedup();

    Published {
        dataset: Dataset {
            id: r.id.clone(),
            rel: r.rel.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            source: r.source.clone(),
            as_of: r.as_of.clone(),
            columns,
            rows,
            notes,
            localized: Vec::new(),
        },
        suppressed,
        terms,
    }
}

fn figure(op: Op, acc: &Acc, i: usize, integer: bool) -> Value {
    let number = |x: f64| {
        if integer {
            Value::Integer(x.round() as i64)
        } else {
            Value::Number((x * 100.0).round() / 100.0)
        }
    };
    match op {
        Op::Count => Value::Integer(acc.count as i64),
        _ if acc.seen[i] == 0 => Value::Empty,
        Op::Sum => number(acc.sums[i]),
        Op::Mean => Value::Number((acc.sums[i] / acc.seen[i] as f64 * 100.0).round() / 100.0),
        Op::Min => number(acc.mins[i]),
        Op::Max => number(acc.maxs[i]),
    }
}
