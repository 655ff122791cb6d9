"""Wording rules: typos and confusables, repeated words, repeated conjunctions, broken phrases."""

from __future__ import annotations

import pytest

from conftest import findings, report, rule_ids

from fzlint_plugins.common import load_entries


def _hits(text: str, select: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


# -- the curated list ------------------------------------------------------------------------------

def test_curated_list_is_large_and_sourced():
    entries = load_entries("confusables", {}, key="confusables")
    assert len(entries) >= 60
    assert all(e.get("source") and e.get("kind") in {"typo", "confusable", "usage"} for e in entries)
    assert all("fix" in e for e in entries)


@pytest.mark.parametrize("line, wrong, right", [
    ("截止目前，全镇共建成法治文化阵地20个。", "截止", "截至"),
    ("截止2024年底，累计调解纠纷86件。", "截止", "截至"),
    ("截止至2024年11月，共办理法律援助案件12件。", "截止至", "截至"),
    ("年初召开会议，对全年工作进行布署。", "布署", "部署"),
    ("在同等条件下，优先选拨使用法治素养好的干部。", "选拨", "选拔"),
    ("建立普法工作台帐，做到有据可查。", "台帐", "台账"),
    ("学习贯彻党的二十大、二是届二中全会精神。", "二是届", "二十届"),
    ("全年发放宣传资料200余分，张贴标语30条。", "分", "份"),
    ("印发1500份宣传册，发放法律明白纸300多分。", "分", "份"),
    ("宏扬法治精神，营造浓厚氛围。", "宏扬", "弘扬"),
    ("全镇上下再接再励，推动工作落地见效。", "再接再励", "再接再厉"),
    ("进一部加强行政执法队伍建设。", "进一部", "进一步"),
    ("累计印制法律知识手册共1200余分。", "分", "份"),
    ("认真学习贯彻党的二十届三种全会精神。", "种", "中"),
    ("传达学习十九届四种全会精神，开展宣讲12场。", "种", "中"),
    ("确保各项法治建设任务落到时处。", "落到时处", "落到实处"),
])
def test_typos_are_flagged_with_their_fix(line, wrong, right):
    assert _hits(report(line), "wording/typo") == [(wrong, right)]


@pytest.mark.parametrize("line", [
    "截止到目前，全镇共建成法治文化阵地20个。",        # 截止到 + time is acceptable
    "申报截止日期为2024年3月31日。",
    "报名工作于3月31日截止。",
    "截至目前，全镇43个村均参与创建活动。",
    "本次考核满分100分，我镇得分95分。",               # 分 as a score
    "发放宣传资料2000余份，受益群众1000余人。",
    "按排名先后确定示范村名单。",                       # 按|排名, not 按排
    "加强预防犯罪宣传，开展防范电信诈骗活动。",        # 预防犯罪 contains 防犯
    "这项工作包含盖章、归档两个环节。",
    "学习贯彻党的二十届三中全会精神，召开党委会、镇长办公会和全体会议12次。",
    "开展各种全会精神宣讲活动。",                       # 各种 + 全会: no session numeral
    "把各项任务落到实处，做到及时处理。",
])
def test_correct_text_is_not_a_typo(line):
    assert rule_ids(report(line), "wording") == []


@pytest.mark.parametrize("line, wrong, right", [
    ("二、推荐法治政府建设工作主要举措和成效", "推荐", "推进"),
    ("健全完善权利清单制度，规范权力运行。", "权利清单", "权力清单"),
    ("最大限度的化解各类矛盾，维护社会稳定。", "的", "地"),
    ("真正做大法治教育宣传全覆盖。", "做大", "做到"),
    ("认真处理群众反应的问题，及时答复。", "反应", "反映"),
    ("即要抓好普法宣传，又要抓好依法治理。", "即", "既"),
    ("部分干部法治意识淡泊，学法不够主动。", "淡泊", "淡薄"),
    ("普法宣传工作做的还不够深入。", "的", "得"),
    ("为干部更好得学习法律知识创造条件。", "得", "地"),
])
def test_confusables_in_context(line, wrong, right):
    assert _hits(report(line), "wording/confusable") == [(wrong, right)]


@pytest.mark.parametrize("line", [
    "积极推荐法治乡村建设示范村参加评选。",            # nominating is 推荐
    "推荐2名同志参加全县法治讲座。",
    "保障人民群众的知情权、参与权、选择权和监督权。",
    "健全完善权力清单制度。",
    "做大做强特色产业，实现村集体经济全覆盖。",       # 做大做强 is right
    "为群众提供更好的服务，最大限度地方便群众办事。",
    "群众反应强烈的问题得到解决。",                     # 反应强烈: a reaction (wording/usage suggests the set phrase)
    "这是我们所做的不够的地方，要做的还有很多。",     # 所做的: a noun phrase
    "引进一部执法记录仪，按装机容量核定。",
    "群众反映的问题均依法得到解决，矛盾纠纷及时得以化解。",
])
def test_confusables_left_alone_where_right(line):
    assert rule_ids(report(line), ("wording/confusable", "wording/typo")) == []


def test_usage_forms_are_info():
    fs = findings(report("全面贯彻落实党中央的部署决策，对重大事项做出决定。"), "wording/usage")
    assert [(f.matched, f.suggestion, f.severity.value) for f in fs] == [
        ("部署决策", "决策部署", "info"), ("做出", "作出", "info")]
    fs = findings(report("针对群众反应强烈的物业服务问题开展专项整治，群众反应强烈，效果良好。",
                         "群众反应强烈的养老诈骗、电信网络诈骗案件追赃难度大。"), "wording/usage")
    assert [(f.matched, f.suggestion, f.severity.value) for f in fs] == [("反应", "反映", "info")] * 2


def test_user_extra_word_list(tmp_path):
    extra = tmp_path / "words.yaml"
    extra.write_text("confusables:\n  - {find: 青石震, fix: 青石镇, kind: typo, source: 本县地名}\n",
                     encoding="utf-8")
    fs = findings(report("青石震党委高度重视法治建设。"), "wording/typo",
                  options={"wording": {"extra": [str(extra)]}})
    assert [(f.matched, f.suggestion) for f in fs] == [("青石震", "青石镇")]


def test_an_invalid_regex_in_an_extra_file_names_that_file(tmp_path):
    extra = tmp_path / "words.yaml"
    extra.write_text("confusables:\n  - {regex: '(?<=拉网式|集中)排插', fix: 排查, kind: typo}\n", encoding="utf-8")
    fs = [f for f in findings(report("开展集中排插。"), "wording", options={"wording": {"extra": [str(extra)]}})
          if f.rule_id == "fzlint/internal-error"]
    assert len(fs) == 1 and str(extra) in fs[0].message.zh and "invalid regex" in fs[0].message.zh


# -- repeated words -------------------------------------------------------------------------------

@pytest.mark.parametrize("line, unit", [
    ("一是基层法治力量力量仍然相对薄弱。", "力量"),
    ("进一步提高我们的的工作水平。", "的"),
    ("全镇开展开展法治宣传活动12次。", "开展"),
    ("法治建设法治建设摆在全镇工作重要位置。", "法治建设"),
    ("开展法治宣传教育教育活动12场次。", "教育"),
    ("认真认真学习宪法。", "认真"),
])
def test_repeated_words_are_flagged(line, unit):
    fs = findings(report(line), "wording/repeated-word")
    assert [(f.matched, f.suggestion) for f in fs] == [(unit * 2, unit)]


@pytest.mark.parametrize("line", [
    "紧紧围绕法治政府建设目标，层层压实工作责任。",   # reduplicated words
    "常常深入村组，家家户户上门宣传。",
    "把工作做深做实，方方面面都要抓到位。",           # parallel verbs
    "学习习近平法治思想，学习贯彻党的二十大精神。",   # 学习|习近平
    "通过广播播放法律法规，扩大宣传覆盖面。",         # 广播|播放
    "规范全乡25个行政村村委会工作日值班制度。",       # 行政村|村委会
    "各村年年开展评选，一件一件抓落实。",
    "召开班子会议研究研究具体措施。",                 # verb reduplication
    "的的确确解决了群众的实际困难。",
    "进一步规范规范性文件管理，审查合法性。",         # 规范|规范性文件: a verb and its adjective
])
def test_legitimate_repetition_is_not_flagged(line):
    assert rule_ids(report(line), "wording/repeated-word") == []


def test_a_reduplication_that_cannot_be_a_try_is_a_repeat():
    text = report("全年主持召开党组会专题研究研究法治建设工作4次，开展送法下乡活动活动18场。")
    assert [f.matched for f in findings(text, "wording/repeated-word")] == ["研究研究", "活动活动"]


# -- repeated conjunctions -------------------------------------------------------------------------

def test_repeated_conjunction_inside_one_clause():
    text = report("五、存在问题", "虽然近年来我镇法治政府建设工作虽然取得了一定成效，但还存在一些不足。")
    fs = findings(text, "wording/repeated-conjunction")
    assert [(f.line, f.matched, f.column) for f in fs] == [(5, "虽然", 16)]


def test_repeated_conjunction_across_a_comma_before_its_answer():
    fs = findings(report("尽管近年来，我镇尽管加大了投入，但执法力量仍显不足。"), "wording/repeated-conjunction")
    assert [f.matched for f in fs] == ["尽管"]


def test_two_concessives_of_one_meaning_are_a_repetition():
    fs = findings(report("尽管今年我局执法规范化建设虽然有了新进展，但对照要求仍有差距。"), "wording/repeated-conjunction")
    assert [(f.matched, f.message.zh[:17]) for f in fs] == [("虽然", "关联词“尽管”与“虽然”意思相同，")]


def test_a_framing_clause_does_not_part_an_opening_but_from_its_repeat():
    text = report("但是从检查情况看，但仍有部分单位台账不全。", "但是总体来看，但基层执法力量依然薄弱。",
                  "但是对照上级要求，但仍存在差距。",
                  "但是由于人员不足，执法覆盖面不广，但是群众满意度较高。")
    fs = findings(text, "wording/repeated-conjunction")
    assert [(f.line, f.matched) for f in fs] == [(4, "但"), (5, "但"), (6, "但")]
    # nor does a clause too short to be more than the sentence's subject
    text = report("但是部分村干部在工作中，但仍存在重结果轻程序的现象。", "但是我镇法治建设工作，但仍存在一些不足。",
                  "但是由于人员编制有限、经费保障不足等客观原因，工作推进缓慢，但是群众满意度较高。")
    fs = findings(text, "wording/repeated-conjunction")
    assert [(f.line, f.matched) for f in fs] == [(4, "但"), (5, "但")]


@pytest.mark.parametrize("line", [
    # one per sentence
    "虽然取得了一定成效，但仍有不足。虽然开展了多次培训，但效果不够明显。",
    # answered before the second one
    "虽然干部法治意识有所提高，但部分群众仍然淡薄；虽然宣传形式多样，但覆盖面不广。",
    "但是由于人员不足，执法覆盖面不广，但是群众满意度较高。",
    "因为宣传到位，所以群众知晓率高。",
    "主要因为编制有限，因为人员流动大，执法队伍不稳定。",   # two reasons listed
])
def test_conjunctions_in_separate_clauses_are_fine(line):
    assert rule_ids(report(line), "wording/repeated-conjunction") == []


def test_doubled_conjunction_is_reported_once_as_a_repeated_word():
    fs = findings(report("二是执法人员力量不足，但是但是工作任务重。"), "wording")
    assert [(f.rule_id, f.matched) for f in fs] == [("wording/repeated-word", "但是但是")]


def test_repeated_conjunction_in_one_comma_clause():
    fs = findings(report("但是由于人员不足但是执法覆盖面不广。"), "wording/repeated-conjunction")
    assert [f.matched for f in fs] == ["但是"]


def test_repeated_conjunctions_are_judged_per_sentence_in_text_order():
    """Sentences are told apart by the break that ends them, the last one by the end of the text."""
    from fzlint.document import Document
    from fzlint_plugins.wording import _check_conjunctions

    class Context:
        config = None

        def enabled(self, rule_id):
            return True

        def options(self, plugin):
            return {}

    text = ("由于人员不足，由于经费有限。虽然开展培训，但是效果一般；但是由于经费有限由于人员不足"
            "。虽然培训虽然开展，\n尽管推进尽管开展")
    got = [(f.start, text[f.start:f.end]) for f in _check_conjunctions(Document.from_text(text), Context())]
    assert got == [(text.rindex("由于人员不足"), "由于"),
                   (text.rindex("虽然开展"), "虽然"), (text.rindex("尽管开展"), "尽管")]


# -- broken fixed phrases ---------------------------------------------------------------------------

@pytest.mark.parametrize("line, phrase", [
    ("三是群众法律意识有待进一步，咨询法律顾问热度不够。", "有待进一步"),
    ("干部学法用法能力仍需进一步。", "仍需进一步"),
    ("对发现的问题依法予以。", "予以"),
    ("执法人员业务能力与新形势要求还存在一定差。", "差"),
])
def test_phrases_cut_short(line, phrase):
    assert [f.matched for f in findings(report(line), "wording/incomplete-phrase")] == [phrase]


@pytest.mark.parametrize("line", [
    "依法决策的意识和水平有待进一步强化，干部队伍法律素质有待进一步提高。",
    "推动法治政府建设更进一步。",
    "对发现的问题依法予以纠正。",
    "行政执法人员业务能力有待提高。",
    "执法人员业务能力与新形势要求还存在一定差距。与上年相比有较大差别，路况存在一定差异。",
])
def test_complete_phrases_are_fine(line):
    assert rule_ids(report(line), "wording/incomplete-phrase") == []


def test_rules_are_documented():
    from fzlint_plugins import wording

    for r in wording.RULES:
        assert r.doc.what and r.doc.why and r.doc.example and r.doc.source


@pytest.mark.parametrize("line", [
    "对群众诉求给予最大限度的保障。",              # 保障 is a noun here
    "立即要求整改，又要举一反三。",                 # 立即 + 要求
    "约谈薄弱村党支部书记3人。",                     # 约谈|薄弱
    "宣传、培训、调解等等工作有序开展。",
    "组织案卷评查2次，审察案情、明察秋毫。",          # 审察 and 察 outside 评查/审查 terms
    "推行示范型、规范化服务。",                      # 示范型 is no 规范性文件
    "审查涉案财务资料12份，在全省考核中名次靠前。",    # 财务资料, a ranking
])
def test_more_correct_text_left_alone(line):
    assert rule_ids(report(line), "wording") == []


def test_every_literal_entry_is_found_and_fixed():
    from fzlint_plugins.common import load_patterns

    for pat in load_patterns("confusables", {}, "confusables"):
        find = pat.entry.get("find")
        if not find:
            continue
        m = pat.regex.search(f"全镇{find}情况")
        assert m is not None, find
        assert pat.replacement(m) and pat.replacement(m) != find, find


@pytest.mark.parametrize("line, wrong, fix", [
    ("设立行政复议授理窗口，方便群众申请。", "授理", "受理"),
    ("开展矛盾纠纷模底排查，建立工作台账。", "模底", "摸底"),
    ("积极配合县人民检查院开展公益诉讼。", "检查院", "检察院"),
    ("为执法人员配备执法纪录仪12台。", "纪录", "记录"),
    ("规范性文件全部经过合法性审察。", "审察", "审查"),
    ("新出台的政策措施均经过公平竞争审察。", "审察", "审查"),
    ("组织开展执法案卷评察，抽查案卷86卷。", "评察", "评查"),
    ("对本局制定的规范型文件开展全面清理。", "型", "性"),
    ("全面实施预算积效管理。", "积效", "绩效"),
    ("依法处置涉案财务，返还群众损失。", "财务", "财物"),
    ("组织专题培训6期，培训干部120名次。", "名次", "人次"),
    ("坚持明查暗访，督促整改到位。", "明查暗访", "明察暗访"),
    ("做到防范于未然，把矛盾化解在基层。", "防范于未然", "防患于未然"),
    ("群众满意度位列全县前矛。", "前矛", "前茅"),
])
def test_more_typos_of_official_texts(line, wrong, fix):
    assert _hits(report(line), "wording") == [(wrong, fix)]


@pytest.mark.parametrize("line", [
    "为村干部传授理论知识，讲授理念方法。",          # 传授|理论, 讲授|理念
    "守住规模底线，严控新增债务。",                  # 规模|底线
    "定期检查院内消防设施，检查院校食堂卫生。",      # 检查|院内, 检查|院校
    "及时检查官网信息，检查官方账号。",              # 检查|官网
    "全部份额已登记，执法记录仪全部配齐。",          # 全部|份额
])
def test_typo_lookalikes_across_words_are_left_alone(line):
    assert rule_ids(report(line), "wording") == []


def test_repeated_bujin_across_a_comma_without_its_answer():
    fs = findings(report("一是不仅部分乡镇法治力量不足，不仅司法所人员配备不到位。"), "wording/repeated-conjunction")
    assert [f.matched for f in fs] == ["不仅"]
    ok = "不仅要规范执法程序，而且要提升执法质量；不仅要严格执法，还要推进柔性执法。"
    assert rule_ids(report(ok), "wording/repeated-conjunction") == []


def test_xiang_for_resemblance():
    text = report("象绣花一样精细管理，要象对待家人那样对待群众。树立良好形象，对象一样明确，现象一样突出，像绣花一样。")
    assert _hits(text, "wording") == [("象", "像"), ("象", "像")]


def test_degree_word_without_its_head():
    text = report("矛盾纠纷得到有效，执法水平取得了一定。群众法治意识有了明显提升，工作取得明显成效，效果显著，"
                  "违法行为得到有效遏制，成效明显。")
    assert [f.matched for f in findings(text, "wording/incomplete-phrase")] == ["得到有效", "取得了一定"]


def test_de_for_adverbial_di_before_a_verb():
    text = report("积极的开展普法宣传，扎实的推进依法行政。认真的态度，积极的推进作用，有效的落实措施，深入的学习，积极地开展工作。")
    assert _hits(text, "wording/confusable") == [("的", "地"), ("的", "地")]


def test_di_for_de_before_a_noun_and_de_for_de_before_a_complement():
    text = report("引导经营者自觉的履行法定义务，全局法治建设取得了明显地成效，营造良好地法治环境。",
                  "让法律顾问作用发挥的更加充分。")
    assert [(f.line, f.matched, f.suggestion) for f in findings(text, "wording/confusable")] == [
        (4, "的", "地"), (4, "地", "的"), (4, "地", "的"), (5, "的", "得")]
    fine = report("各地成效明显，当地环境优美，积极地影响群众，发挥的作用更加充分，显著地提升了群众满意度，"
                  "实质性地推进改革，自觉的行动。")
    assert findings(fine, "wording/confusable") == []


def test_de_for_di_before_more_verbs_and_before_a_verb_with_le():
    text = report("坚决的制止“未批先建”行为，有效的保障了劳动者权益，对文件认真的梳理，有力的推动了源头化解。")
    assert _hits(text, "wording/confusable") == [("的", "地")] * 4
    fine = report("提供有效的保障，坚持积极的清理工作，给予及时的纠正指导，取得了积极的变化，加强有力的打击力度。")
    assert findings(fine, "wording/confusable") == []


def test_di_for_de_after_a_verb_that_makes_something():
    text = report("开通微信公众号，营造了良好地政务公开环境，形成浓厚地学法氛围。")
    assert [(f.matched, f.suggestion) for f in findings(text, "wording/confusable")] == [("地", "的"), ("地", "的")]
    assert findings(report("营造良好的法治环境，形成安全地带，积极地营造氛围。"), "wording/confusable") == []


def test_people_and_vehicles_sent_out_are_counted_in_person_and_vehicle_times():
    text = report("全年出动执法人员126次，出动执法车辆40次，检查经营主体318家。")
    assert [(f.matched, f.suggestion) for f in findings(text, "wording/confusable")] == [("次", "人次"), ("次", "台次")]
    assert _hits(report("出动执法人员1870人次、执法车辆540人次。"), "wording/confusable") == [("人次", "台次")]
    fine = report("全年出动执法人员126人次、执法车辆40台次，组织执法人员培训3次，出动3次，出动警力2批次。")
    assert findings(fine, "wording/confusable") == []


def test_a_measure_word_the_counted_thing_does_not_take():
    text = report("张贴宣传海报200余副，发放宣传手册3000张，建成法治公园5所，制作普法短视频8部。")
    fs = findings(text, "wording/measure-word")
    assert [(f.matched, f.suggestion) for f in fs] == [("副", "张"), ("张", "本"), ("所", "个")]
    assert "“海报”的量词一般用“张”“份”“幅”" in fs[0].message.zh and fs[0].severity.value == "warning"


@pytest.mark.parametrize("line", [
    "张贴海报200余张，发放宣传手册2万册、明白纸3000份，建成法治公园5个、法治广场2处。",
    "张贴海报3次，发放手册2批，出动执法车辆12台次，全区学校56所、幼儿园12家。",  # actions, any kind, compound units
    "执法车辆12部，宣传栏30块，记录仪40台，无人机2架，横幅15条。",
    "公园路12号，手册第3章，海报2024年版。",  # no count of the thing
])
def test_measure_words_that_fit(line):
    assert findings(report(line), "wording/measure-word") == []


def test_measure_words_of_enterprises_and_meetings():
    text = report("召开企业用工座谈会4起，走访退役军人创办企业23名。")
    assert [(f.matched, f.suggestion) for f in findings(text, "wording/measure-word")] == [("起", "次"), ("名", "家")]
    fine = report("走访企业23家，召开座谈会4场，组织企业23名职工参训，培训企业负责人23名，服务企业12户。")
    assert findings(fine, "wording/measure-word") == []


def test_things_that_are_no_people_counted_in_ming():
    text = report("对9名企业下达责令改正违法行为决定书，与3名律师事务所签订法律顾问服务合同。")
    assert [(f.matched, f.suggestion) for f in findings(text, "wording/measure-word")] == [("名", "家"), ("名", "家")]
    assert [(f.matched, f.suggestion) for f in findings(report("全县有律师事务所6名、执业律师58名，检查商超216名。"),
                                                         "wording/measure-word")] == [("名", "家"), ("名", "家")]
    fine = report("培训9名企业负责人，走访3名企业家，组织12名单位职工参训，3位公司法务列席，与3家律师事务所签约，"
                  "聘请律师事务所1名执业律师担任法律顾问。")
    assert findings(fine, "wording/measure-word") == []


def test_de_before_more_complements():
    text = report("各项执法工作推进的扎实有序，把矛盾纠纷化解的更早更小，为把服务企业做的更加精准。")
    assert _hits(text, "wording/confusable") == [("的", "得")] * 3
    assert _hits(report("部分栏目更新的不够及时。对3件信访积案认真的逐件梳理。"), "wording/confusable") == [
        ("的", "得"), ("的", "地")]
    assert _hits(report("文物安全形势保持的平稳有序。窗口业务办的又快又好。"), "wording/confusable") == [("的", "得")] * 2
    fine = report("我们所做的更加充分，推进的更好的机制，做的工作扎实有效，保持的良好势头。")
    assert findings(fine, "wording/confusable") == []


def test_de_after_yao_only_before_a_comparative_that_closes_the_clause():
    text = report("各项工作要做的更实更细。为民服务要做的更加精准，矛盾纠纷要化解在基层。")
    assert _hits(text, "wording/confusable") == [("的", "得")] * 2
    fine = report("我们要做的更多是源头预防。要做的工作还很多，要做的更好的机制是长效机制。")
    assert findings(fine, "wording/confusable") == []


def test_a_single_volume_of_a_law_is_counted_in_copies():
    text = report("发放《中华人民共和国退役军人保障法》单行本600余个，编印普法教材3套。")
    assert _hits(text, "wording/measure-word") == [("个", "本")]


def test_typos_of_overloading_and_residues():
    text = report("查处车辆超线超载违法行为384起，开展治理超线专项行动。对检出农药残流超标的22批次产品依法处置。")
    assert _hits(text, "wording/typo") == [("超线", "超限"), ("超线", "超限"), ("残流", "残留")]
    fine = report("治理车辆超限超载，农药残留检测合格率99.6%，超线路运营的车辆依法查处，河水残流量很小。")
    assert findings(fine, "wording/typo") == []


def test_typos_of_bullying_and_reclaiming():
    text = report("深入开展防范校园欺棱专项治理。开展“打击毁林开恳”专项行动，严禁擅自开恳林地。")
    assert _hits(text, "wording/typo") == [("欺棱", "欺凌"), ("开恳", "开垦"), ("开恳", "开垦")]
    fine = report("防范学生欺凌，严禁毁林开垦。我们公开恳请群众监督，邀请社会各界公开恳谈。")
    assert findings(fine, "wording/typo") == []


def test_de_for_di_before_a_preposition_and_its_object():
    text = report("民警耐心的为群众解答法律咨询，工作人员主动的为企业提供上门服务。")
    assert _hits(text, "wording/confusable") == [("的", "地")] * 2
    fine = report("民警耐心地为群众解答法律咨询，这是为群众办实事的具体举措，成为群众的贴心人。")
    assert findings(fine, "wording/confusable") == []


def test_a_malformed_measure_word_entry_is_a_data_error(tmp_path):
    from fzlint_plugins import wording
    from fzlint_plugins.common import DataError

    with pytest.raises(DataError, match="measure_words"):
        wording._measure_table(({"nouns": ["海报"], "takes": []},))


def test_de_for_di_after_more_adverbials_but_not_after_a_verb_that_makes_a_noun():
    text = report("我局积极稳妥的推进综合执法改革，依法依规的开展执法检查，切实有效的解决群众诉求，认真的学习贯彻全会精神。",
                  "改革得到了有效的推进，执法检查进行有力的执行，开展严格的整改，建立有效的解决机制，坚持依法的处理原则。")
    assert [(f.line, f.matched, f.suggestion) for f in findings(text, "wording/confusable")] == [
        (4, "的", "地"), (4, "的", "地"), (4, "的", "地"), (4, "的", "地")]


@pytest.mark.parametrize("line, wrong, fix", [
    ("持续优化营商坏境。", "坏境", "环境"),
    ("全年化解矛盾纠份36起。", "纠份", "纠纷"),
    ("在册社区较正对象12人。", "社区较正", "社区矫正"),
    ("对违法犯罪分子严惩不怠，坚决绳之于法。", "严惩不怠", "严惩不贷"),
    ("认真屡行职责，宣传先进事绩。", "屡行", "履行"),
    ("贯澈落实“双减”政策。", "贯澈", "贯彻"),
    ("增强普法宣传的真对性。", "真对性", "针对性"),
    ("充分听取当事人陈述申辨。", "申辨", "申辩"),
    ("维护劳动者合法权宜。", "权宜", "权益"),
    ("规范性文件备按审查工作持续加强。", "备按", "备案"),
    ("推动矛盾纠纷排查长态化。", "长态化", "常态化"),
    ("以锲而不舍、弛而不息的决心纠治“四风”。", "弛而不息", "驰而不息"),
    ("让宪法知识家谕户晓。", "家谕户晓", "家喻户晓"),
    ("依法保障当事人陈述、申辩、听证等程序权力。", "权力", "权利"),
    ("全年授理行政复议申请12件。", "授理", "受理"),
    ("及时回应群众合理述求。", "述求", "诉求"),
    ("严励打击电信网络诈骗。", "严励", "严厉"),
    ("严历打击非法捕捞行为。", "严历", "严厉"),
    ("坚持严紧细致的工作作风，确保审查程序严紧。", "严紧", "严谨"),
    ("在医疗美容等领域推行告之承诺制。", "告之", "告知"),
    ("对申请材料不全的一次性告之需补正的内容。", "告之", "告知"),
    ("坚持和发展新时代“枫桥经验”，推进溯源治理。", "溯源治理", "诉源治理"),
    ("推进溯源治理，化解矛盾纠纷36件。", "溯源治理", "诉源治理"),
    ("全年未发生行政附议被纠错案件。", "行政附议", "行政复议"),
    ("依法组织听政会2场。", "听政", "听证"),
    ("依法规范实施教育惩诫。", "惩诫", "惩戒"),
    ("持续开展根制欠薪冬季专项行动。", "根制", "根治"),
    ("优化法治化赢商环境。", "赢商", "营商"),
    ("做到重大事项有章可寻、有据可查。", "有章可寻", "有章可循"),
    ("深入贯砌落实上级部署。", "贯砌", "贯彻"),
    ("建立建全统计数据质量控制机制。", "建全", "健全"),
    ("学校法治工作机制还不够建全；二是……", "建全", "健全"),
    ("对在用计量器具实施强制鉴定1.2万台件。", "鉴定", "检定"),
    ("认真疏理规范性文件42件。", "疏理", "梳理"),
    ("严格审核征战用林地项目12个。", "征战用", "征占用"),
    ("卓有成效的开展普法宣传。", "的", "地"),
    ("主动的靠前服务企业。", "的", "地"),
    ("全县各幼儿园认真的组织开展学习宣传。", "的", "地"),
    ("对27份合同全部进行合法行审查。", "行", "性"),
    ("由于流动人口多，因此所以矛盾纠纷总量较大。", "因此所以", "所以"),
    ("全面落实河湖长治，巡河2.6万余人次。", "河湖长治", "河湖长制"),
    ("三是规范行文件管理仍有薄弱环节。", "行", "性"),
    ("抽查结果在7个工作日内全部公式。", "公式", "公示"),
    ("个别案件卷宗整理的不够规范。", "的", "得"),
    ("做到防患于未燃。", "防患于未燃", "防患于未然"),
    ("开展以案示法12场。", "以案示法", "以案释法"),
    ("深化接诉既办改革。", "接诉既办", "接诉即办"),
    ("回收秸杆2.3万吨。", "秸杆", "秸秆"),
    ("推动林业执法向纵身发展。", "纵身", "纵深"),
    ("开展经济责任审记3项。", "审记", "审计"),
    ("依法行使审计监督权利。", "权利", "权力"),
    ("对新出台的规范性文件既时报送备案。", "既时", "及时"),
    ("全面落实行政执法公式、执法全过程记录制度。", "公式", "公示"),
    ("截至2023年12月31日，以全部办结销号。", "以", "已"),
    ("发放优抚对象扶恤金2.6万人次。", "扶恤", "抚恤"),
    ("全面落实执法全过程纪录制度。", "纪录", "记录"),
    ("部分工作人员法治意识树立的还不够牢固。", "的", "得"),
    ("对参保人合法权力的保障意识有待增强。", "权力", "权益"),
    ("在14个社区更新法治宣传拦42块，村务公开拦全覆盖。", "拦", "栏"),
    ("确保统计数椐真实准确，根椐要求报送。", "椐", "据"),
    ("开展违法建设专项整冶行动。", "冶", "治"),
    ("接待来访群众200余任次，开展宣传活动12厂次。", "任", "人"),
    ("开展宣传活动12厂次。", "厂", "场"),
    ("开展安全隐患排插整治，贯沏落实上级部署，组织业务培迅3期。", "排插", "排查"),
    ("贯沏落实上级部署。", "贯沏", "贯彻"),
    ("组织业务培迅3期。", "培迅", "培训"),
    ("切实保障学生的受教育权力。", "权力", "权利"),
    ("接待来访群众，耐心的倾听诉求。", "的", "地"),
    ("化解矛盾纠分36起，近一步规范执法。", "纠分", "纠纷"),
    ("近一步规范执法行为。", "近一步", "进一步"),
    ("修订行政处罚栽量基准。", "栽量", "裁量"),
    ("修订完善《住房和城乡建设领域行政载量权基准》，细化裁量情形517条。", "载量", "裁量"),
    ("我乡把普法做为牧区基层治理的基础工程。", "做为", "作为"),
    ("实现行政村法律顾问全履盖。", "履盖", "覆盖"),
    ("全面梳理管委会全责清单，承接下放事项63项。", "全责清单", "权责清单"),
    ("开展打击非法采沙专项行动3次。", "采沙", "采砂"),
    ("开展公共场所卫生监督检察，发现问题12个。", "检察", "检查"),
    ("部分执法人员对新法掌握的不够。", "的", "得"),
    ("对法治建设工作部属安排，专门部属普法工作。", "部属", "部署"),
    ("开展执法监督检察3次。", "检察", "检查"),
    ("全年监督检察医疗机构、公共场所等单位126家次。", "检察", "检查"),
    ("日常检察辖区企业46家。", "检察", "检查"),
    ("执法人员全部持正上岗，开展以案施法12场。", "持正上岗", "持证上岗"),
    ("开展以案施法12场。", "以案施法", "以案释法"),
    ("持续忧化营商环境。", "忧化", "优化"),
    ("开展防校园欺陵专项治理。", "欺陵", "欺凌"),
    ("深入的开展法治宣传教育。", "的", "地"),
    ("按照上级部属要求，联合县公正处开展公证服务。", "部属", "部署"),
    ("联合县公正处开展公证服务，公正处理各类纠纷。", "公正处", "公证处"),
    ("领导干部以身作责，严禁弄虚做假。", "以身作责", "以身作则"),
    ("严禁弄虚做假。", "弄虚做假", "弄虚作假"),
    ("推行医疗费用即时结算，减少手工报消，优化网点布局调正。", "报消", "报销"),
    ("完成网点布局调正。", "调正", "调整"),
    ("最大限度的把矛盾化解在基层。", "的", "地"),
    ("对群众诉求做到即使化解。", "即使", "及时"),
    ("对群众反映的问题做到即使办结、件件有回音。", "即使", "及时"),
    ("坚持严格规范公证文明执法。", "公证", "公正"),
    ("坚决杜决“人情执法”“选择性执法”。", "杜决", "杜绝"),
    ("违法用地实现“零增涨”。", "增涨", "增长"),
    ("开展松材线虫病疫情防空攻坚行动。", "防空", "防控"),
    ("政府采购意象公开不够及时。", "意象", "意向"),
    ("落实草蓄平衡和禁牧休牧制度。", "草蓄平衡", "草畜平衡"),
    ("按照县委依法治县办的按排，开展述法。", "按排", "安排"),
    ("依法下达整改通知书，以经全部整改到位。", "以经", "已经"),
    ("开展常常态化走访慰问。", "常常态化", "常态化"),
    ("做好防汛抗早和地质灾害防治工作。", "抗早", "抗旱"),
    ("部分执法人员法律意识淡簿。", "淡簿", "淡薄"),
    ("目前以来，在县第一中学等6所学校开展人防知识教育。", "目前以来", "截至目前"),
    ("推进严格规范公证执法，全面落实三项制度。", "公证", "公正"),
    ("局党组安排部属全年法治工作，县长亲自部属。", "部属", "部署"),
    ("切实围护纳税人缴费人合法权益。", "围护", "维护"),
    ("对补助名单张榜公式7天，落实“双公式”制度。", "公式", "公示"),
    ("落实驻村帮抚工作责任，结对帮服困难户36户。", "帮抚", "帮扶"),
    ("组建“八五”普法宣将队，开展宣讲12场。", "宣将", "宣讲"),
    ("依法做好退役军人移交安制工作。", "安制", "安置"),
    ("召开价格调整听症会1场。", "听症", "听证"),
    ("排查地质灾害隐幻点12处。", "隐幻", "隐患"),
    ("落实医疗就助政策，发放临时就助资金。", "就助", "救助"),
    ("在房屋证收与补偿工作中依法办事。", "证收", "征收"),
    ("依法化解行政诉松纠纷，受理信仿事项42件。", "诉松", "诉讼"),
    ("开展专项督道，培育陪育法律明白人。", "督道", "督导"),
    ("完善预惊机制，发布气像信息。", "预惊", "预警"),
    ("完善目标考平体系，建立快速维休机制。", "考平", "考评"),
    ("管好储背粮和应急物资。", "储背", "储备"),
    ("推进行政执法监都平台建设，规范合铜管理。", "监都", "监督"),
    ("加强安全管里，开展民主协尚。", "管里", "管理"),
    ("及时排处安全隐患，维护社会隐定。", "排处", "排除"),
    ("推动安全生产责任落时。", "落时", "落实"),
    ("坚持公平公证执法，做到客观公证处理每一起案件。", "公证", "公正"),
    ("班子成员认真的学习了新修订的法律。", "的", "地"),
    ("开展执法检察3次。", "检察", "检查"),
    ("全年开展执法检察不少于120次。", "检察", "检查"),
    ("充分保障当事人申辩的权力。", "权力", "权利"),
    ("有针对性的开展普法宣传。", "的", "地"),
    ("按照即定计划推进，及时向县相关部门反应。", "即定", "既定"),
    ("及时向县相关部门反应。", "反应", "反映"),
    ("提供法律资询120人次。", "资询", "咨询"),
    ("杜绝推委扯皮。", "推委", "推诿"),
    ("开展排茬整治。", "排茬", "排查"),
    ("及时拔付补助资金。", "拔付", "拨付"),
    ("受理劳动人事争议仲栽案件56件。", "仲栽", "仲裁"),
    ("认真贯撤落实上级部署。", "贯撤", "贯彻"),
    ("走访优抚对像120人，面对像疫情这样的挑战。", "对像", "对象"),
    ("有效的减少了矛盾纠纷。", "的", "地"),
    ("区域法治建设推进地不够平衡。", "地", "得"),
    ("开展合法姓审查12件。", "姓", "性"),
    ("推进基层社会冶理，深化法冶宣传。", "冶", "治"),
    ("充分发辉法律顾问作用。", "发辉", "发挥"),
    ("开展矛盾纠纷攻艰行动，划解积案9件。", "划解", "化解"),
    ("受理矛盾纠纷64起，成功调节61起。", "调节", "调解"),
    ("全年调节纠纷12件，调节成功率95%。", "调节", "调解"),
    ("区长带头深入的学习习近平法治思想。", "的", "地"),
    ("局党组书纪、局长切实履行第一责任人职责。", "书纪", "书记"),
    ("发现并纠正数据差措133处。", "差措", "差错"),
    ("对首次轻微违法行为既时教育纠正。", "既时", "及时"),
    ("（二）加强执法队伍建没，全年组织培训4期。", "建没", "建设"),
    ("（五）加强法治宣传教肓。", "教肓", "教育"),
    ("培育“法律名白人”56名。", "法律名白人", "法律明白人"),
    ("（四）深化安全生产大检察。", "检察", "检查"),
    ("提供法律援肋咨询48人次。", "援肋", "援助"),
    ("四、2023年工作安徘", "安徘", "安排"),
    ("（三）规范旅游市场秩续", "秩续", "秩序"),
    ("二、党政主要负责人履行推进法治建设第一责任人职责清况", "清况", "情况"),
    ("（二）抓执法，规范行政执法形为。", "形为", "行为"),
    ("利用大数据开展比对分析，设及疑点线索4条。", "设及", "涉及"),
    ("组织干部职工认真的参加法治专题讲座3场。", "的", "地"),
    ("对医保政策法规学习宣传的还不够深入。", "的", "得"),
    ("上述案件全部经审核后作出，确保执法行为做的规范。", "的", "得"),
    ("群众法治意识得到了有效地提升。", "地", "的"),
    ("及时回应和反应群众诉求。", "反应", "反映"),
    ("贯彻《建设工程质量管理条列》。", "条列", "条例"),
    ("全部进行合法性审查，切实的把权力关进制度的笼子。", "的", "地"),
    ("三、党政主要负责人履行推进法治建设第一责任人职则情况", "职则", "职责"),
    ("推动干部群众法治意识不断曾强。", "曾强", "增强"),
    ("三、存在的不组和原因", "不组", "不足"),
    ("每日9:30召开警情研叛会。", "研叛", "研判"),
    ("保持基金监管高压态式。", "态式", "态势"),
    ("三、存在的不足和原困", "原困", "原因"),
    ("（二）推进依法治校示范校创健。", "创健", "创建"),
    ("开展交通安全专题教育，有效的预防和减少了校园安全事故。", "的", "地"),
    ("执法检察中重查处、轻指导的现象仍然存在。", "检察", "检查"),
    ("（二）推进基层依法治里", "治里", "治理"),
    ("部分干部对政策把握的不准，整改落实的不彻底。", "的", "得"),
    ("全局持证执法人员执法办按能力明显提升。", "办按", "办案"),
    ("镇便民服务中心进住事项126项。", "进住", "进驻"),
    ("执法记录议配备率100%。", "执法记录议", "执法记录仪"),
    ("积极的推行政府法律顾问制度，积极的引导企业依法经营。", "的", "地"),
    ("认真的组织干部职工参加网上学法考试。", "的", "地"),
    ("围绕河道彩砂、水资源取用等重点领域开展执法检查，查处非法彩砂3起。", "彩砂", "采砂"),
    ("区行政审批局承接市级下方事项142项。", "下方", "下放"),
    ("常常深入到退役军人家中面对面的开展政策解读。", "的", "地"),
    ("组织律师手把手的指导企业，一对一的化解纠纷。", "的", "地"),
    ("坚持和发展新时代“枫桥经验”，全年排插各类矛盾纠纷92起。", "排插", "排查"),
    ("党群服务中心推行“一站式受里、一窗式办结”，全年受里申请326件。", "受里", "受理"),
    ("全年办理不动产等记业务1.86万件。", "等记", "登记"),
    ("开展养老服务机购消防安全专项检查36次。", "机购", "机构"),
])
def test_more_typos_in_law_reports(line, wrong, fix):
    assert (wrong, fix) in _hits(report(line), "wording")


@pytest.mark.parametrize("line", [
    "严厉打击破坏境内生态环境的违法行为。",
    "提升政务服务办事绩效，摸清底数，建立项目规模清单。",
    "准备按时完成备案工作，配备按摩设备，养成良好习惯彻底改掉陋习。",
    "认真对待群众诉求，坚持权宜之计不可取，依法监督权力运行。",
    "传授理论知识，当事人陈述求助经过，焕发辉煌，统筹规划解决历史遗留问题。",
    "调节水库水量3次，发挥价格调节作用，调节气温。",
    "陶冶情操，用新方法冶炼钢材，推动冶金产业转型。",
    "检查发现违规使用排插3处，为群众提供耐心的解答服务，选举产生人民代表大会，行使国家权力。",
    "即使处理结果不尽如人意，也要耐心解释；最大限度的把握机遇。",
    "即使受理后申请人撤回申请，也应当作出书面决定。",
    "办理公证、执法检查各12件，联合县公证处开展执法普法。",
    "组织部属高校法学院开展送法活动，安排部属单位自查；公平公证员队伍建设，申请客观公证书3份。",
    "完成基坑围护结构施工，设置围护栏保障施工安全，围护桩检测合格。",
    "按照计算公式核定补助，防止公式化表述；帮服务对象代办事项，帮服刑人员家属解决困难。",
    "健全平安制度、治安制度，听症状描述及时就医，以法治成就助力发展，保证收入稳定。",
    "天气像往年一样晴好，考平均成绩，储背景资料，开展社区戒毒工作。",
    "不管里面有多少问题，安排处理群众诉求，编排处分决定，价格回落时及时调整。",
    "截至目前，开展宣传12场；今年以来，受理投诉8件。",
    "加强人民防空工作，开展防空警报试鸣。",
    "坚持以经济建设为中心，以经验交流促工作。",
    "相关部门反应迅速，即定即办。",
    "汛前检查门窗是否关闭严紧，堵严紧闭的闸门。",
    "将处理结果据实告之当事人，开展大气污染溯源治理，强化食品安全溯源治理。",
    "会议附议通过，宣传拦截电信诈骗，信息拦截系统，公开拦路抢劫案件2起，市场主体赢得商机。",
    "群众反应强烈，以完成整改为目标，以全部办结为标准，创纪录地完成任务，依法行使合法权力。",
    "按照计算公式核定补助标准。",
    "开展司法鉴定12件，委托鉴定机构出具报告，疏通理顺机制。",
    "推进社会治理，确保长治久安，落实河湖长制。",
    "配合开展行政执法检察监督，落实检察建议2件，县人民检察院联合检察。",
    "支持县人民检察院对辖区企业开展公益诉讼检察，检察机关监督检察院内部执法。",
    "参观丛书纪实展，建成图书纪念馆，举办彩砂画展览，在页面下方区域公示，屏幕下方显示。",
    "新建没有验收的项目不得投入使用，在家里治疗。",
    "加强基础设施建设及管理，完善公共设施建设及维护，澄清况且不论。",
    "执法水平有效地提升，群众反应强烈，得到有效的保障，群众对此反应积极。",
    "逐条列出整改问题，认真的把握好政策界限。",
    "最高人民检察院首席大检察官出席会议，对不履职则追责问责。",
    "对不组织开展学法的单位通报，曾强调依法办事，不组建临时机构。",
    "帮扶原困难户12户，开展创健康城市活动，推广动态式管理和生态式种植，检察中心业务。",
    "落实河道落差措施，按照程序办理。",
    "健全认真的组织体系，发挥积极的引导作用，加大积极的推行力度。",
    "开展深入的学习研讨，与群众进行面对面的交流，提供一对一的服务，实现零距离的沟通。",
    "发放农机购置补贴126万元，规范无人机购买登记，在享受里程补贴的同时，让群众在感受里看到变化。",
    "对巡查、检查等记录及时归档，对会议纪要等记载的事项逐项落实。",
])
def test_more_typo_lookalikes_are_left_alone(line):
    assert rule_ids(report(line), "wording") == []


def test_de_before_a_verb_used_as_a_noun_is_left_alone():
    text = report("保持持续的推进态势，在积极的推进中发现问题，形成不断的提升势头。")
    assert rule_ids(text, "wording/confusable") == []


def test_fix_template_without_backslash_is_the_expanded_template():
    import re

    from fzlint_plugins.common import compile_pattern

    for fix in ["截至", "g<1>十届", "{0}%", "$1", "\\g<1>届", "\\1十", "\\n", "\\g<9>"]:
        pat = compile_pattern({"regex": "(截)止", "fix": fix})
        m = pat.regex.search("截止目前")
        try:
            plain = m.expand(fix)
        except (re.error, IndexError):
            plain = fix
        assert pat.replacement(m) == plain, fix


# -- anchored scanning of the data-file patterns ---------------------------------------------------

def _bundled_regex_patterns():
    from fzlint_plugins.common import derived, load_patterns
    from fzlint_plugins.terminology import _name_pattern_set

    sets = [load_patterns("confusables", {}, "confusables"), load_patterns("phrases", {}, "incomplete_phrases"),
            load_patterns("outdated", {}, "outdated"), load_patterns("sessions", {}, "events"),
            derived("standard-names", {}, "names", None, _name_pattern_set)]
    for s in sets:
        s.candidates("")  # registers the lists' texts, and the anchors, with the shared literals
    return [p for s in sets for p in s if "regex" in p.entry]


def test_anchored_scan_of_every_bundled_regex_finds_what_finditer_finds():
    """Tried only before their anchors, the patterns match exactly as when searched for."""
    import random

    from fzlint.regexscan import finditer_anchored

    rng = random.Random(11)
    anchored = 0
    for pat in _bundled_regex_patterns():
        anchoring = pat.anchoring()
        if anchoring is None:
            continue
        anchored += 1
        anchors, reach = anchoring
        source = str(pat.entry["regex"])
        alphabet = [ch for ch in source if ch > "\u3000"] + list("，。、 \n12") + list(anchors) * 3
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            got = [(m.span(), m.groups()) for m in finditer_anchored(pat.regex, text, anchors, reach)]
            assert got == [(m.span(), m.groups()) for m in pat.regex.finditer(text)], (source, text)
            assert [m.span() for m in pat.finditer(text)] == [m.span() for m in pat.regex.finditer(text)]
    assert anchored >= 15  # the leading lookbehinds and optional parts of the lists


def test_slow_scan_only_for_patterns_tried_at_every_position():
    import re

    from fzlint.regexscan import slow_scan

    assert slow_scan(re.compile("(?<!学)习总书记")) == (4, ("习总书记",))
    assert slow_scan(re.compile("(?:党的)?二十大|(?:中国共产党|党的)第二十次全国代表大会")) == (
        15, ("中国共产党第二十次全国代表大会", "二十大", "党的第二十次全国代表大会"))  # what each alternative requires
    assert slow_scan(re.compile("(?=[最])(?:最大限度|尽可能)(?P<x>的)")) == (5, ("尽可能的", "最大限度的"))
    assert slow_scan(re.compile("(?<!学)(?P<a>习近平|总)书记")) == (5, ("习近平书记", "总书记"))  # through a group
    assert slow_scan(re.compile("(?<!学)(?:[习总]近平|总)书记")) == (5, ("习近平书记", "总书记", "总近平书记"))
    assert slow_scan(re.compile("(?<!学)(?:\\d近平|总)书记")) == (5, ("书记",))  # an alternative opens with \\d
    assert slow_scan(re.compile("(?<!学)习.*总书记")) is None  # no bound on the width
    assert slow_scan(re.compile("习近平(?:总书记)?")) is None  # a literal first: the engine skips itself
    assert slow_scan(re.compile("[习总]书记")) is None
    assert slow_scan(re.compile("(?:资料|材料)\\d+(?P<x>分)")) is None


_TRICKY_PATTERNS = [
    "(?:党的)?二十大(?=精神|报告)|(?:中国共产党|党的)第二十次全国代表大会",
    "(?:(?<=学习)习|(?<!学)习)?(?<!习近平)总书记的?法治思想",
    "(?:习近平(?:总书记)?(?:关于)?)?全面依法治国(?:的)?新理念",
    "(?<!甲)(?:甲乙)?乙丙?丁|丙{1,2}(?:丁|甲乙)",
    "(?:[甲乙]\\d?|丙)?丁(?:甲|乙丙)?丁|(?<=乙)丙丙",
    "(?<!甲)(?P<a>甲|乙丙)?丁?(?P=a)丙",
    "(?:甲?乙)?(?:丙|丁)?甲乙丙",
]


def test_anchor_reach_bounds_where_a_required_text_begins():
    """Every match holds one of the required texts, beginning at most anchor_reach characters in."""
    import random
    import re

    from fzlint.regexscan import anchor_reach, finditer_anchored, required_texts

    assert anchor_reach(re.compile(_TRICKY_PATTERNS[0])) == 2
    assert required_texts(re.compile("总书记的?法治思想")) == ("总书记法治思想", "总书记的法治思想")
    assert anchor_reach(re.compile("(?:习近平(?:总书记)?)?法治思想")) == 6  # 法治思想 after 习近平总书记
    rng = random.Random(5)
    for source in _TRICKY_PATTERNS:
        pattern = re.compile(source)
        texts, reach = required_texts(pattern), anchor_reach(pattern)
        assert texts and reach is not None, source
        alphabet = [ch for ch in source if ch > "\u3000"] + ["1", "，"]
        for _ in range(2000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
            for m in pattern.finditer(text):
                assert any(text.find(t, q, m.end()) == q for t in texts
                           for q in range(m.start(), m.start() + reach + 1)), (source, text, m)
            got = [(m.span(), m.groups()) for m in finditer_anchored(pattern, text, texts, reach)]
            assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)], (source, text)


def test_rare_anchor_in_a_long_text_is_found_by_the_anchored_scan():
    from fzlint_plugins.common import compile_pattern

    pat = compile_pattern({"regex": "(?:(?<=学习)习|(?<!学)习)?(?<!习近平)总书记的?法治思想", "fix": "习近平法治思想"})
    filler = "全面推进依法行政，" * 300
    for text in [filler + "学习习总书记法治思想" + filler, filler + "习近平总书记法治思想" + filler + "总书记的法治思想"]:
        assert [m.span() for m in pat.finditer(text)] == [m.span() for m in pat.regex.finditer(text)]


def test_lookup_texts_are_the_rarer_of_the_required_texts_and_the_openings():
    import re

    from fzlint.regexscan import required_texts
    from fzlint_plugins.common import compile_pattern

    assert required_texts(re.compile("(?:加以|予以)(?=[，。])")) == ("予以", "加以")
    assert required_texts(re.compile("(?i:加以|予以)")) == ()
    assert required_texts(re.compile("(?:资料|材料|传单)[^，]{0,4}?\\d+(?:余|多)(?P<x>分)(?![之钟])")) == ("余分", "多分")
    assert required_texts(re.compile("(?=[最])(?:最大限度|尽可能)(?P<x>的)")) == ("尽可能的", "最大限度的")
    assert required_texts(re.compile("(?:有待|需)进一步(?:提高)?")) == ("有待进一步", "需进一步")
    assert required_texts(re.compile("(?:[甲乙][丙丁]){1,3}x")) == ("乙丁", "乙丙", "甲丁", "甲丙")
    assert compile_pattern({"regex": "(?:加以|予以)(?=[，。])"}).lookup_texts() == ("予以", "加以")  # not 以
    assert compile_pattern({"regex": "(?:需|应)进一步(?=[，。])"}).lookup_texts() == ("应进一步", "需进一步")
    assert compile_pattern({"regex": "(?:需|应)?进一步(?=[，。])"}).lookup_texts() == ("进一步",)
    assert compile_pattern({"find": "布署"}).lookup_texts() == ("布署",)
    pat = compile_pattern({"regex": "(?:加以|予以)(?=[，。])"})
    for text in ["予以，", "加以。予以", "以，", ""]:
        assert [m.span() for m in pat.finditer(text)] == [m.span() for m in pat.regex.finditer(text)]


def test_repeat_candidates_are_those_of_the_plain_search():
    """Tried only where two characters recur 2 to 4 later, the repeated-word regex matches as when searched for."""
    import random

    from fzlint.regexscan import finditer_at
    from fzlint_plugins.wording import _REPEAT_MULTI, _repeat_starts

    rng = random.Random(3)
    # \u4e00 and \u0100 share their low byte: a start where only the low bytes recur is tried, and fails
    alphabet = list("法治政府建设的的了一") + ["\0", "a", "1", "，", "\n", "\u4e00", "\u4e01", "\u0100", "𠀀"]
    for n in range(3000):
        text = "".join(rng.choice(alphabet[:-1] if n % 3 else alphabet) for _ in range(rng.randint(0, 30)))
        starts = _repeat_starts(text)
        if "𠀀" in text:
            assert starts is None  # outside the BMP: the plain search
            continue
        plain = [(m.start(), m.group()) for m in _REPEAT_MULTI.finditer(text)]
        assert all(m in starts for m, _g in plain), text
        low = [ord(ch) & 0xFF for ch in text] + [0] * 6  # past the end, as the shifted integer has it
        assert starts == [i for i in range(len(text) - 1)
                          if any(low[i:i + 2] == low[i + d:i + d + 2] for d in (2, 3, 4))], text
        assert [(m.start(), m.group()) for m in finditer_at(_REPEAT_MULTI, text, starts)] == plain, text
    assert _repeat_starts("力量力量，研究研究研究") == [0, 5, 6, 7]
    assert _repeat_starts("") == [] and _repeat_starts("力") == [] and _repeat_starts("力力") == []
    for size in (63, 64, 65, 1000, 4097):  # the masks of every width
        text = "".join(chr(0x4e00 + (i * 79) % 256) for i in range(size - 4)) + "力量力量"
        assert _repeat_starts(text) == [size - 4], size


def test_literal_offsets_are_those_of_str_find_overlapping_ones_too():
    import random

    from fzlint.regexscan import literal_offsets

    def by_find(text, literal, step=1):
        found, i = [], text.find(literal)
        while i >= 0:
            found.append(i)
            i = text.find(literal, i + (step or len(literal)))
        return found

    rng = random.Random(7)
    literals = ["法", "法法", "法治法", "分发", "a.b", "(", "\\d", "法治法治"]
    for _ in range(2000):
        text = "".join(rng.choice("法治分发a.b(\\d，") for _ in range(rng.randint(0, 30)))
        for literal in literals:
            assert literal_offsets(text, literal) == by_find(text, literal), (text, literal)
            assert literal_offsets(text, literal, overlapping=False) == by_find(text, literal, 0), (text, literal)
    assert literal_offsets("法法法", "法法") == [0, 1]
    assert literal_offsets("法法法法", "法法", overlapping=False) == [0, 2]


def test_anchor_offsets_shared_by_patterns_and_texts_find_what_finditer_finds(monkeypatch):
    """Anchors found once per text serve every pattern that holds them, and a new text starts afresh."""
    import random
    import re

    from fzlint import regexscan
    from fzlint_plugins import common

    around = []
    real_around = regexscan.finditer_around
    monkeypatch.setattr(regexscan, "finditer_around", lambda *a: around.append(1) or real_around(*a))
    patterns = [(re.compile("(?:分发|发放)[^，]{0,3}?资料(?P<x>分)?"), ("分发", "发放"), 0),
                (re.compile("(?:分发|发放)\\d+(?P<x>分)"), ("发放", "分发"), 0),
                (re.compile("(?<!宣)(?:传)?资料"), ("资料",), 1)]
    rng = random.Random(9)
    offsets = common.AnchorOffsets()
    filler = "全面推进依法行政，" * 40  # none of the anchors: a long text is tried around the few anchors
    for _ in range(1500):
        text = "".join(rng.choice(["分发", "发放", "资料", "分", "宣", "传", "1", "，", "发"])
                       for _ in range(rng.randint(0, 12)))
        text = rng.choice(["", filler]) + text + rng.choice(["", filler])
        for regex, anchors, reach in patterns:
            got = [(m.span(), m.groups()) for m in offsets.finditer(regex, text, anchors, reach)]
            assert got == [(m.span(), m.groups()) for m in regex.finditer(text)], (regex.pattern, text)
    assert len(around) > 1000  # the anchored scan, not only the plain search
    plain = re.compile("资料")
    assert [m.start() for m in offsets.finditer(plain, "资料资料", ("资料",), 0)] == [0, 2]
    assert offsets._found["资料"] == [0, 2]  # kept for the other patterns of this text
    assert [m.start() for m in offsets.finditer(plain, "资料", ("资料",), 0)] == [0]
    assert offsets._found["资料"] == [0]  # another text: not the offsets kept for the last one


def test_a_noun_that_ends_in_a_verb_followed_by_that_verb_is_no_repeat():
    text = report("指导社会组织组织开展志愿服务活动，镇党组织组织党员学习，分管领导领导全镇执法工作。")
    assert rule_ids(text, "wording/repeated-word") == []
    assert [f.matched for f in findings(report("认真组织组织开展学习。"), "wording/repeated-word")] == ["组织组织"]


def test_one_hand_twice_across_the_semicolons_of_a_sentence():
    fs = findings(report("究其原因，一方面是体制仍在调整；一方面是人员不足。"), "wording/repeated-conjunction")
    assert [f.matched for f in fs] == ["一方面"] and "另一方面" in fs[0].message.zh
    fine = report("一方面是体制仍在调整，另一方面是人员不足。", "一方面是人员不足。一方面，经费短缺。", "一方面……；另一方面……；一方面……")
    assert findings(fine, "wording/repeated-conjunction") == []


def test_a_repeat_found_a_character_after_a_pair_that_is_none():
    """守法|用法|用法: the scan meets 法用法用 first."""
    assert [f.matched for f in findings(report("带头尊法学法守法用法用法，主持会议。"), "wording/repeated-word")] == ["用法用法"]


# -- word lists of a long regex (``words:`` of a data entry) ---------------------------------------

def test_word_lists_of_a_regex_entry_expand_into_alternations_and_look_behinds():
    from fzlint_plugins.common import compile_pattern

    pat = compile_pattern({"regex": "(?<!{@negated})(?<={@adverbs})的(?={@verbs})", "fix": "地",
                           "words": {"negated": ["不规范"], "adverbs": ["积极", "实质性"], "verbs": ["开展", "推进"]}})
    text = "积极的开展普法，实质性的推进改革，不规范的开展检查，积极的态度。"
    assert [m.start() for m in pat.regex.finditer(text)] == [2, 11]
    # the look-behind of mixed widths is split by width: one of them holds
    assert "(?:(?<=实质性)|(?<=积极))" in pat.regex.pattern


def test_a_users_own_entry_with_word_lists_in_an_extra_confusables_file(tmp_path):
    extra = tmp_path / "my-words.yaml"
    extra.write_text("confusables:\n"
                     "  - regex: '(?<={@adverbs})的(?={@verbs})'\n"
                     "    words: {adverbs: [悉心, 精心], verbs: [指导, 组织]}\n"
                     "    fix: 地\n    kind: confusable\n    source: 本单位公文规范\n", encoding="utf-8")
    text = report("局领导悉心的指导各所开展工作，精心的组织普法活动，悉心的关怀让人感动。")
    found = findings(text, "wording/confusable", options={"wording": {"extra": [str(extra)]}})
    assert [(f.matched, f.suggestion) for f in found] == [("的", "地"), ("的", "地")]
    assert findings(text, "wording/confusable") == []


@pytest.mark.parametrize("words", [None, {"adverbs": []}, {"adverbs": ["积极", 3]}, {"other": ["积极"]}])
def test_a_regex_entry_whose_word_list_is_missing_or_malformed_is_a_data_error(words):
    from fzlint_plugins.common import DataError, compile_pattern

    with pytest.raises(DataError, match="words"):
        compile_pattern({"regex": "(?<={@adverbs})的", "words": words}, "my-words.yaml")
    with pytest.raises(DataError, match="adverbs"):  # no lists at all
        compile_pattern({"regex": "(?<={@adverbs})的"}, "my-words.yaml")
