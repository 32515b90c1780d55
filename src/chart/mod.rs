//! The charts: the bars by country and the map, their layout maths, colours
//! and drawing (backend-agnostic).

pub mod contrast;
pub mod draw;
pub mod highlight;
pub mod layout;
pub mod map_draw;
pub mod map_layout;
pub mod map_marks;
pub mod palette;
#[cfg(test)]
mod recording;
