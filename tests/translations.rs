//! Native tests of the translations in data/lang/<tag>/: every language is complete
//! against the English, and each class of broken file is reported with its file, line
//! and key. Each broken file is a variant of a real zh-Hans file made in memory
//! (`support`): one table or key, found by its header, changed; the other files are real.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use overseas_stations::i18n::catalog::{Catalog, LangFiles};
use overseas_stations::i18n::Lang;
use overseas_stations::model::{DataError, DataFiles, Dataset, Embedded};
use support::{
    toml_header, toml_insert, toml_insert_before, toml_line, toml_remove, toml_remove_record,
    toml_set, toml_value, At,
};

/// The languages whose translation is finished (all but English, which is data/ itself).
const TRANSLATED: [Lang; 3] = [Lang::ZhHans, Lang::Es, Lang::It];

fn english() -> Dataset {
    Dataset::embedded().unwrap()
}

/// The real text of a zh-Hans translation file.
fn real(file: &str) -> &'static str {
    let files = LangFiles::embedded(Lang::ZhHans).unwrap();
    match file {
        "stations.toml" => files.stations,
        "story.toml" => files.story,
        "events.toml" => files.events,
        other => panic!("unknown translation file {other}"),
    }
}

/// Every error of zh-Hans with `file` replaced by `text`.
fn errors_with(file: &str, text: &str) -> Vec<DataError> {
    let mut files = LangFiles::embedded(Lang::ZhHans).unwrap();
    match file {
        "stations.toml" => files.stations = text,
        "story.toml" => files.story = text,
        "events.toml" => files.events = text,
        other => panic!("unknown translation file {other}"),
    }
    Catalog::load(Lang::ZhHans, &english(), &DataFiles::embedded(), &files)
        .err()
        .unwrap_or_default()
}

/// The single error of `errors`, as displayed, after checking its file, line and key.
fn only(errors: &[DataError], file: &str, line: usize, key: &str) -> String {
    let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors.len(),
        1,
        "expected one error, got:\n{}",
        all.join("\n")
    );
    let e = &errors[0];
    assert_eq!(
        (e.file.as_str(), e.line, e.field.as_deref()),
        (file, Some(line), Some(key)),
        "{e}"
    );
    e.to_string()
}

#[test]
fn every_translated_language_has_every_step_event_and_station_note() {
    let data = english();
    for lang in TRANSLATED {
        let catalog = match Catalog::embedded(lang) {
            Some(Ok(c)) => c,
            Some(Err(errors)) => {
                let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
                panic!("{lang:?}:\n{}", all.join("\n"));
            }
            None => panic!("{lang:?} has no embedded files"),
        };
        assert_eq!(catalog.lang, lang);
        for step in &data.steps {
            let t = &catalog.steps[&step.id];
            assert!(!t.headline.is_empty() && !t.caption.is_empty() && !t.date_label.is_empty());
        }
        for event in &data.events {
            let t = &catalog.events[&event.id];
            assert_eq!(
                t.date_label.is_some(),
                event.date_label.is_some(),
                "{}",
                event.id
            );
        }
        assert_eq!(catalog.notes.len(), data.stations.len());
        assert_eq!(catalog.steps.len(), data.steps.len());
        assert_eq!(catalog.events.len(), data.events.len());
    }
    assert!(Catalog::embedded(Lang::En).is_none());
}

#[test]
fn no_translated_text_is_the_english_left_in_place() {
    let data = english();
    let has_letters = |s: &str| s.chars().any(char::is_alphabetic);
    for lang in TRANSLATED {
        let catalog = Catalog::embedded(lang).unwrap().unwrap();
        let mut pairs: Vec<(&str, &str, &str)> = Vec::new();
        for s in &data.steps {
            let t = &catalog.steps[&s.id];
            pairs.push((&s.id, &s.headline, &t.headline));
            pairs.push((&s.id, &s.caption, &t.caption));
            pairs.push((&s.id, &s.date_label, &t.date_label));
        }
        for e in &data.events {
            let t = &catalog.events[&e.id];
            pairs.push((&e.id, &e.headline, &t.headline));
            pairs.push((&e.id, &e.summary, &t.summary));
            if let (Some(en), Some(tr)) = (&e.date_label, &t.date_label) {
                pairs.push((&e.id, en, tr));
            }
        }
        for s in &data.stations {
            pairs.push((&s.id, &s.notes, &catalog.notes[&s.id]));
        }
        for (id, en, tr) in pairs {
            assert!(
                !has_letters(en) || en != tr,
                "{lang:?} {id}: {tr:?} is the English"
            );
        }
    }
}

/// The runs of digits in `text` ("4.9 million in 2024" gives 4, 9, 2024), sorted.
fn figures(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect();
    runs.sort();
    runs
}

#[test]
fn spanish_and_italian_keep_every_figure_of_the_english() {
    let data = english();
    for lang in TRANSLATED.into_iter().filter(|l| *l != Lang::ZhHans) {
        let catalog = Catalog::embedded(lang).unwrap().unwrap();
        for s in &data.steps {
            let t = &catalog.steps[&s.id];
            let en = [&s.date_label, &s.headline, &s.caption].map(|x| figures(x));
            let tr = [&t.date_label, &t.headline, &t.caption].map(|x| figures(x));
            assert_eq!(tr, en, "{lang:?} step {}", s.id);
        }
        for e in &data.events {
            let t = &catalog.events[&e.id];
            let en = [
                e.date_label.as_deref().unwrap_or(""),
                &e.headline,
                &e.summary,
            ];
            let tr = [
                t.date_label.as_deref().unwrap_or(""),
                &t.headline,
                &t.summary,
            ];
            assert_eq!(tr.map(figures), en.map(figures), "{lang:?} event {}", e.id);
        }
        for s in &data.stations {
            let tr = figures(&catalog.notes[&s.id]);
            assert_eq!(tr, figures(&s.notes), "{lang:?} station {}", s.id);
        }
    }
}

#[test]
fn chinese_uses_the_bureaus_chinese_names_and_simplified_characters() {
    let catalog = Catalog::embedded(Lang::ZhHans).unwrap().unwrap();
    let all: String = catalog
        .steps
        .values()
        .flat_map(|t| [t.headline.as_str(), t.caption.as_str()])
        .chain(
            catalog
                .events
                .values()
                .flat_map(|t| [t.headline.as_str(), t.summary.as_str()]),
        )
        .collect();
    for city in ["福州", "青田", "南通", "温州"] {
        assert!(all.contains(city), "{city}");
    }
    for bureau in ["Fuzhou", "Qingtian", "Nantong", "Wenzhou"] {
        assert!(!all.contains(bureau), "{bureau} left in Latin letters");
    }
    // Traditional forms of characters the text uses in their simplified form
    // (温 关 国 报 这 们 为 发 经 卫 护 务 证 调 尔 兰 亚 约 时 议 会 区).
    for traditional in "溫關國報這們為發經衛護務證調爾蘭亞約時議會區".chars()
    {
        assert!(!all.contains(traditional), "traditional {traditional}");
    }
}

#[test]
fn a_missing_step_or_event_names_where_it_belongs_and_its_english() {
    let d = english();
    let i = d.events.len() / 2;
    let (missing, next) = (&d.events[i].id, &d.events[i + 1].id);
    let text = toml_remove_record(real("events.toml"), At::Table(&format!("event.{missing}")));
    let english_line = toml_line(DataFiles::embedded().events, At::Id(missing), "id");
    // The next English event is where the missing one belongs.
    let at = toml_header(&text, At::Table(&format!("event.{next}")));
    let e = only(
        &errors_with("events.toml", &text),
        "data/lang/zh-Hans/events.toml",
        at,
        &format!("event.{missing}"),
    );
    assert!(
        e.contains(&format!("data/events.toml:{english_line}")),
        "{e}"
    );
    assert!(e.contains("missing"), "{e}");
}

#[test]
fn a_missing_field_is_reported_at_its_table() {
    let step = &english().steps[3].id;
    let v = toml_remove(
        real("story.toml"),
        At::Table(&format!("step.{step}")),
        "headline",
    );
    let e = only(
        &errors_with("story.toml", &v.text),
        "data/lang/zh-Hans/story.toml",
        v.line,
        &format!("step.{step}.headline"),
    );
    assert!(e.ends_with(": missing"), "{e}");
}

#[test]
fn an_extra_step_is_reported_at_its_header() {
    let d = english();
    assert!(d.step_index("epilogue").is_none());
    let last = format!("step.{}", d.steps.last().unwrap().id);
    let block = "[step.epilogue]\nheadline = \"尾声\"\n\n";
    let v = toml_insert_before(real("story.toml"), At::Table(&last), block);
    let errors = errors_with("story.toml", &v.text);
    let e = only(
        &errors,
        "data/lang/zh-Hans/story.toml",
        v.line,
        "step.epilogue",
    );
    assert!(
        e.contains("data/story.toml has no step with this id"),
        "{e}"
    );
}

#[test]
fn a_date_label_the_english_lacks_is_an_extra_key() {
    let d = english();
    let event = d.events.iter().find(|e| e.date_label.is_none()).unwrap();
    let table = format!("event.{}", event.id);
    let line = format!("date_label = \"{}年\"", event.date.year);
    let v = toml_insert(real("events.toml"), At::Table(&table), &line);
    let key = format!("{table}.date_label");
    let errors = errors_with("events.toml", &v.text);
    let e = only(&errors, "data/lang/zh-Hans/events.toml", v.line, &key);
    assert!(e.contains("extra key"), "{e}");
}

#[test]
fn a_blank_value_is_empty() {
    let table = format!("event.{}", english().events[0].id);
    let v = toml_set(real("events.toml"), At::Table(&table), "summary", "\"  \"");
    let key = format!("{table}.summary");
    let errors = errors_with("events.toml", &v.text);
    let e = only(&errors, "data/lang/zh-Hans/events.toml", v.line, &key);
    assert!(e.ends_with(": empty value"), "{e}");
}

#[test]
fn markup_is_refused_because_the_text_is_escaped() {
    let table = format!("step.{}", english().steps[0].id);
    let at = At::Table(&table);
    let headline = toml_value(real("story.toml"), at, "headline");
    let inner = headline.trim_matches('"');
    let v = toml_set(
        real("story.toml"),
        at,
        "headline",
        &format!("\"<b>{inner}</b>\""),
    );
    let key = format!("{table}.headline");
    let errors = errors_with("story.toml", &v.text);
    let e = only(&errors, "data/lang/zh-Hans/story.toml", v.line, &key);
    assert!(e.contains("markup"), "{e}");
}

#[test]
fn a_toml_error_and_an_unknown_table_give_their_lines() {
    let mut files = LangFiles::embedded(Lang::ZhHans).unwrap();
    let events = files.events;
    let broken = format!("{events}\n[event.setup\nheadline = \"x\"\n");
    files.events = &broken;
    let errors =
        Catalog::load(Lang::ZhHans, &english(), &DataFiles::embedded(), &files).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].line,
        Some(events.lines().count() + 2),
        "{}",
        errors[0]
    );

    let story = format!(
        "{}\n[steps.setup]\nheadline = \"x\"\n",
        LangFiles::embedded(Lang::ZhHans).unwrap().story
    );
    let mut files = LangFiles::embedded(Lang::ZhHans).unwrap();
    files.story = &story;
    let errors =
        Catalog::load(Lang::ZhHans, &english(), &DataFiles::embedded(), &files).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field.as_deref(), Some("steps"));
    assert_eq!(
        errors[0].line,
        Some(toml_header(&story, At::Table("steps.setup")))
    );
}
