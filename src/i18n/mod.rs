//! The graphic's languages and the rules that differ between them: plural
//! categories, number grouping and date formats, after Unicode CLDR.
//!
//! Pure and small enough for the wasm; the CLDR country names ([`cldr`]) are
//! native only, read at build time and in tests.

#[cfg(not(target_arch = "wasm32"))]
pub mod cldr;
pub mod dates;
mod lang;
pub mod numbers;
pub mod plural;

pub use lang::Lang;
