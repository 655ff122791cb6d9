"""Hygiene on what Word leaves in real reports (broken fields, content controls) and Word's own layout."""

from __future__ import annotations

import pytest

from fzlint.engine import Engine
from fzlint.readers.md import MarkdownReader

from conftest import findings, report, rule_ids

BODY = "全年召开党委会专题研究法治政府建设4次，组织干部学法6次。"


@pytest.mark.parametrize("line, error", [
    ("经审查，相关依据详见错误!未找到引用源。", "错误!未找到引用源。"),
    ("具体数据见表错误！未定义书签。", "错误！未定义书签。"),
    ("详见第错误!书签自引用无效。页。", "错误!书签自引用无效。"),
    ("如图Error! Reference source not found.所示，案件数量逐年下降。", "Error! Reference source not found."),
    ("未找到目录项。", "未找到目录项。"),
    ("错误!使用“开始”选项卡将 标题 1 应用于要在此处显示的文字。", "错误!使用“开始”选项卡将 标题 1 应用于要在此处显示的文字。"),
])
def test_broken_cross_references_are_reported_without_a_fix(line, error):
    fs = findings(report(BODY, line), ("hygiene/", "punctuation/"))
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [("hygiene/conversion-leftover", error, None)]
    assert "丢失" in fs[0].message.zh


def test_errors_and_references_in_prose_are_no_field_results():
    text = report("对发现的错误！及时纠正，共纠正执法错误12件。", "未找到当事人的，依法公告送达。",
                  "详见附件2《行政复议案件统计表》。")
    assert rule_ids(text, "hygiene/") == []


@pytest.mark.parametrize("line, placeholder", [
    ("全年共办理行政复议案件单击或点击此处输入文字。件。", "单击或点击此处输入文字。"),
    ("成文日期：单击此处输入日期。", "单击此处输入日期。"),
    ("[键入文档标题]", "[键入文档标题]"),
    ("Click or tap here to enter text.", "Click or tap here to enter text."),
])
def test_word_content_control_placeholders(line, placeholder):
    assert [f.matched for f in findings(report(BODY, line), "hygiene/template-placeholder")] == [placeholder]


def test_clicking_and_typing_in_prose_are_no_placeholders():
    text = report("群众单击“我要办”即可在线输入申请信息，全年网上受理事项320件。", "【键入式】查询服务已上线。")
    assert rule_ids(text, "hygiene/template-placeholder") == []


@pytest.mark.parametrize("caption", ["目  录", "目　　录", "前　言", "附　　表", "说 明"])
def test_a_letter_spaced_caption_is_layout(caption):
    assert rule_ids(report(BODY, caption, BODY), "hygiene/whitespace") == []


def test_spaces_inside_a_sentence_are_still_reported():
    text = report("加强 组织领导", "全年召开党委会4次， 组织干部学法6次。")
    assert [f.matched for f in findings(text, "hygiene/whitespace")] == [" ", " "]


def test_tabs_of_a_table_row_or_of_a_list_number_are_layout():
    text = report(BODY, "类别\t件数\t占比", "行政复议\t25件\t62.5%", "（三）\t推进严格规范公正文明执法", BODY)
    assert rule_ids(text, "hygiene/whitespace") == []


def test_a_trailing_tab_is_still_reported():
    assert [f.matched for f in findings(report(BODY + "\t"), "hygiene/whitespace")] == ["\t"]


def md_findings(text: str, prefix: str = "hygiene/") -> list[tuple[int, str]]:
    doc = MarkdownReader().read(text.encode("utf-8"), "报告.md")
    return [(f.line, f.rule_id) for f in Engine().check_document(doc).findings if f.rule_id.startswith(prefix)]


MD_HEAD = "# 青石镇关于2024年度法治政府建设情况的报告\n\n县委、县政府：\n\n"


@pytest.mark.parametrize("markdown", [
    "| 类别 | 件数 | 占比 |\n|---|---|---|\n| 行政复议 | 25件 | 62.5% |\n",  # cell padding
    "全年召开专题会议6次[^1]，研究解决问题12个。\n\n[^1]: 其中党委会3次。\n",  # a footnote
    "全年召开党委会[4次]{.underline}，组织干部学法6次。\n",  # a pandoc span
    "全年召开专题会议6次[]{#_Toc123456 .anchor}，研究解决问题12个。\n",
    "## 一、主要举措和成效 {#主要举措 .unnumbered}\n\n全年召开专题会议6次。\n",
    "全年召开专题会议6次，\\\n研究解决问题12个。\n",  # hard line breaks
    "全年召开专题会议6次，  \n研究解决问题12个。\n",
])
def test_markdown_syntax_is_no_leftover_in_a_markdown_file(markdown):
    assert md_findings(MD_HEAD + markdown) == []


def test_markdown_stray_spaces_are_still_reported():
    # trailing spaces before a blank line break nothing: they are stray; so is a space inside a cell
    text = MD_HEAD + "全年召开专题会议6次。  \n\n| 类别 | 件 数 |\n|---|---|\n"
    assert md_findings(text) == [(5, "hygiene/whitespace"), (7, "hygiene/whitespace")]


def test_a_tab_inside_a_sentence_is_still_reported():
    text = report("县委、\t县政府：", "全年召开党委会4次，\t组织干部学法6次。")
    assert [(f.line, f.matched) for f in findings(text, "hygiene/whitespace")] == [(4, "\t"), (5, "\t")]


def test_a_no_break_space_between_latin_words_keeps_them_together():
    text = report("严格执行GB/T\u00a09704-2012，部署Windows\u00a010办公系统12台。")
    assert rule_ids(text, "hygiene/whitespace") == []


def test_a_no_break_space_next_to_chinese_is_still_reported():
    text = report("全年罚没款\u00a012.6万元，办理案件\u00a0\u00a042件。")
    assert [(f.matched, f.suggestion) for f in findings(text, "hygiene/whitespace")] == [
        ("\u00a0", ""), ("\u00a0\u00a0", "")]


@pytest.mark.parametrize("table", [
    "  类别   件数   占比\n  ------ ------ -------\n  维持   25     62.5%\n  撤销   3      7.5%\n",
    "  ------------ ------\n  行政处罚案件 42件\n  行政强制 措施 3件\n  ------------ ------\n",
])
def test_markdown_simple_tables_are_aligned_with_spaces(table):
    """pandoc writes the simple tables of a Word report this way (with or without a header line)."""
    assert md_findings(MD_HEAD + table + "\n全年召开专题会议6次。\n") == []


def test_after_a_simple_table_spaces_are_reported_again():
    text = MD_HEAD + "  类别   件数\n  ------ ------\n  维持   25\n\n全年召开专题会议6次， 研究解决问题12个。\n"
    assert md_findings(text) == [(9, "hygiene/whitespace")]


@pytest.mark.parametrize("name, date", [
    ("白沙乡人民政府\u3000\u3000\u3000\u3000", "2026年2月12日\u3000\u3000"),
    ("青山县司法局\u3000\u3000", "二〇二六年二月十二日\u3000\u3000\u3000\u3000"),
    ("城南街道\u3000\u3000", "2026年2月12日\u3000\u3000"),
])
def test_full_width_spaces_after_the_signature_are_its_right_indent(name, date):
    text = report(BODY, "特此报告。", "", name, date)
    assert rule_ids(text, "hygiene/whitespace") == []


def test_trailing_spaces_elsewhere_in_the_signature_zone_are_still_reported():
    text = report(BODY, "特此报告。\u3000\u3000", "", "白沙乡人民政府 ", "2026年2月12日")
    assert [(f.line, f.matched) for f in findings(text, "hygiene/whitespace")] == [(5, "\u3000\u3000"), (7, " ")]


def test_trailing_full_width_spaces_after_a_date_in_the_body_are_still_reported():
    text = report("2024年6月12日\u3000\u3000", *[BODY] * 8)
    assert [f.line for f in findings(text, "hygiene/whitespace")] == [4]


def test_word_style_settings_pasted_as_text():
    text = report("Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE", "全年开展普法活动12场，Normal 0 不是行首。")
    assert [f.matched for f in findings(text, "hygiene/conversion-leftover")] == [
        "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE"]
