//! [`ParseError`]: why a body is not an error response; [`MAX_BODY_LEN`], the most any body
//! reader reads.

use alloc::string::String;
use core::fmt;

/// The longest body the parsers read: 64 KiB. Error responses are a few hundred bytes; a longer
/// body is refused with [`ParseError::TooLarge`] without being parsed, on every path that reads
/// one (`parse`, `Deserialize`, the `oauth2` adapter).
pub const MAX_BODY_LEN: usize = 64 * 1024;

/// Why a body is not an error response of the provider. It describes what the body holds by
/// its shape (its keys, the kind of value in a field, its length) and never quotes a value: a
/// body may carry a token.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The body is longer than [`MAX_BODY_LEN`] (or its url-encoded values would be, written as
    /// JSON); it was not parsed.
    TooLarge {
        /// The body's length in bytes.
        len: usize,
    },
    /// The body is empty, or only white space.
    Empty,
    /// The body is a success response, not an error.
    Success {
        /// The field that makes it one: `access_token`, or a code field that holds the success
        /// code (`errcode`).
        field: &'static str,
    },
    /// The body has the provider's format but no usable error fields.
    NotAnError {
        /// What it holds instead, such as "an object with the keys `id`, `name`".
        found: String,
    },
    /// The body is none of the formats the provider answers in.
    Malformed {
        /// What is wrong with it.
        detail: String,
    },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::TooLarge { len } => write!(
                f,
                "the body is too large to be an error response ({len} bytes; at most \
                 {MAX_BODY_LEN} are read)"
            ),
            ParseError::Empty => f.write_str("the body is empty"),
            ParseError::Success { field } => {
                write!(
                    f,
                    "the body is a success response (by its `{field}`), not an error"
                )
            }
            ParseError::NotAnError { found } => {
                write!(f, "the body has no error fields: it is {found}")
            }
            ParseError::Malformed { detail } => {
                write!(f, "the body is not an error response: {detail}")
            }
        }
    }
}

impl core::error::Error for ParseError {}
