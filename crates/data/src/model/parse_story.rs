//! Parsing data/story.toml, with per-field checks.

use super::date::{PartialDate, Precision};
use super::error::{files, DataError};
use super::parse_common::{check_unique, Lines};
use super::parse_toml::{read, Ctx};
use super::types::{Shows, Step};
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned as S;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoryFile {
    #[serde(default)]
    step: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: S<String>,
    act: S<u8>,
    date_label: S<String>,
    date: S<String>,
    headline: S<String>,
    caption: S<String>,
    shows: S<String>,
    events_from: S<String>,
    events_to: S<String>,
    sources: S<Vec<String>>,
    #[serde(default)]
    key_events: Option<S<Vec<String>>>,
}

/// Parses a `shows` value against the report ids; `None` if it is not understood.
pub(crate) fn parse_shows(s: &str, reports: &[String]) -> Option<Shows> {
    if let Some(y) = s.strip_prefix("opened-by:") {
        let d = PartialDate::parse(y).ok()?;
        (d.granularity() == Precision::Year).then_some(Shows::OpenedBy(d.year))
    } else {
        let id = s.strip_prefix("report:")?;
        reports.iter().position(|r| r == id).map(Shows::Report)
    }
}

/// Parses data/story.toml; `reports` are the report ids, in file order.
pub(crate) fn story(
    text: &str,
    reports: &[String],
    errors: &mut Vec<DataError>,
) -> Option<Vec<(Step, Lines)>> {
    let file: StoryFile = read(files::STORY, text, errors)?;
    let mut c = Ctx {
        file: files::STORY,
        text,
        errors,
    };
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    let mut last_act = 1;
    for s in file.step {
        let line = c.line(&s.id);
        check_unique(&mut seen, c.file, s.id.get_ref(), line, c.errors);
        let act = *s.act.get_ref();
        if !(1..=3).contains(&act) || act < last_act {
            let msg = "act must be 1, 2 or 3 and never go back";
            c.err(&s.act, "act", Some(&act.to_string()), msg);
        }
        last_act = last_act.max(act);
        let shows = parse_shows(s.shows.get_ref().trim(), reports).unwrap_or_else(|| {
            let ids: Vec<String> = reports.iter().map(|r| format!("report:{r}")).collect();
            let msg = format!(
                "unknown shows (allowed: opened-by:YYYY, {})",
                ids.join(", ")
            );
            c.err(&s.shows, "shows", Some(s.shows.get_ref()), &msg);
            Shows::OpenedBy(0)
        });
        let from = c.date(&s.events_from, "events_from");
        let to = c.date(&s.events_to, "events_to");
        if let (Some(f), Some(t)) = (from, to) {
            if f.first_day() > t.last_day() {
                c.err(
                    &s.events_to,
                    "events_to",
                    Some(s.events_to.get_ref()),
                    "ends before events_from",
                );
            }
        }
        let fallback = PartialDate::ymd(1900, 1, 1);
        let step = Step {
            id: s.id.get_ref().trim().to_string(),
            act,
            date_label: c.text(&s.date_label, "date_label"),
            date: c.date(&s.date, "date").unwrap_or(fallback),
            headline: c.text(&s.headline, "headline"),
            caption: c.text(&s.caption, "caption"),
            shows,
            events_from: from.unwrap_or(fallback),
            events_to: to.unwrap_or(fallback),
            sources: c.sources(&s.sources, "step"),
            key_events: s
                .key_events
                .as_ref()
                .map(|k| k.get_ref().iter().map(|id| id.trim().to_string()).collect())
                .unwrap_or_default(),
        };
        let key_line = s.key_events.as_ref().map_or(c.line(&s.id), |k| c.line(k));
        let lines = [("sources", c.line(&s.sources)), ("key_events", key_line)];
        out.push((step, c.lines(&s.id, &lines)));
    }
    Some(out)
}
