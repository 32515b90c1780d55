//! The languages the graphic is written in, and how their tags are read.

/// A language the graphic is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English (British spelling and dates), the default and always built in.
    #[default]
    En,
    /// Chinese in simplified characters.
    ZhHans,
    /// Spanish.
    Es,
    /// Italian.
    It,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::ZhHans, Lang::Es, Lang::It];

    /// The BCP 47 tag, for `<html lang>`, `?lang=` and the `data/lang/<tag>/` folders.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::Es => "es",
            Lang::It => "it",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "中文",
            Lang::Es => "Español",
            Lang::It => "Italiano",
        }
    }

    /// The page written in this language at build time, next to `index.html`
    /// (its static first frame and fallback images are in the language).
    pub fn page(self) -> &'static str {
        match self {
            Lang::En => "index.html",
            Lang::ZhHans => "zh-Hans.html",
            Lang::Es => "es.html",
            Lang::It => "it.html",
        }
    }

    /// Reads a language tag, ignoring case, with `-` or `_` between subtags.
    ///
    /// Any regional English, Spanish or Italian (`en-US`, `es-419`, `it-CH`) is
    /// that language. Chinese is accepted when it is, or is usually, written in
    /// simplified characters: `zh`, `zh-Hans…`, `zh-CN`, `zh-SG`, `zh-MY`; a tag
    /// for traditional characters (`zh-Hant…`, `zh-TW`, `zh-HK`, `zh-MO`) gives
    /// `None`, so that a caller can try the reader's next language instead.
    #[inline]
    pub fn parse(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase();
        let mut subtags = lower.split(['-', '_']);
        match subtags.next()? {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "it" => Some(Lang::It),
            "zh" => match subtags.next() {
                None | Some("hans" | "cn" | "sg" | "my") => Some(Lang::ZhHans),
                _ => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_reads_back_from_its_own_tag() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.tag()), Some(lang));
            assert_eq!(Lang::parse(&lang.tag().to_uppercase()), Some(lang));
        }
        assert_eq!(Lang::default(), Lang::En);
    }

    #[test]
    fn regional_tags_map_to_the_language_and_traditional_chinese_does_not() {
        for (tag, lang) in [
            ("en-GB", Lang::En),
            ("en_US", Lang::En),
            ("es-419", Lang::Es),
            ("ES-es", Lang::Es),
            ("it-CH", Lang::It),
            ("zh", Lang::ZhHans),
            ("zh-CN", Lang::ZhHans),
            ("zh_cn", Lang::ZhHans),
            ("zh-hans", Lang::ZhHans),
            ("zh-Hans-HK", Lang::ZhHans),
            ("zh-SG", Lang::ZhHans),
        ] {
            assert_eq!(Lang::parse(tag), Some(lang), "{tag}");
        }
        for tag in [
            "zh-Hant",
            "zh-TW",
            "zh-HK",
            "zh-Hant-TW",
            "fr",
            "english",
            "",
            "e",
        ] {
            assert_eq!(Lang::parse(tag), None, "{tag}");
        }
    }
}
