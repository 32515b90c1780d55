//! Whole numbers written with each language's digit grouping (Unicode CLDR 48,
//! `numbers.json`: the Latin-digit group symbol and `minimumGroupingDigits`).

use super::Lang;

/// The group separator and the fewest digits the leading group may have for
/// grouping to be used at all (CLDR `minimumGroupingDigits`): with 2, four-digit
/// numbers stay ungrouped ("1234") and five-digit ones are grouped ("12.345").
fn grouping(lang: Lang) -> (char, usize) {
    match lang {
        Lang::En | Lang::ZhHans => (',', 1),
        Lang::Es | Lang::It => ('.', 2),
    }
}

/// `n` in `lang`'s digits and grouping: en and zh-Hans "1,234", es and it
/// "1234" but "12.345" and "1.234.567".
#[inline]
pub fn format(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let (separator, min_grouping) = grouping(lang);
    if digits.len() < 3 + min_grouping {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: CLDR 48 as applied by ICU 78 (`Intl.NumberFormat(tag).format(n)`).
    #[test]
    fn each_language_groups_thousands_its_own_way() {
        let cases: [(Lang, [&str; 7]); 4] = [
            (
                Lang::En,
                ["0", "999", "1,234", "12,345", "123,456", "1,234,567", "102"],
            ),
            (
                Lang::ZhHans,
                ["0", "999", "1,234", "12,345", "123,456", "1,234,567", "102"],
            ),
            (
                Lang::Es,
                ["0", "999", "1234", "12.345", "123.456", "1.234.567", "102"],
            ),
            (
                Lang::It,
                ["0", "999", "1234", "12.345", "123.456", "1.234.567", "102"],
            ),
        ];
        for (lang, expected) in cases {
            let got = [0, 999, 1234, 12345, 123_456, 1_234_567, 102].map(|n| format(lang, n));
            assert_eq!(got, expected, "{lang:?}");
        }
        assert_eq!(format(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(format(Lang::Es, 1_000_000), "1.000.000");
    }
}
