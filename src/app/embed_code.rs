//! "Embed this graphic": a disclosure with the ready-made iframe snippet and a
//! Copy button. Hidden in embed mode by the stylesheet.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use super::browser;
use crate::embed::embed_snippet;
use crate::strings::EN;

/// What the last Copy press did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    /// The clipboard was refused (sandboxed frame, insecure page): the text is
    /// selected for the reader to copy by hand.
    Selected,
}

/// The embed snippet for this page's own address.
fn snippet() -> String {
    let href = browser::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    embed_snippet(&href, EN.embed_frame_title)
}

/// The disclosure with the snippet and its Copy button.
#[component]
pub fn EmbedCode() -> impl IntoView {
    let code = snippet();
    let area = NodeRef::<Textarea>::new();
    let copied = RwSignal::new(Copied::Not);

    let select = move || {
        if let Some(area) = area.get_untracked() {
            area.focus().ok();
            area.select();
        }
        copied.set(Copied::Selected);
    };
    let copy = {
        let code = code.clone();
        move |_| {
            let clipboard = browser::window()
                .map(|w| w.navigator().clipboard())
                .filter(|c| !c.is_undefined() && !c.is_null());
            let Some(clipboard) = clipboard else {
                select();
                return;
            };
            let done = Closure::once(move |_: JsValue| copied.set(Copied::Yes));
            let refused = Closure::once(move |_: JsValue| select());
            let _ = clipboard.write_text(&code).then2(&done, &refused);
            // Whichever runs, the other is never called: both are one-offs.
            done.forget();
            refused.forget();
        }
    };
    let status = move || match copied.get() {
        Copied::Not => "",
        Copied::Yes => EN.embed_copied,
        Copied::Selected => EN.embed_copy_refused,
    };

    view! {
        <details class="embed-code" data-testid="embed-code">
            <summary>{EN.embed_summary}</summary>
            <p class="embed-intro">{EN.embed_intro}</p>
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
