//! The audit of withheld cells: for each cell withheld by a primary rule, the smallest and largest value it could
//! take given every figure published from the same records, found the way an attacker would, by linear programming
//! (the `microlp` solver, pure Rust). The unknowns are the atoms of the records (see [`super::records`]), never
//! negative; each published cell fixes the sum of its atoms. A cell is protected when that interval is wide enough:
//!
//! - a count: at least `min_cell` wide (a cell of 1 must be able to be anything from 0 to at least `min_cell`);
//! - a sum: reaching p % below and p % above its value (`privacy.dominance_percent`).
//!
//! This is the protection-interval test of τ-ARGUS and sdcTable; the greedy complements of [`super::suppress`] are
//! kept only if this audit passes them.

use microlp::{ComparisonOp, Error, OptimizationDirection, Problem as Lp};
use rayon::prelude::*;

/// What a figure counts: records, or the sum of a measured column (by index into the measured columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Quantity {
    Count,
    Sum(usize),
}

/// The true value of each atom for each quantity, and how low a sum's atom may go (0 for amounts that cannot be
/// negative).
pub struct Problem {
    pub count: Vec<f64>,
    pub sums: Vec<(Vec<f64>, f64)>,
}

impl Problem {
    fn values(&self, q: Quantity) -> (&[f64], f64) {
        match q {
            Quantity::Count => (&self.count, 0.0),
            Quantity::Sum(j) => self
                .sums
                .get(j)
                .map_or((&[][..], 0.0), |(v, lo)| (v.as_slice(), *lo)),
        }
    }
}

/// A published figure: the atoms it adds up.
pub struct Published {
    pub quantity: Quantity,
    pub atoms: Vec<u32>,
}

/// A withheld figure and the range it must keep.
pub struct Target {
    pub table: usize,
    pub cell: usize,
    pub quantity: Quantity,
    pub atoms: Vec<u32>,
    /// For a count: how wide its interval must be.
    pub width: f64,
    /// For a sum: how far below and above its value, in per cent.
    pub percent: f64,
}

/// The interval an attacker can narrow a figure to: `(lowest, highest)`, infinite where unbounded. `None` when the
/// solver fails, which the caller must treat as unprotected.
///
/// Only the atoms in `free` (those of some withheld cell) are unknowns; every other atom is taken as known to the
/// attacker. That gives the attacker more than the published figures do (an atom inside published cells is seldom
/// published itself), so the interval is never wider than the true one: the audit errs on the side of withholding,
/// and its linear programs stay as small as the withheld part of the tables.
pub fn interval(
    problem: &Problem,
    published: &[Published],
    free: &[bool],
    target: &Target,
) -> Option<(f64, f64)> {
    let (values, lower) = problem.values(target.quantity);
    let lo = solve(
        values,
        lower,
        published,
        free,
        target,
        OptimizationDirection::Minimize,
    )?;
    let hi = solve(
        values,
        lower,
        published,
        free,
        target,
        OptimizationDirection::Maximize,
    )?;
    Some((lo, hi))
}

fn solve(
    values: &[f64],
    lower: f64,
    published: &[Published],
    free: &[bool],
    target: &Target,
    direction: OptimizationDirection,
) -> Option<f64> {
    let mut lp = Lp::new(direction);
    let mut var = vec![None; values.len()];
    for &a in &target.atoms {
        if let Some(v) = var.get_mut(a as usize) {
            *v = Some(lp.add_var(1.0, (lower, f64::INFINITY)));
        }
    }
    for (a, v) in var.iter_mut().enumerate() {
        if v.is_none() && free.get(a).copied().unwrap_or(false) {
            *v = Some(lp.add_var(0.0, (lower, f64::INFINITY)));
        }
    }
    for p in published.iter().filter(|p| p.quantity == target.quantity) {
        let mut terms = Vec::new();
        let mut rhs = 0.0;
        for &a in &p.atoms {
            if let Some(Some(v)) = var.get(a as usize) {
                terms.push((*v, 1.0));
                rhs += values.get(a as usize).copied().unwrap_or(0.0);
            }
        }
        if !terms.is_empty() {
            lp.add_constraint(terms.as_slice(), ComparisonOp::Eq, rhs);
        }
    }
    match lp.solve() {
        Ok(outcome) => outcome.into_solution().ok().map(|s| s.objective()),
        Err(Error::Unbounded) => Some(match direction {
            OptimizationDirection::Minimize => f64::NEG_INFINITY,
            OptimizationDirection::Maximize => f64::INFINITY,
        }),
        Err(_) => None,
    }
}

/// Whether an interval gives a target its protection range.
pub fn protects(problem: &Problem, target: &Target, (lo, hi): (f64, f64)) -> bool {
    let (values, _) = problem.values(target.quantity);
    let v: f64 = target
        .atoms
        .iter()
        .filter_map(|&a| values.get(a as usize))
        .sum();
    let tol = 1e-6 * v.abs().max(1.0);
    match target.quantity {
        Quantity::Count => hi - lo >= target.width - tol,
        Quantity::Sum(_) => {
            let p = target.percent / 100.0 * v.abs();
            lo <= v - p + tol && hi >= v + p - tol
        }
    }
}

/// Of the targets named by `which`, those the published figures do not protect.
pub fn under_protected(
    problem: &Problem,
    published: &[Published],
    free: &[bool],
    targets: &[Target],
    which: &[usize],
) -> Vec<usize> {
    which
        .par_iter()
        .copied()
        .filter(|&i| {
            let t = &targets[i];
            !interval(problem, published, free, t).is_some_and(|iv| protects(problem, t, iv))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every atom of [`setup`] unknown.
    const ALL: [bool; 3] = [true; 3];

    /// Three atoms a, b, c with counts 1, 4, 20; published: a + b + c and c.
    fn setup() -> (Problem, Vec<Published>) {
        let problem = Problem {
            count: vec![1.0, 4.0, 20.0],
            sums: Vec::new(),
        };
        let published = vec![
            Published {
                quantity: Quantity::Count,
                atoms: vec![0, 1, 2],
            },
            Published {
                quantity: Quantity::Count,
                atoms: vec![2],
            },
        ];
        (problem, published)
    }

    fn target(atoms: Vec<u32>, width: f64) -> Target {
        Target {
            table: 0,
            cell: 0,
            quantity: Quantity::Count,
            atoms,
            width,
            percent: 0.0,
        }
    }

    #[test]
    fn a_pair_of_withheld_cells_bounds_each_by_their_sum() {
        let (problem, published) = setup();
        let t = target(vec![0], 10.0);
        let iv = interval(&problem, &published, &ALL, &t).unwrap();
        assert!(
            (iv.0 - 0.0).abs() < 1e-6 && (iv.1 - 5.0).abs() < 1e-6,
            "{iv:?}"
        );
        assert!(!protects(&problem, &t, iv), "a range of 5 is not 10 wide");
        assert!(protects(&problem, &target(vec![0], 5.0), iv));
    }

    #[test]
    fn an_unconstrained_cell_is_unbounded() {
        let (problem, _) = setup();
        let iv = interval(&problem, &[], &ALL, &target(vec![0], 10.0)).unwrap();
        assert_eq!(iv, (0.0, f64::INFINITY));
    }

    #[test]
    fn a_sum_needs_p_percent_either_side() {
        let problem = Problem {
            count: Vec::new(),
            sums: vec![(vec![2750.0, 529.0], 0.0)],
        };
        let published = vec![Published {
            quantity: Quantity::Sum(0),
            atoms: vec![0, 1],
        }];
        let t = Target {
            table: 0,
            cell: 0,
            quantity: Quantity::Sum(0),
            atoms: vec![0],
            width: 0.0,
            percent: 10.0,
        };
        let iv = interval(&problem, &published, &ALL, &t).unwrap();
        assert!(
            protects(&problem, &t, iv),
            "{iv:?}: 0..3279 covers 2750 ± 10 %"
        );
        let t1 = Target {
            atoms: vec![1],
            ..t
        };
        // 529 can be anything from 0 to 3279 too.
        assert!(protects(
            &problem,
            &t1,
            interval(&problem, &published, &ALL, &t1).unwrap()
        ));
        let shown = vec![
            Published {
                quantity: Quantity::Sum(0),
                atoms: vec![0, 1],
            },
            Published {
                quantity: Quantity::Sum(0),
                atoms: vec![1],
            },
        ];
        assert!(!protects(
            &problem,
            &t1,
            interval(&problem, &shown, &ALL, &t1).unwrap()
        ));
    }

    #[test]
    fn atoms_outside_withheld_cells_count_as_known() {
        let (problem, published) = setup();
        // With atom 1 known, a + 4 + 20 = 25 gives a away.
        let free = [true, false, false];
        let iv = interval(&problem, &published, &free, &target(vec![0], 1.0)).unwrap();
        assert!((iv.1 - iv.0).abs() < 1e-6, "{iv:?}");
    }
}
