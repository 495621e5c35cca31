#!/usr/bin/env python3
"""Builds oauth-errors/src/providers/wechat/{miniprogram,global_additions}.md from the copies in
this directory. Every text cell is pulled from a transcribed table or source file here (never typed
in), so a transcription slip shows up as a failed lookup. Run from this directory:

    python3 make_crate_tables.py

Cells: source Markdown is un-escaped to the text it renders, then the characters the table macro
reads as Markdown are escaped again; a cell whose source holds a link is kept as the source wrote it
(its rendered text is the published text). A no-break space is written as `&nbsp;`.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', 'oauth-errors', 'src', 'providers', 'wechat')
SPECIAL = set('\\`*_[]<>&|~')


def md_cells(line):
    line = line.strip()
    assert line.startswith('|'), line
    body = line[1:-1] if line.endswith('|') else line[1:]
    cells, cur, i = [], '', 0
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            cur += body[i:i + 2]
            i += 2
            continue
        if c == '|':
            cells.append(cur.strip())
            cur = ''
        else:
            cur += c
        i += 1
    cells.append(cur.strip())
    return cells


def table(name):
    rows = {}
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        lines = [l for l in f if l.startswith('|')]
    for l in lines[2:]:
        c = md_cells(l)
        rows.setdefault(c[0], c)  # first occurrence wins
    return rows


def unescape(md):
    return re.sub(r'\\([!-/:-@\[-`{-~])', r'\1', md)


def esc(text):
    out = ''.join('\\' + ch if ch in SPECIAL else ch for ch in text)
    return out.replace('\u00a0', '&nbsp;')


def plain(md):
    """A source Markdown cell without links, as the crate cell."""
    assert '](' not in md, md
    return esc(unescape(md))


def java_text(path, code):
    """The string literal and the Javadoc line of a WxJava constant, from the raw extract."""
    src = open(os.path.join(HERE, 'sources', path), encoding='utf-8').read()
    m = re.search(r'\d+-   \* (.*)\n\d+-   \*/\n\d+:  CODE_[A-Z_0-9]+\(' + re.escape(code) + r', "(.*)"\),', src)
    assert m, code
    return m.group(2), m.group(1)


code2session = table('code2session.md')
older = table('code2session-older.md')
gat = table('getaccesstoken.md')
stable = table('getstableaccesstoken.md')

# ---------------------------------------------------------------- miniprogram.md
rows = []
rows.append(['-1', 'SystemBusy', 'retry', plain(code2session['-1'][2]), plain(code2session['-1'][1]),
             ''])
rows.append(['40029', 'InvalidCode', 'reauthorize', plain(code2session['40029'][1]), 'invalid code',
             'The page\'s 解决方案 cell reads `js_code无效`; it gives no English, so the errmsg is the one '
             'the 第三方平台 page for `sns/component/jscode2session` publishes for 40029 (`invalid code`), '
             'which is also what WeChat sends (`invalid code, rid: …`). Kind `reauthorize`: the code is '
             'wrong, expired (5 minutes) or already used; get a new one with `wx.login` and send it again.'])
rows.append(['40226', 'CodeBlocked', 'denied', code2session['40226'][2], plain(code2session['40226'][1]),
             'The page links 用户安全解方案 to https://developers.weixin.qq.com/miniprogram/dev/framework/operation. '
             'Kind `denied`: WeChat blocks the login of a user it rates high-risk; tell the user, do not retry.'])
rows.append(['45011', 'MinuteQuotaReached', 'rate_limited', plain(code2session['45011'][2]),
             plain(code2session['45011'][1]),
             'The page writes a no-break space and a space where WeChat\'s errmsg has a comma (the '
             '开放平台 table: `api minute-quota reach limit, must slower, retry next minute`). The older '
             'page says `频率限制，每个用户每分钟100次` (100 calls per user per minute).'])
rows.append(['0', 'Success', 'success', plain(older['0'][1]), '',
             'From the older revision of the page (`errcode 的合法值`); the current page lists errors only and '
             'says `errcode` is returned when the request fails.'])
zh, en = java_text('WxJava__WxOpenErrorMsgEnum__3e48dc7f.txt', '40163')
assert en.startswith(zh + '  ')
rows.append(['40163', 'CodeAlreadyUsed', 'reauthorize', esc(zh), esc(en[len(zh) + 2:]),
             'Not in either revision of the page; WeChat answers it on `sns/jscode2session` when a code is '
             'sent twice (`code been used, rid: …`, 开放社区 posts). Texts from the global table (开放平台, '
             'WxJava `WxOpenErrorMsgEnum`). Kind `reauthorize`: a code is good once; get a new one with '
             '`wx.login`.'])

# ---------------------------------------------------------------- global_additions.md
g = []
g.append(['-2', 'InvalidScope', 'invalid_request', '', 'invalid scope or bad scope',
          'In no published table: the code and errmsg are from a body WeChat sent to a 网站应用 QR login '
          '(`{ errcode: -2, errmsg: "invalid scope or bad scope", reqid: … }`, Tencent/WeDemo#14); no Chinese '
          'text is published. Kind `invalid_request`: the `scope` sent is wrong; if the scope is right '
          '(`snsapi_login`), the app may lack it (`misconfigured`).'])
zh, en = java_text('WxJava__WxOpenErrorMsgEnum__3e48dc7f.txt', '40048')
assert en == zh + '  invalid url domain'
g.append(['40048', 'InvalidUrlDomain', 'invalid_request', esc(zh), 'invalid url domain',
          'From the 开放平台 table (WxJava `WxOpenErrorMsgEnum`); a 2025 copy of the 公众号 page has the same '
          'Chinese; the old 开放平台 page wrote `不合法的url域名`. Kind `invalid_request`: a URL in the '
          'request has a domain WeChat does not accept.'])
g.append(['40125', 'InvalidAppSecret', 'misconfigured', '无效的appsecret', plain(stable['40125'][1]),
          'Chinese: the 公众号 page\'s row as a 2025 copy of it and the n8n-nodes-wechat-offiaccount '
          'maintainer quote it; English: the getStableAccessToken page (and what WeChat sends). The '
          '开放平台 table\'s row is garbled (40013\'s AppID sentence, `invalid  appsecret`); the getAccessToken '
          'page writes `不合法的 secret`.'])
g.append(['40164', 'IpNotInWhitelist', 'misconfigured', plain(gat['40164'][1]),
          esc(java_text('WxJava__WxOpenErrorMsgEnum__3e48dc7f.txt', '40164')[0]),
          'Chinese: the getAccessToken page\'s 错误描述 (its 解决方案: `请在接口IP白名单中进行设置`); English: '
          'the 开放平台 table. WeChat sends `invalid ip <ip> ipv6 <ip>, not in whitelist`; the '
          'getStableAccessToken page writes `invalid ip  not in whitelist`. Kind `misconfigured`: add the '
          'server\'s IP to the whitelist.'])
g.append(['40226', 'CodeBlocked', 'denied', code2session['40226'][2], plain(code2session['40226'][1]),
          'From the code2Session page. Kind `denied`: WeChat blocks the login of a user it rates high-risk.'])
g.append(['40227', 'EmptyTitle', 'invalid_request', '标题为空', '',
          'Known only from a 2025 copy of the 公众号 page (blog.csdn.net/u012917925/article/details/145143114, '
          'docs-corpus excerpt); no English and no repository copy.'])
g.append(['40243', 'AppSecretFrozen', 'misconfigured', plain(gat['40243'][1]), '',
          'From the getAccessToken page (its 错误描述 column holds this Chinese; no English is published). '
          'The 公众号 pages write `AppSecret已被冻结，请登录MP解冻后再次调用。`. Kind `misconfigured`: the '
          'AppSecret was frozen in the console; an operator must unfreeze it.'])
z61, j61 = java_text('WxJava__WxOpenErrorMsgEnum__3e48dc7f.txt', '61004')
assert j61 == z61 + '  access clientip is not registered'
sixty = open(os.path.join(HERE, 'sources', 'Marco9442__61004-rows__1452f96e.md'), encoding='utf-8').read()
m = re.search(r'查询小程序是否已开通发货信息管理服务\.md:87:(\|.*\|)', sixty)
g.append(['61004', 'ClientIpNotRegistered', 'misconfigured', plain(md_cells(m.group(1))[1]),
          'access clientip is not registered',
          'Chinese: the 小程序交易管理服务 pages; English: the 开放平台 table, whose Chinese is 48001\'s text '
          '(a copy error). Other pages write `access clientip is not registered, not in ip-white-list`. A '
          '第三方平台 code: the calling IP is not in the platform\'s whitelist (`misconfigured`).'])


def note_md(note):
    # notes are Markdown already; only bare URLs and code spans are used
    return note


def write(name, header, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(header + '\n')
        f.write('| ' + ' | '.join(['---'] * (header.count('|') - 1)) + ' |\n')
        for r in rows:
            f.write('| ' + ' | '.join(r[:-1] + [note_md(r[-1])]) + ' |\n')
    names = [r[1] for r in rows]
    assert len(set(names)) == len(names)
    codes = [r[0] for r in rows]
    assert len(set(codes)) == len(codes)
    print(name, len(rows))


HEADER = '| 返回码(code) | 名称(name) | 类别(kind) | 说明(description) | errmsg(description_en) | 出处(note) |'
os.makedirs(OUT, exist_ok=True)
write('miniprogram.md', HEADER, rows)
write('global_additions.md', HEADER, g)
