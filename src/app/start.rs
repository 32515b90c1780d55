//! How the page starts: the embedded data, the language to start in, the
//! address's options, and mounting the graphic.

use leptos::prelude::*;

use super::{browser, language, Graphic, Words};
use crate::chart::contrast::css_hex;
use crate::i18n::Lang;
use crate::model::{Dataset, Embedded};
use crate::strings::EN;
use crate::view::query::{page_options, PageOptions, Theme};
use crate::view::timeline::may_autoplay;

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

/// Loads the embedded data and, once the page's HTML is parsed, mounts the
/// graphic in `#app`, beside the static first frame that the chart replaces
/// once it has drawn (see [`browser::take_over`]). A broken dataset leaves
/// the static story on screen.
pub fn start() {
    // Panic messages in the console for developers; release builds leave the
    // hook out (it costs ~4 KB of wasm) and a panic is a bare `unreachable`.
    #[cfg(all(debug_assertions, target_arch = "wasm32"))]
    console_error_panic_hook::set_once();
    // Where the time to the live chart goes (the benchmark reads these).
    browser::mark("app-start");
    match Dataset::embedded() {
        Ok(data) => {
            let english = Words::new(&EN, Box::leak(Box::new(data)));
            browser::mark("app-data");
            let home = language::home();
            let lang = page_options(&browser::query()).lang.unwrap_or(home);
            // English mounts at once with its built-in words, and its file
            // (the station notes, the corrections' words) follows
            // ([`language::complete`]); another language's file comes first
            // (the static first frame is in that language meanwhile), and
            // without it the graphic is the built-in English.
            let then = move |words: Option<Words>| {
                browser::when_parsed(move || {
                    let words = words.unwrap_or(english);
                    language::apply_to_document(words);
                    mount(Setup::from_page(english, words, home));
                });
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
        browser::mark("app-mounted");
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
    // The pre-paint script (public/pre-paint.js) has set these before the
    // first paint; the app agrees with it, and sets them itself where a
    // host's CSP lacks the script's hash.
    if !options.controls {
        browser::add_root_class("controls-off");
    }
    if !options.title {
        browser::add_root_class("title-off");
    }
    if options.switch {
        browser::add_root_class("switch-on");
    }
    if options.search {
        browser::add_root_class("search-on");
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
