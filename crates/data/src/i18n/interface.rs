//! A language's interface words and city names: `data/lang/<tag>/interface.toml`
//! and `cities.toml`, read and checked against the English ([`EN`] and
//! `data/stations.csv`). Native only: the build checks them and writes them
//! into the language's file for the page (the main crate's `i18n::pack`).
//!
//! `interface.toml` holds one key per field of [`Strings`] (`kicker = "…"`,
//! `responses = ["…", …]`), of the English's shape; `cities.toml` one line per
//! city of the data (`"Milan" = "Milano"`).

use super::Lang;
use crate::model::parse_common::line_at;
use crate::model::{DataError, Dataset};
use crate::strings::{Strings, EN};
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned as S;

/// The text of a language's two files.
#[derive(Debug, Clone, Copy)]
pub struct InterfaceFiles<'a> {
    /// `data/lang/<tag>/interface.toml`
    pub interface: &'a str,
    /// `data/lang/<tag>/cities.toml`
    pub cities: &'a str,
}

impl InterfaceFiles<'static> {
    /// `lang`'s files as embedded in the build; `None` for English, built into `EN`.
    pub fn embedded(lang: Lang) -> Option<Self> {
        let (interface, cities) = match lang {
            Lang::En => return None,
            Lang::ZhHans => (
                include_str!("../../../../data/lang/zh-Hans/interface.toml"),
                include_str!("../../../../data/lang/zh-Hans/cities.toml"),
            ),
            Lang::Es => (
                include_str!("../../../../data/lang/es/interface.toml"),
                include_str!("../../../../data/lang/es/cities.toml"),
            ),
            Lang::It => (
                include_str!("../../../../data/lang/it/interface.toml"),
                include_str!("../../../../data/lang/it/cities.toml"),
            ),
        };
        Some(InterfaceFiles { interface, cities })
    }
}

/// A language's interface and city names, checked.
pub struct Interface {
    /// The interface's words (leaked: a language's table lives as long as the program).
    pub strings: &'static Strings,
    /// City names by the English name in `data/stations.csv`.
    pub cities: BTreeMap<String, String>,
}

/// `{…}` placeholders of a string, as a set.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.insert(&rest[start..=start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// Checks one translated string against its English; the problem, if any.
fn problem(value: &str, english: &str) -> Option<String> {
    if value.trim().is_empty() {
        return Some("empty value".into());
    }
    if value.contains(['<', '>']) {
        return Some("markup is not allowed: the text is escaped, write it plain".into());
    }
    let (ours, theirs) = (placeholders(value), placeholders(english));
    (ours != theirs).then(|| {
        let list = |s: &BTreeSet<&str>| s.iter().copied().collect::<Vec<_>>().join(" ");
        format!(
            "placeholders differ from the English: expected [{}], found [{}]",
            list(&theirs),
            list(&ours)
        )
    })
}

/// Reads `interface.toml` of `lang`: every key of [`Strings::KEYS`] of the
/// English's shape, nothing else; the strings in key order, or the problems.
fn read_interface(
    file: &str,
    text: &str,
    errors: &mut Vec<DataError>,
) -> Option<Vec<Vec<&'static str>>> {
    let raw: BTreeMap<String, S<toml::Value>> = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_at(text, s.start));
            errors.push(DataError::at(file, line, None, None, e.message().trim()));
            return None;
        }
    };
    let before = errors.len();
    let end = text.lines().count() + 1;
    let mut parts = Vec::new();
    for (key, english) in EN.parts() {
        let Some(value) = raw.get(key) else {
            let shape = if english.len() == 1 {
                "a string"
            } else {
                "an array"
            };
            let msg = format!("missing: add {key} = {shape} (English: {:?})", english[0]);
            errors.push(DataError::at(file, end, Some(key), None, msg));
            continue;
        };
        let line = line_at(text, value.span().start);
        let strings: Option<Vec<&str>> = match (value.get_ref(), english.len()) {
            (toml::Value::String(s), 1) => Some(vec![s.as_str()]),
            (toml::Value::Array(items), n) if n > 1 || key == "methodology" => {
                let strings: Option<Vec<&str>> = items.iter().map(toml::Value::as_str).collect();
                strings.filter(|s| s.len() == n)
            }
            _ => None,
        };
        let Some(strings) = strings else {
            let msg = match english.len() {
                1 => "must be a string".to_string(),
                n => format!("must be an array of {n} strings, as in the English"),
            };
            errors.push(DataError::at(file, line, Some(key), None, msg));
            continue;
        };
        for (i, (ours, theirs)) in strings.iter().zip(&english).enumerate() {
            if let Some(msg) = problem(ours, theirs) {
                let field = if english.len() == 1 {
                    key.to_string()
                } else {
                    format!("{key}[{i}]")
                };
                errors.push(DataError::at(file, line, Some(&field), Some(ours), msg));
            }
        }
        let owned = strings.iter().map(|s| leak(s)).collect();
        parts.push(owned);
    }
    for (key, value) in &raw {
        if !Strings::KEYS.contains(&key.as_str()) {
            let line = line_at(text, value.span().start);
            let msg = "extra key: the English (crates/data/src/strings/en.rs) has no such field";
            errors.push(DataError::at(file, line, Some(key), None, msg));
        }
    }
    (errors.len() == before).then_some(parts)
}

/// Reads `cities.toml`: exactly the cities of the data, none empty.
fn read_cities(
    file: &str,
    text: &str,
    english: &Dataset,
    errors: &mut Vec<DataError>,
) -> BTreeMap<String, String> {
    let raw: BTreeMap<String, S<String>> = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_at(text, s.start));
            errors.push(DataError::at(file, line, None, None, e.message().trim()));
            return BTreeMap::new();
        }
    };
    let known: BTreeSet<&str> = english
        .stations
        .iter()
        .filter_map(|s| s.city.as_deref())
        .collect();
    let end = text.lines().count() + 1;
    for city in &known {
        if !raw.contains_key(*city) {
            let msg = "missing: every city of data/stations.csv needs a line (the English name if it stays)";
            errors.push(DataError::at(file, end, Some(city), None, msg));
        }
    }
    let mut out = BTreeMap::new();
    for (city, name) in raw {
        let line = line_at(text, name.span().start);
        if !known.contains(city.as_str()) {
            let msg = "extra: no station of data/stations.csv is in this city";
            errors.push(DataError::at(file, line, Some(&city), None, msg));
        } else if let Some(msg) = problem(name.get_ref(), &city) {
            errors.push(DataError::at(
                file,
                line,
                Some(&city),
                Some(name.get_ref()),
                msg,
            ));
        }
        out.insert(city, name.into_inner().trim().to_string());
    }
    out
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// Repository-relative path of one of `lang`'s files.
pub fn path(lang: Lang, file: &str) -> String {
    format!("data/lang/{}/{file}", lang.tag())
}

impl Interface {
    /// Reads and checks `lang`'s two files; every problem with file, line and key.
    pub fn load(
        lang: Lang,
        english: &Dataset,
        files: &InterfaceFiles,
    ) -> Result<Interface, Vec<DataError>> {
        let mut errors = Vec::new();
        let parts = read_interface(&path(lang, "interface.toml"), files.interface, &mut errors);
        let cities = read_cities(
            &path(lang, "cities.toml"),
            files.cities,
            english,
            &mut errors,
        );
        let flat = parts.map(|p| p.concat());
        match flat.and_then(|f| Strings::from_flat(lang, &f)) {
            Some(strings) if errors.is_empty() => Ok(Interface {
                strings: Box::leak(Box::new(strings)),
                cities,
            }),
            _ => Err(errors),
        }
    }

    /// `lang`'s embedded files checked against the embedded English; `None` for English.
    pub fn embedded(lang: Lang) -> Option<Result<Interface, Vec<DataError>>> {
        let files = InterfaceFiles::embedded(lang)?;
        let english = Dataset::load_all(&crate::model::DataFiles::embedded());
        Some(english.and_then(|english| Interface::load(lang, &english, &files)))
    }
}
