//! A language's file written as the build writes it and read back as the page reads it.

use super::*;
use crate::i18n::Lang;
use crate::model::{Dataset, Embedded};
use crate::strings::EN;

fn shipped() -> Dataset {
    Dataset::embedded().unwrap().into_shipped()
}

/// `file` written as the build writes it and read as the page reads it.
fn round_trip(file: &LangFile) -> LangFile {
    serde_json::from_str(&serde_json::to_string(file).unwrap()).unwrap()
}

#[test]
fn a_file_reads_back_over_the_english_as_written() {
    let english = shipped();
    let mut other = english.clone();
    other.steps[0].headline = "Titular".into();
    other.events[1].date_label = None;
    other.events[2].date_label = Some("2 de mayo".into());
    let iso2 = other.stations[0].iso2.clone();
    for s in other.stations.iter_mut().filter(|s| s.iso2 == iso2) {
        s.country = "Italia \"con\"\ncomillas\\".into();
    }
    let file = round_trip(&LangFile::new(&EN, &english, &other));
    let (strings, back) = file.apply(english.clone()).expect("reads back");
    assert_eq!(back, other);
    assert_eq!(strings.parts(), EN.parts());
    assert_eq!(strings.lang, Lang::En);
}

#[test]
fn the_english_file_brings_back_the_station_notes_the_wasm_leaves_out() {
    let english = shipped();
    let mut without = english.clone();
    for s in &mut without.stations {
        s.notes.clear();
    }
    for c in &mut without.corrections {
        c.text.clear();
    }
    assert!(english.stations.iter().any(|s| !s.notes.is_empty()));
    assert!(english.corrections.iter().all(|c| !c.text.is_empty()));
    let file = round_trip(&LangFile::notes_only(Lang::En, &english));
    let (strings, back) = file.clone().apply(without.clone()).expect("reads back");
    assert_eq!(back, english);
    assert_eq!((strings.lang, strings.parts()), (Lang::En, EN.parts()));
    // Only English may leave its interface out.
    let spanish = LangFile {
        lang: "es".into(),
        ..file
    };
    assert!(spanish.apply(without).is_none());
}

#[test]
fn anything_else_is_refused() {
    let english = shipped();
    let file = LangFile::new(&EN, &english, &english);
    let refused = |f: LangFile| f.apply(english.clone()).is_none();
    assert!(refused(LangFile::default()));
    assert!(refused(LangFile {
        format: "overseas-stations-lang/2".into(),
        ..file.clone()
    }));
    assert!(refused(LangFile {
        lang: "fr".into(),
        ..file.clone()
    }));
    // A file of another build: a field more or less, or a step this build lacks.
    let mut extra = file.clone();
    extra.interface.insert("subtitle".into(), vec!["x".into()]);
    assert!(refused(extra));
    let mut short = file.clone();
    short
        .interface
        .values_mut()
        .next()
        .unwrap()
        .push("x".into());
    assert!(refused(short));
    let mut unknown = file.clone();
    unknown.steps[0].id = "prologue".into();
    assert!(refused(unknown));
    // A file cut short lacks events.
    let mut cut = file.clone();
    cut.events.pop();
    assert!(refused(cut));
    // Not JSON of this shape at all: the page never gets as far as `apply`.
    assert!(serde_json::from_str::<LangFile>("<!doctype html><html>…").is_err());
    assert!(serde_json::from_str::<LangFile>(r#"{"format":3}"#).is_err());
}
