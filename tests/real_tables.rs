//! Real tables, pasted from providers' published docs (`tests/tables/providers/`, sources in its
//! `PROVENANCE.md`): each compiles as published, but for role keywords added to its header, and
//! the rows a provider sends are found by the exact values it sends.
//!
//! And the property of issue 22 over every real table of the repository (these, the seed's and
//! the facade's), their role words taken out: the header proposed for them, pasted back,
//! compiles, or leaves only problems of rows that were reported with the proposal.

use oauth_errors::oauth_error_table;
use oauth_errors_table::diag::Diagnostic;
use oauth_errors_table::literal::SourceText;
use oauth_errors_table::validate::{Checked, check};
use oauth_errors_table::vocabulary::Role;
use proc_macro2::{TokenStream, TokenTree};
use std::path::Path;

#[path = "../oauth-errors-table/src/proposal/paste_back.rs"]
mod paste_back;

oauth_error_table! {
    /// DingTalk's global return codes (275 rows as published; one of two byte-identical rows of
    /// `60107` removed, see `tests/ui/real_table_duplicate_row.rs`).
    #[non_exhaustive]
    pub enum DingTalk {
        include_str!("tables/providers/dingtalk-global-mended.md")
    }
}

#[test]
fn dingtalk_global_return_codes() {
    assert_eq!(DingTalk::ALL.len(), 274);
    assert_eq!(DingTalk::from_code(-1), Some(DingTalk::CodeMinus1));
    assert_eq!(DingTalk::CodeMinus1.description(), "系统繁忙");
    assert_eq!(
        DingTalk::try_from(40014).unwrap().description(),
        "不合法的access_token"
    );
    assert_eq!(
        DingTalk::try_from(60107).unwrap().description(),
        "使用该手机登录钉钉的用户已经在企业中"
    );
    assert_eq!(
        DingTalk::try_from(900_004).unwrap().description(),
        "不合法的aeskey"
    );
}

oauth_error_table! {
    /// WeChat's getStableAccessToken error codes, a Markdown copy of the page.
    pub enum WechatStableToken {
        include_str!("tables/providers/wechat-getstableaccesstoken.md")
    }
}

oauth_error_table! {
    /// The same table as copied from the rendered page: tab-separated (three rows' empty last
    /// cells given their tab, see `tests/ui/real_table_short_rows.rs`).
    pub enum WechatStableTokenPasted {
        include_str!("tables/providers/wechat-getstableaccesstoken-mended.tsv")
    }
}

#[test]
fn wechat_stable_token_errors_from_markdown_and_from_a_paste() {
    assert_eq!(WechatStableToken::ALL.len(), 14);
    assert_eq!(WechatStableTokenPasted::ALL.len(), 14);
    let error = WechatStableToken::try_from(40013).unwrap();
    assert_eq!(error.description(), "invalid appid");
    assert_eq!(
        WechatStableToken::from_code(45011).unwrap().description(),
        "api minute-quota reach limit mustslower retry next minute"
    );
    assert_eq!(
        WechatStableToken::from_code(-1).unwrap().description(),
        "system error"
    );
    // The paste keeps the page's double spaces.
    assert_eq!(
        WechatStableTokenPasted::from_code(45011)
            .unwrap()
            .description(),
        "api minute-quota reach limit  mustslower  retry next minute"
    );
    assert_eq!(
        WechatStableTokenPasted::from_code(40164)
            .unwrap()
            .description(),
        "invalid ip  not in whitelist"
    );
    assert_eq!(
        WechatStableTokenPasted::from_code(89507)
            .unwrap()
            .description(),
        "该IP调用求请求已被公众号管理员拒绝，请1小时后再试，建议调用前与管理员沟通确认"
    );
}

oauth_error_table! {
    /// Alipay's `alipay.system.oauth.token` business errors: the HTTP status repeats on every
    /// row (a category), the sub-code is the id.
    #[repr(u16)]
    pub enum AlipayToken {
        include_str!("tables/providers/alipay-system-oauth-token-v3.md")
    }
}

#[test]
fn alipay_two_level_codes() {
    assert_eq!(AlipayToken::ALL.len(), 7);
    let error: AlipayToken = "isv.code-invalid".parse().unwrap();
    assert_eq!(error, AlipayToken::IsvCodeInvalid);
    assert_eq!(error.category(), 400);
    assert_eq!(
        error.description(),
        "授权码(auth_code) 错误、状态不对或过期"
    );
    // Alipay's own spelling of the id.
    assert_eq!(
        AlipayToken::from_error("isp.unknow-error").map(AlipayToken::description),
        Some("未知错误")
    );
    assert!(AlipayToken::ALL.iter().all(|error| error.category() == 400));
}

oauth_error_table! {
    /// Microsoft Entra's OAuth error ids, each written in a code span.
    pub enum Entra {
        include_str!("tables/providers/entra-errors.md")
    }
}

oauth_error_table! {
    /// The first 55 rows of Microsoft Entra's AADSTS table, as published (lists, line breaks,
    /// links and bold in the descriptions; one row without its closing pipe).
    pub enum Aadsts {
        include_str!("tables/providers/entra-aadsts.md")
    }
}

#[test]
fn entra_ids_in_code_spans_and_descriptions_with_markup() {
    assert_eq!(Entra::ALL.len(), 8);
    let error: Entra = "invalid_request".parse().unwrap();
    assert_eq!(error.error(), "invalid_request");
    assert_eq!(
        error.description(),
        "Protocol error, such as a missing required parameter."
    );
    assert_eq!(
        Entra::from_error("temporarily_unavailable").map(Entra::description),
        Some("The server is temporarily too busy to handle the request.")
    );
    assert_eq!(Aadsts::ALL.len(), 55);
    let error: Aadsts = "AADSTS50012".parse().unwrap();
    assert_eq!(
        error.description(),
        "AuthenticationFailed - Authentication failed for one of the following reasons:\n\
         - The subject name of the signing certificate isn't authorized\n\
         - A matching trusted authority policy wasn't found for the authorized subject name\n\
         - The certificate chain isn't valid\n\
         - The signing certificate isn't valid\n\
         - Policy isn't configured on the tenant\n\
         - Thumbprint of the signing certificate isn't authorized\n\
         - Client assertion contains an invalid signature"
    );
    assert!(
        Aadsts::from_error("AADSTS50058")
            .unwrap()
            .description()
            .starts_with("UserInformationNotProvided - Session information isn't sufficient")
    );
    assert_eq!(
        Aadsts::from_error("AADSTS50014").unwrap().description(),
        "GuestUserInPendingState - The user account doesn’t exist in the directory. An \
         application likely chose the wrong tenant to sign into, and the currently logged in \
         user was prevented from doing so since they didn't exist in your tenant. If this user \
         should be able to sign in, add them as a guest. For further information, please visit \
         add B2B users."
    );
    assert!(Aadsts::from_error("AADSTS500208").is_some());
}

oauth_error_table! {
    /// Feishu's `user_access_token` errors (the one cell that ran on past a hard line break
    /// joined to its row with `<br>`, see `tests/ui/real_table_broken_row.rs`).
    #[repr(u32)]
    pub enum FeishuToken {
        include_str!("tables/providers/feishu-oauth-mended.md")
    }
}

#[test]
fn feishu_user_access_token_errors() {
    assert_eq!(FeishuToken::ALL.len(), 21);
    let error = FeishuToken::try_from(20003).unwrap();
    assert_eq!(
        error.description(),
        "The authorization code is not found. Please note that an authorization code can only \
         be used once."
    );
    assert_eq!(error.category(), 400);
    assert_eq!(FeishuToken::try_from(20050).unwrap().category(), 500);
    assert_eq!(FeishuToken::try_from(20072).unwrap().category(), 503);
}

oauth_error_table! {
    /// WeCom's global error codes: 1 552 rows, with escaped pipes, entities, line breaks,
    /// links and code spans.
    pub enum WeCom {
        include_str!("tables/providers/wecom-global.md")
    }
}

#[test]
fn wecom_global_error_codes() {
    assert_eq!(WeCom::ALL.len(), 1552);
    assert_eq!(
        WeCom::from_code(40014).unwrap().description(),
        "不合法的access_token"
    );
    assert_eq!(
        WeCom::from_code(90503).unwrap().description(),
        "满人 & 99个微信成员，没办法踢，要客户端确认"
    );
    assert_eq!(
        WeCom::from_code(2_022_029).unwrap().description(),
        "智能表的 行|列|大小 达到上限"
    );
    assert_eq!(
        WeCom::from_code(60107).unwrap().description(),
        "微信号不合法"
    );
}

oauth_error_table! {
    /// Baidu's OAuth errors: escaped underscores in the ids, English and Chinese descriptions.
    pub enum BaiduOauth {
        include_str!("tables/providers/baidu-oauth.md")
    }
}

oauth_error_table! {
    /// Baidu's OpenAPI error codes.
    #[repr(u16)]
    pub enum BaiduApi {
        include_str!("tables/providers/baidu-openapi.md")
    }
}

#[test]
fn baidu_escaped_ids_and_two_languages() {
    let error: BaiduOauth = "invalid_request".parse().unwrap();
    assert_eq!(error.description_en(), Some("invalid refresh token"));
    assert_eq!(
        error.description(),
        "请求缺少某个必需参数，包含一个不支持的参数或参数值，或者格式不正确。"
    );
    assert_eq!(
        BaiduOauth::from_error("authorization_pending")
            .unwrap()
            .description_en(),
        Some("User has not yet completed the authorization")
    );
    assert!(
        BaiduOauth::from_error("invalid_grant")
            .unwrap()
            .description()
            .contains(
                "Authorization Code无效(一个授权码只能使用一次)、Refresh Token无效、redirect_uri与"
            )
    );
    assert_eq!(
        BaiduApi::from_code(110).unwrap().description_en(),
        Some("Access token invalid or no longer valid")
    );
    assert_eq!(
        BaiduApi::from_code(110).unwrap().description(),
        "token不合法"
    );
    assert_eq!(
        BaiduApi::from_code(1).unwrap().description(),
        "未知错误，如果频繁发生此错误，请联系developer_support@baidu.com"
    );
}

/// Every real table of the repository, by where it comes from: the provider tables, the seed's
/// two tables, and the tables written out in the facade's `oauth_error_table!` calls.
fn real_tables() -> Vec<(String, String)> {
    let mut tables = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("tests/tables/providers")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().is_some_and(|name| name != "PROVENANCE.md"))
        .collect();
    files.sort();
    for path in files {
        tables.push((
            path.display().to_string(),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    // The seed's tables, each under a `## title ##` line.
    let seed = std::fs::read_to_string("tests/data/seed.txt").unwrap();
    let mut seeds: Vec<String> = Vec::new();
    for line in seed.lines() {
        if line.starts_with("## ") {
            seeds.push(String::new());
        } else if let Some(table) = seeds.last_mut() {
            table.push_str(line);
            table.push('\n');
        }
    }
    for (index, table) in seeds.into_iter().enumerate() {
        tables.push((format!("tests/data/seed.txt, table {}", index + 1), table));
    }
    let mut sources = Vec::new();
    rust_files(Path::new("oauth-errors/src"), &mut sources);
    sources.sort();
    for path in sources {
        let tokens: TokenStream = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        for (index, table) in macro_tables(tokens).into_iter().enumerate() {
            tables.push((format!("{}, table {}", path.display(), index + 1), table));
        }
    }
    tables
}

fn rust_files(directory: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            out.push(path);
        }
    }
}

/// The string literals written in the bodies of the `oauth_error_table!` calls of `tokens`.
fn macro_tables(tokens: TokenStream) -> Vec<String> {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut tables = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Ident(ident) if ident == "oauth_error_table" => {
                if let Some(TokenTree::Group(body)) = tokens.get(at + 2) {
                    tables.extend(body_literal(body.stream()));
                }
            }
            TokenTree::Group(group) => tables.extend(macro_tables(group.stream())),
            _ => {}
        }
    }
    tables
}

/// The table literal in the body of an enum: the string literal in its braces.
fn body_literal(call: TokenStream) -> Option<String> {
    call.into_iter().find_map(|token| match token {
        TokenTree::Group(group) if group.delimiter() == proc_macro2::Delimiter::Brace => {
            group.stream().into_iter().find_map(|token| match token {
                TokenTree::Literal(literal) => {
                    SourceText::decode(&literal.to_string()).map(|text| text.value().to_owned())
                }
                _ => None,
            })
        }
        _ => None,
    })
}

/// Whether `word` is a role keyword (in any case, spaces or dashes for underscores).
fn is_keyword(word: &str) -> bool {
    let normalized: String = word
        .trim()
        .trim_matches('*')
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Role::ALL
        .iter()
        .any(|role| role.keywords().any(|keyword| keyword == normalized))
}

/// A header cell without its role words: keywords in parentheses left out, and a cell that is a
/// keyword (or starts with one before parentheses) named by its column instead.
fn without_role_words(cell: &str, column: usize) -> String {
    let mut kept = String::new();
    let mut rest = cell;
    while let Some(open) = rest.find(['(', '（']) {
        let inner_start = open + rest[open..].chars().next().unwrap().len_utf8();
        let Some(close) = rest[inner_start..].find([')', '）']) else {
            break;
        };
        let close = inner_start + close;
        kept.push_str(&rest[..open]);
        if !is_keyword(&rest[inner_start..close]) {
            kept.push_str(&rest[open..close + rest[close..].chars().next().unwrap().len_utf8()]);
        }
        rest = &rest[close + rest[close..].chars().next().unwrap().len_utf8()..];
    }
    kept.push_str(rest);
    let before = kept.split(['(', '（']).next().unwrap_or_default();
    if is_keyword(&kept) || is_keyword(before) {
        kept = kept.replacen(before.trim(), &format!("列{}", column + 1), 1);
    }
    kept
}

/// `table` with the role words of its header taken out.
fn roleless(table: &str) -> String {
    let mut lines = table.split_inclusive('\n');
    let mut out = String::new();
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            out.push_str(line);
            continue;
        }
        let (content, end) = line.split_at(line.trim_end().len());
        let separator = if content.contains('|') { '|' } else { '\t' };
        let cells: Vec<String> = content
            .split(separator)
            .enumerate()
            .map(|(column, cell)| {
                if cell.trim().is_empty() {
                    cell.to_owned()
                } else {
                    format!(" {} ", without_role_words(cell.trim(), column))
                }
            })
            .collect();
        out.push_str(&cells.join(&separator.to_string()));
        out.push_str(end);
        break;
    }
    out.extend(lines);
    out
}

#[test]
fn role_words_are_taken_out() {
    assert_eq!(without_role_words("错误码(error)", 0), "错误码");
    assert_eq!(without_role_words("**错误码**(code)", 0), "**错误码**");
    assert_eq!(without_role_words("Error Code(error)", 0), "列1");
    assert_eq!(without_role_words("Description", 1), "列2");
    assert_eq!(without_role_words("code(返回码)", 2), "列3(返回码)");
    assert_eq!(without_role_words("解决方案", 3), "解决方案");
}

#[test]
fn proposals_for_the_real_tables_paste_back() {
    let tables = real_tables();
    assert!(tables.len() >= 20, "{} tables", tables.len());
    let mut proposed = 0;
    for (name, table) in &tables {
        let text = roleless(table);
        match paste_back::check_proposal(&text) {
            Ok(Some(_)) => proposed += 1,
            Ok(None) => {}
            Err(failure) => panic!("{name}:\n{failure}"),
        }
    }
    // Every real table gets a proposal.
    assert_eq!(proposed, tables.len());
}
