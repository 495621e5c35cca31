//! What generated code calls; not public API.

#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "serde")]
pub use self::serde_support::{Lookup, deserialize};

#[cfg(feature = "serde")]
mod serde_support {
    use core::fmt;
    use serde::de::{self, Deserializer, Unexpected, Visitor};

    /// How a generated enum finds a variant: by error id, by code (any integer; the enum checks
    /// its code type).
    pub struct Lookup<E> {
        /// The enum's name, for messages.
        pub table: &'static str,
        /// `from_error`, when the table has an error column.
        pub by_error: Option<fn(&str) -> Option<E>>,
        /// `from_code` behind a conversion from `i128`, when the table has a code column.
        pub by_code: Option<fn(i128) -> Option<E>>,
    }

    /// Deserializes a generated enum from its error id (a string) or its code (an integer, or a
    /// string of one).
    ///
    /// # Errors
    ///
    /// When the value is neither, or names no variant; the error names the value.
    pub fn deserialize<'de, D: Deserializer<'de>, E>(
        deserializer: D,
        lookup: Lookup<E>,
    ) -> Result<E, D::Error> {
        deserializer.deserialize_any(lookup)
    }

    impl<E> Lookup<E> {
        fn code<Error: de::Error>(
            self,
            code: i128,
            unexpected: Unexpected<'_>,
        ) -> Result<E, Error> {
            match self.by_code {
                Some(by_code) => {
                    by_code(code).ok_or_else(|| Error::invalid_value(unexpected, &self))
                }
                None => Err(Error::invalid_type(unexpected, &self)),
            }
        }
    }

    impl<E> Visitor<'_> for Lookup<E> {
        type Value = E;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match (self.by_error.is_some(), self.by_code.is_some()) {
                (true, true) => write!(f, "an error id or code of {}", self.table),
                (true, false) => write!(f, "an error id of {}", self.table),
                (false, _) => write!(f, "a code of {}", self.table),
            }
        }

        fn visit_str<Error: de::Error>(self, value: &str) -> Result<E, Error> {
            if let Some(found) = self.by_error.and_then(|by_error| by_error(value)) {
                return Ok(found);
            }
            match value.trim().parse::<i128>() {
                Ok(code) if self.by_code.is_some() => self.code(code, Unexpected::Str(value)),
                _ => Err(Error::invalid_value(Unexpected::Str(value), &self)),
            }
        }

        fn visit_i64<Error: de::Error>(self, value: i64) -> Result<E, Error> {
            self.code(value.into(), Unexpected::Signed(value))
        }

        fn visit_u64<Error: de::Error>(self, value: u64) -> Result<E, Error> {
            self.code(value.into(), Unexpected::Unsigned(value))
        }
    }
}
