"""The summary format: one row per report, then how often each rule fired (``--format summary``).

For a reviewer with a folder of reports: which report is worst, which required contents each one
lacks (its missing ``content`` errors, named on the line below its row), and which rules fire
most across the folder.  Plain text aligned for a terminal (CJK characters take two cells).
"""

from __future__ import annotations

from ..markers import hookimpl
from ..results import FileResult, ReportedFinding
from ..rules import Category, Severity
from . import Formatter, Summary
from .text import display_width

_LABELS = {
    "zh": {"file": "文件", "year": "年度", "unit": "单位", "error": "错误", "warning": "警告", "info": "提示",
           "missing": "缺少：", "unreadable": "无法读取", "rules": "各规则的问题数：", "fixable": "可自动修复",
           "total": "共检查 {files} 个文件，发现 {total} 个问题（错误 {error}，警告 {warning}，提示 {info}）。",
           "none": "没有发现问题。"},
    "en": {"file": "file", "year": "year", "unit": "unit", "error": "errors", "warning": "warnings", "info": "info",
           "missing": "missing: ", "unreadable": "cannot be read", "rules": "Problems by rule:", "fixable": "fixable",
           "total": "Found {total} problem(s) ({error} error, {warning} warning, {info} info) in {files} file(s).",
           "none": "No problems found."},
}


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` terminal cells (on the left when ``right``)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def missing_contents(findings: list[ReportedFinding]) -> list[ReportedFinding]:
    """The report-level errors of content rules: the required contents a report lacks."""
    return [f for f in findings if f.category == Category.CONTENT.value and f.line is None
            and f.severity is Severity.ERROR]


class SummaryFormatter(Formatter):
    """A table of the reports (findings by severity, missing contents) and the findings per rule."""

    name = "summary"
    description = "one row per report and the count of every rule, for a folder of reports"

    def begin(self) -> None:
        """Start collecting (the columns are as wide as the longest path)."""
        self.results: list[FileResult] = []

    def add(self, result: FileResult) -> None:
        """Keep what the table needs of one file (its findings, not its text)."""
        self.results.append(result)

    def end(self, summary: Summary) -> None:
        """Write the table, the rule counts and the closing line."""
        lab = _LABELS["en" if self.options.lang == "en" else "zh"]
        w = self.stream.write
        paths = [self.display_path(r.path) for r in self.results]
        heads = (lab["file"], lab["year"], lab["unit"], lab["error"], lab["warning"], lab["info"])
        rows = [(path, str(r.year or ""), r.unit or "", *self._counts(r)) for path, r in zip(paths, self.results)]
        widths = [max([display_width(h)] + [display_width(row[i]) for row in rows]) for i, h in enumerate(heads)]
        numeric = (False, False, False, True, True, True)

        def line(cells: tuple[str, ...]) -> str:
            return "  ".join(pad(c, wd, right) for c, wd, right in zip(cells, widths, numeric)).rstrip() + "\n"

        w(line(heads))
        w(line(tuple("-" * wd for wd in widths)))
        for row, result in zip(rows, self.results):
            if result.error:
                w(line((row[0], "", "", "", "", "")).rstrip("\n") + f"  {lab['unreadable']}\n")
                continue
            w(line(row))
            missing = missing_contents(result.findings)
            if missing:
                names = "；" if self.options.lang != "en" else "; "
                w(f"    {lab['missing']}{names.join(self._item(f) for f in missing)}\n")
        w("\n")
        self._rule_counts(lab)
        s = summary.by_severity
        w(lab["total"].format(files=summary.files, total=summary.total, error=s.get("error", 0),
                              warning=s.get("warning", 0), info=s.get("info", 0)) + "\n")
        self.stream.flush()

    @staticmethod
    def _counts(result: FileResult) -> tuple[str, ...]:
        if result.error:
            return "", "", ""
        by = Summary.counts(result)["severity"]
        return tuple(str(by.get(s.value, 0)) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))

    def _item(self, f: ReportedFinding) -> str:
        """What a missing-content finding is about: its rule's short description."""
        rule = self.options.rules.get(f.rule_id)
        return rule.summary(self.options.lang) if rule is not None else f.rule_id

    def _rule_counts(self, lab: dict[str, str]) -> None:
        counts: dict[str, int] = {}
        for result in self.results:
            for f in result.findings:
                counts[f.rule_id] = counts.get(f.rule_id, 0) + 1
        if not counts:
            self.stream.write(lab["none"] + "\n")
            return
        self.stream.write(lab["rules"] + "\n")
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        number = max(len(str(n)) for _rule, n in ranked)
        ident = max(len(rule_id) for rule_id, _n in ranked)
        for rule_id, n in ranked:
            rule = self.options.rules.get(rule_id)
            about = rule.summary(self.options.lang) if rule is not None else ""
            fix = f"  [{lab['fixable']}]" if rule is not None and rule.fixable else ""
            self.stream.write(f"  {n:>{number}}  {rule_id:<{ident}}  {about}{fix}".rstrip() + "\n")
        self.stream.write("\n")


@hookimpl
def fzlint_formats():
    """Provide the summary format."""
    return [SummaryFormatter]
