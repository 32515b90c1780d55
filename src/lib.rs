//! overseas-stations: an interactive news graphic about the "overseas police
//! service stations" documented by Safeguard Defenders.
//!
//! Data flows one way: `data/` -> [`model`] (parse, validate, snapshots) ->
//! [`view`] (pure view state) -> [`chart`] (layout and drawing) -> `app`
//! (Leptos components, browser only). The model, the interface's words
//! ([`strings`]) and the languages' rules are the `overseas-data` crate
//! (`crates/data/`), which `build.rs` runs to check `data/` and re-exported
//! here. [`map`] holds the world map's projection and country outlines,
//! [`i18n`] the languages' plural, number and date rules and (natively) their
//! translations and CLDR country names; `derived` (native) the data committed
//! in `data/derived/` and how it is made.

pub mod chart;
#[cfg(not(target_arch = "wasm32"))]
pub mod derived;
pub mod embed;
pub mod i18n;
pub mod map;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_frame;
pub mod view;

pub use overseas_data::strings;

pub mod app;
