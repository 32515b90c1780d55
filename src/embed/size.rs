//! Height messages: a framed graphic tells its host how tall it is.
//!
//! Three kinds of host are served at once, because the graphic cannot know
//! which one framed it:
//! - pym.js parents: the string `pymxPYMx{childId}xPYMxheightxPYMx{height}`;
//!   they send `pymxPYMx{childId}xPYMxwidthxPYMx{width}` when their width changes.
//! - AMP's `<amp-iframe resizable>`: the object `{sentinel: "amp", type: "embed-size", height}`.
//! - Our own `embed.js`: the object `{"overseas-stations-height": {[id]: height}}`.

use std::collections::BTreeMap;

use serde::Serialize;

/// Separator of pym.js's string messages.
pub const PYM_DELIMITER: &str = "xPYMx";
/// Key of the message our own `embed.js` listens for.
pub const OWN_MESSAGE_KEY: &str = "overseas-stations-height";
/// No real page is taller than this (CSS px); larger or broken values are not sent.
pub const MAX_HEIGHT: u32 = 100_000;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AmpEmbedSize {
    /// Always `"amp"`.
    pub sentinel: &'static str,
    /// Always `"embed-size"` (the object's `type` field).
    #[serde(rename = "type")]
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

/// Our own message, `{"overseas-stations-height": {[id]: height}}`: an object
/// keyed by the frame's id (serialize maps as plain objects).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OwnHeightMessage<'a> {
    /// The frame's id and its height, under [`OWN_MESSAGE_KEY`].
    #[serde(rename = "overseas-stations-height")]
    pub heights: BTreeMap<&'a str, u32>,
}

/// Our own message for frame `id` at `height`.
pub fn own_message(id: &str, height: u32) -> OwnHeightMessage<'_> {
    OwnHeightMessage {
        heights: BTreeMap::from([(id, height)]),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

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
            serde_json::to_string(&m).unwrap(),
            r#"{"sentinel":"amp","type":"embed-size","height":640}"#
        );
    }

    #[test]
    fn formats_our_own_message() {
        let json = |id, height| serde_json::to_string(&own_message(id, height)).unwrap();
        assert_eq!(
            json("default", 733),
            r#"{"overseas-stations-height":{"default":733}}"#
        );
        assert!(json("x", 1).starts_with(&format!("{{\"{OWN_MESSAGE_KEY}\":")));
        // Ids come from the address: anything in them is escaped.
        assert_eq!(
            json("a\"b\\c\u{1}", 1),
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
}
