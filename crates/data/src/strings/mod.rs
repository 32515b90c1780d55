//! Every reader-facing word of the page's chrome, one table per language.
//!
//! English ([`EN`]) is built into the page; the other languages are read from
//! `data/lang/<tag>/interface.toml` at build time ([`crate::i18n::interface`])
//! and reach the page in its language file (the main crate's `i18n::pack`). Story text
//! (step headlines and captions, event summaries) lives in `data/` too.

mod en;
mod table;

pub use en::EN;
pub use table::Part;

use crate::i18n::numbers;
use crate::i18n::plural::{category, Plural};

table::strings_table! {
    /// Small label above the headline.
    kicker: &'static str,
    /// The graphic's headline.
    headline: &'static str,
    /// One or two sentences under the headline.
    standfirst: &'static str,
    /// Credit line under the graphic.
    credit: &'static str,
    /// Label of the timeline region for assistive technology.
    timeline_label: &'static str,
    /// Previous-step button label.
    previous: &'static str,
    /// Next-step button label.
    next: &'static str,
    /// Play button label.
    play: &'static str,
    /// Pause button label.
    pause: &'static str,
    /// Replay button label (shown at the last step).
    replay: &'static str,
    /// Heading of the country chart.
    chart_title: &'static str,
    /// Bar label for stations whose country is not published.
    not_located: &'static str,
    /// Bar label for the countries folded together on narrow screens.
    other_countries: &'static str,
    /// Note shown when counts are known minimums.
    minimum_note: &'static str,
    /// Note shown on the dated-openings step.
    dated_note: &'static str,
    /// Legend entry for an unknown bureau.
    unknown_bureau: &'static str,
    /// Legend heading.
    legend_title: &'static str,
    /// Summary of the table disclosure.
    table_summary: &'static str,
    /// Table column headings.
    col_country: &'static str,
    /// Table column: station count.
    col_stations: &'static str,
    /// Table column: cities.
    col_cities: &'static str,
    /// Table column: confidence.
    col_confidence: &'static str,
    /// Table column and detail label: the host government's response.
    col_response: &'static str,
    /// Government responses, by `Response::ALL` order (charges … question).
    responses: [&'static str; 8],
    /// Response of a country with no recorded response.
    no_response: &'static str,
    /// Table row: total.
    total_row: &'static str,
    /// Summary of the disclosure with every event of a step (`{n}`: how many).
    all_events: &'static str,
    /// Summary of the disclosure with a step's sources (`{n}`: how many).
    step_sources: &'static str,
    /// Button that downloads the CSV.
    download_csv: &'static str,
    /// Shown when the CSV cannot be downloaded (sandboxed frames).
    download_blocked: &'static str,
    /// File name of the CSV download (without extension).
    csv_file_stem: &'static str,
    /// Heading of the methodology section.
    methodology_title: &'static str,
    /// Methodology paragraphs.
    methodology: &'static [&'static str],
    /// Heading of the source list.
    sources_title: &'static str,
    /// Heading of the dated list of corrections and updates.
    corrections_title: &'static str,
    /// Summary of the corrections note's disclosure (short: it shares a row).
    corrections_summary: &'static str,
    /// Heading of the detail panel for a country.
    detail_hint: &'static str,
    /// Label for the bureaus line in the detail panel.
    bureaus_label: &'static str,
    /// Label for cities in the detail panel.
    cities_label: &'static str,
    /// "city not published" in the detail panel.
    no_city: &'static str,
    /// Label for sources in the detail panel.
    sources_label: &'static str,
    /// Closes the detail panel.
    close: &'static str,
    /// Legend entry of the marker: exactly which responses it marks.
    responded_note: &'static str,
    /// "According to" before a publisher's name.
    according_to: &'static str,
    /// Label before an event's confidence when it is inferred or low.
    confidence_label: &'static str,
    /// Name of the table's scrolling region for assistive technology.
    table_label: &'static str,
    /// "Most" before the top countries in the chart's description.
    most: &'static str,
    /// Confidence labels, by `Confidence` order (firm, secondary, inferred, low).
    confidence: [&'static str; 4],
    /// Summary of the "Embed this graphic" disclosure.
    embed_summary: &'static str,
    /// Explains the embed snippet.
    embed_intro: &'static str,
    /// Label of the snippet's text box.
    embed_code_label: &'static str,
    /// Button that copies the snippet.
    embed_copy: &'static str,
    /// Shown once the snippet is on the clipboard.
    embed_copied: &'static str,
    /// Shown when the clipboard is refused and the snippet is selected instead.
    embed_copy_refused: &'static str,
    /// Legend of the embed options.
    embed_options: &'static str,
    /// Label of the step the embedded graphic opens at.
    embed_start: &'static str,
    /// The first choice of that list: open at the first step.
    embed_from_start: &'static str,
    /// Label of the theme choice.
    embed_theme: &'static str,
    /// Theme choices: follow the reader's system, light, dark.
    embed_themes: [&'static str; 3],
    /// Checkbox: `controls=0`.
    embed_fixed: &'static str,
    /// Checkbox: `autoplay=0`.
    embed_no_autoplay: &'static str,
    /// Checkbox: `title=0`.
    embed_no_title: &'static str,
    /// Checkbox: `search=1`.
    embed_search: &'static str,
    /// Label of the place to open at (`place=`).
    embed_place: &'static str,
    /// The first choice of that list: no place.
    embed_no_place: &'static str,
    /// Label of the house-colour field.
    embed_accent: &'static str,
    /// What happens to a house colour: unreadable everywhere, light theme only, dark theme only.
    embed_accent_notes: [&'static str; 3],
    /// `title` of the iframe in the snippet (names the frame for screen readers).
    embed_frame_title: &'static str,
    /// Heading of the map.
    map_title: &'static str,
    /// Credit of the map's outlines, the last sentence of the credit line
    /// under the graphic ([`Strings::credit_line`]).
    map_credit: &'static str,
    /// Name of the Map / Countries switch for assistive technology.
    view_switch: &'static str,
    /// The switch's buttons, by `ChartView` order (bars, map).
    view_names: [&'static str; 2],
    /// Name of the map's Europe inset.
    europe: &'static str,
    /// Key of the map's country rings (drawn on the map).
    map_ring: &'static str,
    /// Key of the map's outline for countries whose authorities acted (drawn on the map).
    map_responded: &'static str,
    /// Regions of the map's description, by `Region` order.
    regions: [&'static str; 5],
    /// The map's description: stations it cannot place (`{n}`: how many).
    map_unplaced: &'static str,
    /// Label of the embed box's choice of chart on narrow screens.
    embed_view: &'static str,
    /// The page's `<meta name="description">` and its social-card description.
    page_description: &'static str,
    /// Line above the static version of the graphic, shown only when the
    /// interactive one cannot run (JavaScript off, or the app failed to start).
    static_note: &'static str,
    /// Heading of the table in the static version of the graphic.
    static_table_title: &'static str,
    /// Link from the static version's methodology to the page of every source.
    static_sources_link: &'static str,
    /// "Step 2 of 5" (`{n}`: the step, from 1; `{total}`: how many).
    step_of: &'static str,
    /// A count of stations by plural category: one, many, other (`{n}`: the count).
    station_forms: [&'static str; 3],
    /// A count of countries by plural category: one, many, other (`{n}`: the count).
    country_forms: [&'static str; 3],
    /// "54 stations in 30 countries" (`{stations}`, `{countries}`: the two counts).
    stations_in_countries: &'static str,
    /// The four police bureaus, by `Jurisdiction::ALL` order (Fuzhou … Wenzhou).
    bureaus: [&'static str; 4],
    /// What happened to a station, by `Status::ALL` order (investigated … reviewed).
    statuses: [&'static str; 8],
    /// Header row of the CSV download, by `EXPORT_HEADER` order.
    csv_header: [&'static str; 11],
    /// First cell of the CSV's last row, which credits the source.
    csv_source: &'static str,
    /// The CSV credit's revision date (`{date}`).
    csv_revised: &'static str,
    /// The CSV credit's note that December counts are minimums.
    csv_minimum: &'static str,
    /// The CSV credit of the dated-openings step (`{year}`).
    csv_dated: &'static str,
    /// Name of the language switch for assistive technology.
    language_switch: &'static str,
    /// Month names as written inside a date, January first (Chinese: "1月").
    months: [&'static str; 12],
    /// A date known to the day (`{d}`, `{month}`, `{y}`), after Unicode CLDR's long pattern.
    date_day: &'static str,
    /// A date known to the month (`{month}`, `{y}`).
    date_month: &'static str,
    /// A date known to the year (`{y}`).
    date_year: &'static str,
    /// What ends a sentence in the screen-reader descriptions and starts the
    /// next (". ", or "。" with no space).
    full_stop: &'static str,
    /// What follows a label before its value (": " or "：").
    colon: &'static str,
    /// What separates the items of a list (", " or "、").
    list_separator: &'static str,
    /// A chart point's count at a step of Safeguard Defenders' reports
    /// (`{place}`, `{stations}`: its name and its count in words).
    point_counted: &'static str,
    /// The same where the report's counts are known minimums.
    point_at_least: &'static str,
    /// A chart point's count at the dated-openings step (`{place}`,
    /// `{stations}`; `{year}`: the step's year).
    point_dated: &'static str,
    /// A city and its country (`{city}`, `{country}`).
    point_city: &'static str,
    /// A country's stations whose city is not published (`{country}`).
    point_no_city: &'static str,
    /// The bureaus of a point's stations (`{list}`: the shares below).
    point_bureaus: &'static str,
    /// One bureau's share of a point (`{n}`; `{bureau}`: its name).
    point_bureau: &'static str,
    /// The share of a point whose bureau is not published (`{n}`).
    point_bureau_unknown: &'static str,
    /// The earliest opening date a source gives for a point's rows (`{date}`).
    point_opened: &'static str,
    /// Accessible name of the search for a place.
    search_label: &'static str,
    /// What the search says when no place matches.
    search_none: &'static str,
    /// Heading of the countries offered when the search finds nothing.
    search_countries: &'static str,
    /// How the keys move on a focused chart (its accessible description).
    explore_keys: &'static str,
    /// Heading of the static page's list of every place and its stations.
    places_title: &'static str,
}

impl Strings {
    /// `count` in words by this language's plural rules: `forms` is
    /// [`Strings::station_forms`] or [`Strings::country_forms`].
    #[inline]
    pub fn count(&self, forms: &[&'static str; 3], count: u64) -> String {
        let form = match category(self.lang, count) {
            Plural::One => forms[0],
            Plural::Many => forms[1],
            Plural::Other => forms[2],
        };
        form.replace("{n}", &numbers::format(self.lang, count))
    }

    /// "54 stations in 30 countries", with each language's plurals.
    #[inline]
    pub fn stations_in_countries(&self, stations: u32, countries: u32) -> String {
        self.stations_in_countries
            .replace(
                "{stations}",
                &self.count(&self.station_forms, stations.into()),
            )
            .replace(
                "{countries}",
                &self.count(&self.country_forms, countries.into()),
            )
    }

    /// `template` with `{n}` replaced by `n`, grouped as this language writes numbers.
    #[inline]
    pub fn with_count(&self, template: &str, n: usize) -> String {
        template.replace("{n}", &numbers::format(self.lang, n as u64))
    }

    /// "Step 2 of 5" for the step at index `step` of `len`.
    #[inline]
    pub fn step_of(&self, step: usize, len: usize) -> String {
        self.step_of
            .replace("{n}", &numbers::format(self.lang, step as u64 + 1))
            .replace("{total}", &numbers::format(self.lang, len as u64))
    }

    /// The reader-facing name of a police bureau.
    pub fn bureau(&self, j: crate::model::Jurisdiction) -> &'static str {
        self.bureaus
            .get(j.index())
            .copied()
            .unwrap_or(self.unknown_bureau)
    }

    /// The reader-facing name of what happened to a station.
    pub fn status(&self, s: crate::model::Status) -> &'static str {
        let i = crate::model::Status::ALL.iter().position(|x| *x == s);
        i.and_then(|i| self.statuses.get(i)).copied().unwrap_or("")
    }

    /// `sentences`, each ended and separated as the language writes them.
    #[inline]
    pub fn sentences(&self, sentences: &[&str]) -> String {
        let ended: String = sentences
            .iter()
            .map(|s| s.trim().trim_end_matches(['.', '。']))
            .filter(|s| !s.is_empty())
            .map(|s| format!("{s}{}", self.full_stop))
            .collect();
        ended.trim_end().to_string()
    }

    /// The credit line under the graphic: the sources' credit, then the map's.
    #[inline]
    pub fn credit_line(&self) -> String {
        self.sentences(&[self.credit, self.map_credit])
    }

    /// A date in this language's long style, at the precision it is known to
    /// ("5 December 2022", "December 2022", "2022"; "2022年12月5日").
    #[inline]
    pub fn date(&self, date: &crate::model::PartialDate) -> String {
        let month = date
            .month
            .and_then(|m| self.months.get(usize::from(m).checked_sub(1)?));
        let template = match (month, date.day) {
            (Some(_), Some(_)) => self.date_day,
            (Some(_), None) => self.date_month,
            _ => self.date_year,
        };
        template
            .replace("{d}", &date.day.unwrap_or(0).to_string())
            .replace("{month}", month.copied().unwrap_or(""))
            .replace("{y}", &date.year.to_string())
    }

    /// An event's date as readers see it: its own label, else its date.
    #[inline]
    pub fn event_date(&self, event: &crate::model::Event) -> String {
        event
            .date_label
            .clone()
            .unwrap_or_else(|| self.date(&event.date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_text_reads_naturally() {
        assert_eq!(
            EN.stations_in_countries(54, 30),
            "54 stations in 30 countries"
        );
        assert_eq!(EN.stations_in_countries(1, 1), "1 station in 1 country");
        assert_eq!(
            EN.stations_in_countries(1200, 2),
            "1,200 stations in 2 countries"
        );
    }

    #[test]
    fn the_credit_line_ends_with_the_map_credit_as_a_sentence() {
        assert_eq!(
            EN.credit_line(),
            format!("{} {}.", EN.credit, EN.map_credit),
            "one full stop between the sentences, one at the end"
        );
    }

    #[test]
    fn step_numbers_are_one_based() {
        assert_eq!(EN.step_of(0, 5), "Step 1 of 5");
    }

    #[test]
    fn bureaus_follow_the_jurisdictions_and_unknown_has_its_own_words() {
        use crate::model::Jurisdiction;
        for j in Jurisdiction::ALL {
            let expected = match j {
                Jurisdiction::Unknown => EN.unknown_bureau,
                other => other.label(),
            };
            assert_eq!(EN.bureau(j), expected);
        }
        let statuses: Vec<&str> = crate::model::Status::ALL.map(|s| EN.status(s)).to_vec();
        assert_eq!(statuses, EN.statuses);
    }
}
