//! The one animation clock: a requestAnimationFrame loop that runs for
//! [`TRANSITION_MS`] after each step change. The counter, the bars and the map
//! all read its progress, so they move together and stop together.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use super::browser;
use crate::view::tween::TRANSITION_MS;

/// Progress of the transition under way, from 0 to 1 (1 when nothing moves).
#[derive(Clone, Copy)]
pub struct Clock {
    progress: RwSignal<f64>,
    /// The run in progress; a new run makes older frame callbacks stop.
    run: StoredValue<Rc<Cell<u32>>, LocalStorage>,
}

impl Default for Clock {
    /// A clock at rest.
    fn default() -> Clock {
        Clock {
            progress: RwSignal::new(1.0),
            run: StoredValue::new_local(Rc::default()),
        }
    }
}

impl Clock {
    /// The transition's progress, tracked: what moves redraws on every frame.
    pub fn progress(&self) -> f64 {
        self.progress.get()
    }

    /// Starts a transition from 0, or, with `jump` (reduced motion), ends it at once.
    pub fn restart(&self, jump: bool) {
        let run = self.run.get_value();
        let id = run.get().wrapping_add(1);
        run.set(id);
        if jump {
            if self.progress.get_untracked() != 1.0 {
                self.progress.set(1.0);
            }
            return;
        }
        self.progress.set(0.0);
        let start = browser::now().unwrap_or_default();
        tick(self.progress, run, id, start);
    }
}

fn tick(progress: RwSignal<f64>, run: Rc<Cell<u32>>, id: u32, start: f64) {
    let _ = request_animation_frame_with_handle(move || {
        if run.get() != id {
            return;
        }
        let now = browser::now().unwrap_or(start + TRANSITION_MS);
        let t = ((now - start) / TRANSITION_MS).clamp(0.0, 1.0);
        progress.set(t);
        if t < 1.0 {
            tick(progress, run, id, start);
        }
    });
}
