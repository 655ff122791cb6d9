"""Wording rules on long realistic text: reduplications and characters that meet across words are
left alone; new typos (界 for 届, 述求, 立杆见影), 截止 before full-width digits, and a word repeated
across two compounds (执法人员|人员培训)."""

from __future__ import annotations

import pytest

from conftest import findings, report


def _hits(text: str, select: str | tuple[str, ...]) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


_ALL = ("wording/typo", "wording/confusable", "wording/usage", "wording/repeated-word")


# -- correct text full of look-alikes ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "坚持人人参与、人人尽力、人人享有，营造事事有回音、件件有落实的良好氛围。",
    "实现村村有法律顾问、组组有法律明白人，法治宣传走进家家户户。",
    "执法人员的的确确存在能力不足的问题，有的案件不了了之。",
    "将法治政府建设作为为民办实事的重要内容，可以以案释法的方式开展普法。",
    "县司法局局长带队到县公安局局属单位开展执法检查，我乡乡党委全力配合。",
    "大力宣传传统美德，开展展览活动8场，切实实现基层治理法治化，扎实实施“八五”普法规划。",
    "统筹筹集资金50万元，主动动员群众参与，深入入户走访群众300余户。",
    "强化化解矛盾纠纷工作，监督督导各村落实，保持社会稳定和和谐。",
    "依法保障公民合法权利，编制村民权利清单，公布村级小微权力清单。",
    "形成持续的推动力，发挥积极的推动作用，做法治建设的积极的推动者。",
    "报名截止日期为3月31日，截止到目前已受理申请120件，申报于12月底截止。",
    "邀请社会各界人士、法律界代表参加听证会，关键是是否落实到位。",
    "依法行使法定职权，防止合法权力被滥用，切实维护群众合法权益。",
    "县长带头出庭应诉3次，朝廷一词见于史书。",
    "开展药物临床试验监查培训，但是但凡发现问题都立即整改。",
])
def test_correct_text_is_left_alone(line):
    assert _hits(report(line), _ALL) == []


# -- new typos -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, wrong, right", [
    ("县第十四界人民代表大会常务委员会听取专项报告。", "界", "届"),
    ("认真学习贯彻十四界全国人大一次会议精神。", "界", "届"),
    ("指导各村完成第十二界村民委员会换届选举。", "界", "届"),
    ("整改工作取得立杆见影的效果。", "立杆见影", "立竿见影"),
    ("坚持蹄急步稳推进各项改革。", "蹄急步稳", "蹄疾步稳"),
    ("督促执法人员依法屡职尽责。", "屡职", "履职"),
    ("截止２０２３年１２月底，全镇共调解矛盾纠纷86件。", "截止", "截至"),
    ("截止本报告期末，累计受理行政复议申请15件。", "截止", "截至"),
    ("全年县长带头出廷应诉3次。", "出廷", "出庭"),
    ("组织排察一般事故隐患120处。", "排察", "排查"),
    ("开展劳动保障监查专项行动3次。", "监查", "监察"),
    ("但是但与上级要求相比仍有差距。", "但是但", "但是"),
])
def test_new_typos(line, wrong, right):
    assert _hits(report(line), "wording/typo") == [(wrong, right)]


@pytest.mark.parametrize("line", [
    "切实保障了群众的合法权力，依法化解矛盾纠纷86件。",
    "严厉打击侵害农民工合法权力的行为，维护企业和群众合法权力。",
])
def test_lawful_rights_of_people_are_quanli_with_li_of_rights(line):
    assert {(w, r) for w, r in _hits(report(line), "wording/confusable")} == {("权力", "权利")}


def test_shuqiu_is_suqiu_but_not_across_words():
    text = report("及时回应群众述求；准确表述求助人的情况，认真陈述求职经历。")
    assert _hits(text, "wording/typo") == [("述求", "诉求")]


def test_jie_of_the_circles_of_society_is_left_alone():
    text = report("凝聚社会各界、新闻界和政协界别委员的力量，广泛听取各界人大代表意见。")
    assert _hits(text, "wording/typo") == []


# -- a word repeated across two compounds --------------------------------------------------------------

@pytest.mark.parametrize("line, unit", [
    ("加大行政执法人员人员培训力度。", "人员"),
    ("推进法治宣传宣传教育进村入户。", "宣传"),
])
def test_a_word_repeated_across_two_compounds(line, unit):
    assert _hits(report(line), "wording/repeated-word") == [(unit * 2, unit)]


# -- 制订 of a plan, 反应 of a body -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "制订法律顾问工作方案，制订法律援助工作计划，制订政策宣传解读方案。",
    "制订《平川县行政执法公示办法》实施方案。",
])
def test_zhiding_of_a_plan_about_laws(line):
    assert _hits(report(line), "wording/usage") == []


def test_zhiding_of_a_regulation():
    text = report("依法制订规章制度，制订了《平川县行政规范性文件管理办法》。")
    assert _hits(text, "wording/usage") == [("制订", "制定"), ("制订", "制定")]


def test_fanying_of_reactions_to_vaccines_and_drugs():
    text = report("加强预防接种异常反应问题处置，妥善处理药品不良反应问题，如实向上级反应问题。")
    assert _hits(text, "wording/confusable") == [("反应", "反映")]


# -- 的 before a noun made of a verb, 既使 of two effects, 象 of a phenomenon ----------------------------

def test_de_before_a_noun_made_of_a_verb():
    text = report("为企业提供及时的解决方案，形成积极的推进路径和扎实的落实办法，但仍有积极的推进空间。")
    assert _hits(text, "wording/confusable") == []


def test_de_before_a_verb_is_still_reported():
    text = report("积极的推进法治乡村建设，扎实的开展矛盾纠纷排查。")
    assert _hits(text, "wording/confusable") == [("的", "地"), ("的", "地")]


def test_jishi_of_two_effects():
    text = report("既使群众的合理诉求得到满足，也让执法人员受到教育；既使遇到困难，也要坚持依法办事。")
    assert _hits(text, "wording/typo") == [("既使", "即使")]


def test_xiang_after_a_phenomenon():
    text = report("这种怪象一样需要依法整治，异象这样的苗头要早发现。")
    assert _hits(text, "wording/confusable") == []


def test_an_pai_ming_is_by_ranking():
    text = report("年度考核工作按排名先后确定等次，工作按排序逐一推进；统筹按排执法力量。")
    assert _hits(text, "wording/typo") == [("按排", "安排")]


def test_a_copy_whose_last_character_opens_the_next_word():
    text = report("人民调解委员会委员会同司法所开展矛盾纠纷排查，村民委员会委员会议研究通过。")
    assert _hits(text, "wording/repeated-word") == []


@pytest.mark.parametrize("line, unit", [
    ("镇人民调解委员会委员会召开专题会议。", "委员会"),
    ("县委全面依法治县委员会委员会议研究了法治督察工作，领导小组领导小组会议审议通过。", "领导小组"),
])
def test_a_long_copy_is_still_reported(line, unit):
    assert _hits(report(line), "wording/repeated-word") == [(unit * 2, unit)]


def test_dan_repeats_danshi_in_one_sentence():
    line = "虽然宣传覆盖面有所扩大，但是宣传形式仍以发放资料为主，但互动性、趣味性不强。"
    fs = findings(report(line), "wording/repeated-conjunction")
    assert [f.matched for f in fs] == ["但"]


@pytest.mark.parametrize("line", [
    # two concessive chains in one sentence, each answered by its 但
    "虽然我乡法治建设取得了一定成效，但还存在一些差距：一是个别干部虽然参加了学法活动，但法治思维还不够牢固。",
    "不但要学法，但凡涉及群众利益的事项都要依法办理。",
    "虽然取得成效，但仍存在不足，需要继续努力。",
])
def test_dan_answering_its_own_concession_is_no_repeat(line):
    assert findings(report(line), "wording/repeated-conjunction") == []


# -- typos, 的/地/得 and colloquial words of blind rounds 113-128 -----------------------------------

@pytest.mark.parametrize("line, found", [
    ("印发《工作要点》，按排年度重点任务17项。", [("按排", "安排")]),
    ("部分乡镇统计员变动频繁，统记业务和统计法律知识掌握不够。", [("统记", "统计")]),
    ("将林木采伐许可正办理时限由法定20个工作日压缩至5个工作日。", [("许可正", "许可证")]),
    ("联合卫健部门搞了一次全县定点医院收费大排查。", [("搞了", "开展了")]),
    ("部分单位觉得整改没啥压力。", [("没啥", "没有什么")]),
    ("抽捡种子、农药样品138个。", [("抽捡", "抽检")]),
    ("统筹县消防救援大队和应急求援力量。", [("求援", "救援")]),
    ("进一步建全村（居）务公开和民主管理制度。", [("建全", "健全")]),
    ("持续推进营商环镜专项提升行动。", [("环镜", "环境")]),
    ("做到坚持不解、久久为功。", [("坚持不解", "坚持不懈")]),
    ("遇到难题总想一次搞定。", [("搞定", "完成")]),
    ("咱局全年办理案件12件。", [("咱", "我")]),
    ("通过做工作把矛盾摆平。", [("摆平", "化解")]),
    ("完善工作方桉，深入开展“我为纳税人交费人办实事”活动。", [("方桉", "方案"), ("交费人", "缴费人")]),
    ("取得了明显得成效。", [("得", "的")]),
    ("对每一件信访事项都认真的核查、及时回复。", [("的", "地")]),
    ("全面的排查了辖区残疾人底数。", [("的", "地")]),
    ("协助做好残疾等级鉴订，完成设备检侧12台次，排查安全瘾患412处。", [("鉴订", "鉴定"), ("检侧", "检测"), ("瘾患", "隐患")]),
    ("落实耕地保户制度，强化钢性约束。", [("保户", "保护"), ("钢性", "刚性")]),
    ("（一）加强组织领导，建全工作机制，切实做道执法力度与温度相统一。", [("建全", "健全"), ("做道", "做到")]),
    ("办理行政复仪案件3件，治理货车超栽，编制国土空问规划。", [("行政复仪", "行政复议"), ("超栽", "超载"), ("国土空问", "国土空间")]),
    ("坚定不移的推进法治政府建设。", [("的", "地")]),
    ("做好规范性文件备按审查，确保统计数据真是准确。", [("备按", "备案"), ("真是", "真实")]),
    ("办理资质审批及备按43件，受理行政复复申请126件。", [("备按", "备案"), ("复复", "复议")]),
    # blind rounds 147-149
    ("普法工作坚持不泄的长效机制尚未健全，毫不解怠抓落实。", [("坚持不泄", "坚持不懈"), ("毫不解怠", "毫不懈怠")]),
    ("局机关坚持认真的做好每一件信访事项的答复工作。", [("的", "地")]),
    ("群众满意度提升的很快。执法工作做的很扎实，", [("的", "得"), ("的", "得")]),
    ("积极推进殡藏改革，对186户纳锐人依法不予处罚，同部署、同按排、同落实，坚持依法行证。",
     [("殡藏", "殡葬"), ("纳锐", "纳税"), ("按排", "安排"), ("依法行证", "依法行政")]),
    ("调解效果杠杠的，老百姓都说好得很。遇到问题不知咋办。", [("杠杠的", "显著"), ("好得很", "很好"), ("咋", "怎么")]),
    ("老百姓都说这样的普法接地气、管用得很。", [("管用得很", "很管用")]),
    ("力争把营商环境优化的更好。", [("的", "得")]),
    ("深入开展安全生产隐患大排擦大整治，排擦隐患12处。案卷制作的不够规范。", [("擦", "查"), ("擦", "查"), ("的", "得")]),
    ("召开述法评义会，开展民主评义活动。", [("评义", "评议"), ("评义", "评议")]),
    ("认真洛实普法责任制。", [("洛实", "落实")]),
    ("深入学习贯彻党的二十大和二十大三中全会精神。", [("大", "届")]),
    ("群众的法治意识一下子就上来了。", [("一下子", "迅速")]),
    ("咱们街道全年调解纠纷36起。", [("咱们", "我")]),
    ("（一）提升法治队伍能力。按排执法人员分批参加轮训。", [("按排", "安排")]),
    ("全部案件均依法有序的办结，定期开展矛盾纠纷排茶，做到早发现。", [("的", "地"), ("茶", "查")]),
    ("对排查出的信访苗头问题即使介入，有效防止矛盾激化。", [("即使", "及时")]),
    ("（三）推进环境监侧和执法能力建设。", [("监侧", "监测")]),
    ("整改工作整得差不多了，但还需巩固。", [("整得差不多了", "基本完成")]),
    ("面对点多面广的现状，监管监官难以做到全覆盖。", [("监官", "监管")]),
    ("排查矛盾隐患342件，已化结336件。依法管理宗教事物，及时反应群众诉求。", [("化结", "化解"), ("事物", "事务"), ("反应", "反映")]),
    ("依法对12家定点医药机构做出行政处罚，以批评教育为主，做为一种柔性执法方式。", [("做出", "作出"), ("做为", "作为")]),
    ("街道把普法工作搞得红红火火。大伙儿普遍觉得好，群众打心眼里服气。",
     [("搞得", "开展得"), ("大伙儿", "大家"), ("打心眼里", "由衷地")]),
    ("欠薪问题不跟工人打马虎眼，决不糊弄群众，杜绝磨洋工，防止方案不靠谱。",
     [("打马虎眼", "敷衍"), ("糊弄", "敷衍"), ("磨洋工", "消极怠工"), ("不靠谱", "不可靠")]),
    ("执法人员素质整体上还挺不错，群众对窗口服务挺满意。", [("挺", "很"), ("挺", "很")]),
])
def test_typos_and_colloquial_words(line, found):
    assert [(f.matched, f.suggestion) for f in findings(report(line), "wording")] == found


@pytest.mark.parametrize("line", [
    "考核工作，按排名先后确定等次；对企业，按排查结果分类处置，按排放标准核定。",
    "发挥传统记忆的作用，完善系统记录台账。",
    "行政许可正在网上办理，行政许可正式纳入清单。",
    "搞活农村经济，不搞一刀切，把底数搞清楚。",
    "进一步建全县统一的数据平台，修建全长12公里的道路。",
    "向上级紧急求援，习惯于用行政手段“摆平”。",
    "坚持不解决问题不放过。",
    "按时交费，认真的态度，取得明显的成效，走访参保户12户。",
    "坚持不泄密，坚持积极的清理工作，保持耐心的态度。需要提升的很多。发展的很快速度。",
    "群众称赞“好得很”“杠杠的”，按排名先后确定等次，同按排序结果公示。",
    "认识新生事物，把握事物发展规律，群众称“大伙儿”的事，化学结构。",
    "群众说“别忽悠我们”“不能打马虎眼”，防范电信诈骗分子忽悠老人的话术。",
    "房地产市场价格坚挺，党员干部挺身而出，力挺好人好事，队伍挺进一线，挺拔的身姿。",
])
def test_words_that_only_look_like_those_slips(line):
    assert findings(report(line), "wording") == []


def test_training_counted_with_a_measure_word_of_things():
    fs = findings(report("全年举办审计业务培训4个，参训人员达136人次。"), "wording/measure-word")
    assert [(f.matched, f.suggestion) for f in fs] == [("个", "期")]
    # the count of those trained or of the noun after it, and verbal measure words, are fine
    kept = report("全年培训120名，轮训8家企业。开展培训4个乡镇的干部。组织培训4期，举办培训班3个。")
    assert findings(kept, "wording/measure-word") == []


def test_a_meeting_of_villagers_counted_in_people():
    fs = findings(report("召开院坝会26名，发放宣传册3000余本。"), "wording/measure-word")
    assert [(f.matched, f.suggestion) for f in fs] == [("名", "次")]
    assert findings(report("召开院坝会26场，260名群众参加。"), "wording/measure-word") == []


def test_words_and_fixed_terms_cut_short_before_a_mark():
    text = report("群众法治意识有待进一步提，切实提升履职能。",
                  "全面推行不动产登记“一窗受”，深化执法“三项制”落实，经合法性审，群众意识有待提，开展专项行，执法不够规，")
    assert [f.matched for f in findings(text, "wording/incomplete-phrase")] == [
        "提", "履职能", "一窗受", "三项制", "合法性审", "提", "专项行", "规"]
    kept = report("进一步提升履职能力，提出意见。推行“一窗受理”“一件事一次办”，落实“三项制度”，开展合法性审查。")
    assert findings(kept, "wording") == []


def test_people_counted_with_ge():
    fs = findings(report("组织执法人员42个参加全省林业行政执法资格培训。"), "wording/measure-word")
    assert [(f.matched, f.suggestion) for f in fs] == [("个", "名")]
    kept = report("将执法人员12个小组分片包干，组织执法人员42名参加培训，抽调工作人员3个工作专班。")
    assert findings(kept, "wording/measure-word") == []


def test_slips_of_round_130():
    text = report("查处滥发林木案件3起。基层统计力量依然薄。")
    assert [(f.matched, f.suggestion) for f in findings(text, "wording")] == [("滥发", "滥伐"), ("薄", None)]


def test_a_three_character_noun_written_twice():
    text = report("群众参与度参与度不高，满意度满意度有待提升。")
    assert [f.matched for f in findings(text, "wording/repeated-word")] == ["参与度参与度", "满意度满意度"]
    assert findings(report("人民调解委员会委员会同司法所开展调解。"), "wording/repeated-word") == []


# -- verbs and objects (blind rounds 148-154) -------------------------------------------------------

def test_verbs_with_objects_they_do_not_take():
    text = report("加大执法力度和水平。增强审计人员的业务水平，调动法律顾问的作用。有效地解决了群众的法律意识。")
    text = report("加大执法力度和水平。增强审计人员的业务水平，调动法律顾问的作用。有效地解决了群众的法律意识。",
                  "加强执法人员的素质。")
    fs = findings(text, "wording/collocation")
    assert [f.matched for f in fs] == ["加大执法力度和水平", "增强审计人员的业务水平", "调动法律顾问的作用",
                                       "解决了群众的法律意识", "加强执法人员的素质"]
    assert "“水平”宜与“提高”“提升”搭配" in fs[0].message.zh


@pytest.mark.parametrize("line, matched", [
    ("充分发挥法律顾问的职责。", "发挥法律顾问的职责"),
    ("牢固树立依法行政的能力。", "树立依法行政的能力"),
    ("增加群众的法治意识。", "增加群众的法治意识"),
    ("扩大执法质量。", "扩大执法质量"),
    ("加快干部的法治素质。", "加快干部的法治素质"),
    ("提高法律顾问的作用。", "提高法律顾问的作用"),
    ("全面落实信访事项网上办理，有效增强了信访秩序。", "增强了信访秩序"),
    ("进一步提高了民族宗教领域的风险隐患。", "提高了民族宗教领域的风险隐患"),
    ("持续提高营商环境。", "提高营商环境"),
    ("有效提高了辖区法治氛围。", "提高了辖区法治氛围"),
    ("充分履行商务部门服务企业的作用。", "履行商务部门服务企业的作用"),
])
def test_more_verbs_with_objects_they_do_not_take(line, matched):
    assert [f.matched for f in findings(report(line), "wording/collocation")] == [matched]


def test_verbs_with_their_own_objects_or_another_verb_between():
    text = report("加大宣传力度提升群众法治意识。不断增强干部依法办事的能力和水平。加强队伍建设和管理水平。",
                  "提高执法水平，加大执法力度。加大对提升服务水平的投入。充分发挥法律顾问的作用，调动群众积极性。",
                  "加强素质教育，排擦不是词。",
                  "发挥职能作用，履行法定职责。树立法治意识，增加执法人员12名，扩大覆盖面，加快推进法治建设，"
                  "提高群众满意度，提高人民调解的地位和作用。持续优化营商环境，提高营商环境满意度。",
                  "充分履行职能作用，有序的办结流程，安排茶歇。即使介入也难以化解。")
    assert findings(text, "wording/collocation") == []


# -- subjects and predicates (blind round 176) ------------------------------------------------------

@pytest.mark.parametrize("line, matched", [
    ("通过普法宣传，群众的法治意识明显增多。", "意识明显增多"),
    ("全年执法力度不断提高，查处案件46件。", "力度不断提高"),
    ("干部法治素养进一步加大。", "素养进一步加大"),
    ("执法人员业务水平明显增强了。", "水平明显增强"),
    ("法律顾问的作用得到进一步提高。", "作用得到进一步提高"),
    ("全县营商环境得到进一步提高，群众满意度明显提升。", "营商环境得到进一步提高"),
])
def test_subjects_with_predicates_they_do_not_take(line, matched):
    fs = findings(report(line), "wording/collocation")
    assert [f.matched for f in fs] == [matched]


def test_subjects_with_their_own_predicates_are_left_alone():
    text = report("群众法治意识明显增强，执法力度持续加大，执法水平显著提升，法律顾问作用得到充分发挥。",
                  "药品不良反应和副作用明显增多。群众意识到依法维权的重要性，力度加大投入，水平提高明显。",
                  "干部法治素养普遍提高，行政效率大幅提升，调解员素质逐步提高。",
                  "营商环境持续优化，营商环境质量明显提高，营商环境满意度提升。")
    assert findings(text, "wording/collocation") == []


@pytest.mark.parametrize("wrong, right", [
    ("实是求是", "实事求是"), ("因地制益", "因地制宜"), ("雷励风行", "雷厉风行"), ("立竿见效", "立竿见影"),
    ("尽职尽则", "尽职尽责"), ("敢于担挡", "敢于担当"), ("急功进利", "急功近利"), ("一促而就", "一蹴而就"),
    ("防微堵渐", "防微杜渐"), ("未雨筹谋", "未雨绸缪"), ("精亦求精", "精益求精"), ("挺而走险", "铤而走险"),
    ("迫不得以", "迫不得已"), ("鞠躬尽萃", "鞠躬尽瘁"), ("众志成诚", "众志成城"), ("竟赛", "竞赛"),
])
def test_idioms_and_words_written_with_a_wrong_character(wrong, right):
    fs = findings(report(f"全镇干部坚持{wrong}，扎实推进法治政府建设。"), "wording/typo")
    assert [(f.matched, f.suggestion) for f in fs] == [(wrong, right)]


def test_idioms_written_right_and_look_alike_phrases_are_left_alone():
    text = report("坚持实事求是、因地制宜，雷厉风行抓落实，未雨绸缪防风险，精益求精抓服务，众志成城保平安。",
                  "既便于群众办事，又利于规范执法；积极参加技能竞赛，做到令行禁止、尽职尽责。")
    assert findings(text, "wording/typo") == []


@pytest.mark.parametrize("line, wrong, right", [
    ("举办法治讲坐6场，群众满意渡达98%。", "讲坐", "讲座"),
    ("将法治建设纳入年度考劾，排查安全隐换32处。", "考劾", "考核"),
    ("严格执行重大行政决策集体讨轮制度，开展风险评佑3次。", "集体讨轮", "集体讨论"),
    ("规范行政处伐行为，开展案券评查2次。", "处伐", "处罚"),
    ("持续优化营伤环境，推行便明服务。", "营伤环境", "营商环境"),
])
def test_report_words_written_with_a_homophone(line, wrong, right):
    fs = findings(report(line), "wording/typo")
    assert (wrong, right) in [(f.matched, f.suggestion) for f in fs]


def test_report_words_written_right_are_left_alone():
    text = report("举办法治讲座6场，群众满意度达98%，将法治建设纳入年度考核，排查安全隐患32处。",
                  "严格执行集体讨论制度，开展风险评估3次，规范行政处罚，开展案卷评查，持续优化营商环境，推行便民服务。",
                  "逐条列出问题清单，真正改变作风，严格守法，推进执法正规化建设，举办节日活动。")
    assert findings(text, "wording/typo") == []


def test_sha_in_running_text_is_colloquial():
    fs = findings(report("群众有啥法律问题在家门口就能咨询，为啥要跑远路。"), "wording/usage")
    assert [(f.matched, f.suggestion) for f in fs] == [("有啥", "有什么"), ("为啥", "为什么")]
    assert findings(report("群众说：“有啥问题就找调解员。”"), "wording/usage") == []


def test_legal_adviser_written_with_a_look_alike_and_xinlitou():
    fs = findings(report("村（社区）法律顾向全覆盖，电梯装好后老百姓心里头舒坦多了。"), "wording")
    assert [(f.matched, f.suggestion) for f in fs] == [("顾向", "顾问"), ("心里头", "心里")]
    assert findings(report("照顾向弱势群体倾斜，群众说“心里头踏实”。"), "wording") == []


def test_soil_erosion_typo():
    assert [(f.matched, f.suggestion) for f in findings(report("综合治理水土流矢面积12平方公里。"), "wording/typo")] == [
        ("水土流矢", "水土流失")]


def test_bixu_written_as_bixu_necessary_before_a_procedure():
    fs = findings(report("重大事项必需先经法律顾问合法性审查，规范性文件必需提交集体讨论。"), "wording/confusable")
    assert [(f.matched, f.suggestion) for f in fs] == [("必需", "必须"), ("必需", "必须")]
    assert findings(report("保障办案必需经费，配齐执法必需装备，生活必需品供应充足。"), "wording/confusable") == []


def test_round_185_words():
    fs = findings(report("整合执法事项，做为基层执法的主要力量。坚持廉结自律，干部啥时候有空啥时候学。"), "wording")
    assert [(f.matched, f.suggestion) for f in fs] == [
        ("做为", "作为"), ("廉结", "廉洁"), ("啥时候", "什么时候"), ("啥时候", "什么时候")]
    assert findings(report("把普法作为基础工程，坚持廉洁自律，群众说“啥时候都能找到调解员”。"), "wording") == []
