//! The stations of one step as marks on the map: one dot per city (several
//! stations in a city are one larger dot), and one ring per country for the
//! rows whose city has not been published, never drawn as if it were known.

use crate::model::{Dataset, Snapshot};

/// What a mark stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// Stations in one published city, at its coordinates.
    City,
    /// Stations placed in a country whose city has not been published.
    Country,
}

/// One mark: a city's (or a country's unplaced) stations.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Stable across steps: `IT:Milan` for a city, `IT` for a country ring.
    pub key: String,
    /// ISO alpha-2 code of the host country.
    pub iso2: String,
    /// City name (without a bracketed district) or, for a ring, the country's name.
    pub label: String,
    /// City dot or country ring.
    pub kind: MarkKind,
    /// Longitude and latitude of a city (the mean of its rows); `None` for a ring,
    /// which the map places on the country's outline.
    pub at: Option<(f64, f64)>,
    /// Stations per `Jurisdiction::ALL`.
    pub by_jurisdiction: [u32; 5],
    /// Stations in the mark.
    pub total: u32,
}

/// The city name a mark shows, without its bracketed detail: "New York
/// (Manhattan)" is New York, and "伦敦（克罗伊登）" 伦敦 (London).
pub fn city_name(city: &str) -> &str {
    city.split(['(', '\u{ff08}']).next().unwrap_or(city).trim()
}

/// The marks of `snapshot`: its counted stations grouped by country and city,
/// biggest first (so smaller marks are drawn on top), then by key.
pub fn marks(data: &Dataset, snapshot: &Snapshot) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    // Sums of longitude and latitude per mark, for the mean.
    let mut sums: Vec<(f64, f64)> = Vec::new();
    for &i in &snapshot.station_indices {
        let s = &data.stations[i];
        let (key, label, kind) = match (s.city.as_deref(), s.coords()) {
            (Some(city), Some(_)) => {
                let name = city_name(city);
                (
                    format!("{}:{name}", s.iso2),
                    name.to_owned(),
                    MarkKind::City,
                )
            }
            _ => {
                let name = snapshot
                    .country(&s.iso2)
                    .map_or(s.country.as_str(), |c| c.name.as_str());
                (s.iso2.clone(), name.to_owned(), MarkKind::Country)
            }
        };
        let at = match s.coords() {
            Some((lat, lon)) if kind == MarkKind::City => (lon, lat),
            _ => (0.0, 0.0),
        };
        let index = match marks.iter().position(|m| m.key == key) {
            Some(index) => index,
            None => {
                marks.push(Mark {
                    key,
                    iso2: s.iso2.clone(),
                    label,
                    kind,
                    at: None,
                    by_jurisdiction: [0; 5],
                    total: 0,
                });
                sums.push((0.0, 0.0));
                marks.len() - 1
            }
        };
        let mark = &mut marks[index];
        mark.total += 1;
        mark.by_jurisdiction[s.jurisdiction.index()] += 1;
        sums[index].0 += at.0;
        sums[index].1 += at.1;
    }
    for (mark, (lon, lat)) in marks.iter_mut().zip(sums) {
        if mark.kind == MarkKind::City {
            let n = f64::from(mark.total);
            mark.at = Some((lon / n, lat / n));
        }
    }
    crate::model::order::sort_by(&mut marks, |a, b| {
        b.total.cmp(&a.total).then_with(|| a.key.cmp(&b.key))
    });
    marks
}

/// The marks worth a name on a panel: the `n` biggest cities of at least two
/// stations among `candidates` (indices into `marks`), in order; on equal
/// counts, those of the country with more stations first.
pub fn labelled(marks: &[Mark], candidates: &[usize], n: usize) -> Vec<usize> {
    let mut chosen: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| marks[i].total >= 2 && marks[i].kind == MarkKind::City)
        .collect();
    let country = |i: usize| -> u32 {
        marks
            .iter()
            .filter(|m| m.iso2 == marks[i].iso2)
            .map(|m| m.total)
            .sum()
    };
    crate::model::order::sort_by(&mut chosen, |&a, &b| {
        (marks[b].total, country(b))
            .cmp(&(marks[a].total, country(a)))
            .then_with(|| marks[a].key.cmp(&marks[b].key))
    });
    chosen.truncate(n);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Embedded, Jurisdiction};

    fn marks_of(step: &str) -> (Dataset, Vec<Mark>, Snapshot) {
        let data = Dataset::embedded().unwrap();
        let snap = data.snapshot(data.step_index(step).unwrap());
        let marks = marks(&data, &snap);
        (data, marks, snap)
    }

    #[test]
    fn every_counted_station_is_in_exactly_one_mark() {
        let data = Dataset::embedded().unwrap();
        for i in 0..data.steps.len() {
            let snap = data.snapshot(i);
            let marks = marks(&data, &snap);
            let total: u32 = marks.iter().map(|m| m.total).sum();
            assert_eq!(total as usize, snap.station_indices.len(), "step {i}");
            for m in &marks {
                assert_eq!(m.by_jurisdiction.iter().sum::<u32>(), m.total);
            }
        }
    }

    #[test]
    fn city_dots_are_the_located_stations_of_the_step() {
        let (data, marks, snap) = marks_of("december");
        let located: u32 = snap
            .station_indices
            .iter()
            .filter(|&&i| data.stations[i].city.is_some() && data.stations[i].coords().is_some())
            .count() as u32;
        let in_dots: u32 = marks
            .iter()
            .filter(|m| m.kind == MarkKind::City)
            .map(|m| m.total)
            .sum();
        assert_eq!(in_dots, located);
        assert!(marks
            .iter()
            .all(|m| (m.kind == MarkKind::City) == m.at.is_some()));
    }

    #[test]
    fn rows_without_a_city_are_never_city_dots() {
        let (data, marks, snap) = marks_of("december");
        for &i in &snap.station_indices {
            let s = &data.stations[i];
            if s.city.is_none() || s.coords().is_none() {
                let ring = marks.iter().find(|m| m.key == s.iso2).expect("a ring");
                assert_eq!(ring.kind, MarkKind::Country, "{}", s.id);
                assert!(ring.at.is_none());
            }
        }
    }

    #[test]
    fn stations_of_one_city_are_one_dot_at_its_place() {
        let (data, marks, snap) = marks_of("december");
        let madrid: Vec<_> = snap
            .station_indices
            .iter()
            .map(|&i| &data.stations[i])
            .filter(|s| s.city.as_deref().map(city_name) == Some("Madrid"))
            .collect();
        assert!(madrid.len() >= 2, "the data has several Madrid rows");
        let dot = marks.iter().find(|m| m.key == "ES:Madrid").unwrap();
        assert_eq!(dot.total as usize, madrid.len());
        let (lon, lat) = dot.at.unwrap();
        let (lat0, lon0) = madrid[0].coords().unwrap();
        assert!((lon - lon0).abs() < 0.5 && (lat - lat0).abs() < 0.5);
        let fuzhou = madrid
            .iter()
            .filter(|s| s.jurisdiction == Jurisdiction::Fuzhou)
            .count();
        assert_eq!(dot.by_jurisdiction[0] as usize, fuzhou);
    }

    #[test]
    fn the_december_step_has_more_marks_than_the_setup_step() {
        let (_, setup, _) = marks_of("setup");
        let (_, december, _) = marks_of("december");
        assert!(!setup.is_empty());
        assert!(december.len() > setup.len());
        assert!(december.windows(2).all(|w| w[0].total >= w[1].total));
    }

    #[test]
    fn the_biggest_cities_are_labelled_first() {
        let (_, marks, _) = marks_of("december");
        let all: Vec<usize> = (0..marks.len()).collect();
        let named = labelled(&marks, &all, 3);
        assert_eq!(named.len(), 3);
        assert!(named.iter().all(|&i| marks[i].total >= 2));
        let max = marks
            .iter()
            .filter(|m| m.kind == MarkKind::City)
            .map(|m| m.total)
            .max();
        assert_eq!(Some(marks[named[0]].total), max);
        // Among cities of two, Italy's (the country with the most) come first.
        let twos: Vec<&str> = labelled(&marks, &all, 20)
            .into_iter()
            .filter(|&i| marks[i].total == 2)
            .map(|i| marks[i].iso2.as_str())
            .collect();
        assert_eq!(twos.first(), Some(&"IT"), "{twos:?}");
        assert_eq!(city_name("New York (Manhattan)"), "New York");
    }
}
