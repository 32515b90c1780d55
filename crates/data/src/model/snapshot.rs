//! The view of one story step: headline counts, per-country bars and the step's events.

use super::dataset::Dataset;
use super::order;
use super::types::{Confidence, ListedIn, Response, Shows, Station, Step, MAX_KEY_EVENTS};

/// One bar of the chart: the stations of one country in a step.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryCount {
    /// ISO alpha-2 code.
    pub iso2: String,
    /// Display name from the ISO table.
    pub name: String,
    /// Stations counted.
    pub total: u32,
    /// Stations per `Jurisdiction::ALL`.
    pub by_jurisdiction: [u32; 5],
    /// Distinct cities, in row order (rows without a city are skipped).
    pub cities: Vec<String>,
    /// Distinct source ids of the counted rows, in row order.
    pub sources: Vec<String>,
    /// The weakest confidence among the counted rows.
    pub lowest_confidence: Confidence,
    /// The strongest government response recorded by the step's end (low-confidence
    /// events left out), or `None` if no public response was found.
    pub response: Option<Response>,
    /// Index into `Dataset::events` of the latest event giving that response.
    pub response_event: Option<usize>,
    /// Whether `response` is official action (investigation, closure, charges,
    /// diplomatic protest): the chart's marker.
    pub responded: bool,
}

/// What one story step shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    /// Index of the step.
    pub step: usize,
    /// Headline station count: the report total (including stations not located), or for
    /// an "opened-by" step the number of dated stations.
    pub stations: u32,
    /// Headline country count, likewise.
    pub countries: u32,
    /// Stations the data places in a country.
    pub located_stations: u32,
    /// Distinct countries of the located stations.
    pub located_countries: u32,
    /// Stations in the count whose country the data cannot name (0 for "opened-by").
    pub not_located: u32,
    /// Countries in the count the data cannot name (0 for "opened-by").
    pub countries_not_located: u32,
    /// Whether per-country counts are known minimums (December-based and "opened-by" steps).
    pub is_minimum: bool,
    /// Whether located + not located equals a report total (false for "opened-by").
    pub complete: bool,
    /// Index of the report the step shows, if any.
    pub report: Option<usize>,
    /// One entry per country, by total descending, then name ascending.
    pub by_country: Vec<CountryCount>,
    /// Located stations per `Jurisdiction::ALL`.
    pub by_jurisdiction: [u32; 5],
    /// Indices into `Dataset::events` of the step's events, by date (file order on ties).
    pub events: Vec<usize>,
    /// The events shown in view: the step's key events, by date.
    pub key_events: Vec<usize>,
    /// Indices into `Dataset::stations` of the counted stations, in file order.
    pub station_indices: Vec<usize>,
}

impl Snapshot {
    /// The bar for one country, if it has stations in this step.
    pub fn country(&self, iso2: &str) -> Option<&CountryCount> {
        self.by_country.iter().find(|c| c.iso2 == iso2)
    }
}

fn push_distinct(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

impl Dataset {
    /// Whether the station is counted in a step that shows `shows`.
    pub fn counts_in(station: &Station, shows: Shows) -> bool {
        match (shows, station.listed_in) {
            (_, ListedIn::Outside) => false,
            (Shows::Report(upto), ListedIn::Report(i)) => i <= upto,
            (Shows::OpenedBy(year), ListedIn::Report(_)) => {
                station.opened.is_some_and(|d| d.year <= year)
            }
        }
    }

    /// The view of story step `step` (clamped to the last step; empty if there are none).
    pub fn snapshot(&self, step: usize) -> Snapshot {
        if self.steps.is_empty() {
            return Snapshot::default();
        }
        let index = step.min(self.steps.len() - 1);
        let st = &self.steps[index];
        let station_indices: Vec<usize> = (0..self.stations.len())
            .filter(|&i| Dataset::counts_in(&self.stations[i], st.shows))
            .collect();

        let mut by_country: Vec<CountryCount> = Vec::new();
        let mut by_jurisdiction = [0u32; 5];
        for &i in &station_indices {
            let s = &self.stations[i];
            let j = s.jurisdiction.index();
            by_jurisdiction[j] += 1;
            let pos = match by_country.iter().position(|c| c.iso2 == s.iso2) {
                Some(p) => p,
                None => {
                    let response = self.response(&s.iso2, st);
                    by_country.push(CountryCount {
                        iso2: s.iso2.clone(),
                        name: s.country.clone(),
                        total: 0,
                        by_jurisdiction: [0; 5],
                        cities: Vec::new(),
                        sources: Vec::new(),
                        lowest_confidence: Confidence::Firm,
                        response: response.map(|(r, _)| r),
                        response_event: response.map(|(_, e)| e),
                        responded: response.is_some_and(|(r, _)| r.is_official_action()),
                    });
                    by_country.len() - 1
                }
            };
            let c = &mut by_country[pos];
            c.total += 1;
            c.by_jurisdiction[j] += 1;
            if let Some(city) = &s.city {
                push_distinct(&mut c.cities, city);
            }
            for id in &s.sources {
                push_distinct(&mut c.sources, id);
            }
            c.lowest_confidence = c.lowest_confidence.max(s.confidence);
        }
        order::sort_by(&mut by_country, |a, b| {
            (b.total.cmp(&a.total))
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.iso2.cmp(&b.iso2))
        });

        let mut events: Vec<usize> = (0..self.events.len())
            .filter(|&i| self.events[i].date.within(&st.events_from, &st.events_to))
            .collect();
        order::sort_by(&mut events, |&a, &b| {
            (self.events[a].date.first_day(), a).cmp(&(self.events[b].date.first_day(), b))
        });

        let mut key_events: Vec<usize> = events
            .iter()
            .copied()
            .filter(|&i| st.key_events.contains(&self.events[i].id))
            .collect();
        if st.key_events.is_empty() {
            key_events = events.iter().copied().take(MAX_KEY_EVENTS).collect();
        }

        let located_stations = station_indices.len() as u32;
        let located_countries = by_country.len() as u32;
        let mut snap = Snapshot {
            step: index,
            stations: located_stations,
            countries: located_countries,
            located_stations,
            located_countries,
            is_minimum: true,
            by_country,
            by_jurisdiction,
            events,
            key_events,
            station_indices,
            ..Snapshot::default()
        };
        if let Shows::Report(r) = st.shows {
            let rep = &self.reports[r];
            snap.stations = rep.stations_total;
            snap.countries = rep.countries_total;
            snap.not_located = rep.stations_not_located;
            snap.countries_not_located = rep.countries_not_located;
            snap.is_minimum = rep.counts_are_minimums;
            snap.report = Some(r);
            snap.complete = located_stations + rep.stations_not_located == rep.stations_total
                && located_countries + rep.countries_not_located == rep.countries_total;
        }
        snap
    }

    /// Snapshots of every step, in order.
    pub fn snapshots(&self) -> Vec<Snapshot> {
        (0..self.steps.len()).map(|i| self.snapshot(i)).collect()
    }

    /// The strongest response of country `iso2` by the end of step `st`, and the
    /// latest event that records it. Events graded `low` do not count.
    fn response(&self, iso2: &str, st: &Step) -> Option<(Response, usize)> {
        let end = st.events_to.last_day();
        let mut best: Option<(Response, usize)> = None;
        for (i, e) in self.events.iter().enumerate() {
            let Some(r) = e.response else { continue };
            if e.confidence == Confidence::Low
                || e.date.first_day() > end
                || !e.countries.iter().any(|c| c == iso2)
            {
                continue;
            }
            let later = |j: usize| (e.date.first_day(), i) >= (self.events[j].date.first_day(), j);
            if best.is_none_or(|(b, j)| r < b || (r == b && later(j))) {
                best = Some((r, i));
            }
        }
        best
    }
}
