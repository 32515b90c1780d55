//! Width of an element, kept current by a ResizeObserver.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A signal holding the content width (CSS px) of the element behind `node`;
/// 0 until the observer's first report, which comes in the first frame that
/// lays the element out, before that frame is painted (so a chart drawn on it
/// is in the frame, with no layout forced for it). The observer is dropped
/// with the owner.
pub fn use_width(node: NodeRef<Div>) -> ReadSignal<f64> {
    let (width, set_width) = signal(0.0_f64);
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        let element: web_sys::Element = element.into();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let entry: Option<web_sys::ResizeObserverEntry> = entries.get(0).dyn_into().ok();
            if let Some(entry) = entry {
                let w = entry.content_rect().width().round();
                if (w - width.get_untracked()).abs() >= 1.0 {
                    set_width.set(w);
                }
            }
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        let keep = send_wrapper::SendWrapper::new((observer, callback));
        on_cleanup(move || keep.0.disconnect());
    });
    width
}
