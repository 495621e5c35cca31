//! Reading error responses off the wire: the body formats and fields every provider's
//! [`ErrorResponse`](crate::ErrorResponse) reads with, [`ParseError`] and the body size limit.
//!
//! Bodies come as JSON, as JSONP (`callback( {...} );`) or as url-encoded pairs
//! (`error=100019&error_description=...`). JSON goes through `serde_json` (whose nesting limit
//! keeps deep input from exhausting the stack), url-decoding through `form_urlencoded`; bodies
//! longer than [`MAX_BODY_LEN`] are refused before either looks at them.

use alloc::borrow::ToOwned;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use serde_json::{Map, Value};

/// The longest body the parsers read: 64 KiB. Error responses are a few hundred bytes; a longer
/// body is refused with [`ParseError::TooLarge`] without being parsed.
pub const MAX_BODY_LEN: usize = 64 * 1024;

/// Why a body is not an error response of the provider.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The body is longer than [`MAX_BODY_LEN`]; it was not parsed.
    TooLarge {
        /// The body's length in bytes.
        len: usize,
    },
    /// The body is empty, or only white space.
    Empty,
    /// The body is a success response, not an error.
    Success {
        /// What it holds, such as "an access token".
        found: &'static str,
    },
    /// The body has the provider's format but no error fields.
    NotAnError {
        /// What it holds instead, such as "a JSON object with the keys `id`, `name`".
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
            ParseError::Success { found } => {
                write!(f, "the body is a success response ({found}), not an error")
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

/// A body's fields, from whichever format it came in.
pub(crate) struct Fields(Map<String, Value>);

/// Reads `body` as a JSON object, or where allowed a JSONP call of one or url-encoded pairs.
pub(crate) fn fields(body: &str, jsonp: bool, form: bool) -> Result<Fields, ParseError> {
    if body.len() > MAX_BODY_LEN {
        return Err(ParseError::TooLarge { len: body.len() });
    }
    // White space and a byte order mark around the body are not part of it.
    let body = body.trim().trim_start_matches('\u{FEFF}').trim_start();
    if body.is_empty() {
        return Err(ParseError::Empty);
    }
    let json = jsonp_argument(body).filter(|_| jsonp).unwrap_or(body);
    let looks_like_json = json.starts_with(['{', '[', '"', '-'])
        || json.starts_with(|c: char| c.is_ascii_digit())
        || matches!(json, "null" | "true" | "false");
    if looks_like_json {
        return match serde_json::from_str::<Value>(json) {
            Ok(Value::Object(object)) => Ok(Fields(object)),
            Ok(other) => Err(ParseError::NotAnError {
                found: describe(&other),
            }),
            Err(error) => Err(ParseError::Malformed {
                detail: alloc::format!("invalid JSON ({error})"),
            }),
        };
    }
    if form && body.contains('=') && !body.contains(char::is_whitespace) {
        let pairs = form_urlencoded::parse(body.as_bytes())
            .map(|(key, value)| (key.into_owned(), Value::String(value.into_owned())))
            .collect();
        return Ok(Fields(pairs));
    }
    let formats = match (jsonp, form) {
        (true, true) => "JSON, JSONP or url-encoded",
        (true, false) => "JSON or JSONP",
        (false, true) => "JSON or url-encoded",
        (false, false) => "JSON",
    };
    Err(ParseError::Malformed {
        detail: alloc::format!("not {formats}: {}", excerpt(body)),
    })
}

/// The argument of a JSONP call such as `callback( {...} );`.
fn jsonp_argument(body: &str) -> Option<&str> {
    let open = body.find('(')?;
    let name = body[..open].trim_end();
    let identifier = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.'));
    let rest = body[open + 1..].trim_end();
    let rest = rest.strip_suffix(';').unwrap_or(rest).trim_end();
    let inner = rest.strip_suffix(')')?;
    identifier.then(|| inner.trim())
}

impl Fields {
    /// The fields as a JSON object.
    #[cfg(feature = "oauth2")]
    pub(crate) fn into_object(self) -> Map<String, Value> {
        self.0
    }

    /// The field `key` when it is an object: the fields nested in it.
    pub(crate) fn object(&self, key: &str) -> Option<Fields> {
        match self.0.get(key)? {
            Value::Object(object) => Some(Fields(object.clone())),
            _ => None,
        }
    }

    /// Whether the body has the field `key`, other than `null`.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.0.get(key).is_some_and(|value| !value.is_null())
    }

    /// The field `key` as an error id: a string that is not blank, or an integer (QQ sends its
    /// codes in `error` as numbers); anything else in it is no error id.
    pub(crate) fn id(&self, key: &str) -> Option<String> {
        match self.0.get(key)? {
            Value::String(text) if !text.trim().is_empty() => Some(text.clone()),
            Value::Number(number) => number.as_i64().map(|integer| integer.to_string()),
            _ => None,
        }
    }

    /// Whether the field `key` is the number zero, however it is written (`0`, `-0`, `0.0`,
    /// `"0"`).
    pub(crate) fn is_zero(&self, key: &str) -> bool {
        match self.0.get(key) {
            Some(Value::Number(number)) => number.as_f64() == Some(0.0),
            Some(Value::String(text)) => text.trim().parse::<f64>() == Ok(0.0),
            _ => false,
        }
    }

    /// The field `key` as text: a string as it is, a number or boolean as written.
    pub(crate) fn text(&self, key: &str) -> Option<String> {
        match self.0.get(key)? {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            Value::Bool(flag) => Some(flag.to_string()),
            Value::Null | Value::Array(_) | Value::Object(_) => None,
        }
    }

    /// The field `key` as an integer: a JSON integer, or a string of one (`"20502"`); not a
    /// fraction or an exponent (`1e400`), whatever `serde_json`'s features are.
    pub(crate) fn integer(&self, key: &str) -> Option<i64> {
        match self.0.get(key)? {
            Value::Number(number) => number.as_i64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    }

    /// What the body holds, for an error that says it is no error response: the first of the
    /// error fields `keys` that it has but that cannot be used, else its keys.
    pub(crate) fn describe_error_fields(&self, keys: &[&str]) -> String {
        let unusable = keys.iter().find_map(|&key| {
            let value = self.0.get(key).filter(|value| !value.is_null())?;
            let what = match value {
                Value::String(text) if text.trim().is_empty() => "a blank string".to_owned(),
                Value::String(text) => alloc::format!("the string {}", excerpt(text)),
                Value::Number(number) => {
                    let (start, cut) = start_of(&number.to_string());
                    alloc::format!("the number {start}{cut}")
                }
                other => describe(other),
            };
            Some(alloc::format!("an object whose `{key}` is {what}"))
        });
        unusable.unwrap_or_else(|| self.describe())
    }

    /// What the body holds, for an error that says it is no error response.
    pub(crate) fn describe(&self) -> String {
        let keys: Vec<String> = self
            .0
            .keys()
            .take(8)
            .map(|key| alloc::format!("`{key}`"))
            .collect();
        match keys.len() {
            0 => "an empty object".to_owned(),
            _ if self.0.len() > keys.len() => {
                alloc::format!("an object with the keys {}, …", keys.join(", "))
            }
            _ => alloc::format!("an object with the keys {}", keys.join(", ")),
        }
    }
}

/// `Display` of an error response: `{provider} error {table}` (the error of one of the
/// provider's tables), else the code and the error as sent (the error left out when it only
/// writes the code out), then the description. An `error` that an OAuth table's error
/// (`by_id`) already shows is not repeated; one that an API error's text does not show (an
/// English message) follows in parentheses.
pub(crate) fn display(
    f: &mut fmt::Formatter<'_>,
    provider: &str,
    table: Option<&dyn fmt::Display>,
    by_id: bool,
    code: Option<i64>,
    error: Option<&str>,
    description: Option<&str>,
) -> fmt::Result {
    let error = error.filter(|error| code.is_none_or(|code| *error != alloc::format!("{code}")));
    match (table, code, error) {
        (Some(known), _, Some(message)) if !by_id => {
            write!(f, "{provider} error {known} ({message})")?;
        }
        (Some(known), _, _) => write!(f, "{provider} error {known}")?,
        (None, Some(code), Some(error)) => write!(f, "{provider} error {code}: {error}")?,
        (None, Some(code), None) => write!(f, "{provider} error {code}")?,
        (None, None, Some(error)) => write!(f, "{provider} error: {error}")?,
        (None, None, None) => write!(f, "{provider} error")?,
    }
    if let Some(description) = description {
        write!(f, " ({description})")?;
    }
    Ok(())
}

/// Deserializes a body's fields (any self-describing format; JSON in practice) and reads them
/// with `read`: the `Deserialize` impls of the response types.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_fields<'de, D, T>(
    deserializer: D,
    read: fn(&Fields) -> Result<T, ParseError>,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::de::Error as _;
    match <Value as serde::Deserialize>::deserialize(deserializer)? {
        Value::Object(object) => read(&Fields(object)).map_err(D::Error::custom),
        other => Err(D::Error::custom(ParseError::NotAnError {
            found: describe(&other),
        })),
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(_) => "a boolean".to_owned(),
        Value::Number(_) => "a number".to_owned(),
        Value::String(_) => "a string".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// The start of `text`, for messages: at most 40 characters, quoted.
fn excerpt(text: &str) -> String {
    let (start, cut) = start_of(text);
    alloc::format!("{start:?}{cut}")
}

/// The start of `text`, at most 40 characters, and `…` when that is not all of it.
fn start_of(text: &str) -> (String, &'static str) {
    let mut chars = text.chars();
    let start: String = chars.by_ref().take(40).collect();
    (start, if chars.next().is_some() { "…" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::{MAX_BODY_LEN, ParseError, fields, jsonp_argument};
    use alloc::string::String;

    #[test]
    fn jsonp_calls() {
        assert_eq!(jsonp_argument("callback( {\"a\":1} );"), Some("{\"a\":1}"));
        assert_eq!(jsonp_argument("callback({\"a\":1})\n"), Some("{\"a\":1}"));
        assert_eq!(jsonp_argument("jQuery.cb_1 ( [] ) ;"), Some("[]"));
        assert_eq!(jsonp_argument("(1)"), None);
        assert_eq!(jsonp_argument("a b({})"), None);
        assert_eq!(jsonp_argument("callback( {}"), None);
    }

    #[test]
    fn formats() {
        let json = fields("{\"error\":100020}", true, true).unwrap();
        assert_eq!(json.integer("error"), Some(100_020));
        let jsonp = fields("callback( {\"error\":\"100020\"} );\n", true, true).unwrap();
        assert_eq!(jsonp.integer("error"), Some(100_020));
        assert_eq!(jsonp.text("error").as_deref(), Some("100020"));
        let form = fields(
            "error=100019&error_description=a%20b+c%E7%A0%81",
            true,
            true,
        )
        .unwrap();
        assert_eq!(form.text("error_description").as_deref(), Some("a b c码"));
        assert!(!form.has("missing"));
        let nulls = fields("{\"error\":null,\"access_token\":\"x\"}", true, true).unwrap();
        assert!(!nulls.has("error"));
        assert!(nulls.has("access_token"));
    }

    #[test]
    fn what_is_not_an_object_of_fields() {
        assert_eq!(fields(" \n ", true, true).err(), Some(ParseError::Empty));
        assert!(matches!(
            fields("[1, 2]", true, true),
            Err(ParseError::NotAnError { found }) if found == "an array"
        ));
        assert!(matches!(
            fields("{\"a\":", true, true),
            Err(ParseError::Malformed { .. })
        ));
        assert!(matches!(
            fields("<html>bad gateway</html>", true, true),
            Err(ParseError::Malformed { .. })
        ));
        // Formats a provider does not answer in are not read.
        assert_eq!(
            fields("callback( {\"error\":1} );", false, true).err(),
            Some(ParseError::Malformed {
                detail: r#"not JSON or url-encoded: "callback( {\"error\":1} );""#.into()
            })
        );
        assert!(matches!(
            fields("error=1", true, false),
            Err(ParseError::Malformed { detail }) if detail.starts_with("not JSON or JSONP")
        ));
        let huge = String::from(" ").repeat(MAX_BODY_LEN + 1);
        assert_eq!(
            fields(&huge, true, true).err(),
            Some(ParseError::TooLarge {
                len: MAX_BODY_LEN + 1
            })
        );
        // Deep nesting is an error of serde_json's, not a stack overflow.
        let deep = alloc::format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(matches!(
            fields(&deep, true, true),
            Err(ParseError::Malformed { .. })
        ));
    }
}
