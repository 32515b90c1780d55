//! SVG to PNG with resvg, using the build machine's fonts (DejaVu, and
//! WenQuanYi Micro Hei for Chinese, installed by `scripts/setup.sh`); refuses
//! an image whose text the fonts cannot draw.

use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

/// Families the images fall back to; the build needs both.
pub const FONT_FAMILIES: [(&str, &str); 2] =
    [("sans-serif", "DejaVu Sans"), ("serif", "DejaVu Serif")];

/// The family resvg falls back to for characters DejaVu lacks (Chinese).
pub const CJK_FAMILY: &str = "WenQuanYi Micro Hei";

/// The system's fonts, with the generic families pointed at DejaVu.
pub struct Fonts {
    db: Arc<fontdb::Database>,
}

impl Fonts {
    /// Loads the system fonts; an error names the missing family.
    pub fn load() -> Result<Fonts, String> {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        for (generic, family) in FONT_FAMILIES {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(family)],
                ..Default::default()
            };
            if db.query(&query).is_none() {
                return Err(format!(
                    "font \"{family}\" ({generic}) is not installed: run scripts/setup.sh (Debian package fonts-dejavu-core)"
                ));
            }
        }
        db.set_sans_serif_family(FONT_FAMILIES[0].1);
        db.set_serif_family(FONT_FAMILIES[1].1);
        Ok(Fonts { db: Arc::new(db) })
    }

    /// The characters of `texts` that no face of `family` (bold or regular),
    /// nor the Chinese fallback [`CJK_FAMILY`], can draw.
    pub fn missing_glyphs(&self, family: &str, texts: &[String]) -> Vec<char> {
        use skrifa::MetadataProvider;
        let faces: Vec<fontdb::ID> = self
            .db
            .faces()
            .filter(|f| {
                f.families
                    .iter()
                    .any(|(name, _)| name == family || name == CJK_FAMILY)
            })
            .map(|f| f.id)
            .collect();
        let mut missing: Vec<char> = Vec::new();
        for c in texts
            .iter()
            .flat_map(|t| t.chars())
            .filter(|c| !c.is_whitespace())
        {
            let drawn = faces.iter().any(|&id| {
                self.db
                    .with_face_data(id, |data, index| {
                        skrifa::FontRef::from_index(data, index)
                            .map(|font| font.charmap().map(c).is_some())
                            .unwrap_or(false)
                    })
                    .unwrap_or(false)
            });
            if !drawn && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }

    /// `svg` rasterised at `scale` device pixels per CSS pixel, as PNG bytes.
    pub fn png(&self, svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        let options = usvg::Options {
            fontdb: self.db.clone(),
            ..Default::default()
        };
        let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("SVG: {e}"))?;
        let size = tree.size();
        let (w, h) = (
            (size.width() * scale).round() as u32,
            (size.height() * scale).round() as u32,
        );
        let mut pixmap = Pixmap::new(w, h).ok_or_else(|| format!("image size {w}x{h}"))?;
        resvg::render(
            &tree,
            Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| format!("PNG: {e}"))
    }
}
