"""The JSON format: one stable object (see docs/json-format.md)."""

from __future__ import annotations

import json as _json

from ..markers import hookimpl
from ..results import FileResult
from . import Formatter, Summary

#: bump when a field changes meaning or disappears (additions keep the version)
JSON_FORMAT_VERSION = 1


def finding_dict(path: str, f, lang: str) -> dict:
    """The JSON object of one finding."""
    return {
        "path": path,
        "rule": f.rule_id,
        "category": f.category,
        "severity": f.severity.value,
        "message": f.message.text(lang),
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "suggestion": f.suggestion,
        "fingerprint": f.fingerprint,
    }


class JsonFormatter(Formatter):
    """Machine-readable output: ``{"version", "tool", "files", "findings", "summary"}``."""

    name = "json"
    description = "one JSON object with every finding"

    def begin(self) -> None:
        """Start collecting."""
        self.files: list[dict] = []
        self.findings: list[dict] = []

    def add(self, result: FileResult) -> None:
        """Collect one file's findings."""
        path = self.display_path(result.path)
        self.files.append({"path": path, "error": result.error, "findings": len(result.findings),
                           "year": result.year, "unit": result.unit})
        self.findings.extend(finding_dict(path, f, self.options.lang) for f in result.findings)

    def end(self, summary: Summary) -> None:
        """Write the whole object."""
        obj = {
            "version": JSON_FORMAT_VERSION,
            "tool": {"name": "fzlint", "version": self.options.tool_version},
            "files": self.files,
            "findings": self.findings,
            "summary": {"files": summary.files, "unreadable": summary.unreadable,
                        "findings": summary.total, "by_severity": summary.by_severity,
                        "by_category": summary.by_category},
        }
        self.stream.write(layout(obj))


def _compact(value) -> str:
    """One value as compact JSON (the C encoder: ``indent`` would take the slow pure-Python one)."""
    return _json.dumps(value, ensure_ascii=False)


def layout(obj: dict) -> str:
    """``obj`` as JSON with one top-level key per line and one list element per line.

    Each file and each finding is one line (easy to grep and to diff), and the whole is written by
    the C encoder, about twice as fast as ``indent=2`` for the thousands of findings of a folder.
    """
    members = []
    for key, value in obj.items():
        if isinstance(value, list) and value:
            value_text = "[\n    " + ",\n    ".join(map(_compact, value)) + "\n  ]"
        else:
            value_text = _compact(value)
        members.append(f"  {_compact(key)}: {value_text}")
    return "{\n" + ",\n".join(members) + "\n}\n"


@hookimpl
def fzlint_formats():
    """Provide the JSON format."""
    return [JsonFormatter]
