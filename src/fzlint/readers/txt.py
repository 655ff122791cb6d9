"""The plain-text reader (``.txt``): UTF-8 (with or without BOM), GB18030/GBK, UTF-16, any line ending.

Decoding order, most certain first:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. strict UTF-8 (the common case; no detector is loaded);
3. UTF-16 without a BOM, recognised by its zero bytes: a report always has some ASCII (digits,
   line breaks), whose high byte is zero, so zeros fall mostly on one parity (odd offsets for
   little-endian, even for big-endian); binary files have about as many on both, and what
   still slips through is refused by the control-character check after decoding;
4. otherwise charset-normalizer (a maintained detector) picks the legacy encoding; when a GB
   family encoding (GB2312, GBK, GB18030) is about as plausible as the best guess it wins,
   because these are mainland Chinese reports, and it is decoded as GB18030 (the superset).

Line N of the document is line N of the file; ``\\r\\n`` and ``\\r`` become ``\\n``.
"""

from __future__ import annotations

import codecs

from .. import recache
from ..document import Document
from ..markers import hookimpl
from . import ReaderError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GB_FAMILY = {"gb18030", "gbk", "gb2312", "cp936", "hz", "euc_cn"}
#: encodings the detector must not pick: UTF-16/32 without zero bytes is indistinguishable from noise
_DETECTOR_EXCLUDED = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "utf_7"]
#: how much worse (charset-normalizer "chaos") a GB family guess may be and still be preferred
_GB_PREFERENCE = 0.1
_CONTROL = recache.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def detect_encoding(data: bytes) -> tuple[str, int]:
    """Return (encoding, bytes to skip) for ``data``; raise ReaderError when it is not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    try:
        data.decode("utf-8")
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        return _utf16_without_bom(data), 0
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_exclusion=_DETECTOR_EXCLUDED)
    best = matches.best()
    if best is None:
        raise ReaderError("not a text file, or its encoding cannot be recognised "
                          "(save it as UTF-8 or GB18030)")
    for match in matches:
        if match.encoding in _GB_FAMILY and match.chaos <= best.chaos + _GB_PREFERENCE:
            return "gb18030", 0
    return best.encoding, 0


def _utf16_without_bom(data: bytes) -> str:
    """Tell UTF-16 LE/BE text from binary by where its zero bytes fall."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    # CJK characters whose low byte is zero (U+3000 ideographic space, U+4E00 一 ...) put some
    # zeros on the other parity too; binary data has about as many on both
    if len(data) % 2 == 0:
        if odd >= 2 * even + 2:
            return "utf-16-le"
        if even >= 2 * odd + 2:
            return "utf-16-be"
    raise ReaderError("looks like a binary file, not a text report")


def decode_text(data: bytes, path: str) -> str:
    """Decode the bytes of a text file, refusing binary, empty and undecodable input clearly."""
    if not data.strip():
        raise ReaderError(f"{path}: the file is empty")
    try:
        encoding, skip = detect_encoding(data)
    except ReaderError as exc:
        raise ReaderError(f"{path}: {exc}") from None
    try:
        text = data[skip:].decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        if encoding.startswith("utf-16") and not skip:  # guessed from zero bytes: it was binary
            raise ReaderError(f"{path}: looks like a binary file, not a text report") from None
        where = f" at byte {exc.start + skip}" if isinstance(exc, UnicodeDecodeError) else ""
        raise ReaderError(f"{path}: cannot decode as {encoding}{where}; "
                          "save the report as UTF-8 or GB18030") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ReaderError(f"{path}: the file is empty")
    if len(_CONTROL.findall(text[:4096])) > 2 + len(text[:4096]) // 100:
        raise ReaderError(f"{path}: looks like a binary file, not a text report")
    return text


class TextReader:
    """Reads ``.txt`` reports; line N of the document is line N of the file."""

    name = "txt"
    suffixes = (".txt",)
    #: offsets of its documents are those of the decoded file: ``fzlint check --fix`` can edit it
    source_text = True

    def read(self, data: bytes, path: str) -> Document:
        """Decode and wrap the text."""
        return Document.from_text(decode_text(data, path), path=path, kind="txt")


@hookimpl
def fzlint_readers():
    """Provide the plain-text reader."""
    return [TextReader()]
