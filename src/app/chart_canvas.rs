//! The bar chart component: a canvas drawn by plotters, tweened between steps
//! on the page's one clock.

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

use super::browser;
use super::canvas::{backend, pixel_ratio, size_canvas};
use super::resize::use_width;
use super::Ctx;
use crate::chart::draw::{draw_bars, Scene};
use crate::chart::layout::Layout;
use crate::chart::palette::{Palette, LIGHT};
use crate::view::bars::{chart_at, Bar, BarKind};
use crate::view::describe::chart_label;
use crate::view::tween::{BarFrame, Transition};

/// What the canvas shows: the transition of one step at one width and theme.
struct Shown {
    key: (usize, u32, u32),
    /// The step's bars, top to bottom (what a click picks from).
    bars: Vec<Bar>,
    transition: Transition,
    layout: Layout,
    palette: Palette,
    /// Where the last drawn frame was (1 = finished).
    drawn_at: f64,
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
    let shown = StoredValue::new_local(None::<Shown>);

    Effect::new(move |_| {
        let step = ctx.step.get();
        let w = width.get();
        let theme = ctx.theme_version.get();
        let t = ctx.clock.progress();
        let selected = ctx.selected.get();
        let Some(element) = canvas.get() else { return };
        if w <= 0.0 {
            return;
        }
        let key = (step, w as u32, theme);
        let ratio = pixel_ratio();
        shown.update_value(|current| {
            let mut unchanged = false;
            if current.as_ref().is_none_or(|s| s.key != key) {
                let (target, layout) = chart_at(ctx.snapshot(step), ctx.strings(), w);
                // A new step moves on from the frame on screen; a new width or
                // theme redraws where the transition is.
                let transition = match current.as_ref() {
                    Some(s) if s.key.0 != step => {
                        Transition::new(&bars_from_frames(&s.transition.frame(s.drawn_at)), &target)
                    }
                    _ => Transition::settled(&target),
                };
                let (_, resized) = size_canvas(&element, w, layout.height, ratio);
                // A new step's run before its first frame would draw again
                // what is on screen (unless resizing cleared it).
                unchanged = t == 0.0 && !resized && matches!(current, Some(s) if s.key.0 != step);
                // The stylesheet's colours, read again only for a new theme.
                let palette = match current.as_ref() {
                    Some(s) if s.key.2 == theme => s.palette,
                    _ => Palette::from_properties(|p| browser::css_property(&element, p), &LIGHT),
                };
                *current = Some(Shown {
                    key,
                    bars: target,
                    transition,
                    layout,
                    palette,
                    drawn_at: t,
                });
            }
            let Some(s) = current.as_mut().filter(|_| !unchanged) else {
                return;
            };
            let bars = s.transition.frame(t);
            let scene = Scene {
                layout: &s.layout,
                scale_max: s.transition.max_total(t).max(1.0),
                palette: &s.palette,
                pixel_ratio: ratio,
                selected: selected.as_deref(),
                text_scale: 1.0,
            };
            if let Some(backend) = backend(&element) {
                if draw_bars(&backend.into_drawing_area(), &bars, &scene).is_ok() {
                    if frames.get_untracked() == 0 {
                        // The live chart is on screen: the static frame goes.
                        browser::take_over();
                        browser::mark("chart-drawn");
                    }
                    frames.update(|n| *n += 1);
                }
            }
            s.drawn_at = t;
        });
    });

    let pick = move |offset_y: f64| {
        shown.with_value(|s| {
            let s = s.as_ref()?;
            s.layout
                .row_at(offset_y, s.bars.len())
                .and_then(|row| s.bars.get(row))
                .filter(|bar| bar.kind == BarKind::Country)
                .map(|bar| bar.key.clone())
        })
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        ctx.toggle_selected(pick(f64::from(ev.offset_y())));
    };
    let on_move = move |ev: web_sys::MouseEvent| {
        if let Some(c) = canvas.get_untracked() {
            browser::set_cursor(&c, pick(f64::from(ev.offset_y())).is_some());
        }
    };

    view! {
        <div class="chart" node_ref=container>
            <canvas
                class="bar-chart"
                node_ref=canvas
                role="img"
                aria-label=move || chart_label(ctx.data(), ctx.snapshot(ctx.step.get()), ctx.strings())
                data-frames=move || frames.get().to_string()
                on:click=on_click
                on:mousemove=on_move
            ></canvas>
        </div>
    }
}
