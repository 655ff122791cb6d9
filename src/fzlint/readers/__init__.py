"""Readers turn the bytes of a file into a :class:`~fzlint.document.Document`.

Each reader is a plugin object returned by the ``fzlint_readers`` hook.  The built-in ones
live in this package and are registered by the core exactly like third-party plugins.
"""

from __future__ import annotations

from typing import Protocol

from ..document import Document
from ..records import field, record
from ..suppress import Directive


class ReaderError(Exception):
    """The input cannot be read; the message is shown to the user on one line (exit code 2)."""


@record(frozen=True)
class AnnotatedDocument(Document):
    """A document with what its reader found besides the text (see :mod:`fzlint.suppress`).

    ``masked``: (start, end) offsets of markup the reader replaced by spaces (Markdown), sorted
    and non-overlapping; findings lying entirely on them are dropped.  ``directives``:
    suppression comments (Markdown ``<!-- fzlint-disable -->``, Word comments), in order.
    """

    masked: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    directives: tuple[Directive, ...] = field(default=(), compare=False)


class Reader(Protocol):
    """What a reader provides (see the ``fzlint_readers`` hook).

    A reader may also set ``source_text = True`` when the offsets of its documents are those of
    the file decoded as text (line endings aside): ``fzlint check --fix`` edits only such files.
    """

    name: str
    suffixes: tuple[str, ...]

    def read(self, data: bytes, path: str) -> Document:
        """Decode ``data`` (the content of ``path``) into a document, or raise ReaderError."""
        ...
