//! A language's file laid over the built-in English ([`LangFile::apply`]):
//! the page reads every file through here, and the build's translation
//! (`write.rs`) lays the catalog's words the same way.

use std::collections::BTreeMap;

use super::format::{LangFile, FORMAT};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::strings::{Strings, EN};

impl LangFile {
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
            &EN
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
    pub(super) fn lay_over(self, mut data: Dataset) -> Dataset {
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
