//! The map's country outlines: the [`World`] the site writer and the tests
//! read, committed as `data/derived/world.bin`, and how it is derived from
//! Natural Earth's 1:110m country outlines as the world-atlas npm package
//! ships them (TopoJSON), with alpha-2 codes from Unicode CLDR (npm
//! `cldr-core`) by `cargo run --bin derive-data` (see [`crate::derived`]).
//! Native only: the site writer copies `world.bin` into `dist/`, and the wasm
//! only decodes it.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::geometry::{quantise, CountryShape, World, GRID};
use super::projection::equal_earth;

/// The committed outlines, relative to the repository root.
pub const WORLD_PATH: &str = "data/derived/world.bin";

/// The committed outlines in `world.bin`'s format ([`super::geometry`]).
pub const WORLD_BIN: &[u8] = include_bytes!("../../data/derived/world.bin");

/// Natural Earth's ISO 3166-1 numeric code for Antarctica, which the map leaves out.
const ANTARCTICA: &str = "010";

/// How far, in grid cells, simplification may move an outline: 1.5 cells is
/// 5 to 7 km, about a pixel at a 6x zoom of a 960 px wide world (from 2 cells
/// on, Maseru falls out of Lesotho). It takes world.bin from 16.4 to 15.2 KB gzip.
const SIMPLIFY_CELLS: f64 = 1.5;

/// The committed outlines ([`WORLD_BIN`]), decoded.
pub fn load_world() -> Result<World, String> {
    World::decode(WORLD_BIN)
        .map_err(|e| format!("{WORLD_PATH}: {e}: run `cargo run --bin derive-data` after `npm ci`"))
}

/// The outlines derived afresh from the installed world-atlas and CLDR
/// packages in `node_modules`.
pub fn derive_world(node_modules: &Path) -> Result<World, String> {
    let cldr = node_modules.join("cldr-core/supplemental");
    let codes = numeric_to_alpha2(
        &read_installed(&cldr.join("codeMappings.json"))?,
        &read_installed(&cldr.join("aliases.json"))?,
    )?;
    let atlas = node_modules.join("world-atlas/countries-110m.json");
    world_from_topojson(&read_installed(&atlas)?, &codes)
}

/// A file of an npm package, or an error that says how to install it.
fn read_installed(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e}; run `npm ci` (scripts/setup.sh does) to install the map's sources",
            path.display()
        )
    })
}

/// ISO 3166-1 numeric code ("380") to alpha-2 ("IT"), from CLDR's
/// `codeMappings.json`, leaving out the codes its `aliases.json` marks as
/// replaced (such as "BU" for Burma, which shares 104 with "MM").
pub fn numeric_to_alpha2(
    code_mappings: &str,
    aliases: &str,
) -> Result<HashMap<String, String>, String> {
    let mappings: Value =
        serde_json::from_str(code_mappings).map_err(|e| format!("codeMappings.json: {e}"))?;
    let aliases: Value = serde_json::from_str(aliases).map_err(|e| format!("aliases.json: {e}"))?;
    let replaced = &aliases["supplemental"]["metadata"]["alias"]["territoryAlias"];
    let Some(territories) = mappings["supplemental"]["codeMappings"].as_object() else {
        return Err("codeMappings.json: no supplemental.codeMappings".to_owned());
    };
    let mut codes = HashMap::new();
    for (alpha2, fields) in territories {
        // Three-letter keys are currencies; two letters are territories.
        if alpha2.len() != 2 || !replaced[alpha2.as_str()].is_null() {
            continue;
        }
        if let Some(numeric) = fields["_numeric"].as_str() {
            if let Some(other) = codes.insert(numeric.to_owned(), alpha2.clone()) {
                return Err(format!("CLDR gives {numeric} to both {other} and {alpha2}"));
            }
        }
    }
    Ok(codes)
}

#[derive(Deserialize)]
struct Topology {
    transform: Option<Transform>,
    arcs: Vec<Vec<[f64; 2]>>,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: Value,
    id: Option<Value>,
}

/// The `countries` object of a TopoJSON topology as a [`World`]: arcs
/// decoded, projected, quantised and simplified by at most
/// [`SIMPLIFY_CELLS`], each country's rings stitched from them (rings of
/// fewer than three points dropped), Antarctica left out, numeric ids mapped
/// to alpha-2 with `codes` ("" for a country without an id).
pub fn world_from_topojson(json: &str, codes: &HashMap<String, String>) -> Result<World, String> {
    let topology: Topology = serde_json::from_str(json).map_err(|e| format!("TopoJSON: {e}"))?;
    let arcs = grid_arcs(&topology);
    let countries = topology
        .objects
        .get("countries")
        .ok_or("TopoJSON: no `countries` object")?;
    let mut world = World::default();
    for geometry in &countries.geometries {
        let id = match &geometry.id {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => format!("{:03}", n.as_u64().unwrap_or(0)),
            _ => String::new(),
        };
        if id == ANTARCTICA {
            continue;
        }
        let polygons: Vec<Vec<Vec<i64>>> = match geometry.kind.as_str() {
            "Polygon" => vec![serde_json::from_value(geometry.arcs.clone())
                .map_err(|e| format!("TopoJSON polygon {id}: {e}"))?],
            "MultiPolygon" => serde_json::from_value(geometry.arcs.clone())
                .map_err(|e| format!("TopoJSON multipolygon {id}: {e}"))?,
            other => return Err(format!("TopoJSON: unsupported geometry {other} ({id})")),
        };
        let iso2 = if id.is_empty() {
            String::new()
        } else {
            codes
                .get(&id)
                .cloned()
                .ok_or_else(|| format!("CLDR has no alpha-2 code for {id}"))?
        };
        let mut rings = Vec::new();
        for ring in polygons.iter().flatten() {
            let grid = stitch(&arcs, ring).map_err(|e| format!("country {id}: {e}"))?;
            rings.extend(
                split_at_antimeridian(grid)
                    .into_iter()
                    .filter(|r| r.len() >= 3),
            );
        }
        world.countries.push(CountryShape { iso2, rings });
    }
    Ok(world)
}

/// Whether the edge from `a` to `b` runs across the map from one edge to the
/// other: longer than half the world's width (no real border is).
pub fn crosses_antimeridian(a: (i32, i32), b: (i32, i32)) -> bool {
    let half = equal_earth(180.0, 0.0).0 * GRID;
    f64::from((b.0 - a.0).abs()) > half
}

/// A ring that crosses the antimeridian (Fiji, and Russia's Chukotka in
/// Natural Earth) as its eastern and western parts, each closed along its
/// edge of the map; any other ring as it is. Splitting by the sign of x is
/// right for those two, which lie far from the prime meridian.
pub fn split_at_antimeridian(ring: Vec<(i32, i32)>) -> Vec<Vec<(i32, i32)>> {
    let crosses = ring
        .iter()
        .zip(ring.iter().cycle().skip(1))
        .any(|(&a, &b)| crosses_antimeridian(a, b));
    if !crosses {
        return vec![ring];
    }
    let (east, west): (Vec<_>, Vec<_>) = ring.into_iter().partition(|p| p.0 >= 0);
    vec![east, west]
}

/// Every arc on the grid: absolute degrees (undoing the quantised delta
/// encoding), projected and quantised, points in the previous point's cell
/// dropped, then simplified (ends kept, so neighbours still share borders).
fn grid_arcs(topology: &Topology) -> Vec<Vec<(i32, i32)>> {
    let mut arcs = Vec::with_capacity(topology.arcs.len());
    for arc in &topology.arcs {
        let (mut x, mut y) = (0.0, 0.0);
        let mut grid: Vec<(i32, i32)> = Vec::with_capacity(arc.len());
        for &[ax, ay] in arc {
            let (lon, lat) = match &topology.transform {
                Some(t) => {
                    x += ax;
                    y += ay;
                    (
                        x * t.scale[0] + t.translate[0],
                        y * t.scale[1] + t.translate[1],
                    )
                }
                None => (ax, ay),
            };
            let p = quantise(lon, lat);
            if grid.last() != Some(&p) {
                grid.push(p);
            }
        }
        arcs.push(simplify(&grid, SIMPLIFY_CELLS));
    }
    arcs
}

/// Douglas-Peucker: the points of `line` that keep it within `tolerance`
/// cells of the original, first and last always kept.
fn simplify(line: &[(i32, i32)], tolerance: f64) -> Vec<(i32, i32)> {
    if line.len() < 3 || tolerance <= 0.0 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut spans = vec![(0, line.len() - 1)];
    while let Some((first, last)) = spans.pop() {
        let (far, distance) = (first + 1..last)
            .map(|i| (i, distance_to_segment(line[i], line[first], line[last])))
            .fold((first, 0.0), |best, d| if d.1 > best.1 { d } else { best });
        if distance > tolerance {
            keep[far] = true;
            spans.push((first, far));
            spans.push((far, last));
        }
    }
    line.iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(&p, _)| p)
        .collect()
}

/// Distance in cells from `p` to the segment `a`-`b`.
fn distance_to_segment(p: (i32, i32), a: (i32, i32), b: (i32, i32)) -> f64 {
    let (px, py) = (f64::from(p.0 - a.0), f64::from(p.1 - a.1));
    let (bx, by) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let length2 = bx * bx + by * by;
    let t = if length2 == 0.0 {
        0.0
    } else {
        ((px * bx + py * by) / length2).clamp(0.0, 1.0)
    };
    (px - t * bx).hypot(py - t * by)
}

/// One open ring from its arc indices: a negative index `i` is arc `!i`
/// reversed, each arc starts where the previous one ended, and no point
/// repeats the one before it.
fn stitch(arcs: &[Vec<(i32, i32)>], ring: &[i64]) -> Result<Vec<(i32, i32)>, String> {
    let mut points: Vec<(i32, i32)> = Vec::new();
    for &index in ring {
        let (arc, reversed) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(arc)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or_else(|| format!("no arc {index}"))?;
        let mut push = |&p: &(i32, i32)| {
            if points.last() != Some(&p) {
                points.push(p);
            }
        };
        if reversed {
            arc.iter().rev().for_each(&mut push);
        } else {
            arc.iter().for_each(&mut push);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    Ok(points)
}

#[cfg(test)]
#[path = "world_atlas_tests.rs"]
mod tests;
