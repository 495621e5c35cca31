//! What generated code calls; not public API.

/// The seal of [`ProviderError`](crate::ProviderError): generated enums implement it, nothing
/// else should.
pub trait Sealed {}

/// `Serialize` and `Deserialize` for a generated enum, written by `oauth_error_table!`'s
/// expansion; with the `serde` feature they are impls, without it nothing.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    (
        $(#[$cfg:meta])*
        enum $ty:ident;
        table = $table:literal;
        serialize = $serialize:ident;
        by_error = $by_error:expr;
        by_code = $by_code:expr;
    ) => {
        $(#[$cfg])*
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<__S>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                $crate::__serde_impls!(@serialize $serialize self serializer)
            }
        }

        $(#[$cfg])*
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D>(deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize(
                    deserializer,
                    $crate::__private::Lookup {
                        table: $table,
                        by_error: $by_error,
                        by_code: $by_code,
                    },
                )
            }
        }
    };
    (@serialize error $this:ident $serializer:ident) => {
        $serializer.serialize_str($this.error())
    };
    (@serialize code $this:ident $serializer:ident) => {
        $crate::__private::serde::Serialize::serialize(&$this.code(), $serializer)
    };
}

/// Without the `serde` feature, generated enums get no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($($tokens:tt)*) => {};
}

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

    impl<'de, E> Visitor<'de> for Lookup<E> {
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

        /// `serde_json` with its `arbitrary_precision` feature (on for every crate of a build as
        /// soon as one asks for it) hands a number to `deserialize_any` as a map of one entry:
        /// this key, and the number as written.
        fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<E, A::Error> {
            if map.next_key_seed(NumberToken)?.is_none() {
                return Err(de::Error::invalid_type(Unexpected::Map, &self));
            }
            map.next_value_seed(self)
        }
    }

    /// The key under which `serde_json`'s `arbitrary_precision` passes a number.
    struct NumberToken;

    impl<'de> de::DeserializeSeed<'de> for NumberToken {
        type Value = ();

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
            deserializer.deserialize_str(self)
        }
    }

    impl Visitor<'_> for NumberToken {
        type Value = ();

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number")
        }

        fn visit_str<Error: de::Error>(self, key: &str) -> Result<(), Error> {
            if key == "$serde_json::private::Number" {
                Ok(())
            } else {
                Err(Error::invalid_type(Unexpected::Map, &self))
            }
        }
    }

    /// The number as written, read as a code (an integer) or refused (`1.5`, `1e400`).
    impl<'de, E> de::DeserializeSeed<'de> for Lookup<E> {
        type Value = E;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<E, D::Error> {
            struct Written<E>(Lookup<E>);

            impl<E> Visitor<'_> for Written<E> {
                type Value = E;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.expecting(f)
                }

                fn visit_str<Error: de::Error>(self, number: &str) -> Result<E, Error> {
                    match number.parse::<i128>() {
                        Ok(code) => self.0.code(code, Unexpected::Other(number)),
                        Err(_) => Err(Error::invalid_value(Unexpected::Other(number), &self)),
                    }
                }
            }

            deserializer.deserialize_str(Written(self))
        }
    }
}

/// Perfect-hash lookups of large tables. The functions are twins of those in
/// `oauth_errors_table::perfect`, which finds at expansion the seeds and pilots these are called
/// with: the same text, tested against the same vectors and against each other (this crate's
/// tests), since neither crate can call the other.
pub mod hash {
    const C: u64 = 0xBF58_476D_1CE4_E5B9;
    const P0: u64 = 0xA076_1D64_78BD_642F;
    const P1: u64 = 0xE703_7ED1_A0B4_28DB;

    /// The splitmix64 finalizer of `key ^ seed`.
    #[inline]
    #[must_use]
    pub const fn hash_u64(key: u64, seed: u64) -> u64 {
        let mut x = key ^ seed;
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^ (x >> 31)
    }

    /// A hash of a byte string, after wyhash: up to sixteen bytes are two words (overlapping for
    /// eight to sixteen) folded by one 128-bit multiply; longer strings fold sixteen bytes at a time.
    #[inline]
    #[must_use]
    pub fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
        let len = bytes.len();
        let (first, last, seed) = if len <= 16 {
            let (first, last) = if len >= 8 {
                (word(bytes, 0), word(bytes, len - 8))
            } else if len >= 4 {
                (u64::from(half(bytes, 0)), u64::from(half(bytes, len - 4)))
            } else if len > 0 {
                let spread = u64::from(bytes[0]) << 16
                    | u64::from(bytes[len / 2]) << 8
                    | u64::from(bytes[len - 1]);
                (spread, 0)
            } else {
                (0, 0)
            };
            (first, last, seed)
        } else {
            let mut seed = seed;
            let mut at = 0;
            while len - at > 16 {
                seed = fold(word(bytes, at) ^ P0, word(bytes, at + 8) ^ seed);
                at += 16;
            }
            // The last sixteen bytes, overlapping the block before: no copy of a partial word.
            (word(bytes, len - 16), word(bytes, len - 8), seed)
        };
        fold(first ^ P0 ^ len as u64, last ^ seed ^ P1)
    }

    /// The 128-bit product of two words, folded to 64 bits.
    #[inline]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the two halves of the product"
    )]
    fn fold(a: u64, b: u64) -> u64 {
        let product = u128::from(a) * u128::from(b);
        (product as u64) ^ ((product >> 64) as u64)
    }

    /// The eight bytes at `at`, little-endian.
    #[inline]
    fn word(bytes: &[u8], at: usize) -> u64 {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(word)
    }

    /// The four bytes at `at`, little-endian.
    #[inline]
    fn half(bytes: &[u8], at: usize) -> u32 {
        let mut half = [0; 4];
        half.copy_from_slice(&bytes[at..at + 4]);
        u32::from_le_bytes(half)
    }

    /// The bucket of a hash among `buckets`.
    #[inline]
    #[must_use]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the bucket is below `buckets`, a `usize`"
    )]
    pub const fn bucket(hash: u64, buckets: usize) -> usize {
        (((hash >> 32) * buckets as u64) >> 32) as usize
    }

    /// The slot of a hash whose bucket's pilot hash is `pilot`, in a table of `2^bits` slots.
    #[inline]
    #[must_use]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the slot is below 2^bits, the length of a slice"
    )]
    pub const fn displace(hash: u64, pilot: u64, bits: u32) -> usize {
        ((hash ^ pilot).wrapping_mul(C) >> (64 - bits)) as usize
    }

    /// The slot of a key with hash `hash`, in a table of `2^bits` slots whose buckets have the
    /// pilot hashes `pilots`: what the generated lookups compute.
    #[inline]
    #[must_use]
    pub const fn slot(hash: u64, pilots: &[u64], bits: u32) -> usize {
        displace(hash, pilots[bucket(hash, pilots.len())], bits)
    }

    macro_rules! keys {
        ($($name:ident: $ty:ty,)*) => {$(
            /// The key of a code of this type: its two's complement bits, sign-extended.
            #[inline]
            #[must_use]
            #[allow(
                clippy::cast_sign_loss,
                clippy::cast_lossless,
                reason = "the key is the code's bits, sign-extended, as the macro computes it"
            )]
            pub const fn $name(code: $ty) -> u64 {
                code as u64
            }
        )*};
    }

    keys! {
        key_i8: i8,
        key_i16: i16,
        key_i32: i32,
        key_i64: i64,
        key_u8: u8,
        key_u16: u16,
        key_u32: u32,
        key_u64: u64,
    }

    #[cfg(test)]
    mod tests {
        use super::{hash_bytes, hash_u64, key_i8, key_i32, key_u64, slot};
        use oauth_errors_table::perfect;
        use proptest::prelude::*;

        #[test]
        fn the_hashes_are_the_independent_implementations() {
            for (key, seed, hash) in perfect::HASH_U64_VECTORS {
                assert_eq!(hash_u64(key, seed), hash, "{key} {seed}");
            }
            for (bytes, seed, hash) in perfect::HASH_BYTES_VECTORS {
                assert_eq!(hash_bytes(bytes, seed), hash, "{bytes:?} {seed}");
            }
        }

        proptest! {
            /// The twins agree: what the expansion computed is what the lookup computes.
            #[test]
            fn the_twins_agree(
                key in any::<u64>(),
                seed in any::<u64>(),
                bytes in prop::collection::vec(any::<u8>(), 0..70),
                pilots in prop::collection::vec(any::<u64>(), 1..40),
                bits in 1u32..20,
            ) {
                prop_assert_eq!(hash_u64(key, seed), perfect::hash_u64(key, seed));
                prop_assert_eq!(hash_bytes(&bytes, seed), perfect::hash_bytes(&bytes, seed));
                let hash = hash_u64(key, seed);
                prop_assert_eq!(slot(hash, &pilots, bits), perfect::slot(hash, &pilots, bits));
            }
        }

        #[test]
        fn keys_are_sign_extended() {
            assert_eq!(key_i8(-1), u64::MAX);
            assert_eq!(key_i32(-2), u64::MAX - 1);
            assert_eq!(key_u64(u64::MAX), u64::MAX);
            assert_eq!(key_i32(21325), 21325);
        }
    }
}
