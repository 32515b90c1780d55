//! The dataset behind the graphic: the data crate's model
//! (`overseas_data::model`: the records, their parsing and validation, the
//! per-step snapshots), re-exported whole, and the dataset this build embeds
//! ([`Embedded`]).

pub use overseas_data::model::*;

/// The bytes `build.rs` wrote: the dataset it validated from `data/`, in
/// postcard ([`codegen`]).
#[cfg(any(target_arch = "wasm32", test))]
static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

/// The dataset embedded in the build, as `Dataset::embedded()`. A trait
/// because the wasm's copy is this crate's build output, beside a type of the
/// data crate.
pub trait Embedded {
    /// The dataset embedded in the build: natively parsed and validated from
    /// `data/`; in the wasm, read back from what `build.rs` wrote, so the page
    /// parses no TOML or CSV.
    fn embedded() -> Result<Dataset, DataError>;
}

impl Embedded for Dataset {
    #[cfg(not(target_arch = "wasm32"))]
    fn embedded() -> Result<Dataset, DataError> {
        Dataset::load(&DataFiles::embedded())
    }

    #[cfg(target_arch = "wasm32")]
    fn embedded() -> Result<Dataset, DataError> {
        codegen::from_bytes(DATASET)
            .ok_or_else(|| DataError::file("data/", "the embedded dataset could not be read back"))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_bytes_equal_a_fresh_parse_of_data() {
        let parsed = Dataset::embedded().expect("data/ is valid");
        assert_eq!(codegen::from_bytes(DATASET), Some(parsed.into_shipped()));
    }
}
