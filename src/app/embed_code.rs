//! "Embed this graphic": a disclosure with the newsroom options, the
//! ready-made iframe snippet they make, and a Copy button. Hidden in embed
//! mode by the stylesheet.

use leptos::html::{Input, Select, Textarea};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use super::browser;
use super::Ctx;
use crate::chart::contrast::accent_fit;
use crate::embed::embed_snippet;
use crate::strings::EN;
use crate::view::query::{EmbedChoices, Theme};

/// What the last Copy press did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard was refused (sandboxed frame, insecure page): the text is
    /// selected for the reader to copy by hand.
    Selected,
}

/// The embed snippet for this page's own address and `choices`.
fn snippet(choices: &EmbedChoices) -> String {
    let href = browser::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    embed_snippet(&href, EN.embed_frame_title, &choices.query())
}

/// What becomes of the typed house colour, in words ("" when none is typed
/// or it is used in both themes).
fn accent_note(typed: &str) -> &'static str {
    if typed.trim().is_empty() {
        return "";
    }
    let fit = accent_fit(typed.trim());
    match (fit.light.is_some(), fit.dark.is_some()) {
        (false, false) => EN.embed_accent_notes[0],
        (true, false) => EN.embed_accent_notes[1],
        (false, true) => EN.embed_accent_notes[2],
        (true, true) => "",
    }
}

/// The disclosure with the options, the snippet and its Copy button.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let choices = RwSignal::new(EmbedChoices::default());
    let code = Memo::new(move |_| choices.with(snippet));
    let area = NodeRef::<Textarea>::new();
    let copied = RwSignal::new(Copied::Not);
    let (step, theme) = (NodeRef::<Select>::new(), NodeRef::<Select>::new());
    let (fixed, no_autoplay, no_title, accent) = (
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
    );

    // Every control reports here; the choices are read back whole.
    let read = move |_| {
        let checked = |r: NodeRef<Input>| r.get_untracked().is_some_and(|i| i.checked());
        let value = |r: NodeRef<Select>| r.get_untracked().map(|s| s.value()).unwrap_or_default();
        choices.set(EmbedChoices {
            step: Some(value(step)).filter(|s| !s.is_empty()),
            theme: match value(theme).as_str() {
                "light" => Some(Theme::Light),
                "dark" => Some(Theme::Dark),
                _ => None,
            },
            fixed: checked(fixed),
            no_autoplay: checked(no_autoplay),
            no_title: checked(no_title),
            accent: accent
                .get_untracked()
                .map(|i| i.value())
                .unwrap_or_default(),
        });
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
        Copied::Yes => EN.embed_copied,
        Copied::Selected => EN.embed_copy_refused,
    };
    let steps = ctx
        .data
        .steps
        .iter()
        .map(|s| view! { <option value=s.id.clone()>{s.date_label.clone()}</option> })
        .collect_view();
    let themes = ["", "light", "dark"]
        .into_iter()
        .zip(EN.embed_themes)
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();

    view! {
        <details class="embed-code" data-testid="embed-code">
            <summary>{EN.embed_summary}</summary>
            <p class="embed-intro">{EN.embed_intro}</p>
            <fieldset class="embed-options" on:change=read on:input=read>
                <legend>{EN.embed_options}</legend>
                <label>
                    {EN.embed_start}
                    <select name="step" node_ref=step>
                        <option value="">{EN.embed_from_start}</option>
                        {steps}
                    </select>
                </label>
                <label>{EN.embed_theme} <select name="theme" node_ref=theme>{themes}</select></label>
                <label class="check"><input type="checkbox" name="controls" node_ref=fixed/>{EN.embed_fixed}</label>
                <label class="check"><input type="checkbox" name="autoplay" node_ref=no_autoplay/>{EN.embed_no_autoplay}</label>
                <label class="check"><input type="checkbox" name="title" node_ref=no_title/>{EN.embed_no_title}</label>
                <label>
                    {EN.embed_accent}
                    <input type="text" name="accent" maxlength="7" size="8" spellcheck="false" autocomplete="off" node_ref=accent/>
                </label>
                <p class="embed-accent-note" role="status">{move || choices.with(|c| accent_note(&c.accent))}</p>
            </fieldset>
            <label class="embed-label" for="embed-snippet">{EN.embed_code_label}</label>
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
                    {EN.embed_copy}
                </button>
                <p class="embed-status" role="status">{status}</p>
            </div>
        </details>
    }
}
