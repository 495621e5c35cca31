//! Weibo (新浪微博) errors: the OAuth 2.0 table ([`WeiboError`]) and the API's `Error_code`
//! table ([`WeiboApiError`]).
//!
//! # Which endpoint sends which codes
//!
//! Weibo answers every error with a JSON body that carries a numeric `error_code`:
//!
//! | endpoint | error body | codes |
//! | --- | --- | --- |
//! | `/oauth2/authorize`, `/oauth2/access_token` | `{"error":"invalid_grant","error_code":21325,"request":"/oauth2/access_token","error_uri":"/oauth2/access_token","error_description":"invalid authorization code:..."}`: `error` is an id | [`WeiboError`]: 21322–21332, 21337, 21338 |
//! | API calls (`/2/statuses/…`, `/2/users/…`, …) | `{"request":"/2/statuses/home_timeline.json","error_code":"20502","error":"Need you follow uid."}`: `error` is an English message | [`WeiboApiError`]: 10001–10024, 20001–21901 |
//!
//! An API call may answer an OAuth code too (`21327 expired_token`, `21332
//! invalid_access_token`), so a response looks its code up in both:
//! `ErrorResponse::known` in the OAuth table, `ErrorResponse::api` in the `Error_code`
//! table.
//!
//! ```
//! use oauth_errors::weibo::{WeiboApiError, WeiboError};
//!
//! let by_id: WeiboError = "invalid_grant".parse()?;
//! let by_code = WeiboError::try_from(21325)?;
//! assert_eq!(by_id, by_code);
//! assert_eq!(by_id, WeiboError::InvalidGrant);
//! assert_eq!(by_id.description(), "提供的Access Grant是无效的、过期的或已撤销的");
//!
//! let error = WeiboApiError::try_from(20003)?;
//! assert_eq!(error, WeiboApiError::UserNotFound);
//! assert_eq!(error.description(), "用户不存在");
//! assert_eq!(error.description_en(), Some("User does not exists"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Where the tables come from
//!
//! [`WeiboError`] is Weibo's "Weibo Login OAuth2.0" error table exactly as published, and two
//! rows after it that the published table lacks (see its documentation).
//!
//! [`WeiboApiError`] is Weibo's `Error_code` page (`https://open.weibo.com/wiki/Error_code`), in Chinese
//! and English, as a 2013 copy of the page has it (the `snserror` table vendored in
//! small-tou/Rabbit.js), plus `21335`, which later copies of the page add. The text of each
//! cell is as published, typos included (`Repeat conetnt`, `Auth faild`), without the white
//! space around it. No copy of the page has 10015, 10019 or 21336, and none of the OAuth
//! codes 21322–21326 or 21328–21334, which the page leaves to the OAuth table. Of those,
//! 21333 (禁止使用此认证方式, this way of authenticating is forbidden) is in neither enum: only
//! the older revision below has it, without an error id, and the published OAuth table does
//! not. An older,
//! Chinese-only revision of the page lists 10025 and 42 more service codes (20023, 20033,
//! 20112, 20114–20129, …); they are not on the page Weibo publishes now, and not in this table.
//!
//! The English variant names are ours; the descriptions are Weibo's.

#[cfg(feature = "oauth2")]
mod login;
#[cfg(feature = "response")]
mod response;
#[cfg(feature = "oauth2")]
pub use login::{Client, HttpClient, ReadyClient, Token, TokenFields, authorize_url, client};
#[cfg(feature = "response")]
pub use response::ErrorResponse;

use crate::{Provider, WireFormat};

/// Weibo's authorization endpoint (`oauth2/authorize`), as Weibo's API docs give it.
pub const AUTHORIZE_URL: &str = "https://api.weibo.com/oauth2/authorize";

/// Weibo's token endpoint (`oauth2/access_token`, a `POST` with `client_id`, `client_secret`,
/// `grant_type`, `code` and `redirect_uri`), as Weibo's API docs give it.
pub const TOKEN_URL: &str = "https://api.weibo.com/oauth2/access_token";

/// Weibo as a [`Provider`]: errors are JSON with an `error` id (an English message at the API),
/// an `error_code` of [`WeiboError`] or [`WeiboApiError`], an `error_description`, and the
/// `request` and `error_uri` they are about; a body with an `access_token` is a success.
///
/// ```
/// use oauth_errors::{Provider, weibo::Weibo};
///
/// assert_eq!(Weibo::NAME, "Weibo");
/// assert_eq!(Weibo::FORMAT.get_code(), ["error_code"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weibo {}

impl Provider for Weibo {
    const NAME: &'static str = "Weibo";
    type Error = WeiboError;
    type ApiError = WeiboApiError;
    const FORMAT: WireFormat = WireFormat::new()
        .error(&["error"])
        .code(&["error_code"])
        .api_code(&["error_code"])
        .message(&["error_description"])
        .keep(&["request", "error_uri"])
        .success(&["access_token"])
        .jsonp()
        .form_urlencoded();
}

crate::oauth_error_table! {
    /// An error of Weibo's OAuth 2.0 endpoints (`error` and `error_code` of the response).
    ///
    /// The table is Weibo's "Weibo Login OAuth2.0" error table exactly as published (header and
    /// rows as written, no trailing pipes; our source copy is `tests/data/seed.txt` in the
    /// repository); each variant's documentation gives its error id, code and description.
    /// The two rows after it are not in the published table:
    ///
    /// - `invalid_access_token` (`21332`): the id is from bodies Weibo sent
    ///   (`{"error":"invalid_access_token","error_code":21332,…}`, recorded in the wojilu
    ///   project's Weibo client), the text `access_token无效` from an older revision of Weibo's
    ///   `Error_code` page (as the NetDimension.Weibo SDK copies it; other copies write
    ///   `access_token 无效`);
    /// - `sso package or sign error` (`21338`): the id and the description are what Weibo sends
    ///   (`error` and `error_description` both `sso package or sign error`), as Weibo's iOS SDK
    ///   FAQ and a reported response quote them; Weibo's Android SDK FAQ writes `sso package and
    ///   sign error`. No copy gives a Chinese text.
    ///
    /// The table has no kinds, so they are given beside it: `redirect_uri_mismatch`,
    /// `invalid_client`, `unauthorized_client`, `appkey permission denied` and `sso package or
    /// sign error` are the app's registration (`misconfigured`); `invalid_grant`,
    /// `expired_token` and `invalid_access_token` the user's grant (`reauthorize`); the `unsupported_…` ids and `invalid_request` the request
    /// (`invalid_request`); `access_denied` the user (`denied`); `temporarily_unavailable`
    /// Weibo (`retry`).
    /// Weibo adds codes over time, so the enum is `#[non_exhaustive]`: match it with a wildcard
    /// arm.
    ///
    /// ```
    /// use oauth_errors::WeiboError;
    ///
    /// fn should_reauthorize(error: WeiboError) -> bool {
    ///     match error {
    ///         WeiboError::InvalidGrant | WeiboError::ExpiredToken => true,
    ///         _ => false,
    ///     }
    /// }
    ///
    /// assert!(should_reauthorize("expired_token".parse()?));
    /// assert!(!should_reauthorize(WeiboError::try_from(21330)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[non_exhaustive]
    #[oauth_errors(kind(
        reauthorize = ["invalid_grant", "expired_token", "invalid_access_token"],
        denied = ["access_denied"],
        misconfigured = [
            "redirect_uri_mismatch",
            "invalid_client",
            "unauthorized_client",
            "appkey permission denied",
            "sso package or sign error",
        ],
        invalid_request = ["invalid_request", "unsupported_grant_type", "unsupported_response_type"],
        retry = ["temporarily_unavailable"],
    ))]
    pub enum WeiboError {
        r"
| 错误码(error) | 错误编号(error_code) | 错误描述(error_description) |
| --- | ---- | ---- |
|redirect_uri_mismatch|21322|重定向地址不匹配 
|invalid_request|21323|请求不合法 
|invalid_client|21324|client_id或client_secret参数无效
|invalid_grant|21325|提供的Access Grant是无效的、过期的或已撤销的
|unauthorized_client|21326|客户端没有权限
|expired_token|21327|token过期
|unsupported_grant_type|21328|不支持的 GrantType
|unsupported_response_type|21329|不支持的 ResponseType
|access_denied|21330|用户或授权服务器拒绝授予数据访问权限
|temporarily_unavailable|21331|服务暂时无法访问
|appkey permission denied|21337|应用权限不足
|invalid_access_token|21332|access_token无效
|sso package or sign error|21338|sso package or sign error
"
    }
}

crate::oauth_error_table! {
    /// An error code of Weibo's API calls (`error_code`), from Weibo's `Error_code` page.
    ///
    /// [`description`](Self::description) is the page's Chinese text and `Display` writes it;
    /// [`description_en`](Self::description_en) is the page's English text. Neither is what
    /// Weibo sends in `error`, which is an English message of its own (`"User does not
    /// exists!"`, placeholders filled in): look an API error up by its code. Each variant's
    /// documentation gives its code and both texts. Weibo adds codes over time, so the enum is
    /// `#[non_exhaustive]`: match it with a wildcard arm.
    ///
    /// ```
    /// use oauth_errors::{Kind, weibo::WeiboApiError};
    ///
    /// let error = WeiboApiError::try_from(10023)?;
    /// assert_eq!(error, WeiboApiError::UserRateLimited);
    /// assert_eq!(error.to_string(), "10023: 用户请求频次超过上限");
    /// assert_eq!(error.description_en(), Some("User requests out of rate limit"));
    /// assert_eq!(error.kind(), Kind::RateLimited);
    /// # Ok::<(), oauth_errors::UnknownCode<i32>>(())
    /// ```
    #[non_exhaustive]
    pub enum WeiboApiError {
        r"
| 错误代码(code) | 名称(name) | 类别(kind) | 中文(description) | English(description_en) | 说明(note) |
| --- | --- | --- | --- | --- | --- |
| 10001 | SystemFailure | retry | 系统错误 | System error | |
| 10002 | ServiceSuspended | retry | 服务暂停 | Service unavailable | |
| 10003 | RemoteServiceFailure | retry | 远程服务错误 | Remote service error | |
| 10004 | IpRestricted | misconfigured | IP限制不能请求该资源 | IP limit | Kind `misconfigured`: an IP that may not call is the server's, and only an operator can change it (the rule for every provider's IP limits: QQ `-4`, WeChat `40164`). |
| 10005 | AppKeyPermissionRequired | misconfigured | 该资源需要appkey拥有授权 | Permission denied, need a high level appkey | Kind `misconfigured`: the resource needs the app key to hold an authorization (该资源需要appkey拥有授权); an operator must get it from Weibo. |
| 10006 | SourceAppKeyMissing | invalid_request | 缺少source (appkey) 参数 | Source paramter (appkey) is missing | |
| 10007 | UnsupportedMediaType | invalid_request | 不支持的MediaType (%s) | Unsupport mediatype (%s) | |
| 10008 | BadParameter | invalid_request | 参数错误，请参考API文档 | Param error, see doc for more info | |
| 10009 | SystemBusyTooManyTasks | retry | 任务过多，系统繁忙 | Too many pending tasks, system is busy | |
| 10010 | TaskTimedOut | retry | 任务超时 | Job expired | |
| 10011 | RpcFailure | retry | RPC错误 | RPC error | |
| 10012 | IllegalRequest | invalid_request | 非法请求 | Illegal request | |
| 10013 | InvalidWeiboUser | denied | 不合法的微博用户 | Invalid weibo user | Kind `denied`: Weibo does not accept the account as a valid Weibo user (不合法的微博用户); logging in again with it does not help. |
| 10014 | AppApiAccessRestricted | misconfigured | 应用的接口访问权限受限 | Insufficient app permissions | Kind `misconfigured`: the app's access to this API is restricted (应用的接口访问权限受限); an operator must obtain the permission from Weibo. |
| 10016 | RequiredParameterMissing | invalid_request | 缺失必选参数 (%s)，请参考API文档 | Miss required parameter (%s) , see doc for more info | |
| 10017 | InvalidParameterValue | invalid_request | 参数值非法，需为 (%s)，实际为 (%s)，请参考API文档 | Parameter (%s)'s value invalid, expect (%s) , but get (%s) , see doc for more info | |
| 10018 | RequestBodyTooLong | invalid_request | 请求长度超过限制 | Request body length over limit | |
| 10020 | ApiNotFound | invalid_request | 接口不存在 | Request api not found | |
| 10021 | UnsupportedHttpMethod | invalid_request | 请求的HTTP METHOD不支持，请检查是否选择了正确的POST/GET方式 | HTTP method is not suported for this request | The page's Chinese text ends with a line break, left out here. |
| 10022 | IpRateLimited | rate_limited | IP请求频次超过上限 | IP requests out of rate limit | |
| 10023 | UserRateLimited | rate_limited | 用户请求频次超过上限 | User requests out of rate limit | |
| 10024 | UserSpecialApiRateLimited | rate_limited | 用户请求特殊接口 (%s) 频次超过上限 | User requests for (%s) out of rate limit | |
| 20001 | IdsEmpty | invalid_request | IDs参数为空 | IDs is null | |
| 20002 | UidEmpty | invalid_request | Uid参数为空 | Uid parameter is null | |
| 20003 | UserNotFound | invalid_request | 用户不存在 | User does not exists | |
| 20005 | UnsupportedImageType | invalid_request | 不支持的图片类型，仅仅支持JPG、GIF、PNG | Unsupported image type, only suport JPG, GIF, PNG | |
| 20006 | ImageTooLarge | invalid_request | 图片太大 | Image size too large | |
| 20007 | MultipartUploadRequired | invalid_request | 请确保使用multpart上传图片 | Does multipart has image | |
| 20008 | ContentEmpty | invalid_request | 内容为空 | Content is null | |
| 20009 | IdsTooLong | invalid_request | IDs参数太长了 | IDs is too many | |
| 20012 | TextTooLong140Chars | invalid_request | 输入文字太长，请确认不超过140个字符 | Text too long, please input text less than 140 characters | |
| 20013 | TextTooLong300Chars | invalid_request | 输入文字太长，请确认不超过300个字符 | Text too long, please input text less than 300 characters | |
| 20014 | BadSecurityCheckParameter | retry | 安全检查参数有误，请再调用一次 | Param is error, please try again | Kind `retry`: Weibo says a security-check parameter was wrong and asks the caller to send the request again (请再调用一次). |
| 20015 | AccountIpOrAppInvalid | denied | 账号、IP或应用非法，暂时无法完成此操作 | Account or ip or app is illgal, can not continue | Kind `denied`: Weibo treats the account, IP or app as illegal (账号、IP或应用非法); the block is temporary, but sending again soon does not help. |
| 20016 | PostRateLimited | rate_limited | 发布内容过于频繁 | Out of limit | |
| 20017 | SimilarContentSubmitted | denied | 提交相似的信息 | Repeat content | Kind `denied`: Weibo refuses content similar to what was already submitted (提交相似的信息); sending it again does not help. |
| 20018 | ContainsInvalidUrl | denied | 包含非法网址 | Contain illegal website | Kind `denied`: Weibo refuses the content because it contains a forbidden URL (包含非法网址); sending it again does not help. |
| 20019 | IdenticalContentSubmitted | denied | 提交相同的信息 | Repeat conetnt | Kind `denied`: Weibo refuses content identical to what was already submitted (提交相同的信息); sending it again does not help. |
| 20020 | ContainsAdvertising | denied | 包含广告信息 | Contain advertising | Kind `denied`: Weibo refuses the content (包含广告信息); sending it again does not help. |
| 20021 | ContainsInvalidContent | denied | 包含非法内容 | Content is illegal | Kind `denied`: Weibo refuses the content as illegal (包含非法内容); sending it again does not help. |
| 20022 | AbnormalIpActivity | denied | 此IP地址上的行为异常 | Your ip's behave in a comic boisterous or unruly manner | Kind `denied`: Weibo has flagged abnormal activity from this IP address (此IP地址上的行为异常); sending again does not help. |
| 20031 | CaptchaRequired | denied | 需要验证码 | Test and verify | Kind `denied`: Weibo requires a captcha for this action (需要验证码); sending the same request again does not help. |
| 20032 | PublishedWithDelay | success | 发布成功，目前服务器可能会有延迟，请耐心等待1-2分钟 | Update success, while server slow now, please wait 1-2 minutes | Kind `success`: Weibo published the post (发布成功) and says it may take 1–2 minutes to appear; sending it again would post it twice. |
| 20101 | WeiboNotFound | invalid_request | 不存在的微博 | Target weibo does not exist | |
| 20102 | NotYourWeibo | denied | 不是你发布的微博 | Not your own weibo | |
| 20103 | CannotRepostOwnWeibo | denied | 不能转发自己的微博 | Can't repost yourself weibo | |
| 20104 | InvalidWeibo | invalid_request | 不合法的微博 | Illegal weibo | |
| 20109 | WeiboIdEmpty | invalid_request | 微博ID为空 | Weibo id is null | |
| 20111 | CannotPostIdenticalWeibo | denied | 不能发布相同的微博 | Repeated weibo text | Kind `denied`: Weibo refuses a weibo identical to one already posted (不能发布相同的微博); sending it again does not help. |
| 20201 | CommentNotFound | invalid_request | 不存在的微博评论 | Target weibo comment does not exist | |
| 20202 | InvalidComment | invalid_request | 不合法的评论 | Illegal comment | |
| 20203 | NotYourComment | denied | 不是你发布的评论 | Not your own comment | |
| 20204 | CommentIdEmpty | invalid_request | 评论ID为空 | Comment id is null | |
| 20301 | CannotDirectMessageNonFollower | denied | 不能给不是你粉丝的人发私信 | Can't send direct message to user who is not your follower | |
| 20302 | InvalidDirectMessage | invalid_request | 不合法的私信 | Illegal direct message | |
| 20303 | NotYourDirectMessage | denied | 不是属于你的私信 | Not your own direct message | |
| 20305 | DirectMessageNotFound | invalid_request | 不存在的私信 | Direct message does not exist | |
| 20306 | CannotSendIdenticalDirectMessage | denied | 不能发布相同的私信 | Repeated direct message text | Kind `denied`: Weibo refuses a direct message identical to one already sent (不能发布相同的私信); sending it again does not help. |
| 20307 | InvalidDirectMessageId | invalid_request | 非法的私信ID | Illegal direct message id | |
| 20401 | DomainNotFound | invalid_request | 域名不存在 | Domain not exist | |
| 20402 | WrongVerifier | invalid_request | Verifier错误 | Wrong verifier | Kind `invalid_request`: the verifier sent is wrong (Verifier错误); the caller must send the correct one. |
| 20501 | SourceOrTargetUserNotFound | invalid_request | 参数source_user或者target_user的用户不存在 | Source_user or target_user does not exists | |
| 20502 | TargetUserRequired | invalid_request | 必须输入目标用户id或者screen_name | Please input right target user id or screen_name | |
| 20503 | UserIdMustBeFollowed | denied | 参数user_id必须是你关注的用户 | Need you follow user_id | Kind `denied`: the action needs user_id to be someone the user follows (必须是你关注的用户); the user must follow them first. |
| 20504 | CannotFollowSelf | denied | 你不能关注自己 | Can not follow yourself | |
| 20505 | FollowRateLimited | rate_limited | 加关注请求超过上限 | Social graph updates out of rate limit | |
| 20506 | AlreadyFollowed | denied | 已经关注此用户 | Already followed | |
| 20507 | FollowCaptchaRequired | denied | 需要输入验证码 | Verification code is needed | Kind `denied`: Weibo requires a captcha to follow (需要输入验证码); sending the same request again does not help. |
| 20508 | ForbiddenByTargetPrivacy | denied | 根据对方的设置，你不能进行此操作 | According to user privacy settings,you can not do this | |
| 20509 | PrivateFollowLimitReached | denied | 悄悄关注个数到达上限 | Private friend count is out of limit | Kind `denied`: the user has reached the maximum number of private follows (悄悄关注个数到达上限); retrying does not help. |
| 20510 | NotPrivatelyFollowed | denied | 不是悄悄关注人 | Not private friend | |
| 20511 | AlreadyFollowedPrivately | denied | 已经悄悄关注此用户 | Already followed privately | |
| 20512 | CannotFollowBlacklistedUser | denied | 你已经把此用户加入黑名单，加关注前请先解除 | Please delete the user from you blacklist before you follow the user | |
| 20513 | FollowLimitReached | denied | 你的关注人数已达上限 | Friend count is out of limit! | Kind `denied`: the user follows the maximum number of people (你的关注人数已达上限); retrying does not help. |
| 20521 | TooManyFollowsToday | rate_limited | hi 超人，你今天已经关注很多喽，接下来的时间想想如何让大家都来关注你吧！如有问题，请联系新浪客服：400 690 0000 | Hi Superman, you have concerned a lot of people, have a think of how to make other people concern about you!&nbsp;! If you have any questions, please contact Sina customer service: 400 690 0000 | The page's English text has `&nbsp;` between `!` and `!`: a no-break space, as here. Kind `rate_limited`: the user has followed too many people today (你今天已经关注很多); following may work again on a later day. |
| 20522 | NotYetFollowed | denied | 还未关注此用户 | Not followed | |
| 20523 | NotYetFollower | denied | 还不是粉丝 | Not followers | |
| 20524 | TooManyUnfollowsToday | rate_limited | hi 超人，你今天已经取消关注很多喽，接下来的时间想想如何让大家都来关注你吧！如有问题，请联系新浪客服：400 690 0000 | Hi Superman, you have cancelled concerning a lot of people, have a think of how to make other people concern about you!&nbsp;! If you have any questions, please contact Sina customer service: 400 690 0000 | The page's English text has `&nbsp;` between `!` and `!`: a no-break space, as here. Kind `rate_limited`: the user has unfollowed too many people today (你今天已经取消关注很多); unfollowing may work again on a later day. |
| 20601 | ListNameTooLong | invalid_request | 列表名太长，请确保输入的文本不超过10个字符 | List name too long, please input text less than 10 characters | |
| 20602 | ListDescriptionTooLong | invalid_request | 列表描叙太长，请确保输入的文本不超过70个字符 | List description too long, please input text less than 70 characters | |
| 20603 | ListNotFound | invalid_request | 列表不存在 | List does not exists | |
| 20604 | NotListOwner | denied | 不是列表的所属者 | Only the owner has the authority | |
| 20605 | InvalidListNameOrDescription | invalid_request | 列表名或描叙不合法 | Illegal list name or list description | |
| 20606 | RecordAlreadyExists | denied | 记录已存在 | Object already exists | Kind `denied`: the record to add already exists (记录已存在); sending the same request again does not help. |
| 20607 | DatabaseFailure | retry | 数据库错误，请联系系统管理员 | DB error, please contact the administator | |
| 20608 | ListNameConflict | denied | 列表名冲突 | List name duplicate | Kind `denied`: the list name conflicts with an existing one (列表名冲突); the user must choose another name. |
| 20610 | PrivateListsUnsupported | invalid_request | 目前不支持私有分组 | Does not support private list | |
| 20611 | ListCreationFailed | retry | 创建列表失败 | Create list error | Kind `retry`: creating the list failed without a stated cause (创建列表失败); the same request may succeed later. |
| 20612 | OnlyPrivateListsSupported | invalid_request | 目前只支持私有分组 | Only support private list | |
| 20613 | ListSubscriptionLimitReached | denied | 订阅列表达到上限 | You hava subscriber too many lists | Kind `denied`: the user has subscribed to the maximum number of lists (订阅列表达到上限); retrying does not help. |
| 20614 | ListLimitReached | denied | 创建列表达到上限，请参考API文档 | Too many lists, see doc for more info | Kind `denied`: the user has created the maximum number of lists (创建列表达到上限); retrying does not help. |
| 20615 | ListMemberLimitReached | denied | 列表成员上限，请参考API文档 | Too many members, see doc for more info | Kind `denied`: the list has the maximum number of members (列表成员上限); retrying does not help. |
| 20701 | CannotSubmitIdenticalFavoriteTag | denied | 不能提交相同的收藏标签 | Repeated tag text | Kind `denied`, as the other rows refusing content the user sent before (20019, 20111, 20306): the same tag again is refused, whatever the app does. |
| 20702 | TooManyFavoriteTags | invalid_request | 最多两个收藏标签 | Tags is too many | |
| 20703 | InvalidFavoriteTagName | invalid_request | 收藏标签名不合法 | Illegal tag name | |
| 20801 | TrendNameEmpty | invalid_request | 参数trend_name是空值 | Trend_name is null | |
| 20802 | TrendIdEmpty | invalid_request | 参数trend_id是空值 | Trend_id is null | |
| 20901 | AlreadyBlacklisted | denied | 错误:已经添加了黑名单 | Error: in blacklist | |
| 20902 | BlacklistLimitReached | denied | 错误:已达到黑名单上限 | Error: Blacklist limit has been reached. | Kind `denied`: the user's blacklist is full (已达到黑名单上限); retrying does not help. |
| 20903 | CannotBlacklistAdministrator | denied | 错误:不能添加系统管理员为黑名单 | Error: System administrators can not be added to the blacklist. | |
| 20904 | CannotBlacklistSelf | denied | 错误:不能添加自己为黑名单 | Error: Can not add yourself to the blacklist. | |
| 20905 | NotBlacklisted | denied | 错误:不在黑名单中 | Error: not in blacklist | |
| 21001 | TagsEmpty | invalid_request | 标签参数为空 | Tags parameter is null | |
| 21002 | TagNameTooLong | invalid_request | 标签名太长，请确保每个标签名不超过14个字符 | Tags name too long | |
| 21101 | BadDomainParameter | invalid_request | 参数domain错误 | Domain parameter is error | |
| 21102 | PhoneNumberAlreadyUsed | denied | 该手机号已经被使用 | The phone number has been used | |
| 21103 | PhoneAlreadyBound | denied | 该用户已经绑定手机 | The account has bean bind phone | |
| 21104 | WrongAccountVerifier | invalid_request | Verifier错误 | Wrong verifier | Kind `invalid_request`: the verifier sent is wrong (Verifier错误); the caller must send the correct one. Named after its section of the page (account settings: 21101–21104, domain and phone), apart from 20402's same text. |
| 21301 | AuthenticationFailed | reauthorize | 认证失败 | Auth faild | Kind `reauthorize`: authentication failed (认证失败), for example a missing or unusable token; the user must log in again. |
| 21302 | IncorrectUsernameOrPassword | reauthorize | 用户名或密码不正确 | Username or password error | Kind `reauthorize`: the username or password is wrong (用户名或密码不正确); the user must log in again with correct ones. |
| 21303 | PasswordAuthenticationRateLimited | rate_limited | 用户名密码认证超过请求限制 | Username and pwd auth out of rate limit | |
| 21304 | BadOauthVersion | invalid_request | 版本号错误 | Version rejected | |
| 21305 | ParameterAbsent | invalid_request | 缺少必要的参数 | Parameter absent | |
| 21306 | OauthParameterRejected | invalid_request | OAuth参数被拒绝 | Parameter rejected | |
| 21307 | IncorrectTimestamp | invalid_request | 时间戳不正确 | Timestamp refused | |
| 21308 | NonceAlreadyUsed | invalid_request | 参数nonce已经被使用 | Nonce used | |
| 21309 | UnsupportedSignatureMethod | invalid_request | 签名算法不支持 | Signature method rejected | |
| 21310 | InvalidSignature | invalid_request | 签名值不合法 | Signature invalid | |
| 21311 | ConsumerKeyNotFound | misconfigured | 参数consumer_key不存在 | Consumer key unknown | |
| 21312 | InvalidConsumerKey | misconfigured | 参数consumer_key不合法 | Consumer key refused | |
| 21313 | ConsumerKeyMissing | invalid_request | 参数consumer_key缺失 | Miss consumer key | Kind `invalid_request`: the request lacks the consumer_key parameter (consumer_key缺失); the calling code must send it. |
| 21314 | Oauth1TokenAlreadyUsed | reauthorize | Token已经被使用 | Token used | Kind `reauthorize`: the OAuth 1.0 token has already been used (Token已经被使用); the user must authorize again. |
| 21315 | Oauth1TokenAlreadyExpired | reauthorize | Token已经过期 | Token expired | Kind `reauthorize`: the OAuth 1.0 token has expired (Token已经过期); the user must authorize again. |
| 21316 | Oauth1TokenRevoked | reauthorize | Token不合法 | Token revoked | Kind `reauthorize`: the OAuth 1.0 token is invalid (Token不合法; English: revoked); the user must authorize again. |
| 21317 | Oauth1TokenRejected | reauthorize | Token不合法 | Token rejected | Kind `reauthorize`: the OAuth 1.0 token is invalid (Token不合法; English: rejected); the user must authorize again. |
| 21318 | PinVerificationFailed | reauthorize | Pin码认证失败 | Verifier fail | Kind `reauthorize`: the PIN (verifier) check failed (Pin码认证失败); the user must authorize again to get a new one. |
| 21319 | AuthorizationAlreadyRevoked | reauthorize | 授权关系已经被解除 | Accessor was revoked | Kind `reauthorize`: the authorization has been revoked (授权关系已经被解除); the user must authorize the app again. |
| 21320 | Oauth2HttpsRequired | invalid_request | 使用OAuth2必须使用https | OAuth2 must use https | |
| 21321 | UnauditedAppUserLimitReached | misconfigured | 未审核的应用使用人数超过限制 | Applications over the unaudited use restrictions | Kind `misconfigured`: the app is not yet audited and has reached its user limit (未审核的应用使用人数超过限制); the operator must get it audited. |
| 21327 | AccessTokenExpired | reauthorize | token过期 | Expired token | The same code as `WeiboError::ExpiredToken`, whose error id is `expired_token`. Kind `reauthorize`: the OAuth 2.0 access token has expired (token过期, error id expired_token); the user must log in again. |
| 21335 | UidNotCurrentUser | invalid_request | uid参数仅允许传入当前授权用户uid | Request uid's value must be the current user | Not in the 2013 copy of the page: from a later copy of the page and an app's copy of its codes (YummyLau/WeiBoDemo). Kind `invalid_request`: the uid parameter may only be the current authorized user's uid (仅允许传入当前授权用户uid); the caller passed another. |
| 21501 | UrlsEmpty | invalid_request | 参数urls是空的 | Urls is null | |
| 21502 | TooManyUrls | invalid_request | 参数urls太多了 | Urls is too many | |
| 21503 | IpEmpty | invalid_request | IP是空值 | IP is null | |
| 21504 | UrlEmpty | invalid_request | 参数url是空值 | Url is null | |
| 21601 | NoticeAdminPermissionRequired | misconfigured | 需要系统管理员的权限 | Manage notice error, need auth | Kind `misconfigured`: sending notices needs system administrator permission (需要系统管理员的权限), which Weibo must grant to the app. |
| 21602 | ContainsSensitiveWords | denied | 含有敏感词 | Contains forbid world | Kind `denied`: Weibo refuses the text (含有敏感词); sending it again does not help. |
| 21603 | NoticeSendLimitReached | rate_limited | 通知发送达到限制 | Applications send notice over the restrictions | Kind `rate_limited`: the app has reached its limit for sending notices (通知发送达到限制); later sends may succeed once the limit allows. |
| 21701 | ReminderPermissionRequired | misconfigured | 提醒失败，需要权限 | Manage remind error, need auth | Kind `misconfigured`: the reminder call failed for lack of permission (提醒失败，需要权限); Weibo must grant the permission to the app. |
| 21702 | InvalidReminderCategory | invalid_request | 无效分类 | Invalid category | |
| 21703 | InvalidReminderStatus | invalid_request | 无效状态码 | Invalid status | |
| 21901 | BadGeoInput | invalid_request | 地理信息输入错误 | Geo code input error | |
"
    }
}
