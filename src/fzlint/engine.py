"""Runs the rules over documents: reading, rule selection, failure isolation, severities.

The engine knows no rule by name.  It asks the plugin host for readers and rules, calls
every ``fzlint_check`` implementation one by one (so a plugin that raises becomes an
``fzlint/internal-error`` finding instead of stopping the run), keeps the findings of
enabled rules, applies severity overrides and resolves positions.
"""

from __future__ import annotations

import fnmatch
import os
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional

from .config import Config, ConfigResolver, matches_rule, most_specific, relative_path
from .iohost import io_host
from .records import field, record
from .results import INTERNAL_ERROR_ID, FileResult
from .rules import Category, Finding, Rule, RuleDoc, Severity, msg

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document
    from .plugins import PluginHost

# Checking needs the document model, the readers, pluggy and the suppressions; a run whose every
# file comes from the result cache needs none of them, so they are imported where files are checked.

#: the core's own diagnostic: a plugin raised while checking a document
INTERNAL_ERROR = Rule(
    INTERNAL_ERROR_ID, Category.CORE, Severity.ERROR,
    "插件运行出错", "A plugin failed",
    RuleDoc(
        what="A plugin raised an exception while checking this document. Its findings for this "
             "document are missing; the other plugins' findings are complete.",
        why="A broken plugin must not hide the findings of the others, nor pass silently.",
        use_instead="Report the message to the plugin's authors, or disable the plugin with "
                    "--disable-plugin NAME.",
        source="fzlint core",
    ),
)
#: a reader's remark about the input (e.g. Word automatic numbering)
READER_NOTE = Rule(
    "fzlint/reader-note", Category.CORE, Severity.INFO,
    "读取文件时的提示", "A note from the reader",
    RuleDoc(what="Something about the input format limits what fzlint can check.",
            why="So that a clean result is not mistaken for a complete check.", source="fzlint core"),
)
#: a suppression comment or accepted phrase that silences nothing (see fzlint.suppress)
UNUSED_SUPPRESSION = Rule(
    "fzlint/unused-suppression", Category.CORE, Severity.WARNING,
    "抑制注释或接受短语已不再需要", "A suppression that suppresses nothing",
    RuleDoc(what="A `<!-- fzlint-disable ... -->` comment that silenced no finding (or names an unknown "
                 "rule), or a configured `accept` phrase that occurs in the report but no longer triggers "
                 "its rule (reported as info).",
            why="Stale suppressions hide future problems and mislead reviewers about what was accepted.",
            example="<!-- fzlint-disable wording/colloquial -->  (no colloquial wording follows)",
            use_instead="Remove the comment or the accepted phrase.", source="fzlint core (like ruff RUF100)"),
)
CORE_RULES: dict[str, Rule] = {r.id: r for r in (INTERNAL_ERROR, READER_NOTE, UNUSED_SUPPRESSION)}


@record
class CheckContext:
    """What a plugin's ``fzlint_check`` sees besides the document."""

    config: Config
    #: the enabled rules, by id
    rules: Mapping[str, Rule]
    #: options of every plugin (from the ``options`` config key)
    plugin_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def enabled(self, rule_id: str) -> bool:
        """True when ``rule_id`` is selected for this document."""
        return rule_id in self.rules

    def any_enabled(self, prefix: str) -> bool:
        """True when any rule of a family (``"heading"``) or id prefix is enabled."""
        return any(r == prefix or r.startswith(prefix.rstrip("/") + "/") for r in self.rules)

    def options(self, plugin: str) -> Mapping[str, Any]:
        """The options configured for ``plugin`` (empty mapping when none)."""
        return self.plugin_options.get(plugin, {})


def enabled_rules(all_rules: Mapping[str, Rule], config: Config, path: Optional[str]) -> dict[str, Rule]:
    """Select the rules that run on ``path`` under ``config`` (select, ignore, per-file-ignores)."""
    ignored = config.ignore + (config.ignored_for(path) if path else ())
    out = {}
    for rule_id, rule in all_rules.items():
        if config.select and not matches_rule(rule_id, config.select):
            continue
        if ignored and matches_rule(rule_id, ignored):
            continue
        out[rule_id] = rule
    return out


class Engine:
    """Checks files and texts with the plugins and configuration that apply to each."""

    def __init__(self, resolver: Optional[ConfigResolver] = None, cache: Optional[Any] = None,
                 fingerprints: bool = True) -> None:
        self.resolver = resolver or ConfigResolver()
        #: a :class:`fzlint.cache.ResultCache`, or None to check every file afresh
        self.cache = cache
        #: False leaves :attr:`ReportedFinding.fingerprint` empty (a run that only prints text and
        #: stores nothing: hashing every finding's line is some 4 % of a run's time)
        self.fingerprints = fingerprints
        self._tables: dict[tuple[int, str], tuple[dict[str, Rule], dict[str, str], dict[str, Rule]]] = {}

    @property
    def fingerprinting(self) -> bool:
        """True when results get their findings' fingerprints (asked for, or stored in the cache)."""
        return self.fingerprints or self.cache is not None

    # -- plumbing ------------------------------------------------------------------------

    def host(self, config: Config) -> "PluginHost":
        """The plugin host for ``config``."""
        from .plugins import host_for

        return host_for(config)

    def all_rules(self, config: Config) -> dict[str, Rule]:
        """Plugin rules plus the core's diagnostics (do not modify the returned mapping)."""
        return self._rule_table(config)[0]

    def _rule_table(self, config: Config) -> tuple[dict[str, Rule], dict[str, str], dict[str, Rule]]:
        """(all rules, category of each, rules enabled when no per-file ignore applies), once per configuration."""
        key = (id(self.host(config)), config.fingerprint())
        table = self._tables.get(key)
        if table is None:
            rules = {**self.host(config).rules(config), **CORE_RULES}
            table = (rules, {rid: r.category.value for rid, r in rules.items()}, enabled_rules(rules, config, None))
            self._tables[key] = table
        return table

    def suffixes(self, config: Config) -> tuple[str, ...]:
        """File suffixes some reader handles."""
        return io_host(config).suffixes()

    # -- reading -------------------------------------------------------------------------

    def read(self, path: str, data: Optional[bytes] = None, config: Optional[Config] = None) -> "Document":
        """Read ``path`` (or ``data`` with ``path`` as its name) into a document."""
        from .datacache import read_file
        from .readers import ReaderError

        config = config or self.resolver.for_path(path)
        readers = io_host(config).readers()
        suffix = os.path.splitext(path)[1].lower()
        reader = readers.get(suffix) or (readers.get(".txt") if data is not None and not suffix else None)
        if reader is None:
            raise ReaderError(f"{path}: no reader for '{suffix or 'files without suffix'}' "
                              f"(supported: {', '.join(sorted(readers))})")
        if data is None:
            try:
                data = read_file(path)[0]
            except OSError as exc:
                raise ReaderError(f"{path}: cannot read: {exc.strerror or exc}") from None
        return reader.read(data, path)

    # -- checking ------------------------------------------------------------------------

    def check_document(self, document: "Document", config: Optional[Config] = None) -> FileResult:
        """Run every enabled rule over ``document`` and return its resolved result."""
        from .results import resolve_findings
        from .suppress import apply_suppressions

        config = config or self.resolver.for_path(document.path)
        host = self.host(config)
        all_rules, categories, default_enabled = self._rule_table(config)
        rules = (enabled_rules(all_rules, config, document.path) if config.ignored_for(document.path)
                 else default_enabled)
        context = CheckContext(config=config, rules=rules, plugin_options=config.options)
        findings: list[Finding] = []
        for code, zh, en in document.reader_notes:
            findings.append(READER_NOTE.finding(msg(zh, en)))
        for impl in host.check_impls():
            findings.extend(self._run_plugin(impl, document, context))
        kept = []
        severities = config.severity
        for f in findings:
            if f.rule_id not in rules and f.rule_id not in CORE_RULES:
                continue
            override = most_specific(f.rule_id, severities) if severities else None
            if override is not None:
                f = f.with_severity(override)
            kept.append(f)
        kept = apply_suppressions(document, kept, config, rules, all_rules, UNUSED_SUPPRESSION)
        return FileResult(
            path=document.path,
            findings=resolve_findings(document, kept, categories, self.fingerprinting),
            text=document.text, kind=document.kind, year=document.year, unit=document.unit,
        )

    def _run_plugin(self, impl: Any, document: "Document", context: CheckContext) -> list[Finding]:
        args = {"document": document, "context": context}
        name = impl.plugin_name
        try:
            produced = impl.function(*[args[a] for a in impl.argnames])
            out = []
            for f in produced or ():
                if f.__class__ is Finding and f.plugin in ("", name):
                    # ``plugin`` is the core's to fill: set on the plugin's own finding (a copy of every
                    # finding cost more than this loop); one another plugin stamped (shared) is copied
                    f.__dict__["plugin"] = name
                elif isinstance(f, Finding):
                    f = Finding(f.rule_id, f.severity, f.message, f.start, f.end, f.suggestion, name)
                else:
                    raise TypeError(f"yielded {type(f).__name__} instead of Finding")
                out.append(f)
            return out
        except Exception as exc:  # noqa: BLE001 - isolate every plugin failure
            import traceback  # only when a plugin failed

            frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            where = f" ({os.path.basename(frame.filename)}:{frame.lineno})" if frame else ""
            detail = f"{type(exc).__name__}: {exc}{where}"
            return [Finding(INTERNAL_ERROR.id, INTERNAL_ERROR.severity,
                            msg(f"插件 {name} 运行出错，本文件未完成该插件的检查：{detail}",
                                f"plugin {name} failed on this file, its checks are missing: {detail}"),
                            plugin=name)]

    def check_path(self, path: str, data: Optional[bytes] = None) -> FileResult:
        """Read and check one file; an unreadable file gives a result with ``error`` set."""
        from .readers import ReaderError

        config = self.resolver.for_path(path)
        key = None
        if self.cache is not None:
            from .cache import lookup

            data, key, hit = lookup(self, self.cache, config, path, data)
            if hit is not None:
                return hit
        try:
            document = self.read(path, data, config)
        except ReaderError as exc:
            return FileResult(path=path, error=str(exc))
        result = self.check_document(document, config)
        if key is not None:
            self.cache.put(config, key, result)
            result.cache_key = key
        return result

    # -- walking -------------------------------------------------------------------------

    def expand(self, paths: Iterable[str]) -> Iterator[str]:
        """Expand folders into the report files they contain (sorted, hidden folders skipped)."""
        for path in paths:
            if path == "-" or not os.path.isdir(path):
                yield path
                continue
            config = self.resolver.for_path(os.path.join(path, "_"))
            suffixes = self.suffixes(config)
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.endswith(".egg-info")
                                 and d not in ("node_modules", "__pycache__"))
                excluded = self.resolver.for_path(os.path.join(root, "_")).exclude  # the folder's configuration
                for name in sorted(files):
                    if name.startswith((".", "~$")) or os.path.splitext(name)[1].lower() not in suffixes:
                        continue
                    full = os.path.join(root, name)
                    if excluded and self._excluded(full, excluded):
                        continue
                    yield full

    def _excluded(self, path: str, patterns: tuple[str, ...]) -> bool:
        rel = relative_path(path, self.resolver.for_path(path).root).replace(os.sep, "/")
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(os.path.basename(path), pat) for pat in patterns)

    def run(self, paths: Iterable[str], jobs: int = 1,
            finish: Optional[Callable[[FileResult], FileResult]] = None) -> Iterator[FileResult]:
        """Check every file under ``paths``, yielding results in input order as files finish.

        ``jobs`` > 1 checks files in that many worker processes (see :mod:`fzlint.parallel`).
        ``finish`` is applied to each result where it was made (e.g. to render its output there).
        """
        from .parallel import run_files

        yield from run_files(self, self.expand(paths), jobs, finish)


def check_text(text: str, path: str = "<text>", config: Optional[Config] = None) -> FileResult:
    """Convenience for tests and embedding: check a report given as a string."""
    engine = Engine()
    from .document import Document

    document = Document.from_text(text, path=path)
    return engine.check_document(document, config or Config(root=os.getcwd()))
