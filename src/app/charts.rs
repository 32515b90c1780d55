//! The chart pair: the bar chart and the map, side by side in a wide column,
//! one at a time behind a Countries / Map switch in a narrow one.

use leptos::prelude::*;

use super::{browser, BarChart, Ctx, MapChart};
use crate::chart::map_layout::WIDE_MEDIA;
use crate::view::first_frame::FIRST_ONLY_CLASS;
use crate::view::query::ChartView;

/// The static pages' pictures of the charts, which the build gives the
/// chart pair (as context) in place of the canvases: the bar chart's SVG,
/// drawn by the same plotters code, and on the first step the map's image.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
pub struct ChartPictures {
    /// Suffix of the charts' heading ids (the static story has a pair per step).
    pub id_suffix: String,
    /// The bar chart: its SVG markup.
    pub bars: String,
    /// The map: its image markup, on the steps that show it.
    pub map: Option<String>,
}

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
    let live = ctx.live();
    let buttons = ChartView::ALL
        .into_iter()
        .enumerate()
        .map(|(i, view)| {
            view! {
                <button
                    type="button"
                    data-view=view.id()
                    disabled=!live
                    aria-pressed=move || (ctx.view.get() == view).to_string()
                    on:click=move |_| ctx.view.set(view)
                >
                    {move || ctx.strings().view_names[i]}
                </button>
            }
        })
        .collect_view();
    // The canvases; in the static pages, the pictures the build drew.
    #[cfg(target_arch = "wasm32")]
    let (suffix, bars, map) = (
        "",
        view! { <BarChart/> },
        Some(view! { <MapChart visible=map_on_screen with_bars=with_bars/> }),
    );
    #[cfg(not(target_arch = "wasm32"))]
    let (suffix, bars, map) = match use_context::<ChartPictures>() {
        Some(p) => (
            p.id_suffix,
            view! { <div class="chart" inner_html=p.bars></div> }.into_any(),
            p.map
                .map(|m| view! { <div class="map" inner_html=m></div> }.into_any()),
        ),
        None => (
            String::new(),
            view! { <BarChart/> }.into_any(),
            Some(view! { <MapChart visible=map_on_screen with_bars=with_bars/> }.into_any()),
        ),
    };
    let map_panel = map.map(|map| {
        view! {
            <div class="chart-panel map-panel" class=(FIRST_ONLY_CLASS, !live)>
                <h2 id=format!("map-title{suffix}") class="chart-title">
                    {move || ctx.strings().map_title}
                </h2>
                {map}
            </div>
        }
    });
    // How the keys move on a focused chart (both canvases' description).
    let keys = live.then(|| {
        view! { <p id="explore-keys" class="visually-hidden">{move || ctx.strings().explore_keys}</p> }
    });
    view! {
        <div class="chart-pair" data-view=move || ctx.view.get().id()>
            {keys}
            <div
                class="view-switch"
                class=(FIRST_ONLY_CLASS, !live)
                role="group"
                aria-label=move || ctx.strings().view_switch
            >
                {buttons}
            </div>
            <div class="chart-panel bars-panel">
                <h2 id=format!("chart-title{suffix}") class="chart-title">
                    {move || ctx.strings().chart_title}
                </h2>
                {bars}
            </div>
            {map_panel}
        </div>
    }
}
