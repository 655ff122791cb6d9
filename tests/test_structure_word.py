"""Structure of reports made in Word: tables of contents copied as text, numbers written twice."""

from __future__ import annotations

import pytest

from fzlint.document import Document

from conftest import findings, report

HEADS = ("一、2024年度推进法治政府建设的主要举措和成效", "二、党政主要负责人履行推进法治建设第一责任人职责情况",
         "三、存在的不足和原因", "四、2025年度推进法治政府建设的主要安排")
BODY = ("全年召开党委会专题研究法治政府建设4次，组织干部学法6次。", "党委书记年终述法1次，主持召开专题会议3次。",
        "执法人员数量不足。原因主要是编制有限。", "一是2025年6月底前完成执法人员轮训；二是开展普法活动不少于20次。")


def body(*heads: str) -> list[str]:
    return [line for pair in zip(heads, BODY) for line in pair]


@pytest.mark.parametrize("leader", ["……………………{}", "\t{}", " ........ {}", "·········{}", "…… {}"])
def test_table_of_contents_lines_are_no_headings(leader):
    toc = [h + leader.format(page) for page, h in enumerate(HEADS, 1)]
    text = report(*body(*HEADS), addressee=None).replace("\n\n", "\n\n" + "\n".join(["目  录", *toc]) + "\n", 1)
    doc = Document.from_text(text)
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、"]
    assert [h.line for h in doc.headings] == [7, 9, 11, 13]
    assert findings(text, "heading/") == []


def test_headings_ending_in_numbers_stay_headings():
    text = report("一、全年办理行政复议案件25件", BODY[0], "二、行政诉讼应诉率达100", BODY[1],
                  "三、2024年度", BODY[2])
    assert [h.marker for h in Document.from_text(text).headings] == ["一、", "二、", "三、"]


def test_a_marker_written_twice_is_reported_and_fixed_to_one():
    text = report(*body(HEADS[0], HEADS[1], "三、三、存在的不足和原因", HEADS[3]))
    doc = Document.from_text(text)
    assert [(h.marker, h.title, h.repeated) for h in doc.headings][2] == ("三、", "存在的不足和原因", "三、")
    fs = findings(text, "heading/")
    assert [(f.rule_id, f.line, f.matched, f.suggestion) for f in fs] == [
        ("heading/marker-format", 8, "三、三、", "三、")]


def test_word_number_before_a_typed_one_is_reported_without_a_fix():
    text = report(*body(HEADS[0], HEADS[1], "三、\t一、存在的不足和原因", HEADS[3]))
    fs = findings(text, "heading/")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [("heading/marker-format", "三、\t一、", None)]
    assert "两个序号" in fs[0].message.zh


def test_a_doubled_half_width_marker_is_fixed_in_two_steps():
    text = report(HEADS[0], "（一）加强组织领导", BODY[0], "(二)(二)推进依法行政", BODY[1])
    fs = findings(text, "heading/")
    # the bracket-width fix of (二) would overlap: it waits for the next pass
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [("heading/marker-format", "(二)(二)", "(二)")]


def test_a_sub_heading_after_a_heading_marker_is_not_a_repeat():
    text = report("一、（一）加强组织领导", BODY[0], "（二）推进依法行政", BODY[1])
    assert [h.repeated for h in Document.from_text(text).headings][:1] == [""]


@pytest.mark.parametrize("indent", ["\u2003\u2003", "\u2002\u2002\u2002\u2002", "\u00a0\u00a0\u00a0\u00a0", "\u3000\u3000"])
def test_headings_indented_with_the_spaces_of_a_web_page(indent):
    """Pages indent with &emsp; or &ensp;: the copied report keeps U+2003 / U+2002 before every paragraph."""
    text = report(*(indent + line for line in body(*HEADS)))
    doc = Document.from_text(text)
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、"]
    assert [f.rule_id for f in findings(text, ("heading/", "annual-report/next-year-plan"))] == []


def test_is_toc_entry():
    from fzlint.structure import is_toc_entry

    assert is_toc_entry("三、存在的不足和原因……………………4") and is_toc_entry("三、存在的不足和原因\t4")
    assert not is_toc_entry("三、存在的不足和原因") and not is_toc_entry("全年办理案件……共12")
    # page numbers followed by blanks, and full-width digits, are still page numbers
    assert is_toc_entry("一、主要举措和成效…………………3 \u3000") and is_toc_entry("二、存在的问题\t１２")
