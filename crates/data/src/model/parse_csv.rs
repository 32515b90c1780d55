//! Parsing data/sources.csv and data/stations.csv into records, with per-field checks.

use super::date::{PartialDate, Precision};
use super::error::{files, DataError};
use super::iso;
use super::parse_common::{check_unique, split_list, url_problem, Lines};
use super::types::{Confidence, Jurisdiction, ListedIn, Source, Station, Status};
use std::collections::HashMap;

/// A CSV file read into rows, with column lookup by header name.
struct Table {
    headers: Vec<String>,
    rows: Vec<(usize, csv::StringRecord)>,
}

impl Table {
    fn read(
        file: &'static str,
        text: &str,
        required: &[&str],
        errors: &mut Vec<DataError>,
    ) -> Option<Table> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
            Err(e) => {
                errors.push(DataError::at(
                    file,
                    1,
                    None,
                    None,
                    format!("bad header: {e}"),
                ));
                return None;
            }
        };
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| !headers.iter().any(|h| h == c))
            .collect();
        if !missing.is_empty() {
            let msg = format!("header is missing column(s): {}", missing.join(", "));
            errors.push(DataError::at(file, 1, None, None, msg));
            return None;
        }
        let mut rows = Vec::new();
        for rec in reader.records() {
            match rec {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| p.line() as usize);
                    rows.push((line, r));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as usize);
                    errors.push(DataError::at(file, line, None, None, e.to_string()));
                    return None;
                }
            }
        }
        Some(Table { headers, rows })
    }

    /// The trimmed value of column `name` in `rec`.
    fn get<'r>(&self, rec: &'r csv::StringRecord, name: &str) -> &'r str {
        let i = self.headers.iter().position(|h| h == name);
        i.and_then(|i| rec.get(i)).unwrap_or("").trim()
    }
}

/// Parses data/sources.csv.
pub(crate) fn sources(text: &str, errors: &mut Vec<DataError>) -> Option<Vec<(Source, Lines)>> {
    const COLS: [&str; 6] = ["id", "title", "publisher", "date", "url", "note"];
    let f = files::SOURCES;
    let t = Table::read(f, text, &COLS, errors)?;
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for (line, rec) in &t.rows {
        let line = *line;
        let err = |field: &str, value: &str, msg: &str| {
            DataError::at(f, line, Some(field), Some(value), msg)
        };
        let id = t.get(rec, "id");
        check_unique(&mut seen, f, id, line, errors);
        for field in ["title", "publisher"] {
            if t.get(rec, field).is_empty() {
                errors.push(DataError::at(f, line, Some(field), None, "empty value"));
            }
        }
        let raw_date = t.get(rec, "date");
        let date = match raw_date {
            "" => None,
            d => PartialDate::parse(d)
                .map_err(|m| errors.push(err("date", d, &m)))
                .ok(),
        };
        let url = t.get(rec, "url");
        if let Some(m) = url_problem(url) {
            errors.push(err("url", url, m));
        }
        let source = Source {
            id: id.to_string(),
            title: t.get(rec, "title").to_string(),
            publisher: t.get(rec, "publisher").to_string(),
            date,
            url: url.to_string(),
            note: t.get(rec, "note").to_string(),
        };
        out.push((
            source,
            Lines {
                record: line,
                fields: vec![],
            },
        ));
    }
    Some(out)
}

/// Parses data/stations.csv; `reports` are the report ids, in file order.
pub(crate) fn stations(
    text: &str,
    reports: &[String],
    errors: &mut Vec<DataError>,
) -> Option<Vec<(Station, Lines)>> {
    const COLS: [&str; 13] = [
        "id",
        "country",
        "iso2",
        "city",
        "lat",
        "lon",
        "jurisdiction",
        "listed_in",
        "opened",
        "status",
        "confidence",
        "sources",
        "notes",
    ];
    let f = files::STATIONS;
    let t = Table::read(f, text, &COLS, errors)?;
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for (line, rec) in &t.rows {
        let line = *line;
        let err = |field: &str, value: &str, msg: &str| {
            DataError::at(f, line, Some(field), Some(value), msg)
        };
        let get = |name: &str| t.get(rec, name);
        check_unique(&mut seen, f, get("id"), line, errors);

        let (country, iso2) = (get("country"), get("iso2"));
        if !iso::is_code(iso2) {
            errors.push(err("iso2", iso2, "unknown ISO 3166 code"));
        } else if !iso::name_matches(iso2, country) {
            let expected = iso::name(iso2).unwrap_or_default();
            let msg = format!("country name does not match ISO code {iso2} (expected \"{expected}\" or a listed alias)");
            errors.push(err("country", country, &msg));
        }
        let coord = |field: &str, max: f64, errors: &mut Vec<DataError>| -> Option<f64> {
            let raw = get(field);
            if raw.is_empty() {
                return None;
            }
            match raw.parse::<f64>() {
                Ok(v) if v.is_finite() && v.abs() <= max => Some(v),
                Ok(_) => {
                    let msg = format!("out of range (-{max} to {max})");
                    errors.push(err(field, raw, &msg));
                    None
                }
                Err(_) => {
                    errors.push(err(field, raw, "not a number"));
                    None
                }
            }
        };
        let lat = coord("lat", 90.0, errors);
        let lon = coord("lon", 180.0, errors);
        match (get("lat").is_empty(), get("lon").is_empty()) {
            (false, true) => {
                let msg = "lat is given but lon is empty (give both or neither)";
                errors.push(DataError::at(f, line, Some("lon"), None, msg));
            }
            (true, false) => {
                let msg = "lon is given but lat is empty (give both or neither)";
                errors.push(DataError::at(f, line, Some("lat"), None, msg));
            }
            _ => {}
        }
        let jurisdiction = Jurisdiction::parse(get("jurisdiction")).unwrap_or_else(|| {
            let msg = "unknown jurisdiction (allowed: Fuzhou, Qingtian, Nantong, Wenzhou, unknown)";
            errors.push(err("jurisdiction", get("jurisdiction"), msg));
            Jurisdiction::Unknown
        });
        let listed_in = match get("listed_in") {
            "outside" => ListedIn::Outside,
            r => match reports.iter().position(|id| id == r) {
                Some(i) => ListedIn::Report(i),
                None => {
                    let msg = format!("unknown report (allowed: {}, outside)", reports.join(", "));
                    errors.push(err("listed_in", r, &msg));
                    ListedIn::Outside
                }
            },
        };
        let opened = match get("opened") {
            "" => None,
            o => match PartialDate::parse(o) {
                Ok(d) if d.granularity() == Precision::Day => {
                    errors.push(err("opened", o, "opened takes YYYY or YYYY-MM"));
                    None
                }
                Ok(d) => Some(d),
                Err(m) => {
                    errors.push(err("opened", o, &m));
                    None
                }
            },
        };
        let mut status = Vec::new();
        for tag in split_list(get("status")) {
            match Status::parse(&tag) {
                Some(s) if !status.contains(&s) => status.push(s),
                Some(_) => errors.push(err("status", &tag, "repeated status tag")),
                None => errors.push(err("status", &tag, "unknown status tag")),
            }
        }
        let confidence = Confidence::parse(get("confidence")).unwrap_or_else(|| {
            let msg = "unknown confidence (allowed: firm, secondary, inferred, low)";
            errors.push(err("confidence", get("confidence"), msg));
            Confidence::Low
        });
        let sources = split_list(get("sources"));
        if sources.is_empty() {
            errors.push(DataError::at(
                f,
                line,
                Some("sources"),
                None,
                "station has no source",
            ));
        }
        let city = Some(get("city").to_string()).filter(|c| !c.is_empty());
        let station = Station {
            id: get("id").to_string(),
            // The name readers see: ISO's, whichever alias the file used.
            country: iso::name(iso2).unwrap_or(country).to_string(),
            iso2: iso2.to_string(),
            city,
            lat,
            lon,
            jurisdiction,
            listed_in,
            opened,
            status,
            confidence,
            sources,
            notes: get("notes").to_string(),
            line,
        };
        out.push((
            station,
            Lines {
                record: line,
                fields: vec![],
            },
        ));
    }
    Some(out)
}
