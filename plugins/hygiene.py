"""Hygiene rules: leftovers of web pages and Word conversion, invisible characters, whitespace.

Reports copied from a government website carry the page's furniture (publication lines,
"扫一扫在手机打开当前页", 打印本页, 字号 大 中 小); drafts converted from Word carry hidden
bookmarks ("[bookmark: _GoBack]") and field codes.  The patterns are data
(``data/artifacts.yaml``) that users extend with ``options: {hygiene: {extra: [FILE]}}``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import islice
from typing import Any, Iterable, Iterator, Optional, Sequence

from fzlint import recache, regexscan
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.recache import required_any
from fzlint.records import record
from fzlint.rules import Finding, Message, msg
from fzlint.structure import MarkerStyle
from fzlint.textutil import is_cjk

from .common import SHARED_LITERALS, DataError, derived, rule

PLUGIN = "hygiene"

WEB = rule(
    "hygiene/web-leftover", "hygiene", "error",
    "网页残留内容", "Web page leftover in the text",
    what="Text copied from a web page together with the page's furniture: publication lines "
         "(“2022-04-26 07:52 来源: XX镇人民政府”, 发布时间、浏览次数), prompts and buttons "
         "(扫一扫在手机打开当前页, 【打印】, 打印本页, 关闭窗口, 字号 大 中 小, 分享到, "
         "当前位置：首页 >) and watermarks of mirror or document-sharing sites. A metadata label "
         "counts only on a short line that is page furniture, so body text such as “资金来源：县财政” "
         "or “来源于群众” is not reported.",
    why="The report is a formal document (GB/T 9704-2012); page furniture shows it was copied from "
        "a website and must be deleted before it is submitted or published.",
    example="2022-04-26 07:52 来源: 龙凤场镇人民政府\n……\n扫一扫在手机打开当前页",
    use_instead="Delete those lines; keep only the title, the addressee, the body and the signature.",
    source="GB/T 9704-2012《党政机关公文格式》（公文的组成要素）；fzlint data/artifacts.yaml (observed "
           "on gov.cn pages and in real reports)",
)
CONVERSION = rule(
    "hygiene/conversion-leftover", "hygiene", "error",
    "Word 转换残留标记", "Word conversion leftover in the text",
    what="Markup left by converting a Word file to text: hidden bookmarks ([bookmark: _GoBack]), "
         "field codes (HYPERLINK \"…\", PAGE \\* MERGEFORMAT), image placeholders and size attributes; "
         "the error text Word shows for a broken cross-reference or table of contents (错误!未找到引用源。, "
         "Error! Bookmark not defined.), reported without a fix since the lost number must be restored.",
    why="These markers are not part of the report; a reviewer marks them as carelessness.",
    example="[bookmark: _GoBack]在县委县政府的正确领导下，……",
    use_instead="在县委县政府的正确领导下，……",
    source="pandoc/python-docx conversion output; fzlint data/artifacts.yaml", fixable=True,
)
INVISIBLE = rule(
    "hygiene/invisible-char", "hygiene", "error",
    "不可见字符或控制字符", "Invisible or control character",
    what="Control characters (U+0000–U+001F except tab and line feed, U+007F–U+009F), zero-width "
         "characters (U+200B–U+200D, U+2060, U+FEFF inside the text), soft hyphens, bidirectional "
         "marks, the replacement character U+FFFD (a decoding error), the object replacement character "
         "U+FFFC (an image or object lost in copying) and the private-use characters of "
         "Word's symbol fonts (U+F000–U+F0FF: the bullets U+F0B7, U+F06C of Symbol and Wingdings).",
    why="They are invisible on screen but break search, word counts, copy-paste into the 公文 "
        "system and the layout of the printed report; U+FFFD means characters were lost.",
    example="法治\u200b政府建设", use_instead="法治政府建设",
    source="Unicode Standard ch. 23 (format and control characters), §23.5 (private-use characters)", fixable=True,
)
WHITESPACE = rule(
    "hygiene/whitespace", "hygiene", "info",
    "多余或异常空白", "Stray or unusual whitespace",
    what="Trailing spaces at the end of a line, lines made only of spaces, no-break and typographic "
         "spaces (NBSP U+00A0, EN SPACE U+2002, EM SPACE U+2003, THIN SPACE U+2009 …) inside a line "
         "(except between two Latin words or numbers, GB/T 9704, which they keep together), "
         "spaces between Chinese characters or after Chinese punctuation, and spaces inside a date "
         "of two or three parts (2025 年 2 月 17 日, 3 月 12 日: one finding per date). Indentation with "
         "full-width spaces at the start of a paragraph is the normal 公文 layout and is not reported; "
         "nor are spaces in the title (joint issuers are separated by spaces) or between joint issuers in the "
         "text (中共中央 国务院印发…), nor the full-width spaces "
         "after the issuer's name and the date of the signature (右空二字, GB/T 9704-2012 §7.3.5).",
    why="Stray spaces come from web pages and conversion; they misalign the printed text and make "
        "searching unreliable. Style only, so info.",
    example="提升服务效能。 坚持以简政放权为核心…… ",
    use_instead="提升服务效能。坚持以简政放权为核心……",
    source="GB/T 15834-2011 §5.1（标点符号的位置：不出现在一行之首，标点符号与文字之间不空格）", fixable=True,
)
TEMPLATE = rule(
    "hygiene/template-placeholder", "hygiene", "error",
    "模板占位符未填写", "Unfilled template placeholder",
    what="Placeholders of a template or a model report left in the text: 20xx年, X月X日, xx县, ××镇, "
         "“召开会议*次”, 【待补充】, （此处填写…）, and the placeholder text of an unfilled Word content "
         "control (单击或点击此处输入文字。) or cover page ([键入文档标题]); and the drafters' notes left "
         "in brackets (（）【】[]〔〕, full or half width): a request addressed to someone at the start of "
         "the bracket (【请司法所核实调解员人数】, （需人社所提供具体数字）, （待统计站核对后更新）), or a "
         "note on this passage or this figure (（此处插入典型案例）, （以上数据请财政所复核）, "
         "【注：此段请分管领导审定】). Real parentheticals are not reported: （含2个社区）, （以下简称…）, "
         "（待审批3项）, （已完成整改）, （详见附件1）, （注：数据截至11月30日）, nor requirements on "
         "applicants (（需补充材料的一次性告知）, （需经县政府批准）).",
    why="A placeholder means a figure or a name was never filled in; it also shows the report was "
        "built on someone else's template (照搬照抄), which reviewers criticise. A drafter's note means "
        "a figure or a passage was never checked or completed, and must not reach the reader.",
    example="截止目前，区委依法治区委共召开会议*次；20xx年，xx镇……",
    use_instead="截至目前，区委依法治区委共召开会议6次；2024年，青石镇……",
    source="《整治形式主义为基层减负若干规定》（2024年，反对照搬照抄）；fzlint data/artifacts.yaml",
)
RULES = (WEB, CONVERSION, INVISIBLE, WHITESPACE, TEMPLATE)

_DATE_TIME = recache.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                        r"(?:[\s\u3000\u00a0\u2002\u2003]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_END_OF_SENTENCE = "。！？；，"
_INVISIBLE = recache.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffc\ufffd\uf000-\uf0ff]")
#: the private-use characters of Word's symbol fonts (Symbol, Wingdings: the bullet U+F0B7, U+F06C):
#: a bullet or a tick left by conversion, shown as an empty box outside Word
_SYMBOL_FONT = range(0xF000, 0xF100)
_ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_ODD_SPACE_RE = recache.compile(f"[ \t\u3000{_ODD_SPACES}]*[{_ODD_SPACES}][ \t\u3000{_ODD_SPACES}]*", search=True)
_ODD_SPACE_CHAR = recache.compile(f"[{_ODD_SPACES}]")
_SPACE_RE = recache.compile(r"[ \t\u3000]+")
#: the names of a joint signature (中共平川县委　　平川县人民政府, GB/T 9704 §7.3.5.2): each of the
#: words a space run separates there ends like an issuer
_ISSUER_NAME = recache.compile(r"[^ \t\u3000]{2,}(?:委|委员会|政府|局|办|办公室|办事处|院|部|厅|处|室|中心|党组|支部)$")
#: the date of a signature (成文日期): 2025年2月17日, 二〇二五年二月十七日
_SIGNATURE_DATE = recache.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|二[〇○零][〇○零一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
#: a township's or a street's name signing alone (白沙乡, 城南街道)
_SIGNATURE_PLACE = recache.compile(r"^[^ \t\u3000，。；]{1,12}(?:乡|镇|街道)$")
#: a joint signature is among the last lines of a report
_SIGNATURE_LINES = 6
#: every character that the whitespace checks strip or report
_ANY_SPACE = " \t\u3000" + _ODD_SPACES + "\u200b\ufeff"
#: what is stripped from the ends of a line (spelled once: concatenating it again costs every line)
_LINE_SPACES = " \t\u3000" + _ODD_SPACES
_ANY_SPACE_RE = recache.compile(f"[{_ANY_SPACE}]")
_FULL_PUNCT = "，。、；：！？”’）》」』】…—"
_SPACE_NAMES = {"\u00a0": "NBSP (U+00A0)", "\u2002": "EN SPACE (U+2002)", "\u2003": "EM SPACE (U+2003)",
                "\u2009": "THIN SPACE (U+2009)", "\u3000": "全角空格 (U+3000)", " ": "空格", "\t": "TAB"}
_CHAR_NAMES = {"\u200b": "零宽空格 ZERO WIDTH SPACE (U+200B)", "\ufeff": "零宽不换行空格/BOM (U+FEFF)",
               "\ufffd": "替换字符 U+FFFD（解码出错，原字符已丢失）", "\u00ad": "软连字符 SOFT HYPHEN (U+00AD)",
               "\ufffc": "对象替换字符 OBJECT REPLACEMENT CHARACTER (U+FFFC，复制时丢失的图片或对象)",
               "\u200c": "零宽非连接符 (U+200C)", "\u200d": "零宽连接符 (U+200D)", "\u2060": "WORD JOINER (U+2060)"}


#: the kinds of artifact entries: note is a drafter's note left in brackets (reported as a placeholder)
_KINDS = ("web", "conversion", "template", "note")


@record(frozen=True)
class Pattern:
    """One compiled artifact pattern from the data file."""

    kind: str
    scope: str
    strong: bool
    regex: "re.Pattern[str]"
    zh: str
    en: str
    #: texts one of which every match contains (None: unknown), so a report without them skips the pattern
    requires: Optional[tuple[str, ...]] = None
    #: whether deleting the match repairs the text (False: something must be restored in its place)
    deletable: bool = True

    def may_occur_in(self, present: "set[str]") -> bool:
        """False when the pattern cannot match a text whose registered words are ``present`` (none it requires)."""
        return self.requires is None or not present.isdisjoint(self.requires)

    def may_occur_in_line(self, line: str) -> bool:
        """False when ``line`` holds none of the texts the pattern requires (testing them is cheaper than a search)."""
        return regexscan.may_match(line, self.requires)


@record(frozen=True)
class Artifact:
    """A leftover found in the text: a whole furniture line or an inline match."""

    start: int
    end: int
    kind: str
    zh: str
    en: str
    whole_line: bool
    #: whether deleting it repairs the text (see Pattern.deletable)
    deletable: bool = True


@hookimpl
def fzlint_rules():
    """Declare the hygiene rules."""
    return list(RULES)


@lru_cache(maxsize=32)
def _compile(entries: tuple[tuple[str, str, bool, str, str, str, bool], ...]) -> tuple[Pattern, ...]:
    regexes = []
    for kind, scope, strong, pattern, zh, en, _deletable in entries:
        try:
            regexes.append(recache.deferred(pattern, search=True))  # built when a text may match it
        except re.error as exc:
            raise DataError(f"artifacts: invalid pattern {pattern!r}: {exc}") from None
    regexscan.preload_plans(regexes)  # the analyses of _requirement, stored: a fresh process parses none
    out = [Pattern(kind, scope, strong, regex, zh, en, _requirement(regex), deletable)
           for (kind, scope, strong, _pattern, zh, en, deletable), regex in zip(entries, regexes)]
    SHARED_LITERALS.add(t for p in out for t in p.requires or ())
    return tuple(out)


def _requirement(regex: "re.Pattern[str]") -> Optional[tuple[str, ...]]:
    """Texts one of which every match of ``regex`` contains (None: unknown), the rarer of two analyses.

    ``(?:作者|编辑)\\s*[:：]`` requires 作者 or 编辑, far rarer than the colon ``required_any`` finds:
    most reports then skip the pattern altogether.
    """
    literal = required_any(regex)
    texts = regexscan.required_texts(regex)
    return texts if regexscan.rarer(literal or (), texts) else literal


def load_patterns(context: Any = None) -> tuple[Pattern, ...]:
    """The artifact patterns: bundled ones plus the user's ``extra`` files."""
    return _pattern_table(context).patterns


def _pattern_table(context: Any) -> "_PatternTable":
    options = context.options(PLUGIN) if context is not None else {}
    resolve = context.config.resolve if context is not None else None
    # kept by ``derived`` under the names of the data files (cheaper to look up than all the rows)
    return derived("artifacts", options, "entries", resolve, _artifact_table)


def _artifact_table(entries: tuple[Any, ...]) -> "_PatternTable":
    return _PatternTable(_compile(_artifact_rows(entries)))


class _PatternTable:
    """The artifact patterns indexed by the texts they require, to pick those a report may match."""

    def __init__(self, patterns: tuple[Pattern, ...]) -> None:
        self.patterns = patterns
        #: the patterns that require nothing known (tried on every line)
        self._always = [i for i, p in enumerate(patterns) if p.requires is None]
        self._by_text: dict[str, list[int]] = {}
        for i, p in enumerate(patterns):
            for t in p.requires or ():
                self._by_text.setdefault(t, []).append(i)
        self._texts = frozenset(self._by_text)  # a set: intersected from the smaller side
        #: per pattern, whether it is tried on every line (it requires nothing known, or a text
        #: spanning lines, which no single line holds)
        self.anywhere: tuple[bool, ...] = tuple(
            p.requires is None or any("\n" in t for t in p.requires) for p in patterns)

    def candidates(self, present: "set[str]") -> list[int]:
        """Indexes, in order, of the patterns that may match a text whose registered words are ``present``."""
        chosen = set(self._always)
        by_text = self._by_text
        for t in present & self._texts:
            chosen.update(by_text[t])
        return sorted(chosen)


def _artifact_rows(entries: tuple[Any, ...]) -> tuple[tuple[str, str, bool, str, str, str, bool], ...]:
    """The validated (kind, scope, strong, pattern, zh, en, deletable) of every artifact entry."""
    raw = []
    for e in entries:
        if not isinstance(e, dict) or "pattern" not in e:
            raise DataError("artifacts: every entry needs a 'pattern'")
        kind = str(e.get("kind", "web"))
        scope = str(e.get("scope", "inline"))
        if kind not in _KINDS or scope not in ("inline", "line"):
            raise DataError(f"artifacts: entry {e.get('pattern')!r}: kind must be web|conversion|template|note, "
                            f"scope inline|line")
        raw.append((kind, scope, bool(e.get("strong", scope == "inline")), str(e["pattern"]),
                    str(e.get("zh", "网页残留")), str(e.get("en", "leftover")), bool(e.get("deletable", True))))
    return tuple(raw)


def _lines_where(document: Document, regex: "re.Pattern[str]") -> list[int]:
    """Ascending indexes of the lines in which ``regex`` matches (one search per line found, not per line)."""
    starts, text = document.line_starts, document.text
    out: list[int] = []
    m = regex.search(text)
    while m:
        line = bisect_right(starts, m.start()) - 1
        out.append(line)
        if line + 1 >= len(starts):
            break
        m = regex.search(text, starts[line + 1])
    return out


def _lines_holding(document: Document, text: str) -> list[int]:
    """Ascending indexes of the lines that hold ``text`` (one ``find`` per line found, not per line)."""
    starts, find = document.line_starts, document.text.find
    out: list[int] = []
    i = find(text)
    while i >= 0:
        line = bisect_right(starts, i) - 1
        out.append(line)
        if line + 1 >= len(starts):
            break
        i = find(text, starts[line + 1])
    return out


def _edge_lines(document: Document) -> "set[int]":
    """The lines where a lone weak label makes page furniture: the first three non-empty lines after
    the title, the last three of the document and the non-empty ones above the title."""
    lines, title = document.lines, document.title
    edges: "set[int]" = set()
    for span in (range(title.last_line + 1 if title else 0, len(lines)), range(len(lines) - 1, -1, -1)):
        edges.update(islice((i for i in span if lines[i].strip()), 3))
    if title:
        edges.update(i for i in range(title.first_line) if lines[i].strip())
    return edges


def _nonempty_lines(document: Document) -> list[int]:
    """Ascending indexes of the lines that hold more than whitespace."""
    return [i for i, ln in enumerate(document.lines) if ln.strip()]


def _furniture_text(line: str) -> Optional[str]:
    """``line`` stripped when it may be page furniture (short, not a sentence), else None."""
    stripped = line.strip(_LINE_SPACES)
    if not stripped or len(stripped) > 250 or stripped[-1] in _END_OF_SENTENCE or "。" in stripped:
        return None
    return stripped


def _furniture_labels(stripped: str, patterns: "Sequence[Pattern]", edge: bool = False) -> Optional[list[Pattern]]:
    """The line-scope labels of a line when it is a metadata/furniture line, else None.

    ``stripped`` is the line as :func:`_furniture_text` returns it; ``patterns`` are the line-scope
    patterns to try (others may be among them: they are skipped). ``edge`` is true for the lines above
    the title, right after it and at the very end of the document, where a lone weak label at the
    start of a short line ("来源：XX县司法局") is page furniture too.
    """
    found = [p for p in patterns if p.scope == "line" and p.may_occur_in_line(stripped) and p.regex.search(stripped)]
    labels = sum(len(p.regex.findall(stripped)) for p in found)
    if not found or (len(stripped) > 100 and labels < 3):
        return None
    if any(p.strong for p in found) or labels >= 2:
        return found
    # a single weak label (来源：) needs a publication date/time at the start of the line
    m = _DATE_TIME.match(stripped)
    if m and found[0].regex.search(stripped, m.end()):
        return found
    if edge and len(stripped) <= 40 and found[0].regex.match(stripped.lstrip("（(【[")):
        return found
    return None


def find_artifacts(document: Document, context: Any = None) -> list[Artifact]:
    """Every web or conversion leftover of ``document`` (also used by other rule families to skip them).

    Computed once per document and context, however many rule families ask (do not modify the list).
    """
    # the cached pair keeps ``context`` alive, so its id cannot be reused by another context
    _context, artifacts = document.shared(("hygiene/artifacts", id(context)),
                                          lambda: (context, _find_artifacts(document, context)))
    return artifacts


def _find_artifacts(document: Document, context: Any = None) -> list[Artifact]:
    table = _pattern_table(context)
    lines, line_starts = document.lines, document.line_starts
    # only the patterns whose required texts occur in the report can match, and only on the
    # lines holding one of those texts: each pattern is tried on those lines alone
    inline_at: dict[int, list[Pattern]] = {}
    labels_at: dict[int, list[Pattern]] = {}
    nonempty: Optional[list[int]] = None
    present = SHARED_LITERALS.present(document.text)
    holding: dict[str, list[int]] = {}  # the lines holding each required text that occurs
    for i in table.candidates(present):
        p = table.patterns[i]
        if table.anywhere[i]:
            if nonempty is None:
                nonempty = _nonempty_lines(document)
            where: "Iterable[int]" = nonempty
        else:
            where = set()
            for t in present.intersection(p.requires or ()):
                if t not in holding:
                    holding[t] = _lines_holding(document, t)
                where.update(holding[t])
        at = labels_at if p.scope == "line" else inline_at
        for idx in where:
            at.setdefault(idx, []).append(p)
    if not inline_at and not labels_at:
        return []  # the usual case for most patterns: nothing to try
    if labels_at:
        for heading in document.headings:
            labels_at.pop(heading.line, None)  # a heading is never page furniture
    edges: Optional[set[int]] = None  # computed for the first line that may be furniture
    out: list[Artifact] = []
    for idx in sorted(inline_at.keys() | labels_at.keys()):
        line = lines[idx]
        if not line.strip():
            continue
        base = line_starts[idx]
        by_line = labels_at.get(idx)
        stripped = _furniture_text(line) if by_line else None
        labels = None
        if stripped is not None:
            if edges is None:
                edges = _edge_lines(document)
            labels = _furniture_labels(stripped, by_line, idx in edges)
        if labels:
            lead = len(line) - len(line.lstrip(_LINE_SPACES))
            end = len(line.rstrip(_LINE_SPACES))
            zh = "、".join(dict.fromkeys(p.zh for p in labels))
            en = ", ".join(dict.fromkeys(p.en for p in labels))
            out.append(Artifact(base + lead, base + end, "web", zh, en, True))
            continue
        for p in inline_at.get(idx, ()):
            for m in p.regex.finditer(line):
                if m.end() > m.start():
                    out.append(Artifact(base + m.start(), base + m.end(), p.kind, p.zh, p.en, False, p.deletable))
    out.sort(key=lambda a: (a.start, -a.end))
    kept: list[Artifact] = []
    for a in out:  # drop matches nested in an earlier one
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    return kept


def artifact_spans(document: Document, context: Any = None) -> list[tuple[int, int]]:
    """(start, end) of every leftover, for rules that should not check text that must be deleted."""
    return [(a.start, a.end) for a in find_artifacts(document, context)]


def _artifact_findings(document: Document, context: Any, artifacts: list[Artifact]) -> Iterator[Finding]:
    for a in artifacts:
        quoted = document.text[a.start:a.end]
        short = quoted if len(quoted) <= 40 else quoted[:38] + "……"
        if a.kind in ("template", "note"):
            if context.enabled(TEMPLATE.id):
                message = (msg(f"模板占位符未填写（{a.zh}）：“{short}”，请填入实际内容",
                               f"unfilled template placeholder ({a.en}): '{short}'; fill in the real value")
                           if a.kind == "template" else
                           msg(f"稿中留有起草批注（{a.zh}）：“{short}”，应按批注补充或核实后删除",
                               f"a drafter's note left in the text ({a.en}): '{short}'; do what it asks, then delete it"))
                yield TEMPLATE.finding(message, a.start, a.end)
        elif a.kind == "conversion":
            if not context.enabled(CONVERSION.id):
                continue
            if a.deletable:
                yield CONVERSION.finding(
                    msg(f"“{short}”是 Word 转换残留（{a.zh}），不属于报告正文，应删除",
                        f"'{short}' is {a.en} left by Word conversion; delete it"),
                    a.start, a.end, "")
            else:
                yield CONVERSION.finding(
                    msg(f"“{short}”是 Word 的{a.zh}，原处应有的内容已丢失，应在 Word 中更新或重新插入后再定稿",
                        f"'{short}' is {a.en}: what belongs here was lost; update or re-insert it in Word"),
                    a.start, a.end)
        elif context.enabled(WEB.id):
            if a.whole_line:
                yield WEB.finding(
                    msg(f"网页元数据行（{a.zh}）残留：“{short}”，应整行删除",
                        f"web page metadata line ({a.en}) left in the text: '{short}'; delete the line"),
                    a.start, a.end)
            else:
                yield WEB.finding(
                    msg(f"网页残留内容（{a.zh}）：“{short}”，应删除",
                        f"web page leftover ({a.en}): '{short}'; delete it"),
                    a.start, a.end, "")


def _invisible_findings(document: Document) -> Iterator[Finding]:
    for m in _INVISIBLE.finditer(document.text):
        ch = m.group()
        name = _CHAR_NAMES.get(ch, f"控制字符 U+{ord(ch):04X}")
        if ord(ch) in _SYMBOL_FONT:
            yield INVISIBLE.finding(
                msg(f"出现 Word 符号字体的私用区字符 U+{ord(ch):04X}（多为项目符号），在 Word 之外显示为方框，"
                    "应删除或改用中文序号",
                    f"private-use character U+{ord(ch):04X} of a Word symbol font (usually a bullet): it shows "
                    "as a box outside Word; delete it or use a Chinese list marker"), m.start(), m.end())
        elif ch == "\ufffd":
            yield INVISIBLE.finding(
                msg(f"出现{name}，请对照原文补回该字",
                    "U+FFFD replacement character: a character was lost when the file was decoded; "
                    "restore it from the original"), m.start(), m.end())
        else:
            yield INVISIBLE.finding(
                msg(f"出现不可见字符：{name}，应删除",
                    f"invisible character U+{ord(ch):04X} in the text; delete it"),
                m.start(), m.end(), "")


def _space_name(run: str) -> str:
    names = [_SPACE_NAMES.get(ch, f"U+{ord(ch):04X}") for ch in dict.fromkeys(run)]
    return "、".join(names)


@lru_cache(maxsize=256)
def _trailing_message(run: str) -> Message:
    """The message for trailing whitespace ``run``: a report ends many lines with the same few spaces."""
    return msg(f"行尾有多余空白（{_space_name(run)}），应删除",
               f"trailing whitespace ({len(run)} character(s)); delete it")


def _latin_word_end(text: str, i: int) -> bool:
    """True when ``text[i]`` is a Latin letter or digit (False outside the text)."""
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


def _is_cjk_or_punct(ch: str) -> bool:
    return bool(ch) and (is_cjk(ch) or ch in _FULL_PUNCT or ch in "“‘（《「『【")


def _whitespace_findings(document: Document, artifacts: list[Artifact]) -> Iterator[Finding]:
    """Whitespace findings outside leftovers (a leftover is deleted with its spaces)."""
    if not artifacts:  # the usual case: nothing to leave out
        yield from _raw_whitespace(document)
        return
    lines_gone = {document.position(a.start)[0] - 1 for a in artifacts if a.whole_line}
    for f in _raw_whitespace(document):
        if document.position(f.start)[0] - 1 in lines_gone:
            continue
        if any(a.start < f.end and f.start < a.end for a in artifacts):
            continue
        yield f


def _raw_whitespace(document: Document) -> Iterator[Finding]:
    title = document.title
    title_lines = range(title.first_line, title.last_line + 1) if title else range(0)
    spaced: Optional[bool] = None  # whether the report spaces its numbers from Chinese (asked when needed)
    # a line without any space character has nothing to report: only the others are looked at
    for idx in _lines_where(document, _ANY_SPACE_RE):
        line = document.lines[idx]
        base = document.line_starts[idx]
        if not line.strip(_ANY_SPACE):
            yield WHITESPACE.finding(
                msg("此行只有空白字符，应删除空白或整行", "a line made only of whitespace; empty it"),
                base, base + len(line), "")
            continue
        body = line.rstrip(_LINE_SPACES)
        if len(body) < len(line):
            run = line[len(body):]
            if not (run.strip("\u3000") == "" and _right_indented_signature(document, idx, body)):
                yield WHITESPACE.finding(_trailing_message(run), base + len(body), base + len(line), "")
        lead = len(body) - len(body.lstrip(_LINE_SPACES))
        if idx in title_lines:
            continue
        odd = _ODD_SPACE_CHAR.search(body, lead)  # odd spaces are rare: most lines skip the run search
        for m in _ODD_SPACE_RE.finditer(body, lead) if odd else ():
            if _latin_word_end(body, m.start() - 1) and _latin_word_end(body, m.end()):
                continue  # GB/T 9704, Windows 10: a no-break space between Latin words keeps them together
            yield WHITESPACE.finding(
                msg(f"行内有异常空白字符（{_space_name(m.group())}），通常来自网页或格式转换，应删除",
                    "unusual space character (NBSP/EN/EM/THIN SPACE) inside the line; delete it"),
                base + m.start(), base + m.end(), "")
        if _SPACED_OUT.fullmatch(body, lead):
            continue  # 目　录, 前　言: a short caption letter-spaced as 公文 lay it out
        in_date = False  # a space between the number and the 年, 月 or 日 of a date (2025 年, 年 2月)
        number_gaps: list[tuple[int, int]] = []  # spaces between a Chinese character and a number
        for m in _SPACE_RE.finditer(body, lead):
            before = body[m.start() - 1] if m.start() > 0 else ""
            after = body[m.end()] if m.end() < len(body) else ""
            if not in_date and (before.isdigit() and after in _DATE_UNITS or before in _DATE_UNITS and after.isdigit()):
                in_date = True
            if m.group() == " " and (is_cjk(before) and after.isdigit() or before.isdigit() and is_cjk(after)) \
                    and _number_in_chinese(body, m.start(), m.end()):
                number_gaps.append(m.span())
            if _is_cjk_or_punct(before) and _is_cjk_or_punct(after):
                marker_end = _marker_ends(document).get(idx)
                if marker_end is not None and marker_end[0] == m.start() and (
                        marker_end[1] or not m.group().strip("\t")):
                    continue  # 第二部分 党政…, 一、\t主要举措: the blank separates a marker from its title
                if not m.group().strip("\t") and not body.endswith(_SENTENCE_ENDS):
                    continue  # 类别\t件数\t占比: the cells of a table row copied as text
                if _joint_signature(document, idx, body):
                    break  # the spaces lay out the issuers' names side by side
                if _slogan_space(body, m.start(), m.end()):
                    continue  # “学宪法 讲宪法”: the space parts the equal halves of a slogan
                if m.group() == " " and _JOINT_ISSUER_BEFORE.search(body, 0, m.start()) \
                        and _JOINT_ISSUER_AFTER.match(body, m.end()):
                    continue  # 中共中央 国务院印发…: joint issuers are parted by a space
                yield WHITESPACE.finding(
                    msg(f"中文字符或标点之间有多余空格（“{before}{m.group()}{after}”），应删除",
                        "space between Chinese characters or after Chinese punctuation; delete it"),
                    base + m.start(), base + m.end(), "")
        dates = [m.span() for m in _SPACED_DATE.finditer(body, lead)] if in_date else []
        if number_gaps and spaced is None:
            spaced = _spaces_numbers(document.text)
        if number_gaps and not spaced:
            for gs, ge in number_gaps:
                if not any(ds <= gs and ge <= de for ds, de in dates):
                    yield WHITESPACE.finding(
                        msg(f"数字与汉字之间有多余空格（“{body[gs - 1:ge + 1]}”），全文其他数字前后均不加空格，应删除",
                            "a space between a number and Chinese text, where the rest of the report sets none; delete it"),
                        base + gs, base + ge, "")
        if not in_date:
            continue  # the usual line: no space next to the numbers of a date
        for m in _SPACED_DATE.finditer(body, lead):
            date = m.group()
            if _SPACE_RE.search(date):
                fixed = _SPACE_RE.sub("", date)
                yield WHITESPACE.finding(
                    msg(f"日期“{date}”中有多余空格，应写作“{fixed}”",
                        f"spaces inside the date '{date}'; write '{fixed}'"),
                    base + m.start(), base + m.end(), fixed)


#: a number set off from Chinese text by a space (2024 年, 在 2024), and one written against it
_NUMBER_SPACED = recache.compile(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]")
_NUMBER_TIGHT = recache.compile(r"[\u4e00-\u9fff]\d|\d[\u4e00-\u9fff]")


def _number_in_chinese(body: str, start: int, end: int) -> bool:
    """True when the number next to the space ``body[start:end]`` stands in Chinese text on both sides
    (在 2024 年, 共 12 件), not in Latin text (Windows 10 终端)."""
    if body[end:end + 1].isdigit():
        k = end
        while k < len(body) and (body[k].isdigit() or body[k] in ".%"):
            k += 1
        after = body[k + 1:k + 2] if body[k:k + 1] == " " else body[k:k + 1]
        return is_cjk(after) if after else True
    j = start
    while j > 0 and (body[j - 1].isdigit() or body[j - 1] == "."):
        j -= 1
    before = body[j - 2:j - 1] if j > 1 and body[j - 1] == " " else body[j - 1:j]
    return is_cjk(before) if before else True


def _spaces_numbers(text: str) -> bool:
    """True when the report follows the style that sets numbers off from Chinese with spaces (在 2024 年):
    more than two such spaces, or one for every ten numbers written against the text."""
    spaced = len(_NUMBER_SPACED.findall(text))
    return spaced > 2 or spaced * 10 > len(_NUMBER_TIGHT.findall(text))


#: the Party body before the space of two joint issuers (中共中央 国务院, 中共中央办公厅 国务院办公厅, 县委 县政府)
_JOINT_ISSUER_BEFORE = recache.compile(r"(?:中共中央|中央|办公厅|[省市县区州旗镇乡]委|党委|党组)$")
#: the government body after it
_JOINT_ISSUER_AFTER = recache.compile(r"(?:国务院|[\u4e00-\u9fff]{0,4}?(?:人民政府|政府办公室|政府))")


def _slogan_space(body: str, start: int, end: int) -> bool:
    """True when the space ``body[start:end]`` parts phrases of one length that share a character, three or
    more such phrases or two of four characters, inside a short quotation: the name of an activity written
    as a slogan (“学宪法 讲宪法”, “尊法 学法 守法 用法”, “治违禁 控药残 促提升”, “检爱同行 共护未来”)."""
    opened = body.rfind("“", 0, start)
    closed = body.find("”", end)
    if opened < 0 or closed < 0 or closed - opened > 20 or body.rfind("”", opened, start) >= 0:
        return False
    parts = body[opened + 1:closed].split()
    # a slogan repeats itself: every half holds a shared character (宪法, 法), which a term split by a
    # stray space (“一窗 通办”) does not; or it lines up three phrases or more, or two of four characters
    # (“检爱同行 共护未来”), which one stray space in a term does not
    return (len(parts) >= 2 and len({len(p) for p in parts}) == 1
            and all(all("\u4e00" <= c <= "\u9fff" for c in p) for p in parts)
            and (len(parts) >= 3 or len(parts[0]) >= 4 or bool(set.intersection(*(set(p) for p in parts)))))


#: how a sentence of running text ends (a table row copied as text does not)
_SENTENCE_ENDS = ("。", "！", "？", "；", "：", "…")
#: a caption of two to four characters spread over the line (目　录, 前  言, 说　　明): Word and WPS
#: users space them out by hand; the tabs between the cells of a table row copied as text
#: (类别\t件数) and after a list number Word turned into text (一、\t主要举措) are layout too
_SPACED_OUT = recache.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}")
#: what stands on one side of a space inside a date, a digit on the other
_DATE_UNITS = frozenset("年月日")
_S = "[ \t\u3000]*"
#: a date of two or three parts written in Chinese, with or without spaces: 2025 年 2 月 17 日,
#: 2025年 3 月, 3 月 12 日 (a number alone before 年 or 月, "共计2025 年", may follow the style that
#: spaces Latin text and numbers from Chinese, and is left alone)
_SPACED_DATE = recache.compile(
    rf"(?<![\d.．])(?:(?:19|20)\d{{2}}{_S}年{_S}(?:1[0-2]|0?[1-9]){_S}月(?:{_S}(?:3[01]|[12]\d|0?[1-9]){_S}日)?"
    rf"|(?:1[0-2]|0?[1-9]){_S}月{_S}(?:3[01]|[12]\d|0?[1-9]){_S}日)")


def _right_indented_signature(document: Document, idx: int, body: str) -> bool:
    """True when line ``idx`` (``body``, without its trailing full-width spaces) is the issuer's name or
    the date of the signature: GB/T 9704-2012 §7.3.5 sets them 右空二字 / 右空四字, which Word users
    type as full-width spaces after a right-aligned line."""
    below = sum(1 for line in document.lines[idx + 1:] if line.strip(_LINE_SPACES))
    if below >= _SIGNATURE_LINES:
        return False
    text = body.strip(_LINE_SPACES)
    return bool(_SIGNATURE_DATE.fullmatch(text) or _ISSUER_NAME.match(text) or _SIGNATURE_PLACE.search(text))


def _joint_signature(document: Document, idx: int, body: str) -> bool:
    """True when line ``idx`` (``body``) is a joint signature: issuers' names side by side, spaced, at the end."""
    lines = document.lines
    below = sum(1 for line in lines[idx + 1:] if line.strip(_LINE_SPACES))
    if below >= _SIGNATURE_LINES or len(body) > 60:
        return False
    names = _SPACE_RE.split(body.strip(_LINE_SPACES))
    return len(names) >= 2 and all(_ISSUER_NAME.match(name) for name in names)


def _marker_ends(document: Document) -> dict[int, tuple[int, bool]]:
    """Line -> (column just past the marker of the heading on that line, whether it is a part's, 第一部分)."""
    return document.shared("hygiene-marker-ends", lambda: {
        h.line: (h.marker_end - document.line_starts[h.line], h.style is MarkerStyle.CN_PART)
        for h in document.headings if not h.embedded})


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Check the document for leftovers, invisible characters and stray whitespace."""
    wanted = [r for r in RULES if context.enabled(r.id)]
    if not wanted:
        return
    if any(context.enabled(r.id) for r in (WEB, CONVERSION, WHITESPACE, TEMPLATE)):
        artifacts = find_artifacts(document, context)
    else:
        artifacts = []
    if any(context.enabled(r.id) for r in (WEB, CONVERSION, TEMPLATE)):
        yield from _artifact_findings(document, context, artifacts)
    if context.enabled(INVISIBLE.id):
        yield from _invisible_findings(document)
    if context.enabled(WHITESPACE.id):
        yield from _whitespace_findings(document, artifacts)
