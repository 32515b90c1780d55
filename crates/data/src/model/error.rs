//! The error type for data files: names the file, line, field and offending value.

use std::fmt;

/// One problem found in a data file.
///
/// Displays as `data/stations.csv:12: field "iso2": unknown ISO 3166 code "XX"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// Repository-relative file name, e.g. `data/stations.csv`.
    pub file: String,
    /// 1-based line number (for CSV the header is line 1), if known.
    pub line: Option<usize>,
    /// The column or key at fault, if any.
    pub field: Option<String>,
    /// The offending value as written, if any.
    pub value: Option<String>,
    /// What is wrong, in plain English.
    pub message: String,
}

impl DataError {
    /// An error about a whole file (no line, field or value).
    pub fn file(file: &str, message: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            line: None,
            field: None,
            value: None,
            message: message.into(),
        }
    }

    /// An error at a line, optionally about one field and value.
    pub fn at(
        file: &str,
        line: usize,
        field: Option<&str>,
        value: Option<&str>,
        message: impl Into<String>,
    ) -> DataError {
        DataError {
            file: file.to_string(),
            line: Some(line),
            field: field.map(str::to_string),
            value: value.map(str::to_string),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field \"{field}\"")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(value) = &self.value {
            write!(f, " \"{value}\"")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

/// File names used in error messages.
pub mod files {
    /// `data/reports.toml`
    pub const REPORTS: &str = "data/reports.toml";
    /// `data/stations.csv`
    pub const STATIONS: &str = "data/stations.csv";
    /// `data/sources.csv`
    pub const SOURCES: &str = "data/sources.csv";
    /// `data/events.toml`
    pub const EVENTS: &str = "data/events.toml";
    /// `data/story.toml`
    pub const STORY: &str = "data/story.toml";
    /// `data/corrections.toml`
    pub const CORRECTIONS: &str = "data/corrections.toml";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_field_and_value() {
        let e = DataError::at(
            files::STATIONS,
            12,
            Some("iso2"),
            Some("XX"),
            "unknown ISO 3166 code",
        );
        assert_eq!(
            e.to_string(),
            "data/stations.csv:12: field \"iso2\": unknown ISO 3166 code \"XX\""
        );
        let e = DataError::file(files::STORY, "no steps");
        assert_eq!(e.to_string(), "data/story.toml: no steps");
    }
}
