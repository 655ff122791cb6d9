"""Punctuation: more forms of doubled marks and ranges, and the correct text around them."""

from __future__ import annotations

from conftest import findings, report, rule_ids


def test_question_or_exclamation_mark_next_to_a_clause_mark_is_doubled():
    text = report("全年是否全部完成合法性审查？。下一步将继续推进。", "执法队伍力量薄弱，？亟待加强。")
    fs = findings(text, "punctuation/doubled")
    assert [(f.line, f.matched) for f in fs] == [(4, "？。"), (5, "，？")]
    assert all(f.suggestion is None for f in fs)  # which of the two to keep depends on the sentence


def test_repeated_question_and_exclamation_marks_are_left_alone():
    # GB/T 15834-2011 §4.2.3.3 and §4.3.3.2 allow ？？ ！！ and ？！ for emphasis
    text = report("难道这些问题还不值得重视吗？！", "这是为什么？？", "“法治白沙，你我同行！！”")
    assert rule_ids(text, "punctuation/doubled") == []


def test_month_range_with_both_months_written_out():
    text = report("2024年3月-6月，开展专项整治行动；1月－12月共受理行政复议申请5件。")
    fs = findings(text, "punctuation/range-dash")
    assert [(f.matched, f.suggestion) for f in fs] == [("3月-6", "3月—6"), ("1月－12", "1月—12")]


def test_dates_and_descending_months_are_not_ranges():
    text = report("会议于2024年3月5日-6月召开筹备会，12月-1月为冬季，举报电话0818-3月12日已公布。")
    assert rule_ids(text, "punctuation/range-dash") == []


def test_bare_day_name_before_a_publicity_week_or_gala():
    text = report("结合12.4宪法宣传周开展宣传，利用3.15晚会契机开展消费维权宣传。")
    assert [f.matched for f in findings(text, "punctuation/day-interpunct")] == ["12.4", "3.15"]


def test_decimals_before_week_words_are_not_day_names():
    text = report("办理时限缩短1.5周，评分9.8位居本周第一，达到4.5周岁以上。")
    assert rule_ids(text, "punctuation/day-interpunct") == []


def test_straight_single_quotes_around_chinese_text():
    text = report("组织学习'八五'普法规划，开展“学习'八五'普法”活动。")
    fs = findings(text, "punctuation/halfwidth")
    # one finding per line: inside “…” the pair becomes ‘…’ (GB/T 15834-2011 §4.6.3.1)
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("'八五'普法规划，开展“学习'八五'", "“八五”普法规划，开展“学习‘八五’")]


def test_apostrophes_and_latin_quotes_are_not_chinese_quotes():
    text = report("组织学习People's Daily的'rule of law'专栏和China's报道，学法12次。")
    assert rule_ids(text, "punctuation/halfwidth") == []


def test_latin_full_stop_ending_a_chinese_line():
    text = report("全年召开党委会专题研究法治政府建设4次.", "法治建设取得明显成效．", "一、主要举措和成效",
                  "开展送法进村、以案释法...", "详见www.bsx.gov.cn.")
    fs = findings(text, "punctuation/period-between-items")
    assert [(f.line, f.suggestion) for f in fs] == [(4, "。"), (5, "。")]


def test_ranges_of_values_take_the_wave_dash():
    text = report("行政许可办理时限压缩至3-5个工作日，每期培训10~15人，抽查比例提高5%-10%，"
                  "参训人员年龄18－60岁，每村投入1.5-2万元。")
    fs = findings(text, "punctuation/range-dash")
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("3-5", "3～5"), ("10~15", "10～15"), ("5%-10", "5%～10"), ("18－60", "18～60"), ("1.5-2", "1.5万～2")]  # (1.5万～2万元: GB/T 15835)


def test_codes_house_numbers_and_falling_pairs_are_not_value_ranges():
    text = report("联系电话0827-1234567，办公地点3-5号楼，2022-04-26召开会议，按V2-3次修订稿执行，"
                  "第3-2批名单已公布，见http://www.gov.cn/1-2个，案卷编号3-1件，3～5个工作日办结。")
    assert rule_ids(text, "punctuation/range-dash") == []


def test_title_marks_written_with_look_alike_signs():
    text = report("组织乡村干部集中学习<<中华人民共和国行政处罚法>>、<民法典>和〈〈宪法〉〉等法律法规。")
    fs = findings(text, "punctuation/title-mark-lookalike")
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("<<中华人民共和国行政处罚法>>", "《中华人民共和国行政处罚法》"), ("<民法典>", "《民法典》"), ("〈〈宪法〉〉", "《宪法》")]


def test_a_single_angle_title_outside_title_marks():
    text = report("组织学习〈中华人民共和国农村集体经济组织法〉，学习《全国人民代表大会常务委员会关于〈中华人民共和国宪法修正案〉的决定》。")
    fs = findings(text, "punctuation/title-mark-lookalike")
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("〈中华人民共和国农村集体经济组织法〉", "《中华人民共和国农村集体经济组织法》")]


def test_comparisons_markup_and_nested_titles_are_no_look_alike_title_marks():
    text = report("当x<5且y>3时，a<b>c，学习《全国人民代表大会常务委员会关于〈中华人民共和国宪法修正案〉的决定》，"
                  "版本<V2>，<<未闭合。")
    assert rule_ids(text, "punctuation/title-mark-lookalike") == []


def test_the_first_value_of_a_range_keeps_its_percent_or_multiplier():
    """GB/T 15835-2011: 15%～30% (not 15～30%), 13万元～17万元 (not 13～17万元)."""
    text = report("门票价格下调5～8%，争取资金13至17万元，增长5-8%。")
    fs = findings(text, "punctuation/range-dash")
    assert [(f.matched, f.suggestion) for f in fs] == [("5～8", "5%～8"), ("13至17", "13万至17"), ("5-8", "5%～8")]
    fine = report("降低5%～8%，2021至2025年，第1至3季度，每年培训1至2次，占比由5%提高到8%，由86家压减至12家。")
    assert findings(fine, "punctuation/range-dash") == []


def test_a_school_year_range_with_a_hyphen():
    fs = findings(report("2021-2022学年，开展法治教育活动。"), "punctuation/range-dash")
    assert [(f.matched, f.suggestion) for f in fs] == [("2021-2022", "2021—2022")]
