//! The graphic without the app: at build time the `render-static` binary uses
//! the same model, view state, markup and chart drawing as the page to write
//! the first step into `dist/index.html` (so a chart is on screen before the
//! wasm arrives), the whole story for readers whose browser cannot run the app,
//! and fallback and social images. Native only: none of this is in the wasm.

pub mod card;
pub mod chart_svg;
pub mod languages;
pub mod map_svg;
pub mod marks;
pub mod page;
pub mod raster;
pub mod site;
pub mod variants;
