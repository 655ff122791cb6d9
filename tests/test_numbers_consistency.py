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


def test_kinds_named_before_their_figures_that_exceed_the_whole():
    text = report("开展医保政策宣讲活动48场，其中进乡镇、进社区、进企业分别为22场、15场、14场。",
                  "开展普法宣讲128场，线下宣讲和线上直播分别为96场、42场。")
    assert [f.matched for f in findings(text, "numbers")] == ["22场、15场、14场", "96场、42场"]
    fine = report("开展医保政策宣讲活动51场，其中进乡镇、进社区、进企业分别为22场、15场、14场。",
                  "受理案件48件，其中行政案件、民事案件分别为22件、20件。")  # 其中 may name some kinds only
    assert findings(fine, "numbers") == []


def test_a_rate_of_a_part_that_a_breakdown_names_again():
    """成功化解138件，其中…人民调解化解97件: the rate 化解率 is 138 of 142, not 97 of 142."""
    fine = report("共排查各类矛盾纠纷142件，成功化解138件，其中通过人民调解化解97件、引导诉讼分流30件、"
                  "移交职能部门处理11件，化解率97.2%。")
    assert findings(fine, "numbers/rate-mismatch") == []
    wrong = report("共排查各类矛盾纠纷142件，成功化解138件，其中通过人民调解化解97件、引导诉讼分流30件、"
                   "移交职能部门处理11件，化解率92.2%。")
    assert [f.matched for f in findings(wrong, "numbers/rate-mismatch")] == ["92.2%"]


def test_a_rate_whose_parts_qualifier_and_verb_stand_apart_after_qizhong():
    text = report("全年经办各类社保业务12.6万件，其中通过“网上办”“掌上办”渠道办理10.8万件，网办率达92.6%。",
                  "全年经办社保业务126件，其中通过网上渠道办理108件，网办率达92.6%。")
    assert [f.line for f in findings(text, "numbers/rate-mismatch")] == [4, 5]
    fine = report("全年经办各类社保业务12.6万件，其中通过“网上办”“掌上办”渠道办理10.8万件，网办率达85.7%。",
                  "全年受理120件，其中网上申请56件，现场办理60件，网办率46.7%。",
                  "全年受理120件，其中网上申请56件、现场办理60件，网办率46.7%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_clearance_rate_of_the_cases_solved():
    text = report("全年共立刑事案件1052起，破获637起，破案率为65.6%。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/rate-mismatch"]
    assert findings(report("全年共立刑事案件1052起，破获637起，破案率为60.6%。"), "numbers") == []


def test_parts_one_of_them_named_by_a_quoted_name_with_a_dunhao():
    text = report("全年共开展执法检查42次，其中日常检查25次、专项检查14次、“双随机、一公开”抽查5次。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]
    fine = report("全年共开展执法检查44次，其中日常检查25次、专项检查14次、“双随机、一公开”抽查5次。")
    assert findings(fine, "numbers") == []


def test_parts_on_site_and_at_a_distance_listed_with_a_comma():
    text = report("全年接待查档利用者1260人次，其中现场查档870人次，远程查档430人次，出具档案证明材料580余份。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]
    assert findings(report("全年接待查档利用者1300人次，其中现场查档870人次，远程查档430人次。"), "numbers") == []


def test_kinds_before_fenbiewei_of_the_noun_the_whole_counts():
    text = report("全年对全县336家重点企业开展执法检查，其中危险化学品企业、非煤矿山企业、工贸企业分别为42家、17家、298家。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]
    fine = report("全年对全县336家重点企业开展执法检查，其中危险化学品企业、非煤矿山企业、工贸企业分别为42家、17家、277家。",
                  "全年检查336家企业，发放资料，其中甲乡、乙乡分别为200家、180家。")  # (another clause between)
    assert findings(fine, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch")) == []


def test_a_mediation_success_rate_over_the_disputes_received_in_the_sentence_before():
    text = report("全年受理矛盾纠纷128起。调解成功121起，调解成功率98.4%。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/rate-mismatch"]
    assert findings(report("全年受理矛盾纠纷128起。调解成功121起，调解成功率94.5%。"), "numbers") == []


def test_parts_named_with_a_hotline_number():
    text = report("全年共受理群众诉求412件，其中通过12345热线转办263件、群众现场来访97件、网络问政平台留言68件。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]
    fine = report("全年共受理群众诉求428件，其中通过12345热线转办263件、群众现场来访97件、网络问政平台留言68件。",
                  "全年共受理群众诉求412件，其中通过12345热线转办263件、群众现场来访97件。")
    assert findings(fine, "numbers") == []


def test_a_rate_whose_whole_has_no_total_word():
    """办理工单3264件 is the whole of 按期办结率 though 办理 opens no total."""
    text = report("办理政务服务便民热线工单3264件，按期办结3105件，按期办结率98.7%。",
                  "督促整改执法问题85个，整改到位79个，整改到位率98.8%。")
    assert matched(text, "numbers/rate-mismatch") == ["98.7%", "98.8%"]


def test_a_part_written_with_a_result_word_after_its_name():
    text = report("全年受理科技项目申报146项，经专家评审，立项资助38项，立项率达36.5%。",
                  "审查规范性文件42件，审查通过40件，审查通过率95.2%。")
    assert matched(text, "numbers/rate-mismatch") == ["36.5%"]


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


# -- numbers/part-exceeds-whole: listed parts that add up to more than their whole ---------------

def test_listed_parts_that_add_up_to_more_than_their_whole():
    text = report("全年共开展行政执法案卷评查185卷，其中优秀案卷102卷、良好案卷61卷、合格案卷27卷。",
                  "开展“双随机、一公开”抽查246户次，其中食品经营户118户次、药品零售企业74户次、特种设备使用单位63户次。",
                  "全年共受理行政复议申请96件，其中维持52件、撤销18件、确认违法9件、终止21件。",
                  "聘请法律顾问12家，分别为律师事务所8家、基层法律服务所5家。",
                  "共审核文件28件，包括规范性文件17件、重大行政决策事项13件。")
    fs = findings(text, "numbers/part-exceeds-whole")
    # each finding takes in the whole and its parts
    assert [f.matched for f in fs] == ["185卷，其中优秀案卷102卷、良好案卷61卷、合格案卷27卷",
                                       "246户次，其中食品经营户118户次、药品零售企业74户次、特种设备使用单位63户次",
                                       "96件，其中维持52件、撤销18件、确认违法9件、终止21件",
                                       "12家，分别为律师事务所8家、基层法律服务所5家",
                                       "28件，包括规范性文件17件、重大行政决策事项13件"]
    assert "102+61+27=190卷" in fs[0].message.zh and "185卷" in fs[0].message.zh and fs[0].suggestion is None


def test_the_kinds_of_a_known_classification_are_added_up():
    # 修改 and 处罚 are words of overlapping parts elsewhere, but here they name kinds that never overlap
    text = report("全年集中清理规范性文件37件，其中保留29件、修改5件、废止4件。",
                  "梳理确认行政权力事项86项，其中行政许可21项、行政处罚38项、行政检查17项、其他行政权力14项。",
                  "清理规范性文件40件，其中保留29件、修改5件、废止4件。",
                  "排查问题企业40家，其中发现问题32家、已整改30家。")
    assert [f.line for f in findings(text, "numbers/part-exceeds-whole")] == [4, 5]


def test_kinds_of_a_whole_counted_among_it():
    text = report("全街道14个社区（村）中，已有9个社区、6个村建成法治文化阵地。",
                  "全县26个乡镇（街道）中，有19个乡镇、8个街道完成综合行政执法改革。")
    assert matched(text, "numbers/part-exceeds-whole") == ["14个社区（村）中，已有9个社区、6个村", "26个乡镇（街道）中，有19个乡镇、8个街道"]
    right = report("全镇12个村（社区）中，有8个村、4个社区建立了法律顾问制度。",
                   "全镇23个行政村中，有15个村已建成、10个村正在建设。")
    assert findings(right, "numbers/part-exceeds-whole") == []


def test_lists_that_need_not_add_up_to_their_whole_are_left_alone():
    text = report(
        "全年组织执法人员培训126人次，其中党员干部78人次、女性干部52人次。",  # attributes of the same people
        "参加旁听庭审干部86人，其中党员54人、35岁以下青年干部38人。",
        "共受理行政诉讼案件23件，其中涉企案件14件、征地拆迁类案件12件。",  # one case may be both
        "共审查合同45份，其中修改完善合同12份、提出法律意见38份。",  # actions on the same contracts
        "检查企业40家，其中发现问题企业32家、已整改企业30家。",  # stages
        "共调解矛盾纠纷58件，其中婚姻家庭纠纷20件、邻里纠纷18件，涉及群众126人。",  # another unit after
        "共开展执法检查120次，其中联合检查45次、专项检查38次、日常巡查37次。",  # adds up
        "共受理案件30件，其中上年结转6件、本年新收28件。",  # carried over
        "全年接待群众来访236人次，其中来信42件、来访194人次。",  # other units
        "共发放宣传资料3000余份，其中宪法读本1800份、民法典手册1500份。",  # an approximate whole
        "全年办理信访事项64件，其中重复信访12件，其中已化解10件。",  # nested, not listed
    )
    assert findings(text, "numbers/part-exceeds-whole") == []


def test_a_first_part_above_its_whole_is_reported_once():
    text = report("全年办理行政处罚案件37件，其中简易程序案件42件、普通程序案件5件。")
    assert matched(text, "numbers/part-exceeds-whole") == ["42件"]


# -- numbers/change-mismatch: a growth or fall its own two figures contradict ----------------------

def test_a_growth_rate_its_two_figures_contradict():
    text = report("全年受理行政复议申请236件，较2024年的198件增长12.3%。",
                  "全镇信访总量为86件，比2022年的104件减少12.6%。",
                  "收到群众诉求1,536件，较2023年同期的1,312件上升10.2%。",
                  "行政应诉案件由2024年的45件增加到52件，增长12.8%。",
                  "共办理案件52件，较上年的45件增加7件，增长25.6%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["12.3%", "12.6%", "10.2%", "12.8%", "25.6%"]
    assert "（236−198）÷198，即增长19.2%" in fs[0].message.zh and "即下降17.3%" in fs[1].message.zh
    assert fs[0].suggestion is None and fs[0].severity.value == "warning"


def test_a_change_in_the_wrong_direction():
    fs = findings(report("全年发生安全生产事故7起，较上年的12起增长29.5%。"), "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["29.5%"] and "即下降41.7%" in fs[0].message.zh


def test_changes_that_agree_or_cannot_be_recomputed_are_left_alone():
    text = report(
        "全年受理行政复议申请236件，较2024年的198件增长19.2%。",
        "全年发生安全生产事故7起，较上年的12起下降41.7%。",
        "全年投入普法经费36.5万元，较上年的28万元增长30.4%。",
        "全年受理案件236件，较2024年的198人次增长12.3%。",  # another unit
        "全年受理案件236件，较2024年增长12.3%。",  # no earlier figure
        "全年受理案件236件，较2024年的198件提高2.3个百分点。",  # percentage points
        "全年受理案件约240件，较上年的198件增长12.3%。",  # an approximate figure
        "从上年的45件下降至38件，下降15.6%。",
    )
    assert findings(text, "numbers/change-mismatch") == []


def test_a_change_whose_clause_names_its_count_instead_of_giving_it():
    text = report("全年发生生产安全事故14起、死亡5人，事故起数较2022年的19起下降，降幅36.8%，未发生较大事故。",
                  "受理行政复议案件56件，办结50件，案件数较上年的40件增长25%。",
                  "全年发生安全生产事故7起，较上年的12起下降，降幅为29.5%。",
                  "农村公路总里程由2023年底的1860公里增至2024年底的1932公里，增长6.2%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "36.8%"), (5, "25%"), (6, "29.5%"), (7, "6.2%")]
    assert "（14−19）÷19，即下降26.3%" in fs[0].message.zh and "（56−40）÷40" in fs[1].message.zh


def test_a_named_total_counted_by_a_generic_noun():
    """信访总量 is counted by 信访事项, the nearest such count before it."""
    text = report("全年受理信访事项74件，按期办结74件，按期办结率100%，信访总量较2023年的86件下降18.6%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["18.6%"] and "（74−86）÷86" in fs[0].message.zh
    fine = report("全年受理信访事项74件，按期办结74件，信访总量较2023年的86件下降14.0%。",
                  "全年受理投诉举报74件，信访总量较2023年的86件下降18.6%。")  # no count of 信访
    assert findings(fine, "numbers/change-mismatch") == []


def test_a_named_change_is_left_alone_when_it_agrees_or_its_count_is_not_found():
    text = report("受理行政复议案件56件，办结50件，案件数较上年的40件增长40%。",
                  "受理行政复议案件约56件，案件数较上年的40件增长25%。",  # an approximate count
                  "发生事故共14起，事故数较2022年的19起下降26.3%。",
                  "发生事故共14起，死亡人数较2022年的19人下降20%。",  # no count of 死亡 in 人
                  "办结案件50件，信访总量较上年的40件增长25%。",  # the count is of another noun
                  "全年发生安全生产事故7起，较上年的12起下降，降幅为41.7%。",
                  "农村公路总里程由2023年底的1860公里增至2024年底的1932公里，增长3.9%。")
    assert findings(text, "numbers/change-mismatch") == []


# -- numbers/comparison-year and numbers/abbreviated-year: the year a figure is compared with -----

_T2025 = "青石镇关于2025年度法治政府建设情况的报告"


def test_a_comparison_with_the_report_year_or_a_later_one():
    text = report("全年共办理行政处罚案件412件，较2025年的368件增长12.0%。",
                  "群众满意度与2025年相比提升3个百分点，信访总量相较2025年同期下降12.6%。",
                  "行政复议案件比2026年同期增长8.6%。", title=_T2025)
    fs = findings(text, "numbers/comparison-year")
    assert [(f.line, f.matched) for f in fs] == [(4, "2025"), (5, "2025"), (5, "2025"), (6, "2026")]
    assert "2024年" in fs[0].message.zh and fs[0].suggestion is None
    shortened = report("承诺办理时限较2023年平均压缩40%。", title="青石镇关于2023年度法治政府建设情况的报告")
    assert matched(shortened, "numbers/comparison-year") == ["2023"]
    early = report("行政诉讼案件数量较2023年减少31%。", title="青石镇关于2022年度法治政府建设情况的报告")
    assert matched(early, "numbers/comparison-year") == ["2023"]


def test_last_year_glossed_with_another_year():
    text = report("受理群众诉求860件，比上年（2023年）增加9件；行政复议案件较去年(2023年)同期下降5%。",
                  "执法案件数较上年（2024年）增长8%，较上年度(2024年度)持平。", title=_T2025)
    fs = findings(text, "numbers/comparison-year")
    assert [(f.line, f.matched) for f in fs] == [(4, "2023"), (4, "2023")]
    assert "2024年" in fs[0].message.zh
    # glossed after 同期 (the only bracket of the report that opens after 期)
    alone = report("调解纠纷312件，较上年同期（2022年）增长6%。", title=_T2025)
    assert [f.matched for f in findings(alone, "numbers/comparison-year")] == ["2022"]


def test_comparisons_with_earlier_years_plans_and_targets_are_left_alone():
    text = report(
        "一、2025年度法治政府建设主要举措和成效",
        "全年受理行政复议申请236件，较2024年增长12%，全镇刑事案件发案数较2020年下降36%。",
        "截至12月底，持证执法人员较2025年初增加6名，信访总量较上年下降11%。",
        "截至2026年1月底，办结率较2025年同期提高4个百分点。",  # a later period
        "全年力争行政复议纠错率较2025年下降5个百分点。",  # a target
        "二、2026年工作安排",
        "一是行政诉讼案件数量较2025年下降10%。二是2026年较2025年新增法律顾问2名。",
        title=_T2025)
    assert findings(text, "numbers/comparison-year") == []


def test_an_abbreviated_year_in_more_kinds_of_comparison():
    text = report("群众重复来电较24年下降17.5%，案件总量较24年的312件增长8.0%，信访总量较24年同期持平。",
                  title=_T2025)
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/abbreviated-year")] == [
        ("24", "2024"), ("24", "2024"), ("24", "2024")]
    assert findings(report("该村较23年前面貌一新，工作比20年多一些。", title=_T2025), "numbers/abbreviated-year") == []
    # a sentence opened by its year (。22年共培育…; not 。20年来: a duration)
    fs = findings(report("完成率96.3%。22年共培育社区社会组织94个。实施以来。20年来坚持不懈。", title=_T2025),
                  "numbers/abbreviated-year")
    assert [f.suggestion for f in fs] == ["2022"]
    assert [f.suggestion for f in findings(report("违法建设新增量较22年明显下降。", title=_T2025),
                                           "numbers/abbreviated-year")] == ["2022"]
    # a comparison opened by its year alone (较23年，全乡矛盾纠纷总量有所下降)
    assert [f.suggestion for f in findings(report("较23年，全乡矛盾纠纷总量有所下降。", title=_T2025),
                                           "numbers/abbreviated-year")] == ["2023"]


def test_one_kind_counted_among_a_smaller_whole():
    text = report("全乡11个村中，已有12个村建成法治文化阵地。", "全乡11个村中，已有9个村建成法治文化阵地。")
    assert [f.line for f in findings(text, "numbers/part-exceeds-whole")] == [4]


def test_kinds_counted_after_qizhong_against_the_whole_that_named_them():
    text = report("全县14个乡镇（街道）全部组建综合行政执法队伍，其中9个乡镇、6个街道已实现执法事项清单化。",
                  "全县14个乡镇（街道）全部组建综合行政执法队伍，其中9个乡镇、5个街道已实现执法事项清单化。",
                  "全镇14个村（社区）中，其中9个村、6个社区建成调解室。",
                  "全县18个乡镇（街道）人民调解委员会全部完成规范化建设，其中乡镇14个、街道5个。")
    assert [f.line for f in findings(text, "numbers/part-exceeds-whole")] == [4, 6, 7]


def test_a_sample_larger_than_the_whole_it_is_drawn_from():
    text = report("在全县38家规模以上工业企业中随机抽取48家开展统计执法检查。",
                  "从全镇12个村中抽取15个开展“回头看”。")
    assert matched(text, "numbers/part-exceeds-whole") == ["38家规模以上工业企业中随机抽取48家", "12个村中抽取15个"]
    right = report("在全县380家规模以上企业中随机抽取48家开展检查，在12所学校中抽查了5所，"
                   "从200余家企业中抽取30家，在50家单位中抽取5家次。")
    assert matched(right, "numbers/part-exceeds-whole") == []


def test_a_net_change_its_additions_and_removals_contradict():
    text = report("全年新增低保对象312人、退出298人，净增24人。",
                  "新增市场主体1200户，注销300户，净增900户。新增148人、退出150人，净减少2人。")
    fs = findings(text, "numbers/change-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "净增24人")]
    assert "312−298=14人" in fs[0].message.zh


def test_parts_in_ten_thousands_and_hundred_millions():
    text = report("全年统筹衔接资金3.86亿元，其中中央资金2.15亿元、省级资金1.03亿元、县级资金0.72亿元。",
                  "全年统筹资金386万元，其中中央资金215万元、省级资金103万元、县级资金72万元。",
                  "争取资金3.3亿元，其中中央资金1.1亿元、省级资金2.2亿元。")  # 1.1 + 2.2 is 3.3
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [f.line for f in fs] == [4, 5]
    assert "2.15+1.03+0.72=3.9亿元" in fs[0].message.zh and "215+103+72=390万元" in fs[1].message.zh


def test_the_whole_of_a_list_behind_a_count_of_another_unit():
    text = report("全年共作出行政处罚决定58件，罚没款金额312.6万元，其中适用简易程序27件、普通程序36件。",
                  "全年共作出行政处罚决定63件，罚没款金额312.6万元，其中适用简易程序27件、普通程序36件。",
                  "受理案件58件。罚没款312.6万元，其中简易程序27件、普通程序36件。")  # another sentence
    assert [f.line for f in findings(text, "numbers/part-exceeds-whole")] == [4]


def test_a_change_between_rates_written_in_percent_for_percentage_points():
    text = report("行政机关负责人出庭应诉率由上年的92%提升至100%，提高8%。",
                  "群众满意度由90%提高到95%，提高5个百分点；办结率从80%提高到88%，提高10%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [(4, "8%", "8个百分点")]
    wrong = report("群众满意率由上年的92.5%提升至96.8%，提升4.7个百分点；办结率由90%提高到95%，提高5个百分点。")
    assert [(f.matched, f.suggestion) for f in findings(wrong, "numbers/change-mismatch")] == [("4.7个百分点", None)]


def test_the_shares_of_a_breakdown_adding_up_to_more_than_all():
    text = report("按纠纷类型分，婚姻家庭类占62%、土地权属类占45%。",
                  "按纠纷类型分，婚姻家庭类占42%、土地权属类占35%、其他占23%。",
                  "从案件类型看，简易程序占40%、普通程序占70%。",
                  "其中，线上办理占比85%、掌上办理占比60%。",  # shares that may overlap
                  "其中线上调解占比62%，线下调解占比45%。其中线上调解占比62%，线下调解占比38%。",  # complementary
                  "办理行政复议案件96件，其中维持类占71.9%，撤销、变更、确认违法类占34.4%。")
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [(f.line, f.matched) for f in fs] == [(4, "婚姻家庭类占62%、土地权属类占45%"), (6, "简易程序占40%、普通程序占70%"),
                                                 (8, "线上调解占比62%，线下调解占比45%"),
                                                 (9, "维持类占71.9%，撤销、变更、确认违法类占34.4%")]


def test_the_shares_after_qizhong_of_categories_or_procedures():
    """After 其中, categories (…类) and the two procedures are kinds of one classification: their
    shares add up; categories named along other lines (涉企类, 重大类) may overlap."""
    text = report("查办案件412件，其中适用简易程序案件占62%，适用普通程序案件占45%。",
                  "受理信访事项52件，其中土地类占46%、婚姻家庭类占31%、邻里纠纷类占29%。",
                  "受理信访事项52件，其中土地类占46%、婚姻家庭类占31%、邻里纠纷类占23%。",
                  "审查合同36份，其中涉企类占60%、重大类占50%。",
                  "办理行政处罚案件3268件，其中市场监管领域占46%、生态环境领域占38%、交通运输领域占21%。",
                  "排查风险点120个，其中涉企领域占60%、重点领域占50%。")
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [(f.line, f.matched) for f in fs] == [(4, "适用简易程序案件占62%，适用普通程序案件占45%"),
                                                 (5, "土地类占46%、婚姻家庭类占31%、邻里纠纷类占29%"),
                                                 (8, "市场监管领域占46%、生态环境领域占38%、交通运输领域占21%")]


def test_a_change_whose_direction_its_two_figures_contradict():
    text = report("全年立案17件，较上年的21件有所增加；受理投诉56件，较2024年的48件增长；办结52件，比上年的60件下降。",
                  "查处案件12起，较上年的15起下降20%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "增加")]


def test_a_share_its_part_and_whole_contradict():
    text = report("全乡8个村中有6个村获评市级以上示范村，占比达85%。",
                  "进驻政务服务事项158项，其中“最多跑一次”事项152项，占比达98.2%。",
                  "进驻事项158项，其中即办事项152项，占比96.2%。受理案件40件，办结38件，占比95%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "85%"), (5, "98.2%")]
    assert "6÷8=75.0%" in fs[0].message.zh
    # the shares of a list after 其中, each of the whole before it
    text = report("全年办理行政许可和备案事项1860件，其中即办件1420件，占比76.3%，承诺件440件，占比32.6%。")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["32.6%"]
    # a rate named by the verb of its sentence
    text = report("全县聘请法治副校长共86名，覆盖全县52所中小学中的49所，覆盖率达98%。",
                  "覆盖全县52所中小学中的49所，覆盖率达94.2%。全县52所学校中的49所开展活动，满意率达98%。")
    assert [(f.line, f.matched) for f in findings(text, "numbers/rate-mismatch")] == [(4, "98%")]


def test_more_rates_and_partitions_from_blind_reviews():
    text = report("全年共办理各类人社服务事项1260件，其中即办870件、承诺办结410件。",
                  "全年职业技能培训目标任务1200人，实际完成1380人，完成率达105%。目标任务1200人，实际完成1380人，完成率达115%。",
                  "全年受理行政复议案件20件，经复议维持16件、撤销或确认违法4件，纠错率达25%。受理20件，撤销或确认违法4件，纠错率20%。")
    assert [f.line for f in findings(text, "numbers/part-exceeds-whole")] == [4]
    assert [(f.line, f.matched) for f in findings(text, "numbers/rate-mismatch")] == [(5, "105%"), (6, "25%")]


def test_people_counted_in_ming_and_ren_are_one_unit():
    """执法人员42名 and 持证41人 count the same people: the rate and the parts are compared across them."""
    text = report("共有执法人员42名，其中持证41人，持证率100%。", "全局干部职工36名，其中48人参加旁听庭审。")
    assert matched(text, "numbers/rate-mismatch") == ["100%"]
    assert matched(text, "numbers/part-exceeds-whole") == ["48人"]
    # 人次 counts attendances, not people: never compared with 名
    fine = report("全局干部职工36名，其中参加旁听庭审48人次。", "共有执法人员42名，其中持证41人，持证率97.6%。")
    assert findings(fine, "numbers") == []


def test_changes_of_blind_round_13():
    """A change with the years of both figures, a reduction rate, a fall in 降幅, points written in
    percent close to the relative change, and a rise in times."""
    text = report("“拿地即开工”项目由2023年的12个增加到2024年的18个，增长35%。",
                  "校外培训机构由86家压减至12家，压减率达92%。",
                  "行政复议案件由59件减少到47件，降幅为30%。",
                  "街道满意度由92.1%提升到95.3%，提高了3.2%。",
                  "联网企业由12家增加到36家，增长了3倍。")
    fs = findings(text, "numbers/change-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "35%"), (5, "92%"), (6, "30%"), (7, "3.2%"), (8, "增长了3倍")]
    assert fs[-1].message.zh.startswith("由12到36是增长了2倍（增长到3倍）")
    fine = report("“拿地即开工”项目由2023年的12个增加到2024年的18个，增长50%。",
                  "校外培训机构由86家压减至12家，压减率达86%。",
                  "行政复议案件由59件减少到47件，降幅20.3%。",
                  "街道满意度由92.1%提升至95.3%，提高3.5%。",
                  "联网企业由12家增加到36家，增长了2倍，由12家增加到36家，增长到3倍。")
    assert findings(fine, "numbers/change-mismatch") == []


def test_parts_of_blind_round_13():
    """Those who passed an exam among those who sat it; a part after 其中 whose whole is the count of
    its unit before a count of another unit."""
    text = report("组织全县教职工参加网上学法考试3260人，参考率100%，合格3275人。",
                  "全年为1263名农民工追发工资2036.5万元，其中建筑领域农民工1387名。")
    assert matched(text, "numbers/part-exceeds-whole") == ["3275人", "1387名"]
    fine = report("组织全县教职工参加网上学法考试3260人，参考率100%，合格3251人。",
                  "全年为1263名农民工追发工资2036.5万元，其中建筑领域农民工1087名。", "参加培训120人，合格118人。")
    assert findings(fine, "numbers/part-exceeds-whole") == []


def test_a_part_named_before_its_count_after_a_whole_of_n_kinds():
    """辖区14个社区中，……示范社区16个: more 社区 than the 14 there are."""
    text = report("辖区14个社区中，累计创建区级以上民主法治示范社区16个，其中市级示范社区5个。")
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [f.matched for f in fs] == ["14个社区中，累计创建区级以上民主法治示范社区16个"]
    assert "总数为14个" in fs[0].message.zh
    fine = report("辖区14个社区中，累计创建民主法治示范社区12个。", "辖区14个社区中，已有12个社区建成法治广场，共有网格86个。")
    assert findings(fine, "numbers/part-exceeds-whole") == []


def test_an_average_its_total_and_count_contradict():
    text = report("组织16个社区法律顾问开展法治讲座48场，实现社区全覆盖，平均每个社区4场。",
                  "全镇12个村共开展活动100场，平均每村9场。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [f.matched for f in fs] == ["4场", "9场"]
    assert "48÷16=3场" in fs[0].message.zh
    fine = report("组织16个社区法律顾问开展法治讲座48场，平均每个社区3场。", "全镇12个村共开展活动100场，平均每村8.3场。",
                  "全年开展活动300余场，12个村平均每村25场。", "8个村和12个社区开展活动100场，平均每个社区5场。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_kinds_of_one_classification_listed_with_commas():
    text = report("办理行政处罚案件1200件，其中适用简易程序762件，适用普通程序531件。",
                  "受理信访事项52件，其中土地类30件，婚姻家庭类25件。")
    assert matched(text, "numbers/part-exceeds-whole") == ["1200件，其中适用简易程序762件，适用普通程序531件",
                                                          "52件，其中土地类30件，婚姻家庭类25件"]
    # stages and overlapping kinds listed with commas are no partition
    fine = report("办理案件100件，其中立案80件，结案75件。", "审查合同36份，其中涉企类30份，重大类20份。",
                  "办理行政处罚案件1200件，其中适用简易程序762件，适用普通程序438件。")
    assert findings(fine, "numbers/part-exceeds-whole") == []



def test_kinds_of_the_whole_s_noun_listed_with_commas():
    """Parts that each name a kind of the noun the whole counts (矛盾纠纷 → 婚姻家庭纠纷, 邻里纠纷)."""
    text = report("全年共调处矛盾纠纷36件，其中婚姻家庭纠纷20件，邻里纠纷10件，土地纠纷8件。",
                  "排查安全隐患40处，其中消防隐患25处，交通隐患20处。")
    assert matched(text, "numbers/part-exceeds-whole") == ["36件，其中婚姻家庭纠纷20件，邻里纠纷10件，土地纠纷8件",
                                                          "40处，其中消防隐患25处，交通隐患20处"]
    fine = report("受理法律援助案件52件，其中民事案件30件，刑事案件15件。",  # within the whole
                  "查处违法案件20件，其中涉企案件12件，重大案件10件。",  # kinds that may overlap
                  "接待来访群众40人次，其中反映土地问题25人次，反映婚姻问题20人次。",  # not kinds of the whole's noun
                  "办理检察建议案件20件，其中公益诉讼案件12件，行政公益诉讼案件10件。")  # one inside another
    assert findings(fine, "numbers/part-exceeds-whole") == []

def test_further_parts_said_to_be_others():
    """另有, 其余: parts besides those before them, of the whole of N kinds."""
    text = report("全乡12个村（社区）中，已创建市级以上民主法治示范村（社区）9个，另有5个村正在申报创建。",
                  "全乡12个村中，已有9个村建成法治广场，其余4个村正在建设。")
    assert [f.message.zh for f in findings(text, "numbers/part-exceeds-whole")] == [
        "分项合计大于总数：所列分项9+5=14个，大于总数12个，请核对", "分项合计大于总数：所列分项9+4=13个，大于总数12个，请核对"]
    # the noun left out after the count (已有7个建成……，另有5个正在建设)
    assert len(findings(report("全镇11个村（社区）中，已有7个建成法治文化广场或法治长廊，另有5个正在建设。"),
                        "numbers/part-exceeds-whole")) == 1
    assert findings(report("全镇11个村中，已有7个建成法治广场，另有5个部门参与指导。"), "numbers/part-exceeds-whole") == []
    # parts that may overlap (建成法治广场, 建成法治长廊) are not added up
    fine = report("全乡12个村中，已有9个村建成法治广场，8个村建成法治长廊。",
                  "全乡12个村（社区）中，已创建示范村（社区）9个，另有3个村正在申报创建。")
    assert findings(fine, "numbers/part-exceeds-whole") == []


def test_a_rate_whose_part_is_what_its_verb_was_done_to():
    """已配备法治副校长的学校52所 is the part of 配备率: 52 of 56 schools."""
    text = report("全县中小学56所，已配备法治副校长的学校52所，配备率100%。")
    assert matched(text, "numbers/rate-mismatch") == ["100%"]
    fine = report("全县中小学56所，已配备法治副校长的学校56所，配备率100%。", "共有中小学56所，配备率98%的目标已实现。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_rate_whose_part_is_its_verb_and_object():
    """查处违规机构23家 is the part of 查处率 drawn from the 定点医药机构186家 counted right before it."""
    text = report("全年检查定点医药机构186家，查处违规机构23家，查处率达15.2%。",
                  "排查企业60家，整改问题企业45家，整改率80%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "15.2%"), (5, "80%")]
    assert "23÷186=12.4%" in fs[0].message.zh
    fine = report("全年检查定点医药机构186家，查处违规机构23家，查处率达12.4%。",
                  "全年检查企业186家，查处违规机构23家，查处率达15.2%。",  # 机构 are no kind of 企业
                  "受理案件120件，办结群众诉求100件，办结率95%。",  # 诉求 are no kind of 案件
                  "新收案件186件，审结179件，纠正违法行为21件，出庭应诉案件43件，出庭应诉率100%。",  # not the nearest
                  "全年检查定点医药机构186家，未查处违规机构23家，查处率达15.2%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_listed_kinds_whose_names_hold_a_bracketed_ordinal():
    text = report("全县共有水库46座，其中小（1）型12座、小（2）型37座，全部落实安全管理责任人。",
                  "全县共有水库46座，其中小（1）型12座、小（2）型34座，全部落实安全管理责任人。")
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [f.line for f in fs] == [4] and "12+37=49座" in fs[0].message.zh


def test_figures_of_blind_round_14():
    """An upper bound its counts break, an earlier figure in brackets, an average with its verb, suggestions
    made and adopted, rates moved from a dated one."""
    text = report("全年移送案件9件，按时反馈的仅5件，反馈率不足50%。",
                  "刑事案件立案1236起，同比下降12.5%（2023年为1380起）。",
                  "组织全县12个乡镇开展应急演练，累计演练96场次，平均每个乡镇演练10场次。",
                  "提出审计建议146条，被采纳152条。",
                  "按期整改率由2022年的86%提高到93%，提高7%。")
    fs = findings(text, "numbers")
    assert [(f.rule_id, f.line, f.matched) for f in fs] == [
        ("numbers/rate-mismatch", 4, "50%"), ("numbers/change-mismatch", 5, "12.5%"), ("numbers/rate-mismatch", 6, "10场次"),
        ("numbers/part-exceeds-whole", 7, "152条"), ("numbers/change-mismatch", 8, "7%")]
    fine = report("全年移送案件9件，按时反馈的仅4件，反馈率不足50%。", "信访总量87件，同比下降14.7%（2024年为102件）。",
                  "组织全县12个乡镇开展应急演练，累计演练96场次，平均每个乡镇演练8场次。", "提出审计建议146条，被采纳139条。",
                  "按期整改率由2022年的86%提高到93%，提高7个百分点。")
    assert findings(fine, "numbers") == []


def test_figures_of_blind_round_15():
    text = report("全年完成一般公共预算支出21.4亿元，其中民生支出18.6亿元，占一般公共预算支出的82.3%。",
                  "共检查企业48家，其中存在违法行为的企业9家，占检查企业总数的17.5%。",
                  "全年开展统计执法检查3轮，共检查企业48家，平均每轮检查18家。",
                  "PM2.5平均浓度为28微克/立方米，较上年的32微克/立方米下降8.5%。",
                  "组织干部100多余人参加培训。")
    fs = findings(text, "numbers")
    assert [(f.rule_id, f.line) for f in fs] == [("numbers/rate-mismatch", 4), ("numbers/rate-mismatch", 5),
                                                 ("numbers/rate-mismatch", 6), ("numbers/change-mismatch", 7),
                                                 ("numbers/double-approx", 8)]
    assert "18.6亿元÷21.4亿元=86.9%" in fs[0].message.zh
    fine = report("全年完成一般公共预算支出21.4亿元，其中民生支出18.6亿元，占一般公共预算支出的86.9%。",
                  "全年开展统计执法检查3轮，共检查企业48家，平均每轮检查16家。",
                  "PM2.5平均浓度为28微克/立方米，较上年的32微克/立方米下降12.5%。", "删除多余人员信息。")
    assert findings(fine, "numbers") == []


def test_a_rate_that_agrees_with_its_kinds_added_up():
    """纠错率: 撤销9件 and 确认违法5件 of 67; or 14 of the 79 the listed kinds add up to."""
    text = report("全年收到行政复议申请71件，受理67件，其中维持41件、撤销9件、确认违法5件、终止12件，行政复议纠错率20.9%。",
                  "在审结案件中，维持52件，撤销、变更或确认违法14件，经调解和解终止13件，纠错率17.7%。")
    assert findings(text, "numbers/rate-mismatch") == []
    wrong = report("全年收到行政复议申请71件，受理67件，其中维持41件、撤销9件、确认违法5件、终止12件，行政复议纠错率25%。",
                   "全年受理行政复议案件20件，经复议维持16件、撤销或确认违法4件，纠错率达25%。",
                   "全年受理残疾人来信来访42件，办结40件，办结率100%。")
    assert matched(wrong, "numbers/rate-mismatch") == ["25%", "25%", "100%"]


def test_counts_in_tai_ci_jia_ci_and_shares_among_closed_cases():
    text = report("查处违法超限超载车辆412台次，较2024年的356台次增长25.3%。",
                  "抽查医疗机构126家次，其中发现问题并责令整改134家次。",
                  "在已结案件中，适用普通程序的占62.4%，适用简易程序的占41.3%。",
                  title="云岭县交通运输局关于2025年度法治政府建设情况的报告")
    fs = findings(text, "numbers")
    assert [(f.rule_id, f.line) for f in fs] == [("numbers/change-mismatch", 4), ("numbers/part-exceeds-whole", 5),
                                                 ("numbers/part-exceeds-whole", 6)]
    assert findings(report("在已结案件中，线上办理的占62.4%，掌上办理的占41.3%。"), "numbers") == []


def test_a_date_no_calendar_has():
    text = report("于2022年2月29日召开专题会议，2023年4月31日印发，二〇二三年二月三十日，2025年13月5日。")
    fs = findings(text, "numbers/invalid-date")
    assert [f.matched for f in fs] == ["2022年2月29日", "2023年4月31日", "二〇二三年二月三十日", "2025年13月5日"]
    assert [f.matched for f in findings(report("2023年13月开展联合执法行动2次，2023年12月总结。"), "numbers/invalid-date")] == [
        "2023年13月"]
    assert "不是闰年" in fs[0].message.zh
    assert findings(report("于2024年2月29日召开会议，二〇二四年二月二十九日，2023年12月31日。"), "numbers/invalid-date") == []


def test_a_change_of_a_count_named_by_the_words_that_open_its_noun():
    text = report("全年排查调处矛盾纠纷312件，调解成功298件，调解成功率95.5%，排查调处数量较上年的260件同比增长15%。")
    assert [f.matched for f in findings(text, "numbers/change-mismatch")] == ["15%"]


def test_a_change_from_one_figure_to_another_the_wrong_way():
    text = report("全县森林覆盖率由上年的62.3%提高到61.8%，案件数从80件下降到92件，由12件增至15件，由95%下降到93%。")
    assert [f.matched for f in findings(text, "numbers/change-mismatch")] == ["由上年的62.3%提高到61.8%", "从80件下降到92件"]


def test_a_total_named_with_a_list_closed_by_deng():
    text = report("全年受理林木采伐、使用林地审核等行政许可申请186件，办结192件，按期办结率100%。",
                  "共参与乡党委、政府重大事项2次，研究答复涉及法律信访事项3次。")
    assert [f.matched for f in findings(text, "numbers/part-exceeds-whole")] == ["192件"]


def test_a_change_with_its_figures_told_after_it():
    text = report("信访总量较2024年下降15%，由80件降至72件。受理案件增长20%，从50件增至60件。")
    assert [f.matched for f in findings(text, "numbers/change-mismatch")] == ["下降15%"]


def test_a_quarter_or_half_year_glossed_with_other_months():
    text = report("在二季度（4—9月）集中开展活动，第三季度（6—9月）开展检查，上半年（1-5月）受理12件。")
    assert [f.matched for f in findings(text, "numbers/period-months")] == ["二季度（4—9月）", "第三季度（6—9月）", "上半年（1-5月）"]
    fine = report("一季度（1—3月）、第四季度（10—12月）、下半年（7—12月）、二季度（4月—6月）分别开展专项行动。")
    assert findings(fine, "numbers/period-months") == []


def test_a_period_that_ends_before_it_starts():
    text = report("在2023年11月至2023年3月开展的冬季大气污染防治专项执法中，于11月20日至11月5日集中检查，3月15日至10日公示，"
                  "2024年9月至6月开展整治，10月至9月开展审计整改“回头看”。")
    assert [f.matched for f in findings(text, "numbers/date-range")] == [
        "2023年11月至2023年3月", "11月20日至11月5日", "3月15日至10日", "2024年9月至6月", "10月至9月"]
    years = report("印发《示范创建三年行动方案（2025—2023年）》，2023年至2021年持续开展。")
    assert [f.matched for f in findings(years, "numbers/date-range")] == ["2025—2023年", "2023年至2021年"]


def test_periods_in_order_or_across_the_new_year_are_fine():
    text = report("12月20日至1月5日开展节前检查，11月至次年3月为防火期，11月至3月为枯水期，10月至4月为冬春季，2024年11月至次年3月、2024年11月至2025年3月、1月至3月、"
                  "3月10日至20日、2023年12月—2024年2月、5月1日至5日分别开展专项行动，落实《纲要（2021—2025年）》。")
    assert findings(text, "numbers/date-range") == []


def test_a_rate_of_counts_in_wan_and_a_rate_named_short():
    """网办率 of 网上办理 (4.1万 of 4.6万 is 89.1%)."""
    text = report("全年办理政务服务事项4.6万件，其中网上办理4.1万件，网办率达95.2%。")
    assert matched(text, "numbers/rate-mismatch") == ["95.2%"]
    text = report("本局承担的行政许可事项45项，其中网上可办42项，网办率100%。")
    assert matched(text, "numbers/rate-mismatch") == ["100%"]
    assert findings(report("全年办理政务服务事项4.6万件，其中网上办理4.1万件，网办率达89.1%。"), "numbers/rate-mismatch") == []


def test_a_share_of_a_whole_named_and_given_in_the_sentence_before():
    text = report("全年开展统计执法检查3轮，共检查“四上”企业48家，平均每轮检查16家。"
                  "检查中发现存在统计违法行为的企业9家，占检查企业总数的17.5%，均已立案。")
    assert matched(text, "numbers/rate-mismatch") == ["17.5%"]
    fine = report("全年开展统计执法检查3轮，共检查“四上”企业48家。检查中发现存在统计违法行为的企业9家，占检查企业总数的18.8%。",
                  "共检查企业48家。", "检查中发现存在统计违法行为的企业9家，占检查企业总数的17.5%。")  # (another paragraph)
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_rate_after_its_whole_and_part_of_n_kinds():
    text = report("全县132所中小学校中已有126所聘任法治副校长，配备率达98.5%。")
    assert matched(text, "numbers/rate-mismatch") == ["98.5%"]
    assert findings(report("全县132所中小学校中已有126所聘任法治副校长，配备率达95.5%。"), "numbers/rate-mismatch") == []


def test_changes_and_parts_of_blind_round_16():
    text = report("全县刑事案件立案1560起（2022年为1700起），同比下降12.4%。",
                  "全年受理群众来信来访87件次，较2024年的102件次减少25件次。",
                  "负责人出庭应诉率由2023年的85%提高到2024年的97%，提高了12%。",
                  "查办案件由2021年的23件增至2022年的41件，实现翻番。",
                  "共办理行政处罚案件40件，其中上半年18件、下半年27件。",
                  "全年办理法律援助案件1026件，其中刑事案件占58%、民事案件占39%、行政案件占6%。",
                  "全县实有市场主体32156户，其中企业4218户、个体工商户27406户、农民专业合作社632户。",
                  title="青石县关于2025年度法治政府建设情况的报告")
    fs = findings(text, "numbers")
    assert [(f.rule_id, f.line) for f in fs] == [
        ("numbers/change-mismatch", 4), ("numbers/change-mismatch", 5), ("numbers/change-mismatch", 6),
        ("numbers/change-mismatch", 7), ("numbers/part-exceeds-whole", 8), ("numbers/part-exceeds-whole", 9),
        ("numbers/part-exceeds-whole", 10)]
    fine = report("全县刑事案件立案1560起（2022年为1700起），同比下降8.2%。", "全年受理群众来信来访87件次，较2024年的102件次减少15件次。",
                  "查办案件由2021年的23件增至2022年的46件，实现翻番。", "共办理行政处罚案件45件，其中上半年18件、下半年27件。",
                  title="青石县关于2025年度法治政府建设情况的报告")
    assert findings(fine, "numbers") == []


def test_a_rate_whose_part_is_counted_before_its_verb():
    text = report("指导全县14个乡镇开展创建，其中9个乡镇通过州级验收，验收通过率达80%。", "全年排查矛盾纠纷128起，成功调处131起。")
    assert [(f.rule_id, f.matched) for f in findings(text, "numbers")] == [
        ("numbers/rate-mismatch", "80%"), ("numbers/part-exceeds-whole", "131起")]
    assert findings(report("指导全县14个乡镇开展创建，其中9个乡镇通过州级验收，验收通过率达64.3%。"), "numbers") == []


def test_a_share_in_tenths_its_part_and_whole_contradict():
    text = report("全乡14个村（社区）中有11个建成县级民主法治示范村，覆盖率达到八成以上。")
    assert matched(text, "numbers/rate-mismatch") == ["八成以上"]
    fine = report("全乡14个村（社区）中有12个建成县级示范村，覆盖率达到八成以上。", "共受理186件，其中131件为邻里纠纷，约占七成。",
                  "培养人才三成员。")
    assert findings(fine, "numbers/rate-mismatch") == []



def test_parts_of_a_complete_list_that_add_up_to_less_than_their_total():
    """分别为, a last part for the rest (其他…), or every kind of a complete classification (重大/一般)."""
    text = report("全年查处林业行政案件57起，分别为滥伐林木23起、非法占用林地19起、违法运输木材11起。",
                  "受理矛盾纠纷418件，其中邻里纠纷163件、物业纠纷142件、婚姻家庭纠纷68件、其他纠纷35件。",
                  "排查整改各类隐患1426处，其中重大隐患18处、一般隐患1398处。",
                  "开展培训30场，其中线上培训12场、线下培训15场。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [f.line for f in fs] == [4, 5, 6, 7]
    assert fs[0].message.zh == "分项合计与总数不符：所列分项23+19+11=53起，总数为57起，请核对"
    assert fs[0].severity.value == "warning"
    fine = report("办理行政处罚案件47件，其中农资类19件、动物卫生类9件、渔政类10件。",  # may have other kinds
                  "全年查处案件57起，分别为滥伐林木23起、非法占用林地19起、违法运输木材15起。",  # adds up
                  "两镇分别为12件、15件。",  # figures of wholes, not parts
                  "受理纠纷200件，其中邻里纠纷163件、其他纠纷37件，调解成功190件。",  # adds up
                  "开展培训30场，其中线上培训12场。")
    assert findings(fine, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole")) == []


def test_parts_named_with_a_bracketed_kind_and_quoted_labels():
    text = report("全县共有行政执法主体43个，其中县直部门29个、乡镇（街道）16个。")
    assert matched(text, "numbers/part-exceeds-whole") == ["43个，其中县直部门29个、乡镇（街道）16个"]
    # quoted names are labels one thing may carry with another: no partition
    fine = report("公布县级政务服务事项1386项，其中“最多跑一次”事项1302项、“全程网办”事项1011项。",
                  "全县共有行政执法主体45个，其中县直部门29个、乡镇（街道）16个。")
    assert findings(fine, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch")) == []


def test_a_rate_of_the_things_a_clause_says_some_of_the_whole_are():
    """已聘请法律顾问的企业51家 names 51 of the 规上企业64家 before it: 覆盖率 is 51÷64."""
    text = report("园区现有规上企业64家，已聘请法律顾问的企业51家，覆盖率达85.9%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [f.matched for f in fs] == ["85.9%"] and "51÷64=79.7%" in fs[0].message.zh
    fine = report("园区现有规上企业64家，已聘请法律顾问的企业51家，覆盖率达79.7%。",
                  "园区现有规上企业64家，聘请法律顾问51家，覆盖率达85.9%。",  # no noun of the part
                  "园区现有规上企业64家，已建立调解组织的村51个，覆盖率达85.9%。",  # other things
                  "园区现有规上企业64家，已聘请法律顾问的企业约51家，覆盖率达85.9%。")  # approximate
    assert findings(fine, "numbers/rate-mismatch") == []


def test_complete_kinds_named_by_their_heads_and_graded_kinds():
    """刑事/民事/行政 make up the legal-aid cases; 行政处罚事项, 行政检查事项 are kinds of one classification
    (so 处罚 does not make them overlap); 4A级景区 and 3A级景区 are kinds too."""
    text = report("全年办理法律援助案件1236件，其中刑事案件418件、民事案件695件、行政案件103件。",
                  "梳理统计行政权力事项21项，其中行政处罚事项14项、行政检查事项5项、其他行政权力事项3项。",
                  "全县现有A级旅游景区7家，其中4A级景区3家、3A级景区5家。")
    assert [f.rule_id for f in findings(text, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch"))] == [
        "numbers/parts-total-mismatch", "numbers/part-exceeds-whole", "numbers/part-exceeds-whole"]
    fine = report("全年办理法律援助案件1216件，其中刑事案件418件、民事案件695件、行政案件103件。",
                  "全年办理法律援助案件1236件，其中刑事案件418件、民事案件695件。",  # not every kind named
                  "新增市场主体1326户，其中企业418户、个体工商户897户。")  # 农民专业合作社 may be the rest
    assert findings(fine, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch")) == []


def test_a_change_given_by_its_difference():
    text = report("全县城乡居民医保参保人数38.62万人，较上年减少0.47万人，下降2.4%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["2.4%"] and "即下降1.2%" in fs[0].message.zh
    fine = report("全县参保人数38.62万人，较上年减少0.47万人，下降1.2%。", "受理案件120件，较上年增加20件，增长20%。")
    assert findings(fine, "numbers/change-mismatch") == []


def test_a_saving_that_is_not_the_budget_less_the_spending():
    text = report("全年完成政府采购项目326个，采购预算金额5.82亿元，实际采购金额5.47亿元，节约资金0.45亿元。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["节约资金0.45亿元"] and "为0.35亿元" in fs[0].message.zh
    fine = report("采购预算金额5.82亿元，实际采购金额5.47亿元，节约资金0.35亿元。",
                  "送审金额1.26亿元，审定金额1.18亿元，审减金额800万元。",  # another multiplier
                  "预算金额3.2亿元，实际支出3.0亿元，节约资金0.2亿元。")
    assert findings(fine, "numbers/change-mismatch") == []


def test_an_inspection_coverage_rate_counts_those_inspected():
    text = report("全县定点医药机构（含村卫生室）213家，全年现场检查207家，检查覆盖率达100%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [f.matched for f in fs] == ["100%"] and "207÷213=97.2%" in fs[0].message.zh
    fine = report("全县定点医药机构213家，全年现场检查213家，检查覆盖率达100%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_kinds_that_fall_a_little_short_of_their_total_are_a_hint():
    text = report("2023年共办理交通运输行政处罚案件1256件，其中道路运输类842件、公路路政类356件、水路运输类48件。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [(f.severity.value, f.message.zh) for f in fs] == [
        ("info", "分项合计与总数不符：所列分项842+356+48=1246件，比总数1256件少10件；如分项已列全，请核对数字")]
    # within 10% for kinds of one classification, within 5% for any three named parts (reviewers mark both)
    near = report("办理行政处罚案件47件，其中农资类19件、动物卫生类15件、渔政类10件。",
                  "受理居民诉求1480件，其中热线转办862件、网格员上报433件、窗口来访175件。",
                  "全年接收安置退役士兵186人，其中安排工作42人、自主就业139人、退休2人、供养1人。",
                  "全县共有中小学校86所，其中小学52所、初中22所、高中9所，全部完成学校章程修订。",
                  "检查各类医疗机构126家，其中公立医院8家、民营医院15家、诊所98家。")
    assert [f.line for f in findings(near, "numbers/parts-total-mismatch")] == [4, 5, 6, 7, 8]
    fine = report("办理行政处罚案件47件，其中农资类19件、动物卫生类9件、渔政类10件。",  # far short: kinds left out
                  "受理居民诉求1480件，其中热线转办862件、网格员上报433件、窗口来访105件。",  # no classification, 95%
                  "办理行政处罚案件1256件，其中道路运输类842件、公路路政类356件。",  # two kinds
                  "查处案件120件，其中涉企类60件、重大类30件、一般类28件。")  # kinds that may overlap
    assert findings(fine, "numbers/parts-total-mismatch") == []



def test_a_change_of_amounts_in_yi_is_shown_in_yi():
    text = report("全年组织税费收入18.6亿元，较上年的17.2亿元增长6.8%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.message.zh for f in fs] == ["“增长6.8%”与所列数字不符：（18.6亿−17.2亿）÷17.2亿，即增长8.1%，请核对"]


def test_a_word_of_the_whole_s_own_name_does_not_make_its_parts_overlap():
    text = report("全年新增减税降费及退税缓费2.36亿元，其中新增减税降费1.48亿元、办理留抵退税0.95亿元。",
                  "全年新改建农村公路86.5公里，其中县道22.3公里、乡道31.6公里、村道28.4公里。")
    assert [f.rule_id for f in findings(text, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch"))] == [
        "numbers/part-exceeds-whole", "numbers/parts-total-mismatch"]
    fine = report("受理案件120件，其中新增案件80件、往年结转案件60件。")  # 新增 and 结转 overlap the year's whole
    assert findings(fine, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch")) == []


def test_the_earlier_figure_of_a_comparison_is_no_whole_of_a_rate():
    text = report("全年受理行政复议申请64件，较2022年的52件增长23.1%，已审结57件，其中撤销、变更、确认违法等纠错9件，纠错率18.2%。")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["18.2%"]


def test_parts_before_their_stated_sum():
    text = report("2024年共承办县人大代表建议46件、县政协委员提案71件，共计127件，已全部办结。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [f.message.zh for f in fs] == ["合计与所列分项不符：46+71=117件，此处写作“共计127件”，请核对"]
    fine = report("承办建议46件、提案71件，共计117件。", "发放资料2000余份、手册300本，合计2300份。",
                  "受理纠纷12件，调解成功10件，共计化解10件。")
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_kinds_in_comma_clauses_before_their_stated_sum():
    text = report("全年发生行政复议案件5件，行政诉讼案件3件，共计9件，无败诉案件。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [f.message.zh for f in fs] == ["合计与所列分项不符：5+3=8件，此处写作“共计9件”，请核对"]
    fine = report("全年发生行政复议案件5件，行政诉讼案件3件，共计8件。",  # adds up
                  "受理案件12件，办结10件，共计化解10件。",  # stages of one count, not kinds
                  "全年受理信访事项12件，调处矛盾纠纷30起，共计42件。",  # one clause of another unit
                  "其中涉企案件5件，重大案件3件，合计9件。")  # kinds that may overlap
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_the_rest_after_a_comma_ends_the_list():
    text = report("全年排查调解矛盾纠纷86起，其中婚姻家庭纠纷32起、邻里纠纷27起、土地山林纠纷19起，其余纠纷12起，调解成功84起。",
                  "受理纠纷100件，其中邻里纠纷40件、婚姻纠纷30件，其他纠纷20件。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole", "numbers/parts-total-mismatch"]
    fine = report("全年排查调解矛盾纠纷90起，其中婚姻家庭纠纷32起、邻里纠纷27起、土地山林纠纷19起，其余纠纷12起。",
                  "受理纠纷100件，其中邻里纠纷40件、婚姻纠纷30件，其他情况另行统计。")
    assert findings(fine, "numbers") == []


def test_a_part_for_the_rest_makes_overlapping_names_exclusive():
    # 涉黄 and 涉企 name parts that may overlap; a last part for the rest says the list splits the whole
    text = report("查处治安案件2146起，其中赌博案件312起、涉黄案件86起、其他治安案件1758起，行政拘留631人。",
                  "办理案件45件，其中涉企案件12件、重大案件5件、其他案件30件。")
    assert [f.message.zh for f in findings(text, "numbers/part-exceeds-whole")] == [
        "分项合计大于总数：所列分项312+86+1758=2156起，大于总数2146起，请核对",
        "分项合计大于总数：所列分项12+5+30=47件，大于总数45件，请核对"]
    fine = report("查处治安案件2156起，其中赌博案件312起、涉黄案件86起、其他治安案件1758起。",
                  "办理案件45件，其中涉企案件12件、重大案件5件、累计结转其他案件30件。",  # earlier figures
                  "办理案件45件，其中涉企案件12件、重大案件35件。")  # no part for the rest: may overlap
    assert findings(fine, "numbers/part-exceeds-whole") == []


def test_a_whole_all_dealt_with_before_its_breakdown():
    text = report("县劳动人事争议仲裁院全年受理争议案件318件，全部审结，其中调解结案142件、裁决结案131件、撤诉及其他方式结案38件。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项142+131+38=311件，总数为318件，请核对"]
    fine = report("全年受理信访事项86件，均已办结，其中来信32件、来访41件、网上信访13件。",  # adds up
                  "全年受理争议案件318件，全部审结，其中调解结案142件、裁决结案131件。",  # may leave kinds out
                  "全年受理争议案件318件，审结296件，其中调解结案142件、裁决结案131件、撤诉及其他方式结案23件。")
    assert findings(fine, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole")) == []


def test_general_and_special_bonds_are_all_of_the_new_bonds():
    text = report("全年争取新增政府债券资金12.8亿元，其中一般债券3.2亿元、专项债券8.6亿元，全部用于重点项目。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项3.2+8.6=11.8亿元，总数为12.8亿元，请核对"]
    assert findings(report("全年争取新增政府债券资金12.8亿元，其中一般债券3.2亿元、专项债券9.6亿元。"),
                    "numbers/parts-total-mismatch") == []


def test_kinds_the_whole_names_before_their_shared_noun():
    text = report("全年审核以县政府及县政府办公室名义印发的规范性文件42件，其中县政府文件25件、县政府办公室文件15件。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项25+15=40件，总数为42件，请核对"]
    fine = report("全年审核以县政府及县政府办公室名义印发的规范性文件42件，其中县政府文件25件、县政府办公室文件17件。",
                  "全年审核规范性文件42件，其中县政府文件25件、县政府办公室文件15件。")  # the whole names no kinds
    assert [f.severity.value for f in findings(fine, "numbers/parts-total-mismatch")] in ([], ["info"])


def test_a_rate_in_time_of_what_was_done_on_schedule():
    text = report("全年共受理群众信访事项486件，按期受理480件，及时受理率99.8%；按期办结473件。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“及时受理率99.8%”与前文数字不符：480÷486=98.8%，请核对"]
    assert findings(report("全年共受理群众信访事项486件，按期受理480件，及时受理率98.8%。"), "numbers/rate-mismatch") == []


def test_a_share_of_a_whole_given_where_it_is_named():
    text = report("全年对首次轻微违法的27家企业依法不予处罚，占立案前核查企业数91家的30.8%，做到处罚与教育相结合。")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["30.8%"]
    fine = report("全年对27家企业依法不予处罚，占核查企业91家的29.7%。全年新增就业1200人，占全县2023年目标的120%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_rate_of_all_that_was_closed_is_not_one_listed_kind_of_closing():
    text = report("全县劳动人事争议仲裁院全年受理争议案件326件，审结319件，其中调解结案214件、裁决结案105件，"
                  "调解率65.6%，仲裁结案率97.9%。")
    assert findings(text, "numbers/rate-mismatch") == []
    wrong = report("全年受理争议案件326件，审结319件，其中调解结案214件、裁决结案105件，仲裁结案率99.1%。")
    assert [f.matched for f in findings(wrong, "numbers/rate-mismatch")] == ["99.1%"]


def test_a_rate_of_those_who_sat_an_exam_and_an_integer_rate_a_point_off():
    text = report("组织全县教职工参加年度学法考试，应考1260人，实考1198人，参考率达98.6%。",
                  "受理行政案件3265起，查处3102起，查处率96%。")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["98.6%", "96%"]
    fine = report("组织全县教职工参加年度学法考试，应考1260人，实考1198人，参考率达95.1%。",
                  "受理行政案件3265起，查处3102起，查处率95%。受理投诉120件，办结115件，办结率96%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_rate_whose_sentence_opens_with_its_part_and_whose_whole_is_the_sentence_before():
    text = report("全年共受理群众信访事项486件，其中来信112件、来访203件、网上信访165件。按期受理480件，及时受理率99.8%；"
                  "按期办结473件。")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["99.8%"]
    fine = report("全年共受理群众信访事项486件。按期受理480件，及时受理率98.8%。",
                  "全年共办理案件486件。按期受理480件，及时受理率99.8%。")  # the total counts another verb
    assert findings(fine, "numbers/rate-mismatch") == []


def test_procedures_applied_and_a_share_called_bili():
    text = report("全年共办理行政处罚案件318件，其中适用简易程序196件、普通程序112件，罚没款金额86.4万元。",
                  "对全县412家企业开展执法检查，全年抽查企业83家，抽查比例达到25.1%。",
                  "提供档案利用11600卷次，其中婚姻档案5200卷次、知青档案2300卷次、土地档案4300卷次。")
    assert [f.rule_id for f in findings(text, ("numbers/parts-total-mismatch", "numbers/rate-mismatch",
                                               "numbers/part-exceeds-whole"))] == [
        "numbers/parts-total-mismatch", "numbers/rate-mismatch", "numbers/part-exceeds-whole"]
    fine = report("全年共办理行政处罚案件318件，其中适用简易程序206件、普通程序112件。",
                  "对全县412家企业开展执法检查，全年抽查企业83家，抽查比例达到20.1%。",
                  "走访412家个体户，全年抽查企业83家，抽查比例达到25.1%。")  # no whole of that noun
    assert findings(fine, ("numbers/parts-total-mismatch", "numbers/rate-mismatch")) == []


def test_a_part_put_off_is_no_part_of_the_rate():
    fine = report("全年审核档案12600卷，其中向社会开放9450卷、延期开放3150卷，开放率75%。")
    assert findings(fine, "numbers/rate-mismatch") == []
    wrong = report("全年审核档案12600卷，其中向社会开放9450卷、延期开放3150卷，开放率78%。")
    assert [f.message.zh for f in findings(wrong, "numbers/rate-mismatch")] == [
        "“开放率78%”与前文数字不符：9450÷12600=75.0%，请核对"]


def test_a_users_own_deferral_word_in_an_extra_numbers_file(tmp_path):
    """``deferrals`` of numbers.yaml is a word list users extend: 控制开放 put off, as 延期开放 is."""
    text = report("全年审核档案12600卷，其中向社会开放9450卷、控制开放3150卷，开放率75%。")
    # 控制开放3150卷 read as the part: 3150÷12600=25.0% disagrees with 75%
    assert matched(text, "numbers/rate-mismatch") == ["75%"]
    extra = tmp_path / "numbers.yaml"
    extra.write_text("deferrals:\n  - {words: [控制], source: 档案控制使用（本馆规定）}\n", encoding="utf-8")
    assert findings(text, "numbers/rate-mismatch", options={"numbers": {"extra": [str(extra)]}}) == []


def test_items_dealt_with_at_once_or_on_promise_and_two_kinds_of_support():
    text = report("全年受理各类审批服务事项52368件，其中即办件31205件、承诺件20163件，全部按时办结。",
                  "特困人员1048人，其中集中供养287人、分散供养751人。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项31205+20163=51368件，总数为52368件，请核对",
        "分项合计与总数不符：所列分项287+751=1038人，总数为1048人，请核对"]
    fine = report("全年受理各类审批服务事项52368件，其中即办件32205件、承诺件20163件。特困人员1048人，其中集中供养287人。")
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_a_count_said_to_change_by_percentage_points():
    text = report("深化“一网通办”，全年网上办件量同比增长23.5个百分点。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/change-mismatch")] == [("23.5个百分点", "23.5%")]
    fine = report("网上办件量占比同比提高23.5个百分点，网办率提高3个百分点，满意度提升2个百分点，受理数量占比下降1个百分点。")
    assert findings(fine, "numbers/change-mismatch") == []


def test_the_ways_a_whole_all_dealt_with_was_dealt_with_and_kinds_a_case_concerns():
    text = report("全年共受理劳动人事争议案件326件，涉案金额1862.4万元，全部审结，其中调解结案198件、裁决结案105件、撤诉30件。",
                  "全年立案查处土地违法案件43件，其中涉及农用地26件、建设用地19件。")
    assert [f.message.zh for f in findings(text, "numbers/part-exceeds-whole")] == [
        "分项合计大于总数：所列分项198+105+30=333件，大于总数326件，请核对",
        "分项合计大于总数：所列分项26+19=45件，大于总数43件，请核对"]
    fine = report("受理案件326件，其中调解结案198件、裁决结案105件、撤诉30件。")  # not said to be all closed: may overlap
    assert findings(fine, "numbers/part-exceeds-whole") == []


def test_a_rate_below_all_after_all_were_done():
    text = report("全镇18个村（社区）全部建成便民服务代办点，代办点覆盖率达到90%。")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["90%"]
    fine = report("全镇18个村（社区）全部建成便民服务代办点，代办点覆盖率达到100%。",
                  "全县12个乡镇全部建成综治中心，群众安全感满意率达到96.5%。",  # another rate
                  "全镇18个村全部完成村规民约修订，法律顾问覆盖率达到90%。")  # of something else
    assert findings(fine, "numbers/rate-mismatch") == []


def test_urban_and_rural_are_all_of_a_whole():
    text = report("全年审核审批低保对象1286户，其中城市低保412户、农村低保864户。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项412+864=1276户，总数为1286户，请核对"]
    assert findings(report("全年审核审批低保对象1276户，其中城市低保412户、农村低保864户。"),
                    "numbers/parts-total-mismatch") == []


def test_kinds_of_disputes_one_of_them_cross_border_short_of_their_whole():
    text = report("全年排查矛盾纠纷64起，其中土地山林权属纠纷23起、婚姻家庭纠纷18起、邻里纠纷15起、跨境务工劳务纠纷6起。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/parts-total-mismatch"]
    # parts across the kinds (跨区域: some of the others) make no breakdown
    fine = report("全年排查矛盾纠纷64起，其中土地纠纷23起、婚姻家庭纠纷18起、邻里纠纷15起、跨区域纠纷6起。")
    assert findings(fine, "numbers") == []


def test_a_count_of_places_with_its_noun_before_its_parts():
    text = report("全街道11个社区，其中城市社区7个、农村社区5个，全部建立公共法律服务工作室。",
                  "全乡9个村（社区），其中行政村7个、社区3个，均配备法律明白人。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"] * 2
    fine = report("全街道12个社区，其中城市社区7个、农村社区5个。", "成立3个工作专班，其中执法专班2个、宣传专班1个。")
    assert findings(fine, "numbers") == []


def test_figures_of_kinds_named_and_counted_before_them():
    text = report("全年共排查矛盾纠纷152起，涉及婚姻家庭、邻里关系、土地权属三类，分别为48起、61起、39起，调处成功150起。",
                  "受理信访事项30件，包括土地、环境两类，分别为18件、15件。")
    fs = findings(text, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole"))
    assert [(f.rule_id, f.line) for f in fs] == [("numbers/parts-total-mismatch", 4), ("numbers/part-exceeds-whole", 5)]
    fine = report("全年共排查矛盾纠纷148起，涉及婚姻家庭、邻里关系、土地权属三类，分别为48起、61起、39起。",
                  "两镇涉及土地、林地、草地等，分别为12件、15件。",  # kinds not counted: figures of the towns
                  "排查纠纷152起，涉及婚姻家庭、邻里关系两类，分别为48起、61起、39起。")  # not one figure per kind
    assert findings(fine, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole")) == []


def test_kinds_classified_by_or_counted_in_figures_before_their_figures():
    text = report("梳理公布依申请政务服务事项86项，按办理时限分为即办件和承诺件两类，分别为52项和30项，全部实现“最多跑一次”。",
                  "全年办理行政执法案件27件，涉及自然资源、生态环境、农业农村3个领域，分别为15件、6件、4件。")
    fs = findings(text, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole"))
    assert [(f.rule_id, f.line) for f in fs] == [("numbers/parts-total-mismatch", 4), ("numbers/parts-total-mismatch", 5)]
    fine = report("梳理公布依申请政务服务事项82项，按办理时限分为即办件和承诺件两类，分别为52项和30项。",
                  "全年办理行政执法案件25件，涉及自然资源、生态环境、农业农村3个领域，分别为15件、6件、4件。",
                  "办理案件27件，涉及自然资源、生态环境等3个领域，分别为15件、6件、4件。")  # two kinds named, three counted
    assert findings(fine, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole")) == []


def test_doses_in_wan_short_of_their_total_are_shown_in_wan():
    text = report("全年累计接种新冠病毒疫苗42.6万剂次，其中第一剂次18.3万剂次、第二剂次16.9万剂次、加强免疫6.4万剂次。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项18.3+16.9+6.4=41.6万剂次，比总数42.6万剂次少1万剂次；如分项已列全，请核对数字"]


def test_a_breakdown_in_brackets_right_after_its_whole():
    text = report("全年对定点医药机构开展全覆盖检查，共检查126家（定点医疗机构28家、定点零售药店96家），查处违规机构37家。",
                  "培训干部120人（其中科级干部30人、一般干部95人）。")
    fs = findings(text, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole"))
    assert [(f.rule_id, f.line) for f in fs] == [("numbers/parts-total-mismatch", 4), ("numbers/part-exceeds-whole", 5)]
    fine = report("全县共有养老机构23家（公办14家、民办9家），开展活动12场（线上5场）。",  # adds up; one part
                  "受理案件40件（含行政复议12件、行政诉讼8件），培训干部120人（其中科级干部30人、一般干部60人）。",  # parts of it
                  "检查企业126家（A级28家、B级98家）后，又抽查30家（其中复查12家、新查15家，另有3家）。")  # adds up; two parts after 其中
    assert findings(fine, ("numbers/parts-total-mismatch", "numbers/part-exceeds-whole")) == []


def test_a_rate_of_a_wider_subject_than_its_part():
    fine = report("全年发生行政诉讼案件2件，街道主要负责人出庭应诉1件，行政机关负责人出庭应诉率100%。")
    assert findings(fine, "numbers/rate-mismatch") == []
    text = report("全年发生行政诉讼案件4件，主要负责人出庭应诉1件，主要负责人出庭应诉率100%。",
                  "行政应诉案件5件，委主要负责人出庭应诉4件，出庭应诉率100%。")  # a rate naming no subject is the part's
    assert [f.line for f in findings(text, "numbers/rate-mismatch")] == [4, 5]


def test_parts_named_by_a_label_before_their_stated_sum():
    text = report("全年排查矛盾纠纷56起，调解成功54起，调解成功率96.4%；其中邻里纠纷21起、土地权属纠纷18起、"
                  "婚姻家庭纠纷12起，三类纠纷合计56起。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [f.message.zh for f in fs if f.severity.value == "warning"] == [
        "合计与所列分项不符：21+18+12=51起，此处写作“合计56起”，请核对"]
    assert all("调解成功率" not in f.matched for f in fs)  # the hint covers the parts, not the rate between
    fine = report("其中邻里纠纷21起、土地权属纠纷18起、婚姻家庭纠纷17起，三类纠纷合计56起。",
                  "办理建议46件、提案71件，以上共计117件。", "受理12件，办结10件，年度合计受理30件。")
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_outcomes_of_reconsideration_exceeding_the_applications():
    text = report("全年收到行政复议申请9件，其中维持6件、撤销2件、调解结案3件。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]


def test_the_lawsuits_before_a_rate_of_court_appearance():
    text = report("2025年共发生行政复议案件4件、行政诉讼案件6件，均依法办理。行政机关负责人出庭应诉5件，出庭应诉率100%。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“出庭应诉率100%”与前文数字不符：5÷6=83.3%，请核对"]
    fine = report("2025年共发生行政复议案件4件、行政诉讼案件6件，均依法办理。行政机关负责人出庭应诉6件，出庭应诉率100%。",
                  "全年发生行政诉讼案件6件。",
                  "行政机关负责人出庭应诉5件，出庭应诉率100%。",  # the lawsuits are another paragraph's
                  "全年办结行政复议案件8件。负责人出庭应诉5件，出庭应诉率100%。")  # no count of lawsuits
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_rate_of_100_percent_says_all():
    text = report("全年受理物业服务投诉412件，办结409件，办结率100%。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“办结率100%”与前文数字不符：409÷412=99.3%，请核对"]
    fine = report("全年受理物业服务投诉412件，办结412件，办结率100%。",
                  "全年受理群众诉求2000件，办结1999件，办结率99.9%。",
                  "全年受理群众诉求2000件，办结1996件，办结率99%。")  # truncated, within a point
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_part_named_as_the_kind_of_item():
    text = report("全年办理行政许可事项412件，其中即办件298件，即办率达到76.3%。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“即办率76.3%”与前文数字不符：298÷412=72.3%，请核对"]
    fine = report("全年办理行政许可事项412件，其中即办件298件，即办率达到72.3%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_share_of_a_whole_named_in_full_in_an_earlier_paragraph():
    text = report("1.全年完成审计项目26个，查出问题金额4.8亿元。",
                  "2.推动审计整改。截至2023年12月31日，已整改问题金额3.2亿元，占查出问题金额的75%。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“占查出问题金额的75%”与前文数字不符：3.2亿元÷4.8亿元=66.7%，请核对"]
    fine = report("1.全年完成审计项目26个，查出问题金额4.8亿元。",
                  "2.推动审计整改。截至2023年12月31日，已整改问题金额3.2亿元，占查出问题金额的66.7%。",
                  "3.已整改问题金额1亿元，占问题金额的75%。")  # a short name: another whole may be meant
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_part_named_by_its_own_measure_word():
    text = report("组织执法案卷评查，评查案卷20卷，其中优秀卷16卷，优秀率为85%。",
                  "立案查处违法案件18件，其中简易程序11件、一般程序6件。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/rate-mismatch", "numbers/parts-total-mismatch"]
    fine = report("评查案卷20卷，其中优秀卷16卷，优秀率为80%。", "立案查处违法案件17件，其中简易程序11件、一般程序6件。")
    assert findings(fine, "numbers") == []


def test_a_rate_after_da_dao_le():
    text = report("全年受理劳动争议调解申请152件，调解成功138件，调解成功率达到了95.6%。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“调解成功率95.6%”与前文数字不符：138÷152=90.8%，请核对"]
    fine = report("全年受理劳动争议调解申请152件，调解成功138件，调解成功率达到了90.8%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_kinds_the_whole_names_are_all_of_it():
    text = report("办理县人大代表建议和县政协委员提案共46件，其中人大代表建议19件、政协委员提案25件。")
    assert [f.line for f in findings(text, "numbers/parts-total-mismatch")] == [4]
    fine = report("办理县人大代表建议和县政协委员提案共44件，其中人大代表建议19件、政协委员提案25件。",
                  "办理县人大代表建议共46件，其中人大代表建议19件、重点建议25件。")  # the whole names one kind
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_parts_some_of_which_carry_a_quoted_label_are_added_up():
    text = report("全年共检查单位1386家次，其中“双随机”抽查842家次、日常巡查检查397家次、专项检查160家次。",
                  "县里下发疑似违法图斑214个，已核查整改完成221个。")
    assert [f.line for f in findings(text, "numbers/part-exceeds-whole")] == [4, 5]


def test_a_named_change_with_its_earlier_figure_in_brackets():
    text = report("全年立案查处环境违法案件42件，罚没款386.5万元，案件数同比增长15.2%（2022年为37件）。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["15.2%"] and "（42−37）÷37" in fs[0].message.zh
    fine = report("全年立案查处环境违法案件42件，罚没款386.5万元，案件数同比增长13.5%（2022年为37件）。",
                  "全年罚没款386.5万元，案件数同比增长15.2%（2022年为37件）。")  # no count of 案件
    assert findings(fine, "numbers/change-mismatch") == []


def test_a_division_into_kinds_and_a_last_part_that_holds_the_rest():
    text = report("共办理行政处罚案件146件，分为超限超载类87件和道路运输类52件两类。",
                  "全年审结劳动人事争议仲裁案件186件，其中调解结案97件、裁决结案64件、撤诉及其他方式结案18件。")
    assert [f.line for f in findings(text, "numbers/parts-total-mismatch")] == [4, 5]
    fine = report("共办理行政处罚案件139件，分为超限超载类87件和道路运输类52件两类。",
                  "全年审结仲裁案件179件，其中调解结案97件、裁决结案64件、撤诉及其他方式结案18件。",
                  "受理案件186件，其中调解结案97件、裁决结案64件。")  # no part for the rest: stages may overlap
    assert findings(fine, "numbers/parts-total-mismatch") == []



def test_all_of_a_whole_dealt_with_in_ways_of_one_classification_that_fall_short():
    """已全部审结: every case took one of the ways; 维持/撤销/终止 are kinds of one classification."""
    text = report("受理行政复议申请9件，已全部审结，其中维持5件、撤销1件、终止2件。",
                  "受理劳动争议案件326件，已全部审结，其中调解结案198件、裁决结案105件、撤诉20件。")
    assert [f.line for f in findings(text, "numbers/parts-total-mismatch")] == [4, 5]
    fine = report("受理行政复议申请9件，已全部审结，其中维持5件、撤销1件、终止3件。",
                  "受理行政复议申请9件，其中维持5件、撤销1件。",  # not all decided: the rest may be pending
                  "受理行政复议申请9件，已全部审结，其中维持5件。")  # one way named: no classification
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_a_division_by_what_it_classifies_by_between_the_whole_and_its_kinds():
    text = report("全年受理12345热线工单1562件，按类型分为诉求类1038件、咨询类426件、建议类63件。",
                  "办理案件86件，按执法领域划分为市场监管41件、交通运输30件、生态环境12件。",
                  "查处统计违法案件11件，按违法类型分为两类：提供不真实统计资料案件6件、迟报拒报统计资料案件4件。")
    assert [f.line for f in findings(text, "numbers/parts-total-mismatch")] == [4, 5, 6]
    fine = report("全年受理12345热线工单1562件，按类型分为诉求类1036件、咨询类463件、建议类63件。",
                  "办理案件86件，按执法领域划分为市场监管41件、交通运输30件、生态环境15件。",
                  "办理案件86件，按时办结，其中简易程序41件、普通程序30件。",
                  "查处统计违法案件10件，按违法类型分为两类：提供不真实统计资料案件6件、迟报拒报统计资料案件4件。")
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_a_change_written_to_a_tenth_is_held_to_a_tenth():
    """增长9.4% says it was computed to a tenth: 8.6% is another figure; 增长9% of 8.6% is rounding."""
    text = report("全县登记在册经营主体由2022年底的28736户增至31208户，增长9.4%。")
    assert [f.matched for f in findings(text, "numbers/change-mismatch")] == ["9.4%"]
    fine = report("全县登记在册经营主体由2022年底的28736户增至31208户，增长8.6%。",
                  "全县登记在册经营主体由2022年底的28736户增至31208户，增长9%。",
                  "全县登记在册经营主体由2022年底的28736户增至31208户，增长8.8%。")
    assert findings(fine, "numbers/change-mismatch") == []



def test_more_complete_classifications_and_their_hint():
    """定点医疗机构 and 定点零售药店 make up 定点医药机构; 窗口 and 网上 the channels of a service; the kinds of
    复议 decisions as written (驳回申请, 终止审理) make a hint when they fall a little short."""
    text = report("全年检查定点医药机构186家，其中定点医疗机构72家、定点零售药店104家。",
                  "全年办理政务服务事项共3260件，其中窗口办理1850件、网上办理1310件。",
                  "审结53件，其中维持37件、撤销6件、确认违法4件、驳回申请3件、终止审理2件。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [(f.line, f.severity.value) for f in fs] == [(4, "warning"), (5, "warning"), (6, "info")]


def test_attributes_of_people_do_not_make_parts_of_things_overlap():
    text = report("全县共有人民调解委员会215个，其中村（社区）调委会196个、行业性专业性调委会14个、企事业单位调委会6个。",
                  "全年共受理群众报警求助8652起，其中刑事类1120起、治安类2341起、交通类3006起、群众求助类2085起。",
                  "完成规范性文件集中清理，共清理文件47件，其中继续有效31件、修改9件、废止5件。",
                  "全年共办理婚姻登记3126对，其中结婚登记2318对、离婚登记796对。")
    fs = findings(text, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch"))
    assert [(f.line, f.rule_id, f.severity.value) for f in fs] == [
        (4, "numbers/part-exceeds-whole", "error"), (5, "numbers/parts-total-mismatch", "info"),
        (6, "numbers/parts-total-mismatch", "warning"), (7, "numbers/parts-total-mismatch", "warning")]
    # among people they still do (其中党员…、35岁以下…)
    fine = report("全镇共有干部42人，其中党员30人、35岁以下干部20人。")
    assert findings(fine, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch")) == []


def test_amounts_in_wan_and_yi_are_recomputed_and_shown_as_written():
    """整改落实 counts what was 整改 (落实 a result word), and 1.26亿元 is 126000000 元."""
    text = report("审计查出应整改问题金额1.52亿元，已整改落实1.26亿元，整改率87.5%。",
                  "审计查出应整改问题152个，已整改落实126个，整改率87.5%。",
                  "应整改问题金额1.52亿元，已整改落实1.33亿元，整改率87.5%。",
                  "罚没款486.5万元，同比增长25.6%（2022年为412.3万元）。",
                  "罚没款486.5万元，同比增长18%（2022年为412.3万元）。")
    fs = findings(text, "numbers/rate-mismatch") + findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["87.5%", "87.5%", "25.6%"]
    assert "1.26亿元÷1.52亿元=82.9%" in fs[0].message.zh and "126÷152" in fs[1].message.zh
    assert "（486.5万−412.3万）÷412.3万" in fs[2].message.zh


def test_a_rate_named_object_first_counts_verb_then_object():
    """问题发现率 is the share of what was 发现问题."""
    text = report("开展随机抽查386户次，发现问题62户次，问题发现率18.6%，均已整改。",
                  "开展随机抽查386户次，发现问题62户次，问题发现率16.1%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [f.matched for f in fs] == ["18.6%"] and "62÷386=16.1%" in fs[0].message.zh


def test_a_kind_and_its_negation_are_the_whole():
    text = report("共审查规范性文件和合同46件，其中提出修改意见的18件、无意见的26件。",
                  "共抽检食品46批次，其中合格40批次、不合格4批次。",
                  "共抽检食品46批次，其中合格40批次、不合格6批次。",
                  # not a negation pair: both may hold
                  "共审查文件46件，其中提出修改意见的18件、不予备案的2件。")
    assert [f.line for f in findings(text, "numbers/parts-total-mismatch")] == [4, 5]


def test_a_rate_written_to_a_tenth_is_held_to_a_tenth():
    """118 of 120 is 98.3%: a stated 99.2% is another figure, a stated 98% rounds it."""
    text = report("抽检库存粮食样品120份，合格118份，合格率99.2%。", "抽检样品120份，合格118份，合格率98%。",
                  "发现火灾隐患3042处，已督促整改2870处，整改率93.5%。", "发现火灾隐患3042处，已督促整改2870处，整改率94.3%。")
    assert [(f.line, f.matched) for f in findings(text, "numbers/rate-mismatch")] == [(4, "99.2%"), (6, "93.5%")]


def test_a_list_after_a_rate_splits_the_largest_count_of_its_sentence():
    """排查186起，化解171起，化解率95.2%，其中…: the kinds may break down either count; beyond both is a slip."""
    text = report("全乡共调解矛盾纠纷58起，调解成功56起，调解成功率96.6%，其中婚姻家庭纠纷21起、邻里纠纷17起、"
                  "土地山林权属纠纷15起、其他纠纷8起。",
                  "全年排查矛盾纠纷186起，化解171起，化解率91.9%，其中婚姻家庭纠纷54起、邻里纠纷61起、"
                  "土地山林纠纷43起、其他纠纷28起。")
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [f.line for f in fs] == [4] and "大于总数58起" in fs[0].message.zh


def test_a_total_changed_is_the_whole_before_its_qizhong_parts():
    ok = report("全年共登记信访事项1326件，其中来信218件、来访405件、网上信访703件，信访总量较2023年的1517件下降12.6%。")
    assert findings(ok, "numbers/change-mismatch") == []
    wrong = report("全年共登记信访事项1326件，其中来信218件、来访405件、网上信访703件，信访总量较2023年的1517件下降15.6%。")
    fs = findings(wrong, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["15.6%"] and "1326" in fs[0].message.zh


def test_shares_of_parts_listed_with_semicolons():
    text = report("全县依法登记的宗教活动场所58处，其中已建立民主管理组织的52处，占89.7%；安装视频监控的49处，占86.2%。",
                  "全县场所58处，其中已建立组织的52处，占89.7%；安装监控的49处，占84.5%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "86.2%")] and "49÷58=84.5%" in fs[0].message.zh


def test_kinds_named_lei_and_by_their_noun_alike_are_a_breakdown():
    text = report("全年共调解矛盾纠纷186起，其中婚姻家庭类72起、邻里纠纷65起、土地山林类41起，调解成功181起。")
    fs = findings(text, "numbers/parts-total-mismatch")
    assert [(f.severity.value, "72+65+41=178起" in f.message.zh) for f in fs] == [("info", True)]
    assert findings(report("全年办理案件186件，其中涉企类72件、重大案件65件、网上办理41件。"), "numbers/parts-total-mismatch") == []


def test_a_share_of_what_was_found_among_those_checked():
    text = report("全年对93家企业开展执法检查，发现统计违法企业12家，占比11.8%。",
                  "对93家企业开展检查，发现违法企业12家，占比12.9%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "11.8%")] and "12÷93=12.9%" in fs[0].message.zh


def test_a_rate_whose_total_is_in_the_clause_before_a_semicolon():
    text = report("全年受理商务领域投诉举报126件，较上年的140件下降10.0%；办结121件，办结率98.4%，其余正在办理。",
                  "全年受理投诉举报126件；办结121件，办结率96%。",
                  # a part of its own kind, or a whole no total word opens, is not computed across the ；
                  "全年立案查处各类违法案件215件；重大执法决定法制审核18件，审核率100%。",
                  "全县参保人数31.46万人；资助参保1.87万人，资助参保率100%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(4, "98.4%")] and "121÷126=96.0%" in fs[0].message.zh


def test_a_change_after_a_qizhong_list_is_the_change_of_its_whole():
    text = report("全年办理行政处罚案件34件，其中简易程序21件、普通程序13件，较2022年的40件下降15.0%。",
                  "全年办理行政处罚案件34件，其中简易程序21件、普通程序13件，较2022年的40件下降12.0%。",
                  # a single part after 其中 is changed on its own
                  "共排查纠纷138起，其中疑难复杂纠纷34起，较2022年的40起下降15%。",
                  "全年新登记各类市场主体5432户，同比增长12.3%（2020年新登记4963户）。")
    fs = findings(text, "numbers/change-mismatch")
    assert [(f.line, f.matched) for f in fs] == [(5, "12.0%"), (7, "12.3%")]
    assert "（34−40）÷40" in fs[0].message.zh


def test_summary_and_ordinary_procedure_are_every_administrative_penalty():
    text = report("全年办理行政处罚案件43件，其中简易程序26件、普通程序15件，罚没款12.6万元。",
                  "全年办理行政处罚案件41件，其中简易程序26件、普通程序15件。")
    assert [f.line for f in findings(text, "numbers/parts-total-mismatch")] == [4]


def test_a_whole_and_its_part_are_no_list_to_add_up():
    """复议案件8件，纠错2件: 2 of 8 is 25%, not 2 of the 10 they would make as a list."""
    text = report("全年行政复议案件8件，被纠错2件，纠错率为20%。", "全年受理案件8件，办结2件，办结率为25%。")
    assert [(f.line, f.matched) for f in findings(text, "numbers/rate-mismatch")] == [(4, "20%")]



def test_a_change_told_after_a_rate_that_no_count_of_the_sentence_fits():
    text = report("全年调解纠纷126件，调解成功121件，调解成功率96%，较上年的140件同比增长10%。")
    fs = findings(text, "numbers/change-mismatch")
    assert [f.matched for f in fs] == ["增长10%"] and "（126−140）÷140" in fs[0].message.zh


def test_a_change_after_a_rate_that_a_count_of_the_sentence_fits_is_left_alone():
    text = report(
        "全年调解纠纷126件，调解成功121件，调解成功率96%，较上年的140件下降10%。",  # the total
        "全年办结信访事项86件，按期办结82件，按期办结率95.3%，较上年的75件增长9.3%。",  # the part
        "全年调解纠纷126件，调解成功率96%，较上年提高2个百分点。",  # no earlier figure
        "全年调解纠纷126件，调解成功率96%，较上年的140人次增长10%。",  # another unit
    )
    assert findings(text, "numbers/change-mismatch") == []


def test_a_rate_whose_part_is_told_with_the_verbs_result():
    fs = findings(report("接收退役士兵86人，已安置到岗80人，安置率97.7%。"), "numbers/rate-mismatch")
    assert len(fs) == 1 and "80÷86" in fs[0].message.zh
    assert findings(report("接收退役士兵86人，已安置到岗80人，安置率93.0%。整改问题24个，整改到位24个，整改率100%。"),
                    "numbers/rate-mismatch") == []


def test_a_count_of_places_given_differently():
    text = report("全县12个乡镇全部组建综合行政执法队。", "在全县12个乡镇设立便民服务中心。", "在13个乡镇推进矛盾纠纷调处化解中心建设。",
                  "将法治建设纳入全县87所中小学校年度考核。", "全县89所中小学校法治副校长配备率达100%。",
                  "为87所中小学校统一聘请法律顾问。")
    fs = findings(text, "numbers/count-inconsistent")
    assert [(f.line, f.matched) for f in fs] == [(6, "13个乡镇"), (8, "89所中小学校")]
    assert fs[0].message.zh == "“13个乡镇”与本报告其他处的“12个乡镇”不一致，请核对"


def test_counts_of_places_a_report_may_give():
    fine = report("全县12个乡镇全部组建综合行政执法队，在5个乡镇开展试点。",  # a part
                  "全县原有14个乡镇，撤并后全县12个乡镇全部设立司法所。",  # a change
                  "力争全县新增3所中小学校，新建2所幼儿园，全县12所幼儿园全部达标。",
                  "开展送法进乡镇活动15个乡镇次。", "全镇9个行政村和2个社区。全镇9个行政村均聘请法律顾问。")
    assert findings(fine, "numbers/count-inconsistent") == []


def test_a_whole_of_anything_counted_twice_differently():
    text = report("对全县84个在建项目逐一开展安全检查。", "监管力量与任务不相适应，全县48个在建项目仅靠6名执法人员。",
                  "对全县3126户低保对象实行动态管理。", "对全县3216户低保对象的动态管理工作仍需加强，全县3126户低保对象中……")
    fs = findings(text, "numbers/count-inconsistent")
    assert [f.message.zh for f in fs] == ["“48个在建项目”与本报告其他处的“84个在建项目”不一致，请核对",
                                          "“3216户低保对象”与本报告其他处的“3126户低保对象”不一致，请核对"]
    fine = report("对全县2家二级医院和16家乡镇卫生院开展检查，对全县18家二级医院及乡镇卫生院实现全覆盖。",
                  "全县84个在建项目全部开工，全县新增12个在建项目。")
    assert findings(fine, "numbers/count-inconsistent") == []


def test_the_kinds_of_entitled_groups_are_a_breakdown_though_one_names_veterans():
    """重点优抚对象 are counted by one kind each: 参战参试退役人员 names 退役, yet the kinds do not overlap."""
    text = report("全县共有重点优抚对象1256人，其中伤残军人218人、“三属”46人、在乡老复员军人12人、"
                  "带病回乡退伍军人315人、参战参试退役人员655人，全年足额发放优抚资金2680万元。")
    assert [f.message.zh for f in findings(text, "numbers/parts-total-mismatch")] == [
        "分项合计与总数不符：所列分项218+46+12+315+655=1246人，比总数1256人少10人；如分项已列全，请核对数字"]
    fine = report("全县共有重点优抚对象1256人，其中伤残军人218人、“三属”46人、在乡老复员军人12人。",
                  "全县共有重点优抚对象1256人，其中伤残军人218人、“三属”56人、在乡老复员军人12人、"
                  "带病回乡退伍军人315人、参战参试退役人员655人。")
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_a_whole_rounded_to_its_last_digit_agrees_with_its_exact_parts():
    fine = report("全年办理不动产登记业务3.2万件，其中首次登记4100件、转移登记1.86万件、抵押登记9200件。",
                  "全年办理不动产登记业务2.6万件，其中首次登记3120件、转移登记1.18万件、抵押登记8650件、其他登记2630件。")
    assert findings(fine, "numbers/parts-total-mismatch") == []
    wrong = report("全年新增减税降费及退税缓费3.2亿元，其中增值税留抵退税1.5亿元、小微企业和个体工商户减免税费1.1亿元、"
                   "其他优惠政策减免0.8亿元。",
                   "全年办理不动产登记业务3.2万件，其中首次登记4100件、转移登记1.76万件、抵押登记9200件。")
    assert [(f.rule_id, f.matched[:6]) for f in findings(wrong, "numbers")] == [
        ("numbers/part-exceeds-whole", "3.2亿元，"), ("numbers/parts-total-mismatch", "3.2万件，")]


def test_a_rate_after_the_date_it_is_counted_at_whose_whole_a_sentence_before_gives():
    """截至年底，已办结41件，办结率95.3%: the whole is the 46 cases 办理 in the sentence before (办结率 of what was 办理)."""
    text = report("全年共办理环境行政处罚案件46件，其中水污染类18件、大气污染类15件、固体废物类13件。截至年底，已办结41件，"
                  "办结率95.3%，剩余案件均在法定期限内办理。", "全年共受理信访事项88件。截至11月底，已办结80件，办结率90.9%。")
    assert [f.message.zh for f in findings(text, "numbers/rate-mismatch")] == [
        "“办结率95.3%”与前文数字不符：41÷46=89.1%，请核对"]
    fine = report("全年共开展执法检查46次。截至年底，已办结41件，办结率95.3%。",
                  "全年共办理案件46件。截至年底，已办结41件，办结率89.1%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_rate_whose_whole_names_its_kind_before_the_word_for_applying():
    """受理科技项目申报86项 counts the 项目 applied for: 推荐申报市级以上项目52项 is the part of 推荐率."""
    text = report("全年受理科技项目申报86项，择优推荐申报市级以上项目52项，推荐率达65%，其中获批省级项目11项。")
    assert matched(text, "numbers/rate-mismatch") == ["65%"]
    fine = report("全年受理科技项目申报86项，择优推荐申报市级以上项目52项，推荐率达60.5%。",
                  "全年受理资金申报86项，择优推荐申报市级以上项目52项，推荐率达65%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_users_own_request_verb_in_an_extra_numbers_file(tmp_path):
    """``request_verbs`` of numbers.yaml is a word list users extend: 项目登记 counts the 项目, as 项目申报 does."""
    text = report("全年受理科技项目登记86项，择优推荐申报市级以上项目52项，推荐率达65%。")
    assert findings(text, "numbers/rate-mismatch") == []  # 登记 is no request verb of the bundled list
    extra = tmp_path / "numbers.yaml"
    extra.write_text("request_verbs:\n  - {words: [登记], source: 本局项目登记制度}\n", encoding="utf-8")
    assert [f.matched for f in findings(text, "numbers/rate-mismatch", options={"numbers": {"extra": [str(extra)]}})] == ["65%"]


def test_items_dealt_with_at_once_or_on_promise_named_by_their_handling():
    """即时办结事项 and 承诺办结事项 are the two kinds of 政务服务事项 (即办件, 承诺件), listed with 、 or a comma."""
    for sep in ("、", "，"):
        text = report(f"梳理公布政务服务事项28项，其中即时办结事项21项{sep}承诺办结事项6项。")
        assert matched(text, "numbers/parts-total-mismatch") == [f"28项，其中即时办结事项21项{sep}承诺办结事项6项"]
    fine = report("梳理公布政务服务事项28项，其中即时办结事项21项，承诺办结事项7项。")
    assert findings(fine, "numbers/parts-total-mismatch") == []


def test_a_rate_of_100_percent_says_all():
    text = report("发现各类安全隐患1285处，已整改1279处，隐患整改率100%。")
    assert matched(text, "numbers/rate-mismatch") == ["100%"]
    fine = report("发现各类安全隐患20000处，已整改19995处，隐患整改率100%。", "发现隐患1285处，已整改1285处，整改率100%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_a_correction_rate_of_documents_reviewed():
    text = report("全年审查县政府及部门规范性文件46件，提出修改意见62条，纠正问题文件5件，纠错率为15.2%。")
    assert matched(text, "numbers/rate-mismatch") == ["15.2%"]
    assert findings(report("全年审查规范性文件46件，纠正问题文件5件，纠错率为10.9%。"), "numbers/rate-mismatch") == []


def test_items_done_and_in_hand_make_up_all_received():
    wrong = report("全年受理教育类投诉举报87件，其中办结80件、正在办理9件。", "全年受理投诉举报87件，其中办结80件、正在办理5件。")
    assert [f.rule_id for f in findings(wrong, "numbers")] == ["numbers/part-exceeds-whole", "numbers/parts-total-mismatch"]
    assert findings(report("全年受理教育类投诉举报87件，其中办结80件、正在办理7件。"), "numbers") == []


def test_problems_put_right_and_being_put_right_make_up_all_found():
    text = report("检查单位42家，发现问题87个，其中已整改到位69个、正在整改15个，整改率为79.3%。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/parts-total-mismatch"]  # not 15÷87 for 整改率
    fine = report("检查单位42家，发现问题87个，其中已整改到位69个、正在整改18个，整改率为79.3%。")
    assert findings(fine, "numbers") == []


def test_a_breakdown_after_the_clause_saying_all_were_covered():
    text = report("全年检查定点医药机构213家，实现全覆盖，其中医疗机构96家、零售药店127家，查处问题机构58家。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]
    fine = report("全年检查定点医药机构213家，实现全覆盖，其中医疗机构86家、零售药店127家。")
    assert findings(fine, "numbers") == []


def test_a_coverage_rate_of_those_of_a_count_that_have_something():
    """全镇14个村（社区）已有13个建成法治文化阵地: 13 of the 14 villages, whatever stands between."""
    text = report("全镇14个村（社区）已有13个建成法治文化阵地，覆盖率达100%。",
                  "全县132所中小学校中已有126所聘任法治副校长，配备率达98.5%。")
    assert matched(text, "numbers/rate-mismatch") == ["100%", "98.5%"]
    fine = report("全镇14个村（社区）中，已有13个建成法治文化阵地，覆盖率达92.9%。",
                  "全县132所中小学校中已有132所聘任法治副校长，配备率达100%。")
    assert findings(fine, "numbers/rate-mismatch") == []


def test_review_decisions_named_with_what_they_upheld():
    text = report("全年共办理税务行政复议案件12件，其中维持原决定7件、撤销2件、调解结案2件。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/parts-total-mismatch"]
    assert findings(report("全年共办理税务行政复议案件12件，其中维持原决定8件、撤销2件、调解结案2件。"), "numbers") == []


def test_a_whole_in_chinese_numerals_before_a_rate_and_a_breakdown():
    text = report("全年共排查调解矛盾纠纷四十二件，调解成功41件，调解成功率97.6%，其中山林土地纠纷19件、婚姻家庭纠纷13件、邻里纠纷10件。")
    assert [f.rule_id for f in findings(text, ("numbers/part-exceeds-whole", "numbers/parts-total-mismatch"))] == []


def test_a_part_above_its_whole_under_a_rate_of_100_percent():
    text = report("全年受理12345热线及数字城管平台城市管理类投诉1520件，按期办结1563件，按期办结率100%，群众满意率96.5%。")
    assert [f.rule_id for f in findings(text, "numbers/part-exceeds-whole")] == ["numbers/part-exceeds-whole"]
    assert findings(report("全年受理投诉1520件，按期办结1520件，按期办结率100%。"), "numbers") == []


def test_the_two_kinds_of_basic_medical_insurance_make_up_all_insured():
    text = report("全县基本医疗保险参保人数312456人，其中职工医保28741人、城乡居民医保283615人，参保率稳定在96%以上。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/parts-total-mismatch"]
    assert findings(report("全县基本医疗保险参保人数312356人，其中职工医保28741人、城乡居民医保283615人。"), "numbers") == []


def test_the_three_kinds_of_revenue_a_tax_office_collects_after_its_growth():
    text = report("全年累计组织各项税费收入18.62亿元，同比增长4.3%，其中税收收入12.35亿元、社会保险费收入5.27亿元、非税收入0.98亿元。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/parts-total-mismatch"]
    fine = report("全年累计组织各项税费收入18.60亿元，同比增长4.3%，其中税收收入12.35亿元、社会保险费收入5.27亿元、非税收入0.98亿元。")
    assert findings(fine, "numbers") == []


def test_a_breakdown_of_the_sentences_first_count_not_of_the_one_before_it():
    """立案235件，结案221件，罚没款…，其中…: the kinds add up to the 235 cases, not to the 221 closed."""
    fine = report("全年立案查处各类违法案件235件，结案221件，罚没款共计326.8万元，其中食品安全案件98件、药品医疗器械案件32件、"
                  "特种设备案件17件、价格案件26件、其他案件62件。")
    assert findings(fine, "numbers") == []
    wrong = report("全年立案查处各类违法案件235件，结案221件，罚没款共计326.8万元，其中食品安全案件98件、药品医疗器械案件32件、"
                   "特种设备案件17件、价格案件26件、其他案件72件。")
    assert [f.rule_id for f in findings(wrong, "numbers")] == ["numbers/part-exceeds-whole"]
