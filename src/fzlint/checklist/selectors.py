"""Section selectors: which parts of a report an item is about, resolved into regions.

A selector (named under ``sections:`` of a checklist, or written inline in an item)::

    shortcomings:
      heading: ["存在[^，。]{0,8}(不足|问题|差距|短板)", "(问题|不足)(和|与|及)原因"]
      keywords: ["不足之处"]             # literal substrings of the heading title
      exclude: ["改进情况"]               # near-misses: a heading matching one of these is not selected
      level: [1, 2]                       # heading levels allowed (default: any)
      after: measures                     # only sections starting after the first 'measures' section
      before: next-year-plan              # ... or before the first 'next-year-plan' section
      not: [first-responsible-person]     # never a section another selector picked
      min-chars: 30                       # body (without headings) at least this long
      or-sentence:                        # when no heading matches: sentences that report it
        patterns: ["第一责任人"]

A heading match yields the heading's section (heading + body up to the next heading of the same
or a higher level); a sentence match yields that sentence's paragraph.  Nested matches keep the
outermost section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Mapping, Optional, Union

from .patterns import Matcher, compiled, masked

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..structure import Heading

_BLANK = " \t\u3000\u00a0\n"


@dataclass(frozen=True)
class Region:
    """A part of a report: a heading's section, or the paragraph of a matching sentence."""

    start: int
    end: int
    #: what a finding about the region points at: the heading, or the sentence
    anchor_start: int
    anchor_end: int
    heading: Optional["Heading"] = None

    def label(self, document: "Document", limit: int = 30) -> str:
        """A short quote naming the region (its marker and heading title, or its sentence)."""
        h = self.heading
        text = (h.marker + h.title) if h is not None else document.text[self.anchor_start:self.anchor_end]
        text = " ".join(text.split())
        return text if len(text) <= limit else text[:limit] + "…"


@dataclass(frozen=True)
class Selector:
    """A declarative description of a report part (see the module docstring)."""

    heading: Matcher = Matcher()
    #: a heading whose title matches one of these is never selected (near-misses)
    exclude: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    after: Optional[str] = None
    before: Optional[str] = None
    not_: tuple[str, ...] = ()
    min_chars: int = 0
    or_sentence: Optional[Matcher] = None

    def references(self) -> tuple[str, ...]:
        """Names of other selectors this one depends on."""
        return tuple(n for n in (self.after, self.before, *self.not_) if n)


SelectorRef = Union[str, Selector]


class Env:
    """Per-document state shared by the items of a checklist run (resolved selectors, year)."""

    def __init__(self, document: "Document", sections: Mapping[str, Selector]) -> None:
        self.document = document
        self.year: Optional[int] = document.year
        self.sections = sections
        self._cache: dict[str, list[Region]] = {}

    def regions(self, ref: SelectorRef) -> list[Region]:
        """The regions ``ref`` (a selector or the name of one) selects in the document."""
        if isinstance(ref, str):
            if ref not in self._cache:
                self._cache[ref] = []  # guards against reference cycles
                self._cache[ref] = self._resolve(self.sections[ref])
            return self._cache[ref]
        return self._resolve(ref)

    @property
    def level_shift(self) -> int:
        """How far the report's top level lies below 一、 (a report whose parts are （一）（二）… gives 1).

        Selector levels count from the report's top level, so ``level: 1`` means its parts.
        """
        if not hasattr(self, "_level_shift"):
            heads = self.document.headings
            top = [h.level for h in heads if h.parent is None]
            self._level_shift = 0 if not top or any(h.level == 1 for h in heads) else min(top) - 1
        return self._level_shift

    def first_start(self, name: Optional[str]) -> Optional[int]:
        """Start offset of the first region of the named selector (None when absent)."""
        if not name:
            return None
        regs = self.regions(name)
        return regs[0].start if regs else None

    # -- resolution ---------------------------------------------------------------------------

    def _resolve(self, sel: Selector) -> list[Region]:
        doc = self.document
        lo = self.first_start(sel.after)
        hi = self.first_start(sel.before)
        banned: set[int] = set()
        for name in sel.not_:
            banned.update(r.heading.index for r in self.regions(name) if r.heading is not None)
        regions: list[Region] = []
        shift = self.level_shift
        for section in doc.sections:
            h = section.heading
            if sel.levels and h.level - shift not in sel.levels:
                continue
            if h.index in banned:
                continue
            if lo is not None and section.start <= lo:
                continue
            if hi is not None and section.start >= hi:
                continue
            if not sel.heading.empty and not sel.heading.find(doc, *title_span(doc, h), self.year):
                continue
            if sel.exclude and self._excluded(sel, h):
                continue
            region = Region(section.start, section.end, h.start, h.end, h)
            if sel.min_chars and body_length(doc, region) < sel.min_chars:
                continue
            regions.append(region)
        regions = _outermost(regions)
        if not regions and sel.or_sentence is not None:
            regions = self._sentence_regions(sel, lo, hi)
        return regions

    def _excluded(self, sel: Selector, heading: "Heading") -> bool:
        s, e = title_span(self.document, heading)
        title = masked(self.document.text[s:e], sel.heading.mask, self.year)
        return any(compiled(p, self.year).search(title) for p in sel.exclude)

    def _sentence_regions(self, sel: Selector, lo: Optional[int], hi: Optional[int]) -> list[Region]:
        doc = self.document
        assert sel.or_sentence is not None
        out: list[Region] = []
        seen_lines: set[int] = set()
        for s, e in body_spans(doc, doc.line_starts[min(doc.body_start_line, len(doc.lines) - 1)], len(doc.text)):
            for hs, he in sel.or_sentence.find(doc, s, e, self.year):
                if (lo is not None and hs <= lo) or (hi is not None and hs >= hi):
                    continue
                line = doc.position(hs)[0] - 1
                if line in seen_lines:
                    continue
                seen_lines.add(line)
                ls, le = doc.line_span(line)
                ss, se = doc.sentence_at(hs)
                out.append(Region(ls, le, max(ss, ls), min(se, le)))
        return out


def title_span(document: "Document", heading: "Heading") -> tuple[int, int]:
    """The span of a heading's title: no marker, no surrounding blanks, no closing 。 or ：."""
    text = document.text
    s, e = heading.marker_end, heading.end
    while s < e and text[s] in _BLANK:
        s += 1
    while e > s and text[e - 1] in _BLANK + "。：:；;":
        e -= 1
    return s, e


def _outermost(regions: list[Region]) -> list[Region]:
    out: list[Region] = []
    for r in regions:
        if any(o.start <= r.start and r.end <= o.end for o in out):
            continue
        out.append(r)
    return out


def body_spans(document: "Document", start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` without heading markers and titles (the running text)."""
    pos = start
    for h in document.headings:
        if h.end <= start or h.start >= end:
            continue
        if h.start > pos:
            yield pos, h.start
        pos = max(pos, h.end)
    if pos < end:
        yield pos, end


def body_length(document: "Document", region: Region) -> int:
    """Number of non-blank characters of a region's running text."""
    return sum(len(document.text[s:e]) - sum(document.text[s:e].count(c) for c in _BLANK)
               for s, e in body_spans(document, region.start, region.end))
