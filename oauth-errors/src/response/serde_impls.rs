//! `Serialize` and `Deserialize` of [`ProviderErrorResponse`]: the fields as they were sent,
//! read back as [`parse`](ProviderErrorResponse::parse) reads JSON.

use super::body::{Fields, Value, deserialize_fields};
use super::error_response::{CONTEXT, ProviderErrorResponse};
use crate::{Endpoint, Provider};
use serde::ser::{SerializeMap, Serializer};

/// The fields that were sent, under the provider's names and in the object they came in, each
/// value as it was written (a string as a string, any other value as its JSON text); and, in
/// `$oauth_errors`, what was learned besides the body (`endpoint`, `retry_after` in seconds,
/// `request_id` from a header).
/// [`ProviderErrorResponse::parse`] and `Deserialize` read it back to an equal response. Other
/// values than strings are written as JSON text: serialize to JSON (`serde_json`).
impl<P: Provider> serde::Serialize for ProviderErrorResponse<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (nested, fields, outer) = self.sent();
        let mut map = serializer.serialize_map(None)?;
        match nested {
            Some(name) => {
                map.serialize_entry(name, &Object(fields))?;
                write_fields(&mut map, outer)?;
            }
            None => write_fields(&mut map, fields)?,
        }
        let (endpoint, retry_after, request_id) = self.context();
        if endpoint.is_some() || retry_after.is_some() || request_id.is_some() {
            map.serialize_entry(CONTEXT, &Context(endpoint, retry_after, request_id))?;
        }
        map.end()
    }
}

/// The fields, as an object of their own.
struct Object<'a>(&'a Fields);

impl serde::Serialize for Object<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        write_fields(&mut map, self.0)?;
        map.end()
    }
}

/// Each field of `fields` as an entry of `map`.
fn write_fields<M: SerializeMap>(map: &mut M, fields: &Fields) -> Result<(), M::Error> {
    for (name, value) in fields.iter() {
        match value {
            Value::String(text) => map.serialize_entry(name, text)?,
            Value::Json(json) => map.serialize_entry(name, json.raw())?,
        }
    }
    Ok(())
}

/// What was learned besides the body.
struct Context<'a>(
    Option<Endpoint>,
    Option<core::time::Duration>,
    Option<&'a str>,
);

impl serde::Serialize for Context<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self.0 {
            Some(Endpoint::Token) => map.serialize_entry("endpoint", "token")?,
            Some(Endpoint::Api) => map.serialize_entry("endpoint", "api")?,
            None => {}
        }
        if let Some(after) = self.1 {
            map.serialize_entry("retry_after", &after.as_secs())?;
        }
        if let Some(id) = self.2 {
            map.serialize_entry("request_id", id)?;
        }
        map.end()
    }
}

/// From the provider's JSON, as [`ProviderErrorResponse::parse`] reads it (and with its limit,
/// [`MAX_BODY_LEN`](crate::MAX_BODY_LEN)): JSON only (`serde_json`).
impl<'de, P: Provider> serde::Deserialize<'de> for ProviderErrorResponse<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let fields = deserialize_fields(deserializer)?;
        ProviderErrorResponse::from_fields(&fields).map_err(D::Error::custom)
    }
}
