"""The result cache: a re-run over unchanged reports costs a file read and a hash per file.

Like ruff's ``.ruff_cache``, results are stored in a ``.fzlint_cache/`` folder in the project
root (the folder of the configuration file, else the working directory), which contains a
``CACHEDIR.TAG`` and a ``.gitignore`` with ``*`` so that backup tools and git skip it.
``--cache-dir DIR`` or ``FZLINT_CACHE_DIR`` puts it elsewhere; ``--no-cache`` or
``FZLINT_NO_CACHE=1`` turns it off.

An entry is keyed by a SHA-256 over

* the file's bytes and its path relative to the project root (the year may come from the
  file name, ``per-file-ignores`` depend on the path),
* the configuration (:meth:`Config.fingerprint`) plus the size and modification time of every
  file the configuration names (checklists, word lists, local plugins),
* the rule set: the size and modification time of the code and data files of every plugin the
  configuration loads (found from the entry points, without importing them), of fzlint itself
  and of the bundled checklists (so an upgrade, a new plugin or an edited word list always
  checks again), the tokenizer policy and jieba's dictionary,
* fzlint's version and the cache format.

Entries are written to a temporary file and renamed into place (``os.replace``), so several
fzlint processes (pre-commit runs them in parallel) can share the folder.  Reading is
defensive: an unreadable or corrupt entry is a miss, and a cache folder that cannot be
written is silently skipped.  Results with an internal error are never stored.

The text output of each file is stored beside its result, and a run over many files also stores
all of its output in one *run pack* (``runs/`` in the version folder, see :mod:`fzlint.replay`):
the same run again reads one file.

A file is not read again while its state is unchanged: like git's index, the digest of each file
checked is kept with its size, modification and change times and inode (``file-states.index``
in the version folder; :meth:`ResultCache.file_key`), so a re-run reads the stored output of an
unchanged report without reading the report.  A file modified within two seconds of being read
is read again (a change in the same clock tick may not show), and where the change time is not
the inode's (Windows) every file is read.

The folder stays bounded: every edit of a report, configuration or plugin leaves entries no run
will ask for again.  An entry read by a run has its modification time renewed (at most once a
day), and a run that stores entries deletes, at most once a day per folder, the entries (of any
fzlint version) that no run has written or read for :data:`~fzlint.datacache.UNUSED_DAYS` days
(:meth:`ResultCache.prune`).
"""

from __future__ import annotations

import json
import os
from operator import attrgetter
from typing import Any, Iterable, Optional, Sequence

from . import __version__
from .config import relative_path
from .datacache import UNUSED_DAYS, atomic_write, mark_used, read_file
from .digest import key_hash
from .records import fields
from .results import INTERNAL_ERROR_ID, FileResult, ReportedFinding
from .rules import Message, Severity

#: bump when the entry layout changes
FORMAT_VERSION = 5
CACHE_DIR_NAME = ".fzlint_cache"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by fzlint.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
#: the file (in the cache folder) whose modification time says when the folder was last pruned
PRUNED_STAMP = ".last-pruned"
_PRUNED_TEXT = "# fzlint deletes the entries of this folder unused for 30 days, checking at most once a day.\n"
_DAY = 86_400
_FINDING_FIELDS = tuple(f.name for f in fields(ReportedFinding))
#: a finding's fields in that order; the two that are not plain JSON values are these
_FINDING_ROW = attrgetter(*_FINDING_FIELDS)
_SEVERITY_AT = _FINDING_FIELDS.index("severity")
_MESSAGE_AT = _FINDING_FIELDS.index("message")
_SEVERITIES = {s.value: s for s in Severity}
#: what is not stored: the findings (stored on their own), and what belongs to one run
_NOT_STORED = ("findings", "path", "cached", "rendered", "cache_key", "counts")
_RESULT_FIELDS = tuple(f.name for f in fields(FileResult) if f.name not in _NOT_STORED)


def cache_disabled_by_env() -> bool:
    """True when ``FZLINT_NO_CACHE`` is set to a true value."""
    return os.environ.get("FZLINT_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no")


def _stat_token(path: str) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return f"{path}:-"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def _tree_token(folder: str) -> str:
    """Sizes and modification times of the source and data files below ``folder``."""
    parts = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".py", ".yaml", ".yml", ".json", ".txt", ".toml")):
                parts.append(_stat_token(os.path.join(root, name)))
    return "\n".join(parts)


def location_token(location: str) -> str:
    """Sizes and modification times of the code at ``location`` (a folder or a file)."""
    if os.path.isdir(location):
        return _tree_token(location)
    return _stat_token(location)


def _bundled_data_locations() -> list[str]:
    """Folders of bundled data that are not plugin code (the bundled checklists)."""
    import importlib.util

    out = []
    for name in ("fzlint_checklists",):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is not None and spec.submodule_search_locations:
            out.extend(spec.submodule_search_locations)
    return out


def _config_files(config: Any) -> list[str]:
    """Existing files named anywhere in the configuration (checklists, word lists, plugins)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value and len(value) < 1024 and "\n" not in value:
                try:
                    near = os.path.join(config.root, os.path.expanduser(value))  # cheap test first
                    if os.path.isfile(near):
                        found.append(config.resolve(value))
                except (OSError, ValueError, TypeError):
                    return
        elif isinstance(value, dict) or hasattr(value, "items"):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for f in fields(config):
        if f.name not in ("root", "source"):
            walk(getattr(config, f.name))
    if config.source and os.path.isfile(config.source):
        found.append(config.source)
    return sorted(set(found))


#: the file states kept per cache folder (the most recently recorded)
KEEP_STATES = 20_000
STATES_NAME = "file-states.index"  # JSON, but not an entry (entries end in .json)
#: the folder (in the version folder) and suffix of run packs (see :meth:`ResultCache.get_pack`)
PACKS_FOLDER = "runs"
PACK_SUFFIX = ".pack"
#: a file read this soon after its last modification is read again next time (see ResultCache.file_key)
_RACY_NS = 2_000_000_000


def _read_states(path: str) -> dict[str, list[Any]]:
    """The file states stored at ``path``; empty when missing, damaged or of another layout."""
    try:
        states = json.loads(read_file(path)[0])["states"]
    except Exception:  # noqa: BLE001 - never a failure: the files are read and hashed instead
        return {}
    if not isinstance(states, dict):
        return {}
    return {k: v for k, v in states.items() if isinstance(v, list) and len(v) == 6 and isinstance(v[4], str)}


def cacheable(result: FileResult) -> bool:
    """False for results that must be checked again next time (unreadable file, a plugin failed)."""
    return not result.error and not any(f.rule_id == INTERNAL_ERROR_ID for f in result.findings)


class ResultCache:
    """Stores and finds :class:`FileResult` objects by content, configuration and rule set."""

    def __init__(self, folder: Optional[str] = None) -> None:
        #: a fixed cache folder (``--cache-dir``); None means ``.fzlint_cache`` in each project root
        self.folder = folder
        self._rules_token: dict[str, str] = {}
        self._prepared: set[str] = set()
        #: this version's folder in the cache folder of each project root
        self._version_folders: dict[str, str] = {}
        #: cache folder -> file path -> [size, mtime_ns, ctime_ns, inode, content digest, when read]
        self._states: dict[str, dict[str, list[Any]]] = {}
        #: the file states this run recorded, by cache folder (saved by save_file_states)
        self._recorded: dict[str, dict[str, list[Any]]] = {}
        self.hits = 0
        self.misses = 0

    # -- keys ----------------------------------------------------------------------------

    def folder_for(self, config: Any) -> str:
        """The cache folder used for files checked under ``config``."""
        return self.folder or os.path.join(config.root, CACHE_DIR_NAME)

    def environment_token(self, engine: Any, config: Any) -> str:
        """Everything but the file that decides a result: config, plugins' code, versions.

        Computed without importing any plugin, so a run whose files are all cached loads none.
        """
        fp = config.fingerprint()
        token = self._rules_token.get(fp)
        if token is None:
            from .backends import describe_backend
            from .dictionary import jieba_dict_path
            from .entrypoints import plugin_sources

            core = os.path.dirname(os.path.abspath(__file__))
            parts = [f"fzlint {__version__} cache {FORMAT_VERSION}", f"config {fp}",
                     "tokenizer " + describe_backend(),
                     "dict " + _stat_token(jieba_dict_path() or "-"),
                     "core " + location_token(core)]
            seen = {core}
            for name, where in sorted(plugin_sources(config)):
                parts.append(f"plugin {name} {where}")
                if where not in seen:
                    seen.add(where)
                    parts.append(location_token(where))
            parts.extend("file " + _stat_token(p) for p in _config_files(config))
            for where in _bundled_data_locations():
                if where not in seen:
                    seen.add(where)
                    parts.append(f"data {where}\n" + location_token(where))
            token = key_hash("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
            self._rules_token[fp] = token
        return token

    def key(self, engine: Any, config: Any, path: str, data: bytes) -> str:
        """The cache key of ``path`` with content ``data`` under ``config``."""
        return self._key(engine, config, path, key_hash(data).hexdigest())

    def _key(self, engine: Any, config: Any, path: str, digest: str) -> str:
        """The cache key of ``path`` whose content has the digest ``digest``."""
        try:
            rel = relative_path(path, config.root)
        except ValueError:  # another drive on Windows
            rel = os.path.abspath(path)
        h = key_hash()
        h.update(self.environment_token(engine, config).encode())
        h.update(b"\0" + rel.replace(os.sep, "/").encode("utf-8", "surrogatepass") + b"\0")
        h.update(digest.encode())
        return h.hexdigest()

    def file_key(self, engine: Any, config: Any, path: str) -> tuple[str, Optional[bytes]]:
        """The cache key of the file ``path`` as it is now, and its bytes when they had to be read.

        Like git's index, the digest of a file is kept with its state (size, modification and
        change times, inode), and a file whose state has not changed is not read again (None
        for the bytes) unless it was modified within :data:`_RACY_NS` of being read (a change in
        the same tick of a coarse clock would leave its state as it was).  Only where the change
        time is the inode's (POSIX: no program can set it back); elsewhere every file is read.
        Raises OSError when the file cannot be read.
        """
        if os.name != "posix":
            data = read_file(path)[0]
            return self.key(engine, config, path, data), data
        full = os.path.abspath(path)
        st = os.stat(full)
        state = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        folder = self.folder_for(config)
        states = self._file_states(folder)
        known = states.get(full)
        if known is not None and known[:4] == state and known[5] - st.st_mtime_ns > _RACY_NS:
            return self._key(engine, config, path, known[4]), None
        import time

        recorded = time.time_ns()
        data = read_file(path)[0]
        digest = key_hash(data).hexdigest()
        states[full] = self._recorded.setdefault(folder, {})[full] = [*state, digest, recorded]
        return self._key(engine, config, path, digest), data

    def _file_states(self, folder: str) -> dict[str, list[Any]]:
        """The recorded file states of a cache folder (read once per run; empty when missing or damaged)."""
        states = self._states.get(folder)
        if states is None:
            states = self._states[folder] = _read_states(self._states_path(folder))
        return states

    def _states_path(self, folder: str) -> str:
        return os.path.join(folder, f"v{__version__}", STATES_NAME)

    def save_file_states(self) -> None:
        """Add the file states recorded by this run to those of their cache folders (see :meth:`file_key`).

        Merged with what other processes recorded meanwhile; the :data:`KEEP_STATES` most recently
        recorded are kept.  Best effort.
        """
        for folder, recorded in self._recorded.items():
            if not recorded or not os.path.isdir(folder):
                continue  # no cache folder is made for file states alone
            path = self._states_path(folder)
            merged = _read_states(path)
            merged.update(recorded)
            if len(merged) > KEEP_STATES:
                merged = dict(sorted(merged.items(), key=lambda item: item[1][5])[-KEEP_STATES:])
            atomic_write(path, json.dumps({"states": merged}, ensure_ascii=False,
                                          separators=(",", ":")).encode("utf-8", "surrogatepass"))
        self._recorded.clear()

    def _entry(self, config: Any, key: str) -> str:
        folder = self._version_folders.get(config.root)
        if folder is None:
            folder = self._version_folders[config.root] = os.path.join(self.folder_for(config), f"v{__version__}")
        return f"{folder}{os.sep}{key[:2]}{os.sep}{key[2:]}.json"

    # -- reading and writing ---------------------------------------------------------------

    def get(self, config: Any, key: str, path: str) -> Optional[FileResult]:
        """The stored result for ``key`` (reported under ``path``), or None."""
        entry = self._entry(config, key)
        try:
            raw, mtime = read_file(entry)
            mark_used(entry, mtime)
            result = decode_result(json.loads(raw), path)
        except Exception:  # noqa: BLE001 - missing, truncated or corrupt: a miss, never a failure
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, config: Any, key: str, result: FileResult) -> None:
        """Store ``result`` under ``key`` (atomically; silently skipped when impossible)."""
        if not cacheable(result):
            return
        try:
            # plain JSON: decompressing costs more than reading the extra bytes (a re-run reads them all)
            payload = json.dumps(encode_result(result), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except (TypeError, ValueError):
            return  # a field a newer core added that JSON cannot hold: do not cache
        try:
            self._prepare(self.folder_for(config))
        except OSError:
            return
        atomic_write(self._entry(config, key), payload)

    # -- stored output (see fzlint.replay) ----------------------------------------------------

    def _output_entry(self, config: Any, key: str, variant: str) -> str:
        tag = key_hash(variant.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return self._entry(config, key)[: -len(".json")] + f".{tag}.out"

    def get_output(self, config: Any, key: str, variant: str) -> Optional[tuple[dict[str, Any], bytes]]:
        """(counts, text as UTF-8) a formatter wrote for the result stored under ``key``, or None."""
        entry = self._output_entry(config, key, variant)
        try:
            raw, mtime = read_file(entry)
            mark_used(entry, mtime)
            head, _, body = raw.partition(b"\n")
            counts, size = json.loads(head)
        except Exception:  # noqa: BLE001 - missing or damaged: the run checks normally
            return None
        # the length written with it: a truncated or foreign entry is a miss too
        return (counts, body) if isinstance(counts, dict) and size == len(body) else None

    def put_output(self, config: Any, key: str, variant: str, counts: dict[str, Any], text: str) -> None:
        """Store what a formatter wrote for the result under ``key`` (atomically; skipped when impossible)."""
        try:
            body = text.encode("utf-8")
        except UnicodeEncodeError:
            return  # lone surrogates (from an undecodable file name): such output is never replayed
        head = json.dumps([counts, len(body)], ensure_ascii=False, separators=(",", ":"))
        try:
            self._prepare(self.folder_for(config))
        except OSError:
            return
        atomic_write(self._output_entry(config, key, variant), head.encode("utf-8") + b"\n" + body)

    # -- run packs: the stored output of a whole run, in one file (see fzlint.replay) ---------

    def _pack_path(self, config: Any, entries: Sequence[tuple[str, str]]) -> str:
        """Where the pack of a run over ``entries`` ((key, variant) of each file, in order) lies."""
        h = key_hash()
        for key, variant in entries:
            h.update(f"{key}\0{variant}\n".encode("utf-8", "surrogatepass"))
        return os.path.join(self.folder_for(config), f"v{__version__}", PACKS_FOLDER, h.hexdigest() + PACK_SUFFIX)

    def get_pack(self, config: Any, entries: Sequence[tuple[str, str]]
                 ) -> Optional[tuple[list[dict[str, Any]], memoryview]]:
        """The counts of each of ``entries`` and their texts one after the other (UTF-8), from the
        pack a run over exactly these entries stored; None when there is none (or it is damaged)."""
        path = self._pack_path(config, entries)
        try:
            raw, mtime = read_file(path)
            cut = raw.index(b"\n")
            index = json.loads(raw[:cut])
            body = memoryview(raw)[cut + 1:]  # (not copied: the texts are megabytes)
            if len(index) != len(entries) or sum(size for _counts, size in index) != len(body):
                return None  # truncated or foreign
            counts = [c for c, _size in index]
        except Exception:  # noqa: BLE001 - missing or damaged: the blocks are read one by one
            return None
        if not all(isinstance(c, dict) for c in counts):
            return None
        mark_used(path, mtime)
        return counts, body

    def put_pack(self, config: Any, entries: Sequence[tuple[str, str]], blocks: Sequence[tuple[dict[str, Any], str]]
                 ) -> None:
        """Store the ``blocks`` ((counts, text)) written for ``entries`` as one pack (skipped when impossible)."""
        try:
            bodies = [text.encode("utf-8") for _counts, text in blocks]
        except UnicodeEncodeError:
            return  # lone surrogates: such output is never replayed
        head = json.dumps([[counts, len(b)] for (counts, _t), b in zip(blocks, bodies)], ensure_ascii=False,
                          separators=(",", ":"))
        path = self._pack_path(config, entries)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
        except OSError:
            return
        atomic_write(path, b"".join([head.encode("utf-8"), b"\n", *bodies]))

    def _prepare(self, folder: str) -> None:
        """Create the cache folder with its CACHEDIR.TAG and .gitignore (once per run)."""
        if folder in self._prepared:
            return
        new = not os.path.isdir(folder)
        os.makedirs(folder, exist_ok=True)
        files = [("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Automatically created by fzlint.\n*\n")]
        if new:  # nothing to prune in it yet: its stamp says it was just pruned
            files.append((PRUNED_STAMP, _PRUNED_TEXT))
        for name, content in files:
            target = os.path.join(folder, name)
            if not os.path.exists(target):
                try:
                    with open(target, "x", encoding="utf-8") as fh:
                        fh.write(content)
                except FileExistsError:
                    pass
        self._prepared.add(folder)

    # -- housekeeping ------------------------------------------------------------------------

    def prune(self, unused_days: Optional[float] = None) -> int:
        """Delete the entries no run has written or read for ``unused_days`` (:data:`UNUSED_DAYS`) days.

        Only in the folders this run stored entries in, and at most once a day per folder (a
        stamp file records when), so a fully cached re-run never walks the folder.  Folders of
        other fzlint versions go too once their entries are all stale.  Best effort: errors are
        ignored.  Returns the number of files deleted.
        """
        import time

        now = time.time()
        oldest = now - _DAY * (UNUSED_DAYS if unused_days is None else unused_days)
        deleted = 0
        for folder in sorted(self._prepared):
            stamp = os.path.join(folder, PRUNED_STAMP)
            try:
                if os.stat(stamp).st_mtime > now - _DAY:
                    continue
            except OSError:
                pass  # never pruned
            try:
                with open(stamp, "w", encoding="utf-8") as fh:
                    fh.write(_PRUNED_TEXT)
            except OSError:
                continue
            deleted += _delete_stale(folder, oldest)
        return deleted


def _delete_stale(folder: str, oldest: float) -> int:
    """Delete the entry files below the version folders of ``folder`` last modified before ``oldest``,
    and the folders left empty; the number of files deleted."""
    deleted = 0
    try:
        versions = [os.path.join(folder, n) for n in os.listdir(folder) if n.startswith("v")]
    except OSError:
        return 0
    for top in versions:
        for root, _dirs, files in os.walk(top, topdown=False):
            for name in files:
                if not name.endswith((".json", ".out", PACK_SUFFIX)) and not name.startswith(".tmp-") and name != STATES_NAME:
                    continue  # an entry, its stored output, file states, or what a killed process left half written
                path = os.path.join(root, name)
                try:
                    if os.stat(path).st_mtime < oldest:
                        os.unlink(path)
                        deleted += 1
                except OSError:
                    pass
            try:
                os.rmdir(root)  # only when empty
            except OSError:
                pass
    return deleted


# -- serialisation (JSON, never pickle: the folder may come from someone else's checkout) -----

def encode_result(result: FileResult) -> dict[str, Any]:
    """A JSON-ready form of ``result`` (without its path, which is the caller's).

    Findings are stored as rows in the order of ``fields`` (compact and quick to rebuild).
    """
    out: dict[str, Any] = {name: getattr(result, name) for name in _RESULT_FIELDS}
    out["fields"] = list(_FINDING_FIELDS)
    out["findings"] = [_encode_finding(f) for f in result.findings]
    return out


def _encode_finding(finding: ReportedFinding) -> list[Any]:
    row = list(_FINDING_ROW(finding))
    row[_SEVERITY_AT] = row[_SEVERITY_AT].value
    message = row[_MESSAGE_AT]
    row[_MESSAGE_AT] = [message.zh, message.en]
    return row




def decode_result(data: dict[str, Any], path: str) -> FileResult:
    """Rebuild a :class:`FileResult` from :func:`encode_result` output."""
    if data["fields"] != list(_FINDING_FIELDS):
        raise ValueError("the entry was written by another layout of findings")
    findings = []
    for raw in data["findings"]:
        row = list(raw)
        row[_SEVERITY_AT] = _SEVERITIES[row[_SEVERITY_AT]]
        zh, en = row[_MESSAGE_AT]
        row[_MESSAGE_AT] = Message(zh, en)
        findings.append(ReportedFinding(*row))
    kwargs = {name: data[name] for name in _RESULT_FIELDS}
    return FileResult(path=path, findings=findings, cached=True, **kwargs)


def read_bytes(path: str) -> Optional[bytes]:
    """The bytes of ``path``, or None when it cannot be read (the reader reports why)."""
    try:
        return read_file(path)[0]
    except OSError:
        return None


def lookup(engine: Any, cache: Optional[ResultCache], config: Any, path: str,
           data: Optional[bytes]) -> tuple[Optional[bytes], Optional[str], Optional[FileResult]]:
    """(data, key, cached result) for ``path``; the key is None when caching does not apply.

    A cached result has its :attr:`~fzlint.results.FileResult.cache_key` set to the key.
    """
    if cache is None:
        return data, None, None
    try:
        if data is None:
            key, data = cache.file_key(engine, config, path)
        else:
            key = cache.key(engine, config, path, data)
    except OSError:
        return None, None, None  # unreadable: the reader reports why
    except Exception:  # noqa: BLE001 - the cache must never break a run
        return data, None, None
    hit = cache.get(config, key, path)
    if hit is not None:
        hit.cache_key = key  # (its stored output, see fzlint.replay, comes under the same key)
    elif data is None:
        # to be checked: the bytes at hand decide the key the result is stored under
        data = read_bytes(path)
        if data is None:
            return None, None, None
        key = cache.key(engine, config, path, data)
    return data, key, hit


def iter_entries(folder: str) -> Iterable[str]:
    """Every entry file below a cache folder (for tests and housekeeping)."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(".json"):
                yield os.path.join(root, name)
