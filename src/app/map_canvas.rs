//! The map component: country outlines fetched after first paint, and the
//! step's marks growing and fading on the page's one clock. Three canvases
//! lie on top of each other: the plain land, drawn once per size and theme;
//! the step's countries, once per step and selection; and the marks, the only
//! one drawn on every frame (the browser composes the three).

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;

use super::browser;
use super::canvas::{backend, clear, pixel_ratio, size_canvas};
use super::fetch;
use super::resize::use_width;
use super::Ctx;
use crate::chart::map_draw::{draw_land, draw_marks, draw_step_countries, MapScene, StepCountries};
use crate::chart::map_layout::MapLayout;
use crate::chart::map_marks::{mark_at, place, PanelId, Placed};
use crate::chart::palette::{Palette, LIGHT};
use crate::map::geometry::World;
use crate::map::WORLD_FILE;
use crate::view::bars::chart_at;
use crate::view::describe::map_label;
use crate::view::map_marks::marks;
use crate::view::map_tween::MarkTransition;

/// The map of one step at one width and theme, and where its transition is.
struct Shown {
    key: (usize, u32, u32, bool),
    layout: MapLayout,
    palette: Palette,
    transition: MarkTransition,
    /// The step's marks as they end up (what a click picks from).
    settled: MarkTransition,
    /// The step's shaded and acted countries (per step, not per frame).
    countries: StepCountries<'static>,
    /// The size and theme the land canvas was drawn for.
    land_for: Option<(u32, u32, u32)>,
    /// The selection the countries canvas was drawn for.
    outlined_for: Option<Option<String>>,
    /// Whether the countries canvas still shows the step before, which the
    /// first frame of the transition keeps: redrawing it then, on top of
    /// everything else a new step changes, would make that frame long.
    keep_countries: bool,
    /// Whether `data-marks` lists this step's marks (it needs the outlines).
    listed: bool,
    /// Where the last drawn frame was (1 = finished).
    drawn_at: f64,
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
    let marks_now = RwSignal::new(String::new());
    let shown = StoredValue::new_local(None::<Shown>);

    // Fetched once whatever the view, so that a switch to the map is instant.
    fetch::bytes(WORLD_FILE, move |bytes| {
        match bytes.map(|b| World::decode(&b)) {
            Some(Ok(w)) => world.set(Some(Box::leak(Box::new(w)))),
            Some(Err(e)) => leptos::logging::warn!("{WORLD_FILE}: {e}"),
            None => leptos::logging::warn!("{WORLD_FILE} could not be loaded"),
        }
    });

    Effect::new(move |_| {
        let step = ctx.step.get();
        let w = width.get();
        let theme = ctx.theme_version.get();
        let t = ctx.clock.progress();
        let selected = ctx.selected.get();
        let on_screen = visible.get();
        let stacked = with_bars.get();
        let world = world.get();
        let (Some(element), Some(land), Some(countries)) =
            (canvas.get(), land_canvas.get(), countries_canvas.get())
        else {
            return;
        };
        if w <= 0.0 {
            return;
        }
        let key = (step, w as u32, theme, stacked);
        let ratio = pixel_ratio();
        shown.update_value(|current| {
            let snapshot = ctx.snapshot(step);
            let mut unchanged = false;
            if current.as_ref().is_none_or(|s| s.key != key) {
                let target = marks(ctx.data(), snapshot);
                let transition = match current.as_ref() {
                    Some(s) if s.key.0 != step => {
                        MarkTransition::from_frame(&s.transition, s.drawn_at, &target)
                    }
                    _ => MarkTransition::settled(&target),
                };
                // Sized at once, outlines or not: the page's layout never waits for them.
                let bars = stacked.then(|| chart_at(snapshot, ctx.strings(), w).1.height);
                let height = MapLayout::height_for(w, bars);
                let layout = MapLayout::new(w, height);
                let (size, resized) = size_canvas(&element, w, height, ratio);
                // A new step's run before its first frame would draw again
                // what is on screen (unless resizing cleared it).
                let kept = !resized && matches!(current, Some(s) if s.key.0 != step);
                unchanged = kept && t == 0.0;
                size_canvas(&land, w, height, ratio);
                size_canvas(&countries, w, height, ratio);
                // The land of the map shown before stays if of the same size
                // and theme, and so do its colours.
                let (land_for, palette) = match current.as_ref() {
                    Some(s) if s.key.2 == theme => (
                        s.land_for.filter(|&f| f == (size.0, size.1, theme)),
                        s.palette,
                    ),
                    _ => (
                        None,
                        Palette::from_properties(|p| browser::css_property(&element, p), &LIGHT),
                    ),
                };
                let settled = MarkTransition::settled(&target);
                *current = Some(Shown {
                    key,
                    layout,
                    palette,
                    transition,
                    settled,
                    countries: StepCountries::of(snapshot),
                    land_for,
                    outlined_for: None,
                    keep_countries: kept,
                    listed: false,
                    drawn_at: t,
                });
            }
            let (Some(s), Some(world)) = (current.as_mut(), world) else {
                return;
            };
            if !s.listed {
                marks_now.set(marks_attribute(&place(
                    &s.layout,
                    world,
                    &s.settled.frame(1.0),
                )));
                s.listed = true;
            }
            if !on_screen || unchanged {
                s.drawn_at = t;
                return;
            }
            let scene = MapScene::new(
                &s.layout,
                &s.palette,
                ratio,
                &s.countries,
                selected.as_deref(),
                ctx.strings(),
                1.0,
            );
            let land_key = (land.width(), land.height(), theme);
            if s.land_for != Some(land_key) {
                let none = StepCountries::default();
                let plain = MapScene {
                    shaded: &none.shaded,
                    ..scene
                };
                let drawn = backend(&land)
                    .map(|b| draw_land(&b.into_drawing_area(), world, &plain).is_ok());
                s.land_for = drawn.unwrap_or(false).then_some(land_key);
            }
            let first_frame = s.keep_countries && s.drawn_at == 0.0 && t < 1.0;
            if s.outlined_for.as_ref() != Some(&selected) && !first_frame {
                let drawn = backend(&countries).map(|b| {
                    clear(&countries);
                    draw_step_countries(&b.into_drawing_area(), world, &scene).is_ok()
                });
                s.outlined_for = drawn.unwrap_or(false).then(|| selected.clone());
            }
            let placed = place(&s.layout, world, &s.transition.frame(t));
            if let Some(backend) = backend(&element) {
                clear(&element);
                if draw_marks(&backend.into_drawing_area(), &placed, &scene).is_ok() {
                    s.drawn_at = t;
                }
            }
        });
    });

    // The country of the mark under a pointer, if any.
    let pick = move |ev: &web_sys::MouseEvent| {
        let at = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        let world = world.get_untracked()?;
        shown.with_value(|s| {
            let s = s.as_ref()?;
            let placed = place(&s.layout, world, &s.settled.frame(1.0));
            mark_at(&placed, at).map(|p| p.frame.mark.iso2.clone())
        })
    };
    // A tap on a dot or ring opens its country's details (a second tap closes them).
    let on_click = move |ev: web_sys::MouseEvent| {
        let iso = pick(&ev);
        ctx.toggle_selected(iso);
    };
    let on_move = move |ev: web_sys::MouseEvent| {
        if let Some(c) = canvas.get_untracked() {
            browser::set_cursor(&c, pick(&ev).is_some());
        }
    };

    view! {
        <div class="map" node_ref=container>
            <canvas class="map-land" node_ref=land_canvas aria-hidden="true"></canvas>
            <canvas class="map-countries" node_ref=countries_canvas aria-hidden="true"></canvas>
            <canvas
                class="map-chart"
                node_ref=canvas
                role="img"
                aria-label=move || map_label(ctx.snapshot(ctx.step.get()), ctx.strings())
                data-loaded=move || world.with(Option::is_some).to_string()
                data-marks=move || marks_now.get()
                on:click=on_click
                on:mousemove=on_move
            ></canvas>
        </div>
    }
}
