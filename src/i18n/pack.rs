//! A language's file for the page: its interface words and the dataset's
//! words in that language (story steps, events, station notes, corrections,
//! country and city names), as JSON the page fetches when a reader asks for the language
//! (`lang/<tag>.<hash>.json`) and lays over the English it has built in.
//!
//! [`LangFile`] is the file's shape: render-static writes it with serde_json,
//! the page reads it with serde-wasm-bindgen (the browser parses the JSON),
//! and [`LangFile::apply`] lays it over the built-in English.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Lang;
use crate::model::Dataset;
use crate::strings::Strings;

/// The `<meta name>` that lists, in every page, each language's file
/// (`zh-Hans=lang/zh-Hans.<hash>.json es=…`), written by render-static.
pub const FILES_META: &str = "overseas-stations-languages";
/// The file format's name and version, the first field of every file.
pub const FORMAT: &str = "overseas-stations-lang/3";

/// A language's file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LangFile {
    /// Always [`FORMAT`]: a file of another shape is refused.
    pub format: String,
    /// The language's tag (`zh-Hans`, `es`, `it`, `en`).
    pub lang: String,
    /// Every field of [`Strings`] by key, its strings in order; empty in
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
    pub fn of(step: &crate::model::Step) -> StepWords {
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
    pub fn of(event: &crate::model::Event) -> EventWords {
        EventWords {
            id: event.id.clone(),
            date_label: event.date_label.clone(),
            headline: event.headline.clone(),
            summary: event.summary.clone(),
        }
    }
}

impl LangFile {
    /// The file of `strings` and `translated` (the English `english` in that
    /// language, as [`translate`] makes it).
    pub fn new(strings: &Strings, english: &Dataset, translated: &Dataset) -> LangFile {
        let mut file = LangFile::notes_only(strings.lang, translated);
        file.interface = strings
            .parts()
            .into_iter()
            .map(|(key, values)| {
                (
                    key.to_string(),
                    values.iter().map(|v| v.to_string()).collect(),
                )
            })
            .collect();
        file.steps = translated.steps.iter().map(StepWords::of).collect();
        file.events = translated.events.iter().map(EventWords::of).collect();
        for (en, ours) in english.stations.iter().zip(&translated.stations) {
            file.countries.insert(en.iso2.clone(), ours.country.clone());
            if let (Some(a), Some(b)) = (&en.city, &ours.city) {
                file.cities.entry(a.clone()).or_insert_with(|| b.clone());
            }
        }
        file
    }

    /// A file with only `data`'s station notes and corrections: English's,
    /// whose other words the page has built in (its wasm leaves these out).
    pub fn notes_only(lang: Lang, data: &Dataset) -> LangFile {
        LangFile {
            format: FORMAT.to_string(),
            lang: lang.tag().to_string(),
            notes: data
                .stations
                .iter()
                .map(|s| (s.id.clone(), s.notes.clone()))
                .collect(),
            corrections: data
                .corrections
                .iter()
                .map(|c| (c.id.clone(), c.text.clone()))
                .collect(),
            ..LangFile::default()
        }
    }

    /// The language's words and `english` (a fresh copy of the built-in
    /// English dataset) in that language. `None` if the file is not one of
    /// this build's shape (another format, another build's fields, steps or
    /// events), so that the page stays in English. The words live as long as
    /// the page (a language is read once).
    pub fn apply(mut self, english: Dataset) -> Option<(&'static Strings, Dataset)> {
        if self.format != FORMAT {
            return None;
        }
        let lang = Lang::parse(&self.lang)?;
        // English's own file brings only the notes: its words are built in.
        let notes_only = lang == Lang::En && self.interface.is_empty();
        if !notes_only {
            let steps_match = english
                .steps
                .iter()
                .map(|s| &s.id)
                .eq(self.steps.iter().map(|s| &s.id));
            let events_match = english
                .events
                .iter()
                .map(|e| &e.id)
                .eq(self.events.iter().map(|e| &e.id));
            if !(steps_match && events_match) {
                return None;
            }
        }
        let strings: &'static Strings = if notes_only {
            &crate::strings::EN
        } else {
            Box::leak(Box::new(interface(
                lang,
                std::mem::take(&mut self.interface),
            )?))
        };
        Some((strings, self.lay_over(english)))
    }

    /// `data` with this file's words laid over it: the steps' and events'
    /// (in order, as many as the file has), and the notes, corrections,
    /// countries and cities it names. The page and the build both go through
    /// here.
    fn lay_over(self, mut data: Dataset) -> Dataset {
        for (step, words) in data.steps.iter_mut().zip(self.steps) {
            (step.date_label, step.headline, step.caption) =
                (words.date_label, words.headline, words.caption);
        }
        for (event, words) in data.events.iter_mut().zip(self.events) {
            (event.date_label, event.headline, event.summary) =
                (words.date_label, words.headline, words.summary);
        }
        for correction in &mut data.corrections {
            if let Some(text) = self.corrections.get(&correction.id) {
                correction.text.clone_from(text);
            }
        }
        for station in &mut data.stations {
            if let Some(note) = self.notes.get(&station.id) {
                station.notes.clone_from(note);
            }
            if let Some(name) = self.countries.get(&station.iso2) {
                station.country.clone_from(name);
            }
            // Each station's city by its English name, once (a local name
            // that is another city's English name is not translated twice).
            if let Some(name) = station.city.as_ref().and_then(|c| self.cities.get(c)) {
                station.city = Some(name.clone());
            }
        }
        data
    }
}

/// The interface table of `lang` from a file's fields: every key of
/// [`Strings::KEYS`], each with as many strings as the English; else `None`.
fn interface(lang: Lang, mut fields: BTreeMap<String, Vec<String>>) -> Option<Strings> {
    if fields.len() != Strings::KEYS.len() {
        return None;
    }
    let mut values: Vec<&'static str> = Vec::new();
    for key in Strings::KEYS {
        let field = fields.remove(*key)?;
        values.extend(
            field
                .into_iter()
                .map(|v| -> &'static str { Box::leak(v.into_boxed_str()) }),
        );
    }
    Strings::from_flat(lang, &values)
}

/// `english` in the words of a language: its story steps, events, station
/// notes, corrections, country names (Unicode CLDR's, by ISO code) and city names. Figures, ids, dates and
/// sources stay as they are.
#[cfg(not(target_arch = "wasm32"))]
pub fn translate(
    english: &Dataset,
    catalog: &super::catalog::Catalog,
    countries: &BTreeMap<String, String>,
    cities: &BTreeMap<String, String>,
) -> Dataset {
    // The catalog's words as a language file (a step or event it lacks keeps
    // its English), laid over the English as the page lays the file.
    let file = LangFile {
        steps: english
            .steps
            .iter()
            .map(|s| match catalog.steps.get(&s.id) {
                Some(t) => StepWords {
                    id: s.id.clone(),
                    date_label: t.date_label.clone(),
                    headline: t.headline.clone(),
                    caption: t.caption.clone(),
                },
                None => StepWords::of(s),
            })
            .collect(),
        events: english
            .events
            .iter()
            .map(|e| match catalog.events.get(&e.id) {
                Some(t) => EventWords {
                    id: e.id.clone(),
                    date_label: t.date_label.clone(),
                    headline: t.headline.clone(),
                    summary: t.summary.clone(),
                },
                None => EventWords::of(e),
            })
            .collect(),
        notes: catalog.notes.clone(),
        corrections: catalog.corrections.clone(),
        countries: countries.clone(),
        cities: cities.clone(),
        ..LangFile::default()
    };
    file.lay_over(english.clone())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::strings::EN;

    fn shipped() -> Dataset {
        Dataset::embedded().unwrap().into_shipped()
    }

    /// `file` written as the build writes it and read as the page reads it.
    fn round_trip(file: &LangFile) -> LangFile {
        serde_json::from_str(&serde_json::to_string(file).unwrap()).unwrap()
    }

    #[test]
    fn a_file_reads_back_over_the_english_as_written() {
        let english = shipped();
        let mut other = english.clone();
        other.steps[0].headline = "Titular".into();
        other.events[1].date_label = None;
        other.events[2].date_label = Some("2 de mayo".into());
        let iso2 = other.stations[0].iso2.clone();
        for s in other.stations.iter_mut().filter(|s| s.iso2 == iso2) {
            s.country = "Italia \"con\"\ncomillas\\".into();
        }
        let file = round_trip(&LangFile::new(&EN, &english, &other));
        let (strings, back) = file.apply(english.clone()).expect("reads back");
        assert_eq!(back, other);
        assert_eq!(strings.parts(), EN.parts());
        assert_eq!(strings.lang, Lang::En);
    }

    #[test]
    fn the_english_file_brings_back_the_station_notes_the_wasm_leaves_out() {
        let english = shipped();
        let mut without = english.clone();
        for s in &mut without.stations {
            s.notes.clear();
        }
        for c in &mut without.corrections {
            c.text.clear();
        }
        assert!(english.stations.iter().any(|s| !s.notes.is_empty()));
        assert!(english.corrections.iter().all(|c| !c.text.is_empty()));
        let file = round_trip(&LangFile::notes_only(Lang::En, &english));
        let (strings, back) = file.clone().apply(without.clone()).expect("reads back");
        assert_eq!(back, english);
        assert_eq!((strings.lang, strings.parts()), (Lang::En, EN.parts()));
        // Only English may leave its interface out.
        let spanish = LangFile {
            lang: "es".into(),
            ..file
        };
        assert!(spanish.apply(without).is_none());
    }

    #[test]
    fn anything_else_is_refused() {
        let english = shipped();
        let file = LangFile::new(&EN, &english, &english);
        let refused = |f: LangFile| f.apply(english.clone()).is_none();
        assert!(refused(LangFile::default()));
        assert!(refused(LangFile {
            format: "overseas-stations-lang/2".into(),
            ..file.clone()
        }));
        assert!(refused(LangFile {
            lang: "fr".into(),
            ..file.clone()
        }));
        // A file of another build: a field more or less, or a step this build lacks.
        let mut extra = file.clone();
        extra.interface.insert("subtitle".into(), vec!["x".into()]);
        assert!(refused(extra));
        let mut short = file.clone();
        short
            .interface
            .values_mut()
            .next()
            .unwrap()
            .push("x".into());
        assert!(refused(short));
        let mut unknown = file.clone();
        unknown.steps[0].id = "prologue".into();
        assert!(refused(unknown));
        // A file cut short lacks events.
        let mut cut = file.clone();
        cut.events.pop();
        assert!(refused(cut));
        // Not JSON of this shape at all: the page never gets as far as `apply`.
        assert!(serde_json::from_str::<LangFile>("<!doctype html><html>…").is_err());
        assert!(serde_json::from_str::<LangFile>(r#"{"format":3}"#).is_err());
    }
}
