//! A compact text form of a validated dataset: one record a line, fields split
//! by tabs, lists by the unit separator. `build.rs` writes it after validating
//! `data/`; the web build reads it with this small decoder instead of shipping
//! TOML and CSV parsers, and without tables of pointers in its data segment.

use super::{
    Confidence, Correction, Dataset, Event, EventKind, Jurisdiction, ListedIn, PartialDate,
    Precision, Report, Response, Shows, Source, Station, Status, Step,
};

const FIELD: char = '\t';
const ITEM: char = '\u{1f}';
const CONFIDENCE: [Confidence; 4] = [
    Confidence::Firm,
    Confidence::Secondary,
    Confidence::Inferred,
    Confidence::Low,
];

/// Writes `data` in the compact form (the inverse of [`decode`]), leaving out
/// what the page never shows: the maintainers' notes on sources and reports
/// (see [`as_shipped`]).
pub fn encode(data: &Dataset) -> String {
    let mut out = String::new();
    let mut line = |kind: &str, fields: Vec<String>| {
        out.push_str(kind);
        for f in fields {
            out.push(FIELD);
            out.push_str(&escape(&f));
        }
        out.push('\n');
    };
    let list = |v: &[String]| v.join(&ITEM.to_string());
    let date = |d: &Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    // Coordinates as whole millionths: the decoder then needs no float parser.
    let num = |n: &Option<f64>| {
        n.map(|n| ((n * 1e6).round() as i64).to_string())
            .unwrap_or_default()
    };
    for r in &data.reports {
        let jurisdictions: Vec<String> = r
            .jurisdictions
            .iter()
            .map(|j| j.index().to_string())
            .collect();
        line(
            "R",
            vec![
                r.id.clone(),
                r.title.clone(),
                r.short_title.clone(),
                r.publisher.clone(),
                r.date.to_string(),
                date(&r.revised),
                r.url.clone(),
                list(&r.sources),
                r.stations_total.to_string(),
                r.stations_added.to_string(),
                r.countries_total.to_string(),
                r.stations_not_located.to_string(),
                r.countries_not_located.to_string(),
                u8::from(r.counts_are_minimums).to_string(),
                list(&jurisdictions),
                String::new(), // the note: not shipped, see `as_shipped`
            ],
        );
    }
    for s in &data.stations {
        let status: Vec<String> = s
            .status
            .iter()
            .map(|x| status_index(*x).to_string())
            .collect();
        let listed = match s.listed_in {
            ListedIn::Report(i) => i.to_string(),
            ListedIn::Outside => String::new(),
        };
        line(
            "S",
            vec![
                s.id.clone(),
                s.country.clone(),
                s.iso2.clone(),
                s.city.clone().unwrap_or_default(),
                num(&s.lat),
                num(&s.lon),
                s.jurisdiction.index().to_string(),
                listed,
                date(&s.opened),
                list(&status),
                (s.confidence as usize).to_string(),
                list(&s.sources),
                s.notes.clone(),
                s.line.to_string(),
            ],
        );
    }
    for s in &data.sources {
        line(
            "O",
            vec![
                s.id.clone(),
                s.title.clone(),
                s.publisher.clone(),
                date(&s.date),
                s.url.clone(),
            ],
        );
    }
    for e in &data.events {
        let kind = EventKind::ALL
            .iter()
            .position(|k| *k == e.kind)
            .unwrap_or(0);
        line(
            "E",
            vec![
                e.id.clone(),
                e.date.to_string(),
                e.precision.as_str().to_owned(),
                e.date_label.clone().unwrap_or_default(),
                e.headline.clone(),
                e.summary.clone(),
                kind.to_string(),
                list(&e.countries),
                list(&e.sources),
                (e.confidence as usize).to_string(),
                e.response.map_or(String::new(), |r| r.index().to_string()),
            ],
        );
    }
    for s in &data.steps {
        let shows = match s.shows {
            Shows::OpenedBy(year) => format!("y{year}"),
            Shows::Report(i) => format!("r{i}"),
        };
        line(
            "T",
            vec![
                s.id.clone(),
                s.act.to_string(),
                s.date_label.clone(),
                s.date.to_string(),
                s.headline.clone(),
                s.caption.clone(),
                shows,
                s.events_from.to_string(),
                s.events_to.to_string(),
                list(&s.sources),
                list(&s.key_events),
            ],
        );
    }
    for c in &data.corrections {
        line("C", vec![c.id.clone(), c.date.to_string(), c.text.clone()]);
    }
    out
}

/// `data` as the page receives it: the maintainers' notes on sources (how a title or
/// an access copy was chosen) and on reports (the page shows neither) are not shipped.
pub fn as_shipped(mut data: Dataset) -> Dataset {
    for source in &mut data.sources {
        source.note.clear();
    }
    for report in &mut data.reports {
        report.note.clear();
    }
    data
}

fn status_index(status: Status) -> usize {
    Status::ALL.iter().position(|s| *s == status).unwrap_or(0)
}

/// `field` with backslash, tab, newline and the unit separator escaped.
pub(crate) fn escape(field: &str) -> String {
    field
        .replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace(ITEM, "\\u")
}

/// The inverse of [`escape`].
pub(crate) fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('u') => out.push(ITEM),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The fields of one line, unescaped, with typed accessors.
struct Fields(Vec<String>);

impl Fields {
    fn text(&self, i: usize) -> Option<String> {
        self.0.get(i).cloned()
    }
    fn optional(&self, i: usize) -> Option<Option<String>> {
        self.text(i).map(|s| (!s.is_empty()).then_some(s))
    }
    fn number<T: std::str::FromStr>(&self, i: usize) -> Option<T> {
        self.0.get(i)?.parse().ok()
    }
    fn date(&self, i: usize) -> Option<PartialDate> {
        PartialDate::parse(self.0.get(i)?).ok()
    }
    fn optional_date(&self, i: usize) -> Option<Option<PartialDate>> {
        match self.0.get(i)?.as_str() {
            "" => Some(None),
            s => PartialDate::parse(s).ok().map(Some),
        }
    }
    fn list(&self, i: usize) -> Option<Vec<String>> {
        let field = self.0.get(i)?;
        Some(if field.is_empty() {
            Vec::new()
        } else {
            field.split(ITEM).map(str::to_owned).collect()
        })
    }
    fn indices<T: Copy>(&self, i: usize, table: &[T]) -> Option<Vec<T>> {
        self.list(i)?
            .iter()
            .map(|n| n.parse::<usize>().ok().and_then(|n| table.get(n).copied()))
            .collect()
    }
    fn index<T: Copy>(&self, i: usize, table: &[T]) -> Option<T> {
        table.get(self.number::<usize>(i)?).copied()
    }
    fn coordinate(&self, i: usize) -> Option<Option<f64>> {
        match self.0.get(i)?.as_str() {
            "" => Some(None),
            s => s.parse::<i64>().ok().map(|m| Some(m as f64 / 1e6)),
        }
    }
}

/// Reads the compact form; `None` if any line is malformed (the build wrote it,
/// so this means the decoder and encoder disagree).
pub fn decode(text: &str) -> Option<Dataset> {
    let mut data = Dataset {
        reports: Vec::new(),
        stations: Vec::new(),
        sources: Vec::new(),
        events: Vec::new(),
        steps: Vec::new(),
        corrections: Vec::new(),
    };
    for line in text.lines().filter(|l| !l.is_empty()) {
        let mut parts = line.split(FIELD);
        let kind = parts.next()?;
        let f = Fields(parts.map(unescape).collect());
        match kind {
            "R" => data.reports.push(Report {
                id: f.text(0)?,
                title: f.text(1)?,
                short_title: f.text(2)?,
                publisher: f.text(3)?,
                date: f.date(4)?,
                revised: f.optional_date(5)?,
                url: f.text(6)?,
                sources: f.list(7)?,
                stations_total: f.number(8)?,
                stations_added: f.number(9)?,
                countries_total: f.number(10)?,
                stations_not_located: f.number(11)?,
                countries_not_located: f.number(12)?,
                counts_are_minimums: f.text(13)? == "1",
                jurisdictions: f.indices(14, &Jurisdiction::ALL)?,
                note: f.text(15)?,
            }),
            "S" => data.stations.push(Station {
                id: f.text(0)?,
                country: f.text(1)?,
                iso2: f.text(2)?,
                city: f.optional(3)?,
                lat: f.coordinate(4)?,
                lon: f.coordinate(5)?,
                jurisdiction: f.index(6, &Jurisdiction::ALL)?,
                listed_in: match f.text(7)?.as_str() {
                    "" => ListedIn::Outside,
                    n => ListedIn::Report(n.parse().ok()?),
                },
                opened: f.optional_date(8)?,
                status: f.indices(9, &Status::ALL)?,
                confidence: f.index(10, &CONFIDENCE)?,
                sources: f.list(11)?,
                notes: f.text(12)?,
                line: f.number(13)?,
            }),
            "O" => data.sources.push(Source {
                id: f.text(0)?,
                title: f.text(1)?,
                publisher: f.text(2)?,
                date: f.optional_date(3)?,
                url: f.text(4)?,
                note: String::new(),
            }),
            "E" => data.events.push(Event {
                id: f.text(0)?,
                date: f.date(1)?,
                precision: Precision::parse(&f.text(2)?)?,
                date_label: f.optional(3)?,
                headline: f.text(4)?,
                summary: f.text(5)?,
                kind: f.index(6, &EventKind::ALL)?,
                countries: f.list(7)?,
                sources: f.list(8)?,
                confidence: f.index(9, &CONFIDENCE)?,
                response: match f.text(10)?.as_str() {
                    "" => None,
                    _ => Some(f.index(10, &Response::ALL)?),
                },
            }),
            "T" => data.steps.push(Step {
                id: f.text(0)?,
                act: f.number(1)?,
                date_label: f.text(2)?,
                date: f.date(3)?,
                headline: f.text(4)?,
                caption: f.text(5)?,
                shows: {
                    let shows = f.text(6)?;
                    match shows.split_at(1) {
                        ("y", year) => Shows::OpenedBy(year.parse().ok()?),
                        ("r", i) => Shows::Report(i.parse().ok()?),
                        _ => return None,
                    }
                },
                events_from: f.date(7)?,
                events_to: f.date(8)?,
                sources: f.list(9)?,
                key_events: f.list(10)?,
            }),
            "C" => data.corrections.push(Correction {
                id: f.text(0)?,
                date: f.date(1)?,
                text: f.text(2)?,
            }),
            _ => return None,
        }
    }
    Some(data)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::DataFiles;
    use super::*;

    #[test]
    fn the_compact_form_round_trips_the_embedded_data() {
        let parsed = Dataset::load(&DataFiles::embedded()).expect("data/ is valid");
        assert_eq!(decode(&encode(&parsed)), Some(as_shipped(parsed)));
    }

    #[test]
    fn separators_inside_fields_survive() {
        for text in ["a\tb", "line\nbreak", "back\\slash", "unit\u{1f}sep", "\\t"] {
            assert_eq!(unescape(&escape(text)), text);
        }
    }

    #[test]
    fn malformed_lines_are_refused() {
        assert_eq!(decode("X\tfoo\n"), None);
        assert_eq!(decode("O\tonly-an-id\n"), None);
    }
}
