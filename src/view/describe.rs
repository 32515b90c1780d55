//! Sentences that describe a step for screen readers: the chart's label and
//! the announcement made when the step changes.

use crate::model::{Dataset, Snapshot};
use crate::strings::{stations_in_countries, step_of, Strings};

/// How many countries the chart's label names.
const NAMED_COUNTRIES: usize = 3;

/// The bar chart's `aria-label`: totals, the top countries and the unplaced remainder.
pub fn chart_label(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    let mut text = format!(
        "{}. {}",
        strings.chart_title,
        stations_in_countries(snapshot.stations, snapshot.countries)
    );
    if let Some(report) = snapshot.report.and_then(|r| data.reports.get(r)) {
        text.push_str(&format!(", according to {}", report.publisher));
    }
    text.push('.');
    let top: Vec<String> = snapshot
        .by_country
        .iter()
        .take(NAMED_COUNTRIES)
        .map(|c| format!("{} {}", c.name, c.total))
        .collect();
    if !top.is_empty() {
        text.push_str(&format!(" Most: {}.", top.join(", ")));
    }
    if snapshot.not_located > 0 {
        text.push_str(&format!(
            " {}: {}.",
            strings.not_located, snapshot.not_located
        ));
    }
    if snapshot.is_minimum && snapshot.report.is_some() {
        text.push(' ');
        text.push_str(strings.minimum_note);
    }
    text
}

/// What the live region says when the reader arrives at `step`.
pub fn announcement(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    let step = &data.steps[snapshot.step];
    format!(
        "{}: {}. {}. {}.",
        step_of(strings, snapshot.step, data.steps.len()),
        step.date_label,
        step.headline.trim_end_matches('.'),
        stations_in_countries(snapshot.stations, snapshot.countries)
    )
}
