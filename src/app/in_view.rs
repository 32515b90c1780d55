//! Runs a callback once, the first time an element is mostly on screen
//! (IntersectionObserver), so autoplay waits for a reader who scrolls to it.

use leptos::html::Main;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Share of the element that must be visible.
const THRESHOLD: f64 = 0.3;

/// Calls `then` once when the element behind `node` first becomes visible;
/// calls it at once where IntersectionObserver is missing.
pub fn when_first_seen(node: NodeRef<Main>, then: impl Fn() + 'static) {
    let then = std::rc::Rc::new(then);
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(element) = node.get() else {
            return false;
        };
        let fired = std::rc::Rc::new(std::cell::Cell::new(false));
        let (once, run) = (fired, then.clone());
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let seen = entries.iter().any(|e| {
                    e.dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if seen && !once.replace(true) {
                    observer.disconnect();
                    run();
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_threshold(&wasm_bindgen::JsValue::from_f64(THRESHOLD));
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            Ok(observer) => {
                observer.observe(&element);
                // The observer disconnects itself after the first sighting.
                callback.forget();
            }
            Err(_) => then(),
        }
        true
    });
}
