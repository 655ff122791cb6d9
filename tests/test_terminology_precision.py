"""Terminology rules on long realistic text: 法制 that names an office or a publisher, look-backs at
the 2015—2020 纲要 and the 七五 plan, the 2018 reform's offices, and new wrong forms."""

from __future__ import annotations

import pytest

from conftest import findings, report


def _title(year: int, unit: str = "平川县司法局") -> str:
    return f"{unit}关于{year}年度法治政府建设情况的报告"


def _hits(text: str, select: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


# -- 法制 that names an office, a post or a publisher -----------------------------------------------

@pytest.mark.parametrize("line", [
    "购置中国法制出版社出版的普法读本500册，发放给各村（社区）。",
    "配齐配强法制民警，县公安局法制室实行案件统一审核。",
    "加强公安法制工作，市公安局法制支队来我局开展执法质量考评。",
    "配合县人大法制委员会开展执法检查2次，县人大法制委专题听取汇报。",
    "各执法股室明确1名法制人员，乡镇配备法制专干。",
    "公安部法制局印发的执法细则已组织全员学习。",
    "法制不健全、法制不完善的问题在基层依然存在，农村法制健全程度有待提高。",
    "在县电视台法制频道开设普法专栏。",
])
def test_fazhi_in_the_name_of_an_office_or_a_publisher(line):
    assert _hits(report(line, title=_title(2023, "平川县公安局")), "terminology/fazhi") == []


def test_fazhi_in_a_compound_of_the_old_term_is_still_reported():
    text = report("开展法制宣传进社区活动12场，干部法制观念进一步增强。", title=_title(2023, "青石镇人民政府"))
    assert _hits(text, "terminology/fazhi") == [("法制宣传", "法治宣传"), ("法制观念", "法治观念")]


# -- the 2015—2020 纲要, the old 法制日报 and 扫黑除恶专项斗争 cited as the past -----------------------------

_OLD_GANGYAO = "法治政府建设实施纲要（2015—2020年）"


@pytest.mark.parametrize("line", [
    f"全面完成《{_OLD_GANGYAO}》确定的各项目标任务。",
    f"开展《{_OLD_GANGYAO}》落实情况总结评估，查找差距。",
    f"对照《{_OLD_GANGYAO}》实施以来的成效，谋划新一轮工作。",
    f"《{_OLD_GANGYAO}》各项任务全面完成，法治政府基本建成。",
])
def test_a_look_back_at_the_old_gangyao(line):
    assert _hits(report(line, title=_title(2021)), "terminology/outdated") == []


@pytest.mark.parametrize("line", [
    f"认真落实《{_OLD_GANGYAO}》，全面推进依法行政。",
    f"深入落实《{_OLD_GANGYAO}》各项要求，全面推进依法行政。",
])
def test_the_old_gangyao_as_the_current_plan(line):
    text = report(line, title=_title(2022))
    assert _hits(text, "terminology/outdated") == [(_OLD_GANGYAO, "法治政府建设实施纲要（2021—2025年）")]


def test_fazhi_ribao_dated_before_its_renaming():
    text = report("2019年《法制日报》报道了我县经验，《法制日报》2020年6月再次刊发。", title=_title(2021))
    assert _hits(text, "terminology/outdated") == []


def test_fazhi_ribao_as_a_current_paper():
    text = report("全年在《法制日报》等媒体刊发信息12篇。", title=_title(2023))
    assert _hits(text, "terminology/outdated") == [("法制日报", "法治日报")]


def test_the_results_of_the_special_campaign_are_kept():
    text = report("巩固扫黑除恶专项斗争成果，常态化开展扫黑除恶斗争。", title=_title(2022, "平川县公安局"))
    assert _hits(text, "terminology/outdated") == []


# -- offices of before the 2018—2019 reform ---------------------------------------------------------

def test_offices_merged_in_the_reform():
    text = report("县工商局、县食药监局联合县安监局开展执法检查。", title=_title(2023, "平川县市场监督管理局"))
    assert _hits(text, "terminology/outdated") == [("工商局", None), ("食药监局", None), ("安监局", None)]
    branch = report("配合区工商分局、镇工商所开展检查。", "个体工商户登记120户，县工商联组织培训。", title=_title(2024))
    assert _hits(branch, "terminology/outdated") == [("工商分局", None), ("工商所", None)]


def test_an_environmental_inspection_team_after_the_enforcement_reform():
    text = report("分局会同县环境监察大队开展入河排污口排查整治。", title=_title(2024, "平川县生态环境分局"))
    assert _hits(text, "terminology/outdated") == [("环境监察大队", None)]
    fine = report("原县环境监察大队整合为县生态环境保护综合行政执法大队，生态环境保护综合行政执法大队开展检查。",
                  title=_title(2024, "平川县生态环境分局"))
    assert _hits(fine, "terminology/outdated") == []
    assert _hits(report("县环境监察大队开展检查。", title=_title(2021)), "terminology/outdated") == []


@pytest.mark.parametrize("year, line", [
    (2023, "整合原县工商局、原食药监局、原县质监局的执法职责。"),
    # a list that opens with 原: every item is the former body (原县国家税务局、地方税务局; 原县工商局和县质监局)
    (2025, "原县国家税务局、地方税务局合并以来，我局持续整合普法资源。"),
    (2023, "2019年机构改革，原县工商局、县质监局、县食药监局整合组建县市场监督管理局。"),
    (2023, "原县工商局和县质监局的执法职能已全部划转。"),
    (2023, "整合原平川县工商局、原平川县食药监局的职责，原县环保局、原国土局的执法职责已划转。"),
    (2023, "县自然资源局编制国土空间规划，县生态环境局开展联合执法。"),
    (2019, "县工商局开展“双随机、一公开”检查12次。"),
    (2023, "废止《平川县卫生和计划生育局关于村卫生室管理的若干规定》《县工商局关于个体户登记的通知》等3件。"),
])
def test_a_former_office_or_an_early_year(year, line):
    assert _hits(report(line, title=_title(year)), "terminology/outdated") == []


@pytest.mark.parametrize("line", [
    "原县旅游局、原县文化局的执法职责由县文化市场综合执法大队承担。",
    "原平川县粮食局的储备粮监管职能已划转。",
    "原县公安消防大队移交地方管理后，消防监督检查由县消防救援大队负责。",
    "原县扶贫办的档案资料已移交县乡村振兴局。",
    "原国家旅游局发布的标准继续有效。",
    "原县农业局的执法职能整合后，县农业农村局组建农业综合行政执法大队。",
])
def test_a_former_body_named_as_such_is_a_look_back(line):
    assert _hits(report(line, title=_title(2023)), "terminology/outdated") == []


@pytest.mark.parametrize("line, wrong", [
    ("县旅游局开展旅游市场执法检查4次。", "旅游局"),
    ("县粮食局开展储备粮专项检查。", "粮食局"),
    ("县公安消防大队开展消防监督检查26次。", "公安消防"),
    ("县扶贫办开展政策宣讲。", "扶贫办"),
    ("由县农业局农业综合执法大队统一行使农业领域行政处罚权。", "农业局"),
])
def test_a_current_body_with_its_old_name(line, wrong):
    assert [m for m, _ in _hits(report(line, title=_title(2023)), "terminology/outdated")] == [wrong]


def test_look_back_in_a_user_entry(tmp_path):
    extra = tmp_path / "outdated.yaml"
    extra.write_text("outdated:\n  - {find: 县招商局, since: 2020, fix: 县投资促进中心, look_back: 原}\n", encoding="utf-8")
    options = {"terminology": {"extra": [str(extra)]}}
    text = report("县招商局组织签约项目12个，原县招商局、原平川县招商局的档案已移交。", title=_title(2023))
    assert [(f.matched, f.suggestion) for f in findings(text, "terminology/outdated", options=options)] == [
        ("县招商局", "县投资促进中心")]


def test_look_back_must_be_a_word():
    from fzlint_plugins.common import DataError, compile_pattern

    with pytest.raises(DataError, match="look_back"):
        compile_pattern({"find": "县招商局", "look_back": 3}, "outdated.yaml")


@pytest.mark.parametrize("line, wrong", [
    ("县委依法治县领导小组召开会议2次。", "县委依法治县领导小组"),
    ("全县依法治县领导小组办公室设在县司法局。", "依法治县领导小组"),
])
def test_the_old_leading_group(line, wrong):
    assert _hits(report(line, title=_title(2023)), "terminology/outdated") == [(wrong, None)]


@pytest.mark.parametrize("line", [
    "县委全面依法治县委员会召开第五次会议。",
    "原县委依法治县领导小组的职责由县委全面依法治县委员会承担。",
])
def test_the_committee_or_the_former_group(line):
    assert _hits(report(line, title=_title(2023)), "terminology/outdated") == []


# -- the 七五 plan looked back at -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "在“七五”普法取得成效的基础上，深入推进“八五”普法。",
    "巩固“七五”普法成果，深入实施“八五”普法规划。",
    "认真总结“七五”普法经验，创新普法方式。",
])
def test_a_look_back_at_the_seventh_plan(line):
    assert _hits(report(line, title=_title(2023)), "terminology/pufa-plan") == []


def test_a_retrospective_word_in_the_next_clause_does_not_excuse_the_plan():
    text = report("深入开展“七五”普法，以来访群众为重点开展宣传。", title=_title(2023))
    assert _hits(text, "terminology/pufa-plan") == [("七", "八")]


# -- 国家总体安全观 --------------------------------------------------------------------------------

def test_guojia_zongti_anquanguan():
    text = report("坚持国家总体安全观，统筹发展和安全。", title=_title(2023, "平川县公安局"))
    assert _hits(text, "terminology/standard-name") == [("国家总体安全观", "总体国家安全观")]


# -- words that only begin like an official day, a 党政第一责任人 of another duty --------------------------

@pytest.mark.parametrize("line", [
    "宪法日益深入人心，群众学法用法热情不断高涨。",
    "把禁毒日常宣传与“6·26”国际禁毒日集中宣传结合起来。",
])
def test_a_day_name_followed_by_another_word(line):
    assert _hits(report(line, title=_title(2023)), "terminology/day-name") == []


def test_a_day_name_still_reported_before_a_verb():
    text = report("在“12·4”宪法日开展集中宣传。", title=_title(2023))
    assert _hits(text, "terminology/day-name") == [("宪法日", "国家宪法日")]


def test_dangzheng_diyi_zerenren_of_other_duties():
    text = report("落实安全生产党政同责，严格落实河长制党政第一责任人责任。", title=_title(2023, "平川县水利局"))
    assert _hits(text, "terminology/policy-term") == []


def test_dangzheng_diyi_zerenren_of_the_rule_of_law():
    text = report("切实履行党政第一责任人职责，带头推进法治建设。", title=_title(2023))
    assert _hits(text, "terminology/policy-term") == [("党政第一责任人", "党政主要负责人")]


# -- outdated formulas: the fix only where it is mechanical, the history of a formula left alone ------

def test_xilie_zhongyao_jianghua_fixed_only_after_the_general_secretary():
    text = report("深入学习习近平总书记系列重要讲话精神，学习习近平总书记关于全面依法治国的系列重要讲话精神。",
                  title=_title(2021))
    assert _hits(text, "terminology/outdated") == [
        ("习近平总书记系列重要讲话精神", "习近平新时代中国特色社会主义思想"), ("系列重要讲话精神", None)]


def test_three_confidences_in_quotes_are_outdated():
    text = report("坚定“三个自信”，增强“四个意识”。", title=_title(2023))
    assert _hits(text, "terminology/outdated") == [("三个自信", "四个自信")]


def test_the_history_of_the_confidences():
    text = report("从“三个自信”到“四个自信”，理论认识不断深化。", title=_title(2023))
    assert _hits(text, "terminology/outdated") == []


@pytest.mark.parametrize("line", [
    "决胜全面建成小康社会取得决定性成就后，开启全面建设社会主义现代化国家新征程。",
    "2020年我县高质量完成决胜全面建成小康社会各项任务。",
])
def test_a_look_back_at_the_xiaokang_year(line):
    assert _hits(report(line, title=_title(2021)), "terminology/outdated") == []


def test_juesheng_xiaokang_as_a_current_goal():
    text = report("为决胜全面建成小康社会提供坚强法治保障。", title=_title(2023))
    assert _hits(text, "terminology/outdated") == [("决胜全面建成小康社会", None)]


def test_xinfang_tiaoli_without_title_marks():
    text = report("落实信访条例，贯彻《浙江省信访条例》，依法分类处理信访诉求。", title=_title(2022))
    assert _hits(text, "terminology/outdated") == [("信访条例", "信访工作条例")]


# -- 法制 inside a cited title: a hint without a fix ---------------------------------------------------

def test_fazhi_inside_a_cited_title_has_no_fix():
    text = report("贯彻《江苏省法制宣传教育条例》，在《法制与社会》发表论文1篇，深化法制宣传。", title=_title(2023))
    fs = findings(text, "terminology/fazhi")
    assert [(f.matched, f.severity.value, f.suggestion) for f in fs] == [
        ("法制宣传教育", "info", None), ("法制", "info", None), ("法制宣传", "warning", "法治宣传")]


def test_a_look_back_at_the_2015_goal():
    text = report("职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府基本建成。", title=_title(2021))
    assert _hits(text, "terminology/outdated") == []


def test_the_2015_goal_as_the_current_one():
    text = report("紧紧围绕职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的目标，推进依法行政。",
                  title=_title(2023))
    assert _hits(text, "terminology/outdated") == [("廉洁高效、守法诚信", None)]


def test_environment_and_land_offices_merged_in_the_reform():
    text = report("县环保局、县国土资源局开展联合执法。", title=_title(2023, "平川县生态环境分局"))
    assert _hits(text, "terminology/outdated") == [("环保局", None), ("国土资源局", None)]


def test_the_tourism_commission_merged_in_the_reform():
    text = report("配合省旅游发展委员会开展检查。", title=_title(2022, "青岚县文化和旅游局"))
    assert _hits(text, "terminology/outdated") == [("旅游发展委员会", None)]
    assert _hits(report("原省旅游发展委员会移交档案。", title=_title(2022)), "terminology/outdated") == []


def test_the_county_tourism_and_culture_offices_merged_in_the_reform():
    text = report("联合县旅游局、县文化局开展检查。", title=_title(2024, "云阶县文化和旅游局"))
    assert _hits(text, "terminology/outdated") == [("旅游局", None), ("文化局", None)]
    kept = report("县文化和旅游局、县文化广电和旅游局联合原县旅游局整理档案。", title=_title(2024, "云阶县文化和旅游局"))
    assert _hits(kept, "terminology/outdated") == []


def test_the_2019_campaign_carried_out_years_later():
    text = report("深入开展“不忘初心、牢记使命”主题教育，组织干部学习12次。", title=_title(2024))
    assert [f.matched for f in findings(text, "terminology/outdated")] == ["“不忘初心、牢记使命”主题教育"]
    kept = report("巩固深化“不忘初心、牢记使命”主题教育成果，开展党纪学习教育。", title=_title(2024))
    assert findings(kept, "terminology/outdated") == []
    assert findings(report("深入开展“不忘初心、牢记使命”主题教育。", title=_title(2019)), "terminology/outdated") == []


def test_the_three_in_place_formula_of_petition_work_swapped():
    text = report("做到诉求合理的解决问题到位、诉求无理的帮扶救助到位、生活困难的思想教育到位。")
    assert [f.matched for f in findings(text, "terminology/policy-term")] == ["诉求无理的帮扶救助到位", "生活困难的思想教育到位"]
    right = report("做到诉求合理的解决问题到位、诉求无理的思想教育到位、生活困难的帮扶救助到位。")
    assert findings(right, "terminology/policy-term") == []


def test_the_grain_bureau_renamed_in_the_reform():
    text = report("配合市粮食局开展跨县交叉检查2次。", title=_title(2025, "秀岭县粮食和物资储备局"))
    assert _hits(text, "terminology/outdated") == [("粮食局", None)]
    assert _hits(report("县粮食和物资储备局接收原县粮食局档案。", title=_title(2025)), "terminology/outdated") == []


def test_gongping_sifa_in_the_sixteen_character_formula():
    line = "统筹推进“科学立法、严格执法、公平司法、全民守法”各项要求。"
    assert _hits(report(line), "terminology/policy-term") == [("公平司法", "公正司法")]
    assert _hits(report("维护公平司法环境。"), "terminology/policy-term") == []
    line = "统筹推进科学立法、严格执法、公正执法、全民守法。"
    assert _hits(report(line), "terminology/policy-term") == [("公正执法", "公正司法")]
    assert _hits(report("坚持严格执法、公正执法、文明执法。"), "terminology/policy-term") == []


def test_the_three_year_safety_campaign_carried_on_after_2022():
    text = report("全面启动安全生产专项整治三年行动，聚焦危险化学品等重点行业。", title=_title(2023))
    assert [f.matched for f in findings(text, "terminology/outdated")] == ["安全生产专项整治三年行动"]
    kept = report("巩固安全生产专项整治三年行动成果，开展安全生产治本攻坚三年行动。", title=_title(2023))
    assert findings(kept, "terminology/outdated") == []
    assert findings(report("深入推进安全生产专项整治三年行动。", title=_title(2021)), "terminology/outdated") == []


def test_the_plan_goal_formula_ends_with_renmin_manyi():
    line = "建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、群众满意的法治政府。"
    assert _hits(report(line), "terminology/policy-term") == [("群众满意", "人民满意")]
    assert _hits(report("不断提升群众满意度，让群众满意。"), "terminology/policy-term") == []


def test_the_county_supervision_office_merged_into_the_supervisory_commission():
    text = report("配合县监察局、县纪委监委开展专项检查。", title=_title(2022, "宁川县审计局"))
    assert _hits(text, "terminology/outdated") == [("监察局", "监察委员会")]
    kept = report("配合国家矿山安全监察局某某局开展检查，协助原县监察局移交档案，联合县劳动保障监察大队执法。",
                  title=_title(2022, "宁川县应急管理局"))
    assert _hits(kept, "terminology/outdated") == []


# -- a law cited in an edition revised before the report year -----------------------------------------

@pytest.mark.parametrize("year, line, wrong, right", [
    (2023, "依据《中华人民共和国行政处罚法》（2017年修正）第三十二条作出处罚。", "2017年修正", "2021年修订"),
    (2024, "依照《中华人民共和国行政复议法》（2017年修正）办理复议案件。", "2017年修正", "2023年修订"),
    (2023, "学习《立法法》（2015年修正）。", "2015年修正", "2023年修正"),
])
def test_a_superseded_edition_of_a_law(year, line, wrong, right):
    assert _hits(report(line, title=_title(year)), "terminology/outdated") == [(wrong, right)]


@pytest.mark.parametrize("year, line", [
    (2021, "依据《中华人民共和国行政处罚法》（2017年修正）第三十二条作出处罚。"),
    (2023, "依照《中华人民共和国行政复议法》（2017年修正）办理复议案件。"),
    (2024, "严格执行《中华人民共和国行政处罚法》（2021年修订）和《中华人民共和国行政复议法》（2023年修订）。"),
])
def test_the_edition_in_force_in_the_report_year(year, line):
    assert _hits(report(line, title=_title(year)), "terminology/outdated") == []


# -- the next plan prepared -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "扎实做好“八五”普法总结验收，为“九五”普法奠定坚实基础。",
    "为“九五”普法开局做好准备。",
])
def test_preparing_the_ninth_plan(line):
    assert _hits(report(line, title=_title(2024)), "terminology/pufa-plan") == []


def test_the_ninth_plan_as_current_in_2024():
    text = report("深入实施“九五”普法规划，推动普法提质增效。", title=_title(2024))
    assert _hits(text, "terminology/pufa-plan") == [("九", "八")]


def test_the_sixteen_character_formula_with_quanmian_for_quanmin():
    line = "坚持科学立法、严格执法、公正司法、全面守法，推进法治政府建设。"
    assert _hits(report(line), "terminology/policy-term") == [("全面守法", "全民守法")]
    # 全面守法 outside the formula is ordinary text
    assert _hits(report("引导群众全面守法、自觉用法。"), "terminology/policy-term") == []


def test_the_sixteen_character_formula_ending_in_the_work_area_quanmin_pufa():
    line = "统筹推进“科学立法、严格执法、公正司法、全民普法”，对法治政府建设亲自部署。"
    assert _hits(report(line), "terminology/policy-term") == [("全民普法", "全民守法")]
    # the work areas listed without 科学立法 are no formula
    assert _hits(report("推进严格执法、公正司法、全民普法各项工作。"), "terminology/policy-term") == []


def test_summing_up_an_old_plan_years_after_its_end_is_a_slip():
    text = report("认真做好“七五”普法总结验收迎检工作。", title=_title(2025))
    assert _hits(text, "terminology/pufa-plan") == [("七", "八")]
    # the summing up in the years after its close, and look-backs at any time, are fine
    assert _hits(report("认真总结“七五”普法经验，深入实施“八五”普法。", title=_title(2022)), "terminology/pufa-plan") == []
    assert _hits(report("在“七五”普法取得成效的基础上，深入实施“八五”普法。", title=_title(2025)),
                 "terminology/pufa-plan") == []


def test_bixu_in_the_formula_of_statutory_duties():
    text = report("牢固树立“法无授权不可为，法定职责必需为”的理念。", title=_title(2025))
    assert _hits(text, "terminology/policy-term") == [("必需", "必须")]
    fine = report("牢固树立“法无授权不可为、法定职责必须为”的理念，保障执法必需的装备经费。", title=_title(2025))
    assert _hits(fine, "terminology/policy-term") == []
