"""fzlint.regexscan: anchor offsets and anchored scans find exactly what a plain search finds."""

from __future__ import annotations

import random
import re

import pytest

from fzlint import regexscan
from fzlint.regexscan import finditer_cheapest, literal_offsets, occurrences


def _by_find(text: str, anchors: tuple[str, ...]) -> list[int]:
    return sorted(i for a in anchors for i in range(len(text)) if text.startswith(a, i))


def test_occurrences_are_every_offset_of_every_anchor_in_order():
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice("法治法制，的") for _ in range(rng.randint(0, 30)))
        for anchors in (("法",), ("法法",), ("法治", "的"), ("治法", "法治", "，")):
            assert occurrences(text, anchors) == _by_find(text, anchors), (text, anchors)
    assert occurrences("法法法", ("法法",)) == [0, 1]  # overlapping ones too
    assert occurrences("法治法治法治", ("法治",), limit=2) is None
    assert occurrences("的的的", ("的",), limit=2) is None
    assert occurrences("法治法治", ("法治",), limit=2) == [0, 2]


def test_literal_offsets_without_overlaps_count_as_str_count():
    assert literal_offsets("法法法法", "法法") == [0, 1, 2]
    assert literal_offsets("法法法法", "法法", overlapping=False) == [0, 2]
    assert literal_offsets("依法治国", "法制") == []


def test_finditer_cheapest_finds_what_finditer_finds_and_shares_the_offsets(monkeypatch):
    around = []
    real_around = regexscan.finditer_around
    monkeypatch.setattr(regexscan, "finditer_around", lambda *a: around.append(1) or real_around(*a))
    pattern = re.compile("(?<!宣)(?:传)?资料(?P<x>分)?")
    rng = random.Random(5)
    filler = "全面推进依法行政，" * 40
    for _ in range(800):
        text = "".join(rng.choice(["资料", "分", "宣", "传", "1"]) for _ in range(rng.randint(0, 10)))
        text = rng.choice(["", filler]) + text + rng.choice(["", filler])
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        known: dict[str, list[int]] = {}
        for shared in (None, known, known):  # the second time, from the offsets kept in ``known``
            got = [(m.span(), m.groups()) for m in finditer_cheapest(pattern, text, ("资料",), 1, known=shared)]
            assert got == plain, text
        if "资料" in known:
            assert known["资料"] == literal_offsets(text, "资料")
    assert len(around) > 1000  # the anchored scan ran, not only the plain search
    assert [m.span() for m in finditer_cheapest(pattern, "资料", (), 1)] == [(0, 2)]  # no anchors: plain search


def test_may_match_tells_texts_that_hold_none_of_the_required():
    from fzlint.regexscan import may_match

    assert may_match("依法行政", None) and may_match("依法行政", ("行政", "法制"))
    assert not may_match("依法行政", ("法制", "普法")) and not may_match("", ("法",))


def test_finditer_windowed_finds_what_finditer_finds():
    from fzlint.regexscan import finditer_windowed, max_width

    # shapes of the rate patterns: a name before its anchor, a lazy part after it, a bounded tail
    patterns = [
        (re.compile(r"([甲乙率]{2,4})率(?:为|达)?\s{0,2}(\d{1,3}(?:\.\d{1,2})?)%"), ("率",), 4),
        (re.compile(r"(?:占比|(?P<name>[甲乙]{2,3})率|占(?P<of>[^，%\d]{1,5}?)的)(?:达|为)?(?P<v>\d{1,2})%"), ("占", "率"), 3),
    ]
    rng = random.Random(11)
    pieces = ["率", "甲", "乙", "甲乙甲乙", "占", "占比", "的", "为", "达", "率为 ", "率达  ", "95", "9", ".5", ".55",
              "%", "%", "，", " "]
    for pattern, anchors, reach in patterns:
        assert max_width(pattern) is not None
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
            got = [(m.span(), m.groups()) for m in
                   finditer_windowed(pattern, text, occurrences(text, anchors) or [], reach)]
            assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)], text
    with pytest.raises(ValueError):
        list(finditer_windowed(re.compile(r"率\d+%"), "合格率98%", [2], 0))  # unbounded: refused
