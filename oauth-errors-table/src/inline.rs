//! A table cell as Markdown inline text, read as a person reads the rendered table.
//!
//! Providers publish their tables as Markdown or HTML, and their cells carry markup: ids in code
//! spans (`` `invalid_request` ``), bold codes (`**40001**`), escaped underscores
//! (`invalid\_grant`), line breaks (`<br>`), lists (`<ul><li>…</li></ul>`), entities (`&amp;`)
//! and links. [`parse`] reads a cell into [`Node`]s, the subset of CommonMark's (and GFM's)
//! inlines that tables use; [`plain`] gives the text a reader sees, and [`markdown`] the Markdown
//! that renders it in rustdoc.
//!
//! What is read, and how:
//!
//! | written | [`plain`] | [`markdown`] |
//! | --- | --- | --- |
//! | `\_`, any backslash-escaped ASCII punctuation | `_` | `\_` |
//! | `` `code` `` | `code` | `` `code` `` |
//! | `*a*`, `_a_`, `**a**`, `__a__`, `~~a~~` | `a` | `*a*`, `**a**`, `~~a~~` |
//! | `&amp;`, `&#124;`, `&#x7C;` (HTML5's common named entities) | `&`, <code>&#124;</code> | the character, escaped |
//! | `[text](url)`, `<a href="url">text</a>`, `<https://…>` | the text | a link, if the URL is absolute |
//! | `![alt](url)` | `alt` | `alt` |
//! | `<br>`, `<br/>`, `</br>`, `<p>` | a line break | a line break |
//! | `<li>` | a new line starting `- ` | a list item |
//! | any other HTML tag | nothing | nothing |
//!
//! As in CommonMark, `_` inside a word is no emphasis (`invalid_grant_type` stays), an unknown
//! entity or a `<` that starts no tag stays as written, and `[text]` without a URL stays.
//! A single `~` stays too (`3~20`, a range in many Chinese tables), though GFM would strike it.

use std::collections::HashMap;
use std::fmt::Write as _;

/// One piece of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Node {
    /// Text, with escapes and entities resolved.
    Text(String),
    /// A code span's content.
    Code(String),
    /// `*…*` or `_…_`.
    Emphasis(Vec<Node>),
    /// `**…**` or `__…__`.
    Strong(Vec<Node>),
    /// `~~…~~`.
    Strike(Vec<Node>),
    /// A link: its text and its destination.
    Link(Vec<Node>, String),
    /// An image: its description (as text).
    Image(String),
    /// A line break: `<br>`, `<p>`, a backslash at the end of a line.
    Break,
    /// The start of a list item: `<li>`.
    Item,
}

/// How long a cell is read as Markdown at most: a longer one (no provider writes one) is taken as
/// written.
const MAX_MARKDOWN: usize = 64 * 1024;

/// How deeply links nest in a cell's Markdown at most; a `[` deeper down is text.
const MAX_DEPTH: usize = 4;

/// Reads `text` as inline Markdown, in time linear in its length.
pub(crate) fn parse(text: &str) -> Vec<Node> {
    if text.is_empty() {
        return Vec::new();
    }
    if text.len() > MAX_MARKDOWN || is_plain(text) {
        return vec![Node::Text(text.to_owned())];
    }
    scan(text)
}

/// What a reader of the rendered cell sees ([`plain`] of [`parse`]); text without markup (most
/// cells), or too long to be read as Markdown, is itself, without being copied twice.
pub(crate) fn read(text: &str) -> String {
    if text.len() > MAX_MARKDOWN || is_plain(text) {
        // One line without markup: nothing to trim but its ends.
        return text.trim().to_owned();
    }
    plain(&scan(text))
}

/// The parser itself, without the shortcut for plain text.
fn scan(text: &str) -> Vec<Node> {
    let chars: Vec<char> = text.chars().collect();
    let scanner = Scanner::new(&chars);
    emphasis(scanner.scan(0, chars.len(), 0))
}

/// Whether `text` holds no markup at all: none of the characters that can start some (`\\`,
/// `` ` ``, `&`, `<`, `[`, `*`, `~`), and `_` only between letters or digits, where it can
/// neither open nor close emphasis (`invalid_grant`). Most cells of a table are such text; the
/// parser, which the macro runs unoptimized like every proc macro, is skipped for them.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' | b'`' | b'&' | b'<' | b'[' | b'*' | b'~' => return false,
            b'_' => {
                // A run of underscores, read once: it must stand between letters or digits.
                let end = at + bytes[at..].iter().take_while(|&&b| b == b'_').count();
                let before = at.checked_sub(1).map(|before| bytes[before]);
                if !before.is_some_and(|b| b.is_ascii_alphanumeric())
                    || !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
                {
                    return false;
                }
                at = end;
            }
            _ => at += 1,
        }
    }
    true
}

/// The text a reader of the rendered cell sees: markup removed, entities decoded, line breaks as
/// `\n`, list items on lines of their own starting `- `; white space around lines trimmed.
pub(crate) fn plain(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_plain(nodes, &mut out);
    let lines: Vec<&str> = out.split('\n').map(str::trim).collect();
    let mut joined = String::with_capacity(out.len());
    for line in lines {
        if line.is_empty() {
            continue;
        }
        if !joined.is_empty() {
            joined.push('\n');
        }
        joined.push_str(line);
    }
    joined
}

fn write_plain(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) | Node::Code(text) | Node::Image(text) => out.push_str(text),
            Node::Emphasis(inner) | Node::Strong(inner) | Node::Strike(inner) => {
                write_plain(inner, out);
            }
            Node::Link(text, _) => write_plain(text, out),
            Node::Break => out.push('\n'),
            Node::Item => out.push_str("\n- "),
        }
    }
}

/// Markdown that renders the cell in rustdoc: text escaped (so that it shows as written, and
/// rustdoc finds no HTML, no bare URL and no link in it), markup kept, links kept where their
/// URL is absolute (a relative one would point nowhere from the docs).
pub(crate) fn markdown(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_markdown(nodes, &mut out);
    out.trim().to_owned()
}

fn write_markdown(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) | Node::Image(text) => out.push_str(&escape(text)),
            Node::Code(code) => out.push_str(&code_span(code)),
            Node::Emphasis(inner) => wrap(out, "*", inner),
            Node::Strong(inner) => wrap(out, "**", inner),
            Node::Strike(inner) => wrap(out, "~~", inner),
            Node::Link(text, url) if is_absolute(url) => {
                out.push('[');
                write_markdown(text, out);
                let _ = write!(out, "](<{}>)", url.replace(['<', '>', ' '], ""));
            }
            Node::Link(text, _) => write_markdown(text, out),
            Node::Break => out.push_str("\\\n"),
            Node::Item => out.push_str("\n- "),
        }
    }
}

fn wrap(out: &mut String, fence: &str, inner: &[Node]) {
    let mut text = String::new();
    write_markdown(inner, &mut text);
    if text.trim().is_empty() {
        out.push_str(&text);
    } else {
        let _ = write!(out, "{fence}{text}{fence}");
    }
}

fn is_absolute(url: &str) -> bool {
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
}

/// `text` with every ASCII punctuation character escaped, so that Markdown shows it as written
/// (and rustdoc finds no links, HTML or URLs in provider text).
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// `text` as a Markdown code span, with a fence longer than any run of backticks inside it.
pub(crate) fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

/// A piece of the cell before emphasis is resolved.
#[derive(Debug)]
enum Token {
    Node(Node),
    /// A run of `*`, `_` or `~`: its character, how many are left, its length as written, and
    /// whether it can open or close emphasis.
    Delimiter {
        c: char,
        count: usize,
        length: usize,
        open: bool,
        close: bool,
    },
}

/// What a position of a cell starts: text, or a token (none for a tag that shows nothing);
/// each with where it ends.
enum Markup {
    Text(String, usize),
    Token(Option<Token>, usize),
}

struct Scanner<'c> {
    chars: &'c [char],
    /// Each code span, by the index of its opening backtick: where it ends (after its closing
    /// run) and its content.
    code_spans: HashMap<usize, (usize, String)>,
    /// Each `[` that has a matching `]`, by index: the index of the `]`; the same for `(`, `)`
    /// on one line.
    brackets: HashMap<usize, usize>,
    parentheses: HashMap<usize, usize>,
    /// The index of every `</a>`, in order.
    anchor_ends: Vec<usize>,
}

impl<'c> Scanner<'c> {
    /// Finds the code spans, matching brackets and closing anchors of `chars`, each in one pass.
    fn new(chars: &'c [char]) -> Scanner<'c> {
        let code_spans = code_spans(chars);
        let mut brackets = HashMap::new();
        let mut parentheses = HashMap::new();
        let mut open: Vec<usize> = Vec::new();
        let mut open_parentheses: Vec<usize> = Vec::new();
        let mut anchor_ends = Vec::new();
        let mut at = 0;
        while at < chars.len() {
            match chars[at] {
                '\\' => at += 1,
                '`' => {
                    if let Some((end, _)) = code_spans.get(&at) {
                        at = *end;
                        continue;
                    }
                }
                '[' => open.push(at),
                ']' => {
                    if let Some(start) = open.pop() {
                        brackets.insert(start, at);
                    }
                }
                '(' => open_parentheses.push(at),
                ')' => {
                    if let Some(start) = open_parentheses.pop() {
                        parentheses.insert(start, at);
                    }
                }
                '\n' => open_parentheses.clear(),
                '<' if chars[at + 1..]
                    .iter()
                    .take(3)
                    .collect::<String>()
                    .eq_ignore_ascii_case("/a>") =>
                {
                    anchor_ends.push(at);
                }
                _ => {}
            }
            at += 1;
        }
        Scanner {
            chars,
            code_spans,
            brackets,
            parentheses,
            anchor_ends,
        }
    }

    /// The tokens of `chars[from..to]`, inside `depth` links.
    fn scan(&self, from: usize, to: usize, depth: usize) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut text = String::new();
        let mut at = from;
        while at < to {
            match self.markup(at, from, to, depth) {
                Markup::Text(more, end) => {
                    text.push_str(&more);
                    at = end;
                }
                Markup::Token(token, end) => {
                    if !text.is_empty() {
                        tokens.push(Token::Node(Node::Text(std::mem::take(&mut text))));
                    }
                    tokens.extend(token);
                    at = end;
                }
            }
        }
        if !text.is_empty() {
            tokens.push(Token::Node(Node::Text(text)));
        }
        tokens
    }

    /// What starts at `at` (in `chars[from..to]`, inside `depth` links), and where it ends.
    fn markup(&self, at: usize, from: usize, to: usize, depth: usize) -> Markup {
        let chars = self.chars;
        let links = depth < MAX_DEPTH;
        let next = chars.get(at + 1).copied().filter(|_| at + 1 < to);
        match chars[at] {
            '\\' if next.is_some_and(|c| c.is_ascii_punctuation()) => {
                Markup::Text(chars[at + 1].to_string(), at + 2)
            }
            '\\' if next == Some('\n') => Markup::Token(Some(Token::Node(Node::Break)), at + 2),
            '`' => match self.code_spans.get(&at) {
                Some((end, content)) if *end <= to => {
                    Markup::Token(Some(Token::Node(Node::Code(content.clone()))), *end)
                }
                _ => {
                    let run = self.run(at, to, '`');
                    Markup::Text("`".repeat(run), at + run)
                }
            },
            '&' => match entity(&chars[at..to]) {
                Some((decoded, length)) => Markup::Text(decoded, at + length),
                None => Markup::Text("&".to_owned(), at + 1),
            },
            '<' => match self.angle(at, to, depth) {
                Some((node, end)) => Markup::Token(node.map(Token::Node), end),
                None => Markup::Text("<".to_owned(), at + 1),
            },
            '!' if links && next == Some('[') => match self.link(at + 1, to) {
                Some((label, end)) => {
                    let alt = plain(&emphasis(self.scan(label.0, label.1, depth + 1)));
                    Markup::Token(Some(Token::Node(Node::Image(alt))), end)
                }
                None => Markup::Text("!".to_owned(), at + 1),
            },
            '[' if links => match self.link(at, to) {
                Some((label, end)) => {
                    let url = self.destination(label.1 + 2, end - 1);
                    let label = emphasis(self.scan(label.0, label.1, depth + 1));
                    Markup::Token(Some(Token::Node(Node::Link(label, url))), end)
                }
                None => Markup::Text("[".to_owned(), at + 1),
            },
            c @ ('*' | '_' | '~') => {
                let run = self.run(at, to, c);
                let before = if at == from { ' ' } else { chars[at - 1] };
                let after = if at + run >= to { ' ' } else { chars[at + run] };
                let (open, close) = flanking(c, before, after);
                let delimiter = Token::Delimiter {
                    c,
                    count: run,
                    length: run,
                    open,
                    close,
                };
                Markup::Token(Some(delimiter), at + run)
            }
            // A run of characters that start no markup.
            _ => {
                let end = (at + 1..to)
                    .find(|&index| "\\`&<![*_~".contains(chars[index]))
                    .unwrap_or(to);
                Markup::Text(chars[at..end].iter().collect(), end)
            }
        }
    }

    /// How many `c` follow one another from `at`.
    fn run(&self, at: usize, to: usize, c: char) -> usize {
        self.chars[at..to].iter().take_while(|&&x| x == c).count()
    }

    /// A link at `at` (on its `[`): the range of its text, and where the link ends (after its
    /// `)`). `None` when the brackets are not followed by a destination in parentheses on the
    /// same line.
    fn link(&self, at: usize, to: usize) -> Option<((usize, usize), usize)> {
        let close = *self.brackets.get(&at)?;
        let end = *self.parentheses.get(&(close + 1))?;
        (end < to).then_some(((at + 1, close), end + 1))
    }

    /// The destination in `chars[from..to]` (inside the parentheses), without a title.
    fn destination(&self, from: usize, to: usize) -> String {
        let inner: String = self.chars[from..to.max(from)].iter().collect();
        let inner = inner.trim();
        if let Some(rest) = inner.strip_prefix('<') {
            return rest.split('>').next().unwrap_or_default().to_owned();
        }
        inner
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    /// What starts with `<` at `at`: an autolink, or an HTML tag (a node, or nothing for a tag
    /// that shows nothing), and where it ends. `None` when it is a plain `<`.
    fn angle(&self, at: usize, to: usize, depth: usize) -> Option<(Option<Node>, usize)> {
        let chars = self.chars;
        let end = (at + 1..to).find(|&i| chars[i] == '>' || chars[i] == '<')?;
        if chars[end] != '>' {
            return None;
        }
        let inside: String = chars[at + 1..end].iter().collect();
        if is_autolink(&inside) {
            let link = Node::Link(vec![Node::Text(inside.clone())], inside);
            return Some((Some(link), end + 1));
        }
        let tag = Tag::read(&inside)?;
        let node = match tag.name.as_str() {
            "br" | "p" | "div" | "tr" | "hr" => Some(Node::Break),
            "li" if !tag.closing => Some(Node::Item),
            "a" if !tag.closing && depth < MAX_DEPTH => {
                // The text up to the next `</a>`, and the `href`.
                let next = self.anchor_ends.partition_point(|&close| close <= end);
                let close = *self
                    .anchor_ends
                    .get(next)
                    .filter(|&&close| close + 4 <= to)?;
                let label = emphasis(self.scan(end + 1, close, depth + 1));
                return Some((Some(Node::Link(label, tag.href)), close + 4));
            }
            _ => None,
        };
        Some((node, end + 1))
    }
}

/// The code spans of `chars`, as CommonMark finds them from left to right: a run of backticks
/// opens one that the next run of the same length closes. By the index of the opening run:
/// where the span ends (after its closing run), and its content (line breaks as spaces, one
/// space stripped from both ends when both have one and it is not all spaces).
fn code_spans(chars: &[char]) -> HashMap<usize, (usize, String)> {
    // Every run of backticks (not escaped), and by length the indices of the runs of it.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '\\' => {
                // An escaped backtick starts no run.
                at += if chars.get(at + 1) == Some(&'`') {
                    2
                } else {
                    1
                };
            }
            '`' => {
                let length = chars[at..].iter().take_while(|&&c| c == '`').count();
                runs.push((at, length));
                at += length;
            }
            _ => at += 1,
        }
    }
    let mut by_length: HashMap<usize, Vec<usize>> = HashMap::new();
    for (index, &(_, length)) in runs.iter().enumerate() {
        by_length.entry(length).or_default().push(index);
    }
    // For each length, the position in its list of the next run to consider as a closer.
    let mut next: HashMap<usize, usize> = HashMap::new();
    let mut spans = HashMap::new();
    let mut index = 0;
    while index < runs.len() {
        let (start, length) = runs[index];
        let candidates = &by_length[&length];
        let cursor = next.entry(length).or_default();
        while *cursor < candidates.len() && candidates[*cursor] <= index {
            *cursor += 1;
        }
        let Some(&closer) = candidates.get(*cursor) else {
            index += 1;
            continue;
        };
        let (close, _) = runs[closer];
        let mut content: String = chars[start + length..close]
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c })
            .collect();
        if content.len() > 2
            && content.starts_with(' ')
            && content.ends_with(' ')
            && !content.trim().is_empty()
        {
            content = content[1..content.len() - 1].to_string();
        }
        spans.insert(start, (close + length, content));
        index = closer + 1;
    }
    spans
}

/// An HTML tag, as far as a table's cells need to know it.
struct Tag {
    name: String,
    closing: bool,
    href: String,
}

impl Tag {
    /// The tag written between `<` and `>`, if it is one: a name of ASCII letters and digits,
    /// then attributes.
    fn read(inside: &str) -> Option<Tag> {
        let (closing, rest) = match inside.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inside),
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let after = &rest[name.len()..];
        let starts_well = name.starts_with(|c: char| c.is_ascii_alphabetic());
        let ends_well = after.is_empty() || after.starts_with([' ', '/', '\t', '\n']);
        if !starts_well || !ends_well {
            return None;
        }
        let href = after
            .find("href=")
            .map(|at| {
                let value = &after[at + 5..];
                match value.chars().next() {
                    Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or(""),
                    _ => value.split([' ', '/', '>']).next().unwrap_or(""),
                }
            })
            .unwrap_or_default()
            .to_owned();
        Some(Tag {
            name: name.to_ascii_lowercase(),
            closing,
            href,
        })
    }
}

/// Whether `<inside>` is an autolink: a URI with a scheme, or an email address.
fn is_autolink(inside: &str) -> bool {
    if inside.contains(char::is_whitespace) {
        return false;
    }
    let uri = inside.split_once(':').is_some_and(|(scheme, _)| {
        (2..=32).contains(&scheme.len())
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
    });
    let email = inside.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.')
    });
    uri || email
}

/// Whether a run of `c` between `before` and `after` can open and close emphasis (CommonMark's
/// flanking rules; `_` inside a word does neither).
fn flanking(c: char, before: char, after: char) -> (bool, bool) {
    let left = !after.is_whitespace()
        && (!is_punctuation(after) || before.is_whitespace() || is_punctuation(before));
    let right = !before.is_whitespace()
        && (!is_punctuation(before) || after.is_whitespace() || is_punctuation(after));
    if c == '_' {
        (
            left && (!right || is_punctuation(before)),
            right && (!left || is_punctuation(after)),
        )
    } else {
        (left, right)
    }
}

/// ASCII punctuation, and the Unicode punctuation tables use (general, CJK and full-width).
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            u32::from(c),
            0xA1..=0xBF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x3008..=0x3011
                | 0x3014..=0x301F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40
                | 0xFF5B..=0xFF65
        )
}

/// No slot: the end of a list.
const NONE: usize = usize::MAX;

/// A token in the doubly linked list [`emphasis`] works on; delimiter runs are also linked to
/// the delimiter runs before and after them that may still pair up.
struct Slot {
    token: Token,
    prev: usize,
    next: usize,
    delimiter_prev: usize,
    delimiter_next: usize,
}

/// Pairs up delimiter runs into emphasis (CommonMark's "process emphasis", with the rule of
/// three); what is left of a run is text. Linear in the tokens: the tokens are a linked list,
/// each is moved into a node once, and a closer that finds no opener records it so that the
/// next one of its kind does not look again (CommonMark's `openers_bottom`).
fn emphasis(tokens: Vec<Token>) -> Vec<Node> {
    let count = tokens.len();
    let mut slots: Vec<Slot> = tokens
        .into_iter()
        .enumerate()
        .map(|(index, token)| Slot {
            token,
            prev: index.checked_sub(1).unwrap_or(NONE),
            next: if index + 1 < count { index + 1 } else { NONE },
            delimiter_prev: NONE,
            delimiter_next: NONE,
        })
        .collect();
    let delimiters: Vec<usize> = (0..count)
        .filter(|&index| matches!(slots[index].token, Token::Delimiter { .. }))
        .collect();
    for pair in delimiters.windows(2) {
        slots[pair[0]].delimiter_next = pair[1];
        slots[pair[1]].delimiter_prev = pair[0];
    }
    // By the kind of a closer (its character, whether it can open, its length modulo 3): the
    // index below which no opener for it is left.
    let mut bottom: HashMap<(char, bool, usize), usize> = HashMap::new();
    let mut head = if count == 0 { NONE } else { 0 };
    let mut closer = delimiters.first().copied().unwrap_or(NONE);
    while closer != NONE {
        let Token::Delimiter {
            c,
            count,
            length,
            open,
            close,
        } = slots[closer].token
        else {
            unreachable!("the delimiter list holds delimiter runs")
        };
        if !close || count == 0 {
            closer = slots[closer].delimiter_next;
            continue;
        }
        let kind = (c, open, length % 3);
        let floor = bottom.get(&kind).copied().unwrap_or(0);
        let opener = find_opener(&slots, closer, floor);
        if opener == NONE {
            bottom.insert(kind, closer);
            closer = slots[closer].delimiter_next;
            continue;
        }
        let Token::Delimiter { count: left, .. } = slots[opener].token else {
            unreachable!("the opener is a delimiter run")
        };
        let used = if c == '~' || (count >= 2 && left >= 2) {
            2
        } else {
            1
        };
        let node = match (c, used) {
            ('~', _) => Node::Strike(take_between(&mut slots, opener, closer)),
            (_, 2) => Node::Strong(take_between(&mut slots, opener, closer)),
            _ => Node::Emphasis(take_between(&mut slots, opener, closer)),
        };
        let wrapped = slots.len();
        slots.push(Slot {
            token: Token::Node(node),
            prev: opener,
            next: closer,
            delimiter_prev: NONE,
            delimiter_next: NONE,
        });
        slots[opener].next = wrapped;
        slots[closer].prev = wrapped;
        slots[opener].delimiter_next = closer;
        slots[closer].delimiter_prev = opener;
        for index in [opener, closer] {
            if let Token::Delimiter { count, .. } = &mut slots[index].token {
                *count -= used;
            }
        }
        if matches!(slots[opener].token, Token::Delimiter { count: 0, .. }) {
            if head == opener {
                head = slots[opener].next;
            }
            unlink_delimiter(&mut slots, opener);
        }
        if matches!(slots[closer].token, Token::Delimiter { count: 0, .. }) {
            let next = slots[closer].delimiter_next;
            unlink_delimiter(&mut slots, closer);
            closer = next;
        }
    }
    let mut nodes = Vec::new();
    let mut at = head;
    while at != NONE {
        let next = slots[at].next;
        let token = std::mem::replace(&mut slots[at].token, Token::Node(Node::Break));
        nodes.push(match token {
            Token::Node(node) => node,
            Token::Delimiter { c, count, .. } => Node::Text(c.to_string().repeat(count)),
        });
        at = next;
    }
    merge_text(nodes)
}

/// The opener the delimiter run `closer` pairs up with, searching back to the index `floor`;
/// `NONE` when there is none.
fn find_opener(slots: &[Slot], closer: usize, floor: usize) -> usize {
    let Token::Delimiter {
        c,
        count,
        length,
        open,
        ..
    } = slots[closer].token
    else {
        return NONE;
    };
    let mut opener = slots[closer].delimiter_prev;
    while opener != NONE && opener >= floor {
        if let Token::Delimiter {
            c: other,
            count: left,
            length: other_length,
            open: true,
            close: other_close,
        } = slots[opener].token
        {
            let three = (open || other_close)
                && (length + other_length) % 3 == 0
                && !(length % 3 == 0 && other_length % 3 == 0);
            let tildes = c != '~' || (count == 2 && left == 2);
            if other == c && left > 0 && !three && tildes {
                return opener;
            }
        }
        opener = slots[opener].delimiter_prev;
    }
    NONE
}

/// The nodes between `opener` and `closer`, taken out of the list (delimiter runs among them
/// are text).
fn take_between(slots: &mut [Slot], opener: usize, closer: usize) -> Vec<Node> {
    let mut inner = Vec::new();
    let mut at = slots[opener].next;
    while at != closer {
        let next = slots[at].next;
        let token = std::mem::replace(&mut slots[at].token, Token::Node(Node::Break));
        inner.push(match token {
            Token::Node(node) => node,
            Token::Delimiter { c, count, .. } => Node::Text(c.to_string().repeat(count)),
        });
        at = next;
    }
    merge_text(inner)
}

/// Takes a delimiter run used up out of both lists.
fn unlink_delimiter(slots: &mut [Slot], index: usize) {
    let (prev, next) = (slots[index].prev, slots[index].next);
    if prev != NONE {
        slots[prev].next = next;
    }
    if next != NONE {
        slots[next].prev = prev;
    }
    let (prev, next) = (slots[index].delimiter_prev, slots[index].delimiter_next);
    if prev != NONE {
        slots[prev].delimiter_next = next;
    }
    if next != NONE {
        slots[next].delimiter_prev = prev;
    }
    slots[index].prev = NONE;
    slots[index].next = NONE;
}

/// `nodes` with neighbouring texts joined, and empty ones left out.
fn merge_text(nodes: Vec<Node>) -> Vec<Node> {
    let mut merged: Vec<Node> = Vec::with_capacity(nodes.len());
    for node in nodes {
        match (merged.last_mut(), node) {
            (_, Node::Text(text)) if text.is_empty() => {}
            (Some(Node::Text(text)), Node::Text(more)) => text.push_str(&more),
            (_, node) => merged.push(node),
        }
    }
    merged
}

/// The entity at the start of `chars` (on its `&`): its text, and how many characters it takes.
/// Decimal and hexadecimal references, and HTML5's common named ones; others stay as written.
fn entity(chars: &[char]) -> Option<(String, usize)> {
    let end = chars.iter().take(33).position(|&c| c == ';')?;
    let name: String = chars[1..end].iter().collect();
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) if (1..=6).contains(&hex.len()) => u32::from_str_radix(hex, 16).ok()?,
            None if (1..=7).contains(&number.len()) => number.parse().ok()?,
            _ => return None,
        };
        let c = char::from_u32(value)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{FFFD}');
        c.to_string()
    } else {
        named_entity(&name)?.to_owned()
    };
    Some((decoded, end + 1))
}

/// The named entities providers' pages use.
fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{A0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "zwnj" => "\u{200C}",
        "zwj" => "\u{200D}",
        "lrm" => "\u{200E}",
        "rlm" => "\u{200F}",
        "shy" => "\u{AD}",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "hellip" => "…",
        "mdash" => "—",
        "ndash" => "–",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "laquo" => "«",
        "raquo" => "»",
        "middot" => "·",
        "bull" => "•",
        "times" => "×",
        "divide" => "÷",
        "deg" => "°",
        "plusmn" => "±",
        "yen" => "¥",
        "euro" => "€",
        "pound" => "£",
        "cent" => "¢",
        "sect" => "§",
        "para" => "¶",
        "larr" => "←",
        "rarr" => "→",
        "uarr" => "↑",
        "darr" => "↓",
        "le" => "≤",
        "ge" => "≥",
        "ne" => "≠",
        "infin" => "∞",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{Node, is_plain, markdown, parse, plain, read, scan};

    #[test]
    fn plain_text_skips_the_parser_and_reads_the_same() {
        for text in [
            "invalid_grant",
            "a__b c_d_e 1_2",
            "提供的Access Grant是无效的",
            "ok!",
            "",
            "a (b) ] c",
        ] {
            assert!(is_plain(text), "{text}");
            assert_eq!(parse(text), scan(text), "{text}");
            assert_eq!(read(text), plain(&scan(text)), "{text}");
        }
        for text in [
            "_a", "a_", "a _b", "*a*", "`a`", "a\\_b", "&amp;", "<br>", "[a](b)", "~~a~~", "a_ b",
            "é_é",
        ] {
            assert!(!is_plain(text), "{text}");
        }
    }

    proptest::proptest! {
        /// The shortcut for plain text gives what the parser gives.
        #[test]
        fn the_shortcut_is_the_parser(text in "[a-c_ 1é!()\\]\\[*`<&~]{0,12}") {
            if is_plain(&text) {
                proptest::prop_assert_eq!(parse(&text), scan(&text));
            }
            proptest::prop_assert_eq!(read(&text), plain(&parse(&text)));
        }
    }

    fn text(cell: &str) -> String {
        plain(&parse(cell))
    }

    #[test]
    fn key_cells_in_code_spans_and_emphasis() {
        assert_eq!(text("`invalid_request`"), "invalid_request");
        assert_eq!(text("**40001**"), "40001");
        assert_eq!(text("__40001__"), "40001");
        assert_eq!(text("*busy*"), "busy");
        assert_eq!(text("`` a`b ``"), "a`b");
        assert_eq!(parse("`x`"), [Node::Code("x".to_owned())]);
    }

    #[test]
    fn underscores_inside_words_stay() {
        for cell in [
            "invalid_grant_type",
            "缺少参数response_type或response_type非法。",
            "使用Authorization_Code获取Access_Token或使用Implicit_Grant方式",
            "g_tk校验失败。",
            "2 * 3 * 4",
            "a*b",
            "3~20 字节",
            "_",
            "**",
        ] {
            assert_eq!(text(cell), cell, "{cell}");
        }
        assert_eq!(text("_a_b_"), "a_b");
        assert_eq!(text("*a**b*"), "a**b");
    }

    #[test]
    fn escapes_and_entities() {
        assert_eq!(text(r"invalid\_grant"), "invalid_grant");
        assert_eq!(text(r"\*\\ \a"), r"*\ \a");
        assert_eq!(text("满人 &amp; 99个"), "满人 & 99个");
        assert_eq!(text("&#124;&#x7C;&lt;&gt;&quot;"), "||<>\"");
        assert_eq!(text("&amp;#124;"), "&#124;");
        assert_eq!(text("&unknown; & &#xZZ;"), "&unknown; & &#xZZ;");
        assert_eq!(text("&#0;"), "\u{FFFD}");
    }

    #[test]
    fn html_line_breaks_lists_and_links() {
        assert_eq!(text("情况1<br>a<br/>情况2</br>b"), "情况1\na\n情况2\nb");
        assert_eq!(
            text("reasons:<ul><li>One</li><li>Two</li></ul>"),
            "reasons:\n- One\n- Two"
        );
        assert_eq!(
            text("<a href=https://w.example/x?a=1&amp;b=2>资质提交地址</a>"),
            "资质提交地址"
        );
        assert_eq!(
            text("[技术支持](https://applink.feishu.cn/TLJpeNdW)"),
            "技术支持"
        );
        assert_eq!(text("see [the docs](<a b> \"t\") now"), "see the docs now");
        assert_eq!(text("![image.png](https://x/i.png)"), "image.png");
        assert_eq!(text("<https://example.com/a>"), "https://example.com/a");
        // Not tags, not links: as written.
        assert_eq!(text("a < b > c"), "a < b > c");
        assert_eq!(text("[1] and [x](y"), "[1] and [x](y");
        assert_eq!(text("\"<>&#124;"), "\"<>|");
        assert_eq!(text("<b>[1]</b> x"), "[1] x");
    }

    #[test]
    fn markdown_for_rustdoc() {
        assert_eq!(markdown(&parse("a_b <br>`c`")), "a\\_b \\\n`c`");
        assert_eq!(
            markdown(&parse("**bold** [t](https://e.com/x) [r](#frag)")),
            "**bold** [t](<https://e.com/x>) r"
        );
        assert_eq!(markdown(&parse("x<ul><li>a</li></ul>")), "x\n- a");
        assert_eq!(markdown(&parse("client_id<b>[1]</b>")), r"client\_id\[1\]");
    }
}

#[cfg(test)]
mod adversarial {
    use super::{MAX_MARKDOWN, parse, plain};

    /// Cells of the longest length read as Markdown, made of what makes naive parsers
    /// quadratic: every kind is read in one pass (this test takes milliseconds; a quadratic
    /// parser takes minutes).
    #[test]
    fn long_runs_of_markup() {
        let fill = |piece: &str| piece.repeat(MAX_MARKDOWN / piece.len());
        for piece in [
            "*a",
            "_a ",
            "**a",
            "*a**",
            "a_",
            "`a",
            "``a`",
            "[a",
            "[a](",
            "]",
            "<a href=x>",
            "<a",
            "![",
            "&amp",
            "&#",
            "~~a",
            "<br>",
            "\\",
            "[`]`",
        ] {
            let text = fill(piece);
            assert!(!parse(&text).is_empty(), "{piece}");
        }
        // One run of underscores between two letters: plain text, told so in one pass.
        let text = format!("a{}b", "_".repeat(MAX_MARKDOWN - 2));
        assert_eq!(super::read(&text), text);
        // Past the limit, a cell is taken as written.
        let long = "*a*".repeat(MAX_MARKDOWN);
        assert_eq!(plain(&parse(&long)), long);
    }
}
