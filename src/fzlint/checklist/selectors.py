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
      or-paragraph:                       # when no heading matches: paragraphs that report it
        opening: ["还存在[^。；]{0,12}不足"]  # ... by their first sentence, or a list opener (…：) in them
        sentence: ["召开[^。；]{0,20}\\d+次"]  # ... by any of their sentences
        continued-by: ["^一是", "原因"]     # following paragraphs whose first sentence matches belong to it

A heading match yields the heading's section (heading + body up to the next heading of the same
or a higher level); a sentence match yields that sentence's paragraph.  Nested matches keep the
outermost section.  A paragraph of ``or-paragraph`` is never one that a selector named in ``not``
took, and ``after``/``before`` apply to it as to headings.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Optional, Sequence, TypeVar, Union

from ..records import record
from .patterns import Matcher, Scanner, enumerated_items, has_match, problem_items, scanners, sentence_spans

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..structure import Heading

_BLANK = " \t\u3000\u00a0\n"
#: the length from which the text after a heading's marker, with a comma in it, reads as a paragraph
_PARAGRAPH_LIKE = 30
#: what closes a heading title without belonging to it
_TITLE_END = _BLANK + "。：:；;"


@record(frozen=True)
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


@record(frozen=True)
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
    or_paragraph: Optional["ParagraphFallback"] = None

    def references(self) -> tuple[str, ...]:
        """Names of other selectors this one depends on."""
        return tuple(n for n in (self.after, self.before, *self.not_) if n)


@record(frozen=True)
class ParagraphFallback:
    """How a selector finds its part in a report written without headings (``or-paragraph``)."""

    #: the paragraph opens with it: a match in its first sentence, or in a sentence ending in ：
    opening: Matcher = Matcher()
    #: a match in any sentence of the paragraph
    sentence: Matcher = Matcher()
    #: a following paragraph whose first sentence matches one of these continues the part
    continued_by: tuple[str, ...] = ()


SelectorRef = Union[str, Selector]
T = TypeVar("T")


class Env:
    """Per-document state shared by the items of a checklist run (resolved selectors, year)."""

    def __init__(self, document: "Document", sections: Mapping[str, Selector]) -> None:
        self.document = document
        self.year: Optional[int] = document.year
        self.sections = sections
        self._cache: dict[str, list[Region]] = {}
        self._memo: dict[Any, Any] = {}
        self._title_spans: Optional[list[tuple[int, int]]] = None
        self._titles: dict[tuple[str, ...], list[str]] = {}
        self._rows: Optional[list[tuple[int, int, int, int, "Heading"]]] = None

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """A value the items of this run share: computed once per document (``key`` names it)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def title_span(self, heading: "Heading") -> tuple[int, int]:
        """:func:`title_span` of a heading of the document (computed once per heading)."""
        spans = self._title_spans
        if spans is None:
            spans = self._read_titles()
        return spans[heading.index]

    def _read_titles(self) -> list[tuple[int, int]]:
        """The title spans of the headings, and their titles as written (every set of masks starts
        from these), in one pass."""
        text = self.document.text
        spans: list[tuple[int, int]] = []
        plain: list[str] = []
        for h in self.document.headings:
            s, title = _title(text, h)
            spans.append((s, s + len(title)))
            plain.append(title)
        self._title_spans, self._titles[()] = spans, plain
        return spans

    def list_items(self, start: int, end: int) -> list[list[tuple[int, int]]]:
        """:func:`~.patterns.enumerated_items` of ``text[start:end]`` (shared by the items; do not modify)."""
        return self.memo(("list-items", start, end), lambda: enumerated_items(self.document.text, start, end))

    def problem_items(self, start: int, end: int, causes: Sequence[Scanner]) -> list[list[tuple[int, int]]]:
        """:func:`~.patterns.problem_items` of ``text[start:end]`` (shared by the items; do not modify)."""
        if not causes:
            return self.list_items(start, end)
        return self.memo(("problem-items", start, end, tuple(rx.pattern for rx, _ in causes)),
                         lambda: problem_items(self.document.text, start, end, causes))

    def titles(self, matcher: Matcher) -> list[str]:
        """The heading titles masked as ``matcher`` masks them (by heading index; cached per masks)."""
        titles = self._titles.get(matcher.mask)
        if titles is None:
            if self._title_spans is None:
                self._read_titles()
            plain = self._titles[()]
            titles = self._titles[matcher.mask] = matcher.masked_texts(plain, self.year) if matcher.mask else plain
        return titles

    def title_matches(self, heading: "Heading", matcher: Matcher) -> bool:
        """True when ``matcher`` finds something in the title of ``heading``."""
        return matcher.matches(self.document, *self.title_span(heading), self.year,
                               seg=self.titles(matcher)[heading.index])

    def title_test(self, matcher: Matcher) -> Callable[["Heading"], bool]:
        """:meth:`title_matches` for one matcher, as a function of the heading (for loops)."""
        test, keys = self.heading_test(matcher)
        return lambda heading: test(keys[heading.index])

    def heading_test(self, matcher: Matcher) -> tuple[Callable[[Any], bool], Sequence[Any]]:
        """:meth:`title_matches` for one matcher as ``test(keys[heading.index])``: the masked
        titles and a test of the text when the matcher needs nothing else, else the headings and
        :meth:`title_matches` (a loop over the headings then calls no wrapper)."""
        test = matcher.text_test(self.year)
        if test is None:
            return partial(self.title_matches, matcher=matcher), self.document.headings
        return test, self.titles(matcher)

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
            top = min((h.level for h in heads if h.parent is None), default=1)
            # the top headings are the report's level 1: parts (第一部分, level 0) give -1, （一）（二）…
            # give 1, unless 一、 headings are there too (then the deeper top ones are strays)
            self._level_shift = top - 1 if top == 0 or not any(h.level == 1 for h in heads) else 0
        return self._level_shift

    def first_start(self, name: Optional[str]) -> Optional[int]:
        """Start offset of the first region of the named selector (None when absent)."""
        if not name:
            return None
        regs = self.regions(name)
        return regs[0].start if regs else None

    # -- resolution ---------------------------------------------------------------------------

    def _outline(self) -> list[tuple[int, int, int, int, "Heading"]]:
        """(start, end, heading index, heading level, heading) of every section, in order: what
        every selector resolution reads of them, unpacked once per document."""
        rows = self._rows
        if rows is None:
            rows = self._rows = [(s.start, s.end, s.heading.index, s.heading.level, s.heading)
                                 for s in self.document.sections]
        return rows

    def _resolve(self, sel: Selector) -> list[Region]:
        doc = self.document
        lo = self.first_start(sel.after)
        hi = self.first_start(sel.before)
        banned: set[int] = set()
        for name in sel.not_:
            banned.update(r.heading.index for r in self.regions(name) if r.heading is not None)
        # the allowed levels as the parser counts them (selector levels count from the report's top)
        shift = self.level_shift
        levels = {level + shift for level in sel.levels}
        test, keys = self.heading_test(sel.heading) if not sel.heading.empty else (None, ())
        exclude = scanners(sel.exclude, self.year) if sel.exclude else None
        min_chars = sel.min_chars
        regions: list[Region] = []
        last_end = -1
        for start, end, index, level, h in self._outline():
            if hi is not None and start >= hi:
                break  # the sections come in the order of their starts
            # nested matches keep the outermost section: no need to test this one (sections nest or
            # follow each other, so only the last region can hold it)
            if end <= last_end or (lo is not None and start <= lo):
                continue
            if (levels and level not in levels) or index in banned:
                continue
            if test is not None and not test(keys[index]):
                continue
            if exclude is not None and has_match(exclude, self.titles(sel.heading)[index]):
                continue
            region = Region(start, end, h.start, h.end, h)
            if min_chars and body_length(doc, region, min_chars) < min_chars:
                continue
            regions.append(region)
            last_end = end
        if not regions and sel.or_sentence is not None:
            regions = self._sentence_regions(sel, lo, hi)
        if not regions and sel.or_paragraph is not None:
            regions = self._paragraph_regions(sel, sel.or_paragraph, lo, hi)
        return regions

    def paragraphs(self) -> list[tuple[int, int, int]]:
        """(start, end, end of the first sentence) of the body's non-blank lines (its paragraphs).

        A heading's line gives (start, start, start), which ends the paragraphs before it, and
        then its text after the marker only when that reads as a paragraph, not as a title (a
        paragraph numbered like a heading: （三）全年排查矛盾纠纷412起，调处成功405起…).
        """
        def compute() -> list[tuple[int, int, int]]:
            doc = self.document
            text = doc.text
            markers = {h.line: h.marker_end for h in doc.headings if not h.embedded}
            out = []
            for index in range(doc.body_start_line, len(doc.lines)):
                s, e = doc.line_span(index)
                if index in markers:
                    out.append((s, s, s))
                    s = markers[index]
                    if e - s < _PARAGRAPH_LIKE or text.find("，", s, e) < 0:
                        continue
                s += len(text[s:e]) - len(text[s:e].lstrip(_BLANK))
                if s < e:
                    first = next(sentence_spans(doc.text, s, e), None)
                    out.append((s, e, first[1] if first else e))
            return out
        return self.memo("paragraphs", compute)

    def _paragraph_regions(self, sel: Selector, fb: ParagraphFallback, lo: Optional[int],
                           hi: Optional[int]) -> list[Region]:
        """The paragraphs that ``fb`` takes (with their continuation), when no heading matched."""
        doc = self.document
        text = doc.text
        taken = [(r.start, r.end) for name in sel.not_ for r in self.regions(name)]
        continued = scanners(fb.continued_by, self.year) if fb.continued_by else ()
        paragraphs = self.paragraphs()
        out: list[Region] = []
        i = 0
        while i < len(paragraphs):
            s, e, first_end = paragraphs[i]
            i += 1
            if s == e or (lo is not None and s <= lo) or (hi is not None and s >= hi) \
                    or any(a < e and s < b for a, b in taken):
                continue  # (s == e: a heading)
            # the paragraph that opens a headed part is about its heading's topic: it opens no other
            # part (一、主要举措和成效 / 下一步，我镇将继续深化法治宣传。印发…), though it may report one
            opens_headed = i >= 2 and paragraphs[i - 2][0] == paragraphs[i - 2][1]
            anchor = self._paragraph_anchor(fb, s, e, first_end, opening=not opens_headed)
            if anchor is None:
                continue
            end = e
            while i < len(paragraphs) and continued:
                ns, ne, nfirst = paragraphs[i]
                if ns == ne or (hi is not None and ns >= hi) or not has_match(continued, text[ns:nfirst]):
                    break  # (ns == ne: a heading, which opens a part of its own)
                end = ne
                i += 1
            out.append(Region(s, end, *anchor))
        return out

    def _paragraph_anchor(self, fb: ParagraphFallback, start: int, end: int, first_end: int,
                          opening: bool = True) -> Optional[tuple[int, int]]:
        """The sentence by which ``fb`` takes the paragraph ``text[start:end]`` (None: not taken);
        ``opening=False``: not by an opening sentence."""
        doc, year = self.document, self.year
        if opening and not fb.opening.empty:
            for s, e, term in sentence_spans(doc.text, start, end):
                if (e == first_end or term in ("：", ":")) and fb.opening.matches(doc, s, e, year):
                    return s, e
        if not fb.sentence.empty:
            hits = fb.sentence.find(doc, start, end, year)
            if hits:
                s, e = doc.sentence_at(hits[0][0])
                return max(s, start), min(e, end)
        return None

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
    s, title = _title(document.text, heading)
    return s, s + len(title)


def _title(text: str, heading: "Heading") -> tuple[int, str]:
    """Where the title of :func:`title_span` starts, and its text."""
    raw = text[heading.marker_end:heading.end]
    title = raw.lstrip(_BLANK)
    return heading.marker_end + len(raw) - len(title), title.rstrip(_TITLE_END)


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


def body_length(document: "Document", region: Region, enough: Optional[int] = None) -> int:
    """Number of non-blank characters of a region's running text.

    With ``enough``, counting stops as soon as that many are found (callers compare with it).
    """
    text = document.text
    n = 0
    for s, e in body_spans(document, region.start, region.end):
        seg = text[s:e]
        n += len(seg)
        for blank in _BLANK:
            n -= seg.count(blank)
        if enough is not None and n >= enough:
            break
    return n
