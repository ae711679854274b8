//! A headline figure: what is counted, the number large with its unit, and how it compares with another figure
//! (an earlier year, a target), with an arrow and words so the direction never rests on colour.

use super::measure::{FONT, width};
use super::palette::INK;
use super::plot::Plot;
use super::scene::{Anchor, Scene, Text};
use crate::format::strings::page_lang;
use crate::format::{self, is_zh};
use crate::messages::{Arg, msg};

pub const BIG: f64 = 44.0;
const UNIT: f64 = 22.0;

pub fn layout(plot: &Plot) -> Scene {
    let mut scene = Scene::new(plot.width);
    let Some(h) = &plot.headline else {
        return scene;
    };
    let mut y = scene.paragraph(
        Text::label(2.0, 2.0, Anchor::Start, h.label.clone()).muted(),
        plot.width - 4.0,
    );
    y += 4.0;
    let (number, unit) = format::amount_parts(h.value, &plot.unit, &plot.lang);
    let big = Text::label(2.0, y, Anchor::Start, number)
        .sized(BIG, true)
        .coloured(INK)
        .value(h.value);
    let after = 2.0 + big.width() + 6.0;
    scene.text(big);
    if !unit.is_empty() {
        if after + width(&unit, UNIT) <= plot.width - 2.0 {
            let baseline = y + 0.76 * BIG;
            scene.text(
                Text::label(after, baseline - 0.76 * UNIT, Anchor::Start, unit).sized(UNIT, false),
            );
            y += BIG * 1.15;
        } else {
            y += BIG * 1.15;
            y = scene.paragraph(
                Text::label(2.0, y, Anchor::Start, unit).sized(UNIT, false),
                plot.width - 4.0,
            );
        }
    } else {
        y += BIG * 1.15;
    }
    if let Some((label, other)) = &h.compare {
        y += 4.0;
        y = scene.paragraph(
            Text::label(
                2.0,
                y,
                Anchor::Start,
                change(h.value, *other, label, &plot.lang),
            ),
            plot.width - 4.0,
        );
        let of = format::amount(*other, &plot.unit, &plot.lang);
        let line = if is_zh(&plot.lang) {
            format!("{label}：{of}")
        } else {
            format!("{label}: {of}")
        };
        for (i, l) in super::measure::wrap(&line, FONT, plot.width - 4.0)
            .into_iter()
            .enumerate()
        {
            let t = Text::label(2.0, y, Anchor::Start, l).muted();
            scene.text(if i == 0 { t.value(*other) } else { t });
            y += FONT * 1.3;
        }
    }
    scene.height = y + 4.0;
    scene
}

/// `▲ 较2022年增长45.1%` or `▲ +45.1% on 2022`: the words from the catalogue, the arrow drawn before them.
pub fn change(value: f64, other: f64, label: &str, lang: &str) -> String {
    let pct = (value - other) / other.abs() * 100.0;
    let p = Arg::Figure(format::decimals(pct.abs(), 1));
    let lang = page_lang(lang);
    if p == Arg::Figure("0".into()) {
        return msg!("reader-key-figure-same", label = label).text(lang);
    }
    if pct > 0.0 {
        format!(
            "▲ {}",
            msg!("reader-key-figure-up", label = label, percent = p).text(lang)
        )
    } else {
        format!(
            "▼ {}",
            msg!("reader-key-figure-down", label = label, percent = p).text(lang)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_reads_in_words_and_arrows() {
        assert_eq!(
            change(2439.0, 1681.5, "2022年", "zh-CN"),
            "▲ 较2022年增长45%"
        );
        assert_eq!(change(90.0, 100.0, "2022", "en"), "▼ −10% on 2022");
        assert_eq!(change(1.0, 1.0, "2022年", "zh-CN"), "较2022年持平");
        assert_eq!(change(109.1, 100.0, "2022", "en"), "▲ +9.1% on 2022");
    }
}
