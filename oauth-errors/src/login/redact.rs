//! Keeping secrets out of what the adapter returns: the secrets a request carries (the app's
//! secret, the authorization code, tokens, a password), and text with them taken out.

use ::oauth2::HttpRequest;
use ::oauth2::http::header::CONTENT_TYPE;
use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

/// What stands in a text for a secret taken out of it.
pub(crate) const REDACTED: &str = "[redacted]";

/// Whether a parameter, field or header named `name` holds a secret: a secret or password, a
/// token, a code (`code`, `auth_code`, `js_code`), a key (`session_key`), a ticket, a
/// verifier, an assertion or a signature. Names are compared in any case, without `_` and `-`.
#[must_use]
pub(crate) fn is_secret_name(name: &str) -> bool {
    let name: String = name
        .chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect();
    [
        "secret",
        "password",
        "passwd",
        "token",
        "ticket",
        "verifier",
        "assertion",
        "sign",
    ]
    .iter()
    .any(|word| name.contains(word))
        || name.ends_with("code") && name != "errcode" && name != "subcode"
        || name.ends_with("key")
        || name == "authorization"
}

/// The secrets of one request, to take out of anything that may show it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Secrets(Vec<String>);

impl Secrets {
    /// The secrets `request` carries: the values of its query, form and JSON parameters whose
    /// names say they are secrets, and of such headers (`Authorization`).
    pub(crate) fn of(request: &HttpRequest) -> Secrets {
        let mut secrets = Secrets::default();
        secrets.add_request(request);
        secrets
    }

    /// Adds the secrets of `request`.
    pub(crate) fn add_request(&mut self, request: &HttpRequest) {
        if let Some(query) = request.uri().query() {
            self.add_pairs(query.as_bytes());
        }
        for (name, value) in request.headers() {
            if is_secret_name(name.as_str())
                && let Ok(value) = value.to_str()
            {
                self.add(value);
                // `Bearer …`, `Basic …`: the credential alone, too.
                if let Some((_, credential)) = value.split_once(' ') {
                    self.add(credential);
                }
            }
        }
        let content_type = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default();
        if content_type.starts_with("application/json") {
            if let Ok(serde_json::Value::Object(object)) =
                serde_json::from_slice::<serde_json::Value>(request.body())
            {
                for (name, value) in object {
                    if let (true, serde_json::Value::String(value)) = (is_secret_name(&name), value)
                    {
                        self.add(&value);
                    }
                }
            }
        } else {
            self.add_pairs(request.body());
        }
    }

    /// Adds the values of the url-encoded `pairs` whose names say they are secrets.
    fn add_pairs(&mut self, pairs: &[u8]) {
        for (name, value) in form_urlencoded::parse(pairs) {
            if is_secret_name(&name) {
                self.add(&value);
            }
        }
    }

    /// Adds `secret`, as it is and as it is written in a URL or a form.
    pub(crate) fn add(&mut self, secret: &str) {
        if secret.is_empty() {
            return;
        }
        let mut forms = Vec::from([secret.to_owned()]);
        let form: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        forms.push(form.replace('+', "%20"));
        forms.push(form);
        for form in forms {
            if !self.0.contains(&form) {
                self.0.push(form);
            }
        }
        // The longest first, so that a secret inside another is not taken out first.
        self.0
            .sort_by_key(|secret| core::cmp::Reverse(secret.len()));
    }

    /// `text` without the secrets, and without the query of any URL in it.
    pub(crate) fn redact(&self, text: &str) -> String {
        let mut text = without_queries(text);
        for secret in &self.0 {
            if text.contains(secret.as_str()) {
                text = text.replace(secret.as_str(), REDACTED);
            }
        }
        text
    }
}

/// `text` with the query of every `http://` or `https://` URL in it replaced by
/// [`REDACTED`]: a URL's query may carry the credentials of a `GET` token request.
fn without_queries(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = find_url(rest) {
        let url_end = rest[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '>' | '<'))
            .map_or(rest.len(), |end| start + end);
        let url = &rest[start..url_end];
        out.push_str(&rest[..start]);
        match url.find('?') {
            Some(query) => {
                out.push_str(&url[..=query]);
                out.push_str(REDACTED);
            }
            None => out.push_str(url),
        }
        rest = &rest[url_end..];
    }
    out.push_str(rest);
    out
}

/// Where the first `http://` or `https://` URL in `text` starts.
fn find_url(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("http://"), lower.find("https://")]
        .into_iter()
        .flatten()
        .min()
}

#[cfg(test)]
mod tests {
    use super::{Secrets, is_secret_name};
    use ::oauth2::http::Request;
    use alloc::vec::Vec;

    #[test]
    fn secret_names() {
        for name in [
            "client_secret",
            "secret",
            "corpsecret",
            "clientSecret",
            "code",
            "auth_code",
            "js_code",
            "authCode",
            "refresh_token",
            "refreshToken",
            "access_token",
            "x-acs-dingtalk-access-token",
            "password",
            "session_key",
            "code_verifier",
            "Authorization",
            "sign",
            "user_ticket",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in [
            "grant_type",
            "client_id",
            "appid",
            "redirect_uri",
            "state",
            "scope",
            "errcode",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn secrets_are_taken_out_of_text() {
        let request = Request::get(
            "http://127.0.0.1:1/sns/oauth2/access_token?grant_type=authorization_code&code=CODE-1&appid=wxAPPID&secret=TOP+SECRET%2FVALUE",
        )
        .header("Authorization", "Basic d3hBUFBJRDpUT1AgU0VDUkVU")
        .body(Vec::new())
        .unwrap();
        let secrets = Secrets::of(&request);
        let text = "error sending request for url (http://127.0.0.1:1/sns/oauth2/access_token?grant_type=authorization_code&code=CODE-1&appid=wxAPPID&secret=TOP+SECRET%2FVALUE): the secret TOP SECRET/VALUE, the code CODE-1, Basic d3hBUFBJRDpUT1AgU0VDUkVU";
        let redacted = secrets.redact(text);
        assert_eq!(
            redacted,
            "error sending request for url (http://127.0.0.1:1/sns/oauth2/access_token?[redacted]): the secret [redacted], the code [redacted], [redacted]"
        );
        let form = Request::post("https://api.weibo.com/oauth2/access_token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(b"client_id=1&client_secret=S3CRET&code=C0DE".to_vec())
            .unwrap();
        assert_eq!(
            Secrets::of(&form).redact("S3CRET C0DE 1"),
            "[redacted] [redacted] 1"
        );
        let json = Request::post("https://api.dingtalk.com/v1.0/oauth2/userAccessToken")
            .header("Content-Type", "application/json")
            .body(br#"{"clientId":"ding1","clientSecret":"S3CRET","code":"C0DE"}"#.to_vec())
            .unwrap();
        assert_eq!(
            Secrets::of(&json).redact("ding1 S3CRET C0DE"),
            "ding1 [redacted] [redacted]"
        );
    }
}
