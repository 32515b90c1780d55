//! overseas-data: the dataset of the overseas-stations graphic, and all that
//! the main crate's `build.rs` needs to check `data/` before the page is built.
//!
//! [`model`] holds the records (reports, stations, events, sources, story
//! steps, corrections), their parsing and validation (native only) and the
//! per-step snapshots; [`strings`] the interface's words, English built in;
//! [`i18n`] the languages, their plural and number rules and (native only) the
//! validators of the translations in `data/lang/`. Nothing here knows the page.

pub mod i18n;
pub mod model;
pub mod strings;
