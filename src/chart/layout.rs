//! Pixel layout of the bar chart: a pure function of the container width and row count.

/// Where the country names go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelPlacement {
    /// In a column left of the bars (wide charts).
    Left,
    /// On a line above each bar (narrow charts).
    Above,
}

/// Every measure the drawing needs, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Chart width.
    pub width: f64,
    /// Chart height (fits every row).
    pub height: f64,
    /// Where labels go.
    pub labels: LabelPlacement,
    /// Height of one row.
    pub row_height: f64,
    /// Height of a bar within its row.
    pub bar_height: f64,
    /// Left edge of the bars.
    pub bar_left: f64,
    /// Longest possible bar, in pixels.
    pub bar_span: f64,
    /// Top of the first row.
    pub top: f64,
    /// Font size of labels.
    pub font_px: f64,
}

/// Below this width labels go above the bars.
pub const NARROW_BELOW: f64 = 520.0;
const TOP_PADDING: f64 = 4.0;
const BOTTOM_PADDING: f64 = 6.0;
/// Room kept right of the longest bar for its count.
const COUNT_ROOM: f64 = 34.0;

impl Layout {
    /// The layout for `rows` bars in a chart `width` CSS pixels wide (at least 200).
    pub fn new(width: f64, rows: usize) -> Self {
        let width = width.max(200.0);
        let (labels, row_height, bar_height, label_col, font_px) = if width < NARROW_BELOW {
            (LabelPlacement::Above, 34.0, 15.0, 0.0, 13.0)
        } else {
            let label_col = (width * 0.3).clamp(130.0, 210.0);
            (LabelPlacement::Left, 24.0, 17.0, label_col, 14.0)
        };
        let bar_left = label_col + 2.0;
        Layout {
            width,
            height: TOP_PADDING + row_height * rows as f64 + BOTTOM_PADDING,
            labels,
            row_height,
            bar_height,
            bar_left,
            bar_span: (width - bar_left - COUNT_ROOM).max(40.0),
            top: TOP_PADDING,
            font_px,
        }
    }

    /// Top edge of the bar in (fractional) row `row`.
    pub fn bar_top(&self, row: f64) -> f64 {
        let row_top = self.top + row * self.row_height;
        row_top + self.row_height - self.bar_height - 4.0
    }

    /// Baseline-centre of the label of row `row` (left-column labels sit mid-bar).
    pub fn label_y(&self, row: f64) -> f64 {
        match self.labels {
            LabelPlacement::Left => self.bar_top(row) + self.bar_height / 2.0,
            LabelPlacement::Above => self.bar_top(row) - 9.0,
        }
    }

    /// Length in pixels of `value` stations on a scale whose largest bar is `max`.
    pub fn length(&self, value: f64, max: f64) -> f64 {
        if max <= 0.0 {
            0.0
        } else {
            value.max(0.0) / max * self.bar_span
        }
    }

    /// The row under a point `y` pixels from the top, if any.
    pub fn row_at(&self, y: f64, rows: usize) -> Option<usize> {
        if y < self.top {
            return None;
        }
        let row = ((y - self.top) / self.row_height).floor() as usize;
        (row < rows).then_some(row)
    }

    /// Widest label that fits the label column, in ems of the label font
    /// (see [`fit_label`]).
    pub fn label_ems(&self) -> f64 {
        let room = match self.labels {
            LabelPlacement::Left => self.bar_left - 10.0,
            LabelPlacement::Above => self.width - 10.0,
        };
        (room / self.font_px).max(2.5)
    }
}

/// A character's width in ems, estimated: Chinese and other full-width
/// characters are square, the rest (Latin, digits, punctuation) average a
/// little over half an em in the chart's sans-serif.
fn em_width(c: char) -> f64 {
    if is_wide(c) {
        1.0
    } else {
        0.56
    }
}

/// Whether `c` is a full-width character (Chinese, Japanese, Korean, full-width
/// punctuation), a square em wide, between any two of which a line may break.
pub fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// About how wide `text` is, in ems (estimated per character: the canvas
/// measures nothing).
pub fn text_ems(text: &str) -> f64 {
    text.chars().map(em_width).sum()
}

/// `label` cut with an ellipsis when wider than `ems` (estimated per character).
pub fn fit_label(label: &str, ems: f64) -> String {
    let width = text_ems(label);
    if width <= ems {
        return label.to_owned();
    }
    let mut used = em_width('\u{2026}');
    let cut: String = label
        .chars()
        .take_while(|&c| {
            used += em_width(c);
            used <= ems
        })
        .collect();
    format!("{}\u{2026}", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_charts_put_labels_above() {
        assert_eq!(Layout::new(300.0, 5).labels, LabelPlacement::Above);
        assert_eq!(Layout::new(1100.0, 5).labels, LabelPlacement::Left);
    }

    #[test]
    fn everything_fits_the_width() {
        for w in [200.0, 300.0, 375.0, 700.0, 1100.0, 2000.0] {
            let l = Layout::new(w, 12);
            assert!(l.bar_left + l.bar_span + 30.0 <= l.width, "width {w}");
            assert!(l.length(11.0, 11.0) <= l.bar_span);
        }
    }

    #[test]
    fn height_grows_with_rows() {
        assert!(Layout::new(700.0, 20).height > Layout::new(700.0, 10).height);
    }

    #[test]
    fn hit_testing_finds_rows() {
        let l = Layout::new(700.0, 3);
        assert_eq!(l.row_at(l.bar_top(1.0) + 2.0, 3), Some(1));
        assert_eq!(l.row_at(l.height + 50.0, 3), None);
        assert_eq!(l.row_at(0.0, 3), None);
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(fit_label("Italy", 5.6), "Italy");
        assert_eq!(fit_label("United Arab Emirates", 4.5), "United\u{2026}");
        // Chinese characters are about twice as wide as Latin letters.
        assert_eq!(fit_label("阿拉伯联合酋长国", 8.0), "阿拉伯联合酋长国");
        assert_eq!(fit_label("阿拉伯联合酋长国", 5.0), "阿拉伯联\u{2026}");
    }
}
