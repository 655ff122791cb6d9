"""The pre-commit hook, run by the real pre-commit (``pre-commit try-repo``) on a real git repository."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from conftest import ROOT, report

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
GIT = shutil.which("git")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(GIT is None or not PRE_COMMIT.exists(), reason="needs git and pre-commit"),
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the fzlint git repository"),
]

FAILING = report("一、主要举措和成效", "正文。", "三、存在的不足和原因", "正文。")


def git(repo: Path, *args: str, env: dict) -> None:
    subprocess.run([GIT, *args], cwd=repo, env=env, check=True, capture_output=True)


def try_repo(repo: Path, env: dict, *args: str, hook: str = "fzlint") -> subprocess.CompletedProcess:
    proc = subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), hook, "--verbose", *args],
                          cwd=repo, env=env, capture_output=True, timeout=600)
    proc.stdout = proc.stdout.decode("utf-8", "replace")  # type: ignore[assignment]
    proc.stderr = proc.stderr.decode("utf-8", "replace")  # type: ignore[assignment]
    return proc


def test_manifest_is_valid():
    proc = subprocess.run([str(PRE_COMMIT), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _repo(tmp_path_factory) -> tuple[Path, dict]:
    """An empty git repository and the environment to run git and pre-commit in it."""
    repo = tmp_path_factory.mktemp("reports-repo")
    env = {**os.environ, "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never",
           "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
           "GIT_AUTHOR_NAME": "fzlint tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
           "GIT_COMMITTER_NAME": "fzlint tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid"}
    env.pop("VIRTUAL_ENV", None)
    git(repo, "init", "-q", env=env)
    return repo, env


def test_try_repo_passes_a_clean_report_and_fails_bad_txt_and_docx(tmp_path_factory):
    repo, env = _repo(tmp_path_factory)
    shutil.copy(ROOT / "examples" / "clean-report.txt", repo / "通过的报告.txt")
    (repo / "不通过的报告.txt").write_text(FAILING, encoding="utf-8")
    d = docx.Document()
    for line in FAILING.rstrip("\n").split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    (repo / "不通过的报告.docx").write_bytes(buf.getvalue())
    (repo / "data.json").write_text('{"一、": "三、"}', encoding="utf-8")  # not a report: never passed
    (repo / "untracked.txt").write_text(FAILING, encoding="utf-8")
    git(repo, "add", "通过的报告.txt", "不通过的报告.txt", "不通过的报告.docx", "data.json", env=env)
    git(repo, "commit", "-q", "-m", "reports", env=env)

    passing = try_repo(repo, env, "--files", "通过的报告.txt")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout

    failing = try_repo(repo, env, "--all-files")
    out = failing.stdout
    assert failing.returncode == 1, out + failing.stderr
    assert "Failed" in out and "exit code: 1" in out
    assert "不通过的报告.txt:6:1:" in out and "不通过的报告.docx:6:1:" in out and "heading/sequence" in out
    assert "通过的报告.txt:" not in out.replace("不通过的报告.txt:", "")
    assert "untracked.txt" not in out and "data.json" not in out


def test_fix_hook_fixes_a_report_and_fails_once(tmp_path_factory):
    repo, env = _repo(tmp_path_factory)
    clean = (ROOT / "examples" / "clean-report.txt").read_text(encoding="utf-8")
    assert "法治宣传" in clean
    (repo / "报告.txt").write_text(clean.replace("法治宣传", "法制宣传", 1), encoding="utf-8")
    git(repo, "add", "报告.txt", env=env)
    git(repo, "commit", "-q", "-m", "report", env=env)

    fixed = try_repo(repo, env, "--all-files", hook="fzlint-fix")
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    assert "files were modified by this hook" in fixed.stdout
    assert (repo / "报告.txt").read_text(encoding="utf-8") == clean

    again = try_repo(repo, env, "--all-files", hook="fzlint-fix")
    assert again.returncode == 0, again.stdout + again.stderr
