#!/usr/bin/env python3
"""Feishu tables: parse the stored source copies under sources/, write the published tables
(tests/data/feishu/*.md) and the crate tables (oauth-errors/src/providers/feishu/*.md).
Run from anywhere: python3 tests/data/feishu/make_crate_tables.py"""
import os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'sources')
CRATE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'oauth-errors', 'src', 'providers', 'feishu'))

def source_lines(name):
    lines = open(os.path.join(SRC, name), encoding='utf-8').read().split('\n')
    assert lines[0].startswith('# source:')
    return lines[1:]

def parse_pipe_table(lines, header_line, ncols):
    """doc-hub-mcp style tables: `a | b | c` rows without outer pipes. A line that does not start
    with a code continues the last cell of the row before (the page has a line break there);
    continuation lines are joined with `<br>` (trailing white space, the Markdown hard-break
    marker, dropped)."""
    i = lines.index(header_line)
    rows = []
    for l in lines[i + 2:]:
        if l.strip() == '' or l.startswith('#'):
            break
        if re.match(r'^\d+ \| ', l):
            rows.append([l])
        else:
            rows[-1].append(l)
    out = []
    for srclines in rows:
        parts = srclines[0].split(' | ', ncols - 1)
        assert len(parts) == ncols, srclines[0]
        last = [parts[-1]] + srclines[1:]
        parts[-1] = '<br>'.join(s.rstrip() for s in last)
        out.append([p.strip() for p in parts])
    return out

def parse_outer_pipe_table(lines, header_line):
    i = lines.index(header_line)
    out = []
    for l in lines[i + 2:]:
        if not l.startswith('| '):
            break
        cells = [c.strip() for c in l.strip()[1:-1].split(' | ')]
        out.append(cells)
    return out

def write_table(path, header, rows, preamble=None):
    with open(path, 'w', encoding='utf-8') as f:
        if preamble:
            f.write(preamble.rstrip('\n') + '\n\n')
        f.write('| ' + ' | '.join(header) + ' |\n')
        f.write('|' + '|'.join([' --- '] * len(header)) + '|\n')
        for r in rows:
            assert len(r) == len(header), r
            for c in r:
                assert '\n' not in c
            f.write('| ' + ' | '.join(r) + ' |\n')

# ---------------------------------------------------------------- published tables
get_cn = parse_pipe_table(source_lines('doc-hub-mcp__get-user-access-token.md'),
                          'HTTP 状态码 | 错误码 | 描述 | 排查建议', 4)
ref_cn = parse_pipe_table(source_lines('doc-hub-mcp__refresh-user-access-token.md'),
                          'HTTP 状态码 | 错误码 | 描述 | 排查建议', 4)
uinfo = parse_pipe_table(source_lines('doc-hub-mcp__user-info.md'),
                         'HTTP状态码 | 错误码 | 描述 | 排查建议', 4)
generic = parse_pipe_table(source_lines('doc-hub-mcp__generic-error-code.md'),
                           '错误码 | 说明 | 排查建议', 3)
get_en = parse_outer_pipe_table(source_lines('larksuite-en__get-user-access-token.md'),
    '| HTTP Status Code | Error Code | Description | Troubleshooting Suggestions |')
ref_en = parse_outer_pipe_table(source_lines('larksuite-en__refresh-user-access-token.md'),
    '| HTTP Status Code | Error Code | Description | Troubleshooting Advice |')
assert (len(get_cn), len(ref_cn), len(uinfo), len(generic), len(get_en), len(ref_en)) == (21, 21, 7, 553, 21, 21), \
    (len(get_cn), len(ref_cn), len(uinfo), len(generic), len(get_en), len(ref_en))

def pre(src, note=''):
    return f'<!-- source: {src}. Cells as published; a line break inside a cell is written <br>. {note}-->'

DH = 'wxkingstar/doc-hub-mcp @ 9617d88a9ad908bb2e1b9055f9edaff9c70e732a'
write_table(os.path.join(HERE, 'get-user-access-token-codes.md'), ['HTTP 状态码', '错误码', '描述', '排查建议'], get_cn,
            pre(DH + ' feishu/003-服务端API/认证及授权/获取访问凭证/获取-user_access_token.md (page of 2025-12-22)'))
write_table(os.path.join(HERE, 'refresh-user-access-token-codes.md'), ['HTTP 状态码', '错误码', '描述', '排查建议'], ref_cn,
            pre(DH + ' feishu/003-服务端API/认证及授权/获取访问凭证/刷新-user_access_token.md (page of 2025-06-25)'))
write_table(os.path.join(HERE, 'user-info-codes.md'), ['HTTP状态码', '错误码', '描述', '排查建议'], uinfo,
            pre(DH + ' feishu/003-服务端API/认证及授权/登录态管理/获取用户信息.md (page of 2025-07-22)'))
write_table(os.path.join(HERE, 'generic-error-codes.md'), ['错误码', '说明', '排查建议'], generic,
            pre(DH + ' feishu/003-服务端API/API-调用指南/通用错误码.md (page of 2025-08-20)',
                'Codes 40001, 40003, 40008 and 99992364 are published twice; both rows are kept here. '))
write_table(os.path.join(HERE, 'get-user-access-token-codes-en.md'),
            ['HTTP Status Code', 'Error Code', 'Description', 'Troubleshooting Suggestions'], get_en,
            pre('code index file id 51974351345 (no repository named), English Lark page, updated 1749459212000'))
write_table(os.path.join(HERE, 'refresh-user-access-token-codes-en.md'),
            ['HTTP Status Code', 'Error Code', 'Description', 'Troubleshooting Advice'], ref_en,
            pre('code index file id 51927936270 (no repository named), English Lark page, updated 1749459216000'))

# ---------------------------------------------------------------- cell helpers
MD_SPECIAL = set('\\`*_[]<>&|~')
def esc_plain(s):
    """Plain-text cell (the source is not Markdown): escape what GFM would read as markup."""
    return ''.join('\\' + ch if ch in MD_SPECIAL else ch for ch in s)

def md_cell(s):
    """Cell that already is Markdown in the source: kept as is; only `|` would need escaping."""
    assert '|' not in s.replace('\\|', ''), s
    return s

KIND_NAMES = {'Retry', 'RateLimited', 'Refresh', 'Reauthorize', 'Denied', 'Misconfigured',
              'InvalidRequest', 'Unknown', 'Success', 'ALL'}

# ---------------------------------------------------------------- crate: oauth.md
get_by = {r[1]: r for r in get_cn}
ref_by = {r[1]: r for r in ref_cn}
for a, b in ((get_cn, get_en), (ref_cn, ref_en)):
    for x, y in zip(a, b):
        assert x[0] == y[0] and x[1] == y[1], (x, y)
        # the English pages repeat the 描述 column; 20036 on the English refresh page wraps grant_type in backticks
        assert x[2] == y[2] or (x[1] == '20036' and y[2] == 'The specified `grant_type` is not supported.'), (x, y)

OAUTH = {  # code: (name, kind, note)
 '20001': ('MissingParameter', 'invalid_request', ''),
 '20002': ('InvalidClientSecret', 'misconfigured', ''),
 '20003': ('AuthorizationCodeNotFound', 'reauthorize', 'Kind `reauthorize`: the code is unknown or was used (无效的授权码…授权码仅能使用一次); only a new login gives a new code.'),
 '20004': ('AuthorizationCodeExpired', 'reauthorize', 'Kind `reauthorize`: codes live 5 minutes (授权码已经过期); the user must log in again.'),
 '20008': ('UserNotFound', 'denied', 'Kind `denied`: the user who authorized does not exist (用户不存在); logging in again does not help.'),
 '20009': ('AppNotInstalled', 'denied', 'Kind `denied`: the user\'s tenant has not installed the app (租户未安装应用); the user\'s organisation must install it, which neither a retry nor this app\'s operator can do.'),
 '20010': ('UserNoAppPermission', 'denied', ''),
 '20024': ('ClientIdMismatch', 'misconfigured', 'Kind `misconfigured`: the code or refresh token was issued to another app (请勿混用不同应用的凭证), i.e. the authorize and token requests use different app credentials.'),
 '20026': ('InvalidRefreshToken', 'reauthorize', 'Kind `reauthorize`: the refresh token is invalid (only v2 refresh tokens are accepted); the user must log in again.'),
 '20036': ('UnsupportedGrantType', 'invalid_request', ''),
 '20037': ('RefreshTokenExpired', 'reauthorize', ''),
 '20048': ('AppNotFound', 'misconfigured', ''),
 '20049': ('PkceCodeChallengeFailed', 'invalid_request', 'Kind `invalid_request`: `code_verifier` missing or not matching the `code_challenge` (PKCE 校验失败), a bug in the calling code; the code itself stays unusable, so after fixing it the user logs in again.'),
 '20050': ('ServerError', 'retry', ''),
 '20063': ('MalformedRequest', 'invalid_request', ''),
 '20064': ('RefreshTokenRevoked', 'reauthorize', ''),
 '20065': ('AuthorizationCodeUsed', 'reauthorize', ''),
 '20066': ('InvalidUserStatus', 'denied', 'Kind `denied`: the user\'s account state does not allow it (用户状态非法).'),
 '20067': ('DuplicateScopes', 'invalid_request', ''),
 '20068': ('ScopeNotPermitted', 'invalid_request', 'Kind `invalid_request`: the `scope` sent must be a subset of what the user granted; to get more, send the user through login with the wider scope.'),
 '20069': ('AppNotEnabled', 'misconfigured', ''),
 '20070': ('MultipleAuthenticationMethods', 'invalid_request', ''),
 '20071': ('RedirectUriMismatch', 'invalid_request', 'Kind `invalid_request`: the `redirect_uri` differs from the one sent to the authorize page (a bug in the calling code, not an unregistered URI).'),
 '20072': ('ServerUnavailable', 'retry', ''),
 '20073': ('RefreshTokenUsed', 'reauthorize', ''),
 '20074': ('RefreshNotAllowed', 'misconfigured', 'Kind `misconfigured`: the app\'s “refresh user_access_token” security setting is off (检查是否开启了刷新 `user_access_token` 开关).'),
}

rows = []
codes = sorted(set(get_by) | set(ref_by), key=int)
assert codes == sorted(OAUTH, key=int), (codes, sorted(OAUTH))
for code in codes:
    name, kind, note = OAUTH[code]
    notes = []
    if code in get_by:
        st, _, en, cn = get_by[code]
        if code in ref_by and ref_by[code][3] != cn:
            notes.append('The refresh page words the advice differently: “' + ref_by[code][3].replace('<br>', ' ') + '”.')
        if code not in ref_by:
            notes.append('Published on the get-token page only.')
    else:
        st, _, en, cn = ref_by[code]
        notes.append('Published on the refresh page only.')
    if code == '20036':
        notes.append('The English Lark refresh page writes `grant_type` in a code span.')
    if note:
        notes.append(note)
    assert st in ('400', '500', '503')
    assert name not in KIND_NAMES
    rows.append([code, st, name, kind, md_cell(cn), esc_plain(en), ' '.join(notes).replace('|', '\\|')])
assert len({r[2] for r in rows}) == len(rows)
write_table(os.path.join(CRATE, 'oauth.md'),
            ['返回码(code)', '类别(category)', '名称(name)', '类别(kind)', '说明(description)', 'errmsg(description_en)', '出处(note)'],
            rows)
print('oauth.md', len(rows))

# ---------------------------------------------------------------- crate: generic.md
exec(open(os.path.join(HERE, 'generic_kinds.py'), encoding='utf-8').read())   # defines GENERIC_KIND, GENERIC_NAME, GENERIC_NOTE
seen = {}
grows = []
dups = collections.Counter(r[0] for r in generic)
for code, msg, advice in generic:
    if code in seen:
        continue
    seen[code] = (msg, advice)
    kind = GENERIC_KIND[code]
    name = GENERIC_NAME[code]
    assert name not in KIND_NAMES and re.match(r'^[A-Z][A-Za-z0-9]*$', name), (code, name)
    notes = []
    if dups[code] > 1:
        others = [r for r in generic if r[0] == code][1:]
        for o in others:
            notes.append(f'The table publishes {code} twice; this row is the first, the second (`{esc_plain(o[1])}`: “{o[2]}”) is left out.')
    if code in GENERIC_NOTE:
        notes.append(GENERIC_NOTE[code])
    grows.append([code, name, kind, md_cell(advice), esc_plain(msg), ' '.join(notes)])
assert len({r[1] for r in grows}) == len(grows), [n for n, c in collections.Counter(r[1] for r in grows).items() if c > 1]
assert set(GENERIC_KIND) == set(seen), set(seen) ^ set(GENERIC_KIND)
write_table(os.path.join(CRATE, 'generic.md'),
            ['返回码(code)', '名称(name)', '类别(kind)', '说明(description)', 'errmsg(description_en)', '出处(note)'], grows)
print('generic.md', len(grows), collections.Counter(r[2] for r in grows))
