"""Punctuation rules (GB/T 15834-2011) on report text written for the tests."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import CORPUS, ROOT, corpus, findings, report, rule_ids, run_cli


def test_single_halfwidth_comma_with_fix():
    text = report("在村居、企业开展“以案释法”等活动,大力宣传法律知识。")
    fs = findings(text, "punctuation/halfwidth")
    assert [(f.matched, f.suggestion, f.severity.value) for f in fs] == [(",", "，", "error")]


def test_one_finding_per_line_when_a_paragraph_uses_halfwidth_throughout():
    text = report("2021年,青石镇坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,"
                  "不断提高依法决策、依法管理、依法行政的水平。现将我镇法治政府建设工作报告如下:",
                  "存在问题主要表现在:一是学法不够;二是用法不足。")
    fs = findings(text, "punctuation/halfwidth")
    assert [f.line for f in fs] == [4, 5]
    first = fs[0]
    assert "4 个半角标点" in first.message.zh
    assert first.suggestion.count("，") == 3 and first.suggestion.endswith("：")
    assert "," not in first.suggestion and first.matched.startswith(",")


def test_numbers_times_urls_and_latin_text_are_not_flagged():
    text = report("全年投入资金1,250,000元，比例为3:1，会议于09:30召开，网址https://www.gov.cn/a?b=1,"
                  "联系邮箱sfs@example.gov.cn。Windows (64-bit), Office 2019: ok。")
    assert rule_ids(text, "punctuation/halfwidth") == []


def test_halfwidth_brackets_in_body_and_space_after_comma():
    text = report("全镇18个村(社区)均建立法律顾问制度, 加强组织领导, 健全工作机构。")
    fs = findings(text, "punctuation/halfwidth")
    assert len(fs) == 1
    assert fs[0].suggestion == "（社区）均建立法律顾问制度，加强组织领导，"


def test_legitimate_halfwidth_text_splits_the_span():
    text = report("资金共1,250,000元,已全部到位,用于法治阵地建设。")
    fs = findings(text, "punctuation/halfwidth")
    assert [f.matched for f in fs] == [",已全部到位,"]


def test_heading_marker_alone_is_left_to_the_heading_rule():
    text = report("一、主要举措", "（一）加强学习。", "(二)完善制度。正文全部使用全角标点。")
    assert rule_ids(text, "punctuation/halfwidth") == []


def test_heading_marker_is_included_when_the_line_has_other_halfwidth_marks():
    text = report("一、主要举措", "(一)强化依法决策,提升工作站位。一是严格推进依法决策,严格执行“三重一大”制度。")
    fs = findings(text, "punctuation/halfwidth")
    assert len(fs) == 1 and fs[0].column == 1
    assert "(一)" in fs[0].message.zh and fs[0].suggestion.startswith("（一）强化依法决策，")


def test_unpaired_quotes_and_brackets():
    text = report("组织学习《中华人民共和国行政处罚法，开展“法律明白人培养工程。",
                  "建立健全法律顾问制度）。")
    fs = findings(text, "punctuation/unpaired")
    # an opening mark's span runs to the end of its clause, where its closing mark was due
    assert [(f.line, f.matched) for f in fs] == [(4, "《中华人民共和国行政处罚法"), (4, "“法律明白人培养工程"), (5, "）")]


def test_paired_marks_across_a_broken_line_and_mixed_width_brackets():
    text = report("举办《民法典》、“6·26”国际禁毒日等宣传活动，组建“法治",
                  "宣讲团”开展宣讲。全镇18个村(社区）全覆盖。",
                  "1）建立台账；2）定期调度。")
    assert rule_ids(text, "punctuation/unpaired") == []


def test_doubled_punctuation():
    text = report("依法行政能力，，不断提高。。组织学法10次，。参加培训、，考试合格。",
                  "思想……行动——一致。")
    fs = findings(text, "punctuation/doubled")
    assert [(f.matched, f.suggestion) for f in fs] == [("，，", "，"), ("。。", "。"), ("，。", None),
                                                        ("、，", None)]


def test_dunhao_before_conjunction():
    text = report("高度重视法治政府建设工作、和依法行政工作，规范执法、以及监督工作，学习宪法、民法典、等法律。")
    fs = findings(text, "punctuation/dunhao-before-conjunction")
    assert [(f.matched, f.suggestion) for f in fs] == [("、和", "和"), ("、以及", "以及"), ("、等", "等")]


def test_words_beginning_with_conjunction_characters_are_not_flagged():
    text = report("建设民主、和谐、文明的乡村，做到准确、及时、规范，组织干部、与会代表学习，划分一等、等级评定。")
    assert rule_ids(text, "punctuation/dunhao-before-conjunction") == []


def test_comma_between_parallel_words():
    text = report("在全镇逐步形成严格执法，公正司法，全民学法，全民守法的法治建设工作格局。",
                  "按照政府权力清单，职责清单的要求，进一步强化依法行政。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [(f.matched, f.severity.value) for f in fs] == [
        ("严格执法，公正司法，全民学法，全民守法", "info"), ("权力清单，职责清单", "info")]
    assert fs[0].suggestion == "严格执法、公正司法、全民学法、全民守法"


def test_a_formula_of_parallel_verbs_written_with_commas():
    text = report("坚持把法治建设与经济社会发展同谋划，同部署，同推进，同考核，压实村（社区）党组织书记的责任。",
                  "构建共建，共治，共享的社会治理格局。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["同谋划、同部署、同推进、同考核", "共建、共治、共享"]
    fine = report("与经济社会发展同谋划、同部署、同推进、同考核。同部署，抓落实，促整改。",
                  "与上级同部署，同步推进整改。共建共治共享，同心同德。")
    assert rule_ids(fine, "punctuation/comma-in-list") == []


def test_short_items_of_any_lengths_closed_by_deng_are_a_list():
    text = report("全年开展宪法，民法典，安全生产等法律法规宣传12场。",
                  "通过中心组学习会议，集中学习，公务员学习等平台，认真学习相关法律。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["宪法、民法典、安全生产", "会议、集中学习、公务员学习"]
    # two items, long items (clauses), and 等 ending a clause are left alone
    text = report("开展宪法，民法典等宣传。开展宪法集中宣传，民法典专题宣讲，安全生产培训等活动。",
                  "我镇高度重视，精心组织，全力推进落实等，取得实效。内容涵盖宪法，民法典，安全生产等。")
    assert rule_ids(text, "punctuation/comma-in-list") == []


def test_a_one_character_item_in_a_list_closed_by_deng():
    text = report("全年开展大气，水，土壤等污染防治专项检查12次，查处违法行为5起。",
                  "组织镇，村两级调解员等参加培训3期。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["大气、水、土壤"]
    # a one-character word that is no item, and two items, are left alone
    fine = report("对此，我，镇司法所等单位多次协调。开展大气，水等污染防治检查。")
    assert rule_ids(fine, "punctuation/comma-in-list") == []


def test_a_half_width_semicolon_after_a_figure_ending_a_chinese_line():
    text = report("全年组织执法人员轮训不少于2期，推动执法人员持证上岗率保持100%;", "（三）夯实基层法治基础。")
    assert [(f.matched, f.suggestion) for f in findings(text, "punctuation/halfwidth")] == [(";", "；")]
    assert findings(report("version 2.0;", "a;b"), "punctuation/halfwidth") == []  # no Chinese in the line


def test_a_longer_last_item_closed_by_deng():
    text = report("指导社区修订村规民约，居民公约，红白理事会章程等自治规范12部。")
    assert [f.suggestion for f in findings(text, "punctuation/comma-in-list")] == ["村规民约、居民公约、红白理事会章程"]
    fine = report("我镇高度重视，精心组织，全力推进法治建设落实等，取得实效。")
    assert rule_ids(fine, "punctuation/comma-in-list") == []


def test_a_dun_list_going_on_after_a_comma():
    text = report("对土地、林地，宅基地纠纷等易引发群体性事件的矛盾，由乡综治中心牵头联合调处。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [(f.matched, f.suggestion) for f in fs] == [("林地，宅基地纠纷", "林地、宅基地纠纷")]
    # a longer item before the comma ends a clause of its own
    fine = report("加强土地、林地管理，宅基地纠纷等矛盾得到化解。统筹土地、林地，不断完善管理制度。")
    assert rule_ids(fine, "punctuation/comma-in-list") == []


def test_a_colon_after_one_enumerator_of_a_paragraph():
    text = report("组织开展活动。一是开展企业合规专题讲座8场；二是：组建园区法律服务团；三是发放资料3000份。")
    fs = findings(text, "punctuation/enumerator-colon")
    assert [(f.matched, f.suggestion) for f in fs] == [("：", "")]
    # paragraphs each opening with one
    text = report("一是：依法决策意识有待增强。", "二是执法规范化水平不高。", "三是基层普法实效不强。")
    assert [f.line for f in findings(text, "punctuation/enumerator-colon")] == [4]
    two = report("在依法决策方面，一是：坚持重大事项集体讨论决定；二是严格合法性审查。")
    assert [f.matched for f in findings(two, "punctuation/enumerator-colon")] == ["："]
    # every enumerator with its colon, or as often with as without, and 是： elsewhere
    fine = report("一是：加强学习；二是：完善制度。",
                  "街道法律顾问单位是：青溪县明理律师事务所，主要是：一是编制有限；二是经费不足；三是人员不足。")
    assert rule_ids(fine, "punctuation/enumerator-colon") == []


def test_items_of_five_or_six_characters_closed_by_deng_are_a_list():
    text = report("组织村干部学习土地承包，宅基地管理，森林防火等法律知识。",
                  "依法对社会团体，社会服务机构，慈善组织等开展年度检查。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["承包、宅基地管理、森林防火", "团体、社会服务机构、慈善组织"]
    # the first item a word the segmenter cuts before a one-character word (公众|号)
    fs = findings(report("通过园区公众号，电子显示屏，企业服务群等渠道推送法律知识。"), "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["公众号、电子显示屏、企业服务群"]
    # a law named without title marks may be the longer last item
    fs = findings(report("组织学习宪法，民法典，未成年人保护法等法律法规。"), "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["宪法、民法典、未成年人保护法"]
    # a last item in quotes, alone or with its noun
    fs = findings(report("依托宣传栏，微信群，“村村响”大喇叭等载体开展宣传。", "依托宣传栏，微信群，“村村响”等载体。"),
                  "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["宣传栏、微信群、“村村响”大喇叭", "宣传栏、微信群、“村村响”"]
    assert rule_ids(report("通过“学习强国”，“法治宣传”等平台，依托宣传栏，微信群，“村村响”广播喇叭系统等载体。"),
                    "punctuation/comma-in-list") == []
    # a verb opening the list in its segment is no item (开展宣传，依托宣传栏，…: the list is 宣传栏，微信群，公众号)
    fs = findings(report("组织开展宣传，依托宣传栏，微信群，公众号等载体。", "以民法典宣传月等节点，通过村民大会，院坝会，入户走访等形式。"),
                  "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["宣传栏、微信群、公众号", "大会、院坝会、入户走访"]  # (the first item as segmented)
    # a short last segment: the item, 等 and its noun (公证等资源)
    fs = findings(report("整合人民调解，法律援助，公证等资源，建成县公共法律服务中心。"), "punctuation/comma-in-list")
    assert [f.suggestion for f in fs] == ["人民调解、法律援助、公证"]
    # phrases of seven characters and more are clauses: left alone
    text = report("组织开展宪法集中宣传，推进民法典专题宣讲，加强安全生产培训等工作。",
                  "推进执法规范化建设，深化综合执法改革，严格落实行政执法三项制度等工作，依法办事依法等。")
    assert rule_ids(text, "punctuation/comma-in-list") == []


def test_titles_listed_with_commas():
    text = report("深入宣传《医师法》，《基本医疗卫生与健康促进法》，《传染病防治法》等法律法规。",
                  "学习《宪法》，并对照《民法典》逐条解读；学习《宪法》《民法典》等法律。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [(f.line, f.suggestion) for f in fs] == [(4, "《医师法》《基本医疗卫生与健康促进法》《传染病防治法》")]


def test_clauses_separated_by_commas_are_not_lists():
    text = report("提升理论素养，武装头脑，指导实践。积极为群众提供法律服务，办实事，解难题，依法调处矛盾纠纷。",
                  "组织集中学习，深入学习习近平法治思想，不断提高依法行政能力。")
    assert rule_ids(text, "punctuation/comma-in-list") == []


def test_latin_full_stop_between_items():
    text = report("举办“4·15”国家安全日.“12·4”宪法宣传日等宣传活动，推进法治宣传.建设法治文化阵地。",
                  "1.建立制度", "资金3.5万元，增长2.5%。")
    fs = findings(text, "punctuation/period-between-items")
    assert [(f.matched, f.suggestion) for f in fs] == [(".", "、"), (".", None)]
    assert fs[0].severity.value == "warning"


def test_exclamation_outside_quotes_is_info():
    text = report("为经济社会发展提供有力的法治保障！", "开展“喜迎二十大！”主题宣传活动。")
    fs = findings(text, "punctuation/exclamation")
    assert [(f.line, f.severity.value, f.suggestion) for f in fs] == [(4, "info", "。")]


def test_day_names_take_the_interpunct():
    text = report("如“3.15”消费者权益保护日、“4.15”全民国家安全教育日、6.26国际禁毒日、12.4国家宪法日等。",
                  "围绕“3.15”、“4.15”等节点开展宣传。")
    fs = findings(text, "punctuation/day-interpunct")
    assert [f.suggestion for f in fs] == ["“3·15”", "“4·15”", "“6·26”", "“12·4”", "“3·15”", "“4·15”"]


def test_decimals_are_not_day_names():
    text = report("投入资金3.15亿元，增长6.26%，人均12.4平方米，“4·15”全民国家安全教育日，第3.1节规定。")
    assert rule_ids(text, "punctuation/day-interpunct") == []


def test_broken_paragraph():
    text = report("（二）深入推进法治宣传教育。在全乡组建习近平法治思想宣讲团，",
                  "围绕党委、政府各项中心工作，组织学习宣传。",
                  "主要表现在：一是学法不够，",
                  "二是用法不足。",
                  "（三）加强队伍建设，",
                  "组织执法人员参加培训。")
    fs = findings(text, "punctuation/broken-paragraph")
    assert [(f.line, f.matched, f.severity.value) for f in fs] == [(4, "，", "warning")]
    # a heading alone on its line before its text is reported as such (once)
    assert [f.line for f in findings(text, "punctuation/heading-end")] == [8]


def test_a_paragraph_ending_in_a_comma_before_a_heading_or_the_end():
    text = report("（二）强化重点领域执法", "排查隐患97处，整改96处，整改率为99%，", "（三）强化行政权力制约和监督",
                  "主动接受人大监督，全年办理建议12件，")
    fs = findings(text, "punctuation/broken-paragraph")
    assert [(f.line, f.matched) for f in fs] == [(5, "，"), (7, "，")]
    assert "其后已是标题" in fs[0].message.zh and "全文结束" in fs[1].message.zh
    # a line that introduces the headings after it, and a heading ending in a comma, are no broken paragraph
    fine = report("一、主要举措", "2024年主要做法如下，", "（一）坚持依法决策。", "二、存在的不足，", "（一）学法不够。",
                  "（二）力争2025年6月底前全部整改到位，，", "（三）做好年度报告公开。")
    assert findings(fine, "punctuation/broken-paragraph") == []


def test_dunhao_between_fully_quoted_items_is_info():
    text = report("学习《公务员法》、《民法典》等法律，通过“法律明白人”、“普法志愿者”、选聘调解员等形式，"
                  "围绕“三月法治宣传月”、“八五”普法等节点，举办《民法典》、“6·26”国际禁毒日宣传。")
    fs = findings(text, "punctuation/dunhao-between-quoted")
    assert [(f.matched, f.severity.value, f.suggestion) for f in fs] == [("、", "info", ""), ("、", "info", "")]


def test_metadata_lines_are_left_to_hygiene():
    text = report("2022-04-26 07:52 来源: 青石镇人民政府", "正文使用全角标点。")
    assert rule_ids(text, "punctuation") == []


def test_straight_quotes_around_chinese_text():
    text = report('通过"法律明白人"、"普法志愿者"等形式开展宣传，型号为"X-200"。')
    fs = findings(text, "punctuation/halfwidth")
    assert len(fs) == 1 and fs[0].suggestion == "“法律明白人”、“普法志愿者”"


def test_a_lone_straight_quote_between_chinese_words_lost_its_partner():
    text = report('开展"法律进乡村活动12场，惠及群众3000余人。', '组织开展"宪法宣传周活动。')
    assert [(f.line, f.matched) for f in findings(text, "punctuation/unpaired")] == [
        (4, '"法律进乡村活动12场'), (5, '"宪法宣传周活动')]
    assert findings(text, "punctuation/halfwidth") == []  # which of “ and ” it was cannot be told
    fine = report('采购55"液晶显示屏2台。', '通过"法律明白人"开展宣传。',
                  '推行“首违不罚"清单。')  # the straight quote closes the “: reported once, at the “
    assert [f.matched for f in findings(fine, "punctuation/unpaired")] == ['“首违不罚"清单']


def test_straight_quotes_around_a_day_with_the_interpunct():
    text = report('以"12·4"国家宪法日和“统计开放日”为契机开展宣传。')
    assert [f.suggestion for f in findings(text, "punctuation/halfwidth")] == ["“12·4”"]
    fine = report('型号为"X·200"，温度"36·5"。')  # not between Chinese words
    assert findings(fine, "punctuation/halfwidth") == []


def test_quoted_decimals_are_not_day_names_and_fake_ellipsis():
    text = report("打造“2.5”小时经济圈，投入“1.5”亿元。开展“3.15”宣传活动。。。")
    assert [f.suggestion for f in findings(text, "punctuation/day-interpunct")] == ["“3·15”"]
    assert rule_ids(text, "punctuation/doubled") == []
    assert [f.suggestion for f in findings(text, "punctuation/ellipsis")] == ["……"]


def test_ellipsis_forms():
    text = report("开展送法进村、以案释法...等活动，组织学习…全面提升……能力，版本v1.2...ok。")
    fs = findings(text, "punctuation/ellipsis")
    assert [(f.matched, f.severity.value, f.suggestion) for f in fs] == [
        ("...等", "warning", "等"), ("…", "warning", "……")]


def test_range_dash_for_years_and_months_but_not_dates():
    text = report("认真落实《法治政府建设实施纲要（2021-2025年）》，1-6月共办理案件12件，"
                  "2022-04-26召开会议，2021—2025年规划，联系电话0827-1234567。")
    fs = findings(text, "punctuation/range-dash")
    assert [(f.suggestion, f.severity.value) for f in fs] == [("2021—2025", "info"), ("1—6", "info")]
    in_a_year = report("2025年1-6月共办理案件12件，2025年7－12月办结9件，2024-5-6月份数据另报。")
    assert [f.suggestion for f in findings(in_a_year, "punctuation/range-dash")] == ["1—6", "7—12"]


@pytest.fixture(scope="module")
def corpus_sarif(tmp_path_factory):
    """SARIF of the punctuation, numbers and hygiene rules over the real corpus."""
    sarif = tmp_path_factory.mktemp("corpus") / "pnh.sarif"
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))
    proc = run_cli("check", "--select", "punctuation,numbers,hygiene", "--format", "sarif",
                   "--output", str(sarif), *files)
    assert proc.returncode in (0, 1), proc.stderr
    return sarif


@corpus
@pytest.mark.corpus
@pytest.mark.parametrize("category", ["punctuation", "numbers", "hygiene"])
def test_corpus_labels_found_without_false_alarms(corpus_sarif, category):
    score = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "tools" / "score_corpus.py"),
                            str(CORPUS / "expected.yaml"), str(corpus_sarif), "--category", category],
                           capture_output=True, text=True)
    assert score.returncode == 0, score.stdout


def test_doubled_mixed_width_comma_is_reported_once():
    text = report("依法行政能力，,不断提高。")
    assert rule_ids(text, "punctuation") == ["punctuation/doubled"]


def test_nested_title_marks_and_quotes():
    text = report("学习《关于《中华人民共和国行政复议法》的说明》，开展“学习“八五”普法”活动。")
    fs = findings(text, "punctuation/nested-marks")
    assert [(f.matched, f.suggestion) for f in fs] == [("《中华人民共和国行政复议法》", "〈中华人民共和国行政复议法〉"),
                                                       ("“八五”", "‘八五’")]


def test_correct_nesting_and_unbalanced_paragraphs_are_not_nested_marks():
    text = report("学习《全国人民代表大会常务委员会关于〈中华人民共和国宪法修正案〉的决定》，开展“‘法律明白人’培养”工程。",
                  "开展“宪法进万家”“民法典进村”活动，学习《民法典》《行政处罚法》。",
                  "印制“法律明白人“手册，开展“学习“八五”普法”活动。")
    assert rule_ids(text, "punctuation/nested-marks") == []


def test_ellipsis_together_with_deng():
    text = report("开展宪法、民法典……等宣传，组织送法进村、以案释法等等……活动，开展普法、调解等……工作。")
    assert [f.matched for f in findings(text, "punctuation/ellipsis")] == ["……等", "等等……", "等……"]


def test_ellipsis_before_a_word_starting_with_deng_is_not_doubled():
    text = report("落实宪法、民法典……等级评定同步推进，学习宪法、民法典……")
    assert rule_ids(text, "punctuation/ellipsis") == []


def test_decimals_before_measure_words_are_not_day_names():
    text = report("覆盖12.4平方公里节点区域，组织5.1公里徒步日活动，完成1.5亿元投资的日常监管，利用12.4国家宪法日开展宣传。")
    assert [f.matched for f in findings(text, "punctuation/day-interpunct")] == ["12.4"]
    assert findings(text, "punctuation/day-interpunct")[0].column > 10


def test_dunhao_before_words_that_only_start_like_a_conjunction():
    text = report("建设生态宜居、和美乡村，弘扬诚信、和合文化，排查风险、或然事件，落实宪法、和民法典的宣传。")
    assert [f.matched for f in findings(text, "punctuation/dunhao-before-conjunction")] == ["、和"]
    # 和合 is no word where the segmenter cuts 和 off a word (、和|合格)
    text = report("评出优秀案卷12卷、良好案卷36卷、和合格案卷12卷。")
    assert [f.matched for f in findings(text, "punctuation/dunhao-before-conjunction")] == ["、和"]
    text = report("开展宣传“进企业、进学校、及进家庭”活动。")  # cut 及进|家庭
    assert [f.matched for f in findings(text, "punctuation/dunhao-before-conjunction")] == ["、及进"]


def test_enumerators_are_told_from_unpaired_brackets():
    text = report("一）学法；a)守法；123）用法，制定（试行）办法。", "  2）定期调度。")
    fs = findings(text, "punctuation/unpaired")
    assert [(f.line, f.column, f.matched) for f in fs] == [(4, 14, "）")]


def test_halfwidth_run_is_split_by_a_url_between_its_marks():
    text = report("访问网站,网址https://www.gov.cn/a,b,进行学习,提升能力。")
    fs = findings(text, "punctuation/halfwidth")
    assert [(f.matched, f.suggestion) for f in fs] == [(",", "，"), (",", "，")]
    assert fs[0].column < fs[1].column


def test_nested_quotes_in_a_paragraph_broken_across_lines():
    text = report("开展“学习“八五", "普法”活动”，组织学习。")
    fs = findings(text, "punctuation/nested-marks")
    assert [(f.matched, f.suggestion) for f in fs] == [("“八五\n普法”", "‘八五\n普法’")]


def test_bare_day_names_with_other_dots():
    text = report("开展4•15国家安全日、12．4宪法宣传日和3.8妇女节活动，完成1.2.3日任务。")
    assert [f.suggestion for f in findings(text, "punctuation/day-interpunct")] == ["“4·15”", "“12·4”", "“3·8”"]


def test_comma_lists_in_sentences_ended_by_colon_and_semicolon():
    text = report("形成工作格局：严格执法，公正司法，全民守法的格局；落实政府权力清单，职责清单的要求。")
    fs = findings(text, "punctuation/comma-in-list")
    assert [f.matched for f in fs] == ["严格执法，公正司法，全民守法", "权力清单，职责清单"]


def test_nested_marks_shortcut_gives_the_paragraph_scans_findings():
    """A report without an opener inside an open pair or skipped text skips the paragraph scan: no finding is lost."""
    from fzlint.document import Document
    from fzlint_plugins.punctuation import _NESTABLE, _nested_by_paragraph, _nested_findings, _Scan

    texts = [report("学习《关于《中华人民共和国行政复议法》的说明》，开展“学习“八五”普法”活动。"),
             report("开展“宪法进万家”“民法典进村”活动，学习《民法典》《行政处罚法》。", "（一）“放管服”改革"),
             report("印制“法律明白人“手册，开展“学习“八五”普法”活动。", "学习《宪法》。"),
             report("开展“宪法进万家”活动，", "延续“学习“八五”普法”到下一行。")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    found = []
    for text in texts:
        doc = Document.from_text(text, path="r.txt")

        def scan(skip):
            return _Scan(doc, skip, {h.line: (h.start, h.marker_end) for h in doc.headings},
                         {h.line for h in doc.headings})

        kinds = [kind for kind in _NESTABLE if text.count(kind[0]) >= 2]
        plain = [(f.start, f.end, f.suggestion) for f in _nested_by_paragraph(scan([]), kinds)]
        assert [(f.start, f.end, f.suggestion) for f in _nested_findings(scan([]))] == plain, text[:40]
        # skipped text without a mark (a URL, a number) keeps the shortcut: the same findings
        skip = [(m.start(), m.end()) for m in re.finditer(r"\d+|[a-z]+", text)]
        plain = [(f.start, f.end, f.suggestion) for f in _nested_by_paragraph(scan(skip), kinds)]
        assert [(f.start, f.end, f.suggestion) for f in _nested_findings(scan(skip))] == plain, text[:40]
        found.append(len(plain))
    assert found[:4] == [2, 0, 0, 1]


def test_halfwidth_shortcuts_give_the_runs_and_fixes_of_the_plain_way():
    """A line whose only half-width marks are flagged is one run without looking at each gap, and a run
    without spaces or straight quotes is fixed by replacing each kind of mark: the same as the plain way."""
    from fzlint.document import Document
    from fzlint_plugins.punctuation import (_clusters, _clusters_by_gap, _fixed_mark_by_mark, _halfwidth_marks,
                                            _run_made_fullwidth, _scan)

    text = report("2021年,青石镇坚持(试行)制度;开展学习:一是学法!二是用法?三是1,000元,见网址https://a.cn/b,c,继续。",
                  "全镇18个村(社区)均建立制度, 加强领导,健全机构(见附件)。",
                  '发放"法律明白人"手册,组织(学习,宣传)活动: 成效明显!',
                  "(一)强化依法决策,提升站位。a,b;c:Latin (text), 以及,，重复;；标点",
                  "比例3:1,时间09:30,（全角括号)与(半角）混用,结束")
    doc = Document.from_text(text, path="r.txt")
    scan = _scan(doc, _default_context())  # URLs, times and grouped numbers skipped
    runs = 0
    for idx, line in enumerate(doc.lines):
        marks = _halfwidth_marks(scan, idx)
        if not marks:
            continue
        runs_of_line = _clusters(line, list(marks), scan, doc.line_starts[idx])
        assert runs_of_line == _clusters_by_gap(line, list(marks), scan, doc.line_starts[idx]), line
        for run in runs_of_line:
            run_marks = {i: marks[i] for i in run}
            end, fixed = _run_made_fullwidth(line, run_marks)
            assert fixed == _fixed_mark_by_mark(line, run_marks, end), line
            runs += 1
    assert runs >= 8


def test_halfwidth_kinds_decide_marks_after_chinese_as_the_neighbour_tests():
    """_HALFWIDTH_KIND flags a mark right after Chinese, and drops a , or ; next to a clause mark, in re:
    the same decisions as the tests of the neighbouring characters; anything else is left to Python."""
    from fzlint_plugins.punctuation import _CLAUSE_MARKS, _FULL_PUNCT, _HALFWIDTH_KIND, FULLWIDTH, _cjk_like

    neighbours = ["", " ", "\u3000", "a", "1", "法", "，", "。", "；", "：", "、", "！", "“", "》", "（", "(", ",", "—"]
    for before in neighbours:
        for mark in list(FULLWIDTH) + ["（", "）"]:
            for after in neighbours:
                m = _HALFWIDTH_KIND.match(before + mark + after, len(before))
                assert m is not None and m.end() == len(before) + 1
                after_chinese = mark in ",;:!?" and _cjk_like(before)
                next_to_clause = mark in ",;" and (before in _CLAUSE_MARKS or after in _CLAUSE_MARKS)
                expected = (1 if after_chinese and not next_to_clause else 2 if after_chinese else None)
                assert m.lastindex == expected, (before, mark, after)
    assert set(_CLAUSE_MARKS) <= set(_FULL_PUNCT)  # a clause mark before a mark is Chinese


def test_no_chinese_character_or_mark_is_a_digit():
    """_halfwidth_marks flags a mark right after Chinese without the digit test (1,000 and 3:1 are left alone)."""
    import sys

    from fzlint_plugins.punctuation import _CJK_LIKE, _SPACES

    digits = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isdigit())
    assert _CJK_LIKE.search(digits) is None
    assert _CJK_LIKE.search(_SPACES) is None  # nor a space: a character right before a mark is its nearest one


def test_unpaired_shortcut_is_taken_only_when_the_paragraph_scan_finds_nothing():
    """_all_paired (no scan by paragraph) holds only for texts where the paragraph scan finds no unpaired mark."""
    from fzlint.document import Document
    from fzlint_plugins.punctuation import _BRACKETS, _all_paired, _scan, _unpaired_marks

    context = _default_context()
    cases = [("开展“宪法进万家”活动（试行），学习《民法典》“《宪法》”。", True),
             ("全镇18个村(社区）均建立制度【试点】〔2024〕。", True),
             ("（一）加强学习（试行）。", True),
             ("访问网址https://a.cn/x(1)，学习。", True),  # a pair inside the skipped URL
             ("开展“学习，\n八五”普法。", False),  # closes on the next line: the paragraphs are scanned
             ("一）学法；a)守法；制定（试行）办法。", False),  # enumerators
             ("（一）学法；a)守法。", False),  # an enumerator after a heading marker's ）
             ("（二）学法（试行）。\n（三）守法。", True),  # closers ending heading markers
             ("学习People’s Daily的报道。", False),  # an apostrophe
             ("访问https://a.cn/x(1 ），学习。", False),  # an opener inside the URL, its closer outside
             ("开展“学习《宪法”》活动。", False),  # crossed
             ("学习（宪法）》和“民法典。", False)]
    for body, expected in cases:
        scan = _scan(Document.from_text(report(body), path="r.txt"), context)
        assert _all_paired(scan) is expected, body
        if expected:
            assert [mark for paragraph, brackets in scan.by_paragraph(_BRACKETS)
                    for mark in _unpaired_marks(scan, paragraph, brackets)] == [], body


def test_doubled_marks_pattern_matches_as_the_plain_pattern():
    """The lookahead in _DOUBLED only makes marks that are not doubled fail sooner: the same matches."""
    from fzlint_plugins.punctuation import _DOUBLED

    plain = re.compile(r"[，。；：、,;](?:[ \t\u3000]*[，。；：、,;])+")
    text = ("依法行政，，不断提高。。。学习； ；宣传、， 落实,;完成 ，\u3000。 结束。\n，\n"
            "一、 二、三，四 ；; ,, ：：。" + report("开展学习，提升能力；加强宣传、推进落实。"))
    assert [m.span() for m in _DOUBLED.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) >= 7


def _default_context():
    """The check context of the default configuration, for calling a check's helpers directly."""
    from fzlint.config import Config
    from fzlint.engine import CheckContext, Engine, enabled_rules

    config = Config(root=str(ROOT))
    return CheckContext(config=config, rules=enabled_rules(Engine().all_rules(config), config, None),
                        plugin_options=config.options)


def test_stops_and_day_names_found_from_the_dots_as_by_a_plain_scan():
    """_PERIOD and _DAY_BARE are tried only at (or just before) their dots: the matches of a plain finditer."""
    from fzlint.regexscan import finditer_around, finditer_at, occurrences
    from fzlint_plugins.punctuation import _DAY_BARE, _DAY_DOTS, _PERIOD

    text = report("“4·15”国家安全日.“12·4”宪法宣传日.开展3.15活动、6.26国际禁毒日、12．4宪法日和3•8妇女节，"
                  "增长6.26%，1.2.3日任务，第3.5节，网址www.gov.cn.学习。", "5.1公里.12.4平方公里；7.7纪念日")
    assert ([m.span() for m in finditer_at(_PERIOD, text, occurrences(text, (".", "．")))]
            == [m.span() for m in _PERIOD.finditer(text)] != [])
    assert ([m.span() for m in finditer_around(_DAY_BARE, text, occurrences(text, _DAY_DOTS), 2)]
            == [m.span() for m in _DAY_BARE.finditer(text)] != [])


def test_quoted_dunhao_pattern_finds_the_dunhao_of_the_plain_pattern():
    """_QUOTED_DUN starts at the 、 and looks back at the closing mark: the 顿号 the plain pattern finds."""
    from fzlint_plugins.punctuation import _QUOTED_DUN

    plain = re.compile(r"[”》]、(?=[“《][^”》“《\n]{1,40}[”》](?:[、等和及与或，。；]|以及))")
    text = report("学习《公务员法》、《民法典》、《行政处罚法》等法律，开展“八五”、“法律明白人”以及“宪法进万家”活动，"
                  "“八五”普法、《民法典》宣传、、《宪法》、“", "》、《未完", "“甲”、“乙”和“丙”")
    assert [m.start() for m in _QUOTED_DUN.finditer(text)] == [m.end() - 1 for m in plain.finditer(text)] != []


def test_a_dunhao_before_ji_joined_to_the_next_word():
    fs = findings(report("镇村两级人民调解员、网格员、及村法律顾问共计186人。"), "punctuation/dunhao-before-conjunction")
    assert [(f.matched, f.suggestion) for f in fs] == [("、及村", "及村")]
    assert findings(report("加强宣传、及时处置。"), "punctuation/dunhao-before-conjunction") == []


def test_a_heading_alone_on_its_line_ending_in_a_comma_or_semicolon():
    text = report("一、主要举措", "（一）坚持依法科学民主决策，", "严格执行《重大行政决策程序暂行条例》。",
                  "二、严格规范公正文明执法，", "（一）严格水行政执法；", "全年立案12件。",
                  "（二）加强组织领导，成立了领导小组，", "由书记任组长。",
                  "三、下一步计划", "1.完善制度建设；", "2.加强队伍建设；", "3.强化监督检查。")
    fs = findings(text, "punctuation/heading-end")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [(5, "，", ""), (7, "，", ""), (8, "；", "")]
    colon = findings(report("三、存在的不足和原因：", "一是执法力量不足。"), "punctuation/heading-end")
    assert [f.matched for f in colon] == ["："]
    # a run-in heading broken after a comma is a broken paragraph, reported once
    assert [f.line for f in findings(text, "punctuation/broken-paragraph")] == [10]


def test_dunhao_between_titles_that_hold_quotes_of_their_own():
    text = report("对《岚溪县城区学校划片招生方案》、《岚溪县“十四五”学前教育发展提升行动计划实施方案》等重大事项开展论证。",
                  "开展《中华人民共和国安全生产法》、《建设工程质量管理条例》专题培训2期。")
    assert [f.line for f in findings(text, "punctuation/dunhao-between-quoted")] == [4, 5]
    kept = report("开展“八五”普法、《民法典》宣传，学习《民法典》和《宪法》。")
    assert findings(kept, "punctuation/dunhao-between-quoted") == []


def test_single_quotes_as_the_outer_quotes():
    text = report("坚持和发展新时代‘枫桥经验’，推进诉源治理。")
    fs = findings(text, "punctuation/outer-single-quotes")
    assert [(f.matched, f.suggestion) for f in fs] == [("‘枫桥经验’", "“枫桥经验”")]
    fine = report("开展“学习‘八五’普法规划”主题活动，", "接受《People’s Daily》采访。", "引用“他说：‘依法办事’”一句。")
    assert findings(fine, "punctuation/outer-single-quotes") == []


def test_corner_brackets_as_quotes_in_horizontal_text():
    text = report("有力震慑了「打击欺诈骗保」领域的违法行为，开展“学习『枫桥经验』”活动。")
    assert [(f.matched, f.suggestion) for f in findings(text, "punctuation/corner-quotes")] == [
        ("「打击欺诈骗保」", "“打击欺诈骗保”"), ("『枫桥经验』", "‘枫桥经验’")]
    assert findings(report("开展“打击欺诈骗保”专项整治。"), "punctuation/corner-quotes") == []


def test_a_paragraph_of_running_text_without_its_closing_full_stop():
    text = report("一、主要举措",
                  "扎实推进“八五”普法规划收官，开展宣传活动21场。组织干部参加学法考试，参考率、合格率均达到100%",
                  "全面推行政府采购全流程电子化，全年完成采购项目617个，节约资金0.72亿元。",
                  "二、存在的不足", "一是财政法治人才较为缺乏，全局具有法律职业资格的干部仅2人，依法理财能力有待提升")
    fs = findings(text, "punctuation/paragraph-end")
    assert [(f.line, f.suggestion) for f in fs] == [(5, None), (8, "升。")]
    assert "断开" in fs[0].message.zh
    # short lines (titles, names, dates), headings and lines wrapped at a width are left alone
    fine = report("一、主要举措", "全面推行政府采购全流程电子化，全年完成采购项目617个。", "",
                  "全年调处纠纷88起，化解纠纷86起，群众满意度明显提升。（数据截至11月底，由综治中心提供）", "",
                  "某县财政局", "2026年2月12日")
    assert findings(fine, "punctuation/paragraph-end") == []
    wrapped = report(*["全面推行政府采购全流程电子化，全年完成采购项目617个，节约资金0.72亿元，同比增长"] * 4)
    assert findings(wrapped, "punctuation/paragraph-end") == []
