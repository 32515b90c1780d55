//! Sentences that describe a step for screen readers: the chart's label and
//! the announcement made when the step changes.

use crate::i18n::Lang;
use crate::model::iso::region;
use crate::model::{Dataset, Shows, Snapshot};
use crate::strings::Strings;

/// How many countries the chart's label names.
const NAMED_COUNTRIES: usize = 3;

/// "Most: Italy 11, Spain 9, Canada 5" (`None` on a step without countries).
fn top_countries(snapshot: &Snapshot, strings: &Strings) -> Option<String> {
    let top: Vec<String> = snapshot
        .by_country
        .iter()
        .take(NAMED_COUNTRIES)
        .map(|c| format!("{} {}", c.name, c.total))
        .collect();
    (!top.is_empty()).then(|| {
        let list = top.join(strings.list_separator);
        format!("{}{}{list}", strings.most, strings.colon)
    })
}

/// The bar chart's `aria-label`: totals, the top countries and the unplaced remainder.
pub fn chart_label(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    let totals = strings.stations_in_countries(snapshot.stations, snapshot.countries);
    let mut sentences = vec![strings.chart_title.to_string()];
    match snapshot.report.and_then(|r| data.reports.get(r)) {
        Some(report) => sentences.push(format!(
            "{} {}{}{totals}",
            strings.according_to, report.publisher, strings.colon
        )),
        None => sentences.extend([totals, strings.dated_note.to_string()]),
    }
    sentences.extend(top_countries(snapshot, strings));
    if snapshot.not_located > 0 {
        let n = snapshot.not_located;
        sentences.push(format!("{}{}{n}", strings.not_located, strings.colon));
    }
    if snapshot.is_minimum && snapshot.report.is_some() {
        sentences.push(strings.minimum_note.to_string());
    }
    strings.sentences(&sentences.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The map's `aria-label`: totals, stations per continent (most first), the
/// top countries and the stations the map cannot place.
pub fn map_label(snapshot: &Snapshot, strings: &Strings) -> String {
    let totals = strings.stations_in_countries(snapshot.stations, snapshot.countries);
    let mut sentences = vec![format!("{}{}{totals}", strings.map_title, strings.colon)];
    let mut regions = [0_u32; 5];
    for c in &snapshot.by_country {
        if let Some(r) = region(&c.iso2) {
            regions[r.index()] += c.total;
        }
    }
    let mut order: Vec<usize> = (0..regions.len()).filter(|&r| regions[r] > 0).collect();
    crate::model::order::sort_by(&mut order, |&a, &b| {
        regions[b].cmp(&regions[a]).then(a.cmp(&b))
    });
    let parts: Vec<String> = order
        .iter()
        .map(|&r| format!("{} {}", strings.regions[r], regions[r]))
        .collect();
    if !parts.is_empty() {
        sentences.push(parts.join(strings.list_separator));
    }
    sentences.extend(top_countries(snapshot, strings));
    if snapshot.not_located > 0 {
        let unplaced = strings.with_count(strings.map_unplaced, snapshot.not_located as usize);
        sentences.push(unplaced);
    }
    strings.sentences(&sentences.iter().map(String::as_str).collect::<Vec<_>>())
}

/// What the live region says when the reader arrives at `step`.
pub fn announcement(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    let step = &data.steps[snapshot.step];
    let at = strings.step_of(snapshot.step, data.steps.len());
    let totals = strings.stations_in_countries(snapshot.stations, snapshot.countries);
    strings.sentences(&[
        &format!("{at}{}{}", strings.colon, step.date_label),
        &step.headline,
        &totals,
    ])
}

/// `text` in brackets as the language writes them: full-width and without a
/// space in Chinese, Latin after a space otherwise.
pub(crate) fn bracketed(text: &str, lang: Lang) -> String {
    match lang {
        Lang::ZhHans => format!("\u{ff08}{text}\u{ff09}"),
        _ => format!(" ({text})"),
    }
}

/// The line under the counter: whose count it is, and how to read it.
pub fn counter_note(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    match data.steps[snapshot.step].shows {
        Shows::OpenedBy(_) => strings.dated_note.to_owned(),
        Shows::Report(r) => {
            let report = &data.reports[r];
            let source = format!(
                "{} {}{}",
                strings.according_to,
                report.publisher,
                bracketed(&report.short_title, strings.lang)
            );
            let minimum = if snapshot.is_minimum {
                strings.minimum_note
            } else {
                ""
            };
            strings.sentences(&[&source, minimum])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Embedded;
    use crate::strings::EN;

    fn data() -> Dataset {
        Dataset::embedded().unwrap()
    }

    #[test]
    fn the_chart_label_states_totals_top_countries_and_the_unplaced() {
        let data = data();
        let snap = data.snapshot(data.step_index("december").unwrap());
        let label = chart_label(&data, &snap, &EN);
        let totals = EN.stations_in_countries(snap.stations, snap.countries);
        assert!(label.contains(&format!("According to Safeguard Defenders: {totals}.")));
        let top: Vec<String> = snap.by_country[..3]
            .iter()
            .map(|c| format!("{} {}", c.name, c.total))
            .collect();
        let most = format!("Most: {}.", top.join(", "));
        assert!(label.contains(&most), "{label}");
        let unplaced = format!("Location not published: {}.", snap.not_located);
        assert!(label.contains(&unplaced), "{label}");
        assert!(label.contains(EN.minimum_note));
    }

    #[test]
    fn the_map_label_says_where_the_stations_are() {
        let data = data();
        let snap = data.snapshot(data.step_index("december").unwrap());
        let label = map_label(&snap, &EN);
        let europe: u32 = snap
            .by_country
            .iter()
            .filter(|c| region(&c.iso2) == Some(crate::model::iso::Region::Europe))
            .map(|c| c.total)
            .sum();
        // Europe holds the most placed stations, so it is named first.
        let regions = label
            .split(": ")
            .nth(1)
            .and_then(|r| r.split(". ").nth(1))
            .unwrap();
        assert!(regions.starts_with(&format!("Europe {europe}")), "{label}");
        assert!(label.contains("Africa"));
        assert!(label.contains(&format!(
            "{} {}",
            snap.by_country[0].name, snap.by_country[0].total
        )));
        assert!(label.contains(&EN.with_count(EN.map_unplaced, snap.not_located as usize)));
    }

    #[test]
    fn the_dated_step_is_not_called_a_minimum_of_a_report() {
        let data = data();
        let snap = data.snapshot(0);
        let label = chart_label(&data, &snap, &EN);
        assert!(!label.contains(EN.minimum_note));
        assert!(label.contains(EN.dated_note));
        assert_eq!(counter_note(&data, &snap, &EN), EN.dated_note);
    }

    #[test]
    fn counter_notes_name_the_report_and_its_caveat() {
        let data = data();
        let sep = data.snapshot(data.step_index("september").unwrap());
        assert_eq!(
            counter_note(&data, &sep, &EN),
            "According to Safeguard Defenders (110 Overseas)."
        );
        let dec = data.snapshot(data.step_index("december").unwrap());
        assert!(counter_note(&data, &dec, &EN).contains(EN.minimum_note));
    }

    #[test]
    fn chinese_text_takes_full_width_brackets() {
        assert_eq!(
            bracketed("110 Overseas", Lang::ZhHans),
            "\u{ff08}110 Overseas\u{ff09}"
        );
        assert_eq!(bracketed("110 Overseas", Lang::Es), " (110 Overseas)");
    }

    #[test]
    fn announcements_number_the_step() {
        let data = data();
        let text = announcement(&data, &data.snapshot(3), &EN);
        assert!(text.starts_with("Step 4 of 5: 5 December 2022."), "{text}");
    }
}
