"""Replaying stored output: a re-run over unchanged reports writes what the last run wrote.

With the result cache, a re-run still decoded every stored result and formatted every finding
again: with twenty-odd findings per report, formatting cost more than everything else.  For a
formatter that writes one block of text per file (the text format), the block is stored next to
the file's cache entry, under the entry's key and the formatter's *variant* (format, language,
the path as displayed: everything the block depends on besides the result), with the counts
the summary line and the exit code need.

:func:`replay` is all or nothing: when every file has a stored block it writes them in order
and returns the counts; when one is missing (a changed file, another language, an unreadable
file, a result that is never cached) it returns None and the run checks normally, storing the
blocks it writes (:class:`Recorder`) for next time.  Entries are found by content, exactly like
the results they were made from, so a changed file, configuration, plugin or fzlint always checks
again.  The whole output of a run is kept too, under the keys of all its files: a re-run over the
same unchanged files (a reviewer's folder, a pre-commit hook) reads one entry instead of one per
file.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Optional

from .cache import cacheable, read_bytes
from .digest import key_hash
from .formats import Summary
from .results import FileResult


def variant(formatter: Any, path: str) -> str:
    """What a formatter's block for ``path`` depends on besides the result."""
    return f"{formatter.name}\0{formatter.options.lang}\0{formatter.display_path(path)}"


def replay(engine: Any, paths: Iterable[str], formatter: Any) -> Optional[list[dict[str, dict[str, int]]]]:
    """Write the stored block of every file under ``paths``; the counts of each, or None (nothing written)."""
    cache = engine.cache
    files = []
    for path in engine.expand(paths):
        config = engine.resolver.for_path(path)
        data = read_bytes(path)
        if data is None:
            return None
        try:
            key = cache.key(engine, config, path, data)
        except Exception:  # noqa: BLE001 - the cache must never break a run
            return None
        files.append((config, key, variant(formatter, path)))
    if not files:
        return []
    whole = cache.get_run_output(files[0][0], run_key(files))
    if whole is not None and len(whole[0]) == len(files):
        _write(formatter, [whole[1]])
        return whole[0]
    blocks = []
    for config, key, block_variant in files:
        stored = cache.get_output(config, key, block_variant)
        if stored is None:
            return None
        blocks.append(stored)
    _write(formatter, [text for _counts, text in blocks])
    counts = [c for c, _text in blocks]
    cache.put_run_output(files[0][0], run_key(files), counts, b"".join(text for _counts, text in blocks))
    return counts


def run_key(files: list[tuple[Any, str, str]]) -> str:
    """The key of a run's whole output: the keys and variants of its files, in order."""
    return key_hash(*(f"{key}\0{block_variant}\0".encode("utf-8", "surrogatepass")
                      for _config, key, block_variant in files)).hexdigest()


def _write(formatter: Any, texts: list[bytes]) -> None:
    raw = _byte_stream(formatter.stream)
    for text in texts:
        if raw is not None:
            raw.write(text)  # stored as UTF-8: no decoding and encoding again
        else:
            formatter.write(text.decode("utf-8"), flush=False)  # all at hand: flushed by the summary line


def _byte_stream(stream: Any) -> Any:
    """The binary buffer under ``stream`` when writing UTF-8 bytes there is what writing the text would do, else None.

    That is a UTF-8 text stream that translates no line ends (Windows turns ``\\n`` into ``\\r\\n``);
    it is flushed first, so that what it holds already comes out before the bytes.
    """
    import io

    if os.linesep != "\n" or not isinstance(stream, io.TextIOWrapper):
        return None
    if (stream.encoding or "").lower().replace("-", "") != "utf8" or stream.errors not in ("strict", "surrogateescape"):
        return None
    stream.flush()
    return stream.buffer


#: a run writing more text than this is not kept whole (its files' blocks still are)
MAX_RUN_TEXT = 64 << 20


class Recorder:
    """Keeps what a run writes for replay: each file's block with its result, and the whole output."""

    def __init__(self, engine: Any, formatter: Any) -> None:
        """Record for ``engine``'s result cache what ``formatter`` writes."""
        self.engine, self.formatter = engine, formatter
        #: (config, key, variant, counts, text) of each file so far; None once one cannot be replayed
        self.files: Optional[list[tuple[Any, str, str, dict[str, Any], bytes]]] = []
        self.size = 0

    def add(self, result: FileResult, text: str) -> None:
        """Store the block written for ``result`` (when its result is cached too)."""
        stored = store(self.engine, result, self.formatter, text)
        if self.files is None:
            return
        data = text.encode("utf-8", "surrogatepass")
        self.size += len(data)
        if stored is None or self.size > MAX_RUN_TEXT:
            self.files = None
        else:
            self.files.append((*stored, data))

    def finish(self) -> None:
        """Store the whole output, when every file of the run could be replayed."""
        if self.files:
            keyed = [(config, key, block_variant) for config, key, block_variant, _c, _t in self.files]
            self.engine.cache.put_run_output(self.files[0][0], run_key(keyed), [c for *_k, c, _t in self.files],
                                             b"".join(t for *_k, t in self.files))


def store(engine: Any, result: FileResult, formatter: Any, text: str) -> Optional[tuple[Any, str, str, dict[str, Any]]]:
    """Keep the block ``formatter`` wrote for ``result`` (when its result is cached too).

    Returns what it was stored under (config, key, variant) and its counts, or None.
    """
    if not cacheable(result):
        return None
    config = engine.resolver.for_path(result.path)
    key = result.cache_key
    if key is None:  # the cache could not key the file (it is not stored either)
        return None
    block_variant = variant(formatter, result.path)
    counts = Summary.counts(result)
    engine.cache.put_output(config, key, block_variant, counts, text)
    return config, key, block_variant, counts
