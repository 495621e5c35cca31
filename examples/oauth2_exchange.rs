//! Logging in with Weibo, QQ, WeChat, DingTalk, WeCom and Feishu through the `oauth2` crate
//! (WeCom through its ready calls: its login is no code exchange), end to end: the
//! authorization URL, the code that comes back, the token and the user's id, then the errors
//! each provider answers. It runs against fake providers served in-process on loopback, so no
//! account is needed:
//!
//! ```text
//! cargo run --example oauth2_exchange
//! ```
//!
//! In your project, enable the feature and use your HTTP client of choice (here `ureq`; with
//! `reqwest`, call `request_async`):
//!
//! ```toml
//! oauth-errors = { version = "0.1", features = ["oauth2"] }
//! oauth2 = "5"
//! ```

use oauth_errors::{dingtalk, feishu, qq, wechat, wecom, weibo};
use oauth_errors_tests::provider::{
    FakeProviders, Routed, code_and_state, get, pointed, ureq_client,
};
use oauth2::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RequestTokenError, Scope,
    TokenResponse,
};

fn main() -> Result {
    let providers = FakeProviders::start();
    println!(
        "fake Weibo, QQ, WeChat, DingTalk, WeCom and Feishu at {}\n",
        providers.base()
    );
    weibo(&providers)?;
    qq(&providers)?;
    wechat(&providers)?;
    println!();
    dingtalk(&providers)?;
    wecom(&providers)?;
    feishu(&providers)
}

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn weibo(providers: &FakeProviders) -> Result {
    let http = ureq_client();
    // Weibo. In your app: `weibo::client(…)` as it is; here its endpoints point at the fake.
    let client = pointed(
        weibo::client(
            ClientId::new("3127453".into()),
            ClientSecret::new("app secret".into()),
            RedirectUrl::new("https://app.example/login/weibo".into())?,
        ),
        providers.base(),
        "/weibo/oauth2/authorize",
        "/weibo/oauth2/access_token",
    );
    let (url, state) = client.authorize_url(CsrfToken::new_random).url();
    println!("Weibo: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    assert_eq!(
        &returned,
        state.secret(),
        "check the state before using the code"
    );
    let adapter = weibo::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&adapter)?;
    println!(
        "Weibo: token {}, uid {}",
        token.access_token().secret(),
        token.extra_fields().uid().unwrap_or("?")
    );
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!("Weibo, code \"used\": {error}\n  kind: {}", error.kind());
        }
        other => println!("Weibo, code \"used\": {other:?}"),
    }
    let (_, _, body) = get(
        &http,
        &providers.url("/weibo/2/users/show.json?access_token=expired&uid=6972314674"),
    );
    println!("Weibo API: {}\n", weibo::ErrorResponse::parse(&body)?);

    Ok(())
}

fn qq(providers: &FakeProviders) -> Result {
    let http = ureq_client();
    // QQ: the token, then the openid from `/oauth2.0/me`.
    let client = pointed(
        qq::client(
            ClientId::new("101234567".into()),
            ClientSecret::new("app key".into()),
            RedirectUrl::new("https://app.example/login/qq".into())?,
        ),
        providers.base(),
        "/qq/oauth2.0/authorize",
        "/qq/oauth2.0/token",
    );
    let (url, _) = client
        .authorize_url(CsrfToken::new_random)
        .add_scope(Scope::new("get_user_info".into()))
        .url();
    println!("QQ: send the user to {url}");
    let adapter = qq::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new("good".into()))
        .request(&adapter)?;
    let (_, _, body) = get(
        &http,
        &providers.url(&format!(
            "/qq/oauth2.0/me?access_token={}",
            token.access_token().secret()
        )),
    );
    let me = qq::Me::parse(&body)?;
    println!(
        "QQ: token {}, openid {}",
        token.access_token().secret(),
        me.openid()
    );
    for sent in ["used", "bad"] {
        match client
            .exchange_code(AuthorizationCode::new(sent.into()))
            .request(&adapter)
        {
            Err(RequestTokenError::ServerResponse(error)) => println!("QQ, code {sent:?}: {error}"),
            other => println!("QQ, code {sent:?}: {other:?}"),
        }
    }
    let (_, _, body) = get(
        &http,
        &providers
            .url("/qq/user/get_user_info?access_token=x&oauth_consumer_key=101234567&openid=y"),
    );
    println!("QQ OpenAPI: {}\n", qq::ErrorResponse::parse(&body)?);

    Ok(())
}

fn wechat(providers: &FakeProviders) -> Result {
    let http = ureq_client();
    // WeChat: the QR-connect URL as WeChat wants it, the token with the user's openid.
    let client = pointed(
        wechat::client(
            ClientId::new("wxbdc5610cc59c1631".into()),
            ClientSecret::new("app secret".into()),
            RedirectUrl::new("https://app.example/login/wechat".into())?,
        ),
        providers.base(),
        "/connect/qrconnect",
        "/sns/oauth2/access_token",
    );
    let (url, _) = wechat::authorize_url(client.authorize_url(CsrfToken::new_random));
    println!("WeChat: show the QR code of {url}");
    let adapter = wechat::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new("good".into()))
        .request(&adapter)?;
    println!(
        "WeChat: token {}, openid {}, unionid {}",
        token.access_token().secret(),
        token.extra_fields().openid().unwrap_or("?"),
        token.extra_fields().unionid().unwrap_or("?")
    );
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!("WeChat, code \"used\": {error}\n  kind: {}", error.kind());
        }
        other => println!("WeChat, code \"used\": {other:?}"),
    }
    Ok(())
}

/// The state that came back, checked against the one kept: a login this user did not start is
/// refused.
fn check_state(returned: &str, kept: &CsrfToken) -> Result {
    if returned == kept.secret() {
        Ok(())
    } else {
        Err("the state that came back is not the one kept: refuse the login".into())
    }
}

/// The value of the parameter `name` in the query of `location`.
fn parameter(location: &str, name: &str) -> Option<String> {
    let (_, query) = location.split_once('?')?;
    oauth2::url::form_urlencoded::parse(query.as_bytes())
        .find_map(|(key, value)| (key == name).then(|| value.into_owned()))
}

fn dingtalk(providers: &FakeProviders) -> Result {
    // DingTalk's documented URLs; `Routed` sends them to the fake (in your app: any HTTP client
    // built with redirects off, as it is).
    let http = Routed::new(ureq_client(), providers.base());
    let client = dingtalk::client(
        ClientId::new("dingbbbbbbb".into()),
        ClientSecret::new("app secret".into()),
        RedirectUrl::new("https://app.example/login/dingtalk".into())?,
    );
    let (url, state) = dingtalk::authorize_url(client.authorize_url(CsrfToken::new_random));
    println!("DingTalk: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let location = location.unwrap_or_default();
    // DingTalk brings the code back in `authCode`, not `code`.
    let auth_code = parameter(&location, "authCode").ok_or("no authCode")?;
    check_state(&parameter(&location, "state").unwrap_or_default(), &state)?;
    let adapter = dingtalk::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(auth_code))
        .request(&adapter)?;
    let me = dingtalk::me(&http, token.access_token())?;
    println!(
        "DingTalk: token {}, corpId {}, unionId {}",
        token.access_token().secret(),
        token.extra_fields().corp_id().unwrap_or("?"),
        me.union_id()
    );
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!(
                "DingTalk, code \"used\": {error}\n  kind: {}\n",
                error.kind()
            );
        }
        other => println!("DingTalk, code \"used\": {other:?}\n"),
    }
    Ok(())
}

fn wecom(providers: &FakeProviders) -> Result {
    let http = Routed::new(ureq_client(), providers.base());
    let redirect = RedirectUrl::new("https://app.example/login/wecom".into())?;
    // The web login page (QR code); inside the WeCom client, `wecom::in_app_url`.
    let (url, state) = wecom::web_login_url("WWCorpId", "1000000", &redirect);
    println!("WeCom: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    check_state(&returned, &state)?;
    // The app's token (keep it: it lasts `expires_in`), then who the code belongs to.
    let token = wecom::access_token(&http, "WWCorpId", &ClientSecret::new("wecom secret".into()))?;
    match wecom::user(&http, token.access_token(), &AuthorizationCode::new(code))? {
        wecom::User::Member(member) => println!("WeCom: member {}", member.userid()),
        other => println!("WeCom: {other:?}"),
    }
    match wecom::user(
        &http,
        token.access_token(),
        &AuthorizationCode::new("used".into()),
    ) {
        Err(oauth_errors::CallError::Provider(error)) => {
            println!("WeCom, code \"used\": {error}\n  kind: {}\n", error.kind());
        }
        other => println!("WeCom, code \"used\": {other:?}\n"),
    }
    Ok(())
}

fn feishu(providers: &FakeProviders) -> Result {
    use feishu::Host;
    let http = Routed::new(ureq_client(), providers.base());
    // Lark: `Host::Lark`, the same otherwise.
    let client = feishu::client(
        Host::Feishu,
        ClientId::new("cli_a5d611352af9d00b".into()),
        ClientSecret::new("app secret".into()),
        RedirectUrl::new("https://app.example/login/feishu".into())?,
    );
    let (url, state) = feishu::authorize_url(
        client
            .authorize_url(CsrfToken::new_random)
            .add_scope(Scope::new("offline_access".into())),
    );
    println!("Feishu: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    check_state(&returned, &state)?;
    let adapter = feishu::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&adapter)?;
    let user = feishu::user_info(&http, Host::Feishu, token.access_token())?;
    println!(
        "Feishu: token {}, open_id {}, union_id {}",
        token.access_token().secret(),
        user.open_id(),
        user.union_id().unwrap_or("?")
    );
    let token = client
        .exchange_refresh_token(token.refresh_token().ok_or("no refresh token")?)
        .request(&adapter)?;
    println!("Feishu: refreshed, token {}", token.access_token().secret());
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!("Feishu, code \"used\": {error}\n  kind: {}", error.kind());
        }
        other => println!("Feishu, code \"used\": {other:?}"),
    }
    Ok(())
}
