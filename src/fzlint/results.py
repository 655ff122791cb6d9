"""Results of checking files, in the resolved form formatters consume (lines, columns, fingerprints).

Workers resolve offsets into positions before results leave them, so a result is small,
picklable and independent of the document object.
"""

from __future__ import annotations

from typing import Optional

from . import recache
from .digest import fingerprint_hash
from .records import field, record
from .rules import Finding, Message, Severity


@record(frozen=True)
class ReportedFinding:
    """A finding with its position resolved (all numbers 1-based, ``end_column`` exclusive)."""

    rule_id: str
    category: str
    severity: Severity
    message: Message
    line: Optional[int] = None
    column: Optional[int] = None
    end_line: Optional[int] = None
    end_column: Optional[int] = None
    #: the same columns counted in UTF-16 code units (what SARIF consumers and editors count)
    column_utf16: Optional[int] = None
    end_column_utf16: Optional[int] = None
    suggestion: Optional[str] = None
    #: the text the finding covers (empty for document-level findings)
    matched: str = ""
    #: stable identity across runs: survives edits to unrelated lines
    fingerprint: str = ""
    plugin: str = ""

    @property
    def is_document_level(self) -> bool:
        """True when the finding has no position."""
        return self.line is None


@record
class FileResult:
    """Everything fzlint found in one file."""

    path: str
    findings: list[ReportedFinding] = field(default_factory=list)
    #: the document text (for source excerpts and the HTML page); empty when unreadable
    text: str = ""
    kind: str = "txt"
    #: set when the file could not be read: a one-line message
    error: Optional[str] = None
    #: checklist item id -> True (satisfied) / False (missing), for overview tables
    checklist_status: dict[str, bool] = field(default_factory=dict)
    #: the report year and unit, for overviews
    year: Optional[int] = None
    unit: Optional[str] = None
    cached: bool = False
    #: the text output for this file, when it was made where the file was checked (a worker
    #: process, see :mod:`fzlint.parallel`); ``text`` may then be left out
    rendered: Optional[str] = None
    #: the result-cache key of the file as it was checked (None without the cache), so what is
    #: stored next to the result (:mod:`fzlint.replay`) needs no second read of the file
    cache_key: Optional[str] = None
    #: the summary counts of the findings (see :meth:`fzlint.formats.Summary.counts`) when these were
    #: left out, the output being rendered already (``TextFormatter.prerendered``); plugin failures stay
    counts: Optional[dict[str, dict[str, int]]] = None


#: the core rule of a plugin that failed on a file (its result is never cached)
INTERNAL_ERROR_ID = "fzlint/internal-error"

_ASTRAL = recache.compile("[\U00010000-\U0010ffff]")


def utf16_column(line_text: str, column: int) -> int:
    """Convert a 1-based character column of ``line_text`` into a 1-based UTF-16 column."""
    prefix = line_text[: column - 1]
    return 1 + len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def fingerprints(rule_ids_and_contexts: list[tuple[str, str, str]]) -> list[str]:
    """Stable fingerprints for (rule id, normalised line text, matched text) triples.

    Identical triples are told apart by their occurrence index, so moving other lines or
    editing other paragraphs never changes a finding's fingerprint.
    """
    seen: dict[tuple[str, str, str], int] = {}
    out = []
    for triple in rule_ids_and_contexts:
        n = seen.get(triple, 0)
        seen[triple] = n + 1
        raw = "\x1f".join((*triple, str(n)))
        out.append(fingerprint_hash(raw.encode("utf-8"))[:32])
    return out


def resolve_findings(document, findings: list[Finding], categories: dict[str, str]) -> list[ReportedFinding]:
    """Turn offset-based findings of ``document`` into :class:`ReportedFinding` objects."""
    findings = sorted(findings, key=Finding.sort_key)
    triples = []
    rows = []
    lines, starts = document.lines, document.line_starts
    contexts: dict[int, str] = {}  # line -> its text with runs of whitespace made one space
    for f in findings:
        if f.start is None:
            rows.append((f, None, None, None, None, ""))
            triples.append((f.rule_id, "", f.message.zh))
            continue
        end = f.end if f.end is not None and f.end > f.start else f.start + 1
        end = min(end, len(document.text)) if document.text else end
        line, col = document.position(f.start)
        line_start = starts[line - 1]
        if end <= line_start + len(lines[line - 1]):  # ends on its line (nearly always): no second search
            end_line, end_col = line, end - line_start + 1
        else:
            end_line, end_col = document.position(end)
            if end_col == 1 and end_line > line:  # span ends at a newline: keep it on its line
                end_line -= 1
                end_col = len(lines[end_line - 1]) + 1
        matched = document.text[f.start:end]
        rows.append((f, line, col, end_line, end_col, matched))
        context = contexts.get(line)
        if context is None:
            context = contexts[line] = " ".join(lines[line - 1].split())
        triples.append((f.rule_id, context, matched))
    prints = fingerprints(triples)
    out = []
    # UTF-16 columns differ from character columns only after a character outside the BMP
    astral = not document.text.isascii() and _ASTRAL.search(document.text) is not None
    for (f, line, col, end_line, end_col, matched), fp in zip(rows, prints):
        c16 = e16 = None
        if line is not None:
            c16 = utf16_column(document.lines[line - 1], col) if astral else col
            e16 = utf16_column(document.lines[end_line - 1], end_col) if astral else end_col
        out.append(ReportedFinding(
            rule_id=f.rule_id, category=categories.get(f.rule_id, "core"), severity=f.severity,
            message=f.message, line=line, column=col, end_line=end_line, end_column=end_col,
            column_utf16=c16, end_column_utf16=e16, suggestion=f.suggestion, matched=matched,
            fingerprint=fp, plugin=f.plugin,
        ))
    return out
