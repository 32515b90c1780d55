//! Draws one frame of the bar chart with plotters, on any drawing backend.
//!
//! Coordinates are computed in CSS pixels by `Layout` and multiplied by the
//! device pixel ratio here, so the canvas's backing store can be HiDPI.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::highlight::draw_bar_highlight;
use super::layout::{fit_label, LabelPlacement, Layout};
use super::palette::Palette;
use crate::view::bars::BarKind;
use crate::view::tween::BarFrame;

/// Font family the chart asks the browser for (the page's own font stack).
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// What a draw needs besides the bars.
pub struct Scene<'a> {
    /// Pixel layout in CSS pixels.
    pub layout: &'a Layout,
    /// The station count that fills the whole bar span (longer bars are broken).
    pub scale_max: f64,
    /// Colours.
    pub palette: &'a Palette,
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// Key of the bar whose details are open, outlined.
    pub selected: Option<&'a str>,
    /// Key of the bar the reader has moved to or points at, ringed in the
    /// focus colour (`super::highlight`).
    pub highlight: Option<&'a str>,
    /// Factor on font sizes: 1 on a canvas; [`SVG_TEXT_SCALE`] on plotters'
    /// SVG backend, which writes every font size divided by that number.
    pub text_scale: f64,
}

/// What plotters' SVG backend divides font sizes by; a scene drawn there
/// multiplies by it so its text is as large as on the canvas.
pub const SVG_TEXT_SCALE: f64 = 1.24;

/// Draws `bars` on `area` (whose size is the backing store, in device pixels).
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[BarFrame<'_>],
    scene: &Scene,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let Scene {
        layout,
        scale_max,
        palette,
        pixel_ratio,
        selected,
        highlight,
        text_scale,
    } = *scene;
    let px = |v: f64| (v * pixel_ratio).round() as i32;
    area.fill(&palette.background)?;

    // Light grid lines at whole-number steps, so bar lengths can be read.
    let step = grid_step(scale_max);
    let mut tick = step;
    while step > 0.0 && tick <= scale_max + 1e-9 {
        let x = px(layout.bar_left + layout.length(tick, scale_max));
        area.draw(&PathElement::new(
            vec![(x, px(layout.top)), (x, px(layout.height - 4.0))],
            palette.grid.stroke_width(px(1.0).max(1) as u32),
        ))?;
        tick += step;
    }

    // The ring of the bar a reader explores, under the bars and words.
    let ringed = bars
        .iter()
        .find(|b| b.opacity > 0.5 && highlight == Some(b.key));
    if let Some(bar) = ringed {
        draw_bar_highlight(area, layout, bar.row, palette, pixel_ratio)?;
    }

    let font_size = layout.font_px * pixel_ratio * text_scale;
    let label_ems = layout.label_ems();
    for bar in bars.iter().filter(|b| b.opacity > 0.01) {
        let top = layout.bar_top(bar.row);
        let (y0, y1) = (px(top), px(top + layout.bar_height));
        let mut x = layout.bar_left;
        let bar_end = layout.bar_left + layout.bar_span;
        for (k, &value) in bar.segments.iter().enumerate() {
            let w = layout.length(value, scale_max).min(bar_end - x);
            if w <= 0.0 {
                continue;
            }
            let colour = palette.bureaus[k].mix(bar.opacity);
            let rect = [(px(x), y0), (px(x + w).max(px(x) + 1), y1)];
            if bar.kind == BarKind::NotLocated {
                area.draw(&Rectangle::new(
                    rect,
                    colour.mix(0.35 * bar.opacity).filled(),
                ))?;
                area.draw(&Rectangle::new(rect, colour.stroke_width(px(1.5) as u32)))?;
            } else {
                area.draw(&Rectangle::new(rect, colour.filled()))?;
            }
            x += w;
        }
        if selected == Some(bar.key) {
            let ring = [
                (px(layout.bar_left - 3.0), y0 - px(3.0)),
                (px(x + 3.0), y1 + px(3.0)),
            ];
            area.draw(&Rectangle::new(
                ring,
                palette.text.stroke_width(px(2.0) as u32),
            ))?;
        }
        let total_length = layout.length(bar.segments.iter().sum(), scale_max);
        if layout.bar_left + total_length > bar_end + 0.5 {
            // Longer than the scale: drawn to the edge with a break near its end.
            for offset in [18.0, 12.0] {
                let gap = [
                    (px(bar_end - offset), y0 - 1),
                    (px(bar_end - offset + 3.0), y1 + 1),
                ];
                area.draw(&Rectangle::new(gap, palette.background.filled()))?;
            }
        }

        let text_colour = if bar.kind == BarKind::Country {
            palette.text
        } else {
            palette.muted
        };
        let faded = text_colour.mix(bar.opacity);
        let style = |h: HPos| {
            // FontFamily::Name directly: the `&str` conversion lower-cases the
            // name at run time, which pulls Unicode tables into the wasm.
            TextStyle::from(FontDesc::new(
                FontFamily::Name(FONT_FAMILY),
                font_size,
                FontStyle::Normal,
            ))
            .color(&faded)
            .pos(Pos::new(h, VPos::Center))
        };
        let label = fit_label(bar.label, label_ems);
        let label_y = px(layout.label_y(bar.row));
        let marker_room = if bar.responded { 12.0 } else { 0.0 };
        match layout.labels {
            LabelPlacement::Left => {
                area.draw(&Text::new(
                    label,
                    (px(layout.bar_left - 8.0), label_y),
                    style(HPos::Right),
                ))?;
                if bar.responded {
                    draw_marker(area, (px(6.0), label_y), px(4.0), palette)?;
                }
            }
            LabelPlacement::Above => {
                if bar.responded {
                    draw_marker(area, (px(4.0), label_y), px(4.0), palette)?;
                }
                area.draw(&Text::new(
                    label,
                    (px(layout.bar_left + marker_room), label_y),
                    style(HPos::Left),
                ))?;
            }
        }
        area.draw(&Text::new(
            bar.total.to_string(),
            (px(x + 6.0), px(top + layout.bar_height / 2.0)),
            style(HPos::Left),
        ))?;
    }
    Ok(())
}

fn draw_marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    centre: (i32, i32),
    radius: i32,
    palette: &Palette,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.draw(&Circle::new(centre, radius.max(2), palette.accent.filled()))
}

/// A grid spacing that gives three to six lines for a scale up to `max`.
pub fn grid_step(max: f64) -> f64 {
    match max {
        m if m <= 0.0 => 0.0,
        m if m <= 6.0 => 1.0,
        m if m <= 12.0 => 2.0,
        m if m <= 30.0 => 5.0,
        m => (m / 5.0 / 10.0).ceil() * 10.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::highlight::bar_ring_span;
    use crate::chart::palette::LIGHT;
    use crate::chart::recording::{Log, Recording};
    use crate::model::{Dataset, Embedded};
    use crate::strings::EN;
    use crate::view::bars::chart_at;
    use crate::view::tween::Transition;

    /// Draws the settled chart of `step_id` at `width` CSS px and returns what was drawn.
    fn draw_step(step_id: &str, width: f64, ratio: f64) -> (Log, Layout) {
        draw_selected(step_id, width, ratio, None, None)
    }

    /// The same with the bar of `selected` outlined and the bar of
    /// `highlight` ringed.
    fn draw_selected(
        step_id: &str,
        width: f64,
        ratio: f64,
        selected: Option<&str>,
        highlight: Option<&str>,
    ) -> (Log, Layout) {
        let data = Dataset::embedded().unwrap();
        let snap = data.snapshot(data.step_index(step_id).unwrap());
        let (target, layout) = chart_at(&snap, &EN, width);
        let transition = Transition::settled(&target);
        let size = ((width * ratio) as u32, (layout.height * ratio) as u32);
        let log = std::rc::Rc::new(std::cell::RefCell::new(Log::default()));
        let backend = Recording {
            size,
            log: log.clone(),
        };
        let area = backend.into_drawing_area();
        let scene = Scene {
            layout: &layout,
            scale_max: transition.max_total(1.0),
            palette: &LIGHT,
            pixel_ratio: ratio,
            selected,
            highlight,
            text_scale: 1.0,
        };
        draw_bars(&area, &transition.frame(1.0), &scene).unwrap();
        drop(area);
        (log.take(), layout)
    }

    #[test]
    fn the_top_country_bar_is_drawn_to_its_length_and_labelled() {
        let (rec, layout) = draw_step("december", 700.0, 1.0);
        // The top country heads the chart; the scale's top is the longest bar other
        // than the folded one of the other countries.
        let data = Dataset::embedded().unwrap();
        let snap = data.snapshot(data.step_index("december").unwrap());
        let top = &snap.by_country[0];
        let scale = crate::view::bars::scale_total(&chart_at(&snap, &EN, 700.0).0);
        let top_end = (layout.bar_left + layout.length(f64::from(top.total), scale)).round() as i32;
        let row0_top = layout.bar_top(0.0).round() as i32;
        let row0: Vec<_> = rec
            .filled
            .iter()
            .filter(|(a, _, _)| a.1 == row0_top)
            .collect();
        assert!(!row0.is_empty(), "the first row has a bar");
        assert_eq!(row0.iter().map(|(_, b, _)| b.0).max(), Some(top_end));
        assert!(rec.texts.iter().any(|(t, _)| *t == top.name));
        assert!(rec.texts.iter().any(|(t, _)| *t == top.total.to_string()));
        let fuzhou = LIGHT.bureaus[0];
        assert!(rec
            .filled
            .iter()
            .any(|(_, _, c)| *c == (fuzhou.0, fuzhou.1, fuzhou.2)));
    }

    #[test]
    fn the_selected_bar_is_outlined() {
        let (plain, _) = draw_step("december", 700.0, 1.0);
        let (rec, layout) = draw_selected("december", 700.0, 1.0, Some("ES"), None);
        let rings: Vec<_> = rec
            .outlines
            .iter()
            .filter(|o| !plain.outlines.contains(o))
            .collect();
        assert_eq!(rings.len(), 1, "one ring more than without a selection");
        let spain_top = (layout.bar_top(1.0) - 3.0).round() as i32;
        assert_eq!(rings[0].0 .1, spain_top, "the ring sits on Spain's row");
    }

    #[test]
    fn the_highlighted_bar_s_whole_row_is_ringed_at_any_pixel_ratio() {
        for (width, ratio) in [(375.0, 2.0), (700.0, 1.0)] {
            let (plain, _) = draw_step("december", width, ratio);
            let (rec, layout) = draw_selected("december", width, ratio, None, Some("ES"));
            let rings: Vec<_> = rec
                .outlines
                .iter()
                .filter(|o| !plain.outlines.contains(o))
                .collect();
            // The background's ring and the focus colour's on it.
            assert_eq!(rings.len(), 2, "two rings more than without a highlight");
            // Spain is the second row: the ring spans it, label and count
            // included, and stays clear of the bars of the rows around it.
            let (ring_top, ring_bottom) = bar_ring_span(&layout, 1.0);
            assert!(ring_top > layout.bar_top(0.0) + layout.bar_height);
            assert!(ring_bottom < layout.bar_top(2.0));
            assert!(ring_top < layout.label_y(1.0) - layout.font_px / 2.0);
            for ((left, top), (right, bottom)) in rings.iter().map(|r| **r) {
                assert_eq!(top, (ring_top * ratio).round() as i32);
                assert_eq!(bottom, (ring_bottom * ratio).round() as i32);
                assert!(left <= (2.0 * ratio) as i32);
                assert!(right >= ((width - 2.0) * ratio) as i32);
            }
        }
        // A key that is no bar of the step rings nothing.
        let (plain, _) = draw_step("december", 700.0, 1.0);
        let (rec, _) = draw_selected("december", 700.0, 1.0, None, Some("ZZ"));
        assert_eq!(rec.outlines, plain.outlines);
    }

    #[test]
    fn nothing_is_drawn_outside_the_canvas() {
        for (width, ratio) in [(300.0, 2.0), (375.0, 3.0), (1100.0, 1.0)] {
            let (rec, _) = draw_step("december", width, ratio);
            let max_x = (width * ratio) as i32;
            for (a, b, _) in &rec.filled {
                assert!(
                    a.0 >= 0 && b.0 <= max_x,
                    "rect {a:?}-{b:?} at width {width}"
                );
            }
        }
    }

    #[test]
    fn grid_has_a_few_lines() {
        for max in [3.0, 11.0, 15.0, 40.0, 102.0] {
            let lines = (max / grid_step(max)).floor();
            assert!((2.0..=6.0).contains(&lines), "max {max}: {lines} lines");
        }
        assert_eq!(grid_step(0.0), 0.0);
    }
}
