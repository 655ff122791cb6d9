"""Finding a regular expression's matches without trying it at every position of a text.

Python's regex engine skips fast to the candidates of a pattern that starts with a literal, a
class or alternatives that open with literals; a pattern that starts otherwise (an assertion,
an optional part: ``(?<!学)习总书记``) is tried at every position of the text.  When every
match of such a pattern is bounded in width and holds one of a few texts (its *anchors*), only
the positions just before each anchor can start a match: :func:`finditer_anchored` tries those
alone and finds the same matches, in the same order, for a fraction of the cost.

What a pattern allows is read from its parse (``re``'s own parser): :func:`slow_scan` (is it
tried at every position, how wide can a match be), :func:`required_texts` (texts one of which
every match contains, often rarer than the longest required literal of
:func:`fzlint.recache.required_any`).  :func:`preload_plans` keeps these answers in the data
cache, so a fresh process does not parse dozens of patterns again.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from .recache import _REPEATS  # the parser and its repeat operators, as fzlint.recache reads patterns
from .recache import _sre_parser as _re_parser


def finditer_anchored(pattern: "re.Pattern[str]", text: str, anchors: "str | tuple[str, ...]",
                      reach: int) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)``, trying only the positions just before the ``anchors``.

    For a pattern every match of which contains one of ``anchors``, starting at most ``reach``
    characters after the start of the match: only the positions just before an occurrence of
    an anchor can start a match, so they are tried one by one instead of searching the whole
    text.  Far faster for a pattern that the regex engine cannot skip through (one that starts
    with an optional part or an assertion is tried at every position).  The matches are the
    same, in the same order (``match.pos`` aside: lookbehinds still see the text before the
    position tried).
    """
    if isinstance(anchors, str):
        anchors = (anchors,)
    if not anchors or not all(anchors):
        raise ValueError("finditer_anchored needs non-empty anchors")
    return finditer_around(pattern, text, occurrences(text, anchors), reach)


def may_match(text: str, required: Optional[tuple[str, ...]]) -> bool:
    """False when ``text`` holds none of ``required``, texts one of which every match contains (None: unknown).

    Testing a few texts with ``in`` is far cheaper than a search that cannot succeed; a longer
    text's first character is looked for first (one character is found many times faster, and
    it is often absent: no "." in a report, so no "...").
    """
    if required is None:
        return True
    for t in required:
        if t[:1] in text and t in text:
            return True
    return False


def occurrences(text: str, anchors: tuple[str, ...], limit: Optional[int] = None) -> Optional[list[int]]:
    """The offsets of every occurrence of the anchors in ``text``, in order; None when there are more than ``limit``.

    Overlapping occurrences too: a match may hold only the second of 法法.
    """
    find = text.find
    found: list[int] = []
    for anchor in anchors:
        if len(anchor) > 1:
            found += literal_offsets(text, anchor)
            if limit is not None and len(found) > limit:
                return None
            continue
        i = find(anchor)
        while i >= 0:  # one character: str.find goes straight to it
            found.append(i)
            if limit is not None and len(found) > limit:
                return None
            i = find(anchor, i + 1)
    if len(anchors) > 1:
        found.sort()
    return found


def literal_offsets(text: str, literal: str, overlapping: bool = True) -> list[int]:
    """The offsets of every occurrence of ``literal`` (a non-empty text) in ``text``, ascending.

    Overlapping occurrences too (法法 twice in 法法法), unless ``overlapping`` is false (then each
    one after the end of the previous one, as ``str.count`` counts them).  ``str.find`` tests
    about every character for a text of two or three characters; the regex engine skips to its
    first character, three times faster on a report.
    """
    search, overlaps = _literal_search(literal)
    step = 1 if overlaps and overlapping else len(literal)
    found = []
    m = search(text)
    while m is not None:
        at = m.start()
        found.append(at)
        m = search(text, at + step)
    return found


@lru_cache(maxsize=None)
def _literal_search(literal: str) -> tuple[Any, bool]:
    """(search method of a pattern matching ``literal``, whether two occurrences of it can overlap)."""
    from . import recache

    overlaps = any(literal[k:] == literal[:len(literal) - k] for k in range(1, len(literal)))
    return recache.compile(re.escape(literal)).search, overlaps


def finditer_around(pattern: "re.Pattern[str]", text: str, occurrences: list[int],
                     reach: int) -> Iterator["re.Match[str]"]:
    """The matches starting at most ``reach`` characters before one of ``occurrences`` (sorted), in finditer's order."""
    match = pattern.match
    tried = 0  # every position before this one has been tried, or is inside a match (finditer resumes after it)
    for i in occurrences:
        start = i - reach if i - reach > tried else tried
        while start <= i:
            m = match(text, start)
            if m is None:
                start += 1
            else:
                yield m
                start = max(m.end(), start + 1)
        if start > tried:
            tried = start


def finditer_windowed(pattern: "re.Pattern[str]", text: str, occurrences: list[int],
                      reach: int) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)`` as one search of a short window of the text around each of ``occurrences``.

    For a pattern every match of which holds one of ``occurrences`` (sorted offsets of its
    anchors) at most ``reach`` characters after its start, and is at most :func:`max_width`
    characters long: a match starting at most ``reach`` before an anchor lies inside
    ``text[anchor - reach:anchor + width]``, so one search there finds it (where
    :func:`finditer_around` makes one attempt per position).  The pattern must not look past the
    end of its match (no lookahead, ``$`` or ``\\b`` after its last character): at the end of a
    window it would see the end of the text.  Raises ValueError for a pattern of unbounded width.
    """
    width = max_width(pattern)
    if width is None:
        raise ValueError(f"finditer_windowed needs a pattern of bounded width: {pattern.pattern!r}")
    search = pattern.search
    resume = 0  # like finditer, the next match begins after the previous one
    for i in occurrences:
        lo = i - reach if i - reach > resume else resume
        while lo <= i:
            m = search(text, lo, i + width)
            if m is None or m.start() > i:
                break  # none starts near this anchor (one starting later belongs to a later anchor)
            yield m
            lo = resume = m.end() if m.end() > m.start() else m.end() + 1


def max_width(pattern: "re.Pattern[str]") -> Optional[int]:
    """The greatest length of a match of ``pattern`` (None: unbounded, or not understood).

    Read through the data cache (see :func:`preload_plans`): a fresh process parses no pattern again.
    """
    if (pattern.pattern, pattern.flags) not in _PLANS:
        preload_plans((pattern,))
    plan = _plan(pattern)
    return plan[0] if plan is not None else None


def finditer_at(pattern: "re.Pattern[str]", text: str, starts: Iterable[int],
                pos: int = 0) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text, pos)``, trying only ``starts`` (ascending; exact when every match starts at one).

    For a caller that knows where matches can start (a number just before a rare 余 or %).
    ``pattern`` must not match the empty string.  Lookbehinds see the text before a start as usual.
    """
    resume = pos
    for x in starts:
        if x >= resume:  # like finditer, the next match begins after the previous one
            m = pattern.match(text, x)
            if m:
                resume = m.end()
                yield m


#: one attempt to match at a given position costs about as much as this many characters of a
#: search through the text by a pattern that is tried at every position (0.35 µs against 7 ns)
ATTEMPT_COST = 50
#: finding a literal is about this many times faster, per character, than such a search
FIND_SPEEDUP = 8
#: what the parse of a pattern tells, by (pattern, flags): (greatest width of a match or None when
#: unbounded, :func:`required_texts`, whether the engine tries it at every position, :func:`anchor_reach`,
#: :func:`opens_with_alternatives`)
_Plan = tuple[Optional[int], tuple[str, ...], bool, Optional[int], bool]
_PLANS: dict[tuple[str, int], Optional[_Plan]] = {}


def _plan(pattern: "re.Pattern[str]") -> Optional[_Plan]:
    key = (pattern.pattern, pattern.flags)
    if key not in _PLANS:
        _PLANS[key] = _plan_of(*key) if isinstance(pattern.pattern, str) else None
    return _PLANS[key]


def slow_scan(pattern: "re.Pattern[str]") -> Optional[tuple[int, tuple[str, ...]]]:
    """What trying ``pattern`` around its required texts needs, for a pattern the regex engine tries at every position.

    The engine skips fast to the candidates of a pattern that starts with a literal, a class or
    alternatives that each start with a literal; one that starts otherwise (with an assertion,
    an optional part) is tried at every position of the text, and trying it only around the
    texts it requires (:func:`finditer_anchored`) is faster.  Returns the greatest width of a
    match and :func:`required_texts`.  None for other patterns, when a match can be
    arbitrarily long, or when the pattern is not understood.
    """
    plan = _plan(pattern)
    if plan is None or plan[0] is None or not plan[2]:
        return None
    return plan[0], plan[1]


def required_texts(pattern: "re.Pattern[str]") -> tuple[str, ...]:
    """Texts one of which every match of ``pattern`` contains, often rarer than the longest required literal.

    ``(?:最大限度|尽可能)的``: 最大限度的, 尽可能的 (the longest literal is 的); ``(?:加以|予以)``:
    加以, 予以 (not 以); ``\\d+[余多]分``: 余分, 多分.  Empty when nothing is known (see
    :func:`_required_texts`).
    """
    plan = _plan(pattern)
    return plan[1] if plan is not None else ()


def anchor_reach(pattern: "re.Pattern[str]") -> Optional[int]:
    """How far after the start of a match one of its :func:`required_texts` can begin at most (None: unknown).

    Often far less than the width of a match: ``(?:党的)?二十大|(?:中国共产党|党的)第二十次全国代表大会``
    requires 二十大 (at most 2 characters in) or one of the two full names (at the start): 2,
    where the widest match is 15 characters.
    """
    plan = _plan(pattern)
    return plan[3] if plan is not None and plan[1] else None


def opens_with_alternatives(pattern: "re.Pattern[str]") -> bool:
    """True when ``pattern`` opens with alternatives that each open with a literal (``(?:县委|市委)…``).

    The engine skips to the first characters of the alternatives only (县, 市: common ones) and
    makes an attempt at each: trying the pattern around rarer required texts can be cheaper.
    """
    plan = _plan(pattern)
    return plan is not None and plan[4]


#: the data-cache kind of the stored analyses (the key holds this file's size and time as well)
_PLAN_KIND = "regex-scan-4"


def preload_plans(patterns: Iterable["re.Pattern[str]"]) -> None:
    """Analyse many patterns at once (see :func:`slow_scan`), through the data cache.

    Parsing a pattern costs about 60 µs, and a list holds dozens: a fresh process reads the
    stored answers instead (keyed by the patterns' text, see :func:`fzlint.datacache.cached`).
    """
    keys = sorted({(p.pattern, p.flags) for p in patterns if isinstance(p.pattern, str)} - _PLANS.keys())
    if not keys:
        return
    from fzlint.datacache import cached

    # keyed by this file too (like fzlint.recache): an edited analysis never reads older answers
    content = "\0".join([_module_stamp(), *(f"{flags}:{pattern}" for pattern, flags in keys)])
    plans = cached(_PLAN_KIND, content, lambda: [_plan_of(*key) for key in keys])
    if not isinstance(plans, list) or len(plans) != len(keys) or any(
            plan is not None and len(plan) != 5 for plan in plans):
        plans = [_plan_of(*key) for key in keys]  # a foreign entry: analyse here
    _PLANS.update((key, None if plan is None else (plan[0], tuple(plan[1]), bool(plan[2]), plan[3],
                                                        bool(plan[4])))
                  for key, plan in zip(keys, plans))


@lru_cache(maxsize=None)
def _module_stamp() -> str:
    try:
        st = os.stat(__file__)
        return f"{st.st_size}-{st.st_mtime_ns}"
    except OSError:
        return "-"


def _plan_of(source: str, flags: int) -> Optional[_Plan]:
    """The plan of a pattern text (see _PLANS), from its parse (what ``re`` itself uses to size matches)."""
    p = _re_parser
    try:
        parsed = p.parse(source, flags)
        _low, high = parsed.getwidth()
        items = parsed.data
        while items and items[0][0] is p.SUBPATTERN:
            items = items[0][1][3]  # (group, add flags, del flags, items): the engine looks inside
        if not items:
            return None
        op, av = items[0]
        # a literal, a class or alternatives opening with literals: the engine skips to the candidates itself
        branch = op is p.BRANCH and all(alt and alt[0][0] is p.LITERAL for alt in av[1])
        skips = op is p.LITERAL or op is p.IN or branch
        texts, reach = (((), None) if (flags | parsed.state.flags) & re.IGNORECASE
                        else _required_texts(parsed.data, parsed.state))
    except Exception:  # noqa: BLE001 - a construct or parser this does not know: no shortcut
        return None
    return (high if high < p.MAXREPEAT else None), texts, not skips, reach, branch


def rarer(best: tuple[str, ...], other: "tuple[str, ...] | list[str]") -> bool:
    """True when the texts ``other`` are likely rarer than ``best``: a longer shortest text, or as long and fewer."""
    if not other or not all(other):
        return False
    if not best:
        return True
    shortest, other_shortest = min(map(len, best)), min(map(len, other))
    return other_shortest > shortest or (other_shortest == shortest and len(set(other)) < len(best))


def _required_texts(items: Any, state: Any) -> tuple[tuple[str, ...], Optional[int]]:
    """The best set of texts one of which every match of the parsed sequence ``items`` contains,
    with the greatest offset from the start of the match at which that text can begin (None: unbounded).

    From runs of consecutive elements that match few texts (``(?:最大限度|尽可能)的``: 最大限度的,
    尽可能的; ``[余多]分``: 余分, 多分; ``总书记的?法治思想``: 总书记法治思想, 总书记的法治思想), from the
    openings of alternations whose alternatives open with literals, from the texts every
    alternative requires (``(?:党的)?二十大|党的第二十次``: 二十大, 党的第二十次), and from groups and
    repeats every match goes through.  The best set has the longest shortest text; () when
    nothing is known.  ``state`` is the parser's state (the widths of groups referred to).
    """
    p = _re_parser
    best: tuple[str, ...] = ()
    best_offset: Optional[int] = None
    run = [""]  # the texts of the current run of consecutive elements
    offset: Optional[int] = 0  # the greatest width of the elements before the current one
    run_offset: Optional[int] = 0  # ... before the current run

    def consider(found: "tuple[str, ...] | list[str]", at: Optional[int]) -> None:
        nonlocal best, best_offset
        if rarer(best, found):
            best, best_offset = tuple(sorted(set(found))), at

    def consider_run() -> None:
        # a text of the run that holds another one adds nothing (总书记法治思想 when 法治思想 is
        # one too, after an optional part): the shorter one is required anyway, a little later
        kept = [t for t in run if not any(u != t and u in t for u in run)]
        later = max(min(t.find(u) for u in kept if u in t) for t in run)
        consider(kept, None if run_offset is None else run_offset + later)

    def plus(inner: Optional[int]) -> Optional[int]:
        """An offset inside the current element as an offset in the whole sequence."""
        return None if offset is None or inner is None else offset + inner

    def consider_inside(found: tuple[tuple[str, ...], Optional[int]]) -> None:
        consider(found[0], plus(found[1]))

    for op, av in items:
        if op is p.ASSERT or op is p.ASSERT_NOT or op is p.AT:
            continue  # zero-width: the texts around stay adjacent
        texts = _texts_of([(op, av)])
        if texts:
            longer = [t + u for t in run for u in texts]
            if len(longer) > _MAX_TEXTS:
                consider_run()
                longer, run_offset = list(texts), offset
            run = longer
        else:
            consider_run()
            run = [""]
            if op is p.SUBPATTERN and not av[1] & re.IGNORECASE:
                consider_inside(_required_texts(av[3], state))
            elif op in _REPEATS and av[0] >= 1:
                consider_inside(_required_texts(av[2], state))
            elif op is p.BRANCH:
                openings = []
                for alt in av[1]:
                    lead = []
                    for alt_op, alt_av in alt:
                        if alt_op is not p.LITERAL:
                            break
                        lead.append(chr(alt_av))
                    openings.append("".join(lead))
                consider(openings, offset)
                # what every alternative requires: one of the texts of them all
                each = [_required_texts(alt, state) for alt in av[1]]
                if all(alt_texts for alt_texts, _at in each):
                    ats = [at for _alt_texts, at in each]
                    consider([t for alt_texts, _at in each for t in alt_texts],
                             plus(None if None in ats else max(ats)))  # type: ignore[type-var]
        _low, high = p.SubPattern(state, [(op, av)]).getwidth()
        offset = None if offset is None or high >= p.MAXREPEAT else offset + high
        if not texts:
            run_offset = offset
    consider_run()
    return best, best_offset


#: more texts than this for a run of elements: not worth listing them
_MAX_TEXTS = 64


def _finite_texts(items: Any) -> tuple[str, ...]:
    """Every text the parsed sequence ``items`` matches, when they are few (literals, classes, alternatives).

    () when they are many, unknown or include the empty text.
    """
    texts = _texts_of(items)
    return tuple(sorted(set(texts))) if texts and all(texts) else ()


def _texts_of(items: Any) -> Optional[list[str]]:
    """Every text the parsed sequence ``items`` matches, the empty one included, or None when many or unknown.

    Literals, classes of literals, alternatives, groups and optional parts (``的?``).
    """
    p = _re_parser
    texts = [""]
    for op, av in items:
        if op is p.LITERAL:
            options: list[str] = [chr(av)]
        elif op is p.IN and all(o is p.LITERAL for o, _a in av):
            options = [chr(a) for _o, a in av]
        elif op is p.BRANCH:
            options = []
            for alt in av[1]:
                alt_texts = _texts_of(alt)
                if alt_texts is None:
                    return None
                options.extend(alt_texts)
        elif op is p.SUBPATTERN and not av[1] & re.IGNORECASE:
            inner = _texts_of(av[3])
            if inner is None:
                return None
            options = inner
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            inner = _texts_of(av[2])
            if inner is None:
                return None
            options = ["", *inner]
        else:
            return None
        texts = list(dict.fromkeys(t + o for t in texts for o in options))
        if len(texts) > _MAX_TEXTS:
            return None
    return texts


def finditer_cheapest(pattern: "re.Pattern[str]", text: str, anchors: Iterable[str], reach: int,
                      known: Optional[dict[str, list[int]]] = None) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)``, through :func:`finditer_anchored` when the anchors are few enough to make it cheaper.

    Each anchor is found at a fraction of the cost of a search, then ``reach + 1`` attempts are
    made around each occurrence: worth it while these are few for the length of the text.
    ``known`` holds the offsets (:func:`literal_offsets`) of anchors already found in ``text``,
    which cost nothing; those found here are added to it (patterns that share anchors share it).
    """
    # what is left for the attempts, in characters of a search (an attempt costs ATTEMPT_COST of
    # them): the search less the finds (a find is FIND_SPEEDUP times cheaper)
    anchors = tuple(anchors)
    budget = len(text)
    find_cost = budget // FIND_SPEEDUP
    if not anchors:
        return pattern.finditer(text)
    if known is None:
        budget -= len(anchors) * find_cost
        found = None if budget < 0 else occurrences(text, anchors, limit=budget // (ATTEMPT_COST * (reach + 1)))
        return pattern.finditer(text) if found is None else finditer_around(pattern, text, found, reach)
    offsets: list[int] = []
    lists = 0
    for anchor in anchors:
        at = known.get(anchor)
        if at is None:
            budget -= find_cost
            if budget < 0:
                return pattern.finditer(text)
            at = known[anchor] = literal_offsets(text, anchor)
        if at:
            offsets = at if not lists else offsets + at
            lists += 1
    if len(offsets) * ATTEMPT_COST * (reach + 1) > budget:
        return pattern.finditer(text)
    if lists > 1:
        offsets.sort()  # a new list: the kept ones stay as they are
    return finditer_around(pattern, text, offsets, reach)
