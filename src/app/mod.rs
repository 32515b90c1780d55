//! The Leptos components: a thin shell over the model and the view state.

mod browser;
mod canvas;
mod chart_canvas;
mod charts;
mod clock;
mod controls;
mod embed_code;
mod embed_messages;
mod embed_options;
mod fetch;
mod host_api;
mod in_view;
mod language;
mod map_canvas;
pub mod panels;
mod resize;

use leptos::prelude::*;

use crate::chart::contrast::css_hex;
use crate::i18n::Lang;
use crate::model::{Dataset, Embedded, Snapshot};
use crate::strings::{Strings, EN};
use crate::view::query::{page_options, with_param, ChartView, PageOptions, Theme};
use crate::view::timeline::{may_autoplay, Command, Timeline};
use crate::view::tween::TRANSITION_MS;

pub use chart_canvas::BarChart;
#[cfg(not(target_arch = "wasm32"))]
pub use charts::ChartPictures;
pub use charts::Charts;
pub use clock::Clock;
pub use controls::TimelineControls;
pub use embed_code::EmbedCode;
pub use language::LanguageSwitch;
pub use map_canvas::MapChart;
pub use panels::{
    Caption, Corrections, Counter, Credit, DataTable, Detail, Legend, LiveRegion, Methodology,
};

/// Time a step stays on screen during autoplay, in milliseconds.
pub const AUTOPLAY_STEP_MS: u64 = 6000;

/// Everything in one language: the interface's words, the dataset in that
/// language (story, events, country and city names) and its step snapshots.
#[derive(Clone, Copy)]
pub struct Words {
    /// The interface's words.
    pub strings: &'static Strings,
    /// The dataset.
    pub data: &'static Dataset,
    /// One snapshot per story step.
    pub snapshots: &'static [Snapshot],
}

impl Words {
    /// `strings` and `data`, with the snapshots computed once (they live as
    /// long as the page, as a language does once read).
    pub fn new(strings: &'static Strings, data: &'static Dataset) -> Words {
        let snapshots = (0..data.steps.len()).map(|i| data.snapshot(i));
        let snapshots = Box::leak(snapshots.collect::<Vec<_>>().into_boxed_slice());
        Words {
            strings,
            data,
            snapshots,
        }
    }

    /// The snapshot of step `step` (the last one past the end).
    pub fn snapshot(&self, step: usize) -> &'static Snapshot {
        &self.snapshots[step.min(self.snapshots.len() - 1)]
    }
}

/// What every component shares: the words of the language shown and the state.
///
/// The language is a signal like the step: a switch sets it and every word on
/// the page follows in place, so the step, the chart, open disclosures and
/// focus stay as they are.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The language shown: its words, dataset and snapshots.
    pub words: RwSignal<Words>,
    /// Every language read so far (each file is fetched and read once).
    pub loaded: StoredValue<Vec<Words>>,
    /// The built-in English.
    pub english: Words,
    /// Whether this is the running app; false for the static first frame the
    /// build renders from the same components (links for the language
    /// switch, an inert timeline).
    pub live: bool,
    /// The language the page itself is written in (`?lang=` aside).
    pub home: Lang,
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
    /// Whether this is the running app: always in the browser (the wasm
    /// carries no first-frame rendering), else [`Ctx::live`].
    pub fn live(&self) -> bool {
        cfg!(target_arch = "wasm32") || self.live
    }

    /// The interface's words in the language shown (tracked).
    pub fn strings(&self) -> &'static Strings {
        self.words.get().strings
    }

    /// The dataset in the language shown (tracked).
    pub fn data(&self) -> &'static Dataset {
        self.words.get().data
    }

    /// Each step's index and id (the same in every language) with its date
    /// label in the language shown, read when rendered (tracked).
    pub fn steps(self) -> impl Iterator<Item = (usize, String, impl Fn() -> String + Copy)> {
        let ids = self.english.data.steps.iter().map(|s| s.id.clone());
        ids.enumerate()
            .map(move |(i, id)| (i, id, move || self.data().steps[i].date_label.clone()))
    }

    /// The snapshot of step `step` in the language shown (tracked).
    pub fn snapshot(&self, step: usize) -> &'static Snapshot {
        self.words.get().snapshot(step)
    }

    /// The timeline's state, read without tracking.
    pub fn timeline(&self) -> Timeline {
        Timeline {
            step: self.step.get_untracked(),
            len: self.words.with_untracked(|w| w.snapshots.len()),
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

#[cfg(not(target_arch = "wasm32"))]
impl Ctx {
    /// The context of the static first frame of `words`' page: its first
    /// step, nothing playing or selected (the build renders the components
    /// with it).
    pub fn first_frame(words: Words) -> Ctx {
        Ctx {
            words: RwSignal::new(words),
            loaded: StoredValue::new(vec![words]),
            english: words,
            live: false,
            home: words.strings.lang,
            step: RwSignal::new(0),
            playing: RwSignal::new(false),
            clock: Clock::default(),
            view: RwSignal::new(ChartView::default()),
            selected: RwSignal::new(None),
            reduced_motion: false,
            theme_version: RwSignal::new(0),
        }
    }
}

/// The kicker, the headline and the standfirst.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <header class="masthead">
            <p class="kicker">{move || ctx.strings().kicker}</p>
            <h1>{move || ctx.strings().headline}</h1>
            <p class="standfirst">{move || ctx.strings().standfirst}</p>
        </header>
    }
}

/// How the app starts: the words, the page's query options and the motion preference.
pub struct Setup {
    /// The built-in English.
    pub english: Words,
    /// The language to start in (English if its file could not be had).
    pub words: Words,
    /// The language the page itself is written in (`?lang=` aside).
    pub home: Lang,
    /// Options from the address.
    pub options: PageOptions,
    /// Whether the reader prefers reduced motion.
    pub reduced_motion: bool,
    /// Whether autoplay may start by itself.
    pub autoplay: bool,
    /// The country whose details are open at start, by ISO code.
    pub selected: Option<String>,
}

impl Setup {
    /// The setup of a real page: embedded data, this address, this system.
    pub fn from_page(english: Words, words: Words, home: Lang) -> Setup {
        let options = page_options(&browser::query());
        let reduced_motion = browser::prefers_reduced_motion();
        let autoplay = may_autoplay(reduced_motion, options.step.is_some())
            && options.autoplay
            && options.controls;
        Setup {
            english,
            words,
            home,
            options,
            reduced_motion,
            autoplay,
            selected: None,
        }
    }
}

/// Loads the embedded data and mounts the graphic in `#app`, beside the static
/// first frame that the chart replaces once it has drawn (see
/// [`browser::take_over`]). A broken dataset leaves the static story on screen.
pub fn start() {
    // Panic messages in the console for developers; release builds leave the
    // hook out (it costs ~4 KB of wasm) and a panic is a bare `unreachable`.
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    console_error_panic_hook::set_once();
    match Dataset::embedded() {
        Ok(data) => {
            let english = Words::new(&EN, Box::leak(Box::new(data)));
            let home = language::home();
            let lang = page_options(&browser::query()).lang.unwrap_or(home);
            // English mounts at once with its built-in words, and its file
            // (the station notes, the corrections' words) follows
            // ([`language::complete`]); another language's file comes first
            // (the static first frame is in that language meanwhile), and
            // without it the graphic is the built-in English.
            let then = move |words: Option<Words>| {
                let words = words.unwrap_or(english);
                language::apply_to_document(words);
                mount(Setup::from_page(english, words, home));
            };
            if lang == english.strings.lang {
                then(None);
            } else {
                language::fetch_words(lang, english, Box::new(then));
            }
        }
        Err(error) => {
            leptos::logging::error!("{error}");
            browser::add_root_class("static-full");
        }
    }
}

/// Mounts the graphic of `setup` in `#app`, for the page's life (a new
/// language is a signal, not a new graphic).
fn mount(setup: Setup) {
    apply_page_options(&setup.options);
    if let Some(root) = browser::app_root() {
        leptos::mount::mount_to(root, move || view! { <Graphic setup=setup/> }).forget();
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
    let words = setup.words;
    let data = words.data;
    let first = setup
        .options
        .step
        .as_deref()
        .and_then(|id| data.step_index(id))
        .unwrap_or(0);
    let ctx = Ctx {
        words: RwSignal::new(words),
        loaded: StoredValue::new(vec![words]),
        english: setup.english,
        live: true,
        home: setup.home,
        step: RwSignal::new(Timeline::new(data.steps.len(), first).step),
        playing: RwSignal::new(false),
        clock: Clock::default(),
        view: RwSignal::new(setup.options.view),
        selected: RwSignal::new(setup.selected),
        reduced_motion: setup.reduced_motion,
        theme_version: RwSignal::new(0),
    };
    provide_context(ctx);
    // A host page hears of every step and may drive the timeline (when framed).
    let host = host_api::HostApi::start(ctx);
    language::complete(ctx);
    browser::on_color_scheme_change(move || ctx.theme_version.update(|v| *v += 1));

    // On a new step the address follows (replaceState: no history entries),
    // once the transition has run (it takes a few milliseconds the first
    // frames cannot spare), and the detail panel closes.
    Effect::new(move |previous: Option<usize>| {
        let step = ctx.step.get();
        if previous.is_some_and(|p| p != step) {
            // Step ids are the same in every language.
            let id = &ctx.english.data.steps[step].id;
            set_timeout(
                move || browser::replace_query(&with_param(&browser::query(), "step", Some(id))),
                std::time::Duration::from_millis(TRANSITION_MS as u64),
            );
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
            let ms = std::time::Duration::from_millis;
            let tick =
                set_timeout_with_handle(move || ctx.apply(Command::Tick), ms(AUTOPLAY_STEP_MS));
            on_cleanup(move || tick.into_iter().for_each(|h| h.clear()));
        }
    });
    // Autoplay starts when the reader first sees the graphic, unless they
    // (or the host page) have already moved it by then.
    let main = NodeRef::<leptos::html::Main>::new();
    if setup.autoplay {
        let untouched = ctx.timeline();
        in_view::when_first_seen(main, move || {
            if ctx.timeline() == untouched && !host.has_commanded() {
                ctx.apply(Command::TogglePlay);
            }
        });
    }

    let switch = !(setup.options.embed || browser::is_framed()) || setup.options.switch;
    view! {
        <main id="graphic" class="graphic" node_ref=main>
            {switch.then(|| view! { <LanguageSwitch/> })}
            <Masthead/>
            <section class="stage" aria-labelledby="chart-title">
                <Counter/>
                <Legend/>
                <Charts/>
                <Detail/>
            </section>
            <TimelineControls/>
            <Caption/>
            <DataTable/>
            // The closed disclosures share rows (an open one takes a row of its own).
            <div class="notes">
                <Methodology/>
                <EmbedCode/>
                <Corrections/>
            </div>
            <LiveRegion/>
            <Credit/>
        </main>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod ssr_tests {
    use super::*;

    /// The graphic of `lang`'s words rendered to HTML, as the build does.
    fn rendered(words: Words, english: Words) -> String {
        let setup = Setup {
            english,
            words,
            home: words.strings.lang,
            options: page_options(""),
            reduced_motion: false,
            autoplay: false,
            selected: None,
        };
        Owner::new().with(|| view! { <Graphic setup=setup/> }.to_html())
    }

    #[test]
    fn the_graphic_renders_natively_with_the_first_steps_words_and_totals() {
        let data = Dataset::embedded().unwrap();
        let english = Words::new(&EN, Box::leak(Box::new(data)));
        let html = rendered(english, english);
        let first = english.snapshot(0);
        let counter = EN.stations_in_countries(first.stations, first.countries);
        for text in [
            EN.headline,
            counter.as_str(),
            &english.data.steps[0].headline,
        ] {
            assert!(html.contains(text), "{text:?} missing");
        }
        // Every step's tick, the first one current.
        let ticks = html.matches("class=\"tick\"").count();
        assert_eq!(ticks, english.data.steps.len());
        assert!(html.contains("aria-current=\"step\""));
        // The embed box's controls, named as the URL options they set.
        for name in [
            "step", "view", "theme", "controls", "autoplay", "title", "accent",
        ] {
            assert!(html.contains(&format!("name=\"{name}\"")), "{name}");
        }
        for step in &english.data.steps {
            assert!(html.contains(&format!("<option value=\"{}\">", step.id)));
        }
    }
}
