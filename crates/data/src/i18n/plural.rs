//! Cardinal plural categories of whole numbers, by the Unicode CLDR rules
//! (`supplemental/plurals.json`, CLDR 48) of each language.

use super::Lang;

/// The CLDR plural category a count falls in (only those our languages use).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural {
    /// `one`: exactly 1 in English, Spanish and Italian.
    One,
    /// `many`: in Spanish and Italian, exact non-zero multiples of 1,000,000
    /// ("1 millón de estaciones", not "1 millón estaciones").
    Many,
    /// `other`: everything else, and every count in Chinese.
    Other,
}

/// The category of the whole number `n` in `lang`.
///
/// CLDR's rules for integers (no visible fraction digits, no exponent):
/// en and it `one` when i = 1; es `one` when n = 1; es and it `many` when
/// i != 0 and i % 1000000 = 0; zh has only `other`.
pub fn category(lang: Lang, n: u64) -> Plural {
    match lang {
        Lang::ZhHans => Plural::Other,
        _ if n == 1 => Plural::One,
        Lang::Es | Lang::It if n != 0 && n.is_multiple_of(1_000_000) => Plural::Many,
        _ => Plural::Other,
    }
}

/// A word's forms by plural category; a language without a `many` form repeats `other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms<'a> {
    /// Used for the `one` category ("station").
    pub one: &'a str,
    /// Used for the `many` category (Spanish and Italian millions).
    pub many: &'a str,
    /// Used for every other count ("stations").
    pub other: &'a str,
}

impl<'a> Forms<'a> {
    /// A word with a singular and a plural only (`many` is the plural).
    pub const fn two(one: &'a str, other: &'a str) -> Forms<'a> {
        Forms {
            one,
            many: other,
            other,
        }
    }

    /// The form for `n` in `lang`.
    pub fn pick(&self, lang: Lang, n: u64) -> &'a str {
        match category(lang, n) {
            Plural::One => self.one,
            Plural::Many => self.many,
            Plural::Other => self.other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_follow_the_category() {
        let es = Forms {
            one: "estación",
            many: "de estaciones",
            other: "estaciones",
        };
        assert_eq!(es.pick(Lang::Es, 1), "estación");
        assert_eq!(es.pick(Lang::Es, 102), "estaciones");
        assert_eq!(es.pick(Lang::Es, 2_000_000), "de estaciones");
        let en = Forms::two("country", "countries");
        assert_eq!(en.pick(Lang::En, 1), "country");
        assert_eq!(en.pick(Lang::En, 0), "countries");
        assert_eq!(en.pick(Lang::En, 1_000_000), "countries");
    }
}
