//! The "Corrections and updates" note at the foot of the live page.

use leptos::prelude::*;

use super::Ctx;
use crate::view::corrections::{corrections_note, CLASS};

/// The dated list of corrections, in the language shown (nothing when empty).
#[component]
pub fn Corrections() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let note = corrections_note(ctx.data, ctx.strings);
    (!note.is_empty()).then(|| view! { <section class=CLASS inner_html=note></section> })
}
