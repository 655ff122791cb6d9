"""Punctuation rules on dense report text: document numbers, quotations of several paragraphs,
full stops after percentages, among the legitimate marks around them."""

from __future__ import annotations

from conftest import findings, report, rule_ids

_FAMILY = "punctuation"


def test_year_of_a_document_number_in_other_brackets():
    text = report("按照《关于印发〈平川县2024年法治政府建设工作要点〉的通知》（平府办发[2024]3号）要求推进工作。",
                  "落实《平川县法治政府建设实施方案》（黔府发【2023】5号）、青党发［2024］7号和县政办发（2024）12号文件。",
                  "按照平交发﹝2024﹞12号、平司〖2023〗4号文件要求，对照平府发〔2024〕1号文件抓好落实。")
    fs = findings(text, "punctuation/document-number")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [
        (4, "[2024]", "〔2024〕"), (5, "【2023】", "〔2023〕"), (5, "［2024］", "〔2024〕"), (5, "（2024）", "〔2024〕"),
        (6, "﹝2024﹞", "〔2024〕"), (6, "〖2023〗", "〔2023〕")]


def test_half_width_document_number_brackets_are_fixed_once_as_a_document_number():
    # the half-width rule would make (2024) full-width （2024）, which is still wrong: it leaves them
    text = report("根据县政办发(2024)12号文件精神,制定本镇实施方案。")
    fs = findings(text, _FAMILY)
    assert sorted((f.rule_id, f.matched, f.suggestion) for f in fs) == [
        ("punctuation/document-number", "(2024)", "〔2024〕"), ("punctuation/halfwidth", ",", "，")]


def test_court_case_numbers_and_correct_document_numbers_are_left_alone():
    text = report("根据县政办发〔2024〕3号文件精神，在（2023）黔0102行初12号行政诉讼案件中出庭应诉。",
                  "引用平川县人民法院（2024）黔0521民初1234号民事判决书，全年（2024）办结积案。")
    assert rule_ids(text, _FAMILY) == []


def test_a_quotation_of_several_paragraphs_opens_each_and_closes_the_last():
    # GB/T 15834-2011 §4.6: each paragraph of the quotation opens with “, only the last one closes
    text = report("习近平总书记指出：“法治是最好的营商环境。", "“要把法治作为治国理政的基本方式。",
                  "“要坚持依法治国、依法执政、依法行政共同推进。”")
    assert rule_ids(text, _FAMILY) == []


def test_a_quotation_left_open_before_a_paragraph_that_is_not_quoted():
    text = report("镇党委书记强调：“要依法行政。", "全年召开会议3次。", "“法律明白人”培训4期。")
    assert [(f.line, f.matched) for f in findings(text, "punctuation/unpaired")] == [(4, "“要依法行政")]


def test_latin_full_stop_after_a_percentage():
    text = report("全年办理行政许可事项3,568件，按时办结率100%.", "群众满意率达到98.6%.群众获得感持续增强。",
                  "满意率为98.6%，详见www.pc.gov.cn.")
    fs = findings(text, "punctuation/period-between-items")
    assert [(f.line, f.suggestion) for f in fs] == [(4, "。"), (5, None)]


def test_times_of_day_joined_by_a_hyphen():
    text = report("工作时间为每周一至周五9:00-12:00、14:00 - 17:30。", "窗口受理时间为上午8：30－12：00。",
                  "对外办公时间为9:00—12:00、14:00～17:30，比例为1:1，版本号1.2.3-10:00。")
    fs = findings(text, "punctuation/range-dash")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [
        (4, "9:00-12:00", "9:00—12:00"), (4, "14:00 - 17:30", "14:00—17:30"), (5, "8：30－12：00", "8：30—12：00")]


def test_a_place_name_beginning_with_he_or_yu_after_a_place_name():
    # dropping the 顿号 would join 白沙乡 and 和兴村 into one name
    text = report("白沙乡、和兴村、和乐村联合开展普法活动12场，东湖社区、与城社区共建法治文化阵地。",
                  "加强重点人群、及重点领域的普法宣传，组织各村、和社区干部学法，走访白沙村、和群众座谈。")
    fs = findings(text, "punctuation/dunhao-before-conjunction")
    assert [(f.line, f.matched) for f in fs] == [(5, "、及"), (5, "、和"), (5, "、和")]
