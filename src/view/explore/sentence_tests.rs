//! Tests of the points' sentences, in every language and at every step.

use super::fold::fold;
use super::places::Places;
use super::points::{bar_points, map_points, Point, PointKind};
use super::sentence::{place_sentence, sentence};
use super::test_data::{english, languages};
use crate::i18n::Lang;
use crate::model::{Confidence, Dataset, Response, Shows, Snapshot};
use crate::strings::{Strings, EN};

/// Every point of both charts (bars folded on a phone, and not folded).
fn all_points(places: &Places, data: &Dataset, snap: &Snapshot, strings: &Strings) -> Vec<Point> {
    let mut points = map_points(places, data, snap);
    points.extend(bar_points(data, snap, strings, 8));
    points.extend(bar_points(data, snap, strings, usize::MAX));
    points
}

/// The station count of `point` as `snap` has it, found without the point's own total.
fn snapshot_count(snap: &Snapshot, data: &Dataset, point: &Point) -> u32 {
    match point.kind {
        PointKind::Country => snap.country(point.iso2.as_ref().unwrap()).unwrap().total,
        PointKind::NotLocated => snap.not_located,
        PointKind::Others => point
            .members
            .iter()
            .map(|c| snap.country(c).unwrap().total)
            .sum(),
        PointKind::City | PointKind::NoCity => {
            let rows = snap
                .station_indices
                .iter()
                .filter(|&&i| point.stations.contains(&i));
            let here = rows.filter(|&&i| Some(&data.stations[i].iso2) == point.iso2.as_ref());
            here.count() as u32
        }
    }
}

#[test]
fn every_point_at_every_step_is_said_in_every_language_with_its_count() {
    let english = english();
    for language in languages() {
        let (strings, data) = (language.strings, &language.data);
        let places = Places::new(english, data, fold);
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            for point in all_points(&places, data, &snap, strings) {
                let text = sentence(data, &snap, &point, strings);
                let count = snapshot_count(&snap, data, &point);
                assert_eq!(point.total, count, "{:?} {}", strings.lang, point.key);
                let words = strings.count(&strings.station_forms, count.into());
                assert!(text.contains(&words), "{text}");
                assert!(text.contains(&point.name), "{text}");
                if let Shows::OpenedBy(year) = data.steps[step].shows {
                    assert!(text.contains(&year.to_string()), "{text}");
                }
                if strings.lang == Lang::ZhHans {
                    assert!(!text.contains(['(', ')']), "Chinese brackets only: {text}");
                } else {
                    assert!(text.ends_with('.'), "{text}");
                }
            }
        }
    }
}

#[test]
fn a_country_reads_as_the_example_says() {
    let data = english();
    let places = Places::new(data, data, fold);
    let step = data.steps.len() - 1;
    let snap = data.snapshot(step);
    let points = bar_points(data, &snap, &EN, usize::MAX);
    let italy = points.iter().find(|p| p.key == "IT").unwrap();
    let c = snap.country("IT").unwrap();
    let report = &data.reports[snap.report.unwrap()];
    let text = sentence(data, &snap, italy, &EN);
    let at_least = if snap.is_minimum { "at least " } else { "" };
    assert_eq!(
        report.publisher, "Safeguard Defenders",
        "the words name the publisher"
    );
    let head = format!(
        "Italy: {at_least}{} stations, according to Safeguard Defenders.",
        c.total
    );
    assert!(text.starts_with(&head), "{text}");
    let fuzhou = c.by_jurisdiction[0];
    assert!(
        fuzhou == 0 || text.contains(&format!("{fuzhou} from Fuzhou")),
        "{text}"
    );
    let milan = map_points(&places, data, &snap)
        .into_iter()
        .find(|p| p.key == "it-milan")
        .unwrap();
    let text = sentence(data, &snap, &milan, &EN);
    assert!(
        text.starts_with(&format!("Milan, Italy: {at_least}{} station", milan.total)),
        "{text}"
    );
}

#[test]
fn responses_are_said_as_recorded_and_denials_never_as_action() {
    let mut denials = 0;
    for language in languages() {
        let (strings, data) = (language.strings, &language.data);
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            for point in bar_points(data, &snap, strings, usize::MAX) {
                let Some(c) = point.iso2.as_deref().and_then(|c| snap.country(c)) else {
                    continue;
                };
                let text = sentence(data, &snap, &point, strings);
                let said = |r: Response| {
                    let i = Response::ALL.iter().position(|x| *x == r).unwrap();
                    text.contains(strings.responses[i])
                };
                match c.response {
                    None => assert!(text.contains(strings.no_response), "{text}"),
                    Some(r) => assert!(said(r), "{text}"),
                }
                if !c.responded {
                    let action = Response::ALL.into_iter().filter(|r| r.is_official_action());
                    assert!(action.clone().all(|r| !said(r)), "{text}");
                    denials += usize::from(c.response == Some(Response::Denial));
                }
            }
        }
    }
    assert!(denials > 0, "the data records an official denial somewhere");
}

#[test]
fn opening_dates_and_weak_rows_are_said_where_the_data_has_them() {
    let data = english();
    let places = Places::new(data, data, fold);
    let (mut dated, mut weak) = (0, 0);
    for step in 0..data.steps.len() {
        let snap = data.snapshot(step);
        for point in map_points(&places, data, &snap) {
            let text = sentence(data, &snap, &point, &EN);
            let rows = point.stations.iter().map(|&i| &data.stations[i]);
            match rows
                .clone()
                .filter_map(|s| s.opened)
                .min_by_key(|d| d.first_day())
            {
                Some(d) => {
                    dated += 1;
                    assert!(
                        text.contains(&format!(
                            "Earliest opening a source reports: {}",
                            EN.date(&d)
                        )),
                        "{text}"
                    );
                }
                None => assert!(!text.contains("Earliest opening"), "{text}"),
            }
            let weakest = rows.map(|s| s.confidence).max().unwrap();
            let caveat = format!(
                "{}: {}",
                EN.confidence_label, EN.confidence[weakest as usize]
            );
            assert_eq!(
                text.contains(&caveat),
                weakest >= Confidence::Inferred,
                "{text}"
            );
            weak += usize::from(weakest >= Confidence::Inferred);
        }
    }
    assert!(
        dated > 0 && weak > 0,
        "the data has dated and inferred rows"
    );
}

#[test]
fn a_found_place_is_said_with_its_count_at_the_step_or_none_and_its_earliest_opening() {
    let english = english();
    for language in languages() {
        let (strings, data) = (language.strings, &language.data);
        let places = Places::new(english, data, fold);
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            for place in places.all() {
                let text = place_sentence(&places, data, &snap, place, strings);
                // Its stations counted at this step, found from the snapshot's rows.
                let here = place
                    .stations
                    .iter()
                    .filter(|i| snap.station_indices.contains(i))
                    .count();
                let words = strings.count(&strings.station_forms, here as u64);
                assert!(
                    text.contains(&words),
                    "{:?} {}: {text}",
                    strings.lang,
                    place.id
                );
                assert!(text.contains(&place.name), "{text}");
                assert_eq!(place.shown_at(&snap), here > 0);
                // None is never "at least none".
                if here == 0 && matches!(data.steps[step].shows, Shows::Report(_)) {
                    let at_least = strings.point_at_least.replace("{stations}", &words);
                    let wording = at_least.split("{place}").max_by_key(|p| p.len()).unwrap();
                    assert!(!text.contains(wording), "{text}");
                }
                // Since when, where a source dates any of its rows.
                let dated = place
                    .stations
                    .iter()
                    .any(|&i| data.stations[i].opened.is_some());
                let since = strings.point_opened.split('{').next().unwrap();
                assert_eq!(text.contains(since), dated, "{text}");
            }
        }
    }
}
