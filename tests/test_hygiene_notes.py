"""Hygiene: drafters' notes and requests left in brackets (reported as unfilled placeholders)."""

from __future__ import annotations

import pytest

from conftest import findings, report

RULE = "hygiene/template-placeholder"


def _matched(line: str) -> list[str]:
    return [f.matched for f in findings(report(line), RULE)]


@pytest.mark.parametrize("line, note", [
    # a request addressed to an office, in every kind of bracket
    ("全乡9个行政村均聘请法律顾问【请农业服务中心核实村数】。", "【请农业服务中心核实村数】"),
    ("全年办理行政复议案件（请复议室补充件数）件。", "（请复议室补充件数）"),
    ("完成合法性审查事项21件［请法制审核股确认］。", "［请法制审核股确认］"),
    ("开展联合执法检查38次〔请各中队核对次数〕。", "〔请各中队核对次数〕"),
    ("审查政府合同45份(请法律顾问办公室核实)。", "(请法律顾问办公室核实)"),
    ("公开政府信息1260条[请政务公开办再确认]。", "[请政务公开办再确认]"),
    ("（请各站所于12月25日前补充完善本部分）", "（请各站所于12月25日前补充完善本部分）"),
    ("办理人大代表建议（请人大主席团办公室、党政办核对件数）件。", "（请人大主席团办公室、党政办核对件数）"),
    # a note on this passage or this figure
    ("组织旁听庭审3次（此处需补充参加人数）。", "（此处需补充参加人数）"),
    ("全年调处纠纷210起。（此处请综治中心补充一个典型案例）", "（此处请综治中心补充一个典型案例）"),
    ("落实行政执法公示制度（此处可增加公示平台截图）。", "（此处可增加公示平台截图）"),
    ("【此段请分管副镇长审定】", "【此段请分管副镇长审定】"),
    ("建成法治文化广场2个（以上数据请文化站复核）。", "（以上数据请文化站复核）"),
    ("全年受理群众来访（具体数字请信访办提供）人次。", "（具体数字请信访办提供）"),
    ("（本部分内容请法治办修改）", "（本部分内容请法治办修改）"),
    # a label, then the request
    ("【注：此段请主要负责同志审定后保留】", "【注：此段请主要负责同志审定后保留】"),
    ("行政机关负责人出庭应诉率100%（备注：数据需县法院再次确认）。", "（备注：数据需县法院再次确认）"),
    ("（注：请核实县统计局提供的口径）", "（注：请核实县统计局提供的口径）"),
    # 需… and 待…
    ("培训网格员（需社会事务办提供具体人数）人次。", "（需社会事务办提供具体人数）"),
    ("完成“八五”普法中期评估（需要进一步补充评估结论）。", "（需要进一步补充评估结论）"),
    ("办理行政许可事项（待便民服务中心统计后填写）件。", "（待便民服务中心统计后填写）"),
    ("办结群众诉求980余件【待网格中心核对后更新】。", "【待网格中心核对后更新】"),
    ("全镇专职人民调解员（待社会事务办核实）名。", "（待社会事务办核实）"),
    # the object of the check, and an office whose name holds a word for the public
    ("全年办理案件12件【待办公室核实数量】。", "【待办公室核实数量】"),
    ("推送法律知识。【批注：活动场次待企业服务局核实】", "【批注：活动场次待企业服务局核实】"),
])
def test_drafters_notes_are_reported(line, note):
    assert note in _matched(line)


def test_note_message_and_no_fix():
    f = findings(report("审查政府合同45份【请法律顾问办公室核实】。"), RULE)[0]
    assert "起草批注" in f.message.zh and f.suggestion is None


@pytest.mark.parametrize("line", [
    "辖区共有行政村8个（含2个社区），均配备法律顾问。",
    "认真贯彻《中华人民共和国行政复议法》（以下简称《行政复议法》）。",
    "受理行政许可申请15项（待审批4项）。",
    "督察反馈问题6个（已完成整改）。",
    "考核细则（请见附件2）。",
    "开设【以案释法】专栏，推送典型案例30期。",
    "受理信访事项88件（注：数据截至2024年11月30日）。",
    "（注：统计口径调整为自然年度）",
    "（数据来源于县统计局，已调整）",
    # requests inside real parentheticals: 申请, 邀请, 提请, 请示 are no requests
    "对材料不齐全的当场告知（申请人补充材料后即时受理）。",
    "公共法律服务站（邀请律师提供咨询42人次）正常运行。",
    "审议规范性文件4件（提请县人大常委会审议1件）。",
    "重大事项及时请示（请示县政府后确认3件）。",
    # requirements and statuses
    "行政案件败诉1件（已依法补充证据并重新作出决定）。",
    "开展群众满意度测评（需经第三方机构评估）。",
    "办理法律援助（需提供经济困难证明）。",
    "推行一次性告知（需补充材料的不超过2个工作日）。",
    "受理申请10件（待补充材料2件）。",
    "新增执法事项2项（待上级部门确认后实施）。",
    "问题线索15条（已核实12条，待核实3条）。",
    "调解协议（需双方签字确认）。",
    "在窗口公示告知（请办事群众提供身份证件）。",
    # explanations of a passage
    "落实“两类案件”（此处所称“两类案件”是指行政复议和行政诉讼案件）分析制度。",
    "热线（请拨打12348）全天候服务。",
])
def test_real_parentheticals_are_not_notes(line):
    assert _matched(line) == []


@pytest.mark.parametrize("line", [
    "对不符合受理条件的（须补充完善相关材料）一次性告知。",
    "行政许可申请6件（待补齐证明材料后受理）。",
])
def test_applicants_materials_are_no_notes(line):
    assert _matched(line) == []
