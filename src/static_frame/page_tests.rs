//! The static page's own checks: steps in order, no inline style or script,
//! unique ids, the theme's colours.

use super::*;
use crate::model::Embedded;
use crate::strings::EN;

fn page() -> (Dataset, StaticPage) {
    let data = Dataset::embedded().unwrap();
    let page = static_page(
        &data,
        &EN,
        &Links {
            csv: "stations.csv",
            sources: "sources.html",
            map: ["map-light.svg", "map-dark.svg"],
        },
    );
    (data, page)
}

#[test]
fn every_step_is_there_in_order_with_its_counter() {
    let (data, page) = page();
    let mut at = 0;
    for (i, step) in data.steps.iter().enumerate() {
        let marker = format!(
            "class=\"static-step{}\" data-step=\"{}\"",
            if i == 0 { "" } else { " static-extra" },
            step.id
        );
        let found = page.body[at..]
            .find(&marker)
            .unwrap_or_else(|| panic!("step {}", step.id));
        at += found;
        let snap = data.snapshot(i);
        let counter = format!(
            "data-stations=\"{}\" data-countries=\"{}\" class=\"counter\">{}</p>",
            snap.stations,
            snap.countries,
            EN.stations_in_countries(snap.stations, snap.countries)
        );
        assert!(page.body[at..].contains(&counter), "{}", step.id);
        assert!(
            page.body[at..].contains(&escape(&step.headline)),
            "{}",
            step.id
        );
    }
}

#[test]
fn the_page_needs_no_inline_style_or_script() {
    let (_, page) = page();
    assert!(!page.body.contains("style="));
    assert!(!page.body.contains("<script"));
    // ` on<name>="` is an inline event handler.
    let handler = page.body.split(" on").skip(1).any(|rest| {
        let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && rest[name.len()..].starts_with("=\"")
    });
    assert!(!handler, "no inline handlers");
}

#[test]
fn ids_are_unique_and_differ_from_the_live_page() {
    let (_, page) = page();
    let ids: Vec<&str> = page
        .body
        .split(" id=\"")
        .skip(1)
        .map(|r| r.split('"').next().unwrap())
        .collect();
    for (i, id) in ids.iter().enumerate() {
        assert!(!ids[i + 1..].contains(id), "id {id} twice");
        assert_ne!(*id, "graphic");
        assert_ne!(*id, "chart-title");
    }
}

#[test]
fn each_light_colour_maps_to_its_property() {
    let css = stylesheet();
    assert!(css.contains(".chart-svg [fill=\"#0072B2\"]{fill:var(--bureau-fuzhou)}"));
    assert!(css.contains(".chart-svg [fill=\"#FFFFFF\"]{fill:var(--chart-background)}"));
}

#[test]
fn the_whole_story_ends_with_every_place_and_its_stations() {
    use crate::view::explore::{fold::fold, listing::place_lines, places::Places};
    let (data, page) = page();
    let places = Places::new(&data, &data, fold);
    let lines = place_lines(&places, &data, &EN);
    let section = page
        .body
        .split("class=\"places static-extra\"")
        .nth(1)
        .expect("the list of places");
    assert!(section.contains(EN.places_title));
    for line in &lines {
        assert!(section.contains(&line.text), "{}", line.text);
        if let Some(id) = &line.id {
            assert!(section.contains(&format!("id=\"place-{id}\"")), "{id}");
        }
    }
    // Every station of the last step is on a country's line.
    let last = data.snapshot(data.steps.len() - 1);
    let countries: u32 = lines.iter().filter(|l| l.depth == 0).map(|l| l.total).sum();
    assert_eq!(countries, last.stations - last.not_located);
}

#[test]
fn the_whole_story_is_in_noscript_but_the_note() {
    let (data, page) = page();
    // The markup outside every <noscript> element.
    let mut outside = String::new();
    let mut rest = page.body.as_str();
    while let Some(start) = rest.find("<noscript>") {
        outside.push_str(&rest[..start]);
        let end = rest[start..]
            .find("</noscript>")
            .expect("a closed <noscript>");
        rest = &rest[start + end + "</noscript>".len()..];
    }
    outside.push_str(rest);
    assert_eq!(outside.matches("class=\"static-step").count(), 1);
    assert_eq!(
        page.body.matches("class=\"static-step").count(),
        data.steps.len()
    );
    let extras: Vec<&str> = outside
        .split(" class=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|c| c.split(' ').any(|w| w == EXTRA_CLASS))
        .collect();
    assert_eq!(extras, ["static-note static-extra"]);
}
