//! [`Dataset`]: everything the graphic shows, as parsed and validated from
//! `data/`, and the look-ups the view makes in it.

use serde::{Deserialize, Serialize};

use super::corrections::Correction;
use super::types::{Event, Report, Source, Station, Step};

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
