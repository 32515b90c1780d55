//! The CSV download: the table the reader sees for one story step.

use super::snapshot::{CountryCount, Snapshot};
use super::types::Shows;
use super::Dataset;

/// Column headers of the exported table.
pub const EXPORT_HEADER: [&str; 11] = [
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
];

/// Label of the row holding stations whose country is not published.
pub const NOT_LOCATED_LABEL: &str = "Location not published";

/// Builds the CSV a reader downloads for `snapshot`: UTF-8 with a byte-order mark, CRLF line
/// ends, a header row, one row per country (in the snapshot's order), a "Location not
/// published" row (report steps only), a "Total" row, and a final "Source" row crediting
/// Safeguard Defenders with the report's address. Cities are joined with "; ", the
/// `government_response` column holds `response(country)` (reader-facing words, which live
/// in `strings`), and the sources column lists the cited URLs joined with "; ".
pub fn export_csv(
    dataset: &Dataset,
    snapshot: &Snapshot,
    response: impl Fn(&CountryCount) -> &'static str,
) -> String {
    let mut rows: Vec<Vec<String>> = vec![EXPORT_HEADER.iter().map(|s| s.to_string()).collect()];
    let mut totals = [0u32; 5];
    for c in &snapshot.by_country {
        let mut row = vec![c.name.clone(), c.iso2.clone(), c.total.to_string()];
        row.extend(c.by_jurisdiction.iter().map(u32::to_string));
        row.push(c.cities.join("; "));
        row.push(response(c).to_owned());
        row.push(dataset.source_urls(&c.sources).join("; "));
        rows.push(row);
        for (t, n) in totals.iter_mut().zip(c.by_jurisdiction) {
            *t += n;
        }
    }
    let blank_tail = |label: &str, stations: u32, j: [u32; 5]| {
        let mut row = vec![label.to_string(), String::new(), stations.to_string()];
        row.extend(j.iter().map(u32::to_string));
        row.extend([String::new(), String::new(), String::new()]);
        row
    };
    if snapshot.report.is_some() {
        let n = snapshot.not_located;
        rows.push(blank_tail(NOT_LOCATED_LABEL, n, [0, 0, 0, 0, n]));
        totals[4] += n;
    }
    rows.push(blank_tail("Total", snapshot.stations, totals));

    let (credit, urls) = credit(dataset, snapshot);
    let mut source_row = vec![String::new(); EXPORT_HEADER.len()];
    source_row[0] = "Source".into();
    source_row[8] = credit;
    source_row[EXPORT_HEADER.len() - 1] = urls;
    rows.push(source_row);

    let mut out = String::from("\u{feff}");
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma,
/// a quote or a line break.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// The attribution text and URL(s) for the final "Source" row.
fn credit(dataset: &Dataset, snapshot: &Snapshot) -> (String, String) {
    if let Some(r) = snapshot.report.and_then(|i| dataset.reports.get(i)) {
        let mut text = format!("{}, \"{}\" ({})", r.publisher, r.title, r.date.label());
        if let Some(rev) = r.revised {
            text.push_str(&format!(", revised {}", rev.label()));
        }
        if snapshot.is_minimum {
            text.push_str("; per-country counts are known minimums");
        }
        return (text, r.url.clone());
    }
    let year = dataset
        .steps
        .get(snapshot.step)
        .and_then(|s| match s.shows {
            Shows::OpenedBy(y) => Some(y),
            Shows::Report(_) => None,
        })
        .map_or(String::new(), |y| format!(" by {y}"));
    let text = format!(
        "Stations in Safeguard Defenders' count with a known opening date{year}; \
         most opening dates are not known"
    );
    let urls: Vec<&str> = dataset.reports.iter().map(|r| r.url.as_str()).collect();
    (text, urls.join("; "))
}
