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
pub mod places;
pub mod raster;
pub mod site;
pub mod svg_paths;
pub mod variants;

/// `view` rendered to HTML, as the build writes the app's components into the
/// static pages (Leptos's server-side rendering). The empty comments Leptos
/// marks text boundaries with, for hydration, are left out: the app renders
/// its own nodes and replaces the static ones. (Text and attributes are
/// escaped, so no data can spell one.)
pub fn html(view: impl leptos::prelude::IntoView) -> String {
    html_with(|| view)
}

/// The view `make` builds, rendered to HTML as [`html`] does; `make` runs in
/// the render's own reactive owner, so it can provide a context first.
pub fn html_with<V: leptos::prelude::IntoView>(make: impl FnOnce() -> V) -> String {
    use leptos::prelude::*;
    Owner::new()
        .with(|| make().into_view().to_html())
        .replace("<!>", "")
}
