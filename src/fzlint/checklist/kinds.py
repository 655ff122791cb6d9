"""The registry of declarative item kinds and the compiler that turns checked YAML into them.

Every kind lives in the module of its concern (sections, phrases, evidence, title, frame,
coverage) and registers a compile function with :func:`kind`.  A compiled check has
``run(env) -> Iterable[Hit]``: each hit becomes one finding of the item's rule, with the
item's message filled from the hit's variables.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping, NoReturn, Optional, Protocol, Sequence

from ..records import field, record
from .errors import ChecklistError, PathPart, field_name
from .patterns import Matcher, check_regex
from .selectors import Env, ParagraphFallback, Selector, SelectorRef


@record(frozen=True)
class Hit:
    """One failure of a check: where (None = document-level), message variables, a fix."""

    start: Optional[int] = None
    end: Optional[int] = None
    vars: Mapping[str, Any] = field(default_factory=dict)
    suggestion: Optional[str] = None


class Check(Protocol):
    """What a compiled item kind provides."""

    #: the message variables its hits fill in (``{section}``, ``{count}``...)
    variables: tuple[str, ...]

    def run(self, env: Env) -> Iterable[Hit]:
        """Check one document; yield a hit for every failure."""
        ...

    def describe(self) -> str:
        """One English sentence saying what the check looks for (used in rule docs)."""
        ...


CompileFn = Callable[[Mapping[str, Any], "Compiler", tuple], Check]
KINDS: dict[str, CompileFn] = {}


def kind(name: str) -> Callable[[CompileFn], CompileFn]:
    """Register the compile function of an item kind."""
    def deco(fn: CompileFn) -> CompileFn:
        KINDS[name] = fn
        return fn
    return deco


class Compiler:
    """Builds checks from validated checklist data; reports problems with file, line and field."""

    def __init__(self, file: str, lines: Mapping[tuple, int], section_names: Iterable[str] = (),
                 labels: Optional[Mapping[tuple, str]] = None) -> None:
        self.file = file
        self.lines = lines
        self.section_names = set(section_names)
        self.labels = labels or {}

    def line(self, path: Sequence[PathPart]) -> Optional[int]:
        """The YAML line of ``path`` (or of its nearest ancestor that has one)."""
        p = tuple(path)
        while True:
            if p in self.lines:
                return self.lines[p]
            if not p:
                return None
            p = p[:-1]

    def field(self, path: Sequence[PathPart]) -> str:
        """A readable field name; an item is named with its id (``items[3](shortcomings).check``)."""
        text = field_name(path)
        if len(path) >= 2 and path[0] == "items" and isinstance(path[1], int):
            label = self.labels.get(("items", path[1]))
            if label:
                head = f"items[{path[1]}]"
                text = text.replace(head, f"{head}({label})", 1)
        return text

    def fail(self, path: Sequence[PathPart], problem: str) -> NoReturn:
        """Stop with a :class:`ChecklistError` at ``path``."""
        raise ChecklistError(self.file, problem, self.line(path), self.field(path))

    # -- building blocks ------------------------------------------------------------------------

    def regexes(self, values: Any, path: tuple) -> tuple[str, ...]:
        """Validate a list of regular expressions (a single string is accepted too)."""
        if values is None:
            return ()
        if isinstance(values, str):
            values = [values]
        for i, pat in enumerate(values):
            problem = check_regex(pat)
            if problem:
                self.fail(path + (i,), problem)
        return tuple(values)

    @staticmethod
    def strings(values: Any) -> tuple[str, ...]:
        """A list of literal strings (a single string is accepted too)."""
        if values is None:
            return ()
        return (values,) if isinstance(values, str) else tuple(values)

    def matcher(self, data: Any, path: tuple) -> Matcher:
        """A :class:`Matcher` from a mapping (patterns/keywords/words/with/exclude/mask) or a list."""
        if isinstance(data, (list, str)):
            return Matcher(patterns=self.regexes(data, path))
        m = Matcher(
            patterns=self.regexes(data.get("patterns"), path + ("patterns",)),
            keywords=self.strings(data.get("keywords")),
            words=self.strings(data.get("words")),
            with_=self.regexes(data.get("with"), path + ("with",)),
            exclude=self.regexes(data.get("exclude"), path + ("exclude",)),
            mask=self.regexes(data.get("mask"), path + ("mask",)),
        )
        if m.empty:
            self.fail(path, "give at least one of 'patterns', 'keywords' or 'words'")
        return m

    def selector(self, data: Mapping[str, Any], path: tuple) -> Selector:
        """A :class:`Selector` from its mapping."""
        heading = Matcher(
            patterns=self.regexes(data.get("heading"), path + ("heading",)),
            keywords=self.strings(data.get("keywords")),
            mask=self.regexes(data.get("mask"), path + ("mask",)),
        )
        level = data.get("level")
        levels = () if level is None else ((level,) if isinstance(level, int) else tuple(level))
        for key in ("after", "before"):
            if data.get(key) is not None:
                self.section_name(data[key], path + (key,))
        nots = self.strings(data.get("not"))
        for i, name in enumerate(nots):
            self.section_name(name, path + ("not", i))
        or_sentence = data.get("or-sentence")
        or_paragraph = data.get("or-paragraph")
        return Selector(
            heading=heading, exclude=self.regexes(data.get("exclude"), path + ("exclude",)), levels=levels, after=data.get("after"), before=data.get("before"),
            not_=nots, min_chars=int(data.get("min-chars", 0)),
            or_sentence=self.matcher(or_sentence, path + ("or-sentence",)) if or_sentence is not None else None,
            or_paragraph=self.paragraph_fallback(or_paragraph, path + ("or-paragraph",))
            if or_paragraph is not None else None,
        )

    def paragraph_fallback(self, data: Mapping[str, Any], path: tuple) -> ParagraphFallback:
        """A :class:`ParagraphFallback` from its mapping (``opening``, ``sentence``, ``continued-by``)."""
        # (the schema requires one of opening and sentence)
        return ParagraphFallback(
            opening=self.matcher(data["opening"], path + ("opening",)) if data.get("opening") else Matcher(),
            sentence=self.matcher(data["sentence"], path + ("sentence",)) if data.get("sentence") else Matcher(),
            continued_by=self.regexes(data.get("continued-by"), path + ("continued-by",)),
        )

    def section_name(self, name: str, path: tuple) -> str:
        """Check that ``name`` is defined under ``sections:``."""
        if name not in self.section_names:
            known = ", ".join(sorted(self.section_names)) or "none defined"
            self.fail(path, f"unknown section {name!r} (sections: {known})")
        return name

    def selector_ref(self, value: Any, path: tuple) -> SelectorRef:
        """A section name or an inline selector."""
        if isinstance(value, str):
            return self.section_name(value, path)
        return self.selector(value, path)

    def check(self, data: Mapping[str, Any], path: tuple) -> Check:
        """Compile the ``check`` mapping of an item into its kind."""
        name = data.get("kind")
        if name not in KINDS:
            self.fail(path + ("kind",), f"unknown kind {name!r} (known kinds: {', '.join(sorted(KINDS))})")
        return KINDS[name](data, self, path)


def quote(text: str, limit: int = 24) -> str:
    """Shorten ``text`` for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


# register the kinds (each module decorates its compile functions with @kind)
from . import coverage, evidence, frame, phrases, sections, title  # noqa: E402,F401
