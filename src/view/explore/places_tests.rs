//! Tests of the places, their ids, the search and the static list.

use super::fold::fold;
use super::listing::place_lines;
use super::places::{is_place_id, PlaceKind, Places};
use super::search::MAX_HITS;
use super::test_data::{english, languages};
use crate::i18n::Lang;
use crate::view::map_marks::city_name;

/// The places of the page in `lang`.
fn places(lang: Lang) -> Places {
    let english = english();
    let language = languages().iter().find(|l| l.strings.lang == lang);
    Places::new(english, &language.unwrap().data, fold)
}

/// The ids of the first hits of `query` on the page in `lang`.
fn hits(lang: Lang, query: &str) -> Vec<String> {
    let places = places(lang);
    places
        .search(query)
        .into_iter()
        .map(|p| p.id.clone())
        .collect()
}

/// The id of the city whose English name (without detail) is `name`.
fn city_id(name: &str) -> String {
    let english = english();
    let places = places(Lang::En);
    let row = english
        .stations
        .iter()
        .position(|s| s.in_count() && s.city.as_deref().map(city_name) == Some(name))
        .unwrap_or_else(|| panic!("{name} is a counted city of the data"));
    places.city_of(row).unwrap().id.clone()
}

#[test]
fn every_counted_row_has_its_country_and_city_and_ids_are_stable() {
    let english = english();
    let en = places(Lang::En);
    for (i, s) in english
        .stations
        .iter()
        .enumerate()
        .filter(|(_, s)| s.in_count())
    {
        assert!(en.find(&s.iso2).unwrap().stations.contains(&i), "{}", s.id);
        let Some(city) = s.city.as_deref() else {
            assert!(en.city_of(i).is_none());
            continue;
        };
        let place = en.city_of(i).expect("a counted city is a place");
        assert_eq!(place.kind, PlaceKind::City);
        assert_eq!(
            place.name,
            city_name(city),
            "English names on the English page"
        );
        let prefix = format!("{}-", s.iso2.to_ascii_lowercase());
        let slug = place
            .id
            .strip_prefix(&prefix)
            .expect("the country's code first");
        assert!(!slug.is_empty() && !slug.starts_with('-') && !slug.ends_with('-'));
        assert!(slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }
    // One city per distinct English name in a country, one country per code.
    let mut names: Vec<(String, &str)> = english
        .stations
        .iter()
        .filter(|s| s.in_count())
        .filter_map(|s| Some((s.iso2.clone(), city_name(s.city.as_deref()?))))
        .collect();
    names.sort();
    names.dedup();
    let cities = en
        .all()
        .iter()
        .filter(|p| p.kind == PlaceKind::City)
        .count();
    assert_eq!(cities, names.len());
    let mut ids: Vec<&str> = en.all().iter().map(|p| p.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), en.all().len(), "ids are unique");
    // The same ids and rows in every language; only the names change.
    for lang in Lang::ALL {
        let other = places(lang);
        let same = |p: &super::places::Place| (p.id.clone(), p.kind, p.stations.clone());
        let a: Vec<_> = en.all().iter().map(same).collect();
        let b: Vec<_> = other.all().iter().map(same).collect();
        assert_eq!(a, b, "{lang:?}");
    }
}

#[test]
fn sites_outside_the_count_are_no_place() {
    let english = english();
    let en = places(Lang::En);
    let outside: Vec<_> = english.stations.iter().filter(|s| !s.in_count()).collect();
    assert!(!outside.is_empty(), "the data has sites outside SD's count");
    for s in outside {
        let Some(name) = s.city.as_deref().map(city_name) else {
            continue;
        };
        let counted = english
            .stations
            .iter()
            .any(|t| t.in_count() && t.city.as_deref().map(city_name) == Some(name));
        if !counted {
            assert!(en.search(name).iter().all(|p| p.name != name), "{name}");
        }
    }
}

#[test]
fn find_reads_codes_and_city_ids_in_any_case_and_nothing_else() {
    let en = places(Lang::En);
    let milan = city_id("Milan");
    assert_eq!(milan, "it-milan");
    for id in ["IT", "it", " It "] {
        assert_eq!(
            en.find(id).map(|p| p.kind),
            Some(PlaceKind::Country),
            "{id}"
        );
    }
    assert_eq!(en.find("IT-Milan").unwrap().id, milan);
    let city = en.find(&milan).unwrap();
    assert_eq!(en.country_of(city).unwrap().id, "IT");
    for junk in [
        "",
        "XX",
        "ZZ",
        "it-atlantis",
        "Milan",
        "<b>",
        "IT:Milan",
        "italy",
    ] {
        assert!(en.find(junk).is_none(), "{junk}");
    }
    // Every id passes the shape check that links and host messages go through.
    assert!(en.all().iter().all(|p| is_place_id(&p.id)));
    assert!(!is_place_id("IT:Milan") && !is_place_id("I") && !is_place_id("米兰"));
}

#[test]
fn the_search_finds_places_in_the_page_language_and_in_english() {
    let milan = city_id("Milan");
    for lang in Lang::ALL {
        for query in ["Milan", "italy", "ITALY", "Italy "] {
            let first = hits(lang, query).into_iter().next();
            let want = if query.trim().eq_ignore_ascii_case("italy") {
                "IT"
            } else {
                &milan
            };
            assert_eq!(first.as_deref(), Some(want), "{lang:?} {query}");
        }
        assert!(hits(lang, "Atlantis").is_empty(), "{lang:?}");
        assert!(hits(lang, " -, ").is_empty(), "{lang:?}");
    }
    assert_eq!(hits(Lang::It, "milano")[0], milan);
    assert_eq!(hits(Lang::It, "Italia")[0], "IT");
    assert_eq!(hits(Lang::Es, "Italia")[0], "IT");
    assert_eq!(hits(Lang::ZhHans, "米兰")[0], milan);
    assert_eq!(hits(Lang::ZhHans, "意大利")[0], "IT");
    // On the English page the Chinese names count once they are given.
    assert!(hits(Lang::En, "米兰").is_empty());
    let zh = languages()
        .iter()
        .find(|l| l.strings.lang == Lang::ZhHans)
        .unwrap();
    let both = places(Lang::En).also_named(&zh.data);
    assert_eq!(both.search("米兰")[0].id, milan);
}

#[test]
fn accents_and_case_are_ignored_both_ways() {
    // Names of the data written with accents, searched without, and back.
    let bogota = city_id("Bogotá");
    assert_eq!(hits(Lang::En, "bogota")[0], bogota);
    assert_eq!(hits(Lang::En, "BOGOTÁ")[0], bogota);
    assert_eq!(hits(Lang::En, "sao paulo")[0], city_id("São Paulo"));
    assert_eq!(hits(Lang::En, "Vina del Mar")[0], city_id("Viña del Mar"));
    assert_eq!(hits(Lang::En, "dobroesti")[0], city_id("Dobroești, Ilfov"));
    // Spanish writes Sídney and Ámsterdam; readers may not.
    assert_eq!(hits(Lang::Es, "sidney")[0], city_id("Sydney"));
    assert_eq!(hits(Lang::Es, "amsterdam")[0], city_id("Amsterdam"));
    // An accent the name does not have still matches it.
    assert_eq!(hits(Lang::En, "Mílan")[0], city_id("Milan"));
}

#[test]
fn prefixes_come_before_substrings_and_countries_before_cities() {
    // "New Zealand" and "New York" both start with "new": the country first.
    let new = hits(Lang::En, "new");
    assert_eq!(new[..2], ["NZ".to_string(), city_id("New York")]);
    // "ro" starts Romania, Rome and Rotterdam and is inside others, after them.
    let ro = hits(Lang::En, "ro");
    assert_eq!(ro[0], "RO");
    let en = places(Lang::En);
    let starts: Vec<bool> = ro
        .iter()
        .map(|id| en.find(id).unwrap().name.to_lowercase().starts_with("ro"))
        .collect();
    assert!(starts.windows(2).all(|w| w[0] >= w[1]), "{ro:?}");
    assert!(
        starts.contains(&false),
        "some place has \"ro\" inside: {ro:?}"
    );
    // A whole name beats a start: Italian "Roma" before "Romania".
    let roma = hits(Lang::It, "roma");
    assert_eq!(roma[..2], [city_id("Rome"), "RO".to_string()]);
    // Common letters match many places: the list stops at the cap.
    let many = en
        .all()
        .iter()
        .filter(|p| p.name.to_lowercase().contains('a'))
        .count();
    assert!(many > MAX_HITS);
    assert_eq!(hits(Lang::En, "a").len(), MAX_HITS);
}

#[test]
fn nothing_found_offers_the_countries_of_the_step() {
    let english = english();
    let en = places(Lang::En);
    for step in 0..english.steps.len() {
        let snap = english.snapshot(step);
        let ids: Vec<&str> = en
            .countries_in(&snap)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        let want: Vec<&str> = snap.by_country.iter().map(|c| c.iso2.as_str()).collect();
        assert_eq!(ids, want, "step {step}");
    }
}

#[test]
fn the_static_list_gives_every_country_then_its_cities_with_their_counts() {
    let english = english();
    for language in languages() {
        let (strings, data) = (language.strings, &language.data);
        let places = Places::new(english, data, fold);
        let last = data.snapshot(data.steps.len() - 1);
        let lines = place_lines(&places, data, strings);
        let countries: Vec<_> = lines.iter().filter(|l| l.depth == 0).collect();
        assert_eq!(countries.len(), last.by_country.len());
        for (line, c) in countries.iter().zip(&last.by_country) {
            assert_eq!(
                (line.id.as_deref(), line.total),
                (Some(c.iso2.as_str()), c.total)
            );
            let count = strings.count(&strings.station_forms, c.total.into());
            assert_eq!(line.text, format!("{}{}{count}", c.name, strings.colon));
        }
        let mut at = 0;
        for c in &last.by_country {
            at += 1;
            let mut sum = 0;
            while lines.get(at).is_some_and(|l| l.depth == 1) {
                let id = lines[at].id.as_deref();
                assert!(id.is_none_or(|id| places.find(id).unwrap().iso2 == c.iso2));
                sum += lines[at].total;
                at += 1;
            }
            assert_eq!(sum, c.total, "{:?} {}", strings.lang, c.iso2);
        }
    }
}

#[test]
fn every_language_draws_as_many_map_marks_as_english_at_every_step() {
    // A city's rows with bracketed details ("伦敦（克罗伊登）" and
    // "伦敦（亨顿）") are one mark in every language, as in English.
    let english = english();
    for language in languages() {
        for step in 0..english.steps.len() {
            let keys = |data: &crate::model::Dataset| {
                let marks = crate::view::map_marks::marks(data, &data.snapshot(step));
                marks.len()
            };
            assert_eq!(
                keys(&language.data),
                keys(english),
                "{:?} step {step}",
                language.strings.lang
            );
        }
    }
}

#[test]
fn chinese_bar_labels_use_full_width_brackets() {
    let zh = languages()
        .iter()
        .find(|l| l.strings.lang == crate::i18n::Lang::ZhHans)
        .unwrap();
    for step in 0..zh.data.steps.len() {
        let snap = zh.data.snapshot(step);
        // Eight rows: a phone's chart, where the most countries are folded.
        for bar in crate::view::bars::bars(&snap, zh.strings, 8) {
            assert!(!bar.label.contains(['(', ')']), "{}", bar.label);
        }
    }
}
