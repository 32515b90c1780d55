//! Reads one translation file and checks it against what the English holds:
//! every id, every text field, nothing more, nothing empty, no markup.

use crate::model::parse_common::line_at;
use crate::model::DataError;
use std::collections::BTreeMap;
use toml::Spanned as S;

/// What one file must hold: the table name, and for each English id (in English
/// order) its fields and the English file's line.
pub(super) struct Spec<'a> {
    /// `step` or `event`.
    pub table: &'static str,
    /// The English file, for messages (`data/story.toml`).
    pub english_file: &'static str,
    /// `(id, fields, line of the id in the English file)`, in English order.
    pub records: Vec<(&'a str, Vec<&'static str>, usize)>,
}

/// A parsed file: `table.id.field = "text"`, each table and value with its span
/// (toml gives no span for a key, nor for the implicit `[step]` table: a record's line is
/// its header's, a key's is its value's).
type Raw = BTreeMap<String, BTreeMap<String, S<BTreeMap<String, S<String>>>>>;

/// Line of `id = "<id>"` in an English data file (1 when not found).
pub(super) fn english_line(text: &str, id: &str) -> usize {
    let needle = format!("id = \"{id}\"");
    text.lines()
        .position(|l| l.trim() == needle)
        .map_or(1, |i| i + 1)
}

/// Reads one translation file against `spec`; the words by id and field, or the problems.
pub(super) fn check(
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
