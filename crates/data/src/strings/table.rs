//! The shape of a language's table: [`strings_table!`] declares `Strings`
//! from its field list, with the key list and the flat form that language
//! files store ([`Strings::parts`], [`Strings::from_parts`]).

/// A field of the table: one string, a fixed array of them, or a list.
pub trait Part: Sized {
    /// The strings, in order.
    fn strings(&self) -> Vec<&'static str>;
    /// How many strings the field holds.
    fn count(&self) -> usize;
    /// The field from `values` at `*at`, as many strings as `like` (the English
    /// field) has, moving `*at` past them. The caller has checked the length.
    fn take(like: &Self, values: &[&'static str], at: &mut usize) -> Self;
}

impl Part for &'static str {
    fn strings(&self) -> Vec<&'static str> {
        vec![*self]
    }
    fn count(&self) -> usize {
        1
    }
    fn take(_: &Self, values: &[&'static str], at: &mut usize) -> Self {
        *at += 1;
        values[*at - 1]
    }
}

impl<const N: usize> Part for [&'static str; N] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
    fn count(&self) -> usize {
        N
    }
    fn take(_: &Self, values: &[&'static str], at: &mut usize) -> Self {
        let start = *at;
        *at += N;
        std::array::from_fn(|k| values[start + k])
    }
}

impl Part for &'static [&'static str] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
    fn count(&self) -> usize {
        self.len()
    }
    fn take(like: &Self, values: &[&'static str], at: &mut usize) -> Self {
        let start = *at;
        *at += like.len();
        Vec::leak(values[start..*at].to_vec())
    }
}

/// Declares `pub struct Strings` (a `lang` and the given fields), with
/// `Strings::KEYS`, `parts` and `from_flat`.
macro_rules! strings_table {
    ($( $(#[$doc:meta])* $name:ident : $ty:ty, )*) => {
        /// The interface's words in one language.
        pub struct Strings {
            /// The language they are in.
            pub lang: $crate::i18n::Lang,
            $( $(#[$doc])* pub $name: $ty, )*
        }

        impl Strings {
            /// Every key, in the table's order (the order of language files).
            pub const KEYS: &'static [&'static str] = &[$(stringify!($name)),*];

            /// Every field as `(key, strings)`, in [`Strings::KEYS`] order.
            pub fn parts(&self) -> Vec<(&'static str, Vec<&'static str>)> {
                use $crate::strings::Part;
                vec![$( (stringify!($name), self.$name.strings()) ),*]
            }

            /// The table of `lang` from every field's strings one after the
            /// other, in [`Strings::KEYS`] order, each field as many as the
            /// English has; `None` unless there are exactly that many.
            #[inline]
            pub fn from_flat(
                lang: $crate::i18n::Lang,
                values: &[&'static str],
            ) -> Option<Strings> {
                use $crate::strings::Part;
                let en = &$crate::strings::EN;
                let total = 0 $( + Part::count(&en.$name) )*;
                if values.len() != total {
                    return None;
                }
                let mut at = 0;
                Some(Strings {
                    lang,
                    $( $name: Part::take(&en.$name, values, &mut at), )*
                })
            }
        }
    };
}

pub(crate) use strings_table;
