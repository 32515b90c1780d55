//! The dated list of corrections and updates (`data/corrections.toml`): what
//! changed in the graphic and when, shown to readers as newsrooms do.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;

/// One entry of the "Corrections and updates" note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// Stable id, e.g. `lu-chinese-name`; translations are keyed by it.
    pub id: String,
    /// The day the correction was made.
    pub date: PartialDate,
    /// What changed, in one or two sentences (plain text).
    pub text: String,
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) use parse::corrections as parse;

#[cfg(not(target_arch = "wasm32"))]
mod parse {
    use super::super::date::{PartialDate, Precision};
    use super::super::error::{files, DataError};
    use super::super::parse_common::check_unique;
    use super::super::parse_toml::{read, Ctx};
    use super::Correction;
    use serde::Deserialize;
    use std::collections::HashMap;
    use toml::Spanned as S;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        correction: Vec<Raw>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        id: S<String>,
        date: S<String>,
        text: S<String>,
    }

    /// Parses and checks `data/corrections.toml`: unique ids, a full date
    /// (day, month and year), text that is not empty and holds no markup,
    /// and the newest entry first.
    pub(crate) fn corrections(text: &str, errors: &mut Vec<DataError>) -> Option<Vec<Correction>> {
        let file: File = read(files::CORRECTIONS, text, errors)?;
        let mut c = Ctx {
            file: files::CORRECTIONS,
            text,
            errors,
        };
        let mut seen = HashMap::new();
        let mut out: Vec<Correction> = Vec::new();
        for r in file.correction {
            let line = c.line(&r.id);
            check_unique(&mut seen, c.file, r.id.get_ref(), line, c.errors);
            let date = c.date(&r.date, "date");
            if date.is_some_and(|d| d.granularity() != Precision::Day) {
                let msg = "a correction needs its full date (YYYY-MM-DD)";
                c.err(&r.date, "date", Some(r.date.get_ref()), msg);
            }
            let words = c.text(&r.text, "text");
            if words.contains(['<', '>']) {
                let msg = "markup is not allowed: the text is escaped, write it plain";
                c.err(&r.text, "text", Some(&words), msg);
            }
            if let (Some(d), Some(previous)) = (date, out.last()) {
                if d > previous.date {
                    c.err(
                        &r.date,
                        "date",
                        Some(r.date.get_ref()),
                        "entries go newest first",
                    );
                }
            }
            out.push(Correction {
                id: r.id.get_ref().trim().to_string(),
                date: date.unwrap_or(PartialDate::ymd(1900, 1, 1)),
                text: words,
            });
        }
        Some(out)
    }
}
