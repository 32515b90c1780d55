//! The graphic's languages ([`Lang`]) with their plural and number rules,
//! after Unicode CLDR, and (native only) the validators of the translation
//! files in `data/lang/`: the dataset's words ([`catalog`]) and the
//! interface's ([`interface`]), run by `build.rs` and the tests.

#[cfg(not(target_arch = "wasm32"))]
pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod interface;
mod lang;
pub mod numbers;
pub mod plural;

pub use lang::Lang;
