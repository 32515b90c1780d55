//! The rows of the country bar chart for one step, fitted to a number of rows.

use crate::chart::layout::Layout;
use crate::model::{Jurisdiction, Snapshot};
use crate::strings::Strings;
use crate::view::describe::bracketed;

/// What a bar stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// One host country.
    Country,
    /// Countries folded together because the chart is narrow.
    Others,
    /// Stations in the count whose country has not been published.
    NotLocated,
}

/// One bar: a label and its stations per bureau.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Stable key across steps (ISO code, or a fixed key for the special bars).
    pub key: String,
    /// Text drawn beside the bar.
    pub label: String,
    /// What the bar stands for.
    pub kind: BarKind,
    /// Stations per bureau, in `Jurisdiction::ALL` order.
    pub segments: [f64; 5],
    /// Whole stations on the bar.
    pub total: u32,
    /// Whether authorities of this country acted or investigated by this step.
    pub responded: bool,
}

/// Key of the "all other countries" bar.
pub const OTHERS_KEY: &str = "~others";
/// Key of the "location not published" bar.
pub const NOT_LOCATED_KEY: &str = "~not-located";

/// How many country bars (the folded "all other countries" bar included) a
/// chart `width` CSS pixels wide shows. Fixed per width, so the chart is as
/// tall at every step.
pub fn country_rows_for_width(width: f64) -> usize {
    if width < 480.0 {
        8
    } else if width < 760.0 {
        9
    } else {
        12
    }
}

/// The bars of `snapshot` at `width` and their layout, with room for the
/// country rows of that width and the "location not published" bar whether
/// or not the step has one: the same height at every step.
pub fn chart_at(snapshot: &Snapshot, strings: &Strings, width: f64) -> (Vec<Bar>, Layout) {
    let rows = country_rows_for_width(width);
    (bars(snapshot, strings, rows), Layout::new(width, rows + 1))
}

/// The bars of `snapshot`: countries by count, the rest folded into one bar when
/// there are more than `max_countries`, then the not-located bar when non-zero.
/// The bars always add up to the snapshot's station count.
pub fn bars(snapshot: &Snapshot, strings: &Strings, max_countries: usize) -> Vec<Bar> {
    let countries = &snapshot.by_country;
    let shown = if countries.len() > max_countries {
        max_countries.saturating_sub(1).max(1)
    } else {
        countries.len()
    };
    let mut out: Vec<Bar> = countries[..shown]
        .iter()
        .map(|c| Bar {
            key: c.iso2.clone(),
            label: c.name.clone(),
            kind: BarKind::Country,
            segments: c.by_jurisdiction.map(f64::from),
            total: c.total,
            responded: c.responded,
        })
        .collect();
    let rest = &countries[shown..];
    if !rest.is_empty() {
        let mut segments = [0.0; 5];
        for c in rest {
            for (s, n) in segments.iter_mut().zip(c.by_jurisdiction) {
                *s += f64::from(n);
            }
        }
        out.push(Bar {
            key: OTHERS_KEY.into(),
            // In the language's brackets: "其他国家（45）".
            label: format!(
                "{}{}",
                strings.other_countries,
                bracketed(&rest.len().to_string(), strings.lang)
            ),
            kind: BarKind::Others,
            segments,
            total: rest.iter().map(|c| c.total).sum(),
            responded: false,
        });
    }
    if snapshot.not_located > 0 {
        let mut segments = [0.0; 5];
        segments[Jurisdiction::Unknown.index()] = f64::from(snapshot.not_located);
        out.push(Bar {
            key: NOT_LOCATED_KEY.into(),
            label: strings.not_located.into(),
            kind: BarKind::NotLocated,
            segments,
            total: snapshot.not_located,
            responded: false,
        });
    }
    out
}

/// The station count that fills the bar span: the largest bar, except the
/// folded "all other countries" bar, which is drawn broken when longer.
pub fn scale_total(bars: &[Bar]) -> f64 {
    bars.iter()
        .filter(|b| b.kind != BarKind::Others)
        .map(|b| f64::from(b.total))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, Embedded};
    use crate::strings::EN;

    fn data() -> Dataset {
        Dataset::embedded().expect("embedded data loads")
    }

    #[test]
    fn bars_add_up_to_the_report_total() {
        let data = data();
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            for rows in [5, 10, usize::MAX] {
                let sum: u32 = bars(&snap, &EN, rows).iter().map(|b| b.total).sum();
                assert_eq!(sum, snap.stations, "step {step}, {rows} rows");
            }
        }
    }

    #[test]
    fn narrow_charts_fold_the_tail_into_one_bar() {
        let data = data();
        let december = data.step_index("december").unwrap();
        let snap = data.snapshot(december);
        let b = bars(&snap, &EN, 8);
        assert_eq!(b.len(), 9, "7 countries, the rest, and the unplaced");
        assert_eq!(b[0].label, snap.by_country[0].name);
        assert_eq!(b[7].kind, BarKind::Others);
        assert_eq!(
            b[7].label,
            format!("{} ({})", EN.other_countries, snap.by_country.len() - 7)
        );
        assert_eq!(b[8].kind, BarKind::NotLocated);
        assert_eq!(b[8].total, snap.not_located);
    }

    #[test]
    fn the_chart_is_as_tall_at_every_step() {
        let data = data();
        for width in [300.0, 375.0, 600.0, 1000.0, 1400.0] {
            let heights: Vec<f64> = (0..data.steps.len())
                .map(|step| {
                    let (shown, layout) = chart_at(&data.snapshot(step), &EN, width);
                    let last = layout.bar_top((shown.len() - 1) as f64) + layout.bar_height;
                    assert!(last <= layout.height, "every bar fits at {width}");
                    layout.height
                })
                .collect();
            assert!(
                heights.iter().all(|h| *h == heights[0]),
                "{width}: {heights:?}"
            );
        }
    }

    #[test]
    fn segments_match_totals() {
        let data = data();
        for step in 0..data.steps.len() {
            for bar in bars(&data.snapshot(step), &EN, usize::MAX) {
                let sum: f64 = bar.segments.iter().sum();
                assert_eq!(sum, f64::from(bar.total), "{}", bar.label);
            }
        }
    }
}
