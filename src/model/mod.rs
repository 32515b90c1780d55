//! The dataset behind the graphic: Safeguard Defenders' reports, the stations they list,
//! the dated events around them, the sources, and the story steps. Pure Rust, no browser
//! dependencies; the files in `data/` are embedded at compile time and validated on load.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod corrections;
pub mod date;
pub mod error;
#[cfg(any(target_arch = "wasm32", test))]
mod generated;
pub mod iso;
pub mod order;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod parse_common;
#[cfg(not(target_arch = "wasm32"))]
mod parse_csv;
#[cfg(not(target_arch = "wasm32"))]
mod parse_story;
#[cfg(not(target_arch = "wasm32"))]
mod parse_toml;
pub mod snapshot;
#[cfg(test)]
mod tests;
pub mod types;
#[cfg(not(target_arch = "wasm32"))]
mod validate;
pub mod vocab;

pub use corrections::Correction;
pub use date::{PartialDate, Precision};
pub use error::DataError;
pub use snapshot::{CountryCount, Snapshot};
pub use types::{
    Confidence, Event, EventKind, Jurisdiction, ListedIn, Report, Response, Shows, Source, Station,
    Status, Step, MAX_KEY_EVENTS,
};

/// The text of the five data files.
#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(not(target_arch = "wasm32"))]
impl DataFiles<'static> {
    /// The files as embedded in the build from `data/`.
    pub fn embedded() -> Self {
        DataFiles {
            reports: include_str!("../../data/reports.toml"),
            stations: include_str!("../../data/stations.csv"),
            sources: include_str!("../../data/sources.csv"),
            events: include_str!("../../data/events.toml"),
            story: include_str!("../../data/story.toml"),
            corrections: include_str!("../../data/corrections.toml"),
        }
    }
}

/// Everything the graphic shows, parsed and validated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Safeguard Defenders' reports, in date order.
    pub reports: Vec<Report>,
    /// Every row of stations.csv, in file order (including sites outside SD's count).
    pub stations: Vec<Station>,
    /// Every source, in file order.
    pub sources: Vec<Source>,
    /// Every event, in file order (use `Snapshot::events` for date order).
    pub events: Vec<Event>,
    /// The story steps, in order.
    pub steps: Vec<Step>,
    /// The corrections and updates note, newest first.
    pub corrections: Vec<Correction>,
}

#[cfg(not(target_arch = "wasm32"))]
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
        fn items<T>(v: Vec<(T, parse_common::Lines)>) -> Vec<T> {
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

    /// The dataset embedded in the build, parsed and validated from `data/`.
    pub fn embedded() -> Result<Dataset, DataError> {
        Dataset::load(&DataFiles::embedded())
    }
}

#[cfg(target_arch = "wasm32")]
impl Dataset {
    /// The dataset embedded in the build: `build.rs` parsed and validated
    /// `data/` and wrote it in postcard, so the page parses no TOML or CSV.
    pub fn embedded() -> Result<Dataset, DataError> {
        generated::dataset()
            .ok_or_else(|| DataError::file("data/", "the embedded dataset could not be read back"))
    }
}

impl Dataset {
    /// The dataset without what the page never shows: the maintainers' notes
    /// on sources and reports (validated, but not shipped).
    pub fn into_shipped(mut self) -> Dataset {
        for source in &mut self.sources {
            source.note.clear();
        }
        for report in &mut self.reports {
            report.note.clear();
        }
        self
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The index of the story step with this id.
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// The index of the report with this id.
    pub fn report_index(&self, id: &str) -> Option<usize> {
        self.reports.iter().position(|r| r.id == id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The URLs of the given source ids, in order, skipping ids that do not resolve.
    pub fn source_urls(&self, ids: &[String]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.source(id))
            .map(|s| s.url.as_str())
            .collect()
    }
}
