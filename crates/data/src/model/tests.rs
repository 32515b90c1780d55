//! Unit tests of behaviour a reader would notice: counts, ordering, events, the totals.

use super::*;

fn data() -> Dataset {
    Dataset::load(&DataFiles::embedded()).unwrap_or_else(|e| panic!("embedded data must load: {e}"))
}

fn step(d: &Dataset, id: &str) -> Snapshot {
    d.snapshot(d.step_index(id).expect("step exists"))
}

#[test]
fn steps_are_the_five_of_the_story_in_order() {
    let d = data();
    let ids: Vec<&str> = d.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["setup", "september", "reactions", "december", "aftermath"]
    );
    let acts: Vec<u8> = d.steps.iter().map(|s| s.act).collect();
    assert_eq!(acts, [1, 2, 2, 3, 3]);
}

#[test]
fn headline_counts_come_from_the_report_each_step_shows() {
    // The reports' own totals are pinned once, in tests/data_validation.rs.
    let d = data();
    for (s, st) in d.snapshots().iter().zip(&d.steps) {
        match st.shows {
            Shows::Report(r) => {
                let rep = &d.reports[r];
                assert_eq!(
                    (s.stations, s.countries),
                    (rep.stations_total, rep.countries_total)
                );
                assert_eq!(s.located_stations + s.not_located, rep.stations_total);
                assert_eq!(
                    s.located_countries + s.countries_not_located,
                    rep.countries_total
                );
                assert_eq!(s.is_minimum, rep.counts_are_minimums, "{}", st.id);
                assert!(s.complete, "{}", st.id);
                assert_eq!(s.report, Some(r));
            }
            Shows::OpenedBy(_) => {
                assert_eq!(s.stations, s.station_indices.len() as u32);
                assert_eq!(s.countries, s.by_country.len() as u32);
            }
        }
    }
}

#[test]
fn setup_step_counts_only_dated_stations_and_is_not_complete() {
    let d = data();
    let s = step(&d, "setup");
    let Shows::OpenedBy(year) = d.steps[s.step].shows else {
        panic!("the setup step shows opening years")
    };
    assert_eq!(s.report, None);
    assert!(!s.complete && s.is_minimum);
    assert_eq!(s.not_located, 0);
    let dated: Vec<usize> = (0..d.stations.len())
        .filter(|&i| {
            d.stations[i].in_count() && d.stations[i].opened.is_some_and(|o| o.year <= year)
        })
        .collect();
    assert!(!dated.is_empty());
    assert_eq!(s.station_indices, dated);
}

#[test]
fn bars_sort_by_total_then_name() {
    let d = data();
    for s in d.snapshots() {
        for w in s.by_country.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            assert!(
                a.total > b.total || (a.total == b.total && a.name < b.name),
                "{} then {}",
                a.name,
                b.name
            );
        }
    }
}

#[test]
fn snapshots_are_clamped_to_the_last_step() {
    let d = data();
    assert_eq!(d.snapshot(99), d.snapshot(d.steps.len() - 1));
    assert_eq!(d.snapshot(99).step, d.steps.len() - 1);
}

#[test]
fn country_bars_list_cities_once_in_row_order() {
    let d = data();
    for s in d.snapshots() {
        for c in &s.by_country {
            let rows: Vec<&Station> = s
                .station_indices
                .iter()
                .map(|&i| &d.stations[i])
                .filter(|r| r.iso2 == c.iso2)
                .collect();
            let mut cities: Vec<String> = Vec::new();
            for city in rows.iter().filter_map(|r| r.city.clone()) {
                if !cities.contains(&city) {
                    cities.push(city);
                }
            }
            assert_eq!(c.cities, cities, "{}", c.iso2);
            assert_eq!(c.total as usize, rows.len());
            assert_eq!(c.by_jurisdiction.iter().sum::<u32>(), c.total);
            let weakest = rows.iter().map(|r| r.confidence).max();
            assert_eq!(Some(c.lowest_confidence), weakest, "{}", c.iso2);
            let mut sorted = c.sources.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), c.sources.len());
        }
    }
}

#[test]
fn the_marker_is_the_strongest_recorded_response_when_it_is_official_action() {
    let d = data();
    for (s, st) in d.snapshots().iter().zip(&d.steps) {
        let end = st.events_to.last_day();
        for c in &s.by_country {
            let counted: Vec<&Event> = d
                .events
                .iter()
                .filter(|e| {
                    e.response.is_some()
                        && e.confidence != Confidence::Low
                        && e.date.first_day() <= end
                        && e.countries.contains(&c.iso2)
                })
                .collect();
            let strongest = counted.iter().filter_map(|e| e.response).min();
            assert_eq!(c.response, strongest, "{} in {}", c.iso2, st.id);
            assert_eq!(
                c.responded,
                strongest.is_some_and(Response::is_official_action)
            );
            let event = c.response_event.map(|i| &d.events[i]);
            assert_eq!(event.and_then(|e| e.response), c.response, "{}", c.iso2);
        }
    }
}

#[test]
fn step_events_fall_in_range_and_are_in_date_order() {
    let d = data();
    for (i, s) in d.snapshots().iter().enumerate() {
        let st = &d.steps[i];
        assert!(!s.events.is_empty(), "{}", st.id);
        for w in s.events.windows(2) {
            assert!(d.events[w[0]].date.first_day() <= d.events[w[1]].date.first_day());
        }
        for &e in &s.events {
            assert!(d.events[e].date.within(&st.events_from, &st.events_to));
        }
    }
    let total: usize = d.snapshots().iter().map(|s| s.events.len()).sum();
    assert_eq!(
        total,
        d.events.len(),
        "every event belongs to exactly one step"
    );
}

#[test]
fn outside_sites_never_count() {
    let d = data();
    let outside: Vec<usize> = (0..d.stations.len())
        .filter(|&i| !d.stations[i].in_count())
        .collect();
    assert!(!outside.is_empty());
    for s in d.snapshots() {
        assert!(outside.iter().all(|i| !s.station_indices.contains(i)));
    }
}

#[test]
fn csv_export_totals_add_up_for_report_steps() {
    let d = data();
    for s in d.snapshots().iter().filter(|s| s.report.is_some()) {
        let sum: u32 = s.by_country.iter().map(|c| c.total).sum();
        assert_eq!(sum + s.not_located, s.stations);
        let j: u32 = s.by_jurisdiction.iter().sum();
        assert_eq!(j, s.located_stations);
    }
}

#[test]
fn vocabularies_round_trip() {
    for s in Status::ALL {
        assert_eq!(Status::parse(s.as_str()), Some(s));
    }
    for k in EventKind::ALL {
        assert_eq!(EventKind::parse(k.as_str()), Some(k));
    }
    for (i, r) in Response::ALL.into_iter().enumerate() {
        assert_eq!((Response::parse(r.as_str()), r.index()), (Some(r), i));
    }
    assert!(
        Response::Diplomatic.is_official_action() && !Response::ReportedBySd.is_official_action()
    );
    for (i, j) in Jurisdiction::ALL.into_iter().enumerate() {
        assert_eq!(j.index(), i);
    }
    assert_eq!(Jurisdiction::parse("unknown"), Some(Jurisdiction::Unknown));
    assert_eq!(Jurisdiction::parse("Unknown"), None);
    assert!(Confidence::Firm < Confidence::Low);
}

#[test]
fn lookups_by_id() {
    let d = data();
    assert_eq!(d.step_index("december"), Some(3));
    assert_eq!(d.step_index("nope"), None);
    assert_eq!(
        d.source("cnn-2022-12-04").map(|s| s.publisher.as_str()),
        Some("CNN")
    );
    assert!(d.event("ny-charges-2023-04-17").is_some());
    assert_eq!(
        d.reports[1].revised.map(|r| r.to_string()),
        Some("2022-12-13".into())
    );
}
