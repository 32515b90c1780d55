//! Build-time data check: parses and validates `data/` (the translations in
//! `data/lang/` included, against the English of `data/` and `src/strings/`) with the same code the tests use, fails the build
//! with file, line, field and value on bad input,
//! and writes the dataset for the web build in postcard (serde; no TOML or CSV parser shipped).

#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

// The parts of `src/i18n/` the build uses (the languages, the translations'
// validators), reached as `crate::i18n::…` as in
// the library.
#[allow(dead_code)]
#[path = "src/i18n/catalog/mod.rs"]
mod i18n_catalog;
#[allow(dead_code)]
#[path = "src/i18n/interface.rs"]
mod i18n_interface;
#[allow(dead_code)]
#[path = "src/i18n/lang.rs"]
mod i18n_lang;
#[allow(dead_code)]
#[path = "src/i18n/numbers.rs"]
mod i18n_numbers;
#[allow(dead_code)]
#[path = "src/i18n/plural.rs"]
mod i18n_plural;
use i18n_lang::Lang;
mod i18n {
    pub(crate) use super::i18n_catalog as catalog;
    pub(crate) use super::i18n_interface as interface;
    pub(crate) use super::i18n_lang::Lang;
    pub(crate) use super::i18n_numbers as numbers;
    pub(crate) use super::i18n_plural as plural;
}
// The interface's words (`src/strings/`), which the interface files are checked against.
#[allow(dead_code, unused_imports)]
#[path = "src/strings/mod.rs"]
mod strings;

use std::path::PathBuf;

fn main() {
    for file in [
        "reports.toml",
        "stations.csv",
        "sources.csv",
        "events.toml",
        "story.toml",
        "corrections.toml",
    ] {
        println!("cargo:rerun-if-changed=data/{file}");
    }
    println!("cargo:rerun-if-changed=src/model");
    println!("cargo:rerun-if-changed=src/i18n");
    println!("cargo:rerun-if-changed=src/strings");
    println!("cargo:rerun-if-changed=data/lang");
    let files = model::DataFiles::embedded();
    let data = model::Dataset::load_all(&files).unwrap_or_else(|errors| fail(&errors));
    let mut errors = Vec::new();
    for lang in Lang::ALL {
        if let Some(own) = i18n::catalog::LangFiles::embedded(lang) {
            if let Err(e) = i18n::catalog::Catalog::load(lang, &data, &files, &own) {
                errors.extend(e);
            }
        }
        if let Some(own) = i18n::interface::InterfaceFiles::embedded(lang) {
            if let Err(e) = i18n::interface::Interface::load(lang, &data, &own) {
                errors.extend(e);
            }
        }
    }
    if !errors.is_empty() {
        fail(&errors);
    }
    let mut data = data;
    // The page's wasm leaves out the English station notes, which only the
    // country details show, and the corrections' words: render-static writes
    // them as a file of their own that the page fetches (README "Size").
    // Native builds keep them.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        for station in &mut data.stations {
            station.notes.clear();
        }
        for correction in &mut data.corrections {
            correction.text.clear();
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(
        out.join(model::codegen::FILE),
        model::codegen::embedded_bytes(&data),
    )
    .expect("OUT_DIR is writable");
}

/// Prints every problem of `data/` and stops the build.
fn fail(errors: &[model::DataError]) -> ! {
    eprintln!("data/ has {} problem(s):", errors.len());
    for error in errors {
        eprintln!("  {error}");
    }
    std::process::exit(1);
}
