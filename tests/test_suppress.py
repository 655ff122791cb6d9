"""Suppressions: Markdown disable/enable comments, accepted phrases, unused suppressions, masked markup."""

from __future__ import annotations

import textwrap

import pytest

from fzlint.config import Config
from fzlint.engine import Engine
from fzlint.readers.md import MarkdownReader
from fzlint.suppress import parse_directive

from conftest import ROOT, report, run_cli

#: a local plugin with a word rule, a document-level rule and a whitespace rule
PLUGIN = '''
import re
from fzlint.hookspecs import hookimpl
from fzlint.rules import Rule, RuleDoc, msg

SLOGAN = Rule("demo/slogan", "wording", "warning", "口号化表述", "Slogan wording",
              RuleDoc(what="Flags 抓手 and 打通最后一公里.", why="Official style.", source="test"))
ENDING = Rule("demo/ending", "content", "warning", "缺少结尾“特此报告”", "Missing closing line",
              RuleDoc(what="No 特此报告.", why="Official style.", source="test"))
SPACES = Rule("demo/spaces", "hygiene", "warning", "连续空格", "Repeated spaces",
              RuleDoc(what="Two or more half-width spaces.", why="Leftovers.", source="test"))

@hookimpl
def fzlint_rules():
    return [SLOGAN, ENDING, SPACES]

@hookimpl
def fzlint_check(document, context):
    for m in re.finditer("抓手|最后一公里", document.text):
        yield SLOGAN.finding(msg(f"“{m.group()}”是口号化表述", "slogan"), m.start(), m.end())
    if "特此报告" not in document.text:
        yield ENDING.finding(msg("缺少“特此报告”", "missing closing line"))
    for m in re.finditer(r"(?<=\\S) {2,}(?=\\S)", document.text):
        yield SPACES.finding(msg("连续空格", "repeated spaces"), m.start(), m.end())
'''


@pytest.fixture(scope="module")
def plugin(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("plugin") / "demo_rules.py"
    path.write_text(PLUGIN, encoding="utf-8")
    return str(path)


def check_md(md: str, plugin: str, select=("demo", "fzlint/unused-suppression"), **config):
    doc = MarkdownReader().read(textwrap.dedent(md).encode("utf-8"), "r.md")
    cfg = Config(select=tuple(select), plugins=(plugin,), root=str(ROOT), **config)
    return Engine().check_document(doc, cfg).findings


def check_txt(text: str, plugin: str, select=("demo", "fzlint/unused-suppression"), **config):
    from fzlint.document import Document

    cfg = Config(select=tuple(select), plugins=(plugin,), root=str(ROOT), **config)
    return Engine().check_document(Document.from_text(text, "r.txt"), cfg).findings


def rows(fs) -> list[tuple[str, int | None]]:
    return [(f.rule_id, f.line) for f in fs]


def test_parse_directive():
    d = parse_directive(" fzlint-disable demo/slogan, wording ", 0, 10)
    assert d and d.action == "disable" and d.rules == ("demo/slogan", "wording")
    assert parse_directive("fzlint-enable", 0, 1).rules == ()
    assert parse_directive("fzlint-disable-next-line", 0, 1).action == "disable-next-line"
    assert parse_directive("a normal comment", 0, 1) is None
    assert parse_directive("fzlint-disabled", 0, 1) is None


MD_REGION = """\
    # 青石镇2024年度法治政府建设情况报告

    县委、县政府：

    我镇把法治建设作为重要抓手。

    <!-- fzlint-disable demo/slogan -->
    以项目为抓手，打通最后一公里。
    <!-- fzlint-enable -->

    继续以制度建设为抓手。

    特此报告。
    """


def test_disable_enable_region_silences_only_its_lines(plugin):
    assert rows(check_md(MD_REGION, plugin)) == [("demo/slogan", 5), ("demo/slogan", 11)]


def test_disable_of_one_rule_leaves_other_rules(plugin):
    md = MD_REGION.replace("打通最后一公里。", "打通  最后一公里。")
    assert rows(check_md(md, plugin)) == [("demo/slogan", 5), ("demo/spaces", 8), ("demo/slogan", 11)]


def test_disable_without_rules_silences_every_rule(plugin):
    md = MD_REGION.replace("fzlint-disable demo/slogan", "fzlint-disable").replace("打通最后", "打通  最后")
    assert rows(check_md(md, plugin)) == [("demo/slogan", 5), ("demo/slogan", 11)]


def test_enable_of_one_rule_keeps_the_others_disabled(plugin):
    md = """\
    # 青石镇2024年度法治政府建设情况报告

    <!-- fzlint-disable demo/slogan, demo/spaces -->
    以项目为抓手。
    <!-- fzlint-enable demo/slogan -->
    以项目为抓手，打通  堵点。

    特此报告。
    """
    assert rows(check_md(md, plugin)) == [("demo/slogan", 6)]


def test_disable_next_line(plugin):
    md = """\
    # 青石镇2024年度法治政府建设情况报告

    <!-- fzlint-disable-next-line demo/slogan -->

    以项目为抓手。
    以制度为抓手。

    特此报告。
    """
    assert rows(check_md(md, plugin)) == [("demo/slogan", 6)]


def test_file_level_disable_covers_document_level_findings(plugin):
    md = """\
    <!-- fzlint-disable demo/ending -->
    # 青石镇2024年度法治政府建设情况报告

    正文。
    """
    assert rows(check_md(md, plugin)) == []
    late = md.replace("<!-- fzlint-disable demo/ending -->\n", "") + "<!-- fzlint-disable demo/ending -->\n"
    assert ("demo/ending", None) in rows(check_md(late, plugin))


def test_unused_disable_comment_is_reported(plugin):
    md = """\
    # 青石镇2024年度法治政府建设情况报告

    <!-- fzlint-disable demo/slogan -->
    以制度建设推动工作。
    <!-- fzlint-enable -->

    特此报告。
    """
    fs = check_md(md, plugin)
    assert rows(fs) == [("fzlint/unused-suppression", 3)]
    assert fs[0].severity.value == "warning" and "demo/slogan" in fs[0].message.zh
    assert fs[0].column == 1


def test_unknown_rule_in_a_comment_is_reported_as_such(plugin):
    md = "# 青石镇2024年度法治政府建设情况报告\n\n<!-- fzlint-disable demo/slogn -->\n以项目为抓手。\n\n特此报告。\n"
    fs = check_md(md, plugin)
    assert rows(fs) == [("fzlint/unused-suppression", 3), ("demo/slogan", 4)]
    assert "不存在" in fs[0].message.zh and "demo/slogn" in fs[0].message.en


def test_comment_for_a_rule_not_enabled_in_this_run_is_not_judged(plugin):
    md = "# 青石镇2024年度法治政府建设情况报告\n\n<!-- fzlint-disable demo/slogan -->\n正文。\n\n特此报告。\n"
    assert rows(check_md(md, plugin, select=("demo/spaces", "fzlint/unused-suppression"))) == []
    # and without the unused-suppression rule selected nothing is judged at all
    assert rows(check_md(md, plugin, select=("demo",))) == []


def test_masked_markup_never_becomes_a_finding(plugin):
    md = "# 青石镇2024年度法治政府建设情况报告\n\n全年**重点**推进  三项工作。\n\n特此报告。\n"
    fs = check_md(md, plugin)
    # "**" between Chinese characters became spaces: not reported; the real double space is
    assert [(f.rule_id, f.line, f.column) for f in fs] == [("demo/spaces", 3, 11)]


TXT = report("我镇把法治建设作为重要抓手，推进“一网通办”落地见效。",
             "以数字政府建设为抓手，打通政务服务最后一公里。", "特此报告。")


def test_accepted_phrase_drops_findings_it_covers(plugin):
    assert rows(check_txt(TXT, plugin)) == [("demo/slogan", 4), ("demo/slogan", 5), ("demo/slogan", 5)]
    fs = check_txt(TXT, plugin, accept={"demo/slogan": ("以数字政府建设为抓手",)})
    assert rows(fs) == [("demo/slogan", 4), ("demo/slogan", 5)]
    assert fs[1].matched == "最后一公里"


def test_accepted_phrase_by_family_and_exact_match(plugin):
    fs = check_txt(TXT, plugin, accept={"demo": ("抓手",)})
    assert [f.matched for f in fs] == ["最后一公里"]


def test_accepted_whole_sentence(plugin):
    fs = check_txt(TXT, plugin, accept={"demo/slogan": ("以数字政府建设为抓手，打通政务服务最后一公里。",)})
    assert rows(fs) == [("demo/slogan", 4)]


def test_stale_accepted_phrase_present_in_the_text_is_reported_as_info(plugin):
    fs = check_txt(TXT, plugin, accept={"demo/slogan": ("一网通办", "不在文中的短语")})
    stale = [f for f in fs if f.rule_id == "fzlint/unused-suppression"]
    assert len(stale) == 1 and stale[0].severity.value == "info" and stale[0].matched == "一网通办"


def test_accept_from_the_configuration_file(plugin, tmp_path):
    (tmp_path / ".fzlint.yaml").write_text(
        f"plugins: ['{plugin}']\nselect: [demo/slogan]\naccept:\n  demo/slogan: [重要抓手, 最后一公里]\n",
        encoding="utf-8")
    (tmp_path / "r.txt").write_text(TXT, encoding="utf-8")
    proc = run_cli("check", "r.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.count("demo/slogan") == 1 and "r.txt:5:" in proc.stdout


def test_word_comment_disables_rules_on_the_text_it_is_anchored_to(plugin):
    import io

    import docx

    from fzlint.readers.docx import DocxReader

    d = docx.Document()
    d.add_paragraph("青石镇2024年度法治政府建设情况报告")
    p = d.add_paragraph("以项目为")
    anchored = p.add_run("抓手")
    p.add_run("，推进依法行政。")
    d.add_comment(anchored, text="fzlint-disable demo/slogan", author="审核人")
    d.add_paragraph("继续以制度建设为抓手。")
    stale = d.add_paragraph("依法决策。").runs[0]
    d.add_comment(stale, text="fzlint-disable demo/slogan", author="审核人")
    d.add_comment(d.add_paragraph("这是普通批注。").runs[0], text="请核实数据", author="审核人")
    d.add_paragraph("特此报告。")
    buf = io.BytesIO()
    d.save(buf)
    doc = DocxReader().read(buf.getvalue(), "r.docx")
    cfg = Config(select=("demo", "fzlint/unused-suppression"), plugins=(plugin,), root=str(ROOT))
    fs = Engine().check_document(doc, cfg).findings
    assert rows(fs) == [("demo/slogan", 3), ("fzlint/unused-suppression", 4)]
    assert fs[1].matched == "依法决策。" and "Word 批注" in fs[1].message.zh
