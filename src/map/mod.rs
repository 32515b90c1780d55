//! The world map of the stations, pure parts: the Equal Earth projection and
//! its fit into pixels, and the country outlines in the compact form the page
//! fetches as [`WORLD_FILE`] (built natively from Natural Earth by
//! `world_atlas`).

pub mod geometry;
pub mod projection;
#[cfg(not(target_arch = "wasm32"))]
pub mod world_atlas;

pub use geometry::{quantise, unquantise, CountryShape, GeometryError, World, GRID};
pub use projection::{equal_earth, sphere_bounds, Bounds, Fit};

/// The encoded world's file name in `dist/`, written by the site writer and fetched by the page.
pub const WORLD_FILE: &str = "world.bin";
