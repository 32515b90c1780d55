//! The dataset as `build.rs` wrote it (after parsing and validating `data/`),
//! in the compact form of [`super::compact`]. The web build reads this, so it
//! ships no TOML or CSV parser.

use super::{compact, Dataset};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset that `build.rs` validated from `data/`, or `None` if the
/// embedded text cannot be read back (a bug in the encoder or decoder).
pub fn dataset() -> Option<Dataset> {
    compact::decode(DATASET)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::DataFiles;
    use super::*;

    #[test]
    fn the_embedded_text_equals_a_fresh_parse_of_data() {
        let parsed = Dataset::load(&DataFiles::embedded()).expect("data/ is valid");
        assert_eq!(dataset(), Some(super::super::compact::as_shipped(parsed)));
    }
}
