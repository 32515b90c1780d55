//! Embedding the graphic in other pages: the size messages a framed graphic
//! sends its host, the one message it accepts, and the embed snippet.
//!
//! Everything here is plain string work with native tests; the browser glue
//! (ResizeObserver, `postMessage`, the `message` listener) is `app::embed_messages`.
//!
//! Three kinds of host are served at once, because the graphic cannot know
//! which one framed it:
//! - pym.js parents: the string `pymxPYMx{childId}xPYMxheightxPYMx{height}`;
//!   they send `pymxPYMx{childId}xPYMxwidthxPYMx{width}` when their width changes.
//! - AMP's `<amp-iframe resizable>`: the object `{sentinel: "amp", type: "embed-size", height}`.
//! - Our own `embed.js`: the object `{"overseas-stations-height": {[id]: height}}`.
//!
//! Outgoing messages carry nothing but a height and an id taken from the frame's
//! own address, so they may be posted with target origin `"*"`.

use crate::view::markup::escape;

use crate::view::query::pairs;

/// Separator of pym.js's string messages.
pub const PYM_DELIMITER: &str = "xPYMx";
/// Key of the message our own `embed.js` listens for.
pub const OWN_MESSAGE_KEY: &str = "overseas-stations-height";
/// Id used when the address names none.
pub const DEFAULT_ID: &str = "default";
/// Initial height of the iframe in the snippet (CSS px), before the first message.
pub const SNIPPET_HEIGHT: u32 = 900;
/// File name of our parent-side script, next to `index.html`.
pub const PARENT_SCRIPT: &str = "embed.js";
/// Marker attribute `embed.js` looks for on iframes.
pub const FRAME_MARKER: &str = "data-overseas-stations";
/// No real page is taller than this (CSS px); larger or broken values are not sent.
pub const MAX_HEIGHT: u32 = 100_000;
/// Ids longer than this are cut (they only ever name an element of the host).
const MAX_ID_CHARS: usize = 128;

/// What the frame's own address says about its host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedParams {
    /// `childId`, added by pym.js parents to the iframe's address.
    pub child_id: Option<String>,
    /// `initialWidth` (CSS px), added by pym.js parents. The layout is pure CSS,
    /// so it is read and validated but needs no action.
    pub initial_width: Option<u32>,
    /// The id our own messages carry: `id`, else `childId`, else [`DEFAULT_ID`].
    pub id: String,
}

impl EmbedParams {
    /// The id pym.js messages carry: `childId`, else the own id.
    pub fn pym_id(&self) -> &str {
        self.child_id.as_deref().unwrap_or(&self.id)
    }
}

/// Reads `childId`, `initialWidth` and `id` from a query string (`?a=b&...`).
pub fn embed_params(query: &str) -> EmbedParams {
    let mut child_id = None;
    let mut initial_width = None;
    let mut own_id = None;
    for (key, value) in pairs(query) {
        match key.as_str() {
            "childId" => child_id = clean_id(&value),
            "id" => own_id = clean_id(&value),
            "initialWidth" => initial_width = parse_px(&value),
            _ => {}
        }
    }
    let id = own_id
        .or_else(|| child_id.clone())
        .unwrap_or_else(|| DEFAULT_ID.to_string());
    EmbedParams {
        child_id,
        initial_width,
        id,
    }
}

fn clean_id(value: &str) -> Option<String> {
    let value: String = value.trim().chars().take(MAX_ID_CHARS).collect();
    (!value.is_empty()).then_some(value)
}

/// A positive, finite pixel count no larger than [`MAX_HEIGHT`], rounded.
/// Plain decimal numbers only: no units, signs, exponents, `inf` or `NaN`.
pub fn parse_px(text: &str) -> Option<u32> {
    let text = text.trim();
    let well_formed = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && text.bytes().filter(|&b| b == b'.').count() <= 1
        && text.bytes().next().is_some_and(|b| b.is_ascii_digit());
    if !well_formed {
        return None;
    }
    // Whole pixels plus the first decimal for rounding: no float parser, whose
    // tables would add ~15 KB to the wasm.
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole: u32 = whole.parse().ok()?;
    let up = fraction.bytes().next().is_some_and(|b| b >= b'5');
    let rounded = whole.checked_add(u32::from(up))?;
    (1..=MAX_HEIGHT).contains(&rounded).then_some(rounded)
}

/// The height to report for a measured CSS height: rounded up (a frame a
/// fraction too short would scroll), `None` when not a usable size.
pub fn height_px(css_height: f64) -> Option<u32> {
    if !css_height.is_finite() || css_height < 1.0 {
        return None;
    }
    let px = css_height.ceil();
    (px <= f64::from(MAX_HEIGHT)).then_some(px as u32)
}

/// Remembers the last height sent so that only changes are sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeightTracker {
    last: Option<u32>,
}

impl HeightTracker {
    /// The height to send for a new measurement: `Some` when it differs from
    /// the last one sent (or when `force`d, e.g. a host asked), else `None`.
    pub fn update(&mut self, measured: f64, force: bool) -> Option<u32> {
        let height = height_px(measured)?;
        if force || self.last != Some(height) {
            self.last = Some(height);
            Some(height)
        } else {
            None
        }
    }

    /// The last height sent, if any.
    pub fn last(&self) -> Option<u32> {
        self.last
    }
}

/// pym.js's height message: `pymxPYMx{id}xPYMxheightxPYMx{height}`.
pub fn pym_height_message(child_id: &str, height: u32) -> String {
    pym_message(child_id, "height", &height.to_string())
}

/// Any pym.js message (`pym`, id, type and payload joined by `xPYMx`).
pub fn pym_message(child_id: &str, kind: &str, payload: &str) -> String {
    ["pym", child_id, kind, payload].join(PYM_DELIMITER)
}

/// The width in a pym.js parent's `width` message meant for `child_id`, or
/// `None` for anything else: other ids, other message types, a wrong number
/// of parts, or a width that is not a plain positive number.
pub fn parse_pym_width(data: &str, child_id: &str) -> Option<u32> {
    let mut parts = data.split(PYM_DELIMITER);
    let (prefix, id, kind, payload) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || prefix != "pym" || id != child_id || kind != "width" {
        return None;
    }
    parse_px(payload)
}

/// AMP's `embed-size` request (`<amp-iframe resizable>` honours it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AmpEmbedSize {
    /// Always `"amp"`.
    pub sentinel: &'static str,
    /// Always `"embed-size"` (the object's `type` field).
    pub kind: &'static str,
    /// The wanted height, CSS px.
    pub height: u32,
}

/// The AMP message for `height`.
pub fn amp_message(height: u32) -> AmpEmbedSize {
    AmpEmbedSize {
        sentinel: "amp",
        kind: "embed-size",
        height,
    }
}

impl AmpEmbedSize {
    /// As JSON text (the glue turns it into an object with `JSON.parse`).
    pub fn to_json(&self) -> String {
        format!(
            "{{\"sentinel\":{},\"type\":{},\"height\":{}}}",
            json_string(self.sentinel),
            json_string(self.kind),
            self.height
        )
    }
}

/// Our own message, `{"overseas-stations-height": {[id]: height}}`, as JSON text.
pub fn own_message_json(id: &str, height: u32) -> String {
    format!(
        "{{{}:{{{}:{}}}}}",
        json_string(OWN_MESSAGE_KEY),
        json_string(id),
        height
    )
}

/// `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // U+2028/2029 are valid JSON but not valid in older JS string literals.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The graphic's own address: `href` without query and fragment.
pub fn graphic_url(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// The address to put in an iframe: the graphic's own address plus `?embed=1`.
pub fn embed_url(href: &str) -> String {
    format!("{}?embed=1", graphic_url(href))
}

/// The address of our parent-side script, next to the graphic's `index.html`.
pub fn parent_script_url(href: &str) -> String {
    let base = graphic_url(href);
    // Keep `scheme://host/` whole when the path is empty.
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let dir = match base[after_scheme..].rfind('/') {
        Some(i) => &base[..after_scheme + i + 1],
        None => return format!("{base}/{PARENT_SCRIPT}"),
    };
    format!("{dir}{PARENT_SCRIPT}")
}

/// The code a newsroom pastes to embed the graphic found at `href`, with the
/// newsroom `options` (query parameters, e.g. `step=december&title=0`): a
/// responsive iframe (full width, no border, no scrollbar, a sensible initial
/// height) and our optional script that keeps its height right.
pub fn embed_snippet(href: &str, title: &str, options: &str) -> String {
    let mut src = embed_url(href);
    if !options.is_empty() {
        src.push('&');
        src.push_str(options);
    }
    format!(
        "<iframe title=\"{title}\" src=\"{src}\" width=\"100%\" height=\"{SNIPPET_HEIGHT}\" \
         scrolling=\"no\" frameborder=\"0\" {FRAME_MARKER}></iframe>\n\
         <script src=\"{script}\" async></script>",
        title = escape(title),
        src = escape(&src),
        script = escape(&parent_script_url(href)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pym_and_own_ids() {
        let p = embed_params("?embed=1&initialWidth=600&childId=graphic-1");
        assert_eq!(p.child_id.as_deref(), Some("graphic-1"));
        assert_eq!(p.initial_width, Some(600));
        assert_eq!(p.id, "graphic-1");
        assert_eq!(p.pym_id(), "graphic-1");

        let p = embed_params("?childId=pym-7&id=mine");
        assert_eq!(p.id, "mine");
        assert_eq!(p.pym_id(), "pym-7");

        let p = embed_params("?id=solo");
        assert_eq!(p.child_id, None);
        assert_eq!(p.pym_id(), "solo");
    }

    #[test]
    fn falls_back_to_the_default_id() {
        let p = embed_params("");
        assert_eq!(p.id, DEFAULT_ID);
        assert_eq!(p.child_id, None);
        assert_eq!(p.initial_width, None);
        assert_eq!(embed_params("?id=&childId=%20").id, DEFAULT_ID);
        assert_eq!(embed_params("?initialWidth=wide").initial_width, None);
    }

    #[test]
    fn cuts_very_long_ids() {
        let long = "x".repeat(500);
        assert_eq!(embed_params(&format!("?id={long}")).id.len(), 128);
    }

    #[test]
    fn formats_pym_height_messages() {
        assert_eq!(
            pym_height_message("graphic-1", 812),
            "pymxPYMxgraphic-1xPYMxheightxPYMx812"
        );
        assert_eq!(
            pym_message("a", "width", "320"),
            "pymxPYMxaxPYMxwidthxPYMx320"
        );
    }

    #[test]
    fn parses_pym_width_messages() {
        assert_eq!(
            parse_pym_width("pymxPYMxg1xPYMxwidthxPYMx640", "g1"),
            Some(640)
        );
        assert_eq!(
            parse_pym_width("pymxPYMxg1xPYMxwidthxPYMx640.4", "g1"),
            Some(640)
        );
        // A round trip with our own formatter.
        assert_eq!(
            parse_pym_width(&pym_message("g1", "width", "320"), "g1"),
            Some(320)
        );
    }

    #[test]
    fn rejects_malformed_pym_messages() {
        let bad = [
            "",
            "pym",
            "pymxPYMxg1xPYMxwidth",
            "pymxPYMxg1xPYMxwidthxPYMx",
            "pymxPYMxg1xPYMxwidthxPYMx-5",
            "pymxPYMxg1xPYMxwidthxPYMx0",
            "pymxPYMxg1xPYMxwidthxPYMxNaN",
            "pymxPYMxg1xPYMxwidthxPYMxinf",
            "pymxPYMxg1xPYMxwidthxPYMx1e3",
            "pymxPYMxg1xPYMxwidthxPYMx12px",
            "pymxPYMxg1xPYMxwidthxPYMx1.2.3",
            "pymxPYMxg1xPYMxwidthxPYMx.5",
            "pymxPYMxg1xPYMxwidthxPYMx99999999999",
            "pymxPYMxg1xPYMxwidthxPYMx640xPYMxextra",
            "pymxPYMxg2xPYMxwidthxPYMx640",
            "pymxPYMxg1xPYMxheightxPYMx640",
            "pymxPYMxg1xPYMxnavigateToxPYMxhttps://example.org/",
            "PYMxPYMxg1xPYMxwidthxPYMx640",
            "xpymxPYMxg1xPYMxwidthxPYMx640",
            "{\"sentinel\":\"amp\"}",
        ];
        for data in bad {
            assert_eq!(parse_pym_width(data, "g1"), None, "{data:?}");
        }
    }

    #[test]
    fn formats_amp_messages() {
        let m = amp_message(640);
        assert_eq!((m.sentinel, m.kind, m.height), ("amp", "embed-size", 640));
        assert_eq!(
            m.to_json(),
            r#"{"sentinel":"amp","type":"embed-size","height":640}"#
        );
    }

    #[test]
    fn formats_our_own_message() {
        assert_eq!(
            own_message_json("default", 733),
            r#"{"overseas-stations-height":{"default":733}}"#
        );
        // Ids come from the address: anything in them is escaped.
        assert_eq!(
            own_message_json("a\"b\\c\u{1}", 1),
            r#"{"overseas-stations-height":{"a\"b\\c\u0001":1}}"#
        );
    }

    #[test]
    fn measures_heights() {
        assert_eq!(height_px(700.0), Some(700));
        assert_eq!(height_px(700.2), Some(701));
        assert_eq!(height_px(0.0), None);
        assert_eq!(height_px(f64::NAN), None);
        assert_eq!(height_px(f64::INFINITY), None);
        assert_eq!(height_px(1e9), None);
    }

    #[test]
    fn sends_only_changes() {
        let mut t = HeightTracker::default();
        assert_eq!(t.update(800.0, false), Some(800));
        assert_eq!(t.update(799.5, false), None);
        assert_eq!(t.update(812.0, false), Some(812));
        assert_eq!(t.update(812.0, true), Some(812));
        assert_eq!(t.update(f64::NAN, true), None);
        assert_eq!(t.last(), Some(812));
    }

    #[test]
    fn builds_urls_from_the_page_address() {
        let href = "https://news.example/graphics/stations/index.html?step=december#top";
        assert_eq!(
            graphic_url(href),
            "https://news.example/graphics/stations/index.html"
        );
        assert_eq!(
            embed_url(href),
            "https://news.example/graphics/stations/index.html?embed=1"
        );
        assert_eq!(
            parent_script_url(href),
            "https://news.example/graphics/stations/embed.js"
        );
        assert_eq!(
            parent_script_url("https://news.example/stations/?embed=1"),
            "https://news.example/stations/embed.js"
        );
        assert_eq!(
            parent_script_url("https://news.example"),
            "https://news.example/embed.js"
        );
        assert_eq!(
            embed_url("http://127.0.0.1:8080/"),
            "http://127.0.0.1:8080/?embed=1"
        );
    }

    #[test]
    fn builds_the_snippet() {
        let s = embed_snippet(
            "https://news.example/stations/?step=aftermath",
            "China's \u{201c}stations\u{201d} & \"more\"",
            "",
        );
        assert_eq!(
            s,
            "<iframe title=\"China's \u{201c}stations\u{201d} &amp; &quot;more&quot;\" \
             src=\"https://news.example/stations/?embed=1\" width=\"100%\" height=\"900\" \
             scrolling=\"no\" frameborder=\"0\" data-overseas-stations></iframe>\n\
             <script src=\"https://news.example/stations/embed.js\" async></script>"
        );
        let s = embed_snippet(
            "https://news.example/stations/",
            "t",
            "step=december&title=0",
        );
        assert!(s.contains(
            "src=\"https://news.example/stations/?embed=1&amp;step=december&amp;title=0\""
        ));
    }
}
