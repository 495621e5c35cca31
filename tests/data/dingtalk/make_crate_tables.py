#!/usr/bin/env python3
"""Builds oauth-errors/src/providers/dingtalk/*.md from the tables in tests/data/dingtalk/.

Run from the repository root: python3 tests/data/dingtalk/make_crate_tables.py
Inputs: tests/data/dingtalk/global.md (2016 附录一 as published), global-current.md (the current
全局错误码 page's numeric rows as crawled), oauth-codes.md (string codes as published), and the
hand-written *-classification.tsv files (name, kind, note per code / id).
"""
import re, sys, collections

D = 'tests/data/dingtalk/'
OUT = 'oauth-errors/src/providers/dingtalk/'
KINDS = {'retry', 'rate_limited', 'refresh', 'reauthorize', 'denied', 'misconfigured',
         'invalid_request', 'success', 'unknown'}
RESERVED = {'Retry', 'RateLimited', 'Refresh', 'Reauthorize', 'Denied', 'Misconfigured',
            'InvalidRequest', 'Unknown', 'ALL'}
SPECIAL = '\\`*_[]<>&|~'


def esc(text):
    """Plain text -> GFM inline Markdown that renders back to the same text."""
    return ''.join('\\' + c if c in SPECIAL else c for c in text)


def esc_note(note):
    """Escape a hand-written note outside its `code spans`."""
    parts = note.split('`')
    assert len(parts) % 2 == 1, note
    return '`'.join(esc(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def md_unescape(cell):
    """A cell of a Markdown source -> its text (the sources use only backslash escapes here)."""
    cell = re.sub(r'(?<!\\)\[([^\]]*)\]\([^)]*\)', r'\1', cell)   # a link renders as its text
    assert not re.search(r'\]\(|<[a-zA-Z/]|\*\*', cell), cell
    return re.sub(r'\\([\\`*_\[\]<>&|~#!{}().+-])', r'\1', cell)


def classification(path):
    rows = collections.OrderedDict()
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        key, name, kind = f[0], f[1], f[2]
        note = f[3] if len(f) > 3 else ''
        assert key not in rows, key
        assert kind in KINDS, (key, kind)
        assert re.fullmatch(r'[A-Z][A-Za-z0-9]*', name) and name not in RESERVED, name
        rows[key] = (name, kind, note)
    return rows


def check_unique(rows, what):
    names = [r[1] for r in rows]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    assert not dup, (what, dup)


def write(path, header, sep, rows):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header + '\n' + sep + '\n')
        for r in rows:
            f.write('| ' + ' | '.join(r) + ' |\n')


# ---- 1. global.md (2016 附录一) -------------------------------------------------------------
src = [l for l in open(D + 'global.md', encoding='utf-8').read().split('\n')[2:] if l.strip()]
cur = {}
for l in open(D + 'global-current.md', encoding='utf-8').read().split('\n')[2:]:
    if l.startswith('| '):
        c = [x.strip() for x in l.strip()[1:-1].split(' | ')]
        cur[c[0]] = c
cls = classification(D + 'global-classification.tsv')
seen, out = set(), []
for line in src:
    code, text = [x.strip() for x in line.split('|', 1)]
    if code in seen:          # 60107 twice: keep the first
        continue
    seen.add(code)
    name, kind, note = cls[code]
    if code not in cur:
        note = (note + ' ' if note else '') + 'Not on the current 全局错误码 page (2026).'
    out.append((code, name, kind, esc(text), esc_note(note)))
assert [r[0] for r in out] == list(cls), 'classification order/codes differ from the table'
if any(r[2] == 'success' for r in out):
    assert [r[0] for r in out if r[2] == 'success'] == ['0']
check_unique(out, 'global')

# ---- 2. the additions (current page only), appended to global.md ------------------------------------------
cls2 = classification(D + 'global-additions-classification.tsv')
out2 = []
for code, c in cur.items():
    if code in seen:
        continue
    name, kind, note = cls2[code]
    text = md_unescape(c[1])
    n = 'Not in the 2016 附录一; from the current 全局错误码 page.' + (' ' + note if note else '')
    out2.append((code, name, kind, esc(text), esc_note(n)))
assert sorted(r[0] for r in out2) == sorted(cls2), set(cls2) ^ {r[0] for r in out2}
check_unique(out2, 'additions')
clash = {r[1] for r in out} & {r[1] for r in out2}
assert not clash, clash
# One table in the crate (the macro reads one table per enum, and `api()` looks a code up in one
# enum): the 2016 rows, then the current page's additions, each saying where it comes from.
write(OUT + 'global.md',
      '| 返回码(code) | 名称(name) | 类别(kind) | 说明(description) | 出处(note) |',
      '| --- | --- | --- | --- | --- |', out + out2)
print('global.md', len(out), '+', len(out2))

# ---- 3. oauth.md (string codes of the OAuth 2 / new-API endpoints) ------------------------
# oauth-codes.md: '| HttpCode | 错误码 | 错误信息 | 说明 |' rows, grouped under '## ' headings per source.
pub = collections.OrderedDict()
section = None
for l in open(D + 'oauth-codes.md', encoding='utf-8'):
    if l.startswith('## '):
        section = l[3:].strip()
    elif l.startswith('| ') and not l.startswith('| HttpCode') and not l.startswith('| ---'):
        c = [x.strip() for x in re.split(r'(?<!\\) \| ', l.strip()[2:-2])]
        pub.setdefault(c[1], []).append((section, c))
cls3 = classification(D + 'oauth-classification.tsv')
cjk = re.compile(r'[\u3000-\u9fff\uff00-\uffef]')
out3 = []
for eid, (name, kind, note) in cls3.items():
    (sec, c), *others = pub[eid]
    http, msg, expl = c[0], md_unescape(c[2]), md_unescape(c[3])
    if cjk.search(msg):
        desc, en = msg, ''
        extra = '' if expl in ('', msg) else '说明: ' + expl
    else:
        desc, en = (expl if cjk.search(expl) else ''), msg
        extra = '' if cjk.search(expl) or not expl else '说明: ' + expl
    parts = ['HTTP ' + http + '.'] if http != '?' else []
    if sec != '全局错误码':
        parts.append('From ' + sec + '.')
    if extra:
        parts.append(extra if extra[-1] in '。.；！' else extra + '.')
    for osec, oc in others:
        if oc == c and osec != sec:
            parts.append('The same row is on the ' + osec + ' page.')
        elif oc != c:
            parts.append('%s also lists it with HTTP %s, message `%s`, 说明 `%s`.'
                         % ('The table' if osec == sec else 'The ' + osec + ' page',
                            oc[0], md_unescape(oc[2]), md_unescape(oc[3])))
    if note:
        parts.append(note)
    out3.append((esc(eid), name, kind, esc(desc), esc(en), esc_note(' '.join(parts))))
check_unique(out3, 'oauth')
write(OUT + 'oauth.md',
      '| 错误码(error) | 名称(name) | 类别(kind) | 说明(description) | errmsg(description_en) | 出处(note) |',
      '| --- | --- | --- | --- | --- | --- |', out3)
print('oauth.md', len(out3))
