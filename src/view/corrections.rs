//! The "Corrections and updates" note: what changed in the graphic and when,
//! newest first. The live page, the static story and the sources page show
//! the same list, each in its language (`crate::app::panels::corrections_note`).

use crate::model::Dataset;

/// Class of the element that holds the note, on every page.
pub const CLASS: &str = "corrections";

/// Whether the note has entries (the page's English gets their words from
/// its language file, which may come after the note is on screen).
pub fn has_entries(data: &Dataset) -> bool {
    !data.corrections.is_empty()
}
