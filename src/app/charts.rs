//! The chart pair: the bar chart and the map, side by side in a wide column,
//! one at a time behind a Countries / Map switch in a narrow one.

use leptos::prelude::*;

use super::{browser, BarChart, Ctx, MapChart};
use crate::chart::map_layout::WIDE_MEDIA;
use crate::view::query::ChartView;

/// Both charts in one grid cell (so switching never changes the page's
/// height) or, at [`WIDE_MEDIA`], in the page's two columns.
#[component]
pub fn Charts() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let wide = RwSignal::new(browser::media_matches(WIDE_MEDIA));
    // For the page's life, as the chart pair.
    browser::on_media_change(WIDE_MEDIA, move || {
        let _ = wide.try_set(browser::media_matches(WIDE_MEDIA));
    });
    let map_on_screen = Signal::derive(move || wide.get() || ctx.view.get() == ChartView::Map);
    let with_bars = Signal::derive(move || !wide.get());
    let buttons = ChartView::ALL
        .into_iter()
        .enumerate()
        .map(|(i, view)| {
            view! {
                <button
                    type="button"
                    data-view=view.id()
                    aria-pressed=move || (ctx.view.get() == view).to_string()
                    on:click=move |_| ctx.view.set(view)
                >
                    {move || ctx.strings().view_names[i]}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="chart-pair" data-view=move || ctx.view.get().id()>
            <div class="view-switch" role="group" aria-label=move || ctx.strings().view_switch>
                {buttons}
            </div>
            <div class="chart-panel bars-panel">
                <h2 id="chart-title" class="chart-title">{move || ctx.strings().chart_title}</h2>
                <BarChart/>
            </div>
            <div class="chart-panel map-panel">
                <h2 id="map-title" class="chart-title">{move || ctx.strings().map_title}</h2>
                <MapChart visible=map_on_screen with_bars=with_bars/>
            </div>
        </div>
    }
}
