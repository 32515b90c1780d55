//! The "Embed this graphic" box's note on a typed house colour (its controls
//! are the component `crate::app::embed_options`).

use crate::chart::contrast::accent_fit;
use crate::strings::Strings;

/// What becomes of a typed house colour, in words ("" when none is typed or
/// it is used in both themes).
pub fn accent_note(typed: &str, strings: &Strings) -> &'static str {
    if typed.trim().is_empty() {
        return "";
    }
    let fit = accent_fit(typed.trim());
    match (fit.light.is_some(), fit.dark.is_some()) {
        (false, false) => strings.embed_accent_notes[0],
        (true, false) => strings.embed_accent_notes[1],
        (false, true) => strings.embed_accent_notes[2],
        (true, true) => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::EN;
    use crate::view::query::{EmbedChoices, Theme};

    #[test]
    fn the_form_reads_back_as_the_url_options_it_names() {
        let choices = EmbedChoices::from_form(
            |name| match name {
                "step" => "december".into(),
                "view" => "map".into(),
                "theme" => "dark".into(),
                _ => String::new(),
            },
            |name| name == "title",
        );
        assert_eq!(choices.theme, Some(Theme::Dark));
        assert_eq!(choices.query(), "step=december&view=map&theme=dark&title=0");
    }

    #[test]
    fn the_note_says_where_a_colour_is_used() {
        assert_eq!(accent_note("", &EN), "");
        assert_eq!(accent_note("c01f1f", &EN), EN.embed_accent_notes[1]);
        assert_eq!(accent_note("fc3", &EN), EN.embed_accent_notes[2]);
        assert_eq!(accent_note("red;}", &EN), EN.embed_accent_notes[0]);
        assert_eq!(accent_note("777", &EN), EN.embed_accent_notes[0]);
    }
}
