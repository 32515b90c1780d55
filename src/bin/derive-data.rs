//! Rewrites the derived data committed in `data/derived/` (the map's outlines,
//! CLDR's country names and plural rules) from the npm packages in
//! `node_modules/`: run `npm ci`, then `cargo run --bin derive-data`, and
//! commit what changed. See `overseas_stations::derived`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overseas_stations::derived::{derive, node_modules, root};

    let files = derive(&node_modules()).unwrap_or_else(|e| {
        eprintln!("derive-data: {e}");
        std::process::exit(1);
    });
    for (path, bytes) in files {
        let full = root().join(path);
        let unchanged = std::fs::read(&full).is_ok_and(|old| old == bytes);
        if !unchanged {
            if let Err(e) = std::fs::write(&full, &bytes) {
                eprintln!("derive-data: {path}: {e}");
                std::process::exit(1);
            }
        }
        let state = if unchanged { "unchanged" } else { "written" };
        println!("{path}: {} B, {state}", bytes.len());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
