//! The Leptos components: a thin shell over the model and the view state.

mod browser;
mod canvas;
mod chart_canvas;
mod charts;
mod clock;
mod context;
mod controls;
mod embed_code;
mod embed_messages;
mod embed_options;
mod explore;
mod fetch;
mod graphic;
mod host_api;
mod in_view;
mod language;
mod map_canvas;
pub mod panels;
mod resize;
mod search;
mod start;

pub use chart_canvas::BarChart;
#[cfg(not(target_arch = "wasm32"))]
pub use charts::ChartPictures;
pub use charts::Charts;
pub use clock::Clock;
pub use context::{Ctx, Words};
pub use controls::TimelineControls;
pub use embed_code::EmbedCode;
pub use graphic::{Graphic, Masthead};
pub use language::LanguageSwitch;
pub use map_canvas::MapChart;
pub use panels::{
    Caption, Corrections, Counter, Credit, DataTable, Detail, Legend, LiveRegion, Methodology,
};
pub use search::PlaceSearch;
pub use start::{start, Setup};

/// Time a step stays on screen during autoplay, in milliseconds.
pub const AUTOPLAY_STEP_MS: u64 = 6000;
