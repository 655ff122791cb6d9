"""The readers and formats of a run: without pluggy when they are only the built-in ones.

A run asks for formats (which one writes its output) and for reader suffixes (which files a
folder holds) before any file is checked.  When every plugin the configuration loads comes
with fzlint (:func:`~fzlint.entrypoints.only_first_party`: fzlint's rule plugins provide no
readers and no formats), these are exactly the built-in ones, and :class:`BuiltinIO` answers
from their modules' own hook functions: a run whose every file comes from the result cache
then imports neither pluggy nor the document model.  Otherwise the full plugin host answers
(:func:`fzlint.plugins.host_for`).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Iterable, Iterator, Optional

from .entrypoints import only_first_party

#: the core's own plugins: readers and formats (no rules), registered like any plugin
BUILTIN_PLUGINS: tuple[tuple[str, str], ...] = (
    ("reader-txt", "fzlint.readers.txt"),
    ("reader-md", "fzlint.readers.md"),
    ("reader-docx", "fzlint.readers.docx"),
    ("format-text", "fzlint.formats.text"),
    ("format-json", "fzlint.formats.json"),
    ("format-sarif", "fzlint.formats.sarif"),
    ("format-html", "fzlint.formats.html"),
    ("format-summary", "fzlint.formats.summary"),
)
#: what each built-in plugin provides, known without importing it (a test keeps this true):
#: the suffixes a reader reads, the format names a format plugin writes
BUILTIN_PROVIDES: dict[str, tuple[str, ...]] = {
    "reader-txt": (".txt",), "reader-md": (".md", ".markdown"), "reader-docx": (".docx",),
    "format-text": ("text",), "format-json": ("json",), "format-sarif": ("sarif",), "format-html": ("html",),
    "format-summary": ("summary",),
}


class BuiltinIO:
    """The built-in readers and formats, with what :class:`~fzlint.plugins.PluginHost` gives for them."""

    def __init__(self, disabled: tuple[str, ...] = ()) -> None:
        #: the built-in plugins not disabled, registration order
        self.plugins = tuple((name, module) for name, module in BUILTIN_PLUGINS if name not in disabled)
        self._readers: Optional[dict[str, Any]] = None

    def _of_kind(self, kind: str) -> list[tuple[str, str]]:
        """The (name, module) of the plugins of a kind (``reader``: ``reader-txt`` …), registration order."""
        return [(name, module) for name, module in self.plugins if name.startswith(kind + "-")]

    def _results(self, kind: str, hook: str) -> Iterator[Any]:
        """What the ``hook`` of each plugin of a kind returns, in pluggy's order (the one registered
        last first); the others are not imported."""
        for _name, module in reversed(self._of_kind(kind)):
            yield getattr(importlib.import_module(module), hook)()

    def readers(self) -> dict[str, Any]:
        """Suffix (".txt") -> reader (asked once; do not modify)."""
        if self._readers is None:
            self._readers = readers_by_suffix(self._results("reader", "fzlint_readers"))
        return self._readers

    def suffixes(self) -> tuple[str, ...]:
        """The file suffixes some reader handles, sorted (without importing the readers)."""
        return tuple(sorted(s for name, _module in self._of_kind("reader") for s in BUILTIN_PROVIDES[name]))

    def formats(self) -> Mapping[str, type]:
        """Format name -> formatter class (a format's module is imported when its class is asked for)."""
        return _LazyFormats({fmt: module for name, module in self._of_kind("format") for fmt in BUILTIN_PROVIDES[name]})


class _LazyFormats(Mapping):
    """Format name -> formatter class of the built-in format plugins, each imported when asked for."""

    def __init__(self, modules: dict[str, str]) -> None:
        self._modules = modules

    def __getitem__(self, name: str) -> type:
        module = self._modules[name]
        return formats_by_name([importlib.import_module(module).fzlint_formats()])[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


def readers_by_suffix(batches: Iterable[Any]) -> dict[str, Any]:
    """Suffix -> reader from what the ``fzlint_readers`` implementations returned, the first one for a suffix winning."""
    out: dict[str, Any] = {}
    for batch in batches:
        for reader in batch or ():
            for suffix in reader.suffixes:
                out.setdefault(suffix.lower(), reader)
    return out


def formats_by_name(batches: Iterable[Any]) -> dict[str, type]:
    """Name -> formatter class from what the ``fzlint_formats`` implementations returned, the first one for a name winning."""
    out: dict[str, type] = {}
    for batch in batches:
        for cls in batch or ():
            out.setdefault(cls.name, cls)
    return out


_BUILTIN: dict[tuple[str, ...], BuiltinIO] = {}


def io_host(config: Any) -> Any:
    """What to ask for the readers and formats of files checked under ``config``.

    :class:`BuiltinIO` when only fzlint's own plugins load; the plugin host otherwise.
    """
    if not only_first_party(config):
        from .plugins import host_for

        return host_for(config)
    disabled = tuple(config.disable_plugins)
    if disabled not in _BUILTIN:
        _BUILTIN[disabled] = BuiltinIO(disabled)
    return _BUILTIN[disabled]
