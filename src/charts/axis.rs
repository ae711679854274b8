//! Value axes: round tick steps (1, 2, 2.5 or 5 times a power of ten) and the mapping from values to positions.

/// A value range mapped onto a span of the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
    /// Where `lo` and `hi` land; `from` may be greater than `to` (a vertical axis grows upwards).
    pub from: f64,
    pub to: f64,
}

impl Scale {
    /// Ticks covering `lo..=hi` with at most `max_ticks` ticks (at least 2).
    pub fn nice(lo: f64, hi: f64, max_ticks: usize) -> Scale {
        let (mut lo, mut hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        if !lo.is_finite() || !hi.is_finite() {
            (lo, hi) = (0.0, 1.0);
        }
        if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
            if lo == 0.0 {
                hi = 1.0;
            } else if lo > 0.0 {
                lo = 0.0;
            } else {
                hi = 0.0;
            }
        }
        let intervals = max_ticks.max(2) - 1;
        let raw = (hi - lo) / intervals as f64;
        let mag = 10f64.powf(raw.log10().floor());
        let span = |s: f64| {
            (
                (lo / s + 1e-9).floor() as i64,
                (hi / s - 1e-9).ceil() as i64,
            )
        };
        let step = [1.0, 2.0, 2.5, 5.0, 10.0, 20.0]
            .iter()
            .map(|m| m * mag)
            .find(|&s| {
                let (a, b) = span(s);
                b - a <= intervals as i64
            })
            .unwrap_or(20.0 * mag);
        let (first, last) = span(step);
        let ticks: Vec<f64> = (first..=last).map(|k| tidy(k as f64 * step)).collect();
        Scale {
            lo: first as f64 * step,
            hi: last as f64 * step,
            ticks,
            from: 0.0,
            to: 1.0,
        }
    }

    /// Maps onto `from..to`.
    pub fn onto(mut self, from: f64, to: f64) -> Scale {
        self.from = from;
        self.to = to;
        self
    }

    pub fn at(&self, v: f64) -> f64 {
        let span = self.hi - self.lo;
        if span == 0.0 {
            return self.from;
        }
        self.from + (v - self.lo) / span * (self.to - self.from)
    }
}

/// Removes float noise such as 0.30000000000000004 from a tick.
fn tidy(v: f64) -> f64 {
    let r = (v * 1e9).round() / 1e9;
    if r == 0.0 { 0.0 } else { r }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        let s = Scale::nice(0.0, 36758.0, 5);
        assert_eq!(s.ticks, vec![0.0, 10000.0, 20000.0, 30000.0, 40000.0]);
        let s = Scale::nice(0.0, 60.15, 5);
        assert_eq!(s.ticks.first(), Some(&0.0));
        assert!(*s.ticks.last().unwrap() >= 60.15);
        assert!(s.ticks.len() <= 5);
        let s = Scale::nice(-3.0, 5.0, 5);
        assert!(s.ticks.contains(&0.0) && s.lo <= -3.0 && s.hi >= 5.0);
        let s = Scale::nice(0.1, 0.3, 5);
        assert!(
            s.ticks.iter().all(|t| t.to_string().len() <= 4),
            "{:?}",
            s.ticks
        );
    }

    #[test]
    fn flat_data_still_has_a_range() {
        let s = Scale::nice(0.0, 0.0, 5);
        assert!(s.hi > s.lo);
        let s = Scale::nice(7.0, 7.0, 5);
        assert_eq!(s.lo, 0.0);
        assert!(s.hi >= 7.0);
    }

    #[test]
    fn maps_values_onto_the_picture() {
        let s = Scale::nice(0.0, 100.0, 5).onto(200.0, 0.0);
        assert_eq!(s.at(0.0), 200.0);
        assert_eq!(s.at(100.0), 0.0);
        assert_eq!(s.at(50.0), 100.0);
    }
}
