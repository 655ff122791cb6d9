"""Misspellings made from words: a common word with one character typed as another.

Three kinds of slip are looked for in the common words of the reports (``data/misspellings.yaml``):

* a character typed as one the typo list pairs with it: the typo list (``data/confusables.yaml``) names
  the slips it has seen (部暑 for 部署, 贯切 for 贯彻), and each of its one-character slips is a pair of
  characters an input method or the eye confuses (署 typed 暑), so the same slip in another word
  (关怀倍至 gives 备 typed 倍: 特种设倍) is found as well;
* in a word of three or four characters, or in one of the most used words of two (``common``), a
  character typed as another of the same syllable (the ``homophones`` groups: the candidates an input
  method offers): 材量权 for 裁量权, 房屋证收 for 房屋征收, 信仿 for 信访; a slip in a word of two
  characters only when the segmenter takes it for one word (a slip makes a word the dictionary lacks:
  受理|信仿|事项; two words side by side stay apart: 个别|村|在 is no 存在);
* in the same words, a character typed as one written alike (the ``shapes`` groups: one component with
  another radical beside it, 理 and 埋 of 里, 顿 and 屯): 管埋 for 管理, 整屯 for 整顿, 隐定 for 稳定.

The forms of the pairs are found by one scan of the text; the slips of a sound (of a shape) by one scan
of the text with each character replaced by the first of its group (:meth:`str.translate`) for the words
so replaced, so a slip of the same syllable (shape) matches its word.  A match is a guess, and it is reported only when the text supports it
(:func:`misspellings`):

* it is no word of jieba's dictionary (时有, 一至 are words of their own);
* its typed character, when it opens or ends it, is no frequent word alone (执法全覆盖 holds 执法全,
  which is 执法权 with 全 for 权, only because 全 opens 全覆盖), nor a classifier after a figure (7项政府
  定价 holds 项政府 only as 7项|政府);
* the segmentation of its clause does not cross it (作用发挥 holds 用发, a slip for 用法, only across
  作用|发挥) nor cut it into words of two characters or more (执法|检察 in 执法检察监督 is no 执法检查),
  and the corrected clause keeps the word in one piece (人民检察院 holds 检察院 whole).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from typing import Any, Iterator, Optional

from fzlint import recache
from fzlint.literals import LiteralScanner, scanner_data
from fzlint.textutil import CJK, is_cjk
from fzlint.tokens import Token, tokenize, word_frequency

from .common import DataError

#: bump when what :func:`make_table_data` makes of the same data changes (the data cache keeps its result)
FORMS_VERSION = "misspell-21"
#: a word the table is made from: two to four Chinese characters
_WORD = recache.compile(rf"[{CJK}]{{2,4}}")
#: the shortest word whose homophone slips are looked for (a slip of a word of two characters makes
#: a pair that too often is two other words: 个别村在 holds 村在 for 存在)
_HOMOPHONE_WORDS = 3
#: the characters of the names of administrative units: a word of two that opens with one (县级, 县委, 区委), or
#: a phrase one of whose words does (完成县级), is left out of the slips of one syllable, for the short names of
#: units and bodies are words of that sound too (县际, 县卫计委); 社区 in 社区矫正 ends with one and stays
_UNIT_CHARS = "省市县区乡镇村"
#: a typed character at the edge of a form that jieba counts this often as a word alone (全 22165,
#: 有, 是, 和, 时, 至) joins the next or the previous word too often to be taken for a slip there
_FREQUENT_ALONE = 20_000
#: how often jieba counts a word the typed character makes with the character outside the form for it to
#: be read so (事项 2572; not 计成 18, a name)
_JOINED_WORD = 100
#: where the clause around a form ends, for its segmentation
_CLAUSE_STOPS = "，。；：、！？,.;:!?“”‘’（）()《》【】\n \u3000"
#: how far the clause is read either side of the form
_REACH = 8
#: the lookups of sorted rows by bisection before they are made a dict (a report makes some 100)
_LOOKUPS_BEFORE_INDEX = 200


class _SortedRows:
    """Rows of tab-separated fields, the key first, in the order of their sorted ``keys``: a key's fields are
    found by bisection (a dict of thousands of rows costs a fresh run a millisecond; a report looks up some
    hundred), by a dict once a run has looked up enough of them to pay for it."""

    __slots__ = ("_keys", "_rows", "_index", "_lookups")

    def __init__(self, rows: str, keys: tuple[str, ...]) -> None:
        self._keys = keys
        self._rows: "str | list[str]" = rows
        self._index: Optional[dict[str, list[str]]] = None
        self._lookups = 0

    def get(self, key: str) -> Optional[list[str]]:
        """The fields after ``key`` of its row, or None."""
        if self._index is not None:
            return self._index.get(key)
        if isinstance(self._rows, str):
            self._rows = self._rows.split("\n") if self._rows else []
        self._lookups += 1
        if self._lookups > _LOOKUPS_BEFORE_INDEX:  # (a run over many reports: a dict pays)
            self._index = {}
            for row in self._rows:
                first, *fields = row.split("\t")
                self._index[first] = fields
            return self._index.get(key)
        at = bisect_left(self._keys, key)
        return self._rows[at].split("\t")[1:] if at < len(self._keys) and self._keys[at] == key else None


class _Likeness:
    """The words of the table by one likeness of characters (their sound, their shape): each character
    translated to the first of its group, and a scanner of the words so translated."""

    __slots__ = ("_table", "_scanner", "_rows")

    def __init__(self, data: Mapping[str, Any], name: str) -> None:
        #: character -> the first character of its group
        self._table = str.maketrans(data[f"{name}_from"], data[f"{name}_to"])
        self._scanner = LiteralScanner(data[f"{name}_keys"])
        #: the translation, then its words, in the order of the scanner's (sorted) keys
        self._rows = _SortedRows(data[f"{name}s"], self._scanner.literals)

    def words_like(self, key: str) -> list[str]:
        """The words whose translation is ``key``."""
        return self._rows.get(key) or []

    def slips(self, text: str, words: frozenset[str]) -> Iterator[tuple[int, int, str, int, bool]]:
        """(start, end, word, offset of the typed character, False) of every slip in ``text`` of one character
        of a word typed as another of its group (overlapping: 审披制度 beside 项目审披; 交通保章 holds 通保, the
        sound of 通报, before 保章)."""
        if not self._scanner:
            return
        translated = text.translate(self._table)
        # (most places are the words themselves: left out by the scan)
        for start, end in self._scanner.find(translated, skip=words, of=text):
            written = text[start:end]
            one_off = [w for w in self.words_like(translated[start:end]) if sum(a != b for a, b in zip(w, written)) == 1]
            if len(one_off) == 1:  # (two words it could be a slip for: a slip for neither)
                word = one_off[0]
                yield start, end, word, next(i for i, (a, b) in enumerate(zip(word, written)) if a != b), False


class MisspellingTable:
    """The words and forms of :func:`make_table_data` and the scanners for them."""

    __slots__ = ("words", "frequent_alone", "_forms", "_form_scanner", "_likenesses")

    def __init__(self, data: Mapping[str, Any]) -> None:
        #: every word: a match that is one is no slip (the usual match)
        self.words = frozenset(data["words"].split("\t"))
        #: the characters of the homophone groups that are a frequent word alone (全, 是, 有)
        self.frequent_alone = frozenset(data["frequent_alone"])
        self._form_scanner = LiteralScanner(data["form_keys"])
        #: each form, then its word and the offset of the typed character, in the order of the forms
        self._forms = _SortedRows(data["forms"], self._form_scanner.literals)
        self._likenesses = (_Likeness(data, "sound"), _Likeness(data, "shape"))

    def form(self, written: str) -> Optional[tuple[str, int]]:
        """(the word, the offset of the typed character) when ``written`` is a form of the typo list's pairs."""
        row = self._forms.get(written)
        return (row[0], int(row[1])) if row else None

    def candidates(self, text: str) -> list[tuple[int, int, str, int, bool]]:
        """(start, end, word, offset of the typed character, whether a form of the pairs) of every slip of a
        form, of a word's sound or of its shape in ``text``, overlapping ones too, in order of their starts,
        the longest first; not yet judged."""
        out = []
        for start, end in self._form_scanner.find(text):
            word, at = self.form(text[start:end]) or ("", 0)
            out.append((start, end, word, at, True))
        for likeness in self._likenesses:
            out.extend(likeness.slips(text, self.words))
        return sorted(out, key=lambda c: (c[0], -c[1]))


def make_table_data(words: tuple[Any, ...], confusables: tuple[Any, ...], chars: tuple[Any, ...],
                    homophones: tuple[Any, ...], known: tuple[Any, ...] = (),
                    common: tuple[Any, ...] = (), shapes: tuple[Any, ...] = ()) -> dict[str, Any]:
    """What :class:`MisspellingTable` is made of, as plain data (kept in the data cache by the caller):
    the forms of ``words`` (the groups of ``misspellings.yaml``) by the pairs of the typo list
    ``confusables`` and ``chars`` (:func:`typo_pairs`), the words of three characters or more by their
    sound (and the ``common`` words of two characters, 信访, 督导: the most used), the sound of each character
    of ``homophones``; the ``known`` words (终期评估: words of the reports the dictionary lacks) are words,
    never slips."""
    vocabulary = _vocabulary(words)
    known_words = _vocabulary(known, "known")
    common_words = _vocabulary(common, "common")
    everything = vocabulary | known_words | common_words
    taken = frozenset(str(e["find"]) for e in confusables if isinstance(e, Mapping) and "find" in e)
    sound = _group_map(homophones, "homophones")
    shape = _group_map(shapes, "shapes")
    # (the known words are words, never what a slip is taken for: 排差 is 排查's, not 排插's)
    likely = [w for w in sorted(vocabulary | common_words) if w not in known_words
              and (len(w) >= _HOMOPHONE_WORDS or w in common_words) and not _opens_with_a_unit(w)]
    pairs = typo_pairs(confusables, chars)
    frequent = frozenset(ch for ch in set(sound) | set(shape) | {c for w in everything for c in w} | set("".join(pairs.values()))
                         if word_frequency(ch) >= _FREQUENT_ALONE)
    forms = _forms(everything, pairs, taken | known_words, frequent)
    return {"forms": "\n".join(f"{f}\t{w}\t{at}" for f, (w, at) in sorted(forms.items())),
            "form_keys": scanner_data(sorted(forms)),
            **_likeness_data("sound", sound, likely), **_likeness_data("shape", shape, likely),
            "words": "\t".join(sorted(everything)), "frequent_alone": "".join(sorted(frequent))}


def _likeness_data(name: str, groups: Mapping[str, str], words: list[str]) -> dict[str, Any]:
    """What :class:`_Likeness` ``name`` is made of: ``words`` by their translation by ``groups``, when it changes
    them (a word none of whose characters is in a group has no slip of that kind)."""
    table = str.maketrans(dict(groups))
    by_key: dict[str, list[str]] = {}
    for word in words:
        key = word.translate(table)
        if any(ch in groups for ch in word):
            by_key.setdefault(key, []).append(word)
    keys = sorted(by_key)
    return {f"{name}s": "\n".join("\t".join((k, *by_key[k])) for k in keys), f"{name}_keys": scanner_data(keys),
            f"{name}_from": "".join(groups), f"{name}_to": "".join(groups.values())}


def _opens_with_a_unit(word: str) -> bool:
    """True when ``word`` (two characters) or one of the two words of ``word`` (four) opens with a unit (县级)."""
    return word[0] in _UNIT_CHARS if len(word) == 2 else len(word) == 4 and (word[0] in _UNIT_CHARS or word[2] in _UNIT_CHARS)


def _group_map(groups: tuple[Any, ...], key: str) -> dict[str, str]:
    """Character -> the first character of its group of ``groups`` (``misspellings.yaml``'s ``key``; a character
    in two groups keeps the first)."""
    first: dict[str, str] = {}
    for group in groups:
        if not isinstance(group, str) or len(group) < 2 or not all(is_cjk(c) for c in group):
            raise DataError(f"misspellings.yaml: {key}: {group!r} is not a group of Chinese characters")
        for ch in group:
            first.setdefault(ch, group[0])
    return first


def _forms(vocabulary: frozenset[str], pairs: Mapping[str, str], taken: frozenset[str],
           frequent: frozenset[str]) -> dict[str, tuple[str, int]]:
    """Every form of a word of ``vocabulary`` with one character typed as one ``pairs`` gives for it,
    except words (of ``vocabulary``, of the dictionary), forms of ``taken`` (the typo list's), forms two
    words give and forms with a character of ``frequent`` (a frequent word alone) typed at an edge."""
    forms: dict[str, Optional[tuple[str, int]]] = {}
    for word in sorted(vocabulary):
        for i, ch in enumerate(word):
            for typed in pairs.get(ch, ""):
                form = word[:i] + typed + word[i + 1:]
                if form in vocabulary or form in taken:
                    continue
                forms[form] = (word, i) if form not in forms else None  # two words: a slip for neither
    return {form: slip for form, slip in forms.items()
            if slip is not None and not _typed_at_an_edge(form, slip[1], frequent) and not word_frequency(form)}


def _typed_at_an_edge(written: str, at: int, frequent: frozenset[str]) -> bool:
    """True when the typed character ``written[at]`` opens or ends the form and is one of ``frequent``."""
    return (at == 0 or at == len(written) - 1) and written[at] in frequent


def _joins_outside(text: str, start: int, end: int, at: int) -> bool:
    """True when the typed character at an edge of ``text[start:end]`` makes a word of the dictionary in use
    (:data:`_JOINED_WORD`) with the character outside (服务事项 holds 服务事 only with 事 of 事项: no slip
    for 服务室; 确权登计成果 holds 计成 only as a name)."""
    if at == end - start - 1 and end < len(text):
        return word_frequency(text[end - 1:end + 1]) >= _JOINED_WORD
    if at == 0 and start > 0:
        return word_frequency(text[start - 1:start + 1]) >= _JOINED_WORD
    return False


def _vocabulary(groups: tuple[Any, ...], key: str = "words") -> frozenset[str]:
    words: set[str] = set()
    for group in groups:
        for word in group if isinstance(group, list) else [group]:
            if not isinstance(word, str) or not _WORD.fullmatch(word):
                raise DataError(f"misspellings.yaml: {key}: {word!r} is not a word of two to four Chinese characters")
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
        if len(differ) == 1 and all(is_cjk(c) for c in differ[0]):
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


def _cut_inside(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """True when the segmentation ``tokens`` cuts at ``start`` and at ``end``, and not only into words of the
    dictionary of two characters or more (执法|检察 in 执法检察监督: two words, not a slip for 执法检查)."""
    cuts = {t.start for t in tokens} | {tokens[-1].end}
    if start not in cuts or end not in cuts:
        return False
    inside = [t.text for t in tokens if start <= t.start and t.end <= end]
    return not (len(inside) >= 2 and all(len(w) >= 2 and word_frequency(w) for w in inside))


def _kept_whole(text: str, left: int, start: int, end: int) -> bool:
    """True when no word of the segmentation of ``text`` (starting at ``left``) holds a part of
    ``text[start:end]`` without the rest (a longer word may hold it all: 人民检察院 holds 检察院)."""
    return not any(t.start < end and start < t.end and not (t.start <= start and end <= t.end)
                   and not (start <= t.start and t.end <= end) for t in tokenize(text, left))


def _one_word(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """True when the segmentation ``tokens`` takes ``text[start:end]`` for one word (a slip in a word of two
    characters makes a word the dictionary lacks: 受理|信仿|事项; two words side by side stay apart: 个别|村|在)."""
    return any(t.start == start and t.end == end for t in tokens)


def misspellings(text: str, table: MisspellingTable) -> Iterator[tuple[int, int, str]]:
    """(start, end, the word) of every slip of ``table`` the text supports (see the module), not
    overlapping (the first, then the longest, of those it supports)."""
    last_end = -1
    for start, end, word, at, paired in table.candidates(text):
        if start < last_end:
            continue
        written = text[start:end]
        if at == 0 and start > 0 and text[start - 1].isdigit():
            continue  # a classifier after a figure (7项|政府)
        if "法制" in written:
            continue  # 法制 for 法治: terminology/fazhi's
        if not paired and (_typed_at_an_edge(written, at, table.frequent_alone)
                           or word_frequency(written) or _joins_outside(text, start, end, at)):
            continue  # (执法全覆盖; a word of its own; 服务事项; a form of the pairs was judged so when made)
        left, right = _clause(text, start, end)
        clause = tokenize(text[left:right], left)
        if not _cut_inside(clause, start, end):
            continue  # the form lies across words (作用|发挥)
        fixed = text[left:start] + word + text[end:right]
        if not _kept_whole(fixed, left, start, end):
            continue  # the word would not stand as a word there either
        if not paired and end - start == 2 and not _one_word(clause, start, end):
            continue  # a pair of characters the segmenter does not take for one word (个别|村|在 for 存在)
        last_end = end
        yield start, end, word
