use super::*;
use crate::i18n::plural::{category, Plural};
use crate::model::{Dataset, Embedded};

fn names(lang: Lang) -> BTreeMap<String, String> {
    territory_names(lang).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn italy_is_named_in_each_language() {
    assert_eq!(names(Lang::Es)["IT"], "Italia");
    assert_eq!(names(Lang::It)["IT"], "Italia");
    assert_eq!(names(Lang::ZhHans)["IT"], "意大利");
    assert_eq!(names(Lang::En)["IT"], "Italy");
}

#[test]
fn the_graphic_s_register_carries_over_from_english() {
    let es = names(Lang::Es);
    assert_eq!(es["CZ"], "República Checa");
    assert_eq!(es["GB"], "Reino Unido");
    assert_eq!(es["US"], "Estados Unidos");
    assert_eq!(names(Lang::It)["CZ"], "Repubblica Ceca");
    assert_eq!(names(Lang::ZhHans)["HK"], "香港");
    assert_eq!(names(Lang::En)["CZ"], "Czech Republic");
}

#[test]
fn every_country_of_the_data_has_a_name_in_every_language() {
    let data = Dataset::embedded().unwrap();
    let mut codes: Vec<&str> = data.stations.iter().map(|s| s.iso2.as_str()).collect();
    codes.extend(
        data.events
            .iter()
            .flat_map(|e| e.countries.iter().map(String::as_str)),
    );
    codes.sort_unstable();
    codes.dedup();
    assert!(codes.len() > 40, "{codes:?}");
    for lang in Lang::ALL {
        let table = names(lang);
        for code in &codes {
            let name = table.get(*code).map(String::as_str).unwrap_or("");
            assert!(!name.is_empty(), "{lang:?} has no name for {code}");
        }
    }
}

#[test]
fn every_assigned_code_has_a_name_in_every_language() {
    for lang in Lang::ALL {
        let table = names(lang);
        let missing: Vec<&str> = iso::COUNTRIES
            .iter()
            .map(|&(code, _)| code)
            .filter(|code| table.get(*code).is_none_or(String::is_empty))
            .collect();
        assert!(missing.is_empty(), "{lang:?} has no name for {missing:?}");
    }
}

#[test]
fn a_missing_package_says_to_run_npm_ci() {
    let modules = crate::derived::node_modules();
    let e = read_json(&modules, "cldr-no-such-package", "main/en/territories.json").unwrap_err();
    assert!(e.contains("npm ci"), "{e}");
    assert!(e.contains("node_modules/cldr-no-such-package/"), "{e}");
}

/// CLDR's own `@integer` samples of a rule ("0, 2~16, 100, 1c3, …"), as numbers.
/// Compact samples ("2c6") are the integer they stand for; for these rules an
/// exponent does not change the category of a whole number.
fn integer_samples(rule: &str) -> Vec<u64> {
    let Some(list) = rule.split("@integer").nth(1) else {
        return Vec::new();
    };
    let list = list.split("@decimal").next().unwrap_or("");
    let value = |s: &str| -> u64 {
        match s.split_once('c') {
            Some((m, e)) => m.parse::<u64>().unwrap() * 10u64.pow(e.parse().unwrap()),
            None => s.parse().unwrap(),
        }
    };
    let mut out = Vec::new();
    for item in list.split(',').map(str::trim) {
        match item.split_once('~') {
            _ if item.is_empty() || item == "…" => {}
            Some((a, b)) => out.extend(value(a)..=value(b)),
            None => out.push(value(item)),
        }
    }
    out
}

#[test]
fn plural_categories_match_cldr_s_own_samples() {
    for lang in Lang::ALL {
        let rules = plural_rules(lang).unwrap_or_else(|e| panic!("{e}"));
        let mut checked = 0;
        for (key, rule) in &rules {
            let expected = match key.as_str() {
                "one" => Plural::One,
                "many" => Plural::Many,
                "other" => Plural::Other,
                unknown => panic!("{lang:?} uses category {unknown}, which Plural lacks"),
            };
            for n in integer_samples(rule) {
                assert_eq!(category(lang, n), expected, "{lang:?} {n}");
                checked += 1;
            }
        }
        assert!(checked >= 15, "{lang:?}: only {checked} samples");
    }
}
