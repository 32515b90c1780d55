//! The host API in the page: commands from the parent window move the
//! timeline, and every step change is reported back (formats and rules in
//! [`crate::embed::host`]). Does nothing when the page is not framed.

use leptos::prelude::*;

use super::{browser, embed_messages, Ctx};
use crate::embed::{embed_params, parse_command, step_message_json, HostCommand};
use crate::view::timeline::Command;

/// Listens for the host's commands and reports the step: once now, then on
/// every change (by the reader, autoplay or the host). Call once, in `Graphic`.
pub fn connect(ctx: Ctx) {
    if !browser::is_framed() {
        return;
    }
    let id: &'static str = Box::leak(embed_params(&browser::query()).id.into_boxed_str());
    // Registered before the first report goes out, so that a host answering
    // it (embed.js re-sends the step it wants) is heard.
    embed_messages::on_parent_message(move |data| {
        let command =
            embed_messages::command_fields(&data).and_then(|fields| parse_command(&fields, id));
        match command {
            Some(HostCommand::Goto(step)) => {
                if let Some(index) = ctx.data.step_index(&step) {
                    ctx.apply(Command::Go(index));
                }
            }
            Some(HostCommand::Play(on)) => ctx.apply(Command::Play(on)),
            None => {}
        }
    });
    Effect::new(move |previous: Option<usize>| {
        let step = ctx.timeline.with(|t| t.step);
        if previous != Some(step) {
            let json = step_message_json(id, &ctx.data.steps[step].id, step);
            embed_messages::post_json_to_parent(&json);
        }
        step
    });
}
