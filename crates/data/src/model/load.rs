//! Reading `data/`: the files' text ([`DataFiles`]), parsed and validated
//! into a [`Dataset`] with every problem found. Native only.

use super::corrections;
use super::dataset::Dataset;
use super::error::DataError;
use super::parse_common::Lines;
use super::{parse_csv, parse_story, parse_toml, validate};

/// The text of the six data files.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    /// data/reports.toml
    pub reports: &'a str,
    /// data/stations.csv
    pub stations: &'a str,
    /// data/sources.csv
    pub sources: &'a str,
    /// data/events.toml
    pub events: &'a str,
    /// data/story.toml
    pub story: &'a str,
    /// data/corrections.toml
    pub corrections: &'a str,
}

impl DataFiles<'static> {
    /// The files as embedded in the build from `data/`.
    pub fn embedded() -> Self {
        DataFiles {
            reports: include_str!("../../../../data/reports.toml"),
            stations: include_str!("../../../../data/stations.csv"),
            sources: include_str!("../../../../data/sources.csv"),
            events: include_str!("../../../../data/events.toml"),
            story: include_str!("../../../../data/story.toml"),
            corrections: include_str!("../../../../data/corrections.toml"),
        }
    }
}

impl Dataset {
    /// Parses and validates the files; returns the first problem found.
    pub fn load(files: &DataFiles) -> Result<Dataset, DataError> {
        Dataset::load_all(files).map_err(|mut errors| errors.remove(0))
    }

    /// Parses and validates the files; returns every problem found (never an empty list).
    pub fn load_all(files: &DataFiles) -> Result<Dataset, Vec<DataError>> {
        let mut errors = Vec::new();
        let reports = parse_toml::reports(files.reports, &mut errors);
        let sources = parse_csv::sources(files.sources, &mut errors);
        let events = parse_toml::events(files.events, &mut errors);
        let corrections = corrections::parse(files.corrections, &mut errors);
        let (stations, steps) = match &reports {
            Some(r) => {
                let ids: Vec<String> = r.iter().map(|(r, _)| r.id.clone()).collect();
                (
                    parse_csv::stations(files.stations, &ids, &mut errors),
                    parse_story::story(files.story, &ids, &mut errors),
                )
            }
            None => (None, None),
        };
        let (Some(reports), Some(stations), Some(sources), Some(events), Some(steps)) =
            (reports, stations, sources, events, steps)
        else {
            return Err(errors);
        };
        let Some(corrections) = corrections else {
            return Err(errors);
        };
        let parsed = validate::Parsed {
            reports,
            stations,
            sources,
            events,
            steps,
        };
        validate::check(&parsed, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        fn items<T>(v: Vec<(T, Lines)>) -> Vec<T> {
            v.into_iter().map(|(t, _)| t).collect()
        }
        Ok(Dataset {
            reports: items(parsed.reports),
            stations: items(parsed.stations),
            sources: items(parsed.sources),
            events: items(parsed.events),
            steps: items(parsed.steps),
            corrections,
        })
    }
}
