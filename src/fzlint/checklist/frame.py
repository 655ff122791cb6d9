"""Kinds about the document frame: ``addressee``, ``signature-date`` and ``publication-deadline``.

::

    check: {kind: addressee}                    # a 主送机关 line such as 县委、县政府： after the title
    check: {kind: signature-date, tail-lines: 6} # issuer + 成文日期 (2026年2月12日) at the end
        # report: [missing, format, unsigned, undated] chooses which problems the item reports
        # (default: all)
    check: {kind: publication-deadline, month: 4, day: 1}
        # a publication line (发布时间：2024-03-28, "2022-04-26 07:52 来源:…") must be dated before
        # month/day of the year after the report year, and so must the closing date (成文日期:
        # a report written after the deadline cannot have been published before it)

GB/T 9704-2012 §7.3.5.4: the date is written in Arabic numerals, the year in full, months and
days without leading zeros.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional

from .. import recache
from ..document import is_publication_line
from ..records import record
from .kinds import Compiler, Hit, kind, quote
from .selectors import Env

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_BLANK = " \t\u3000\u00a0\u2002\u2003\u200b\ufeff"
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
#: (\d takes the full-width digits of a Word date too: ２０２５年１月２０日)
DATE_AR = recache.compile(r"((?:19|20|１９|２０)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_CN = recache.compile(r"([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
DATE_ISO = recache.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
#: a closing date without its day (2025年1月): a date all the same, but not written in full
DATE_NO_DAY = recache.compile(r"((?:19|20|１９|２０)\d{2})\s*年\s*(\d{1,2})\s*月$")
#: the first line of an attachment placed after the signature (GB/T 9704-2012 §8.3: 附件 and its
#: number alone at the top left of the attachment's page)
_ATTACHMENT_HEAD = recache.compile(r"附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?")
_SIGNATURE = recache.compile(r"政府|委员会|党委|党工委|委|局|办|镇|乡|街道|院|中心|组|室|部|会|所|处|厅")
#: a line that is only an issuer's name (柳塘街道办事处, 中共青石镇委员会　青石镇人民政府), not a list item
_ISSUER_LINE = recache.compile(r"(?![一二三四五六七八九十]+是)[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,29}"
                               r"(?:人民政府|政府|委员会|管委会|党委|党工委|局|办公室|办事处|"
                               r"街道|镇|乡|委|办|院|中心|所|队|站|处|厅)"
                               r"(?:[" + _BLANK + r"]+[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|委员会|管委会|局|办公室|办事处|镇|乡))*")
_PUBLISH_WORDS = r"(?:发布|公开|更新|上传|发表)(?:时间|日期|于)"
_PUBLISH_LABEL = recache.compile(_PUBLISH_WORDS + r"\s*[:：]?\s*")
#: finds the lines that can hold a label (the words of one never span a line break)
_PUBLISH_LABEL_WORDS = recache.compile(_PUBLISH_WORDS)
_LINE_START_DATE = recache.compile(r"[" + _BLANK + r"]*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"
                              r"(?:[" + _BLANK + r"]+\d{1,2}:\d{2}(?::\d{2})?)?(?:[" + _BLANK + r"]|$)")


def _cn_number(s: str) -> int:
    if len(s) == 4:  # a year written digit by digit: 二〇二六
        return int("".join(str(_CN_DIGIT.get(ch, 0)) for ch in s))
    if s.startswith("十"):
        return 10 + (_CN_DIGIT.get(s[1], 0) if len(s) > 1 else 0)
    if len(s) >= 2 and s[1] == "十":
        return _CN_DIGIT.get(s[0], 0) * 10 + (_CN_DIGIT.get(s[2], 0) if len(s) > 2 else 0)
    return _CN_DIGIT.get(s, 0)


def _strip(line: str) -> str:
    return line.strip(_BLANK)


@record(frozen=True)
class Addressee:
    """A main-recipient line (主送机关) right after the title."""

    variables = ()

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a document-level hit when the document model finds no addressee line."""
        if env.document.addressee is None:
            yield Hit()

    def describe(self) -> str:
        """What the check looks for."""
        return "A main-recipient line ending in '：' (e.g. 县委、县政府：) follows the title."


@kind("addressee")
def compile_addressee(data: Mapping[str, Any], c: Compiler, path: tuple) -> Addressee:
    """Compile ``addressee``."""
    return Addressee()


SIGNATURE_PROBLEMS = ("missing", "format", "unsigned", "undated")

#: the closing date found by :func:`closing_date`: (line offset, start and end in the line, the
#: date as written, its GB/T 9704 spelling (None when it has no day), whether the issuer signs it)
ClosingDate = tuple[int, int, int, str, Optional[str], bool]


@record(frozen=True)
class SignatureDate:
    """An issuer line and a correctly written date among the last lines."""

    tail_lines: int
    #: which problems to report: ``missing`` (neither the issuer nor a date at the end), ``format``
    #: (a date not written 2026年2月12日), ``unsigned`` (a date without the issuer above it),
    #: ``undated`` (the issuer's name ends the report, without a date)
    report: frozenset[str] = frozenset(SIGNATURE_PROBLEMS)
    variables = ("date", "detail")

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit when the signature or date is missing or the date is written wrongly."""
        found = closing_date(env, self.tail_lines)
        if found is not None:
            base, ds, de, date_text, fixed, signed = found
            # blanks inside the date (2025 年 1 月 20 日) are hygiene/whitespace's, and full-width
            # digits are Arabic numerals still: only the spelling of the numbers is reported here
            written = "".join(unicodedata.normalize("NFKC", date_text).split())
            if fixed is None and "format" in self.report:  # no day: what it is cannot be guessed
                yield Hit(base + ds, base + de, {"date": date_text, "detail": (
                    f"成文日期“{date_text}”缺少日，应将年、月、日标全",
                    f"the date '{date_text}' has no day: write year, month and day in full")})
            elif fixed != written and "format" in self.report:
                yield Hit(base + ds, base + de, {"date": date_text, "detail": (
                    f"成文日期“{date_text}”应写作“{fixed}”（阿拉伯数字，年份写全，月日不编虚位）",
                    f"write the date '{date_text}' as '{fixed}' (Arabic numerals, full year, no leading zeros)")},
                    fixed)
            if not signed and "unsigned" in self.report:
                yield Hit(base + ds, base + de, {"date": date_text, "detail": (
                    "成文日期上方缺少发文机关署名", "no issuing unit is signed above the date")})
            return
        issuer = _issuer_at_end(env.document)
        if issuer is not None:
            if "undated" in self.report:
                yield Hit(issuer[0], issuer[1], {"date": "", "detail": (
                    "文末只有发文机关署名，缺少成文日期", "the issuing unit signs the report, but there is no date")})
            return
        if "missing" not in self.report:
            return
        yield Hit(vars={"date": "", "detail": ("文末缺少发文机关署名和成文日期",
                                                "the report ends without the issuing unit and the date")})

    def describe(self) -> str:
        """What the check looks for."""
        return ("The report ends with the issuing unit and a date written as GB/T 9704 §7.3.5.4 "
                "prescribes (2026年2月12日).")


def closing_date(env: Env, tail_lines: int = 6) -> Optional[ClosingDate]:
    """The closing date (成文日期) among the last ``tail_lines`` non-blank lines of the report, or
    before its first attachment; computed once per document and ``tail_lines``."""
    return document_closing_date(env.document, tail_lines)


def document_closing_date(doc: "Document", tail_lines: int = 6) -> Optional[ClosingDate]:
    """:func:`closing_date` of ``doc`` (for rules outside a checklist run; shared with it)."""
    return doc.shared(("checklist/closing-date", tail_lines), lambda: _closing_date(doc, tail_lines))


def signed_on(doc: "Document") -> Optional[datetime.date]:
    """The day the report is dated (its closing date), None when it has none or it names no day."""
    found = document_closing_date(doc)
    return _as_date(found[4]) if found is not None else None


def _closing_date(doc: "Document", tail_lines: int) -> Optional[ClosingDate]:
    lines = doc.lines
    body_from = doc.body_start_line
    found = _date_above(doc, len(lines), body_from, tail_lines)
    if found is None and "附件" in doc.text:
        # attachments follow the signature: the date closes the text before the first of them
        first = next((i for i in range(body_from, len(lines))
                      if "附件" in lines[i] and _ATTACHMENT_HEAD.fullmatch(_strip(lines[i]))), None)
        if first is not None:
            found = _date_above(doc, first, body_from, tail_lines)
    return found


def _issuer_at_end(doc: "Document") -> Optional[tuple[int, int]]:
    """The span of the last non-blank line when it is only an issuer's name (a signature without its date)."""
    lines = doc.lines
    for idx in range(len(lines) - 1, doc.body_start_line - 1, -1):
        line = _strip(lines[idx])
        if not line or _not_the_text(line):
            continue
        if not _ISSUER_LINE.fullmatch(line) or not _names_the_unit(line, doc.unit):
            return None  # when the title names the unit, its signature names it too
        start = doc.line_starts[idx] + lines[idx].index(line[0])
        return start, start + len(line)
    return None


#: the buttons a government web page puts under the text, copied with it
_PAGE_FURNITURE = ("打印本页", "关闭窗口", "扫一扫", "分享到", "【打印】", "【关闭】")


def _not_the_text(line: str) -> bool:
    """True for a line a copy adds around the report's own text: a web page's publication line
    (发布时间：2026-03-20) or buttons (【打印本页】【关闭窗口】), a conversion leftover ([bookmark: _GoBack])."""
    return (is_publication_line(line) or (line.startswith("[") and line.endswith("]"))
            or any(w in line for w in _PAGE_FURNITURE))


#: two characters every unit name may hold: they do not tie a signature to the title's unit
_GENERIC_BIGRAMS = frozenset(("人民", "民政", "政府", "委员", "员会", "办公", "公室", "办事", "事处", "中共"))


def _names_the_unit(line: str, unit: Optional[str]) -> bool:
    """True when ``line`` shares two characters of a name with the title's ``unit`` (青岗镇人民政府 for
    云岭县青岗镇), or when the title names no unit."""
    if not unit:
        return True
    return any(unit[i:i + 2] in line for i in range(len(unit) - 1) if unit[i:i + 2] not in _GENERIC_BIGRAMS)


def _date_above(doc: "Document", stop: int, body_from: int, tail_lines: int) -> Optional[ClosingDate]:
    """:func:`closing_date` among the last ``tail_lines`` non-blank lines before line ``stop``."""
    lines = doc.lines
    nonblank = (i for i in range(stop - 1, body_from - 1, -1) if _strip(lines[i]))
    for idx in itertools.islice(nonblank, tail_lines):
        raw = lines[idx]
        if _not_the_text(_strip(raw)):
            continue  # a web page's publication line left at the end (发布时间：2026-03-20) is no closing date
        found = _date_in(raw)
        if found is None:
            continue
        (ds, de), fixed = found
        lead = len(raw) - len(raw.lstrip(_BLANK))
        signed = bool(_SIGNATURE.search(raw[lead:ds])) or _signature_above(doc, idx, body_from)
        return doc.line_starts[idx], ds, de, raw[ds:de], fixed, signed
    return None


def _date_in(line: str) -> Optional[tuple[tuple[int, int], Optional[str]]]:
    """The date at the end of ``line``: its span and its GB/T 9704 spelling (None: it has no day)."""
    text = line.rstrip(_BLANK)
    last = text[-1:]
    if last == "月":
        m = DATE_NO_DAY.search(text)
        # alone on its line, as a closing date stands (…至2024年12月 ends a sentence, not a report)
        if m is not None and not text[:m.start()].strip(_BLANK):
            return (m.start(), m.end()), None
    for rx in (DATE_AR, DATE_CN, DATE_ISO):
        # a date that ends the line ends with its last character: skip scanning lines that
        # cannot end with one (2026年2月12日 / 二〇二六年二月十二日 end in 日, 2026-02-12 in a digit)
        if not (last.isdecimal() if rx is DATE_ISO else last == "日"):
            continue
        m = None
        for m in rx.finditer(text):
            pass
        if m is None or text[m.end():].strip(_BLANK):
            continue
        if rx is DATE_CN:
            y, mo, d = _cn_number(m.group(1)), _cn_number(m.group(2)), _cn_number(m.group(3))
        else:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(text[:m.start()].strip(_BLANK)) > 40:
            continue  # a sentence that happens to end with a date
        return (m.start(), m.end()), f"{y}年{mo}月{d}日"
    return None


def _as_date(spelled: Optional[str]) -> Optional[datetime.date]:
    """The day of a date spelled 2026年2月12日, None when there is none or it is no calendar day."""
    try:
        return datetime.date(*map(int, re.findall(r"\d+", spelled))) if spelled else None
    except ValueError:
        return None  # 2026年2月30日: signature-date reports what is wrong with it


def _signature_above(doc: "Document", idx: int, body_from: int) -> bool:
    for j in range(idx - 1, max(body_from, idx - 3) - 1, -1):
        line = _strip(doc.lines[j])
        if not line or _not_the_text(line):
            continue
        return len(line) <= 40 and not re.search(r"[。，；！？]", line) and bool(_SIGNATURE.search(line))
    return False


@kind("signature-date")
def compile_signature_date(data: Mapping[str, Any], c: Compiler, path: tuple) -> SignatureDate:
    """Compile ``signature-date``."""
    report = data.get("report", SIGNATURE_PROBLEMS)
    unknown = [r for r in report if r not in SIGNATURE_PROBLEMS]
    if unknown or not report:
        c.fail(path + ("report",), f"list one or more of {', '.join(SIGNATURE_PROBLEMS)}")
    return SignatureDate(int(data.get("tail-lines", 6)), frozenset(report))


@record(frozen=True)
class PublicationDeadline:
    """A publication date, when present, lies before month/day of the year after the report year."""

    month: int
    day: int
    #: also hold the closing date (成文日期) to the deadline: a report dated after it was not
    #: published before it
    closing: bool = True
    variables = ("date", "deadline", "what")

    def publication_dates(self, env: Env) -> Iterator[tuple[int, int, datetime.date]]:
        """(start, end, date) of every publication date line in the document."""
        doc = env.document
        # an unlabelled date line counts only near the title (where scraped pages put it); at the
        # end of the text it is the 成文日期, which signature-date checks
        head = (doc.title.last_line if doc.title else 0) + 3
        # only the lines near the title and those holding a label's words can give a date
        starts = doc.line_starts
        labelled = {bisect.bisect_right(starts, m.start()) - 1 for m in _PUBLISH_LABEL_WORDS.finditer(doc.text)}
        for idx in sorted(labelled.union(range(min(head + 1, len(doc.lines))))):
            line = doc.lines[idx]
            base = starts[idx]
            candidates = []
            m = _LINE_START_DATE.match(line) if idx <= head else None
            if m:
                candidates.append((m.start(1), m.end(3), m.group(1), m.group(2), m.group(3)))
            for lab in _PUBLISH_LABEL.finditer(line) if idx in labelled else ():  # (a label needs its words)
                d = DATE_ISO.match(line, lab.end()) or DATE_AR.match(line, lab.end())
                if d:
                    candidates.append((d.start(), d.end(), d.group(1), d.group(2), d.group(3)))
            for s, e, y, mo, dd in candidates:
                try:
                    yield base + s, base + e, datetime.date(int(y), int(mo), int(dd))
                except ValueError:
                    continue

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit at every publication date on or after the deadline."""
        if env.year is None:
            return
        try:
            deadline = datetime.date(env.year + 1, self.month, self.day)
        except ValueError:
            return
        seen = set()
        when = f"{deadline.year}年{deadline.month}月{deadline.day}日"
        for s, e, date in self.publication_dates(env):
            if date >= deadline and s not in seen:
                seen.add(s)
                yield Hit(s, e, {"date": quote(env.document.text[s:e]), "deadline": when,
                                 "what": ("发布日期", "published on")})
        closing = closing_date(env) if self.closing and not seen else None
        if closing is not None and (date := _as_date(closing[4])) is not None and date >= deadline:
            base, ds, de, written = closing[:4]
            yield Hit(base + ds, base + de, {"date": written, "deadline": when, "what": ("成文日期", "dated")})

    def describe(self) -> str:
        """What the check looks for."""
        return (f"A publication date, when the text shows one, lies before {self.month}/{self.day} of the "
                "year after the report year.")


@kind("publication-deadline")
def compile_publication_deadline(data: Mapping[str, Any], c: Compiler, path: tuple) -> PublicationDeadline:
    """Compile ``publication-deadline``."""
    month, day = int(data.get("month", 4)), int(data.get("day", 1))
    try:
        datetime.date(2024, month, day)
    except ValueError:
        c.fail(path + ("day",), f"not a calendar day: month {month}, day {day}")
    return PublicationDeadline(month, day, bool(data.get("closing-date", True)))
