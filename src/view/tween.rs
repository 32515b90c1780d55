//! Tweening between two sets of bars: bars grow, shrink and change rows.

use super::bars::{scale_total, Bar, BarKind};
use super::counter::ease_in_out_cubic;

/// Length of a step transition, in milliseconds.
pub const TRANSITION_MS: f64 = 600.0;

/// One bar as drawn in one frame (borrowing its texts from the transition,
/// so a frame allocates one vector and no strings).
#[derive(Clone, Debug, PartialEq)]
pub struct BarFrame<'a> {
    /// The bar's stable key.
    pub key: &'a str,
    /// Text drawn beside the bar.
    pub label: &'a str,
    /// What the bar stands for.
    pub kind: BarKind,
    /// Row position (fractional while moving; 0 is the top row).
    pub row: f64,
    /// Stations per bureau at this instant.
    pub segments: [f64; 5],
    /// The whole-number label shown at the end of the bar.
    pub total: u32,
    /// 0 (gone) to 1 (fully shown).
    pub opacity: f64,
    /// Whether authorities of this country acted (drawn as a marker).
    pub responded: bool,
}

/// A bar and its row, on one side of a transition.
type Placed = Option<(usize, Bar)>;

/// A transition from one set of bars to another.
#[derive(Clone, Debug, PartialEq)]
pub struct Transition {
    /// (before, after) for every key on either side.
    pairs: Vec<(Placed, Placed)>,
    /// The scale's top at the start and at the end (see [`scale_total`]).
    scale: (f64, f64),
}

impl Transition {
    /// Pairs the bars of `from` and `to` by key.
    pub fn new(from: &[Bar], to: &[Bar]) -> Self {
        let mut pairs: Vec<_> = to
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                let old = from.iter().position(|b| b.key == bar.key);
                (old.map(|j| (j, from[j].clone())), Some((i, bar.clone())))
            })
            .collect();
        for (j, bar) in from.iter().enumerate() {
            if !to.iter().any(|b| b.key == bar.key) {
                pairs.push((Some((j, bar.clone())), None));
            }
        }
        Transition {
            pairs,
            scale: (scale_total(from), scale_total(to)),
        }
    }

    /// A transition that shows `bars` at rest (no movement).
    pub fn settled(bars: &[Bar]) -> Self {
        Transition::new(bars, bars)
    }

    /// The bars `t` of the way through (0..=1, eased); leaving bars come last.
    pub fn frame(&self, t: f64) -> Vec<BarFrame<'_>> {
        let e = ease_in_out_cubic(t);
        let lerp = |a: f64, b: f64| a + (b - a) * e;
        self.pairs
            .iter()
            .map(|pair| match pair {
                (Some((i, a)), Some((j, b))) => BarFrame {
                    key: &b.key,
                    label: &b.label,
                    kind: b.kind,
                    row: lerp(*i as f64, *j as f64),
                    segments: std::array::from_fn(|k| lerp(a.segments[k], b.segments[k])),
                    total: lerp(f64::from(a.total), f64::from(b.total)).round() as u32,
                    opacity: 1.0,
                    responded: if e < 0.5 { a.responded } else { b.responded },
                },
                (None, Some((j, b))) => BarFrame {
                    key: &b.key,
                    label: &b.label,
                    kind: b.kind,
                    row: *j as f64,
                    segments: b.segments.map(|s| s * e),
                    total: (f64::from(b.total) * e).round() as u32,
                    opacity: e,
                    responded: b.responded && e >= 0.5,
                },
                (Some((i, a)), None) => BarFrame {
                    key: &a.key,
                    label: &a.label,
                    kind: a.kind,
                    row: *i as f64,
                    segments: a.segments.map(|s| s * (1.0 - e)),
                    total: (f64::from(a.total) * (1.0 - e)).round() as u32,
                    opacity: 1.0 - e,
                    responded: a.responded && e < 0.5,
                },
                (None, None) => unreachable!("a pair always has a side"),
            })
            .collect()
    }

    /// The largest bar total at either end, for a scale that does not jump.
    /// The folded "all other countries" bar does not set the scale (it is drawn
    /// broken when longer), so the country bars keep a readable length.
    pub fn max_total(&self, t: f64) -> f64 {
        let (a, b) = self.scale;
        a + (b - a) * ease_in_out_cubic(t)
    }

    /// Number of rows the destination needs.
    pub fn rows(&self) -> usize {
        self.pairs.iter().filter(|p| p.1.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(key: &str, total: u32) -> Bar {
        Bar {
            key: key.into(),
            label: key.into(),
            kind: BarKind::Country,
            segments: [f64::from(total), 0.0, 0.0, 0.0, 0.0],
            total,
            responded: false,
        }
    }

    #[test]
    fn ends_exactly_at_both_sides() {
        let from = [bar("ES", 9), bar("IT", 4)];
        let to = [bar("IT", 11), bar("ES", 9), bar("AU", 2)];
        let tr = Transition::new(&from, &to);
        let start = tr.frame(0.0);
        let it = start.iter().find(|f| f.key == "IT").unwrap();
        assert_eq!((it.row, it.total), (1.0, 4));
        let au = start.iter().find(|f| f.key == "AU").unwrap();
        assert_eq!((au.opacity, au.total), (0.0, 0));
        let end = tr.frame(1.0);
        let it = end.iter().find(|f| f.key == "IT").unwrap();
        assert_eq!((it.row, it.total, it.segments[0]), (0.0, 11, 11.0));
        assert_eq!(tr.rows(), 3);
    }

    #[test]
    fn leaving_bars_shrink_away() {
        let tr = Transition::new(&[bar("CZ", 2)], &[]);
        let end = tr.frame(1.0);
        assert_eq!(end[0].segments[0], 0.0);
        assert_eq!(end[0].opacity, 0.0);
        assert_eq!(tr.rows(), 0);
    }

    #[test]
    fn midway_bars_are_between_their_ends() {
        let tr = Transition::new(&[bar("IT", 4)], &[bar("IT", 11)]);
        let mid = &tr.frame(0.5)[0];
        assert!(mid.segments[0] > 4.0 && mid.segments[0] < 11.0);
        assert!(tr.max_total(0.5) > 4.0 && tr.max_total(0.5) < 11.0);
    }

    #[test]
    fn a_settled_transition_does_not_move() {
        let bars = [bar("IT", 11), bar("ES", 9)];
        let tr = Transition::settled(&bars);
        assert_eq!(tr.frame(0.0), tr.frame(1.0));
    }
}
