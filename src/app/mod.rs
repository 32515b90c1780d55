//! The Leptos components: a thin shell over the model and the view state.

mod browser;
mod canvas_backend;
mod chart_canvas;
mod charts;
mod clock;
mod controls;
mod embed_code;
mod embed_messages;
mod fetch;
mod host_api;
mod in_view;
mod map_canvas;
mod panels;
mod resize;

use leptos::prelude::*;

use crate::chart::contrast::css_hex;
use crate::model::{Dataset, Snapshot};
use crate::strings::EN;
use crate::view::query::{page_options, with_param, ChartView, PageOptions, Theme};
use crate::view::timeline::{may_autoplay, Command, Timeline};

pub use chart_canvas::BarChart;
pub use charts::Charts;
pub use clock::Clock;
pub use controls::TimelineControls;
pub use map_canvas::MapChart;
pub use panels::{Caption, Counter, DataTable, Detail, Legend, LiveRegion, Methodology};

/// Time a step stays on screen during autoplay, in milliseconds.
pub const AUTOPLAY_STEP_MS: u64 = 6000;

/// What every component shares: the data, the precomputed snapshots and the state.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The dataset, loaded once for the page's life.
    pub data: &'static Dataset,
    /// One snapshot per story step.
    pub snapshots: &'static [Snapshot],
    /// The step shown. A signal of its own, apart from [`Ctx::playing`]: Play
    /// and Pause re-render nothing that shows the step, nor cut a tween short.
    pub step: RwSignal<usize>,
    /// Whether autoplay runs.
    pub playing: RwSignal<bool>,
    /// The one clock of every transition between steps.
    pub clock: Clock,
    /// The chart a column too narrow for both shows.
    pub view: RwSignal<ChartView>,
    /// The country whose details are open, by ISO code.
    pub selected: RwSignal<Option<String>>,
    /// Whether transitions are replaced by jumps.
    pub reduced_motion: bool,
    /// Bumped when the colour scheme changes, so the canvas redraws.
    pub theme_version: RwSignal<u32>,
}

impl Ctx {
    /// The snapshot of step `step`.
    pub fn snapshot(&self, step: usize) -> &'static Snapshot {
        &self.snapshots[step.min(self.snapshots.len() - 1)]
    }

    /// The timeline's state, read without tracking.
    pub fn timeline(&self) -> Timeline {
        Timeline {
            step: self.step.get_untracked(),
            len: self.snapshots.len(),
            playing: self.playing.get_untracked(),
        }
    }

    /// Opens the details of `key` (a country's ISO code), or closes them when
    /// they are already open or the tap found no country.
    pub fn toggle_selected(&self, key: Option<String>) {
        self.selected.update(|open| {
            *open = key.filter(|k| open.as_deref() != Some(k.as_str()));
        });
    }

    /// Moves the timeline: the pure state machine decides, and only the
    /// signals whose value changed are set.
    pub fn apply(&self, command: Command) {
        let now = self.timeline();
        let next = now.apply(command);
        if next.step != now.step {
            // Effects run after both: each starts its transition at 0.
            self.clock.restart(self.reduced_motion);
            self.step.set(next.step);
        }
        if next.playing != now.playing {
            self.playing.set(next.playing);
        }
    }
}

/// How the app starts: the data, the page's query options and the motion preference.
pub struct Setup {
    /// The dataset to show.
    pub data: &'static Dataset,
    /// Options from the address.
    pub options: PageOptions,
    /// Whether the reader prefers reduced motion.
    pub reduced_motion: bool,
    /// Whether autoplay may start by itself.
    pub autoplay: bool,
}

impl Setup {
    /// The setup of a real page: embedded data, this address, this system.
    pub fn from_page(data: &'static Dataset) -> Setup {
        let options = page_options(&browser::query());
        let reduced_motion = browser::prefers_reduced_motion();
        let autoplay = may_autoplay(reduced_motion, options.step.is_some())
            && options.autoplay
            && options.controls;
        Setup {
            data,
            options,
            reduced_motion,
            autoplay,
        }
    }
}

/// Loads the embedded data and mounts the graphic in `#app`, beside the static
/// first frame that the chart replaces once it has drawn (see
/// [`browser::take_over`]). A broken dataset leaves the static story on screen.
pub fn start() {
    // Panic messages in the console for developers; release builds leave the
    // hook out (it costs ~4 KB of wasm) and a panic is a bare `unreachable`.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    match Dataset::embedded() {
        Ok(data) => {
            let data: &'static Dataset = Box::leak(Box::new(data));
            let setup = Setup::from_page(data);
            apply_page_options(&setup.options);
            let graphic = move || view! { <Graphic setup=setup/> };
            match browser::app_root() {
                Some(root) => leptos::mount::mount_to(root, graphic).forget(),
                None => leptos::mount::mount_to_body(graphic),
            }
            embed_messages::start();
        }
        Err(error) => {
            leptos::logging::error!("{error}");
            browser::add_root_class("static-full");
        }
    }
}

fn apply_page_options(options: &PageOptions) {
    browser::set_root_attribute(
        "data-theme",
        match options.theme {
            Some(Theme::Light) => Some("light"),
            Some(Theme::Dark) => Some("dark"),
            None => None,
        },
    );
    if options.embed || browser::is_framed() {
        browser::add_root_class("embedded");
    }
    // boot.js has set these before the first paint; the app agrees with it.
    if !options.controls {
        browser::add_root_class("controls-off");
    }
    if !options.title {
        browser::add_root_class("title-off");
    }
    let house = [
        ("--house-accent-light", options.accent.light),
        ("--house-accent-dark", options.accent.dark),
    ];
    for (property, colour) in house {
        if let Some(c) = colour {
            browser::set_root_property(property, &css_hex(c));
        }
    }
}

/// The whole graphic: header, counter and chart, timeline, caption, table and notes.
#[component]
pub fn Graphic(
    /// Data, options and motion preference.
    setup: Setup,
) -> impl IntoView {
    let data = setup.data;
    let snapshots: &'static [Snapshot] = Box::leak(
        (0..data.steps.len())
            .map(|i| data.snapshot(i))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let first = setup
        .options
        .step
        .as_deref()
        .and_then(|id| data.step_index(id))
        .unwrap_or(0);
    let ctx = Ctx {
        data,
        snapshots,
        step: RwSignal::new(Timeline::new(data.steps.len(), first).step),
        playing: RwSignal::new(false),
        clock: Clock::default(),
        view: RwSignal::new(setup.options.view),
        selected: RwSignal::new(None),
        reduced_motion: setup.reduced_motion,
        theme_version: RwSignal::new(0),
    };
    provide_context(ctx);
    browser::on_color_scheme_change(move || ctx.theme_version.update(|v| *v += 1));

    // On a new step the address follows (replaceState: no history entries)
    // and the detail panel closes.
    Effect::new(move |previous: Option<usize>| {
        let step = ctx.step.get();
        host_api::on_step(ctx, previous, step); // a host page hears of it, at start too
        if previous.is_some_and(|p| p != step) {
            let id = &data.steps[step].id;
            browser::replace_query(&with_param(&browser::query(), "step", Some(id)));
            if ctx.selected.with_untracked(Option::is_some) {
                ctx.selected.set(None);
            }
        }
        step
    });
    // A switch of chart stays in the address too (`view` left out when default).
    Effect::new(move |previous: Option<ChartView>| {
        let view = ctx.view.get();
        if previous.is_some_and(|p| p != view) {
            let value = (view != ChartView::default()).then(|| view.id());
            browser::replace_query(&with_param(&browser::query(), "view", value));
        }
        view
    });
    // Autoplay: one timer at a time, owned by this effect and cleared on re-run.
    Effect::new(move |_| {
        let playing = ctx.playing.get();
        ctx.step.get();
        if playing {
            let handle = set_timeout_with_handle(
                move || ctx.apply(Command::Tick),
                std::time::Duration::from_millis(AUTOPLAY_STEP_MS),
            );
            if let Ok(handle) = handle {
                on_cleanup(move || handle.clear());
            }
        }
    });
    // Autoplay starts when the reader first sees the graphic, unless they
    // (or the host page) have already moved it by then.
    let main = NodeRef::<leptos::html::Main>::new();
    if setup.autoplay {
        let untouched = ctx.timeline();
        in_view::when_first_seen(main, move || {
            if ctx.timeline() == untouched && !host_api::has_commanded() {
                ctx.apply(Command::TogglePlay);
            }
        });
    }

    view! {
        <main id="graphic" class="graphic" node_ref=main>
            <header class="masthead">
                <p class="kicker">{EN.kicker}</p>
                <h1>{EN.headline}</h1>
                <p class="standfirst">{EN.standfirst}</p>
            </header>
            <section class="stage" aria-labelledby="chart-title">
                <Counter/>
                <Legend/>
                <Charts/>
                <Detail/>
            </section>
            <TimelineControls/>
            <Caption/>
            <DataTable/>
            <Methodology/>
            <LiveRegion/>
            <embed_code::EmbedCode/>
            <footer class="credit">
                <p>{EN.credit}</p>
            </footer>
        </main>
    }
}
