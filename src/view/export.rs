//! The CSV download: the table the reader sees for one story step.

use crate::model::{Dataset, Shows, Snapshot};
use crate::strings::Strings;

use super::markup::response_label;

/// How many columns the table has (`Strings::csv_header`).
const COLUMNS: usize = 11;

/// Builds the CSV a reader downloads for `snapshot`: UTF-8 with a byte-order mark, CRLF line
/// ends, a header row, one row per country (in the snapshot's order), a "Location not
/// published" row (report steps only), a "Total" row, and a final "Source" row crediting
/// Safeguard Defenders with the report's address, every header and label in the
/// language of `strings`. Cities are joined with "; ", the response column holds the
/// response in words, and the sources column lists the cited URLs joined with "; ".
pub fn export_csv(dataset: &Dataset, snapshot: &Snapshot, strings: &Strings) -> String {
    let mut rows: Vec<Vec<String>> = vec![strings.csv_header.map(str::to_string).to_vec()];
    let mut totals = [0u32; 5];
    for c in &snapshot.by_country {
        let mut row = vec![c.name.clone(), c.iso2.clone(), c.total.to_string()];
        row.extend(c.by_jurisdiction.iter().map(u32::to_string));
        row.push(c.cities.join("; "));
        row.push(response_label(c, strings).to_owned());
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
        rows.push(blank_tail(strings.not_located, n, [0, 0, 0, 0, n]));
        totals[4] += n;
    }
    rows.push(blank_tail(strings.total_row, snapshot.stations, totals));

    let (credit, urls) = credit(dataset, snapshot, strings);
    let mut source_row = vec![String::new(); COLUMNS];
    source_row[0] = strings.csv_source.into();
    source_row[8] = credit;
    source_row[COLUMNS - 1] = urls;
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
fn credit(dataset: &Dataset, snapshot: &Snapshot, strings: &Strings) -> (String, String) {
    if let Some(r) = snapshot.report.and_then(|i| dataset.reports.get(i)) {
        let date = strings.date(&r.date);
        let mut text = format!("{}, \"{}\" ({date})", r.publisher, r.title);
        if let Some(rev) = r.revised {
            let revised = strings.csv_revised.replace("{date}", &strings.date(&rev));
            text.push_str(&format!(", {revised}"));
        }
        if snapshot.is_minimum {
            text.push_str(&format!("; {}", strings.csv_minimum));
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
        .map_or(String::new(), |y| y.to_string());
    let text = strings.csv_dated.replace("{year}", &year);
    let urls: Vec<&str> = dataset.reports.iter().map(|r| r.url.as_str()).collect();
    (text, urls.join("; "))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::{CountryCount, Embedded};
    use crate::strings::EN;

    fn response_words(c: &CountryCount) -> &'static str {
        response_label(c, &EN)
    }

    fn data() -> Dataset {
        Dataset::embedded().expect("data/ is valid")
    }

    fn step(d: &Dataset, id: &str) -> Snapshot {
        d.snapshot(d.step_index(id).expect("step exists"))
    }

    #[test]
    fn csv_export_is_a_clean_table_with_bom_and_source_row() {
        let d = data();
        let dec = step(&d, "december");
        let csv = export_csv(&d, &dec, &EN);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], EN.csv_header.join(","));
        let top = &dec.by_country[0];
        assert!(lines[1].starts_with(&format!("{},{},{},", top.name, top.iso2, top.total)));
        // header + a row per country + not located + total + source, then the final empty split.
        let n = dec.by_country.len();
        assert_eq!(lines.len(), 1 + n + 3 + 1);
        assert_eq!(
            lines[n + 1],
            format!(
                "Location not published,,{0},0,0,0,0,{0},,,",
                dec.not_located
            )
        );
        let j = dec.by_jurisdiction;
        let total = format!(
            "Total,,{},{},{},{},{},{},,,",
            dec.stations,
            j[0],
            j[1],
            j[2],
            j[3],
            j[4] + dec.not_located
        );
        assert_eq!(lines[n + 2], total);
        assert!(lines[n + 3].starts_with("Source,,,,,,,,"));
        assert!(lines[n + 3].contains("Safeguard Defenders"));
        let report = &d.reports[dec.report.expect("a report step")];
        assert!(lines[n + 3].ends_with(&report.url));
        // Each country's response is in words; a city list with a comma is quoted as one field.
        for (c, line) in dec.by_country.iter().zip(&lines[1..]) {
            assert!(line.contains(response_words(c)), "{line}");
            let cities = c.cities.join("; ");
            if cities.contains(',') {
                assert!(line.contains(&format!("\"{cities}\"")), "{line}");
            }
        }
        assert!(dec
            .by_country
            .iter()
            .any(|c| c.cities.join("; ").contains(',')));
    }

    #[test]
    fn csv_export_for_dated_step_has_no_not_located_row() {
        let d = data();
        let setup = step(&d, "setup");
        let csv = export_csv(&d, &setup, &EN);
        assert!(!csv.contains(EN.not_located));
        let j = setup.by_jurisdiction;
        let total = format!(
            "\r\nTotal,,{},{},{},{},{},{},,,\r\n",
            setup.stations, j[0], j[1], j[2], j[3], j[4]
        );
        assert!(csv.contains(&total), "{csv}");
        assert!(csv.contains("most opening dates are not known"));
    }
}
