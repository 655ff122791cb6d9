"""The document model: positions, title, year, unit, addressee, headings, sections, tokens."""

from __future__ import annotations

import pytest

from fzlint.structure import MarkerStyle

from conftest import CORPUS, corpus, doc, report


def test_positions_are_one_based_and_count_characters():
    d = doc("第一行\n第二行文字\n")
    assert d.position(0) == (1, 1)
    assert d.position(4) == (2, 1)
    assert d.position(6) == (2, 3)
    assert d.offset(2, 3) == 6
    assert d.lines == ("第一行", "第二行文字", "")


def test_crlf_is_normalised():
    d = doc("标题\r\n正文。\r\n")
    assert d.lines[:2] == ("标题", "正文。")


def test_single_line_title_with_guanyu():
    d = doc(report("一、主要举措和成效", title="民权县人和镇关于2022年度法治政府建设情况的报告"))
    assert d.title.text == "民权县人和镇关于2022年度法治政府建设情况的报告"
    assert d.year == 2022
    assert d.unit == "民权县人和镇"


def test_two_line_title_unit_on_first_line():
    text = "木叶乡人民政府\n关于2023年法治政府建设工作情况的报告\n\n2023年，我乡……。\n"
    d = doc(text)
    assert d.title.first_line == 0 and d.title.last_line == 1
    assert d.year == 2023
    assert d.unit == "木叶乡人民政府"


def test_title_without_guanyu_unit_before_year():
    d = doc("马营镇2024年度法治政府建设情况报告\n\n县委、县政府：\n2024年，……。\n")
    assert (d.year, d.unit) == (2024, "马营镇")
    assert d.addressee.text == "县委、县政府："


@pytest.mark.parametrize("title, year, unit", [
    ("青石镇二〇二四年度法治政府建设情况报告", 2024, "青石镇"),
    ("青石镇人民政府关于二○二三年度法治政府建设情况的报告", 2023, "青石镇人民政府"),
    ("平川县司法局二零二五年法治政府建设工作报告", 2025, "平川县司法局"),
])
def test_title_year_in_chinese_numerals(title, year, unit):
    d = doc(f"{title}\n\n县委、县政府：\n正文。\n")
    assert (d.year, d.unit) == (year, unit)


def test_chinese_numerals_that_are_no_year_give_none():
    d = doc("青石镇法治政府建设三年行动情况报告\n\n县委、县政府：\n正文。\n")
    assert d.years == ()


def test_year_range_in_title_is_ambiguous():
    d = doc("某镇2022—2023年度法治政府建设情况报告\n\n正文。\n")
    assert d.years == (2022, 2023)
    assert d.year is None


def test_year_falls_back_to_opening_sentence():
    d = doc("某镇法治政府建设情况报告\n\n2021年，我镇坚持……。\n")
    assert d.years == ()
    assert d.year == 2021


def test_no_addressee_when_body_follows_title():
    d = doc("龙凤场镇2021年度法治政府建设工作情况报告\n\n2021年,龙凤场镇坚持……。\n")
    assert d.addressee is None


def test_addressee_after_a_scraped_publication_line_and_a_word_bookmark():
    d = doc("柳河乡人民政府关于2023年度法治政府建设情况的报告\n"
            "发布时间：2024-02-26 10:15　来源：柳河乡人民政府　浏览次数：318\n"
            "[bookmark: _Toc2841]县委、县政府：\n2023年，柳河乡……。\n")
    assert d.addressee.text == "县委、县政府："
    assert d.text[d.addressee.start:d.addressee.end] == "县委、县政府："
    assert d.body_start_line == 3


def test_addressee_after_a_converter_watermark():
    d = doc("枫江县应急管理局关于2023年度法治政府建设工作情况的报告\n"
            "Evaluation Warning: The document was created with Spire.Doc for .NET.\n"
            "中共枫江县委、枫江县人民政府：\n2023年，县应急管理局……。\n")
    assert d.addressee is not None and d.addressee.text == "中共枫江县委、枫江县人民政府："


def test_addressee_after_a_web_page_breadcrumb():
    d = doc("江北区滨河街道办事处2022年法治政府建设情况报告\n当前位置：首页 > 政务公开 > 法治政府建设\n"
            "区委、区政府：\n2022年，滨河街道……。\n")
    assert d.addressee is not None and d.addressee.text == "区委、区政府："
    # a line of the body is no breadcrumb
    assert doc("滨河街道2022年法治政府建设情况报告\n当前，街道法治建设任务繁重：\n正文。\n").addressee is None


def test_addressee_after_a_table_of_contents_copied_as_text():
    d = doc("青石镇关于2024年度法治政府建设情况的报告\n目　录\n一、主要举措和成效……………………1\n"
            "二、存在的不足和原因………………3\n三、2025年工作安排\t4\n县委、县政府：\n2024年，青石镇……。\n")
    assert d.addressee is not None and d.addressee.text == "县委、县政府："


def test_the_last_section_ends_before_the_attachments():
    d = doc("某镇2024年度法治政府建设情况报告\n\n一、主要举措\n正文3次。\n二、2025年工作安排\n继续加强。\n\n"
            "某镇人民政府\n2025年1月2日\n附件：1.某镇2025年法治工作要点（共12项）\n2.某镇普法清单\n")
    last = d.sections[-1]
    assert d.text[last.start:last.end] == "二、2025年工作安排\n继续加强。\n\n某镇人民政府\n2025年1月2日\n"
    assert d.sections[0].end == d.sections[1].start


def test_a_body_sentence_on_sources_is_not_skipped_for_an_addressee():
    d = doc("某镇2023年度法治政府建设情况报告\n经费来源于县财政，全年……。\n县委、县政府：\n")
    assert d.addressee is None  # the body began: a later 县委、县政府： is not the addressee


def test_preamble_closer_is_not_an_addressee():
    d = doc("某镇2021年度法治政府建设情况报告\n现将有关情况报告如下：\n一、主要举措\n")
    assert d.addressee is None


def test_heading_tree_levels_and_styles():
    d = doc(report(
        "一、主要举措和成效", "（一）加强组织领导", "1.建立制度", "（1）明确分工", "二、存在的不足和原因",
    ))
    hs = d.headings
    assert [h.level for h in hs] == [1, 2, 3, 4, 1]
    assert [h.style for h in hs] == [MarkerStyle.CN_DUN, MarkerStyle.CN_PAREN, MarkerStyle.AR_DOT,
                                     MarkerStyle.AR_PAREN, MarkerStyle.CN_DUN]
    assert hs[1].parent == 0 and hs[2].parent == 1 and hs[3].parent == 2 and hs[4].parent is None
    assert hs[0].title == "主要举措和成效"


def test_arabic_dun_at_top_level_is_level_one():
    d = doc(report("1、 党政第一责任人推进法治政府建设工作情况", "2、 主要举措和成效",
                   "（一）严格依法决策。正文。", "3、 工作中存在的不足", "四、下一步工作的主要思路"))
    assert [(h.marker, h.level) for h in d.headings] == [
        ("1、", 1), ("2、", 1), ("（一）", 2), ("3、", 1), ("四、", 1)]


def test_wrong_style_number_continues_its_sequence():
    d = doc(report("一、加强组织领导", "（一）强化职责", "（二）发挥作用", "（3） 坚持理论学习"))
    h = d.headings[3]
    assert (h.marker, h.style, h.level, h.number, h.parent) == ("（3）", MarkerStyle.AR_PAREN, 2, 3, 0)


def test_level_four_marker_directly_under_level_one():
    d = doc(report("六、下一步工作思路", "（1） 进一步提高政治站位。", "（2） 弘扬法治精神。"))
    assert [h.level for h in d.headings] == [1, 4, 4]
    assert d.headings[1].parent == 0


def test_halfwidth_brackets_are_recognised():
    d = doc(report("二、工作举措", "(一)强化依法决策,提升站位。正文", "(三)坚持依法治理。正文"))
    assert [h.style for h in d.headings[1:]] == [MarkerStyle.CN_PAREN_HALF, MarkerStyle.CN_PAREN_HALF]
    assert [h.level for h in d.headings[1:]] == [2, 2]
    assert d.headings[1].halfwidth and d.headings[1].run_in


def test_decimals_and_years_are_not_headings():
    d = doc(report("1.5万元用于普法阵地建设。", "2024年，全镇……。", "一是加强学习。"))
    assert d.headings == ()


def test_sections_span_until_next_heading_of_same_level():
    text = report("一、举措", "（一）甲", "正文甲。", "（二）乙", "正文乙。", "二、不足", "正文丙。")
    d = doc(text)
    top = d.top_sections()
    assert [s.heading.title for s in top] == ["举措", "不足"]
    assert "正文乙" in d.section_text(top[0]) and "正文丙" not in d.section_text(top[0])
    assert d.section_at(text.index("正文乙")).heading.title == "乙"


def test_tokens_have_absolute_offsets_and_are_cached():
    d = doc("前言。带头学法制度还不够完善。")
    start = d.text.index("带")
    toks = d.sentence_tokens(start)
    assert "".join(t.text for t in toks) == "带头学法制度还不够完善。"
    assert all(d.text[t.start:t.end] == t.text for t in toks)
    assert "法制" not in [t.text for t in toks]
    assert d.sentence_tokens(start) is toks


@corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name,year,level1", [
    ("000_840f6d1dd16e37d6.txt", 2024, ["一、", "二、", "三、", "四、", "五、", "六、"]),
    ("001_8a58fc0ccff5796e.txt", 2021, ["一、", "二、", "三、", "四、"]),
    ("002_64741aa416dc4942.txt", 2023, ["一、", "二、", "三、", "四、"]),
    ("003_ed98367127fef936.txt", 2023, ["1、", "2、", "3、", "四、"]),
    ("004_9297ac14c1609d27.txt", 2022, ["一、", "二、", "三、", "四、"]),
])
def test_real_reports_years_and_level_one_headings(name, year, level1):
    d = doc((CORPUS / name).read_text(encoding="utf-8"), path=name)
    assert d.year == year
    assert [h.marker for h in d.headings if h.level == 1] == level1


def test_heading_merged_into_a_paragraph_is_kept_with_its_section():
    d = doc("青石镇2024年度法治政府建设情况报告\n一、举措\n（一）甲。正文。\n二、监督\n（一）乙。正文完成。三、存在的问题\n"
            "一是……。\n四、下一步打算\n正文。\n")
    level1 = [(h.marker, h.title, h.embedded) for h in d.headings if h.level == 1]
    assert level1 == [("一、", "举措", False), ("二、", "监督", False), ("三、", "存在的问题", True),
                      ("四、", "下一步打算", False)]
    merged = next(h for h in d.headings if h.embedded)
    assert d.text[merged.start:merged.marker_end] == "三、" and merged.line == 4
    assert d.section_text(d.sections[merged.index]).startswith("三、存在的问题\n一是")
    # the paragraph before it now ends at the merged heading
    assert d.section_text(d.sections[merged.index - 1]).endswith("正文完成。")


@pytest.mark.parametrize("chrome", [
    ["来源：青州市司法局  发布时间：2025-03-28 09:18"],
    ["当前位置：首页 > 政务公开 > 法治政府建设年度报告", "【字体：大 中 小】【打印】"],
    ["2025-03-28 09:18"],
])
def test_web_page_lines_above_the_title_are_not_part_of_it(chrome):
    d = doc("\n".join(chrome + ["青州市司法局2024年度法治政府建设情况报告", "", "县委、县政府：", "2024年，……。",
                                 "一、主要举措和成效", "正文。"]))
    assert d.title.text == "青州市司法局2024年度法治政府建设情况报告"
    assert d.title.first_line == len(chrome) and d.years == (2024,) and d.unit == "青州市司法局"
    assert d.addressee is not None and [h.marker for h in d.headings] == ["一、"]


def test_title_only_in_a_metadata_row():
    d = doc("索引号：11330100/2025-00123    主题分类：政务公开\n标 题：青州市司法局2024年度法治政府建设情况报告\n"
            "发布机构：青州市司法局    成文日期：2025-03-20\n2024年，市司法局扎实推进法治政府建设。现将有关情况报告如下：\n"
            "一、主要举措和成效\n正文。\n")
    assert d.title.text == "青州市司法局2024年度法治政府建设情况报告" and d.year == 2024
    assert d.text[d.title.start:d.title.end] == d.title.text


def test_an_addressee_first_is_not_skipped_as_page_chrome():
    d = doc("县委、县政府：\n2024年，我镇扎实推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n正文。\n")
    assert d.title is None


def test_converter_lines_and_bookmarks_around_the_title():
    d = doc("Evaluation Warning: The document was created with Spire.Doc for .NET.\n"
            "[bookmark: _Toc153628491]关于2023年度法治政府建设情况的报告\n（桃源镇人民政府）\n"
            "2023年，桃源镇坚持以习近平法治思想为指导。现将有关情况报告如下：\n一、主要举措和成效\n正文。\n")
    t = d.title
    assert t.text == "关于2023年度法治政府建设情况的报告（桃源镇人民政府）"
    assert (t.first_line, t.last_line, t.unit, d.year) == (1, 2, "桃源镇人民政府", 2023)
    assert d.text[t.start:].startswith("关于2023年度") and d.body_start_line == 3


def test_a_bracketed_date_under_the_title_is_not_a_unit():
    d = doc("关于2023年度法治政府建设情况的报告\n（2024年2月10日）\n一、主要举措和成效\n正文。\n")
    assert d.title.unit is None and d.title.last_line == 0


def _walked_sentence_bounds(text: str, offset: int, breaks: str) -> tuple[int, int]:
    """sentence_bounds as a character walk (what the searches replace)."""
    s = offset
    while s > 0 and text[s - 1] not in breaks:
        s -= 1
    e = offset
    while e < len(text) and text[e] not in breaks:
        e += 1
    return s, min(len(text), e + 1) if e < len(text) and text[e] != "\n" else e


def test_sentence_bounds_are_those_of_the_character_walk():
    import random

    from fzlint.textutil import SENTENCE_END, sentence_bounds

    rng = random.Random(11)
    for _ in range(150):
        # sentences longer than a look back too: 200 characters without a break
        text = "".join(rng.choice(["依法行政", "。", "；", "\n", "，", "a", "法" * rng.choice((1, 200))])
                       for _ in range(rng.randint(0, 10)))
        for breaks in (SENTENCE_END + "\n", "。\n", "，"):
            for offset in range(len(text) + 1):
                assert sentence_bounds(text, offset, breaks) == _walked_sentence_bounds(text, offset, breaks), \
                    (text, offset, breaks)



def test_a_line_of_web_buttons_between_title_and_addressee():
    text = "丰阳县医疗保障局2025年度法治政府建设年度报告\n【字体：大 中 小】【打印】\n中共丰阳县委、丰阳县人民政府：\n2025年，我局……\n"
    assert doc(text).addressee.text == "中共丰阳县委、丰阳县人民政府："
