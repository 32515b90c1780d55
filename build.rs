//! Build-time data check: parses and validates `data/` (the translations in
//! `data/lang/` included, against the English of `data/` and of the interface
//! table) with the data crate (`crates/data/`), the same code the tests use;
//! fails the build with file, line, field and value on bad input, and writes
//! the dataset for the web build in postcard (serde; no TOML or CSV parser
//! shipped).

use overseas_data::i18n::catalog::{Catalog, LangFiles};
use overseas_data::i18n::interface::{Interface, InterfaceFiles};
use overseas_data::i18n::Lang;
use overseas_data::model::{codegen, DataError, DataFiles, Dataset};
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
    println!("cargo:rerun-if-changed=data/lang");
    println!("cargo:rerun-if-changed=crates/data/src");
    let files = DataFiles::embedded();
    let data = Dataset::load_all(&files).unwrap_or_else(|errors| fail(&errors));
    let mut errors = Vec::new();
    for lang in Lang::ALL {
        if let Some(own) = LangFiles::embedded(lang) {
            if let Err(e) = Catalog::load(lang, &data, &files, &own) {
                errors.extend(e);
            }
        }
        if let Some(own) = InterfaceFiles::embedded(lang) {
            if let Err(e) = Interface::load(lang, &data, &own) {
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
    std::fs::write(out.join(codegen::FILE), codegen::embedded_bytes(&data))
        .expect("OUT_DIR is writable");
}

/// Prints every problem of `data/` and stops the build.
fn fail(errors: &[DataError]) -> ! {
    eprintln!("data/ has {} problem(s):", errors.len());
    for error in errors {
        eprintln!("  {error}");
    }
    std::process::exit(1);
}
