"""Numbers rules on figures that must agree with each other: a stated rate and its counts, listed
parts and their total, a growth rate and its two figures, and the year a report compares with."""

from __future__ import annotations

from conftest import findings, report


def matched(text: str, select: str) -> list[str]:
    return [f.matched for f in findings(text, select)]


# -- numbers/rate-mismatch: how a report names the part of a rate --------------------------------

def test_a_rate_whose_part_puts_cheng_gong_first():
    """调解成功率 is computed on what was 成功调解 as much as on what was 调解成功."""
    text = report("全年共排查各类矛盾纠纷214件，成功调解198件，调解成功率达97.6%。",
                  "共化解信访积案48件，成功化解45件，化解成功率99.2%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [f.matched for f in fs] == ["97.6%", "99.2%"]
    assert "198÷214=92.5%" in fs[0].message.zh


def test_a_rate_whose_whole_has_no_total_word():
    """办理工单3264件 is the whole of 按期办结率 though 办理 opens no total."""
    text = report("办理政务服务便民热线工单3264件，按期办结3105件，按期办结率98.7%。",
                  "督促整改执法问题85个，整改到位79个，整改到位率98.8%。")
    assert matched(text, "numbers/rate-mismatch") == ["98.7%", "98.8%"]


def test_a_case_closing_rate_computed_on_cases_tried_or_settled():
    text = report("受理行政复议案件57件，审结52件，结案率96.5%。", "共受理投诉举报120件，办结104件，结案率95%。")
    assert matched(text, "numbers/rate-mismatch") == ["96.5%", "95%"]


def test_a_qualified_rate_is_not_recomputed_from_the_plain_verb():
    """按时办结率 is the share of what was 按时办结: 办结2150件 says nothing of it."""
    text = report("受理热线工单2150件，办结2150件，按时办结率98.5%。",
                  "收到依申请公开68件，答复68件，按期答复率97.1%。")
    assert findings(text, "numbers/rate-mismatch") == []


def test_a_negated_count_is_not_the_part_of_the_rate():
    """不合格4家 is not the 合格 count of 合格率, nor 合格36家 the count of 不合格率."""
    text = report("共抽查公共场所40家，合格36家，不合格4家，合格率90%。",
                  "共抽检食品批次50批，合格48批，不合格2批，不合格率4%。")
    assert findings(text, "numbers/rate-mismatch") == []
    wrong = report("共抽查公共场所40家，合格36家，不合格4家，不合格率20%。")
    assert matched(wrong, "numbers/rate-mismatch") == ["20%"]


def test_rates_that_agree_with_one_of_the_wholes_or_are_bounds_are_left_alone():
    text = report(
        "共排查矛盾纠纷132件，成功调处128件，调处成功率97.0%。",
        "受理行政复议案件57件，审结55件，结案率96.5%。",
        "办理热线工单1200件，其中咨询类800件，按时办结780件，按时办结率97.5%。",  # of the 800
        "疑难纠纷40起，调处成功39起，成功率达95%以上。",  # a bound
        "全年收到建议提案36件，按时答复36件，按时答复率100%。",
    )
    assert findings(text, "numbers/rate-mismatch") == []
