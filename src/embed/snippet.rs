//! The embed snippet: the iframe and script a newsroom pastes, built from the
//! graphic's own address.

use crate::i18n::Lang;
use crate::view::markup::escape;

/// Initial height of the iframe in the snippet (CSS px), before the first message.
pub const SNIPPET_HEIGHT: u32 = 900;
/// File name of our parent-side script, next to `index.html`.
pub const PARENT_SCRIPT: &str = "embed.js";
/// Marker attribute `embed.js` looks for on iframes.
pub const FRAME_MARKER: &str = "data-overseas-stations";

/// The graphic's own address: `href` without query and fragment.
pub fn graphic_url(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// The address of the graphic's page in `lang` (`index.html`, `zh-Hans.html` …,
/// side by side), from the address `href` of any of them.
pub fn language_page(href: &str, lang: Lang) -> String {
    let base = graphic_url(href);
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let dir = match base[after_scheme..].rfind('/') {
        Some(i) => &base[..after_scheme + i + 1],
        None => return format!("{base}/{}", lang.page()),
    };
    format!("{dir}{}", lang.page())
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
    fn the_snippet_points_at_the_page_in_the_language_shown() {
        let cases = [
            (
                "https://n.example/g/",
                Lang::En,
                "https://n.example/g/index.html",
            ),
            (
                "https://n.example/g/",
                Lang::ZhHans,
                "https://n.example/g/zh-Hans.html",
            ),
            (
                "https://n.example/g/index.html?lang=es",
                Lang::Es,
                "https://n.example/g/es.html",
            ),
            (
                "https://n.example/g/it.html#x",
                Lang::En,
                "https://n.example/g/index.html",
            ),
            (
                "https://n.example/g/es.html?step=december",
                Lang::It,
                "https://n.example/g/it.html",
            ),
            ("https://n.example", Lang::Es, "https://n.example/es.html"),
        ];
        for (href, lang, page) in cases {
            assert_eq!(language_page(href, lang), page, "{href} in {lang:?}");
        }
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
