"""The plugin manager: built-ins, the ``fzlint`` entry-point group, ``--plugin`` and disabled names.

Order of registration (pluggy calls the most recently registered plugin first):

1. the core's built-in readers and formats (``fzlint.readers.*``, ``fzlint.formats.*``),
2. every entry point of the group ``fzlint`` (first-party rule plugins come this way too),
3. extra plugins from ``--plugin`` and the ``plugins`` config key (module names or ``.py`` paths).

Names listed in ``disable-plugins``/``--disable-plugin`` are blocked before loading.  After
loading, ``check_pending()`` rejects hook implementations that match no specification.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from types import FunctionType, MethodType, ModuleType
from typing import Any, Iterable, Mapping

import pluggy

from . import hookspecs
from .entrypoints import group_entries
from .records import replace
from .rules import Category, Rule

#: the core's own plugins: readers and formats (no rules)
BUILTIN_PLUGINS: tuple[tuple[str, str], ...] = (
    ("reader-txt", "fzlint.readers.txt"),
    ("reader-md", "fzlint.readers.md"),
    ("reader-docx", "fzlint.readers.docx"),
    ("format-text", "fzlint.formats.text"),
    ("format-json", "fzlint.formats.json"),
    ("format-sarif", "fzlint.formats.sarif"),
    ("format-html", "fzlint.formats.html"),
)


class PluginError(Exception):
    """A plugin cannot be loaded or declares invalid rules (reported on stderr, exit code 2)."""


def load_module_or_path(spec: str) -> tuple[str, ModuleType]:
    """Import a plugin given as a dotted module name or a path to a ``.py`` file."""
    from pathlib import Path

    path = Path(spec)
    if spec.endswith(".py") or path.exists():
        if path.is_dir():
            path = path / "__init__.py"
        if not path.is_file():
            raise PluginError(f"plugin file not found: {spec}")
        name = f"fzlint_local_{path.stem}"
        mod_spec = importlib.util.spec_from_file_location(name, path)
        if mod_spec is None or mod_spec.loader is None:
            raise PluginError(f"cannot load plugin file {spec}")
        module = importlib.util.module_from_spec(mod_spec)
        sys.modules[name] = module
        try:
            mod_spec.loader.exec_module(module)
        except Exception as exc:  # noqa: BLE001 - any import-time failure is the plugin's
            raise PluginError(f"plugin {spec} failed to load: {type(exc).__name__}: {exc}") from None
        return path.stem, module
    try:
        return spec, importlib.import_module(spec)
    except Exception as exc:  # noqa: BLE001
        raise PluginError(f"plugin {spec!r} failed to load: {type(exc).__name__}: {exc}") from None


_ABSENT = object()


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, passing over at once the module attributes that cannot be hook implementations.

    ``register`` asks :meth:`parse_hookimpl_opts` about every name of a plugin module (some 700
    for fzlint's own plugins, each looked up through ``inspect.getattr_static``); a plain function
    without the ``fzlint_impl`` marker, a class, a constant or an imported module is no hook in
    any pluggy version, so only the rest is handed to pluggy.
    """

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        """pluggy's options of ``plugin.name`` as a hook implementation, or None (see the class)."""
        if isinstance(plugin, ModuleType):
            value = plugin.__dict__.get(name, _ABSENT)
            if isinstance(value, FunctionType):
                if self._marker not in value.__dict__:
                    return None
            elif value is not _ABSENT and not isinstance(value, (staticmethod, classmethod, MethodType)):
                return None
        return super().parse_hookimpl_opts(plugin, name)

    @property
    def _marker(self) -> str:
        return self.project_name + "_impl"


class PluginHost:
    """A loaded set of plugins and what they provide (rules, readers, formats)."""

    def __init__(self, extra: Iterable[str] = (), disabled: Iterable[str] = (),
                 entry_point_group: str = hookspecs.PROJECT_NAME, builtin_only: bool = False) -> None:
        """Load the built-in readers and formats, then (unless ``builtin_only``) every other plugin."""
        self.pm = _PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.disabled = tuple(disabled)
        for name in self.disabled:
            self.pm.set_blocked(name)
        self._rules: dict[str, dict[str, Rule]] = {}
        for name, module in BUILTIN_PLUGINS:
            if not self.pm.is_blocked(name):
                self.pm.register(importlib.import_module(module), name=name)
        if builtin_only:
            self._check_pending()
        else:
            self.load_plugins(extra, entry_point_group)

    def load_plugins(self, extra: Iterable[str] = (), entry_point_group: str = hookspecs.PROJECT_NAME) -> None:
        """Load the entry-point plugins and ``extra`` into a host made with ``builtin_only``."""
        self._load_entry_points(entry_point_group)
        for spec in extra:
            name, module = load_module_or_path(spec)
            if self.pm.is_blocked(name) or self.pm.is_registered(module):
                continue
            self._register(module, name)
        self._rules.clear()
        self._check_pending()

    def _check_pending(self) -> None:
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"invalid plugin: {exc}") from None

    def _register(self, plugin: Any, name: str) -> None:
        try:
            self.pm.register(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            raise PluginError(f"plugin {name!r} is invalid: {exc}") from None

    def _load_entry_points(self, group: str) -> None:
        for ep in group_entries(group):
            if self.pm.is_blocked(ep.name) or self.pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # noqa: BLE001
                raise PluginError(
                    f"plugin {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}; "
                    f"disable it with --disable-plugin {ep.name}") from None
            self._register(plugin, ep.name)

    @property
    def plugin_names(self) -> list[str]:
        """Names of the registered plugins, in registration order."""
        return [name for name, _ in self.pm.list_name_plugin()]

    def rules(self, config: Any) -> Mapping[str, Rule]:
        """Every rule declared by the plugins for ``config``, by id (cached per configuration)."""
        key = config.fingerprint() if hasattr(config, "fingerprint") else "default"
        if key in self._rules:
            return self._rules[key]
        rules: dict[str, Rule] = {}
        for impl in self.pm.hook.fzlint_rules.get_hookimpls():
            args = {"config": config}
            try:
                declared = impl.function(*[args[a] for a in impl.argnames]) or ()
                declared = list(declared)
            except PluginError:
                raise
            except Exception as exc:  # noqa: BLE001
                raise PluginError(f"plugin {impl.plugin_name!r} failed to declare its rules: "
                                  f"{type(exc).__name__}: {exc}") from None
            for rule in declared:
                if not isinstance(rule, Rule):
                    raise PluginError(f"plugin {impl.plugin_name!r} declared a non-Rule object: {rule!r}")
                if rule.category is Category.CORE:
                    raise PluginError(f"plugin {impl.plugin_name!r}: rule {rule.id} uses the reserved "
                                      "category 'core'")
                if rule.id in rules:
                    raise PluginError(f"rule {rule.id} is declared twice (plugins "
                                      f"{rules[rule.id].plugin!r} and {impl.plugin_name!r})")
                rules[rule.id] = replace(rule, plugin=impl.plugin_name)
        self._rules[key] = rules
        return rules

    def readers(self) -> dict[str, Any]:
        """Suffix (".txt") -> reader; plugins registered later take precedence."""
        out: dict[str, Any] = {}
        for batch in self.pm.hook.fzlint_readers():
            for reader in batch or ():
                for suffix in reader.suffixes:
                    out.setdefault(suffix.lower(), reader)
        return out

    def formats(self) -> dict[str, type]:
        """Format name -> formatter class."""
        out: dict[str, type] = {}
        for batch in self.pm.hook.fzlint_formats():
            for cls in batch or ():
                out.setdefault(cls.name, cls)
        return out

    def check_impls(self) -> list[Any]:
        """The ``fzlint_check`` implementations, to be called one by one (failure isolation)."""
        return self.pm.hook.fzlint_check.get_hookimpls()


_HOSTS: dict[tuple[tuple[str, ...], tuple[str, ...], bool], PluginHost] = {}


def _host_key(config: Any, builtin_only: bool) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    return (tuple(config.resolve(p) if os.path.exists(config.resolve(p)) else p for p in config.plugins),
            tuple(config.disable_plugins), builtin_only)


def host_for(config: Any) -> PluginHost:
    """The (cached) plugin host for a configuration's ``plugins`` and ``disable_plugins``."""
    key = _host_key(config, False)
    if key not in _HOSTS:
        smaller = _HOSTS.get(_host_key(config, True))
        if smaller is not None and not key[0]:  # the built-in host of io_host: completed, not made again
            smaller.load_plugins()
            _HOSTS[key] = smaller
        else:
            _HOSTS[key] = PluginHost(extra=key[0], disabled=key[1])
    return _HOSTS[key]


def only_first_party(config: Any) -> bool:
    """True when every plugin ``config`` loads comes with fzlint itself (found without importing any).

    fzlint's own rule plugins provide no readers and no formats, so then the readers and
    formats are exactly the built-in ones (:func:`io_host`).
    """
    if config.plugins:
        return False
    disabled = set(config.disable_plugins)
    return all(e.dist.lower() == hookspecs.PROJECT_NAME for e in group_entries(hookspecs.PROJECT_NAME)
               if e.name not in disabled)


def plugin_sources(config: Any) -> list[tuple[str, str]]:
    """(name, where its code lives) of every plugin ``config`` loads besides the built-in ones, found without importing any.

    The place is the folder of the plugin's top-level package, or its file (the result cache
    keys entries by the files found there).
    """
    disabled = set(config.disable_plugins)
    out = []
    for entry in group_entries(hookspecs.PROJECT_NAME):
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


def io_host(config: Any) -> PluginHost:
    """The host to ask for readers and formats: the built-in plugins alone when no other plugin loads.

    A run whose every file is in the result cache then imports no rule plugin at all; when a file
    does need checking, :func:`host_for` loads the other plugins into this same host.
    """
    if not only_first_party(config):
        return host_for(config)
    full = _host_key(config, False)
    if full in _HOSTS:  # already loaded: no need for a smaller one
        return _HOSTS[full]
    key = _host_key(config, True)
    if key not in _HOSTS:
        _HOSTS[key] = PluginHost(disabled=key[1], builtin_only=True)
    return _HOSTS[key]
