//! Exploring the data point by point ("is there one in my city?"): the pure
//! core under the charts' keyboard highlight, the place search and `?place=`.
//!
//! [`places`] names every host country and city with a stable id; [`points`]
//! lists a chart's points at a step; [`nav`] moves a highlight over them;
//! [`search`] finds places by name, case and accents ignored ([`fold`]).

pub mod fold;
pub mod nav;
pub mod places;
pub mod points;
pub mod search;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod nav_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod places_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_data;
