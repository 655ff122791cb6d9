"""Names of laws (slips in the name of a national law, laws cited before they were adopted), the old
纲要 as the yardstick of current work, and words put into the name 习近平法治思想."""

from __future__ import annotations

import pytest

from conftest import findings, report


def _title(year: int) -> str:
    return f"白沙乡人民政府关于{year}年度法治政府建设情况的报告"


def _hits(text: str, select: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


LAW = "terminology/law-name"
ANACHRONISM = "terminology/anachronism"


# -- slips in the name of a law ---------------------------------------------------------------------

@pytest.mark.parametrize("line, wrong, right", [
    # a word too many
    ("组织执法人员学习《中华人民共和国道路交通安全管理法》，开展交通安全宣传12场。",
     "道路交通安全管理法", "道路交通安全法"),
    ("严格执行《中华人民共和国安全生产管理法》，开展隐患排查46次。", "安全生产管理法", "安全生产法"),
    ("依据《中华人民共和国行政强制执行法》规范查封扣押程序。", "行政强制执行法", "行政强制法"),
    ("开展《未成年人权益保护法》进校园活动8场。", "未成年人权益保护法", "未成年人保护法"),
    ("贯彻《中华人民共和国义务教育促进法》，做好控辍保学。", "义务教育促进法", "义务教育法"),
    # a word too few
    ("落实《中华人民共和国乡村振兴法》，推进乡村治理。", "乡村振兴法", "乡村振兴促进法"),
    ("宣传《反电信诈骗法》，守护群众钱袋子。", "反电信诈骗法", "反电信网络诈骗法"),
    ("开展《个人信息法》宣讲。", "个人信息法", "个人信息保护法"),
    # a word swapped
    ("“三八”维权周宣传《中华人民共和国妇女权益保护法》，发放资料500份。", "妇女权益保护法", "妇女权益保障法"),
    ("贯彻《中华人民共和国科学技术促进法》，推动科技成果转化。", "科学技术促进法", "科学技术进步法"),
    ("重阳节开展《老年人权益保护法》专题宣讲。", "老年人权益保护法", "老年人权益保障法"),
    ("举办《中华人民共和国消费者权利保护法》宣传活动。", "消费者权利保护法", "消费者权益保护法"),
    ("宣传《中华人民共和国传染病防控法》。", "传染病防控法", "传染病防治法"),
    ("学习《中华人民共和国传染病预防法》等法律法规。", "传染病预防法", "传染病防治法"),
    ("开展《职业病预防法》宣传周活动。", "职业病预防法", "职业病防治法"),
    ("依照《中华人民共和国行政应诉法》要求，规范行政应诉工作流程。", "行政应诉法", "行政诉讼法"),
    ("依据《中华人民共和国行政许可办法》规范许可程序。", "行政许可办法", "行政许可法"),
    ("开展《中华人民共和国水土保护法》执法检查2次。", "水土保护法", "水土保持法"),
    ("宣传《中华人民共和国村民委员会自治法》。", "村民委员会自治法", "村民委员会组织法"),
    # 条例 for the 法 of a law
    ("认真贯彻《中华人民共和国法律援助条例》，办理法律援助案件36件。", "法律援助条例", "法律援助法"),
    ("对照《中华人民共和国土地管理条例》开展违法用地整治。", "土地管理条例", "土地管理法"),
    ("开展《中华人民共和国禁毒条例》宣传。", "禁毒条例", "禁毒法"),
])
def test_a_slip_in_the_name_of_a_law(line, wrong, right):
    assert _hits(report(line, title=_title(2024)), LAW) == [(wrong, right)]


@pytest.mark.parametrize("line, wrong, right", [
    ("深入贯彻《宗教事务管理条例》，开展宗教场所安全检查。", "宗教事务管理条例", "宗教事务条例"),
    ("落实《中华人民共和国政府信息公开法》，主动公开信息186条。", "政府信息公开法", "政府信息公开条例"),
    ("严格执行《信访法》，畅通群众诉求表达渠道。", "信访法", "信访工作条例"),
    ("宣传《气象灾害防御法》，发布预警信息56条。", "气象灾害防御法", "气象灾害防御条例"),
    ("宣传《全民健身法》，举办全民健身活动12场。", "全民健身法", "全民健身条例"),
    ("严格执行《取水许可和水资源费征收管理办法》。", "取水许可和水资源费征收管理办法", "取水许可和水资源费征收管理条例"),
    ("学习《中华人民共和国土地管理法实施细则》。", "土地管理法实施细则", "土地管理法实施条例"),
    ("依照《中华人民共和国审计法实施细则》开展审计。", "审计法实施细则", "审计法实施条例"),
    ("执行《城市道路条例》，查处挖掘道路行为9起。", "城市道路条例", "城市道路管理条例"),
    ("依据《社会组织登记管理条例》开展社会组织年检。", "社会组织登记管理条例", "社会团体登记管理条例"),
    ("严格执行《医疗保障基金使用监管条例》。", "医疗保障基金使用监管条例", "医疗保障基金使用监督管理条例"),
    # the old name of a body (医疗保险) and a word short (使用)
    ("严格落实《医疗保险基金监督管理条例》，开展打击欺诈骗保专项整治。", "医疗保险基金监督管理条例", "医疗保障基金使用监督管理条例"),
    # the words in another order
    ("贯彻《农民工工资支付保障条例》，追回欠薪85万元。", "农民工工资支付保障条例", "保障农民工工资支付条例"),
    ("宣传《中华人民共和国权益保障妇女法》。", "权益保障妇女法", "妇女权益保障法"),
])
def test_a_slip_in_the_name_of_a_regulation(line, wrong, right):
    assert _hits(report(line, title=_title(2024)), LAW) == [(wrong, right)]


def test_regulations_by_their_names_local_and_implementing_ones_are_fine():
    text = report("执行《信访工作条例》《宗教事务条例》《中华人民共和国政府信息公开条例》《保障农民工工资支付条例》，"
                  "落实《贵州省宗教事务条例》《中华人民共和国土地管理法实施条例》《医疗废物管理条例》《物业服务条例》，"
                  "执行《社会救助暂行办法》《行政执法证件管理办法》《中华人民共和国税收征收管理法实施细则》。",
                  title=_title(2024))
    assert _hits(text, LAW) == []


def test_the_prefix_is_kept_as_written():
    text = report("学习《中华人民共和国安全生产管理法》和《安全生产管理法》释义。", title=_title(2024))
    assert _hits(text, LAW) == [("安全生产管理法", "安全生产法")] * 2


@pytest.mark.parametrize("line", [
    # the laws by their names, with and without the prefix, with an edition or as a bill
    "学习《中华人民共和国宪法》《中华人民共和国民法典》《中华人民共和国行政处罚法》《行政复议法》。",
    "宣传《中华人民共和国农村土地承包经营纠纷调解仲裁法》《中华人民共和国劳动争议调解仲裁法》。",
    "宣传《中华人民共和国可再生能源法》《中华人民共和国节约能源法》《中华人民共和国人民武装警察法》。",
    "学习《中华人民共和国安全生产法（2021年修正）》。",
    "对《中华人民共和国行政复议法（修订草案）》提出意见2条。",
    "学习《中华人民共和国刑法修正案（十二）》。",
    # regulations of the State Council, implementing and local regulations, acts named 条例
    "严格执行《信访工作条例》《保障农民工工资支付条例》《公路安全保护条例》《劳动保障监察条例》。",
    "落实《中华人民共和国政府信息公开条例》《重大行政决策程序暂行条例》《优化营商环境条例》。",
    "依据《中华人民共和国土地管理法实施条例》《中华人民共和国监察法实施条例》开展工作。",
    "贯彻《中华人民共和国道路运输条例》《中华人民共和国户口登记条例》《中华人民共和国电信条例》。",
    "学习《中华人民共和国外国人入境出境管理条例》《中华人民共和国出境入境管理法》。",
    "学习《中华人民共和国学位条例》《中华人民共和国外交特权与豁免条例》。",
    "学习《贵州省安全生产条例》《黔东南州民族团结进步条例》《黑龙江省行政复议条例》。",
    # not laws: measures, work methods, short forms, bills
    "制定《白沙乡行政规范性文件管理办法》，推广《五步调解工作法》。",
    "组织学习《刑诉法》《民诉法》《代表法》《保密法》相关条款。",
    "积极参与《社会救助法》《医疗保障法》立法调研。",
    # two laws it could be a slip for: not reported
    "学习《交通安全法》《所得税法》。",
    "落实《行政许可实施办法》《青石县行政应诉工作办法》《中华人民共和国发票管理办法》。",
    "宣传《中华人民共和国预防未成年人犯罪法》《中华人民共和国职业病防治法》《医疗纠纷预防和处理条例》。",
    # a word before the name of a law names another law: no guess
    "宣传《农村公路法》《城市道路交通安全法》。",
    # 促进 and 进步 both in names of laws
    "宣传《中华人民共和国科学技术进步法》《中华人民共和国就业促进法》《中华人民共和国民族团结进步促进条例》。",
])
def test_right_names_and_other_documents_are_left_alone(line):
    assert _hits(report(line, title=_title(2024)), LAW) == []


@pytest.mark.parametrize("line, regulation", [
    ("深入贯彻《中华人民共和国宗教事务条例》，开展宗教活动场所安全检查12次。", "宗教事务条例"),
    ("严格执行《中华人民共和国农药管理条例》，检查农资经营门店46家。", "农药管理条例"),
    ("学习《中华人民共和国优化营商环境条例》《保障农民工工资支付条例》。", "优化营商环境条例"),
])
def test_a_regulation_of_the_state_council_cited_with_the_prefix_of_a_law(line, regulation):
    got = findings(report(line, title=_title(2024)), LAW)
    assert [(f.matched, f.suggestion) for f in got] == [("中华人民共和国", "")]
    assert regulation in got[0].message.text("zh")


def test_regulations_named_with_the_prefix_and_laws_keep_it():
    text = report("落实《中华人民共和国政府信息公开条例》《中华人民共和国道路运输条例》《中华人民共和国防汛条例》"
                  "《中华人民共和国市场主体登记管理条例》，学习《中华人民共和国学位条例》《中华人民共和国行政处罚法》，"
                  "执行《中华人民共和国土地管理法实施条例》《中华人民共和国电信条例》《宗教事务条例》。",
                  title=_title(2024))
    assert _hits(text, LAW) == []


def test_a_users_law_list_extends_the_known_names(tmp_path):
    extra = tmp_path / "laws.yaml"
    extra.write_text("laws:\n  - 乡村振兴法\n", encoding="utf-8")
    text = report("落实《乡村振兴法》。", title=_title(2024))
    assert _hits(text, LAW) == [("乡村振兴法", "乡村振兴促进法")]
    got = findings(text, LAW, options={"terminology": {"extra": [str(extra)]}})
    assert got == []


@pytest.mark.parametrize("line, wrong, right", [
    ("依据新修订的《行政处罚条例》，梳理公布首违不罚清单。", "行政处罚条例", "行政处罚法"),
    ("严格执行《行政许可条例》，压减审批时限。", "行政许可条例", "行政许可法"),
    ("全年办理行政复议案件12件，均依照《行政复议条例》审理。", "行政复议条例", "行政复议法"),
    ("对照《国家赔偿条例》办理赔偿案件1件。", "国家赔偿条例", "国家赔偿法"),
    ("严格依照《劳动争议调解仲裁条例》规定的时限审理案件。", "劳动争议调解仲裁条例", "劳动争议调解仲裁法"),
    ("依据《农村土地承包经营纠纷调解仲裁条例》受理纠纷3件。", "农村土地承包经营纠纷调解仲裁条例", "农村土地承包经营纠纷调解仲裁法"),
    ("严格执行《税收征收管理条例》，规范税务执法。", "税收征收管理条例", "税收征收管理法"),
])
def test_a_law_on_a_national_matter_named_as_a_regulation_without_the_prefix(line, wrong, right):
    """No regulation, national or local, is named for 行政处罚 (a province's act on it is an 实施办法)."""
    assert _hits(report(line, title=_title(2024)), LAW) == [(wrong, right)]


@pytest.mark.parametrize("line", [
    # a province's regulation may be cited without the province: its matter is not the nation's alone
    "贯彻《安全生产条例》，开展隐患排查46次。",
    "落实《湖南省行政程序规定》《浙江省行政执法条例》《江西省实施〈中华人民共和国行政处罚法〉办法》。",
    "学习《中华人民共和国行政复议法实施条例》和《行政许可法》。",
    "执行《治安管理处罚法》和《行政执法条例》。",
    "落实《劳动人事争议仲裁办案规则》和《中华人民共和国劳动争议调解仲裁法》，宣传《人民调解条例》。",
    "学习《中华人民共和国税收征收管理法实施细则》和《发票管理办法》。",
])
def test_regulations_of_matters_local_acts_also_cover_are_left_alone(line):
    assert _hits(report(line, title=_title(2024)), LAW) == []


def test_a_regulation_of_the_state_council_named_as_a_measure_cited_as_a_regulation():
    text = report("严格执行《中华人民共和国发票管理条例》，落实《社会救助暂行条例》。", title=_title(2024))
    got = findings(text, LAW)
    assert [(f.matched, f.suggestion) for f in got] == [("发票管理条例", "发票管理办法"), ("社会救助暂行条例", "社会救助暂行办法")]
    assert "《中华人民共和国发票管理办法》" in got[0].message.zh and "《社会救助暂行办法》" in got[1].message.zh
    fine = report("执行《中华人民共和国发票管理办法》和《社会救助暂行办法》，落实《湖南省社会救助条例》。",
                  title=_title(2024))
    assert findings(fine, LAW) == []


def test_a_users_national_only_list_extends_the_laws_misnamed_without_the_prefix(tmp_path):
    extra = tmp_path / "laws.yaml"
    extra.write_text("national_only:\n  - 安全生产法\n", encoding="utf-8")
    text = report("贯彻《安全生产条例》。", title=_title(2024))
    assert findings(text, LAW) == []
    got = [(f.matched, f.suggestion) for f in findings(text, LAW, options={"terminology": {"extra": [str(extra)]}})]
    assert got == [("安全生产条例", "安全生产法")]


# -- laws cited before they were adopted ------------------------------------------------------------

@pytest.mark.parametrize("year, line, name", [
    (2020, "组织学习《中华人民共和国数据安全法》。", "数据安全法"),
    (2021, "开展《反电信网络诈骗法》宣传12场。", "反电信网络诈骗法"),
    (2022, "宣传《中华人民共和国无障碍环境建设法》。", "无障碍环境建设法"),
    (2024, "贯彻《民营经济促进法》，优化营商环境。", "民营经济促进法"),
    (2022, "组织学习新修订的《中华人民共和国行政复议法》。", "新修订的《中华人民共和国行政复议法》"),
    (2023, "落实《公平竞争审查条例》，审查政策措施12件。", "公平竞争审查条例"),
    (2019, "广泛宣传民法典，发放资料300份。", "民法典"),
    (2022, "学习《中华人民共和国爱国主义教育法》。", "爱国主义教育法"),
    (2020, "宣传《家庭教育促进法》。", "家庭教育促进法"),
    (2023, "学习《中华人民共和国学前教育法》。", "学前教育法"),
    (2022, "推送《中华人民共和国增值税法》解读文章12篇。", "增值税法"),
    (2020, "宣传《中华人民共和国印花税法》。", "印花税法"),
    (2021, "宣传新修订的《农产品质量安全法》。", "新修订的《农产品质量安全法》"),
    (2023, "依照《中华人民共和国文物保护法》（2024年修订）开展巡查。", "文物保护法》（2024年修订）"),
    (2021, "依照2023年修订的《中华人民共和国行政复议法》办理复议案件。", "2023年修订的《中华人民共和国行政复议法》"),
    (2021, "依据《中华人民共和国反垄断法》（2022年修正）查处垄断行为。", "反垄断法》（2022年修正）"),
    # a revision by its edition stamp
    (2022, "依照《中华人民共和国行政复议法》（2023年修订）规定，办理复议答复2件。", "行政复议法》（2023年修订）"),
    (2020, "执行《中华人民共和国安全生产法》（2021年修正），开展隐患排查。", "安全生产法》（2021年修正）"),
    # named as new and stamped with the edition: the finding covers both
    (2021, "组织学习新修订的《中华人民共和国行政复议法》（2023年修订）重点条款。",
     "新修订的《中华人民共和国行政复议法》（2023年修订）"),
    (2022, "严格执行《住房租赁条例》，规范住房租赁市场。", "住房租赁条例"),
])
def test_a_law_before_it_was_adopted(year, line, name):
    got = findings(report(line, title=_title(year)), ANACHRONISM)
    assert [f.matched for f in got] == [name]
    assert ("公布" if "条例" in name else "通过") in got[0].message.zh


@pytest.mark.parametrize("year, line", [
    (2024, "积极参与《民营经济促进法（草案）》征求意见，提出建议3条。"),
    (2024, "对民营经济促进法草案征求意见稿提出修改意见。"),
    (2019, "组织干部学习民法典各分编草案。"),
    (2019, "关注民法典编纂进程。"),
    # adopted in the report year or by the end of March of the next one
    (2023, "学习《中华人民共和国爱国主义教育法》。"),
    (2021, "宣传《家庭教育促进法》《法律援助法》《个人信息保护法》。"),
    (2024, "宣传《中华人民共和国学前教育法》。"),
    (2023, "依照《中华人民共和国行政复议法》（2023年修订）规定，办理复议答复2件。"),
    (2022, "宣传《节约能源法》《可再生能源法》，推进土地增值税法立法调研。"),
    (2022, "执行《中华人民共和国行政复议法》（2017年修正）。"),
    # older laws of like names
    (2020, "宣传《中华人民共和国环境噪声污染防治法》《执业医师法》。"),
    (2020, "提供法律援助法律咨询30次。"),
    # looking forward to the law in the plan for the next year
    (2024, "三是做好《中华人民共和国民营经济促进法》出台后的宣传准备。"),
])
def test_a_bill_or_a_law_already_adopted_is_fine(year, line):
    assert findings(report(line, title=_title(year)), ANACHRONISM) == []


# -- the 2015—2020 纲要 as the yardstick of current work ---------------------------------------------

OUTDATED = "terminology/outdated"


@pytest.mark.parametrize("year, line, wrong", [
    (2024, "聚焦《法治政府建设实施纲要（2015—2020年）》提出的目标任务，逐项抓好落实。",
     "法治政府建设实施纲要（2015—2020年）"),
    (2022, "按照《法治政府建设实施纲要（2015-2020年）》明确的任务，扎实推进依法行政。",
     "法治政府建设实施纲要（2015-2020年）"),
    (2025, "紧扣《法治政府建设实施纲要（2015—2020年）》部署要求，完善行政执法制度。",
     "法治政府建设实施纲要（2015—2020年）"),
    # the year its successor came out (August 2021)
    (2021, "对照《法治政府建设实施纲要（2015—2020年）》确定的目标任务，扎实推进依法行政。",
     "法治政府建设实施纲要（2015—2020年）"),
])
def test_the_old_outline_as_the_yardstick_of_current_work(year, line, wrong):
    got = [(f.matched, f.suggestion) for f in findings(report(line, title=_title(year)), OUTDATED)]
    assert got == [(wrong, "法治政府建设实施纲要（2021—2025年）")]


@pytest.mark.parametrize("year, line", [
    (2021, "对照《法治政府建设实施纲要（2015—2020年）》确定的目标任务，逐项开展自查。"),
    (2022, "对照《法治政府建设实施纲要（2015—2020年）》确定的目标任务，全面完成各项工作。"),
    (2023, "对照《法治政府建设实施纲要（2015—2020年）》确定的目标任务开展总结评估。"),
    (2024, "在全面完成《法治政府建设实施纲要（2015—2020年）》目标任务的基础上，对照新纲要推进工作。"),
    (2024, "2015—2020年纲要实施以来，我乡法治政府建设取得长足进步。"),
])
def test_a_look_back_at_the_old_outline_is_fine(year, line):
    assert findings(report(line, title=_title(year)), OUTDATED) == []


@pytest.mark.parametrize("year, line, found", [
    (2023, "严格落实《法律援助条例》，办理法律援助案件26件。", [("《法律援助条例》", "《中华人民共和国法律援助法》")]),
    (2021, "严格落实《法律援助条例》，办理法律援助案件26件。", []),
    (2023, "严格落实《贵州省法律援助条例》。", []),
    (2025, "落实《中华人民共和国学位条例》。", [("《中华人民共和国学位条例》", "《中华人民共和国学位法》")]),
    (2024, "落实《中华人民共和国学位条例》。", []),
    (2025, "严格执行《中华人民共和国统计法实施细则》。", [("中华人民共和国统计法实施细则", "中华人民共和国统计法实施条例")]),
    (2016, "严格执行《中华人民共和国统计法实施细则》。", []),
    (2023, "依据《中华人民共和国执业医师法》作出处罚2件。", [("《中华人民共和国执业医师法》", "《中华人民共和国医师法》")]),
    (2023, "执行《报废汽车回收管理办法》。", [("《报废汽车回收管理办法》", "《报废机动车回收管理办法》")]),
    (2022, "按照国家工商总局部署，原国家工商总局的登记资料已移交。", [("国家工商总局", "国家市场监督管理总局")]),
    (2021, "依据《执业医师法》作出处罚2件。", []),
    (2023, "依据《中华人民共和国食品卫生法》对2家违规单位作出处罚。",
     [("《中华人民共和国食品卫生法》", "《中华人民共和国食品安全法》")]),
    (2023, "依据《治安管理处罚条例》处理。", [("《治安管理处罚条例》", "《中华人民共和国治安管理处罚法》")]),
    (2022, "按照《工商行政管理机关行政处罚程序规定》办理案件。",
     [("《工商行政管理机关行政处罚程序规定》", "《市场监督管理行政处罚程序规定》")]),
    (2023, "严格执行《中华人民共和国食品安全法》《市场监督管理行政处罚程序规定》。", []),
    (2024, "认真贯彻新修订的《中华人民共和国档案法实施办法》。",
     [("《中华人民共和国档案法实施办法》", "《中华人民共和国档案法实施条例》")]),
    (2023, "认真贯彻《中华人民共和国档案法实施办法》。", []),
    (2024, "严格落实《党政主要领导干部和国有企业领导人员经济责任审计规定》，完成经济责任审计11个。",
     [("《党政主要领导干部和国有企业领导人员经济责任审计规定》", "《党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定》")]),
])
def test_regulations_replaced_by_a_law(year, line, found):
    got = [(f.matched, f.suggestion) for f in findings(report(line, title=_title(year)), OUTDATED)]
    assert got == found


# -- words put into the name 习近平法治思想 ----------------------------------------------------------

STANDARD = "terminology/standard-name"


@pytest.mark.parametrize("line, wrong", [
    ("坚持以习近平新时期法治思想为指导。", "习近平新时期法治思想"),
    ("深入学习习近平同志新时代法治思想。", "习近平同志新时代法治思想"),
    ("深入学习习近平总书记全面依法治国思想。", "习近平总书记全面依法治国思想"),
    ("学习宣传习近平中国特色社会主义法治思想。", "习近平中国特色社会主义法治思想"),
    # not taken for a garbled 习近平新时代中国特色社会主义思想
    ("学习宣传习近平新时代中国特色法治思想。", "习近平新时代中国特色法治思想"),
])
def test_words_put_into_the_name_of_the_thought_on_the_rule_of_law(line, wrong):
    assert _hits(report(line), STANDARD) == [(wrong, "习近平法治思想")]


@pytest.mark.parametrize("line", [
    "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
    "坚持以习近平新时代中国特色社会主义思想和习近平法治思想为指导。",
    "学习习近平总书记关于全面依法治国的重要论述和习近平法治思想。",
    "学习习近平新时代中国特色社会主义经济思想，走中国特色社会主义法治道路。",
])
def test_the_thoughts_by_their_names_are_fine(line):
    assert _hits(report(line), STANDARD) == []


@pytest.mark.parametrize("year, line, found", [
    (2023, "深入实施《全民健身计划（2016—2020年）》，举办全民健身活动12场。", ["全民健身计划（2016—2020年）"]),
    (2024, "对照《“十三五”市场监管规划（2016—2020年）》要求推进执法改革。", ["“十三五”市场监管规划（2016—2020年）"]),
    (2023, "对照《法治政府建设实施纲要（2021—2025年）》和《全民健身计划（2016—2020年）》部署要求推进工作。",
     ["全民健身计划（2016—2020年）"]),
    # its targets done this year, years after its period: text copied from an old report
    (2025, "全面完成《法治政府建设实施纲要（2015—2020年）》确定的各项目标任务。", ["法治政府建设实施纲要（2015—2020年）"]),
    # the plan still running or just ended, a look back, or a plain mention
    (2021, "全面完成《法治政府建设实施纲要（2015—2020年）》确定的各项目标任务。", []),
    (2025, "完成《县国土空间总体规划（2021—2035年）》编制。", []),
    (2021, "深入实施《全民健身计划（2016—2020年）》。", []),
    (2023, "深入实施《全民健身计划（2021—2025年）》。", []),
    (2023, "落实《全民健身计划（2016—2020年）》确定的目标任务全面完成。", []),
    (2023, "《全民健身计划（2016—2020年）》实施以来，全县健身设施不断完善。", []),
])
def test_a_plan_cited_as_current_years_after_its_period(year, line, found):
    got = [f.matched for f in findings(report(line, title=_title(year)), OUTDATED)]
    assert got == found


def test_words_added_to_a_one_character_name():
    """水资源法 for 水法: the only law whose name is one character before 法 besides 宪法."""
    fs = findings(report("认真贯彻《中华人民共和国水资源法》，学习《水资源法》。"), "terminology/law-name")
    assert [(f.matched, f.suggestion) for f in fs] == [("水资源法", "水法"), ("水资源法", "水法")]
    fine = report("认真贯彻《中华人民共和国水法》《中华人民共和国水土保持法》《中华人民共和国水污染防治法》。",
                  "落实《浙江省水资源管理条例》，贯彻《中华人民共和国水土法》。")  # (水土法: 水法 or 水土保持法?)
    assert findings(fine, "terminology/law-name") == []


def test_he_and_yu_swapped_in_a_name_and_a_replaced_regulation_of_its_time():
    fs = findings(report("严格执行《生产安全事故报告与调查处理条例》，贯彻《中华人民共和国基本医疗卫生和健康促进法》。"),
                  "terminology/law-name")
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("生产安全事故报告与调查处理条例", "生产安全事故报告和调查处理条例"), ("基本医疗卫生和健康促进法", "基本医疗卫生与健康促进法")]
    # 《信访条例》 was in force until May 2022: no slip for 信访工作条例 (terminology/outdated reports it later)
    assert findings(report("严格落实《信访条例》。", title="青石镇关于2021年度法治政府建设情况的报告"), "terminology") == []


def test_a_regulation_of_the_state_council_cited_as_a_law():
    """(a plant is not an animal: 野生植物保护法 is the 条例, no slip for 野生动物保护法)"""
    fs = findings(report("依据《中华人民共和国野生植物保护法》查处案件3件。"), "terminology/law-name")
    assert [(f.matched, f.suggestion) for f in fs] == [("野生植物保护法", "野生植物保护条例")]


# -- last year's programme as this year's --------------------------------------------------------------

def test_last_years_work_points_followed_this_year():
    text = report("局长对照《桃源县2023年法治政府建设工作要点》逐项分解任务，按照《2023年度普法工作计划》开展宣传。",
                  title=_title(2024))
    fs = findings(text, "terminology/stale-year")
    assert [f.matched for f in fs] == ["2023", "2023"] and "沿用上年报告" in fs[0].message.zh


@pytest.mark.parametrize("line", [
    "对照《桃源县2024年法治政府建设工作要点》逐项分解任务。",  # this year's
    "对照《2023年法治政府建设工作要点》完成情况开展总结评估。",  # a look back
    "落实《2023—2025年法治宣传教育实施方案》。",  # a programme of several years
    "印发《2023年度工作要点》。",  # not followed
])
def test_programmes_that_are_not_last_years_followed(line):
    assert findings(report(line, title=_title(2024)), "terminology/stale-year") == []


def test_a_law_or_regulation_cited_with_a_year_none_of_its_editions_has():
    text = report("认真落实《优化营商环境条例》（2021年）和《中华人民共和国行政处罚法》（2020年修订）。")
    fs = findings(text, "terminology/law-year")
    assert [f.matched for f in fs] == ["2021年", "2020年"]
    assert "1996、2009、2017、2021" in fs[1].message.zh
    fine = report("学习《中华人民共和国公司法》（2023年修订）、《行政复议法》（2023年修订）、《宪法》（2018年修正），"
                  "《优化营商环境条例》（国务院令第722号），《某省优化营商环境条例》（2021年）。")
    assert findings(fine, "terminology/law-year") == []


def test_a_law_name_with_one_character_typed_wrong():
    text = report("发放《劳动和同法》宣传资料5000余份，学习《中华人民共和国安全生厂法》《治安管理出罚法》。")
    fs = findings(text, "terminology/law-name")
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("劳动和同法", "劳动合同法"), ("安全生厂法", "安全生产法"), ("治安管理出罚法", "治安管理处罚法")]
    # a regulation named as a law stays a regulation; the words in another order stay a reordering
    fs = findings(report("学习《野生植物保护法》《生产安全法》。"), "terminology/law-name")
    assert [f.suggestion for f in fs] == ["野生植物保护条例", "安全生产法"]


def test_a_regulation_cited_before_it_was_made_public():
    text = report("严格执行《信访工作条例》，全年接待群众来访36批次。", "白沙乡人民政府", "2022年1月18日",
                  title=_title(2021))
    fs = findings(text, ANACHRONISM)
    assert [f.matched for f in fs] == ["信访工作条例"] and "2022年4月7日才公布的" in fs[0].message.zh
    later = report("严格执行《信访工作条例》，全年接待群众来访36批次。", title=_title(2022))
    assert findings(later, ANACHRONISM) == []


@pytest.mark.parametrize("line, wrong, right", [
    ("学习党的二十届三中全会通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决议》。", "决议", "决定"),
    ("对照《中共中央关于全面推进依法治国若干重大问题的决议》，梳理任务12项。", "决议", "决定"),
    ("学习《中共中央关于党的百年奋斗重大成就和历史经验的决定》。", "决定", "决议"),
])
def test_a_plenum_document_named_with_the_wrong_kind(line, wrong, right):
    fs = findings(report(line, title=_title(2024)), "terminology/standard-name")
    assert [(f.matched, f.suggestion) for f in fs] == [(wrong, right)]


def test_plenum_documents_by_their_names_are_left_alone():
    text = report("学习《中共中央关于进一步全面深化改革、推进中国式现代化的决定》和"
                  "《中共中央关于党的百年奋斗重大成就和历史经验的决议》，贯彻全国人大常委会的决议。", title=_title(2024))
    assert findings(text, "terminology/standard-name") == []


@pytest.mark.parametrize("opening, closing", [("<<", ">>"), ("〈〈", "〉〉"), ("＜＜", "＞＞"), ("≪", "≫")])
def test_a_law_cited_between_look_alike_title_marks(opening, closing):
    text = report(f"宣传{opening}中华人民共和国退伍军人保障法{closing}，落实{opening}中华人民共和国退役军人保障法{closing}。",
                  title=_title(2025))
    assert _hits(text, LAW) == [("退伍军人保障法", "退役军人保障法")]
    # a sign of another pair closes no title: 〈〈…>> encloses none
    if opening != "<<":
        assert _hits(report(f"宣传{opening}中华人民共和国退伍军人保障法>>。", title=_title(2025)), LAW) == []


def test_world_water_day_by_its_name():
    fs = findings(report("利用“3·22”世界水利日、中国水周开展宣传。", title=_title(2024)), "terminology/day-name")
    assert [(f.matched, f.suggestion) for f in fs] == [("世界水利日", "世界水日")]
    assert findings(report("利用“3·22”世界水日、中国水周开展宣传，召开水利工作会议。", title=_title(2024)),
                    "terminology/day-name") == []


def test_a_repealed_regulation_cited_with_the_prefix_is_reported_once_as_outdated():
    text = report("依据《中华人民共和国治安管理处罚条例》处理违法行为12起。", title=_title(2023))
    fs = findings(text, ("terminology/outdated", LAW))
    assert [(f.rule_id, f.suggestion) for f in fs] == [("terminology/outdated", "《中华人民共和国治安管理处罚法》")]



@pytest.mark.parametrize("line, wrong, right", [
    ("发放《中华人民共和国粮食法》宣传手册3000余册。", "粮食法", "粮食安全保障法"),
    ("学习《网络法》，开展网络安全宣传周活动。", "网络法", "网络安全法"),
])
def test_a_law_named_by_its_first_words_alone(line, wrong, right):
    assert _hits(report(line, title=_title(2024)), LAW) == [(wrong, right)]


def test_first_words_several_laws_open_with_are_no_guess():
    assert _hits(report("学习《行政法》《食品法》。", title=_title(2024)), LAW) == []


def test_a_short_form_with_the_prefix_of_the_official_name():
    text = report("认真落实《中华人民共和国人防法》，宣传《中华人民共和国未保法》。")
    assert [(f.matched, f.suggestion) for f in findings(text, "terminology/law-name")] == [
        ("人防法", "人民防空法"), ("未保法", "未成年人保护法")]
    fine = report("认真落实《人防法》《未保法》，宣传《中华人民共和国人民防空法》。")
    assert findings(fine, "terminology/law-name") == []


def test_every_abbreviation_stands_for_a_listed_law():
    import yaml
    from pathlib import Path

    data = yaml.safe_load((Path(__file__).parent.parent / "plugins" / "data" / "laws.yaml").read_text(encoding="utf-8"))
    assert all(e["law"] in data["laws"] for e in data["abbreviations"])


def test_a_regulation_named_with_a_stray_word_of_implementation():
    text = report("全面落实《优化营商环境实施条例》，梳理公布政务服务事项23项。")
    assert [(f.matched, f.suggestion) for f in findings(text, "terminology/law-name")] == [
        ("优化营商环境实施条例", "优化营商环境条例")]
    assert findings(report("贯彻《中华人民共和国土地管理法实施条例》。"), "terminology/law-name") == []
