//! Parsing data/reports.toml and data/events.toml, with per-field checks.

use super::date::{PartialDate, Precision};
use super::error::{files, DataError};
use super::iso;
use super::parse_common::{check_unique, line_at, url_problem, Lines};
use super::types::{Confidence, Event, EventKind, Jurisdiction, Report, Response};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned as S;

/// Per-file helper: turns spans into lines and records errors.
pub(crate) struct Ctx<'a> {
    pub file: &'static str,
    pub text: &'a str,
    pub errors: &'a mut Vec<DataError>,
}

impl Ctx<'_> {
    pub(crate) fn line<T>(&self, s: &S<T>) -> usize {
        line_at(self.text, s.span().start)
    }

    pub(crate) fn err<T>(&mut self, at: &S<T>, field: &str, value: Option<&str>, msg: &str) {
        let line = self.line(at);
        let e = DataError::at(self.file, line, Some(field), value, msg);
        self.errors.push(e);
    }

    pub(crate) fn text(&mut self, s: &S<String>, field: &str) -> String {
        let v = s.get_ref().trim();
        if v.is_empty() {
            self.err(s, field, None, "empty value");
        }
        v.to_string()
    }

    pub(crate) fn date(&mut self, s: &S<String>, field: &str) -> Option<PartialDate> {
        PartialDate::parse(s.get_ref().trim())
            .map_err(|m| self.err(s, field, Some(s.get_ref()), &m))
            .ok()
    }

    pub(crate) fn confidence(&mut self, s: &S<String>) -> Confidence {
        Confidence::parse(s.get_ref()).unwrap_or_else(|| {
            let msg = "unknown confidence (allowed: firm, secondary, inferred, low)";
            self.err(s, "confidence", Some(s.get_ref()), msg);
            Confidence::Low
        })
    }

    pub(crate) fn sources(&mut self, s: &S<Vec<String>>, what: &str) -> Vec<String> {
        let list: Vec<String> = s.get_ref().iter().map(|x| x.trim().to_string()).collect();
        if list.iter().all(|x| x.is_empty()) {
            self.err(s, "sources", None, &format!("{what} has no source"));
        }
        list.into_iter().filter(|x| !x.is_empty()).collect()
    }

    pub(crate) fn lines(&self, id: &S<String>, fields: &[(&'static str, usize)]) -> Lines {
        Lines {
            record: self.line(id),
            fields: fields.to_vec(),
        }
    }
}

pub(crate) fn read<T: DeserializeOwned>(
    file: &str,
    text: &str,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    toml::from_str::<T>(text)
        .map_err(|e| {
            errors.push(DataError {
                file: file.to_string(),
                line: e.span().map(|s| line_at(text, s.start)),
                field: None,
                value: None,
                message: e.message().trim().to_string(),
            })
        })
        .ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportsFile {
    #[serde(default)]
    report: Vec<RawReport>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    id: S<String>,
    title: S<String>,
    short_title: S<String>,
    publisher: S<String>,
    date: S<String>,
    revised: Option<S<String>>,
    url: S<String>,
    sources: S<Vec<String>>,
    stations_total: S<u32>,
    stations_added: S<u32>,
    countries_total: S<u32>,
    stations_not_located: S<u32>,
    countries_not_located: S<u32>,
    counts_are_minimums: Option<S<bool>>,
    jurisdictions: S<Vec<String>>,
    note: Option<S<String>>,
}

/// Parses data/reports.toml.
pub(crate) fn reports(text: &str, errors: &mut Vec<DataError>) -> Option<Vec<(Report, Lines)>> {
    let file: ReportsFile = read(files::REPORTS, text, errors)?;
    let mut c = Ctx {
        file: files::REPORTS,
        text,
        errors,
    };
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for r in file.report {
        let line = c.line(&r.id);
        check_unique(&mut seen, c.file, r.id.get_ref(), line, c.errors);
        let url = r.url.get_ref().trim().to_string();
        if let Some(m) = url_problem(&url) {
            c.err(&r.url, "url", Some(&url), m);
        }
        let date = c.date(&r.date, "date");
        let revised = r.revised.as_ref().and_then(|s| c.date(s, "revised"));
        let mut jurisdictions = Vec::new();
        for j in r.jurisdictions.get_ref() {
            match Jurisdiction::parse(j).filter(|j| *j != Jurisdiction::Unknown) {
                Some(j) => jurisdictions.push(j),
                None => c.err(
                    &r.jurisdictions,
                    "jurisdictions",
                    Some(j),
                    "unknown jurisdiction",
                ),
            }
        }
        let fields = [
            ("date", c.line(&r.date)),
            ("sources", c.line(&r.sources)),
            ("stations_total", c.line(&r.stations_total)),
            ("stations_added", c.line(&r.stations_added)),
            ("countries_total", c.line(&r.countries_total)),
            ("stations_not_located", c.line(&r.stations_not_located)),
            ("countries_not_located", c.line(&r.countries_not_located)),
        ];
        let report = Report {
            id: r.id.get_ref().trim().to_string(),
            title: c.text(&r.title, "title"),
            short_title: c.text(&r.short_title, "short_title"),
            publisher: c.text(&r.publisher, "publisher"),
            date: date.unwrap_or(PartialDate::ymd(1900, 1, 1)),
            revised,
            url,
            sources: c.sources(&r.sources, "report"),
            stations_total: *r.stations_total.get_ref(),
            stations_added: *r.stations_added.get_ref(),
            countries_total: *r.countries_total.get_ref(),
            stations_not_located: *r.stations_not_located.get_ref(),
            countries_not_located: *r.countries_not_located.get_ref(),
            counts_are_minimums: r.counts_are_minimums.is_some_and(|b| *b.get_ref()),
            jurisdictions,
            note: r
                .note
                .map(|n| n.into_inner().trim().to_string())
                .unwrap_or_default(),
        };
        out.push((report, c.lines(&r.id, &fields)));
    }
    Some(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<RawEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: S<String>,
    date: S<String>,
    precision: S<String>,
    date_label: Option<S<String>>,
    headline: S<String>,
    summary: S<String>,
    kind: S<String>,
    countries: Option<S<Vec<String>>>,
    response: Option<S<String>>,
    sources: S<Vec<String>>,
    confidence: S<String>,
}

/// Longest allowed event headline, in characters.
pub const MAX_HEADLINE: usize = 80;

/// Parses data/events.toml.
pub(crate) fn events(text: &str, errors: &mut Vec<DataError>) -> Option<Vec<(Event, Lines)>> {
    let file: EventsFile = read(files::EVENTS, text, errors)?;
    let mut c = Ctx {
        file: files::EVENTS,
        text,
        errors,
    };
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for e in file.event {
        let line = c.line(&e.id);
        check_unique(&mut seen, c.file, e.id.get_ref(), line, c.errors);
        let date = c.date(&e.date, "date");
        let precision = Precision::parse(e.precision.get_ref()).unwrap_or_else(|| {
            let msg = "unknown precision (allowed: day, month, year, approximate)";
            c.err(&e.precision, "precision", Some(e.precision.get_ref()), msg);
            Precision::Approximate
        });
        if let Some(d) = date {
            if precision != Precision::Approximate && d.granularity() != precision {
                let msg = format!("date does not match precision \"{}\"", precision.as_str());
                c.err(&e.date, "date", Some(e.date.get_ref()), &msg);
            }
        }
        let headline = c.text(&e.headline, "headline");
        if headline.chars().count() > MAX_HEADLINE {
            let msg = format!("headline is longer than {MAX_HEADLINE} characters");
            c.err(&e.headline, "headline", Some(&headline), &msg);
        }
        let kind = EventKind::parse(e.kind.get_ref()).unwrap_or_else(|| {
            c.err(
                &e.kind,
                "kind",
                Some(e.kind.get_ref()),
                "unknown event kind",
            );
            EventKind::Background
        });
        let mut countries = Vec::new();
        if let Some(list) = &e.countries {
            for code in list.get_ref() {
                if iso::is_code(code) {
                    countries.push(code.clone());
                } else {
                    c.err(list, "countries", Some(code), "unknown ISO 3166 code");
                }
            }
        }
        let response = match &e.response {
            Some(r) => {
                let parsed = Response::parse(r.get_ref());
                if parsed.is_none() {
                    let msg = "unknown response (allowed: charges, closure, investigation, \
                        diplomatic, reported-by-sd, statement, denial, question)";
                    c.err(r, "response", Some(r.get_ref()), msg);
                } else if countries.is_empty() {
                    let msg = "a response needs the countries that gave it";
                    c.err(r, "response", Some(r.get_ref()), msg);
                }
                parsed
            }
            None => {
                if kind.needs_response() && !countries.is_empty() {
                    let msg = format!(
                        "a \"{}\" event naming countries needs a response",
                        kind.as_str()
                    );
                    c.err(&e.kind, "response", Some(kind.as_str()), &msg);
                }
                None
            }
        };
        let event = Event {
            id: e.id.get_ref().trim().to_string(),
            date: date.unwrap_or(PartialDate::ymd(1900, 1, 1)),
            precision,
            date_label: e.date_label.map(|s| s.into_inner().trim().to_string()),
            headline,
            summary: c.text(&e.summary, "summary"),
            kind,
            countries,
            response,
            sources: c.sources(&e.sources, "event"),
            confidence: c.confidence(&e.confidence),
        };
        let fields = [("sources", c.line(&e.sources)), ("date", c.line(&e.date))];
        out.push((event, c.lines(&e.id, &fields)));
    }
    Some(out)
}
