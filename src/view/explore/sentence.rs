//! Each point of a chart said in full sentences in the page's language, for
//! the live region as the highlight moves: its count and whose it is, its
//! bureaus, its earliest known opening, the host government's response as the
//! data records it, and a caveat where a row is only inferred.

use super::places::{city_in_country, Place, PlaceKind, Places};
use super::points::{bar_points, map_points, Point, PointKind};
use crate::model::{Confidence, Dataset, Jurisdiction, Response, Shows, Snapshot};
use crate::strings::Strings;

/// What the live region says of `point` at `snapshot`: "Italy: at least 11
/// stations, according to Safeguard Defenders. Bureaus, according to
/// Safeguard Defenders or the press: 4 from Fuzhou, 7 from Qingtian. …".
/// `data` is the page's dataset (the one the points were made from).
pub fn sentence(data: &Dataset, snapshot: &Snapshot, point: &Point, strings: &Strings) -> String {
    let country = point.iso2.as_deref().and_then(|c| snapshot.country(c));
    let place = match point.kind {
        PointKind::City => city_in_country(
            strings,
            &point.name,
            country.map_or("", |c| c.name.as_str()),
        ),
        PointKind::NoCity => strings.point_no_city.replace("{country}", &point.name),
        PointKind::Country | PointKind::Others | PointKind::NotLocated => point.name.clone(),
    };
    let mut out = vec![count(data, snapshot, point, &place, strings)];
    if point.kind == PointKind::Others {
        let members: Vec<String> = point
            .members
            .iter()
            .filter_map(|iso2| snapshot.country(iso2))
            .map(|c| format!("{} {}", c.name, c.total))
            .collect();
        out.push(members.join(strings.list_separator));
    }
    if point.kind != PointKind::NotLocated {
        out.push(bureaus(point, strings));
    }
    let place_kinds = [PointKind::Country, PointKind::City, PointKind::NoCity];
    if place_kinds.contains(&point.kind) {
        out.extend(opened(data, point, strings));
        if point.kind == PointKind::City {
            out.extend(as_written(data, point, strings));
        }
        let response = country.and_then(|c| c.response);
        out.push(format!(
            "{}{}{}",
            strings.col_response,
            strings.colon,
            response_words(response, strings)
        ));
    }
    out.extend(caveat(data, point, strings));
    strings.sentences(&out.iter().map(String::as_str).collect::<Vec<_>>())
}

/// What the live region says when the reader finds `place` (a search result,
/// a `?place=` link): its point's sentence at `snapshot`, or where this step
/// counts none of its stations, "Milan, Italy: 0 stations, according to
/// Safeguard Defenders" and the earliest opening a source reports.
pub fn place_sentence(
    places: &Places,
    data: &Dataset,
    snapshot: &Snapshot,
    place: &Place,
    strings: &Strings,
) -> String {
    let points = match place.kind {
        PlaceKind::Country => bar_points(data, snapshot, strings, usize::MAX),
        PlaceKind::City => map_points(places, data, snapshot),
    };
    if let Some(point) = points.iter().find(|p| p.key == place.id) {
        return sentence(data, snapshot, point, strings);
    }
    let point = Point {
        key: place.id.clone(),
        kind: match place.kind {
            PlaceKind::Country => PointKind::Country,
            PlaceKind::City => PointKind::City,
        },
        iso2: Some(place.iso2.clone()),
        group: 0,
        name: place.name.clone(),
        total: 0,
        by_jurisdiction: [0; 5],
        stations: place.stations.clone(),
        members: Vec::new(),
        marks: Vec::new(),
    };
    let name = places.label(place, strings);
    let mut out = vec![count(data, snapshot, &point, &name, strings)];
    out.extend(opened(data, &point, strings));
    strings.sentences(&out.iter().map(String::as_str).collect::<Vec<_>>())
}

/// "Italy: at least 11 stations, according to Safeguard Defenders" (whose
/// reports every report step shows), or at the dated step "Italy: 2 stations opened by 2018, as the sources date them".
fn count(
    data: &Dataset,
    snapshot: &Snapshot,
    point: &Point,
    place: &str,
    strings: &Strings,
) -> String {
    let stations = strings.count(&strings.station_forms, point.total.into());
    let template = match data.steps[snapshot.step].shows {
        Shows::OpenedBy(year) => {
            return strings
                .point_dated
                .replace("{place}", place)
                .replace("{stations}", &stations)
                .replace("{year}", &year.to_string());
        }
        // The unplaced remainder is the report's own figure, not a minimum.
        Shows::Report(_)
            if snapshot.is_minimum && point.kind != PointKind::NotLocated && point.total > 0 =>
        {
            strings.point_at_least
        }
        Shows::Report(_) => strings.point_counted,
    };
    template
        .replace("{place}", place)
        .replace("{stations}", &stations)
}

/// "Bureaus, according to Safeguard Defenders or the press: 4 from Fuzhou, …".
fn bureaus(point: &Point, strings: &Strings) -> String {
    let shares: Vec<String> = Jurisdiction::ALL
        .into_iter()
        .filter(|j| point.by_jurisdiction[j.index()] > 0)
        .map(|j| {
            let n = point.by_jurisdiction[j.index()] as usize;
            match j {
                Jurisdiction::Unknown => strings.with_count(strings.point_bureau_unknown, n),
                known => strings
                    .with_count(strings.point_bureau, n)
                    .replace("{bureau}", strings.bureau(known)),
            }
        })
        .collect();
    strings
        .point_bureaus
        .replace("{list}", &shares.join(strings.list_separator))
}

/// "Earliest opening a source reports: 2016", when a source dates any of its rows.
fn opened(data: &Dataset, point: &Point, strings: &Strings) -> Option<String> {
    let earliest = point
        .stations
        .iter()
        .filter_map(|&i| data.stations[i].opened)
        .min_by_key(|d| d.first_day())?;
    Some(
        strings
            .point_opened
            .replace("{date}", &strings.date(&earliest)),
    )
}

/// A city's rows as the data names them, when that says more than its name
/// ("Cities: London (Croydon), London (Hendon)"; "Seoul (per media)").
fn as_written(data: &Dataset, point: &Point, strings: &Strings) -> Option<String> {
    let mut names: Vec<&str> = Vec::new();
    for city in point
        .stations
        .iter()
        .filter_map(|&i| data.stations[i].city.as_deref())
    {
        if !names.contains(&city) {
            names.push(city);
        }
    }
    names.iter().any(|n| *n != point.name).then(|| {
        format!(
            "{}{}{}",
            strings.cities_label,
            strings.colon,
            names.join(strings.list_separator)
        )
    })
}

/// The host government's response in the table's words: a denial or a
/// statement is said as such, never as action.
fn response_words(response: Option<Response>, strings: &Strings) -> &'static str {
    response
        .and_then(|r| Response::ALL.iter().position(|x| *x == r))
        .and_then(|i| strings.responses.get(i))
        .copied()
        .unwrap_or(strings.no_response)
}

/// "Confidence: inferred" when the weakest of its rows is inferred or low.
fn caveat(data: &Dataset, point: &Point, strings: &Strings) -> Option<String> {
    let weakest = point
        .stations
        .iter()
        .map(|&i| data.stations[i].confidence)
        .max()?;
    (weakest >= Confidence::Inferred).then(|| {
        format!(
            "{}{}{}",
            strings.confidence_label, strings.colon, strings.confidence[weakest as usize]
        )
    })
}
