//! What every component shares: the words of the language shown ([`Words`])
//! and the graphic's state as signals ([`Ctx`], provided as context).

use std::sync::OnceLock;

use leptos::prelude::*;

use super::Clock;
use crate::i18n::Lang;
use crate::model::{Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::explore::fold::Fold;
use crate::view::explore::nav::Choice;
use crate::view::explore::places::Places;
use crate::view::query::ChartView;
use crate::view::timeline::{Command, Timeline};

/// How the place search folds names: the browser's Unicode tables in the
/// page, the unicode-normalization crate natively (the same text).
#[cfg(target_arch = "wasm32")]
const FOLD: Fold = super::browser::fold;
#[cfg(not(target_arch = "wasm32"))]
const FOLD: Fold = crate::view::explore::fold::fold;

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
    /// Its places (countries and cities), made when first asked for.
    places: &'static OnceLock<Places>,
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
            places: Box::leak(Box::default()),
        }
    }

    /// Its places, named in this language and in `english` (the built-in
    /// dataset), made on the first call.
    pub fn places(&self, english: &Dataset) -> &'static Places {
        self.places
            .get_or_init(|| Places::new(english, self.data, FOLD))
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
    /// The point the reader has chosen (with the keys, the search, a
    /// `?place=` link or the host page), ringed on both charts.
    pub highlight: RwSignal<Option<Choice>>,
    /// The point under the pointer, ringed while it is there.
    pub hover: RwSignal<Option<Choice>>,
    /// What the live region says of the reader's last move, if anything
    /// since the step or the language changed.
    pub said: RwSignal<Option<Said>>,
    /// The chart that opened the details: focused again when they close.
    pub opener: StoredValue<Option<ChartView>>,
}

/// A sentence for the live region, with the step and language it is true of.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    /// The step it speaks of.
    pub step: usize,
    /// Its language.
    pub lang: Lang,
    /// The words.
    pub text: String,
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

    /// The places in the language shown (tracked).
    pub fn places(&self) -> &'static Places {
        self.words.get().places(self.english.data)
    }

    /// Has the live region say `text` of the current step.
    pub fn say(&self, text: String) {
        self.said.set(Some(Said {
            step: self.step.get_untracked(),
            lang: self.words.with_untracked(|w| w.strings.lang),
            text,
        }));
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
            highlight: RwSignal::new(None),
            hover: RwSignal::new(None),
            said: RwSignal::new(None),
            opener: StoredValue::new(None),
        }
    }
}
