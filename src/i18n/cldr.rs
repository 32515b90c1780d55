//! Unicode CLDR country names, read from the npm package `cldr-localenames-full`
//! (installed by `npm ci` into `node_modules/`). Native only: the build and the
//! tests read them; the wasm never carries the tables.

use super::Lang;
use crate::model::iso;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The npm package the names come from (pinned in package.json).
pub const PACKAGE: &str = "cldr-localenames-full";

/// The CLDR locale folder holding `lang`'s data.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::ZhHans => "zh-Hans",
        Lang::Es => "es",
        Lang::It => "it",
    }
}

/// Reads `node_modules/<package>/<path>` as JSON, or says how to install it.
pub(crate) fn read_json(package: &str, path: &str) -> Result<Value, String> {
    let relative = format!("node_modules/{package}/{path}");
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(&relative);
    let text = std::fs::read_to_string(&full).map_err(|e| {
        format!("cannot read {relative} ({e}): run `npm ci` in the repository root to install {package}")
    })?;
    serde_json::from_str(&text).map_err(|e| format!("{relative}: not valid JSON: {e}"))
}

/// Every entry of `main/<locale>/territories.json`, alternative forms included
/// (keys such as `CZ-alt-variant`).
fn raw_territories(lang: Lang) -> Result<BTreeMap<String, String>, String> {
    let loc = locale(lang);
    let json = read_json(PACKAGE, &format!("main/{loc}/territories.json"))?;
    let table = json["main"][loc]["localeDisplayNames"]["territories"]
        .as_object()
        .ok_or_else(|| format!("{PACKAGE}: no territories for {loc}"))?;
    Ok(table
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
        .collect())
}

/// Country names in `lang`, by ISO 3166-1 alpha-2 code (every assigned code
/// CLDR names; CLDR's other regions, such as `EU` or `419`, are left out).
///
/// CLDR's standard name is used, except where the graphic's English name
/// (`model::iso`) is one of CLDR's alternative English forms: then the same
/// alternative is used in `lang` too, so that every language names a country in
/// the same register. That picks the `variant` for CZ ("Czech Republic":
/// "República Checa", "Repubblica Ceca", "捷克共和国") and TR, and the `short`
/// form for HK, MO, MM and PS ("Hong Kong" rather than "Hong Kong SAR China").
/// The English spells out "United Kingdom" and "United States", so their
/// abbreviated `short` forms ("UK", "EE. UU.") are never used.
pub fn territory_names(lang: Lang) -> Result<BTreeMap<String, String>, String> {
    let english = raw_territories(Lang::En)?;
    let own = raw_territories(lang)?;
    let mut out = BTreeMap::new();
    for (code, name) in &own {
        if code.len() != 2 || !iso::is_code(code) {
            continue;
        }
        let ours = iso::name(code);
        let alt = english
            .iter()
            .filter(|(k, v)| k.starts_with(&format!("{code}-alt-")) && Some(v.as_str()) == ours)
            .find_map(|(k, _)| own.get(k));
        let chosen = match (english.get(code).map(String::as_str) == ours, alt) {
            (false, Some(alt)) => alt,
            _ => name,
        };
        out.insert(code.clone(), chosen.clone());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::plural::{category, Plural};
    use crate::model::Dataset;

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
    fn a_missing_package_says_to_run_npm_ci() {
        let e = read_json("cldr-no-such-package", "main/en/territories.json").unwrap_err();
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
        let json = read_json("cldr-core", "supplemental/plurals.json").unwrap();
        let rules = &json["supplemental"]["plurals-type-cardinal"];
        for lang in Lang::ALL {
            let loc = match lang {
                Lang::ZhHans => "zh",
                other => locale(other),
            };
            let table = rules[loc].as_object().unwrap();
            let mut checked = 0;
            for (key, rule) in table {
                let expected = match key.strip_prefix("pluralRule-count-").unwrap() {
                    "one" => Plural::One,
                    "many" => Plural::Many,
                    "other" => Plural::Other,
                    unknown => panic!("{loc} uses category {unknown}, which Plural lacks"),
                };
                for n in integer_samples(rule.as_str().unwrap()) {
                    assert_eq!(category(lang, n), expected, "{loc} {n}");
                    checked += 1;
                }
            }
            assert!(checked >= 15, "{loc}: only {checked} samples");
        }
    }
}
