"""The checklist's fast paths give exactly what the plain definitions give.

Matching is memoised per document and short-cut (literal tests, masks applied once per heading,
a match test that stops at the first hit); each shortcut is compared here with the definition it
replaces, on report text and on generated strings.
"""

from __future__ import annotations

import random
import re

from conftest import doc, report
from fzlint.checklist import load, patterns
from fzlint.checklist.frame import DATE_AR, DATE_CN, DATE_ISO, PublicationDeadline, _date_in
from fzlint.checklist.loader import bundled_ids, locate
from fzlint.checklist.patterns import (CN_UNITS, DEFAULT_UNITS, MASK_CHAR, Matcher, enumerated_items, masked,
                                       quantity_regex)
from fzlint.checklist.model import PLACEHOLDER, fill
from fzlint.checklist.selectors import Env, title_span
from fzlint.textutil import longest_first, sentence_bounds

TEXT = report(
    "一、2024年度推进法治政府建设的主要举措和成效",
    "（一）强化组织领导。镇党委书记主持召开专题会议3次，年终述法1次，组织学法六次。",
    "（二）《关于加强法治政府建设的意见》落实情况。开展普法宣传20场次，覆盖1.5万人次。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "主要负责人带头述法，亲自研究部署法治工作，安全生产第一责任人职责另行报告。",
    "三、存在的不足和原因",
    "一是执法力量不足；二是群众法治意识有待进一步提高。究其原因，主要是编制有限。",
    "四、2025年工作安排",
    "2025年6月底前完成执法人员培训，全年开展普法活动不少于20次。",
    "",
    "青石镇人民政府",
    "2025年02月03日",
)

MATCHERS = [
    Matcher(patterns=("第一责任人?", "主要负责(人|同志)[^。；]{0,16}(履行|带头|亲自|述法)")),
    Matcher(patterns=("(?=主要)", "原因"), keywords=("不足",)),
    Matcher(patterns=("{year}年", "{next_year}"), mask=("《[^》]*》",)),
    Matcher(keywords=("法治", ""), words=("述法", "法治")),
    Matcher(patterns=("第一责任人",), exclude=("安全生产[^。；]{0,6}第一责任人",), mask=("《[^》]*》",)),
    Matcher(patterns=("普法|宣传",), with_=("\\d",)),
    Matcher(patterns=("^一、", "安排$", "(?<=二)是")),
    Matcher(),
]


def test_matches_is_whether_find_finds_something():
    d = doc(TEXT)
    spans = [(s, s + n) for s in range(0, len(d.text), 7) for n in (0, 1, 5, 30, 200)]
    for m in MATCHERS:
        for year in (None, 2024):
            for s, e in spans:
                e = min(e, len(d.text))
                assert m.matches(d, s, e, year) == bool(m.find(d, s, e, year)), (m, s, e, year)
                test = m.text_test(year)
                if test is not None:
                    assert test(m.masked(d.text[s:e], year)) == bool(m.find(d, s, e, year)), (m, s, e)


def test_find_skipping_absent_exclusions_finds_what_checking_every_sentence_finds(monkeypatch):
    d = doc(TEXT + "《安全生产\n第一责任人》第一责任人。安全生产第一责任人。")
    spans = [(s, s + n) for s in range(0, len(d.text), 5) for n in (3, 12, 40, 400)]
    excluding = [m for m in MATCHERS if m.exclude] + [
        Matcher(patterns=("第一责任人",), exclude=("《安全", "第一(?=责任)"), mask=("《[^》]*》",))]
    fast = {(id(m), s, e): m.find(d, s, e, 2024) for m in excluding for s, e in spans}
    monkeypatch.setattr(patterns, "_may_occur", lambda *args: True)
    for m in excluding:
        for s, e in spans:
            assert fast[id(m), s, e] == m.find(d, s, e, 2024), (m, s, e)


def test_one_sentence_test_of_a_word_is_comparing_sentence_bounds():
    rnd = random.Random(3)
    for _ in range(5000):
        text = "".join(rnd.choice("述法。！？；\n，a") for _ in range(rnd.randint(2, 12)))
        s = rnd.randint(0, len(text) - 1)
        e = rnd.randint(s + 1, len(text))
        d = doc(text)
        same = sentence_bounds(text, s) == sentence_bounds(text, e - 1)
        assert (not same) <= (not patterns._on_token_boundaries(d, s, e)), (text, s, e)
        assert same == (not any(ch in patterns._SENTENCE_BREAKS for ch in text[s:e - 1])), (text, s, e)


def test_fill_is_substituting_the_placeholders():
    rnd = random.Random(4)
    values = {"year": 2024, "count": 0, "detail": ("细节", "detail"), "section": "“三、不足”"}
    pieces = ["{year}", "{count}", "{detail}", "{section}", "{unknown}", "{", "}", "{Year}", "文", "a"]

    def by_definition(template: str, lang: str) -> str:
        def repl(m: re.Match) -> str:
            value = values.get(m.group(1), "")
            return str(value[1] if lang == "en" else value[0]) if isinstance(value, tuple) else str(value)
        return PLACEHOLDER.sub(repl, template)

    for _ in range(3000):
        template = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        for lang in ("zh", "en"):
            assert fill(template, values, lang) == by_definition(template, lang), template


def _title_span_by_definition(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u3000\u00a0\n":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\u00a0\n。：:；;":
        e -= 1
    return s, e


class _Heading:
    def __init__(self, marker_end: int, end: int) -> None:
        self.marker_end, self.end = marker_end, end


def test_title_span_strips_like_the_definition():
    rnd = random.Random(1)
    alphabet = " \t\u3000\u00a0\n。：:；;情况a"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10)))
        s = rnd.randint(0, len(text))
        e = rnd.randint(s, len(text))
        assert title_span(doc(text), _Heading(s, e)) == _title_span_by_definition(text, s, e), (text, s, e)


def test_masks_blank_every_match_of_the_original_text():
    rnd = random.Random(2)
    masks = ("《[^》]*》", "“[^”]*”", "》“")
    for _ in range(3000):
        text = "".join(rnd.choice("《》“”ab") for _ in range(rnd.randint(0, 12)))
        chars = list(text)
        for pat in masks:
            for m in re.finditer(pat, text):
                chars[m.start():m.end()] = MASK_CHAR * (m.end() - m.start())
        assert masked(text, list(masks), None) == "".join(chars), text


def _plain_quantity_regex(units: tuple[str, ...]) -> re.Pattern[str]:
    """quantity_regex as plainly written: lookbehinds first, no class consumed ahead of them."""
    alt = "|".join(re.escape(u) for u in longest_first(units))
    cn = "|".join(re.escape(u) for u in longest_first(set(units) & set(CN_UNITS)))
    arabic = rf"(?<![\d.])\d+(?:\.\d+)?\s*(?:[万千百])?\s*(?:余|多)?\s*(?:{alt})"
    if not cn:
        return re.compile(arabic)
    chinese = (r"(?<![第一二两三四五六七八九十百千万零〇])"
               r"(?:[二两三四五六七八九十百千][一二三四五六七八九十百千万零〇]*|一[十百千万][一二三四五六七八九十零〇]*)"
               rf"(?:余|多)?(?:{cn})(?!性)")
    return re.compile(f"{arabic}|{chinese}")


def test_quantity_regex_finds_what_the_plain_regex_finds():
    text = TEXT + "十二次、两千余人、一十五件、第三次、1.5次、3 万元、一次性、二〇二五年、50%。"
    for units in (DEFAULT_UNITS, ("次", "场", "期"), ("%", "万元")):
        fast, plain = quantity_regex(units), _plain_quantity_regex(units)
        for start in range(0, len(text), 3):
            for end in (start + 4, start + 40, len(text)):
                assert [m.span() for m in fast.finditer(text, start, end)] == \
                       [m.span() for m in plain.finditer(text, start, end)], (units, start, end)


def _date_by_definition(line: str):
    """frame._date_in without skipping lines that cannot end with a date."""
    blank = " \t\u3000\u00a0\u2002\u2003\u200b\ufeff"
    text = line.rstrip(blank)
    for rx in (DATE_AR, DATE_CN, DATE_ISO):
        found = list(rx.finditer(text))
        if not found or text[found[-1].end():].strip(blank):
            continue
        m = found[-1]
        if len(text[:m.start()].strip(blank)) > 40:
            continue
        return m.span()
    return None


def test_closing_date_lines():
    for line in ("2025年02月03日", "青石镇人民政府 2025年2月3日 ", "二〇二五年二月三日", "2025-02-03",
                 "2025.2.3　", "2025年2月3日前完成", "日", "", "　", "2025-02-03 10:00", "二〇二五年二月三日。"):
        found = _date_in(line)
        assert (found[0] if found else None) == _date_by_definition(line), line


def test_publication_dates_scan_only_lines_that_can_hold_one():
    text = report("发布时间：2025-04-26", "正文。", "更新于 2025-05-01 10:00", "公开日期2025年4月2日。",
                  "发布\n时间：2025-06-01", title="青石镇关于2024年度法治政府建设情况的报告")
    d = doc(text)
    env = Env(d, {})
    found = list(PublicationDeadline(4, 1).publication_dates(env))
    assert [d.text[s:e] for s, e, _ in found] == ["2025-04-26", "2025-05-01", "2025年4月2日"]


def test_shared_list_items_are_the_enumerated_items():
    d = doc(TEXT)
    env = Env(d, load("annual-report").sections)
    for region in env.regions("shortcomings"):
        assert env.list_items(region.anchor_end, region.end) == \
               enumerated_items(d.text, region.anchor_end, region.end)


def test_bundled_checklists_are_found_every_time():
    assert bundled_ids() == bundled_ids()
    assert "annual-report" in bundled_ids()
    assert locate("annual-report").endswith("annual-report.yaml")


def test_selected_sections_are_the_outermost_matching_ones():
    """A selector tests only the sections that the last region does not hold: the outermost matches,
    as testing every section against every region selected before."""
    from fzlint.checklist.selectors import Selector

    text = report("一、工作情况", "（一）学法情况", "1.集中学法情况", "正文。", "（二）其他", "二、用法", "（一）执法情况",
                  "（1）检查情况", "（二）复议", "1.复议情况", "三、情况汇总", "四、不足")
    d = doc(text)
    env = Env(d, {})
    for levels in ((), (1,), (2,), (2, 3)):
        sel = Selector(heading=Matcher(patterns=("情况",)), levels=levels)
        want: list[tuple[int, int]] = []
        for section in d.sections:
            h = section.heading
            if (not levels or h.level in levels) and "情况" in d.text[slice(*title_span(d, h))] \
                    and not any(s <= section.start and section.end <= e for s, e in want):
                want.append((section.start, section.end))
        assert [(r.start, r.end) for r in env.regions(sel)] == want, levels
        assert [d.text[slice(*env.title_span(h))] for h in d.headings] == env.titles(Matcher())


def test_counting_up_to_one_is_whether_a_count_finds_any():
    """count(enough=1) asks the quantity regex for its first match only: min(1, the full count)."""
    from fzlint.checklist.evidence import QuantitativeEvidence

    d = doc(TEXT)
    env = Env(d, {})
    for units in (DEFAULT_UNITS, ("次", "场次", "人次"), ("万元", "%")):
        check = QuantitativeEvidence(in_="x", per_section=True, min=1, units=units, also=None)
        for s in range(0, len(d.text), 3):
            for e in (s, s + 2, s + 9, s + 40, len(d.text)):
                e = min(e, len(d.text))
                full = check.count(env, s, e)
                for enough in (1, 2, 3):
                    assert check.count(env, s, e, enough) == min(full, enough), (units, s, e, enough)


def test_sentence_spans_are_the_non_blank_pieces_between_sentence_ends():
    """sentence_spans finds its sentences with one regex scan: the pieces a split at every
    sentence end gives, without the blank ones, each with the character that ends it."""
    def plain(text, start, end):
        out, i = [], start
        for m in re.finditer(r"[。；;！？!?：:\n]", text[:end]):
            if m.start() < start:
                continue
            if text[i:m.start()].strip(" \t\u3000\u00a0"):
                out.append((i, m.start(), m.group()))
            i = m.end()
        if text[i:end].strip(" \t\u3000\u00a0"):
            out.append((i, end, ""))
        return out

    rnd = random.Random(11)
    samples = [TEXT] + ["".join(rnd.choice("法治。；;！？!?：:\n \t\u3000\u00a0a") for _ in range(rnd.randint(0, 30)))
                        for _ in range(3000)]
    for text in samples:
        for start, end in ((0, len(text)), (min(3, len(text)), max(len(text) - 2, 0)), (len(text) // 2, len(text))):
            end = max(start, end)
            assert list(patterns.sentence_spans(text, start, end)) == plain(text, start, end), (text, start, end)


def test_masked_texts_are_the_texts_masked_one_by_one():
    """masked_texts leaves out the masks whose literal is in none of the texts: the same texts as
    masking each text on its own."""
    rnd = random.Random(5)
    matchers = [Matcher(patterns=("x",), mask=("《[^》]*》",)), Matcher(patterns=("x",), mask=("《[^》]*》", "[甲乙]丙", "丁戊")),
                Matcher(patterns=("x",))]
    for _ in range(2000):
        texts = ["".join(rnd.choice("《》甲乙丙丁戊\n") for _ in range(rnd.randint(0, 8))) for _ in range(rnd.randint(0, 4))]
        for m in matchers:
            assert m.masked_texts(texts, 2024) == [masked(t, m.mask, 2024) for t in texts], (m, texts)
