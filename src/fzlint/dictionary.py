"""A compact on-disk copy of jieba's dictionary, so that a run segments a few sentences in milliseconds.

jieba keeps its whole prefix dictionary (about 500,000 entries) in one Python ``dict``; loading it
costs about a second per process, even from jieba's own marshal cache.  fzlint's rules segment
only the sentences around candidates, so a pre-commit run needs a few hundred look-ups, not
half a million entries.

:func:`open_compact` returns a :class:`CompactFreq`: a read-only mapping over an SQLite table
built once, at first use, from jieba's own ``dict.txt`` with jieba's own ``gen_pfdict`` (so the
entries, prefixes and total are exactly jieba's).  It answers the three operations jieba's
segmenter uses on ``Tokenizer.FREQ`` (``in``, ``[]`` and ``.get``) and remembers every answer,
so a long run converges to plain dictionary speed for the words it actually meets.

The file lives in the user cache folder (``platformdirs.user_cache_dir("fzlint")``, or
``$FZLINT_DICT_DIR``) and is named after the size and modification time of the source
dictionary, so upgrading jieba builds a new one.  Building writes a temporary file and renames
it into place, so concurrent first runs are safe.  Any failure (read-only cache folder, corrupt
file) makes :func:`open_compact` return ``None`` and the caller falls back to jieba's own load.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from typing import TYPE_CHECKING, Any, Iterator, Optional

if TYPE_CHECKING:
    import sqlite3

#: bump when the table layout changes
FORMAT_VERSION = 1
#: compact dictionaries kept however old (the most recently used); older ones go when unused for a month
KEEP_DICTIONARIES = 3
_MISSING = -1


def jieba_dict_path() -> Optional[str]:
    """Path of jieba's bundled ``dict.txt`` (found without importing jieba), or None."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    return path if os.path.isfile(path) else None


def cache_dir() -> str:
    """The folder compact dictionaries are stored in."""
    override = os.environ.get("FZLINT_DICT_DIR")
    if override:
        return override
    if sys.platform.startswith("linux"):  # platformdirs' XDG rule, without its 3 ms import (tempfile, shutil...)
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return os.path.join(base, "fzlint")
    from platformdirs import user_cache_dir

    return user_cache_dir("fzlint", appauthor=False)


def compact_path(source: str) -> str:
    """Where the compact copy of dictionary ``source`` is (or will be) stored."""
    st = os.stat(source)
    name = f"jieba-dict-v{FORMAT_VERSION}-{st.st_size}-{st.st_mtime_ns}.sqlite3"
    return os.path.join(cache_dir(), name)


def _content_path(folder: str, data: bytes) -> str:
    """Where the compact copy of a dictionary with the content ``data`` is stored, whatever its path."""
    import hashlib

    return os.path.join(folder, f"jieba-dict-v{FORMAT_VERSION}-c{hashlib.sha1(data).hexdigest()[:20]}.sqlite3")


def _link_same_content(content: str, target: str) -> bool:
    """Make ``target`` a hard link of the sound compact copy ``content`` (one made for a dictionary of the same
    content in another environment: every new environment of the same jieba would otherwise store 10 MB
    more); False when there is none, it is damaged, or the folder cannot link."""
    if not os.path.isfile(content):
        return False
    import sqlite3

    try:
        CompactFreq(content).close()
    except (sqlite3.Error, KeyError, ValueError, OSError):
        from .datacache import discard

        discard(content)
        return False
    try:
        os.link(content, target)
    except FileExistsError:
        return True
    except OSError:
        return False
    return True


def build(source: str, target: str) -> None:
    """Build the compact dictionary ``target`` from jieba dictionary ``source`` (atomic), or link the copy
    already made from a dictionary of the same content."""
    from .tokens import import_jieba

    folder = os.path.dirname(target) or "."
    os.makedirs(folder, exist_ok=True)  # fail fast, before parsing, when the folder is not writable
    with open(source, "rb") as fh:
        data = fh.read()
    content = _content_path(folder, data)
    if _link_same_content(content, target):
        return
    import io
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".jieba-dict-", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        import sqlite3

        jieba = import_jieba()
        freq, total = jieba.Tokenizer.gen_pfdict(io.BytesIO(data))
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.execute("CREATE TABLE d (w TEXT PRIMARY KEY, f INTEGER NOT NULL) WITHOUT ROWID")
            con.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)")
            con.executemany("INSERT INTO d VALUES (?, ?)", sorted(freq.items()))
            con.executemany("INSERT INTO meta VALUES (?, ?)",
                            [("total", str(total)), ("entries", str(len(freq))),
                             ("format", str(FORMAT_VERSION)), ("source", source)])
            con.commit()
        finally:
            con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        try:  # the copy of this content, for the next environment with the same dictionary
            os.link(target, content)
        except OSError:
            pass
        from .datacache import prune

        # one file per jieba install (pre-commit makes a new environment per hook version)
        prune(folder, "jieba-dict-v", ".sqlite3", KEEP_DICTIONARIES, current=target)
    except BaseException:
        from .datacache import discard

        discard(tmp)
        raise


class CompactFreq:
    """A read-only ``word -> frequency`` mapping backed by the SQLite table, with a memo.

    Prefix entries have frequency 0, exactly as in jieba's ``FREQ``.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._memo: dict[str, int] = {}
        self._pid = -1
        self._con: Optional["sqlite3.Connection"] = None
        con = self._connection()
        rows = dict(con.execute("SELECT k, v FROM meta").fetchall())
        if rows.get("format") != str(FORMAT_VERSION):
            raise ValueError(f"{path}: unexpected format {rows.get('format')!r}")
        self.total = int(rows["total"])
        self.entries = int(rows["entries"])
        self.lookups = 0

    def _connection(self) -> "sqlite3.Connection":
        # a connection must not cross a fork: reopen in a child process
        if self._con is None or self._pid != os.getpid():
            import sqlite3

            uri = "file:" + self.path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def _lookup(self, word: str) -> int:
        try:
            return self._memo[word]
        except KeyError:
            pass
        self.lookups += 1
        row = self._connection().execute("SELECT f FROM d WHERE w = ?", (word,)).fetchone()
        value = row[0] if row else _MISSING
        self._memo[word] = value
        return value

    # jieba calls these three for every fragment of every sentence: each reads the memo itself
    # and calls _lookup only on a miss (a second Python call per look-up was a third of their cost)

    def __contains__(self, word: object) -> bool:
        value = self._memo.get(word) if isinstance(word, str) else _MISSING
        if value is None:
            value = self._lookup(word)  # type: ignore[arg-type]
        return value != _MISSING

    def __getitem__(self, word: str) -> int:
        value = self._memo.get(word)
        if value is None:
            value = self._lookup(word)
        if value == _MISSING:
            raise KeyError(word)
        return value

    def get(self, word: str, default: Any = None) -> Any:
        """The frequency of ``word`` (0 for a prefix), or ``default`` when it is not an entry."""
        value = self._memo.get(word)
        if value is None:
            value = self._lookup(word)
        return default if value == _MISSING else value

    def __len__(self) -> int:
        return self.entries

    def __iter__(self) -> Iterator[str]:
        for (word,) in self._connection().execute("SELECT w FROM d"):
            yield word

    def close(self) -> None:
        """Close the database connection (it reopens on the next look-up)."""
        if self._con is not None:
            self._con.close()
            self._con = None


def open_compact(source: Optional[str] = None, build_missing: bool = True) -> Optional[CompactFreq]:
    """The compact form of jieba's dictionary, built on first use; None when unavailable."""
    source = source or jieba_dict_path()
    if source is None:
        return None
    try:
        target = compact_path(source)
    except OSError:
        return None
    import sqlite3

    for attempt in (0, 1):
        if not os.path.isfile(target):
            if not build_missing:
                return None
            try:
                build(source, target)
            except Exception:  # noqa: BLE001 - read-only cache folder, disk full: fall back
                return None
        try:
            compact = CompactFreq(target)
            from .datacache import mark_used

            mark_used(target)  # kept by the pruning as long as some environment uses it
            return compact
        except (sqlite3.Error, KeyError, ValueError):
            if attempt:
                return None
            try:  # corrupt or truncated file: remove it and build again once
                os.unlink(target)
            except OSError:
                return None
    return None
