#!/usr/bin/env python3
"""Builds oauth-errors/src/providers/baidu/{oauth,openapi}.md from the transcribed tables in this
directory. Every text cell is pulled out of `oauth-errors.md`, `openapi-errors.md` or
`openapi-errors-legacy.md` (never typed in). Run from this directory:

    python3 make_crate_tables.py

Cells: the source Markdown is un-escaped to the text it renders, then the characters the table
macro reads as Markdown (\\ ` * _ [ ] < > & | ~) are escaped again.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', 'oauth-errors', 'src', 'providers', 'baidu')
SPECIAL = set('\\`*_[]<>&|~')


def md_cells(line):
    body = line.strip()[1:-1]
    cells, cur, i = [], '', 0
    while i < len(body):
        if body[i] == '\\' and i + 1 < len(body):
            cur += body[i:i + 2]
            i += 2
            continue
        if body[i] == '|':
            cells.append(cur.strip())
            cur = ''
        else:
            cur += body[i]
        i += 1
    cells.append(cur.strip())
    return cells


def table(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        lines = [l for l in f if l.startswith('|')]
    for l in lines[2:]:
        rows.append(md_cells(l))
    return rows


def unescape(md):
    return re.sub(r'\\([!-/:-@\[-`{-~])', r'\1', md)


def esc(text):
    return ''.join('\\' + ch if ch in SPECIAL else ch for ch in text)


def cell(md):
    return esc(unescape(md))


# ------------------------------------------------------------------ oauth.md (error ids)
OAUTH = {
    # id: (name, kind, note)
    'invalid_request': ('MalformedRequest', 'invalid_request',
                        'Kind `invalid_request`: a parameter is missing, unsupported or malformed. Baidu\'s sample '
                        'English is `invalid refresh token`: at the refresh call a bad refresh token gets this id, '
                        'and then the user must log in again (`reauthorize`).'),
    'invalid_client': ('InvalidClient', 'misconfigured', ''),
    'invalid_grant': ('InvalidGrant', 'reauthorize',
                      'Kind `reauthorize`: the code (good once, 10 minutes) or the refresh token is invalid, '
                      'expired or revoked. The text also names a `redirect_uri` that differs from the '
                      'authorize request\'s, a bug in the calling code.'),
    'unauthorized_client': ('UnauthorizedClient', 'misconfigured', ''),
    'unsupported_grant_type': ('UnsupportedGrantType', 'invalid_request', ''),
    'invalid_scope': ('InvalidScope', 'invalid_request',
                      'Kind `invalid_request`: the `scope` sent is invalid, unknown, malformed or wider than '
                      'granted; if the scope is right, the app may lack it (`misconfigured`).'),
    'expired_token': ('ExpiredToken', 'reauthorize',
                      'The English (`refresh token has been used`) and the Chinese (提供的Refresh Token已过期) '
                      'differ; both mean the refresh token cannot be used again. Kind `reauthorize`.'),
    'redirect_uri_mismatch': ('RedirectUriMismatch', 'misconfigured', ''),
    'unsupported_response_type': ('UnsupportedResponseType', 'misconfigured',
                                  'Kind `misconfigured`: a login sends `response_type=code`, which Baidu supports, '
                                  'so this means the app disabled that grant mode (应用已经主动禁用了对应的授权模式).'),
    'slow_down': ('SlowDown', 'rate_limited', 'Device Flow: poll at most every 5 seconds.'),
    'authorization_pending': ('AuthorizationPending', 'retry',
                              'Device Flow: the user has not finished yet; poll again after the interval. '
                              'Kind `retry`: the same request later may succeed.'),
    'authorization_declined': ('AuthorizationDeclined', 'denied', 'Device Flow: the user refused.'),
    'invalid_referer': ('InvalidReferer', 'misconfigured',
                        'Implicit Grant: the browser\'s Referer does not match the bound root domain.'),
}

oauth_rows = []
for c in table('oauth-errors.md'):
    ident = unescape(c[0])
    name, kind, note = OAUTH[ident]
    oauth_rows.append([ident, name, kind, cell(c[2]), cell(c[1]), note])
assert len(oauth_rows) == 13
oauth_rows.append(['access_denied', 'AccessDenied', 'denied', '', '',
                   'Not in the table: the page\'s `redirect_uri` parameter says that when the user cancels the '
                   'authorization, Baidu redirects to `redirect_uri` with `error=access_denied` appended '
                   '(https://openauth.baidu.com/doc/doc.html, section 2). No description text is published.'])

# ------------------------------------------------------------------ openapi.md (codes)
CURRENT = {
    '1': ('UnknownError', 'retry', ''),
    '2': ('ServiceUnavailable', 'retry', ''),
    '3': ('UnsupportedMethod', 'invalid_request', 'The URL names no API this app may call.'),
    '4': ('RequestLimitReached', 'rate_limited', ''),
    '5': ('UnauthorizedClientIp', 'misconfigured', ''),
    '6': ('NoPermissionToAccessData', 'misconfigured', 'Kind `misconfigured`: the API is not granted to the app.'),
    '17': ('DailyRequestLimitReached', 'rate_limited', ''),
    '18': ('QpsRequestLimitReached', 'rate_limited', ''),
    '19': ('TotalRequestLimitReached', 'denied',
           'Kind `denied`: a total quota (总量限额) does not reset with time; an operator must raise it.'),
    '100': ('InvalidParameter', 'invalid_request',
            'The Chinese says the `access_token` parameter was not received (没有获取到token参数).'),
    '110': ('AccessTokenInvalid', 'refresh',
            'Kind `refresh`: Baidu issues a refresh token (10 years) with every access token; refresh and replay.'),
    '111': ('AccessTokenExpired', 'refresh', 'Kind `refresh`: refresh with the refresh token and replay.'),
    '213': ('NoPermissionToAccessUserMobile', 'misconfigured',
            'Kind `misconfigured`: the phone number needs a permission the app applies for (需要向开放平台申请权限, '
            'the `securemobile` field of getInfo).'),
}
LEGACY = {
    '0': ('Success', 'success', ''),
    '7': ('RefererNotAllowed', 'misconfigured', ''),
    '101': ('InvalidApiKey', 'misconfigured', ''),
    '102': ('SessionKeyInvalid', 'refresh',
            'Kind `refresh`: the session key comes with the access token; refreshing gives a new one.'),
    '103': ('InvalidCallId', 'invalid_request', ''),
    '104': ('IncorrectSignature', 'invalid_request',
            'Kind `invalid_request`: the signature sent does not verify; if the signing secret '
            '(`session_secret`) is stale, refresh first.'),
    '105': ('TooManyParameters', 'invalid_request', ''),
    '106': ('UnsupportedSignatureMethod', 'invalid_request', ''),
    '107': ('InvalidTimestamp', 'invalid_request', ''),
    '108': ('InvalidUserId', 'invalid_request', ''),
    '109': ('InvalidUserInfoField', 'invalid_request', ''),
    '112': ('SessionKeyExpired', 'refresh', 'Kind `refresh`: as 111, for the session key.'),
    '114': ('InvalidIp', 'invalid_request', 'Kind `invalid_request`: an `ip` parameter is invalid (无效的ip参数).'),
    '210': ('UserNotVisible', 'denied', ''),
    '211': ('UnsupportedPermission', 'reauthorize',
            'Kind `reauthorize`: a field the user did not grant; ask for the scope at a new login.'),
    '212': ('NoPermissionToAccessUserEmail', 'reauthorize',
            'Kind `reauthorize`: the `email` scope was not granted; ask for it at a new login. If the app may not '
            'ask for it at all, `misconfigured`.'),
    '800': ('UnknownDataStoreError', 'retry', ''),
    '801': ('InvalidOperation', 'invalid_request', ''),
    '802': ('DataStoreQuotaExceeded', 'denied',
            'Kind `denied`: storage the account owns is full; time does not reset it.'),
    '803': ('ObjectNotFound', 'invalid_request', ''),
    '804': ('ObjectAlreadyExists', 'invalid_request', ''),
    '805': ('DatabaseError', 'retry', ''),
    '900': ('NoSuchApplication', 'misconfigured', ''),
    '950': ('BatchAlreadyStarted', 'invalid_request', ''),
    '951': ('BatchNotStarted', 'invalid_request', ''),
    '952': ('TooManyBatchItems', 'invalid_request', ''),
    '953': ('MethodNotAllowedInBatch', 'invalid_request', ''),
}
LEGACY_SRC = ('From the old page 百度Open API错误码定义 (developer.baidu.com wiki), not in the current '
              'openauth.baidu.com table.')

legacy = {c[0]: c for c in table('openapi-errors-legacy.md')}
openapi_rows = []
for c in table('openapi-errors.md'):
    name, kind, note = CURRENT[c[0]]
    old = legacy.get(c[0])
    if old and (old[1], old[2]) != (c[2], c[1]):
        was = 'The old page 百度Open API错误码定义 words it `%s` / `%s`.' % (old[1], old[2])
        note = (note + ' ' + was).strip()
    openapi_rows.append([c[0], name, kind, cell(c[2]), cell(c[1]), note])
for c in table('openapi-errors-legacy.md'):
    if c[0] in CURRENT:
        continue
    name, kind, note = LEGACY[c[0]]
    openapi_rows.append([c[0], name, kind, esc(c[1]), esc(c[2]), (LEGACY_SRC + ' ' + note).strip()])
assert set(LEGACY) | set(CURRENT) == {r[0] for r in openapi_rows}


def write(name, header, rows):
    for col in (0, 1):
        vals = [r[col] for r in rows]
        assert len(set(vals)) == len(vals), (name, col)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(header + '\n')
        f.write('| ' + ' | '.join(['---'] * (header.count('|') - 1)) + ' |\n')
        for r in rows:
            f.write('| ' + ' | '.join(r) + ' |\n')
    print(name, len(rows))


os.makedirs(OUT, exist_ok=True)
write('oauth.md', '| 错误码(error) | 名称(name) | 类别(kind) | 说明(description) | errmsg(description_en) | 出处(note) |',
      oauth_rows)
write('openapi.md', '| 返回码(code) | 名称(name) | 类别(kind) | 说明(description) | errmsg(description_en) | 出处(note) |',
      openapi_rows)
