"""Checking many files: in this process, or in a pool of worker processes (``--jobs N``).

Results always come out in input order, whatever order the workers finish in, so the output
with and without ``--jobs`` is identical; each result is yielded as soon as it and every file
before it are done, so output streams and memory stays bounded (at most a few files per
worker are in flight).

The main process reads each file and looks it up in the result cache; only misses go to the
pool, and the pool is started at the second miss, so a re-run over unchanged files, or a run
over a single file (the pre-commit case), never starts a process.  Workers are forked on
Linux and spawned elsewhere; before forking, the main process checks the first file itself,
so the workers inherit the plugins' loaded word lists and compiled patterns instead of each
paying for them again.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from typing import Any, Iterable, Iterator, Optional, Union

from . import tokens
from .results import FileResult

#: from this many files on, the tokenizer may pay an import for speed (rjieba's 0.15 s pays off
#: after a few dozen reports; forked workers inherit it from the main process)
BULK_FILES = 64
#: files in flight per worker (bounds memory and keeps every worker busy)
WINDOW_PER_JOB = 8

_WORKER: Optional[tuple[Any, Any]] = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run_files(engine: Any, paths: Iterable[str], jobs: int = 1) -> Iterator[FileResult]:
    """Check ``paths`` with ``engine``, in ``jobs`` processes, yielding results in input order."""
    paths = list(paths)
    if jobs <= 1 or len(paths) < 2:
        if len(paths) >= BULK_FILES:
            tokens.prefer_bulk()
        for path in paths:
            yield engine.check_path(path)
        return
    yield from _run_pool(engine, paths, min(jobs, len(paths)))


def _start_method() -> str:
    """Fork on Linux (cheap, inherits loaded plugins); spawn elsewhere (fork is unsafe on macOS)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _context() -> Any:
    import multiprocessing

    return multiprocessing.get_context(_start_method())


def _init_worker(resolver: Any, cache: Any, bulk: bool) -> None:
    """Set up a worker process: its own engine, no Ctrl-C tracebacks."""
    global _WORKER
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .engine import Engine

    _WORKER = (Engine(resolver), cache)
    if bulk:
        tokens.prefer_bulk()


def _check_in_worker(path: str, data: Optional[bytes], key: Optional[str]) -> FileResult:
    """Check one file in a worker and store its result in the cache when a key is given."""
    assert _WORKER is not None, "worker not initialised"
    engine, cache = _WORKER
    result = engine.check_path(path, data)
    if key is not None and cache is not None:
        cache.put(engine.resolver.for_path(path), key, result)
    return result


def _run_pool(engine: Any, paths: list[str], jobs: int) -> Iterator[FileResult]:
    from .cache import lookup

    pool = None
    pending: deque[Union[FileResult, Any]] = deque()
    in_flight = 0
    limit = jobs * WINDOW_PER_JOB
    bulk = len(paths) >= BULK_FILES
    warmed = False
    try:
        for path in paths:
            config = engine.resolver.for_path(path)
            data, key, hit = lookup(engine, engine.cache, config, path, None)
            if hit is not None:
                pending.append(hit)
            elif not warmed and _start_method() == "fork":
                # check the first file here: forked workers then inherit loaded data and compiled patterns
                # (and the bulk tokenizer, imported once here rather than once per worker)
                warmed = True
                if bulk:
                    tokens.prefer_bulk()
                result = engine.check_path(path, data)
                pending.append(result)
            else:
                if pool is None:
                    workers = min(jobs, len(paths) - 1) if warmed else jobs
                    pool = _context().Pool(workers, _init_worker, (engine.resolver, engine.cache, bulk))
                pending.append(pool.apply_async(_check_in_worker, (path, data, key)))
                in_flight += 1
            # hand out every finished result at the head; block only when the window is full
            while pending:
                head = pending[0]
                if isinstance(head, FileResult):
                    yield pending.popleft()
                elif head.ready() or in_flight >= limit:
                    pending.popleft()
                    in_flight -= 1
                    yield head.get()
                else:
                    break
        while pending:
            head = pending.popleft()
            yield head if isinstance(head, FileResult) else head.get()
        if pool is not None:
            pool.close()
            pool.join()
            pool = None
    finally:
        if pool is not None:
            pool.terminate()
