use super::*;
use crate::chart::palette::LIGHT;
use crate::map::world_atlas::load_world;
use crate::model::{Dataset, Embedded};
use crate::static_frame::map_svg::{map_svg, MAP_IMAGE_WIDTH};
use crate::static_frame::raster::Fonts;
use crate::strings::EN;
use resvg::tiny_skia::Pixmap;

#[test]
fn a_polygon_and_its_outline_become_one_filled_and_stroked_subpath() {
    let svg = "<svg><rect x=\"0\"/>\
        <polygon fill=\"#E3E3E3\" points=\"1,1 4,1 4,4 \"/>\
        <polyline fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"1\" points=\"1,1 4,1 4,4 1,1 \"/>\
        <polygon fill=\"#BABABA\" points=\"5,5 6,5 6,6 \"/>\
        <polyline fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"1\" points=\"5,5 6,5 6,6 5,5 \"/>\
        <polygon fill=\"#E3E3E3\" points=\"7,7 8,7 8,8 \"/>\
        <polyline fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"1\" points=\"7,7 8,7 8,8 7,7 \"/>\
        <polyline fill=\"none\" stroke=\"#595959\" stroke-width=\"1\" points=\"0,0 9,9 \"/>\
        <circle r=\"2\"/><polygon fill=\"#E69F00\" points=\"1,2 3,4 5,6 \"/><text>Milan</text></svg>";
    assert_eq!(
        merge_shapes(svg),
        "<svg><rect x=\"0\"/>\
        <path fill=\"#E3E3E3\" stroke=\"#FFFFFF\" stroke-width=\"1\" d=\"M1,1 4,1 4,4ZM7,7 8,7 8,8Z\"/>\
        <path fill=\"#BABABA\" stroke=\"#FFFFFF\" stroke-width=\"1\" d=\"M5,5 6,5 6,6Z\"/>\
        <path fill=\"none\" stroke=\"#595959\" stroke-width=\"1\" d=\"M0,0 9,9\"/>\
        <circle r=\"2\"/><path fill=\"#E69F00\" d=\"M1,2 3,4 5,6Z\"/><text>Milan</text></svg>"
    );
}

#[test]
fn what_is_not_written_as_plotters_writes_it_stays() {
    for svg in [
        "<svg><polygon fill=\"red\"/></svg>",
        "<svg><polyline points=\"1,1\" fill=\"none\"></polyline></svg>",
        "<svg><text>a polygon of text</text></svg>",
    ] {
        assert_eq!(merge_shapes(svg), svg);
    }
}

/// Pixels of `svg` at 1 device pixel per CSS pixel.
fn pixels(fonts: &Fonts, svg: &str) -> Pixmap {
    Pixmap::decode_png(&fonts.png(svg, 1.0).unwrap()).unwrap()
}

#[test]
fn the_first_frames_map_is_a_few_paths_and_the_same_picture() {
    let data = Dataset::embedded().unwrap();
    let world = load_world().unwrap();
    let snapshot = data.snapshot(0);
    let (plotters, _) = map_svg(&data, &snapshot, &world, MAP_IMAGE_WIDTH, &EN, &LIGHT);
    let merged = merge_shapes(&plotters);
    let shapes = |svg: &str| svg.matches("<polygon").count() + svg.matches("<polyline").count();
    assert!(shapes(&plotters) > 500, "the world is hundreds of shapes");
    assert_eq!(shapes(&merged), 0);
    assert!(merged.matches("<path").count() < 20);
    assert_eq!(
        merged.matches("<circle").count(),
        plotters.matches("<circle").count()
    );
    assert!(merged.len() * 2 < plotters.len(), "{} bytes", merged.len());

    let fonts = Fonts::load().expect("the build's fonts (scripts/setup.sh)");
    let (a, b) = (pixels(&fonts, &plotters), pixels(&fonts, &merged));
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    let differ = a
        .pixels()
        .iter()
        .zip(b.pixels())
        .filter(|(p, q)| {
            let d = |x: u8, y: u8| x.abs_diff(y) > 48;
            d(p.red(), q.red()) || d(p.green(), q.green()) || d(p.blue(), q.blue())
        })
        .count();
    // The picture is there: land is a good share of it.
    let land = b.pixels().iter().filter(|p| p.red() < 250).count();
    assert!(land * 5 > b.pixels().len(), "{land} pixels of land");
    let share = differ as f64 / a.pixels().len() as f64;
    assert!(share < 0.01, "{:.2} % of the pixels differ", share * 100.0);
}
