"""Baselines: record today's findings, report only new ones, keyed by the SARIF fingerprints."""

from __future__ import annotations

import json

from conftest import report, run_cli

SELECT = ("--select", "heading", "--no-cache")
OLD = report("一、主要举措", "正文第一段。", "三、存在的问题", "正文第二段。", "（二）整改措施", "正文第三段。")


def write(tmp_path, text: str, name: str = "报告.txt") -> None:
    (tmp_path / "reports").mkdir(exist_ok=True)
    (tmp_path / "reports" / name).write_text(text, encoding="utf-8")


def test_write_then_check_reports_nothing_old(tmp_path):
    write(tmp_path, OLD)
    first = run_cli("check", "reports", *SELECT, cwd=tmp_path)
    assert first.returncode == 1 and "heading/sequence" in first.stdout
    proc = run_cli("check", "reports", *SELECT, "--write-baseline", "baseline.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and list(data["files"]) == ["reports/报告.txt"]
    assert {e["rule"] for e in data["files"]["reports/报告.txt"]} == {"heading/sequence"}
    again = run_cli("check", "reports", *SELECT, "--baseline", "baseline.json", cwd=tmp_path)
    assert again.returncode == 0 and "heading/" not in again.stdout, again.stdout


def test_only_new_findings_are_reported_and_old_ones_survive_edits_elsewhere(tmp_path):
    write(tmp_path, OLD)
    run_cli("check", "reports", *SELECT, "--write-baseline", "baseline.json", cwd=tmp_path)
    edited = OLD.replace("正文第一段。", "正文第一段。\n新增的说明文字。\n再补充一段。") + "五、下一步打算\n"
    write(tmp_path, edited)
    proc = run_cli("check", "reports", *SELECT, "--baseline", "baseline.json", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    new = json.loads(proc.stdout)["findings"]
    assert [(f["rule"], f["line"]) for f in new] == [("heading/sequence", 12)]


def test_baseline_keys_are_the_sarif_fingerprints(tmp_path):
    write(tmp_path, OLD)
    run_cli("check", "reports", *SELECT, "--write-baseline", "baseline.json", cwd=tmp_path)
    sarif = json.loads(run_cli("check", "reports", *SELECT, "--format", "sarif", cwd=tmp_path).stdout)
    from_sarif = {r["partialFingerprints"]["fzlintFingerprint/v1"] for r in sarif["runs"][0]["results"]}
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert {e["fingerprint"] for e in data["files"]["reports/报告.txt"]} == from_sarif


def test_changed_line_is_reported_again_and_fixed_entries_are_counted(tmp_path):
    write(tmp_path, OLD)
    run_cli("check", "reports", *SELECT, "--write-baseline", "baseline.json", cwd=tmp_path)
    write(tmp_path, OLD.replace("三、存在的问题", "三、存在的主要问题").replace("（二）整改措施", "（一）整改措施"))
    proc = run_cli("check", "reports", *SELECT, "--baseline", "baseline.json", cwd=tmp_path)
    assert proc.returncode == 1
    assert "三、存在的主要问题" in proc.stdout  # its own line changed: no longer the recorded finding
    assert "2 finding(s) of the baseline no longer occur" in proc.stderr


def test_paths_are_relative_to_the_baseline_file_not_the_working_directory(tmp_path):
    write(tmp_path, OLD)
    run_cli("check", "reports", *SELECT, "--write-baseline", "baseline.json", cwd=tmp_path)
    proc = run_cli("check", ".", *SELECT, "--baseline", "../baseline.json", cwd=tmp_path / "reports")
    assert proc.returncode == 0 and "heading/" not in proc.stdout


def test_unreadable_baseline_is_a_usage_error(tmp_path):
    write(tmp_path, OLD)
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"version": 99, "files": {}}', encoding="utf-8")
    for name in ("bad.json", "other.json", "missing.json"):
        proc = run_cli("check", "reports", *SELECT, "--baseline", name, cwd=tmp_path)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
