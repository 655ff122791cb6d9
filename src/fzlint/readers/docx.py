"""The Word reader (``.docx``) through python-docx.

What becomes the document text:

* the paragraphs of the body in document order, **including the paragraphs inside table cells**
  (row by row, cell by cell, nested tables in place) and inside block content controls;
* headers, footers, footnotes, comments, text boxes, hidden text (``w:vanish``) and deleted
  (tracked) text are left out, and a paragraph deleted whole (its mark too) is neither shown
  nor numbered (an empty line); but a text box anchored in an otherwise empty paragraph above the
  body (a title or red head set in a text box) gives that paragraph its text;
* a table of contents or of figures that Word generated (a ``TOC`` field, a TOC content control,
  the ``toc N`` / ``table of figures`` styles) gives empty paragraphs, and so does its 目录
  caption: its entries repeat the headings and are no headings themselves;
* **line N of the document is the N-th paragraph of the body, empty paragraphs counted**, so a
  finding at ``report.docx:12:5`` is in the 12th paragraph, 5th character;
* a soft line break inside a paragraph (Shift+Enter) is dropped (it becomes a space between two
  Latin letters or digits), so it never shifts the paragraph numbering; tabs stay tabs;
* heading numbers that Word generates by automatic numbering are not in the paragraph text.
  They are recovered from the numbering definitions (``numbering.xml``: the paragraph's
  ``numPr`` → ``num`` → ``abstractNum`` → ``lvl`` with its ``numFmt``, ``lvlText`` and
  ``start``; a list that links to a list style, ``numStyleLink``, takes that style's levels)
  and written in front of the paragraph text (``一、``, ``（一）``, ``1.``), so the
  heading checks see what the reader sees.  Columns of such a paragraph count the recovered
  number too.  When a number cannot be recovered (an unknown format, a missing definition)
  the document gets a ``fzlint/reader-note`` saying that heading checks are limited;
* a Word comment whose text is ``fzlint-disable`` (optionally followed by rule ids or
  families, e.g. ``fzlint-disable wording/colloquial``) silences those rules on the text the
  comment is anchored to (see :mod:`fzlint.suppress`).
"""

from __future__ import annotations

import io
import re
from typing import Any, Iterator, Optional

from ..document import Document
from ..markers import hookimpl
from ..records import field, record
from ..suppress import Directive, parse_directive
from ..textutil import digits_to_cn, int_to_cn
from . import AnnotatedDocument, ReaderError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("sdt"), _w("sdtContent")
_CUSTOM_XML, _INS, _MOVE_TO = _w("customXml"), _w("ins"), _w("moveTo")
_T, _TAB, _BR, _CR, _NBH = _w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen")
_VAL, _TYPE = _w("val"), _w("type")
_R, _RPR, _VANISH = _w("r"), _w("rPr"), _w("vanish")
_FLD_CHAR, _FLD_TYPE, _INSTR, _FLD_SIMPLE = _w("fldChar"), _w("fldCharType"), _w("instrText"), _w("fldSimple")
_TXBX = _w("txbxContent")
_FALLBACK = f"{{{MC_NS}}}Fallback"
#: inside a paragraph: subtrees whose text is not part of the paragraph
_SKIP_IN_PARAGRAPH = {_w("txbxContent"), f"{{{MC_NS}}}Fallback", _w("del"), _w("moveFrom"),
                      _w("pPr"), _w("rPr"), _w("instrText"), _w("delText"), _w("footnoteReference"),
                      _w("endnoteReference"), _w("commentReference")}
#: a soft line break in the text (later turned into "" or " ")
_SOFT_BREAK = "\x00"
#: where a Word comment's range starts and ends (removed again, their offsets kept)
_COMMENT_START, _COMMENT_END = _w("commentRangeStart"), _w("commentRangeEnd")
_MARK_START, _MARK_END = "\x01", "\x02"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# -- number formats -------------------------------------------------------------------------

def _cn_counting(n: int) -> str:
    """Word's ``chineseCounting``: 一 … 十 十一 … 九十九, then digit by digit."""
    if 0 < n < 100:
        return int_to_cn(n)
    return digits_to_cn(n)


def _cn_thousand(n: int) -> str:
    """Word's ``chineseCountingThousand`` (一百二十三 style) for 1..9999."""
    if n < 100:
        return _cn_counting(n)
    digits = "零一二三四五六七八九"
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out


def _letters(n: int, upper: bool) -> str:
    base = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "abcdefghijklmnopqrstuvwxyz"
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1) if n > 0 else ""


def _roman(n: int, upper: bool) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out if upper else out.lower()


def _enclosed(first: int, last: int) -> Any:
    return lambda n: chr(first + n - 1) if 1 <= n <= last - first + 1 else str(n)


_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
#: numFmt -> formatter of a counter value
NUMBER_FORMATS: dict[str, Any] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(_FULLWIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULLWIDTH),
    "decimalHalfWidth": str,
    "chineseCounting": _cn_counting,
    "japaneseCounting": _cn_counting,
    "taiwaneseCounting": _cn_counting,
    "chineseCountingThousand": _cn_thousand,
    "japaneseDigitalTenThousand": _cn_thousand,
    "taiwaneseCountingThousand": _cn_thousand,
    "ideographDigital": digits_to_cn,
    "chineseLegalSimplified": lambda n: "".join("零壹贰叁肆伍陆柒捌玖"[int(d)] for d in str(n))
    if n >= 10 else "零壹贰叁肆伍陆柒捌玖"[n],
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "ideographZodiac": lambda n: "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12],
    "decimalEnclosedCircle": _enclosed(0x2460, 0x2473),
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 0x2473),
    "ideographEnclosedCircle": _enclosed(0x3280, 0x3289),
    "decimalEnclosedParen": _enclosed(0x2474, 0x2487),
    "decimalEnclosedFullstop": _enclosed(0x2488, 0x249B),
    "lowerLetter": lambda n: _letters(n, False),
    "upperLetter": lambda n: _letters(n, True),
    "lowerRoman": lambda n: _roman(n, False),
    "upperRoman": lambda n: _roman(n, True),
    "none": lambda n: "",
}


@record
class _Level:
    fmt: str
    text: str
    start: int
    legal: bool = False


@record
class Numbering:
    """Word's numbering definitions and the running counters of one document."""

    abstract_of_num: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    start_overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    style_numpr: dict[str, tuple[Optional[str], Optional[int]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    overridden: set = field(default_factory=set)
    unrecovered: int = 0
    recovered: int = 0

    @classmethod
    def from_document(cls, doc: Any) -> "Numbering":
        """Collect the definitions from the numbering and styles parts (either may be missing)."""
        self = cls()
        try:
            from docx.opc.constants import RELATIONSHIP_TYPE as RT

            numbering = doc.part.part_related_by(RT.NUMBERING).element
        except (KeyError, AttributeError, ValueError):
            numbering = None
        if numbering is not None:
            linked: dict[str, str] = {}  # abstractNum id -> the numbering style it takes its levels from
            for abstract in numbering.iter(_w("abstractNum")):
                aid = abstract.get(_w("abstractNumId"))
                self.levels[aid] = {ilvl: lvl for ilvl, lvl in _levels(abstract)}
                link = abstract.find(_w("numStyleLink"))
                if link is not None and not self.levels[aid]:
                    linked[aid] = link.get(_VAL, "")
            for num in numbering.iter(_w("num")):
                nid = num.get(_w("numId"))
                ref = num.find(_w("abstractNumId"))
                if nid is None or ref is None:
                    continue
                self.abstract_of_num[nid] = ref.get(_VAL)
                for override in num.iter(_w("lvlOverride")):
                    ilvl = _int(override.get(_w("ilvl")), 0)
                    start = override.find(_w("startOverride"))
                    if start is not None:
                        self.start_overrides.setdefault(nid, {})[ilvl] = _int(start.get(_VAL), 1)
                    lvl = override.find(_w("lvl"))
                    if lvl is not None:  # a level redefined for this list instance only
                        aid = f"{self.abstract_of_num[nid]}#{nid}"
                        base = dict(self.levels.get(self.abstract_of_num[nid], {}))
                        base.update(dict(_levels(override)))
                        self.levels[aid] = base
                        self.abstract_of_num[nid] = aid
        try:
            styles = doc.styles.element
        except (KeyError, AttributeError, ValueError):
            styles = None
        if numbering is not None and linked:
            self._follow_style_links(linked, styles)
        if styles is not None:
            raw: dict[str, tuple[Optional[str], Optional[int], Optional[str]]] = {}
            for style in styles.iter(_w("style")):
                sid = style.get(_w("styleId"))
                numpr = style.find(f"{_w('pPr')}/{_w('numPr')}")
                based = style.find(_w("basedOn"))
                nid, ilvl = _numpr_values(numpr)
                raw[sid] = (nid, ilvl, based.get(_VAL) if based is not None else None)
            for sid in raw:
                seen, cur = set(), sid
                while cur in raw and cur not in seen:
                    seen.add(cur)
                    nid, ilvl, based = raw[cur]
                    if nid is not None:
                        self.style_numpr[sid] = (nid, ilvl)
                        break
                    cur = based
        return self

    def _follow_style_links(self, linked: dict[str, str], styles: Any) -> None:
        """Give an abstractNum that only links to a numbering style (``numStyleLink``) the levels of
        the list that style defines: Word's multi-level lists saved as list styles work this way
        (the style's ``numPr`` names a ``num`` whose abstractNum carries the levels)."""
        style_num: dict[str, str] = {}
        for style in styles.iter(_w("style")) if styles is not None else ():
            if style.get(_TYPE) == "numbering":
                nid, _ilvl = _numpr_values(style.find(f"{_w('pPr')}/{_w('numPr')}"))
                if nid is not None:
                    style_num[style.get(_w("styleId"), "")] = nid
        for aid, style_id in linked.items():
            target = self.abstract_of_num.get(style_num.get(style_id, ""))
            if target and target != aid and self.levels.get(target):
                self.levels[aid] = self.levels[target]

    def number_for(self, paragraph: Any) -> Optional[str]:
        """The number Word shows in front of ``paragraph`` ("" when none or a bullet)."""
        ppr = paragraph.find(_w("pPr"))
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        nid, ilvl = _numpr_values(numpr)
        if nid is None and ppr is not None:
            style = ppr.find(_w("pStyle"))
            if style is not None and style.get(_VAL) in self.style_numpr:
                nid, style_lvl = self.style_numpr[style.get(_VAL)]
                ilvl = ilvl if ilvl is not None else style_lvl
        if nid is None or nid == "0":
            return ""
        ilvl = ilvl or 0
        aid = self.abstract_of_num.get(nid)
        levels = self.levels.get(aid or "", {})
        level = levels.get(ilvl)
        if level is None:
            self.unrecovered += 1
            return ""
        if level.fmt == "bullet":
            return ""
        counters = self.counters.setdefault(aid, {})
        if nid not in self.overridden and nid in self.start_overrides:
            self.overridden.add(nid)
            for lvl_no, start in self.start_overrides[nid].items():
                counters[lvl_no] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        out = []
        pos = 0
        for m in re.finditer(r"%([1-9])", level.text):
            out.append(level.text[pos:m.start()])
            ref = int(m.group(1)) - 1
            ref_level = levels.get(ref)
            value = counters.get(ref, ref_level.start if ref_level else 1)
            fmt = "decimal" if level.legal and ref != ilvl else (ref_level.fmt if ref_level else "decimal")
            formatter = NUMBER_FORMATS.get(fmt)
            if formatter is None:
                self.unrecovered += 1
                return ""
            out.append(formatter(value))
            pos = m.end()
        out.append(level.text[pos:])
        self.recovered += 1
        return "".join(out)


def _int(value: Optional[str], default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _numpr_values(numpr: Any) -> tuple[Optional[str], Optional[int]]:
    if numpr is None:
        return None, None
    nid_el, ilvl_el = numpr.find(_w("numId")), numpr.find(_w("ilvl"))
    nid = nid_el.get(_VAL) if nid_el is not None else None
    ilvl = _int(ilvl_el.get(_VAL), 0) if ilvl_el is not None else None
    return nid, ilvl


def _levels(parent: Any) -> Iterator[tuple[int, _Level]]:
    for lvl in parent.findall(_w("lvl")):
        fmt_el, text_el, start_el = lvl.find(_w("numFmt")), lvl.find(_w("lvlText")), lvl.find(_w("start"))
        yield _int(lvl.get(_w("ilvl")), 0), _Level(
            fmt=fmt_el.get(_VAL, "decimal") if fmt_el is not None else "decimal",
            text=text_el.get(_VAL, "") if text_el is not None else "",
            start=_int(start_el.get(_VAL), 1) if start_el is not None else 1,
            legal=lvl.find(_w("isLgl")) is not None,
        )


# -- paragraphs -------------------------------------------------------------------------------

def paragraph_text(p: Any) -> str:
    """The visible text of a ``w:p`` element (runs, hyperlinks, fields, insertions, content controls)."""
    return _paragraph(p)[0]


def _paragraph(p: Any) -> tuple[str, list[tuple[str, str, int]]]:
    """The text of ``p`` and where Word comments start and end in it: (kind, comment id, offset)."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_IN_PARAGRAPH:
                continue
            if tag == _R and _hidden(child):
                continue
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                if child.get(_TYPE) in (None, "textWrapping"):
                    parts.append(_SOFT_BREAK)
            elif tag == _NBH:
                parts.append("-")
            elif tag in (_COMMENT_START, _COMMENT_END):
                ids.append(child.get(_w("id"), ""))
                parts.append(_MARK_START if tag == _COMMENT_START else _MARK_END)
            else:
                walk(child)

    ids: list[str] = []
    walk(p)
    text = _join_soft_breaks("".join(parts))
    if not ids:
        return text, []
    markers, out = [], []
    for ch in text:
        if ch in (_MARK_START, _MARK_END):
            markers.append(("start" if ch == _MARK_START else "end", ids[len(markers)], len(out)))
        else:
            out.append(ch)
    return "".join(out), markers


def _hidden(run: Any) -> bool:
    """True for a run formatted as hidden text (``w:vanish``): Word neither shows nor prints it."""
    rpr = run.find(_RPR)
    vanish = rpr.find(_VANISH) if rpr is not None else None
    return vanish is not None and vanish.get(_VAL, "true") not in ("false", "0", "off")


def _mark_deleted(p: Any) -> bool:
    """True when the paragraph mark of ``p`` is a tracked deletion (or moved away)."""
    ppr = p.find(_w("pPr"))
    rpr = ppr.find(_RPR) if ppr is not None else None
    return rpr is not None and (rpr.find(_w("del")) is not None or rpr.find(_w("moveFrom")) is not None)


def _textbox_text(p: Any) -> str:
    """The text of the text boxes anchored in ``p`` (each box once: Word's VML fallback copy is left
    out), their paragraphs joined as a soft line break joins lines."""
    texts = []
    for box in p.iter(_TXBX):
        parent, inside = box.getparent(), False
        while parent is not None and parent is not p:
            if parent.tag in (_FALLBACK, _TXBX):
                inside = True
                break
            parent = parent.getparent()
        if not inside:
            texts.extend(t for t in (_paragraph(q)[0].strip() for q in box.iter(_P)) if t)
    return _join_soft_breaks(_SOFT_BREAK.join(texts))


class _TableOfContents:
    """Tells which paragraphs belong to a table of contents (or of figures), which Word generates
    from the headings (or captions): its entries are no headings of the report.

    A paragraph belongs to one when it has a TOC style (``toc 1``, ``table of figures``), sits in a
    table-of-contents content control, or lies inside a ``TOC`` field, which spans paragraphs.
    """

    def __init__(self, document: Any) -> None:
        self.styles: set[str] = set()
        try:
            for style in document.styles.element.iter(_w("style")):
                name = style.find(_w("name"))
                value = (name.get(_VAL, "") if name is not None else "").lower()
                if re.fullmatch(r"toc \d|toc heading|table of figures", value):
                    self.styles.add(style.get(_w("styleId"), ""))
        except (KeyError, AttributeError, ValueError):
            pass
        #: the instructions of the fields open at the current point, outermost first
        self._fields: list[str] = []

    def holds(self, p: Any) -> bool:
        """True when ``p`` is part of a generated table (call once per paragraph, in document order)."""
        in_toc = any(f.startswith("TOC") for f in self._fields)
        for el in p.iter(_FLD_CHAR, _INSTR, _FLD_SIMPLE):
            if el.tag == _INSTR:
                if self._fields:
                    self._fields[-1] += el.text or ""
                    in_toc = in_toc or self._fields[-1].lstrip().startswith("TOC")
            elif el.tag == _FLD_SIMPLE:
                in_toc = in_toc or el.get(_w("instr"), "").lstrip().startswith("TOC")
            elif el.get(_FLD_TYPE) == "begin":
                self._fields.append("")
            elif el.get(_FLD_TYPE) == "end" and self._fields:
                self._fields.pop()
        self._fields = [f.lstrip() for f in self._fields]
        if in_toc:
            return True
        ppr = p.find(_w("pPr"))
        style = ppr.find(_w("pStyle")) if ppr is not None else None
        if style is not None and style.get(_VAL) in self.styles:
            return True
        parent = p.getparent()
        while parent is not None and parent.tag != _w("body"):
            if parent.tag == _SDT:
                gallery = parent.find(f"{_w('sdtPr')}/{_w('docPartObj')}/{_w('docPartGallery')}")
                if gallery is not None and gallery.get(_VAL, "").startswith("Table of Contents"):
                    return True
            parent = parent.getparent()
        return False


#: the caption of a table of contents (目录, 目　录, 目次, Contents)
_TOC_CAPTION = re.compile(r"[目][ \t\u3000]*[录次]|contents", re.I)


def _blank_toc_caption(lines: list[str]) -> int:
    """Empty the last non-empty line of ``lines`` when it is the caption of a table of contents;
    return how many characters went."""
    for k in range(len(lines) - 1, -1, -1):
        if lines[k].strip():
            if not _TOC_CAPTION.fullmatch(lines[k].strip(" \t\u3000")):
                return 0
            gone, lines[k] = len(lines[k]), ""
            return gone
    return 0


def _join_soft_breaks(text: str) -> str:
    if _SOFT_BREAK not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        if ch != _SOFT_BREAK:
            out.append(ch)
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        out.append(" " if _latin(before) and _latin(after) else "")
    return "".join(out)


def _latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


def body_paragraphs(body: Any) -> Iterator[Any]:
    """Every ``w:p`` of the body in reading order, descending into tables and content controls."""
    for child in body:
        tag = child.tag
        if tag == _P:
            yield child
        elif tag == _TBL:
            for row in child.iter(_TR):
                if _nearest_table(row) is not child:
                    continue  # rows of nested tables come with their cell
                for cell in row:
                    if cell.tag == _TC:
                        yield from body_paragraphs(cell)
        elif tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML, _INS, _MOVE_TO):
            yield from body_paragraphs(child)


def _nearest_table(el: Any) -> Any:
    parent = el.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def read_docx(data: bytes, path: str) -> tuple[list[str], Numbering]:
    """The paragraph texts of a .docx file (numbers recovered) and its numbering state."""
    lines, numbering, _ = read_docx_with_comments(data, path)
    return lines, numbering


def read_docx_with_comments(data: bytes, path: str) -> tuple[list[str], Numbering, tuple[Directive, ...]]:
    """Paragraph texts, numbering state, and the suppression directives of Word comments.

    A comment whose text is ``fzlint-disable`` (optionally followed by rule ids or families)
    silences those rules on the text it is anchored to.
    """
    if data.startswith(_OLE_MAGIC):
        raise ReaderError(f"{path}: an old .doc or a password-protected Word file; "
                          "save it as .docx (Word 2007 or later) without a password")
    if not data.startswith(_ZIP_MAGIC):
        raise ReaderError(f"{path}: not a .docx file (it is not a zip package)")
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise ReaderError(f"{path}: broken .docx file ({_one_line(exc)})") from None
    except KeyError as exc:
        raise ReaderError(f"{path}: broken .docx file (missing part {exc})") from None
    except Exception as exc:  # noqa: BLE001 - lxml, zlib and content-type errors: one line, no traceback
        raise ReaderError(f"{path}: cannot read as .docx: {type(exc).__name__}: {_one_line(exc)}") from None
    numbering = Numbering.from_document(document)
    lines = []
    starts: dict[str, int] = {}
    ranges: list[tuple[str, int, int]] = []
    offset = 0
    toc = _TableOfContents(document)
    body_started = False
    try:
        for p in body_paragraphs(document.element.body):
            if toc.holds(p):
                # the entries repeat the headings: the paragraph stays, empty, and so does the
                # 目录 line above the first entry
                offset -= _blank_toc_caption(lines)
                lines.append("")
                offset += 1
                continue
            text, markers = _paragraph(p)
            if not text and _mark_deleted(p):
                lines.append("")  # deleted with tracked changes: Word's final view neither shows nor numbers it
                offset += 1
                continue
            number = numbering.number_for(p)
            if not body_started and not text.strip() and not number:
                # a title or red head set in a text box above the body: its text is the paragraph's
                text, markers = _textbox_text(p), []
            body_started = body_started or bool(text.strip())
            for kind, cid, pos in markers:
                at = offset + len(number) + pos
                if kind == "start":
                    starts[cid] = at
                elif cid in starts:
                    ranges.append((cid, starts.pop(cid), at))
            line = (number + text).replace("\r", " ").replace("\n", " ")
            lines.append(line)
            offset += len(line) + 1
    except Exception as exc:  # noqa: BLE001 - malformed XML content
        raise ReaderError(f"{path}: broken .docx file: {type(exc).__name__}: {_one_line(exc)}") from None
    return lines, numbering, _comment_directives(document, ranges)


def _comment_directives(document: Any, ranges: list[tuple[str, int, int]]) -> tuple[Directive, ...]:
    if not ranges:
        return ()
    texts: dict[str, str] = {}
    try:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        part = document.part.part_related_by(RT.COMMENTS)
        for c in part.element.iter(_w("comment")):
            texts[c.get(_w("id"), "")] = "".join(t.text or "" for t in c.iter(_T))
    except Exception:  # noqa: BLE001 - no comments part, or a broken one: no directives
        return ()
    out = []
    for cid, start, end in sorted(ranges, key=lambda r: r[1]):
        d = parse_directive(texts.get(cid, ""), start, max(end, start + 1))
        if d is not None and d.action == "disable":
            out.append(Directive("disable-range", d.rules, d.start, d.end))
    return tuple(out)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class DocxReader:
    """Reads Word ``.docx`` reports: line N is the N-th body paragraph (empty ones counted)."""

    name = "docx"
    suffixes = (".docx",)

    def read(self, data: bytes, path: str) -> Document:
        """Extract the paragraphs and wrap them as a document."""
        lines, numbering, directives = read_docx_with_comments(data, path)
        text = "\n".join(lines)
        if not text.strip():
            raise ReaderError(f"{path}: the document has no text")
        notes: tuple[tuple[str, str, str], ...] = ()
        if numbering.unrecovered:
            notes = (("docx-numbering",
                      f"本文档有 {numbering.unrecovered} 个段落使用 Word 自动编号，其编号未能从编号定义中还原，"
                      "标题编号相关检查可能不完整；建议将自动编号转为文本后再检查。",
                      f"{numbering.unrecovered} paragraph(s) use Word automatic numbering that could not be "
                      "recovered from the numbering definitions, so heading checks are limited; convert "
                      "the numbering to text to check it."),)
        return AnnotatedDocument(path=path, text=text + "\n", kind="docx", reader_notes=notes,
                                 directives=directives)


@hookimpl
def fzlint_readers():
    """Provide the Word reader."""
    return [DocxReader()]
