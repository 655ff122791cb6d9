"""The Markdown reader (``.md``): report text with the markup masked, plus suppression comments.

Markup is *masked*, not removed: every markup character is replaced by a space, so line N,
column C of the document is line N, column C of the source file and editors jump to the right
place.  Masked: front matter, fenced code blocks, HTML comments and tags, ``#`` heading marks
and closing hashes, setext underlines, thematic breaks, ``>`` quote marks, ``-``/``*``/``+``
bullets, table pipes and separator rows, emphasis and strike-through delimiters, backslash
escapes, code spans, images, link brackets and destinations (the link text stays), reference
definitions and autolinks, footnote references (``[^1]``), pandoc's bracketed spans and
attributes (``[4次]{.underline}``, ``[]{#_Toc1 .anchor}``, ``# 一、… {#id}``), the blanks that pad
table cells around their pipes, the blanks that align the cells of pandoc's simple tables
(the rows under a ``------ ------`` rule), and hard line breaks (a backslash or two spaces at the end of a
line).  Ordered-list numbers (``1.``) stay: in a report they are the numbering a reader sees.

The masked ranges travel with the document (``AnnotatedDocument.masked``) so that findings that
lie entirely on masked characters (e.g. a "space between Chinese characters" created by
masking ``**``) are dropped by the core.

Suppression comments (see :mod:`fzlint.suppress`)::

    <!-- fzlint-disable wording/colloquial, punctuation -->
    ...
    <!-- fzlint-enable -->
    <!-- fzlint-disable-next-line numbers -->
"""

from __future__ import annotations

import re

from .. import recache
from ..document import Document
from ..markers import hookimpl
from ..suppress import Directive, parse_directive
from ..textutil import split_with_starts
from . import AnnotatedDocument
from .txt import decode_text

_FENCE = recache.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = recache.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_ATX_CLOSE = recache.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = recache.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = recache.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = recache.compile(r"^( {0,3}>[ \t]?)+")
_BULLET = recache.compile(r"^([ \t]*)([-*+])([ \t]+)")
_TABLE_SEP = recache.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_REF_DEF = recache.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_COMMENT = recache.compile(r"<!--(.*?)-->", re.S)
_TAG = recache.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = recache.compile(r"<(?:https?|ftp|mailto):[^<>\s]+>")
_IMAGE = recache.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = recache.compile(r"(\[)([^\]\n]+)(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_CODE = recache.compile(r"(`+)[^`\n].*?\1")
_ESCAPE = recache.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~])")
_STRONG = recache.compile(r"\*\*|__|~~")
_EM_STAR = recache.compile(r"(?<!\*)\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)")
_EM_UNDER = recache.compile(r"(?<![A-Za-z0-9_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![A-Za-z0-9_])")
#: a footnote reference ([^1], [^note]); its definition line ([^1]: …) is a reference definition
_FOOTNOTE_REF = recache.compile(r"\[\^[^\]\s]{1,40}\](?!:)")
#: pandoc's bracketed span ([4次]{.underline}, []{#_Toc123 .anchor}) and attributes ({#id .class})
_SPAN = recache.compile(r"(\[)([^\[\]\n]*)(\]\{[^{}\n]*\})")
_ATTRIBUTES = recache.compile(r"[ \t]*\{[#.][^{}\n]*\}[ \t]*$")
#: a hard line break: a backslash, or two spaces or more, at the end of a line of a paragraph
_HARD_BREAK = recache.compile(r"(?<!\\)\\$| {2,}$")
#: the rule of a pandoc simple table: one run of dashes per column (``------ ------``); the header
#: line above it and the rows below it (up to a blank line or a closing rule) are aligned with spaces
_SIMPLE_TABLE_RULE = recache.compile(r"^ {0,3}-{2,}(?: +-{2,})+[ \t]*$")
_BLANKS = recache.compile(r"[ \t]+")


class _Masker:
    """Builds the masked copy of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(text)
        self.flags = [False] * len(text)

    def mask(self, start: int, end: int) -> None:
        for i in range(start, end):
            if self.chars[i] != "\n":
                self.chars[i] = " "
                self.flags[i] = True

    def ranges(self) -> tuple[tuple[int, int], ...]:
        out: list[tuple[int, int]] = []
        start = None
        for i, flag in enumerate(self.flags + [False]):
            if flag and start is None:
                start = i
            elif not flag and start is not None:
                out.append((start, i))
                start = None
        return tuple(out)

    def result(self) -> str:
        return "".join(self.chars)


def mask_markdown(text: str) -> tuple[str, tuple[tuple[int, int], ...], tuple[Directive, ...]]:
    """Return (masked text, masked ranges, directives) for Markdown ``text`` (``\\n`` line ends)."""
    m = _Masker(text)
    directives: list[Directive] = []
    # HTML comments first (they may span lines and hide everything inside them)
    for c in _COMMENT.finditer(text):
        m.mask(c.start(), c.end())
        d = parse_directive(c.group(1), c.start(), c.end())
        if d is not None:
            directives.append(d)
    lines, starts = split_with_starts(text, "\n")
    fence = None
    front = bool(lines) and lines[0].strip() == "---"
    prev_blank = True
    simple_table = False  # inside the rows of a pandoc simple table
    for i, line in enumerate(lines):
        base = starts[i]
        current = "".join(m.chars[base:base + len(line)])  # after comment masking
        if front:
            m.mask(base, base + len(line))
            if i > 0 and line.strip() in ("---", "..."):
                front = False
            continue
        f = _FENCE.match(current)
        if fence is not None:
            m.mask(base, base + len(line))
            if f and f.group(1)[0] == fence[0] and len(f.group(1)) >= len(fence):
                fence = None
            continue
        if f:
            fence = f.group(1)
            m.mask(base, base + len(line))
            continue
        if not current.strip():
            prev_blank = True
            simple_table = False
            continue
        if _SIMPLE_TABLE_RULE.match(current):
            if not simple_table and not prev_blank:  # the header line above the rule
                _mask_blanks(m, starts[i - 1], len(lines[i - 1]))
            simple_table = not simple_table  # a headerless table closes with a second rule
            m.mask(base, base + len(line))
            prev_blank = False
            continue
        if i + 1 < len(lines) and lines[i + 1].strip() and (b := _HARD_BREAK.search(current)):
            m.mask(base + b.start(), base + b.end())
        if _HR.match(current) or (_SETEXT.match(current) and not prev_blank) or _REF_DEF.match(current) \
                or _TABLE_SEP.match(current):
            m.mask(base, base + len(line))
            prev_blank = False
            continue
        _mask_line_starts(m, current, base)
        _mask_inline(m, base, len(line))
        if simple_table:
            _mask_blanks(m, base, len(line))
        prev_blank = False
    return m.result(), m.ranges(), tuple(directives)


def _mask_blanks(m: _Masker, base: int, length: int) -> None:
    """Mask the blanks of a line of a simple table: they align its cells."""
    for x in _BLANKS.finditer(m.text, base, base + length):
        m.mask(x.start(), x.end())


def _mask_line_starts(m: _Masker, line: str, base: int) -> None:
    q = _QUOTE.match(line)
    offset = 0
    if q:
        m.mask(base, base + q.end())
        offset = q.end()
    rest = line[offset:]
    h = _ATX.match(rest)
    if h:
        m.mask(base + offset + h.start(2), base + offset + h.end(2))
        attributes = _ATTRIBUTES.search(rest)
        if attributes and attributes.start() > h.end():
            m.mask(base + offset + attributes.start(), base + offset + attributes.end())
            rest = rest[:attributes.start()]
        close = _ATX_CLOSE.search(rest)
        if close and close.start() > h.end():
            m.mask(base + offset + close.start(), base + offset + close.end())
        return
    b = _BULLET.match(rest)
    if b:
        m.mask(base + offset + b.start(2), base + offset + b.end(2))
    if rest.lstrip().startswith("|") or (rest.count("|") >= 2 and "|" in rest.strip()[:1] + rest.strip()[-1:]):
        for j, ch in enumerate(rest):
            if ch == "|" and (j == 0 or rest[j - 1] != "\\"):
                # the pipe and the blanks that pad the cells around it
                left, right = j, j + 1
                while left > 0 and rest[left - 1] in " \t":
                    left -= 1
                while right < len(rest) and rest[right] in " \t":
                    right += 1
                m.mask(base + offset + left, base + offset + right)


def _mask_inline(m: _Masker, base: int, length: int) -> None:
    escaped: set[int] = set()

    def scan() -> str:
        chars = m.chars[base:base + length]
        for j in escaped:
            chars[j] = "\x01"  # an escaped character is literal text, never markup
        return "".join(chars)

    for x in _ESCAPE.finditer(scan()):
        m.mask(base + x.start(), base + x.start() + 1)
        escaped.add(x.start() + 1)
    for pattern in (_CODE, _IMAGE, _AUTOLINK, _TAG, _FOOTNOTE_REF):
        for x in pattern.finditer(scan()):
            m.mask(base + x.start(), base + x.end())
    for x in _SPAN.finditer(scan()):
        m.mask(base + x.start(1), base + x.end(1))
        m.mask(base + x.start(3), base + x.end(3))
    for x in _LINK.finditer(scan()):
        m.mask(base + x.start(1), base + x.end(1))
        m.mask(base + x.start(3), base + x.end(3))
    for x in _STRONG.finditer(scan()):
        m.mask(base + x.start(), base + x.end())
    for pattern in (_EM_STAR, _EM_UNDER):
        for x in pattern.finditer(scan()):
            m.mask(base + x.start(), base + x.start() + 1)
            m.mask(base + x.end() - 1, base + x.end())


class MarkdownReader:
    """Reads ``.md`` reports with the markup masked (positions unchanged)."""

    name = "md"
    suffixes = (".md", ".markdown")
    #: offsets of its documents are those of the decoded file: ``fzlint check --fix`` can edit it
    source_text = True

    def read(self, data: bytes, path: str) -> Document:
        """Decode, normalise line endings, mask the markup and collect the directives."""
        text = decode_text(data, path)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        masked, ranges, directives = mask_markdown(text)
        return AnnotatedDocument(path=path, text=masked, kind="md", masked=ranges, directives=directives)


@hookimpl
def fzlint_readers():
    """Provide the Markdown reader."""
    return [MarkdownReader()]
