//! "Embed this graphic": a disclosure with the newsroom options, the
//! ready-made iframe snippet they make, and a Copy button. Hidden in embed
//! mode by the stylesheet.

use leptos::html::{Fieldset, Textarea};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser;
use super::embed_options::embed_options;
use super::Ctx;
use crate::embed::{embed_snippet, language_page};
use crate::strings::Strings;
use crate::view::embed_box::accent_note;
use crate::view::query::EmbedChoices;

/// What the last Copy press did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard was refused (sandboxed frame, insecure page): the text is
    /// selected for the reader to copy by hand.
    Selected,
}

/// The embed snippet for this page's own address, the language shown and `choices`.
fn snippet(strings: &Strings, choices: &EmbedChoices) -> String {
    let href = browser::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let page = language_page(&href, strings.lang);
    embed_snippet(&page, strings.embed_frame_title, &choices.query())
}

/// The disclosure with the options, the snippet and its Copy button.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The first frame's closed disclosure, until the app gives it content
    // (rendered by the build only: the wasm has no use for it).
    #[cfg(not(target_arch = "wasm32"))]
    if !ctx.live() {
        return view! {
            <details class="embed-code" class=(crate::view::first_frame::FIRST_ONLY_CLASS, true)>
                <summary>{move || ctx.strings().embed_summary}</summary>
            </details>
        }
        .into_any();
    }
    let live = embed_box(ctx);
    #[cfg(not(target_arch = "wasm32"))]
    let live = live.into_any();
    live
}

/// The box as the app shows it: options, snippet and Copy button.
fn embed_box(ctx: Ctx) -> impl IntoView {
    let choices = RwSignal::new(EmbedChoices::default());
    let code = Memo::new(move |_| choices.with(|c| snippet(ctx.strings(), c)));
    let area = NodeRef::<Textarea>::new();
    let copied = RwSignal::new(Copied::Not);
    let form = NodeRef::<Fieldset>::new();
    let (opened, set_opened) = signal(false);

    // Every control reports here; the choices are read back whole, by name.
    let read = move |_| {
        let Some(form) = form.get_untracked() else {
            return;
        };
        let control = |name: &str| {
            form.query_selector(&format!("[name={name}]"))
                .ok()
                .flatten()
        };
        let value = |name: &str| {
            control(name)
                .map(|e| match e.dyn_into::<web_sys::HtmlSelectElement>() {
                    Ok(select) => select.value(),
                    Err(e) => e.unchecked_into::<web_sys::HtmlInputElement>().value(),
                })
                .unwrap_or_default()
        };
        let ticked = |name: &str| {
            control(name).is_some_and(|e| e.unchecked_into::<web_sys::HtmlInputElement>().checked())
        };
        choices.set(EmbedChoices::from_form(value, ticked));
        copied.set(Copied::Not);
    };
    let select = move || {
        if let Some(area) = area.get_untracked() {
            area.focus().ok();
            area.select();
        }
        copied.set(Copied::Selected);
    };
    let copy = move |_| {
        let clipboard = browser::window()
            .map(|w| w.navigator().clipboard())
            .filter(|c| !c.is_undefined() && !c.is_null());
        let Some(clipboard) = clipboard else {
            select();
            return;
        };
        let done = Closure::once(move |_: JsValue| copied.set(Copied::Yes));
        let refused = Closure::once(move |_: JsValue| select());
        let _ = clipboard
            .write_text(&code.get_untracked())
            .then2(&done, &refused);
        // Whichever runs, the other is never called: both are one-offs.
        done.forget();
        refused.forget();
    };
    let status = move || match copied.get() {
        Copied::Not => "",
        Copied::Yes => ctx.strings().embed_copied,
        Copied::Selected => ctx.strings().embed_copy_refused,
    };
    view! {
        <details class="embed-code" data-testid="embed-code" on:toggle=move |_| set_opened.set(true)>
            <summary>{move || ctx.strings().embed_summary}</summary>
            <p class="embed-intro">{move || ctx.strings().embed_intro}</p>
            <fieldset
                class="embed-options"
                node_ref=form
                on:change=read
                on:input=read
            >
                {embed_options(ctx, opened)}
            </fieldset>
            <p class="embed-accent-note" role="status">
                {move || choices.with(|c| accent_note(&c.accent, ctx.strings()))}
            </p>
            <label class="embed-label" for="embed-snippet">{move || ctx.strings().embed_code_label}</label>
            <textarea
                id="embed-snippet"
                class="embed-snippet"
                readonly
                rows="4"
                spellcheck="false"
                node_ref=area
                prop:value=code
            ></textarea>
            <div class="embed-actions">
                <button type="button" class="control embed-copy" data-testid="embed-copy" on:click=copy>
                    {move || ctx.strings().embed_copy}
                </button>
                <p class="embed-status" role="status">{status}</p>
            </div>
        </details>
    }
}
