//! What the charts' canvases need beside the `plotters-canvas` crate, which
//! draws them: HiDPI sizing, and clearing a layer to transparent.
//!
//! HiDPI (the crate has none: plotters issue #164). Each canvas gets a
//! backing store of its CSS size × `devicePixelRatio`, and
//! `plotters_canvas::CanvasBackend` takes that store (the canvas's `width`
//! and `height` attributes, which its `get_size` reads) as the drawing area,
//! in device pixels. The shared drawing code (`crate::chart::draw`,
//! `crate::chart::map_draw`) multiplies its CSS-pixel layout by the ratio
//! itself, so the 2D context is left unscaled: plotters' coordinates are
//! whole numbers, and a context scaled by the ratio would round every edge,
//! pie corner and coastline to a whole CSS pixel (two device pixels at a
//! ratio of 2), where drawing in device pixels keeps them to one.
//!
//! Everything else goes through the crate: text anchors and font strings
//! (its `draw_text` sets the context's alignment, baseline and `font`),
//! alpha (its `rgba()` colours), the Europe inset's clipping (done on the
//! polygons, `crate::chart::map_draw::clip`, for every backend) and the
//! map's three stacked canvases (one backend each).

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::browser::{self, window};
use super::Ctx;
use crate::chart::palette::{Palette, LIGHT};

/// Device pixels per CSS pixel (1 when unknown), capped at 3.
pub fn pixel_ratio() -> f64 {
    window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
        .min(3.0)
}

/// Gives `canvas` a height of `css_height` CSS px and a backing store of
/// `ratio` device px per CSS px, for `css_width`; returns the store's size
/// and whether it changed (which cleared the canvas). Called on every frame
/// the canvas draws: unless the store changes it writes nothing (the
/// canvases start with an empty store, `width="0" height="0"`, so the first
/// call always sizes them).
pub fn size_canvas(
    canvas: &HtmlCanvasElement,
    css_width: f64,
    css_height: f64,
    ratio: f64,
) -> ((u32, u32), bool) {
    let size = (
        (css_width * ratio).round() as u32,
        (css_height * ratio).round() as u32,
    );
    let resized = set_backing(canvas, size);
    if resized {
        // CSSOM, not a style attribute: allowed by a strict CSP.
        let style = web_sys::HtmlElement::style(canvas);
        let _ = style.set_property("height", &format!("{css_height}px"));
    }
    (size, resized)
}

/// Gives `canvas` a backing store of `(width, height)` device px, setting
/// only what differs: setting a canvas's size, even to the same value,
/// clears it and can reallocate its pixels. Returns whether it was resized.
fn set_backing(canvas: &HtmlCanvasElement, (width, height): (u32, u32)) -> bool {
    let resized = (canvas.width(), canvas.height()) != (width, height);
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    resized
}

/// A plotters backend drawing on `canvas`, whose drawing area is its backing
/// store in device pixels (see the module's note on HiDPI).
pub fn backend(canvas: &HtmlCanvasElement) -> Option<CanvasBackend> {
    CanvasBackend::with_canvas_object(canvas.clone())
}

/// Clears `canvas` to transparent, for the map's layers that lie over
/// another. A direct `clearRect`: the crate has no clear, and filling its
/// drawing area with a transparent colour draws nothing (it skips alpha 0,
/// and a transparent fill over pixels would leave them anyway).
pub fn clear(canvas: &HtmlCanvasElement) {
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
    if let Some(context) = context {
        context.clear_rect(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
    }
}

/// The stylesheet's chart colours as `canvas` inherits them, read again when
/// the theme changes (`None` until the canvas is there).
pub fn use_palette(ctx: Ctx, canvas: NodeRef<Canvas>) -> Memo<Option<Palette>> {
    Memo::new(move |_| {
        ctx.theme_version.track();
        let element = canvas.get()?;
        Some(Palette::from_properties(
            |p| browser::css_property(&element, p),
            &LIGHT,
        ))
    })
}
