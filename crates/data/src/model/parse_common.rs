//! Helpers shared by the CSV and TOML parsers: line bookkeeping, lists, URLs, unique ids.

use super::error::DataError;
use std::collections::HashMap;

/// Line numbers of one record and of its fields (CSV: all on the record's line).
#[derive(Debug, Clone, Default)]
pub(crate) struct Lines {
    /// Line where the record (CSV row, TOML `id` key) starts.
    pub record: usize,
    /// Lines of individual keys, where they differ (TOML).
    pub fields: Vec<(&'static str, usize)>,
}

impl Lines {
    /// Line of `field`, falling back to the record's line.
    pub fn of(&self, field: &str) -> usize {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(self.record, |&(_, l)| l)
    }
}

/// Splits a `;`-separated list, dropping empty items.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Checks that `url` is an absolute http(s) address without spaces; returns the problem.
pub(crate) fn url_problem(url: &str) -> Option<&'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        None => Some("URL must start with http:// or https://"),
        Some(r) if r.is_empty() || r.starts_with('/') => Some("URL has no host"),
        Some(_) if url.chars().any(char::is_whitespace) => Some("URL contains whitespace"),
        Some(_) => None,
    }
}

/// Records the line of an id, or an error if the id was already used.
pub(crate) fn check_unique(
    seen: &mut HashMap<String, usize>,
    file: &str,
    id: &str,
    line: usize,
    errors: &mut Vec<DataError>,
) {
    if id.is_empty() {
        errors.push(DataError::at(file, line, Some("id"), None, "empty id"));
    } else if let Some(first) = seen.get(id) {
        let msg = format!("duplicate id (first used on line {first})");
        errors.push(DataError::at(file, line, Some("id"), Some(id), msg));
    } else {
        seen.insert(id.to_string(), line);
    }
}

/// 1-based line of a byte offset in `text`.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
