//! Tests of the charts' points and of the keyboard highlight over them.

use super::fold::fold;
use super::nav::{Key, Nav};
use super::places::Places;
use super::points::{bar_points, map_points, Point, PointKind};
use super::test_data::{english, languages};
use crate::view::bars::bars;
use crate::view::describe::bracketed;
use crate::view::map_marks::marks;
use crate::view::query::ChartView;

/// Country rows of the bar chart at each width class, and none folded.
const ROWS: [usize; 4] = [8, 9, 12, usize::MAX];

#[test]
fn keys_are_read_from_the_dom_names() {
    assert_eq!(Key::from_dom("ArrowUp"), Some(Key::Up));
    assert_eq!(Key::from_dom("Down"), Some(Key::Down));
    assert_eq!(Key::from_dom("ArrowLeft"), Some(Key::Left));
    assert_eq!(Key::from_dom("ArrowRight"), Some(Key::Right));
    assert_eq!(Key::from_dom("Home"), Some(Key::Home));
    assert_eq!(Key::from_dom("End"), Some(Key::End));
    for other in ["Enter", " ", "Tab", "arrowup", "PageDown", ""] {
        assert_eq!(Key::from_dom(other), None, "{other:?}");
    }
}

#[test]
fn bar_points_are_the_bars_in_the_order_drawn() {
    for language in languages() {
        let (strings, data) = (language.strings, &language.data);
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            for rows in ROWS {
                let points = bar_points(data, &snap, strings, rows);
                let drawn = bars(&snap, strings, rows);
                let keys = |p: &Point| (p.key.clone(), p.total);
                let want: Vec<_> = drawn.iter().map(|b| (b.key.clone(), b.total)).collect();
                assert_eq!(points.iter().map(keys).collect::<Vec<_>>(), want);
                for (p, b) in points.iter().zip(&drawn) {
                    // The folded bar's count in the language's own brackets.
                    let n = p.members.len().to_string();
                    let others =
                        format!("{}{}", strings.other_countries, bracketed(&n, strings.lang));
                    let name = if p.kind == PointKind::Others {
                        &others
                    } else {
                        &b.label
                    };
                    assert_eq!(&p.name, name);
                }
                for p in &points {
                    let rows_total = u32::try_from(p.stations.len()).unwrap();
                    match p.kind {
                        PointKind::NotLocated => assert_eq!(p.total, snap.not_located),
                        PointKind::Others => {
                            let sum: u32 = p
                                .members
                                .iter()
                                .map(|c| snap.country(c).unwrap().total)
                                .sum();
                            assert_eq!((p.total, rows_total), (sum, sum));
                        }
                        _ => assert_eq!(rows_total, p.total),
                    }
                    assert_eq!(p.by_jurisdiction.iter().sum::<u32>(), p.total);
                }
            }
        }
    }
}

#[test]
fn map_points_cover_every_mark_country_by_country() {
    let english = english();
    for language in languages() {
        let data = &language.data;
        let places = Places::new(english, data, fold);
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            let points = map_points(&places, data, &snap);
            let drawn = marks(data, &snap);
            // Each mark is in exactly one point, and the counts agree.
            for mark in &drawn {
                let holders: Vec<&Point> = points
                    .iter()
                    .filter(|p| p.marks.contains(&mark.key))
                    .collect();
                assert_eq!(holders.len(), 1, "{:?} {}", language.strings.lang, mark.key);
            }
            for p in &points {
                let sum: u32 = drawn
                    .iter()
                    .filter(|m| p.marks.contains(&m.key))
                    .map(|m| m.total)
                    .sum();
                assert_eq!(sum, p.total, "{}", p.key);
            }
            // Countries in the bars' order, each adding up to its bar.
            for (group, c) in snap.by_country.iter().enumerate() {
                let of: Vec<&Point> = points.iter().filter(|p| p.group == group).collect();
                assert!(of
                    .iter()
                    .all(|p| p.iso2.as_deref() == Some(c.iso2.as_str())));
                assert_eq!(of.iter().map(|p| p.total).sum::<u32>(), c.total);
                let rings = of.iter().filter(|p| p.kind == PointKind::NoCity).count();
                assert!(rings <= 1 && (rings == 0 || of.last().unwrap().kind == PointKind::NoCity));
            }
            assert!(points.windows(2).all(|w| w[0].group <= w[1].group));
        }
    }
}

/// Every index a reader reaches from Home with Right within a country and Down between.
fn walk(mut nav: Nav) -> Vec<usize> {
    nav = nav.apply(Key::Home);
    let mut seen = vec![nav.index().unwrap()];
    loop {
        loop {
            let next = nav.clone().apply(Key::Right);
            if next.index() == nav.index()
                || next.current().unwrap().group != nav.current().unwrap().group
            {
                break;
            }
            nav = next;
            seen.push(nav.index().unwrap());
        }
        let next = nav.clone().apply(Key::Down);
        if next.index() == nav.index() {
            return seen;
        }
        nav = next;
        seen.push(nav.index().unwrap());
    }
}

#[test]
fn the_keys_reach_every_point_and_stop_at_the_ends() {
    let english = english();
    let places = Places::new(english, english, fold);
    for step in 0..english.steps.len() {
        let snap = english.snapshot(step);
        let charts = [
            (ChartView::Map, map_points(&places, english, &snap)),
            (
                ChartView::Bars,
                bar_points(english, &snap, &crate::strings::EN, 8),
            ),
        ];
        for (chart, points) in charts {
            let n = points.len();
            let nav = Nav::new(chart, points.clone());
            assert_eq!(nav.current(), None, "nothing before the first key");
            let seen = walk(nav.clone());
            assert_eq!(seen, (0..n).collect::<Vec<_>>(), "{chart:?} step {step}");
            let end = nav.clone().apply(Key::End);
            assert_eq!(end.index(), Some(n - 1));
            assert_eq!(end.clone().apply(Key::Down).index(), Some(n - 1));
            let home = nav.clone().apply(Key::Down);
            assert_eq!(home.index(), Some(0));
            assert_eq!(home.clone().apply(Key::Up).index(), Some(0));
            assert_eq!(home.clone().apply(Key::Left).index(), Some(0));
            // Up from any point goes to the first point of the country before.
            for i in 0..n {
                let mut at = nav.clone().apply(Key::Home);
                while at.index() != Some(i) {
                    let behind = points[at.index().unwrap()].group < points[i].group;
                    at = at.apply(if behind { Key::Down } else { Key::Right });
                }
                let up = at.clone().apply(Key::Up).index().unwrap();
                let group = points[i].group;
                let want = points
                    .iter()
                    .position(|p| p.group + 1 == group)
                    .unwrap_or(i);
                assert_eq!(up, want, "{chart:?} step {step} from {i}");
                if chart == ChartView::Bars {
                    assert_eq!(at.clone().apply(Key::Left), at.clone().apply(Key::Up));
                    assert_eq!(at.clone().apply(Key::Right), at.clone().apply(Key::Down));
                } else {
                    let right = at.clone().apply(Key::Right).current().unwrap().group;
                    assert_eq!(right, group, "Right stays in the country");
                }
            }
        }
    }
}

#[test]
fn the_highlight_follows_its_place_across_steps_and_charts() {
    let english = english();
    let strings = &crate::strings::EN;
    let places = Places::new(english, english, fold);
    let last = english.snapshot(english.steps.len() - 1);
    // A country folded into "all other countries" on a narrow chart…
    let narrow = bar_points(english, &last, strings, 8);
    let folded = narrow
        .iter()
        .find(|p| p.kind == PointKind::Others)
        .unwrap()
        .members[0]
        .clone();
    let place = places.find(&folded).unwrap();
    let nav = Nav::new(ChartView::Bars, narrow).select(place);
    assert_eq!(nav.current().unwrap().kind, PointKind::Others);
    // …is its own bar again on a wide one, and its first city on the map.
    let wide = nav.retarget(bar_points(english, &last, strings, usize::MAX));
    assert_eq!(wide.current().unwrap().key, folded);
    let map = wide.retarget(map_points(&places, english, &last));
    assert_eq!(
        map.current().unwrap().iso2.as_deref(),
        Some(folded.as_str())
    );
    let first_of = map
        .points()
        .iter()
        .position(|p| p.iso2.as_deref() == Some(folded.as_str()));
    assert_eq!(map.index(), first_of);
    // A city chosen on the map is its country's bar on the bars.
    let city = places
        .all()
        .iter()
        .find(|p| p.kind == super::places::PlaceKind::City && p.shown_at(&last))
        .unwrap();
    let on_map = Nav::new(ChartView::Map, map_points(&places, english, &last)).select(city);
    assert_eq!(on_map.current().unwrap().key, city.id);
    let on_bars = on_map.retarget(bar_points(english, &last, strings, usize::MAX));
    assert_eq!(on_bars.current().unwrap().key, city.iso2);
    // A country missing at an earlier step: the same rank there, itself again after.
    let first = english.snapshot(0);
    let missing = last
        .by_country
        .iter()
        .rev()
        .find(|c| first.country(&c.iso2).is_none())
        .unwrap();
    let chosen = Nav::new(
        ChartView::Bars,
        bar_points(english, &last, strings, usize::MAX),
    )
    .select(places.find(&missing.iso2).unwrap());
    let rank = chosen.index().unwrap();
    let before = chosen.retarget(bar_points(english, &first, strings, usize::MAX));
    assert_eq!(before.index(), Some(rank.min(before.points().len() - 1)));
    let back = before.retarget(bar_points(english, &last, strings, usize::MAX));
    assert_eq!(back.current().unwrap().key, missing.iso2);
    // Selecting a place the step does not show highlights nothing.
    let place = places.find(&missing.iso2).unwrap();
    assert!(!place.shown_at(&first));
    let none = Nav::new(ChartView::Map, map_points(&places, english, &first)).select(place);
    assert_eq!(none.current(), None);
}
