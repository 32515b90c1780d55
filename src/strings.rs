//! Every reader-facing sentence of the page's chrome, in one table.
//!
//! Story text (step headlines and captions, event summaries) lives in `data/`;
//! this module holds the interface's words. A new language is a new `Strings` value.

use crate::i18n::plural::Forms;
use crate::i18n::{numbers, Lang};

/// The interface's words in one language.
pub struct Strings {
    /// Language tag for `<html lang>`.
    pub lang: &'static str,
    /// Small label above the headline.
    pub kicker: &'static str,
    /// The graphic's headline.
    pub headline: &'static str,
    /// One or two sentences under the headline.
    pub standfirst: &'static str,
    /// Credit line under the graphic.
    pub credit: &'static str,
    /// Label of the timeline region for assistive technology.
    pub timeline_label: &'static str,
    /// Previous-step button label.
    pub previous: &'static str,
    /// Next-step button label.
    pub next: &'static str,
    /// Play button label.
    pub play: &'static str,
    /// Pause button label.
    pub pause: &'static str,
    /// Replay button label (shown at the last step).
    pub replay: &'static str,
    /// Prefix of the step announcement ("Step 2 of 5").
    pub step_word: &'static str,
    /// "of" in "Step 2 of 5".
    pub of_word: &'static str,
    /// Heading of the country chart.
    pub chart_title: &'static str,
    /// Bar label for stations whose country is not published.
    pub not_located: &'static str,
    /// Bar label for the countries folded together on narrow screens.
    pub other_countries: &'static str,
    /// Note shown when counts are known minimums.
    pub minimum_note: &'static str,
    /// Note shown on the dated-openings step.
    pub dated_note: &'static str,
    /// Legend entry for an unknown bureau.
    pub unknown_bureau: &'static str,
    /// Legend heading.
    pub legend_title: &'static str,
    /// Summary of the table disclosure.
    pub table_summary: &'static str,
    /// Table column headings.
    pub col_country: &'static str,
    /// Table column: station count.
    pub col_stations: &'static str,
    /// Table column: cities.
    pub col_cities: &'static str,
    /// Table column: confidence.
    pub col_confidence: &'static str,
    /// Table column and detail label: the host government's response.
    pub col_response: &'static str,
    /// Government responses, by `Response::ALL` order (charges … question).
    pub responses: [&'static str; 8],
    /// Response of a country with no recorded response.
    pub no_response: &'static str,
    /// Table row: total.
    pub total_row: &'static str,
    /// Summary of the disclosure with every event of a step (`{n}`: how many).
    pub all_events: &'static str,
    /// Summary of the disclosure with a step's sources (`{n}`: how many).
    pub step_sources: &'static str,
    /// Button that downloads the CSV.
    pub download_csv: &'static str,
    /// Shown when the CSV cannot be downloaded (sandboxed frames).
    pub download_blocked: &'static str,
    /// File name of the CSV download (without extension).
    pub csv_file_stem: &'static str,
    /// Heading of the methodology section.
    pub methodology_title: &'static str,
    /// Methodology paragraphs.
    pub methodology: &'static [&'static str],
    /// Heading of the source list.
    pub sources_title: &'static str,
    /// Heading of the detail panel for a country.
    pub detail_hint: &'static str,
    /// Label for the bureaus line in the detail panel.
    pub bureaus_label: &'static str,
    /// Label for cities in the detail panel.
    pub cities_label: &'static str,
    /// "city not published" in the detail panel.
    pub no_city: &'static str,
    /// Label for sources in the detail panel.
    pub sources_label: &'static str,
    /// Closes the detail panel.
    pub close: &'static str,
    /// Legend entry of the marker: exactly which responses it marks.
    pub responded_note: &'static str,
    /// "According to" before a publisher's name.
    pub according_to: &'static str,
    /// Label before an event's confidence when it is inferred or low.
    pub confidence_label: &'static str,
    /// Name of the table's scrolling region for assistive technology.
    pub table_label: &'static str,
    /// "Most" before the top countries in the chart's description.
    pub most: &'static str,
    /// Confidence labels, by `Confidence` order (firm, secondary, inferred, low).
    pub confidence: [&'static str; 4],
    /// Summary of the "Embed this graphic" disclosure.
    pub embed_summary: &'static str,
    /// Explains the embed snippet.
    pub embed_intro: &'static str,
    /// Label of the snippet's text box.
    pub embed_code_label: &'static str,
    /// Button that copies the snippet.
    pub embed_copy: &'static str,
    /// Shown once the snippet is on the clipboard.
    pub embed_copied: &'static str,
    /// Shown when the clipboard is refused and the snippet is selected instead.
    pub embed_copy_refused: &'static str,
    /// Legend of the embed options.
    pub embed_options: &'static str,
    /// Label of the step the embedded graphic opens at.
    pub embed_start: &'static str,
    /// The first choice of that list: open at the first step.
    pub embed_from_start: &'static str,
    /// Label of the theme choice.
    pub embed_theme: &'static str,
    /// Theme choices: follow the reader's system, light, dark.
    pub embed_themes: [&'static str; 3],
    /// Checkbox: `controls=0`.
    pub embed_fixed: &'static str,
    /// Checkbox: `autoplay=0`.
    pub embed_no_autoplay: &'static str,
    /// Checkbox: `title=0`.
    pub embed_no_title: &'static str,
    /// Label of the house-colour field.
    pub embed_accent: &'static str,
    /// What happens to a house colour: unreadable everywhere, light theme only, dark theme only.
    pub embed_accent_notes: [&'static str; 3],
    /// `title` of the iframe in the snippet (names the frame for screen readers).
    pub embed_frame_title: &'static str,
    /// Heading of the map.
    pub map_title: &'static str,
    /// Name of the Map / Countries switch for assistive technology.
    pub view_switch: &'static str,
    /// The switch's buttons, by `ChartView` order (bars, map).
    pub view_names: [&'static str; 2],
    /// Name of the map's Europe inset.
    pub europe: &'static str,
    /// Key of the map's country rings (drawn on the map).
    pub map_ring: &'static str,
    /// Key of the map's outline for countries whose authorities acted (drawn on the map).
    pub map_responded: &'static str,
    /// Regions of the map's description, by `Region` order.
    pub regions: [&'static str; 5],
    /// The map's description: stations it cannot place (`{n}`: how many).
    pub map_unplaced: &'static str,
    /// Label of the embed box's choice of chart on narrow screens.
    pub embed_view: &'static str,
    /// The page's `<meta name="description">` and its social-card description.
    pub page_description: &'static str,
    /// Line above the static version of the graphic, shown only when the
    /// interactive one cannot run (JavaScript off, or the app failed to start).
    pub static_note: &'static str,
    /// Heading of the table in the static version of the graphic.
    pub static_table_title: &'static str,
    /// Link from the static version's methodology to the page of every source.
    pub static_sources_link: &'static str,
}

/// English, the default.
pub const EN: Strings = Strings {
    lang: "en",
    kicker: "Transnational policing",
    headline: "China's \u{201c}overseas police stations\u{201d}, country by country",
    standfirst: "Police in four Chinese localities run more than 100 \u{201c}service stations\u{201d} \
        abroad, says Safeguard Defenders, a rights group in Madrid. Beijing calls them volunteer-run help \
        desks. Step through what was found and what governments did.",
    credit: "Counts according to Safeguard Defenders; events from official statements and news reports.",
    timeline_label: "Timeline",
    previous: "Previous",
    next: "Next",
    play: "Play",
    pause: "Pause",
    replay: "Replay",
    step_word: "Step",
    of_word: "of",
    chart_title: "Stations by host country",
    not_located: "Location not published",
    other_countries: "All other countries",
    minimum_note: "Country figures are minimums.",
    dated_note: "Only stations whose opening year a source reports; most opening dates are unknown.",
    unknown_bureau: "Bureau not published",
    legend_title: "Police bureau, according to Safeguard Defenders",
    table_summary: "Show as a table",
    col_country: "Country",
    col_stations: "Stations",
    col_cities: "Cities",
    col_confidence: "Confidence",
    col_response: "Government response",
    responses: [
        "Arrests or charges",
        "Closure ordered or confirmed",
        "Investigation or inquiry",
        "Raised with China",
        "Action reported only by Safeguard Defenders",
        "Statement, no action reported",
        "Official denial",
        "Question in parliament only",
    ],
    no_response: "No public response found",
    total_row: "Total",
    all_events: "Show all {n} events",
    step_sources: "Sources ({n})",
    download_csv: "Download CSV",
    download_blocked: "Downloads are blocked on this page. Open the graphic on its own page to get the data.",
    csv_file_stem: "overseas-police-stations",
    methodology_title: "Sources and methodology",
    methodology: &[
        "The counts come from two reports by Safeguard Defenders, a human-rights group based in Madrid: \
         \u{201c}110 Overseas\u{201d} (12 September 2022) and \u{201c}Patrol and Persuade\u{201d} \
         (5 December 2022, revised 13 December). They have not been independently verified, and which \
         bureau runs a station is the group's finding. The reports' full tables were not available to \
         us: most stations are placed from news reports that reproduced them, some from one outlet's \
         summary, and three countries (Angola, Madagascar, Zambia) are our inference from the order of \
         a reproduced table. Each row is graded and linked below.",
        "\u{201c}Police station\u{201d} is the group's label and a contested one. China says the sites are \
         run by volunteers who help citizens renew documents. The group argues that consular work done \
         outside declared missions is illegal in most countries unless the host agrees. Some governments \
         found offices; others found networks of people with no fixed address, or no illegal activity.",
        "Where a station's country has not been published, it is counted in a separate bar, so that each \
         chart adds up to the report's total. December counts per country are minimums. Three sites named \
         by other authorities later (Montreal, Brossard, Belfast) are not part of the 102 and are never \
         counted here. Italy has 11 stations in all, 4 from September and 7 added in December; some \
         wire copy said 11 of the 48 additions were in Italy, which the sources listing Italy's cities \
         do not support. Coverage of the December report put most stations in Europe and Africa next; \
         the sites placed here include 22 in the Americas, so that ranking cannot be checked.",
        "Safeguard Defenders counted 14 governments that had acted by 7 November 2022 and, in December, \
         police investigations in at least 12 countries; CNN and others wrote of \u{201c}at least 13 \
         nations\u{201d}. The chart marks a country only for action its own authorities took or \
         announced: an investigation, a protest to China, an ordered or confirmed closure, or charges; \
         not denials, statements, questions in parliament, or action reported only by Safeguard Defenders. The first step counts only opening years a source reports; dates that rest on our \
         inference or on one aggregator copy are left out and told as events.",
        "Each row carries a confidence grade: firm (the group itself, an official body, or two independent \
         outlets), single source (one outlet, or one outlet's summary of a report), inferred (our \
         reasoning from several sources) or low (one weak source).",
    ],
    sources_title: "Sources",
    detail_hint: "Select a bar or a dot for cities and sources.",
    bureaus_label: "Bureau, according to Safeguard Defenders",
    cities_label: "Cities",
    no_city: "city not published",
    sources_label: "Sources",
    close: "Close",
    responded_note: "Host authorities acted by this date: an investigation, a protest to China, a closure or charges",
    confidence: ["firm", "single source", "inferred", "low"],
    according_to: "According to",
    most: "Most",
    table_label: "Stations by country, as a table",
    confidence_label: "Confidence",
    embed_summary: "Embed this graphic",
    embed_intro: "Paste this code into your page. The frame fits its height to the graphic; \
        the optional script keeps it right on every step and screen width.",
    embed_code_label: "Embed code",
    embed_copy: "Copy code",
    embed_copied: "Copied to the clipboard.",
    embed_copy_refused: "This page may not use the clipboard. The code is selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.",
    embed_options: "Options",
    embed_start: "Open at",
    embed_from_start: "The first step (plays once when seen)",
    embed_theme: "Colours",
    embed_themes: ["Follow the reader's system", "Light", "Dark"],
    embed_fixed: "One fixed step, no controls",
    embed_no_autoplay: "Never play by itself",
    embed_no_title: "Hide the headline (your page prints its own)",
    embed_accent: "House colour (hex, e.g. 0b3d91)",
    embed_accent_notes: [
        "Left out: not a hex colour, or too little contrast with the page in either theme.",
        "Used in the light theme only: too little contrast on dark.",
        "Used in the dark theme only: too little contrast on light.",
    ],
    embed_frame_title: "Interactive graphic: China's \u{201c}overseas police stations\u{201d}, country by country",
    map_title: "Where the stations are",
    view_switch: "Chart",
    view_names: ["Countries", "Map"],
    europe: "Europe",
    map_ring: "City not published",
    map_responded: "Host authorities acted",
    regions: ["Europe", "Africa", "Asia", "the Americas", "Oceania"],
    map_unplaced: "Not on the map: {n} stations whose country is not published.",
    embed_view: "Chart on narrow screens",
    page_description: "Interactive graphic: the overseas police service stations that Safeguard Defenders \
        documented in 2022, by host country and, where the group names it, the Chinese police bureau it \
        says runs them.",
    static_note: "This is the static version of an interactive graphic, which needs JavaScript. \
        Its five steps follow in order.",
    static_table_title: "The numbers behind the chart",
    static_sources_link: "Every source, with links",
};

/// "54 stations in 30 countries", with singular forms.
pub fn stations_in_countries(stations: u32, countries: u32) -> String {
    const STATION: Forms = Forms::two("station", "stations");
    const COUNTRY: Forms = Forms::two("country", "countries");
    let (s, c) = (u64::from(stations), u64::from(countries));
    format!(
        "{} {} in {} {}",
        numbers::format(Lang::En, s),
        STATION.pick(Lang::En, s),
        numbers::format(Lang::En, c),
        COUNTRY.pick(Lang::En, c)
    )
}

/// `template` with `{n}` replaced by `n`, written with English digit grouping.
pub fn with_count(template: &str, n: usize) -> String {
    template.replace("{n}", &numbers::format(Lang::En, n as u64))
}

/// "Step 2 of 5".
pub fn step_of(strings: &Strings, step: usize, len: usize) -> String {
    format!(
        "{} {} {} {}",
        strings.step_word,
        step + 1,
        strings.of_word,
        len
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_text_reads_naturally() {
        assert_eq!(stations_in_countries(54, 30), "54 stations in 30 countries");
        assert_eq!(stations_in_countries(1, 1), "1 station in 1 country");
    }

    #[test]
    fn step_numbers_are_one_based() {
        assert_eq!(step_of(&EN, 0, 5), "Step 1 of 5");
    }
}
