//! Browser tests (wasm-bindgen-test in headless Chromium): mount the graphic,
//! act as a reader would, and check the DOM and the canvas's pixels.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use overseas_stations::app::{Graphic, Setup, Words};
use overseas_stations::model::{Dataset, Embedded};
use overseas_stations::strings::EN;
use overseas_stations::view::bars::{chart_at, scale_total};
use overseas_stations::view::query::PageOptions;
use overseas_stations::view::tween::TRANSITION_MS;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const WIDTH: f64 = 700.0;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn data() -> &'static Dataset {
    Box::leak(Box::new(Dataset::embedded().expect("embedded data loads")))
}

/// The counter text of step `id`, from the data ("54 stations in 30 countries").
fn counter_of(id: &str) -> String {
    let snap = data().snapshot(data().step_index(id).expect("step"));
    EN.stations_in_countries(snap.stations, snap.countries)
}

/// Mounts the graphic in a fresh 700 px wide element.
fn mount(step: Option<&str>, reduced_motion: bool) -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.style()
        .set_property("width", &format!("{WIDTH}px"))
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let english = Words::new(&EN, data());
    let setup = Setup {
        english,
        words: english,
        home: overseas_stations::i18n::Lang::En,
        options: PageOptions {
            step: step.map(str::to_owned),
            ..PageOptions::default()
        },
        reduced_motion,
        autoplay: false,
        selected: None,
    };
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <Graphic setup=setup/> });
    handle.forget();
    host
}

/// Milliseconds since the page started.
fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Resolves at the next animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, frame by frame, until `done` holds; fails after five seconds.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let start = now();
    while !done() {
        assert!(now() - start < 5000.0, "timed out waiting for {what}");
        next_frame().await;
    }
}

/// How many frames the bar chart has drawn (its `data-frames`).
fn frames(host: &web_sys::HtmlElement) -> u32 {
    attr(host, "canvas.bar-chart", "data-frames")
        .parse()
        .unwrap_or(0)
}

fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

fn attr(host: &web_sys::HtmlElement, selector: &str, name: &str) -> String {
    find(host, selector).get_attribute(name).unwrap_or_default()
}

async fn click(host: &web_sys::HtmlElement, selector: &str) {
    find(host, selector).click();
    leptos::task::tick().await;
}

/// The caption of the current step (the others are stacked, hidden).
const CURRENT_CAPTION: &str = "[data-testid=caption] .caption-item:not(.hidden-item)";

#[wasm_bindgen_test]
async fn stepping_changes_counter_caption_table_and_label() {
    let host = mount(None, true);
    leptos::task::tick().await;
    let data = data();
    let setup = data.snapshot(0);
    assert_eq!(
        attr(&host, "[data-testid=counter]", "data-stations"),
        setup.stations.to_string()
    );
    assert!(text(&host, CURRENT_CAPTION).contains(&data.steps[0].headline));

    click(&host, "[data-testid=next]").await;
    let september = data.snapshot(1);
    assert_eq!(
        text(&host, "[data-testid=counter]"),
        counter_of("september")
    );
    assert!(text(&host, CURRENT_CAPTION).contains(&data.steps[1].headline));
    assert!(!text(&host, CURRENT_CAPTION).contains(&data.steps[0].headline));
    assert!(attr(&host, "canvas.bar-chart", "aria-label").contains(&counter_of("september")));
    assert!(text(&host, "table tr.total").contains(&september.stations.to_string()));

    click(&host, "[data-step=december]").await;
    let december = data.snapshot(data.step_index("december").unwrap());
    assert_eq!(text(&host, "[data-testid=counter]"), counter_of("december"));
    assert!(text(&host, "table tr.total").contains(&december.stations.to_string()));
    let top = &december.by_country[0];
    assert!(text(&host, "table").contains(&top.name));
    let label = attr(&host, "canvas.bar-chart", "aria-label");
    assert!(label.contains(&counter_of("december")), "{label}");
    assert!(
        label.contains(&format!("{} {}", top.name, top.total)),
        "{label}"
    );
    assert_eq!(attr(&host, "[data-step=december]", "aria-current"), "step");
    assert!(text(&host, "[data-testid=announcer]").contains("Step 4 of 5"));
}

#[wasm_bindgen_test]
async fn keyboard_moves_through_the_steps() {
    let host = mount(None, true);
    leptos::task::tick().await;
    let timeline = find(&host, "[data-testid=timeline]");
    let press = |key: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let ev =
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        timeline.dispatch_event(&ev).unwrap();
    };
    press("End");
    leptos::task::tick().await;
    assert_eq!(attr(&host, "[data-step=aftermath]", "aria-current"), "step");
    press("ArrowLeft");
    leptos::task::tick().await;
    assert_eq!(attr(&host, "[data-step=december]", "aria-current"), "step");
    press("Home");
    leptos::task::tick().await;
    assert_eq!(attr(&host, "[data-step=setup]", "aria-current"), "step");
}

/// Whether the canvas pixel at CSS position (x, y) differs from the background.
fn inked(canvas: &web_sys::HtmlCanvasElement, x: f64, y: f64) -> bool {
    let ratio = f64::from(canvas.width()) / canvas.get_bounding_client_rect().width();
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let background = ctx.get_image_data(1.0, 1.0, 1.0, 1.0).unwrap().data().0;
    let pixel = ctx
        .get_image_data((x * ratio).round(), (y * ratio).round(), 1.0, 1.0)
        .unwrap()
        .data()
        .0;
    pixel != background
}

#[wasm_bindgen_test]
async fn the_top_bar_is_inked_and_the_space_beyond_a_shorter_bar_is_blank() {
    let host = mount(Some("december"), true);
    leptos::task::tick().await;
    until("the chart's first frame", || frames(&host) > 0).await;
    let canvas: web_sys::HtmlCanvasElement = find(&host, "canvas.bar-chart").unchecked_into();
    let width = canvas.get_bounding_client_rect().width();
    assert!(
        (width - WIDTH).abs() < 1.0,
        "chart fills its container: {width}"
    );
    let data = data();
    let snap = data.snapshot(data.step_index("december").unwrap());
    let (rows, layout) = chart_at(&snap, &EN, width);
    let max = scale_total(&rows);
    // Italy, the longest bar: inked near its start and near its end.
    let mid = |row: f64| layout.bar_top(row) + layout.bar_height / 2.0;
    assert!(inked(&canvas, layout.bar_left + 3.0, mid(0.0)));
    let end = layout.bar_left + layout.length(f64::from(rows[0].total), max);
    assert!(inked(&canvas, end - 3.0, mid(0.0)));
    // Spain (9 of 11): blank well beyond its end, past its count label.
    let second_end = layout.bar_left + layout.length(f64::from(rows[1].total), max);
    assert!(!inked(&canvas, second_end + 40.0, mid(1.0)));
}

#[wasm_bindgen_test]
async fn reduced_motion_draws_one_frame_per_step() {
    let host = mount(None, true);
    leptos::task::tick().await;
    until("the chart's first frame", || frames(&host) > 0).await;
    let before = frames(&host);
    let clicked = now();
    click(&host, "[data-testid=next]").await;
    until("the jump", || frames(&host) > before).await;
    // No frame may follow for as long as a transition would have run.
    until("a transition's time", || {
        now() - clicked > TRANSITION_MS + 100.0
    })
    .await;
    assert_eq!(frames(&host), before + 1, "a jump, no tween frames");
}

#[wasm_bindgen_test]
async fn full_motion_tweens_between_steps() {
    let host = mount(None, false);
    leptos::task::tick().await;
    until("the chart's first frame", || frames(&host) > 0).await;
    let before = frames(&host);
    click(&host, "[data-testid=next]").await;
    until("the counter to settle on September", || {
        text(&host, "[data-testid=counter]") == counter_of("september")
    })
    .await;
    assert!(
        frames(&host) > before + 3,
        "several tween frames: {}",
        frames(&host) - before
    );
    assert_eq!(
        text(&host, "[data-testid=counter]"),
        counter_of("september")
    );
}

#[wasm_bindgen_test]
async fn an_unknown_step_falls_back_to_the_first() {
    let host = mount(Some("nonsense"), true);
    leptos::task::tick().await;
    assert_eq!(attr(&host, "[data-step=setup]", "aria-current"), "step");
}

#[wasm_bindgen_test]
async fn tapping_a_bar_opens_its_country_and_outlines_it() {
    let host = mount(Some("december"), true);
    leptos::task::tick().await;
    until("the chart's first frame", || frames(&host) > 0).await;
    let canvas: web_sys::HtmlCanvasElement = find(&host, "canvas.bar-chart").unchecked_into();
    let before = frames(&host);
    let rect = canvas.get_bounding_client_rect();
    let data = data();
    let snap = data.snapshot(data.step_index("december").unwrap());
    let (_, layout) = chart_at(&snap, &EN, rect.width());
    let y = layout.bar_top(1.0) + layout.bar_height / 2.0;
    let init = web_sys::MouseEventInit::new();
    init.set_client_x((rect.left() + layout.bar_left + 10.0) as i32);
    init.set_client_y((rect.top() + y) as i32);
    init.set_bubbles(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    canvas.dispatch_event(&click).unwrap();
    leptos::task::tick().await;
    until("the details to open and the chart to redraw", || {
        find(&host, ".detail-slot").class_name().contains("open") && frames(&host) > before
    })
    .await;
    assert!(
        text(&host, ".detail").contains("Spain: 9"),
        "{}",
        text(&host, ".detail")
    );
    assert_eq!(frames(&host), before + 1, "redrawn once, with the outline");
    // The outline ring's top edge runs 3 px above Spain's bar.
    assert!(inked(
        &canvas,
        layout.bar_left + 20.0,
        layout.bar_top(1.0) - 3.0
    ));
}
