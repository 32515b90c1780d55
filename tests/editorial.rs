//! Native tests of the editorial standards behind issue 22: every source is a
//! source a newsroom would cite, every criminal case stands on a court, a
//! prosecutor or a named news outlet, the Spanish and Italian words for the
//! stations are never the ones for petrol stations, and the dated
//! "Corrections and updates" note is on every page in every language.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use overseas_stations::i18n::catalog::Catalog;
use overseas_stations::i18n::interface::Interface;
use overseas_stations::i18n::pack::translate;
use overseas_stations::i18n::Lang;
use overseas_stations::model::{Dataset, Embedded, EventKind, Response, Source, Status};
use overseas_stations::static_frame::page::{sources_page, static_page, Links};
use overseas_stations::strings::{Strings, EN};

/// Sites that are not news outlets, whatever they publish: never cited.
const NOT_NEWS: &[(&str, &str)] = &[(
    "a2znews.uk",
    "an English-learning site that rewrites news at graded reading levels",
)];

/// Courts, prosecutors and justice ministries: primary sources for a criminal case.
const PRIMARY: &[&str] = &["justice.gov", "uscourts.gov"];

fn english() -> Dataset {
    Dataset::embedded().unwrap_or_else(|e| panic!("data/ must load: {e}"))
}

/// The host of `url`, without its scheme, path or port.
fn host(url: &str) -> &str {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.split(':').next().unwrap_or(host)
}

/// Whether `url`'s host is `domain` or one of its subdomains.
fn on_domain(url: &str, domain: &str) -> bool {
    let h = host(url);
    h == domain || h.ends_with(&format!(".{domain}"))
}

/// A source that may carry a named person's legal status: a court, a
/// prosecutor or a justice ministry, or an outlet named as such (not a bare
/// web address, not a copy on another site, not a non-news site).
fn is_primary_or_named_outlet(s: &Source) -> bool {
    if PRIMARY.iter().any(|d| on_domain(&s.url, d)) {
        return true;
    }
    let named = !s.publisher.contains(" via ") && !s.publisher.contains('.');
    named && !NOT_NEWS.iter().any(|(d, _)| on_domain(&s.url, d))
}

#[test]
fn no_source_is_a_non_news_site() {
    let d = english();
    for s in &d.sources {
        for (domain, why) in NOT_NEWS {
            assert!(
                !on_domain(&s.url, domain),
                "source {} links {domain}, {why}: {}",
                s.id,
                s.url
            );
        }
    }
}

#[test]
fn every_criminal_case_stands_on_a_primary_source_or_a_named_outlet() {
    let d = english();
    // Court events, charges recorded as a government's response, and station
    // rows tagged with charges: the data's own words for a criminal case.
    let events = d
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Court || e.response == Some(Response::Charges))
        .map(|e| (format!("event {}", e.id), &e.sources));
    let stations = d
        .stations
        .iter()
        .filter(|s| s.status.contains(&Status::Charged))
        .map(|s| (format!("station {}", s.id), &s.sources));
    let cases: Vec<(String, &Vec<String>)> = events.chain(stations).collect();
    assert!(cases.len() >= 3, "the data holds court events: {cases:?}");
    for (what, sources) in cases {
        let ok = sources
            .iter()
            .filter_map(|id| d.source(id))
            .any(is_primary_or_named_outlet);
        assert!(
            ok,
            "{what} cites no court, prosecutor or named news outlet: {sources:?}"
        );
    }
    // The New York charges link the Justice Department's own release.
    let ny = d
        .event("ny-charges-2023-04-17")
        .expect("the New York charges");
    let doj = ny.sources.iter().filter_map(|id| d.source(id));
    assert!(doj
        .clone()
        .any(|s| on_domain(&s.url, "justice.gov") && !s.publisher.contains(" via ")));
}

#[test]
fn the_test_s_own_rules_tell_outlets_from_copies() {
    let source = |publisher: &str, url: &str| Source {
        id: "x".into(),
        title: "t".into(),
        publisher: publisher.into(),
        date: None,
        url: url.into(),
        note: String::new(),
    };
    assert!(is_primary_or_named_outlet(&source(
        "U.S. Department of Justice",
        "https://www.justice.gov/opa/pr/x"
    )));
    assert!(is_primary_or_named_outlet(&source(
        "The Guardian",
        "https://www.theguardian.com/x"
    )));
    assert!(!is_primary_or_named_outlet(&source(
        "a2znews.uk",
        "https://a2znews.uk/article/b2/1"
    )));
    assert!(!is_primary_or_named_outlet(&source(
        "A2Z News",
        "https://a2znews.uk/article/b2/1"
    )));
    assert!(!is_primary_or_named_outlet(&source(
        "Reuters via WTVB",
        "https://wtvbam.com/x"
    )));
    assert_eq!(host("https://www.justice.gov:443/opa?x"), "www.justice.gov");
}

/// Every reader-facing text of `lang` in data/lang/<tag>/: interface words,
/// story, events, station notes and the corrections note, as parsed.
fn texts(lang: Lang) -> Vec<(String, String)> {
    let english = english();
    let catalog = Catalog::embedded(lang)
        .expect("a translated language")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let strings = Interface::embedded(lang)
        .expect("a translated language")
        .unwrap_or_else(|e| panic!("{e:?}"))
        .strings;
    let mut out: Vec<(String, String)> = strings
        .parts()
        .into_iter()
        .flat_map(|(key, values)| {
            values
                .into_iter()
                .map(move |v| (key.to_owned(), v.to_owned()))
        })
        .collect();
    let data = translate(&english, &catalog, &BTreeMap::new(), &BTreeMap::new());
    for s in &data.steps {
        for t in [&s.date_label, &s.headline, &s.caption] {
            out.push((format!("step.{}", s.id), t.clone()));
        }
    }
    for e in &data.events {
        for t in [&e.headline, &e.summary] {
            out.push((format!("event.{}", e.id), t.clone()));
        }
    }
    for s in &data.stations {
        out.push((format!("station.{}", s.id), s.notes.clone()));
    }
    for c in &data.corrections {
        out.push((format!("correction.{}", c.id), c.text.clone()));
    }
    out
}

/// Where `text` uses one of `terms` without the police qualifier after it.
fn bare_uses<'a>(text: &'a str, terms: &[&str], qualifiers: &[&str]) -> Vec<&'a str> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    for term in terms {
        for (at, _) in lower.match_indices(term) {
            let rest = &lower[at + term.len()..];
            if !qualifiers.iter().any(|q| rest.starts_with(q)) {
                let end = (at + term.len() + 20).min(text.len());
                let end = (end..=text.len())
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(text.len());
                found.push(&text[at..end]);
            }
        }
    }
    found
}

#[test]
fn spanish_and_italian_never_call_them_petrol_stations() {
    // «Estaciones de servicio» and «stazioni di servizio» alone are petrol
    // stations: the sources' term always carries the police qualifier.
    let spanish = ["estación de servicio", "estaciones de servicio"];
    let italian = ["stazione di servizio", "stazioni di servizio"];
    for lang in [Lang::ZhHans, Lang::Es, Lang::It] {
        for (key, text) in texts(lang) {
            let mut bare = bare_uses(&text, &spanish, &[" policial", " de policía"]);
            bare.extend(bare_uses(&text, &italian, &[" di polizia"]));
            assert!(
                bare.is_empty(),
                "data/lang/{}: {key} uses a petrol-station term: {bare:?}",
                lang.tag()
            );
        }
    }
    assert_eq!(
        bare_uses(
            "«Estaciones de servicio» en el extranjero",
            &spanish,
            &[" policial"]
        )
        .len(),
        1
    );
    assert!(bare_uses("estaciones de servicio policial", &spanish, &[" policial"]).is_empty());
}

#[test]
fn lu_jianwang_is_named_as_the_chinese_press_writes_him() {
    let wrong = "陆建旺";
    for (key, text) in texts(Lang::ZhHans) {
        if key.starts_with("correction.") {
            continue; // the note says what the name was, to correct it
        }
        assert!(!text.contains(wrong), "{key}: {text}");
    }
    let named: Vec<_> = texts(Lang::ZhHans)
        .into_iter()
        .filter(|(_, t)| t.contains("卢建旺"))
        .collect();
    assert!(named.len() >= 2, "{named:?}");
}

/// The language's words and the dataset in them.
fn in_language(lang: Lang) -> (&'static Strings, Dataset) {
    let english = english();
    if lang == Lang::En {
        return (&EN, english);
    }
    let catalog = Catalog::embedded(lang).unwrap().unwrap();
    let strings = Interface::embedded(lang).unwrap().unwrap().strings;
    let data = translate(&english, &catalog, &BTreeMap::new(), &BTreeMap::new());
    (strings, data)
}

#[test]
fn the_corrections_note_is_on_every_page_in_every_language() {
    let english = english();
    assert!(!english.corrections.is_empty(), "the note has entries");
    let links = Links {
        csv: "stations.csv",
        sources: "sources.html",
        map: ["map-light.svg", "map-dark.svg"],
    };
    for lang in Lang::ALL {
        let (strings, data) = in_language(lang);
        let ids: Vec<&str> = data.corrections.iter().map(|c| c.id.as_str()).collect();
        let english_ids: Vec<&str> = english.corrections.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            english_ids,
            "{}: same entries in the same order",
            lang.tag()
        );
        let page = static_page(&data, strings, &links).body;
        let sources = sources_page(&data, strings, "main.css");
        for (name, html) in [("static story", &page), ("sources page", &sources)] {
            let heading = format!(
                "<h2 class=\"corrections-title\">{}</h2>",
                strings.corrections_title
            );
            // The first frame has it as a closed disclosure; the whole story
            // and the sources page under a heading, open.
            assert_eq!(html.matches(&heading).count(), 1, "{} {name}", lang.tag());
            let mut at = html.find(&heading).unwrap();
            let note = &html[at..];
            for (ours, en) in data.corrections.iter().zip(&english.corrections) {
                assert_eq!(ours.date, en.date, "{}: {}", lang.tag(), en.id);
                assert!(!ours.text.trim().is_empty());
                if lang != Lang::En {
                    assert_ne!(
                        ours.text,
                        en.text,
                        "{}: {} is not translated",
                        lang.tag(),
                        en.id
                    );
                }
                let date = en.date.to_string();
                assert_eq!(
                    listed_date(note, &en.id),
                    Some(date.as_str()),
                    "{} {name}: {} under its date",
                    lang.tag(),
                    en.id
                );
                let words = format!(
                    "<time datetime=\"{date}\">{}</time>",
                    strings.date(&en.date)
                );
                assert!(note.contains(&words), "{} {name}: {words}", lang.tag());
                let entry = format!("<li data-correction=\"{}\">", en.id);
                let found = html[at..]
                    .find(&entry)
                    .unwrap_or_else(|| panic!("{} {name}: {entry}", lang.tag()));
                at += found;
            }
        }
    }
}

/// The date an entry is listed under in `html` (a page as written): the
/// `datetime` of the last date before the entry. `None` if it is missing.
fn listed_date<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let at = html.find(&format!("<li data-correction=\"{id}\">"))?;
    let date = html[..at].rfind("<time datetime=\"")? + "<time datetime=\"".len();
    html[date..].split('"').next()
}
