//! A language's file for the page: its interface words and the dataset's
//! words in that language (story steps, events, country and city names), in
//! one small text the page fetches when a reader asks for the language
//! (`lang/<tag>.<hash>.txt`) and lays over the English it has built in.
//!
//! The first line names the format, the language and how many interface
//! fields follow; then one line per field of [`Strings`], its strings split
//! by the unit separator; then one line per translated record, tab-separated:
//! `step id date_label headline caption`, `event id date_label headline
//! summary` (an empty date label: none), `note id text` (a station's),
//! `correction id text`, `country iso2 name`, `city english name`. Fields are escaped as in [`crate::model::compact`].

use super::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::compact::escape;
use crate::model::compact::unescape;
use crate::model::Dataset;
use crate::strings::Strings;

/// The `<meta name>` that lists, in every page, each language's file
/// (`zh-Hans=lang/zh-Hans.<hash>.txt es=…`), written by render-static.
pub const FILES_META: &str = "overseas-stations-languages";
/// First word of a language file: the format and its version.
pub const MAGIC: &str = "overseas-stations-lang/2";
const FIELD: char = '\t';
const ITEM: char = '\u{1f}';

/// The language file of `strings` and `translated`, the English `english` in
/// that language (as [`translate`] makes it).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(strings: &Strings, english: &Dataset, translated: &Dataset) -> String {
    let parts = strings.parts();
    let mut out = format!(
        "{MAGIC}{FIELD}{}{FIELD}{}\n",
        strings.lang.tag(),
        parts.len()
    );
    for (_, values) in parts {
        let escaped: Vec<String> = values.iter().map(|v| escape(v)).collect();
        out.push_str(&escaped.join(&ITEM.to_string()));
        out.push('\n');
    }
    let mut line = |fields: &[&str]| {
        let escaped: Vec<String> = fields.iter().map(|f| escape(f)).collect();
        out.push_str(&escaped.join(&FIELD.to_string()));
        out.push('\n');
    };
    for s in &translated.steps {
        line(&["step", &s.id, &s.date_label, &s.headline, &s.caption]);
    }
    for e in &translated.events {
        let label = e.date_label.as_deref().unwrap_or("");
        line(&["event", &e.id, label, &e.headline, &e.summary]);
    }
    for c in &translated.corrections {
        line(&["correction", &c.id, &c.text]);
    }
    let mut seen = std::collections::BTreeSet::new();
    for (en, ours) in english.stations.iter().zip(&translated.stations) {
        line(&["note", &ours.id, &ours.notes]);
        if seen.insert(("country", en.iso2.clone())) {
            line(&["country", &en.iso2, &ours.country]);
        }
        if let (Some(a), Some(b)) = (&en.city, &ours.city) {
            if seen.insert(("city", a.clone())) {
                line(&["city", a, b]);
            }
        }
    }
    out
}

/// The English file: only the station notes and the corrections' words, which
/// the page's wasm leaves out (its interface and story are built in). Its head
/// names no fields.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_notes(english: &Dataset) -> String {
    let mut out = format!("{MAGIC}{FIELD}{}{FIELD}0\n", Lang::En.tag());
    for s in &english.stations {
        out.push_str(&format!(
            "note{FIELD}{}{FIELD}{}\n",
            escape(&s.id),
            escape(&s.notes)
        ));
    }
    for c in &english.corrections {
        out.push_str(&format!(
            "correction{FIELD}{}{FIELD}{}\n",
            escape(&c.id),
            escape(&c.text)
        ));
    }
    out
}

/// Reads a language file over `english`, a fresh copy of the built-in English
/// dataset: the language's words and the dataset in it. `None` if the text is
/// not a language file of this build's shape (another build's fields, steps or
/// events), so that the page stays in English. Its strings live as long as the
/// page (a language is read once).
pub fn decode(text: &str, english: Dataset) -> Option<(&'static Strings, Dataset)> {
    let mut lines = text.lines();
    let mut head = lines.next()?.split(FIELD);
    if head.next()? != MAGIC {
        return None;
    }
    let lang = Lang::parse(head.next()?)?;
    let count: usize = head.next()?.parse().ok()?;
    // English names no fields: its words are built in ([`encode_notes`]).
    let strings: &'static Strings = if lang == Lang::En && count == 0 {
        &crate::strings::EN
    } else if count == Strings::KEYS.len() {
        let leak = |s: &str| -> &'static str { Box::leak(unescape(s).into_boxed_str()) };
        let mut values = Vec::new();
        for _ in 0..count {
            values.extend(lines.next()?.split(ITEM).map(leak));
        }
        Box::leak(Box::new(Strings::from_flat(lang, &values)?))
    } else {
        return None;
    };
    let mut data = english;
    let mut cities = Vec::new();
    let (mut steps, mut events) = (0, 0);
    for line in lines {
        let f: Vec<String> = line.split(FIELD).map(unescape).collect();
        match (f.first()?.as_str(), f.len()) {
            ("step", 5) => {
                let s = data.steps.iter_mut().find(|s| s.id == f[1])?;
                (s.date_label, s.headline, s.caption) = (f[2].clone(), f[3].clone(), f[4].clone());
                steps += 1;
            }
            ("event", 5) => {
                let e = data.events.iter_mut().find(|e| e.id == f[1])?;
                e.date_label = (!f[2].is_empty()).then(|| f[2].clone());
                (e.headline, e.summary) = (f[3].clone(), f[4].clone());
                events += 1;
            }
            ("note", 3) => data
                .stations
                .iter_mut()
                .find(|s| s.id == f[1])?
                .notes
                .clone_from(&f[2]),
            ("correction", 3) => data
                .corrections
                .iter_mut()
                .find(|c| c.id == f[1])?
                .text
                .clone_from(&f[2]),
            ("country", 3) => {
                for s in data.stations.iter_mut().filter(|s| s.iso2 == f[1]) {
                    s.country.clone_from(&f[2]);
                }
            }
            ("city", 3) => cities.push((f[1].clone(), f[2].clone())),
            _ => return None,
        }
    }
    // Each station's city by its English name, once (a local name that is
    // another city's English name is not translated twice).
    for s in &mut data.stations {
        let local = cities.iter().find(|(en, _)| s.city.as_ref() == Some(en));
        if let Some((_, local)) = local {
            s.city = Some(local.clone());
        }
    }
    let complete = count == 0 || (steps == data.steps.len() && events == data.events.len());
    complete.then_some((strings, data))
}

/// `english` in the words of a language: its story steps, events, station
/// notes, corrections, country names (Unicode CLDR's, by ISO code) and city names. Figures, ids, dates and
/// sources stay as they are.
#[cfg(not(target_arch = "wasm32"))]
pub fn translate(
    english: &Dataset,
    catalog: &super::catalog::Catalog,
    countries: &std::collections::BTreeMap<String, String>,
    cities: &std::collections::BTreeMap<String, String>,
) -> Dataset {
    let mut data = english.clone();
    for step in &mut data.steps {
        if let Some(t) = catalog.steps.get(&step.id) {
            step.date_label.clone_from(&t.date_label);
            step.headline.clone_from(&t.headline);
            step.caption.clone_from(&t.caption);
        }
    }
    for event in &mut data.events {
        if let Some(t) = catalog.events.get(&event.id) {
            event.date_label.clone_from(&t.date_label);
            event.headline.clone_from(&t.headline);
            event.summary.clone_from(&t.summary);
        }
    }
    for correction in &mut data.corrections {
        if let Some(text) = catalog.corrections.get(&correction.id) {
            correction.text.clone_from(text);
        }
    }
    for station in &mut data.stations {
        if let Some(note) = catalog.notes.get(&station.id) {
            station.notes.clone_from(note);
        }
        if let Some(name) = countries.get(&station.iso2) {
            station.country.clone_from(name);
        }
        if let Some(city) = station.city.as_mut() {
            if let Some(name) = cities.get(city.as_str()) {
                city.clone_from(name);
            }
        }
    }
    data
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::compact::as_shipped;
    use crate::strings::EN;

    fn shipped() -> Dataset {
        as_shipped(Dataset::embedded().unwrap())
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
            s.country = "Italia\tcon\nescapes\\".into();
        }
        let text = encode(&EN, &english, &other);
        let (strings, back) = decode(&text, english.clone()).expect("reads back");
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
        assert!(english.corrections.iter().all(|c| !c.text.is_empty()));
        assert!(english.stations.iter().any(|s| !s.notes.is_empty()));
        let text = encode_notes(&english);
        let (strings, back) = decode(&text, without.clone()).expect("reads back");
        assert_eq!(back, english);
        assert_eq!((strings.lang, strings.parts()), (Lang::En, EN.parts()));
        // Only English may leave its interface out.
        let spanish = text.replacen("\ten\t0\n", "\tes\t0\n", 1);
        assert_ne!(spanish, text);
        assert!(decode(&spanish, without).is_none());
    }

    #[test]
    fn anything_else_is_refused() {
        let english = shipped();
        let text = encode(&EN, &english, &english);
        assert!(decode("", english.clone()).is_none());
        assert!(decode("<!doctype html><html>…", english.clone()).is_none());
        let old = text.replacen(MAGIC, "overseas-stations-lang/1", 1);
        assert!(decode(&old, english.clone()).is_none());
        // A file of another build: one field more, or a step this build lacks.
        let n = Strings::KEYS.len();
        let other = text.replacen(&format!("\t{n}\n"), &format!("\t{}\n", n + 1), 1);
        assert!(decode(&other, english.clone()).is_none());
        let unknown = text.replacen("step\tsetup\t", "step\tprologue\t", 1);
        assert!(decode(&unknown, english.clone()).is_none());
        // A file cut short lacks steps or events.
        let cut = &text[..text.find("event\t").unwrap()];
        assert!(decode(cut, english.clone()).is_none());
    }
}
