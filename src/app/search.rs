//! "Find a city or country": a search box with a list of suggestions (an
//! ARIA combobox), matching names in the page's language, in English and in
//! every other language once the reader starts a search.

use std::sync::Arc;

use leptos::prelude::*;

use super::explore::{choose_place, find_place};
use super::{language, Ctx};
use crate::i18n::Lang;
use crate::view::explore::places::Places;
use crate::view::first_frame::FIRST_ONLY_CLASS;

/// The id of the suggestions' list.
const LIST_ID: &str = "place-options";

/// The places to search, named in every language read so far; equal when
/// made for the same language and number of languages (a Memo's value).
#[derive(Clone)]
struct Named {
    made_for: (Lang, usize),
    places: Arc<Places>,
}

impl PartialEq for Named {
    fn eq(&self, other: &Named) -> bool {
        self.made_for == other.made_for
    }
}

/// One suggestion: a place's id and how the list writes it.
#[derive(Clone, Debug, PartialEq)]
struct Suggestion {
    id: String,
    label: String,
}

/// What the list shows for a query: its matches, or, when nothing matched,
/// the step's countries with stations.
#[derive(Clone, Debug, PartialEq)]
struct Suggestions {
    found: bool,
    items: Vec<Suggestion>,
}

/// The search box and its list.
#[component]
pub fn PlaceSearch() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let live = ctx.live();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    // Bumped as other languages' names arrive.
    let languages_read = RwSignal::new(0_usize);

    let named = Memo::new(move |_| {
        languages_read.track();
        let words = ctx.words.get();
        let others = ctx.loaded.get_value();
        let mut places = words.places(ctx.english.data).clone();
        for other in others
            .iter()
            .filter(|o| o.strings.lang != words.strings.lang)
        {
            places = places.also_named(other.data);
        }
        Named {
            made_for: (words.strings.lang, others.len()),
            places: Arc::new(places),
        }
    });
    let suggestions = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let words = ctx.words.get();
        let snapshot = words.snapshot(ctx.step.get());
        named.with(|n| {
            let places = &n.places;
            let hits = places.search(&q);
            let found = !hits.is_empty();
            let shown = if found {
                hits
            } else {
                places.countries_in(snapshot)
            };
            let items = shown
                .into_iter()
                .map(|p| Suggestion {
                    id: p.id.clone(),
                    label: places.label(p, words.strings),
                })
                .collect();
            Some(Suggestions { found, items })
        })
    });
    let count = move || suggestions.with(|s| s.as_ref().map_or(0, |s| s.items.len()));
    let expanded = move || open.get() && count() > 0;

    // The reader picks the `i`th suggestion: it is ringed, said and opened.
    let choose = move |i: usize| {
        let Some(item) = suggestions.with_untracked(|s| s.as_ref()?.items.get(i).cloned()) else {
            return;
        };
        if let Some(place) = find_place(ctx, &item.id) {
            choose_place(ctx, place);
        }
        query.set(item.label);
        open.set(false);
        active.set(None);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = count();
        let step = |by: isize| {
            open.set(true);
            active.update(|a| {
                let from = a.map_or(if by > 0 { -1 } else { n as isize }, |i| i as isize);
                *a = (n > 0).then(|| (from + by).rem_euclid(n as isize) as usize);
            });
        };
        match ev.key().as_str() {
            "ArrowDown" | "Down" => step(1),
            "ArrowUp" | "Up" => step(-1),
            "Enter" if expanded() => choose(active.get_untracked().unwrap_or(0)),
            "Escape" | "Esc" if expanded() => open.set(false),
            // A second Escape empties the box (the browser's own for type=search).
            _ => return,
        }
        ev.prevent_default();
    };
    // Names in the other languages, read once the reader starts a search.
    let asked = StoredValue::new(false);
    let on_focus = move |_| {
        if !asked.get_value() {
            asked.set_value(true);
            language::load_all(ctx, move || languages_read.update(|n| *n += 1));
        }
    };

    let options = move || {
        let s = suggestions.get()?;
        let items = s
            .items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                view! {
                    <li
                        role="option"
                        id=format!("place-option-{i}")
                        data-place=item.id
                        aria-selected=move || (active.get() == Some(i)).to_string()
                        on:click=move |_| choose(i)
                    >
                        {item.label}
                    </li>
                }
            })
            .collect_view();
        Some(items)
    };
    // Said when nothing matched, above the countries offered instead.
    let status = move || {
        let strings = ctx.strings();
        let none = suggestions.with(|s| s.as_ref().is_some_and(|s| !s.found));
        none.then(|| strings.sentences(&[strings.search_none, strings.search_countries]))
    };

    view! {
        <div class="place-search" class=(FIRST_ONLY_CLASS, !live)>
            <input
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                disabled=!live
                aria-label=move || ctx.strings().search_label
                placeholder=move || ctx.strings().search_label
                aria-autocomplete="list"
                aria-controls=LIST_ID
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("place-option-{i}"))
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                    active.set(None);
                }
                on:keydown=on_key
                on:focus=on_focus
                on:blur=move |_| open.set(false)
            />
            // Said to screen readers; shown above the countries offered.
            <p class="visually-hidden" role="status">{status}</p>
            <div class="place-popup" class:open=expanded>
                <p class="search-none" aria-hidden="true">{status}</p>
                <ul
                    id=LIST_ID
                    role="listbox"
                    aria-label=move || ctx.strings().search_label
                    // Keeps the focus in the box while an option is clicked.
                    on:mousedown=|ev| ev.prevent_default()
                >
                    {options}
                </ul>
            </div>
        </div>
    }
}
