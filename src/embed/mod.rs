//! Embedding the graphic in other pages: what the frame's address says about
//! its host, the size messages a framed graphic sends, the host API (commands
//! in, step reports out) and the embed snippet.
//!
//! Everything here is plain Rust (serde types for the messages) with native
//! tests; the browser glue
//! (ResizeObserver, `postMessage`, the `message` listeners) is
//! `app::embed_messages` and `app::host_api`.
//!
//! - [`size`]: height messages for pym.js, AMP and our own `embed.js`.
//! - [`host`]: commands a host page sends (`goto`, `play`) and the step report.
//! - [`snippet`]: the iframe and script a newsroom pastes.
//!
//! Outgoing messages carry nothing but a height, a step and an id taken from
//! the frame's own address, so they may be posted with target origin `"*"`.

pub mod host;
pub mod size;
pub mod snippet;

pub use host::{step_message, CommandFields, HostCommand, HostMessage, StepMessage};
pub use size::{
    amp_message, height_px, own_message, parse_px, parse_pym_width, pym_height_message,
    pym_message, AmpEmbedSize, HeightTracker, OwnHeightMessage, MAX_HEIGHT, OWN_MESSAGE_KEY,
    PYM_DELIMITER,
};
pub use snippet::{
    embed_snippet, embed_url, graphic_url, language_page, parent_script_url, FRAME_MARKER,
    PARENT_SCRIPT, SNIPPET_HEIGHT,
};

use crate::view::query::pairs;

/// Id used when the address names none.
pub const DEFAULT_ID: &str = "default";
/// Ids longer than this are cut (they only ever name an element of the host).
pub const MAX_ID_CHARS: usize = 128;

/// What the frame's own address says about its host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedParams {
    /// `childId`, added by pym.js parents to the iframe's address.
    pub child_id: Option<String>,
    /// `initialWidth` (CSS px), added by pym.js parents. The layout is pure CSS,
    /// so it is read and validated but needs no action.
    pub initial_width: Option<u32>,
    /// The id our own messages carry: `id`, else `childId`, else [`DEFAULT_ID`].
    pub id: String,
}

impl EmbedParams {
    /// The id pym.js messages carry: `childId`, else the own id.
    pub fn pym_id(&self) -> &str {
        self.child_id.as_deref().unwrap_or(&self.id)
    }
}

/// Reads `childId`, `initialWidth` and `id` from a query string (`?a=b&...`).
pub fn embed_params(query: &str) -> EmbedParams {
    let mut child_id = None;
    let mut initial_width = None;
    let mut own_id = None;
    for (key, value) in pairs(query) {
        match key.as_str() {
            "childId" => child_id = clean_id(&value),
            "id" => own_id = clean_id(&value),
            "initialWidth" => initial_width = parse_px(&value),
            _ => {}
        }
    }
    let id = own_id
        .or_else(|| child_id.clone())
        .unwrap_or_else(|| DEFAULT_ID.to_string());
    EmbedParams {
        child_id,
        initial_width,
        id,
    }
}

fn clean_id(value: &str) -> Option<String> {
    let value: String = value.trim().chars().take(MAX_ID_CHARS).collect();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pym_and_own_ids() {
        let p = embed_params("?embed=1&initialWidth=600&childId=graphic-1");
        assert_eq!(p.child_id.as_deref(), Some("graphic-1"));
        assert_eq!(p.initial_width, Some(600));
        assert_eq!(p.id, "graphic-1");
        assert_eq!(p.pym_id(), "graphic-1");

        let p = embed_params("?childId=pym-7&id=mine");
        assert_eq!(p.id, "mine");
        assert_eq!(p.pym_id(), "pym-7");

        let p = embed_params("?id=solo");
        assert_eq!(p.child_id, None);
        assert_eq!(p.pym_id(), "solo");
    }

    #[test]
    fn falls_back_to_the_default_id() {
        let p = embed_params("");
        assert_eq!(p.id, DEFAULT_ID);
        assert_eq!(p.child_id, None);
        assert_eq!(p.initial_width, None);
        assert_eq!(embed_params("?id=&childId=%20").id, DEFAULT_ID);
        assert_eq!(embed_params("?initialWidth=wide").initial_width, None);
    }

    #[test]
    fn cuts_very_long_ids() {
        let long = "x".repeat(500);
        assert_eq!(embed_params(&format!("?id={long}")).id.len(), 128);
    }
}
