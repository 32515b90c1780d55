//! Where the map's marks go on the canvas, how large they are, and which one
//! lies under a tap: pure, shared by the drawing and the hit test.

use super::map_layout::{MapLayout, Panel};
use crate::map::geometry::{quantise, unquantise, CountryShape, World};
use crate::view::map_marks::MarkKind;
use crate::view::map_tween::MarkFrame;

/// Which panel a placed mark is drawn in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelId {
    /// The world panel.
    World,
    /// The Europe inset.
    Europe,
}

/// A mark at its place on one panel, in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed<'a> {
    /// The mark's frame (mark, size, opacity).
    pub frame: MarkFrame<'a>,
    /// The panel it is drawn in.
    pub panel: PanelId,
    /// Centre, CSS px.
    pub x: f64,
    /// Centre, CSS px.
    pub y: f64,
    /// Radius, CSS px.
    pub r: f64,
}

/// How many pixels of radius one station's dot gets per unit of panel width.
fn radius_unit(panel: &Panel, id: PanelId) -> f64 {
    match id {
        PanelId::World => (panel.width / 170.0).clamp(1.5, 3.2),
        PanelId::Europe => (panel.width / 90.0).clamp(2.5, 4.6),
    }
}

/// A mark's radius for `size` stations (area in proportion to the count).
pub fn radius(panel: &Panel, id: PanelId, size: f64) -> f64 {
    radius_unit(panel, id) * size.max(0.0).sqrt() + 1.0
}

/// Where a country ring goes: the centroid of the country's largest ring, in
/// projected units (the city is unknown, so the ring sits on the country).
pub fn country_anchor(shape: &CountryShape) -> Option<(f64, f64)> {
    let largest = shape
        .rings
        .iter()
        .map(|ring| (ring, signed_area(ring)))
        .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))?;
    let (ring, area) = largest;
    if area == 0.0 {
        let first = *ring.first()?;
        return Some(unquantise(first));
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
        let (x0, y0) = (f64::from(a.0), f64::from(a.1));
        let (x1, y1) = (f64::from(b.0), f64::from(b.1));
        let cross = x0 * y1 - x1 * y0;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    let k = 1.0 / (6.0 * area);
    let centre = ((cx * k).round() as i32, (cy * k).round() as i32);
    Some(unquantise(centre))
}

fn signed_area(ring: &[(i32, i32)]) -> f64 {
    let sum: f64 = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| f64::from(a.0) * f64::from(b.1) - f64::from(b.0) * f64::from(a.1))
        .sum();
    sum / 2.0
}

/// The projected point of a mark: its city, or its country's anchor.
fn mark_point(world: &World, frame: &MarkFrame<'_>) -> Option<(f64, f64)> {
    match (frame.mark.kind, frame.mark.at) {
        (MarkKind::City, Some((lon, lat))) => Some(unquantise(quantise(lon, lat))),
        _ => world.country(&frame.mark.iso2).and_then(country_anchor),
    }
}

/// Every mark on every panel it falls in: the world panel always, the Europe
/// inset too when the mark lies inside it. Marks keep the frames' order.
pub fn place<'a>(layout: &MapLayout, world: &World, frames: &[MarkFrame<'a>]) -> Vec<Placed<'a>> {
    let mut out = Vec::with_capacity(frames.len() * 2);
    for (id, panel) in [
        (PanelId::World, &layout.world),
        (PanelId::Europe, &layout.europe),
    ] {
        for frame in frames {
            let Some(point) = mark_point(world, frame) else {
                continue;
            };
            let (x, y) = panel.to_px(point);
            if id == PanelId::Europe && !panel.contains((x, y)) {
                continue;
            }
            out.push(Placed {
                frame: frame.clone(),
                panel: id,
                x,
                y,
                r: radius(panel, id, frame.size),
            });
        }
    }
    out
}

/// The mark under a tap at `(x, y)` CSS px: the nearest within its radius
/// plus a finger's margin, the inset's marks before the world's.
pub fn mark_at<'p, 'a>(placed: &'p [Placed<'a>], (x, y): (f64, f64)) -> Option<&'p Placed<'a>> {
    const MARGIN: f64 = 6.0;
    let distance = |p: &Placed| ((p.x - x).powi(2) + (p.y - y).powi(2)).sqrt();
    let nearest = |panel: PanelId| {
        placed
            .iter()
            .filter(|p| p.panel == panel && distance(p) <= p.r + MARGIN)
            .min_by(|a, b| distance(a).total_cmp(&distance(b)))
    };
    nearest(PanelId::Europe).or_else(|| nearest(PanelId::World))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::geometry::CountryShape;
    use crate::map::projection::equal_earth;
    use crate::model::{Dataset, Embedded};
    use crate::view::map_marks::marks;
    use crate::view::map_tween::MarkTransition;

    fn square(iso2: &str, x0: i32, y0: i32, side: i32) -> CountryShape {
        CountryShape {
            iso2: iso2.into(),
            rings: vec![vec![
                (x0, y0),
                (x0 + side, y0),
                (x0 + side, y0 + side),
                (x0, y0 + side),
            ]],
        }
    }

    #[test]
    fn a_ring_sits_at_the_centroid_of_the_largest_part() {
        let mut shape = square("XX", 0, 0, 100);
        shape
            .rings
            .push(vec![(1000, 1000), (1010, 1000), (1010, 1010)]);
        let (x, y) = country_anchor(&shape).unwrap();
        assert_eq!(quantise_back((x, y)), (50, 50));
    }

    fn quantise_back((x, y): (f64, f64)) -> (i32, i32) {
        let g = crate::map::geometry::GRID;
        ((x * g).round() as i32, (y * g).round() as i32)
    }

    #[test]
    fn a_tap_on_a_dot_finds_it_and_a_tap_on_the_sea_finds_nothing() {
        let data = Dataset::embedded().unwrap();
        let snap = data.snapshot(data.step_index("december").unwrap());
        let marks = marks(&data, &snap);
        let tr = MarkTransition::settled(&marks);
        let frames = tr.frame(1.0);
        let world = World { countries: vec![] };
        let layout = MapLayout::new(343.0, 316.0);
        let placed = place(&layout, &world, &frames);
        let milan = placed
            .iter()
            .find(|p| p.frame.mark.key == "IT:Milan" && p.panel == PanelId::Europe)
            .expect("Milan is in the inset");
        let hit = mark_at(&placed, (milan.x, milan.y)).unwrap();
        assert_eq!(hit.frame.mark.iso2, "IT");
        // Mid-Atlantic, far from any station.
        let sea = layout.world.to_px(equal_earth(-35.0, 10.0));
        assert!(mark_at(&placed, sea).is_none());
        // Without outlines, rings have nowhere to go and are left out.
        assert!(placed.iter().all(|p| p.frame.mark.kind == MarkKind::City));
    }

    #[test]
    fn bigger_counts_are_bigger_dots() {
        let layout = MapLayout::new(343.0, 316.0);
        let one = radius(&layout.europe, PanelId::Europe, 1.0);
        let four = radius(&layout.europe, PanelId::Europe, 4.0);
        assert!((four - 1.0) / (one - 1.0) > 1.9 && (four - 1.0) / (one - 1.0) < 2.1);
        assert!(radius(&layout.world, PanelId::World, 1.0) < one);
    }
}
