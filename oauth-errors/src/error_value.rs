//! [`ErrorValue<E>`]: a code or error id of any table, as it was sent, known or not.

use crate::{Kind, ProviderError};
use alloc::string::String;
use core::fmt;

/// A code or error id of table `E`, as it was sent: the variant when the table lists it, else
/// the value itself, so that a code a provider added last month is kept rather than lost. As a
/// field of your own `Deserialize` struct (with the `serde` feature), it does not fail the whole
/// struct on a value the table does not list.
///
/// An `ErrorValue` is made only by looking the value up in the table (deserializing, or
/// [`from_code`](Self::from_code), [`from_error`](Self::from_error), `From<E>`), so a value the
/// table lists is always [`known`](Self::known); it serializes back to the value as it came (a
/// number, or a string, even a string of digits). Where you want a value outside the table to
/// be an error, deserialize the enum itself.
///
/// ```
/// # #[cfg(all(feature = "serde", feature = "wechat"))]
/// # fn main() -> Result<(), serde_json::Error> {
/// use oauth_errors::{ErrorValue, Kind, WechatError};
///
/// #[derive(serde::Deserialize)]
/// struct Answer {
///     errcode: ErrorValue<WechatError>,
///     errmsg: String,
/// }
///
/// let answer: Answer = serde_json::from_str(r#"{"errcode":40029,"errmsg":"invalid code"}"#)?;
/// assert_eq!(answer.errcode.known(), Some(WechatError::InvalidOauthCode));
/// assert_eq!(answer.errcode.kind(), Kind::Reauthorize);
///
/// // A code the table does not list: kept, not an error.
/// let answer: Answer = serde_json::from_str(r#"{"errcode":87009,"errmsg":"invalid signature"}"#)?;
/// assert_eq!(answer.errcode.known(), None);
/// assert_eq!(answer.errcode.code(), Some(87009));
/// assert_eq!(answer.errcode.to_string(), "unknown WechatError code 87009");
/// assert_eq!(serde_json::to_string(&answer.errcode)?, "87009");
/// # Ok(())
/// # }
/// # #[cfg(not(all(feature = "serde", feature = "wechat")))]
/// # fn main() {}
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ErrorValue<E> {
    known: Option<E>,
    raw: Raw,
}

/// A value as it was sent.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Raw {
    Integer(i128),
    Text(String),
}

impl<E: ProviderError> ErrorValue<E> {
    /// The code `code`: its variant when the table lists it.
    #[must_use]
    pub fn from_code(code: i128) -> ErrorValue<E> {
        ErrorValue {
            known: E::from_code(code),
            raw: Raw::Integer(code),
        }
    }

    /// The error id `error`, or a code sent as a string (`"20502"`): its variant when the table
    /// lists it, by id, else (for a string of an integer) by code.
    #[must_use]
    pub fn from_error(error: &str) -> ErrorValue<E> {
        let by_code = || {
            let code = error.trim().parse::<i128>().ok()?;
            E::from_code(code)
        };
        ErrorValue {
            known: E::from_error(error).or_else(by_code),
            raw: Raw::Text(String::from(error)),
        }
    }

    /// The variant, when the table lists the value.
    #[must_use]
    pub fn known(&self) -> Option<E> {
        self.known
    }

    /// What an app should do: the variant's kind, or [`Kind::Unknown`].
    #[must_use]
    pub fn kind(&self) -> Kind {
        self.known.map_or(Kind::Unknown, E::kind)
    }

    /// The code: the variant's, or the value as sent when it is an integer (or a string of
    /// one).
    #[must_use]
    pub fn code(&self) -> Option<i128> {
        if let Some(code) = self.known.and_then(E::code) {
            return Some(code);
        }
        match &self.raw {
            Raw::Integer(code) => Some(*code),
            Raw::Text(text) => text.trim().parse().ok(),
        }
    }

    /// The error id: the variant's, or the value as sent when it is a string.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        if let Some(error) = self.known.and_then(E::error) {
            return Some(error);
        }
        match &self.raw {
            Raw::Integer(_) => None,
            Raw::Text(text) => Some(text),
        }
    }
}

impl<E: ProviderError> From<E> for ErrorValue<E> {
    /// The variant, with its code as the value (its error id when the table has no codes).
    fn from(known: E) -> ErrorValue<E> {
        let raw = match (known.code(), known.error()) {
            (Some(code), _) => Raw::Integer(code),
            (None, Some(error)) => Raw::Text(String::from(error)),
            (None, None) => Raw::Text(String::new()),
        };
        ErrorValue {
            known: Some(known),
            raw,
        }
    }
}

impl<E: ProviderError> fmt::Display for ErrorValue<E> {
    /// The variant's `Display`, else `unknown WeiboError code 21301` or `unknown WeiboError
    /// error id "…"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.known, &self.raw) {
            (Some(known), _) => fmt::Display::fmt(known, f),
            (None, Raw::Integer(code)) => write!(f, "unknown {} code {code}", E::name()),
            (None, Raw::Text(text)) => write!(f, "unknown {} error id {text:?}", E::name()),
        }
    }
}

/// The value as it was sent: a number, or a string.
#[cfg(feature = "serde")]
impl<E> serde::Serialize for ErrorValue<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.raw {
            Raw::Integer(code) => match i64::try_from(*code) {
                Ok(code) => serializer.serialize_i64(code),
                Err(_) => match u64::try_from(*code) {
                    Ok(code) => serializer.serialize_u64(code),
                    Err(_) => serializer.serialize_i128(*code),
                },
            },
            Raw::Text(text) => serializer.serialize_str(text),
        }
    }
}

/// From a number (looked up by code) or a string (by error id, else as a code).
#[cfg(feature = "serde")]
impl<'de, E: ProviderError> serde::Deserialize<'de> for ErrorValue<E> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Value<E>(core::marker::PhantomData<E>);

        impl<'de, E: ProviderError> serde::de::Visitor<'de> for Value<E> {
            type Value = ErrorValue<E>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a code or error id of {}", E::name())
            }

            fn visit_i64<Er: serde::de::Error>(self, code: i64) -> Result<ErrorValue<E>, Er> {
                Ok(ErrorValue::from_code(i128::from(code)))
            }

            fn visit_u64<Er: serde::de::Error>(self, code: u64) -> Result<ErrorValue<E>, Er> {
                Ok(ErrorValue::from_code(i128::from(code)))
            }

            fn visit_i128<Er: serde::de::Error>(self, code: i128) -> Result<ErrorValue<E>, Er> {
                Ok(ErrorValue::from_code(code))
            }

            fn visit_u128<Er: serde::de::Error>(self, code: u128) -> Result<ErrorValue<E>, Er> {
                i128::try_from(code)
                    .map(ErrorValue::from_code)
                    .map_err(|_| Er::invalid_value(serde::de::Unexpected::Other("a u128"), &self))
            }

            fn visit_str<Er: serde::de::Error>(self, error: &str) -> Result<ErrorValue<E>, Er> {
                Ok(ErrorValue::from_error(error))
            }

            /// `serde_json` with its `arbitrary_precision` feature hands a number over as a map
            /// of one entry: this key, and the number as written.
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ErrorValue<E>, A::Error> {
                use serde::de::{Error as _, Unexpected};
                match map.next_key::<String>()? {
                    Some(key) if key == "$serde_json::private::Number" => {
                        let number: String = map.next_value()?;
                        number
                            .parse::<i128>()
                            .map(ErrorValue::from_code)
                            .map_err(|_| A::Error::invalid_value(Unexpected::Str(&number), &self))
                    }
                    _ => Err(A::Error::invalid_type(Unexpected::Map, &self)),
                }
            }
        }

        deserializer.deserialize_any(Value(core::marker::PhantomData))
    }
}
