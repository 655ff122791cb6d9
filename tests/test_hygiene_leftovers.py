"""Hygiene: more forms of web, Word and template leftovers, and the correct text around them."""

from __future__ import annotations

import pytest

from conftest import findings, report, rule_ids

BODY = "全年召开党委会专题研究法治政府建设4次，组织干部学法6次。"


def _matched(text: str, rule: str) -> list[str]:
    return [f.matched for f in findings(text, rule)]


@pytest.mark.parametrize("code", [
    "{ SEQ 图 \\* ARABIC }", "{ PAGEREF _Ref98765432 \\h }", "{ NUMPAGES }",
    "{ HYPERLINK \\l \"_Toc12345\" }", "EMBED Excel.Sheet.12", "PAGEREF _Ref98765432 \\h",
])
def test_word_field_codes(code):
    text = report(f"详见第{code}页，{BODY}")
    assert any(code.strip("{} ")[:6] in m for m in _matched(text, "hygiene/conversion-leftover"))


def test_braces_and_capitals_in_body_are_not_field_codes():
    text = report("推行“1+N”{综合执法}模式，落实“PAGE”工作法，开展REF专项检查3次。")
    assert rule_ids(text, "hygiene/conversion-leftover") == []


def test_tracked_change_and_comment_balloons():
    text = report(BODY, "带格式的: 缩进: 首行缩进: 2 字符", "删除的内容: 全年召开会议3次。",
                  "批注 [A1]: 此处数据需核实")
    fs = findings(text, "hygiene/conversion-leftover")
    assert [f.line for f in fs] == [5, 6, 7]
    assert fs[0].matched == "带格式的: 缩进: 首行缩进: 2 字符"
    # and punctuation leaves the half-width colons of the deleted lines alone
    assert rule_ids(text, "punctuation/halfwidth") == []


def test_a_comment_balloon_inside_its_paragraph():
    text = report("举办“法润清河”法治文艺演出32场。批注 [A1]: 演出场次待县文旅局确认")
    assert [f.matched for f in findings(text, "hygiene/conversion-leftover")] == ["批注 [A1]: 演出场次待县文旅局确认"]


def test_a_comment_balloon_labelled_with_the_reviewers_chinese_initial():
    text = report("依申请公开办理2件，全部在法定期限内答复。批注[王1]: 此处依申请公开数据待核实。")
    assert [f.matched for f in findings(text, "hygiene/conversion-leftover")] == ["批注[王1]: 此处依申请公开数据待核实。"]


def test_formatting_words_in_body_are_not_balloons():
    text = report("统一公文带格式的模板，删除的内容经审核后归档。", "批注意见已全部落实。")
    assert rule_ids(text, "hygiene/conversion-leftover") == []


def test_comment_reference_after_chinese_text():
    text = report("全年召开党委会4次[LY1]，组织干部学法6次[A2]。")
    assert _matched(text, "hygiene/conversion-leftover") == ["[LY1]", "[A2]"]


def test_bracketed_citations_and_attachments_are_not_comment_references():
    text = report("详见[附件1]，依据GB/T 9704[2012]与文献[1]，型号[A1B]设备2台。")
    assert rule_ids(text, "hygiene/conversion-leftover") == []


def test_pandoc_spans_footnotes_and_hard_breaks():
    text = report("全年召开党委会[4次]{.underline}，组织干部学法6次[^1]。",
                  "全年召开党委会[4次]{.insertion author=\"张三\" date=\"2024-01-10T09:00:00Z\"}。",
                  "全年召开党委会4次，\\", "组织干部学法6次。")
    got = _matched(text, "hygiene/conversion-leftover")
    assert got[:2] == ["{.underline}", "[^1]"] and got[2].startswith("{.insertion") and got[3] == "\\"


def test_breadcrumb_labels():
    for label in ("您的位置：", "您现在的位置：", "所在位置："):
        text = report(f"{label}首页 > 政务公开 > 法治政府建设", BODY)
        assert rule_ids(text, "hygiene/web-leftover") == ["hygiene/web-leftover"], label


def test_link_bars_scan_prompts_and_publication_times():
    text = report(BODY, "打印 | 关闭", "收藏｜打印｜关闭", "微信扫一扫", "手机扫码阅读", "分享至：",
                  "2024-03-28 09:18", "附件下载：白沙乡2024年度法治政府建设情况报告.pdf", "视力保护色：")
    assert [f.line for f in findings(text, "hygiene/web-leftover")] == list(range(5, 13))


def test_sentences_with_page_words_are_not_furniture():
    text = report("打印、复印等设备全部配齐，群众扫码即可查询办事进度。",
                  "会议于2024-03-28 09:18召开，分享至各村（社区）学习。",
                  "白沙乡人民政府", "2025年2月17日")
    assert rule_ids(text, "hygiene/web-leftover") == []


def test_font_size_switch_in_brackets():
    text = report(BODY, "【大】【中】【小】")
    assert _matched(text, "hygiene/web-leftover") == ["【大】【中】【小】"]


def test_entities_without_semicolon():
    text = report("开展活动26次。&nbsp发放资料2000余份，&ldquo八五&rdquo普法。")
    assert _matched(text, "hygiene/web-leftover") == ["&nbsp", "&ldquo", "&rdquo"]


def test_ampersand_words_are_not_entities():
    text = report("引进R&D项目2个，建设AT&T式服务平台，&ltd公司投资1000万元。")
    assert rule_ids(text, "hygiene/web-leftover") == []


@pytest.mark.parametrize("line, placeholder", [
    ("二〇XX年，白沙乡坚持以习近平法治思想为指导。", "二〇XX年"),
    ("关于20**年度法治政府建设情况的报告", "20**年"),
    ("20__年，白沙乡坚持以习近平法治思想为指导。", "20__年"),
    ("xxxx年xx月xx日", "xxxx年"),
    ("××年××月××日", "××年"),
    ("由XXX同志任组长。", "XXX"),
    ("全年办理行政复议案件□件。", "□"),
    ("全年召开会议____次。", "____"),
    ("全年受理群众来访（  ）件。", "（  ）"),
])
def test_more_template_placeholders(line, placeholder):
    assert placeholder in _matched(report(line), "hygiene/template-placeholder")


def test_filled_in_text_is_not_a_placeholder():
    text = report("二〇二四年，白沙乡召开会议12次，□是 □否 已完成自查，张××等3名当事人依法受到处罚。",
                  "对（一）类事项办理3件，__init__模块上线，王XX同学获奖。")
    assert rule_ids(text, "hygiene/template-placeholder") == []


def test_symbol_font_bullet_is_reported_without_fix():
    text = report("\uf0b7全年召开党委会4次。", "\uf06c组织干部学法6次。")
    fs = findings(text, "hygiene/invisible-char")
    assert [f.matched for f in fs] == ["\uf0b7", "\uf06c"] and fs[0].suggestion is None
    assert "U+F0B7" in fs[0].message.zh


def test_more_buttons_footers_and_anchors():
    text = report("【收藏本页】【打印此页】", "主办：白沙乡人民政府　承办：白沙乡党政办",
                  "全年召开党委会4次。[]{#_Hlk98765432 .anchor}组织干部学法6次。")
    web = findings(text, "hygiene/web-leftover")
    assert [f.matched for f in web][:2] == ["【收藏本页】", "【打印此页】"] and web[2].line == 5
    assert _matched(text, "hygiene/conversion-leftover") == ["[]{#_Hlk98765432 .anchor}"]


def test_sponsor_word_in_a_body_line_is_not_a_footer():
    text = report("本次活动主办：县司法局", "全年承办：省级现场会1次、市级现场会2次")
    assert rule_ids(text, "hygiene/web-leftover") == []


def test_empty_or_named_blanks_before_a_measure_word():
    text = report("全年办理行政复议案件【】件，行政诉讼案件【数字】件，召开会议（）次。")
    assert _matched(text, "hygiene/template-placeholder") == ["【】", "【数字】", "（）"]


def test_bracketed_section_labels_are_not_blanks():
    text = report("【经验做法】全年召开会议（含视频会议）12次，【典型案例】办理案件3件。")
    assert rule_ids(text, "hygiene/template-placeholder") == []


def test_spaces_inside_a_date_are_one_finding_per_date():
    text = report("青石镇于2024年 3 月 12 日召开专题会议，12 月 4 日开展宪法宣传。", "青石镇人民政府",
                  "2025 年 2 月 17 日")
    fs = findings(text, "hygiene/whitespace")
    assert [(f.line, f.matched, f.suggestion) for f in fs] == [
        (4, "2024年 3 月 12 日", "2024年3月12日"), (4, "12 月 4 日", "12月4日"), (6, "2025 年 2 月 17 日", "2025年2月17日")]


def test_spaces_around_other_numbers_are_left_alone():
    # a number alone before 年 or 月 may follow the style that spaces numbers from Chinese
    text = report("执行GB/T 9704 标准，连续 1.5 年保持零投诉，召开会议 12 次，共计2025 年，3 月份，2024年3月12日召开。")
    assert rule_ids(text, "hygiene/whitespace") == []


def test_reposted_and_wechat_article_furniture():
    text = report(BODY, "原标题：白沙乡2024年法治政府建设工作报告", "来源 | 白沙乡司法所", "编辑丨张三　审核丨李四",
                  "阅读原文", "分享 点赞 在看", BODY,
                  "点击上方蓝字关注我们。严禁商用，转载请注明出处。", "长按识别二维码关注")
    web = findings(text, "hygiene/web-leftover")
    assert [f.line for f in web if f.line < 10] == [5, 6, 7, 8, 9]
    assert [f.matched for f in web if f.line >= 11] == ["点击上方蓝字关注我们", "转载请注明出处。", "长按识别二维码关注"]


def test_article_words_in_body_text_are_not_furniture():
    text = report("公众号推文阅读原文链接已更新，转载量达120次；长按二维码即可参与学法答题。",
                  "来源于群众的意见建议（共12条）已全部办结。")
    assert rule_ids(text, "hygiene/web-leftover") == []


def test_markdown_bold_and_heading_markers():
    text = report("## 一、主要举措和成效", "加强**组织领导**，召开会议4次。", "**（一）健全依法决策机制。**全年召开会议4次。")
    got = [(f.line, f.matched, f.suggestion) for f in findings(text, "hygiene/conversion-leftover")]
    assert got == [(4, "## ", ""), (5, "**", ""), (5, "**", ""), (6, "**", ""), (6, "**", "")]


def test_stars_that_are_no_markdown_are_left_alone():
    text = report("建设3#、12#综合楼，评定为***级景区，全年召开会议**次。", "C#语言培训班1期，#号键呼叫。")
    assert rule_ids(text, "hygiene/conversion-leftover") == []


def test_object_replacement_character():
    text = report("全年召开党委会4次\ufffc，组织干部学法6次。")
    assert [f.matched for f in findings(text, "hygiene/invisible-char")] == ["\ufffc"]


def test_a_template_sites_disclaimer():
    fs = findings(report("（本文来源于网络，仅供参考，如有侵权请联系删除）", "数据来源于网络平台统计。"), "hygiene/web-leftover")
    assert [f.matched for f in fs] == ["（本文来源于网络，仅供参考，如有侵权请联系删除）"]


def test_a_media_placeholder_of_a_copied_web_page():
    text = report("组织开展宪法宣誓活动，受教育群众3万余人。[图片]", "【视频】", "开展普法宣传。")
    assert [f.matched for f in findings(text, "hygiene/conversion-leftover")] == ["[图片]", "【视频】"]
    fine = report("开设【图片新闻】栏目，发布“图片+视频”普法作品12件。")
    assert findings(fine, "hygiene/conversion-leftover") == []


def test_an_escaped_carriage_return_and_an_html_comment_in_a_text_draft():
    text = report("开展合同合法性审查41份，确保依法合规。_x000D_", "<!-- 审核意见：下一年度工作安排待局务会研究后补充 -->")
    assert [(f.rule_id, f.matched) for f in findings(text, "hygiene")] == [
        ("hygiene/conversion-leftover", "_x000D_"),
        ("hygiene/template-placeholder", "<!-- 审核意见：下一年度工作安排待局务会研究后补充 -->")]
    fine = report("<!-- fzlint-disable numbers -->", "<!--[if !supportLists]-->", "变量名_x_不变。")
    assert [f.matched for f in findings(fine, "hygiene")] == ["[if !supportLists]"]  # Word's, reported as such
