//! Reading and writing the page's query string (`?step=`, `?theme=`, `?embed=`).

/// A colour theme forced by the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Light colours whatever the system says.
    Light,
    /// Dark colours whatever the system says.
    Dark,
}

/// What the query string asks of the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// The requested step id, if any (may be unknown).
    pub step: Option<String>,
    /// A forced theme, if any.
    pub theme: Option<Theme>,
    /// `?embed=1`: drop the page chrome as inside an iframe.
    pub embed: bool,
}

/// Splits `?a=b&c=d` into decoded pairs (`+` and `%XX` decoded; bad escapes kept as is).
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Reads the options the page understands; anything else is ignored.
pub fn page_options(query: &str) -> PageOptions {
    let mut options = PageOptions::default();
    for (key, value) in pairs(query) {
        match key.as_str() {
            "step" if !value.is_empty() => options.step = Some(value),
            "theme" => {
                options.theme = match value.as_str() {
                    "light" => Some(Theme::Light),
                    "dark" => Some(Theme::Dark),
                    _ => None,
                }
            }
            "embed" => options.embed = matches!(value.as_str(), "1" | "true" | ""),
            _ => {}
        }
    }
    options
}

/// The query string with `step` set to `step_id`, every other parameter kept in order.
pub fn with_step(query: &str, step_id: &str) -> String {
    let mut parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some("step"))
        .map(str::to_owned)
        .collect();
    parts.push(format!("step={}", encode(step_id)));
    format!("?{}", parts.join("&"))
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_step_theme_and_embed() {
        let o = page_options("?step=december&theme=dark&embed=1");
        assert_eq!(o.step.as_deref(), Some("december"));
        assert_eq!(o.theme, Some(Theme::Dark));
        assert!(o.embed);
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        let o = page_options("?theme=purple&initialWidth=600&childId=g1");
        assert_eq!(o, PageOptions::default());
        assert_eq!(page_options("").step, None);
        assert_eq!(page_options("?step=").step, None);
    }

    #[test]
    fn decodes_escapes_and_survives_bad_ones() {
        assert_eq!(pairs("?a=b%20c&d=%zz&e=%")[0].1, "b c");
        assert_eq!(pairs("?d=%zz")[0].1, "%zz");
        assert_eq!(pairs("?e=%")[0].1, "%");
    }

    #[test]
    fn replaces_only_the_step() {
        assert_eq!(with_step("", "setup"), "?step=setup");
        assert_eq!(
            with_step("?childId=x&step=setup&theme=dark", "december"),
            "?childId=x&theme=dark&step=december"
        );
    }
}
