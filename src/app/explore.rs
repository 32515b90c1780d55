//! Exploring the charts point by point in the page, over the pure core in
//! `crate::view::explore`: each chart's points, the ring that the keys, the
//! search and the pointer move, what the live region says, and the details
//! the keys open and close.

use leptos::prelude::*;

use super::{browser, Ctx};
use crate::view::explore::nav::{position, Choice, Key, Nav};
use crate::view::explore::places::Place;
use crate::view::explore::points::{bar_points, map_points, Point, PointKind};
use crate::view::explore::sentence::{place_sentence, sentence};
use crate::view::query::ChartView;

/// The points of `chart` at the step shown, in the language shown: the bars
/// at `rows` country rows, or the map's marks. Computed only when read (the
/// ring reads them only while something is chosen, the keys when pressed).
pub fn use_points(ctx: Ctx, chart: ChartView, rows: Signal<usize>) -> Memo<Vec<Point>> {
    Memo::new(move |_| {
        let words = ctx.words.get();
        let snapshot = words.snapshot(ctx.step.get());
        match chart {
            ChartView::Bars => bar_points(words.data, snapshot, words.strings, rows.get()),
            ChartView::Map => map_points(words.places(ctx.english.data), words.data, snapshot),
        }
    })
}

/// What the charts ring: the point under the pointer, else the reader's choice.
fn ringed_choice(ctx: Ctx) -> Option<Choice> {
    ctx.hover.get().or_else(|| ctx.highlight.get())
}

/// The key of the bar to ring, if any.
pub fn use_ringed_bar(ctx: Ctx, points: Memo<Vec<Point>>) -> Memo<Option<String>> {
    Memo::new(move |_| {
        let choice = ringed_choice(ctx)?;
        points.with(|p| position(p, &choice).map(|i| p[i].key.clone()))
    })
}

/// The keys of the map's marks to ring: the chosen city's (or ring's); for
/// a country, or a city this step does not show, every mark of its country.
pub fn use_ringed_marks(ctx: Ctx, points: Memo<Vec<Point>>) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        let Some(choice) = ringed_choice(ctx) else {
            return Vec::new();
        };
        points.with(|points| match points.iter().find(|p| p.key == choice.key) {
            Some(point) => point.marks.clone(),
            None => points
                .iter()
                .filter(|p| p.iso2.is_some() && p.iso2 == choice.iso2)
                .flat_map(|p| p.marks.iter().cloned())
                .collect(),
        })
    })
}

/// The country whose details a point opens: its own (none for the folded
/// bar and the bar of stations without a published country).
fn details_of(point: &Point) -> Option<String> {
    match point.kind {
        PointKind::Country | PointKind::City | PointKind::NoCity => point.iso2.clone(),
        PointKind::Others | PointKind::NotLocated => None,
    }
}

/// The selector of `chart`'s focusable canvas.
fn canvas_selector(chart: ChartView) -> &'static str {
    match chart {
        ChartView::Bars => "canvas.bar-chart",
        ChartView::Map => "canvas.map-chart",
    }
}

/// Opens the details of `iso2` from `chart` and moves focus into them (once
/// they are drawn); closing them brings it back ([`close_details`]).
pub fn open_details(ctx: Ctx, chart: ChartView, iso2: String) {
    ctx.opener.set_value(Some(chart));
    ctx.selected.set(Some(iso2));
    request_animation_frame(|| browser::focus_selector(".detail"));
}

/// Closes the details, and gives focus back to the chart that opened them.
pub fn close_details(ctx: Ctx) {
    ctx.selected.set(None);
    if let Some(chart) = ctx.opener.get_value() {
        ctx.opener.set_value(None);
        browser::focus_selector(canvas_selector(chart));
    }
}

/// The keys of a focused chart: the arrows, Home and End move the ring and
/// the live region says its point; Enter and Space open its country's
/// details; Escape closes them. Other keys are left to the browser.
pub fn on_chart_key(
    ctx: Ctx,
    chart: ChartView,
    points: Memo<Vec<Point>>,
) -> impl Fn(web_sys::KeyboardEvent) + Copy + 'static {
    move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let nav = || Nav::with_choice(chart, points.get_untracked(), ctx.highlight.get_untracked());
        let key = ev.key();
        if let Some(key) = Key::from_dom(&key) {
            ev.prevent_default();
            let nav = nav().apply(key);
            if let Some(point) = nav.current() {
                let words = ctx.words.get_untracked();
                let snapshot = words.snapshot(ctx.step.get_untracked());
                ctx.say(sentence(words.data, snapshot, point, words.strings));
            }
            ctx.hover.set(None);
            ctx.highlight.set(nav.choice().cloned());
            return;
        }
        match key.as_str() {
            "Enter" | " " | "Spacebar" => {
                if let Some(iso2) = nav().current().and_then(details_of) {
                    ev.prevent_default();
                    open_details(ctx, chart, iso2);
                }
            }
            "Escape" | "Esc" if ctx.selected.with_untracked(Option::is_some) => {
                ev.prevent_default();
                ctx.selected.set(None);
            }
            _ => {}
        }
    }
}

/// The ring of the point under the pointer: `choice` while it is over one,
/// nothing when it leaves the chart.
pub fn hover(ctx: Ctx, choice: Option<Choice>) {
    if ctx.hover.with_untracked(|h| *h != choice) {
        ctx.hover.set(choice);
    }
}

/// The reader found `place` (the search, a `?place=` link, the host page):
/// it is ringed on both charts, the live region says its stations at this
/// step and since when, and its country's details open if the step shows it.
pub fn choose_place(ctx: Ctx, place: &Place) {
    let words = ctx.words.get_untracked();
    let snapshot = words.snapshot(ctx.step.get_untracked());
    let places = words.places(ctx.english.data);
    ctx.say(place_sentence(
        places,
        words.data,
        snapshot,
        place,
        words.strings,
    ));
    ctx.hover.set(None);
    ctx.highlight.set(Some(Choice::of_place(place)));
    let shown = snapshot.country(&place.iso2).is_some();
    ctx.selected.set(shown.then(|| place.iso2.clone()));
}

/// The place of id `id` (an ISO code or a city id, any case) in the
/// language shown, if there is one.
pub fn find_place(ctx: Ctx, id: &str) -> Option<&'static Place> {
    ctx.words.get_untracked().places(ctx.english.data).find(id)
}
