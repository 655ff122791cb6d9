"""Which of many literal strings occur in a text, and where, found in one pass.

Rules that look for hundreds of words (typos, standard names, outdated terms) first ask which
of their words occur at all: most never do in a given report.  Testing ``word in text`` once
per word scans the text hundreds of times; :class:`LiteralSet` answers with one scan of an
Aho-Corasick automaton (the ``ahocorasick-rs`` package, compiled; about ten times faster on a
report) and falls back to the per-word test where that package is not installed.

:class:`LiteralScanner` finds where thousands of literals occur, for a rule that asks about one
text or two per report (the slips of wording/misspelling).  Its automaton would cost more to build
than to scan one report, so the first texts a scanner sees (a pre-commit run checks one report)
are scanned by their slices instead, looked up in a set (at each position where the first two
characters of a literal stand, the slices as long as the literals); the automaton is built at the
:data:`TEXTS_BEFORE_AUTOMATON`-th text, once, and serves the rest of the run.  Both find exactly the same.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

try:
    import ahocorasick_rs as _ac
except ImportError:  # pragma: no cover - exercised by forcing the fallback in the tests
    _ac = None

#: the texts a scanner scans by slices before it builds its automaton
TEXTS_BEFORE_AUTOMATON = 3

#: what a scanner is made of, as plain data (see :func:`scanner_data`): strings only, which the data cache
#: loads in microseconds (a dict or a tuple of thousands of small objects costs milliseconds): the literals
#: joined by line breaks, the first two characters of those of two characters or more (likewise), the
#: lengths of these (the longest first) and the literals of one character
ScannerData = tuple[str, str, str, str]


def scanner_data(literals: Iterable[str]) -> ScannerData:
    """The plain data a :class:`LiteralScanner` of ``literals`` is made from (a rule may keep it in the data
    cache: it is what costs time to make); empty and repeated literals are dropped, and a literal may not
    hold a line break."""
    unique = [lit for lit in dict.fromkeys(literals) if lit]
    if any("\n" in lit for lit in unique):
        raise ValueError("a literal of a scanner holds a line break")
    longer = [lit for lit in unique if len(lit) > 1]
    return ("\n".join(unique), "\n".join(sorted({lit[:2] for lit in longer})),
            ",".join(str(n) for n in sorted({len(lit) for lit in longer}, reverse=True)),
            "".join(lit for lit in unique if len(lit) == 1))


class LiteralScanner:
    """Every place of a fixed set of literals in a text, overlapping and nested ones too."""

    __slots__ = ("literals", "_set", "_prefixes", "_lengths", "_singles", "_automaton", "_texts")

    def __init__(self, data: ScannerData) -> None:
        """``data``: what :func:`scanner_data` made of the literals."""
        literals, prefixes, lengths, singles = data
        #: the literals, in the order given
        self.literals: tuple[str, ...] = tuple(literals.split("\n")) if literals else ()
        self._set = frozenset(self.literals)
        self._prefixes = frozenset(prefixes.split("\n")) if prefixes else frozenset()
        self._lengths = tuple(int(n) for n in lengths.split(",")) if lengths else ()
        self._singles = frozenset(singles)
        self._automaton: Any = None
        self._texts = 0

    def __bool__(self) -> bool:
        return bool(self.literals)

    def find(self, text: str, skip: Optional[frozenset[str]] = None, of: Optional[str] = None) -> list[tuple[int, int]]:
        """(start, end) of the literals in ``text``, in no set order (a text of a report holds a thousand: sort
        them when the order matters).  ``skip``: leave out the places whose text (of ``of``, a text as long as
        ``text``, when given) is one of these (most places of a translated text are the words themselves:
        left out in the same pass)."""
        automaton = self._ready()
        if automaton is None:
            places: Iterable[tuple[Any, int, int]] = self._by_slices(text) if self.literals else ()
        else:
            places = automaton.find_matches_as_indexes(text, overlapping=True)
        if skip:
            source = text if of is None else of
            return [(start, end) for _, start, end in places if source[start:end] not in skip]
        return [(start, end) for _, start, end in places]

    def _ready(self) -> Any:
        """The automaton, built at the :data:`TEXTS_BEFORE_AUTOMATON`-th text (None before, and without
        ``ahocorasick-rs`` or literals); counts the text."""
        if self._automaton is None and self.literals and _ac is not None:
            self._texts += 1
            if self._texts >= TEXTS_BEFORE_AUTOMATON:
                self._automaton = _ac.AhoCorasick(list(self.literals), matchkind=_ac.MatchKind.Standard)
        return self._automaton

    def _by_slices(self, text: str) -> list[tuple[None, int, int]]:
        """What :meth:`find` finds, without the automaton, as the automaton gives it (no literal's index, start,
        end): the positions of ``text`` where a literal may open (its two characters open one), then at those
        the slices as long as the literals, looked up in the set of literals (one comprehension per length:
        a loop over the positions costs twice as much)."""
        literals, prefixes, singles = self._set, self._prefixes, self._singles
        size = len(text)
        opens = [i for i in range(size - 1) if text[i:i + 2] in prefixes]
        found: list[tuple[None, int, int]] = []
        for n in self._lengths:
            last = size - n  # (a slice cut short by the end of the text is no literal of this length)
            found += [(None, i, i + n) for i in opens if i <= last and text[i:i + n] in literals]
        if singles:
            found += [(None, i, i + 1) for i, char in enumerate(text) if char in singles]
        return found


class LiteralSet:
    """A fixed set of literal strings and a one-pass test of which of them a text contains.

    The rules' word lists are asked about every text of a run, each by its own set: an automaton is built at
    once (a slice scan per list and text costs more than building it).
    """

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
