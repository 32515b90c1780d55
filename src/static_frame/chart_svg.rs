//! The bar chart of one step as SVG, drawn by the same `draw_bars` as the
//! canvas, through plotters' SVG backend.

use plotters::prelude::IntoDrawingArea;
use plotters_svg::SVGBackend;

use crate::chart::draw::{draw_bars, Scene, FONT_FAMILY, SVG_TEXT_SCALE};
use crate::chart::layout::Layout;
use crate::chart::palette::Palette;
use crate::model::Snapshot;
use crate::strings::Strings;
use crate::view::bars::{chart_at, Bar};
use crate::view::tween::Transition;

/// A drawn chart: its SVG document and the layout it was drawn with.
pub struct ChartSvg {
    /// The `<svg>` element, as plotters wrote it (fixed width and height).
    pub svg: String,
    /// Pixel layout of the chart, CSS px.
    pub layout: Layout,
}

/// The settled chart of `snapshot`, `width` CSS px wide, with the bars the
/// live chart shows at that width.
pub fn chart_svg(
    snapshot: &Snapshot,
    width: f64,
    strings: &Strings,
    palette: &Palette,
) -> ChartSvg {
    let (shown, layout) = chart_at(snapshot, strings, width);
    draw(&shown, layout, palette)
}

/// The chart of `shown` bars in `layout`.
pub fn draw(shown: &[Bar], layout: Layout, palette: &Palette) -> ChartSvg {
    let transition = Transition::settled(shown);
    let size = (layout.width.round() as u32, layout.height.round() as u32);
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let scene = Scene {
            layout: &layout,
            scale_max: transition.max_total(1.0).max(1.0),
            palette,
            pixel_ratio: 1.0,
            selected: None,
            highlight: None,
            text_scale: SVG_TEXT_SCALE,
        };
        // Drawing into a String cannot fail.
        draw_bars(&area, &transition.frame(1.0), &scene).expect("SVG drawing into a string");
        area.present().expect("SVG drawing into a string");
    }
    ChartSvg {
        svg: tidy(&svg),
        layout,
    }
}

/// plotters' SVG made smaller (the first frame carries many charts, and its
/// bytes are counted): no attributes that restate defaults, the font family
/// once on the root instead of on every text, font sizes to two decimals, and
/// no line breaks around texts.
pub fn tidy(svg: &str) -> String {
    let family = format!(" font-family=\"{}\"", FONT_FAMILY.replace('\'', "&apos;"));
    let mut out = svg
        .replace(" opacity=\"1\"", "")
        .replace(" stroke=\"none\"", "")
        .replace(&family, "")
        .replace(">\n", ">")
        .replace("\n</text>", "</text>");
    let mut from = 0;
    while let Some(at) = out[from..].find(" font-size=\"").map(|i| from + i) {
        let start = at + " font-size=\"".len();
        let Some(len) = out[start..].find('"') else {
            break;
        };
        let size: f64 = out[start..start + len].parse().unwrap_or(0.0);
        let rounded = format!("{}", (size * 100.0).round() / 100.0);
        out.replace_range(start..start + len, &rounded);
        from = start + rounded.len();
    }
    out.replacen("<svg ", &format!("<svg{family} "), 1)
}

/// `svg` with its root tag's attributes replaced by `attributes` (the
/// `viewBox` and `font-family` are kept, so the drawing scales and its text
/// keeps its font).
pub fn with_root_attributes(svg: &str, attributes: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return svg.to_owned();
    };
    let Some(end) = svg[start..].find('>').map(|e| start + e) else {
        return svg.to_owned();
    };
    let root = &svg[start..end];
    let value = |name: &str| {
        root.split(&format!("{name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
    };
    let family = value("font-family")
        .map(|f| format!(" font-family=\"{f}\""))
        .unwrap_or_default();
    format!(
        "{}<svg viewBox=\"{}\"{family} {attributes}{}",
        &svg[..start],
        value("viewBox").unwrap_or(""),
        svg[end..].trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::palette::LIGHT;
    use crate::model::{Dataset, Embedded};
    use crate::strings::EN;

    #[test]
    fn one_bar_per_row_of_the_step() {
        let data = Dataset::embedded().unwrap();
        for step in 0..data.steps.len() {
            let snap = data.snapshot(step);
            for width in [300.0, 700.0, 1100.0] {
                let (shown, _) = chart_at(&snap, &EN, width);
                let chart = chart_svg(&snap, width, &EN, &LIGHT);
                // Each row has its count as a text element.
                for bar in &shown {
                    let count = format!(">{}</text>", bar.total);
                    assert!(!chart.svg.contains("<text x=\"0\""));
                    assert!(chart.svg.contains(&count), "step {step}: {}", bar.label);
                    let label =
                        crate::chart::layout::fit_label(&bar.label, chart.layout.label_ems());
                    let escaped = crate::view::markup::escape(&label).replace('\'', "&#39;");
                    assert!(
                        chart.svg.contains(&escaped) || chart.svg.contains(&label),
                        "step {step}: label {label}"
                    );
                }
                let bar_colour = format!("fill=\"#{:02X}", LIGHT.bureaus[0].0);
                assert!(
                    shown.iter().all(|b| b.segments[0] == 0.0) || chart.svg.contains(&bar_colour)
                );
            }
        }
    }

    #[test]
    fn the_static_chart_is_as_tall_as_the_live_one() {
        let data = Dataset::embedded().unwrap();
        let snap = data.snapshot(0);
        for width in [300.0, 520.0, 1100.0] {
            let chart = chart_svg(&snap, width, &EN, &LIGHT);
            assert_eq!(chart.layout, chart_at(&snap, &EN, width).1);
            let height = format!("height=\"{}\"", chart.layout.height.round());
            assert!(chart.svg.contains(&height), "width {width}");
        }
    }

    #[test]
    fn root_attributes_are_replaced_and_the_view_box_kept() {
        let svg =
            "<svg width=\"10\" height=\"5\" viewBox=\"0 0 10 5\" xmlns=\"x\">\n<rect/>\n</svg>\n";
        assert_eq!(
            with_root_attributes(svg, "class=\"c\""),
            "<svg viewBox=\"0 0 10 5\" class=\"c\">\n<rect/>\n</svg>"
        );
    }
}
