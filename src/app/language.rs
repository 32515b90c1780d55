//! The page's language: which one to start in, fetching and reading another
//! language's file, the document's own words (`<html lang>`, title,
//! description), and the switch.

use std::cell::RefCell;

use super::{browser, fetch, Ctx, Words};
use crate::i18n::pack::{LangFile, FILES_META};
use crate::i18n::Lang;
use crate::model::{Dataset, Embedded};
use crate::view::query::with_param;
use leptos::prelude::*;

thread_local! {
    /// Every language read so far: a language is fetched and read once.
    static LOADED: RefCell<Vec<Words>> = const { RefCell::new(Vec::new()) };
}

/// The language the page itself is written in: its `<html lang>` as served
/// (read at start, before the app sets it), else English.
pub fn home() -> Lang {
    let root = browser::window().and_then(|w| w.document()?.document_element());
    let lang = root.and_then(|r| r.get_attribute("lang"));
    lang.and_then(|l| Lang::parse(&l)).unwrap_or_default()
}

/// The page's content of `<meta name=…>`.
fn meta(name: &str) -> Option<web_sys::Element> {
    let document = browser::window()?.document()?;
    document
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
}

/// The address of `lang`'s file, from the page's [`FILES_META`].
fn file_url(lang: Lang) -> Option<String> {
    let list = meta(FILES_META)?.get_attribute("content")?;
    list.split_whitespace().find_map(|entry| {
        let (tag, url) = entry.split_once('=')?;
        (Lang::parse(tag) == Some(lang)).then(|| url.to_string())
    })
}

/// Calls `then` with `lang`'s words: at once when they are loaded, else
/// after its file has come and been read. English's file brings only the
/// station notes: without it, English is `english`, the built-in words
/// without notes. Another language is `None` when it cannot be had (no file
/// listed, a network error, a file of another build).
pub fn load(lang: Lang, english: Words, then: Box<dyn FnOnce(Option<Words>)>) {
    if let Some(words) = LOADED.with_borrow(|l| l.iter().find(|w| w.strings.lang == lang).copied())
    {
        return then(Some(words));
    }
    let built_in = (lang == english.strings.lang).then_some(english);
    let Some(url) = file_url(lang) else {
        return then(built_in);
    };
    fetch::json(&url, move |file: Option<LangFile>| {
        let read = file
            .and_then(|file| file.apply(Dataset::embedded().ok()?))
            .filter(|(strings, _)| strings.lang == lang);
        let words = read.map(|(strings, data)| Words::new(strings, Box::leak(Box::new(data))));
        if let Some(w) = words {
            LOADED.with_borrow_mut(|l| l.push(w));
        }
        then(words.or(built_in));
    });
}

/// Puts the document's own words in `words`' language: `<html lang>`, the
/// title and the description.
pub fn apply_to_document(words: Words) {
    let strings = words.strings;
    browser::set_root_attribute("lang", Some(strings.lang.tag()));
    if let Some(document) = browser::window().and_then(|w| w.document()) {
        document.set_title(strings.headline);
    }
    if let Some(description) = meta("description") {
        let _ = description.set_attribute("content", strings.page_description);
    }
}

/// Switches the graphic to `lang` (the step, the chart and the open details
/// stay); the address keeps `?lang=` so that a reload stays in it.
pub fn switch(ctx: Ctx, lang: Lang) {
    if lang == ctx.strings.lang {
        return;
    }
    let then = move |words: Option<Words>| {
        let Some(words) = words else { return };
        apply_to_document(words);
        let value = (lang != ctx.home).then(|| lang.tag());
        browser::replace_query(&with_param(&browser::query(), "lang", value));
        super::remount(ctx, words);
    };
    load(lang, ctx.english, Box::new(then));
}

/// The language switch: one button per language, each named in its own
/// language, the one shown pressed (the graphic is mounted anew in the new
/// language, with focus back on its button).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <button
                    type="button"
                    lang=lang.tag()
                    data-lang=lang.tag()
                    aria-pressed=(ctx.strings.lang == lang).to_string()
                    on:click=move |_| switch(ctx, lang)
                >
                    {lang.autonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <nav
            class="language-switch"
            aria-label=ctx.strings.language_switch
        >
            {buttons}
        </nav>
    }
}
