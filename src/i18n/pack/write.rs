//! What render-static writes: a language's file ([`LangFile::new`]; English's
//! with [`LangFile::notes_only`]) and the dataset in a language's words
//! ([`translate`]). Native only.

use std::collections::BTreeMap;

use super::format::{EventWords, LangFile, StepWords, FORMAT};
use crate::i18n::catalog::Catalog;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::strings::Strings;

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
}

/// `english` in the words of a language: its story steps, events, station
/// notes, corrections, country names (Unicode CLDR's, by ISO code) and city names. Figures, ids, dates and
/// sources stay as they are.
pub fn translate(
    english: &Dataset,
    catalog: &Catalog,
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
