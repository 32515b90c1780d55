//! The text around the chart: counter, legend, caption, table, details,
//! methodology and the live region.

use leptos::prelude::*;

use super::browser;
use super::Ctx;
use crate::model::{export_csv, Jurisdiction, Shows};
use crate::strings::{stations_in_countries, EN};
use crate::view::counter::count_at;
use crate::view::describe::announcement;
use crate::view::tween::TRANSITION_MS;

/// Source link (title and publisher) for a source id, if it exists.
fn source_link(ctx: Ctx, id: &str) -> Option<impl IntoView> {
    let source = ctx.data.source(id)?;
    let text = format!("{}, {}", source.publisher, source.title);
    Some(view! { <a href=source.url.clone() rel="noopener" target="_blank">{text}</a> })
}

/// The headline counter, counting to the step's totals.
#[component]
pub fn Counter() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let snapshot = move || ctx.snapshot(ctx.timeline.with(|t| t.step));
    let initial = ctx.snapshot(ctx.timeline.get_untracked().step);
    let shown = RwSignal::new((initial.stations, initial.countries));
    Effect::new(move |previous: Option<(u32, u32)>| {
        let target = (snapshot().stations, snapshot().countries);
        let from = previous.unwrap_or(target);
        if ctx.reduced_motion || from == target {
            shown.set(target);
            return target;
        }
        let start = browser::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or_default();
        let alive = std::rc::Rc::new(std::cell::Cell::new(true));
        count_frames(from, target, start, shown, alive.clone());
        let alive = send_wrapper::SendWrapper::new(alive);
        on_cleanup(move || alive.set(false));
        target
    });
    let note = move || {
        let s = snapshot();
        match ctx.data.steps[s.step].shows {
            Shows::OpenedBy(_) => EN.dated_note.to_string(),
            Shows::Report(r) => {
                let report = &ctx.data.reports[r];
                if s.is_minimum {
                    format!(
                        "According to Safeguard Defenders ({}). {}",
                        report.short_title, EN.minimum_note
                    )
                } else {
                    format!("According to Safeguard Defenders ({}).", report.short_title)
                }
            }
        }
    };
    view! {
        <div class="counter-block">
            <p
                class="counter"
                data-testid="counter"
                data-stations=move || snapshot().stations.to_string()
                data-countries=move || snapshot().countries.to_string()
            >
                {move || {
                    let (s, c) = shown.get();
                    stations_in_countries(s, c)
                }}
            </p>
            <p class="counter-note">{note}</p>
        </div>
    }
}

fn count_frames(
    from: (u32, u32),
    to: (u32, u32),
    start: f64,
    shown: RwSignal<(u32, u32)>,
    alive: std::rc::Rc<std::cell::Cell<bool>>,
) {
    let _ = request_animation_frame_with_handle(move || {
        if !alive.get() {
            return;
        }
        let now = browser::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or(start + TRANSITION_MS);
        let t = ((now - start) / TRANSITION_MS).clamp(0.0, 1.0);
        shown.set((count_at(from.0, to.0, t), count_at(from.1, to.1, t)));
        if t < 1.0 {
            count_frames(from, to, start, shown, alive);
        }
    });
}

/// Colour key of the bureaus, plus the marker for countries that acted.
#[component]
pub fn Legend() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let items = Jurisdiction::ALL
        .iter()
        .map(|j| {
            let label = match j {
                Jurisdiction::Unknown => EN.unknown_bureau.to_string(),
                other => other.label().to_string(),
            };
            let class = format!("swatch swatch-{}", j.label().to_lowercase());
            view! { <li><span class=class aria-hidden="true"></span>{label}</li> }
        })
        .collect_view();
    let any_responded = move || {
        ctx.snapshot(ctx.timeline.with(|t| t.step))
            .by_country
            .iter()
            .any(|c| c.responded)
    };
    view! {
        <div class="legend" aria-hidden="true">
            <span class="legend-title">{EN.legend_title}</span>
            <ul>
                {items}
                <Show when=any_responded>
                    <li><span class="marker"></span>{EN.responded_note}</li>
                </Show>
            </ul>
        </div>
    }
}

/// Cities, bureaus and sources of the country selected on the chart.
#[component]
pub fn Detail() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let content = move || {
        let key = ctx.selected.get()?;
        let snap = ctx.snapshot(ctx.timeline.with(|t| t.step));
        let country = snap.by_country.iter().find(|c| c.iso2 == key)?.clone();
        let bureaus = Jurisdiction::ALL
            .iter()
            .zip(country.by_jurisdiction)
            .filter(|(_, n)| *n > 0)
            .map(|(j, n)| format!("{} {n}", j.label()))
            .collect::<Vec<_>>()
            .join(", ");
        let cities = if country.cities.is_empty() {
            EN.no_city.to_string()
        } else {
            country.cities.join("; ")
        };
        let sources = country
            .sources
            .iter()
            .filter_map(|id| source_link(ctx, id).map(|l| view! { <li>{l}</li> }))
            .collect_view();
        Some(view! {
            <div class="detail" role="region" aria-label=country.name.clone()>
                <button type="button" class="close" on:click=move |_| ctx.selected.set(None)>
                    {EN.close}
                </button>
                <h3>{format!("{}: {}", country.name, country.total)}</h3>
                <p><strong>{EN.bureaus_label}": "</strong>{bureaus}</p>
                <p><strong>{EN.cities_label}": "</strong>{cities}</p>
                <p class="detail-sources-label"><strong>{EN.sources_label}</strong></p>
                <ul class="detail-sources">{sources}</ul>
            </div>
        })
    };
    view! {
        <div class="detail-slot">
            {move || content().map(|v| v.into_any()).unwrap_or_else(|| {
                view! { <p class="hint">{EN.detail_hint}</p> }.into_any()
            })}
        </div>
    }
}

/// The step's headline, caption, events and sources.
#[component]
pub fn Caption() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let body = move || {
        let i = ctx.timeline.with(|t| t.step);
        let step = &ctx.data.steps[i];
        let events = ctx
            .snapshot(i)
            .events
            .iter()
            .map(|&e| {
                let event = &ctx.data.events[e];
                let sources = event
                    .sources
                    .iter()
                    .take(2)
                    .filter_map(|id| source_link(ctx, id))
                    .map(|l| view! { <span class="event-source">{l}</span> })
                    .collect_view();
                let kind = format!("event kind-{}", event.kind.as_str());
                view! {
                    <li class=kind>
                        <time datetime=event.date.to_string()>{event.display_date()}</time>
                        <strong class="event-headline">{event.headline.clone()}</strong>
                        <span class="event-summary">{event.summary.clone()}" "</span>
                        {sources}
                    </li>
                }
            })
            .collect_view();
        let sources = step
            .sources
            .iter()
            .filter_map(|id| source_link(ctx, id))
            .map(|l| view! { <li>{l}</li> })
            .collect_view();
        view! {
            <p class="step-date">{step.date_label.clone()}</p>
            <h2 class="step-headline">{step.headline.clone()}</h2>
            <p class="step-caption">{step.caption.clone()}</p>
            <p class="step-sources-label">{EN.source_label}</p>
            <ul class="step-sources">{sources}</ul>
            <h3 class="events-title">{EN.events_title}</h3>
            <ol class="events">{events}</ol>
        }
    };
    view! { <section class="caption" data-testid="caption">{body}</section> }
}

/// A real table that mirrors the chart, in a disclosure, with the CSV download.
#[component]
pub fn DataTable() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let (blocked, set_blocked) = signal(false);
    let rows = move || {
        let snap = ctx.snapshot(ctx.timeline.with(|t| t.step));
        let mut rows: Vec<AnyView> = snap
            .by_country
            .iter()
            .map(|c| {
                let confidence = EN.confidence[c.lowest_confidence as usize];
                view! {
                    <tr>
                        <th scope="row">{c.name.clone()}</th>
                        <td class="num">{c.total}</td>
                        <td>{c.cities.join("; ")}</td>
                        <td>{confidence}</td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        if snap.not_located > 0 {
            rows.push(
                view! {
                    <tr class="not-located">
                        <th scope="row">{EN.not_located}</th>
                        <td class="num">{snap.not_located}</td>
                        <td></td>
                        <td></td>
                    </tr>
                }
                .into_any(),
            );
        }
        rows.push(
            view! {
                <tr class="total">
                    <th scope="row">{EN.total_row}</th>
                    <td class="num">{snap.stations}</td>
                    <td></td>
                    <td></td>
                </tr>
            }
            .into_any(),
        );
        rows
    };
    let caption = move || {
        let i = ctx.timeline.with(|t| t.step);
        let snap = ctx.snapshot(i);
        format!(
            "{}: {}",
            ctx.data.steps[i].date_label,
            stations_in_countries(snap.stations, snap.countries)
        )
    };
    let download = move |_| {
        let i = ctx.timeline.get_untracked().step;
        let csv = export_csv(ctx.data, ctx.snapshot(i));
        let name = format!("{}-{}.csv", EN.csv_file_stem, ctx.data.steps[i].id);
        let ok = browser::download(&name, &csv, "text/csv;charset=utf-8");
        set_blocked.set(!ok || browser::is_sandboxed());
    };
    view! {
        <section class="data">
            <details class="data-table">
                <summary>{EN.table_summary}</summary>
                <div class="table-scroll">
                    <table>
                        <caption>{caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{EN.col_country}</th>
                                <th scope="col" class="num">{EN.col_stations}</th>
                                <th scope="col">{EN.col_cities}</th>
                                <th scope="col">{EN.col_confidence}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
            <button type="button" class="download" data-testid="download" on:click=download>
                {EN.download_csv}
            </button>
            <Show when=move || blocked.get()>
                <p class="download-blocked" role="status">{EN.download_blocked}</p>
            </Show>
        </section>
    }
}

/// How the counts were made, what is uncertain, and every source used.
#[component]
pub fn Methodology() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let paragraphs = EN
        .methodology
        .iter()
        .map(|p| view! { <p>{*p}</p> })
        .collect_view();
    let reports = ctx
        .data
        .reports
        .iter()
        .map(|r| {
            let text = format!(
                "{}, \u{201c}{}\u{201d} ({})",
                r.publisher,
                r.title,
                r.date.label()
            );
            view! { <li><a href=r.url.clone() rel="noopener" target="_blank">{text}</a></li> }
        })
        .collect_view();
    let mut sources: Vec<_> = ctx.data.sources.iter().collect();
    sources.sort_by(|a, b| a.publisher.cmp(&b.publisher).then(a.title.cmp(&b.title)));
    let sources = sources
        .into_iter()
        .map(|s| {
            let date = s
                .date
                .map(|d| format!(" ({})", d.label()))
                .unwrap_or_default();
            let text = format!("{}: {}{}", s.publisher, s.title, date);
            view! { <li><a href=s.url.clone() rel="noopener" target="_blank">{text}</a></li> }
        })
        .collect_view();
    view! {
        <details class="methodology">
            <summary>{EN.methodology_title}</summary>
            {paragraphs}
            <ul class="reports">{reports}</ul>
            <h3>{EN.sources_title}</h3>
            <ul class="sources">{sources}</ul>
        </details>
    }
}

/// Announces each new step to screen readers, politely.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let text = move || {
        let i = ctx.timeline.with(|t| t.step);
        announcement(ctx.data, ctx.snapshot(i), &EN)
    };
    view! { <p class="visually-hidden" aria-live="polite" aria-atomic="true">{text}</p> }
}
