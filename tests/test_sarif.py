"""SARIF 2.1.0 output: validates against the official schema, columns, fingerprints."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, SARIF_SCHEMA, run_cli

pytestmark = pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason="../shared/schemas not present")


def validate(log: dict) -> None:
    """Validate with the validator the schema declares (draft-04)."""
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator
    cls(schema).validate(log)


def sarif_of(*args, cwd=None) -> dict:
    proc = run_cli("check", *args, "--format", "sarif", cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_examples_sarif_validates_and_carries_rule_metadata():
    log = sarif_of("examples", cwd=ROOT)
    validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    rules = run["tool"]["driver"]["rules"]
    r = next(r for r in rules if r["id"] == "heading/level-skip")
    assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
    assert r["defaultConfiguration"]["level"] == "error" and r["properties"]["category"] == "structure"
    res = run["results"][0]
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert not loc["artifactLocation"]["uri"].startswith(("/", "file:"))


def test_region_columns_are_one_based_end_exclusive_utf16(tmp_path):
    # 𠀀 (U+20000) is two UTF-16 code units: the marker after it shifts by one more column
    (tmp_path / "r.txt").write_text("某镇2024年度法治政府建设情况报告\n\n一、甲\n三、𠀀乙\n", encoding="utf-8")
    log = sarif_of("r.txt", "--select", "heading/sequence", cwd=tmp_path)
    validate(log)
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (4, 1, 3)


def test_fingerprints_survive_unrelated_edits(tmp_path):
    body = ["一、甲", "正文。", "三、乙", "正文。"]
    (tmp_path / "r.txt").write_text("某镇2024年度法治政府建设情况报告\n\n" + "\n".join(body) + "\n", encoding="utf-8")
    before = sarif_of("r.txt", "--select", "heading/sequence", cwd=tmp_path)["runs"][0]["results"]
    body.insert(1, "新增的一段说明文字。")
    (tmp_path / "r.txt").write_text("某镇2024年度法治政府建设情况报告\n\n" + "\n".join(body) + "\n", encoding="utf-8")
    after = sarif_of("r.txt", "--select", "heading/sequence", cwd=tmp_path)["runs"][0]["results"]
    assert before[0]["locations"][0]["physicalLocation"]["region"]["startLine"] != \
        after[0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert before[0]["partialFingerprints"] == after[0]["partialFingerprints"]


def test_unreadable_file_becomes_a_notification_and_still_validates(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_cli("check", "empty.txt", "--format", "sarif", cwd=tmp_path)
    assert proc.returncode == 2
    log = json.loads(proc.stdout)
    validate(log)
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "empty" in notes[0]["message"]["text"]
