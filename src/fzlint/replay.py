"""Replaying stored output: a re-run over unchanged reports writes what the last run wrote.

With the result cache, a re-run still decoded every stored result and formatted every finding
again: with twenty-odd findings per report, formatting cost more than everything else.  For a
formatter that writes one block of text per file (the text format), the block is stored next to
the file's cache entry, under the entry's key and the formatter's *variant* (format, language,
the path as displayed: everything the block depends on besides the result), with the counts
the summary line and the exit code need.  A run over many files also stores all its blocks in
one *run pack*, named by the keys and variants of its files: the same run again (a reviewer's
folder, unchanged) reads one file instead of one per report.

:func:`replay` is all or nothing: when every file has a stored block it writes them in order
and returns the counts; when one is missing (a changed file, another language, an unreadable
file, a result that is never cached) it returns None and the run checks normally, storing the
blocks it writes (:class:`Recorder`) for next time.  Entries are found by content, exactly like
the results they were made from, so a changed file, configuration, plugin or fzlint always
checks again.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from .cache import cacheable
from .formats import Summary
from .results import FileResult

#: runs over at least this many files store a run pack (a single report reads its one block anyway)
PACK_MIN_FILES = 8


def variant(formatter: Any, path: str) -> str:
    """What a formatter's block for ``path`` depends on besides the result."""
    return f"{formatter.name}\0{formatter.options.lang}\0{formatter.display_path(path)}"


def replay(engine: Any, paths: Iterable[str], formatter: Any) -> Optional[list[dict[str, dict[str, int]]]]:
    """Write the stored block of every file under ``paths``; the counts of each, or None (nothing written)."""
    cache = engine.cache
    files = []
    for path in engine.expand(paths):
        config = engine.resolver.for_path(path)
        try:
            key = cache.file_key(engine, config, path)[0]
        except Exception:  # noqa: BLE001 - unreadable (checked normally, which reports it) or a cache failure
            return None
        files.append((config, key, variant(formatter, path)))
    if len(files) >= PACK_MIN_FILES:
        pack = cache.get_pack(files[0][0], [(key, v) for _c, key, v in files])
        if pack is not None:
            counts, body = pack
            formatter.write_stored([body])
            return counts
    blocks = []
    for config, key, v in files:
        stored = cache.get_output(config, key, v)
        if stored is None:
            return None
        blocks.append(stored)
    formatter.write_stored(text for _counts, text in blocks)
    return [c for c, _text in blocks]


class Recorder:
    """Stores the blocks a formatter writes in a run, for :func:`replay` to write next time."""

    def __init__(self, engine: Any, formatter: Any) -> None:
        self.engine = engine
        self.formatter = formatter
        #: (key, variant) and (counts, text) of every block stored, in order; None once one was not
        self._entries: Optional[list[tuple[str, str]]] = []
        self._blocks: list[tuple[dict[str, Any], str]] = []
        self._config: Any = None

    def store(self, result: FileResult, text: str) -> None:
        """Keep the block written for ``result`` (when its result is cached too)."""
        key = result.cache_key
        if not cacheable(result) or key is None:  # (None: the cache could not key the file, nor store it)
            self._entries = None  # the next run checks this file again: a pack would never be read
            return
        engine = self.engine
        config = engine.resolver.for_path(result.path)
        v = variant(self.formatter, result.path)
        counts = Summary.counts(result)
        engine.cache.put_output(config, key, v, counts, text)
        if self._entries is not None:
            self._config = self._config or config
            self._entries.append((key, v))
            self._blocks.append((counts, text))

    def finish(self) -> None:
        """Store the run pack, when the run had enough files and every block was stored."""
        if self._entries is not None and len(self._entries) >= PACK_MIN_FILES:
            self.engine.cache.put_pack(self._config, self._entries, self._blocks)
