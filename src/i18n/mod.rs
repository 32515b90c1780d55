//! The graphic's languages and the rules that differ between them: plural
//! categories, number grouping and date formats, after Unicode CLDR.
//!
//! Pure and small enough for the wasm; the CLDR country names ([`cldr`]) and
//! the translation files' validator ([`catalog`]) are native only, used at
//! build time and in tests.

#[cfg(not(target_arch = "wasm32"))]
pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod cldr;
pub mod dates;
mod lang;
pub mod numbers;
pub mod plural;

pub use lang::Lang;
