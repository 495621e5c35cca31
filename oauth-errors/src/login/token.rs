//! [`TokenFields<P>`]: the fields a provider's token answer has besides RFC 6749's, and
//! [`Token<P>`], the `oauth2` token that carries them.

use super::redact::{REDACTED, is_secret_name};
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use core::fmt;
use core::marker::PhantomData;

/// The fields provider `P`'s token answer has besides RFC 6749's, as they were sent: Weibo's
/// `uid`, WeChat's `openid` and `unionid`, DingTalk's `corpId`. Numbers and booleans are kept
/// as written, objects and arrays as JSON text. The shipped providers' modules add named
/// accessors (`weibo::TokenFields::uid`); any field is [`field`](Self::field).
///
/// `Debug` shows the fields whose names say they are secrets (`id_token`, `session_key`,
/// `*_ticket`) as `[redacted]`.
pub struct TokenFields<P> {
    fields: BTreeMap<String, String>,
    provider: PhantomData<fn() -> P>,
}

/// The `oauth2` token of provider `P`: RFC 6749's fields, and the provider's in
/// [`TokenFields<P>`]. Each shipped provider's module names it `Token`.
pub type Token<P> =
    ::oauth2::StandardTokenResponse<TokenFields<P>, ::oauth2::basic::BasicTokenType>;

impl<P> TokenFields<P> {
    /// The field `name`, as it was sent.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }

    /// Every field, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }
}

impl<P> Clone for TokenFields<P> {
    fn clone(&self) -> Self {
        TokenFields {
            fields: self.fields.clone(),
            provider: PhantomData,
        }
    }
}

impl<P> Default for TokenFields<P> {
    fn default() -> Self {
        TokenFields {
            fields: BTreeMap::new(),
            provider: PhantomData,
        }
    }
}

impl<P> PartialEq for TokenFields<P> {
    fn eq(&self, other: &Self) -> bool {
        self.fields == other.fields
    }
}

impl<P> Eq for TokenFields<P> {}

impl<P> core::hash::Hash for TokenFields<P> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.fields.hash(state);
    }
}

/// The fields by name; those whose names say they are secrets as `[redacted]`.
impl<P> fmt::Debug for TokenFields<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.fields.iter().map(|(name, value)| {
                let shown = if is_secret_name(name) {
                    REDACTED
                } else {
                    value.as_str()
                };
                (name, shown)
            }))
            .finish()
    }
}

impl<P: 'static> ::oauth2::ExtraTokenFields for TokenFields<P> {}

/// As a map of strings.
impl<P> serde::Serialize for TokenFields<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(&self.fields)
    }
}

/// From a map (the fields `oauth2`'s token type leaves over).
impl<'de, P> serde::Deserialize<'de> for TokenFields<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map =
            <BTreeMap<String, serde_json::Value> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(TokenFields {
            fields: map
                .into_iter()
                .filter_map(|(name, value)| {
                    let text = match value {
                        serde_json::Value::Null => return None,
                        serde_json::Value::String(text) => text,
                        other => other.to_string(),
                    };
                    Some((name, text))
                })
                .collect(),
            provider: PhantomData,
        })
    }
}
