//! The dataset as `build.rs` embeds it in the web build: the validated
//! records in postcard's binary form, read back by [`super::generated`] with
//! the same serde derives, so the page ships no TOML or CSV parser.

use super::dataset::Dataset;

/// File name, in `OUT_DIR`, of the embedded dataset.
pub const FILE: &str = "dataset.postcard";

/// `data` as the page embeds it: what it shows (see [`Dataset::into_shipped`]), in postcard.
pub fn embedded_bytes(data: &Dataset) -> Vec<u8> {
    postcard::to_allocvec(&data.clone().into_shipped()).expect("a dataset always serializes")
}
