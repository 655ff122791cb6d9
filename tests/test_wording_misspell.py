"""wording/misspelling: common words with one character typed as one the typo list pairs with it."""

from __future__ import annotations

import pytest

from conftest import findings, report

RULE = "wording/misspelling"


def _hits(text: str, **config) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, RULE, **config)]


@pytest.mark.parametrize("line, wrong, right", [
    # 备 typed 倍 (关怀倍至), 查 typed 茬 (排茬), 议 typed 义, 案 typed 桉, 果 typed 裹
    ("开展特种设备安全检查，检查特种设倍36台，整改隐患12处。", "特种设倍", "特种设备"),
    ("规范调茬取证程序，全年办理行政处罚案件46件。", "调茬取证", "调查取证"),
    ("修订党委会义事规则，严格执行“三重一大”集体决策制度。", "义事规则", "议事规则"),
    ("全年报送备桉规范性文件5件，均按期报备。", "备桉", "备案"),
    ("加强执法成裹运用，推动问题整改落实。", "成裹", "成果"),
    ("深入推进移风意俗，整治高价彩礼、大操大办。", "移风意俗", "移风易俗"),
    # a character of the same syllable (the candidates an input method offers) in a word of three or more
    ("全年办理行政复意案件12件，均在法定期限内审结。", "行政复意", "行政复议"),
    ("持证执法人圆达到42名，实现持证上岗全覆盖。", "执法人圆", "执法人员"),
    ("推进政务公凯，主动公开政府信息126条。", "政务公凯", "政务公开"),
    ("受理信访事象15件，按期办结率100%。", "信访事象", "信访事项"),
])
def test_a_common_word_with_a_character_typed_as_its_pair_or_of_its_syllable(line, wrong, right):
    assert _hits(report(line)) == [(wrong, right)]


@pytest.mark.parametrize("line, wrong, right", [
    # a common word of two characters, where the segmenter takes the slip for one word
    ("开展专题调严3次，形成调研报告2篇。", "调严", "调研"),
    ("依法化解行政诉松纠纷5件。", "诉松", "诉讼"),  # (the typo list's, so its pair 讼/松)
    # words of administrative work few reports use (HAND_COMMON of tools/build_misspellings.py)
    ("开展违规建房集中整盾行动，拆除违法建筑14处。", "整盾", "整顿"),
    ("二是深化议事胁商，推广“板凳议事会”做法。", "胁商", "协商"),
    # a character written alike: one component, another radical beside it (埋 for 理, 屯 for 顿)
    ("承担建筑市场管埋等职责。", "管埋", "管理"),
    ("开展占道经营专项整屯行动。", "整屯", "整顿"),
    ("开展文化市场专项整饨行动4轮。", "整饨", "整顿"),  # (a character of GB 2312 level 2)
    # a known word of the same sound (排插) is no word a slip is taken for
    ("一是常态化开展排差。组织镇村干部逐户走访。", "排差", "排查"),
    # the typed character and the next make a word only as a name (计成)
    ("完成土地承包经营权确权登计成果数据更新。", "登计", "登记"),
    # after another word's sound (交通保章 holds 通保, the sound of 通报)
    ("为全县经济社会发展提供了坚实的交通保章。", "保章", "保障"),
])
def test_a_common_word_of_two_characters_with_a_character_of_its_syllable(line, wrong, right):
    got = findings(report(line), ("wording/misspelling", "wording/typo"))
    assert [(f.matched, f.suggestion) for f in got] == [(wrong, right)]


@pytest.mark.parametrize("line", [
    # words written alike the common words that are right (请示, 清理, 规则, 测评, 理顺, 埋设, 精准)
    "及时请示报告，清理积案，规则明确，测评精准，理顺体制，埋设界桩12处，侧重源头治理。",
    "个别村在村务决策中仍存在程序不规范问题。",  # 村|在: two words side by side, not 存在
    "领导干部接访下访187人次，开展县际边界联合检查。",  # 下访 (known), 县际 (县 opens 县级)
    "坚持领导干部接访下访制度，推进审批制度改革。",
])
def test_pairs_of_characters_of_a_common_words_sound_that_are_right(line):
    assert _hits(report(line)) == []


@pytest.mark.parametrize("line", [
    # the right words, and words of the same sounds that are words of their own
    "全年办理行政复议案件12件，持证执法人员42名，推进政务公开，受理信访事项15件。",
    "开展“八五”普法终期评估，完成中期评估。",  # 终期评估: a word of the reports (known)
    "对7项政府定价项目开展成本监审。",  # 项政府 (乡政府) only as 7项|政府
    "落实服务事项清单，结合工作实际，规范行政执法。",  # 服务事 (服务室) holds 事 of 事项
])
def test_words_of_the_same_syllables_that_are_right_are_not_reported(line):
    assert _hits(report(line)) == []


@pytest.mark.parametrize("line", [
    # the segmentation crosses the form: 作用|发挥 holds 用发 (用法), 审计|发现 holds 审计发 (审计法),
    # 法制|教育 holds 制教, 制发|规范性 holds 发规 (法规)
    "社区法律顾问作用发挥不够充分，部分村法律顾问服务流于形式。",
    "开展经济责任审计1项，审计发现问题已全部整改。",
    "以本局名义制发规范性文件2件，均经合法性审核。",
    # a frequent word alone opens or ends the form: 执法全覆盖 (执法权), 每周一至周五 (一致)
    "实现一线执法全覆盖，接待时间为每周一至周五。",
    # two words of the dictionary: 执法|检察 (执法检查), 依法|行政 in a longer clause
    "配合开展行政执法检察监督，落实检察建议2件。",
    # a word of the dictionary: 时有 (实有)
    "占道经营、违规搭建等问题时有反弹。",
    # the right words
    "检查特种设备36台，规范调查取证程序，修订议事规则，备案规范性文件5件。",
])
def test_forms_the_text_does_not_support_as_slips_are_not_reported(line):
    assert _hits(report(line)) == []


def test_a_slip_the_typo_list_names_is_its_finding_not_a_guess():
    text = report("积极配合区人民检查院开展行政检察监督，对局党组部暑的任务逐项落实。")
    assert _hits(text) == []
    assert [f.matched for f in findings(text, "wording/typo")] == ["检查院", "部暑"]


def test_a_users_words_and_pairs_extend_the_forms(tmp_path):
    extra = tmp_path / "my-words.yaml"
    extra.write_text("words:\n  - [街乡吹哨]\nchars:\n  - {char: 哨, typed: 啸}\n", encoding="utf-8")
    text = report("深化“街乡吹啸、部门报到”改革，办结群众诉求126件。")
    assert _hits(text) == []
    got = _hits(text, options={"wording": {"extra": [str(extra)]}})
    assert got == [("街乡吹啸", "街乡吹哨")]


@pytest.mark.parametrize("content, what", [
    ("words:\n  - [河长制, river]\n", "words: 'river'"),
    ("chars:\n  - {char: 制}\n", "chars:"),
    ("homophones:\n  - 示\n", "homophones:"),
    ("shapes:\n  - 理\n", "shapes:"),
    ("known:\n  - [x1]\n", "known: 'x1'"),
])
def test_a_malformed_word_or_pair_is_reported_as_a_data_error(tmp_path, content, what):
    extra = tmp_path / "bad.yaml"
    extra.write_text(content, encoding="utf-8")
    fs = [f for f in findings(report("全面推行河长制。"), RULE, options={"wording": {"extra": [str(extra)]}})
          if f.rule_id == "fzlint/internal-error"]
    assert len(fs) == 1 and what in fs[0].message.zh


def test_a_guess_is_suggested_but_never_applied_by_fix(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "报告.txt"
    text = report("检查特种设倍36台，截止目前完成整改12处。")
    path.write_text(text, encoding="utf-8")
    found = findings(text, RULE)
    assert [(f.matched, f.suggestion) for f in found] == [("特种设倍", "特种设备")]
    proc = subprocess.run([sys.executable, "-m", "fzlint", "check", "--fix", "--no-cache", str(path)],
                          capture_output=True, text=True)
    fixed = path.read_text(encoding="utf-8")
    assert "截至目前" in fixed and "特种设倍" in fixed  # the typo list's fix applied, the guess left
    assert "wording/misspelling" in proc.stdout

