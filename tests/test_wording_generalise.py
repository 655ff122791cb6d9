"""Wording rules on new instances of their defects: doubled word endings, 但是 twice in a sentence, 做出 + 决定."""

from __future__ import annotations

import pytest

from conftest import findings, report, rule_ids


def _hits(text: str, select: str) -> list[tuple[str, str | None]]:
    return [(f.matched, f.suggestion) for f in findings(text, select)]


# -- a word's last character written twice ---------------------------------------------------------

@pytest.mark.parametrize("line, doubled", [
    ("进一步提高高群众的法治意识和法律素养。", "高高"),
    ("持续加强强执法监督，规范执法行为。", "强强"),
    ("不断优化化营商环境，为企业提供优质服务。", "化化"),
    ("持续压实实主体责任，确保各项任务落地。", "实实"),
    ("积极营造造浓厚的法治氛围。", "造造"),
    ("全面推进进法治政府建设各项工作。", "进进"),
    ("对新法新规的学习还不够常态化、制度化化。", "化化"),
    ("全年开展专项督查12次，下发督办通知书书46份。", "书书"),
])
def test_doubled_last_character_of_a_word(line, doubled):
    fs = findings(report(line), "wording/repeated-word")
    assert [(f.matched, f.suggestion) for f in fs] == [(doubled, doubled[0])]
    assert "应为" in fs[0].message.zh


@pytest.mark.parametrize("line", [
    "推动经济社会高质量发展，不断提高高质量发展水平。",      # 提高|高质量
    "加大大数据在执法监管中的应用，构建大调解格局。",        # 加大 is not listed: 大|数据
    "健全全过程人民民主制度体系，提高高素质执法队伍水平。",  # 健全|全过程, 提高|高素质
    "深入入户走访群众128户，落实实名制管理。",              # 入户, 实名制
    "深化化解信访积案，监督督办事项12件。",                  # 化解, 督办
    "加强强制隔离戒毒人员帮教，推进进一步简政放权。",        # 强制
    "副镇长赵亮亮、综治办刘芳芳同志负责具体工作。",          # names: not a listed word
    "层层压实责任，人人参与法治建设，群众高高兴兴来办事。",  # reduplications
    "推进执法规范化、标准化建设，发放告知书书面材料12份。",  # 告知书|书面
])
def test_legitimate_neighbours_of_a_doubled_character(line):
    assert rule_ids(report(line), "wording/repeated-word") == []


# -- 但是 twice in one sentence --------------------------------------------------------------------

def test_dan_shi_twice_in_one_sentence():
    text = report("我镇法治宣传取得一定成效，但是形式较为单一，但是群众参与度不高。")
    fs = findings(text, "wording/repeated-conjunction")
    assert [(f.matched, f.column) for f in fs] == [("但是", 23)]
    assert "同一句" in fs[0].message.zh


@pytest.mark.parametrize("line", [
    # one per sentence, or per semicolon
    "法治宣传形式较单一，但是群众参与热情较高。但是宣传经费仍显不足。",
    "但是，通过整合力量，执法效能有所提升；但是经费保障仍需加强。",
    # the first one opens the sentence and answers the previous one
    "但是由于人员不足，执法覆盖面不广，但是群众满意度较高。",
    # 不但是 is not 但是
    "他不但是法律顾问，而且是人民调解员，但是工作量较大。",
])
def test_dan_shi_in_separate_sentences_is_fine(line):
    assert rule_ids(report(line), "wording/repeated-conjunction") == []


# -- 做出 + modifiers + 决定 --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "对3起违法用地行为依法做出行政处罚决定。",
    "依法做出不予行政处罚决定3件。",
    "县政府对该事项做出了重大决策部署。",
])
def test_zuo_chu_before_a_decision_with_modifiers(line):
    assert _hits(report(line), "wording/usage") == [("做出", "作出")]


@pytest.mark.parametrize("line", [
    "对3起违法用地行为依法作出行政处罚决定。",
    "做出样板后在全镇推广，做出来的成效得到群众认可。",
    "做出特色、做出亮点，为群众作出表率。",
    "做出成绩，决定继续推广。",
])
def test_zuo_chu_elsewhere_is_left_alone(line):
    assert rule_ids(report(line), "wording/usage") == []


# -- more typos and confusables --------------------------------------------------------------------

@pytest.mark.parametrize("line, wrong, right", [
    ("规范村级财务管理，建立收支明细帐。", "帐", "账"),
    ("及时公布村务帐目和帐单，严禁做假帐。", "帐", "账"),
    ("因人员不足导至执法不到位。", "导至", "导致"),
    ("坚持和发展新时代“风桥经验”。", "风桥经验", "枫桥经验"),
    ("法治副校长即是老师也是学生的法律顾问。", "即", "既"),
    ("法治宣传落实的不够到位，部分工作抓的不扎实。", "的", "得"),
    ("告知当事人依法享有陈述、申辩权力。", "权力", "权利"),
])
def test_more_typos_and_confusables(line, wrong, right):
    assert (wrong, right) in _hits(report(line), "wording")


@pytest.mark.parametrize("line", [
    "为受灾群众搭建帐篷20顶，发放蚊帐50顶，进帐篷查看取暖情况。",
    "将来访群众引导至接待大厅，疏导至指定区域，该村主要领导至今未到岗。",
    "本条所称违法行为，即是指违反本规定的行为。",
    "坚决纠正宣传的不实信息，落实的措施要到位。",
    "加强对权力运行的监督，监督权力规范运行，依法行使诉讼权利。",
])
def test_their_lookalikes_are_left_alone(line):
    assert rule_ids(report(line), ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line", [
    "截止十二月底，全镇共调解纠纷96件。",
    "截止报告期末，共办理行政许可事项312件。",
])
def test_jiezhi_before_more_time_points(line):
    assert _hits(report(line), "wording/typo") == [("截止", "截至")]


def test_jiezhi_after_the_event_is_left_alone():
    assert rule_ids(report("报名截止后，共有32人参加考试；截止时间为12月31日。"), "wording/typo") == []


@pytest.mark.parametrize("line, wrong, right", [
    ("依法打击敲榨勒索、贪脏枉法、循私舞弊等违法犯罪。", "敲榨", "敲诈"),
    ("依法打击敲榨勒索、贪脏枉法、循私舞弊等违法犯罪。", "贪脏", "贪赃"),
    ("依法打击敲榨勒索、贪脏枉法、循私舞弊等违法犯罪。", "循私", "徇私"),
    ("调解赡养纠纷，督促子女支付瞻养费。", "瞻养", "赡养"),
    ("对取保侯审人员加强监管。", "取保侯审", "取保候审"),
    ("既使遇到困难，也要依法办事，不能冒然行事。", "既使", "即使"),
    ("既使遇到困难，也要依法办事，不能冒然行事。", "冒然", "贸然"),
])
def test_typos_of_criminal_and_family_law_words(line, wrong, right):
    assert (wrong, right) in _hits(report(line), "wording/typo")


def test_ji_shi_with_you_shi_is_left_alone():
    assert rule_ids(report("既使群众得到实惠，又使企业感受到便利；既使群众满意，也使企业放心。"), "wording/typo") == []


@pytest.mark.parametrize("line, wrong, right", [
    ("深入学习贯彻党的二十界三中全会精神。", "界", "届"),
    ("学习贯彻十九界六中全会精神。", "界", "届"),
    ("深入学习习进平法治思想。", "习进平", "习近平"),
])
def test_garbled_session_ordinal_and_name(line, wrong, right):
    assert _hits(report(line), "wording/typo") == [(wrong, right)]


def test_jie_in_other_words_is_left_alone():
    assert rule_ids(report("邀请社会各界参加，二十界别委员列席。"), "wording/typo") == []


def test_typo_letters_inside_other_words_are_left_alone():
    text = report("遵循私营企业平等保护原则，患感冒然后痊愈；既使用传统媒体，也运用新媒体。"
                  "群众通过手机即能办理，也能到窗口办理。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line, wrong, right", [
    ("组织开展森林防灭火综合应急演炼16场次。", "演炼", "演练"),
    ("全面落实控缀保学责任，适龄儿童入学率100%。", "控缀", "控辍"),
    ("依法加强动物防疫和蓄禽养殖监管。", "蓄禽", "畜禽"),
    ("牢固树立“法治是最好的营商环竟”理念。", "环竟", "环境"),
    ("依法查处职业医师超范围执业行为9起。", "职业", "执业"),
    ("严格落实优扶对象认定和抚恤金发放。", "优扶", "优抚"),
    ("对涉嫌盗罚林木的案件及时移送。", "盗罚", "盗伐"),
    ("完善“街道吹哨、部门报道”机制。", "报道", "报到"),
    ("建立各执法中队交叉互查的执法检察机制。", "检察", "检查"),
    ("深入推进“双随即、一公开”监管。", "双随即", "双随机"),
    ("依托“一网统办”平台办理行政许可。", "一网统办", "一网通办"),
    ("组织辖区612名在职党员回社区报道。", "报道", "报到"),
    ("对演出场所和演出经济机构开展集中整治。", "经济", "经纪"),
    ("在汛前修订完善防讯抗旱专项应急预案。", "防讯", "防汛"),
    ("主讯期实行24小时值班。", "讯期", "汛期"),
    ("配合市税务局稽察局查办涉税违法案件6起。", "稽察", "稽查"),
    ("实行县级领导包按化解，做到一案一策。", "包按", "包案"),
    ("持续推进减政放权，优化营商环境。", "减政放权", "简政放权"),
    ("个别建设项目环境影响评介文件编制质量不高。", "评介", "评价"),
    ("坚持把筑牢中华民族共同体意识贯穿民族工作全过程。", "筑牢", "铸牢"),
    ("依法对违反治安管理处法行为的人员作出处罚决定。", "处法", "处罚"),
    ("完善分层分类社会求助体系。", "求助", "救助"),
    ("县水政监查大队开展打击非法采砂专项行动。", "监查", "监察"),
    ("开展国土空间总体规化实施情况年度体检评估。", "规化", "规划"),
    ("在重点路口制作警示标牌160余快，公布举报电话。", "快", "块"),
    ("组织开展文化市场执法检察和“扫黄打非”专项行动。", "检察", "检查"),
    ("推进依法治效示范校创建，新增示范校3所。", "依法治效", "依法治校"),
    ("开展民生计量专项检查，强制检定记量器具3126台件。", "记量", "计量"),
    ("聚焦欺炸骗保问题开展专项整治。", "欺炸", "欺诈"),
    ("坚决防范和惩制统计造假、弄虚作假。", "惩制", "惩治"),
    ("排查整治燃气安全隐患2860处，全部实行台账管理、整改消号。", "消号", "销号"),
    ("全面落实行政执法三项治度。", "治度", "制度"),
    ("提升环境影响平价审批效能。", "平价", "评价"),
    ("坚持和发展新时代“峰桥经验”。", "峰桥经验", "枫桥经验"),
    ("签订文物保户责任书30份。", "保户", "保护"),
    ("修订防汛抗旱等专项应急预按11部。", "预按", "预案"),
    ("督促企业落实全员安全生产责任治，企业员工安全意识增强。", "治", "制"),
    ("实施临时求助2471人次，发放资金386.5万元。", "求助", "救助"),
    ("推进乡镇综和行政执法改革。", "综和", "综合"),
    ("推进劳动保障检察网格化、网络化管理。", "检察", "监察"),
    ("形成精成共治的工作合力。", "精成共治", "精诚共治"),
])
def test_typos_of_the_words_of_bureaus(line, wrong, right):
    assert _hits(report(line), "wording/typo") == [(wrong, right)]


def test_lookalikes_of_the_words_of_bureaus_are_left_alone():
    text = report("坚持培优扶强，循环竟然中断。检察机关开展行政执法检察监督，执业医师、执业药师持证上岗。"
                  "加强宣传报道，新闻报道12篇；职业教育、职业病防治持续推进。推进“一网统管”，记者到社区报道了活动，"
                  "发展文化经济。通讯期间保持畅通，资讯期刊按时发放。开展水利工程建设稽察，落实领导包案。新书评介，筑牢安全防线，依法适用《治安管理处罚法》。推进正规化、常规化建设，进展很快。开设平价商店，推进村民自治。发展保险保户服务，落实责任治理。群众遇困可临时求助社区，劳动保障监察与检察机关衔接。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line, rule, wrong, right", [
    ("对包容审慎监管范围内的轻微违法行为依法不予行政处法4起。", "wording/typo", "处法", "处罚"),
    ("对初次违法且危害后果轻微的予以从轻处法。", "wording/typo", "处法", "处罚"),
    ("行政诉讼案件5件，公安机关负责人出庭因诉5件，无败诉案件。", "wording/typo", "因诉", "应诉"),
    ("对退役军人事物中涉及群众切身利益的重大事项实行集体决策。", "wording/confusable", "事物", "事务"),
    ("部分群众对自身合法权力的认识不够，依法维权意识不强。", "wording/confusable", "权力", "权利"),
    ("切实维护农民工的合法权力，追回欠薪326万元。", "wording/confusable", "权力", "权利"),
    ("依法保障群众基本文化权力，全县公共图书馆免费开放。", "wording/confusable", "权力", "权利"),
])
def test_typos_of_penalties_lawsuits_and_rights(line, rule, wrong, right):
    assert _hits(report(line), rule) == [(wrong, right)]


def test_the_words_those_typos_resemble_are_left_alone():
    text = report("局行政处法律顾问室审核合同12份，行政处制度汇编印发。依法行使法律赋予的合法权力，规范权力运行。"
                  "落实政府基本权力清单，保障行政权力运行公开透明。"
                  "正确认识新事物，把握客观事物的发展规律。出庭应诉率100%，因诉讼时效届满不予受理2件。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line", ["乡村干部既时转移受威胁群众27户，未发生人员伤亡。", "对群众反映的问题既时办理、既时反馈。"])
def test_ji_shi_for_jishi_before_any_action(line):
    assert {h for h in _hits(report(line), "wording/typo")} == {("既时", "及时")}


def test_ji_before_words_that_open_with_shi_is_left_alone():
    text = report("既时间紧又任务重，全镇干部加班加点。发放既时尚又实用的普法宣传品，既时常学习又注重实践。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line, wrong, right", [
    ("部分村居整改不到为，群众反映问题较多。", "到为", "到位"),
    ("落实防汛责任，确保水库安全渡汛。", "渡汛", "度汛"),
    ("开展燃汽安全等专项整治行动14次。", "燃汽", "燃气"),
    ("全年完成排污许可证核法、变更和延续132件。", "核法", "核发"),
    ("常常性开展“法律进乡村”活动。", "常常性", "经常性"),
    ("加强执法监查，查处违法行为12起。", "监查", "监察"),
    ("领导干部年终述法，履职尽则情况接受评议。", "尽则", "尽责"),
    ("全年接访120人次。按排信访督查专员开展督查督办。", "按排", "安排"),
    ("起草规范性文件2件，全部经县司法局合法性审核后按排印发。", "按排", "安排"),
    ("全队执法人原全部持证上岗。", "人原", "人员"),
    ("依法推进污染防治功坚，持续改善环境质量。", "功坚", "攻坚"),
    ("加强侯鸟迁徙通道保护，开展专项巡护12次。", "侯鸟", "候鸟"),
    ("落实巡查责任制，迅期前组织开展隐患排查。", "迅期", "汛期"),
    ("规范挡案管理，全年接待查档群众4820人次。", "挡案", "档案"),
    ("对全县防雷装制开展安全检测。", "装制", "装置"),
])
def test_typos_of_places_floods_gas_and_permits(line, wrong, right):
    assert _hits(report(line), "wording/typo") == [(wrong, right)]


def test_the_words_those_typos_resemble_are_left_alone_too():
    text = report("做不到为人民服务的干部要问责。审核法律文书56份，考核法治建设成效。落实到为民办实事上，推进燃汽轮机项目。"
                  "常常深入群众，开展药物临床试验监查工作。建立设备安装制度，设立挡案子的工作台。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


def test_tuijian_for_tuijin_before_a_kind_of_building():
    assert _hits(report("推荐执法规范化建设，全面落实行政执法三项制度。"), "wording/confusable") == [("推荐", "推进")]
    fine = report("推荐执法规范化建设示范单位3个，推荐2名同志为法治化建设先进个人。资源用尽则停止开采。")
    assert rule_ids(fine, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line, matched", [
    ("做到问题解决的更加及时、群众更加满意。", "的"),
    ("督促败诉案件涉及部门认真的分析原因、完善制度。", "的"),
    ("依法依规的公开审计结果，在门户网站公开审计工作报告。", "的"),
    ("执法人员严格依法的行使职权。", "的"),
    ("局主要负责人认真的学习习近平法治思想。", "的"),
    ("坚持认真的开展宗教活动场所财务监督管理。", "的"),
    ("全年免予处罚12件，落实的好，企业反响良好。", "的"),
    ("持续保持高压态势，抓的更紧、管得更严。", "的"),
    ("带头参加年终述法，对教育法治工作做的细、抓得实。", "的"),
    ("按时足额的发放各类优抚对象抚恤补助资金2864.3万元。", "的"),
    ("执法人员规范的行使行政处罚裁量权。", "的"),
])
def test_de_for_de_after_verbs_of_dealing_and_before_analysing(line, matched):
    assert [w for w, _ in _hits(report(line), "wording/confusable")] == [matched]


def test_nouns_after_those_verbs_keep_de():
    text = report("形成认真的分析报告，保持认真的研究态度。按排名先后确定等次，因当事人原因撤诉2件。推荐参与制度改革先进个人2名。",
                  "坚持依法的公开原则，推行积极的宣讲方式，实现有效的惩处力度。保持认真的学习态度，营造积极的学习氛围。",
                  "坚持积极的清理工作，坚持依法的处理原则，坚持积极的推进策略。",
                  "对程序不规范的逐项纠正，对整改不及时的逐一约谈。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


def test_tuijian_before_a_reform_of_a_system():
    assert _hits(report("推荐投资审批制度改革，全面推行企业投资项目承诺制。"), "wording/confusable") == [("推荐", "推进")]


@pytest.mark.parametrize("line, rule, wrong, right", [
    ("依法做好人民防控应急准备，开展防空警报试鸣。", "wording/typo", "防控", "防空"),
    ("依法开展防止返贫动态检测，全年新识别监测对象12户。", "wording/confusable", "检测", "监测"),
])
def test_air_defence_and_the_monitoring_of_relapse_into_poverty(line, rule, wrong, right):
    assert _hits(report(line), rule) == [(wrong, right)]


def test_prevention_and_testing_elsewhere_are_left_alone():
    text = report("坚持人民防线，做好疫情防控工作，落实人民防空工程建设。开展农产品质量检测，防控返贫风险。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line, rule, wrong, right", [
    ("推动普法与文旅融和发展，创作法治题材文艺作品6部。", "wording/confusable", "融和", "融合"),
    ("统一办理条件和申请材料，精减办事环节。", "wording/confusable", "精减", "精简"),
    ("对群众诉求的反溃机制不够健全。", "wording/typo", "反溃", "反馈"),
    ("依法签发人生安全保护令3份。", "wording/typo", "人生", "人身"),
    ("联合县司法局主动的对接各乡镇开展宣讲。", "wording/confusable", "的", "地"),
])
def test_merging_simplifying_feedback_and_de_before_duijie(line, rule, wrong, right):
    assert _hits(report(line), rule) == [(wrong, right)]


def test_harmony_staff_cuts_and_a_docking_mechanism_are_left_alone():
    text = report("营造融和的氛围，精减机构人员，建立主动的对接工作机制。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []


@pytest.mark.parametrize("line, rule, wrong, right", [
    ("深入推进水资原刚性约束制度，用水总量控制在1.82亿立方米以内。", "wording/typo", "资原", "资源"),
    ("严厉打击盗伐烂伐林木行为，查处案件6起。", "wording/typo", "烂伐", "滥伐"),
    ("全面落实执法公示制度，水行政执法的更加规范。", "wording/confusable", "的", "得"),
    ("对重大水利工程按排、重要规划编制等事项开展合法性审查。", "wording/typo", "按排", "安排"),
])
def test_water_resources_felling_and_more_after_a_verb(line, rule, wrong, right):
    assert _hits(report(line), rule) == [(wrong, right)]


def test_wages_and_the_subject_of_enforcement_are_left_alone():
    text = report("因工资原因离职2人，执法的主体明确，管理的范围清晰。按排名先后确定等次。")
    assert rule_ids(text, ("wording/typo", "wording/confusable")) == []
