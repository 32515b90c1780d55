//! Fetches a same-origin file (the map's outlines, a language's file), with a
//! plain XMLHttpRequest: a callback, no futures machinery in the wasm.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{XmlHttpRequest, XmlHttpRequestResponseType};

/// Requests `url` (relative to the page) as `kind` and calls `then` once with
/// the finished request if the answer is a 200, else with `None` (a network
/// error included). Rendered to HTML at build time, nothing is requested.
fn request(
    url: &str,
    kind: XmlHttpRequestResponseType,
    then: Box<dyn FnOnce(Option<XmlHttpRequest>)>,
) {
    if super::browser::window().is_none() {
        return;
    }
    let Ok(request) = XmlHttpRequest::new() else {
        then(None);
        return;
    };
    request.set_response_type(kind);
    let handle = request.clone();
    let done = Closure::once_into_js(move || {
        let ok = handle.status().is_ok_and(|s| s == 200);
        then(ok.then_some(handle));
    });
    // `loadend` fires once, after success, error, abort or timeout alike; if
    // the request cannot even be opened, nothing comes.
    let armed = request
        .add_event_listener_with_callback("loadend", done.unchecked_ref())
        .is_ok();
    if armed && request.open("GET", url).is_ok() {
        let _ = request.send();
    }
}

/// `url` as bytes, or `None` (see [`request`]).
pub fn bytes(url: &str, then: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let read = |r: XmlHttpRequest| r.response().ok();
    request(
        url,
        XmlHttpRequestResponseType::Arraybuffer,
        Box::new(move |r| {
            then(
                r.and_then(read)
                    .map(|b| js_sys::Uint8Array::new(&b).to_vec()),
            )
        }),
    );
}

/// `url` as JSON parsed by the browser and read into `T` with
/// serde-wasm-bindgen, or `None` (see [`request`]; also when the answer is
/// not JSON of `T`'s shape).
pub fn json<T: serde::de::DeserializeOwned>(url: &str, then: impl FnOnce(Option<T>) + 'static) {
    let read = |r: XmlHttpRequest| serde_wasm_bindgen::from_value(r.response().ok()?).ok();
    request(
        url,
        XmlHttpRequestResponseType::Json,
        Box::new(move |r| then(r.and_then(read))),
    );
}
