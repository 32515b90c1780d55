//! The whole static story's list of places: every country and city with
//! its stations at the last step, for readers without the app.

use leptos::prelude::*;

use super::html;
use crate::model::{Dataset, Embedded};
use crate::strings::Strings;
use crate::view::explore::fold::fold;
use crate::view::explore::listing::{place_lines, Line};
use crate::view::explore::places::Places;
use crate::view::first_frame::EXTRA_CLASS;

/// Every country and city with its stations at the last step, one line each
/// (`view::explore::listing`), so that a reader without the app can find a
/// city too; each line's id is `place-` and the place's id.
pub fn places_section(data: &Dataset, strings: &'static Strings) -> String {
    // render-static has read the embedded dataset before any page.
    let Ok(english) = Dataset::embedded() else {
        return String::new();
    };
    let places = Places::new(&english, data, fold);
    let mut countries: Vec<(Line, Vec<Line>)> = Vec::new();
    for line in place_lines(&places, data, strings) {
        match countries.last_mut() {
            Some((_, cities)) if line.depth > 0 => cities.push(line),
            _ => countries.push((line, Vec::new())),
        }
    }
    let id = |line: &Line| line.id.as_ref().map(|id| format!("place-{id}"));
    let item = |line: Line| (id(&line), line.text);
    let items = countries
        .into_iter()
        .map(|(country, cities)| {
            let cities = (!cities.is_empty()).then(|| {
                let items = cities
                    .into_iter()
                    .map(item)
                    .map(|(id, text)| view! { <li id=id>{text}</li> })
                    .collect_view();
                view! { <ul>{items}</ul> }
            });
            let (id, text) = item(country);
            view! { <li id=id>{text} {cities}</li> }
        })
        .collect_view();
    html(view! {
        <section class=format!("places {EXTRA_CLASS}") aria-labelledby="places-title">
            <h2 class="step-headline" id="places-title">{strings.places_title}</h2>
            <ul class="place-list">{items}</ul>
        </section>
    })
}
