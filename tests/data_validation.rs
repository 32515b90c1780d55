//! Native integration tests of data/: the embedded files load and reconcile with
//! Safeguard Defenders' totals, and every class of broken file is reported with its file,
//! line, field and offending value. Each broken file is a variant of the real one made in
//! memory (`support`): one field of one record, found by its id, changed; the other four
//! files are the real ones.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use overseas_stations::model::{
    iso, DataError, DataFiles, Dataset, Embedded, EventKind, Precision, Response, Snapshot,
};
use std::collections::HashSet;
use support::{
    csv_append_copy, csv_field, csv_set, toml_copy_record, toml_line, toml_remove, toml_set,
    toml_value, At, Variant,
};

/// Every error of data/ with `file` (its name in data/) replaced by `text`; none if valid.
fn errors_with(file: &str, text: &str) -> Vec<DataError> {
    let mut files = DataFiles::embedded();
    match file {
        "reports.toml" => files.reports = text,
        "stations.csv" => files.stations = text,
        "sources.csv" => files.sources = text,
        "events.toml" => files.events = text,
        "story.toml" => files.story = text,
        other => panic!("unknown data file {other}"),
    }
    Dataset::load_all(&files).err().unwrap_or_default()
}

/// The real text of a file of data/.
fn real(file: &str) -> &'static str {
    let files = DataFiles::embedded();
    match file {
        "reports.toml" => files.reports,
        "stations.csv" => files.stations,
        "sources.csv" => files.sources,
        "events.toml" => files.events,
        "story.toml" => files.story,
        other => panic!("unknown data file {other}"),
    }
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

// ---- Broken variants of the real files -------------------------------------------------

/// Asserts that `v`, a variant of `file`, gives exactly one error, on the variant's line,
/// with these parts; the error as displayed.
fn expect_variant(
    file: &str,
    v: &Variant,
    field: &str,
    value: Option<&str>,
    message: &str,
) -> String {
    let errors = errors_with(file, &v.text);
    expect_one(
        &errors,
        &format!("data/{file}"),
        v.line,
        field,
        value,
        message,
    )
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// Whether some step shows `id` among its key events.
fn is_key_event(d: &Dataset, id: &str) -> bool {
    d.steps.iter().any(|s| s.key_events.iter().any(|k| k == id))
}

#[test]
fn duplicate_station_id() {
    let d = data();
    let (first, second) = (&d.stations[0], &d.stations[1]);
    let v = csv_set(real("stations.csv"), &second.id, "id", &first.id);
    let message = format!("duplicate id (first used on line {})", first.line);
    expect_variant("stations.csv", &v, "id", Some(&first.id), &message);
}

#[test]
fn duplicate_source_id() {
    let id = &data().sources[0].id;
    let v = csv_append_copy(real("sources.csv"), id);
    expect_variant("sources.csv", &v, "id", Some(id), "duplicate id");
}

#[test]
fn duplicate_event_id() {
    let d = data();
    let id = &d.events[d.events.len() / 2].id;
    let v = toml_copy_record(real("events.toml"), At::Id(id));
    expect_variant("events.toml", &v, "id", Some(id), "duplicate id");
}

#[test]
fn duplicate_step_id() {
    let d = data();
    let (first, second) = (&d.steps[1].id, &d.steps[2].id);
    let v = toml_set(real("story.toml"), At::Id(second), "id", &quoted(first));
    expect_variant("story.toml", &v, "id", Some(first), "duplicate id");
}

#[test]
fn unknown_iso_code() {
    let id = &data().stations[0].id;
    let v = csv_set(real("stations.csv"), id, "iso2", "XX");
    let shown = expect_variant(
        "stations.csv",
        &v,
        "iso2",
        Some("XX"),
        "unknown ISO 3166 code",
    );
    assert_eq!(
        shown,
        format!(
            "data/stations.csv:{}: field \"iso2\": unknown ISO 3166 code \"XX\"",
            v.line
        )
    );
}

#[test]
fn country_name_not_matching_code() {
    let d = data();
    let station = &d.stations[0];
    let other = d.stations.iter().find(|s| s.iso2 != station.iso2).unwrap();
    let wrong = iso::name(&other.iso2).unwrap();
    let v = csv_set(real("stations.csv"), &station.id, "country", wrong);
    let expected = format!("expected \"{}\"", iso::name(&station.iso2).unwrap());
    expect_variant("stations.csv", &v, "country", Some(wrong), &expected);
}

#[test]
fn unknown_jurisdiction() {
    let id = &data().stations[0].id;
    let v = csv_set(real("stations.csv"), id, "jurisdiction", "Beijing");
    expect_variant(
        "stations.csv",
        &v,
        "jurisdiction",
        Some("Beijing"),
        "unknown jurisdiction",
    );
}

#[test]
fn latitude_out_of_range() {
    let d = data();
    let placed = d.stations.iter().find(|s| s.lat.is_some()).unwrap();
    let v = csv_set(real("stations.csv"), &placed.id, "lat", "159.33");
    expect_variant("stations.csv", &v, "lat", Some("159.33"), "out of range");
}

#[test]
fn longitude_without_latitude() {
    let d = data();
    let placed = d.stations.iter().find(|s| s.lon.is_some()).unwrap();
    let v = csv_set(real("stations.csv"), &placed.id, "lat", "");
    expect_variant(
        "stations.csv",
        &v,
        "lat",
        None,
        "lon is given but lat is empty",
    );
}

#[test]
fn impossible_opening_date() {
    let d = data();
    let dated = d.stations.iter().find(|s| s.opened.is_some()).unwrap();
    let bad = format!("{}-13", dated.opened.unwrap().year);
    let v = csv_set(real("stations.csv"), &dated.id, "opened", &bad);
    expect_variant("stations.csv", &v, "opened", Some(&bad), "impossible date");
}

#[test]
fn impossible_event_date() {
    let d = data();
    let event = d
        .events
        .iter()
        .find(|e| e.precision == Precision::Day && !is_key_event(&d, &e.id))
        .unwrap();
    let bad = format!("{}-04-31", event.date.year);
    let v = toml_set(
        real("events.toml"),
        At::Id(&event.id),
        "date",
        &quoted(&bad),
    );
    let message = format!("April {} has 30 days", event.date.year);
    expect_variant("events.toml", &v, "date", Some(&bad), &message);
}

#[test]
fn malformed_event_date() {
    let d = data();
    let event = d
        .events
        .iter()
        .find(|e| e.precision == Precision::Month && !is_key_event(&d, &e.id))
        .unwrap();
    let bad = format!("{}/{:02}", event.date.year, event.date.month.unwrap());
    let v = toml_set(
        real("events.toml"),
        At::Id(&event.id),
        "date",
        &quoted(&bad),
    );
    expect_variant("events.toml", &v, "date", Some(&bad), "malformed date");
}

#[test]
fn impossible_source_date() {
    let d = data();
    let dated = d.sources.iter().find(|s| s.date.is_some()).unwrap();
    let bad = format!("{}-11-31", dated.date.unwrap().year);
    let v = csv_set(real("sources.csv"), &dated.id, "date", &bad);
    let message = format!("November {} has 30 days", dated.date.unwrap().year);
    expect_variant("sources.csv", &v, "date", Some(&bad), &message);
}

#[test]
fn malformed_report_date() {
    let id = &data().reports[0].id;
    let bad = "12 September 2022";
    let v = toml_set(real("reports.toml"), At::Id(id), "date", &quoted(bad));
    expect_variant("reports.toml", &v, "date", Some(bad), "malformed date");
}

#[test]
fn station_without_source() {
    let id = &data().stations[0].id;
    let v = csv_set(real("stations.csv"), id, "sources", "");
    expect_variant("stations.csv", &v, "sources", None, "station has no source");
}

#[test]
fn event_without_source() {
    let id = &data().events[0].id;
    let v = toml_set(real("events.toml"), At::Id(id), "sources", "[]");
    expect_variant("events.toml", &v, "sources", None, "event has no source");
}

#[test]
fn station_citing_unknown_source() {
    let id = &data().stations[0].id;
    let cited = csv_field(real("stations.csv"), id, "sources");
    let with_unknown = format!("{cited};no-such-source");
    let v = csv_set(real("stations.csv"), id, "sources", &with_unknown);
    expect_variant(
        "stations.csv",
        &v,
        "sources",
        Some("no-such-source"),
        "unknown source id",
    );
}

#[test]
fn event_citing_unknown_source() {
    let id = &data().events[0].id;
    let at = At::Id(id);
    let cited = toml_value(real("events.toml"), at, "sources");
    let list = cited.strip_suffix(']').expect("a one-line list");
    let v = toml_set(
        real("events.toml"),
        at,
        "sources",
        &format!("{list}, \"no-such-source\"]"),
    );
    expect_variant(
        "events.toml",
        &v,
        "sources",
        Some("no-such-source"),
        "unknown source id",
    );
}

#[test]
fn unknown_government_response() {
    let d = data();
    let event = d.events.iter().find(|e| e.response.is_some()).unwrap();
    let v = toml_set(
        real("events.toml"),
        At::Id(&event.id),
        "response",
        &quoted("acted"),
    );
    expect_variant(
        "events.toml",
        &v,
        "response",
        Some("acted"),
        "unknown response",
    );
}

#[test]
fn government_event_without_a_response() {
    let d = data();
    let event = d
        .events
        .iter()
        .find(|e| e.kind == EventKind::Government && e.response.is_some())
        .unwrap();
    let at = At::Id(&event.id);
    let mut v = toml_remove(real("events.toml"), at, "response");
    v.line = toml_line(&v.text, at, "kind");
    expect_variant(
        "events.toml",
        &v,
        "response",
        Some("government"),
        "needs a response",
    );
}

#[test]
fn url_that_is_not_http() {
    let d = data();
    let source = d
        .sources
        .iter()
        .find(|s| s.url.starts_with("https://"))
        .unwrap();
    let bare = source.url.trim_start_matches("https://");
    let v = csv_set(real("sources.csv"), &source.id, "url", bare);
    expect_variant("sources.csv", &v, "url", Some(bare), "http:// or https://");
}

#[test]
fn located_plus_not_located_must_equal_report_total() {
    let d = data();
    let report = &d.reports[0];
    let located = report.stations_total - report.stations_not_located;
    let not_located = report.stations_not_located + 1;
    let v = toml_set(
        real("reports.toml"),
        At::Id(&report.id),
        "stations_not_located",
        &not_located.to_string(),
    );
    let errors = errors_with("reports.toml", &v.text);
    let total = report.stations_total.to_string();
    let line = toml_line(&v.text, At::Id(&report.id), "stations_total");
    let shown = expect_one(
        &errors,
        "data/reports.toml",
        line,
        "stations_total",
        Some(&total),
        "not the report total",
    );
    let sum = format!("({not_located}) = {}", located + not_located);
    assert!(
        shown.contains(&format!("({located})")) && shown.contains(&sum),
        "{shown}"
    );
}

#[test]
fn countries_must_equal_report_total() {
    let d = data();
    let report = d.reports.last().unwrap();
    let located = report.countries_total - report.countries_not_located;
    let wrong = (report.countries_total - 1).to_string();
    let v = toml_set(
        real("reports.toml"),
        At::Id(&report.id),
        "countries_total",
        &wrong,
    );
    let shown = expect_variant(
        "reports.toml",
        &v,
        "countries_total",
        Some(&wrong),
        "not the report total",
    );
    let sum = format!("= {}", report.countries_total);
    assert!(
        shown.contains(&format!("({located})")) && shown.contains(&sum),
        "{shown}"
    );
}

#[test]
fn unknown_listed_in_report() {
    let id = &data().stations[0].id;
    let v = csv_set(real("stations.csv"), id, "listed_in", "sep-2021");
    expect_variant(
        "stations.csv",
        &v,
        "listed_in",
        Some("sep-2021"),
        "unknown report",
    );
}

#[test]
fn unknown_step_shows() {
    let d = data();
    let id = &d.steps.last().unwrap().id;
    let bad = "report:no-such-report";
    let v = toml_set(real("story.toml"), At::Id(id), "shows", &quoted(bad));
    expect_variant("story.toml", &v, "shows", Some(bad), "unknown shows");
}

#[test]
fn load_returns_the_first_error() {
    let id = &data().stations[0].id;
    let v = csv_set(real("stations.csv"), id, "iso2", "XX");
    let mut files = DataFiles::embedded();
    files.stations = &v.text;
    let e = Dataset::load(&files).expect_err("the variant is broken");
    assert_eq!(e.field.as_deref(), Some("iso2"));
    assert_eq!(e.line, Some(v.line));
    let _: &dyn std::error::Error = &e;
}

#[test]
fn key_event_of_another_step() {
    let d = data();
    let (first, next) = (&d.steps[0], &d.steps[1]);
    let other = next
        .key_events
        .first()
        .expect("a key event of the second step");
    let v = toml_set(
        real("story.toml"),
        At::Id(&first.id),
        "key_events",
        &format!("[{}]", quoted(other)),
    );
    expect_variant(
        "story.toml",
        &v,
        "key_events",
        Some(other),
        "not dated within the step",
    );
}
