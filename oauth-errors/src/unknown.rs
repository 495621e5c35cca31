//! The errors of lookups that find nothing: an unknown code, an unknown error id.

use core::fmt;

/// A code that a table does not list: the error of `TryFrom<T>` on every enum with a code
/// column.
///
/// ```
/// use oauth_errors::{QqError, UnknownCode};
///
/// let unknown: UnknownCode<i32> = QqError::try_from(100_064).unwrap_err();
/// assert_eq!(unknown.code(), 100_064);
/// assert_eq!(unknown.table(), "QqError");
/// assert_eq!(unknown.to_string(), "unknown QqError code 100064");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode<T> {
    table: &'static str,
    code: T,
}

impl<T: Copy> UnknownCode<T> {
    /// The error for `code`, which the table (the enum) named `table` does not list.
    #[must_use]
    pub const fn new(table: &'static str, code: T) -> Self {
        UnknownCode { table, code }
    }

    /// The code that was looked up.
    #[must_use]
    pub const fn code(&self) -> T {
        self.code
    }

    /// The name of the enum that does not list the code.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl<T: fmt::Display> fmt::Display for UnknownCode<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} code {}", self.table, self.code)
    }
}

impl<T: fmt::Debug + fmt::Display> core::error::Error for UnknownCode<T> {}

/// An error id that a table does not list: the error of `FromStr` on every enum with an error
/// column.
///
/// It keeps the id it was given without allocating: up to [`UnknownErrorId::CAPACITY`] bytes
/// of it, cut at a character boundary (providers' ids are far shorter; a longer one is free text,
/// and [`is_truncated`](UnknownErrorId::is_truncated) tells).
///
/// ```
/// use oauth_errors::{UnknownErrorId, WeiboError};
///
/// let unknown: UnknownErrorId = "invalid_scope".parse::<WeiboError>().unwrap_err();
/// assert_eq!(unknown.as_str(), "invalid_scope");
/// assert_eq!(unknown.to_string(), r#"unknown WeiboError error id "invalid_scope""#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownErrorId {
    table: &'static str,
    bytes: [u8; UnknownErrorId::CAPACITY],
    len: u8,
    truncated: bool,
}

impl UnknownErrorId {
    /// How many bytes of the id are kept.
    pub const CAPACITY: usize = 64;

    /// The error for `id`, which the table (the enum) named `table` does not list.
    #[must_use]
    pub fn new(table: &'static str, id: &str) -> Self {
        let mut len = id.len().min(Self::CAPACITY);
        while !id.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&id.as_bytes()[..len]);
        UnknownErrorId {
            table,
            bytes,
            len: u8::try_from(len).unwrap_or(u8::MAX),
            truncated: len < id.len(),
        }
    }

    /// The id that was looked up (its first [`CAPACITY`](Self::CAPACITY) bytes at most).
    #[must_use]
    pub fn as_str(&self) -> &str {
        // The bytes are a prefix of a `str`, cut at a character boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Whether the id was longer than [`CAPACITY`](Self::CAPACITY) bytes and
    /// [`as_str`](Self::as_str) holds only its start.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The name of the enum that does not list the id.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

#[allow(
    clippy::missing_fields_in_debug,
    reason = "`bytes` and `len` are shown as the `id` they hold"
)]
impl fmt::Debug for UnknownErrorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownErrorId")
            .field("table", &self.table)
            .field("id", &self.as_str())
            .field("truncated", &self.truncated)
            .finish()
    }
}

impl fmt::Display for UnknownErrorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} error id {:?}", self.table, self.as_str())?;
        if self.truncated {
            f.write_str(" (truncated)")?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownErrorId {}

#[cfg(test)]
mod tests {
    use super::{UnknownCode, UnknownErrorId};
    extern crate std;
    use std::string::ToString;

    #[test]
    fn long_ids_are_cut_at_a_character_boundary() {
        // 22 three-byte characters: 66 bytes, cut to 63 (21 characters).
        let id = "错".repeat(22);
        let unknown = UnknownErrorId::new("T", &id);
        assert_eq!(unknown.as_str(), "错".repeat(21));
        assert!(unknown.is_truncated());
        assert!(unknown.to_string().ends_with("\" (truncated)"));

        let exact = "x".repeat(UnknownErrorId::CAPACITY);
        let unknown = UnknownErrorId::new("T", &exact);
        assert_eq!(unknown.as_str(), exact);
        assert!(!unknown.is_truncated());
    }

    #[test]
    fn display_escapes_the_id() {
        let unknown = UnknownErrorId::new("WeiboError", "a\"b\n");
        assert_eq!(
            unknown.to_string(),
            r#"unknown WeiboError error id "a\"b\n""#
        );
        assert_eq!(
            UnknownCode::new("QqError", -5).to_string(),
            "unknown QqError code -5"
        );
    }
}
