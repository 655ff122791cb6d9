"""The plugin manager: built-ins, the ``fzlint`` entry-point group, ``--plugin`` and disabled names.

Order of registration (pluggy calls the most recently registered plugin first):

1. the core's built-in readers and formats (``fzlint.readers.*``, ``fzlint.formats.*``; a run
   that needs nothing else reads them without pluggy, see :mod:`fzlint.iohost`),
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
from functools import lru_cache
from types import FunctionType, MethodType, ModuleType
from typing import Any, Iterable, Mapping, Optional

from .entrypoints import group_entries
from .iohost import BUILTIN_PLUGINS, formats_by_name, readers_by_suffix
from .markers import IMPL_ATTRIBUTE, PROJECT_NAME
from .records import replace
from .rules import Category, Rule

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


@lru_cache(maxsize=None)
def _manager_class() -> type:
    """pluggy's ``PluginManager``, passing over at once what cannot be a hook (see :func:`_not_a_hook`).

    Defined when a host is first made: importing pluggy is a tenth of a run whose every file
    comes from the result cache, which makes no host.
    """
    import pluggy

    class _PluginManager(pluggy.PluginManager):
        def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
            """pluggy's options of ``plugin.name`` as a hook implementation, or None."""
            if _not_a_hook(plugin, name):
                return None
            return super().parse_hookimpl_opts(plugin, name)

    return _PluginManager


def _not_a_hook(plugin: Any, name: str) -> bool:
    """True when ``plugin.name`` is surely no hook implementation, found without pluggy's lookup.

    ``register`` asks about every name of a plugin module (some 700 for fzlint's own plugins,
    each looked up through ``inspect.getattr_static``); a plain function without the
    ``fzlint_impl`` marker, a class, a constant or an imported module is no hook in any pluggy
    version, so only the rest is handed to pluggy.
    """
    if not isinstance(plugin, ModuleType):
        return False
    value = plugin.__dict__.get(name, _ABSENT)
    if isinstance(value, FunctionType):
        return IMPL_ATTRIBUTE not in value.__dict__
    return value is not _ABSENT and not isinstance(value, (staticmethod, classmethod, MethodType))


class PluginHost:
    """A loaded set of plugins and what they provide (rules, readers, formats)."""

    def __init__(self, extra: Iterable[str] = (), disabled: Iterable[str] = (),
                 entry_point_group: str = PROJECT_NAME) -> None:
        """Load the built-in readers and formats, then every entry-point plugin, then ``extra``."""
        from . import hookspecs

        self.pm = _manager_class()(PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.disabled = tuple(disabled)
        for name in self.disabled:
            self.pm.set_blocked(name)
        self._rules: dict[str, dict[str, Rule]] = {}
        self._readers: Optional[dict[str, Any]] = None
        for name, module in BUILTIN_PLUGINS:
            if not self.pm.is_blocked(name):
                self.pm.register(importlib.import_module(module), name=name)
        self._load_entry_points(entry_point_group)
        for spec in extra:
            name, module = load_module_or_path(spec)
            if self.pm.is_blocked(name) or self.pm.is_registered(module):
                continue
            self._register(module, name)
        self._check_pending()

    def _check_pending(self) -> None:
        import pluggy  # loaded by _manager_class

        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"invalid plugin: {exc}") from None

    def _register(self, plugin: Any, name: str) -> None:
        import pluggy  # loaded by _manager_class

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
        """Suffix (".txt") -> reader; plugins registered later take precedence (asked once; do not modify)."""
        if self._readers is None:
            self._readers = readers_by_suffix(self.pm.hook.fzlint_readers())
        return self._readers

    def suffixes(self) -> tuple[str, ...]:
        """The file suffixes some reader handles, sorted."""
        return tuple(sorted(self.readers()))

    def formats(self) -> dict[str, type]:
        """Format name -> formatter class."""
        return formats_by_name(self.pm.hook.fzlint_formats())

    def check_impls(self) -> list[Any]:
        """The ``fzlint_check`` implementations, to be called one by one (failure isolation)."""
        return self.pm.hook.fzlint_check.get_hookimpls()


_HOSTS: dict[tuple[tuple[str, ...], tuple[str, ...]], PluginHost] = {}


def host_for(config: Any) -> PluginHost:
    """The (cached) plugin host for a configuration's ``plugins`` and ``disable_plugins``."""
    key = (tuple(config.resolve(p) if os.path.exists(config.resolve(p)) else p for p in config.plugins),
           tuple(config.disable_plugins))
    if key not in _HOSTS:
        _HOSTS[key] = PluginHost(extra=key[0], disabled=key[1])
    return _HOSTS[key]
