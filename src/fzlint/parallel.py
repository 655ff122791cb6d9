"""Checking many files: in this process, or in a pool of worker processes (``--jobs N``).

Results always come out in input order, whatever order the workers finish in, so the output
with and without ``--jobs`` is identical; each result is yielded as soon as it and every file
before it are done, so output streams and memory stays bounded (at most a few files per
worker are in flight).

The main process reads each file and looks it up in the result cache; only misses go to the
workers, in batches of a few files, and the workers are started with the first batch of misses,
so a re-run over unchanged files, or a run over a single file (the pre-commit case), never starts
a process.
``--jobs N`` is N processes checking: N - 1 workers, and the main process, which checks the
oldest batch itself whenever every worker already has its next one waiting (so that no process
waits for a core while another idles).  Plain text output is rendered where the file is checked
(``finish``), so that the main process mostly writes what workers send.  Workers are forked on
Linux and spawned elsewhere, as soon as the first batch is ready: each process loads the
plugins' word lists and compiled patterns while the others do (checking the first file before
forking, so that workers would inherit them, kept a core idle for that long).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from . import digest, tokens
from .results import FileResult

#: from this many files on, a run is a bulk run (no segmentations are stored for later runs)
BULK_FILES = 64
#: tasks in flight per worker (bounds memory and keeps every worker busy)
WINDOW_PER_JOB = 4
#: at most this many files per task (a task's results come back together)
MAX_BATCH = 8

_WORKER: Optional[tuple[Any, Any, Any]] = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run_files(engine: Any, paths: Iterable[str], jobs: int = 1,
              finish: Optional[Callable[[FileResult], FileResult]] = None) -> Iterator[FileResult]:
    """Check ``paths`` with ``engine``, in ``jobs`` processes, yielding results in input order.

    ``finish`` runs on each result in the process that made it: in a worker, rendering the
    output there spares the main process (which also formats and writes) most of its work.
    """
    paths = list(paths)
    finish = finish or _unchanged
    if jobs <= 1 or len(paths) < 2:
        if len(paths) >= BULK_FILES:
            _prepare_bulk()
        for path in paths:
            yield finish(engine.check_path(path))
        return
    yield from _run_pool(engine, paths, min(jobs, len(paths)), finish)


def _unchanged(result: FileResult) -> FileResult:
    return result


def _prepare_bulk() -> None:
    """What a run of many files sets up once: the bulk tokenizer, OpenSSL's SHA-256 for fingerprints."""
    tokens.prefer_bulk()
    digest.prefer_openssl()


def _start_method() -> str:
    """Fork on Linux (cheap, inherits loaded plugins); spawn elsewhere (fork is unsafe on macOS)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _context() -> Any:
    import multiprocessing

    return multiprocessing.get_context(_start_method())


def _init_worker(resolver: Any, cache: Any, fingerprints: bool, bulk: bool,
                 finish: Callable[[FileResult], FileResult]) -> None:
    """Set up a worker process: its own engine, no Ctrl-C tracebacks."""
    global _WORKER
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .engine import Engine

    _WORKER = (Engine(resolver, fingerprints=fingerprints), cache, finish)
    if bulk:
        _prepare_bulk()


def _check_in_worker(batch: list[tuple[str, Optional[bytes], Optional[str]]]) -> list[FileResult]:
    """Check a batch of files in a worker, storing each result in the cache when a key is given."""
    assert _WORKER is not None, "worker not initialised"
    engine, cache, finish = _WORKER
    out = []
    for path, data, key in batch:
        result = engine.check_path(path, data)
        if key is not None and cache is not None:
            cache.put(engine.resolver.for_path(path), key, result)
            result.cache_key = key  # what the main process stores next to it comes under the same key
        out.append(finish(result))
    return out


def _worker_loop(conn: Any, setup: tuple) -> None:
    """A worker process: check each batch received on ``conn`` and send back its results; stop at None."""
    _init_worker(*setup)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        conn.send(_check_in_worker(batch))


class _Workers:
    """A few worker processes, each fed batches over its own pipe, two at a time.

    Lighter than :class:`multiprocessing.pool.Pool` (no handler threads in the main process,
    whose CPU time would come out of the workers' share of the cores).  A worker always has its
    next batch waiting in its pipe, so it never idles while the main process writes output.  A
    worker that dies has its batches checked again in the main process.
    """

    #: batches sent to a worker and not yet answered
    DEPTH = 2

    def __init__(self, count: int, setup: tuple) -> None:
        ctx = _context()
        #: connection -> the (batch number, batch) it was sent and has not answered, oldest first
        self.outstanding: dict[Any, deque[tuple[int, list]]] = {}
        self.processes = []
        for _ in range(count):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_worker_loop, args=(theirs, setup), daemon=True)
            proc.start()
            theirs.close()
            self.processes.append(proc)
            self.outstanding[mine] = deque()

    @property
    def idle(self) -> bool:
        """True when some worker can take another batch."""
        return any(len(q) < self.DEPTH for q in self.outstanding.values())

    @property
    def busy(self) -> bool:
        """True when some batch is out with a worker."""
        return any(self.outstanding.values())

    def submit(self, number: int, batch: list) -> list[tuple[int, list]]:
        """Send batch ``number`` to the least loaded worker (call only when :attr:`idle`).

        Returns the batches of a worker found dead on sending (this one included), to check elsewhere.
        """
        conn = min(self.outstanding, key=lambda c: len(self.outstanding[c]))
        self.outstanding[conn].append((number, batch))
        try:
            conn.send(batch)
        except OSError:  # the worker is gone (broken pipe)
            return list(self.outstanding.pop(conn))
        return []

    def collect(self, timeout: Optional[float] = None) -> list[tuple[int, Optional[list[FileResult]], list]]:
        """The answers that have come: [(batch number, its results or None when the worker died, batch)].

        Waits for at least one, or at most ``timeout`` seconds (0: takes only what is there).
        """
        from multiprocessing.connection import wait

        done: list[tuple[int, Optional[list[FileResult]], list]] = []
        for conn in wait([c for c, q in self.outstanding.items() if q], timeout):
            try:
                results = conn.recv()
            except (EOFError, OSError):  # the worker is gone: its batches are checked again by the caller
                done.extend((number, None, batch) for number, batch in self.outstanding.pop(conn))
                continue
            number, batch = self.outstanding[conn].popleft()
            done.append((number, results, batch))
        return done

    def close(self) -> None:
        """Let the workers finish; stop those that do not."""
        for conn in self.outstanding:
            try:
                conn.send(None)
            except OSError:
                pass
        for proc in self.processes:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()


def _run_pool(engine: Any, paths: list[str], jobs: int,
              finish: Callable[[FileResult], FileResult]) -> Iterator[FileResult]:
    from .cache import lookup

    workers: Optional[_Workers] = None
    # in input order: results, or the number of a batch sent to a worker
    pending: deque[Union[FileResult, int]] = deque()
    returned: dict[int, list[FileResult]] = {}
    queued: deque[tuple[int, list]] = deque()
    batch: list[tuple[str, Optional[bytes], Optional[str]]] = []
    numbers = iter(range(len(paths) + 1))
    limit = jobs * WINDOW_PER_JOB
    bulk = len(paths) >= BULK_FILES
    if bulk:
        _prepare_bulk()  # here too: the main process checks files as well (forked workers inherit it)
    # a forked worker inherits ``finish`` (it may hold an open stream); for spawned ones it runs here
    forked = _start_method() == "fork"
    after_pool = _unchanged if forked else finish

    def here(sent: list) -> list[FileResult]:
        return [finish(engine.check_path(path, data)) for path, data, _key in sent]

    def dispatch() -> None:
        while queued and workers is not None and workers.idle:
            for number, sent in workers.submit(*queued.popleft()):  # a dead worker's batches: here
                returned[number] = here(sent)

    def receive(timeout: Optional[float] = None) -> None:
        assert workers is not None
        if not workers.busy:  # every worker died: the main process checks what is left
            while queued:
                number, sent = queued.popleft()
                returned[number] = here(sent)
            return
        for number, results, sent in workers.collect(timeout):
            # a worker that died has its batch checked here
            returned[number] = here(sent) if results is None else [after_pool(r) for r in results]
        dispatch()

    def help_or_wait() -> None:
        """Check the oldest batch no worker has room for here, or (all sent) wait for an answer."""
        if queued:
            number, sent = queued.popleft()
            returned[number] = here(sent)
        else:
            receive()

    def submit() -> None:
        nonlocal workers
        if workers is None:
            # the main process checks files too (whenever every worker has its next batch waiting):
            # ``jobs`` processes in all, none of them waiting for a core while another idles
            count = max(1, min(jobs - 1, len(paths) - 1))
            workers = _Workers(count, (engine.resolver, engine.cache, engine.fingerprinting, bulk, finish if forked else _unchanged))
        number = next(numbers)
        queued.append((number, list(batch)))
        batch.clear()
        pending.append(number)
        dispatch()
        if queued and workers.busy:
            receive(timeout=0)  # answers already in: their workers take the next batches
        if queued and not workers.idle:
            help_or_wait()

    def ready(wait: bool = False) -> Iterator[FileResult]:
        """Hand out every finished result at the head; block when too much is waiting (or ``wait``)."""
        while pending:
            head = pending[0]
            if isinstance(head, FileResult):
                yield pending.popleft()
            elif head in returned:
                pending.popleft()
                yield from returned.pop(head)
            elif wait or len(pending) >= limit:
                help_or_wait()
            else:
                break

    try:
        for index, path in enumerate(paths):
            config = engine.resolver.for_path(path)
            data, key, hit = lookup(engine, engine.cache, config, path, None)
            if hit is not None:
                if batch:
                    submit()  # keep the input order: the batch before this result
                pending.append(finish(hit))
            else:
                batch.append((path, data, key))
                if len(batch) >= _batch_size(len(paths) - index, jobs):
                    submit()
            yield from ready()
        if batch:
            submit()
        yield from ready(wait=True)  # nothing more to submit: every batch in turn
    finally:
        if workers is not None:
            workers.close()


def _batch_size(files: int, jobs: int) -> int:
    """Files per task when ``files`` are left: a few, so that sending tasks and results costs little, yet
    every worker stays busy; fewer towards the end, so that no worker is left with a long last task."""
    return max(1, min(MAX_BATCH, files // (jobs * WINDOW_PER_JOB * 2)))
