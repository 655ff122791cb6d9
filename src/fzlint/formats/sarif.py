"""The SARIF 2.1.0 format, ready for GitHub code scanning.

* artifact URIs are relative to the working directory (``uriBaseId: %SRCROOT%``); files
  outside it get absolute ``file://`` URIs;
* regions are 1-based with ``endColumn`` one past the last character, counted in UTF-16 code
  units as the run declares (``columnKind: utf16CodeUnits``);
* ``partialFingerprints`` hash the rule, the finding's line text and matched text (plus an
  occurrence index), so they survive edits to other lines;
* document-level findings (a missing section) point at line 1 and say so in their properties,
  because GitHub requires a region.
"""

from __future__ import annotations

import json as _json
import os

from ..markers import hookimpl
from ..results import FileResult, ReportedFinding
from ..rules import Rule, Severity
from . import Formatter, Summary, rule_for

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/fzlint/fzlint"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "fzlintFingerprint/v1"


def sarif_level(severity: Severity) -> str:
    """SARIF level of a severity (``info`` is ``note``)."""
    return _LEVEL[severity]


def rule_descriptor(rule: Rule, lang: str) -> dict:
    """The ``reportingDescriptor`` of a rule."""
    doc = rule.doc
    full = f"{rule.summary(lang)}. {doc.what}" if lang == "en" else f"{rule.summary(lang)}。{doc.what}"
    help_text = "\n\n".join(f"{h}\n{b}" for h, b in doc.sections())
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("/", "-").split("-")),
        "shortDescription": {"text": rule.summary(lang)[:1024]},
        "fullDescription": {"text": full[:1024]},
        "help": {"text": help_text or rule.summary(lang),
                 "markdown": f"# {rule.id}: {rule.summary(lang)}\n\n{doc.markdown()}\n\n"
                             f"`fzlint explain {rule.id}` shows this help on the command line."},
        "defaultConfiguration": {"level": sarif_level(rule.severity)},
        "properties": {
            "category": rule.category.value,
            "tags": list(dict.fromkeys((rule.category.value, rule.family))),  # unique, as the schema requires
            "fixable": rule.fixable,
            "source": doc.source,
        },
    }


class SarifFormatter(Formatter):
    """One SARIF log with one run."""

    name = "sarif"
    description = "SARIF 2.1.0 for GitHub code scanning and other viewers"

    def begin(self) -> None:
        """Start collecting."""
        self.results: list[dict] = []
        self.notifications: list[dict] = []
        self.rule_index: dict[str, int] = {}
        self.rules: list[dict] = []
        self.artifacts: list[dict] = []
        # every known rule is described, in a stable order, so ruleIndex is stable across runs
        for rule_id in sorted(self.options.rules):
            self._index(rule_id)

    def _index(self, rule_id: str) -> int:
        if rule_id not in self.rule_index:
            rule = rule_for(self.options, rule_id)
            if rule is None:
                return -1
            self.rule_index[rule_id] = len(self.rules)
            self.rules.append(rule_descriptor(rule, self.options.lang))
        return self.rule_index[rule_id]

    def artifact_location(self, path: str) -> dict:
        """A relative ``%SRCROOT%`` URI below the working directory, else an absolute file URI."""
        if path in ("-", "<stdin>"):
            return {"uri": "stdin"}
        from pathlib import Path  # with this format only, not on every run
        from urllib.parse import quote

        absolute = os.path.realpath(path)  # GitHub wants symlinks resolved
        cwd = os.path.realpath(self.options.cwd)
        try:
            rel = os.path.relpath(absolute, cwd) if os.path.isabs(self.options.cwd) else path
        except ValueError:  # another drive (Windows)
            rel = ".."
        if not rel.startswith(".."):
            return {"uri": quote(rel.replace(os.sep, "/")), "uriBaseId": "%SRCROOT%"}
        return {"uri": Path(absolute).as_uri()}

    def add(self, result: FileResult) -> None:
        """Convert one file's findings into SARIF results."""
        location = self.artifact_location(result.path)
        if result.error:
            self.notifications.append({
                "level": "error", "message": {"text": result.error},
                "locations": [{"physicalLocation": {"artifactLocation": location}}],
            })
            return
        self.artifacts.append({"location": location})
        for f in result.findings:
            self.results.append(self._result(f, location))

    def _result(self, f: ReportedFinding, location: dict) -> dict:
        if f.line is None:
            region = {"startLine": 1}
        else:
            region = {"startLine": f.line, "startColumn": f.column_utf16, "endLine": f.end_line,
                      "endColumn": f.end_column_utf16}
            if f.matched:
                region["snippet"] = {"text": f.matched}
        res: dict = {
            "ruleId": f.rule_id,
            "level": sarif_level(f.severity),
            "message": {"text": f.message.text(self.options.lang)},
            "locations": [{"physicalLocation": {"artifactLocation": dict(location), "region": region}}],
            "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint, "primaryLocationLineHash": f.fingerprint},
            "properties": {"category": f.category, "documentLevel": f.line is None},
        }
        idx = self._index(f.rule_id)
        if idx >= 0:
            res["ruleIndex"] = idx
        if f.suggestion is not None and f.line is not None:
            res["fixes"] = [{
                "description": {"text": "建议改为" if self.options.lang == "zh" else "suggested replacement"},
                "artifactChanges": [{
                    "artifactLocation": dict(location),
                    "replacements": [{"deletedRegion": {k: region[k] for k in
                                                        ("startLine", "startColumn", "endLine", "endColumn")},
                                      "insertedContent": {"text": f.suggestion}}],
                }],
            }]
        return res

    def end(self, summary: Summary) -> None:
        """Write the SARIF log."""
        from pathlib import Path

        cwd_uri = Path(self.options.cwd).resolve().as_uri().rstrip("/") + "/"
        run = {
            "tool": {"driver": {
                "name": "fzlint",
                "semanticVersion": self.options.tool_version,
                "version": self.options.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": self.rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": cwd_uri}},
            "columnKind": "utf16CodeUnits",
            "artifacts": self.artifacts,
            "invocations": [{
                "executionSuccessful": not self.notifications,
                "toolExecutionNotifications": self.notifications,
            }],
            "results": self.results,
        }
        log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        _json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")


@hookimpl
def fzlint_formats():
    """Provide the SARIF format."""
    return [SarifFormatter]
