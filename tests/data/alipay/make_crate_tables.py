#!/usr/bin/env python3
"""Builds the Alipay tables from the sources in ./sources.

Writes (paths relative to the repository root):
  tests/data/alipay/public-error-codes.md          the 公共错误码 table as published (nutz-pay copy)
  tests/data/alipay/system-oauth-token-v2.md       alipay.system.oauth.token 业务错误码 (v2 gateway page copy)
  oauth-errors/src/providers/alipay/public.md       crate table: gateway sub_codes (error), code (category)
  oauth-errors/src/providers/alipay/public_codes.md crate table: gateway codes (code)
  oauth-errors/src/providers/alipay/oauth_token.md  crate table: alipay.system.oauth.token sub_codes (error)

Run from anywhere: python3 tests/data/alipay/make_crate_tables.py
Every text cell comes from a source file; the dictionaries below add only names, kinds and notes.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(HERE, "sources")
OUT = os.path.join(ROOT, "oauth-errors", "src", "providers", "alipay")

MD_SPECIAL = "\\`*_[]<>&|~"


def esc(text):
    """Backslash-escapes the characters the macro's GFM reader would interpret."""
    return "".join("\\" + c if c in MD_SPECIAL else c for c in text)


def esc_keep_br(text):
    """Like esc, but a literal <br> (a line break of the page) stays a line break."""
    return "<br>".join(esc(part) for part in text.split("<br>"))


def note(text):
    """Escapes a note, leaving `code spans` as written."""
    parts = text.split("`")
    return "`".join(p if i % 2 else esc(p) for i, p in enumerate(parts))


def pipe_only(text):
    return text.replace("|", "\\|")


# ---------------------------------------------------------------- public error codes (nutz-pay)
def parse_nutz():
    lines = open(os.path.join(SRC, "nutz-pay-unity-Base.java.txt"), encoding="utf-8").read().split("\n")[1:]
    rows = []
    header = None
    for line in lines:
        s = line.strip()
        if not s.startswith("*") or s in ("*", "*/"):
            continue
        body = line.split("*", 1)[1]
        cells = [c for c in re.split(r"\t+| {2,}", body.strip()) if c != ""]
        if header is None:
            header = cells
            continue
        # one row separates sub_code and sub_msg by a single space
        m = re.match(r"^([a-z.\-]+) (\S.*)$", cells[0])
        if m and not re.match(r"^\d{5}$", cells[0]):
            cells = [m.group(1), m.group(2)] + cells[1:]
        if re.match(r"^\d{5}$", cells[0]):
            code, msg, rest = cells[0], cells[1], cells[2:]
            rows.append({"code": code, "msg": msg, "cont": False, "rest": rest})
        else:
            rows.append({"code": rows[-1]["code"], "msg": rows[-1]["msg"], "cont": True, "rest": cells})
    return header, rows


def write_published_public(header, rows):
    out = ["| " + " | ".join(pipe_only(h) for h in header) + " |", "| --- | --- | --- | --- | --- |"]
    for r in rows:
        rest = r["rest"] + [""] * (3 - len(r["rest"]))
        code = "" if r["cont"] else r["code"]
        msg = "" if r["cont"] else r["msg"]
        out.append("| " + " | ".join(pipe_only(c) for c in [code, msg] + rest) + " |")
    text = (
        "<!-- Alipay 公共错误码 as published (2017 version), transcribed cell by cell from the Javadoc copy in\n"
        "     maczam/nutz-pay src/main/java/org/nutz/pay/bean/alipay/resp/unity/Base.java @ 1607ecbd (see\n"
        "     provenance.md). Rows continuing a code (the page's rowspan) leave code and msg empty; the 10000 and\n"
        "     40004 rows carry their text in the column where the copy has it. Two sub_codes are cut short in the\n"
        "     copy (`sv.decryption-error-not-valid-encrypt-key`, `v.not-support-app-auth`) and are kept so here. -->\n"
    )
    open(os.path.join(HERE, "public-error-codes.md"), "w", encoding="utf-8").write(text + "\n".join(out) + "\n")


# name, kind, note (extra prose; the solution is added before it)
PUBLIC = {
    "isp.unknow-error": ("BusinessSystemUnavailable", "retry", "The id is misspelled (`unknow`) by Alipay itself."),
    "aop.unknow-error": ("GatewayUnknownError", "retry", "The id is misspelled (`unknow`) by Alipay itself."),
    "aop.invalid-auth-token": ("InvalidAuthToken", "refresh", "Kind `refresh`: the user's access token (`auth_token`) is invalid; Alipay issues a refresh token (`alipay.system.oauth.token` with `grant_type=refresh_token`); if refreshing fails, the user must authorize again (the solution names both)."),
    "aop.auth-token-time-out": ("AuthTokenExpired", "refresh", "Kind `refresh`: the access token expired; refresh it, else the user authorizes again."),
    "aop.invalid-app-auth-token": ("InvalidAppAuthToken", "refresh", "Kind `refresh`: an ISV's `app_auth_token` (the merchant's grant to a third-party app) is invalid; the solution is to refresh it (the ISV holds its refresh token) or have the merchant authorize again."),
    "aop.invalid-app-auth-token-no-api": ("AppAuthTokenApiNotGranted", "reauthorize", "Kind `reauthorize`: the merchant's grant does not cover this API (商户未授权当前接口); only a new authorization by the merchant helps."),
    "aop.app-auth-token-time-out": ("AppAuthTokenExpired", "refresh", "Kind `refresh`: the `app_auth_token` expired; refresh it, else the merchant authorizes again."),
    "aop.no-product-reg-by-partner": ("NoProductSigned", "misconfigured", "Kind `misconfigured`: the merchant has signed no product (商户未签约任何产品); an operator must set the account up (sign, bring the merchant's 服务窗 online)."),
    "isv.missing-method": ("MissingMethod", "invalid_request", ""),
    "isv.missing-signature": ("MissingSignature", "invalid_request", ""),
    "isv.missing-signature-type": ("MissingSignatureType", "invalid_request", ""),
    "isv.missing-signature-key": ("MissingSignatureKey", "misconfigured", "Kind `misconfigured`: no public key was uploaded for the app (未上传公钥配置), a setting of the app's registration."),
    "isv.missing-app-id": ("MissingAppId", "invalid_request", ""),
    "isv.missing-timestamp": ("MissingTimestamp", "invalid_request", ""),
    "isv.missing-version": ("MissingVersion", "invalid_request", ""),
    "isv.decryption-error-missing-encrypt-type": ("MissingEncryptType", "invalid_request", ""),
    "isv.invalid-parameter": ("InvalidParameter", "invalid_request", ""),
    "isv.upload-fail": ("UploadFailed", "retry", "Kind `retry`: writing the file failed on Alipay's side and the solution is to retry (文件写入失败，重试)."),
    "isv.invalid-file-extension": ("InvalidFileExtension", "invalid_request", ""),
    "isv.invalid-file-size": ("InvalidFileSize", "invalid_request", ""),
    "isv.invalid-method": ("InvalidMethod", "invalid_request", ""),
    "isv.invalid-format": ("InvalidFormat", "invalid_request", ""),
    "isv.invalid-signature-type": ("InvalidSignatureType", "invalid_request", ""),
    "isv.invalid-signature": ("InvalidSignature", "misconfigured", "Kind `misconfigured`: the solution names a key pair that does not match the uploaded public key first (公私钥是否是一对, 检查公钥上传是否与私钥匹配); a wrong signing algorithm or unencoded Chinese text (a bug in the request) are the other causes named."),
    "isv.invalid-encrypt-type": ("InvalidEncryptType", "invalid_request", ""),
    "isv.invalid-encrypt": ("DecryptionFailed", "retry", "Kind `retry`: the solution is to retry (重试)."),
    "isv.invalid-app-id": ("InvalidAppId", "misconfigured", "Kind `misconfigured`: the app_id does not exist or the app is not online (app_id不存在，或者未上线). At `alipay.system.oauth.token` Alipay's FAQ adds the case of an auth code obtained with another app's app_id (see wire.md)."),
    "isv.invalid-timestamp": ("InvalidTimestamp", "invalid_request", ""),
    "isv.invalid-charset": ("InvalidCharset", "invalid_request", ""),
    "isv.invalid-digest": ("InvalidDigest", "invalid_request", ""),
    "isv.decryption-error-not-valid-encrypt-type": ("UnsupportedEncryptType", "invalid_request", ""),
    "isv.decryption-error-not-valid-encrypt-key": ("InvalidEncryptKey", "misconfigured", "Kind `misconfigured`: no encryption key is configured for the app (没有配置加密密钥). The copy read writes the id `sv.decryption-error-not-valid-encrypt-key` (its first letter lost); every other copy (see provenance.md) writes `isv.`."),
    "isv.decryption-error-unknown": ("DecryptionUnknownError", "retry", "Kind `retry`: the solution is to retry (重试)."),
    "isv.missing-signature-config": ("MissingSignatureConfig", "misconfigured", "Kind `misconfigured`: no public key or certificate is configured for the signing algorithm (没有配置应用公钥)."),
    "isv.not-support-app-auth": ("AppAuthNotSupported", "invalid_request", "Kind `invalid_request`: the request carries an `app_auth_token` (a third-party call) to an API that does not take one. The copy read writes the id `v.not-support-app-auth` (its first two letters lost); every other copy (see provenance.md) writes `isv.`."),
    "isv.insufficient-isv-permissions": ("InsufficientIsvPermissions", "misconfigured", "Kind `misconfigured`: the app lacks the permission (product, 功能包) for this API; an operator must add or sign it."),
    "isv.insufficient-user-permissions": ("InsufficientUserPermissions", "denied", "Kind `denied`: the merchant the call is made for has no permission for this API (代理的商户没有当前接口权限); the merchant's account must sign the product."),
}
# sub_codes fixed where the copy read lost letters (see the notes above)
FIXED_IDS = {"sv.decryption-error-not-valid-encrypt-key": "isv.decryption-error-not-valid-encrypt-key",
             "v.not-support-app-auth": "isv.not-support-app-auth"}

# 40005 rows: not in the 2017 page; texts from the code-index copy 47359602416 (see provenance.md)
EXTRA_40005 = [
    ("isv.app-call-limited", "应用调用次数超限，包含调用频率超限", "降低请求并发量", "AppCallLimited"),
    ("isv.method-call-limited", "API调用次数超限，包含调用频率超限", "降低请求并发量", "MethodCallLimited"),
]

CODES = [
    # code, name, kind, English msg, source note
    ("10000", "Success", "success", "Success", "`msg` `Success`: answers Alipay sent (wire.md, examples E3, E4)."),
    ("20000", "ServiceUnavailable", "retry", "Service Currently Unavailable", "`msg` from the 2015 page (docs corpus, blog.csdn.net/zhangfeng1133/article/details/50437537) and answers Alipay sent (wire.md, E6)."),
    ("20001", "InsufficientTokenPermissions", "refresh", "Insufficient Token Permissions", "`msg` from the 2015 page and answers Alipay sent (wire.md, E5). Kind `refresh`: its sub_codes name an invalid or expired access token (or app_auth_token); refresh it, else authorize again."),
    ("40001", "MissingRequiredArguments", "invalid_request", "Missing Required Arguments", "`msg` from the 2015 page."),
    ("40002", "InvalidArguments", "invalid_request", "Invalid Arguments", "`msg` from answers Alipay sent (wire.md, E1, E2). Kind `invalid_request` for the code alone; its sub_codes decide (several are `misconfigured` or `reauthorize`)."),
    ("40004", "BusinessFailed", "unknown", "Business Failed", "`msg` from the page's 公共响应参数 example (docs corpus, cnblogs.com/rsapaper/p/9726452). Kind `unknown`: a business failure whose meaning is in the API's own sub_code (对应业务错误码，明细错误码和解决方案请参见具体的API接口文档)."),
    ("40005", "CallLimited", "rate_limited", "Call Limited", "Not in the 2017 page; code, Chinese and English from a later copy (code-index file 47359602416, `40005Call Limited（调用频次超限）`; see provenance.md)."),
    ("40006", "InsufficientPermissions", "misconfigured", "Insufficient Permissions", "`msg` from an answer quoted in AlipayDocs/open-docs (wire.md, E7). Kind `misconfigured`: mostly the app lacks the product for the API (isv.insufficient-isv-permissions)."),
]


def write_public(header, rows):
    head = "| 返回码(category) | 错误码(error) | 名称(name) | 类别(kind) | 说明(description) | 出处(note) |\n| --- | --- | --- | --- | --- | --- |"
    out = [head]
    names = set()
    for r in rows:
        if len(r["rest"]) < 3 or not re.match(r"^[a-z]", r["rest"][0]):
            continue  # 10000 and 40004: no sub_code; they are in public_codes.md
        sub, submsg, sol = r["rest"][:3]
        sub = FIXED_IDS.get(sub, sub)
        name, kind, extra = PUBLIC[sub]
        assert name not in names
        names.add(name)
        full = "解决方案：" + esc(sol) + (("<br>" + globals()["note"](extra)) if extra else "")
        out.append(f"| {r['code']} | {sub} | {name} | {kind} | {esc(submsg)} | {full} |")
    for sub, submsg, sol, name in EXTRA_40005:
        n = ("解决方案：" + esc(sol) + "<br>" + globals()["note"]("Not in the 2017 page: added from a later copy of the page "
                "(code-index file 47359602416; also listed in 42668279302 and 65966665737, see provenance.md)."))
        out.append(f"| 40005 | {sub} | {name} | rate_limited | {esc(submsg)} | {n} |")
    open(os.path.join(OUT, "public.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return len(out) - 1  # the header is one element of two lines


def write_codes(rows):
    by_code = {}
    for r in rows:
        by_code.setdefault(r["code"], r["msg"])
    by_code.setdefault("40005", "调用频次超限")
    out = ["| 返回码(code) | 名称(name) | 类别(kind) | 说明(description) | errmsg(description_en) | 出处(note) |",
           "| --- | --- | --- | --- | --- | --- |"]
    for code, name, kind, en, n in CODES:
        out.append(f"| {code} | {name} | {kind} | {esc(by_code[code])} | {esc(en)} | {note(n)} |")
    open(os.path.join(OUT, "public_codes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return len(out) - 2


# ---------------------------------------------------------------- alipay.system.oauth.token
def parse_go_map():
    text = open(os.path.join(SRC, "index-16191836836-go-alipay-oauth-token-errors.txt"), encoding="utf-8").read()
    rows = []
    for m in re.finditer(r'^\t"([^"]+)":\s*"([^"]*)",\s*//(.*)$', text, re.M):
        rows.append((m.group(1), m.group(2), m.group(3).strip()))
    return rows


OAUTH = {
    "isv.grant-type-invalid": ("GrantTypeInvalid", "invalid_request", ""),
    "isv.code-invalid": ("CodeInvalid", "reauthorize", "Kind `reauthorize`: the auth_code is wrong, used or expired; only a new authorization gives a new one. The `<br>` is a line break of the page's cell, in both copies read; the v3 page has a space there. Alipay answers the sub_msg `授权码code无效` (wire.md, E1)."),
    "isv.refresh-token-invalid": ("RefreshTokenInvalid", "reauthorize", "Kind `reauthorize`: the refresh token is wrong or in the wrong state. The C# copy (index 7613205982) has a space before 错误."),
    "isv.refresh-token-time-out": ("RefreshTokenExpired", "reauthorize", "Kind `reauthorize`: the refresh token expired. The C# copy has a space before 过期."),
    "isv.refreshed-token-invalid": ("RefreshedTokenInvalid", "reauthorize", "Kind `reauthorize`: the refresh token sent was superseded (each refresh returns a new one, and the old one stops working); the page's advice is to refresh with the newest refresh token, and without it the user must authorize again."),
    "isv.invalid-app-id": ("AppIdMismatch", "misconfigured", "Kind `misconfigured`: the app_id calling is not the app the code or token was granted to (e.g. codes of different apps mixed up). The v2 page's id; the v3 page names the same row `isv.unmatched-app-id` (next row). Elsewhere `isv.invalid-app-id` is also the gateway's 无效的appId参数 (public.md)."),
    "isp.unknow-error": ("UnknownError", "retry", "Kind `retry`. The solution is from the C# copy (index 7613205982); the Go copy has none. The id is misspelled (`unknow`) by Alipay itself."),
}
UNMATCHED = ("isv.unmatched-app-id", "调用接口的应用标识(app_id)与令牌授权的应用不相符",
             "传入正确的app_id和令牌,若开发者支付宝账号名下有多个app_id,或者开发者管理多个归属于不同支付宝账号的app_id,请注意不要混用不同app_id的code",
             "UnmatchedAppId", "misconfigured")
CSHARP_SOLUTION = {"isp.unknow-error": "重试，或联系支付宝客服"}


def write_published_oauth(rows):
    out = ["<!-- alipay.system.oauth.token 业务错误码, v2 gateway page, as transcribed by the Go copy (code-index file\n"
           "     16191836836): key = 错误码, value = 错误描述, trailing comment = 解决方案 (empty for isp.unknow-error). -->",
           "| 错误码 | 错误描述 | 解决方案 |", "| --- | --- | --- |"]
    for sub, desc, sol in rows:
        out.append(f"| {pipe_only(sub)} | {pipe_only(desc)} | {pipe_only(sol)} |")
    open(os.path.join(HERE, "system-oauth-token-v2.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")


def write_oauth(rows):
    out = ["| 错误码(error) | 名称(name) | 类别(kind) | 说明(description) | 出处(note) |",
           "| --- | --- | --- | --- | --- |"]
    for sub, desc, sol in rows:
        name, kind, n = OAUTH[sub]
        sol = sol or CSHARP_SOLUTION.get(sub, "")
        full = ("解决方案：" + esc(sol) + "<br>" if sol else "") + note(n)
        out.append(f"| {sub} | {name} | {kind} | {esc_keep_br(desc)} | {full.strip()} |")
        if sub == "isv.invalid-app-id":
            u_sub, u_desc, u_sol, u_name, u_kind = UNMATCHED
            out.append(f"| {u_sub} | {u_name} | {u_kind} | {esc(u_desc)} | 解决方案：{esc(u_sol)}<br>" + note("From the v3 page (zhifubao.apifox.cn/api-127203914, pages corpus, punctuation folded to ASCII there), which lists it at HTTP 400 where the v2 page has `isv.invalid-app-id`. Kind `misconfigured`, as the row above.") + " |")
    open(os.path.join(OUT, "oauth_token.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return len(out) - 2


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    header, rows = parse_nutz()
    write_published_public(header, rows)
    n_pub = write_public(header, rows)
    n_codes = write_codes(rows)
    go = parse_go_map()
    write_published_oauth(go)
    n_oauth = write_oauth(go)
    print("public.md", n_pub, "public_codes.md", n_codes, "oauth_token.md", n_oauth)
