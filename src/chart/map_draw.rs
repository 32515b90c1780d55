//! Draws the map with plotters on any backend: the outlines (countries with
//! stations shaded, countries that acted outlined in the marker colour) and
//! the marks (city dots split by bureau, rings for countries without a city).
//!
//! Three layers, which the page draws on three stacked canvases: the land
//! once per size and theme, the step's countries once per step, and only the
//! marks on each frame; the static SVG draws all three at once.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::draw::FONT_FAMILY;
use super::highlight::draw_mark_highlight;
use super::map_layout::{MapLayout, Panel};
use super::map_marks::{PanelId, Placed};
use super::palette::Palette;
use crate::map::geometry::{unquantise, World};
use crate::model::Snapshot;
use crate::strings::Strings;
use crate::view::map_marks::{labelled, Mark, MarkKind};

/// What the outlines need besides the world.
pub struct MapScene<'a> {
    /// Pixel layout in CSS pixels.
    pub layout: &'a MapLayout,
    /// Colours.
    pub palette: &'a Palette,
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// Countries with stations in the step (shaded), by ISO code.
    pub shaded: &'a [&'a str],
    /// Countries whose authorities acted (outlined in the marker colour).
    pub responded: &'a [&'a str],
    /// The country whose details are open (outlined).
    pub selected: Option<&'a str>,
    /// Keys of the marks the reader has moved to or points at (ringed in the
    /// focus colour, `super::highlight`); none by default.
    pub highlight: &'a [String],
    /// Name of the inset, drawn in its corner.
    pub europe_label: &'a str,
    /// Key of the country rings, drawn in the world panel's empty south-west.
    pub ring_label: &'a str,
    /// Key of the outline of countries that acted, beside it (on steps with one).
    pub responded_label: &'a str,
    /// Font-size factor (1 on a canvas; see `draw::SVG_TEXT_SCALE`).
    pub text_scale: f64,
}

/// The countries a step marks on the map, by ISO code (none by default).
#[derive(Default, PartialEq)]
pub struct StepCountries<'a> {
    /// With stations (shaded).
    pub shaded: Vec<&'a str>,
    /// Whose authorities acted (outlined in the marker colour).
    pub responded: Vec<&'a str>,
}

impl<'a> StepCountries<'a> {
    /// The countries of `snapshot`.
    pub fn of(snapshot: &'a Snapshot) -> Self {
        let codes = |acted: bool| {
            snapshot
                .by_country
                .iter()
                .filter(|c| !acted || c.responded)
                .map(|c| c.iso2.as_str())
                .collect()
        };
        StepCountries {
            shaded: codes(false),
            responded: codes(true),
        }
    }
}

impl MapScene<'_> {
    /// `v` CSS px in device pixels, rounded.
    fn px(&self, v: f64) -> i32 {
        (v * self.pixel_ratio).round() as i32
    }
}

impl<'a> MapScene<'a> {
    /// The scene of a step's `countries` in `layout`, with the map's words from `strings`.
    pub fn new(
        layout: &'a MapLayout,
        palette: &'a Palette,
        pixel_ratio: f64,
        countries: &'a StepCountries<'a>,
        selected: Option<&'a str>,
        strings: &'a Strings,
        text_scale: f64,
    ) -> Self {
        MapScene {
            layout,
            palette,
            pixel_ratio,
            shaded: &countries.shaded,
            responded: &countries.responded,
            selected,
            highlight: &[],
            europe_label: strings.europe,
            ring_label: strings.map_ring,
            responded_label: strings.map_responded,
            text_scale,
        }
    }
}

/// Corners of a 32-sided polygon on the unit circle, clockwise from 12 o'clock
/// (a table, so the wasm needs no trigonometry).
#[rustfmt::skip]
const CIRCLE: [(f64, f64); 32] = [
    (0.00000, -1.00000), (0.19509, -0.98079), (0.38268, -0.92388), (0.55557, -0.83147),
    (H, -H), (0.83147, -0.55557), (0.92388, -0.38268), (0.98079, -0.19509),
    (1.00000, 0.00000), (0.98079, 0.19509), (0.92388, 0.38268), (0.83147, 0.55557),
    (H, H), (0.55557, 0.83147), (0.38268, 0.92388), (0.19509, 0.98079),
    (0.00000, 1.00000), (-0.19509, 0.98079), (-0.38268, 0.92388), (-0.55557, 0.83147),
    (-H, H), (-0.83147, 0.55557), (-0.92388, 0.38268), (-0.98079, 0.19509),
    (-1.00000, 0.00000), (-0.98079, -0.19509), (-0.92388, -0.38268), (-0.83147, -0.55557),
    (-H, -H), (-0.55557, -0.83147), (-0.38268, -0.92388), (-0.19509, -0.98079),
];

/// cos 45°.
const H: f64 = std::f64::consts::FRAC_1_SQRT_2;

type Drawn<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// `a` and `b` mixed: `share` of `b`.
fn blend(a: RGBColor, b: RGBColor, share: f64) -> RGBColor {
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * share).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Clips a polygon (CSS px) to a panel's rectangle (Sutherland–Hodgman). A
/// polygon wholly inside or wholly outside is answered from its bounds.
pub fn clip(points: &[(f64, f64)], panel: &Panel) -> Vec<(f64, f64)> {
    let (x0, y0, x1, y1) = (
        panel.x,
        panel.y,
        panel.x + panel.width,
        panel.y + panel.height,
    );
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
    }
    if b.2 < x0 || b.0 > x1 || b.3 < y0 || b.1 > y1 {
        return Vec::new();
    }
    let mut out = points.to_vec();
    if b.0 >= x0 && b.2 <= x1 && b.1 >= y0 && b.3 <= y1 {
        return out;
    }
    for edge in 0..4 {
        let inside = |p: (f64, f64)| match edge {
            0 => p.0 >= x0,
            1 => p.0 <= x1,
            2 => p.1 >= y0,
            _ => p.1 <= y1,
        };
        let cut = |a: (f64, f64), b: (f64, f64)| {
            let t = match edge {
                0 => (x0 - a.0) / (b.0 - a.0),
                1 => (x1 - a.0) / (b.0 - a.0),
                2 => (y0 - a.1) / (b.1 - a.1),
                _ => (y1 - a.1) / (b.1 - a.1),
            };
            (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
        };
        let input = std::mem::take(&mut out);
        for (i, &b) in input.iter().enumerate() {
            let a = input[(i + input.len() - 1) % input.len()];
            match (inside(a), inside(b)) {
                (true, true) => out.push(b),
                (true, false) => out.push(cut(a, b)),
                (false, true) => {
                    out.push(cut(a, b));
                    out.push(b);
                }
                (false, false) => {}
            }
        }
        if out.is_empty() {
            break;
        }
    }
    out
}

/// Fills and borders, in both panels, every country that `style` gives a
/// fill (and perhaps an outline) for, by ISO code.
fn draw_countries<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    world: &World,
    scene: &MapScene,
    style: impl Fn(&str) -> Option<(RGBColor, Option<ShapeStyle>)>,
) -> Drawn<DB> {
    let MapScene {
        layout, palette, ..
    } = *scene;
    let px = |v: f64| scene.px(v);
    let border = palette.background.stroke_width(1);
    for (id, panel) in [
        (PanelId::World, &layout.world),
        (PanelId::Europe, &layout.europe),
    ] {
        for country in &world.countries {
            let Some((fill, outline)) = style(country.iso2.as_str()) else {
                continue;
            };
            for ring in &country.rings {
                let points: Vec<(f64, f64)> =
                    ring.iter().map(|&p| panel.to_px(unquantise(p))).collect();
                let points = if id == PanelId::Europe {
                    clip(&points, panel)
                } else {
                    points
                };
                if points.len() < 3 {
                    continue;
                }
                let device: Vec<(i32, i32)> = points.iter().map(|&(x, y)| (px(x), px(y))).collect();
                area.draw(&Polygon::new(device.clone(), fill.filled()))?;
                let mut closed = device;
                closed.push(closed[0]);
                area.draw(&PathElement::new(closed.clone(), border))?;
                if let Some(style) = outline {
                    area.draw(&PathElement::new(closed, style))?;
                }
            }
        }
    }
    Ok(())
}

/// Draws what no step changes: the background, every country the scene does
/// not shade as plain land in both panels, and the key of the country rings.
/// (The page draws it once per size and theme, with a scene that shades none.)
pub fn draw_land<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    world: &World,
    scene: &MapScene,
) -> Drawn<DB> {
    let MapScene {
        layout, palette, ..
    } = *scene;
    let px = |v: f64| scene.px(v);
    area.fill(&palette.background)?;
    let land = palette.grid;
    draw_countries(area, world, scene, |iso| {
        (!scene.shaded.contains(&iso)).then_some((land, None))
    })?;
    let w = &layout.world;
    let ring = palette.muted.stroke_width(px(1.5).max(1) as u32);
    area.draw(&Circle::new(
        (px(w.x + 9.0), px(layout.key_y)),
        px(4.5) as u32,
        ring,
    ))?;
    area.draw(&Text::new(
        scene.ring_label.to_owned(),
        (px(w.x + 18.0), px(layout.key_y)),
        text_style(font_size(scene), &palette.muted, HPos::Left, VPos::Center),
    ))?;
    Ok(())
}

fn font_size(scene: &MapScene) -> f64 {
    scene.layout.font_px * scene.pixel_ratio * scene.text_scale
}

/// Draws, over [`draw_land`], what a step changes: the countries with
/// stations shaded, those whose authorities acted outlined in the marker
/// colour (and its key), the selected one outlined; then the inset's frame,
/// its region on the world panel and its name.
pub fn draw_step_countries<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    world: &World,
    scene: &MapScene,
) -> Drawn<DB> {
    let MapScene {
        layout, palette, ..
    } = *scene;
    let px = |v: f64| scene.px(v);
    let shaded = blend(palette.grid, palette.muted, 0.3);
    draw_countries(area, world, scene, |iso| {
        let outline = if scene.selected == Some(iso) {
            Some(palette.text.stroke_width(px(2.0).max(1) as u32))
        } else if scene.responded.contains(&iso) {
            Some(palette.accent.stroke_width(px(1.2).max(1) as u32))
        } else {
            None
        };
        scene.shaded.contains(&iso).then_some((shaded, outline))
    })?;
    // The inset's region on the world panel, and the inset's frame and name.
    let e = &layout.europe;
    let corner = |x: f64, y: f64| layout.world.to_px(e.fit.from_px(x - e.x, y - e.y));
    let (a, b) = (corner(e.x, e.y), corner(e.x + e.width, e.y + e.height));
    let frame = palette.muted.stroke_width(px(1.0).max(1) as u32);
    let rect = |x0: f64, y0: f64, x1: f64, y1: f64| {
        vec![
            (px(x0), px(y0)),
            (px(x1), px(y0)),
            (px(x1), px(y1)),
            (px(x0), px(y1)),
            (px(x0), px(y0)),
        ]
    };
    area.draw(&PathElement::new(rect(a.0, a.1, b.0, b.1), frame))?;
    area.draw(&PathElement::new(
        rect(
            e.x + 0.5,
            e.y + 0.5,
            e.x + e.width - 0.5,
            e.y + e.height - 0.5,
        ),
        frame,
    ))?;
    let font = font_size(scene);
    area.draw(&Text::new(
        scene.europe_label.to_owned(),
        (px(e.x + 6.0), px(e.y + 5.0)),
        text_style(font, &palette.muted, HPos::Left, VPos::Top),
    ))?;
    if !scene.responded.is_empty() {
        // After the ring's key, measured in characters (no text metrics here).
        let w = &layout.world;
        let key_y = layout.key_y;
        let x = w.x + 18.0 + text_width(scene.ring_label, layout.font_px) + 12.0;
        let half = layout.font_px * 0.35;
        let swatch = rect(x, key_y - half, x + 12.0, key_y + half);
        area.draw(&PathElement::new(
            swatch,
            palette.accent.stroke_width(px(1.5).max(1) as u32),
        ))?;
        area.draw(&Text::new(
            scene.responded_label.to_owned(),
            (px(x + 17.0), px(key_y)),
            text_style(font, &palette.muted, HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}

/// About how wide `text` is at `font_px` (the labels' collision checks and
/// the keys use it; the canvas measures nothing).
fn text_width(text: &str, font_px: f64) -> f64 {
    super::layout::text_ems(text) * font_px
}

fn text_style(size: f64, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'_> {
    // FontFamily::Name directly: the `&str` conversion lower-cases at run time.
    TextStyle::from(FontDesc::new(
        FontFamily::Name(FONT_FAMILY),
        size,
        FontStyle::Normal,
    ))
    .color(colour)
    .pos(Pos::new(h, v))
}

/// Draws the marks (biggest first, as placed) and names the biggest cities:
/// five in the inset (seven in a large one), three elsewhere in the world.
pub fn draw_marks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    placed: &[Placed<'_>],
    scene: &MapScene,
) -> Drawn<DB> {
    let MapScene {
        layout, palette, ..
    } = *scene;
    let px = |v: f64| scene.px(v);
    for p in placed {
        let centre = (p.x, p.y);
        let opacity = p.frame.opacity;
        let mark = p.frame.mark;
        match mark.kind {
            MarkKind::City => {
                draw_pie(area, centre, p.r, mark, palette, opacity, scene.pixel_ratio)?;
                let edge = palette
                    .background
                    .mix(opacity)
                    .stroke_width(px(0.8).max(1) as u32);
                area.draw(&Circle::new(
                    (px(p.x), px(p.y)),
                    px(p.r).max(1) as u32,
                    edge,
                ))?;
            }
            MarkKind::Country => {
                let colour = palette.bureaus[main_bureau(mark)].mix(opacity);
                let ring = colour.stroke_width(px(1.8).max(1) as u32);
                area.draw(&Circle::new(
                    (px(p.x), px(p.y)),
                    px(p.r + 1.5).max(2) as u32,
                    ring,
                ))?;
            }
        }
    }
    let ringed = placed
        .iter()
        .filter(|p| p.frame.opacity > 0.5 && scene.highlight.contains(&p.frame.mark.key));
    for p in ringed {
        let r = match p.frame.mark.kind {
            MarkKind::City => p.r,
            MarkKind::Country => p.r + 1.5,
        };
        draw_mark_highlight(area, (p.x, p.y), r, palette, scene.pixel_ratio)?;
    }
    let font = font_size(scene);
    let europe_names = if layout.europe.width >= 400.0 { 7 } else { 5 };
    // Label boxes drawn so far: a label that would overlap one is left out.
    let mut taken: Vec<(f64, f64, f64, f64)> = Vec::new();
    for (panel, n) in [(PanelId::Europe, europe_names), (PanelId::World, 3)] {
        let in_panel: Vec<&Placed> = placed
            .iter()
            .filter(|p| p.panel == panel && p.frame.opacity > 0.99)
            .filter(|p| panel == PanelId::Europe || !in_inset(layout, p))
            .collect();
        let marks: Vec<Mark> = in_panel.iter().map(|p| p.frame.mark.clone()).collect();
        let all: Vec<usize> = (0..marks.len()).collect();
        for i in labelled(&marks, &all, n) {
            let p = in_panel[i];
            let label = &p.frame.mark.label;
            let width = text_width(label, layout.font_px);
            let right = p.x + p.r + 3.0 + width < layout.width - 2.0;
            let x = if right {
                p.x + p.r + 3.0
            } else {
                p.x - p.r - 3.0 - width
            };
            let half = layout.font_px * 0.6;
            let bounds = (x, p.y - half, x + width, p.y + half);
            let clashes = taken.iter().any(|t: &(f64, f64, f64, f64)| {
                bounds.0 < t.2 && t.0 < bounds.2 && bounds.1 < t.3 && t.1 < bounds.3
            });
            if clashes {
                continue;
            }
            taken.push(bounds);
            area.draw(&Text::new(
                label.clone(),
                (px(x), px(p.y)),
                text_style(font, &palette.text, HPos::Left, VPos::Center),
            ))?;
        }
    }
    Ok(())
}

/// Whether a world-panel mark lies in the part of the world the inset shows.
fn in_inset(layout: &MapLayout, p: &Placed) -> bool {
    let w = &layout.world;
    let projected = w.fit.from_px(p.x - w.x, p.y - w.y);
    layout.europe.contains(layout.europe.to_px(projected))
}

/// The bureau with the most of the mark's stations (the first on ties).
fn main_bureau(mark: &Mark) -> usize {
    let mut best = 0;
    for (k, &n) in mark.by_jurisdiction.iter().enumerate() {
        if n > mark.by_jurisdiction[best] {
            best = k;
        }
    }
    best
}

/// A dot split into one slice per bureau, in proportion to its stations.
fn draw_pie<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (x, y): (f64, f64),
    r: f64,
    mark: &Mark,
    palette: &Palette,
    opacity: f64,
    pixel_ratio: f64,
) -> Drawn<DB> {
    let px = |v: f64| (v * pixel_ratio).round() as i32;
    let total = mark.total.max(1);
    let mut start = 0_usize;
    let mut seen = 0_u32;
    for (k, &n) in mark.by_jurisdiction.iter().enumerate() {
        if n == 0 {
            continue;
        }
        seen += n;
        let end = (seen as usize * CIRCLE.len()).div_ceil(total as usize);
        let colour = palette.bureaus[k].mix(opacity).filled();
        if n == total {
            area.draw(&Circle::new((px(x), px(y)), px(r).max(1) as u32, colour))?;
            return Ok(());
        }
        let mut points = vec![(px(x), px(y))];
        for i in start..=end {
            let (cx, cy) = CIRCLE[i % CIRCLE.len()];
            points.push((px(x + cx * r), px(y + cy * r)));
        }
        area.draw(&Polygon::new(points, colour))?;
        start = end;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::map_layout::MapLayout;

    #[test]
    fn clipping_keeps_what_is_inside_the_panel() {
        let layout = MapLayout::new(343.0, 316.0);
        let e = layout.europe;
        let inside = [
            (e.x + 10.0, e.y + 10.0),
            (e.x + 20.0, e.y + 10.0),
            (e.x + 20.0, e.y + 20.0),
        ];
        assert_eq!(clip(&inside, &e), inside.to_vec());
        let outside = [(-50.0, -50.0), (-40.0, -50.0), (-40.0, -40.0)];
        assert!(clip(&outside, &e).is_empty());
        let across = [
            (e.x - 10.0, e.y + 10.0),
            (e.x + 10.0, e.y + 10.0),
            (e.x + 10.0, e.y + 20.0),
        ];
        assert!(clip(&across, &e).iter().all(|p| e.contains(*p)));
    }

    #[test]
    fn the_circle_table_is_a_unit_circle() {
        for (x, y) in CIRCLE {
            assert!(((x * x + y * y) - 1.0).abs() < 1e-4);
        }
    }
}
