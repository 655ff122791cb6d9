"""The plain-text reader (``.txt``): UTF-8 with or without BOM."""

from __future__ import annotations

from ..document import Document
from ..hookspecs import hookimpl
from . import ReaderError


def decode_text(data: bytes, path: str) -> str:
    """Decode the bytes of a text file, refusing binary and empty input with a clear message."""
    if not data.strip():
        raise ReaderError(f"{path}: the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReaderError(f"{path}: looks like a binary file, not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise ReaderError(f"{path}: the file is empty")
    return text


class TextReader:
    """Reads ``.txt`` reports; line N of the document is line N of the file."""

    name = "txt"
    suffixes = (".txt",)

    def read(self, data: bytes, path: str) -> Document:
        """Decode and wrap the text."""
        return Document.from_text(decode_text(data, path), path=path, kind="txt")


@hookimpl
def fzlint_readers():
    """Provide the plain-text reader."""
    return [TextReader()]
