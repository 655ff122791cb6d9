"""The plugins installed in the ``fzlint`` entry-point group, without paying for :mod:`importlib.metadata` on every run.

Importing :mod:`importlib.metadata` (it pulls in :mod:`email`, :mod:`zipfile`, :mod:`inspect`)
and scanning every installed distribution costs about 20 ms, a tenth of a pre-commit run that
checks one report.  :func:`group_entries` asks :mod:`importlib.metadata` once, then keeps the
answer in the data cache (see :mod:`fzlint.datacache`) keyed by the metadata folders
(``*.dist-info``, ``*.egg-info``) found in each folder of ``sys.path`` and their modification
times: installing, upgrading, reinstalling or removing a distribution creates or removes such a
folder, so the next run asks again.  The ``entry_points.txt`` files of the distributions that provide
entries are part of the key too (an in-place edit of an editable install).
``FZLINT_NO_DATA_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from operator import itemgetter
from typing import Any, Optional

from .markers import PROJECT_NAME


class Entry(tuple):
    """One entry point: ``name = value`` in ``group``, declared by distribution ``dist``.

    A tuple ``(name, value, group, dist, source)`` with those names (a ``NamedTuple`` costs a
    fresh process a millisecond to define, a tenth of its imports when every file is cached).
    """

    __slots__ = ()

    def __new__(cls, name: str, value: str, group: str, dist: str, source: str) -> "Entry":
        return tuple.__new__(cls, (name, value, group, dist, source))

    #: the entry point's name
    name = property(itemgetter(0))
    #: ``module`` or ``module:attr.attr``
    value = property(itemgetter(1))
    group = property(itemgetter(2))
    #: the declaring distribution's name ("" when unknown)
    dist = property(itemgetter(3))
    #: the distribution's ``entry_points.txt`` ("" when unknown)
    source = property(itemgetter(4))

    def load(self) -> Any:
        """Import the object the entry point names (``module`` or ``module:attr.attr``)."""
        module, _, attrs = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for attr in filter(None, attrs.split("[", 1)[0].strip().split(".")):
            obj = getattr(obj, attr)
        return obj


def _scan(group: str) -> list[Entry]:
    """The entry points of ``group``, from :mod:`importlib.metadata` (the slow, authoritative way)."""
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group=group):
        dist = getattr(ep, "dist", None)
        name, source = "", ""
        if dist is not None:
            try:
                name = dist.metadata["Name"] or ""
            except Exception:  # noqa: BLE001 - broken metadata: the entry still counts
                name = ""
            located = getattr(dist, "_path", None)
            if located is not None:
                source = os.path.join(str(located), "entry_points.txt")
        out.append(Entry(ep.name, ep.value, group, name, source))
    return sorted(out, key=lambda e: (e.name, e.value))


def _path_token() -> str:
    """The distributions visible on ``sys.path``: each folder's metadata folders and their times."""
    parts = []
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith((".dist-info", ".egg-info")))
        except OSError:  # not a folder (a zip file) or gone
            parts.append(f"{entry}\0{_stat(folder)}")
            continue
        parts.append(entry)
        parts.extend(f"\0{n}\0{_stat(os.path.join(folder, n))}" for n in names)
    return "\n".join(parts)


def _stat(path: str) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}"


_KNOWN: dict[str, list[Entry]] = {}


def group_entries(group: str) -> list[Entry]:
    """Every entry point of ``group``, sorted by name (cached across processes, see the module doc)."""
    if group not in _KNOWN:
        _KNOWN[group] = _group_entries(group)
    return list(_KNOWN[group])


def _group_entries(group: str) -> list[Entry]:
    from .datacache import data_dir, read_entry, write_entry

    folder = data_dir()
    if folder is None:
        return _scan(group)
    from .digest import key_hash

    key = key_hash(f"{group}\0{sys.version}\0{_path_token()}".encode("utf-8", "surrogatepass")).hexdigest()[:40]
    path = os.path.join(folder, f"entrypoints-{key}.marshal")
    stored: Optional[Any] = read_entry(path)
    if isinstance(stored, list):
        try:
            entries = [Entry(*row[:5]) for row in stored]
            if all(_stat(e.source) == row[5] for e, row in zip(entries, stored) if e.source):
                return entries
        except (TypeError, IndexError):
            pass
    entries = _scan(group)
    write_entry(path, [(*e, _stat(e.source) if e.source else "") for e in entries])
    return entries


# -- what a configuration loads, found without importing it ----------------------------------

def only_first_party(config: Any) -> bool:
    """True when every plugin ``config`` loads comes with fzlint itself (found without importing any).

    fzlint's own rule plugins provide no readers and no formats, so then the readers and
    formats are exactly the built-in ones (:func:`fzlint.iohost.io_host`).
    """
    if config.plugins:
        return False
    disabled = set(config.disable_plugins)
    return all(e.dist.lower() == PROJECT_NAME for e in group_entries(PROJECT_NAME)
               if e.name not in disabled)


def plugin_sources(config: Any) -> list[tuple[str, str]]:
    """(name, where its code lives) of every plugin ``config`` loads besides the built-in ones, found without importing any.

    The place is the folder of the plugin's top-level package, or its file (the result cache
    keys entries by the files found there).
    """
    disabled = set(config.disable_plugins)
    out = []
    for entry in group_entries(PROJECT_NAME):
        if entry.name not in disabled:
            out.append((entry.name, _module_place(entry.value.partition(":")[0].strip())))
    for spec in config.plugins:
        full = config.resolve(spec)
        name = os.path.splitext(os.path.basename(full))[0] if (spec.endswith(".py") or os.path.exists(full)) else spec
        if name not in disabled:
            out.append((name, os.path.abspath(full) if os.path.exists(full) else _module_place(spec)))
    return out


def _module_place(module: str) -> str:
    top = module.split(".", 1)[0]
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return f"<{module}>"
    if spec.submodule_search_locations:
        return list(spec.submodule_search_locations)[0]
    return spec.origin or f"<{module}>"
