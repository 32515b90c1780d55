//! Every place the graphic can show: the host countries and cities of the
//! stations in Safeguard Defenders' count, in the page's language, with ids
//! that stay the same across steps, languages and builds (for `?place=`).
//!
//! A country's id is its ISO 3166-1 alpha-2 code (`IT`). A city's is the
//! lower-case code, `-`, and the [`slug`] of its English name without a
//! bracketed detail (`it-milan`, `br-sao-paulo`, `gb-london` for both London
//! rows): rows with the same id are one city. Sites outside the count
//! (Montreal, Brossard, Belfast) are no place of the graphic's.

use super::fold::{slug, Fold};
use crate::model::{Dataset, Snapshot};
use crate::strings::Strings;
use crate::view::map_marks::city_name;

/// Place ids longer than this (bytes) are not looked up; ours are a few words.
pub const MAX_ID_BYTES: usize = 64;

/// Whether `value` has the shape of a place id (2 to [`MAX_ID_BYTES`] ASCII
/// letters, digits and `-`): a link's or a host's value that has not is
/// ignored without being looked up.
pub fn is_place_id(value: &str) -> bool {
    (2..=MAX_ID_BYTES).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// What a place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A host country.
    Country,
    /// A city (or a region where the data names no city) in a host country.
    City,
}

/// A host country or city.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Stable id: `IT` for a country, `it-milan` for a city.
    pub id: String,
    /// Country or city.
    pub kind: PlaceKind,
    /// ISO alpha-2 code of the country (a city's country).
    pub iso2: String,
    /// Name in the page's language; a city's without its bracketed detail.
    pub name: String,
    /// Indices into `Dataset::stations` of its rows in the count (any step).
    pub stations: Vec<usize>,
    /// Its names folded into words, for the search (page language, English, others).
    pub(super) names: Vec<String>,
}

impl Place {
    /// Whether any of its stations is counted in `snapshot`.
    pub fn shown_at(&self, snapshot: &Snapshot) -> bool {
        self.stations
            .iter()
            .any(|i| snapshot.station_indices.binary_search(i).is_ok())
    }
}

/// The places of a dataset in the page's language.
#[derive(Clone, Debug)]
pub struct Places {
    /// Countries by first row, then cities by first row.
    places: Vec<Place>,
    /// Per row of `Dataset::stations`: index into `places` of its city.
    city_of: Vec<Option<usize>>,
    /// How names and queries are folded.
    pub(super) fold: Fold,
}

impl Places {
    /// The places of `local` (the page's dataset, `english` laid over with a
    /// language's words, or `english` itself), found by their names in both.
    pub fn new(english: &Dataset, local: &Dataset, fold: Fold) -> Places {
        let mut places: Vec<Place> = Vec::new();
        let mut city_of = vec![None; english.stations.len()];
        let counted = |i: &usize| english.stations[*i].in_count();
        let rows: Vec<usize> = (0..english.stations.len()).filter(counted).collect();
        for &i in &rows {
            let (s, here) = (&english.stations[i], &local.stations[i]);
            let at = place_index(&mut places, &s.iso2, PlaceKind::Country, &here.country);
            places[at].stations.push(i);
        }
        for &i in &rows {
            let (s, here) = (&english.stations[i], &local.stations[i]);
            let (Some(city), Some(name)) = (&s.city, &here.city) else {
                continue;
            };
            let id = format!(
                "{}-{}",
                s.iso2.to_ascii_lowercase(),
                slug(city_name(city), fold)
            );
            let at = place_index(&mut places, &id, PlaceKind::City, city_name(name));
            places[at].iso2.clone_from(&s.iso2);
            places[at].stations.push(i);
            city_of[i] = Some(at);
        }
        let places = Places {
            places,
            city_of,
            fold,
        };
        places.also_named(local).also_named(english)
    }

    /// The same places, found by their names in `other` too (another
    /// language's dataset): on an English page, "米兰" finds Milan once the
    /// Chinese names are given.
    pub fn also_named(mut self, other: &Dataset) -> Places {
        for place in &mut self.places {
            let row = &other.stations[place.stations[0]];
            let name = match place.kind {
                PlaceKind::Country => Some(row.country.as_str()),
                PlaceKind::City => row.city.as_deref().map(city_name),
            };
            let folded = name.map(self.fold);
            if let Some(folded) = folded.filter(|f| !f.is_empty()) {
                if !place.names.contains(&folded) {
                    place.names.push(folded);
                }
            }
        }
        self
    }

    /// Every place: the countries, then the cities, each in data order.
    pub fn all(&self) -> &[Place] {
        &self.places
    }

    /// The place with this id: an ISO code in any case (`IT`, `it`) or a
    /// city id (`it-milan`, any case); `None` for anything else.
    pub fn find(&self, id: &str) -> Option<&Place> {
        let id = id.trim();
        self.places.iter().find(|p| p.id.eq_ignore_ascii_case(id))
    }

    /// The city of row `station` of `Dataset::stations`, if it has one in the count.
    pub fn city_of(&self, station: usize) -> Option<&Place> {
        let at = (*self.city_of.get(station)?)?;
        self.places.get(at)
    }

    /// How the search, the embed box and the live region write a place:
    /// "Milan, Italy" for a city, "Italy" for a country.
    pub fn label(&self, place: &Place, strings: &Strings) -> String {
        match (place.kind, self.country_of(place)) {
            (PlaceKind::City, Some(country)) => {
                city_in_country(strings, &place.name, &country.name)
            }
            _ => place.name.clone(),
        }
    }

    /// The country a place is in (a country is in itself).
    pub fn country_of(&self, place: &Place) -> Option<&Place> {
        self.find(&place.iso2)
    }
}

/// "Milan, Italy": a city and its country in `strings`' words.
pub fn city_in_country(strings: &Strings, city: &str, country: &str) -> String {
    strings
        .point_city
        .replace("{city}", city)
        .replace("{country}", country)
}

/// Index of the place `id` in `places`, added with `name` if it is new.
fn place_index(places: &mut Vec<Place>, id: &str, kind: PlaceKind, name: &str) -> usize {
    if let Some(at) = places.iter().position(|p| p.id == id) {
        return at;
    }
    places.push(Place {
        id: id.to_string(),
        kind,
        iso2: id.to_string(),
        name: name.to_string(),
        stations: Vec::new(),
        names: Vec::new(),
    });
    places.len() - 1
}
