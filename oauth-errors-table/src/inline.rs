//! A table cell as Markdown inline text, read as a person reads the rendered table.
//!
//! Providers publish their tables as Markdown or HTML, and their cells carry markup: ids in code
//! spans (`` `invalid_request` ``), bold codes (`**40001**`), escaped underscores
//! (`invalid\_grant`), line breaks (`<br>`), lists (`<ul><li>…</li></ul>`), entities (`&amp;`)
//! and links. [`parse`] reads a cell into [`Node`]s, as GFM (CommonMark's inlines and the
//! strikethrough extension) reads a table cell; [`plain`] gives the text a reader sees, and
//! [`markdown`] the Markdown that renders it in rustdoc.
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
//! | `<br>`, `<br/>`, `</br>`, `<p>`, `<div>`, `<tr>`, `<hr>` (opening or closing) | a line break | a line break |
//! | `<li>` | a new line starting `- ` | a list item |
//! | any other HTML tag, an HTML comment, a declaration, a processing instruction, CDATA | nothing | nothing |
//!
//! As in GFM, code spans, autolinks and HTML bind tighter than emphasis and links, `_` inside a
//! word is no emphasis (`invalid_grant_type` stays), backslashes inside a code span are text
//! (`` `C:\` ``), a link holds no link (`[[a](u1)](u2)` shows `[a](u2)`), an unknown entity or
//! a `<` that starts no tag stays as written, and `[text]` without a URL stays.
//!
//! Where it deliberately differs from GFM (the differential test against `pulldown-cmark`,
//! `inline/gfm.rs`, leaves these out):
//!
//! - A single `~` stays (`3~20`, a range in many Chinese tables); GFM strikes `~a~` through.
//! - Named entities beyond HTML5's common ones (about fifty, [`named_entity`]) stay as written.
//! - An unquoted attribute value may hold a `=`, as providers' pages write links and browsers
//!   read them (`<a href=https://…?a=1&amp;b=2>`); GFM shows such a tag as text.
//! - Emphasis nests at most 16 deep: deeper, its text is kept without the emphasis (GFM nests
//!   without end; a reader sees the same text). Images nest 16 deep at most: a deeper `![` is
//!   text.
//! - A cell longer than 64 KiB is taken as written.
//!
//! The reference is cmark, GitHub's parser: where `pulldown-cmark`, the differential test's,
//! reads a link title right after a destination in `<…>` without white space between
//! (`[a](<u>"t")`), the macro reads no link, as cmark does.
//!
//! Each cell is read in one pass, in time linear in its length: a link opener deactivates those
//! before it in constant time, a code span finds its closing run by a binary search among the
//! runs of its length, and a search for the end of an HTML comment, a processing instruction, a
//! declaration or CDATA that found none is not repeated.

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
    /// A line break: `<br>`, `<p>`, ….
    Break,
    /// The start of a list item: `<li>`.
    Item,
    /// `<a href="…">`, before it is paired with its `</a>` into a [`Node::Link`].
    AnchorOpen(String),
    /// `</a>`, before it is paired.
    AnchorClose,
}

/// How long a cell is read as Markdown at most: a longer one (no provider writes one) is taken as
/// written.
const MAX_MARKDOWN: usize = 64 * 1024;

/// How deeply emphasis nests at most; deeper, the text is kept without it.
const MAX_NESTING: usize = 16;

/// How deeply parentheses nest in a link destination at most (as in cmark and `pulldown-cmark`).
const MAX_LINK_PARENS: usize = 32;

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
    Reader::new(&chars).read()
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
/// `\n`, list items on lines of their own starting `- `; white space around lines trimmed, and
/// blank lines at either end left out (two breaks in a row leave a blank line, as they show).
pub(crate) fn plain(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_text(nodes, true, &mut out);
    trim_lines(&out)
}

/// `text` with each line trimmed, and without blank lines at either end.
pub(crate) fn trim_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let first = lines.iter().position(|line| !line.is_empty());
    let last = lines.iter().rposition(|line| !line.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => lines[first..=last].join("\n"),
        _ => String::new(),
    }
}

/// Writes the text of `nodes`: with their line breaks and list items (`lines`), or without, as
/// the description of an image is written (the HTML in it shows nothing).
fn write_text(nodes: &[Node], lines: bool, out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) | Node::Code(text) | Node::Image(text) => out.push_str(text),
            Node::Emphasis(inner) | Node::Strong(inner) | Node::Strike(inner) => {
                write_text(inner, lines, out);
            }
            Node::Link(text, _) => write_text(text, lines, out),
            Node::Break if lines => out.push('\n'),
            Node::Item if lines => out.push_str("\n- "),
            Node::Break | Node::Item | Node::AnchorOpen(_) | Node::AnchorClose => {}
        }
    }
}

/// Markdown that renders the cell in rustdoc: text escaped (so that it shows as written, and
/// rustdoc finds no HTML, no bare URL and no link in it), markup kept, links kept where their
/// URL is absolute (a relative one would point nowhere from the docs) and not inside another.
pub(crate) fn markdown(nodes: &[Node]) -> String {
    let mut out = String::new();
    write_markdown(nodes, false, &mut out);
    out.trim().to_owned()
}

fn write_markdown(nodes: &[Node], in_link: bool, out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(text) | Node::Image(text) => out.push_str(&escape(text)),
            Node::Code(code) => out.push_str(&code_span(code)),
            Node::Emphasis(inner) => wrap(out, "*", inner, in_link),
            Node::Strong(inner) => wrap(out, "**", inner, in_link),
            Node::Strike(inner) => wrap(out, "~~", inner, in_link),
            Node::Link(text, url) if is_absolute(url) && !in_link => {
                out.push('[');
                write_markdown(text, true, out);
                let _ = write!(out, "](<{}>)", url.replace(['<', '>', ' '], ""));
            }
            Node::Link(text, _) => write_markdown(text, in_link, out),
            Node::Break => out.push_str("\\\n"),
            Node::Item => out.push_str("\n- "),
            Node::AnchorOpen(_) | Node::AnchorClose => {}
        }
    }
}

fn wrap(out: &mut String, fence: &str, inner: &[Node], in_link: bool) {
    let mut text = String::new();
    write_markdown(inner, in_link, &mut text);
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

/// `text` as a Markdown code span, with a fence longer than any run of backticks inside it (and
/// spaces inside the fence then); messages quote text so too.
pub(crate) fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

/// A piece of the cell before links and emphasis are resolved.
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
    /// A `[` (or `![`, an image) that may still open a link.
    Bracket {
        image: bool,
    },
}

/// An opening bracket not yet closed: the index of its token, and whether it opens an image.
struct Opener {
    token: usize,
    image: bool,
}

/// Where a search for the end of a construct started, and what it found: a later search from a
/// point at or after the start, and before what was found, finds the same.
#[derive(Clone, Copy)]
struct Found {
    from: usize,
    at: Option<usize>,
}

/// The one-pass reader of a cell's characters.
struct Reader<'c> {
    chars: &'c [char],
    at: usize,
    tokens: Vec<Token>,
    openers: Vec<Opener>,
    /// The `[` openers at positions below this in `openers` are inactive: a link closed after
    /// them, and a link holds no link.
    links_from: usize,
    /// The maximal runs of backticks, by length: where each starts, in order.
    backtick_runs: HashMap<usize, Vec<usize>>,
    /// The searches for `-->`, `?>`, `>` and `]]>`, by what they looked for.
    ends: HashMap<&'static str, Found>,
    /// How many of `openers` open an image: an image's description copies those of the images
    /// in it, so they nest [`MAX_NESTING`] deep at most.
    images: usize,
}

impl<'c> Reader<'c> {
    fn new(chars: &'c [char]) -> Reader<'c> {
        let mut backtick_runs: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut at = 0;
        while at < chars.len() {
            if chars[at] == '`' {
                let length = chars[at..].iter().take_while(|&&c| c == '`').count();
                backtick_runs.entry(length).or_default().push(at);
                at += length;
            } else {
                at += 1;
            }
        }
        Reader {
            chars,
            at: 0,
            tokens: Vec::new(),
            openers: Vec::new(),
            links_from: 0,
            backtick_runs,
            ends: HashMap::new(),
            images: 0,
        }
    }

    fn read(mut self) -> Vec<Node> {
        while self.at < self.chars.len() {
            self.step();
        }
        let tokens: Vec<Token> = self
            .tokens
            .into_iter()
            .map(|token| match token {
                Token::Bracket { image } => Token::Node(Node::Text(bracket(image).to_owned())),
                token => token,
            })
            .collect();
        pair_anchors(emphasis(tokens))
    }

    fn text(&mut self, text: impl Into<String>) {
        self.tokens.push(Token::Node(Node::Text(text.into())));
    }

    fn node(&mut self, node: Node) {
        self.tokens.push(Token::Node(node));
    }

    /// Reads what starts at `self.at`, and moves past it.
    fn step(&mut self) {
        let chars = self.chars;
        let at = self.at;
        let next = chars.get(at + 1).copied();
        match chars[at] {
            '\\' => match next {
                Some(c) if c.is_ascii_punctuation() => {
                    self.text(c);
                    self.at += 2;
                }
                _ => {
                    self.text('\\');
                    self.at += 1;
                }
            },
            '`' => self.code_span(),
            '&' => {
                if let Some((decoded, length)) = entity(&chars[at..]) {
                    self.text(decoded);
                    self.at += length;
                } else {
                    self.text('&');
                    self.at += 1;
                }
            }
            '<' => {
                if let Some((node, end)) = self.autolink(at).or_else(|| self.html(at)) {
                    self.tokens.extend(node.map(Token::Node));
                    self.at = end;
                } else {
                    self.text('<');
                    self.at += 1;
                }
            }
            '!' if next == Some('[') && self.images >= MAX_NESTING => {
                self.text("![");
                self.at += 2;
            }
            '!' if next == Some('[') => {
                self.openers.push(Opener {
                    token: self.tokens.len(),
                    image: true,
                });
                self.images += 1;
                self.tokens.push(Token::Bracket { image: true });
                self.at += 2;
            }
            '[' => {
                self.openers.push(Opener {
                    token: self.tokens.len(),
                    image: false,
                });
                self.tokens.push(Token::Bracket { image: false });
                self.at += 1;
            }
            ']' => self.close_bracket(),
            c @ ('*' | '_' | '~') => self.delimiter_run(c),
            _ => {
                let end = (at + 1..chars.len())
                    .find(|&index| "\\`&<![]*_~".contains(chars[index]))
                    .unwrap_or(chars.len());
                self.text(chars[at..end].iter().collect::<String>());
                self.at = end;
            }
        }
    }

    /// A run of `*`, `_` or `~`, with whether it can open or close emphasis by what stands
    /// around it (the start and the end of the cell count as white space).
    fn delimiter_run(&mut self, c: char) {
        let chars = self.chars;
        let at = self.at;
        let run = chars[at..].iter().take_while(|&&x| x == c).count();
        self.at += run;
        if c == '~' && run != 2 {
            // Only `~~` strikes through: a single `~` is text (`3~20`), and so is a longer run.
            self.text("~".repeat(run));
            return;
        }
        let before = at.checked_sub(1).map_or(' ', |before| chars[before]);
        let after = chars.get(at + run).copied().unwrap_or(' ');
        let (open, close) = flanking(c, before, after);
        self.tokens.push(Token::Delimiter {
            c,
            count: run,
            length: run,
            open,
            close,
        });
    }

    /// A run of backticks: a code span up to the next run of the same length, or text.
    fn code_span(&mut self) {
        let chars = self.chars;
        let start = self.at;
        let length = chars[start..].iter().take_while(|&&c| c == '`').count();
        let closer = self.backtick_runs.get(&length).and_then(|runs| {
            let index = runs.partition_point(|&run| run < start + length);
            runs.get(index).copied()
        });
        let Some(close) = closer else {
            self.text("`".repeat(length));
            self.at += length;
            return;
        };
        let mut inside = &chars[start + length..close];
        // One space is stripped from both ends when both have one and not all is spaces.
        if inside.len() > 2
            && inside.first() == Some(&' ')
            && inside.last() == Some(&' ')
            && inside.iter().any(|&c| c != ' ' && c != '\n')
        {
            inside = &inside[1..inside.len() - 1];
        }
        let content: String = inside
            .iter()
            .map(|&c| if c == '\n' { ' ' } else { c })
            .collect();
        self.node(Node::Code(content));
        self.at = close + length;
    }

    /// A `]`: closes the last opener into a link or an image when an inline destination follows
    /// (`(url "title")`); else it is text, and so is the opener.
    fn close_bracket(&mut self) {
        let Some(opener) = self.openers.pop() else {
            self.text(']');
            self.at += 1;
            return;
        };
        self.images -= usize::from(opener.image);
        // Its position in `openers` is their count now.
        let active = opener.image || self.openers.len() >= self.links_from;
        self.links_from = self.links_from.min(self.openers.len());
        let destination = if active {
            self.destination(self.at + 1)
        } else {
            None
        };
        let Some((url, end)) = destination else {
            self.tokens[opener.token] = Token::Node(Node::Text(bracket(opener.image).to_owned()));
            self.text(']');
            self.at += 1;
            return;
        };
        let inner: Vec<Token> = self.tokens.drain(opener.token + 1..).collect();
        self.tokens.pop();
        let label = emphasis(inner);
        if opener.image {
            let mut alt = String::new();
            write_text(&pair_anchors(label), false, &mut alt);
            self.node(Node::Image(alt));
        } else {
            self.node(Node::Link(label, url));
            // A link holds no link: every `[` before this one is text now.
            self.links_from = self.openers.len();
        }
        self.at = end;
    }

    /// An inline link's destination and title in parentheses at `at`: the destination, and
    /// where the parentheses end. `None` when there is none: no `(`, a destination with white
    /// space or unbalanced parentheses, a title without white space before it, or no `)`.
    fn destination(&self, at: usize) -> Option<(String, usize)> {
        let chars = self.chars;
        if chars.get(at) != Some(&'(') {
            return None;
        }
        let blank = |c: &char| matches!(c, ' ' | '\t' | '\n');
        let skip = |from: usize| from + chars[from..].iter().take_while(|c| blank(c)).count();
        let mut i = skip(at + 1);
        let mut url = String::new();
        if chars.get(i) == Some(&'<') {
            i += 1;
            loop {
                match chars.get(i)? {
                    '>' => break,
                    '<' | '\n' => return None,
                    '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                        url.push(chars[i + 1]);
                        i += 2;
                        continue;
                    }
                    &c => url.push(c),
                }
                i += 1;
            }
            i += 1;
        } else {
            let mut depth = 0;
            while let Some(&c) = chars.get(i) {
                match c {
                    '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                        url.push(chars[i + 1]);
                        i += 2;
                        continue;
                    }
                    '(' => {
                        depth += 1;
                        if depth > MAX_LINK_PARENS {
                            return None;
                        }
                    }
                    ')' if depth == 0 => break,
                    ')' => depth -= 1,
                    c if c.is_ascii_control() || c == ' ' => break,
                    _ => {}
                }
                url.push(c);
                i += 1;
            }
            if depth > 0 {
                return None;
            }
        }
        let after = skip(i);
        match chars.get(after)? {
            ')' => Some((url, after + 1)),
            &quote @ ('"' | '\'' | '(') if after > i => {
                let close = if quote == '(' { ')' } else { quote };
                let mut j = after + 1;
                loop {
                    match *chars.get(j)? {
                        '\\' if chars.get(j + 1).is_some_and(char::is_ascii_punctuation) => j += 1,
                        c if c == close => break,
                        '(' if quote == '(' => return None,
                        _ => {}
                    }
                    j += 1;
                }
                let end = skip(j + 1);
                (chars.get(end) == Some(&')')).then_some((url, end + 1))
            }
            _ => None,
        }
    }

    /// An autolink at `at` (on its `<`): `<https://…>` or `<user@host>`, and where it ends.
    fn autolink(&self, at: usize) -> Option<(Option<Node>, usize)> {
        let chars = self.chars;
        let length = chars[at + 1..]
            .iter()
            .take_while(|&&c| c != '>' && c != '<' && !c.is_ascii_control() && c != ' ')
            .count();
        let end = at + 1 + length;
        if chars.get(end) != Some(&'>') {
            return None;
        }
        let inside: String = chars[at + 1..end].iter().collect();
        let url = if is_uri(&inside) {
            inside.clone()
        } else if is_email(&inside) {
            format!("mailto:{inside}")
        } else {
            return None;
        };
        Some((Some(Node::Link(vec![Node::Text(inside)], url)), end + 1))
    }

    /// Raw HTML at `at` (on its `<`): a tag (a node, or nothing for one that shows nothing), a
    /// comment, a processing instruction, a declaration or CDATA (nothing), and where it ends.
    fn html(&mut self, at: usize) -> Option<(Option<Node>, usize)> {
        let chars = self.chars;
        let rest = &chars[at + 1..];
        let starts = |prefix: &str| {
            let prefix: Vec<char> = prefix.chars().collect();
            rest.starts_with(&prefix)
        };
        if starts("!-->") {
            return Some((None, at + 5));
        }
        if starts("!--->") {
            return Some((None, at + 6));
        }
        if starts("!--") {
            let end = self.find_end(at + 4, "-->")?;
            return Some((None, end));
        }
        if starts("?") {
            let end = self.find_end(at + 2, "?>")?;
            return Some((None, end));
        }
        if starts("![CDATA[") {
            let end = self.find_end(at + 9, "]]>")?;
            return Some((None, end));
        }
        if starts("!") && rest.get(1).is_some_and(char::is_ascii_alphabetic) {
            let end = self.find_end(at + 2, ">")?;
            return Some((None, end));
        }
        let (tag, end) = Tag::read(chars, at)?;
        let node = match tag.name.as_str() {
            "br" | "p" | "div" | "tr" | "hr" => Some(Node::Break),
            "li" if !tag.closing => Some(Node::Item),
            "a" if tag.closing => Some(Node::AnchorClose),
            "a" => Some(Node::AnchorOpen(tag.href)),
            _ => None,
        };
        Some((node, end))
    }

    /// Where the first `end` at or after `from` ends (past it); a search that found none is not
    /// done again from further on.
    fn find_end(&mut self, from: usize, end: &'static str) -> Option<usize> {
        let known = self
            .ends
            .get(end)
            .filter(|found| from >= found.from && found.at.is_none_or(|at| at >= from))
            .map(|found| found.at);
        let at = known.unwrap_or_else(|| {
            let pattern: Vec<char> = end.chars().collect();
            let at = self.chars[from..]
                .windows(pattern.len())
                .position(|window| window == pattern.as_slice())
                .map(|at| from + at);
            self.ends.insert(end, Found { from, at });
            at
        });
        at.map(|at| at + end.chars().count())
    }
}

/// How an opener that closes nothing shows.
fn bracket(image: bool) -> &'static str {
    if image { "![" } else { "[" }
}

/// Whether `inside` (between `<` and `>`) is a URI autolink: a scheme of 2 to 32 characters
/// (a letter, then letters, digits, `+`, `.`, `-`), a `:`, and no white space, `<` or `>`.
fn is_uri(inside: &str) -> bool {
    inside.split_once(':').is_some_and(|(scheme, _)| {
        (2..=32).contains(&scheme.len())
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
    })
}

/// Whether `inside` is an email autolink, as CommonMark defines the address.
fn is_email(inside: &str) -> bool {
    let Some((user, host)) = inside.split_once('@') else {
        return false;
    };
    let user_ok = !user.is_empty()
        && user
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c));
    let label_ok = |label: &str| {
        (1..=63).contains(&label.len())
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    user_ok && host.split('.').all(label_ok)
}

/// An HTML tag, as far as a table's cells need to know it.
struct Tag {
    name: String,
    closing: bool,
    href: String,
}

impl Tag {
    /// The open or closing tag at `at` (on its `<`), as CommonMark defines raw HTML: a name (a
    /// letter, then letters, digits and `-`), attributes (`name`, `name=value`, the value
    /// unquoted or in quotes: [`attribute_value`]), white space, an optional `/`, `>`. The tag
    /// and where it ends.
    fn read(chars: &[char], at: usize) -> Option<(Tag, usize)> {
        let mut i = at + 1;
        let closing = chars.get(i) == Some(&'/');
        if closing {
            i += 1;
        }
        let start = i;
        if !chars.get(i)?.is_ascii_alphabetic() {
            return None;
        }
        while chars
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '-')
        {
            i += 1;
        }
        let name: String = chars[start..i]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let blank = |c: &char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}');
        let skip = |from: usize| from + chars[from..].iter().take_while(|c| blank(c)).count();
        let mut href = String::new();
        if closing {
            i = skip(i);
            return (chars.get(i) == Some(&'>')).then_some((
                Tag {
                    name,
                    closing,
                    href,
                },
                i + 1,
            ));
        }
        loop {
            let spaced = skip(i);
            match chars.get(spaced)? {
                '>' => {
                    return Some((
                        Tag {
                            name,
                            closing,
                            href,
                        },
                        spaced + 1,
                    ));
                }
                '/' => {
                    return (chars.get(spaced + 1) == Some(&'>')).then_some((
                        Tag {
                            name,
                            closing,
                            href,
                        },
                        spaced + 2,
                    ));
                }
                &c if spaced > i && (c.is_ascii_alphabetic() || c == '_' || c == ':') => {
                    let name_start = spaced;
                    let mut j = spaced + 1;
                    while chars.get(j).is_some_and(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-')
                    }) {
                        j += 1;
                    }
                    let attribute: String = chars[name_start..j].iter().collect();
                    let equals = skip(j);
                    if chars.get(equals) == Some(&'=') {
                        let value_start = skip(equals + 1);
                        let (value, end) = attribute_value(chars, value_start)?;
                        if attribute.eq_ignore_ascii_case("href") {
                            href = value.iter().collect();
                        }
                        i = end;
                    } else {
                        i = j;
                    }
                }
                _ => return None,
            }
        }
    }
}

/// The value of an attribute at `at` (after its `=`), in quotes or not, and where it ends. An
/// unquoted value may hold a `=`, as browsers read it (`<a href=https://…?a=1&amp;b=2>`).
fn attribute_value(chars: &[char], at: usize) -> Option<(&[char], usize)> {
    if let quote @ ('"' | '\'') = *chars.get(at)? {
        let close = chars[at + 1..].iter().position(|&c| c == quote)?;
        let end = at + 1 + close;
        return Some((&chars[at + 1..end], end + 1));
    }
    let length = chars[at..]
        .iter()
        .take_while(|&&c| !matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') && !"\"'<>`".contains(c))
        .count();
    (length > 0).then(|| (&chars[at..at + length], at + length))
}

/// `nodes` with each `<a href>` and the next `</a>` after it on the same level made a link of
/// what stands between (inside emphasis and links too); a `<a>` opened before the last one
/// closed ends it, as a browser ends it. Markers left unpaired show nothing.
fn pair_anchors(nodes: Vec<Node>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::with_capacity(nodes.len());
    let mut open: Option<(usize, String)> = None;
    let close = |out: &mut Vec<Node>, open: Option<(usize, String)>| {
        if let Some((start, href)) = open {
            let inner: Vec<Node> = out.drain(start..).collect();
            out.push(Node::Link(merge_text(inner), href));
        }
    };
    for node in nodes {
        match node {
            Node::AnchorOpen(href) => {
                close(&mut out, open.take());
                open = Some((out.len(), href));
            }
            Node::AnchorClose => close(&mut out, open.take()),
            Node::Emphasis(inner) => out.push(Node::Emphasis(pair_anchors(inner))),
            Node::Strong(inner) => out.push(Node::Strong(pair_anchors(inner))),
            Node::Strike(inner) => out.push(Node::Strike(pair_anchors(inner))),
            Node::Link(inner, url) => out.push(Node::Link(pair_anchors(inner), url)),
            node => out.push(node),
        }
    }
    merge_text(out)
}

/// Whether a run of `c` between `before` and `after` can open and close emphasis (CommonMark's
/// flanking rules; `_` inside a word does neither). A run of two `~` may also stand inside a
/// word, as GFM's strikethrough reads it (`a~~b~~c`): it opens before anything but white space,
/// and closes after anything but white space, unless punctuation other than a `~` before it
/// meets a letter after.
fn flanking(c: char, before: char, after: char) -> (bool, bool) {
    let left = !after.is_whitespace()
        && (!is_punctuation(after) || before.is_whitespace() || is_punctuation(before));
    let right = !before.is_whitespace()
        && (!is_punctuation(before) || after.is_whitespace() || is_punctuation(after));
    match c {
        '_' => (
            left && (!right || is_punctuation(before)),
            right && (!left || is_punctuation(after)),
        ),
        '~' => (!after.is_whitespace(), right || (before == '~')),
        _ => (left, right),
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
    /// How deeply emphasis nests in the slot's node.
    depth: usize,
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
            depth: 0,
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
        wrap_between(&mut slots, opener, closer, c, used);
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
            Token::Bracket { image } => Node::Text(bracket(image).to_owned()),
        });
        at = next;
    }
    merge_text(nodes)
}

/// Takes the nodes between `opener` and `closer` into one node of emphasis (of `used` of the
/// delimiter `c`), linked in between them: text alone when emphasis would nest deeper than
/// [`MAX_NESTING`].
fn wrap_between(slots: &mut Vec<Slot>, opener: usize, closer: usize, c: char, used: usize) {
    let (inner, depth) = take_between(slots, opener, closer);
    let (node, depth) = if depth >= MAX_NESTING {
        // Deeper emphasis shows nothing more: its text alone.
        (Node::Text(plain(&inner)), 0)
    } else {
        let node = match (c, used) {
            ('~', _) => Node::Strike(inner),
            (_, 2) => Node::Strong(inner),
            _ => Node::Emphasis(inner),
        };
        (node, depth + 1)
    };
    let wrapped = slots.len();
    slots.push(Slot {
        token: Token::Node(node),
        prev: opener,
        next: closer,
        delimiter_prev: NONE,
        delimiter_next: NONE,
        depth,
    });
    slots[opener].next = wrapped;
    slots[closer].prev = wrapped;
    slots[opener].delimiter_next = closer;
    slots[closer].delimiter_prev = opener;
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
/// are text), and how deeply emphasis nests in them.
fn take_between(slots: &mut [Slot], opener: usize, closer: usize) -> (Vec<Node>, usize) {
    let mut inner = Vec::new();
    let mut depth = 0;
    let mut at = slots[opener].next;
    while at != closer {
        let next = slots[at].next;
        depth = depth.max(slots[at].depth);
        let token = std::mem::replace(&mut slots[at].token, Token::Node(Node::Break));
        inner.push(match token {
            Token::Node(node) => node,
            Token::Delimiter { c, count, .. } => Node::Text(c.to_string().repeat(count)),
            Token::Bracket { image } => Node::Text(bracket(image).to_owned()),
        });
        at = next;
    }
    (merge_text(inner), depth)
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
mod gfm;

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
            "<!--",
            "<?",
            "<!X",
            "<![CDATA[",
            "[a](<",
            "[](",
            "<a x=\"",
            "</a>",
            "[a](b \"",
            "[](((((",
        ] {
            let text = fill(piece);
            // What shows is never more than what is written (`</a>` shows nothing at all).
            assert!(plain(&parse(&text)).len() <= text.len(), "{piece}");
        }
        // Openers, then their closers: nested images, links (each deactivates those before it),
        // anchors and emphasis.
        let half = |open: &str, close: &str| {
            let count = MAX_MARKDOWN / 2 / (open.len() + close.len());
            format!("{}a{}", open.repeat(count), close.repeat(count))
        };
        for (open, close) in [
            ("![", "](u)"),
            ("[", "](u)"),
            ("<a href=x>", "</a>"),
            ("*", "*"),
        ] {
            assert!(!plain(&parse(&half(open, close))).is_empty(), "{open}");
        }
        // One run of underscores between two letters: plain text, told so in one pass.
        let text = format!("a{}b", "_".repeat(MAX_MARKDOWN - 2));
        assert_eq!(super::read(&text), text);
        // Past the limit, a cell is taken as written.
        let long = "*a*".repeat(MAX_MARKDOWN);
        assert_eq!(plain(&parse(&long)), long);
    }
}
