"""Output formats.  Each is a plugin class returned by the ``fzlint_formats`` hook.

A formatter receives results one file at a time (``add``), so text output streams as files
finish; formats that need the whole run (JSON, SARIF) keep only the small resolved findings.
"""

from __future__ import annotations

import os
from collections.abc import Set as AbstractSet
from typing import IO, Callable, Iterable, Iterator, Mapping, Optional

from ..config import relative_path
from ..records import field, record
from ..results import FileResult
from ..rules import Rule, Severity


@record
class Summary:
    """Counts for the closing line and exit code."""

    files: int = 0
    unreadable: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    by_category: dict[str, int] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        if result.error:
            self.unreadable += 1
        self.add_counts(self.counts(result))

    @staticmethod
    def counts(result: FileResult) -> dict[str, dict[str, int]]:
        """What one result adds to the summary: its findings by severity and by category."""
        if result.counts is not None:
            return result.counts  # counted where the findings were left out
        by_severity: dict[Severity, int] = {}
        by_category: dict[str, int] = {}
        for f in result.findings:
            by_severity[f.severity] = by_severity.get(f.severity, 0) + 1
            by_category[f.category] = by_category.get(f.category, 0) + 1
        # counted by member, named once: an enum's ``value`` is slow to read for every finding
        return {"severity": {s.value: n for s, n in by_severity.items()}, "category": by_category}

    def add_counts(self, counts: Mapping[str, Mapping[str, int]]) -> None:
        """Count one file from its :meth:`counts` (also as stored for a replay, see :mod:`fzlint.replay`)."""
        self.files += 1
        for name, n in counts.get("severity", {}).items():
            self.by_severity[name] = self.by_severity.get(name, 0) + int(n)
        for name, n in counts.get("category", {}).items():
            self.by_category[name] = self.by_category.get(name, 0) + int(n)

    @property
    def total(self) -> int:
        """Number of findings."""
        return sum(self.by_severity.values())

    def reached(self, fail_on: Severity) -> bool:
        """True when some finding is at or above ``fail_on``."""
        return any(n and Severity(sev).rank >= fail_on.rank for sev, n in self.by_severity.items())


@record
class FormatOptions:
    """What every formatter may use."""

    lang: str = "zh"
    #: every rule known in this run (for rule metadata in SARIF and explanations)
    rules: Mapping[str, Rule] = field(default_factory=dict)
    color: bool = False
    #: paths are reported relative to this folder
    cwd: str = field(default_factory=os.getcwd)
    tool_version: str = ""
    #: ids of the rules the configuration enables (None: unknown), e.g. for checklist overviews
    enabled: Optional[AbstractSet[str]] = None


class LazyRules(Mapping):
    """The rules of a run, looked up (loading the rule plugins) only when a formatter asks.

    Text and JSON output never ask, so a run whose files all come from the result cache
    imports no rule plugin.
    """

    def __init__(self, load: Callable[[], Mapping[str, Rule]]) -> None:
        self._load = load
        self._rules: Optional[Mapping[str, Rule]] = None

    def _get(self) -> Mapping[str, Rule]:
        if self._rules is None:
            self._rules = self._load()
        return self._rules

    def __getitem__(self, rule_id: str) -> Rule:
        return self._get()[rule_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


class LazyIds(AbstractSet):
    """A set of rule ids computed on first use (see :class:`LazyRules`)."""

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load
        self._ids: Optional[frozenset[str]] = None

    def _get(self) -> frozenset[str]:
        if self._ids is None:
            self._ids = frozenset(self._load())
        return self._ids

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._get()

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


class Formatter:
    """Base class: override ``add`` (and ``begin``/``end`` when needed)."""

    name = ""
    #: a one-line description for ``--help``
    description = ""

    def __init__(self, stream: IO[str], options: FormatOptions) -> None:
        self.stream = stream
        self.options = options

    def begin(self) -> None:
        """Called once before the first result."""

    def add(self, result: FileResult) -> None:
        """Called once per checked file, as soon as it is finished."""

    def end(self, summary: Summary) -> None:
        """Called once after the last result."""

    def display_path(self, path: str) -> str:
        """``path`` relative to the working directory when it lies below it."""
        if path in ("-", "<stdin>") or path.startswith("<"):
            return path
        try:
            rel = relative_path(path, self.options.cwd)
        except ValueError:
            return path
        return path if rel.startswith("..") else rel


#: the severity words by language (looked up for every finding of the text output)
_SEVERITY_WORDS = {
    "en": {s: s.value for s in Severity},
    "zh": {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"},
}


def severity_label(severity: Severity, lang: str) -> str:
    """The severity word in the output language."""
    return _SEVERITY_WORDS["en" if lang == "en" else "zh"][severity]


def category_label(category: str, lang: str) -> str:
    """The category word in the output language."""
    if lang == "en":
        return category
    return {"content": "内容", "structure": "结构", "punctuation": "标点", "numbers": "数字",
            "wording": "用词", "terminology": "术语", "hygiene": "杂质", "core": "工具"}.get(category, category)


def rule_for(options: FormatOptions, rule_id: str) -> Optional[Rule]:
    """Look up rule metadata, including the core's diagnostics."""
    if rule_id in options.rules:
        return options.rules[rule_id]
    from ..engine import CORE_RULES

    return CORE_RULES.get(rule_id)
