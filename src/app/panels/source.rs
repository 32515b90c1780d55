//! A link to one source, as the panels cite it.

use leptos::prelude::*;

use crate::model::Dataset;

/// A link to source `id` ("Publisher, Title"), or `None` if the id is unknown.
pub fn source_link(data: &Dataset, id: &str) -> Option<impl IntoView> {
    let s = data.source(id)?;
    Some(view! {
        <a href=s.url.clone() rel="noopener" target="_blank">
            {format!("{}, {}", s.publisher, s.title)}
        </a>
    })
}
