"""Held-out reports (tests/fixtures/heldout) for the language rule families.

Five reports written for these tests (a 街道办事处 report, a 县司法局 report, a township report with a
two-line title, a web-scraped copy with page metadata, a Word export) carry other instances of the
defect families of ../shared/corpus/expected.yaml (法制 compounds, 余 after non-round numbers, typos,
repeated words and conjunctions, scrape leftovers, half-width and doubled punctuation …) next to
traps a careful reviewer leaves alone (学法制度, 依法制定, 时时, 会议议题, 30余人, 增长120%, 9:30 …).
They are labelled in tests/fixtures/heldout/labels.yaml in the format of expected.yaml and scored
from fzlint's SARIF output with the corpus scorer's matching (re-implemented here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout"
LABELS: dict = yaml.safe_load((FIXTURES / "labels.yaml").read_text(encoding="utf-8"))
CATEGORIES = ("punctuation", "numbers", "wording", "terminology", "hygiene")


def _lines(name: str) -> list[str]:
    """The report's lines as the scorer splits them."""
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n")


def sarif_results(log: dict) -> list[dict]:
    """SARIF results flattened the way ../shared/tools/score_corpus.py reads them."""
    out = []
    for run in log.get("runs", []):
        rules = run.get("tool", {}).get("driver", {}).get("rules", []) or []
        by_id = {r.get("id"): r for r in rules}
        for res in run.get("results", []) or []:
            rule = None
            if isinstance(res.get("ruleIndex"), int) and res["ruleIndex"] < len(rules):
                rule = rules[res["ruleIndex"]]
            rule = rule or by_id.get(res.get("ruleId"), {})
            cat = (res.get("properties") or {}).get("category") or (rule.get("properties") or {}).get("category")
            for loc in res.get("locations") or [{}]:
                phys = loc.get("physicalLocation") or {}
                uri = (phys.get("artifactLocation") or {}).get("uri", "")
                reg = phys.get("region") or {}
                out.append({"rule": res.get("ruleId", ""), "category": cat, "level": res.get("level", "warning"),
                            "file": Path(uri.replace("%5F", "_")).name, "line": reg.get("startLine"),
                            "end_line": reg.get("endLine", reg.get("startLine")), "col": reg.get("startColumn"),
                            "end_col": reg.get("endColumn"), "message": (res.get("message") or {}).get("text", "")})
    return out


def _spans(line_text: str, quote: str):
    start = line_text.find(quote)
    while start >= 0:
        yield start + 1, start + 1 + len(quote)  # 1-based, end exclusive
        start = line_text.find(quote, start + 1)


def matches(item: dict, results: list[dict], fname: str, lines: list[str]) -> list[dict]:
    """Results that match a label: same file and category, on its line, overlapping its quote."""
    cat = item["category"]
    if "item" in item:
        return [r for r in results if r["file"] == fname and r["category"] == cat
                and r["rule"].replace(".", "/").replace(":", "/").split("/")[-1] == item["item"]]
    ln = item["line"]
    qspans = list(_spans(lines[ln - 1] if 0 < ln <= len(lines) else "", item["quote"]))
    hit = []
    for r in results:
        if r["file"] != fname or r["category"] != cat or r["line"] is None:
            continue
        if not (r["line"] <= ln <= (r["end_line"] or r["line"])):
            continue
        if r["col"] is None or r["line"] != ln:
            hit.append(r)
            continue
        end = r["end_col"] if r["end_col"] and (r["end_line"] or ln) == ln else 10**9
        if any(r["col"] < qe and qs < max(end, r["col"] + 1) for qs, qe in qspans):
            hit.append(r)
    return hit


def run_sarif(folder: Path, names: list[str], tmp_path_factory) -> list[dict]:
    """One fzlint run over the reports ``names`` of ``folder``, read back from its SARIF log."""
    out = tmp_path_factory.mktemp(folder.name) / "results.sarif"
    proc = run_cli("check", "--no-cache", "--format", "sarif", "--output", str(out), *sorted(names), cwd=folder)
    assert proc.returncode == 1, proc.stderr
    return sarif_results(json.loads(out.read_text(encoding="utf-8")))


def labelled(labels: dict, key: str) -> list[tuple[str, dict]]:
    """(report, label) of every ``must_find`` or ``must_not_find`` label."""
    return [(name, item) for name, spec in labels.items() for item in spec.get(key, [])]


def label_id(entry: tuple[str, dict]) -> str:
    """A test id for a label: report, line (or checklist item), category and quote."""
    name, item = entry
    return f"{name}:{item.get('line', item.get('item'))}:{item['category']}:{item.get('quote', '')}"


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> list[dict]:
    """One fzlint run over the held-out reports, read back from its SARIF log."""
    return run_sarif(FIXTURES, list(LABELS), tmp_path_factory)


def _items(key: str) -> list[tuple[str, dict]]:
    return labelled(LABELS, key)


def test_labels_are_well_formed():
    assert len(LABELS) == 5
    for name, spec in LABELS.items():
        lines = _lines(name)
        assert 1500 <= len("".join(lines)) <= 3000, name
        for item in spec.get("must_find", []) + spec.get("must_not_find", []):
            assert item["category"] in CATEGORIES, item
            assert item["quote"] in lines[item["line"] - 1], item


@pytest.mark.parametrize("entry", _items("must_find"), ids=label_id)
def test_heldout_defect_is_found(results, entry):
    name, item = entry
    assert matches(item, results, name, _lines(name)), f"missed: {item['why']}"


@pytest.mark.parametrize("entry", _items("must_not_find"), ids=label_id)
def test_heldout_trap_is_not_flagged(results, entry):
    name, item = entry
    hit = matches(item, results, name, _lines(name))
    assert not hit, f"false alarm by {hit[0]['rule'] if hit else ''}: {item['why']}"


def test_every_warning_is_one_a_reviewer_marks(results):
    """Each warning or error of these categories overlaps a labelled defect: none is unlabelled noise."""
    unlabelled = []
    for r in results:
        if r["category"] not in CATEGORIES or r["level"] not in ("error", "warning"):
            continue
        lines = _lines(r["file"])
        wanted = [item for item in LABELS[r["file"]].get("must_find", [])
                  if item["category"] == r["category"] and r in matches(item, [r], r["file"], lines)]
        if not wanted:
            unlabelled.append(f"{r['file']}:{r['line']}:{r['col']} {r['rule']} {r['message'][:60]}")
    assert not unlabelled, "\n".join(unlabelled)


def test_score_summary(results):
    """Recall is complete and no trap is flagged (the corpus scorer's summary line)."""
    found = sum(bool(matches(i, results, n, _lines(n))) for n, i in _items("must_find"))
    false = sum(bool(matches(i, results, n, _lines(n))) for n, i in _items("must_not_find"))
    assert (found, false) == (len(_items("must_find")), 0)
