//! CSS value strings (colours, fonts, lengths) written with integer arithmetic.
//!
//! `f64`'s `Display` drags several kilobytes of float-printing code into the
//! wasm; the canvas only needs a few decimals, so numbers are rounded to
//! thousandths here and printed digit by digit.

/// Decimal places kept when a fraction is written (a thousandth of a pixel or
/// of an alpha step is far below what a screen shows).
const PLACES: u32 = 3;

/// Appends the decimal digits of `n`.
fn push_uint(out: &mut String, mut n: u64) {
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[start..].iter().map(|&d| char::from(d)));
}

/// Appends `v` rounded to [`PLACES`] decimals, without trailing zeros
/// (`13` not `13.000`, `0.35`, `-2.5`). NaN is written as `0`.
pub fn push_decimal(out: &mut String, v: f64) {
    let scale = 10_u64.pow(PLACES);
    // `as` saturates (NaN becomes 0), so a wild value cannot wrap around.
    let scaled = (v.abs() * scale as f64).round() as u64;
    if v < 0.0 && scaled != 0 {
        out.push('-');
    }
    push_uint(out, scaled / scale);
    let (mut fraction, mut places) = (scaled % scale, PLACES);
    if fraction == 0 {
        return;
    }
    while fraction % 10 == 0 {
        fraction /= 10;
        places -= 1;
    }
    out.push('.');
    let mut unit = 10_u64.pow(places - 1);
    while unit > 0 {
        out.push(char::from(b'0' + (fraction / unit % 10) as u8));
        unit /= 10;
    }
}

/// A CSS length in pixels, such as `230px` or `19.5px`.
pub fn css_px(v: f64) -> String {
    let mut out = String::with_capacity(12);
    push_decimal(&mut out, v);
    out.push_str("px");
    out
}

/// A CSS colour `rgba(r,g,b,a)`, alpha clamped to 0..=1.
pub fn css_rgba((r, g, b): (u8, u8, u8), alpha: f64) -> String {
    let mut out = String::with_capacity(24);
    out.push_str("rgba(");
    for channel in [r, g, b] {
        push_uint(&mut out, u64::from(channel));
        out.push(',');
    }
    push_decimal(&mut out, alpha.clamp(0.0, 1.0));
    out.push(')');
    out
}

/// A CSS `font` shorthand: `style size family`, such as `normal 26px serif`.
pub fn css_font(style: &str, size_px: f64, family: &str) -> String {
    let mut out = String::with_capacity(style.len() + family.len() + 12);
    out.push_str(style);
    out.push(' ');
    out.push_str(&css_px(size_px));
    out.push(' ');
    out.push_str(family);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decimal(v: f64) -> String {
        let mut s = String::new();
        push_decimal(&mut s, v);
        s
    }

    #[test]
    fn whole_numbers_have_no_decimal_point() {
        assert_eq!(decimal(0.0), "0");
        assert_eq!(decimal(13.0), "13");
        assert_eq!(decimal(230.0), "230");
        assert_eq!(decimal(1e6), "1000000");
    }

    #[test]
    fn fractions_match_what_display_writes_when_short() {
        for v in [0.35, 0.5, 19.5, 34.125, 0.05, 0.005, 1.25, 2.001, 7.1] {
            assert_eq!(decimal(v), v.to_string(), "{v}");
        }
    }

    #[test]
    fn long_fractions_are_rounded_to_thousandths() {
        assert_eq!(decimal(13.0 * 4.0 / 3.0), "17.333");
        assert_eq!(decimal(0.123_456), "0.123");
        assert_eq!(decimal(0.999_9), "1");
        assert_eq!(decimal(1.000_4), "1");
        assert_eq!(decimal(0.000_4), "0");
    }

    #[test]
    fn negatives_and_odd_values() {
        assert_eq!(decimal(-2.5), "-2.5");
        assert_eq!(decimal(-0.000_1), "0");
        assert_eq!(decimal(f64::NAN), "0");
    }

    #[test]
    fn colours_fonts_and_lengths_read_as_css() {
        assert_eq!(css_rgba((0, 128, 255), 1.0), "rgba(0,128,255,1)");
        assert_eq!(css_rgba((12, 34, 56), 0.35 * 0.5), "rgba(12,34,56,0.175)");
        assert_eq!(css_rgba((1, 2, 3), 1.7), "rgba(1,2,3,1)");
        assert_eq!(css_px(230.0), "230px");
        assert_eq!(css_px(19.5), "19.5px");
        assert_eq!(
            css_font("normal", 26.0, "system-ui, sans-serif"),
            "normal 26px system-ui, sans-serif"
        );
    }
}
