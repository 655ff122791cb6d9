"""The annual-report checklist on phrasings of real reports beyond the corpus: other heading
wordings of the required parts, other first-responsible-person duties, reports without headings."""

from __future__ import annotations

import pytest

from conftest import report
from fzlint.checklist import ChecklistError, load_text
from test_checklist_annual import FRP, MEASURES, PLANS, PROBLEMS, SIGNED, full, items
from test_checklist_loader import GOOD


# -- headings of the required parts ------------------------------------------------------------

@pytest.mark.parametrize("heading", [
    "三、法治政府建设中的不足",
    "三、工作中存在的主要问题及原因分析",
    "三、存在的不足和需要解决的问题",   # 解决 after 存在: the problems are said to exist
])
def test_shortcomings_headings(heading):
    assert items(full(MEASURES, FRP, (heading, PROBLEMS[1]), PLANS), "shortcomings") == []


@pytest.mark.parametrize("heading", [
    "（三）着力解决群众反映强烈的问题",
    "（三）切实解决执法中存在的问题",   # 解决 before 存在: problems dealt with
    "（三）督察反馈问题整改",
    "（三）整治群众身边的突出问题",
])
def test_problems_dealt_with_in_measures_are_no_shortcomings_part(heading):
    measures = (*MEASURES, heading, "全年化解矛盾纠纷56件，调解成功率98%。")
    assert items(full(measures, FRP, PLANS), "shortcomings") == ["shortcomings"]


@pytest.mark.parametrize("heading", ["四、接下来的工作打算", "四、后续工作打算"])
def test_plan_headings(heading):
    assert items(full(MEASURES, FRP, PROBLEMS, (heading, PLANS[1])), "next-year-plan") == []


def test_shortcomings_part_with_its_remedies_gives_the_plans():
    part = ("三、存在的问题及整改措施", PROBLEMS[1] + "下一步，2025年6月底前完成全镇执法人员培训。")
    assert items(full(MEASURES, FRP, part), "next-year-plan", "shortcomings") == []


@pytest.mark.parametrize("heading", ["四、改进措施", "四、整改措施", "四、努力方向"])
def test_improvement_part_after_the_shortcomings_gives_the_plans(heading):
    assert items(full(MEASURES, FRP, PROBLEMS, (heading, PLANS[1])), "next-year-plan") == []


def test_improvement_heading_inside_the_measures_is_no_plan():
    measures = (*MEASURES, "（二）整改措施", "对督察反馈的3个问题全部完成整改。")
    assert items(full(measures, FRP, PROBLEMS), "next-year-plan") == ["next-year-plan"]


@pytest.mark.parametrize("heading", [
    "一、工作完成情况", "一、推进法治政府建设情况", "一、基本情况", "一、工作进展情况",
    "一、2024年度法治政府建设推进情况", "一、2024年工作回顾", "一、法治政府建设开展情况",
])
def test_measures_headings(heading):
    assert items(full((heading, MEASURES[1]), FRP, PROBLEMS, PLANS), "measures-and-results") == []


# -- the first-responsible-person duty of other work ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "镇党委书记严格落实全面从严治党第一责任人职责，全年开展廉政谈话36人次。",
    "镇党委书记履行基层党建第一责任人职责，全年讲党课4次。",
    "落实耕地保护第一责任人制度，全年巡查耕地120次。",
    "镇长作为食品安全第一责任人，全年检查餐饮单位46家。",
    "镇党委书记履行乡村振兴第一责任人职责，全年走访农户300户。",
    "落实平安建设第一责任人责任，排查矛盾纠纷68件。",
])
def test_first_responsible_person_of_other_work_does_not_count(sentence):
    text = full(MEASURES, ("二、加强组织领导", sentence), PROBLEMS, PLANS)
    assert items(text, "first-responsible-person") == ["first-responsible-person"]


@pytest.mark.parametrize("sentence", [
    "镇主要领导带头学法用法，全年主持专题会议3次研究法治建设。",
    "局主要领导亲自研究部署法治建设工作，全年召开专题会议3次。",
    "厅长带头学法，全年主持厅党组会专题研究法治建设4次。",
])
def test_principal_leaders_reported_by_title_or_as_main_leaders(sentence):
    text = full(MEASURES, ("二、加强组织领导", sentence), PROBLEMS, PLANS)
    assert items(text, "first-responsible-person") == []


@pytest.mark.parametrize("sentence", [
    "形成了主要领导亲自抓、分管领导具体抓的工作格局，全年召开专题会议3次。",
    "镇主要领导多次深入村组调研乡村振兴工作。",
    "副处长带头学法，全年参加法治培训3次。",
])
def test_main_leaders_without_rule_of_law_work_are_no_frp(sentence):
    text = full(MEASURES, ("二、加强组织领导", sentence), PROBLEMS, PLANS)
    assert items(text, "first-responsible-person") == ["first-responsible-person"]


def test_generic_words_of_a_problem_need_no_answer():
    problems = (PROBLEMS[0], "一是少数干部法治意识不高。2024年有2名干部未参加集中学法。原因主要是督促不够。")
    plans = (PLANS[0], "一是每季度组织干部集中学法1次。")
    assert items(full(MEASURES, FRP, problems, plans), "plan-answers-shortcomings") == []


def test_first_responsible_person_of_rule_of_law_named_with_other_work_counts():
    sentence = "镇党委书记认真落实全面从严治党和推进法治建设第一责任人职责，主持专题会议3次。"
    text = full(MEASURES, ("二、加强组织领导", sentence), PROBLEMS, PLANS)
    assert items(text, "first-responsible-person") == []


# -- reports written without headings -----------------------------------------------------------

PREAMBLE = "2024年，青石镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下。"
DONE = ("今年以来，我镇严格落实重大行政决策程序，对5项重大事项进行合法性审查，开展“八五”普法宣传活动24场次，"
        "调处矛盾纠纷68件。")
LEADERS = "镇党委书记、镇长认真履行推进法治建设第一责任人职责，主持召开专题会议3次，年终述法1次。"
LACKING = ("同时，我镇法治政府建设还存在一些不足：一是执法力量薄弱，全镇持证执法人员仅2名；二是法治宣传阵地建设滞后，"
           "8个村中仅3个村建成法治广场。究其原因，主要是乡镇编制有限，财政投入不足。")
NEXT = "2025年，我镇将重点做好以下工作：一是6月底前组织全体干部参加执法资格考试；二是年内新建法治文化广场3个。"
REQUIRED = ("measures-and-results", "shortcomings", "next-year-plan")
JUDGED = ("shortcoming-causes", "shortcomings-specific", "plan-concrete")


def plain(*paragraphs: str) -> str:
    return report(PREAMBLE, *paragraphs, *SIGNED)


def test_report_without_headings_covers_the_parts_in_paragraphs():
    assert items(plain(DONE, LEADERS, LACKING, NEXT), *REQUIRED, *JUDGED) == []


@pytest.mark.parametrize("lacking", [
    "但对照上级要求，我镇法治政府建设仍存在差距，主要表现在：执法力量薄弱，全镇持证执法人员仅2名。原因在于编制有限。",
    "我镇法治政府建设存在的问题主要有：执法人员仅2名，8个村中仅3个村建成法治广场。原因是编制有限。",
])
def test_paragraph_opening_the_problems(lacking):
    assert items(plain(DONE, LEADERS, lacking, NEXT), "shortcomings", "shortcoming-causes") == []


def test_problems_listed_over_paragraphs_keep_their_causes():
    text = plain(DONE, LEADERS, "我镇法治政府建设也存在一些问题和不足：", "一是执法力量薄弱，全镇持证执法人员仅2名。",
                 "二是法治宣传阵地建设滞后，8个村中仅3个村建成法治广场。", "产生上述问题的原因，主要是乡镇编制有限，财政投入不足。",
                 NEXT)
    assert items(text, "shortcomings", "shortcoming-causes") == []



def test_a_cause_paragraph_without_the_word_cause_continues_the_problems():
    """分析起来，出现上述问题，一方面是……另一方面是……: the causes, in the paragraph after the list."""
    text = plain(DONE, LEADERS, "我镇法治政府建设还有不少短板。", "一是执法力量薄弱，全镇持证执法人员仅2名。",
                 "二是8个村中仅3个村建成法治广场。",
                 "分析起来，出现上述问题，一方面是干部法治思维还有欠缺，另一方面是镇级财力有限，经费保障不足。", NEXT)
    assert items(text, "shortcomings", "shortcoming-causes") == []
    # the list without that paragraph still lacks its causes
    bare = plain(DONE, LEADERS, "我镇法治政府建设还有不少短板。", "一是执法力量薄弱，全镇持证执法人员仅2名。",
                 "二是8个村中仅3个村建成法治广场。", NEXT)
    assert "shortcoming-causes" in items(bare, "shortcoming-causes")

def test_paragraph_of_problems_without_causes_is_flagged():
    lacking = "我镇法治政府建设还存在一些不足：一是执法力量薄弱，全镇持证执法人员仅2名；二是8个村中仅3个村建成法治广场。"
    assert items(plain(DONE, LEADERS, lacking, NEXT), "shortcomings", "shortcoming-causes") == ["shortcoming-causes"]


def test_problems_dealt_with_in_a_paragraph_are_no_shortcomings():
    done = DONE + "针对群众反映的问题，全部按期办结。"
    text = plain(done, "对排查出存在问题的12家企业下达整改通知书，督促整改存在的问题23个。", LEADERS, NEXT)
    assert items(text, "shortcomings") == ["shortcomings"]


@pytest.mark.parametrize("plans", [
    "下一步，我镇将继续深化法治宣传，2025年开展普法活动不少于30场次。",
    "新的一年，我们将从以下几个方面着力：一是6月底前完成执法人员培训；二是全年开展普法活动30场次。",
    "2025年工作打算：一是6月底前完成执法人员培训；二是全年开展普法活动30场次。",
    "下一年度，我镇计划开展普法宣传活动30场次。",
])
def test_paragraph_opening_the_plans(plans):
    assert items(plain(DONE, LEADERS, LACKING, plans), "next-year-plan", "plan-concrete") == []


@pytest.mark.parametrize("paragraphs", [
    (DONE + "下一步，我镇将继续加大普法力度。", LEADERS, LACKING),
    (DONE, LEADERS, LACKING + "下一步，我镇将着力补齐短板。"),
])
def test_next_step_sentence_closing_a_paragraph_is_no_plan(paragraphs):
    assert items(plain(*paragraphs), "next-year-plan") == ["next-year-plan"]


def test_vague_plan_paragraph_is_flagged_as_not_concrete():
    vague = "下一步，我镇将进一步提高政治站位，持续推进法治政府建设，不断提升依法行政水平。"
    assert items(plain(DONE, LEADERS, LACKING, vague), "next-year-plan", "plan-concrete") == ["plan-concrete"]


def test_counts_only_in_the_plans_are_no_measures():
    text = plain("我镇高度重视法治政府建设，形成了主要领导亲自抓的工作格局。", LEADERS, LACKING, NEXT)
    assert items(text, "measures-and-results") == ["measures-and-results"]


def test_next_step_in_a_measures_part_of_a_report_with_headings_is_no_plan():
    measures = (MEASURES[0], MEASURES[1] + "下一步，我镇将继续深化法治宣传教育，全年开展活动30场次。")
    assert items(full(measures, FRP, PROBLEMS), "next-year-plan") == ["next-year-plan"]


def test_parts_written_as_paragraphs_after_the_headed_ones():
    """A report that heads its measures but writes the problems, their causes and the plans as
    paragraphs (or has a stray heading among its paragraphs) has them all."""
    causes = "这些问题的产生，主观上是重部署、轻落实的倾向仍然存在；客观上是乡镇编制有限，财政投入不足。"
    lacking = "同时，我镇法治政府建设还存在一些不足：一是执法力量薄弱，全镇持证执法人员仅2名；二是8个村中仅3个村建成法治广场。"
    text = full(MEASURES, FRP, (lacking, causes, NEXT))
    assert items(text, *REQUIRED, *JUDGED) == []
    assert items(report(PREAMBLE, "（三）" + DONE, LEADERS, LACKING, NEXT, *SIGNED), *REQUIRED, *JUDGED) == []
    # the paragraphs end at the next heading: the problems of a paragraph are not continued by it
    headed = full(MEASURES, FRP, (lacking,), ("（一）强化执法保障", "原因分析会每季度召开1次。"), PLANS)
    assert items(headed, "shortcomings", "shortcoming-causes") == ["shortcoming-causes"]
    # without such paragraphs the parts are still missing
    assert sorted(items(full(MEASURES, FRP), "shortcomings", "next-year-plan")) == ["next-year-plan", "shortcomings"]


#: the loader tests' custom checklist, its section given a paragraph fallback (``%s``)
PARAGRAPH_LIST = GOOD.replace('''    heading: ["存在[^，。]{0,8}(不足|问题)"]\n''',
                              '''    heading: ["存在[^，。]{0,8}(不足|问题)"]\n    or-paragraph: %s\n''')


def test_paragraph_fallback_of_a_custom_checklist():
    checklist = load_text(PARAGRAPH_LIST % "{opening: [还存在]}", "my-list.yaml")
    assert [r.id for r in checklist.rules()] == ["my-list/problems"]


def test_paragraph_fallback_needs_an_opening_or_a_sentence():
    with pytest.raises(ChecklistError) as info:
        load_text(PARAGRAPH_LIST % "{continued-by: [原因]}", "my-list.yaml")
    assert "sections.problems.or-paragraph" in str(info.value)


# -- the judgement items on specific text ----------------------------------------------------------

@pytest.mark.parametrize("problems", [
    "一是执法力量薄弱，全镇持证执法人员仅2名。这主要是由于乡镇编制有限，人员流动较大。",
    "一是执法力量薄弱，全镇持证执法人员仅2名。上述问题是由于编制有限、经费不足造成的。",
])
def test_cause_stated_with_shi_youyu(problems):
    assert items(full(MEASURES, FRP, (PROBLEMS[0], problems), PLANS), "shortcoming-causes") == []


@pytest.mark.parametrize("problems", [
    ("（一）基层执法力量薄弱，原因是乡镇编制有限。", "（二）普法形式单一，究其原因，主要是经费投入不足。"),
    ("（一）执法人员不足；原因在于编制长期未补充", "全镇持证执法人员仅3名。"),
])
def test_cause_stated_in_a_sub_heading_written_as_a_sentence(problems):
    assert items(full(MEASURES, FRP, (PROBLEMS[0], *problems), PLANS), "shortcoming-causes") == []


@pytest.mark.parametrize("problems", [
    ("（一）执法力量薄弱", "全镇持证执法人员仅3名。", "（二）原因分析", "有待加强。"),
    ("（一）执法力量薄弱的原因", "全镇持证执法人员仅3名。"),
])
def test_a_sub_heading_that_only_names_causes_is_no_cause(problems):
    # labels, not sentences (no clause break), and too little text under them
    assert items(full(MEASURES, FRP, (PROBLEMS[0], *problems), PLANS), "shortcoming-causes") == ["shortcoming-causes"]


def test_incidental_youyu_is_still_no_cause():
    problems = "一是执法力量薄弱，由于编制有限，全镇持证执法人员仅2名。二是普法形式单一，导致群众参与度不高。"
    assert items(full(MEASURES, FRP, (PROBLEMS[0], problems), PLANS), "shortcoming-causes") == ["shortcoming-causes"]


@pytest.mark.parametrize("plans", [
    "一是制定《青石镇重大行政决策程序规定》，规范决策流程。二是深化“八五”普法。",
    "一是每季度开展一次执法案卷评查。二是持续深化普法宣传。",
    "一是实现村（社区）法律顾问全覆盖。二是深化依法行政。",
    "一是争创省级法治政府建设示范乡镇。二是深化依法行政。",
])
def test_checkable_plans_without_a_count(plans):
    assert items(full(MEASURES, FRP, PROBLEMS, (PLANS[0], plans)), "plan-concrete") == []


@pytest.mark.parametrize("plans", [
    "一是进一步提高政治站位，推动法治政府建设。二是持续深化普法宣传，不断提升群众法治意识。",
    "一是完善《青石镇重大行政决策程序规定》的学习宣传。二是深化依法行政。",  # 完善 the study of it: nothing to check
    "一是年年开展普法宣传。二是深化依法行政。",
])
def test_plans_without_anything_checkable(plans):
    assert items(full(MEASURES, FRP, PROBLEMS, (PLANS[0], plans)), "plan-concrete") == ["plan-concrete"]


@pytest.mark.parametrize("body", [
    "镇党委书记履行第一责任人职责，亲自研究法治建设重大事项6项，审签规范性文件3个。",
    "镇长带头学法，全年参加法治专题学习24学时。",
])
def test_frp_actions_counted_in_items_and_hours(body):
    assert items(full(MEASURES, (FRP[0], body), PROBLEMS, PLANS), "frp-concrete-actions") == []


def test_frp_formula_without_counts_is_still_flagged():
    body = "镇党委书记落实“三项制度”，坚持“四个亲自”，切实做到重要工作亲自部署。"
    assert items(full(MEASURES, (FRP[0], body), PROBLEMS, PLANS), "frp-concrete-actions") == ["frp-concrete-actions"]


def test_problems_naming_their_fields_with_deng_are_specific():
    problems = (PROBLEMS[0], "一是少数村干部依法办事能力不强，遇到土地流转等问题仍习惯用老办法；二是执法队伍力量薄弱；"
                "三是规范性文件备案、行政执法案卷等工作台账不够规范。究其原因，主要是培训不足。")
    assert items(full(MEASURES, FRP, problems, PLANS), "shortcomings-specific") == []
    stock = (PROBLEMS[0], "一是干部依法办事能力不强；二是执法队伍力量仍然薄弱；三是工作台账不够规范。究其原因，主要是培训不足。")
    assert items(full(MEASURES, FRP, stock, PLANS), "shortcomings-specific") == ["shortcomings-specific"]


def test_plans_opened_by_what_the_next_year_is():
    """2026年是“十五五”规划开局之年，我镇将……: the plans, in a report without headings."""
    plans = "2025年是全面贯彻落实党的二十大精神的关键之年，我镇将从以下方面推进：一是6月底前完成执法培训；二是全年开展普法活动30场次。"
    assert items(plain(DONE, LEADERS, LACKING, plans), "next-year-plan") == []


def test_a_shortcomings_heading_with_their_causes():
    for heading in ("三、短板弱项及成因", "三、问题短板及成因分析"):
        assert items(full(MEASURES, FRP, (heading, PROBLEMS[1]), PLANS), "shortcomings") == [], heading
