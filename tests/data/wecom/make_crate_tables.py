#!/usr/bin/env python3
"""Builds oauth-errors/src/providers/wecom/global.md from tests/data/wecom/global.md.

Run from the repository root: python3 tests/data/wecom/make_crate_tables.py
Inputs: tests/data/wecom/global.md (WeCom 全局错误码 as published in wxkingstar/doc-hub-mcp),
global-classification.tsv (hand-written name, kind, note per code), and, for cross-check notes,
sources/go-workwx__errcodes__mod.go.txt (xen0n/go-workwx's generated copy of 2024-04-08).
"""
import re, collections

D = 'tests/data/wecom/'
OUT = 'oauth-errors/src/providers/wecom/'
KINDS = {'retry', 'rate_limited', 'refresh', 'reauthorize', 'denied', 'misconfigured',
         'invalid_request', 'success', 'unknown'}
RESERVED = {'Retry', 'RateLimited', 'Refresh', 'Reauthorize', 'Denied', 'Misconfigured',
            'InvalidRequest', 'Unknown', 'ALL'}
SPECIAL = '\\`*_[]<>&|~'
NOTE_MAX = 40   # 排查方法 kept in the note only when it is short plain text


def esc(text):
    return ''.join('\\' + c if c in SPECIAL else c for c in text)


def esc_note(note):
    parts = note.split('`')
    assert len(parts) % 2 == 1, note
    return '`'.join(esc(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def cell_text(cell):
    """A description cell of the Markdown copy -> the text the page shows."""
    # `<host,port>` (740000) is not an HTML tag for CommonMark (a tag name cannot be followed by
    # a comma), so it renders as written; real tags and links would need rendering.
    assert not re.search(r'\]\(|</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>|\*\*|`', cell), cell
    return cell.replace('\\|', '|').replace('&amp;', '&')


def split_row(line):
    s = line.strip()
    assert s.startswith('|') and s.endswith('|'), line
    return [c.strip() for c in re.split(r'(?<!\\)\|', s[1:-1])]


rows = [split_row(l) for l in open(D + 'global.md', encoding='utf-8').read().split('\n')[2:] if l.strip()]
assert all(len(r) == 3 for r in rows)
codes = [r[0] for r in rows]
assert len(codes) == len(set(codes)), 'repeated code'

cls = collections.OrderedDict()
for line in open(D + 'global-classification.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    assert f[0] not in cls, f[0]
    assert f[2] in KINDS, f
    assert re.fullmatch(r'[A-Z][A-Za-z0-9]*', f[1]) and f[1] not in RESERVED, f[1]
    cls[f[0]] = (f[1], f[2], f[3] if len(f) > 3 else '')
assert list(cls) == codes, 'classification codes/order differ from the table'

gw = {}
t = open(D + 'sources/go-workwx__errcodes__mod.go.txt', encoding='utf-8').read()
for m in re.finditer(r'// (ErrCode\w+) (.*?)\n(?:(?://.*)?\n)*?const \1 ErrCode = (-?\d+)', t):
    gw[m.group(3)] = m.group(2)

first_with_text = {}
for code, desc, hint in rows:
    first_with_text.setdefault(cell_text(desc), code)

out, kept_hints = [], 0
for code, desc, hint in rows:
    name, kind, note = cls[code]
    text = cell_text(desc)
    parts = [note] if note else []
    if first_with_text[text] != code and 'Same text' not in note:
        parts.append('Same text as %s.' % first_with_text[text])
    if (hint != '-' and len(hint) <= NOTE_MAX and '排查方法' not in note
            and not re.search(r'[`\[\]<>*\\|&~]', hint)):
        parts.append('排查方法：' + hint)
        kept_hints += 1
    if code in gw and gw[code] != text:
        parts.append('xen0n/go-workwx (2024-04-08 copy of the page) reads `%s`.' % gw[code])
    out.append((code, name, kind, esc(text), esc_note(' '.join(parts))))

assert [r[0] for r in out if r[2] == 'success'] == ['0']
names = [r[1] for r in out]
assert len(names) == len(set(names))
with open(OUT + 'global.md', 'w', encoding='utf-8') as f:
    f.write('| 返回码(code) | 名称(name) | 类别(kind) | 说明(description) | 出处(note) |\n')
    f.write('| --- | --- | --- | --- | --- |\n')
    for r in out:
        f.write('| ' + ' | '.join(r) + ' |\n')
print('global.md', len(out), 'rows;', kept_hints, '排查方法 kept in notes;',
      collections.Counter(r[2] for r in out))
