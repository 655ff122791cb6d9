"""Helpers shared by the first-party rule plugins (data files, regex scanning, rule declaration)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, TypeVar

from fzlint import recache
from fzlint.document import Document
from fzlint.literals import LiteralSet
from fzlint.recache import required_any
from fzlint.rules import Category, Finding, Message, Rule, RuleDoc, Severity

try:  # Python 3.11+
    import re._parser as _re_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _re_parser  # type: ignore[no-redef]

#: the repeat operators of this Python's parser
_REPEATS = tuple(getattr(_re_parser, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_re_parser, name))

T = TypeVar("T")
#: the bundled word lists
_DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


class DataError(Exception):
    """A bundled or user data file is invalid."""


@lru_cache(maxsize=None)
def _bundled(name: str) -> Any:
    from fzlint.datacache import load_yaml  # C loader + per-user cache: no YAML parsing per run

    # a plain path: the plugins are installed as files, and importlib.resources costs 3 ms to import
    with open(os.path.join(_DATA_DIR, f"{name}.yaml"), encoding="utf-8") as fh:
        text = fh.read()
    return load_yaml(text)


@lru_cache(maxsize=None)
def _user_file(path: str) -> Any:
    import yaml

    from fzlint.datacache import load_yaml

    try:
        with open(path, encoding="utf-8-sig") as fh:
            return load_yaml(fh.read())
    except OSError as exc:
        raise DataError(f"cannot read data file {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise DataError(f"invalid YAML in data file {path}: {' '.join(str(exc).split())}") from None


def extra_files(options: Mapping[str, Any], resolve: Any = None) -> tuple[str, ...]:
    """The user's ``extra`` data files of a plugin's options, resolved (the key of what is made of them)."""
    extra = options.get("extra", [])
    if isinstance(extra, list) and not extra:
        return ()  # the usual case, asked by every rule for every report
    if isinstance(extra, str):
        extra = [extra]
    return tuple(resolve(p) if resolve else p for p in extra)


_ENTRIES: dict[tuple[str, str, tuple[str, ...]], tuple[Any, ...]] = {}


def load_entries(name: str, options: Mapping[str, Any], key: str = "entries",
                 resolve: Any = None) -> tuple[Any, ...]:
    """Entries of the bundled data file ``data/NAME.yaml`` plus the user's extra files (read once per process).

    Users extend a list from their configuration::

        options:
          wording:
            extra: [my-words.yaml]     # files with the same layout as the bundled one

    ``resolve`` turns a configured path into an absolute one (``Config.resolve``).
    """
    files = extra_files(options, resolve)
    cache_key = (name, key, files)
    entries = _ENTRIES.get(cache_key)
    if entries is None:
        data = _bundled(name) or {}
        collected = list(data.get(key, []))
        for full in files:
            user = _user_file(full) or {}
            if not isinstance(user, Mapping) or not isinstance(user.get(key, []), list):
                raise DataError(f"data file {full}: expected a mapping with a '{key}' list")
            collected.extend(user.get(key, []))
        entries = _ENTRIES[cache_key] = tuple(collected)
    return entries


_DERIVED: dict[tuple[Any, ...], Any] = {}


def derived(name: str, options: Mapping[str, Any], key: str, resolve: Any, build: Callable[[tuple[Any, ...]], T]) -> T:
    """``build(load_entries(name, options, key, resolve))``, computed once per set of data files.

    For the lists, maps and sorted tables rules make from a data file: the files do not change
    during a run, so neither does what is made of them.  ``build`` must be a module-level function.
    """
    cache_key = (name, key, extra_files(options, resolve), build)
    if cache_key not in _DERIVED:
        _DERIVED[cache_key] = build(load_entries(name, options, key, resolve))
    return _DERIVED[cache_key]


def _words(entries: tuple[Any, ...], field: str = "word") -> tuple[str, ...]:
    return tuple(str(e[field]) for e in entries if isinstance(e, dict) and e.get(field))


def load_words(name: str, options: Mapping[str, Any], key: str, resolve: Any = None) -> tuple[str, ...]:
    """The ``word`` of every entry of a plain word list (once per set of data files)."""
    return derived(name, options, key, resolve, _words)


def rule(rule_id: str, category: str, severity: str, zh: str, en: str, *, what: str, why: str,
         example: str = "", use_instead: str = "", source: str = "", fixable: bool = False) -> Rule:
    """Declare a rule with its documentation in one call."""
    return Rule(rule_id, Category(category), Severity(severity), zh, en,
                RuleDoc(what=what, why=why, example=example, use_instead=use_instead, source=source),
                fixable=fixable)


def finditer_lines(document: Document, pattern: "re.Pattern[str]",
                   start_line: int = 0) -> Iterator[tuple[int, "re.Match[str]"]]:
    """Yield (absolute offset of the line, match) for every match in every line from ``start_line``."""
    for idx in range(start_line, len(document.lines)):
        base = document.line_starts[idx]
        for m in pattern.finditer(document.lines[idx]):
            yield base, m


def findings_for(rule_obj: Rule, context: Any, items: Iterable[tuple[int, int, Message, Optional[str]]]
                 ) -> Iterator[Finding]:
    """Turn (start, end, message, suggestion) tuples into findings when the rule is enabled."""
    if not context.enabled(rule_obj.id):
        return
    for start, end, message, suggestion in items:
        yield rule_obj.finding(message, start, end, suggestion)


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
    return _finditer_around(pattern, text, _occurrences(text, anchors), reach)


def _occurrences(text: str, anchors: tuple[str, ...], limit: Optional[int] = None) -> Optional[list[int]]:
    """The offsets of every occurrence of the anchors in ``text``, in order; None when there are more than ``limit``."""
    find = text.find
    found: list[int] = []
    for anchor in anchors:
        i = find(anchor)
        while i >= 0:  # overlapping occurrences too: a match may hold only the second of 法法
            found.append(i)
            if limit is not None and len(found) > limit:
                return None
            i = find(anchor, i + 1)
    if len(anchors) > 1:
        found.sort()
    return found


def _finditer_around(pattern: "re.Pattern[str]", text: str, occurrences: list[int],
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


#: one attempt to match at a given position costs about as much as this many characters of a
#: search through the text by a pattern that is tried at every position (0.35 µs against 7 ns)
_ATTEMPT_COST = 50
#: finding a literal is about this many times faster, per character, than such a search
_FIND_SPEEDUP = 8
#: what the parse of a pattern tells, by (pattern, flags): (greatest width of a match or None when
#: unbounded, :func:`required_texts`, whether the engine tries it at every position)
_Plan = tuple[Optional[int], tuple[str, ...], bool]
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


#: the data-cache kind of the stored analyses (the key holds this file's size and time as well)
_PLAN_KIND = "regex-scan-3"


def _preload_plans(patterns: Iterable["re.Pattern[str]"]) -> None:
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
    if not isinstance(plans, list) or len(plans) != len(keys):
        plans = [_plan_of(*key) for key in keys]  # a foreign entry: analyse here
    _PLANS.update((key, None if plan is None else (plan[0], tuple(plan[1]), bool(plan[2])))
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
        skips = op is p.LITERAL or op is p.IN or (
            op is p.BRANCH and all(alt and alt[0][0] is p.LITERAL for alt in av[1]))
        texts = () if (flags | parsed.state.flags) & re.IGNORECASE else _required_texts(parsed.data)
    except Exception:  # noqa: BLE001 - a construct or parser this does not know: no shortcut
        return None
    return (high if high < p.MAXREPEAT else None), texts, not skips


def _rarer(best: tuple[str, ...], other: "tuple[str, ...] | list[str]") -> bool:
    """True when the texts ``other`` are likely rarer than ``best``: a longer shortest text, or as long and fewer."""
    if not other or not all(other):
        return False
    if not best:
        return True
    shortest, other_shortest = min(map(len, best)), min(map(len, other))
    return other_shortest > shortest or (other_shortest == shortest and len(set(other)) < len(best))


def _required_texts(items: Any) -> tuple[str, ...]:
    """The best set of texts one of which every match of the parsed sequence ``items`` contains.

    From runs of consecutive elements that match few texts (``(?:最大限度|尽可能)的``: 最大限度的,
    尽可能的; ``[余多]分``: 余分, 多分), from the openings of alternations whose alternatives open
    with literals, and from groups and repeats every match goes through.  The best set has the
    longest shortest text; () when nothing is known.
    """
    p = _re_parser
    best: tuple[str, ...] = ()
    run = [""]  # the texts of the current run of consecutive elements

    def consider(found: "tuple[str, ...] | list[str]") -> None:
        nonlocal best
        if _rarer(best, found):
            best = tuple(sorted(set(found)))

    for op, av in items:
        if op is p.ASSERT or op is p.ASSERT_NOT or op is p.AT:
            continue  # zero-width: the texts around stay adjacent
        texts = _finite_texts([(op, av)])
        if texts:
            longer = [t + u for t in run for u in texts]
            if len(longer) > _MAX_TEXTS:
                consider(run)
                longer = list(texts)
            run = longer
            continue
        consider(run)
        run = [""]
        if op is p.SUBPATTERN and not av[1] & re.IGNORECASE:
            consider(_required_texts(av[3]))
        elif op in _REPEATS and av[0] >= 1:
            consider(_required_texts(av[2]))
        elif op is p.BRANCH:
            openings = []
            for alt in av[1]:
                lead = []
                for alt_op, alt_av in alt:
                    if alt_op is not p.LITERAL:
                        break
                    lead.append(chr(alt_av))
                openings.append("".join(lead))
            consider(openings)
    consider(run)
    return best


#: more texts than this for a run of elements: not worth listing them
_MAX_TEXTS = 64


def _finite_texts(items: Any) -> tuple[str, ...]:
    """Every text the parsed sequence ``items`` matches, when they are few (literals, classes, alternatives).

    () when they are many, unknown or include the empty text.
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
                alt_texts = _finite_texts(alt)
                if not alt_texts:
                    return ()
                options.extend(alt_texts)
        elif op is p.SUBPATTERN and not av[1] & re.IGNORECASE:
            options = list(_finite_texts(av[3]))
            if not options:
                return ()
        else:
            return ()
        texts = [t + o for t in texts for o in options]
        if len(texts) > _MAX_TEXTS:
            return ()
    return tuple(sorted(set(texts))) if all(texts) else ()


# -- text patterns from data files (used by the wording and terminology plugins) -------------

class TextPattern:
    """One data-file entry compiled to a regular expression.

    An entry names what to find either as ``find`` (literal text, optionally with
    ``unless_before`` / ``unless_after`` lists of literal neighbours that make it correct)
    or as ``regex`` (a Python regular expression; when it has a group named ``x`` only that
    group is reported).  ``fix`` is the replacement of the reported text (for ``regex`` a
    ``re`` template such as ``\\g<1>十届``).  Every other key stays available in ``entry``.
    """

    __slots__ = ("_regex", "fix", "entry", "requires", "_lookup", "_anchoring", "_shared")

    def __init__(self, regex: "re.Pattern[str] | str", fix: Optional[str], entry: Mapping[str, Any],
                 requires: Optional[tuple[str, ...]] = None) -> None:
        #: the compiled pattern, or its source until first use (most entries never match a given
        #: report, and compiling a hundred patterns per process is a visible part of a pre-commit run)
        self._regex = regex
        self.fix = fix
        self.entry = entry
        #: texts one of which every match contains (the ``find`` text, or what a regex requires, see
        #: :func:`fzlint.recache.required_any`): a report with none of them is skipped fast
        self.requires = requires
        self._anchoring: "Optional[tuple[tuple[str, ...], int]] | bool" = False  # False: not analysed yet
        self._lookup: "Optional[tuple[str, ...]] | bool" = False  # False: not analysed yet
        #: the lookup texts are among the shared literals (registered by a PatternSet)
        self._shared = False

    def may_occur_in(self, text: str) -> bool:
        """False when the pattern cannot match ``text`` (it contains none of the required texts)."""
        return self.requires is None or any(t in text for t in self.requires)

    @property
    def regex(self) -> "re.Pattern[str]":
        """The compiled regular expression (compiled on first use)."""
        if isinstance(self._regex, str):
            self._regex = recache.compile(self._regex)
        return self._regex

    def lookup_texts(self) -> Optional[tuple[str, ...]]:
        """Texts one of which every match contains, the rarest known: the required texts, or the
        texts of :func:`required_texts` when they are likely rarer (longer)."""
        if self._lookup is False:
            self._lookup = self.requires
            if "regex" in self.entry and self.requires and all(self.requires):
                texts = required_texts(self.regex)
                if _rarer(self.requires, texts):
                    self._lookup = texts
        return self._lookup  # type: ignore[return-value]

    def anchoring(self) -> Optional[tuple[tuple[str, ...], int]]:
        """(anchors, reach) for :func:`finditer_anchored` if the engine tries this at every position, else None."""
        if self._anchoring is False:
            self._anchoring = self._find_anchoring()
        return self._anchoring  # type: ignore[return-value]

    def _find_anchoring(self) -> Optional[tuple[tuple[str, ...], int]]:
        # a ``find`` entry starts with its literal: the engine skips through the text itself
        if "regex" not in self.entry or not self.requires or not all(self.requires):
            return None
        plan = slow_scan(self.regex)
        anchors = self.lookup_texts()
        if plan is None or not anchors:
            return None
        # an anchor lies inside the match, so it starts this far after the match's start at most
        return anchors, plan[0] - min(len(t) for t in anchors)

    def finditer(self, text: str) -> Iterator["re.Match[str]"]:
        """``self.regex.finditer(text)``, trying only the positions around the anchors when that is cheaper."""
        anchoring = self.anchoring()
        if anchoring is None:
            return self.regex.finditer(text)
        anchors, reach = anchoring
        if self._shared:
            # the anchors are looked up with the shared literals (see PatternSet): only those present count
            present = SHARED_LITERALS.present(text)
            anchors = tuple(a for a in anchors if a in present)
            if not anchors:
                return iter(())  # every match holds an anchor
        # each anchor is found at a fraction of the cost of a search, then reach + 1 attempts
        # are made around each occurrence: worth it while these are few for the text's length
        budget = len(text) - len(anchors) * len(text) // _FIND_SPEEDUP
        if budget >= 0:
            occurrences = _occurrences(text, anchors, limit=budget // (_ATTEMPT_COST * (reach + 1)))
            if occurrences is not None:
                return _finditer_around(self.regex, text, occurrences, reach)
        return self.regex.finditer(text)

    def span(self, m: "re.Match[str]") -> tuple[int, int]:
        """The reported span of a match: group ``x`` when the pattern has one, else the match."""
        if "x" in self.regex.groupindex and m.group("x") is not None:
            return m.span("x")
        return m.span()

    def replacement(self, m: "re.Match[str]") -> Optional[str]:
        """The suggested replacement of the reported span (None when the entry gives no fix)."""
        if self.fix is None:
            return None
        # a template without a backslash expands to itself (only a backslash starts a group
        # reference or an escape): parsing it again for every match is a visible cost
        if "regex" in self.entry and "\\" in self.fix:
            try:
                return m.expand(self.fix)
            except (re.error, IndexError):
                return self.fix
        return self.fix


def compile_pattern(entry: Any, where: str = "data") -> TextPattern:
    """Compile one ``find``/``regex`` entry, raising :class:`DataError` when it is malformed."""
    if not isinstance(entry, Mapping):
        raise DataError(f"{where}: entry {entry!r} is not a mapping")
    fix = entry.get("fix")
    if fix is not None and not isinstance(fix, str):
        fix = str(fix)
    if "regex" in entry:
        try:
            regex = recache.compile(str(entry["regex"]), search=True)
            return TextPattern(regex, fix, entry, requires=required_any(regex))
        except re.error as exc:
            raise DataError(f"{where}: invalid regex {entry['regex']!r}: {exc}") from None
    find = entry.get("find")
    if not isinstance(find, str) or not find:
        raise DataError(f"{where}: entry {dict(entry)!r} needs 'find' (text) or 'regex'")
    before = entry.get("unless_before") or []
    after = entry.get("unless_after") or []
    if isinstance(before, str):
        before = [before]
    if isinstance(after, str):
        after = [after]
    # the literal first, so that the regex engine searches for it directly; "not preceded by B"
    # becomes "B + literal does not end here", the same condition
    parts = [re.escape(find)]
    parts.extend(f"(?<!{re.escape(str(b) + find)})" for b in before)
    parts.extend(f"(?!{re.escape(str(a))})" for a in after)
    return TextPattern("".join(parts), fix, entry, requires=(find,))  # compiled when first needed


class SharedLiterals:
    """The literals of every word list, looked up in a report in one pass for all of them.

    Each rule family asks which of its words a report contains; one automaton over the words
    of all families answers them all with one scan of the text (the answer for the current
    text is kept until another text is asked about).
    """

    def __init__(self) -> None:
        self._words: dict[str, None] = {}
        self._set: Optional[LiteralSet] = None
        self._text: Optional[str] = None
        self._present: set[str] = set()

    def add(self, words: Iterable[str]) -> None:
        """Include ``words`` in the lookups from now on."""
        new = [w for w in dict.fromkeys(words) if w not in self._words]
        if not new:
            return
        self._words.update(dict.fromkeys(new))
        self._set = None  # built again, with every word, for the next text
        if self._text is not None:
            # the answer for the current text stays right for the words it knew: only the new ones
            # are looked up in it (the lists register one after the other while the first report
            # is checked, and building the automaton again for each costs a fresh process 2 ms)
            self._present = self._present | LiteralSet(new, automaton=False).present(self._text)

    def present(self, text: str) -> set[str]:
        """The registered words that occur in ``text``."""
        if text is not self._text:
            if self._set is None:
                self._set = LiteralSet(self._words)
            self._present, self._text = self._set.present(text), text
        return self._present


#: shared by the word lists of all first-party plugins
SHARED_LITERALS = SharedLiterals()


class PatternSet:
    """An ordered list of :class:`TextPattern` that finds, in one pass, the ones a text may match.

    A pattern none of whose required texts occurs in the text cannot match it; the required
    texts of all lists are looked up at once (:data:`SHARED_LITERALS`).
    """

    __slots__ = ("patterns", "_always", "_by_text")

    def __init__(self, patterns: Iterable[TextPattern]) -> None:
        self.patterns: list[TextPattern] = list(patterns)
        self._always: Optional[list[int]] = None
        self._by_text: dict[str, list[int]] = {}

    def __iter__(self) -> Iterator[TextPattern]:
        return iter(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, text: str) -> list[TextPattern]:
        """The patterns that may match ``text`` (without a requirement, or with a lookup text present), in order."""
        if self._always is None:
            _preload_plans(p.regex for p in self.patterns if "regex" in p.entry)
            self._always = [i for i, p in enumerate(self.patterns) if p.lookup_texts() is None]
            for i, p in enumerate(self.patterns):
                for t in p.lookup_texts() or ():
                    self._by_text.setdefault(t, []).append(i)
                p._shared = True
            SHARED_LITERALS.add(self._by_text)
        chosen = set(self._always)
        by_text = self._by_text
        for t in SHARED_LITERALS.present(text):
            if t in by_text:
                chosen.update(by_text[t])
        return [self.patterns[i] for i in sorted(chosen)]


_PATTERN_CACHE: dict[tuple, PatternSet] = {}


def load_patterns(name: str, options: Mapping[str, Any], key: str, resolve: Any = None,
                  where: Optional[str] = None) -> PatternSet:
    """The entries of ``data/NAME.yaml`` under ``key`` (plus user extras), compiled once per process."""
    cache_key = (name, key, extra_files(options, resolve))
    if cache_key not in _PATTERN_CACHE:
        entries = load_entries(name, options, key=key, resolve=resolve)
        label = where or f"{name}.yaml:{key}"
        _PATTERN_CACHE[cache_key] = PatternSet(compile_pattern(e, label) for e in entries)
    return _PATTERN_CACHE[cache_key]


def scan_patterns(text: str, patterns: "PatternSet | Iterable[TextPattern]"
                  ) -> Iterator[tuple[int, int, TextPattern, Optional[str]]]:
    """Yield (start, end, pattern, suggestion) for every match, the first pattern winning overlaps."""
    taken: list[tuple[int, int]] = []
    if isinstance(patterns, PatternSet):
        chosen: Iterable[TextPattern] = patterns.candidates(text)  # required texts already looked up
    else:
        # a substring test is far cheaper than running the regex
        chosen = (pat for pat in patterns if pat.may_occur_in(text))
    for pat in chosen:
        for m in pat.finditer(text):
            start, end = pat.span(m)
            if end <= start or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            yield start, end, pat, pat.replacement(m)
