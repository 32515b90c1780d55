//! The house colour of `accent=`: parsed, and kept only in the themes where it
//! reads at WCAG AA (4.5:1 against the page background) as the step date, the
//! kicker and the marks it colours.

use plotters::style::RGBColor;

use super::palette::{parse_color, LIGHT};

/// The dark theme's page background (`--page-background` in style/main.css).
pub const DARK_BACKGROUND: RGBColor = RGBColor(0x12, 0x12, 0x12);
/// The least contrast ratio text must have against its background (WCAG AA).
pub const AA_RATIO: f64 = 4.5;

/// The accent a newsroom asked for, per theme: `None` where it would not read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AccentFit {
    /// Used in the light theme.
    pub light: Option<RGBColor>,
    /// Used in the dark theme.
    pub dark: Option<RGBColor>,
}

/// `value` as a house colour: 3 or 6 hex digits, with or without `#`; each
/// theme keeps it only if it passes AA there. Anything else fits nowhere.
pub fn accent_fit(value: &str) -> AccentFit {
    let hex = value.strip_prefix('#').unwrap_or(value);
    let well_formed = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    let Some(colour) = well_formed
        .then(|| parse_color(&format!("#{hex}")))
        .flatten()
    else {
        return AccentFit::default();
    };
    let reads_on = |background| contrast(colour, background) >= AA_RATIO;
    AccentFit {
        light: reads_on(LIGHT.background).then_some(colour),
        dark: reads_on(DARK_BACKGROUND).then_some(colour),
    }
}

/// `#rrggbb`, for a CSS property.
pub fn css_hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG relative luminance.
fn luminance(c: RGBColor) -> f64 {
    0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
}

/// An sRGB channel in linear light. `x^2.4` is `x^2` times the square of the
/// fifth root of `x`, found by Newton's method: no `powf` in the wasm.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        return c / 12.92;
    }
    let x = (c + 0.055) / 1.055;
    let mut root = 1.0_f64;
    for _ in 0..8 {
        let r4 = root * root * root * root;
        root -= (r4 * root - x) / (5.0 * r4);
    }
    x * x * root * root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_the_wcag_figures() {
        let white = RGBColor(255, 255, 255);
        let black = RGBColor(0, 0, 0);
        assert!((contrast(white, black) - 21.0).abs() < 1e-6);
        // #767676 on white is the well-known 4.54:1.
        assert!((contrast(RGBColor(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
        assert!(
            (linear(200) - (200.0_f64 / 255.0 + 0.055).powf(2.4) / 1.055_f64.powf(2.4)).abs()
                < 1e-9
        );
    }

    #[test]
    fn keeps_the_accent_only_where_it_reads() {
        let navy = accent_fit("0b3d91");
        assert_eq!(navy.light, Some(RGBColor(0x0b, 0x3d, 0x91)));
        assert_eq!(navy.dark, None, "navy on near-black is unreadable");
        let gold = accent_fit("#fc3");
        assert_eq!(
            (gold.light, gold.dark),
            (None, Some(RGBColor(0xff, 0xcc, 0x33)))
        );
        // The page's own accents pass where they are used.
        assert!(accent_fit("c01f1f").light.is_some());
        assert!(accent_fit("ff6b6b").dark.is_some());
    }

    #[test]
    fn malformed_accents_fit_nowhere() {
        for bad in [
            "red", "red;}", "12345", "#1234567", "", "#", "gggggg", "c01f1f;x", " c01f1f",
        ] {
            assert_eq!(accent_fit(bad), AccentFit::default(), "{bad:?}");
        }
    }

    #[test]
    fn backgrounds_match_the_stylesheet() {
        let css = include_str!("../../style/main.css").to_ascii_lowercase();
        assert!(css.contains(&format!(
            "--page-background: {};",
            css_hex(LIGHT.background)
        )));
        assert!(css.contains(&format!("--page-background: {};", css_hex(DARK_BACKGROUND))));
    }
}
