"""Compiled regular expressions that survive the process, so a pre-commit run does not rebuild 400 of them.

CPython compiles a pattern in two steps: pure-Python code parses it and generates the matcher's
*code* (a list of integers), then ``_sre.compile`` (C) builds the pattern object from that code.
The Python half costs about 0.2 ms per pattern: compiling the rules' patterns was a third of a
fresh run on one report.  :func:`compile` keeps the generated code of every pattern it has
compiled, with what the parse tells about it (the texts every match contains, see
:func:`required_any`; the rewrite for searching, see :func:`searchable`), in one file in the
user cache folder (next to the data cache, see :mod:`fzlint.datacache`) and, in later
processes, hands it straight to ``_sre.compile``.

The stored code depends only on the pattern text, the flags and the interpreter, so the file is
named after the Python build, the ``_sre`` engine's version and this module's own file (size and
modification time); nothing else can make an entry stale.  ``_sre`` validates the code it is
given, so a damaged file raises instead of crashing, and any failure (an interpreter without
these internals, an unreadable or corrupt file) falls back to :func:`re.compile` for the rest
of the process.  New entries are merged into the file at exit (atomic rename, so concurrent
processes are safe).  ``FZLINT_NO_DATA_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import struct
import sys
import zlib
from array import array
from typing import Any, Callable, Optional

try:  # Python 3.11+
    import re._compiler as _sre_compiler
    import re._constants as _sre_constants
    import re._parser as _sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

try:
    import _sre
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]

#: bump when the stored layout changes
FORMAT_VERSION = 7
#: a file with more entries than this is started afresh (user data files can add patterns)
MAX_ENTRIES = 5000
_MAGIC = b"FZRE"
_HEADER = struct.Struct("<4sQ")  # magic, length of the marshalled index that follows

#: (flags, code as machine words, groups - 1, groupindex, indexgroup): what ``_sre.compile`` takes,
#: then what every match requires (see :func:`required_any`) and the pattern text compiled (see
#: :func:`searchable`)
_Entry = tuple
#: the array type of one word of ``_sre`` code (a list of ints is ten times slower to unmarshal)
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")


class _Store:
    """The stored file, read lazily: the index at first use, an entry's bytes only when asked for.

    Layout: ``FZRE``, the index length, ``marshal({(pattern, flags): (offset, length, facts)})``
    (see :func:`facts`), then the marshalled entries one after the other.  A run reads the few
    hundred entries it uses, not every pattern any run (a test suite, a user word list) ever compiled.
    """

    def __init__(self, path: Optional[str]) -> None:
        self.path = path
        self.index: dict[tuple[str, int], tuple[int, int]] = {}
        self._fh: Any = None
        self._base = 0
        if path is None:
            return
        try:
            fh = open(path, "rb")
        except OSError:
            return
        try:
            magic, size = _HEADER.unpack(fh.read(_HEADER.size))
            index = marshal.loads(fh.read(size)) if magic == _MAGIC else None
        except Exception:  # noqa: BLE001 - truncated or foreign: start afresh
            index = None
        if not isinstance(index, dict):
            fh.close()
            return
        self.index, self._fh, self._base = index, fh, _HEADER.size + size

    def raw(self, key: tuple[str, int]) -> Optional[bytes]:
        """The marshalled entry stored for ``key``, or None."""
        where = self.index.get(key)
        if where is None or self._fh is None:
            return None
        offset, length = where[0], where[1]
        try:
            if hasattr(os, "pread"):  # no shared file position: safe in forked workers too
                return os.pread(self._fh.fileno(), length, self._base + offset)
            self._fh.seek(self._base + offset)
            return self._fh.read(length)
        except OSError:
            return None

    def get(self, key: tuple[str, int]) -> Optional[_Entry]:
        """The stored entry for ``key``, or None."""
        raw = self.raw(key)
        if raw is None:
            return None
        try:
            entry = marshal.loads(raw)
        except Exception:  # noqa: BLE001
            return None
        return entry if isinstance(entry, tuple) and len(entry) == 7 else None

    def facts(self, key: tuple[str, int]) -> Optional[Facts]:
        """What the index tells about the entry stored for ``key`` without reading it, or None."""
        where = self.index.get(key)
        return where[2] if where is not None and len(where) > 2 else None  # type: ignore[return-value]

    def forget(self) -> None:
        """Stop using the file (it holds an entry ``_sre`` refused)."""
        self.index = {}


#: (final flags, :func:`required_any`, the pattern text compiled, whether it matches the empty text):
#: what a pattern is known to be without building it (see :func:`facts`)
Facts = tuple[int, Optional[tuple[str, ...]], str, bool]

_store: Optional[_Store] = None
#: the entries this process generated, by key: (marshalled entry, facts)
_new: dict[tuple[str, int], tuple[bytes, Facts]] = {}
_disabled = _sre is None or not hasattr(_sre_compiler, "_code")
_registered = False


def store_path() -> Optional[str]:
    """The file of stored patterns for this interpreter, or None when the cache is off."""
    from .datacache import data_dir

    folder = data_dir()
    if folder is None:
        return None
    try:  # the stored literals come from this module's analysis: an edited module starts a new file
        st = os.stat(__file__)
        code = f"{st.st_size}-{st.st_mtime_ns}"
    except OSError:
        code = "-"
    build = f"{sys.version}\0{getattr(_sre, 'MAGIC', 0)}\0{code}".encode()
    return os.path.join(folder, f"regex-v{FORMAT_VERSION}-{sys.implementation.name}{sys.version_info[0]}"
                                f"{sys.version_info[1]}-{zlib.crc32(build):08x}.bin")


def _load() -> _Store:
    global _store, _disabled
    if _store is None:
        path = store_path()
        if path is None:
            _disabled = True
        _store = _Store(path)
        if path is not None and _store.index:
            from .datacache import mark_used

            mark_used(path)
    return _store


def _generate(pattern: str, flags: int) -> _Entry:
    """What ``re.compile`` hands to ``_sre.compile`` for ``pattern`` (the slow, pure-Python part), and more."""
    parsed = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final = int(flags | parsed.state.flags)
    return (final, array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup),
            _requirement_of(parsed, final), pattern)


def _build(entry: _Entry) -> "re.Pattern[str]":
    flags, code, groups, groupindex, indexgroup, requirement, source = entry
    compiled = _sre.compile(source, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    _requirements[(source, flags)] = requirement
    return compiled


#: marks the stored entries of :func:`compile` with ``search=True`` (not a flag of :mod:`re`)
_SEARCH = 1 << 30


#: what every match of a pattern this process compiled contains (one of these texts), by (pattern, final flags)
_requirements: dict[tuple[str, int], Optional[tuple[str, ...]]] = {}


def required_literal(pattern: "re.Pattern[str]") -> Optional[str]:
    """The longest text every match of ``pattern`` contains, or None when none is known.

    ``literal in text`` is far cheaper than running the pattern, so a scan can skip texts
    without it.  Only what is certain is used: literal characters in sequence, inside groups
    and inside repeats of at least one, and a literal that every alternative contains; classes
    and case-insensitive parts contribute nothing.  Any doubt (an unknown construct, a parser that changed) gives None,
    which only costs speed.  Known without parsing for patterns from :func:`compile`.
    """
    requirement = required_any(pattern)
    return requirement[0] if requirement and len(requirement) == 1 else None


def required_any(pattern: "re.Pattern[str]") -> Optional[tuple[str, ...]]:
    """Texts one of which every match of ``pattern`` contains, or None when nothing is known.

    The longest required literal when there is one (a 1-tuple, see :func:`required_literal`);
    else the smallest set that an element of the pattern requires: the literals of the
    alternatives of a group (``HYPERLINK|TOC``), or the characters of a class (``[*＊]``).
    A text that contains none of them cannot match.
    """
    if not isinstance(pattern.pattern, str):
        return None
    key = (pattern.pattern, pattern.flags)
    if key not in _requirements:
        try:
            _requirements[key] = _requirement_of(_sre_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
        except Exception:  # noqa: BLE001
            _requirements[key] = None
    return _requirements[key]


#: the repeat operators of this Python's parser
_REPEATS = tuple(getattr(_sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_constants, name))
#: a class with more characters than this says too little to be worth testing
_MAX_CLASS = 16


def _requirement_of(parsed: Any, flags: int) -> Optional[tuple[str, ...]]:
    if flags & re.IGNORECASE:
        return None
    try:
        runs = _literal_runs(parsed)
        if runs:
            return (max(runs, key=len),)
        return _any_of(parsed)
    except Exception:  # noqa: BLE001 - a construct this does not know: no shortcut
        return None


def _any_of(items: Any) -> Optional[tuple[str, ...]]:
    """The smallest set of texts one of which every match of the sequence ``items`` contains."""
    c = _sre_constants
    best: Optional[tuple[str, ...]] = None
    for op, av in items:
        found: Optional[tuple[str, ...]] = None
        if op is c.LITERAL:
            found = (chr(av),)
        elif op is c.IN:
            if all(o is c.LITERAL for o, _a in av) and 0 < len(av) <= _MAX_CLASS:
                found = tuple(sorted({chr(a) for _o, a in av}))
        elif op is c.SUBPATTERN:
            if not av[1] & c.SRE_FLAG_IGNORECASE:
                found = _requirement_within(av[3])
        elif op in _REPEATS:
            if av[0] >= 1:
                found = _requirement_within(av[2])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            found = _requirement_within(av)
        elif op is c.BRANCH:
            parts = [_requirement_within(alt) for alt in av[1]]
            if all(parts):
                found = tuple(sorted({t for part in parts for t in part}))  # type: ignore[union-attr]
        if found and (best is None or len(found) < len(best)):
            best = found
    return best


def _requirement_within(items: Any) -> Optional[tuple[str, ...]]:
    runs = _literal_runs(items)
    return (max(runs, key=len),) if runs else _any_of(items)


def _common_runs(alternatives: list[list[str]]) -> list[str]:
    """The longest text every alternative contains (X按排|按排Y: 按排; 甲乙|丙乙丁: 乙), as a list of at most one."""
    if not alternatives:
        return []
    first, rest = alternatives[0], alternatives[1:]
    best = ""
    for run in first:
        for size in range(len(run), len(best), -1):  # substrings of ``run``, longest first
            found = next((run[i:i + size] for i in range(len(run) - size + 1)
                          if all(any(run[i:i + size] in other for other in runs) for runs in rest)), None)
            if found:
                best = found
                break
    return [best] if best else []


def _literal_runs(items: Any) -> list[str]:
    """Literal runs that every match of the parsed sequence ``items`` contains."""
    c = _sre_constants
    runs: list[str] = []
    current: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            current.append(chr(av))
            continue
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: the literals around it stay adjacent
        if current:
            runs.append("".join(current))
            current = []
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & c.SRE_FLAG_IGNORECASE:
                runs.extend(_literal_runs(sub))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                runs.extend(_literal_runs(sub))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            runs.extend(_literal_runs(av))
        elif op is c.BRANCH:
            runs.extend(_common_runs([_literal_runs(alt) for alt in av[1]]))
        # IN, ANY, NOT_LITERAL, GROUPREF, ...: nothing certain
    if current:
        runs.append("".join(current))
    return runs


def searchable(pattern: str, flags: int = 0) -> str:
    """``pattern``, rewritten so that the regex engine skips to its candidates; the same matches.

    Python's regex engine searches fast (in C, for the first character) for a pattern that
    starts with a literal or a class, but tries one that starts with an assertion
    (``(?<!学)习``) or an optional group at every position of the text.  When the assertions
    are followed by one character (a literal, an escape or a class), they move behind it, each
    looking back one character further (``习(?<!学(?s:.))``): ten to forty times faster on a
    report (:func:`_assertions_behind_first`).  Otherwise a lookahead on the possible first
    characters goes in front (``(?=[习总])...``), which halves the time.  The pattern is returned
    unchanged when its first characters are unknown or many, or it sets global flags.
    """
    if pattern.startswith("(?") and pattern[2:3].isalpha():
        return pattern  # inline global flags must stay first
    moved = _assertions_behind_first(pattern)
    if moved is not None:
        return moved
    try:
        parsed = _sre_parser.parse(pattern, flags)
        if flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE or not parsed.data:
            return pattern
        op, av = parsed.data[0]
        c = _sre_constants
        optional = op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0
        if op not in (c.ASSERT, c.ASSERT_NOT) and not optional:
            return pattern  # a literal, class or group first: the engine already skips to candidates
        if op is c.ASSERT and av[0] == 1:
            return pattern  # a lookahead first already: a second one in front would test nothing new
        chars, nullable = _first_chars(parsed.data)
    except Exception:  # noqa: BLE001 - a construct this does not know: leave the pattern alone
        return pattern
    if chars is None or nullable or not chars or len(chars) > _MAX_FIRST:
        return pattern
    return "(?=[" + "".join(sorted(chars)) + "])" + pattern


#: stored pattern files kept however old (one per Python build and fzlint version); older ones go
#: when unused for a month (see datacache.prune)
KEEP_STORES = 4
#: more possible first characters than this: the lookahead would not skip much
_MAX_FIRST = 32
#: characters that are not a literal in a pattern
_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def _assertions_behind_first(pattern: str) -> Optional[str]:
    """``pattern`` with its leading assertions moved behind the one character that follows them, or None.

    At the position after that character, a lookbehind ``(?<!B)`` becomes ``(?<!(?:B)(?s:.))``
    (``B`` then any one character, which is the consumed one) and a lookahead ``(?=L)`` becomes
    ``(?<=(?=L)(?s:.))`` (``L`` tested where the character starts): the same tests of the same
    text.  A repeated character ``X+`` becomes ``X X*`` and ``X{m,n}`` (``m`` at least 1)
    ``X X{m-1,n-1}``, lazy and possessive forms alike.  Group numbers do not change (the
    assertions keep their order and the character holds no group); None when the assertions are
    not followed by one plain character that must occur (a group, an alternation, ``X*``, ``X?``,
    ``X{0,n}``).
    """
    i, moved = 0, []
    while pattern.startswith(("(?<=", "(?<!", "(?=", "(?!"), i):
        end = _group_end(pattern, i)
        if end < 0:
            return None
        behind = pattern[i + 2] == "<"
        kind, body = pattern[i + 2 + behind], pattern[i + 3 + behind:end - 1]
        moved.append(f"(?<{kind}(?:{body})(?s:.))" if behind else f"(?<=(?{kind}{body})(?s:.))")
        i = end
    if not moved:
        return None
    end = _one_character(pattern, i)
    if end < 0:
        return None
    char, rest = pattern[i:end], pattern[end:]
    if rest[:1] in ("*", "?"):
        return None
    if rest[:1] == "+":
        rest = char + "*" + rest[1:]
    elif rest[:1] == "{":
        counted = _COUNTED.match(rest)
        if counted is None or not counted.group(1) or int(counted.group(1)) == 0:
            return None  # {0,n}, {,n} or a brace that is no repeat
        low, comma, high = int(counted.group(1)), counted.group(2), counted.group(3)
        if high and int(high) < low:
            return None  # invalid as written: compiling it reports that
        bounds = f"{low - 1}{comma}{int(high) - 1 if high else ''}"
        rest = char + "{" + bounds + "}" + rest[counted.end():]
    return char + "".join(moved) + rest


#: a counted repeat ``{m}``, ``{m,}``, ``{m,n}`` (its bounds)
_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that opens at ``pattern[i] == "["``, or -1."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1 if j < len(pattern) else -1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that opens at ``pattern[i] == "("``, or -1."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return -1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _one_character(pattern: str, i: int) -> int:
    """The index after the element at ``pattern[i]`` when it matches exactly one character, else -1.

    A literal, an escaped punctuation character, ``\\d \\s \\w`` (and their negations) or a class.
    """
    c = pattern[i:i + 1]
    if c == "[":
        return _class_end(pattern, i)
    if c == "\\":
        nxt = pattern[i + 1:i + 2]
        return i + 2 if nxt and (nxt in "dDsSwW" or not nxt.isalnum()) else -1
    return i + 1 if c and c not in _SPECIAL else -1


def _class_parts(av: Any) -> Optional[set[str]]:
    """The members of a parsed character class as pieces of a class (``a``, ``0-9``, ``\\d``), None when negated or odd."""
    c = _sre_constants
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}
    parts = set()
    for op, arg in av:
        if op is c.LITERAL:
            parts.add(re.escape(chr(arg)))
        elif op is c.RANGE:
            parts.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is c.CATEGORY and arg in categories:
            parts.add(categories[arg])
        else:
            return None
    return parts


def _first_chars(items: Any) -> tuple[Optional[set[str]], bool]:
    """(what a match of the sequence ``items`` can start with, as class pieces (None: anything), whether it can be empty)."""
    c = _sre_constants
    chars: set[str] = set()
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: the first character comes after it
        if op is c.LITERAL:
            return chars | {re.escape(chr(av))}, False
        if op is c.IN:
            parts = _class_parts(av)
            return (None if parts is None else chars | parts), False
        if op is c.SUBPATTERN or op is getattr(c, "ATOMIC_GROUP", None):
            sub = av[3] if op is c.SUBPATTERN else av
            if op is c.SUBPATTERN and av[1] & c.SRE_FLAG_IGNORECASE:
                return None, False
            first, empty = _first_chars(sub)
        elif op is c.BRANCH:
            first, empty = set(), False
            for alt in av[1]:
                f, e = _first_chars(alt)
                if f is None:
                    return None, False
                first |= f
                empty = empty or e
        elif op in _REPEATS:
            low, _high, sub = av
            first, empty = _first_chars(sub)
            empty = empty or low == 0
        else:
            return None, False  # ANY, NOT_LITERAL, categories, backreferences...
        if first is None:
            return None, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def lazy(pattern: str, flags: "int | re.RegexFlag" = 0) -> "Callable[[], re.Pattern[str]]":
    """A function returning :func:`compile` ``(pattern, flags)``, compiled at its first call.

    For the module-level patterns of code a run may not reach: a run whose every file comes
    from the result cache then compiles none, and opens no pattern store (2 ms).
    """
    from functools import cache

    return cache(lambda: compile(pattern, flags))


def facts(pattern: str, flags: "int | re.RegexFlag" = 0, *, search: bool = False) -> Optional[Facts]:
    """What :func:`compile` ``(pattern, flags, search=search)`` is known to give, without building it.

    (final flags, :func:`required_any`, the pattern text compiled, whether it matches the empty
    text) when an earlier process or this one compiled the pattern, else None (compile it then).
    A known pattern is a valid one: code that is never searched need not be built at all.
    """
    flags = int(flags)
    if _disabled or not isinstance(pattern, str):
        return None
    key = (pattern, flags | (_SEARCH if search else 0))
    if key in _new:
        return _new[key][1]
    store = _load()
    return None if _disabled else store.facts(key)


class DeferredPattern:
    """A pattern known to the store (see :func:`facts`), built at the first use of what only the
    compiled pattern has (``search``, ``finditer``, ``groupindex`` …).

    ``pattern`` and ``flags`` are those of the compiled pattern, and :func:`required_any` answers
    from the store, so the analyses that pick the patterns a text may match build none.
    """

    def __init__(self, pattern: str, flags: int, search: bool, known: Facts) -> None:
        self._args = (pattern, flags, search)
        #: the compiled pattern's text and final flags
        self.pattern, self.flags = known[2], known[0]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        built = self.__dict__.get("_built")
        if built is None:
            pattern, flags, search = self._args
            built = self._built = compile(pattern, flags, search=search)
        value = getattr(built, name)
        self.__dict__[name] = value  # later uses find it without coming here
        return value

    def __repr__(self) -> str:
        return f"DeferredPattern({self.pattern!r})"


def deferred(pattern: str, flags: "int | re.RegexFlag" = 0, *,
             search: bool = False) -> "re.Pattern[str] | DeferredPattern":
    """:func:`compile`, or a :class:`DeferredPattern` when the pattern is known (valid) and need not
    be built before it is searched with: for the hundreds of word-list patterns a report rarely needs."""
    known = facts(pattern, flags, search=search)
    if known is None:
        return compile(pattern, flags, search=search)
    _requirements[(known[2], known[0])] = known[1]
    return DeferredPattern(pattern, int(flags), search, known)


def compile(pattern: str, flags: "int | re.RegexFlag" = 0, *, search: bool = False) -> "re.Pattern[str]":  # noqa: A001
    """``re.compile(pattern, flags)`` for a ``str`` pattern, reusing code generated by earlier processes.

    ``search=True`` compiles :func:`searchable` ``(pattern)`` instead (for patterns searched
    for in whole reports; the result's ``pattern`` is then the rewritten text).  Raises
    :class:`re.error` for an invalid pattern, exactly like :func:`re.compile`.
    """
    global _disabled, _registered
    flags = int(flags)
    if _disabled or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(searchable(pattern, flags) if search else pattern, flags)
    key = (pattern, flags | (_SEARCH if search else 0))
    store = _load()
    if _disabled:
        return re.compile(searchable(pattern, flags) if search else pattern, flags)
    entry = store.get(key)
    if entry is not None:
        try:
            return _build(entry)
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: forget the file
            store.forget()
    try:
        entry = _generate(searchable(pattern, flags) if search else pattern, flags)
        compiled = _build(entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals differ from what we know: plain re from now on
        _disabled = True
        return re.compile(searchable(pattern, flags) if search else pattern, flags)
    _new[key] = (marshal.dumps(entry), (entry[0], entry[5], entry[6], compiled.fullmatch("") is not None))
    if not _registered:
        _registered = True
        atexit.register(save)
    return compiled


def save() -> None:
    """Merge the patterns compiled by this process into the stored file (called at exit)."""
    if not _new or _disabled:
        return
    path = store_path()
    if path is None:
        return
    current = _Store(path)  # as it is now: another process may have added entries meanwhile
    blobs: dict[tuple[str, int], tuple[bytes, Optional[Facts]]] = {}
    if len(current.index) + len(_new) <= MAX_ENTRIES:
        for key in current.index:
            raw = current.raw(key)
            if raw is not None:
                blobs[key] = (raw, current.facts(key))
    if current._fh is not None:
        current._fh.close()
    blobs.update(_new)
    index: dict[tuple[str, int], tuple[Any, ...]] = {}
    offset = 0
    for key, (raw, known) in blobs.items():
        index[key] = (offset, len(raw)) if known is None else (offset, len(raw), known)
        offset += len(raw)
    head = marshal.dumps(index)
    from .datacache import atomic_write, prune

    atomic_write(path, b"".join([_HEADER.pack(_MAGIC, len(head)), head, *(raw for raw, _ in blobs.values())]))
    _new.clear()
    # one file per Python build and fzlint version: the few most recent ones stay
    prune(os.path.dirname(path), "regex-v", ".bin", KEEP_STORES, current=path)
