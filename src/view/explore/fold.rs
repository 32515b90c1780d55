//! Text folded for matching, so that case, accents and punctuation do not
//! count ("bogota" finds Bogotá, "ITALY" finds Italy, "noisy le grand"
//! finds Noisy-le-Grand), and the slugs of city ids.
//!
//! Folding is canonical decomposition (NFD), every combining mark (Unicode
//! General Category M) dropped, lower case, then every run of characters
//! that are neither alphabetic nor numeric one space, trimmed. Natively that
//! is [`fold`], with the unicode-normalization crate; its tables would cost
//! the page's wasm about 28 KB gzip, and the character classes about 2 KB
//! more, so the page passes the browser's own instead, which gives the same
//! text: `s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
//! .replace(/[^\p{Alphabetic}\p{N}]+/gu, " ").trim()`.

/// A folding function, as described above: the core takes it as a value so
/// that the page can pass the browser's and the tests and the build this one.
pub type Fold = fn(&str) -> String;

/// [`Fold`] natively: NFD, combining marks dropped, lower case, words
/// (alphabetic or numeric runs) joined by single spaces.
#[cfg(not(target_arch = "wasm32"))]
pub fn fold(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let bare: String = text.nfd().filter(|c| !is_combining_mark(*c)).collect();
    bare.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The slug of a Latin-script name: the ASCII letters and digits of its
/// folded words, joined by `-` ("São Paulo" is `sao-paulo`, "Richmond, BC"
/// `richmond-bc`).
pub fn slug(name: &str, fold: Fold) -> String {
    fold(name)
        .split(' ')
        .map(|w| w.chars().filter(char::is_ascii_alphanumeric).collect())
        .filter(|w: &String| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("Bogotá"), "bogota");
        assert_eq!(fold("MÁLAGA"), "malaga");
        assert_eq!(fold("Dobroești"), "dobroesti", "comma below is a mark");
        assert_eq!(fold("Viña del Mar"), "vina del mar");
        // Characters without a decomposition stay as they are.
        assert_eq!(fold("米兰"), "米兰");
        assert_eq!(fold("Øresund"), "øresund");
    }

    #[test]
    fn words_break_at_anything_but_letters_and_digits() {
        assert_eq!(fold("Noisy-le-Grand"), "noisy le grand");
        assert_eq!(fold("  Ribeira Brava,  Madeira "), "ribeira brava madeira");
        assert_eq!(fold("伦敦（克罗伊登）"), "伦敦 克罗伊登");
        assert_eq!(fold("Paris 13"), "paris 13");
        assert_eq!(fold(" - "), "");
    }

    #[test]
    fn slugs_are_ascii_words_joined_by_hyphens() {
        assert_eq!(slug("São Paulo", fold), "sao-paulo");
        assert_eq!(slug("Dobroești, Ilfov", fold), "dobroesti-ilfov");
        assert_eq!(slug("Richmond, BC", fold), "richmond-bc");
        assert_eq!(slug("米兰", fold), "");
    }
}
