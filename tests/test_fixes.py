"""``fzlint check --fix`` and ``--diff``: fixes applied where safe, files kept byte for byte otherwise."""

from __future__ import annotations

import os
import stat

import pytest

from conftest import run_cli
from fzlint import fixes
from fzlint.fixes import Edit, FixError, Source, apply_edits, edits_for

#: a short township report (written for these tests) with fixable defects: 法制宣传教育 (warning),
#: a half-width comma (error), 截止目前 (error), 力量力量 (error), trailing blanks (info)
REPORT = """白沙镇人民政府关于2024年度法治政府建设情况的报告

县委、县政府：
2024年，白沙镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。
一、主要举措和成效
（一）党政主要负责人履行第一责任人职责。镇党委书记主持召开专题会议研究法治建设3次，组织中心组学法5次。
（二）深化法制宣传教育。全年开展宣传活动15场,发放资料1200份。截止目前，全镇法律顾问覆盖率100%。  
二、存在的不足及原因
（一）基层执法力量力量薄弱。究其原因，主要是执法编制不足。
三、2025年工作安排
（一）2025年6月前完成执法人员轮训，全年开展普法活动20场。

白沙镇人民政府
2025年1月20日
"""
FIXED_LINE_7 = "（二）深化法治宣传教育。全年开展宣传活动15场，发放资料1200份。截至目前，全镇法律顾问覆盖率100%。  "
FIXED_LINE_9 = "（一）基层执法力量薄弱。究其原因，主要是执法编制不足。"


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_fix_applies_errors_and_warnings_and_reports_what_is_left(tmp_path):
    path = _write(tmp_path, "报告.txt", REPORT.encode("utf-8"))
    proc = run_cli("check", "--fix", "--no-cache", str(path), cwd=tmp_path)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[6] == FIXED_LINE_7  # the trailing blanks are an info finding: left (see --fail-on)
    assert lines[8] == FIXED_LINE_9
    # every other line is as it was
    before = REPORT.split("\n")
    assert [i for i, (a, b) in enumerate(zip(before, lines)) if a != b] == [6, 8]
    assert "已修复 4 处问题（1 个文件）" in proc.stderr
    # what is left is reported: the info finding only, so the run passes
    assert "hygiene/whitespace" in proc.stdout
    assert "terminology/fazhi" not in proc.stdout and "wording/typo" not in proc.stdout
    assert proc.returncode == 0


def test_fix_with_fail_on_info_fixes_info_findings_too(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT.encode("utf-8"))
    proc = run_cli("check", "--fix", "--fail-on", "info", "--no-cache", "--lang", "en", str(path), cwd=tmp_path)
    assert path.read_text(encoding="utf-8").split("\n")[6] == FIXED_LINE_7.rstrip()
    assert "fixed 5 problem(s) in 1 file(s)" in proc.stderr


def test_fix_respects_select(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT.encode("utf-8"))
    run_cli("check", "--fix", "--select", "terminology", "--no-cache", str(path), cwd=tmp_path)
    line = path.read_text(encoding="utf-8").split("\n")[6]
    assert "法治宣传教育" in line and "15场,发放" in line and "截止目前" in line


def test_fix_keeps_encoding_bom_and_line_endings(tmp_path):
    gb = _write(tmp_path, "gb.txt", REPORT.replace("\n", "\r\n").encode("gb18030"))
    bom = _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + REPORT.encode("utf-8"))
    run_cli("check", "--fix", "--no-cache", str(gb), str(bom), cwd=tmp_path)
    fixed = REPORT.replace(REPORT.split("\n")[6], FIXED_LINE_7).replace(REPORT.split("\n")[8], FIXED_LINE_9)
    assert gb.read_bytes() == fixed.replace("\n", "\r\n").encode("gb18030")
    assert bom.read_bytes() == b"\xef\xbb\xbf" + fixed.encode("utf-8")


def test_fix_keeps_permissions(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT.encode("utf-8"))
    os.chmod(path, 0o640)
    run_cli("check", "--fix", "--no-cache", str(path), cwd=tmp_path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]  # no temporary file left behind


def test_diff_shows_the_fixes_and_changes_nothing(tmp_path):
    data = REPORT.encode("utf-8")
    path = _write(tmp_path, "r.txt", data)
    proc = run_cli("check", "--diff", "--no-cache", "r.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert path.read_bytes() == data
    assert proc.stdout.startswith("--- a/r.txt\n+++ b/r.txt\n")
    assert f"+{FIXED_LINE_7}\n" in proc.stdout and f"+{FIXED_LINE_9}\n" in proc.stdout
    assert "-（二）深化法制宣传教育" in proc.stdout
    assert "可自动修复 4 处问题（1 个文件）" in proc.stderr


def test_diff_of_a_clean_file_is_empty_and_passes(tmp_path):
    fixed = REPORT.replace(REPORT.split("\n")[6], FIXED_LINE_7.rstrip()).replace(REPORT.split("\n")[8], FIXED_LINE_9)
    path = _write(tmp_path, "r.txt", fixed.encode("utf-8"))
    proc = run_cli("check", "--diff", "--no-cache", str(path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_fix_refuses_standard_input(tmp_path):
    proc = run_cli("check", "--fix", "-", cwd=tmp_path, input=REPORT.encode("utf-8"))
    assert proc.returncode == 2
    assert "standard input" in proc.stderr and "Traceback" not in proc.stderr


def test_fix_and_diff_cannot_be_combined(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT.encode("utf-8"))
    proc = run_cli("check", "--fix", "--diff", str(path), cwd=tmp_path)
    assert proc.returncode == 2
    assert path.read_bytes() == REPORT.encode("utf-8")


def test_word_files_are_never_rewritten(tmp_path):
    from test_readers import docx_bytes

    data = docx_bytes(REPORT.split("\n"))
    path = _write(tmp_path, "r.docx", data)
    proc = run_cli("check", "--fix", "--no-cache", str(path), cwd=tmp_path)
    assert path.read_bytes() == data
    assert "不会自动改写 Word 文件" in proc.stderr and "r.docx" in proc.stderr
    assert "terminology/fazhi" in proc.stdout  # still reported
    assert proc.returncode == 1


def test_markdown_fix_keeps_the_markup(tmp_path):
    text = REPORT.replace("一、主要举措和成效", "## 一、主要举措和成效").replace("深化法制宣传教育", "**深化法制宣传教育**")
    path = _write(tmp_path, "r.md", text.encode("utf-8"))
    run_cli("check", "--fix", "--no-cache", str(path), cwd=tmp_path)
    out = path.read_text(encoding="utf-8")
    assert "## 一、主要举措和成效" in out
    assert "（二）**深化法治宣传教育**。全年开展宣传活动15场，发放资料1200份。截至目前" in out


def test_edits_skip_overlaps_and_stale_spans():
    from fzlint.engine import Engine
    from fzlint.config import Config
    from fzlint.results import ReportedFinding
    from fzlint.rules import Message, Severity

    rules = Engine().all_rules(Config(root="."))
    text = "开展法制宣传活动，截止目前。"

    def finding(rule_id, col, end_col, matched, suggestion, severity=Severity.WARNING):
        return ReportedFinding(rule_id, "x", severity, Message("", ""), 1, col, 1, end_col,
                               suggestion=suggestion, matched=matched)

    found = [
        finding("terminology/fazhi", 3, 7, "法制宣传", "法治宣传"),
        finding("wording/typo", 4, 6, "制宣", "治宣"),  # overlaps the first: waits for the next pass
        finding("wording/typo", 10, 12, "截至", "截止"),  # stale: the text there is 截止
        finding("wording/typo", 10, 12, "截止", "截至", Severity.INFO),  # below the threshold
        finding("heading/level-skip", 1, 3, "开展", "x"),  # not a fixable rule
    ]
    edits = edits_for(found, text, rules, Severity.WARNING)
    assert edits == [Edit(2, 6, "法治宣传", "terminology/fazhi")]
    assert apply_edits(text, edits) == "开展法治宣传活动，截止目前。"


def test_source_refuses_an_encoding_that_does_not_give_the_bytes_back(monkeypatch):
    import fzlint.readers.txt as txt

    monkeypatch.setattr(txt, "detect_encoding", lambda data: ("utf-7", 0))
    with pytest.raises(FixError, match="does not give back its bytes"):
        Source.decode(b"+AGE-", "r.txt")  # "a" written the long way: encoding it again gives b"a"


def test_source_maps_mixed_line_endings_back():
    source = Source.decode("一\r\n二\n三\r四".encode("utf-8"), "r.txt")
    assert source.normalised == "一\n二\n三\n四"
    assert source.with_text("一\n贰\n三\n四") == "一\r\n贰\n三\r四"
    assert source.with_text("一\n二\n三四") == "一\r\n二\r\n三四"  # lines joined: the first ending


def test_a_failed_write_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = _write(tmp_path, "r.txt", b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fixes.os, "replace", broken_replace)
    with pytest.raises(FixError, match="No space left on device"):
        fixes.write_atomically(str(path), b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_fix_works_from_a_cached_result(tmp_path):
    path = _write(tmp_path, "r.txt", REPORT.encode("utf-8"))
    env = {"FZLINT_NO_CACHE": "0", "FZLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = run_cli("check", str(path), cwd=tmp_path, env=env)
    assert "terminology/fazhi" in first.stdout
    run_cli("check", "--fix", str(path), cwd=tmp_path, env=env)
    assert path.read_text(encoding="utf-8").split("\n")[6] == FIXED_LINE_7
    after = run_cli("check", str(path), cwd=tmp_path, env=env)  # the fixed file is checked anew
    assert "terminology/fazhi" not in after.stdout and after.returncode == 0


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symbolic links")
def test_fix_through_a_symbolic_link_keeps_the_link(tmp_path):
    real = _write(tmp_path, "real.txt", REPORT.encode("utf-8"))
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    run_cli("check", "--fix", "--no-cache", str(link), cwd=tmp_path)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").split("\n")[8] == FIXED_LINE_9


@pytest.mark.parametrize("kind", ["empty", "binary", "word file named .txt"])
def test_fix_on_unreadable_files_reports_and_changes_nothing(tmp_path, kind):
    from test_readers import docx_bytes

    data = {"empty": b"", "binary": b"\x00\x01\x02\xff" * 64,
            "word file named .txt": docx_bytes(REPORT.split("\n"))}[kind]
    path = _write(tmp_path, "bad.txt", data)
    proc = run_cli("check", "--fix", "--no-cache", str(path), cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert path.read_bytes() == data
