//! Chart colours, read from the page's CSS custom properties so a newsroom can
//! restyle without touching Rust.

use plotters::style::RGBColor;

/// Colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// One colour per bureau, in `Jurisdiction::ALL` order.
    pub bureaus: [RGBColor; 5],
    /// Chart background.
    pub background: RGBColor,
    /// Labels and counts.
    pub text: RGBColor,
    /// Secondary text and the responded marker's outline.
    pub muted: RGBColor,
    /// Grid lines.
    pub grid: RGBColor,
    /// Marker for countries whose authorities acted.
    pub accent: RGBColor,
    /// The keyboard's highlight of a point (the page's focus colour).
    pub focus: RGBColor,
}

/// CSS custom properties read for the bureau colours, in `Jurisdiction::ALL` order.
pub const BUREAU_PROPERTIES: [&str; 5] = [
    "--bureau-fuzhou",
    "--bureau-qingtian",
    "--bureau-nantong",
    "--bureau-wenzhou",
    "--bureau-unknown",
];

/// The light theme's colours (Okabe–Ito, safe for colour-blind readers); used
/// when a property is missing or unreadable.
pub const LIGHT: Palette = Palette {
    bureaus: [
        RGBColor(0x00, 0x72, 0xB2),
        RGBColor(0xE6, 0x9F, 0x00),
        RGBColor(0x00, 0x9E, 0x73),
        RGBColor(0xCC, 0x79, 0xA7),
        RGBColor(0x9A, 0x9A, 0x9A),
    ],
    background: RGBColor(0xFF, 0xFF, 0xFF),
    text: RGBColor(0x1A, 0x1A, 0x1A),
    muted: RGBColor(0x59, 0x59, 0x59),
    grid: RGBColor(0xE3, 0xE3, 0xE3),
    accent: RGBColor(0xC0, 0x1F, 0x1F),
    focus: RGBColor(0x1A, 0x5F, 0xB4),
};

/// Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` with whole-number channels
/// (surrounding spaces allowed). Custom properties come back as written.
pub fn parse_color(value: &str) -> Option<RGBColor> {
    let v = value.trim();
    if let Some(hex) = v.strip_prefix('#') {
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some(RGBColor(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(RGBColor(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        };
    }
    let inner = v
        .strip_prefix("rgba(")
        .or_else(|| v.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<u8> = inner
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse::<u8>().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some(RGBColor(*r, *g, *b)),
        _ => None,
    }
}

/// CSS custom properties of the other colours, in [`Palette::by_property`] order.
const OTHER_PROPERTIES: [&str; 6] = [
    "--chart-background",
    "--text",
    "--text-muted",
    "--grid",
    "--accent",
    "--focus",
];

impl Palette {
    /// A palette from a lookup of CSS property values, `fallback` for any that
    /// is missing or unreadable.
    pub fn from_properties(lookup: impl Fn(&str) -> String, fallback: &Palette) -> Palette {
        let read = fallback
            .by_property()
            .map(|(name, default)| parse_color(&lookup(name)).unwrap_or(default));
        Palette {
            bureaus: [read[0], read[1], read[2], read[3], read[4]],
            background: read[5],
            text: read[6],
            muted: read[7],
            grid: read[8],
            accent: read[9],
            focus: read[10],
        }
    }

    /// Every colour with the CSS custom property it comes from: the bureaus,
    /// then background, text, muted, grid, accent and focus.
    pub fn by_property(&self) -> [(&'static str, RGBColor); 11] {
        let others = [
            self.background,
            self.text,
            self.muted,
            self.grid,
            self.accent,
            self.focus,
        ];
        std::array::from_fn(|i| {
            if i < 5 {
                (BUREAU_PROPERTIES[i], self.bureaus[i])
            } else {
                (OTHER_PROPERTIES[i - 5], others[i - 5])
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stylesheet's light colours (its first `:root` block), written
    /// once there: `LIGHT` must say the same, as the static images use it.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_built_in_light_colours_are_the_stylesheet_s() {
        let css = include_str!("../../style/main.css");
        let block = css
            .split(":root {")
            .nth(1)
            .and_then(|r| r.split('}').next());
        let block = block.expect("style/main.css has a :root block");
        for (property, colour) in LIGHT.by_property() {
            let value = block
                .lines()
                .find_map(|l| l.trim().strip_prefix(property)?.strip_prefix(':'))
                .unwrap_or_else(|| panic!("{property} is not in main.css's :root"))
                .trim()
                .trim_end_matches(';');
            // `var(--house-accent-light, #c01f1f)`: the fallback colour.
            let value = value
                .rsplit(", ")
                .next()
                .unwrap_or(value)
                .trim_end_matches(')');
            assert_eq!(parse_color(value), Some(colour), "{property}: {value}");
        }
    }

    #[test]
    fn parses_the_forms_browsers_return() {
        assert_eq!(parse_color(" #0072b2"), Some(RGBColor(0, 0x72, 0xB2)));
        assert_eq!(parse_color("#fff"), Some(RGBColor(255, 255, 255)));
        assert_eq!(parse_color("rgb(0, 114, 178)"), Some(RGBColor(0, 114, 178)));
        assert_eq!(parse_color("rgba(1, 2, 3, 0.5)"), Some(RGBColor(1, 2, 3)));
        assert_eq!(parse_color("blue"), None);
        assert_eq!(parse_color("#12345"), None);
    }

    #[test]
    fn light_colours_are_distinct() {
        // The static chart's stylesheet maps each light colour back to its
        // property, so no two roles may share one.
        let colours = LIGHT.by_property().map(|(_, c)| c);
        for (i, a) in colours.iter().enumerate() {
            assert!(!colours[i + 1..].contains(a), "{a:?} is used twice");
        }
    }

    #[test]
    fn missing_properties_fall_back() {
        let p = Palette::from_properties(
            |name| {
                if name == "--text" {
                    "#000000".into()
                } else {
                    String::new()
                }
            },
            &LIGHT,
        );
        assert_eq!(p.text, RGBColor(0, 0, 0));
        assert_eq!(p.bureaus, LIGHT.bureaus);
    }
}
