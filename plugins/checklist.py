"""Checklist rules: every item of every configured checklist is a rule ``CHECKLIST-ID/ITEM-ID``.

The configuration key ``checklists`` (default ``[annual-report]``) lists bundled checklist ids
and paths to the user's own YAML checklists (relative to the configuration's folder).  The
checklists are validated when loaded; an invalid one stops the run with ``FILE:LINE: FIELD:
problem`` and exit code 2.  The item kinds themselves live in :mod:`fzlint.checklist`.
"""

from __future__ import annotations

from typing import Iterator, Optional

from fzlint.checklist import Checklist, ChecklistError, load
from fzlint.config import Config
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.plugins import PluginError
from fzlint.rules import Finding, Rule


#: the configuration last asked about and its checklists: a run checks its reports with one
#: configuration object, whose checklists are then located and loaded (two file-system lookups)
#: once, not once per report.  The engine builds the rule table once per configuration too, so
#: the checks keep using the checklists the rules came from.
_last: tuple[Optional[Config], list[Checklist]] = (None, [])


def configured_checklists(config: Config) -> list[Checklist]:
    """The checklists ``config`` selects, loaded and validated (raises PluginError when invalid)."""
    global _last
    if _last[0] is config:
        return _last[1]
    out = _load_checklists(config)
    _last = (config, out)
    return out


def _load_checklists(config: Config) -> list[Checklist]:
    out: list[Checklist] = []
    seen: dict[str, str] = {}
    for spec in config.checklists:
        try:
            checklist = load(spec, resolve=config.resolve)
        except ChecklistError as exc:
            raise PluginError(f"invalid checklist: {exc}") from None
        if checklist.id in seen:
            if seen[checklist.id] == checklist.path:
                continue  # the same file listed twice
            raise PluginError(f"two checklists have the id {checklist.id!r}: {seen[checklist.id]} and "
                              f"{checklist.path}; give one of them another id")
        seen[checklist.id] = checklist.path
        out.append(checklist)
    return out


@hookimpl
def fzlint_rules(config: Config) -> list[Rule]:
    """One rule per item of every configured checklist."""
    return [rule for checklist in configured_checklists(config) for rule in checklist.rules()]


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Run the enabled items of the configured checklists."""
    for checklist in configured_checklists(context.config):
        if context.any_enabled(checklist.id):
            yield from checklist.check(document, context.enabled)
