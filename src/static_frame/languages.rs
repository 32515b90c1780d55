//! The graphic in every language at build time: each language's words and
//! dataset ([`Language::all`]), its file for the page (`lang/<tag>.<hash>.json`),
//! the names of its pages and images, and its page made from the finished
//! `index.html` ([`language_page`]) after the build's last step.

use std::collections::BTreeMap;

use super::marks::{content_hash, BODY_MARK, HEAD_MARK};
use crate::i18n::catalog::Catalog;
use crate::i18n::interface::Interface;
use crate::i18n::{cldr, pack, Lang};
use crate::model::{DataError, Dataset};
use crate::strings::{Strings, EN};

/// Name of the social card's image among the cards.
pub const OG: &str = "og";

/// Where a language's files go in `dist/`: English at the top, the others
/// beside it (`zh-Hans.html`) or in a folder of their own (`fallback/zh-Hans/`).
#[derive(Clone, Copy)]
pub struct Names(pub Lang);

impl Names {
    /// The page (`index.html`, `zh-Hans.html` …).
    pub fn page(self) -> &'static str {
        self.0.page()
    }

    /// The page of every source.
    pub fn sources(self) -> String {
        match self.0 {
            Lang::En => "sources.html".into(),
            other => format!("sources-{}.html", other.tag()),
        }
    }

    /// `name` among the fallback images (`name` may start with `fallback/`).
    pub fn fallback(self, name: &str) -> String {
        let name = name.trim_start_matches("fallback/");
        match self.0 {
            Lang::En => format!("fallback/{name}"),
            other => format!("fallback/{}/{name}", other.tag()),
        }
    }

    /// The social card.
    pub fn og(self) -> String {
        match self.0 {
            Lang::En => "og.png".into(),
            other => format!("og-{}.png", other.tag()),
        }
    }
}

/// One language as the build writes it.
pub struct Language {
    /// The interface's words.
    pub strings: &'static Strings,
    /// The dataset in the language.
    pub data: Dataset,
}

impl Language {
    /// Every language, English first, each checked and translated; every problem otherwise.
    pub fn all(english: &Dataset) -> Result<Vec<Language>, Vec<DataError>> {
        let mut out = vec![Language {
            strings: &EN,
            data: english.clone(),
        }];
        let mut errors = Vec::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let catalog = Catalog::embedded(lang).expect("not English");
            let interface = Interface::embedded(lang).expect("not English");
            let countries = cldr::territory_names(lang).map_err(|message| DataError {
                file: cldr::NAMES_PATH.into(),
                line: None,
                field: None,
                value: None,
                message,
            });
            match (catalog, interface, countries) {
                (Ok(catalog), Ok(interface), Ok(countries)) => out.push(Language {
                    strings: interface.strings,
                    data: pack::translate(english, &catalog, &countries, &interface.cities),
                }),
                (catalog, interface, countries) => {
                    errors.extend(catalog.err().unwrap_or_default());
                    errors.extend(interface.err().unwrap_or_default());
                    errors.extend(countries.err());
                }
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    /// The language's file for the page and its content-hashed name
    /// (`lang/zh-Hans.<hash>.json`), over `english`; English's holds only the
    /// station notes and corrections, which the page's wasm leaves out.
    pub fn file(&self, english: &Dataset) -> (String, String) {
        let lang = self.strings.lang;
        let file = if lang == Lang::En {
            pack::LangFile::notes_only(lang, english)
        } else {
            pack::LangFile::new(self.strings, english, &self.data)
        };
        let text = serde_json::to_string(&file).expect("a language file always serializes");
        let name = format!("lang/{}.{}.json", lang.tag(), &content_hash(&text)[..12]);
        (name, text)
    }
}

/// The list of language files for [`pack::FILES_META`]: `tag=name`, space-separated.
pub fn files_meta(files: &BTreeMap<Lang, String>) -> String {
    let entries: Vec<String> = files
        .iter()
        .map(|(lang, name)| format!("{}={name}", lang.tag()))
        .collect();
    entries.join(" ")
}

/// `html` with `<html lang="…">` set to `lang`.
pub fn with_root_lang(html: &str, lang: Lang) -> Result<String, String> {
    let start = html.find("<html").ok_or("no <html> element")?;
    let end = start + html[start..].find('>').ok_or("unclosed <html>")?;
    let attrs = &html[start + "<html".len()..end];
    let kept: String = attrs
        .split_whitespace()
        .filter(|a| !a.starts_with("lang="))
        .map(|a| format!(" {a}"))
        .collect();
    Ok(format!(
        "{}<html lang=\"{}\"{kept}{}",
        &html[..start],
        lang.tag(),
        &html[end..]
    ))
}

/// The text between `marks` in `html`, marks included.
fn marked<'a>(html: &'a str, marks: (&str, &str), what: &str) -> Result<&'a str, String> {
    let start = html
        .find(marks.0)
        .ok_or_else(|| format!("{what}: no {}", marks.0))?;
    let end = html[start..]
        .find(marks.1)
        .map(|e| start + e + marks.1.len())
        .ok_or_else(|| format!("{what}: no {}", marks.1))?;
    Ok(&html[start..end])
}

/// A language's page made from the finished `index` (whatever the build's
/// later steps did to its scripts and their hashes) and the language's page
/// as render-static first wrote it: its head, its static graphic and its `lang`.
pub fn language_page(index: &str, written: &str, lang: Lang) -> Result<String, String> {
    let mut page = index.to_string();
    for marks in [HEAD_MARK, BODY_MARK] {
        let ours = marked(written, marks, lang.page())?;
        let english = marked(index, marks, "index.html")?;
        page = page.replacen(english, ours, 1);
    }
    with_root_lang(&page, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Embedded;

    #[test]
    fn a_language_page_takes_the_final_scripts_and_its_own_words() {
        let page = |lang: &str, head: &str, body: &str, script: &str| {
            format!(
                "<!doctype html><html lang=\"{lang}\" class=x><head>{}{head}{}{script}</head>\
                 <body><div id=app>{}{body}{}</div></body></html>",
                HEAD_MARK.0, HEAD_MARK.1, BODY_MARK.0, BODY_MARK.1
            )
        };
        let index = page(
            "en",
            "<title>E</title>",
            "<p>E</p>",
            "<script src=new.js></script>",
        );
        let written = page(
            "zh-Hans",
            "<title>中</title>",
            "<p>中</p>",
            "<script>old</script>",
        );
        let made = language_page(&index, &written, Lang::ZhHans).unwrap();
        assert_eq!(
            made,
            page(
                "zh-Hans",
                "<title>中</title>",
                "<p>中</p>",
                "<script src=new.js></script>"
            )
        );
        assert!(language_page("<html><head></head></html>", &written, Lang::Es).is_err());
    }

    #[test]
    fn every_language_is_complete_and_its_file_is_named_by_its_content() {
        let english = Dataset::embedded().unwrap();
        let all = Language::all(&english).unwrap_or_else(|e| panic!("{e:?}"));
        let langs: Vec<Lang> = all.iter().map(|l| l.strings.lang).collect();
        assert_eq!(langs, Lang::ALL);
        for language in &all {
            let (name, text) = language.file(&english);
            let tag = language.strings.lang.tag();
            assert!(name.starts_with(&format!("lang/{tag}.")) && name.ends_with(".json"));
            // Over the English the page's wasm has built in: no station
            // notes, no corrections' words.
            let mut shipped = english.clone().into_shipped();
            for s in &mut shipped.stations {
                s.notes.clear();
            }
            for c in &mut shipped.corrections {
                c.text.clear();
            }
            let file: pack::LangFile = serde_json::from_str(&text).unwrap();
            let (strings, data) = file.apply(shipped).unwrap();
            assert_eq!(strings.lang, language.strings.lang);
            assert_eq!(data, language.data.clone().into_shipped());
        }
    }

    #[test]
    fn names_keep_english_where_it_was() {
        assert_eq!(
            Names(Lang::En).fallback("fallback/setup.svg"),
            "fallback/setup.svg"
        );
        assert_eq!(
            Names(Lang::It).fallback("setup.svg"),
            "fallback/it/setup.svg"
        );
        assert_eq!(Names(Lang::ZhHans).og(), "og-zh-Hans.png");
        assert_eq!(Names(Lang::Es).sources(), "sources-es.html");
    }
}
