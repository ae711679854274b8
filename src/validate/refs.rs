//! Cross-references: a page numbers its charts (图1, 图2 …) and its tables (表1 …) in the order it shows them, and
//! `{{ ref("id") }}` links to one by its number. The numbers come from the page's own shortcodes, so they are
//! known here, before anything is rendered, and a reference to something the page does not show is an error at
//! its position rather than a dead link.

use super::shortcode::{Arg, Call, Piece};
use super::{Problem, closest};
use crate::messages::msg;
use crate::model::{Chart, Dataset, FigureKind, Shortcode};

/// One numbered figure of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub kind: FigureKind,
    /// The chart's or the dataset's id.
    pub id: String,
    /// 1 for the first chart (or table) of the page.
    pub number: usize,
}

/// The charts and tables of a page, numbered, from its pieces; calls that name nothing are left to the checks
/// of `chart()` and `table()`. A chart or table shown twice gets two numbers; a reference goes to the first.
pub fn numbered(pieces: &[Piece], datasets: &[Dataset], charts: &[Chart]) -> Vec<Numbered> {
    let mut out = Vec::new();
    let (mut figures, mut tables) = (0, 0);
    for piece in pieces {
        let Piece::Call(call, _) = piece else {
            continue;
        };
        let Some(Arg::Str(id)) = call.args.first() else {
            continue;
        };
        let kind = match call.name.as_str() {
            "chart" if charts.binary_search_by(|c| c.id.as_str().cmp(id)).is_ok() => {
                figures += 1;
                (FigureKind::Chart, figures)
            }
            "table" if datasets.binary_search_by(|d| d.id.as_str().cmp(id)).is_ok() => {
                tables += 1;
                (FigureKind::Table, tables)
            }
            _ => continue,
        };
        out.push(Numbered {
            kind: kind.0,
            id: id.clone(),
            number: kind.1,
        });
    }
    out
}

/// `ref("id")`, `ref("chart:id")` or `ref("table:id")` checked against the page's figures.
pub fn resolve(call: &Call, page: &[Numbered]) -> Result<Shortcode, Problem> {
    let [Arg::Str(wanted)] = call.args.as_slice() else {
        return Err(msg!("ref-arguments"));
    };
    if !call.kwargs.is_empty() {
        return Err(msg!("ref-options"));
    }
    let (kind, id) = match wanted.split_once(':') {
        Some(("chart", id)) => (Some(FigureKind::Chart), id),
        Some(("table", id)) => (Some(FigureKind::Table), id),
        _ => (None, wanted.as_str()),
    };
    let found: Vec<&Numbered> = page
        .iter()
        .filter(|n| n.id == id && kind.is_none_or(|k| k == n.kind))
        .collect();
    let first_of = |k: FigureKind| found.iter().find(|n| n.kind == k);
    match (first_of(FigureKind::Chart), first_of(FigureKind::Table)) {
        (Some(_), Some(_)) => Err(msg!("ref-ambiguous", id = id)),
        (Some(n), None) | (None, Some(n)) => Ok(Shortcode::Ref {
            kind: n.kind,
            number: n.number,
            anchor: anchor(n.kind, id),
        }),
        (None, None) => {
            let near = closest(id, page.iter().map(|n| n.id.as_str()));
            let shown: Vec<String> = page.iter().map(|n| format!("`{}`", n.id)).collect();
            Err(msg!(
                "ref-missing",
                id = id,
                found = usize::from(near.is_some()),
                near = near.unwrap_or_default(),
                count = shown.len(),
                shown = shown,
            ))
        }
    }
}

/// The id a figure carries on its page: the chart's `<figure>`, the table's caption.
pub fn anchor(kind: FigureKind, id: &str) -> String {
    match kind {
        FigureKind::Chart => format!("chart-{id}"),
        FigureKind::Table => format!("tn-{id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn page() -> Vec<Numbered> {
        let n = |kind, id: &str, number| Numbered {
            kind,
            id: id.into(),
            number,
        };
        vec![
            n(FigureKind::Chart, "coverage", 1),
            n(FigureKind::Table, "funds", 1),
            n(FigureKind::Chart, "funds", 2),
        ]
    }

    fn call(arg: &str) -> Call {
        Call {
            name: "ref".into(),
            args: vec![Arg::Str(arg.into())],
            kwargs: vec![],
        }
    }

    #[test]
    fn a_reference_takes_the_number_of_its_kind() {
        assert_eq!(
            resolve(&call("coverage"), &page()),
            Ok(Shortcode::Ref {
                kind: FigureKind::Chart,
                number: 1,
                anchor: "chart-coverage".into()
            })
        );
        assert_eq!(
            resolve(&call("chart:funds"), &page()),
            Ok(Shortcode::Ref {
                kind: FigureKind::Chart,
                number: 2,
                anchor: "chart-funds".into()
            })
        );
    }

    #[test]
    fn an_id_of_both_kinds_must_say_which() {
        let m = resolve(&call("funds"), &page()).unwrap_err();
        assert!(m.text(Lang::En).contains("both"));
        assert!(m.hint(Lang::En).unwrap_or_default().contains("table:funds"));
    }

    #[test]
    fn an_unknown_id_suggests_the_nearest() {
        let hint = resolve(&call("coverag"), &page())
            .unwrap_err()
            .hint(Lang::En)
            .unwrap_or_default();
        assert!(hint.contains("`coverage`"), "{hint}");
    }
}
