//! Marks between two steps: a step's new marks grow and fade in, marks that
//! leave (stepping back) shrink and fade out, changed counts resize.

use super::counter::ease_out_cubic;
use super::map_marks::Mark;

/// One mark as drawn in one frame.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkFrame<'a> {
    /// The mark (its final state, or its last one if it is leaving).
    pub mark: &'a Mark,
    /// Stations the mark's size stands for at this instant (fractional while moving).
    pub size: f64,
    /// 0 (gone) to 1 (fully shown).
    pub opacity: f64,
}

/// A mark and its size at both ends of a transition.
#[derive(Clone, Debug, PartialEq)]
struct Moving {
    mark: Mark,
    from: f64,
    to: f64,
}

/// A transition of the map's marks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MarkTransition {
    moving: Vec<Moving>,
}

impl MarkTransition {
    /// `marks` at rest.
    pub fn settled(marks: &[Mark]) -> Self {
        MarkTransition {
            moving: marks
                .iter()
                .map(|m| Moving {
                    mark: m.clone(),
                    from: f64::from(m.total),
                    to: f64::from(m.total),
                })
                .collect(),
        }
    }

    /// From wherever `previous` was at `t` to `marks`.
    pub fn from_frame(previous: &MarkTransition, t: f64, marks: &[Mark]) -> Self {
        let now = previous.frame(t);
        let size_now = |key: &str| {
            now.iter()
                .find(|f| f.mark.key == key)
                .map_or(0.0, |f| f.size)
        };
        let mut moving: Vec<Moving> = marks
            .iter()
            .map(|m| Moving {
                mark: m.clone(),
                from: size_now(&m.key),
                to: f64::from(m.total),
            })
            .collect();
        for f in now.iter().filter(|f| f.size > 0.0) {
            if !marks.iter().any(|m| m.key == f.mark.key) {
                moving.push(Moving {
                    mark: f.mark.clone(),
                    from: f.size,
                    to: 0.0,
                });
            }
        }
        MarkTransition { moving }
    }

    /// The marks `t` of the way through (0..=1, eased), in drawing order.
    pub fn frame(&self, t: f64) -> Vec<MarkFrame<'_>> {
        let e = ease_out_cubic(t);
        self.moving
            .iter()
            .map(|m| MarkFrame {
                mark: &m.mark,
                size: m.from + (m.to - m.from) * e,
                opacity: if m.to == 0.0 {
                    1.0 - e
                } else if m.from == 0.0 {
                    e
                } else {
                    1.0
                },
            })
            .filter(|f| f.opacity > 0.0 && f.size > 0.0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, Embedded};
    use crate::view::map_marks::marks;

    fn step_marks(id: &str) -> Vec<Mark> {
        let data = Dataset::embedded().unwrap();
        marks(&data, &data.snapshot(data.step_index(id).unwrap()))
    }

    #[test]
    fn new_marks_grow_from_nothing_and_old_ones_stay() {
        let (before, after) = (step_marks("september"), step_marks("december"));
        let tr = MarkTransition::from_frame(&MarkTransition::settled(&before), 1.0, &after);
        let start = tr.frame(0.0);
        assert_eq!(start.len(), before.len(), "at t=0 only the old marks show");
        let end = tr.frame(1.0);
        assert_eq!(end.len(), after.len());
        for f in &end {
            assert_eq!(f.size, f64::from(f.mark.total));
            assert_eq!(f.opacity, 1.0);
        }
        let mid = tr.frame(0.5);
        let new = mid
            .iter()
            .find(|f| !before.iter().any(|m| m.key == f.mark.key))
            .expect("december adds marks");
        assert!(new.opacity > 0.0 && new.opacity < 1.0);
    }

    #[test]
    fn stepping_back_shrinks_the_marks_that_leave() {
        let (before, after) = (step_marks("december"), step_marks("september"));
        let tr = MarkTransition::from_frame(&MarkTransition::settled(&before), 1.0, &after);
        assert_eq!(tr.frame(0.0).len(), before.len());
        assert_eq!(tr.frame(1.0).len(), after.len());
    }

    #[test]
    fn an_interrupted_transition_starts_where_it_was() {
        let (a, b, c) = (
            step_marks("setup"),
            step_marks("december"),
            step_marks("september"),
        );
        let ab = MarkTransition::from_frame(&MarkTransition::settled(&a), 1.0, &b);
        let mid: Vec<(String, f64)> = ab
            .frame(0.4)
            .iter()
            .map(|f| (f.mark.key.clone(), f.size))
            .collect();
        let bc = MarkTransition::from_frame(&ab, 0.4, &c);
        let start: Vec<(String, f64)> = bc
            .frame(0.0)
            .iter()
            .map(|f| (f.mark.key.clone(), f.size))
            .collect();
        for (key, size) in &mid {
            let now = start.iter().find(|(k, _)| k == key).map(|(_, s)| *s);
            assert_eq!(now, Some(*size), "{key}");
        }
    }
}
