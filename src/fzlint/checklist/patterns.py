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
neighbours (any year when the report's year is unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Optional, Sequence

from .. import recache
from ..textutil import longest_first, sentence_bounds

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_PLACEHOLDER = recache.compile(r"\{(year|next_year|prev_year)\}")
#: filler that replaces masked text (same length, matches no pattern a checklist would use)
MASK_CHAR = "\ufffc"
ANY_YEAR = r"(?:19|20)\d{2}"


def expand(pattern: str, year: Optional[int]) -> str:
    """Replace the year placeholders of ``pattern`` for a report of ``year``."""
    if "{" not in pattern:
        return pattern

    def repl(m: "re.Match[str]") -> str:
        if year is None:
            return ANY_YEAR
        return str({"year": year, "next_year": year + 1, "prev_year": year - 1}[m.group(1)])

    return _PLACEHOLDER.sub(repl, pattern)


@lru_cache(maxsize=4096)
def compiled(pattern: str, year: Optional[int] = None) -> "re.Pattern[str]":
    """The compiled regex for ``pattern`` with its placeholders expanded (cached)."""
    return recache.compile(expand(pattern, year))


def check_regex(pattern: str) -> Optional[str]:
    """Return an error description when ``pattern`` is not a valid regex, else None."""
    try:
        recache.compile(expand(pattern, 2024))
    except re.error as exc:
        return f"invalid regular expression {pattern!r}: {exc}"
    if recache.compile(expand(pattern, 2024)).fullmatch(""):
        return f"regular expression {pattern!r} matches the empty string"
    return None


def masked(text: str, masks: Sequence[str], year: Optional[int]) -> str:
    """``text`` with every match of ``masks`` replaced by filler of the same length."""
    if not masks:
        return text
    chars = list(text)
    for pat in masks:
        for m in compiled(pat, year).finditer(text):
            for i in range(m.start(), m.end()):
                chars[i] = MASK_CHAR
    return "".join(chars)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class Matcher:
    """Any of several phrasings, with sentence-level conditions (see the module docstring)."""

    patterns: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    with_: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    mask: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the matcher has nothing to look for."""
        return not (self.patterns or self.keywords or self.words)

    def find(self, document: "Document", start: int, end: int,
             year: Optional[int] = None) -> list[tuple[int, int]]:
        """Absolute (start, end) spans of the hits in ``document.text[start:end]``, in order."""
        if self.empty or end <= start:
            return []
        text = document.text
        seg = masked(text[start:end], self.mask, year)
        cands: list[tuple[int, int]] = []
        for pat in self.patterns:
            for m in compiled(pat, year).finditer(seg):
                if m.end() > m.start():
                    cands.append((start + m.start(), start + m.end()))
        for kw in self.keywords:
            cands.extend(_literal(seg, kw, start))
        for word in self.words:
            for s, e in _literal(seg, word, start):
                if _on_token_boundaries(document, s, e):
                    cands.append((s, e))
        if not cands:
            return []
        cands.sort()
        out: list[tuple[int, int]] = []
        for span in cands:
            if out and _overlaps(out[-1], span):
                continue
            if (self.exclude or self.with_) and not self._sentence_ok(document, span, start, end, year):
                continue
            out.append(span)
        return out

    def _sentence_ok(self, document: "Document", span: tuple[int, int], lo: int, hi: int,
                     year: Optional[int]) -> bool:
        s, e = sentence_bounds(document.text, span[0])
        s, e = max(s, lo), min(max(e, span[1]), hi)
        sentence = masked(document.text[s:e], self.mask, year)
        for pat in self.exclude:
            for m in compiled(pat, year).finditer(sentence):
                if _overlaps((s + m.start(), s + m.end()), span):
                    return False
        if self.with_:
            return any(compiled(pat, year).search(sentence) for pat in self.with_)
        return True


def _literal(seg: str, needle: str, base: int) -> Iterator[tuple[int, int]]:
    i = seg.find(needle)
    while i >= 0:
        yield base + i, base + i + len(needle)
        i = seg.find(needle, i + 1)


def _on_token_boundaries(document: "Document", start: int, end: int) -> bool:
    """True when ``start`` begins a jieba token and ``end`` ends one (segmenting one sentence)."""
    tokens = document.sentence_tokens(start)
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    return start in starts and end in ends


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
    arabic = rf"(?<![\d.])\d+(?:\.\d+)?\s*(?:[万千百])?\s*(?:余|多)?\s*(?:{alt})"
    if not cn:
        return recache.compile(arabic)
    chinese = (r"(?<![第一二两三四五六七八九十百千万零〇])"
               r"(?:[二两三四五六七八九十百千][一二三四五六七八九十百千万零〇]*|一[十百千万][一二三四五六七八九十零〇]*)"
               rf"(?:余|多)?(?:{cn})(?!性)")
    return recache.compile(f"{arabic}|{chinese}")


# -- sentences --------------------------------------------------------------------------------

_SPLIT = recache.compile(r"[。；;！？!?：:\n]")


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, terminator) of the sentences of ``text[start:end]`` (split at 。；：！？ and lines)."""
    i = start
    for m in _SPLIT.finditer(text, start, end):
        j = m.start()
        if text[i:j].strip(" \t\u3000\u00a0"):
            yield i, j, m.group()
        i = m.end()
    if text[i:end].strip(" \t\u3000\u00a0"):
        yield i, end, ""


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
