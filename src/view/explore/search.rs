//! The place search: "is there one in my city?". A query matches a place's
//! name in the page's language or in English (and in any language given to
//! [`Places::also_named`]), case and accents ignored.

use super::places::{Place, PlaceKind, Places};
use crate::model::Snapshot;

/// Most places a search returns.
pub const MAX_HITS: usize = 8;

/// How well a query matches a name, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    /// The whole name.
    Exact,
    /// The start of the name.
    Prefix,
    /// The start of one of its words ("york" in "new york").
    WordPrefix,
    /// Anywhere inside it ("兰" in "米兰").
    Inside,
}

/// How `query` (folded words) matches `name` (folded words), if at all.
fn matching(name: &str, query: &str) -> Option<Match> {
    if name == query {
        Some(Match::Exact)
    } else if name.starts_with(query) {
        Some(Match::Prefix)
    } else if name.split(' ').any(|w| w.starts_with(query)) {
        Some(Match::WordPrefix)
    } else {
        name.contains(query).then_some(Match::Inside)
    }
}

impl Places {
    /// The places whose names match `query`, at most [`MAX_HITS`]: whole
    /// names, then starts of names, then starts of words, then anywhere
    /// inside; on a tie countries before cities, then places with more
    /// stations, then by name. Empty for a query of no letters or digits, or
    /// one that matches nothing (then show [`Places::countries_in`]).
    pub fn search(&self, query: &str) -> Vec<&Place> {
        let query = (self.fold)(query);
        if query.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(Match, &Place)> = self
            .all()
            .iter()
            .filter_map(|p| {
                let best = p.names.iter().filter_map(|n| matching(n, &query)).min()?;
                Some((best, p))
            })
            .collect();
        crate::model::order::sort_by(&mut hits, |(ma, a), (mb, b)| {
            (ma, a.kind, b.stations.len(), &a.name).cmp(&(mb, b.kind, a.stations.len(), &b.name))
        });
        hits.into_iter().take(MAX_HITS).map(|(_, p)| p).collect()
    }

    /// The countries with stations in `snapshot`, as its bars order them
    /// (most stations first): what to offer when a search finds nothing.
    pub fn countries_in(&self, snapshot: &Snapshot) -> Vec<&Place> {
        snapshot
            .by_country
            .iter()
            .filter_map(|c| self.find(&c.iso2))
            .filter(|p| p.kind == PlaceKind::Country)
            .collect()
    }
}
