"""Held-out reports of every category, content included (tests/fixtures/heldout-mixed).

Three reports written for these tests, one per unit type and year (a 县 bureau in 2024, a 街道 in
2022, a township page scraped from the web in 2023), carry new instances of the defect families of
../shared/corpus/expected.yaml next to the traps a reviewer leaves alone (法制审核, 9:30, 常常,
截止日期, 村村通, a past plenum, an addressee behind a Word bookmark …).  Labelled in
labels.yaml in the format of expected.yaml and scored with the corpus scorer's matching.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from test_heldout import label_id, labelled, matches, run_sarif

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "heldout-mixed"
LABELS: dict = yaml.safe_load((FIXTURES / "labels.yaml").read_text(encoding="utf-8"))


def _lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> list[dict]:
    """One fzlint run over the reports, read back from its SARIF log."""
    return run_sarif(FIXTURES, list(LABELS), tmp_path_factory)


def test_labels_are_well_formed():
    assert len(LABELS) == 3
    for name, spec in LABELS.items():
        lines = _lines(name)
        for item in spec["must_find"] + spec["must_not_find"]:
            if "item" not in item:
                assert item["quote"] in lines[item["line"] - 1], item


@pytest.mark.parametrize("entry", labelled(LABELS, "must_find"), ids=label_id)
def test_defect_is_found(results, entry):
    name, item = entry
    assert matches(item, results, name, _lines(name)), f"missed: {item['why']}"


@pytest.mark.parametrize("entry", labelled(LABELS, "must_not_find"), ids=label_id)
def test_trap_is_not_flagged(results, entry):
    name, item = entry
    hit = matches(item, results, name, _lines(name))
    assert not hit, f"false alarm by {hit[0]['rule'] if hit else ''}: {item['why']}"
