//! Native tests of the interface in other languages (data/lang/<tag>/interface.toml
//! and cities.toml): each language is complete, its pages, charts and CSV show
//! none of the English interface's words, and each class of broken file is
//! reported with its file, line and key.
#![cfg(not(target_arch = "wasm32"))]

use overseas_stations::chart::palette::LIGHT;
use overseas_stations::i18n::interface::{Interface, InterfaceFiles};
use overseas_stations::i18n::Lang;
use overseas_stations::model::{DataError, Dataset, Embedded};
use overseas_stations::static_frame::chart_svg::chart_svg;
use overseas_stations::static_frame::languages::Language;
use overseas_stations::static_frame::page::{static_page, Links};
use overseas_stations::strings::EN;
use overseas_stations::view::export::export_csv;

fn english() -> Dataset {
    Dataset::embedded().unwrap()
}

/// Every text node and every `aria-label`, `alt` and `title` value of `html`.
fn shown_texts(html: &str) -> Vec<String> {
    let mut out: Vec<String> = html
        .split('>')
        .filter_map(|part| part.split('<').next())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    for attr in ["aria-label=\"", "alt=\"", "title=\""] {
        for rest in html.split(attr).skip(1) {
            out.push(rest.split('"').next().unwrap_or("").to_string());
        }
    }
    out
}

/// Whether the English interface string `en` shows in `texts`: as a whole text
/// for a word or two, anywhere for a longer phrase (a template's fixed part,
/// for one with placeholders).
fn shows(texts: &[String], en: &str) -> bool {
    let fixed = en
        .split(['{', '}'])
        .step_by(2)
        .max_by_key(|p| p.len())
        .unwrap_or(en);
    let fixed = fixed.trim();
    if fixed.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    if fixed.split_whitespace().count() >= 3 {
        texts.iter().any(|t| t.contains(fixed))
    } else {
        texts.iter().any(|t| t == fixed)
    }
}

/// English interface words that some language writes the same: names, codes,
/// and words such as Spanish "Total" or Italian "Africa".
const SAME_WORDS: [&str; 14] = [
    "Fuzhou",
    "Qingtian",
    "Nantong",
    "Wenzhou",
    "iso2",
    "fuzhou",
    "qingtian",
    "nantong",
    "wenzhou",
    "Africa",
    "Asia",
    "Oceania",
    "Total",
    "{stations} in {countries}",
];

#[test]
fn no_language_shows_an_english_interface_word() {
    let data = english();
    let languages = Language::all(&data).unwrap_or_else(|e| panic!("{e:?}"));
    let last = data.steps.len() - 1;
    for language in &languages[1..] {
        let (strings, data) = (language.strings, &language.data);
        let links = Links {
            csv: "x.csv",
            sources: "sources.html",
            map: ["a.svg", "b.svg"],
        };
        let mut html = static_page(data, strings, &links).body;
        for step in 0..data.steps.len() {
            let snapshot = data.snapshot(step);
            for width in [320.0, 1100.0] {
                html.push_str(&chart_svg(&snapshot, width, strings, &LIGHT).svg);
            }
        }
        let texts = shown_texts(&html);
        let csv = export_csv(data, &data.snapshot(last), strings);
        let csv_lines: Vec<String> = csv.split("\r\n").map(str::to_string).collect();
        for ((key, en), (_, ours)) in EN.parts().into_iter().zip(strings.parts()) {
            for (e, o) in en.iter().zip(&ours) {
                let lang = strings.lang;
                // Letters outside the placeholders: "{d} {month} {y}" has none.
                let words: String = e.split(['{', '}']).step_by(2).collect();
                let punctuation = !words.chars().any(char::is_alphabetic);
                if key == "csv_file_stem" || punctuation || SAME_WORDS.contains(e) {
                    continue;
                }
                assert_ne!(e, o, "{lang:?} keeps the English {key}");
                assert!(!shows(&texts, e), "{lang:?} shows the English {key}: {e:?}");
                assert!(
                    !csv_lines[0].contains(&EN.csv_header.join(",")),
                    "{lang:?} CSV header"
                );
            }
        }
        assert_eq!(
            csv_lines[0].trim_start_matches('\u{feff}'),
            strings.csv_header.join(",")
        );
    }
}

#[test]
fn every_language_writes_dates_in_its_own_style() {
    use overseas_stations::i18n::dates;
    use overseas_stations::model::PartialDate;
    let languages = Language::all(&english()).unwrap();
    for language in &languages {
        for text in ["2022-12-05", "2022-09", "2016", "2023-01-31"] {
            let date = PartialDate::parse(text).unwrap();
            let lang = language.strings.lang;
            // The table's words and patterns give what CLDR's rules give (src/i18n/dates.rs).
            assert_eq!(
                language.strings.date(&date),
                dates::format(lang, &date),
                "{lang:?} {text}"
            );
        }
    }
    let date = PartialDate::parse("2022-12-05").unwrap();
    let zh = languages
        .iter()
        .find(|l| l.strings.lang == Lang::ZhHans)
        .unwrap();
    assert_eq!(zh.strings.date(&date), "2022年12月5日");
}

#[test]
fn every_language_counts_by_its_own_plural_rules() {
    let languages = Language::all(&english()).unwrap();
    let words = |lang: Lang| {
        languages
            .iter()
            .find(|l| l.strings.lang == lang)
            .unwrap()
            .strings
    };
    let zh = words(Lang::ZhHans);
    assert_eq!(
        zh.count(&zh.station_forms, 1),
        zh.count(&zh.station_forms, 2).replace('2', "1")
    );
    let es = words(Lang::Es);
    assert_ne!(
        es.count(&es.station_forms, 1),
        es.count(&es.station_forms, 2).replace('2', "1")
    );
    assert!(es
        .stations_in_countries(1_000_000, 2)
        .contains("1.000.000 de "));
    let it = words(Lang::It);
    assert!(
        it.stations_in_countries(102, 53).contains("102")
            && it.stations_in_countries(102, 53).contains("53")
    );
    assert!(
        it.stations_in_countries(1200, 2).contains("1200")
            || it.stations_in_countries(1200, 2).contains("1.200")
    );
}

/// zh-Hans with its interface file changed by `edit`; every error.
fn with_interface(edit: impl Fn(&str) -> String) -> (String, Vec<DataError>) {
    let files = InterfaceFiles::embedded(Lang::ZhHans).unwrap();
    let text = edit(files.interface);
    let changed = InterfaceFiles {
        interface: &text,
        cities: files.cities,
    };
    let errors = Interface::load(Lang::ZhHans, &english(), &changed)
        .err()
        .unwrap_or_default();
    (text, errors)
}

fn line_starting(text: &str, start: &str) -> usize {
    1 + text
        .lines()
        .position(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("{start}"))
}

fn only<'a>(errors: &'a [DataError], key: &str) -> &'a DataError {
    let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{}", all.join("\n"));
    assert_eq!(errors[0].field.as_deref(), Some(key), "{}", all[0]);
    assert_eq!(errors[0].file, "data/lang/zh-Hans/interface.toml");
    &errors[0]
}

#[test]
fn every_broken_interface_file_names_its_line_and_key() {
    let drop_line = |start: &'static str| {
        move |t: &str| {
            t.lines()
                .filter(|l| !l.starts_with(start))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let (_, errors) = with_interface(drop_line("kicker ="));
    assert!(only(&errors, "kicker").message.starts_with("missing"));

    let (text, errors) = with_interface(|t| format!("{t}\nbogus = \"x\"\n"));
    let e = only(&errors, "bogus");
    assert!(e.message.starts_with("extra key"));
    assert_eq!(e.line, Some(line_starting(&text, "bogus =")));

    let blank = |t: &str| {
        let at = line_starting(t, "play =") - 1;
        let lines: Vec<&str> = t.lines().collect();
        let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        out[at] = "play = \"  \"".into();
        out.join("\n")
    };
    let (text, errors) = with_interface(blank);
    let e = only(&errors, "play");
    assert_eq!(
        (e.message.as_str(), e.line),
        ("empty value", Some(line_starting(&text, "play =")))
    );

    let markup = |t: &str| t.replacen("play = \"", "play = \"<b>", 1);
    let (_, errors) = with_interface(markup);
    assert!(only(&errors, "play").message.contains("markup"));

    let placeholder = |t: &str| {
        let at = line_starting(t, "step_of =") - 1;
        let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
        lines[at] = "step_of = \"第{n}步\"".into();
        lines.join("\n")
    };
    let (_, errors) = with_interface(placeholder);
    let e = only(&errors, "step_of");
    assert!(e.message.contains("placeholders"), "{e}");
    assert!(e.to_string().contains("{total}"), "{e}");

    let shape = |t: &str| {
        let at = line_starting(t, "view_names =") - 1;
        let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
        lines[at] = "view_names = [\"国家\"]".into();
        lines.join("\n")
    };
    let (_, errors) = with_interface(shape);
    assert!(only(&errors, "view_names").message.contains("array of 2"));
}

#[test]
fn the_city_file_holds_exactly_the_cities_of_the_data() {
    let files = InterfaceFiles::embedded(Lang::ZhHans).unwrap();
    let without_milan: String = files
        .cities
        .lines()
        .filter(|l| !l.starts_with("\"Milan\""))
        .map(|l| format!("{l}\n"))
        .collect();
    let extra = format!("{}\"Atlantis\" = \"亚特兰蒂斯\"\n", files.cities);
    for (cities, key, message) in [
        (without_milan.as_str(), "Milan", "missing"),
        (extra.as_str(), "Atlantis", "extra"),
    ] {
        let changed = InterfaceFiles {
            interface: files.interface,
            cities,
        };
        let errors = Interface::load(Lang::ZhHans, &english(), &changed)
            .err()
            .unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, "data/lang/zh-Hans/cities.toml");
        assert_eq!(errors[0].field.as_deref(), Some(key));
        assert!(errors[0].message.starts_with(message), "{}", errors[0]);
    }
    let interface = Interface::embedded(Lang::ZhHans).unwrap().unwrap();
    assert_eq!(interface.cities["Milan"], "米兰");
}
