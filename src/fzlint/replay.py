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
blocks it writes (:func:`store`) for next time.  Entries are found by content, exactly like the
results they were made from, so a changed file, configuration, plugin or fzlint always checks
again.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from .cache import cacheable
from .formats import Summary
from .results import FileResult


def variant(formatter: Any, path: str) -> str:
    """What a formatter's block for ``path`` depends on besides the result."""
    return f"{formatter.name}\0{formatter.options.lang}\0{formatter.display_path(path)}"


def replay(engine: Any, paths: Iterable[str], formatter: Any) -> Optional[list[dict[str, dict[str, int]]]]:
    """Write the stored block of every file under ``paths``; the counts of each, or None (nothing written)."""
    cache = engine.cache
    blocks = []
    for path in engine.expand(paths):
        config = engine.resolver.for_path(path)
        try:
            key = cache.file_key(engine, config, path)[0]
        except Exception:  # noqa: BLE001 - unreadable (checked normally, which reports it) or a cache failure
            return None
        stored = cache.get_output(config, key, variant(formatter, path))
        if stored is None:
            return None
        blocks.append(stored)
    formatter.write_stored(text for _counts, text in blocks)
    return [c for c, _text in blocks]


def store(engine: Any, result: FileResult, formatter: Any, text: str) -> None:
    """Keep the block ``formatter`` wrote for ``result`` (when its result is cached too)."""
    if not cacheable(result):
        return
    config = engine.resolver.for_path(result.path)
    key = result.cache_key
    if key is None:  # the cache could not key the file (it is not stored either)
        return
    engine.cache.put_output(config, key, variant(formatter, result.path), Summary.counts(result), text)
