//! Entry point of the page: mounts the graphic.

#[cfg(target_arch = "wasm32")]
fn main() {
    overseas_stations::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("overseas-stations is a web page: run `trunk serve` (see README).");
}
