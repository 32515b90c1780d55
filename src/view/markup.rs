//! What the pages' text needs beside the components: HTML escaping for the
//! pages still written as strings (the static story's frame, the embed
//! snippet), and a government response in words.

use crate::model::CountryCount;
use crate::strings::Strings;

/// `text` escaped for HTML text and double-quoted attributes (every attribute
/// written here is double-quoted, so `'` stays readable).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A country's government response in words ("No public response found" if none).
pub fn response_label(country: &CountryCount, strings: &Strings) -> &'static str {
    country
        .response
        .map_or(strings.no_response, |r| strings.responses[r.index()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_data() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c'");
    }
}
