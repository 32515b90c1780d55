//! A small stable sort for the short lists the page orders (at most a few
//! hundred items). The standard library's sort is faster on long lists but
//! adds several kilobytes of wasm for every comparator it is used with.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare` (insertion sort: O(n²), fine for short lists).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7_u32;
        let mut items: Vec<(u32, usize)> = (0..200)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 10, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|a| a.0);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected, "same order, ties kept in input order");
        let mut empty: [u8; 0] = [];
        sort_by(&mut empty, |a, b| a.cmp(b));
    }
}
