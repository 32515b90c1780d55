//! The marks the build leaves in what it writes, for its later steps: the
//! head and body marks around a page's words, which each language's page
//! swaps for its own (`languages::language_page`), and the content hash in
//! file names.

/// Marks, in every page, the head that render-static wrote (title, description,
/// social tags, stylesheets, the list of language files), swapped for a
/// language's own after the build's last step.
pub const HEAD_MARK: (&str, &str) = ("<!--words-head-->", "<!--/words-head-->");
/// Marks the static graphic inside the mount point, the same way.
pub const BODY_MARK: (&str, &str) = ("<!--words-body-->", "<!--/words-body-->");

/// A short content hash for file names (FNV-1a, 64 bit).
pub(crate) fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
