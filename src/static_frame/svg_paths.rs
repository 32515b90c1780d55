//! Fewer elements for the same picture. Plotters writes each polygon and
//! each polyline as an element of its own: the world map is some 680 of them,
//! and a browser parses an `<img>` of SVG into a document of its own on the
//! page's main thread, element by element, before the first frame's map is
//! painted (about 55 ms at 4x CPU slowdown in Chromium, in the way of the
//! app's start). [`merge_shapes`] writes each run of them as one `<path>` per
//! paint, with the same points.

/// `svg` with every run of `<polygon>` and `<polyline>` elements (nothing
/// else between them) written as one `<path>` per set of attributes, in the
/// order each set first appears. A polygon followed by the outline of the
/// same points (a polyline with `fill="none"` that closes it) becomes one
/// subpath that is filled and stroked. The browser then fills the run's
/// shapes before their outlines, where plotters painted shape by shape: an
/// outline is no longer half covered by the next shape's fill, which is
/// what the next shape's own outline drew over it anyway. Anything else
/// (circles, text, shapes of other runs) keeps its place and order.
pub fn merge_shapes(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut run: Vec<Shape> = Vec::new();
    let mut rest = svg;
    while let Some(at) = next_shape(rest) {
        let (before, from) = rest.split_at(at);
        if !before.is_empty() {
            flush(&mut run, &mut out);
            out.push_str(before);
        }
        match Shape::parse(from) {
            Some((shape, len)) => {
                run.push(shape);
                rest = &from[len..];
            }
            None => {
                // Not as plotters writes it: kept as it is.
                flush(&mut run, &mut out);
                let end = from.find('>').map_or(from.len(), |i| i + 1);
                out.push_str(&from[..end]);
                rest = &from[end..];
            }
        }
    }
    flush(&mut run, &mut out);
    out.push_str(rest);
    out
}

/// One `<polygon>` or `<polyline>`: its other attributes and its points.
struct Shape<'a> {
    closed: bool,
    attributes: &'a str,
    points: &'a str,
}

impl<'a> Shape<'a> {
    /// The shape `text` starts with, and its length in bytes; `None` unless
    /// it is `<polygon ATTRIBUTES points="…"/>` or the same for a polyline.
    fn parse(text: &'a str) -> Option<(Shape<'a>, usize)> {
        let (closed, tail) = match text.strip_prefix("<polygon ") {
            Some(tail) => (true, tail),
            None => (false, text.strip_prefix("<polyline ")?),
        };
        let end = tail.find("/>")?;
        let element = &tail[..end];
        let (attributes, points) = element.split_once("points=\"")?;
        let (points, after) = points.split_once('"')?;
        if !after.trim().is_empty() || attributes.contains('<') {
            return None;
        }
        let len = text.len() - tail.len() + end + 2;
        Some((
            Shape {
                closed,
                attributes: attributes.trim(),
                points: points.trim(),
            },
            len,
        ))
    }

    /// Whether `outline` is this polygon's outline: a polyline without fill
    /// through the same points, back to the first.
    fn outlined_by(&self, outline: &Shape) -> bool {
        if !self.closed || outline.closed || !outline.attributes.contains("fill=\"none\"") {
            return false;
        }
        let mine: Vec<&str> = self.points.split_whitespace().collect();
        let theirs: Vec<&str> = outline.points.split_whitespace().collect();
        theirs.len() == mine.len() + 1
            && theirs[..mine.len()] == mine[..]
            && mine.first() == theirs.last()
    }
}

/// Where the next polygon or polyline starts in `text`.
fn next_shape(text: &str) -> Option<usize> {
    let polygon = text.find("<polygon ");
    let polyline = text.find("<polyline ");
    match (polygon, polyline) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Writes the shapes of `run` as paths, one per set of attributes, and empties it.
fn flush(run: &mut Vec<Shape>, out: &mut String) {
    let mut paths: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while i < run.len() {
        let shape = &run[i];
        let outline = run.get(i + 1).filter(|next| shape.outlined_by(next));
        let attributes = match outline {
            Some(o) => format!(
                "{} {}",
                shape.attributes,
                o.attributes.replace("fill=\"none\"", "").trim()
            ),
            None => shape.attributes.to_owned(),
        };
        let close = if shape.closed { "Z" } else { "" };
        let d = format!("M{}{close}", shape.points);
        match paths.iter_mut().find(|(a, _)| *a == attributes) {
            Some((_, all)) => all.push_str(&d),
            None => paths.push((attributes, d)),
        }
        i += if outline.is_some() { 2 } else { 1 };
    }
    for (attributes, d) in paths {
        out.push_str(&format!("<path {attributes} d=\"{d}\"/>"));
    }
    run.clear();
}

#[cfg(test)]
#[path = "svg_paths_tests.rs"]
mod tests;
