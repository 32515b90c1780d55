//! The graphic's languages and the rules that differ between them: plural
//! categories, number grouping and date formats, after Unicode CLDR.
//!
//! The languages ([`Lang`]), their plural and number rules and the
//! translations' validators ([`catalog`], [`interface`], native only) are the
//! data crate's (`overseas_data::i18n`, which `build.rs` runs too), re-exported
//! here. This crate adds the reader of a language's file for the page
//! ([`pack`]), CLDR's date formats ([`dates`]) and (native only) its country
//! names ([`cldr`]).

#[cfg(not(target_arch = "wasm32"))]
pub use overseas_data::i18n::{catalog, interface};
pub use overseas_data::i18n::{numbers, plural, Lang};

#[cfg(not(target_arch = "wasm32"))]
pub mod cldr;
pub mod dates;
pub mod pack;
