//! The records of the dataset: reports, stations, sources, events and story steps.

use serde::{Deserialize, Serialize};

use super::date::{PartialDate, Precision};
pub use super::vocab::{Confidence, EventKind, Jurisdiction, Response, Status};

/// Which Safeguard Defenders count a station belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListedIn {
    /// First listed in the report at this index of `Dataset::reports`.
    Report(usize),
    /// Reported elsewhere and not part of SD's count; never counted in a snapshot.
    Outside,
}

/// What a story step's bar chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Shows {
    /// Stations in SD's count whose known opening year is at or before this year.
    OpenedBy(u16),
    /// All stations listed up to and including the report at this index.
    Report(usize),
}

/// One Safeguard Defenders report (data/reports.toml).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Stable id, e.g. `sep-2022`.
    pub id: String,
    /// Full title.
    pub title: String,
    /// Short title for labels, e.g. "110 Overseas".
    pub short_title: String,
    /// Publisher (Safeguard Defenders).
    pub publisher: String,
    /// Publication date.
    pub date: PartialDate,
    /// Date of a later revision, if any.
    pub revised: Option<PartialDate>,
    /// Landing page or PDF.
    pub url: String,
    /// Source ids supporting the report's figures.
    pub sources: Vec<String>,
    /// Cumulative stations in SD's count after this report.
    pub stations_total: u32,
    /// Stations this report added.
    pub stations_added: u32,
    /// Cumulative host countries after this report.
    pub countries_total: u32,
    /// Cumulative stations in the count whose country the data cannot place.
    pub stations_not_located: u32,
    /// Cumulative host countries in the count that the data cannot name.
    pub countries_not_located: u32,
    /// Whether per-country counts after this report are known minimums.
    pub counts_are_minimums: bool,
    /// Bureaus the report covers.
    pub jurisdictions: Vec<Jurisdiction>,
    /// Own-words note (revisions, open questions).
    pub note: String,
}

/// One station or alleged site (a row of data/stations.csv).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Station {
    /// Stable id, e.g. `S001`.
    pub id: String,
    /// The country's name as readers see it (the ISO table's, or a translation).
    pub country: String,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// City or place, if known (may carry a qualifier in brackets).
    pub city: Option<String>,
    /// Latitude in degrees, if placed.
    pub lat: Option<f64>,
    /// Longitude in degrees, if placed.
    pub lon: Option<f64>,
    /// Running bureau.
    pub jurisdiction: Jurisdiction,
    /// Which count lists it.
    pub listed_in: ListedIn,
    /// Opening date, if known.
    pub opened: Option<PartialDate>,
    /// Status tags.
    pub status: Vec<Status>,
    /// Confidence in the row.
    pub confidence: Confidence,
    /// Source ids.
    pub sources: Vec<String>,
    /// Own-words note.
    pub notes: String,
    /// Line of the row in data/stations.csv.
    pub line: usize,
}

impl Station {
    /// Coordinates as `(lat, lon)`, if both are known.
    pub fn coords(&self) -> Option<(f64, f64)> {
        self.lat.zip(self.lon)
    }

    /// Whether the station is part of Safeguard Defenders' count.
    pub fn in_count(&self) -> bool {
        matches!(self.listed_in, ListedIn::Report(_))
    }
}

/// One cited source (a row of data/sources.csv).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id, e.g. `cnn-2022-12-04`.
    pub id: String,
    /// Headline or document title.
    pub title: String,
    /// Outlet or body.
    pub publisher: String,
    /// Publication date, if known.
    pub date: Option<PartialDate>,
    /// http(s) address.
    pub url: String,
    /// Own-words note (e.g. "access copy").
    pub note: String,
}

/// One dated moment of the timeline (data/events.toml).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id.
    pub id: String,
    /// Date (sorting uses its first day).
    pub date: PartialDate,
    /// How precisely the date is known.
    pub precision: Precision,
    /// Optional display text for the date ("25–26 October 2022").
    pub date_label: Option<String>,
    /// One line, at most 80 characters.
    pub headline: String,
    /// One or two sentences.
    pub summary: String,
    /// Kind of event.
    pub kind: EventKind,
    /// ISO alpha-2 codes of the countries concerned.
    pub countries: Vec<String>,
    /// What the governments of `countries` did, if the event records a response.
    pub response: Option<Response>,
    /// Source ids.
    pub sources: Vec<String>,
    /// Confidence.
    pub confidence: Confidence,
}

/// One step of the scrolling story (data/story.toml).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Stable id, e.g. `september`.
    pub id: String,
    /// Act 1, 2 or 3.
    pub act: u8,
    /// Date text shown to readers.
    pub date_label: String,
    /// Sort/tick date.
    pub date: PartialDate,
    /// One-line headline.
    pub headline: String,
    /// Two or three sentences.
    pub caption: String,
    /// What the bar chart shows.
    pub shows: Shows,
    /// The step's events start on or after this date's first day…
    pub events_from: PartialDate,
    /// …and on or before this date's last day.
    pub events_to: PartialDate,
    /// Source ids.
    pub sources: Vec<String>,
    /// Ids of the events shown in view (at most [`MAX_KEY_EVENTS`]); the
    /// others sit behind a disclosure. Empty: the step's first events.
    pub key_events: Vec<String>,
}

/// Most events a step shows in view.
pub const MAX_KEY_EVENTS: usize = 3;
