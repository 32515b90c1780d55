//! The shape of a language's table: [`strings_table!`] declares `Strings`
//! from its field list, with the key list and the flat form that language
//! files store ([`Strings::parts`], [`Strings::from_parts`]).

/// A field of the table: one string, a fixed array of them, or a list.
pub trait Part: Sized {
    /// The strings, in order.
    fn strings(&self) -> Vec<&'static str>;
    /// Reads the field back from `n` strings; `None` if `n` is wrong for the type.
    fn read(values: Vec<&'static str>) -> Option<Self>;
}

impl Part for &'static str {
    fn strings(&self) -> Vec<&'static str> {
        vec![*self]
    }
    fn read(values: Vec<&'static str>) -> Option<Self> {
        match values[..] {
            [one] => Some(one),
            _ => None,
        }
    }
}

impl<const N: usize> Part for [&'static str; N] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
    fn read(values: Vec<&'static str>) -> Option<Self> {
        values.try_into().ok()
    }
}

impl Part for &'static [&'static str] {
    fn strings(&self) -> Vec<&'static str> {
        self.to_vec()
    }
    fn read(values: Vec<&'static str>) -> Option<Self> {
        Some(Vec::leak(values))
    }
}

/// Declares `pub struct Strings` (a `lang` and the given fields), with
/// `Strings::KEYS`, `parts` and `from_parts`.
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

            /// The table of `lang` from its fields in [`Strings::KEYS`] order, each
            /// as many strings as the English has there; `None` if one does not fit.
            pub fn from_parts(
                lang: $crate::i18n::Lang,
                parts: impl IntoIterator<Item = Vec<&'static str>>,
            ) -> Option<Strings> {
                use $crate::strings::Part;
                let mut parts = parts.into_iter();
                Some(Strings {
                    lang,
                    $( $name: Part::read(parts.next()?)?, )*
                })
            }
        }
    };
}

pub(crate) use strings_table;
