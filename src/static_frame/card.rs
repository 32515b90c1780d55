//! Fallback images: one card per step (headline, counter, legend, chart and
//! credit) for AMP, Apple News, feeds and print, and the social-network card.
//! Written as SVG with the light palette; the chart inside is `draw_bars`'s.

use crate::chart::layout::is_wide;
use crate::chart::layout::Layout;
use crate::chart::palette::{Palette, LIGHT};
use crate::model::{Dataset, Jurisdiction, Snapshot};
use crate::strings::Strings;
use crate::view::bars::bars;
use crate::view::describe::counter_note;
use crate::view::markup::escape;

use super::chart_svg::{chart_svg, draw, with_root_attributes};

/// Sans-serif stack of the images: the page's, then the font installed for rasterising.
pub const SANS: &str = "system-ui, 'Segoe UI', Roboto, Arial, 'DejaVu Sans', sans-serif";
/// Serif stack of the images' headlines.
pub const SERIF: &str = "Georgia, 'Times New Roman', 'DejaVu Serif', serif";
/// Width of a step card, CSS px (its PNGs are this and twice this).
pub const CARD_WIDTH: f64 = 600.0;
/// Size of the social card, CSS px (its PNG is twice this: 1200 x 630).
pub const OG_SIZE: (f64, f64) = (600.0, 315.0);
const PAD: f64 = 24.0;

/// An image as SVG, with its size in CSS px.
pub struct Card {
    /// A standalone SVG document.
    pub svg: String,
    /// Width, CSS px.
    pub width: f64,
    /// Height, CSS px.
    pub height: f64,
    /// Every text drawn, for checking that the font has its glyphs.
    pub texts: Vec<String>,
}

/// Text lines, top to bottom, building an SVG body.
struct Writer {
    body: String,
    y: f64,
    texts: Vec<String>,
}

/// One style of text.
#[derive(Clone, Copy)]
struct Font {
    family: &'static str,
    size: f64,
    bold: bool,
    colour: plotters::style::RGBColor,
}

impl Font {
    /// The headline face: bold serif.
    fn serif_bold(size: f64, colour: plotters::style::RGBColor) -> Font {
        Font {
            family: SERIF,
            size,
            bold: true,
            colour,
        }
    }

    /// The text face: sans-serif, regular or bold.
    fn sans(size: f64, bold: bool, colour: plotters::style::RGBColor) -> Font {
        Font {
            family: SANS,
            size,
            bold,
            colour,
        }
    }

    /// A conservative width of `c` for line breaking (DejaVu is wide; a
    /// Chinese character is a square em).
    fn char_width(&self, c: char) -> f64 {
        match (is_wide(c), self.bold) {
            (true, _) => self.size,
            (false, true) => self.size * 0.64,
            (false, false) => self.size * 0.58,
        }
    }

    /// The width of `text`, by [`Font::char_width`].
    fn width(&self, text: &str) -> f64 {
        text.chars().map(|c| self.char_width(c)).sum()
    }
}

fn hex(c: plotters::style::RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// `text` broken into lines of at most `max_px` at `font`'s widths: between
/// words, and between any two Chinese characters (a line never starts with
/// the punctuation that closes a phrase).
fn wrap(text: &str, max_px: f64, font: Font) -> Vec<String> {
    // Units: a word with the space before it, or one full-width character.
    let mut units: Vec<(bool, String)> = Vec::new();
    for word in text.split_whitespace() {
        let mut spaced = true;
        let mut run = String::new();
        for c in word.chars() {
            let closing = matches!(
                c,
                '，' | '。' | '、' | '：' | '；' | '）' | '”' | '」' | '！' | '？'
            );
            if is_wide(c) && !closing {
                if !run.is_empty() {
                    units.push((spaced, std::mem::take(&mut run)));
                    spaced = false;
                }
                run.push(c);
                units.push((spaced, std::mem::take(&mut run)));
                spaced = false;
            } else {
                run.push(c);
            }
        }
        if !run.is_empty() {
            units.push((spaced, run));
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (spaced, unit) in units {
        let gap = if spaced && !line.is_empty() { " " } else { "" };
        if !line.is_empty() && font.width(&line) + font.width(gap) + font.width(&unit) > max_px {
            lines.push(std::mem::take(&mut line));
        } else {
            line.push_str(gap);
        }
        line.push_str(&unit);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

impl Writer {
    fn new(top: f64) -> Self {
        Writer {
            body: String::new(),
            y: top,
            texts: Vec::new(),
        }
    }

    /// Writes `text` at `x`, wrapped to `max_px`, advancing by `leading` per line.
    fn text(&mut self, x: f64, text: &str, max_px: f64, font: Font, leading: f64) {
        for line in wrap(text, max_px, font) {
            self.y += leading;
            self.body.push_str(&format!(
                "<text x=\"{x}\" y=\"{:.0}\" font-family=\"{}\" font-size=\"{}\"{} fill=\"{}\">{}</text>",
                self.y,
                font.family,
                font.size,
                if font.bold { " font-weight=\"bold\"" } else { "" },
                hex(font.colour),
                escape(&line)
            ));
            self.texts.push(line);
        }
    }

    /// Places a drawn chart's `<svg>` at (`x`, current y).
    fn chart(&mut self, x: f64, svg: &str, width: f64, height: f64) {
        self.body.push_str(&with_root_attributes(
            svg,
            &format!(
                "x=\"{x}\" y=\"{:.0}\" width=\"{width}\" height=\"{height}\"",
                self.y
            ),
        ));
        self.y += height;
    }

    fn finish(self, width: f64, height: f64, palette: &Palette) -> Card {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
             <rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>{}</svg>\n",
            hex(palette.background),
            self.body
        );
        Card {
            svg,
            width,
            height,
            texts: self.texts,
        }
    }
}

/// The colour key as one line of swatches and names, then the marker's meaning
/// when the step has marked countries.
fn legend(w: &mut Writer, x: f64, strings: &Strings, palette: &Palette, marked: bool) {
    let font = Font::sans(12.0, false, palette.muted);
    let mut cx = x;
    let y = w.y + 8.0;
    for j in Jurisdiction::ALL {
        let name = strings.bureau(j);
        w.body.push_str(&format!(
            "<rect x=\"{cx}\" y=\"{:.0}\" width=\"11\" height=\"11\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{:.0}\" font-family=\"{SANS}\" font-size=\"12\" fill=\"{}\">{}</text>",
            y,
            hex(palette.bureaus[j.index()]),
            cx + 15.0,
            y + 10.0,
            hex(font.colour),
            escape(name)
        ));
        w.texts.push(name.to_owned());
        cx += 15.0 + font.width(name) + 14.0;
    }
    w.y += 22.0;
    if marked {
        w.body.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{:.0}\" r=\"4\" fill=\"{}\"/>",
            x + 5.0,
            w.y + 2.0,
            hex(palette.accent)
        ));
        w.y -= 9.0;
        w.text(x + 15.0, strings.responded_note, CARD_WIDTH, font, 15.0);
        w.y += 4.0;
    }
    w.y += 6.0;
}

/// The fallback card of one step, [`CARD_WIDTH`] wide and as tall as it needs.
pub fn step_card(data: &Dataset, snapshot: &Snapshot, strings: &Strings) -> Card {
    let p = &LIGHT;
    let inner = CARD_WIDTH - 2.0 * PAD;
    let step = &data.steps[snapshot.step];
    let mut w = Writer::new(PAD - 6.0);
    let small_bold = Font::sans(13.0, true, p.accent);
    w.text(PAD, &strings.kicker.to_uppercase(), inner, small_bold, 14.0);
    let headline = Font::serif_bold(22.0, p.text);
    w.text(PAD, strings.headline, inner, headline, 28.0);
    w.y += 10.0;
    w.text(
        PAD,
        &step.date_label.to_uppercase(),
        inner,
        small_bold,
        16.0,
    );
    let step_font = Font::serif_bold(18.0, p.text);
    w.text(PAD, &step.headline, inner, step_font, 23.0);
    w.y += 6.0;
    let counter = Font::serif_bold(28.0, p.text);
    w.text(
        PAD,
        &strings.stations_in_countries(snapshot.stations, snapshot.countries),
        inner,
        counter,
        34.0,
    );
    let note = Font::sans(12.5, false, p.muted);
    w.text(
        PAD,
        &counter_note(data, snapshot, strings),
        inner,
        note,
        17.0,
    );
    w.y += 4.0;
    legend(
        &mut w,
        PAD,
        strings,
        p,
        snapshot.by_country.iter().any(|c| c.responded),
    );
    let chart = chart_svg(snapshot, inner, strings, p);
    w.texts.extend(
        bars(snapshot, strings, usize::MAX)
            .into_iter()
            .map(|b| b.label),
    );
    w.chart(PAD, &chart.svg, inner, chart.layout.height);
    w.y += 6.0;
    w.body.push_str(&format!(
        "<rect x=\"{PAD}\" y=\"{:.0}\" width=\"{inner}\" height=\"1\" fill=\"{}\"/>",
        w.y + 4.0,
        hex(p.grid)
    ));
    w.y += 4.0;
    w.text(
        PAD,
        strings.credit,
        inner,
        Font { size: 11.5, ..note },
        16.0,
    );
    let height = (w.y + PAD).ceil();
    w.finish(CARD_WIDTH, height, p)
}

/// The social card: headline and totals of the last step beside its top countries.
pub fn social_card(data: &Dataset, strings: &Strings) -> Card {
    let p = &LIGHT;
    let snapshot = data.snapshot(data.steps.len() - 1);
    let (width, height) = OG_SIZE;
    let column = 280.0;
    let mut w = Writer::new(PAD);
    w.body.push_str(&format!(
        "<rect width=\"6\" height=\"{height}\" fill=\"{}\"/>",
        hex(p.accent)
    ));
    let small_bold = Font::sans(12.0, true, p.accent);
    w.text(
        PAD,
        &strings.kicker.to_uppercase(),
        column,
        small_bold,
        12.0,
    );
    let headline = Font::serif_bold(24.0, p.text);
    w.y += 4.0;
    w.text(PAD, strings.headline, column, headline, 29.0);
    w.y += 14.0;
    let counter = Font::serif_bold(21.0, p.text);
    w.text(
        PAD,
        &strings.stations_in_countries(snapshot.stations, snapshot.countries),
        column,
        counter,
        25.0,
    );
    let note = Font::sans(11.0, false, p.muted);
    let credit_lines = wrap(strings.credit, column, note).len() as f64;
    w.y = height - PAD - 14.0 * credit_lines + 4.0;
    w.text(PAD, strings.credit, column, note, 14.0);
    // The top countries, drawn by the chart code at a narrow width.
    let shown = bars(&snapshot, strings, 6);
    let chart = draw(
        &shown,
        Layout::new(width - column - 3.0 * PAD, shown.len()),
        p,
    );
    w.texts.extend(shown.into_iter().map(|b| b.label));
    w.y = PAD - 4.0;
    w.chart(
        column + 2.0 * PAD,
        &chart.svg,
        chart.layout.width,
        chart.layout.height,
    );
    w.finish(width, height, p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Embedded;
    use crate::strings::EN;

    #[test]
    fn lines_break_at_words_within_the_width() {
        let font = Font::sans(10.0, false, LIGHT.text);
        let lines = wrap(
            "one two three four five six seven eight nine ten",
            60.0,
            font,
        );
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "one two three four five six seven eight nine ten"
        );
        // Chinese breaks between characters, never before a closing comma.
        let zh = "保护卫士称，中国四个地方的警方在海外运营着100多个服务站，北京则称这些是志愿者运营的服务点。";
        let lines = wrap(zh, 120.0, font);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), zh);
        assert!(lines.iter().all(|l| font.width(l) <= 120.0), "{lines:?}");
        assert!(
            lines.iter().all(|l| !l.starts_with(['，', '。'])),
            "{lines:?}"
        );
    }

    #[test]
    fn a_step_card_has_the_step_and_its_totals() {
        let data = Dataset::embedded().unwrap();
        for i in 0..data.steps.len() {
            let snap = data.snapshot(i);
            let card = step_card(&data, &snap, &EN);
            let totals = EN.stations_in_countries(snap.stations, snap.countries);
            assert!(card.texts.contains(&totals), "step {i}");
            assert!(card.svg.starts_with("<svg xmlns="));
            assert!(
                card.height > 300.0 && card.height < 2000.0,
                "{}",
                card.height
            );
        }
    }

    #[test]
    fn the_social_card_fits_its_frame() {
        let data = Dataset::embedded().unwrap();
        let card = social_card(&data, &EN);
        assert_eq!((card.width, card.height), OG_SIZE);
        // The chart's nested svg ends inside the card.
        let chart = card.svg.split("<svg viewBox").nth(1).unwrap();
        let y: f64 = chart
            .split(" y=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let h: f64 = chart
            .split(" height=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(y + h <= OG_SIZE.1, "chart ends at {}", y + h);
    }
}
