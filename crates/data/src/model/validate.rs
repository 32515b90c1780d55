//! Cross-file checks: source ids resolve, reports are in order, and counts reconcile.

use super::error::{files, DataError};
use super::parse_common::Lines;
use super::types::{Event, Jurisdiction, ListedIn, Report, Source, Station, Step, MAX_KEY_EVENTS};
use std::collections::{BTreeSet, HashSet};

/// Checks that every id in `ids` names a source.
fn check_sources(
    known: &HashSet<&str>,
    file: &str,
    ids: &[String],
    lines: &Lines,
    errors: &mut Vec<DataError>,
) {
    for id in ids {
        if !known.contains(id.as_str()) {
            let line = lines.of("sources");
            let e = DataError::at(file, line, Some("sources"), Some(id), "unknown source id");
            errors.push(e);
        }
    }
}

/// Checks that a step's key events are at most [`MAX_KEY_EVENTS`] of its own events.
fn check_key_events(
    step: &Step,
    lines: &Lines,
    events: &[(Event, Lines)],
    errors: &mut Vec<DataError>,
) {
    let line = lines.of("key_events");
    let mut push = |value: Option<&str>, msg: &str| {
        errors.push(DataError::at(
            files::STORY,
            line,
            Some("key_events"),
            value,
            msg,
        ));
    };
    if step.key_events.len() > MAX_KEY_EVENTS {
        push(
            None,
            &format!("at most {MAX_KEY_EVENTS} key events per step"),
        );
    }
    for id in &step.key_events {
        match events.iter().find(|(e, _)| &e.id == id) {
            None => push(Some(id), "unknown event id"),
            Some((e, _)) if !e.date.within(&step.events_from, &step.events_to) => push(
                Some(id),
                "event is not dated within the step (events_from to events_to)",
            ),
            Some(_) => {}
        }
    }
}

/// Located stations and distinct countries listed up to and including report `upto`.
pub(crate) fn located_upto(stations: &[Station], upto: usize) -> (u32, u32) {
    let rows: Vec<&Station> = stations
        .iter()
        .filter(|s| matches!(s.listed_in, ListedIn::Report(i) if i <= upto))
        .collect();
    let countries: BTreeSet<&str> = rows.iter().map(|s| s.iso2.as_str()).collect();
    (rows.len() as u32, countries.len() as u32)
}

/// Reports: chronological, revised after published, and (if `reconcile`) totals that
/// reconcile with the station rows.
fn check_reports(
    reports: &[(Report, Lines)],
    stations: &[(Station, Lines)],
    reconcile: bool,
    errors: &mut Vec<DataError>,
) {
    let f = files::REPORTS;
    let rows: Vec<Station> = stations.iter().map(|(s, _)| s.clone()).collect();
    let mut previous: Option<&Report> = None;
    for (i, (r, lines)) in reports.iter().enumerate() {
        let at = |field: &str| lines.of(field);
        if let Some(p) = previous {
            if r.date <= p.date {
                let msg = format!("reports must be in date order (after {})", p.date);
                errors.push(DataError::at(
                    f,
                    at("date"),
                    Some("date"),
                    Some(&r.date.to_string()),
                    msg,
                ));
            }
        }
        if let Some(rev) = r.revised {
            if rev < r.date {
                let msg = "revision is dated before publication";
                errors.push(DataError::at(
                    f,
                    at("date"),
                    Some("revised"),
                    Some(&rev.to_string()),
                    msg,
                ));
            }
        }
        let before = previous.map_or(0, |p| p.stations_total);
        if r.stations_total.checked_sub(before) != Some(r.stations_added) {
            let msg = format!(
                "stations_added should be {} (stations_total {} minus the previous total {before})",
                r.stations_total.saturating_sub(before),
                r.stations_total
            );
            let v = r.stations_added.to_string();
            errors.push(DataError::at(
                f,
                at("stations_added"),
                Some("stations_added"),
                Some(&v),
                msg,
            ));
        }
        let (located, countries) = located_upto(&rows, i);
        if !reconcile {
            previous = Some(r);
            continue;
        }
        if located + r.stations_not_located != r.stations_total {
            let msg = format!(
                "located stations ({located}) + stations_not_located ({}) = {}, not the report total",
                r.stations_not_located,
                located + r.stations_not_located
            );
            let v = r.stations_total.to_string();
            errors.push(DataError::at(
                f,
                at("stations_total"),
                Some("stations_total"),
                Some(&v),
                msg,
            ));
        }
        if countries + r.countries_not_located != r.countries_total {
            let msg = format!(
                "located countries ({countries}) + countries_not_located ({}) = {}, not the report total",
                r.countries_not_located,
                countries + r.countries_not_located
            );
            let v = r.countries_total.to_string();
            errors.push(DataError::at(
                f,
                at("countries_total"),
                Some("countries_total"),
                Some(&v),
                msg,
            ));
        }
        previous = Some(r);
    }
    // Each station's bureau must be one its report covers (or unknown).
    for (s, lines) in stations {
        if let ListedIn::Report(i) = s.listed_in {
            let r = &reports[i].0;
            if s.jurisdiction != Jurisdiction::Unknown && !r.jurisdictions.contains(&s.jurisdiction)
            {
                let msg = format!("report {} does not cover this jurisdiction", r.id);
                let v = s.jurisdiction.label();
                errors.push(DataError::at(
                    files::STATIONS,
                    lines.record,
                    Some("jurisdiction"),
                    Some(v),
                    msg,
                ));
            }
        }
    }
}

/// All parsed files, before cross-checks.
pub(crate) struct Parsed {
    pub reports: Vec<(Report, Lines)>,
    pub stations: Vec<(Station, Lines)>,
    pub sources: Vec<(Source, Lines)>,
    pub events: Vec<(Event, Lines)>,
    pub steps: Vec<(Step, Lines)>,
}

/// Runs the cross-file checks, appending to `errors`.
pub(crate) fn check(p: &Parsed, errors: &mut Vec<DataError>) {
    // Totals are only compared when every station row parsed cleanly, so that one bad
    // row is reported once rather than again as a count mismatch.
    let reconcile = !errors.iter().any(|e| e.file == files::STATIONS);
    let known: HashSet<&str> = p.sources.iter().map(|(s, _)| s.id.as_str()).collect();
    for (r, l) in &p.reports {
        check_sources(&known, files::REPORTS, &r.sources, l, errors);
    }
    for (s, l) in &p.stations {
        check_sources(&known, files::STATIONS, &s.sources, l, errors);
    }
    for (e, l) in &p.events {
        check_sources(&known, files::EVENTS, &e.sources, l, errors);
    }
    // Likewise key events are looked up only in an events file without errors.
    let events_clean = !errors.iter().any(|e| e.file == files::EVENTS);
    for (s, l) in &p.steps {
        check_sources(&known, files::STORY, &s.sources, l, errors);
        if events_clean {
            check_key_events(s, l, &p.events, errors);
        }
    }
    if p.reports.is_empty() {
        errors.push(DataError::file(files::REPORTS, "no [[report]] tables"));
    }
    if p.steps.is_empty() {
        errors.push(DataError::file(files::STORY, "no [[step]] tables"));
    }
    check_reports(&p.reports, &p.stations, reconcile, errors);
}
