//! Alipay end to end, blocking and async, against the fake Alipay
//! (`tests/support/provider/alipay.rs`), which checks where every parameter is, verifies the
//! app's RSA2 signature with the app's public key and signs its answers with its own key:
//! the authorization URL as Alipay's docs write it, the `auth_code` that comes back, the signed
//! token request and the verified token with the user's id, a refresh, the user's profile, a
//! used code, and answers whose signature is forged or missing.

use oauth_errors::alipay::{self, AlipayError, Rsa2Signer};
use oauth_errors::{AdapterError, CallError, Kind, OneOf, alipay::AlipayApiError};
use oauth_errors_tests::provider::alipay::{ACCESS_TOKEN, APP_ID};
use oauth_errors_tests::provider::{
    FakeProviders, answered, get_request, pointed, redirected, ureq_client, value,
};
use oauth2::{
    AccessToken, AuthorizationCode, ClientId, CsrfToken, RedirectUrl, RequestTokenError,
    TokenResponse,
};
use std::time::Duration;

const APP_PRIVATE: &str = include_str!("../data/alipay/test-keys/app-private-pkcs1.pem");
const ALIPAY_PUBLIC: &str = include_str!("../data/alipay/test-keys/alipay-public.pem");

fn signer() -> Rsa2Signer {
    Rsa2Signer::new(APP_PRIVATE, ALIPAY_PUBLIC).expect("the test keys")
}

fn client(providers: &FakeProviders) -> alipay::ReadyClient {
    pointed(
        alipay::client(
            ClientId::new(APP_ID.to_owned()),
            RedirectUrl::new("https://app.example/login/alipay".to_owned()).unwrap(),
        ),
        providers.base(),
        "/alipay/oauth2/publicAppAuthorize.htm",
        "/alipay/gateway.do",
    )
}

/// The login, written once for a blocking and an async HTTP client.
macro_rules! flow {
    ($flow:ident, $request:ident, $call:path, $user_info:path, [$($bound:tt)*] $(, $asyncness:tt $await:tt)?) => {
        $($asyncness)? fn $flow<C: Clone + $($bound)*>(http: C) {
            let providers = FakeProviders::start();
            let client = client(&providers);
            // 1. The authorization page, as Alipay's docs write its URL.
            let (url, state) = alipay::authorize_url(client.authorize_url(CsrfToken::new_random));
            let names: Vec<String> = url.query_pairs().map(|(name, _)| name.into_owned()).collect();
            assert_eq!(names, ["app_id", "scope", "redirect_uri", "state"]);
            assert_eq!(url.query_pairs().nth(1).unwrap().1, "auth_user");
            let (status, location, _) =
                answered(&$call(&http, get_request(url.as_str()))$(.$await)?.expect("an answer"));
            assert_eq!(status, 302);
            // 2. Back with `auth_code` and the state: the state checked, the code exchanged.
            let back = redirected(&location.unwrap());
            assert_eq!(value(&back, "state"), Some(state.secret().as_str()));
            let auth_code = value(&back, "auth_code").expect("an auth_code").to_owned();
            let adapter = alipay::HttpClient::signed(http.clone(), signer());
            let token = client
                .exchange_code(AuthorizationCode::new(auth_code))
                .$request(&adapter)$(.$await)?
                .expect("a token");
            assert_eq!(token.access_token().secret(), ACCESS_TOKEN);
            assert_eq!(token.expires_in(), Some(Duration::from_secs(1_209_600)));
            assert_eq!(token.extra_fields().user_id(), Some("2088702746395409"));
            assert_eq!(token.extra_fields().re_expires_in(), Some("15552000"));
            let sent = providers.last("/alipay/gateway.do");
            assert_eq!(sent.method, "POST");
            assert_eq!(
                sent.query_keys(),
                ["app_id", "charset", "format", "method", "sign", "sign_type", "timestamp", "version"]
            );
            assert_eq!(sent.form_keys(), ["code", "grant_type"]);
            assert_eq!(sent.query("method"), Some("alipay.system.oauth.token"));
            // 3. A refresh, signed the same way.
            let refreshed = client
                .exchange_refresh_token(token.refresh_token().unwrap())
                .$request(&adapter)$(.$await)?
                .expect("a refreshed token");
            assert_eq!(refreshed.refresh_token().unwrap().secret(), "R2");
            assert_eq!(
                providers.last("/alipay/gateway.do").form_keys(),
                ["grant_type", "refresh_token"]
            );
            // 4. The user's profile.
            let info = $user_info(&adapter, &client, token.access_token())$(.$await)?
                .expect("a profile");
            assert_eq!(info.user_id(), "2088702746395409");
            assert_eq!(info.nick_name(), Some("黎大海"));
            match $user_info(&adapter, &client, &AccessToken::new("expired".to_owned()))$(.$await)? {
                Err(CallError::Provider(error)) => {
                    assert_eq!(error.api(), Some(OneOf::First(AlipayApiError::InvalidAuthToken)));
                    assert_eq!(error.kind(), Kind::Refresh);
                }
                other => panic!("expected Alipay's error, got {other:?}"),
            }
            // 5. A code used already: Alipay's error, signed and verified.
            match client
                .exchange_code(AuthorizationCode::new("used".to_owned()))
                .$request(&adapter)$(.$await)?
            {
                Err(RequestTokenError::ServerResponse(error)) => {
                    assert_eq!(error.known(), Some(AlipayError::CodeInvalid));
                    assert_eq!(error.kind(), Kind::Reauthorize);
                    assert_eq!(error.message(), Some("授权码code无效"));
                }
                other => panic!("expected Alipay's error, got {other:?}"),
            }
            // 6. A token signed with another key, or not signed: no login.
            for (code, problem) in [
                ("forged", "Alipay's answer's signature does not verify with Alipay's public key"),
                ("unsigned", "Alipay's answer is not signed"),
            ] {
                match client
                    .exchange_code(AuthorizationCode::new(code.to_owned()))
                    .$request(&adapter)$(.$await)?
                {
                    Err(RequestTokenError::Request(AdapterError::Signature(error))) => {
                        assert_eq!(error.message(), problem);
                    }
                    other => panic!("expected no token for {code}, got {other:?}"),
                }
            }
        }
    };
}

mod blocking {
    use super::*;
    use oauth2::SyncHttpClient;

    flow!(
        alipay_flow,
        request,
        SyncHttpClient::call,
        alipay::user_info,
        [SyncHttpClient]
    );

    #[test]
    fn alipay() {
        alipay_flow(ureq_client());
    }
}

mod asynchronous {
    use super::*;
    use oauth2::AsyncHttpClient;

    flow!(
        alipay_flow, request_async, AsyncHttpClient::call, alipay::user_info_async,
        [for<'c> AsyncHttpClient<'c>], async await
    );

    #[test]
    fn alipay() {
        crate::run(alipay_flow);
    }
}

/// `Rsa2Signer` alone: its signatures against OpenSSL's, the keys it reads and refuses, and the
/// answers it verifies (signed here with `ring`, as the fake Alipay signs).
mod signer {
    use oauth_errors::Signer;
    use oauth_errors::alipay::Rsa2Signer;
    use oauth_errors_tests::provider::alipay::signed_by_the_app;

    const APP_PKCS8: &str = include_str!("../data/alipay/test-keys/app-private-pkcs8.pem");
    const APP_PKCS1: &str = include_str!("../data/alipay/test-keys/app-private-pkcs1.pem");
    const APP_PUBLIC: &str = include_str!("../data/alipay/test-keys/app-public.pem");
    const ALIPAY_PUBLIC: &str = include_str!("../data/alipay/test-keys/alipay-public.pem");
    /// The content Alipay signs of a token request, and OpenSSL's signature of it with the
    /// app's key (`openssl dgst -sha256 -sign`, see the keys' README).
    const VECTOR: &str = include_str!("../data/alipay/test-keys/signature-vector.txt");

    fn pairs(text: &str) -> Vec<(String, String)> {
        text.split('&')
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap();
                (name.to_owned(), value.to_owned())
            })
            .collect()
    }

    #[test]
    fn signs_as_openssl_does() {
        let (content, expected) = VECTOR.split_once('\n').unwrap();
        // The parameters in another order, with an empty one and an old signature.
        let mut parameters = pairs(content);
        parameters.reverse();
        parameters.push(("notify_url".to_owned(), String::new()));
        parameters.push(("sign".to_owned(), "old".to_owned()));
        for key in [APP_PKCS8, APP_PKCS1] {
            let signer = Rsa2Signer::new(key, ALIPAY_PUBLIC).unwrap();
            let mut sent = parameters.clone();
            signer.sign(&mut sent).unwrap();
            let signs: Vec<&str> = sent
                .iter()
                .filter(|(name, _)| name == "sign")
                .map(|(_, value)| value.as_str())
                .collect();
            assert_eq!(signs, [expected.trim()]);
            // The other parameters are sent as they were.
            let others: Vec<_> = sent.iter().filter(|(name, _)| name != "sign").collect();
            assert_eq!(others.len(), parameters.len() - 1);
        }
        // Bare Base64, as Alipay's key tool gives it.
        let bare: String = APP_PKCS8
            .lines()
            .filter(|line| !line.starts_with("-----"))
            .collect();
        assert!(Rsa2Signer::new(&bare, ALIPAY_PUBLIC).is_ok());
    }

    #[test]
    fn keys_that_cannot_be_read() {
        let error = Rsa2Signer::new("not a key", ALIPAY_PUBLIC).unwrap_err();
        assert_eq!(
            error.message(),
            "the app's private key is neither PEM nor Base64"
        );
        let error = Rsa2Signer::new(APP_PUBLIC, ALIPAY_PUBLIC).unwrap_err();
        assert_eq!(
            error.message(),
            "the app's private key is not an RSA private key of 2048 to 8192 bits (PKCS #8 or PKCS #1)"
        );
        let error = Rsa2Signer::new(APP_PKCS8, APP_PKCS8).unwrap_err();
        assert_eq!(
            error.message(),
            "Alipay's public key is not an RSA public key (SubjectPublicKeyInfo or PKCS #1)"
        );
    }

    #[test]
    fn answers_are_verified() {
        // The app's key pair stands in for Alipay's: this signer verifies what the app's key
        // signs.
        let signer = Rsa2Signer::new(APP_PKCS8, APP_PUBLIC).unwrap();
        let node = r#"{"user_id":"2088102150477652","access_token":"20120823ac6ffaa4d2d84e7384bf983531473993","expires_in":"3600"}"#;
        let sign = signed_by_the_app(node);
        let body = format!(r#"{{"alipay_system_oauth_token_response":{node},"sign":"{sign}"}}"#);
        assert_eq!(signer.verify(body.as_bytes()), Ok(()));
        // Changed, or unsigned: refused.
        let forged = body.replace("3600", "3601");
        assert!(signer.verify(forged.as_bytes()).is_err());
        let unsigned = format!(r#"{{"alipay_system_oauth_token_response":{node}}}"#);
        assert_eq!(
            signer.verify(unsigned.as_bytes()).unwrap_err().message(),
            "Alipay's answer is not signed"
        );
        // An unsigned error passes to the reader; a signed one is checked.
        let error = r#"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.code-invalid","sub_msg":"授权码code无效"}}"#;
        assert_eq!(signer.verify(error.as_bytes()), Ok(()));
        let error = r#"{"error_response":{"code":"40002"},"sign":"AAAA"}"#;
        assert!(signer.verify(error.as_bytes()).is_err());
        let unsigned_failure = r#"{"alipay_user_info_share_response":{"code":"20001","msg":"Insufficient Token Permissions","sub_code":"aop.invalid-auth-token"}}"#;
        assert_eq!(signer.verify(unsigned_failure.as_bytes()), Ok(()));
        // What is no gateway answer is left to the reader.
        assert_eq!(signer.verify(b"<html>502</html>"), Ok(()));
    }
}
