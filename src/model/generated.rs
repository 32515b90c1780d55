//! The dataset as `build.rs` wrote it (after parsing and validating `data/`):
//! postcard bytes of [`Dataset`] ([`super::codegen`]), read back with serde.

use super::dataset::Dataset;
#[cfg(target_arch = "wasm32")]
use super::error::DataError;

/// The bytes `build.rs` wrote.
static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

/// The dataset that `build.rs` validated from `data/`, or `None` if the
/// embedded bytes cannot be read back (a bug, never bad data).
pub fn dataset() -> Option<Dataset> {
    postcard::from_bytes(DATASET).ok()
}

#[cfg(target_arch = "wasm32")]
impl Dataset {
    /// The dataset embedded in the build: `build.rs` parsed and validated
    /// `data/` and wrote it in postcard, so the page parses no TOML or CSV.
    pub fn embedded() -> Result<Dataset, DataError> {
        dataset()
            .ok_or_else(|| DataError::file("data/", "the embedded dataset could not be read back"))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::load::DataFiles;
    use super::*;

    #[test]
    fn the_embedded_bytes_equal_a_fresh_parse_of_data() {
        let parsed = Dataset::load(&DataFiles::embedded()).expect("data/ is valid");
        assert_eq!(dataset(), Some(parsed.into_shipped()));
    }
}
