//! Data derived from npm packages and committed in `data/derived/`, so that the
//! build and `cargo test` need only the Rust toolchain: the map's outlines
//! (`world.bin`, from world-atlas and cldr-core, [`crate::map::world_atlas`]),
//! and CLDR's country names in each language and plural rules
//! ([`crate::i18n::cldr`]). `cargo run --bin derive-data` rewrites them from
//! `node_modules/` (after `npm ci`); a test checks that the committed copies
//! equal a fresh derivation whenever `node_modules/` is there.

use std::path::{Path, PathBuf};

use crate::i18n::cldr;
use crate::map::geometry::encode;
use crate::map::world_atlas;

/// The repository root (where `data/` and `node_modules/` are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository's `node_modules/`, where `npm ci` installs the sources.
pub fn node_modules() -> PathBuf {
    root().join("node_modules")
}

/// Every derived file, by its path from the repository root, with its
/// content derived afresh from the packages in `node_modules`.
pub fn derive(node_modules: &Path) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
    Ok(vec![
        (
            world_atlas::WORLD_PATH,
            encode(&world_atlas::derive_world(node_modules)?),
        ),
        (
            cldr::NAMES_PATH,
            cldr::derive_names(node_modules)?.into_bytes(),
        ),
        (
            cldr::PLURALS_PATH,
            cldr::derive_plurals(node_modules)?.into_bytes(),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn the_committed_copies_equal_a_fresh_derivation() {
        let modules = node_modules();
        if !modules.is_dir() {
            // Straight to stderr, past the test harness's capture, so that it shows.
            let _ = writeln!(
                std::io::stderr(),
                "note: no node_modules/, so data/derived/ was not checked against its \
                 sources (run `npm ci`, then `cargo test derived`)"
            );
            return;
        }
        let derived = derive(&modules).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(derived.len(), 3);
        for (path, fresh) in derived {
            let committed = std::fs::read(root().join(path)).unwrap_or_default();
            assert!(
                committed == fresh,
                "{path} ({} B) is not what node_modules/ gives ({} B): run \
                 `cargo run --bin derive-data` and commit the result",
                committed.len(),
                fresh.len()
            );
        }
    }
}
