//! Fetches a same-origin file as bytes (the map's outlines), with a plain
//! XMLHttpRequest: a callback, no futures machinery in the wasm.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{XmlHttpRequest, XmlHttpRequestResponseType};

/// Requests `url` (relative to the page) and calls `then` once with its bytes,
/// or with `None` if the answer is not a 200 (a network error included).
pub fn bytes(url: &str, then: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let Ok(request) = XmlHttpRequest::new() else {
        then(None);
        return;
    };
    request.set_response_type(XmlHttpRequestResponseType::Arraybuffer);
    let handle = request.clone();
    let done = Closure::once_into_js(move || {
        let ok = handle.status().is_ok_and(|s| s == 200);
        let body = handle
            .response()
            .ok()
            .filter(|_| ok)
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        then(body);
    });
    // `loadend` fires once, after success, error, abort or timeout alike; if
    // the request cannot even be opened, the map stays without outlines.
    let armed = request
        .add_event_listener_with_callback("loadend", done.unchecked_ref())
        .is_ok();
    if armed && request.open("GET", url).is_ok() {
        let _ = request.send();
    }
}
