"""The HTML format: one self-contained page for a reviewer (``--format html``).

* For several reports, an overview comes first: one row per report with a cell per checklist
  item (present / missing) and the number of findings per category, linking to each report.
  The checklist items are the rules of category ``content``; an item is *missing* for a report
  when the report has a finding of that rule (or the checklist plugin marked it missing in
  ``FileResult.checklist_status``).
* For each report: document-level findings (missing contents) first, then the text line by
  line (a paragraph per row for Word files), each finding highlighted at its span and its
  message beside the line.
* Every piece of report text, path and message is escaped with :func:`html.escape`; the page
  has no scripts and loads nothing (styles are inline), so it can be mailed or archived.
"""

from __future__ import annotations

from ..markers import hookimpl
from ..results import FileResult, ReportedFinding
from ..rules import RULE_CATEGORIES, Category
from . import Formatter, Summary, category_label, severity_label

_RANK = {"error": 3, "warning": 2, "info": 1}
#: longest checklist item name shown in a (vertical) column header; the full name is its tooltip
_HEADER_CHARS = 14
#: longest suggestion shown beside a line (a rewritten paragraph is in the tooltip)
_SUGGESTION_CHARS = 60

_CSS = """
:root { --err:#c62828; --warn:#b26a00; --info:#1565c0; --ok:#2e7d32; --line:#e0e0e0; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;
       margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem 4rem; color:#212121; background:#fafafa; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.summary { color:#555; }
table { border-collapse: collapse; background:#fff; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; }
table.overview th.item { writing-mode: vertical-rl; text-orientation: upright; font-weight: normal;
       font-size: .85rem; white-space: nowrap; font-feature-settings: "vert" 0; }
table.overview td.present { color: var(--ok); text-align:center; }
table.overview td.missing { color:#fff; background: var(--err); text-align:center; font-weight:bold; }
table.overview td.nowrap { white-space: nowrap; }
table.overview td.num { text-align:right; font-variant-numeric: tabular-nums; }
table.overview td.zero { color:#aaa; }
table.source { width: 100%; table-layout: fixed; }
table.source td.ln { width: 3.5em; text-align: right; color:#999; font-size:.8rem; user-select:none; }
table.source td.text { white-space: pre-wrap; word-break: break-all; line-height: 1.8; }
table.source td.notes { width: 38%; font-size: .85rem; }
table.source tr.has-findings td.text { background:#fffdf3; }
mark { background: #fff3b0; border-bottom: 2px solid var(--warn); padding: 0 1px; }
mark.sev-error { background:#ffd7d7; border-bottom-color: var(--err); }
mark.sev-info { background:#dcebff; border-bottom-color: var(--info); }
mark.eol { color:#999; }
.note { margin: 0 0 .35rem; }
.sev { display:inline-block; min-width:2.6em; text-align:center; color:#fff; border-radius:3px;
       font-size:.75rem; padding:0 .3em; margin-right:.3em; }
.sev-error .sev, .sev.sev-error { background: var(--err); }
.sev-warning .sev, .sev.sev-warning { background: var(--warn); }
.sev-info .sev, .sev.sev-info { background: var(--info); }
code.rule { font-size:.75rem; color:#555; }
.suggestion { color: var(--ok); }
.error-box { border-left: 4px solid var(--err); background:#fff; padding:.5rem 1rem; }
ul.doc-findings { background:#fff; border:1px solid var(--line); padding:.5rem 1rem .5rem 2rem; }
.legend { font-size:.85rem; color:#555; }
a { color:#0b57d0; }
td.text a { color: inherit; text-decoration: none; }
"""

_LABELS = {
    "zh": {"title": "法治政府建设年度报告检查结果", "overview": "总览", "report": "报告", "year": "年度",
           "unit": "单位", "total": "合计", "present": "✓", "missing": "✗", "unreadable": "无法读取",
           "doc": "全文问题", "clean": "未发现问题。", "suggest": "建议改为", "line": "行",
           "items": "清单项目：✓ 已具备，✗ 缺少。", "none": "未启用内容清单规则。",
           "summary": "共 {files} 份报告，{total} 个问题（错误 {error}，警告 {warning}，提示 {info}）。",
           "back": "返回总览"},
    "en": {"title": "Annual report review", "overview": "Overview", "report": "Report", "year": "Year",
           "unit": "Unit", "total": "Total", "present": "✓", "missing": "✗", "unreadable": "unreadable",
           "doc": "Whole-document findings", "clean": "No problems found.", "suggest": "suggested",
           "line": "line", "items": "Checklist items: ✓ present, ✗ missing.", "none": "No content checklist rules enabled.",
           "summary": "{files} report(s), {total} problem(s) ({error} error, {warning} warning, {info} info).",
           "back": "back to overview"},
}


def esc(text: object) -> str:
    """Escape text for HTML content and attribute values."""
    from html import escape  # imported with the format, not with every run

    return escape(str(text), quote=True)


def _worst(findings: list[ReportedFinding]) -> str:
    return max((f.severity.value for f in findings), key=lambda s: _RANK[s], default="info")


class HtmlFormatter(Formatter):
    """One self-contained HTML page: overview table, then each report with highlighted findings."""

    name = "html"
    description = "one self-contained HTML page for reviewers"

    def begin(self) -> None:
        """Start collecting (the page needs every result before it can write the overview)."""
        self.results: list[FileResult] = []

    def add(self, result: FileResult) -> None:
        """Keep one file's result."""
        self.results.append(result)

    @property
    def labels(self) -> dict[str, str]:
        """UI words in the output language."""
        return _LABELS["en" if self.options.lang == "en" else "zh"]

    def checklist_items(self) -> list[tuple[str, str]]:
        """(rule id, summary) of every checklist item: the content rules, plus items results name."""
        enabled = self.options.enabled
        items = {rid: r.summary(self.options.lang) for rid, r in self.options.rules.items()
                 if r.category is Category.CONTENT and (enabled is None or rid in enabled)}
        for result in self.results:
            for rid in result.checklist_status:
                items.setdefault(rid, rid)
        return sorted(items.items())

    def end(self, summary: Summary) -> None:
        """Write the page."""
        lab = self.labels
        w = self.stream.write
        lang = "en" if self.options.lang == "en" else "zh-CN"
        w(f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
          f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f'<meta name="generator" content="fzlint {esc(self.options.tool_version)}">\n'
          f'<title>{esc(lab["title"])}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n')
        w(f'<h1 id="top">{esc(lab["title"])}</h1>\n')
        s = summary.by_severity
        w('<p class="summary">' + esc(lab["summary"].format(
            files=summary.files, total=summary.total, error=s.get("error", 0),
            warning=s.get("warning", 0), info=s.get("info", 0))) + "</p>\n")
        if len(self.results) > 1:
            self._overview()
        for n, result in enumerate(self.results, 1):
            self._report(n, result)
        w("</body>\n</html>\n")
        self.stream.flush()

    # -- overview -----------------------------------------------------------------------------

    def _item_missing(self, result: FileResult, rule_id: str) -> bool:
        if rule_id in result.checklist_status:
            return not result.checklist_status[rule_id]
        return any(f.rule_id == rule_id for f in result.findings)

    def _overview(self) -> None:
        lab, lang, w = self.labels, self.options.lang, self.stream.write
        items = self.checklist_items()
        cats = [c.value for c in RULE_CATEGORIES]
        w(f'<section id="overview">\n<h2>{esc(lab["overview"])}</h2>\n<table class="overview">\n<thead><tr>')
        w(f'<th>#</th><th>{esc(lab["report"])}</th><th>{esc(lab["year"])}</th><th>{esc(lab["unit"])}</th>')
        for rid, summary in items:
            short = summary if len(summary) <= _HEADER_CHARS else summary[:_HEADER_CHARS - 1] + "…"
            w(f'<th class="item" title="{esc(rid)}: {esc(summary)}">{esc(short)}</th>')
        for cat in cats:
            w(f'<th class="item cat" title="{esc(cat)}">{esc(category_label(cat, lang))}</th>')
        w(f'<th>{esc(lab["total"])}</th></tr></thead>\n<tbody>\n')
        for n, result in enumerate(self.results, 1):
            path = self.display_path(result.path)
            w(f'<tr><td class="num">{n}</td><td><a href="#report-{n}">{esc(path)}</a></td>')
            if result.error:
                w(f'<td colspan="{2 + len(items) + len(cats) + 1}" class="missing">{esc(lab["unreadable"])}</td></tr>\n')
                continue
            w(f'<td class="nowrap">{esc(result.year or "")}</td><td class="nowrap">{esc(result.unit or "")}</td>')
            for rid, summary in items:
                if self._item_missing(result, rid):
                    w(f'<td class="missing" title="{esc(summary)}">{lab["missing"]}</td>')
                else:
                    w(f'<td class="present" title="{esc(summary)}">{lab["present"]}</td>')
            counts: dict[str, int] = {}
            for f in result.findings:
                counts[f.category] = counts.get(f.category, 0) + 1
            for cat in cats:
                k = counts.get(cat, 0)
                w(f'<td class="num{" zero" if not k else ""}">{k}</td>')
            w(f'<td class="num">{len(result.findings)}</td></tr>\n')
        w("</tbody>\n</table>\n")
        w(f'<p class="legend">{esc(lab["items"] if items else lab["none"])}</p>\n</section>\n')

    # -- one report ---------------------------------------------------------------------------

    def _note(self, f: ReportedFinding, ident: str) -> str:
        lab, lang = self.labels, self.options.lang
        out = (f'<div class="note sev-{f.severity.value}" id="{ident}">'
               f'<span class="sev">{esc(severity_label(f.severity, lang))}</span>'
               f'<code class="rule">{esc(f.rule_id)}</code> {esc(f.message.text(lang))}')
        if f.suggestion is not None:
            shown = f.suggestion if len(f.suggestion) <= _SUGGESTION_CHARS else \
                f.suggestion[:_SUGGESTION_CHARS - 1] + "…"
            out += (f' <span class="suggestion" title="{esc(f.suggestion)}">'
                    f'{esc(lab["suggest"])}：{esc(shown)}</span>')
        return out + "</div>"

    def _report(self, n: int, result: FileResult) -> None:
        lab, w = self.labels, self.stream.write
        path = self.display_path(result.path)
        w(f'<section class="report" id="report-{n}">\n<h2>{n}. {esc(path)}</h2>\n')
        if len(self.results) > 1:
            w(f'<p class="legend"><a href="#overview">{esc(lab["back"])}</a></p>\n')
        if result.error:
            w(f'<p class="error-box">{esc(result.error)}</p>\n</section>\n')
            return
        if not result.findings:
            w(f'<p>{esc(lab["clean"])}</p>\n')
        doc_level = [(i, f) for i, f in enumerate(result.findings) if f.line is None]
        if doc_level:
            w(f'<h3>{esc(lab["doc"])}</h3>\n<ul class="doc-findings">\n')
            for i, f in doc_level:
                w(f"<li>{self._note(f, f'r{n}-f{i}')}</li>\n")
            w("</ul>\n")
        lines = result.text.split("\n") if result.text else []
        if lines and lines[-1] == "":
            lines.pop()
        by_line: dict[int, list[tuple[int, ReportedFinding]]] = {}
        for i, f in enumerate(result.findings):
            if f.line is None:
                continue
            for ln in range(f.line, (f.end_line or f.line) + 1):
                by_line.setdefault(ln, []).append((i, f))
        w('<table class="source">\n<tbody>\n')
        for ln, line in enumerate(lines, 1):
            here = by_line.get(ln, [])
            cls = ' class="has-findings"' if here else ""
            w(f'<tr id="r{n}-L{ln}"{cls}><td class="ln">{ln}</td><td class="text">'
              f'{self._marked(line, ln, here, n)}</td><td class="notes">')
            for i, f in here:
                if f.line == ln:
                    w(self._note(f, f"r{n}-f{i}"))
            w("</td></tr>\n")
        w("</tbody>\n</table>\n</section>\n")

    def _marked(self, line: str, ln: int, here: list[tuple[int, ReportedFinding]], n: int) -> str:
        """The line with every finding's span wrapped in ``<mark>`` (overlaps split into segments)."""
        if not here:
            return esc(line)
        spans: list[tuple[int, int, int, ReportedFinding]] = []
        for i, f in here:
            start = (f.column or 1) - 1 if f.line == ln else 0
            end = (f.end_column or 1) - 1 if f.end_line == ln else len(line)
            spans.append((start, max(end, start + 1), i, f))
        cuts = sorted({0, len(line)} | {min(s, len(line)) for s, _, _, _ in spans}
                      | {min(e, len(line)) for _, e, _, _ in spans})
        out = []
        for a, b in zip(cuts, cuts[1:]):
            covering = [(i, f) for s, e, i, f in spans if s <= a and b <= e]
            out.append(self._segment(line[a:b], covering, n))
        beyond = [(i, f) for s, e, i, f in spans if s >= len(line)]
        if beyond:  # a finding at the end of the line (e.g. a missing full stop) or on an empty line
            out.append(self._segment("⏎", beyond, n, eol=True))
        return "".join(out)

    def _segment(self, text: str, covering: list[tuple[int, ReportedFinding]], n: int, eol: bool = False) -> str:
        if not covering:
            return esc(text)
        lang = self.options.lang
        worst = _worst([f for _, f in covering])
        title = "\n".join(f"{f.rule_id}: {f.message.text(lang)}" for _, f in covering)
        first = covering[0][0]
        cls = f"sev-{worst}" + (" eol" if eol else "")
        return (f'<a href="#r{n}-f{first}"><mark class="{cls}" title="{esc(title)}">{esc(text)}</mark></a>')


@hookimpl
def fzlint_formats():
    """Provide the HTML format."""
    return [HtmlFormatter]
