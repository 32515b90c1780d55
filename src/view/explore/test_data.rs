//! The data the explore tests share, loaded once: the English dataset and
//! every language's (loading and translating takes a while).

use std::sync::OnceLock;

use crate::model::{Dataset, Embedded};
use crate::static_frame::languages::Language;

/// The embedded English dataset.
pub fn english() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::embedded().unwrap())
}

/// Every language's words and dataset, English first.
pub fn languages() -> &'static [Language] {
    static ALL: OnceLock<Vec<Language>> = OnceLock::new();
    ALL.get_or_init(|| Language::all(english()).unwrap_or_else(|e| panic!("{e:?}")))
}
