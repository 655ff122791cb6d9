"""Configuration: ``[tool.fzlint]`` in ``pyproject.toml`` or ``.fzlint.yaml``, merged with CLI flags.

The configuration of a file is the nearest one found by walking up from the file's folder
(``.fzlint.yaml``/``.fzlint.yml`` first, then a ``pyproject.toml`` that has ``[tool.fzlint]``).
``--config FILE`` replaces discovery.  Unknown keys are an error.  CLI flags override files.
"""

from __future__ import annotations

import fnmatch
import json
import os
from functools import lru_cache
from typing import Any, Mapping, Optional

from .digest import key_hash
from .records import field, fields, record, replace
from .rules import Severity

CONFIG_NAMES = (".fzlint.yaml", ".fzlint.yml")
DEFAULT_CHECKLISTS = ("annual-report",)


def relative_path(path: str, root: str) -> str:
    """``os.path.relpath(os.path.abspath(path), os.path.abspath(root))``; raises ValueError like it (another drive).

    Without relpath's splitting and joining in the usual case, ``path`` below ``root``: a
    re-run over unchanged reports asks this a few times per file.
    """
    full = os.path.abspath(path)
    base = _normalised(root) if os.path.isabs(root) else os.path.abspath(root)
    if full.startswith(base) and full[len(base):len(base) + 1] == os.sep:
        return full[len(base) + 1:]
    return os.path.relpath(full, base)


@lru_cache(maxsize=64)
def _normalised(root: str) -> str:
    return os.path.normpath(root)


class ConfigError(Exception):
    """A configuration file or value is invalid (reported on stderr, exit code 2)."""


@record(frozen=True)
class Config:
    """The effective settings for checking a file."""

    #: rule ids or family prefixes to run; empty means every rule
    select: tuple[str, ...] = ()
    #: rule ids or family prefixes never to report
    ignore: tuple[str, ...] = ()
    #: severity per rule id or family prefix, e.g. {"wording": "info"}
    severity: Mapping[str, Severity] = field(default_factory=dict)
    #: glob (relative to the config's folder) -> rule ids or prefixes to ignore there
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: extra plugins: module names or paths to .py files
    plugins: tuple[str, ...] = ()
    #: plugin names (entry-point names) not to load
    disable_plugins: tuple[str, ...] = ()
    #: checklists to run: ids of bundled checklists or paths to YAML files
    checklists: tuple[str, ...] = DEFAULT_CHECKLISTS
    #: options per plugin name (e.g. extra word lists), passed through to plugins
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: accepted phrases per rule id or prefix: findings whose matched text is one of them are dropped
    accept: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: globs of files to skip when walking folders
    exclude: tuple[str, ...] = ()
    #: lowest severity that makes the exit code 1
    fail_on: Severity = Severity.WARNING
    #: message language: "zh" or "en"
    lang: str = "zh"
    #: the folder relative paths in this config are resolved against
    root: str = "."
    #: the file this configuration came from (None for defaults)
    source: Optional[str] = None

    def fingerprint(self) -> str:
        """A stable hash of every setting (used as part of the result-cache key; computed once)."""
        known = self.__dict__.get("_fingerprint")
        if known is None:
            data = {f.name: _jsonable(getattr(self, f.name)) for f in fields(self) if f.name != "source"}
            known = key_hash(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
            object.__setattr__(self, "_fingerprint", known)  # a frozen instance: memoised, not changed
        return known

    def resolve(self, value: str) -> str:
        """Resolve a path given in this config relative to its folder."""
        from pathlib import Path  # only when a configuration names files

        p = Path(value).expanduser()
        return str(p if p.is_absolute() else Path(self.root) / p)

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """Rule ids or prefixes ignored for ``path`` by ``per-file-ignores``."""
        if not self.per_file_ignores:
            return ()
        try:
            rel = relative_path(path, self.root)
        except ValueError:
            rel = path
        rel = rel.replace(os.sep, "/")
        out: list[str] = []
        for pattern, rules in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                out.extend(rules)
        return tuple(out)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def matches_rule(rule_id: str, selectors: "tuple[str, ...] | list[str]") -> bool:
    """True when ``rule_id`` equals a selector or lies under it as a family prefix."""
    for sel in selectors:
        sel = sel.strip().rstrip("/")
        if sel in ("ALL", "*") or rule_id == sel or rule_id.startswith(sel + "/"):
            return True
    return False


def most_specific(rule_id: str, mapping: Mapping[str, Any]) -> Any:
    """The value of the longest key of ``mapping`` that selects ``rule_id`` (or None)."""
    best_key = None
    for key in mapping:
        if matches_rule(rule_id, (key,)) and (best_key is None or len(key) > len(best_key)):
            best_key = key
    return mapping[best_key] if best_key is not None else None


# -- parsing -----------------------------------------------------------------------------

_KEYS = {
    "select": "select", "ignore": "ignore", "severity": "severity",
    "per-file-ignores": "per_file_ignores", "plugins": "plugins",
    "disable-plugins": "disable_plugins", "checklists": "checklists", "options": "options",
    "accept": "accept", "exclude": "exclude", "fail-on": "fail_on", "lang": "lang",
}


def _str_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: '{key}' must be a list of strings")


def config_from_mapping(data: Mapping[str, Any], root: str, source: Optional[str]) -> Config:
    """Validate a ``[tool.fzlint]`` / ``.fzlint.yaml`` mapping and build a :class:`Config`."""
    where = source or "configuration"
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}: the fzlint configuration must be a mapping of keys to values")
    unknown = [k for k in data if k not in _KEYS]
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
                          f"known keys: {', '.join(sorted(_KEYS))}")
    kw: dict[str, Any] = {"root": root, "source": source}
    for key, value in data.items():
        name = _KEYS[key]
        if name in ("select", "ignore", "plugins", "disable_plugins", "checklists", "exclude"):
            kw[name] = _str_list(value, key, where)
        elif name == "severity":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: 'severity' must map rule ids to error/warning/info")
            try:
                kw[name] = {str(k): Severity.parse(v) for k, v in value.items()}
            except ValueError as exc:
                raise ConfigError(f"{where}: 'severity': {exc}") from None
        elif name in ("per_file_ignores", "accept"):
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: '{key}' must be a mapping")
            kw[name] = {str(k): _str_list(v, f"{key}.{k}", where) for k, v in value.items()}
        elif name == "options":
            if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
                raise ConfigError(f"{where}: 'options' must map plugin names to mappings")
            kw[name] = {str(k): dict(v) for k, v in value.items()}
        elif name == "fail_on":
            try:
                kw[name] = Severity.parse(value)
            except ValueError as exc:
                raise ConfigError(f"{where}: 'fail-on': {exc}") from None
        elif name == "lang":
            if value not in ("zh", "en"):
                raise ConfigError(f"{where}: 'lang' must be 'zh' or 'en'")
            kw[name] = value
    return Config(**kw)


def load_config_file(path: str) -> Config:
    """Load and validate one configuration file (YAML or pyproject.toml)."""
    from pathlib import Path

    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    root = str(p.resolve().parent)
    if p.name == "pyproject.toml" or p.suffix == ".toml":
        table = _read_toml(raw, path)
        data = table.get("tool", {}).get("fzlint", {}) if p.name == "pyproject.toml" else table
        return config_from_mapping(data, root, str(p))
    import yaml

    try:
        data = yaml.safe_load(raw.decode("utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid YAML: {_first_line(exc)}") from None
    return config_from_mapping(data, root, str(p))


def _read_toml(raw: bytes, path: str) -> dict:
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {_first_line(exc)}") from None


def _first_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def find_config_file(start: str) -> Optional[str]:
    """Walk up from ``start`` (a file or folder) and return the nearest configuration file."""
    here = os.path.realpath(start)  # os.path, not pathlib: this runs on every start-up
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(here, name)
            if os.path.isfile(candidate):
                return candidate
        pyproject = os.path.join(here, "pyproject.toml")
        if os.path.isfile(pyproject):
            try:
                with open(pyproject, encoding="utf-8-sig", errors="replace") as fh:
                    text = fh.read()
            except OSError:
                text = ""
            if "[tool.fzlint" in text:
                return pyproject
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


@record(frozen=True)
class Overrides:
    """Settings given on the command line; ``None`` means "not given"."""

    select: Optional[tuple[str, ...]] = None
    ignore: Optional[tuple[str, ...]] = None
    extend_ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    plugins: tuple[str, ...] = ()
    disable_plugins: tuple[str, ...] = ()
    checklists: Optional[tuple[str, ...]] = None
    fail_on: Optional[Severity] = None
    lang: Optional[str] = None

    def apply(self, config: Config) -> Config:
        """Return ``config`` with these command-line settings applied on top."""
        changes: dict[str, Any] = {}
        if self.select is not None:
            changes["select"] = self.select
        if self.ignore is not None:
            changes["ignore"] = self.ignore
        if self.extend_ignore:
            changes["ignore"] = changes.get("ignore", config.ignore) + self.extend_ignore
        if self.severity:
            changes["severity"] = {**config.severity, **self.severity}
        if self.plugins:
            changes["plugins"] = config.plugins + tuple(os.path.abspath(p) if os.path.exists(p) else p
                                                        for p in self.plugins)
        if self.disable_plugins:
            changes["disable_plugins"] = config.disable_plugins + self.disable_plugins
        if self.checklists is not None:
            changes["checklists"] = tuple(os.path.abspath(c) if os.path.exists(c) else c
                                          for c in self.checklists)
        if self.fail_on is not None:
            changes["fail_on"] = self.fail_on
        if self.lang is not None:
            changes["lang"] = self.lang
        return replace(config, **changes) if changes else config


_UNSEEN = object()


class ConfigResolver:
    """Finds (and caches per folder) the configuration that applies to each checked file."""

    def __init__(self, overrides: Overrides = Overrides(), config_file: Optional[str] = None) -> None:
        self.overrides = overrides
        self._fixed = load_config_file(config_file) if config_file else None
        self._by_file: dict[Optional[str], Config] = {}
        self._by_dir: dict[str, Optional[str]] = {}
        self._by_given: dict[Any, Optional[str]] = {}

    def for_path(self, path: Optional[str]) -> Config:
        """The effective configuration for ``path`` (``None`` or ``-``: the current folder)."""
        if self._fixed is not None:
            source = "<fixed>"
        else:
            given = os.path.dirname(path) if path and path != "-" else ""
            # the folder as given: asked for each file, its normalised form is worked out once
            seen = given if os.path.isabs(given) else (os.getcwd(), given)
            source = self._by_given.get(seen, _UNSEEN)
            if source is _UNSEEN:
                folder = os.path.abspath(given) if given else os.getcwd()
                if folder not in self._by_dir:
                    self._by_dir[folder] = find_config_file(folder)
                source = self._by_given[seen] = self._by_dir[folder]
        if source not in self._by_file:
            if self._fixed is not None:
                base = self._fixed
            elif source is None:
                base = Config(root=os.getcwd())
            else:
                base = load_config_file(source)
            self._by_file[source] = self.overrides.apply(base)
        return self._by_file[source]
