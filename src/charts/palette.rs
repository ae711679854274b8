//! Colours of marks and text, and the WCAG contrast arithmetic that chooses them.
//!
//! WCAG 1.4.11 asks 3:1 for the parts of a graphic needed to understand it. Every palette colour has that against
//! the white background; and since bars of a group, segments of a stack and slices of a pie sit side by side, the
//! palette alternates mid-tone and dark colours so that each one also has 3:1 against the next (the last against the
//! first, for pies). Segments and slices are also separated by white gaps, so that an overridden colour needs only
//! its contrast with the background. axe-core has no rule for any of this, so the tests compute it.

pub use crate::model::color::Rgb;

/// The page behind every chart (the theme's `--paper`).
pub const BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
/// Body text (the theme's `--ink`).
pub const INK: Rgb = Rgb(0x1f, 0x1f, 0x1f);
/// Axis labels, units and sources (the theme's `--muted`, 7.2:1 on white).
pub const MUTED: Rgb = Rgb(0x57, 0x57, 0x57);
/// Gridlines: orientation only, never the sole carrier of a value, so they may be faint.
pub const GRID: Rgb = Rgb(0xdd, 0xd6, 0xcc);

/// Series and slice colours in order: dark, mid, dark, mid… (see the module comment).
pub const PALETTE: [Rgb; 8] = [
    Rgb(0x17, 0x39, 0x6b), // navy
    Rgb(0xe0, 0x70, 0x1f), // orange
    Rgb(0x0f, 0x3d, 0x2e), // dark green
    Rgb(0x45, 0x90, 0xd0), // sky blue
    Rgb(0x4a, 0x19, 0x42), // plum
    Rgb(0x2f, 0xa0, 0x75), // jade
    Rgb(0x5c, 0x2b, 0x00), // brown
    Rgb(0xdc, 0x5a, 0x98), // pink
];

/// The colour of series or slice `i`, unless the chart overrides it.
pub fn nth(i: usize, overridden: Option<Rgb>) -> Rgb {
    overridden.unwrap_or(PALETTE[i % PALETTE.len()])
}

/// Text drawn on a filled mark: ink or white, whichever reads better, if that reaches the 4.5:1 text minimum.
pub fn text_on(fill: Rgb) -> Option<Rgb> {
    let (ink, white) = (fill.contrast(INK), fill.contrast(BACKGROUND));
    let (best, ratio) = if ink >= white {
        (INK, ink)
    } else {
        (BACKGROUND, white)
    };
    (ratio >= 4.5).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_palette_colour_has_3_to_1_against_the_background_and_its_neighbours() {
        for (i, c) in PALETTE.iter().enumerate() {
            let bg = c.contrast(BACKGROUND);
            assert!(bg >= 3.0, "{} on white is {bg:.2}:1", c.hex());
            let next = PALETTE[(i + 1) % PALETTE.len()];
            let n = c.contrast(next);
            assert!(n >= 3.0, "{} next to {} is {n:.2}:1", c.hex(), next.hex());
        }
    }

    #[test]
    fn text_colours_meet_the_text_minimum() {
        assert!(INK.contrast(BACKGROUND) >= 4.5);
        assert!(MUTED.contrast(BACKGROUND) >= 4.5);
        for c in PALETTE {
            let t = text_on(c).expect("every palette colour carries a label");
            assert!(t.contrast(c) >= 4.5, "{} on {}", t.hex(), c.hex());
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((INK.contrast(BACKGROUND) - 16.48).abs() < 0.05);
        assert!((Rgb(0, 0, 0).contrast(BACKGROUND) - 21.0).abs() < 1e-9);
        assert!((BACKGROUND.contrast(BACKGROUND) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn parses_hex_colours() {
        assert_eq!(Rgb::parse("#17396b"), Some(Rgb(0x17, 0x39, 0x6b)));
        assert_eq!(Rgb::parse("#FFF"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse("17396b"), None);
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("#ggg"), None);
        assert_eq!(Rgb(0x17, 0x39, 0x6b).hex(), "#17396b");
    }
}
