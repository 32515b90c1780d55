//! Native integration tests of data/: the embedded files load and reconcile with
//! Safeguard Defenders' totals, and every class of broken file is reported with its file,
//! line, field and offending value. Each fixture under tests/fixtures/<class>/ replaces
//! one real file; the other four come from data/.
#![cfg(not(target_arch = "wasm32"))]

use overseas_stations::model::{DataError, DataFiles, Dataset, Response, Snapshot};
use std::collections::HashSet;

/// Loads data/ with one file replaced by a fixture; returns every error (none if valid).
macro_rules! with_fixture {
    ($class:literal, $file:literal) => {{
        const TEXT: &str = include_str!(concat!("fixtures/", $class, "/", $file));
        let mut files = DataFiles::embedded();
        match $file {
            "reports.toml" => files.reports = TEXT,
            "stations.csv" => files.stations = TEXT,
            "sources.csv" => files.sources = TEXT,
            "events.toml" => files.events = TEXT,
            "story.toml" => files.story = TEXT,
            other => panic!("unknown data file {other}"),
        }
        (TEXT, Dataset::load_all(&files).err().unwrap_or_default())
    }};
}

/// 1-based line of the `nth` (1-based) line of `text` containing `needle`.
fn line_of(text: &str, needle: &str, nth: usize) -> usize {
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    *hits
        .get(nth - 1)
        .unwrap_or_else(|| panic!("{needle:?} occurs {} time(s)", hits.len()))
}

/// Asserts that `errors` holds exactly one error, with these parts.
fn expect_one(
    errors: &[DataError],
    file: &str,
    line: usize,
    field: &str,
    value: Option<&str>,
    message: &str,
) -> String {
    let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors.len(),
        1,
        "expected one error, got:\n{}",
        all.join("\n")
    );
    let e = &errors[0];
    assert_eq!(e.file, file, "{e}");
    assert_eq!(e.line, Some(line), "{e}");
    assert_eq!(e.field.as_deref(), Some(field), "{e}");
    assert_eq!(e.value.as_deref(), value, "{e}");
    assert!(e.message.contains(message), "{e}");
    let shown = e.to_string();
    assert!(
        shown.starts_with(&format!("{file}:{line}: field \"{field}\": ")),
        "{shown}"
    );
    if let Some(v) = value {
        assert!(shown.ends_with(&format!(" \"{v}\"")), "{shown}");
    }
    shown
}

// ---- The embedded data ----------------------------------------------------------------

fn data() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("data/ must load: {e}"))
}

fn snap(d: &Dataset, step: &str) -> Snapshot {
    d.snapshot(d.step_index(step).expect("step"))
}

fn count(s: &Snapshot, iso2: &str) -> u32 {
    s.country(iso2).map_or(0, |c| c.total)
}

#[test]
fn embedded_data_loads_without_errors() {
    if let Err(errors) = Dataset::load_all(&DataFiles::embedded()) {
        let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("data/ has errors:\n{}", all.join("\n"));
    }
}

#[test]
fn september_report_is_54_stations_in_30_countries() {
    let d = data();
    let s = snap(&d, "september");
    assert_eq!((s.stations, s.countries), (54, 30));
    assert_eq!((s.located_stations, s.not_located), (53, 1));
    assert_eq!((s.located_countries, s.countries_not_located), (29, 1));
    assert!(s.complete && !s.is_minimum);
}

#[test]
fn december_report_adds_48_for_102_in_53_countries() {
    let d = data();
    let dec = &d.reports[d.report_index("dec-2022").expect("dec")];
    assert_eq!((dec.stations_added, dec.stations_total), (48, 102));
    let s = snap(&d, "december");
    assert_eq!((s.stations, s.countries), (102, 53));
    assert_eq!(s.stations - snap(&d, "september").stations, 48);
    assert!(s.complete && s.is_minimum);
    assert_eq!(snap(&d, "aftermath").stations, 102);
}

#[test]
fn per_country_counts_match_the_reports() {
    let d = data();
    let (sep, dec) = (snap(&d, "september"), snap(&d, "december"));
    assert_eq!((count(&sep, "IT"), count(&dec, "IT")), (4, 11));
    assert_eq!((count(&sep, "ES"), count(&dec, "ES")), (9, 9));
    assert_eq!((count(&sep, "CA"), count(&dec, "CA")), (3, 5));
    assert_eq!((count(&sep, "US"), count(&dec, "US")), (1, 4));
    assert_eq!((count(&sep, "FR"), count(&dec, "FR")), (3, 4));
    assert_eq!(dec.by_country[0].iso2, "IT", "Italy hosts the most");
}

#[test]
fn setup_step_counts_the_five_sourced_openings_its_caption_names() {
    let d = data();
    let s = snap(&d, "setup");
    assert_eq!((s.stations, s.countries), (5, 3));
    assert_eq!(s.report, None);
    assert!(!s.complete);
    let caption = &d.steps[s.step].caption;
    assert!(caption.contains("at least five"), "{caption}");
    assert!(caption.contains("no known opening date"), "{caption}");
    // Opening years that rest on inference or one aggregator copy are not counted.
    for id in ["S021", "S033", "S035", "S072"] {
        let row = d.stations.iter().find(|s| s.id == id).expect(id);
        assert_eq!(row.opened, None, "{id}");
    }
}

fn response(s: &Snapshot, iso2: &str) -> (Option<Response>, bool) {
    let c = s
        .country(iso2)
        .unwrap_or_else(|| panic!("{iso2} in step {}", s.step));
    (c.response, c.responded)
}

#[test]
fn only_official_action_gets_the_marker() {
    let d = data();
    let (sep, reactions) = (snap(&d, "september"), snap(&d, "reactions"));
    let (dec, after) = (snap(&d, "december"), snap(&d, "aftermath"));
    // Portugal: one MP's question in September, prosecutors from late October.
    assert_eq!(response(&sep, "PT"), (Some(Response::Question), false));
    assert_eq!(
        response(&reactions, "PT"),
        (Some(Response::Investigation), true)
    );
    assert_eq!(response(&reactions, "IE"), (Some(Response::Closure), true));
    // Denials are words, not markers.
    for iso2 in ["HR", "RO", "HU", "RS"] {
        assert_eq!(
            response(&dec, iso2),
            (Some(Response::Denial), false),
            "{iso2}"
        );
    }
    // Nigeria and Sweden acted only by Safeguard Defenders' account.
    for iso2 in ["NG", "SE"] {
        assert_eq!(
            response(&dec, iso2),
            (Some(Response::ReportedBySd), false),
            "{iso2}"
        );
    }
    assert_eq!(response(&dec, "GR"), (None, false));
    assert_eq!(response(&after, "US"), (Some(Response::Charges), true));
    // The weakly sourced halt of Italy's joint patrols does not count.
    let it = dec.country("IT").expect("Italy");
    assert_eq!(it.response, Some(Response::Investigation));
}

/// Publishers that copies get mistaken for, and the domains their own pages live on.
const PUBLISHER_DOMAINS: &[(&str, &[&str])] = &[
    ("U.S. Department of Justice", &["justice.gov"]),
    ("Reuters", &["reuters.com"]),
    ("Newsweek", &["newsweek.com"]),
    ("C-SPAN", &["c-span.org"]),
    ("CNN", &["cnn.com"]),
    ("The Irish Times", &["irishtimes.com"]),
    ("BBC News", &["bbc.co.uk", "bbc.com", "bbci.co.uk"]),
    ("Safeguard Defenders", &["safeguarddefenders.com"]),
    ("The Epoch Times", &["theepochtimes.com", "epochtimes.com"]),
    ("Daum", &["daum.net"]),
    ("Politico Europe", &["politico.eu"]),
    ("Toronto Star", &["thestar.com"]),
    ("CTV News", &["ctvnews.ca"]),
    ("Wikipedia", &["wikipedia.org"]),
    ("KildareStreet.com", &["kildarestreet.com"]),
    ("Sina", &["sina.com.cn"]),
    ("WTVB", &["wtvbam.com"]),
];

/// Whether `url`'s host is `domain` or one of its subdomains.
fn on_domain(url: &str, domain: &str) -> bool {
    let host = url
        .split("://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or("");
    host == domain || host.ends_with(&format!(".{domain}"))
}

#[test]
fn a_source_label_names_the_site_its_link_opens() {
    let d = data();
    for s in &d.sources {
        // "X via Y": the link must open Y, a listed publisher or a site named by its domain.
        let (named, via) = match s.publisher.split_once(" via ") {
            Some((original, copy)) => (copy.split(" (").next().unwrap_or(copy), Some(original)),
            None => (s.publisher.as_str(), None),
        };
        let known = PUBLISHER_DOMAINS
            .iter()
            .find(|(p, _)| named == *p || named.starts_with(&format!("{p} (")));
        let ok = match known {
            Some((_, domains)) => domains.iter().any(|dom| on_domain(&s.url, dom)),
            None if via.is_some() => on_domain(&s.url, named),
            None => true,
        };
        assert!(
            ok,
            "{}: labelled \"{}\" but links {}",
            s.id, s.publisher, s.url
        );
        // A copy of a listed publisher's page must not sit on that publisher's domain.
        if let Some((_, domains)) =
            via.and_then(|o| PUBLISHER_DOMAINS.iter().find(|(p, _)| *p == o))
        {
            assert!(
                !domains.iter().any(|dom| on_domain(&s.url, dom)),
                "{}: \"via\" label on the original's own page",
                s.id
            );
        }
    }
}

#[test]
fn outside_sites_are_kept_but_never_counted() {
    let d = data();
    let outside: Vec<&str> = d
        .stations
        .iter()
        .filter(|s| !s.in_count())
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(outside, ["S076", "S077", "S078"]);
    for s in d.snapshots() {
        for &i in &s.station_indices {
            assert!(d.stations[i].in_count());
        }
    }
    // Canada's Quebec centres would make December 7 if they counted.
    assert_eq!(count(&snap(&d, "aftermath"), "CA"), 5);
}

#[test]
fn bars_and_not_located_add_up_to_the_report_totals() {
    let d = data();
    for s in d.snapshots().iter().filter(|s| s.report.is_some()) {
        let bars: u32 = s.by_country.iter().map(|c| c.total).sum();
        assert_eq!(bars + s.not_located, s.stations, "step {}", s.step);
        assert_eq!(
            s.by_country.len() as u32 + s.countries_not_located,
            s.countries
        );
    }
}

#[test]
fn every_cited_source_id_resolves_and_every_source_is_cited() {
    let d = data();
    let mut cited = HashSet::new();
    let lists = d
        .stations
        .iter()
        .map(|s| &s.sources)
        .chain(d.events.iter().map(|e| &e.sources))
        .chain(d.steps.iter().map(|s| &s.sources))
        .chain(d.reports.iter().map(|r| &r.sources));
    for list in lists {
        assert!(!list.is_empty());
        for id in list {
            assert!(d.source(id).is_some(), "unknown source {id}");
            cited.insert(id.as_str());
        }
    }
    for s in &d.sources {
        assert!(
            cited.contains(s.id.as_str()),
            "source {} is never cited",
            s.id
        );
    }
    let urls: HashSet<&str> = d.sources.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(urls.len(), d.sources.len(), "two sources share a URL");
}

#[test]
fn timeline_covers_2014_to_2025() {
    let d = data();
    let years: Vec<u16> = d.events.iter().map(|e| e.date.year).collect();
    assert_eq!(years.iter().min(), Some(&2014));
    assert_eq!(years.iter().max(), Some(&2025));
    for id in [
        "report-110-overseas-2022-09-12",
        "report-patrol-and-persuade-2022-12-05",
        "prague-closures-2022-12-08",
        "ny-charges-2023-04-17",
        "chen-plea-2024-12-18",
    ] {
        assert!(d.event(id).is_some(), "{id}");
    }
}

// ---- Broken fixtures --------------------------------------------------------------------

#[test]
fn duplicate_station_id() {
    let (text, errors) = with_fixture!("duplicate-station-id", "stations.csv");
    let line = line_of(text, "S004,", 2);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "id",
        Some("S004"),
        "duplicate id (first used on line 5)",
    );
}

#[test]
fn duplicate_source_id() {
    let (text, errors) = with_fixture!("duplicate-source-id", "sources.csv");
    let line = line_of(text, "wikipedia-stations,", 2);
    expect_one(
        &errors,
        "data/sources.csv",
        line,
        "id",
        Some("wikipedia-stations"),
        "duplicate id",
    );
}

#[test]
fn duplicate_event_id() {
    let (text, errors) = with_fixture!("duplicate-event-id", "events.toml");
    let line = line_of(text, "id = \"first-event\"", 2);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "id",
        Some("first-event"),
        "duplicate id",
    );
}

#[test]
fn duplicate_step_id() {
    let (text, errors) = with_fixture!("duplicate-step-id", "story.toml");
    let line = line_of(text, "id = \"september\"", 2);
    expect_one(
        &errors,
        "data/story.toml",
        line,
        "id",
        Some("september"),
        "duplicate id",
    );
}

#[test]
fn unknown_iso_code() {
    let (text, errors) = with_fixture!("unknown-iso", "stations.csv");
    let line = line_of(text, "S012,", 1);
    let shown = expect_one(
        &errors,
        "data/stations.csv",
        line,
        "iso2",
        Some("XX"),
        "unknown ISO 3166 code",
    );
    assert_eq!(
        shown,
        format!("data/stations.csv:{line}: field \"iso2\": unknown ISO 3166 code \"XX\"")
    );
}

#[test]
fn country_name_not_matching_code() {
    let (text, errors) = with_fixture!("country-name-mismatch", "stations.csv");
    let line = line_of(text, "S044,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "country",
        Some("Australia"),
        "expected \"Austria\"",
    );
}

#[test]
fn unknown_jurisdiction() {
    let (text, errors) = with_fixture!("unknown-jurisdiction", "stations.csv");
    let line = line_of(text, "S020,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "jurisdiction",
        Some("Beijing"),
        "unknown jurisdiction",
    );
}

#[test]
fn latitude_out_of_range() {
    let (text, errors) = with_fixture!("lat-out-of-range", "stations.csv");
    let line = line_of(text, "S043,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "lat",
        Some("159.33"),
        "out of range",
    );
}

#[test]
fn longitude_without_latitude() {
    let (text, errors) = with_fixture!("lon-without-lat", "stations.csv");
    let line = line_of(text, "S051,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "lat",
        None,
        "lon is given but lat is empty",
    );
}

#[test]
fn impossible_opening_date() {
    let (text, errors) = with_fixture!("impossible-opened-date", "stations.csv");
    let line = line_of(text, "S020,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "opened",
        Some("2022-13"),
        "impossible date",
    );
}

#[test]
fn impossible_event_date() {
    let (text, errors) = with_fixture!("impossible-event-date", "events.toml");
    let line = line_of(text, "2022-02-30", 1);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "date",
        Some("2022-02-30"),
        "February 2022 has 28 days",
    );
}

#[test]
fn malformed_event_date() {
    let (text, errors) = with_fixture!("malformed-event-date", "events.toml");
    let line = line_of(text, "2016/05", 1);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "date",
        Some("2016/05"),
        "malformed date",
    );
}

#[test]
fn impossible_source_date() {
    let (text, errors) = with_fixture!("impossible-source-date", "sources.csv");
    let line = line_of(text, "sd-14-governments,", 1);
    expect_one(
        &errors,
        "data/sources.csv",
        line,
        "date",
        Some("2022-11-31"),
        "November 2022 has 30 days",
    );
}

#[test]
fn malformed_report_date() {
    let (text, errors) = with_fixture!("malformed-report-date", "reports.toml");
    let line = line_of(text, "date = \"12 September 2022\"", 1);
    expect_one(
        &errors,
        "data/reports.toml",
        line,
        "date",
        Some("12 September 2022"),
        "malformed date",
    );
}

#[test]
fn station_without_source() {
    let (text, errors) = with_fixture!("station-without-source", "stations.csv");
    let line = line_of(text, "S040,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "sources",
        None,
        "station has no source",
    );
}

#[test]
fn event_without_source() {
    let (text, errors) = with_fixture!("event-without-source", "events.toml");
    let line = line_of(text, "sources = []", 1);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "sources",
        None,
        "event has no source",
    );
}

#[test]
fn station_citing_unknown_source() {
    let (text, errors) = with_fixture!("unknown-source-id", "stations.csv");
    let line = line_of(text, "S042,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "sources",
        Some("newsweek-2099-01-01"),
        "unknown source id",
    );
}

#[test]
fn event_citing_unknown_source() {
    let (text, errors) = with_fixture!("unknown-event-source", "events.toml");
    let line = line_of(text, "no-such-source", 1);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "sources",
        Some("no-such-source"),
        "unknown source id",
    );
}

#[test]
fn unknown_government_response() {
    let (text, errors) = with_fixture!("unknown-response", "events.toml");
    let line = line_of(text, "response = \"acted\"", 1);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "response",
        Some("acted"),
        "unknown response",
    );
}

#[test]
fn government_event_without_a_response() {
    let (text, errors) = with_fixture!("missing-response", "events.toml");
    let line = line_of(text, "kind = \"government\"", 1);
    expect_one(
        &errors,
        "data/events.toml",
        line,
        "response",
        Some("government"),
        "needs a response",
    );
}

#[test]
fn url_that_is_not_http() {
    let (text, errors) = with_fixture!("non-http-url", "sources.csv");
    let line = line_of(text, "wikipedia-stations,", 1);
    let value = "en.wikipedia.org/wiki/Chinese_police_overseas_service_stations";
    expect_one(
        &errors,
        "data/sources.csv",
        line,
        "url",
        Some(value),
        "http:// or https://",
    );
}

#[test]
fn located_plus_not_located_must_equal_report_total() {
    let (text, errors) = with_fixture!("report-total-mismatch", "reports.toml");
    let line = line_of(text, "stations_total = 54", 1);
    let shown = expect_one(
        &errors,
        "data/reports.toml",
        line,
        "stations_total",
        Some("54"),
        "not the report total",
    );
    assert!(
        shown.contains("(53)") && shown.contains("(2) = 55"),
        "{shown}"
    );
}

#[test]
fn countries_must_equal_report_total() {
    let (text, errors) = with_fixture!("country-total-mismatch", "reports.toml");
    let line = line_of(text, "countries_total = 52", 1);
    let shown = expect_one(
        &errors,
        "data/reports.toml",
        line,
        "countries_total",
        Some("52"),
        "not the report total",
    );
    assert!(shown.contains("(44)") && shown.contains("= 53"), "{shown}");
}

#[test]
fn unknown_listed_in_report() {
    let (text, errors) = with_fixture!("unknown-listed-in", "stations.csv");
    let line = line_of(text, "S045,", 1);
    expect_one(
        &errors,
        "data/stations.csv",
        line,
        "listed_in",
        Some("sep-2021"),
        "unknown report",
    );
}

#[test]
fn unknown_step_shows() {
    let (text, errors) = with_fixture!("unknown-shows", "story.toml");
    let line = line_of(text, "report:dec-2023", 1);
    expect_one(
        &errors,
        "data/story.toml",
        line,
        "shows",
        Some("report:dec-2023"),
        "unknown shows",
    );
}

#[test]
fn load_returns_the_first_error() {
    let mut files = DataFiles::embedded();
    files.stations = include_str!("fixtures/unknown-iso/stations.csv");
    let e = Dataset::load(&files).expect_err("fixture is broken");
    assert_eq!(e.field.as_deref(), Some("iso2"));
    let _: &dyn std::error::Error = &e;
}

#[test]
fn key_event_of_another_step() {
    let (text, errors) = with_fixture!("key-event-outside-step", "story.toml");
    let line = line_of(text, "key_events = [\"nantong-pilot-2016\"", 1);
    expect_one(
        &errors,
        "data/story.toml",
        line,
        "key_events",
        Some("report-110-overseas-2022-09-12"),
        "not dated within the step",
    );
}
