//! The page's language: which one to start in, fetching and reading another
//! language's file, the document's own words (`<html lang>`, title,
//! description), and the switch.

use super::{browser, fetch, Ctx, Words};
use crate::i18n::pack::{LangFile, FILES_META};
use crate::i18n::Lang;
use crate::model::{Dataset, Embedded};
use crate::view::query::with_param;
use leptos::prelude::*;

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

/// Fetches `lang`'s file and calls `then` with its words. English's file
/// brings only the station notes: without it, English is `english`, the
/// built-in words without notes. Another language is `None` when it cannot
/// be had (no file listed, a network error, a file of another build).
pub fn fetch_words(lang: Lang, english: Words, then: Box<dyn FnOnce(Option<Words>)>) {
    let built_in = (lang == english.strings.lang).then_some(english);
    let Some(url) = file_url(lang) else {
        return then(built_in);
    };
    fetch::json(&url, move |file: Option<LangFile>| {
        let read = file
            .and_then(|file| file.apply(Dataset::embedded().ok()?))
            .filter(|(strings, _)| strings.lang == lang);
        let words = read.map(|(strings, data)| Words::new(strings, Box::leak(Box::new(data))));
        then(words.or(built_in));
    });
}

/// When the graphic shows the built-in English, fetches English's file and
/// shows its words (the station notes, the corrections) once it has come.
pub fn complete(ctx: Ctx) {
    let english = ctx.english;
    if !std::ptr::eq(ctx.words.get_untracked().data, english.data) {
        return;
    }
    let then = move |words: Option<Words>| {
        let Some(words) = words.filter(|w| !std::ptr::eq(w.data, english.data)) else {
            return;
        };
        let _ = ctx.loaded.try_update_value(|l| {
            l.retain(|w| w.strings.lang != english.strings.lang);
            l.push(words);
        });
        if ctx
            .words
            .try_get_untracked()
            .is_some_and(|w| std::ptr::eq(w.data, english.data))
        {
            ctx.words.set(words);
        }
    };
    fetch_words(english.strings.lang, english, Box::new(then));
}

/// Reads every language's file not read yet (for the search, which finds
/// places by their names in any of them), calling `then` after each.
pub fn load_all(ctx: Ctx, then: impl Fn() + Copy + 'static) {
    for lang in Lang::ALL {
        let known = ctx
            .loaded
            .with_value(|l| l.iter().any(|w| w.strings.lang == lang));
        if known || lang == ctx.english.strings.lang {
            continue;
        }
        let add = move |words: Option<Words>| {
            let Some(words) = words.filter(|w| w.strings.lang == lang) else {
                return;
            };
            let added = ctx.loaded.try_update_value(|l| {
                let new = !l.iter().any(|w| w.strings.lang == lang);
                if new {
                    l.push(words);
                }
                new
            });
            if added == Some(true) {
                then();
            }
        };
        fetch_words(lang, ctx.english, Box::new(add));
    }
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

/// Switches the graphic to `lang`: its words replace the old ones in place
/// (the step, the chart, open details and focus stay); the address keeps
/// `?lang=` so that a reload stays in it.
pub fn switch(ctx: Ctx, lang: Lang) {
    if ctx.words.with_untracked(|w| w.strings.lang) == lang {
        return;
    }
    let show = move |words: Words| {
        apply_to_document(words);
        let value = (lang != ctx.home).then(|| lang.tag());
        browser::replace_query(&with_param(&browser::query(), "lang", value));
        ctx.words.set(words);
    };
    let known = ctx
        .loaded
        .with_value(|l| l.iter().find(|w| w.strings.lang == lang).copied());
    if let Some(words) = known {
        return show(words);
    }
    let then = move |words: Option<Words>| {
        let Some(words) = words else { return };
        // The graphic may be gone by now (a test page taking it down).
        if ctx.loaded.try_update_value(|l| l.push(words)).is_some() {
            show(words);
        }
    };
    fetch_words(lang, ctx.english, Box::new(then));
}

/// The language switch: one button per language, each named in its own
/// language, the one shown pressed; in the static first frame, a link to each
/// language's page (which works without the app).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            // The first frame's links (rendered by the build only).
            #[cfg(not(target_arch = "wasm32"))]
            if !ctx.live() {
                let current = (ctx.strings().lang == lang).then_some("page");
                return view! {
                    <a href=lang.page() lang=lang.tag() hreflang=lang.tag() aria-current=current>
                        {lang.autonym()}
                    </a>
                }
                .into_any();
            }
            let button = view! {
                <button
                    type="button"
                    lang=lang.tag()
                    data-lang=lang.tag()
                    aria-pressed=move || (ctx.strings().lang == lang).to_string()
                    on:click=move |_| switch(ctx, lang)
                >
                    {lang.autonym()}
                </button>
            };
            #[cfg(not(target_arch = "wasm32"))]
            let button = button.into_any();
            button
        })
        .collect_view();
    view! {
        <nav class="language-switch" aria-label=move || ctx.strings().language_switch>
            {buttons}
        </nav>
    }
}
