"""Numbers rules: 余/多 after non-round numbers, rates above 100%, parts above wholes, approximations, years."""

from __future__ import annotations

from conftest import findings, report, rule_ids


def matched(text: str, select: str) -> list[str]:
    return [f.matched for f in findings(text, select)]


def test_yu_after_nonround_arabic_numbers():
    text = report("全年共组织开展各类法律宣传8余次，培养法律明白人12余人，发布养老服务类信息5余条。")
    assert matched(text, "numbers/yu-after-nonround") == ["8余次", "12余人", "5余条"]


def test_yu_after_nonround_numbers_of_flights_and_voyages():
    text = report("全年出动无人机巡查53余架次，出动船只12余艘次，无人机巡查50余架次。")
    assert matched(text, "numbers/yu-after-nonround") == ["53余架次", "12余艘次"]


def test_yu_after_round_numbers_is_right():
    text = report("发放宣传资料25000余份，接受群众咨询1500余人，开展培训100余次，发布信息20余条、10余条，"
                  "发放资料2000余份，受益群众1000多人，资金3万余元，培训80余名干部。")
    assert rule_ids(text, "numbers/yu-after-nonround") == []


def test_chinese_numerals():
    text = report("调处矛盾纠纷二十余件，走访群众十余人次，开展宣传八余次，召开会议十二余场。")
    assert matched(text, "numbers/yu-after-nonround") == ["八余次", "十二余场"]


def test_duo_after_nonround_and_words_that_only_look_like_counts():
    text = report("累计培训3多个批次。构建“1+3”多元解纷机制，坚持统一余额管理，其余5人正在办理，"
                  "第1多功能厅已投入使用。")
    assert matched(text, "numbers/yu-after-nonround") == ["3多个"]


def test_yu_finding_message_suggests_exact_or_round():
    f = findings(report("培养法律明白人12余人。"), "numbers/yu-after-nonround")[0]
    assert "12人" in f.message.zh and "10余人" in f.message.zh and f.severity.value == "error"


def test_rate_above_100_percent():
    text = report("调解成功率达105%，群众满意度为120%，办结率102.5%。")
    assert matched(text, "numbers/rate-over-100") == ["105%", "120%", "102.5%"]


def test_growth_and_fulfilment_may_exceed_100_percent():
    text = report("案件数量同比增长150%，年度任务完成率120%，调解成功率达100%，收入增幅达到130%，"
                  "执法检查覆盖面提高了110%。")
    assert rule_ids(text, "numbers/rate-over-100") == []


def test_part_exceeds_whole():
    text = report("全年共受理行政复议案件12件，其中办结15件。累计交办案件165起，已办结120起。",
                  "收集民情问题19件，已办理21件。疑难纠纷60起，调处成功59起。")
    fs = findings(text, "numbers/part-exceeds-whole")
    assert [(f.line, f.matched) for f in fs] == [(4, "15件"), (5, "21件")]
    assert "12件" in fs[0].message.zh


def test_a_rates_part_above_the_count_it_is_computed_on():
    text = report("全年开展农产品质量安全定量检测1260批次，合格1271批次，合格率99.1%。")
    assert [f.matched for f in findings(text, "numbers/part-exceeds-whole")] == ["1271批次"]
    fine = report("全年受理案件120件，办结135件（含上年结转20件），办结率98%。",  # earlier figures in the part
                  "全年检测1260批次，合格1249批次，合格率99.1%。",
                  "全年检测1260批次，合格1580批次，合格率99.1%。",  # far above: no slip of that count
                  "全年目标任务1200人，完成1380人，完成率115%。")  # a rate that may pass 100%
    assert findings(fine, "numbers/part-exceeds-whole") == []


def test_part_and_whole_with_other_units_or_approximate_totals_are_not_compared():
    text = report("共召开联席会议15次，研判疑难案件16起，处理办结13起。",
                  "共排查矛盾纠纷20余件，化解22件。受理案件10件，办结12件（含上年结转3件）。")
    assert rule_ids(text, "numbers/part-exceeds-whole") == []


def test_exact_rate_from_approximate_counts_is_info_on_the_count():
    text = report("其中简易纠纷50余起，调处成功50余起，调解成功率达100%；疑难纠纷60起，调处成功59起，"
                  "成功率达95%以上。发放资料2000余份，群众满意率98%。")
    fs = findings(text, "numbers/approx-exact-conflict")
    assert [(f.matched, f.severity.value) for f in fs] == [("50余起", "info")]


def test_an_exact_rate_of_exact_counts_beside_an_approximate_one_is_fine():
    """1860余次 is no count of 结案率95%: that rate is 38 of 40, given in the same sentence."""
    text = report("全年开展动态巡查1860余次，立案查处违法案件40件，已结案38件，结案率95%。")
    assert findings(text, "numbers/approx-exact-conflict") == []
    # the exact counts give another rate: the approximate ones are what it comes from
    wrong = report("排查纠纷50余起，调处成功40余起，立案40件，结案38件，调解成功率达80%。")
    assert [f.matched for f in findings(wrong, "numbers/approx-exact-conflict")] == ["40余起"]
    # a rate of the one count of another unit right before it: all of them
    fine = report("组织干部职工学法6次、学习法律法规10余次，全局23名干部参加年度学法考试，参考率、合格率均为100%。")
    assert findings(fine, "numbers/approx-exact-conflict") == []


def test_a_mistyped_rate_of_exact_counts_beside_an_approximate_one():
    """98% is no ratio of 1.5万余件: it is 326 of 326 mistyped (numbers/rate-mismatch says so)."""
    text = report("全年办理道路运输证件1.5万余件，办理12345热线工单326件，办结326件，办结率98%。")
    assert findings(text, "numbers/approx-exact-conflict") == []
    assert [f.matched for f in findings(text, "numbers/rate-mismatch")] == ["98%"]
    # without an exact pair, or with a ratio of approximate counts near the rate: reported
    for wrong, count in (("受理申请1.5万余件，办结1.4万余件，办结率98%。", "1.4万余件"),
                         ("受理申请200余件，办结196件，办结率98%。", "200余件")):
        assert [f.matched for f in findings(report(wrong), "numbers/approx-exact-conflict")] == [count]


def test_an_approximate_count_of_another_unit_than_the_counts_behind_the_rate():
    """2.8万余件 and 3个/1个工作日: the two counts of one unit are days, not the approximate 件."""
    text = report("全年办理不动产登记业务2.8万余件，其中一般登记3个工作日内办结，抵押登记1个工作日内办结，群众满意率99.5%。",
                  "检查企业120余家，立案查处案件42件，已办结40件，结案率95.2%。")
    assert findings(text, "numbers/approx-exact-conflict") == []
    # the approximate count is one of the two of its unit: still reported
    wrong = report("受理登记申请2.8万余件，办结2.7万余件，按时办结率99.6%。")
    assert [f.matched for f in findings(wrong, "numbers/approx-exact-conflict")] == ["2.7万余件"]


def test_abbreviated_year():
    text = report("23年度工作计划于23年5月印发，2023年5月召开会议，干部平均工龄15年。")
    fs = findings(text, "numbers/abbreviated-year")
    assert [(f.matched, f.suggestion) for f in fs] == [("23", "2023"), ("23", "2023")]


def test_gong_inside_words_is_not_a_total():
    text = report("建成公共法律服务站3个，村级服务点15个。推进共建共治共享12个项目，化解矛盾15个。")
    assert rule_ids(text, "numbers/part-exceeds-whole") == []


def test_yu_before_a_multiplier_suggests_moving_it():
    fs = findings(report("争取资金12余万元，接待群众15余人次。"), "numbers/yu-after-nonround")
    assert [f.matched for f in fs] == ["12余万", "15余人次"]
    assert "12万余" in fs[0].message.zh and "10余人次" in fs[1].message.zh


def test_approximation_twice_after_a_word_ending_in_min():
    # 居民|约300余人: 约 is the approximation; 村规民约120余份 counts the 民约
    text = report("覆盖居民约300余人，修订村规民约120余份。")
    assert [f.matched for f in findings(text, "numbers/double-approx")] == ["约300余"]


def test_chinese_numeral_count_among_arabic_counts_is_info():
    text = report("依法调处各类社会矛盾纠纷二十余件，规范全乡25个行政村，中心组学习5次，党委会学法10次。",
                  "深入学习党的二十大精神，落实“十四五”规划和十九届六中全会精神，数十人参加，第十次会议，"
                  "近十余年来持续推进，“三十六条”宣传。")
    fs = findings(text, "numbers/numeral-form")
    assert [(f.matched, f.suggestion, f.severity.value) for f in fs] == [("二十余件", "20余件", "info")]


def test_a_small_chinese_count_beside_arabic_counts_of_its_unit():
    text = report("全年开展集中学法10次，组织干部职工参加执法业务培训三次、旁听行政诉讼庭审1次。",
                  "开展巡查12次、督查五次，发现问题8个。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/numeral-form")] == [("三次", "3次"), ("五次", "5次")]
    fine = report("召开党委会三次，研究法治工作5项。全年召开专题会议三次。共开展培训8次。",  # another unit; another sentence
                  "落实第三次全国国土调查，开展培训2次。学习“三个务必”，开展培训3次、讲座两次。",  # 第三次, 两次
                  "每周三次，开展巡查12次；开展一次培训，开展巡查12次。")  # 每周三次 is a frequency; 一次
    assert findings(fine, "numbers/numeral-form") == []


def test_chinese_numeral_thousands_with_hundreds():
    text = report("发放宣传资料三千二百余份，覆盖群众1万余人次，开展活动12场，走访农户300户，调解纠纷45件。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/numeral-form")] == [("三千二百余份", "3200余份")]


def test_chinese_numeral_counts_of_vehicles_machines_and_tonnes():
    text = report("全年开展联合执法行动86次，检查各类车辆12436辆次，查处违法超限车辆三百二十七辆，卸载货物5890吨。",
                  "更新执法记录仪二十四台，配齐执法车辆6辆。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/numeral-form")] == [
        ("三百二十七辆", "327辆"), ("二十四台", "24台")]
    fine = report("全年开展联合执法行动86次，检查车辆12436辆次，配备执法车辆两辆、执法记录仪十余台，第二十四台账已归档。",
                  "落实“二十四节气”农事指导，开展普法宣传36场。")
    assert findings(fine, "numbers/numeral-form") == []


def test_chinese_numerals_alone_are_not_reported():
    assert rule_ids(report("调处矛盾纠纷二十余件，走访群众三十人次。"), "numbers/numeral-form") == []


def test_yu_after_a_small_number_with_a_divisible_measure():
    f = findings(report("从事执法工作3余年。"), "numbers/yu-after-nonround")[0]
    assert f.matched == "3余年" and "3年余" in f.message.zh and "近10" not in f.message.zh


def test_yu_after_a_small_count_offers_the_exact_count_or_more_than():
    fs = findings(report("开展宣传活动5余场，调解纠纷8余件。"), "numbers/yu-after-nonround")
    assert [f.matched for f in fs] == ["5余场", "8余件"]
    assert "确数“5场”或“5场以上”" in fs[0].message.zh and "近" not in fs[0].message.zh  # 5 is not "near ten"
    assert "“近10件”" in fs[1].message.zh


def test_yu_after_a_chinese_comma_or_colon_is_still_a_count():
    fs = findings(report("开展法律宣传活动，8余次；参加培训：15多人；服务群众1，250余人次。"),
                  "numbers/yu-after-nonround")
    assert [f.matched for f in fs] == ["8余次", "15多人"]


def test_double_approximation():
    text = report("约200余人参加，开展宣讲近100余次，大约30人左右，接近50多家，约3000万元左右，约3万余元。")
    assert matched(text, "numbers/double-approx") == ["约200余", "近100余", "大约30人左右", "接近50多", "约3000万元左右",
                                                      "约3万余"]


def test_single_approximations_and_look_alikes_are_left_alone():
    text = report("200余人参加，近100次，约30人，最近10多天，近十多年来，近20余年，节约200余万元，"
                  "签约10余家，约谈30余人，制约因素3个，近两年多来，多元化解纠纷约30起。")
    assert [f.matched for f in findings(text, "numbers/double-approx")] == []


def test_decimal_before_yu_and_a_multiplier():
    fs = findings(report("争取补贴资金1.5余万元，覆盖1.5万余户。"), "numbers/yu-after-nonround")
    assert [f.matched for f in fs] == ["1.5余万"]
    assert "1.5万余" in fs[0].message.zh


def test_part_after_qizhong_exceeds_the_count_before_it():
    text = report("办理行政处罚案件37件，其中适用简易程序案件42件。办理案件40件，其中简易程序12件、一般程序28件。"
                  "化解纠纷30起，其中重大纠纷35起（含上年结转10起）。开展活动20余场，其中大型活动25场。")
    assert [f.matched for f in findings(text, "numbers/part-exceeds-whole")] == ["42件"]


def test_a_part_that_names_the_whole_before_it_again():
    # the whole has no total word (共, 受理 …) but the part after 其中 names the same noun, or its head
    text = report("全街道18个社区均设立便民服务站，其中21个社区实现医保业务“家门口”办理。",
                  "在全乡12个行政村中，已有13个村建成法治文化阵地。",
                  "全年对辖区28家调查对象开展执法检查，其中发现统计违法问题的企业31家，均已整改。",
                  "全县15个乡镇（街道）中，9个镇、7个乡全部建成标准化便民服务中心。",
                  "未参加年检的23家中，对连续两年未参加年检的27家社会组织依法撤销登记。")
    assert [f.matched for f in findings(text, "numbers/part-exceeds-whole")] == [
        "21个", "12个行政村中，已有13个村", "31家", "15个乡镇（街道）中，9个镇、7个乡", "23家中，对连续两年未参加年检的27家"]


def test_parts_within_a_whole_named_before_them_are_fine():
    text = report("全街道18个社区均设立便民服务站，其中12个社区实现医保业务办理。约18个社区参与，其中21个社区获评。",
                  "建成18个村级服务站，其中21个村开通网上办理。服务18个社区，开展活动36场，其中21场为线上活动。",
                  "在全乡12个行政村中，已有10个村建成法治文化阵地。",
                  "服务28家企业和35家个体户，其中31家个体户建立台账。联系28家企业，其中31家（含上年结转5家）签约。",
                  "全县18个乡镇，其中21个村实现网格化管理。全县15个乡镇中，9个镇、6个乡建成便民服务中心。",
                  "未参加年检的23家中，对连续两年未参加年检的7家依法撤销登记。")
    assert findings(text, "numbers/part-exceeds-whole") == []


def test_a_list_after_qizhong_across_a_semicolon_and_a_rate():
    text = report("全年排查矛盾纠纷215起，化解208起，化解率96.7%；其中邻里纠纷96起、婚姻家庭纠纷71起、物业纠纷62起。")
    assert [f.rule_id for f in findings(text, "numbers")] == ["numbers/part-exceeds-whole"]
    # parts adding up to the other count of the sentence split that count
    fine = report("全年排查矛盾纠纷215起，化解208起，化解率96.7%；其中邻里纠纷96起、婚姻家庭纠纷71起、物业纠纷41起。")
    assert findings(fine, "numbers") == []


def test_kinds_of_one_classification_after_a_whole_without_qizhong():
    text = report("全年办理行政复议案件5件，维持4件，撤销2件，无行政诉讼败诉案件。培训120人，男性70人，女性60人。")
    assert [f.matched for f in findings(text, "numbers/part-exceeds-whole")] == [
        "5件，维持4件，撤销2件", "120人，男性70人，女性60人"]


def test_kinds_that_fit_their_whole_or_follow_a_kind_are_fine():
    text = report("办理行政复议案件5件，维持3件，撤销2件。全年办理12件，上半年5件，下半年8件（含上年结转2件）。",
                  "办理不动产登记业务18426件，其中首次登记2317件，转移登记9863件，抵押登记6246件。")
    assert findings(text, "numbers/part-exceeds-whole") == []


def test_mixed_numerals_in_one_number():
    text = report("群众满意率达百分之95，参加群众3百余人，开展活动5十多场，满意率百分之九十五，争取资金3万元、1.2亿元，第3十条。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/mixed-numerals")] == [
        ("百分之95", "95%"), ("3百", "300"), ("5十", "50")]


def test_chinese_tens_with_an_arabic_unit_digit():
    """二十3项 is 23项: the tens in Chinese numerals, the unit digit typed as an Arabic one."""
    text = report("取消各类证明材料二十3项，组织干部职工三十6人参加考试，开展宣讲十2次，满意率达九十5%。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/mixed-numerals")] == [
        ("二十3", "23"), ("三十6", "36"), ("十2", "12"), ("九十5", "95")]


def test_chinese_tens_beside_arabic_figures_that_are_other_numbers():
    """Only a number made of both forms: 党的二十大, “十四五”期间3年, a decimal after the tens (not sure which
    number it is), tens after hundreds (一百二十3: the hundreds too), 统一 before 十."""
    text = report("学习党的二十大精神，“十四五”期间3年完成，占比二十3.5%，接待一百二十3人，统一十3项标准，五十周年。")
    assert findings(text, "numbers/mixed-numerals") == []


def test_mixed_numerals_before_wan():
    """3千万元 is 3000万元 (GB/T 15835: only 万 and 亿 go with Arabic digits); 3千米 is a unit."""
    text = report("争取专项资金3千万元，投入5百万元，修建道路3千米。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/mixed-numerals")] == [("3千", "3000"), ("5百", "500")]
    assert findings(report("争取专项资金3000万元，投入500万元。"), "numbers/mixed-numerals") == []


def test_abbreviated_year_before_a_time_of_year():
    text = report("22年底完成改造，23年上半年启动，23年第一季度验收。经过近20年初步建成，22年来未发生事故，近20年来首次。",
                  title="青石镇关于2023年度法治政府建设情况的报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["22", "23", "23"]


def test_abbreviated_year_before_a_list_of_quarters():
    text = report("完成21年第一、二季度卫片图斑核查1276个，22年一至三季度开展专项检查，"
                  "2021年第三、四季度完成整改。", title="青禾县自然资源局关于2021年度法治政府建设情况的报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["21", "22"]
    fine = report("连续20年第一、二名，第三、四季度完成整改。", title="青禾县自然资源局关于2021年度法治政府建设情况的报告")
    assert findings(fine, "numbers/abbreviated-year") == []


def test_abbreviated_year_before_a_season_or_school_holiday():
    text = report("24年秋季开学前完成校园周边排查，23年暑期开展防溺水宣传。从事教学30年秋季运动会未断，"
                  "2024年春季，连续20年冬季巡查，连续21年冬季送法。", title="青石镇关于2024年度法治政府建设情况的报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["24", "23"]


def test_a_small_chinese_count_beside_an_arabic_one_over_a_semicolon():
    text = report("办理行政复议案件三件，均维持原行政行为；行政应诉案件7件，无败诉案件。")
    assert [f.matched for f in findings(text, "numbers/numeral-form")] == ["三件"]
    fine = report("办理行政复议案件三件，均维持原行政行为。行政应诉案件7件，无败诉案件。")
    assert findings(fine, "numbers/numeral-form") == []


def test_abbreviated_year_opening_a_clause_on_a_season_or_holiday():
    text = report("发放宣传资料8600份，24年旅游旺季期间组织“法律明白人”在景区开展流动普法，23年汛期前完成排查。",
                  title="桃源镇2024年度法治政府建设情况报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["24", "23"]
    fine = report("老调解员坚守岗位20年，春节期间坚持值班，从教15年春节也不休息。", title="桃源镇2024年度法治政府建设情况报告")
    assert findings(fine, "numbers/abbreviated-year") == []


def test_abbreviated_year_of_a_figure_that_changed():
    text = report("全镇民宿数量由22年的175家增至218家，办件量从23年的42件下降到31件。", title="青山湖镇2023年度法治政府建设情况报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["22", "23"]
    fine = report("从20年的基层工作经验看，由30年的老党员带头调解。", title="青山湖镇2023年度法治政府建设情况报告")
    assert findings(fine, "numbers/abbreviated-year") == []


def test_abbreviated_year_opening_a_clause_that_counts():
    text = report("二是执法存在“重处罚、轻教育”的惯性思维，24年行政复议纠错案件2件；",
                  title="东关街道办事处2024年法治政府建设情况报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["24"]
    fine = report("全镇现有党员312名，18年党龄的老党员3人。老调解员坚守岗位，25年如一日调解纠纷300余件。"
                  "经统计，16年间累计调解1200件。", title="东关街道办事处2024年法治政府建设情况报告")
    assert findings(fine, "numbers/abbreviated-year") == []


def test_abbreviated_year_opening_a_clause_on_what_was_done_in_it():
    text = report("严格规范性文件管理，23年以镇政府名义印发的文件全部经过合法性审查；24年对12件文件开展清理。",
                  title="青石镇2024年法治政府建设情况报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["23", "24"]
    fine = report("老调解员坚守岗位，15年以来调解纠纷300余件，18年以上党龄的党员3人。", title="青石镇2024年法治政府建设情况报告")
    assert findings(fine, "numbers/abbreviated-year") == []


def test_abbreviated_year_after_a_preposition_of_time():
    text = report("对24年排查发现的燃气安全隐患实行回头看，自23年起实行，于24年完成。",
                  "对10年以上的案卷，在20年内，从20年代起，在20年的时间里。", title="青石镇关于2025年度法治政府建设情况的报告")
    assert [f.matched for f in findings(text, "numbers/abbreviated-year")] == ["24", "23", "24"]


def test_shiyu_is_a_conventional_vague_count():
    text = report("开展宣传20场、培训15次、走访30户，开展“法律十进”活动十余次，走访群众十多人，调处纠纷二十余件。")
    assert [f.matched for f in findings(text, "numbers")] == ["二十余件"]


def test_yue_and_jin_inside_words_before_a_count():
    text = report("修订完善村规民约200余份，签订合约30余份，走近100余户群众家中，履约率100%。")
    assert findings(text, "numbers/double-approx") == []


# Numbers found next to a rare character (余, %, 年, 十, 约) are matched only where a match can
# start; on text full of edge cases that must find exactly what a scan of the whole text finds.
_TRICKY = report(
    "余人参加。8余次，12余人，１２余人，1.2.3余万元，..12.5余万元，1.5余万元，x2.5多千元，0８余件，",
    "八余次，十二余场，统一余额，二十余件，三十五人，一百场，十余次，两千零五十人，数十人，",
    "约200余人，近100余次，接近50多家，大约30人左右，大概十人左右，村规民约20余条，节约资金约3万余元，",
    "23年度计划，123年，2023年5月，23年初步，09年底，3年多，",
    "百分之95，3百余人，5十多场，第3十，调解成功率达105 %，满意度１２０％，1.2.3%，覆盖率 101.5%，",
    "共受理案件12件，其中办结15件；受理投诉8件，办结9件。",
    "十",
    title="二十二个部门关于2023年度法治政府建设情况的报告（约3余份）",
)


def test_fast_candidates_find_what_a_whole_text_scan_finds(monkeypatch):
    from fzlint_plugins import numbers

    def found():
        return [(f.rule_id, f.line, f.column, f.matched, f.message.zh) for f in findings(_TRICKY, "numbers")]

    fast = found()
    assert len({rule for rule, *_ in fast}) >= 6  # the text exercises most rules
    monkeypatch.setattr(numbers, "finditer_at", lambda regex, text, starts, pos=0: regex.finditer(text, pos))
    assert found() == fast


def test_clauses_at_offsets_are_the_clauses_a_split_of_the_whole_text_gives():
    from fzlint.document import Document
    from fzlint.textutil import clause_spans
    from fzlint_plugins.numbers import _clauses_at

    text = "。共受理12件；其中办结15件！\n\n累计交办8件？已办结9件。。最后一句没有句号"
    spans = list(clause_spans(text, 0, len(text), breaks="。！？；\n"))
    for offsets in ([0], [1, 2, 5], [8, 9], list(range(len(text))), [len(text) - 1]):
        expected = list(dict.fromkeys(s for s in spans for x in offsets if s[0] <= x < s[1]))
        assert _clauses_at(Document.from_text(text), offsets) == expected


def test_clauses_holding_a_pattern_are_those_of_its_matches():
    import re

    from fzlint.document import Document
    from fzlint_plugins.numbers import _clauses_at, _clauses_holding

    text = "。共受理12件，共计办结；其中办结15件其中！\n\n累计交办8件？已办结9件。。共"
    document = Document.from_text(text)
    for cue in ("共", "共计|共|其中", "办结", "件", "无此词"):
        pattern = re.compile(cue)
        assert _clauses_holding(document, pattern) == \
            _clauses_at(document, [m.start() for m in pattern.finditer(text)]), cue


def test_a_decimal_before_yu_is_reported_only_before_a_multiplier_or_a_measure_word():
    """A 余/多 after a decimal is reported before 万, 千, 亿 or a measure word (3.5余人); 12.5余。 is no count."""
    text = report("筹集资金1.5余万元，2.25多千人次，3.5余人，共4.5余亿元，12.5余。最后6.5余")
    assert matched(text, "numbers/yu-after-nonround") == ["1.5余万", "2.25多千", "3.5余人", "4.5余亿"]


def test_abbreviated_years_are_those_of_the_plain_search():
    """Tried only before a 年 that follows [0-3] and a digit, the year regex matches as when searched for."""
    from fzlint.regexscan import finditer_at
    from fzlint_plugins.numbers import _YEAR_ABBR

    text = "23年度，2023年，1９年5月，４3年底，年初，3年，x23年初，第23年度，03年上半年，30年第一季度，年"
    starts = [p - 2 for p, ch in enumerate(text)
              if ch == "年" and p >= 2 and text[p - 2] in "0123" and text[p - 1].isdecimal()]
    assert ([m.span() for m in finditer_at(_YEAR_ABBR, text, starts)]
            == [m.span() for m in _YEAR_ABBR.finditer(text)])
    assert matched(report(text), "numbers/abbreviated-year")[:2] == ["23", "1９"]


def test_part_exceeds_whole_after_a_hotline_number():
    """A number that counts nothing (12345热线) between the cue word and the total does not hide the total."""
    text = report("受理12345政务服务便民热线诉求1280件，已办结1302件。",
                  "接到12345热线工单320件，已办结315件，办结率98.4%。",
                  "接到12345热线转办件56件，其中咨询类30件、投诉类26件。")
    assert matched(text, "numbers/part-exceeds-whole") == ["1302件"]


def test_a_fall_by_more_than_100_percent():
    text = report("全镇信访总量同比下降120%，行政复议案件较上年减少150%，行政诉讼案件下降了110%。",
                  "刑事案件发案率同比下降12.5%，较上年下降100%，负债率降低至120%，案件数同比增长130%。")
    fs = findings(text, "numbers/rate-over-100")
    assert [f.matched for f in fs] == ["120%", "150%", "110%"]
    assert "下降120%" in fs[0].message.zh


def test_double_approximation_with_you_chaoguo_and_a_second_mark_after_the_count():
    text = report("全镇约有30人左右参加考试，大约有500多名干部参加学法，参与群众超过200余人，",
                  "发放资料30多份左右，培训人员200余人以上，累计培训二十余人以上。")
    assert matched(text, "numbers/double-approx") == [
        "约有30人左右", "大约有500多", "超过200余", "30多份左右", "200余人以上", "二十余人以上"]
    text = report("排放量同比下降超过10%以上，覆盖居民约300人左右，高于95%以上的村完成创建。")
    assert matched(text, "numbers/double-approx") == ["超过10%以上", "约300人左右", "高于95%以上"]
    fine = report("排放量不超过10%以上的企业，超过半数以上，修订村规民约300余条，培训20人以上。")
    assert findings(fine, "numbers/double-approx") == []


def test_approximation_marks_after_sunshi():
    text = report("为消费者挽回经济损失约300余万元，减少损失约50万元左右。")
    assert matched(text, "numbers/double-approx") == ["约300余", "约50万元左右"]


def test_a_fraction_between_two_approximation_marks():
    text = report("全年检查单位仅占预算单位总数的约1/5左右，约三分之一左右的村完成创建。")
    assert matched(text, "numbers/double-approx") == ["约1/5左右", "约三分之一左右"]
    fine = report("检查单位约占总数的1/5，三分之一左右的村完成创建，约占三分之一。")
    assert findings(fine, "numbers/double-approx") == []


def test_single_approximations_with_you_chaoguo_yishang_zuoyou_are_left_alone():
    text = report("参加人数超过1000人，不超过3人，超过半数，培训20人以上，200人左右，约有30人，",
                  "覆盖群众3000余人，以上数据均来自统计，1000余人参加，左右两侧。")
    assert findings(text, "numbers/double-approx") == []


def test_one_number_reported_once_when_it_has_three_approximation_words():
    text = report("参加群众约200余人左右。")
    assert [f.matched for f in findings(text, "numbers/double-approx")] == ["约200余", "约200余人左右"]


def test_mixed_numerals_with_qian_and_wan():
    text = report("全年接待群众来访5千余人次，争取资金2万3千元，发放资料2千多份。",
                  "修建步道2千米，购置10千瓦发电机，称重5千克，投入1.2万元。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/mixed-numerals")] == [
        ("5千", "5000"), ("2万3千", "23000"), ("2千", "2000")]


def test_chinese_counts_that_are_part_of_a_name_are_left_alone():
    text = report("组织法律宣传20场、培训15次、走访30户。全力办好十件民生实事，落实十个严禁要求，"
                  "全镇十二个行政村全部建成法治文化阵地。")
    assert [f.matched for f in findings(text, "numbers/numeral-form")] == ["十二个"]


def test_a_share_of_a_whole_written_with_zhan_de():
    text = report("适用简易程序案件56件，占全部案件的112%；女性调解员38人，占调解员总数的48.5%。",
                  "完成投资2.3亿元，占全年目标任务的115%；案件数量相当于上年的125%；侵占集体资产的，按120%追缴。")
    assert matched(text, "numbers/rate-over-100") == ["112%"]


def test_a_two_digit_year_in_a_comparison():
    text = report("收案数比23年同期下降5%，较23年增加3件，与23年相比提高2个百分点。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/abbreviated-year")] == [
        ("23", "2023"), ("23", "2023"), ("23", "2023")]
    # durations: 23 years ago, for more than 20 years
    assert findings(report("较23年前相比，工作23年来，比20年多一些。"), "numbers/abbreviated-year") == []


def test_a_two_digit_year_naming_a_plan_after_a_comma_or_since():
    text = report("三、24年工作安排", "客观上是编制有所压缩，23年新进执法人员较少。", "22年以来线上办理事项占比仍然偏低。",
                  "聘请律师担任法律顾问，21年，法律顾问共审查合同36份。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/abbreviated-year")] == [
        ("24", "2024"), ("23", "2023"), ("22", "2022"), ("21", "2021")]
    # durations: work experience, round years added up, the last twenty years
    durations = report("拥有20年工作经验。", "扎根基层，20年，如一日。", "建站以来，20年累计调解纠纷300件。", "近20年以来，这30年以来。", "从事调解工作22年以来")
    assert findings(durations, "numbers/abbreviated-year") == []


def test_cases_filed_are_a_total_too():
    text = report("全年立案办理行政处罚案件58件，已办结61件。立案查处违法建设32起，已整改30起。")
    assert [f.matched for f in findings(text, "numbers/part-exceeds-whole")] == ["61件"]


def test_a_rate_its_own_figures_contradict():
    text = report("共抽查公共场所40家，合格36家，合格率95%。共排查隐患30处，已整改28处，整改率100%。")
    fs = findings(text, "numbers/rate-mismatch")
    assert [f.matched for f in fs] == ["95%", "100%"]
    assert "36÷40=90.0%" in fs[0].message.zh and fs[0].suggestion is None


def test_rates_that_agree_or_cannot_be_recomputed_are_left_alone():
    text = report(
        "全年受理矛盾纠纷86件，调解成功82件，调解成功率95.3%。",  # 95.35 rounded
        "共受理行政复议案件15件，其中纠错3件，纠错率20%。",
        "共受理诉求500余件，办结480件，办结率90%。",  # an approximate total: not recomputed
        "共开展活动20场，群众满意率98%。",  # the part is not given
        "行政诉讼案件12件，败诉1件，败诉率8.3%。",  # no total word
        "共审查规范性文件12件，审查率100%。",  # the total itself is no part
    )
    assert findings(text, "numbers/rate-mismatch") == []


def test_yu_after_a_decimal_before_a_measure_word():
    fs = findings(report("回收秸秆36.8余吨，罚没款86.5余万元，开展3.5多种活动。"), "numbers/yu-after-nonround")
    assert [f.matched for f in fs] == ["36.8余吨", "86.5余万"]


def test_a_year_in_chinese_digits_with_an_arabic_zero():
    text = report("二0二三年，县档案馆开展活动12次。", "落款：二o二四年一月十日。", title="县档案馆二0二三年度法治政府建设情况报告")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/mixed-numerals")] == [
        ("二0二三", "二〇二三"), ("二0二三", "二〇二三"), ("二o二四", "二〇二四")]
    assert findings(report("二〇二三年，开展活动12次，二○二四年。"), "numbers/mixed-numerals") == []


def test_a_two_digit_year_after_yu_or_a_verb_of_reference():
    text = report("法治文化广场建于22年，调委会成立于21年。", "这项制度始于20年前。",
                  "围绕25年镇级执法监督检查中发现的问题，对照24年目标，总结25年经验。",
                  "组织开展23年“宪法宣传周”系列活动，从事调解工作20年“老娘舅”。",
                  "全年组织集中学法4次，21年未参训的村干部全部轮训。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/abbreviated-year")] == [
        ("22", "2022"), ("21", "2021"), ("25", "2025"), ("24", "2024"), ("23", "2023"), ("21", "2021")]


def test_a_year_in_chinese_numerals_among_arabic_years():
    text = report("二〇二三年，我局深入学习贯彻党的二十大精神。2023年共办理行政许可326件。",
                  "二零二三年3月完成规范性文件清理，2024年将继续推进。", title="青石县民政局2023年法治政府建设情况报告")
    fs = findings(text, "numbers/year-form")
    assert [(f.matched, f.suggestion) for f in fs] == [("二〇二三", "2023"), ("二零二三", "2023")]
    assert fs[0].message.zh == "“二〇二三年”用汉字数字，本报告其他年份用阿拉伯数字，宜统一写作“2023年”"
    signed = report("2023年共办理行政许可326件，2024年将继续推进。", "", "青石县民政局", "二〇二四年一月十八日",
                    title="青石县民政局2023年法治政府建设情况报告")  # a 成文日期 among Arabic years too
    assert [f.line for f in findings(signed, "numbers/year-form")] == [7]


def test_year_forms_a_report_may_keep():
    quoted = report("2023年共办理案件326件，学习《二〇二三年全县法治政府建设工作要点》和“二〇二三年普法责任清单”。",
                    "2024年将继续推进。")
    chinese = report("二〇二三年，我局深入推进依法行政。二〇二三年共办理案件326件，二〇二四年将继续推进，2024年……",
                     title="青石县民政局二〇二三年法治政府建设情况报告")  # the report's own form
    single = report("二〇二三年，我局深入推进依法行政。", title="青石县民政局2023年法治政府建设情况报告")  # one Arabic year only
    for text in (quoted, chinese, single):
        assert findings(text, "numbers/year-form") == [], text


def test_leap_years_of_the_gregorian_calendar():
    text = report("2000年2月29日完成备案，2024年2月29日召开会议，1900年2月29日到期，2023年2月29日检查，2024年4月31日整改。")
    assert [f.matched for f in findings(text, "numbers/invalid-date")] == ["1900年2月29日", "2023年2月29日", "2024年4月31日"]


def test_a_percentage_in_chinese_numerals_among_percentages_with_the_sign():
    text = report("排查隐患132处，整治率百分之百，满意率达百分之九十五，覆盖率98%。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/numeral-form")] == [
        ("百分之百", "100%"), ("百分之九十五", "95%")]
    fine = report("以百分之百的热情服务群众，整治率百分之百。")  # no % anywhere: the report's own form
    assert findings(fine, "numbers/numeral-form") == []
    assert findings(report("以百分之百的热情服务群众，覆盖率98%。"), "numbers/numeral-form") == []


def test_a_count_of_buildings_in_chinese_numerals():
    text = report("三个项目共涉及房屋二百一十六栋，完成签约394户，入户走访120户，发放资料300份。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/numeral-form")] == [("二百一十六栋", "216栋")]


def test_full_width_digits_are_fixed_as_whole_numbers():
    text = report("与各乡镇签订统计工作责任书3２份，２０２４年完成，增长１．５%，共12件。")
    assert [(f.matched, f.suggestion) for f in findings(text, "numbers/fullwidth-digits")] == [
        ("3２", "32"), ("２０２４", "2024"), ("１．５", "1.5")]
    assert findings(report("签订责任书32份，2024年完成，增长1.5%。"), "numbers/fullwidth-digits") == []


def test_a_month_and_day_no_year_has():
    text = report("切实督促整改到位。11月31日，组织开展专项行动；2月30日完成排查。")
    assert [f.matched for f in findings(text, "numbers/invalid-date")] == ["11月31日", "2月30日"]
    fine = report("10月31日启动专项行动，2月29日完成排查，12月31日前全部办结。")
    assert findings(fine, "numbers/invalid-date") == []
