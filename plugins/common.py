"""Helpers shared by the first-party rule plugins (data files, regex scanning, rule declaration)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Iterator, Mapping, Optional

from fzlint.document import Document
from fzlint.rules import Category, Finding, Message, Rule, RuleDoc, Severity


class DataError(Exception):
    """A bundled or user data file is invalid."""


@lru_cache(maxsize=None)
def _bundled(name: str) -> Any:
    import yaml

    text = resources.files("fzlint_plugins").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=None)
def _user_file(path: str) -> Any:
    import yaml

    try:
        with open(path, encoding="utf-8-sig") as fh:
            return yaml.safe_load(fh)
    except OSError as exc:
        raise DataError(f"cannot read data file {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise DataError(f"invalid YAML in data file {path}: {' '.join(str(exc).split())}") from None


def load_entries(name: str, options: Mapping[str, Any], key: str = "entries",
                 resolve: Any = None) -> list[Any]:
    """Entries of the bundled data file ``data/NAME.yaml`` plus the user's extra files.

    Users extend a list from their configuration::

        options:
          wording:
            extra: [my-words.yaml]     # files with the same layout as the bundled one

    ``resolve`` turns a configured path into an absolute one (``Config.resolve``).
    """
    data = _bundled(name) or {}
    entries = list(data.get(key, []))
    extra = options.get("extra", [])
    if isinstance(extra, str):
        extra = [extra]
    for path in extra:
        full = resolve(path) if resolve else path
        user = _user_file(full) or {}
        if not isinstance(user, Mapping) or not isinstance(user.get(key, []), list):
            raise DataError(f"data file {full}: expected a mapping with a '{key}' list")
        entries.extend(user.get(key, []))
    return entries


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
