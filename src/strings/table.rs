//! The shape of a language's table: [`strings_table!`] declares `Strings`
//! from its field list, with the key list and the flat form that language
//! files store ([`Strings::parts`], [`Strings::from_parts`]).

/// A field of the table: one string, a fixed array of them, or a list.
pub trait Part: Sized {
    /// The strings, in order.
    fn strings(&self) -> Vec<&'static str>;
    /// Takes the field from the front of `values`: as many strings as `like`
    /// (the English field) has; `None` if too few are left.
    fn take(like: &Self, values: &mut &[&'static str]) -> Option<Self>;
}

/// The first `n` of `values`, which then start after them.
fn split<'a>(values: &mut &'a [&'static str], n: usize) -> Option<&'a [&'static str]> {
    let (head, tail) = (values.get(..n)?, values.get(n..)?);
    *values = tail;
    Some(head)
}

impl Part for &'static str {
    fn strings(&self) -> Vec<&'static str> {
        vec![*self]
    }
    #[inline(never)]
    fn take(_: &Self, values: &mut &[&'static str]) -> Option<Self> {
        split(values, 1).map(|s| s[0])
    }
}

impl<const N: usize> Part for [&'static str; N] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
    #[inline(never)]
    fn take(_: &Self, values: &mut &[&'static str]) -> Option<Self> {
        split(values, N)?.try_into().ok()
    }
}

impl Part for &'static [&'static str] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
    #[inline(never)]
    fn take(like: &Self, values: &mut &[&'static str]) -> Option<Self> {
        split(values, like.len()).map(|s| &*Vec::leak(s.to_vec()))
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
            /// English has; `None` unless that uses them all.
            pub fn from_flat(
                lang: $crate::i18n::Lang,
                mut values: &[&'static str],
            ) -> Option<Strings> {
                use $crate::strings::Part;
                let en = &$crate::strings::EN;
                let strings = Strings {
                    lang,
                    $( $name: Part::take(&en.$name, &mut values)?, )*
                };
                values.is_empty().then_some(strings)
            }
        }
    };
}

pub(crate) use strings_table;
