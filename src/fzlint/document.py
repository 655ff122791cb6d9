"""The document model: a report's text, lines, title, year, unit, addressee, headings, sections.

A :class:`Document` is built once per file (by :func:`Document.from_text`) and never changes;
everything derived from the text is computed lazily and cached, so a rule pays only for what
it asks for.  Line N of a document is line N of a text file, or paragraph N of a Word file:
readers produce one ``\\n``-separated line per source line or paragraph.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from itertools import accumulate
from typing import Any, Callable, Mapping, Optional, Sequence, TypeVar

from . import recache
from .records import field, record
from .structure import (Heading, Section, _parse_marker, attachment_note_line, build_sections, is_toc_entry,
                        parse_headings)
from .textutil import cn_digits_to_int, sentence_bounds
from .tokens import Token, tokenize

#: the characters of the runs that jieba and jieba-rs segment one by one (jieba-rs's set, which
#: contains jieba's): a run is segmented the same whatever surrounds it
_WORD_RUN_CLASS = ("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef"
                   "\U0002f800-\U0002fa1fa-zA-Z0-9+#&._%\\-]")
_WORD_RUN_CHAR = recache.compile(_WORD_RUN_CLASS)
_WORD_RUN = recache.compile(_WORD_RUN_CLASS + "+")
#: how far back :meth:`Document.token_at` looks at a time for the start of a run
_BACK_WINDOW = 48
_YEAR_IN_NAME = recache.compile(r"((?:19|20)\d{2})")
_HAN = recache.compile(r"[\u4e00-\u9fff]")
#: a year written in Chinese numerals, as some titles do (二〇二四年度)
_CN_YEAR = "(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}"
_BEFORE_YEAR = recache.compile(r"^(.*?)(?:(?:(?:19|20)\d{2}|" + _CN_YEAR + r")\s*年)")
_CN_YEAR_RE = recache.compile("(" + _CN_YEAR + r")\s*年")
_UNIT_AFTER_YEAR = recache.compile(r"^(?:19|20)\d{2}\s*年度?(.+?)(?:推进)?法治")

T = TypeVar("T")
_SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_YEAR_RE = recache.compile(r"((?:19|20)\d{2})\s*(?:年|—|－|-|–|～|~|至)")
_YEAR_RANGE_RE = recache.compile(r"((?:19|20)\d{2})\s*年?\s*(?:—|－|-|–|～|~|至)\s*((?:19|20)\d{2})")
_BODY_YEAR_RE = recache.compile(r"^[" + _SPACES + r"]*((?:19|20)\d{2})\s*年(?:度)?[，,是以]")
_DATE_LINE_RE = recache.compile(r"^\s*\d{4}[-/.年]\d{1,2}")
#: a web page's publication line copied with the report (发布时间：… 来源：… 浏览次数：…)
_PUBLICATION_LINE_RE = recache.compile(
    r"(?:发布|公开|更新|上传|发表)(?:时间|日期)\s*[:：]|来源\s*[:：]|浏览(?:次数|量)\s*[:：]")
#: a line of a web page's buttons copied with the report (【字体：大 中 小】【打印】【关闭窗口】)
_BUTTONS_LINE_RE = recache.compile(r"^(?:[【\[][^】\]\n]{1,12}[】\]][ \t\u3000]*)+$")
#: a web page's breadcrumb copied with the report (当前位置：首页 > 政务公开 > 法治政府建设)
_BREADCRUMB_RE = recache.compile(r"^(?:您?当前(?:的|所在)?位置|您的位置)\s*[:：]|^首页\s*[>＞»/]")
#: a Word bookmark or field left at the start of a line by a conversion ([bookmark: _GoBack])
_LEFTOVER_HEAD_RE = recache.compile(r"^(?:\[bookmark:[^\]\n]*\]\s*)+")
#: the heading of a table of contents copied with the report (目录, 目　录, 目次)
_TOC_HEAD_RE = recache.compile(r"^目[ \t\u3000]*[录次]$")
_UNIT_WORDS = recache.compile(r"委|政府|局|办|院|会|部|厅|处|室|中心|领导|组")
_TITLE_SUBJECT = recache.compile(r"报告|情况|总结|汇报")


@record(frozen=True)
class Title:
    """The report title, which may span up to three lines."""

    text: str                 #: the title lines joined without separators
    first_line: int           #: 0-based index of its first line
    last_line: int            #: 0-based index of its last line
    start: int                #: offset of the first character
    end: int                  #: offset just past the last character
    years: tuple[int, ...]    #: every year named in the title (a range gives two)
    unit: Optional[str]       #: the reporting unit, e.g. "马营镇" or "木叶乡人民政府"


@record(frozen=True)
class Addressee:
    """The main-recipient line (主送机关), e.g. ``县委、县政府：``."""

    text: str
    line: int
    start: int
    end: int


@record(frozen=True)
class Document:
    """An immutable report.  Build it with :meth:`from_text`."""

    path: str
    text: str
    #: which reader produced it ("txt", "md", "docx", ...)
    kind: str = "txt"
    #: notes a reader wants reported (e.g. Word automatic numbering), as (code, zh, en)
    reader_notes: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", kind: str = "txt",
                  reader_notes: tuple[tuple[str, str, str], ...] = ()) -> "Document":
        """Create a document from already-decoded text (line endings are normalised to ``\\n``)."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls(path=path, text=text, kind=kind, reader_notes=reader_notes)

    # -- lines and positions -------------------------------------------------------------

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The lines of the text, without their ``\\n``."""
        return tuple(self.text.split("\n"))

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        """Offset of the first character of every line."""
        return tuple(accumulate((len(line) + 1 for line in self.lines[:-1]), initial=0))

    def position(self, offset: int) -> tuple[int, int]:
        """Map an offset to a 1-based (line, column); columns count characters."""
        offset = max(0, min(offset, len(self.text)))
        ln = bisect.bisect_right(self.line_starts, offset) - 1
        return ln + 1, offset - self.line_starts[ln] + 1

    def offset(self, line: int, column: int) -> int:
        """Map a 1-based (line, column) back to an offset."""
        if not 1 <= line <= len(self.line_starts):
            raise ValueError(f"line {line} out of range 1..{len(self.line_starts)}")
        return self.line_starts[line - 1] + column - 1

    def line_span(self, index: int) -> tuple[int, int]:
        """(start, end) offsets of 0-based line ``index``, excluding its newline."""
        start = self.line_starts[index]
        return start, start + len(self.lines[index])

    # -- title, year, unit, addressee -------------------------------------------------------

    @cached_property
    def title(self) -> Optional[Title]:
        """The title: the first one to three short non-sentence lines, or None."""
        lines = self.lines
        i = 0
        skipped = 0
        while i < len(lines):
            raw = lines[i].strip(_SPACES)
            if raw and not (_is_page_chrome(raw) and skipped < _MAX_CHROME_LINES):
                break
            skipped += bool(raw)
            i += 1
        first = i
        picked: list[int] = []
        while i < len(lines) and len(picked) < 3:
            raw = _clean_title_line(lines[i])
            if not raw or not _looks_like_title_line(raw):
                break
            picked.append(i)
            i += 1
            if _TITLE_SUBJECT.search(raw) and ("关于" in raw or raw.endswith(("报告", "情况", "汇报", "总结"))):
                break
        if not picked:
            return self._metadata_title()
        # the picked lines and the one below them, cleaned (the other lines are not looked at)
        cleaned = {k: _clean_title_line(lines[k]) for k in (*picked, i) if k < len(lines)}
        unit = None
        # the issuer in brackets under the title: 关于2023年度…的报告 / （桃源镇人民政府）
        if i < len(lines) and (m := _BRACKETED_UNIT_RE.match(cleaned[i])):
            unit = m.group(1)
            picked.append(i)
        joined = "".join(cleaned[k] for k in picked)
        start = self.line_starts[first] + lines[first].find(cleaned[first])
        last = picked[-1]
        end = self.line_starts[last] + len(lines[last].rstrip(_SPACES))
        years = _title_years(joined)
        return Title(joined, first, last, start, end, years, _title_unit(cleaned, picked, joined) or unit)

    def _metadata_title(self) -> Optional[Title]:
        """A title given only in a scraped metadata row (``标 题：…``, ``名称：…``) near the top."""
        for ln, line in enumerate(self.lines[:_MAX_CHROME_LINES * 2]):
            m = _METADATA_TITLE_RE.search(line)
            if m:
                value = m.group(1).strip(_SPACES)
                start = self.line_starts[ln] + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip(_SPACES)))
                unit = _title_unit((value,), [0], value)
                return Title(value, ln, ln, start, start + len(value), _title_years(value), unit)
        return None

    @cached_property
    def years(self) -> tuple[int, ...]:
        """Every year named in the title (empty when the title names none)."""
        return self.title.years if self.title else ()

    @cached_property
    def year(self) -> Optional[int]:
        """The report year: the title's single year (unless the body reports on another, see
        :attr:`body_year`), else the opening "{Y}年，", else the file name."""
        if len(set(self.years)) == 1:
            return self.body_year if self.body_year is not None and self.body_year != self.years[0] else self.years[0]
        if self.years:
            return None  # a range or several years: ambiguous, the checklist reports it
        opening = self._opening_year
        if opening is not None:
            return opening
        m = _YEAR_IN_NAME.search(self.path.rsplit("/", 1)[-1])
        return int(m.group(1)) if m else None

    @cached_property
    def _opening_year(self) -> Optional[int]:
        """The year of the body's opening "{Y}年，" (in the first lines after the title), if any."""
        start = self.title.last_line + 1 if self.title else 0
        for line in self.lines[start:start + 8]:
            m = _BODY_YEAR_RE.match(line)
            if m:
                return int(m.group(1))
        return None

    @cached_property
    def body_year(self) -> Optional[int]:
        """The year the body reports on when the title names another one (a title left from last year's
        report): the body opens with "{Y}年，" and names "{Y}年度", and never the title's "{T}年度" outside the
        title; None otherwise."""
        opening = self._opening_year
        if opening is None or len(set(self.years)) != 1 or opening == self.years[0] or self.title is None:
            return None
        body = self.text[self.title.end:]
        if f"{opening}年度" not in body or f"{self.years[0]}年度" in body:
            return None
        return opening

    @cached_property
    def unit(self) -> Optional[str]:
        """The reporting unit named in the title, if any."""
        return self.title.unit if self.title else None

    @cached_property
    def addressee(self) -> Optional[Addressee]:
        """The main-recipient line right after the title (``县委、县政府：``), if any."""
        start = self.title.last_line + 1 if self.title else 0
        seen = 0
        for ln in range(start, len(self.lines)):
            raw = self.lines[ln].strip(_SPACES)
            if raw.startswith("["):
                raw = _LEFTOVER_HEAD_RE.sub("", raw).lstrip(_SPACES)
            if not raw or _TOC_HEAD_RE.match(raw) or is_toc_entry(raw):
                continue  # a table of contents between the title and the addressee
            seen += 1
            if seen > 2:
                break
            if (raw.endswith(("：", ":")) and len(raw) <= 40 and "。" not in raw
                    and _UNIT_WORDS.search(raw) and not _parse_marker(raw)
                    and "如下" not in raw):
                s = self.line_starts[ln] + self.lines[ln].find(raw)
                return Addressee(raw, ln, s, s + len(raw))
            if _DATE_LINE_RE.match(raw) or is_publication_line(raw) or _BUTTONS_LINE_RE.match(raw) \
                    or _BREADCRUMB_RE.match(raw) or raw.isascii():
                continue  # a scraped publication line or breadcrumb, a line of buttons or a converter's watermark in Latin
                # letters (Evaluation Warning: …) may sit between title and addressee
            break
        return None

    # -- structure -------------------------------------------------------------------------

    @cached_property
    def body_start_line(self) -> int:
        """0-based index of the first line after the title and addressee."""
        if self.addressee:
            return self.addressee.line + 1
        return self.title.last_line + 1 if self.title else 0

    @cached_property
    def headings(self) -> tuple[Heading, ...]:
        """Every heading after the title, in order, with inferred levels."""
        return parse_headings(self.lines, self.line_starts, self.body_start_line)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """One section per heading (heading + body up to the next heading of its level or higher).

        The body ends at an attachment note after the last heading (附件：1.…): the attachments
        belong to no section.
        """
        headings = self.headings
        end = len(self.text)
        if headings:
            note = attachment_note_line(self.lines, headings[-1].line + 1)
            if note is not None:
                end = self.line_starts[note]
        return build_sections(headings, end)

    def section_text(self, section: Section, with_heading: bool = True) -> str:
        """The text of a section, with or without its heading."""
        return self.text[section.start if with_heading else section.body_start:section.end]

    def top_sections(self) -> tuple[Section, ...]:
        """The sections whose heading has no parent (level-1 sections)."""
        return tuple(s for s in self.sections if s.heading.parent is None)

    def section_at(self, offset: int) -> Optional[Section]:
        """The innermost section containing ``offset``, or None before the first heading."""
        best = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.heading.level >= best.heading.level):
                best = s
        return best

    # -- work shared between rules ------------------------------------------------------------

    @cached_property
    def _shared(self) -> dict[Any, Any]:
        return {}

    def shared(self, key: Any, compute: Callable[[], T]) -> T:
        """A value derived from this document, computed once and shared by every rule that asks.

        ``key`` names the value and everything it depends on besides the document (e.g.
        ``("hygiene/artifacts", id(context))``); ``compute`` must not modify the document.
        Several rule families needing the same analysis pay for it once per document.
        """
        cache = self._shared
        try:
            return cache[key]
        except KeyError:
            value = cache[key] = compute()
            return value

    # -- words -----------------------------------------------------------------------------

    @cached_property
    def _token_cache(self) -> dict[tuple[int, int], tuple[Token, ...]]:
        return {}

    def tokens(self, start: int = 0, end: Optional[int] = None) -> tuple[Token, ...]:
        """Words of ``text[start:end]`` with absolute offsets (segmented lazily, then cached)."""
        end = len(self.text) if end is None else end
        cache = self._token_cache
        found = cache.get((start, end))
        if found is None:
            found = cache[start, end] = tokenize(self.text[start:end], start)
        return found

    def sentence_tokens(self, offset: int) -> tuple[Token, ...]:
        """Words of the sentence containing ``offset`` (the usual span a rule segments)."""
        s, e = sentence_bounds(self.text, offset)
        return self.tokens(s, e)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence containing ``offset``."""
        return sentence_bounds(self.text, offset)

    def token_at(self, offset: int) -> Optional[Token]:
        """The word that covers ``offset``: exactly the one :meth:`sentence_tokens` has there, cheaper.

        jieba (and jieba-rs) segment each run of ideographs and Latin letters or digits on its
        own, so only the run around ``offset`` is segmented, not the whole sentence (a third of
        it, typically: commas and other punctuation end a run).
        """
        text = self.text
        if not 0 <= offset < len(text):
            return None
        if not _WORD_RUN_CHAR.match(text, offset):
            s, e = sentence_bounds(text, offset)  # punctuation or space: as the sentence has it
            return next((t for t in self.tokens(s, e) if t.start <= offset < t.end), None)
        start = offset
        while start > 0:  # back to the start of the run: matched forwards on the reversed text before it
            lo = max(0, start - _BACK_WINDOW)
            back = _WORD_RUN.match(text[lo:start][::-1])
            if back is None:
                break
            start -= back.end()
            if start > lo:
                break  # stopped by a character outside the run, not by the window
        end = _WORD_RUN.match(text, offset).end()
        return next((t for t in self.tokens(start, end) if t.start <= offset < t.end), None)


#: at most this many web-page lines (来源/发布时间, breadcrumbs) are skipped above the title
_MAX_CHROME_LINES = 6
#: a "label：value" row of a web page or its metadata table; a title has no such colon
_CHROME_RE = recache.compile(r"^[^：:，。]{1,8}[：:][" + _SPACES + r"]*[^" + _SPACES + r"]|[>＞»›]|【|"
                        r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_METADATA_TITLE_RE = recache.compile(r"(?:标\s*题|名\s*称)\s*[：:]\s*([^\s：:][^\n]{4,60}?)\s*(?:$|\s{2,}|[|｜])")


_ARTIFACT_RE = recache.compile(r"^(?:\[[^\]\n]{1,80}\])+")
_BRACKETED_UNIT_RE = recache.compile(r"^[（(]([^（）()\s]{2,30}?(?:政府|委员会|党委|党工委|局|办公室|街道办事处|街道|镇|乡|委|院|中心))[）)]$")


def _is_page_chrome(raw: str) -> bool:
    """True for a scraped web-page line above the title (来源：…, 首页 > …, 【打印】, a date, a line
    without any Chinese such as a converter's "Evaluation Warning: …")."""
    return bool(_CHROME_RE.search(raw)) or not _HAN.search(raw)


def _clean_title_line(line: str) -> str:
    """A title line without surrounding blanks and leading conversion artifacts ([bookmark: _Toc1])."""
    return _ARTIFACT_RE.sub("", line.strip(_SPACES)).strip(_SPACES)


def _looks_like_title_line(raw: str) -> bool:
    if len(raw) > 60 or "。" in raw or raw.endswith(("：", ":", "，", ",")):
        return False
    if _parse_marker(raw) or _DATE_LINE_RE.match(raw):
        return False
    return True


def is_publication_line(line: str) -> bool:
    """True for a web page's publication line copied with a report (发布时间：… 来源：… 浏览次数：…)."""
    # each label ends with a colon: the usual line, without one, needs no search
    return ("：" in line or ":" in line) and _PUBLICATION_LINE_RE.search(line) is not None


def _title_years(title: str) -> tuple[int, ...]:
    m = _YEAR_RANGE_RE.search(title)
    if m:
        return (int(m.group(1)), int(m.group(2)))
    years = tuple(int(y) for y in _YEAR_RE.findall(title))
    if not years and "年" in title:  # 二〇二四年度: written in Chinese numerals
        years = tuple(cn_digits_to_int(y) or 0 for y in _CN_YEAR_RE.findall(title))
    return years


def _title_unit(lines: Mapping[int, str] | Sequence[str], picked: list[int], joined: str) -> Optional[str]:
    for pos, k in enumerate(picked):
        raw = lines[k].strip(_SPACES)
        if "关于" in raw:
            before = raw.split("关于", 1)[0]
            if before:
                return before
            if pos:
                return "".join(lines[j].strip(_SPACES) for j in picked[:pos])
            return None
    m = _BEFORE_YEAR.match(joined)
    if m and m.group(1):
        return m.group(1)
    m = _UNIT_AFTER_YEAR.match(joined)
    if m:
        return m.group(1)
    return None
