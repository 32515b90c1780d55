//! What the live page and its static first frame agree on: the classes that
//! say which of the frame's parts only the first frame shows, and which only
//! readers without the app.

/// Class of the static frame's root element; the app removes it on takeover.
pub const FRAME_CLASS: &str = "static-frame";
/// Class of what only readers without the app see.
pub const EXTRA_CLASS: &str = "static-extra";
/// Class of what only the first frame shows (hidden when the whole static story is).
pub const FIRST_ONLY_CLASS: &str = "static-first";
