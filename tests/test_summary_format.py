"""``--format summary``: one row per report, its missing required contents, then the count of every rule."""

from __future__ import annotations

import shutil

from conftest import ROOT, run_cli
from fzlint.formats.text import display_width

#: a report (written for this test) without a first-responsible-person part and without next year's plan
LACKING = """红星街道办事处关于2023年度法治政府建设情况的报告

区委、区政府：
一、主要举措和成效
（一）严格规范公正文明执法。全年办理行政执法案件42件，开展案卷评查2次。
（二）深化法制宣传教育。开展“八五”普法宣传活动18场。
二、存在的不足和原因
（一）执法人员不足。究其原因，主要是编制有限、培训不够。

红星街道办事处
2024年1月15日
"""


def _folder(tmp_path):
    shutil.copy(ROOT / "examples" / "clean-report.txt", tmp_path / "a-合格的报告.txt")
    (tmp_path / "b.txt").write_text(LACKING, encoding="utf-8")
    (tmp_path / "c-空文件.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_summary_rows_missing_contents_and_rule_counts(tmp_path):
    proc = run_cli("check", "--format", "summary", "--no-cache", ".", cwd=_folder(tmp_path))
    assert proc.returncode == 2  # the empty file cannot be read
    lines = proc.stdout.split("\n")
    head, rule_, *rows = lines
    assert head.split() == ["文件", "年度", "单位", "错误", "警告", "提示"]
    clean = next(line for line in rows if line.startswith("a-合格的报告.txt"))
    assert clean.split()[1:] == ["2025", "白沙乡人民政府", "0", "0", "0"]
    lacking = rows.index(next(line for line in rows if line.startswith("b.txt")))
    assert rows[lacking].split()[1:3] == ["2023", "红星街道办事处"]
    missing = rows[lacking + 1]
    assert missing.startswith("    缺少：")
    assert "第一责任人" in missing and "下一年度" in missing
    assert "无法读取" in next(line for line in rows if line.startswith("c-空文件.txt"))
    # the columns line up on the screen: 年度 starts in the same cell on every row
    year_cell = display_width(head[:head.index("年度")])
    assert display_width(clean[:clean.index("2025")]) == year_cell
    assert display_width(rows[lacking][:rows[lacking].index("2023")]) == year_cell
    # the rule counts, most frequent first, fixable rules marked
    counts = lines[lines.index("各规则的问题数：") + 1:]
    fazhi = next(line for line in counts if "terminology/fazhi" in line)
    assert fazhi.split()[0] == "1" and fazhi.endswith("[可自动修复]")
    numbers = [int(line.split()[0]) for line in counts if line.startswith("  ")]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) >= 3
    assert lines[-2].startswith("共检查 3 个文件")


def test_summary_in_english_and_without_findings(tmp_path):
    shutil.copy(ROOT / "examples" / "clean-report.txt", tmp_path / "clean.txt")
    proc = run_cli("check", "--format", "summary", "--lang", "en", "--no-cache", "clean.txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout.split("\n")[0].split() == ["file", "year", "unit", "errors", "warnings", "info"]
    assert "No problems found." in proc.stdout and "missing" not in proc.stdout
