"""Hygiene rules: web page and Word conversion leftovers, invisible characters, whitespace."""

from __future__ import annotations

from conftest import findings, report, rule_ids


def test_publication_metadata_line_is_one_finding_covering_the_label():
    text = report("2023-03-28 09:18 来源: 青石镇人民政府", "",
                  "2023年，青石镇坚持以习近平法治思想为指导。")
    fs = findings(text, "hygiene/web-leftover")
    assert len(fs) == 1
    assert fs[0].line == 4 and "来源:" in fs[0].matched and fs[0].matched.startswith("2023-03-28")


def test_metadata_line_variants():
    text = report("发布时间：2024-03-28 09:18  浏览次数：326", "文章来源:司法局 更新时间:2021/03/29",
                  "索引号：11510000MB1234567A/2024-00012", "正文。")
    assert [f.line for f in findings(text, "hygiene/web-leftover")] == [4, 5, 6]


def test_body_sentences_with_source_words_are_not_leftovers():
    text = report("（一）坚持群众路线。工作思路来源于群众，经费来源：县财政专项资金，全年到位12万元。",
                  "资金来源：县财政",
                  "严格执行首问负责、限时办结制度，不得随意关闭窗口，发布时间和内容均经审核。")
    assert rule_ids(text, "hygiene") == []


def test_page_furniture_lines_and_buttons():
    text = report("正文第一段。", "【打印】 【关闭】", "字号：大 中 小", "分享到：", "打印本页  关闭窗口",
                  "扫一扫在手机打开当前页", "当前位置：首页 > 政务公开 > 法治政府建设")
    fs = findings(text, "hygiene/web-leftover")
    assert sorted({f.line for f in fs}) == [5, 6, 7, 8, 9, 10]


def test_other_mirror_sites_watermarks():
    text = report("全面推进依法行政文稿之家—全网范文每日更新www.wengaozj.com，持续深化法治宣传。")
    fs = findings(text, "hygiene/web-leftover")
    assert [f.matched for f in fs] == ["文稿之家—全网范文每日更新www.wengaozj.com"]
    assert rule_ids(report("建成“法律之家”，全网通办事项每日更新公示。"), "hygiene/web-leftover") == []


def test_mirror_site_watermark_inside_a_sentence():
    text = report("全面推进依法行政秘书之家—全网资源每日更新www.mishuzj.com，持续深化法治宣传。")
    fs = findings(text, "hygiene/web-leftover")
    assert len(fs) == 1 and "mishuzj.com" in fs[0].matched


def test_word_bookmark_at_start_of_paragraph_with_deletion_fix():
    text = report("[bookmark: _GoBack]在县委县政府的正确领导下，前营乡认真贯彻落实法治政府建设目标。")
    fs = findings(text, "hygiene/conversion-leftover")
    assert [(f.matched, f.suggestion) for f in fs] == [("[bookmark: _GoBack]", "")]


def test_square_brackets_in_body_are_not_bookmarks():
    text = report("依据《中华人民共和国行政处罚法》[2021年修订]开展执法。")
    assert rule_ids(text, "hygiene/conversion-leftover") == []


def test_user_can_extend_artifact_patterns(tmp_path):
    extra = tmp_path / "more.yaml"
    extra.write_text("entries:\n  - {kind: web, scope: inline, pattern: '本站声明：[^。\\n]*', "
                     "zh: 网站声明, en: site notice, source: test}\n", encoding="utf-8")
    text = report("正文。本站声明：仅供内部参考")
    assert rule_ids(text, "hygiene/web-leftover") == []
    ids = rule_ids(text, "hygiene/web-leftover", options={"hygiene": {"extra": [str(extra)]}})
    assert ids == ["hygiene/web-leftover"]


def test_invisible_characters():
    text = report("法治\u200b政府建设\u0007取得成效，群众满意度\ufffd达到95%。")
    fs = findings(text, "hygiene/invisible-char")
    assert [f.matched for f in fs] == ["\u200b", "\u0007", "\ufffd"]
    assert fs[0].suggestion == "" and fs[2].suggestion is None


def test_whitespace_is_info_with_fix():
    text = report("提升服务效能。 坚持以简政放权为核心。  ", "加强\u00a0队伍建设。", "   ",
                  "\u3000\u3000首行缩进是公文的正常格式。")
    fs = findings(text, "hygiene/whitespace")
    assert {f.severity.value for f in fs} == {"info"}
    got = [(f.line, f.matched) for f in fs]
    assert (4, "  ") in got and (4, " ") in got
    assert (5, "\u00a0") in got and (6, "   ") in got
    assert all(line != 7 for line, _ in got)
    assert all(f.suggestion == "" for f in fs)


def test_spaces_in_title_and_latin_text_are_fine():
    text = report("开通“中国普法”APP 和 Windows 10 终端，共计2025 年。",
                  title="中共青石镇委员会  青石镇人民政府关于2024年度法治政府建设情况的报告")
    assert rule_ids(text, "hygiene/whitespace") == []


_TIGHT_NUMBERS = ("全年受理行政复议案件12件，办结11件，审查合同45份，开展培训8次，覆盖干部360人次。"
                  "化解矛盾纠纷64起，成功化解50起，发放资料3000余份，举办讲座6场，受理咨询210人次。")


def test_a_number_spaced_from_chinese_where_the_report_sets_none():
    text = report(_TIGHT_NUMBERS, "推动行政争议在 2024 年实现案件数量稳中有降。")
    fs = findings(text, "hygiene/whitespace")
    assert [(f.matched, f.suggestion) for f in fs] == [(" ", ""), (" ", "")]
    assert "全文其他数字前后均不加空格" in fs[0].message.zh


def test_numbers_spaced_throughout_or_in_tables_are_a_style():
    # the style that sets numbers off from Chinese (在 2024 年): several spaced numbers are no slip
    spaced = report("全年受理案件 12 件，办结 11 件，审查合同 45 份，开展培训 8 次。", _TIGHT_NUMBERS)
    assert rule_ids(spaced, "hygiene/whitespace") == []
    # a tab between the cells of a table row, a space between Latin text and a number
    text = report(_TIGHT_NUMBERS, "类别\t12件\t占比", "开通 Windows 10 终端。")
    assert rule_ids(text, "hygiene/whitespace") == []


def test_a_slogan_whose_halves_a_space_parts_is_not_extra_whitespace():
    text = report("开展“学宪法 讲宪法”活动12场，践行“尊法 学法 守法 用法”。",
                  "开展农产品“治违禁 控药残 促提升”三年行动。",  # three phrases lined up
                  "开展“检爱同行 共护未来”未成年人保护行动。")  # two of four characters
    assert rule_ids(text, "hygiene/whitespace") == []
    # halves of other lengths, or a space in a quoted term, are still stray
    stray = report("开展“宪法进 校园”活动，落实“双随机、一 公开”监管，推行“一窗 通办”，“减证 便民”。",
                   "推行“治违禁 控药残促提升”。", "落实“放管服 改革”要求。")
    assert [f.matched for f in findings(stray, "hygiene/whitespace")] == [" "] * 6


def test_a_joint_signature_spaced_side_by_side_is_not_extra_whitespace():
    body = ("一、主要举措和成效", "全年开展法治宣传活动12场。", "")
    joint = "中共平川县委　　　　平川县人民政府"
    assert rule_ids(report(*body, joint, "2025年1月20日"), "hygiene/whitespace") == []
    # the same names in the running text, or one name split by a space, are still reported
    assert rule_ids(report(joint + "联合印发通知。", *body, "平川县人民政府"), "hygiene/whitespace") == [
        "hygiene/whitespace"]
    assert rule_ids(report(*body, "平川县　人民政府", "2025年1月20日"), "hygiene/whitespace") == ["hygiene/whitespace"]


def test_headings_and_short_lines_naming_the_same_things_are_not_furniture():
    text = report("一、推进政务公开", "（一）规范信息发布时间和流程", "（二）推进无障碍环境建设",
                  "（三）提升网站点击量", "正文。")
    assert rule_ids(text, "hygiene/web-leftover") == []


def test_lone_source_line_right_after_title_or_at_the_end():
    text = report("信息来源：青石镇司法所", "2024年，青石镇坚持以习近平法治思想为指导。",
                  "资金来源：县财政专项资金", "正文继续。", "正文结束。", "（责任编辑：李明）", addressee=None)
    fs = findings(text, "hygiene/web-leftover")
    assert [f.line for f in fs] == [3, 8]


def test_open_government_metadata_rows_and_speech_widget():
    text = report("| [ 索引号 ] | 11500230008689607X/2026-00009 | [ 发文字号 ] | 无 |",
                  "[ 索引号 ]11500110588903728C/2026-00068 [ 发文字号 ] [ 发布机构 ]青石镇人民政府 [ 主题分类 ]其他 "
                  "[ 成文日期 ]2026-02-09 [ 发布日期 ]2026-02-09 [ 体裁分类 ]其他 [ 有效性 ]",
                  "您当前的位置：首页>政府信息公开目录>法治政府建设年度报告", "日期：2026-02-09",
                  "语音合成中，请耐心等待...", "2025年，青石镇坚持以习近平法治思想为指导。",
                  addressee=None)
    fs = findings(text, "hygiene/web-leftover")
    assert [f.line for f in fs] == [3, 4, 5, 6, 7]


def test_template_site_lead_in():
    text = report("下面是小编为大家整理的2023年法治政府建设工作情况报告，供大家参考。", "正文。")
    assert rule_ids(text, "hygiene/web-leftover") == ["hygiene/web-leftover"]


def test_a_contact_and_a_campaign_left_open():
    text = report("（四）持续开展××普法宣传活动。", "联系人：××，联系电话：××××××××")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["××", "××", "××××××××"]
    fine = report("当事人张××、王××签订调解协议，对李××开展普法宣传。")  # names redacted after a surname
    assert findings(fine, "hygiene/template-placeholder") == []


def test_template_site_credit_line():
    text = report("正文。", "本文档由××范文网整理，仅供学习参考", "本文由文库网用户上传。")
    assert [f.line for f in findings(text, "hygiene/web-leftover")] == [5, 6]
    fine = report("本报告由县司法局汇总整理，经县政府常务会议审议通过。本方案由镇党政办负责解释。")
    assert findings(fine, "hygiene/web-leftover") == []


def test_unfilled_template_placeholders():
    text = report("20xx年，xx镇坚持以习近平法治思想为指导，区委依法治区委共召开会议*次，"
                  "于X月X日召开推进会，【待补充】。")
    fs = findings(text, "hygiene/template-placeholder")
    assert [f.matched for f in fs] == ["20xx年", "xx", "*", "X月X日", "【待补充】"]
    assert {f.severity.value for f in fs} == {"error"}


def test_name_placeholders_before_other_institutions():
    text = report("对XX寺开展安全检查，组织××小学师生参观，约谈XX公司负责人，聘请××律师事务所，XX派出所联合执法，推进XX工程。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["XX", "××", "XX", "××", "XX", "XX"]
    text = report("编印《法治简报》××期，力争××月底前完成评查，印发县政发〔2025〕×号文件，计划于2022年××月前完成。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["××", "××月", "×", "××月"]
    assert rule_ids(report("采购XXL码服装，型号AXX站点。"), "hygiene/template-placeholder") == []
    text = report("全年审查合同42份。[批注1]：此处数据待核实")
    assert [f.matched for f in findings(text, "hygiene/conversion-leftover")] == ["[批注1]：此处数据待核实"]
    text = report("[if !supportLists]（五）加强政务公开", "————分节符（下一页）————")
    assert [f.matched for f in findings(text, "hygiene/conversion-leftover")] == ["[if !supportLists]", "————分节符（下一页）————"]
    text = report("实施XX水库除险加固工程，整治××河道8公里，由××副县长带队，办理离婚登记××对。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["XX", "××", "××", "××"]
    text = report("由××股牵头梳理证明事项，对《清河县××流域水污染综合整治方案》开展合法性审查，××室负责，对××类文件开展清理。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["××", "××", "××", "××"]


def test_a_month_left_open_and_a_name_left_in_brackets():
    text = report("2024年××月印发《示范创建实施方案》，2026年上半年完成【社区名称】试点片区的协议签订，由【单位名称】牵头，"
                  "在{单位名称}微信公众号推送。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == [
        "××月", "【社区名称】", "【单位名称】", "{单位名称}"]
    fine = report("2024年3月印发方案，【名称解释】见附件，【打印】【关闭】。", "2023年X光机采购。")
    assert findings(fine, "hygiene/template-placeholder") == []


def test_a_day_left_open_after_a_written_month():
    text = report("定于3月×日召开述法会议。", "清河县医疗保障局", "2023年2月××日")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["×日", "××日"]
    fine = report("2023年2月18日召开会议，3×5米展板12块，12月X光机投入使用。")
    assert findings(fine, "hygiene/template-placeholder") == []


def test_a_name_left_open_in_quotes():
    text = report("落实“×××”工作机制，打造“XX”调解品牌。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["×××", "XX"]
    assert findings(report("开展“XXL”码服装采购，推行“X光”安检。"), "hygiene/template-placeholder") == []


def test_a_name_left_open_before_a_banner_or_gacha():
    """牧区 units: 旗 (county), 苏木 (township), 嘎查 (village)."""
    text = report("在××嘎查建成法治文化广场1处，配合××旗司法局、××苏木开展普法。在××残疾人托养中心设立法治宣传角。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["××", "××", "××", "××"]
    fine = report("全苏木12个嘎查均建成法治文化广场，组织旗帜巡游。")
    assert findings(fine, "hygiene/template-placeholder") == []


def test_an_amount_placeholder_a_footnote_marker_and_a_fanwen_watermark():
    text = report("实现旅游综合收入××亿元，完成防护工程××公里。", "医保基金监管[footnoteRef:1]持续加强。",
                  "营造良好氛围。范文大全网www.fanwen-dq.com坚持把普法融入开发区建设。")
    assert [(f.rule_id, f.matched) for f in findings(text, "hygiene")] == [
        ("hygiene/template-placeholder", "××"), ("hygiene/template-placeholder", "××"),
        ("hygiene/conversion-leftover", "[footnoteRef:1]"),
        ("hygiene/web-leftover", "范文大全网www.fanwen-dq.com")]
    assert findings(report("详见中国政府网www.gov.cn，登录县政府网站查询。"), "hygiene") == []


def test_count_placeholders_written_with_letters():
    text = report("全年开展活动XX次，发放资料×××份，受益群众X万人。")
    assert [f.matched for f in findings(text, "hygiene/template-placeholder")] == ["XX", "×××", "X"]
    more = report("制作普法短视频XX部，设立宣传栏XX块，张贴海报XX张，学法考试平均成绩XX分。")
    assert [f.matched for f in findings(more, "hygiene/template-placeholder")] == ["XX", "XX", "XX", "XX"]
    # a unit's name placeholder is reported once, as such
    firm = findings(report("对群众反映集中的XX化工有限公司异味扰民问题整治。"), "hygiene/template-placeholder")
    assert [f.matched for f in firm] == ["XX"]
    unit = findings(report("由XX部门负责。"), "hygiene/template-placeholder")
    assert len(unit) == 1 and "单位" in unit[0].message.zh


def test_site_footer_lines():
    text = report("2023年，青石镇坚持以习近平法治思想为指导。", "主办单位：青石镇人民政府  版权所有",
                  "网站标识码：5113810012  蜀ICP备05003298号", "本次培训由县司法局主办，镇司法所承办。")
    assert [f.line for f in findings(text, "hygiene/web-leftover")] == [5, 6]


def test_real_text_is_not_a_placeholder():
    text = report("二〇二四年，青石镇在X光机采购中坚持公开，AXX型设备2台，乘法运算3*4次，3×5次循环，"
                  "在括号（含补充协议）中说明，Windows XP终端已淘汰，Excel表格20个。")
    assert rule_ids(text, "hygiene/template-placeholder") == []


def test_spaces_inside_a_leftover_are_not_reported_again():
    text = report("正文。【字体：大 中 小】正文继续。", "发布时间：2025-03-12 10:21　　来源：青山乡人民政府  ")
    assert rule_ids(text, "hygiene/whitespace") == []


def test_html_entities_and_tags_are_web_leftovers_and_not_punctuation():
    text = report("坚持&ldquo;谁执法谁普法&rdquo;原则，全年开展普法活动20场。<br>",
                  "<p style=\"text-indent:2em\">镇司法所牵头落实。</p>")
    fs = findings(text, ("hygiene/web-leftover", "punctuation"))
    assert [f.matched for f in fs] == ["&ldquo;", "&rdquo;", "<br>", "<p style=\"text-indent:2em\">", "</p>"]


def test_breadcrumb_and_footer_label_lines():
    text = report("首页 > 政务公开 > 法定主动公开内容 > 法治政府建设", "",
                  "2023年，青石镇坚持以习近平法治思想为指导。", "政务公开 > 法治政府建设 > 年度报告",
                  "分享：", "相关阅读：", "附件下载：")
    assert [f.line for f in findings(text, "hygiene/web-leftover")] == [4, 7, 8, 9, 10]


def test_report_lines_that_look_like_footers_are_left_alone():
    text = report("2023年，全镇人口增长率>1%的村有3个。", "附件：", "1. 青石镇2023年法治政府建设任务清单",
                  "打印宣传资料2000份，关闭违规小作坊3家，分享典型经验4篇。")
    assert rule_ids(text, "hygiene/web-leftover") == []


def test_page_numbers_left_by_conversion():
    text = report("2023年，青石镇坚持以习近平法治思想为指导。", "- 2 -", "第2页 共3页", "— 3 —", "Page 4 of 5",
                  "全镇共有2个村完成第2页至第3页台账整理，— 3 —号文件已印发。")
    assert [f.line for f in findings(text, "hygiene/conversion-leftover")] == [5, 6, 7, 8]


def test_the_official_document_page_number_between_paragraphs_is_a_leftover():
    # GB/T 9704-2012 §7.5 puts the 公文 page number (— 3 —) in the footer: in the text it is layout
    text = report("2023年，青石镇坚持以习近平法治思想为指导，", "— 3 —", "全面推进依法行政。", "- 4 -")
    assert rule_ids(text, ("hygiene", "punctuation")) == ["hygiene/conversion-leftover"] * 2


def test_converter_trial_watermark():
    text = report("Evaluation Warning: The document was created with Spire.Doc for .NET.",
                  "2023年，青石镇坚持以习近平法治思想为指导。")
    assert rule_ids(text, "hygiene/conversion-leftover") == ["hygiene/conversion-leftover"]


def test_metadata_rows_above_the_title():
    text = "\n".join(["索引号：11522726MB1578446B/2024-00012", "标  题：青石镇2023年度法治政府建设情况报告",
                      "文  号：青府报〔2024〕3号", "发布机构：青石镇人民政府",
                      "青石镇关于2023年度法治政府建设情况的报告", "县委、县政府：",
                      "2023年，青石镇坚持以习近平法治思想为指导，组织开展普法活动20场，审核：镇党政办。"]) + "\n"
    assert [f.line for f in findings(text, "hygiene/web-leftover")] == [1, 2, 3, 4]


# Whitespace is looked for only on the lines that hold a space character, and an artifact pattern
# only on the lines that hold a text it requires; on text full of edge cases that must find exactly
# what looking at every line finds.
_TRICKY = "\n".join([
    "  2023-03-28 09:18 来源: 青石镇人民政府 \u3000",
    "青石镇 关于2024年度 法治政府建设情况的报告\u00a0",
    "",
    "县委、县政府：",
    "\u3000\u3000一、主要工作 \t",
    "\u3000\u3000全镇共 开展宣传\u00a0 12次，\u2002，提升服务效能。 坚持以简政放权为核心…… ",
    " \u3000\t",
    "\u200b\ufeff",
    "\u00a0",
    "[bookmark: _GoBack]在县委县政府的正确领导下，召开会议*次，20xx年，X月X日，xx镇【待补充】。",
    "字号：大 中 小 打印本页  关闭窗口",
    "第 3 页",
    "来源：县司法局",
    "扫一扫在手机打开当前页 ",
    "\u3000",
])


def test_line_filters_find_what_looking_at_every_line_finds(monkeypatch):
    from fzlint_plugins import hygiene

    def found():
        return [(f.rule_id, f.line, f.column, f.matched, f.message.zh) for f in findings(_TRICKY, "hygiene")]

    fast = found()
    assert {"hygiene/whitespace", "hygiene/web-leftover", "hygiene/conversion-leftover",
            "hygiene/template-placeholder"} <= {rule for rule, *_ in fast}
    every_line = lambda document, what: [i for i, ln in enumerate(document.lines) if ln]  # noqa: E731
    monkeypatch.setattr(hygiene, "_lines_where", every_line)
    monkeypatch.setattr(hygiene, "_lines_holding", every_line)
    monkeypatch.setattr(hygiene.Pattern, "may_occur_in_line", lambda self, line: True)
    monkeypatch.setattr(hygiene._PatternTable, "candidates", lambda self, present: range(len(self.patterns)))
    assert found() == fast


def test_required_texts_of_the_artifact_patterns_are_in_every_match():
    """The texts a pattern requires (which pick the reports and lines it is tried on) occur in its matches."""
    from fzlint_plugins import hygiene

    lines = _TRICKY.split("\n") + [
        "发布时间：2024-03-28 作者：张三 责任编辑：李四 浏览次数：12", "索引号：123 主题分类：政务",
        "首页 > 政务公开 > 法治政府", "分享到：", "无障碍 简体|繁体", "上一篇：关于……", "【打印】【关闭】",
        "（此处填写单位名称）", "××镇 ○○村 20XX年 x月x日 共*次", "下面是小编为大家整理的范文，供大家参考。",
        "{width=\"3in\"} ![](media/image1.png) HYPERLINK \"http://a\" PAGE \\* MERGEFORMAT _Toc123456789",
    ]
    matched = set()
    for p in hygiene.load_patterns():
        for line in lines:
            for m in p.regex.finditer(line):
                if m.group():
                    matched.add(p.regex.pattern)
                    assert p.requires is None or any(t in m.group() for t in p.requires), (p.regex.pattern, m.group())
    assert len(matched) >= 25  # the sample lines exercise most patterns


def test_the_space_after_a_part_marker_is_not_stray():
    text = report("第一部分 主要举措和成效", "一、健全依法决策机制", "全年审查重大决策12件。",
                  "第二部分 存在的 不足和原因", "执法力量不足。")
    fs = findings(text, "hygiene/whitespace")
    assert [f.matched for f in fs] == [" "] and fs[0].line == 7  # only the one inside the title


def test_placeholders_of_more_units():
    fs = findings(report("对废弃矿山复垦复绿××亩，新建□所学校。"), "hygiene/template-placeholder")
    assert [f.matched for f in fs] == ["××", "□"]


def test_a_comment_typed_into_the_text_without_brackets():
    text = report("带头学习《中华人民共和国行政处罚法》。批注：请党政办核实会议次数 对涉及企业搬迁的重大事项坚持公众参与。")
    fs = findings(text, "hygiene/template-placeholder")
    assert [f.matched for f in fs] == ["批注：请党政办核实会议次数"]
    assert findings(report("对收到的批注意见逐条研究，修改意见：无。"), "hygiene") == []


def test_a_reviewers_comment_in_brackets_whatever_it_says():
    text = report("【批注：第四部分“2026年工作安排”由办公室另行补充】", "全年开展普法活动36场（修改意见：此段压缩）。")
    fs = findings(text, "hygiene/template-placeholder")
    assert [f.matched for f in fs] == ["【批注：第四部分“2026年工作安排”由办公室另行补充】", "（修改意见：此段压缩）"]
    fine = report("全年开展普法活动36场（注：数据截至11月30日）。对收到的批注意见逐条研究。")
    assert findings(fine, "hygiene") == []


def test_a_placeholder_before_the_name_of_a_branch_office():
    fs = findings(report("调解化解涉税争议62件。××税务分局试点推行“税费服务+”模式，××市场监管所开展检查。"),
                  "hygiene/template-placeholder")
    assert [(f.matched, "单位" in f.message.zh) for f in fs] == [("××", True), ("××", True)]
    fs = findings(report("全县××个市场监管所中有3个所在编执法人员不足5人。"), "hygiene/template-placeholder")
    assert [(f.matched, "数字" in f.message.zh) for f in fs] == [("××", True)]  # a figure left out, not a name


def test_the_space_between_joint_issuers_is_no_stray_space():
    """中共中央 国务院印发…: the issuers of a joint document are parted by a space (as in its title)."""
    fine = report("认真贯彻中共中央 国务院印发的《法治政府建设实施纲要（2021—2025年）》，落实中共中央办公厅 国务院办公厅"
                  "《关于加强社会主义法治文化建设的意见》，按照县委 县政府部署推进工作。")
    assert findings(fine, "hygiene/whitespace") == []
    text = report("县委 高度重视法治建设，召开党委 会议3次。")
    assert [f.matched for f in findings(text, "hygiene/whitespace")] == [" ", " "]
