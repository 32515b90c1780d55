//! The text around the chart: counter, legend, caption, table, details,
//! methodology and the live region.

mod caption;
mod detail;
mod legend;
mod notes;
mod source;
mod table;

use leptos::html::Div;
use leptos::prelude::*;

use super::browser;
use super::explore::close_details;
use super::Ctx;
use crate::view::corrections::{has_entries, CLASS as CORRECTIONS};
use crate::view::counter::count_at;
use crate::view::describe::announcement;
use crate::view::export::export_csv;
use crate::view::first_frame::FIRST_ONLY_CLASS;

pub use caption::{caption_item, caption_stack, counter_note_stack, live_caption_stack, Fullness};
pub use detail::country_detail;
pub use legend::legend_key;
pub use notes::{corrections_note, methodology};
#[cfg(not(target_arch = "wasm32"))]
pub use notes::{corrections_section, methodology_intro};
pub use table::step_table;

/// The headline counter, counting to the step's totals on the shared clock.
#[component]
pub fn Counter() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let snapshot = move || ctx.snapshot(ctx.step.get());
    let totals = move |step: usize| {
        let s = ctx.snapshot(step);
        (s.stations, s.countries)
    };
    let initial = totals(ctx.step.get_untracked());
    let shown = RwSignal::new(initial);
    // (step, from, to): a new step counts on from whatever is on screen.
    type Count = (usize, (u32, u32), (u32, u32));
    Effect::new(move |previous: Option<Count>| {
        let step = ctx.step.get();
        let t = ctx.clock.progress();
        let (from, to) = match previous {
            Some((s, from, to)) if s == step => (from, to),
            Some(_) => (shown.get_untracked(), totals(step)),
            None => (initial, initial),
        };
        let now = (count_at(from.0, to.0, t), count_at(from.1, to.1, t));
        if now != shown.get_untracked() {
            shown.set(now);
        }
        (step, from, to)
    });
    // Every step's note, written once per language; a step only moves the class.
    let notes = move || {
        let w = ctx.words.get();
        counter_note_stack(w.data, w.snapshots, ctx.step.get_untracked(), w.strings)
    };
    let stack = NodeRef::<Div>::new();
    Effect::new(move |_| browser::show_only(stack.get(), ctx.step.get()));
    view! {
        <div class="counter-block">
            <p
                class="counter"
                data-testid=ctx.live().then_some("counter")
                data-stations=move || snapshot().stations.to_string()
                data-countries=move || snapshot().countries.to_string()
            >
                {move || {
                    let (s, c) = shown.get();
                    ctx.strings().stations_in_countries(s, c)
                }}
            </p>
            <div
                class="counter-note-stack"
                node_ref=stack
            >
                {notes}
            </div>
        </div>
    }
}

/// Colour key of the bureaus, plus the marker for countries that acted
/// (shown only on steps where one did).
#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let any_responded = move || {
        ctx.snapshot(ctx.step.get())
            .by_country
            .iter()
            .any(|c| c.responded)
    };
    view! {
        <div
            class="legend"
            class:with-responded=any_responded
            aria-hidden="true"
        >
            {move || legend_key(ctx.strings())}
        </div>
    }
}

/// Cities, bureaus, stations and sources of the country selected on the chart.
#[component]
pub fn Detail() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let content = move || {
        let key = ctx.selected.get()?;
        let snap = ctx.snapshot(ctx.step.get());
        country_detail(ctx.data(), snap, &key, ctx.strings())
    };
    // One fixed structure; CSS shows the hint or the panel (`.open`).
    view! {
        <div
            class="detail-slot"
            class=(FIRST_ONLY_CLASS, !ctx.live())
            class:open=move || ctx.selected.with(Option::is_some)
        >
            <p class="hint">{move || ctx.strings().detail_hint}</p>
            {ctx.live().then(|| view! {
                <div
                    class="detail"
                    aria-live="polite"
                    tabindex="-1"
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if matches!(ev.key().as_str(), "Escape" | "Esc") {
                            ev.prevent_default();
                            close_details(ctx);
                        }
                    }
                >
                    <button type="button" class="close" on:click=move |_| close_details(ctx)>
                        {move || ctx.strings().close}
                    </button>
                    <div>{content}</div>
                </div>
            })}
        </div>
    }
}

/// Every step's headline, caption and events, stacked so that the tallest
/// sets the height, written once; a new step only moves the `hidden-item`
/// class from one to another, which lays out nothing anew (see `view::caption`).
#[component]
pub fn Caption() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let html = move || {
        let w = ctx.words.get();
        live_caption_stack(w.data, w.snapshots, ctx.step.get_untracked(), w.strings)
    };
    let stack = NodeRef::<Div>::new();
    Effect::new(move |_| browser::show_only(stack.get(), ctx.step.get()));
    // A div, as the counter's notes: one kind of element reference for both.
    view! {
        <div class="caption caption-stack" data-testid="caption" node_ref=stack>
            {html}
        </div>
    }
}

/// A real table that mirrors the chart, in a disclosure, with the CSV download.
#[component]
pub fn DataTable() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let (blocked, set_blocked) = signal(false);
    let table = move || {
        let i = ctx.step.get();
        step_table(ctx.data(), ctx.snapshot(i), ctx.strings())
    };
    let download = move |_| {
        let i = ctx.step.get_untracked();
        let w = ctx.words.get_untracked();
        let csv = export_csv(w.data, w.snapshot(i), w.strings);
        let name = format!("{}-{}.csv", w.strings.csv_file_stem, w.data.steps[i].id);
        let ok = browser::download(&name, &csv, "text/csv;charset=utf-8");
        set_blocked.set(!ok || browser::is_sandboxed());
    };
    view! {
        <section class="data" class=(FIRST_ONLY_CLASS, !ctx.live())>
            <details class="data-table">
                <summary>{move || ctx.strings().table_summary}</summary>
                // Focusable so keyboard users can scroll a table wider than the screen.
                {ctx.live().then(|| view! {
                    <div
                        class="table-scroll"
                        tabindex="0"
                        role="region"
                        aria-label=move || ctx.strings().table_label
                    >
                        {table}
                    </div>
                })}
            </details>
            <button
                type="button"
                class="download"
                disabled=!ctx.live()
                data-testid=ctx.live().then_some("download")
                on:click=download
            >
                {move || ctx.strings().download_csv}
            </button>
            <p class="download-blocked" role="status">
                {move || blocked.get().then(|| ctx.strings().download_blocked)}
            </p>
        </section>
    }
}

/// How the counts were made, what is uncertain, and every source used.
#[component]
pub fn Methodology() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <details class="methodology" class=(FIRST_ONLY_CLASS, !ctx.live())>
            <summary>{move || ctx.strings().methodology_title}</summary>
            {ctx.live().then(|| view! { <div>{move || methodology(ctx.data(), ctx.strings())}</div> })}
        </details>
    }
}

/// The dated corrections note, a closed disclosure; nothing when it has no
/// entries (their words may come a moment later, with English's file).
#[component]
pub fn Corrections() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // Entries are the same in every language: the disclosure stays as the words change.
    has_entries(ctx.english.data).then(|| {
        view! {
            <details class=CORRECTIONS class=(FIRST_ONLY_CLASS, !ctx.live())>
                <summary>{move || ctx.strings().corrections_summary}</summary>
                {ctx.live().then(|| view! {
                    <div>{move || corrections_note(ctx.data(), ctx.strings())}</div>
                })}
            </details>
        }
    })
}

/// The credit line under the graphic.
#[component]
pub fn Credit() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <footer class="credit">
            <p>{move || ctx.strings().credit_line()}</p>
        </footer>
    }
}

/// Says each new step to screen readers, politely, and each point the
/// reader moves to on a chart or finds with the search.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The reader's last move on a chart or in the search, while its step
    // and language are shown; else the step.
    let text = move || {
        let i = ctx.step.get();
        let lang = ctx.strings().lang;
        let said = ctx.said.with(|s| {
            s.as_ref()
                .filter(|s| s.step == i && s.lang == lang)
                .map(|s| s.text.clone())
        });
        said.unwrap_or_else(|| announcement(ctx.data(), ctx.snapshot(i), ctx.strings()))
    };
    view! { <p class="visually-hidden" data-testid="announcer" aria-live="polite" aria-atomic="true">
        {text}
    </p> }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
