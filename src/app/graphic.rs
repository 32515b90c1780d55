//! The whole graphic and its masthead.

use leptos::prelude::*;

use super::*;
use crate::view::query::{with_param, ChartView};
use crate::view::timeline::{Command, Timeline};
use crate::view::tween::TRANSITION_MS;

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
        highlight: RwSignal::new(None),
        hover: RwSignal::new(None),
        said: RwSignal::new(None),
        opener: StoredValue::new(None),
    };
    provide_context(ctx);
    // A host page hears of every step and may drive the timeline (when framed).
    let host = host_api::HostApi::start(ctx);
    // English's own file (the station notes) is not in the first live frame:
    // it is fetched once that frame is painted.
    browser::after_next_paint(move || language::complete(ctx));
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

    // `?place=`: that place ringed, said, and its details open.
    let place = setup.options.place.as_deref();
    if let Some(place) = place.and_then(|id| explore::find_place(ctx, id)) {
        explore::choose_place(ctx, place);
    }

    // In an embed, the language switch and the search only when asked for.
    let framed = setup.options.embed || browser::is_framed();
    let switch = !framed || setup.options.switch;
    let search = !framed || setup.options.search;
    view! {
        <main id="graphic" class="graphic" node_ref=main>
            {switch.then(|| view! { <LanguageSwitch/> })}
            <Masthead/>
            <section class="stage" aria-labelledby="chart-title">
                <Counter/>
                <Legend/>
                {search.then(|| view! { <PlaceSearch/> })}
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
    use crate::model::{Dataset, Embedded};
    use crate::strings::EN;
    use crate::view::query::page_options;

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
