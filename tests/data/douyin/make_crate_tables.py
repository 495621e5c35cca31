#!/usr/bin/env python3
"""Douyin tables: parse the stored source copies under sources/, write the published tables
(tests/data/douyin/*.md) and the crate tables (oauth-errors/src/providers/douyin/*.md).
Run from anywhere: python3 tests/data/douyin/make_crate_tables.py"""
import os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'sources')
CRATE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'oauth-errors', 'src', 'providers', 'douyin'))

def text(name):
    t = open(os.path.join(SRC, name), encoding='utf-8').read()
    assert t.startswith('# source:')
    return t

def write_table(path, header, rows, preamble=None):
    with open(path, 'w', encoding='utf-8') as f:
        if preamble:
            f.write(preamble.rstrip('\n') + '\n\n')
        f.write('| ' + ' | '.join(header) + ' |\n')
        f.write('|' + '|'.join([' --- '] * len(header)) + '|\n')
        for r in rows:
            assert len(r) == len(header), r
            assert all('\n' not in c for c in r)
            f.write('| ' + ' | '.join(r) + ' |\n')

MD_SPECIAL = set('\\`*_[]<>&|~')
def esc(s):
    return ''.join('\\' + ch if ch in MD_SPECIAL else ch for ch in s)

KIND_NAMES = {'Retry', 'RateLimited', 'Refresh', 'Reauthorize', 'Denied', 'Misconfigured',
              'InvalidRequest', 'Unknown', 'ALL'}

# ------------------------------------------------------------- status-code page (docs corpus excerpt)
st = text('docs-status-code.md')
r1 = st.split('## rendering 1')[1].split('## rendering 2')[0]
new_part, old_part = r1.split('通用状态码(旧)')
def rows_of(part):
    out = []
    for l in part.split('\n'):
        m = re.match(r'^(\d+) \| (.*)$', l)
        if m:
            cells = [c.strip() for c in l.split(' | ')]
            if cells[-1].endswith('|'):
                cells[-1] = cells[-1][:-1].strip()
            if cells and cells[-1] == '':
                pass
            out.append(cells)
    return out
new_rows = rows_of(new_part)
old_rows = rows_of(old_part)
# rows end with ` | |` (empty advice) or ` | advice |`
def norm(r):
    if len(r) == 4 and r[3] == '':
        r = r[:3]
    return r
new_rows = [norm(r) for r in new_rows]
old_rows = [norm(r) for r in old_rows]
for r in new_rows + old_rows[:-1]:
    assert len(r) == 3, r
assert old_rows[-1] == ['2190001', 'quota 已用完'], old_rows[-1]
assert len(new_rows) == 23 and len(old_rows) == 6, (len(new_rows), len(old_rows))
PRE = '<!-- source: https://developer.open-douyin.com/docs/resource/zh-cn/dop/develop/openapi/status-code (docs corpus excerpt; see sources/docs-status-code.md). Cells as the excerpt gives them. -->'
write_table(os.path.join(HERE, 'status-code-new.md'), ['错误码', '含义', '排查建议'], new_rows,
            PRE + '\n<!-- 通用状态码(新), complete in the excerpt. -->')
write_table(os.path.join(HERE, 'status-code-old.md'), ['错误码', '含义', '排查建议'],
            old_rows[:-1] + [['2190001', 'quota 已用完', '']],
            PRE + '\n<!-- 通用状态码(旧): the excerpt ends inside the row 2190001 (its 排查建议 not reached, left empty here); the rows after it were not read. -->')

# ------------------------------------------------------------- the older 错误码 page, as gadfly3173 transcribed it
j = text('gadfly3173__TtOpErrorMsgEnum.java')
legacy = [(c, m.replace('\\"', '"')) for c, m in re.findall(r'CODE_\d+\((\d+), "((?:[^"\\]|\\.)*)"\)', j)]
assert len(legacy) == 42, len(legacy)
write_table(os.path.join(HERE, 'legacy-error-code.md'), ['错误码', '描述'], [list(x) for x in legacy],
            '<!-- source: gadfly3173/douyin-open-api-sdk src/main/java/vip/gadfly/tiktok/core/exception/TtOpErrorMsgEnum.java @ 69755b1acf02e6fda7e1f7c07ad320d485438b4e: the enum\'s (code, msg) pairs in enum order, Java escapes undone. The file cites https://open.douyin.com/platform/doc/6850392252464809992 (the old 错误码 page). -->')
LEG = dict(legacy)

# ------------------------------------------------------------- tables of the current OAuth pages
d = text('docs-oauth-pages.md')
def md_rows(section_title, ncols):
    sec = d.split(section_title)[1]
    sec = sec.split('\n## ')[0]
    out = []
    for l in sec.split('\n'):
        if re.match(r'^\| 200 \| \d+ \|', l):
            cells = [c.strip() for c in l.strip()[1:-1].split(' | ')]
            assert len(cells) == ncols, l
            out.append(cells)
    return out
renew = md_rows('account-permission/refresh-token (title', 4)
uinfo = md_rows('account-permission/get-account-open-info', 4)
client = md_rows('douyin.apifox.cn/api-128961756', 4)
assert (len(renew), len(uinfo), len(client)) == (4, 4, 3)
H4 = ['HTTP 状态码', '错误码', '错误码描述', '排查建议']
write_table(os.path.join(HERE, 'renew-refresh-token-codes.md'), H4, renew,
            '<!-- source: https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/account-permission/refresh-token (docs corpus excerpt) -->')
write_table(os.path.join(HERE, 'userinfo-codes.md'), H4, uinfo,
            '<!-- source: https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/account-permission/get-account-open-info (docs corpus excerpt) -->')
write_table(os.path.join(HERE, 'client-token-codes.md'), ['HTTP 状态码', '错误码', '描述', '排查建议'], client,
            '<!-- source: https://douyin.apifox.cn/api-128961756 (pages corpus; an Apifox mirror of the client_token page) -->')
x = text('zhuovi__XiaoFeng.DouYin__AccessTokenErrorCode.cs')
xf = []
for l in x.split('\n'):
    m = re.match(r'^\s*\*200\s+(\d+)\s+(.*?)\s{2,}(.*)$', l)
    if m:
        xf.append(['200', m.group(1), m.group(2).strip(), m.group(3).strip()])
assert len(xf) == 10, xf
write_table(os.path.join(HERE, 'access-token-codes-xiaofeng.md'), H4, xf,
            '<!-- source: zhuovi/XiaoFeng.DouYin Enum/AccessTokenErrorCode.cs, header comment (a whitespace-aligned transcription; columns split on runs of two or more spaces). Its last four rows are the renew_refresh_token page\'s table word for word; the first six are taken to be the get-access-token page\'s table, which no look-up reached. -->')
XF = {r[1]: r for r in xf}
RN = {r[1]: r for r in renew}

# ------------------------------------------------------------- crate: oauth.md
OAUTH = [  # code, name, kind, text source, note
 ('0', 'Success', 'success', 'legacy', ''),
 ('10001', 'SystemError', 'retry', 'xiaofeng', 'Not in the older 错误码 page; text from the current get-access-token page as copied in the header comment of zhuovi/XiaoFeng.DouYin `Enum/AccessTokenErrorCode.cs` (排查建议 “服务出现异常，请稍后重试。”); a second copy (code-index file 57822841953) also lists `10001 | 系统异常`.'),
 ('10002', 'InvalidParameter', 'invalid_request', 'legacy', 'Current get-access-token page (XiaoFeng copy): 参数错误, 排查建议 “看看是否有参数漏传，或者请求的格式不对。”'),
 ('10003', 'InvalidClientKey', 'misconfigured', 'legacy', 'The current pages word it 配置无效 (get-access-token, XiaoFeng copy; 排查建议 “检查 client_key 参数是否正确”) and client_key 不存在 (client_token page, Apifox copy).'),
 ('10004', 'ScopeNotGranted', 'misconfigured', 'legacy', 'The renew_refresh_token page words it 权限不足, 排查建议 “请申请 renew\\_refresh\\_token 权限。”'),
 ('10005', 'MissingParameter', 'invalid_request', 'legacy', 'The renew_refresh_token page: 缺少参数, 排查建议 “检查是否填写 client\\_key 和 refresh\\_token 参数,请求格式是否正确。”'),
 ('10006', 'InvalidRedirectUri', 'misconfigured', 'legacy', 'Kind `misconfigured`: the redirect URI is not the one configured for the app (授权回调域).'),
 ('10007', 'AuthorizationCodeExpired', 'reauthorize', 'legacy', 'Current get-access-token page (XiaoFeng copy): 排查建议 “授权码只有 10 分钟有效期，且只能使用一次。” Kind `reauthorize`: a used or expired code needs a new login.'),
 ('10008', 'AccessTokenInvalidOrExpired', 'refresh', 'legacy', 'Kind `refresh`: refresh the access_token with `/oauth/refresh_token/` and replay; the mobile-SDK token page says an expired access_token answers 10008 or 2190008. If the refresh fails with 10010, log the user in again.'),
 ('10010', 'RefreshTokenInvalidOrExpired', 'reauthorize', 'legacy', 'The renew_refresh_token page words it refresh_token 过期, 排查建议 “token 已过期,请让用户重新授权。”; the refresh-access-token page also names 10010 for an expired refresh_token.'),
 ('10011', 'PackageNameMismatch', 'misconfigured', 'legacy', ''),
 ('10012', 'AppUnderReview', 'misconfigured', 'legacy', 'Kind `misconfigured`: the app is still under review, so it cannot be authorized yet (应用正在审核中，无法进行授权).'),
 ('10013', 'ClientKeyOrSecretInvalid', 'misconfigured', 'legacy', 'The current pages word it client_key 或者 client_secret 报错 (get-access-token, XiaoFeng copy; client_token, Apifox copy).'),
 ('10014', 'ClientKeyMismatch', 'misconfigured', 'legacy', 'The current get-access-token page (XiaoFeng copy) words it client_key 不匹配, 排查建议 “检查获取授权码使用的 client_key 和获取 access_token 使用的 client_key 是否一致。” Kind `misconfigured`: the code was issued to another client_key.'),
 ('10015', 'WrongAppType', 'misconfigured', 'legacy', ''),
 ('10017', 'AndroidSignatureMismatch', 'misconfigured', 'legacy', ''),
 ('10020', 'RefreshTokenRenewLimitExceeded', 'reauthorize', 'legacy', 'The renew_refresh_token page words it 超过刷新次数限制, 排查建议 “无法再刷新,请让用户重新授权。” (a refresh_token can be renewed 5 times). At `/oauth/client_token/` the local-life client-token page gives 10020 for calling it more than 500 times in 5 minutes: there `rate_limited`.'),
]
orows = []
for code, name, kind, srcname, note in OAUTH:
    if srcname == 'legacy':
        desc = LEG[code]
    else:
        desc = XF[code][2]
    assert name not in KIND_NAMES
    orows.append([code, name, kind, esc(desc), note.replace('|', '\\|')])
assert len({r[1] for r in orows}) == len(orows)
write_table(os.path.join(CRATE, 'oauth.md'), ['返回码(code)', '名称(name)', '类别(kind)', '说明(description)', '出处(note)'], orows)
print('oauth.md', len(orows))

# ------------------------------------------------------------- crate: status.md
NEW = {r[0]: r for r in new_rows}
OLD = {r[0]: r for r in old_rows}
UI = {r[1]: r for r in uinfo}
STATUS = [  # code, name, kind, source, note
 ('0', 'Success', 'success', 'new', ''),
 ('28001003', 'AccessTokenInvalid', 'refresh', 'userinfo', 'Not on the status-code page; from the 获取用户公开信息 (`/oauth/userinfo/`) page\'s table, 排查建议 “重新请求生成access\\_token”. Kind `refresh`: get a new access_token (refresh it) and replay; if that fails, log the user in again.'),
 ('28001005', 'SystemBusy', 'retry', 'new', 'The `/oauth/userinfo/` page words it 系统内部错误,请重试.'),
 ('28001006', 'NetworkCallError', 'retry', 'new', ''),
 ('28001007', 'InvalidParameter', 'invalid_request', 'new', ''),
 ('28001008', 'AccessTokenExpired', 'refresh', 'new', 'Kind `refresh`: refresh the access_token with the refresh_token and replay (刷新或重新授权).'),
 ('28001012', 'UserNotAuthorizedForApi', 'reauthorize', 'new', 'Kind `reauthorize`: the user has not granted the scope; get an access_token that carries it (获取含对应scope的access\\_token), i.e. a new authorization.'),
 ('28001014', 'AppHasNoCapability', 'misconfigured', 'new', 'The second stored rendering of the page reads 应用未授权任何能力 (no space).'),
 ('28001015', 'AccessTokenOpenIdMismatch', 'invalid_request', 'new', 'The second stored rendering reads 请求参数 access\\_tokenopenId不匹配 (the word between the two code spans lost).'),
 ('28001016', 'AppBannedOrOffline', 'misconfigured', 'new', 'Kind `misconfigured`: the app is banned or offline (应用不可用,联系平台处理).'),
 ('28001017', 'UnknownUri', 'unknown', 'new', 'Kind `unknown`: the meaning (未知URI) suggests a wrong path, the advice an internal fault of the capability (能力内部异常,联系平台处理).'),
 ('28001018', 'AppCapabilityNotGranted', 'misconfigured', 'new', ''),
 ('28001019', 'CapabilityBannedOrOffline', 'misconfigured', 'new', 'Kind `misconfigured`: the capability the app uses is banned or offline; only the platform can restore it.'),
 ('28001020', 'UserNotBoundToTestApp', 'misconfigured', 'new', 'Kind `misconfigured`: test apps work only for users bound to them; the operator binds the user.'),
 ('28001021', 'TestAppExpired', 'misconfigured', 'new', ''),
 ('28001042', 'IsvTokenScopeMissing', 'misconfigured', 'new', 'Kind `misconfigured`: the service provider\'s isv\\_token lacks the scope; regenerate it with the scope (重新生成isv\\_token,确保isv\\_token有对应scope权限).'),
 ('28001045', 'UserDeregistered', 'denied', 'new', ''),
 ('28001046', 'UserBanned', 'denied', 'new', ''),
 ('28001047', 'UserPrivate', 'denied', 'new', ''),
 ('28001052', 'CapabilityAccessRisk', 'rate_limited', 'new', 'Kind `rate_limited`: risk control; try later and lower the call rate (请稍后再试 / 控制访问频率).'),
 ('28001056', 'ApiRetired', 'invalid_request', 'new', 'Kind `invalid_request`: the API is offline (该能力API已下线); the calling code must change.'),
 ('28003017', 'QuotaExhausted', 'rate_limited', 'new', 'Kind `rate_limited`: a quota; the page does not say when it resets.'),
 ('28003018', 'RequestFrequencyTooHigh', 'rate_limited', 'new', ''),
 ('28004020', 'ScopeNotSupportedInScenario', 'invalid_request', 'new', 'Kind `invalid_request`: the authorization asked for a scope this authorization scenario does not support.'),
 ('2100004', 'LegacySystemBusy', 'retry', 'old', '通用状态码(旧). The older 错误码 page (SDK copies) has 系统繁忙，此时请开发者稍候再试 with a full-width comma.'),
 ('2100005', 'LegacyInvalidParameter', 'invalid_request', 'old', '通用状态码(旧).'),
 ('2100007', 'NoPermission', 'denied', 'old', '通用状态码(旧).'),
 ('2100009', 'UserBannedFromOperation', 'denied', 'old', '通用状态码(旧).'),
 ('2190001', 'LegacyQuotaExhausted', 'rate_limited', 'old', '通用状态码(旧); its 排查建议 was not reached (the stored excerpt ends inside the row). The older 错误码 page writes quota已用完.'),
 ('2190002', 'LegacyAccessTokenInvalid', 'refresh', 'legacy', 'Not in the part of the current page that was read; text from the older 错误码 page as transcribed in gadfly3173/douyin-open-api-sdk `TtOpErrorMsgEnum.java` (the dovechen yii2 copy lists it under “Oauth2”). Kind `refresh`: get a new access_token and replay; if that fails, log the user in again.'),
 ('2190003', 'LegacyUserNotAuthorizedForApi', 'reauthorize', 'legacy', 'From the older 错误码 page (gadfly3173 copy). Kind `reauthorize`: the user has not granted this API.'),
 ('2190004', 'LegacyAppCapabilityNotGranted', 'misconfigured', 'legacy', 'From the older 错误码 page (gadfly3173 copy; same text in the dovechen and walnut copies).'),
 ('2190008', 'LegacyAccessTokenExpired', 'refresh', 'legacy', 'From the older 错误码 page (gadfly3173 copy). The mobile-SDK token page says an expired access_token answers 10008 or 2190008.'),
 ('2190015', 'LegacyAccessTokenOpenIdMismatch', 'invalid_request', 'legacy', 'From the older 错误码 page (gadfly3173 copy).'),
 ('2190016', 'LegacyAppBannedOrOffline', 'misconfigured', 'legacy', 'From the older 错误码 page (gadfly3173 copy).'),
]
srows = []
for code, name, kind, srcname, note in STATUS:
    advice = ''
    if srcname == 'new':
        desc = NEW[code][1]; advice = NEW[code][2] if len(NEW[code]) > 2 else ''
    elif srcname == 'old':
        desc = OLD[code][1]; advice = OLD[code][2] if len(OLD[code]) > 2 else ''
    elif srcname == 'userinfo':
        desc = UI[code][2]
    else:
        desc = LEG[code]
    notes = []
    if advice:
        notes.append('排查建议：' + esc(advice) + ('' if advice[-1] in '。.' else '.'))
    if note:
        notes.append(note)
    assert name not in KIND_NAMES
    srows.append([code, name, kind, esc(desc), ' '.join(notes).replace('|', '\\|')])
assert len({r[1] for r in srows}) == len(srows) and len({r[0] for r in srows}) == len(srows)
assert set(NEW) <= {r[0] for r in srows} and set(OLD) <= {r[0] for r in srows}
write_table(os.path.join(CRATE, 'status.md'), ['返回码(code)', '名称(name)', '类别(kind)', '说明(description)', '出处(note)'], srows)
print('status.md', len(srows), collections.Counter(r[2] for r in srows))
