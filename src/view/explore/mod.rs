//! Exploring the data point by point ("is there one in my city?"): the pure
//! core under the charts' keyboard highlight, the place search and `?place=`.
//!
//! [`places`] names every host country and city with a stable id; [`points`]
//! lists a chart's points at a step; [`nav`] moves a highlight over them;
//! [`sentence`] says a point in words; [`search`] finds places by name, case
//! and accents ignored ([`fold`]); [`listing`] is the static page's list.

pub mod fold;
pub mod listing;
pub mod nav;
pub mod places;
pub mod points;
pub mod search;
pub mod sentence;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod nav_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod places_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod sentence_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_data;
