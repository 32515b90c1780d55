//! Pixel layout of the map: a world panel and a Europe inset (where most
//! stations are), fitted to the canvas. A pure function of the canvas size.

use crate::map::projection::Bounds;
use crate::map::projection::{equal_earth, Fit};

/// From this page (or frame) width, the map and the bars sit side by side;
/// below it, one at a time. `style/main.css` writes the same query (tested).
pub const WIDE_MEDIA: &str = "(min-width: 900px)";
/// Width of the static map image, whose proportions the wide map keeps.
pub const REFERENCE_WIDTH: f64 = 600.0;
/// Space between the two panels, in CSS pixels.
pub const GAP: f64 = 8.0;
/// Wider than this ratio of width to height, the panels sit side by side.
const SIDE_BY_SIDE_RATIO: f64 = 1.6;
/// Share of the width the world takes when the panels sit side by side.
const WORLD_SHARE: f64 = 0.62;
/// Height of the Europe inset per pixel of width, when the map sets its own height.
const EUROPE_HEIGHT_RATIO: f64 = 0.5;

/// One panel of the map: a pixel rectangle and the projection fitted into it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Panel {
    /// Left edge, CSS px.
    pub x: f64,
    /// Top edge, CSS px.
    pub y: f64,
    /// Width, CSS px.
    pub width: f64,
    /// Height, CSS px.
    pub height: f64,
    /// Projected units to pixels inside the panel.
    pub fit: Fit,
}

impl Panel {
    fn new(x: f64, y: f64, width: f64, height: f64, bounds: Bounds) -> Panel {
        Panel {
            x,
            y,
            width,
            height,
            fit: Fit::new(bounds, width, height, 2.0),
        }
    }

    /// The canvas pixel (CSS px, y down) of a projected point.
    pub fn to_px(&self, (x, y): (f64, f64)) -> (f64, f64) {
        let (px, py) = self.fit.to_px(x, y);
        (self.x + px, self.y + py)
    }

    /// Whether a canvas pixel lies inside the panel.
    pub fn contains(&self, (px, py): (f64, f64)) -> bool {
        px >= self.x && px <= self.x + self.width && py >= self.y && py <= self.y + self.height
    }

    /// Pixels per projected unit.
    pub fn scale(&self) -> f64 {
        self.fit.scale()
    }
}

/// Every measure the map's drawing needs, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapLayout {
    /// Canvas width.
    pub width: f64,
    /// Canvas height.
    pub height: f64,
    /// The world, without Antarctica (its keys below it).
    pub world: Panel,
    /// The Europe inset.
    pub europe: Panel,
    /// Font size of labels.
    pub font_px: f64,
    /// Middle of the keys' line, under the world.
    pub key_y: f64,
}

/// Height of the keys' line under the world, CSS px.
const KEY_ROW: f64 = 18.0;

/// The bounds of a longitude/latitude box once projected (edges sampled,
/// since Equal Earth bends meridians).
fn projected_box(lon: (f64, f64), lat: (f64, f64)) -> Bounds {
    let mut points = Vec::new();
    for k in 0..=8 {
        let f = f64::from(k) / 8.0;
        let (lo, la) = (lon.0 + (lon.1 - lon.0) * f, lat.0 + (lat.1 - lat.0) * f);
        points.extend([
            equal_earth(lon.0, la),
            equal_earth(lon.1, la),
            equal_earth(lo, lat.0),
            equal_earth(lo, lat.1),
        ]);
    }
    Bounds::around(points)
}

/// The world as the map shows it: every longitude, 56° S to 84° N (no
/// Antarctica: no station is there).
pub fn world_bounds() -> Bounds {
    projected_box((-180.0, 180.0), (-56.0, 78.0))
}

/// Europe as the inset shows it, 11° W to 32° E and 35° N to 61° N at least.
pub fn europe_bounds() -> Bounds {
    projected_box((-11.0, 32.0), (35.0, 61.0))
}

/// `b` widened (or heightened) about its centre to the `aspect` (width / height).
fn to_aspect(b: Bounds, aspect: f64) -> Bounds {
    let (w, h) = (b.max_x - b.min_x, b.max_y - b.min_y);
    let (cx, cy) = ((b.min_x + b.max_x) / 2.0, (b.min_y + b.max_y) / 2.0);
    let (w, h) = if w / h < aspect {
        (h * aspect, h)
    } else {
        (w, w / aspect)
    };
    Bounds {
        min_x: cx - w / 2.0,
        max_x: cx + w / 2.0,
        min_y: cy - h / 2.0,
        max_y: cy + h / 2.0,
    }
}

/// The height of the world panel at `width`.
fn world_height(width: f64) -> f64 {
    let b = world_bounds();
    (width * (b.max_y - b.min_y) / (b.max_x - b.min_x)).round()
}

impl MapLayout {
    /// The layout of a `width` x `height` canvas: the world above the Europe
    /// inset, or beside it when the canvas is wide and low.
    pub fn new(width: f64, height: f64) -> MapLayout {
        let (width, height) = (width.max(200.0), height.max(120.0));
        let font_px = if width < 480.0 { 11.0 } else { 12.0 };
        // The world's panel ends above its keys' line.
        let (world, europe) = if width / height > SIDE_BY_SIDE_RATIO {
            let world_w = (width * WORLD_SHARE).round();
            let world_h = world_height(world_w).min(height - KEY_ROW);
            let europe_w = width - world_w - GAP;
            (
                (0.0, 0.0, world_w, world_h),
                (world_w + GAP, 0.0, europe_w, height),
            )
        } else {
            let world_h = world_height(width).min(height * 0.5);
            let europe_y = world_h + KEY_ROW + GAP;
            (
                (0.0, 0.0, width, world_h),
                (0.0, europe_y, width, height - europe_y),
            )
        };
        let europe_box = to_aspect(europe_bounds(), europe.2 / europe.3);
        MapLayout {
            width,
            height,
            world: Panel::new(world.0, world.1, world.2, world.3, world_bounds()),
            europe: Panel::new(europe.0, europe.1, europe.2, europe.3, europe_box),
            font_px,
            key_y: world.3 + KEY_ROW / 2.0,
        }
    }

    /// The map's height at `width`. Sharing one grid cell with the bar chart
    /// (`bars_height`, narrow columns): its natural height, but no more than
    /// the bars, so the hidden chart never makes the page taller. Otherwise
    /// its natural height at [`REFERENCE_WIDTH`], scaled: exactly the height
    /// of an image drawn at that width and shown at this one.
    pub fn height_for(width: f64, bars_height: Option<f64>) -> f64 {
        match bars_height {
            Some(bars) => MapLayout::natural_height(width).min(bars),
            None => width * MapLayout::natural_height(REFERENCE_WIDTH) / REFERENCE_WIDTH,
        }
    }

    /// The height a map `width` px wide takes when nothing else sets it: the
    /// world above an inset half as tall as the map is wide.
    pub fn natural_height(width: f64) -> f64 {
        world_height(width) + KEY_ROW + GAP + (width * EUROPE_HEIGHT_RATIO).round()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beside_the_bars_the_map_is_never_taller_than_they_are() {
        let image = MapLayout::natural_height(REFERENCE_WIDTH);
        assert_eq!(MapLayout::height_for(REFERENCE_WIDTH, None), image);
        assert_eq!(
            MapLayout::height_for(450.0, None),
            image * 0.75,
            "scaled as an image"
        );
        assert_eq!(MapLayout::height_for(700.0, Some(360.0)), 360.0);
        let short = MapLayout::natural_height(343.0);
        assert_eq!(MapLayout::height_for(343.0, Some(short + 50.0)), short);
        // A wide, low map puts Europe beside the world rather than below.
        let layout = MapLayout::new(700.0, 360.0);
        assert!(layout.europe.x > layout.world.x);
    }

    #[test]
    fn the_stylesheet_switches_layout_at_the_same_width() {
        let css = include_str!("../../style/main.css");
        assert!(
            css.contains(&format!("@media {WIDE_MEDIA} {{")),
            "{WIDE_MEDIA}"
        );
    }

    #[test]
    fn a_phone_map_stacks_the_world_above_europe() {
        let layout = MapLayout::new(343.0, 316.0);
        assert_eq!(layout.world.width, 343.0);
        assert!(layout.europe.y >= layout.key_y + 8.0);
        assert!(layout.key_y > layout.world.y + layout.world.height);
        assert!(layout.europe.y + layout.europe.height <= 316.0 + 1e-9);
        // Europe is drawn several times larger in the inset than in the world.
        assert!(layout.europe.scale() > 3.0 * layout.world.scale());
    }

    #[test]
    fn a_wide_low_map_puts_the_panels_side_by_side() {
        let layout = MapLayout::new(720.0, 250.0);
        assert!(layout.europe.x >= layout.world.x + layout.world.width);
        assert_eq!(layout.europe.y, 0.0);
        assert!(layout.europe.x + layout.europe.width <= 720.0 + 1e-9);
    }

    #[test]
    fn european_cities_fall_inside_the_inset_and_the_world_panel() {
        for (w, h) in [
            (300.0, 300.0),
            (343.0, 316.0),
            (720.0, 250.0),
            (600.0, 539.0),
        ] {
            let layout = MapLayout::new(w, h);
            for (lon, lat) in [
                (9.19, 45.46),
                (-3.70, 40.42),
                (-9.14, 38.72),
                (24.94, 60.17),
            ] {
                let p = equal_earth(lon, lat);
                assert!(
                    layout.europe.contains(layout.europe.to_px(p)),
                    "{lon},{lat} at {w}x{h}"
                );
                assert!(layout.world.contains(layout.world.to_px(p)));
            }
            for (lon, lat) in [(-74.0, 40.7), (139.7, 35.7), (174.8, -36.8), (-58.4, -34.6)] {
                let p = equal_earth(lon, lat);
                assert!(layout.world.contains(layout.world.to_px(p)), "{lon},{lat}");
            }
        }
    }

    #[test]
    fn the_natural_height_leaves_europe_room() {
        let h = MapLayout::natural_height(600.0);
        let layout = MapLayout::new(600.0, h);
        assert!(layout.europe.height >= 290.0, "{}", layout.europe.height);
    }
}
