"""Terminology rules on new instances: document years, 全国法治宣传日, 法制 that stays, 原法制办, a 2020 meeting."""

from __future__ import annotations

import pytest

from conftest import findings, report, rule_ids


def _title(year: int) -> str:
    return f"青石镇关于{year}年度法治政府建设情况的报告"


def _hits(text: str, select: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


# -- the years in the names of the central plans --------------------------------------------------

@pytest.mark.parametrize("line, wrong, right", [
    ("认真贯彻落实《法治中国建设规划（2021—2025年）》。", "法治中国建设规划（2021—2025年）",
     "法治中国建设规划（2020—2025年）"),
    ("学习《法治社会建设实施纲要（2021-2025年）》。", "法治社会建设实施纲要（2021-2025年）",
     "法治社会建设实施纲要（2020—2025年）"),
    ("对照《法治政府建设实施纲要（2020—2025年）》查摆问题。", "法治政府建设实施纲要（2020—2025年）",
     "法治政府建设实施纲要（2021—2025年）"),
])
def test_wrong_years_in_a_plan_name(line, wrong, right):
    assert _hits(report(line, title=_title(2023)), "terminology/standard-name") == [(wrong, right)]


@pytest.mark.parametrize("line", [
    "学习《法治社会建设实施纲要（2020-2025年）》和《法治中国建设规划(2020—2025年)》。",
    "认真贯彻落实《法治政府建设实施纲要（2021—2025年）》。",
    "对照《法治政府建设实施纲要（2015—2020年）》开展总结评估。",
    "认真落实《法治政府建设实施纲要（2021-2025）》。",
])
def test_right_years_in_a_plan_name(line):
    assert rule_ids(report(line, title=_title(2020)), "terminology/standard-name") == []


# -- 12·4 --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, wrong", [
    ("围绕“12·4”全国法治宣传日开展宣传。", "全国法治宣传日"),
    ("在12·4法治宣传日当天开展集中宣传。", "法治宣传日"),
])
def test_fazhi_xuanchuan_ri_on_december_4(line, wrong):
    assert _hits(report(line), "terminology/day-name") == [(wrong, "国家宪法日")]


def test_a_village_fazhi_xuanchuan_ri_is_left_alone():
    assert rule_ids(report("坚持每月15日为村法治宣传日，开展以案释法。"), "terminology/day-name") == []


# -- 法制 that stays 法制 ------------------------------------------------------------------------------

def test_constitution_article_5_keeps_fazhi():
    text = report("国家维护社会主义法制的统一和尊严，维护社会主义法制统一。")
    assert rule_ids(text, "terminology/fazhi") == []


def test_fazhi_after_socialism_is_still_reported():
    assert _hits(report("不断健全社会主义法制。"), "terminology/fazhi") == [("法制", "法治")]


def test_former_fazhi_office_is_not_outdated():
    text = report("配合原市政府法制办公室完成清理工作，原县法制办人员已转隶，该职能原由县政府法制办指导。", title=_title(2020))
    assert rule_ids(text, "terminology/outdated") == []


def test_current_fazhi_office_is_outdated():
    text = report("积极配合县政府法制办做好规范性文件备案工作。", title=_title(2020))
    assert [f.matched for f in findings(text, "terminology/outdated")] == ["政府法制办"]


# -- 中央全面依法治国工作会议 (first held in November 2020) ---------------------------------------------

def test_work_conference_before_it_was_held():
    text = report("认真学习中央全面依法治国工作会议精神。", title=_title(2019))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["中央全面依法治国工作会议"]


def test_work_conference_after_it_was_held():
    text = report("认真学习中央全面依法治国工作会议精神。", title=_title(2020))
    assert rule_ids(text, "terminology/anachronism") == []


# -- preparing the next 普法 plan ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "三是谋划“九五”普法规划衔接工作，创新法治宣传方式。",
    "做好“九五”普法规划编制前期调研。",
])
def test_preparing_the_next_pufa_plan_is_fine(line):
    assert rule_ids(report(line, title=_title(2024)), "terminology/pufa-plan") == []


def test_a_later_pufa_plan_as_current_is_reported():
    text = report("全面启动“九五”普法，推动法治宣传教育走深走实。", title=_title(2024))
    assert [f.matched for f in findings(text, "terminology/pufa-plan")] == ["九"]


# -- 法制 units and titles that keep their name ------------------------------------------------------

def test_fazhi_units_and_titles_are_left_alone():
    text = report("局法制室、市公安局法制支队、省厅法制处联合开展培训，订阅《法制晚报》。")
    assert rule_ids(text, "terminology/fazhi") == []


def test_fazhi_shencha_gets_a_hint_without_a_wrong_fix():
    fs = findings(report("对该案进行法制审查后作出决定。"), "terminology/fazhi")
    assert [(f.matched, f.suggestion, f.severity.name) for f in fs] == [("法制审查", None, "INFO")]
    assert "法制审核" in fs[0].message.zh


# -- names that did not exist yet ------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("大力发展新质生产力。", "新质生产力"),
    ("扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
     "学习贯彻习近平新时代中国特色社会主义思想主题教育"),
])
def test_names_of_2023(line, name):
    assert [f.matched for f in findings(report(line, title=_title(2022)), "terminology/anachronism")] == [name]
    assert rule_ids(report(line, title=_title(2023)), "terminology/anachronism") == []


def test_the_party_discipline_education_began_in_april_2024():
    line = "结合党纪学习教育，组织机关党员干部学习《中国共产党纪律处分条例》。"
    text = report(line, "凤栖街道办事处", "2024年2月6日", title=_title(2023))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["党纪学习教育"]
    assert rule_ids(report(line, title=_title(2024)), "terminology/anachronism") == []


def test_covid_pneumonia_renamed_in_december_2022():
    line = "统筹做好新冠肺炎疫情防控和法治建设工作。"
    assert _hits(report(line, title=_title(2023)), "terminology/outdated") == [("新冠肺炎", "新冠病毒感染")]
    assert rule_ids(report(line, title=_title(2021)), "terminology/outdated") == []


# -- 法制副校长 became 法治副校长 in 2022 -------------------------------------------------------------------

def test_fazhi_fuxiaozhang_by_year():
    line = "为全镇中小学聘请法制副校长6名。"
    assert _hits(report(line, title=_title(2023)), "terminology/fazhi") == [("法制副校长", "法治副校长")]
    assert rule_ids(report(line, title=_title(2020)), "terminology/fazhi") == []
    assert rule_ids(report(line, title="青石镇法治政府建设情况的报告"), "terminology/fazhi") == ["terminology/fazhi"]


def test_a_quoted_term_the_sentence_talks_about_is_not_used():
    mentions = report("部分学校仍沿用“法制副校长”的称谓，已督促统一更正。",
                      "将“法制宣传教育中心”更名为“法治宣传教育中心”。",
                      "文件中不再出现“法制政府”字样。", title=_title(2024))
    assert rule_ids(mentions, "terminology") == []
    used = report("为全镇中小学聘请“法制副校长”6名，开展“法制进校园”活动，“法制副校长”全覆盖。", title=_title(2024))
    assert [f.matched for f in findings(used, "terminology/fazhi")] == ["法制副校长", "法制", "法制副校长"]


def test_four_comprehensives_before_and_after_2020():
    line = "统筹推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。"
    fs = findings(report(line, title=_title(2022)), "terminology/outdated")
    assert [f.suggestion for f in fs] == ["全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党"]
    assert rule_ids(report(line, title=_title(2019)), "terminology/outdated") == []
    new = "协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党战略布局。"
    assert rule_ids(report(new, title=_title(2022)), "terminology/outdated") == []


@pytest.mark.parametrize("line", [
    "深入学习习近平新时代中国特色社会主义经济思想。",
    "学习习近平新时代中国特色社会主义外交思想和强军思想。",
])
def test_first_full_names_of_the_other_thoughts_are_not_garbled(line):
    assert rule_ids(report(line, title=_title(2020)), "terminology/standard-name") == []


def test_a_garbled_guiding_thought_is_still_reported():
    text = report("学习习近平新时代中国特社会主义思想。")
    assert _hits(text, "terminology/standard-name") == [
        ("习近平新时代中国特社会主义思想", "习近平新时代中国特色社会主义思想")]


def test_a_plenary_session_by_its_full_name():
    text = report("深入学习贯彻党的二十届中央委员会第三次全体会议精神。", title=_title(2023))
    assert [f.matched for f in findings(text, "terminology/anachronism")] == ["二十届中央委员会第三次全体会议"]
    assert rule_ids(report("深入学习贯彻党的二十届中央委员会第三次全体会议精神。"), "terminology/anachronism") == []


def test_pufa_plan_named_in_full_with_pufa():
    text = report("认真落实第七个五年普法规划。", title=_title(2023))
    assert [f.matched for f in findings(text, "terminology/pufa-plan")] == ["第七个五年普法规划"]
    assert rule_ids(report("认真落实第八个五年普法规划。", title=_title(2023)), "terminology/pufa-plan") == []


@pytest.mark.parametrize("line, wrong, right", [
    ("认真落实《法治政府建设规划（2021—2025年）》。", "法治政府建设规划", "法治政府建设实施纲要"),
    ("学习《法治中国建设实施纲要（2020—2025年）》。", "法治中国建设实施纲要", "法治中国建设规划"),
    ("学习《法治社会建设规划（2020—2025年）》。", "法治社会建设规划", "法治社会建设实施纲要"),
])
def test_plan_and_outline_swapped(line, wrong, right):
    assert _hits(report(line), "terminology/standard-name") == [(wrong, right)]


def test_a_local_plan_keeps_its_name():
    text = report("落实《青山县法治政府建设规划（2021—2025年）》和《青山县法治社会建设规划》。")
    assert rule_ids(text, "terminology/standard-name") == []


def test_shijie_jindu_ri_is_replaced_whole():
    text = report("在“6·26”世界禁毒日开展宣传。")
    assert _hits(text, "terminology/day-name") == [("世界禁毒日", "国际禁毒日")]


@pytest.mark.parametrize("line, wrong, right", [
    ("开展中国宪法日宣传活动。", "中国宪法日", "国家宪法日"),
    ("在3·15世界消费者权益保护日开展宣传。", "世界消费者权益保护日", "国际消费者权益日"),
    ("在3·15世界消费者权益日开展宣传。", "世界消费者权益日", "国际消费者权益日"),
    ("以“6·5”世界环境保护日为契机开展宣传。", "世界环境保护日", "世界环境日"),
    ("在8月15日全国生态环境日开展宣传。", "全国生态环境日", "全国生态日"),
    ("利用“中国文化遗产日”集中宣传文物保护法。", "中国文化遗产日", "文化和自然遗产日"),
    ("结合“3·23”世界气候日开展气象科普宣传。", "世界气候日", "世界气象日"),
])
def test_day_names_with_a_wrong_prefix_are_replaced_whole(line, wrong, right):
    assert _hits(report(line), "terminology/day-name") == [(wrong, right)]


def test_the_environment_and_ecology_days_named_right_are_left_alone():
    text = report("以“6·5”世界环境日、“8·15”全国生态日为契机，开展“六五环境日”宣传和环境保护日常巡查。",
                  "在“文化和自然遗产日”开展宣传，保护世界文化遗产。", "结合“3·23”世界气象日开展科普，应对全球气候变化。")
    assert rule_ids(text, "terminology/day-name") == []


# -- census editions --------------------------------------------------------------------------------

@pytest.mark.parametrize("year, line, wrong, right", [
    (2023, "配合做好第四次全国经济普查单位清查和入户登记工作。", "四", "五"),
    (2022, "抽调网格员参与四经普清查摸底。", "四", "五"),
    (2024, "组织开展第三次全国文物普查，登录不可移动文物12处。", "三", "四"),
    (2026, "完成第二次全国污染源普查入户调查。", "二", "三"),
    (2030, "积极配合第七次全国人口普查现场登记。", "七", "八"),
    (2025, "扎实推进第三次全国农业普查各项工作。", "三", "四"),
])
def test_an_earlier_census_edition_as_current_work(year, line, wrong, right):
    assert _hits(report(line, title=_title(year)), "terminology/census-edition") == [(wrong, right)]


@pytest.mark.parametrize("year, line, wrong", [
    (2019, "完成五经普入户登记，普查数据按时上报。", "五"),
    (2017, "配合开展第七次全国人口普查现场登记工作。", "七"),
])
def test_a_census_edition_not_begun_is_reported(year, line, wrong):
    assert _hits(report(line, title=_title(year)), "terminology/census-edition") == [(wrong, None)]


@pytest.mark.parametrize("year, line", [
    (2023, "配合做好第五次全国经济普查单位清查工作。"),
    (2024, "完成五经普数据审核，及时公布普查公报。"),
    (2023, "运用第四次全国经济普查成果，摸清辖区企业底数。"),
    (2024, "第七次全国人口普查数据显示，全镇常住人口3.2万人。"),
    (2022, "根据第三次全国国土调查，划定永久基本农田1.2万亩。"),
    (2021, "做好第五次全国经济普查前期准备。"),
    (2020, "谋划第五次全国经济普查相关工作。"),
    (2018, "配合做好第七次全国人口普查筹备工作。"),
    (2021, "完成第三次全国国土调查成果汇交。"),
    (2019, "完成第二次全国地名普查成果转化。"),
])
def test_census_editions_of_the_year_and_their_results_are_fine(year, line):
    assert rule_ids(report(line, title=_title(year)), "terminology/census-edition") == []


def test_census_edition_needs_the_report_year():
    text = report("配合做好第四次全国经济普查单位清查工作。", title="青石镇法治政府建设情况的报告")
    assert rule_ids(text, "terminology/census-edition") == []


# -- bodies and plans of earlier years ---------------------------------------------------------------

@pytest.mark.parametrize("year, line, wrong", [
    (2022, "认真落实国家林业局关于林业行政执法规范化建设的部署。", "国家林业局"),
    (2022, "会同县扶贫开发办公室开展防止返贫动态监测。", "扶贫开发办公室"),
    (2024, "严格依照《城市房屋拆迁管理条例》组织入户调查和补偿安置。", "《城市房屋拆迁管理条例》"),
    (2021, "转发国土资源部、环境保护部有关通知。", "国土资源部"),
    (2024, "会同县审计局、县地税局等成员单位开展联合检查。", "地税局"),
    (2024, "按照国家卫生计生委有关公立医院章程建设的要求修订章程。", "卫生计生委"),
    (2025, "组织学习《营业税暂行条例》等现行税收法律法规。", "《营业税暂行条例》"),
    (2022, "依据《无照经营查处取缔办法》开展无照经营专项清理。", "《无照经营查处取缔办法》"),
    (2024, "年底向县委全面依法治县领导小组书面述法。", "县委全面依法治县领导小组"),
    (2024, "由公安机关消防机构对承诺内容实施事后核查。", "公安机关消防机构"),
    (2023, "按照国家粮食局关于粮食库存检查的工作要求开展清查。", "国家粮食局"),
    (2022, "查处卖淫嫖娼违法人员23人，其中对4人依法收容教育。", "收容教育"),
    (2025, "查处治安案件2214起，对3名吸毒人员处以劳动教养，行政拘留违法人员487人。", "劳动教养"),
    (2023, "依据《公司登记管理条例》，对63户企业依法吊销营业执照。", "《公司登记管理条例》"),
    (2024, "会同县规划局、县城市管理局开展违法建设专项整治。", "规划局"),
    (2024, "镇综治委定期研判社会稳定形势。", "综治委"),
    (2024, "组织开展新型农村社会养老保险待遇资格认证。", "新型农村社会养老保险"),
    (2024, "严格依照《中华人民共和国城乡规划法》和《城市规划法》有关规定查处。", "《城市规划法》"),
    (2025, "严格落实《打赢蓝天保卫战三年行动计划》要求。", "《打赢蓝天保卫战三年行动计划》"),
    (2025, "对交通部印发的农村公路管理政策文件，主要负责人亲自组织研究。", "交通部"),
    (2024, "落实农业部关于农资打假的部署，转发文化部、卫生部有关通知。", "农业部"),
    (2025, "按照农业部统一部署开展农资打假。", "农业部"),
])
def test_bodies_and_regulations_replaced_before_the_year(year, line, wrong):
    assert wrong in [f.matched for f in findings(report(line, title=_title(year)), "terminology/outdated")]


@pytest.mark.parametrize("year, line", [
    (2018, "认真落实国家林业局关于林业行政执法的部署。"),
    (2021, "会同县扶贫开发办公室开展防止返贫动态监测。"),
    (2024, "承接原国家林业局、原县扶贫办的职能，协调农业部门、国土资源部门。"),
    (2024, "依照《国有土地上房屋征收与补偿条例》组织补偿安置。"),
    (2024, "协助原县地税局人员分流，配合县税务局开展国地税合并后的档案移交。"),
    (2024, "原县委全面依法治县领导小组的职责由县委全面依法治县委员会承担。"),
    (2022, "收容教育制度废止后，原收容教育所撤销，原公安机关消防机构的职责由消防救援机构承担。"),
    (2024, "劳动教养制度废止后，原劳教所改建为戒毒所。"),
    (2024, "会同县自然资源和规划局、原县规划局留用人员整理档案。"),
    (2024, "原镇综治委的职责由镇平安建设领导小组承担，综治中心规范运行。"),
    (2018, "会同县地税局开展联合检查。"),
    (2024, "加强与交通部门、农业部门、文化部门协作，落实交通部署，原交通部印发的规定继续参照执行。"),
    (2007, "对交通部印发的农村公路管理政策文件，主要负责人亲自组织研究。"),
    (2025, "街道调阅原区工商局青石工商所（2019年机构改革后更名为青石市场监管所）存档的登记材料。"),
])
def test_bodies_of_their_time_and_named_former_ones_are_fine(year, line):
    assert rule_ids(report(line, title=_title(year)), "terminology/outdated") == []


@pytest.mark.parametrize("line, title", [
    ("我局以《中国教育现代化2035》和《国家中长期教育改革和发展规划纲要（2010—2020年）》为指引，制定工作要点。",
     "《国家中长期教育改革和发展规划纲要（2010—2020年）》"),
    ("全年审批的37宗建设用地均符合《青禾县土地利用总体规划（2006—2020年）》确定的用途。",
     "《青禾县土地利用总体规划（2006—2020年）》"),
    ("对照《青崖县林业发展“十三五”规划》确定的森林覆盖率指标，分解年度任务。", "《青崖县林业发展“十三五”规划》"),
    ("对照县“十三五”规划纲要确定的重大项目清单，建立推进台账。", "“十三五”规划"),
    ("3宗用地依据《安平县土地利用总体规划（2006—2020年）》完成规划符合性审查后报批。",
     "《安平县土地利用总体规划（2006—2020年）》"),
])
def test_expired_plans_followed_by_more_verbs_and_titled_by_their_number(line, title):
    fs = findings(report(line, title=_title(2024)), "terminology/outdated")
    assert [f.message.zh.split("的规划期")[0] for f in fs] == [title]


@pytest.mark.parametrize("line", [
    "以《国家中长期教育改革和发展规划纲要（2010—2020年）》印发为契机，回顾十年成效。",
    "《青崖县林业发展“十三五”规划》确定的目标全面完成。",
    "依据《安平县土地利用总体规划（2006—2020年）》确定的目标任务全面完成。",
    "对照《青崖县林业发展“十四五”规划》确定的指标，分解年度任务。",
    "以《青禾县国土空间总体规划（2021—2035年）》为指引，严格用途管制。",
])
def test_plans_of_the_period_and_other_uses_of_yi_are_fine(line):
    assert rule_ids(report(line, title=_title(2024)), "terminology/outdated") == []


# -- only ministries and provincial and city governments make 规章 ---------------------------------------

def test_a_township_or_county_unit_that_says_it_made_rules():
    text = report("年内充实执法人员2名，并出台规章2件规范镇域执法行为。", title="石门镇2023年法治政府建设情况报告")
    fs = findings(text, "terminology/rulemaking-power")
    assert [f.matched for f in fs] == ["出台规章"]
    assert "石门镇无权制定规章" in fs[0].message.zh
    county = report("本局制定了3部规章，印发政府规章1件。", title="青岚县市场监督管理局2024年法治政府建设情况报告")
    assert [f.matched for f in findings(county, "terminology/rulemaking-power")] == ["制定了3部规章", "印发政府规章"]
    topic = report("加强港区制度建设。研究制定渔港管理规章，推动港区治理规范化。", title="铜港镇2021年法治政府建设情况报告")
    assert [f.matched for f in findings(topic, "terminology/rulemaking-power")] == ["制定渔港管理规章"]


def test_rules_a_local_unit_only_studies_cites_or_helps_to_make_are_left_alone():
    local = report("建立健全内部规章制度12项，制定规章制度汇编，制定安全生产管理规章制度，学习法律法规规章，配合市政府起草规章1件，"
                   "积极参与省政府制定规章的立法调研，对照《青石市城市管理条例》和市政府规章开展执法。",
                   title="石门镇2023年法治政府建设情况报告")
    assert findings(local, "terminology/rulemaking-power") == []
    city = report("市政府制定规章2件。", title="青石市人民政府2023年法治政府建设情况报告")  # a city may
    assert findings(city, "terminology/rulemaking-power") == []
