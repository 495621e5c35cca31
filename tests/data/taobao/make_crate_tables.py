#!/usr/bin/env python3
"""Builds the Taobao (TOP) tables from the sources in ./sources.

Writes (paths relative to the repository root):
  tests/data/taobao/top-platform-codes-2013.md        rows of the 2013 copy (ye1992 excerpt)
  tests/data/taobao/top-platform-codes-2011.md        rows of the 2011 copy (zhuolaiqiang excerpt)
  tests/data/taobao/top-platform-codes-2009.md        codes below 100 of the 2009 list (Taoapi_Exception)
  tests/data/taobao/top-errorcode-go.md               the Go copy's constants (code, name, comment)
  tests/data/taobao/top-isv-permission-subcodes.md    the sub_codes listed in the 2013 row 11
  tests/data/taobao/oauth-faq-errors.md               the two oauth errors of the 授权 FAQ
  oauth-errors/src/providers/taobao/platform.md            crate table: platform codes (code)
  oauth-errors/src/providers/taobao/platform_sub_codes.md  crate table: code-11 sub_codes (error, category 11)
  oauth-errors/src/providers/taobao/oauth.md               crate table: oauth.taobao.com error ids (error)

Run from anywhere: python3 tests/data/taobao/make_crate_tables.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SRC = os.path.join(HERE, "sources")
OUT = os.path.join(ROOT, "oauth-errors", "src", "providers", "taobao")
MD_SPECIAL = "\\`*_[]<>&|~"


def esc(text):
    return "".join("\\" + c if c in MD_SPECIAL else c for c in text)


def note(text):
    parts = text.split("`")
    return "`".join(p if i % 2 else esc(p) for i, p in enumerate(parts))


def pipe_only(text):
    return text.replace("|", "\\|")


def read(name):
    return open(os.path.join(SRC, name), encoding="utf-8").read()


# ------------------------------------------------------------------ parse the copies
def parse_2013():
    text = read("doc-csdn-ye1992-8616047-2013-excerpt.txt")
    line = [l for l in text.split("\n") if l.startswith("错误码 | ")][0]
    cells = [c.strip() for c in line.split(" | ")]
    cells = cells[4:]  # drop the header cells
    rows = {}
    while len(cells) >= 4 and re.fullmatch(r"\d+", cells[0]):
        code, en, zh, sol = cells[:4]
        rows[int(code)] = (en, zh, sol)
        cells = cells[4:]
    return rows  # row 22 is cut off in the excerpt


def parse_2011():
    text = read("doc-cnblogs-zhuolaiqiang-2088918-2011-excerpt.txt")
    body = text.split("错误码 错误描述-英文 错误描述-中文 解决方案\n", 1)[1].split("\n28 Missing", 1)[0]
    # row 25's solution runs over blank lines (a URL on its own line); join them with <br>
    lines = body.split("\n")
    rows, cur = [], None
    for l in lines:
        m = re.match(r"^(\d+) (.*)$", l)
        if m:
            cur = [int(m.group(1)), m.group(2)]
            rows.append(cur)
        else:
            cur[1] += "<br>" + l
    for r in rows:
        while r[1].endswith("<br>"):
            r[1] = r[1][: -len("<br>")]
    out = {}
    english = {v[0] for v in parse_2009().values()}
    for code, rest in rows:
        # the English cell is one of the 2009 list's English names (the longest that starts the row)
        en = max((e for e in english if rest.startswith(e + " ")), key=len)
        zh, sol = rest[len(en) + 1:].split(" ", 1)
        out[code] = (en, zh, sol)
    return out


def parse_2009():
    rows = {}
    for m in re.finditer(r"\$errorinfo\[(\d+)\]=array\('en'=>'([^']*)','cn'=>'([^']*)'\);", read("index-11204312253-php-Taoapi_Exception-excerpt.txt")):
        rows[int(m.group(1))] = (m.group(2), m.group(3))
    return rows


def parse_go():
    rows = {}
    for m in re.finditer(r"// (\w+) (.*)\n\t\w+ = (\d+)", read("index-12274209893-go-errorcode.txt")):
        name, comment, code = m.group(1), m.group(2), int(m.group(3))
        if ", " in comment:
            zh, sol = comment.split(", ", 1)
        else:
            zh, sol = comment, ""
        rows[code] = (name, comment, zh.strip(), sol.strip())
    return rows


def parse_subcodes(rows2013):
    cell = rows2013[11][2]
    assert cell.startswith("子错误码目前有 ")
    parts = re.split(r" (isv\.[a-z\-]+) ", " " + cell[len("子错误码目前有"):])
    out = []
    for i in range(1, len(parts), 2):
        out.append((parts[i], parts[i + 1].strip()))
    return out


# ------------------------------------------------------------------ published tables
def write_published(r13, r11, r09, go, subs):
    def table(path, comment, header, rows):
        lines = [comment, "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        for r in rows:
            lines.append("| " + " | ".join(pipe_only(str(c)) for c in r) + " |")
        open(os.path.join(HERE, path), "w", encoding="utf-8").write("\n".join(lines) + "\n")

    table("top-platform-codes-2013.md",
          "<!-- TOP 错误码小于100的平台级错误, 2013 copy (blog.csdn.net/ye1992/article/details/8616047, docs corpus excerpt;\n"
          "     punctuation folded to ASCII by the corpus). The excerpt ends inside row 22. -->",
          ["错误码", "错误描述-英文", "错误描述-中文", "解决方案"],
          [(c, *v) for c, v in r13.items()])
    table("top-platform-codes-2011.md",
          "<!-- TOP 平台级错误, 2011 copy (cnblogs.com/zhuolaiqiang/archive/2011/06/17/2088918.html, docs corpus excerpt;\n"
          "     punctuation folded to ASCII by the corpus). Row 25's solution spans three lines (joined with <br>). The excerpt ends at row 28. -->",
          ["错误码", "错误描述-英文", "错误描述-中文", "解决方案"],
          [(c, *v) for c, v in r11.items()])
    table("top-platform-codes-2009.md",
          "<!-- TOP 系统级错误 (codes below 100) of the 2009 Taoapi_Exception list (code-index file 11204312253). -->",
          ["错误码", "错误描述(英文)", "错误描述(中文)"],
          [(c, *v) for c, v in sorted(r09.items()) if c < 100])
    table("top-errorcode-go.md",
          "<!-- The Go copy (code-index file 12274209893): code, constant, comment\n"
          "     (\"<错误描述-中文>, <解决方案>\" as the copy joins them). -->",
          ["错误码", "常量", "注释"],
          [(c, v[0], v[1]) for c, v in sorted(go.items())])
    table("top-isv-permission-subcodes.md",
          "<!-- The sub_codes the 2013 copy lists in row 11 (Insufficient ISV Permissions), split at each id. -->",
          ["sub_code", "说明"], subs)
    table("oauth-faq-errors.md",
          "<!-- The oauth.taobao.com errors of TOP's 授权 FAQ (articleId=120; jaq-doc.alibaba.com mirror, pages corpus excerpt).\n"
          "     The FAQ gives them as questions 3 and 5; its answer to 5 is cut off in the excerpt. -->",
          ["error", "error_description", "FAQ 说明"],
          [("invalid_client", "application callback can not match the redirect_uri",
            "授权时请求url 中的uri 值与应用回调地址不一致导致,修改uri 和回调地址一致即可。"),
           ("invalid_client", "authorize code qexkqiJRNXJXEPTjPTWYYsK5486529 invalidate,please authorize again.",
            "授权后回调地址上取得的code 只能使用一次,如果")])


# ------------------------------------------------------------------ crate tables
# code: (name, kind, note)
KINDS = {
    3: ("UploadFail", "invalid_request", "Kind `invalid_request`: the solution is to send an image of the right format and size."),
    4: ("UserCallLimited", "rate_limited", ""),
    5: ("SessionCallLimited", "rate_limited", ""),
    6: ("PartnerCallLimited", "rate_limited", ""),
    7: ("AppCallLimited", "rate_limited", ""),
    8: ("AppCallExceedsLimitedFrequency", "rate_limited", ""),
    9: ("HttpActionNotAllowed", "invalid_request", ""),
    10: ("ServiceCurrentlyUnavailable", "retry", "Kind `retry`: the service is unavailable; the page adds that unknown exceptions cause most of these and to check the parameters."),
    11: ("InsufficientIsvPermissions", "misconfigured", "Kind `misconfigured`: the app lacks the API permission package or its IP is not whitelisted (sub_codes in platform_sub_codes.md)."),
    12: ("InsufficientUserPermissions", "misconfigured", "Kind `misconfigured`: the solution says the app lacks the permission for a value-added API (应用没有权限调用增值权限的接口) and should apply for it."),
    13: ("InsufficientPartnerPermissions", "misconfigured", "Kind `misconfigured`, as 12."),
    15: ("RemoteServiceError", "retry", "Kind `retry`: a back-end service failed; the solution is to check the parameters, then try again later. The 2013 page counts 15, 40 and 41 as business errors: their sub_code says more (`isp.*` retry later, `isv.*` a problem of the request)."),
    21: ("MissingMethod", "invalid_request", ""),
    22: ("InvalidMethod", "invalid_request", ""),
    23: ("InvalidFormat", "invalid_request", ""),
    24: ("MissingSignature", "invalid_request", ""),
    25: ("InvalidSignature", "invalid_request", "Kind `invalid_request`: the solution names the signing algorithm (签名必需根据正确的算法算出来的); a wrong app secret gives the same code."),
    26: ("MissingSession", "invalid_request", ""),
    27: ("InvalidSession", "reauthorize", "Kind `reauthorize`: the session (access token) is not bound or has expired, and the user must bind again (用户需要重新绑定一下). Sent with sub_code `session-is-blank` when the session is empty (wire.md)."),
    28: ("MissingAppKey", "invalid_request", ""),
    29: ("InvalidAppKey", "misconfigured", "Kind `misconfigured`: the app's environment does not match the one called (sandbox app called in production)."),
    30: ("MissingTimestamp", "invalid_request", ""),
    31: ("InvalidTimestamp", "invalid_request", "Kind `invalid_request`: a bad format, or a clock more than 10 minutes off."),
    32: ("MissingVersion", "invalid_request", ""),
    33: ("InvalidVersion", "invalid_request", ""),
    34: ("UnsupportedVersion", "invalid_request", ""),
    40: ("MissingRequiredArguments", "invalid_request", "Only in the 2009 list; the 2013 page names 40 a business error (its sub_code says more)."),
    41: ("InvalidArguments", "invalid_request", "Only in the 2009 list; the 2013 page names 41 a business error (its sub_code says more)."),
    42: ("InsufficientSessionPermissions", "reauthorize", "Kind `reauthorize`: the call is a high-risk API (调用的是高危API) that needs the short-lived authorization (`w2_expires_in`/`r2_expires_in` in the token answer), which has lapsed; the user must authorize again. The 2009 list gives 42 another meaning (`Forbidden Request` 请求被禁止); the newer meaning is kept and its English is not known."),
    43: ("ParameterError", "invalid_request", ""),
    44: ("InvalidAccessToken", "reauthorize", "Kind `reauthorize`: the access token is invalid; Taobao's refresh token is often unusable (`re_expires_in` 0 in the answers read, wire.md), so a new authorization is the way out. No solution and no English in the copy read."),
    47: ("InvalidEncoding", "invalid_request", "No English in the copy read."),
}


def write_platform(r13, r11, r09, go):
    out = ["| 错误码(code) | 名称(name) | 类别(kind) | 错误描述-中文(description) | 错误描述-英文(description_en) | 出处(note) |",
           "| --- | --- | --- | --- | --- | --- |"]
    for code in sorted(KINDS):
        name, kind, extra = KINDS[code]
        if code in r13:
            en, zh, sol = r13[code]
            src = "2013 copy"
        elif code in r11:
            en, zh, sol = r11[code]
            src = "2011 copy"
        elif code in go:
            zh, sol = go[code][2], go[code][3]
            en = r09.get(code, ("", ""))[0] if code not in (42,) else ""
            src = "Go copy (index 12274209893)" + ("; English from the 2009 list" if en else "")
        else:
            en, zh = r09[code]
            sol = ""
            src = "2009 list only (index 11204312253); no solution text"
        if code == 42:
            sol = sol.replace(':simsun;">', "")
            extra += " The Go copy's comment has the HTML residue `:simsun;\">` before 调用的是高危API (dropped)."
        if code == 25:
            sol_txt = "解决方案：" + "<br>".join(esc(p) for p in sol.split("<br>"))
        else:
            sol_txt = ("解决方案：" + esc(sol)) if sol else ""
        parts = [p for p in [sol_txt, note("Text: " + src + "." + ((" " + extra) if extra else ""))] if p]
        out.append(f"| {code} | {name} | {kind} | {esc(zh)} | {esc(en)} | {'<br>'.join(parts)} |")
    open(os.path.join(OUT, "platform.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return len(out) - 2


SUB = {
    "isv.permission-api-package-empty": ("ApiPackageEmpty", "misconfigured", ""),
    "isv.permission-api-package-not-allowed": ("ApiPackageNotAllowed", "misconfigured", ""),
    "isv.permission-api-package-limit": ("ApiPackageLimit", "misconfigured", ""),
    "isv.permission-ip-whitelist-limit": ("IpWhitelistLimit", "misconfigured", "Kind `misconfigured`: the server's IP is not in the app's whitelist."),
    "isv.permission-api-widget-only-limit": ("WidgetOnly", "misconfigured", "Kind `misconfigured`: the API may only be called as a widget (组件), not from this app's server."),
}


def write_subcodes(subs):
    out = ["| 错误码(category) | 子错误码(error) | 名称(name) | 类别(kind) | 说明(description) | 出处(note) |",
           "| --- | --- | --- | --- | --- | --- |"]
    for sub, text in subs:
        name, kind, extra = SUB[sub]
        n = note("The sub_codes the 2013 copy lists in its row 11 (Insufficient ISV Permissions)." + ((" " + extra) if extra else ""))
        out.append(f"| 11 | {sub} | {name} | {kind} | {esc(text)} | {n} |")
    open(os.path.join(OUT, "platform_sub_codes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return len(out) - 2


def write_oauth():
    out = ["| 错误码(error) | 名称(name) | 类别(kind) | 错误描述(error_description) | 出处(note) |",
           "| --- | --- | --- | --- | --- |",
           "| invalid_client | InvalidClient | reauthorize | "
           + esc("authorize code qexkqiJRNXJXEPTjPTWYYsK5486529 invalidate,please authorize again.") + " | "
           + note("The error_description of TOP's 授权 FAQ (articleId=120, question 5) for a code used twice at the token endpoint; "
                  "the code in it is the FAQ's example and varies. Kind `reauthorize`: a code works once (授权后回调地址上取得的code 只能使用一次). "
                  "The same id comes with `application callback can not match the redirect_uri` when the redirect_uri differs from the app's "
                  "registered callback (FAQ question 3, at authorization): that cause is `misconfigured`. No published table of "
                  "oauth.taobao.com error ids was found; this is the only id the copies read attest.") + " |"]
    open(os.path.join(OUT, "oauth.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    return len(out) - 2


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    r13, r11, r09, go = parse_2013(), parse_2011(), parse_2009(), parse_go()
    subs = parse_subcodes(r13)
    write_published(r13, r11, r09, go, subs)
    print("platform.md", write_platform(r13, r11, r09, go),
          "platform_sub_codes.md", write_subcodes(subs), "oauth.md", write_oauth())
