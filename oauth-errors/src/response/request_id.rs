//! The request id in a provider's message, as WeChat writes it at the end (`invalid code, rid:
//! 63106779-282330ba-5d5deaf3`) and WeCom in the middle (`access_token expired, hint: [X], from
//! ip: …, more info at …`).

/// Where the request id that ends a message starts and ends, and where the message before it
/// ends: `, rid: X`, ` rid: X`, `rid:X`, `, hints: [ req_id: X ]`, ` hint: [X]`, ` hints: [X]`;
/// else where a ` hint: [X]` followed by a comma (WeCom's `…, hint: [X], from ip: …, more info
/// at …`) has its request id, the message kept whole (what follows the hint is the provider's
/// to say: the caller's IP, a link).
pub(crate) fn split_request_id(message: &str) -> Option<(usize, usize, usize)> {
    let trimmed = message.trim_end();
    if !trimmed.ends_with(']') && !trimmed.contains("rid:") {
        return inner_hint(trimmed);
    }
    let (marker, id_start, id_end) =
        if let Some(open) = trimmed.ends_with(']').then(|| trimmed.rfind('[')).flatten() {
            let before = trimmed[..open].trim_end();
            let before = before.strip_suffix(':')?.trim_end();
            let marker = before
                .strip_suffix("hints")
                .or_else(|| before.strip_suffix("hint"))?
                .len();
            let inner = &trimmed[open + 1..trimmed.len() - 1];
            let (start, end) = match inner.trim_start().strip_prefix("req_id:") {
                Some(id) => {
                    let start = trimmed.len() - 1 - id.len();
                    (start, start + id.trim_end().len())
                }
                None => (open + 1, open + 1 + inner.trim_end().len()),
            };
            let leading = trimmed[start..end].len() - trimmed[start..end].trim_start().len();
            (marker, start + leading, end)
        } else {
            let marker = trimmed.rfind("rid:")?;
            let id = &trimmed[marker + "rid:".len()..];
            if id.trim().is_empty() || id.trim().contains(char::is_whitespace) {
                return None;
            }
            let start = trimmed.len() - id.trim_start().len();
            (marker, start, trimmed.len())
        };
    // The marker starts the message or follows a space or a comma.
    let before = &trimmed[..marker];
    if !(before.is_empty() || before.ends_with([' ', ','])) {
        return None;
    }
    let end = before.trim_end().trim_end_matches(',').trim_end().len();
    Some((end, id_start, id_end))
}

/// The request id of a ` hint: [X],` inside `message`: where it starts and ends, the message
/// ending where it does.
fn inner_hint(message: &str) -> Option<(usize, usize, usize)> {
    let marker = message.rfind(" hint: [")?;
    let start = marker + " hint: [".len();
    let close = start + message[start..].find(']')?;
    if !message[close + 1..].starts_with(',') || message[start..close].contains(char::is_whitespace)
    {
        return None;
    }
    Some((message.len(), start, close))
}

#[cfg(test)]
mod tests {
    use super::split_request_id;

    fn split(message: &str) -> Option<(&str, &str)> {
        let (end, start, id_end) = split_request_id(message)?;
        Some((&message[..end], &message[start..id_end]))
    }

    #[test]
    fn request_ids_as_wechat_writes_them() {
        // Real messages, from WeChat's developer community and issue trackers.
        let cases = [
            (
                "invalid code, rid: 63106779-282330ba-5d5deaf3",
                ("invalid code", "63106779-282330ba-5d5deaf3"),
            ),
            (
                "invalid code rid: 605d8376-3b6b61e7-7f9d8783",
                ("invalid code", "605d8376-3b6b61e7-7f9d8783"),
            ),
            (
                "invalid appsecret rid:xxxxxx-xxxxxxx-xxxxxxx",
                ("invalid appsecret", "xxxxxx-xxxxxxx-xxxxxxx"),
            ),
            (
                "invalid code, hints: [ req_id: je7q.a0244th27 ]",
                ("invalid code", "je7q.a0244th27"),
            ),
            (
                "invalid credential, access_token is invalid or not latest hint: [FQ4hVA0505hka5!]",
                (
                    "invalid credential, access_token is invalid or not latest",
                    "FQ4hVA0505hka5!",
                ),
            ),
            (
                "invalid ip 117.136.86.87, not in whitelist hint:[UIluoA05892067]",
                (
                    "invalid ip 117.136.86.87, not in whitelist",
                    "UIluoA05892067",
                ),
            ),
            (
                "api unauthorized hints: [jHmbeZXMRa-Rkng4a!]",
                ("api unauthorized", "jHmbeZXMRa-Rkng4a!"),
            ),
            (
                "invalid ip, not in whitelist hint: []",
                ("invalid ip, not in whitelist", ""),
            ),
        ];
        for (message, expected) in cases {
            assert_eq!(split(message), Some(expected), "{message}");
        }
        // WeCom's: the hint inside the message, which is kept whole.
        let wecom = "access_token expired, hint: [1576065934_28_e0fae07666aa64636023c1fa7e8f49a4], from ip: 9.30.0.138, more info at https://open.work.weixin.qq.com/devtool/query?e=42001";
        assert_eq!(
            split(wecom),
            Some((wecom, "1576065934_28_e0fae07666aa64636023c1fa7e8f49a4"))
        );
        let wecom = "not allow to access from your ip, hint: [1709402398118372241469842], from ip: 117.152.88.49, more info at https://open.work.weixin.qq.com/devtool/query?e=60020";
        assert_eq!(split(wecom), Some((wecom, "1709402398118372241469842")));
        for message in [
            "a hint: [of something] and more",
            "a hint: [two words], then",
            "hint: [X], at the start",
            "invalid code",
            "rid:",
            "the grid: 3",
            "invalid credential, access_token is invalid or not latest hint",
            "a [bracket]",
            "rid: two words",
        ] {
            assert_eq!(split(message), None, "{message}");
        }
    }
}
