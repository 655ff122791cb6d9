"""The ``fzlint`` command: parses flags and hands work to the engine and formatters, nothing else.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something was found; 2 usage error,
invalid configuration or plugin, or unreadable input (one line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Callable, Iterator, NoReturn, Optional, Sequence

from . import __version__
from .rules import Severity

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


def _split(values: Optional[list[str]]) -> Optional[tuple[str, ...]]:
    if values is None:
        return None
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _severity_overrides(values: Optional[list[str]]) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for item in values or ():
        rule, sep, level = item.partition("=")
        if not sep:
            raise UsageError(f"--severity expects RULE=LEVEL, got {item!r}")
        try:
            out[rule.strip()] = Severity.parse(level.strip())
        except ValueError as exc:
            raise UsageError(f"--severity {item}: {exc}") from None
    return out


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with the terminal measured once per process.

    argparse makes a formatter for every argument it declares (to check its metavar) and each
    one asks ``shutil`` for the terminal size: an import and a system call per option, on every
    run, for help that is rarely printed.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: Optional[int] = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, width or _terminal_columns())


@lru_cache(maxsize=1)
def _terminal_columns() -> int:
    """The terminal width as ``shutil.get_terminal_size`` finds it ($COLUMNS, stdout's size, else 80).

    Without importing ``shutil`` (and with it ``bz2``, ``lzma``, ``fnmatch``) on every run.
    """
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("zh", "en"), help="message language (default: zh)")
    parser.add_argument("--config", metavar="FILE", help="use this configuration file instead of discovery")
    parser.add_argument("--plugin", action="append", default=[], metavar="MODULE_OR_PATH",
                        help="load an extra plugin (module name or .py file); repeatable")
    parser.add_argument("--disable-plugin", action="append", default=[], metavar="NAME",
                        help="do not load the plugin NAME; repeatable")
    parser.add_argument("--checklist", action="append", metavar="ID_OR_PATH",
                        help="run this checklist instead of the configured ones; repeatable")


def _check_options(check: argparse.ArgumentParser) -> None:
    _common_options(check)
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", default="text", metavar="NAME",
                       help="output format: text (default), json, sarif, html, summary (a table of the "
                            "reports and the count of every rule), or one added by a plugin")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--select", action="append", metavar="RULES", help="only these rule ids or families")
    check.add_argument("--ignore", action="append", metavar="RULES", help="skip these rule ids or families")
    check.add_argument("--severity", action="append", metavar="RULE=LEVEL",
                       help="override a rule's (or family's) severity; repeatable")
    check.add_argument("--fail-on", choices=("error", "warning", "info"),
                       help="lowest severity that makes the exit code 1 (default: warning)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems are found")
    check.add_argument("--no-color", action="store_true", help="never colour the text output")
    check.add_argument("--stdin-filename", metavar="NAME", help="the name to report for input read from -")
    check.add_argument("--baseline", metavar="FILE",
                       help="report only findings not recorded in this baseline (see --write-baseline)")
    check.add_argument("--write-baseline", metavar="FILE",
                       help="record every current finding in FILE (exit code 0) to adopt fzlint on old reports")
    check.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                       help="check files in N worker processes (default: the number of cores; 1: no workers)")
    fixing = check.add_mutually_exclusive_group()
    fixing.add_argument("--fix", action="store_true",
                        help="apply the suggested fixes of fixable findings at or above --fail-on "
                             "(.txt and .md files), then report what is left")
    fixing.add_argument("--diff", action="store_true",
                        help="print the changes --fix would make as a unified diff and change no file "
                             "(exit 1 when there are some)")
    check.add_argument("--no-cache", action="store_true",
                       help="do not read or write the result cache (also: FZLINT_NO_CACHE=1)")
    check.add_argument("--cache-dir", metavar="DIR",
                       help="result cache folder (default: .fzlint_cache in the project root; "
                            "also: FZLINT_CACHE_DIR)")


def _rules_options(rules: argparse.ArgumentParser) -> None:
    _common_options(rules)
    rules.add_argument("--format", choices=("text", "json"), default="text")


def _explain_options(explain: argparse.ArgumentParser) -> None:
    _common_options(explain)
    explain.add_argument("rule", metavar="RULE-ID")


def _checklist_options(checklist: argparse.ArgumentParser) -> None:
    actions = checklist.add_subparsers(dest="checklist_command", metavar="ACTION", required=True)
    validate = actions.add_parser("validate", help="validate checklist files (exit 0 valid, 2 invalid)",
                                  formatter_class=_HelpFormatter)
    validate.add_argument("files", nargs="+", metavar="FILE")


#: subcommand -> (help, declaration of its options)
SUBCOMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "check": ("check reports (files or folders, - for stdin)", _check_options),
    "rules": ("list every rule", _rules_options),
    "explain": ("explain a rule", _explain_options),
    "checklist": ("work with YAML checklists", _checklist_options),
}


def build_parser(command: Optional[str] = None) -> argparse.ArgumentParser:
    """The argument parser; with ``command``, only that subcommand's options are declared.

    Declaring every option of every subcommand costs a pre-commit run more than parsing its
    arguments; the other subcommands stay listed (``fzlint --help`` shows them all).
    """
    parser = argparse.ArgumentParser(
        prog="fzlint",
        description="法治政府建设年度报告检查工具 / linter for rule-of-law government annual reports",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"fzlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, declare) in SUBCOMMANDS.items():
        subparser = sub.add_parser(name, help=help_text, formatter_class=_HelpFormatter)
        if command is None or command == name:
            declare(subparser)
    return parser


def _resolver(args: argparse.Namespace):
    from .config import ConfigResolver, Overrides

    overrides = Overrides(
        select=_split(getattr(args, "select", None)),
        ignore=_split(getattr(args, "ignore", None)),
        severity=_severity_overrides(getattr(args, "severity", None)),
        plugins=tuple(args.plugin),
        disable_plugins=tuple(args.disable_plugin),
        checklists=tuple(args.checklist) if args.checklist else None,
        fail_on=Severity.parse(args.fail_on) if getattr(args, "fail_on", None) else None,
        lang=args.lang,
    )
    return ConfigResolver(overrides, args.config)


def cmd_check(args: argparse.Namespace) -> int:
    """``fzlint check``: check files and print findings."""
    from .engine import Engine, enabled_rules
    from .formats import FormatOptions, LazyIds, LazyRules, Summary
    from .iohost import io_host

    resolver = _resolver(args)
    engine = Engine(resolver, cache=_cache(args))
    base = resolver.for_path(args.paths[0] if args.paths[0] != "-" else None)
    # with the result cache, the formats come from the built-in plugins until a file needs checking
    formats = (io_host(base) if engine.cache is not None else engine.host(base)).formats()
    if args.format not in formats:
        raise UsageError(f"unknown format {args.format!r} (available: {', '.join(sorted(formats))})")
    for p in args.paths:
        if p != "-" and not os.path.exists(p):
            raise UsageError(f"{p}: no such file or folder")
    if (args.fix or args.diff) and "-" in args.paths:
        raise UsageError(f"{'--fix' if args.fix else '--diff'} works on files, not on standard input")
    if args.diff:
        return _show_fixes(engine, args, base.lang)

    from .baseline import BaselineError, load_optional, write_baseline

    try:
        baseline = load_optional(args.baseline)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None
    recorded = []
    with _output(args) as out:
        color = (not args.output and not args.no_color and "NO_COLOR" not in os.environ
                 and hasattr(out, "isatty") and out.isatty())
        # rules are loaded only if the format asks (and files need checking): a fully cached run loads none
        options = FormatOptions(lang=base.lang, rules=LazyRules(lambda: engine.all_rules(base)), color=color,
                                tool_version=__version__,
                                enabled=LazyIds(lambda: enabled_rules(engine.all_rules(base), base, None)))
        formatter = formats[args.format](out, options)
        summary = Summary()
        failed_read = False
        formatter.begin()
        # plain text output is rendered where each file is checked (a worker), and replayed from the cache
        prerender = _prerenderable(formatter, args, baseline)
        engine.fingerprints = not prerender  # plain text shows none (the cache, if on, still stores them)
        replayable = prerender and engine.cache is not None and "-" not in args.paths
        replayed = recorder = None
        if replayable:
            from .replay import Recorder, replay

            replayed = replay(engine, args.paths, formatter)
            recorder = Recorder(engine, formatter) if replayed is None else None
        for counts in replayed or ():
            summary.add_counts(counts)
        finish = formatter.prerendered if prerender else None
        fixer = _fixer(engine, args)
        for result in () if replayed is not None else _results(engine, args, finish):
            if result.error:
                failed_read = True
                print(f"fzlint: {result.error}", file=sys.stderr)
            if fixer is not None:
                result = _fixed(fixer, result)
            if args.write_baseline:
                recorded.append(result)
            if baseline is not None:
                result = baseline.filter(result)
            summary.add(result)
            if prerender:
                text = result.rendered if result.rendered is not None else formatter.render(result)
                formatter.write(text)
                if recorder is not None:
                    recorder.store(result, text)
            else:
                formatter.add(result)
        formatter.end(summary)
        if recorder is not None:
            recorder.finish()
    if engine.cache is not None:  # after the output: nobody waits for it
        engine.cache.save_file_states()
        engine.cache.prune()
    if fixer is not None:
        _fix_summary(fixer, base.lang, wrote=True)
    if baseline is not None and baseline.fixed and not args.write_baseline:
        print(f"fzlint: {baseline.fixed} finding(s) of the baseline no longer occur; "
              "refresh it with --write-baseline", file=sys.stderr)
    if args.write_baseline:
        try:
            n = write_baseline(args.write_baseline, recorded, __version__)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
        print(f"fzlint: recorded {n} finding(s) in {args.write_baseline}", file=sys.stderr)
    if failed_read:
        return EXIT_ERROR
    if args.exit_zero or args.write_baseline:
        return EXIT_OK
    return EXIT_FOUND if summary.reached(base.fail_on) else EXIT_OK


def _prerenderable(formatter: Any, args: argparse.Namespace, baseline: Any) -> bool:
    """True when each file's output is a block of plain text made from its result alone.

    Such output can be rendered in the worker that checked the file and stored in the result
    cache for replay (:mod:`fzlint.replay`).  Not with a baseline (it filters results first).
    """
    from .formats.text import TextFormatter

    return (type(formatter) is TextFormatter and formatter.plain and baseline is None and not args.write_baseline
            and not args.fix)


@contextmanager
def _output(args: argparse.Namespace) -> Iterator[Any]:
    """The stream a report is written to: ``--output FILE`` (closed afterwards), else stdout."""
    if not args.output:
        yield sys.stdout
        return
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        yield out


def _fixer(engine: Any, args: argparse.Namespace) -> Any:
    """The :class:`~fzlint.fixes.Fixer` of a ``--fix`` or ``--diff`` run, else None."""
    if not (args.fix or args.diff):
        return None
    from .fixes import Fixer

    return Fixer(engine, write=args.fix)


def _fixed(fixer: Any, result: Any, diffs: Optional[list[str]] = None) -> Any:
    """``result`` after fixing its file (its diff appended to ``diffs``); a file that cannot be
    fixed safely is left as it was, with a message on stderr."""
    from .fixes import FixError

    try:
        fixed, diff = fixer.fix(result)
    except FixError as exc:
        print(f"fzlint: {exc}", file=sys.stderr)
        return result
    if diffs is not None and diff:
        diffs.append(diff)
    return fixed


def _show_fixes(engine: Any, args: argparse.Namespace, lang: str) -> int:
    """``fzlint check --diff``: the unified diff of every fix, no file changed (exit 1 when there are some)."""
    fixer = _fixer(engine, args)
    failed_read = False
    with _output(args) as out:
        for result in _results(engine, args):
            if result.error:
                failed_read = True
                print(f"fzlint: {result.error}", file=sys.stderr)
            diffs: list[str] = []
            _fixed(fixer, result, diffs)
            for diff in diffs:
                out.write(diff)
            out.flush()
    _fix_summary(fixer, lang, wrote=False)
    if failed_read:
        return EXIT_ERROR
    return EXIT_FOUND if fixer.files and not args.exit_zero else EXIT_OK


def _fix_summary(fixer: Any, lang: str, wrote: bool) -> None:
    """One line on stderr: how many fixes were made (or would be), and the files left to their authors."""
    if fixer.edits or wrote:
        if lang == "en":
            verb = "fixed" if wrote else "would fix"
            print(f"fzlint: {verb} {fixer.edits} problem(s) in {fixer.files} file(s)", file=sys.stderr)
        else:
            verb = "已修复" if wrote else "可自动修复"
            print(f"fzlint: {verb} {fixer.edits} 处问题（{fixer.files} 个文件）", file=sys.stderr)
    if fixer.not_editable:
        names = ", ".join(fixer.not_editable)
        if lang == "en":
            print(f"fzlint: Word files are never rewritten, fix these in Word: {names}", file=sys.stderr)
        else:
            print(f"fzlint: 不会自动改写 Word 文件，请在 Word 中修改：{names}", file=sys.stderr)


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs must be at least 1")
    return n


def _cache(args: argparse.Namespace):
    """The result cache for this run, or None (``--no-cache``, ``FZLINT_NO_CACHE``)."""
    from .cache import ResultCache, cache_disabled_by_env

    if args.no_cache or cache_disabled_by_env():
        return None
    return ResultCache(args.cache_dir or os.environ.get("FZLINT_CACHE_DIR") or None)


def _results(engine, args: argparse.Namespace, finish: Any = None):
    from .parallel import default_jobs

    jobs = args.jobs or default_jobs()
    files: list[str] = []
    for path in [*args.paths, None]:  # None: the end
        if path is not None and path != "-":
            files.append(path)
            continue
        if files:  # every file path up to here, in one (possibly parallel) run
            yield from engine.run(files, jobs=jobs, finish=finish)
            files = []
        if path == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
            yield engine.check_path(args.stdin_filename or "-", data)


def cmd_rules(args: argparse.Namespace) -> int:
    """``fzlint rules``: list every rule with its category, severity and summary."""
    import json

    from .engine import Engine

    resolver = _resolver(args)
    config = resolver.for_path(None)
    rules = Engine(resolver).all_rules(config)
    lang = config.lang
    if args.format == "json":
        json.dump([{"id": r.id, "category": r.category.value, "severity": r.severity.value,
                    "summary": r.summary(lang), "fixable": r.fixable, "plugin": r.plugin}
                   for r in sorted(rules.values(), key=lambda r: r.id)],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    width = max(len(r) for r in rules)
    for rule in sorted(rules.values(), key=lambda r: r.id):
        fix = " [fix]" if rule.fixable else ""
        print(f"{rule.id:<{width}}  {rule.category.value:<11}  {rule.severity.value:<7}  {rule.summary(lang)}{fix}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    """``fzlint explain RULE``: what a rule checks, why, examples and its source."""
    from .engine import Engine

    resolver = _resolver(args)
    config = resolver.for_path(None)
    rules = Engine(resolver).all_rules(config)
    rule = rules.get(args.rule)
    if rule is None:
        close = [r for r in sorted(rules) if args.rule in r]
        hint = f"; did you mean {', '.join(close[:5])}?" if close else "; see 'fzlint rules'"
        raise UsageError(f"unknown rule {args.rule!r}{hint}")
    print(f"{rule.id}: {rule.summary_zh} / {rule.summary_en}")
    print(f"category: {rule.category.value}   default severity: {rule.severity.value}   "
          f"fixable: {'yes' if rule.fixable else 'no'}   plugin: {rule.plugin or 'fzlint'}")
    for heading, body in rule.doc.sections():
        print(f"\n## {heading}\n")
        print(body)
    return EXIT_OK


def cmd_checklist(args: argparse.Namespace) -> int:
    """``fzlint checklist validate FILE...``: validate checklists against the schema and compile them."""
    from .checklist import ChecklistError, validate_file

    status = EXIT_OK
    for path in args.files:
        try:
            checklist = validate_file(path)
        except ChecklistError as exc:
            print(f"fzlint: {exc}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        print(f"{path}: valid checklist {checklist.id!r} ({len(checklist.items)} items)")
    return status


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "explain": cmd_explain, "checklist": cmd_checklist}


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``fzlint`` console script."""
    # Start-up and checking allocate many objects and free few cyclic ones: collecting the young
    # generation every 700 allocations (the default) costs a few percent of a run for nothing.
    gc.set_threshold(50_000, 20, 20)
    from .config import ConfigError
    from .plugins import PluginError

    if isinstance(sys.stdout, io.TextIOWrapper) and (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        try:
            sys.stdout.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments[0] if arguments and arguments[0] in SUBCOMMANDS else None)
    args = parser.parse_args(arguments)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    try:
        return COMMANDS[args.command](args)
    except (UsageError, ConfigError, PluginError) as exc:
        print(f"fzlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("fzlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError as exc:
        if not getattr(args, "output", None):
            return EXIT_OK  # the reader of the output went away (fzlint check … | head): stop quietly
        print(f"fzlint: internal error: {type(exc).__name__}: {exc} (set FZLINT_DEBUG=1 for details)",
              file=sys.stderr)  # the output goes to a file: this pipe is another one, and it broke
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - never show a traceback to an official
        if os.environ.get("FZLINT_DEBUG"):
            raise
        print(f"fzlint: internal error: {type(exc).__name__}: {exc} (set FZLINT_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_ERROR


def run() -> NoReturn:
    """The ``fzlint`` command (console script, ``python -m fzlint``): :func:`main`, then a quick exit.

    A normal interpreter exit tears down every module and object of the run, some 14 ms of a
    one-report check (a sixth of it, paid on every pre-commit run).  Once ``main`` has returned
    (every file it wrote is closed), the ``atexit`` handlers have run (the start-up caches are
    saved there) and stdout and stderr are flushed, nothing of that teardown is needed, so the
    process ends with :func:`os._exit`; it exits normally when a plugin left a thread running.
    """
    try:
        code: Any = main()
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = EXIT_FOUND
    import atexit

    threading = sys.modules.get("threading")
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None or (threading is not None and threading.active_count() > 1):
        raise SystemExit(code)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass  # the reader went away or the stream is closed: nothing left to write there
    os._exit(code)
