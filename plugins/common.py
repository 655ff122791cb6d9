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
from fzlint.regexscan import (
    anchor_reach,
    finditer_cheapest,
    may_match,
    opens_with_alternatives,
    preload_plans,
    rarer,
    required_texts,
    slow_scan,
)
from fzlint.rules import Category, Finding, Message, Rule, RuleDoc, Severity
from fzlint.textutil import digits_to_cn, longest_first

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


def data_file_bytes(names: Iterable[str], files: tuple[str, ...]) -> bytes:
    """The raw content of the bundled data files ``names`` and of the user's extra ``files``: the key
    of what is made of them in the data cache (:func:`fzlint.datacache.cached`)."""
    parts = []
    for path in [os.path.join(_DATA_DIR, f"{name}.yaml") for name in names] + list(files):
        try:
            with open(path, "rb") as fh:
                parts.append(fh.read())
        except OSError as exc:
            raise DataError(f"cannot read data file {path}: {exc.strerror or exc}") from None
    return b"\0".join(parts)


def literal_alternation(names: Iterable[str]) -> str:
    """A regex alternation of the literal ``names``, the longest first (全民国家安全教育日 wins over
    国家安全教育日) and in a fixed order (the compiled pattern is stored, :mod:`fzlint.recache`)."""
    return "|".join(re.escape(n) for n in longest_first(names))


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
    out: list[str] = []
    for e in entries:
        if not isinstance(e, dict):
            continue
        if e.get(field):
            out.append(str(e[field]))
        elif field == "word" and isinstance(e.get("words"), list):  # a group: {words: [...], source: ...}
            out.extend(str(w) for w in e["words"])
    return tuple(out)


def load_words(name: str, options: Mapping[str, Any], key: str, resolve: Any = None) -> tuple[str, ...]:
    """The ``word`` of every entry of a plain word list, and the ``words`` of a group (once per set of data files)."""
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


# -- text patterns from data files (used by the wording and terminology plugins) -------------

class TextPattern:
    """One data-file entry compiled to a regular expression.

    An entry names what to find either as ``find`` (literal text, optionally with
    ``unless_before`` / ``unless_after`` lists of literal neighbours that make it correct)
    or as ``regex`` (a Python regular expression; when it has a group named ``x`` only that
    group is reported).  ``look_back: 原`` (either form) drops a match that this word precedes
    by at most :data:`LOOK_BACK_REACH` Chinese characters (原县工商局, 原平川县旅游局: the former
    body, named as such).  ``fix`` is the replacement of the reported text (for ``regex`` a
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
        return may_match(text, self.requires)

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
                if rarer(self.requires, texts):
                    self._lookup = texts
        return self._lookup  # type: ignore[return-value]

    def anchoring(self) -> Optional[tuple[tuple[str, ...], int]]:
        """(anchors, reach) for :func:`finditer_anchored` if the engine makes many attempts at this, else None.

        For a pattern it tries at every position (see :func:`slow_scan`), or one opening with
        alternatives (see :func:`opens_with_alternatives`) whose anchors are known to begin near
        the start of a match.
        """
        if self._anchoring is False:
            self._anchoring = self._find_anchoring()
        return self._anchoring  # type: ignore[return-value]

    def _find_anchoring(self) -> Optional[tuple[tuple[str, ...], int]]:
        # a ``find`` entry starts with its literal: the engine skips through the text itself
        if "regex" not in self.entry or not self.requires or not all(self.requires):
            return None
        anchors = self.lookup_texts()
        if not anchors:
            return None
        # the parse often knows where the required texts can begin (after an optional part only)
        known = anchor_reach(self.regex) if anchors == required_texts(self.regex) else None
        plan = slow_scan(self.regex)
        if plan is not None:
            # an anchor lies inside the match, so it starts this far after the match's start at most
            reach = plan[0] - min(len(t) for t in anchors)
            return anchors, reach if known is None else min(reach, known)
        if known is not None and opens_with_alternatives(self.regex):
            return anchors, known  # the engine attempts at every first character of the alternatives
        return None

    def finditer(self, text: str) -> Iterator["re.Match[str]"]:
        """``self.regex.finditer(text)``, trying only the positions around the anchors when that is cheaper."""
        anchoring = self._anchoring
        if anchoring is False:
            anchoring = self.anchoring()
        if anchoring is None:
            return self.regex.finditer(text)
        anchors, reach = anchoring  # type: ignore[misc]
        if self._shared:
            # the anchors are looked up with the shared literals (see PatternSet): only those present count
            anchors = SHARED_LITERALS.present(text).intersection(anchors)
            if not anchors:
                return iter(())  # every match holds an anchor
        return _ANCHOR_OFFSETS.finditer(self.regex, text, anchors, reach)

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


#: how many Chinese characters (a place name, 县) may stand between an entry's ``look_back`` word and
#: its match (原平川县工商局, 原县旅游局: the former body, named as such)
LOOK_BACK_REACH = 4


def _look_back_guard(word: Any, where: str, ending: str = "") -> str:
    """Negative look-behinds failing where ``word`` precedes (the text ending in ``ending``) by up to
    :data:`LOOK_BACK_REACH` Chinese characters: one fixed-width look-behind per distance."""
    if not isinstance(word, str) or not word:
        raise DataError(f"{where}: look_back must be a word, not {word!r}")
    w, tail = re.escape(word), re.escape(ending)
    return "".join(f"(?<!{w}[\u4e00-\u9fff]{{{n}}}{tail})" if n else f"(?<!{w}{tail})"
                   for n in range(LOOK_BACK_REACH + 1))


#: a word list of an entry's ``words`` in its regex: ``{@name}``, alone in a look-behind or anywhere
_WORDS_PLACEHOLDER = re.compile(r"\(\?<([=!])\{@([A-Za-z_]\w*)\}\)|\{@([A-Za-z_]\w*)\}")


def expand_word_lists(source: str, words: Any, where: str) -> str:
    """``source`` with each ``{@name}`` replaced by the words of ``words[name]`` as an alternation.

    ``(?<={@name})`` and ``(?<!{@name})`` become look-behinds of one width each (Python's need
    fixed widths): ``(?:(?<=积极|认真)|(?<=实质性))`` and ``(?<!不规范)(?<!不及时)``.  A long
    regex keeps its word lists as lists (adverbs, verbs, nouns) that a reader can extend.
    """
    if not isinstance(words, Mapping):
        raise DataError(f"{where}: words must map names to word lists, not {words!r}")

    def listed(name: str) -> list[str]:
        found = words.get(name)
        if not isinstance(found, list) or not found or not all(isinstance(w, str) and w for w in found):
            raise DataError(f"{where}: words: {name} must be a list of words (used as {{@{name}}})")
        return longest_first(found)

    def expand(m: "re.Match[str]") -> str:
        if m.group(3) is not None:
            return "(?:" + "|".join(re.escape(w) for w in listed(m.group(3))) + ")"
        sign, by_width = m.group(1), {}
        for w in listed(m.group(2)):
            by_width.setdefault(len(w), []).append(re.escape(w))
        groups = [f"(?<{sign}{'|'.join(ws)})" for ws in by_width.values()]
        # all must hold for a negative look-behind, one for a positive one
        return "".join(groups) if sign == "!" or len(groups) == 1 else "(?:" + "|".join(groups) + ")"

    return _WORDS_PLACEHOLDER.sub(expand, source)


def compile_pattern(entry: Any, where: str = "data") -> TextPattern:
    """Compile one ``find``/``regex`` entry, raising :class:`DataError` when it is malformed."""
    if type(entry) is not dict and not isinstance(entry, Mapping):  # (the usual dict without the ABC's check)
        raise DataError(f"{where}: entry {entry!r} is not a mapping")
    fix = entry.get("fix")
    if fix is not None and not isinstance(fix, str):
        fix = str(fix)
    look_back = entry.get("look_back")
    if "regex" in entry:
        source = str(entry["regex"])
        if "words" in entry or "{@" in source:
            source = expand_word_lists(source, entry.get("words", {}), where)
        if look_back is not None:  # at the start of the pattern: where the match starts
            source = _look_back_guard(look_back, where) + source
        try:
            regex = recache.deferred(source, search=True)  # built when a text may match it
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
    if look_back is not None:
        parts.append(_look_back_guard(look_back, where, ending=find))
    return TextPattern("".join(parts), fix, entry, requires=(find,))  # compiled when first needed


class AnchorOffsets:
    """The offsets of anchors in the current text, found once for all the patterns that share them.

    Patterns of a list often hold the same anchors (the verbs of the 份/分 entries); each anchor
    is found once per text, and a pattern is tried around them when that is cheaper than a
    search (as :func:`fzlint.regexscan.finditer_cheapest` does, finding them afresh each time).
    """

    def __init__(self) -> None:
        self._text: Optional[str] = None
        self._found: dict[str, list[int]] = {}

    def finditer(self, regex: "re.Pattern[str]", text: str, anchors: Iterable[str],
                 reach: int) -> Iterator["re.Match[str]"]:
        """``regex.finditer(text)`` for a pattern every match of which holds one of ``anchors`` at most ``reach`` in."""
        if text is not self._text:
            self._text, self._found = text, {}
        return finditer_cheapest(regex, text, anchors, reach, known=self._found)


_ANCHOR_OFFSETS = AnchorOffsets()


#: a list of at least this many new words is looked up in the current text by an automaton of its
#: own (below, testing each word is cheaper than building one)
_OWN_AUTOMATON = 300


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
            # is checked, and building the automaton again for each costs a fresh process 2 ms);
            # a long list is looked up by an automaton of its own (a thousand words: 1.6 ms, not 3)
            automaton = len(new) >= _OWN_AUTOMATON
            self._present = self._present | LiteralSet(new, automaton=automaton).present(self._text)

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
            preload_plans(p.regex for p in self.patterns if "regex" in p.entry)
            self._always = [i for i, p in enumerate(self.patterns) if p.lookup_texts() is None]
            for i, p in enumerate(self.patterns):
                for t in dict.fromkeys(p.lookup_texts() or ()):
                    self._by_text.setdefault(t, []).append(i)
                p._shared = True
            SHARED_LITERALS.add(self._by_text)
        by_text = self._by_text
        # the present texts of this list, found in C (a report holds a few of the hundreds of all lists)
        hits = by_text.keys() & SHARED_LITERALS.present(text)
        if not self._always and len(hits) <= 1:
            # none, or one text: its patterns, ascending and distinct, need no merging
            return [self.patterns[i] for i in by_text[hits.pop()]] if hits else []
        chosen = set(self._always)
        for t in hits:
            chosen.update(by_text[t])
        return [self.patterns[i] for i in sorted(chosen)]


_PATTERN_CACHE: dict[tuple, PatternSet] = {}


def load_patterns(name: str, options: Mapping[str, Any], key: str, resolve: Any = None,
                  where: Optional[str] = None) -> PatternSet:
    """The entries of ``data/NAME.yaml`` under ``key`` (plus user extras), compiled once per process."""
    files = extra_files(options, resolve)
    cache_key = (name, key, files)
    if cache_key not in _PATTERN_CACHE:
        entries = load_entries(name, options, key=key, resolve=resolve)
        labels = _entry_labels(name, key, files, where)
        _PATTERN_CACHE[cache_key] = PatternSet(compile_pattern(e, label) for e, label in zip(entries, labels))
    return _PATTERN_CACHE[cache_key]


def _entry_labels(name: str, key: str, files: tuple[str, ...], where: Optional[str]) -> list[str]:
    """The file each entry of :func:`load_entries` comes from, for error messages: the bundled
    ``NAME.yaml`` (or ``where``) first, then each of the user's extra files."""
    labels = [where or f"{name}.yaml:{key}"] * len((_bundled(name) or {}).get(key, []))
    for full in files:
        labels += [f"data file {full}: {key}"] * len((_user_file(full) or {}).get(key, []))
    return labels


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


# -- the part on next year's plans ----------------------------------------------------------------

#: a paragraph that opens next year's plans in a report that gives them no heading (2026年，我镇将
#: 重点抓好以下工作：; 下一步，我们将……), the next year written as {next}
_PLAN_OPENING = "^[ \t\u3000]*(?:下一步|下步|下一阶段|新的一年|明年|今后|{next}年)[^。；：\n]{{0,30}}?将"
#: such a paragraph is taken only in the last part of a report (a 2026年将… sentence among the
#: measures is no plan part): its start lies beyond this share of the text
_PLAN_OPENING_AFTER = 0.5


@lru_cache(maxsize=32)
def _plan_opening_re(year: int) -> "re.Pattern[str]":
    """:data:`_PLAN_OPENING` for the plans of the year after ``year``."""
    return recache.compile(_PLAN_OPENING.format(next=year + 1), re.M)


@lru_cache(maxsize=32)
def _plan_title_re(plan_words: tuple[str, ...], year: int) -> "re.Pattern[str]":
    """Any of ``plan_words`` or the year after ``year`` (in Arabic or Chinese digits), in a heading's title."""
    return recache.compile("|".join(re.escape(w) for w in (*plan_words, str(year + 1), digits_to_cn(year + 1))))


def plan_part_start(document: Document, plan_words: tuple[str, ...], year: int) -> int:
    """Where the part on the plans for the year after ``year`` starts: its heading (下一步工作安排,
    2026年工作计划…, by ``plan_words`` or the next year), else a paragraph that opens it in the
    second half of the report (2026年，我镇将重点抓好以下工作：), else the end of the text."""
    def find() -> int:
        headings = document.headings
        # one search over the titles, one per line, for the first that names the plans
        titles = "\n".join(h.title.replace("\n", " ") for h in headings)
        m = _plan_title_re(plan_words, year).search(titles)
        if m is not None:
            return headings[titles.count("\n", 0, m.start())].start
        text = document.text
        for m in _plan_opening_re(year).finditer(text, int(len(text) * _PLAN_OPENING_AFTER)):
            return m.start()
        return len(text)
    return document.shared(("common/plan-part-start", year, plan_words), find)


def preceded_by(text: str, at: int, words: Optional[Iterable[Any]]) -> bool:
    """True when one of ``words`` ends right before offset ``at`` of ``text``: the guard of a data
    entry's ``not_after`` list (局|法制机构, 副|作用), which makes the match part of another word."""
    return any(text.endswith(str(w), 0, at) for w in words or ())


def start_after(text: str, pos: int, stops: str = "。；！？\n") -> int:
    """The offset just after the last of ``stops`` before ``pos`` (0 when there is none): where the
    sentence (or, with clause marks among ``stops``, the clause) holding ``pos`` starts."""
    return max(text.rfind(c, 0, pos) for c in stops) + 1


def end_before(text: str, pos: int, limit: int, stops: str = "。；！？\n") -> int:
    """The offset of the first of ``stops`` from ``pos`` on, at most ``limit``: where the sentence (or,
    with clause marks among ``stops``, the clause) holding ``pos`` ends (the mirror of :func:`start_after`)."""
    return min((e for e in (text.find(c, pos, limit) for c in stops) if e >= 0), default=limit)


#: what follows a quoted term that is talked about, not used: “法制副校长”的称谓, “法制办”更名为…
_MENTION_AFTER = ("的称谓", "称谓", "的称呼", "的叫法", "叫法", "的说法", "说法", "的提法", "提法", "的表述",
                  "表述", "字样", "等字样", "一词", "的名称", "这一名称", "这一说法", "这一提法", "更名为", "更名",
                  "改为", "改称", "统一为", "规范为", "修改为", "调整为", "已停用", "不再使用")


def quoted_mention(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a term in quotation marks that the sentence talks about
    (部分学校仍沿用“法制副校长”的称谓; 将“法制宣传日”更名为…) rather than uses."""
    opening = text.rfind("“", max(0, start - 8), start + 1)
    close = text.find("”", end, end + 8)
    if opening < 0 or close < 0 or "”" in text[opening:start] or "“" in text[end:close]:
        return False
    return text.startswith(_MENTION_AFTER, close + 1)
