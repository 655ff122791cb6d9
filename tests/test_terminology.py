"""Terminology rules: standard names, 法制/法治, year-dependent names, outdated formulations."""

from __future__ import annotations

import pytest

from conftest import findings, report, rule_ids

from fzlint_plugins.common import load_entries


def _title(year: int) -> str:
    return f"青石镇关于{year}年度法治政府建设情况的报告"


def _line_rules(text: str) -> list[str]:
    """Rule ids of the terminology findings that point at a place in the text."""
    return [f.rule_id for f in findings(text, "terminology") if f.line is not None]


def _hits(text: str, select: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


# -- standard names --------------------------------------------------------------------------------

def test_name_list_is_large_and_sourced():
    names = load_entries("standard-names", {}, key="names")
    assert len(names) >= 30
    assert all(n.get("source") and n.get("variants") for n in names)


@pytest.mark.parametrize("line, wrong, right", [
    ("将习近平总书记法治思想纳入理论学习中心组学习内容。", "习近平总书记法治思想", "习近平法治思想"),
    ("带领干部学习总书记法治思想。", "总书记法治思想", "习近平法治思想"),
    ("坚持用习总书记法治思想武装头脑。", "习总书记法治思想", "习近平法治思想"),
    ("深入学习习近平新时代中国特色社会主义法治思想。", "习近平新时代中国特色社会主义法治思想", "习近平法治思想"),
    ("坚持以习近平新时代特色社会主义思想为指导。", "习近平新时代特色社会主义思想",
     "习近平新时代中国特色社会主义思想"),
    ("坚持以新时代中国特色社会主义思想为指导。", "新时代中国特色社会主义思想",
     "习近平新时代中国特色社会主义思想"),
    ("坚持以习近平中国特色社会主义思想为指导。", "习近平中国特色社会主义思想",
     "习近平新时代中国特色社会主义思想"),
    ("牢固树立全面国家安全观。", "全面国家安全观", "总体国家安全观"),
    ("严格执行《重大行政决策程序条例》。", "重大行政决策程序条例", "重大行政决策程序暂行条例"),
    ("全面落实重大执法决定法治审核制度。", "重大执法决定法治审核", "重大执法决定法制审核"),
])
def test_standard_names(line, wrong, right):
    assert _hits(report(line), "terminology/standard-name") == [(wrong, right)]


@pytest.mark.parametrize("line", [
    "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "学习《习近平法治思想学习纲要》和习近平总书记关于法治建设的重要指示精神。",
    "坚持总体国家安全观，落实重大执法决定法制审核制度。",
    "中央依法治国办开展法治政府建设督察。",
])
def test_correct_names_are_not_flagged(line):
    assert _line_rules(report(line)) == []


def test_a_name_applies_from_its_since_year():
    line = "坚持和发展全过程民主，推进基层协商。"
    # 全过程民主 was the wording of 2019–2020; 全过程人民民主 from 2021 on
    assert _hits(report(line, title="青石镇关于2022年度法治政府建设情况的报告"), "terminology/standard-name") == [
        ("民主", "人民民主")]  # the span is 民主 (the fix inserts 人民)
    assert _hits(report(line, title="青石镇关于2020年度法治政府建设情况的报告"), "terminology/standard-name") == []


@pytest.mark.parametrize("line, wrong, right, severity", [
    ("结合“4·15”全面国家安全教育日开展宣传。", "全面国家安全教育日", "全民国家安全教育日", "warning"),
    ("举办“4·15”国家安全日宣传活动。", "国家安全日", "全民国家安全教育日", "warning"),
    ("开展“12·4”宪法宣传日活动。", "宪法宣传日", "国家宪法日", "info"),
    ("围绕“6·26”禁毒日开展宣传。", "禁毒日", "国际禁毒日", "info"),
    ("在“6·26”国际戒毒日开展集中宣传。", "国际戒毒日", "国际禁毒日", "warning"),
    ("在“5·12”国家防灾减灾日开展应急演练。", "国家防灾减灾日", "全国防灾减灾日", "warning"),
])
def test_day_names(line, wrong, right, severity):
    fs = findings(report(line), "terminology/day-name")
    assert [(f.matched, f.suggestion, f.severity.value) for f in fs] == [(wrong, right, severity)]


def test_drug_treatment_is_no_day_name():
    assert findings(report("开展社区戒毒、社区康复和强制隔离戒毒工作，戒毒人员42名。"), "terminology/day-name") == []


def test_correct_day_names():
    text = report("结合“4·15”全民国家安全教育日、“12·4”国家宪法日、“6·26”国际禁毒日和宪法宣传周开展宣传，"
                  "维护国家安全日益重要。")
    assert rule_ids(text, "terminology/day-name") == []


def test_first_responsible_person_written_as_first_person_in_charge():
    text = report("局主要负责人认真履行推进法治建设第一负责人职责，党政主要负责人是第一责任人。")
    assert _hits(text, "terminology/policy-term") == [("第一负责人", "第一责任人")]


def test_the_day_of_april_15_named_as_the_defence_day():
    text = report("利用“4·15”全民国防教育日开展宣传，9月开展全民国防教育日活动。")
    assert _hits(text, "terminology/day-name") == [("全民国防教育日", "全民国家安全教育日")]


def test_a_township_congress_has_a_presidium():
    text = report("主动接受镇人大常委会监督，向县人大常委会报告工作。")
    assert _hits(text, "terminology/policy-term") == [("人大常委会", "人大主席团")]


def test_the_enforcement_formula_in_its_order():
    text = report("坚持严格规范文明公正执法，推进严格规范公正文明执法。")
    assert _hits(text, "terminology/policy-term") == [("严格规范文明公正执法", "严格规范公正文明执法")]


def test_policy_terms():
    text = report("一是严格落实党政主要责任人履行推进法治建设第一责任人职责。",
                  "一、党政主要负责人履行第一责任情况")
    assert _hits(text, "terminology/policy-term") == [
        ("党政主要责任人", "党政主要负责人"), ("履行第一责任", "履行推进法治建设第一责任人职责")]


def test_altered_formula_is_info_only():
    fs = findings(report("形成严格执法，公正司法，全民学法，全民守法的工作格局。"), "terminology/policy-term")
    assert [f.severity.value for f in fs] == ["info"]
    assert rule_ids(report("推进科学立法、严格执法、公正司法、全民守法。"), "terminology/policy-term") == []


def test_document_names_without_years_are_info():
    fs = findings(report("认真落实《法治政府建设实施纲要》，贯彻落实“一规划，两纲要”。"), "terminology/document-name")
    assert [(f.matched, f.severity.value) for f in fs] == [("法治政府建设实施纲要", "info"), ("一规划，两纲要", "info")]
    assert _line_rules(report("全面落实《法治政府建设实施纲要（2021—2025年）》。")) == []


# -- 法制 / 法治 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, wrong, right", [
    ("三、深化法制宣传，着力提升群众法律意识", "法制宣传", "法治宣传"),
    ("紧紧抓农村法制宣传教育这个“死角”。", "法制宣传教育", "法治宣传教育"),
    ("对法制观念淡薄的干部进行批评教育。", "法制观念", "法治观念"),
    ("继续加强法制培训、加强普法教育。", "法制培训", "法治培训"),
    ("四是强化法制监督。", "法制监督", "法治监督"),
    ("为全镇中小学聘请法制副校长。", "法制副校长", "法治副校长"),
    ("健全社会主义法制。", "法制", "法治"),
    ("举办领导班子法制专题讲座2次，", "法制专题", "法治专题"),
    ("在村广场建设法制长廊1处。", "法制长廊", "法治长廊"),
])
def test_fazhi_flagged(line, wrong, right):
    assert _hits(report(line), "terminology/fazhi") == [(wrong, right)]


@pytest.mark.parametrize("line", [
    "乡党委健全党政领导干部学法制度。",                 # 学法|制度
    "认真落实行政执法人员以案释法制度。",               # 释法|制度
    "建立健全干部学法制度，完善普法制度。",
    "带头学法制度还不够完善。",
    "全面推行重大执法决定法制审核制度。",               # the correct term
    "加强社会主义民主与法治建设，健全法律制度。",
    "严格执法制度落实。",                               # 执法|制度
    "坚持长期学法制度，落实会前学法制度。",
    "维护国家法制统一，派出所法制员逐案审核。",         # legitimate 法制
    "原县政府法制办的职责已划入县司法局。",
])
def test_fazhi_not_flagged(line):
    assert rule_ids(report(line), "terminology/fazhi") == []


def test_fazhi_inside_a_cited_title_is_info():
    fs = findings(report("贯彻《江苏省法制宣传教育条例》，深化法制宣传。"), "terminology/fazhi")
    assert [(f.matched, f.severity.value) for f in fs] == [("法制宣传教育", "info"), ("法制宣传", "warning")]


def test_other_fazhi_words_are_info():
    fs = findings(report("坚持法制与德治相结合。"), "terminology/fazhi")
    assert [(f.matched, f.severity.value, f.suggestion) for f in fs] == [("法制", "info", "法治")]


def test_fazhi_institution_is_info_without_fix():
    fs = findings(report("二是法制机构人员的能力和水平还有待提高。"), "terminology/fazhi")
    assert [(f.matched, f.severity.value, f.suggestion) for f in fs] == [("法制机构", "info", None)]
    # a department's own legal office reviewing its decisions (重大执法决定法制审核) keeps the name
    fine = report("推行重大执法决定法制审核，局法制机构审核重大执法决定56件。经局法制机构审查规范性文件3件。",
                  "规范性文件均由局法制机构进行合法性审核，委法制工作机构全程参与，各部门法制机构人员参加培训。")
    assert findings(fine, "terminology/fazhi") == []

    # a unit that sets up (设立, 单设) a legal office of its own: its internal office, not the government's
    own = report("管委会未单独设立法制工作机构，合法性审查主要依靠法律顾问。", "局机关单设法制机构，配备专职人员2名。",
                 "管委会法制机构审查合同12份。")
    assert findings(own, "terminology/fazhi") == []
    assert [f.matched for f in findings(report("县政府法制工作机构人员参加培训。"), "terminology/fazhi")] == ["法制工作机构"]

# -- year-dependent names ------------------------------------------------------------------------------

def test_plenary_session_after_the_report_year():
    text = report("深入学习贯彻党的二十届三中全会精神。", title=_title(2023))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["二十届三中全会"]


def test_sessions_held_by_the_report_year_are_fine():
    text = report("全面贯彻落实党的二十大和二十届三中全会精神，学习二十届四中全会精神。", title=_title(2025))
    assert rule_ids(text, "terminology/anachronism") == []
    # a 2024 report is written in early 2025: the 四中全会 (2025-10) had not happened
    text = report("学习贯彻二十届四中全会精神。", title=_title(2024))
    assert rule_ids(text, "terminology/anachronism") == ["terminology/anachronism"]


def test_a_session_not_yet_held_when_the_data_was_written():
    # 二十届五中全会 comes a year or so after the 四中全会 (2025-10), not before 2026-04: wrong in a
    # 2025 report (written by 2026-03) and in earlier ones; the data may not say when it was held
    text = report("学习贯彻党的二十届五中全会精神和二十届中央委员会第六次全体会议精神。", title=_title(2025))
    fs = findings(text, "terminology/anachronism")
    assert [f.matched for f in fs] == ["二十届五中全会", "二十届中央委员会第六次全体会议"]
    assert "2026年4月以后" in fs[0].message.zh
    assert rule_ids(report("学习贯彻党的二十届五中全会精神。", title=_title(2026)),
                    "terminology/anachronism") == []


def test_a_session_told_with_a_month_it_was_not_held_in():
    text = report("深入领会2023年7月召开的党的二十届三中全会精神。党的二十大于2022年11月胜利召开后，街道组织学习。"
                  "传达学习2025年10月召开的党的二十届三中全会精神。", title=_title(2025))
    fs = findings(text, "terminology/event-date")
    assert [f.matched for f in fs] == ["2023年7月召开的党的二十届三中全会", "党的二十大于2022年11月胜利召开",
                                       "2025年10月召开的党的二十届三中全会"]
    assert "2025年10月召开的是党的二十届四中全会" in fs[2].message.zh
    # the month before the session, its verb after it
    text = report("2024年10月党的二十届三中全会胜利召开后，第一时间传达学习。", title=_title(2024))
    assert [f.matched for f in findings(text, "terminology/event-date")] == ["2024年10月党的二十届三中全会"]
    text = report("深化学习党的二十届三中全会（2023年7月）审议通过的《决定》。", title=_title(2024))
    assert [f.matched for f in findings(text, "terminology/event-date")] == ["二十届三中全会（2023年7月）"]
    fine = report("2024年7月，党的二十届三中全会胜利召开。2023年7月，二十届二中全会精神学习持续深入。"
                  "学习二十届三中全会（2024年7月）精神。", title=_title(2024))
    assert findings(fine, "terminology/event-date") == []


def test_a_congress_named_with_the_plenums_of_another_central_committee():
    text = report("全面贯彻党的二十大和十九届三中全会精神。学习党的十九大及二十届三中全会精神。", title=_title(2024))
    fs = findings(text, "terminology/session-mix")
    assert [f.matched for f in fs] == ["十九届", "二十届"]
    # the plenums of the congress itself, and in the congress's year those before it
    fine = report("党的二十大和二十届二中、三中全会精神。党的十九大以来，十九届六中全会精神。", title=_title(2024))
    assert findings(fine, "terminology/session-mix") == []
    assert findings(report("认真学习宣传贯彻党的二十大精神和十九届六中全会精神。", title=_title(2022)),
                    "terminology/session-mix") == []


def test_a_session_told_with_a_month_of_the_report_year():
    text = report("深入学习贯彻党的二十大和7月召开的党的二十届二中全会精神。", title=_title(2024))
    assert [f.matched for f in findings(text, "terminology/event-date")] == ["7月召开的党的二十届二中全会"]
    fine = report("学习7月召开的党的二十届三中全会精神。", title=_title(2024))
    assert findings(fine, "terminology/event-date") == []


def test_a_meeting_held_twice_and_a_year_told_alone():
    text = report("学习2024年11月召开的中央全面依法治国工作会议精神，认真学习党的十九届六中全会于2022年审议通过的《决议》。",
                  title=_title(2024))
    fs = findings(text, "terminology/event-date")
    assert [f.matched for f in fs] == ["2024年11月召开的中央全面依法治国工作会议", "十九届六中全会于2022年审议通过"]
    assert "2020年11月、2025年11月" in fs[0].message.zh
    fine = report("学习2025年11月召开的中央全面依法治国工作会议精神，2020年11月召开的中央全面依法治国工作会议，"
                  "十九届六中全会于2021年11月召开。", title=_title(2025))
    assert findings(fine, "terminology/event-date") == []


def test_the_party_congress_named_as_a_people_s_congress():
    text = report("学习贯彻中国共产党第二十次全国人民代表大会精神，贯彻第十四届全国人民代表大会第二次会议精神，"
                  "学习党的第十九次全国代表大会报告。")
    fs = findings(text, "terminology/standard-name")
    assert [(f.matched, f.suggestion) for f in fs] == [("中国共产党第二十次全国人民代表大会", "中国共产党第二十次全国代表大会")]


def test_sessions_told_with_the_month_they_were_held_in_are_fine():
    text = report("深入学习2024年7月召开的党的二十届三中全会精神，党的二十大于2022年10月16日至22日胜利召开，"
                  "2025年10月20日至23日召开的二十届四中全会，2023年2月召开的二十届二中全会，"
                  "2024年3月11日闭幕的十四届全国人大二次会议，2025年11月召开的中央全面依法治国工作会议，"
                  "2023年7月召开党组会议传达学习党的二十届二中、三中全会精神。", title=_title(2025))
    assert rule_ids(text, "terminology/event-date") == []


def test_a_session_named_with_what_another_session_adopted():
    text = report("深入学习党的二十届二中全会审议通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。"
                  "贯彻十九届四中全会作出的全面推进依法治国若干重大问题的决定。", title=_title(2024))
    fs = findings(text, "terminology/session-document")
    assert [f.matched for f in fs] == ["二十届二中全会审议通过的《中共中央关于进一步全面深化改革",
                                       "十九届四中全会作出的全面推进依法治国若干重大问题"]
    assert "党的二十届三中全会" in fs[0].message.zh


def test_sessions_named_with_what_they_adopted_are_fine():
    text = report("深入学习党的二十届三中全会审议通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》，"
                  "学习贯彻党的十八届四中全会关于全面推进依法治国若干重大问题的决定，"
                  "学习党的二十届二中全会精神，进一步全面深化改革；党的二十届二中、三中全会进一步全面深化改革的部署。",
                  title=_title(2024))
    assert rule_ids(text, "terminology/session-document") == []


def test_the_day_a_report_is_dated_is_its_cut_off():
    """A 2022 report dated 20 January 2023 cannot speak of the 二中全会 (28 February 2023); one dated
    in March can; without a date the first quarter after the year is the bound."""
    body = ("深入学习贯彻党的二十届二中全会精神，认真学习新修订的《立法法》。", "", "青石镇人民政府")
    early = report(*body, "2023年1月20日", title=_title(2022))
    fs = findings(early, "terminology/anachronism")
    assert [f.matched for f in fs] == ["二十届二中全会", "新修订的《立法法》"]
    assert "成文日期为2023年1月20日" in fs[0].message.zh
    late = report(*body, "2023年3月20日", title=_title(2022))
    assert rule_ids(late, "terminology/anachronism") == []
    undated = report(*body, title=_title(2022))
    assert rule_ids(undated, "terminology/anachronism") == []
    # a date of another year than the report's or the next (a slip reported by signature-date) is no bound
    slip = report(*body, "2021年1月20日", title=_title(2022))
    assert rule_ids(slip, "terminology/anachronism") == []
    # nor is a date after the first quarter: a session known only as not held by 31 March stays wrong
    april = report("学习贯彻党的二十届五中全会精神。", "", "青石镇人民政府", "2026年4月10日", title=_title(2025))
    assert [f.matched for f in findings(april, "terminology/anachronism")] == ["二十届五中全会"]


def test_twentieth_congress_in_a_2021_report():
    text = report("以优异成绩迎接党的二十大胜利召开，喜迎二十大，确保党的二十大胜利召开。",
                  "深入学习党的二十大精神，党的二十大胜利召开以来，我镇……", title=_title(2021))
    fs = findings(text, "terminology/anachronism")
    assert [(f.line, f.matched) for f in fs] == [(5, "党的二十大"), (5, "党的二十大")]
    # what it decided, cited by the words that follow it (二十大关于…的部署, 二十大对…作出)
    text = report("深入贯彻党的二十大关于推进法治建设的部署要求，落实党的二十大对法治政府建设作出的部署。",
                  title=_title(2021))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["党的二十大", "党的二十大"]


def test_the_two_sessions_of_the_year_after_in_a_report_dated_before_them():
    signed = ("", "青石镇人民政府", "2026年2月10日")
    text = report("深入学习贯彻2026年全国两会精神。", *signed, title=_title(2025))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["2026年全国两会"]
    assert findings(report("深入学习贯彻2025年全国两会精神。", *signed, title=_title(2025)), "terminology/anachronism") == []


def test_the_next_plan_carried_out_in_the_plans_part_is_right():
    text = report("一、主要举措", "深入实施“八五”普法规划。", "二、2026年工作安排", "深入实施“九五”普法规划。", title=_title(2025))
    assert findings(text, "terminology/pufa-plan") == []


def test_year_rules_are_silent_without_a_year():
    text = report("学习贯彻二十届四中全会精神，开展“七五”普法。", title="青石镇法治政府建设情况报告")
    assert rule_ids(text, ("terminology/anachronism", "terminology/pufa-plan"), path="report.txt") == []


def test_an_official_day_told_with_another_date():
    text = report("开展全民国家安全教育日（4月25日）宣传活动，“4·25”全民国家安全教育日，4月25日是全民国家安全教育日。")
    fs = findings(text, "terminology/day-name")
    assert [f.matched for f in fs] == ["全民国家安全教育日（4月25日）", "“4·25”全民国家安全教育日", "4月25日是全民国家安全教育日"]
    assert "每年4月15日" in fs[0].message.zh
    # the right dates, and an activity on another day
    fine = report("“4·15”全民国家安全教育日、“12·4”国家宪法日、国家宪法日（12月4日），"
                  "4月16日全民国家安全教育日宣传活动持续开展。")
    assert findings(fine, "terminology/day-name") == []


@pytest.mark.parametrize("year, line, flagged", [
    (2023, "深入开展“七五”普法宣传活动。", True),
    (2019, "全面启动“八五”普法。", True),
    (2023, "深入开展“八五”普法宣传活动。", False),
    (2021, "做好“七五”普法总结验收，启动“八五”普法。", False),
    (2025, "谋划“九五”普法规划。", False),
    (2023, "我镇曾获评全省“七五”普法先进单位。", False),
    # the year after a plan: only a mention that carries it out as the current plan
    (2021, "推动“七五”普法规划在人社系统深入实施。", True),
    (2021, "“七五”普法成效显著，群众法治意识明显提升。", False),
    # the year before a plan: preparing it is right, claiming it done is not
    (2025, "全面完成“九五”普法各项任务。", True),
    (2025, "“九五”普法规划确定的各项任务圆满收官。", True),
    (2025, "“八五”普法圆满收官，谋划“九五”普法规划。", False),
    (2025, "深入实施“九五”普法规划，落实普法责任制。", True),
    (2025, "衔接“九五”普法规划，推进“八五”普法收官。", False),
    # completing the plan before last is no look back years later
    (2025, "圆满完成“七五”普法总结验收各项迎检工作。", True),
    (2022, "在“七五”普法圆满收官的基础上，启动“八五”普法。", False),
    # consolidating a plan's results: right in the two years after it, stale later
    (2022, "持续巩固“七五”普法成果，在11个社区建成法治文化广场。", False),
    (2024, "持续巩固“七五”普法成果，在11个社区建成法治文化广场。", True),
])
def test_pufa_plan_number(year, line, flagged):
    fs = findings(report(line, title=_title(year)), "terminology/pufa-plan")
    assert bool(fs) is flagged
    if flagged and year == 2023:
        assert fs[0].suggestion == "八"


def test_the_opening_or_closing_year_of_a_plan():
    text = report("2025年是“十五五”规划开局之年，2021年是“十四五”规划开局之年，2025年是“十四五”规划收官之年。",
                  "2021年是“七五”普法开局之年，2021年是“八五”普法开局之年。", title=_title(2025))
    fs = [f for f in findings(text, "terminology/pufa-plan") if "之年" in f.matched]
    assert [(f.line, f.matched[:5]) for f in fs] == [(4, "2025年"), (5, "2021年")]


def test_outdated_formulations():
    text = report("以认真贯彻落实习近平全面依法治国新理念新思想新战略为统领。",
                  "紧紧围绕“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的目标。",
                  "学习《合同法》《信访条例》。", title=_title(2024))
    assert _hits(text, "terminology/outdated") == [
        ("习近平全面依法治国新理念新思想新战略", "习近平法治思想"), ("廉洁高效、守法诚信", None),
        ("《合同法》", "《中华人民共和国民法典》"), ("《信访条例》", "《信访工作条例》")]


def test_the_old_petition_regulation_cited_with_the_prefix():
    text = report("依据《中华人民共和国信访条例》规范信访秩序。", title=_title(2025))
    assert _hits(text, "terminology/outdated") == [("《中华人民共和国信访条例》", "《信访工作条例》")]
    assert rule_ids(report("依据《中华人民共和国信访条例》规范信访秩序。", title=_title(2021)), "terminology/outdated") == []


def test_tuijin_dropped_from_the_first_responsible_duty():
    text = report("一、党政主要负责人履行法治建设第一责任人职责情况", "镇党委书记切实履行推进法治建设第一责任人职责。")
    fs = findings(text, "terminology/policy-term")
    assert [(f.line, f.suggestion, f.severity.value) for f in fs] == [(4, "推进法治建设第一责任人", "info")]


def test_outdated_only_from_its_year():
    text = report("以习近平全面依法治国新理念新思想新战略为统领，学习《合同法》。", title=_title(2019))
    assert rule_ids(text, "terminology/outdated") == []


def test_rules_are_documented():
    from fzlint_plugins import terminology

    for r in terminology.RULES:
        assert r.doc.what and r.doc.why and r.doc.example and r.doc.source


def test_nineteenth_central_committee_sessions():
    text = report("认真学习贯彻党的十九届五中全会精神，学习十九届六中全会精神。", title=_title(2019))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["十九届五中全会", "十九届六中全会"]
    text = report("认真学习贯彻党的十九届五中全会精神，学习十九届六中全会精神。", title=_title(2021))
    assert rule_ids(text, "terminology/anachronism") == []


def test_every_bundled_name_variant_compiles_and_differs_from_the_name():
    from fzlint_plugins.common import load_patterns
    from fzlint_plugins.terminology import _name_patterns

    class Ctx:
        config = None

        @staticmethod
        def options(_plugin):
            return {}

    patterns = _name_patterns(Ctx())
    assert len(patterns) >= 35
    for pat in patterns:
        find = pat.entry.get("find")
        if find:
            assert pat.regex.search(find) and find != pat.fix, find
    assert load_patterns("outdated", {}, "outdated") and load_patterns("sessions", {}, "events")


def test_session_lists_are_read_one_by_one():
    text = report("深入学习贯彻党的十九大和十九届二中、三中、四中、五中全会精神。", title=_title(2019))
    fs = findings(text, "terminology/anachronism")
    assert len(fs) == 1 and "十九届五中全会" in fs[0].message.zh
    assert fs[0].matched == "五中全会"  # the sessions already held are not covered
    assert _line_rules(text.replace("2019年度", "2020年度")) == []


@pytest.mark.parametrize("wrong, fix", [
    ("习近平新时代中国特社会主义思想", "习近平新时代中国特色社会主义思想"),
    ("习近平新时代中国特色主义思想", "习近平新时代中国特色社会主义思想"),
    ("习近平新时代中国特色社会主意思想", "习近平新时代中国特色社会主义思想"),
    ("习近平的法治思想", "习近平法治思想"),
])
def test_garbled_thought_names(wrong, fix):
    fs = findings(report(f"深入学习{wrong}，推进法治政府建设。"), "terminology/standard-name")
    assert [(f.matched, f.suggestion) for f in fs] == [(wrong, fix)]


def test_canonical_thought_names_are_left_alone():
    text = report("坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                  "坚持以习近平同志为核心的党中央的领导，学习习近平总书记关于全面依法治国的重要论述。")
    assert rule_ids(text, "terminology") == []


@pytest.mark.parametrize("wrong, fix", [
    ("全国国家安全教育日", "全民国家安全教育日"),
    ("全民国家安全宣传教育日", "全民国家安全教育日"),
    ("全国宪法日", "国家宪法日"),
    ("全民禁毒日", "国际禁毒日"),
])
def test_day_name_variants(wrong, fix):
    fs = findings(report(f"利用“{wrong}”开展集中宣传。"), "terminology/day-name")
    assert [(f.matched, f.suggestion) for f in fs] == [(wrong, fix)]


def test_day_names_and_campaigns_that_are_right():
    text = report("利用全民国家安全教育日、国家宪法日、宪法宣传周、国际禁毒日和全民禁毒宣传月开展宣传。")
    assert rule_ids(text, "terminology/day-name") == []


def test_first_responsible_person_missing_ren():
    fs = findings(report("落实党政主要负责人履行推进法治建设第一责任职责。"), "terminology/policy-term")
    assert [(f.matched, f.suggestion) for f in fs] == [("第一责任", "第一责任人")]


def test_more_superseded_formulations():
    text = report("坚定三个自信，学习习近平总书记系列重要讲话精神，决胜全面建成小康社会，县政府法制办指导。",
                  title=_title(2023))
    fs = findings(text, "terminology/outdated")
    assert [(f.matched, f.severity.value) for f in fs] == [
        ("三个自信", "warning"), ("习近平总书记系列重要讲话精神", "warning"), ("决胜全面建成小康社会", "warning"),
        ("政府法制办", "info")]
    old = report("坚定三个自信，学习习近平总书记系列重要讲话精神，决胜全面建成小康社会。", title=_title(2016))
    assert rule_ids(old, "terminology/outdated") == []


def test_fazhi_website_renamed_and_network_compound():
    text = report("在法制网发布信息3条，开展法制网络宣传。", title=_title(2023))
    fs = findings(text, "terminology")
    assert [(f.rule_id, f.matched, f.suggestion) for f in fs] == [
        ("terminology/outdated", "法制网", "法治网"), ("terminology/fazhi", "法制网络", "法治网络")]


def test_special_campaign_against_gangs_became_regular():
    text = report("深入开展扫黑除恶专项斗争，总结扫黑除恶专项斗争以来的经验，推进常态化扫黑除恶斗争。", title=_title(2023))
    assert [f.matched for f in findings(text, "terminology/outdated")] == ["扫黑除恶专项斗争"]


# -- anchored matching (the 普法 regex is tried only before each 五) -------------------------------

def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_pufa_anchored_matching_finds_what_finditer_finds():
    import random

    from fzlint.regexscan import finditer_anchored, finditer_around
    from fzlint_plugins.terminology import _PUFA_ANCHOR, _PUFA_REACH, _PUFA_RE, _pufa_anchors

    pieces = ["“", "\"", "‘", "”", "七", "八", "五", "第", "个", "五年", "普法", "法治", "法制", "宣传教育",
              "的", "规划", " ", "，", "\n", "七五", "“八五”", "法制宣传教育的第八个五年规划", "十", "个五"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    texts += ["“七五”八五普法", "\"七五\"八五\"普法", "法治宣传教育的第七个五年规划第八个五年法治宣传教育规划“九五” 普法",
              "五普法", "个五年法治宣传教育规划", "七个五年法治宣传教育规划"]
    for text in texts:
        plain = _spans(_PUFA_RE.finditer(text))
        assert _spans(finditer_anchored(_PUFA_RE, text, _PUFA_ANCHOR, _PUFA_REACH)) == plain, text
        # only the 五 after a plan number (七五, 七个五) are tried
        assert _spans(finditer_around(_PUFA_RE, text, _pufa_anchors(text), _PUFA_REACH)) == plain, text
    assert _pufa_anchors("五年，十五个，七五，第八个五年，个五") == [8, 13]


def test_anchored_matching_with_overlapping_anchors_and_lookbehinds():
    import re

    from fzlint.regexscan import finditer_anchored

    pattern = re.compile(r"(?<!不)a?(?:ab|b)+c?")  # every match holds a b at most 2 after its start
    for text in ["abab", "aabbcab", "不ab不b", "ccbbb", "bcbcb", "不aab", ""]:
        assert _spans(finditer_anchored(pattern, text, "b", 2)) == _spans(pattern.finditer(text)), text
    with pytest.raises(ValueError):
        list(finditer_anchored(pattern, "abc", "", 2))


def test_fazhi_table_lookup_is_the_longest_then_first_following_word():
    """The per-length lookup of the 法制 entries finds what testing every entry longest first finds."""
    import random

    from fzlint_plugins.terminology import _FazhiTable

    rng = random.Random(3)
    words = ["宣传", "宣传教育", "教育", "宣", "观念", "", None, "宣传教育工作站点建设情况"]
    for _ in range(300):
        raw = tuple({"follow": rng.choice(words), "n": n} for n in range(rng.randint(0, 6)))
        table = _FazhiTable(raw)
        plain = sorted((e for e in raw if "follow" in e), key=lambda e: -len(str(e["follow"] or "")))
        for after in ["宣传教育工作", "宣传", "宣", "观念淡薄", "", "教育宣传", "宣传教育工作站点建设情况"[:10]]:
            entry = next((e for e in plain if e["follow"] and after.startswith(str(e["follow"]))), None)
            found = table.following(after)
            assert (found[1] if found else None) is entry
            assert found is None or found[0] == str(entry["follow"])
        assert table.catch_all is next((e for e in plain if not e["follow"]), None)


def test_rules_and_regulations_of_blind_round_13():
    """《环境行政处罚办法》 was replaced in 2023; the 消保法实施条例 came in March 2024."""
    fs = findings(report("严格执行《环境行政处罚办法》，不执行《生态环境行政处罚办法》以外的规定。", title=_title(2025)),
                  "terminology/outdated")
    assert [(f.matched, f.suggestion) for f in fs] == [("《环境行政处罚办法》", "《生态环境行政处罚办法》")]
    cited = ("依据《中华人民共和国消费者权益保护法实施条例》查处案件3件。", "", "青石镇人民政府")
    assert [f.matched for f in findings(report(*cited, "2024年1月19日", title=_title(2023)),
                                        "terminology/anachronism")] == ["消费者权益保护法实施条例"]
    assert rule_ids(report(*cited, "2025年1月19日", title=_title(2024)), "terminology/anachronism") == []


def test_next_years_plans_cannot_carry_on_a_plan_that_ended_with_the_report_year():
    """A 2025 report's plans for 2026 cannot go on with the 八五 plan (2021—2025) or finish the
    纲要（2021—2025年）; looking back at them or preparing their successors is fine."""
    plans = ("四、2026年工作安排", "一是持续推进“八五”普法规划实施，全年开展普法活动20场。",
             "二是对照《法治政府建设实施纲要（2021—2025年）》，确保年内全面完成纲要确定的各项目标任务。",
             "三是做好“八五”普法总结验收，谋划“九五”普法规划，巩固《法治政府建设实施纲要（2021—2025年）》实施成果。")
    text = report("2025年，我镇深入实施“八五”普法规划，落实《法治政府建设实施纲要（2021—2025年）》。", *plans,
                  title=_title(2025))
    fs = findings(text, ("terminology/pufa-plan", "terminology/outdated"))
    assert [(f.rule_id, f.line, f.matched) for f in fs] == [
        ("terminology/pufa-plan", 6, "“八五”普法"),
        ("terminology/outdated", 7, "法治政府建设实施纲要（2021—2025年）")]
    # plans given as a paragraph, without a heading, in the second half of the report
    paragraphs = report("2025年，我镇扎实开展普法宣传，全年开展活动36场，化解矛盾纠纷52件，审查合同18份。",
                        "镇党委书记认真履行第一责任人职责，主持专题会议4次。",
                        "2026年，我镇将重点抓好以下工作：一是确保“八五”普法规划圆满收官；二是开展执法培训2次。",
                        title=_title(2025))
    assert [f.matched for f in findings(paragraphs, "terminology/pufa-plan")] == ["“八五”普法"]
    # a five-year plan by its number (十四五: 2021—2025)
    five = report("四、2026年工作安排", "一是对照《“十四五”推进农业农村现代化规划》，推动各项任务全面落地。",
                  "二是编制《“十五五”农业农村现代化规划》，总结《“十四五”推进农业农村现代化规划》实施成效。", title=_title(2025))
    assert [(f.line, f.matched) for f in findings(five, "terminology/outdated")] == [(5, "“十四五”推进农业农村现代化规划")]
    bare = report("四、2026年工作安排", "确保“十四五”交通运输法治建设规划各项目标在2026年圆满收官。",
                  "编制“十五五”规划，总结“十四五”规划实施成效。", title=_title(2025))
    assert [f.matched for f in findings(bare, "terminology/outdated")] == ["“十四五”交通运输法治建设规划"]
    # its mid-term review belongs inside its period (the review of its end does not)
    review = report("四、2026年工作安排", "做好迎接“八五”普法中期评估准备。", "开展“八五”普法终期评估。", title=_title(2025))
    assert [f.line for f in findings(review, "terminology/pufa-plan")] == [5]
    # in a 2024 report the plans for 2025 are the 八五 plan's last year
    assert rule_ids(report(*plans[:2], title=_title(2024)), ("terminology/pufa-plan", "terminology/outdated")) == []


def test_something_done_after_the_day_the_report_is_dated():
    signed = ("", "青石镇人民政府", "2026年2月6日")
    text = report("全年召开调度会4次，并于2026年3月召开全系统法治建设推进会，2026年2月10日举办述法评议会。", *signed,
                  title=_title(2025))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["2026年3月", "2026年2月10日"]
    fine = report("将于2026年3月召开推进会，2026年3月前完成清理，于2026年1月召开述法评议会。",
                  "《关于2026年3月召开会议的通知》已印发，该条例自2026年3月1日起施行。", *signed, title=_title(2025))
    assert rule_ids(fine, "terminology/anachronism") == []
    # next year's plans are all after the date; an undated report has no such bound
    plans = report("四、2026年工作安排", "2026年3月召开全镇法治建设推进会。", *signed, title=_title(2025))
    assert rule_ids(plans, "terminology/anachronism") == []
    assert rule_ids(report("于2026年3月召开推进会。", title=_title(2025)), "terminology/anachronism") == []


def test_names_and_terms_of_blind_round_14():
    fs = findings(report("联合县公安消防大队开展检查，原公安消防大队转制。", "二、党政主要负责人履行推进法治政府建设第一责任人职责情况"),
                  ("terminology/outdated", "terminology/policy-term"))
    assert [(f.matched, f.suggestion) for f in fs] == [("公安消防", "消防救援"), ("推进法治政府建设第一责任人", "推进法治建设第一责任人")]


def test_figures_of_the_year_before_told_as_the_work_done():
    """A sentence opening with last year and its figures, no comparison: last year's text left in."""
    text = report("2024年，镇司法所共受理法律援助申请21件，为困难群众挽回经济损失38.6万元。", title=_title(2025))
    fs = findings(text, "terminology/stale-year")
    assert [(f.matched, f.severity.value) for f in fs] == [("2024年", "warning")]
    fine = report("2025年，镇司法所共受理法律援助申请24件，较2024年增加3件。",
                  "2024年，镇司法所共受理法律援助申请21件，2025年增加到24件，增长14.3%。",
                  "2024年以来，累计培训执法人员320人次。", "我镇2024年，共受理申请21件。",
                  "四、2026年工作安排", "2025年，巩固上年成果，开展普法活动30场。", title=_title(2025))
    assert findings(fine, "terminology/stale-year") == []


def test_names_and_days_of_blind_round_15():
    text = report("坚持和发展新时期“枫桥经验”，落实《行政事业单位国有资产管理条例》，执行《中华人民共和国环境噪声污染防治法》。",
                  title=_title(2024))
    fs = findings(text, "terminology")
    assert [(f.rule_id, f.suggestion) for f in fs] == [
        ("terminology/policy-term", "新时代"), ("terminology/standard-name", "行政事业性国有资产管理条例"),
        ("terminology/outdated", "中华人民共和国噪声污染防治法")]
    assert [f.matched for f in findings(report("带头学习党的十九届七中全会精神。", title=_title(2021)),
                                        "terminology/anachronism")] == ["十九届七中全会"]


def test_an_annual_day_counted_for_its_year():
    """The first 全国生态日 was in 2023: 2024's is the second; the 11th 国家宪法日 is 2024's."""
    text = report("以8月15日首个全国生态日为契机开展宣传，围绕第十个国家宪法日开展宣传。", title=_title(2024))
    fs = findings(text, "terminology/day-name")
    assert [f.matched for f in fs] == ["首个全国生态日", "第十个国家宪法日"]
    assert "2024年的是第2个" in fs[0].message.zh
    fine = report("2024年12月4日第十一个国家宪法日，2023年8月15日首个全国生态日，第9个全民国家安全教育日。",
                  title=_title(2024))
    assert findings(fine, "terminology/day-name") == []


def test_a_clause_on_the_whole_year_before():
    text = report("认真贯彻《中华人民共和国中小企业促进法》，2024年全年帮助企业争取各类扶持资金1500万元，惠及企业63家。",
                  title=_title(2025))
    assert [f.matched for f in findings(text, "terminology/stale-year")] == ["2024年"]
    fine = report("扶持资金1600万元，2024年全年为1500万元。", "资金较上年增长，2024年全年共1500万元，同比增长6.7%。",
                  "企业63家，2024年共扶持企业58家。", title=_title(2025))  # a comparison; no 全年
    assert findings(fine, "terminology/stale-year") == []


def test_stale_deadlines_and_regulations_of_blind_round_15():
    plans = report("四、2026年工作安排", "每季度开展1次案卷交叉评查，力争2025年底前实现执法案卷优良率达到90%以上。",
                   "力争2026年6月底前完成培训。", title=_title(2025))
    assert [f.matched for f in findings(plans, "terminology/stale-year")] == ["2025年底前"]
    assert rule_ids(report("2025年6月底前完成了培训。", title=_title(2025)), "terminology/stale-year") == []
    fs = findings(report("依据《社区矫正实施办法》加强管理。", title=_title(2025)), "terminology/outdated")
    assert [f.suggestion for f in fs] == ["《中华人民共和国社区矫正法实施办法》"]
    dated = report("学习十四届全国人大四次会议精神，落实《整治形式主义为基层减负若干规定》。", "", "青石镇人民政府",
                   "2026年1月20日", title=_title(2025))
    assert [f.matched for f in findings(dated, "terminology/anachronism")] == ["十四届全国人大四次会议"]
    assert [f.matched for f in findings(report("落实《整治形式主义为基层减负若干规定》。", title=_title(2023)),
                                        "terminology/anachronism")] == ["整治形式主义为基层减负若干规定"]


def test_starting_the_plan_that_ended_the_year_before():
    """2021: 全面启动“七五”普法 makes the plan that ended in 2020 the current one; “七五”普法成效显著 sums it up."""
    text = report("印发《法治宣传教育第八个五年规划（2021—2025年）》，全面启动“七五”普法各项工作。",
                  "“七五”普法成效显著，群众法治意识明显提升。", title=_title(2021))
    assert [f.matched for f in findings(text, "terminology/pufa-plan")] == ["七"]


def test_department_rules_replaced_by_new_ones():
    text = report("严格执行《行政事业性收费标准管理暂行办法》，公布收费目录清单。", "按照《国家行政机关公文处理办法》规范公文。",
                  "落实《农村五保供养工作条例》。", title=_title(2021))
    assert [f.suggestion for f in findings(text, "terminology/outdated")] == [
        "《行政事业性收费标准管理办法》", "《党政机关公文处理工作条例》", "《社会救助暂行办法》"]
    fine = report("严格执行《行政事业性收费标准管理办法》，按照《党政机关公文处理工作条例》规范公文。", title=_title(2021))
    assert findings(fine, "terminology/outdated") == []


def test_names_of_blind_round_16():
    text = report("围绕“职能科学、权责法定、执法严明、公正公开、智能高效、廉洁诚信、人民满意”的目标，",
                  "重点解读《中华人民共和国中外合资经营企业法》，宣传《中华人民共和国能源节约法》。", title=_title(2024))
    fs = findings(text, ("terminology/policy-term", "terminology/outdated", "terminology/law-name"))
    assert [(f.rule_id, f.suggestion) for f in fs] == [
        ("terminology/policy-term", "公开公正"), ("terminology/outdated", "中华人民共和国外商投资法"),
        ("terminology/law-name", "节约能源法")]
    assert findings(report("宣传《中华人民共和国能源法》《中华人民共和国节约能源法》。", title=_title(2024)), "terminology/law-name") == []


def test_names_of_blind_round_17():
    text = report("2024年共受理旅游投诉58件，全部办结。", "对接国家旅游局标准。", "开展“5·12”全国防震减灾日宣传，清理镇级规章3件，完善规章制度。",
                  title=_title(2025))
    fs = findings(text, "terminology")
    assert [(f.rule_id, f.matched) for f in fs] == [
        ("terminology/stale-year", "2024年"), ("terminology/outdated", "国家旅游局"),
        ("terminology/day-name", "全国防震减灾日"), ("terminology/policy-term", "镇级规章")]


def test_a_heading_of_the_years_work_that_names_the_year_before():
    text = report("一、2023年度推进法治政府建设的主要举措和成效", "全年开展活动12场。", "针对部分新农合参保群众开展宣传。",
                  title=_title(2024))
    assert [(f.rule_id, f.matched) for f in findings(text, ("terminology/stale-year", "terminology/outdated"))] == [
        ("terminology/stale-year", "2023年"), ("terminology/outdated", "新农合")]
    fine = report("一、2024年度推进法治政府建设的主要举措和成效", "（一）2023年以来的工作情况", "四、2025年工作计划", title=_title(2024))
    assert findings(fine, "terminology/stale-year") == []


def test_plans_of_blind_round_18():
    """The plans under 下一步工作计划 open with the report year; an expired plan taken as the basis of
    next year's work; a repealed 交通 regulation."""
    plans = report("四、下一步工作计划", "2023年，我局将围绕上述问题，重点抓好以下工作：", "（一）年内招录执法人员4名。",
                   "（二）按照《法治乡村建设三年行动方案（2020—2022年）》要求，2024年6月底前完成专项检查。",
                   title=_title(2023))
    fs = findings(plans, ("terminology/stale-year", "terminology/outdated"))
    assert [(f.rule_id, f.matched) for f in fs] == [
        ("terminology/stale-year", "2023年"), ("terminology/outdated", "法治乡村建设三年行动方案（2020—2022年）")]
    fine = report("四、下一步工作计划", "2024年，我局将围绕上述问题，重点抓好以下工作：",
                  "按照《法治乡村建设三年行动方案（2023—2025年）》要求推进。", title=_title(2023))
    assert findings(fine, ("terminology/stale-year", "terminology/outdated")) == []
    # a look back at the year in the measures part is no plan
    assert findings(report("2023年，我局将执法规范化作为重点，开展评查12次，较上年增加2次。", title=_title(2023)),
                    "terminology/stale-year") == []
    fs = findings(report("严格执行《交通行政处罚程序规定》。", title=_title(2023)), "terminology/outdated")
    assert [f.suggestion for f in fs] == ["《交通运输行政执法程序规定》"]


def test_the_regulation_on_discharged_soldiers_is_outdated_from_2025():
    """《退役士兵安置条例》 was replaced by 《退役军人安置条例》 on 1 January 2025; a 2024 report may still cite it."""
    text = "依据《退役士兵安置条例》做好退役士兵接收安置工作，全年安置退役士兵12名。"
    fs = findings(report(text, title=_title(2025)), "terminology/outdated")
    assert [(f.matched, f.suggestion) for f in fs] == [("《退役士兵安置条例》", "《退役军人安置条例》")]
    assert findings(report(text, title=_title(2024)), "terminology/outdated") == []
    assert findings(report("贯彻《退役军人安置条例》，做好退役士兵安置工作。", title=_title(2025)),
                    "terminology/outdated") == []


def test_names_and_plans_of_blind_round_19():
    text = report("继续落实“十三五”卫生健康事业发展规划确定的标准化建设任务。", "依据《取水许可制度实施办法》规范取水许可审批。",
                  "党政主要领导人带头参加年终述法。", title=_title(2025))
    fs = findings(text, ("terminology/outdated", "terminology/policy-term"))
    assert [(f.rule_id, f.matched) for f in fs] == [
        ("terminology/outdated", "“十三五”卫生健康事业发展规划"), ("terminology/outdated", "《取水许可制度实施办法》"),
        ("terminology/policy-term", "党政主要领导人")]
    fine = report("“十三五”卫生健康事业发展规划确定的目标任务全面完成。", "落实“十四五”卫生健康事业发展规划。",
                  "党政主要领导高度重视，党政主要领导人亲自部署安全生产。", title=_title(2025))
    assert findings(fine, ("terminology/outdated", "terminology/policy-term")) == []
    # the plan just ended: its successor may not be out yet
    assert findings(report("继续落实“十三五”卫生健康事业发展规划。", title=_title(2021)), "terminology/outdated") == []


def test_the_data_work_of_an_earlier_census_named_as_current():
    text = report("扎实做好第四次全国经济普查数据发布和开发应用工作。", title=_title(2025))
    assert [f.rule_id for f in findings(text, "terminology/census-edition")] == ["terminology/census-edition"]
    fine = report("第四次全国经济普查数据显示，全县共有法人单位3200个。", title=_title(2025))
    assert findings(fine, "terminology/census-edition") == []


def test_the_banking_regulator_after_the_2023_reform():
    text = report("配合人民银行县支行、银保监局推动金融机构开展“首贷户”培育行动。", title=_title(2024))
    assert [f.matched for f in findings(text, "terminology/outdated")] == ["银保监局"]
    fine = [report("配合人民银行县支行、银保监局开展培育行动。", title=_title(2023)),
            report("原银保监局的职责已划入金融监管分局。", title=_title(2024))]
    assert all(findings(t, "terminology/outdated") == [] for t in fine)


def test_a_departments_own_legal_office_staff_and_a_misspelt_security_day():
    fine = report("在重大决策前坚持法律顾问和法制机构人员先行合法性审查。", title="县林业和草原局2022年度法治政府建设情况报告")
    assert findings(fine, "terminology/fazhi") == []
    text = report("结合“4·15”全名国家安全教育日开展宣传。", title=_title(2023))
    assert [f.suggestion for f in findings(text, "terminology/day-name")] == ["全民国家安全教育日"]


def test_the_labour_bureau_before_the_human_resources_reform():
    text = report("对接县劳动和社会保障局各业务股室，持续深化普法。", title=_title(2021))
    assert [(f.matched, f.suggestion) for f in findings(text, "terminology/outdated")] == [("劳动和社会保障", "人力资源和社会保障")]
    fine = report("原县劳动和社会保障局的档案已移交，劳动和社会保障部门职责由人社局承担。", title=_title(2021))
    assert findings(fine, "terminology/outdated") == []
