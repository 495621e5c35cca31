//! WeCom's authorization URLs: the web login page's ([`web_login_url`]) and the WeCom
//! client's ([`in_app_url`]), each with a new state to keep.

use super::{AUTHORIZE_URL, WEB_LOGIN_URL};
use alloc::string::String;
use core::fmt::Write as _;
use oauth2::url::Url;
use oauth2::{CsrfToken, RedirectUrl};

/// The URL of WeCom's web login page (QR code, or quick login when the WeCom client runs on
/// the computer) for the members of corp `corp_id` to log in to your self-built app
/// (`login_type=CorpApp`) `agent_id`, and the state to keep: WeCom redirects the browser to
/// `redirect_uri?code=CODE&state=STATE`. Compare that state with the one kept (in the user's
/// session) before you use the code with `wecom::user`.
///
/// The parameters are those of WeCom's Web登录组件 page, in the order of its example;
/// `redirect_uri` must be on a trusted domain of the app. The state is new each time: 128
/// random bits, written in hexadecimal.
///
/// ```
/// use oauth2::RedirectUrl;
/// use oauth_errors::wecom;
///
/// let redirect = RedirectUrl::new("http://work.weixin.qq.com".into())?;
/// let (url, state) = wecom::web_login_url("WWCorpId", "1000000", &redirect);
/// // WeCom's own example (示例1), with a state of ours in place of its `WWLogin`.
/// assert_eq!(
///     url.as_str(),
///     format!(
///         "https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&appid=WWCorpId&agentid=1000000&redirect_uri=http%3A%2F%2Fwork.weixin.qq.com&state={}",
///         state.secret()
///     )
/// );
/// # Ok::<(), oauth2::url::ParseError>(())
/// ```
pub fn web_login_url(
    corp_id: &str,
    agent_id: &str,
    redirect_uri: &RedirectUrl,
) -> (Url, CsrfToken) {
    let state = new_state();
    let mut url = documented(WEB_LOGIN_URL);
    url.query_pairs_mut()
        .append_pair("login_type", "CorpApp")
        .append_pair("appid", corp_id)
        .append_pair("agentid", agent_id)
        .append_pair("redirect_uri", redirect_uri.as_str())
        .append_pair("state", state.secret());
    (url, state)
}

/// The URL that logs a member of corp `corp_id` in to your app `agent_id` from inside the
/// WeCom client (网页授权登录, silently: `scope=snsapi_base`), and the state to keep: WeCom
/// redirects to `redirect_uri?code=CODE&state=STATE`. Compare that state with the one kept
/// before you use the code with `wecom::user`.
///
/// The parameters are those of WeCom's 构造网页授权链接 page, in its order, and the URL ends
/// with `#wechat_redirect`, as the page says it must. The state is new each time, 128 random
/// bits in hexadecimal: the page allows only letters and digits, at most 128 bytes.
/// `snsapi_base` gives the member's `userid`, without a `user_ticket` (which only
/// `snsapi_privateinfo`, with the member's consent, gives).
///
/// ```
/// use oauth2::RedirectUrl;
/// use oauth_errors::wecom;
///
/// let redirect = RedirectUrl::new("https://app.example/login/wecom".into())?;
/// let (url, state) = wecom::in_app_url("WWCorpId", "1000000", &redirect);
/// assert_eq!(
///     url.as_str(),
///     format!(
///         "https://open.weixin.qq.com/connect/oauth2/authorize?appid=WWCorpId&redirect_uri=https%3A%2F%2Fapp.example%2Flogin%2Fwecom&response_type=code&scope=snsapi_base&state={}&agentid=1000000#wechat_redirect",
///         state.secret()
///     )
/// );
/// assert!(state.secret().chars().all(|c| c.is_ascii_alphanumeric()));
/// # Ok::<(), oauth2::url::ParseError>(())
/// ```
pub fn in_app_url(corp_id: &str, agent_id: &str, redirect_uri: &RedirectUrl) -> (Url, CsrfToken) {
    let state = new_state();
    let mut url = documented(AUTHORIZE_URL);
    url.query_pairs_mut()
        .append_pair("appid", corp_id)
        .append_pair("redirect_uri", redirect_uri.as_str())
        .append_pair("response_type", "code")
        .append_pair("scope", "snsapi_base")
        .append_pair("state", state.secret())
        .append_pair("agentid", agent_id);
    url.set_fragment(Some("wechat_redirect"));
    (url, state)
}

/// One of the documented URLs, parsed (a test parses each).
fn documented(url: &str) -> Url {
    Url::parse(url).expect("a valid URL")
}

/// A new state: `oauth2`'s random one (16 random bytes, base64url, which may hold `-` and
/// `_`), its bytes written in hexadecimal, so that it holds only letters and digits.
fn new_state() -> CsrfToken {
    let random = CsrfToken::new_random();
    let mut hex = String::with_capacity(random.secret().len() * 2);
    for byte in random.secret().bytes() {
        let _ = write!(hex, "{byte:02x}");
    }
    CsrfToken::new(hex)
}

#[cfg(test)]
mod tests {
    use super::new_state;

    #[test]
    fn states_are_new_letters_and_digits() {
        let (a, b) = (new_state(), new_state());
        assert_ne!(a.secret(), b.secret());
        assert_eq!(a.secret().len(), 44);
        assert!(a.secret().bytes().all(|b| b.is_ascii_hexdigit()));
    }
}
