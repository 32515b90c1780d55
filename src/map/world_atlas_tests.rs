use super::*;
use crate::map::geometry::{encode, World, GRID};
use crate::map::projection::equal_earth;
use crate::model::{Dataset, Embedded};

/// Two squares sharing an edge, in a quantised topology (x: 10 + 0.5 q, y:
/// 40 + 0.25 q): A spans 10-12 E, B 12-14 E, both 40-42 N. Arc 0 is the
/// shared edge (12,40)->(12,42); arc 1 the rest of A, arc 2 the rest of B.
const TWO_SQUARES: &str = r#"{
  "type": "Topology",
  "transform": {"scale": [0.5, 0.25], "translate": [10, 40]},
  "arcs": [
    [[4, 0], [0, 8]],
    [[4, 8], [-4, 0], [0, -8], [4, 0]],
    [[4, 0], [4, 0], [0, 8], [-4, 0]]
  ],
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "arcs": [[0, 1]], "id": "380", "properties": {"name": "A"}},
    {"type": "MultiPolygon", "arcs": [[[-1, 2]]], "id": 250, "properties": {"name": "B"}},
    {"type": "Polygon", "arcs": [[0, 1]], "id": "010", "properties": {"name": "Antarctica"}},
    {"type": "Polygon", "arcs": [[-1, 2]], "properties": {"name": "No id"}}
  ]}}
}"#;

fn codes() -> HashMap<String, String> {
    [("380", "IT"), ("250", "FR"), ("010", "AQ")]
        .into_iter()
        .map(|(n, a)| (n.to_owned(), a.to_owned()))
        .collect()
}

fn grid(points: &[(f64, f64)]) -> Vec<(i32, i32)> {
    points
        .iter()
        .map(|&(lon, lat)| quantise(lon, lat))
        .collect()
}

#[test]
fn arcs_are_stitched_into_rings_and_reversed_when_negative() {
    let world = world_from_topojson(TWO_SQUARES, &codes()).unwrap();
    let a = grid(&[(12.0, 40.0), (12.0, 42.0), (10.0, 42.0), (10.0, 40.0)]);
    let b = grid(&[(12.0, 42.0), (12.0, 40.0), (14.0, 40.0), (14.0, 42.0)]);
    let shape = |iso2: &str, ring: &[(i32, i32)]| CountryShape {
        iso2: iso2.to_owned(),
        rings: vec![ring.to_vec()],
    };
    assert_eq!(
        world.countries,
        [shape("IT", &a), shape("FR", &b), shape("", &b)],
        "Antarctica dropped, the country without an id kept without a code"
    );
    let it = world.country("IT").unwrap();
    assert!(it.contains(quantise(11.0, 41.0)) && !it.contains(quantise(13.0, 41.0)));
}

#[test]
fn simplification_drops_points_within_the_tolerance_only() {
    // (10, 1) is 1 cell off the line (0,0)-(20,0); (20, 0) is 3.3 cells off
    // (0,0)-(30,5), and (30, 5) 5 cells off (0,0)-(40,0).
    let line = [(0, 0), (10, 1), (20, 0), (30, 5), (40, 0)];
    assert_eq!(simplify(&line, 1.5), [(0, 0), (20, 0), (30, 5), (40, 0)]);
    assert_eq!(simplify(&line, 0.5), line);
    assert_eq!(simplify(&line, 6.0), [(0, 0), (40, 0)]);
}

#[test]
fn points_in_one_grid_cell_collapse_and_tiny_rings_vanish() {
    // No transform: positions are plain degrees. Ring 0 has two points a
    // ten-thousandth of a degree apart; ring 1 is smaller than a cell.
    let json = r#"{"type": "Topology",
      "arcs": [[[0, 0], [5, 0], [5.0001, 0.0001], [5, 5], [0, 0]],
               [[30, 30], [30.0001, 30], [30, 30.0001], [30, 30]]],
      "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "MultiPolygon", "arcs": [[[0]], [[1]]], "id": "380"}]}}}"#;
    let world = world_from_topojson(json, &codes()).unwrap();
    assert_eq!(
        world.countries[0].rings,
        [grid(&[(0.0, 0.0), (5.0, 0.0), (5.0, 5.0)])]
    );
}

#[test]
fn bad_topologies_are_errors_not_panics() {
    let missing_arc = TWO_SQUARES.replace("[[-1, 2]]]", "[[-1, 7]]]");
    assert!(world_from_topojson(&missing_arc, &codes())
        .unwrap_err()
        .contains("no arc 7"));
    let unknown_id = TWO_SQUARES.replace("\"380\"", "\"999\"");
    assert!(world_from_topojson(&unknown_id, &codes())
        .unwrap_err()
        .contains("999"));
    assert!(world_from_topojson("{}", &codes()).is_err());
}

#[test]
fn a_missing_package_says_to_run_npm_ci() {
    let missing = crate::derived::node_modules().join("no-such-package/x.json");
    let error = read_installed(&missing).unwrap_err();
    assert!(
        error.contains("x.json") && error.contains("run `npm ci`"),
        "{error}"
    );
}

#[test]
fn cldr_maps_iso_numeric_codes_to_alpha_2_without_replaced_codes() {
    // The shape of cldr-core's codeMappings.json and aliases.json: Burma's old
    // code BU shares 104 with MM and is marked as replaced; EUR is a currency.
    let mappings = r#"{"supplemental": {"codeMappings": {
        "BU": {"_numeric": "104"}, "MM": {"_numeric": "104", "_alpha3": "MMR"},
        "IT": {"_numeric": "380"}, "EU": {"_alpha3": "QUU"}, "EUR": {"_numeric": "978"}}}}"#;
    let aliases = r#"{"supplemental": {"metadata": {"alias": {"territoryAlias": {
        "BU": {"_replacement": "MM", "_reason": "deprecated"}}}}}}"#;
    let codes = numeric_to_alpha2(mappings, aliases).unwrap();
    let expected: HashMap<String, String> = [("104", "MM"), ("380", "IT")]
        .into_iter()
        .map(|(n, a)| (n.to_owned(), a.to_owned()))
        .collect();
    assert_eq!(codes, expected);
    // Without the alias, two codes claim 104: an error, not a silent pick.
    let no_aliases = r#"{"supplemental": {"metadata": {"alias": {"territoryAlias": {}}}}}"#;
    let error = numeric_to_alpha2(mappings, no_aliases).unwrap_err();
    assert!(error.contains("104"), "{error}");
}

fn real_world() -> World {
    load_world().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_real_atlas_has_the_countries_and_no_antarctica() {
    let world = real_world();
    assert!(
        world.countries.len() >= 170,
        "{} countries",
        world.countries.len()
    );
    // Myanmar, DR Congo and Timor-Leste are the codes CLDR's aliases decide.
    for code in ["IT", "ES", "FR", "US", "NG", "JP", "CN", "MM", "CD", "TL"] {
        let country = world.country(code).unwrap_or_else(|| panic!("no {code}"));
        assert!(!country.rings.is_empty(), "{code} has no ring");
    }
    assert!(world.country("AQ").is_none());
    // Without Antarctica the land ends north of 60 S (Tierra del Fuego is at 55 S).
    let south = equal_earth(0.0, -60.0).1;
    assert!(world.bounds().min_y > south, "{:?}", world.bounds());
    let unknown = world.countries.iter().filter(|c| c.iso2.is_empty()).count();
    assert_eq!(
        unknown, 3,
        "N. Cyprus, Somaliland and Kosovo have no numeric id"
    );
}

#[test]
fn cities_lie_inside_their_countries() {
    let world = real_world();
    for (name, lat, lon, inside, not_inside) in [
        ("Milan", 45.46, 9.19, "IT", "CH"),
        ("Madrid", 40.42, -3.70, "ES", "PT"),
        ("Lagos", 6.52, 3.38, "NG", "BJ"),
        ("Paris", 48.86, 2.35, "FR", "BE"),
    ] {
        let p = quantise(lon, lat);
        assert!(
            world.country(inside).unwrap().contains(p),
            "{name} in {inside}"
        );
        assert!(
            !world.country(not_inside).unwrap().contains(p),
            "{name} not in {not_inside}"
        );
        let holders: Vec<&str> = world
            .countries
            .iter()
            .filter(|c| c.contains(p))
            .map(|c| c.iso2.as_str())
            .collect();
        assert_eq!(holders, [inside], "{name} is in exactly one country");
    }
}

#[test]
fn every_station_country_has_an_outline() {
    let world = real_world();
    let data = Dataset::embedded().unwrap();
    let missing: Vec<&str> = data
        .stations
        .iter()
        .map(|s| s.iso2.as_str())
        .filter(|code| world.country(code).is_none_or(|c| c.rings.is_empty()))
        .collect();
    assert!(missing.is_empty(), "no outline for {missing:?}");
}

#[test]
fn the_real_encoding_round_trips_and_rejects_truncations() {
    let world = real_world();
    let bytes = encode(&world);
    assert_eq!(World::decode(&bytes).as_ref(), Ok(&world));
    let lengths = (0..bytes.len())
        .step_by(61)
        .chain(bytes.len() - 40..bytes.len());
    for len in lengths {
        assert!(
            World::decode(&bytes[..len]).is_err(),
            "{len} of {} bytes",
            bytes.len()
        );
    }
}

#[test]
fn the_encoded_world_fits_the_size_budget() {
    use std::io::Write;
    let world = real_world();
    let bytes = encode(&world);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).unwrap();
    let gzip = gz.finish().unwrap().len();
    let points: usize = world
        .countries
        .iter()
        .flat_map(|c| &c.rings)
        .map(Vec::len)
        .sum();
    let rings: usize = world.countries.iter().map(|c| c.rings.len()).sum();
    let b = world.bounds();
    let (w, h) = (b.max_x - b.min_x, b.max_y - b.min_y);
    println!(
        "world.bin: {} countries, {rings} rings, {points} points, {} B raw, {gzip} B gzip -9; \
         {:.0} x {:.0} cells",
        world.countries.len(),
        bytes.len(),
        w * GRID,
        h * GRID,
    );
    assert!(gzip <= 20_000, "{gzip} B gzip");
}

#[test]
fn station_dots_fall_inside_their_countries() {
    // What limits the simplification: Maseru sits on Lesotho's border and
    // leaves it from about 2 cells of tolerance on.
    let world = real_world();
    let data = Dataset::embedded().unwrap();
    let outside: Vec<&str> = data
        .stations
        .iter()
        .filter(|s| match (s.lon, s.lat, world.country(&s.iso2)) {
            (Some(lon), Some(lat), Some(c)) => !c.contains(quantise(lon, lat)),
            _ => false,
        })
        .map(|s| s.id.as_str())
        .collect();
    // S029 is on Madeira, which 1:110m leaves out; S045 is Odesa, on a coast
    // that 1:110m draws a little inland.
    assert_eq!(outside, ["S029", "S045"]);
}

#[test]
fn no_outline_runs_across_the_map() {
    let world = real_world();
    for country in &world.countries {
        for ring in &country.rings {
            let across = ring
                .iter()
                .zip(ring.iter().cycle().skip(1))
                .any(|(&a, &b)| crosses_antimeridian(a, b));
            assert!(!across, "{} has an edge across the map", country.iso2);
        }
    }
    // Fiji lies on both sides of the antimeridian: it keeps both parts.
    let fiji = world.country("FJ").expect("Fiji is in the atlas");
    assert!(fiji.rings.iter().any(|r| r.iter().all(|p| p.0 > 0)));
    assert!(fiji.rings.iter().any(|r| r.iter().all(|p| p.0 < 0)));
}

#[test]
fn a_ring_across_the_antimeridian_is_split_in_two() {
    let ring = grid(&[
        (179.0, -16.0),
        (-179.0, -16.0),
        (-179.0, -17.0),
        (179.0, -17.0),
    ]);
    let parts = split_at_antimeridian(ring.clone());
    assert_eq!(parts.len(), 2);
    assert_eq!(parts.iter().map(Vec::len).sum::<usize>(), 4);
    let square = grid(&[(10.0, 10.0), (11.0, 10.0), (11.0, 11.0)]);
    assert_eq!(split_at_antimeridian(square.clone()), vec![square]);
}
