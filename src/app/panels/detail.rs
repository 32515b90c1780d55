//! The details of one country at one step: its bureaus, the government
//! response, each station with its status and note, and the sources.

use leptos::prelude::*;

use super::source::source_link;
use crate::model::{Dataset, Jurisdiction, Snapshot};
use crate::strings::Strings;
use crate::view::markup::response_label;

/// Details of country `iso2` in the step; `None` if it is not in the step.
pub fn country_detail(
    data: &Dataset,
    snapshot: &Snapshot,
    iso2: &str,
    strings: &Strings,
) -> Option<impl IntoView> {
    let country = snapshot.country(iso2)?;
    let bureaus: Vec<String> = Jurisdiction::ALL
        .iter()
        .zip(country.by_jurisdiction)
        .filter(|(_, n)| *n > 0)
        .map(|(j, n)| format!("{} {n}", strings.bureau(*j)))
        .collect();
    let stations = snapshot
        .station_indices
        .iter()
        .map(|&i| &data.stations[i])
        .filter(|s| s.iso2 == iso2)
        .map(|s| {
            let place = s.city.clone().unwrap_or_else(|| strings.no_city.to_owned());
            let status: Vec<&str> = s.status.iter().map(|t| strings.status(*t)).collect();
            let status = (!status.is_empty()).then(|| view! { " " <em>"(" {status.join(", ")} ")"</em> });
            view! {
                <li>
                    <strong>{place}</strong>
                    ", "
                    {strings.bureau(s.jurisdiction)}
                    {status}
                    ". "
                    {s.notes.clone()}
                    " "
                    <span class="event-confidence">
                        {format!("{}: {}", strings.confidence_label, strings.confidence[s.confidence as usize])}
                    </span>
                </li>
            }
        })
        .collect_view();
    let sources = country
        .sources
        .iter()
        .filter_map(|id| source_link(data, id))
        .map(|link| view! { <li>{link}</li> })
        .collect_view();
    // The response in words, with the dated event that last recorded it.
    let response_event = country
        .response_event
        .and_then(|i| data.events.get(i))
        .map(|e| format!(" ({}: {})", strings.event_date(e), e.headline));
    Some(view! {
        <h3>{format!("{}: {}", country.name, country.total)}</h3>
        <p><strong>{strings.bureaus_label} ":"</strong> " " {bureaus.join(", ")}</p>
        <p class="detail-response">
            <strong>{strings.col_response} ":"</strong>
            " "
            {response_label(country, strings)}
            {response_event}
        </p>
        <ul class="detail-stations">{stations}</ul>
        <p class="detail-sources-label"><strong>{strings.sources_label}</strong></p>
        <ul class="detail-sources">{sources}</ul>
    })
}
