//! Thin wrappers over the browser APIs the app uses; each fails quietly.

use crate::view::caption::HIDDEN_ITEM;
use wasm_bindgen::JsCast;

/// The page's window (always present in a browser page).
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    // Rendered to HTML at build time, there is no window: every browser
    // call here is then a no-op.
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The query string of the page's address, with its `?`.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the address's query string without adding a history entry.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        // Some sandboxed or `about:srcdoc` frames refuse; the page works on.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

fn media(query: &str) -> Option<web_sys::MediaQueryList> {
    window().and_then(|w| w.match_media(query).ok().flatten())
}

/// Whether the media query `query` matches now.
pub fn media_matches(query: &str) -> bool {
    media(query).is_some_and(|m| m.matches())
}

/// Calls `then` whenever `query` starts or stops matching, for the page's life.
pub fn on_media_change(query: &str, then: impl Fn() + 'static) {
    let Some(list) = media(query) else { return };
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(then);
    let _ = list.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Calls `then` once the page's HTML is parsed, at once if it is: the app's
/// loader runs as soon as the wasm is in (an `async` module), which can be
/// before the static first frame it takes over from is whole.
pub fn when_parsed(then: impl FnOnce() + 'static) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return then();
    };
    if document.ready_state() != "loading" {
        return then();
    }
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    let _ = document.add_event_listener_with_callback("DOMContentLoaded", callback.unchecked_ref());
}

/// Calls `then` in a task of its own once the next frame is painted: for
/// work the first live frame need not wait for. Never called without a window.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    if window().is_none() {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(then, std::time::Duration::ZERO);
    });
}

/// Whether the reader asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// Calls `then` whenever the system switches between light and dark, for the
/// page's life (the canvas reads its colours from CSS and must redraw).
pub fn on_color_scheme_change(then: impl Fn() + 'static) {
    on_media_change("(prefers-color-scheme: dark)", then);
}

/// Shows the pointer cursor over `element` when `pointer`, else the default one.
pub fn set_cursor(element: &web_sys::HtmlElement, pointer: bool) {
    let _ = element
        .style()
        .set_property("cursor", if pointer { "pointer" } else { "default" });
}

/// Shows only the `index`th child of `parent` (a stack of every step's
/// caption or note): the others take the hidden-item class.
pub fn show_only(parent: Option<web_sys::HtmlDivElement>, index: usize) {
    let mut child = parent.and_then(|p| p.first_element_child());
    let mut k = 0;
    while let Some(c) = child {
        let list = c.class_list();
        let _ = if k == index {
            list.remove_1(HIDDEN_ITEM)
        } else {
            list.add_1(HIDDEN_ITEM)
        };
        child = c.next_element_sibling();
        k += 1;
    }
}

/// The value of CSS custom property `name` on `element`.
pub fn css_property(element: &web_sys::Element, name: &str) -> String {
    window()
        .and_then(|w| w.get_computed_style(element).ok().flatten())
        .and_then(|s| s.get_property_value(name).ok())
        .unwrap_or_default()
}

/// Sets an attribute on `<html>` (or removes it when `value` is `None`).
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(v) => root.set_attribute(name, v),
        None => root.remove_attribute(name),
    };
}

/// Sets a CSS custom property on `<html>` through the CSSOM (allowed by a
/// strict CSP, unlike a style attribute).
pub fn set_root_property(name: &str, value: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// Adds a class to `<html>`.
pub fn add_root_class(class: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1(class);
    }
}

/// The element the app mounts into (`#app`, which holds the static first frame).
pub fn app_root() -> Option<web_sys::HtmlElement> {
    window()?
        .document()?
        .get_element_by_id("app")?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Replaces the static first frame with the app, once: removes every
/// `.static-frame` and marks `<html>` as `live` (so `boot.js` no longer falls
/// back to the static story on an error). Call when the chart has first drawn,
/// before the browser paints, so the swap is one frame with no shift.
pub fn take_over() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(frames) = document.query_selector_all(".static-frame") {
        for i in 0..frames.length() {
            if let Some(frame) = frames
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                frame.remove();
            }
        }
    }
    add_root_class("live");
}

/// Whether the page runs inside a frame of another page.
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match (w.top(), w.self_()) {
        (Ok(Some(top)), me) => !js_sys::Object::is(&top, &me),
        // A cross-origin parent can make `top` throw: that is a frame too.
        _ => true,
    }
}

/// Milliseconds since the page started (`performance.now()`), if available.
pub fn now() -> Option<f64> {
    window().and_then(|w| w.performance()).map(|p| p.now())
}

/// Marks a moment for the benchmark (`performance.mark`).
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Offers `text` as a file download; returns false when the browser refuses
/// (for instance in a sandboxed frame without `allow-downloads`).
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    attempt().is_some()
}

/// Whether the page runs in a sandbox without same-origin rights (opaque origin),
/// where downloads and storage are usually refused.
pub fn is_sandboxed() -> bool {
    window().map(|w| w.origin() == "null").unwrap_or(false)
}

/// Focuses the first element matching `selector` in the graphic, if any.
pub fn focus_selector(selector: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("#graphic {selector}"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Text folded for the place search with the browser's own Unicode tables
/// (`crate::view::explore::fold` explains the rule, and why not in the wasm):
/// canonical decomposition, combining marks dropped, lower case, every run
/// of characters that are neither letters nor digits one space, trimmed.
#[cfg(target_arch = "wasm32")]
pub fn fold(text: &str) -> String {
    use js_sys::{JsString, RegExp};
    let text = JsString::from(text).normalize("NFD");
    let text = text.replace_by_pattern(&RegExp::new(r"\p{M}", "gu"), "");
    let text = text.to_lower_case();
    let text = text.replace_by_pattern(&RegExp::new(r"[^\p{Alphabetic}\p{N}]+", "gu"), " ");
    String::from(text.trim())
}
