"""SARIF for GitHub code scanning with real inputs: Word, Markdown, encodings, unreadable files."""

from __future__ import annotations

import io
import json

import docx
import pytest

from conftest import SARIF_SCHEMA, report, run_cli

pytestmark = pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason="../shared/schemas not present")

TEXT = report("一、主要举措", "正文。", "三、存在的问题", "正文。")


def make_reports(root) -> None:
    d = docx.Document()
    for line in TEXT.rstrip("\n").split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    (root / "reports" / "word").mkdir(parents=True)
    (root / "reports" / "word" / "报告 一.docx").write_bytes(buf.getvalue())
    (root / "reports" / "gbk.txt").write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030"))
    (root / "reports" / "notes.md").write_text("# " + TEXT, encoding="utf-8")
    (root / "reports" / "broken.docx").write_bytes(b"PK\x03\x04 not really")


def sarif(root, *extra) -> dict:
    proc = run_cli("check", "reports", "--format", "sarif", "--no-cache", *extra, cwd=root)
    assert proc.returncode == 2, proc.stderr  # broken.docx; run_cli validated the log already
    return json.loads(proc.stdout)


def test_sarif_for_word_markdown_and_gbk_reports_is_github_ready(tmp_path):
    make_reports(tmp_path)
    log = sarif(tmp_path)
    run = log["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {"reports/gbk.txt", "reports/notes.md", "reports/word/%E6%8A%A5%E5%91%8A%20%E4%B8%80.docx"}
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert loc["region"]["startLine"] >= 1 and loc["region"].get("startColumn", 1) >= 1
        assert r["partialFingerprints"]["primaryLocationLineHash"]
    seq = sorted((r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                  r["locations"][0]["physicalLocation"]["region"]["startLine"])
                 for r in run["results"] if r["ruleId"] == "heading/sequence")
    assert [line for _, line in seq] == [6, 6, 6]  # same paragraph/line in .docx, .md and GBK .txt with CRLF
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert len(rule["properties"]["tags"]) == len(set(rule["properties"]["tags"]))
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "broken.docx" in notes[0]["message"]["text"]


def test_sarif_is_deterministic_across_runs(tmp_path):
    make_reports(tmp_path)
    first, second = sarif(tmp_path), sarif(tmp_path)
    assert first == second
    # fingerprints are unique within a file (GitHub scopes them to the artifact)
    keys = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["partialFingerprints"]["fzlintFingerprint/v1"]) for r in first["runs"][0]["results"]]
    assert len(set(keys)) == len(keys)
