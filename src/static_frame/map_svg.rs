//! The map of one step as SVG, drawn by the same `draw_land`,
//! `draw_step_countries` and `draw_marks` as the canvas, in the light and the dark theme (an `<img>`
//! cannot follow the page's colours as an inline chart does).

use plotters::prelude::IntoDrawingArea;
use plotters_svg::SVGBackend;

use super::chart_svg::tidy;
use crate::chart::draw::SVG_TEXT_SCALE;
use crate::chart::map_draw::{draw_land, draw_marks, draw_step_countries, MapScene, StepCountries};
use crate::chart::map_layout::{MapLayout, REFERENCE_WIDTH};
use crate::chart::map_marks::place;
use crate::chart::palette::{Palette, LIGHT};
use crate::map::geometry::World;
use crate::model::{Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::map_marks::marks;
use crate::view::map_tween::MarkTransition;

/// Width of the static map images, CSS px (they scale to their column, as
/// the live map's height does: `MapLayout::height_for`).
pub const MAP_IMAGE_WIDTH: f64 = REFERENCE_WIDTH;

/// The file of the first frame's map of step `id` in `theme` ("light" or "dark").
pub fn map_image_name(id: &str, theme: &str) -> String {
    format!("fallback/map-{id}-{theme}.svg")
}

/// The dark theme's colours, read from the page's stylesheet (its
/// `:root[data-theme="dark"]` block), so that they are written once.
pub fn dark_palette() -> Palette {
    let css = include_str!("../../style/main.css");
    let block = css
        .split(":root[data-theme=\"dark\"] {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .unwrap_or("");
    let value = |property: &str| -> String {
        block
            .lines()
            .filter_map(|line| line.trim().strip_prefix(property)?.strip_prefix(':'))
            .map(|v| v.trim().trim_end_matches(';').trim())
            // `var(--house-accent-dark, #ff6b6b)`: the fallback colour.
            .map(|v| match v.strip_prefix("var(") {
                Some(inner) => inner
                    .split_once(',')
                    .map_or("", |(_, fallback)| fallback.trim_end_matches(')').trim())
                    .to_owned(),
                None => v.to_owned(),
            })
            .next()
            .unwrap_or_default()
    };
    Palette::from_properties(value, &LIGHT)
}

/// The settled map of `snapshot` at `width` CSS px: the SVG as plotters
/// writes it (an element per shape; the file the page loads has them merged,
/// see [`super::svg_paths::merge_shapes`]) and its height.
pub fn map_svg(
    data: &Dataset,
    snapshot: &Snapshot,
    world: &World,
    width: f64,
    strings: &Strings,
    palette: &Palette,
) -> (String, f64) {
    let height = MapLayout::natural_height(width);
    let layout = MapLayout::new(width, height);
    let settled = MarkTransition::settled(&marks(data, snapshot));
    let placed = place(&layout, world, &settled.frame(1.0));
    let countries = StepCountries::of(snapshot);
    let scene = MapScene::new(
        &layout,
        palette,
        1.0,
        &countries,
        None,
        strings,
        SVG_TEXT_SCALE,
    );
    let mut svg = String::new();
    {
        let size = (width.round() as u32, height.round() as u32);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a String cannot fail.
        draw_land(&area, world, &scene).expect("SVG drawing into a string");
        draw_step_countries(&area, world, &scene).expect("SVG drawing into a string");
        draw_marks(&area, &placed, &scene).expect("SVG drawing into a string");
        area.present().expect("SVG drawing into a string");
    }
    (tidy(&svg), height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::world_atlas::load_world;
    use crate::model::Embedded;
    use crate::strings::EN;

    #[test]
    fn the_dark_colours_come_from_the_stylesheet() {
        let dark = dark_palette();
        assert_ne!(dark.background, LIGHT.background);
        assert_ne!(dark.text, LIGHT.text);
        assert_ne!(
            dark.accent, LIGHT.accent,
            "the accent's fallback colour is read"
        );
    }

    #[test]
    fn the_static_map_names_the_biggest_cities_of_the_step() {
        let data = Dataset::embedded().unwrap();
        let world = load_world().unwrap();
        let snapshot = data.snapshot(data.step_index("december").unwrap());
        let (svg, height) = map_svg(&data, &snapshot, &world, MAP_IMAGE_WIDTH, &EN, &LIGHT);
        assert_eq!(height, MapLayout::natural_height(MAP_IMAGE_WIDTH));
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(EN.europe));
        // Milan and Madrid are among the biggest clusters in December.
        for city in ["Milan", "Madrid"] {
            assert!(svg.contains(&format!(">{city}</text>")), "{city}");
        }
        let setup = data.snapshot(0);
        let (before, _) = map_svg(&data, &setup, &world, MAP_IMAGE_WIDTH, &EN, &LIGHT);
        assert!(
            !before.contains(">Madrid</text>"),
            "no station counted in Madrid yet"
        );
    }
}
