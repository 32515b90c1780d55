//! The bar chart component: a canvas drawn by plotters, tweened between steps
//! on the page's one clock.

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

use super::browser;
use super::canvas::{backend, pixel_ratio, size_canvas, use_palette};
use super::explore::{hover, on_chart_key, use_points, use_ringed_bar};
use super::resize::use_width;
use super::Ctx;
use crate::chart::draw::{draw_bars, Scene};
use crate::chart::layout::Layout;
use crate::view::bars::{chart_at, country_rows_for_width, Bar, BarKind};
use crate::view::describe::chart_label;
use crate::view::explore::nav::Choice;
use crate::view::query::ChartView;
use crate::view::tween::{BarFrame, Transition};

/// The move to a step's bars: where they go, their layout, and the
/// transition there.
#[derive(Clone, PartialEq)]
struct Motion {
    step: usize,
    /// The step's bars, top to bottom (what a click picks from).
    bars: Vec<Bar>,
    layout: Layout,
    transition: Transition,
    /// Whether it moves on from another step's bars (else it is settled).
    moves: bool,
}

/// Bars as drawn in an interrupted frame, so a new transition starts from there.
fn bars_from_frames(frames: &[BarFrame<'_>]) -> Vec<Bar> {
    let mut visible: Vec<&BarFrame> = frames.iter().filter(|f| f.opacity > 0.5).collect();
    crate::model::order::sort_by(&mut visible, |a, b| a.row.total_cmp(&b.row));
    visible
        .into_iter()
        .map(|f| Bar {
            key: f.key.to_owned(),
            label: f.label.to_owned(),
            kind: f.kind,
            segments: f.segments,
            total: f.total,
            responded: f.responded,
        })
        .collect()
}

/// The country bar chart of the current step, drawn on the shared clock.
#[component]
pub fn BarChart() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let width = use_width(container);
    let frames = RwSignal::new(0_u32);
    // Where the frame on screen is in its transition (1 = finished).
    let drawn_at = StoredValue::new(1.0_f64);

    // The step's bars and their layout at this width, in this language.
    let target = Memo::new(move |_| {
        let w = width.get();
        (w > 0.0).then(|| chart_at(ctx.snapshot(ctx.step.get()), ctx.strings(), w))
    });
    // A new step moves on from the frame on screen; a new width or language
    // shows the step's bars where they are.
    let motion = Memo::new(move |previous: Option<&Option<Motion>>| {
        let step = ctx.step.get();
        let (bars, layout) = target.get()?;
        let from = previous.and_then(Option::as_ref).filter(|p| p.step != step);
        let transition = match from {
            Some(p) => Transition::new(
                &bars_from_frames(&p.transition.frame(drawn_at.get_value())),
                &bars,
            ),
            None => Transition::settled(&bars),
        };
        Some(Motion {
            step,
            bars,
            layout,
            transition,
            moves: from.is_some(),
        })
    });
    // The stylesheet's colours, read again for a new theme.
    let palette = use_palette(ctx, canvas);
    // The points the keys move through (the bars drawn at this width), and
    // the one ringed.
    let rows = Signal::derive(move || country_rows_for_width(width.get()));
    let points = use_points(ctx, ChartView::Bars, rows);
    let ringed = use_ringed_bar(ctx, points);

    // One frame of the motion on the canvas, on every tick of the clock.
    Effect::new(move |_| {
        let t = ctx.clock.progress();
        let selected = ctx.selected.get();
        let ringed = ringed.get();
        let Some(element) = canvas.get() else { return };
        motion.with(|m| {
            // The colours are read only once there is something to draw: then
            // (in the frame the chart is first laid out) style and layout are
            // fresh, and reading them forces no recalculation.
            let Some(m) = m else { return };
            let Some(palette) = palette.get() else { return };
            let ratio = pixel_ratio();
            let (_, resized) = size_canvas(&element, m.layout.width, m.layout.height, ratio);
            // A new step's frame 0 is what is on screen already (unless
            // resizing cleared it): drawing it would only cost time.
            if m.moves && t == 0.0 && !resized && frames.get_untracked() > 0 {
                drawn_at.set_value(0.0);
                return;
            }
            let bars = m.transition.frame(t);
            let scene = Scene {
                layout: &m.layout,
                scale_max: m.transition.max_total(t).max(1.0),
                palette: &palette,
                pixel_ratio: ratio,
                selected: selected.as_deref(),
                highlight: ringed.as_deref(),
                text_scale: 1.0,
            };
            let drawn = backend(&element)
                .is_some_and(|b| draw_bars(&b.into_drawing_area(), &bars, &scene).is_ok());
            if drawn {
                if frames.get_untracked() == 0 {
                    // The live chart is on screen: the static frame goes.
                    browser::take_over();
                    browser::mark("chart-drawn");
                }
                frames.update(|n| *n += 1);
            }
            drawn_at.set_value(t);
        });
    });

    // The bar under a pointer, if any.
    let bar_at = move |offset_y: i32| {
        motion.with_untracked(|m| {
            let m = m.as_ref()?;
            let row = m.layout.row_at(f64::from(offset_y), m.bars.len())?;
            m.bars.get(row).map(|bar| (bar.key.clone(), bar.kind))
        })
    };
    // A tap on a country's bar opens its details (a second tap closes them).
    let on_click = move |ev: web_sys::MouseEvent| {
        let bar = bar_at(ev.offset_y()).filter(|(_, kind)| *kind == BarKind::Country);
        ctx.opener.set_value(Some(ChartView::Bars));
        ctx.toggle_selected(bar.map(|(key, _)| key));
    };
    // The bar under the pointer is ringed as the keys ring it.
    let on_move = move |ev: web_sys::MouseEvent| {
        let bar = bar_at(ev.offset_y());
        if let Some(c) = canvas.get_untracked() {
            browser::set_cursor(
                &c,
                bar.as_ref().is_some_and(|(_, k)| *k == BarKind::Country),
            );
        }
        hover(
            ctx,
            bar.map(|(key, kind)| Choice {
                iso2: (kind == BarKind::Country).then(|| key.clone()),
                key,
            }),
        );
    };

    view! {
        <div class="chart" node_ref=container>
            <canvas
                class="bar-chart"
                width="0"
                height="0"
                node_ref=canvas
                role="img"
                tabindex="0"
                aria-label=move || chart_label(ctx.data(), ctx.snapshot(ctx.step.get()), ctx.strings())
                aria-describedby="explore-keys"
                data-frames=move || frames.get().to_string()
                data-ringed=move || ringed.get().unwrap_or_default()
                on:click=on_click
                on:mousemove=on_move
                on:mouseleave=move |_| hover(ctx, None)
                on:keydown=on_chart_key(ctx, ChartView::Bars, points)
            ></canvas>
        </div>
    }
}
