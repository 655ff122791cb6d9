"""Wording rules: typos and confusable words, repeated words, repeated conjunctions, broken phrases.

The typo and confusable lists are data (``data/confusables.yaml``, ``data/repetition.yaml``,
``data/phrases.yaml``, the common words whose misspellings are looked for ``data/misspellings.yaml``)
that users extend with ``options: {wording: {extra: [file.yaml]}}``.
Repetitions are judged on word tokens, and only the sentence around a candidate (two equal
adjacent substrings) is segmented, so a clean document never loads the dictionary.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping, Optional, TypeVar

from fzlint import recache
from fzlint.datacache import cached
from fzlint.document import Document
from fzlint.hookspecs import hookimpl
from fzlint.regexscan import finditer_at, literal_offsets
from fzlint.rules import Finding, msg
from fzlint.textutil import CJK, is_cjk
from fzlint.tokens import dictionary_identity, tokenize

from .common import (SHARED_LITERALS, DataError, data_file_bytes, derived, extra_files, literal_alternation, load_entries,
                     load_patterns, preceded_by, rule, scan_patterns)
from .misspell import FORMS_VERSION, MisspellingTable, make_table_data, misspellings

T = TypeVar("T")

PLUGIN = "wording"
_XH = "《现代汉语词典》（第7版）"

TYPO = rule(
    "wording/typo", "wording", "error",
    "错别字", "Misspelt word",
    what="A word written with a wrong character that reviewers of official documents mark every "
         "time (布署, 选拨, 截止目前, 台帐, 再接再励, 二是届二中全会, 宣传资料200余分 …), from the curated "
         "list data/confusables.yaml (kind: typo).",
    why="A wrong character in a public report is the first thing a reader notices and undermines "
        "the credibility of the whole document; the fix is mechanical.",
    example="截止目前，我镇共组织培训活动6次；优先选拨使用法治素养好的干部",
    use_instead="截至目前，我镇共组织培训活动6次；优先选拔使用法治素养好的干部",
    source=_XH + "；《第一批异形词整理表》（GF 1001-2001）；each entry in data/confusables.yaml names its source",
    fixable=True,
)
CONFUSABLE = rule(
    "wording/confusable", "wording", "warning",
    "易混淆词语用错", "Confusable word used in the wrong place",
    what="A real word used where its look-alike is meant, judged by the words around it: 推荐法治政府"
         "建设 (推进), 权利清单 (权力清单), 最大限度的化解 (地), 做大……全覆盖 (做到), 群众反应的问题 (反映), "
         "即要……又要 (既) … (data/confusables.yaml, kind: confusable).",
    why="Both words exist, so a spell checker misses them, but the sentence says something else "
        "than intended.",
    example="2、推荐法治政府建设工作主要举措和成效；最大限度的化解各类矛盾",
    use_instead="二、推进法治政府建设的主要举措和成效；最大限度地化解各类矛盾",
    source=_XH + "；中办、国办《关于推行地方各级政府工作部门权力清单制度的指导意见》（2015）；"
                 "《法治政府建设与责任落实督察工作规定》（2019）",
    fixable=True,
)
USAGE = rule(
    "wording/usage", "wording", "info",
    "公文惯用写法", "Preferred form in official documents",
    what="A form that is not wrong but that official documents write otherwise: 部署决策 (决策部署), "
         "做出决定 (作出决定), 制订法规 (制定) (data/confusables.yaml, kind: usage).",
    why="Central documents use fixed collocations; reviewers align drafts with them.",
    example="全面贯彻落实党的二十大关于法治政府建设的部署决策",
    use_instead="全面贯彻落实党的二十大关于法治政府建设的决策部署",
    source="党中央、国务院文件的固定搭配；" + _XH + "“作出”“制定”条",
    fixable=True,
)
REPEATED_WORD = rule(
    "wording/repeated-word", "wording", "error",
    "词语重复", "Word written twice",
    what="The same word (or function word such as 的) twice in a row, judged on word tokens: 力量力量, "
         "的的, and a common verb whose last character is doubled (提高高群众, 加强强执法; "
         "data/repetition.yaml, doubled_endings). Reduplicated words (紧紧, 层层, 常常, 家家户户), verb reduplication (研究研究) and "
         "characters that only meet across two words (学习|习近平, 广播|播放, 行政村|村委会) are not "
         "repetitions.",
    why="A doubled word is a typing or editing slip that a reader notices at once.",
    example="一是基层法治力量力量仍然相对薄弱",
    use_instead="一是基层法治力量仍然相对薄弱",
    source=_XH + "；朱德熙《语法讲义》第 3 章（重叠式）",
    fixable=True,
)
REPEATED_CONJUNCTION = rule(
    "wording/repeated-conjunction", "wording", "warning",
    "关联词重复", "Conjunction repeated within one clause",
    what="A conjunction such as 虽然, 尽管, 因为, 但是 used twice in one clause chain before the word "
         "that answers it (虽然……虽然……但), and 但是 twice in one sentence (……，但是……，但是……). Repetitions in separate sentences or after the answering "
         "word (虽然……但……；虽然……但……) are fine.",
    why="The second conjunction is a leftover of an edit and makes the sentence ungrammatical.",
    example="虽然近年来我镇法治政府建设工作虽然取得了一定成效，但还存在一些不足",
    use_instead="近年来我镇法治政府建设工作虽然取得了一定成效，但还存在一些不足",
    source="吕叔湘主编《现代汉语八百词》（增订本）关联词条；" + _XH,
)
INCOMPLETE = rule(
    "wording/incomplete-phrase", "wording", "warning",
    "固定搭配残缺", "Fixed phrase cut short",
    what="A phrase that must be followed by a verb but is followed by punctuation: 有待进一步，"
         "需进一步。 有待， 予以。 (data/phrases.yaml).",
    why="The verb was lost in editing (有待进一步提高); the sentence no longer says what is to be done.",
    example="三是群众法律意识有待进一步，咨询法律顾问热度不够",
    use_instead="三是群众法律意识有待进一步提高，咨询法律顾问热度不够",
    source=_XH + "“进一步”“有待”条",
)
MEASURE_WORD = rule(
    "wording/measure-word", "wording", "warning",
    "量词搭配不当", "Wrong measure word for the thing counted",
    what="A count written right after its noun with a measure word the noun does not take: 海报200余副 "
         "(张), 宣传手册3000张 (本/册/份), 法治公园5所 (个/座) (data/measure-words.yaml). Only the nominal "
         "measure words listed there are judged: 次, 场, 期 count the action (张贴海报3次), 批 and 种 "
         "fit anything, 台次 and 人次 are compound units.",
    why="A wrong measure word is usually a homophone slip of the input method (副 for 幅) or a "
        "copy from another list; reviewers mark it as a wording error.",
    example="张贴宣传海报200余副，发放宣传手册3000张",
    use_instead="张贴宣传海报200余张，发放宣传手册3000册",
    source=_XH + "所附《量词表》及各量词条",
    fixable=True,
)
COLLOCATION = rule(
    "wording/collocation", "wording", "warning",
    "词语搭配不当", "Words that do not go together",
    what="A verb with an object it does not take, the object closing the clause: 加大执法力度和水平 (提高水平), "
         "增强审计人员的业务水平, 调动法律顾问的作用 (发挥作用), 解决了群众的法律意识 (增强意识) "
         "(data/phrases.yaml, collocations); a subject with a predicate it does not take, closing its clause: "
         "法治意识明显增多 (增强), 执法力度不断提高 (加大) (subject_predicates). Another verb between (加大宣传力度提升群众法治意识) and the fixed "
         "pair 增强……能力和水平 are fine.",
    why="A verb joined to the wrong object is the commonest grammatical slip reviewers mark in reports "
        "(搭配不当): one of two parallel objects usually took the other's verb.",
    example="加大执法力度和水平，调动法律顾问的作用", use_instead="加大执法力度，提高执法水平，发挥法律顾问的作用",
    source=_XH + "“加大”“增强”“调动”条；吕叔湘、朱德熙《语法修辞讲话》（搭配不当）",
)
MISSPELLING = rule(
    "wording/misspelling", "wording", "warning",
    "疑似错别字", "Likely misspelt word",
    what="A common word of the reports (data/misspellings.yaml) with one character typed as a character "
         "the typo list pairs with it (its one-character slips: 署 typed 暑 in 部暑, 备 typed 倍 in 关怀倍至): "
         "特种设倍, 义事规则, 调茬取证; or, in a word of three or four characters or one of the most used "
         "words of two, as another character of the same syllable (the candidates an input method offers): "
         "材量权, 听政会, 房屋证收, 调严 (a slip of two characters only where the segmenter takes it for one "
         "word: 个别|村|在 is no 存在), or as a character written alike (one component, another radical "
         "beside it: 管埋, 整屯) — slips the list does not name. Not reported: a form that is a word of "
         "jieba's dictionary or a known word of the reports (终期评估), one the "
         "segmentation of its clause crosses (作用发挥 holds 用发 only across 作用|发挥) or cuts into words "
         "only, and one whose typed character opens or ends it and is a frequent word alone (执法全覆盖 is "
         "no 执法权) or a classifier after a figure (7项政府定价).",
    why="The typo list names the slips reviewers have seen; the same slip of a character happens in every "
        "word that has it, an input method offers every character of a syllable, and the eye takes 埋 "
        "for 理. A warning, not an "
        "error, and never applied by --fix: the form is a guess, so read it (the word it is taken for is "
        "suggested).",
    example="检查特种设倍36台，规范调茬取证程序，召开听政会2场",
    use_instead="检查特种设备36台，规范调查取证程序，召开听证会2场",
    source=_XH + "；data/confusables.yaml 的错别字条目（形近、同音误字）；data/misspellings.yaml",
    fixable=False,
)
RULES = (TYPO, CONFUSABLE, USAGE, MISSPELLING, REPEATED_WORD, REPEATED_CONJUNCTION, INCOMPLETE, MEASURE_WORD,
         COLLOCATION)
_KIND_RULES = {"typo": TYPO, "confusable": CONFUSABLE, "usage": USAGE}

_REPEAT_MULTI = recache.compile(f"([{CJK}]{{2,4}})\\1")
_CLAUSE_PUNCT = "，、：,:"
_SENTENCE_BREAKS = "。！？；!?;\n"
_SENTENCE_BREAK = recache.compile(f"[{re.escape(_SENTENCE_BREAKS)}]")


@hookimpl
def fzlint_rules():
    """Declare the wording rules."""
    return list(RULES)


def _options(context: Any) -> tuple[Any, Any]:
    return context.options(PLUGIN), getattr(context.config, "resolve", None)


def _repetition(context: Any, key: str, build: Callable[[tuple[Any, ...]], T]) -> T:
    """``build`` over the ``key`` list of ``data/repetition.yaml`` (and the user's extra lists), once per run."""
    options, resolve = _options(context)
    return derived("repetition", options, key, resolve, build)


# -- typos, confusables, usage ------------------------------------------------------------------

def _check_confusables(document: Document, context: Any, taken: list[tuple[int, int]]) -> Iterator[Finding]:
    """Findings of the typo / confusable / usage list; the spans it matched go to ``taken``."""
    if not any(context.enabled(r.id) for r in _KIND_RULES.values()) and not context.enabled(MISSPELLING.id):
        return
    options, resolve = _options(context)
    patterns = load_patterns("confusables", options, "confusables", resolve)
    text = document.text
    for start, end, pat, fix in scan_patterns(text, patterns):
        taken.append((start, end))
        rule_obj = _KIND_RULES.get(str(pat.entry.get("kind", "typo")), TYPO)
        if not context.enabled(rule_obj.id):
            continue
        wrong = text[start:end]
        note = pat.entry.get("note")
        if fix is not None:
            context_text = _with_neighbours(text, start, end, fix)
            zh = f"“{wrong}”应为“{fix}”" + (f"（{context_text}）" if context_text else "")
            en = f"'{wrong}' should be '{fix}'"
        else:
            zh, en = f"“{wrong}”用词有误", f"'{wrong}' is wrong here"
        if note:
            zh += f"：{note}"
        yield rule_obj.finding(msg(zh, en), start, end, fix)


#: the misspelling tables by the user's extra data files
_MISSPELLING_TABLES: dict[tuple[str, ...], MisspellingTable] = {}


def _misspelling_table(context: Any) -> MisspellingTable:
    """The misspellings of ``data/misspellings.yaml``'s words by the typo list's pairs, once per set of data
    files (and kept in the data cache, keyed by the files and the dictionary: made once per install)."""
    options, resolve = _options(context)
    files = extra_files(options, resolve)
    table = _MISSPELLING_TABLES.get(files)
    if table is None:
        def make() -> dict[str, Any]:
            return make_table_data(*(load_entries(name, options, key, resolve) for name, key in (
                ("misspellings", "words"), ("confusables", "confusables"), ("misspellings", "chars"),
                ("misspellings", "homophones"), ("misspellings", "known"), ("misspellings", "common"),
                ("misspellings", "shapes"))))
        content = (data_file_bytes(("misspellings", "confusables"), files) + dictionary_identity().encode()
                   + FORMS_VERSION.encode())
        table = _MISSPELLING_TABLES[files] = MisspellingTable(cached("misspellings", content, make))
    return table


def _check_misspellings(document: Document, context: Any, taken: list[tuple[int, int]]) -> Iterator[Finding]:
    """Misspellings of common words the typo list does not name (not where it found something)."""
    if not context.enabled(MISSPELLING.id):
        return
    text = document.text
    for start, end, word in misspellings(text, _misspelling_table(context)):
        if any(s < end and start < e for s, e in taken):
            continue
        wrong = text[start:end]
        yield MISSPELLING.finding(msg(f"“{wrong}”疑为“{word}”之误", f"'{wrong}' looks like a slip for '{word}'"),
                                  start, end, word)


def _with_neighbours(text: str, start: int, end: int, fix: str) -> str:
    """For a one-character fix, show the corrected word in context (分 -> “200余份”)."""
    if end - start > 1:
        return ""
    stop = "，。；：、！？,.;:!?“”‘’（）()《》\n \u3000"
    left = start
    while left > 0 and start - left < 8 and (text[left - 1].isdigit() or text[left - 1] in "余多"):
        left -= 1  # a number with its 余/多: “200余份”
    if left == start:
        while left > 0 and start - left < 4 and text[left - 1] not in stop:
            left -= 1
    right = end
    while right < len(text) and right - end < 2 and text[right] not in stop:
        right += 1
    return f"即“{text[left:start]}{fix}{text[end:right]}”"


# -- repeated words --------------------------------------------------------------------------------

def _repeat_data(context: Any) -> tuple[set[str], str, tuple[str, ...]]:
    allowed = _repetition(context, "reduplications", _word_set)
    chars = _repetition(context, "function_chars", _first_chars)
    compounds = _repetition(context, "verb_after_noun", lambda entries: tuple(sorted(_word_set(entries))))
    return allowed, chars, compounds


def _word_set(entries: tuple[Any, ...]) -> set[str]:
    return {str(e.get("word", "")) for e in entries if isinstance(e, dict)}


def _first_chars(entries: tuple[Any, ...]) -> str:
    return "".join(str(e.get("char", ""))[:1] for e in entries if isinstance(e, dict))


@lru_cache(maxsize=16)
def _doubled(chars: str) -> "re.Pattern[str]":
    """One of ``chars`` written twice in a row."""
    return recache.compile(f"([{re.escape(chars)}])\\1")


@lru_cache(maxsize=16)
def _doubled_pairs(chars: str) -> frozenset[str]:
    """Each of ``chars`` written twice, looked up from now on with the shared literals (most reports hold none)."""
    pairs = frozenset(c * 2 for c in chars)
    SHARED_LITERALS.add(sorted(pairs))
    return pairs


def _repeat_starts(text: str) -> Optional[list[int]]:
    """Ascending offsets where the next two characters may recur 2, 3 or 4 characters later; None outside the BMP.

    Every match of ``_REPEAT_MULTI`` (a unit of 2 to 4 characters written twice) starts at one of
    them, and they are few, so the regex is tried there only: searched for, it is tried at
    every character of the report, a third of this plugin's time.  They are the offsets where
    the low bytes of the two characters recur (a few more than where the characters do), found
    with integer arithmetic, in C: the low bytes of the text's UTF-16 code units read as one
    integer, XORed with itself shifted by ``d`` bytes, hold a zero byte exactly where a low byte
    equals the one ``d`` later; adding 0x7F to the low 7 bits of each byte sets its top bit unless
    the byte is zero (no carry leaves a byte), so after ORing in each byte's own top bit and that
    of the next one, a clear top bit marks two equal low bytes in a row.  A character outside the
    BMP takes two units, which would shift the distances: None, and the caller searches as usual.
    """
    units = text.encode("utf-16-le")
    n = len(text)
    if len(units) != 2 * n:
        return None
    if n < 2:
        return []
    code = int.from_bytes(units[::2], "little")
    low, high = _byte_masks(n)
    flags = -1  # top bit of a byte clear: a start for some distance
    for d in (2, 3, 4):
        same = code ^ (code >> (8 * d))
        nonzero = ((same & low) + low) | same
        flags &= nonzero | (nonzero >> 8)
    starts = high & ~flags
    if not starts:
        return []
    marks = starts.to_bytes(n, "little")  # 0x80 at each start, zero elsewhere
    found = []
    at = marks.find(0x80)
    while at >= 0:
        found.append(at)
        at = marks.find(0x80, at + 1)
    return found


def _byte_masks(n: int) -> tuple[int, int]:
    """(0x7F in each of ``n`` bytes, 0x80 in each of the first ``n - 1``), shifted out of wider ones."""
    size = 1 << (n - 1).bit_length()
    low, high = _wide_byte_masks(size)
    return low >> (8 * (size - n)), high >> (8 * (size - n + 1))


@lru_cache(maxsize=None)
def _wide_byte_masks(size: int) -> tuple[int, int]:
    return int.from_bytes(b"\x7f" * size, "little"), int.from_bytes(b"\x80" * size, "little")


def _repeat_candidates(text: str, function_chars: str) -> Iterator[tuple[int, int]]:
    """(start, unit length) of every pair of equal adjacent substrings worth segmenting."""
    starts = _repeat_starts(text)
    matches = _REPEAT_MULTI.finditer(text) if starts is None else finditer_at(_REPEAT_MULTI, text, starts)
    for m in matches:
        start, size = m.start(), len(m.group(1))
        yield start, size
        # the match may start a character early (守法|用法|用法 matches 法用法用 first): the pair one later too
        if text[start + 1:start + 1 + size] == text[start + 1 + size:start + 1 + 2 * size]:
            yield start + 1, size
    if function_chars and not _doubled_pairs(function_chars).isdisjoint(SHARED_LITERALS.present(text)):
        for m in _doubled(function_chars).finditer(text):
            yield m.start(), 1


def _check_repeats(document: Document, context: Any) -> Iterator[Finding]:
    """Words written twice in a row, judged on the tokens of the sentence around a candidate."""
    if not context.enabled(REPEATED_WORD.id):
        return
    allowed, function_chars, compounds = _repeat_data(context)
    text = document.text
    seen: set[int] = set()
    for i, length in sorted(set(_repeat_candidates(text, function_chars))):
        unit = text[i:i + length]
        if i in seen or (unit in allowed and _tentative(text, i, i + 2 * length)) or (length == 2 and unit[0] == "一"):
            continue
        # the words at the copies (the repeat is one run of ideographs: see Document.token_at)
        mid, stop = i + length, i + 2 * length
        first, second, last = document.token_at(i), document.token_at(mid), document.token_at(stop - 1)
        if first is None or second is None or last is None or second.start != mid:
            continue
        if first.start == i:
            # both copies whole words, or the second opens a longer word (认真|认真学习)
            found = last.end == stop or (length >= 2 and first.end == mid)
        else:
            # the first copy closes a longer word and the second is a word or opens one
            # (宣传教育|教育, 执法人员|人员培训)
            found = length >= 2 and second.end >= stop
        if not found or (length >= 3 and _reads_into_next(text, mid, stop)):
            continue
        if length >= 2 and text.startswith("性", stop):
            continue  # 规范|规范性文件, 审查|审查性: a verb and the adjective made of it
        if any(text.endswith(c, 0, mid) and c.endswith(unit) and len(c) > length for c in compounds):
            continue  # 社会组织|组织开展: a noun that ends in a verb, and that verb
        seen.update(range(i, stop))
        yield REPEATED_WORD.finding(
            msg(f"“{unit}”重复：“{unit}{unit}”应为“{unit}”",
                f"'{unit}' is written twice: write it once"),
            i, stop, unit)
    # a measure word written twice after its count (出庭应诉行政诉讼案件2件件): 件件 reads “every one” only
    # after a pause (办结84件，件件有回音)
    for m in _DOUBLED_MEASURE.finditer(text):
        unit = m.group("m")
        yield REPEATED_WORD.finding(
            msg(f"“{unit}”重复：“{unit}{unit}”应为“{unit}”", f"'{unit}' is written twice after its count: write it once"),
            m.start("m"), m.end(), unit)


#: a measure word doubled right after the digits of its count (2件件, 3次次), not tripled, nor 件件有…, 次数
_DOUBLED_MEASURE = recache.compile(r"\d(?P<m>[件次场份起篇期批])(?P=m)(?!(?P=m)|有|数)")


#: adverbials of a formal act, which a verb reduplicated for a try (研究研究) cannot follow
_FORMAL_ADVERBIALS = ("专题", "集中", "认真", "深入", "多次", "先后", "定期", "及时", "专门", "反复", "全面", "逐项")


def _tentative(text: str, start: int, stop: int) -> bool:
    """True when the reduplication ``text[start:stop]`` may read as a try (召开班子会议研究研究具体措施,
    再商量商量吧); not after the adverbial of a formal act (专题研究研究法治建设工作) nor before a
    count (送法下乡活动活动18场): there the doubled word is a slip."""
    return not text[stop:stop + 1].isdigit() and not text.endswith(_FORMAL_ADVERBIALS, 0, start)


#: characters that end a noun and open no word after it in a report (参与度, 满意度, 积极性, 参与者, 服务费, 知情权)
_NOUN_SUFFIXES = frozenset("度性者费权")


def _reads_into_next(text: str, mid: int, stop: int) -> bool:
    """True when the second copy also reads as a shorter word whose last character opens the next one.

    人民调解委员会委员会同司法所 is 委员会|委员|会同 (which the segmenter may cut 委员会|委员会|同), and
    委员会委员会议 is 委员会|委员|会议: the second copy less its last character is one word (委员)
    and that character with the next ones starts another (会同, 会议).  领导小组领导小组会议 is still
    a repeat (领导小 is no word).  Only asked for the rare repeats of three or more characters,
    with two tiny segmentations.
    """
    if stop >= len(text) or not is_cjk(text[stop]) or text[stop - 1] in _NOUN_SUFFIXES:
        return False  # (参与度参与度不高: 度 ends a noun, it opens no word with 不)
    shorter = tokenize(text[mid:stop - 1])
    following = tokenize(text[stop - 1:stop + 3])
    return len(shorter) == 1 and len(following[0].text) >= 2


def _doubled_endings(entries: tuple[Any, ...]) -> frozenset[str]:
    """Each word with its last character written twice (提高 -> 提高高), looked up with the shared literals."""
    slips = frozenset(w + w[-1] for w in _word_set(entries) if len(w) >= 2)
    SHARED_LITERALS.add(sorted(slips))
    return slips


def _check_doubled_endings(document: Document, context: Any) -> Iterator[Finding]:
    """A word whose last character is written twice, the extra one standing alone (提高|高|群众)."""
    if not context.enabled(REPEATED_WORD.id):
        return
    slips = _repetition(context, "doubled_endings", _doubled_endings)
    text = document.text
    for slip in sorted(slips & SHARED_LITERALS.present(text)):
        for i in literal_offsets(text, slip):
            extra = i + len(slip) - 1
            word, alone = document.token_at(extra - 1), document.token_at(extra)
            # 提高|高质量, 深化|化解, 落实|实名制: the second copy opens a word of its own
            if word is None or alone is None or word.end != extra or alone.end != extra + 1:
                continue
            char = text[extra]
            yield REPEATED_WORD.finding(
                msg(f"“{slip}”中“{char}”重复：应为“{slip[:-1]}”",
                    f"'{char}' is written twice in '{slip}': write '{slip[:-1]}'"),
                extra - 1, extra + 1, char)


# -- repeated conjunctions ----------------------------------------------------------------------

def _conjunction_entries(entries: tuple[Any, ...]) -> list[dict]:
    chosen = [e for e in entries if isinstance(e, dict) and e.get("word")]
    # looked up with the other lists' words: most reports hold few of the conjunctions
    SHARED_LITERALS.add(w for e in chosen for w in _conjunction_forms(e))
    return chosen


def _conjunction_forms(entry: dict) -> tuple[str, ...]:
    """The word of a conjunction entry and the shorter forms that count as it (``also``: 但 for 但是)."""
    return (str(entry["word"]), *(str(w) for w in entry.get("also") or ()))


def _check_one_hand(document: Document) -> Iterator[Finding]:
    """一方面……；一方面……: the second half of the pair is 另一方面 (across the semicolons of one sentence)."""
    text = document.text
    pos = text.find("一方面")
    while pos >= 0:
        nxt = text.find("一方面", pos + 3)
        stop = min((i for i in (text.find(c, pos) for c in "。！？\n") if i >= 0), default=len(text))
        if nxt < 0:
            return
        if text[pos - 1:pos] != "另" and nxt < stop and text[nxt - 1:nxt] != "另" \
                and text.find("另一方面", pos, nxt) < 0:
            yield REPEATED_CONJUNCTION.finding(
                msg("“一方面……一方面……”：后一个应为“另一方面”", "一方面 … 一方面: the second one is 另一方面"),
                nxt, nxt + 3)
        pos = nxt


def _check_conjunctions(document: Document, context: Any) -> Iterator[Finding]:
    """The same conjunction twice in one clause chain before its answering word."""
    if not context.enabled(REPEATED_CONJUNCTION.id):
        return
    if "一方面" in document.text:
        yield from _check_one_hand(document)
    conjunctions = _repetition(context, "conjunctions", _conjunction_entries)
    text = document.text
    # which sentences hold a conjunction twice: from each word's occurrences in the whole text
    # (a word holds no sentence break, so no occurrence spans two sentences); a sentence is
    # known by its end, the offset of the break that ends it
    twice: dict[int, dict[int, int]] = {}  # sentence end -> conjunction index -> first offset
    present = SHARED_LITERALS.present(text)
    for c, conj in enumerate(conjunctions):
        forms = _conjunction_forms(conj)
        found_forms = [w for w in forms if w in present]
        if not found_forms:
            continue  # most words occur at most once in a report: no sentence can hold them twice
        offsets = sorted({i for w in found_forms for i in literal_offsets(text, w, overlapping=False)})
        if len(offsets) < 2:
            continue
        seen: dict[int, int] = {}
        for i in offsets:
            if text[i] in _SENTENCE_BREAKS:
                continue  # not inside a sentence
            brk = _SENTENCE_BREAK.search(text, i)
            end = brk.start() if brk else len(text)
            if end in seen:
                twice.setdefault(end, {}).setdefault(c, seen[end])
            else:
                seen[end] = i
    for end in sorted(twice):
        for c in sorted(twice[end]):
            conj = conjunctions[c]
            # a word between two occurrences that opens a chain of its own (虽然 … 但) ends the first one too
            closers = [str(c) for c in (*(conj.get("closers") or ()), *(conj.get("reset_by") or ()))]
            across = bool(conj.get("across_commas"))
            not_after = tuple(str(w) for w in conj.get("not_after") or [])
            found = _repeated_conjunction(document, twice[end][c], end, _conjunction_forms(conj), closers,
                                          across, not_after, _framing(conj))
            if found is not None:
                found, past_comma, first, written = found
                where_zh, where_en = ("同一句", "sentence") if past_comma else ("同一分句", "clause")
                zh, en = ((f"关联词“{first}”", f"conjunction '{first}' is") if first == written else
                          (f"关联词“{first}”与“{written}”意思相同，", f"conjunctions '{first}' and '{written}' are"))
                yield REPEATED_CONJUNCTION.finding(
                    msg(f"{zh}在{where_zh}中重复出现，删去其中一个",
                        f"{en} repeated inside one {where_en}: drop one of them"),
                    found, found + len(written))


def _framing(conj: dict) -> Optional["re.Pattern[str]"]:
    """For an ``inside_only`` conjunction, the clauses that only frame the sentence (从评查情况看):
    an opening occurrence followed by one of them alone is repeated by one after it; None when the
    conjunction is not ``inside_only``; a pattern matching nothing when it has no ``framing``."""
    if not conj.get("inside_only"):
        return None
    return recache.compile("|".join(f"(?:{p})" for p in conj.get("framing") or ()) or r"(?!)")


def _repeated_conjunction(document: Document, first: int, end: int, forms: tuple[str, ...],
                          closers: list[str], across_commas: bool, not_after: tuple[str, ...] = (),
                          framing: Optional["re.Pattern[str]"] = None
                          ) -> Optional[tuple[int, bool, str, str]]:
    """(offset, whether a comma parts them, the forms written first and second) of the second
    occurrence of the conjunction (any of its ``forms``, each a word of its own) when it repeats the
    first one, else None.

    Directly adjacent repeats (但是但是) are left to wording/repeated-word; an occurrence right
    after one of ``not_after`` is part of another word (不|但是, which the segmenter may split so).
    With ``framing`` (the conjunction is ``inside_only``), a first occurrence before any clause of
    the sentence answers the previous sentence (但是由于……，……，但是……) and is not repeated by
    one after a comma, unless all between them is one clause that ``framing`` matches whole
    (但是从评查情况看，但……).
    """
    text = document.text
    tokens = [t for t in document.tokens(*document.sentence_at(first)) if t.end <= end]
    hits = [k for k, t in enumerate(tokens)
            if t.text in forms and not preceded_by(text, t.start, not_after)]
    for a, b in zip(hits, hits[1:]):
        between = tokens[a + 1:b]
        if not between:
            continue
        punct = any(t.text in _CLAUSE_PUNCT for t in between)
        closed = any(t.text in closers for t in between)
        if closed or (punct and not across_commas):
            continue
        if (framing is not None and punct and not any(t.text in _CLAUSE_PUNCT for t in tokens[:a])
                and not _only_framing(text, tokens[a].end, tokens[b].start, framing)):
            continue
        return tokens[b].start, punct, tokens[a].text, tokens[b].text
    return None


#: a clause between a sentence's opening conjunction and its repetition this short names only what
#: the sentence is about (但是部分村干部在工作中，但仍……): it answers nothing
_SUBJECT_ONLY = 10


def _only_framing(text: str, start: int, end: int, framing: "re.Pattern[str]") -> bool:
    """True when ``text[start:end]`` is one clause and its comma, the clause matched whole by ``framing``
    or too short to be more than a subject (at most :data:`_SUBJECT_ONLY` characters)."""
    clause = text[start:end].strip(" \t\u3000")
    if clause[-1:] not in "，,":
        return False
    clause = clause[:-1].strip(" \t\u3000")
    if any(p in clause for p in "，,；;：:"):
        return False
    return len(clause) <= _SUBJECT_ONLY or framing.fullmatch(clause) is not None


# -- broken fixed phrases ----------------------------------------------------------------------

def _check_incomplete(document: Document, context: Any) -> Iterator[Finding]:
    """Phrases such as 有待进一步 directly followed by punctuation."""
    if not context.enabled(INCOMPLETE.id):
        return
    options, resolve = _options(context)
    patterns = load_patterns("phrases", options, "incomplete_phrases", resolve)
    text = document.text
    for start, end, pat, _fix in scan_patterns(text, patterns):
        phrase = text[start:end]
        needs = str(pat.entry.get("needs", "动词"))
        needs_en = str(pat.entry.get("needs_en", "a verb"))
        yield INCOMPLETE.finding(
            msg(f"“{phrase}”后直接接标点，缺少{needs}",
                f"'{phrase}' is followed by punctuation: {needs_en} is missing"),
            start, end)


# -- verbs and objects -------------------------------------------------------------------------------

#: verbs that open a new predicate between a verb and a later object (加大宣传力度提升群众法治意识)
_OTHER_VERBS = ("提升", "提高", "增强", "加强", "加大", "树立", "培养", "强化", "发挥", "调动", "推动", "促进", "确保",
                "保障", "落实", "实现", "形成", "营造", "解决", "改善", "优化", "完善", "建立", "健全", "扩大", "激发")


def _collocation_patterns(entries: tuple[Any, ...]) -> tuple[tuple["re.Pattern[str]", Mapping[str, Any]], ...]:
    """One pattern per ``collocations`` entry: the verb, up to 12 characters of its clause, a wrong object closing it."""
    out = []
    for e in entries:
        if not isinstance(e, Mapping) or not e.get("verb") or not e.get("nouns"):
            raise DataError(f"phrases.yaml: a collocation needs 'verb' and 'nouns' in {e!r}")
        nouns = "|".join(re.escape(str(n)) for n in e["nouns"])
        out.append((recache.compile(rf"{re.escape(str(e['verb']))}(?P<gap>[^，。；！？、：:;,!?\n]{{0,12}}?)"
                                    rf"(?P<noun>{nouns})(?=[，。；！？,;!?\n]|$)"), e))
    return tuple(out)


def _object_verbs(entries: tuple[Any, ...]) -> dict[str, tuple[str, ...]]:
    """The verbs each object of ``object_verbs`` takes (水平: 提高, 提升)."""
    return {str(e["noun"]): tuple(str(v) for v in e.get("verbs") or ()) for e in entries
            if isinstance(e, Mapping) and e.get("noun")}


#: adverbs between a subject and its predicate (法治意识明显增多)
_PREDICATE_ADVERBS = ("明显|显著|不断|持续|进一步|大幅|普遍|逐步|有所|得到|得以|日益|逐年|大大|稳步|切实|全面|均|也|都|"
                      "较大|大幅度|明显地")


def _subject_pattern(entries: tuple[Any, ...]) -> tuple["re.Pattern[str]", dict[str, Mapping[str, Any]]]:
    """One pattern for every ``subject_predicates`` entry (a subject, up to three adverbs, a verb closing the
    clause; one scan of the text) and the entries by subject, which tell the verbs that are wrong."""
    table: dict[str, Mapping[str, Any]] = {}
    verbs: set[str] = set()
    for e in entries:
        if not isinstance(e, Mapping) or not e.get("noun") or not e.get("wrong"):
            raise DataError(f"phrases.yaml: a subject predicate needs 'noun' and 'wrong' in {e!r}")
        table[str(e["noun"])] = e
        verbs.update(str(v) for v in e["wrong"])
    pattern = recache.compile(rf"(?P<noun>{literal_alternation(table)})(?:{_PREDICATE_ADVERBS}){{0,3}}"
                              rf"(?P<verb>{literal_alternation(verbs)})(?=了?(?:[，。；！？,;!?\n]|$))")
    return pattern, table


def _check_collocations(document: Document, context: Any) -> Iterator[Finding]:
    """A verb whose object, closing its clause, is one it does not take (加大……水平); a subject with a
    predicate it does not take (意识……增多)."""
    if not context.enabled(COLLOCATION.id):
        return
    options, resolve = _options(context)
    text = document.text
    pattern, subjects = derived("phrases", options, "subject_predicates", resolve, _subject_pattern)
    for m in pattern.finditer(text):
        noun, verb = m.group("noun"), m.group("verb")
        entry = subjects[noun]
        # `not_after`: characters that make the subject another word (副作用)
        if verb not in entry["wrong"] or preceded_by(text, m.start(), entry.get("not_after")):
            continue
        use = "”“".join(str(v) for v in entry.get("right") or ())
        yield COLLOCATION.finding(
            msg(f"“{noun}”与“{verb}”搭配不当（“{m.group()}”）" + (f"：“{noun}”宜与“{use}”搭配" if use else ""),
                f"'{noun}' does not go with '{verb}'" + (f": use {use}" if use else "")),
            m.start(), m.end())
    for pattern, entry in derived("phrases", options, "collocations", resolve, _collocation_patterns):
        verb = str(entry["verb"])
        if verb not in text:
            continue
        for m in pattern.finditer(text):
            gap = m.group("gap")
            if any(v in gap for v in _OTHER_VERBS) or text[m.start() - 1:m.start()] in ("的", "要"):
                continue
            if preceded_by(text, m.start("noun"), entry.get("unless_before")):
                continue
            noun = m.group("noun")
            use = "”“".join(derived("phrases", options, "object_verbs", resolve, _object_verbs).get(noun, ()))
            yield COLLOCATION.finding(
                msg(f"“{verb}”与“{noun}”搭配不当（“{m.group()}”）" + (f"：“{noun}”宜与“{use}”搭配" if use else ""),
                    f"'{verb}' does not take '{noun}' as its object" + (f": use {use}" if use else "")),
                m.start(), m.end())


# -- measure words ---------------------------------------------------------------------------------

def _nouns_and_measures(entries: tuple[Any, ...], key: str) -> dict[str, tuple[str, ...]]:
    """Each noun of the ``key`` list of measure-words.yaml with the measure words of its entry (``takes``),
    the nouns registered with the shared literals."""
    table: dict[str, tuple[str, ...]] = {}
    for e in entries:
        nouns, takes = (e.get("nouns"), e.get("takes")) if isinstance(e, dict) else (None, None)
        if not isinstance(nouns, list) or not isinstance(takes, list) or not takes:
            raise DataError(f"measure-words.yaml: {key}: every entry needs a 'nouns' list "
                            f"and a non-empty 'takes' list (got {e!r})")
        for noun in nouns:
            table[str(noun)] = tuple(str(t) for t in takes)
    SHARED_LITERALS.add(sorted(table))
    return table


def _measure_table(entries: tuple[Any, ...]) -> dict[str, tuple[str, ...]]:
    """Each noun of ``measure_words`` with the measure words it takes."""
    return _nouns_and_measures(entries, "measure_words")


def _classifier_chars(entries: tuple[Any, ...]) -> str:
    return "".join(dict.fromkeys(str(c) for c in entries if isinstance(c, str) and len(c) == 1))


@lru_cache(maxsize=16)
def _measure_pattern(classifiers: str) -> "re.Pattern[str]":
    """A count and one of ``classifiers`` right at a noun's end (200余副); 台次, 人次 are other units, and
    名/位 before the people they count belong to them (组织企业23名职工)."""
    return recache.compile(rf"(?:共计|共|计|达|约|近)?\d+(?:\.\d+)?[万千]?[余多]?(?P<cls>[{re.escape(classifiers)}])(?!次)"
                           rf"(?<![名位])|(?:共计|共|计|达|约|近)?\d+(?:\.\d+)?[万千]?[余多]?(?P<cls2>[名位])(?!次|{_PEOPLE})")


#: the groups a 个 right after a noun may count instead of it (人员12个小组, 干部3个村, 4个工作专班)
_GROUPS = frozenset("组队班批村社乡镇单部点片科股所站小专工")


def _counts_what_follows(text: str, at: int, takes: tuple[str, ...], classifiers: str) -> bool:
    """True when the count of an action noun (培训: none of its measure words is one of ``classifiers``, they are
    verbal: 期, 次) counts those the action reached (培训120名, 培训8家) or the noun after it (培训4个乡镇的干部),
    not the action itself (举办业务培训4个，)."""
    if any(t in classifiers for t in takes):
        return False
    return text[at] in "名位户家所" or "\u4e00" <= text[at + 1:at + 2] <= "\u9fff"


def _institution_table(entries: tuple[Any, ...]) -> tuple[dict[str, str], Optional["re.Pattern[str]"]]:
    """Each noun of ``institutions`` with the measure word to suggest, and a count in 名/位 right before one of them
    that no people follow (对9名企业下达, not 9名企业负责人)."""
    table = {noun: takes[0] for noun, takes in _nouns_and_measures(entries, "institutions").items()}
    if not table:
        return table, None
    nouns = literal_alternation(table)
    return table, recache.compile(rf"\d+[余多]?(?P<cls>[名位])(?P<noun>{nouns})(?!{_PEOPLE}|家|主|法人|代表|[职员])")


#: the people a count in 名/位 may be the count of, right after it (企业23名职工, 学校12名法治副校长)
_PEOPLE = ("职工|员工|负责人|人员|代表|干部|群众|工人|农民工|律师|专家|学员|学生|家长|党员|法律顾问|志愿者|网格员|"
           "工作人员|教师|老师|校长|法治副校长|经营者|业主|股东|骨干|同志|村民|居民|法务|高管|老板|会计|财务|主管|经理|董事|"
           "执业|专职|兼职|公职|驻所|资深")


def _check_measure_words(document: Document, context: Any) -> Iterator[Finding]:
    """A count after its noun with a measure word the noun does not take (海报200余副)."""
    if not context.enabled(MEASURE_WORD.id):
        return
    options, resolve = _options(context)
    table = derived("measure-words", options, "measure_words", resolve, _measure_table)
    institutions, counted_as_people = derived("measure-words", options, "institutions", resolve, _institution_table)
    text = document.text
    present = SHARED_LITERALS.present(text)
    if counted_as_people is not None and any(n in present for n in institutions) and ("名" in text or "位" in text):
        for m in counted_as_people.finditer(text):
            want = institutions[m.group("noun")]
            yield MEASURE_WORD.finding(
                msg(f"“{m.group('noun')}”不是人，量词一般用“{want}”，此处“{m.group('cls')}”疑误",
                    f"'{m.group('noun')}' are no people: counted with '{want}', not '{m.group('cls')}'"),
                m.start("cls"), m.end("cls"), want)
    nouns = [n for n in table if n in present]
    if not nouns:
        return
    classifiers = derived("measure-words", options, "classifiers", resolve, _classifier_chars)
    pattern = _measure_pattern(classifiers)
    reported: set[int] = set()
    for noun in sorted(nouns, key=len, reverse=True):  # 执法车辆 before 车辆: the longest noun speaks
        pos = text.find(noun)
        while pos >= 0:
            m = pattern.match(text, pos + len(noun))
            cls = (m.group("cls") or m.group("cls2")) if m else ""
            at = m.start("cls" if m.group("cls") else "cls2") if m else -1
            takes = table.get(noun, ())
            if m is not None and at not in reported and not _counts_what_follows(text, at, takes, classifiers) \
                    and not (cls == "个" and text[at + 1:at + 2] in _GROUPS):
                reported.add(at)
                if cls not in takes:
                    shown = "”“".join(takes[:3])
                    yield MEASURE_WORD.finding(
                        msg(f"“{noun}”的量词一般用“{shown}”，此处“{cls}”疑误",
                            f"'{noun}' is counted with {', '.join(takes[:3])}, not '{cls}'"),
                        at, at + 1, takes[0])
            pos = text.find(noun, pos + 1)


@hookimpl
def fzlint_check(document: Document, context) -> Iterator[Finding]:
    """Check the wording of the document."""
    taken: list[tuple[int, int]] = []
    yield from _check_confusables(document, context, taken)
    yield from _check_misspellings(document, context, taken)
    yield from _check_repeats(document, context)
    yield from _check_doubled_endings(document, context)
    yield from _check_conjunctions(document, context)
    yield from _check_incomplete(document, context)
    yield from _check_collocations(document, context)
    yield from _check_measure_words(document, context)
