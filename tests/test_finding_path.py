"""The per-finding fast paths give what the plain ways give: resolving, fingerprints, text widths and excerpts."""

from __future__ import annotations

import hashlib
import random
import sys
import unicodedata

import pytest

from fzlint import digest
from fzlint.document import Document
from fzlint.formats.text import _SURELY_WIDE_RUNS, _UNSURE, display_width, excerpt
from fzlint.results import ReportedFinding, fingerprints, resolve_findings, utf16_column
from fzlint.rules import Finding, Severity, msg

#: a mix of what reports contain: ASCII, CJK, full-width and general punctuation, Latin-1 signs,
#: Hangul (wide, not in the surely wide ranges), half-width katakana, combining marks, astral characters
POOL = ("abc 123,.-%" "法治政府建设年度报告" "，。、；：？！（）【】《》〔〕「」　"
        "“”‘’…—–·×°±§¨" "\u2003\u200b\u2028" "한국어" "ｱｲｳ" "e\u0301" "\U00020000\U0001f600\U0001d400")


def plain_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def test_display_width_matches_east_asian_width_on_mixed_text():
    rng = random.Random(7)
    samples = ["", "abc", "“依法行政”…", "法治·政府", "\U00020000乙", "한국어 ｱｲｳ"]
    samples += ["".join(rng.choice(POOL) for _ in range(rng.randrange(1, 40))) for _ in range(3000)]
    for text in samples:
        assert display_width(text) == plain_width(text), text


def test_the_sure_ranges_agree_with_this_pythons_unicode_data():
    for cp in range(0x10000):
        ch = chr(cp)
        wide = unicodedata.east_asian_width(ch) in ("W", "F")
        if _SURELY_WIDE_RUNS().fullmatch(ch):
            assert wide, hex(cp)
        elif not _UNSURE().match(ch):  # ASCII or surely narrow
            assert not wide, hex(cp)


def plain_excerpt(line: str, column: int, end_column: int, context: int = 24) -> tuple[str, int, int]:
    line = line.rstrip()
    start = max(0, column - 1 - context)
    stop = min(len(line), max(end_column - 1, column) + context)
    head = "…" if start > 0 else ""
    tail = "…" if stop < len(line) else ""
    shift = start - len(head)
    return head + line[start:stop] + tail, column - shift, end_column - shift


@pytest.mark.parametrize("line", ["短句。", "甲" * 30, "一" * 80 + "  ", "a" * 49, "法治" * 40])
def test_excerpt_matches_the_plain_clipping(line):
    for column in range(1, len(line) + 2):
        for end_column in (column, column + 1, column + 5, len(line) + 1):
            assert excerpt(line, column, end_column) == plain_excerpt(line, column, end_column)


def plain_fingerprints(triples: list[tuple[str, str, str]]) -> list[str]:
    seen: dict[tuple[str, str, str], int] = {}
    out = []
    for triple in triples:
        n = seen.get(triple, 0)
        seen[triple] = n + 1
        out.append(hashlib.sha256("\x1f".join((*triple, str(n))).encode("utf-8")).hexdigest()[:32])
    return out


def test_fingerprints_are_the_same_with_or_without_openssl_loaded(monkeypatch):
    triples = [("wording/x", "某段 文字", "文字"), ("wording/x", "某段 文字", "文字"), ("a/b", "", "整篇")]
    expected = plain_fingerprints(triples)
    monkeypatch.setitem(sys.modules, "_hashlib", None)  # as when no library has imported hashlib
    assert digest.fingerprint_hasher() is digest._sha256
    assert fingerprints(triples) == expected
    monkeypatch.delitem(sys.modules, "_hashlib")
    import _hashlib

    monkeypatch.setitem(sys.modules, "_hashlib", _hashlib)
    assert digest.fingerprint_hasher() is _hashlib.openssl_sha256
    assert fingerprints(triples) == expected


def plain_resolve(document: Document, findings: list[Finding], categories: dict[str, str]) -> list[ReportedFinding]:
    """resolve_findings as written before its fast path: a search per offset, keyword records."""
    findings = sorted(findings, key=Finding.sort_key)
    text, lines, starts = document.text, document.lines, document.line_starts
    triples, rows = [], []
    for f in findings:
        if f.start is None:
            rows.append((f, None, None, None, None, ""))
            triples.append((f.rule_id, "", f.message.zh))
            continue
        end = f.end if f.end is not None and f.end > f.start else f.start + 1
        end = min(end, len(text)) if text else end
        line, col = document.position(f.start)
        if end <= starts[line - 1] + len(lines[line - 1]):
            end_line, end_col = line, end - starts[line - 1] + 1
        else:
            end_line, end_col = document.position(end)
            if end_col == 1 and end_line > line:
                end_line -= 1
                end_col = len(lines[end_line - 1]) + 1
        matched = text[f.start:end]
        rows.append((f, line, col, end_line, end_col, matched))
        triples.append((f.rule_id, " ".join(lines[line - 1].split()), matched))
    out = []
    astral = any(ord(ch) > 0xFFFF for ch in text)
    for (f, line, col, end_line, end_col, matched), fp in zip(rows, plain_fingerprints(triples)):
        c16 = e16 = None
        if line is not None:
            c16 = utf16_column(lines[line - 1], col) if astral else col
            e16 = utf16_column(lines[end_line - 1], end_col) if astral else end_col
        out.append(ReportedFinding(
            rule_id=f.rule_id, category=categories.get(f.rule_id, "core"), severity=f.severity,
            message=f.message, line=line, column=col, end_line=end_line, end_column=end_col,
            column_utf16=c16, end_column_utf16=e16, suggestion=f.suggestion, matched=matched,
            fingerprint=fp, plugin=f.plugin,
        ))
    return out


@pytest.mark.parametrize("text", [
    "某镇2024年度法治政府建设情况报告\n\n一、甲乙  丙\n二、𠀀乙“丁”\n\n三、末行",
    "ascii only\nsecond line\n",
    "𠀀",
    "",
])
def test_resolve_findings_matches_the_plain_way(text):
    document = Document.from_text(text, path="r.txt")
    rng = random.Random(len(text))
    m = msg("问题", "problem")
    findings = [Finding("a/doc", Severity.INFO, m), Finding("b/doc", Severity.ERROR, msg("乙", "b"), plugin="p")]
    size = len(text)
    for i in range(300):
        start = rng.randrange(-2, size + 3)
        end = rng.choice([None, start, start - 1, start + 1, start + rng.randrange(1, 12), size, size + 4])
        findings.append(Finding(rng.choice(["x/one", "x/two"]), Severity.WARNING, m, start, end,
                                rng.choice([None, "", "改"]), plugin="p"))
    findings += findings[2:20]  # identical findings: told apart by their occurrence
    categories = {"x/one": "wording"}
    assert resolve_findings(document, findings, categories) == plain_resolve(document, findings, categories)


class _Impl:
    """A stand-in for a ``fzlint_check`` hook implementation yielding given findings."""

    argnames = ("document",)

    def __init__(self, name: str, findings: list) -> None:
        self.plugin_name = name
        self._findings = findings

    def function(self, document):
        return self._findings


def test_run_plugin_names_the_plugin_of_every_finding():
    from fzlint.engine import Engine

    class Marked(Finding):
        pass

    shared = Finding("a/b", Severity.INFO, msg("甲", "a"), 0, 1)
    own = Finding("a/c", Severity.INFO, msg("乙", "b"), 2, 3, plugin="elsewhere")
    sub = Marked("a/d", Severity.INFO, msg("丙", "c"), 4, 5)
    engine = Engine()
    first = engine._run_plugin(_Impl("one", [shared, own, sub]), None, None)
    second = engine._run_plugin(_Impl("two", [shared]), None, None)
    assert [f.plugin for f in first] == ["one", "one", "one"] and second[0].plugin == "two"
    assert first[0].plugin == "one"  # still: the second plugin got a copy of the shared finding
    assert type(first[2]) is Finding and first[:2] == [shared, own] and second == [shared]
    [failure] = engine._run_plugin(_Impl("bad", ["not a finding"]), None, None)
    assert failure.rule_id == "fzlint/internal-error" and "TypeError: yielded str" in failure.message.en
