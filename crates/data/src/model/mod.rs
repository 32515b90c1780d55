//! The dataset behind the graphic: Safeguard Defenders' reports, the stations they list,
//! the dated events around them, the sources, and the story steps. Pure Rust, no browser
//! dependencies; the files in `data/` are embedded at compile time and validated on load
//! (natively: [`DataFiles`], [`Dataset::load`]); the page reads the copy that the main
//! crate's `build.rs` wrote ([`codegen`]).

pub mod codegen;
pub mod corrections;
mod dataset;
pub mod date;
pub mod error;
pub mod iso;
#[cfg(not(target_arch = "wasm32"))]
mod load;
pub mod order;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod parse_common;
#[cfg(not(target_arch = "wasm32"))]
mod parse_csv;
#[cfg(not(target_arch = "wasm32"))]
mod parse_story;
#[cfg(not(target_arch = "wasm32"))]
mod parse_toml;
pub mod snapshot;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
pub mod types;
#[cfg(not(target_arch = "wasm32"))]
mod validate;
pub mod vocab;

pub use corrections::Correction;
pub use dataset::Dataset;
pub use date::{PartialDate, Precision};
pub use error::DataError;
#[cfg(not(target_arch = "wasm32"))]
pub use load::DataFiles;
pub use snapshot::{CountryCount, Snapshot};
pub use types::{
    Confidence, Event, EventKind, Jurisdiction, ListedIn, Report, Response, Shows, Source, Station,
    Status, Step, MAX_KEY_EVENTS,
};
