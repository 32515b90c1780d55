//! The map component: country outlines fetched after first paint, and the
//! step's marks growing and fading on the page's one clock. Three canvases
//! lie on top of each other: the plain land, drawn once per size and theme;
//! the step's countries, once per step and selection; and the marks, the only
//! one drawn on every frame (the browser composes the three).

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use web_sys::HtmlCanvasElement;

use super::browser;
use super::canvas::{backend, clear, pixel_ratio, size_canvas, use_palette};
use super::explore::{hover, on_chart_key, use_points, use_ringed_marks};
use super::fetch;
use super::resize::use_width;
use super::Ctx;
use crate::chart::map_draw::{draw_land, draw_marks, draw_step_countries, MapScene, StepCountries};
use crate::chart::map_layout::MapLayout;
use crate::chart::map_marks::{mark_at, place, PanelId, Placed};
use crate::map::geometry::World;
use crate::map::WORLD_FILE;
use crate::view::bars::chart_at;
use crate::view::describe::map_label;
use crate::view::explore::nav::Choice;
use crate::view::map_marks::marks;
use crate::view::map_tween::MarkTransition;
use crate::view::query::ChartView;

/// The move to a step's marks: the transition there and where the marks end
/// up (what a click picks from).
#[derive(Clone, PartialEq)]
struct Motion {
    step: usize,
    transition: MarkTransition,
    settled: MarkTransition,
    /// Whether it moves on from another step's marks (else it is settled).
    moves: bool,
}

/// `data-marks`: each settled mark as `panel|key|x|y|r`, `;`-separated, in CSS
/// pixels of the canvas (for tests and for anyone checking what is drawn where).
fn marks_attribute(placed: &[Placed<'_>]) -> String {
    placed
        .iter()
        .map(|p| {
            let panel = match p.panel {
                PanelId::World => "world",
                PanelId::Europe => "europe",
            };
            format!(
                "{panel}|{}|{}|{}|{}",
                p.frame.mark.key,
                p.x.round() as i32,
                p.y.round() as i32,
                p.r.round() as i32
            )
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The map of the current step; `visible` is false while the Countries view
/// hides it, and nothing is drawn then.
#[component]
pub fn MapChart(
    /// Whether the map is on screen.
    visible: Signal<bool>,
    /// Whether it shares one grid cell with the bar chart (narrow columns).
    with_bars: Signal<bool>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let land_canvas = NodeRef::<Canvas>::new();
    let countries_canvas = NodeRef::<Canvas>::new();
    let width = use_width(container);
    let world = RwSignal::new(None::<&'static World>);
    // Where the frame on screen is in its transition (1 = finished).
    let drawn_at = StoredValue::new(1.0_f64);

    // Fetched once whatever the view, so that a switch to the map is instant.
    fetch::bytes(WORLD_FILE, move |bytes| {
        match bytes.map(|b| World::decode(&b)) {
            Some(Ok(w)) => world.set(Some(Box::leak(Box::new(w)))),
            Some(Err(e)) => leptos::logging::warn!("{WORLD_FILE}: {e}"),
            None => leptos::logging::warn!("{WORLD_FILE} could not be loaded"),
        }
    });

    // The map's panels at this width: as tall as the bars beside it when
    // they share a cell (sized at once: the layout never waits for outlines).
    let layout = Memo::new(move |_| {
        let w = width.get();
        let bars = with_bars.get().then(|| {
            chart_at(ctx.snapshot(ctx.step.get()), ctx.strings(), w)
                .1
                .height
        });
        (w > 0.0).then(|| MapLayout::new(w, MapLayout::height_for(w, bars)))
    });
    // A new step's marks grow and fade from the frame on screen; a new
    // language shows them where they are.
    let motion = Memo::new(move |previous: Option<&Motion>| {
        let step = ctx.step.get();
        let target = marks(ctx.data(), ctx.snapshot(step));
        let from = previous.filter(|p| p.step != step);
        Motion {
            step,
            transition: match from {
                Some(p) => MarkTransition::from_frame(&p.transition, drawn_at.get_value(), &target),
                None => MarkTransition::settled(&target),
            },
            settled: MarkTransition::settled(&target),
            moves: from.is_some(),
        }
    });
    // The step's shaded and acted countries (per step, not per frame).
    let countries = Memo::new(move |_| StepCountries::of(ctx.snapshot(ctx.step.get())));
    // The stylesheet's colours, read again for a new theme.
    let palette = use_palette(ctx, canvas);
    // The points the keys move through, and the marks ringed.
    let points = use_points(ctx, ChartView::Map, Signal::stored(0));
    let ringed = use_ringed_marks(ctx, points);
    // Frames of the transition drawn so far (0 at its start, 2 from its
    // second frame on, and at its end): its first frame keeps the step
    // before's countries, as redrawing them then, on top of everything else
    // a new step changes, made that frame long (a 55 ms task at 4x CPU).
    let frames = Memo::new(move |previous: Option<&u8>| {
        let t = ctx.clock.progress();
        match previous {
            _ if t >= 1.0 => 2,
            _ if t == 0.0 => 0,
            Some(&n) => (n + 1).min(2),
            None => 2,
        }
    });
    let started = Memo::new(move |_| frames.get() >= 2);
    // `data-marks` of the settled marks, once the outlines are there.
    let listed = Memo::new(move |_| {
        let (Some(layout), Some(world)) = (layout.get(), world.get()) else {
            return String::new();
        };
        motion.with(|m| marks_attribute(&place(&layout, world, &m.settled.frame(1.0))))
    });

    // Sizes `layer` to the layout; with the outlines there and the map on
    // screen, calls `draw` with the outlines, the scene (with the step's
    // countries and the selection if `of_step`, the ring if `of_marks`) and
    // whether sizing cleared it.
    let on_layer =
        move |layer: NodeRef<Canvas>,
              of_step: bool,
              of_marks: bool,
              draw: &dyn Fn(&HtmlCanvasElement, &World, MapScene, bool)| {
            let (Some(element), Some(layout)) = (layer.get(), layout.get()) else {
                return;
            };
            let ratio = pixel_ratio();
            let (_, resized) = size_canvas(&element, layout.width, layout.height, ratio);
            let (Some(world), Some(palette), true) = (world.get(), palette.get(), visible.get())
            else {
                return;
            };
            let none = StepCountries::default();
            let selected = of_step.then(|| ctx.selected.get()).flatten();
            let strings = ctx.strings();
            let with = |countries: &StepCountries| {
                let mut scene = MapScene::new(
                    &layout,
                    &palette,
                    ratio,
                    countries,
                    selected.as_deref(),
                    strings,
                    1.0,
                );
                // Only the marks' layer rings the highlight.
                let ringed = if of_marks { ringed.get() } else { Vec::new() };
                scene.highlight = &ringed;
                draw(&element, world, scene, resized);
            };
            if of_step {
                countries.with(with);
            } else {
                with(&none);
            }
        };
    // The plain land: once per size, theme and language.
    Effect::new(move |_| {
        on_layer(land_canvas, false, false, &|element, world, scene, _| {
            clear(element);
            if let Some(b) = backend(element) {
                let _ = draw_land(&b.into_drawing_area(), world, &scene);
            }
        });
    });
    // The step's countries: once per step and selection, from the
    // transition's second frame on.
    Effect::new(move |_| {
        if !started.get() && motion.with_untracked(|m| m.moves) {
            return;
        }
        on_layer(
            countries_canvas,
            true,
            false,
            &|element, world, scene, _| {
                clear(element);
                if let Some(b) = backend(element) {
                    let _ = draw_step_countries(&b.into_drawing_area(), world, &scene);
                }
            },
        );
    });
    // The marks: every frame of a transition.
    Effect::new(move |_| {
        let t = ctx.clock.progress();
        on_layer(canvas, true, true, &|element, world, scene, resized| {
            motion.with(|m| {
                // A new step's frame 0 is what is on screen already (unless
                // sizing cleared it): drawing it would only cost time.
                if m.moves && t == 0.0 && !resized {
                    return;
                }
                let placed = place(scene.layout, world, &m.transition.frame(t));
                clear(element);
                if let Some(b) = backend(element) {
                    let _ = draw_marks(&b.into_drawing_area(), &placed, &scene);
                }
            });
        });
        drawn_at.set_value(t);
    });

    // The key and country of the mark under a pointer, if any.
    let pick = move |ev: &web_sys::MouseEvent| {
        let at = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        let (world, layout) = (world.get_untracked()?, layout.get_untracked()?);
        motion.with_untracked(|m| {
            let placed = place(&layout, world, &m.settled.frame(1.0));
            mark_at(&placed, at).map(|p| (p.frame.mark.key.clone(), p.frame.mark.iso2.clone()))
        })
    };
    // A tap on a dot or ring opens its country's details (a second tap closes them).
    let on_click = move |ev: web_sys::MouseEvent| {
        let iso = pick(&ev).map(|(_, iso)| iso);
        ctx.opener.set_value(Some(ChartView::Map));
        ctx.toggle_selected(iso);
    };
    // The point of the mark under the pointer is ringed as the keys ring it.
    let on_move = move |ev: web_sys::MouseEvent| {
        let mark = pick(&ev).map(|(key, _)| key);
        if let Some(c) = canvas.get_untracked() {
            browser::set_cursor(&c, mark.is_some());
        }
        let point = mark.and_then(|key| {
            points.with_untracked(|p| {
                p.iter()
                    .find(|p| p.marks.contains(&key))
                    .map(Choice::of_point)
            })
        });
        hover(ctx, point);
    };

    view! {
        <div class="map" node_ref=container>
            <canvas class="map-land" width="0" height="0" node_ref=land_canvas aria-hidden="true"></canvas>
            <canvas class="map-countries" width="0" height="0" node_ref=countries_canvas aria-hidden="true"></canvas>
            <canvas
                class="map-chart"
                width="0"
                height="0"
                node_ref=canvas
                role="img"
                tabindex="0"
                aria-label=move || map_label(ctx.snapshot(ctx.step.get()), ctx.strings())
                aria-describedby="explore-keys"
                data-loaded=move || world.with(Option::is_some).to_string()
                data-marks=move || listed.get()
                data-ringed=move || ringed.with(|r| r.join(";"))
                on:click=on_click
                on:mousemove=on_move
                on:mouseleave=move |_| hover(ctx, None)
                on:keydown=on_chart_key(ctx, ChartView::Map, points)
            ></canvas>
        </div>
    }
}
