//! Build-time data check: parses and validates `data/` with the same model code
//! the tests use, fails the build with file, line, field and value on bad input,
//! and writes the dataset as Rust statics for the web build (no parser shipped).

#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

// The parts of `src/i18n/` the model uses (English month names and date labels),
// reached as `crate::i18n::…` as in the library.
#[allow(dead_code)]
#[path = "src/i18n/dates.rs"]
mod i18n_dates;
#[allow(dead_code)]
#[path = "src/i18n/lang.rs"]
mod i18n_lang;
use i18n_lang::Lang;
mod i18n {
    pub(crate) use super::i18n_dates as dates;
    pub(crate) use super::i18n_lang::Lang;
}

use std::path::PathBuf;

fn main() {
    for file in [
        "reports.toml",
        "stations.csv",
        "sources.csv",
        "events.toml",
        "story.toml",
    ] {
        println!("cargo:rerun-if-changed=data/{file}");
    }
    println!("cargo:rerun-if-changed=src/model");
    println!("cargo:rerun-if-changed=src/i18n");
    let data = match model::Dataset::load_all(&model::DataFiles::embedded()) {
        Ok(data) => data,
        Err(errors) => {
            eprintln!("data/ has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dataset.rs"), model::codegen::rust_source(&data))
        .expect("OUT_DIR is writable");
}
