//! Keyboard navigation on a focused chart: which point is highlighted, how
//! the arrow keys move it, and where it goes when the step changes.

use super::places::Place;
use super::points::Point;
use crate::view::query::ChartView;

/// A key that moves the highlight (the shell maps `KeyboardEvent.key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Previous country.
    Up,
    /// Next country.
    Down,
    /// Previous city of the country on the map (previous bar on the bars).
    Left,
    /// Next city of the country on the map (next bar on the bars).
    Right,
    /// The first point.
    Home,
    /// The last point.
    End,
}

impl Key {
    /// The key of a `KeyboardEvent.key` value (`ArrowUp`, or `Up` as old
    /// browsers name it); `None` for any other key, which the shell leaves alone.
    pub fn from_dom(key: &str) -> Option<Key> {
        match key {
            "ArrowUp" | "Up" => Some(Key::Up),
            "ArrowDown" | "Down" => Some(Key::Down),
            "ArrowLeft" | "Left" => Some(Key::Left),
            "ArrowRight" | "Right" => Some(Key::Right),
            "Home" => Some(Key::Home),
            "End" => Some(Key::End),
            _ => None,
        }
    }
}

/// What the reader chose: kept across steps, so that a country folded away
/// or missing at one step is highlighted again at the next that shows it.
/// One choice serves both charts: a city chosen on the map is its country's
/// bar on the bar chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The point's key (`Point::key`): a place id, a ring's or a bar's key.
    pub key: String,
    /// ISO alpha-2 code of its country, if it is in one.
    pub iso2: Option<String>,
}

impl Choice {
    /// The choice of `place` (a search result, a `?place=` link, a host's command).
    pub fn of_place(place: &Place) -> Choice {
        Choice {
            key: place.id.clone(),
            iso2: Some(place.iso2.clone()),
        }
    }

    /// The choice of `point`.
    pub fn of_point(point: &Point) -> Choice {
        Choice {
            key: point.key.clone(),
            iso2: point.iso2.clone(),
        }
    }
}

/// Where `choice` is among `points`: the chosen point itself; else the
/// first point of its country (its bar, or its first city on the map); else
/// the folded bar that holds its country.
pub fn position(points: &[Point], choice: &Choice) -> Option<usize> {
    points.iter().position(|p| p.key == choice.key).or_else(|| {
        let iso2 = choice.iso2.as_ref()?;
        points
            .iter()
            .position(|p| p.iso2.as_ref() == Some(iso2))
            .or_else(|| points.iter().position(|p| p.members.contains(iso2)))
    })
}

/// The highlight of one focused chart over its points.
///
/// On the map, Up and Down go from country to country and Left and Right
/// from city to city within one. The bar chart has one point per country and
/// nothing inside a bar to step through, so there Left and Right do what Up
/// and Down do: every arrow moves (as in a one-dimensional ARIA listbox), and
/// none is a dead key for a reader who does not know which way the bars run.
#[derive(Clone, Debug, PartialEq)]
pub struct Nav {
    chart: ChartView,
    points: Vec<Point>,
    at: Option<usize>,
    want: Option<Choice>,
}

impl Nav {
    /// Nothing highlighted yet over `points` of `chart` (`points::bar_points`
    /// or `points::map_points`); the first key highlights a point.
    pub fn new(chart: ChartView, points: Vec<Point>) -> Nav {
        Nav {
            chart,
            points,
            at: None,
            want: None,
        }
    }

    /// The highlight of `choice` (if any) over `points` of `chart`: what the
    /// page keeps in a signal, made a `Nav` again for the next key.
    pub fn with_choice(chart: ChartView, points: Vec<Point>, choice: Option<Choice>) -> Nav {
        let mut nav = Nav::new(chart, points);
        nav.want = choice;
        nav.at = nav.resolve();
        nav
    }

    /// What the reader chose, if anything (kept when this step does not show it).
    pub fn choice(&self) -> Option<&Choice> {
        self.want.as_ref()
    }

    /// The chart's points, in order.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// The index of the highlighted point, if any.
    pub fn index(&self) -> Option<usize> {
        self.at
    }

    /// The highlighted point, if any.
    pub fn current(&self) -> Option<&Point> {
        self.points.get(self.at?)
    }

    /// The highlight after `key`. From nothing, End goes to the last point
    /// and any other key to the first; at an end a key that would leave the
    /// points keeps the highlight where it is.
    pub fn apply(self, key: Key) -> Nav {
        if self.points.is_empty() {
            return self;
        }
        let last = self.points.len() - 1;
        let map = self.chart == ChartView::Map;
        let to = match (self.at, key) {
            (_, Key::End) => last,
            (None, _) | (Some(_), Key::Home) => 0,
            (Some(i), Key::Down) => self.next_group(i).unwrap_or(i),
            (Some(i), Key::Up) => self.previous_group(i).unwrap_or(i),
            (Some(i), Key::Right) if !map => self.next_group(i).unwrap_or(i),
            (Some(i), Key::Left) if !map => self.previous_group(i).unwrap_or(i),
            (Some(i), Key::Right) => Some(i + 1)
                .filter(|&j| j <= last && self.same_group(i, j))
                .unwrap_or(i),
            (Some(i), Key::Left) => i
                .checked_sub(1)
                .filter(|&j| self.same_group(i, j))
                .unwrap_or(i),
        };
        self.highlight(to)
    }

    /// The same highlight over the points of another step (or the other
    /// chart): the chosen country or city if it is there; else its country
    /// (its bar, the folded bar that holds it, or its first point on the
    /// map); else the point at the same place in the order.
    pub fn retarget(mut self, points: Vec<Point>) -> Nav {
        let old = self.at;
        self.points = points;
        self.at = self.resolve().or_else(|| {
            let last = self.points.len().checked_sub(1)?;
            Some(old?.min(last))
        });
        self
    }

    /// Highlights `place` (a search result or a `?place=` link); nothing is
    /// highlighted when this step does not show it (see `Place::shown_at`).
    pub fn select(mut self, place: &Place) -> Nav {
        self.want = Some(Choice::of_place(place));
        self.at = self.resolve();
        self
    }

    /// Where the reader's choice is among the points, if anywhere.
    fn resolve(&self) -> Option<usize> {
        position(&self.points, self.want.as_ref()?)
    }

    fn highlight(mut self, to: usize) -> Nav {
        self.want = Some(Choice::of_point(&self.points[to]));
        self.at = Some(to);
        self
    }

    fn same_group(&self, a: usize, b: usize) -> bool {
        self.points[a].group == self.points[b].group
    }

    /// The first point of the group after point `i`'s.
    fn next_group(&self, i: usize) -> Option<usize> {
        (i + 1..self.points.len()).find(|&j| !self.same_group(i, j))
    }

    /// The first point of the group before point `i`'s.
    fn previous_group(&self, i: usize) -> Option<usize> {
        let before = (0..i).rev().find(|&j| !self.same_group(i, j))?;
        (0..=before).find(|&j| self.same_group(before, j))
    }
}
