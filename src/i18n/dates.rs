//! Dates for readers, in each language's long style (Unicode CLDR 48,
//! `ca-gregorian.json`): wide month names, the `long` date pattern for a day,
//! `yMMMM` for a month and `y` for a year.

use super::Lang;
use crate::model::date::PartialDate;

/// English month names (CLDR `en`, format context, wide): the interface table's.
const EN: [&str; 12] = crate::strings::EN.months;

/// Spanish month names (CLDR `es`): lower case, as written inside a date.
const ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Italian month names (CLDR `it`): lower case, as written inside a date.
const IT: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// Chinese month names (CLDR `zh-Hans`); dates write the month as a numeral ("12月").
const ZH: [&str; 12] = [
    "一月",
    "二月",
    "三月",
    "四月",
    "五月",
    "六月",
    "七月",
    "八月",
    "九月",
    "十月",
    "十一月",
    "十二月",
];

/// The name of `month` (1–12) in `lang` as it appears inside a date, or "" for
/// a month outside 1–12.
fn month_name(lang: Lang, month: u8) -> &'static str {
    let names = match lang {
        Lang::En => &EN,
        Lang::ZhHans => &ZH,
        Lang::Es => &ES,
        Lang::It => &IT,
    };
    names
        .get(usize::from(month).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// `date` for readers in `lang`, at the precision it is known to.
///
/// | | day | month | year |
/// |---|---|---|---|
/// | en | 5 December 2022 | December 2022 | 2022 |
/// | zh-Hans | 2022年12月5日 | 2022年12月 | 2022年 |
/// | es | 5 de diciembre de 2022 | diciembre de 2022 | 2022 |
/// | it | 5 dicembre 2022 | dicembre 2022 | 2022 |
pub fn format(lang: Lang, date: &PartialDate) -> String {
    let y = date.year;
    match (date.month, date.day) {
        (Some(m), Some(d)) => match lang {
            Lang::En | Lang::It => format!("{d} {} {y}", month_name(lang, m)),
            Lang::Es => format!("{d} de {} de {y}", month_name(lang, m)),
            Lang::ZhHans => format!("{y}年{m}月{d}日"),
        },
        (Some(m), None) => match lang {
            Lang::En | Lang::It => format!("{} {y}", month_name(lang, m)),
            Lang::Es => format!("{} de {y}", month_name(lang, m)),
            Lang::ZhHans => format!("{y}年{m}月"),
        },
        _ => match lang {
            Lang::ZhHans => format!("{y}年"),
            _ => y.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    // Expected values: issue 13's examples, and ICU 78 (CLDR 48) `Intl.DateTimeFormat`
    // with `{day: "numeric", month: "long", year: "numeric"}` and its month and year forms.
    #[test]
    fn dates_read_as_each_language_writes_them() {
        let cases = [
            (
                Lang::ZhHans,
                ["2022年12月5日", "2022年12月", "2022年", "2016年5月2日"],
            ),
            (
                Lang::Es,
                [
                    "5 de diciembre de 2022",
                    "diciembre de 2022",
                    "2022",
                    "2 de mayo de 2016",
                ],
            ),
            (
                Lang::It,
                ["5 dicembre 2022", "dicembre 2022", "2022", "2 maggio 2016"],
            ),
        ];
        for (lang, expected) in cases {
            let got =
                ["2022-12-05", "2022-12", "2022", "2016-05-02"].map(|s| format(lang, &date(s)));
            assert_eq!(got, expected, "{lang:?}");
        }
        assert_eq!(
            format(Lang::Es, &date("2022-09-12")),
            "12 de septiembre de 2022"
        );
        assert_eq!(format(Lang::It, &date("2022-09")), "settembre 2022");
    }

    #[test]
    fn month_names_are_lower_case_in_spanish_and_italian_and_bounded() {
        for lang in [Lang::Es, Lang::It] {
            for m in 1..=12 {
                let name = month_name(lang, m);
                assert!(
                    !name.is_empty() && name == name.to_lowercase(),
                    "{lang:?} {m}"
                );
            }
        }
        assert_eq!(month_name(Lang::En, 0), "");
        assert_eq!(month_name(Lang::En, 13), "");
    }
}
