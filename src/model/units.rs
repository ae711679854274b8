//! Converting figures between units of one kind that differ by a power of ten: 元, 千元, 万元, 亿元; 人 and 万人; 户 and
//! 万户; 个 and 万个. A chart's `display_unit:` uses it so that every label of a chart is in one unit (a donut never
//! mixes 亿元 and 万元), and a unit that is not of the same kind (人 to 户) is refused rather than guessed.

/// The prefixes Chinese statistical units take, with what they multiply by, longest first.
const PREFIXES: [(&str, f64); 4] = [("百万", 1e6), ("千", 1e3), ("万", 1e4), ("亿", 1e8)];

/// A unit as a base and a multiplier: `万元` is (元, 10000).
fn split(unit: &str) -> (&str, f64) {
    let u = unit.trim();
    for (p, m) in PREFIXES {
        if let Some(base) = u.strip_prefix(p)
            && !base.is_empty()
        {
            return (base, m);
        }
    }
    (u, 1.0)
}

/// What a figure in `from` is multiplied by to be written in `to`: 10000 from 万元 to 元, 0.0001 from 元 to 万元;
/// none when the two are not the same kind of unit.
pub fn factor(from: &str, to: &str) -> Option<f64> {
    let (fb, fm) = split(from);
    let (tb, tm) = split(to);
    (!fb.is_empty() && fb == tb).then_some(fm / tm)
}

#[cfg(test)]
mod tests {
    use super::factor;

    #[test]
    fn units_of_one_kind_convert_by_powers_of_ten() {
        assert_eq!(factor("亿元", "万元"), Some(10000.0));
        assert_eq!(factor("元", "万元"), Some(0.0001));
        assert_eq!(factor("万人", "人"), Some(10000.0));
        assert_eq!(factor("户", "户"), Some(1.0));
        assert_eq!(factor("人", "户"), None);
        assert_eq!(factor("万", "元"), None);
        assert_eq!(factor("", ""), None);
    }
}
