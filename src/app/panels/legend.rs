//! The colour key: one swatch per bureau, then the marker for countries whose
//! authorities acted (the stylesheet shows it only when the legend has
//! `with-responded`).

use leptos::prelude::*;

use crate::model::Jurisdiction;
use crate::strings::Strings;

/// CSS class suffix of each bureau's swatch, in `Jurisdiction::ALL` order.
const SWATCH_CLASSES: [&str; 5] = ["fuzhou", "qingtian", "nantong", "wenzhou", "unknown"];

/// The key's title and items in `strings`' language.
pub fn legend_key(strings: &Strings) -> impl IntoView {
    let items = Jurisdiction::ALL
        .iter()
        .map(|&j| {
            let swatch = format!("swatch swatch-{}", SWATCH_CLASSES[j.index()]);
            view! { <li><span class=swatch></span>{strings.bureau(j)}</li> }
        })
        .collect_view();
    view! {
        <span class="legend-title">{strings.legend_title}</span>
        <ul>
            {items}
            <li class="legend-responded"><span class="marker"></span>{strings.responded_note}</li>
        </ul>
    }
}
