//! Play/pause, previous/next and the dated scrubber, with keyboard support.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Ctx;
use crate::view::first_frame::FIRST_ONLY_CLASS;
use crate::view::timeline::Command;

/// The keyboard command for a key, if the timeline handles it.
fn key_command(key: &str) -> Option<Command> {
    match key {
        "ArrowLeft" => Some(Command::Previous),
        "ArrowRight" => Some(Command::Next),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        " " | "Spacebar" => Some(Command::TogglePlay),
        _ => None,
    }
}

/// The timeline region: buttons, scrubber and keyboard handling.
#[component]
pub fn TimelineControls() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let len = ctx.english.data.steps.len();
    let step = move || ctx.step.get();

    let on_key = move |ev: web_sys::KeyboardEvent| {
        let Some(command) = key_command(&ev.key()) else {
            return;
        };
        // Space on a focused button is that button's own click.
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlButtonElement>().ok())
            .is_some();
        if command == Command::TogglePlay && on_button {
            return;
        }
        ev.prevent_default();
        ctx.apply(command);
    };

    let play_label = move || {
        if ctx.playing.get() {
            ctx.strings().pause
        } else if step() + 1 >= len {
            ctx.strings().replay
        } else {
            ctx.strings().play
        }
    };

    // The static first frame's timeline is inert until the app runs.
    let inert = !ctx.live();
    let testid = move |id: &'static str| ctx.live().then_some(id);
    let ticks = ctx
        .steps()
        .map(|(i, id, label)| {
            let act = ctx.english.data.steps[i].act;
            view! {
                <li class="tick" class:done=move || i < step()>
                    <button
                        type="button"
                        disabled=inert
                        data-step=id
                        data-act=act.to_string()
                        aria-current=move || (i == step()).then_some("step")
                        on:click=move |_| ctx.apply(Command::Go(i))
                    >
                        <span class="tick-dot" aria-hidden="true"></span>
                        <span class="tick-label">{label}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <nav
            class="timeline"
            class=(FIRST_ONLY_CLASS, inert)
            data-testid=testid("timeline")
            aria-label=move || ctx.strings().timeline_label
            tabindex=ctx.live().then_some("0")
            on:keydown=on_key
        >
            <div class="buttons">
                <button
                    type="button"
                    class="control"
                    disabled=inert
                    data-testid=testid("prev")
                    aria-disabled=move || (step() == 0).to_string()
                    on:click=move |_| ctx.apply(Command::Previous)
                >
                    <span class="arrow" aria-hidden="true">"\u{2190} "</span>
                    {move || ctx.strings().previous}
                </button>
                <button
                    type="button"
                    class="control play"
                    disabled=inert
                    data-testid=testid("play")
                    aria-pressed=move || ctx.playing.get().to_string()
                    on:click=move |_| ctx.apply(Command::TogglePlay)
                >
                    {play_label}
                </button>
                <button
                    type="button"
                    class="control"
                    disabled=inert
                    data-testid=testid("next")
                    aria-disabled=move || (step() + 1 >= len).to_string()
                    on:click=move |_| ctx.apply(Command::Next)
                >
                    {move || ctx.strings().next}
                    <span class="arrow" aria-hidden="true">" \u{2192}"</span>
                </button>
                <span class="step-count" aria-hidden="true">
                    {move || ctx.strings().step_of(step(), len)}
                </span>
            </div>
            <ol class="scrubber">{ticks}</ol>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_commands() {
        assert_eq!(key_command("ArrowRight"), Some(Command::Next));
        assert_eq!(key_command(" "), Some(Command::TogglePlay));
        assert_eq!(key_command("a"), None);
    }
}
