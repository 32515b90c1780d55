//! Writes the static graphic, in every language, into a built `dist/` (see
//! `static_frame`).
//!
//! Run by Trunk after each build (a `post_build` hook in `Trunk.toml`, which
//! sets `TRUNK_STAGING_DIR` and `TRUNK_PROFILE`), or by hand:
//! `cargo run --bin render-static -- dist [--images]`; then, after the build's
//! last step has rewritten `index.html`, `render-static -- --pages` makes each
//! language's page from it. `OVERSEAS_STATIONS_URL` (the absolute address the
//! graphic is published at) makes `og:image` absolute, as social networks require.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overseas_stations::i18n::Lang;
    use overseas_stations::model::{Dataset, Embedded};
    use overseas_stations::static_frame::languages::{files_meta, language_page, Language};
    use overseas_stations::static_frame::site::{write_site, SiteOptions};
    use std::collections::BTreeMap;
    use std::path::Path;

    let fail = |message: String| -> ! {
        eprintln!("render-static: {message}");
        std::process::exit(1);
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::env::var("TRUNK_STAGING_DIR")
        .ok()
        .or_else(|| args.iter().find(|a| !a.starts_with("--")).cloned());
    let Some(dir) = dir else {
        eprintln!("render-static: set TRUNK_STAGING_DIR or pass the dist folder");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_else(|e| fail(format!("{}: {e}", dir.join(name).display())))
    };
    if args.iter().any(|a| a == "--pages") {
        let index = read(Lang::En.page());
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let page = language_page(&index, &read(lang.page()), lang).unwrap_or_else(|e| fail(e));
            std::fs::write(dir.join(lang.page()), page).unwrap_or_else(|e| fail(e.to_string()));
        }
        return;
    }
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let images = release || args.iter().any(|a| a == "--images");
    let url = std::env::var("OVERSEAS_STATIONS_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let started = std::time::Instant::now();
    let english = Dataset::embedded().unwrap_or_else(|e| fail(e.to_string()));
    let languages = Language::all(&english).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        fail(format!(
            "the translations have problems:\n{}",
            lines.join("\n")
        ))
    });
    let mut names = BTreeMap::new();
    for language in &languages {
        let (name, text) = language.file(&english);
        let path = dir.join(&name);
        std::fs::create_dir_all(path.parent().expect("lang/"))
            .and_then(|()| std::fs::write(&path, text))
            .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        names.insert(language.strings.lang, name);
    }
    let language_files = files_meta(&names);
    let options = SiteOptions {
        images,
        public_url: url.as_deref(),
        language_files: &language_files,
    };
    let template = read(Lang::En.page());
    let (mut files, mut bytes) = (names.len(), 0);
    for language in &languages {
        let written = write_site(dir, &template, &language.data, language.strings, &options)
            .unwrap_or_else(|e| fail(e));
        files += written.files.len();
        bytes += written.html_bytes;
    }
    eprintln!(
        "render-static: {} languages, {files} files, {bytes} bytes of static HTML, in {} ms{}",
        languages.len(),
        started.elapsed().as_millis(),
        if images {
            ""
        } else {
            " (no PNGs: debug build)"
        }
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
