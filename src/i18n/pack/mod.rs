//! A language's file for the page: its interface words and the dataset's
//! words in that language (story steps, events, station notes, corrections,
//! country and city names), as JSON the page fetches when a reader asks for the language
//! (`lang/<tag>.<hash>.json`) and lays over the English it has built in.
//!
//! [`LangFile`] is the file's shape (`format.rs`): render-static writes it
//! with serde_json (`write.rs`, native only), the page reads it with
//! serde-wasm-bindgen (the browser parses the JSON), and [`LangFile::apply`]
//! lays it over the built-in English (`overlay.rs`).

mod format;
mod overlay;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
#[cfg(not(target_arch = "wasm32"))]
mod write;

pub use format::{EventWords, LangFile, StepWords, FORMAT};
#[cfg(not(target_arch = "wasm32"))]
pub use write::translate;

/// The `<meta name>` that lists, in every page, each language's file
/// (`zh-Hans=lang/zh-Hans.<hash>.json es=…`), written by render-static.
pub const FILES_META: &str = "overseas-stations-languages";
