//! Priming the compositor's buffers of the canvases redrawn during a
//! transition, just before a reader is likely to step.
//!
//! A canvas that changes on consecutive frames needs two or three buffers
//! to hand to the compositor. Chromium's software compositor allocates them
//! on first need and may let unused ones go after a few seconds, so the first
//! transition after load, or after a pause, allocated them in its first two
//! frames: ~4 ms a canvas a frame at 4x CPU, three canvases, a 50 ms frame.
//! Priming spends that on a few frames before the press instead, each one
//! changing the canvases without changing a pixel: after a canvas is sized,
//! when focus or a pointer reaches the timeline, and before an autoplay step.

use std::cell::{Cell, RefCell};

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

use super::browser;

/// Consecutive frames on which a primed canvas changes: three buffers, and
/// frames to spare for the compositor to give them back (six is what was
/// measured to work).
const FRAMES: u32 = 6;
/// Frames to wait after a canvas is sized and drawn, so the page's first
/// frames go first (~300 ms at 60 Hz).
const WAIT_FRAMES: u32 = 18;
/// Priming again sooner than this after the last does nothing.
const MIN_GAP_MS: f64 = 200.0;

thread_local! {
    /// The canvases drawn on every frame of a transition, as last sized.
    static CANVASES: RefCell<Vec<web_sys::HtmlCanvasElement>> = const { RefCell::new(Vec::new()) };
    /// When the last priming started (`performance.now()`).
    static LAST: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
}

/// Call after drawing `canvases`: unless their size (the first's) is
/// `primed_for`, which it then becomes, adds them to those primed and primes
/// them all after [`WAIT_FRAMES`] (resizing a canvas lets its buffers go).
pub fn register(primed_for: &mut Option<(u32, u32)>, canvases: &[&web_sys::HtmlCanvasElement]) {
    let size = canvases.first().map(|c| (c.width(), c.height()));
    if *primed_for == size {
        return;
    }
    *primed_for = size;
    CANVASES.with_borrow_mut(|all| {
        // A language switch mounts new canvases: the old ones are gone.
        all.retain(|c| c.is_connected());
        for &c in canvases {
            if !all.contains(c) {
                all.push(c.clone());
            }
        }
    });
    start(browser::now().unwrap_or_default(), WAIT_FRAMES);
}

/// Primes every registered canvas from the next frame on, unless that was
/// done less than [`MIN_GAP_MS`] ago.
pub fn prime() {
    let now = browser::now().unwrap_or_default();
    if now - LAST.get() >= MIN_GAP_MS {
        start(now, 0);
    }
}

fn start(now: f64, wait: u32) {
    LAST.set(now);
    let contexts: Vec<web_sys::CanvasRenderingContext2d> = CANVASES.with_borrow(|all| {
        all.iter()
            .filter_map(|c| c.get_context("2d").ok().flatten()?.dyn_into().ok())
            .collect()
    });
    if !contexts.is_empty() {
        touch(contexts, wait + FRAMES);
    }
}

fn touch(contexts: Vec<web_sys::CanvasRenderingContext2d>, left: u32) {
    if left == 0 {
        return;
    }
    request_animation_frame(move || {
        if left <= FRAMES {
            for context in &contexts {
                context.set_fill_style_str("rgba(0,0,0,0)");
                context.fill_rect(0.0, 0.0, 1.0, 1.0);
            }
        }
        touch(contexts, left - 1);
    });
}
