"""punctuation/activity-title-marks: the name of an activity in 书名号 instead of quotation marks."""

from __future__ import annotations

import pytest

from conftest import findings, report
from fzlint.fixes import apply_edits, edits_for
from fzlint.rules import Severity
from fzlint_plugins import punctuation

RULE = "punctuation/activity-title-marks"


def _found(line: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(report(line), RULE)]


@pytest.mark.parametrize("line, title, fixed", [
    ("组织开展《民法典进乡村》系列活动9场，覆盖群众3000余人。", "《民法典进乡村》", "“民法典进乡村”"),
    ("深入开展《护航营商环境专项行动》，走访企业46家。", "《护航营商环境专项行动》", "“护航营商环境专项行动”"),
    ("举办《法治政府大讲堂》4期。", "《法治政府大讲堂》", "“法治政府大讲堂”"),
    ("启动《治理欠薪百日攻坚行动》，追回工资85万元。", "《治理欠薪百日攻坚行动》", "“治理欠薪百日攻坚行动”"),
    ("扎实开展《法律进工地》活动。", "《法律进工地》", "“法律进工地”"),
    ("广泛开展了《禁毒知识进学校》活动。", "《禁毒知识进学校》", "“禁毒知识进学校”"),
    ("举办首届《基层执法人员业务知识竞赛》。", "《基层执法人员业务知识竞赛》", "“基层执法人员业务知识竞赛”"),
    ("参加全市《行政复议案卷评查大比武》，获三等奖。", "《行政复议案卷评查大比武》", "“行政复议案卷评查大比武”"),
    ("部署《电动自行车安全隐患专项整治》。", "《电动自行车安全隐患专项整治》", "“电动自行车安全隐患专项整治”"),
    # 活动 after the title, with no verb before it
    ("通过《法治文化进万家》主题活动，发放资料1200份。", "《法治文化进万家》", "“法治文化进万家”"),
    ("本年度《安全生产月》系列宣传活动共开展11场。", "《安全生产月》", "“安全生产月”"),
    # quotes inside the name become single quotes
    ("举办《“八五”普法知识擂台赛》。", "《“八五”普法知识擂台赛》", "“‘八五’普法知识擂台赛”"),
    # campaign years and meetings
    ("深化《执法规范化建设年》，评查案卷120卷。", "《执法规范化建设年》", "“执法规范化建设年”"),
    ("开展《世界粮食日》主题宣传活动。", "《世界粮食日》", "“世界粮食日”"),
    ("借助《中国水周》开展节水宣传。", "《中国水周》", "“中国水周”"),
    ("开展《信访工作法治化推进年》活动。", "《信访工作法治化推进年》", "“信访工作法治化推进年”"),
    ("召开《全县教育系统法治工作会议》，部署全年工作。", "《全县教育系统法治工作会议》", "“全县教育系统法治工作会议”"),
    ("在《全县教育系统2021年法治工作会议》上作部署。", "《全县教育系统2021年法治工作会议》", "“全县教育系统2021年法治工作会议”"),
    ("县政府法律顾问列席《县政府常务会议》23次。", "《县政府常务会议》", "“县政府常务会议”"),
])
def test_activity_names_in_title_marks(line, title, fixed):
    assert _found(line) == [(title, fixed)]


def test_titles_side_by_side_share_the_verb_and_the_activity():
    got = _found("开展《宪法宣传周》、《民法典宣传月》、《法律服务月》等活动。")
    assert [m for m, _ in got] == ["《宪法宣传周》", "《民法典宣传月》", "《法律服务月》"]


def test_inside_a_quotation_the_name_takes_single_quotes():
    assert _found("群众称赞“开展《法治电影进村居》活动很实在”。") == [("《法治电影进村居》", "‘法治电影进村居’")]


def test_fix_replaces_the_title_marks():
    text = report("组织开展《宪法进社区》系列活动8场。")
    rules = {r.id: r for r in punctuation.RULES}
    fixed = apply_edits(text, edits_for(findings(text, RULE), text, rules, Severity.INFO))
    assert "组织开展“宪法进社区”系列活动8场。" in fixed


@pytest.mark.parametrize("line", [
    # documents about the activity
    "印发《2024年“安全生产月”活动方案》，部署开展各项工作。",
    "转发《关于开展“宪法宣传周”活动的通知》。",
    "组织开展《关于深入开展根治欠薪冬季专项行动的实施意见》学习。",
    "制定《乡村法治建设提升三年行动计划》。",
    "按照《关于开展法律进万家活动》要求，开展宣传8场。",
    "实施《健康中国行动（2019—2030年）》。",
    # laws, books, newspapers, programmes
    "开展《中华人民共和国行政复议法》宣传活动12场。",
    "开展《民法典》宣传活动15场。",
    "组织干部收看《今日说法》《法治在线》等节目。",
    "组织开展《法治在行动》系列活动。",
    "发放《宪法进万家》读本500册。",
    "组织学习《法治政府建设实施纲要（2021—2025年）》。",
    # a news headline cited as a title
    "在《法治日报》刊发《我县扎实开展根治欠薪冬季行动》。",
    "按照《根治欠薪冬季专项行动》部署，排查项目21个。",
    # the name already in quotation marks
    "开展“宪法进校园”系列活动8场。",
    # documents about a meeting
    "印发《关于召开全县法治工作会议的通知》，学习《法治工作会议纪要》。",
    "在《民法典》中明确规定，在《法治政府建设实施纲要（2021—2025年）》中提出。",
])
def test_titles_that_are_right(line):
    assert _found(line) == []


def test_a_run_reaches_back_to_its_verb_across_titles():
    # the verb stands before the first title; the activity's name is the last one
    assert _found("组织开展《中华人民共和国宪法》《全民普法进万家》宣传。") == [("《全民普法进万家》", "“全民普法进万家”")]


def test_a_title_at_the_very_start_of_the_text():
    assert findings("《法律进万家》\n", RULE) == []


def test_a_slogan_between_an_activity_verb_and_its_activity():
    """开展《健康中国·法治同行》主题宣传活动: a name that ends like no law, document or book."""
    fs = findings(report("组织开展《健康中国·法治同行》主题宣传活动，组织开展《宪法进万家》主题宣传活动。"),
                  "punctuation/activity-title-marks")
    assert [f.matched for f in fs] == ["《健康中国·法治同行》", "《宪法进万家》"]
    fine = report("组织开展《民法典》主题宣传活动，开展《中华人民共和国宪法》宣传活动，组织开展《习近平法治思想学习纲要》学习活动，"
                  "开展《榜样》观影活动。")
    assert findings(fine, "punctuation/activity-title-marks") == []


def test_a_slogan_before_a_campaign_month():
    fs = findings(report("以《美好生活·民法典相伴》主题宣传月为契机，开展《民法典》宣传月活动。"), "punctuation/activity-title-marks")
    assert [f.matched for f in fs] == ["《美好生活·民法典相伴》"]
