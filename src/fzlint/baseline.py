"""Baselines: adopt fzlint in a repository with existing reports by reporting only new findings.

``fzlint check reports/ --write-baseline .fzlint-baseline.json`` records today's findings;
``fzlint check reports/ --baseline .fzlint-baseline.json`` then reports only findings that
are not in it.  Entries are keyed by the file (relative to the baseline's folder, ``/``
separated) and the finding's fingerprint, the same value SARIF carries in
``partialFingerprints``: a hash of the rule, the text of the finding's line and the matched
text (plus an occurrence index), so an entry survives edits elsewhere in the file and stops
matching once its own line is changed.

The file is JSON, sorted, one entry per finding with its line and message for a human
reviewing the diff::

    {"version": 1, "tool": "fzlint", "files": {"reports/a.txt": [
        {"rule": "heading/sequence", "fingerprint": "…", "line": 12, "message": "…"}]}}
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Iterable, Optional

from .records import field, record, replace
from .results import FileResult

BASELINE_VERSION = 1


class BaselineError(Exception):
    """The baseline file cannot be read or has the wrong layout (exit code 2)."""


def baseline_key(path: str, folder: str) -> str:
    """The key of ``path`` in a baseline stored in ``folder``: relative, ``/``-separated."""
    if path in ("-", "<stdin>") or path.startswith("<"):
        return path
    try:
        rel = os.path.relpath(os.path.realpath(path), os.path.realpath(folder))
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


@record
class Baseline:
    """Recorded fingerprints per file, consumed as matching findings are filtered out."""

    folder: str
    entries: dict[str, Counter] = field(default_factory=dict)
    #: entries of checked files that no finding matched any more (fixed since the baseline)
    fixed: int = 0

    @classmethod
    def load(cls, path: str) -> "Baseline":
        """Read a baseline file written by :func:`write_baseline`."""
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: the baseline is not valid JSON: {' '.join(str(exc).split())}") from None
        files = data.get("files") if isinstance(data, dict) else None
        if not isinstance(files, dict) or data.get("version") != BASELINE_VERSION:
            raise BaselineError(f"{path}: not an fzlint baseline (version {BASELINE_VERSION}); "
                                "write one with --write-baseline")
        entries: dict[str, Counter] = {}
        for key, items in files.items():
            if not isinstance(items, list):
                raise BaselineError(f"{path}: entry {key!r} must be a list")
            entries[key] = Counter((str(i.get("rule", "")), str(i.get("fingerprint", "")))
                                   for i in items if isinstance(i, dict))
        return cls(folder=os.path.dirname(os.path.abspath(path)), entries=entries)

    def filter(self, result: FileResult) -> FileResult:
        """``result`` without the findings recorded in the baseline."""
        recorded = self.entries.get(baseline_key(result.path, self.folder))
        if not recorded or result.error:
            return result
        left = Counter(recorded)
        kept = []
        for f in result.findings:
            k = (f.rule_id, f.fingerprint)
            if left[k] > 0:
                left[k] -= 1
            else:
                kept.append(f)
        self.fixed += sum(left.values())
        return replace(result, findings=kept)


def write_baseline(path: str, results: Iterable[FileResult], tool_version: str = "") -> int:
    """Record every finding of ``results`` in ``path``; return the number of entries."""
    folder = os.path.dirname(os.path.abspath(path))
    files: dict[str, list[dict]] = {}
    count = 0
    for result in results:
        if result.error or not result.findings:
            continue
        items = files.setdefault(baseline_key(result.path, folder), [])
        for f in result.findings:
            items.append({"rule": f.rule_id, "fingerprint": f.fingerprint, "line": f.line,
                          "message": f.message.zh})
            count += 1
    for items in files.values():
        items.sort(key=lambda i: (i["line"] or 0, i["rule"], i["fingerprint"]))
    data = {"version": BASELINE_VERSION, "tool": "fzlint", "tool_version": tool_version,
            "files": dict(sorted(files.items()))}
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None
    return count


def load_optional(path: Optional[str]) -> Optional[Baseline]:
    """The baseline at ``path``, or None when no path is given."""
    return Baseline.load(path) if path else None
