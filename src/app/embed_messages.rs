//! Sizes the host's iframe: watches the document's height with a
//! ResizeObserver and posts it to the parent page in the three formats of
//! [`crate::embed`] (pym.js, AMP, our own `embed.js`); answers pym.js `width`
//! messages. Also the message plumbing of the host API (`host_api`): the one
//! `message` listener, which hands the parent's messages to a callback, and
//! [`post_to_parent`]. Messages are serde types
//! ([`crate::embed`]) written and read with serde-wasm-bindgen. Does nothing
//! when the page is not framed.
//!
//! Why `postMessage(…, "*")`: the graphic is embedded by pages whose origin it
//! cannot know in advance (any newsroom, CMS preview or AMP cache), and a
//! sandboxed frame cannot name any origin at all. The messages carry only a
//! height or a step and the id from the frame's own address, nothing a third
//! party could not see anyway, so they are safe to broadcast.
//!
//! Incoming messages are ignored unless they come from the parent window;
//! those are handed to the host API and answered when they are a well-formed
//! pym.js `width` message for our `childId`.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser;
use crate::embed::{
    amp_message, own_message, parse_pym_width, pym_height_message, EmbedParams, HeightTracker,
};

/// Everything the observer and the listener share.
struct Sizer {
    params: EmbedParams,
    tracker: RefCell<HeightTracker>,
}

impl Sizer {
    /// The content height of the page, CSS px: the root element's box. Unlike
    /// `scrollHeight` it does not grow with the frame itself, so the frame can
    /// shrink again when the content does.
    fn measure() -> Option<f64> {
        let root = browser::window()?.document()?.document_element()?;
        Some(root.get_bounding_client_rect().height())
    }

    /// Measures and posts the height if it changed (or when `force`d).
    fn send(&self, force: bool) {
        let Some(measured) = Self::measure() else {
            return;
        };
        let Some(height) = self.tracker.borrow_mut().update(measured, force) else {
            return;
        };
        let Some(parent) = parent() else { return };
        // Sizes only: see the module documentation for why "*" is right.
        let pym = pym_height_message(self.params.pym_id(), height);
        let _ = parent.post_message(&JsValue::from_str(&pym), "*");
        post(&parent, &amp_message(height));
        post(&parent, &own_message(&self.params.id, height));
    }
}

/// The parent window, if the page is framed.
fn parent() -> Option<web_sys::Window> {
    let window = browser::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Starts sizing the host's iframe (framed with `params`), for the page's
/// life, and hands every message from the parent window to `on_message`.
/// Call once, when framed.
pub fn start(params: EmbedParams, on_message: impl Fn(&JsValue) + 'static) {
    let Some(window) = browser::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let sizer = Rc::new(Sizer {
        params,
        tracker: RefCell::new(HeightTracker::default()),
    });

    // The first height now, so that the host resizes as early as possible.
    sizer.send(false);

    // Layout changes (steps, redraws, the table disclosure, fonts, a new
    // frame width) all change the root's box. ResizeObserver reports them once
    // per rendering frame, after layout, so measuring right away is cheap.
    let observed = {
        let sizer = sizer.clone();
        Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| sizer.send(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()) {
        if let Some(root) = document.document_element() {
            observer.observe(&root);
        }
        if let Some(body) = document.body() {
            observer.observe(&body);
        }
        // Lives as long as the page.
        std::mem::forget(observer);
    }
    observed.forget();

    // After web fonts settle (their metrics change line breaks).
    if let Ok(ready) = document.fonts().ready() {
        let sizer = sizer.clone();
        let done = Closure::once(move |_: JsValue| sizer.send(false));
        let _ = ready.then(&done);
        done.forget();
    }

    // `load` (late images or styles) and pym.js `width` messages.
    let on_load = {
        let sizer = sizer.clone();
        Closure::<dyn FnMut()>::new(move || sizer.send(false))
    };
    let _ = window.add_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
    on_load.forget();

    let on_parent_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = match (event.source(), parent()) {
                (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
                _ => false,
            };
            if !from_parent {
                return;
            }
            let data = event.data();
            on_message(&data);
            let Some(data) = data.as_string() else {
                return;
            };
            let Some(child_id) = sizer.params.child_id.as_deref() else {
                return;
            };
            if parse_pym_width(&data, child_id).is_some() {
                // The host's width changed or it asks: answer with the height.
                sizer.send(true);
            }
        });
    let _ = window
        .add_event_listener_with_callback("message", on_parent_message.as_ref().unchecked_ref());
    on_parent_message.forget();
}

/// Posts `message` to the parent window, if framed. Only for messages
/// anyone may read (see the module documentation).
pub(super) fn post_to_parent(message: &impl serde::Serialize) {
    if let Some(parent) = parent() {
        post(&parent, message);
    }
}

/// Posts `message` to `parent`, to whatever origin it has, as a plain object
/// (maps as objects, as JSON would give them).
fn post(parent: &web_sys::Window, message: &impl serde::Serialize) {
    let writer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(value) = message.serialize(&writer) {
        let _ = parent.post_message(&value, "*");
    }
}
