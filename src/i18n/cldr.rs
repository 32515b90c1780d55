//! Unicode CLDR data the build and the tests use: country names in each
//! language and the cardinal plural rules. Both are read from the copies
//! committed in `data/derived/`, which `cargo run --bin derive-data` derives
//! from the npm packages `cldr-localenames-full` and `cldr-core` (see
//! [`crate::derived`]). Native only: the wasm never carries the tables.

use super::Lang;
use crate::model::iso;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// The committed country names, relative to the repository root.
pub const NAMES_PATH: &str = "data/derived/cldr-countries.toml";
/// The committed plural rules, relative to the repository root.
pub const PLURALS_PATH: &str = "data/derived/cldr-plurals.toml";

const NAMES: &str = include_str!("../../data/derived/cldr-countries.toml");
const PLURALS: &str = include_str!("../../data/derived/cldr-plurals.toml");

/// The npm package the country names come from (pinned in package.json).
const NAMES_PACKAGE: &str = "cldr-localenames-full";
/// The npm package the plural rules come from (pinned in package.json).
const CORE_PACKAGE: &str = "cldr-core";

/// The CLDR locale folder holding `lang`'s names.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::ZhHans => "zh-Hans",
        Lang::Es => "es",
        Lang::It => "it",
    }
}

/// The CLDR locale of `lang`'s plural rules (Chinese has one for all its scripts).
fn plural_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans => "zh",
        other => locale(other),
    }
}

/// `lang`'s table of a committed file of [`Lang`] tables.
fn committed_table(text: &str, path: &str, lang: Lang) -> Result<BTreeMap<String, String>, String> {
    let mut tables: BTreeMap<String, BTreeMap<String, String>> =
        toml::from_str(text).map_err(|e| format!("{path}: {e}"))?;
    tables.remove(lang.tag()).ok_or_else(|| {
        format!(
            "{path} has no [{}] table: run `cargo run --bin derive-data` after `npm ci`",
            lang.tag()
        )
    })
}

/// Country names in `lang`, by ISO 3166-1 alpha-2 code: for every code of
/// [`iso::COUNTRIES`], CLDR's name (see [`derive_names`] for which of its
/// forms); in English, the graphic's own names.
pub fn territory_names(lang: Lang) -> Result<BTreeMap<String, String>, String> {
    if lang == Lang::En {
        return Ok(iso::COUNTRIES
            .iter()
            .map(|&(code, name)| (code.to_owned(), name.to_owned()))
            .collect());
    }
    committed_table(NAMES, NAMES_PATH, lang)
}

/// CLDR's cardinal plural rules for `lang`, by category ("one", "many",
/// "other"), each with its `@integer` and `@decimal` samples.
pub fn plural_rules(lang: Lang) -> Result<BTreeMap<String, String>, String> {
    committed_table(PLURALS, PLURALS_PATH, lang)
}

/// Reads `<node_modules>/<package>/<path>` as JSON, or says how to install it.
fn read_json(node_modules: &Path, package: &str, path: &str) -> Result<Value, String> {
    let relative = format!("node_modules/{package}/{path}");
    let text = std::fs::read_to_string(node_modules.join(package).join(path)).map_err(|e| {
        format!("cannot read {relative} ({e}): run `npm ci` in the repository root to install {package}")
    })?;
    serde_json::from_str(&text).map_err(|e| format!("{relative}: not valid JSON: {e}"))
}

/// The version of an installed npm package, from its `package.json`.
pub(crate) fn package_version(node_modules: &Path, package: &str) -> Result<String, String> {
    let json = read_json(node_modules, package, "package.json")?;
    json["version"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("node_modules/{package}/package.json: no version"))
}

/// Every entry of `main/<locale>/territories.json`, alternative forms included
/// (keys such as `CZ-alt-variant`).
fn raw_territories(node_modules: &Path, lang: Lang) -> Result<BTreeMap<String, String>, String> {
    let loc = locale(lang);
    let json = read_json(
        node_modules,
        NAMES_PACKAGE,
        &format!("main/{loc}/territories.json"),
    )?;
    let table = json["main"][loc]["localeDisplayNames"]["territories"]
        .as_object()
        .ok_or_else(|| format!("{NAMES_PACKAGE}: no territories for {loc}"))?;
    Ok(table
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
        .collect())
}

/// CLDR's names of `lang`, by alpha-2 code, for every code of [`iso::COUNTRIES`]
/// CLDR names (its other regions, such as `EU` or `419`, are left out).
///
/// CLDR's standard name is used, except where the graphic's English name
/// (`model::iso`) is one of CLDR's alternative English forms: then the same
/// alternative is used in `lang` too, so that every language names a country in
/// the same register. That picks the `variant` for CZ ("Czech Republic":
/// "República Checa", "Repubblica Ceca", "捷克共和国") and TR, and the `short`
/// form for HK, MO, MM and PS ("Hong Kong" rather than "Hong Kong SAR China").
/// The English spells out "United Kingdom" and "United States", so their
/// abbreviated `short` forms ("UK", "EE. UU.") are never used.
fn names_from_cldr(node_modules: &Path, lang: Lang) -> Result<BTreeMap<String, String>, String> {
    let english = raw_territories(node_modules, Lang::En)?;
    let own = raw_territories(node_modules, lang)?;
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

/// A TOML file of one table of strings per translated language, under a header.
fn toml_tables(
    header: &str,
    mut table: impl FnMut(Lang) -> Result<BTreeMap<String, String>, String>,
) -> Result<String, String> {
    let mut out = header.to_owned();
    for lang in Lang::ALL {
        let rows = table(lang)?;
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n[{}]\n", lang.tag()));
        for (key, value) in rows {
            // A JSON string is a valid TOML basic string (same escapes).
            let quoted = serde_json::to_string(&value).map_err(|e| e.to_string())?;
            out.push_str(&format!("{key} = {quoted}\n"));
        }
    }
    Ok(out)
}

/// The text of [`NAMES_PATH`], derived from the installed CLDR packages: a
/// table per language but English (whose names are the graphic's own).
pub(crate) fn derive_names(node_modules: &Path) -> Result<String, String> {
    let version = package_version(node_modules, NAMES_PACKAGE)?;
    let header = format!(
        "# Country names by ISO 3166-1 alpha-2 code, one table per language, from Unicode CLDR\n\
         # (npm {NAMES_PACKAGE} {version}, Unicode licence). Generated by\n\
         # `cargo run --bin derive-data` (src/i18n/cldr.rs); do not edit by hand.\n"
    );
    toml_tables(&header, |lang| match lang {
        Lang::En => Ok(BTreeMap::new()),
        other => names_from_cldr(node_modules, other),
    })
}

/// The text of [`PLURALS_PATH`], derived from the installed `cldr-core`: the
/// cardinal rules of each language (Chinese's are CLDR's `zh`).
pub(crate) fn derive_plurals(node_modules: &Path) -> Result<String, String> {
    let version = package_version(node_modules, CORE_PACKAGE)?;
    let json = read_json(node_modules, CORE_PACKAGE, "supplemental/plurals.json")?;
    let rules = &json["supplemental"]["plurals-type-cardinal"];
    let header = format!(
        "# Cardinal plural rules, with their samples, one table per language, from Unicode CLDR\n\
         # (npm {CORE_PACKAGE} {version}, supplemental/plurals.json, Unicode licence; zh-Hans has\n\
         # CLDR's zh rules). Generated by `cargo run --bin derive-data` (src/i18n/cldr.rs); do\n\
         # not edit by hand.\n"
    );
    toml_tables(&header, |lang| {
        let loc = plural_locale(lang);
        let table = rules[loc]
            .as_object()
            .ok_or_else(|| format!("{CORE_PACKAGE}: no plural rules for {loc}"))?;
        table
            .iter()
            .map(|(key, rule)| {
                let category = key.strip_prefix("pluralRule-count-").unwrap_or(key);
                let rule = rule
                    .as_str()
                    .ok_or_else(|| format!("{CORE_PACKAGE}: {loc} {key} is not a string"))?;
                Ok((category.to_owned(), rule.to_owned()))
            })
            .collect()
    })
}

#[cfg(test)]
#[path = "cldr_tests.rs"]
mod tests;
