//! The data table that mirrors the chart: a row per country, the stations
//! whose location is not published, and the total.

use leptos::prelude::*;

use crate::model::{Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::markup::response_label;

/// The table of `snapshot`'s step.
pub fn step_table(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> impl IntoView {
    let step = &data.steps[snapshot.step];
    let rows = snapshot
        .by_country
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.name.clone()}</th>
                    <td class="num">{c.total}</td>
                    <td>{c.cities.join("; ")}</td>
                    <td>{strings.confidence[c.lowest_confidence as usize]}</td>
                    <td>{response_label(c, strings)}</td>
                </tr>
            }
        })
        .collect_view();
    let tail = |class: &'static str, label: &'static str, n: u32| {
        view! {
            <tr class=class>
                <th scope="row">{label}</th>
                <td class="num">{n}</td>
                <td></td>
                <td></td>
                <td></td>
            </tr>
        }
    };
    let not_located = (snapshot.not_located > 0)
        .then(|| tail("not-located", strings.not_located, snapshot.not_located));
    view! {
        <table>
            <caption>
                {format!(
                    "{}: {}",
                    step.date_label,
                    strings.stations_in_countries(snapshot.stations, snapshot.countries),
                )}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{strings.col_country}</th>
                    <th scope="col" class="num">{strings.col_stations}</th>
                    <th scope="col">{strings.col_cities}</th>
                    <th scope="col">{strings.col_confidence}</th>
                    <th scope="col">{strings.col_response}</th>
                </tr>
            </thead>
            <tbody>
                {rows}
                {not_located}
                {tail("total", strings.total_row, snapshot.stations)}
            </tbody>
        </table>
    }
}
