//! View state: pure functions from the model to what the page shows.

pub mod bars;
pub mod caption;
pub mod corrections;
pub mod counter;
pub mod describe;
pub mod embed_box;
pub mod explore;
pub mod export;
pub mod first_frame;
pub mod map_marks;
pub mod map_tween;
pub mod markup;
pub mod query;
pub mod timeline;
pub mod tween;
