//! Country outlines in the project's own compact form: Equal Earth
//! coordinates quantised on a fixed grid, and the binary file (`world.bin`)
//! the page fetches and decodes.
//!
//! File format, version 1: the magic `OSWM`, a version byte, then a varint
//! country count and per country its alpha-2 code (2 bytes, two zero bytes
//! when unknown), a varint ring count and per ring a varint point count and
//! the points, each as zigzag varint x and y deltas from the ring's previous
//! point (the first from (0, 0)), wrapping at 32 bits. Varints are unsigned
//! LEB128 (at most 5 bytes). Rings are open: the last point joins the first.

use super::projection::{equal_earth, Bounds};

/// Grid cells per projected unit: the world is about 8,100 cells wide
/// (5.41 projected units), enough for a 6x zoom on Europe.
pub const GRID: f64 = 1500.0;

const MAGIC: &[u8; 4] = b"OSWM";
const VERSION: u8 = 1;

/// Projects a point in degrees with Equal Earth and rounds it to the grid.
pub fn quantise(lon: f64, lat: f64) -> (i32, i32) {
    let (x, y) = equal_earth(lon, lat);
    ((x * GRID).round() as i32, (y * GRID).round() as i32)
}

/// A grid point back in projected units (y up).
pub fn unquantise((x, y): (i32, i32)) -> (f64, f64) {
    (f64::from(x) / GRID, f64::from(y) / GRID)
}

/// The outlines of the world's countries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct World {
    /// One entry per country.
    pub countries: Vec<CountryShape>,
}

/// One country's outline: its rings on the grid (islands and holes alike).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CountryShape {
    /// ISO 3166-1 alpha-2 code, "" when unknown.
    pub iso2: String,
    /// Open rings of grid points: the last point joins the first.
    pub rings: Vec<Vec<(i32, i32)>>,
}

impl CountryShape {
    /// Whether a grid point lies inside the country (even-odd rule over all
    /// rings, so a hole such as Lesotho in South Africa is outside).
    pub fn contains(&self, (px, py): (i32, i32)) -> bool {
        let (px, py) = (i64::from(px), i64::from(py));
        let mut inside = false;
        for ring in &self.rings {
            let Some(&last) = ring.last() else { continue };
            let mut a = (i64::from(last.0), i64::from(last.1));
            for &(bx, by) in ring {
                let b = (i64::from(bx), i64::from(by));
                if (a.1 > py) != (b.1 > py) {
                    let dy = b.1 - a.1;
                    let cross = (b.0 - a.0) * (py - a.1) - (px - a.0) * dy;
                    if (dy > 0) == (cross > 0) {
                        inside = !inside;
                    }
                }
                a = b;
            }
        }
        inside
    }
}

impl World {
    /// The country with this alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&CountryShape> {
        self.countries.iter().find(|c| c.iso2 == iso2)
    }

    /// The projected box around every outline.
    pub fn bounds(&self) -> Bounds {
        Bounds::around(
            self.countries
                .iter()
                .flat_map(|c| c.rings.iter().flatten())
                .map(|&p| unquantise(p)),
        )
    }

    /// Reads the binary form (see the module doc); any malformed input is an error.
    pub fn decode(bytes: &[u8]) -> Result<World, GeometryError> {
        let rest = bytes.strip_prefix(MAGIC).ok_or(GeometryError::BadMagic)?;
        let (&version, rest) = rest.split_first().ok_or(GeometryError::Truncated)?;
        if version != VERSION {
            return Err(GeometryError::UnsupportedVersion(version));
        }
        let mut r = Reader { bytes: rest };
        // Every country takes at least 3 bytes, every ring 1, every point 2.
        let count = r.count(3)?;
        let mut countries = Vec::with_capacity(count);
        for _ in 0..count {
            let code = r.take(2)?;
            let iso2 = match code {
                [0, 0] => String::new(),
                [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
                    [char::from(*a), char::from(*b)].iter().collect()
                }
                _ => return Err(GeometryError::BadCode),
            };
            let ring_count = r.count(1)?;
            let mut rings = Vec::with_capacity(ring_count);
            for _ in 0..ring_count {
                let n = r.count(2)?;
                let mut ring = Vec::with_capacity(n);
                let (mut x, mut y) = (0i32, 0i32);
                for _ in 0..n {
                    x = x.wrapping_add(r.zigzag()?);
                    y = y.wrapping_add(r.zigzag()?);
                    ring.push((x, y));
                }
                rings.push(ring);
            }
            countries.push(CountryShape { iso2, rings });
        }
        if !r.bytes.is_empty() {
            return Err(GeometryError::TrailingBytes);
        }
        Ok(World { countries })
    }
}

/// Why [`World::decode`] refused its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeometryError {
    /// The file does not start with the magic bytes.
    BadMagic,
    /// A format version this code does not read.
    UnsupportedVersion(u8),
    /// The input ends inside a record.
    Truncated,
    /// A count larger than the bytes left could hold.
    AbsurdCount,
    /// A varint longer than 32 bits.
    Overflow,
    /// A country code that is neither two capitals nor two zero bytes.
    BadCode,
    /// Bytes after the last country.
    TrailingBytes,
}

impl std::fmt::Display for GeometryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            GeometryError::BadMagic => "not a world outline file",
            GeometryError::UnsupportedVersion(_) => "unsupported world outline version",
            GeometryError::Truncated => "world outline file is truncated",
            GeometryError::AbsurdCount => "world outline count exceeds the file",
            GeometryError::Overflow => "world outline number overflows",
            GeometryError::BadCode => "world outline has a bad country code",
            GeometryError::TrailingBytes => "world outline file has trailing bytes",
        })
    }
}

/// A cursor over the bytes still to decode.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], GeometryError> {
        if self.bytes.len() < n {
            return Err(GeometryError::Truncated);
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    fn varint(&mut self) -> Result<u32, GeometryError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1)?[0];
            if shift == 28 && byte > 0x0f {
                return Err(GeometryError::Overflow);
            }
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(GeometryError::Overflow)
    }

    fn zigzag(&mut self) -> Result<i32, GeometryError> {
        let v = self.varint()?;
        Ok((v >> 1) as i32 ^ -((v & 1) as i32))
    }

    /// A count of items of at least `min_bytes` each, checked against the bytes left.
    fn count(&mut self, min_bytes: usize) -> Result<usize, GeometryError> {
        let n = self.varint()? as usize;
        if n.saturating_mul(min_bytes) > self.bytes.len() {
            return Err(GeometryError::AbsurdCount);
        }
        Ok(n)
    }
}

/// Writes the binary form of `world` (see the module doc).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(world: &World) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, mut v: u32) {
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    fn zigzag(out: &mut Vec<u8>, v: i32) {
        varint(out, ((v << 1) ^ (v >> 31)) as u32);
    }
    let mut out = MAGIC.to_vec();
    out.push(VERSION);
    varint(&mut out, world.countries.len() as u32);
    for country in &world.countries {
        match country.iso2.as_bytes() {
            [a, b] => out.extend([*a, *b]),
            _ => out.extend([0, 0]),
        }
        varint(&mut out, country.rings.len() as u32);
        for ring in &country.rings {
            varint(&mut out, ring.len() as u32);
            let mut prev = (0i32, 0i32);
            for &p in ring {
                zigzag(&mut out, p.0.wrapping_sub(prev.0));
                zigzag(&mut out, p.1.wrapping_sub(prev.1));
                prev = p;
            }
        }
    }
    out
}

// Native only: the tests encode, which the wasm does not carry.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "geometry_tests.rs"]
mod tests;
