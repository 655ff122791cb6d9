"""Kinds about wording: ``required-phrase`` and ``forbidden-phrase``.

``required-phrase`` (any of several phrasings, at least ``min`` times, in a section or anywhere)::

    check:
      kind: required-phrase
      in: shortcomings          # optional: a section name or inline selector (default: whole report)
      scope: body               # body = running text only, headings do not count; prose = the running
                                # text and the sub-headings written as sentences (default: all)
      min: 1
      match: {patterns: ["原因(主要)?(是|在于)", "究其原因"]}
      or-subsection:            # a sub-heading like （二）原因分析 followed by text also satisfies it
        heading: ["原因"]
        min-chars: 15

When ``in`` selects nothing, the item is silent (the item requiring that section reports it).

``forbidden-phrase`` (each hit is a finding, with an optional replacement)::

    check:
      kind: forbidden-phrase
      match: {words: ["法制宣传"]}
      replacement: 法治宣传
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping, Optional

from ..records import record
from .kinds import Compiler, Hit, kind, quote
from .patterns import Matcher
from .selectors import Env, Region, SelectorRef, body_length, body_spans, title_span

#: a heading title that is a sentence, not a label: it has a clause break (一是执法力量不足，原因是……)
_CLAUSE_BREAKS = ("，", "；", ",", ";")


def region_spans(env: Env, region: Region, scope: str) -> list[tuple[int, int]]:
    """The spans of a region a phrase is searched in.

    ``body`` skips every heading title; ``prose`` also takes the titles of the sub-headings written
    as sentences (a clause break in them), where a report often states its point in one line.
    """
    if scope == "all":
        return [(region.start, region.end)]
    spans = list(body_spans(env.document, region.start, region.end))
    if scope == "prose":
        text = env.document.text
        for h in env.document.headings:
            if h is region.heading or h.end <= region.start or h.start >= region.end:
                continue
            s, e = title_span(env.document, h)
            if any(mark in text[s:e] for mark in _CLAUSE_BREAKS):
                spans.append((s, e))
        spans.sort()
    return spans


def whole_document(env: Env) -> Region:
    """A region covering the whole report."""
    return Region(0, len(env.document.text), 0, 0)


@record(frozen=True)
class RequiredPhrase:
    """A phrase (any of several phrasings) occurs at least ``min`` times."""

    match: Matcher
    in_: Optional[SelectorRef]
    scope: str
    min: int
    sub_heading: Optional[Matcher]
    sub_min_chars: int
    variables = ("section", "count", "min")

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield one hit (at the section heading, or document-level) when too few phrases occur."""
        doc = env.document
        regions = env.regions(self.in_) if self.in_ is not None else [whole_document(env)]
        if not regions:
            return
        count = 0
        for region in regions:
            for s, e in region_spans(env, region, self.scope):
                count += len(self.match.find(doc, s, e, env.year))
                if count >= self.min:
                    return  # enough: the rest cannot make a hit
            if self._subsection_satisfies(env, region, own=region is not regions[0]):
                return
        first = regions[0]
        if self.in_ is None:
            yield Hit(vars={"section": "", "count": count, "min": self.min})
        else:
            yield Hit(first.anchor_start, first.anchor_end,
                      {"section": first.label(doc), "count": count, "min": self.min})

    def _subsection_satisfies(self, env: Env, region: Region, own: bool = False) -> bool:
        """Whether a sub-heading of ``region`` matching ``or-subsection`` has enough text under it.

        The region's own heading promises what the check asks for without giving it (三、存在的不足和
        原因 over a list of problems), except with ``own``: a later region of the same part, which has
        a heading of its own on it (三、存在的问题 … 四、原因分析)."""
        if self.sub_heading is None:
            return False
        doc = env.document
        test, keys = env.heading_test(self.sub_heading)
        for section in doc.sections:
            h = section.heading
            if not (region.start <= section.start < region.end) or (
                    not own and region.heading is not None and h.index == region.heading.index):
                continue
            if test(keys[h.index]):
                sub = Region(section.start, min(section.end, region.end), h.start, h.end, h)
                if body_length(doc, sub, self.sub_min_chars) >= self.sub_min_chars:
                    return True
        return False

    def describe(self) -> str:
        """What the check looks for."""
        where = "in the section" if self.in_ is not None else "in the report"
        body = {"body": " (running text, not headings)",
                "prose": " (running text and sub-headings written as sentences)"}.get(self.scope, "")
        return f"At least {self.min} of the listed phrasings occur {where}{body}."


@kind("required-phrase")
def compile_required_phrase(data: Mapping[str, Any], c: Compiler, path: tuple) -> RequiredPhrase:
    """Compile ``required-phrase``."""
    sub = data.get("or-subsection")
    return RequiredPhrase(
        match=c.matcher(data["match"], path + ("match",)),
        in_=c.selector_ref(data["in"], path + ("in",)) if data.get("in") is not None else None,
        scope=data.get("scope", "all"),
        min=int(data.get("min", 1)),
        sub_heading=Matcher(patterns=c.regexes(sub["heading"], path + ("or-subsection", "heading")))
        if sub else None,
        sub_min_chars=int(sub.get("min-chars", 10)) if sub else 0,
    )


@record(frozen=True)
class ForbiddenPhrase:
    """Every occurrence of a phrase is a finding."""

    match: Matcher
    in_: Optional[SelectorRef]
    scope: str
    replacement: Optional[str]
    variables = ("match", "replacement", "section")

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit at every occurrence, with the replacement as suggestion."""
        doc = env.document
        regions = env.regions(self.in_) if self.in_ is not None else [whole_document(env)]
        for region in regions:
            label = region.label(doc) if self.in_ is not None else ""
            for s, e in region_spans(env, region, self.scope):
                for hs, he in self.match.find(doc, s, e, env.year):
                    yield Hit(hs, he, {"match": quote(doc.text[hs:he]), "replacement": self.replacement or "",
                                       "section": label}, self.replacement)

    def describe(self) -> str:
        """What the check looks for."""
        fix = f" (write {self.replacement!r} instead)" if self.replacement else ""
        return f"None of the listed phrasings occurs{fix}."


@kind("forbidden-phrase")
def compile_forbidden_phrase(data: Mapping[str, Any], c: Compiler, path: tuple) -> ForbiddenPhrase:
    """Compile ``forbidden-phrase``."""
    return ForbiddenPhrase(
        match=c.matcher(data["match"], path + ("match",)),
        in_=c.selector_ref(data["in"], path + ("in",)) if data.get("in") is not None else None,
        scope=data.get("scope", "all"),
        replacement=data.get("replacement"),
    )
