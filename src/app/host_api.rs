//! The host API in the page: commands from the parent window move the
//! timeline, and every step change is reported back (formats and rules in
//! [`crate::embed::host`]). Does nothing when the page is not framed.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::explore::{choose_place, find_place};
use super::{browser, embed_messages, Ctx};
use crate::embed::{embed_params, step_message, HostCommand, HostMessage};
use crate::view::timeline::Command;

/// The graphic's side of the host API, owned by the graphic.
#[derive(Clone, Copy)]
pub struct HostApi {
    /// Whether the host has given a command: then it drives, and autoplay never starts.
    commanded: StoredValue<bool>,
}

impl HostApi {
    /// When framed: reports the step to the parent page now and on every
    /// change, obeys the parent's commands, and sizes the frame
    /// ([`embed_messages::start`]). Otherwise a handle that never commands.
    pub fn start(ctx: Ctx) -> HostApi {
        let host = HostApi {
            commanded: StoredValue::new(false),
        };
        if !browser::is_framed() {
            return host;
        }
        let params = embed_params(&browser::query());
        let id = params.id.clone();
        // Without an id the page neither reports nor obeys (it still sizes its frame).
        if !id.is_empty() {
            let id = id.clone();
            // Outward only: the step as the parent page should hear it.
            Effect::new(move |_| {
                let step = ctx.step.get();
                let step_id = &ctx.english.data.steps[step].id;
                embed_messages::post_to_parent(&step_message(&id, step_id, step));
            });
        }
        let handler = move |data: &JsValue| {
            if !id.is_empty() {
                host.obey(ctx, &id, data);
            }
        };
        // Once the graphic is in the document, so that the first height is its own.
        let mut pending = Some((params, handler));
        Effect::new(move |_| {
            if let Some((params, handler)) = pending.take() {
                embed_messages::start(params, handler);
            }
        });
        host
    }

    /// Whether the host has given the graphic a command yet.
    pub fn has_commanded(&self) -> bool {
        self.commanded.try_get_value().unwrap_or(false)
    }

    /// Obeys the host command in `data` if it is one for frame `id`. `data`
    /// must come from the parent window.
    fn obey(&self, ctx: Ctx, id: &str, data: &JsValue) {
        // Anything that is not a message of the host API's shape is ignored.
        let Ok(message) = serde_wasm_bindgen::from_value::<HostMessage>(data.clone()) else {
            return;
        };
        // `{ place }`: an id of no place here is ignored.
        let place = message.place_for(id).and_then(|p| find_place(ctx, p));
        if let Some(place) = place {
            self.commanded.set_value(true);
            choose_place(ctx, place);
            return;
        }
        let command = match message.command_for(id) {
            Some(HostCommand::Goto(step)) => ctx.english.data.step_index(&step).map(Command::Go),
            Some(HostCommand::Play(on)) => Some(Command::Play(on)),
            None => None,
        };
        if let Some(command) = command {
            self.commanded.set_value(true);
            ctx.apply(command);
        }
    }
}
