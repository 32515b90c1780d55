//! The "Corrections and updates" note as HTML: what changed in the graphic and
//! when, newest first. The live page, the static story and the sources page
//! show the same list, each in its language.

use super::markup::escape;
use crate::model::Dataset;
use crate::strings::Strings;

/// Class of the element that holds the note, on every page.
pub const CLASS: &str = "corrections";

/// The note's heading and dated entries; empty when there is nothing to show
/// (no correction, or their words not loaded).
pub fn corrections_note(data: &Dataset, strings: &Strings) -> String {
    let items: String = data
        .corrections
        .iter()
        .filter(|c| !c.text.is_empty())
        .map(|c| {
            format!(
                "<li data-correction=\"{}\"><time datetime=\"{}\">{}</time>{}{}</li>",
                escape(&c.id),
                c.date,
                escape(&strings.date(&c.date)),
                escape(strings.colon),
                escape(&c.text)
            )
        })
        .collect();
    if items.is_empty() {
        return String::new();
    }
    format!(
        "<h2 class=\"corrections-title\">{}</h2><ul class=\"corrections-list\">{items}</ul>",
        escape(strings.corrections_title)
    )
}

/// The note in its own `<section>`, as the static pages write it (nothing when empty).
pub fn corrections_section(data: &Dataset, strings: &Strings) -> String {
    let note = corrections_note(data, strings);
    if note.is_empty() {
        return note;
    }
    format!("<section class=\"{CLASS}\">{note}</section>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::EN;

    #[test]
    fn each_entry_shows_its_date_in_words_and_in_iso_form() {
        let data = Dataset::embedded().unwrap();
        assert!(!data.corrections.is_empty());
        let html = corrections_section(&data, &EN);
        assert!(html.starts_with("<section class=\"corrections\"><h2"));
        assert!(html.contains(EN.corrections_title));
        for c in &data.corrections {
            let entry = format!(
                "<li data-correction=\"{}\"><time datetime=\"{}\">{}</time>: {}</li>",
                c.id,
                c.date,
                EN.date(&c.date),
                escape(&c.text)
            );
            assert!(html.contains(&entry), "{entry}");
        }
    }

    #[test]
    fn nothing_is_written_without_words() {
        let mut data = Dataset::embedded().unwrap();
        for c in &mut data.corrections {
            c.text.clear();
        }
        assert_eq!(corrections_section(&data, &EN), "");
        data.corrections.clear();
        assert_eq!(corrections_note(&data, &EN), "");
    }
}
