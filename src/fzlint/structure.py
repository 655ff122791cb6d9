"""GB/T 9704-2012 heading parser: heading tree and sections, tolerant of malformed markers.

GB/T 9704-2012 §7.3.3 orders the levels ``一、`` → ``（一）`` → ``1.`` → ``（1）``.  Real
reports also use ``1、`` at level 1, half-width ``(一)``, or ``（3）`` as the third level-2
number; some divide the report into parts, ``第一部分`` …, above the ``一、`` level (level 0).  The parser records each heading's *marker style* (what was written), its
*nominal level* (the level the style belongs to) and its *level* (where it sits in the
tree, inferred from the surrounding sequence), so rules can compare them.
"""

from __future__ import annotations

import enum
import itertools
import re
from typing import Iterator, Optional, Sequence

from . import recache
from .records import record, replace
from .textutil import CN_NUMERAL_CHARS, cn_to_int, int_to_cn


class MarkerStyle(str, enum.Enum):
    """How a heading number is written."""

    CN_DUN = "一、"          #: level 1, canonical
    CN_OTHER = "一."         #: level-1 number with another separator (一. 一，)
    CN_PAREN = "（一）"       #: level 2, canonical
    CN_PAREN_HALF = "(一)"   #: level-2 number with half-width or mixed brackets
    CN_CLOSE = "一）"         #: level-2 number missing its opening bracket
    AR_DOT = "1."            #: level 3, canonical
    AR_DUN = "1、"           #: Arabic number with 、 (not a GB/T 9704 marker)
    AR_PAREN = "（1）"        #: level 4, canonical
    AR_PAREN_HALF = "(1)"    #: level-4 number with half-width or mixed brackets
    AR_CLOSE = "1）"          #: level-4 number missing its opening bracket
    CN_ENCLOSED = "㈠"       #: level-2 number as one enclosed character (Word conversions)
    AR_ENCLOSED = "⑴"       #: level-4 number as one enclosed character
    CN_PART = "第一部分"      #: a part of the report, above the 一、 level (level 0)

    @property
    def nominal_level(self) -> int:
        """The GB/T 9704 level this style belongs to."""
        return _NOMINAL[self]

    @property
    def canonical(self) -> bool:
        """True for the four styles GB/T 9704 prescribes."""
        return self in _CANONICAL

    @property
    def bracketed(self) -> bool:
        """True for bracket-shaped markers (（一） (1) 1） ...), False for 一、 1. 1、."""
        return self in _BRACKETED

    @property
    def uses_chinese_numeral(self) -> bool:
        """True when the number is written with Chinese numerals."""
        return self in _CHINESE_NUMERAL


_NOMINAL = {
    MarkerStyle.CN_DUN: 1, MarkerStyle.CN_OTHER: 1,
    MarkerStyle.CN_PAREN: 2, MarkerStyle.CN_PAREN_HALF: 2, MarkerStyle.CN_CLOSE: 2,
    MarkerStyle.AR_DOT: 3, MarkerStyle.AR_DUN: 3,
    MarkerStyle.AR_PAREN: 4, MarkerStyle.AR_PAREN_HALF: 4, MarkerStyle.AR_CLOSE: 4,
    MarkerStyle.CN_ENCLOSED: 2, MarkerStyle.AR_ENCLOSED: 4,
    MarkerStyle.CN_PART: 0,
}

# the style sets below are frozensets, not tuples of members: on Python 3.11 each member lookup
# on the class (MarkerStyle.CN_DUN) costs a descriptor call, and the parser asks per heading
_CANONICAL = frozenset({MarkerStyle.CN_DUN, MarkerStyle.CN_PAREN, MarkerStyle.AR_DOT, MarkerStyle.AR_PAREN})
_CHINESE_NUMERAL = frozenset(style for style in MarkerStyle if style.name.startswith("CN_"))
#: styles that take their nominal level wherever they stand (see _infer_level)
_AT_NOMINAL_LEVEL = _CANONICAL | {MarkerStyle.CN_PAREN_HALF, MarkerStyle.AR_PAREN_HALF, MarkerStyle.CN_OTHER,
                                  MarkerStyle.CN_PART}
#: bracket-shaped styles (see MarkerStyle.bracketed; sets and dicts of members are what the
#: parser consults, cheaper than the properties)
_BRACKETED = frozenset(style for style, level in _NOMINAL.items() if level in (2, 4))
#: markers written with only their closing bracket (一） 1）), half bracket and half 、-like
_CLOSE_ONLY = frozenset({MarkerStyle.CN_CLOSE, MarkerStyle.AR_CLOSE})
#: the level-2 styles written with Chinese numerals (the ones _level_one_in_disguise considers)
_CN_LEVEL_TWO = frozenset(style for style in _CHINESE_NUMERAL if _NOMINAL[style] == 2)
#: styles GB/T 9704 does not use at all (a marker-format finding wherever they stand)
NONSTANDARD_STYLES = frozenset({MarkerStyle.AR_DUN, MarkerStyle.CN_OTHER, MarkerStyle.CN_CLOSE,
                                MarkerStyle.AR_CLOSE, MarkerStyle.CN_ENCLOSED, MarkerStyle.AR_ENCLOSED})
#: ㈠…㈩ and ⑴…⒇: one character standing for a bracketed number
_ENCLOSED_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ENCLOSED_AR = "".join(chr(c) for c in range(0x2474, 0x2488))

#: canonical marker text for ``level`` and ``number``
def canonical_marker(level: int, number: int) -> str:
    """Return the GB/T 9704 marker for a heading number at a level (``2, 3`` -> ``（三）``; level 0: ``第三部分``)."""
    if level == 0:
        return f"第{int_to_cn(number)}部分"
    if level == 1:
        return f"{int_to_cn(number)}、"
    if level == 2:
        return f"（{int_to_cn(number)}）"
    if level == 3:
        return f"{number}."
    return f"（{number}）"


_CN = f"[{CN_NUMERAL_CHARS}]{{1,3}}"
#: the blanks that may indent a heading or follow its marker: spaces, tabs, the full-width space and
#: the no-break and typographic spaces of web pages (&nbsp; &ensp; &emsp; indent many of them)
_BLANK_CHARS = " \t\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_WS = f"[{_BLANK_CHARS}]*"
MARKER_RE = recache.compile(
    rf"^(?P<indent>{_WS})(?:"
    rf"(?P<paren>(?P<open>[（(]){_WS}(?P<pnum>{_CN}|\d{{1,2}}){_WS}(?P<close>[）)]))"
    rf"|(?P<close_only>(?P<conum>{_CN}|\d{{1,2}})[）)])"
    rf"|(?P<cn>(?P<cnum>{_CN}){_WS}(?P<csep>[、.．，,]))"
    # (not 1.5万 nor 1.1.2 nor 3、4月; but 1.1.加强学习: the marker written twice, see Heading.repeated;
    # and 3、2024年工作打算: a year opens the heading)
    rf"|(?P<ar>(?P<anum>\d{{1,2}}){_WS}(?P<asep>[.．、])(?!(?!(?P=anum)[.．、][^\d])(?!(?:19|20)\d\d年)\d))"
    rf"|(?P<enc>[{_ENCLOSED_CN}{_ENCLOSED_AR}])"
    rf"|(?P<part>第(?P<partnum>{_CN})部分)"
    rf")"
)
#: what may follow 第X部分 in a heading: a blank or a separator; else (第三部分是……) it is prose,
#: unless the line is short and heading-like (第一部分主要举措和成效)
_PART_SEPARATORS = _BLANK_CHARS + "、：:，,．."
_PART_PROSE_STARTS = ("是", "为", "的", "主要", "内容", "包括", "讲", "从", "在", "对", "将")
#: "一、二季度" "一、二级医院" "一、二、三产业": a list of numbers in running text, not a heading
#: (matched where the marker ends: no ^, which would not match there)
_NUMBER_LIST_RE = recache.compile(rf"{_CN}(?:[、至到和与及]{_CN})*(?:季度|级|类|等|期|批|档|产业|个?月|号|轮)")


#: punctuation written after a complete marker (（一）、 （1）． 1.、 一、，): GB/T 9704 markers take none
_EXTRA_PUNCT = "、.．，,：:"


@record(frozen=True)
class Heading:
    """One heading: where it is, how it is numbered and where it sits in the tree."""

    index: int              #: position among the document's headings
    line: int               #: 0-based line index
    start: int              #: offset of the marker (after indentation)
    marker_end: int         #: offset just past the marker
    end: int                #: offset just past the heading title
    marker: str             #: the marker as written, e.g. ``（3）``
    style: MarkerStyle
    number: int
    level: int              #: inferred tree level (1..4; 0 for a part, 第一部分)
    title: str              #: heading text without the marker
    parent: Optional[int]   #: index of the parent heading, or None at the top
    run_in: bool            #: True when body text follows on the same line ("（一）标题。正文")
    embedded: bool = False  #: True for a heading merged into the paragraph before it
    #: the same marker written a second time right after the first (三、三、 or 三、一、: Word's
    #: automatic number in front of a number typed by hand), "" when there is none
    repeated: str = ""

    @property
    def nominal_level(self) -> int:
        """The level the marker style belongs to."""
        return self.style.nominal_level

    @property
    def extra_punct(self) -> bool:
        """True when a punctuation mark follows the complete marker (（一）、 1.、)."""
        m = self.marker
        if self.style in _BRACKETED:
            return m[-1] not in "）)"
        return len(m) > 1 and m[-2] in _EXTRA_PUNCT and m[-1] in _EXTRA_PUNCT

    @property
    def halfwidth(self) -> bool:
        """True when the marker uses a half-width bracket."""
        return "(" in self.marker or ")" in self.marker


@record(frozen=True)
class Section:
    """A heading and the text it governs, up to the next heading of the same or a higher level."""

    heading: Heading
    start: int        #: heading start
    body_start: int   #: first offset after the heading title
    end: int          #: end offset (exclusive)


#: the value of every heading number as markers usually write it (一 … 九十九, 1 … 99), which
#: :func:`cn_to_int` gives for the rest (一十一, 两, 05)
_NUMBER_VALUES = {text: cn_to_int(text) for n in range(1, 100) for text in (int_to_cn(n), str(n))}


def _parse_marker(line: str) -> Optional[tuple[MarkerStyle, str, int, int, int]]:
    """Return (style, marker, number, marker_start, marker_end) for a heading-like line."""
    m = MARKER_RE.match(line)
    if not m:
        return None
    # the alternative that matched: its group is the outermost, so the last one to close
    kind = m.lastgroup
    mstart = m.end("indent")
    mend = m.end()
    if kind == "paren":
        raw, opening, closing = m.group("pnum", "open", "close")
        style = _PAREN_STYLES[raw.isdigit(), opening == "（" and closing == "）"]
    elif kind == "close_only":
        raw = m.group("conum")
        style = _CLOSE_STYLES[raw.isdigit()]
    elif kind == "cn":
        raw, separator = m.group("cnum", "csep")
        style = _CN_STYLES[separator == "、"]
        if _NUMBER_LIST_RE.match(line, mend):
            return None
    elif kind == "part":
        raw = m.group("partnum")
        style = MarkerStyle.CN_PART
        rest = line[mend:]
        if not (rest[:1] and rest[:1] in _PART_SEPARATORS) and (
                len(line) > 40 or "。" in line or rest.startswith(_PART_PROSE_STARTS)):
            return None
        number = _NUMBER_VALUES.get(raw) or cn_to_int(raw)
        if not number or not rest.strip(_PART_SEPARATORS):
            return None
        return style, line[mstart:mend], number, mstart, mend
    elif kind == "enc":
        ch = m.group("enc")
        if ch in _ENCLOSED_CN:
            style, number = _ENCLOSED_STYLES[True], _ENCLOSED_CN.index(ch) + 1
        else:
            style, number = _ENCLOSED_STYLES[False], _ENCLOSED_AR.index(ch) + 1
        if not line[mend:].strip():
            return None
        return style, ch, number, mstart, mend
    else:
        raw, separator = m.group("anum", "asep")
        style = _AR_STYLES[separator == "、"]
    if line[mend:mend + 1] and line[mend:mend + 1] in _EXTRA_PUNCT:
        mend += 1  # （一）、 1.、: a stray mark after the marker belongs to it (see Heading.extra_punct)
    number = _NUMBER_VALUES.get(raw) or cn_to_int(raw)
    if number is None or number == 0:
        return None
    # "一、" followed by nothing is not a heading; neither is "十九届" style prose caught by a
    # separator-less match (the regex requires a separator), nor "1.5万" (excluded above).
    if not line[mend:].strip():
        return None
    return style, line[mstart:mend].strip(), number, mstart, mend


# the styles _parse_marker picks, by what it tests (a table lookup costs less than a member
# lookup on the class, MarkerStyle.CN_PAREN, a descriptor call)
#: by (number is Arabic, both brackets full-width)
_PAREN_STYLES = {(True, True): MarkerStyle.AR_PAREN, (True, False): MarkerStyle.AR_PAREN_HALF,
                 (False, True): MarkerStyle.CN_PAREN, (False, False): MarkerStyle.CN_PAREN_HALF}
#: by number is Arabic
_CLOSE_STYLES = {True: MarkerStyle.AR_CLOSE, False: MarkerStyle.CN_CLOSE}
#: by separator is 、
_CN_STYLES = {True: MarkerStyle.CN_DUN, False: MarkerStyle.CN_OTHER}
_AR_STYLES = {True: MarkerStyle.AR_DUN, False: MarkerStyle.AR_DOT}
#: by character is an enclosed Chinese numeral
_ENCLOSED_STYLES = {True: MarkerStyle.CN_ENCLOSED, False: MarkerStyle.AR_ENCLOSED}


#: a marker right after a sentence end inside a line: a heading merged into the paragraph before it
#: (the sentence end is matched, not looked behind for, so that re can scan for it in C; it never
#: overlaps the previous match, which ends with ） or 、)
_EMBEDDED_RE = recache.compile(
    rf"[。；！？](?P<space>[ \t\u3000]*)(?:[（(]{_WS}(?P<pnum>{_CN}|\d{{1,2}}){_WS}[）)]|(?P<cnum>{_CN})、)")


def parse_headings(lines: Sequence[str], line_starts: Sequence[int], first_line: int = 0,
                   embedded: bool = True) -> tuple[Heading, ...]:
    """Parse the heading tree from ``lines`` (starting at ``first_line``, after the title).

    With ``embedded`` (the default), a marker in the middle of a paragraph right after a sentence
    end (``……完成。（三）加强监督。……``) is a heading too when it supplies a number missing from
    its sibling sequence: two paragraphs were merged.  Such headings have ``embedded=True``.
    """
    candidates, body_end = _candidates(lines, first_line)
    headings = _build(candidates, line_starts)
    if not embedded or not headings:
        return headings
    splits = _merged_markers(lines[:body_end], line_starts, first_line, headings)
    if not splits:
        return headings
    # the second pass: the split lines read piece by piece, the other lines' markers as before
    candidates = [c for c in candidates if c[0] not in splits]
    for ln, cols in splits.items():
        full = lines[ln]
        bounds = [0, *cols, len(full)]
        candidates.extend(_marker_candidates(ln, [(a, full[a:b]) for a, b in itertools.pairwise(bounds)]))
    candidates.sort(key=_line_and_column)
    return _build(candidates, line_starts)


#: a marker candidate: (line, column of its piece of the line, the piece, what _parse_marker read)
_Candidate = tuple[int, int, str, tuple[MarkerStyle, str, int, int, int]]


def _line_and_column(candidate: _Candidate) -> tuple[int, int]:
    return candidate[0], candidate[1]


#: the attachment note after the body (GB/T 9704 §7.3.5: 附件：1.…  2.…; 附件1): the numbered
#: list after it, and the attachments themselves, are not headings of the report
_ATTACHMENT_RE = recache.compile(rf"{_WS}附{_WS}件?{_WS}(?:\d{{1,2}}|[{CN_NUMERAL_CHARS}]{{1,3}})?{_WS}(?:[：:]|$)")


#: the end of an entry of a table of contents: a leader (a tab, dots, a dotted line) and the page
#: number (一、主要举措和成效……………3, 二、…\t5); the entries repeat the headings, they are none
_TOC_ENTRY_RE = recache.compile(r"(?:\t[ \t]*|[ \t\u3000]*[.．·…‥⋯][.．·…‥⋯ ]{2,}[ \t\u3000]*)\d{1,3}[ \t\u3000]*$")


def is_toc_entry(line: str) -> bool:
    """True for a line of a table of contents copied as text: a leader and a page number at its end."""
    # nearly every line ends otherwise (。, a word): only those ending in a digit are searched
    return line.rstrip(" \t\u3000")[-1:].isdigit() and _TOC_ENTRY_RE.search(line) is not None


def attachment_note_line(lines: Sequence[str], after: int) -> Optional[int]:
    """The line of the attachment note (附件：…, 附件1) at or after line ``after``, or None.

    Called with the line after the last heading: the note ends the body, so the last section
    ends before it (the attachments and their numbered lists belong to no part of the report).
    """
    for ln in range(after, len(lines)):
        if _attachment_note(lines[ln]):
            return ln
    return None


def _attachment_note(text: str) -> bool:
    """True for the line that starts the attachment note or an attachment (附件： / 附件1 / 附：)."""
    return "附" in text[:6] and _ATTACHMENT_RE.match(text) is not None


def _candidates(lines: Sequence[str], first_line: int) -> tuple[list[_Candidate], int]:
    """The heading markers of ``lines[first_line:]``, each line read whole, up to an attachment note,
    and the line where the body ends (the note's, or ``len(lines)``).

    The note ends the body only after a heading: a scraped 附件 line above the body does not.
    """
    out = []
    for ln in range(first_line, len(lines)):
        text = lines[ln]
        parsed = _parse_marker(text)
        if parsed is not None and not is_toc_entry(text):
            out.append((ln, 0, text, parsed))
        elif out and _attachment_note(text):
            return out, ln
    return out, len(lines)


def _marker_candidates(ln: int, pieces: Sequence[tuple[int, str]]) -> Iterator[_Candidate]:
    """The heading markers of the pieces (column, text) of line ``ln``."""
    for col, text in pieces:
        parsed = _parse_marker(text)
        if parsed is not None:
            yield ln, col, text, parsed


def _build(candidates: Sequence[_Candidate], line_starts: Sequence[int]) -> tuple[Heading, ...]:
    """The headings of the marker candidates (in text order): levels, parents and titles."""
    markers = [c[3] for c in candidates]
    headings: list[Heading] = []
    #: the open headings, outermost first: the new heading's ancestors, then those it closes
    #: (their levels increase, so a list says what a dict by level would, with less bookkeeping)
    open_: list[Heading] = []
    for k, (ln, col, text, parsed) in enumerate(candidates):
        style, marker, number, mstart, mend = parsed
        level = _infer_level(style, number, open_, markers[k + 1] if k + 1 < len(markers) else None)
        if level == 2 and _level_one_in_disguise(style, number, open_, markers, k + 1):
            level = 1
        elif open_ and open_[-1].level > level == _NOMINAL[style] and level > 1:
            _relevel_slip(headings, level, number)
        while open_ and open_[-1].level >= level:
            open_.pop()
        title_text = text[mend:]
        # a part's marker is followed by a blank or a separator (第一部分：…), the others' end with theirs
        stripped = title_text.lstrip(_PART_SEPARATORS if style is MarkerStyle.CN_PART else _BLANK_CHARS)
        repeated = ""
        again = _parse_marker(stripped) if style is not MarkerStyle.CN_PART else None
        if again is not None and again[0] is style and again[3] == 0:
            repeated = again[1]  # 三、三、存在的不足: the title starts after the second marker
            stripped = stripped[again[4]:].lstrip(_BLANK_CHARS)
        title_col = mend + len(title_text) - len(stripped)
        cut = stripped.find("。")
        if cut >= 0:  # the title ends at its 。, body text may follow ("（一）标题。正文")
            title, title_end, run_in = stripped[:cut], title_col + cut + 1, stripped[cut + 1:].strip() != ""
        else:
            title = stripped.rstrip()
            title_end, run_in = title_col + len(title), False
        base = line_starts[ln] + col
        # positional: this runs for every heading, and keyword arguments cost twice as much
        h = Heading(len(headings), ln, base + mstart, base + mend, base + title_end,  # index, line, offsets
                    marker, style, number, level, title.strip(),
                    open_[-1].index if open_ else None, run_in, col > 0, repeated)  # parent, run_in, embedded
        headings.append(h)
        open_.append(h)
    return tuple(headings)


def _level_one_in_disguise(style: MarkerStyle, number: int, open_: Sequence[Heading],
                           markers: Sequence[tuple], following: int) -> bool:
    """True for ``（三）`` written where ``三、`` belongs: 一、 二、 （三） 四、.

    The open level-1 heading has the number before it and no sub-headings yet, and the next
    level-1 marker (of ``markers[following:]``) carries the number after it, with no （四） in between.
    """
    if number < 2 or style not in _CN_LEVEL_TWO:
        return False
    if len(open_) != 1 or open_[0].level != 1 or open_[0].number != number - 1:
        return False
    for f_style, _marker, f_number, _s, _e in itertools.islice(markers, following, None):
        if _NOMINAL[f_style] == 1:
            return f_number == number + 1
        if f_style in _CN_LEVEL_TWO:
            return False
    return False


def _merged_markers(lines: Sequence[str], line_starts: Sequence[int], first_line: int,
                    headings: tuple[Heading, ...]) -> dict[int, list[int]]:
    """Columns of mid-paragraph markers that supply a missing number of their sibling sequence.

    A marker counts when its number fills a gap (（一）（二）…（四） with ``（三）`` inside the
    paragraph of （二）), or when it is the only such marker on its line, comes after the last
    sibling, continues the sequence by one and is followed by a short heading-like phrase.
    """
    found: list[tuple[int, int, int, int]] = []  # (line, column, level, number)
    per_line: dict[tuple[int, int], int] = {}
    for ln, col, m in _embedded_markers(lines, first_line):
        raw = m.group("pnum") or m.group("cnum")
        number = cn_to_int(raw)
        if not number:
            continue
        level = 1 if m.group("cnum") else (4 if raw.isdigit() else 2)
        found.append((ln, col, level, number))
        per_line[(ln, level)] = per_line.get((ln, level), 0) + 1
    if not found:
        return {}
    splits: dict[int, list[int]] = {}
    for ln, col, level, number in found:
        pos = line_starts[ln] + col
        parent = _parent_at(headings, pos, level)
        sibs = [h for h in headings if h.level == level and h.parent == parent]
        numbers = {h.number for h in sibs}
        if not sibs or number in numbers:
            continue
        fills_gap = any(n > number for n in numbers) and (number == 1 or number - 1 in numbers)
        if fills_gap and (level != 1 or _heading_like(lines[ln][col:])):
            splits.setdefault(ln, []).append(col)
        elif per_line[(ln, level)] == 1 and number == max(numbers) + 1 and pos > sibs[-1].start \
                and _heading_like(lines[ln][col:]):
            splits.setdefault(ln, []).append(col)
    return splits


def _embedded_markers(lines: Sequence[str], first_line: int) -> Iterator[tuple[int, int, "re.Match[str]"]]:
    """(line, column of the marker, match) of every :data:`_EMBEDDED_RE` match in ``lines[first_line:]``."""
    # one scan of the body rather than one per line: no match spans a line break, and matches
    # are rare, so finding their line and column afterwards costs little
    body = "\n".join(lines[first_line:])
    for m in _EMBEDDED_RE.finditer(body):
        line_start = body.rfind("\n", 0, m.start()) + 1
        yield first_line + body.count("\n", 0, line_start), m.end("space") - line_start, m


def _parent_at(headings: tuple[Heading, ...], pos: int, level: int) -> Optional[int]:
    """Index of the heading a new heading of ``level`` at offset ``pos`` would sit under."""
    current: Optional[Heading] = None
    for h in headings:
        if h.start > pos:
            break
        current = h
    while current is not None and current.level >= level:
        current = headings[current.parent] if current.parent is not None else None
    return current.index if current is not None else None


def _heading_like(text: str) -> bool:
    """True when ``text`` (starting at a marker) reads as a heading: a short phrase, then 。 or the end."""
    m = MARKER_RE.match(text)
    rest = text[m.end():] if m else text
    cut = min((i for i in (rest.find("。"), rest.find("；")) if i >= 0), default=len(rest.rstrip()))
    return 2 <= cut <= 30


def _infer_level(style: MarkerStyle, number: int, open_: Sequence[Heading],
                 following: Optional[tuple] = None) -> int:
    """Decide the tree level of a new heading from its style and the open sequences (outermost first).

    ``following`` is what :func:`_parse_marker` read for the next heading, if any.
    """
    nominal = _NOMINAL[style]
    if number > 1:
        # continuing the sequence of its own nominal level
        for same in open_:
            if same.level == nominal:
                if same.number == number - 1:
                    return nominal
                if same.style is style and same.number < number and style in _CANONICAL and not (
                        following is not None and following[2] == number + 1 and following[0] is not style):
                    # a gap in its own sequence (一、 … 三、), whatever "2." is open below; unless
                    # the next heading goes on from it in another style (1. 2. 三、 4.: 三、 is "3.")
                    return nominal
                break
        # continuing another open sequence in the wrong style: "（3）" after "（二）"
        # (only between markers of the same shape: bracketed with bracketed, 、/. with 、/.; a
        # marker with only its closing bracket, "二）", has both shapes: it continues either, of
        # the same numerals, Chinese or Arabic)
        bracketed = style in _BRACKETED
        close_only = style in _CLOSE_ONLY
        chinese = style in _CHINESE_NUMERAL
        for k, prev in enumerate(reversed(open_)):
            if prev.number == number - 1 and (
                    (prev.style in _CHINESE_NUMERAL) == chinese if close_only
                    else (prev.style in _BRACKETED) == bracketed) \
                    and (prev.style is MarkerStyle.CN_PART) == (style is MarkerStyle.CN_PART):
                if _skipped_first(prev, open_[-k - 2] if k + 1 < len(open_) else None, style):
                    return nominal
                return prev.level
    if style in _AT_NOMINAL_LEVEL:
        return nominal
    # non-standard markers (1、 1） 一）) take the next level below the open context
    deepest = open_[-1].level if open_ else 0
    return min(4, deepest + 1)


def _skipped_first(prev: Heading, parent: Optional[Heading], style: MarkerStyle) -> bool:
    """True when ``prev`` skipped a level under ``parent`` and the next marker, of the standard style of
    the level it skipped to, goes on from its number: 一、 （1） （二） （三）: the （1） is the slip, a
    miswritten （一）, not the （二） and （三） after it."""
    if style not in _CANONICAL or prev.style is style or parent is None or parent.level < 1:
        return False
    return prev.level > _NOMINAL[style] == parent.level + 1


def _relevel_slip(headings: list[Heading], level: int, number: int) -> None:
    """Give the last heading the ``level`` of its successor when :func:`_skipped_first` took that
    successor as the sequence it belongs to (the last heading has no sub-headings)."""
    last = headings[-1] if headings else None
    if last is not None and last.number == number - 1 and last.level > level and last.parent is not None \
            and headings[last.parent].level == level - 1:
        headings[-1] = replace(last, level=level)


def build_sections(headings: Sequence[Heading], text_length: int) -> tuple[Section, ...]:
    """Build one section per heading, ending where a heading of the same or higher level starts."""
    ends = [text_length] * len(headings)
    #: positions of the headings whose section is still open, outermost first (their levels increase)
    open_: list[int] = []
    for i, h in enumerate(headings):
        while open_ and headings[open_[-1]].level >= h.level:
            ends[open_.pop()] = h.start
        open_.append(i)
    return tuple([Section(h, h.start, h.end, end) for h, end in zip(headings, ends)])  # heading, start, body_start, end
