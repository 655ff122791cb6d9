"""The bundled annual-report checklist on realistic report text, the examples and the real corpus."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import yaml

from conftest import CORPUS, ROOT, corpus, findings, report, run_cli

AR = "annual-report"


def items(text: str, *rules: str, **kw) -> list[str]:
    """Item ids (without the checklist prefix) found in ``text``."""
    select = tuple(f"{AR}/{r}" for r in rules) or (AR,)
    return [f.rule_id.split("/", 1)[1] for f in findings(text, select, **kw)]


MEASURES = ("一、2024年度推进法治政府建设的主要举措和成效",
            "（一）健全依法决策机制。全年召开党委会专题研究法治政府建设4次，对12件重大行政决策事项进行合法性审查。")
FRP = ("二、党政主要负责人履行推进法治建设第一责任人职责情况",
       "镇党委书记、镇长带头学法，主持召开法治建设专题会议3次，年终述法1次。")
PROBLEMS = ("三、存在的不足和原因",
            "一是执法人员数量不足，全镇持证执法人员仅3名。原因主要是乡镇编制有限，人员流动较大。")
PLANS = ("四、2025年度推进法治政府建设的主要安排",
         "一是2025年6月底前完成全镇执法人员培训。二是增配执法人员2名。")


SIGNED = ("", "青石镇人民政府", "2025年2月10日")


def full(*parts: tuple[str, ...], **kw) -> str:
    return report(*[line for part in parts for line in part], *SIGNED, **kw)


def test_a_complete_report_passes_every_item():
    assert items(full(MEASURES, FRP, PROBLEMS, PLANS)) == []


# -- first-responsible-person ------------------------------------------------------------------

@pytest.mark.parametrize("frp", [
    ("一、党政主要负责人履行第一责任情况", "先后3次召开党委会专题研究法治政府建设。"),
    ("1、 党政第一责任人推进法治政府建设工作情况", "中心组学习法治思想内容5次。"),
    ("一、加强组织领导", "（一）强化法治政府建设第一责任人职责", "主要负责人带头学法6次。"),
    ("一、加强组织领导", "一是严格落实党政主要负责人履行推进法治建设第一责任人职责，年终述法1次。"),
    ("一、加强组织领导", "（二）以上率下示范带动", "镇党委书记主持专题会议3次。"),
    ("一、加强组织领导", "乡长作为法治政府建设首要责任人，带头学法5次。"),
])
def test_frp_reported_as_heading_or_sentence(frp):
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "first-responsible-person") == []


@pytest.mark.parametrize("frp", [
    ("一、加强组织领导", "形成了主要领导亲自抓、分管领导具体抓的工作格局。"),
    ("一、加强组织领导", "认真学习《党政主要负责人履行推进法治建设第一责任人职责规定》。"),
    ("一、安全生产", "镇长是全镇安全生产第一责任人，全年检查企业12家。"),
])
def test_frp_missing_despite_near_misses(frp):
    out = findings(full(MEASURES, frp, PROBLEMS, PLANS), f"{AR}/first-responsible-person")
    assert [(f.rule_id, f.line, f.severity.value) for f in out] == [(f"{AR}/first-responsible-person", None, "error")]


def test_frp_without_counts_is_flagged_on_its_section_from_its_heading():
    frp = ("二、党政主要负责人履行推进法治建设第一责任人职责情况",
           "党政主要负责人积极履行第一责任人职责，亲自部署、亲自推动、亲自检查。")
    out = findings(full(MEASURES, frp, PROBLEMS, PLANS), f"{AR}/frp-concrete-actions")
    assert [(f.line, f.matched) for f in out] == [(6, "\n".join(frp))]


# -- measures ------------------------------------------------------------------------------------

def test_thematic_measures_parts_satisfy_measures():
    thematic = ("一、强化组织领导，着力提升依法执政水平",
                "全年召开专题会议4次，研究法治建设重要事项；健全普法依法治理工作机制，形成主要领导亲自抓、"
                "分管领导具体抓、其他领导密切配合的工作格局。",
                "二、坚持依法行政，着力解决民生关注问题",
                "坚持“应公开、尽公开”原则，全年主动公开政府信息126条；受理群众诉求86件，全部按期办结，"
                "群众满意率达到98%。")
    assert items(full(thematic, FRP, PROBLEMS, PLANS), "measures-and-results", "shortcomings") == []


def test_measures_missing():
    assert items(full(FRP, PROBLEMS, PLANS), "measures-and-results") == ["measures-and-results"]


def test_measures_part_without_figures_is_info():
    part = ("一、推进民主法治机制，行政决策规范有序", "我镇建立健全公众参与和政府相结合的行政决策机制，实行依法决策。")
    out = findings(full(part, MEASURES, FRP, PROBLEMS, PLANS), f"{AR}/measures-quantified")
    assert [(f.matched, f.severity.value) for f in out] == [("\n".join(part), "info")]


# -- shortcomings and causes --------------------------------------------------------------------

def test_problem_word_in_measures_heading_is_not_the_shortcomings_part():
    near = ("一、坚持依法行政，着力解决民生关注问题", "受理群众诉求86件。")
    assert items(full(near, FRP, PLANS), "shortcomings") == ["shortcomings"]


@pytest.mark.parametrize("body", [
    "一是执法力量不足。究其原因，在于乡镇编制有限。",
    "一是执法力量不足。从主观上看，部分干部对法治建设重视不够。",
    "一是宣传形式单一。产生这些问题的原因，既有经费投入不足，也有人员不足。",
    "一是执法人员持证率仅60%，主要是因为新进人员尚未参加执法资格考试。",
    "一是干部法治素养有待提升。从原因看，主要是部分干部重业务、轻法治的观念仍未根本扭转。",
    "一是矛盾纠纷多发。其成因主要是征地拆迁遗留问题较多。",
])
def test_cause_sentence_satisfies_shortcoming_causes(body):
    assert items(full(MEASURES, FRP, ("三、存在的不足和原因", body), PLANS), "shortcoming-causes") == []


@pytest.mark.parametrize("body", [
    "一是执法力量不足。二是宣传形式单一。",                      # heading promises 原因, no cause
    "一是法治机构和队伍建设仍然比较薄弱。同时，由于执法队伍力量薄弱，法治工作不够深入。",  # incidental 由于
    "一是执法信息化水平偏低，案件线索主要来源于群众举报。",  # where something comes from, no cause
    "一是草场纠纷成因复杂，历史遗留问题较多，跨村边界纠纷调处难度大。",  # that the causes are complex names none
])
def test_heading_promising_causes_without_a_cause_sentence(body):
    out = findings(full(MEASURES, FRP, ("三、存在的不足和原因", body), PLANS), f"{AR}/shortcoming-causes")
    assert [(f.line, f.matched, f.severity.value) for f in out] == [(8, "三、存在的不足和原因", "warning")]
    assert "只列举了问题表现" in out[0].message.zh


def test_stock_phrase_shortcomings():
    stock = ("三、存在的问题", "主要表现在：一是执法能力有待加强；二是群众法律意识有待进一步提高；三是依法决策的水平有待进一步强化。"
             "究其原因，主要是学习不够深入。")
    assert items(full(MEASURES, FRP, stock, PLANS), "shortcomings-specific") == ["shortcomings-specific"]
    assert items(full(MEASURES, FRP, PROBLEMS, PLANS), "shortcomings-specific") == []


def test_a_drafters_note_asking_for_a_part_is_not_that_part():
    note = ("（五）加强基层治理。全年调处纠纷56起。【此处补充镇长述法情况——党政办】",)
    assert items(full(MEASURES, note, PROBLEMS, PLANS), "first-responsible-person") == ["first-responsible-person"]
    named = ("（五）加强基层治理。镇长带头述法1次（详见附件2）。",)
    assert items(full(MEASURES, named, PROBLEMS, PLANS), "first-responsible-person") == []


# -- next-year plan ----------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["六、下一步工作思路", "四、下一步工作目标和重点", "四、下一步工作的主要思路",
                                     "四、下一步工作计划", "四、2025年工作安排", "四、下一年度推进法治政府建设的主要安排",
                                     "四、明年工作打算", "四、2025年主要工作", "四、2025年努力方向", "四、工作谋划",
                                     "四、下一步工作谋划", "三、24年工作安排", "四、25年度工作计划",
                                     "三、2025年工作按排", "四、下一步工作按排", "四、2025年工作安徘"])
def test_plan_headings(heading):
    assert items(full(MEASURES, FRP, PROBLEMS, (heading, PLANS[1])), "next-year-plan") == []


def test_plan_near_misses_do_not_count():
    measures = ("一、主要举措和成效", "下一步，我镇将继续深化法治宣传。印发《青石镇2024年度法治政府建设重点工作安排》，"
                "全年开展活动12次。")
    out = items(full(measures, FRP, PROBLEMS), "next-year-plan")
    assert out == ["next-year-plan"]
    assert items(full(MEASURES, FRP, PROBLEMS, ("四、上一年度工作安排落实情况", "正文。")), "next-year-plan") == [
        "next-year-plan"]
    # this year's main work is the measures, not a plan
    assert items(full(("一、2024年主要工作", MEASURES[1]), FRP, PROBLEMS), "next-year-plan") == ["next-year-plan"]


def test_vague_plans_are_flagged_and_unanswered_problems_noted():
    plans = ("四、下一步工作计划", "（一）进一步提高政治站位，推动法治政府建设。", "（二）持续深化普法宣传，营造良好法治氛围。")
    problems = ("三、存在的不足和原因", "一是执法人员数量不足，全镇持证执法人员仅3名。原因主要是编制有限。")
    out = items(full(MEASURES, FRP, problems, plans), "plan-concrete", "plan-answers-shortcomings")
    assert out == ["plan-answers-shortcomings", "plan-concrete"]


# -- title and frame ---------------------------------------------------------------------------------

def test_title_with_a_year_range():
    text = full(MEASURES, FRP, PROBLEMS, PLANS, title="青石镇2023—2024年度法治政府建设情况报告")
    assert items(text, "report-title") == ["report-title"]


def test_a_title_left_from_last_years_report():
    body = ("2025年，青石镇坚持依法行政，现将2025年度法治政府建设情况报告如下。",
            "一、2025年度推进法治政府建设的主要举措和成效", MEASURES[1], *FRP, *PROBLEMS,
            "四、2026年度推进法治政府建设的主要安排", "一是2026年6月底前完成全镇执法人员培训。")
    text = report(*body, "", "青石镇人民政府", "2026年1月16日")
    got = findings(text, f"{AR}/report-title")
    assert [f.rule_id for f in got] == [f"{AR}/report-title"] and "正文报告的是2025年度" in got[0].message.zh
    # the body's year is the report's: its plans for 2026 are next year's, not a year too late
    assert items(text, "next-year-plan") == []
    # a body that names the title's year as well (2024年度 … 2025年工作) is the title's year's
    same = report("2024年，青石镇坚持依法行政。", *MEASURES, *FRP, *PROBLEMS, *PLANS, *SIGNED)
    assert items(same, "report-title", "next-year-plan") == []
    opens_later = report("2025年，青石镇将继续推进。现将2024年度情况报告如下。", *MEASURES, *FRP, *PROBLEMS, *PLANS, *SIGNED)
    assert items(opens_later, "report-title") == []


def test_frame_items():
    text = report(*MEASURES, *FRP, *PROBLEMS, *PLANS, addressee=None)
    assert sorted(items(text, "addressee", "signature-date", "signature")) == ["addressee", "signature"]
    out = findings(text, (f"{AR}/signature", f"{AR}/signature-date"))
    assert [f.severity.value for f in out] == ["info"]  # web copies drop the 落款: a hint, not a warning
    dated = report(*MEASURES, *FRP, *PROBLEMS, *PLANS, "", "青石镇人民政府", "2025年02月10日")
    assert items(dated, "signature-date", "signature") == ["signature-date"]
    # a date without the issuer's name above it: the signature is missing, the date is fine
    unsigned = report(*MEASURES, *FRP, *PROBLEMS, *PLANS, "", "2025年2月10日")
    out = findings(unsigned, (f"{AR}/signature", f"{AR}/signature-date"))
    assert [(f.rule_id, f.matched) for f in out] == [(f"{AR}/signature", "2025年2月10日")]
    assert "成文日期上方缺少发文机关署名" in out[0].message.zh
    undated = report(*MEASURES, *FRP, *PROBLEMS, *PLANS, "", "青石镇人民政府")
    assert items(undated, "signature-date", "signature") == ["signature-date"]


def test_english_messages():
    out = findings(full(MEASURES, FRP, PLANS), f"{AR}/shortcomings", lang="en")
    assert [f.message.en for f in out] == [
        "the report has no part on the shortcomings ('存在的不足和原因'); state the year's shortcomings"]


# -- bundled examples ----------------------------------------------------------------------------------

def test_clean_example_satisfies_the_checklist():
    proc = run_cli("check", str(ROOT / "examples" / "clean-report.txt"), "--format", "json", "--select", AR)
    assert json.loads(proc.stdout)["findings"] == []


def test_defective_example_gives_no_cause():
    proc = run_cli("check", str(ROOT / "examples" / "2025年度法治政府建设情况报告.txt"), "--format", "json",
                   "--select", AR)
    found = {(f["rule"], f["line"]) for f in json.loads(proc.stdout)["findings"]}
    assert (f"{AR}/shortcoming-causes", 11) in found


# -- the real corpus -----------------------------------------------------------------------------------

@corpus
def test_corpus_content_items(tmp_path):
    sarif = tmp_path / "out.sarif"
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))
    proc = run_cli("check", "--select", AR, "--format", "sarif", "--output", str(sarif), *files)
    assert proc.returncode in (0, 1), proc.stderr
    score = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "tools" / "score_corpus.py"),
                            str(CORPUS / "expected.yaml"), str(sarif), "--category", "content"],
                           capture_output=True, text=True)
    last = score.stdout.strip().splitlines()[-1]
    expected = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
    must = sum(1 for spec in expected.values() for i in spec.get("must_find", []) if i["category"] == "content")
    assert f"recall {must}/{must}, false alarms 0/" in last, score.stdout


@pytest.mark.parametrize("heading", ["（二）聚焦群众急难愁盼问题和困难", "（三）着力解决群众反映的问题和困难",
                                     "（四）督察反馈问题整改到位"])
def test_problem_words_in_measures_sub_headings_are_not_shortcomings(heading):
    measures = (MEASURES[0], heading, "全年受理群众诉求86件，全部按期办结。")
    assert items(full(measures, FRP, PLANS), "shortcomings") == ["shortcomings"]


@pytest.mark.parametrize("heading", ["三、问题与不足", "三、存在的问题及原因", "三、工作中的问题和不足", "三、主要问题",
                                     "三、法治政府建设工作存在的问题及原因"])
def test_more_shortcomings_headings(heading):
    assert items(full(MEASURES, FRP, (heading, PROBLEMS[1]), PLANS), "shortcomings") == []


def test_without_a_title_year_a_dated_measures_heading_is_not_a_plan():
    measures = ("一、2023年度推进法治政府建设的主要举措和成效", MEASURES[1])
    text = full(measures, FRP, PROBLEMS, ("四、下一步工作计划", PLANS[1]), title="木叶乡人民政府关于法治政府建设情况的报告")
    assert items(text, "measures-and-results", "next-year-plan", "part-order") == []
    text = full(measures, FRP, PROBLEMS, title="木叶乡人民政府关于法治政府建设情况的报告")
    assert items(text, "measures-and-results", "next-year-plan") == ["next-year-plan"]


def test_causes_under_a_heading_of_their_own():
    problems = ("三、存在的问题", "一是执法力量不足，全镇持证执法人员仅3名。二是普法形式单一。",
                "四、原因分析", "主要是乡镇编制有限，培训经费投入不足，部分干部重业务、轻法治。")
    plans = ("五、下一步工作计划", PLANS[1])
    assert items(full(MEASURES, FRP, problems, plans), "shortcomings", "shortcoming-causes") == []
    # the heading alone is no cause
    bare = ("三、存在的问题", "一是执法力量不足。二是普法形式单一。", "四、原因分析", "一是执法力量不足。")
    assert items(full(MEASURES, FRP, bare, plans), "shortcoming-causes") == ["shortcoming-causes"]


def test_cause_paragraph_after_the_list():
    problems = ("三、存在的不足和原因", "法治政府建设主要存在以下问题：", "（一）执法力量不足。全镇持证执法人员仅3名。",
                "（二）普法形式单一。", "法治建设不足的原因有以下几点：一是编制有限；二是培训经费投入不足。")
    assert items(full(MEASURES, FRP, problems, PLANS), "shortcoming-causes") == []


# -- held-out generalisation (tests/fixtures/heldout-structure) ------------------------------------

def test_improvement_wording_in_a_shortcomings_heading_still_counts():
    problems = ("三、存在的主要问题及改进情况", PROBLEMS[1])
    assert items(full(MEASURES, FRP, problems, PLANS), "shortcomings") == []


@pytest.mark.parametrize("heading", ["四、2025年重点工作", "四、2025年主要任务"])
def test_next_year_key_work_heading_is_a_plan(heading):
    assert items(full(MEASURES, FRP, PROBLEMS, (heading, PLANS[1])), "next-year-plan") == []


def test_this_years_key_work_is_not_a_plan():
    measures = ("一、2024年重点工作推进情况", MEASURES[1])
    assert items(full(measures, FRP, PROBLEMS), "next-year-plan") == ["next-year-plan"]


@pytest.mark.parametrize("sentence", [
    "街道党工委书记、办事处主任亲自研究部署法治建设工作，主持召开专题会议3次。",
    "局长带头学法，全年参加集体学法6次。",
])
def test_leaders_named_by_title_report_frp(sentence):
    frp = ("一、加强组织领导", sentence)
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "first-responsible-person") == []


def test_leaders_by_title_pattern_matches_as_its_plain_form():
    """The bundled pattern for leaders named by title (written class-first so that the scan skips
    to candidates) finds exactly the matches of its plain form."""
    data = yaml.safe_load((ROOT / "checklists" / f"{AR}.yaml").read_text(encoding="utf-8"))
    bundled = next(p for p in data["sections"]["first-responsible-person"]["or-sentence"]["patterns"]
                   if "亲自" in p and "书" in p)
    plain = r"(?<!副)(书记|[省市州县区旗镇乡]长|局长|主任)[^。；]{0,6}(亲自|带头)[^。；]{0,12}(法治|依法|述法|学法)"
    text = ("书记亲自抓法治。副书记亲自抓法治；党委书记带头学法，副镇长带头学法。县长、乡长亲自部署依法行政。"
            "局长主任亲自述法，主任带头学法；书长亲自法治，记长带头依法，旗长亲自推动述法。市长\n亲自法治。"
            "镇长。亲自学法，副局长亲自法治，副主任带头依法，区长区长带头依法治区")
    for sample in (text, text[1:], "长带头依法" + text, "副" + text):
        assert [m.span() for m in re.finditer(bundled, sample)] == [m.span() for m in re.finditer(plain, sample)]
    assert re.findall(plain, text)  # the text exercises both outcomes


def test_a_school_head_s_safety_duty_is_not_frp():
    frp = ("一、加强校园安全管理", "落实校长是学校安全工作第一责任人制度，全年开展安全检查12次。")
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "first-responsible-person") == ["first-responsible-person"]


def test_leader_acting_on_other_work_is_not_frp():
    frp = ("一、加强组织领导", "镇长亲自带队检查安全生产，全年检查企业12家。")
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "first-responsible-person") == ["first-responsible-person"]


@pytest.mark.parametrize("body", [
    "一是执法力量不足。分析原因，主要在于近年来执法人员退休较多。",
    "一是宣传形式单一。问题成因在于宣传经费投入不足。",
    "一是执法人员业务能力不强。原因，主要是系统培训偏少。",
])
def test_more_cause_phrasings(body):
    assert items(full(MEASURES, FRP, ("三、存在的不足和原因", body), PLANS), "shortcoming-causes") == []


def test_cause_sub_heading_is_not_an_unanswered_problem():
    problems = ("三、存在的问题及原因", "（一）存在的问题。一是执法案卷不规范，发现问题案卷4卷。",
                "（二）原因分析。主观上，部分干部重业务、轻法治；客观上，法治工作力量薄弱。")
    plans = ("四、下步工作安排", "（一）每季度开展执法案卷评查1次。")
    assert items(full(MEASURES, FRP, problems, plans), "plan-answers-shortcomings") == []


def test_frp_list_item_sentence_carries_its_own_count():
    frp = ("二、深化法治队伍建设", "（一）加强法治培训", "全年培训1200人次。", "（1）开展专题学法4次。",
           "（2）局党组书记、局长年底述法1次。")
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "first-responsible-person", "frp-concrete-actions") == []


def test_frp_heading_without_counts_is_still_flagged():
    frp = ("二、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人亲自部署、亲自推动、亲自检查。")
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "frp-concrete-actions") == ["frp-concrete-actions"]


def test_a_deputy_leading_by_example_is_not_the_principal_leader():
    frp = ("一、加强组织领导", "分管副镇长带头学法，全年参加集体学法6次。")
    assert items(full(MEASURES, frp, PROBLEMS, PLANS), "first-responsible-person") == ["first-responsible-person"]


def test_parts_numbered_as_level_two_still_count_as_thematic_parts():
    body = "全年召开党工委会议28次，研究重大事项64项，全部经合法性审查；街道法律顾问列席重要会议19次，审查合同协议37份。"
    text = full(("（一）坚持党的领导，压实法治建设责任", body), ("（二）坚持依法决策，规范权力运行", body),
                ("（三）党政主要负责人履行推进法治建设第一责任人职责情况", "街道党工委书记主持专题会议3次。"),
                ("（四）存在的不足和原因", PROBLEMS[1]), ("（五）下一步工作计划", PLANS[1]))
    assert items(text, "measures-and-results", "shortcomings", "next-year-plan", "first-responsible-person") == []


def test_stock_list_with_specific_items_is_not_only_stock_phrases():
    mixed = ("三、存在的问题和原因", "一是部分干部法治思维有待加强；二是基层法治力量薄弱，镇司法所仅有工作人员2名；"
             "三是普法宣传形式单一，与群众需求结合不够紧密。主要原因：学法培训不够系统。")
    assert items(full(MEASURES, FRP, mixed, PLANS), "shortcomings-specific") == []


def test_a_plan_answering_with_a_synonym():
    problems = ("三、存在的不足和原因", "一是普法工作的针对性还不够强。原因主要是缺少需求调研。")
    answered = ("四、下一步工作计划", "（一）深化法治宣传教育，全年开展活动不少于20场。")
    unrelated = ("四、下一步工作计划", "（一）推进行政复议规范化，全年办结率达到100%。")
    assert items(full(MEASURES, FRP, problems, answered), "plan-answers-shortcomings") == []
    assert items(full(MEASURES, FRP, problems, unrelated), "plan-answers-shortcomings") == ["plan-answers-shortcomings"]


# -- reports laid out in parts (第一部分 …) --------------------------------------------------------

def _in_parts(*parts: tuple[str, ...], separator: str = " ") -> str:
    """The parts with their 一、 headings turned into 第X部分 and the old numbers one level down."""
    names = "一二三四五"
    lines = []
    for n, part in enumerate(parts):
        heading, *body = part
        lines.append(f"第{names[n]}部分{separator}{heading.split('、', 1)[1]}")
        lines.extend(body)
    return report(*lines, *SIGNED)


@pytest.mark.parametrize("separator", [" ", "\u3000", "：", "、"])
def test_a_report_in_parts_has_every_part(separator):
    assert items(_in_parts(MEASURES, FRP, PROBLEMS, PLANS, separator=separator)) == []


def test_a_report_in_parts_still_misses_what_it_lacks():
    assert items(_in_parts(MEASURES, FRP, PROBLEMS), "next-year-plan") == ["next-year-plan"]
    assert items(_in_parts(MEASURES, FRP, PLANS), "shortcomings") == ["shortcomings"]


@pytest.mark.parametrize("heading", ["三、短板弱项", "三、困难和问题", "三、问题和困难", "三、存在的困难和问题",
                                     "三、差距与不足", "三、薄弱环节", "三、需要改进的方面", "三、有待加强的地方"])
def test_shortcomings_headings(heading):
    problems = (heading, PROBLEMS[1])
    assert items(full(MEASURES, FRP, problems, PLANS), "shortcomings") == []


@pytest.mark.parametrize("heading", ["一、工作推进情况", "一、工作落实情况", "一、主要做法和成效", "一、工作开展情况"])
def test_measures_headings(heading):
    assert items(full((heading, MEASURES[1]), FRP, PROBLEMS, PLANS), "measures-and-results") == []


def test_a_problems_word_in_a_measures_heading_stays_a_measure():
    """（二）解决群众困难 is a measure, not the shortcomings part."""
    measures = ("一、主要举措和成效", "（一）着力解决群众困难和问题", "全年化解矛盾纠纷36件。")
    assert items(full(measures, FRP, PLANS), "shortcomings") == ["shortcomings"]


def test_an_attachment_list_does_not_make_the_plans_concrete():
    plans = ("四、2025年度推进法治政府建设的主要安排", "一是进一步加强法治宣传。二是持续深化依法行政。")
    text = full(MEASURES, FRP, PROBLEMS, plans) + "附件：1.青石镇2025年法治工作要点（共12项）\n2.青石镇普法责任清单\n"
    assert items(text, "plan-concrete") == ["plan-concrete"]
