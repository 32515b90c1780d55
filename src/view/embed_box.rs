//! The form of the "Embed this graphic" box, as HTML: the step to open at,
//! the chart on narrow screens, the theme, the three switches and the house colour. Its controls are
//! named as the URL options they set (`EmbedChoices::from_form` reads them).

use super::markup::escape;
use crate::chart::contrast::accent_fit;
use crate::model::Dataset;
use crate::strings::Strings;
use crate::view::query::ChartView;

/// The options' controls.
pub fn options_form(data: &Dataset, strings: &Strings) -> String {
    let option = |value: &str, label: &str| {
        format!(
            "<option value=\"{}\">{}</option>",
            escape(value),
            escape(label)
        )
    };
    let steps: String = data
        .steps
        .iter()
        .map(|s| option(&s.id, &s.date_label))
        .collect();
    let themes: String = ["", "light", "dark"]
        .iter()
        .zip(strings.embed_themes)
        .map(|(value, label)| option(value, label))
        .collect();
    let views: String = ChartView::ALL
        .iter()
        .zip(strings.view_names)
        .map(|(view, label)| option(view.id(), label))
        .collect();
    let check = |name: &str, label: &str| {
        format!(
            "<label class=\"check\"><input type=\"checkbox\" name=\"{name}\">{}</label>",
            escape(label)
        )
    };
    format!(
        "<legend>{}</legend><label>{}<select name=\"step\">{}{steps}</select></label>\
         <label>{}<select name=\"view\">{views}</select></label>\
         <label>{}<select name=\"theme\">{themes}</select></label>{}{}{}\
         <label>{}<input type=\"text\" name=\"accent\" maxlength=\"7\" size=\"8\" spellcheck=\"false\" \
         autocomplete=\"off\"></label>",
        escape(strings.embed_options),
        escape(strings.embed_start),
        option("", strings.embed_from_start),
        escape(strings.embed_view),
        escape(strings.embed_theme),
        check("controls", strings.embed_fixed),
        check("autoplay", strings.embed_no_autoplay),
        check("title", strings.embed_no_title),
        escape(strings.embed_accent),
    )
}

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
    use crate::model::Embedded;
    use crate::strings::EN;
    use crate::view::query::{EmbedChoices, Theme};

    #[test]
    fn every_control_is_named_as_its_option() {
        let data = Dataset::embedded().unwrap();
        let html = options_form(&data, &EN);
        for name in [
            "step", "view", "theme", "controls", "autoplay", "title", "accent",
        ] {
            assert!(html.contains(&format!("name=\"{name}\"")), "{name}");
        }
        for step in &data.steps {
            assert!(html.contains(&format!("<option value=\"{}\">", step.id)));
        }
        // Read back as the form would be: the URL options they stand for.
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
