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
import os
import sys
from typing import Any, NamedTuple, Optional


class Entry(NamedTuple):
    """One entry point: ``name = value`` in ``group``, declared by distribution ``dist``."""

    name: str
    value: str
    group: str
    #: the declaring distribution's name ("" when unknown)
    dist: str
    #: the distribution's ``entry_points.txt`` ("" when unknown)
    source: str

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
