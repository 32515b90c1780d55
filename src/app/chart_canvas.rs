//! The bar chart component: a canvas drawn by plotters, tweened between steps.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use send_wrapper::SendWrapper;

use super::browser;
use super::canvas_backend::CanvasBackend;
use super::resize::use_width;
use super::Ctx;
use crate::chart::css::css_px;
use crate::chart::draw::{draw_bars, Scene};
use crate::chart::layout::Layout;
use crate::chart::palette::{Palette, LIGHT};
use crate::strings::EN;
use crate::view::bars::{chart_at, Bar, BarKind};
use crate::view::describe::chart_label;
use crate::view::tween::{BarFrame, Transition, TRANSITION_MS};

/// The animation under way, shared by the frame callbacks.
struct Animation {
    canvas: web_sys::HtmlCanvasElement,
    /// The open country, shared with the selection effect (read every frame).
    selected: Rc<RefCell<Option<String>>>,
    /// Where the last drawn frame was (1 = finished).
    drawn_at: Cell<f64>,
    transition: Transition,
    layout: Layout,
    palette: Palette,
    pixel_ratio: f64,
    cancelled: Cell<bool>,
    handle: Cell<Option<AnimationFrameRequestHandle>>,
    frames: RwSignal<u32>,
}

impl Animation {
    fn draw(&self, t: f64) {
        let bars = self.transition.frame(t);
        let selected = self.selected.borrow();
        let scene = Scene {
            layout: &self.layout,
            scale_max: self.transition.max_total(t).max(1.0),
            palette: &self.palette,
            pixel_ratio: self.pixel_ratio,
            selected: selected.as_deref(),
            text_scale: 1.0,
        };
        if let Some(backend) = CanvasBackend::with_canvas_object(self.canvas.clone()) {
            let area = backend.into_drawing_area();
            if draw_bars(&area, &bars, &scene).is_ok() {
                self.frames.update(|n| *n += 1);
                first_paint();
            }
        }
        self.drawn_at.set(t);
    }

    fn run(self: Rc<Self>, start: f64) {
        let me = self.clone();
        let handle = request_animation_frame_with_handle(move || {
            if me.cancelled.get() {
                return;
            }
            let now = browser::now().unwrap_or(start + TRANSITION_MS);
            let t = ((now - start) / TRANSITION_MS).clamp(0.0, 1.0);
            me.draw(t);
            if t < 1.0 {
                me.clone().run(start);
            }
        });
        self.handle.set(handle.ok());
    }

    fn cancel(&self) {
        self.cancelled.set(true);
        if let Some(h) = self.handle.take() {
            h.cancel();
        }
    }
}

fn first_paint() {
    thread_local!(static DONE: Cell<bool> = const { Cell::new(false) });
    if !DONE.with(|d| d.replace(true)) {
        browser::take_over();
        browser::mark("chart-drawn");
    }
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

/// The country bar chart of the current step.
#[component]
pub fn BarChart() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let width = use_width(container);
    let frames = RwSignal::new(0_u32);
    let shown = StoredValue::new_local((Layout::new(320.0, 0), Vec::<Bar>::new()));

    let selected: Rc<RefCell<Option<String>>> = Rc::default();
    let current: Rc<RefCell<Option<Rc<Animation>>>> = Rc::default();

    let (shared_selection, live) = (selected.clone(), current.clone());
    Effect::new(move |previous: Option<usize>| {
        let step = ctx.step.get();
        let w = width.get();
        ctx.theme_version.track();
        let Some(element) = canvas.get() else {
            return step;
        };
        if w <= 0.0 {
            return step;
        }
        let (target, layout) = chart_at(ctx.snapshot(step), &EN, w);
        let ratio = browser::pixel_ratio();
        // CSSOM, not a style attribute: allowed by a strict CSP.
        let style = web_sys::HtmlElement::style(&element);
        let _ = style.set_property("height", &css_px(layout.height));
        element.set_width((w * ratio).round() as u32);
        element.set_height((layout.height * ratio).round() as u32);
        let palette = Palette::from_properties(|p| browser::css_property(&element, p), &LIGHT);
        let moving = previous.is_some_and(|p| p != step) && !ctx.reduced_motion;
        // Start from wherever the previous animation was last drawn.
        let from = live
            .borrow()
            .as_ref()
            .map(|a| bars_from_frames(&a.transition.frame(a.drawn_at.get())))
            .unwrap_or_default();
        let transition = if moving && !from.is_empty() {
            Transition::new(&from, &target)
        } else {
            Transition::settled(&target)
        };
        shown.set_value((layout, target));
        let animation = Rc::new(Animation {
            canvas: element,
            selected: shared_selection.clone(),
            drawn_at: Cell::new(0.0),
            transition,
            layout,
            palette,
            pixel_ratio: ratio,
            cancelled: Cell::new(false),
            handle: Cell::new(None),
            frames,
        });
        if moving {
            let start = browser::now().unwrap_or_default();
            animation.clone().run(start);
        } else {
            animation.draw(1.0);
        }
        *live.borrow_mut() = Some(animation.clone());
        let owned = SendWrapper::new(animation);
        on_cleanup(move || owned.cancel());
        step
    });

    // Outline the open country's bar: a finished chart is redrawn at once; a
    // running tween picks the selection up on its next frame.
    Effect::new(move |_| {
        *selected.borrow_mut() = ctx.selected.get();
        if let Some(animation) = current.borrow().as_ref() {
            if animation.drawn_at.get() >= 1.0 {
                animation.draw(1.0);
            }
        }
    });

    let pick = move |offset_y: f64| {
        shown.with_value(|(layout, bars)| {
            layout
                .row_at(offset_y, bars.len())
                .and_then(|row| bars.get(row))
                .filter(|bar| bar.kind == BarKind::Country)
                .map(|bar| bar.key.clone())
        })
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let key = pick(f64::from(ev.offset_y()));
        ctx.selected.update(|s| {
            *s = match key {
                Some(k) if s.as_deref() != Some(k.as_str()) => Some(k),
                Some(_) => None,
                None => None,
            }
        });
    };
    let on_move = move |ev: web_sys::MouseEvent| {
        let over = pick(f64::from(ev.offset_y())).is_some();
        if let Some(c) = canvas.get_untracked() {
            let style = web_sys::HtmlElement::style(&c);
            let _ = style.set_property("cursor", if over { "pointer" } else { "default" });
        }
    };

    view! {
        <div class="chart" node_ref=container>
            <canvas
                class="bar-chart"
                node_ref=canvas
                role="img"
                aria-label=move || chart_label(ctx.data, ctx.snapshot(ctx.step.get()), &EN)
                data-frames=move || frames.get().to_string()
                on:click=on_click
                on:mousemove=on_move
            ></canvas>
        </div>
    }
}
