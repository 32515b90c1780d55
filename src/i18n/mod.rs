//! The graphic's languages and the rules that differ between them: plural
//! categories, number grouping and date formats, after Unicode CLDR.
//!
//! Pure and small enough for the wasm, with the reader of a language's file
//! ([`pack`]); the CLDR country names ([`cldr`]) and the translation files'
//! validators ([`catalog`], [`interface`]) are native only, used at build time
//! and in tests.

#[cfg(not(target_arch = "wasm32"))]
pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod cldr;
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
pub mod interface;
mod lang;
pub mod numbers;
pub mod pack;
pub mod plural;

pub use lang::Lang;
