"""Results of checking files, in the resolved form formatters consume (lines, columns, fingerprints).

Workers resolve offsets into positions before results leave them, so a result is small,
picklable and independent of the document object.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from . import recache
from .digest import fingerprint_hasher
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

_ASTRAL = recache.lazy("[\U00010000-\U0010ffff]")


def utf16_column(line_text: str, column: int) -> int:
    """Convert a 1-based character column of ``line_text`` into a 1-based UTF-16 column."""
    prefix = line_text[: column - 1]
    return 1 + len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def fingerprints(rule_ids_and_contexts: list[tuple[str, str, str]]) -> list[str]:
    """Stable fingerprints for (rule id, normalised line text, matched text) triples.

    Identical triples are told apart by their occurrence index, so moving other lines or
    editing other paragraphs never changes a finding's fingerprint.
    """
    sha256 = fingerprint_hasher()
    seen: dict[tuple[str, str, str], int] = {}
    out = []
    for triple in rule_ids_and_contexts:
        n = seen.get(triple, 0)
        seen[triple] = n + 1
        rule_id, context, matched = triple
        out.append(sha256(f"{rule_id}\x1f{context}\x1f{matched}\x1f{n}".encode()).hexdigest()[:32])
    return out


def resolve_findings(document, findings: list[Finding], categories: dict[str, str],
                     with_fingerprints: bool = True) -> list[ReportedFinding]:
    """Turn offset-based findings of ``document`` into :class:`ReportedFinding` objects.

    ``with_fingerprints=False`` leaves their fingerprints empty (for output that shows none).
    """
    findings = sorted(findings, key=Finding.sort_key)
    text = document.text
    size = len(text)
    lines, starts = document.lines, document.line_starts
    last = len(starts) - 1
    # sorted by offset, the findings of a line come one after another: what they share is worked out
    # when the line changes (its offsets, its normalised text for the fingerprints)
    index = -1
    line_start = line_end = next_start = 0
    context = ""
    triples = []
    rows = []
    for f in findings:
        start = f.start
        if start is None:
            rows.append((f, None, None, None, None, ""))
            if with_fingerprints:
                triples.append((f.rule_id, "", f.message.zh))
            continue
        at = start if 0 <= start <= size else max(0, min(start, size))  # as Document.position clamps
        if not line_start <= at < next_start:
            index = bisect_right(starts, at) - 1
            line_start = starts[index]
            line_end = line_start + len(lines[index])
            next_start = starts[index + 1] if index < last else size + 1
            if with_fingerprints:
                context = " ".join(lines[index].split())
        end = f.end if f.end is not None and f.end > start else start + 1
        if text and end > size:
            end = size
        line, col = index + 1, at - line_start + 1
        if end <= line_end:  # ends on its line (nearly always)
            end_line, end_col = line, end - line_start + 1
        else:
            end_line, end_col = document.position(end)
            if end_col == 1 and end_line > line:  # span ends at a newline: keep it on its line
                end_line -= 1
                end_col = len(lines[end_line - 1]) + 1
        matched = text[start:end]
        rows.append((f, line, col, end_line, end_col, matched))
        if with_fingerprints:
            triples.append((f.rule_id, context, matched))
    prints = fingerprints(triples) if with_fingerprints else [""] * len(rows)
    out = []
    # UTF-16 columns differ from character columns only after a character outside the BMP
    astral = not text.isascii() and _ASTRAL().search(text) is not None
    for (f, line, col, end_line, end_col, matched), fp in zip(rows, prints):
        c16, e16 = col, end_col
        if astral and line is not None:
            c16 = utf16_column(lines[line - 1], col)
            e16 = utf16_column(lines[end_line - 1], end_col)
        # positional, in field order (rule_id ... plugin): cheaper than keywords for every finding
        out.append(ReportedFinding(
            f.rule_id, categories.get(f.rule_id, "core"), f.severity, f.message,
            line, col, end_line, end_col, c16, e16, f.suggestion, matched, fp, f.plugin,
        ))
    return out
