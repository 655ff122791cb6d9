"""Readers turn the bytes of a file into a :class:`~fzlint.document.Document`.

Each reader is a plugin object returned by the ``fzlint_readers`` hook.  The built-in ones
live in this package and are registered by the core exactly like third-party plugins.
"""

from __future__ import annotations

from typing import Protocol

from ..document import Document


class ReaderError(Exception):
    """The input cannot be read; the message is shown to the user on one line (exit code 2)."""


class Reader(Protocol):
    """What a reader provides (see the ``fzlint_readers`` hook)."""

    name: str
    suffixes: tuple[str, ...]

    def read(self, data: bytes, path: str) -> Document:
        """Decode ``data`` (the content of ``path``) into a document, or raise ReaderError."""
        ...
