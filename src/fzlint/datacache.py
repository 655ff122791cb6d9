"""A per-user cache of parsed data files (word lists, checklists), so a fresh process skips YAML.

Parsing YAML in Python is slow (PyYAML's pure-Python loader needs about 50 ms for a 50 KB word
list, and validating a checklist against its JSON Schema needs ``jsonschema``, 0.1 s to
import).  A pre-commit hook pays that on every run.  :func:`cached` stores the result of such
a computation with :mod:`marshal`, keyed by the *content* of its input (plus the Python and
fzlint versions), in ``<user cache>/fzlint/data/``; loading it back takes well under a
millisecond.  A changed input has another key, so it is always parsed again.

Only plain data (dict, list, tuple, str, int, float, bool, None, and the dates YAML produces)
can be stored; anything else (or any I/O problem) simply skips the cache.  Writes are atomic (temporary file + rename).
Set ``FZLINT_NO_DATA_CACHE=1`` to turn it off.
"""

from __future__ import annotations

import itertools
import marshal
import os
import sys
from typing import Any, Callable, Optional, TypeVar

from . import __version__
from .digest import key_hash

T = TypeVar("T")
#: bump when the meaning of stored entries changes
FORMAT_VERSION = 2
_MISS = object()


def data_dir() -> Optional[str]:
    """Folder of the stored entries, or None when the cache is turned off."""
    if os.environ.get("FZLINT_NO_DATA_CACHE", "").strip().lower() not in ("", "0", "false", "no"):
        return None
    from .dictionary import cache_dir

    return os.path.join(cache_dir(), "data")


def _key(kind: str, content: bytes) -> str:
    h = key_hash()
    h.update(f"{kind}\0{FORMAT_VERSION}\0{__version__}\0{sys.version_info[:2]}\0{marshal.version}\0".encode())
    h.update(content)
    return h.hexdigest()[:40]


def cached(kind: str, content: "bytes | str", compute: Callable[[], T]) -> T:
    """``compute()``, or its stored result for the same ``kind`` and input ``content``.

    ``compute`` must depend on nothing but ``content`` (and the fzlint version).  Exceptions
    from ``compute`` propagate and nothing is stored.
    """
    folder = data_dir()
    if folder is None:
        return compute()
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    path = os.path.join(folder, f"{kind}-{_key(kind, raw)}.marshal")
    value = _read(path)
    if value is not _MISS:
        return value  # type: ignore[return-value]
    value = compute()
    _write(path, value)
    return value


_DATE_TAG = "\0fzlint-date\0"


def _encode(value: Any) -> tuple[Any, bool]:
    """Replace dates and datetimes (YAML timestamps) by tagged strings; (value, changed)."""
    import datetime

    changed = False

    def walk(x: Any) -> Any:
        nonlocal changed
        if isinstance(x, dict):
            return {walk(k): walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v) for v in x]
        if isinstance(x, tuple):
            return tuple(walk(v) for v in x)
        if isinstance(x, (datetime.date, datetime.datetime)):
            changed = True
            kind = "datetime" if isinstance(x, datetime.datetime) else "date"
            return f"{_DATE_TAG}{kind}\0{x.isoformat()}"
        return x

    out = walk(value)
    return out, changed


def _decode(value: Any) -> Any:
    import datetime

    if isinstance(value, dict):
        return {_decode(k): _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_decode(v) for v in value)
    if isinstance(value, str) and value.startswith(_DATE_TAG):
        kind, _, iso = value[len(_DATE_TAG):].partition("\0")
        return (datetime.datetime if kind == "datetime" else datetime.date).fromisoformat(iso)
    return value


def read_entry(path: str) -> Any:
    """The plain data stored in the cache file ``path``, or None when it is missing or unreadable."""
    value = _read(path)
    return None if value is _MISS else value


def write_entry(path: str, value: Any) -> None:
    """Store plain data in the cache file ``path`` (atomically; skipped when impossible)."""
    _write(path, value)


def _read(path: str) -> Any:
    try:
        # loads of the whole file: load(fh) reads it piece by piece, eight times slower
        tagged, value = marshal.loads(read_file(path)[0])
        return _decode(value) if tagged else value
    except Exception:  # noqa: BLE001 - missing or corrupt: compute again
        return _MISS


#: stored entries kept per kind (the most recently written); older ones are deleted when one is added
KEEP_ENTRIES = 200


#: a cache file not written or used for this long (and beyond the newest ones kept) is deleted
UNUSED_DAYS = 30


def prune(folder: str, prefix: str, suffix: str, keep: int, current: Optional[str] = None,
          unused_days: Optional[float] = None) -> None:
    """Delete the files ``prefix…suffix`` of ``folder`` beyond the ``keep`` newest that were not written or used
    (see :func:`mark_used`) for ``unused_days`` days (:data:`UNUSED_DAYS`); ``current`` always stays.

    The caches are keyed by content and version, so without this every edited word list, new
    install or upgrade would leave its entries behind for good; the age keeps the files of every
    environment still in use (each Python environment has its own jieba, hence its own compact
    dictionary), however many there are.  A deleted file that is wanted again is simply made
    again.  Best effort: errors are ignored.
    """
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(suffix)]
        if len(names) <= keep:
            return
        stamped = []
        for name in names:
            try:
                stamped.append((os.stat(os.path.join(folder, name)).st_mtime_ns, name))
            except OSError:
                continue
    except OSError:
        return
    stamped.sort(reverse=True)
    keep_names = {name for _stamp, name in stamped[:keep]}
    if current is not None:
        keep_names.add(os.path.basename(current))
    import time

    days = UNUSED_DAYS if unused_days is None else unused_days
    oldest = time.time_ns() - int(days * 86_400e9)
    for stamp, name in stamped:
        if name not in keep_names and stamp < oldest:
            discard(os.path.join(folder, name))


def mark_used(path: str, mtime: Optional[float] = None) -> None:
    """Record that the cache file ``path`` is in use (its modification time, renewed at most once a day).

    ``mtime``: its modification time when the caller has it already (it just read the file).
    """
    try:
        import time

        if (os.stat(path).st_mtime if mtime is None else mtime) < time.time() - 86_400:
            os.utime(path)
    except OSError:
        pass


def _write(path: str, value: Any) -> None:
    try:
        try:
            payload = marshal.dumps((False, value))
        except ValueError:
            encoded, changed = _encode(value)
            payload = marshal.dumps((changed, encoded))
    except ValueError:
        return  # not plain data: keep computing it
    atomic_write(path, payload)
    name = os.path.basename(path)
    prune(os.path.dirname(path), name.split("-", 1)[0] + "-", ".marshal", KEEP_ENTRIES, current=path)


def read_file(path: str) -> tuple[bytes, float]:
    """(the bytes of ``path``, its modification time); raises OSError.

    Through the file descriptor: ``open()`` adds a buffer, a terminal test and a second status
    call, which is half the cost of reading a report (a re-run reads two files per report).
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        data = os.read(fd, st.st_size + 1)
        if len(data) > st.st_size:  # grew since: read the rest
            parts = [data]
            while True:
                more = os.read(fd, 1 << 20)
                if not more:
                    break
                parts.append(more)
            data = b"".join(parts)
        return data, st.st_mtime
    finally:
        os.close(fd)


def discard(path: str) -> None:
    """Remove the file ``path``; nothing happens when it is gone already or cannot be removed."""
    try:
        os.unlink(path)
    except OSError:
        pass


def atomic_write(path: str, payload: bytes) -> None:
    """Write ``payload`` to ``path`` atomically (temp file + rename); give up silently on OSError.

    Caches are shared by concurrent processes (pre-commit runs several at once): a reader sees
    either the old file or the complete new one, never a partial write.  The temporary file is
    ``.tmp-<pid>-<n>`` beside ``path``, created exclusively (``tempfile.mkstemp`` would draw a
    random name for each of the thousand entries a cold run writes, at five times the cost).
    """
    folder = os.path.dirname(path)
    for _attempt in range(3):
        tmp = os.path.join(folder, f".tmp-{os.getpid()}-{next(_TEMP_NUMBERS)}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            continue  # left by a process that had this number and died: take the next one
        except FileNotFoundError:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError:
                return
            continue
        except OSError:
            return
        try:
            try:
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException as exc:
            discard(tmp)
            if isinstance(exc, OSError):
                return
            raise
        return


#: numbers for the temporary files of :func:`atomic_write` (with the process id: unique)
_TEMP_NUMBERS = itertools.count()


def yaml_loader() -> Any:
    """PyYAML's safe loader, the C one (libyaml) when available."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: "str | bytes") -> Any:
    """``yaml.safe_load(text)``, through the C loader and the data cache.

    YAML errors propagate (as :class:`yaml.YAMLError`) and are never cached.
    """
    def parse() -> Any:
        import yaml

        return yaml.load(text, Loader=yaml_loader())

    return cached("yaml", text, parse)
