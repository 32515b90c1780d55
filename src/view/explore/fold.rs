//! Text folded for matching, so that case and accents do not count ("bogota"
//! finds Bogotá, "ITALY" finds Italy), and the slugs of city ids.
//!
//! Folding is canonical decomposition (NFD), then every combining mark
//! (Unicode General Category M) dropped, then lower case. Natively that is
//! [`fold`], with the unicode-normalization crate; its tables would cost the
//! page's wasm about 28 KB gzip, so the page passes the browser's own
//! instead, which gives the same text:
//! `s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()`.

/// A folding function, as described above: the core takes it as a value so
/// that the page can pass the browser's and the tests and the build this one.
pub type Fold = fn(&str) -> String;

/// [`Fold`] natively: NFD, combining marks dropped, lower case.
#[cfg(not(target_arch = "wasm32"))]
pub fn fold(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let bare: String = text.nfd().filter(|c| !is_combining_mark(*c)).collect();
    bare.to_lowercase()
}

/// The words of folded text joined by single spaces: runs of letters and
/// digits, anything else a break ("noisy-le-grand" is "noisy le grand").
pub fn words(folded: &str) -> String {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The slug of a Latin-script name: its folded ASCII letters and digits, words
/// joined by `-` ("São Paulo" is `sao-paulo`, "Richmond, BC" `richmond-bc`).
pub fn slug(name: &str, fold: Fold) -> String {
    words(&fold(name))
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
        assert_eq!(words(&fold("Noisy-le-Grand")), "noisy le grand");
        assert_eq!(words("  ribeira brava,  madeira "), "ribeira brava madeira");
        assert_eq!(words("意大利"), "意大利");
        assert_eq!(words(" - "), "");
    }

    #[test]
    fn slugs_are_ascii_words_joined_by_hyphens() {
        assert_eq!(slug("São Paulo", fold), "sao-paulo");
        assert_eq!(slug("Dobroești, Ilfov", fold), "dobroesti-ilfov");
        assert_eq!(slug("Richmond, BC", fold), "richmond-bc");
        assert_eq!(slug("米兰", fold), "");
    }
}
