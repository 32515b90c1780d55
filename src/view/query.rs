//! Reading and writing the page's query string: the options a newsroom puts in
//! the embed URL (`step`, `view`, `theme`, `controls`, `autoplay`, `title`,
//! `accent`), `embed` and `place`. Unknown or malformed values are ignored, never an error.

use crate::chart::contrast::{accent_fit, css_hex, AccentFit};
use crate::i18n::Lang;
use crate::view::explore::places::is_place_id;

/// A colour theme forced by the URL (`theme=auto`, or none, follows the system).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Light colours whatever the system says.
    Light,
    /// Dark colours whatever the system says.
    Dark,
}

/// Which chart a column too narrow for both shows (`view=bars|map`); wide
/// columns show both side by side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChartView {
    /// The bar chart of countries (the default).
    #[default]
    Bars,
    /// The map.
    Map,
}

impl ChartView {
    /// Both views, in the switch's order.
    pub const ALL: [ChartView; 2] = [ChartView::Bars, ChartView::Map];

    /// The value in the URL and in `data-view`.
    pub fn id(self) -> &'static str {
        match self {
            ChartView::Bars => "bars",
            ChartView::Map => "map",
        }
    }

    /// The view of a URL value; anything else is `None`.
    pub fn from_id(id: &str) -> Option<ChartView> {
        ChartView::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// What the query string asks of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageOptions {
    /// The requested step id, if any (may be unknown).
    pub step: Option<String>,
    /// The chart a narrow column shows.
    pub view: ChartView,
    /// A forced theme, if any.
    pub theme: Option<Theme>,
    /// `?embed=1`: drop the page chrome as inside an iframe.
    pub embed: bool,
    /// `controls=0` turns this off: one fixed step, no timeline controls.
    pub controls: bool,
    /// `autoplay=0` turns this off: the story never starts playing by itself.
    pub autoplay: bool,
    /// `title=0` turns this off: no kicker, headline or standfirst.
    pub title: bool,
    /// `accent=rrggbb`: the house colour, per theme where it keeps AA contrast.
    pub accent: AccentFit,
    /// `lang=zh-Hans|es|it|en`: the language, over the page's own (`None`: the page's).
    pub lang: Option<Lang>,
    /// `switch=1`: a language switch even in an embed (the standalone page always has one).
    pub switch: bool,
    /// `search=1`: the place search even in an embed (the standalone page always has it).
    pub search: bool,
    /// `place=IT` or `place=it-milan`: the place to highlight, if the value
    /// could be an id (the page looks it up with `explore::places::Places::find`
    /// and ignores an unknown one).
    pub place: Option<String>,
}

impl Default for PageOptions {
    fn default() -> Self {
        PageOptions {
            step: None,
            view: ChartView::Bars,
            theme: None,
            embed: false,
            controls: true,
            autoplay: true,
            title: true,
            accent: AccentFit::default(),
            lang: None,
            switch: false,
            search: false,
            place: None,
        }
    }
}

/// Splits `?a=b&c=d` into decoded pairs by the WHATWG
/// `application/x-www-form-urlencoded` rules, as the browser's
/// `URLSearchParams` does (and `boot.js` with it): `+` is a space, a bad `%`
/// escape is kept as written, bytes are UTF-8 with replacement.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

/// Reads the options the page understands; anything else is ignored.
pub fn page_options(query: &str) -> PageOptions {
    let mut options = PageOptions::default();
    for (key, value) in pairs(query) {
        let off = value == "0" || value == "false";
        match key.as_str() {
            "step" if is_step_id(&value) => options.step = Some(value),
            "view" => options.view = ChartView::from_id(&value).unwrap_or_default(),
            "theme" => {
                options.theme = match value.as_str() {
                    "light" => Some(Theme::Light),
                    "dark" => Some(Theme::Dark),
                    _ => None,
                }
            }
            "embed" => options.embed = matches!(value.as_str(), "1" | "true" | ""),
            "controls" => options.controls = !off,
            "autoplay" => options.autoplay = !off,
            "title" => options.title = !off,
            "accent" => options.accent = accent_fit(&value),
            "lang" => options.lang = Lang::parse(&value),
            "switch" => options.switch = matches!(value.as_str(), "1" | "true"),
            "search" => options.search = matches!(value.as_str(), "1" | "true"),
            "place" => options.place = Some(value).filter(|v| is_place_id(v)),
            _ => {}
        }
    }
    options
}

/// What a producer picks in the "Embed this graphic" box.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedChoices {
    /// Open at this step (`None`: the first, and autoplay allowed).
    pub step: Option<String>,
    /// The chart on narrow screens.
    pub view: ChartView,
    /// Force a theme (`None`: follow the reader's system).
    pub theme: Option<Theme>,
    /// `controls=0`.
    pub fixed: bool,
    /// `autoplay=0`.
    pub no_autoplay: bool,
    /// `title=0`.
    pub no_title: bool,
    /// `search=1`: the place search in the embed.
    pub search: bool,
    /// `place=`: open with this place ringed and its details open.
    pub place: Option<String>,
    /// The house colour as typed; kept only when [`accent_fit`] keeps it somewhere.
    pub accent: String,
}

impl EmbedChoices {
    /// The choices of the embed box's form, read by control name
    /// (`step`, `view`, `theme`, `place`, `accent`: values; `controls`,
    /// `autoplay`, `title`, `search`: ticked).
    pub fn from_form(value: impl Fn(&str) -> String, ticked: impl Fn(&str) -> bool) -> Self {
        EmbedChoices {
            step: Some(value("step")).filter(|s| is_step_id(s)),
            view: ChartView::from_id(&value("view")).unwrap_or_default(),
            theme: match value("theme").as_str() {
                "light" => Some(Theme::Light),
                "dark" => Some(Theme::Dark),
                _ => None,
            },
            fixed: ticked("controls"),
            no_autoplay: ticked("autoplay"),
            no_title: ticked("title"),
            search: ticked("search"),
            place: Some(value("place")).filter(|p| is_place_id(p)),
            accent: value("accent"),
        }
    }

    /// The options as query parameters (`step=december&title=0`), in the
    /// order of the README's table; empty when every choice is the default.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(step) = self.step.as_deref().filter(|s| is_step_id(s)) {
            parts.push(format!("step={step}"));
        }
        if self.view != ChartView::Bars {
            parts.push(format!("view={}", self.view.id()));
        }
        match self.theme {
            Some(Theme::Light) => parts.push("theme=light".into()),
            Some(Theme::Dark) => parts.push("theme=dark".into()),
            None => {}
        }
        for (on, part) in [
            (self.fixed, "controls=0"),
            (self.no_autoplay, "autoplay=0"),
            (self.no_title, "title=0"),
            (self.search, "search=1"),
        ] {
            if on {
                parts.push(part.into());
            }
        }
        if let Some(place) = self.place.as_deref().filter(|p| is_place_id(p)) {
            parts.push(format!("place={place}"));
        }
        let fit = accent_fit(self.accent.trim());
        if let Some(c) = fit.light.or(fit.dark) {
            parts.push(format!("accent={}", &css_hex(c)[1..]));
        }
        parts.join("&")
    }
}

/// Whether `value` could be a step id (lower-case letters, digits and `-`,
/// at most 40): anything else is not looked up at all.
fn is_step_id(value: &str) -> bool {
    (1..=40).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The query string with `key` set to `value` (left out when `None`), every
/// other parameter kept in order.
pub fn with_param(query: &str, key: &str, value: Option<&str>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs(query).iter().filter(|(k, _)| k != key) {
        out.append_pair(k, v);
    }
    if let Some(value) = value {
        out.append_pair(key, value);
    }
    let query = out.finish();
    if query.is_empty() {
        query
    } else {
        format!("?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let o = page_options(
            "?step=december&theme=dark&embed=1&controls=0&autoplay=0&title=0&accent=0b5ea8",
        );
        assert_eq!(o.step.as_deref(), Some("december"));
        assert_eq!(o.theme, Some(Theme::Dark));
        assert!(o.embed);
        assert!(!o.controls && !o.autoplay && !o.title);
        assert!(o.accent.light.is_some(), "a dark blue reads on white");
        let o = page_options("?lang=zh-hans&switch=1");
        assert_eq!((o.lang, o.switch), (Some(Lang::ZhHans), true));
        assert!(page_options("?search=1").search && page_options("?search=true").search);
        assert!(!page_options("?search=yes").search && !page_options("").search);
        assert_eq!(page_options("?lang=es-419").lang, Some(Lang::Es));
    }

    #[test]
    fn ignores_what_it_does_not_know() {
        let o = page_options("?theme=purple&initialWidth=600&childId=g1&controls=maybe");
        assert_eq!(o, PageOptions::default());
        assert_eq!(page_options("").step, None);
        assert_eq!(page_options("?step=").step, None);
        assert_eq!(page_options("?theme=auto"), PageOptions::default());
        assert_eq!(page_options("?theme="), PageOptions::default());
    }

    #[test]
    fn malformed_values_change_nothing() {
        for query in [
            "?accent=red;}",
            "?accent=%23c01f1f%3B%7D",
            "?accent=12345",
            "?accent=",
            "?step=%3Cscript%3E",
            "?step=<script>",
            "?step=DECEMBER",
            "?title=",
            "?autoplay=yes",
            "?lang=fr",
            "?lang=zh-TW",
            "?lang=%3Cb%3E",
            "?switch=yes",
        ] {
            let o = page_options(query);
            assert_eq!(o, PageOptions::default(), "{query}");
        }
    }

    #[test]
    fn embed_choices_round_trip_through_the_url() {
        assert_eq!(EmbedChoices::default().query(), "");
        let choices = EmbedChoices {
            step: Some("december".into()),
            view: ChartView::Map,
            theme: Some(Theme::Dark),
            fixed: true,
            no_autoplay: true,
            no_title: true,
            search: true,
            place: Some("it-milan".into()),
            accent: " #FC3 ".into(),
        };
        let query = choices.query();
        assert_eq!(
            query,
            "step=december&view=map&theme=dark&controls=0&autoplay=0&title=0&search=1&place=it-milan&accent=ffcc33"
        );
        let read = page_options(&format!("?embed=1&{query}"));
        assert_eq!(read.step.as_deref(), Some("december"));
        assert_eq!(read.view, ChartView::Map);
        assert_eq!(read.theme, Some(Theme::Dark));
        assert!(!read.controls && !read.autoplay && !read.title);
        assert!(read.search);
        assert_eq!(read.place.as_deref(), Some("it-milan"));
        assert!(read.accent.dark.is_some());
        // A colour that reads nowhere, or a malformed one, is left out.
        for accent in ["#777", "red;}"] {
            let c = EmbedChoices {
                accent: accent.into(),
                ..EmbedChoices::default()
            };
            assert_eq!(c.query(), "", "{accent}");
        }
    }

    #[test]
    fn decodes_escapes_and_survives_bad_ones() {
        assert_eq!(pairs("?a=b%20c&d=%zz&e=%")[0].1, "b c");
        assert_eq!(pairs("?d=%zz")[0].1, "%zz");
        assert_eq!(pairs("?e=%")[0].1, "%");
        assert_eq!(pairs("?a=b+c")[0].1, "b c");
        // A cut UTF-8 sequence becomes U+FFFD, as in URLSearchParams; nothing throws.
        assert_eq!(pairs("?step=%E0%A4%A")[0].1, "\u{fffd}%A");
        assert_eq!(pairs("?id=50%")[0].1, "50%");
        assert_eq!(
            page_options("?theme=%ZZ&id=50%&lang=%"),
            PageOptions::default()
        );
        // What with_param writes reads back.
        let written = with_param("?id=a%20b", "title", Some("x&y=z é"));
        assert_eq!(
            pairs(&written),
            [
                ("id".into(), "a b".into()),
                ("title".into(), "x&y=z é".into())
            ]
        );
    }

    #[test]
    fn replaces_only_the_parameter_asked_for() {
        assert_eq!(with_param("", "step", Some("setup")), "?step=setup");
        assert_eq!(
            with_param("?childId=x&step=setup&theme=dark", "step", Some("december")),
            "?childId=x&theme=dark&step=december"
        );
        assert_eq!(
            with_param("?view=map&step=setup", "view", None),
            "?step=setup"
        );
        assert_eq!(with_param("?view=map", "view", None), "");
    }

    #[test]
    fn reads_a_place_of_the_shape_of_an_id_and_nothing_else() {
        assert_eq!(page_options("?place=IT").place.as_deref(), Some("IT"));
        let milan = page_options("?step=december&place=it-milan");
        assert_eq!(milan.place.as_deref(), Some("it-milan"));
        assert_eq!(milan.step.as_deref(), Some("december"));
        for junk in [
            "?place=",
            "?place=I",
            "?place=IT:Milan",
            "?place=it%20milan",
            "?place=%3Cb%3E",
            "?place=米兰",
            "?place=%E0%A4%A",
        ] {
            assert_eq!(page_options(junk), PageOptions::default(), "{junk}");
        }
        let long = "a".repeat(crate::view::explore::places::MAX_ID_BYTES + 1);
        assert_eq!(page_options(&format!("?place={long}")).place, None);
    }

    #[test]
    fn reads_the_view_and_ignores_unknown_ones() {
        assert_eq!(page_options("?view=map").view, ChartView::Map);
        assert_eq!(page_options("?view=bars").view, ChartView::Bars);
        assert_eq!(page_options("?view=globe").view, ChartView::Bars);
        assert_eq!(page_options("?view=MAP").view, ChartView::Bars);
    }
}
