//! The caption under the chart: for each step its date, headline and
//! caption, its key events in view, and the rest of its events and its
//! sources behind two disclosures; and the note under the counter.
//!
//! Every step's caption sits in one grid cell (the stack), the current one
//! visible: the cell is as tall as the tallest step, so the graphic's height
//! does not change from step to step. In the static page hidden steps keep
//! only their disclosures' summaries (which is all a closed disclosure
//! shows); the app writes every step once, each disclosure's content when it
//! is first opened, and then only moves the `hidden-item` class, and the
//! stylesheet gives a disclosure left open on a hidden step no room.

use leptos::prelude::*;

use super::source::source_link;
use crate::model::{Confidence, Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::caption::HIDDEN_ITEM;
use crate::view::describe::counter_note;

/// How much of a step's caption is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fullness {
    /// The disclosures' summaries only (all a closed disclosure shows).
    Summaries,
    /// Everything, each event with up to two source links.
    Full,
    /// Everything but the events' source links (the whole static story lists
    /// each step's sources under it, and every source in the methodology).
    WithoutEventLinks,
}

/// Every step's caption in one stack, `current` shown; the hidden ones with
/// their disclosures' summaries only (the static first frame).
pub fn caption_stack(
    data: &Dataset,
    snapshots: &[Snapshot],
    current: usize,
    strings: &Strings,
) -> impl IntoView {
    snapshots
        .iter()
        .map(|s| {
            let shown = s.step == current;
            let fullness = if shown {
                Fullness::Full
            } else {
                Fullness::Summaries
            };
            caption_item(data, s, strings, shown, fullness)
        })
        .collect_view()
}

/// Every step's note under the counter, in a stack like the captions (some
/// steps have none, some two lines).
pub fn counter_note_stack(
    data: &Dataset,
    snapshots: &[Snapshot],
    current: usize,
    strings: &Strings,
) -> impl IntoView {
    snapshots
        .iter()
        .map(|s| {
            let class = if s.step == current {
                "counter-note"
            } else {
                "counter-note hidden-item"
            };
            view! { <p class=class>{counter_note(data, s, strings)}</p> }
        })
        .collect_view()
}

/// One step's caption, hidden unless `shown`.
pub fn caption_item(
    data: &Dataset,
    snapshot: &Snapshot,
    strings: &Strings,
    shown: bool,
    fullness: Fullness,
) -> impl IntoView {
    let full = fullness != Fullness::Summaries;
    let all = full.then(|| all_events(data, snapshot, strings, fullness));
    let sources = full.then(|| step_sources(data, snapshot));
    caption_frame(data, snapshot, strings, shown, [None, None], all, sources)
}

/// Every step's caption for the live page, `current` shown: every step as
/// [`caption_item`] writes it in full, but each disclosure's content is
/// written when the reader first opens it (a closed disclosure shows only
/// its summary, so nothing on screen waits for the five steps' events).
pub fn live_caption_stack(
    data: &'static Dataset,
    snapshots: &'static [Snapshot],
    current: usize,
    strings: &'static Strings,
) -> impl IntoView {
    snapshots
        .iter()
        .map(|s| {
            let opened = [RwSignal::new(false), RwSignal::new(false)];
            let all = move || {
                opened[0]
                    .get()
                    .then(|| all_events(data, s, strings, Fullness::Full))
            };
            let sources = move || opened[1].get().then(|| step_sources(data, s));
            caption_frame(
                data,
                s,
                strings,
                s.step == current,
                opened.map(Some),
                all,
                sources,
            )
        })
        .collect_view()
}

/// Every event of `snapshot`'s step, as `fullness` writes them.
fn all_events(
    data: &Dataset,
    snapshot: &Snapshot,
    strings: &Strings,
    fullness: Fullness,
) -> impl IntoView {
    let events = snapshot
        .events
        .iter()
        .map(|&i| event(data, i, strings, fullness))
        .collect_view();
    view! { <ol class="events">{events}</ol> }
}

/// The sources of `snapshot`'s step, linked.
fn step_sources(data: &Dataset, snapshot: &Snapshot) -> impl IntoView {
    let links = data.steps[snapshot.step]
        .sources
        .iter()
        .filter_map(|id| source_link(data, id))
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    view! { <ul class="step-sources">{links}</ul> }
}

/// A step's caption around the contents of its two disclosures (all its
/// events, its sources); `opened`, where given, is set when the reader opens one.
fn caption_frame(
    data: &Dataset,
    snapshot: &Snapshot,
    strings: &Strings,
    shown: bool,
    opened: [Option<RwSignal<bool>>; 2],
    all: impl IntoView,
    sources: impl IntoView,
) -> impl IntoView {
    let step = &data.steps[snapshot.step];
    let class = if shown {
        "caption-item".to_owned()
    } else {
        format!("caption-item {HIDDEN_ITEM}")
    };
    let key = snapshot
        .key_events
        .iter()
        .map(|&i| event(data, i, strings, Fullness::Summaries))
        .collect_view();
    let open = move |i: usize| {
        move |_| {
            if let Some(o) = opened[i] {
                o.set(true);
            }
        }
    };
    view! {
        <div class=class data-step=step.id.clone()>
            <p class="step-date">{step.date_label.clone()}</p>
            <h2 class="step-headline">{step.headline.clone()}</h2>
            <p class="step-caption">{step.caption.clone()}</p>
            <ol class="events key-events">{key}</ol>
            <div class="caption-more">
                <details class="all-events" on:toggle=open(0)>
                    <summary>{strings.with_count(strings.all_events, snapshot.events.len())}</summary>
                    {all}
                </details>
                <details class="step-sources-box" on:toggle=open(1)>
                    <summary>{strings.with_count(strings.step_sources, step.sources.len())}</summary>
                    {sources}
                </details>
            </div>
        </div>
    }
}

/// One dated event; with more than its summaries, its summary and (when
/// [`Fullness::Full`]) up to two source links. Single-source, inferred and
/// weakly sourced events say so either way.
fn event(data: &Dataset, index: usize, strings: &Strings, fullness: Fullness) -> impl IntoView {
    let e = &data.events[index];
    let caveat = (e.confidence >= Confidence::Secondary).then(|| {
        let text = format!(
            "{}: {}",
            strings.confidence_label, strings.confidence[e.confidence as usize]
        );
        view! { " " <span class="event-confidence">{text}</span> }
    });
    let more = (fullness != Fullness::Summaries).then(|| {
        let links = (fullness == Fullness::Full).then(|| {
            e.sources
                .iter()
                .take(2)
                .filter_map(|id| source_link(data, id))
                .map(|l| view! { <span class="event-source">{l}</span> })
                .collect_view()
        });
        view! { " " <span class="event-summary">{e.summary.clone()}</span> {links} }
    });
    let class = format!("event kind-{}", e.kind.as_str());
    view! {
        <li class=class>
            <time datetime=e.date.to_string()>{strings.event_date(e)}</time>
            <strong class="event-headline">{e.headline.clone()}</strong>
            {more}
            {caveat}
        </li>
    }
}
