"""The tokenizer interface: Chinese word segmentation behind one small protocol.

Rules never import jieba themselves: they ask the :class:`~fzlint.document.Document` for the
tokens of a span, and the document asks the process-wide tokenizer returned by
:func:`get_tokenizer`.  The backend is chosen once, lazily, on first use:

* ``rjieba`` (the jieba-rs binding, ``pip install fzlint[fast]``) when it is installed,
* ``jieba`` otherwise.

``FZLINT_TOKENIZER=jieba|rjieba`` forces a backend.  Nothing is imported until a rule asks for
tokens, so runs whose rules need no segmentation never pay for a dictionary load.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional, Protocol


@dataclass(frozen=True)
class Token:
    """One word: its text and absolute character offsets in the document."""

    text: str
    start: int
    end: int


class Tokenizer(Protocol):
    """What a segmentation backend provides."""

    name: str

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` into words whose concatenation is ``text``."""
        ...


class JiebaTokenizer:
    """jieba with its default dictionary, HMM enabled (jieba's own defaults)."""

    name = "jieba"

    def __init__(self) -> None:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` with ``jieba.lcut``."""
        return self._jieba.lcut(text)


class RjiebaTokenizer:
    """rjieba (jieba-rs): the same dictionary and algorithm, compiled."""

    name = "rjieba"

    def __init__(self) -> None:
        import rjieba

        self._rjieba = rjieba

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` with ``rjieba.cut`` (HMM on, as jieba's default)."""
        return list(self._rjieba.cut(text, True))


_TOKENIZER: Optional[Tokenizer] = None


def available_backends() -> list[str]:
    """Names of the backends importable in this environment, preferred first."""
    import importlib.util

    names = []
    if importlib.util.find_spec("rjieba") is not None:
        names.append("rjieba")
    if importlib.util.find_spec("jieba") is not None:
        names.append("jieba")
    return names


def get_tokenizer() -> Tokenizer:
    """Return the process-wide tokenizer, creating it on first use."""
    global _TOKENIZER
    if _TOKENIZER is None:
        wanted = os.environ.get("FZLINT_TOKENIZER", "").strip().lower()
        backends = {"jieba": JiebaTokenizer, "rjieba": RjiebaTokenizer}
        if wanted:
            if wanted not in backends:
                raise ValueError(f"FZLINT_TOKENIZER={wanted!r}: use one of {', '.join(backends)}")
            _TOKENIZER = backends[wanted]()
        else:
            names = available_backends()
            _TOKENIZER = backends[names[0] if names else "jieba"]()
    return _TOKENIZER


def set_tokenizer(tokenizer: Optional[Tokenizer]) -> None:
    """Install ``tokenizer`` as the process-wide backend (``None`` resets to automatic choice)."""
    global _TOKENIZER
    _TOKENIZER = tokenizer


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Segment ``text`` and return tokens with offsets shifted by ``offset``."""
    tokens = []
    pos = offset
    for word in get_tokenizer().cut(text):
        tokens.append(Token(word, pos, pos + len(word)))
        pos += len(word)
    return tuple(tokens)
