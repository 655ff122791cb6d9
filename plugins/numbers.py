"""Numbers rules (GB/T 15835-2011 and numeric sense): 余/多 after non-round numbers, rates above
100%, a part larger than its whole, approximate counts behind exact rates, abbreviated years,
two approximation words on one number (约200余人) and numbers written half in Chinese (百分之95).

All candidates are found with regular expressions on the raw text; no word segmentation is
needed.  Measure words, rate names and total/part verbs are data (``data/numbers.yaml``).
"""

from __future__ import annotations

import itertools
import os
import re
from os.path import commonprefix
from functools import lru_cache
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Optional

from fzlint import recache
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.records import record
from fzlint.regexscan import finditer_anchored, finditer_at, finditer_windowed, occurrences
from fzlint.rules import Finding, Severity, msg
from fzlint.textutil import CJK, SENTENCE_END, cn_digits_to_int, cn_to_int, is_cjk, longest_first

from .common import end_before, extra_files, load_entries, load_words, plan_part_start, rule, start_after

PLUGIN = "numbers"
_SRC_15835 = "GB/T 15835-2011《出版物上数字用法》"
_SRC_XH = "《现代汉语词典》（第7版）“余”条：用在数词或数量词后，表示整数后的零头（十余人、一百余斤）"

YU = rule(
    "numbers/yu-after-nonround", "numbers", "error",
    "“余/多”用在非整数之后", "余/多 after a number that is not round",
    what="余 or 多 written after a number that is not a round ten, hundred, thousand…: “8余次”, "
         "“12余人”, “5余条”, “八余次”, “3多个”. Round numbers are right: “20余次”, “1500余人”, "
         "“100余次”, “二十余件”, “十余人”, and so are “3万余元” and “三米余” (余 after the unit).",
    why="余/多 after a number means ‘and an odd part beyond this round figure’ (十余人 = more than "
        "ten); after 8 or 12 there is no round figure to exceed, so “8余次” is not Chinese. It "
        "usually hides an exact count (write 8次) or a rounded one (10余次, 近10次).",
    example="开展法律宣传8余次，培训法律明白人12余人", use_instead="开展法律宣传8次，培训法律明白人10余人",
    source=_SRC_XH + "；吕叔湘《现代汉语八百词》“多”条；" + _SRC_15835 + " §3.3（概数）",
)
RATE = rule(
    "numbers/rate-over-100", "numbers", "error",
    "比率超过100%", "A rate above 100%",
    what="A percentage above 100 given for a rate that is a share of a whole: 成功率, 办结率, "
         "覆盖率, 知晓率, 满意度, 占比, 占…的 …, or a fall by more than 100% (同比下降120%, 减少150%: a count "
         "falls to zero at most). Growth and fulfilment figures (增长150%, 完成率120%) may exceed 100% "
         "and are not reported.",
    why="A share of a whole cannot exceed 100%, nor can a count fall by more than all of it; such a "
        "figure is a typo or a wrong calculation.",
    example="调解成功率达105%", use_instead="调解成功率达95%（以实际件数计算）",
    source="数值常识：部分占整体的比率不超过100%；" + _SRC_15835,
)
PART = rule(
    "numbers/part-exceeds-whole", "numbers", "error",
    "分项数大于总数", "A part larger than its whole",
    what="Within one sentence a total (共/累计/受理/排查/交办… N件) followed by a part of it "
         "(其中/办结/化解/调处成功… M件, same measure word) with M > N; or parts listed right after "
         "their whole (…N件，其中/包括/分别为 A a件、B b件、C c件; 全镇N个村（社区）中，a个村、b个社区…) that add "
         "up to more than it; after 其中 also with commas, when the parts name the kinds of one "
         "classification or of the whole's noun (矛盾纠纷N件，其中婚姻家庭纠纷a件，邻里纠纷b件). Lists "
         "whose parts may overlap (其中党员…、女性…; 涉企…; stages such as 发现问题…、已整改…) or include "
         "carried-over counts are not added up. And a sample larger than "
         "the whole it is drawn from (在全县38家企业中随机抽取48家).",
    why="A part cannot exceed its whole: one of the two figures is wrong, and reviewers check "
        "these pairs first.",
    example="共受理行政复议案件12件，其中办结15件", use_instead="共受理行政复议案件15件，其中办结12件",
    source="数值常识（分项不大于总数）；" + _SRC_15835,
)
PARTS_TOTAL = rule(
    "numbers/parts-total-mismatch", "numbers", "warning",
    "分项合计与总数不符", "Listed parts do not add up to their total",
    what="The parts of a list that says it is complete add up to less than their total: after 分别为 or "
         "分为…和…两类 (查处案件57起，分别为滥伐林木23起、非法占用林地19起、违法运输木材11起); after 其中 with "
         "a last part for the rest (其中A 213件、B 36件、其他各类许可1002件); naming every kind of a complete "
         "classification (重大隐患、一般隐患; 县道、乡道、村道: `complete` in data/numbers.yaml); or naming the "
         "kinds the whole names (建议和提案共46件，其中建议19件、提案25件). And parts listed with 、 before "
         "their stated sum (建议46件、提案71件，共计127件: 117). A list after 其中 that may leave kinds out "
         "is reported as info only when three or more kinds of one classification (…类) come within 10% "
         "of the total, short of it (a slip, not kinds left out); parts adding up to more are "
         "numbers/part-exceeds-whole.",
    why="A breakdown that names every part, or the rest, must add up to its total; a difference "
        "shows a figure mistyped or a part left out.",
    example="受理矛盾纠纷418件，其中邻里纠纷163件、物业纠纷142件、婚姻家庭纠纷68件、其他纠纷35件",
    use_instead="受理矛盾纠纷408件，其中邻里纠纷163件、物业纠纷142件、婚姻家庭纠纷68件、其他纠纷35件",
    source="数值常识（分项之和等于总数）；" + _SRC_15835,
)
APPROX = rule(
    "numbers/approx-exact-conflict", "numbers", "info",
    "约数与精确比率并用", "An exact rate derived from approximate counts",
    what="A sentence that gives counts as approximations (50余起, 90多件, 约30人) and then an exact "
         "rate computed from them (成功率达100%, 办结率98.5%).",
    why="A rate is computed from exact counts; from “50余起” no exact rate follows. Give the "
        "exact counts, or an approximate rate. Info: the exact figures may exist elsewhere.",
    example="排查简易纠纷50余起，调处成功50余起，调解成功率达100%",
    use_instead="排查简易纠纷53起，调处成功53起，调解成功率达100%",
    source=_SRC_15835 + "；统计常识",
)
YEAR = rule(
    "numbers/abbreviated-year", "numbers", "error",
    "年份未写全", "Year not written in full",
    what="A year written with two digits: “23年5月”, “23年度”.",
    why="Years are written in full (GB/T 15835: 1990年 is not shortened to 90年); “23年” also reads "
        "as a duration of 23 years.",
    example="23年度工作计划", use_instead="2023年度工作计划",
    source=_SRC_15835 + " 第5章（数字形式的使用）；GB/T 15835-1995 §5.1.1.1（年份一般不用简写，"
           "1990年不应简作“90年”）", fixable=True,
)
NUMERAL_FORM = rule(
    "numbers/numeral-form", "numbers", "info",
    "计数混用汉字数字", "A count in Chinese numerals among Arabic counts",
    what="A count of ten or more written in Chinese numerals (二十余件, 三十五人, 一百场) in a report "
         "that writes its other counts in Arabic numerals, and a count under ten (三次) in a sentence that "
         "writes another count of the same unit in Arabic numerals (学法10次，培训三次、旁听庭审1次). Fixed expressions and names (“十四五”, "
         "二十大, 十九届, 第十, 三重一大), rough numbers with 几/数/上 (几十人, 数十人), the conventional "
         "十余/十多 (十余次) and durations (十余年) are not reported.",
    why="GB/T 15835-2011 §4.1.1: numbers used for counting take Arabic numerals; the standard's "
        "principle of local consistency (局部体例一致) asks one category of numbers to keep one form. "
        "Info: Chinese numerals are not wrong as such.",
    example="依法调处各类社会矛盾纠纷二十余件。规范全乡25个行政村村委会……",
    use_instead="依法调处各类社会矛盾纠纷20余件。规范全乡25个行政村村委会……",
    source=_SRC_15835 + " §4.1.1（用于计量的数字）及前言（局部体例一致原则）", fixable=True,
)
DOUBLE_APPROX = rule(
    "numbers/double-approx", "numbers", "warning",
    "概数词重复使用", "Two approximation words on one number",
    what="One number marked as approximate twice: 约/近/大约/将近/接近 before it and 余/多 after it "
         "(“约200余人”, “近100余次”, “接近50多家”), or 约/大约/大概 before it and 左右 after it "
         "(“约30人左右”).",
    why="余/多 and 左右 already make the figure approximate, as do 约 and 近; together they say the "
        "same thing twice, and 近 (less than) even contradicts 余 (more than). Reviewers mark it as "
        "a 语病 (redundancy).",
    example="约200余人参加，开展宣讲近100余次，大约30人左右",
    use_instead="200余人参加，开展宣讲近100次，约30人",
    source="《现代汉语词典》（第7版）“约”“近”“余”“左右”条；吕叔湘主编《现代汉语八百词》（增订本）“左右”条；"
           + _SRC_15835 + " §3.3（概数）",
)
MIXED = rule(
    "numbers/mixed-numerals", "numbers", "error",
    "一个数值里阿拉伯数字与汉字数字混写", "Arabic and Chinese numerals mixed in one number",
    what="One number written half in Arabic, half in Chinese numerals: “百分之95”, “3百余人”, "
         "“5十多场”. 万 and 亿 after Arabic digits (3万元, 1.2亿元) are right and not reported.",
    why="GB/T 15835-2011 asks for one form per number (a percentage is 95% or 百分之九十五; a count is "
        "300余人 or 三百余人); a mixed form reads like a typing slip.",
    example="群众满意率达百分之95，参加群众3百余人", use_instead="群众满意率达95%，参加群众300余人",
    source=_SRC_15835 + " 第5章（数字形式的使用：同一数值不混用两种形式，万、亿作单位除外）", fixable=True,
)
FULLWIDTH_DIGITS = rule(
    "numbers/fullwidth-digits", "numbers", "warning",
    "阿拉伯数字用了全角字符", "Arabic numerals in full-width form",
    what="A number with full-width digits (２０２４年, 3２份): typed in the input method's full-width mode "
         "or pasted from a form. The whole number is fixed to half-width digits.",
    why="GB/T 15835-2011 §4.1 asks for Arabic numerals where figures are counted or measured; they are set in "
        "half-width form, and a full-width digit beside half-width ones reads as a slip (and escapes searches).",
    example="签订统计工作责任书3２份，２０２４年完成", use_instead="签订统计工作责任书32份，2024年完成",
    source=_SRC_15835 + " §4.1（选用阿拉伯数字）；排版惯例：阿拉伯数字用半角", fixable=True,
)
RATE_MISMATCH = rule(
    "numbers/rate-mismatch", "numbers", "warning",
    "比率与所列数字不符", "A rate its own figures contradict",
    what="In one sentence a total (共/受理/排查… N家), a part named as the rate is (合格 M家 before "
         "合格率, 调解成功 M件 before 调解成功率) and the rate (R%), where M ÷ N differs from R by more "
         "than one percentage point: 共抽查公共场所40家，合格36家，合格率95% (36 ÷ 40 = 90%). A part written as "
         "the verb and its object (查处违规机构23家 for 查处率) is compared only with the count right before "
         "it when that counts the same kind (检查定点医药机构186家). Approximate counts (余, 多, 约) and rates "
         "whose part is not named are not compared.",
    why="A rate given next to its own counts must agree with them; when it does not, one of the "
        "three figures is wrong, and reviewers recompute such rates.",
    example="共抽查公共场所40家，合格36家，合格率95%", use_instead="共抽查公共场所40家，合格36家，合格率90%",
    source="数值常识（比率 = 分项数 ÷ 总数）；" + _SRC_15835,
)
CHANGE_MISMATCH = rule(
    "numbers/change-mismatch", "numbers", "warning",
    "增减幅度与所列数字不符", "A growth or fall its own figures contradict",
    what="A count compared with an earlier count of the same thing and the change as a percentage, "
         "where the percentage does not follow from the two counts (by more than one percentage "
         "point) or goes the wrong way: 受理申请236件，较2024年的198件增长12.3% ((236−198)÷198 = 19.2%); "
         "由45件增加到52件，增长12.8% (15.6%); 发生事故7起，较上年的12起增长… (a fall); 发生事故14起，事故起数较"
         "2022年的19起下降，降幅36.8% (the clause names its count, found earlier in the sentence by its noun). "
         "Both counts must be exact and of the same unit; changes in percentage points (提高2个百分点) and changes without the "
         "earlier count (较上年增长12%) are not compared. Likewise a net change its additions and "
         "removals contradict (新增低保对象312人、退出298人，净增24人), and the change between two rates "
         "written in percent where it is their difference in percentage points (出庭应诉率由92%提升至100%，"
         "提高8%: 8个百分点).",
    why="A growth rate stated next to its own two figures must agree with them; when it does not, one "
        "of the three figures is wrong, and reviewers recompute such rates.",
    example="全年受理行政复议申请236件，较2024年的198件增长12.3%",
    use_instead="全年受理行政复议申请236件，较2024年的198件增长19.2%",
    source="数值常识（增长率 =（本期数 − 基期数）÷ 基期数）；国家统计局《统计指标解释》“增长速度”“百分点”；" + _SRC_15835,
    fixable=True,
)
COMPARISON_YEAR = rule(
    "numbers/comparison-year", "numbers", "warning",
    "与本年度或以后年份作比较", "A comparison with the report year or a later one",
    what="In the report on year Y, a figure compared with Y itself or a later year: 较2025年增长12% or "
         "与2025年相比 in a 2025 report, 较2023年减少31% in a 2022 report. The year's figures are compared "
         "with an earlier year (较2024年, 较上年, 同比). Not reported: comparisons in the part on next "
         "year's plans (heading 下一步工作安排, {Y+1}年工作计划…) or in a sentence that names a later period "
         "(2026年，力争较2025年下降10%; 截至2026年1月，较2025年同期…) or states a target (力争, 确保, 预计), "
         "comparisons with the start of a year (较2025年初) and with a baseline year before Y (较2020年). "
         "And 上年 or 去年 glossed with a year other than Y-1 (比上年（2023年） in a 2025 report).",
    why="An annual report gives the results of its year against earlier ones; a comparison with the "
        "same or a later year is a wrong year, often left from a report copied forward or a typing slip.",
    example="（2025年度报告）全年办理行政处罚案件412件，较2025年增长12%",
    use_instead="全年办理行政处罚案件412件，较2024年增长12%",
    source="《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）年度报告一章（报告上一年度推进法治政府建设的"
           "主要举措和成效）；国家统计局统计指标解释“同比”（本期与上年同期比较）",
)
INVALID_DATE = rule(
    "numbers/invalid-date", "numbers", "error",
    "日期不存在", "A date that does not exist",
    what="A date with a month or day no calendar has: 2022年2月29日 (2022 is no leap year), 2024年4月31日, "
         "2025年13月; written in Arabic or Chinese numerals.",
    why="A date that does not exist is a slip in the figures; the record it dates cannot be checked.",
    example="于2022年2月29日召开专题会议", use_instead="于2022年2月28日召开专题会议",
    source=_SRC_15835 + "；公历",
)
DATE_RANGE = rule(
    "numbers/date-range", "numbers", "error",
    "时间段止日早于起日", "A period that ends before it starts",
    what="A period whose end comes before its start: 11月20日至11月5日, 2023年11月至2023年3月, 2024年9月至6月, "
         "3月15日至10日. A period that crosses the new year without any year (12月20日至1月5日) or with 次年 "
         "(2024年11月至次年3月) is fine.",
    why="One of the two dates is mistyped; the period the work took cannot be read.",
    example="2023年11月至2023年3月开展冬季大气污染防治专项执法", use_instead="2023年11月至2024年3月开展冬季大气污染防治专项执法",
    source=_SRC_15835 + "；公历",
)
PERIOD_MONTHS = rule(
    "numbers/period-months", "numbers", "error",
    "季度或半年所注月份有误", "Quarter or half-year glossed with the wrong months",
    what="A quarter or half of the year glossed with months it does not hold: 二季度（4—9月） (4—6月), "
         "上半年（1—5月） (1—6月), 第三季度（6—9月）.",
    why="The months in brackets say which period is meant; when they disagree one of the two is a slip.",
    example="在二季度（4—9月）集中开展“诚信兴商宣传月”活动", use_instead="在二季度（4—6月）集中开展“诚信兴商宣传月”活动",
    source=_SRC_15835 + "；公历季度（一季度1—3月……四季度10—12月）",
)
YEAR_FORM = rule(
    "numbers/year-form", "numbers", "warning",
    "年份写法不统一", "A year in Chinese numerals among Arabic years",
    what="A year written in Chinese numerals (二〇二三年, 二零二四年3月, a 成文日期 二〇二四年一月十五日) in a "
         "report that writes its other years in Arabic numerals (2023年). Years inside quotation marks or 《》 "
         "(a cited title) are not reported; a report that writes most of its years in Chinese numerals is "
         "not reported either (annual-report/signature-date still asks for an Arabic 成文日期).",
    why="GB/T 15835-2011 asks numbers of one kind in one text to keep one form (同类别同形式); a lone "
        "二〇二三年 among 2023年 reads like text pasted from another document.",
    example="二〇二三年，我局……2023年共办理……", use_instead="2023年，我局……2023年共办理……",
    source=_SRC_15835 + " 第4章（数字形式的选用：同一场合同类别的数字用同一形式）", fixable=True,
)
COUNT_INCONSISTENT = rule(
    "numbers/count-inconsistent", "numbers", "warning",
    "同一数目前后不一致", "A count of places given differently",
    what="The places or institutions of the unit counted differently in one report: 全县87所中小学校 and later "
         "全县89所中小学校; 全县12个乡镇 twice and 在13个乡镇推进 (more than all of them). The counts compared are "
         "those of data/numbers.yaml (place_nouns: 乡镇, 行政村, 社区, 中小学校 …) after 全县/全镇/辖区…; a smaller "
         "count without them (在5个乡镇试点) is a part, and a count beside 新增, 达到, 撤并 … may be a change.",
    why="How many townships, villages or schools a county has is one fact: two figures mean one is mistyped, "
        "and reviewers check the figures that recur.",
    example="全县12个乡镇全部组建综合行政执法队……在13个乡镇推进矛盾纠纷调处化解中心建设",
    use_instead="全县12个乡镇全部组建综合行政执法队……在12个乡镇推进矛盾纠纷调处化解中心建设",
    source=_SRC_15835 + "；统计常识（同一报告中同一数据前后一致）",
)
RULES = (YU, RATE, PART, PARTS_TOTAL, APPROX, YEAR, NUMERAL_FORM, DOUBLE_APPROX, MIXED, RATE_MISMATCH, CHANGE_MISMATCH,
         COMPARISON_YEAR, INVALID_DATE, DATE_RANGE, PERIOD_MONTHS, YEAR_FORM, COUNT_INCONSISTENT, FULLWIDTH_DIGITS)

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_UNITS = "十百千万亿"
#: divisible measures: "3年多", "5公里余" put the odd part after the unit
_MEASURES = frozenset("年 月 天 日 周 小时 分钟 元 万元 亩 米 公里 千米 平方米 平米 吨 斤 公斤 千克 倍 岁".split())
#: after 多 these start a word (多元, 多种, 多样, 多方, 多部门, 多层次, 多项, 多类), not a count
_DUO_WORDS = "元种样方部层项类功能媒彩渠维"
#: before a lone numeral character these make a word (统一, 唯一, 之一, 第一, 周一, 逐一)
_NUMERAL_WORDS = "统唯万之其初第周期逐专同单均整归合划不再星礼"
#: after 共 these make a word (共同, 共享, 共建, 共治, 共青团, 共产党), not 共 + a total
_GONG_WORDS = "同享建治青产识性有管用谋商筑育"
#: a number after a Chinese comma or colon is a count ("，8余次"); only a digit group after "1，" is not
# A pattern that starts with a lookbehind is tried at every position of the text; a lookahead on
# its first character in front lets the regex engine skip to the candidates (three times faster).
_YU_AR = recache.compile(r"(?=\d)(?<![\d.．,:/\-A-Za-z第])(?<!\d，)(?<!\d：)(\d{1,3}(?:,\d{3})+|\d+)([余多])")
#: a decimal before 余 and a multiplier (1.5余万元): 余 belongs after the multiplier (1.5万余元)
_YU_DECIMAL = recache.compile(r"(?=\d)(?<![\d.．])(\d+\.\d+)([余多])")
_CN_NUMERAL_CHARS = _CN_DIGITS + _CN_UNITS
_YU_CN = recache.compile(f"([{_CN_NUMERAL_CHARS}]+)([余多])")
_NUM = r"\d+(?:\.\d+)?"
#: a count, with its thousands grouped by commas or not (1,023件, 3,500万元, 1023件); a match never
#: starts inside a group (after "1,")
_COUNT_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_COUNT_NUM = r"(?<![\d.])(?<!\d,)" + _COUNT_DIGITS
_PERCENT = recache.compile(rf"({_NUM})\s*[%％]")
_APPROX = recache.compile(rf"(?:约|近|大约|接近)\s*{_COUNT_NUM}|{_COUNT_NUM}\s*[万千百]?\s*(?:余|多)(?=[{CJK}])"
                          rf"|{_COUNT_NUM}[{CJK}]{{1,3}}左右")
_LINKERS = ("均", "已", "始终", "稳定", "分别", "达到", "达", "为", "是", "在", "至", "超过", "保持在",
            "提升至", "提升到", "提高至", "提高到", "达至", "约", "了", "高达", "突破", "实现", "以上")
_YEAR_ABBR = recache.compile(
    r"(?=[0-3])(?<![\d.．/\-A-Za-z第])([0-3]\d)(年(?:度|(?:1[0-2]|0?[1-9])月|底|末|初(?![步心衷])|[上下]半年|第?[一二三四1-4](?:[、和至到—－-]第?[一二三四1-4])*季度)"
    # a comparison with another year: 与23年相比, 比23年同期, 较23年增长, 较22年下降, 较23年的312件
    # (not 较23年前: 23 years ago; nor 比20年多: a duration); 较23年，… opens a comparison
    r"|年(?=同期|相比)|(?<=[较比][0-3]\d)年(?=[增减降升提翻]|下降|上升|有所|持平|明显|大幅|显著|的\s*\d)|(?<=较[0-3]\d)年(?=[，,])"
    # a change from a year's figure: 由22年的175家增至218家, 从23年的42件下降到31件
    r"|(?<=[由从][0-3]\d)年(?=的\s*\d)"
    # a sentence that opens with the year: 。22年共培育社区社会组织94个 (not 。20年来: a duration)
    r"|(?<=[。；！？\n][0-3]\d)年(?=[，,]|[共全累新我本])"
    # a recent year after a preposition of time: 对24年排查发现的隐患, 自23年起, 于24年完成 (not 对10年以上,
    # 在20年内, 从20年代: durations and decades)
    r"|(?<=[对在于自从至到](?:1[5-9]|2\d))年(?=[\u4e00-\u9fff])(?![前来后间内的代多余以期限龄里中])"
    # …，23年新进执法人员较少 (not ，20年累计: a duration in round years)
    r"|(?<=[，,：][0-3][1-9])年(?=[共全累新我本未])"
    # …，24年行政复议纠错案件2件: a recent year opening a clause that counts what it saw (not
    # ，18年党龄的老党员3人, ，15年间…: a length of time)
    r"|(?<=[，,：](?:1[5-9]|2[1-9]))年(?=[\u4e00-\u9fff]{2,12}\d)(?![前来后间内多余以如龄]|党龄|工龄|教龄|军龄)"
    # ，23年以镇政府名义印发的文件, ，24年对…, ，24年通过…: a year opening a clause on what was done in it
    # (not ，20年以上, ，15年以来: lengths of time)
    r"|(?<=[，,：；。](?:1[5-9]|2[1-9]))年(?=以(?![上来内前后下])|对|通过|按照|围绕|针对)"
    # …，21年，法律顾问共审查… (not ，20年，: a duration in round years)
    r"|(?<=[，,][0-3][1-9])年(?=[，,])"
    # 建于22年, 成立于21年 (not 始于20年前)
    r"|(?<=于[0-3][1-9])年(?![前来间内多余])"
    # 围绕25年…检查中发现的问题, 对照24年目标 (not 总结25年经验, 根据20年来: durations)
    r"|(?<=(?:围绕|对照|针对|结合|按照|对比|比照|延续)[0-3][1-9])年(?![前来间内多余经])"
    # 开展23年“宪法宣传周”活动: the year of a named event (not 从事调解20年“老娘舅”: a round duration)
    r"|(?<=[0-3][1-9])年(?=“[^”\n]{2,12}”)"
    # …，24年旅游旺季期间, ，23年汛期: a clause opening with the year of a season or holiday
    r"|(?<=[，,：；。](?:1[5-9]|2[1-9]))年(?=[\u4e00-\u9fff]{0,4}(?:旺季|淡季|汛期|雨季|旱季|春节|国庆|元旦|中秋|清明|端午|两节))"
    # a season or school holiday: 24年秋季开学前, 23年暑期 (not a round duration: 从教30年冬季, 连续21年冬季)
    r"|(?<![续近][0-3]\d)(?<=[0-3][1-9])年(?=[春夏秋冬]季|暑期|寒假|暑假)"
    # a plan or summary named by its year: 三、24年工作安排 (not 20年工作经验)
    r"|年(?=度?(?:工作)?(?:安排|计划|打算|要点|思路|总结)(?!经验))"
    # 22年以来, 自22年以来 opening a clause (not 近20年以来, 从事调解工作22年以来: durations)
    r"|(?<=[自从，,。；！？\n：][0-3][1-9])年(?=以来))")


_RATE_NOUN_END = recache.compile(f"([{CJK}]{{0,8}}?(?:率|满意度|占比|比例|比重))$")
_GROWTH_WORD = recache.compile("增|升|提高|完成|执行|超")
#: 占…的 N%: the share of a whole (not 侵占, 抢占, 占用, 占地; nor a target, 占全年目标任务的115%, which
#: may be exceeded)
_SHARE_OF_END = recache.compile(rf"(?<![侵霸抢攻])占(?![用地领据有])[{CJK}]{{1,10}}(?<!计划|任务|目标|预算|指标)的"
                                r"(?:比例|比重)?(?:为|达|达到|约)?$")
#: a fall by a percentage (同比下降120%): a count falls by 100% at most (下降至/降至 give the new level instead)
_DECLINE_END = recache.compile(r"(下降|减少|降低|压减|压降|缩减|回落)(?:了|分别)?\s*$")
_CLAUSE_OR_PAREN = recache.compile(r"[，,；;：:、（(]")
_CLAUSE_BREAK = recache.compile(r"[，,；;：:、]")
#: a part that includes earlier figures (结转, 累计) may exceed this year's total
_CARRIED_OVER = recache.compile("含|结转|往年|上年|以前年度|累计")


@record(frozen=True)
class Lists:
    """The word lists of ``data/numbers.yaml`` (plus the user's extra files)."""

    classifiers: tuple[str, ...]
    bounded: frozenset[str]
    unbounded: frozenset[str]
    totals: tuple[str, ...]
    parts: tuple[str, ...]
    overlapping_parts: tuple[str, ...]  #: words that let listed parts overlap (其中党员…、女性…)
    name_heads: tuple[str, ...]  #: words that make “十件”“十个” part of a name (十件民生实事, 十个严禁)
    durations: tuple[str, ...]  #: nouns that make “十五个” a length of time (十五个工作日)
    rate_qualifiers: tuple[str, ...]  #: words of a rate name that narrow its part (按时办结率)
    rate_part_verbs: tuple[tuple[str, tuple[str, ...]], ...]  #: (end of a rate name, other verbs of its part)
    part_complements: tuple[str, ...]  #: what may stand between a part verb and its count (整改到位79个)
    plan_words: tuple[str, ...]  #: words of the heading of the part on next year's plans (下一步, 工作安排)
    target_words: tuple[str, ...]  #: words that make a sentence a target, not a result (力争, 预计)
    #: classifications whose kinds never overlap (保留/修改/废止; 行政许可/行政处罚/…)
    partitions: tuple[frozenset[str], ...] = ()
    #: the words of ``overlapping_parts`` that let parts overlap only in a count of people (党员, 专业)
    people_attributes: frozenset[str] = frozenset()
    #: the measure words of people (人, 名, 位 …)
    people_units: frozenset[str] = frozenset()
    #: (kinds, how many kinds make the whole) of the classifications whose kinds make up every whole (线上/线下)
    complete_partitions: tuple[tuple[frozenset[str], int], ...] = ()
    #: places and institutions whose number is a fact of the unit (乡镇, 行政村, 中小学校)
    place_nouns: tuple[str, ...] = ()
    #: verbs before a listed kind's name that leave the kind the same (适用简易程序 is the kind 简易程序)
    kind_verbs: tuple[str, ...] = ()
    #: the words of a rate's qualifier that all say "in time" (及时受理率 of what was 按期受理)
    on_time_words: tuple[str, ...] = ()
    #: words before a part's verb that put the act off (延期开放3150卷 is no part of 开放率)
    deferrals: tuple[str, ...] = ()
    #: the words of overlapping_parts that name how a whole said to be all dealt with was dealt with
    dealing_stages: frozenset[str] = frozenset()
    #: (end of a rate name, the verbs its whole is counted with): 办结率 of what was 受理 or 办理
    rate_whole_verbs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: verbs a whole's noun may end with after the kind it counts (受理科技项目申报86项: the 项目 applied for)
    request_verbs: tuple[str, ...] = ()


@lru_cache(maxsize=16)
def _lists(extra: tuple[str, ...]) -> Lists:
    options = {"extra": list(extra)}

    def words(key: str) -> list[str]:
        return list(load_words("numbers", options, key))

    return Lists(longest_first(words("classifiers")), frozenset(words("bounded_rates")),
                 frozenset(words("unbounded_rates")), longest_first(words("totals")),
                 longest_first(words("parts")), tuple(words("overlapping_parts")), tuple(words("numeral_name_heads")),
                 tuple(words("duration_nouns")), tuple(words("rate_qualifiers")),
                 _rate_part_verbs(options), longest_first(words("part_complements")),
                 tuple(words("plan_words")), tuple(words("target_words")), partitions=_partitions(options),
                 complete_partitions=_complete_partitions(options),
                 people_attributes=frozenset(words("people_attributes")), people_units=frozenset(words("people_units")),
                 place_nouns=longest_first(words("place_nouns")), kind_verbs=tuple(words("kind_verbs")),
                 on_time_words=tuple(words("on_time_words")), deferrals=tuple(words("deferrals")),
                 dealing_stages=frozenset(words("dealing_stages")),
                 rate_whole_verbs=_rate_part_verbs(options, "rate_whole_verbs", "wholes"),
                 request_verbs=tuple(words("request_verbs")))


def _partitions(options: Any) -> tuple[frozenset[str], ...]:
    """``partitions`` of the data: each the kinds of one classification, which never overlap."""
    return tuple(frozenset(str(w) for w in e.get("words", []))
                 for e in load_entries("numbers", options, key="partitions", resolve=None) if isinstance(e, dict))


def _complete_partitions(options: Any) -> tuple[tuple[frozenset[str], int], ...]:
    """The ``partitions`` whose kinds make up every whole (``complete: N``, N kinds: 线上/线下 2, the quarters 4)."""
    return tuple((frozenset(str(w) for w in e.get("words", [])), int(e["complete"]))
                 for e in load_entries("numbers", options, key="partitions", resolve=None)
                 if isinstance(e, dict) and e.get("complete"))


def _rate_part_verbs(options: Any, key: str = "rate_part_verbs", field: str = "parts"
                     ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``rate_part_verbs`` of the data: (the end of a rate name, the other verbs its part is written with);
    with ``rate_whole_verbs, wholes``: (the end of a rate name, the verbs its whole is written with)."""
    return tuple((str(e["rate"]), tuple(str(v) for v in e.get(field, [])))
                 for e in load_entries("numbers", options, key=key, resolve=None)
                 if isinstance(e, dict) and "rate" in e)


def load_lists(context: Any) -> Lists:
    """The numbers word lists for this run's configuration."""
    options = context.options(PLUGIN) if context is not None else {}
    return _lists(extra_files(options, context.config.resolve if context is not None else None))


@hookimpl
def fzlint_rules():
    """Declare the numbers rules."""
    return list(RULES)


@lru_cache(maxsize=16)
def _alternation(words: tuple[str, ...], exclude: tuple[str, ...] = ()) -> "re.Pattern[str]":
    """``words`` (minus ``exclude``) as one alternation, in their order (longest first: the first that fits wins)."""
    return recache.compile("|".join(re.escape(w) for w in words if w not in exclude))


def _classifier_at(text: str, pos: int, classifiers: "Optional[re.Pattern[str]]") -> Optional[str]:
    """The first classifier that ``text`` has at ``pos`` (``classifiers``: their :func:`_alternation`, or None)."""
    m = classifiers.match(text, pos) if classifiers is not None else None
    return m.group() if m else None


def _round(value: int) -> bool:
    return value >= 10 and value % 10 == 0


# Most rules here look for numbers next to a rare character (余, %, 年, 十, 约).  A regex scan tries
# every character of the report (a lookahead on the first character still costs a class test per
# character); ``str.find`` skips to a given character many times faster.  So these rules find the
# rare characters first and try their regex only where a match can start: the matches are exactly
# those of ``regex.finditer(text)`` as long as every match starts at one of the offsets tried.

def _offsets(text: str, chars: str) -> list[int]:
    """Ascending offsets of every occurrence of any of ``chars`` in ``text``."""
    return occurrences(text, tuple(chars)) or []


def _document_offsets(document: Document, chars: str) -> list[int]:
    """:func:`_offsets` of the document's text, found once for the rules that look for the same characters."""
    return document.shared(("numbers/offsets", chars), lambda: _offsets(document.text, chars))


def _reach_back(marks: list[int], reach: int) -> list[int]:
    """The offsets from ``reach`` characters before each of ``marks`` up to the mark, ascending."""
    return sorted({p - d for p in marks for d in range(reach + 1) if p >= d})


def _runs_before(text: str, marks: list[int], in_run: Callable[[str], bool]) -> list[int]:
    """Every offset from which only ``in_run`` characters lead up to one of ``marks``, ascending.

    These are the possible starts of a match made of ``in_run`` characters followed by its mark
    (a number before 余 or %); the marks themselves must not be ``in_run`` characters.
    """
    out: list[int] = []
    for p in marks:
        s = p
        while s > 0 and in_run(text[s - 1]):
            s -= 1
        out.extend(range(s, p))
    return out


def _in_grouped(ch: str) -> bool:
    """A character of an integer with its thousands grouped (1,255): a digit or the comma."""
    return ch.isdecimal() or ch == ","


def _in_decimal(ch: str) -> bool:
    return ch.isdecimal() or ch == "."


def _in_percent(ch: str) -> bool:
    """A character of ``_PERCENT`` before its % sign: digits, the decimal point and ``\\s``."""
    return ch.isdecimal() or ch == "." or ch.isspace()


def _in_cn_numeral(ch: str) -> bool:
    return ch in _CN_NUMERAL_CHARS


_DIGIT = recache.compile(r"\d")
#: the counts of a total and its parts, or of a rate, are compared within one clause
_CLAUSE_ENDS = SENTENCE_END + "\n"


_CLAUSE_END_RE = recache.compile(f"[{re.escape(_CLAUSE_ENDS)}]")


def _clauses_at(document: Document, offsets: Iterable[int]) -> list[tuple[int, int]]:
    """The clauses (split after 。！？； and line ends, each with its end mark) that hold one of ``offsets``.

    ``offsets`` ascending; each clause is given once, in order.  Visiting only the clauses with a
    cue word is much cheaper than splitting the whole report and searching every clause; each
    clause's bounds are looked for around its offset alone (its end mark after it, the last end
    mark before it since the previous clause), not by listing every end mark of the report.
    """
    text = document.text
    out: list[tuple[int, int]] = []
    done = 0  # the clauses before this offset are known
    for x in offsets:
        if x < done:
            continue  # in the clause just found
        out.append(_clause_around(text, x, done))
        done = out[-1][1]
    return out


def _clauses_holding(document: Document, pattern: "re.Pattern[str]") -> list[tuple[int, int]]:
    """:func:`_clauses_at` the matches of ``pattern`` (which never holds a clause end): searched for
    from the end of each clause found, not listed one by one (a clause often holds several)."""
    text = document.text
    search = pattern.search
    out: list[tuple[int, int]] = []
    done = 0
    m = search(text)
    while m is not None:
        out.append(_clause_around(text, m.start(), done))
        done = out[-1][1]
        m = search(text, done)
    return out


def _clause_around(text: str, x: int, after: int) -> tuple[int, int]:
    """(start, end) of the clause holding offset ``x``, which starts at ``after`` or later."""
    start = after
    rfind = text.rfind
    for mark in _CLAUSE_ENDS:
        i = rfind(mark, start, x)
        if i >= start:
            start = i + 1
    m = _CLAUSE_END_RE.search(text, x)
    return start, (m.end() if m else len(text))


def _yu_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    text = document.text
    marks = _offsets(text, "余多")  # every match ends with one of them
    if not marks:
        return
    # looked up once: the cache key of the alternation is the whole list, hashed at every lookup
    classifiers = _alternation(lists.classifiers) if lists.classifiers else None
    for m in finditer_at(_YU_AR, text, _runs_before(text, marks, _in_grouped)):
        digits, mark = m.group(1), m.group(2)
        if len(digits) > 1 and digits.startswith("0"):
            continue
        after = m.end()
        # "8余万元": the multiplier comes after 余; still a count
        cls = _classifier_at(text, after, classifiers)
        if cls is None or (mark == "多" and (cls in _NOT_UNITS
                                            or text[after:after + 1] in _DUO_WORDS)):
            continue  # 多元, 多种, 多方…: words, not counts
        value = int(digits.replace(",", ""))
        if _round(value):
            continue
        yield _yu_finding(m.start(), m.end(), digits, mark, value, cls, arabic=True)
    for m in finditer_at(_YU_CN, text, _runs_before(text, marks, _in_cn_numeral)):
        numeral, mark = m.group(1), m.group(2)
        if numeral[-1] in _CN_UNITS or numeral[-1] in "零〇":
            continue  # 二十余件, 一百余人: round
        start = m.start()
        if len(numeral) == 1:
            prev = text[start - 1] if start else ""
            # a lone digit character inside a word (统一, 唯一, 万一, 之一) is not a count
            if prev and prev in _NUMERAL_WORDS:
                continue
        cls = _classifier_at(text, m.end(), classifiers)
        if cls is None or cls in _NOT_UNITS or cls in ("年", "月", "日", "天"):
            continue
        value = cn_to_int(numeral)
        if value is None:
            continue
        yield _yu_finding(start, m.end(), numeral, mark, value, cls, arabic=False)
    # a decimal match ends with a mark before 万, 千 or 亿 (and its run of decimal characters leads
    # only to that mark): the others start none
    # (a decimal before 余 and a measure word, too: 36.8余吨)
    before_unit = [p for p in marks if text[p - 1:p].isdigit() and (
        text[p + 1:p + 2] in ("万", "千", "亿") or _classifier_at(text, p + 1, classifiers) is not None)]
    for m in finditer_at(_YU_DECIMAL, text, _runs_before(text, before_unit, _in_decimal)):
        cls = text[m.end()] if text[m.end():m.end() + 1] in ("万", "千", "亿") else _classifier_at(text, m.end(), classifiers)
        if cls is None or (m.group(2) == "多" and text[m.end():m.end() + 1] in _DUO_WORDS):
            continue
        yield _yu_finding(m.start(), m.end(), m.group(1), m.group(2), 0, cls, arabic=True)


def _yu_finding(start: int, end: int, number: str, mark: str, value: int, cls: str,
                arabic: bool) -> Finding:
    written = f"{number}{mark}{cls}"
    if cls in ("万", "千", "百", "亿"):
        alt_zh = f"“{number}{cls}{mark}”（{mark}放在“{cls}”之后）"
        alt_en = f"'{number}{cls}{mark}' ({mark} after {cls})"
    elif cls in _MEASURES:
        # a measure that can be divided (3年多, 5公里余): the odd part goes after the unit
        alt_zh = f"确数“{number}{cls}”或“{number}{cls}{mark}”"
        alt_en = f"'{number}{cls}' or '{number}{cls}{mark}'"
    else:
        exact = f"{number}{cls}"
        if value < 8:
            lower = f"{exact}以上"  # 5余场 is not "near ten": the exact count, or "more than" said so
        elif value < 10:
            lower = f"近10{cls}" if arabic else f"近十{cls}"
        elif arabic:
            lower = f"{value // 10 * 10}{mark}{cls}"
        else:
            lower = f"十{mark}{cls}" if value < 20 else f"{number[:-1]}{mark}{cls}"
        alt_zh, alt_en = f"确数“{exact}”或“{lower}”", f"'{exact}' or '{lower}'"
    return YU.finding(
        msg(f"“{written}”不规范：“{mark}”只用在整十、整百、整千等整数之后表示零头，{number}不是整数；"
            f"应写{alt_zh}",
            f"'{written}': {mark} only follows a round number (10, 20, 100…) to mean ‘more than’; "
            f"{number} is not round; write {alt_en}"),
        start, end + len(cls))


def _rate_noun(clause: str) -> Optional[str]:
    """The rate name that ends ``clause`` (the text just before a percentage), if any."""
    tail = clause
    changed = True
    while changed and tail:  # strip linking words between the noun and the number
        changed = False
        for w in _LINKERS:
            if tail.endswith(w):
                tail = tail[: -len(w)]
                changed = True
                break
    m = _RATE_NOUN_END.search(tail)
    return m.group(1) if m else None


@lru_cache(maxsize=16)
def _rate_names(lists: Lists) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The unbounded and the bounded rate names, longest first (sorted once, not for every rate)."""
    return tuple(sorted(lists.unbounded, key=len, reverse=True)), tuple(sorted(lists.bounded, key=len, reverse=True))


def _classify_rate(noun: str, lists: Lists) -> Optional[str]:
    """'bounded' for a share of a whole, None for growth-like or unknown names."""
    unbounded, bounded = _rate_names(lists)
    for w in unbounded:
        if noun.endswith(w):
            return None
    for w in bounded:
        if noun.endswith(w):
            return w
    if noun.endswith("率") and not _GROWTH_WORD.search(noun):
        return noun[-3:] if len(noun) >= 3 else noun
    return None


def _rate_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    text = document.text
    signs = _document_offsets(document, "%％")
    for m in finditer_at(_PERCENT, text, _runs_before(text, signs, _in_percent)):
        value = float(m.group(1))
        if value <= 100:
            continue
        s, _ = document.sentence_at(m.start())
        before = text[max(s, m.start() - 16):m.start()]
        before = _CLAUSE_OR_PAREN.split(before)[-1]
        fall = _DECLINE_END.search(before)
        if fall:
            yield RATE.finding(
                msg(f"“{fall.group(1)}{m.group(1)}%”不可能：数量最多减少100%（减为零），请核对数字",
                    f"'{fall.group(1)} {m.group(1)}%' is impossible: a count falls by 100% at most (to zero); "
                    f"check the figures"),
                m.start(), m.end())
            continue
        noun = _rate_noun(before)
        if not noun:
            share = _SHARE_OF_END.search(before)
            if share:  # 占全部案件的112%: a part of a whole
                yield RATE.finding(
                    msg(f"“{share.group()}{m.group()}”是部分占整体的比例，不可能超过100%，请核对数字",
                        f"'{share.group()}{m.group()}' is a share of a whole and cannot exceed 100%; check the figures"),
                    m.start(), m.end())
            continue
        name = _classify_rate(noun, lists)
        if not name:
            continue
        yield RATE.finding(
            msg(f"“{noun}”是部分占整体的比率，不可能为{m.group(1)}%（超过100%），请核对数字",
                f"'{noun}' is a share of a whole and cannot be {m.group(1)}% (above 100%); check the figures"),
            m.start(), m.end())


@record(frozen=True)
class _Count:
    start: int
    end: int
    value: float
    unit: str
    approx: bool
    word: str


#: classifiers that are multipliers or approximation marks, not units of a count
_NOT_UNITS = ("余", "万", "千", "百", "亿")
#: classifiers that count the same things as another (执法人员42名，其中41人持证: people both times)
_SAME_UNIT = {"名": "人", "位": "人"}


def _same_unit(a: str, b: str) -> bool:
    """True when counts in the classifiers ``a`` and ``b`` count the same things (名 and 人 do)."""
    return a == b or _SAME_UNIT.get(a, a) == _SAME_UNIT.get(b, b)


def _units(classifiers: tuple[str, ...]) -> str:
    """The count units among ``classifiers`` as a regex alternation."""
    return _alternation(classifiers, _NOT_UNITS).pattern


def _count_re(words: tuple[str, ...], classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    alts = "|".join(re.escape(w) for w in words)
    units = _units(classifiers)
    # the words between the cue and its count may hold a number that counts nothing (12345热线), and a
    # list closed by 等 (受理林木采伐、使用林地审核等行政许可申请186件)
    return recache.compile(rf"(?P<word>{alts})(?:[{CJK}]|\d|、(?=[{CJK}]{{1,8}}等)){{0,20}}?(?P<approx>约|近)?(?P<num>{_COUNT_NUM})"
                      rf"(?P<mult>[万千亿])?(?P<yu>余|多)?(?P<unit>{units})")


@lru_cache(maxsize=16)
def _count_patterns(lists: Lists) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    return _count_re(lists.totals, lists.classifiers), _count_re(lists.parts, lists.classifiers)


#: a clause between a whole and its breakdown saying all of it was covered (检查定点医药机构213家，实现全覆盖，其中…)
_ALL_COVERED = "(?:实现|做到)?(?:全覆盖|全部覆盖)"
#: ... or how it changed (组织税费收入18.62亿元，同比增长4.3%，其中…)
_CHANGE_AFTER_WHOLE = r"(?:同比|较上年|比上年|较去年)(?:增长|下降|增加|减少)\d{1,3}(?:\.\d+)?[%％]"


@lru_cache(maxsize=16)
def _before_qizhong_re(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A count right before “，其中” (or before “，实现全覆盖，其中”): the whole that the parts after 其中 belong to,
    whatever its verb."""
    units = _units(classifiers)
    return recache.compile(rf"(?P<word>)(?P<approx>约|近)?(?P<num>{_COUNT_NUM})(?P<mult>[万千亿])?(?P<yu>余|多)?"
                      rf"(?P<unit>{units})(?=[，,：:]?[ \t\u3000]*其中|[，,]{_ALL_COVERED}[，,]其中)")


#: what the multiplier characters of a count multiply by (2.15亿元, 3.5万人)
_MULTIPLIERS = {"亿": 100_000_000, "万": 10_000, "千": 1_000}


def _value(digits: str, mult: Optional[str] = "") -> float:
    """The value of a written count: ``digits`` such as “1,250” times the ``mult`` after it (万, 千, 亿)."""
    return float(digits.replace(",", "")) * _MULTIPLIERS.get(mult or "", 1)


def _written_value(written: str) -> float:
    """:func:`_value` of a count written with its multiplier (4.1万 → 41000)."""
    return _value(written[:-1], written[-1]) if written[-1:] in _MULTIPLIERS else _value(written)


def _rounding(text: str, count: _Count) -> float:
    """How far the value of ``count`` may lie from the true figure when it is written with a multiplier
    (3.2万件: 500, its last digit rounded); 0 for a count written out in full (31900件)."""
    written = text[count.start:count.end]
    at = next((i for i, ch in enumerate(written) if ch in _MULTIPLIERS), -1)
    return 0.5 * 10 ** -_decimals(written[:at]) * _MULTIPLIERS[written[at]] if at > 0 else 0.0


def _counts(pattern: "re.Pattern[str]", text: str, start: int, end: int) -> list[_Count]:
    out = []
    for m in pattern.finditer(text, start, end):
        w = m.start("word")
        if m.group("word").startswith("共") and (text[w - 1:w] in "公中总" and w > 0
                                                 or text[w + 1:w + 2] in _GONG_WORDS):
            continue  # 公共, 中共, 共同, 共享, 共建: not a total
        after = text[m.end():m.end() + 2]
        if after.startswith(("左右", "以上", "以内", "之内")) or (after[:1] == "%"):
            approx = True
        else:
            approx = bool(m.group("approx") or m.group("yu"))
        value = _value(m.group("num"), m.group("mult"))
        out.append(_Count(m.start("num"), m.end(), value, m.group("unit"), approx, m.group("word")))
    return out


#: words that introduce a total (or its parts) in a clause; clauses without one are skipped
@lru_cache(maxsize=16)
def _total_cues(totals: tuple[str, ...]) -> "re.Pattern[str]":
    """The words that open a total (the ``totals`` list) or a breakdown (其中): clauses holding none are skipped."""
    return recache.compile("|".join(re.escape(w) for w in (*totals, "其中")))


def _part_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    text = document.text
    totals_re, parts_re = _count_patterns(lists)
    # a cue word holds no clause end, so a clause has a cue exactly when a match of the scan starts in it
    for s, e in _clauses_holding(document, _total_cues(lists.totals)):
        if not _DIGIT.search(text, s, e):
            continue  # no count at all
        # the parts first: most clauses with a total have no part to compare with it
        parts = _counts(parts_re, text, s, e)
        if not parts:
            continue
        totals = _counts(totals_re, text, s, e)
        if text.find("其中", s, e) >= 0:
            totals = sorted(totals + _counts(_before_qizhong_re(lists.classifiers), text, s, e),
                            key=lambda c: c.end)
        if not totals:
            continue
        for p in parts:
            prior = [t for t in totals if t.end <= p.start and _same_unit(t.unit, p.unit) and t.start != p.start]
            before_qizhong = [t for t in totals if t.end <= p.start and not t.word]
            if not prior and before_qizhong:
                # 为1263名农民工追发工资2036.5万元，其中…1387名: the whole of the part's unit is the
                # clause's count right before the one before 其中
                whole = _whole_before(text, before_qizhong[-1], p.unit, _any_count_re(lists.classifiers))
                prior = [whole] if whole is not None else []
            if not prior:
                continue
            t = prior[-1]
            if t.approx or p.value <= t.value:
                continue
            if _CARRIED_OVER.search(text, t.end, min(e, p.end + 12)):
                continue
            tv, pv = _fmt(t.value), _fmt(p.value)
            yield PART.finding(
                msg(f"分项数大于总数：前文总数为{tv}{t.unit}，此处“{p.word}”却有{pv}{p.unit}，请核对",
                    f"a part ({pv} {p.unit}, '{p.word}') exceeds its total ({tv} {t.unit}); check the figures"),
                p.start, p.end)


#: the words that open a list of the parts of the count before them (…96件，其中维持52件、撤销18件)
_LIST_INTROS = ("其中", "包括", "分别为", "分别是", "分别有", "分为")
#: the intro of a breakdown in brackets right after its whole (共检查126家（定点医疗机构28家、定点零售药店96家）)
_BRACKET_INTRO = "（"
#: what the parts of a list are separated by
_LIST_SEP = "、"


#: a clause between a whole and its breakdown saying all of it was dealt with (全部审结, 均已办结)
_ALL_DEALT_WITH = "(?:均已?|已?全部已?|已?全部依法)(?:审结|办结|结案|按期办结|办理完毕|处理完毕|调处完毕|化解|答复|整改到位|整改完毕)"
_ALL_DEALT_RE = recache.compile(_ALL_DEALT_WITH)


#: what a breakdown classifies its whole by, between the whole and 分为/其中 (受理工单1562件，按类型分为…;
#: 办理案件86件，从案件来源看，其中…; 按执法领域划分为…)
_CLASSIFIED_BY = (rf"(?:按|从|按照)[{CJK}]{{0,6}}?(?:类型|类别|性质|来源|领域|渠道|方式|程序|行业|区域|内容|事项)"
                  r"(?:来看|看|划分|区分|分|划)?")


#: how many kinds a division names before them (分为两类：…; 分为三种，…)
_KINDS_COUNTED = recache.compile(r"[两二三四五六七八九十\d]{1,2}(?:类|种|个方面|部分)[：:，,]|[：:]")


#: the number of a hotline or platform in a name (12345热线, 12348法律服务热线, 12315平台)
_HOTLINE_NUMBER = rf"(?<!\d)\d{{3,6}}(?=[{CJK}]{{0,4}}(?:热线|专线|平台|电话))"


@lru_cache(maxsize=16)
def _list_patterns(classifiers: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]"]:
    """The count that ends right before a list intro, one item of the list (婚姻家庭纠纷136起), and
    the whole of a “N个X（Y）中，” sentence with its nouns (14个社区（村）中，)."""
    units = _units(classifiers)
    count = rf"(?P<approx>约|近)?(?P<num>{_COUNT_NUM})(?P<mult>[万千亿])?(?P<yu>余|多)?(?P<unit>{units})"
    # (a rate of the count may come between: 调解成功56起，调解成功率96.6%，其中…)
    # (a noun may follow a count of places or bodies: 全街道11个社区，其中城市社区7个…)
    # (so may a clause saying all of it was dealt with: 受理争议案件318件，全部审结，其中…; or covered: 实现全覆盖)
    whole = recache.compile(rf"(?P<word>){count}(?:(?<=[个所家])[{CJK}]{{1,4}}(?:[（(][{CJK}、]{{1,6}}[）)])?)?(?:[，,]\s*[{CJK}]{{1,10}}(?:率|占比|比例)(?:达到|达|为)?"
                            rf"\d{{1,3}}(?:\.\d+)?[%％][；;]?)?(?:[，,]\s*{_ALL_DEALT_WITH})?(?:[，,]\s*{_ALL_COVERED})?(?:[，,]\s*{_CHANGE_AFTER_WHOLE})?(?:[，,]\s*{_CLASSIFIED_BY})?[，,：:（(]?\s*$")
    # a kind's name may hold a bracketed ordinal (小（1）型12座、小（2）型37座), a bracketed kind (乡镇（街道）16个)
    # or a grade (4A级景区3家、3A级景区5家), or the number of a hotline (通过12345热线转办263件), or a quoted
    # name with a 、 of its own (“双随机、一公开”抽查5次)
    name_piece = (rf"“[{CJK}、]{{2,12}}”|[{CJK}“”]|[（(][1-9一二三四五][）)]|[（(][{CJK}、]{{1,6}}[）)]|[1-5]?[A-Z]{{1,2}}(?=级)"
                  rf"|{_HOTLINE_NUMBER}")
    item = recache.compile(rf"(?P<word>(?:{name_piece}){{0,16}}?){count}")
    among = recache.compile(rf"(?P<word>)(?P<approx>)(?P<num>{_COUNT_NUM})(?P<mult>)(?P<yu>)(?P<unit>个|家|所)"
                            rf"(?P<noun>[{CJK}（）()、]{{0,14}}?)中[，,]$")
    return whole, item, among


def _list_items(text: str, pos: int, item: "re.Pattern[str]", sep: str = _LIST_SEP) -> list[_Count]:
    """The items of a list of counts separated by one of the characters of ``sep``, starting at ``pos`` (up to its
    first other separator)."""
    items: list[_Count] = []
    while True:
        found = _counts_at(item, text, pos)
        if found is None:
            return items
        items.append(found)
        if not text[found.end:found.end + 1] or text[found.end] not in sep:
            return items
        pos = found.end + 1


def _counts_at(pattern: "re.Pattern[str]", text: str, pos: int) -> Optional[_Count]:
    """The count ``pattern`` matches right at ``pos`` (as :func:`_counts` reads it), or None."""
    m = pattern.match(text, pos)
    if m is None:
        return None
    found = _counts(pattern, text, m.start(), m.end())
    return found[0] if found and found[0].end == m.end() else None


def _in_shared_multiplier(text: str, items: list[_Count], total: _Count) -> tuple[Callable[[float], str], str]:
    """(a formatter of values, the unit) that write the figures of ``items`` and ``total`` in the multiplier they
    share as written (18.3+16.9+6.4=41.6万剂次), or plainly when they share none."""
    mults = {_multiplier(text[c.start:c.end], c.unit) for c in (*items, total)}
    mult = mults.pop() if len(mults) == 1 else ""
    factor = _MULTIPLIERS.get(mult, 1)
    return (lambda value: _fmt(round(value / factor, 6))), mult + total.unit


def _list_sum_finding(text: str, items: list[_Count], total: _Count, on_parts: bool = False) -> Finding:
    """The finding for parts that add up to more than their total: on the total and the parts (on the
    parts alone with ``on_parts``: a rate stands between them), the figures written in the multiplier
    they share (2.15+1.03+0.72=3.9亿元)."""
    shown, unit = _in_shared_multiplier(text, items, total)
    terms = "+".join(shown(i.value) for i in items)
    tv, sv = shown(total.value), shown(sum(i.value for i in items))
    if len(items) == 1:  # 11个村中，已有12个村
        return PART.finding(
            msg(f"分项数大于总数：总数为{tv}{unit}，其中的“{text[items[0].start:items[0].end]}”却有{sv}{unit}，请核对",
                f"a part ({sv} {unit}) exceeds its total ({tv} {unit}); check the figures"),
            total.start, items[-1].end)
    return PART.finding(
        msg(f"分项合计大于总数：所列分项{terms}={sv}{unit}，大于总数{tv}{unit}，请核对",
            f"the listed parts add up to more than their total: {terms} = {sv} {unit} > {tv} {unit}; check the figures"),
        items[0].start if on_parts else total.start, items[-1].end)


#: the first words of a part that stands for the rest of a whole (其他纠纷35件, 其余各类许可1002件)
_REST_WORDS = ("其他", "其它", "其余")


def _kind_name(word: str, lists: Lists) -> str:
    """The name of a listed kind without a verb (``kind_verbs``) before it (适用简易程序: 简易程序)."""
    for verb in lists.kind_verbs:
        if word.startswith(verb) and len(word) > len(verb):
            return word[len(verb):]
    return word


def _complete_list(intro: str, items: list[_Count], lists: Lists) -> bool:
    """True when a list of named parts names the whole: after 分别为/分别是/分别有/分为, ending with a part for
    the rest (其中…、其他纠纷35件), or naming every kind of a complete classification (重大隐患、一般隐患)."""
    names = [_kind_name(i.word, lists) for i in items]
    if not all(names):
        return False  # 两镇分别为12件、15件: figures of wholes named before, not parts
    if intro.startswith("分") or intro == _BRACKET_INTRO or any(w in names[-1] for w in _REST_WORDS):
        return True  # 分别为, 分为, a breakdown in brackets; …、撤诉及其他方式结案18件
    if _negation_pair(names):
        return True  # 有意见的18件、无意见的26件: a kind and its negation
    _, heads = _heads(names)
    if len(set(heads)) != len(heads):
        return False
    # the kinds as named (县道、乡道、村道), or after the end they share (重大隐患、一般隐患)
    return any(all(named) and len(named) == n and named <= kinds
               for named in (set(names), *_kinds_named(heads)) for kinds, n in lists.complete_partitions)


def _ends_with_the_rest(items: list[_Count]) -> bool:
    """True when the last of three or more parts is the rest (…、其他治安案件1758起) and none counts earlier
    figures or a subset of another (累计, 结转, 含, 其中)."""
    names = [i.word for i in items]
    return (len(names) >= 3 and names[-1].startswith(_REST_WORDS)
            and not any(_CARRIED_OVER.search(n) or "其中" in n for n in names))


#: before a part verb these negate it (不合格4家 is not the part of 合格率)
_NEGATIONS = "不未无非"
#: the words that negate a part's name (不合格, 无意见, 未达标, 没有问题)
_NEGATING = ("没有", *_NEGATIONS)


def _negation_pair(names: list[str]) -> bool:
    """True when two parts' names are a kind and its negation, so that they are all of the whole: 合格, 不合格;
    提出修改意见的, 无意见的; 达标, 未达标 (the negated word ends the other name)."""
    if len(names) != 2:
        return False
    a, b = (n.removesuffix("的") for n in names)
    for yes, no in ((a, b), (b, a)):
        neg = next((w for w in _NEGATING if no.startswith(w)), "")
        core = no[len(neg):]
        if neg and core and yes.endswith(core) and not yes.endswith(no) and not any(w in yes for w in _NEGATING):
            return True
    return False


def _kinds_of_the_whole_named(text: str, total: _Count, items: list[_Count]) -> bool:
    """True when the whole's own words name each listed kind, joined (人大代表建议和政协委员提案共46件，其中人大代表
    建议19件、政协委员提案25件): then the parts are all of it."""
    clause = start_after(text, total.start, "，,。；;\n")
    phrase = text[clause:total.start]
    if not any(j in phrase for j in ("和", "、", "及", "与")):
        return False
    words = [i.word for i in items]
    # the kinds' names may share the whole's noun (以县政府及县政府办公室名义印发的规范性文件42件，其中县政府
    # 文件25件、县政府办公室文件15件): then what comes before it names them
    shared = commonprefix([w[::-1] for w in words])[::-1]
    named = [words]
    if shared and all(len(w) - len(shared) >= 2 for w in words):
        named.append([w[:-len(shared)] for w in words])
    for names in named:
        ends = [n[-2:] for n in names]
        if len(ends[0]) == 2 and len(set(ends)) == len(ends) and all(e in phrase for e in ends):
            return True
    return False


def _short_sum_finding(text: str, items: list[_Count], total: _Count, complete: bool = True,
                       on_parts: bool = False) -> Finding:
    """The finding for the parts of a complete list that add up to less than their total (``complete=False``:
    of a list that may leave kinds out, a hint), on the parts alone with ``on_parts`` (a rate stands between)."""
    start = items[0].start if on_parts else total.start
    shown, unit = _in_shared_multiplier(text, items, total)
    terms = "+".join(shown(i.value) for i in items)
    parts, whole = shown(sum(i.value for i in items)), shown(total.value)
    if not complete:
        return Finding(PARTS_TOTAL.id, Severity.INFO, msg(
            f"分项合计与总数不符：所列分项{terms}={parts}{unit}，比总数{whole}{unit}少"
            f"{shown(total.value - sum(i.value for i in items))}{unit}；如分项已列全，请核对数字",
            f"the listed parts add up to {parts} {unit}, a little less than their total {whole} {unit}: "
            "if the list names every kind, check the figures"), start, items[-1].end, None)
    return PARTS_TOTAL.finding(
        msg(f"分项合计与总数不符：所列分项{terms}={parts}{unit}，总数为{whole}{unit}，请核对",
            f"the listed parts add up to {parts} {unit}, not to their total {whole} {unit}: {terms}"),
        start, items[-1].end)


#: the words that give the sum of the parts listed before them (建议46件、提案71件，共计117件)
_SUM_WORDS = ("共计", "合计", "总计")


#: what may name the parts between the comma and their sum word (，三类纠纷合计56起; ，以上共计127件)
_SUM_LABEL = recache.compile(rf"(?:以上|上述|[两三四五六七八九十\d]+(?:类|项|种|个方面)[{CJK}]{{0,4}})")


def _stated_sum_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """Parts listed with 、 and then their sum (共计, 合计, 总计 N) that is not their sum."""
    text = document.text
    count_re = _any_count_re(lists.classifiers)
    for p in occurrences(text, _SUM_WORDS) or []:
        # the comma that ends the parts: right before the word, or before a label of the parts (，三类纠纷合计)
        q = p - 1 if text[p - 1:p] in "，," else start_after(text, p, "，,。；;：:！？\n") - 1
        if q < 0 or text[q] not in "，," or (q < p - 1 and not _SUM_LABEL.fullmatch(text, q + 1, p)):
            continue
        total = _counts(count_re, text, p + 2, min(len(text), p + 16))
        if not total or total[0].start > p + 3 or total[0].approx:
            continue  # the sum right after the word (共计127件, 共计为127件)
        t = total[0]
        start = start_after(text, q, "，,。；;：:！？\n")
        counts = _counts(count_re, text, start, q)
        # the run of counts joined by 、 that ends the clause (建议46件、提案71件)
        items: list[_Count] = []
        for c in reversed(counts):
            end = items[0].start if items else q
            if not items and c.end != end:
                break
            if items and text[c.end:c.end + 1] != "、":
                break
            items.insert(0, c)
        if len(items) < 2:
            items = _clause_parts(text, start_after(text, q, "。；;：:！？\n"), q, count_re, lists)
        if len(items) < 2 or any(i.approx or not _same_unit(i.unit, t.unit) for i in items):
            continue
        parts = sum(i.value for i in items)
        if abs(parts - t.value) > 1e-9 * t.value:
            terms = "+".join(_fmt(i.value) for i in items)
            yield PARTS_TOTAL.finding(
                msg(f"合计与所列分项不符：{terms}={_fmt(parts)}{t.unit}，此处写作“{text[p:t.end]}”，请核对",
                    f"the listed parts add up to {_fmt(parts)} {t.unit}, not to the stated {_fmt(t.value)}: {terms}"),
                p, t.end)


def _clause_parts(text: str, start: int, end: int, count_re: "re.Pattern[str]", lists: Lists) -> list[_Count]:
    """The counts ending the comma clauses right before a sum word, when they count kinds of one thing
    (发生行政复议案件5件，行政诉讼案件3件，共计9件: 案件 of two kinds), or []."""
    clauses: list[tuple[str, _Count]] = []
    stop = end
    while stop > start:
        at = max(text.rfind("，", start, stop), text.rfind(",", start, stop))
        begin = at + 1 if at >= 0 else start
        found = _counts(count_re, text, begin, stop)
        if not found or found[-1].end != stop or len(found) > 1:
            break  # a clause that does not end with its one count
        name = text[begin:found[-1].start].removeprefix("其中")
        if any(w in name for w in ("共", "累计", "总", "其中", "合计")):
            break
        clauses.insert(0, (name, found[-1]))
        if at < 0:
            break
        stop = at
    while len(clauses) >= 2:
        names = [n for n, _ in clauses]
        suffix, heads = _heads(names)
        if len(suffix) >= 2 and all(heads) and len(set(heads)) == len(heads) \
                and not any(w in n for n in names for w in lists.overlapping_parts):
            return [c for _, c in clauses]
        clauses.pop(0)
    return []


#: how close to its whole a list that may leave kinds out must add up to for a shortfall to be a slip:
#: a list of a few kinds among many adds up to far less
_NEARLY = 0.9
#: ... and a list of named parts that need not be kinds of one classification (安排工作42人、自主就业139人、
#: 退休2人、供养1人 of 186): a slip when they come this close
_CLOSE = 0.95


def _nearly(parts: float, whole: float, share: float = _NEARLY) -> bool:
    """True when ``parts`` falls short of ``whole`` by a little (at least ``share`` of it)."""
    return share * whole <= parts < whole * (1 - 1e-9)


def _named_parts(items: list[_Count], overlapping: list[str]) -> bool:
    """True when three or more parts are all named, none by a word of ``overlapping``."""
    names = [i.word for i in items]
    return len(items) >= 3 and all(names) and not any(w in n for n in names for w in overlapping)


def _kinds_listed(items: list[_Count], lists: Lists, overlapping: list[str]) -> bool:
    """True when three or more parts name kinds of one classification (刑事类、治安类、交通类…; 邻里纠纷、土地纠纷、
    婚姻纠纷; 婚姻家庭类、邻里纠纷), none by a word of ``overlapping``: a list that reads as the breakdown of its whole."""
    names = [i.word for i in items]
    if len(items) < 3 or not all(names) or any(w in n for n in names for w in overlapping):
        return False
    if len(_heads(names)[0]) >= 2 or _complementary(names, lists.partitions):
        return True
    # kinds named …类 and …纠纷 alike (婚姻家庭类72起、邻里纠纷65起、土地山林类41起)
    ends = {"类" if n.endswith("类") else n[-2:] for n in names}
    return len(ends) == 2 and "类" in ends


def _whole_before(text: str, other: _Count, unit: str, count_re: "re.Pattern[str]") -> Optional[_Count]:
    """The exact count in ``unit`` that ends at most one comma clause before ``other`` (a count of another
    unit), with no sentence break between them; None when there is none."""
    start = start_after(text, other.start)
    clause_start = text.rfind("，", start, other.start)
    clause_start = text.rfind("，", start, clause_start) + 1 if clause_start >= 0 else start
    found = [c for c in _counts(count_re, text, max(start, clause_start), other.start)
             if _same_unit(c.unit, unit) and c.end <= other.start]
    return found[-1] if found and not found[-1].approx else None


def _exceeds(total_of_parts: float, whole: float) -> bool:
    """True when the parts' total is larger than the whole beyond float rounding (1.1亿 + 2.2亿 is 3.3亿)."""
    return total_of_parts > whole * (1 + 1e-9)


def _multiplier(written: str, unit: str) -> str:
    """The multiplier character (万, 亿 …) a count written ``written`` puts before its ``unit``, or ""."""
    at = written.rfind(unit)
    return written[at - 1] if at > 0 and written[at - 1] in _MULTIPLIERS else ""


#: how far before a list intro (其中) the count it splits may start: 调解成功56起，调解成功率96.6%，其中
_WHOLE_REACH = 40


def _part_list_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """Listed parts of a count that add up to more than it: “共排查纠纷417起，其中婚姻家庭纠纷136起、邻里纠纷158起、
    土地纠纷129起”, and “全镇14个社区（村）中，已有9个社区、6个村…”.

    Only lists that split their whole: right after the whole and its intro word, items separated by
    、, all exact and of the whole's unit, none named by a word that lets parts overlap
    (``overlapping_parts``: 党员, 女性, 涉企, 重大…) or include earlier figures (结转, 累计).
    """
    text = document.text
    whole_re, item_re, among_re = _list_patterns(lists.classifiers)
    among = []
    # looked for by the shortest words that start them (each anchor costs a pass over the text)
    for p in occurrences(text, ("其中", "包括", "分别", "分为", "中，", "（")) or []:
        if text.startswith("中，", p):
            among.append(p)
            continue
        if not _DIGIT.search(text, max(0, p - 12), p):
            continue  # no count right before (a noun may follow it: 全乡9个村（社区），其中)
        if text[p] == "（":  # a breakdown in brackets right after its whole: 共检查126家（定点医疗机构28家、定点零售药店96家）
            intro = None if text.startswith(("（其中", "（包括", "（含", "（分别"), p) else _BRACKET_INTRO
        else:
            intro = next((w for w in _LIST_INTROS if text.startswith(w, p)), None)
        if intro is None:
            continue  # 分别 without 为/是/有
        total = _counts(whole_re, text, max(0, p - _WHOLE_REACH), p)
        if not total or total[-1].approx:
            continue
        t = total[-1]
        others: list[_Count] = []  # the sentence's counts of the unit, when a rate stands between
        if "%" in text[t.start:p] or "％" in text[t.start:p]:
            # a rate between (排查186起，化解171起，化解率95.2%，其中…): the list may split the rate's whole as
            # well as its part, so the largest count of the sentence is the whole
            others = [c for c in _counts(_any_count_re(lists.classifiers), text, start_after(text, t.start), t.end)
                      if _same_unit(c.unit, t.unit) and not c.approx]
            t = max(others, key=lambda c: c.value, default=t)
            if any(_same_unit(c.group(3), t.unit) for c in _CN_COUNT.finditer(text, start_after(text, t.start), t.start)):
                continue  # (排查纠纷四十二件，调解成功41件，调解成功率97.6%，其中…: the whole is written in Chinese numerals)
        start = p + len(intro)
        counted = _KINDS_COUNTED.match(text, start) if intro == "分为" else None
        start = counted.end() if counted else start + (text[start:start + 1] in "：:")
        # a division names its kinds with 和 too (分为超限超载类87件和道路运输类52件两类)
        items = _list_items(text, start, item_re, "、和及" if intro == "分为" else _LIST_SEP)
        if len(items) < 2 and intro == "其中":
            # kinds of one classification listed with commas (其中适用简易程序762件，适用普通程序531件)
            listed = _list_items(text, start, item_re, "，")
            # (up to the first count of another unit: 其中现场查档870人次，远程查档430人次，出具证明580余份)
            listed = list(itertools.takewhile(lambda i: listed and _same_unit(i.unit, listed[0].unit), listed))
            names = [i.word for i in listed]
            if len(listed) >= 2 and (_complementary(names, lists.partitions, lists.overlapping_parts)
                                     or _kinds_of_the_whole_s_noun(names, text[max(0, t.start - 12):t.start],
                                                        lists.overlapping_parts)):
                items = listed
        if items and text[items[-1].end:items[-1].end + 1] in ("，", ",") \
                and text.startswith(_REST_WORDS, items[-1].end + 1):
            # the rest after a comma (其中婚姻家庭纠纷32起、邻里纠纷27起，其余纠纷12起)
            rest = _counts_at(item_re, text, items[-1].end + 1)
            if rest is not None:
                items.append(rest)
        if len(items) >= 2 and items[0].unit != t.unit and intro == "其中":
            # 作出处罚决定58件，罚没款312.6万元，其中简易程序27件…: the whole is the clause's
            # count of the parts' unit right before the one of another unit
            t = _whole_before(text, t, items[0].unit, _any_count_re(lists.classifiers)) or t
        if len(items) < 2 or any(not _same_unit(i.unit, t.unit) or i.approx for i in items):
            continue
        if text.startswith(_APPROX_AFTER, items[-1].end) or (intro == _BRACKET_INTRO and text[items[-1].end:items[-1].end + 1] != "）"):
            continue  # (a bracket must hold the list alone)
        if abs(sum(i.value for i in items) - t.value) <= _rounding(text, t):
            continue  # a whole rounded to its last digit (3.2万件，其中4100件、1.86万件、9200件: 31900 is 3.2万)
        kinds_named = [_kind_name(i.word, lists) for i in items]
        one_classification = any(all(k in kinds for k in kinds_named) for kinds in lists.partitions)
        partition = one_classification or _complementary(kinds_named, lists.partitions)
        # a word the whole's own name holds says nothing of overlap (新增减税降费及退税缓费2.36亿元，其中新增减税降费…)
        named = text[max(0, t.start - 16):t.start]
        overlapping = [w for w in lists.overlapping_parts if w not in named
                       and (t.unit in lists.people_units or w not in lists.people_attributes)]
        all_dealt = _ALL_DEALT_RE.search(text, t.start, p) is not None
        if all_dealt:
            # (受理案件326件，……全部审结，其中调解结案198件、裁决结案105件、撤诉30件: the ways all of it was dealt
            # with, which cannot overlap)
            overlapping = [w for w in overlapping if w not in lists.dealing_stages]
        # parts all named by quoted labels are labels one thing may carry with others (“最多跑一次”事项、“全程网办”事项)
        if all("“" in i.word or '"' in i.word for i in items):
            continue
        if not partition and any(w in k for k in kinds_named for w in overlapping):
            # parts that may overlap add up to their whole or more: a complete list short of it is a slip
            parts = sum(i.value for i in items)
            if _complete_list(intro, items, lists) and _exceeds(t.value, parts):
                yield _short_sum_finding(text, items, t, on_parts=bool(others))
            elif _ends_with_the_rest(items) and _exceeds(parts, t.value):
                # …、其他治安案件1758起: a part for the rest makes the parts exclusive, whatever their names
                yield _list_sum_finding(text, items, t, on_parts=bool(others))
            continue
        if intro == "其中" and items[0].value > t.value:
            continue  # the first part alone exceeds the whole: reported as such
        if any(c.value == sum(i.value for i in items) for c in others if c is not t):
            continue  # (排查215起，化解208起，化解率96.7%；其中…: parts adding up to the 208 split that count)
        if intro == "其中" and t.start > start_after(text, t.start) and any(
                _same_unit(c.unit, t.unit) and c.value == sum(i.value for i in items)
                for c in _counts(_any_count_re(lists.classifiers), text, start_after(text, t.start), t.start)):
            continue  # (立案235件，结案221件，罚没款326.8万元，其中…: parts adding up to the sentence's other count)
        if _exceeds(sum(i.value for i in items), t.value):
            yield _list_sum_finding(text, items, t, on_parts=bool(others))
        elif (_complete_list(intro, items, lists) or _kinds_of_the_whole_named(text, t, items)) \
                and _exceeds(t.value, sum(i.value for i in items)):
            yield _short_sum_finding(text, items, t, on_parts=bool(others))
        elif intro == "其中" and ((_nearly(sum(i.value for i in items), t.value)
                                  and ((one_classification and len(items) >= 3) or _kinds_listed(items, lists, overlapping)))
                                 or (_nearly(sum(i.value for i in items), t.value, _CLOSE)
                                     and _named_parts(items, overlapping))
                                 # all of it dealt with, and the parts the ways of one classification: each part
                                 # took one way (已全部审结，其中维持5件、撤销1件、终止2件 of 9)
                                 or (all_dealt and one_classification and len(items) >= 2
                                     and _exceeds(t.value, sum(i.value for i in items)))):
            yield _short_sum_finding(text, items, t, complete=False, on_parts=bool(others))
    for p in among:
        if not _DIGIT.search(text, max(0, p - 17), p):
            continue
        m = among_re.search(text, max(0, p - 24), p + 2)
        if m is None:
            continue
        t = _counts(among_re, text, m.start(), m.end())[0]
        nouns = [n for n in _AMONG_SPLIT.split(m.group("noun")) if n]
        if nouns:
            items = (_among_items(text, p + 2, t.unit, nouns) or _named_among(text, p + 2, t.unit, nouns)
                     or _bare_among(text, p + 2, t.unit))
        else:  # 未参加年检的23家中，对……的27家社会组织: the first count of its unit in the sentence
            items = _named_among(text, p + 2, t.unit, [""])
        if items:
            items += _further_among(text, items[-1].end, t.unit, nouns)
        if items and _exceeds(sum(i.value for i in items), t.value):  # 11个村中，已有12个村: one is enough
            yield _list_sum_finding(text, items, t)
    yield from _kinds_after_qizhong(text)
    yield from _named_kinds_then_figures(text, lists)


#: kinds named and counted, then their figures: 纠纷152起，涉及婚姻家庭、邻里关系、土地权属三类，分别为48起、61起、39起
#: what separates the kinds named before their figures (进乡镇、进社区; 线下宣讲和线上直播)
_KIND_SEPARATORS = recache.compile("、|和|及|与")
_KINDS_THEN_FIGURES = recache.compile(
    rf"[，,](?:涉及|包括|主要为|主要是|(?:按(?:照)?[{CJK}]{{1,6}}?)?分为|共|其中)?"
    rf"(?P<names>[{CJK}]{{2,8}}?(?:(?:、|和|及|与)[{CJK}]{{2,8}}?)+)"
    rf"(?:等?(?P<k>[两三四五六七八九]|\d)(?:类|种|个方面|项|个(?:领域|行业|类别|环节|部分))[，,]?)?分别(?:为|是|有)")


def _named_kinds_then_figures(text: str, lists: Lists) -> Iterator[Finding]:
    """Figures after 分别为 of kinds the sentence names (and counts: …三类，分别为48起、61起、39起) before them
    (其中进乡镇、进社区、进企业分别为22场、15场、14场) that do not add up to the whole before those kinds."""
    if "分别" not in text:
        return
    _, item_re, _ = _list_patterns(lists.classifiers)
    count_re = _any_count_re(lists.classifiers)
    for m in _KINDS_THEN_FIGURES.finditer(text):
        # (the kinds counted, 三类，分别为…, or as many as named: 其中进乡镇、进社区、进企业分别为22场、15场、14场)
        named = len(_KIND_SEPARATORS.split(m.group("names")))
        kinds = cn_to_int(m.group("k")) if m.group("k") else named
        if kinds is None or named != kinds:
            continue
        items = _list_items(text, m.end(), item_re, _LIST_SEP + "和")
        if len(items) != kinds or any(i.word or i.approx for i in items):
            continue  # figures for the kinds named, one each, and nothing else
        before = _counts(count_re, text, start_after(text, m.start()), m.start())
        if not before or before[-1].approx or any(not _same_unit(i.unit, before[-1].unit) for i in items):
            continue
        if before[-1].end != m.start() and not _whole_names_the_kinds(text[before[-1].end:m.start()],
                                                                     _KIND_SEPARATORS.split(m.group("names"))):
            continue  # the whole ends right before the kinds (排查矛盾纠纷152起，涉及…), or names them after it
        whole, parts = before[-1], sum(i.value for i in items)
        if _exceeds(parts, whole.value):
            yield _list_sum_finding(text, items, whole, on_parts=True)
        elif _exceeds(whole.value, parts) and m.group("k"):
            # (only when the kinds are counted: 其中A、B分别为… may name some of them)
            yield _short_sum_finding(text, items, whole, on_parts=True)


def _whole_names_the_kinds(after: str, names: list[str]) -> bool:
    """True when the words ``after`` a whole (up to the kinds) name what the kinds ``names`` are kinds of:
    336家重点企业开展执法检查，其中危险化学品企业、非煤矿山企业、工贸企业分别为… (企业)."""
    head = _heads(names)[0]
    return len(head) >= 2 and head in after[:8] and not any(c in after for c in "，,；;。")


#: a whole that names its kinds, 14个乡镇（街道）, anywhere before a 其中 of its sentence
_KINDS_WHOLE = recache.compile(rf"(?<![\d.])(?P<num>\d+)(?P<unit>个|家|所)(?P<noun>[{CJK}]{{1,6}}[（(][{CJK}、]{{1,8}}[）)])")


@lru_cache(maxsize=16)
def _unit_ends(classifiers: tuple[str, ...]) -> frozenset[str]:
    """The last characters of the units of counts (件, 次 of 人次, 元 of 万元)."""
    return frozenset(c[-1] for c in classifiers if c)


@lru_cache(maxsize=16)
def _partition_words(partitions: tuple[frozenset[str], ...]) -> tuple[str, ...]:
    """Every kind of every classification of the data, the longest first."""
    return tuple(sorted({w for kinds in partitions for w in kinds}, key=len, reverse=True))


def _partition_list_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A count followed, without 其中, by counts of the kinds of one classification that add up to more
    (办理行政复议案件5件，维持4件，撤销2件; 培训120人，男性70人，女性60人)."""
    text = document.text
    if not lists.partitions:
        return
    whole_re, item_re, _among = _list_patterns(lists.classifiers)
    words = _partition_words(lists.partitions)
    ends = _unit_ends(lists.classifiers)
    # (a report has a few hundred commas, each tested against every kind at once, after a count's unit)
    for p in [at + 1 for at in occurrences(text, ("，", ",")) or []
              if text[at - 1:at] in ends and text.startswith(words, at + 1)]:
        total = _counts(whole_re, text, max(0, p - _WHOLE_REACH), p)
        if not total or total[-1].approx:
            continue
        t = total[-1]
        items = _list_items(text, p, item_re, "，,、")
        if len(items) < 2 or any(not _same_unit(i.unit, t.unit) or i.approx for i in items):
            continue
        kinds = next((k for k in lists.partitions if all(i.word in k for i in items)), None)
        if kinds is None:
            continue
        named = text[max(0, t.start - 8):t.start]
        if any(named.endswith(k) for k in kinds) or "其中" in text[start_after(text, t.start):t.start]:
            continue  # the count before is a kind itself (其中首次登记2317件，转移登记9863件)
        if _CARRIED_OVER.search(text, t.end, min(len(text), items[-1].end + 12)):
            continue
        if _exceeds(sum(i.value for i in items), t.value):
            yield _list_sum_finding(text, items, t)


#: a count and the noun it counts (18个社区): a whole that a later “其中21个社区” names again
_NOUN_COUNT = recache.compile(rf"(?<![\d.])(?P<num>\d+)(?P<unit>个|家|所|名|户|座|处)(?P<noun>[{CJK}]{{2,4}})")
#: ... and the part right after 其中
_QIZHONG_NOUN_COUNT = recache.compile(rf"其中[，,]?(?:有)?(?P<num>\d+)(?P<unit>个|家|所|名|户|座|处)(?P<noun>[{CJK}]{{1,4}})")


#: ... or the first count of the clause after 其中 (其中发现统计违法问题的企业31家)
_QIZHONG_LATER_COUNT = recache.compile(
    rf"其中[{CJK}“”（）()]{{1,16}}?(?<![\d.])(?P<num>\d+)(?P<unit>个|家|所|名|户|座|处)(?![次\d])(?P<noun>[{CJK}]{{0,4}})")
#: a count of one of those units (not 家次, 户次)
_UNIT_COUNT = recache.compile(r"(?<![\d.])(?P<num>\d+)(?P<unit>个|家|所|名|户|座|处)(?![次\d])")


#: the units whose things hold no others of the same unit (家 of firms, 名 of people): the only such count
#: before 其中 is the whole, whatever it names
_WHOLE_UNITS = frozenset("家所户名")


def _whole_for(text: str, start: int, at: int, part: "re.Match[str]") -> Optional[tuple["re.Match[str]", str]]:
    """The count before ``at`` in its sentence that the part after 其中 belongs to, with its noun: the last
    one naming the part's noun (or its head), else for a unit of :data:`_WHOLE_UNITS` the only count of it."""
    for whole in reversed(list(_NOUN_COUNT.finditer(text, start, at))):
        if whole.group("unit") != part.group("unit"):
            continue
        named = whole.group("noun")
        noun = next((n for n in _with_heads([named[:k] for k in range(len(named), 1, -1)])
                     if part.group("noun").startswith(n)), None)
        if noun is not None:
            return whole, noun
    if part.group("unit") not in _WHOLE_UNITS:
        return None  # 18个乡镇，其中21个村: things counted by 个 may hold others
    same = [m for m in _UNIT_COUNT.finditer(text, start, at) if m.group("unit") == part.group("unit")]
    return (same[0], "") if len(same) == 1 else None


def _same_noun_wholes(text: str) -> Iterator[Finding]:
    """“全街道18个社区均设立服务站，其中21个社区……”, “对28家调查对象开展检查，其中发现问题的企业31家”:
    the count after 其中 exceeds the whole before it in its sentence (the only count of its unit
    there, or the one naming the same thing)."""
    for at in occurrences(text, ("其中",)) or []:
        part = _QIZHONG_NOUN_COUNT.match(text, at) or _QIZHONG_LATER_COUNT.match(text, at)
        if part is None or text.startswith(("余", "多"), part.end("unit")):
            continue
        start = start_after(text, at)
        found = _whole_for(text, start, at, part)
        if found is None:
            continue
        whole, noun = found
        if text.startswith(("余", "多"), whole.end("unit")) or text[whole.start() - 1:whole.start()] in "约近":
            continue
        if _CARRIED_OVER.search(text, whole.end(), min(len(text), part.end() + 12)):
            continue
        w, p = int(whole.group("num")), int(part.group("num"))
        if p > w:
            yield PART.finding(
                msg(f"分项数大于总数：前文为{w}{whole.group('unit')}{noun}，此处“其中”却有{p}{part.group('unit')}，请核对",
                    f"a part ({p} {part.group('unit')}) exceeds the {w} {whole.group('unit')} {noun} before it; "
                    "check the figures"),
                part.start("num"), part.end("unit"))


def _kinds_after_qizhong(text: str) -> Iterator[Finding]:
    """“全县14个乡镇（街道）…，其中9个乡镇、6个街道…”: the kinds counted after 其中 add up to more
    than the whole that named them earlier in the sentence."""
    at = text.find("其中")
    while at >= 0:
        start = start_after(text, at)
        wholes = list(_KINDS_WHOLE.finditer(text, start, at))
        if wholes and not text.endswith(("中，", "中,"), 0, at):
            m = wholes[-1]
            whole = _Count(m.start("num"), m.end(), float(m.group("num")), m.group("unit"), False, "")
            kinds = [n for n in _AMONG_SPLIT.split(m.group("noun")) if n]
            items = (_among_items(text, at + 2, whole.unit, kinds) if text[at + 2:at + 3].isdigit()
                     else _kind_counts(text, at + 2, whole.unit, kinds, name_first=True))
            if len(items) >= 2 and _exceeds(sum(i.value for i in items), whole.value):
                yield _list_sum_finding(text, items, whole)
        at = text.find("其中", at + 2)


#: the shares of a breakdown by kind (按纠纷类型分，婚姻家庭类占62%、土地权属类占45%): the list after its
#: intro (after 其中, see _share_findings)
_SHARES = recache.compile(
    rf"(?:按[{CJK}]{{1,10}}(?:分|划分|统计)[，,：:]?|从[{CJK}]{{1,8}}(?:看|分布看)[，,：:]?|(?P<qizhong>其中|在[{CJK}]{{1,10}}中)[，,：:]?)"
    rf"(?P<list>[{CJK}“”]{{1,12}}?占(?:比)?\d{{1,3}}(?:\.\d+)?[%％]"
    rf"(?:[、，,][{CJK}“”、]{{1,16}}?占(?:比)?\d{{1,3}}(?:\.\d+)?[%％])+)")
_SHARE_VALUE = recache.compile(r"占(?:比)?(\d{1,3}(?:\.\d+)?)[%％]")
#: the name before 占 of each share of a list
_SHARE_NAME = recache.compile(rf"(?:^|[%％][、，,])([{CJK}“”、]{{1,16}}?)占")


def _kinds_of_the_whole_s_noun(names: list[str], whole_word: str, overlapping: tuple[str, ...]) -> bool:
    """True when ``names`` are kinds of the noun the whole counts (矛盾纠纷36件，其中婚姻家庭纠纷20件，邻里纠纷10件:
    each names a kind of 纠纷 by a word of its own), none named by a word of ``overlapping`` (涉企案件, 重大案件)."""
    suffix, heads = _heads(names)
    return (len(suffix) >= 2 and whole_word.endswith(suffix) and all(heads) and len(set(heads)) == len(heads)
            and not any(w in h for h in heads for w in overlapping))


def _heads(names: list[str]) -> tuple[str, list[str]]:
    """The end all ``names`` share (纠纷 of 邻里纠纷, 土地纠纷) and what comes before it in each."""
    suffix = os.path.commonprefix([n[::-1] for n in names])[::-1]
    return suffix, [n[:len(n) - len(suffix)] for n in names]


def _kinds_named(heads: list[str]) -> tuple[set[str], set[str]]:
    """The kinds the heads of parts' names may name: each head split at 、 (撤销、变更、确认违法类), and each
    head after the words all share (适用简易程序, 适用普通程序)."""
    prefix = os.path.commonprefix(heads)
    return {k for h in heads for k in h.split("、")}, {h[len(prefix):] for h in heads}


def _complementary(names: list[str], partitions: tuple[frozenset[str], ...],
                   overlapping: tuple[str, ...] = ()) -> bool:
    """True when ``names`` differ only in kinds of one classification (线上调解, 线下调解; 适用简易程序案件,
    适用普通程序案件), or name categories none named by a word of ``overlapping`` (土地类, 婚姻家庭类,
    邻里纠纷类; not 涉企类, 重大类)."""
    suffix, heads = _heads(names)
    if len(set(heads)) != len(names) or not all(heads):
        return False
    if suffix.startswith("类") and not any(w in h for h in heads for w in overlapping):
        return True  # categories of one classification (…类, …类纠纷)
    return any(all(named) and any(named <= kinds for kinds in partitions) for named in _kinds_named(heads))


#: the heads of the names of kinds of one classification (市场监管领域, 婚姻家庭类): each thing counted is of one
_KIND_HEADS = ("领域", "类", "类型", "行业")


def _kinds_by_one_head(names: list[str], overlapping: tuple[str, ...]) -> bool:
    """True when two or more shares are named as kinds by one head (市场监管领域、生态环境领域), none by a
    word that lets kinds overlap (涉企领域、重点领域)."""
    if len(names) < 2 or any(w in n for n in names for w in overlapping):
        return False
    head = next((h for h in _KIND_HEADS if names[0].endswith(h)), None)
    return head is not None and all(n.endswith(head) and len(n) > len(head) for n in names)


def _share_findings(text: str, lists: Lists) -> Iterator[Finding]:
    """The shares of one breakdown adding up to more than 100% (婚姻家庭类占62%、土地权属类占45%).

    After 其中 the shares may overlap (线上办理占85%、掌上办理占60%): they are added up only when they
    name the kinds of one classification (线上调解占62%，线下调解占45%)."""
    if "占" not in text:
        return
    for m in _SHARES.finditer(text):
        names = _SHARE_NAME.findall(m.group("list"))
        if m.group("qizhong") and not _complementary(names, lists.partitions, lists.overlapping_parts) \
                and not _kinds_by_one_head(names, lists.overlapping_parts):
            continue
        values = [float(v) for v in _SHARE_VALUE.findall(m.group("list"))]
        total = sum(values)
        if total > 100.5:
            terms = "+".join(_fmt(v) + "%" for v in values)
            yield PART.finding(
                msg(f"各类占比合计超过100%：{terms}={_fmt(round(total, 2))}%，请核对",
                    f"the shares add up to more than 100%: {terms} = {_fmt(round(total, 2))}%; check them"),
                m.start("list"), m.end("list"))


#: a sample drawn from a whole named right before it: “在全县38家规模以上工业企业中随机抽取12家”
#: (group 1 the whole, 2 its unit, 3 the sample in the same unit)
_SAMPLE = recache.compile(rf"(?<![\d.])(\d+)(家|个|户|所|人|件|份|批次|卷)[{CJK}（）()“”]{{1,20}}?中[，,]?"
                          r"(?:随机|按比例|分层)?(?:抽取|抽查|抽选|选取|抽检|抽中)了?(\d+)\2(?![\d余多])")


def _sample_findings(document: Document) -> Iterator[Finding]:
    """A sample larger than the whole it is drawn from (38家企业中随机抽取48家)."""
    text = document.text
    if "抽" not in text and "选取" not in text:
        return
    for m in _SAMPLE.finditer(text):
        whole, part, unit = int(m.group(1)), int(m.group(3)), m.group(2)
        if part > whole:
            yield PART.finding(
                msg(f"抽取数大于总数：从{whole}{unit}中抽取{part}{unit}，请核对",
                    f"the sample is larger than its whole: {part} {unit} drawn from {whole} {unit}; check the figures"),
                m.start(), m.end())


#: the kinds a “N个X（Y）中” whole names (村（社区）: 村 and 社区)
_AMONG_SPLIT = recache.compile(r"[（）()、和及与]")
#: after “…中，” the verb before the parts
_AMONG_VERBS = ("已经有", "已有", "共有", "其中", "有")


#: the one-character heads of the nouns of places and bodies (行政村 → 村): a part may name its whole by them
_HEAD_NOUNS = frozenset("村镇乡户校园所站馆")


def _with_heads(nouns: list[str]) -> list[str]:
    """``nouns`` and the one-character heads they end with (行政村: 村), or are made of (乡镇: 乡, 镇), each once."""
    heads = [n[-1] for n in nouns if len(n) > 1 and n[-1] in _HEAD_NOUNS]
    heads += [n[0] for n in nouns if len(n) == 2 and n[0] in _HEAD_NOUNS and n[1] in _HEAD_NOUNS]
    return list(dict.fromkeys([*nouns, *heads]))


def _among_items(text: str, pos: int, unit: str, nouns: list[str]) -> list[_Count]:
    """The parts “9个社区、6个村” listed at ``pos`` (after 已有, 其中 …) after a whole in ``unit`` that
    names the kinds ``nouns``: each a count of a different one of them (or one count named by the
    head of the whole's noun: 12个行政村中，已有13个村)."""
    pos += next((len(w) for w in _AMONG_VERBS if text.startswith(w, pos)), 0)
    items = _kind_counts(text, pos, unit, nouns)
    if items:
        return items
    # by the heads of the nouns: one count (12个行政村中，已有13个村), or the kinds of a compound (乡镇: 9个镇、7个乡)
    items = _kind_counts(text, pos, unit, _with_heads(nouns))
    return items[:1] if len(nouns) == 1 and len(items) == 1 else items if len(items) > 1 else []


def _named_among(text: str, pos: int, unit: str, nouns: list[str]) -> list[_Count]:
    """The first count in ``unit`` named by a noun ending in one of ``nouns`` in the sentence at ``pos``,
    after a whole “14个社区中，”: 累计创建民主法治示范社区16个 (a part of those 14)."""
    end = min((i for i in (text.find(c, pos) for c in "。；\n") if i >= 0), default=len(text))
    named = recache.compile(rf"(?:{'|'.join(re.escape(n) for n in nouns)})[）)]?({_COUNT_NUM}){re.escape(unit)}(?![余多])")
    m = named.search(text, pos, end)
    return [_Count(m.start(1), m.end(), _value(m.group(1)), unit, False, m.group())] if m else []


#: what follows a count whose noun is left out (已有7个建成法治广场, 另有5个正在建设): a verb
_BARE_VERBS = "(?:正在|已经|已|尚|仍|未|待|正|在建|申报|启动|通过|完成|建成|达到|获评|被评|创建|实现)"


def _bare_among(text: str, pos: int, unit: str) -> list[_Count]:
    """The part “已有7个建成……” at ``pos`` after a whole “11个村（社区）中，”: its noun left out."""
    m = recache.compile(rf"(?:已经有|已有|共有|有)({_COUNT_NUM}){re.escape(unit)}(?={_BARE_VERBS})").match(text, pos)
    return [_Count(m.start(1), m.end(), _value(m.group(1)), unit, False, m.group())] if m else []


def _further_among(text: str, pos: int, unit: str, nouns: list[str]) -> list[_Count]:
    """Counts said to be others than those before them in the sentence at ``pos`` (另有5个村, 其余3个社区):
    further parts of the whole “12个村（社区）中，”."""
    end = min((i for i in (text.find(c, pos) for c in "。；\n") if i >= 0), default=len(text))
    further = recache.compile(rf"(?:另有|还有|其余|其他|剩余)({_COUNT_NUM}){re.escape(unit)}"
                              rf"(?:{'|'.join(re.escape(n) for n in nouns)}|(?={_BARE_VERBS}))")
    return [_Count(m.start(1), m.end(), _value(m.group(1)), unit, False, m.group())
            for m in further.finditer(text, pos, end)]


def _kind_counts(text: str, pos: int, unit: str, kinds: list[str], name_first: bool = False) -> list[_Count]:
    """The 、-list at ``pos`` of counts in ``unit``, each of a different one of ``kinds``: “9个社区、6个村”,
    or with ``name_first`` “乡镇14个、街道5个”."""
    by_length = sorted(kinds, key=len, reverse=True)
    count = recache.compile(rf"({_COUNT_NUM}){re.escape(unit)}")
    items: list[_Count] = []
    while True:
        if name_first:
            kind = next((k for k in by_length if text.startswith(k, pos)), None)
            c = count.match(text, pos + len(kind)) if kind else None
            end = c.end() if c else pos
        else:
            c = count.match(text, pos)
            kind = next((k for k in by_length if text.startswith(k, c.end())), None) if c else None
            end = c.end() + len(kind) if c and kind else pos
        if c is None or kind is None or any(i.word == kind for i in items):
            return items
        items.append(_Count(c.start(1), end, _value(c.group(1)), unit, False, kind))
        if text[end:end + 1] != _LIST_SEP:
            return items
        pos = end + 1


#: the words before a rate's value that make it an upper bound (反馈率不足50%)
_BELOW_WORDS = ("不足", "低于", "不到", "未达到", "未达")
#: a rate and its value (调解成功率为95.3%): the characters before 率 hold the name of the part (of a
#: bounded width: searched for around each 率, see finditer_windowed)
#: (…比例 is such a rate too: 抽查企业83家，抽查比例达到20.1%)
_RATE_VALUE = recache.compile(rf"(?P<name>[{CJK}]{{2,8}}?)(?P<kind>率|比例)(?:为|达到|达|是|{'|'.join(_BELOW_WORDS)})?了?"
                              rf"\s{{0,4}}(?P<value>\d{{1,3}}(?:\.\d{{1,4}})?)%")
#: two numbers, a whole and a part, before a rate that is recomputed
_TWO_NUMBERS = recache.compile(r"\d\D+\d")
#: after a percentage these make it a bound or an estimate (95%以上, 90%左右)
_APPROX_AFTER = ("以上", "以下", "左右", "以内", "上下", "之上")
#: how far (percentage points) a stated rate may be from its figures: rounding, not a wrong figure
_RATE_TOLERANCE = 0.99  # (not 1: 3102 of 3265, 95.0%, is no 96%)
#: …and a change or rate written to a tenth (增长9.4%, 合格率99.2%), which says it was computed to a tenth: 8.6% is
#: another figure, and 118 of 120 (98.3%) is no 99.2%
_TENTH_TOLERANCE = 0.3


#: ... and for a rate of 100%, which says all: only a figure that rounds to 100.0% (19990 of 20000) is taken for it,
#: never 1279 of 1285 (99.5%) with six left undone
_ALL_TOLERANCE = 0.05


def _change_tolerance(stated: str) -> float:
    """How far a change or a rate written ``stated`` (12, 9.4) may be from its figures (see the two tolerances)."""
    return _TENTH_TOLERANCE if "." in stated else _RATE_TOLERANCE


@lru_cache(maxsize=16)
def _exact_count_re(classifiers: tuple[str, ...], complements: tuple[str, ...]) -> "re.Pattern[str]":
    """A count right where it is looked for, after a part verb's complement if any (到位79个): digits
    (thousands grouped or not) and a measure word, no 余/多 (36家)."""
    comp = "|".join(re.escape(w) for w in complements)
    units = _units(classifiers)
    # (a multiplier before the measure word stays with the digits: 4.1万件 is 41000 件)
    return recache.compile(rf"(?:{comp})?({_COUNT_DIGITS}(?:[万千亿](?=(?:{units})))?)({units})(?![余多])")


@lru_cache(maxsize=16)
def _any_count_re(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """Any count of a clause, with no cue word before it (办理工单3264件): the wholes a rate may be computed on."""
    return recache.compile(rf"(?P<word>)(?P<approx>约|近)?(?P<num>{_COUNT_NUM})(?P<mult>[万千亿])?(?P<yu>余|多)?"
                           rf"(?P<unit>{_units(classifiers)})")


#: a share given after its part and whole: …158项，其中…152项，占比达98.2% (or 占……的98.2%); or a
#: rate named by the verb of the sentence (覆盖全县52所中小学中的49所，覆盖率达98%)
_SHARE_AFTER = recache.compile(rf"(?:占比|(?P<name>[{CJK}]{{2,4}})率|占(?P<of>[^，。；！？\d%％\n]{{1,16}}?|[{CJK}]{{1,12}}?\d{{1,7}}[{CJK}]{{1,2}})的|占(?=\d))(?:达到|达|为|是)?"
                               rf"\s{{0,4}}(?P<value>\d{{1,3}}(?:\.\d{{1,4}})?)[%％]")
#: where a match of _SHARE_AFTER holds 占 or 率, at most this far after its start
_SHARE_REACH = 4
#: what says that the count after it is a part of the count before it
_PARTITIVE = ("其中", "中有", "中的", "中，", "中,", "中已有", "发现")
#: a whole of N of a kind and its part right after it: 132所中小学校中已有126所
#: the words that give some of a count just given (14个村中已有13个, 12个乡镇中，现有9个)
_HAVE_SOME = "(?:已有|已经有|共有|现有|均有|有)"
_AMONG_HAS = recache.compile(rf"\d+\s*[所个家户名人村]?[\u4e00-\u9fff（）()]{{0,10}}中[，,]?{_HAVE_SOME}\d")


#: an amount of money, decimals and multiplier allowed (18.6亿元), in the groups of _any_count_re
_AMOUNT = recache.compile(r"(?P<word>)(?P<approx>)(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<mult>[万亿])?(?P<yu>)(?P<unit>元)")


def _over_semicolon(text: str, clause_start: int) -> int:
    """Where the sentence starts when the clause starting at ``clause_start`` follows a ；(the clause before it may
    hold the whole its figures are computed on), else ``clause_start``."""
    return start_after(text, clause_start - 1, "。！？\n") if text[clause_start - 1:clause_start] in ("；", ";") else clause_start


#: the units of the parts of a date, which the count patterns read as counts
_DATE_UNITS = frozenset(("年", "月", "日"))


def _stated_share_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A share (占比N%) that its part and whole right before it contradict (8个村中有6个村…，占比达85%)."""
    text = document.text
    if "占" not in text and "中的" not in text and "中已有" not in text and "中有" not in text:
        return
    any_count = _any_count_re(lists.classifiers)
    for m in finditer_windowed(_SHARE_AFTER, text, occurrences(text, ("占", "率")) or [], _SHARE_REACH):
        start = start_after(text, m.start())
        name = m.group("name")
        if name and (name not in text[start:m.start()] or "中的" not in text[start:m.start()]) \
                and not _AMONG_HAS.search(text, start, m.start()):
            continue  # a rate is read here only when its name is the verb of the sentence (覆盖…中的49所),
            # or after its whole and part (132所中小学校中已有126所聘任法治副校长，配备率达98.5%)
        # (a date is no count: 截至2023年12月31日，已整改问题金额3.2亿元，占…)
        counts = [c for c in _counts(any_count, text, start, m.start()) if not c.approx and c.unit not in _DATE_UNITS]
        if len(counts) == 1 and m.group("of"):
            # the whole given where it is named (…27家企业依法不予处罚，占立案前核查企业数91家的30.8%), or named
            # and given in the sentence before (共检查企业48家。……企业9家，占检查企业总数的17.5%)
            inner = [c for c in _counts(any_count, text, m.start("of"), m.end("of"))
                     if not c.approx and _same_unit(c.unit, counts[0].unit)]
            whole = inner[-1] if inner else _named_whole(text, m.group("of"), counts[0], start, any_count)
            if whole is not None and 0 < counts[0].value <= whole.value and \
                    abs(counts[0].value / whole.value * 100 - float(m.group("value"))) > _change_tolerance(m.group("value")):
                part = counts[0]
                shown = (text[part.start:part.end], text[whole.start:whole.end]) if part.unit == "元" else None
                yield _rate_mismatch_finding(f"占{m.group('of')}的", m.group("value"), part.value, whole.value,
                                             m.start("value"), m.end(), shown)
            continue
        if len(counts) == 1 and not name and _over_semicolon(text, start) < start:
            # parts listed with ；, each with its share (…58处，其中A的52处，占89.7%；B的49处，占86.2%)
            start = _over_semicolon(text, start)
            counts = [c for c in _counts(any_count, text, start, m.start()) if not c.approx]
        if len(counts) < 2:
            # amounts with decimals (支出21.4亿元，其中民生支出18.6亿元，占……的86.9%)
            counts = _counts(_AMOUNT, text, start, m.start())
            if len(counts) < 2:
                continue
        found = _part_and_whole(text, start, counts)
        if found is None:
            continue
        part, whole = found
        stated = m.group("value")
        if abs(part.value / whole.value * 100 - float(stated)) > _change_tolerance(stated):
            called = f"{name}率" if name else (f"占{m.group('of')}的" if m.group("of") else "占比")
            shown = (text[part.start:part.end], text[whole.start:whole.end]) if part.unit == "元" else None
            yield _rate_mismatch_finding(called, stated, part.value, whole.value, m.start("value"), m.end(), shown)


def _part_and_whole(text: str, start: int, counts: list[_Count]) -> Optional[tuple[_Count, _Count]]:
    """The part (the last of ``counts``) and its whole: the last count of its unit before the last
    partitive word before it (1860件，其中即办件1420件，占比76.3%，承诺件440件，占比32.6%: 440 of 1860)."""
    part = counts[-1]
    marker = max(text.rfind(w, start, part.start) for w in _PARTITIVE)
    wholes = [c for c in counts[:-1] if c.end <= marker and _same_unit(c.unit, part.unit)]
    if marker < 0 or not wholes or not 0 < part.value <= wholes[-1].value:
        return None
    return part, wholes[-1]


#: a share written in tenths (八成以上, 约占七成, 近六成): the tenths and what bounds them
_TENTHS = recache.compile(r"(?P<approx>约占|约|近|接近|超过|占)?(?P<n>[一二三四五六七八九])成(?P<tail>以上|左右|多)?(?![员本果效绩为立就])")


def _tenths_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A share in tenths its part and whole contradict (14个村中有11个…覆盖率达到八成以上: 78.6%)."""
    text = document.text
    if "成" not in text:
        return
    any_count = _any_count_re(lists.classifiers)
    for at in occurrences(text, ("成",)) or []:
        if text[at - 1:at] not in "一二三四五六七八九":
            continue
        m = _TENTHS.search(text, max(0, at - 3), at + 3)
        if m is None or not m.start("n") == at - 1:
            continue
        start = start_after(text, m.start())
        if not _AMONG_HAS.search(text, start, m.start()) and "其中" not in text[start:m.start()]:
            continue  # the part and its whole must be the sentence's own
        counts = [c for c in _counts(any_count, text, start, m.start()) if not c.approx]
        found = _part_and_whole(text, start, counts) if len(counts) >= 2 else None
        if found is None:
            continue
        part, whole = found
        share, tenths = part.value / whole.value * 100, int("一二三四五六七八九".index(m.group("n"))) * 10 + 10
        approx, tail = m.group("approx") or "", m.group("tail") or ""
        if tail in ("以上", "多") or approx == "超过":
            ok = share >= tenths - 0.5
        elif approx in ("近", "接近"):
            ok = tenths - 10 < share <= tenths + 0.5
        else:
            ok = abs(share - tenths) <= 5
        if not ok:
            said = m.group()
            yield RATE_MISMATCH.finding(
                msg(f"“{said}”与前文数字不符：{_fmt(part.value)}÷{_fmt(whole.value)}={share:.1f}%，请核对",
                    f"'{said}' does not match its figures: {_fmt(part.value)} / {_fmt(whole.value)} = {share:.1f}%"),
                m.start(), m.end())


def _sentence_before(text: str, start: int) -> Optional[int]:
    """Where the sentence before the one starting at ``start`` starts, or None when it is another paragraph's."""
    before = start_after(text, start - 1)
    return None if "\n" in text[before:start] else before


def _named_whole(text: str, of: str, part: _Count, start: int, any_count: "re.Pattern[str]") -> Optional[_Count]:
    """The exact count of ``part``'s unit in the sentence before ``start`` (same paragraph) that the
    phrase ``of`` (检查企业总数) names: the first and last two characters of its noun stand in the
    words before that count (共检查“四上”企业48家)."""
    noun = of[:-2] if of.endswith(("总数", "总量", "总额")) else of
    if len(noun) < 2:
        return None
    before = _sentence_before(text, start)
    if before is not None:  # (the sentence before in another paragraph is not read so)
        for c in _counts(any_count, text, before, start):
            lead = text[max(before, c.start - 16):c.start]
            # (the noun's end right before the count: 企业48家, 企业数48家)
            if not c.approx and _same_unit(c.unit, part.unit) and noun[:2] in lead and noun[-2:] in lead[-3:]:
                return c
    if len(noun) >= 5:
        # a whole named in full anywhere before, its count right after the name (…查出问题金额4.8亿元。… 占查出问题金额的75%;
        # a shorter name, 检查企业, may be another paragraph's other whole)
        at = text.rfind(noun, 0, start_after(text, start - 1))
        while at >= 0:
            found = _counts(any_count, text, at + len(noun), min(len(text), at + len(noun) + 12))
            if found and found[0].start <= at + len(noun) + 1 and not found[0].approx and _same_unit(found[0].unit, part.unit):
                return found[0]
            at = text.rfind(noun, 0, at)
    return None


def _rate_mismatch_finding(called: str, stated: str, part: float, whole: float, start: int, end: int,
                           shown: Optional[tuple[str, str]] = None) -> Finding:
    """The finding for the rate ``called`` (调解成功率, 占比) stated as ``stated``% where part÷whole is another
    (``shown``: the part and the whole as written, 18.6亿元 and 21.4亿元)."""
    share = f"{shown[0] if shown else _fmt(part)}÷{shown[1] if shown else _fmt(whole)}={part / whole * 100:.1f}%"
    return RATE_MISMATCH.finding(
        msg(f"“{called}{stated}%”与前文数字不符：{share}，请核对",
            f"the rate {stated}% does not match its figures: {share}; check them"), start, end)


#: rates whose whole is a count the rate's name implies, which a report often gives in the sentence before
#: (…行政诉讼案件6件，均依法办理。行政机关负责人出庭应诉5件，出庭应诉率100%): the rate's end, the whole's nouns
_RATES_OF_NAMED_WHOLES = (("出庭应诉", ("行政诉讼", "诉讼案件", "应诉案件")),)
_NAMED_WHOLE_RATES = tuple(end for end, _ in _RATES_OF_NAMED_WHOLES)


def _whole_the_rate_names(text: str, rate: str, start: int, unit: str, any_count: "re.Pattern[str]") -> list[_Count]:
    """The exact counts of ``unit`` in the sentence before ``start`` (same paragraph) named by the nouns of the
    whole that ``rate`` implies (出庭应诉率: 行政诉讼案件6件), or []."""
    nouns = next((n for end, n in _RATES_OF_NAMED_WHOLES if rate.endswith(end)), None)
    if nouns is None:
        return []
    before = _sentence_before(text, start)
    if before is None:
        return []  # the sentence before is another paragraph's
    return [c for c in _counts(any_count, text, before, start) if not c.approx and _same_unit(c.unit, unit)
            and any(n in text[max(before, c.start - 8):c.start] for n in nouns)]


#: subjects narrower than the one a rate names, with that wider one (主要负责人 among the 行政机关负责人 of
#: 行政机关负责人出庭应诉率)
_NARROWER_SUBJECTS = (("主要负责人", "负责人"), ("主要领导", "领导"), ("一把手", "负责人"), ("正职", "负责人"))


def _narrower_subject(clause: str, rate_name: str) -> bool:
    """True when the part's ``clause`` counts a narrower subject than the one the rate names (主要负责人出庭应诉1件
    beside 行政机关负责人出庭应诉率): the two figures count different people.  A rate that names no subject
    (出庭应诉率) is the part's own."""
    return any(narrow in clause and narrow not in rate_name and wide in rate_name for narrow, wide in _NARROWER_SUBJECTS)


def _rate_mismatch_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    text = document.text
    if ("率" not in text and "比例" not in text) or "%" not in text:
        return
    count_at = _exact_count_re(lists.classifiers, lists.part_complements)
    any_count = _any_count_re(lists.classifiers)
    for m in finditer_windowed(_RATE_VALUE, text, occurrences(text, ("率", "比例")) or [], 8):
        (s, _e), = _clauses_at(document, [m.start()])
        # the whole may be a total in the clause before a ；: 受理投诉举报126件，较上年下降10.0%；办结121件，办结率98.4%
        whole_from = _over_semicolon(text, s)
        # (a sentence may open with the part, its whole in the sentence before: see _total_of_the_sentence_before)
        opens_sentence = text[s - 1:s] == "。" and _DIGIT.search(text, s, m.start()) is not None
        # where the part may open the sentence: after the date it is counted at (。截至年底，已办结41件)
        as_of = _AS_OF.match(text, s) if opens_sentence else None
        part_from = as_of.end() if as_of is not None else s
        if text.startswith(_APPROX_AFTER, m.end()) or (not _TWO_NUMBERS.search(text, whole_from, m.start())
                                                        and not m.group("name").endswith(_NAMED_WHOLE_RATES)
                                                        and not opens_sentence):
            continue  # 成功率达95%以上: a bound, not a figure to recompute; or no whole and part to compute it
        part = _named_part(text, m.group("name"), s, m.start(), count_at, lists) or \
            _part_before_verb(text, m.group("name"), s, m.start(), lists) or \
            _part_named_apart(text, m.group("name"), s, m.start(), count_at, lists)
        drawn = None
        if part is None:
            drawn = (_object_named_part(text, m.group("name"), s, m.start(), count_at, any_count, lists)
                     or _subset_part(text, s, m.start(), any_count))
            if drawn is None:
                continue
            part = drawn[0].value, drawn[0].unit, drawn[0].start
        value, unit, at = part
        if text[at - 1:at] == "约":
            continue
        if _narrower_subject(text[start_after(text, at, "，,；;。"):at], text[start_after(text, m.start(), "，,；;。"):m.end()]):
            continue  # 主要负责人出庭应诉1件 … 行政机关负责人出庭应诉率100%: a part of the rate's part
        # the whole is a count of the same unit before the part; which one the rate is computed on
        # (受理120件，其中行政案件56件，办结54件) the text does not say: any that fits is taken
        # a rate that may exceed 100% (完成率) may have a part above its whole (目标1200人，完成1380人)
        unbounded = any(m.group("name").endswith(w[:-1] if w.endswith("率") else w) for w in lists.unbounded)
        # a count listed with the part (维持16件、撤销4件) is its sibling, not its whole
        wholes = [drawn[1]] if drawn else _rate_wholes(text, s, at, value, unit, unbounded, any_count)
        if not wholes and not drawn and whole_from < s and at - s <= 4:
            # only when the clause opens with the part's verb (；办结121件: not ；重大执法决定法制审核18件, a kind of
            # its own), and only a count a total word opens (受理, 共): 参保人数31.46万人 is no whole
            totals = {c.end for c in _counts(_count_patterns(lists)[0], text, whole_from, s)}
            wholes = [c for c in _rate_wholes(text, whole_from, s, value, unit, unbounded, any_count) if c.end in totals]
        if not wholes and not drawn:
            wholes = _whole_the_rate_names(text, m.group("name"), start_after(text, at), unit, any_count)
        if not wholes and not drawn and at - part_from <= 4 and opens_sentence:
            wholes = _total_of_the_sentence_before(text, m.group("name"), s, value, unit, unbounded, any_count, lists)
        if not wholes:
            if not drawn and not unbounded:
                yield from _part_above_its_whole(text, m, s, value, unit, at, any_count)
            continue
        stated, tolerance = float(m.group("value")), _change_tolerance(m.group("value"))
        if stated == 100 and not unbounded:
            tolerance = _ALL_TOLERANCE  # 100% says all: 409 of 412 (99.3%) is not all
        below = next((w for w in _BELOW_WORDS if text.endswith(w, 0, m.start("value"))), "")
        if below:
            if any(value / w.value * 100 < stated for w in wholes):
                continue  # 反馈率不足50%: a bound its figures keep
        elif any(abs(value / w.value * 100 - stated) <= tolerance for w in wholes):
            continue
        elif _agrees_otherwise(text, m.group("name"), s, m.start(), stated, tolerance, value, [w.value for w in wholes],
                               count_at, any_count, lists):
            continue
        whole = wholes[0]  # the first count of the clause: usually its total
        yield _rate_mismatch_finding(f"{m.group('name')}{m.group('kind')}{below}", m.group('value'), value, whole.value,
                                     m.start("value"), m.end(),
                                     _as_written(text, any_count, at, whole))


#: the date a figure is counted at, opening its sentence (截至年底，截至2024年11月底，目前，)
_AS_OF = recache.compile(r"(?:(?:截至|截止|截止到|到)(?:目前|年底|年末|(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年?底|年?末))"
                         r"|目前|年底前)[，,]")


def _total_of_the_sentence_before(text: str, run: str, start: int, value: float, unit: str, unbounded: bool,
                                  any_count: "re.Pattern[str]", lists: Lists) -> list[_Count]:
    """For a rate whose sentence opens with its part (。按期受理480件，及时受理率99.8%), the totals of the
    sentence before that its verb counts (全年共受理群众信访事项486件): a total word opens them, and the
    rate's verb, or a verb ``rate_whole_verbs`` gives for it (办结率: 受理, 办理), stands within a few words before them."""
    before = start_after(text, start - 1, "。！？\n")
    verbs = (run[-2:], *(v for rate, wholes in lists.rate_whole_verbs if run.endswith(rate) for v in wholes))
    totals = {c.end for c in _counts(_count_patterns(lists)[0], text, before, start - 1)}
    return [c for c in _rate_wholes(text, before, start - 1, value, unit, unbounded, any_count)
            if c.end in totals and any(v in text[max(before, c.start - 12):c.start] for v in verbs)]


#: a part above the count before it by more than this share is no slip of that count's part
_ABOVE_BY_A_SLIP = 1.2


def _part_above_its_whole(text: str, rate: "re.Match[str]", start: int, value: float, unit: str, at: int,
                          any_count: "re.Pattern[str]") -> Iterator[Finding]:
    """The part of a rate of at most 100% above the count of its unit right before it, the only whole the rate
    can be computed on (检测1260批次，合格1271批次，合格率99.1%): one of the two figures is wrong.  Not with
    earlier figures in the sentence (含, 结转, 累计), nor a part far above the count (another whole)."""
    if float(rate.group("value")) > 100 or _CARRIED_OVER.search(text, start, rate.end()):
        return
    before = [c for c in _counts(any_count, text, start, at) if _same_unit(c.unit, unit) and not c.approx and c.end <= at]
    if not before:
        return
    whole = before[-1]
    part = any_count.match(text, at)
    if part is None or not whole.value < value <= whole.value * _ABOVE_BY_A_SLIP or _listed_with(text, whole.end, at) \
            or _COMPARED_BASE.search(text, max(start, whole.start - 14), whole.start):
        return
    written = text[whole.start:whole.end]
    yield PART.finding(
        msg(f"“{part.group()}”多于前文的“{written}”，而{rate.group('name')}{rate.group('kind')}为{rate.group('value')}%（不超过100%），"
            "请核对这两个数字",
            f"'{part.group()}' exceeds the '{written}' before it, while the {rate.group('name')} rate is "
            f"{rate.group('value')}%: check the two figures"),
        at, part.end())


def _rate_wholes(text: str, start: int, at: int, value: float, unit: str, unbounded: bool,
                 any_count: "re.Pattern[str]") -> list[_Count]:
    """The counts between ``start`` and the part at ``at`` that may be the whole of its rate: of its unit, exact, not
    smaller (unless the rate may pass 100%), not listed with it, not a figure compared with (较上年的140件)."""
    return [c for c in _counts(any_count, text, start, at)
            if _same_unit(c.unit, unit) and not c.approx and c.end <= at and value > 0
            and (c.value >= value or unbounded) and not _listed_with(text, c.end, at)
            and not _COMPARED_BASE.search(text, max(start, c.start - 14), c.start)]


def _as_written(text: str, any_count: "re.Pattern[str]", at: int, whole: _Count) -> Optional[tuple[str, str]]:
    """The part counted at ``at`` and ``whole`` as written, when one has a multiplier (1.26亿元, 1.52亿元)."""
    part = any_count.match(text, at)
    if part is None or not (part.group("mult") or any(ch in "万千亿" for ch in text[whole.start:whole.end])):
        return None
    return part.group(), text[whole.start:whole.end]


def _agrees_otherwise(text: str, run: str, start: int, end: int, stated: float, tolerance: float, part: float,
                      wholes: list[float], count_at: "re.Pattern[str]", any_count: "re.Pattern[str]", lists: Lists) -> bool:
    """True when ``stated``% (give or take ``tolerance`` points) follows from the clause's counts read another way: the part as the sum
    of the counts of all its names (撤销9件、确认违法5件 for 纠错率), or the whole as the sum of the
    list of kinds the part is listed with (维持52件，撤销、变更或确认违法14件，终止13件: 79)."""
    named = []
    seen: set[int] = set()
    for stem in _part_names(run, lists):
        pos = text.find(stem, start, end)
        while pos >= 0:
            c = count_at.match(text, pos + len(stem), end)
            if c is not None and c.start(1) not in seen and (pos == 0 or text[pos - 1] not in _NEGATIONS):
                seen.add(c.start(1))
                named.append((_written_value(c.group(1)), c.group(2)))
            pos = text.find(stem, pos + 1, end)
    if not named:
        return False
    unit = named[0][1]
    parts = {part, sum(v for v, _u in named)} if len(named) > 1 else {part}
    # the runs of two or more counts of the unit listed one after another (…52件，…14件，…13件), summed
    totals = set(wholes)
    run_total, run_size, last_end = 0.0, 0, -1
    for c in _counts(any_count, text, start, end):
        if c.approx or not _same_unit(c.unit, unit):
            continue
        gap = text[last_end:c.start] if last_end >= 0 else ""
        if last_end < 0 or any(ch.isdigit() for ch in gap) or len(gap) > 16 or any(p in gap for p in "；。："):
            run_total, run_size = 0.0, 0
        run_total, run_size, last_end = run_total + c.value, run_size + 1, c.end
        if run_size > 2 or run_size == 2 and c.value != part:
            # (not a whole and the part right after it: 复议案件8件，纠错2件 is no list of 10)
            totals.add(run_total)
    return any(w > 0 and v <= w and abs(v / w * 100 - stated) <= tolerance for v in parts for w in totals)


def _listed_with(text: str, end: int, at: int) -> bool:
    """True when the count ending at ``end`` is an item of the 、-list that the count at ``at`` closes."""
    return text[end:end + 1] == "、" and not any(c in text[end:at] for c in "，,；;。")


def _part_names(run: str, lists: Lists) -> Iterator[str]:
    """The names a report writes the part of the rate ``run`` (its name without 率) with, longest first.

    The ends of ``run`` (调解成功 → 调解成功, 解成功, 成功) down to its last qualifier or negation
    (按时办结 counts only what was 按时办结, never all that was 办结; 不合格, never what was 合格), the verb before 成功 with 成功 first (调解成功 →
    成功调解), the verb before 覆盖 (检查覆盖 → 检查), and the verbs ``rate_part_verbs`` gives for its end (结案 → 审结, 办结).
    """
    floor = max(max((run.rfind(q) for q in lists.rate_qualifiers), default=-1),
                max(run.rfind(n) for n in _NEGATIONS))  # 不合格率: never the share of 合格
    last = len(run) - 2 if floor < 0 else floor
    for begin in range(0, last + 1):
        yield run[begin:]
    # 及时受理率 of what was 按期受理: the words for "in time" stand for each other
    on_time = next((w for w in lists.on_time_words if run.startswith(w)), None)
    if on_time is not None and floor == len(on_time) - 2:
        yield from (w + run[len(on_time):] for w in lists.on_time_words if w != on_time)
    if run.endswith("成功") and len(run) >= 4 and floor < len(run) - 4:
        yield "成功" + run[-4:-2]
    if run.endswith("覆盖") and len(run) >= 4 and floor < len(run) - 4:
        yield run[-4:-2]  # 检查覆盖率: the share of those 检查 (全年现场检查207家)
    if len(run) >= 4 and floor < len(run) - 4:
        yield run[-2:] + run[-4:-2]  # 问题发现率: the share of what was 发现问题 (发现问题62户次)
    if floor < 0:
        for rate, verbs in lists.rate_part_verbs:
            if run.endswith(rate):
                yield from verbs


#: what a rate's verb was done to, then the kind it names (…法治副校长的学校): the count of those follows
_VERB_NAMED = recache.compile(rf"[{CJK}“”]{{0,12}}?的[{CJK}]{{0,4}}?(?=\d)")


@lru_cache(maxsize=512)
def _verb_count_re(run: str, lists: Lists) -> Optional["re.Pattern[str]"]:
    """A count before a name of the part of the rate ``run`` (9个乡镇通过), None when it has none."""
    stems = sorted({n for n in _part_names(run, lists) if len(n) >= 2}, key=len, reverse=True)
    if not stems:
        return None
    return recache.compile(rf"({_COUNT_DIGITS})({_units(lists.classifiers)})[{CJK}]{{0,4}}?"
                           rf"(?:{'|'.join(re.escape(n) for n in stems)})")


def _part_before_verb(text: str, run: str, start: int, end: int, lists: Lists) -> Optional[tuple[float, str, int]]:
    """(value, unit, offset) of the last count in ``text[start:end]`` written before a name of the part
    of the rate ``run``, with at most a short noun between (其中9个乡镇通过州级验收 for 通过率)."""
    pattern = _verb_count_re(run, lists)
    if pattern is None:
        return None
    found = None
    for m in pattern.finditer(text, start, end):
        if text[m.start() - 1:m.start()] not in _NEGATIONS and not text.startswith(("余", "多"), m.end(2)):
            found = m
    return (_value(found.group(1)), found.group(2), found.start(1)) if found else None


#: how far before the verb of a part named apart its qualifier may stand (其中通过“网上办”“掌上办”渠道办理)
_QUALIFIER_REACH = 12


def _part_named_apart(text: str, run: str, start: int, end: int, count_at: "re.Pattern[str]",
                      lists: Lists) -> Optional[tuple[float, str, int]]:
    """(value, unit, offset) of the count after the verb of a name of the part of the rate ``run`` that is a
    qualifier and a verb (网上办理 for 网办率), written with words between them in a breakdown after 其中
    (其中通过网上渠道办理108件): the qualifier after 其中, the verb right before the count, in one clause."""
    breakdown = text.rfind("其中", start, end)
    if breakdown < 0:
        return None
    for stem in _part_names(run, lists):
        if len(stem) != 4:
            continue
        qualifier, verb = stem[:2], stem[2:]
        at = text.find(qualifier, breakdown + 2, end)
        if at < 0:
            continue
        pos = text.find(verb, at + 2, min(end, at + 2 + _QUALIFIER_REACH))
        if pos < 0 or any(ch in text[breakdown:pos] for ch in "，,；;、。"):
            continue
        c = count_at.match(text, pos + 2, end)
        if c is not None and text[at - 1:at] not in _NEGATIONS:
            return _written_value(c.group(1)), c.group(2), c.start(1)
    return None


def _named_part(text: str, run: str, start: int, end: int, count_at: "re.Pattern[str]",
                lists: Lists) -> Optional[tuple[float, str, int]]:
    """(value, unit, offset) of the count written after a name of the part of the rate ``run`` (its
    name without 率, see :func:`_part_names`) in ``text[start:end]``: 合格36家 for 合格率, 成功调解82件
    for 调解成功率, 审结52件 for 结案率."""
    for stem in _part_names(run, lists):
        size = len(stem)
        pos = text.rfind(stem, start, end)
        while pos >= 0:
            if _another_listed_kind(text, run, stem, pos, start):
                pos = text.rfind(stem, start, pos)
                continue
            breakdown = text.rfind("其中", start, pos)
            if breakdown >= 0 and text.rfind(stem, start, breakdown) >= 0:
                # the part named before a breakdown that names it again (成功化解138件，其中通过人民调解化解97件、…，
                # 化解率97.2%): the list splits the part, the rate is the part's
                pos = text.rfind(stem, start, breakdown)
                continue
            c = count_at.match(text, pos + size, end)
            if c is None:
                # the part as what the verb was done to (已配备法治副校长的学校52所 for 配备率)
                named = _VERB_NAMED.match(text, pos + size, end)
                c = count_at.match(text, named.end(), end) if named is not None else None
            if c is None and text.startswith(_RESULT_COMPLEMENTS, pos + size):
                # the verb with its result (安置到岗80人 for 安置率, 整改到位12处 for 整改率)
                c = count_at.match(text, pos + size + 2, end)
            if c is None and text.startswith(("件", "事项"), pos + size):
                # the part named as the kind of item it is (即办件298件 for 即办率, 即办事项46项)
                c = count_at.match(text, pos + size + (1 if text[pos + size] == "件" else 2), end)
            if c is None and pos + size < end:
                # …or named by its own measure word (优秀卷16卷 for 优秀率)
                c = count_at.match(text, pos + size + 1, end)
                c = c if c is not None and c.group(2) == text[pos + size] else None
            if c is not None and (pos == 0 or text[pos - 1] not in _NEGATIONS) and not text.endswith(lists.deferrals, 0, pos):
                return _written_value(c.group(1)), c.group(2), c.start(1)
            pos = text.rfind(stem, start, pos)
    return None


def _another_listed_kind(text: str, run: str, stem: str, pos: int, start: int) -> bool:
    """True when the end ``stem`` of the rate ``run`` found at ``pos`` ends the name of another kind listed
    there (仲裁结案率 and 其中调解结案214件、裁决结案105件: 裁决结案 is a kind of what was 结案, not the part)."""
    if len(stem) >= len(run) or pos <= start or not is_cjk(text[pos - 1]) or text[pos - 1] == run[-len(stem) - 1]:
        return False
    before = text[max(start_after(text, pos, "，,；;。：:"), start):pos]
    return "其中" in before or "、" in before


#: what a verb's result may add between it and its count (安置到岗80人, 整改到位12处): two characters each
_RESULT_COMPLEMENTS = ("到岗", "到位", "完毕", "成功", "完成", "办结")

#: the object between a rate's verb and its count (违规机构 in 查处违规机构23家 for 查处率)
_VERB_OBJECT = recache.compile(rf"[{CJK}]{{2,8}}?(?=\d)")


def _object_named_part(text: str, run: str, start: int, end: int, count_at: "re.Pattern[str]",
                       any_count: "re.Pattern[str]", lists: Lists) -> Optional[tuple[_Count, _Count]]:
    """(part, whole) of the rate ``run`` when the part is its verb, the verb's object and a count
    (检查定点医药机构186家，查处违规机构23家，查处率15.2%): the whole is then only an earlier count of
    the clause whose noun ends like the object (机构), so that no other count is taken for it."""
    for stem in _part_names(run, lists):
        if len(stem) < 2:
            continue
        pos = text.rfind(stem, start, end)
        while pos >= 0:
            obj = _VERB_OBJECT.match(text, pos + len(stem), end)
            c = count_at.match(text, obj.end(), end) if obj is not None else None
            if c is not None and text[pos - 1:pos] not in _NEGATIONS and not text.startswith(("余", "多"), c.end()):
                value, unit, at = _written_value(c.group(1)), c.group(2), c.start(1)
                kind = obj.group()[-2:]
                # only the nearest earlier count of the unit (受理120件…办结100件: never one further back)
                w = next((w for w in reversed(_counts(any_count, text, start, pos)) if _same_unit(w.unit, unit)), None)
                # the whole's noun before it (共有企业412家) or after it in its clause (对全县412家…企业开展检查)
                if (w is not None and not w.approx and w.value >= value > 0
                        and (_noun_before(text, start, w.start).endswith(kind)
                             or _noun_before(text, start, w.start).endswith(tuple(kind + v for v in lists.request_verbs))
                             or kind in text[w.end:end_before(text, w.end, pos, "，,；;。")])):
                    return _Count(at, c.end(), value, unit, False, stem), w
                return None
            pos = text.rfind(stem, start, pos)
    return None


#: what stands between a count and the count of some of them (14个村（社区）已有13个…, 12个乡镇中，现有9个…)
_HAVE_OF_THEM = recache.compile(rf"[{CJK}（）()]{{0,8}}?(?:中[，,]?)?{_HAVE_SOME}")


def _subset_part(text: str, start: int, end: int, any_count: "re.Pattern[str]") -> Optional[tuple[_Count, _Count]]:
    """(part, whole) when the rate's clause ends with a count of some of the things the count before it
    counts (规上企业64家，已聘请法律顾问的企业51家，覆盖率达79.7%): the part's noun says which (……的企业); or
    when the part follows the whole with 已有 (全镇14个村已有13个建成阵地，覆盖率…)."""
    counts = [c for c in _counts(any_count, text, start, end) if not c.approx]
    if len(counts) < 2:
        return None
    whole, part = counts[-2], counts[-1]
    if not _same_unit(whole.unit, part.unit) or not 0 < part.value <= whole.value:
        return None
    if _HAVE_OF_THEM.fullmatch(text, whole.end, part.start) and text.find("，", part.end, end) >= 0:
        return part, whole  # 全镇14个村（社区）已有13个建成法治文化阵地，覆盖率达100%: some of those counted
    if text.find("，", part.end, end) < 0 or text.find("，", whole.end, part.start) < 0:
        return None  # the part ends a clause of its own, after the whole's
    kind = _noun_before(text, start, whole.start)[-2:]
    named = _noun_before(text, start, part.start)
    if len(kind) < 2 or "的" not in named or not named.endswith(kind):
        return None
    return part, whole


#: the words of a change and whether they say it rises
_CHANGE_WORDS = {"增长": True, "增加": True, "上升": True, "提高": True, "提升": True, "增": True, "升": True,
                 "下降": False, "减少": False, "降低": False, "回落": False, "下滑": False, "减": False, "降": False,
                 "压减": False, "削减": False, "压降": False}
_CHANGE_ALT = "|".join(sorted(_CHANGE_WORDS, key=len, reverse=True))
#: measurement units a change may be computed on besides the counts' (PM2.5 28微克/立方米，较上年的32微克/立方米下降)
_CONCENTRATIONS = "微克/立方米|毫克/立方米|毫克/升|微克/m³|μg/m³|mg/L"
#: the earlier period a count is compared with (2024年, 上年同期, 去年)
_BASE_PERIOD = r"(?:(?:19|20)\d{2}\s*年度?|上一?年度?|去年|前一年)?(?:同期)?(?:末|底)?的?"
#: the words before the earlier figure of a comparison (较2022年的52件): no whole of a rate
_COMPARED_BASE = recache.compile(rf"(?:较|比|同比)\s*{_BASE_PERIOD}$")
#: the text just before a percentage that a change ends with (…增长了12.3%, 压减率达92%, 降幅为20%)
_CHANGE_END = recache.compile(rf"(?:{_CHANGE_ALT})(?:率|幅度?)?(?:达到|达|为)?了?\s*$")


def _named_count(name: str, units: str) -> str:
    """A count with its multiplier and unit in groups named after ``name`` (``then``, ``then_mult``,
    ``then_unit``: what :func:`_change_value` reads)."""
    return rf"(?P<{name}>{_COUNT_NUM})(?P<{name}_mult>[万千亿]?)(?P<{name}_unit>{units})"


#: how a change ends at its percentage's number: the difference may come first (较上年的45件增加7件，
#: 增长15.6%), the rate may have a clause of its own (…下降，降幅为20%)
_CHANGE_PATTERN_TAIL = (r"(?:(?:{alt}|多|少)了?\d+(?:{units})[，,])?(?:同比)?(?P<dir>{alt})"
                        r"(?:率|幅度?|[，,]\s*[增降减](?:幅度?|长率|低率|少率))?(?:达到|达|为)?了?\s*$")


@lru_cache(maxsize=16)
def _change_patterns(classifiers: tuple[str, ...]) -> tuple["re.Pattern[str]", ...]:
    """The two ways a change is written with its figures, each ending at the percentage's number:
    “236件，较2024年的198件增长” (now, then) and “由2024年的45件增加到52件，增长” (then, now)."""
    units = _units(classifiers) + "|" + _CONCENTRATIONS

    change = _CHANGE_PATTERN_TAIL.format(units=units, alt=_CHANGE_ALT)
    now_then = recache.compile(rf"{_named_count('now', units)}[，,]?\s*(?:同比|较|比|相比|与)\s*{_BASE_PERIOD}{_named_count('then', units)}"
                               rf"(?:相比|相较|比较)?[，,]?{change}")
    then_now = recache.compile(rf"[由从]\s*{_BASE_PERIOD}{_named_count('then', units)}[{CJK}]{{0,4}}?(?:{_CHANGE_ALT})(?:到|至)"
                               rf"{_BASE_PERIOD}{_named_count('now', units)}[，,]?{change}")
    return now_then, then_now


@lru_cache(maxsize=16)
def _by_difference_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A change given by its difference, not by the earlier figure (参保人数38.62万人，较上年减少0.47万人，下降1.2%):
    the count, the direction and the difference, and the change."""
    units = _units(classifiers)
    return recache.compile(rf"{_named_count('now', units)}[，,]?\s*(?:同比)?(?:较|比)\s*{_BASE_PERIOD}"
                           rf"(?P<by>{_CHANGE_ALT})了?{_named_count('diff', units)}[，,]"
                           + _CHANGE_PATTERN_TAIL.format(units=units, alt=_CHANGE_ALT))


@lru_cache(maxsize=16)
def _named_change_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A change whose clause names what it counts instead of giving the count (…发生事故14起，
    事故起数较2022年的19起下降，降幅36.8%): the clause's noun, the earlier count and the change."""
    units = _units(classifiers)
    return recache.compile(rf"[，,；]\s*(?P<subject>[{CJK}]{{2,10}}?)(?:同比)?(?:较|比)\s*{_BASE_PERIOD}"
                           rf"{_named_count('then', units)}(?:相比|相较|比较)?[，,]?"
                           + _CHANGE_PATTERN_TAIL.format(units=units, alt=_CHANGE_ALT))


#: what a named subject ends with besides its noun (事故起数, 案件数量, 信访总量)
_SUBJECT_COUNTED = ("起数", "件数", "人数", "次数", "宗数", "户数", "数量", "总数", "总量", "数", "量")
#: the generic nouns a named subject's stem may be counted by (信访总量: 信访事项74件)
_COUNTED_TAILS = ("事项", "案件", "事件", "件")
#: what may stand between a count's noun and its number (发生事故共14起, 受理案件达56件)
_BEFORE_NUMBER = recache.compile(r"(?:共计|合计|总计|共|计|达到|达|为)$")
#: where the noun before a count starts: after the previous punctuation, digit or unit
_NOUN_START = recache.compile(r"[^，,、；;。：:（）()\d\s]*$")


def _noun_before(text: str, start: int, at: int) -> str:
    """The noun written right before the count at ``at`` (not before ``start``), without the words
    that may stand between it and the number: 生产安全事故 in 发生生产安全事故共14起."""
    before = text[max(start, at - 16):at]
    return _BEFORE_NUMBER.sub("", _NOUN_START.search(before).group())


def _named_now(text: str, start: int, found: "re.Match[str]",
               any_count: "re.Pattern[str]") -> Optional[float]:
    """The count of ``found``'s subject in its sentence before it (``start``..): the last exact count
    in the earlier figure's unit whose noun is the subject's (发生生产安全事故14起 for 事故起数), before the
    sentence's 其中 when there is one there, or None."""
    subject = found.group("subject")
    # 案件数 is 案件 + 数, 事故起数 is 事故 + 起数: every reading is tried
    stems = tuple(subject[:-len(w)] for w in _SUBJECT_COUNTED if subject.endswith(w) and len(subject) - len(w) >= 2)
    if not stems:
        return None
    # 信访总量 counts 信访事项 (受理信访事项74件) as 案件数 counts 案件
    stems += tuple(stem + tail for stem in stems for tail in _COUNTED_TAILS)
    unit = found.group("then_unit")
    # (or the noun opens with a stem of three characters or more: 排查调处矛盾纠纷312件 for 排查调处数量)
    long_stems = tuple(st for st in stems if len(st) >= 3)
    named = [c for c in _counts(any_count, text, start, found.start())
             if c.unit == unit and not c.approx and ((noun := _noun_before(text, start, c.start)).endswith(stems)
                                                     or any(st in noun for st in long_stems))]
    # the parts after 其中 are not the subject's figure when the whole was named before them (信访事项1326件，
    # 其中…网上信访703件，信访总量较2023年的1517件下降12.6%: 1326)
    qizhong = text.find("其中", start, found.start())
    before = [c for c in named if c.end <= qizhong]
    return (before or named)[-1].value if named else None


def _whole_of_listed_part(text: str, start: int, found: "re.Match[str]", lists: Lists) -> Optional[float]:
    """The whole before 其中 when the count a change follows closes that 其中 list (案件34件，其中简易程序21件、
    普通程序13件，较2022年的40件下降15.0%: the change is of the 34), or None."""
    qizhong = text.rfind("其中", start, found.start("now"))
    listed = text[qizhong:found.start("now")] if qizhong >= 0 else ""
    if "、" not in listed or any(c in listed for c in "，,；;。"):
        return None  # (其中疑难复杂纠纷34起，较2022年的40起下降15%: a part of its own, changed)
    wholes = list(_before_qizhong_re(lists.classifiers).finditer(text, start, qizhong + 2))
    if not wholes or wholes[-1].group("unit") != found.group("now_unit") or wholes[-1].group("approx") or wholes[-1].group("yu"):
        return None
    return _value(wholes[-1].group("num"), wholes[-1].group("mult"))


def _change_value(m: "re.Match[str]", name: str) -> float:
    return _value(m.group(name), m.group(f"{name}_mult"))


#: a rate that moved from one percentage to another, then the change written in percent:
#: 由上年的92%提升至100%，提高8% (8 is the difference: 8个百分点)
_RATE_MOVE = recache.compile(
    r"(?:由|从)(?:(?:19|20)\d{2}\s*年度?(?:同期)?的?)?[^，。；%％\d]{0,8}?(?P<a>\d{1,3}(?:\.\d+)?)[%％](?P<verb>提高|提升|上升|增加|增长|下降|降低|减少)(?:到|至)"
    r"(?:(?:19|20)\d{2}\s*年度?的?)?(?P<b>\d{1,3}(?:\.\d+)?)[%％][，,]?\s*(?:提高|提升|上升|增加|增长|下降|降低|减少)了?(?P<c>\d{1,3}(?:\.\d+)?)"
    r"(?P<points>个百分点|[%％])")


@lru_cache(maxsize=16)
def _direction_patterns(classifiers: tuple[str, ...]) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """A count compared with an earlier one and the direction of the change, no percentage
    (立案17件，较上年的21件有所增加): the count that ends right before 较/比, and what follows it."""
    units = _units(classifiers)
    now = recache.compile(rf"(?P<now>{_COUNT_DIGITS})(?P<unit>{units})[，,]?\s*$")
    then = recache.compile(
        rf"(?:较|比)\s*{_BASE_PERIOD}(?P<then>{_COUNT_DIGITS})(?P<unit>{units})"
        r"(?:有所|明显|大幅)?(?P<dir>增加|增长|上升|提高|减少|下降|降低)(?![了\d])(?!\s*[\d.]+\s*[%％])")
    return now, then


def _direction_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A change whose direction its two figures contradict (立案17件，较上年的21件有所增加).

    Looked for from each 较 and 比 (a few in a report): a pattern starting with the count would be
    tried at every digit."""
    text = document.text
    now_re, then_re = _direction_patterns(lists.classifiers)
    for p in occurrences(text, ("较", "比")) or []:
        m = then_re.match(text, p)
        before = now_re.search(text, max(0, p - 16), p) if m else None
        if before is None or before.group("unit") != m.group("unit"):
            continue
        now, then = _value(before.group("now")), _value(m.group("then"))
        if now != then and (now > then) != _CHANGE_WORDS[m.group("dir")]:
            yield _direction_finding(_fmt(then), _fmt(now), m.group("unit"), m.group("dir"), m.start("dir"), m.end("dir"))


def _direction_finding(then: str, now: str, unit: str, word: str, start: int, end: int) -> Finding:
    """The finding for a change ``word`` (增加, 提高到 …) from ``then`` to ``now`` (as written) that goes the other way."""
    fell = float(now) < float(then)
    return CHANGE_MISMATCH.finding(
        msg(f"{now}{unit}比{then}{unit}{'少' if fell else '多'}，却写作“{word}”，请核对",
            f"{now} {unit} against {then} {unit} is a {'fall' if fell else 'rise'}, yet the text says '{word}'; "
            "check the figures"),
        start, end)


#: a value from one figure to another with the direction between (由上年的62.3%提高到61.8%, 从80件下降到92件)
_FROM_TO = recache.compile(
    r"(?:由|从)(?:上年|去年|上一年|\d{4}年)?(?:的|底的)?(?P<then>\d+(?:\.\d+)?)(?P<unit>[%％]|个百分点|件|人次|人|个|家|起|次)"
    r"(?P<dir>提高|提升|上升|增长|增加|增至|升至|下降|降低|减少|降至|减至|回落)(?:到|至)?"
    r"(?P<now>\d+(?:\.\d+)?)(?P=unit)")


def _from_to_findings(document: Document) -> Iterator[Finding]:
    """A change told from one figure to the other whose direction they contradict (由62.3%提高到61.8%)."""
    text = document.text
    for p in occurrences(text, ("由", "从")) or []:
        m = _FROM_TO.match(text, p)
        if m is None:
            continue
        then, now = float(m.group("then")), float(m.group("now"))
        if now != then and (now > then) != _CHANGE_WORDS[m.group("dir").rstrip("至")]:
            yield _direction_finding(m.group("then"), m.group("now"), m.group("unit"), m.group("dir"), m.start(), m.end())


@lru_cache(maxsize=16)
def _difference_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A count, the earlier one after 较/比 and the difference between them (87件次，较2024年的102件次减少25件次)."""
    units = _units(classifiers)
    return recache.compile(
        rf"(?<![\d.])(?P<now>{_COUNT_DIGITS})(?P<unit>{units})[，,]?\s*(?:同比)?(?:较|比)\s*{_BASE_PERIOD}"
        rf"(?P<then>{_COUNT_DIGITS})(?P=unit)(?P<dir>增加|增长|上升|多|减少|下降|降低|少)了?(?P<diff>{_COUNT_DIGITS})(?P=unit)"
        r"(?![%％\d])")


def _difference_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A difference its two figures contradict (87件次，较2024年的102件次减少25件次: 15)."""
    text = document.text
    for p in occurrences(text, ("较", "比")) or []:
        m = _difference_pattern(lists.classifiers).search(text, max(0, p - 14), p + 40)
        if m is None or not m.start() < p < m.end():
            continue
        now, then, diff = _value(m.group("now")), _value(m.group("then")), _value(m.group("diff"))
        rises = m.group("dir") in ("增加", "增长", "上升", "多")
        if (now - then if rises else then - now) != diff:
            right = abs(now - then)
            way = "增加" if now > then else "减少"
            yield CHANGE_MISMATCH.finding(
                msg(f"由{_fmt(then)}到{_fmt(now)}是{way}{_fmt(right)}{m.group('unit')}，此处写作“{m.group('dir')}"
                    f"{m.group('diff')}{m.group('unit')}”，请核对",
                    f"from {_fmt(then)} to {_fmt(now)} is a change of {_fmt(right)}, not '{m.group('dir')}{m.group('diff')}'"),
                m.start("dir"), m.end())


#: an amount before its saving: the budget (预算金额5.82亿元), then what was spent (实际采购金额5.47亿元), then
#: the saving (节约资金0.45亿元), each in 元 with its multiplier
def _amount(k: str) -> str:
    """An amount in 元 after its noun (金额5.82亿元), in groups named ``k`` (the figure) and ``km`` (万, 亿)."""
    return rf"[\u4e00-\u9fff]{{0,4}}?(?:为|达|共|合计)?(?P<{k}>\d+(?:\.\d+)?)(?P<{k}m>[万亿]?)元"


_SAVING = recache.compile(
    r"(?P<aw>预算|送审|概算|申报|控制价|最高限价)" + _amount("a") + r"[，,、]"
    r"[\u4e00-\u9fff]{0,8}?(?P<bw>实际|审定|成交|中标|决算|核定)" + _amount("b") + r"[，,、]"
    r"[\u4e00-\u9fff]{0,6}?(?P<cw>节约|节省|审减|核减|节支)" + _amount("c"))
_SAVING_WORDS = ("节约", "节省", "审减", "核减", "节支")


def _saving_findings(document: Document) -> Iterator[Finding]:
    """A saving that is not the budget less what was spent (预算5.82亿元，实际5.47亿元，节约0.45亿元: 0.35)."""
    text = document.text
    for p in occurrences(text, _SAVING_WORDS) or []:
        start = start_after(text, p)
        m = _SAVING.search(text, start, p + 24)
        if m is None or m.start("cw") != p:
            continue
        a, b, c = (_value(m.group(k), m.group(k + "m")) for k in ("a", "b", "c"))
        # the figures are rounded to their last digit: the saving may be off by the sum of their roundings
        slack = sum(0.5 * 10 ** -_decimals(m.group(k)) * _MULTIPLIERS.get(m.group(k + "m"), 1) for k in ("a", "b", "c"))
        if abs(a - b - c) <= slack + 1e-9 * a:
            continue
        unit = m.group("cm") + "元"
        right = _fmt(round((a - b) / _MULTIPLIERS.get(m.group("cm"), 1), 6))
        yield CHANGE_MISMATCH.finding(
            msg(f"{m.group('aw')}{m.group('a')}{m.group('am')}元减去{m.group('bw')}{m.group('b')}{m.group('bm')}元为"
                f"{right}{unit}，此处写作“{m.group('cw')}{m.group('c')}{unit}”，请核对",
                f"{m.group('a')}{m.group('am')} less {m.group('b')}{m.group('bm')} is {right}{unit}, "
                f"not the stated {m.group('c')}{unit}; check the figures"),
            m.start("cw"), m.end())


def _decimals(written: str) -> int:
    """How many digits a number is written with after its point (5.82 → 2)."""
    return len(written) - written.index(".") - 1 if "." in written else 0


#: a count (…量, …数, …额) said to change by percentage points (网上办件量同比增长23.5个百分点): points are
#: differences of rates; a count changes by a percentage (not 办件量占比提高2个百分点, 网办率提高3个百分点)
_COUNT_IN_POINTS = recache.compile(
    rf"(?P<noun>[{CJK}]{{1,4}}(?<![占比率重度])(?:量|数|额|总量|总数|总额))(?:同比|较上年|比上年|较去年|比去年)?"
    r"(?:增长|增加|提高|提升|上升|下降|减少|降低)了?(?P<n>\d+(?:\.\d+)?)个百分点")


def _percentage_point_findings(document: Document) -> Iterator[Finding]:
    """A change between two rates written in percent where it is their difference (92%→100%，提高8%);
    a count said to change by percentage points (办件量同比增长23.5个百分点)."""
    text = document.text
    if "个百分点" in text:
        for m in _COUNT_IN_POINTS.finditer(text):
            yield CHANGE_MISMATCH.finding(
                msg(f"“{m.group('noun')}”是数量，其增减应以百分比表示（{m.group('n')}%）；“个百分点”只用于比率之差",
                    f"'{m.group('noun')}' is a count: its change is a percentage ({m.group('n')}%), not percentage "
                    "points, which are differences of rates"),
                m.start("n"), m.end(), f"{m.group('n')}%")
    if "%" not in text and "％" not in text:
        return
    for m in _RATE_MOVE.finditer(text):
        a, b, c = float(m.group("a")), float(m.group("b")), float(m.group("c"))
        if m.group("points") == "个百分点":
            if abs(abs(b - a) - c) > 0.05:  # 由92.5%提升至96.8%，提升4.7个百分点: 4.3
                difference = _fmt(round(abs(b - a), 2))
                yield CHANGE_MISMATCH.finding(
                    msg(f"由{m.group('a')}%到{m.group('b')}%相差{difference}个百分点，此处写作{m.group('c')}个百分点，请核对",
                        f"from {m.group('a')}% to {m.group('b')}% is {difference} percentage points, "
                        f"not {m.group('c')}; check the figures"),
                    m.start("c"), m.end())  # which of the three figures is wrong the text does not say
            continue
        relative = abs(b - a) / a * 100 if a else None
        # the relative change, to the digits the text gives, is another figure (3.2 is no rounding of 3.47)
        written = m.group("c")
        rounding = 0.5 / 10 ** _decimals(written)
        if abs(abs(b - a) - c) < 0.05 and relative is not None and abs(relative - c) > rounding:
            yield CHANGE_MISMATCH.finding(
                msg(f"由{m.group('a')}%到{m.group('b')}%的变化是{m.group('c')}个百分点（相对增减{relative:.1f}%），"
                    f"“{m.group('c')}%”应写作“{m.group('c')}个百分点”",
                    f"from {m.group('a')}% to {m.group('b')}% is a change of {m.group('c')} percentage points "
                    f"(a relative change of {relative:.1f}%): write '{m.group('c')}个百分点'"),
                m.start("c"), m.end(), f"{m.group('c')}个百分点")


@lru_cache(maxsize=16)
def _net_change_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """Additions, removals and the net change of one count in one clause (新增312人、退出298人，净增14人)."""
    units = _units(classifiers)
    return recache.compile(
        rf"(?:新增|增加|新纳入|纳入|新办|新登记)[{CJK}]{{0,8}}?(?P<added>{_COUNT_DIGITS})(?P<unit>{units})[、，,]\s*"
        rf"(?:[{CJK}]{{0,4}}?)(?:退出|减少|注销|清退|取消|核减|停保|停发)[{CJK}]{{0,8}}?(?P<removed>{_COUNT_DIGITS})(?P=unit)"
        rf"[，,、]\s*净(?P<dir>增加|增|减少|减)了?(?P<net>{_COUNT_DIGITS})(?P=unit)")


def _net_change_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A net change that its additions and removals contradict (新增312人、退出298人，净增24人)."""
    text = document.text
    if "净" not in text:
        return
    for m in _net_change_pattern(lists.classifiers).finditer(text):
        added, removed, net = (_value(m.group(k)) for k in ("added", "removed", "net"))
        computed = added - removed if m.group("dir").startswith("增") else removed - added
        if computed != net:
            unit, says = m.group("unit"), f"净{m.group('dir')}{m.group('net')}{m.group('unit')}"
            yield CHANGE_MISMATCH.finding(
                msg(f"“{says}”与增减数不符：{_fmt(added)}−{_fmt(removed)}={_fmt(added - removed)}{unit}，请核对",
                    f"'{says}' does not match its figures: {_fmt(added)} − {_fmt(removed)} = "
                    f"{_fmt(added - removed)} {unit}; check them"),
                m.start("dir") - 1, m.end())


def _change_mismatch_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A change in percent that its own two figures contradict (较2024年的198件增长12.3% after 236件)."""
    text = document.text
    patterns = _change_patterns(lists.classifiers)
    for sign in _document_offsets(document, "%％"):
        start = sign
        while start > 0 and _in_percent(text[start - 1]):
            start -= 1
        start += len(text[start:sign]) - len(text[start:sign].lstrip())
        if start == sign or not _CHANGE_END.search(text, max(0, start - 3), start):
            continue  # most percentages are no change
        m = _PERCENT.match(text, start)
        if m is None:
            continue
        s, _ = _clauses_at(document, [m.start()])[0]
        window = max(s, m.start() - 80)
        found = next((f for f in (p.search(text, window, m.start()) for p in patterns) if f is not None), None)
        then = None
        if found is None:
            found = _by_difference_pattern(lists.classifiers).search(text, window, m.start())
            if found is not None and found.group("now_unit") == found.group("diff_unit"):
                now, diff = _change_value(found, "now"), _change_value(found, "diff")
                then = now - diff if _CHANGE_WORDS[found.group("by")] else now + diff  # 较上年减少0.47万人
            else:
                found = _named_change_pattern(lists.classifiers).search(text, window, m.start())
                now = _named_now(text, s, found, _any_count_re(lists.classifiers)) if found else None
                if now is None:
                    continue
        elif found.group("now_unit") != found.group("then_unit"):
            continue
        elif text[found.start("now") - 1:found.start("now")] in ("约", "近") or text.startswith(("余", "多"), found.end("now")):
            continue
        else:
            now = _change_value(found, "now")
            now = _whole_of_listed_part(text, s, found, lists) or now
        if then is None:
            then = _change_value(found, "then")
        if then <= 0:
            continue
        computed = (now - then) / then * 100
        stated = float(m.group(1)) * (1 if _CHANGE_WORDS[found.group("dir")] else -1)
        if abs(computed - stated) <= _change_tolerance(m.group(1)):
            continue
        mult = found.groupdict().get("then_mult") or found.groupdict().get("now_mult") or ""
        yield _change_finding(found.group("dir"), m.group(1), now, then, m.start(), m.end(), mult)


#: a rate closing the clause before a change (调解成功率96%，较上年的140件同比增长10%)
_RATE_BEFORE_CHANGE = recache.compile(r"率(?:达到|达|为)?\d{1,3}(?:\.\d+)?[%％][，,]\s*(?:同比)?$")


@lru_cache(maxsize=16)
def _after_rate_change_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A change with its earlier figure only, from its 较 or 比: 较上年的140件同比增长10%."""
    units = _units(classifiers)
    return recache.compile(rf"(?:较|比)\s*{_BASE_PERIOD}{_named_count('then', units)}(?:相比|相较|比较)?[，,]?(?:同比)?"
                           rf"(?P<dir>{_CHANGE_ALT})(?:率|幅度?)?(?:达到|达|为)?了?(?P<pct>\d{{1,3}}(?:\.\d+)?)[%％]")


def _after_rate_change_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A change told after a rate, of a count of the sentence before it, that none of them fits
    (调解纠纷126件，调解成功121件，调解成功率96%，较上年的140件同比增长10%: 126 and 121 are fewer than 140)."""
    text = document.text
    if "率" not in text:
        return
    pattern = _after_rate_change_pattern(lists.classifiers)
    any_count = _any_count_re(lists.classifiers)
    for p in occurrences(text, ("较", "比")) or []:
        rate = _RATE_BEFORE_CHANGE.search(text, max(0, p - 16), p)
        m = pattern.match(text, p) if rate else None
        if m is None or text.startswith(("余", "多"), m.end("then")):
            continue
        then = _change_value(m, "then")
        sentence = max(text.rfind(c, 0, rate.start()) for c in "。；;！？\n") + 1
        counts = [c for c in _counts(any_count, text, sentence, rate.start())
                  if c.unit == m.group("then_unit") and not c.approx]
        if then <= 0 or not counts:
            continue
        sign = 1 if _CHANGE_WORDS[m.group("dir")] else -1
        tolerance = _change_tolerance(m.group("pct"))
        if any(abs((c.value - then) / then * 100 - sign * float(m.group("pct"))) <= tolerance for c in counts):
            continue
        yield _change_finding(m.group("dir"), m.group("pct"), counts[0].value, then, m.start("dir"), m.end())


@lru_cache(maxsize=16)
def _figures_after_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A change in percent with its two figures after it: 下降15%，由80件降至72件."""
    units = _units(classifiers)
    return recache.compile(
        rf"(?P<dir>{_CHANGE_ALT})(?P<pct>\d{{1,3}}(?:\.\d+)?)[%％][，,（(]?(?:由|从)(?P<then>\d+(?:\.\d+)?)(?P<then_unit>{units})"
        rf"(?:降至|降到|下降至|下降到|减少至|减少到|减至|增至|增加至|增加到|上升至|上升到|提高至|提高到|升至)"
        rf"(?P<now>\d+(?:\.\d+)?)(?P<now_unit>{units})(?![余多])")


def _figures_after_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A change its two figures told right after it contradict (较2024年下降15%，由80件降至72件: 10%)."""
    text = document.text
    if "由" not in text and "从" not in text:
        return
    pattern = _figures_after_pattern(lists.classifiers)
    for p in occurrences(text, ("%，由", "%，从", "%,由", "%（由", "%(由", "％，由")) or []:
        at = p
        while at > 0 and (text[at - 1].isdigit() or text[at - 1] == "."):
            at -= 1
        m = next((r for r in pattern.finditer(text, max(0, at - 4), p + 40) if r.start("pct") == at), None)
        if m is None or m.group("then_unit") != m.group("now_unit"):
            continue
        then, now = float(m.group("then")), float(m.group("now"))
        if then <= 0:
            continue
        computed = (now - then) / then * 100
        stated = float(m.group("pct")) * (1 if _CHANGE_WORDS[m.group("dir")] else -1)
        if abs(computed - stated) > _change_tolerance(m.group("pct")):
            yield _change_finding(m.group("dir"), m.group("pct"), now, then, m.start("dir"), m.end("pct") + 1)


def _change_finding(word: str, stated: str, now: float, then: float, start: int, end: int, mult: str = "") -> Finding:
    """The finding for a change ``word`` (增长, 下降…) of ``stated`` percent from ``then`` to ``now``, which is another
    (the figures shown in the multiplier ``mult`` they were written with: 18.6亿, 17.2亿)."""
    computed = (now - then) / then * 100
    factor = _MULTIPLIERS.get(mult, 1)
    nv, tv = (_fmt(round(v / factor, 6)) + mult for v in (now, then))
    way_zh, way_en = ("增长", "a rise") if computed >= 0 else ("下降", "a fall")
    return CHANGE_MISMATCH.finding(
        msg(f"“{word}{stated}%”与所列数字不符：（{nv}−{tv}）÷{tv}，即{way_zh}{abs(computed):.1f}%，请核对",
            f"'{word} {stated}%' does not follow from the figures: ({nv} - {tv}) / {tv} is "
            f"{way_en} of {abs(computed):.1f}%; check them"),
        start, end)


#: an average per kind of a sentence's total (平均每个社区4场), the kind, the average and its unit
_AVERAGE = recache.compile(
    rf"平均每(?:个|名|位|家|所|户)?(?P<noun>[{CJK}]{{1,4}}?)[{CJK}]{{0,4}}?(?<!约)(?<!近)"
    r"(?P<avg>\d+(?:\.\d+)?)(?P<unit>人次|场次|小时|课时|场|次|件|人|份|个|名|起|期|篇|条|家|户|所|项|批|册|万元|元)(?![余多])")


#: counts of kinds (12个社区, 8个村) in the sentence of an average
_OTHER_KINDS = recache.compile(rf"(?<![\d.])(\d+)个([{CJK}]{{1,4}})")


#: a whole said to be done in full, then a rate of the same thing below 100% (全镇18个村（社区）全部建成便民服务代办点，
#: 代办点覆盖率达到90%): the object of the first clause, and the rate in the next
_ALL_THEN_RATE = recache.compile(
    rf"\d+[个家所座][{CJK}（）()]{{0,12}}?(?:全部|均已|均)(?:已)?(?:建成|建立|完成|配备|设立|实现|开通|接入|覆盖)(?:了)?"
    rf"(?P<obj>[{CJK}]{{2,12}})[，,](?P<name>[{CJK}]{{2,10}}?)(?:覆盖|配备|建成|完成|建立|设立|开通|接入)率"
    r"(?:达到|达|为)?(?P<value>\d{1,2}(?:\.\d+)?)%")


def _all_but_rate_findings(document: Document) -> Iterator[Finding]:
    """A rate below 100% of what the clause before says was done for all (全部建成代办点，代办点覆盖率达到90%)."""
    text = document.text
    if "全部" not in text and "均" not in text:
        return
    for m in _ALL_THEN_RATE.finditer(text):
        obj, name = m.group("obj"), m.group("name")
        # the rate counts what the clause before says all have: its name holds a word of that object
        if not any(name[i:i + 2] in obj for i in range(len(name) - 1)):
            continue
        yield RATE_MISMATCH.finding(
            msg(f"前文说{obj}已全部建成（全部覆盖），此处比率却为{m.group('value')}%，应为100%，请核对",
                f"the clause before says every one has {obj}, yet the rate is {m.group('value')}%, not 100%; "
                "check the figures"),
            m.start("value"), m.end())


def _average_findings(document: Document) -> Iterator[Finding]:
    """An average its sentence's total and count contradict: 16个社区…讲座48场…平均每个社区4场 (48÷16=3)."""
    text = document.text
    for p in occurrences(text, ("平均每",)) or []:
        m = _AVERAGE.match(text, p)
        if m is None:
            continue
        noun, unit, avg = m.group("noun"), m.group("unit"), float(m.group("avg"))
        s = start_after(text, p)
        kinds = list(recache.compile(rf"(?<![\d.])(\d+)个?{re.escape(noun)}").finditer(text, s, p))
        totals = [t for t in recache.compile(rf"(?<![\d.约近])(\d+)(?:{re.escape(unit)})(?![余多])").finditer(text, s, p)]
        if len(kinds) != 1 or not totals:
            continue  # the count of kinds and the total must be the sentence's own, without doubt
        if any(not k.group(2).startswith(noun) for k in _OTHER_KINDS.finditer(text, s, p)):
            continue  # counts of other kinds too (8个村和12个社区…): what the total is of is not sure
        n, total = int(kinds[0].group(1)), int(totals[-1].group(1))
        if n <= 0:
            continue
        written = m.group("avg")
        rounding = 0.5 / 10 ** _decimals(written)
        if abs(total / n - avg) > rounding:
            share = f"{total}÷{n}={_fmt(round(total / n, 2))}"
            yield RATE_MISMATCH.finding(
                msg(f"“{m.group()}”与前文数字不符：{share}{unit}，请核对",
                    f"the average {written} {unit} per {noun} does not match its figures: {share}; check them"),
                m.start("avg"), m.end())


#: the earlier period in the brackets of a change (（2023年为1380起）)
#: (the verb of the count may be repeated after the year: （2020年新登记4963户）)
_BRACKET_PERIOD = r"(?:(?:19|20)\d{2}\s*年度?|上一?年度?|去年)(?:同期)?(?:为|是|有|共|新登记|登记|受理|办理|立案|查处|发生|办结|完成)?"


@lru_cache(maxsize=16)
def _bracketed_named_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A change whose clause names what it counts, its earlier figure in brackets after it (…立案查处环境违法
    案件42件，…，案件数同比增长15.2%（2022年为37件）): the subject, the change and the earlier count."""
    units = _units(classifiers)
    return recache.compile(
        rf"[，,；]\s*(?P<subject>[{CJK}]{{2,10}}?)(?:同比|较上年|比上年)(?P<dir>{_CHANGE_ALT})了?"
        rf"(?P<pct>\d{{1,3}}(?:\.\d+)?)[%％][（(]\s*{_BRACKET_PERIOD}(?P<then>{_COUNT_DIGITS})(?P<then_unit>{units})[）)]")


@lru_cache(maxsize=16)
def _bracketed_base_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A change in percent whose earlier figure is given in brackets, after it (立案1236起，同比下降12.5%
    （2023年为1380起）) or before it (立案1560起（2022年为1700起），同比下降12.4%); amounts may carry 万 or 亿
    (罚没款486.5万元，同比增长25.6%（2022年为412.3万元）)."""
    units = _units(classifiers)
    period = _BRACKET_PERIOD
    change = rf"(?:同比|较上年|比上年)?(?P<dir{{k}}>{_CHANGE_ALT})了?(?P<pct{{k}}>\d{{{{1,3}}}}(?:\.\d+)?)[%％]"
    return recache.compile(
        rf"(?<![\d.])(?P<now>{_COUNT_DIGITS})(?P<now_mult>[万亿]?)(?P<unit>{units})"
        rf"(?:[，,]?\s*{change.format(k=1)}[（(]\s*{period}(?P<then1>{_COUNT_DIGITS})(?P<then1_mult>[万亿]?)(?P=unit)[）)]"
        rf"|[（(]\s*{period}(?P<then2>{_COUNT_DIGITS})(?P<then2_mult>[万亿]?)(?P=unit)[）)][，,]?\s*{change.format(k=2)})")


#: how far before its bracket a change with its earlier figure in brackets starts (1236起，同比下降12.5%（)
_BRACKET_REACH = 36


def _bracketed_base_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A change its figures contradict when the earlier one is given in brackets after it."""
    text = document.text
    # where one can be: a bracket right after a percentage or after a count (a digit just before it)
    anchors = [i for i in (occurrences(text, ("（", "(")) or [])
               if text[i - 1:i] in ("%", "％") or any(c.isdigit() for c in text[max(0, i - 6):i])]
    if not anchors:
        return
    pattern = _bracketed_base_pattern(lists.classifiers)
    last_end = -1
    for i in anchors:
        m = pattern.search(text, max(last_end, i - _BRACKET_REACH), i + _BRACKET_REACH)
        if m is None or not m.start() <= i < m.end():
            if text[i - 1:i] in ("%", "％"):
                yield from _bracketed_named_change(document, lists, i)
            continue
        last_end = m.end()
        k = "1" if m.group("then1") else "2"
        now, then, stated = _change_value(m, "now"), _change_value(m, "then" + k), float(m.group("pct" + k))
        if then <= 0:
            continue
        computed = (now - then) / then * 100
        if abs(computed - stated * (1 if _CHANGE_WORDS[m.group("dir" + k)] else -1)) <= _change_tolerance(m.group("pct" + k)):
            continue
        yield _change_finding(m.group("dir" + k), m.group("pct" + k), now, then, m.start("pct" + k), m.end("pct" + k) + 1,
                              m.group("now_mult") if m.group("now_mult") == m.group("then" + k + "_mult") else "")


def _bracketed_named_change(document: Document, lists: Lists, bracket: int) -> Iterator[Finding]:
    """The change of a named count, its earlier figure in the bracket at ``bracket`` (案件数同比增长15.2%（2022年为37件）),
    when the count (立案查处环境违法案件42件, earlier in the sentence) does not give it."""
    text = document.text
    m = _bracketed_named_pattern(lists.classifiers).search(text, max(0, bracket - _BRACKET_REACH), bracket + 24)
    if m is None or not m.start() < bracket < m.end():
        return
    s, _ = _clauses_at(document, [m.start()])[0]
    now = _named_now(text, s, m, _any_count_re(lists.classifiers))
    then = _value(m.group("then"))
    if now is None or then <= 0:
        return
    stated = float(m.group("pct")) * (1 if _CHANGE_WORDS[m.group("dir")] else -1)
    if abs((now - then) / then * 100 - stated) > _change_tolerance(m.group("pct")):
        yield _change_finding(m.group("dir"), m.group("pct"), now, then, m.start("pct"), m.end("pct") + 1)


@lru_cache(maxsize=16)
def _times_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A rise from one count to another given in times (由12家增加到36家，增长了3倍), ending at 倍."""
    units = _units(classifiers)

    return recache.compile(
        rf"[由从]\s*{_BASE_PERIOD}{_named_count('then', units)}[{CJK}]{{0,4}}?(?:增长|增加|提高|提升|上升)(?:到|至)"
        rf"{_BASE_PERIOD}{_named_count('now', units)}[，,]?(?:同比)?(?P<dir>增长|增加|提高|提升|上升)(?P<to>了|到|至|为)?"
        r"(?P<times>\d+(?:\.\d+)?)倍")


@lru_cache(maxsize=16)
def _doubling_pattern(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A rise from one count to another called a doubling (由2021年的23件增至2022年的41件，实现翻番)."""
    units = _units(classifiers)

    return recache.compile(
        rf"[由从]\s*{_BASE_PERIOD}{_named_count('then', units)}[{CJK}]{{0,4}}?(?:增长|增加|提高|提升|上升|增)(?:到|至)"
        rf"{_BASE_PERIOD}{_named_count('now', units)}[，,]?(?:实现|同比)?(?P<word>翻番|翻了一番|翻一番)")


def _times_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A rise in times its figures contradict: 由12家增加到36家 is 增长了2倍 (增长到3倍), not 增长了3倍."""
    text = document.text
    if "倍" not in text and "番" not in text:
        return
    for m in _doubling_pattern(lists.classifiers).finditer(text) if "番" in text else ():
        then, now = _change_value(m, "then"), _change_value(m, "now")
        if then > 0 and _same_unit(m.group("now_unit"), m.group("then_unit")) and abs(now / then - 2) > 0.05:
            ratio = now / then
            yield CHANGE_MISMATCH.finding(
                msg(f"由{_fmt(then)}到{_fmt(now)}是原来的{_fmt(round(ratio, 2))}倍，不是“{m.group('word')}”（翻番是增加到2倍），请核对",
                    f"from {_fmt(then)} to {_fmt(now)} is {_fmt(round(ratio, 2))} times as much, not a doubling"),
                m.start("word"), m.end("word"))
    pattern = _times_pattern(lists.classifiers)
    for p in occurrences(text, ("倍",)) or []:
        m = pattern.search(text, max(0, p - 60), p + 1)
        if m is None or m.end() != p + 1 or not _same_unit(m.group("now_unit"), m.group("then_unit")):
            continue
        then, now, times = _change_value(m, "then"), _change_value(m, "now"), float(m.group("times"))
        if then <= 0 or now <= then:
            continue
        ratio = now / then
        to = m.group("to") in ("到", "至", "为")  # 增长到3倍: the new figure is 3 times the old
        if abs((ratio if to else ratio - 1) - times) <= 0.05:
            continue
        word = m.group("dir")
        right = f"{word}了{_fmt(round(ratio - 1, 2))}倍（{word}到{_fmt(round(ratio, 2))}倍）"
        yield CHANGE_MISMATCH.finding(
            msg(f"由{_fmt(then)}到{_fmt(now)}是{right}，此处写作“{text[m.start('dir'):m.end()]}”，请核对",
                f"from {_fmt(then)} to {_fmt(now)} is a rise of {_fmt(round(ratio - 1, 2))} times (to "
                f"{_fmt(round(ratio, 2))} times the figure), not '{text[m.start('dir'):m.end()]}'"),
            m.start("dir"), m.end())


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


@lru_cache(maxsize=16)
def _unit_count_re(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    return recache.compile(rf"{_COUNT_NUM}[万千]?(?:余|多)?({_units(classifiers)})")


def _approx_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    text = document.text
    signs = _document_offsets(document, "%％")
    if not signs:
        return  # the rule is about exact rates
    count_re = _unit_count_re(lists.classifiers)
    for s, e in _clauses_at(document, signs):
        chunk = text[s:e]
        approx = list(_APPROX.finditer(chunk))
        if not approx:
            continue
        for m in _PERCENT.finditer(chunk):
            before_rate = [a for a in approx if a.end() <= m.start()]
            if not before_rate:
                continue
            # the rate must be computed from counts given here: two counts of the same unit, one of
            # them approximate (not 3.6万余件 … 3个工作日内、1个工作日内 … 满意率99.2%)
            counts = [(c.start(), c.end(), c.group(1)) for c in count_re.finditer(chunk, 0, m.start())]
            units_seen = [u for _, _, u in counts]
            before_rate = [a for a in before_rate
                           if any(cs < a.end() and a.start() < ce and units_seen.count(u) >= 2
                                  for cs, ce, u in counts)]
            if not before_rate:
                continue
            # the count right before the rate, alone of its unit, and not of the approximate counts' unit: the
            # rate is of it (学习10余次，全局23名干部参加考试，参考率100%: all of the 23)
            last_unit = counts[-1][2]
            approx_units = {u for cs, ce, u in counts if any(cs < a.end() and a.start() < ce for a in before_rate)}
            if last_unit not in approx_units and units_seen.count(last_unit) == 1:
                continue
            before = _CLAUSE_BREAK.split(chunk[max(0, m.start() - 16):m.start()])[-1]
            if not _rate_noun(before) or chunk[m.end():m.end() + 2] in ("以上", "左右"):
                continue
            if _from_exact_counts(text, s, s + m.start(), float(m.group(1)), lists):
                continue  # 巡查1860余次…立案40件，结案38件，结案率95%: the rate is 38 of 40
            if _from_exact_pair_only(text, s, s + m.start(), float(m.group(1)), lists):
                continue  # 办理证件1.5万余件，办理工单326件，办结326件，办结率98%: a slip in 326 of 326
            a = before_rate[-1]
            a_end = a.end() + (1 if a.group()[-1] in "余多" else 0)
            shown = chunk[a.start():a_end]
            yield APPROX.finding(
                msg(f"“{shown}”是约数，本句却据此给出精确比率“{m.group()}”：约数得不出精确比率，"
                    f"请给出确切数字或改用约数表述",
                    f"'{shown}' is an approximate count, yet the sentence derives the exact rate "
                    f"'{m.group()}' from it; give exact counts or an approximate rate"),
                s + a.start(), s + a_end)
            break


def _from_exact_counts(text: str, start: int, end: int, rate: float, lists: Lists) -> bool:
    """True when two exact counts of one unit in ``text[start:end]``, a whole and a later part,
    give ``rate`` percent."""
    exact = [c for c in _counts(_any_count_re(lists.classifiers), text, start, end) if not c.approx]
    return any(_same_unit(whole.unit, part.unit) and 0 < part.value <= whole.value
               and abs(part.value / whole.value * 100 - rate) <= _RATE_TOLERANCE
               for i, whole in enumerate(exact) for part in exact[i + 1:])


#: how far (percentage points) a rate may lie from a ratio of approximate counts that it comes from
_APPROX_RATE_TOLERANCE = 5.0


def _from_exact_pair_only(text: str, start: int, end: int, rate: float, lists: Lists) -> bool:
    """True when ``text[start:end]`` holds a whole and a later part, both exact, of one unit, and no
    ratio with an approximate count comes near ``rate``: the rate is the exact pair's, mistyped (which
    numbers/rate-mismatch reports), not one derived from the approximate count."""
    counts = _counts(_any_count_re(lists.classifiers), text, start, end)
    pairs = [(whole, part) for i, whole in enumerate(counts) for part in counts[i + 1:]
             if _same_unit(whole.unit, part.unit) and 0 < part.value <= whole.value]
    return any(not (w.approx or p.approx) for w, p in pairs) and not any(
        abs(p.value / w.value * 100 - rate) <= _APPROX_RATE_TOLERANCE for w, p in pairs if w.approx or p.approx)


#: a date in Arabic or Chinese numerals (2022年2月29日, 二〇二二年二月二十九日)
_DATE = recache.compile(r"(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
                        r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,4})日")


def _may_not_exist(text: str, at: int) -> bool:
    """True when the date ending with the 日 at ``at`` may name no day: the 29th or later, or a month
    past 12 (most dates are told apart by the two characters before 日 and before 月)."""
    day = text[at - 2:at]
    if day.isdigit() and int(day) >= 29 or day in ("十九", "三十") or text[at - 3:at] in ("二十九", "三十一"):
        return True
    month_at = text.rfind("月", max(0, at - 5), at)
    month = text[month_at - 2:month_at] if month_at >= 2 else ""
    return month.isdigit() and int(month) > 12 or month in ("十三", "十四", "十五", "十六", "十七", "十八", "十九")


#: a month past 12 after a year (2023年13月), with or without its day
_NO_SUCH_MONTH = recache.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})年(?P<m>1[3-9]|[2-9]\d)月(?!\d{0,2}日)")


def _is_leap(year: int) -> bool:
    """True for a leap year of the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year: int, month: int) -> int:
    """The days of ``month`` (1-12) of ``year`` (what :func:`calendar.monthrange` gives, without importing it)."""
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


#: a month and day written without a year before them (11月31日, not 2023年11月31日: _DATE reads those)
_MONTH_DAY = recache.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01])日")


def _invalid_date_findings(document: Document) -> Iterator[Finding]:
    """Dates no calendar has (2022年2月29日, 2023年13月)."""
    text = document.text
    for m in _NO_SUCH_MONTH.finditer(text) if "月" in text else ():
        yield INVALID_DATE.finding(
            msg(f"日期“{m.group()}”不存在：{m.group('y')}年没有{m.group('m')}月，请核对",
                f"the date '{m.group()}' does not exist; check it"),
            m.start(), m.end())
    for at in occurrences(text, ("日",)) or []:
        if not _may_not_exist(text, at):
            continue  # the usual date: a day below 29 and a month below 13
        m = _DATE.search(text, max(0, at - 14), at + 1)
        if m is None or m.end() != at + 1:
            continue
        y = int(m.group("y")) if m.group("y").isdigit() else cn_digits_to_int(m.group("y"))
        mo = int(m.group("m")) if m.group("m").isdigit() else cn_to_int(m.group("m"))
        d = int(m.group("d")) if m.group("d").isdigit() else cn_to_int(m.group("d"))
        if mo is None or d is None:
            continue
        if 1 <= mo <= 12 and 1 <= d <= _days_in_month(y, mo):
            continue
        why_zh = (f"{y}年没有{mo}月" if not 1 <= mo <= 12 else
                  f"{y}年{mo}月只有{_days_in_month(y, mo)}天" + ("（不是闰年）" if mo == 2 and not _is_leap(y) else ""))
        yield INVALID_DATE.finding(
            msg(f"日期“{m.group()}”不存在：{why_zh}，请核对", f"the date '{m.group()}' does not exist; check it"),
            m.start(), m.end())
    # a month and day without its year: no year has 11月31日 or 2月30日 (2月29日 is left: a leap year has it)
    for at in occurrences(text, ("31日", "30日")) or []:
        m = _MONTH_DAY.search(text, max(0, at - 4), at + 3)
        if m is None or m.end() != at + 3:
            continue
        mo, d = int(m.group("m")), int(m.group("d"))
        if d > _days_in_month(2024, mo):
            yield INVALID_DATE.finding(
                msg(f"日期“{m.group()}”不存在：{mo}月只有{_days_in_month(2024, mo)}天，请核对",
                    f"the date '{m.group()}' does not exist; check it"),
                m.start(), m.end())


#: a period of two dates: 2023年11月至2023年3月, 11月20日至11月5日, 3月15日至10日
_DATE_RANGE = recache.compile(
    r"(?<!\d)(?:(?P<y1>(?:19|20)\d{2})年)?(?P<m1>1[0-2]|0?[1-9])月(?:(?P<d1>3[01]|[12]\d|0?[1-9])日)?(?:起)?"
    r"(?:至|到|—|－|~|～|-)(?:(?P<y2>(?:19|20)\d{2})年)?(?:(?P<m2>1[0-2]|0?[1-9])月)?(?:(?P<d2>3[01]|[12]\d|0?[1-9])日)?")


#: the most months a period across the new year told without its years spans (11月至3月, 10月至4月 …)
_LONGEST_WINTER = 7


#: the 月 or 日 of a date right before the mark of a period (11月至, 20日—)
_RANGE_ANCHOR = recache.compile(r"[月日](?=至|到|—|－|-|～|~)")


def _reversed_range(m: "re.Match[str]") -> bool:
    """True when the period ``m`` ends before it starts.  Without any year a period may cross the new
    year (12月20日至1月5日, 11月至3月), not for most of the next one (10月至9月); with the start's year alone
    the end is in that year (2024年9月至6月: a period into the next year says 次年 or the year)."""
    y1, y2 = m.group("y1"), m.group("y2")
    m1, m2 = int(m.group("m1")), int(m.group("m2")) if m.group("m2") else None
    d1, d2 = int(m.group("d1") or 0), int(m.group("d2") or 0)
    if y2 is not None:
        if y1 is None or m2 is None:
            return False
        return (int(y2), m2, d2 if d1 and d2 else 0) < (int(y1), m1, d1 if d1 and d2 else 0)
    if y1 is not None and m2 is not None and m2 < m1:
        return True
    if m2 is not None and m2 < m1 and m2 + 12 - m1 >= _LONGEST_WINTER:
        return True  # 10月至9月: no period across the new year is told that way
    return (m2 is None or m2 == m1) and bool(d1 and d2) and d2 < d1


#: a period of years: 2023—2025年, （2025—2023年）
_YEAR_RANGE = recache.compile(r"(?<![\d.])(?P<y1>(?:19|20)\d{2})\s*(?:年\s*)?(?:—|－|-|–|~|～|至|到)\s*(?P<y2>(?:19|20)\d{2})\s*年(?!\d{0,2}月)")


def _date_range_findings(document: Document) -> Iterator[Finding]:
    """Periods that end before they start (2023年11月至2023年3月, 2025—2023年)."""
    text = document.text
    # (the pattern opens with a lookbehind: tried only where a year can start, at each 19 and 20)
    for m in finditer_anchored(_YEAR_RANGE, text, ("19", "20"), 0):
        if int(m.group("y2")) < int(m.group("y1")):
            yield DATE_RANGE.finding(
                msg(f"年份区间“{m.group()}”的止年早于起年，请核对", f"the period '{m.group()}' ends before it starts; check the years"),
                m.start(), m.end())
    for anchor in _RANGE_ANCHOR.finditer(text):
        at = anchor.start()
        m = next((r for r in _DATE_RANGE.finditer(text, max(0, at - 12), at + 16) if r.start() <= at < r.end()), None)
        if m is None or not (m.group("m2") or m.group("d2")):
            continue
        if _reversed_range(m):
            yield DATE_RANGE.finding(
                msg(f"时间段“{m.group()}”的止日早于起日，请核对日期", f"the period '{m.group()}' ends before it starts; check the dates"),
                m.start(), m.end())


#: a quarter or half of the year with its months in brackets: 二季度（4—6月）, 上半年（1—6月）
_PERIOD_GLOSS = recache.compile(
    r"(?:第?(?P<q>[一二三四1-4])季度|(?P<h>[上下])半年)[（(](?P<m1>1[0-2]|0?[1-9])(?:月份?)?\s*(?:—|－|-|–|~|～|至|到)\s*"
    r"(?P<m2>1[0-2]|0?[1-9])月(?:份)?(?:底)?[）)]")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _period_months_findings(document: Document) -> Iterator[Finding]:
    """A quarter or half of the year glossed with other months (二季度（4—9月）)."""
    text = document.text
    for at in occurrences(text, ("季度（", "季度(", "半年（", "半年(")) or []:
        m = next((r for r in _PERIOD_GLOSS.finditer(text, max(0, at - 2), at + 16) if r.start() <= at < r.end()), None)
        if m is None:
            continue
        if m.group("q"):
            q = _QUARTERS[m.group("q")]
            first, last, name = 3 * q - 2, 3 * q, f"第{'一二三四'[q - 1]}季度"
        else:
            first, last, name = (1, 6, "上半年") if m.group("h") == "上" else (7, 12, "下半年")
        if (int(m.group("m1")), int(m.group("m2"))) != (first, last):
            yield PERIOD_MONTHS.finding(
                msg(f"{name}是{first}—{last}月，此处注为{int(m.group('m1'))}—{int(m.group('m2'))}月，请核对",
                    f"the {name} runs from month {first} to {last}, not {m.group('m1')} to {m.group('m2')}"),
                m.start(), m.end())


def _year_findings(document: Document) -> Iterator[Finding]:
    year = document.year
    century = (year // 100 * 100) if year else 2000
    text = document.text
    # a match starts two digits before its 年, the first of them 0 to 3 (most 年 follow a full year or a word)
    starts = [p - 2 for p in _document_offsets(document, "年") if p >= 2 and text[p - 2] in "0123" and text[p - 1].isdecimal()]
    for m in finditer_at(_YEAR_ABBR, text, starts):
        yy = int(m.group(1))
        full = century + yy
        if year and abs(full - year) > 6:
            continue
        yield YEAR.finding(
            msg(f"年份应写全：“{m.group()}”应为“{full}{m.group(2)}”",
                f"write the year in full: '{m.group()}' -> '{full}{m.group(2)}'"),
            m.start(), m.start(2), str(full))


#: the words that make a count of places the whole of the unit's (全县12个乡镇, 辖区内9个社区)
_WHOLE_SCOPES = ("全县", "全镇", "全乡", "全区", "全街道", "全市", "全旗", "辖区内", "辖区", "全域", "县域内", "镇域内")
#: words of the clause that make a count of places a change, not the standing figure (新增2所, 撤并后达到12个)
_COUNT_CHANGES = ("新增", "增加", "增至", "达到", "撤并", "合并", "调整", "减少", "新建", "新创建", "扩大", "原有", "原")


@lru_cache(maxsize=16)
def _place_count_re(nouns: tuple[str, ...]) -> Optional["re.Pattern[str]"]:
    """A count of one of ``nouns`` (12个乡镇, 87所中小学校), or None without nouns."""
    if not nouns:
        return None
    return recache.compile(r"(?<![\d.])(?P<n>\d{1,4})(?:个|所|家)(?P<noun>" + "|".join(re.escape(n) for n in nouns)
                           + rf")(?![{CJK}]*?(?:次|人次|场))")


def _count_inconsistent_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A place counted as the unit's whole differently from its other whole counts, or a count of more than it."""
    pattern = _place_count_re(lists.place_nouns)
    text = document.text
    wholes: dict[str, list["re.Match[str]"]] = {}
    others: list["re.Match[str]"] = []
    places = pattern is not None and any(n in text for n in lists.place_nouns)
    for m in pattern.finditer(text) if places else ():
        clause = text[start_after(text, m.start(), "，,。；;！？\n"):m.start()]
        if any(w in clause or text.startswith(w, m.end()) for w in _COUNT_CHANGES) or text.startswith(_KIND_JOINERS, m.end()):
            continue  # (全县18家二级医院及乡镇卫生院: a count of two kinds)
        (wholes.setdefault(m.group("noun"), []) if clause.endswith(_WHOLE_SCOPES) or clause.endswith(
            tuple(w + "共有" for w in _WHOLE_SCOPES) + tuple(w + "现有" for w in _WHOLE_SCOPES)) else others).append(m)
    for noun, found in wholes.items():
        usual = _usual_count(found)
        for m in found:
            if int(m.group("n")) != usual:
                yield _count_finding(m, usual)
        for m in others:
            if m.group("noun") == noun and int(m.group("n")) > usual:
                yield _count_finding(m, usual)
    # any other thing the unit counts as a whole, named alike (全县84个在建项目 … 全县48个在建项目)
    scoped: dict[str, list["re.Match[str]"]] = {}
    for m in _SCOPED_COUNT.finditer(text):
        if not m.group("noun").startswith(lists.place_nouns) and not text.startswith(_KIND_JOINERS, m.end()) and \
                not any(w in text[m.end("n"):m.end() + 4] for w in _COUNT_CHANGES):
            scoped.setdefault(m.group("noun"), []).append(m)
    for found in scoped.values():
        if len(found) >= 2:
            usual = _usual_count(found)
            yield from (_count_finding(m, usual) for m in found if int(m.group("n")) != usual)


#: what joins a second kind to the noun of a count, which then counts both (18家二级医院及乡镇卫生院)
_KIND_JOINERS = ("和", "及", "与", "、", "（含", "(含")
#: a count the unit gives as its whole of a thing named by the four characters after it (全县84个在建项目)
_SCOPED_COUNT = recache.compile(rf"(?:{'|'.join(_WHOLE_SCOPES)})(?:共有|现有)?(?P<n>\d{{1,5}})(?:个|所|家|处|座|户)(?P<noun>[{CJK}]{{4}})")


def _usual_count(found: list["re.Match[str]"]) -> int:
    """The count most of ``found`` give (the first of them on a tie)."""
    values = [int(m.group("n")) for m in found]
    return max(set(values), key=lambda v: (values.count(v), -values.index(v)))


def _count_finding(m: "re.Match[str]", usual: int) -> Finding:
    """The finding for the count ``m`` of a place given elsewhere in the report as ``usual``."""
    said, rest = m.string[m.start("n"):m.end()], m.string[m.end("n"):m.end()]
    return COUNT_INCONSISTENT.finding(
        msg(f"“{said}”与本报告其他处的“{usual}{rest}”不一致，请核对",
            f"'{said}' differs from the {usual} given elsewhere in the report; check the figures"),
        m.start("n"), m.end())


#: a year in Chinese numerals (二〇二三年, 二零二四年, 一九九八年) and one in Arabic numerals
_CN_YEAR = recache.compile(r"(?<![一二三四五六七八九十〇○零])(?:二[〇○零]|一九)[〇○零一二三四五六七八九]{2}年")
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_AR_YEAR = recache.compile(r"(?<![\d.])(?:19|20)\d{2}年")


def _outside_quotes(text: str, at: int) -> bool:
    """True when ``at`` is not inside “…” or 《…》 on its line."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    return before.count("“") <= before.count("”") and before.count("《") <= before.count("》")


def _year_form_findings(document: Document) -> Iterator[Finding]:
    """Years in Chinese numerals in a report that writes its years in Arabic numerals."""
    text = document.text
    if "年" not in text:
        return
    cn = [m for m in _CN_YEAR.finditer(text) if _outside_quotes(text, m.start())]
    if not cn:
        return
    arabic = sum(1 for m in _AR_YEAR.finditer(text) if _outside_quotes(text, m.start()))
    if arabic < 2 or arabic <= len(cn):
        return  # the report's own form, or no form to keep
    for m in cn:
        digits = m.group()[:-1].translate(_CN_YEAR_DIGITS)
        yield YEAR_FORM.finding(
            msg(f"“{m.group()}”用汉字数字，本报告其他年份用阿拉伯数字，宜统一写作“{digits}年”",
                f"'{m.group()}' is in Chinese numerals while the report's other years are Arabic: '{digits}年'"),
            m.start(), m.end() - 1, digits)


#: a figure compared with a year: 较2025年增长, 比2025年同期, 与2025年相比, 较2025年的368件
_COMPARED_YEAR = recache.compile(
    r"(?:(?:较|比)\s*(?P<y>(?:19|20)\d{2})\s*年度?(?:同期)?(?=[增减降升提翻多少压缩]|下降|上升|有所|持平|基本持平|平均"
    r"|相比|相较|的\s*\d)"
    r"|与\s*(?P<y2>(?:19|20)\d{2})\s*年度?(?:同期)?(?:相比|相较|比较|对比))")
_FULL_YEAR = recache.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


_SPACES = " \t\u3000"


def _skip_spaces_back(text: str, pos: int) -> int:
    """The offset before the spaces that end ``text[:pos]``."""
    while pos > 0 and text[pos - 1] in _SPACES:
        pos -= 1
    return pos


def _comparison_year_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """A comparison with the report year or a later one (较2025年增长12% in a 2025 report)."""
    year = document.year
    text = document.text
    if not year:
        return
    # every match starts with 较, 比 or 与 right before a full year and its 年 (对比 2025 年: spaces too)
    marks = []
    for p in _document_offsets(document, "年"):
        if p < 5 or (text[p - 5] not in "较比与" and text[p - 5] not in _SPACES and text[p - 1] not in _SPACES):
            continue  # the usual 年: no comparison word right before its year
        i = _skip_spaces_back(text, p)
        if i >= 5 and text[i - 4:i - 2] in ("19", "20") and text[i - 2:i].isdecimal():
            j = _skip_spaces_back(text, i - 4)
            if j > 0 and text[j - 1] in "较比与":
                marks.append(j - 1)
    plan = None
    for m in finditer_at(_COMPARED_YEAR, text, marks):
        which = "y" if m.group("y") else "y2"
        compared = int(m.group(which))
        if not year <= compared <= year + 3:
            continue
        if plan is None:
            plan = plan_part_start(document, lists.plan_words, year)
        if m.start() >= plan:
            continue  # next year's plans: 力争2026年较2025年下降
        s, e = document.sentence_at(m.start())
        sentence = text[s:e]
        if any(int(y) > compared for y in _FULL_YEAR.findall(sentence)) or any(w in sentence for w in lists.target_words):
            continue  # 截至2026年1月…较2025年同期; 力争较2025年下降10%: another period, or a target
        yield COMPARISON_YEAR.finding(
            msg(f"本报告是{year}年度报告，却与{compared}年比较：应与上一年度（{year - 1}年、上年或同比）比较，请核对年份",
                f"this is the report on {year}, yet it compares with {compared}: compare with the year before "
                f"({year - 1}, 上年, 同比); check the year"),
            m.start(which), m.end(which))


#: 上年 or 去年 glossed with its year in brackets (比上年（2023年）); group 1 is the year
_GLOSSED_LAST_YEAR = recache.compile(r"(?:上一?年度?|去年)(?:同期)?[（(]((?:19|20)\d{2})\s*年?度?(?:同期)?[)）]")
#: what a match of _GLOSSED_LAST_YEAR holds: its bracket after 年, 度 or 期 (rare: most reports have none)
_GLOSS_OPENINGS = ("年（", "年(", "度（", "度(", "期（", "期(")


def _glossed_last_year_findings(document: Document) -> Iterator[Finding]:
    """上年 glossed with a year that is not the one before the report year (上年（2023年） in a 2025 report)."""
    year = document.year
    text = document.text
    if not year or not any(k in text for k in _GLOSS_OPENINGS):
        return
    for m in _GLOSSED_LAST_YEAR.finditer(text):
        if int(m.group(1)) != year - 1:
            yield COMPARISON_YEAR.finding(
                msg(f"本报告是{year}年度报告，“上年”应为{year - 1}年，此处却注为{m.group(1)}年，请核对年份",
                    f"this is the report on {year}: 上年 is {year - 1}, yet it is glossed {m.group(1)}; check the year"),
                m.start(1), m.end(1))


_COUNT_UNITS = ("人次|场次|户次|辆次|台次|个|次|人|名|件|起|场|份|家|户|条|项|篇|期|批|处|所|辆|台|艘|座|套|株|头|亩|吨|"
                "栋|幢|间|块|张|册|盏|棵|只|万元|元")
_CN_COUNT = recache.compile(
    r"(?<![第前后周初几数上成百千万一二三四五六七八九十两零〇])"
    r"((?:[一二三四五六七八九两]?十[一二三四五六七八九]?)"
    r"|(?:[一二三四五六七八九两]千(?:[一二三四五六七八九两]百)?(?:零?[一二三四五六七八九]十?[一二三四五六七八九]?)?)"
    r"|(?:[一二三四五六七八九两]百(?:零?[一二三四五六七八九]十?[一二三四五六七八九]?)?))"
    rf"(余|多)?({_COUNT_UNITS})", search=True)
_AR_COUNT = recache.compile(rf"\d+(?:余|多)?(?:{_COUNT_UNITS})")


#: a count under ten in Chinese numerals that ends its phrase (参加业务培训三次、旁听庭审1次); 一 and 两 are left
#: out: 一次, 一批, 两个 are set phrases far more often than figures
_SMALL_UNITS = "场次|人次|次|场|期|件|起|批|篇|项|份|人|名|家|所"
_CN_SMALL_COUNT = recache.compile(
    r"(?<![第前后周初几数上成这那每该百千万零〇一二三四五六七八九十两期])([二三四五六七八九])"
    rf"({_SMALL_UNITS})(?=[、，。；])")
#: an Arabic count of one of those units; group 1 is the unit
_AR_SMALL_UNIT_COUNT = recache.compile(rf"(?<![\d.])\d+(?:余|多)?({_SMALL_UNITS})")


def _numeral_finding(m: "re.Match[str]", fixed: str, why_zh: str, why_en: str) -> Finding:
    """The numerals/numeral-form finding for the count ``m`` written in Chinese numerals, to be written ``fixed``."""
    return NUMERAL_FORM.finding(msg(f"“{m.group()}”是计数，{why_zh}，宜统一写作“{fixed}”",
                                    f"'{m.group()}' is a count; {why_en}: '{fixed}'"), m.start(), m.end(), fixed)


def _small_numeral_findings(document: Document) -> Iterator[Finding]:
    """A count under ten in Chinese numerals in a sentence that writes another count of the same unit in
    Arabic numerals (集中学法10次，参加培训三次、旁听庭审1次): the sentence mixes the forms of one kind of figure."""
    text = document.text
    title_end = document.title.end if document.title else 0
    for m in finditer_at(_CN_SMALL_COUNT, text, _document_offsets(document, "二三四五六七八九"), title_end):
        unit = m.group(2)
        # the whole sentence, over its semicolons (办理行政复议案件三件，均维持原行政行为；行政应诉案件7件)
        s, e = start_after(text, m.start(), "。！？\n"), end_before(text, m.end(), len(text), "。！？\n")
        if unit not in {c.group(1) for c in _AR_SMALL_UNIT_COUNT.finditer(text, s, e)} \
                or not _outside_quotes(text, m.start()):
            continue
        yield _numeral_finding(m, f"{cn_to_int(m.group(1))}{unit}", "同一句中同类计数用阿拉伯数字",
                               f"the same sentence writes its other counts of {unit} in Arabic numerals")


#: a percentage in Chinese numerals (百分之百, 百分之九十五); not 百分之百的热情 (a set phrase), nor 百分之一百二十
_CN_PERCENT = recache.compile(r"百分之(百|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![十百点的])")


def _cn_percent_findings(document: Document) -> Iterator[Finding]:
    """A percentage in Chinese numerals in a report that writes its others with % (整治率百分之百, 覆盖率98%)."""
    text = document.text
    if "百分之" not in text or "%" not in text and "％" not in text:
        return
    for m in _CN_PERCENT.finditer(text):
        value = 100 if m.group(1) == "百" else cn_to_int(m.group(1))
        if value is None or not _outside_quotes(text, m.start()):
            continue
        yield NUMERAL_FORM.finding(
            msg(f"“{m.group()}”是百分比，本报告的其他百分比用阿拉伯数字和“%”，宜统一写作“{value}%”",
                f"'{m.group()}' is a percentage; the report writes the others with %: '{value}%'"),
            m.start(), m.end(), f"{value}%")


def _numeral_form_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    yield from _small_numeral_findings(document)
    yield from _cn_percent_findings(document)
    text = document.text
    arabic: Optional[bool] = None  # does the report write counts in Arabic? Asked at the first candidate
    title_end = document.title.end if document.title else 0
    # every numeral has 十, 百 or 千 as its first or second character
    for m in finditer_at(_CN_COUNT, text, _reach_back(_document_offsets(document, "十百千"), 1), title_end):
        value = cn_to_int(m.group(1))
        if value is None or value < 10 or (m.group(1) == "十" and m.group(2)):
            continue  # 十余次, 十多人: the conventional vague "a dozen or so", not a figure to convert
        if not _outside_quotes(text, m.start()):
            continue  # inside a quotation or a title
        if text.startswith(lists.name_heads, m.end()):
            continue  # 十件民生实事, 十个严禁: the numeral is part of a name
        if m.group(3) == "个" and text.startswith(lists.durations, m.end()):
            continue  # 二十个工作日: a length of time, as the law that sets it writes it
        if arabic is None:
            arabic = next(islice(_AR_COUNT.finditer(text), 2, None), None) is not None  # three or more
        if not arabic:
            return
        yield _numeral_finding(m, f"{value}{m.group(2) or ''}{m.group(3)}", "本报告的其他计数多用阿拉伯数字",
                               "the report writes its other counts in Arabic numerals")


#: 约/近 directly before a number that also takes 余/多 (约200余人) or 左右 (约30人左右)
#: (超过 says "more than" as 余 does; 约有/大约有: the 有 between changes nothing)
_DOUBLE_YU = recache.compile(rf"(?=[约近大将接超])(?<![制节公契简隐预婉盟相条违履特签邀誓集爽如合规守解续缔毁婚赴践租最附邻靠亲贴就逼临走拉迫挨])(?<!(?<!损)失)(?<!规民)(约|近|大约|将近|接近|超过)\s*(?:有\s*)?({_COUNT_NUM}|[{_CN_DIGITS}{_CN_UNITS}]+)"
                        r"\s*[万千百亿]?\s*(余|多(?![元种样方部层项类功能媒彩渠维]))(?![年天月日周])")
_DOUBLE_ZUOYOU = recache.compile(rf"(?=[约大])(?<![制节公契简隐预婉盟相条违履特签邀誓集爽如合规守解续缔毁婚赴践租])(?<!(?<!损)失)(?<!规民)(约|大约|大概)\s*(?:有\s*)?(?:\d+/\d+|[{_CN_DIGITS}十]+分之[{_CN_DIGITS}十]+|{_COUNT_NUM}|[{_CN_DIGITS}{_CN_UNITS}]+)"
                            rf"[^，。；：！？、\n\d]{{0,4}}?(左右)")


#: 多 and 余 together after a number (100多余人)
_DOUBLE_TAIL = recache.compile(r"(?<![\d.])\d+\s*[万千百]?\s*(?:多余|余多)(?=人|件|次|场|个|份|名|家|户|起|元|项|条|篇|期|批|处|所|册)")


_MIXED_PERCENT = recache.compile(r"百分之(\d+(?:\.\d+)?)(?![\d.])")
#: 千 after a digit is also the prefix of a unit (3千米, 5千克, 10千瓦): those are not numerals; 3千万 is 3000万
_MIXED_UNIT = recache.compile(rf"(?<![\d.．A-Za-z第])([1-9])(十|百|千(?![米克瓦伏帕卡焦兆]))(?=[余多]?[{CJK}])(?![十百千亿])",
                              search=True)
#: 3万 right before the mixed part of 3万5千: one number, fixed as a whole
_MIXED_WAN_BEFORE = recache.compile(r"(?<![\d.．])(\d+)万$")
_MIXED_VALUES = {"十": 10, "百": 100, "千": 1000}
#: Chinese tens then an Arabic unit digit (二十3项, 三十6人, 十2次), the tens opening the number and the digit
#: closing it before a word or %: written out as the one Arabic number (23)
_MIXED_TENS = recache.compile(rf"(?<![\d.．{_CN_NUMERAL_CHARS}])([二三四五六七八九]?)十([1-9])(?![\d.．])(?=[余多]?[{CJK}%％])")


#: a year in Chinese digits with an Arabic 0 or o for 〇 (二0二三年, 二o二四年)
_MIXED_ZERO = recache.compile(r"[一二三四五六七八九〇零][0oO○Ｏ]*[0oO][一二三四五六七八九〇零0oO]*(?=年)")


#: a number holding a full-width digit, with the half-width digits and points around it (3２, ２０２４, １．５)
_FULLWIDTH_NUMBER = recache.compile(r"[0-9０-９]*[０-９](?:[0-9０-９]|[.．](?=[0-9０-９]))*")
_FULLWIDTH_DIGIT = recache.compile("[０-９]")
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _fullwidth_digit_findings(document: Document) -> Iterator[Finding]:
    """Numbers with full-width digits (２０２４年, 3２份): the whole number is written again in half-width digits."""
    text = document.text
    if _FULLWIDTH_DIGIT.search(text) is None:
        return  # (nearly every report)
    for m in _FULLWIDTH_NUMBER.finditer(text):
        fixed = m.group().translate(_HALF_WIDTH)
        yield FULLWIDTH_DIGITS.finding(
            msg(f"“{m.group()}”用了全角数字，应写作“{fixed}”", f"'{m.group()}' has full-width digits: write '{fixed}'"),
            m.start(), m.end(), fixed)


def _mixed_findings(document: Document) -> Iterator[Finding]:
    """百分之95, 3百余人, 二0二三年: one number in two numeral forms."""
    text = document.text
    if "年" in text:
        for m in _MIXED_ZERO.finditer(text):
            if len(m.group()) != 4:
                continue  # a year has four digits
            fixed = "".join("〇" if ch in "0oO○Ｏ零" else ch for ch in m.group())
            yield MIXED.finding(
                msg(f"“{m.group()}”中的“0”是阿拉伯数字或字母，汉字年份的零写作“〇”：“{fixed}”",
                    f"'{m.group()}' holds an Arabic 0 or a letter o: the zero of a year in Chinese digits is 〇 ('{fixed}')"),
                m.start(), m.end(), fixed)
    for m in _MIXED_PERCENT.finditer(text):
        fixed = f"{m.group(1)}%"
        yield MIXED.finding(
            msg(f"“{m.group()}”混用汉字与阿拉伯数字，应写作“{fixed}”",
                f"'{m.group()}' mixes Chinese and Arabic numerals; write '{fixed}'"), m.start(), m.end(), fixed)
    # a match starts one digit before its 十/百/千 (offsets found for the numeral form)
    units = _document_offsets(document, "十百千")
    for m in finditer_at(_MIXED_UNIT, text, [p - 1 for p in units if p]):
        start, value = m.start(), int(m.group(1)) * _MIXED_VALUES[m.group(2)]
        wan = _MIXED_WAN_BEFORE.search(text, max(0, start - 8), start)
        if wan is not None:  # 1万5千元: 15000元
            start, value = wan.start(), int(wan.group(1)) * 10000 + value
        written, fixed = text[start:m.end()], str(value)
        yield MIXED.finding(
            msg(f"“{written}”混用阿拉伯数字与汉字数字，应写作“{fixed}”",
                f"'{written}' mixes Arabic and Chinese numerals; write '{fixed}'"), start, m.end(), fixed)
    for m in finditer_at(_MIXED_TENS, text, sorted({p - d for p in units for d in (1, 0) if p >= d})):
        written, fixed = m.group(), str(10 * (cn_to_int(m.group(1)) or 1) + int(m.group(2)))
        yield MIXED.finding(
            msg(f"“{written}”混用汉字数字与阿拉伯数字，应写作“{fixed}”",
                f"'{written}' mixes Chinese and Arabic numerals; write '{fixed}'"), m.start(), m.end(), fixed)


@lru_cache(maxsize=16)
def _approx_tail_re(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """A count with 余/多 that ends where 左右 or 以上 starts (30多份|左右, 200余人|以上): searched up to there."""
    return recache.compile(rf"(?<![\d.．])(?<!\d,)(?:{_COUNT_DIGITS}|[{_CN_DIGITS}{_CN_UNITS}]+)\s*[万千百亿]?\s*(余|多)"
                           rf"(?:{_units(classifiers)})$")


#: what may follow a count that already says 余/多: a second approximation
_APPROX_TAILS = ("左右", "以上")
#: the words before a number that the 约/近/超过 patterns report with its 余/多
_APPROX_BEFORE = recache.compile(r"(?:约|近|超过)\s*(?:有\s*)?$")


@lru_cache(maxsize=16)
def _above_re(classifiers: tuple[str, ...]) -> "re.Pattern[str]":
    """超过/高于/大于/多于 and a count (or a percentage) that ends where 以上 starts: 超过10%以上."""
    return recache.compile(rf"(?<!不)(超过|高于|大于|多于)\s*(?:{_COUNT_DIGITS}|[{_CN_DIGITS}{_CN_UNITS}]+)\s*[万千百亿]?"
                           rf"\s*(?:[%％]|{_units(classifiers)})?$")


def _double_approx_findings(document: Document, lists: Lists) -> Iterator[Finding]:
    """约/近/超过 … 余/多, 约 … 左右, 余/多 … 左右/以上 and 超过 … 以上 on the same number."""
    text = document.text
    tail_re = _approx_tail_re(lists.classifiers)
    for p in occurrences(text, _APPROX_TAILS) or []:
        m = tail_re.search(text, max(0, p - 16), p)
        if m is None and text.startswith("以上", p):
            m = _above_re(lists.classifiers).search(text, max(0, p - 20), p)  # 超过10%以上
        elif m is not None and _APPROX_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue  # 约200余人左右: reported below, as 约 … 余
        if m is None:
            continue
        first, second = m.group(1), text[p:p + 2]
        yield DOUBLE_APPROX.finding(
            msg(f"“{text[m.start():p + 2]}”中“{first}”和“{second}”都表示约数，重复使用；应删去其一",
                f"'{text[m.start():p + 2]}': '{first}' and '{second}' both mark an approximation; keep one"),
            m.start(), p + 2)
    if "多余" in text or "余多" in text:  # 100多余人: 多 and 余 on one number
        for m in _DOUBLE_TAIL.finditer(text):
            yield DOUBLE_APPROX.finding(
                msg(f"“{m.group()}”中“多”和“余”都表示约数，重复使用；应删去其一",
                    f"'{m.group()}': 多 and 余 both mark an approximation; keep one"),
                m.start(), m.end())
    # 约/近/超过 (大约, 将近, 接近, 大概: one character later) start every match
    for regex, starts in ((_DOUBLE_YU, _reach_back(_offsets(text, "约近超"), 1)),
                          (_DOUBLE_ZUOYOU, _reach_back(_offsets(text, "约概"), 1))):
        for m in finditer_at(regex, text, starts):
            first, second = m.group(1), m.group(m.lastindex or 0)
            # 约/近 must be a word of its own (not 村规民约, 走近, 节约): ask the tokenizer, only here
            tok = document.token_at(m.start(1))
            if tok is not None and (tok.start != m.start(1) or not tok.text.startswith(first)):
                continue
            if regex is _DOUBLE_YU and first in ("近", "将近", "接近"):
                fix_zh = f"删去“{first}”或“{second}”（“{first}”表示不到，“{second}”表示超过，二者矛盾）"
            else:
                fix_zh = f"删去“{first}”或“{second}”"
            yield DOUBLE_APPROX.finding(
                msg(f"“{m.group()}”中“{first}”和“{second}”都表示约数，重复使用；应{fix_zh}",
                    f"'{m.group()}': '{first}' and '{second}' both mark an approximation; keep one"),
                m.start(), m.end())


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Check counts, rates and years."""
    if not any(context.enabled(r.id) for r in RULES):
        return
    lists = load_lists(context)
    if context.enabled(YU.id):
        yield from _yu_findings(document, lists)
    if context.enabled(RATE.id):
        yield from _rate_findings(document, lists)
    if context.enabled(PART.id) or context.enabled(PARTS_TOTAL.id):
        # one pass over the listed parts finds both: the engine keeps the findings of the enabled one
        yield from _part_list_findings(document, lists)
    if context.enabled(PARTS_TOTAL.id):
        yield from _stated_sum_findings(document, lists)
    reported: set[tuple[Optional[int], Optional[int]]] = set()  # the spans of the parts above their wholes
    if context.enabled(PART.id):
        parts = list(_part_findings(document, lists))
        yield from parts
        reported = {(f.start, f.end) for f in parts}
        yield from (f for f in _same_noun_wholes(document.text) if (f.start, f.end) not in reported)
        yield from _partition_list_findings(document, lists)
        yield from _sample_findings(document)
        yield from _share_findings(document.text, lists)
    if context.enabled(APPROX.id):
        yield from _approx_findings(document, lists)
    if context.enabled(YEAR.id):
        yield from _year_findings(document)
    if context.enabled(INVALID_DATE.id):
        yield from _invalid_date_findings(document)
    if context.enabled(DATE_RANGE.id):
        yield from _date_range_findings(document)
    if context.enabled(PERIOD_MONTHS.id):
        yield from _period_months_findings(document)
    if context.enabled(NUMERAL_FORM.id):
        yield from _numeral_form_findings(document, lists)
    if context.enabled(YEAR_FORM.id):
        yield from _year_form_findings(document)
    if context.enabled(COUNT_INCONSISTENT.id):
        yield from _count_inconsistent_findings(document, lists)
    if context.enabled(DOUBLE_APPROX.id):
        yield from _double_approx_findings(document, lists)
    if context.enabled(MIXED.id):
        yield from _mixed_findings(document)
    if context.enabled(FULLWIDTH_DIGITS.id):
        yield from _fullwidth_digit_findings(document)
    if context.enabled(RATE_MISMATCH.id) or context.enabled(PART.id):
        # a rate's part above the only whole it may be computed on is a part finding (the engine keeps the
        # findings of the enabled rule), unless _part_findings reported that part already
        for f in _rate_mismatch_findings(document, lists):
            if f.rule_id != PART.id or (f.start, f.end) not in reported:
                reported.add((f.start, f.end))
                yield f
    if context.enabled(RATE_MISMATCH.id):
        # (a share after its whole and part, 132所中小学校中已有126所…，配备率达98.5%, is read by both)
        yield from (f for f in _stated_share_findings(document, lists) if (f.start, f.end) not in reported)
        yield from _all_but_rate_findings(document)
        yield from _average_findings(document)
        yield from _tenths_findings(document, lists)
    if context.enabled(CHANGE_MISMATCH.id):
        yield from _change_mismatch_findings(document, lists)
        yield from _after_rate_change_findings(document, lists)
        yield from _figures_after_findings(document, lists)
        yield from _from_to_findings(document)
        yield from _times_findings(document, lists)
        yield from _bracketed_base_findings(document, lists)
        yield from _net_change_findings(document, lists)
        yield from _percentage_point_findings(document)
        yield from _direction_findings(document, lists)
        yield from _difference_findings(document, lists)
        yield from _saving_findings(document)
    if context.enabled(COMPARISON_YEAR.id):
        yield from _comparison_year_findings(document, lists)
        yield from _glossed_last_year_findings(document)
