//! The points a reader can step through on a chart at one step: the bars in
//! the order drawn, or the map's marks country by country, then city by city.

use super::places::Places;
use crate::model::{Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::bars::{bars, BarKind};
use crate::view::describe::bracketed;
use crate::view::map_marks::city_name;

/// What a point stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointKind {
    /// A country's bar.
    Country,
    /// The bar of the countries folded together on a narrow chart.
    Others,
    /// The bar of the stations whose country has not been published.
    NotLocated,
    /// A city's dot on the map.
    City,
    /// A country's ring on the map: its stations whose city is not published.
    NoCity,
}

/// One point of a chart, with what its sentence and its highlight need.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Stable across steps and languages: the place id (`IT`, `it-milan`),
    /// `IT~no-city` for a ring, or the bar's key for the two special bars.
    pub key: String,
    /// What it stands for.
    pub kind: PointKind,
    /// ISO alpha-2 code of its country (`None` for the two special bars).
    pub iso2: Option<String>,
    /// Which country (or bar) it belongs to, counted from 0 in chart order:
    /// the unit of Up and Down.
    pub group: usize,
    /// Its name in the page's language (a bar's label).
    pub name: String,
    /// Stations in it.
    pub total: u32,
    /// Stations per `Jurisdiction::ALL`.
    pub by_jurisdiction: [u32; 5],
    /// Indices into `Dataset::stations` of its counted rows.
    pub stations: Vec<usize>,
    /// For the folded bar, the ISO codes of its countries, in order.
    pub members: Vec<String>,
    /// Keys of the map's marks it covers (`view::map_marks::Mark::key`): one,
    /// or two where a language's city names tell a city's rows apart.
    pub marks: Vec<String>,
}

/// Suffix of the key of a country's ring.
pub const NO_CITY_SUFFIX: &str = "~no-city";

/// The points of the bar chart with `rows` country rows (see
/// `view::bars::country_rows_for_width`): one per bar, in the order drawn.
pub fn bar_points(
    data: &Dataset,
    snapshot: &Snapshot,
    strings: &Strings,
    rows: usize,
) -> Vec<Point> {
    let drawn = bars(snapshot, strings, rows);
    let shown = drawn.iter().filter(|b| b.kind == BarKind::Country).count();
    drawn
        .into_iter()
        .enumerate()
        .map(|(group, bar)| {
            let members: Vec<String> = match bar.kind {
                BarKind::Country => vec![bar.key.clone()],
                BarKind::Others => snapshot.by_country[shown..]
                    .iter()
                    .map(|c| c.iso2.clone())
                    .collect(),
                BarKind::NotLocated => Vec::new(),
            };
            let stations = snapshot
                .station_indices
                .iter()
                .copied()
                .filter(|&i| members.contains(&data.stations[i].iso2))
                .collect();
            let (kind, iso2, name) = match bar.kind {
                BarKind::Country => (PointKind::Country, Some(bar.key.clone()), bar.label),
                // Its count as the language writes a number of countries, in its brackets.
                BarKind::Others => {
                    let n = strings.with_count("{n}", members.len());
                    let name =
                        format!("{}{}", strings.other_countries, bracketed(&n, strings.lang));
                    (PointKind::Others, None, name)
                }
                BarKind::NotLocated => (PointKind::NotLocated, None, bar.label),
            };
            Point {
                key: bar.key,
                kind,
                iso2,
                group,
                name,
                total: bar.total,
                by_jurisdiction: bar.segments.map(|s| s as u32),
                stations,
                members: if kind == PointKind::Others {
                    members
                } else {
                    Vec::new()
                },
                marks: Vec::new(),
            }
        })
        .collect()
}

/// The points of the map: country by country as the bars order them, in
/// each its cities (most stations first, then by name), then its ring.
/// `data` is the page's dataset, the one `places` was made for.
pub fn map_points(places: &Places, data: &Dataset, snapshot: &Snapshot) -> Vec<Point> {
    let mut out = Vec::new();
    for (group, country) in snapshot.by_country.iter().enumerate() {
        let mut points: Vec<Point> = Vec::new();
        for &i in &snapshot.station_indices {
            let s = &data.stations[i];
            if s.iso2 != country.iso2 {
                continue;
            }
            let (key, kind, name, mark) = match (places.city_of(i), &s.city, s.coords()) {
                (Some(city), Some(local), Some(_)) => (
                    city.id.clone(),
                    PointKind::City,
                    city.name.clone(),
                    format!("{}:{}", s.iso2, city_name(local)),
                ),
                _ => (
                    format!("{}{NO_CITY_SUFFIX}", s.iso2),
                    PointKind::NoCity,
                    country.name.clone(),
                    s.iso2.clone(),
                ),
            };
            let at = match points.iter().position(|p| p.key == key) {
                Some(at) => at,
                None => {
                    points.push(Point {
                        key,
                        kind,
                        iso2: Some(s.iso2.clone()),
                        group,
                        name,
                        total: 0,
                        by_jurisdiction: [0; 5],
                        stations: Vec::new(),
                        members: Vec::new(),
                        marks: Vec::new(),
                    });
                    points.len() - 1
                }
            };
            let point = &mut points[at];
            point.total += 1;
            point.by_jurisdiction[s.jurisdiction.index()] += 1;
            point.stations.push(i);
            if !point.marks.contains(&mark) {
                point.marks.push(mark);
            }
        }
        crate::model::order::sort_by(&mut points, |a, b| {
            let ring = |p: &Point| p.kind == PointKind::NoCity;
            (ring(a), b.total, &a.name).cmp(&(ring(b), a.total, &b.name))
        });
        out.extend(points);
    }
    out
}
