//! HTML for the text panels (table, country details, legend, methodology; the
//! caption is in `caption`),
//! built as strings by pure functions: testable natively, and far smaller in
//! the wasm than a component tree per panel. Every data value is escaped.

use crate::model::{order, CountryCount, Dataset, Jurisdiction, Snapshot};
use crate::strings::Strings;

/// `text` escaped for HTML text and double-quoted attributes (every attribute
/// written here is double-quoted, so `'` stays readable).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A link to source `id` ("Publisher, Title"), or nothing if the id is unknown.
pub(crate) fn source_link(data: &Dataset, id: &str) -> Option<String> {
    let s = data.source(id)?;
    Some(format!(
        "<a href=\"{}\" rel=\"noopener\" target=\"_blank\">{}, {}</a>",
        escape(&s.url),
        escape(&s.publisher),
        escape(&s.title)
    ))
}

/// A country's government response in words ("No public response found" if none).
pub fn response_label(country: &CountryCount, strings: &Strings) -> &'static str {
    country
        .response
        .map_or(strings.no_response, |r| strings.responses[r.index()])
}

fn list_items(items: impl Iterator<Item = String>) -> String {
    items.map(|i| format!("<li>{i}</li>")).collect()
}

/// CSS class suffix of each bureau's swatch, in `Jurisdiction::ALL` order.
const SWATCH_CLASSES: [&str; 5] = ["fuzhou", "qingtian", "nantong", "wenzhou", "unknown"];

/// The colour key: one swatch per bureau, then the marker for countries whose
/// authorities acted (CSS shows it only when the legend has `with-responded`).
pub fn legend(strings: &Strings) -> String {
    let items: String = Jurisdiction::ALL
        .iter()
        .map(|j| {
            format!(
                "<li><span class=\"swatch swatch-{}\"></span>{}</li>",
                SWATCH_CLASSES[j.index()],
                escape(strings.bureau(*j))
            )
        })
        .collect();
    format!(
        "<span class=\"legend-title\">{}</span><ul>{items}<li class=\"legend-responded\">\
         <span class=\"marker\"></span>{}</li></ul>",
        escape(strings.legend_title),
        escape(strings.responded_note)
    )
}

/// A table mirroring the chart: a row per country, the unplaced stations, the total.
pub fn table(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    let step = &data.steps[snapshot.step];
    let mut rows: String = snapshot
        .by_country
        .iter()
        .map(|c| {
            format!(
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td><td>{}</td>\
                 <td>{}</td></tr>",
                escape(&c.name),
                c.total,
                escape(&c.cities.join("; ")),
                strings.confidence[c.lowest_confidence as usize],
                escape(response_label(c, strings))
            )
        })
        .collect();
    let tail = |class: &str, label: &str, n: u32| {
        format!(
            "<tr class=\"{class}\"><th scope=\"row\">{}</th><td class=\"num\">{n}</td><td></td><td></td><td></td></tr>",
            escape(label)
        )
    };
    if snapshot.not_located > 0 {
        rows.push_str(&tail(
            "not-located",
            strings.not_located,
            snapshot.not_located,
        ));
    }
    rows.push_str(&tail("total", strings.total_row, snapshot.stations));
    format!(
        "<table><caption>{}: {}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{}</tbody></table>",
        escape(&step.date_label),
        strings.stations_in_countries(snapshot.stations, snapshot.countries),
        escape(strings.col_country),
        escape(strings.col_stations),
        escape(strings.col_cities),
        escape(strings.col_confidence),
        escape(strings.col_response),
        rows
    )
}

/// Details of country `iso2` in the step: bureaus, each station with its
/// status and note, and the sources; `None` if the country is not in the step.
pub fn country_detail(
    data: &Dataset,
    snapshot: &Snapshot,
    iso2: &str,
    strings: &Strings,
) -> Option<String> {
    let country = snapshot.country(iso2)?;
    let bureaus: Vec<String> = Jurisdiction::ALL
        .iter()
        .zip(country.by_jurisdiction)
        .filter(|(_, n)| *n > 0)
        .map(|(j, n)| format!("{} {n}", strings.bureau(*j)))
        .collect();
    let stations = list_items(
        snapshot
            .station_indices
            .iter()
            .map(|&i| &data.stations[i])
            .filter(|s| s.iso2 == iso2)
            .map(|s| {
                let place = s.city.as_deref().unwrap_or(strings.no_city);
                let status: Vec<&str> = s.status.iter().map(|t| strings.status(*t)).collect();
                let status = if status.is_empty() {
                    String::new()
                } else {
                    format!(" <em>({})</em>", escape(&status.join(", ")))
                };
                format!(
                    "<strong>{}</strong>, {}{}. {} <span class=\"event-confidence\">{}: {}</span>",
                    escape(place),
                    escape(strings.bureau(s.jurisdiction)),
                    status,
                    escape(&s.notes),
                    escape(strings.confidence_label),
                    strings.confidence[s.confidence as usize]
                )
            }),
    );
    let sources = list_items(
        country
            .sources
            .iter()
            .filter_map(|id| source_link(data, id)),
    );
    // The response in words, with the dated event that last recorded it.
    let response_event = country
        .response_event
        .and_then(|i| data.events.get(i))
        .map(|e| {
            format!(
                " ({}: {})",
                escape(&strings.event_date(e)),
                escape(&e.headline)
            )
        })
        .unwrap_or_default();
    Some(format!(
        "<h3>{}: {}</h3><p><strong>{}:</strong> {}</p>\
         <p class=\"detail-response\"><strong>{}:</strong> {}{response_event}</p>\
         <ul class=\"detail-stations\">{}</ul>\
         <p class=\"detail-sources-label\"><strong>{}</strong></p><ul class=\"detail-sources\">{}</ul>",
        escape(&country.name),
        country.total,
        escape(strings.bureaus_label),
        escape(&bureaus.join(", ")),
        escape(strings.col_response),
        escape(response_label(country, strings)),
        stations,
        escape(strings.sources_label),
        sources
    ))
}

/// How the counts were made, the two reports and every source, sorted by publisher.
pub fn methodology(data: &Dataset, strings: &Strings) -> String {
    let paragraphs: String = strings
        .methodology
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let reports = list_items(data.reports.iter().map(|r| {
        format!(
            "<a href=\"{}\" rel=\"noopener\" target=\"_blank\">{}, \u{201c}{}\u{201d} ({})</a>",
            escape(&r.url),
            escape(&r.publisher),
            escape(&r.title),
            strings.date(&r.date)
        )
    }));
    let mut sources: Vec<_> = data.sources.iter().collect();
    order::sort_by(&mut sources, |a, b| {
        a.publisher.cmp(&b.publisher).then(a.title.cmp(&b.title))
    });
    let sources = list_items(sources.into_iter().map(|s| {
        let date = s
            .date
            .map(|d| format!(" ({})", strings.date(&d)))
            .unwrap_or_default();
        format!(
            "<a href=\"{}\" rel=\"noopener\" target=\"_blank\">{}: {}{}</a>",
            escape(&s.url),
            escape(&s.publisher),
            escape(&s.title),
            date
        )
    }));
    format!(
        "{paragraphs}<ul class=\"reports\">{reports}</ul><h3>{}</h3><ul class=\"sources\">{sources}</ul>",
        escape(strings.sources_title)
    )
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
    fn escapes_markup_in_data() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c'");
    }

    #[test]
    fn every_panel_is_balanced_markup_without_raw_data_characters() {
        let data = data();
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            let mut html = vec![
                super::super::caption::caption_item(&data, &snap, &EN, true, true),
                table(&data, &snap, &EN),
            ];
            for c in &snap.by_country {
                html.push(country_detail(&data, &snap, &c.iso2, &EN).unwrap());
            }
            for h in html {
                for tag in ["li", "ul", "ol", "p", "table", "tr", "a", "strong"] {
                    let open = h.matches(&format!("<{tag}>")).count()
                        + h.matches(&format!("<{tag} ")).count();
                    let close = h.matches(&format!("</{tag}>")).count();
                    assert_eq!(open, close, "<{tag}> in step {step}");
                }
            }
        }
    }

    #[test]
    fn the_table_adds_up_to_the_report_and_gives_each_response_in_words() {
        let data = data();
        let december = data.snapshot(data.step_index("december").unwrap());
        let t = table(&data, &december, &EN);
        let totals = EN.stations_in_countries(december.stations, december.countries);
        assert!(t.contains(&totals));
        for c in &december.by_country {
            let row = format!(
                "<th scope=\"row\">{}</th><td class=\"num\">{}</td>",
                escape(&c.name),
                c.total
            );
            let at = t.find(&row).unwrap_or_else(|| panic!("{row}"));
            let end = at + t[at..].find("</tr>").unwrap();
            let words = format!("<td>{}</td></tr>", escape(response_label(c, &EN)));
            assert!(t[at..end + 5].ends_with(&words), "{}", &t[at..end + 5]);
        }
        let unplaced = format!(
            "Location not published</th><td class=\"num\">{}</td>",
            december.not_located
        );
        assert!(t.contains(&unplaced));
        assert!(t.contains(&format!(
            "Total</th><td class=\"num\">{}</td>",
            december.stations
        )));
        assert!(t.contains(EN.col_response));
    }

    #[test]
    fn country_details_list_each_station_its_response_and_its_sources() {
        let data = data();
        let december = data.snapshot(data.step_index("december").unwrap());
        for c in &december.by_country {
            let html = country_detail(&data, &december, &c.iso2, &EN).unwrap();
            assert!(html.contains(&format!("{}: {}", escape(&c.name), c.total)));
            assert_eq!(html.matches("<li><strong>").count(), c.total as usize);
            let words = format!("{}:</strong> {}", EN.col_response, response_label(c, &EN));
            assert!(html.contains(&words), "{html}");
            if let Some(e) = c.response_event {
                assert!(html.contains(&escape(&data.events[e].headline)), "{html}");
            }
        }
        assert_eq!(country_detail(&data, &december, "XX", &EN), None);
    }

    #[test]
    fn the_legend_says_what_the_marker_leaves_out() {
        let l = legend(&EN);
        assert!(l.contains(&escape(EN.responded_note)));
        for word in ["investigation", "protest", "closure", "charges"] {
            assert!(EN.responded_note.contains(word), "{word}");
        }
        // What it leaves out is said in the methodology.
        let methodology = EN.methodology.concat();
        for word in [
            "denials",
            "statements",
            "questions in parliament",
            "only by Safeguard Defenders",
        ] {
            assert!(methodology.contains(word), "{word}");
        }
    }

    #[test]
    fn methodology_links_both_reports() {
        let m = methodology(&data(), &EN);
        assert!(m.contains("110 Overseas"));
        assert!(m.contains("Patrol and Persuade"));
    }
}
