//! The panels rendered to HTML natively, as the static pages get them.

use super::*;
use crate::app::Words;
use crate::model::{Dataset, Embedded};
use crate::static_frame::html;
use crate::strings::EN;
use crate::view::caption::HIDDEN_ITEM;
use crate::view::markup::{escape, response_label};

fn data() -> Dataset {
    Dataset::embedded().unwrap()
}

#[test]
fn the_table_adds_up_to_the_report_and_gives_each_response_in_words() {
    let data = data();
    let december = data.snapshot(data.step_index("december").unwrap());
    let t = html(step_table(&data, &december, &EN));
    assert!(t.contains(&EN.stations_in_countries(december.stations, december.countries)));
    for c in &december.by_country {
        let row = format!(
            "<th scope=\"row\">{}</th><td class=\"num\">{}</td>",
            escape(&c.name),
            c.total
        );
        let at = t.find(&row).unwrap_or_else(|| panic!("{row} in {t}"));
        let end = at + t[at..].find("</tr>").unwrap();
        let words = format!("<td>{}</td>", escape(response_label(c, &EN)));
        assert!(t[at..end].ends_with(&words), "{}", &t[at..end]);
    }
    let unplaced = format!(
        "{}</th><td class=\"num\">{}</td>",
        EN.not_located, december.not_located
    );
    assert!(t.contains(&unplaced));
    let total = format!(
        "{}</th><td class=\"num\">{}</td>",
        EN.total_row, december.stations
    );
    assert!(t.contains(&total));
}

#[test]
fn country_details_list_each_station_its_response_and_its_sources() {
    let data = data();
    let december = data.snapshot(data.step_index("december").unwrap());
    for c in &december.by_country {
        let d = html(country_detail(&data, &december, &c.iso2, &EN).unwrap());
        assert!(
            d.contains(&format!("<h3>{}: {}</h3>", escape(&c.name), c.total)),
            "{d}"
        );
        assert_eq!(d.matches("<li><strong>").count(), c.total as usize, "{d}");
        let words = format!(
            "{}:</strong> {}",
            EN.col_response,
            escape(response_label(c, &EN))
        );
        assert!(d.contains(&words), "{d}");
        if let Some(e) = c.response_event {
            assert!(d.contains(&escape(&data.events[e].headline)), "{d}");
        }
        for id in &c.sources {
            assert!(
                d.contains(&escape(&data.source(id).unwrap().url)),
                "{id} in {d}"
            );
        }
    }
    assert!(country_detail(&data, &december, "XX", &EN).is_none());
}

#[test]
fn markup_in_data_is_escaped_as_text() {
    let mut data = data();
    let december = data.step_index("december").unwrap();
    let iso2 = data.snapshot(december).by_country[0].iso2.clone();
    for s in data.stations.iter_mut().filter(|s| s.iso2 == iso2) {
        s.notes = "<script>alert(1)</script> & \"quoted\"".into();
    }
    let snapshot = data.snapshot(december);
    let d = html(country_detail(&data, &snapshot, &iso2, &EN).unwrap());
    assert!(!d.contains("<script>"), "{d}");
    assert!(
        d.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"),
        "{d}"
    );
}

#[test]
fn the_legend_names_every_bureau_and_what_the_marker_means() {
    let l = html(legend_key(&EN));
    for j in crate::model::Jurisdiction::ALL {
        assert!(l.contains(&escape(EN.bureau(j))), "{l}");
    }
    assert!(l.contains(&escape(EN.responded_note)));
    for word in ["investigation", "protest", "closure", "charges"] {
        assert!(EN.responded_note.contains(word), "{word}");
    }
    // What it leaves out is said in the methodology.
    let methodology_text = EN.methodology.concat();
    for word in [
        "denials",
        "statements",
        "questions in parliament",
        "only by Safeguard Defenders",
    ] {
        assert!(methodology_text.contains(word), "{word}");
    }
}

#[test]
fn the_methodology_links_both_reports_and_every_source() {
    let data = data();
    let m = html(methodology(&data, &EN));
    for r in &data.reports {
        assert!(m.contains(&escape(&r.url)), "{}", r.title);
    }
    assert!(m.contains("110 Overseas") && m.contains("Patrol and Persuade"));
    for s in &data.sources {
        assert!(m.contains(&escape(&s.url)), "{}", s.id);
    }
}

#[test]
fn each_correction_is_listed_once_under_its_date() {
    let data = data();
    let html = html(corrections_section(&data, &EN, ""));
    assert!(
        html.starts_with("<section class=\"corrections\"><h2"),
        "{html}"
    );
    for c in &data.corrections {
        let entry = format!("<li data-correction=\"{}\">{}</li>", c.id, escape(&c.text));
        assert_eq!(html.matches(&entry).count(), 1, "{entry}");
    }
    let mut distinct: Vec<_> = data.corrections.iter().map(|c| c.date).collect();
    distinct.dedup();
    assert_eq!(
        html.matches("<time ").count(),
        distinct.len(),
        "each date once"
    );
    assert!(html.contains(&format!(">{}</time>", EN.date(&data.corrections[0].date))));
}

#[test]
fn no_corrections_section_without_words() {
    let mut data = data();
    for c in &mut data.corrections {
        c.text.clear();
    }
    assert_eq!(html(corrections_section(&data, &EN, "x")), "");
}

#[test]
fn one_caption_per_step_and_only_the_current_one_shown() {
    let data = data();
    let snaps = data.snapshots();
    for current in 0..snaps.len() {
        let stack = html(caption_stack(&data, &snaps, current, &EN));
        assert_eq!(stack.matches("class=\"caption-item").count(), snaps.len());
        assert_eq!(stack.matches(HIDDEN_ITEM).count(), snaps.len() - 1);
        let shown = format!(
            "data-step=\"{}\" class=\"caption-item\"",
            data.steps[current].id
        );
        assert!(stack.contains(&shown), "{shown}");
        // Only the current step carries its events' summaries.
        assert_eq!(stack.matches("<ol class=\"events\">").count(), 1);
        // The app's stack: the same steps and summaries, every disclosure
        // empty until it is opened.
        let words = Words::new(&EN, Box::leak(Box::new(data.clone())));
        let live = html(live_caption_stack(
            words.data,
            words.snapshots,
            current,
            words.strings,
        ));
        assert_eq!(live.matches(HIDDEN_ITEM).count(), snaps.len() - 1);
        assert_eq!(live.matches("<summary>").count(), 2 * snaps.len());
        assert_eq!(live.matches("<ol class=\"events\">").count(), 0);
        assert_eq!(live.matches("class=\"step-sources\"").count(), 0);
    }
}

#[test]
fn key_events_in_view_and_every_event_behind_the_disclosure() {
    let data = data();
    for snap in data.snapshots() {
        let item = html(caption_item(&data, &snap, &EN, true, Fullness::Full));
        let (view, rest) = item.split_once("<div class=\"caption-more\">").unwrap();
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
        // The whole static story leaves the events' own links out, nothing else.
        let story = html(caption_item(
            &data,
            &snap,
            &EN,
            true,
            Fullness::WithoutEventLinks,
        ));
        assert_eq!(story.matches("class=\"event-source\"").count(), 0);
        assert_eq!(
            story,
            item.split("<span class=\"event-source\">")
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part.to_owned()
                    } else {
                        part.split_once("</a></span>").unwrap().1.to_owned()
                    }
                })
                .collect::<String>()
        );
    }
}

#[test]
fn hidden_items_are_as_tall_as_closed_ones() {
    let data = data();
    let snap = data.snapshot(1);
    let shown = html(caption_item(&data, &snap, &EN, true, Fullness::Full));
    let hidden = html(caption_item(&data, &snap, &EN, false, Fullness::Summaries));
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
    let item = html(caption_item(&data, &after, &EN, true, Fullness::Full));
    let low = data
        .event("chen-sentencing-request-2025-05")
        .expect("the one low-graded court event");
    let at = item.find(&escape(&low.headline)).unwrap();
    let next_item = item[at..].find("</li>").unwrap() + at;
    assert!(item[at..next_item].contains("Confidence: low"));
    let list_end = item.rfind("</ol>").unwrap();
    let last = item[..list_end].rfind("<li").unwrap();
    assert!(
        item[last..].contains(&escape(&low.headline)),
        "the latest event comes last"
    );
}

#[test]
fn each_step_has_its_counter_note_in_the_stack() {
    let data = data();
    let snaps = data.snapshots();
    let stack = html(counter_note_stack(&data, &snaps, 0, &EN));
    assert_eq!(
        stack.matches("<p class=\"counter-note").count(),
        snaps.len()
    );
    assert_eq!(stack.matches(HIDDEN_ITEM).count(), snaps.len() - 1);
    for s in &snaps {
        assert!(stack.contains(&escape(&crate::view::describe::counter_note(&data, s, &EN))));
    }
}
