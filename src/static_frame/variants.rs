//! Which widths the static chart is drawn at, so that at any chart width the
//! variant on screen is exactly as tall as the live canvas will be.
//!
//! The live chart's height depends on its width only through the number of
//! rows and where labels go (`bars::chart_at`),
//! both piecewise constant. The first frame carries one SVG per band of equal
//! height (more in wide bands, so bar lengths stay close to the live ones), and
//! a container query on `.chart` shows the variant whose band holds the
//! chart's width.

use crate::model::Snapshot;
use crate::strings::Strings;
use crate::view::bars::chart_at;

/// Narrowest chart the variants are drawn for (a 300 px column, less page margins).
pub const MIN_WIDTH: f64 = 280.0;
/// Widest chart drawn; wider charts show this one, left-aligned.
pub const MAX_WIDTH: f64 = 1400.0;
/// Largest ratio between the widths of neighbouring variants in one band.
const MAX_RATIO: f64 = 1.2;

/// The height and label placement of the live chart at `width`.
fn shape(snapshot: &Snapshot, strings: &Strings, width: f64) -> (u64, bool) {
    let (_, layout) = chart_at(snapshot, strings, width);
    (
        layout.height.to_bits(),
        layout.labels == crate::chart::layout::LabelPlacement::Left,
    )
}

/// The widths to draw `snapshot` at, ascending: every width where the live
/// chart's shape changes, plus enough in between that neighbours differ by at
/// most a fifth. The first is [`MIN_WIDTH`].
pub fn widths(snapshot: &Snapshot, strings: &Strings) -> Vec<f64> {
    let mut edges = vec![MIN_WIDTH];
    let mut last = shape(snapshot, strings, MIN_WIDTH);
    let mut w = MIN_WIDTH + 1.0;
    while w <= MAX_WIDTH {
        let now = shape(snapshot, strings, w);
        if now != last {
            edges.push(w);
            last = now;
        }
        w += 1.0;
    }
    let mut out = Vec::new();
    for (i, &start) in edges.iter().enumerate() {
        let end = edges.get(i + 1).copied().unwrap_or(MAX_WIDTH * MAX_RATIO);
        let mut x = start;
        while x < end {
            out.push(x);
            x = (x * MAX_RATIO).round();
        }
    }
    out
}

/// CSS that shows, in each `.chart` container, the variant of class
/// `{prefix}{i}` whose width is the widest not above the container's.
pub fn variant_css(prefix: &str, widths: &[f64]) -> String {
    let mut css = format!(".chart-svg.{prefix}0{{display:block}}\n");
    for (i, w) in widths.iter().enumerate().skip(1) {
        css.push_str(&format!(
            "@container (min-width:{w}px){{.chart-svg.{prefix}{}{{display:none}}.chart-svg.{prefix}{i}{{display:block}}}}\n",
            i - 1
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, Embedded};
    use crate::strings::EN;

    #[test]
    fn within_a_variant_the_live_chart_keeps_its_height() {
        let data = Dataset::embedded().unwrap();
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            let ws = widths(&snap, &EN);
            assert_eq!(ws[0], MIN_WIDTH);
            for pair in ws.windows(2) {
                assert!(pair[1] / pair[0] <= MAX_RATIO + 0.01, "{pair:?}");
                let start = shape(&snap, &EN, pair[0]);
                let mut w = pair[0];
                while w < pair[1] {
                    assert_eq!(shape(&snap, &EN, w), start, "step {step} at {w}");
                    w += 1.0;
                }
            }
        }
    }

    #[test]
    fn later_rules_win_for_wider_containers() {
        let css = variant_css("v", &[280.0, 480.0, 600.0]);
        assert!(css.starts_with(".chart-svg.v0{display:block}"));
        assert!(css.contains(
            "@container (min-width:480px){.chart-svg.v0{display:none}.chart-svg.v1{display:block}}"
        ));
        assert!(css.contains(
            "@container (min-width:600px){.chart-svg.v1{display:none}.chart-svg.v2{display:block}}"
        ));
    }
}
