"""Kinds about substance: ``quantitative-evidence`` and ``stock-phrases``.

``quantitative-evidence`` (numbers with units such as 次, 件, 份, 人, % in a section)::

    check:
      kind: quantitative-evidence
      in: measures-parts        # section name or inline selector
      per-section: true         # every selected section on its own (default), or all together
      min: 1
      units: [次, 件, 份, 人, "%"]          # default: a list of common counting units
      also: {patterns: ["年终述法"]}        # other phrases that count as evidence

``stock-phrases`` (a part made only of set phrases such as 有待进一步加强)::

    check:
      kind: stock-phrases
      in: shortcomings
      patterns: ["有待(进一步)?(提高|加强)", "还不够"]
      unless: ["\\d"]           # a sentence with one of these is specific (default: a digit)
      causes: ["究其原因"]       # where an item's explanation begins: the causes are no problems
      max-share: 0.6            # finding when at least this share of the listed items are stock
      min-items: 1

Items are the part's list entries (一是… / （一）… / 1.…), without the statement of their causes
(``causes``); an item is stock when every one of its sentences contains a stock phrase and none
is specific.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, Iterator, Mapping, Optional, Sequence

from ..records import record
from .kinds import Compiler, Hit, kind, quote
from .patterns import DEFAULT_UNITS, ITEM_MARKER, Matcher, Scanner, has_match, quantity_regex, scanners
from .selectors import Env, Region, SelectorRef


def _section_end(text: str, region: Region) -> int:
    """Where a finding on the whole of ``region`` ends: its last non-blank character (the finding
    covers the section it judges, from its heading on, not the heading alone)."""
    end = region.end
    while end > region.anchor_end and text[end - 1] in "\n\r \t\u3000":
        end -= 1
    return max(end, region.anchor_end)


@record(frozen=True)
class QuantitativeEvidence:
    """Each selected section carries at least ``min`` quantities (number + unit) or other evidence."""

    in_: SelectorRef
    per_section: bool
    min: int
    units: tuple[str, ...]
    also: Optional[Matcher]
    variables = ("section", "count", "min")

    def count(self, env: Env, start: int, end: int, enough: Optional[int] = None) -> int:
        """Number of quantities and evidence phrases in ``text[start:end]``.

        With ``enough``, counting stops as soon as that many are found (callers compare with it):
        a section's first quantity usually comes early, so most of its text is never scanned.
        """
        return self._count(env, quantity_regex(self.units), start, end, enough)

    def _count(self, env: Env, quantities: "re.Pattern[str]", start: int, end: int,
               enough: Optional[int]) -> int:
        """:meth:`count` with the quantity regex at hand (a run counts in several sections)."""
        if enough == 1:  # the usual question (is there any?), answered by the first match alone
            n = 1 if quantities.search(env.document.text, start, end) else 0
        else:
            n = sum(1 for _ in itertools.islice(quantities.finditer(env.document.text, start, end), enough))
        if self.also is not None and (enough is None or n < enough):
            n += len(self.also.find(env.document, start, end, env.year))
        return n

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit at every section (or the first one) lacking evidence."""
        doc = env.document
        regions = env.regions(self.in_)
        quantities = quantity_regex(self.units)
        # sub-headings count (（1）2026年6月底前完成……), the section's own heading does not, unless
        # it is a whole sentence (（2）局长年底述法1次。)
        if self.per_section:
            for region in regions:
                n = self._count(env, quantities, _evidence_start(doc.text, region), region.end, self.min)
                if n < self.min:
                    yield Hit(region.anchor_start, _section_end(doc.text, region),
                              {"section": region.label(doc), "count": n, "min": self.min})
            return
        total = 0  # exact while below min: only then is it reported
        for region in regions:
            total += self._count(env, quantities, _evidence_start(doc.text, region), region.end, self.min - total)
            if total >= self.min:
                return
        if regions:
            first = regions[0]
            yield Hit(first.anchor_start, _section_end(doc.text, first),
                      {"section": first.label(doc), "count": total, "min": self.min})

    def describe(self) -> str:
        """What the check looks for."""
        each = "Each selected section" if self.per_section else "The selected sections"
        return (f"{each} carries at least {self.min} quantitative fact(s): a number with a unit "
                f"({'、'.join(self.units[:8])}…){' or another listed piece of evidence' if self.also else ''}.")


def _evidence_start(text: str, region: Region) -> int:
    """Where evidence is counted from: after the heading, or at its title when it is a sentence."""
    if region.heading is None:
        return region.start
    if region.anchor_end > region.heading.marker_end and text[region.anchor_end - 1] in "。！":
        return region.heading.marker_end
    return region.anchor_end


@kind("quantitative-evidence")
def compile_quantitative_evidence(data: Mapping[str, Any], c: Compiler, path: tuple) -> QuantitativeEvidence:
    """Compile ``quantitative-evidence``."""
    also = data.get("also")
    return QuantitativeEvidence(
        in_=c.selector_ref(data["in"], path + ("in",)),
        per_section=bool(data.get("per-section", True)),
        min=int(data.get("min", 1)),
        units=tuple(data.get("units") or DEFAULT_UNITS),
        also=c.matcher(also, path + ("also",)) if also is not None else None,
    )


@record(frozen=True)
class StockPhrases:
    """A part whose list items are (mostly) made only of stock phrases."""

    in_: SelectorRef
    patterns: tuple[str, ...]
    unless: tuple[str, ...]
    max_share: float
    min_items: int
    #: where the statement of a cause begins (see :func:`~.patterns.problem_items`)
    causes: tuple[str, ...] = ()
    variables = ("section", "stock", "items", "examples")

    def _is_stock(self, text: str, stock: Sequence[Scanner], unless: Sequence[Scanner]) -> Optional[str]:
        """The phrase of the first stock pattern found in ``text``; None when none is or it is specific."""
        if has_match(unless, text):
            return None
        for rx, literal in stock:
            if literal is None or literal in text:
                m = rx.search(text)
                if m:
                    return m.group()
        return None

    def _stock_phrases(self, text: str, sentences: list[tuple[int, int]], stock: Sequence[Scanner],
                       unless: Sequence[Scanner]) -> Optional[list[str]]:
        """The stock phrase of every sentence of a list item; None as soon as one has none."""
        found = []
        for s, e in sentences:
            sentence = text[s:e]
            marker = ITEM_MARKER.match(sentence)
            # (the digit of a 1. or （1） marker is no figure)
            phrase = self._is_stock(sentence[marker.end():] if marker else sentence, stock, unless)
            if not phrase:
                return None
            found.append(phrase)
        return found

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield one hit per selected section whose share of stock items reaches ``max_share``."""
        doc = env.document
        text = doc.text
        stock_rx, unless = scanners(self.patterns, env.year), scanners(self.unless, env.year)
        causes = scanners(self.causes, env.year)
        for region in env.regions(self.in_):
            items = env.problem_items(region.anchor_end, region.end, causes)
            if len(items) < self.min_items or not items:
                continue
            stock = 0
            examples: list[str] = []
            for sentences in items:
                found = self._stock_phrases(text, sentences, stock_rx, unless)
                if found is not None:
                    stock += 1
                    examples.extend(f"“{f}”" for f in found if f"“{f}”" not in examples)
            if stock / len(items) >= self.max_share:
                yield Hit(region.anchor_start, region.anchor_end,
                          {"section": region.label(doc), "stock": stock, "items": len(items),
                           "examples": quote("、".join(examples[:3]), 40)})

    def describe(self) -> str:
        """What the check looks for."""
        return (f"Fewer than {self.max_share:.0%} of the part's list items are made only of stock phrases "
                "(each item needs a specific fact: a number, a named case or field).")


@kind("stock-phrases")
def compile_stock_phrases(data: Mapping[str, Any], c: Compiler, path: tuple) -> StockPhrases:
    """Compile ``stock-phrases``."""
    return StockPhrases(
        in_=c.selector_ref(data["in"], path + ("in",)),
        patterns=c.regexes(data["patterns"], path + ("patterns",)),
        unless=c.regexes(data.get("unless", [r"\d"]), path + ("unless",)),
        max_share=float(data.get("max-share", 0.6)),
        min_items=int(data.get("min-items", 1)),
        causes=c.regexes(data.get("causes"), path + ("causes",)),
    )
