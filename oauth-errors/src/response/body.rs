//! Reading a body off the wire: JSON, JSONP (`callback( {...} );`) or url-encoded pairs
//! (`error=100019&error_description=...`), as fields whose values are kept as they were written.
//!
//! JSON goes through `serde_json` (whose nesting limit keeps deep input from exhausting the
//! stack), each value kept as its raw text ([`RawValue`]), so that a number is what the
//! provider wrote (`1e3`, `-0`) and a nested object can be read, or its exact text verified
//! against a signature. Url-decoding goes through `form_urlencoded`. A body longer than
//! [`MAX_BODY_LEN`] is refused before either looks at it, and so is a url-encoded body whose
//! values would not fit in [`MAX_BODY_LEN`] once written as JSON, so that every body read can
//! be written back and read again.

use super::parse_error::{MAX_BODY_LEN, ParseError};
use alloc::borrow::ToOwned;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use serde_json::value::RawValue;

/// A field's value, as it was sent.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Value {
    /// A string (a JSON string unescaped, or a url-encoded value decoded).
    String(String),
    /// Any other JSON value, as its text.
    Json(Json),
}

/// A JSON value that is not a string, as its text.
#[derive(Clone, Debug)]
pub(crate) struct Json(Box<RawValue>);

impl PartialEq for Json {
    fn eq(&self, other: &Json) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Json {}

impl core::hash::Hash for Json {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.0.get().hash(state);
    }
}

impl Json {
    /// The value's text, as it was written.
    pub(crate) fn get(&self) -> &str {
        self.0.get()
    }

    /// The value, for `serde`.
    #[cfg(feature = "serde")]
    pub(crate) fn raw(&self) -> &RawValue {
        &self.0
    }
}

/// What a JSON value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Shape {
    /// What it is, for messages: `a string`, `an object`.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Shape::Null => "null",
            Shape::Bool => "a boolean",
            Shape::Number => "a number",
            Shape::String => "a string",
            Shape::Array => "an array",
            Shape::Object => "an object",
        }
    }
}

impl Value {
    /// A JSON value: a string unescaped, any other as its text.
    fn from_json(raw: Box<RawValue>) -> Value {
        if raw.get().starts_with('"')
            && let Ok(text) = serde_json::from_str::<String>(raw.get())
        {
            return Value::String(text);
        }
        Value::Json(Json(raw))
    }

    /// The value's shape.
    pub(crate) fn shape(&self) -> Shape {
        match self {
            Value::String(_) => Shape::String,
            Value::Json(json) => match json.get().as_bytes().first() {
                Some(b'n') => Shape::Null,
                Some(b't' | b'f') => Shape::Bool,
                Some(b'"') => Shape::String,
                Some(b'[') => Shape::Array,
                Some(b'{') => Shape::Object,
                _ => Shape::Number,
            },
        }
    }

    /// The string the value holds; `None` for any other value.
    pub(crate) fn string(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            Value::Json(_) => None,
        }
    }

    /// The number the value holds, as it was written (`100020`, `1e3`, `-0`).
    pub(crate) fn number(&self) -> Option<&str> {
        match self {
            Value::Json(json) if self.shape() == Shape::Number => Some(json.get()),
            _ => None,
        }
    }

    /// The value as an integer: a JSON integer (`-0` is 0), or a string of one, white space
    /// around it ignored (`"20502"`, `" 100020"`); not a fraction or an exponent.
    pub(crate) fn integer(&self) -> Option<i128> {
        match self.number() {
            Some(number) => number.parse().ok(),
            None => self.string()?.trim().parse().ok(),
        }
    }

    /// The value as text: a string as it is, a number or a boolean as written.
    pub(crate) fn text(&self) -> Option<String> {
        match (self, self.shape()) {
            (Value::String(text), _) => Some(text.clone()),
            (Value::Json(json), Shape::Number | Shape::Bool) => Some(json.get().to_owned()),
            _ => None,
        }
    }

    /// The object the value holds, as its JSON text.
    fn object(&self) -> Option<&str> {
        match self {
            Value::Json(json) if self.shape() == Shape::Object => Some(json.get()),
            _ => None,
        }
    }

    /// The value as JSON text: as it was written, a string escaped.
    #[cfg(test)]
    pub(crate) fn to_json(&self) -> String {
        match self {
            Value::Json(json) => json.get().to_owned(),
            Value::String(text) => serde_json::to_string(text).unwrap_or_default(),
        }
    }
}

/// A body's fields, in the order they came (a name sent twice keeps its last value, as JSON
/// readers do).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Fields(Vec<(String, Value)>);

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
        return Fields::from_json(json);
    }
    if form && body.contains('=') && !body.contains(char::is_whitespace) {
        return Fields::from_form(body);
    }
    let formats = match (jsonp, form) {
        (true, true) => "JSON, JSONP or url-encoded",
        (true, false) => "JSON or JSONP",
        (false, true) => "JSON or url-encoded",
        (false, false) => "JSON",
    };
    Err(ParseError::Malformed {
        detail: alloc::format!("not {formats}: {}", describe_text(body)),
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

/// A JSON object's members, each value as its raw text.
struct Members(Vec<(String, Box<RawValue>)>);

impl<'de> serde::Deserialize<'de> for Members {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Members;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members, A::Error> {
                let mut members: Vec<(String, Box<RawValue>)> = Vec::new();
                while let Some((name, value)) = map.next_entry::<String, Box<RawValue>>()? {
                    match members.iter_mut().find(|(seen, _)| *seen == name) {
                        Some(member) => member.1 = value,
                        None => members.push((name, value)),
                    }
                }
                Ok(Members(members))
            }
        }

        deserializer.deserialize_map(Visitor)
    }
}

impl Fields {
    /// The members of the JSON object `json`.
    pub(crate) fn from_json(json: &str) -> Result<Fields, ParseError> {
        if !json.starts_with('{') {
            return match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                Ok(_) => Err(ParseError::NotAnError {
                    found: Value::from_json(
                        RawValue::from_string(json.to_owned())
                            .map_err(|error| malformed(&error))?,
                    )
                    .shape()
                    .describe()
                    .to_owned(),
                }),
                Err(error) => Err(malformed(&error)),
            };
        }
        match serde_json::from_str::<Members>(json) {
            Ok(Members(members)) => Ok(Fields(
                members
                    .into_iter()
                    .map(|(name, value)| (name, Value::from_json(value)))
                    .collect(),
            )),
            Err(error) => Err(malformed(&error)),
        }
    }

    /// The pairs of the url-encoded `body`.
    fn from_form(body: &str) -> Result<Fields, ParseError> {
        let mut fields = Fields::default();
        // Each value as a JSON string, with its name, quotes, colon and comma.
        let mut json_len = 2;
        for (name, value) in form_urlencoded::parse(body.as_bytes()) {
            json_len += json_string_len(&name) + json_string_len(&value) + 2;
            if json_len > MAX_BODY_LEN {
                return Err(ParseError::TooLarge { len: json_len });
            }
            fields.insert(name.into_owned(), Value::String(value.into_owned()));
        }
        Ok(fields)
    }

    /// Sets the field `name`, in place when it is there.
    pub(crate) fn insert(&mut self, name: String, value: Value) {
        match self.0.iter_mut().find(|(seen, _)| *seen == name) {
            Some(field) => field.1 = value,
            None => self.0.push((name, value)),
        }
    }

    /// The fields in the order of their names.
    pub(crate) fn sorted(mut self) -> Fields {
        self.0.sort_by(|(a, _), (b, _)| a.cmp(b));
        self
    }

    /// Removes the field `name` and gives its value.
    #[cfg(feature = "oauth2")]
    pub(crate) fn remove(&mut self, name: &str) -> Option<Value> {
        let at = self.0.iter().position(|(seen, _)| seen == name)?;
        Some(self.0.remove(at).1)
    }

    /// The field `name`, other than `null`.
    pub(crate) fn get(&self, name: &str) -> Option<&Value> {
        self.0
            .iter()
            .find(|(seen, _)| seen == name)
            .map(|(_, value)| value)
            .filter(|value| value.shape() != Shape::Null)
    }

    /// Every field, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(name, value)| (name.as_str(), value))
    }

    /// The number of fields.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The fields of the first object of `names` the body has, and its name: a name is a
    /// field's name, or `*` and the end of one (`*_response`).
    pub(crate) fn nested(&self, names: &[&str]) -> Option<(String, Fields)> {
        names.iter().find_map(|&pattern| {
            let found = match pattern.strip_prefix('*') {
                Some(suffix) => self
                    .0
                    .iter()
                    .find(|(name, value)| name.ends_with(suffix) && value.object().is_some())
                    .map(|(name, _)| name.as_str()),
                None => Some(pattern),
            }?;
            Some((found.to_owned(), self.object(found)?))
        })
    }

    /// The field `name` when it is an object: the fields nested in it.
    pub(crate) fn object(&self, name: &str) -> Option<Fields> {
        Fields::from_json(self.get(name)?.object()?).ok()
    }

    /// Whether the field `name` is a string that is not blank.
    pub(crate) fn has_text(&self, name: &str) -> bool {
        self.get(name)
            .and_then(Value::string)
            .is_some_and(|text| !text.trim().is_empty())
    }

    /// The field `name` as an error id: a string that is not blank, or an integer as written
    /// (QQ sends its codes in `error` as numbers); anything else in it is no error id.
    pub(crate) fn id(&self, name: &str) -> Option<String> {
        let value = self.get(name)?;
        match value.shape() {
            Shape::String => value
                .string()
                .filter(|text| !text.trim().is_empty())
                .map(ToOwned::to_owned),
            Shape::Number => value.integer().and(value.number()).map(ToOwned::to_owned),
            _ => None,
        }
    }

    /// The field `name` as text: a string as it is, a number or boolean as written.
    pub(crate) fn text(&self, name: &str) -> Option<String> {
        self.get(name)?.text()
    }

    /// The field `name` as an integer: a JSON integer, or a string of one (`"20502"`); not a
    /// fraction or an exponent (`1e400`).
    pub(crate) fn integer(&self, name: &str) -> Option<i128> {
        self.get(name)?.integer()
    }

    /// What the body holds, for an error that says it is no error response: the first of the
    /// error fields `names` that it has but that cannot be used, else its keys. Values are
    /// described, never quoted: a body may hold secrets.
    pub(crate) fn describe_error_fields(&self, names: &[&str]) -> String {
        let unusable = names.iter().find_map(|&name| {
            let value = self.get(name)?;
            let what = match (value.shape(), value.string()) {
                (Shape::String, Some(text)) if text.trim().is_empty() => {
                    "a blank string".to_owned()
                }
                (Shape::String, Some(text)) => {
                    alloc::format!(
                        "a string of {} characters that is no code",
                        text.chars().count()
                    )
                }
                (Shape::Number, _) => "a number that is not an integer".to_owned(),
                (shape, _) => shape.describe().to_owned(),
            };
            Some(alloc::format!(
                "an object whose `{}` is {what}",
                escaped(name)
            ))
        });
        unusable.unwrap_or_else(|| self.describe())
    }

    /// What the body holds, by its keys, for an error that says it is no error response.
    pub(crate) fn describe(&self) -> String {
        let keys: Vec<String> = self
            .0
            .iter()
            .take(8)
            .map(|(name, _)| alloc::format!("`{}`", escaped(name)))
            .collect();
        match keys.len() {
            0 => "an empty object".to_owned(),
            _ if self.0.len() > keys.len() => {
                alloc::format!("an object with the keys {}, …", keys.join(", "))
            }
            _ => alloc::format!("an object with the keys {}", keys.join(", ")),
        }
    }

    /// The fields as a JSON object, each value as it was written.
    #[cfg(test)]
    pub(crate) fn to_json(&self) -> String {
        let mut json = String::from("{");
        for (at, (name, value)) in self.0.iter().enumerate() {
            if at > 0 {
                json.push(',');
            }
            json.push_str(&serde_json::to_string(name).unwrap_or_default());
            json.push(':');
            json.push_str(&value.to_json());
        }
        json.push('}');
        json
    }
}

/// The length of `text` written as a JSON string, quotes included.
fn json_string_len(text: &str) -> usize {
    2 + text
        .chars()
        .map(|c| match c {
            '"' | '\\' | '\n' | '\r' | '\t' | '\u{8}' | '\u{c}' => 2,
            c if u32::from(c) < 0x20 => 6,
            c => c.len_utf8(),
        })
        .sum::<usize>()
}

/// A name as messages quote it: control characters escaped, at most 40 characters.
fn escaped(name: &str) -> String {
    let mut out = String::new();
    for (at, c) in name.chars().enumerate() {
        if at == 40 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// What is wrong with JSON that does not parse: `serde_json`'s message, which names a line and
/// a column, never the text.
fn malformed(error: &serde_json::Error) -> ParseError {
    let what = match error.classify() {
        serde_json::error::Category::Eof => "the JSON ends early",
        serde_json::error::Category::Syntax => "the JSON has a syntax error",
        serde_json::error::Category::Data => "the JSON holds a value that cannot be read",
        serde_json::error::Category::Io => "the JSON could not be read",
    };
    ParseError::Malformed {
        detail: alloc::format!(
            "{what} (at line {}, column {})",
            error.line(),
            error.column()
        ),
    }
}

/// What a body that is none of the formats looks like, without quoting it (it may hold
/// secrets): its length and the kind of character it starts with.
fn describe_text(body: &str) -> String {
    let first = body.chars().next().unwrap_or(' ');
    let starts = if first.is_ascii_punctuation() {
        alloc::format!("`{first}`")
    } else if first.is_alphanumeric() {
        "a letter or digit".to_owned()
    } else {
        "another character".to_owned()
    };
    alloc::format!("{} bytes, starting with {starts}", body.len())
}

/// Reads a body `serde` hands over: the JSON text of one value, as [`fields`] reads JSON.
#[cfg(feature = "serde")]
pub(crate) fn deserialize_fields<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Fields, D::Error> {
    use serde::de::Error as _;
    let raw = <Box<RawValue> as serde::Deserialize>::deserialize(deserializer)?;
    let json = raw.get();
    if json.len() > MAX_BODY_LEN {
        return Err(D::Error::custom(ParseError::TooLarge { len: json.len() }));
    }
    Fields::from_json(json).map_err(D::Error::custom)
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
        assert_eq!(json.id("error").as_deref(), Some("100020"));
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
        assert!(form.get("missing").is_none());
        let nulls = fields("{\"error\":null,\"access_token\":\"x\"}", true, true).unwrap();
        assert!(nulls.get("error").is_none());
        assert!(nulls.has_text("access_token"));
    }

    #[test]
    fn values_as_written() {
        let json = fields(
            r#"{"a":1e3,"b":-0,"c":"-0","d":" +7 ","e":1.0,"f":18446744073709551615,"g":true}"#,
            false,
            false,
        )
        .unwrap();
        assert_eq!(json.text("a").as_deref(), Some("1e3"));
        assert_eq!(json.integer("a"), None);
        assert_eq!(json.integer("b"), Some(0));
        assert_eq!(json.integer("c"), Some(0));
        assert_eq!(json.integer("d"), Some(7));
        assert_eq!(json.integer("e"), None);
        assert_eq!(json.integer("f"), Some(i128::from(u64::MAX)));
        assert_eq!(json.text("g").as_deref(), Some("true"));
        assert_eq!(json.id("a"), None);
        assert_eq!(json.id("b").as_deref(), Some("-0"));
        // A name sent twice keeps its last value.
        let twice = fields(r#"{"a":1,"a":2}"#, false, false).unwrap();
        assert_eq!((twice.len(), twice.integer("a")), (1, Some(2)));
        assert_eq!(twice.to_json(), r#"{"a":2}"#);
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
            Err(ParseError::Malformed { detail }) if detail == "the JSON ends early (at line 1, column 5)"
        ));
        assert_eq!(
            fields("<html>bad gateway</html>", true, true).err(),
            Some(ParseError::Malformed {
                detail: "not JSON, JSONP or url-encoded: 24 bytes, starting with `<`".into()
            })
        );
        // Formats a provider does not answer in are not read; nothing of the body is quoted.
        assert_eq!(
            fields("callback( {\"error\":1} );", false, true).err(),
            Some(ParseError::Malformed {
                detail: "not JSON or url-encoded: 24 bytes, starting with a letter or digit".into()
            })
        );
        assert!(matches!(
            fields("access_token=AT-SECRET", true, false),
            Err(ParseError::Malformed { detail }) if !detail.contains("SECRET")
        ));
        let huge = String::from(" ").repeat(MAX_BODY_LEN + 1);
        assert_eq!(
            fields(&huge, true, true).err(),
            Some(ParseError::TooLarge {
                len: MAX_BODY_LEN + 1
            })
        );
        // Deep nesting is an error of serde_json's, not a stack overflow; a deep value inside
        // a field is kept as its text, unread.
        let deep = alloc::format!("{}{}", "[".repeat(30_000), "]".repeat(30_000));
        assert!(matches!(
            fields(&deep, true, true),
            Err(ParseError::NotAnError { found }) if found == "an array"
        ));
        let deep = alloc::format!("{}{}", "[".repeat(30_000), "}".repeat(30_000));
        assert!(matches!(
            fields(&deep, true, true),
            Err(ParseError::Malformed { .. })
        ));
        let deep = alloc::format!("{{\"a\":{}{}}}", "[".repeat(30_000), "]".repeat(30_000));
        let read = fields(&deep, true, true).unwrap();
        assert_eq!(read.integer("a"), None);
        assert!(read.object("a").is_none());
    }

    #[test]
    fn url_encoded_bodies_that_would_not_fit_as_json() {
        // 20 000 control characters: 60 000 bytes url-encoded, 120 000 as JSON.
        let body = alloc::format!("error=1&m={}", "%01".repeat(20_000));
        assert!(body.len() <= MAX_BODY_LEN);
        assert!(matches!(
            fields(&body, true, true),
            Err(ParseError::TooLarge { len }) if len > MAX_BODY_LEN
        ));
        let body = alloc::format!("error=1&m={}", "%01".repeat(10_000));
        let read = fields(&body, true, true).unwrap();
        assert!(read.to_json().len() <= MAX_BODY_LEN);
    }
}
