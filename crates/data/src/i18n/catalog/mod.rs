//! The story, the events, the station notes and the corrections note in other
//! languages: `data/lang/<tag>/story.toml`, `events.toml`, `stations.toml` and
//! `corrections.toml`, read and checked against the English (`data/story.toml`,
//! `data/events.toml`, the `notes` of `data/stations.csv`, `data/corrections.toml`). Native only: the build checks them, the page
//! never parses them.
//!
//! Shape (see data/README.md, "Translations"): one table per English id, holding
//! exactly the reader-facing text of that record.
//!
//! ```toml
//! [step.december]
//! date_label = "5 de diciembre de 2022"
//! headline = "…"
//! caption = "…"
//!
//! [event.ireland-closure-2022-10-25]
//! date_label = "25–26 de octubre de 2022"   # only where the English event has one
//! headline = "…"
//! summary = "…"
//! ```

mod check;

use super::Lang;
use crate::model::error::files;
use crate::model::{DataError, DataFiles, Dataset};
use check::{check, english_line, Spec};
use std::collections::BTreeMap;

/// One story step's words (`[step.<id>]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepText {
    /// The date as readers see it.
    pub date_label: String,
    /// One-line headline.
    pub headline: String,
    /// Two or three sentences.
    pub caption: String,
}

/// One event's words (`[event.<id>]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventText {
    /// Display text for the date, present exactly where the English has one.
    pub date_label: Option<String>,
    /// One line.
    pub headline: String,
    /// One or two sentences.
    pub summary: String,
}

/// A language's story, events and station notes, keyed by the English ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// The language the words are in.
    pub lang: Lang,
    /// Step words by step id.
    pub steps: BTreeMap<String, StepText>,
    /// Event words by event id.
    pub events: BTreeMap<String, EventText>,
    /// Each station's note (the detail panel's sentence) by station id.
    pub notes: BTreeMap<String, String>,
    /// Each correction's text by correction id.
    pub corrections: BTreeMap<String, String>,
}

/// The text of one language's four files.
#[derive(Debug, Clone, Copy)]
pub struct LangFiles<'a> {
    /// `data/lang/<tag>/story.toml`
    pub story: &'a str,
    /// `data/lang/<tag>/events.toml`
    pub events: &'a str,
    /// `data/lang/<tag>/stations.toml`
    pub stations: &'a str,
    /// `data/lang/<tag>/corrections.toml`
    pub corrections: &'a str,
}

impl LangFiles<'static> {
    /// `lang`'s files as embedded in the build; `None` for English, whose words
    /// are `data/story.toml` and `data/events.toml` themselves.
    pub fn embedded(lang: Lang) -> Option<Self> {
        let (story, events, stations, corrections) = match lang {
            Lang::En => return None,
            Lang::ZhHans => (
                include_str!("../../../../../data/lang/zh-Hans/story.toml"),
                include_str!("../../../../../data/lang/zh-Hans/events.toml"),
                include_str!("../../../../../data/lang/zh-Hans/stations.toml"),
                include_str!("../../../../../data/lang/zh-Hans/corrections.toml"),
            ),
            Lang::Es => (
                include_str!("../../../../../data/lang/es/story.toml"),
                include_str!("../../../../../data/lang/es/events.toml"),
                include_str!("../../../../../data/lang/es/stations.toml"),
                include_str!("../../../../../data/lang/es/corrections.toml"),
            ),
            Lang::It => (
                include_str!("../../../../../data/lang/it/story.toml"),
                include_str!("../../../../../data/lang/it/events.toml"),
                include_str!("../../../../../data/lang/it/stations.toml"),
                include_str!("../../../../../data/lang/it/corrections.toml"),
            ),
        };
        Some(LangFiles {
            story,
            events,
            stations,
            corrections,
        })
    }
}

/// Repository-relative path of one of `lang`'s files (`story.toml`, `events.toml`,
/// `stations.toml`, `corrections.toml`).
pub fn path(lang: Lang, file: &str) -> String {
    format!("data/lang/{}/{file}", lang.tag())
}

/// Takes `field` out of a record's words ("" if it was missing, already reported).
fn take(words: &mut BTreeMap<String, String>, field: &str) -> String {
    words.remove(field).unwrap_or_default()
}

impl Catalog {
    /// Reads `lang`'s files and checks them against the English: every step and
    /// event id present with each of its text fields, no other id or field, no
    /// empty value, no markup. Returns every problem, each with file, line and key.
    pub fn load(
        lang: Lang,
        english: &Dataset,
        english_files: &DataFiles,
        files: &LangFiles,
    ) -> Result<Catalog, Vec<DataError>> {
        let story = Spec {
            table: "step",
            english_file: files::STORY,
            records: english
                .steps
                .iter()
                .map(|s| {
                    let fields = vec!["date_label", "headline", "caption"];
                    (
                        s.id.as_str(),
                        fields,
                        english_line(english_files.story, &s.id),
                    )
                })
                .collect(),
        };
        let events = Spec {
            table: "event",
            english_file: files::EVENTS,
            records: english
                .events
                .iter()
                .map(|e| {
                    let mut fields = vec!["headline", "summary"];
                    if e.date_label.is_some() {
                        fields.insert(0, "date_label");
                    }
                    (
                        e.id.as_str(),
                        fields,
                        english_line(english_files.events, &e.id),
                    )
                })
                .collect(),
        };
        let stations = Spec {
            table: "station",
            english_file: files::STATIONS,
            records: english
                .stations
                .iter()
                .filter(|s| !s.notes.is_empty())
                .map(|s| (s.id.as_str(), vec!["notes"], s.line))
                .collect(),
        };
        let corrections = Spec {
            table: "correction",
            english_file: files::CORRECTIONS,
            records: english
                .corrections
                .iter()
                .map(|c| {
                    let line = english_line(english_files.corrections, &c.id);
                    (c.id.as_str(), vec!["text"], line)
                })
                .collect(),
        };
        let mut errors = Vec::new();
        let notes = check(
            &path(lang, "stations.toml"),
            files.stations,
            &stations,
            &mut errors,
        );
        let steps = check(&path(lang, "story.toml"), files.story, &story, &mut errors);
        let events = check(
            &path(lang, "events.toml"),
            files.events,
            &events,
            &mut errors,
        );
        let corrections = check(
            &path(lang, "corrections.toml"),
            files.corrections,
            &corrections,
            &mut errors,
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        let steps = steps
            .into_iter()
            .map(|(id, mut w)| {
                let text = StepText {
                    date_label: take(&mut w, "date_label"),
                    headline: take(&mut w, "headline"),
                    caption: take(&mut w, "caption"),
                };
                (id, text)
            })
            .collect();
        let events = events
            .into_iter()
            .map(|(id, mut w)| {
                let text = EventText {
                    date_label: w.remove("date_label"),
                    headline: take(&mut w, "headline"),
                    summary: take(&mut w, "summary"),
                };
                (id, text)
            })
            .collect();
        let notes = notes
            .into_iter()
            .map(|(id, mut w)| (id, take(&mut w, "notes")))
            .collect();
        let corrections = corrections
            .into_iter()
            .map(|(id, mut w)| (id, take(&mut w, "text")))
            .collect();
        Ok(Catalog {
            lang,
            steps,
            events,
            notes,
            corrections,
        })
    }

    /// `lang`'s embedded files checked against the embedded English; `None` for English.
    pub fn embedded(lang: Lang) -> Option<Result<Catalog, Vec<DataError>>> {
        let files = LangFiles::embedded(lang)?;
        let english_files = DataFiles::embedded();
        Some(match Dataset::load_all(&english_files) {
            Ok(english) => Catalog::load(lang, &english, &english_files, &files),
            Err(errors) => Err(errors),
        })
    }
}
