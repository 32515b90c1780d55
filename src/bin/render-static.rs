//! Writes the static graphic into a built `dist/` (see `static_frame`).
//!
//! Run by Trunk after each build (a `post_build` hook in `Trunk.toml`, which
//! sets `TRUNK_STAGING_DIR` and `TRUNK_PROFILE`), or by hand:
//! `cargo run --bin render-static -- dist [--images]`.
//! `OVERSEAS_STATIONS_URL` (the absolute address the graphic is published at)
//! makes `og:image` absolute, as social networks require.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overseas_stations::model::Dataset;
    use overseas_stations::static_frame::site::{write_site, SiteOptions};
    use overseas_stations::strings::EN;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::env::var("TRUNK_STAGING_DIR")
        .ok()
        .or_else(|| args.iter().find(|a| !a.starts_with("--")).cloned());
    let Some(dir) = dir else {
        eprintln!("render-static: set TRUNK_STAGING_DIR or pass the dist folder");
        std::process::exit(2);
    };
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let images = release || args.iter().any(|a| a == "--images");
    let url = std::env::var("OVERSEAS_STATIONS_URL")
        .ok()
        .filter(|u| !u.is_empty());
    let started = std::time::Instant::now();
    let data = match Dataset::embedded() {
        Ok(data) => data,
        Err(e) => {
            eprintln!("render-static: {e}");
            std::process::exit(1);
        }
    };
    let options = SiteOptions {
        images,
        public_url: url.as_deref(),
    };
    match write_site(std::path::Path::new(&dir), &data, &EN, &options) {
        Ok(written) => eprintln!(
            "render-static: {} files, {} bytes of static HTML, in {} ms{}",
            written.files.len(),
            written.html_bytes,
            started.elapsed().as_millis(),
            if images {
                ""
            } else {
                " (no PNGs: debug build)"
            }
        ),
        Err(e) => {
            eprintln!("render-static: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
