"""The tokenizer interface: Chinese word segmentation behind one small protocol.

Rules never import jieba themselves: they ask the :class:`~fzlint.document.Document` for the
tokens of a span, and the document asks the process-wide tokenizer returned by
:func:`get_tokenizer`.  Nothing is imported until a rule asks for tokens, so runs whose rules
need no segmentation never pay for a dictionary.

Backends (``FZLINT_TOKENIZER`` forces one):

``jieba``
    jieba's own segmenter (HMM on, jieba's defaults) over a *compact dictionary*: jieba's
    ``dict.txt`` converted once into an SQLite table in the user cache folder
    (:mod:`fzlint.dictionary`).  Segmenting a few sentences costs milliseconds instead of
    jieba's one-second dictionary load, and the tokens are exactly jieba's.
``jieba-full``
    jieba with its whole in-memory dictionary (``jieba.initialize()``): about a second to load.
``rjieba``
    rjieba (the jieba-rs binding, ``pip install fzlint[fast]``): the same dictionary and
    algorithm, compiled; about 0.15 s to import, then much faster per sentence.
``auto`` (the default)
    ``jieba`` with the compact dictionary (a pre-commit hook checking one report); in a bulk
    run (:func:`prefer_bulk`), rjieba when it is installed and jieba has segmented enough text
    not met before for rjieba's import to pay off (:data:`SWITCH_CHARS`).

In small runs the ``jieba`` backend first looks a sentence up in the segmentations stored by
earlier runs (:class:`StoredSegmentations`), so re-checking an edited report imports jieba only
for the sentences that changed.  Within a process, the jieba backends answer a text they have
segmented before from a :class:`WordMemo`, and so does rjieba.
"""

from __future__ import annotations

import os
import sys
from itertools import accumulate
from typing import Any, Optional, Protocol

from . import recache
from .backends import BACKENDS, available_backends, describe_backend, requested_backend  # noqa: F401 - re-exported
from .records import record

#: an ASCII word jieba's HMM fallback would split at its hyphens, and how it splits it
_ASCII_WORD = recache.compile(r"[A-Za-z0-9.%+#&_-]+")
_ASCII_SPLIT = recache.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?|-)")



@record(frozen=True)
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


def import_jieba() -> Any:
    """Import jieba without its ``pkg_resources`` import (about 0.1 s of the 0.2 s import time).

    ``jieba._compat`` imports ``pkg_resources`` only to open its data files and falls back to
    ``open()`` when that import fails; blocking it for the duration of the import is safe.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if blocked and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    import logging

    jieba.setLogLevel(logging.WARNING)
    return jieba


class WordMemo:
    """The words of the texts segmented last: segmenting is a pure function of the text.

    A run segments the same texts again and again: the word runs
    :meth:`~fzlint.document.Document.token_at` asks for (和, 及时, 依法行政) and the boilerplate
    sentences reports share.
    """

    #: distinct texts remembered (about 2 kB for a sentence, so 10 MB at most); the memo starts
    #: afresh when full
    LIMIT = 5000

    def __init__(self) -> None:
        self._words: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self._words)

    def get(self, text: str) -> Optional[list[str]]:
        """The remembered words of ``text`` (a fresh list: callers may change theirs), or None."""
        words = self._words.get(text)
        return None if words is None else list(words)

    def put(self, text: str, words: list[str]) -> None:
        """Remember the words of ``text``."""
        if len(self._words) >= self.LIMIT:
            self._words.clear()
        self._words[text] = tuple(words)


class MemoisedTokenizer:
    """A backend that answers the texts it segmented last from a :class:`WordMemo`."""

    name = "memoised"

    def __init__(self) -> None:
        self._memo = WordMemo()
        #: characters segmented by the backend itself (the texts the memo did not know)
        self.segmented = 0

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` (see :meth:`segment`), from the memo when met before."""
        words = self._memo.get(text)
        if words is None:
            words = self.segment(text)
            self._memo.put(text, words)
            self.segmented += len(text)
        return words

    def segment(self, text: str) -> list[str]:
        """Segment ``text`` with the backend itself (subclasses implement it)."""
        raise NotImplementedError


class JiebaTokenizer(MemoisedTokenizer):
    """jieba's segmenter (HMM on), over the compact dictionary or jieba's full one.

    ``dictionary="compact"`` falls back to the full dictionary when the compact one cannot be
    built (no writable cache folder).
    """

    def __init__(self, dictionary: str = "compact") -> None:
        super().__init__()
        jieba = import_jieba()
        self._tokenizer = jieba.Tokenizer()
        self.dictionary = "full"
        if dictionary == "compact":
            try:
                from .dictionary import open_compact
            except ImportError:  # a Python built without sqlite3
                open_compact = lambda: None  # noqa: E731
            freq = open_compact()
            if freq is not None:
                self._tokenizer.FREQ = freq
                self._tokenizer.total = freq.total
                self._tokenizer.initialized = True
                self.dictionary = "compact"
        if self.dictionary == "full":
            jieba.dt.initialize()  # share (and load at most once) jieba's default dictionary
            self._tokenizer = jieba.dt
        self.name = "jieba" if self.dictionary == "compact" else "jieba-full"

    def segment(self, text: str) -> list[str]:
        """Segment ``text`` exactly as ``jieba.lcut(text)`` does."""
        return self._tokenizer.lcut(text)


class RjiebaTokenizer(MemoisedTokenizer):
    """rjieba (jieba-rs): the same dictionary and algorithm, compiled."""

    name = "rjieba"

    def __init__(self) -> None:
        super().__init__()
        import rjieba

        self._rjieba = rjieba

    def segment(self, text: str) -> list[str]:
        """Segment ``text`` with ``rjieba.cut`` (HMM on, as jieba's default).

        jieba-rs keeps an ASCII run with hyphens (``2022-04-26``) as one word where jieba's
        HMM fallback splits it into ``2022``, ``-``, ``04`` ...; such words are split the
        same way here so both backends give rules the same tokens.
        """
        out: list[str] = []
        for word in self._rjieba.cut(text, True):
            if "-" in word and len(word) > 1 and _ASCII_WORD.fullmatch(word):
                out.extend(w for w in _ASCII_SPLIT.split(word) if w)
            else:
                out.append(word)
        return out


class StoredSegmentations:
    """Sentences segmented by earlier small runs, so that re-checking an edited report rarely imports jieba.

    A pre-commit run checks a report that changed a little since the last commit: most of the
    sentences its rules segment were segmented before.  Segmenting is a pure function of the
    sentence and the dictionary, so the word boundaries are kept in one :mod:`marshal` file in the
    data cache (see :mod:`fzlint.datacache`), named after jieba's dictionary and code (their sizes
    and modification times): another jieba or dictionary starts a new file.  Only small runs use it
    (bulk runs segment with the fastest backend and would only churn it); it keeps the
    :data:`LIMIT` most recently added sentences, and entries that do not add up to their sentence
    are ignored.  ``FZLINT_NO_DATA_CACHE=1`` turns it off.
    """

    #: sentences kept (a report segments about twenty)
    LIMIT = 3000

    def __init__(self) -> None:
        self._path: Optional[str] = None
        self._stored: Optional[dict[str, tuple[int, ...]]] = None
        self._new: dict[str, tuple[int, ...]] = {}

    def _load(self) -> dict[str, tuple[int, ...]]:
        if self._stored is None:
            self._stored = {}
            self._path = _segmentations_path()
            if self._path is not None:
                from .datacache import read_entry

                stored = read_entry(self._path)
                if isinstance(stored, dict):
                    self._stored = stored
                import atexit

                atexit.register(self.save)
        return self._stored

    def get(self, text: str) -> Optional[list[str]]:
        """The stored words of ``text``, or None."""
        lengths = self._load().get(text)
        if lengths is None or not isinstance(lengths, tuple) or sum(lengths) != len(text):
            return None
        words, pos = [], 0
        for n in lengths:
            words.append(text[pos:pos + n])
            pos += n
        return words

    def put(self, text: str, words: list[str]) -> None:
        """Remember the words of ``text`` (stored at exit)."""
        if self._load() is not None and self._path is not None:
            self._new[text] = tuple(len(w) for w in words)

    def save(self) -> None:
        """Merge this run's segmentations into the stored file (called at exit)."""
        if not self._new or self._path is None:
            return
        from .datacache import read_entry, write_entry

        current = read_entry(self._path)
        merged = dict(current) if isinstance(current, dict) else {}
        for text in self._new:
            merged.pop(text, None)  # re-added at the end: the newest are kept
        merged.update(self._new)
        if len(merged) > self.LIMIT:
            merged = dict(list(merged.items())[-self.LIMIT:])
        write_entry(self._path, merged)
        self._new.clear()


def _segmentations_path() -> Optional[str]:
    """The file of stored segmentations for the installed jieba and its dictionary (found without importing it)."""
    from .datacache import data_dir
    from .dictionary import FORMAT_VERSION, jieba_dict_path

    folder = data_dir()
    source = jieba_dict_path()
    if folder is None or source is None:
        return None
    try:
        parts = [os.stat(p) for p in (source, os.path.join(os.path.dirname(source), "__init__.py"))]
    except OSError:
        return None
    import zlib

    ident = ";".join(f"{st.st_size}:{st.st_mtime_ns}" for st in parts) + f";{FORMAT_VERSION}"
    return os.path.join(folder, f"segments-jieba-{zlib.crc32(ident.encode()):08x}.marshal")


class CachedJieba:
    """Compact-dictionary jieba behind :class:`StoredSegmentations`: jieba is imported at the first new sentence."""

    name = "jieba"

    def __init__(self, store: bool = True) -> None:
        self._jieba: Optional[JiebaTokenizer] = None
        self._stored: Optional[StoredSegmentations] = StoredSegmentations() if store else None
        #: texts met before in this process: a stored segmentation is rebuilt from its word lengths
        self._memo = WordMemo()

    @property
    def segmenter(self) -> "JiebaTokenizer":
        """The jieba tokenizer (created on first use)."""
        if self._jieba is None:
            self._jieba = JiebaTokenizer("compact")
        return self._jieba

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` exactly as ``jieba.lcut(text)`` does."""
        if self._stored is None:
            return self.segmenter.cut(text)  # which remembers its texts itself
        words = self._memo.get(text)
        if words is None:
            words = self._stored.get(text)
            if words is None:
                words = self.segmenter.cut(text)
                self._stored.put(text, words)
            self._memo.put(text, words)
        return words

    def prefer_bulk(self) -> "CachedJieba":
        """Stop storing (many files follow); returns itself."""
        self._stored = None
        return self

    @property
    def segmented(self) -> int:
        """Characters jieba itself has segmented in this process."""
        return self._jieba.segmented if self._jieba is not None else 0


#: characters jieba segments in a bulk run before rjieba's import pays off: rjieba imports in
#: 0.1-0.15 s, then segments a character some 3-6 µs faster than jieba over the compact dictionary
SWITCH_CHARS = 30_000


class AutoTokenizer:
    """The default policy: compact-dictionary jieba, and rjieba once a bulk run has segmented enough.

    A run over many files (:meth:`prefer_bulk`) switches to rjieba, when installed, after jieba
    has segmented :data:`SWITCH_CHARS` characters of texts not met before: reports that share
    most of their sentences (the memo answers them) never pay for rjieba's import, a folder of
    different reports does from a few hundred reports on.
    """

    name = "auto"

    def __init__(self) -> None:
        self.bulk = False
        #: whether this run may switch to rjieba
        self.fast = False
        self._backend: "Optional[MemoisedTokenizer | CachedJieba]" = None

    @property
    def backend(self) -> "MemoisedTokenizer | CachedJieba":
        """The backend in use (created on first use)."""
        if self._backend is None:
            self._backend = JiebaTokenizer("compact") if self.bulk else CachedJieba()
        return self._backend

    def prefer_bulk(self, fast: bool = True) -> None:
        """Many files follow: stop storing segmentations and, when ``fast``, switch to rjieba once it pays off."""
        self.bulk = True
        self.fast = self.fast or fast
        if isinstance(self._backend, CachedJieba):
            self._backend = self._backend.prefer_bulk()

    def cut(self, text: str) -> list[str]:
        """Segment ``text`` with the current backend (switching to rjieba when that has come to pay off)."""
        backend = self.backend
        words = backend.cut(text)
        if (self.fast and backend.segmented > SWITCH_CHARS and backend.name != "rjieba"
                and "rjieba" in available_backends()):
            self._backend = RjiebaTokenizer()
        return words


_TOKENIZER: Optional[Tokenizer] = None
#: set by :func:`prefer_bulk`: many files follow
_BULK = False


class Stats:
    """How much text this process has segmented (for the benchmark and rule reviews)."""

    calls = 0
    chars = 0

    @classmethod
    def reset(cls) -> None:
        """Zero the counters."""
        cls.calls = cls.chars = 0


def make_tokenizer(name: str) -> Tokenizer:
    """Create the backend ``name`` (one of :data:`BACKENDS`)."""
    if name == "auto":
        return AutoTokenizer()
    if name == "jieba":
        return CachedJieba(store=not _BULK)
    if name == "jieba-full":
        return JiebaTokenizer("full")
    if name == "rjieba":
        return RjiebaTokenizer()
    raise ValueError(f"unknown tokenizer {name!r}: use one of {', '.join(BACKENDS)}")


def get_tokenizer() -> Tokenizer:
    """Return the process-wide tokenizer, creating it on first use."""
    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = make_tokenizer(requested_backend())
    return _TOKENIZER


def set_tokenizer(tokenizer: Optional[Tokenizer]) -> None:
    """Install ``tokenizer`` as the process-wide backend (``None`` resets to automatic choice)."""
    global _TOKENIZER
    _TOKENIZER = tokenizer


def prefer_bulk(fast: bool = True) -> None:
    """Tell the tokenizer many files follow (engine hint); ``fast``: it may switch to rjieba when that pays off."""
    global _TOKENIZER, _BULK
    _BULK = True
    if _TOKENIZER is None:
        if requested_backend() != "auto":
            return
        _TOKENIZER = AutoTokenizer()
    if isinstance(_TOKENIZER, AutoTokenizer):
        _TOKENIZER.prefer_bulk(fast)
    elif isinstance(_TOKENIZER, CachedJieba):  # FZLINT_TOKENIZER=jieba: stop storing
        _TOKENIZER.prefer_bulk()


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Segment ``text`` and return tokens with offsets shifted by ``offset``."""
    Stats.calls += 1
    Stats.chars += len(text)
    words = get_tokenizer().cut(text)
    bounds = list(accumulate(map(len, words), initial=offset))  # each word's start, then the end
    return tuple(map(Token, words, bounds, bounds[1:]))


#: the dictionary behind :func:`word_frequency`, opened on first use (False: none could be opened)
_FREQUENCIES: Any = None


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` as a word (0: not a word of it).

    Read from the compact dictionary whatever the tokenizer (so jieba and rjieba give rules the
    same answer); jieba's own dictionary when the compact one cannot be built.
    """
    global _FREQUENCIES
    if _FREQUENCIES is None:
        from .dictionary import open_compact

        _FREQUENCIES = open_compact() or False
        if _FREQUENCIES is False:
            jieba = import_jieba()
            jieba.dt.initialize()
            _FREQUENCIES = jieba.dt.FREQ
    return int(_FREQUENCIES.get(word) or 0)


def dictionary_identity() -> str:
    """A name of the jieba dictionary :func:`word_frequency` reads (the compact copy's name: the source's
    size and modification time), for keys of what is made from its answers; found without importing jieba."""
    from .dictionary import compact_path, jieba_dict_path

    path = jieba_dict_path()
    try:
        return os.path.basename(compact_path(path)) if path else "no-dictionary"
    except OSError:
        return "no-dictionary"
