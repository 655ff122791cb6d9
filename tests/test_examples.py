"""The bundled examples: the clean report stays clean, the defective one shows its planted defects."""

from __future__ import annotations

import json

from conftest import ROOT, run_cli

EXAMPLES = ROOT / "examples"


def _findings(path):
    proc = run_cli("check", str(path), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["findings"]


def test_clean_example_has_no_warning_or_error():
    bad = [f for f in _findings(EXAMPLES / "clean-report.txt") if f["severity"] != "info"]
    assert bad == []


def test_defective_example_shows_planted_heading_defects():
    rules = {f["rule"] for f in _findings(EXAMPLES / "2025年度法治政府建设情况报告.txt")}
    assert {"heading/marker-format", "heading/level-skip"} <= rules


def test_defective_example_shows_planted_punctuation_number_and_hygiene_defects():
    found = {(f["rule"], f["line"]) for f in _findings(EXAMPLES / "2025年度法治政府建设情况报告.txt")}
    assert {("punctuation/halfwidth", 8), ("numbers/yu-after-nonround", 9),
            ("hygiene/conversion-leftover", 18)} <= found


def test_defective_example_shows_planted_wording_and_terminology_defects():
    found = {(f["rule"], f["line"]) for f in _findings(EXAMPLES / "2025年度法治政府建设情况报告.txt")}
    assert {("terminology/fazhi", 9), ("wording/typo", 9), ("wording/typo", 10),
            ("terminology/day-name", 10), ("wording/repeated-word", 12),
            ("wording/incomplete-phrase", 13), ("terminology/pufa-plan", 16)} <= found
