//! Logging in with every shipped provider through the `oauth2` crate (WeCom through its ready
//! calls: its login is no code exchange), end to end: the
//! authorization URL, the code and the state that come back (the state checked), the token and
//! the user's id, then the errors each provider answers. It runs against fake providers served
//! in-process on loopback, so no account is needed:
//!
//! ```text
//! cargo run --example oauth2_exchange
//! ```
//!
//! In your project, enable the feature and use your HTTP client of choice, built with redirects
//! off (here `ureq` with `max_redirects(0)`; with `reqwest`, `Policy::none()` and
//! `request_async`):
//!
//! ```toml
//! oauth-errors = { version = "0.1", features = ["oauth2"] }
//! oauth2 = "5"
//! ```

use oauth_errors::{alipay, baidu, dingtalk, douyin, feishu, qq, taobao, wechat, wecom, weibo};
use oauth_errors_tests::provider::{
    FakeProviders, Routed, code_and_state, get, pointed, rerouted_ureq_client, ureq_client,
};
use oauth2::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, RedirectUrl, RequestTokenError, Scope,
    TokenResponse,
};

fn main() -> Result {
    let providers = FakeProviders::start();
    println!("fake providers at {}\n", providers.base());
    weibo(&providers)?;
    qq(&providers)?;
    wechat(&providers)?;
    alipay(&providers)?;
    taobao(&providers)?;
    println!();
    dingtalk(&providers)?;
    wecom(&providers)?;
    feishu(&providers)?;
    douyin(&providers)?;
    baidu(&providers)?;
    wechat_mini_program(&providers)
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
    let (url, state) = weibo::authorize_url(client.authorize_url(CsrfToken::new_random));
    println!("Weibo: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    // Check the state before using the code: a mismatch is a forged login.
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    if returned != *state.secret() {
        return Err("Weibo: the state does not match: refuse the login".into());
    }
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
    let (url, state) = qq::authorize_url(
        client
            .authorize_url(CsrfToken::new_random)
            .add_scope(Scope::new("get_user_info".into())),
    );
    println!("QQ: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    if returned != *state.secret() {
        return Err("QQ: the state does not match: refuse the login".into());
    }
    let adapter = qq::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&adapter)?;
    // The user's openid: QQ's `/oauth2.0/me`, through the same HTTP client.
    let me = qq::me(&http, &client, token.access_token())?;
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
    let (url, state) = wechat::authorize_url(client.authorize_url(CsrfToken::new_random));
    println!("WeChat: show the QR code of {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    if returned != *state.secret() {
        return Err("WeChat: the state does not match: refuse the login".into());
    }
    let adapter = wechat::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(code))
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

fn alipay(providers: &FakeProviders) -> Result {
    use oauth_errors_tests::provider::alipay::APP_ID;
    let http = ureq_client();
    // Alipay: no client secret; every request signed with the app's key, every answer verified
    // with Alipay's (here the test keys of the fake).
    let client = pointed(
        alipay::client(
            ClientId::new(APP_ID.into()),
            RedirectUrl::new("https://app.example/login/alipay".into())?,
        ),
        providers.base(),
        "/alipay/oauth2/publicAppAuthorize.htm",
        "/alipay/gateway.do",
    );
    let (url, state) = alipay::authorize_url(client.authorize_url(CsrfToken::new_random));
    println!("Alipay: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let back: Vec<(String, String)> = oauth2::url::Url::parse(&location.unwrap_or_default())?
        .query_pairs()
        .into_owned()
        .collect();
    let value = |name: &str| {
        back.iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    if value("state").as_deref() != Some(state.secret().as_str()) {
        return Err("Alipay: the state does not match: refuse the login".into());
    }
    let signer = alipay::Rsa2Signer::new(
        include_str!("../tests/data/alipay/test-keys/app-private-pkcs8.pem"),
        include_str!("../tests/data/alipay/test-keys/alipay-public.pem"),
    )?;
    let adapter = alipay::HttpClient::signed(http.clone(), signer);
    // Alipay sends `auth_code`, not `code`.
    let token = client
        .exchange_code(AuthorizationCode::new(
            value("auth_code").unwrap_or_default(),
        ))
        .request(&adapter)?;
    let info = alipay::user_info(&adapter, &client, token.access_token())?;
    println!(
        "Alipay: token {}, user_id {}, nick_name {}",
        token.access_token().secret(),
        token.extra_fields().user_id().unwrap_or("?"),
        info.nick_name().unwrap_or("?")
    );
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!("Alipay, code \"used\": {error}\n  kind: {}\n", error.kind());
        }
        other => println!("Alipay, code \"used\": {other:?}\n"),
    }
    Ok(())
}

fn taobao(providers: &FakeProviders) -> Result {
    let http = ureq_client();
    let client = pointed(
        taobao::client(
            ClientId::new("12345678".into()),
            ClientSecret::new("app secret".into()),
            RedirectUrl::new("https://app.example/login/taobao".into())?,
        ),
        providers.base(),
        "/taobao/authorize",
        "/taobao/token",
    );
    let (url, state) = taobao::authorize_url(client.authorize_url(CsrfToken::new_random));
    println!("Taobao: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    if returned != *state.secret() {
        return Err("Taobao: the state does not match: refuse the login".into());
    }
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&taobao::HttpClient::new(http))?;
    println!(
        "Taobao: token {}, user {} ({})",
        token.access_token().secret(),
        token.extra_fields().user_id().unwrap_or("?"),
        token.extra_fields().user_nick().unwrap_or_default()
    );
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
    let me = dingtalk::me(&http, &client, token.access_token())?;
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
    let user = feishu::user_info(&http, &client, token.access_token())?;
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

fn douyin(providers: &FakeProviders) -> Result {
    let http = ureq_client();
    // Douyin: `client_key`, scopes separated by commas, the token read out of `data`.
    let client = pointed(
        douyin::client(
            ClientId::new("tt10abc".into()),
            ClientSecret::new("client secret".into()),
            RedirectUrl::new("https://app.example/login/douyin".into())?,
        ),
        providers.base(),
        "/platform/oauth/connect/",
        "/oauth/access_token/",
    );
    let (url, state) = douyin::authorize_url(
        client
            .authorize_url(CsrfToken::new_random)
            .add_scope(Scope::new("user_info".into())),
    );
    println!("Douyin: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    if returned != *state.secret() {
        return Err("Douyin: the state does not match: refuse the login".into());
    }
    let adapter = douyin::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&adapter)?;
    let open_id = token.extra_fields().open_id().unwrap_or_default();
    println!(
        "Douyin: token {}, open_id {open_id}",
        token.access_token().secret()
    );
    // The `union_id` comes from the user-info call.
    let user = douyin::user_info(&http, &client, token.access_token(), open_id)?;
    println!(
        "Douyin: user {}, union_id {}",
        user.nickname().unwrap_or("?"),
        user.union_id().unwrap_or("?")
    );
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!("Douyin, code \"used\": {error}\n  kind: {}", error.kind());
        }
        other => println!("Douyin, code \"used\": {other:?}"),
    }
    Ok(())
}

fn baidu(providers: &FakeProviders) -> Result {
    let http = ureq_client();
    // Baidu: the token request is a `GET`; the user's `openid` comes from the user-info call.
    let client = pointed(
        baidu::client(
            ClientId::new("API_KEY".into()),
            ClientSecret::new("SECRET_KEY".into()),
            RedirectUrl::new("https://app.example/login/baidu".into())?,
        ),
        providers.base(),
        "/oauth/2.0/authorize",
        "/oauth/2.0/token",
    );
    let (url, state) = baidu::authorize_url(
        client
            .authorize_url(CsrfToken::new_random)
            .add_scope(Scope::new("basic".into())),
    );
    println!("Baidu: send the user to {url}");
    let (_, location, _) = get(&http, url.as_str());
    let (code, returned) = code_and_state(&location.unwrap_or_default());
    if returned != *state.secret() {
        return Err("Baidu: the state does not match: refuse the login".into());
    }
    let adapter = baidu::HttpClient::new(http.clone());
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .request(&adapter)?;
    let user = baidu::user_info(&http, &client, token.access_token())?;
    println!(
        "Baidu: token {}, openid {}, unionid {}",
        token.access_token().secret(),
        user.openid(),
        user.unionid().unwrap_or("?")
    );
    match client
        .exchange_code(AuthorizationCode::new("used".into()))
        .request(&adapter)
    {
        Err(RequestTokenError::ServerResponse(error)) => {
            println!("Baidu, code \"used\": {error}\n  kind: {}", error.kind());
        }
        other => println!("Baidu, code \"used\": {other:?}"),
    }
    Ok(())
}

fn wechat_mini_program(providers: &FakeProviders) -> Result {
    // WeChat's mini-program login: no authorization URL; the mini-program sends your server
    // the code of `wx.login()`, which `code_to_session` exchanges at WeChat's own URL (here
    // the HTTP client sends it to the fake; in your app, `ureq_client()` or any client with
    // redirects off).
    let http = rerouted_ureq_client(providers.base());
    let (appid, secret) = (
        ClientId::new("wxbdc5610cc59c1631".into()),
        ClientSecret::new("app secret".into()),
    );
    let good = AuthorizationCode::new("good".into());
    let session = wechat::code_to_session(&http, &appid, &secret, &good)?;
    println!(
        "WeChat mini-program: openid {}, unionid {}, {:?}",
        session.openid(),
        session.unionid().unwrap_or("?"),
        session.session_key()
    );
    for sent in ["used", "blocked"] {
        let code = AuthorizationCode::new(sent.into());
        match wechat::code_to_session(&http, &appid, &secret, &code) {
            Err(oauth_errors::CallError::Provider(error)) => println!(
                "WeChat mini-program, code {sent:?}: {error}\n  kind: {}",
                error.kind()
            ),
            other => println!("WeChat mini-program, code {sent:?}: {other:?}"),
        }
    }
    Ok(())
}
