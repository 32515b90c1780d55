//! The caption stack's one rule shared by the page and its stylesheets: the
//! class of the steps in the stack that are not the current one (the
//! captions themselves are components, `crate::app::panels::caption_stack`).

/// Class of the steps in the stack that are not the current one.
pub const HIDDEN_ITEM: &str = "hidden-item";
