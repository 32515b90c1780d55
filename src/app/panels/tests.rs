//! The panels rendered to HTML natively, as the static pages get them.

use super::*;
use crate::model::{Dataset, Embedded};
use crate::static_frame::html;
use crate::strings::EN;
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
