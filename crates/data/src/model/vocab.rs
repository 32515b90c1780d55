//! The small closed vocabularies of the data files: bureaus, confidence, status tags, event
//! kinds and government responses.

use serde::{Deserialize, Serialize};

/// The Chinese local police bureau that runs a station, per the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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

    /// Parses one data-file tag.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What kind of moment an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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

    /// Whether events of this kind must say which `Response` they record when they name countries.
    pub fn needs_response(self) -> bool {
        matches!(self, EventKind::Government | EventKind::Closure)
    }
}

/// What a host government did about the stations, as one event records it (the
/// `response` key of events.toml). Ordered from strongest to weakest, so `min()`
/// is the strongest; only the first four are official action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Response {
    /// Police or prosecutors arrested or charged someone over a site.
    Charges,
    /// The government ordered a site closed or confirmed that it closed.
    Closure,
    /// Police, prosecutors, intelligence or a ministry investigated, examined or monitored.
    Investigation,
    /// The government raised the matter with China (ambassador summoned, leaders' talks).
    Diplomatic,
    /// Safeguard Defenders says the government acted; no word of its own was found.
    ReportedBySd,
    /// An official statement without an action.
    Statement,
    /// The government said it knew of no such station.
    Denial,
    /// A member of parliament asked about the stations; nothing more.
    Question,
}

impl Response {
    /// All kinds, strongest first; `Strings::responses` follows this order.
    pub const ALL: [Response; 8] = [
        Response::Charges,
        Response::Closure,
        Response::Investigation,
        Response::Diplomatic,
        Response::ReportedBySd,
        Response::Statement,
        Response::Denial,
        Response::Question,
    ];

    /// The data-file spelling (`charges` … `question`).
    pub fn as_str(self) -> &'static str {
        match self {
            Response::Charges => "charges",
            Response::Closure => "closure",
            Response::Investigation => "investigation",
            Response::Diplomatic => "diplomatic",
            Response::ReportedBySd => "reported-by-sd",
            Response::Statement => "statement",
            Response::Denial => "denial",
            Response::Question => "question",
        }
    }

    /// Parses the data-file spelling.
    pub fn parse(s: &str) -> Option<Response> {
        Response::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Position in [`Response::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether this is official action by the host country, which the chart marks.
    pub fn is_official_action(self) -> bool {
        self <= Response::Diplomatic
    }
}
