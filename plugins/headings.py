"""Heading rules (GB/T 9704-2012 §7.3.3): marker format, levels, numbering, bracket width.

The heading tree comes from the document model (``fzlint.structure``); these rules compare
what was written with what the standard prescribes for the level the heading sits at.
"""

from __future__ import annotations

from typing import Iterator

from fzlint import recache
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.rules import Finding, msg
from fzlint.structure import NONSTANDARD_STYLES, Heading, MarkerStyle, canonical_marker
from fzlint.textutil import cn_to_int, int_to_cn

from .common import rule

_SOURCE = "GB/T 9704-2012《党政机关公文格式》7.3.3（结构层次序数依次为“一、”“（一）”“1.”“（1）”）"

MARKER_FORMAT = rule(
    "heading/marker-format", "structure", "error",
    "标题序号写法不符合 GB/T 9704 层级", "Heading marker does not match its GB/T 9704 level",
    what="A heading numbered with a marker that GB/T 9704 does not use (1、 1） 一. 一， 一） ㈠ ⑴; a mark "
         "after a complete marker: （一）、 （1）、 1.、), numbered twice (三、三、, or Word's automatic "
         "三、 before a typed 一、), or with "
         "the marker of another level (（3） among （一）（二）; （三） for a part between 二、 and 四、; "
         "parts numbered （一）（二）… or 1. 2. … in a report that never uses 一、); sibling 1. headings "
         "written with both points (1．… 2. … 3. …: the fewer are reported).",
    why="The four levels are written 一、 / （一） / 1. / （1）; reviewers mark any other form, and a "
        "wrong marker hides the report's structure.",
    example="1、 党政第一责任人推进法治政府建设工作情况\n（一）……（二）……（3） 坚持理论学习",
    use_instead="一、 党政第一责任人推进法治政府建设工作情况\n（一）……（二）……（三）坚持理论学习",
    source=_SOURCE, fixable=True,
)
LEVEL_SKIP = rule(
    "heading/level-skip", "structure", "error",
    "标题层级跳级", "Heading level skipped",
    what="A heading two or more levels below its parent, e.g. （1） directly under 一、 or （二）.",
    why="GB/T 9704 levels go one step at a time: under 一、 come （一）, under （一） come 1., under 1. "
        "come （1）.",
    example="六、下一步工作思路\n（1） 进一步提高政治站位……",
    use_instead="六、下一步工作思路\n（一）进一步提高政治站位……",
    source=_SOURCE,
)
SEQUENCE = rule(
    "heading/sequence", "structure", "error",
    "同级标题序号不连续或重复", "Heading numbers skip or repeat",
    what="Headings of one level under one parent that do not start at 1 or do not run 1, 2, 3 "
         "without gaps and repeats (（一）（二）（四）; 三、 then 五、).",
    why="A gap or repeat is either a numbering mistake or a lost section; both confuse the reader.",
    example="三、……\n五、……",
    use_instead="三、……\n四、……",
    source=_SOURCE,
)
BRACKET_WIDTH = rule(
    "heading/bracket-width", "structure", "error",
    "标题序号使用半角括号", "Half-width brackets in a heading marker",
    what="A heading marker written with half-width brackets (一) or (1), or with one half-width bracket.",
    why="GB/T 9704 uses full-width brackets （一） （1）; GB/T 15834-2011 §5.1.1 gives Chinese "
        "punctuation a full character width.",
    example="(一)强化依法决策", use_instead="（一）强化依法决策",
    source=_SOURCE + "；GB/T 15834-2011 §5.1.1", fixable=True,
)
RUN_IN = rule(
    "heading/not-at-paragraph-start", "structure", "warning",
    "标题序号出现在段落中间", "Heading marker in the middle of a paragraph",
    what="A heading marker such as （二） or 三、 right after a sentence end in the middle of a paragraph, "
         "where the sibling sequence is missing that very number (or would continue with it): two "
         "paragraphs were merged.  fzlint still counts it as a heading, so the sections stay right.",
    why="The heading disappears from the structure and the numbering appears to skip.",
    example="……三是强化规章和规范性文件管理。(二)强化优质服务……",
    use_instead="……三是强化规章和规范性文件管理。\n（二）强化优质服务……",
    source=_SOURCE,
)
ENUMERATION = rule(
    "heading/enumeration-sequence", "structure", "warning",
    "“一是、二是”序数不连续或重复", "一是/二是 items skip or repeat a number",
    what="Items of a list written in the text as 一是……二是……三是…… (after a colon, a clause mark or "
         "at a paragraph start) whose numbers repeat or skip (一是……二是……二是……; 一是……三是……). "
         "A list runs on across the paragraphs of one section and starts again at each 一是 and at "
         "each heading; 一是一、二是二 (the idiom) and 唯一是, 第一是 are not items.",
    why="A repeated or skipped number is a slip of editing (an item added, dropped or moved) that "
        "reviewers mark like a heading number.",
    example="存在的不足：一是……；二是……；二是法治宣传方式较为传统。",
    use_instead="存在的不足：一是……；二是……；三是法治宣传方式较为传统。",
    source="《党政机关公文处理工作条例》（2012年）第十九条：公文“结构严谨，表述准确，层次清晰”",
)
RULES = (MARKER_FORMAT, LEVEL_SKIP, SEQUENCE, BRACKET_WIDTH, RUN_IN, ENUMERATION)

_LEVEL_NAMES_ZH = {0: "部分", 1: "一级", 2: "二级", 3: "三级", 4: "四级"}


@hookimpl
def fzlint_rules():
    """Declare the heading rules."""
    return list(RULES)


def _siblings(headings: tuple[Heading, ...]) -> dict[tuple[int | None, int], list[Heading]]:
    groups: dict[tuple[int | None, int], list[Heading]] = {}
    for h in headings:
        groups.setdefault((h.parent, h.level), []).append(h)
    return groups


def _top_level_in_disguise(headings: tuple[Heading, ...]) -> set[int]:
    """Indexes of the top headings of a report that has no 一、 level: （一）（二）… or 1. 2. … as parts.

    GB/T 9704 numbers the levels in order, so the first level a report uses is written 一、.
    """
    if any(h.level == 1 for h in headings):
        return set()
    top = [h for h in headings if h.parent is None]
    if len(top) < 2 or len({h.level for h in top}) != 1 or top[0].level == 0:
        return set()  # parts (第一部分 …) are above the four levels, not one of them
    return {h.index for h in top}


def _repeated_marker(document: Document, h: Heading) -> Finding:
    """The finding for a marker written twice (三、三、, or Word's number 三、 before a typed 一、)."""
    end = document.text.index(h.repeated, h.marker_end) + len(h.repeated)
    written = document.text[h.start:end]
    if h.repeated == h.marker:
        return MARKER_FORMAT.finding(
            msg(f"标题序号“{h.marker}”写了两遍（“{written}”），应只保留一个",
                f"heading marker '{h.marker}' written twice ('{written}'); keep one"),
            h.start, end, h.marker)
    return MARKER_FORMAT.finding(
        msg(f"标题有两个序号（“{written}”），多为 Word 自动编号之后又手工输入了序号，应只保留一个",
            f"heading numbered twice ('{written}'), usually Word's automatic number before a typed one; "
            "keep one"),
        h.start, end)


def _first_number(headings: tuple[Heading, ...], parent: int | None, level: int, first: Heading) -> int:
    """The number the first of a parent's headings at ``level`` should carry: 1, or the one after a
    run of deeper children before it that skip this level (一、 / 1.… / （二）: the 1. is reported as a
    level skip, meant as （一）, and （二） is right)."""
    if parent is None:
        return 1
    before = [h for h in headings if h.parent == parent and h.level > level and h.index < first.index]
    if before and first.number == before[-1].number + 1:
        return first.number
    return 1


_NUMERALS = frozenset("一二三四五六七八九十")
#: what may stand before an item marker 一是 (besides a line start and blanks)
_BEFORE_ITEM = frozenset("：:；;，,。！？")
#: what may not follow 是 in an item marker: punctuation, or its own numeral (一是一、二是二)
_NOT_AFTER_ITEM = frozenset("，。；：、,.;:一二三四五六七八九十 \t\u3000\n")


def _items(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, number) of each list item marker 一是 at a paragraph start or after a clause mark.

    Found from the 是 of the text with ``str.find``: a regex for the marker would start with a
    lookbehind, which re tries at every character.
    """
    at = text.find("是")
    while at >= 0:
        start = at
        while start > 0 and at - start < 3 and text[start - 1] in _NUMERALS:
            start -= 1
        if start < at and text[at + 1:at + 2] not in _NOT_AFTER_ITEM and at + 1 < len(text):
            before = start
            while before > 0 and text[before - 1] in " \t\u3000":
                before -= 1
            if before == 0 or text[before - 1] == "\n" or text[before - 1] in _BEFORE_ITEM:
                number = cn_to_int(text[start:at])
                if number is not None:
                    yield start, at + 1, number
        at = text.find("是", at + 1)


def _enumeration_findings(document: Document) -> Iterator[Finding]:
    """Run-in list items (一是……二是……) whose numbers repeat or skip, one finding per slip."""
    text = document.text
    if "是" not in text:
        return
    section_starts = sorted(h.start for h in document.headings)
    previous: int | None = None  # the number of the last item of the current list
    k = 0
    items = list(_items(text))
    for start, end, number in items:
        while k < len(section_starts) and section_starts[k] < start:
            previous = None  # a heading between the two items: a new section, a new list
            k += 1
        if number == 1 or previous is None:
            previous = number if number == 1 else None
            continue
        if number != previous + 1:
            written, want = text[start:end], f"{int_to_cn(previous + 1)}是"
            kind = "重复" if number <= previous else "不连续"
            yield ENUMERATION.finding(
                msg(f"“一是、二是”序数{kind}：此处为“{written}”，按顺序应为“{want}”",
                    f"list items {'repeat' if number <= previous else 'skip'} a number: "
                    f"'{written}' where '{want}' is expected"),
                start, end)
        previous = number
    yield from _announced_count_findings(text, items, section_starts)


#: a count of items announced before their list (从以下三个方面推进：, 重点抓好四项工作：)
_ANNOUNCED = recache.compile(r"(?P<n>[两二三四五六七八九十])(?:个方面|方面|项|点|条)"
                             r"(?:的?(?:工作|措施|内容|重点|举措|任务|问题|不足|原因|做法))?(?:如下)?[：:]")
#: how far after the announcement its list's first item (一是) may start
_ANNOUNCED_REACH = 120


def _announced_count_findings(text: str, items: list[tuple[int, int, int]], section_starts: list[int]
                              ) -> Iterator[Finding]:
    """A list of 一是……items (``items``, see :func:`_items`) that has more or fewer items than the
    count announced before it (抓好三个方面工作：一是……四是……)."""
    if not items:
        return
    for m in _ANNOUNCED.finditer(text):
        announced = 2 if m.group("n") == "两" else cn_to_int(m.group("n"))
        first = next((k for k, (s, _e, number) in enumerate(items) if s >= m.end()), None)
        if announced is None or first is None or items[first][2] != 1 or items[first][0] - m.end() > _ANNOUNCED_REACH:
            continue
        boundary = next((h for h in section_starts if h > items[first][0]), len(text))
        count = 1
        for s, _e, number in items[first + 1:]:
            if s >= boundary or number != count + 1:
                break
            count = number
        if count >= 2 and count != announced:
            yield ENUMERATION.finding(
                msg(f"前文说“{m.group()[:-1]}”，下文却列了{count}项（一是……{int_to_cn(count)}是），请核对",
                    f"the text announces {announced} items but lists {count}; check them"),
                m.start(), m.end() - 1)


#: the points a 1. marker is written with: the half-width one of GB/T 9704 and the full-width one
_DOTS = (".", "．")


def _mixed_dot_findings(groups: dict[tuple[int | None, int], list[Heading]]) -> Iterator[Finding]:
    """Sibling 1. headings written with both points (1．… 2. … 4. …): the fewer are reported, the full-width
    ones when there are as many of each (GB/T 9704 writes 1.)."""
    for sibs in groups.values():
        dotted = [h for h in sibs if h.style is MarkerStyle.AR_DOT and h.marker[-1:] in _DOTS and not h.repeated]
        counts = {d: sum(h.marker[-1] == d for h in dotted) for d in _DOTS}
        if not all(counts.values()):
            continue
        usual = "." if counts["."] >= counts["．"] else "．"
        other = next(h for h in dotted if h.marker[-1] == usual).marker
        for h in dotted:
            if h.marker[-1] != usual:
                fixed = h.marker[:-1] + usual
                yield MARKER_FORMAT.finding(
                    msg(f"同级标题序号“{h.marker}”与“{other}”的点号写法不一致，应统一写作“{fixed}”",
                        f"sibling headings write their point differently ('{h.marker}', '{other}'): "
                        f"write '{fixed}'"),
                    h.start, h.marker_end, fixed)


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Check the heading tree of the document."""
    if context.enabled(ENUMERATION.id):
        yield from _enumeration_findings(document)
    headings = document.headings
    if not headings:
        return
    by_index = {h.index: h for h in headings}
    groups = _siblings(headings)

    # merged paragraphs: the parser keeps a mid-paragraph marker that supplies a missing number
    if context.enabled(RUN_IN.id):
        for h in headings:
            if h.embedded:
                yield RUN_IN.finding(
                    msg(f"序号“{h.marker}”出现在段落中间，疑为两段误合并，应另起一段作为标题",
                        f"heading marker '{h.marker}' in the middle of a paragraph: start a new paragraph"),
                    h.start, h.marker_end)

    top_levels = _top_level_in_disguise(headings)
    # asked once, not per heading
    check_format, check_width, check_skip = (context.enabled(r.id)
                                             for r in (MARKER_FORMAT, BRACKET_WIDTH, LEVEL_SKIP))
    for h in headings:
        parent = by_index.get(h.parent) if h.parent is not None else None
        level = 1 if h.index in top_levels else h.level
        if check_format and h.repeated:
            # the other findings on the marker wait: their fixes would overlap this one's
            yield _repeated_marker(document, h)
            continue
        # marker format: non-standard style, or a standard style of another level
        if check_format:
            wrong_level = h.style.nominal_level != level
            nonstandard = h.style in NONSTANDARD_STYLES or h.extra_punct
            if nonstandard or (wrong_level and (h.style.canonical or h.index in top_levels)):
                expected = canonical_marker(level, h.number)
                lv = _LEVEL_NAMES_ZH[level]
                yield MARKER_FORMAT.finding(
                    msg(f"{lv}标题序号写作“{h.marker}”，按 GB/T 9704 应为“{expected}”",
                        f"level-{level} heading numbered '{h.marker}'; GB/T 9704 expects '{expected}'"),
                    h.start, h.marker_end, expected)
        # (a marker with a stray mark after it, (1)、, is fixed whole by the marker-format finding)
        if check_width and h.halfwidth and h.style.nominal_level == h.level and not (check_format and h.extra_punct):
            fixed = h.marker.replace("(", "（").replace(")", "）")
            if not fixed.startswith("（"):
                fixed = "（" + fixed
            yield BRACKET_WIDTH.finding(
                msg(f"标题序号“{h.marker}”使用了半角括号，应为全角“{fixed}”",
                    f"heading marker '{h.marker}' uses half-width brackets; write '{fixed}'"),
                h.start, h.marker_end, fixed)
        # under a part (第一部分), outside the four levels, a report may start at any of them
        if check_skip and parent is not None and h.level > parent.level + 1 and parent.level > 0:
            first_in_run = h.index == 0 or by_index[h.index - 1].level <= parent.level
            if first_in_run:
                want = canonical_marker(parent.level + 1, h.number)
                yield LEVEL_SKIP.finding(
                    msg(f"“{h.marker}”是{_LEVEL_NAMES_ZH[h.level]}序号，却直接位于{_LEVEL_NAMES_ZH[parent.level]}"
                        f"标题“{parent.marker}”之下，跳过了层级；应为“{want}”",
                        f"'{h.marker}' (level {h.level}) sits directly under '{parent.marker}' "
                        f"(level {parent.level}): a level is skipped; expected '{want}'"),
                    h.start, h.marker_end, want)

    if check_format:
        yield from _mixed_dot_findings(groups)

    if context.enabled(SEQUENCE.id):
        for (parent_key, level), sibs in groups.items():
            expected_number = _first_number(headings, parent_key, level, sibs[0])
            for i, h in enumerate(sibs):
                if h.number != expected_number:
                    want = canonical_marker(level, expected_number)
                    kind = ("重复" if h.number < expected_number else "不连续")
                    yield SEQUENCE.finding(
                        msg(f"同级标题序号{kind}：此处为“{h.marker}”，按顺序应为“{want}”",
                            f"heading numbers {'repeat' if kind == '重复' else 'skip'}: "
                            f"'{h.marker}' where '{want}' is expected"),
                        h.start, h.marker_end)
                # one slip is one finding: after a gap (一、二、四、五) the numbers go on from the one
                # written; after a repeat, from the one written too (（二）（二）（三）), unless the next
                # heading carries on the count (（二）（二）（四）: the second （二） is a mistyped （三）)
                following = sibs[i + 1].number if i + 1 < len(sibs) else None
                if h.number < expected_number and following == expected_number + 1:
                    expected_number += 1
                    continue
                expected_number = h.number + 1
