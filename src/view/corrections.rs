//! The "Corrections and updates" note as HTML: what changed in the graphic and
//! when, newest first. The live page, the static story and the sources page
//! show the same list, each in its language.

use super::markup::escape;
use crate::model::Dataset;
use crate::strings::Strings;

/// Class of the element that holds the note, on every page.
pub const CLASS: &str = "corrections";

/// Whether the note has anything to show: a correction whose words are
/// loaded (the page's English gets them from its language file).
pub fn has_entries(data: &Dataset) -> bool {
    data.corrections.iter().any(|c| !c.text.is_empty())
}

/// The note's entries under their dates, newest first; empty when there is
/// nothing to show (no correction, or their words not loaded).
pub fn corrections_note(data: &Dataset, strings: &Strings) -> String {
    let mut html = String::new();
    let mut date = None;
    for c in data.corrections.iter().filter(|c| !c.text.is_empty()) {
        if date != Some(c.date) {
            // A new date closes the list of the previous one.
            let close = if date.is_some() { "</ul>" } else { "" };
            html.push_str(&format!(
                "{close}<p class=\"corrections-date\"><time datetime=\"{}\">{}</time></p>\
                 <ul class=\"corrections-list\">",
                c.date,
                strings.date(&c.date)
            ));
            date = Some(c.date);
        }
        html.push_str(&format!(
            "<li data-correction=\"{}\">{}</li>",
            escape(&c.id),
            escape(&c.text)
        ));
    }
    if !html.is_empty() {
        html.push_str("</ul>");
    }
    html
}

/// The date an entry is listed under in `html` (the note as written above):
/// the `datetime` of the last date before the entry. `None` if it is missing.
pub fn listed_date<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let at = html.find(&format!("<li data-correction=\"{id}\">"))?;
    let date = html[..at].rfind("<time datetime=\"")? + "<time datetime=\"".len();
    html[date..].split('"').next()
}

/// The note in its own `<section>` under a heading, as the whole static
/// story and the sources page write it (nothing when empty); `class` is added
/// to the section's.
pub fn corrections_section(data: &Dataset, strings: &Strings, class: &str) -> String {
    let note = corrections_note(data, strings);
    if note.is_empty() {
        return note;
    }
    format!(
        "<section class=\"{CLASS}{}{class}\"><h2 class=\"corrections-title\">{}</h2>{note}</section>",
        if class.is_empty() { "" } else { " " },
        escape(strings.corrections_title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Embedded;
    use crate::strings::EN;

    #[test]
    fn each_entry_shows_its_date_in_words_and_in_iso_form() {
        let data = Dataset::embedded().unwrap();
        assert!(!data.corrections.is_empty());
        let html = corrections_section(&data, &EN, "");
        assert!(html.starts_with("<section class=\"corrections\"><h2"));
        assert!(html.contains(EN.corrections_title));
        for c in &data.corrections {
            let entry = format!("<li data-correction=\"{}\">{}</li>", c.id, escape(&c.text));
            assert!(html.contains(&entry), "{entry}");
            assert_eq!(listed_date(&html, &c.id), Some(c.date.to_string().as_str()));
        }
        let dates = html.matches("<time ").count();
        let mut distinct: Vec<_> = data.corrections.iter().map(|c| c.date).collect();
        distinct.dedup();
        assert_eq!(dates, distinct.len(), "each date once, over its entries");
        assert!(html.contains(&format!(">{}</time>", EN.date(&data.corrections[0].date))));
    }

    #[test]
    fn nothing_is_written_without_words() {
        let mut data = Dataset::embedded().unwrap();
        for c in &mut data.corrections {
            c.text.clear();
        }
        assert_eq!(corrections_section(&data, &EN, "x"), "");
        data.corrections.clear();
        assert_eq!(corrections_note(&data, &EN), "");
    }
}
