use super::*;

fn shape(iso2: &str, rings: &[&[(i32, i32)]]) -> CountryShape {
    CountryShape {
        iso2: iso2.to_owned(),
        rings: rings.iter().map(|r| r.to_vec()).collect(),
    }
}

/// A small world: a square with a square hole and an island, a country with
/// no code, negative and far-apart coordinates, and the extremes of `i32`.
fn sample() -> World {
    World {
        countries: vec![
            shape(
                "ZA",
                &[
                    &[(0, 0), (100, 0), (100, 100), (0, 100)],
                    &[(40, 40), (60, 40), (60, 60), (40, 60)],
                    &[(200, -50), (260, -50), (230, 10)],
                ],
            ),
            shape("", &[&[(-4000, 1900), (-3990, 1901), (4000, -1900)]]),
            shape("LS", &[&[(40, 40), (60, 40), (60, 60), (40, 60)]]),
            shape(
                "XX",
                &[&[(i32::MIN, i32::MAX), (i32::MAX, i32::MIN), (0, 0)]],
            ),
            shape("EH", &[]),
        ],
    }
}

#[test]
fn quantise_rounds_the_d3_projection_onto_the_grid() {
    // d3-geo 3.1 geoEqualEarthRaw: Milan (0.118041313245, 0.867901238734),
    // New York (-0.981932076970, 0.787015489935).
    for ((lon, lat), (x, y)) in [
        ((9.19, 45.46), (0.118041313245, 0.867901238734)),
        ((-74.01, 40.71), (-0.981932076970, 0.787015489935)),
    ] {
        let q = quantise(lon, lat);
        assert_eq!(q, ((x * GRID).round() as i32, (y * GRID).round() as i32));
        let (ux, uy) = unquantise(q);
        assert!((ux - x).abs() <= 0.5 / GRID && (uy - y).abs() <= 0.5 / GRID);
    }
    // d3-geo 3.1 geoEqualEarthRaw(±π, 0): the world is 2 x 2.70663 units wide.
    let cells = 2.0 * 2.706629983696 * GRID;
    assert!((7_500.0..=8_500.0).contains(&cells), "{cells} cells");
}

#[test]
fn contains_uses_the_even_odd_rule_over_every_ring() {
    let world = sample();
    let za = world.country("ZA").unwrap();
    assert!(za.contains((10, 10)), "inside the outer ring");
    assert!(za.contains((99, 50)), "just inside the east edge");
    assert!(!za.contains((50, 50)), "in the hole");
    assert!(za.contains((230, -20)), "on the island");
    assert!(!za.contains((150, 50)), "between mainland and island");
    assert!(!za.contains((-1, 50)) && !za.contains((50, 101)), "outside");
    assert!(
        world.country("LS").unwrap().contains((50, 50)),
        "the hole's own country"
    );
    assert!(!shape("", &[]).contains((0, 0)), "no rings, no inside");
}

#[test]
fn bounds_hold_every_point_in_projected_units() {
    let world = World {
        countries: vec![
            shape("AA", &[&[(-1500, 0), (0, 750), (0, 0)]]),
            shape("BB", &[&[(3000, -300), (0, 0), (1, 1)]]),
        ],
    };
    let b = world.bounds();
    assert_eq!((b.min_x, b.min_y, b.max_x, b.max_y), (-1.0, -0.2, 2.0, 0.5));
}

#[test]
fn encoding_round_trips() {
    let world = sample();
    let bytes = encode(&world);
    assert_eq!(&bytes[..5], b"OSWM\x01");
    assert_eq!(World::decode(&bytes), Ok(world));
    assert_eq!(
        World::decode(&encode(&World::default())),
        Ok(World::default())
    );
}

#[test]
fn small_deltas_take_one_byte_each() {
    let world = World {
        countries: vec![shape("IT", &[&[(10, 10), (11, 12), (9, 13), (-20, 43)]])],
    };
    // magic 4 + version 1 + count 1 + code 2 + rings 1 + points 1 + 4 points x 2 bytes.
    assert_eq!(encode(&world).len(), 18);
}

#[test]
fn every_truncation_is_an_error() {
    let bytes = encode(&sample());
    for len in 0..bytes.len() {
        assert!(
            World::decode(&bytes[..len]).is_err(),
            "{len} of {} bytes",
            bytes.len()
        );
    }
}

#[test]
fn malformed_headers_and_counts_are_errors() {
    let good = encode(&sample());
    let mut wrong_magic = good.clone();
    wrong_magic[0] = b'X';
    assert_eq!(World::decode(&wrong_magic), Err(GeometryError::BadMagic));
    let mut wrong_version = good.clone();
    wrong_version[4] = 9;
    assert_eq!(
        World::decode(&wrong_version),
        Err(GeometryError::UnsupportedVersion(9))
    );
    let mut trailing = good.clone();
    trailing.push(0);
    assert_eq!(World::decode(&trailing), Err(GeometryError::TrailingBytes));
    // A country count of 2^32 - 1, a ring of 2^28 points, a 6-byte varint.
    let huge_count = b"OSWM\x01\xff\xff\xff\xff\x0f\0\0\0";
    assert_eq!(World::decode(huge_count), Err(GeometryError::AbsurdCount));
    let huge_ring = b"OSWM\x01\x01IT\x01\x80\x80\x80\x80\x01\0\0";
    assert_eq!(World::decode(huge_ring), Err(GeometryError::AbsurdCount));
    let long_varint = b"OSWM\x01\x01IT\x01\x01\x80\x80\x80\x80\x80\x01\0";
    assert_eq!(World::decode(long_varint), Err(GeometryError::Overflow));
    let bad_code = b"OSWM\x01\x01it\x00";
    assert_eq!(World::decode(bad_code), Err(GeometryError::BadCode));
}

#[test]
fn corrupted_bytes_never_panic() {
    let good = encode(&sample());
    for i in 0..good.len() {
        for value in [0x00, 0x01, 0x7f, 0x80, 0xff] {
            let mut bad = good.clone();
            bad[i] = value;
            // Ok or Err are both fine; a panic fails the test.
            let _ = World::decode(&bad);
        }
    }
}
