//! Record-level datasets become published aggregates here, and nowhere else: records go in, the tables of group
//! counts and measures named by `publish` come out, and the records are dropped. The values of personal columns are
//! handed back too, as search terms for the text detector, so a name in a roster cannot leak through a page.
//!
//! Every table of one records file is one disclosure-control problem ([`protect`]): the records are split into
//! *atoms* (the records sharing one value of every column any table groups by), each published cell is the sum of
//! its atoms, and the cells to withhold are chosen for all the tables at once, so that two groupings that do not
//! nest (乡镇 and 片区) or a month and its year cannot be subtracted from each other. The rules:
//!
//! 1. *frequency*: a cell of 1 to `min_cell - 1` records;
//! 2. *dominance* (p % rule): a sum whose largest contribution the second largest could estimate to within p %;
//! 3. *attribute*: a group whose members all share one value of the table's other grouping (every person of 丙村
//!    is 特困供养), with the empty cells beside it;
//! 4. *secondary*: complements, so no withheld cell can be worked out from the published ones ([`super::suppress`]
//!    within a table, the same figure withheld in every table that shows it, then the [`super::audit`] over all
//!    tables, which adds complements until every withheld cell of rules 1–3 keeps its protection range).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rustc_hash::FxHashMap;

use super::audit::{self, Quantity, Target};
use super::suppress::{Shape, suppress_from};
use crate::diagnostics::Diagnostic;
use crate::format::is_zh;
use crate::format::strings::{Phrase, page_lang, t};
use crate::messages::{Arg, Lang, msg, word};
use crate::model::{Column, ColumnType, Dataset, Op, Records, Row, Value};
use crate::validate::dataset::MAX_EXACT;

/// The settings of `privacy:` that decide what is withheld.
#[derive(Debug, Clone)]
pub struct Settings {
    pub min_cell: u32,
    pub dominance_percent: f64,
    pub allow_extremes: bool,
}

impl Settings {
    pub fn of(p: &crate::model::config::PrivacyConfig) -> Settings {
        Settings {
            min_cell: p.min_cell.max(1),
            dominance_percent: p.dominance_percent,
            allow_extremes: p.allow_extremes.is_some(),
        }
    }
}

/// Why a cell is withheld.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Frequency,
    Dominance,
    Attribute,
    Secondary,
}

impl Rule {
    pub fn key(self) -> &'static str {
        match self {
            Rule::Frequency => "frequency",
            Rule::Dominance => "dominance",
            Rule::Attribute => "attribute",
            Rule::Secondary => "secondary",
        }
    }
}

/// The most cells (margins included) a table from records may have: far more than a page can show, small enough to
/// hold in memory.
const MAX_CELLS: usize = 200_000;

/// The most cells the primary rules may withhold in one records file: beyond this the complements and the audit
/// would take too long, and a table that is mostly `*` tells readers nothing.
const MAX_PRIMARY: usize = 500;

/// The protected tables of one records file, ready to be published in any language.
pub struct Protected {
    tables: Vec<Aggregate>,
    /// Values of personal columns, to search for in all published text. Never printed.
    pub terms: Vec<String>,
    /// Table cells withheld, by the rule that withheld them.
    pub by_rule: BTreeMap<&'static str, usize>,
    /// Figures withheld (cells times measures), over all tables.
    pub suppressed: usize,
    min_cell: u32,
}

/// One table: its categories, cells (margins included), the atoms of each cell and what is withheld.
struct Aggregate {
    table: usize,
    /// Per grouping column, its categories; `None` is the blank value.
    cats: Vec<Vec<Option<String>>>,
    shape: Shape,
    atoms: Vec<Vec<u32>>,
    counts: Vec<u64>,
    figures: Vec<Vec<Value>>,
    hidden: Vec<bool>,
    /// The rule of each primary cell (rules 1–3); secondary cells have none.
    primary: Vec<Option<Rule>>,
}

/// Running figures of one measured column over some records.
#[derive(Clone)]
struct Acc {
    seen: u64,
    int: i128,
    float: f64,
    abs: f64,
    top: [f64; 2],
    min: f64,
    max: f64,
    values: Vec<f64>,
}

impl Default for Acc {
    fn default() -> Self {
        Acc {
            seen: 0,
            int: 0,
            float: 0.0,
            abs: 0.0,
            top: [0.0; 2],
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            values: Vec::new(),
        }
    }
}

impl Acc {
    fn add(&mut self, v: &Value, keep: bool) {
        let x = match v {
            Value::Integer(i) => {
                self.int += i128::from(*i);
                *i as f64
            }
            Value::Number(f) => {
                self.float += f;
                *f
            }
            _ => return,
        };
        self.seen += 1;
        self.push_top(x.abs());
        self.abs += x.abs();
        self.min = self.min.min(x);
        self.max = self.max.max(x);
        if keep {
            self.values.push(x);
        }
    }

    fn push_top(&mut self, x: f64) {
        if x > self.top[0] {
            self.top = [x, self.top[0]];
        } else if x > self.top[1] {
            self.top[1] = x;
        }
    }

    fn merge(&mut self, o: &Acc) {
        self.seen += o.seen;
        self.int += o.int;
        self.float += o.float;
        self.abs += o.abs;
        for x in o.top {
            self.push_top(x);
        }
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
        self.values.extend_from_slice(&o.values);
    }

    /// The sum as a number, or why it cannot be published faithfully.
    fn sum(&self, integer: bool) -> Result<f64, &'static str> {
        if integer {
            let total = self.int;
            if i64::try_from(total).is_err() {
                return Err("overflow");
            }
            Ok(total as f64)
        } else if !self.float.is_finite() || self.float.abs() > MAX_EXACT {
            Err("inexact")
        } else {
            Ok(self.float)
        }
    }
}

/// The records sharing one value of every grouping column.
struct Atom {
    count: u64,
    cols: Vec<Acc>,
}

/// Aggregates every table of `r` and chooses, for all of them at once, what to withhold. Errors: a measure that
/// publishes one person's amount, a grouping that would publish one row per person, a sum that cannot be shown,
/// a withheld cell that cannot be protected.
pub fn protect(r: &Records, s: &Settings) -> Result<Protected, Vec<Diagnostic>> {
    let mut errors = extremes(r, s);
    if !errors.is_empty() {
        return Err(errors);
    }

    let gcols: Vec<usize> = r
        .tables
        .iter()
        .flat_map(|t| t.group_by.iter().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mcols: Vec<usize> = r
        .tables
        .iter()
        .flat_map(|t| t.measures.iter().filter_map(|m| m.column))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let keep_values: Vec<bool> = mcols
        .iter()
        .map(|&c| {
            r.tables
                .iter()
                .flat_map(|t| &t.measures)
                .any(|m| m.column == Some(c) && m.op == Op::Median)
        })
        .collect();
    let periods: BTreeSet<usize> = r.tables.iter().filter_map(|t| t.period).collect();

    let (cats, rec_codes) = categories(r, &gcols, &periods);
    let (atoms, codes) = atoms_of(r, &rec_codes, gcols.len(), &mcols, &keep_values);
    drop(rec_codes);

    let mut tables = Vec::with_capacity(r.tables.len());
    for (ti, t) in r.tables.iter().enumerate() {
        let source = Source {
            gcols: &gcols,
            mcols: &mcols,
            cats: &cats,
            codes: &codes,
            atoms: &atoms,
        };
        if let Some(a) = aggregate(r, ti, t, &source, s, &mut errors) {
            tables.push(a);
        }
    }
    errors.extend(too_many_primaries(r, &tables));
    if !errors.is_empty() {
        return Err(errors);
    }

    let problem = audit_problem(r, &mcols, &atoms);
    secondary(r, &mcols, &mut tables, &problem, s, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let (by_rule, suppressed) = withheld_by_rule(r, &tables);
    Ok(Protected {
        tables,
        terms: roster_terms(r),
        by_rule,
        suppressed,
        min_cell: s.min_cell,
    })
}

/// Min, max and median publish one person's own amount: an error unless `privacy.allow_extremes` says otherwise.
fn extremes(r: &Records, s: &Settings) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for t in &r.tables {
        for m in t.measures.iter().filter(|m| m.op.is_extreme()) {
            if !s.allow_extremes {
                errors.push(Diagnostic::error(
                    &r.rel,
                    m.line,
                    0,
                    msg!("records-extreme", measure = &m.name),
                ));
            }
        }
    }
    errors
}

/// The categories of every grouping column (declared levels, else in order of first appearance, which is usually
/// the order an export's readers expect; periods in order), and each record's category code per grouping column,
/// record by record.
fn categories(
    r: &Records,
    gcols: &[usize],
    periods: &BTreeSet<usize>,
) -> (Vec<Vec<Option<String>>>, Vec<u32>) {
    let mut cats: Vec<Vec<Option<String>>> = Vec::with_capacity(gcols.len());
    // Each record's category code per grouping column, record by record.
    let width = gcols.len();
    let mut rec_codes = vec![0u32; r.records.len() * width];
    for (i, &g) in gcols.iter().enumerate() {
        let mut list: Vec<Option<String>> = r.columns[g]
            .levels
            .as_ref()
            .map(|ls| ls.iter().cloned().map(Some).collect())
            .unwrap_or_default();
        // Keyed by the records' own text: SipHash, so crafted values cannot flood one bucket.
        let mut seen: HashMap<String, u32> = list
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.clone().map(|c| (c, i as u32)))
            .collect();
        let mut blank: Option<u32> = None;
        for (n, rec) in r.records.iter().enumerate() {
            let code = match &rec[g] {
                Value::Text(t) | Value::Date(t) => seen.get(t.as_str()).copied(),
                Value::Empty | Value::Suppressed => blank,
                other => label_of(other).and_then(|l| seen.get(&l).copied()),
            };
            rec_codes[n * width + i] = match code {
                Some(c) => c,
                None => {
                    let c = list.len() as u32;
                    let label = label_of(&rec[g]);
                    match &label {
                        Some(l) => {
                            seen.insert(l.clone(), c);
                        }
                        None => blank = Some(c),
                    }
                    list.push(label);
                    c
                }
            };
        }
        if periods.contains(&g) {
            let mut order: Vec<u32> = (0..list.len() as u32).collect();
            order.sort_by(|&x, &y| list[x as usize].cmp(&list[y as usize]));
            let mut rank = vec![0u32; list.len()];
            for (new, &old) in order.iter().enumerate() {
                rank[old as usize] = new as u32;
            }
            for n in 0..r.records.len() {
                let c = &mut rec_codes[n * width + i];
                *c = rank[*c as usize];
            }
            list.sort();
        }
        cats.push(list);
    }
    (cats, rec_codes)
}

/// The records grouped by their category codes (`width` per record): one atom per combination that occurs, with
/// its count and accumulated measures; and each atom's codes.
fn atoms_of(
    r: &Records,
    rec_codes: &[u32],
    width: usize,
    mcols: &[usize],
    keep_values: &[bool],
) -> (Vec<Atom>, Vec<Vec<u32>>) {
    // One lookup per record (a million for a large roster). The keys are category codes Sunlight assigns in order
    // (0, 1, 2 … per column), which no one writing the records can choose bit by bit, so the fast unkeyed FxHash
    // cannot be flooded here.
    let mut atom_of: FxHashMap<Vec<u32>, u32> = FxHashMap::default();
    let mut atoms: Vec<Atom> = Vec::new();
    let mut codes: Vec<Vec<u32>> = Vec::new();
    for (n, rec) in r.records.iter().enumerate() {
        let key = &rec_codes[n * width..(n + 1) * width];
        let id = match atom_of.get(key) {
            Some(&id) => id,
            None => {
                let id = atoms.len() as u32;
                atom_of.insert(key.to_vec(), id);
                codes.push(key.to_vec());
                atoms.push(Atom {
                    count: 0,
                    cols: vec![Acc::default(); mcols.len()],
                });
                id
            }
        };
        let atom = &mut atoms[id as usize];
        atom.count += 1;
        for ((acc, &c), &keep) in atom.cols.iter_mut().zip(mcols).zip(keep_values) {
            acc.add(&rec[c], keep);
        }
    }
    (atoms, codes)
}

/// What every table is aggregated from.
struct Source<'a> {
    gcols: &'a [usize],
    mcols: &'a [usize],
    cats: &'a [Vec<Option<String>>],
    codes: &'a [Vec<u32>],
    atoms: &'a [Atom],
}

/// Table `ti` aggregated from the atoms, with its cells under rules 1 to 3 marked; `None` (and an error) when it
/// would have too many cells.
fn aggregate(
    r: &Records,
    ti: usize,
    t: &crate::model::Table,
    src: &Source,
    s: &Settings,
    errors: &mut Vec<Diagnostic>,
) -> Option<Aggregate> {
    let Source {
        gcols,
        mcols,
        cats,
        codes,
        atoms,
    } = *src;
    let pos: Vec<usize> = t
        .group_by
        .iter()
        .map(|g| gcols.iter().position(|x| x == g).unwrap_or(0))
        .collect();
    let tcats: Vec<Vec<Option<String>>> = pos.iter().map(|&p| cats[p].clone()).collect();
    let dims: Vec<usize> = tcats.iter().map(Vec::len).collect();
    let size = dims
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d + 1))
        .filter(|&n| n <= MAX_CELLS);
    let Some(_) = size else {
        errors.push(Diagnostic::error(
            &r.rel,
            t.line,
            0,
            msg!("records-too-many-cells", table = &t.id, limit = MAX_CELLS),
        ));
        return None;
    };
    let shape = Shape::new(&dims);
    let k = dims.len();
    let mut cell_atoms: Vec<Vec<u32>> = vec![Vec::new(); shape.len];
    let mut counts = vec![0u64; shape.len];
    let mut c = vec![0usize; k];
    for (a, code) in codes.iter().enumerate() {
        for mask in 0..(1usize << k) {
            for d in 0..k {
                c[d] = if mask & (1 << d) != 0 {
                    dims[d]
                } else {
                    code[pos[d]] as usize
                };
            }
            let cell = shape.index(&c);
            cell_atoms[cell].push(a as u32);
            counts[cell] += atoms[a].count;
        }
    }
    for list in &mut cell_atoms {
        list.sort_unstable();
    }
    identifying(r, t, &shape, &counts, &tcats, s.min_cell, errors);

    let mut figures = Vec::with_capacity(shape.len);
    let mut primary: Vec<Option<Rule>> = vec![None; shape.len];
    let mut overflow = BTreeSet::new();
    for cell in 0..shape.len {
        let accs: Vec<Acc> = mcols
            .iter()
            .enumerate()
            .map(|(j, _)| {
                let mut acc = Acc::default();
                for &a in &cell_atoms[cell] {
                    acc.merge(&atoms[a as usize].cols[j]);
                }
                acc
            })
            .collect();
        let n = counts[cell];
        if n > 0 && n < u64::from(s.min_cell) {
            primary[cell] = Some(Rule::Frequency);
        }
        let mut row = Vec::with_capacity(t.measures.len());
        for (mi, m) in t.measures.iter().enumerate() {
            let acc = m
                .column
                .and_then(|c| mcols.iter().position(|&x| x == c))
                .map(|j| &accs[j]);
            let integer = m
                .column
                .is_some_and(|c| r.columns[c].kind == ColumnType::Integer);
            match figure(m.op, n, acc, integer) {
                Ok(v) => row.push(v),
                Err(why) => {
                    overflow.insert((mi, why));
                    row.push(Value::Empty);
                }
            }
            if let Some(acc) = acc
                && matches!(m.op, Op::Sum | Op::Mean)
                && primary[cell].is_none()
                && dominated(acc, s.dominance_percent)
            {
                primary[cell] = Some(Rule::Dominance);
            }
        }
        figures.push(row);
    }
    for (mi, why) in overflow {
        let m = &t.measures[mi];
        errors.push(Diagnostic::error(
            &r.rel,
            m.line,
            0,
            msg!(
                "records-too-large",
                op = op_name(m.op),
                measure = &m.name,
                table = &t.id,
                why = why
            ),
        ));
    }
    attribute_rule(&shape, &counts, t.period.map(|_| 0), &mut primary);
    let hidden: Vec<bool> = primary.iter().map(Option::is_some).collect();
    Some(Aggregate {
        table: ti,
        cats: tcats,
        shape,
        atoms: cell_atoms,
        counts,
        figures,
        hidden,
        primary,
    })
}

/// An error when the tables would withhold more than [`MAX_PRIMARY`] cells before any complement.
fn too_many_primaries(r: &Records, tables: &[Aggregate]) -> Option<Diagnostic> {
    let primaries: usize = tables
        .iter()
        .map(|a| a.primary.iter().filter(|p| p.is_some()).count())
        .sum();
    (primaries > MAX_PRIMARY).then(|| {
        Diagnostic::error(
            &r.rel,
            r.tables.first().map_or(0, |t| t.line),
            0,
            msg!(
                "records-too-many-withheld",
                count = primaries,
                limit = MAX_PRIMARY
            ),
        )
    })
}

/// What a reader knows of the atoms for the audit: their counts, and per measure their sums and whether they can be
/// negative.
fn audit_problem(r: &Records, mcols: &[usize], atoms: &[Atom]) -> audit::Problem {
    audit::Problem {
        count: atoms.iter().map(|a| a.count as f64).collect(),
        sums: mcols
            .iter()
            .enumerate()
            .map(|(j, &c)| {
                // Amounts that are never negative (declared so, or none is) are known to be so by any reader.
                let negative = r.columns[c].min.is_none_or(|m| m < 0.0)
                    && atoms.iter().any(|a| a.cols[j].min < 0.0);
                let lower = if negative { f64::NEG_INFINITY } else { 0.0 };
                let values = atoms
                    .iter()
                    .map(|a| a.cols[j].int as f64 + a.cols[j].float)
                    .collect();
                (values, lower)
            })
            .collect(),
    }
}

/// How many cells each rule withheld, and how many figures are withheld in all.
fn withheld_by_rule(r: &Records, tables: &[Aggregate]) -> (BTreeMap<&'static str, usize>, usize) {
    let mut by_rule: BTreeMap<&'static str, usize> = [
        Rule::Frequency,
        Rule::Dominance,
        Rule::Attribute,
        Rule::Secondary,
    ]
    .iter()
    .map(|r| (r.key(), 0))
    .collect();
    let mut suppressed = 0;
    for a in tables {
        let measures = r.tables[a.table].measures.len();
        for cell in 0..a.shape.len {
            if a.hidden[cell] {
                *by_rule
                    .entry(a.primary[cell].unwrap_or(Rule::Secondary).key())
                    .or_default() += 1;
                suppressed += measures;
            }
        }
    }
    (by_rule, suppressed)
}

/// The values of the personal columns, trimmed, of two characters or more, sorted and without repeats: the
/// detector's search terms.
fn roster_terms(r: &Records) -> Vec<String> {
    let terms: Vec<String> = r
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.personal)
        .flat_map(|(i, _)| r.records.iter().filter_map(move |rec| label_of(&rec[i])))
        .map(|s| match s.trim() {
            t if t.len() == s.len() => s,
            t => t.to_string(),
        })
        .filter(|s| s.chars().count() >= 2)
        .collect();
    super::sorted_unique(terms)
}

/// Rules 4: complements within each table, the same figure withheld wherever it appears, then the audit over all
/// tables, adding a complement beside every cell it finds under-protected, until it finds none.
fn secondary(
    r: &Records,
    mcols: &[usize],
    tables: &mut [Aggregate],
    problem: &audit::Problem,
    s: &Settings,
    errors: &mut Vec<Diagnostic>,
) {
    let min_cell = u64::from(s.min_cell);
    let targets = targets(r, mcols, tables, s);
    // Withholding more only removes equations, so a target once protected stays protected: each round audits
    // only the targets that failed the one before.
    let mut pending: Vec<usize> = (0..targets.len()).collect();
    loop {
        loop {
            let mut changed = false;
            for a in tables.iter_mut() {
                let next = suppress_from(&a.shape, &a.counts, min_cell, a.hidden.clone());
                changed |= next != a.hidden;
                a.hidden = next;
            }
            let mut withheld: BTreeSet<&[u32]> = BTreeSet::new();
            for a in tables.iter() {
                for cell in 0..a.shape.len {
                    if a.hidden[cell] && !a.atoms[cell].is_empty() {
                        withheld.insert(&a.atoms[cell]);
                    }
                }
            }
            let same: Vec<(usize, usize)> = tables
                .iter()
                .enumerate()
                .flat_map(|(ti, a)| {
                    (0..a.shape.len)
                        .filter(|&c| !a.hidden[c] && withheld.contains(&a.atoms[c][..]))
                        .map(move |c| (ti, c))
                })
                .collect();
            for (ti, c) in same {
                tables[ti].hidden[c] = true;
                changed = true;
            }
            if !changed {
                break;
            }
        }

        let published = published_cells(r, mcols, tables);
        let mut free = vec![false; problem.count.len()];
        for a in tables.iter() {
            for cell in (0..a.shape.len).filter(|&c| a.hidden[c]) {
                for &atom in &a.atoms[cell] {
                    free[atom as usize] = true;
                }
            }
        }
        let failed = audit::under_protected(problem, &published, &free, &targets, &pending);
        if failed.is_empty() {
            return;
        }
        let mut added = false;
        for &i in &failed {
            let (ti, cell) = (targets[i].table, targets[i].cell);
            if let Some((tj, c)) = complement(tables, ti, cell)
                && !tables[tj].hidden[c]
            {
                tables[tj].hidden[c] = true;
                added = true;
            }
        }
        pending = failed.clone();
        if !added {
            for &i in &failed {
                let tg = &targets[i];
                let a = &tables[tg.table];
                let t = &r.tables[a.table];
                errors.push(Diagnostic::error(
                    &r.rel,
                    t.line,
                    0,
                    match tg.quantity {
                        Quantity::Count => msg!(
                            "records-worked-out-count",
                            table = &t.id,
                            row = row_key(a, tg.cell)
                        ),
                        Quantity::Sum(j) => msg!(
                            "records-worked-out-sum",
                            table = &t.id,
                            row = row_key(a, tg.cell),
                            column = &r.columns[mcols[j]].key
                        ),
                    },
                ));
            }
            return;
        }
    }
}

/// Every published figure as an equation on the atoms: per quantity, the cells whose value a reader can see.
fn published_cells(r: &Records, mcols: &[usize], tables: &[Aggregate]) -> Vec<audit::Published> {
    let mut out: BTreeMap<(Quantity, &[u32]), ()> = BTreeMap::new();
    for a in tables {
        let t = &r.tables[a.table];
        let has_count = t.measures.iter().any(|m| m.op == Op::Count);
        let mut quantities: Vec<Quantity> = Vec::new();
        if has_count {
            quantities.push(Quantity::Count);
        }
        for (j, &c) in mcols.iter().enumerate() {
            // A mean gives the sum to anyone who has the count, from this table or another: counted as a sum.
            let sum = t
                .measures
                .iter()
                .any(|m| m.column == Some(c) && matches!(m.op, Op::Sum | Op::Mean));
            if sum {
                quantities.push(Quantity::Sum(j));
            }
        }
        for cell in 0..a.shape.len {
            if a.hidden[cell] || a.atoms[cell].is_empty() {
                continue;
            }
            for &q in &quantities {
                out.insert((q, &a.atoms[cell]), ());
            }
        }
    }
    out.into_keys()
        .map(|(quantity, atoms)| audit::Published {
            quantity,
            atoms: atoms.to_vec(),
        })
        .collect()
}

/// The withheld cells of rules 1–3 and the range each must keep: a count at least `min_cell` wide, a sum p % either
/// side of its value.
fn targets(r: &Records, mcols: &[usize], tables: &[Aggregate], s: &Settings) -> Vec<Target> {
    let mut out = Vec::new();
    for (ti, a) in tables.iter().enumerate() {
        let t = &r.tables[a.table];
        for cell in 0..a.shape.len {
            let Some(rule) = a.primary[cell] else {
                continue;
            };
            if a.atoms[cell].is_empty() {
                continue;
            }
            if rule != Rule::Dominance {
                out.push(Target {
                    table: ti,
                    cell,
                    quantity: Quantity::Count,
                    atoms: a.atoms[cell].clone(),
                    width: f64::from(s.min_cell),
                    percent: 0.0,
                });
            }
            for (j, &c) in mcols.iter().enumerate() {
                if t.measures.iter().any(|m| m.column == Some(c)) {
                    out.push(Target {
                        table: ti,
                        cell,
                        quantity: Quantity::Sum(j),
                        atoms: a.atoms[cell].clone(),
                        width: 0.0,
                        percent: s.dominance_percent.max(1.0),
                    });
                }
            }
        }
    }
    out
}

/// A published cell to withhold beside an under-protected one: the smallest non-zero cell that shares records with
/// it, in a line of its own table or in another table, inner cells before totals.
fn complement(tables: &[Aggregate], ti: usize, cell: usize) -> Option<(usize, usize)> {
    let target = &tables[ti].atoms[cell];
    let overlaps = |a: &[u32]| {
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < target.len() {
            match a[i].cmp(&target[j]) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        false
    };
    let own = &tables[ti].shape;
    let coords = own.coords(cell);
    let neighbour = |c: usize| {
        own.coords(c)
            .iter()
            .zip(&coords)
            .filter(|(a, b)| a != b)
            .count()
            == 1
    };
    tables
        .iter()
        .enumerate()
        .flat_map(|(tj, a)| (0..a.shape.len).map(move |c| (tj, c)))
        .filter(|&(tj, c)| {
            let a = &tables[tj];
            !a.hidden[c]
                && a.counts[c] > 0
                && (if tj == ti {
                    neighbour(c)
                } else {
                    overlaps(&a.atoms[c])
                })
        })
        .min_by_key(|&(tj, c)| (tables[tj].shape.is_total(c), tables[tj].counts[c], tj, c))
}

/// A sum whose largest contribution the second largest could estimate to within p %: what is left after the two
/// largest is less than p % of the largest.
fn dominated(acc: &Acc, percent: f64) -> bool {
    let [x1, x2] = acc.top;
    x1 > 0.0 && (acc.abs - x1 - x2) < percent / 100.0 * x1
}

/// Rule 3: along each grouping, a group (a category of the table's other groupings) whose records all fall in one
/// category discloses that category of each member. Its cell is withheld with the empty cells beside it, so the
/// zeros do not tell either. The whole population (every other grouping at its total) is not a group, and a period
/// is not an attribute: that a group had members in one month only is the period table's own subject.
fn attribute_rule(
    shape: &Shape,
    counts: &[u64],
    period: Option<usize>,
    primary: &mut [Option<Rule>],
) {
    if shape.dims.len() < 2 {
        return;
    }
    for (d, (parts, total)) in shape.lines_by_dim() {
        if shape.dims[d] < 2 || counts[total] == 0 || Some(d) == period {
            continue;
        }
        let coords = shape.coords(total);
        let whole = coords
            .iter()
            .enumerate()
            .all(|(e, &c)| e == d || c == shape.dims[e]);
        if whole {
            continue;
        }
        let full: Vec<usize> = parts.iter().copied().filter(|&c| counts[c] > 0).collect();
        if full.len() == 1 {
            for &c in &parts {
                // A zero in a line that is empty anyway tells nothing and is left as it is.
                if primary[c].is_none() && (counts[c] > 0 || !in_empty_line(shape, counts, c, d)) {
                    primary[c] = Some(Rule::Attribute);
                }
            }
        }
    }
}

/// Whether a cell lies in a line, along another grouping than `d`, whose total is zero.
fn in_empty_line(shape: &Shape, counts: &[u64], cell: usize, d: usize) -> bool {
    let mut c = shape.coords(cell);
    (0..shape.dims.len()).filter(|&e| e != d).any(|e| {
        let keep = c[e];
        c[e] = shape.dims[e];
        let empty = counts[shape.index(&c)] == 0;
        c[e] = keep;
        empty
    })
}

/// Rule: a grouping column whose values are nearly one per record, or mostly held by fewer than `min_cell` records,
/// would publish the roster as row keys.
fn identifying(
    r: &Records,
    t: &crate::model::Table,
    shape: &Shape,
    counts: &[u64],
    cats: &[Vec<Option<String>>],
    min_cell: u32,
    errors: &mut Vec<Diagnostic>,
) {
    for (d, &g) in t.group_by.iter().enumerate() {
        if Some(g) == t.period {
            continue;
        }
        let mut margin = shape.dims.clone();
        let sizes: Vec<u64> = (0..cats[d].len())
            .map(|i| {
                margin[d] = i;
                counts[shape.index(&margin)]
            })
            .filter(|&n| n > 0)
            .collect();
        let distinct = sizes.len();
        let small = sizes.iter().filter(|&&n| n < u64::from(min_cell)).count();
        if distinct >= 3 && (2 * distinct >= r.records.len() || 2 * small > distinct) {
            errors.push(Diagnostic::error(
                &r.rel,
                t.line,
                0,
                msg!(
                    "records-row-per-person",
                    table = &t.id,
                    column = &r.columns[g].key,
                    small = small,
                    distinct = distinct,
                    min_cell = min_cell
                ),
            ));
        }
    }
}

fn op_name(op: Op) -> &'static str {
    match op {
        Op::Count => "count",
        Op::Sum => "sum",
        Op::Mean => "mean",
        Op::Min => "min",
        Op::Max => "max",
        Op::Median => "median",
    }
}

fn label_of(v: &Value) -> Option<String> {
    match v {
        Value::Empty | Value::Suppressed => None,
        Value::Integer(i) => Some(i.to_string()),
        Value::Number(f) => Some(f.to_string()),
        Value::Text(s) | Value::Date(s) => Some(s.clone()),
    }
}

fn figure(op: Op, n: u64, acc: Option<&Acc>, integer: bool) -> Result<Value, &'static str> {
    let number = |x: f64| {
        if integer {
            Value::Integer(x.round() as i64)
        } else {
            Value::Number((x * 100.0).round() / 100.0)
        }
    };
    let Some(acc) = acc else {
        return Ok(Value::Integer(i64::try_from(n).unwrap_or(i64::MAX)));
    };
    if op == Op::Sum && acc.seen == 0 {
        return Ok(number(0.0));
    }
    if acc.seen == 0 {
        return Ok(Value::Empty);
    }
    Ok(match op {
        Op::Count => Value::Integer(i64::try_from(n).unwrap_or(i64::MAX)),
        Op::Sum => {
            let sum = acc.sum(integer)?;
            if integer {
                Value::Integer(i64::try_from(acc.int).map_err(|_| "overflow")?)
            } else {
                number(sum)
            }
        }
        Op::Mean => {
            let mean = (acc.int as f64 + acc.float) / acc.seen as f64;
            if !mean.is_finite() || mean.abs() > MAX_EXACT {
                return Err("inexact");
            }
            Value::Number((mean * 100.0).round() / 100.0)
        }
        Op::Min => number(acc.min),
        Op::Max => number(acc.max),
        Op::Median => {
            let mut v = acc.values.clone();
            v.sort_by(f64::total_cmp);
            let mid = v.len() / 2;
            let m = if v.len() % 2 == 1 {
                v[mid]
            } else {
                (v[mid - 1] + v[mid]) / 2.0
            };
            Value::Number((m * 100.0).round() / 100.0)
        }
    })
}

/// The row of a cell as a published table names it, in the run's language: each category's value, `Total` where
/// the cell adds a category up and `(blank)` for an empty value (`甲镇 / Total`).
fn row_key(a: &Aggregate, cell: usize) -> Arg {
    let coords = a.shape.coords(cell);
    let parts = coords
        .iter()
        .zip(&a.cats)
        .map(|(&c, cats)| match cats.get(c) {
            Some(Some(s)) => Arg::Text(s.clone()),
            Some(None) => Arg::Term("reader-blank"),
            None => Arg::Term("reader-total"),
        });
    parts
        .reduce(|outer, inner| {
            Arg::Msg(Box::new(msg!(
                "records-row-path",
                outer = outer,
                inner = inner
            )))
        })
        .unwrap_or(Arg::Term("reader-total"))
}

impl Protected {
    /// The published tables in language `lang`, in the order `publish` lists them.
    pub fn datasets(&self, r: &Records, lang: &str) -> Vec<Dataset> {
        let zh = is_zh(lang);
        let total = t(lang, Phrase::Total);
        let blank = word("reader-blank", page_lang(lang));
        let blank = blank.as_str();
        let titles: Vec<String> = r
            .tables
            .iter()
            .map(|t| t.title.clone().unwrap_or_else(|| r.title.clone()))
            .collect();
        self.tables
            .iter()
            .map(|a| {
                let t = &r.tables[a.table];
                let mut columns: Vec<Column> = t
                    .group_by
                    .iter()
                    .map(|&g| Column {
                        key: r.columns[g].key.clone(),
                        label: r.columns[g].label.clone(),
                        unit: r.columns[g].unit.clone(),
                        kind: r.columns[g].kind,
                        ..Column::default()
                    })
                    .collect();
                for m in &t.measures {
                    let integer = match (m.op, m.column) {
                        (Op::Count, _) => true,
                        (Op::Sum | Op::Min | Op::Max, Some(c)) => {
                            r.columns[c].kind == ColumnType::Integer
                        }
                        _ => false,
                    };
                    columns.push(Column {
                        key: m.name.clone(),
                        label: m.label.clone(),
                        unit: m.unit.clone(),
                        kind: if integer {
                            ColumnType::Integer
                        } else {
                            ColumnType::Number
                        },
                        ..Column::default()
                    });
                }
                let mut rows = Vec::with_capacity(a.shape.len);
                let mut withheld = false;
                for cell in 0..a.shape.len {
                    let names: Vec<String> = a
                        .shape
                        .coords(cell)
                        .iter()
                        .zip(&a.cats)
                        .map(|(&c, cats)| match cats.get(c) {
                            Some(Some(s)) => s.clone(),
                            Some(None) => blank.to_string(),
                            None => total.to_string(),
                        })
                        .collect();
                    let mut cells: Vec<Value> =
                        names.iter().map(|n| Value::Text(n.clone())).collect();
                    if a.hidden[cell] {
                        withheld = true;
                        cells.extend(t.measures.iter().map(|_| Value::Suppressed));
                    } else {
                        cells.extend(a.figures[cell].iter().cloned());
                    }
                    rows.push(Row {
                        key: names.join(" / "),
                        cells,
                        line: 0,
                        level: 0,
                        total: false,
                    });
                }
                // Chinese names the other tables by title; other languages by id, since titles are translated later.
                let others: Vec<&str> = r
                    .tables
                    .iter()
                    .zip(&titles)
                    .filter(|(o, _)| o.id != t.id)
                    .map(|(o, title)| if zh { title.as_str() } else { o.id.as_str() })
                    .collect();
                Dataset {
                    id: t.id.clone(),
                    rel: r.rel.clone(),
                    title: titles[a.table].clone(),
                    description: r.description.clone(),
                    source: r.source.clone(),
                    as_of: r.as_of.clone(),
                    columns,
                    rows,
                    notes: notes(withheld, &others, self.min_cell, page_lang(lang)),
                    localized: Vec::new(),
                    inferred: Vec::new(),
                    unit_column: None,
                    hierarchy_read: false,
                    period: None,
                    series: None,
                    period_column: None,
                    about: r.about.clone(),
                }
            })
            .collect()
    }
}

/// The footnotes: what “*” means, and which tables were protected together with this one.
fn notes(withheld: bool, others: &[&str], min_cell: u32, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    if withheld {
        notes.push(msg!("reader-note-withheld", min = min_cell).text(lang));
    }
    if !others.is_empty() {
        // Chinese sets titles side by side (《甲》《乙》); English lists them.
        let tables = others
            .iter()
            .map(|o| msg!("reader-note-table", table = *o).text(lang))
            .collect::<Vec<_>>()
            .join(match lang {
                Lang::En => ", ",
                Lang::Zh => "",
            });
        notes.push(
            msg!(
                "reader-note-protected-together",
                count = others.len(),
                tables = Arg::Figure(tables)
            )
            .text(lang),
        );
    }
    notes
}

/// Two records files that hold the same records are one disclosure problem split in two: their tables could be
/// subtracted from each other. The records are compared on the columns both declare (the same key, or the same
/// label under another key: `township` and `town`, both 乡镇); half of the smaller file found in the other is
/// enough. Renaming every column does not hide the people: a personal column of one file whose values make up half
/// of a personal column of the other (the same ID numbers or names under any key) is the same records too.
pub fn same_records(a: &Records, b: &Records) -> bool {
    if same_people(a, b) {
        return true;
    }
    let common: Vec<(usize, usize)> = a
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            b.columns
                .iter()
                .position(|d| d.key == c.key)
                .or_else(|| {
                    let label = c.label.trim();
                    (!label.is_empty())
                        .then(|| b.columns.iter().position(|d| d.label.trim() == label))
                        .flatten()
                })
                .map(|j| (i, j))
        })
        .collect();
    let identifying = common.iter().any(|&(i, _)| a.columns[i].personal);
    if common.is_empty() || (!identifying && common.len() < 2) {
        return false;
    }
    let print = |rec: &[Value], pick: &dyn Fn(&(usize, usize)) -> usize| {
        common
            .iter()
            .map(|p| label_of(&rec[pick(p)]).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\u{1f}")
    };
    let set: BTreeSet<String> = a.records.iter().map(|rec| print(rec, &|p| p.0)).collect();
    let shared = b
        .records
        .iter()
        .filter(|rec| set.contains(&print(rec, &|p| p.1)))
        .count();
    let smaller = a.records.len().min(b.records.len());
    smaller > 0 && 2 * shared >= smaller
}

/// Whether a personal column of `a` and one of `b` hold the same values for half of the smaller file's records.
fn same_people(a: &Records, b: &Records) -> bool {
    let smaller = a.records.len().min(b.records.len());
    if smaller == 0 {
        return false;
    }
    let personal = |r: &Records| -> Vec<usize> {
        r.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.personal)
            .map(|(i, _)| i)
            .collect()
    };
    let values = |r: &Records, i: usize| -> BTreeSet<String> {
        r.records
            .iter()
            .filter_map(|rec| label_of(rec.get(i)?))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    };
    personal(a).into_iter().any(|i| {
        let set = values(a, i);
        personal(b).into_iter().any(|j| {
            let shared = b
                .records
                .iter()
                .filter(|rec| {
                    rec.get(j)
                        .and_then(label_of)
                        .is_some_and(|v| set.contains(v.trim()))
                })
                .count();
            2 * shared >= smaller
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cells_row_is_named_in_the_runs_language() {
        let a = Aggregate {
            table: 0,
            cats: vec![vec![Some("甲镇".into()), None], vec![Some("北片".into())]],
            shape: Shape::new(&[2, 1]),
            atoms: Vec::new(),
            counts: Vec::new(),
            figures: Vec::new(),
            hidden: Vec::new(),
            primary: Vec::new(),
        };
        let text = |cell: usize, lang: Lang| match row_key(&a, cell) {
            Arg::Msg(m) => m.text(lang),
            other => format!("{other:?}"),
        };
        assert_eq!(text(1, Lang::En), "甲镇 / Total");
        assert_eq!(text(1, Lang::Zh), "甲镇 / 合计");
        assert_eq!(text(2, Lang::En), "(blank) / 北片");
        assert_eq!(text(2, Lang::Zh), "（空） / 北片");
    }
    use std::path::Path;

    fn records(body: &str) -> Records {
        let yaml = format!(
            "title: t\nkind: records\ncolumns:\n  - {{key: name, label: 姓名, personal: true}}\n  - {{key: town, label: 乡镇}}\n  - {{key: area, label: 片区}}\n  - {{key: amount, label: 金额, type: integer}}\n{body}"
        );
        let src = crate::load::dataset::parse(Path::new("data/t.yaml"), &yaml).expect("yaml");
        match crate::validate::dataset::validate(&src, crate::messages::Lang::Zh) {
            Ok(crate::model::Checked::Records(r)) => r,
            Ok(_) => panic!("records"),
            Err(e) => panic!("{e:?}"),
        }
    }

    fn recs(groups: &[(&str, &str, usize, i64)]) -> String {
        let mut out = String::from("records:\n");
        let mut i = 0;
        for &(town, area, n, amount) in groups {
            for _ in 0..n {
                out.push_str(&format!(
                    "  - {{name: 某人{i}, town: {town}, area: {area}, amount: {amount}}}\n"
                ));
                i += 1;
            }
        }
        out
    }

    const SETTINGS: Settings = Settings {
        min_cell: 10,
        dominance_percent: 10.0,
        allow_extremes: false,
    };

    fn rows(p: &Protected, r: &Records, table: usize) -> Vec<(String, Vec<Value>)> {
        p.datasets(r, "zh-CN")[table]
            .rows
            .iter()
            .map(|row| (row.key.clone(), row.cells.clone()))
            .collect()
    }

    #[test]
    fn a_sum_that_overflows_is_an_error_not_the_largest_integer() {
        let r = records(&format!(
            "{}publish:\n  group_by: [town]\n  measures:\n    amount: sum\n",
            recs(&[("甲镇", "北片", 10, 5_000_000_000_000_000_000)])
        ));
        let e = protect(&r, &SETTINGS).err().expect("an error");
        assert!(e[0].message().contains("too large to add up"), "{e:?}");
        assert!(!e[0].message().contains("9223372036854775807"));
    }

    #[test]
    fn non_nested_groupings_are_protected_together() {
        // 北片 = 甲镇 + 丙村: withholding 丙村 in the township table alone would leave 北片 − 甲镇.
        let r = records(&format!(
            "{}publish:\n  - id: by-town\n    group_by: [town]\n    measures:\n      n: count\n      amount: sum\n  - id: by-area\n    group_by: [area]\n    measures:\n      n: count\n      amount: sum\n",
            recs(&[
                ("甲镇", "北片", 20, 500),
                ("丙村", "北片", 1, 2750),
                ("乙镇", "南片", 14, 400),
                ("丁乡", "南片", 10, 450)
            ])
        ));
        let p = protect(&r, &SETTINGS).expect("protected");
        let towns = rows(&p, &r, 0);
        let areas = rows(&p, &r, 1);
        let shown = |rows: &[(String, Vec<Value>)], key: &str| {
            rows.iter()
                .any(|(k, c)| k == key && c[1] != Value::Suppressed)
        };
        assert!(!shown(&towns, "丙村"));
        assert!(
            !(shown(&towns, "甲镇") && shown(&areas, "北片")),
            "北片 − 甲镇 would give 丙村 away"
        );
        assert_eq!(p.by_rule["frequency"], 1);
        assert!(p.by_rule["secondary"] >= 2);
    }

    #[test]
    fn one_large_contribution_is_withheld_by_the_dominance_rule() {
        let r = records(&format!(
            "{}publish:\n  group_by: [town]\n  measures:\n    n: count\n    amount: sum\n",
            recs(&[
                ("甲镇", "北片", 12, 400),
                ("甲镇", "北片", 1, 90_000),
                ("乙镇", "南片", 15, 400),
                ("丁乡", "南片", 11, 420)
            ])
        ));
        let p = protect(&r, &SETTINGS).expect("protected");
        assert_eq!(p.by_rule["dominance"], 1);
        assert_eq!(
            rows(&p, &r, 0)[0].1[1],
            Value::Suppressed,
            "甲镇 is withheld"
        );
    }

    #[test]
    fn a_shared_attribute_is_withheld_with_its_zeros() {
        let r = records(&format!(
            "{}publish:\n  group_by: [town, area]\n  measures:\n    n: count\n",
            recs(&[
                ("甲镇", "北片", 15, 1),
                ("甲镇", "南片", 15, 1),
                ("乙镇", "北片", 12, 1),
                ("乙镇", "南片", 13, 1),
                ("丙村", "北片", 20, 1)
            ])
        ));
        let p = protect(&r, &SETTINGS).expect("protected");
        let rows = rows(&p, &r, 0);
        let cell = |key: &str| {
            rows.iter()
                .find(|(k, _)| k == key)
                .map(|(_, c)| c[2].clone())
        };
        assert_eq!(
            cell("丙村 / 南片"),
            Some(Value::Suppressed),
            "the zero beside it is withheld too"
        );
        assert_eq!(cell("丙村 / 北片"), Some(Value::Suppressed));
        assert!(p.by_rule["attribute"] >= 2);
    }

    #[test]
    fn extremes_need_allow_extremes() {
        let body = format!(
            "{}publish:\n  group_by: [town]\n  measures:\n    top: {{op: max, column: amount}}\n",
            recs(&[
                ("甲镇", "北片", 12, 400),
                ("乙镇", "南片", 1, 2750),
                ("丁乡", "南片", 11, 420)
            ])
        );
        let r = records(&body);
        let e = protect(&r, &SETTINGS).err().expect("refused");
        assert!(e[0].message().contains("one person's own amount"));
        let allowed = Settings {
            allow_extremes: true,
            ..SETTINGS
        };
        let p = protect(&r, &allowed).expect("allowed");
        let rows = rows(&p, &r, 0);
        assert_eq!(rows[0].1[1], Value::Integer(400));
        assert_eq!(
            rows[1].1[1],
            Value::Suppressed,
            "a group of one shows no max"
        );
    }

    #[test]
    fn a_near_unique_grouping_is_refused() {
        let groups: Vec<(String, usize)> = (0..12).map(|i| (format!("{i}号"), 1)).collect();
        let mut body = String::from("records:\n");
        for (i, (town, _)) in groups.iter().enumerate() {
            body.push_str(&format!(
                "  - {{name: 某人{i}, town: {town}, area: 北片, amount: 1}}\n"
            ));
        }
        let r = records(&format!(
            "{body}publish:\n  group_by: [town]\n  measures:\n    n: count\n"
        ));
        let e = protect(&r, &SETTINGS).err().expect("refused");
        assert!(e[0].message().contains("one row per person"), "{e:?}");
        assert!(!e[0].message().contains("号"));
    }

    #[test]
    fn files_with_the_same_records_are_recognised() {
        let body = recs(&[("甲镇", "北片", 12, 400), ("乙镇", "南片", 3, 400)]);
        let a = records(&format!(
            "{body}publish:\n  group_by: [town]\n  measures:\n    n: count\n"
        ));
        let b = records(&format!(
            "{body}publish:\n  group_by: [area]\n  measures:\n    n: count\n"
        ));
        assert!(same_records(&a, &b));
        let other = records(&format!(
            "{}publish:\n  group_by: [town]\n  measures:\n    n: count\n",
            recs(&[("丁乡", "南片", 15, 300)]).replace("某人", "另一人")
        ));
        assert!(!same_records(&a, &other));
    }

    #[test]
    fn a_table_with_too_many_combinations_is_refused_before_it_is_built() {
        let mut body = String::from("records:\n");
        for i in 0..800 {
            body.push_str(&format!(
                "  - {{name: 某人{i}, town: 镇{i}, area: 片{i}, amount: {i}}}\n"
            ));
        }
        let r = records(&format!(
            "{body}publish:\n  group_by: [town, area]\n  measures:\n    n: count\n"
        ));
        let e = protect(&r, &SETTINGS).err().expect("refused");
        assert!(e[0].message().contains("more than 200000 cells"), "{e:?}");
    }
}
