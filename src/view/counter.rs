//! The headline counter that counts up (or down) to a step's totals.

/// Ease-out cubic: fast start, gentle landing. `t` is clamped to 0..=1.
pub fn ease_out_cubic(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    1.0 - (1.0 - t).powi(3)
}

/// Ease-in-out cubic, for bars that move and grow. `t` is clamped to 0..=1.
pub fn ease_in_out_cubic(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The whole number shown `t` of the way (0..=1) from `from` to `to`.
pub fn count_at(from: u32, to: u32, t: f64) -> u32 {
    let v = f64::from(from) + (f64::from(to) - f64::from(from)) * ease_out_cubic(t);
    v.round().max(0.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_from_start_to_end() {
        assert_eq!(count_at(54, 102, 0.0), 54);
        assert_eq!(count_at(54, 102, 1.0), 102);
        assert_eq!(count_at(102, 9, 1.0), 9);
        let mid = count_at(54, 102, 0.5);
        assert!(mid > 54 && mid < 102);
    }

    #[test]
    fn easing_stays_in_range() {
        for i in 0..=20 {
            let t = f64::from(i) / 20.0;
            for v in [ease_out_cubic(t), ease_in_out_cubic(t)] {
                assert!((0.0..=1.0).contains(&v));
            }
        }
        assert_eq!(ease_in_out_cubic(2.0), 1.0);
    }
}
