//! Writes the static graphic into a built `dist/`: the first frame and the
//! whole static story into `index.html`, its stylesheets, the CSV of the last
//! step, the map's outlines, and the fallback and social images.

use std::fs;
use std::path::Path;

use crate::chart::palette::LIGHT;
use crate::map::world_atlas::{load_world, WORLD_BIN};
use crate::map::WORLD_FILE;
use crate::model::Dataset;
use crate::strings::Strings;
use crate::view::caption::HIDDEN_ITEM;
use crate::view::describe::chart_label;
use crate::view::markup::escape;

use super::card::{social_card, step_card, Card, SANS, SERIF};
use super::languages::{with_root_lang, Names, OG};
use super::map_svg::{dark_palette, map_image_name, map_svg, MAP_IMAGE_WIDTH};
use super::marks::{content_hash, BODY_MARK, HEAD_MARK};
use super::page::{
    last_step_csv, sources_page, static_page, Links, EXTRA_CLASS, FIRST_ONLY_CLASS, FRAME_CLASS,
};
use super::raster::{Fonts, FONT_FAMILIES};
use super::svg_paths::merge_shapes;
use crate::i18n::pack::FILES_META;
use crate::i18n::Lang;

/// The element of `index.html` the app mounts into; the static graphic goes inside.
pub const MOUNT: &str = "<div id=\"app\" class=\"app-root\"></div>";
/// The same as Trunk's HTML minifier writes it in release builds.
const MOUNT_MINIFIED: &str = "<div class=app-root id=app></div>";
/// The stylesheet `<noscript>` loads: the whole static story, without the first-frame furniture.
pub const NO_SCRIPT_CSS: &str = "static-full.css";

/// What to write.
pub struct SiteOptions<'a> {
    /// Rasterise the PNGs (slow in debug builds; `trunk serve` skips them).
    pub images: bool,
    /// Absolute address the graphic is published at, for `og:image` and `og:url`
    /// (social networks ignore relative URLs); relative when `None`.
    pub public_url: Option<&'a str>,
    /// Content of the `<meta>` that lists the language files (`language::FILES_META`).
    pub language_files: &'a str,
}

/// What was written, for the build log.
#[derive(Debug, Default)]
pub struct Written {
    /// Files written, relative to the folder.
    pub files: Vec<String>,
    /// Bytes of the static markup added to `index.html`.
    pub html_bytes: usize,
}

/// Rules that switch between the first frame, the app and the whole static story.
/// `html.static-full` is set by `boot.js` when the app cannot run; readers
/// without JavaScript get the same through [`NO_SCRIPT_CSS`].
fn switch_css() -> String {
    format!(
        ".app-root{{position:relative}}\
         .{FRAME_CLASS}~.graphic{{position:absolute;top:0;left:0;right:0;visibility:hidden}}\
         .graphic .{EXTRA_CLASS}{{display:none}}\
         html.static-full .graphic .{EXTRA_CLASS}{{display:block}}\
         html.static-full .graphic .{FIRST_ONLY_CLASS}{{display:none}}\
         html.static-full .{FRAME_CLASS}~.graphic{{display:none}}\
         html.static-full .graphic .{HIDDEN_ITEM}{{display:none}}\n"
    )
}

fn no_script_css() -> String {
    // The wide grid of the live page (main.css) is for the first frame and
    // the app only: without JavaScript the whole story runs in one column.
    // The story's parts are in `<noscript>` elements (see `page::no_script`),
    // which then are elements like any other: they add no box of their own.
    format!(
        ".graphic noscript{{display:contents}}\
         .graphic .{EXTRA_CLASS}{{display:block}}.graphic .{FIRST_ONLY_CLASS}{{display:none}}\
         .graphic .{HIDDEN_ITEM}{{display:none}}\
         .graphic,.graphic .static-step,.graphic .stage{{display:block!important}}\
         .graphic .chart-pair{{display:grid!important}}\n"
    )
}

/// Writes the static graphic in the language of `strings` into `dir`: its
/// page (`index.html`, `zh-Hans.html` …: `template`, the `index.html` Trunk
/// built, with the graphic in it), the page of its sources, its CSV and images.
pub fn write_site(
    dir: &Path,
    template: &str,
    data: &Dataset,
    strings: &'static Strings,
    options: &SiteOptions,
) -> Result<Written, String> {
    let names = Names(strings.lang);
    let index_path = dir.join(names.page());
    let index = template;
    let Some(mount) = [MOUNT, MOUNT_MINIFIED]
        .into_iter()
        .find(|m| index.contains(m))
    else {
        return Err(format!(
            "{}: no `{MOUNT}` to put the static graphic in",
            index_path.display()
        ));
    };
    let mut written = Written::default();
    let mut write = |name: &str, bytes: &[u8]| -> Result<(), String> {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        written.files.push(name.to_owned());
        Ok(())
    };

    let (last_id, csv) = last_step_csv(data, strings);
    let csv_name = format!("{}-{last_id}.csv", strings.csv_file_stem);
    write(&csv_name, csv.as_bytes())?;
    let world = load_world()?;
    if strings.lang == Lang::En {
        write(WORLD_FILE, WORLD_BIN)?;
    }
    // The first frame's map, shown from 900 px (light and dark: an image
    // cannot take the page's colours).
    let first = data.snapshot(0);
    let first_id = &data.steps[0].id;
    for (theme, palette) in [("light", LIGHT), ("dark", dark_palette())] {
        let (svg, _) = map_svg(data, &first, &world, MAP_IMAGE_WIDTH, strings, &palette);
        // A few paths for the browser to parse, not an element per shape.
        write(
            &names.fallback(&map_image_name(first_id, theme)),
            merge_shapes(&svg).as_bytes(),
        )?;
    }

    let sources_name = &names.sources();
    let page = static_page(
        data,
        strings,
        &Links {
            csv: &csv_name,
            sources: sources_name,
            map: [
                &names.fallback(&map_image_name(first_id, "light")),
                &names.fallback(&map_image_name(first_id, "dark")),
            ],
        },
    );
    let css = format!("{}{}", switch_css(), page.css);
    let css_name = format!("static-{}.css", &content_hash(&css)[..12]);
    write(&css_name, css.as_bytes())?;
    write(NO_SCRIPT_CSS, no_script_css().as_bytes())?;

    let base = options
        .public_url
        .map(|u| format!("{}/", u.trim_end_matches('/')))
        .unwrap_or_default();
    let last = data.snapshot(data.steps.len() - 1);
    let mut head = format!(
        "{}<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\">\n    \
         <meta property=\"og:type\" content=\"article\">\n    <meta property=\"og:title\" content=\"{title}\">\n    \
         <meta property=\"og:description\" content=\"{description}\">\n    \
         <meta property=\"og:image\" content=\"{base}{og}\">\n    \
         <meta property=\"og:image:width\" content=\"1200\">\n    <meta property=\"og:image:height\" content=\"630\">\n    \
         <meta property=\"og:image:alt\" content=\"{alt}\">\n    <meta name=\"twitter:card\" content=\"summary_large_image\">\n    ",
        HEAD_MARK.0,
        title = escape(strings.headline),
        description = escape(strings.page_description),
        og = names.og(),
        alt = escape(&chart_label(data, &last, strings)),
    );
    if !base.is_empty() {
        head.push_str(&format!(
            "<meta property=\"og:url\" content=\"{}\">\n    ",
            escape(&base)
        ));
    }
    head.push_str(&format!(
        "<meta name=\"{FILES_META}\" content=\"{}\">\n    \
         <link rel=\"stylesheet\" href=\"{css_name}\">\n    <noscript><link rel=\"stylesheet\" href=\"{NO_SCRIPT_CSS}\"></noscript>{}\n",
        escape(options.language_files),
        HEAD_MARK.1,
    ));
    let Some(title_start) = index.find("<title>") else {
        return Err(format!("{}: no <title> to replace", index_path.display()));
    };
    let title_end = index[title_start..]
        .find("</title>")
        .map(|e| title_start + e + "</title>".len())
        .ok_or_else(|| format!("{}: unclosed <title>", index_path.display()))?;
    let html = format!("{}{head}{}", &index[..title_start], &index[title_end..]).replacen(
        mount,
        &format!(
            "<div id=\"app\" class=\"app-root\">{}{}{}</div>",
            BODY_MARK.0, page.body, BODY_MARK.1
        ),
        1,
    );
    let html = with_root_lang(&html, strings.lang)?;
    written.html_bytes = page.body.len() + head.len();
    write(names.page(), html.as_bytes())?;
    // The page of every source takes the app's stylesheet (Trunk names it main-<hash>.css).
    let main_css = html
        .split("href=")
        .skip(1)
        .map(|rest| rest.trim_start_matches(['"', '\'']))
        .map(|rest| rest.split(['"', '\'', ' ', '>']).next().unwrap_or(""))
        .find(|href| href.contains("main") && href.ends_with(".css"))
        .unwrap_or(&css_name)
        .to_owned();
    write(
        sources_name,
        sources_page(data, strings, &main_css).as_bytes(),
    )?;

    let mut cards: Vec<(String, Card)> = data
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                names.fallback(&s.id),
                step_card(data, &data.snapshot(i), strings),
            )
        })
        .collect();
    for (name, card) in &cards {
        write(&format!("{name}.svg"), card.svg.as_bytes())?;
    }
    if options.images {
        let fonts = Fonts::load()?;
        cards.push((OG.to_owned(), social_card(data, strings)));
        for (name, card) in &cards {
            for (family, stack) in [(FONT_FAMILIES[0].1, SANS), (FONT_FAMILIES[1].1, SERIF)] {
                let missing = fonts.missing_glyphs(family, &card.texts);
                if !missing.is_empty() {
                    return Err(format!(
                        "{name}: the font {family} (for {stack}) has no glyph for {missing:?}; \
                         for Chinese, install the Debian package fonts-wqy-microhei (scripts/setup.sh)"
                    ));
                }
            }
            if name == OG {
                write(&names.og(), &fonts.png(&card.svg, 2.0)?)?;
            } else {
                let w = card.width as u32;
                write(&format!("{name}-{w}.png"), &fonts.png(&card.svg, 1.0)?)?;
                write(
                    &format!("{name}-{}.png", 2 * w),
                    &fonts.png(&card.svg, 2.0)?,
                )?;
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::World;
    use crate::model::Embedded;
    use crate::strings::EN;

    #[test]
    fn the_static_graphic_goes_into_the_mount_point_with_its_head() {
        let dir = std::env::temp_dir().join(format!("overseas-static-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let template =
            format!("<html lang=en><head><title>x</title></head><body>{MOUNT}</body></html>");
        let data = Dataset::embedded().unwrap();
        let options = SiteOptions {
            images: false,
            public_url: Some("https://example.org/g"),
            language_files: "es=lang/es.0.json",
        };
        let written = write_site(&dir, &template, &data, &EN, &options).unwrap();
        let html = fs::read_to_string(dir.join("index.html")).unwrap();
        assert!(
            html.contains("<meta property=\"og:image\" content=\"https://example.org/g/og.png\">")
        );
        assert!(html
            .contains("<meta name=\"overseas-stations-languages\" content=\"es=lang/es.0.json\">"));
        assert!(html.contains(&format!(
            "<div id=\"app\" class=\"app-root\">{}<main id=\"graphic-static\"",
            BODY_MARK.0
        )));
        assert!(html.starts_with("<html lang=\"en\">"));
        assert_eq!(html.matches("<title>").count(), 1);
        let world = World::decode(&fs::read(dir.join(WORLD_FILE)).unwrap()).unwrap();
        assert!(
            world.country("IT").is_some(),
            "the map's outlines are written"
        );
        for step in &data.steps {
            assert!(
                written.files.contains(&format!("fallback/{}.svg", step.id)),
                "{}",
                step.id
            );
        }
        let bad = write_site(&dir, &html, &data, &EN, &options);
        assert!(
            bad.unwrap_err().contains("no `<div id=\"app\""),
            "a page already written has no empty mount point"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
