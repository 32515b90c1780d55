//! The country bar chart: layout maths, colours and drawing (backend-agnostic).

pub mod contrast;
pub mod css;
pub mod draw;
pub mod layout;
pub mod palette;
#[cfg(test)]
mod recording;
