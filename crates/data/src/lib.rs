//! overseas-data: the dataset of the overseas-stations graphic, and all that
//! the main crate's `build.rs` needs to check `data/` before the page is built.
//!
//! [`model`] holds the records (reports, stations, events, sources, story
//! steps, corrections), their parsing and validation (native only) and the
//! per-step snapshots; [`strings`] the interface's words, English built in;
//! [`i18n`] the languages, their plural and number rules and (native only) the
//! validators of the translations in `data/lang/`. Nothing here knows the page.
//!
//! What the page calls here and that uses std's string helpers (the
//! [`strings::Strings`] methods that fill templates or read a language's
//! table, [`i18n::numbers::format`], [`i18n::Lang::parse`],
//! [`model::codegen::from_bytes`]) is `#[inline]`: it is then compiled with
//! the page's own code, and the wasm carries one copy of `str::replace` and
//! its kin rather than one per crate (about 0.3 KB gzip).

pub mod i18n;
pub mod model;
pub mod strings;
