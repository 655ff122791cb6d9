"""The checklist plugin: configured checklists become rules, listed, explained, run; bad ones exit 2."""

from __future__ import annotations

import json

from conftest import ROOT, report, run_cli

MY_LIST = """\
id: my-list
title: {zh: 本县补充要求, en: County additions}
source: 依法治县办审核要求
items:
  - id: legal-adviser
    title: {zh: 报告法律顾问工作, en: Reports the legal adviser's work}
    severity: warning
    category: content
    message: {zh: 报告未提及法律顾问工作, en: no word on the legal adviser}
    source: 依法治县办审核要求第3条
    check:
      kind: required-phrase
      match: {patterns: ["法律顾问"]}
"""

TEXT = report("一、主要举措和成效", "全年开展合法性审查12件。", "二、存在的不足和原因", "究其原因，主要是编制有限。")


def _setup(tmp_path, checklists: str, checklist_text: str = MY_LIST):
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "my-list.yaml").write_text(checklist_text, encoding="utf-8")
    (tmp_path / ".fzlint.yaml").write_text(f"checklists: {checklists}\n", encoding="utf-8")
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")


def test_rules_lists_checklist_items():
    proc = run_cli("rules", "--format", "json")
    rules = {r["id"]: r for r in json.loads(proc.stdout)}
    assert rules["annual-report/shortcoming-causes"]["category"] == "content"
    assert rules["annual-report/shortcoming-causes"]["plugin"] == "checklist"
    assert rules["annual-report/next-year-plan"]["severity"] == "error"


def test_explain_shows_the_source_without_an_unverified_article_number():
    proc = run_cli("explain", "annual-report/shortcoming-causes")
    assert proc.returncode == 0
    assert "厅字〔2019〕28号" in proc.stdout and "存在的不足和原因" in proc.stdout
    source = proc.stdout.split("## Source", 1)[1]
    assert "条" not in source.replace("（二）项", "")


def test_a_custom_checklist_from_the_configuration(tmp_path):
    _setup(tmp_path, "[annual-report, lists/my-list.yaml]")
    proc = run_cli("rules", "--format", "json", cwd=tmp_path)
    ids = {r["id"] for r in json.loads(proc.stdout)}
    assert {"my-list/legal-adviser", "annual-report/shortcomings"} <= ids
    proc = run_cli("check", "report.txt", "--format", "json", cwd=tmp_path)
    found = {f["rule"] for f in json.loads(proc.stdout)["findings"]}
    assert "my-list/legal-adviser" in found and "annual-report/next-year-plan" in found


def test_only_the_custom_checklist(tmp_path):
    _setup(tmp_path, "[lists/my-list.yaml]")
    proc = run_cli("check", "report.txt", "--format", "json", cwd=tmp_path)
    found = {f["rule"] for f in json.loads(proc.stdout)["findings"]}
    assert "my-list/legal-adviser" in found
    assert not any(r.startswith("annual-report/") for r in found)


def test_checklist_flag_overrides_the_configuration(tmp_path):
    _setup(tmp_path, "[lists/my-list.yaml]")
    proc = run_cli("rules", "--checklist", "annual-report", cwd=tmp_path)
    assert "annual-report/shortcomings" in proc.stdout and "my-list/" not in proc.stdout


def test_an_invalid_checklist_stops_with_exit_2(tmp_path):
    _setup(tmp_path, "[lists/my-list.yaml]", MY_LIST.replace('patterns: ["法律顾问"]', 'patterns: ["法律(顾问"]'))
    proc = run_cli("check", "report.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert "my-list.yaml:13: items[0](legal-adviser).check.match.patterns[0]: invalid regular expression" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_missing_checklist_file_stops_with_exit_2(tmp_path):
    _setup(tmp_path, "[lists/none.yaml]")
    proc = run_cli("check", "report.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "none.yaml: no such checklist file" in proc.stderr


def test_two_checklists_with_one_id(tmp_path):
    _setup(tmp_path, "[lists/my-list.yaml, lists/copy.yaml]")
    (tmp_path / "lists" / "copy.yaml").write_text(MY_LIST, encoding="utf-8")
    proc = run_cli("check", "report.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "two checklists have the id 'my-list'" in proc.stderr


def test_no_checklists(tmp_path):
    _setup(tmp_path, "[]")
    proc = run_cli("rules", cwd=tmp_path)
    assert proc.returncode == 0 and "annual-report/" not in proc.stdout


def test_ignore_and_severity_apply_to_checklist_items():
    path = str(ROOT / "examples" / "2025年度法治政府建设情况报告.txt")
    proc = run_cli("check", path, "--format", "json", "--select", "annual-report",
                   "--ignore", "annual-report/plan-answers-shortcomings",
                   "--severity", "annual-report/shortcoming-causes=error")
    fs = json.loads(proc.stdout)["findings"]
    assert [(f["rule"], f["severity"]) for f in fs] == [("annual-report/shortcoming-causes", "error")]


def test_reports_under_two_configurations_in_one_process_get_their_own_checklists(tmp_path):
    """The plugin keeps the checklists of the configuration last asked about: a report under
    another configuration (another folder's .fzlint.yaml) still gets that configuration's."""
    from fzlint.config import ConfigResolver, Overrides
    from fzlint.engine import Engine

    for name, checklists in (("a", "[lists/my-list.yaml]"), ("b", "[annual-report]")):
        (tmp_path / name).mkdir()
        _setup(tmp_path / name, checklists)
    engine = Engine(ConfigResolver(Overrides()))
    for _ in range(2):
        for name, own, other in (("a", "my-list/", "annual-report/"), ("b", "annual-report/", "my-list/")):
            rules = {f.rule_id for f in engine.check_path(str(tmp_path / name / "report.txt")).findings}
            assert any(r.startswith(own) for r in rules) and not any(r.startswith(other) for r in rules), name
