//! WeChat (微信) errors and login: [`WechatError`], WeChat's global return codes, and the
//! [`Wechat`] provider, declared with the same public mechanism as any provider of yours.
//!
//! # Which endpoint sends which codes
//!
//! Every WeChat API answers an error with HTTP 200 and `{"errcode":40029,"errmsg":"invalid
//! code, rid: 63106779-282330ba-5d5deaf3"}`, often with `Content-Type: text/plain`; the
//! `errmsg` ends with a request id for WeChat's support (`rid: …`, or in older answers `hints: [
//! req_id: … ]`, `hint: […]`), which `ErrorResponse::request_id`
//! splits off. Website login (网站应用微信登录) uses:
//!
//! | step | endpoint |
//! | --- | --- |
//! | authorize (QR code) | [`AUTHORIZE_URL`]`?appid=…&redirect_uri=…&response_type=code&scope=snsapi_login&state=…#wechat_redirect` |
//! | token | [`TOKEN_URL`]`?appid=…&secret=…&code=…&grant_type=authorization_code` (`GET`) |
//! | refresh | [`REFRESH_URL`]`?appid=…&grant_type=refresh_token&refresh_token=…` (`GET`, no secret) |
//!
//! `client` and `HttpClient` send them so; `authorize_url` writes the authorization URL.
//!
//! ```
//! use oauth_errors::{Kind, wechat::WechatError};
//!
//! let error = WechatError::try_from(40163)?;
//! assert_eq!(error, WechatError::OauthCodeAlreadyUsed);
//! assert_eq!(error.description(), "oauth_code已使用");
//! assert_eq!(error.description_en(), Some("code been used"));
//! assert_eq!(error.kind(), Kind::Reauthorize);
//! assert_eq!(WechatError::try_from(-1)?, WechatError::SystemBusy);
//! # Ok::<(), oauth_errors::UnknownCode<i32>>(())
//! ```
//!
//! # Where the table comes from
//!
//! [`WechatError`] is WeChat's global return-code table (全局返回码) of its 公众平台 docs, as
//! the `WxJava` SDK copies it (`binarywang/WxJava`,
//! `weixin-java-common/src/main/java/me/chanjar/weixin/common/error/WxMpErrorMsgEnum.java`),
//! 161 rows in that copy's order, with the English `errmsg` of each code from the same SDK's
//! copy of the 开放平台 table (`WxOpenErrorMsgEnum.java`) where it gives one (126 rows). Eight
//! rows follow that the copy lacks, each documenting its sources: codes of newer versions of
//! WeChat's pages (40048, 40125, 40164, 40227, 40243), of the mini-program login (40226), of
//! the 第三方平台 IP whitelist (61004) and one body WeChat sent (-2); 40227 rests on one
//! excerpt of the page, and -2 has no Chinese text.
//!
//! The English variant names are ours; the descriptions are WeChat's.

#[cfg(feature = "oauth2")]
mod login;
mod miniprogram;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
mod session;
#[cfg(feature = "oauth2")]
pub use login::{Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client};
#[cfg(feature = "response")]
pub use miniprogram::MiniProgramErrorResponse;
pub use miniprogram::{JSCODE2SESSION_URL, MiniProgram, MiniProgramError};
#[cfg(feature = "response")]
pub use response::ErrorResponse;
#[cfg(feature = "oauth2")]
pub use session::{Session, SessionKey, code_to_session, code_to_session_async};

use crate::{Provider, WireFormat};

/// WeChat's authorization endpoint for website login (QR code), as WeChat's website login
/// guide gives it.
pub const AUTHORIZE_URL: &str = "https://open.weixin.qq.com/connect/qrconnect";

/// WeChat's token endpoint, as WeChat's website login guide gives it.
pub const TOKEN_URL: &str = "https://api.weixin.qq.com/sns/oauth2/access_token";

/// WeChat's refresh endpoint, as WeChat's website login guide gives it: where
/// `HttpClient` sends a refresh (the path of `TOKEN_URL` replaced).
pub const REFRESH_URL: &str = "https://api.weixin.qq.com/sns/oauth2/refresh_token";

/// WeChat as a [`Provider`]: errors are JSON with HTTP 200, an `errcode` of [`WechatError`]
/// and an `errmsg` that may end with a request id; an access token, an openid or an `errcode`
/// of 0 is a success. The token request is a `GET` with `appid` and `secret`; a refresh goes to
/// [`REFRESH_URL`] without the secret; the authorization URL names the app `appid`, orders the
/// parameters as WeChat's guide does and ends with `#wechat_redirect`.
///
/// ```
/// use oauth_errors::{Provider, wechat::Wechat};
///
/// assert_eq!(Wechat::NAME, "WeChat");
/// assert_eq!(Wechat::FORMAT.get_code(), ["errcode"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wechat {}

impl Provider for Wechat {
    const NAME: &'static str = "WeChat";
    type Error = WechatError;
    type ApiError = core::convert::Infallible;
    const FORMAT: WireFormat = WireFormat::new()
        .code(&["errcode"])
        .message(&["errmsg"])
        .request_id(&["reqid"])
        .request_id_in_message()
        .success(&["access_token", "openid"])
        .success_code(0);
    #[cfg(feature = "oauth2")]
    const LOGIN: crate::Login = crate::Login::new()
        .token_request(
            crate::TokenRequest::new()
                .parameters(crate::Parameters::Query)
                .rename(&[
                    crate::Rename {
                        standard: "client_id",
                        provider: "appid",
                    },
                    crate::Rename {
                        standard: "client_secret",
                        provider: "secret",
                    },
                ])
                .omit(&["redirect_uri"])
                .omit_on_refresh(&["client_secret"])
                .refresh_path("/sns/oauth2/refresh_token"),
        )
        .authorize_request(
            crate::AuthorizeRequest::new()
                .rename(&[crate::Rename {
                    standard: "client_id",
                    provider: "appid",
                }])
                .defaults(&[crate::Parameter {
                    name: "scope",
                    value: "snsapi_login",
                }])
                .order(&["appid", "redirect_uri", "response_type", "scope", "state"])
                .fragment("wechat_redirect"),
        );
}

crate::oauth_error_table! {
    /// A return code of WeChat's APIs (`errcode`): WeChat's global return-code table.
    ///
    /// [`description`](Self::description) is the table's Chinese text and `Display` writes it;
    /// [`description_en`](Self::description_en) is the `errmsg` WeChat sends for the code (without
    /// the request id), where a copy of the table gives it. Each variant's documentation gives
    /// its code and both texts. `Success` (code `0`) is part of the table and kept. WeChat adds
    /// codes over time, so the enum is `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::WechatError;
    ///
    /// assert_eq!(WechatError::from_code(40029), Some(WechatError::InvalidOauthCode));
    /// assert_eq!(WechatError::InvalidOauthCode.to_string(), "40029: 不合法的 oauth_code");
    /// assert_eq!(WechatError::from_code(40125), Some(WechatError::InvalidAppSecret));
    /// ```
    ///
    /// `40001` names two causes: a wrong secret (`AppSecret`) where the token endpoint answers
    /// it, an access token that is no longer valid from an API call.
    /// [`kind_at`](Self::kind_at) tells them apart:
    ///
    /// ```
    /// use oauth_errors::{Endpoint, Kind, WechatError};
    ///
    /// assert_eq!(WechatError::InvalidCredential.kind_at(Endpoint::Api), Kind::Refresh);
    /// assert_eq!(WechatError::InvalidCredential.kind_at(Endpoint::Token), Kind::Misconfigured);
    /// ```
    #[non_exhaustive]
    #[oauth_errors(token_kind(misconfigured = [40001]))]
    pub enum WechatError {
        r#"
| 返回码(code) | 名称(name) | 类别(kind) | 说明(description) | errmsg(description_en) | 出处(note) |
| --- | --- | --- | --- | --- | --- |
| -1 | SystemBusy | retry | 系统繁忙，此时请开发者稍候再试 | system error | |
| 0 | Success | success | 请求成功 | ok | |
| 40001 | InvalidCredential | refresh | 获取 access_token 时 AppSecret 错误，或者 access_token 无效。请开发者认真比对 AppSecret 的正确性，或查看是否正在为恰当的公众号调用接口 | invalid credential, access_token is invalid or not latest | Kind `refresh` where an API call answers it: the access_token is invalid or not the latest (access_token 无效); get a new one and replay once. Where the token endpoint answers it (the app sends its AppSecret there), the AppSecret is wrong (AppSecret 错误): `misconfigured`. |
| 40002 | InvalidGrantType | invalid_request | 不合法的凭证类型 | invalid grant_type | |
| 40003 | InvalidOpenId | invalid_request | 不合法的 OpenID ，请开发者确认 OpenID （该用户）是否已关注公众号，或是否是其他公众号的 OpenID | invalid openid | Kind `invalid_request`: the OpenID sent is not valid for this account (不合法的 OpenID), e.g. it belongs to another account. |
| 40004 | InvalidMediaType | invalid_request | 不合法的媒体文件类型 | invalid media type | |
| 40005 | InvalidFileType | invalid_request | 不合法的文件类型 | invalid file type | |
| 40006 | InvalidFileSize | invalid_request | 不合法的文件大小 | invalid meida size | |
| 40007 | InvalidMediaId | invalid_request | 不合法的媒体文件 id | invalid media_id | |
| 40008 | InvalidMessageType | invalid_request | 不合法的消息类型 | invalid message type | |
| 40009 | InvalidImageSize | invalid_request | 不合法的图片文件大小 | invalid image size | |
| 40010 | InvalidVoiceSize | invalid_request | 不合法的语音文件大小 | invalid voice size | |
| 40011 | InvalidVideoSize | invalid_request | 不合法的视频文件大小 | invalid video size | |
| 40012 | InvalidThumbnailSize | invalid_request | 不合法的缩略图文件大小 | invalid thumb size | |
| 40013 | InvalidAppId | misconfigured | 不合法的 AppID ，请开发者检查 AppID 的正确性，避免异常字符，注意大小写 | invalid appid | |
| 40014 | InvalidAccessToken | refresh | 不合法的 access_token ，请开发者认真比对 access_token 的有效性（如是否过期），或查看是否正在为恰当的公众号调用接口 | invalid access_token | Kind `refresh`: the access_token is not valid, e.g. expired (不合法的 access_token); get a new one (refresh it, or fetch a new app token) and replay once. |
| 40015 | InvalidMenuType | invalid_request | 不合法的菜单类型 | invalid menu type | |
| 40016 | InvalidButtonCount | invalid_request | 不合法的按钮个数 | invalid button size | |
| 40017 | InvalidButtonType | invalid_request | 不合法的按钮类型 | invalid button type | |
| 40018 | InvalidButtonNameLength | invalid_request | 不合法的按钮名字长度 | invalid button name size | |
| 40019 | InvalidButtonKeyLength | invalid_request | 不合法的按钮 KEY 长度 | invalid button key size | |
| 40020 | InvalidButtonUrlLength | invalid_request | 不合法的按钮 URL 长度 | invalid button url size | |
| 40021 | InvalidMenuVersion | invalid_request | 不合法的菜单版本号 | invalid menu version | |
| 40022 | InvalidSubMenuLevel | invalid_request | 不合法的子菜单级数 | invalid sub_menu level | |
| 40023 | InvalidSubButtonCount | invalid_request | 不合法的子菜单按钮个数 | invalid sub button size | |
| 40024 | InvalidSubButtonType | invalid_request | 不合法的子菜单按钮类型 | invalid sub button type | |
| 40025 | InvalidSubButtonNameLength | invalid_request | 不合法的子菜单按钮名字长度 | invalid sub button name size | |
| 40026 | InvalidSubButtonKeyLength | invalid_request | 不合法的子菜单按钮 KEY 长度 | invalid sub button key size | |
| 40027 | InvalidSubButtonUrlLength | invalid_request | 不合法的子菜单按钮 URL 长度 | invalid sub button url size | |
| 40028 | InvalidMenuApiUser | misconfigured | 不合法的自定义菜单使用用户 | invalid menu api user | Kind `misconfigured`: the calling account is not a valid user of the custom menu API (不合法的自定义菜单使用用户). |
| 40029 | InvalidOauthCode | reauthorize | 不合法的 oauth_code | invalid code | The 开放平台 table, which WeChat's staff point website logins to, words it “无效的 oauth_code”. Kind `reauthorize`: the code is invalid (不合法的 oauth_code), e.g. wrong or expired; the user must log in again to get a new code. |
| 40030 | InvalidRefreshToken | reauthorize | 不合法的 refresh_token | invalid refresh_token | Kind `reauthorize`: the refresh_token is invalid (不合法的 refresh_token); the user must log in again. |
| 40031 | InvalidOpenIdList | invalid_request | 不合法的 openid 列表 | invalid openid list | |
| 40032 | InvalidOpenIdListLength | invalid_request | 不合法的 openid 列表长度 | invalid openid list size | |
| 40033 | InvalidRequestCharacters | invalid_request | 不合法的请求字符，不能包含\uxxxx 格式的字符 | invalid charset. please check your request, if include \\uxxxx will create  fail! | The copy read writes the English with a doubled backslash, `\\uxxxx`, which Markdown reads as one: `\uxxxx`. |
| 40035 | InvalidParameter | invalid_request | 不合法的参数 | invalid args size | |
| 40038 | InvalidRequestFormat | invalid_request | 不合法的请求格式 | invalid packaging type | |
| 40039 | InvalidUrlLength | invalid_request | 不合法的 URL 长度 | invalid url size | |
| 40050 | InvalidGroupId | invalid_request | 不合法的分组 id | invalid timeline type | |
| 40051 | InvalidGroupName | invalid_request | 分组名字不合法 | invalid group name | |
| 40060 | InvalidArticleIndex | invalid_request | 删除单篇图文时，指定的 article_idx 不合法 | invalid article idx | |
| 40117 | InvalidButtonMediaIdSize | invalid_request | 分组名字不合法 | invalid button media_id size | The Chinese text is 40051's (分组名字不合法) in every copy of the table read; the English says what the code is about, and the name follows it. |
| 40118 | InvalidSubButtonMediaIdSize | invalid_request | media_id 大小不合法 | invalid sub button media_id size | |
| 40119 | InvalidButtonTypeUse | invalid_request | button 类型错误 | invalid use button type | |
| 40120 | InvalidSubButtonTypeUse | invalid_request | button 类型错误 | invalid use sub button type | |
| 40121 | InvalidMediaIdType | invalid_request | 不合法的 media_id 类型 | invalid media type in view_limited | |
| 40132 | InvalidWechatId | invalid_request | 微信号不合法 | invalid username | |
| 40137 | UnsupportedImageFormat | invalid_request | 不支持的图片格式 | invalid image format | |
| 40155 | OtherAccountHomepageUrlForbidden | denied | 请勿添加其他公众号的主页链接 | please don't contain other home page url | Kind `denied`: WeChat refuses this content (请勿添加其他公众号的主页链接); links to another account's homepage are not allowed. |
| 40163 | OauthCodeAlreadyUsed | reauthorize | oauth_code已使用 | code been used | Kind `reauthorize`: the code was used already (oauth_code已使用); a code is good once, so the user must log in again. |
| 41001 | MissingAccessToken | invalid_request | 缺少 access_token 参数 | access_token missing | |
| 41002 | MissingAppId | invalid_request | 缺少 appid 参数 | appid missing | |
| 41003 | MissingRefreshToken | invalid_request | 缺少 refresh_token 参数 | refresh_token missing | |
| 41004 | MissingAppSecret | invalid_request | 缺少 secret 参数 | appsecret missing | |
| 41005 | MissingMediaData | invalid_request | 缺少多媒体文件数据 | media data missing | |
| 41006 | MissingMediaId | invalid_request | 缺少 media_id 参数 | media_id missing | |
| 41007 | MissingSubMenuData | invalid_request | 缺少子菜单数据 | sub_menu data missing | |
| 41008 | MissingOauthCode | invalid_request | 缺少 oauth code | missing code | |
| 41009 | MissingOpenId | invalid_request | 缺少 openid | missing openid | |
| 42001 | AccessTokenExpired | refresh | access_token 超时，请检查 access_token 的有效期，请参考基础支持 - 获取 access_token 中，对 access_token 的详细机制说明 | access_token expired | Kind `refresh`: the access_token has expired (access_token 超时); refresh it with the refresh token (or fetch a new app token) and replay once. |
| 42002 | RefreshTokenExpired | reauthorize | refresh_token 超时 | refresh_token expired | Kind `reauthorize`: the refresh_token has expired (refresh_token 超时); the user must log in again. |
| 42003 | OauthCodeExpired | reauthorize | oauth_code 超时 | code expired | Kind `reauthorize`: the code has expired (oauth_code 超时); codes are short-lived, so the user must log in again. |
| 42007 | UserPasswordChanged | reauthorize | 用户修改微信密码， accesstoken 和 refreshtoken 失效，需要重新授权 | access_token and refresh_token exception | Kind `reauthorize`: the user changed the WeChat password, which voids access_token and refresh_token (需要重新授权); the user must log in again. |
| 43001 | GetMethodRequired | invalid_request | 需要 GET 请求 | require GET method | |
| 43002 | PostMethodRequired | invalid_request | 需要 POST 请求 | require POST method | |
| 43003 | HttpsRequired | invalid_request | 需要 HTTPS 请求 | require https | |
| 43004 | RecipientSubscriptionRequired | denied | 需要接收者关注 | require subscribe | Kind `denied`: the recipient must follow the account (需要接收者关注); the app cannot change that. |
| 43005 | FriendshipRequired | denied | 需要好友关系 | require friend relations | Kind `denied`: a friend relationship with the user is required (需要好友关系). |
| 43019 | RecipientBlacklisted | denied | 需要将接收者从黑名单中移除 | require remove blacklist | Kind `denied`: the recipient is on the account's blacklist (需要将接收者从黑名单中移除); remove them from it first. |
| 44001 | EmptyMediaData | invalid_request | 多媒体文件为空 | empty media data | |
| 44002 | EmptyPostData | invalid_request | POST 的数据包为空 | empty post data | |
| 44003 | EmptyNewsMessage | invalid_request | 图文消息内容为空 | empty news data | |
| 44004 | EmptyTextMessage | invalid_request | 文本消息内容为空 | empty content | |
| 45001 | MediaTooLarge | invalid_request | 多媒体文件大小超过限制 | media size out of limit | |
| 45002 | MessageContentTooLong | invalid_request | 消息内容超过限制 | content size out of limit | |
| 45003 | TitleTooLong | invalid_request | 标题字段超过限制 | title size out of limit | |
| 45004 | DescriptionTooLong | invalid_request | 描述字段超过限制 | description size out of limit | |
| 45005 | UrlTooLong | invalid_request | 链接字段超过限制 | url size out of limit | |
| 45006 | PictureUrlTooLong | invalid_request | 图片链接字段超过限制 | picurl size out of limit | |
| 45007 | VoicePlaytimeTooLong | invalid_request | 语音播放时间超过限制 | playtime out of limit | |
| 45008 | ArticleLimitReached | invalid_request | 图文消息超过限制 | article size out of limit | Kind `invalid_request`: the cap is on one message (图文消息超过限制, its articles): send fewer. |
| 45009 | ApiDailyLimitReached | rate_limited | 接口调用超过限制 | reach max api daily quota limit | |
| 45010 | MenuCreationLimitReached | denied | 创建菜单个数超过限制 | create menu limit | Kind `denied`: the text names a count of menus, not a rate; like 65305 (个性化菜单数量受限) it is a cap the account has reached. |
| 45011 | ApiMinuteQuotaReached | rate_limited | API 调用太频繁，请稍候再试 | api minute-quota reach limit, must slower, retry next minute | |
| 45015 | ReplyWindowExpired | denied | 回复时间超过限制 | response out of time limit or subscription is canceled | Kind `denied`: the reply time limit has passed (回复时间超过限制) or the user unsubscribed; the account may not message this user now. |
| 45016 | SystemGroupNotModifiable | invalid_request | 系统分组，不允许修改 | can't modify sys group | Kind `invalid_request`: system groups cannot be modified (系统分组，不允许修改); the request targets one. |
| 45017 | GroupNameTooLong | invalid_request | 分组名字过长 | can't set group name too long sys group | |
| 45018 | GroupLimitReached | denied | 分组数量超过上限 | too many group now, no need to add new | Kind `denied`: the account has the maximum number of groups (分组数量超过上限), a cap on what it owns that time does not lift: delete one first. |
| 45047 | CustomerServiceMessageLimitReached | rate_limited | 客服接口下行条数超过上限 | out of response count limit | Kind `rate_limited`: the cap on customer service messages was reached (客服接口下行条数超过上限); sending may work again later. |
| 45159 | InvalidTagId | invalid_request | 非法的tag_id | invalid tag id | |
| 45065 | DuplicateClientMsgId | invalid_request | 相同 clientmsgid 已存在群发记录，返回数据中带有已存在的群发任务的 msgid | clientmsgid exist | Kind `invalid_request`: a mass send with this clientmsgid already exists (已存在群发记录); the response carries its msgid. |
| 45066 | ClientMsgIdRateLimited | rate_limited | 相同 clientmsgid 重试速度过快，请间隔1分钟重试 | same clientmsgid retry too fast | Kind `rate_limited`: the same clientmsgid was retried too fast (重试速度过快); wait one minute. |
| 45067 | ClientMsgIdTooLong | invalid_request | clientmsgid 长度超过限制 | clientmsgid size out of limit | |
| 46001 | MediaNotFound | invalid_request | 不存在媒体数据 | media data no exist | |
| 46002 | MenuVersionNotFound | invalid_request | 不存在的菜单版本 | menu version no exist | |
| 46003 | MenuNotFound | invalid_request | 不存在的菜单数据 | menu no exist | |
| 46004 | UserNotFound | invalid_request | 不存在的用户 | user no exist | Kind `invalid_request`: the user does not exist (不存在的用户); the app sent an unknown user. |
| 47001 | InvalidJsonOrXml | invalid_request | 解析 JSON/XML 内容错误 | data format error | |
| 48001 | ApiUnauthorized | misconfigured | api 功能未授权，请确认公众号已获得该接口，可以在公众平台官网 - 开发者中心页中查看接口权限 | api unauthorized | Kind `misconfigured`: the app lacks permission for this API (api 功能未授权); on sns/userinfo it can mean the login scope is too narrow. |
| 48002 | UserRefusedMessages | denied | 粉丝拒收消息（粉丝在公众号选项中，关闭了 “ 接收消息 ” ） | user block receive message | |
| 48004 | ApiBanned | denied | api 接口被封禁，请登录 mp.weixin.qq.com 查看详情 | api forbidden for irregularities, view detail on mp.weixin.qq.com | Kind `denied`: a sanction of the account for irregularities (违规), which an operator appeals at mp.weixin.qq.com; retrying does not help. |
| 48005 | MaterialInUse | invalid_request | api 禁止删除被自动回复和自定义菜单引用的素材 | forbid to delete material used by auto-reply or menu | Kind `invalid_request`: the material is used by auto-reply or a menu (被自动回复和自定义菜单引用); remove those uses before deleting. |
| 48006 | QuotaResetLimitReached | rate_limited | api 禁止清零调用次数，因为清零次数达到上限 | forbid to clear quota because of reaching the limit | Kind `rate_limited`: the allowance for clearing the call quota is used up (清零次数达到上限); clearing may be allowed again later. |
| 48008 | MessageTypeUnauthorized | misconfigured | 没有该类型消息的发送权限 | no permission for this msgtype | Kind `misconfigured`: the account has no permission to send this message type (没有该类型消息的发送权限). |
| 50001 | UserApiUnauthorized | reauthorize | 用户未授权该 api | api unauthorized or user unauthorized | Kind `reauthorize`: the user has not authorized this API (用户未授权该 api), e.g. the scope is too narrow; ask the user to authorize again. |
| 50002 | UserRestricted | denied | 用户受限，可能是违规后接口被封禁 | user limited | Kind `denied`: the user is restricted (用户受限), possibly banned after a violation; retrying will not help. |
| 50005 | UserNotSubscribed | denied | 用户未关注公众号 | user is unsubscribed | |
| 61451 | BadParameter | invalid_request | 参数错误 (invalid parameter) | |  |
| 61452 | InvalidCustomerServiceAccount | invalid_request | 无效客服账号 (invalid kf_account) | |  |
| 61453 | CustomerServiceAccountExists | invalid_request | 客服帐号已存在 (kf_account exsited) | |  |
| 61454 | CustomerServiceAccountNameTooLong | invalid_request | 客服帐号名长度超过限制 ( 仅允许 10 个英文字符，不包括 @ 及 @ 后的公众号的微信号 )(invalid kf_acount length) | |  |
| 61455 | InvalidCustomerServiceAccountName | invalid_request | 客服帐号名包含非法字符 ( 仅允许英文 + 数字 )(illegal character in kf_account) | |  |
| 61456 | CustomerServiceAccountLimitReached | denied | 客服帐号个数超过限制 (10 个客服账号 )(kf_account count exceeded) | | Kind `denied`: the account has the maximum of 10 customer service accounts (客服帐号个数超过限制), a cap on what it owns: delete one first. |
| 61457 | InvalidAvatarFileType | invalid_request | 无效头像文件类型 (invalid file type) | |  |
| 61450 | SystemFailure | retry | 系统错误 (system error) | |  |
| 61500 | InvalidDateFormat | invalid_request | 日期格式错误 | date format error | |
| 65301 | ConditionalMenuNotFound | invalid_request | 不存在此 menuid 对应的个性化菜单 | this menu is not conditionalmenu | |
| 65302 | MenuMatchUserNotFound | invalid_request | 没有相应的用户 | no such user | |
| 65303 | DefaultMenuRequired | invalid_request | 没有默认菜单，不能创建个性化菜单 | there is no selfmenu, please create selfmenu first | Kind `invalid_request`: a default menu must exist first (没有默认菜单，不能创建个性化菜单). |
| 65304 | EmptyMatchRule | invalid_request | MatchRule 信息为空 | match rule empty | |
| 65305 | ConditionalMenuLimitReached | denied | 个性化菜单数量受限 | menu count limit | Kind `denied`: the account has the maximum number of conditional menus (个性化菜单数量受限), a cap on what it owns: delete one first. |
| 65306 | ConditionalMenuUnsupported | misconfigured | 不支持个性化菜单的帐号 | conditional menu not support | Kind `misconfigured`: this account does not support conditional menus (不支持个性化菜单的帐号). |
| 65307 | EmptyConditionalMenu | invalid_request | 个性化菜单信息为空 | conditional menu is empty | |
| 65308 | ButtonWithoutAction | invalid_request | 包含没有响应类型的 button | exist empty button act | |
| 65309 | ConditionalMenuDisabled | misconfigured | 个性化菜单开关处于关闭状态 | conditional menu switch is closed | Kind `misconfigured`: conditional menus are switched off for the account (个性化菜单开关处于关闭状态); turn the switch on. |
| 65310 | MissingCountry | invalid_request | 填写了省份或城市信息，国家信息不能为空 | region info: country is empty | |
| 65311 | MissingProvince | invalid_request | 填写了城市信息，省份信息不能为空 | region info: province is empty | |
| 65312 | InvalidCountry | invalid_request | 不合法的国家信息 | invalid country info | |
| 65313 | InvalidProvince | invalid_request | 不合法的省份信息 | invalid province info | |
| 65314 | InvalidCity | invalid_request | 不合法的城市信息 | invalid city info | |
| 65316 | MenuDomainLimitReached | invalid_request | 该公众号的菜单设置了过多的域名外跳（最多跳转到 3 个域名的链接） | domain count reach limit | Kind `invalid_request`: the menu links to too many domains (过多的域名外跳, at most 3); the menu sent must use fewer. |
| 65317 | InvalidUrl | invalid_request | 不合法的 URL | contain invalid url | |
| 9001001 | InvalidPostParameters | invalid_request | POST 数据参数不合法 | |  |
| 9001002 | RemoteServiceUnavailable | retry | 远端服务不可用 | |  |
| 9001003 | InvalidTicket | invalid_request | Ticket 不合法 | |  |
| 9001004 | ShakeUserInfoFetchFailed | retry | 获取摇周边用户信息失败 | | Kind `retry`: WeChat failed to get the Shake Nearby user info (获取摇周边用户信息失败); no cause is given, so a later retry may succeed. |
| 9001005 | MerchantInfoFetchFailed | retry | 获取商户信息失败 | | Kind `retry`: WeChat failed to get the merchant info (获取商户信息失败); no cause is given, so a later retry may succeed. |
| 9001006 | OpenIdFetchFailed | retry | 获取 OpenID 失败 | | Kind `retry`: WeChat failed to get the OpenID (获取 OpenID 失败); no cause is given, so a later retry may succeed. |
| 9001007 | MissingUploadFile | invalid_request | 上传文件缺失 | |  |
| 9001008 | InvalidMaterialFileType | invalid_request | 上传素材的文件类型不合法 | |  |
| 9001009 | InvalidMaterialFileSize | invalid_request | 上传素材的文件尺寸不合法 | |  |
| 9001010 | UploadFailed | retry | 上传失败 | | Kind `retry`: the upload failed (上传失败) with no cause given; a later retry may succeed. |
| 9001020 | InvalidAccount | misconfigured | 帐号不合法 | | Kind `misconfigured`: the account is not valid (帐号不合法); this concerns the app's own account, not a user. |
| 9001021 | DeviceActivationRateTooLow | denied | 已有设备激活率低于 50% ，不能新增设备 | | Kind `denied`: existing devices' activation rate is below 50% (已有设备激活率低于 50%), so the account may not add devices. |
| 9001022 | InvalidDeviceQuantity | invalid_request | 设备申请数不合法，必须为大于 0 的数字 | |  |
| 9001023 | DeviceApplicationPending | denied | 已存在审核中的设备 ID 申请 | | Kind `denied`: a device ID application is already under review (已存在审核中的设备 ID 申请); wait for the review. |
| 9001024 | TooManyDeviceIdsInQuery | invalid_request | 一次查询设备 ID 数量不能超过 50 | |  |
| 9001025 | InvalidDeviceId | invalid_request | 设备 ID 不合法 | |  |
| 9001026 | InvalidPageId | invalid_request | 页面 ID 不合法 | |  |
| 9001027 | InvalidPageParameters | invalid_request | 页面参数不合法 | |  |
| 9001028 | TooManyPageIdsToDelete | invalid_request | 一次删除页面 ID 数量不能超过 10 | |  |
| 9001029 | PageInUseByDevice | invalid_request | 页面已应用在设备中，请先解除应用关系再删除 | | Kind `invalid_request`: the page is applied to devices (页面已应用在设备中); unbind it before deleting. |
| 9001030 | TooManyPageIdsInQuery | invalid_request | 一次查询页面 ID 数量不能超过 50 | |  |
| 9001031 | InvalidTimeRange | invalid_request | 时间区间不合法 | |  |
| 9001032 | InvalidDevicePageBindingParameters | invalid_request | 保存设备与页面的绑定关系参数错误 | |  |
| 9001033 | InvalidStoreId | invalid_request | 门店 ID 不合法 | |  |
| 9001034 | DeviceCommentTooLong | invalid_request | 设备备注信息过长 | |  |
| 9001035 | InvalidDeviceApplicationParameters | invalid_request | 设备申请参数不合法 | |  |
| 9001036 | InvalidQueryBegin | invalid_request | 查询起始值 begin 不合法 | |  |
| 45083 | InvalidSpeed | invalid_request | 设置的 speed 参数不在0到4的范围内 | the speed out of range | |
| 45084 | MissingSpeed | invalid_request | 没有设置 speed 参数 | No speed message | |
| -2 | InvalidScope | invalid_request |  | invalid scope or bad scope | In no published table: the code and errmsg are from a body WeChat sent to a 网站应用 QR login (`{ errcode: -2, errmsg: "invalid scope or bad scope", reqid: … }`, Tencent/WeDemo#14); no Chinese text is published. Kind `invalid_request`: the `scope` sent is wrong; if the scope is right (`snsapi_login`), the app may lack it (`misconfigured`). |
| 40048 | InvalidUrlDomain | invalid_request | 无效的url | invalid url domain | From the 开放平台 table (WxJava `WxOpenErrorMsgEnum`); a 2025 copy of the 公众号 page has the same Chinese; the old 开放平台 page wrote `不合法的url域名`. Kind `invalid_request`: a URL in the request has a domain WeChat does not accept. |
| 40125 | InvalidAppSecret | misconfigured | 无效的appsecret | invalid appsecret | Chinese: the 公众号 page's row as a 2025 copy of it and the n8n-nodes-wechat-offiaccount maintainer quote it; English: the getStableAccessToken page (and what WeChat sends). The 开放平台 table's row is garbled (40013's AppID sentence, `invalid  appsecret`); the getAccessToken page writes `不合法的 secret`. |
| 40164 | IpNotInWhitelist | misconfigured | 调用接口的IP地址不在白名单中 | invalid ip, not in whitelist | Chinese: the getAccessToken page's 错误描述 (its 解决方案: `请在接口IP白名单中进行设置`); English: the 开放平台 table. WeChat sends `invalid ip <ip> ipv6 <ip>, not in whitelist`; the getStableAccessToken page writes `invalid ip  not in whitelist`. Kind `misconfigured`: add the server's IP to the whitelist. |
| 40226 | CodeBlocked | denied | 高风险等级用户，小程序登录拦截 。风险等级详见[用户安全解方案](https://developers.weixin.qq.com/miniprogram/dev/framework/operation) | code blocked | From the code2Session page. Kind `denied`: WeChat blocks the login of a user it rates high-risk. |
| 40227 | EmptyTitle | invalid_request | 标题为空 |  | Known only from a 2025 copy of the 公众号 page (blog.csdn.net/u012917925/article/details/145143114, docs-corpus excerpt); no English and no repository copy. |
| 40243 | AppSecretFrozen | misconfigured | AppSecret已被冻结，请解冻后再次调用。 |  | From the getAccessToken page (its 错误描述 column holds this Chinese; no English is published). The 公众号 pages write `AppSecret已被冻结，请登录MP解冻后再次调用。`. Kind `misconfigured`: the AppSecret was frozen in the console; an operator must unfreeze it. |
| 61004 | ClientIpNotRegistered | misconfigured | 客户端ip未授权。请检查调用端ip是否在服务商ip白名单中。 | access clientip is not registered | Chinese: the 小程序交易管理服务 pages; English: the 开放平台 table, whose Chinese is 48001's text (a copy error). Other pages write `access clientip is not registered, not in ip-white-list`. A 第三方平台 code: the calling IP is not in the platform's whitelist (`misconfigured`). |
"#
    }
}
