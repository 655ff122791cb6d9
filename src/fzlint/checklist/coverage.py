"""The ``addressed-by`` kind: every item listed in one part is taken up in another.

::

    check:
      kind: addressed-by
      items-in: shortcomings          # the part whose list items must be answered
      answered-in: next-year-plan     # the part that must answer them
      stopwords: [加强, 提高, 意识]    # words too general to show that an item is answered
      skip: [原因]                    # items (and sub-sections) whose topic matches are no problems
      synonyms: [[普法, 法治宣传]]     # a word is also answered by another word of its group
      causes: [究其原因]               # where the statement of a cause begins: causes need no answer

Items whose topic matches ``skip`` (a sub-heading such as ``（二）原因分析``) and the items inside a
sub-section whose heading matches it are left out: they explain the problems, they are not problems.

Each list item's first sentence (its topic) is segmented with jieba; its content words (two or
more Chinese characters, not stopwords) are looked up in the answering part.  An item none of
whose content words occurs there is a finding.  Nothing is reported when either part is absent.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from .. import recache
from ..records import record
from ..textutil import CJK
from .kinds import Compiler, Hit, kind, quote
from .patterns import ITEM_MARKER, Matcher, scanners
from .phrases import region_spans
from .selectors import Env, SelectorRef

#: a word made only of CJK ideographs (what :func:`fzlint.textutil.is_cjk` accepts, char by char)
_CJK_WORD = recache.compile(f"[{CJK}]+")


@record(frozen=True)
class AddressedBy:
    """The list items of one part find an answer in another part."""

    items_in: SelectorRef
    answered_in: SelectorRef
    stopwords: frozenset[str]
    skip: Matcher = Matcher()
    synonyms: tuple[frozenset[str], ...] = ()
    #: where the statement of a cause begins (see :func:`~.patterns.problem_items`)
    causes: tuple[str, ...] = ()
    variables = ("item", "keywords", "section")

    def _skipped_spans(self, env: Env, start: int, end: int) -> list[tuple[int, int]]:
        """Sub-sections of ``text[start:end]`` whose heading matches ``skip``."""
        test, keys = env.heading_test(self.skip)
        return [(section.start, min(section.end, end)) for section in env.document.sections
                if start <= section.start < end and test(keys[section.heading.index])]

    def keywords(self, env: Env, start: int, end: int) -> list[str]:
        """Content words of ``text[start:end]`` (jieba tokens, no stopwords, no numbers)."""
        out: list[str] = []
        for tok in env.document.tokens(start, end):
            word = tok.text
            # the lookups first: many words are stopwords or repeats, and the regex costs more
            if len(word) >= 2 and word not in self.stopwords and word not in out \
                    and _CJK_WORD.fullmatch(word):
                out.append(word)
        return out

    def _answered(self, word: str, answer: str) -> bool:
        if word in answer:
            return True
        if any(other in answer for group in self.synonyms if word in group for other in group):
            return True
        if len(word) >= 4:  # 执法人员 answered by 执法队伍: compare the halves of long compounds
            halves = (word[:2], word[-2:])
            return any(h not in self.stopwords and h in answer for h in halves)
        return False

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit at the topic of every item that the answering part does not take up."""
        doc = env.document
        problems = env.regions(self.items_in)
        answers = env.regions(self.answered_in)
        if not problems or not answers:
            return
        answer = "".join(doc.text[s:e] for r in answers for s, e in region_spans(env, r, "all"))
        target = answers[0].label(doc)
        causes = scanners(self.causes, env.year)
        for region in problems:
            skipped = self._skipped_spans(env, region.anchor_end, region.end) if not self.skip.empty else []
            # the items that state causes only need no answer; a problem's own cause (一是……，原因是
            # 学法机制不健全) stays in its topic: a plan may answer the problem through its cause
            topics = {item[0][0]: item[0][1] for item in env.list_items(region.anchor_end, region.end)}
            for sentences in env.problem_items(region.anchor_end, region.end, causes):
                s = sentences[0][0]
                e = topics.get(s, sentences[0][1])
                if any(a <= s < b for a, b in skipped):
                    continue
                m = ITEM_MARKER.match(doc.text, s)
                topic_start = m.end() if m else s
                if not self.skip.empty and self.skip.matches(doc, topic_start, e, env.year):
                    continue
                words = self.keywords(env, topic_start, e)
                if not words or any(self._answered(w, answer) for w in words):
                    continue
                yield Hit(topic_start, e, {"item": quote(doc.text[topic_start:e]),
                                           "keywords": "、".join(words[:4]), "section": target})

    def describe(self) -> str:
        """What the check looks for."""
        return ("Every list item of the first part is taken up by the second part (one of the item's "
                "content words occurs there).")


@kind("addressed-by")
def compile_addressed_by(data: Mapping[str, Any], c: Compiler, path: tuple) -> AddressedBy:
    """Compile ``addressed-by``."""
    return AddressedBy(
        items_in=c.selector_ref(data["items-in"], path + ("items-in",)),
        answered_in=c.selector_ref(data["answered-in"], path + ("answered-in",)),
        stopwords=frozenset(c.strings(data.get("stopwords"))),
        skip=c.matcher(data["skip"], path + ("skip",)) if data.get("skip") is not None else Matcher(),
        synonyms=tuple(frozenset(c.strings(group)) for group in data.get("synonyms", ())),
        causes=c.regexes(data.get("causes"), path + ("causes",)),
    )
