"""Which of many literal strings occur in a text, found in one pass.

Rules that look for hundreds of words (typos, standard names, outdated terms) first ask which
of their words occur at all: most never do in a given report.  Testing ``word in text`` once
per word scans the text hundreds of times; :class:`LiteralSet` scans it once with an
Aho-Corasick automaton (the ``ahocorasick-rs`` package, compiled; about ten times faster on a
report) and falls back to the per-word test where that package is not installed.
"""

from __future__ import annotations

from typing import Iterable, Optional

try:
    import ahocorasick_rs as _ac
except ImportError:  # pragma: no cover - exercised by forcing the fallback in the tests
    _ac = None


class LiteralSet:
    """A fixed set of literal strings and a one-pass test of which of them a text contains."""

    __slots__ = ("literals", "_automaton")

    def __init__(self, literals: Iterable[str], *, automaton: Optional[bool] = None) -> None:
        """``automaton=False`` forces the per-word fallback (``None``: use it when installed)."""
        #: the distinct non-empty literals, in first-seen order
        self.literals: tuple[str, ...] = tuple(dict.fromkeys(lit for lit in literals if lit))
        use = (_ac is not None) if automaton is None else (automaton and _ac is not None)
        # the automaton keeps the literals themselves (store_patterns): it answers with them, not with
        # offsets, which it would convert from UTF-8 bytes to characters for every text (a third of its time)
        self._automaton = (_ac.AhoCorasick(list(self.literals), matchkind=_ac.MatchKind.Standard,
                                           store_patterns=True)
                           if use and self.literals else None)

    def present(self, text: str) -> set[str]:
        """The literals that occur in ``text`` (overlapping and nested occurrences included)."""
        if self._automaton is None:
            return {lit for lit in self.literals if lit in text}
        return set(self._automaton.find_matches_as_strings(text, overlapping=True))
