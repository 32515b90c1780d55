//! The interface in English, built into the page.

use super::Strings;
use crate::i18n::Lang;
use crate::model::date::MONTHS;

/// English, the default.
pub const EN: Strings = Strings {
    lang: Lang::En,
    kicker: "Transnational policing",
    headline: "China's \u{201c}overseas police stations\u{201d}, country by country",
    standfirst: "Police in four Chinese localities run more than 100 \u{201c}service stations\u{201d} \
        abroad, says Safeguard Defenders (SD), a rights group in Madrid. Beijing calls them volunteer-run help \
        desks. Step through what was found and what governments did.",
    credit: "Counts: Safeguard Defenders. Events: official statements and news reports.",
    timeline_label: "Timeline",
    previous: "Previous",
    next: "Next",
    play: "Play",
    pause: "Pause",
    replay: "Replay",
    chart_title: "Stations by host country",
    not_located: "Location not published",
    other_countries: "All other countries",
    minimum_note: "Country figures are minimums.",
    dated_note: "Only stations whose opening year a source reports; most opening dates are unknown.",
    unknown_bureau: "Bureau not published",
    legend_title: "Police bureau, per Safeguard Defenders or the press",
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
        "The counts come from two reports by Safeguard Defenders (SD), a human-rights group based in Madrid: \
         \u{201c}110 Overseas\u{201d} (12 September 2022) and \u{201c}Patrol and Persuade\u{201d} \
         (5 December 2022, revised 13 December). They have not been independently verified. Which bureau \
         runs a station is mostly the group's finding; some attributions come from one press report, \
         and one (Rotterdam's) is our inference, as each row says. The reports' full tables were not available to \
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
         do not support. Reporting the December report, CNN wrote that some stations were set up \
         through bilateral security arrangements with host countries in Europe and Africa, and that \
         the group sees joint police patrols with Italy, Croatia, Serbia and Romania as pilots for the \
         wider expansion.",
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
    corrections_title: "Corrections and updates",
    corrections_summary: "Corrections",
    detail_hint: "Select a bar or a dot for cities and sources.",
    bureaus_label: "Bureau, according to Safeguard Defenders or the press (Rotterdam: our inference)",
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
    embed_search: "Show the search for a city or country",
    embed_place: "Open at a place (its details, ringed on the charts)",
    embed_no_place: "None",
    embed_accent: "House colour (hex, e.g. 0b3d91)",
    embed_accent_notes: [
        "Left out: not a hex colour, or too little contrast with the page in either theme.",
        "Used in the light theme only: too little contrast on dark.",
        "Used in the dark theme only: too little contrast on light.",
    ],
    embed_frame_title: "Interactive graphic: China's \u{201c}overseas police stations\u{201d}, country by country",
    map_title: "Where the stations are",
    map_credit: "Map: Natural Earth",
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
    step_of: "Step {n} of {total}",
    station_forms: ["{n} station", "{n} stations", "{n} stations"],
    country_forms: ["{n} country", "{n} countries", "{n} countries"],
    stations_in_countries: "{stations} in {countries}",
    bureaus: ["Fuzhou", "Qingtian", "Nantong", "Wenzhou"],
    statuses: [
        "Investigated",
        "Searched",
        "Charges brought",
        "Ordered closed",
        "Reported closed",
        "Reported inactive",
        "Denied",
        "Reviewed, nothing illegal found",
    ],
    csv_header: [
        "country",
        "iso2",
        "stations",
        "fuzhou",
        "qingtian",
        "nantong",
        "wenzhou",
        "unknown",
        "cities",
        "government_response",
        "sources",
    ],
    csv_source: "Source",
    csv_revised: "revised {date}",
    csv_minimum: "per-country counts are known minimums",
    csv_dated: "Stations in Safeguard Defenders' count with a known opening date by {year}; \
        most opening dates are not known",
    language_switch: "Language",
    months: MONTHS,
    date_day: "{d} {month} {y}",
    date_month: "{month} {y}",
    date_year: "{y}",
    full_stop: ". ",
    colon: ": ",
    list_separator: ", ",
    point_counted: "{place}: {stations}, according to Safeguard Defenders",
    point_at_least: "{place}: at least {stations}, according to Safeguard Defenders",
    point_dated: "{place}: {stations} opened by {year}, as the sources date them",
    point_city: "{city}, {country}",
    point_no_city: "{country}, city not published",
    point_bureaus: "Bureaus, according to Safeguard Defenders or the press: {list}",
    point_bureau: "{n} from {bureau}",
    point_bureau_unknown: "{n} whose bureau is not published",
    point_opened: "Earliest opening a source reports: {date}",
    search_label: "Find a city or country",
    search_none: "Nothing found",
    search_countries: "Countries with stations",
    explore_keys: "Arrow keys move from country to country and, on the map, from city to city \
        within a country; Home and End go to the first and the last.",
    places_title: "Every country and city with stations",
};
