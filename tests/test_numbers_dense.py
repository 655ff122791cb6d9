"""Numbers rules on dense report text: counts with grouped thousands (1,023件), durations and
programme names written in Chinese numerals, among the legitimate figures around them."""

from __future__ import annotations

from conftest import findings, report, rule_ids


def matched(text: str, select: str) -> list[str]:
    return [f.matched for f in findings(text, select)]


def test_a_count_with_grouped_thousands_is_one_number_for_part_and_whole():
    # read as 23 and 998, the first sentence had a part above its whole; 1,023 is one figure
    text = report("全年共收到行政复议申请1,023件，其中办结998件，维持612件。",
                  "共受理群众来电6,715个，其中咨询类5,210个、投诉类1,505个。",
                  "累计投入资金3,500万元，其中县级财政1,200万元、上级补助2,300万元。")
    assert rule_ids(text, "numbers/part-exceeds-whole") == []


def test_a_part_with_grouped_thousands_above_its_whole():
    text = report("全年共收到行政复议申请1,023件，其中办结1,102件。", "共受理矛盾纠纷896件，调解成功1,842件。")
    assert matched(text, "numbers/part-exceeds-whole") == ["1,102件", "1,842件"]


def test_yu_after_a_grouped_number_that_is_not_round():
    text = report("培育法律明白人1,255余名，挽回经济损失1,250余万元，受众2,000余人次，印发资料12,000余份。")
    fs = findings(text, "numbers/yu-after-nonround")
    assert [f.matched for f in fs] == ["1,255余名"]
    assert "1250余名" in fs[0].message.zh


def test_two_approximation_words_on_a_grouped_number():
    text = report("全年接待来访群众约1,200余人次，服务企业近3,000多家，覆盖群众1,500人左右。")
    assert matched(text, "numbers/double-approx") == ["约1,200余", "近3,000多"]


def test_exact_rate_from_grouped_approximate_counts():
    text = report("排查矛盾纠纷1,200余件，调处成功1,200余件，调解成功率达100%。",
                  "排查矛盾纠纷1,896件，调解成功1,842件，调解成功率97.2%。")
    assert [(f.line, f.matched) for f in findings(text, "numbers/approx-exact-conflict")] == [(4, "1,200余件")]


def test_durations_in_chinese_numerals_are_left_alone():
    text = report("受理依申请公开12件，均在二十个工作日内答复，答复率100%；十五个工作日内作出复议决定。",
                  "整改期限为三个月，其余事项在十二个月内完成，全年开展培训6次、受训126人。")
    assert rule_ids(text, "numbers/numeral-form") == []


def test_packages_named_by_their_count_are_left_alone_but_counts_are_not():
    text = report("实施乡村振兴十项重点工程，落实优化营商环境二十条措施，开展“十大行动”，新增市场主体326户。",
                  "全年组织集体学法十二次、旁听庭审2次，会前学法12次，全镇四十多个自然村实现法律顾问全覆盖。")
    assert matched(text, "numbers/numeral-form") == ["十二次", "四十多个"]
