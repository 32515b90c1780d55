//! The Equal Earth projection, boxes in its units ([`Bounds`]) and the fit of
//! a projected region into pixels.
//!
//! Projected units are those of the unit sphere: x east, y north (up). Pixels
//! have y down, as on a canvas.

/// A box in projected units (y up).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// West edge.
    pub min_x: f64,
    /// South edge.
    pub min_y: f64,
    /// East edge.
    pub max_x: f64,
    /// North edge.
    pub max_y: f64,
}

impl Bounds {
    /// The smallest box holding every point; inverted (infinite) when there is none.
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Bounds {
        let mut b = Bounds {
            min_x: f64::INFINITY,
            min_y: f64::INFINITY,
            max_x: f64::NEG_INFINITY,
            max_y: f64::NEG_INFINITY,
        };
        for (x, y) in points {
            b.min_x = b.min_x.min(x);
            b.min_y = b.min_y.min(y);
            b.max_x = b.max_x.max(x);
            b.max_y = b.max_y.max(y);
        }
        b
    }
}

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// sqrt(3) / 2.
const M: f64 = 0.866_025_403_784_438_6;

/// Projects a point given in degrees with Equal Earth (Šavrič, Patterson and
/// Jenny 2018) on the unit sphere: x east, y north (d3-geo's `geoEqualEarthRaw`).
///
/// No library trigonometry: [`sine`] and [`arcsine`] below keep the wasm
/// free of libm's argument reduction (about 5 KB), at full f64 precision
/// on the latitudes there are.
pub fn equal_earth(lon_deg: f64, lat_deg: f64) -> (f64, f64) {
    let lambda = lon_deg.to_radians();
    let s = M * sine(lat_deg.clamp(-90.0, 90.0).to_radians());
    let theta = arcsine(s);
    let cos_theta = (1.0 - s * s).sqrt();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    (
        lambda * cos_theta / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2))),
        theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)),
    )
}

/// sin x for |x| <= π/2, by its Taylor series to x^19 (error below 1e-15).
fn sine(x: f64) -> f64 {
    let x2 = x * x;
    let mut term = x;
    let mut sum = x;
    for k in 1..10 {
        let k = f64::from(2 * k);
        term *= -x2 / (k * (k + 1.0));
        sum += term;
    }
    sum
}

/// asin s for |s| <= √3/2 (all Equal Earth needs), by Newton's method on
/// sin θ = s, with cos θ from sin θ.
fn arcsine(s: f64) -> f64 {
    let mut theta = s;
    for _ in 0..8 {
        let sin = sine(theta);
        let cos = (1.0 - sin * sin).sqrt();
        theta -= (sin - s) / cos;
    }
    theta
}

/// The projected outline of the whole globe: the equator at ±180° is the
/// widest point and the poles the highest.
pub fn sphere_bounds() -> Bounds {
    let (max_x, _) = equal_earth(180.0, 0.0);
    let (_, max_y) = equal_earth(0.0, 90.0);
    Bounds {
        min_x: -max_x,
        min_y: -max_y,
        max_x,
        max_y,
    }
}

/// Maps a projected region into a pixel rectangle, as large as fits inside the
/// padding, centred, with the same scale on both axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// Pixels per projected unit.
    scale: f64,
    /// Pixel x of projected x = 0.
    origin_x: f64,
    /// Pixel y of projected y = 0.
    origin_y: f64,
}

impl Fit {
    /// Fits `bounds` into a `width` x `height` pixel rectangle less `padding`
    /// on every side.
    pub fn new(bounds: Bounds, width: f64, height: f64, padding: f64) -> Fit {
        let w = (bounds.max_x - bounds.min_x).max(f64::MIN_POSITIVE);
        let h = (bounds.max_y - bounds.min_y).max(f64::MIN_POSITIVE);
        let scale = ((width - 2.0 * padding) / w).min((height - 2.0 * padding) / h);
        let centre_x = (bounds.min_x + bounds.max_x) / 2.0;
        let centre_y = (bounds.min_y + bounds.max_y) / 2.0;
        Fit {
            scale,
            origin_x: width / 2.0 - scale * centre_x,
            origin_y: height / 2.0 + scale * centre_y,
        }
    }

    /// Pixels per projected unit.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// The pixel (y down) of a projected point (y up).
    pub fn to_px(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.origin_x + self.scale * x,
            self.origin_y - self.scale * y,
        )
    }

    /// The projected point (y up) under a pixel (y down).
    pub fn from_px(&self, px: f64, py: f64) -> (f64, f64) {
        (
            (px - self.origin_x) / self.scale,
            (self.origin_y - py) / self.scale,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_series_agree_with_the_library() {
        for k in -90..=90 {
            let x = f64::from(k).to_radians();
            assert!((sine(x) - x.sin()).abs() < 1e-14, "sin {k}°");
            let s = M * x.sin();
            assert!((arcsine(s) - s.asin()).abs() < 1e-14, "asin at {k}°");
        }
    }

    fn close(a: (f64, f64), b: (f64, f64), tolerance: f64) -> bool {
        (a.0 - b.0).abs() <= tolerance && (a.1 - b.1).abs() <= tolerance
    }

    #[test]
    fn equal_earth_matches_d3_geo() {
        // d3-geo 3.1 geoEqualEarthRaw (d3-geo 3.1.2 in node, inputs in radians).
        let reference = [
            ((0.0, 0.0), (0.0, 0.0)),
            ((180.0, 0.0), (2.706629983696, 0.0)),
            ((-180.0, 0.0), (-2.706629983696, 0.0)),
            ((0.0, 90.0), (0.0, 1.317362759157)),
            ((0.0, -90.0), (0.0, -1.317362759157)),
            ((180.0, 90.0), (1.603588648284, 1.317362759157)),
            ((9.19, 45.46), (0.118041313245, 0.867901238734)),
            ((-74.01, 40.71), (-0.981932076970, 0.787015489935)),
            ((139.69, 35.68), (1.909539455321, 0.697672762641)),
            ((-3.70, 40.42), (-0.049180589365, 0.781962083818)),
            ((3.38, 6.52), (0.050667396133, 0.131933668197)),
            ((-120.0, -60.0), (-1.359373391714, -1.088300835505)),
            ((45.0, -30.0), (0.632925418957, -0.592935119848)),
        ];
        for ((lon, lat), expected) in reference {
            let got = equal_earth(lon, lat);
            assert!(close(got, expected, 1e-6), "({lon}, {lat}): {got:?}");
        }
    }

    #[test]
    fn cities_land_on_the_pixels_of_d3_fit_extent() {
        // d3-geo 3.1: geoEqualEarth().fitExtent([[p, p], [w - p, h - p]], {type: "Sphere"})
        // applied to [lon, lat], for each rectangle (w, h, p).
        let cities = [
            (9.19, 45.46),
            (-3.70, 40.42),
            (-74.01, 40.71),
            (3.38, 6.52),
            (139.69, 35.68),
        ];
        let cases = [
            (
                (960.0, 480.0, 0.0),
                [
                    (500.934, 86.084),
                    (471.278, 101.325),
                    (305.862, 100.429),
                    (488.985, 216.603),
                    (818.642, 116.273),
                ],
            ),
            (
                (960.0, 480.0, 20.0),
                [
                    (499.713, 95.060),
                    (471.787, 109.412),
                    (316.017, 108.568),
                    (488.461, 217.967),
                    (798.894, 123.488),
                ],
            ),
            (
                (600.0, 600.0, 0.0),
                [
                    (313.084, 203.803),
                    (294.549, 213.328),
                    (191.164, 212.768),
                    (305.616, 285.377),
                    (511.651, 222.671),
                ],
            ),
        ];
        for ((w, h, p), pixels) in cases {
            let fit = Fit::new(sphere_bounds(), w, h, p);
            for ((lon, lat), expected) in cities.into_iter().zip(pixels) {
                let (x, y) = equal_earth(lon, lat);
                let px = fit.to_px(x, y);
                assert!(
                    close(px, expected, 1.0),
                    "{w}x{h} pad {p}: ({lon}, {lat}) at {px:?}, d3 {expected:?}"
                );
                assert!(close(fit.from_px(px.0, px.1), (x, y), 1e-9));
            }
        }
    }

    #[test]
    fn a_fit_keeps_the_aspect_ratio_and_centres_the_region() {
        // A 2 x 1 region in a 300 x 300 square, 10 px padding: 140 px per unit,
        // 280 x 140 px, centred vertically.
        let region = Bounds {
            min_x: 1.0,
            min_y: -1.0,
            max_x: 3.0,
            max_y: 0.0,
        };
        let fit = Fit::new(region, 300.0, 300.0, 10.0);
        assert_eq!(fit.scale(), 140.0);
        assert!(close(fit.to_px(1.0, 0.0), (10.0, 80.0), 1e-9), "top left");
        assert!(
            close(fit.to_px(3.0, -1.0), (290.0, 220.0), 1e-9),
            "bottom right"
        );
    }
}
