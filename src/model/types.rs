//! The records of the dataset and the small closed vocabularies they use.

use super::date::{PartialDate, Precision};

/// The Chinese local police bureau that runs a station, per the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Jurisdiction {
    /// Fuzhou city police (Fujian).
    Fuzhou,
    /// Qingtian county police (Lishui, Zhejiang).
    Qingtian,
    /// Nantong city police (Jiangsu).
    Nantong,
    /// Wenzhou city police (Zhejiang).
    Wenzhou,
    /// No source ties the station to a bureau.
    Unknown,
}

impl Jurisdiction {
    /// All values, in the order used by every `[u32; 5]` per-jurisdiction array.
    pub const ALL: [Jurisdiction; 5] = [
        Jurisdiction::Fuzhou,
        Jurisdiction::Qingtian,
        Jurisdiction::Nantong,
        Jurisdiction::Wenzhou,
        Jurisdiction::Unknown,
    ];

    /// Reader-facing name ("Fuzhou" … "Unknown").
    pub fn label(self) -> &'static str {
        match self {
            Jurisdiction::Fuzhou => "Fuzhou",
            Jurisdiction::Qingtian => "Qingtian",
            Jurisdiction::Nantong => "Nantong",
            Jurisdiction::Wenzhou => "Wenzhou",
            Jurisdiction::Unknown => "Unknown",
        }
    }

    /// Position in [`Jurisdiction::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parses the data-file spelling: `Fuzhou`, `Qingtian`, `Nantong`, `Wenzhou` or `unknown`.
    pub fn parse(s: &str) -> Option<Jurisdiction> {
        match s {
            "Fuzhou" => Some(Jurisdiction::Fuzhou),
            "Qingtian" => Some(Jurisdiction::Qingtian),
            "Nantong" => Some(Jurisdiction::Nantong),
            "Wenzhou" => Some(Jurisdiction::Wenzhou),
            "unknown" => Some(Jurisdiction::Unknown),
            _ => None,
        }
    }
}

/// How well a record is supported. Ordered from strongest to weakest, so `max()` is the weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    /// Stated by SD itself, an official body, or two or more independent mainstream outlets.
    Firm,
    /// One outlet only, or an outlet's summary of an SD report.
    Secondary,
    /// Reasoning that combines sources; no source states it outright.
    Inferred,
    /// A single weak or unclear source.
    Low,
}

impl Confidence {
    /// Reader-facing name ("Firm", "Secondary", "Inferred", "Low").
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Firm => "Firm",
            Confidence::Secondary => "Secondary",
            Confidence::Inferred => "Inferred",
            Confidence::Low => "Low",
        }
    }

    /// Parses the data-file spelling: `firm`, `secondary`, `inferred` or `low`.
    pub fn parse(s: &str) -> Option<Confidence> {
        match s {
            "firm" => Some(Confidence::Firm),
            "secondary" => Some(Confidence::Secondary),
            "inferred" => Some(Confidence::Inferred),
            "low" => Some(Confidence::Low),
            _ => None,
        }
    }
}

/// What has happened to a station since it was reported (the `status` tags of stations.csv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// A host-country authority said it was investigating, assessing or monitoring the site.
    Investigated,
    /// Police searched premises linked to the site.
    Searched,
    /// Criminal charges were brought over the site's operation.
    Charged,
    /// The host government ordered or demanded that the site close.
    OrderedClosed,
    /// Reported closed (by the host government, or by China's account to it).
    Closed,
    /// Said to have stopped operating, without a formal closure.
    Ceased,
    /// The host government or the operators deny that a station exists there.
    Denied,
    /// Authorities examined the site and reported no illegal activity or no fixed office.
    Reviewed,
}

impl Status {
    /// All tags, in display order.
    pub const ALL: [Status; 8] = [
        Status::Investigated,
        Status::Searched,
        Status::Charged,
        Status::OrderedClosed,
        Status::Closed,
        Status::Ceased,
        Status::Denied,
        Status::Reviewed,
    ];

    /// The data-file spelling (`ordered-closed` etc.).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Investigated => "investigated",
            Status::Searched => "searched",
            Status::Charged => "charged",
            Status::OrderedClosed => "ordered-closed",
            Status::Closed => "closed",
            Status::Ceased => "ceased",
            Status::Denied => "denied",
            Status::Reviewed => "reviewed",
        }
    }

    /// Reader-facing label ("Ordered closed" …).
    pub fn label(self) -> &'static str {
        match self {
            Status::Investigated => "Investigated",
            Status::Searched => "Searched",
            Status::Charged => "Charges brought",
            Status::OrderedClosed => "Ordered closed",
            Status::Closed => "Reported closed",
            Status::Ceased => "Reported inactive",
            Status::Denied => "Denied",
            Status::Reviewed => "Reviewed, nothing illegal found",
        }
    }

    /// Parses one data-file tag.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What kind of moment an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// Context that is not about the stations themselves.
    Background,
    /// A station or network being set up or announced.
    Setup,
    /// A Safeguard Defenders publication.
    Report,
    /// A host government, police or parliament acting or commenting.
    Government,
    /// A closure ordered, announced or confirmed.
    Closure,
    /// Charges, pleas, suits and verdicts.
    Court,
    /// A denial, mainly by China's foreign ministry.
    Denial,
}

impl EventKind {
    /// All kinds, in data-file order.
    pub const ALL: [EventKind; 7] = [
        EventKind::Background,
        EventKind::Setup,
        EventKind::Report,
        EventKind::Government,
        EventKind::Closure,
        EventKind::Court,
        EventKind::Denial,
    ];

    /// The data-file spelling (`background` …).
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Background => "background",
            EventKind::Setup => "setup",
            EventKind::Report => "report",
            EventKind::Government => "government",
            EventKind::Closure => "closure",
            EventKind::Court => "court",
            EventKind::Denial => "denial",
        }
    }

    /// Parses the data-file spelling.
    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the event counts as a host country responding (government, closure, court).
    pub fn is_response(self) -> bool {
        matches!(
            self,
            EventKind::Government | EventKind::Closure | EventKind::Court
        )
    }
}

/// Which Safeguard Defenders count a station belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListedIn {
    /// First listed in the report at this index of `Dataset::reports`.
    Report(usize),
    /// Reported elsewhere and not part of SD's count; never counted in a snapshot.
    Outside,
}

/// What a story step's bar chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shows {
    /// Stations in SD's count whose known opening year is at or before this year.
    OpenedBy(u16),
    /// All stations listed up to and including the report at this index.
    Report(usize),
}

/// One Safeguard Defenders report (data/reports.toml).
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Station {
    /// Stable id, e.g. `S001`.
    pub id: String,
    /// Country name as written (matches the ISO table or an alias).
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
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    /// Source ids.
    pub sources: Vec<String>,
    /// Confidence.
    pub confidence: Confidence,
}

impl Event {
    /// The date as readers see it: `date_label` if given, else the date's own label.
    pub fn display_date(&self) -> String {
        self.date_label.clone().unwrap_or_else(|| self.date.label())
    }
}

/// One step of the scrolling story (data/story.toml).
#[derive(Debug, Clone, PartialEq)]
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
}
