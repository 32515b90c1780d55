//! The graphic as static HTML: the first step exactly as the live page lays it
//! out (same elements, classes and chart height, so the app can replace it in
//! place), and the other steps, the full table and a note for readers whose
//! browser cannot run the app. The panels are the app's own components,
//! rendered to HTML; every other text goes through `markup::escape`.

use crate::app::panels::{
    caption_item, caption_stack, corrections_section, methodology, methodology_intro, step_table,
    Fullness,
};
use crate::chart::palette::LIGHT;
use crate::model::{Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::describe::{chart_label, map_label};
use crate::view::export::export_csv;
use crate::view::markup::escape;

use super::places::places_section;
use super::{html, html_with};
use crate::app::{
    ChartPictures, Charts, Corrections, Counter, Credit, Ctx, DataTable, Detail, EmbedCode,
    LanguageSwitch, Legend, Masthead, Methodology, PlaceSearch, TimelineControls, Words,
};
use leptos::prelude::*;

use super::chart_svg::{chart_svg, with_root_attributes};
use super::map_svg::MAP_IMAGE_WIDTH;
use super::variants::{variant_css, widths};
use crate::chart::map_layout::MapLayout;

pub use crate::view::first_frame::{EXTRA_CLASS, FIRST_ONLY_CLASS, FRAME_CLASS};

/// Chart width of the other steps' single SVG, which scales to the column
/// (up to `.static-extra .chart-svg`'s max-width).
const EXTRA_WIDTH: f64 = 375.0;

/// The static graphic: markup for `<body>` and the stylesheet it needs.
pub struct StaticPage {
    /// The `<main>` element of the static graphic.
    pub body: String,
    /// Variant selection for the charts and the palette mapping (see [`stylesheet`]).
    pub css: String,
}

/// Where the static page links to, relative to `index.html`.
pub struct Links<'a> {
    /// The CSV of the last step, for readers without the app.
    pub csv: &'a str,
    /// The page of every source (see [`sources_page`]).
    pub sources: &'a str,
    /// The first step's map in the light and the dark theme.
    pub map: [&'a str; 2],
}

/// The methodology's paragraphs and reports, and a link to the page of every
/// source: the whole list would not fit the first page's byte budget.
fn methodology_without_sources(data: &Dataset, strings: &Strings, sources_page: &str) -> String {
    format!(
        "{}<p><a href=\"{}\">{} ({})</a></p>",
        html(methodology_intro(data, strings)),
        escape(sources_page),
        escape(strings.static_sources_link),
        data.sources.len()
    )
}

/// A page of its own with the whole methodology and every source, styled by `stylesheet`.
pub fn sources_page(data: &Dataset, strings: &Strings, stylesheet: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\"><link rel=\"icon\" href=\"data:,\">\
         <title>{}: {}</title><link rel=\"stylesheet\" href=\"{}\"></head>\
         <body><main class=\"graphic sources-page\"><p class=\"kicker\"><a href=\"./\">{}</a></p>\
         <h1>{}</h1>{}{}</main></body></html>\n",
        strings.lang.tag(),
        escape(strings.methodology_title),
        escape(strings.headline),
        escape(stylesheet),
        escape(strings.headline),
        escape(strings.methodology_title),
        html(methodology(data, strings)),
        html(corrections_section(data, strings, "")),
    )
}

/// The static graphic of `data`.
pub fn static_page(data: &Dataset, strings: &'static Strings, links: &Links) -> StaticPage {
    let snapshots = data.snapshots();
    let last = &snapshots[snapshots.len() - 1];
    let first_widths = widths(&snapshots[0], strings);
    let mut css = stylesheet();
    css.push_str(&variant_css("v", &first_widths));

    // The first step in the live page's order (stage, timeline, caption
    // stack), then the other steps for readers without the app.
    let mut body = format!(
        "<main id=\"graphic-static\" class=\"graphic {FRAME_CLASS}\">{}{}\
         <p class=\"static-note {EXTRA_CLASS}\" role=\"note\">{}</p>{}{}\
         <div class=\"caption caption-stack\">{}</div>",
        first_frame(data, strings, 0, || view! { <LanguageSwitch/> }),
        first_frame(data, strings, 0, || view! { <Masthead/> }),
        escape(strings.static_note),
        step_section(data, &snapshots, 0, strings, &first_widths, Some(links.map)),
        first_frame(data, strings, 0, || view! { <TimelineControls/> }),
        html(caption_stack(data, &snapshots, 0, strings)),
    );
    let other_steps: String = (1..snapshots.len())
        .map(|step| step_section(data, &snapshots, step, strings, &first_widths, None))
        .collect();
    body.push_str(&no_script(&other_steps));
    // The first frame's table disclosure is closed and the app replaces it
    // within a second: its summary keeps the layout, the table itself is the
    // whole story's (below).
    body.push_str(&first_frame(data, strings, 0, || view! { <DataTable/> }));
    body.push_str(&no_script(&format!(
        "<section class=\"data {EXTRA_CLASS}\"><h2 class=\"step-headline\">{}</h2>\
         <div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">{}</div>\
         <a class=\"download\" href=\"{}\" download>{}</a></section>{}",
        escape(strings.static_table_title),
        escape(strings.table_label),
        html(step_table(data, last, strings)),
        escape(links.csv),
        escape(strings.download_csv),
        places_section(data, strings),
    )));
    // Likewise the methodology and the corrections note: closed disclosures
    // in the first frame, open sections in the whole story (the methodology
    // there lists every source).
    body.push_str(&format!(
        "<div class=\"notes\">{}{}{}{}</div>{}</main>",
        first_frame(data, strings, 0, || view! { <Methodology/> }),
        no_script(&format!(
            "<section class=\"methodology {EXTRA_CLASS}\"><h2 class=\"step-headline\">{}</h2>{}</section>",
            escape(strings.methodology_title),
            methodology_without_sources(data, strings, links.sources),
        )),
        first_frame(data, strings, 0, || view! { <EmbedCode/><Corrections/> }),
        no_script(&html(corrections_section(data, strings, EXTRA_CLASS))),
        first_frame(data, strings, 0, || view! { <Credit/> }),
    ));
    StaticPage { body, css }
}

/// The CSV the static page links to: the last step, as the live download writes it.
pub fn last_step_csv(data: &Dataset, strings: &Strings) -> (String, String) {
    let last = data.steps.len() - 1;
    let csv = export_csv(data, &data.snapshot(last), strings);
    (data.steps[last].id.clone(), csv)
}

/// `markup`, a part of the whole story, inside `<noscript>`: a reader without
/// JavaScript gets it as it is; where scripting is on, the browser keeps it as
/// one text node (no elements to parse, style or lay out before the first
/// paint and the app), and `boot.js` parses it into place only if the app
/// cannot run. Every text of the story is escaped, so none can end the element.
fn no_script(markup: &str) -> String {
    assert!(
        !markup.to_ascii_lowercase().contains("</noscript"),
        "a text of the static story ends its <noscript>: {markup:.200}"
    );
    format!("<noscript>{markup}</noscript>")
}

/// `component` at step `step`, rendered as the static first frame of `data`
/// in `strings`' language shows it (the app's own component, inert: see [`Ctx::first_frame`]).
fn first_frame<V: IntoView>(
    data: &Dataset,
    strings: &'static Strings,
    step: usize,
    component: impl FnOnce() -> V,
) -> String {
    let words = Words::new(strings, Box::leak(Box::new(data.clone())));
    html_with(|| {
        let ctx = Ctx::first_frame(words);
        ctx.step.set(step);
        provide_context(ctx);
        component()
    })
}

/// One step: counter, legend and chart, and for all but the first its caption
/// (the first step's is the caption stack after the timeline). The first step
/// carries a chart per width band (see `variants`) and every step's counter
/// note, stacked as live; the others one scaling chart and their own note.
fn step_section(
    data: &Dataset,
    snapshots: &[Snapshot],
    step: usize,
    strings: &'static Strings,
    first_widths: &[f64],
    map: Option<[&str; 2]>,
) -> String {
    let snapshot = &snapshots[step];
    let first = step == 0;
    let label = escape(&chart_label(data, snapshot, strings));
    let charts: String = if first {
        first_widths
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let chart = chart_svg(snapshot, w, strings, &LIGHT);
                with_root_attributes(
                    &chart.svg,
                    &format!(
                        "class=\"chart-svg v{i}\" width=\"100%\" height=\"{}\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"{label}\"",
                        chart.layout.height.round()
                    ),
                )
            })
            .collect()
    } else {
        let chart = chart_svg(snapshot, EXTRA_WIDTH, strings, &LIGHT);
        with_root_attributes(
            &chart.svg,
            &format!(
                "class=\"chart-svg scaled\" width=\"100%\" role=\"img\" aria-label=\"{label}\""
            ),
        )
    };

    let id = escape(&data.steps[snapshot.step].id);
    let class = if first {
        "static-step"
    } else {
        "static-step static-extra"
    };
    let caption = (!first).then(|| {
        format!(
            "<section class=\"caption\">{}</section>",
            html(caption_item(
                data,
                snapshot,
                strings,
                true,
                Fullness::WithoutEventLinks
            ))
        )
    });
    let caption = caption.unwrap_or_default();
    // The counter (every step's note stacked, as live) and the legend: the app's own.
    // The first step's place search, inert (a row the live page has too).
    let counter_and_legend = first_frame(data, strings, step, move || {
        view! { <Counter/><Legend/>{first.then(|| view! { <PlaceSearch/> })} }
    });
    // The map, as the app lays it out (the Countries view first on narrow
    // screens, where the image keeps the hidden map's height).
    let map = map.map(|[light, dark]| {
        let height = MapLayout::natural_height(MAP_IMAGE_WIDTH).round();
        format!(
            "<picture><source srcset=\"{}\" media=\"(prefers-color-scheme: dark)\">\
             <img class=\"map-image\" src=\"{}\" width=\"{MAP_IMAGE_WIDTH}\" height=\"{height}\" loading=\"lazy\" alt=\"{}\"></picture>",
            escape(dark),
            escape(light),
            escape(&map_label(snapshot, strings)),
        )
    });
    // The chart pair as the app lays it out, with the pictures in place of canvases.
    let pictures = ChartPictures {
        id_suffix: format!("-{}", data.steps[snapshot.step].id),
        bars: charts,
        map,
    };
    let chart_pair = first_frame(data, strings, step, move || {
        provide_context(pictures);
        view! { <Charts/> }
    });
    format!(
        "<div class=\"{class}\" data-step=\"{id}\"><section class=\"stage\" aria-labelledby=\"chart-title-{id}\">\
         {counter_and_legend}{chart_pair}{}</section>{caption}</div>",
        first_frame(data, strings, step, || view! { <Detail/> }),
    )
}

/// What the static chart needs besides its variants: each light colour that
/// plotters writes as a presentation attribute is mapped back to its custom
/// property, so the SVG follows the theme (and a newsroom's colours) like the canvas.
fn stylesheet() -> String {
    let mut css = String::from(
        ".chart{container-type:inline-size}.chart-svg{display:none;max-width:100%}\
         .chart-svg.scaled{display:block;max-width:560px}\n",
    );
    for (property, c) in LIGHT.by_property() {
        let hex = format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        css.push_str(&format!(
            ".chart-svg [fill=\"{hex}\"]{{fill:var({property})}}.chart-svg [stroke=\"{hex}\"]{{stroke:var({property})}}\n"
        ));
    }
    css
}

#[cfg(test)]
#[path = "page_tests.rs"]
mod tests;
