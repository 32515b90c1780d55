//! The list of every place for the static page (no JavaScript): at the last
//! step, each country with its stations, then each of its cities.

use super::places::Places;
use super::points::{map_points, PointKind};
use crate::model::Dataset;
use crate::strings::Strings;

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 0 for a country; 1 for one of its cities, or its stations without a city.
    pub depth: u8,
    /// The place's id (`IT`, `it-milan`) for an anchor; `None` for the line
    /// of a country's stations without a city.
    pub id: Option<String>,
    /// "Italy: 11 stations", "Milan: 3 stations", "City not published: 2 stations".
    pub text: String,
    /// Stations on the line.
    pub total: u32,
}

/// The lines of `data` (the page's dataset, the one `places` was made for) at
/// its last step: countries as the bars order them, each followed by its
/// cities (most stations first) and its stations without a city.
pub fn place_lines(places: &Places, data: &Dataset, strings: &Strings) -> Vec<Line> {
    let snapshot = data.snapshot(data.steps.len().saturating_sub(1));
    let line = |depth, id: Option<&str>, name: &str, total: u32| Line {
        depth,
        id: id.map(str::to_owned),
        text: format!(
            "{name}{}{}",
            strings.colon,
            strings.count(&strings.station_forms, total.into())
        ),
        total,
    };
    let points = map_points(places, data, &snapshot);
    let mut out = Vec::new();
    for (group, country) in snapshot.by_country.iter().enumerate() {
        out.push(line(0, Some(&country.iso2), &country.name, country.total));
        for p in points.iter().filter(|p| p.group == group) {
            out.push(match p.kind {
                PointKind::NoCity => line(1, None, strings.map_ring, p.total),
                _ => line(1, Some(&p.key), &p.name, p.total),
            });
        }
    }
    out
}
