//! The highlight of the point a reader has moved to with the keys, found, or
//! points at: a ring in the page's focus colour over a wider ring of the
//! chart's background, so it reads on bars, pies and land in both themes
//! (the canvas keeps its own colours in forced-colours mode, where the
//! focused canvas also gets the system's outline).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::layout::{LabelPlacement, Layout};
use super::palette::Palette;

type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Width of the focus colour's line, in CSS px (the background's is twice it).
const LINE: f64 = 2.0;

/// Top and bottom (CSS px) of the ring of row `row`: the row, whose label
/// starts at its top when labels go above the bars (the ring then reaches
/// into the gap under the row before).
pub fn bar_ring_span(layout: &Layout, row: f64) -> (f64, f64) {
    let top = layout.top + row * layout.row_height;
    match layout.labels {
        LabelPlacement::Left => (top + 1.0, top + layout.row_height - 1.0),
        LabelPlacement::Above => (top - 1.0, top + layout.row_height - 3.0),
    }
}

/// Rings the whole row `row` (fractional while bars move) of a bar chart:
/// its label, bar and count. Drawn before the row's bars and words, which
/// lie over it where they meet.
pub fn draw_bar_highlight<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    row: f64,
    palette: &Palette,
    ratio: f64,
) -> Drawn<DB> {
    let px = |v: f64| (v * ratio).round() as i32;
    let (top, bottom) = bar_ring_span(layout, row);
    let corners = [
        (px(LINE / 2.0), px(top)),
        (px(layout.width - LINE / 2.0), px(bottom)),
    ];
    for (colour, width) in [(palette.background, 2.0 * LINE), (palette.focus, LINE)] {
        let style = colour.stroke_width(px(width).max(1) as u32);
        area.draw(&Rectangle::new(corners, style))?;
    }
    Ok(())
}

/// Rings a map mark of radius `r` at `(x, y)` (CSS px), a little outside it.
pub fn draw_mark_highlight<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, y): (f64, f64),
    r: f64,
    palette: &Palette,
    ratio: f64,
) -> Drawn<DB> {
    let px = |v: f64| (v * ratio).round() as i32;
    let radius = px(r + 2.0 + 1.5 * LINE).max(2) as u32;
    for (colour, width) in [(palette.background, 2.0 * LINE), (palette.focus, LINE)] {
        let style = colour.stroke_width(px(width).max(1) as u32);
        area.draw(&Circle::new((px(x), px(y)), radius, style))?;
    }
    Ok(())
}
