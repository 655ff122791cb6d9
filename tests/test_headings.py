"""Heading rules: marker format, level skip, sequence, bracket width, markers inside paragraphs."""

from __future__ import annotations

import pytest

from conftest import doc, findings, report, rule_ids


def test_arabic_dun_at_level_one_is_flagged_with_fix():
    text = report("1、 党政第一责任人推进法治政府建设工作情况", "正文。", "2、 主要举措和成效", "正文。")
    fs = findings(text, "heading/marker-format")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [(4, "1、", "一、"), (6, "2、", "二、")]


def test_arabic_dun_before_a_year_is_a_heading_marker():
    """3、2024年工作打算: a year after the marker opens the heading (3、4月份 stays a list of months)."""
    text = report("一、主要举措和成效", "正文。", "二、存在的问题及原因", "正文。", "3、2024年工作打算", "正文。",
                  "3、4月份开展集中整治。")
    fs = findings(text, "heading/marker-format")
    assert [(f.matched, f.suggestion) for f in fs] == [("3、", "三、")]


def test_canonical_markers_are_not_flagged():
    text = report("一、主要举措和成效", "（一）加强组织领导。正文。", "1.建立制度", "（1）明确分工。",
                  "（2）压实责任。", "2.完善机制", "（二）强化学习", "二、存在的不足和原因", "正文。")
    assert rule_ids(text, "heading") == []


def test_level_four_style_used_as_third_level_two_number():
    text = report("一、加强组织领导", "（一）强化职责", "（二）发挥作用", "（3） 坚持理论学习，把准方向")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [("heading/marker-format", "（3）", "（三）")]


def test_level_skip_flags_first_of_the_run_only():
    text = report("六、下一步工作思路", "（1） 进一步提高政治站位。", "（2） 弘扬法治精神。", "（3） 坚持以人民为中心。")
    fs = findings(text, "heading/level-skip")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [(5, "（1）", "（一）")]


def test_a_first_sub_heading_in_the_wrong_style_is_the_slip_not_its_siblings():
    # （1） where （一） belongs, then （二） (三) （四）: one finding on （1）, the siblings keep their level
    # (the half-width (三) is still reported) and no cascade of "level-4 written as （二）"
    text = report("一、主要举措和成效", "（1）加强组织领导", "正文。", "（二）依法全面履行职能", "正文。",
                  "(三)严格规范行政执法", "正文。", "（四）深化普法宣传", "二、存在的不足", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [
        ("heading/marker-format", "（1）", "（一）"), ("heading/bracket-width", "(三)", "（三）")]


def test_a_level_four_run_under_level_one_is_still_one_level_skip():
    # the whole run in the level-4 style: its first marker skips levels, the others follow it
    text = report("一、主要举措和成效", "（1）加强组织领导", "正文。", "（2）依法全面履行职能", "正文。",
                  "（3）严格规范行政执法", "二、存在的不足", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched) for f in fs] == [("heading/level-skip", "（1）")]


def test_level_skip_under_level_two():
    text = report("一、组织有保障", "（二）健全工作机制", "（1）优化工作机制。正文", "（2）专题安排部署。正文")
    fs = findings(text, "heading/level-skip")
    assert [(f.matched, f.suggestion) for f in fs] == [("（1）", "1.")]


def test_no_level_skip_when_levels_step_down_one_at_a_time():
    text = report("一、举措", "（一）甲", "1.子项", "（1）细项")
    assert rule_ids(text, "heading/level-skip") == []


def test_sequence_gap_and_repeat():
    text = report("一、甲", "正文。", "二、乙", "正文。", "三、丙", "（一）子", "（一）子二", "五、丁")
    fs = findings(text, "heading/sequence")
    assert [(f.matched, "应为“四、”" in f.message.zh or "应为“（二）”" in f.message.zh) for f in fs] == [
        ("（一）", True), ("五、", True)]


@pytest.mark.parametrize("numbers, flagged", [
    (("一", "二", "二", "三", "四"), ["（二）"]),  # a repeat, then the count goes on from it: one finding
    (("一", "二", "二", "四"), ["（二）"]),        # the second （二） is a mistyped （三）
    (("一", "二", "四", "五"), ["（四）"]),        # a gap, then on from the number written
])
def test_one_slip_in_a_sequence_is_one_finding(numbers, flagged):
    text = report("一、主要举措和成效", *[f"（{n}）第{i}项工作。正文。" for i, n in enumerate(numbers, 1)])
    assert [f.matched for f in findings(text, "heading/sequence")] == flagged


def test_a_level_skip_first_does_not_make_the_next_number_a_sequence_error():
    text = report("一、主要举措和成效", "1.健全依法决策机制。正文。", "（二）规范行政执法。正文。", "（三）深化普法。正文。")
    # 1. is meant as （一）: （二） follows it, so 1. is a level-2 heading in the wrong style
    assert [(f.rule_id, f.suggestion) for f in findings(text, "heading/")] == [("heading/marker-format", "（一）")]


def test_sequence_must_start_at_one():
    fs = findings(report("一、甲", "（二）乙", "（三）丙"), "heading/sequence")
    assert [f.matched for f in fs] == ["（二）"]


def test_halfwidth_brackets_flagged_with_fullwidth_fix():
    text = report("一、举措", "（一）加强学习。", "（二）完善制度。", "(三)大力推进法治建设。正文")
    fs = findings(text, "heading/bracket-width")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [(7, "(三)", "（三）")]


def test_fullwidth_brackets_not_flagged():
    assert rule_ids(report("一、举措", "（一）加强学习。", "（二）完善制度。"), "heading/bracket-width") == []


def test_marker_inside_paragraph_filling_a_gap():
    text = report("一、工作举措", "(一)强化依法决策。一是严格决策。三是强化管理。(二)强化优质服务。一是推进建设。",
                  "(三)坚持依法治理。正文。")
    ids = rule_ids(text, ("heading/not-at-paragraph-start", "heading/sequence"))
    assert ids == ["heading/not-at-paragraph-start"]


def test_bracketed_text_inside_paragraph_is_not_a_heading():
    text = report("一、举措", "（一）甲。正文提到村(社区)。（二）项工作已完成。", "（二）乙。正文。")
    assert rule_ids(text, "heading/not-at-paragraph-start") == []


def test_level_one_heading_merged_into_a_paragraph():
    text = report("一、主要做法", "（一）甲。正文。", "二、执法监督", "（一）乙。今年未发生败诉案件。三、存在的问题", "一是……。",
                  "四、下一步打算", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched) for f in fs] == [("heading/not-at-paragraph-start", "三、")]


def test_merged_marker_after_the_last_sibling():
    text = report("一、举措", "（一）接受监督。正文。", "（二）推进政务公开。公开信息186条。（三）加强应诉工作。应诉2件。",
                  "二、问题", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched) for f in fs] == [("heading/not-at-paragraph-start", "（三）")]


def test_inline_list_after_the_last_sibling_is_not_a_merged_heading():
    text = report("一、举措", "（一）甲。正文。", "（二）乙。主要有三项：一是培训。（三）项工作已部署。（四）项待办。",
                  "二、问题", "正文。")
    assert rule_ids(text, "heading") == []


def test_level_one_number_in_a_sentence_is_not_a_heading():
    text = report("一、举措", "正文。", "二、监督", "召开会议3次。一、二季度各开展检查1次，共发现问题5个。",
                  "三、问题", "正文。")
    assert rule_ids(text, "heading") == []


def test_enclosed_character_markers_are_nonstandard():
    text = report("一、举措", "㈠规范执法。正文。", "㈡推行柔性执法。正文。", "⑴细项。正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [
        ("heading/marker-format", "㈠", "（一）"), ("heading/marker-format", "㈡", "（二）"),
        ("heading/marker-format", "⑴", "1.")]  # under ㈡ it stands at level 3


def test_number_lists_in_running_text_are_not_headings():
    text = report("一、举措", "（一）甲。正文。", "一、二季度分别开展专项督查，发现问题23个。", "一、二级医院全部完成评审。", "三、四月份开展专项检查2次。",
                  "二、问题", "正文。")
    assert rule_ids(text, "heading") == []


def test_level_one_part_written_with_a_level_two_marker():
    text = report("一、举措", "正文。", "二、监督", "正文。", "（三）存在的问题", "正文。", "四、下一步打算", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [("heading/marker-format", "（三）", "三、")]


def test_level_two_gap_is_not_taken_for_a_level_one_part():
    text = report("一、举措", "（二）甲", "正文。", "（三）乙", "正文。", "二、下一步打算", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched) for f in fs] == [("heading/sequence", "（二）")]


def test_parts_numbered_as_level_two_in_a_report_without_level_one():
    text = report("（一）主要举措和成效", "正文。", "1.健全制度", "正文。", "（二）存在的不足", "正文。", "（三）下一步打算", "正文。")
    fs = findings(text, "heading")
    assert [(f.matched, f.suggestion) for f in fs] == [("（一）", "一、"), ("（二）", "二、"), ("（三）", "三、")]


def test_parts_numbered_with_arabic_dots_without_level_one():
    text = report("1.主要举措和成效", "正文。", "2.存在的不足", "正文。")
    assert [(f.matched, f.suggestion) for f in findings(text, "heading/marker-format")] == [("1.", "一、"), ("2.", "二、")]


def test_level_two_after_a_level_one_part_is_not_a_disguised_part():
    text = report("（一）引言部分", "正文。", "一、主要举措", "（一）甲", "正文。", "二、不足", "正文。")
    assert rule_ids(text, "heading/marker-format") == []


def _marker_lines():
    """Heading-like and prose lines: every marker style, spacing, number lists, merged headings."""
    from conftest import CORPUS, ROOT

    lines = ["一、总体情况", "（一）加强领导", "(二) 强化监督", "（3）坚持学习", "三）落实", "1.制度建设",
             "2、 队伍建设", "1.5万元", "十二、其他", "一、二季度完成", "一、二、三产业", "㈢协调", "⑷执法",
             "㈠", "一、", "  （1）  标题。正文继续。", "0.零", "（十一）事项", "一，二", "七．做法",
             "……完成。（三）加强监督。……", "完成；三、深化改革。推进！（2）培训。？ 一、二季度",
             "全年。 （一）学习。（二）宣传。（四）考核", "完成。(十)x。二、。"]
    for folder in (ROOT / "examples", CORPUS):
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                lines += path.read_text(encoding="utf-8").split("\n")
    return lines


def test_marker_parse_matches_the_plain_group_by_group_reading():
    """_parse_marker reads the matched alternative from ``lastgroup``: the same as testing each group."""
    from fzlint.structure import MARKER_RE, MarkerStyle, _parse_marker

    def plain(line):
        m = MARKER_RE.match(line)
        if not m:
            return None
        for name in ("paren", "close_only", "cn", "enc", "ar"):
            if m.group(name):
                return name, len(m.group("indent"))
        raise AssertionError(line)

    for line in _marker_lines():
        m = MARKER_RE.match(line)
        assert (None if m is None else (m.lastgroup, m.end("indent"))) == plain(line), line
        parsed = _parse_marker(line)
        assert parsed is None or isinstance(parsed[0], MarkerStyle)


def test_embedded_marker_scan_matches_the_lookbehind_form():
    """The scan for merged headings matches the sentence end instead of looking behind for it."""
    import re

    from fzlint.structure import _CN, _EMBEDDED_RE, _WS

    lookbehind = re.compile(rf"(?<=[。；！？])[ \t\u3000]*(?:[（(]{_WS}(?P<pnum>{_CN}|\d{{1,2}}){_WS}[）)]|(?P<cnum>{_CN})、)")
    for line in _marker_lines():
        want = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000")), m.group("pnum"), m.group("cnum"))
                for m in lookbehind.finditer(line)]
        got = [(m.end("space"), m.group("pnum"), m.group("cnum")) for m in _EMBEDDED_RE.finditer(line)]
        assert got == want, line


def test_sections_end_where_the_plain_search_ends_them():
    """build_sections closes open sections with a stack: the same ends as searching forward for each."""
    import random

    from fzlint.structure import Heading, MarkerStyle, build_sections

    rng = random.Random(7)
    for _ in range(200):
        heads = [Heading(index=i, line=i, start=10 * i, marker_end=10 * i + 2, end=10 * i + 5, marker="一、",
                         style=MarkerStyle.CN_DUN, number=1, level=rng.randint(1, 4), title="t", parent=None,
                         run_in=False) for i in range(rng.randint(0, 12))]
        want = []
        for i, h in enumerate(heads):
            end = next((n.start for n in heads[i + 1:] if n.level <= h.level), 10 * len(heads) + 3)
            want.append((h.start, h.end, end))
        got = [(s.start, s.body_start, s.end) for s in build_sections(heads, 10 * len(heads) + 3)]
        assert got == want


def test_marker_numbers_are_read_as_cn_to_int_reads_them():
    """_parse_marker looks the usual numbers up in a table: the values cn_to_int gives."""
    from fzlint.structure import _parse_marker
    from fzlint.textutil import cn_to_int

    numbers = ["一", "十", "十一", "二十", "二十三", "九十九", "一十一", "两", "〇", "零一", "一百", "1", "05", "12", "99"]
    for raw in numbers:
        for line in (f"{raw}、标题", f"（{raw}）标题", f"{raw}.标题"):
            parsed = _parse_marker(line)
            want = cn_to_int(raw)
            assert (parsed[2] if parsed else None) == (want or None), line


def test_embedded_markers_of_the_body_are_those_of_each_line():
    """The merged-heading scan runs once over the joined body: the lines and columns of a scan line by line."""
    from fzlint.structure import _EMBEDDED_RE, _embedded_markers

    lines = _marker_lines()
    for first_line in (0, 1, 5, len(lines) - 1, len(lines)):
        want = [(ln, m.end("space"), m.group(0)) for ln in range(first_line, len(lines))
                for m in _EMBEDDED_RE.finditer(lines[ln])]
        got = [(ln, col, m.group(0)) for ln, col, m in _embedded_markers(lines, first_line)]
        assert got == want and (want or first_line >= len(lines) - 1), first_line


PARTS = ("第一部分 主要举措和成效", "一、健全依法决策机制", "全年审查重大决策12件。", "二、深化法治宣传",
         "开展活动26次。", "第二部分 存在的不足和原因", "一、执法力量不足", "原因是编制有限。")


def test_parts_sit_above_the_four_levels_and_are_not_flagged():
    text = report(*PARTS)
    assert rule_ids(text, "heading") == []
    under_a_part = report("第一部分 主要举措和成效", "（一）健全依法决策机制", "全年审查重大决策12件。",
                          "（二）深化法治宣传", "第二部分 存在的不足", "（一）执法力量不足")
    assert rule_ids(under_a_part, "heading") == []  # a part may start at any of the four levels


def test_parts_are_numbered_in_sequence():
    text = report(*PARTS[:5], "第三部分 存在的不足和原因", "一、执法力量不足")
    fs = findings(text, "heading/sequence")
    assert [f.matched for f in fs] == ["第三部分"] and "第二部分" in fs[0].message.zh


def test_a_part_in_running_text_is_not_a_heading():
    from fzlint.document import Document

    doc = Document.from_text(report("一、总体情况", "第三部分是下一年度的工作安排，共三项。", "二、存在的不足"))
    assert [h.marker for h in doc.headings] == ["一、", "二、"]
    parts = Document.from_text(report(*PARTS))
    assert [(h.marker, h.level) for h in parts.headings] == [
        ("第一部分", 0), ("一、", 1), ("二、", 1), ("第二部分", 0), ("一、", 1)]
    assert parts.headings[2].parent == 0 and parts.headings[4].parent == 3


def test_gap_in_level_one_is_a_sequence_error_not_a_level_three_marker():
    """三、 after 一、 stays a level-1 heading even when a level-3 "2." is open below it."""
    text = report("一、主要举措和成效", "（一）健全依法决策机制", "1.严格执行决策程序。", "2.加强合法性审查。",
                  "三、下一步工作安排", "（一）加强队伍建设。", "（二）创新宣传方式。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched) for f in fs] == [("heading/sequence", "三、")]
    assert "二、" in fs[0].message.zh


def test_gap_in_level_four_is_a_sequence_error():
    text = report("一、主要举措和成效", "（一）健全依法决策机制", "（二）深化法治宣传", "1.开展“八五”普法。",
                  "（1）宪法宣传。", "（3）民法典宣传。", "2.培养法律明白人。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched) for f in fs] == [("heading/sequence", "（3）")]


def test_markers_with_only_a_closing_bracket_at_level_one():
    text = report("一、主要举措和成效", "（一）健全依法决策机制", "（二）深化法治宣传", "1.开展“八五”普法。",
                  "（1）宪法宣传。", "二）存在的不足", "正文。", "三）下一步工作安排", "（一）加强队伍建设。",
                  "（二）创新宣传方式。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [
        ("heading/marker-format", "二）", "二、"), ("heading/marker-format", "三）", "三、")]


def test_attachment_note_ends_the_headings():
    body = ("一、主要举措和成效", "（一）健全依法决策机制", "（二）深化法治宣传", "二、下一步工作安排", "（一）加强队伍建设。")
    one_line = report(*body, "", "附件：1.青石镇2024年度行政执法统计表", "      2.青石镇法治宣传活动一览表")
    listed = report(*body, "", "附件：", "1.青石镇2024年度行政执法统计表", "2.青石镇法治宣传活动一览表", "",
                    "附件1", "青石镇2024年度行政执法统计表", "一、行政处罚", "二、行政许可")
    for text in (one_line, listed):
        assert rule_ids(text, "heading") == []
    assert [h.marker for h in doc(listed).headings] == ["一、", "（一）", "（二）", "二、", "（一）"]


def test_attachment_line_above_the_body_does_not_end_it():
    text = report("附件：青石镇2024年度法治政府建设情况报告.pdf", "一、主要举措和成效", "（一）健全依法决策机制",
                  "（三）深化法治宣传")
    assert [(f.rule_id, f.matched) for f in findings(text, "heading")] == [("heading/sequence", "（三）")]


def test_level_one_marker_inside_a_level_three_run_stays_in_the_run():
    """1. 2. 三、 4.: the next heading goes on from 三、 in the run's style, so 三、 is a mis-typed "3."."""
    text = report("一、主要举措和成效", "（一）健全依法决策机制", "1.严格执行决策程序。", "2.加强合法性审查。",
                  "三、规范文件管理。", "4.推进政务公开。", "（二）深化法治宣传", "二、存在的不足", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [("heading/marker-format", "三、", "3.")]


def test_a_mark_after_a_complete_marker_is_a_marker_format_error():
    text = report("一、主要举措和成效", "（一）、健全依法决策机制", "1.、严格执行决策程序。", "（1）、明确分工。",
                  "(2)、压实责任。", "（二）深化法治宣传：开展活动26次。", "二、存在的不足", "正文。")
    fs = findings(text, "heading")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [
        ("heading/marker-format", "（一）、", "（一）"), ("heading/marker-format", "1.、", "1."),
        ("heading/marker-format", "（1）、", "（1）"), ("heading/marker-format", "(2)、", "（2）")]
    assert doc(text).headings[1].title == "健全依法决策机制"


def test_canonical_markers_followed_by_text_or_quotes_have_no_extra_mark():
    text = report("一、“八五”普法成效", "（一）《民法典》宣传", "1.“法律明白人”培养。", "（1）12·4宪法宣传日活动。",
                  "（二）  深化法治宣传", "二、存在的不足", "正文。")
    assert rule_ids(text, "heading") == []
    assert not any(h.extra_punct for h in doc(text).headings)


# -- run-in list items: 一是……二是…… ---------------------------------------------------------------

def test_run_in_items_that_repeat_or_skip_a_number():
    text = report("三、存在的不足",
                  "主要表现在：一是干部法治思维不强；二是执法文书不够规范；二是普法方式较为传统。",
                  "四、下一步工作打算",
                  "一是加强学习培训。",
                  "三是推进执法规范化建设，四是创新普法方式。")
    fs = findings(text, "heading/enumeration-sequence")
    assert [(f.line, f.matched, f.message.zh[-3:-1]) for f in fs] == [(5, "二是", "三是"), (8, "三是", "二是")]


def test_run_in_items_that_run_on_restart_or_are_no_items():
    text = report("一、主要举措",
                  "一是健全制度。",
                  "二是规范执法，做到一是一、二是二，实事求是。",   # the idiom is no item
                  "三是加强宣传：一是进村入户，二是以案释法。",       # a nested list restarts at 一是
                  "二、存在的不足",
                  "二是之前已述及的问题不再赘述；第一是统一是唯一是的要求。",  # a new section: no list yet
                  "一是人员不足；二是经费紧张。")
    assert rule_ids(text, "heading/enumeration-sequence") == []


def test_a_list_longer_or_shorter_than_the_count_announced_before_it():
    text = report("2025年，我镇将重点抓好三个方面工作：", "一是抓好学法。", "二是抓好执法。", "三是抓好普法。", "四是抓好治理。")
    fs = findings(text, "heading/enumeration-sequence")
    assert [f.matched for f in fs] == ["三个方面工作"] and "列了4项" in fs[0].message.zh
    fine = report("重点抓好三个方面工作：一是学法；二是执法；三是普法。", "主要存在以下两个方面的问题：一是人员不足；二是经费短缺。",
                  "现场协调解决企业涉法诉求17项。严格落实年终述法制度。一是……")
    assert findings(fine, "heading/enumeration-sequence") == []


def test_sibling_headings_written_with_both_points():
    text = report("一、主要工作", "（一）推进法治乡村建设", "1．推进法治乡村建设。全镇11个行政村全部完成村规民约修订。",
                  "2. 加强矛盾纠纷排查化解。全年排查矛盾纠纷173件。", "3. 推进综合行政执法改革。")
    fs = findings(text, "heading/marker-format")
    assert [(f.matched, f.suggestion) for f in fs] == [("1．", "1.")]
    # one point throughout (either), or each list its own: nothing to report
    fine = report("一、主要工作", "（一）甲", "1．推进法治乡村建设。", "2．加强矛盾纠纷排查化解。",
                  "（二）乙", "1.推进综合行政执法改革。", "2.加强执法监督。")
    assert findings(fine, "heading/marker-format") == []


def test_a_dotted_marker_written_twice_and_numbers_that_are_no_marker():
    text = report("一、主要工作", "正文。", "二、2025年主要安排", "1.1.加强学习教育。把习近平法治思想纳入学习计划。",
                  "2.提升执法能力。", "3.深化基层治理。")
    fs = findings(text, "heading/marker-format")
    assert [(f.matched, f.message.zh) for f in fs] == [("1.1.", "标题序号“1.”写了两遍（“1.1.”），应只保留一个")]
    fine = report("一、主要工作", "1.5万人次参加学法考试。", "1.1万元用于普法。", "1.1.2节规定了程序。")
    assert rule_ids(fine, "heading") == []
