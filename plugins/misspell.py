"""Misspellings made from words: a common word with one character typed as one the typo list pairs with it.

The typo list (``data/confusables.yaml``) names the slips it has seen (部暑 for 部署, 贯切 for 贯彻);
each of its one-character slips is also a pair of characters an input method or the eye confuses
(署 typed 暑, 彻 typed 切).  :class:`MisspellingTable` applies those pairs to the common words of the
reports (``data/misspellings.yaml``), so a slip the list has never seen in that word (安排 typed
按排 is listed; 部署 in 统一部暑 from 署/暑) is found as well.  A generated form is a guess, and it is
reported only when the text supports it (:func:`misspellings`):

* it is no word of jieba's dictionary (时有, 一至 are words of their own);
* the segmentation of its clause does not cross it (作用发挥 holds 用发, a slip for 用法, only across
  作用|发挥) nor cut it into words of two characters or more (执法|检察 in 执法检察监督 is no 执法检查),
  and the corrected clause keeps the word in one piece (人民检察院 holds 检察院 whole);
* its typed character, when it opens or ends the form, is no frequent word alone (执法全覆盖 holds
  执法全, which is 执法权 with 全 for 权, only because 全 opens 全覆盖).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Iterator, Optional

from fzlint.textutil import CJK
from fzlint.tokens import tokenize, word_frequency

from .common import DataError

#: bump when what :func:`make_forms` makes of the same data changes (the data cache keeps its result)
FORMS_VERSION = "misspell-1"
#: a word the table is made from: two to four Chinese characters
_WORD = re.compile(rf"[{CJK}]{{2,4}}")
#: a typed character at the edge of a form that jieba counts this often as a word alone (全 22165,
#: 有, 是, 和, 时, 至) joins the next or the previous word too often to be taken for a slip there
_FREQUENT_ALONE = 20_000
#: where the clause around a form ends, for its segmentation
_CLAUSE_STOPS = "，。；：、！？,.;:!?“”‘’（）()《》【】\n \u3000"
#: how far the clause is read either side of the form
_REACH = 8


class MisspellingTable:
    """The forms of :func:`make_forms` and a scanner for them."""

    __slots__ = ("forms", "_scanner")

    def __init__(self, forms: Mapping[str, Any]) -> None:
        #: form -> (the word, the offset of its typed character)
        self.forms = forms
        self._scanner: Any = None

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every form in ``text``, overlapping ones too (党委会义事规则 holds 会义 and 义事规则),
        in order of their starts, the longest first."""
        if not self.forms:
            return []
        if self._scanner is None:
            import ahocorasick_rs

            self._scanner = ahocorasick_rs.AhoCorasick(list(self.forms))
        return sorted(((s, e) for _, s, e in self._scanner.find_matches_as_indexes(text, overlapping=True)),
                      key=lambda span: (span[0], -span[1]))


def make_forms(words: tuple[Any, ...], confusables: tuple[Any, ...], chars: tuple[Any, ...]) -> dict[str, tuple[str, int]]:
    """The misspellings of ``words`` (the groups of ``misspellings.yaml``) by the pairs of the typo list
    ``confusables`` and ``chars`` (:func:`typo_pairs`): form -> (word, offset of the typed character).

    Plain data, made once and kept in the data cache by the caller.
    """
    taken = frozenset(str(e["find"]) for e in confusables if isinstance(e, Mapping) and "find" in e)
    return _forms(_vocabulary(words), typo_pairs(confusables, chars), taken)


def _forms(vocabulary: frozenset[str], pairs: Mapping[str, str], taken: frozenset[str]) -> dict[str, tuple[str, int]]:
    """Every form of a word of ``vocabulary`` with one character typed as one ``pairs`` gives for it,
    except words (of ``vocabulary``, of the dictionary), forms of ``taken`` (the typo list's), forms two
    words give and forms with a frequent word alone as typed character at an edge."""
    forms: dict[str, Optional[tuple[str, int]]] = {}
    for word in sorted(vocabulary):
        for i, ch in enumerate(word):
            for typed in pairs.get(ch, ""):
                form = word[:i] + typed + word[i + 1:]
                if form in vocabulary or form in taken:
                    continue
                forms[form] = (word, i) if form not in forms else None  # two words: a slip for neither
    out = {}
    for form, slip in forms.items():
        if slip is None:
            continue
        word, at = slip
        if (at == 0 or at == len(form) - 1) and word_frequency(form[at]) >= _FREQUENT_ALONE:
            continue  # (执法全覆盖)
        if word_frequency(form):
            continue  # a word of its own (时有, 一至)
        out[form] = (word, at)
    return out


def _vocabulary(groups: tuple[Any, ...]) -> frozenset[str]:
    words: set[str] = set()
    for group in groups:
        for word in group if isinstance(group, list) else [group]:
            if not isinstance(word, str) or not _WORD.fullmatch(word):
                raise DataError(f"misspellings.yaml: words: {word!r} is not a word of two to four Chinese characters")
            words.add(word)
    return frozenset(words)


def typo_pairs(entries: tuple[Any, ...], extra: tuple[Any, ...] = ()) -> dict[str, str]:
    """Correct character -> the characters typed for it: the one-character slips of the typo list's
    literal entries (``find`` 部暑, ``fix`` 部署: 署 -> 暑) and the ``chars`` entries."""
    pairs: dict[str, str] = {}

    def add(right: str, typed: str) -> None:
        if typed not in pairs.get(right, ""):
            pairs[right] = pairs.get(right, "") + typed

    for e in entries:
        if not isinstance(e, Mapping) or e.get("kind", "typo") != "typo" or "find" not in e or "fix" not in e:
            continue
        wrong, right = str(e["find"]), str(e["fix"])
        if len(wrong) != len(right):
            continue
        differ = [(a, b) for a, b in zip(wrong, right) if a != b]
        if len(differ) == 1 and all(re.fullmatch(rf"[{CJK}]", c) for c in differ[0]):
            add(differ[0][1], differ[0][0])
    for e in extra:
        if not (isinstance(e, Mapping) and isinstance(e.get("char"), str) and len(e["char"]) == 1
                and isinstance(e.get("typed"), str) and e["typed"]):
            raise DataError(f"misspellings.yaml: chars: {e!r} is not {{char: 训, typed: 迅讯}}")
        for typed in e["typed"]:
            add(e["char"], typed)
    return pairs


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span around ``text[start:end]`` up to a clause mark, at most :data:`_REACH` characters either side."""
    left = start
    while left > 0 and start - left < _REACH and text[left - 1] not in _CLAUSE_STOPS:
        left -= 1
    right = end
    while right < len(text) and right - end < _REACH and text[right] not in _CLAUSE_STOPS:
        right += 1
    return left, right


def _cut_inside(text: str, left: int, start: int, end: int) -> bool:
    """True when the segmentation of ``text`` (starting at ``left``) cuts at ``start`` and at ``end``,
    and not only into words of the dictionary of two characters or more (执法|检察 in 执法检察监督: two
    words, not a slip for 执法检查)."""
    tokens = tokenize(text, left)
    cuts = {t.start for t in tokens} | {len(text) + left}
    if start not in cuts or end not in cuts:
        return False
    inside = [t.text for t in tokens if start <= t.start and t.end <= end]
    return not (len(inside) >= 2 and all(len(w) >= 2 and word_frequency(w) for w in inside))


def _kept_whole(text: str, left: int, start: int, end: int) -> bool:
    """True when no word of the segmentation of ``text`` (starting at ``left``) holds a part of
    ``text[start:end]`` without the rest (a longer word may hold it all: 人民检察院 holds 检察院)."""
    return not any(t.start < end and start < t.end and not (t.start <= start and end <= t.end)
                   and not (start <= t.start and t.end <= end) for t in tokenize(text, left))


def misspellings(text: str, table: MisspellingTable) -> Iterator[tuple[int, int, str]]:
    """(start, end, the word) of every form of ``table`` the text supports as a slip (see the module),
    not overlapping (the first, then the longest, of those it supports)."""
    last_end = -1
    for start, end in table.find(text):
        if start < last_end:
            continue
        word = table.forms[text[start:end]][0]
        left, right = _clause(text, start, end)
        if not _cut_inside(text[left:right], left, start, end):
            continue  # the form lies across words (作用|发挥)
        fixed = text[left:start] + word + text[end:right]
        if not _kept_whole(fixed, left, start, end):
            continue  # the word would not stand as a word there either
        last_end = end
        yield start, end, word
