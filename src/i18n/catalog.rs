//! The story and the events in other languages: `data/lang/<tag>/story.toml` and
//! `events.toml`, read and checked against the English (`data/story.toml`,
//! `data/events.toml`). Native only: the build checks them, the page never parses them.
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

use super::Lang;
use crate::model::error::files;
use crate::model::parse_common::line_at;
use crate::model::{DataError, DataFiles, Dataset};
use std::collections::BTreeMap;
use toml::Spanned as S;

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

/// A language's story and events, keyed by the English ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// The language the words are in.
    pub lang: Lang,
    /// Step words by step id.
    pub steps: BTreeMap<String, StepText>,
    /// Event words by event id.
    pub events: BTreeMap<String, EventText>,
}

/// The text of one language's two files.
#[derive(Debug, Clone, Copy)]
pub struct LangFiles<'a> {
    /// `data/lang/<tag>/story.toml`
    pub story: &'a str,
    /// `data/lang/<tag>/events.toml`
    pub events: &'a str,
}

impl LangFiles<'static> {
    /// `lang`'s files as embedded in the build; `None` for English, whose words
    /// are `data/story.toml` and `data/events.toml` themselves.
    pub fn embedded(lang: Lang) -> Option<Self> {
        let (story, events) = match lang {
            Lang::En => return None,
            Lang::ZhHans => (
                include_str!("../../data/lang/zh-Hans/story.toml"),
                include_str!("../../data/lang/zh-Hans/events.toml"),
            ),
            Lang::Es => (
                include_str!("../../data/lang/es/story.toml"),
                include_str!("../../data/lang/es/events.toml"),
            ),
            Lang::It => (
                include_str!("../../data/lang/it/story.toml"),
                include_str!("../../data/lang/it/events.toml"),
            ),
        };
        Some(LangFiles { story, events })
    }
}

/// Repository-relative path of one of `lang`'s files (`story.toml`, `events.toml`).
pub fn path(lang: Lang, file: &str) -> String {
    format!("data/lang/{}/{file}", lang.tag())
}

/// What one file must hold: the table name, and for each English id (in English
/// order) its fields and the English file's line.
struct Spec<'a> {
    table: &'static str,
    english_file: &'static str,
    records: Vec<(&'a str, Vec<&'static str>, usize)>,
}

/// A parsed file: `table.id.field = "text"`, each table and value with its span
/// (toml gives no span for a key, nor for the implicit `[step]` table: a record's line is
/// its header's, a key's is its value's).
type Raw = BTreeMap<String, BTreeMap<String, S<BTreeMap<String, S<String>>>>>;

/// Line of `id = "<id>"` in an English data file (1 when not found).
fn english_line(text: &str, id: &str) -> usize {
    let needle = format!("id = \"{id}\"");
    text.lines()
        .position(|l| l.trim() == needle)
        .map_or(1, |i| i + 1)
}

/// Reads one translation file against `spec`; the words by id and field, or the problems.
fn check(
    file: &str,
    text: &str,
    spec: &Spec,
    errors: &mut Vec<DataError>,
) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let raw: Raw = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| line_at(text, s.start));
            errors.push(DataError {
                file: file.to_string(),
                line,
                field: None,
                value: None,
                message: e.message().trim().to_string(),
            });
            return out;
        }
    };
    let line = |s: &std::ops::Range<usize>| line_at(text, s.start);
    let mut records = None;
    for (name, tables) in &raw {
        if name == spec.table {
            records = Some(tables);
        } else {
            let msg = format!(
                "unknown table (this file holds [{}.<id>] tables)",
                spec.table
            );
            let at = tables.values().map(|t| line(&t.span())).min().unwrap_or(1);
            errors.push(DataError::at(file, at, Some(name), None, msg));
        }
    }
    let empty = BTreeMap::new();
    let records = records.unwrap_or(&empty);
    let by_id: BTreeMap<&str, &S<BTreeMap<String, S<String>>>> = records
        .iter()
        .map(|(id, table)| (id.as_str(), table))
        .collect();
    let end_line = text.lines().count() + 1;
    for (i, (id, fields, english)) in spec.records.iter().enumerate() {
        let key = format!("{}.{id}", spec.table);
        let Some(table) = by_id.get(id) else {
            // Where the table belongs: before the next English id that is present.
            let at = spec.records[i + 1..]
                .iter()
                .find_map(|(next, _, _)| by_id.get(next).map(|t| line(&t.span())))
                .unwrap_or(end_line);
            let msg = format!(
                "missing: add [{key}] (the English is at {}:{english})",
                spec.english_file
            );
            errors.push(DataError::at(file, at, Some(&key), None, msg));
            continue;
        };
        let header = line(&table.span());
        let given: BTreeMap<&str, &S<String>> = table
            .get_ref()
            .iter()
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        let mut words = BTreeMap::new();
        for field in fields {
            let field_key = format!("{key}.{field}");
            match given.get(field) {
                None => errors.push(DataError::at(
                    file,
                    header,
                    Some(&field_key),
                    None,
                    "missing",
                )),
                Some(v) => {
                    let value = v.get_ref().trim();
                    let at = line(&v.span());
                    if value.is_empty() {
                        errors.push(DataError::at(
                            file,
                            at,
                            Some(&field_key),
                            None,
                            "empty value",
                        ));
                    } else if value.contains(['<', '>']) {
                        let msg = "markup is not allowed: the text is escaped, write it plain";
                        errors.push(DataError::at(file, at, Some(&field_key), Some(value), msg));
                    }
                    words.insert(field.to_string(), value.to_string());
                }
            }
        }
        for (name, v) in &given {
            if !fields.contains(name) {
                let msg = format!(
                    "extra key: the English {} \"{id}\" has no {name} to translate",
                    spec.table
                );
                let field_key = format!("{key}.{name}");
                errors.push(DataError::at(
                    file,
                    line(&v.span()),
                    Some(&field_key),
                    None,
                    msg,
                ));
            }
        }
        out.insert(id.to_string(), words);
    }
    for (id, table) in &by_id {
        if !spec.records.iter().any(|(known, _, _)| known == id) {
            let key = format!("{}.{id}", spec.table);
            let msg = format!(
                "extra: {} has no {} with this id",
                spec.english_file, spec.table
            );
            errors.push(DataError::at(
                file,
                line(&table.span()),
                Some(&key),
                None,
                msg,
            ));
        }
    }
    out
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
        let mut errors = Vec::new();
        let steps = check(&path(lang, "story.toml"), files.story, &story, &mut errors);
        let events = check(
            &path(lang, "events.toml"),
            files.events,
            &events,
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
        Ok(Catalog {
            lang,
            steps,
            events,
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
