//! A language's file for the page: its interface words and the dataset with its
//! story, events, country and city names, in one text the page fetches when a
//! reader asks for the language (`lang/<tag>.<hash>.txt`).
//!
//! The dataset part is the compact form the English is built in with
//! ([`crate::model::compact`]), so the page reads it with the decoder it
//! already has; the interface is one line per field of [`Strings`], its
//! strings split by the unit separator. The first line names the format and
//! the language.

use super::Lang;
use crate::model::compact;
use crate::model::Dataset;
use crate::strings::Strings;

/// The `<meta name>` that lists, in every page, each language's file
/// (`zh-Hans=lang/zh-Hans.<hash>.txt es=…`), written by render-static.
pub const FILES_META: &str = "overseas-stations-languages";
/// First word of a language file: the format and its version.
pub const MAGIC: &str = "overseas-stations-lang/1";
const FIELD: char = '\t';
const ITEM: char = '\u{1f}';

/// The language file of `strings` and `data` (the dataset already translated).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(strings: &Strings, data: &Dataset) -> String {
    let parts = strings.parts();
    let mut out = format!(
        "{MAGIC}{FIELD}{}{FIELD}{}\n",
        strings.lang.tag(),
        parts.len()
    );
    for (_, values) in parts {
        let escaped: Vec<String> = values.iter().map(|v| compact::escape(v)).collect();
        out.push_str(&escaped.join(&ITEM.to_string()));
        out.push('\n');
    }
    out.push_str(&compact::encode(data));
    out
}

/// Reads a language file; `None` if it is not one, or not of this build's shape.
/// Its strings live as long as the page (a language is read once).
pub fn decode(text: &str) -> Option<(&'static Strings, Dataset)> {
    let (head, mut rest) = text.split_once('\n')?;
    let mut head = head.split(FIELD);
    if head.next()? != MAGIC {
        return None;
    }
    let lang = Lang::parse(head.next()?)?;
    let count: usize = head.next()?.parse().ok()?;
    if count != Strings::KEYS.len() {
        return None;
    }
    let mut parts = Vec::with_capacity(count);
    for _ in 0..count {
        let (line, tail) = rest.split_once('\n')?;
        rest = tail;
        let values = line
            .split(ITEM)
            .map(|v| &*Box::leak(compact::unescape(v).into_boxed_str()))
            .collect();
        parts.push(values);
    }
    let strings = Strings::from_parts(lang, parts)?;
    let data = compact::decode(rest)?;
    Some((Box::leak(Box::new(strings)), data))
}

/// `english` in the words of a language: its story steps, events, country
/// names (Unicode CLDR's, by ISO code) and city names. Figures, ids, dates and
/// sources stay as they are.
#[cfg(not(target_arch = "wasm32"))]
pub fn translate(
    english: &Dataset,
    catalog: &super::catalog::Catalog,
    countries: &std::collections::BTreeMap<String, String>,
    cities: &std::collections::BTreeMap<String, String>,
) -> Dataset {
    let mut data = compact::as_shipped(english.clone());
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
    for station in &mut data.stations {
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
    use crate::strings::EN;

    #[test]
    fn a_file_reads_back_as_written() {
        let data = compact::as_shipped(Dataset::embedded().unwrap());
        let text = encode(&EN, &data);
        let (strings, back) = decode(&text).expect("reads back");
        assert_eq!(back, data);
        assert_eq!(strings.parts(), EN.parts());
        assert_eq!(strings.lang, Lang::En);
    }

    #[test]
    fn anything_else_is_refused() {
        let data = compact::as_shipped(Dataset::embedded().unwrap());
        let text = encode(&EN, &data);
        assert!(decode("").is_none());
        assert!(decode("<!doctype html><html>…").is_none());
        assert!(decode(&text.replacen(MAGIC, "overseas-stations-lang/0", 1)).is_none());
        // A file of another build, with one field more or less.
        let n = Strings::KEYS.len();
        let other = text.replacen(&format!("\t{n}\n"), &format!("\t{}\n", n + 1), 1);
        assert!(decode(&other).is_none());
        let cut = &text[..text.len() / 2];
        assert!(decode(cut).is_none() || decode(cut).unwrap().1 != data);
    }
}
