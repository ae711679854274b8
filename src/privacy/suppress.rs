//! Small-cell suppression with complements. Counts from records are laid out as a table with margins along every
//! grouping column (each "line" of the table adds up to its total). Cells made from 1 to `min_cell - 1` records are
//! withheld; then, as long as some withheld cell could be worked out exactly from the published cells and totals (it
//! lies in the row space of the table's sum equations), one more cell in one of its lines is withheld: the smallest
//! non-zero one, preferring inner cells to totals. Zeros are not sensitive and are never withheld.

/// The shape of a table with margins: `dims[i]` categories along grouping column `i`, plus a total at index
/// `dims[i]`. Cells are stored row-major.
#[derive(Debug, Clone)]
pub struct Shape {
    pub dims: Vec<usize>,
    strides: Vec<usize>,
    pub len: usize,
}

impl Shape {
    pub fn new(dims: &[usize]) -> Shape {
        let mut strides = vec![0; dims.len()];
        let mut len = 1;
        for i in (0..dims.len()).rev() {
            strides[i] = len;
            len *= dims[i] + 1;
        }
        Shape {
            dims: dims.to_vec(),
            strides,
            len,
        }
    }

    pub fn index(&self, coords: &[usize]) -> usize {
        coords.iter().zip(&self.strides).map(|(c, s)| c * s).sum()
    }

    pub fn coords(&self, mut index: usize) -> Vec<usize> {
        self.strides
            .iter()
            .map(|s| {
                let c = index / s;
                index %= s;
                c
            })
            .collect()
    }

    /// Whether a cell is a total along some grouping column.
    pub fn is_total(&self, cell: usize) -> bool {
        self.coords(cell)
            .iter()
            .zip(&self.dims)
            .any(|(c, d)| c == d)
    }

    /// Every line: the inner cells along one grouping column with the others fixed, and the total they add up to.
    pub fn lines(&self) -> Vec<(Vec<usize>, usize)> {
        self.lines_by_dim().into_iter().map(|(_, l)| l).collect()
    }

    /// [`Shape::lines`] with the grouping column each line runs along.
    pub fn lines_by_dim(&self) -> Vec<(usize, (Vec<usize>, usize))> {
        let mut lines = Vec::new();
        for d in 0..self.dims.len() {
            for cell in 0..self.len {
                let coords = self.coords(cell);
                if coords[d] != 0 {
                    continue;
                }
                let mut c = coords.clone();
                let parts = (0..self.dims[d])
                    .map(|j| {
                        c[d] = j;
                        self.index(&c)
                    })
                    .collect();
                c[d] = self.dims[d];
                lines.push((d, (parts, self.index(&c))));
            }
        }
        lines
    }
}

/// Which cells to withhold, given the counts of every cell (margins included).
pub fn suppress(shape: &Shape, counts: &[u64], min_cell: u64) -> Vec<bool> {
    let hidden: Vec<bool> = counts.iter().map(|&n| n > 0 && n < min_cell).collect();
    suppress_from(shape, counts, min_cell, hidden)
}

/// [`suppress`] starting from cells already withheld (by other rules, or because another table of the same
/// records withholds the same figure): complements are added, nothing is released.
pub fn suppress_from(
    shape: &Shape,
    counts: &[u64],
    min_cell: u64,
    mut hidden: Vec<bool>,
) -> Vec<bool> {
    let lines = shape.lines();
    let is_total = |cell: usize| shape.is_total(cell);
    // The cheapest cell to withhold next among `cells`: the smallest non-zero count, inner cells before totals.
    let pick = |cells: &mut dyn Iterator<Item = usize>, hidden: &[bool]| {
        cells
            .filter(|&c| !hidden[c] && counts[c] > 0)
            .min_by_key(|&c| (is_total(c), counts[c], c))
    };
    loop {
        // A line with exactly one withheld cell gives it away by subtraction: withhold a second one there.
        let lone = lines.iter().find(|(parts, total)| {
            parts
                .iter()
                .chain(std::iter::once(total))
                .filter(|&&c| hidden[c])
                .count()
                == 1
        });
        if let Some((parts, total)) = lone
            && let Some(c) = pick(
                &mut parts.iter().copied().chain(std::iter::once(*total)),
                &hidden,
            )
        {
            hidden[c] = true;
            continue;
        }
        // Withheld cells are known not to be zero, so a line whose withheld cells add up to little pins them down
        // (two withheld cells adding up to 2 are both 1): the withheld part of every line with a published total
        // must hold at least `min_cell` records.
        let thin = lines.iter().find(|(parts, total)| {
            let withheld: u64 = parts
                .iter()
                .filter(|&&c| hidden[c])
                .map(|&c| counts[c])
                .sum();
            !hidden[*total] && withheld > 0 && withheld < min_cell
        });
        if let Some((parts, total)) = thin
            && let Some(c) = pick(
                &mut parts.iter().copied().chain(std::iter::once(*total)),
                &hidden,
            )
        {
            hidden[c] = true;
            continue;
        }
        // Combinations of lines can still give a cell away; withhold one more cell next to it.
        let exposed = determined(&lines, &hidden);
        let Some(&cell) = exposed.first() else { break };
        let near = lines
            .iter()
            .filter(|(p, t)| *t == cell || p.contains(&cell));
        let involved = lines
            .iter()
            .filter(|(p, t)| hidden[*t] || p.iter().any(|&c| hidden[c]));
        let choice = pick(
            &mut near.flat_map(|(p, t)| p.iter().copied().chain(std::iter::once(*t))),
            &hidden,
        )
        .or_else(|| {
            pick(
                &mut involved.flat_map(|(p, t)| p.iter().copied().chain(std::iter::once(*t))),
                &hidden,
            )
        });
        match choice {
            Some(c) => hidden[c] = true,
            // Nothing is left to withhold beside it: fail closed and withhold the whole table.
            None => {
                for (h, &n) in hidden.iter_mut().zip(counts) {
                    *h = *h || n > 0;
                }
                break;
            }
        }
    }
    hidden
}

/// Hidden cells whose value the published cells and totals determine exactly. Each line gives one equation
/// `Σ parts − total = 0`; known cells move to the constant side, so only the hidden cells' coefficients matter. A
/// hidden cell is determined when its unit vector lies in the row space of those coefficients.
pub fn determined(lines: &[(Vec<usize>, usize)], hidden: &[bool]) -> Vec<usize> {
    let vars: Vec<usize> = (0..hidden.len()).filter(|&c| hidden[c]).collect();
    if vars.is_empty() {
        return Vec::new();
    }
    let var_of = |cell: usize| vars.binary_search(&cell).ok();
    let mut rows: Vec<Vec<f64>> = Vec::new();
    for (parts, total) in lines {
        let mut row = vec![0.0; vars.len()];
        let mut any = false;
        for &p in parts {
            if let Some(v) = var_of(p) {
                row[v] += 1.0;
                any = true;
            }
        }
        if let Some(v) = var_of(*total) {
            row[v] -= 1.0;
            any = true;
        }
        if any {
            rows.push(row);
        }
    }
    let basis = echelon(rows);
    (0..vars.len())
        .filter(|&v| {
            let mut e = vec![0.0_f64; vars.len()];
            e[v] = 1.0;
            for (pivot, row) in &basis {
                let f = e[*pivot];
                if f.abs() > EPS {
                    for (x, r) in e.iter_mut().zip(row) {
                        *x -= f * r;
                    }
                }
            }
            e.iter().all(|x| x.abs() < EPS)
        })
        .map(|v| vars[v])
        .collect()
}

const EPS: f64 = 1e-9;

/// Reduced row echelon form: (pivot column, row with 1 at the pivot and 0 at every other pivot).
fn echelon(mut rows: Vec<Vec<f64>>) -> Vec<(usize, Vec<f64>)> {
    let width = rows.first().map_or(0, Vec::len);
    let mut basis: Vec<(usize, Vec<f64>)> = Vec::new();
    for col in 0..width {
        let Some(pick) =
            (0..rows.len()).max_by(|&a, &b| rows[a][col].abs().total_cmp(&rows[b][col].abs()))
        else {
            break;
        };
        if rows[pick][col].abs() < EPS {
            continue;
        }
        let mut pivot = rows.swap_remove(pick);
        let f = pivot[col];
        for x in &mut pivot {
            *x /= f;
        }
        for r in rows.iter_mut().chain(basis.iter_mut().map(|(_, r)| r)) {
            let g = r[col];
            if g.abs() > EPS {
                for (x, p) in r.iter_mut().zip(&pivot) {
                    *x -= g * p;
                }
            }
        }
        basis.push((col, pivot));
    }
    basis
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts with margins for a table of inner counts (rows × columns).
    fn with_margins(inner: &[Vec<u64>]) -> (Shape, Vec<u64>) {
        let (r, c) = (inner.len(), inner[0].len());
        let shape = Shape::new(&[r, c]);
        let mut counts = vec![0; shape.len];
        for (i, row) in inner.iter().enumerate() {
            for (j, &n) in row.iter().enumerate() {
                for (a, b) in [(i, j), (r, j), (i, c), (r, c)] {
                    counts[shape.index(&[a, b])] += n;
                }
            }
        }
        (shape, counts)
    }

    #[test]
    fn a_lone_small_cell_gets_complements() {
        let (shape, counts) = with_margins(&[vec![3, 40, 50], vec![60, 70, 80]]);
        let hidden = suppress(&shape, &counts, 10);
        assert!(hidden[shape.index(&[0, 0])]);
        assert!(
            hidden.iter().filter(|&&h| h).count() >= 4,
            "a small cell needs a complement in its row and column"
        );
        assert!(determined(&shape.lines(), &hidden).is_empty());
    }

    #[test]
    fn zeros_and_large_cells_stay() {
        let (shape, counts) = with_margins(&[vec![0, 40], vec![60, 70]]);
        assert!(suppress(&shape, &counts, 10).iter().all(|h| !h));
    }

    #[test]
    fn one_dimension() {
        let shape = Shape::new(&[3]);
        let counts = vec![5, 20, 30, 55];
        let hidden = suppress(&shape, &counts, 10);
        assert_eq!(hidden, vec![true, true, false, false]);
    }
}
