"""Kinds about the outline: ``required-section`` and ``section-order``.

``required-section``::

    check:
      kind: required-section
      section: shortcomings            # a name under sections:, or an inline selector
      min: 1                           # how many such sections (default 1)
      or:                              # alternatives that also satisfy the item
        - {section: thematic-parts, min: 2}

``section-order``::

    check:
      kind: section-order
      order: [measures, shortcomings, next-year-plan]   # absent sections are skipped
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..records import record
from .kinds import Compiler, Hit, kind
from .selectors import Env, SelectorRef


@record(frozen=True)
class RequiredSection:
    """The report has a part the selector finds (or one of the alternatives)."""

    section: SelectorRef
    min: int
    alternatives: tuple[tuple[SelectorRef, int], ...]
    variables = ("count", "min")

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield one document-level hit when neither the section nor an alternative is present."""
        count = len(env.regions(self.section))
        if count >= self.min:
            return
        for ref, need in self.alternatives:
            if len(env.regions(ref)) >= need:
                return
        yield Hit(vars={"count": count, "min": self.min})

    def describe(self) -> str:
        """What the check looks for."""
        return "The report has a section (heading, or a sentence where allowed) of this kind."


@kind("required-section")
def compile_required_section(data: Mapping[str, Any], c: Compiler, path: tuple) -> RequiredSection:
    """Compile ``required-section``."""
    alts = tuple((c.selector_ref(alt["section"], path + ("or", i, "section")), int(alt.get("min", 1)))
                 for i, alt in enumerate(data.get("or", ())))
    return RequiredSection(c.selector_ref(data["section"], path + ("section",)), int(data.get("min", 1)), alts)


@record(frozen=True)
class SectionOrder:
    """Sections appear in the given order (first occurrence of each)."""

    order: tuple[str, ...]
    variables = ("section", "expected_after")

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit at each section that comes before one listed ahead of it."""
        firsts = []
        for name in self.order:
            regs = env.regions(name)
            if regs:
                firsts.append((name, regs[0]))
        for i, (name, reg) in enumerate(firsts):
            for prev_name, prev in firsts[:i]:
                if prev.start > reg.start:
                    yield Hit(reg.anchor_start, reg.anchor_end,
                              {"section": reg.label(env.document), "expected_after": prev.label(env.document)})
                    break

    def describe(self) -> str:
        """What the check looks for."""
        return f"The parts appear in this order: {', '.join(self.order)}."


@kind("section-order")
def compile_section_order(data: Mapping[str, Any], c: Compiler, path: tuple) -> SectionOrder:
    """Compile ``section-order``."""
    names = tuple(c.section_name(n, path + ("order", i)) for i, n in enumerate(data["order"]))
    return SectionOrder(names)
