"""Each declarative item kind on report text that must and must not trigger it."""

from __future__ import annotations

import textwrap

from conftest import doc, report
from fzlint.checklist import load_text

HEADER = """\
id: t
title: 测试清单
source: 测试
sections:
  problems:
    heading: ["存在[^，。]{0,8}(不足|问题)", "(问题|不足)(和|与|及)原因"]
    exclude: ["改进情况"]
  plans:
    heading: ["(下一步|{next_year}年度?)[^，。]{0,20}(计划|安排|思路)"]
    mask: ["《[^》]*》"]
  frp:
    heading: [第一责任]
    mask: ["《[^》]*》"]
    or-sentence:
      patterns: [第一责任人]
      exclude: ["安全生产[^。；]{0,6}第一责任人"]
      mask: ["《[^》]*》"]
  measures:
    level: 1
    before: problems
    not: [frp]
items:
"""


def run(check: str, text: str, extra: str = "") -> list[tuple[str | None, str]]:
    """Run one item (``check`` is its check mapping in YAML) and return (matched text, message)."""
    item = textwrap.indent(textwrap.dedent(f"""\
        - id: x
          title: 测试
          severity: warning
          message: {{zh: "{extra or '问题'}", en: "problem"}}
          source: 测试
          check:
        """) + textwrap.indent(textwrap.dedent(check), "    "), "  ")
    checklist = load_text(HEADER + item, "t.yaml")
    d = doc(text)
    return [(None if f.start is None else d.text[f.start:f.end], f.message.zh) for f in checklist.check(d)]


# -- required-section ------------------------------------------------------------------------------

REQ_PROBLEMS = "kind: required-section\nsection: problems\n"


def test_required_section_found_in_several_phrasings():
    for heading in ("三、存在的不足和原因", "五、存在问题", "三、存在的问题和不足", "3、 工作中存在的不足",
                    "二、法治政府建设工作存在的问题及原因", "四、2023年推进法治政府建设存在的不足和原因"):
        assert run(REQ_PROBLEMS, report("一、主要举措和成效", "正文。", heading, "一是执法力量不足。")) == [], heading


def test_required_section_missing_is_document_level():
    text = report("一、主要举措和成效", "正文。", "二、坚持依法行政，着力解决民生关注问题", "正文。")
    assert run(REQ_PROBLEMS, text) == [(None, "问题")]


def test_required_section_exclude_drops_near_misses():
    text = report("一、主要举措和成效", "正文。", "二、存在的主要问题及改进情况", "正文。")
    assert run(REQ_PROBLEMS, text) == [(None, "问题")]


def test_required_section_level_filter():
    check = "kind: required-section\nsection: {heading: [第一责任], level: 1}\n"
    text = report("一、加强组织领导", "（一）强化第一责任人职责", "正文。")
    assert run(check, text) == [(None, "问题")]
    assert run(check, report("一、党政主要负责人履行推进法治建设第一责任人职责情况", "正文。")) == []


def test_required_section_or_sentence_fallback_and_masked_titles():
    check = "kind: required-section\nsection: frp\n"
    embedded = report("一、加强组织领导", "我镇严格落实党政主要负责人履行推进法治建设第一责任人职责，亲自部署重要工作。")
    assert run(check, embedded) == []
    cited = report("一、加强组织领导", "认真学习《党政主要负责人履行推进法治建设第一责任人职责规定》。")
    assert run(check, cited) == [(None, "问题")]
    other_duty = report("一、安全生产", "镇长是全镇安全生产第一责任人，全年开展检查12次。")
    assert run(check, other_duty) == [(None, "问题")]


def test_required_section_alternative():
    check = ("kind: required-section\nsection: {heading: [举措, 成效]}\n"
             "or:\n  - {section: measures, min: 2}\n")
    thematic = report("一、强化组织领导", "正文。", "二、坚持依法行政", "正文。", "三、存在问题", "正文。")
    assert run(check, thematic) == []
    single = report("一、强化组织领导", "正文。", "二、存在问题", "正文。")
    assert run(check, single) == [(None, "问题")]


def test_selector_after_and_not():
    check = "kind: required-section\nsection: {heading: [加强], after: problems}\n"
    text = report("一、加强组织领导", "正文。", "二、存在问题", "正文。")
    assert run(check, text) == [(None, "问题")]
    text = report("一、存在问题", "正文。", "二、加强整改", "正文。")
    assert run(check, text) == []


def test_year_placeholder_follows_the_report_year():
    check = "kind: required-section\nsection: plans\n"
    text = report("一、举措", "正文。", "二、2025年工作安排", "正文。", title="青石镇关于2024年度法治政府建设情况的报告")
    assert run(check, text) == []
    text = report("一、举措", "正文。", "二、2024年工作安排", "正文。", title="青石镇关于2024年度法治政府建设情况的报告")
    assert run(check, text) == [(None, "问题")]
    in_numerals = report("一、举措", "正文。", "二、二〇二五年工作安排", "正文。",
                         title="青石镇关于2024年度法治政府建设情况的报告")
    assert run(check, in_numerals) == []
    wrong_year = report("一、举措", "正文。", "二、二〇二四年工作安排", "正文。",
                        title="青石镇关于2024年度法治政府建设情况的报告")
    assert run(check, wrong_year) == [(None, "问题")]


# -- section-order ---------------------------------------------------------------------------------

def test_section_order():
    check = "kind: section-order\norder: [problems, plans]\n"
    good = report("一、存在问题", "正文。", "二、下一步工作计划", "正文。")
    assert run(check, good) == []
    bad = report("一、下一步工作计划", "正文。", "二、存在问题", "正文。")
    assert run(check, bad, "“{section}”在“{expected_after}”之前") == [
        ("一、下一步工作计划", "“一、下一步工作计划”在“二、存在问题”之前")]


# -- required-phrase -------------------------------------------------------------------------------

CAUSES = """\
kind: required-phrase
in: problems
scope: body
match: {patterns: ["原因(主要)?(是|在于)", "究其原因"]}
or-subsection: {heading: [原因], min-chars: 10}
"""


def test_required_phrase_found_in_the_body():
    text = report("三、存在的不足和原因", "一是执法力量不足。究其原因，在于编制有限。")
    assert run(CAUSES, text) == []


def test_required_phrase_heading_promise_is_not_enough_and_points_at_the_heading():
    text = report("三、存在的不足和原因", "一是执法力量不足。二是宣传形式单一。")
    assert run(CAUSES, text, "“{section}”无原因") == [("三、存在的不足和原因", "“三、存在的不足和原因”无原因")]


def test_required_phrase_subsection_with_text_satisfies():
    text = report("三、存在的问题及原因", "（一）存在的问题", "一是执法力量不足。", "（二）原因分析",
                  "乡镇编制有限，近年来人员流动较大，培训经费不足。")
    assert run(CAUSES, text) == []
    empty = report("三、存在的问题及原因", "（一）存在的问题", "一是执法力量不足。", "（二）原因分析")
    assert len(run(CAUSES, empty)) == 1


def test_required_phrase_silent_when_the_section_is_absent():
    assert run(CAUSES, report("一、主要举措和成效", "正文。")) == []


def test_required_phrase_min_count_in_the_whole_document():
    check = "kind: required-phrase\nmin: 2\nmatch: {keywords: [合法性审查]}\n"
    assert run(check, report("一、举措", "开展合法性审查12件。")) == [(None, "问题")]
    assert run(check, report("一、举措", "开展合法性审查12件。", "合法性审查率100%。")) == []


def test_required_phrase_words_respect_jieba_boundaries():
    check = "kind: required-phrase\nmatch: {words: [述法]}\n"
    assert run(check, report("一、举措", "党委书记开展年终述法1次。")) == []
    assert run(check, report("一、举措", "认真阐述法律条文的含义。")) == [(None, "问题")]


def test_required_phrase_with_condition():
    check = "kind: required-phrase\nmatch: {patterns: [第一责任人], with: [履行, 落实]}\n"
    assert run(check, report("一、举措", "认真履行第一责任人职责。")) == []
    assert run(check, report("一、举措", "明确第一责任人名单。")) == [(None, "问题")]


# -- forbidden-phrase ------------------------------------------------------------------------------

def test_forbidden_phrase_each_match_with_replacement():
    check = "kind: forbidden-phrase\nmatch: {words: [法制宣传]}\nreplacement: 法治宣传\n"
    text = report("一、举措", "深化法制宣传教育，开展法制宣传进村活动。")
    out = run(check, text, "“{match}”应为“{replacement}”")
    assert out == [("法制宣传", "“法制宣传”应为“法治宣传”")] * 2


def test_forbidden_phrase_not_inside_another_word():
    check = "kind: forbidden-phrase\nmatch: {words: [法制]}\n"
    assert run(check, report("一、举措", "建立健全干部学法制度。")) == []


def test_forbidden_phrase_limited_to_a_section():
    check = "kind: forbidden-phrase\nin: plans\nmatch: [进一步]\n"
    text = report("一、举措", "进一步完善制度。", "二、下一步工作计划", "进一步加强学习。")
    assert [m for m, _ in run(check, text)] == ["进一步"]


# -- quantitative-evidence -------------------------------------------------------------------------

def test_quantitative_evidence_per_section():
    check = "kind: quantitative-evidence\nin: measures\n"
    text = report("一、健全依法决策机制", "全年召开党委会专题研究4次，审查文件12件。",
                  "二、深化法治宣传教育", "坚持以人民为中心，不断提高群众法治意识。", "三、存在问题", "正文。")
    out = run(check, text, "“{section}”无数据")
    # the finding covers the section it judges, from its heading to its last line
    assert out == [("二、深化法治宣传教育\n坚持以人民为中心，不断提高群众法治意识。", "“二、深化法治宣传教育”无数据")]


def test_quantitative_evidence_counts_chinese_numerals_and_percent_but_not_determiners():
    check = "kind: quantitative-evidence\nin: measures\n"
    assert run(check, report("一、举措", "全年开展宣传三次。", "二、存在问题", "正文。")) == []
    assert run(check, report("一、举措", "调解成功率95.3%。", "二、存在问题", "正文。")) == []
    assert len(run(check, report("一、举措", "推行一次性告知，完成一项重要工作。", "二、存在问题", "正文。"))) == 1
    assert len(run(check, report("一、举措", "2024年，增强“四个意识”。", "二、存在问题", "正文。"))) == 1


def test_quantitative_evidence_also_patterns_and_units():
    check = "kind: quantitative-evidence\nin: plans\nper-section: false\nunits: [次]\nalso: [\"\\\\d{1,2}月底前\"]\n"
    assert run(check, report("一、下一步工作计划", "6月底前完成执法人员培训。")) == []
    assert run(check, report("一、下一步工作计划", "培训执法人员20名。")) == [("一、下一步工作计划\n培训执法人员20名。", "问题")]


# -- stock-phrases ---------------------------------------------------------------------------------

STOCK = """\
kind: stock-phrases
in: problems
max-share: 0.6
patterns: ["有待(进一步)?", "还?不够", "(仍然|比较)薄弱"]
"""


def test_stock_phrases_flag_a_part_of_set_phrases():
    text = report("三、存在的问题", "主要表现在：一是执法能力有待加强；二是群众法律意识有待进一步提高；"
                  "三是基层法治力量仍然薄弱。")
    out = run(STOCK, text, "{stock}/{items}：{examples}")
    assert out == [("三、存在的问题", "3/3：“有待”、“有待进一步”、“仍然薄弱”")]


def test_stock_phrases_accept_specific_items():
    text = report("三、存在的问题", "一是执法力量有待加强，全镇仅2名执法人员持证。",
                  "二是规范性文件管理不够规范，3件文件未经合法性审查即印发。", "三是群众法律意识有待提高。")
    assert run(STOCK, text) == []


def test_stock_phrases_item_with_a_concrete_sentence_is_not_stock():
    text = report("三、存在的问题", "（一）理论学习有待加强。部分村干部全年未参加任何一次集中学法，"
                  "村规民约中仍有与法律相抵触的条款。", "（二）执法能力不够。")
    assert run(STOCK, text) == []


# -- title -----------------------------------------------------------------------------------------

TITLE = "kind: title\nsubject: [法治政府建设]\nnot-period: [上半年]\n"


def test_title_complete_on_one_or_two_lines():
    assert run(TITLE, report("一、举措", "正文。")) == []
    two_lines = "木叶乡人民政府\n关于2023年法治政府建设工作情况的报告\n\n一、举措\n正文。\n"
    assert run(TITLE, two_lines) == []


def test_title_problems():
    assert [m for _, m in run(TITLE, report("一、举措", "正文。", title="关于法治政府建设的情况报告"))] == [
        "问题：标题未写明年度（应为“XXXX年度”）", "问题：标题未写明报告单位（如“XX镇人民政府”）"]
    out = run(TITLE, report("一、举措", "正文。", title="青石镇2022—2023年度法治政府建设情况报告"))
    assert out == [("青石镇2022—2023年度法治政府建设情况报告", "问题：标题含多个年份（2022、2023），年度报告只应写一个年度")]
    out = run(TITLE, report("一、举措", "正文。", title="青石镇2024年上半年法治政府建设情况报告"))
    assert len(out) == 1 and "上半年" in out[0][1]
    out = run(TITLE, report("一、举措", "正文。", title="青石镇关于2024年度安全生产工作情况的报告"))
    assert len(out) == 1 and "报告事项" in out[0][1]


def test_no_title_is_document_level():
    assert run(TITLE, "2024年，我镇坚持依法行政。\n一、举措\n正文。\n") == [(None, "问题：未找到标题")]


# -- frame -----------------------------------------------------------------------------------------

def test_addressee():
    assert run("kind: addressee\n", report("一、举措", "正文。")) == []
    assert run("kind: addressee\n", report("一、举措", "正文。", addressee=None)) == [(None, "问题")]


SIGN = "kind: signature-date\n"


def test_signature_and_date_present():
    assert run(SIGN, report("一、举措", "正文。", "", "白沙乡人民政府", "2026年2月12日")) == []
    assert run(SIGN, report("一、举措", "正文。", "[bookmark: _GoBack]", "青石镇人民政府", "2026年2月10日")) == []


def test_signature_and_date_missing():
    assert run(SIGN, report("一、举措", "正文。")) == [(None, "问题：文末缺少发文机关署名和成文日期")]


def test_a_management_committee_signs_without_its_date():
    text = report("一、举措", "正文。", "临江经济技术开发区管委会", title="临江经济技术开发区管委会2025年法治政府建设年度报告")
    assert run(SIGN, text) == [("临江经济技术开发区管委会", "问题：文末只有发文机关署名，缺少成文日期")]


def test_date_written_wrongly_gets_the_standard_form():
    out = run(SIGN, report("一、举措", "正文。", "白沙乡人民政府", "2026年02月03日"))
    assert out == [("2026年02月03日", "问题：成文日期“2026年02月03日”应写作“2026年2月3日”（阿拉伯数字，年份写全，月日不编虚位）")]
    out = run(SIGN, report("一、举措", "正文。", "白沙乡人民政府", "二〇二六年二月十二日"))
    assert [m for m, _ in out] == ["二〇二六年二月十二日"] and "2026年2月12日" in out[0][1]


def test_date_without_its_day_is_a_date_to_complete():
    out = run(SIGN, report("一、举措", "正文。", "白沙乡人民政府", "2026年2月"))
    assert out == [("2026年2月", "问题：成文日期“2026年2月”缺少日，应将年、月、日标全")]
    # a sentence ending with a month is no closing date: the signature is missing
    out = run(SIGN, report("一、举措", "正文。", "报告期为2025年1月至2025年12月"))
    assert out == [(None, "问题：文末缺少发文机关署名和成文日期")]


def test_a_publication_line_after_the_signature_is_no_closing_date():
    text = report("一、举措", "正文。", "白沙乡人民政府", "2026年3月6日", "发布时间：2026-03-20")
    assert run(SIGN, text) == []
    assert run(SIGN, report("一、举措", "正文。", "2026-03-20 09:18 来源：白沙乡人民政府")) == [
        (None, "问题：文末缺少发文机关署名和成文日期")]


def test_signature_problems_can_be_chosen():
    only_format = SIGN + "report: [format, unsigned]\n"
    assert run(only_format, report("一、举措", "正文。")) == []
    assert [m for m, _ in run(only_format, report("一、举措", "正文。", "白沙乡人民政府", "2026年02月03日"))] == [
        "2026年02月03日"]
    assert run(SIGN + "report: [missing]\n", report("一、举措", "正文。", "白沙乡人民政府", "2026年02月03日")) == []


def test_signature_without_date():
    for unit, issuer in (("柳塘街道", "柳塘街道办事处"), ("石桥县卫生健康委员会", "石桥县卫生健康委员会"),
                         ("青石镇", "中共青石镇委员会　青石镇人民政府")):
        out = run(SIGN, report("一、举措", "正文。", issuer, title=f"{unit}2025年度法治政府建设情况报告"))
        assert out == [(issuer, "问题：文末只有发文机关署名，缺少成文日期")], issuer
    # the last line of the text is not an issuer: nothing is signed
    for last in ("四是创新普法方式，提升群众满意度。", "（四）加强队伍建设", "特此报告。", "三是建强镇综合执法队"):
        assert run(SIGN, report("一、举措", "正文。", last)) == [(None, "问题：文末缺少发文机关署名和成文日期")], last
    # a signature names the unit without the county of the title
    county = report("一、举措", "正文。", "青岗镇人民政府", title="云岭县青岗镇人民政府关于2023年度法治政府建设情况的报告")
    assert [m for m, _ in run(SIGN, county)] == ["青岗镇人民政府"]
    # the buttons of a web page after the signature
    page = report("一、举措", "正文。", "柳塘街道办事处", "【打印本页】【关闭窗口】　扫一扫在手机上打开当前页",
                  title="柳塘街道2025年度法治政府建设情况报告")
    assert [m for m, _ in run(SIGN, page)] == ["柳塘街道办事处"]
    # the title names the unit: the signature names it too
    titled = report("一、举措", "正文。", "县综合行政执法队", title="青石镇2025年度法治政府建设情况报告")
    assert run(SIGN, titled) == [(None, "问题：文末缺少发文机关署名和成文日期")]
    titled = report("一、举措", "正文。", "中共青石镇委员会　青石镇人民政府", title="青石镇2025年度法治政府建设情况报告")
    assert [m for m, _ in run(SIGN, titled)] == ["中共青石镇委员会　青石镇人民政府"]
    # what the items of the annual-report checklist ask for
    signed = report("一、举措", "正文。", "柳塘街道办事处", title="柳塘街道2025年度法治政府建设情况报告")
    assert run(SIGN + "report: [missing]\n", signed) == []
    assert [m for m, _ in run(SIGN + "report: [undated]\n", signed)] == ["柳塘街道办事处"]


def test_date_without_signature():
    out = run(SIGN, report("一、举措", "全年开展活动12次。", "2026年2月12日"))
    assert out == [("2026年2月12日", "问题：成文日期上方缺少发文机关署名")]


PUBLISHED = "kind: publication-deadline\nmonth: 4\nday: 1\n"


def test_publication_after_the_deadline():
    text = ("龙凤场镇2021年度法治政府建设工作情况报告\n\n2022-04-26 07:52 来源: 龙凤场镇人民政府\n\n"
            "2021年，龙凤场镇坚持依法行政。\n一、举措\n正文。\n")
    assert run(PUBLISHED, text, "{date}晚于{deadline}") == [("2022-04-26", "2022-04-26晚于2022年4月1日")]


def test_publication_before_the_deadline_or_absent():
    text = "青石镇2021年度法治政府建设情况报告\n发布时间：2022-03-28 09:18\n一、举措\n正文。\n"
    assert run(PUBLISHED, text) == []
    assert run(PUBLISHED, report("一、举措", "正文。")) == []


def test_a_report_dated_after_the_deadline_was_not_published_before_it():
    text = report("一、举措", "正文。", "白沙乡人民政府", "2026年4月12日", title="白沙乡2025年度法治政府建设情况报告")
    assert run(PUBLISHED, text, "{what}“{date}”晚于{deadline}") == [
        ("2026年4月12日", "成文日期“2026年4月12日”晚于2026年4月1日")]
    on_time = report("一、举措", "正文。", "白沙乡人民政府", "2026年3月12日", title="白沙乡2025年度法治政府建设情况报告")
    assert run(PUBLISHED, on_time) == []
    # a publication line after the deadline is the finding; the closing date is not reported twice
    late_page = report("发布时间：2026-04-20", "一、举措", "正文。", "白沙乡人民政府", "2026年4月12日",
                       title="白沙乡2025年度法治政府建设情况报告")
    assert [quote for quote, _ in run(PUBLISHED, late_page)] == ["2026-04-20"]
    unchecked = PUBLISHED + "closing-date: false\n"
    assert run(unchecked, text) == []


# -- addressed-by ----------------------------------------------------------------------------------

COVER = "kind: addressed-by\nitems-in: problems\nanswered-in: plans\nstopwords: [加强, 有待, 意识, 提高, 法治, 能力]\n"


def test_every_problem_answered():
    text = report("三、存在的问题", "一是执法人员数量不足。二是法治宣传形式单一。",
                  "四、下一步工作计划", "一是增配执法人员2名。二是创新宣传形式，开展宣传20次。")
    assert run(COVER, text) == []


def test_unanswered_problem_points_at_its_topic():
    text = report("三、存在的问题", "一是依法决策的意识有待提高。二是群众法律意识有待加强。",
                  "四、下一步工作计划", "（一）加大普法宣传，提高群众法律意识。")
    out = run(COVER, text, "“{item}”未回应（{keywords}）")
    assert out == [("依法决策的意识有待提高", "“依法决策的意识有待提高”未回应（依法、决策）")]


def test_addressed_by_silent_without_plans():
    assert run(COVER, report("三、存在的问题", "一是依法决策的意识有待提高。")) == []


def test_quantitative_evidence_counts_sub_headings_but_not_the_own_heading():
    check = "kind: quantitative-evidence\nin: plans\nper-section: false\n"
    text = report("三、2025年工作安排", "（1）加强执法队伍建设，6月底前组织12名执法人员参加考试")
    assert run(check, text) == []
    assert len(run(check, report("三、2025年度3项工作安排", "继续加强学习。"))) == 1


def test_a_date_line_at_the_end_is_not_a_publication_date():
    # it is the closing date: late all the same, and reported as such
    text = report("一、举措", "正文。", "白沙乡人民政府", "2026-04-12", title="白沙乡2025年度法治政府建设情况报告")
    assert run(PUBLISHED, text, "{what}") == [("2026-04-12", "成文日期")]
    text = report("一、举措", "正文。", "发布日期：2026-04-12", title="白沙乡2025年度法治政府建设情况报告")
    assert [m for m, _ in run(PUBLISHED, text)] == ["2026-04-12"]


def test_title_pattern_with_named_groups():
    check = 'kind: title\npattern: ["(?P<unit>.+?)关于(?P<year>\\\\d{4}(—\\\\d{4})?)年度"]\n'
    assert run(check, report("一、举措", "正文。")) == []
    out = run(check, report("一、举措", "正文。", title="青石镇2024年度法治政府建设情况报告"))
    assert [m for _, m in out] == ["问题：标题不符合规定格式"]
    out = run(check, report("一、举措", "正文。", title="关于2023—2024年度法治政府建设情况的报告"))
    assert [m for _, m in out] == ["问题：标题不符合规定格式"]
    out = run(check, report("一、举措", "正文。", title="青石镇关于2023—2024年度法治政府建设情况的报告"))
    assert [m for _, m in out] == ["问题：标题含多个年份（2023、2024），年度报告只应写一个年度"]
