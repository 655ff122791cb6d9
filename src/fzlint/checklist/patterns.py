"""Text matching for checklist items: regexes, literal keywords, jieba-bounded words, year placeholders.

A :class:`Matcher` is the declarative "any of these phrasings" of a checklist item::

    match:
      patterns: ["原因(主要)?(是|在于)", "究其原因"]   # regular expressions
      keywords: ["根源"]                              # literal substrings
      words: ["述法"]                                 # literal words on jieba token boundaries
      with: ["履行|落实"]                             # the same sentence must also match one of these
      exclude: ["安全生产[^。；]{0,6}第一责任人"]       # a hit overlapping one of these does not count
      mask: ["《[^》]*》"]                            # blanked before matching (cited document names)

Patterns may use ``{year}``, ``{next_year}`` and ``{prev_year}``: the report year and its
neighbours, in Arabic or Chinese numerals (2025 or 二〇二五; any year when the report's year is
unknown).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterator, Optional, Sequence

from .. import recache
from ..records import field, record
from ..textutil import SENTENCE_END, longest_first, sentence_bounds

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_PLACEHOLDER = recache.compile(r"\{(year|next_year|prev_year)\}")
#: filler that replaces masked text (same length, matches no pattern a checklist would use)
MASK_CHAR = "\ufffc"
ANY_YEAR = r"(?:19|20)\d{2}"


#: the Chinese numerals of the digits of a year (二〇二五年; 〇 is also written ○ or 零)
_CN_YEAR_DIGITS = ("[〇○零]", "一", "二", "三", "四", "五", "六", "七", "八", "九")


def year_pattern(year: int) -> str:
    """A regex for ``year`` written in Arabic or in Chinese numerals: ``(?:2025|二[〇○零]二五)``."""
    return f"(?:{year}|{''.join(_CN_YEAR_DIGITS[int(d)] for d in str(year))})"


def expand(pattern: str, year: Optional[int]) -> str:
    """Replace the year placeholders of ``pattern`` for a report of ``year``."""
    if "{" not in pattern:
        return pattern

    def repl(m: "re.Match[str]") -> str:
        if year is None:
            return ANY_YEAR
        return year_pattern({"year": year, "next_year": year + 1, "prev_year": year - 1}[m.group(1)])

    return _PLACEHOLDER.sub(repl, pattern)


@lru_cache(maxsize=4096)
def compiled(pattern: str, year: Optional[int] = None) -> "re.Pattern[str]":
    """The compiled regex for ``pattern`` with its placeholders expanded (cached)."""
    return recache.compile(expand(pattern, year), search=True)


def check_regex(pattern: str) -> Optional[str]:
    """Return an error description when ``pattern`` is not a valid regex, else None."""
    source = expand(pattern, 2024)
    # a pattern an earlier process compiled is valid, and known to match the empty text or not: a
    # checklist's few hundred patterns are checked without building one (most never run)
    known = recache.facts(source)
    if known is None:
        try:
            empty = recache.compile(source).fullmatch("") is not None
        except re.error as exc:
            return f"invalid regular expression {pattern!r}: {exc}"
    else:
        empty = known[3]
    if empty:
        return f"regular expression {pattern!r} matches the empty string"
    return None


#: a compiled regex and the literal every one of its matches contains (None when none is known)
Scanner = tuple["re.Pattern[str]", Optional[str]]


@lru_cache(maxsize=4096)
def scanner(pattern: str, year: Optional[int] = None) -> Scanner:
    """:func:`compiled` with its required literal: when the literal is not in a text, the regex
    has no match there, and ``literal in text`` costs far less than running the regex."""
    rx = compiled(pattern, year)
    return rx, recache.required_literal(rx)


def scanners(patterns: Sequence[str], year: Optional[int]) -> tuple[Scanner, ...]:
    """The scanners of ``patterns``, in order."""
    return _scanners(tuple(patterns), year)


@lru_cache(maxsize=1024)
def _scanners(patterns: tuple[str, ...], year: Optional[int]) -> tuple[Scanner, ...]:
    return tuple(scanner(p, year) for p in patterns)


def has_match(regexes: Sequence[Scanner], text: str) -> bool:
    """``any(rx.search(text) for rx in regexes)``, skipping regexes whose literal is absent."""
    for rx, literal in regexes:
        if (literal is None or literal in text) and rx.search(text) is not None:
            return True
    return False


def apply_masks(masks: Sequence[Scanner], text: str) -> str:
    """``text`` with every match of ``masks`` replaced by filler of the same length.

    Every mask is matched against the original text, so masks never hide each other's matches.
    """
    spans: list[tuple[int, int]] = []
    for rx, literal in masks:
        if literal is None or literal in text:
            spans.extend(m.span() for m in rx.finditer(text))
    if not spans:
        return text  # the usual case: no copy
    # the text between the (merged) spans is copied in slices, not character by character
    spans.sort()
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        if e <= pos:
            continue  # within what is masked already
        s = max(s, pos)
        parts += (text[pos:s], MASK_CHAR * (e - s))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def masked(text: str, masks: Sequence[str], year: Optional[int]) -> str:
    """``text`` with every match of ``masks`` replaced by filler of the same length."""
    return apply_masks(scanners(masks, year), text) if masks else text


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _CompiledMatcher:
    """A :class:`Matcher`'s regexes compiled for one report year."""

    __slots__ = ("patterns", "keywords", "with_", "exclude", "mask")

    def __init__(self, m: "Matcher", year: Optional[int]) -> None:
        self.patterns = scanners(m.patterns, year)
        self.keywords = m.keywords
        self.with_ = scanners(m.with_, year)
        self.exclude = scanners(m.exclude, year)
        self.mask = scanners(m.mask, year)

    def pattern_or_keyword_in(self, seg: str) -> bool:
        """True when a pattern has a non-empty match in ``seg`` or a keyword occurs there."""
        if not seg:
            return False  # as Matcher.find: an empty span has no hits
        for rx, literal in self.patterns:
            if literal is None or literal in seg:
                m = rx.search(seg)  # (the usual outcomes without a call of _nonempty_match)
                if m is not None and (m.end() > m.start() or _nonempty_match(rx, seg)):
                    return True
        for kw in self.keywords:
            if kw in seg:
                return True
        return False


def _nonempty_match(rx: "re.Pattern[str]", text: str) -> bool:
    """True when ``rx.finditer(text)`` yields a non-empty match."""
    m = rx.search(text)
    if m is None:
        return False
    return m.end() > m.start() or any(x.end() > x.start() for x in rx.finditer(text))


@record(frozen=True)
class Matcher:
    """Any of several phrasings, with sentence-level conditions (see the module docstring)."""

    patterns: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    with_: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    mask: tuple[str, ...] = ()
    #: the compiled regexes by report year, filled on first use (not part of the value)
    _by_year: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def empty(self) -> bool:
        """True when the matcher has nothing to look for."""
        return not (self.patterns or self.keywords or self.words)

    def _compiled(self, year: Optional[int]) -> _CompiledMatcher:
        c = self._by_year.get(year)
        if c is None:
            c = self._by_year[year] = _CompiledMatcher(self, year)
        return c

    def masked(self, text: str, year: Optional[int] = None) -> str:
        """``text`` with this matcher's masks applied (what its patterns are matched against)."""
        return apply_masks(self._compiled(year).mask, text)

    def masked_texts(self, texts: Sequence[str], year: Optional[int] = None) -> list[str]:
        """:meth:`masked` of each of ``texts``."""
        masks = self._compiled(year).mask
        if masks:
            # a mask whose literal is in none of the texts masks nothing: one test for them all
            joined = "\n".join(texts)
            masks = tuple(x for x in masks if x[1] is None or x[1] in joined)
        if not masks:
            return list(texts)
        return [apply_masks(masks, t) for t in texts]

    def find(self, document: "Document", start: int, end: int, year: Optional[int] = None, *,
             seg: Optional[str] = None) -> list[tuple[int, int]]:
        """Absolute (start, end) spans of the hits in ``document.text[start:end]``, in order.

        ``seg`` is ``self.masked(document.text[start:end], year)`` when the caller has it already.
        """
        if self.empty or end <= start:
            return []
        c = self._compiled(year)
        if seg is None:
            seg = apply_masks(c.mask, document.text[start:end])
        cands: list[tuple[int, int]] = []
        for rx, literal in c.patterns:
            if literal is not None and literal not in seg:
                continue
            for m in rx.finditer(seg):
                s, e = m.span()
                if e > s:
                    cands.append((start + s, start + e))
        for kw in self.keywords:
            if kw in seg:
                cands.extend(_literal(seg, kw, start))
        for word in self.words:
            if word in seg:
                cands.extend(span for span in _literal(seg, word, start)
                             if _on_token_boundaries(document, *span))
        if not cands:
            return []
        cands.sort()
        # an exclusion whose literal is nowhere in the span applies to none of its sentences:
        # without any, the hits need no sentence of their own
        exclude = [x for x in c.exclude if _may_occur(document.text, x[1], start, end)]
        check_sentence = bool(exclude or c.with_)
        out: list[tuple[int, int]] = []
        for span in cands:
            if out and _overlaps(out[-1], span):
                continue
            if check_sentence and not self._sentence_ok(document, span, start, end, c, exclude):
                continue
            out.append(span)
        return out

    def text_test(self, year: Optional[int] = None) -> Optional[Callable[[str], bool]]:
        """For a matcher that needs nothing but the text (no ``words``, ``with`` or ``exclude``): a
        function saying whether it finds something in an already masked text; else None."""
        if self.words or self.with_ or self.exclude:
            return None
        return self._compiled(year).pattern_or_keyword_in

    def matches(self, document: "Document", start: int, end: int, year: Optional[int] = None, *,
                seg: Optional[str] = None) -> bool:
        """``bool(self.find(...))``, but stops at the first hit (selectors only ask whether one exists)."""
        if self.exclude or self.with_:
            return bool(self.find(document, start, end, year, seg=seg))
        if self.empty or end <= start:
            return False
        # without sentence conditions every candidate span is kept, so any candidate is a hit
        c = self._compiled(year)
        if seg is None:
            seg = apply_masks(c.mask, document.text[start:end])
        if c.pattern_or_keyword_in(seg):
            return True
        return any(_on_token_boundaries(document, *span)
                   for word in self.words if word in seg for span in _literal(seg, word, start))

    def _sentence_ok(self, document: "Document", span: tuple[int, int], lo: int, hi: int,
                     c: _CompiledMatcher, exclude: Sequence[Scanner]) -> bool:
        s, e = sentence_bounds(document.text, span[0])
        s, e = max(s, lo), min(max(e, span[1]), hi)
        sentence = apply_masks(c.mask, document.text[s:e])
        for rx, literal in exclude:
            if literal is not None and literal not in sentence:
                continue
            for m in rx.finditer(sentence):
                if _overlaps((s + m.start(), s + m.end()), span):
                    return False
        if c.with_:
            return has_match(c.with_, sentence)
        return True


def _may_occur(text: str, literal: Optional[str], start: int, end: int) -> bool:
    """False when ``literal`` is absent from ``text[start:end]``, hence from every masked part of it
    (masking only puts :data:`MASK_CHAR` in place of characters)."""
    return literal is None or MASK_CHAR in literal or text.find(literal, start, end) >= 0


def _literal(seg: str, needle: str, base: int) -> Iterator[tuple[int, int]]:
    i = seg.find(needle)
    while i >= 0:
        yield base + i, base + i + len(needle)
        i = seg.find(needle, i + 1)


#: what ends a sentence for :func:`~fzlint.textutil.sentence_bounds` (its default breaks)
_SENTENCE_BREAKS = SENTENCE_END + "\n"


def _on_token_boundaries(document: "Document", start: int, end: int) -> bool:
    """True when ``start`` begins a jieba token and ``end`` ends one (in the sentence of ``start``)."""
    # the sentence of ``start`` ends before ``end`` (a break lies before ``end - 1``, which is
    # what comparing their sentence_bounds tells, without walking both sentences): no token of it ends there
    if end <= start or any(ch in _SENTENCE_BREAKS for ch in document.text[start:end - 1]):
        return False
    first, last = document.token_at(start), document.token_at(end - 1)
    return first is not None and last is not None and first.start == start and last.end == end


# -- quantities -------------------------------------------------------------------------------

DEFAULT_UNITS = ("人次", "场次", "万元", "课时", "学时", "小时", "次", "件", "份", "人", "名", "个",
                 "场", "期", "项", "起", "条", "家", "户", "篇", "册", "批", "所", "元", "天", "%", "％")
#: units counted after a Chinese numeral (一 alone is too often a determiner: 一项工作, 一次性)
CN_UNITS = ("人次", "场次", "次", "场", "期", "件", "名", "人", "起", "份", "批", "篇")


@lru_cache(maxsize=64)
def quantity_regex(units: tuple[str, ...]) -> "re.Pattern[str]":
    """A regex for a number followed by one of ``units`` (Arabic, or Chinese for countable units)."""
    alt = "|".join(re.escape(u) for u in longest_first(units))
    cn = "|".join(re.escape(u) for u in longest_first(set(units) & set(CN_UNITS)))
    # The first character of a match is consumed by a plain class, which the regex engine skips
    # to at C speed (a pattern that starts with a lookahead or a lookbehind is tried at every
    # position of the text); the lookbehinds just after it check what precedes that character,
    # as (?<![\d.])\d+ and (?<![第一…])[二…] would.
    arabic = rf"(?<=\d)(?<![\d.]\d)\d*(?:\.\d+)?\s*(?:[万千百])?\s*(?:余|多)?\s*(?:{alt})"
    if not cn:
        return recache.compile(rf"\d{arabic}")
    chinese = (r"(?<![第一二两三四五六七八九十百千万零〇].)"
               r"(?:(?<=[二两三四五六七八九十百千])[一二三四五六七八九十百千万零〇]*|(?<=一)[十百千万][一二三四五六七八九十零〇]*)"
               rf"(?:余|多)?(?:{cn})(?!性)")
    return recache.compile(rf"[\d一二两三四五六七八九十百千](?:{arabic}|{chinese})")


# -- sentences --------------------------------------------------------------------------------

#: what ends a sentence of :func:`sentence_spans`
SENTENCE_SPLIT = "。；;！？!?：:\n"
#: a sentence of :func:`sentence_spans`: a whole run of characters between two sentence ends with
#: something besides blanks in it (the scan starts where a run starts, so a match spans its run)
_NONBLANK_SENTENCE = recache.compile(f"[^{SENTENCE_SPLIT}]*[^{SENTENCE_SPLIT} \t\u3000\u00a0][^{SENTENCE_SPLIT}]*")


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, terminator) of the sentences of ``text[start:end]`` (split at 。；：！？ and lines),
    without the blank ones; the terminator of the last one is "" when nothing ends it."""
    for m in _NONBLANK_SENTENCE.finditer(text, start, end):
        s, e = m.span()
        yield s, e, text[e] if e < end else ""


# -- enumerated items -------------------------------------------------------------------------

ITEM_MARKER = recache.compile(r"[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                         r"|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[，,、])")


def enumerated_items(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Split ``text[start:end]`` into list items (一是… / （一）… / 1.…), each a list of sentence spans.

    Sentences that open a list (ending in ：) are dropped; text before the first marker is an
    introduction and is dropped too when markers exist.  Without markers every sentence is an item.
    """
    sentences = [(s, e) for s, e, term in sentence_spans(text, start, end) if term not in ("：", ":")]
    marked = [bool(ITEM_MARKER.match(text, s)) for s, _ in sentences]
    if not any(marked):
        return [[span] for span in sentences]
    items: list[list[tuple[int, int]]] = []
    for span, is_start in zip(sentences, marked):
        if is_start:
            items.append([span])
        elif items:
            items[-1].append(span)
    return items


#: the marker of a list's first item (一是, （一）, 1., 一、, 第一，): a list starting again
_FIRST_MARKER = recache.compile(r"[ \t\u3000\u00a0]*(?:一是|[（(][一1][）)]|1[、.．](?!\d)|一[、.．]|第一[，,、])")
#: what may be left of a sentence cut before its cause: a list marker and punctuation only
_NOTHING_LEFT = recache.compile(r"(?:" + ITEM_MARKER.pattern + r")?[\s，,、；;。：:]*")


def first_match_start(regexes: Sequence[Scanner], text: str) -> Optional[int]:
    """Where the earliest match of ``regexes`` in ``text`` starts (None when none matches)."""
    best = None
    for rx, literal in regexes:
        if literal is None or literal in text:
            m = rx.search(text)
            if m is not None and (best is None or m.start() < best):
                best = m.start()
    return best


def problem_items(text: str, start: int, end: int, causes: Sequence[Scanner]) -> list[list[tuple[int, int]]]:
    """:func:`enumerated_items` of a shortcomings part without the text that states their causes.

    An item is cut where a cause is first stated (一是执法力量不足，原因是编制有限 keeps 一是执法力量不足，);
    once a cause is stated, a list that starts again at its first marker (究其原因：一是……二是……), a
    cause sub-heading (（三）原因分析) and, in a part without list markers, every later sentence
    explain the problems: they are dropped.  Without ``causes`` the items are returned unchanged.
    """
    items = enumerated_items(text, start, end)
    if not causes or first_match_start(causes, text[start:end]) is None:
        return items  # (no cause stated at all: nothing to drop)
    out: list[list[tuple[int, int]]] = []
    pending = False  # a cause was just stated
    pos = start
    for item in items:
        first = item[0][0]
        marked = ITEM_MARKER.match(text, first) is not None
        # a list opener stating causes between two items (enumerated_items drops it)
        if first_match_start(causes, text[pos:first]) is not None:
            pending = True
        if pending and (not marked or _FIRST_MARKER.match(text, first)):
            break
        pending = False
        kept: list[tuple[int, int]] = []
        for s, e in item:
            at = first_match_start(causes, text[s:e])
            if at is None:
                kept.append((s, e))
                continue
            if not _NOTHING_LEFT.fullmatch(text, s, s + at):
                kept.append((s, s + at))
            pending = True
            break
        if kept:
            out.append(kept)
        pos = item[-1][1]
    return out
