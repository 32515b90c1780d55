//! The host API in the page: commands from the parent window move the
//! timeline, and every step change is reported back (formats and rules in
//! [`crate::embed::host`]). Does nothing when the page is not framed.
//!
//! No Effect or listener of its own (each costs wasm): `embed_messages::start`
//! gives it the frame's id, `Graphic`'s step Effect calls [`on_step`], and
//! `embed_messages`' listener, which lets only the parent's messages through,
//! calls [`on_message`].

use std::cell::Cell;

use wasm_bindgen::JsValue;

use super::{embed_messages, Ctx};
use crate::embed::{step_message, HostCommand, HostMessage};
use crate::view::timeline::Command;

thread_local! {
    /// The graphic the host drives, once it runs, and the frame's id
    /// (`EmbedParams::id`; empty when the page is not framed).
    static TARGET: Cell<(Option<Ctx>, &'static str)> = const { Cell::new((None, "")) };
    /// Whether the host has given a command: then it drives, and autoplay never starts.
    static COMMANDED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the host has given the graphic a command yet.
pub fn has_commanded() -> bool {
    COMMANDED.get()
}

/// Sets the frame's id; until then the page neither reports nor obeys. Called
/// by `embed_messages::start` when framed, before the first step is reported.
pub fn set_id(id: &'static str) {
    TARGET.set((None, id));
}

/// Reports `step` to the host unless it is the `previous` one. Call on every
/// run of the Effect that follows the step: its first run reports the
/// starting step and opens the graphic to the host's commands.
pub fn on_step(ctx: Ctx, previous: Option<usize>, step: usize) {
    let (_, id) = TARGET.get();
    if id.is_empty() || previous == Some(step) {
        return;
    }
    TARGET.set((Some(ctx), id));
    embed_messages::post_to_parent(&step_message(id, &ctx.data.steps[step].id, step));
}

/// Obeys the host command in `data`, if it is one for us. `data` must come
/// from the parent window.
pub fn on_message(data: &JsValue) {
    let (Some(ctx), id) = TARGET.get() else {
        return;
    };
    // Anything that is not a message of the host API's shape is ignored.
    let Ok(message) = serde_wasm_bindgen::from_value::<HostMessage>(data.clone()) else {
        return;
    };
    let command = match message.command_for(id) {
        Some(HostCommand::Goto(step)) => ctx.data.step_index(&step).map(Command::Go),
        Some(HostCommand::Play(on)) => Some(Command::Play(on)),
        None => None,
    };
    if let Some(command) = command {
        COMMANDED.set(true);
        ctx.apply(command);
    }
}
