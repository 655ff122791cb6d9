"""Terminology rules: standard names, law names, 法制/法治, year-dependent names, outdated formulations.

Names and their wrong variants are data (``data/standard-names.yaml``, ``data/fazhi.yaml``,
``data/sessions.yaml``, ``data/outdated.yaml``, the names of the national laws ``data/laws.yaml``) that users extend with
``options: {terminology: {extra: [file.yaml]}}``.  The year-dependent rules compare with
``document.year`` (the year in the title) and stay silent when the year is unknown.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, Iterator, Mapping, Optional

from fzlint import recache
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.regexscan import finditer_around, occurrences
from fzlint.rules import Finding, Message, Rule, Severity, msg
from fzlint.regexscan import literal_offsets
from fzlint.textutil import CJK, TITLE_MARK_LOOKALIKES, cn_to_int, int_to_cn, is_cjk

from .common import (
    DataError,
    PatternSet,
    TextPattern,
    compile_pattern,
    derived,
    extra_files,
    literal_alternation,
    load_entries,
    load_patterns,
    load_words,
    plan_part_start,
    preceded_by,
    quoted_mention,
    rule,
    scan_patterns,
    start_after,
)

PLUGIN = "terminology"

STANDARD_NAME = rule(
    "terminology/standard-name", "terminology", "error",
    "规范名称写法有误", "Standard political or official name misspelt",
    what="A standard name written in a wrong or incomplete form: 习近平总书记法治思想, 习近平新时代特色社会"
         "主义思想, 全面国家安全观, 中央依法治国委员会, 《重大行政决策程序条例》 … (data/standard-names.yaml, "
         "rule: standard-name).",
    why="The names of the guiding thought, central bodies and regulations are fixed by the Party "
        "constitution and central documents and must be written exactly and in full.",
    example="将习近平总书记法治思想纳入乡党委理论学习中心组内容",
    use_instead="将习近平法治思想纳入乡党委理论学习中心组内容",
    source="《中国共产党章程》总纲；中央全面依法治国工作会议（2020年11月）；each entry in "
           "data/standard-names.yaml names its source",
    fixable=True,
)
POLICY_TERM = rule(
    "terminology/policy-term", "terminology", "error",
    "法治建设规范用语有误", "Canonical policy term altered",
    what="A canonical term of rule-of-law work changed: 党政主要责任人 (党政主要负责人), 履行第一责任 "
         "(履行推进法治建设第一责任人职责); altered formulas such as 严格执法、公正司法、全民学法 or "
         "法治政府建设第一责任人 are reported as info.",
    why="The 2016 regulation on the first-responsible-person duties fixes these words; reviewers "
        "check them because they name who is accountable.",
    example="严格落实党政主要责任人履行推进法治建设第一责任人职责",
    use_instead="严格落实党政主要负责人履行推进法治建设第一责任人职责",
    source="中办、国办《党政主要负责人履行推进法治建设第一责任人职责规定》（2016年12月）第二条至第四条",
    fixable=True,
)
DAY_NAME = rule(
    "terminology/day-name", "terminology", "warning",
    "法定节日名称有误", "Official day misnamed",
    what="An official day named wrongly: 全面国家安全教育日 or 国家安全日 (全民国家安全教育日, 4·15), 宪法日 "
         "(国家宪法日, 12·4); 宪法宣传日, 禁毒日 and 消费者权益保护日 are reported as info.",
    why="The names are set by law (《国家安全法》第十四条) or by the NPC Standing Committee.",
    example="“4·15”全面国家安全教育日、“12·4”宪法宣传日",
    use_instead="“4·15”全民国家安全教育日、“12·4”国家宪法日",
    source="《中华人民共和国国家安全法》第十四条；全国人大常委会《关于设立国家宪法日的决定》（2014）",
    fixable=True,
)
DOCUMENT_NAME = rule(
    "terminology/document-name", "terminology", "info",
    "政策文件名称不完整", "Policy document name incomplete",
    what="A policy document cited without the years that tell its editions apart (《法治政府建设实施纲要》), "
         "or a shorthand written with punctuation (一规划，两纲要).",
    why="There are two 法治政府建设实施纲要 (2015—2020, 2021—2025); the full name says which one applies.",
    example="认真落实《法治政府建设实施纲要》",
    use_instead="认真落实《法治政府建设实施纲要（2021—2025年）》",
    source="中共中央、国务院《法治政府建设实施纲要（2021—2025年）》；中共中央《法治中国建设规划（2020—2025年）》",
    fixable=True,
)
FAZHI = rule(
    "terminology/fazhi", "terminology", "warning",
    "应为“法治”而非“法制”", "法制 where the current term is 法治",
    what="法制 in compounds whose current official form is 法治: 法制宣传(教育), 法制观念, 法制意识, "
         "法制培训, 法制监督, 法制副校长 (renamed in 2022: reports for 2022 on), 健全社会主义法制 … "
         "Judged on word tokens, so 学法制度, 以案释法制度, 普法制度 (学法|制度) are never flagged; "
         "法制审核, 法制科 and 社会主义法制的统一 are correct, 法制机构 and 法制审查 are info.",
    why="党的十五大 (1997) moved from 法制国家 to 法治国家, the 十八届四中全会 (2014) from 法制宣传教育 to "
        "法治宣传教育, the 2018 constitutional amendment from 健全社会主义法制 to 健全社会主义法治. 法制 "
        "remains the noun for 'the legal system'.",
    example="三、深化法制宣传，着力提升群众法律意识；对法制观念淡薄的干部进行批评教育",
    use_instead="三、深化法治宣传，着力提升群众法律意识；对法治观念淡薄的干部进行批评教育",
    source="党的十八届四中全会《关于全面推进依法治国若干重大问题的决定》（2014）；《宪法修正案》（2018）"
           "第三十二条；《现代汉语词典》（第7版）“法制”“法治”条",
    fixable=True,
)
ANACHRONISM = rule(
    "terminology/anachronism", "terminology", "error",
    "引用了报告年度尚未召开的会议或尚未提出的名称", "Event or name later than the report year",
    what="A Party congress, plenary session, name or law that had not happened by the end of the "
         "first quarter after the report year (when the report is written): 二十届三中全会 in a 2023 "
         "report, 二十大 in a 2021 report (迎接/喜迎二十大 is fine), 习近平法治思想 in a 2019 report, "
         "《民营经济促进法》 (2025-04-30) in a 2024 report (its bill, 草案, is fine).",
    why="An anachronism shows the text was copied from a later report or names the wrong session.",
    example="（2023年度报告）深入学习贯彻党的二十届三中全会精神",
    use_instead="深入学习贯彻党的二十大和二十届二中全会精神",
    source="新华社通稿（十九届六中全会 2021-11，二十大 2022-10，二中全会 2023-02，三中全会 2024-07，"
           "四中全会 2025-10）; data/sessions.yaml",
)
PUFA_PLAN = rule(
    "terminology/pufa-plan", "terminology", "warning",
    "规划期次与年度不符", "Plan number does not match the year",
    what="A five-year 普法 plan that does not cover the report year: 七五普法 (2016—2020) as current in "
         "a 2023 report, 八五 in a 2019 report. The year before a plan starts and the year after it "
         "ends are accepted, and so are look-backs (七五普法先进, 七五普法以来) and the preparation of "
         "the next plan (谋划“九五”普法规划); not a claim that the next plan is done (2025年全面完成"
         "“九五”普法). And a five-year or 普法 plan whose opening or closing year is given wrongly "
         "(2025年是“十五五”规划开局之年: 2026; 2021年是“七五”普法开局之年).",
    why="Each year belongs to one plan (七五 2016—2020, 八五 2021—2025, 九五 2026—); a wrong number is "
        "usually text copied from an old report.",
    example="（2023年度报告）深入开展“七五”普法",
    use_instead="深入开展“八五”普法",
    source="《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）》；data/sessions.yaml",
    fixable=True,
)
CENSUS_EDITION = rule(
    "terminology/census-edition", "terminology", "warning",
    "普查期次与年度不符", "Census edition does not match the year",
    what="A national census named by an edition that is not the report year's: 第四次全国经济普查 as current "
         "work in a 2023 report (the fifth ran in 2022—2024), 第三次全国文物普查 in a 2024 report, "
         "五经普 in a 2019 report. An earlier edition's results (第七次全国人口普查数据, 运用第四次全国经济普查"
         "成果) and the preparation of the next edition (做好第五次全国经济普查前期准备) are not reported.",
    why="The censuses come at fixed intervals (经济普查 every 5 years, in the years ending in 3 and 8; 人口普查 "
        "every 10, in the years ending in 0 …); a wrong edition is usually text copied from an old report.",
    example="（2023年度报告）配合做好第四次全国经济普查单位清查工作",
    use_instead="配合做好第五次全国经济普查单位清查工作",
    source="《全国经济普查条例》《全国人口普查条例》《全国农业普查条例》《全国污染源普查条例》；"
           "data/sessions.yaml (censuses)",
    fixable=True,
)
OUTDATED = rule(
    "terminology/outdated", "terminology", "warning",
    "已过时的提法", "Superseded formulation",
    what="A formulation replaced at a known time, in a report for that year or later: "
         "习近平全面依法治国新理念新思想新战略 (2020+: 习近平法治思想); the 2015—2020 goal list "
         "“……廉洁高效、守法诚信” (2021+); 《合同法》《物权法》… (2021+: 民法典); 《信访条例》 (2022+). "
         "And a plan whose title gives its period (《全民健身计划（2016—2020年）》), cited as what the work "
         "follows (对照, 按照, 深入实施 …) two years or more after that period ended; a look back "
         "(……目标任务全面完成, 实施以来) is not reported.",
    why="Reports must use the current formulation; an outdated one is usually text copied from an "
        "old report.",
    example="紧紧围绕“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的目标",
    use_instead="紧紧围绕“职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意”的目标",
    source="《法治政府建设实施纲要（2021—2025年）》；中央全面依法治国工作会议（2020）；data/outdated.yaml",
    fixable=True,
)
LAW_NAME = rule(
    "terminology/law-name", "terminology", "error",
    "法律法规名称有误", "Law or regulation cited by a wrong name",
    what="A national law cited by a name that is no law's but a slip in the name of exactly one: "
         "a word added or left out (《乡村振兴法》 for 《乡村振兴促进法》, 《安全生产管理法》 for "
         "《安全生产法》), a word swapped (《妇女权益保护法》 for 《妇女权益保障法》), the words in another "
         "order (《农民工工资支付保障条例》 for 《保障农民工工资支付条例》), or "
         "《中华人民共和国……条例》 for a law (《中华人民共和国法律援助条例》); likewise a regulation of "
         "the State Council (《宗教事务管理条例》 for 《宗教事务条例》), and a regulation cited as a law "
         "(《中华人民共和国政府信息公开法》), and a regulation of the State Council cited with the prefix "
         "of a law (《中华人民共和国宗教事务条例》; the few named with it, such as 《中华人民共和国政府信息公开条例》, "
         "are listed in data/laws.yaml). Regulations by their names (《信访工作条例》), implementing "
         "regulations (……法实施条例), local regulations, bills (草案) and the usual short forms (《代表法》) "
         "are not reported.",
    why="The name of a law is fixed by the act that adopts it; a report that misnames the law it "
        "applies shows that it was not checked against the text of the law.",
    example="开展“三八”维权周活动，宣传《中华人民共和国妇女权益保护法》",
    use_instead="开展“三八”维权周活动，宣传《中华人民共和国妇女权益保障法》",
    source="全国人大常委会办公厅《现行有效法律目录》；国家法律法规数据库（flk.npc.gov.cn）；data/laws.yaml",
    fixable=True,
)
PREVIOUS_YEAR = rule(
    "terminology/stale-year", "terminology", "warning",
    "沿用了往年报告中的年份", "A year left from an earlier report",
    what="Text whose year shows it was left from last year's report: a sentence that opens with the "
         "year before the report year and gives its figures as the work done, with no comparison "
         "(2024年，镇司法所共受理法律援助申请21件 in the 2025 report); in the plans for the next year, a "
         "deadline that has passed already (2025年底前 among the plans for 2026); last year's programme "
         "followed as this year's (对照《2024年法治政府建设工作要点》逐项分解任务 in the 2025 report). A comparison (较2024年, "
         "同比) and a look back (2024年以来) are not reported.",
    why="A year's report states that year's work and the next year's plans; last year's figures told as "
        "results, or last year's deadlines, are usually last year's text left in.",
    example="（2025年度报告）2024年，镇司法所共受理法律援助申请21件。……四、2026年工作安排：力争2025年底前实现全覆盖。",
    use_instead="2025年，镇司法所共受理法律援助申请24件，较2024年增加3件。……力争2026年底前实现全覆盖。",
    source="《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：报告上一年度推进法治政府建设的主要举措和成效、下一年度的主要安排",
)
EVENT_DATE = rule(
    "terminology/event-date", "terminology", "warning",
    "会议召开时间与实际不符", "Wrong date for a session",
    what="A Party congress or plenary session (or an NPC session) told with the month it was held in, "
         "where that month is not when it was held: 2023年7月召开的二十届三中全会 (July 2024), 党的二十大于"
         "2022年11月胜利召开 (October 2022), 2025年10月召开的二十届三中全会 (the 四中全会 met then).",
    why="The year or the ordinal is wrong: either the session was misnamed or its date mistyped; both "
        "read badly in a report that cites the session as its guide.",
    example="深入领会2023年7月召开的党的二十届三中全会精神",
    use_instead="深入领会2024年7月召开的党的二十届三中全会精神",
    source="新华社通稿（各次会议的会期）; data/sessions.yaml (held)",
)
SESSION_DOCUMENT = rule(
    "terminology/session-document", "terminology", "warning",
    "会议与其审议通过的文件不符", "Document attributed to the wrong session",
    what="A session named as adopting what another session adopted: 二十届二中全会审议通过的《中共中央关于"
         "进一步全面深化改革、推进中国式现代化的决定》 (the 三中全会, July 2024), 十九届四中全会作出全面推进"
         "依法治国的决定 (the 十八届四中全会, 2014).",
    why="Each plenary session is known by what it adopted; the wrong ordinal misquotes the Party's "
        "decisions.",
    example="深入学习党的二十届二中全会审议通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》",
    use_instead="深入学习党的二十届三中全会审议通过的《中共中央关于进一步全面深化改革、推进中国式现代化的决定》",
    source="新华社通稿（各次全会公报）; data/sessions.yaml (adopted)",
)
LAW_YEAR = rule(
    "terminology/law-year", "terminology", "warning",
    "法律法规版本年份有误", "Wrong year for a law or regulation",
    what="A law or regulation cited with a year in brackets that is none of its editions: 《优化营商环境条例》"
         "（2021年） (2019), 《中华人民共和国行政处罚法》（2020年修订） (1996, 2009, 2017, 2021) "
         "(data/laws.yaml, editions; only the laws listed there are checked).",
    why="The year tells which text is meant; a wrong one cites an edition that does not exist.",
    example="认真落实《优化营商环境条例》（2021年）", use_instead="认真落实《优化营商环境条例》（2019年）",
    source="国家法律法规数据库 flk.npc.gov.cn；中国政府网国务院令; data/laws.yaml",
)
SESSION_MIX = rule(
    "terminology/session-mix", "terminology", "warning",
    "党代会与全会届次不一致", "A congress and the plenum of another congress named together",
    what="A Party congress named with a plenary session of another Central Committee as what the work follows: "
         "党的二十大和十九届三中全会精神 in a 2024 report (the plenums after the 二十大 are the 二十届 ones), "
         "十九大和二十届三中全会. In the congress's own year the plenums before it are cited with it "
         "(2022: 党的二十大和十九届六中全会精神).",
    why="The plenums that follow a congress are those of the Central Committee it elected; the other "
        "ordinal is usually a slip of the session number copied from an older report.",
    example="全面贯彻党的二十大和十九届三中全会精神", use_instead="全面贯彻党的二十大和二十届三中全会精神",
    source="《中国共产党章程》（2022年修改）第二十二条（中央委员会每届任期五年）；新华社通稿",
)
RULEMAKING = rule(
    "terminology/rulemaking-power", "terminology", "warning",
    "无权制定规章", "Rules (规章) made by a unit that cannot make them",
    what="A report of a county, a district, a township, a 街道 or a department of one that says the unit "
         "itself made rules (制定/出台/印发/发布规章): 出台规章2件规范镇域执法行为. 规章制度 (internal "
         "rules), rules cited or studied, and work with the city on its rules (配合市政府起草规章) are not "
         "reported.",
    why="Only the ministries of the State Council and the governments of provinces and of cities divided "
        "into districts make 规章 (立法法 第九十一条、第九十三条); what a county or township issues is a "
        "行政规范性文件.",
    example="（青石镇2023年度报告）出台规章2件规范镇域执法行为", use_instead="出台行政规范性文件2件规范镇域执法行为",
    source="《中华人民共和国立法法》（2023年修正）第九十一条、第九十三条",
)
RULES = (STANDARD_NAME, POLICY_TERM, DAY_NAME, DOCUMENT_NAME, LAW_NAME, FAZHI, ANACHRONISM, EVENT_DATE,
         SESSION_DOCUMENT, SESSION_MIX, LAW_YEAR, PUFA_PLAN, CENSUS_EDITION, OUTDATED, PREVIOUS_YEAR, RULEMAKING)
_NAME_RULES = {"standard-name": STANDARD_NAME, "policy-term": POLICY_TERM, "day-name": DAY_NAME,
               "document-name": DOCUMENT_NAME}
_CLAUSE_STOPS = "，。；：！？、,;:!?\n"
_PUFA_RE = recache.compile(
    r"[“\"‘]?(?P<n>[六七八九])五[”\"’]?\s*(?:普法|法治宣传教育|法制宣传教育)"
    r"|第(?P<n2>[六七八九])个五年(?:(?:法治|法制)宣传教育|普法)规划"
    r"|(?:法治|法制)宣传教育的?第(?P<n3>[六七八九])个五年规划")
#: every match of _PUFA_RE holds a 五 at most 10 characters from its start (法制宣传教育的第八个五),
#: so only the positions before each 五 are tried (see finditer_anchored)
_PUFA_ANCHOR, _PUFA_REACH = "五", 10
#: ... and that 五 follows one of these numbers, directly (七五) or with 个 between (第七个五年)
_PUFA_NUMBERS = frozenset("六七八九")


@hookimpl
def fzlint_rules():
    """Declare the terminology rules."""
    return list(RULES)


def _options(context: Any) -> tuple[Mapping[str, Any], Any]:
    return context.options(PLUGIN), getattr(context.config, "resolve", None)


def _finding(rule_obj: Rule, entry: Mapping[str, Any], message: Message, start: int, end: int,
             suggestion: Optional[str] = None) -> Finding:
    """A finding of ``rule_obj`` with the entry's own (milder) severity, e.g. ``severity: info``."""
    level = entry.get("severity")
    severity = _entry_severity(str(level)) if level else rule_obj.severity
    return Finding(rule_obj.id, severity, message, start, end, suggestion)


@lru_cache(maxsize=None)
def _entry_severity(level: str) -> Severity:
    try:
        return Severity.parse(level)
    except ValueError:
        raise DataError(f"invalid severity {level!r} in terminology data") from None


# -- standard names ------------------------------------------------------------------------------

def _name_patterns(context: Any) -> PatternSet:
    """Every variant of every standard name, compiled once per set of data files."""
    options, resolve = _options(context)
    return derived("standard-names", options, "names", resolve, _name_pattern_set)


def _name_pattern_set(items: tuple[Any, ...]) -> PatternSet:
    """The standard names' variants as patterns that suggest the name."""
    patterns = []
    for item in items:
        if not isinstance(item, Mapping) or not item.get("name"):
            raise DataError(f"standard-names: entry {item!r} needs a 'name'")
        for variant in item.get("variants") or []:
            if not isinstance(variant, Mapping):
                raise DataError(f"standard-names: variant {variant!r} of {item['name']} is not a mapping")
            merged = {"fix": item["name"], "rule": item.get("rule", "standard-name"),
                      "source": item.get("source", ""), "since": item.get("since"), **variant, "name": item["name"]}
            patterns.append(compile_pattern(merged, f"standard-names.yaml: {item['name']}"))
    return PatternSet(patterns)


def _check_names(document: Document, context: Any) -> Iterator[Finding]:
    """Wrong forms of standard names, day names, policy terms and document names."""
    if not any(context.enabled(r.id) for r in _NAME_RULES.values()):
        return
    text = document.text
    for start, end, pat, fix in scan_patterns(text, _name_patterns(context)):
        rule_obj = _NAME_RULES.get(str(pat.entry.get("rule")), STANDARD_NAME)
        if not context.enabled(rule_obj.id):
            continue
        wrong = text[start:end]
        if fix == wrong or _before_since(document, pat.entry, "standard-names.yaml"):
            continue
        note = pat.entry.get("note")
        zh = f"“{wrong}”应为“{fix}”" + (f"：{note}" if note else "")
        en = f"'{wrong}' should read '{fix}' (standard form: {pat.entry['name']})"
        yield _finding(rule_obj, pat.entry, msg(zh, en), start, end, fix)


# -- names of laws --------------------------------------------------------------------------------

_PRC = "中华人民共和国"
#: the longest cited name looked at (地方各级人民代表大会和地方各级人民政府组织法 with the prefix: 29)
_LAW_NAME_REACH = 40
#: at most this many adjacent characters added to or left out of the name of a law
_LAW_GAP = 2
#: a word of ``swaps`` is exchanged only in a name of at least this many characters (before 法)
_LAW_SWAP_MIN = 4


class _NameIndex:
    """Official names ending in one suffix (法, 条例), arranged for finding the one a wrong name is a slip for."""

    __slots__ = ("suffix", "known", "targets", "_names", "_gapped", "_swaps", "_anagrams", "_substituted")

    def __init__(self, suffix: str, names: frozenset[str], targets: frozenset[str], known: frozenset[str],
                 swaps: tuple[tuple[str, str], ...]) -> None:
        self.suffix = suffix
        #: the names a slip is corrected to; every name that is never reported
        self.targets, self.known = targets, known
        #: the names arranged below at the first slip asked about (most reports cite known names only,
        #: and arranging a few hundred names costs a fresh process 3 ms)
        self._names = names
        #: a stem (the name before the suffix) with up to _LAW_GAP adjacent characters left out -> the stems
        self._gapped: Optional[dict[str, set[str]]] = None
        #: the characters of a stem, sorted -> the stems (a name with its words in another order)
        self._anagrams: dict[str, set[str]] = {}
        #: a stem with one character blanked -> the stems (a homophone typed for one character: 劳动和同法)
        self._substituted: dict[str, set[str]] = {}
        self._swaps = swaps

    def _arrange(self) -> dict[str, set[str]]:
        """Fill the lookups of slips (once); returns the stems by their shortened forms."""
        if self._gapped is None:
            suffix, gapped = self.suffix, {}
            for name in self._names:
                stem = name[:-len(suffix)] if name.endswith(suffix) else None
                for _, shorter in _gaps(stem) if stem else ():
                    gapped.setdefault(shorter, set()).add(stem)
                if stem and len(stem) >= _LAW_SWAP_MIN:
                    self._anagrams.setdefault("".join(sorted(stem)), set()).add(stem)
                    for i in range(len(stem)):
                        self._substituted.setdefault(stem[:i] + "\0" + stem[i + 1:], set()).add(stem)
            self._gapped = gapped
        return self._gapped

    def slip_for(self, stem: str) -> Optional[str]:
        """The one name that ``stem`` + the suffix is a slip for, or None (none, or more than one)."""
        suffix = self.suffix
        stems = set(self._arrange().get(stem, ()))  # the cited name lacks a word
        # the cited name has a word more, not before the name (家庭教育法 is not a slip for 教育法:
        # a word before the name of a law names another law) (to a one-character name too: 水资源法
        # for 水法); two characters more only when no name is one character away (劳动和同法)
        more = [(len(stem) - len(s), s) for i, s in _gaps(stem, shortest=1) if i > 0 and s + suffix in self.known]
        stems.update(s for size, s in more if size == 1)
        if len(stem) >= _LAW_SWAP_MIN:
            # the words in another order (农民工工资支付保障条例 for 保障农民工工资支付条例): the same
            # characters tell more than a word more or less (能源节约法: 节约能源法, not 能源法)
            reordered = self._anagrams.get("".join(sorted(stem)), set()) - {stem}
            if len(reordered) == 1:
                name = next(iter(reordered)) + suffix
                return name if name in self.targets else None
            stems.update(reordered)
            swapped_short: set[str] = set()  # a word exchanged and a word left out as well
            for wrong, right in self._swaps:
                at = stem.find(wrong)
                while at >= 0:
                    swapped = stem[:at] + right + stem[at + len(wrong):]
                    if swapped + suffix in self.known:
                        stems.add(swapped)
                    swapped_short.update(self._gapped.get(swapped, ()))  # type: ignore[union-attr]
                    at = stem.find(wrong, at + 1)
            if not stems:
                # one character typed wrong (劳动和同法 for 劳动合同法): a closer slip than two characters more
                stems = {s for i in range(len(stem)) for s in self._substituted.get(stem[:i] + "\0" + stem[i + 1:], ())}
                stems.discard(stem)
            if not stems:
                # the old name of a body and a word short (医疗保险基金监督管理条例 for 医疗保障基金使用监督管理条例)
                stems = swapped_short
        if not stems:
            stems.update(s for size, s in more if size > 1)
        if not stems and len(stem) >= 2:
            # the name's first words alone (粮食法 for 粮食安全保障法): only when one name opens with them
            stems = {n[:-len(suffix)] for n in self._names if n.startswith(stem) and n.endswith(suffix)
                     and len(n) - len(suffix) > len(stem)}
        if len(stems) != 1:
            return None
        name = stems.pop() + suffix
        return name if name in self.targets else None


class _LawTable:
    """The names of ``data/laws.yaml`` arranged for finding the one law or regulation a wrong name is a slip for."""

    __slots__ = ("known", "laws", "regulations", "prefixed", "implemented", "law_index", "regulation_index",
                 "abbreviations", "national_only", "measures")

    def __init__(self, laws: tuple[Any, ...], bills: tuple[Any, ...], regulations: tuple[Any, ...],
                 state_regulations: tuple[Any, ...], implemented: tuple[Any, ...], short: tuple[Any, ...],
                 swaps: tuple[Any, ...], prefixed: tuple[Any, ...] = (), abbreviations: tuple[Any, ...] = (),
                 national_only: tuple[Any, ...] = (), measures: tuple[Any, ...] = ()) -> None:
        #: the official names of the laws (without the prefix): the only suggestions for a law
        self.laws = frozenset(_law_names(laws, "laws"))
        planned = frozenset(_law_names(bills, "bills"))
        #: the regulations of the State Council: the only suggestions for a regulation
        self.regulations = frozenset(_law_names(state_regulations, "state_regulations"))
        #: the regulations of the State Council named …办法 (发票管理办法), the only suggestions for a 条例 so named
        self.measures = frozenset(_law_names(measures, "state_measures"))
        #: the regulations of the State Council whose official name opens with 中华人民共和国
        self.prefixed = frozenset(_law_names(prefixed, "prefixed_regulations"))
        #: the laws no regulation is named for (行政处罚法): 《行政处罚条例》 is a slip even without the prefix
        self.national_only = frozenset(_law_names(national_only, "national_only")) & self.laws
        #: the laws implemented by a …法实施条例
        self.implemented = frozenset(_law_names(implemented, "implemented_by_regulations"))
        #: short forms and the laws they stand for (人防法: 人民防空法)
        self.abbreviations = {str(e["short"]): str(e["law"]) for e in abbreviations
                              if isinstance(e, Mapping) and e.get("short") and e.get("law")}
        #: every name that is never reported (without the prefix, for the abbreviations)
        self.known = self.laws | planned | self.regulations | self.measures | frozenset(self.abbreviations) | \
            frozenset(_law_names(regulations, "regulations")) | frozenset(_law_names(short, "short_names"))
        pairs: list[tuple[str, str]] = []
        for pair in swaps:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) and w for w in pair)):
                raise DataError(f"laws.yaml: swaps: {pair!r} is not a pair of words")
            pairs += [(pair[0], pair[1]), (pair[1], pair[0])]
        self.law_index = _NameIndex("法", self.laws | planned, self.laws, self.known, tuple(pairs))
        self.regulation_index = _NameIndex("条例", self.regulations, self.regulations, self.known, tuple(pairs))

    def slip_for(self, stem: str) -> Optional[str]:
        """The one law (its name) that ``stem`` + 法 is a slip for, or None (none, or more than one)."""
        return self.law_index.slip_for(stem)


def _law_names(entries: tuple[Any, ...], key: str) -> list[str]:
    names = []
    for entry in entries:
        if not isinstance(entry, str) or not entry:
            raise DataError(f"laws.yaml: {key}: {entry!r} is not the name of a law")
        names.append(entry)
    return names


def _gaps(stem: str, shortest: int = 2) -> Iterator[tuple[int, str]]:
    """(offset, ``stem`` with 1 to _LAW_GAP adjacent characters left out there), each at least ``shortest`` characters long."""
    for size in range(1, _LAW_GAP + 1):
        if len(stem) - size >= shortest:
            for i in range(len(stem) - size + 1):
                yield i, stem[:i] + stem[i + size:]


#: the law tables by the user's extra data files
_LAW_TABLES: dict[tuple[str, ...], _LawTable] = {}


def _law_table(context: Any) -> _LawTable:
    """The names of the laws of ``data/laws.yaml`` and the user's extra files, arranged once per set of files."""
    options, resolve = _options(context)
    files = extra_files(options, resolve)
    table = _LAW_TABLES.get(files)
    if table is None:
        table = _LAW_TABLES[files] = _LawTable(
            *(load_entries("laws", options, key, resolve)
              for key in ("laws", "bills", "regulations", "state_regulations", "implemented_by_regulations",
                          "short_names", "swaps", "prefixed_regulations", "abbreviations", "national_only",
                          "state_measures")))
    return table


#: title marks, and the look-alikes a draft may use for them (<<…>>: punctuation/title-mark-lookalike)
_TITLE_MARKS = (("《", "》"), *TITLE_MARK_LOOKALIKES)
#: what a cited law's name ends with right before its closing mark (the prefilter of _check_law_names)
_LAW_NAME_CLOSINGS = tuple(e + closing for _, closing in _TITLE_MARKS for e in ("法", "条例", "细则"))


def _cited_names(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, ending) of every name between 《 and 》 (or << and >>) on one line that ends with 法,
    条例 or 实施细则, in order."""
    found = []
    for opening, closing in _TITLE_MARKS:
        end = text.find(closing)  # a few in a report: str.find is faster than a search for 法》 and 条例》
        while end >= 0:
            ending = ("法" if text[end - 1:end] == "法" else "条例" if text[end - 2:end] == "条例"
                      else "实施细则" if text[end - 4:end] == "实施细则" else None)
            if ending is not None:
                opened = text.rfind(opening, max(0, end - _LAW_NAME_REACH), end)
                if opened >= 0 and not any(c in closing[0] + "\n" for c in text[opened + len(opening):end]):
                    found.append((opened + len(opening), end, ending))
            end = text.find(closing, end + 1)
    return iter(sorted(found))


def _check_law_names(document: Document, context: Any) -> Iterator[Finding]:
    """Cited laws whose name is a slip for the name of one law."""
    text = document.text
    if not any(c in text for c in _LAW_NAME_CLOSINGS) or not context.enabled(LAW_NAME.id):
        return
    table: Optional[_LawTable] = None
    for start, end, ending in _cited_names(text):
        prefixed = text.startswith(_PRC, start)
        body_start = start + len(_PRC) if prefixed else start
        body = text[body_start:end]
        if not all(is_cjk(c) for c in body):
            continue
        table = table or _law_table(context)
        if body in table.known:
            if prefixed and body in table.abbreviations:
                # a short form with the prefix of the official name (中华人民共和国人防法)
                right = table.abbreviations[body]
                yield LAW_NAME.finding(
                    msg(f"“{body}”应为“{right}”：“{body}”是简称，冠以“{_PRC}”时应写全称（《{_PRC}{right}》）",
                        f"'{body}' should read '{right}': {body} is a short form, and the name with {_PRC} is "
                        f"the official one ({_PRC}{right})"),
                    body_start, end, right)
            elif prefixed and body in table.regulations and body not in table.prefixed:
                # a regulation of the State Council cited with the prefix of a law (中华人民共和国宗教事务条例)
                yield LAW_NAME.finding(
                    msg(f"行政法规《{body}》的名称不冠“{_PRC}”", f"the regulation {body} is not named with {_PRC}"),
                    start, body_start, "")
            continue
        regulation = False
        if ending == "实施细则":
            # the implementing regulation of a law named as a 细则 (土地管理法实施细则 for …实施条例)
            if body[:-4] not in table.implemented:
                continue
            right, regulation = body[:-4] + "实施条例", True
            why_zh, why_en = "该法的实施性行政法规名为“实施条例”", "the law's implementing regulation is a 实施条例"
        elif body.endswith("办法") and prefixed and body[:-2] + "法" in table.laws:
            # with the prefix, a law named as an 办法 (中华人民共和国行政许可办法 for 行政许可法)
            right = body[:-2] + "法"
            why_zh, why_en = "这是法律，名称是“……法”，不是“办法”", "it is a law, not an 办法"
        elif body.endswith("办法"):
            # a regulation of the State Council cited as an 办法 (取水许可和水资源费征收管理办法); any other
            # 办法 is a ministry's or a local one, never reported
            if body[:-2] + "条例" not in table.regulations:
                continue
            right, regulation = body[:-2] + "条例", True
            why_zh, why_en = "这是行政法规，名称是“……条例”，不是“办法”", "it is a regulation (条例), not an 办法"
        elif ending == "条例":
            # with the prefix, 《X条例》 may be a law named as a regulation (法律援助条例); without it only
            # when no regulation, national or local, is named so (行政处罚条例)
            law = body[:-2] + "法"
            right = law if law in table.laws and (prefixed or law in table.national_only) else None
            why_zh, why_en = "这是法律，名称是“……法”，不是“条例”", "it is a law, not a regulation"
            if right is None and body[:-2] + "办法" in table.measures:
                # a regulation of the State Council named …办法 cited as a 条例 (发票管理条例)
                right, regulation = body[:-2] + "办法", True
                why_zh, why_en = "这一行政法规的名称是“……办法”，不是“条例”", "the regulation is named 办法, not 条例"
            if right is None and "法实施" not in body:  # (not a law's own …法实施条例)
                right, regulation = table.regulation_index.slip_for(body[:-2]), True
                why_zh, why_en = "没有这一名称的行政法规", "no regulation has this name"
        elif body[:-1] + "条例" in table.regulations or body[:-1] + "工作条例" in table.regulations:
            # (信访法 for 信访工作条例: the regulations of a kind of work are named …工作条例)
            right = body[:-1] + ("条例" if body[:-1] + "条例" in table.regulations else "工作条例")
            regulation = True
            why_zh, why_en = "没有这一法律，这是行政法规", "there is no such law: it is a regulation"
        else:
            right = table.slip_for(body[:-1])
            why_zh, why_en = "没有这一名称的法律", "no law has this name"
        if right is None:
            continue
        official = (_PRC + right if right in table.prefixed else right) if regulation else _PRC + right
        yield LAW_NAME.finding(
            msg(f"“{body}”应为“{right}”：{why_zh}（《{official}》）",
                f"'{body}' should read '{right}': {why_en} ({official})"),
            body_start, end, right)


# -- 法制 / 法治 -------------------------------------------------------------------------------------

class _FazhiTable:
    """The entries of ``data/fazhi.yaml`` arranged for the lookups at each 法制."""

    __slots__ = ("_follow_lengths", "_follows", "precedes", "catch_all")

    def __init__(self, raw: tuple[Any, ...]) -> None:
        entries = [e for e in raw if isinstance(e, Mapping)]
        # the longest following word wins, and among equal ones the first entry: one dictionary
        # per length, longest first, instead of testing every word at every 法制
        self._follows: dict[int, dict[str, Mapping[str, Any]]] = {}
        for e in entries:
            if "follow" in e and e["follow"]:
                word = str(e["follow"])
                self._follows.setdefault(len(word), {}).setdefault(word, e)
        self._follow_lengths = sorted(self._follows, reverse=True)
        #: (preceding word, entry), in file order
        self.precedes = [(str(e["precede"]), e) for e in entries if e.get("precede")]
        #: the entry without a following word (法制 before any other ideograph), if any
        self.catch_all = next((e for e in entries if "follow" in e and not e["follow"]), None)

    def following(self, after: str) -> Optional[tuple[str, Mapping[str, Any]]]:
        """(word, entry) of the longest following word that ``after`` starts with, or None."""
        for size in self._follow_lengths:
            entry = self._follows[size].get(after[:size])
            if entry is not None:
                return after[:size], entry
        return None


def _fazhi_table(context: Any) -> _FazhiTable:
    options, resolve = _options(context)
    return derived("fazhi", options, "fazhi", resolve, _FazhiTable)


_CJK_UP_TO_TWO = recache.compile(f"[{CJK}]{{0,2}}")


def _check_fazhi(document: Document, context: Any) -> Iterator[Finding]:
    """法制 in compounds whose current form is 法治, judged on the tokens around each occurrence."""
    if not context.enabled(FAZHI.id):
        return
    offsets = literal_offsets(document.text, "法制")
    if not offsets:
        return
    table = _fazhi_table(context)
    for at in offsets:
        finding = _fazhi_at(document, at, table)
        if finding is not None:
            yield finding


#: the end of the name of a department of a government (县林业和草原局, 县发展和改革委员会, 县人民政府办公室)
_DEPARTMENT_UNIT = recache.compile(r"(?:局|委员会|办公室|中心|大队|支队|分局|管理处)$")


def _fazhi_at(document: Document, i: int, table: _FazhiTable) -> Optional[Finding]:
    """The finding for the 法制 at offset ``i``, or None when it is right there."""
    text = document.text
    found = table.following(text[i + 2:i + 12])
    if found is not None:
        word, entry = found
        end = i + 2 + len(word)
    else:
        before = text[max(0, i - 10):i]
        entry = next((e for word, e in table.precedes if before.endswith(word)), None)
        if entry is None and is_cjk(text[i + 2:i + 3]):
            entry = table.catch_all  # 法制 at a clause end (公安、司法、法制) is a category name
        end = i + 2
    if entry is None or entry.get("skip") or _before_since(document, entry):
        return None  # decided without segmenting the sentence
    if preceded_by(text, i, entry.get("not_after")):
        return None  # (局法制机构: a department's own legal office keeps its name)
    if entry.get("departments") is False and document.unit and _DEPARTMENT_UNIT.search(document.unit):
        return None  # (a 局's report: 法律顾问和法制机构人员先行合法性审查 names its own legal office)
    token = document.token_at(i)
    # 法制 must be (the start or the end of) one word: 学法|制度 and 普法|制度 are not 法制
    if token is None or token.end < i + 2 or not (token.start == i or token.end == i + 2):
        return None
    wrong = text[i:end]
    note = entry.get("note")
    if entry.get("suggest", True) is False:
        zh, en, right = f"“{wrong}”：{note or '请核对是否应为“法治”'}", f"'{wrong}': check the current name", None
    elif not entry.get("follow") and not entry.get("precede"):
        right = "法治"
        shown = wrong + _CJK_UP_TO_TWO.match(text, end, end + 2).group(0)
        zh = (f"“{shown}”中的“法制”" if shown != wrong else f"“{wrong}”") + \
            (f"：{note}" if note else "：请核对是否应为“法治”")
        en = f"'法制' in '{shown}': the current term is usually 法治"
    else:
        right = "法治" + wrong[2:]
        zh = f"“{wrong}”应为“{right}”" + (f"：{note}" if note else "：现行规范用语是“法治”")
        en = f"'{wrong}' should be '{right}' (法治, the rule of law, is the current official term)"
    if _inside_title_marks(text, i):
        # a cited title keeps its own wording (《江苏省法制宣传教育条例》, 《法制与社会》): only a
        # hint, and no fix, which would change the name of a law or a journal
        return Finding(FAZHI.id, Severity.INFO, msg(zh, en), i, end, None)
    return _finding(FAZHI, entry, msg(zh, en), i, end, right)


def _since(entry: Mapping[str, Any], data_file: str) -> int:
    """The year from which a data entry applies (``since``; 0 when it names none)."""
    try:
        return int(entry.get("since") or 0)
    except (TypeError, ValueError):
        raise DataError(f"{data_file}: 'since' must be a year in {dict(entry)!r}") from None


def _before_since(document: Document, entry: Mapping[str, Any], data_file: str = "fazhi.yaml") -> bool:
    """True when the entry applies only from a year (``since``) later than the report's."""
    year = document.year
    return year is not None and year < _since(entry, data_file)


def _inside_title_marks(text: str, offset: int) -> bool:
    """True when ``offset`` sits between 《 and 》 on its line."""
    line_start = text.rfind("\n", 0, offset) + 1
    opened = text.rfind("《", line_start, offset)
    if opened < 0 or text.rfind("》", opened, offset) >= 0:
        return False
    line_end = text.find("\n", offset)
    closed = text.find("》", offset, line_end if line_end >= 0 else len(text))
    return closed >= 0


# -- year-dependent names ----------------------------------------------------------------------------

def _as_date(value: Any) -> Optional[_dt.date]:
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _clause_before(text: str, start: int, width: int = 12) -> str:
    """Up to ``width`` characters before ``start`` within the same clause."""
    s = start
    while s > 0 and start - s < width and text[s - 1] not in _CLAUSE_STOPS:
        s -= 1
    return text[s:start]


def _clause_after(text: str, end: int, width: int = 10) -> str:
    """Up to ``width`` characters after ``end`` within the same clause."""
    e = end
    while e < len(text) and e - end < width and text[e] not in _CLAUSE_STOPS:
        e += 1
    return text[end:e]


def _event_date(entry: Mapping[str, Any]) -> tuple[Optional[_dt.date], bool]:
    """The day an event happened (``date``), or the first day it can have happened when only a day
    it followed is known (``after``: a session not yet held when the data was written), and whether
    the day is such a bound."""
    when = _as_date(entry.get("date"))
    if when is not None:
        return when, False
    after = _as_date(entry.get("after"))
    return (None, False) if after is None else (after + _dt.timedelta(days=1), True)


def _event_matches(text: str, patterns: "PatternSet | list[TextPattern]", after: _dt.date
                   ) -> Iterator[tuple[TextPattern, _dt.date, bool, "re.Match[str]"]]:
    """Every match of every event dated after ``after`` (a list such as 十九届二中、三中全会 matches
    each session), with its date and whether that date is only the first day it can have happened."""
    for pat in patterns.candidates(text) if isinstance(patterns, PatternSet) else patterns:
        when, bound = _event_date(pat.entry)
        if when is None or when <= after:
            continue
        for m in pat.finditer(text):
            yield pat, when, bound, m


def _looks_forward(text: str, end: int, words: list[str], retro: tuple[str, ...]) -> bool:
    """True when the words after a name look forward to it (胜利召开 but not 胜利召开以来)."""
    for word in words:
        if text.startswith(word, end):
            return not text.startswith(retro, end + len(word))
    return False


def _check_anachronism(document: Document, context: Any) -> Iterator[Finding]:
    """Events and laws dated after the day the report is dated (else the first quarter after its year)."""
    year = document.year
    if not context.enabled(ANACHRONISM.id) or year is None:
        return
    options, resolve = _options(context)
    cutoff, written = _written_by(document, year)
    text = document.text
    yield from _session_anachronisms(text, year, cutoff, written, options, resolve)
    yield from _law_anachronisms(text, year, cutoff, written, options, resolve)
    yield from _done_after_signing(document, year)


#: a month (and day) told as the time of something done: 于2026年3月召开…推进会
_DONE_ON = recache.compile(
    r"(?P<when>(?P<y>20\d{2})年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?)"
    r"(?:上旬|中旬|下旬|初|中|底|末)?[，,]?(?:[\u4e00-\u9fff]{0,6}?)"
    r"(?:召开|举办|举行|开展|组织|印发|出台|完成|通过|审议|启动|成立|建成|开通|发布|签订|签署|表彰)")
#: words in the clause of such a date that make it a plan, a deadline or a date of effect (将于…召开, …前完成, 自…起施行)
_NOT_DONE_WORDS = ("将", "拟", "计划", "预计", "力争", "争取", "确保", "届时", "定于", "准备", "安排", "要求", "前", "截至",
                   "截止", "期限", "起施行", "起实施", "生效", "预定", "待")


def _plans_start(document: Document, year: int) -> int:
    """Where the part on the plans for the year after ``year`` starts (the heading words of the numbers data)."""
    return plan_part_start(document, load_words("numbers", {}, "plan_words"), year)


def _done_after_signing(document: Document, year: int) -> Iterator[Finding]:
    """Something told as done in a month after the report's own date (dated 2026年2月6日: 于2026年3月
    召开……推进会): a date copied wrong, or a report dated before it was finished."""
    from fzlint.checklist.frame import signed_on

    signed = signed_on(document)
    text = document.text
    if signed is None or str(signed.year) not in text:
        return
    plans = _plans_start(document, year)
    for m in _DONE_ON.finditer(text, 0, plans):
        y, mo = int(m.group("y")), int(m.group("m"))
        if (y, mo) <= (signed.year, signed.month) and not (
                m.group("d") and (y, mo) == (signed.year, signed.month) and int(m.group("d")) > signed.day):
            continue
        clause = _clause_before(text, m.start(), 16) + text[m.start():m.end()]
        if any(w in clause for w in _NOT_DONE_WORDS) or text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
            continue
        when = m.group("when")
        yield ANACHRONISM.finding(
            msg(f"报告成文日期为{signed.year}年{signed.month}月{signed.day}日，此处却把“{when}”的事写作已经做了，请核对日期",
                f"the report is dated {signed.isoformat()}, yet '{when}' is told as done; check the date"),
            m.start("when"), m.end("when"))


def _written_by(document: Document, year: int) -> tuple[_dt.date, tuple[str, str]]:
    """The last day a report of ``year`` can speak of, and how the messages say so: 31 March of the
    next year (reports are written in its first quarter), or the day the report is dated when that
    comes earlier in the year or the next.  A later date is no later bound: the data knows some
    sessions only as not held by a day (``after:``), which a report dated in April may not pass."""
    from fzlint.checklist.frame import signed_on

    signed = signed_on(document)
    if signed is not None and _dt.date(year, 1, 1) <= signed < _dt.date(year + 1, 3, 31):
        return signed, (f"报告年度为{year}年，成文日期为{signed.year}年{signed.month}月{signed.day}日",
                        f"the report is for {year} and dated {signed.isoformat()}")
    return _dt.date(year + 1, 3, 31), (f"报告年度为{year}年（于{year + 1}年一季度撰写）", f"the report is for {year}")


def _session_anachronisms(text: str, year: int, cutoff: _dt.date, written: tuple[str, str],
                          options: Mapping[str, Any], resolve: Any) -> Iterator[Finding]:
    """Sessions and names dated after ``cutoff``, unless the text looks forward to them (迎接二十大)."""
    forward = load_words("sessions", options, "forward_words", resolve)
    after_forward = load_words("sessions", options, "after_forward", resolve)
    after_retro = load_words("sessions", options, "after_retrospective", resolve)
    for pat, when, bound, m in _event_matches(text, load_patterns("sessions", options, "events", resolve),
                                              cutoff):
        start, end = m.span()
        before = _clause_before(text, start)
        if any(w in before for w in forward) or _looks_forward(text, end, after_forward, after_retro):
            continue
        name = str(pat.entry.get("name", text[start:end]))
        note = pat.entry.get("note")
        # a list of sessions (二十届二中、三中、四中全会): only the one that had not met yet is reported
        last = max(text.rfind(sep, start, end) for sep in "、和及与")
        if last > start and text.endswith("中全会", 0, end):
            start = last + 1
        zh_when, en_when = ((f"{when.year}年{when.month}月以后才有的", f"after {when.isoformat()}") if bound
                            else (f"{when.year}年{when.month}月才有的", f"from {when.isoformat()}"))
        yield ANACHRONISM.finding(
            msg(f"{written[0]}，而“{text[start:end]}”是{zh_when}（{name}）"
                + (f"：{note}" if note else "") + "，请核对年份或会议届次",
                f"{written[1]}, but '{text[start:end]}' ({name}) dates {en_when}: "
                "check the year or the session"),
            start, end)


# -- sessions told with their date or what they adopted ----------------------------------------------

#: a month (and day) just before a session's name: 2024年7月召开的党的二十届三中全会
_HELD_BEFORE = recache.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年|(?<![\d年]))(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?"
    r"(?:(?:至|—|－|-|～|~)(?:(?:1[0-2]|0?[1-9])月)?(?:3[01]|[12]\d|0?[1-9])日)?"
    r"(?:在北京)?(?:胜利|隆重)?(?:召开|举行|开幕|闭幕)的(?:中国共产党|党的)?$")
#: ... or just after it: 党的二十大于2022年10月胜利召开
_HELD_AFTER = recache.compile(
    r"(?:于|在)(?P<y>(?:19|20)\d{2})年(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?"
    r"(?:(?:至|—|－|-|～|~)(?:(?:1[0-2]|0?[1-9])月)?(?:3[01]|[12]\d|0?[1-9])日)?)?"
    r"(?:在北京)?(?:胜利|隆重)?(?:召开|举行|开幕|闭幕|审议通过|通过|作出)")
#: ... or in brackets after it: 二十届三中全会（2024年7月）
_HELD_BRACKET = recache.compile(
    r"[（(](?P<y>(?:19|20)\d{2})年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?(?:召开)?[）)]")
#: ... or a month just before it whose verb follows it: 2024年7月，党的二十届三中全会胜利召开
_DATE_BEFORE = recache.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>3[01]|[12]\d|0?[1-9])日)?[，,]?(?:中国共产党|党的)?$")
_HELD_VERB = recache.compile(r"(?:在北京)?(?:胜利|隆重)?(?:召开|举行|开幕|闭幕)")
#: the words between a session and what it adopted: 二十届三中全会审议通过的《中共中央关于
_ADOPTED_LINK = recache.compile(
    r"(?:(?:审议)?通过(?:了|的)?|作出(?:了|的)?|提出(?:了|的)?|对|就|关于|部署的)?(?:重大)?《?(?:中共中央)?(?:关于)?")


def _held(entry: Mapping[str, Any]) -> list[tuple[_dt.date, _dt.date]]:
    """The first and last days of a session (``held: [first, last]``), or of each time a meeting was
    held (``held: [[first, last], …]``), as far as the data gives them."""
    span = entry.get("held")
    if not isinstance(span, (list, tuple)):
        return []
    spans = span if span and all(isinstance(s, (list, tuple)) for s in span) else [span]
    out = []
    for s in spans:
        if len(s) == 2 and (first := _as_date(s[0])) is not None and (last := _as_date(s[1])) is not None:
            out.append((first, last))
    return out


class _InYear:
    """A date told without its year (7月召开的), read in the report's year."""

    __slots__ = ("_m", "_year")

    def __init__(self, m: "re.Match[str]", year: int) -> None:
        self._m, self._year = m, year

    def group(self, name: str) -> Optional[str]:
        """The group of the match, the year being the report's."""
        return str(self._year) if name == "y" else self._m.group(name)

    def start(self) -> int:
        """Where the date starts."""
        return self._m.start()

    def end(self) -> int:
        """Where the date ends."""
        return self._m.end()


def _told_date_fits(m: "re.Match[str] | _InYear", first: _dt.date, last: _dt.date) -> bool:
    """Whether the year, month (and day) of ``m`` fall within ``first``..``last``."""
    if not m.group("m"):
        return first.year <= int(m.group("y")) <= last.year  # 于2022年审议通过
    y, mo = int(m.group("y")), int(m.group("m"))
    if m.group("d"):
        try:
            return first <= _dt.date(y, mo, int(m.group("d"))) <= last
        except ValueError:
            return False
    return (first.year, first.month) <= (y, mo) <= (last.year, last.month)


def _single_session(text: str, start: int, end: int) -> bool:
    """True unless the match is a list of sessions (十九届二中、三中全会)."""
    return not any(sep in text[start:end] for sep in "、和及与")


def _session_matches(text: str, options: Mapping[str, Any], resolve: Any
                     ) -> Iterator[tuple[TextPattern, "re.Match[str]"]]:
    """Every match of a single session that the data gives a ``held`` span."""
    for pat in load_patterns("sessions", options, "events", resolve).candidates(text):
        if "held" not in pat.entry:
            continue
        for m in pat.finditer(text):
            if _single_session(text, *m.span()):
                yield pat, m


def _held_in(events: tuple[Any, ...], m: "re.Match[str]") -> Optional[str]:
    """The name of the session held at the date of ``m``, if the data knows one."""
    for entry in events:
        if isinstance(entry, Mapping) and any(_told_date_fits(m, *span) for span in _held(entry)):
            return str(entry.get("name"))
    return None


def _adopted_by(events: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
    """(words of what a session adopted, the session's name), longest words first."""
    pairs = [(str(words), str(e.get("name"))) for e in events if isinstance(e, Mapping)
             for words in e.get("adopted") or ()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=8)
def _adopted_words(adopted: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The words of ``adopted`` alone, to test a position against all of them at once."""
    return tuple(w for w, _ in adopted)


def _check_session_facts(document: Document, context: Any) -> Iterator[Finding]:
    """Sessions told with a month they were not held in, or with what another session adopted."""
    dates, documents = context.enabled(EVENT_DATE.id), context.enabled(SESSION_DOCUMENT.id)
    text = document.text
    if not (dates or documents):
        return
    options, resolve = _options(context)
    events = load_entries("sessions", options, "events", resolve)
    adopted = derived("sessions", options, "events", resolve, _adopted_by)
    for pat, m in _session_matches(text, options, resolve):
        start, end = m.span()
        name = str(pat.entry.get("name", m.group()))
        spans = _held(pat.entry)
        # (each form asked for only when its telltale character is there: 的 before, 于/在 or a bracket after)
        told = _HELD_BEFORE.search(text, max(0, start - 40), start) \
            if dates and "的" in text[max(0, start - 6):start] and "月" in text[max(0, start - 40):start] else None
        if told is not None and told.group("y") is None:
            told = _InYear(told, document.year) if document.year is not None else None  # 7月召开的 (the report's year)
        if told is None and dates and text[end:end + 1] in ("于", "在", "（", "("):
            told = _HELD_AFTER.match(text, end) or _HELD_BRACKET.match(text, end)
        if told is None and dates and _HELD_VERB.match(text, end):
            told = _DATE_BEFORE.search(text, max(0, start - 20), start)
        if told is not None and spans and not any(_told_date_fits(told, *span) for span in spans):
            when = "、".join(f"{first.year}年{first.month}月" for first, _ in spans)
            said = f"{told.group('y')}年" + (f"{told.group('m')}月" if told.group("m") else "")
            other = _held_in(events, told)
            zh_other = f"；{said}召开的是{other}" if other and other != name else ""
            en_other = f"; {other} met then" if other and other != name else ""
            yield EVENT_DATE.finding(
                msg(f"{name}于{when}召开，与此处所写的“{said}”不符{zh_other}，请核对年份或届次",
                    f"{name} met in {', '.join(first.isoformat()[:7] for first, _ in spans)}, not in {said}"
                    f"{en_other}: check the year or the session"),
                min(start, told.start()), max(end, told.end()))
        if not documents or not adopted:
            continue
        link = _ADOPTED_LINK.match(text, end)
        at = link.end() if link else end
        if not text.startswith(_adopted_words(adopted), at):
            continue
        for words, owner in adopted:
            if owner != name and text.startswith(words, at):
                yield SESSION_DOCUMENT.finding(
                    msg(f"“{words}”是{owner}审议通过的内容，此处却归于{name}，请核对会议届次",
                        f"'{words}' was adopted by {owner}, not by {name}: check the session"),
                    start, at + len(words))
                break


#: the edition of a cited law in brackets right after its name: （2021年修订）
_EDITION_NOTE = r"[（(](?P<y>(?:19|20)\d{2})\s*年(?:修订|修正|修改|版|施行|颁布|公布|制定)?(?:本)?[）)]"
_EDITION_NOTE_RE = recache.compile(_EDITION_NOTE)


def _editions(entries: tuple[Any, ...]) -> tuple[dict[str, tuple[int, ...]], Optional["re.Pattern[str]"]]:
    """(the years of each law's editions, its citations with a year in brackets) of ``editions``."""
    years = {str(e["name"]): tuple(int(y) for y in e.get("years") or ()) for e in entries
             if isinstance(e, Mapping) and e.get("name")}
    if not years:
        return years, None
    names = literal_alternation(years)
    return years, recache.compile(rf"《(?:中华人民共和国)?(?P<law>{names})》{_EDITION_NOTE}")



def _check_law_years(document: Document, context: Any) -> Iterator[Finding]:
    """A law or regulation cited with a year none of its editions has (《优化营商环境条例》（2021年））."""
    text = document.text
    if not context.enabled(LAW_YEAR.id) or "》（" not in text and "》(" not in text:
        return
    options, resolve = _options(context)
    years, pattern = derived("laws", options, "editions", resolve, _editions)
    if pattern is None:
        return
    for at in occurrences(text, ("》（", "》(")) or []:
        start = text.rfind("《", max(0, at - 40), at)
        m = pattern.match(text, start) if start >= 0 else None
        if m is None or int(m.group("y")) in years[m.group("law")]:
            continue
        known = "、".join(str(y) for y in years[m.group("law")])
        yield LAW_YEAR.finding(
            msg(f"《{m.group('law')}》的制定、修正和修订年份为{known}年，此处写作{m.group('y')}年，请核对",
                f"the editions of {m.group('law')} are of {known}, not {m.group('y')}; check the year"),
            m.start("y"), m.end("y") + 1)


#: a congress and, right after it, plenary sessions of a Central Committee (党的二十大和十九届二中、三中全会)
_CONGRESS_AND_PLENUM = recache.compile(
    r"(?P<congress>十[六七八九]|二十[一二]?)大(?:精神)?(?:和|及|以及|、|与)(?:党的)?(?P<plenum>十[六七八九]|二十[一二]?)届"
    r"(?=(?:[一二三四五六七八九]中(?:全会)?[、和及与]\s*)*[一二三四五六七八九]中全会)")


#: the year of the 十六大; a congress meets every five years (二十大 2022)
_CONGRESS_YEAR_OF_16 = 2002


def _check_session_mix(document: Document, context: Any) -> Iterator[Finding]:
    """A congress named with the plenums of another Central Committee (党的二十大和十九届三中全会)."""
    text = document.text
    if not context.enabled(SESSION_MIX.id) or "大" not in text or "届" not in text:
        return
    year = document.year
    for at in occurrences(text, ("大和", "大及", "大以及", "大、", "大与", "大精神和")) or []:
        m = next((r for r in _CONGRESS_AND_PLENUM.finditer(text, max(0, at - 3), at + 12) if r.start() < at < r.end()), None)
        if m is None or m.group("congress") == m.group("plenum"):
            continue
        congress, plenum = m.group("congress"), m.group("plenum")
        held = _CONGRESS_YEAR_OF_16 + 5 * (cn_to_int(congress) - 16)
        if cn_to_int(plenum) < cn_to_int(congress) and (year is None or year <= held):
            continue  # 2022: 党的二十大和十九届六中全会精神 (the plenums before the congress, in its year)
        yield SESSION_MIX.finding(
            msg(f"党的{congress}大之后的中央全会是{congress}届全会，此处与“{plenum}届”全会并列，请核对届次",
                f"the plenums after the {congress} congress are those of the {congress} Central Committee, not the "
                f"{plenum}: check the ordinal"),
            m.start("plenum"), m.end("plenum") + 1)


#: the laws of sessions.yaml adopted after a day, by (extra files, day)
_LAWS_AFTER: dict[tuple[tuple[str, ...], _dt.date], PatternSet] = {}


def _laws_after(options: Mapping[str, Any], resolve: Any, cutoff: _dt.date) -> PatternSet:
    """The laws of ``sessions.yaml`` (``laws``) adopted after ``cutoff``: few or none for a recent report."""
    key = (extra_files(options, resolve), cutoff)
    found = _LAWS_AFTER.get(key)
    if found is None:
        patterns = load_patterns("sessions", options, "laws", resolve)
        found = _LAWS_AFTER[key] = PatternSet(
            p for p in patterns if (_event_date(p.entry)[0] or cutoff) > cutoff)
    return found


def _law_anachronisms(text: str, year: int, cutoff: _dt.date, written: tuple[str, str],
                      options: Mapping[str, Any], resolve: Any) -> Iterator[Finding]:
    """Laws adopted after ``cutoff``, unless the clause speaks of the bill (《……法（草案）》征求意见)."""
    # (the laws of the report year on, so that reports dated on other days share the set)
    later = _laws_after(options, resolve, _dt.date(year, 1, 1))
    if not later:
        return
    drafts = load_words("sessions", options, "draft_words", resolve)
    for pat, when, _bound, m in _event_matches(text, later, cutoff):
        start, end = m.span()
        around = _clause_before(text, start) + _clause_after(text, end, 12)
        if any(w in around for w in drafts):
            continue
        name = str(pat.entry.get("name", text[start:end]))
        edition = _EDITION_NOTE_RE.match(text, end)
        if edition is not None:  # the edition's year is as much the slip as the name: 《…法》（2023年修订）
            end = edition.end()
        law = "法" in name.rstrip("》")[-2:]  # a law (…法, 民法典) is adopted; a regulation is made public
        yield ANACHRONISM.finding(
            msg(f"{written[0]}，而{name}是{when.year}年{when.month}月"
                f"{when.day}日才{'通过' if law else '公布'}的，请核对法律名称或年份",
                f"{written[1]}, but {name} was {'adopted' if law else 'made public'} on {when.isoformat()}: "
                "check the name of the law or the year"),
            start, end)


def _plans_by_number(entries: tuple[Any, ...]) -> dict[str, Mapping[str, Any]]:
    return {str(p.get("number")): p for p in entries if isinstance(p, Mapping) and p.get("number")}


def _pufa_anchors(text: str, start: int = 0) -> list[int]:
    """The offsets from ``start`` on of the 五 that can be part of a match of _PUFA_RE (after 七, 七个 …),
    found with ``str.find``.

    Tried before every 五 (五年, 五个, 十五 are frequent), the pattern is tried ten times for each.
    """
    found = []
    i = text.find(_PUFA_ANCHOR, start)
    while i >= 0:
        before = text[max(0, i - 2):i]
        if before[-1:] in _PUFA_NUMBERS or (before[-1:] == "个" and before[:1] in _PUFA_NUMBERS):
            found.append(i)
        i = text.find(_PUFA_ANCHOR, i + 1)
    return found


def _retrospective_words(entries: tuple[Any, ...]) -> tuple[tuple[str, Optional[int], bool], ...]:
    """(word, years after the plan's end it looks back within or None: any, whether it looks back at any
    time beside the current plan named in its sentence) of ``pufa_retrospective``."""
    out = []
    for e in entries:
        if isinstance(e, Mapping) and e.get("word"):
            within = e.get("within")
            out.append((str(e["word"]), None if within is None else int(within), bool(e.get("beside_current"))))
    return tuple(out)




def _names_plan(text: str, span: tuple[int, int], number: str) -> bool:
    """True when ``text[span]`` names the 普法 plan ``number`` (“八五”普法, 八五普法)."""
    seg = text[span[0]:span[1]]
    return any(f"{o}{number}五{c}" in seg for o, c in (("“", "”"), ('"', '"'), ("", "普法")))


def _check_pufa(document: Document, context: Any) -> Iterator[Finding]:
    """A 普法 plan number that does not cover the report year."""
    year = document.year
    if not context.enabled(PUFA_PLAN.id) or year is None:
        return
    options, resolve = _options(context)
    plans = derived("sessions", options, "pufa_plans", resolve, _plans_by_number)
    retro = derived("sessions", options, "pufa_retrospective", resolve, _retrospective_words)
    forward = load_words("sessions", options, "pufa_forward", resolve)
    done_words = load_words("sessions", options, "pufa_done", resolve)
    current_words = load_words("sessions", options, "pufa_current", resolve)
    current = next((p for p in plans.values() if int(p["start"]) <= year <= int(p["end"])), None)
    text = document.text
    for m in finditer_around(_PUFA_RE, text, _pufa_anchors(text), _PUFA_REACH):
        number = m.group("n") or m.group("n2") or m.group("n3")
        plan = plans.get(number)
        if plan is None:
            continue
        start, end = int(plan["start"]), int(plan["end"])
        around = _clause_after(text, m.end()) + _clause_before(text, m.start(), 4)
        if year == start - 1 and any(w in _clause_after(text, m.end(), 18) + _clause_before(text, m.start(), 4)
                                     for w in done_words):
            pass  # 2025年全面完成“九五”普法, “九五”普法规划确定的各项任务圆满收官: the next plan claimed as done
        elif year == start - 1 and m.start() < _plans_start(document, year) and \
                any(around.startswith(w) or _clause_before(text, m.start(), 4).endswith(w) for w in current_words) \
                and not any(w in around for w in forward):
            pass  # 2025年，深入实施“九五”普法规划: the next plan carried out in the year before it starts
        elif start - 1 <= year <= end:
            continue
        if year > end and any(w in around and (within is None or year <= end + within) for w, within, _ in retro):
            continue
        if year > end and current is not None and any(beside and w in around for w, _, beside in retro) \
                and _names_plan(text, document.sentence_at(m.start()), current["number"]):
            continue  # 巩固“七五”普法成果，深入实施“八五”普法规划: beside the current plan, a look back
        # the year after a plan sums it up: only a mention that makes it current is a slip there
        # (2021年，推动“七五”普法规划深入实施), not one of what it did (“七五”普法成效显著)
        if year == end + 1 and not any(w in around for w in current_words):
            continue
        if year < start and any(w in around for w in forward):
            continue  # preparing the next plan (谋划“九五”普法规划), not claiming it is current
        span = m.span("n") if m.group("n") else m.span()
        want = f"{current['number']}" if current and m.group("n") else None
        right = (f"应为“{current['number']}五”普法（{current['start']}—{current['end']}年）"
                 if current else "请核对规划期次")
        yield PUFA_PLAN.finding(
            msg(f"“{m.group(0)}”是{start}—{end}年的普法规划，与报告年度{year}年不符，{right}",
                f"'{m.group(0)}' is the {start}-{end} plan, not the plan for {year}"),
            span[0], span[1], want)


class _CensusTable:
    """The census series of ``censuses`` (sessions.yaml), their editions' years and one pattern for them all."""

    def __init__(self, entries: tuple[Any, ...]) -> None:
        #: (entry, {edition number: (first year, last year)}) by the index in the group names n<i>/s<i>
        self.series: list[tuple[Mapping[str, Any], dict[int, tuple[int, int]]]] = []
        #: texts one of which every match ends with (the pattern is tried only before them)
        self.anchors: tuple[str, ...] = ("普查", "调查")
        alternatives = []
        for entry in entries:
            if not isinstance(entry, Mapping) or not entry.get("kind") or not isinstance(entry.get("editions"), Mapping):
                raise DataError(f"sessions.yaml: a census needs 'kind' and 'editions' in {entry!r}")
            try:
                editions = {int(n): (int(years[0]), int(years[1])) for n, years in entry["editions"].items()}
            except (TypeError, ValueError, IndexError, KeyError):
                raise DataError(f"sessions.yaml: editions must map numbers to [first, last] years in {entry!r}") from None
            k = len(self.series)
            self.series.append((entry, editions))
            alternatives.append(rf"第(?P<n{k}>[一二三四五六七八九十]{{1,2}})次(?:全国)?(?:{entry['kind']})")
            if entry.get("short"):
                short = str(entry["short"])
                alternatives.append(rf"(?<![一二三四五六七八九十])(?P<s{k}>[一二三四五六七八九])(?:{re.escape(short)})")
                self.anchors += (short,)
        self.pattern = recache.compile("|".join(alternatives)) if alternatives else None


#: how far before the end of its name (普查, 调查, 经普 …) a census's match starts: 第十一次全国污染源普查
_CENSUS_REACH = 14


#: the units below a city divided into districts, by the end of their name in the title (a department's
#: name holds its county: 青岚县市场监督管理局)
_LOCAL_UNIT = recache.compile(r"[县区旗]|[乡镇]$|街道(?:办事处)?$|苏木$")
#: the unit itself making rules: 出台规章2件, 制定了3部规章 (not 规章制度; not 规章 cited: 学习法律法规规章)
_RULE_MADE = recache.compile(r"(?:制定|出台|印发|发布|颁布)(?:了)?(?:[\d一二三四五六七八九十]+(?:件|部|项|个))?"
                             rf"(?:政府|[{CJK}]{{1,8}}?(?:管理|配套|相关))?规章(?!制度|和制度|、制度)")
#: how far before 规章 a match of _RULE_MADE may start (制定了12部渔港码头安全管理规章)
_RULE_MADE_REACH = 18
#: before the verb in its clause, words that make the unit's part in another body's rules
_OTHERS_RULES = ("配合", "协助", "参与", "推动", "争取", "市政府", "省政府", "上级", "市级", "省级", "征求")


def _check_rulemaking(document: Document, context: Any) -> Iterator[Finding]:
    """A county's, township's or 街道's report (or one of their departments') saying the unit made 规章."""
    text = document.text
    unit = document.unit
    if not context.enabled(RULEMAKING.id) or "规章" not in text or not unit or not _LOCAL_UNIT.search(unit):
        return
    for at in occurrences(text, ("规章",)) or []:
        m = next((r for r in _RULE_MADE.finditer(text, max(0, at - _RULE_MADE_REACH), at + 4) if r.end() == at + 2), None)
        if m is None or any(w in text[start_after(text, m.start(), "，。；：！？\n"):m.start()] for w in _OTHERS_RULES):
            continue
        yield RULEMAKING.finding(
            msg(f"{unit}无权制定规章（规章由国务院部门和省、设区的市人民政府制定），“{m.group()}”中的“规章”应为“行政规范性文件”，请核对",
                f"{unit} cannot make rules (规章, made by ministries and by provincial and city governments): "
                "a county or township issues normative documents (规范性文件)"),
            m.start(), m.end())


def _check_census(document: Document, context: Any) -> Iterator[Finding]:
    """A census edition other than the one of the report year, named as current work."""
    year = document.year
    if not context.enabled(CENSUS_EDITION.id) or year is None:
        return
    options, resolve = _options(context)
    table = derived("sessions", options, "censuses", resolve, _CensusTable)
    text = document.text
    if table.pattern is None or not any(a in text for a in table.anchors):
        return
    retro = load_words("sessions", options, "census_retrospective", resolve)
    work = load_words("sessions", options, "census_work", resolve)
    forward = load_words("sessions", options, "pufa_forward", resolve)
    # every match ends with its census's name (…普查, …调查, 经普): only the positions a few characters
    # before one are tried (the pattern opens with 第 or a numeral, which the engine cannot skip to)
    for m in finditer_around(table.pattern, text, occurrences(text, table.anchors) or [], _CENSUS_REACH):
        group = next(name for name, value in m.groupdict().items() if value is not None)
        entry, editions = table.series[int(group[1:])]
        number = cn_to_int(m.group(group))
        if number is None:
            continue
        years = editions.get(number)
        started = [n for n, (first, _) in editions.items() if first <= year]
        current = max(started) if started else None
        around = _clause_before(text, m.start(), 8) + _clause_after(text, m.end(), 12)
        name = entry.get("name") or m.group(0)
        if current is not None and number < current and (years is None or years[1] < year):
            if any(w in around for w in retro) and not any(w in around for w in work):
                continue  # 第四次全国经济普查数据显示…: the results of an earlier edition (not 做好…数据发布)
            first, last = editions[current]
            yield CENSUS_EDITION.finding(
                msg(f"“{m.group(0)}”不是{year}年的普查：{first}—{last}年开展的是第{int_to_cn(current)}次{name}，请核对期次",
                    f"'{m.group(0)}' is not the {year} census: edition {current} of the {name} ran in {first}-{last}"),
                *m.span(group), int_to_cn(current))
        elif years is not None and year < years[0] - 1:
            if any(w in around for w in forward):
                continue  # 谋划第五次全国经济普查: preparing it
            yield CENSUS_EDITION.finding(
                msg(f"“{m.group(0)}”的工作{years[0]}年才开始，{year}年度报告不应将其作为已开展的工作，请核对期次",
                    f"the work of '{m.group(0)}' starts in {years[0]}: it cannot be part of the {year} report"),
                *m.span(group))


#: a plan's period up to its last year (2021— of 2021—2025年), and in the plan's title （2021—
_PERIOD_FROM = r"(?:19|20)\d{2}\s*[—\-－–~～至]+\s*"
_PERIOD = r"[（(]" + _PERIOD_FROM
#: the verbs that cite what the work follows, right before its 《 (in the order the regex tries them)
_BASIS_VERBS = ("对照", "对标", "按照", "依照", "依据", "根据", "围绕", "落实", "贯彻落实", "贯彻", "深入实施",
                "组织实施", "实施", "推进", "执行", "遵循", "符合", "以")
#: 以 before a citation: only 以《…》为指引 (为指导, 为遵循 …) makes it what the work follows
_YI_GUIDE = r"(?(yi)(?=为(?:指引|指导|遵循|依据|统领|引领|根本遵循|行动指南)))"
#: ... and for a plan with its period in its title, the verb of its targets done (全面完成《…（2015—2020年）》确定的目标任务):
#: a look back the year after the period, a plan copied from an old report later
_PLAN_VERBS = _BASIS_VERBS + ("完成",)
#: a plan with its period in its title, cited as what the work follows (对照《全民健身计划（2016—2020年）》)
_EXPIRED_PLAN = recache.compile(
    rf"(?:(?P<yi>(?<![可难加予足])以)|{'|'.join(v for v in _PLAN_VERBS if v != '以')})"
    r"(?:《[^《》\n]{1,40}》(?:和|及|以及|与|、))*《(?P<title>[^《》\n]{2,40}?"
    rf"{_PERIOD}(?P<end>(?:19|20)\d{{2}})\s*年?[）)])》"
    # 以 cites what the work follows only as 以《…》为指引 (not 以《…》印发, 以《…》为题)
    + _YI_GUIDE)
#: a five-year plan titled by its number, cited as what the work follows (对照《…林业发展“十三五”规划》确定的…)
_EXPIRED_FIVE_TITLE = recache.compile(
    rf"(?:(?P<yi>(?<![可难加予足])以)|{'|'.join(v for v in _BASIS_VERBS if v != '以')})"
    r"(?:《[^《》\n]{1,40}》(?:和|及|以及|与|、))*《(?P<title>[^《》\n]{0,20}?[“\"](?P<five>十[三四五])五[”\"]"
    r"[^《》\n]{0,16}?规划(?:纲要)?)》" + _YI_GUIDE)
#: a five-year plan named by its number, cited as what the work follows (继续落实“十三五”卫生健康事业发展规划)
_EXPIRED_FIVE = recache.compile(
    r"(?:对照|对标|按照|依照|依据|根据|围绕|落实|贯彻|实施|推进|执行|遵循)"
    # (the plan of a place may be named before its number: 对照县“十三五”规划纲要)
    r"(?:[县市区乡镇]|全[县市区乡镇]|本[县市区乡镇局])?"
    r"(?P<title>[“\"](?P<five>十[三四五])五[”\"][^，。；！？《》“”\n]{0,16}?规划)(?!》)")
#: words after such a citation that make it a look back (……确定的目标任务全面完成, 实施以来)
_LOOK_BACK_WORDS = ("收官", "总结", "评估", "验收", "到期", "以来", "期间", "期满", "圆满", "基础上")
#: 完成 and 实现 look back only at the plan's own goals done (……确定的目标任务全面完成; not 完成规划符合性审查后报批)
_LOOK_BACK_DONE = recache.compile(r"(?:全面|如期|顺利|基本|已经|均已|全部|目标任务|各项任务|任务)(?:[^，。；！？\n]{0,4})(?:完成|实现)|(?:完成|实现)[^，。；！？\n]{0,6}(?:目标|任务)")


def _cited_at(text: str, verbs: tuple[str, ...] = _BASIS_VERBS) -> list[int]:
    """The offsets of the 《 right after a citing verb (对照《…》): where a citation of what the work follows opens."""
    return [i for i in occurrences(text, ("《",)) or [] if text.endswith(verbs, 0, i)]


def _looks_back(text: str, end: int) -> bool:
    """True when the sentence goes on, within 24 characters of ``end``, with a word of a look back (……完成, 实施以来)."""
    stop = text.find("。", end)
    after = text[end:stop if stop >= 0 else len(text)][:24]
    return any(w in after for w in _LOOK_BACK_WORDS) or _LOOK_BACK_DONE.search(after) is not None


def _five_year_start(five: str) -> int:
    """The first year of the five-year plan 十X五 (十三五 2016, 十四五 2021: 2016 + 5 × (X − 三))."""
    return 2016 + 5 * "三四五六".index(five[1])


#: a five-year plan (“十四五”) or 普法 plan (“八五”普法) called the opening or closing year of a year
#: written before it in its sentence (2025年是“十五五”规划开局之年)
_PLAN_YEAR = recache.compile(
    r"(?P<year>(?:19|20)\d{2})年是[^。；！？\n]{0,16}?[“\"]?(?:(?P<five>十[三四五六])|(?P<pufa>[六七八九]))五[”\"]?"
    r"(?(pufa)普法)(?:规划)?(?:的)?(?P<when>开局之年|开局年|起步之年|收官之年|收官年|决胜之年)")


def _check_plan_years(document: Document, context: Any) -> Iterator[Finding]:
    """The opening or closing year of a five-year or 普法 plan given the wrong year (2025年是“十五五”开局之年)."""
    text = document.text
    if "之年" not in text and "收官年" not in text and "开局年" not in text:
        return
    if not context.enabled(PUFA_PLAN.id):
        return
    options, resolve = _options(context)
    plans = derived("sessions", options, "pufa_plans", resolve, _plans_by_number)
    for m in _PLAN_YEAR.finditer(text):
        if m.group("five"):
            start = _five_year_start(m.group("five"))
            name = f"“{m.group('five')}五”规划"
        else:
            plan = plans.get(m.group("pufa"))
            if plan is None:
                continue
            start, name = int(plan["start"]), f"“{m.group('pufa')}五”普法规划"
        when = m.group("when")
        right = start + 4 if when.startswith(("收官", "决胜")) else start
        said = int(m.group("year"))
        if said != right:
            yield PUFA_PLAN.finding(
                msg(f"{name}的{when[:2]}之年是{right}年（规划期{start}—{start + 4}年），此处写作{said}年，请核对",
                    f"the {'last' if right != start else 'first'} year of {name} is {right} "
                    f"({start}-{start + 4}), not {said}"),
                m.start("year"), m.end())


#: a plan with its period in its title (《法治政府建设实施纲要（2021—2025年）》), group ``end`` its last
#: year, or a five-year plan by its number (《“十四五”推进农业农村现代化规划》, or without 书名号:
#: “十四五”交通运输法治建设规划), group ``five`` the 十X
_PERIOD_TITLE = recache.compile(
    rf"《(?P<title>[^《》\n]{{2,40}}?{_PERIOD}(?P<end>(?:19|20)\d{{2}})\s*年?[）)]"
    r"|[^《》\n]{0,12}?[“\"]?(?P<five>十[三四五六])五[”\"]?[^《》\n]{0,30}?规划)》"
    r"|(?P<bare>[“\"](?P<five2>十[三四五六])五[”\"][^《》“”，。；\n]{0,16}?规划)")
#: what every match of _PERIOD_TITLE holds (its years or its 十X五), and how far before it a match starts
_PERIOD_KEY = recache.compile(_PERIOD_FROM + r"(?:19|20)\d{2}|十[三四五六]五")
_PERIOD_REACH = 44
#: words around a plan named in next year's plans that carry it on or finish it then (持续推进“八五”普法
#: 规划实施, 确保“八五”普法规划圆满收官, 对照《纲要》确保全面完成)
_AHEAD_WORDS = ("推进", "推动", "实施", "落实", "贯彻", "对照", "按照", "围绕", "完成", "收官", "实现", "深化", "继续",
                "持续", "确保")
#: words that make such a mention a look back or the preparation of the next plan (总结验收, 终期评估,
#: 巩固……成果, 谋划“九五”普法)
_BEHIND_WORDS = ("总结", "评估", "验收", "成果", "成效", "经验", "谋划", "编制", "衔接", "启动", "新一轮", "新一期",
                 "下一轮", "下一个", "回顾")


def _check_plans_ahead(document: Document, context: Any) -> Iterator[Finding]:
    """Next year's plans that carry on or finish a plan whose period ends with the report year
    (a 2025 report: 2026年……持续推进“八五”普法规划实施; 对照《纲要（2021—2025年）》确保全面完成)."""
    year = document.year
    if year is None or not (context.enabled(PUFA_PLAN.id) or context.enabled(OUTDATED.id)):
        return
    text = document.text
    start = _plans_start(document, year)
    if start >= len(text):
        return

    def ahead(s: int, e: int) -> bool:
        around = _clause_before(text, s) + text[s:e] + _clause_after(text, e, 16)
        if "中期" in around:
            return True  # a mid-term review (迎接“八五”普法中期评估) belongs inside the plan's period
        return any(w in around for w in _AHEAD_WORDS) and not any(w in around for w in _BEHIND_WORDS)

    if context.enabled(PUFA_PLAN.id):
        options, resolve = _options(context)
        plans = derived("sessions", options, "pufa_plans", resolve, _plans_by_number)
        for m in finditer_around(_PUFA_RE, text, _pufa_anchors(text, start), _PUFA_REACH):
            plan = plans.get(m.group("n") or m.group("n2") or m.group("n3"))
            if plan is None or int(plan["end"]) != year or not ahead(*m.span()):
                continue
            yield PUFA_PLAN.finding(
                msg(f"“{m.group(0)}”是{plan['start']}—{plan['end']}年的普法规划，{year}年已到期；{year + 1}年的工作安排"
                    "不应再推进或完成它，请改为衔接新一轮普法规划",
                    f"'{m.group(0)}' is the {plan['start']}-{plan['end']} plan, ended with {year}: the plans for "
                    f"{year + 1} cannot carry it on; refer to the next plan"),
                m.start(), m.end())
    if context.enabled(OUTDATED.id):
        keys = [k.start() for k in _PERIOD_KEY.finditer(text, start)]
        for m in finditer_around(_PERIOD_TITLE, text, keys, _PERIOD_REACH):
            if m.start() < start:
                continue
            five = m.group("five") or m.group("five2")
            ends = int(m.group("end")) if m.group("end") else _five_year_start(five) + 4
            if ends > year or not ahead(*m.span()):
                continue
            title = m.group("title") or m.group("bare")
            yield OUTDATED.finding(
                msg(f"《{title}》的规划期到{ends}年为止，{year + 1}年的工作安排仍要推进或完成它，请核对是否应对照新一期规划",
                    f"the period of '{title}' ends with {ends}, yet the plans for {year + 1} carry it on; check "
                    "for its successor"),
                m.start("title" if m.group("title") else "bare"), m.end("title" if m.group("title") else "bare"))


#: what a heading of the year's work names (……年度推进法治政府建设的主要举措和成效, ……年工作情况)
_LAST_YEARS_WORK = recache.compile(r"举措|成效|工作情况|工作开展情况|主要做法|工作总结|工作回顾")
#: a deadline (2025年底前, 2025年6月底前, 2025年以前)
_DEADLINE = recache.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:\d{1,2}月)?(?:上半年|下半年|年底|年末|底|末)?(?:前|以前|之前)")
#: the sentence that opens the plans (2025年，我局将围绕上述问题……), whose year is the next one
_YEAR_THEN_PLANS = recache.compile(r"(?m)^[ \t\u3000]*(?P<y>(?:19|20)\d{2})\s*年度?[，,](?=[^。；\n]{0,30}?(?:将|要|计划|拟|重点|着力|继续|力争))")
#: a count in a sentence (受理法律援助申请21件)
_RESULT_COUNT = recache.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?(?:件|起|人次|人|次|场次|场|个|份|家|户|项|条|元|批|期|篇)")
#: words of a sentence about the year before that make it a comparison or a look back, not results
_COMPARED_WORDS = ("较", "同比", "相比", "比上年", "上年", "增长", "下降", "减少", "增加", "提高", "降低", "以来", "对比",
                   "期间", "基础上")


#: a year's programme in 书名号 (《桃源县2023年法治政府建设工作要点》), group ``y`` its one year
_YEAR_PROGRAMME = recache.compile(
    r"《(?P<title>[^《》\n]{0,20}?(?<![\d—\-－~～至])(?P<y>(?:19|20)\d{2})\s*年度?(?![\d—\-－~～至])[^《》\n]{0,20}?"
    r"(?:工作要点|工作计划|工作安排|实施方案|任务清单|责任清单|重点任务|任务分工|工作方案))》")


def _last_years_programme(text: str, year: int, plans: int) -> Iterator[Finding]:
    """Last year's programme (《…2023年…工作要点》) cited as what this year's work follows, before the plans."""
    if "》" not in text:
        return
    cited_at = [i for i in _cited_at(text) if i < plans]
    for at in cited_at:
        m = _YEAR_PROGRAMME.match(text, at)
        if m is None or int(m.group("y")) != year - 1:
            continue
        if _looks_back(text, m.end()):
            continue  # 对照《2023年工作要点》完成情况开展总结
        yield PREVIOUS_YEAR.finding(
            msg(f"本报告是{year}年度报告，却对照“{m.group('title')}”开展工作，疑为沿用上年报告，请核对年份",
                f"this is the report on {year}, yet the work follows '{m.group('title')}' of {year - 1}: "
                "left from last year's report? check the year"),
            m.start("y"), m.end("y"))


def _check_previous_year(document: Document, context: Any) -> Iterator[Finding]:
    """Sentences opening with the year before the report year that state its figures as results, and
    deadlines passed already among the next year's plans."""
    year = document.year
    if year is None or not context.enabled(PREVIOUS_YEAR.id):
        return
    text = document.text
    before = f"{year - 1}年"
    plans = None
    for at in literal_offsets(text, before):
        if text[at + len(before):at + len(before) + 1] not in ("，", ",") and \
                not text.startswith(("共", "全年", "累计"), at + len(before)):
            continue  # (2024年，…; 2024年共受理…)
        lead = at
        while lead > 0 and text[lead - 1] in " \t\u3000":
            lead -= 1
        if lead > 0 and text[lead - 1] not in "。；！？\n" and not (
                text[lead - 1] in "，," and text.startswith("全年", at + len(before))
                and not text.startswith(("全年为", "全年是", "全年达", "全年有"), at + len(before))):
            continue  # not the opening of a sentence, nor a clause on that whole year's work (…，2021年全年帮助企业…;
            # not 2021年全年为1500万元, last year's figure beside this year's)
        if plans is None:
            plans = _plans_start(document, year)
        if at >= plans or at < document.line_starts[min(document.body_start_line, len(document.lines) - 1)]:
            continue
        end = min((i for i in (text.find(c, at) for c in "。；！？\n") if i >= 0), default=len(text))
        sentence = text[at:end]
        if _RESULT_COUNT.search(sentence) and not any(w in sentence for w in _COMPARED_WORDS):
            yield PREVIOUS_YEAR.finding(
                msg(f"本报告是{year}年度报告，此句却以“{before}”开头陈述工作数字，疑为沿用上年报告的内容，请核对年份和数字",
                    f"this is the report on {year}, yet the sentence gives the figures of {year - 1} as the work "
                    "done: text left from last year's report? check the year and the figures"),
                at, at + len(before))
    if plans is None:
        plans = _plans_start(document, year)
    yield from _last_years_programme(text, year, plans)
    for h in document.headings:  # the measures part headed by the year before (一、2023年度……主要举措和成效)
        at = text.find(before, h.marker_end, h.end)
        if at >= 0 and h.start < plans and _LAST_YEARS_WORK.search(text, at, h.end) \
                and not any(w in text[h.marker_end:h.end] for w in ("以来", "对比", "较", "比较")):
            yield PREVIOUS_YEAR.finding(
                msg(f"本报告是{year}年度报告，标题却写作“{text[h.marker_end:h.end].strip()}”，疑为沿用上年报告，请核对年份",
                    f"this is the report on {year}, yet the heading names {year - 1}: left from last year's report?"),
                at, at + len(before))
    m = _YEAR_THEN_PLANS.search(text, plans, min(len(text), plans + 400))
    if m and int(m.group("y")) <= year and text.count("\n", plans, m.start()) <= 2:
        yield PREVIOUS_YEAR.finding(
            msg(f"这是{year + 1}年的工作安排，开头却写作“{m.group('y')}年”，疑为沿用上年报告的内容，请核对年份",
                f"the plans for {year + 1} open with '{m.group('y')}年': text left from last year's report? "
                "check the year"),
            m.start("y"), m.end("y") + 1)
    for m in _DEADLINE.finditer(text, plans):
        if int(m.group("y")) <= year:
            yield PREVIOUS_YEAR.finding(
                msg(f"这是{year + 1}年的工作安排，期限“{m.group()}”却已经过去，疑为沿用上年报告的内容，请核对年份",
                    f"among the plans for {year + 1}, the deadline '{m.group()}' has passed already: text left "
                    "from last year's report? check the year"),
                m.start(), m.end())


def _annual_days(entries: tuple[Any, ...]) -> tuple[dict[str, int], Optional["re.Pattern[str]"]]:
    """(first year by name, the ordinals before the names) of ``annual_days``."""
    first = {str(e["name"]): int(e["first"]) for e in entries if isinstance(e, Mapping) and e.get("name") and e.get("first")}
    if not first:
        return first, None
    names = literal_alternation(first)
    return first, recache.compile(rf"(?:首个|第(?P<n>[一二三四五六七八九十]{{1,3}}|\d{{1,2}})个)[“\"]?(?:\d{{1,2}}[·.．•・]\d{{1,2}}[”\"]?)?"
                                  rf"(?:全国)?(?P<day>{names})")


def _check_day_ordinals(document: Document, context: Any) -> Iterator[Finding]:
    """An annual day counted wrongly for its year (2024年……首个全国生态日: the first was in 2023)."""
    year = document.year
    text = document.text
    if year is None or not context.enabled(DAY_NAME.id) or ("个" not in text):
        return
    options, resolve = _options(context)
    first_years, pattern = derived("sessions", options, "annual_days", resolve, _annual_days)
    if pattern is None or not any(name in text for name in first_years):
        return
    plans = None
    for m in pattern.finditer(text):
        if plans is None:
            plans = _plans_start(document, year)
        if m.start() >= plans:
            continue  # next year's days
        s = start_after(text, m.start(), "。；！？\n，,")
        years = [int(y) for y in _FULL_YEAR_IN.findall(text, s, m.start())]
        when = years[-1] if years else year  # the year its clause names, else the report's
        n = 1 if m.group("n") is None else (int(m.group("n")) if m.group("n").isdigit() else cn_to_int(m.group("n")))
        first = first_years[m.group("day")]
        right = when - first + 1
        if n is None or right < 1 or n == right:
            continue
        said = "首个" if m.group("n") is None else f"第{m.group('n')}个"
        yield DAY_NAME.finding(
            msg(f"{m.group('day')}始于{first}年，{when}年的是第{right}个，此处写作“{said}”，请核对",
                f"the first {m.group('day')} was in {first}: that of {when} is number {right}, not '{said}'"),
            m.start(), m.end())


def _day_dates(entries: tuple[Any, ...]) -> tuple[dict[str, tuple[int, int]], Optional["re.Pattern[str]"]]:
    """(month and day by name, the names with a date told before or after them) of ``annual_days``."""
    dates: dict[str, tuple[int, int]] = {}
    for e in entries:
        if isinstance(e, Mapping) and e.get("name") and e.get("day"):
            month, _, day = str(e["day"]).partition("-")
            dates[str(e["name"])] = (int(month), int(day))
    if not dates:
        return dates, None
    names = literal_alternation(dates)
    month, day = r"(?P<{0}m>1[0-2]|0?[1-9])", r"(?P<{0}d>3[01]|[12]\d|0?[1-9])"
    # (a plain date before the name may be the day of an activity: 4月16日全民国家安全教育日宣传活动)
    return dates, recache.compile(
        rf"[“\"]{month.format('q')}[·.．•・]{day.format('q')}[”\"](?:全国)?(?P<qday>{names})"
        rf"|(?<![\d年]){month.format('i')}月{day.format('i')}日(?:是|为)(?:全国)?(?P<iday>{names})"
        rf"|(?P<bday>{names})[（(]{month.format('b')}(?:月|[·.．•・]){day.format('b')}日?[）)]")


def _check_day_dates(document: Document, context: Any) -> Iterator[Finding]:
    """An official day told with another date (全民国家安全教育日（4月25日）: 4月15日)."""
    text = document.text
    if not context.enabled(DAY_NAME.id) or "日" not in text:
        return
    options, resolve = _options(context)
    dates, pattern = derived("sessions", options, "annual_days", resolve, _day_dates)
    if pattern is None or not any(name in text for name in dates):
        return
    for m in pattern.finditer(text):
        form = next(f for f in "qib" if m.group(f + "day"))
        name = m.group(form + "day")
        told = int(m.group(form + "m")), int(m.group(form + "d"))
        month, day = dates[name]
        if told != (month, day):
            yield DAY_NAME.finding(
                msg(f"{name}是每年{month}月{day}日，此处写作{told[0]}月{told[1]}日，请核对",
                    f"{name} falls on {month}/{day} each year, not {told[0]}/{told[1]}"),
                m.start(), m.end())


#: a year written in full (2024年)
_FULL_YEAR_IN = recache.compile(r"((?:19|20)\d{2})年")


#: a bracket right after a name saying what became of the body (（2019年机构改革后更名为青石市场监管所）,
#: （现为县市场监管局）, （已撤销）): the name is the former one, told as such
_RENAMED_AFTER = recache.compile(r"[^，。；！？\n（(]{0,3}[（(][^）)\n]{0,16}?(?:更名为|改名为|改为|现为|现名|并入|已撤销|已撤并|撤销后)")


#: the items before a name in a list that opens with the ``look_back`` word (原县国家税务局、地方税务局): the
#: name after them (and a place name before it: 原县工商局和县质监局) is a former one too
_FORMER_ITEMS = "[{cjk}（）()]{{1,16}}(?:[、和与及][{cjk}（）()]{{1,16}})*[、和与及][{cjk}]{{0,4}}$"


def _later_item_of_former(text: str, start: int, word: Any) -> bool:
    """True when the name at ``start`` follows, in one list, an item named with ``word`` (原县国家税务局、地方税务局)."""
    if not isinstance(word, str) or not word or not any(c in "、和与及" for c in text[max(0, start - 5):start]):
        return False
    return _former_items_re(word).search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=16)
def _former_items_re(word: str) -> "re.Pattern[str]":
    """:data:`_FORMER_ITEMS` after ``word``, ending where the name to test starts."""
    return recache.compile(re.escape(word) + _FORMER_ITEMS.format(cjk=CJK))


def _check_outdated(document: Document, context: Any) -> Iterator[Finding]:
    """Formulations superseded before the report year."""
    year = document.year
    if not context.enabled(OUTDATED.id) or year is None:
        return
    options, resolve = _options(context)
    text = document.text
    found: list[tuple[int, int]] = []
    for start, end, pat, fix in scan_patterns(text, load_patterns("outdated", options, "outdated", resolve)):
        since = _since(pat.entry, "outdated.yaml")
        if year < since or _RENAMED_AFTER.match(text, end) or _later_item_of_former(text, start, pat.entry.get("look_back")):
            continue  # (原区工商局青石工商所（2019年机构改革后更名为…）: the former name, with what it became)
        found.append((start, end))
        wrong = text[start:end]
        note = pat.entry.get("note", "")
        head = f"“{wrong}”已过时" + (f"，应为“{fix}”" if fix else "")
        yield _finding(OUTDATED, pat.entry, msg(
            f"{head}（{year}年度报告）" + (f"：{note}" if note else ""),
            f"'{wrong}' is superseded (since {since})" + (f": write '{fix}'" if fix else "")),
            start, end, fix)
    # a citation's first 《 follows its verb: only the 《 right after one can open a match
    cited_at = _cited_at(text)
    cited = [(m, int(m.group("end")), f"《{m.group('title')}》")
             for m in finditer_around(_EXPIRED_PLAN, text, _cited_at(text, _PLAN_VERBS), max(map(len, _PLAN_VERBS)))]
    for m in finditer_around(_EXPIRED_FIVE, text, occurrences(text, ("“十", '"十')) or [], 5):
        cited.append((m, _five_year_start(m.group("five")) + 4, m.group("title")))
    for m in finditer_around(_EXPIRED_FIVE_TITLE, text, cited_at, max(map(len, _BASIS_VERBS))):
        cited.append((m, _five_year_start(m.group("five")) + 4, f"《{m.group('title')}》"))
    for m, ends, named in cited:
        if ends + 1 >= year or any(s < m.end("title") and m.start("title") < e for s, e in found):
            continue  # still running, or just ended (its successor may not be out yet); or reported above
        if _looks_back(text, m.end()):
            continue  # 《…（2016—2020年）》确定的目标任务全面完成
        title = m.group("title")
        yield OUTDATED.finding(
            msg(f"{named}的规划期到{ends}年为止，{year}年度报告仍以它为现行依据，请核对是否已有新一期规划（计划）",
                f"the period of '{title}' ended in {ends}; the {year} report cites it as current: check for "
                "its successor"),
            m.start("title"), m.end("title"))


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Check the terminology of the document."""
    text = document.text
    # a term in quotes that the sentence talks about (仍沿用“法制副校长”的称谓) is not used
    yield from (f for f in _check_names(document, context) if not quoted_mention(text, f.start, f.end))
    outdated = [f for f in _check_outdated(document, context) if not quoted_mention(text, f.start, f.end)]
    # a repealed law or regulation (《治安管理处罚条例》) is reported once, as outdated, not as a wrong name too
    replaced = [(f.start, f.end) for f in outdated]
    yield from (f for f in _check_law_names(document, context)
                if not any(s <= f.start and f.end <= e for s, e in replaced))
    yield from _check_law_years(document, context)
    yield from (f for f in _check_fazhi(document, context) if not quoted_mention(text, f.start, f.end))
    yield from _check_anachronism(document, context)
    yield from _check_session_facts(document, context)
    yield from _check_session_mix(document, context)
    yield from _check_pufa(document, context)
    yield from _check_census(document, context)
    yield from _check_rulemaking(document, context)
    yield from _check_plan_years(document, context)
    yield from outdated
    # a plan the next year's work still follows may already be reported as outdated at the same place
    reported = {(f.start, f.end) for f in outdated}
    yield from (f for f in _check_plans_ahead(document, context) if (f.start, f.end) not in reported)
    yield from _check_previous_year(document, context)
    yield from _check_day_ordinals(document, context)
    yield from _check_day_dates(document, context)
