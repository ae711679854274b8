//! OFD (GB/T 33190, the fixed-layout format Chinese government offices publish as PDF's counterpart): a ZIP whose
//! pages (`Doc_0/Pages/Page_0/Content.xml`) place each piece of text by itself, a `TextObject` with its box and
//! `TextCode` runs at their own `X`/`Y` inside it, often one word or one group of digits each. Read part by part
//! the pieces stand apart, and in the order they are written, which need not be the order shown; so each page is
//! also laid out as a reader sees it: runs into lines by their baseline, lines from the top, runs along a line by
//! place, joined where they touch and kept apart across a gap wider than a table cell's.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Reading;
use super::archive::Entry;
use super::text;
use super::xml::{STOP, resolve, value};

/// A gap between runs, in ems, from which on it reads as a space.
const WORD_GAP: f64 = 0.2;
/// A gap between runs, in ems, from which on it is a table cell (or column) boundary, never joined across.
const CELL_GAP: f64 = 1.5;
/// Runs whose baselines differ by less than this, in ems, are on one line.
const SAME_LINE: f64 = 0.5;

/// Whether a ZIP is an OFD package, by its `OFD.xml` entry.
pub(super) fn is_ofd(entries: &[Entry]) -> bool {
    entries.iter().any(|e| {
        e.name.eq_ignore_ascii_case("OFD.xml")
            && text::decode(&e.data)
                .is_some_and(|t| t.contains("ofdspec.org") || t.contains("<ofd:OFD"))
    })
}

/// Each page's text laid out, beside what the part-by-part reading of the package found.
pub(super) fn read_pages(entries: &[Entry], r: &mut Reading<'static>) {
    for e in entries {
        if let Some(page) = text::decode(&e.data).filter(|t| t.contains("TextCode")) {
            r.extracted(&e.place, laid_out(&page));
        }
    }
}

/// One run of text where it lands: its start and end along the line, its baseline, its font size.
struct Run {
    x: f64,
    end: f64,
    y: f64,
    size: f64,
    text: String,
}

/// The text of a page, line by line from the top, runs along each line by place.
fn laid_out(page: &str) -> String {
    let mut runs = runs(page);
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (run.y - line[0].y).abs() < SAME_LINE * run.size.max(line[0].size) => {
                line.push(run)
            }
            _ => lines.push(vec![run]),
        }
    }
    let mut out = String::new();
    for mut line in lines {
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut end: Option<f64> = None;
        for run in line {
            if let Some(end) = end {
                let gap = (run.x - end) / run.size.max(0.1);
                if gap > CELL_GAP {
                    out.push(STOP);
                } else if gap > WORD_GAP {
                    out.push(' ');
                }
            }
            out.push_str(&run.text);
            end = Some(end.map_or(run.end, |e: f64| e.max(run.end)));
        }
        out.push('\n');
    }
    out
}

/// Every `TextCode` of a page, placed: its `TextObject`'s box origin and `CTM`, its own `X`/`Y`, and its glyphs'
/// advances (`DeltaX`, or an em for a Chinese character and half an em for any other where none is given).
fn runs(page: &str) -> Vec<Run> {
    let mut reader = Reader::from_str(page);
    let mut out = Vec::new();
    // The open text object: box origin, CTM, size; the open code: X, Y, advances, text.
    let mut object = ([0.0; 2], [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], 3.5);
    let mut code: Option<(f64, f64, Vec<f64>, String)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let attr = |k: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == k)
                        .map(|a| value(&a))
                };
                match e.local_name().as_ref() {
                    "TextObject" => {
                        let boundary = numbers(&attr("Boundary").unwrap_or_default());
                        let ctm = numbers(&attr("CTM").unwrap_or_default());
                        object = (
                            [
                                boundary.first().copied().unwrap_or(0.0),
                                boundary.get(1).copied().unwrap_or(0.0),
                            ],
                            ctm.get(..6)
                                .and_then(|c| <[f64; 6]>::try_from(c).ok())
                                .unwrap_or([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]),
                            attr("Size")
                                .and_then(|s| s.trim().parse().ok())
                                .unwrap_or(3.5),
                        );
                    }
                    "TextCode" => {
                        let at =
                            |k: &str| attr(k).and_then(|v| v.trim().parse().ok()).unwrap_or(0.0);
                        code = Some((
                            at("X"),
                            at("Y"),
                            numbers(&attr("DeltaX").unwrap_or_default()),
                            String::new(),
                        ));
                    }
                    _ => {}
                }
            }
            Ok(Event::Text(t)) => {
                if let Some((.., s)) = code.as_mut() {
                    s.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(g)) => {
                if let Some((.., s)) = code.as_mut() {
                    s.push_str(&resolve(&g));
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "TextCode" => {
                if let Some((x, y, deltas, s)) = code.take() {
                    let ([bx, by], m, size) = object;
                    let advance: f64 = s
                        .chars()
                        .enumerate()
                        .map(|(i, c)| {
                            deltas.get(i).copied().unwrap_or(if c.is_ascii() {
                                size / 2.0
                            } else {
                                size
                            })
                        })
                        .sum();
                    let place = |px: f64, py: f64| {
                        (
                            m[0] * px + m[2] * py + m[4] + bx,
                            m[1] * px + m[3] * py + m[5] + by,
                        )
                    };
                    let (start, baseline) = place(x, y);
                    let (end, _) = place(x + advance, y);
                    out.push(Run {
                        x: start.min(end),
                        end: start.max(end),
                        y: baseline,
                        size: size * m[0].hypot(m[1]).max(0.01),
                        text: s,
                    });
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// The numbers of an OFD list attribute (`Boundary="0 0 80 5"`, `DeltaX="g 4 1.8 2.1"`, `g N v` being `N` times
/// `v`).
fn numbers(list: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut tokens = list.split_whitespace();
    while let Some(t) = tokens.next() {
        if t == "g" {
            let n: usize = tokens.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let v: f64 = tokens.next().and_then(|v| v.parse().ok()).unwrap_or(0.0);
            out.extend(std::iter::repeat_n(v, n.min(10_000)));
        } else if let Ok(v) = t.parse() {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_codes_are_laid_out_by_place() {
        let page = r#"<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:TextObject Boundary="0 10 80 5" Size="3.5"><ofd:TextCode X="16" Y="3">8000</ofd:TextCode><ofd:TextCode X="0" Y="3" DeltaX="g 4 1.8">电话138</ofd:TextCode><ofd:TextCode X="9" Y="3">0013</ofd:TextCode></ofd:TextObject><ofd:TextObject Boundary="60 10 20 5" Size="3.5"><ofd:TextCode X="0" Y="3">2023</ofd:TextCode></ofd:TextObject></ofd:Page>"#;
        let text = super::laid_out(page);
        assert!(text.starts_with("电话13800138000"), "{text:?}");
        assert!(
            text.contains('\u{1}'),
            "a far column stands apart: {text:?}"
        );
        assert_eq!(super::numbers("1 g 3 2.5 4"), vec![1.0, 2.5, 2.5, 2.5, 4.0]);
    }
}
