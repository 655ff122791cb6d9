"""Tests of the example plugin, run the way fzlint runs it: through the installed entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points

from fzlint.config import Config
from fzlint.engine import check_text

from fzlint_example.plugin import REPORT_LENGTH, count_chars

HEAD = "白沙乡人民政府\n关于2025年度法治政府建设情况的报告\n\n县委、县政府：\n"
PARAGRAPH = "全年召开党委会专题研究法治政府建设4次，对12件重大行政决策事项全部进行合法性审查。\n"


def run(text: str, **options) -> list:
    config = Config(select=("example",), options={"example": options} if options else {}, root=os.getcwd())
    return check_text(text, "report.txt", config).findings


def test_the_entry_point_is_installed():
    names = {ep.name: ep.value for ep in entry_points(group="fzlint")}
    assert names.get("example") == "fzlint_example.plugin"


def test_long_report_is_flagged_document_level():
    text = HEAD + PARAGRAPH * 150
    fs = run(text)
    assert [(f.rule_id, f.line, f.severity.value) for f in fs] == [("example/report-length", None, "info")]
    assert f"报告约{count_chars(text)}字" in fs[0].message.zh


def test_short_report_is_not_flagged():
    assert run(HEAD + PARAGRAPH * 10) == []


def test_the_limit_is_configurable():
    text = HEAD + PARAGRAPH * 10
    assert [f.rule_id for f in run(text, **{"max-chars": 300})] == [REPORT_LENGTH.id]


def test_a_bad_option_is_reported_not_raised():
    fs = run(HEAD + PARAGRAPH, **{"max-chars": "many"})
    assert [f.rule_id for f in fs] == ["fzlint/internal-error"]
    assert "max-chars must be a positive integer" in fs[0].message.en


def test_the_cli_lists_explains_and_can_disable_the_plugin():
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "fzlint", *args], capture_output=True, text=True,
                              env={**os.environ, "NO_COLOR": "1"})

    assert "example/report-length" in cli("rules").stdout
    assert "整治形式主义为基层减负若干规定" in cli("explain", "example/report-length").stdout
    assert "example/report-length" not in cli("rules", "--disable-plugin", "example").stdout


def test_count_chars_skips_every_kind_of_whitespace_and_counts_punctuation():
    """字数 as Word counts it: the ideographic space, tabs and line breaks are not characters."""
    assert count_chars("一、总体情况\n\u3000\u3000全年召开会议4次。\t\r\n") == 15
    assert count_chars("") == 0 and count_chars(" \n\u3000") == 0
