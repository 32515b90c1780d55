//! The notes under the graphic: how the counts were made (the methodology,
//! with the two reports and every source) and the dated corrections note.

use leptos::prelude::*;

use crate::model::{order, Dataset};
use crate::strings::Strings;

/// The methodology's paragraphs and the two reports (the static story
/// links to a page of the sources instead of listing them).
pub fn methodology_intro(data: &Dataset, strings: &Strings) -> impl IntoView {
    let paragraphs = strings
        .methodology
        .iter()
        .map(|&p| view! { <p>{p}</p> })
        .collect_view();
    let reports = data
        .reports
        .iter()
        .map(|r| {
            let text = format!(
                "{}, \u{201c}{}\u{201d} ({})",
                r.publisher,
                r.title,
                strings.date(&r.date)
            );
            view! { <li><a href=r.url.clone() rel="noopener" target="_blank">{text}</a></li> }
        })
        .collect_view();
    view! {
        {paragraphs}
        <ul class="reports">{reports}</ul>
    }
}

/// Every source, sorted by publisher, under its heading.
pub fn source_list(data: &Dataset, strings: &Strings) -> impl IntoView {
    let mut sources: Vec<_> = data.sources.iter().collect();
    order::sort_by(&mut sources, |a, b| {
        a.publisher.cmp(&b.publisher).then(a.title.cmp(&b.title))
    });
    let items = sources
        .into_iter()
        .map(|s| {
            let date = s
                .date
                .map(|d| format!(" ({})", strings.date(&d)))
                .unwrap_or_default();
            let text = format!("{}: {}{date}", s.publisher, s.title);
            view! { <li><a href=s.url.clone() rel="noopener" target="_blank">{text}</a></li> }
        })
        .collect_view();
    view! {
        <h3>{strings.sources_title}</h3>
        <ul class="sources">{items}</ul>
    }
}

/// How the counts were made, the two reports and every source.
pub fn methodology(data: &Dataset, strings: &Strings) -> impl IntoView {
    view! {
        {methodology_intro(data, strings)}
        {source_list(data, strings)}
    }
}

/// The corrections note's entries under their dates, newest first (entries
/// whose words have not come yet are left out).
pub fn corrections_note(data: &Dataset, strings: &Strings) -> impl IntoView {
    let mut groups: Vec<(crate::model::PartialDate, Vec<AnyView>)> = Vec::new();
    for c in data.corrections.iter().filter(|c| !c.text.is_empty()) {
        let entry = view! { <li data-correction=c.id.clone()>{c.text.clone()}</li> }.into_any();
        match groups.last_mut() {
            Some((date, entries)) if *date == c.date => entries.push(entry),
            _ => groups.push((c.date, vec![entry])),
        }
    }
    groups
        .into_iter()
        .map(|(date, entries)| {
            view! {
                <p class="corrections-date">
                    <time datetime=date.to_string()>{strings.date(&date)}</time>
                </p>
                <ul class="corrections-list">{entries}</ul>
            }
        })
        .collect_view()
}

#[cfg(not(target_arch = "wasm32"))]
/// The note in its own `<section>` under a heading, as the whole static
/// story and the sources page show it (nothing when it has no words); `extra`
/// is added to the section's class.
pub fn corrections_section(data: &Dataset, strings: &Strings, extra: &str) -> impl IntoView {
    let class = [crate::view::corrections::CLASS, extra]
        .join(" ")
        .trim_end()
        .to_owned();
    data.corrections
        .iter()
        .any(|c| !c.text.is_empty())
        .then(|| {
            view! {
                <section class=class>
                    <h2 class="corrections-title">{strings.corrections_title}</h2>
                    {corrections_note(data, strings)}
                </section>
            }
        })
}
