"""Loading checklists: the schema, and a clear FILE:LINE: FIELD message for every kind of mistake."""

from __future__ import annotations

import textwrap

import pytest

from conftest import ROOT, run_cli
from fzlint.checklist import KINDS, ChecklistError, bundled_ids, load, load_text, schema

GOOD = """\
id: my-list
title: {zh: 我的清单, en: My list}
source: 本单位审核要求
sections:
  problems:
    heading: ["存在[^，。]{0,8}(不足|问题)"]
items:
  - id: problems
    title: 有存在问题部分
    severity: error
    message: 缺少存在问题部分
    source: 本单位审核要求第1条
    check:
      kind: required-section
      section: problems
"""


def error_for(text: str, name: str = "my-list.yaml") -> ChecklistError:
    with pytest.raises(ChecklistError) as info:
        load_text(textwrap.dedent(text), name)
    return info.value


def test_a_valid_checklist_compiles():
    checklist = load_text(GOOD, "my-list.yaml")
    assert checklist.id == "my-list"
    assert [r.id for r in checklist.rules()] == ["my-list/problems"]
    rule = checklist.rules()[0]
    assert rule.category.value == "content" and rule.severity.value == "error"
    assert rule.doc.source == "本单位审核要求第1条"


def test_bad_yaml_names_file_and_line():
    err = error_for(GOOD.replace("    severity: error", "    severity: [error"))
    assert err.file == "my-list.yaml" and err.line == 11
    assert str(err).startswith("my-list.yaml:11: invalid YAML: expected ',' or ']'")
    assert "flow sequence on line 10" in str(err)


def test_missing_required_field_names_the_item():
    err = error_for(GOOD.replace("    source: 本单位审核要求第1条\n", ""))
    assert str(err).startswith("my-list.yaml:8: items[0](problems): missing required field 'source'")


def test_unknown_field_points_at_its_line():
    err = error_for(GOOD.replace("      section: problems", "      section: problems\n      sectoin: x"))
    assert err.line == 16
    assert err.field == "items[0](problems).check.sectoin"
    assert "unknown field 'sectoin'" in err.problem


def test_wrong_severity_value():
    err = error_for(GOOD.replace("severity: error", "severity: fatal"))
    assert err.line == 10 and err.field == "items[0](problems).severity"
    assert "'fatal' is not one of: error, warning, info" in err.problem


def test_wrong_type():
    err = error_for(GOOD.replace("      kind: required-section\n      section: problems",
                                 "      kind: required-section\n      section: problems\n      min: many"))
    assert err.field == "items[0](problems).check.min" and err.line == 16


def test_bad_regular_expression_names_the_pattern():
    err = error_for(GOOD.replace('heading: ["存在[^，。]{0,8}(不足|问题)"]',
                                 'heading: ["存在(不足", "问题"]'))
    assert err.line == 6 and err.field == "sections.problems.heading[0]"
    assert "invalid regular expression '存在(不足'" in err.problem


def test_regex_matching_the_empty_string_is_refused():
    err = error_for(GOOD.replace('heading: ["存在[^，。]{0,8}(不足|问题)"]', 'heading: ["(问题)?"]'))
    assert "matches the empty string" in err.problem


def test_unknown_kind_lists_the_known_ones():
    err = error_for(GOOD.replace("kind: required-section", "kind: requierd-section"))
    assert err.line == 14 and err.field == "items[0](problems).check.kind"
    assert "unknown kind 'requierd-section'" in err.problem and "required-phrase" in err.problem


def test_unknown_section_reference():
    err = error_for(GOOD.replace("      section: problems", "      section: problem"))
    assert err.line == 15 and "unknown section 'problem' (sections: problems)" in err.problem


def test_duplicate_item_ids():
    text = GOOD + textwrap.indent(GOOD.split("items:\n", 1)[1], "")
    err = error_for(text)
    assert "duplicate item id 'problems'" in err.problem and err.line == 16
    assert err.field == "items[1](problems).id"


def test_duplicate_yaml_key():
    err = error_for(GOOD.replace("    severity: error", "    severity: error\n    severity: info"))
    assert err.line == 11 and "duplicate key 'severity'" in err.problem


def test_unknown_message_placeholder():
    err = error_for(GOOD.replace("message: 缺少存在问题部分", "message: 缺少{heading}部分"))
    assert err.field == "items[0](problems).message" and "unknown placeholder {heading}" in err.problem


def test_section_reference_cycle():
    text = GOOD.replace('    heading: ["存在[^，。]{0,8}(不足|问题)"]',
                        '    heading: ["问题"]\n    after: plans\n  plans:\n    heading: ["计划"]\n    after: problems')
    err = error_for(text)
    assert "cycle" in err.problem


def test_not_a_mapping():
    err = error_for("- just\n- a list\n")
    assert "must be a mapping" in err.problem


def test_schema_lists_exactly_the_registered_kinds():
    enum = schema()["$defs"]["check"]["properties"]["kind"]["enum"]
    assert sorted(enum) == sorted(KINDS)


def test_bundled_checklist_is_valid_and_has_the_regulation_items():
    assert "annual-report" in bundled_ids()
    checklist = load("annual-report")
    ids = [r.id.split("/", 1)[1] for r in checklist.rules()]
    for item in ("report-title", "first-responsible-person", "measures-and-results", "shortcomings",
                 "shortcoming-causes", "next-year-plan"):
        assert item in ids
    assert all(r.category.value == "content" for r in checklist.rules())


def test_unknown_checklist_id():
    with pytest.raises(ChecklistError, match="not a bundled checklist"):
        load("no-such-checklist")


def test_validate_command_exit_codes(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    proc = run_cli("checklist", "validate", str(good))
    assert proc.returncode == 0 and "valid checklist 'my-list' (1 items)" in proc.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("kind: required-section", "kind: nope"), encoding="utf-8")
    proc = run_cli("checklist", "validate", str(bad))
    assert proc.returncode == 2
    assert f"{bad}:14: items[0](problems).check.kind: unknown kind 'nope'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_validate_command_on_the_bundled_checklist():
    proc = run_cli("checklist", "validate", str(ROOT / "checklists" / "annual-report.yaml"))
    assert proc.returncode == 0, proc.stderr


def test_validate_command_on_a_missing_file(tmp_path):
    proc = run_cli("checklist", "validate", str(tmp_path / "missing.yaml"))
    assert proc.returncode == 2 and "missing.yaml: no such checklist file" in proc.stderr


def test_the_documented_example_checklist_is_valid():
    import re

    text = (ROOT / "docs" / "custom-checklists.md").read_text(encoding="utf-8")
    block = re.search(r"## A complete small checklist\n\n```yaml\n(.*?)```", text, re.S).group(1)
    checklist = load_text(block, "county.yaml")
    assert [r.id for r in checklist.rules()] == ["county/legal-adviser", "county/no-old-goal",
                                                 "county/legal-work-quantified"]
