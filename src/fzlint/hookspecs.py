"""The pluggy hook specifications: the documented contract between fzlint and its plugins.

Every first-party rule family, reader and output format is a plugin implementing these hooks,
exactly as a third-party package would.  A plugin is a module (or object) with functions
decorated by :data:`hookimpl`::

    from fzlint.hookspecs import hookimpl
    from fzlint.rules import Rule, RuleDoc, msg

    MY_RULE = Rule("mine/no-todo", "hygiene", "warning", "不得残留 TODO", "No TODO left",
                   RuleDoc(what="...", why="...", source="..."))

    @hookimpl
    def fzlint_rules(config):
        return [MY_RULE]

    @hookimpl
    def fzlint_check(document, context):
        for i in range(len(document.text)):
            if document.text.startswith("TODO", i):
                yield MY_RULE.finding(msg("残留 TODO", "TODO left in the text"), i, i + 4)

and is made known through the ``fzlint`` entry-point group in its ``pyproject.toml``::

    [project.entry-points.fzlint]
    mine = "my_package.my_module"

An implementation may accept only some of a hook's arguments (pluggy passes what it names).
``hookimpl`` is pluggy's marker written without pluggy (:mod:`fzlint.markers`), so that the
built-in readers and formats load without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

import pluggy

if TYPE_CHECKING:  # pragma: no cover - imported for type hints only
    from .config import Config
    from .document import Document
    from .engine import CheckContext
    from .formats import Formatter
    from .readers import Reader
    from .rules import Finding, Rule

from .markers import PROJECT_NAME, hookimpl  # noqa: F401 - hookimpl: decorate plugin functions with it

hookspec = pluggy.HookspecMarker(PROJECT_NAME)


@hookspec
def fzlint_rules(config: "Config") -> "Optional[Iterable[Rule]]":
    """Declare the rules this plugin can report.

    Called once per distinct configuration, before any document is checked.  Return every
    rule the plugin may emit (enabled or not: selection is the core's job), each with a
    unique ``family/name`` id, one category, a default severity, a Chinese and an English
    summary and its documentation.  ``config`` lets data-driven plugins (checklists) derive
    their rules from configuration.

    :param config: the effective configuration.
    :return: an iterable of :class:`fzlint.rules.Rule`, or None.
    """


@hookspec
def fzlint_check(document: "Document", context: "CheckContext") -> "Optional[Iterable[Finding]]":
    """Check one document and return (or yield) findings.

    Called once per document for every plugin.  Use ``context.enabled(rule_id)`` to skip
    work for rules that the configuration turned off; findings of disabled rules are dropped
    anyway.  Do not print, do not modify the document, do not cache state across documents
    except immutable data.  An exception is caught by the core and reported as a
    ``fzlint/internal-error`` finding naming the plugin; other plugins' findings stand.

    :param document: the parsed report (text, lines, title, year, headings, sections, tokens).
    :param context: configuration, enabled rules and this run's plugin options.
    :return: an iterable of :class:`fzlint.rules.Finding`, or None.
    """


@hookspec
def fzlint_readers() -> "Optional[Iterable[Reader]]":
    """Return readers for input formats.

    A reader has a ``name``, the file ``suffixes`` it handles (lower case, with the dot) and
    ``read(data: bytes, path: str) -> Document``; it raises :class:`fzlint.readers.ReaderError`
    with a one-line message for unreadable input.  The first reader (in plugin order) whose
    suffixes match a file reads it.

    :return: an iterable of reader objects, or None.
    """


@hookspec
def fzlint_formats() -> "Optional[Iterable[type[Formatter]]]":
    """Return output formats (classes implementing :class:`fzlint.formats.Formatter`).

    Each has a unique ``name`` used by ``--format NAME``; the core instantiates it with the
    output stream and :class:`fzlint.formats.FormatOptions`, calls ``begin()``, ``add(result)``
    for every checked file as it finishes, and ``end(summary)``.

    :return: an iterable of formatter classes, or None.
    """
