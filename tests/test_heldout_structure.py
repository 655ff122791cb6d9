"""Held-out reports (tests/fixtures/heldout-structure) for the structure and content categories.

The reports were written for these tests in the shapes real reports take (title patterns, FRP as a
part, a sub-heading or a sentence, several shortcoming and plan headings, near-misses) and labelled
like ../shared/corpus/expected.yaml.  They are scored with the corpus matcher (re-implemented here):
every must_find item is found, no must_not_find item is flagged, and every structure or content
finding at warning or above is one a reviewer marked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from fzlint.config import Config
from fzlint.document import Document
from fzlint.engine import Engine

from conftest import ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout-structure"
LABELS = yaml.safe_load((FIXTURES / "labels.yaml").read_text(encoding="utf-8"))
CATEGORIES = ("structure", "content")


def _results(name: str) -> list[dict]:
    """The findings for one report, as the corpus scorer sees them (rule, category, positions)."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    report = Engine().check_document(Document.from_text(text, path=name), Config(root=str(ROOT)))
    return [{"rule": f.rule_id, "category": f.category, "severity": f.severity.value, "line": f.line,
             "end_line": f.end_line if f.end_line is not None else f.line, "col": f.column,
             "end_col": f.end_column, "message": f.message} for f in report.findings]


def _spans(line_text: str, quote: str):
    start = line_text.find(quote)
    while start >= 0:
        yield start + 1, start + 1 + len(quote)
        start = line_text.find(quote, start + 1)


def _matches(item: dict, results: list[dict], lines: list[str]) -> list[dict]:
    """Results that match a label, exactly as ../shared/tools/score_corpus.py matches them."""
    cat = item["category"]
    if "item" in item:
        return [r for r in results if r["category"] == cat
                and r["rule"].replace(".", "/").replace(":", "/").split("/")[-1] == item["item"]]
    ln = item["line"]
    qspans = list(_spans(lines[ln - 1] if 0 < ln <= len(lines) else "", item["quote"]))
    hit = []
    for r in results:
        if r["category"] != cat or r["line"] is None or not (r["line"] <= ln <= r["end_line"]):
            continue
        if r["col"] is None or r["line"] != ln:
            hit.append(r)
            continue
        end = r["end_col"] if r["end_col"] and r["end_line"] == ln else 10**9
        if any(r["col"] < qe and qs < max(end, r["col"] + 1) for qs, qe in qspans):
            hit.append(r)
    return hit


def _lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def results() -> dict[str, list[dict]]:
    """Findings of every held-out report, computed once."""
    return {name: _results(name) for name in LABELS}


def test_labels_quote_their_lines():
    for name, spec in LABELS.items():
        lines = _lines(name)
        for item in spec.get("must_find", []) + spec.get("must_not_find", []):
            assert item["category"] in CATEGORIES
            if "line" in item:
                assert item["quote"] in lines[item["line"] - 1], (name, item)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_every_labelled_problem_is_found(name, results):
    lines = _lines(name)
    missed = [item for item in LABELS[name].get("must_find", [])
              if not _matches(item, results[name], lines)]
    assert not missed, "\n".join(f"MISSED {name}: {m}" for m in missed)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_trap_is_flagged(name, results):
    lines = _lines(name)
    false = [(item, _matches(item, results[name], lines)[0]["rule"])
             for item in LABELS[name].get("must_not_find", []) if _matches(item, results[name], lines)]
    assert not false, "\n".join(f"FALSE {name}: {item} flagged by {rule}" for item, rule in false)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_every_warning_is_a_labelled_problem(name, results):
    """Unlabelled structure/content findings at warning or above are false alarms too."""
    lines = _lines(name)
    wanted = LABELS[name].get("must_find", [])
    stray = [r for r in results[name]
             if r["category"] in CATEGORIES and r["severity"] in ("error", "warning")
             and not any(r in _matches(item, [r], lines) for item in wanted)]
    assert not stray, "\n".join(f"UNLABELLED {name}:{r['line']} {r['rule']} {r['message']}" for r in stray)
