//! Unit tests of behaviour a reader would notice: counts, ordering, events, the CSV download.

use super::*;

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("embedded data must load: {e}"))
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
fn headline_counts_per_step() {
    let d = data();
    let counts: Vec<(u32, u32)> = d
        .snapshots()
        .iter()
        .map(|s| (s.stations, s.countries))
        .collect();
    assert_eq!(counts, [(9, 6), (54, 30), (54, 30), (102, 53), (102, 53)]);
    let dec = step(&d, "december");
    assert_eq!((dec.located_stations, dec.not_located), (87, 15));
    assert_eq!((dec.located_countries, dec.countries_not_located), (44, 9));
    assert!(dec.is_minimum && dec.complete);
    let sep = step(&d, "september");
    assert!(!sep.is_minimum && sep.complete);
    assert_eq!(sep.report, d.report_index("sep-2022"));
}

#[test]
fn setup_step_counts_only_dated_stations_and_is_not_complete() {
    let d = data();
    let s = step(&d, "setup");
    assert_eq!(s.report, None);
    assert!(!s.complete && s.is_minimum);
    assert_eq!(s.not_located, 0);
    assert_eq!(s.country("IT").map(|c| c.total), Some(3));
    for &i in &s.station_indices {
        let st = &d.stations[i];
        assert!(
            st.in_count() && st.opened.is_some_and(|o| o.year <= 2018),
            "{}",
            st.id
        );
    }
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
    let sep = step(&d, "september");
    let top: Vec<&str> = sep
        .by_country
        .iter()
        .take(6)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(
        top,
        [
            "Spain",
            "Italy",
            "Canada",
            "France",
            "Portugal",
            "United Kingdom"
        ]
    );
    assert_eq!(step(&d, "december").by_country[0].name, "Italy");
}

#[test]
fn snapshots_are_deterministic_and_clamped() {
    let d = data();
    assert_eq!(d.snapshot(3), d.snapshot(3));
    assert_eq!(d.snapshot(99), d.snapshot(d.steps.len() - 1));
    assert_eq!(d.snapshot(99).step, d.steps.len() - 1);
}

#[test]
fn country_bars_list_cities_once_in_row_order() {
    let d = data();
    let es = step(&d, "september").country("ES").cloned().expect("Spain");
    assert_eq!(
        es.cities,
        ["Madrid", "Barcelona", "Valencia", "Santiago de Compostela"]
    );
    assert_eq!(es.by_jurisdiction, [5, 4, 0, 0, 0]);
    let it = step(&d, "december").country("IT").cloned().expect("Italy");
    assert_eq!(it.total, 11);
    assert!(it.cities.iter().all(|c| !c.is_empty()));
    let mut sorted = it.sources.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), it.sources.len());
}

#[test]
fn weakest_confidence_and_responses_show_per_country() {
    let d = data();
    let dec = step(&d, "december");
    assert_eq!(
        dec.country("AO").map(|c| c.lowest_confidence),
        Some(Confidence::Inferred)
    );
    assert_eq!(
        dec.country("ES").map(|c| c.lowest_confidence),
        Some(Confidence::Firm)
    );
    // Ireland acted in late October: not yet in September, yes from the reactions step.
    assert_eq!(
        step(&d, "september").country("IE").map(|c| c.responded),
        Some(false)
    );
    assert_eq!(
        step(&d, "reactions").country("IE").map(|c| c.responded),
        Some(true)
    );
    assert_eq!(dec.country("GR").map(|c| c.responded), Some(false));
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
    assert_eq!(outside.len(), 3);
    for s in d.snapshots() {
        assert!(outside.iter().all(|i| !s.station_indices.contains(i)));
    }
}

#[test]
fn csv_export_is_a_clean_table_with_bom_and_source_row() {
    let d = data();
    let dec = step(&d, "december");
    let csv = export_csv(&d, &dec);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "country,iso2,stations,fuzhou,qingtian,nantong,wenzhou,unknown,cities,sources"
    );
    assert!(lines[1].starts_with("Italy,IT,11,"));
    // header + 44 countries + not located + total + source, then the final empty split.
    assert_eq!(lines.len(), 1 + 44 + 3 + 1);
    assert_eq!(lines[45], "Location not published,,15,0,0,0,0,15,,");
    assert_eq!(lines[46], "Total,,102,20,13,10,9,50,,");
    assert!(lines[47].starts_with("Source,,,,,,,,"));
    assert!(lines[47].contains("Safeguard Defenders"));
    assert!(lines[47].ends_with("https://safeguarddefenders.com/zh-hans/node/579"));
    // A city list containing a comma is quoted as one field.
    let canada = lines
        .iter()
        .find(|l| l.starts_with("Canada,"))
        .expect("Canada row");
    assert!(
        canada.contains("\"Markham; Toronto (Scarborough); Vancouver; Richmond, BC (per media)\"")
    );
    assert!(canada.contains("https://www.thestar.com/"));
}

#[test]
fn csv_export_for_dated_step_has_no_not_located_row() {
    let d = data();
    let csv = export_csv(&d, &step(&d, "setup"));
    assert!(!csv.contains(export::NOT_LOCATED_LABEL));
    assert!(csv.contains("\r\nTotal,,9,0,3,1,4,1,,\r\n"));
    assert!(csv.contains("most opening dates are not known"));
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
