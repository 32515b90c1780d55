//! The dataset as the web build embeds it: the validated records in
//! postcard's binary form, written by `build.rs` ([`embedded_bytes`]) and read
//! back by the page ([`from_bytes`]) with the same serde derives, so the page
//! ships no TOML or CSV parser.

use super::dataset::Dataset;

/// File name, in `OUT_DIR`, of the embedded dataset.
pub const FILE: &str = "dataset.postcard";

/// `data` as the page embeds it: what it shows (see [`Dataset::into_shipped`]), in postcard.
#[cfg(not(target_arch = "wasm32"))]
pub fn embedded_bytes(data: &Dataset) -> Vec<u8> {
    postcard::to_allocvec(&data.clone().into_shipped()).expect("a dataset always serializes")
}

/// The dataset in `bytes` as [`embedded_bytes`] wrote it, or `None` if they
/// cannot be read back (a bug, never bad data).
#[inline]
pub fn from_bytes(bytes: &[u8]) -> Option<Dataset> {
    postcard::from_bytes(bytes).ok()
}
