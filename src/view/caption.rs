//! The caption under the chart, as HTML: for each step its date, headline and
//! caption, its key events in view, and the rest of its events and its
//! sources behind two disclosures.
//!
//! Every step's caption sits in one grid cell (the stack), the current one
//! visible: the cell is as tall as the tallest step, so the graphic's height
//! does not change from step to step. In the static page hidden steps keep
//! only their disclosures' summaries (which is all a closed disclosure
//! shows); the app writes every step in full once and only moves the
//! `hidden-item` class, and the stylesheet gives a disclosure left open on a
//! hidden step no room.

use super::describe::counter_note;
use super::markup::{escape, source_link};
use crate::model::{Confidence, Dataset, Snapshot};
use crate::strings::Strings;

/// Class of the steps in the stack that are not the current one.
pub const HIDDEN_ITEM: &str = "hidden-item";

/// Every step's caption in one stack, `current` shown; the hidden ones
/// with their disclosures' contents too if `full`.
pub fn caption_stack(
    data: &Dataset,
    snapshots: &[Snapshot],
    current: usize,
    strings: &Strings,
    full: bool,
) -> String {
    snapshots
        .iter()
        .map(|s| {
            let shown = s.step == current;
            caption_item(data, s, strings, shown, shown || full)
        })
        .collect()
}

/// Every step's note under the counter, in a stack like the captions (some
/// steps have none, some two lines).
pub fn counter_note_stack(
    data: &Dataset,
    snapshots: &[Snapshot],
    current: usize,
    strings: &Strings,
) -> String {
    snapshots
        .iter()
        .map(|s| {
            let hidden = if s.step == current { "" } else { HIDDEN_ITEM };
            format!(
                "<p class=\"counter-note {hidden}\">{}</p>",
                escape(&counter_note(data, s, strings))
            )
        })
        .collect()
}

/// One step's caption, hidden unless `shown`; `full` with its disclosures'
/// contents, else their summaries only (which is all a closed disclosure shows).
pub fn caption_item(
    data: &Dataset,
    snapshot: &Snapshot,
    strings: &Strings,
    shown: bool,
    full: bool,
) -> String {
    let hidden = if shown {
        String::new()
    } else {
        format!(" {HIDDEN_ITEM}")
    };
    format!(
        "<div class=\"caption-item{hidden}\" data-step=\"{}\">{}</div>",
        escape(&data.steps[snapshot.step].id),
        caption_body(data, snapshot, strings, full)
    )
}

/// What a step's caption item holds (see [`caption_item`]).
fn caption_body(data: &Dataset, snapshot: &Snapshot, strings: &Strings, full: bool) -> String {
    let step = &data.steps[snapshot.step];
    let key: String = snapshot
        .key_events
        .iter()
        .map(|&i| event(data, i, strings, false))
        .collect();
    let (all, sources) = if full {
        (
            format!(
                "<ol class=\"events\">{}</ol>",
                snapshot
                    .events
                    .iter()
                    .map(|&i| event(data, i, strings, true))
                    .collect::<String>()
            ),
            format!(
                "<ul class=\"step-sources\">{}</ul>",
                step.sources
                    .iter()
                    .filter_map(|id| source_link(data, id))
                    .map(|l| format!("<li>{l}</li>"))
                    .collect::<String>()
            ),
        )
    } else {
        Default::default()
    };
    format!(
        "<p class=\"step-date\">{}</p>\
         <h2 class=\"step-headline\">{}</h2><p class=\"step-caption\">{}</p>\
         <ol class=\"events key-events\">{key}</ol><div class=\"caption-more\">\
         <details class=\"all-events\"><summary>{}</summary>{all}</details>\
         <details class=\"step-sources-box\"><summary>{}</summary>{sources}</details></div>",
        escape(&step.date_label),
        escape(&step.headline),
        escape(&step.caption),
        escape(&strings.with_count(strings.all_events, snapshot.events.len())),
        escape(&strings.with_count(strings.step_sources, step.sources.len())),
    )
}

/// One dated event; `full` adds its summary and up to two source links.
/// Single-source, inferred and weakly sourced events say so either way.
fn event(data: &Dataset, index: usize, strings: &Strings, full: bool) -> String {
    let e = &data.events[index];
    let caveat = if e.confidence >= Confidence::Secondary {
        format!(
            " <span class=\"event-confidence\">{}: {}</span>",
            escape(strings.confidence_label),
            escape(strings.confidence[e.confidence as usize])
        )
    } else {
        String::new()
    };
    let more = if full {
        let links: String = e
            .sources
            .iter()
            .take(2)
            .filter_map(|id| source_link(data, id))
            .map(|l| format!("<span class=\"event-source\">{l}</span>"))
            .collect();
        format!(
            " <span class=\"event-summary\">{}</span>{links}",
            escape(&e.summary)
        )
    } else {
        String::new()
    };
    format!(
        "<li class=\"event kind-{}\"><time datetime=\"{}\">{}</time>\
         <strong class=\"event-headline\">{}</strong>{more}{caveat}</li>",
        e.kind.as_str(),
        e.date,
        escape(&strings.event_date(e)),
        escape(&e.headline),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Embedded;
    use crate::strings::EN;

    fn data() -> Dataset {
        Dataset::embedded().unwrap()
    }

    #[test]
    fn one_item_per_step_and_only_the_current_one_shown() {
        let data = data();
        let snaps = data.snapshots();
        for current in 0..snaps.len() {
            let html = caption_stack(&data, &snaps, current, &EN, false);
            assert_eq!(
                html.matches("<div class=\"caption-item").count(),
                snaps.len()
            );
            assert_eq!(html.matches(HIDDEN_ITEM).count(), snaps.len() - 1);
            let shown = format!(
                "<div class=\"caption-item\" data-step=\"{}\"",
                data.steps[current].id
            );
            assert!(html.contains(&shown));
            // Only the current step carries its events' summaries, unless
            // the stack is written in full (as the app writes it once).
            assert_eq!(html.matches("<ol class=\"events\">").count(), 1);
            let full = caption_stack(&data, &snaps, current, &EN, true);
            assert_eq!(full.matches(HIDDEN_ITEM).count(), snaps.len() - 1);
            assert!(full.contains(&shown));
            assert_eq!(full.matches("<ol class=\"events\">").count(), snaps.len());
        }
    }

    #[test]
    fn key_events_in_view_and_every_event_behind_the_disclosure() {
        let data = data();
        for snap in data.snapshots() {
            let html = caption_item(&data, &snap, &EN, true, true);
            let (view, rest) = html.split_once("<div class=\"caption-more\">").unwrap();
            assert!(snap.key_events.len() <= crate::model::MAX_KEY_EVENTS);
            assert!(!snap.key_events.is_empty());
            for &i in &snap.key_events {
                assert!(view.contains(&escape(&data.events[i].headline)));
            }
            assert_eq!(
                view.matches("<li class=\"event").count(),
                snap.key_events.len()
            );
            assert_eq!(rest.matches("<li class=\"event").count(), snap.events.len());
            let label = EN.with_count(EN.all_events, snap.events.len());
            assert!(rest.contains(&format!("<summary>{}</summary>", escape(&label))));
            let step = &data.steps[snap.step];
            assert_eq!(rest.matches("<li><a href=").count(), step.sources.len());
        }
    }

    #[test]
    fn hidden_items_are_as_tall_as_closed_ones() {
        let data = data();
        let snap = data.snapshot(1);
        let shown = caption_item(&data, &snap, &EN, true, true);
        let hidden = caption_item(&data, &snap, &EN, false, false);
        let summaries = |h: &str| -> Vec<String> {
            h.split("<summary>")
                .skip(1)
                .map(|s| s.split("</summary>").next().unwrap().to_owned())
                .collect()
        };
        assert_eq!(summaries(&shown), summaries(&hidden));
        let view = |h: &str| {
            h.split("<div class=\"caption-more\">")
                .next()
                .unwrap()
                .replace(" hidden-item", "")
        };
        assert_eq!(view(&shown), view(&hidden));
    }

    #[test]
    fn weakly_sourced_events_carry_their_confidence() {
        let data = data();
        let after = data.snapshot(data.step_index("aftermath").unwrap());
        let html = caption_item(&data, &after, &EN, true, true);
        let low = data
            .event("chen-sentencing-request-2025-05")
            .expect("the one low-graded court event");
        let at = html.find(&escape(&low.headline)).unwrap();
        let next_item = html[at..].find("</li>").unwrap() + at;
        assert!(html[at..next_item].contains("Confidence: low"));
        let list_end = html.rfind("</ol>").unwrap();
        let last = html[..list_end].rfind("<li").unwrap();
        assert!(
            html[last..].contains(&escape(&low.headline)),
            "the latest event comes last"
        );
    }
}
