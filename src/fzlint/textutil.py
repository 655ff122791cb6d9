"""Small text helpers shared by the core and the rule plugins (no rules here)."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from . import recache

#: one CJK unified ideograph (basic block plus extension A and compatibility ideographs)
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = recache.compile(f"[{CJK}]")
#: full-width Chinese punctuation that ends or splits a clause
CLAUSE_PUNCT = "，。；：！？、"
#: the pairs of signs a draft may type for the 书名号 《》 (GB/T 15834-2011 §4.15), opening and
#: closing: what punctuation/title-mark-lookalike reports, and where other rules still find a title
TITLE_MARK_LOOKALIKES = (("<<", ">>"), ("〈〈", "〉〉"), ("＜＜", "＞＞"), ("≪", "≫"))
SENTENCE_END = "。！？；"

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUMERAL_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS)


def longest_first(words: "Iterable[str]") -> tuple[str, ...]:
    """``words`` without duplicates, longest first, then in code-point order.

    The order to join alternatives of a regular expression in (a longer word wins at the same
    position), and a deterministic one: the same list gives the same pattern text in every
    process, whatever the hash seed, so the compiled pattern can be reused (:mod:`fzlint.recache`).
    """
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def split_with_starts(text: str, sep: str) -> tuple[list[str], list[int]]:
    """``text.split(sep)`` and the offset in ``text`` where each part starts."""
    parts = text.split(sep)
    starts, pos = [], 0
    for part in parts:
        starts.append(pos)
        pos += len(part) + len(sep)
    return parts, starts


def is_cjk(ch: str) -> bool:
    """True when ``ch`` is a single CJK ideograph."""
    return bool(ch) and CJK_RE.match(ch) is not None


def cn_to_int(s: str) -> int | None:
    """Convert a Chinese numeral such as ``十二`` or ``二十`` (or Arabic digits) to an int."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    total, section, number = 0, 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            number = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                section = (section + number) * unit
                total += section
                section = 0
            else:
                section += (number or 1) * unit
            number = 0
        else:
            return None
    return total + section + number


_DIGIT_BY_DIGIT = "〇一二三四五六七八九"


def digits_to_cn(n: int) -> str:
    """A number written digit by digit in Chinese numerals, as years are (2026 -> ``二〇二六``)."""
    return "".join(_DIGIT_BY_DIGIT[int(d)] for d in str(n))


def cn_digits_to_int(s: str) -> int | None:
    """A number written digit by digit (``二〇二六``, ``二○二六``, ``二零二六`` -> 2026); None when it is not one."""
    try:
        return int("".join(str(_DIGIT_BY_DIGIT.index(c.replace("○", "〇").replace("零", "〇"))) for c in s))
    except ValueError:
        return None


def int_to_cn(n: int) -> str:
    """Convert 1..99 to a Chinese numeral (``12`` -> ``十二``), as used in heading numbers."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return digits[tens] + "十" + (digits[ones] if ones else "")


def clause_spans(text: str, start: int = 0, end: int | None = None,
                 breaks: str = SENTENCE_END + "\n") -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of the clauses of ``text[start:end]`` split at ``breaks``."""
    end = len(text) if end is None else end
    i = start
    if breaks:
        for m in _breaks(breaks).finditer(text, start, end):  # scanning in C, not character by character
            j = m.start()
            yield i, j + 1
            i = j + 1
    if i < end:
        yield i, end


_BREAKS: dict[str, "re.Pattern[str]"] = {}
#: how far back :func:`sentence_bounds` looks at a time for the end of the previous sentence
_LOOK_BACK = 160


def _breaks(breaks: str) -> "re.Pattern[str]":
    """A pattern matching one of the characters of ``breaks`` (compiled once per set)."""
    pattern = _BREAKS.get(breaks)
    if pattern is None:
        pattern = _BREAKS[breaks] = recache.compile(f"[{re.escape(breaks)}]")
    return pattern


def sentence_bounds(text: str, offset: int, breaks: str = SENTENCE_END + "\n") -> tuple[int, int]:
    """Return the (start, end) of the sentence of ``text`` that contains ``offset``.

    The sentence starts after the last break before ``offset`` and ends with the first break
    from ``offset`` on (included, unless a line break).  Both are searched in C: backwards as a
    search of the reversed text before ``offset``, a window at a time.
    """
    pattern = _breaks(breaks)
    s = offset
    while s > 0:
        lo = max(0, s - _LOOK_BACK)
        m = pattern.search(text[lo:s][::-1])
        if m is not None:
            s -= m.start()
            break
        s = lo
    m = pattern.search(text, offset)
    e = len(text) if m is None else m.start()
    return s, min(len(text), e + 1) if e < len(text) and text[e] != "\n" else e


def required_literal(pattern: "re.Pattern[str]") -> str | None:
    """The longest text every match of ``pattern`` contains, or None (see :func:`fzlint.recache.required_literal`)."""
    return recache.required_literal(pattern)
