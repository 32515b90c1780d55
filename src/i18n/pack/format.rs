//! The shape of a language's file ([`LangFile`]), as render-static writes it
//! with serde_json and the page reads it with serde-wasm-bindgen.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Event, Step};

/// The file format's name and version, the first field of every file.
pub const FORMAT: &str = "overseas-stations-lang/3";

/// A language's file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LangFile {
    /// Always [`FORMAT`]: a file of another shape is refused.
    pub format: String,
    /// The language's tag (`zh-Hans`, `es`, `it`, `en`).
    pub lang: String,
    /// Every field of [`crate::strings::Strings`] by key, its strings in order; empty in
    /// English's file, whose words are built in.
    #[serde(default)]
    pub interface: BTreeMap<String, Vec<String>>,
    /// Each story step's words.
    #[serde(default)]
    pub steps: Vec<StepWords>,
    /// Each event's words.
    #[serde(default)]
    pub events: Vec<EventWords>,
    /// Each station's note, by station id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Each entry of the corrections note, by its id.
    #[serde(default)]
    pub corrections: BTreeMap<String, String>,
    /// Country names by ISO alpha-2 code.
    #[serde(default)]
    pub countries: BTreeMap<String, String>,
    /// City names by their English name.
    #[serde(default)]
    pub cities: BTreeMap<String, String>,
}

/// A story step's words in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepWords {
    /// The step's id.
    pub id: String,
    /// Its date as readers see it.
    pub date_label: String,
    /// Its headline.
    pub headline: String,
    /// Its caption.
    pub caption: String,
}

/// An event's words in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventWords {
    /// The event's id.
    pub id: String,
    /// Its date as readers see it, if it has a label.
    pub date_label: Option<String>,
    /// Its headline.
    pub headline: String,
    /// Its summary.
    pub summary: String,
}

impl StepWords {
    /// The words of `step` as they are.
    pub fn of(step: &Step) -> StepWords {
        StepWords {
            id: step.id.clone(),
            date_label: step.date_label.clone(),
            headline: step.headline.clone(),
            caption: step.caption.clone(),
        }
    }
}

impl EventWords {
    /// The words of `event` as they are.
    pub fn of(event: &Event) -> EventWords {
        EventWords {
            id: event.id.clone(),
            date_label: event.date_label.clone(),
            headline: event.headline.clone(),
            summary: event.summary.clone(),
        }
    }
}
