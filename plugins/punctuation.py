"""Punctuation rules (GB/T 15834-2011《标点符号用法》).

Half-width marks in Chinese text, unpaired quotes and brackets, doubled marks, 顿号 misuse
(before 和/及/与, between fully quoted items, a comma or a full stop where 顿号 belongs),
the interpunct in day names (“3·15”), the exclamation mark, paragraphs broken after a comma,
the ellipsis (and …… together with 等) and quotes or title marks nested in the same kind.

Text that must be deleted anyway (web page furniture, Word bookmarks: see ``hygiene``) and
URLs, e-mail addresses, times and numbers are never checked.
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache, cached_property, lru_cache
from typing import Any, Iterator, Optional

from fzlint import recache
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.records import field, record
from fzlint.regexscan import finditer_around, finditer_at, may_match, occurrences
from fzlint.rules import Finding, msg
from fzlint.textutil import CJK, CJK_RE, TITLE_MARK_LOOKALIKES, is_cjk, split_with_starts

from .common import derived, load_words, rule
from .hygiene import artifact_spans

_SRC = "GB/T 15834-2011《标点符号用法》"

HALFWIDTH = rule(
    "punctuation/halfwidth", "punctuation", "error",
    "中文文本中使用半角标点", "Half-width punctuation in Chinese text",
    what="Half-width , ; : ! ? ( ) next to Chinese characters, and straight quotes \"…\" or '…' around Chinese text, or Chinese punctuation. Numbers "
         "(1,000), ratios and times (07:52), URLs, e-mail addresses and Latin text are not "
         "reported. To keep a report converted with half-width punctuation throughout readable, "
         "there is ONE finding per line (paragraph), not one per mark: it spans the line's "
         "half-width marks from the first to the last, gives their count, and its suggestion is "
         "that span with every mark made full-width (a line is split into several findings only "
         "where legitimately half-width text such as 1,000 or a URL lies between). A heading marker such as (一) is reported by heading/bracket-width; it "
         "is included here only when its line has other half-width marks, so that the line's fix "
         "is complete.",
    why="Chinese punctuation takes a full character width (GB/T 15834-2011 §5.1.1), and GB/T 9704 "
        "requires GB/T 15834 in official documents. Half-width marks look cramped and show the "
        "text was typed with an English input method or converted.",
    example="2021年,龙凤场镇坚持以习近平新时代中国特色社会主义思想为指导,……报告如下:",
    use_instead="2021年，龙凤场镇坚持以习近平新时代中国特色社会主义思想为指导，……报告如下：",
    source=_SRC + " §5.1.1；GB/T 9704-2012", fixable=True,
)
UNPAIRED = rule(
    "punctuation/unpaired", "punctuation", "error",
    "引号或括号不成对", "Unpaired quotation mark or bracket",
    what="An opening “ 《 （ ‘ 【 without its closing mark in the same paragraph, or a closing mark "
         "without an opening one. A paragraph broken across lines (a line ending in a comma or a "
         "Chinese character, continued on the next line) is checked as one. Half-width and "
         "full-width brackets pair with each other (their width is punctuation/halfwidth's "
         "business); list enumerators such as 1） are not counted. Also reported: the one straight quote \" of "
         "a line between Chinese words (开展\"法律进乡村活动): its partner is lost.",
    why="Paired marks must open and close (GB/T 15834-2011 §4.8, §4.9, §4.15): a lost mark "
        "changes what is quoted, bracketed or cited.",
    example="组织学习《中华人民共和国行政处罚法，提升依法行政能力。",
    use_instead="组织学习《中华人民共和国行政处罚法》，提升依法行政能力。",
    source=_SRC + " §4.8（引号）§4.9（括号）§4.15（书名号）",
)
DOUBLED = rule(
    "punctuation/doubled", "punctuation", "error",
    "标点重复或连用", "Doubled punctuation",
    what="Two clause or sentence marks in a row: ，， 。。 ，。 、， ；； ？。 and the like (the ellipsis …… "
         "and the dash —— are single marks, and ？？ ！！ ？！ are doubled on purpose: not reported).",
    why="Each pause takes one mark (GB/T 15834-2011 §4); a doubled mark is a typing or editing slip.",
    example="依法行政能力，，不断提高。", use_instead="依法行政能力，不断提高。",
    source=_SRC + " §4", fixable=True,
)
DUN_CONJ = rule(
    "punctuation/dunhao-before-conjunction", "punctuation", "warning",
    "顿号后紧跟连词", "Enumeration comma directly before a conjunction",
    what="A 顿号 directly before the conjunction that joins the last item: 、和 、及 、以及 、与 "
         "、或 、等. Words that merely begin with these characters (和谐, 及时, 与会, 等级) are "
         "told apart by word segmentation and not reported.",
    why="The conjunction already joins the last item; the 顿号 before it is redundant (editorial "
        "convention for GB/T 15834-2011 §4.5; 等 follows the last item directly).",
    example="高度重视法治政府建设工作、和依法行政工作",
    use_instead="高度重视法治政府建设工作和依法行政工作",
    source=_SRC + " §4.5（顿号）及出版编辑规范", fixable=True,
)
LIST_COMMA = rule(
    "punctuation/comma-in-list", "punctuation", "info",
    "并列词语之间用了逗号", "Comma between parallel words",
    what="Titles listed with commas before 等 (《医师法》，《传染病防治法》等: titles in a list take no mark "
         "between them), and short parallel words separated by ， where 、 belongs: three or more items of the same "
         "length (严格执法，公正司法，全民学法，全民守法的…), or two items sharing their last two "
         "characters (政府权力清单，职责清单的要求; 集中学习，公务员学习等平台), when the list is "
         "followed by 的/等/和/及/与 inside the same phrase. Clauses (提升素养，武装头脑，指导实践。) "
         "are not lists and are not reported.",
    why="GB/T 15834-2011 §4.5.3.1: 顿号 separates parallel words; the comma separates clauses. "
        "Info: the line between a word and a short clause needs a person.",
    example="形成严格执法，公正司法，全民学法，全民守法的法治建设工作格局",
    use_instead="形成严格执法、公正司法、全民学法、全民守法的法治建设工作格局",
    source=_SRC + " §4.5.3.1（顿号用于并列词语之间）", fixable=True,
)
LIST_PERIOD = rule(
    "punctuation/period-between-items", "punctuation", "warning",
    "中文词语之间用了英文句点", "Latin full stop between Chinese words",
    what="A Latin full stop “.” (or ．) between Chinese characters or quoted items, e.g. between "
         "two items of a list (“4·15”国家安全日.“12·4”宪法宣传日), or ending a line of Chinese text "
         "(……取得明显成效.). Decimal points, heading markers (1.) and web addresses are not reported.",
    why="“.” is not a Chinese punctuation mark: between parallel items GB/T 15834-2011 uses 、 "
        "(§4.5.3.1), at the end of a sentence 。 (§4.1).",
    example="“4·15”国家安全日.“12·4”宪法宣传日等宣传活动",
    use_instead="“4·15”国家安全日、“12·4”宪法宣传日等宣传活动",
    source=_SRC + " §4.1（句号）§4.5.3.1（顿号）", fixable=True,
)
EXCLAMATION = rule(
    "punctuation/exclamation", "punctuation", "info",
    "报告中使用感叹号", "Exclamation mark in a report",
    what="An exclamation mark ！ outside quotation marks in the report.",
    why="An annual report is an expository document (陈述); the exclamation mark expresses strong "
        "feeling (GB/T 15834-2011 §4.3) and does not suit its register. Quoted slogans keep theirs.",
    example="为经济社会发展提供有力的法治保障！", use_instead="为经济社会发展提供有力的法治保障。",
    source=_SRC + " §4.3（叹号）；GB/T 9704-2012（公文语体）", fixable=True,
)
INTERPUNCT = rule(
    "punctuation/day-interpunct", "punctuation", "warning",
    "月日简称未用间隔号", "Day name without the interpunct",
    what="A day or event named by its month and day in Arabic numerals written with a full stop "
         "or another dot: “3.15”, 6.26国际禁毒日, “4•15”. GB/T 15834 writes “3·15” (interpunct "
         "U+00B7) inside quotation marks; a bare one is recognised before 日, 节, 宣传周, 活动周 or 晚会. "
         "Decimals (3.15亿元, 增长6.26%) are not reported.",
    why="GB/T 15834-2011 §4.14.3.4: the interpunct separates month and day in names of events and "
        "days written with numerals, which are quoted (“9·11”事件, “3·15”).",
    example="“3.15”消费者权益保护日、6.26国际禁毒日、12.4宪法宣传日",
    use_instead="“3·15”国际消费者权益日、“6·26”国际禁毒日、“12·4”国家宪法日",
    source=_SRC + " §4.14.3.4（间隔号用于月日之间）", fixable=True,
)
BROKEN = rule(
    "punctuation/broken-paragraph", "punctuation", "warning",
    "段落在逗号处断开", "Paragraph broken after a comma",
    what="A line that ends in ， or 、 and is followed by a line that is not a heading or a list "
         "item: one paragraph was split in two (usually by conversion or copy-paste); and a paragraph "
         "that ends in ， right before a heading or at the end of the text: its sentence lost its end.",
    why="A sentence cannot end in a comma or 顿号 (GB/T 15834-2011 §4.4, §4.5); the break also "
        "shows the paragraph as two in the printed report.",
    example="在全乡组建习近平法治思想宣讲团，\n围绕党委、政府各项中心工作，……",
    use_instead="在全乡组建习近平法治思想宣讲团，围绕党委、政府各项中心工作，……",
    source=_SRC + " §4.4（逗号）§4.5（顿号）",
)
HEADING_END = rule(
    "punctuation/heading-end", "punctuation", "warning",
    "标题末尾用了逗号、顿号、分号或冒号", "Heading ending in a comma, semicolon or colon",
    what="A heading on a line of its own (一、…, （二）…, 3. …) with no other punctuation that ends in ， 、 "
         "； or ：. A heading run into its paragraph (（一）加强组织领导，成立……) and the items of a punctuated "
         "list (1.完善制度；2.加强队伍；3.强化监督。) are not reported.",
    why="A heading line stands alone: it takes no punctuation at its end, and ， 、 ； mark a pause "
        "inside a sentence that goes on (GB/T 15834-2011 §4.4, §4.5, §4.6; GB/T 9704-2012 §7.3.3 lays "
        "out the levels of headings without closing marks).",
    example="（二）坚持依法科学民主决策，", use_instead="（二）坚持依法科学民主决策",
    source=_SRC + " §4.4（逗号）§4.5（顿号）§4.6（分号）；GB/T 9704-2012 §7.3.3（结构层次序数）", fixable=True,
)
QUOTED_DUN = rule(
    "punctuation/dunhao-between-quoted", "punctuation", "info",
    "并列的引号或书名号之间用了顿号", "Enumeration comma between fully quoted items",
    what="A 顿号 between parallel items each fully wrapped in quotation marks or 书名号 "
         "(《公务员法》、《民法典》等). When other text follows a closing mark (“八五”普法) the "
         "顿号 is right and is not reported.",
    why="GB/T 15834-2011 §4.5.3.5: between parallel items marked by quotation marks or 书名号 the "
        "顿号 is normally (通常) omitted. Info: the standard says 通常 and usage varies.",
    example="学习《公务员法》、《民法典》等法律法规", use_instead="学习《公务员法》《民法典》等法律法规",
    source=_SRC + " §4.5.3.5", fixable=True,
)
ELLIPSIS = rule(
    "punctuation/ellipsis", "punctuation", "warning",
    "省略号写法不规范", "Ellipsis not written as ……",
    what="An ellipsis in Chinese text written as a single …, as Latin dots ... or as repeated full "
         "stops 。。。 instead of the two-character …… (six dots); and an ellipsis used together with "
         "等 or 等等 (“送法进村、以案释法……等活动”), which say the same thing twice.",
    why="GB/T 15834-2011 §4.11: the Chinese ellipsis is …… and occupies two character widths. An "
        "ellipsis that ends a list already means ‘and so on’, so 等/等等 and …… are used one at a time.",
    example="开展送法进村、以案释法...活动；开展宪法、民法典……等宣传",
    use_instead="开展送法进村、以案释法……活动；开展宪法、民法典等宣传",
    source=_SRC + " §4.11（省略号）", fixable=True,
)
RANGE_DASH = rule(
    # GB/T 15834's 连接号, but reviewers count a range written wrongly among the number slips
    # (GB/T 15835 writes its ranges with ～ or —): category numbers
    "punctuation/range-dash", "numbers", "info",
    "起止范围用了短横线", "Hyphen in a range of years, months, times of day or values",
    what="A range of years, months or times of day written with a hyphen or en dash: 2021-2025年, "
         "（2021-2025年）, 1-6月, 3月-6月, 9:00-17:30; and a range of values before a unit written with a "
         "hyphen, an en dash or the half-width ~: 3-5个工作日, 10~15人, 5%-10%. Dates such as 2022-04-26, "
         "telephone numbers and house numbers (3-5号) are not ranges and are not reported.",
    why="GB/T 15834-2011 §4.13.3: the short hyphen joins codes, telephone numbers and numeric dates; "
        "the start and end of a period of time are joined by the 一字线 “—” (2021—2025年), and a range "
        "of values by the 浪纹线 “～” (3～5个工作日). Info: the hyphen is widespread and the meaning is "
        "clear.",
    example="《法治政府建设实施纲要（2021-2025年）》；办理时限压缩至3-5个工作日",
    use_instead="《法治政府建设实施纲要（2021—2025年）》；办理时限压缩至3～5个工作日",
    source=_SRC + " §4.13.3（连接号：时间起止用一字线，数值范围用浪纹线）", fixable=True,
)
NESTED = rule(
    "punctuation/nested-marks", "punctuation", "warning",
    "引号或书名号里套用了同一种符号", "Quotes or title marks nested in the same kind",
    what="A quotation inside a quotation written with double quotes again (“学习“八五”普法”), or a "
         "title inside a title written with 《》 again (《关于《中华人民共和国宪法修正案》的决定》). "
         "Only balanced paragraphs are checked: a stray mark is punctuation/unpaired.",
    why="GB/T 15834-2011 §4.6 (引号): a quotation inside a quotation takes single quotes ‘’; §4.15 "
        "(书名号): a title inside a title takes the single title marks 〈〉.",
    example="学习《全国人民代表大会常务委员会关于《中华人民共和国宪法修正案》的决定》",
    use_instead="学习《全国人民代表大会常务委员会关于〈中华人民共和国宪法修正案〉的决定》",
    source=_SRC + " §4.6（引号）、§4.15（书名号）", fixable=True,
)
DOC_NUMBER = rule(
    "punctuation/document-number", "punctuation", "warning",
    "发文字号的年份未用六角括号", "Year of a document number not in 〔〕",
    what="The year of a document number (发文字号) enclosed in [ ], ［ ］, 【 】, ( ) （ ）, 〖 〗 or the "
         "small compatibility form ﹝ ﹞ instead of the 六角括号 〔 〕: 平府办发[2024]3号, 黔府发【2023】5号, "
         "县政办发（2024）3号, 交发﹝2024﹞12号. Only a bracketed full year "
         "right after the issuing organ's code (Chinese characters) and right before the serial number "
         "and 号 is looked at. Court case numbers, written with （ ） and followed by the court's code "
         "(（2023）黔0102行初12号), are not document numbers and are not reported.",
    why="GB/T 9704-2012 §7.2.4: in a document number the year is written in full and enclosed in the "
        "六角括号 “〔〕”. A document number cited with other brackets is a copy from a web page or a "
        "typing slip, and reviewers mark it.",
    example="按照县政府办公室《关于印发〈平川县2024年法治政府建设工作要点〉的通知》（平府办发[2024]3号）要求",
    use_instead="按照县政府办公室《关于印发〈平川县2024年法治政府建设工作要点〉的通知》（平府办发〔2024〕3号）要求",
    source="GB/T 9704-2012《党政机关公文格式》§7.2.4（发文字号）；" + _SRC + " §4.9（括号）", fixable=True,
)
ACTIVITY_TITLE = rule(
    "punctuation/activity-title-marks", "punctuation", "warning",
    "活动名称误用书名号", "Title marks around the name of an activity",
    what="The name of an activity, a campaign or a themed week or month written in 书名号 where "
         "quotation marks belong: 组织开展《民法典进乡村》系列活动, 启动《护航营商环境专项行动》, "
         "开展《宪法宣传周》《民法典宣传月》等活动. Reported when the text inside 《》 ends in a word that "
         "names an activity (行动, 活动, 宣传周, 宣传月, 进校园, 进社区, 知识竞赛, 大讲堂, 专项整治 …: the "
         "list is data) and the title is the object of 开展, 举办, 组织, 启动, 参加 … or is followed by 活动 "
         "(系列活动, 主题活动, 等活动). The title of a document about the activity "
         "(《…专项行动方案》, 《关于开展…活动的通知》, 《…工作要点》), laws, books, newspapers and "
         "programmes (收看《今日说法》) do not end in such a word, or are not its object, and are not "
         "reported; nor is a cited news headline (刊发《我县开展…行动》).",
    why="GB/T 15834-2011 §4.15: 书名号 mark the titles of books, documents, laws, articles, "
        "programmes and works; the name of an activity is no title, and when it is to be marked it "
        "takes quotation marks (§4.6, 引号 for terms given special attention).",
    example="组织开展《宪法进万家》系列活动，深入开展《根治欠薪百日攻坚行动》",
    use_instead="组织开展“宪法进万家”系列活动，深入开展“根治欠薪百日攻坚行动”",
    source=_SRC + " §4.15（书名号）、§4.6（引号）", fixable=True,
)
TITLE_LOOKALIKE = rule(
    "punctuation/title-mark-lookalike", "punctuation", "warning",
    "书名号写成了其他符号", "Title marks written with other signs",
    what="A title between signs that only look like 书名号: ASCII << >> or < >, doubled 〈〈 〉〉, "
         "full-width ＜＜ ＞＞ or ≪ ≫ (学习<<中华人民共和国行政处罚法>>, <民法典>), and a title in the single "
         "〈 〉 outside 《》 (学习〈民法典〉). Only Chinese text of at most 40 characters between them is "
         "looked at, so comparisons (x<5) and markup are left alone, and 〈〉 inside 《》 are right.",
    why="GB/T 15834-2011 §4.15: the 书名号 are 《》, and 〈〉 inside them; the look-alikes come from "
        "typing without a Chinese input method or from web pages.",
    example="组织学习<<中华人民共和国行政处罚法>>等法律法规",
    use_instead="组织学习《中华人民共和国行政处罚法》等法律法规",
    source=_SRC + " §4.15（书名号）", fixable=True,
)
ENUMERATOR_COLON = rule(
    "punctuation/enumerator-colon", "punctuation", "warning",
    "“一是”“二是”后误加冒号", "Colon after 一是/二是",
    what="A colon after an enumerator 一是, 二是 … in a paragraph where other enumerators take none "
         "(一是开展专题讲座8场；二是：组建法律服务团；三是…). A paragraph writing every one with a colon is left alone.",
    why="一是、二是 introduce their items directly; GB/T 15834 uses the colon where a pause announces what "
        "follows, and the item after 二是 is no such announcement. The same list written two ways reads as a slip.",
    example="一是开展企业合规专题讲座8场；二是：组建园区法律服务团", use_instead="一是开展企业合规专题讲座8场；二是组建园区法律服务团",
    source=_SRC + " §4.7（冒号）", fixable=True,
)
OUTER_SINGLE = rule(
    "punctuation/outer-single-quotes", "punctuation", "warning",
    "单引号用作外层引号", "Single quotes as the outer quotes",
    what="A pair of single quotes ‘’ around Chinese text that no pair of double quotes encloses "
         "(坚持和发展新时代‘枫桥经验’). Paragraphs whose double quotes do not balance are left alone.",
    why="GB/T 15834-2011 §4.6.3.1: quotations and special terms take the double quotes “”; the single "
        "quotes ‘’ mark a quotation inside a quotation only.",
    example="坚持和发展新时代‘枫桥经验’", use_instead="坚持和发展新时代“枫桥经验”",
    source=_SRC + " §4.6（引号）", fixable=True,
)
CORNER_QUOTES = rule(
    "punctuation/corner-quotes", "punctuation", "warning",
    "横排文本用了直角引号", "Corner brackets as quotes in horizontal text",
    what="A pair of corner brackets 「」 (or 『』) used as quotation marks (震慑了「打击欺诈骗保」领域的违法行为): "
         "typed with a traditional-Chinese input method or copied from a Hong Kong or Taiwan page.",
    why="GB/T 15834-2011 §4.1: in horizontal text the quotation marks are “” (and ‘’ inside them); 「」『』 are "
        "the quotation marks of vertical typesetting.",
    example="震慑了「打击欺诈骗保」领域的违法行为", use_instead="震慑了“打击欺诈骗保”领域的违法行为",
    source=_SRC + " §4.6（引号）、附录（直排引号）", fixable=True,
)
PARAGRAPH_END = rule(
    "punctuation/paragraph-end", "punctuation", "warning",
    "段末缺少句末标点", "A paragraph without its closing full stop",
    what="A paragraph of running text (thirty characters or more, with a sentence mark inside it) whose last "
         "sentence ends without 。！？ (……参考率、合格率均达到100%). Headings, short lines (titles, the "
         "signature, dates) and lines ending in a comma (punctuation/broken-paragraph) are left alone.",
    why="GB/T 15834-2011 §4.1: a declarative sentence ends with a full stop; a paragraph that stops without one "
        "reads as cut off (often the last words were deleted or the next sentence lost).",
    example="组织全局干部职工参加学法考试，参考率、合格率均达到100%", use_instead="组织全局干部职工参加学法考试，参考率、合格率均达到100%。",
    source=_SRC + " §4.1（句号）", fixable=True,
)
RULES = (HALFWIDTH, UNPAIRED, DOUBLED, DUN_CONJ, LIST_COMMA, LIST_PERIOD, EXCLAMATION, INTERPUNCT,
         BROKEN, HEADING_END, QUOTED_DUN, ELLIPSIS, RANGE_DASH, NESTED, DOC_NUMBER, ACTIVITY_TITLE, TITLE_LOOKALIKE,
         ENUMERATOR_COLON, OUTER_SINGLE, CORNER_QUOTES, PARAGRAPH_END)

FULLWIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_OPENING = "“‘《（【〈「『〔"
_CLOSING = "”’》）】〉」』〕"
_PAIRS = dict(zip(_OPENING, _CLOSING))
_OPENER_OF = {**{v: k for k, v in _PAIRS.items()}, ")": "（"}
#: half-width marks and straight quotes: a line without any has nothing for punctuation/halfwidth
_HALFWIDTH_CHARS = "".join(FULLWIDTH) + '"\''
_HALFWIDTH_CANDIDATE = recache.compile("[" + re.escape(_HALFWIDTH_CHARS) + "]")
#: every mark punctuation/unpaired pairs
_BRACKETS = recache.compile("[" + re.escape(_OPENING + _CLOSING + "()") + "]")
_FULL_PUNCT = "，。、；：！？…—·" + _OPENING + _CLOSING
_CJK_LIKE = recache.compile(f"[{CJK}{re.escape(_FULL_PUNCT)}]")
_CLAUSE_MARKS = frozenset("，。；：、")
#: the characters _halfwidth_marks looks at (the half-width marks and the full-width brackets that
#: a half-width one may pair with), sorted by what stands next to them, as _halfwidth_marks would
#: decide: group 1, a mark right after Chinese that is flagged (one of , ; only when neither of its
#: neighbours is a clause mark: "，," is punctuation/doubled's); group 2, a , or ; right after
#: Chinese that is not; no group, a bracket or a mark after anything else (decided in Python)
_HALFWIDTH_KIND = recache.compile(
    "[" + re.escape("".join(FULLWIDTH) + "（）") + "]"
    f"(?:(?:(?<=[{CJK}{re.escape(_FULL_PUNCT)}][:!?])"
    f"|(?<=[{CJK}{re.escape(''.join(c for c in _FULL_PUNCT if c not in _CLAUSE_MARKS))}][,;])"
    f"(?![{''.join(sorted(_CLAUSE_MARKS))}]))()"
    f"|(?<=[{CJK}{re.escape(_FULL_PUNCT)}][,;])())?")
#: how a line ends when its paragraph goes on on the next line (see _paragraphs)
_CONTINUES = recache.compile(f"[{CJK}，、“《（(—]")
_STRAIGHT_QUOTE = recache.compile('"')
_STRAIGHT_SINGLE = recache.compile("'")
_SPACES = " \t\u3000\u00a0\u2002\u2003\u2009"
_SPACE_SET = frozenset(_SPACES)  # a set, unlike the string, does not contain ""
#: what keeps a run of half-width marks from being made full-width by replacing each kind of mark
_SPACE_OR_QUOTE = recache.compile("[" + re.escape(_SPACES + '"\'') + "]")
#: URLs, e-mail addresses, times and ratios, grouped numbers: never punctuation errors
_PROTECTED = recache.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef" + CJK + r"]+"
    r"|www\.[A-Za-z0-9][A-Za-z0-9.\-/_%?=&#~+:]*"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
    r"|\d+(?:[:：]\d+)+"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: what every _PROTECTED match contains (see _finditer_in_lines): the : ： or , of a time or a
#: grouped number (right after a digit), the @ of an e-mail address, the : of ://, the first w
#: of www.  The tests follow the character so that re can look for the candidates in C.
_PROTECTED_ANCHOR = recache.compile(r"[:：,@w](?:(?<=\d.)|(?<=@)|(?<=:)(?=//)|(?<=w)(?=ww\.))")
#: a list enumerator 1） a) 三）: its label, the label's last character, what may stand before it
#: (see _enumerator_at)
_ENUM_LABEL = recache.compile(r"\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3}")
_ENUM_LABEL_END = recache.compile(r"[\da-zA-Z一二三四五六七八九十]")
_ENUM_BEFORE = recache.compile(r"[\s，。；：、,;:]")
_LIST_START = recache.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|"
                         r"[（(]?[一二三四五六七八九十\d]+[)）.、．]|[①-⑳]|[-—•·*])")


@cache  # asked for the neighbours of every half-width mark; a report has a few hundred distinct characters
def _cjk_like(ch: str) -> bool:
    """True for a CJK ideograph or a full-width Chinese mark (False for ``""``)."""
    return _CJK_LIKE.match(ch) is not None


@hookimpl
def fzlint_rules():
    """Declare the punctuation rules."""
    return list(RULES)


# -- shared scanning context ------------------------------------------------------------------

@record
class _Scan:
    """What every rule of this module needs: text, skipped spans, heading markers."""

    document: Document
    skip: list[tuple[int, int]]
    markers: dict[int, tuple[int, int]]   # line index -> (start, end) of its heading marker
    heading_lines: set[int]
    not_conjunctions: tuple[str, ...] = ()  # 和美, 和合: words that start like a conjunction
    place_suffixes: tuple[str, ...] = ()  # 村, 社区: a 和兴村 after a place name is a name (see _place_name_at)
    doc_numbers: list[re.Match[str]] = field(default_factory=list)  # see _doc_number_years

    def __post_init__(self) -> None:
        merged: list[list[int]] = []
        # empty spans cover nothing; dropped, they cannot confuse overlaps()
        for s, e in sorted(span for span in self.skip if span[0] < span[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.skip = [(s, e) for s, e in merged]
        self._starts = [s for s, _ in self.skip]

    def skipped(self, pos: int) -> bool:
        """True when ``pos`` lies in text that is not checked (artifacts, URLs, times, numbers)."""
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self.skip[k][1]

    def overlaps(self, start: int, end: int) -> bool:
        """True when some position of ``start:end`` is :meth:`skipped`."""
        # the spans are disjoint and sorted: only the last one starting before ``end`` can reach ``start``
        k = bisect.bisect_left(self._starts, end) - 1
        return start < end and k >= 0 and self.skip[k][1] > start

    @cached_property
    def paragraphs(self) -> list[tuple[int, int, int, int]]:
        """(first line, last line, start offset, end offset) of each paragraph (see :func:`_paragraphs`)."""
        doc = self.document
        return [(first, last, doc.line_starts[first], doc.line_starts[last] + len(doc.lines[last]))
                for first, last in _paragraphs(self)]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p[2] for p in self.paragraphs]

    def by_paragraph(self, pattern: re.Pattern[str]
                     ) -> Iterator[tuple[tuple[int, int, int, int], list[re.Match[str]]]]:
        """(paragraph, its matches) for each of the :attr:`paragraphs` with a match of ``pattern``.

        One scan of the text; ``pattern`` must match one character that is not a space or a
        line break (every other character lies in a paragraph).
        """
        paragraphs = self.paragraphs
        paragraph = (-1, -1, -1, -1)  # none yet: the first match looks its paragraph up
        group: list[re.Match[str]] = []
        for m in pattern.finditer(self.document.text):
            if m.start() >= paragraph[3]:
                if group:
                    yield paragraph, group
                    group = []
                paragraph = paragraphs[bisect.bisect_right(self._paragraph_starts, m.start()) - 1]
            group.append(m)
        if group:
            yield paragraph, group


def _finditer_in_lines(pattern: re.Pattern[str], anchor: re.Pattern[str],
                       text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, run only over the lines that contain a match of ``anchor``.

    Exact for a pattern every match of which contains an ``anchor`` match, and whose matches and
    lookarounds never take in a line break.  Worth it for a pattern that starts with a lookbehind
    or with alternatives that do not all start with a literal: re then tries it at every
    character, while an ``anchor`` starting with a class or a literal is scanned for in C.
    """
    pos = 0
    while (hit := anchor.search(text, pos)) is not None:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        yield from pattern.finditer(text, start, end)
        pos = end + 1


def _lines_with(document: Document, pattern: re.Pattern[str]) -> Iterator[int]:
    """Indices of the lines of ``document`` that contain a match of the one-character ``pattern``."""
    text = document.text
    starts = document.line_starts
    pos = 0
    while (hit := pattern.search(text, pos)) is not None:
        idx = bisect.bisect_right(starts, hit.start()) - 1
        yield idx
        if idx + 1 >= len(starts):
            return
        pos = starts[idx + 1]


#: the year of a document number in brackets other than 〔〕 (平府办发[2024]3号): the bracketed year,
#: right before the serial number and 号 (court case numbers, （2023）黔0102行初12号, go on with the
#: court's code); what precedes it is tested in Python
_DOC_NUMBER_YEAR = recache.compile(r"(?:[\[［]((?:19|20)\d{2})[\]］]|【((?:19|20)\d{2})】|[(（]((?:19|20)\d{2})[)）]"
                                   r"|﹝((?:19|20)\d{2})﹞|〖((?:19|20)\d{2})〗)(?=\d{1,4}号)")
#: the closing brackets of _DOC_NUMBER_YEAR, each five characters after the start of its match
_DOC_NUMBER_CLOSERS = ("]", "］", "】", ")", "）", "﹞", "〗")


def _doc_number_years(document: Document) -> list[re.Match[str]]:
    """The bracketed years of document numbers written without the 六角括号 (see DOC_NUMBER)."""
    text = document.text
    if "号" not in text:
        return []
    closers = occurrences(text, _DOC_NUMBER_CLOSERS) or []
    return [m for m in finditer_at(_DOC_NUMBER_YEAR, text, [p - 5 for p in closers if p >= 6])
            if CJK_RE.match(text, m.start() - 1)]  # right after the organ's code (平府办发)


def _scan(document: Document, context: Any) -> _Scan:
    skip = list(artifact_spans(document, context))
    for m in _finditer_in_lines(_PROTECTED, _PROTECTED_ANCHOR, document.text):
        skip.append((m.start(), m.end()))
    doc_numbers: list[re.Match[str]] = []
    if context.enabled(DOC_NUMBER.id):
        doc_numbers = _doc_number_years(document)
        # punctuation/document-number fixes their brackets: the half-width and pairing rules leave them
        skip.extend(m.span() for m in doc_numbers)
    markers = {h.line: (h.start, h.marker_end) for h in document.headings}
    words: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    if "、" in document.text and context.enabled(DUN_CONJ.id):
        words = load_words("punctuation", context.options("punctuation"), "not_conjunctions",
                           resolve=context.config.resolve)
        places = load_words("punctuation", context.options("punctuation"), "place_suffixes",
                            resolve=context.config.resolve)
    # the heading lines: markers has one per heading
    return _Scan(document, skip, markers, set(markers), words, places, doc_numbers)


def _neighbour(line: str, i: int, step: int) -> str:
    """The nearest character before (``step`` -1) or after (1) offset ``i`` that is not a space."""
    j = i + step
    while 0 <= j < len(line) and line[j] in _SPACES:
        j += step
    return line[j] if 0 <= j < len(line) else ""


def _next_word_char(line: str, i: int) -> str:
    """``_neighbour(line, i, 1)``, without the call when no space follows (nearly always)."""
    after = line[i + 1] if i + 1 < len(line) else ""
    return _neighbour(line, i, 1) if after in _SPACE_SET else after


# -- half-width punctuation ---------------------------------------------------------------------

def _flagged_after_other(line: str, i: int, ch: str) -> bool:
    """Whether the mark ``ch`` at ``i``, after something other than Chinese, is used as Chinese punctuation."""
    before = line[i - 1] if i else ""
    # the nearest characters that are not spaces (usually just ``before`` and the next one)
    left = _neighbour(line, i, -1) if before in _SPACE_SET else before
    right = _next_word_char(line, i)
    if ch in ",:" and left.isdigit() and right.isdigit():
        return False
    if ch in ",;" and i + 1 < len(line) and line[i + 1] in _CLAUSE_MARKS:
        return False  # ", ，" is a doubled mark, reported by punctuation/doubled
    if ch in ",;" and not right and (left.isdigit() or left in "%％") and CJK_RE.search(line) is not None:
        return True  # a Chinese clause ending in a figure and a half-width mark: 持证上岗率保持100%;
    return _cjk_like(left) or (ch in ",;:" and _cjk_like(right))


def _halfwidth_marks(scan: _Scan, idx: int) -> dict[int, str]:
    """Half-width marks of line ``idx`` used as Chinese punctuation: offset in line -> full-width form."""
    doc = scan.document
    line = doc.lines[idx]
    base = doc.line_starts[idx]
    flagged: list[int] = []  # in offset order until the brackets' are added
    stack: list[int] = []
    pairs: list[tuple[int, Optional[int]]] = []
    check_skipped = scan.overlaps(base, base + len(line))
    for m in _HALFWIDTH_KIND.finditer(line):
        kind = m.lastindex
        if kind == 2:
            continue  # right after Chinese, next to a clause mark: "，," is punctuation/doubled's
        i = m.start()
        if check_skipped and scan.skipped(base + i):
            continue
        if kind == 1:
            flagged.append(i)  # the usual case, a mark right after Chinese
            continue
        ch = m.group()
        if ch in "(（":
            stack.append(i)
        elif ch in ")）":
            pairs.append((stack.pop() if stack else -1, i))
        elif _flagged_after_other(line, i, ch):
            flagged.append(i)
    pairs.extend((o, None) for o in stack)
    for o, c in pairs:
        opener = line[o] if o >= 0 else ""
        closer = line[c] if c is not None else ""
        if opener != "(" and closer != ")":
            continue  # a full-width pair
        chinese = ((o >= 0 and c is not None and CJK_RE.search(line, o + 1, c) is not None)
                   or (o >= 0 and _cjk_like(_neighbour(line, o, -1)))
                   or (c is not None and _cjk_like(_neighbour(line, c, 1)))
                   or opener == "（" or closer == "）")
        if not chinese:
            continue
        if opener == "(":
            flagged.append(o)
        if closer == ")":
            flagged.append(c)  # type: ignore[arg-type]
    if pairs:
        flagged.sort()
    out = {i: FULLWIDTH[line[i]] for i in flagged}
    if '"' not in line and "'" not in line:
        return out  # in offset order already
    # straight double quotes around Chinese text: "法律明白人" -> “法律明白人”
    quotes = [m.start() for m in _STRAIGHT_QUOTE.finditer(line) if not scan.skipped(base + m.start())]
    for o, c in zip(quotes[::2], quotes[1::2]):
        # (or a day written with the 间隔号 between Chinese words: 以"12·4"国家宪法日为契机)
        if CJK_RE.search(line, o + 1, c) or (_DAY_WITH_INTERPUNCT.fullmatch(line, o + 1, c)
                                             and CJK_RE.match(line, c + 1) is not None):
            out[o], out[c] = "“", "”"
    out.update(_straight_single_quotes(scan, line, base))
    return dict(sorted(out.items()))


#: a day named by its month and day with the 间隔号 (12·4, 3·15)
_DAY_WITH_INTERPUNCT = recache.compile(r"(?:1[0-2]|[1-9])·(?:[12]\d|3[01]|[1-9])")


def _inside_double_quotes(text: str, start: int, at: int, marks: str = "“”") -> bool:
    """True when ``at`` lies inside a pair of ``marks`` (“” by default) opened after ``start`` (a line's start)."""
    return text.count(marks[0], start, at) > text.count(marks[1], start, at)


def _straight_single_quotes(scan: _Scan, line: str, base: int) -> dict[int, str]:
    """Straight single quotes around Chinese text in ``line``: offset -> full-width form.

    '八五' is “八五” (‘八五’ inside a pair of “”, GB/T 15834-2011 §4.6.3.1); an apostrophe
    between Latin letters (People's) pairs with nothing.
    """
    quotes = [m.start() for m in _STRAIGHT_SINGLE.finditer(line)
              if not _between_letters(line, m.start()) and not scan.skipped(base + m.start())]
    out: dict[int, str] = {}
    for o, c in zip(quotes[::2], quotes[1::2]):
        if CJK_RE.search(line, o + 1, c):
            out[o], out[c] = ("‘", "’") if _inside_double_quotes(line, 0, o) else ("“", "”")
    return out


def _between_letters(line: str, i: int) -> bool:
    """True for an apostrophe: a Latin letter on either side of offset ``i`` (People's, 'ninety)."""
    return any(0 <= j < len(line) and line[j].isascii() and line[j].isalpha() for j in (i - 1, i + 1))


def _clusters(line: str, marks: list[int], scan: _Scan, base: int) -> list[list[int]]:
    """Split a line's flagged marks into runs that contain no legitimately half-width text.

    A run breaks at a half-width mark that is not flagged (a Latin comma, 1,000) and at protected
    text (URLs, times, numbers), so a finding never covers text that is right as it is.
    ``marks`` are the flagged offsets in increasing order.
    """
    check_skipped = scan.overlaps(base + marks[0], base + marks[-1])
    if not check_skipped and len(_HALFWIDTH_CANDIDATE.findall(line, marks[0], marks[-1] + 1)) == len(marks):
        # the usual line: the only half-width marks from the first flagged one to the last are
        # the flagged ones, so nothing splits them (one findall instead of a search per gap)
        return [marks]
    return _clusters_by_gap(line, marks, scan, base, check_skipped)


def _clusters_by_gap(line: str, marks: list[int], scan: _Scan, base: int, check_skipped: bool = True
                     ) -> list[list[int]]:
    """:func:`_clusters`, looking at the text between each two consecutive marks."""
    runs = [[marks[0]]]
    for a, b in itertools.pairwise(marks):
        # nothing between two consecutive marks is flagged: any half-width mark there is legitimate
        if (_HALFWIDTH_CANDIDATE.search(line, a + 1, b)
                or check_skipped and scan.overlaps(base + a + 1, base + b)):
            runs.append([])
        runs[-1].append(b)
    return runs


def _halfwidth_findings(scan: _Scan) -> Iterator[Finding]:
    doc = scan.document
    if not any(c in doc.text for c in _HALFWIDTH_CHARS):
        return  # a report typed in Chinese throughout: "in" is quicker than re's search for the class
    for idx in _lines_with(doc, _HALFWIDTH_CANDIDATE):
        line = doc.lines[idx]
        marks = _halfwidth_marks(scan, idx)
        if not marks:
            continue
        base = doc.line_starts[idx]
        marker, marker_end = "", -1
        if idx in scan.markers:
            ms, me = scan.markers[idx]
            in_marker = [i for i in marks if ms <= base + i < me]
            if len(in_marker) == len(marks):
                continue  # only the heading marker: heading/bracket-width reports it
            if in_marker:
                marker, marker_end = doc.text[ms:me], me - base
        runs = _clusters(line, list(marks), scan, base)
        for run in runs:
            yield _halfwidth_finding(line, base, marks if len(runs) == 1 else {i: marks[i] for i in run},
                                     marker if run[0] < marker_end else "")


def _is_tight(line: str, i: int) -> bool:
    """True for a mark followed by Chinese: its full-width form takes no space after it."""
    return line[i] in ",;:!?" and _cjk_like(_next_word_char(line, i))


def _run_made_fullwidth(line: str, marks: dict[int, str]) -> tuple[int, str]:
    """(end, fixed) of a run of flagged marks: where its span ends and the span made full-width.

    The span runs from the first mark to the last one, and over the spaces after the last one
    when it is :func:`_is_tight` (they go with the fix).
    """
    first, last = next(iter(marks)), next(reversed(marks))  # marks are in offset order
    end = last + 1
    if _is_tight(line, last):
        while end < len(line) and line[end] in _SPACES:
            end += 1
    span = line[first:last + 1]
    if _SPACE_OR_QUOTE.search(span) is not None:
        return end, _fixed_mark_by_mark(line, marks, end)
    # the usual run (a converted paragraph): no space to drop and no straight quote to pair, and
    # every half-width mark between the first and the last is flagged (see _clusters), so the fix
    # is the span with each kind of mark replaced (str.translate would look every character up)
    for c, full in FULLWIDTH.items():
        span = span.replace(c, full)
    return end, span


def _fixed_mark_by_mark(line: str, marks: dict[int, str], end: int) -> str:
    """``line[first mark:end]`` with every mark made full-width and the spaces after tight marks dropped."""
    fixed = []
    pos = min(marks)
    for i in sorted(marks):
        fixed.append(line[pos:i])
        fixed.append(marks[i])
        pos = i + 1
        if _is_tight(line, i):
            while pos < end and line[pos] in _SPACES:
                pos += 1
    fixed.append(line[pos:end])
    return "".join(fixed)


def _halfwidth_finding(line: str, base: int, marks: dict[int, str], marker: str) -> Finding:
    """One finding for a run of half-width marks (in offset order): their count and the run made full-width."""
    first = next(iter(marks))
    end, fixed = _run_made_fullwidth(line, marks)
    if len(marks) == 1:
        c = line[first]
        message = msg(f"中文文本中使用了半角标点“{c}”，应为全角“{marks[first]}”",
                      f"half-width '{c}' in Chinese text; use the full-width '{marks[first]}'")
    else:
        chars = [line[i] for i in marks]
        counts = {c: chars.count(c) for c in dict.fromkeys(chars)}  # in the order the marks first occur
        # each mark's full-width forms in the order they first occur: one form, or “ and ” for "
        wanted = {c: FULLWIDTH.get(c) or "".join(dict.fromkeys(full for i, full in marks.items() if line[i] == c))
                  for c in counts}
        listing = "、".join(f"“{c}”×{n}" for c, n in counts.items())
        forms = " ".join(wanted.values())
        note = f"（含标题序号“{marker}”）" if marker else ""
        message = msg(f"此处有 {len(marks)} 个半角标点用在中文里{note}：{listing}，应分别改为全角 {forms}",
                      f"{len(marks)} half-width punctuation marks in Chinese text here "
                      f"({', '.join(f'{c} x{n}' for c, n in counts.items())}); use the full-width forms {forms}")
    return HALFWIDTH.finding(message, base + first, base + end, fixed)


# -- paired marks -------------------------------------------------------------------------------

def _paragraphs(scan: _Scan) -> list[tuple[int, int]]:
    """(first line, last line) of each paragraph; a line ending mid-sentence continues on the next."""
    doc = scan.document
    lines = doc.lines
    headings = scan.heading_lines
    out = []
    i = 0
    while i < len(lines):
        if not lines[i].strip(_SPACES):
            i += 1
            continue
        j = i
        while j + 1 < len(lines):
            if j in headings or j + 1 in headings:  # a heading is a paragraph of its own
                break
            cur = lines[j].rstrip(_SPACES)
            # the line's last character first: most lines end with 。 and stop here
            if not cur or not _CONTINUES.match(cur, len(cur) - 1) or not lines[j + 1].strip(_SPACES):
                break
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def _enumerator_at(text: str, pos: int, start: int) -> bool:
    """True when the closing bracket at ``pos`` ends a list enumerator (1） a) 三）).

    The label (1-2 digits, a letter or 1-3 Chinese numerals) begins the paragraph starting at
    ``start`` or follows a space or a clause mark.  Labels cannot overlap, so testing the few
    closing brackets there are gives what a scan of the paragraph for enumerators would.
    """
    if pos == start or not _ENUM_LABEL_END.match(text, pos - 1):
        return False
    for label_start in range(pos - 1, max(start, pos - 3) - 1, -1):
        if (_ENUM_LABEL.fullmatch(text, label_start, pos)
                and (label_start == start or _ENUM_BEFORE.match(text, label_start - 1))):
            return True
    return False


def _unpaired_marks(scan: _Scan, paragraph: tuple[int, int, int, int],
                    brackets: list[re.Match[str]]) -> list[tuple[int, str]]:
    """(offset, "open" or "close") of each unpaired mark of a paragraph, in text order."""
    text = scan.document.text
    first, last, start, end = paragraph
    check_skipped = scan.overlaps(start, end)
    # the offsets of the paragraph's heading markers (a few characters each): one set test per mark
    in_markers = {pos for k in range(first, last + 1) if k in scan.markers for pos in range(*scan.markers[k])}
    stack: list[tuple[str, int]] = []
    bad: list[tuple[int, str]] = []
    for m in brackets:
        pos = m.start()
        if pos in in_markers or check_skipped and scan.skipped(pos):
            continue
        ch = m.group()
        if ch in _OPENING or ch == "(":
            stack.append(("（" if ch == "(" else ch, pos))
            continue
        if ch in ")）" and _enumerator_at(text, pos, start):
            continue
        if ch == "’" and pos > start and text[pos - 1].isascii() and text[pos - 1].isalpha():
            continue  # an apostrophe (People’s)
        opener = _OPENER_OF[ch]
        if stack and stack[-1][0] == opener:
            stack.pop()
        elif any(o == opener for o, _ in stack):
            while stack[-1][0] != opener:
                o, p = stack.pop()
                bad.append((p, "open"))
            stack.pop()
        else:
            bad.append((pos, "close"))
    bad.extend((p, "open") for _, p in stack)
    return sorted(bad)


#: the marks punctuation/unpaired pairs, and line breaks
_BRACKETS_OR_BREAK = recache.compile("[" + re.escape(_OPENING + _CLOSING + "()") + "\n]")
#: an opening mark and its closing mark side by side (half-width brackets made full-width first:
#: they pair with full-width ones)
_ADJACENT_PAIRS = tuple(o + c for o, c in _PAIRS.items())
#: a closing bracket that may end a list enumerator (see _enumerator_at); the test of what precedes
#: it follows the bracket, so that it is tried at the brackets alone
_LABEL_CLOSER = recache.compile(r"[)）](?<=[\da-zA-Z一二三四五六七八九十][)）])")
#: a ’ that may be an apostrophe (People’s)
_APOSTROPHE = recache.compile("[A-Za-z]’")


def _pairs_within_lines(text: str) -> bool:
    """True when every mark of ``text`` that punctuation/unpaired pairs closes in its own line,
    properly nested (taking away side-by-side pairs, inner ones first, leaves no mark)."""
    marks = "".join(_BRACKETS_OR_BREAK.findall(text)).replace("(", "（").replace(")", "）")
    while True:
        # the pairs taken away in any order leave the same marks (no closing mark opens a pair)
        length = len(marks)
        for pair in _ADJACENT_PAIRS:
            marks = marks.replace(pair, "")
        if len(marks) == length:
            return marks.count("\n") == length  # only line breaks are left


def _all_paired(scan: _Scan) -> bool:
    """True when :func:`_unpaired_marks` finds nothing in any paragraph (most reports): no scan by paragraph needed.

    Every mark pairs in its own line, so in its paragraph; the marks that scan leaves out
    (those of heading markers and skipped text) pair among themselves in each span left out,
    so the others still pair; no closing bracket can end a list enumerator and no ’ is an
    apostrophe.  Otherwise (False) the paragraphs are scanned.
    """
    text = scan.document.text
    if "’" in text and _APOSTROPHE.search(text):
        return False
    line_starts = scan.document.line_starts
    marker_ends = {end - 1 for _, end in scan.markers.values()}  # the ） of （一）, inside its marker
    for pos in occurrences(text, (")", "）")):  # str.find beats re's class scan
        if pos in marker_ends or not _LABEL_CLOSER.match(text, pos):
            continue
        marker = scan.markers.get(bisect.bisect_right(line_starts, pos) - 1)
        if not (marker and marker[0] <= pos < marker[1] or scan.skipped(pos)):
            return False  # 1） outside a heading marker: perhaps an enumerator
    return (_pairs_within_lines(text) and all(_marker_pairs(text[s:e]) for s, e in scan.markers.values())
            and (not scan.skip or _pairs_within_lines("\n".join(text[s:e] for s, e in scan.skip))))


@lru_cache(maxsize=1024)  # a few dozen markers are written in every report: （一） 1. 第一
def _marker_pairs(marker: str) -> bool:
    """:func:`_pairs_within_lines` of a heading marker."""
    return _pairs_within_lines(marker)


def _quotation_goes_on(scan: _Scan, paragraph: tuple[int, int, int, int]) -> bool:
    """True when the paragraph after ``paragraph`` opens with “: a quotation of several paragraphs.

    GB/T 15834-2011 §4.6 (引号): a quotation of more than one paragraph opens each paragraph with
    “ and closes only the last one with ”, so the “ left open in every paragraph but the last is right.
    """
    text = scan.document.text
    k = bisect.bisect_right(scan._paragraph_starts, paragraph[2])  # the index of the next paragraph
    if k >= len(scan.paragraphs):
        return False
    start, end = scan.paragraphs[k][2], scan.paragraphs[k][3]
    while start < end and text[start] in _SPACE_SET:
        start += 1
    return text.startswith("“", start)


def _unpaired_findings(scan: _Scan) -> Iterator[Finding]:
    text = scan.document.text
    if '"' in text:
        yield from _lone_straight_quote_findings(scan)
    if _all_paired(scan):
        return
    for paragraph, brackets in scan.by_paragraph(_BRACKETS):
        marks = _unpaired_marks(scan, paragraph, brackets)
        if [(text[pos], kind) for pos, kind in marks] == [("“", "open")] and _quotation_goes_on(scan, paragraph):
            continue  # one paragraph of a quotation that goes on in the next one
        for k, (pos, kind) in enumerate(marks):
            ch = text[pos]
            if kind == "open":
                want = _PAIRS.get(ch, "）")
                # the span runs to the end of the clause, where the missing mark was due, or to the next
                # unpaired mark
                end = _clause_end(text, pos + 1)
                if k + 1 < len(marks):
                    end = min(end, marks[k + 1][0])
                yield UNPAIRED.finding(
                    msg(f"“{ch}”在本段中没有对应的“{want}”，请补全或删除",
                        f"'{ch}' has no matching '{want}' in this paragraph"), pos, max(end, pos + 1))
            else:
                want = _OPENER_OF[ch]
                yield UNPAIRED.finding(
                    msg(f"“{ch}”在本段中没有对应的“{want}”，请补全或删除",
                        f"'{ch}' has no matching '{want}' before it in this paragraph"), pos, pos + 1)


#: what may stand before a straight quote that opens or closes Chinese text (not a digit: 55"屏幕 is inches)
_QUOTE_NEIGHBOUR = recache.compile(rf"[{CJK}，。；：、！？（《“”]")


def _lone_straight_quote_findings(scan: _Scan) -> Iterator[Finding]:
    """The one straight double quote of a line between Chinese characters (开展"法律进乡村活动): its partner
    is lost, and which of “ or ” it was cannot be told (punctuation/halfwidth fixes the pairs)."""
    doc = scan.document
    text = doc.text
    for index, line in enumerate(doc.lines):
        if line.count('"') != 1 or line.count("“") != line.count("”"):
            continue  # (with a lone “ or ”, the straight quote is its other half: “首违不罚")
        at = line.index('"')
        pos = doc.line_starts[index] + at
        if scan.skipped(pos) or not _QUOTE_NEIGHBOUR.match(line, at + 1) \
                or not (at == 0 or _QUOTE_NEIGHBOUR.match(line, at - 1)):
            continue
        yield UNPAIRED.finding(
            msg("半角引号“\"”在本段中没有另一半，请补全引号并改用全角“”",
                "the straight quote '\"' has no partner in this paragraph: complete the quotation with “”"),
            pos, max(_clause_end(text, pos + 1), pos + 1))


#: where the clause of an unclosed mark ends (its closing mark was due before it)
_CLAUSE_END = recache.compile("[，。；！？,;!?\n]")


def _clause_end(text: str, pos: int, reach: int = 40) -> int:
    """The end of the clause from ``pos`` (its next clause mark or line break), at most ``reach`` characters on."""
    m = _CLAUSE_END.search(text, pos, pos + reach)
    return m.start() if m else min(len(text), pos + reach)


#: opener, closer, the inner pair to use, an opener before the last one is closed
_NESTABLE = (("“", "”", "‘’", recache.compile("“[^”]*“")), ("《", "》", "〈〉", recache.compile("《[^》]*《")))
_NESTABLE_MARKS = recache.compile("[“”《》]")


def _nested_findings(scan: _Scan) -> Iterator[Finding]:
    """An inner pair of “” or 《》 inside the same kind, in paragraphs where that kind balances."""
    text = scan.document.text
    # (two str.find stop at the second opener: str.count would read the whole text)
    kinds = [kind for kind in _NESTABLE if text.find(kind[0], text.find(kind[0]) + 1) > 0]
    # a paragraph nests only with an opener inside an open pair (then the whole text has one too)
    # or with skipped marks: most reports have neither, and are done without a paragraph scan
    if not kinds or (not any(reopened.search(text) for *_, reopened in kinds)
                     and not any(_NESTABLE_MARKS.search(text, s, e) for s, e in scan.skip)):
        return
    yield from _nested_by_paragraph(scan, kinds)


def _nested_by_paragraph(scan: _Scan, kinds: list[tuple[str, str, str, re.Pattern[str]]]) -> Iterator[Finding]:
    """punctuation/nested-marks findings of the ``kinds`` of marks (see _NESTABLE), paragraph by paragraph."""
    text = scan.document.text
    for (_first, _last, start, end), marks in scan.by_paragraph(_NESTABLE_MARKS):
        check_skipped = scan.overlaps(start, end)
        for opener, closer, inner, reopened in kinds:
            n = text.count(opener, start, end)
            if n < 2 or n != text.count(closer, start, end):
                continue
            if not check_skipped and not reopened.search(text, start, end):
                continue  # no opener inside an open pair: nothing is nested
            open_at: list[int] = []
            for m in marks:
                pos = m.start()
                ch = m.group()
                if ch != opener and ch != closer or check_skipped and scan.skipped(pos):
                    continue
                if ch == opener:
                    open_at.append(pos)
                    continue
                if not open_at:
                    break  # a closer before its opener: unbalanced, left to punctuation/unpaired
                p0 = open_at.pop()
                if open_at:  # this pair sits inside another one of the same kind
                    quoted = text[p0:pos + 1]
                    fixed = inner[0] + quoted[1:-1] + inner[1]
                    yield NESTED.finding(
                        msg(f"“{quoted}”套在同一种{'引号' if opener == '“' else '书名号'}里，里面一层应改用“{fixed}”",
                            f"'{quoted}' is nested inside the same kind of mark; the inner pair takes "
                            f"{inner[0]}{inner[1]}"),
                        p0, pos + 1, fixed)


#: the marks of a quotation: double quotes and the single ones
_QUOTE_MARKS = recache.compile("[“”‘’]")


def _outer_single_findings(scan: _Scan) -> Iterator[Finding]:
    """A pair of ‘’ around Chinese text outside every pair of “”, in paragraphs where “” balance."""
    text = scan.document.text
    if "‘" not in text:
        return
    for (_first, _last, start, end), marks in scan.by_paragraph(_QUOTE_MARKS):
        if text.count("“", start, end) != text.count("”", start, end):
            continue
        depth, opened = 0, None
        for m in marks:
            ch, pos = m.group(), m.start()
            if scan.skipped(pos):
                continue
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth = max(0, depth - 1)
            elif depth == 0 and ch == "‘":
                opened = pos
            elif depth == 0 and ch == "’" and opened is not None:
                quoted = text[opened:pos + 1]
                if CJK_RE.search(quoted):
                    fixed = "“" + quoted[1:-1] + "”"
                    yield OUTER_SINGLE.finding(
                        msg(f"{quoted}外面没有双引号，应改为{fixed}（单引号只用于引号内的引号）",
                            f"'{quoted}' is not inside double quotes: write {fixed} (single quotes mark a "
                            "quotation inside a quotation)"),
                        opened, pos + 1, fixed)
                opened = None


#: a pair of corner brackets on one line, with what it quotes (「打击欺诈骗保」, 『枫桥经验』)
_CORNER_PAIR = recache.compile(r"「([^「」\n]{1,40})」|『([^『』\n]{1,40})』")


def _corner_quote_findings(scan: _Scan) -> Iterator[Finding]:
    """Corner brackets used as quotation marks in horizontal text: “” for 「」, ‘’ for 『』 inside them."""
    text = scan.document.text
    if "「" not in text and "『" not in text:
        return
    for m in _CORNER_PAIR.finditer(text):
        if scan.skipped(m.start()):
            continue
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        line = text.rfind("\n", 0, m.start()) + 1
        # inside a pair of “” or 「」 on its line: the inner quotes ‘’
        nested = _inside_double_quotes(text, line, m.start()) or (
            m.group(2) is not None and _inside_double_quotes(text, line, m.start(), "「」"))
        fixed = ("‘" + inner + "’") if nested else ("“" + inner + "”")
        yield CORNER_QUOTES.finding(
            msg(f"{m.group()}用了直排的直角引号，横排文本应写作{fixed}",
                f"{m.group()} uses the corner brackets of vertical text; write {fixed}"),
            m.start(), m.end(), fixed)


# -- doubled marks, 顿号 misuse, full stops, exclamation, day names -----------------------------------

#: (the lookahead, implied by what follows it, makes the usual mark that is not doubled fail fast:
#: a repeated group costs re far more to enter than a repeated character)
#: (？ and ！ take part, but a run of them alone is left: GB/T 15834 §4.2.3.3, §4.3.3.2 allow ？？ ！！ ？！)
_DOUBLED = recache.compile(r"[，。；：、,;？！](?=[ \t\u3000]*[，。；：、,;？！])(?:[ \t\u3000]*[，。；：、,;？！])+")
_QUESTION_OR_EXCLAMATION = frozenset("？！")
_DUN_CONJ = recache.compile(r"、[ \t\u3000]*(以及|或者|等等|和|及|与|或|等)")
#: a 顿号 between fully quoted items (the closing mark before it is tested after the 顿号, so that re
#: skips through the text to each 、 instead of testing a class of characters at each character)
#: (a title may hold quotes of its own: 《……“十四五”……方案》)
#: (a title after it is a whole item whatever follows: 《安全生产法》、《建设工程质量管理条例》专题培训)
_QUOTED_DUN = recache.compile(r"、(?<=[”》]、)(?=“[^”》“《\n]{1,40}”(?:[、等和及与或，。；]|以及)|(?<=》、)《[^》《\n]{1,50}》)")
#: a full stop between Chinese, or ending a line after Chinese or a percentage (达到100%.; group 1:
#: the sentence ends there);
#: the test of what precedes it follows the stop so that re can look for stops in C instead of
#: trying the lookbehind at every character
_PERIOD = recache.compile(f"[.．](?<=[{CJK}”》」』）%％][.．])(?:(?=[{CJK}“《「『（])|(?=[ \\t\u3000]*(?:\n|$))())")
#: 一. at the start of a line: a heading marker (the text before the stop)
_NUMERAL_MARKER = recache.compile(r"^[\s\u3000]*[一二三四五六七八九十]{1,3}$")
#: the rest of the clause (after a stop, a quoted “3.15”)
_CLAUSE_REST = recache.compile(r"[^，。；：！？\n]*")
_DAY_AFTER = recache.compile(r"[^，。；！？\n]{0,30}")
_DAY_QUOTED = recache.compile(r"“(1[0-2]|0?[1-9])[.．•・‧･](3[01]|[12]\d|0?[1-9])”")
_DAY_BARE = recache.compile(r"(?<![\d.．“A-Za-z第])(1[0-2]|[1-9])[.．•・‧](3[01]|[12]\d|[1-9])(?![\d.．%％”])"
                       f"(?=[{CJK}]{{1,12}}?(?:日|节|宣传周|活动周|晚会)|晚会)")
#: what every _DAY_BARE match has one or two characters after its start (see _interpunct_findings)
_DAY_DOTS = (".", "．", "•", "・", "‧")
#: what follows a quoted “3.15” that names a day or event (not “1.5”亿元 or “2.0”版)
_DAY_CONTEXT = recache.compile("日|节|宣传|活动|主题|纪念|事件|晚会|行动|期间|当天|前后")
#: a measure word right after “12.4” makes it a decimal (12.4平方公里, 5.1公里), not a month and day
_UNIT_AFTER = recache.compile("[万亿千百元个次件人名%％倍年月]|平方|立方|公里|千米|厘米|毫米|米|公顷|亩|吨|千克|公斤|克|斤|升"
                         "|度|秒|分钟|小时|天|周|户|家|项|条|台|辆|座|所|套|间|栋|幢|层|处|张|册|本|份|场|期|批|类|只"
                         "|头|株|棵|版|级|分|GB|MB|G|M|K")


def _doubled_findings(scan: _Scan) -> Iterator[Finding]:
    for m in _DOUBLED.finditer(scan.document.text):
        if scan.skipped(m.start()) or scan.skipped(m.end() - 1):
            continue
        run = m.group()
        marks = [c for c in run if c not in _SPACES]
        if _QUESTION_OR_EXCLAMATION.issuperset(marks):
            continue  # ？？ ！！ ？！: doubled on purpose (GB/T 15834-2011 §4.2.3.3, §4.3.3.2)
        same = len(set(marks)) == 1
        if same and marks[0] == "。" and len(marks) >= 3:
            continue  # a fake ellipsis: punctuation/ellipsis
        yield DOUBLED.finding(
            msg(f"标点“{run}”重复连用，应只保留一个" + ("" if same else "（按语气选用其一）"),
                f"doubled punctuation '{run}'; keep one mark"),
            m.start(), m.end(), marks[0] if same else None)


def _place_name_at(scan: _Scan, dun: int, conj: int) -> bool:
    """True for a place name after a place name (白沙乡、和兴村): the 和/与/及 at ``conj`` begins a name.

    The name is one or two more characters and a place suffix; the item before the 顿号 at ``dun``
    ends with a place suffix too.
    """
    text = scan.document.text
    suffixes = scan.place_suffixes
    if not suffixes or not text.endswith(suffixes, 0, dun) or text.startswith(suffixes, conj + 1):
        return False  # (各村、和社区: the conjunction before a place word, not a name)
    return any(text.startswith(suffixes, conj + 1 + n) and CJK_RE.match(text, conj + n) is not None
               for n in (1, 2))


#: what the segmenter may join to the conjunction 及 (网格员、及村法律顾问 cut 及村, 进学校、及进家庭 cut 及进): the
#: conjunction all the same
_JOINED_AFTER_JI = "村镇乡县区市省社各其进"


def _cut_after(doc: Document, tok: Any, conj: str) -> bool:
    """True when the segmenter cuts the conjunction ``conj`` off a word of two characters or more after it
    (和|合格): then 和合 is no word there.  和|美|乡村 and 和|合|文化 keep the word (a character left alone)."""
    if tok is None or tok.text != conj:
        return False
    after = doc.token_at(tok.end)
    return after is not None and after.start == tok.end and len(after.text) >= 2


def _dun_conj_findings(scan: _Scan) -> Iterator[Finding]:
    doc = scan.document
    for m in _DUN_CONJ.finditer(doc.text):
        conj = m.group(1)
        cstart = m.start(1)
        if scan.skipped(m.start()):
            continue
        tok = doc.token_at(cstart)
        if doc.text.startswith(scan.not_conjunctions, cstart) and not _cut_after(doc, tok, conj):
            continue  # 和美乡村, 和合文化 (not 、和合格案卷, which the segmenter cuts 和|合格)
        if tok is None or tok.start != cstart or tok.text not in (conj, "等等", "以及", "或者") and not (
                conj == "及" and len(tok.text) == 2 and tok.text[1] in _JOINED_AFTER_JI):
            continue  # 和谐, 及时, 与会, 等级: a word, not the conjunction (但 及村, 及其: the segmenter joined it)
        if len(conj) == 1 and _place_name_at(scan, m.start(), cstart):
            continue  # 白沙乡、和兴村: the name of a village
        word = tok.text if tok.text in (conj, "等等", "以及", "或者") else conj
        yield DUN_CONJ.finding(
            msg(f"顿号后紧跟“{word}”：“、{word}”中的顿号多余，应删去",
                f"'、' directly before '{word}': the conjunction already joins the last item; drop the 、"),
            m.start(), tok.end, tok.text)


def _quoted_dun_findings(scan: _Scan) -> Iterator[Finding]:
    for m in _QUOTED_DUN.finditer(scan.document.text):
        pos = m.start()
        if scan.skipped(pos):
            continue
        yield QUOTED_DUN.finding(
            msg("并列的引号或书名号之间通常不用顿号（GB/T 15834 §4.5.3.5），可删去此处“、”",
                "between fully quoted or 书名号 items the 、 is normally omitted; it can be dropped"),
            pos, pos + 1, "")


def _period_findings(scan: _Scan) -> Iterator[Finding]:
    doc = scan.document
    # the stops are few: str.find reaches them sooner than re's scan for a class of characters
    for m in finditer_at(_PERIOD, doc.text, occurrences(doc.text, (".", "．"))):
        pos = m.start()
        if scan.skipped(pos):
            continue
        prev = doc.text[pos - 1]
        nxt = doc.text[pos + 1] if pos + 1 < len(doc.text) else ""
        ln, col = doc.position(pos)
        line = doc.lines[ln - 1]
        if col <= 4 and _NUMERAL_MARKER.match(line[:col - 1]):
            continue  # 一. heading marker: heading/marker-format
        # a list: quoted items on either side, or the enumeration closes with 等 in this clause
        if m.group(1) is not None:  # the sentence ends with the line
            yield LIST_PERIOD.finding(
                msg("中文句子末尾用了英文句点“.”，应改为句号“。”",
                    "a Chinese sentence ends with a Latin full stop; use 。"), pos, pos + 1, "。")
            continue
        clause = _CLAUSE_REST.match(doc.text, pos + 1, pos + 40).group()
        is_list = (prev in "”》」』" and nxt in "“《「『") or "等" in clause
        yield LIST_PERIOD.finding(
            msg("中文词语之间用了英文句点“.”：并列项之间应用顿号“、”，句末应用句号“。”",
                "a Latin full stop between Chinese words: use 、 between items, 。 at a sentence end"),
            pos, pos + 1, "、" if is_list else None)


_EXCLAMATION = recache.compile("！")
_QUOTES_OR_EXCLAMATION = recache.compile("[“”！]")


def _exclamation_findings(scan: _Scan) -> Iterator[Finding]:
    doc = scan.document
    for idx in _lines_with(doc, _EXCLAMATION):
        base = doc.line_starts[idx]
        depth = 0  # of “ quotes open before the mark, in this line
        for m in _QUOTES_OR_EXCLAMATION.finditer(doc.lines[idx]):
            ch = m.group()
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth = max(depth - 1, 0)
            elif not depth and not scan.skipped(base + m.start()):
                yield EXCLAMATION.finding(
                    msg("报告属陈述性公文，不宜使用感叹号“！”，句末宜用句号“。”",
                        "an annual report is expository; end the sentence with 。 instead of ！"),
                    base + m.start(), base + m.end(), "。")


#: an enumerator opening an item (一是, 二是 … after the start of a clause), with the colon after it if any
_ENUMERATOR = recache.compile(r"(?:^|(?<=[。；;，,：:\n \t\u3000]))[一二三四五六七八九十]是(?P<colon>[：:])?")


def _enumerator_colon_findings(scan: _Scan) -> Iterator[Finding]:
    """二是： in a paragraph where other enumerators (一是, 三是) take no colon."""
    doc = scan.document
    if "是：" not in doc.text and "是:" not in doc.text:
        return  # no enumerator with a colon: nothing to compare (most reports)
    # the enumerators of a paragraph, and of paragraphs each opening with one (一是…\n二是…), by list
    lists: list[list[tuple[int, "re.Match[str]"]]] = []
    last_opening = -2
    for idx in _lines_with(doc, _ENUMERATOR):
        line = doc.lines[idx]
        found = [(doc.line_starts[idx], m) for m in _ENUMERATOR.finditer(line)]
        opens = bool(found) and not line[:found[0][1].start()].strip(" \t\u3000")
        if opens and last_opening == idx - 1 and lists:
            lists[-1].extend(found)
        else:
            lists.append(found)
        last_opening = idx if opens else -2
    for found in lists:
        with_colon = [(base, m) for base, m in found if m.group("colon")]
        if not with_colon or len(with_colon) == len(found):
            continue  # none, or every one: a style of its own
        for base, m in with_colon:
            if not scan.skipped(base + m.start("colon")):
                yield ENUMERATOR_COLON.finding(
                    msg(f"“{m.group()[:2]}”后不加冒号（同一组其他“×是”后没有冒号），应删去“{m.group('colon')}”",
                        f"no colon after '{m.group()[:2]}' (the other enumerators of its list take none): delete it"),
                    base + m.start("colon"), base + m.end("colon"), "")


def _interpunct_findings(scan: _Scan) -> Iterator[Finding]:
    text = scan.document.text
    seen: set[int] = set()
    for m in _DAY_QUOTED.finditer(text):
        after = _DAY_AFTER.match(text, m.end()).group()
        if scan.skipped(m.start()) or _UNIT_AFTER.match(after) or not _DAY_CONTEXT.search(after):
            continue
        seen.add(m.start(1))
        fixed = f"“{int(m.group(1))}·{int(m.group(2))}”"
        yield INTERPUNCT.finding(
            msg(f"“{m.group()[1:-1]}”表示月日，应使用间隔号写作{fixed}",
                f"month and day in a day name take the interpunct: {fixed}"),
            m.start(), m.end(), fixed)
    # _DAY_BARE starts with a lookbehind: re would try it at every character; the dots are few
    for m in finditer_around(_DAY_BARE, text, occurrences(text, _DAY_DOTS), 2):
        if m.start() in seen or scan.skipped(m.start()) or _UNIT_AFTER.match(text, m.end()):
            continue
        fixed = f"“{m.group(1)}·{m.group(2)}”"
        yield INTERPUNCT.finding(
            msg(f"“{m.group()}”表示月日，应加引号并使用间隔号写作{fixed}",
                f"a day name written '{m.group()}': quote it and use the interpunct: {fixed}"),
            m.start(), m.end(), fixed)


_ELLIPSIS = recache.compile(r"(?<!…)…(?!…)|\.{3,}|。{3,}|．{3,}|(?:·){3,}")
_RANGE_YEARS = recache.compile(r"(?<![\d\-./－])((?:19|20)\d{2})(年)?[ ]*[-－–][ ]*((?:19|20)\d{2})(?=年|学年|[ ]*[）)])", search=True)
_RANGE_MONTHS = recache.compile(r"(?<![\d\-./－])(1[0-2]|[1-9])(月)?[ ]*[-－–][ ]*(1[0-2]|[1-9])(?=月)", search=True)
#: two times of day joined by a hyphen (9:00-17:30); group 1 is the hyphen with its spaces
_RANGE_TIMES = recache.compile(r"(?<![\d:：.\-])(?:[01]?\d|2[0-4])[:：][0-5]\d([ ]*[-－–][ ]*)(?:[01]?\d|2[0-4])[:：][0-5]\d"
                               r"(?![\d:：.\-])")
#: what every _RANGE_YEARS, _RANGE_MONTHS and _RANGE_TIMES match contains (see _finditer_in_lines)
_DASH = recache.compile("[-－–]")
#: the units a range of values is counted in (3-5个工作日, 10~15人, 5%-10%); not 号 栋 级 (codes and
#: house numbers take the hyphen), nor 年 月 日 (periods of time, above)
_VALUE_UNITS = ("个", "人", "次", "天", "小时", "分钟", "周", "件", "起", "家", "户", "名", "场", "期", "所",
                "条", "项", "份", "万", "千", "亿", "元", "倍", "岁", "米", "公里", "千米", "亩", "吨",
                "公斤", "%", "％", "学时", "课时", "批")
#: two values joined by a hyphen, en dash or half-width tilde before a unit; group 2 is the joiner with
#: its spaces
_RANGE_VALUES = recache.compile(
    r"(?<![\d\-./:：－–~A-Za-z#])(\d+(?:\.\d+)?[%％]?)([ ]*[-－–~][ ]*)(\d+(?:\.\d+)?)"
    rf"(?=(?:{'|'.join(map(re.escape, _VALUE_UNITS))}))", search=True)
#: what every _RANGE_VALUES match contains (see _finditer_in_lines)
_VALUE_JOINER = recache.compile("[-－–~]")


_DENG_WORDS = "级待候于同次额比号效第量高距价外值"
_ELLIPSIS_DENG = recache.compile(rf"(?:……|…|\.{{3,}}|。{{3,}})[ \t\u3000]*等(?:等|(?![{_DENG_WORDS}]))"
                            r"|(?<=[\u4e00-\u9fff”》）])等等?[ \t\u3000]*(?:……|…|\.{3,}|。{3,})")
#: what every _ELLIPSIS and _ELLIPSIS_DENG match contains (see _finditer_in_lines)
_ELLIPSIS_MARKS = ("…", "...", "。。。", "．．．", "···")
_ELLIPSIS_ANCHOR = recache.compile("|".join(re.escape(mark) for mark in _ELLIPSIS_MARKS))


def _ellipsis_findings(scan: _Scan) -> Iterator[Finding]:
    text = scan.document.text
    if not may_match(text, _ELLIPSIS_MARKS):
        return  # most reports have none: "in" is quicker than even the anchor scans below
    with_deng: list[tuple[int, int]] = []
    for m in _finditer_in_lines(_ELLIPSIS_DENG, _ELLIPSIS_ANCHOR, text):
        if scan.skipped(m.start()):
            continue
        with_deng.append(m.span())
        yield ELLIPSIS.finding(
            msg(f"“{m.group()}”中省略号与“等”重复，二者只用其一（删去省略号或“等”）",
                f"'{m.group()}': an ellipsis and 等 say the same thing; keep one of them"),
            m.start(), m.end(), "等等" if "等等" in m.group() else "等")
    for m in _finditer_in_lines(_ELLIPSIS, _ELLIPSIS_ANCHOR, text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if scan.skipped(m.start()) or not (_cjk_like(before) or _cjk_like(after)):
            continue
        if any(s <= m.start() < e for s, e in with_deng):
            continue  # reported above with 等: the ellipsis goes anyway
        yield ELLIPSIS.finding(
            msg(f"省略号应写作“……”（两个字符宽），此处写作“{m.group()}”",
                f"write the Chinese ellipsis as …… (two characters), not '{m.group()}'"),
            m.start(), m.end(), "……")


def _range_findings(scan: _Scan) -> Iterator[Finding]:
    text = scan.document.text
    yield from _markless_range_findings(scan, text)
    if not any(dash in text for dash in "-－–~"):
        return  # most reports have none: "in" is quicker than even the anchor scans below
    yield from _value_range_findings(scan, text)
    for m in _finditer_in_lines(_RANGE_YEARS, _DASH, text):
        if scan.skipped(m.start()) or int(m.group(3)) <= int(m.group(1)):
            continue
        fixed = f"{m.group(1)}{m.group(2) or ''}—{m.group(3)}"
        yield RANGE_DASH.finding(
            msg(f"年份起止“{m.group()}”应使用一字线：“{fixed}”",
                f"join the years of a period with the 一字线: '{fixed}'"), m.start(), m.end(), fixed)
    for m in _finditer_in_lines(_RANGE_MONTHS, _DASH, text):
        if scan.skipped(m.start()) or int(m.group(3)) <= int(m.group(1)):
            continue
        fixed = f"{m.group(1)}{m.group(2) or ''}—{m.group(3)}"
        yield RANGE_DASH.finding(
            msg(f"月份起止“{m.group()}月”应使用一字线：“{fixed}月”",
                f"join the months of a period with the 一字线: '{fixed}月'"), m.start(), m.end(), fixed)
    for m in _finditer_in_lines(_RANGE_TIMES, _DASH, text):
        # the times themselves are protected text (see _PROTECTED): only the hyphen must not be
        if scan.skipped(m.start(1)) or scan.skipped(m.end(1) - 1):
            continue
        fixed = text[m.start():m.start(1)] + "—" + text[m.end(1):m.end()]
        yield RANGE_DASH.finding(
            msg(f"时刻起止“{m.group()}”应使用一字线：“{fixed}”",
                f"join the times of day of a period with the 一字线: '{fixed}'"), m.start(), m.end(), fixed)


def _value_range_findings(scan: _Scan, text: str) -> Iterator[Finding]:
    """Ranges of values before a unit joined by a hyphen or a half-width tilde (3-5个工作日); the
    first value takes the % or 万/亿 of the second (5-8% → 5%～8%)."""
    for m in _finditer_in_lines(_RANGE_VALUES, _VALUE_JOINER, text):
        if scan.skipped(m.start(2)) or float(m.group(3)) <= float(m.group(1).rstrip("%％")):
            continue
        mark = _range_mark(text, m.group(1), m.end())
        fixed = f"{m.group(1)}{mark}～{m.group(3)}"
        yield RANGE_DASH.finding(
            msg(f"数值范围“{m.group()}”应使用浪纹线：“{fixed}”" + (f"（前一数值的“{mark}”不能省略）" if mark else ""),
                f"join the values of a range with the 浪纹线: '{fixed}'"), m.start(), m.end(), fixed)


def _markless_range_findings(scan: _Scan, text: str) -> Iterator[Finding]:
    """Ranges joined by ～, 至 or 到 whose first value lacks the % or 万/亿 of the second (5～8%)."""
    if "%" not in text and "％" not in text and "万" not in text and "亿" not in text:
        return
    joiners = [i for i in (occurrences(text, ("～", "至", "到")) or []) if text[i - 1:i].isdigit() or text[i - 1:i] == " "]
    for m in finditer_around(_RANGE_MARKLESS, text, joiners, 12):
        if scan.skipped(m.start()) or float(m.group(3)) <= float(m.group(1)):
            continue
        mark = _range_mark(text, m.group(1), m.end())
        fixed = f"{m.group(1)}{mark}{m.group(2)}{m.group(3)}"
        yield RANGE_DASH.finding(
            msg(f"数值范围“{m.group()}{mark}”中前一数值的“{mark}”不能省略：应为“{fixed}{mark}”",
                f"in the range '{m.group()}{mark}' the first value keeps its '{mark}': '{fixed}{mark}'"),
            m.start(), m.end(), fixed)


#: a range joined by ～ (or 至, 到) whose second value alone carries % or 万/亿 (5～8%, 13至17万元):
#: GB/T 15835-2011 writes 15%～30%, 13万元～17万元
_RANGE_MARKLESS = recache.compile(r"(?<![\d.%％万亿])(\d+(?:\.\d+)?)([ ]*[～至到][ ]*)(\d+(?:\.\d+)?)(?=[%％]|万|亿)")


def _range_mark(text: str, first: str, end: int) -> str:
    """The % or 万/亿 after a range's second value (ending at ``end``) that its first value ``first`` lacks."""
    mark = text[end:end + 1]
    return mark if mark in ("%", "％", "万", "亿") and not first.endswith(("%", "％")) else ""


# -- lists written with commas, broken paragraphs ------------------------------------------------

_ALL_CJK = recache.compile(f"^[{CJK}]+$")
_AFTER_LIST = ("等", "的", "和", "及", "与", "、", "以及")
_SENTENCE_BREAKS = "。；！？：\n"
_SENTENCE = recache.compile(f"[^{_SENTENCE_BREAKS}]+")
_C = f"[{CJK}]"
_T = f"[{''.join(w[0] for w in _AFTER_LIST)}]"
#: the adverbs that open each item of a formula of parallel verbs (同部署、同推进、同考核; 共建、共治、共享)
_FORMULA_HEADS = "同共"


#: what every list _sentence_lists reports contains, so a sentence without it is not split:
#: at the comma before the last two of three equal items, both items (2-4 characters) and what
#: follows the last one (，公正司法，全民守法的), at the comma between two items sharing their last
#: two characters (group 1), the second item and what follows it (权力清单，职责清单的), or at the
#: comma before the last two items of a list closed by 等 (，宅基地管理，森林防火等)
_LIST_HINT = recache.compile(f"，(?<={_C}，)(?:{_C}{{2,4}}，{_C}{{2,4}}{_T}|(?<={_C}({_C}{{2}})，){_C}{{1,4}}\\1{_T}"
                             f"|{_C}{{2,6}}，{_C}{{2,8}}等|{_C}，{_C}{{2,8}}等|{_C}{{2,6}}，{_C}{{2,9}}法等|{_C}{{2,6}}，“{_C}{{2,6}}”{_C}{{0,4}}等"
                             # a 、-list going on after a comma (对土地、林地，宅基地纠纷等)
                             f"|(?<=、{_C}{{2}}，){_C}{{2,6}}等|(?<=、{_C}{{3}}，){_C}{{2,6}}等"
                             # a formula of parallel verbs (同谋划，同部署，同推进; 共建，共治，共享)
                             f"|(?<=[{_FORMULA_HEADS}]{_C}{{2}}，)[{_FORMULA_HEADS}]{_C}{{2}}，|(?<=[{_FORMULA_HEADS}]{_C}，)[{_FORMULA_HEADS}]{_C}，)")


#: titles in 书名号 listed with commas before 等 (《医师法》，《传染病防治法》等)
_TITLES_WITH_COMMAS = recache.compile(r"《[^《》\n]{1,40}》(?:[，,]《[^《》\n]{1,40}》)+(?=等)")


def _title_list_findings(scan: _Scan) -> Iterator[Finding]:
    """Titles listed with commas before 等: GB/T 15834 separates titles in a list by nothing (or 、)."""
    text = scan.document.text
    if "》，《" not in text and "》,《" not in text:
        return
    for m in _TITLES_WITH_COMMAS.finditer(text):
        if scan.skipped(m.start()):
            continue
        fixed = re.sub(r"》[，,]《", "》《", m.group())
        yield LIST_COMMA.finding(
            msg(f"并列的书名之间不用逗号：“{m.group()}”应为“{fixed}”",
                f"titles listed together take no comma between them: '{fixed}'"),
            m.start(), m.end(), fixed)


def _comma_list_findings(scan: _Scan) -> Iterator[Finding]:
    yield from _title_list_findings(scan)
    text = scan.document.text
    pos = 0
    while (hint := _LIST_HINT.search(text, pos)) is not None:
        # the sentence around the hint: text[pos] is a sentence break (or pos is 0), so the last
        # break before the hint is found from pos on
        start = max(text.rfind(b, pos, hint.start()) for b in _SENTENCE_BREAKS) + 1
        end = _SENTENCE.match(text, start).end()
        yield from _sentence_lists(scan, start, text[start:end])
        pos = end


def _sentence_lists(scan: _Scan, base: int, body: str) -> Iterator[Finding]:
    """punctuation/comma-in-list findings of the sentence ``body`` at offset ``base``."""
    text = scan.document.text
    segs, starts = split_with_starts(body, "，")
    reported_until = -1
    for i in range(1, len(segs)):
        if i <= reported_until:
            continue
        hit = (_equal_items(segs, i) or _formula_items(segs, i) or _shared_suffix_items(segs, i) or _dun_list_then_comma(segs, i)
               or _items_before_deng(scan, base, segs, starts, i))
        if not hit:
            continue
        j, head_len, first_len = hit
        s = base + starts[i - 1] + len(segs[i - 1]) - first_len
        e = base + starts[j] + head_len
        if scan.skipped(s):
            continue
        span = text[s:e]
        reported_until = j
        yield LIST_COMMA.finding(
            msg(f"“{span}”是并列词语，词语之间应用顿号“、”而非逗号",
                f"'{span}' lists parallel words: separate them with 、, not ，"),
            s, e, span.replace("，", "、"))


def _list_tail(seg: str, length: int) -> bool:
    """True when ``seg`` starts with a ``length``-character word followed by 的/等/和/及/与/、."""
    return (len(seg) > length and bool(_ALL_CJK.match(seg[:length]))
            and seg[length:].startswith(_AFTER_LIST))


def _equal_items(segs: list[str], i: int) -> Optional[tuple[int, int, int]]:
    """Three or more items of equal length 2-4: (index of the last segment, its item length, first item length)."""
    length = len(segs[i])  # segment i is the second item: the only length that can work
    if not 2 <= length <= 4:
        return None
    prev = segs[i - 1]
    if len(prev) < length or not _ALL_CJK.match(prev[-length:]):
        return None
    j = i
    while j < len(segs) and len(segs[j]) == length and _ALL_CJK.match(segs[j]):
        j += 1
    if j < len(segs) and j - i >= 1 and _list_tail(segs[j], length):
        return j, length, length
    return None


def _formula_items(segs: list[str], i: int) -> Optional[tuple[int, int, int]]:
    """Three or more items of one formula, each 同 or 共 and a verb (与经济社会发展同谋划，同部署，同推进，同考核):
    (index of the last item's segment, its length, the first item's length), whatever follows them."""
    cur, prev = segs[i], segs[i - 1]
    length = len(cur)
    if length not in (2, 3) or cur[0] not in _FORMULA_HEADS or not _ALL_CJK.match(cur) \
            or len(prev) < length or prev[-length] != cur[0] or not _ALL_CJK.match(prev[-length:]):
        return None
    j = i
    while j + 1 < len(segs) and len(segs[j + 1]) == length and segs[j + 1][0] == cur[0] and _ALL_CJK.match(segs[j + 1]):
        j += 1
    return (j, length, length) if j > i else None


def _shared_suffix_items(segs: list[str], i: int) -> Optional[tuple[int, int, int]]:
    """Two items ending in the same two characters, the second followed by 的/等/…."""
    prev, cur = segs[i - 1], segs[i]
    if len(prev) < 3 or prev[-2:] not in cur[1:6] or not _ALL_CJK.match(prev[-3:]):
        return None  # cur[1:6] holds every place the loop below looks for the suffix
    suffix = prev[-2:]
    for k in range(3, 7):
        if cur[k - 2:k] == suffix and _list_tail(cur, k):
            # the first item: the same number of characters before the shared suffix, at most 6
            first_len = min(len(prev), max(k, 3), 6)
            while first_len > 3 and not _ALL_CJK.match(prev[-first_len:]):
                first_len -= 1
            return i, k, first_len
    return None


#: the prepositions before the first item of a short list (对土地、林地，宅基地纠纷等)
_LIST_PREPOSITIONS = frozenset("对和与及在把将从向就")


def _dun_list_then_comma(segs: list[str], i: int) -> Optional[tuple[int, int, int]]:
    """A 、-list of short items (2-3 characters) whose last item comes after a ， and before 等 (对土地、林地，
    宅基地纠纷等): (``i``, the last item's length, the length of the item before the ，)."""
    prev, cur = segs[i - 1], segs[i]
    items = prev.split("、")
    length = len(items[-1])
    if len(items) < 2 or not 2 <= length <= 3 or not _ALL_CJK.match(items[-1]):
        return None
    # the item before: of the same length, after the start of the clause or a preposition (对土地、林地)
    before = items[-2]
    if not _ALL_CJK.match(before[-length:]) or (len(before) > length and len(items) == 2
                                                 and before[-length - 1] not in _LIST_PREPOSITIONS):
        return None
    k = cur.find("等", length, length + 4)
    if k < 0 or not _ALL_CJK.match(cur[:k]) or cur[k + 1:k + 2] in ("", "，", "。", "；"):
        return None
    return i, k, length


#: the longest item of a list closed by 等 that _items_before_deng takes (longer ones may be clauses)
_DENG_ITEM = 6
#: the longest last item before 等 (红白理事会章程等: the last item may name a longer thing)
_DENG_LAST_ITEM = 8
#: the longest last item ending in 法 (a law named without title marks) before 等
_DENG_LAW_ITEM = 10
#: verbs that open a list inside a segment (依托宣传栏，微信群，公众号等): the segment is no item of its own
_LIST_LEAD_VERBS = ("依托", "通过", "利用", "借助", "运用", "采取", "采用", "结合", "围绕", "依靠", "用好", "发挥")


#: one-character words that are no item of a list (对此，我，……)
_NOT_ONE_CHAR_ITEMS = frozenset("我你他她它但而则又也并且故即如若虽因乃")


def _deng_item(seg: str) -> bool:
    """True when ``seg`` can be an item of a list before 等: a word of 2-_DENG_ITEM characters,
    or a one-character noun (大气，水，土壤等)."""
    size = len(seg)
    if size == 1:
        return is_cjk(seg) and seg not in _NOT_ONE_CHAR_ITEMS
    return 2 <= size <= _DENG_ITEM and _ALL_CJK.match(seg) is not None and "等" not in seg


def _items_before_deng(scan: _Scan, base: int, segs: list[str], starts: list[int],
                       i: int) -> Optional[tuple[int, int, int]]:
    """Three or more short items of any lengths closed by 等 (宪法，民法典，安全生产等法律法规).

    Segment ``i`` and those after it up to the last item are words of 2-5 characters; the last
    one is followed at once by 等; the first item is the word ending segment ``i - 1`` (segmented).
    """
    if segs[i].startswith(_LIST_LEAD_VERBS):
        return None  # 开展宣传，依托宣传栏，微信群…等: the list starts after the verb (found from the next segment)
    j = i
    while j < len(segs) and _deng_item(segs[j]):
        j += 1  # (a short segment holding 等 is the last item with what follows it: 公证等资源)
    if j == i or j >= len(segs):
        return None
    last = segs[j]
    # the last item: up to _DENG_ITEM characters, or a name in quotes with a noun after it (“村村响”大喇叭)
    quoted = last.startswith("“") and 2 < last.find("”") <= _DENG_ITEM + 1
    k = last.find("等", 2, _DENG_LAST_ITEM + (3 if quoted else 1))
    if k < 0:
        # a law named without its title marks may be longer (宪法，民法典，未成年人保护法等)
        k = last.find("法等", 2, _DENG_LAW_ITEM) + 1 or -1
    item = last[:k].replace("“", "", 1).replace("”", "", 1) if quoted and k > 0 else last[:k]
    if k < 0 or not _ALL_CJK.match(item) or last[k + 1:k + 2] in ("", "，", "。", "；", "、"):
        return None  # 等 must close the list inside a phrase (等法律法规, 等活动), not end a clause
    end = base + starts[i - 1] + len(segs[i - 1])
    token = scan.document.token_at(end - 1)
    if token is not None and token.end - token.start == 1 and token.start > base + starts[i - 1]:
        # a one-character word closing a longer one the segmenter cut (公众|号): the word before it too
        before = scan.document.token_at(token.start - 1)
        token = before if before is not None and before.end - before.start >= 2 else None
    if token is None or end - token.start < 2:
        return None
    first_len = end - token.start
    if first_len > _DENG_ITEM or first_len > len(segs[i - 1]):
        return None
    return j, k, first_len


#: a heading's own text: short, with no mark inside it (the mark at its end is the one reported)
_HEADING_TEXT_MAX = 40
_INNER_MARKS = frozenset("，。；：！？,;:!?")


_MARKER_SHAPE = str.maketrans("一二三四五六七八九十123456789", "〇〇〇〇〇〇〇〇〇〇000000000")


def _marker_shape(scan: _Scan, idx: int) -> str:
    """The form of line ``idx``'s heading marker with its numbers blanked (（一） and （三） alike), or ""."""
    if idx not in scan.markers:
        return ""
    ms, me = scan.markers[idx]
    return scan.document.text[ms:me].translate(_MARKER_SHAPE)


def _heading_end(scan: _Scan, idx: int) -> Optional[int]:
    """The offset of the ， 、 ； or ： ending the heading alone on line ``idx``, or None.

    Items of a punctuated list (1.完善制度；/ 2.加强队伍；/ 3.强化监督。: GB/T 15834 §4.6.3.2) are not
    headings: a line followed by a sibling item that also ends in a mark is left alone."""
    if idx not in scan.markers:
        return None
    lines = scan.document.lines
    line = lines[idx].rstrip(_SPACES)
    marker_end = scan.markers[idx][1] - scan.document.line_starts[idx]
    text = line[marker_end:]
    if not 2 <= len(text) <= _HEADING_TEXT_MAX or text[-1] not in "，、；：,;:" or _INNER_MARKS & set(text[:-1]):
        return None
    nxt = idx + 1
    while nxt < len(lines) and not lines[nxt].strip(_SPACES):
        nxt += 1
    if nxt < len(lines) and _marker_shape(scan, nxt) == _marker_shape(scan, idx) \
            and lines[nxt].rstrip(_SPACES)[-1:] in ("，", "、", "；", "。", ",", ";"):
        return None
    return scan.document.line_starts[idx] + len(line) - 1


def _heading_end_findings(scan: _Scan) -> Iterator[Finding]:
    for idx in scan.markers:
        pos = _heading_end(scan, idx)
        if pos is None or scan.skipped(pos):
            continue
        mark = scan.document.text[pos]
        yield HEADING_END.finding(
            msg(f"标题末尾不应有“{mark}”：单独成行的标题末尾不加标点",
                f"a heading on its own line does not end in '{mark}'; delete it"),
            pos, pos + 1, "")


#: the marks a paragraph may end with (a closing quote or bracket may follow one of them: ……。”)
_PARAGRAPH_ENDS = "。！？；：…，、,;:!?—"
#: a paragraph of running text: this long, with a sentence mark inside
_PROSE_LENGTH = 30
#: more paragraphs than this without their end mark: the text is wrapped at a width, not cut short
_HARD_WRAPPED = 2


def _paragraph_end_findings(scan: _Scan) -> Iterator[Finding]:
    """A paragraph of running text whose last sentence has no closing mark (……合格率均达到100%)."""
    doc = scan.document
    if doc.kind == "md":
        return  # a Markdown source wraps its paragraphs at a width
    lines = doc.lines
    found: list[tuple[int, bool]] = []
    for idx in range(doc.body_start_line, len(lines)):
        line = lines[idx].strip(_SPACES)
        if len(line) < _PROSE_LENGTH or idx in scan.heading_lines or "\t" in line or "  " in line:
            continue
        last = line.rstrip(_CLOSING + ")")
        if line[-1] in "）)" and line[:max(line.rfind("（"), line.rfind("("))].rstrip(_SPACES)[-1:] in _PARAGRAPH_ENDS:
            continue  # a bracketed note after the last sentence (……12件。（数据截至11月底）)
        if not last or last[-1] in _PARAGRAPH_ENDS or not is_cjk(last[-1]) and not last[-1].isdigit() and last[-1] not in "%％":
            continue
        if "。" not in line[:-1] and line.count("，") < 2:
            continue  # not running text (a list line, a caption)
        pos = doc.line_starts[idx] + len(lines[idx].rstrip(_SPACES)) - 1
        if not scan.skipped(pos):
            # the next line right after it, not a heading, may be the rest of the sentence (a paragraph split)
            nxt = lines[idx + 1].strip(_SPACES) if idx + 1 < len(lines) else ""
            found.append((pos, bool(nxt) and idx + 1 not in scan.heading_lines and is_cjk(nxt[0])))
    if len(found) > _HARD_WRAPPED:
        return  # lines wrapped at a width (a PDF's text): their ends are no paragraph ends
    for pos, split in found:
        if split:
            yield PARAGRAPH_END.finding(
                msg("此行末尾没有标点，下一行另起：疑为同一段落被断开，或句末漏了句号",
                    "the line ends without a mark and the next line starts anew: a paragraph split, or a "
                    "full stop left out"), pos, pos + 1)
        else:
            yield PARAGRAPH_END.finding(
                msg("此段末尾缺少句末标点，应补上句号", "the paragraph ends without a closing full stop: add 。"),
                pos, pos + 1, doc.text[pos] + "。")


#: the end of a line that introduces what follows (具体如下，/ 主要有：): the headings after it continue it
_INTRO_END = recache.compile(r"(?:如下|以下|下列|包括|主要有|主要是|分别是|分别为|有|是|为)[，,]$")


def _broken_findings(scan: _Scan) -> Iterator[Finding]:
    doc = scan.document
    lines = doc.lines
    start = doc.body_start_line
    for idx in range(start, len(lines)):
        cur = lines[idx].rstrip(_SPACES)
        if not cur or cur[-1] not in "，、,":
            continue
        if _heading_end(scan, idx) is not None:
            continue  # a heading ending in a comma: punctuation/heading-end
        nxt = idx + 1
        while nxt < len(lines) and not lines[nxt].strip(_SPACES):
            nxt += 1
        pos = doc.line_starts[idx] + len(cur) - 1
        if nxt >= len(lines) or nxt in scan.heading_lines:
            # the last paragraph of a part (or of the text) ends in a comma: its sentence lost its end
            # (a doubled mark at the end, 到位，，, is punctuation/doubled's)
            if cur[-1] != "、" and cur[-2:-1] not in "，,、；;" and not _INTRO_END.search(cur) \
                    and not scan.skipped(pos):
                yield BROKEN.finding(
                    msg(f"此段以“{cur[-1]}”结尾，其后{'已是标题' if nxt < len(lines) else '全文结束'}：句子未写完或句末标点有误，"
                        "应补全句子或改为句号",
                        f"the paragraph ends with '{cur[-1]}' and a {'heading' if nxt < len(lines) else 'end of text'} "
                        "follows: finish the sentence or end it with 。"),
                    pos, pos + 1)
            continue
        if _LIST_START.match(lines[nxt]) or scan.skipped(pos):
            continue
        yield BROKEN.finding(
            msg(f"此行以“{cur[-1]}”结尾，下一行却另起一段：疑为同一段落被断开，应与下一行合并",
                f"the line ends with '{cur[-1]}' and the next line starts a new paragraph: one paragraph "
                f"was split; join the lines"),
            pos, pos + 1)


# -- title marks around the name of an activity --------------------------------------------------

#: the longest text inside 《》 taken for an activity's name
_NAME_MAX = 40
#: what a title cannot hold
_TITLE_BREAK = recache.compile("[《》\n]")
#: what may stand between the verb and the title: 了, 全市, 首届, 第三届, 2024年度
_BEFORE_TITLE = r"(?:了)?(?:全[国省市县区镇乡]|[省市县区]级|首届|第[一二三四五六七八九十\d]{1,3}[届期]|(?:19|20)\d{2}年度?)*"
#: 活动 after the title: 活动, 系列活动, 等主题宣传活动
_ACTIVITY_AFTER = recache.compile(r"(?:等)?(?:系列|主题|专项|宣传|集中|普法|法治|品牌|实践)*活动")
#: the start of a document's title, which a truncated citation keeps (《关于开展…行动》)
_DOCUMENT_START = ("关于", "印发", "转发")


def _activity_title_table(entries: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings, excluded endings) of the activity names: entries with ``not: true`` are excluded."""
    endings = tuple(str(e["word"]) for e in entries if isinstance(e, dict) and e.get("word") and not e.get("not"))
    excluded = tuple(str(e["word"]) for e in entries if isinstance(e, dict) and e.get("word") and e.get("not"))
    return endings, excluded


@lru_cache(maxsize=8)
def _opener_regex(openers: tuple[str, ...]) -> "re.Pattern[str]":
    """The verbs that take an activity as their object, at the end of the text before a title."""
    words = "|".join(sorted(map(re.escape, openers), key=len, reverse=True))
    return recache.compile(f"(?:{words}){_BEFORE_TITLE}$")


def _activity_names(text: str, endings: tuple[str, ...], excluded: tuple[str, ...]) -> list[tuple[int, int]]:
    """(offset of 《, offset past 》) of every title whose text ends like the name of an activity.

    The 》 are looked for with ``str.find`` and the endings tested in place: most titles (laws,
    documents) are left at once, without a regex.
    """
    out: list[tuple[int, int]] = []
    pos = text.find("》")
    while pos >= 0:
        if text.endswith(endings, 0, pos) and not text.endswith(excluded, 0, pos):
            start = text.rfind("《", max(0, pos - _NAME_MAX - 1), pos)
            if (start >= 0 and pos - start > 2 and not _TITLE_BREAK.search(text, start + 1, pos)
                    and not text.startswith(_DOCUMENT_START, start + 1)):
                out.append((start, pos + 1))
        pos = text.find("》", pos + 1)
    return out


#: how the titles of laws, documents and books end: a title ending otherwise between an activity verb
#: and 活动 is the activity's name, a slogan (开展《健康中国·法治同行》主题宣传活动)
_DOCUMENT_ENDS = ("法", "法典", "条例", "规定", "办法", "细则", "规则", "纲要", "规划", "计划", "方案", "意见", "通知",
                  "决定", "决议", "报告", "读本", "手册", "汇编", "指南", "问答", "公约", "章程", "准则", "标准", "清单",
                  "目录", "制度", "实施方案", "白皮书", "故事", "选编", "文选", "讲话", "指引", "须知")


#: the activity after a slogan: a campaign of its theme (主题宣传活动, 主题活动, 宣传活动), not a series
#: (《法治在行动》系列活动 may name a programme)
_SLOGAN_ACTIVITY = recache.compile(r"(?:等)?(?:主题|专题)?(?:宣传|普法|实践|教育)*(?<=[题传法践育])(?:活动|月|周)")


def _slogan_activities(text: str, opener: "re.Pattern[str]") -> list[tuple[int, int]]:
    """(offset of 《, offset past 》) of the titles between an activity verb and 活动 whose text ends
    like no law, document or book (开展《健康中国·法治同行》主题宣传活动); the names _activity_names
    takes by their endings are not repeated."""
    out: list[tuple[int, int]] = []
    pos = text.find("》")
    while pos >= 0:
        start = text.rfind("《", max(0, pos - _NAME_MAX - 1), pos)
        if (start >= 0 and pos - start > 2 and not _TITLE_BREAK.search(text, start + 1, pos)
                and not text.endswith(_DOCUMENT_ENDS, 0, pos) and not text.startswith(_DOCUMENT_START, start + 1)
                and (after := _SLOGAN_ACTIVITY.match(text, pos + 1)) is not None
                and (after.group().endswith(("月", "周"))  # 主题宣传月: a campaign, whatever verb
                     or opener.search(text, max(0, text.rfind("\n", 0, start) + 1, start - 16), start))):
            out.append((start, pos + 1))
        pos = text.find("》", pos + 1)
    return out


def _title_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The extent of the run of titles side by side or joined by 顿号 (《宪法宣传周》、《民法典宣传月》) around
    the title ``start:end``: the verb before the first and the 活动 after the last belong to every one."""
    while start >= 1 and (text[start - 1] == "》" or start >= 2 and text.startswith("》、", start - 2)):
        before = text.rfind("《", max(0, start - _NAME_MAX - 3), start)
        if before < 0 or "\n" in text[before:start]:
            break
        start = before
    while text.startswith("《", end) or text.startswith("、《", end):
        after = text.find("》", end, end + _NAME_MAX + 3)
        if after < 0 or "\n" in text[end:after]:
            break
        end = after + 1
    return start, end


def _activity_quoted(name: str, inside_quote: bool) -> Optional[str]:
    """``name`` in quotation marks (its own quotes made single: “‘八五’普法知识竞赛”), or None when the
    quotes would nest three deep; ‘…’ when the title stands inside a quotation already."""
    if inside_quote:
        return None if any(c in name for c in "“”‘’") else f"‘{name}’"
    if any(c in name for c in "‘’"):
        return None
    return "“" + name.replace("“", "‘").replace("”", "’") + "”"


def _activity_title_findings(scan: _Scan, context: Any) -> Iterator[Finding]:
    """Names of activities in 书名号 after a verb such as 开展 or before 活动 (see ACTIVITY_TITLE)."""
    text = scan.document.text
    if "》" not in text:
        return
    options = context.options("punctuation")
    resolve = context.config.resolve
    endings, excluded = derived("punctuation", options, "activity_name_endings", resolve, _activity_title_table)
    opener = _opener_regex(load_words("punctuation", options, "activity_verbs", resolve=resolve))
    names = sorted({*_activity_names(text, endings, excluded), *_slogan_activities(text, opener)})
    if not names:
        return  # the usual report: laws and documents only
    for start, end in names:
        if scan.skipped(start):
            continue
        run_start, run_end = _title_run(text, start, end)
        line_start = text.rfind("\n", 0, run_start) + 1
        if not (opener.search(text, max(line_start, run_start - 16), run_start)
                or _ACTIVITY_AFTER.match(text, run_end) or _SLOGAN_ACTIVITY.match(text, run_end)):
            continue
        quoted = text.count("“", line_start, start) > text.count("”", line_start, start)
        name = text[start + 1:end - 1]
        fixed = _activity_quoted(name, quoted)
        yield ACTIVITY_TITLE.finding(
            msg(f"“{name}”是活动名称，不是书名、文件名或节目名，不用书名号；需要标示时用引号"
                f"{'：' + fixed if fixed else ''}",
                f"'{name}' names an activity, not a title: mark it with quotation marks, not 书名号"),
            start, end, fixed)

def _doc_number_findings(scan: _Scan) -> Iterator[Finding]:
    for m in scan.doc_numbers:
        year = next(g for g in m.groups() if g)
        fixed = f"〔{year}〕"
        yield DOC_NUMBER.finding(
            msg(f"发文字号中的年份应用六角括号括入：“{m.group()}”应为“{fixed}”（GB/T 9704-2012 §7.2.4）",
                f"the year of a document number is enclosed in 〔〕: '{m.group()}' -> '{fixed}'"),
            m.start(), m.end(), fixed)


_LOOKALIKE_OPENINGS = tuple(opening for opening, _ in TITLE_MARK_LOOKALIKES)
_LOOKALIKE_CLOSINGS = tuple(closing for _, closing in TITLE_MARK_LOOKALIKES)
#: every sign of the look-alikes (none may stand inside the title they enclose)
_LOOKALIKE_SIGNS = "".join(sorted(set("".join(_LOOKALIKE_OPENINGS + _LOOKALIKE_CLOSINGS))))
#: a title between signs that look like 书名号 (the pairs of TITLE_MARK_LOOKALIKES, or a single
#: <…>); group 2 the title
_TITLE_LOOKALIKE = recache.compile(
    rf"({'|'.join(map(re.escape, _LOOKALIKE_OPENINGS))}|(?<![<A-Za-z0-9])<(?!<))"
    rf"([{CJK}][^{re.escape(_LOOKALIKE_SIGNS)}《》\n]{{0,38}}[{CJK}）)])"
    rf"({'|'.join(map(re.escape, _LOOKALIKE_CLOSINGS))}|>(?![>A-Za-z0-9]))")
#: what every _INNER_TITLE match contains
_INNER_TITLE_ANCHOR = recache.compile("〈")
#: what every _TITLE_LOOKALIKE match contains (see _finditer_in_lines)
#: the first signs of the look-alikes' openings (〈 also opens a title inside 《》: _INNER_TITLE)
_LOOKALIKE_FIRSTS = "".join(sorted({opening[0] for opening in _LOOKALIKE_OPENINGS}))
_TITLE_LOOKALIKE_ANCHOR = recache.compile(f"[{re.escape(_LOOKALIKE_FIRSTS)}]")


#: a title in the single 〈〉 that belong inside 《》 (学习〈中华人民共和国农村集体经济组织法〉)
_INNER_TITLE = recache.compile(rf"〈([{CJK}][^〈〉《》\n]{{0,38}}[{CJK}）)])〉")


def _title_lookalike_findings(scan: _Scan) -> Iterator[Finding]:
    text = scan.document.text
    if not any(c in text for c in _LOOKALIKE_FIRSTS):
        return
    for m in _finditer_in_lines(_INNER_TITLE, _INNER_TITLE_ANCHOR, text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        if before.count("《") > before.count("》") or text.startswith("〈", m.start() - 1) or scan.skipped(m.start()):
            continue  # inside 《》, where 〈〉 are right; or a doubled 〈〈 (below)
        fixed = f"《{m.group(1)}》"
        yield TITLE_LOOKALIKE.finding(
            msg(f"“〈〉”只用于书名号内的书名，此处应为“{fixed}”",
                f"〈〉 mark a title inside 《》 only: write '{fixed}'"),
            m.start(), m.end(), fixed)
    for m in _finditer_in_lines(_TITLE_LOOKALIKE, _TITLE_LOOKALIKE_ANCHOR, text):
        opened, title, closed = m.groups()
        if (len(opened) == 1) != (len(closed) == 1) or scan.skipped(m.start()):
            continue  # << with a single >: not one pair of signs
        fixed = f"《{title}》"
        yield TITLE_LOOKALIKE.finding(
            msg(f"书名号应为“《》”，此处写作“{opened}……{closed}”：应为“{fixed}”",
                f"write the title marks as 《》, not '{opened}…{closed}': '{fixed}'"),
            m.start(), m.end(), fixed)


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Check the punctuation of the document."""
    if not any(context.enabled(r.id) for r in RULES):
        return
    scan = _scan(document, context)
    checks = ((HALFWIDTH, _halfwidth_findings), (UNPAIRED, _unpaired_findings),
              (DOUBLED, _doubled_findings), (DUN_CONJ, _dun_conj_findings),
              (LIST_COMMA, _comma_list_findings), (LIST_PERIOD, _period_findings),
              (EXCLAMATION, _exclamation_findings), (INTERPUNCT, _interpunct_findings),
              (BROKEN, _broken_findings), (HEADING_END, _heading_end_findings), (QUOTED_DUN, _quoted_dun_findings),
              (ELLIPSIS, _ellipsis_findings), (RANGE_DASH, _range_findings), (NESTED, _nested_findings),
              (DOC_NUMBER, _doc_number_findings), (TITLE_LOOKALIKE, _title_lookalike_findings),
              (ENUMERATOR_COLON, _enumerator_colon_findings), (OUTER_SINGLE, _outer_single_findings),
              (CORNER_QUOTES, _corner_quote_findings), (PARAGRAPH_END, _paragraph_end_findings))
    for rule_obj, check in checks:
        if context.enabled(rule_obj.id):
            yield from check(scan)
    if context.enabled(ACTIVITY_TITLE.id):
        yield from _activity_title_findings(scan, context)
