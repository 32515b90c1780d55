//! Broken variants of the real data files, made in memory by the tests: one
//! field of one record changed, removed or copied. A record is found by its id
//! (a CSV row's first field, a TOML record's `id = "…"` line) or its table
//! header (`[step.december]`), never by its text, so that editing the words of
//! `data/` does not break the tests.
#![allow(dead_code)] // each test crate uses a part

/// A file's text with one change, and the 1-based line the change is on.
pub struct Variant {
    /// The whole file, changed.
    pub text: String,
    /// 1-based line of the change (for a removal, see each function).
    pub line: usize,
}

/// `lines` joined back into a file that ends with a line break.
fn join(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn owned_lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

// ---- CSV ---------------------------------------------------------------------------

/// The header and the row whose first field is `id`, with its 0-based line.
fn csv_row(text: &str, id: &str) -> (csv::StringRecord, csv::StringRecord, usize) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a CSV header").clone();
    let mut hits = Vec::new();
    for row in reader.records() {
        let row = row.expect("a CSV row");
        if row.get(0) == Some(id) {
            let line = row.position().expect("a position").line() as usize - 1;
            hits.push((row, line));
        }
    }
    assert_eq!(hits.len(), 1, "{id} is the id of {} rows", hits.len());
    let (row, line) = hits.pop().unwrap();
    let alone = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.lines().nth(line).unwrap().as_bytes())
        .records()
        .next()
        .and_then(Result::ok);
    assert_eq!(
        alone.as_ref().map(|r| r.iter().collect::<Vec<_>>()),
        Some(row.iter().collect()),
        "row {id} must fit on one line"
    );
    (header, row, line)
}

/// The index of `column` in `header`.
fn column_index(header: &csv::StringRecord, column: &str) -> usize {
    header
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column}"))
}

/// The `column` field of the row whose first field is `id`.
pub fn csv_field(text: &str, id: &str, column: &str) -> String {
    let (header, row, _) = csv_row(text, id);
    row[column_index(&header, column)].to_owned()
}

/// `text` with the `column` field of row `id` set to `value` (quoted as CSV
/// needs); the line is the row's.
pub fn csv_set(text: &str, id: &str, column: &str, value: &str) -> Variant {
    let (header, row, line) = csv_row(text, id);
    let index = column_index(&header, column);
    let fields: Vec<&str> = row
        .iter()
        .enumerate()
        .map(|(i, f)| if i == index { value } else { f })
        .collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(&fields).expect("CSV into memory");
    let bytes = writer.into_inner().expect("CSV into memory");
    let mut lines = owned_lines(text);
    lines[line] = String::from_utf8(bytes).unwrap().trim_end().to_owned();
    Variant {
        text: join(&lines),
        line: line + 1,
    }
}

/// `text` with a copy of row `id` appended; the line is the copy's.
pub fn csv_append_copy(text: &str, id: &str) -> Variant {
    let (_, _, line) = csv_row(text, id);
    let mut lines = owned_lines(text);
    lines.push(lines[line].clone());
    Variant {
        line: lines.len(),
        text: join(&lines),
    }
}

// ---- TOML --------------------------------------------------------------------------

/// Where a TOML record is.
#[derive(Clone, Copy, Debug)]
pub enum At<'a> {
    /// The `[[…]]` record holding the line `id = "<id>"`.
    Id(&'a str),
    /// The table under the header `[<name>]`.
    Table(&'a str),
}

/// The 0-based lines of a record: its header, and the next header (or the end).
fn record(lines: &[String], at: At) -> (usize, usize) {
    let wanted = match at {
        At::Id(id) => format!("id = \"{id}\""),
        At::Table(name) => format!("[{name}]"),
    };
    let hits: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim() == wanted)
        .collect();
    assert_eq!(hits.len(), 1, "{wanted} is on {} lines", hits.len());
    let header = lines[..=hits[0]]
        .iter()
        .rposition(|l| l.starts_with('['))
        .unwrap_or_else(|| panic!("{wanted} has no table header before it"));
    let end = (hits[0] + 1..lines.len())
        .find(|&i| lines[i].starts_with('['))
        .unwrap_or(lines.len());
    (header, end)
}

/// The 0-based lines of `key` in a record: its first line, and the line after
/// its value (a `"""` string or a `[` array may span lines).
fn key_lines(lines: &[String], at: At, key: &str) -> (usize, usize) {
    let (start, end) = record(lines, at);
    let first = (start + 1..end)
        .find(|&i| {
            lines[i]
                .split_once('=')
                .is_some_and(|(k, _)| k.trim() == key)
        })
        .unwrap_or_else(|| panic!("{at:?} has no key {key}"));
    let value = lines[first].split_once('=').unwrap().1.trim();
    let closer = if value.starts_with("\"\"\"") && value.matches("\"\"\"").count() == 1 {
        Some("\"\"\"")
    } else if value.starts_with('[') && !value.ends_with(']') {
        Some("]")
    } else {
        None
    };
    let last = match closer {
        Some(closer) => (first + 1..end)
            .find(|&i| lines[i].contains(closer))
            .unwrap_or_else(|| panic!("{at:?} {key} is not closed")),
        None => first,
    };
    (first, last + 1)
}

/// The 1-based line of a record's header.
pub fn toml_header(text: &str, at: At) -> usize {
    record(&owned_lines(text), at).0 + 1
}

/// The 1-based line of `key` in a record.
pub fn toml_line(text: &str, at: At, key: &str) -> usize {
    key_lines(&owned_lines(text), at, key).0 + 1
}

/// The value of `key` in a record, as written (one line).
pub fn toml_value(text: &str, at: At, key: &str) -> String {
    let lines = owned_lines(text);
    let (first, after) = key_lines(&lines, at, key);
    assert_eq!(after, first + 1, "{at:?} {key} spans lines");
    lines[first].split_once('=').unwrap().1.trim().to_owned()
}

/// `text` with `key` of a record set to `value` (TOML, as written); the line is the key's.
pub fn toml_set(text: &str, at: At, key: &str, value: &str) -> Variant {
    let mut lines = owned_lines(text);
    let (first, after) = key_lines(&lines, at, key);
    lines.splice(first..after, [format!("{key} = {value}")]);
    Variant {
        text: join(&lines),
        line: first + 1,
    }
}

/// `text` without `key` in a record; the line is the record's header.
pub fn toml_remove(text: &str, at: At, key: &str) -> Variant {
    let mut lines = owned_lines(text);
    let (first, after) = key_lines(&lines, at, key);
    lines.drain(first..after);
    Variant {
        line: record(&lines, at).0 + 1,
        text: join(&lines),
    }
}

/// `text` with `line` added under a record's header; the line is the new one.
pub fn toml_insert(text: &str, at: At, line: &str) -> Variant {
    let mut lines = owned_lines(text);
    let header = record(&lines, at).0;
    lines.insert(header + 1, line.to_owned());
    Variant {
        text: join(&lines),
        line: header + 2,
    }
}

/// `text` with `block` (whole lines) put before a record's header; the line is
/// the block's first.
pub fn toml_insert_before(text: &str, at: At, block: &str) -> Variant {
    let mut lines = owned_lines(text);
    let header = record(&lines, at).0;
    lines.splice(header..header, block.lines().map(str::to_owned));
    Variant {
        text: join(&lines),
        line: header + 1,
    }
}

/// `text` without a record (its header up to the next header).
pub fn toml_remove_record(text: &str, at: At) -> String {
    let mut lines = owned_lines(text);
    let (start, end) = record(&lines, at);
    lines.drain(start..end);
    join(&lines)
}

/// `text` with a copy of a record right after it; the line is the copy's
/// `id` line (for [`At::Id`]) or header.
pub fn toml_copy_record(text: &str, at: At) -> Variant {
    let mut lines = owned_lines(text);
    let (start, end) = record(&lines, at);
    let copy: Vec<String> = lines[start..end].to_vec();
    let offset = match at {
        At::Id(_) => key_lines(&lines, at, "id").0 - start,
        At::Table(_) => 0,
    };
    lines.splice(end..end, copy);
    Variant {
        text: join(&lines),
        line: end + offset + 1,
    }
}
