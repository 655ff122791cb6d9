"""The annual-report checklist's judgement and frame items on report genres beyond the township:
county departments, a development zone, a county government, a 司法所; causes stated after the
problems, attachments after the signature, dates written with full-width digits or spaces."""

from __future__ import annotations

import pytest

from conftest import findings, report
from test_checklist_annual import FRP, MEASURES, PLANS, PROBLEMS, SIGNED, full, items

DEPT_PROBLEMS_HEAD = "二、存在问题"


def problems(*lines: str, head: str = "三、存在的不足和原因") -> tuple[str, ...]:
    return (head, *lines)


# -- shortcoming-causes ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "一是执法力量不足，仅3名。问题的根源是机构改革后职能调整尚未到位。",
    "一是执法力量不足，仅3名。这些问题归结起来，主要是对法治建设重视不够、投入不足。",
])
def test_cause_stated_with_genyuan_shi_or_guijie(body):
    assert items(full(MEASURES, FRP, problems(body), PLANS), "shortcoming-causes") == []


@pytest.mark.parametrize("body", [
    "一是部分案件因客观原因超期办结，全年超期3件。二是执法人员仅3名。",
    "一是部分干部由于客观原因未参加年度培训，缺训12人。",
])
def test_cause_of_one_case_inside_a_problem_is_no_cause_analysis(body):
    assert items(full(MEASURES, FRP, problems(body), PLANS), "shortcoming-causes") == ["shortcoming-causes"]


def test_objective_and_subjective_causes_still_count():
    body = "一是执法力量不足，仅3名。这些问题的产生，既有客观因素，也有主观因素。"
    assert items(full(MEASURES, FRP, problems(body), PLANS), "shortcoming-causes") == []


# -- shortcomings-specific: the causes are no problems ------------------------------------------

CAUSE = "究其原因，主要是编制有限、经费投入不足。"


@pytest.mark.parametrize("body", [
    ("一是依法行政能力亟待提高。二是法治宣传力度还需加大。三是制度建设不够完善。" + CAUSE,),
    ("一是干部法治素养参差不齐。二是依法行政意识仍需增强。三是法治宣传针对性还不够强。" + CAUSE,),
    ("一是执法监督不到位；二是法律顾问作用发挥不充分；三是合同审查不够规范。" + CAUSE,),
    # a 1. list (its digits are markers, no figures) followed by a cause paragraph
    ("1.依法治校工作有待加强。", "2.教师法治培训还不够深入。", "3.校园安全管理制度有待完善。", CAUSE),
    # the causes listed again from 一是: they are neither problems nor specific ones
    ("一是执法能力有待加强。二是普法针对性还不够强。", "究其原因，主要有以下两点：一是乡镇编制有限，全镇仅有执法编制5名；二是培训经费仅2万元。"),
])
def test_stock_problems_followed_by_their_causes(body):
    text = full(MEASURES, FRP, problems(*body), PLANS)
    assert items(text, "shortcomings-specific") == ["shortcomings-specific"]


@pytest.mark.parametrize("body", [
    "一是执法力量仍然比较薄弱，全所仅有两名工作人员。二是调解员队伍年龄偏大，有待优化。"
    "三是普法阵地建设不够完善，全镇尚有五个村未建法治文化广场。" + CAUSE,
    "一是执法人员对新修订的《中华人民共和国行政处罚法》掌握还不够。"
    "二是部分规范性文件未按《四川省行政规范性文件管理办法》报备，有待规范。三是合同审查有待加强。" + CAUSE,
])
def test_counts_in_words_and_cited_documents_are_specific(body):
    assert items(full(MEASURES, FRP, problems(body), PLANS), "shortcomings-specific") == []


# -- plan-answers-shortcomings ------------------------------------------------------------------

def test_listed_causes_need_no_answer_in_the_plans():
    body = "一是执法力量不足，全局持证执法人员仅3名。分析原因有三：一是编制有限；二是培训不足；三是经费紧张。"
    assert items(full(MEASURES, FRP, problems(body), PLANS), "plan-answers-shortcomings") == []


def test_a_problem_answered_through_its_own_cause():
    body = "一是部分干部运用法治方式解决问题的能力还不够强，原因是学法用法的日常化机制还不健全。"
    plans = ("四、2025年度推进法治政府建设的主要安排", "一是把学法作为党组理论学习中心组的常态化内容，全年学法6次。")
    assert items(full(MEASURES, FRP, problems(body), plans), "plan-answers-shortcomings") == []


def test_lacking_is_no_key_word():
    body = "一是法治人才缺乏，管委会法制审核人员仅2名。原因在于园区成立时间较短。"
    plans = ("四、2025年度推进法治政府建设的主要安排", "一是上半年前完成园区企业合规培训6场。")
    out = findings(full(MEASURES, FRP, problems(body), plans), "annual-report/plan-answers-shortcomings")
    assert [f.message.zh.split("关键词：")[1].split("）")[0] for f in out] == ["人才、管委会、法制、审核"]


# -- plan-concrete ---------------------------------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "一是持续深化法治宣传。二是六月底前完成执法人员轮训。",
    "一是持续深化法治宣传。二是确保于2025年3月31日前完成规范性文件清理。",
    "一是持续深化法治宣传。二是积极争创全国法治政府建设示范县。",
    "一是持续深化法治宣传。二是完成村（社区）法律顾问全覆盖。",
    "一是持续深化法治宣传。二是年底实现行政执法“三项制度”全面落实。",
    "一是持续深化法治宣传。二是上半年启动“九五”普法规划编制工作。",
    "一是持续深化法治宣传。二是制定“九五”普法规划。",
])
def test_checkable_plans_of_other_forms(plan):
    text = full(MEASURES, FRP, PROBLEMS, ("四、2025年度推进法治政府建设的主要安排", plan))
    assert items(text, "plan-concrete") == []


@pytest.mark.parametrize("plan", [
    "一是深入学习贯彻党的二十大精神。二是扎实开展“八五”普法。",
    "一是坚持每年开展法治宣传活动。二是不断完善工作机制。",
    "一是加大普法宣传，真正做大法治教育宣传全覆盖。二是全面提高法治意识。",
])
def test_names_and_wishes_are_no_checkable_plans(plan):
    text = full(MEASURES, FRP, PROBLEMS, ("四、2025年度推进法治政府建设的主要安排", plan))
    assert items(text, "plan-concrete") == ["plan-concrete"]


# -- frp-concrete-actions ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "局党组书记每季度听取一次法治政府建设工作汇报。",
    "局长在县委全面依法治县委员会全体会议上述职述法。",
])
def test_frp_frequency_and_shuzhi_shufa(body):
    frp = ("二、党政主要负责人履行推进法治建设第一责任人职责情况", body)
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "frp-concrete-actions") == []


def test_frp_many_times_is_still_vague():
    frp = ("二、党政主要负责人履行推进法治建设第一责任人职责情况", "局长多次主持召开会议研究部署法治建设工作。")
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "frp-concrete-actions") == ["frp-concrete-actions"]


# -- signature and date --------------------------------------------------------------------------------

BODY = (*MEASURES, *FRP, *PROBLEMS, *PLANS)


@pytest.mark.parametrize("closing", [
    ("", "平川县教育局", "２０２５年１月２０日"),          # full-width digits are Arabic numerals
    ("", "平川县教育局", "2025 年 1 月 20 日"),          # the blanks are hygiene/whitespace's
    ("", "附件：2024年度行政执法数据统计表", "", "平川县教育局", "2025年1月20日", "", "附件",
     "2024年度行政执法数据统计表", "行政处罚案件 3件", "行政许可 120件", "行政检查 86次", "行政强制 0件", "合计 209件"),
    ("", "中共平川经济开发区工作委员会　　平川经济开发区管理委员会", "2025年1月20日"),
])
def test_signature_and_date_of_other_forms(closing):
    assert items(report(*BODY, *closing), "signature", "signature-date") == []


def test_date_in_chinese_numerals_is_rewritten_in_arabic():
    out = items(report(*BODY, "", "平川县教育局", "二〇二五年一月二十日"), "signature", "signature-date")
    assert out == ["signature-date"]


def test_attachment_without_any_date_still_misses_the_signature():
    text = report(*BODY, "", "附件", "2024年度行政执法数据统计表", "合计 209件")
    assert items(text, "signature") == ["signature"]


@pytest.mark.parametrize("addressee", ["市委依法治市办：", "中共平川县委全面依法治县委员会办公室：", "平川县人民政府："])
def test_addressees_of_departments_and_counties(addressee):
    assert items(report(*BODY, *SIGNED, addressee=addressee), "addressee") == []
