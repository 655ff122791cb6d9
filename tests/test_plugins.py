"""The plugin system: entry points, --plugin, disabled plugins, check_pending, failure isolation."""

from __future__ import annotations

import importlib
import json
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pluggy
import pytest

from fzlint import hookspecs
from fzlint.entrypoints import group_entries
from fzlint.plugins import PluginError, PluginHost, _manager_class

from conftest import ROOT, run_cli

GOOD_PLUGIN = '''
from fzlint.hookspecs import hookimpl
from fzlint.rules import Rule, RuleDoc, msg

RULE = Rule("local/no-todo", "hygiene", "warning", "残留待办标记", "TODO marker left",
            RuleDoc(what="TODO left in the text.", why="Drafts must be finished.", source="test"))

@hookimpl
def fzlint_rules():
    return [RULE]

@hookimpl
def fzlint_check(document):
    i = document.text.find("TODO")
    while i >= 0:
        yield RULE.finding(msg("残留 TODO", "TODO left"), i, i + 4)
        i = document.text.find("TODO", i + 1)
'''

RAISING_PLUGIN = '''
from fzlint.hookspecs import hookimpl

@hookimpl
def fzlint_check(document, context):
    raise RuntimeError("boom")
'''

UNKNOWN_HOOK_PLUGIN = '''
from fzlint.hookspecs import hookimpl

@hookimpl
def fzlint_not_a_hook(document):
    return []
'''


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("某镇2024年度法治政府建设情况报告\n\n县委、县政府：\nTODO 补充数据。\n"
                    "（一）甲\n（三）乙\n", encoding="utf-8")
    return path


def test_first_party_plugins_register_through_the_entry_point_group():
    names = {ep.name for ep in entry_points(group="fzlint")}
    assert {"headings", "punctuation", "numbers", "wording", "terminology", "hygiene", "checklist"} <= names
    host = PluginHost()
    assert "headings" in host.plugin_names


def test_local_plugin_file_findings_are_reported(tmp_path, report_file):
    plugin = tmp_path / "todo_plugin.py"
    plugin.write_text(GOOD_PLUGIN, encoding="utf-8")
    proc = run_cli("check", str(report_file), "--plugin", str(plugin), "--format", "json")
    data = json.loads(proc.stdout)
    assert "local/no-todo" in {f["rule"] for f in data["findings"]}
    assert proc.returncode == 1


def test_plugin_from_config_file(tmp_path, report_file):
    (tmp_path / "todo_plugin.py").write_text(GOOD_PLUGIN, encoding="utf-8")
    (tmp_path / ".fzlint.yaml").write_text("plugins: [todo_plugin.py]\n", encoding="utf-8")
    proc = run_cli("check", str(report_file), "--format", "json", cwd=tmp_path)
    assert "local/no-todo" in {f["rule"] for f in json.loads(proc.stdout)["findings"]}


def test_raising_plugin_becomes_internal_error_and_others_stand(tmp_path, report_file):
    plugin = tmp_path / "broken.py"
    plugin.write_text(RAISING_PLUGIN, encoding="utf-8")
    proc = run_cli("check", str(report_file), "--plugin", str(plugin), "--format", "json")
    assert "Traceback" not in proc.stderr
    rules = [f["rule"] for f in json.loads(proc.stdout)["findings"]]
    assert "fzlint/internal-error" in rules
    internal = [f for f in json.loads(proc.stdout)["findings"] if f["rule"] == "fzlint/internal-error"][0]
    assert "broken" in internal["message"] and "boom" in internal["message"]
    assert "heading/sequence" in rules  # the first-party plugin's finding is still there


def test_unknown_hook_implementation_is_rejected(tmp_path, report_file):
    plugin = tmp_path / "unknown_hook.py"
    plugin.write_text(UNKNOWN_HOOK_PLUGIN, encoding="utf-8")
    with pytest.raises(PluginError, match="fzlint_not_a_hook"):
        PluginHost(extra=[str(plugin)])
    proc = run_cli("check", str(report_file), "--plugin", str(plugin))
    assert proc.returncode == 2 and "fzlint_not_a_hook" in proc.stderr and "Traceback" not in proc.stderr


def test_disable_plugin_by_name(report_file):
    proc = run_cli("check", str(report_file), "--disable-plugin", "headings", "--format", "json")
    assert not [f for f in json.loads(proc.stdout)["findings"] if f["rule"].startswith("heading/")]
    rules = run_cli("rules", "--disable-plugin", "headings").stdout
    assert "heading/sequence" not in rules


def test_plugin_that_fails_to_import_gives_a_clear_error(tmp_path, report_file):
    plugin = tmp_path / "bad_import.py"
    plugin.write_text("import does_not_exist_anywhere\n", encoding="utf-8")
    proc = run_cli("check", str(report_file), "--plugin", str(plugin))
    assert proc.returncode == 2
    assert "bad_import" in proc.stderr and "Traceback" not in proc.stderr


def test_duplicate_rule_ids_are_rejected(tmp_path):
    (tmp_path / "dup.py").write_text(textwrap.dedent('''
        from fzlint.hookspecs import hookimpl
        from fzlint.rules import Rule, RuleDoc
        @hookimpl
        def fzlint_rules():
            return [Rule("heading/sequence", "structure", "error", "重复", "dup", RuleDoc("x", "y"))]
    '''), encoding="utf-8")
    host = PluginHost(extra=[str(tmp_path / "dup.py")])
    from fzlint.config import Config
    with pytest.raises(PluginError, match="declared twice"):
        host.rules(Config(root=str(ROOT)))


FORMAT_PLUGIN = '''
from fzlint.formats import Formatter
from fzlint.hookspecs import hookimpl


class Lines(Formatter):
    name = "lines"
    description = "one line per finding"

    def add(self, result):
        for f in result.findings:
            self.stream.write(f"{result.path}|{f.rule_id}\\n")


@hookimpl
def fzlint_formats():
    return [Lines]
'''


def test_a_plugin_can_add_a_format(tmp_path):
    from conftest import report, run_cli

    (tmp_path / "fmt.py").write_text(FORMAT_PLUGIN, encoding="utf-8")
    (tmp_path / "r.txt").write_text(report("一、主要举措和成效", "全年开展普法宣传活动12场次。。"), encoding="utf-8")
    proc = run_cli("check", "--plugin", "fmt.py", "--format", "lines", "r.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "r.txt|punctuation/" in proc.stdout


def test_first_party_plugins_provide_no_readers_or_formats():
    """Why a run without other plugins may take readers and formats from the built-in ones alone."""
    import importlib

    from fzlint.entrypoints import group_entries

    for entry in group_entries("fzlint"):
        if entry.dist.lower() == "fzlint":
            module = importlib.import_module(entry.value)
            assert not hasattr(module, "fzlint_readers") and not hasattr(module, "fzlint_formats"), entry.name


def test_the_built_in_readers_and_formats_come_without_pluggy(monkeypatch, tmp_path):
    """With only fzlint's own plugins, readers and formats are the built-in plugins', read without a plugin host."""
    from fzlint import iohost, plugins
    from fzlint.config import Config
    from fzlint.entrypoints import only_first_party

    config = Config(disable_plugins=("example",))
    if not only_first_party(config):
        pytest.skip("another distribution's plugin is installed")
    monkeypatch.setattr(iohost, "_BUILTIN", {})
    monkeypatch.setattr(plugins, "_HOSTS", {})
    light = iohost.io_host(config)
    assert isinstance(light, iohost.BuiltinIO) and plugins._HOSTS == {}
    full = plugins.host_for(config)
    def kinds(readers):
        return {suffix: type(reader) for suffix, reader in readers.items()}

    assert kinds(light.readers()) == kinds(full.readers()) and light.formats() == full.formats()
    assert light.suffixes() == full.suffixes() == tuple(sorted(full.readers()))
    # a disabled built-in plugin is left out in both
    no_html = Config(disable_plugins=("example", "format-html", "reader-md"))
    light, full = iohost.io_host(no_html), plugins.host_for(no_html)
    assert "html" not in light.formats() and light.formats() == full.formats()
    assert ".md" not in light.suffixes() and light.suffixes() == full.suffixes()
    # another distribution's plugin may bring readers and formats: then the plugin host answers
    (tmp_path / "local_rules.py").write_text(GOOD_PLUGIN, encoding="utf-8")
    other = Config(root=str(tmp_path), plugins=(str(tmp_path / "local_rules.py"),), disable_plugins=("example",))
    assert isinstance(iohost.io_host(other), PluginHost)


def test_the_built_in_tables_are_what_the_readers_read_and_the_formats_write():
    import importlib

    from fzlint.iohost import BUILTIN_PLUGINS, BUILTIN_PROVIDES

    assert set(BUILTIN_PROVIDES) == {name for name, _module in BUILTIN_PLUGINS}
    for name, module in BUILTIN_PLUGINS:
        plugin = importlib.import_module(module)
        suffixes = [s for reader in getattr(plugin, "fzlint_readers", lambda: [])() for s in reader.suffixes]
        formats = [cls.name for cls in getattr(plugin, "fzlint_formats", lambda: [])()]
        assert tuple(suffixes or formats) == BUILTIN_PROVIDES[name], name
        assert not (suffixes and formats) and name.startswith("reader-" if suffixes else "format-"), name


def test_the_marker_marks_as_pluggys_does():
    """fzlint's pluggy-free hookimpl stores exactly what pluggy.HookimplMarker stores."""
    from fzlint.hookspecs import hookimpl
    from fzlint.markers import IMPL_ATTRIBUTE

    reference = pluggy.HookimplMarker(hookspecs.PROJECT_NAME)
    for options in ({}, {"tryfirst": True}, {"trylast": True, "specname": "fzlint_check"},
                    {"hookwrapper": True}, {"wrapper": True, "optionalhook": True}):
        def ours(): ...
        def theirs(): ...
        marked = hookimpl(**options)(ours) if options else hookimpl(ours)
        assert marked is ours
        (reference(**options) if options else reference)(theirs)
        assert getattr(ours, IMPL_ATTRIBUTE) == getattr(theirs, IMPL_ATTRIBUTE), options


SPECNAME_PLUGIN = '''
import os
from os import getcwd
from fzlint.hookspecs import hookimpl
from fzlint.rules import Rule

CONSTANT = 3


def helper():
    return 1


@hookimpl(specname="fzlint_rules")
def declare(config):
    return []


class Box:
    @staticmethod
    @hookimpl
    def fzlint_check(document, context):
        return []
'''


def _impls(pm):
    return sorted((hook, impl.plugin_name, impl.function.__name__)
                  for hook in ("fzlint_rules", "fzlint_check", "fzlint_readers", "fzlint_formats")
                  for impl in getattr(pm.hook, hook).get_hookimpls())


def test_the_plugin_manager_finds_what_pluggy_finds(tmp_path):
    """The fast path of parse_hookimpl_opts skips only what pluggy itself would skip."""
    (tmp_path / "specname_plugin.py").write_text(SPECNAME_PLUGIN, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("specname_plugin")
        plugins = [(ep.name, ep.load()) for ep in group_entries("fzlint")]
        plugins += [("specname", module), ("box", module.Box)]
        found = []
        for manager in (pluggy.PluginManager, _manager_class()):
            pm = manager(hookspecs.PROJECT_NAME)
            pm.add_hookspecs(hookspecs)
            for name, plugin in plugins:
                pm.register(plugin, name=name)
            found.append(_impls(pm))
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("specname_plugin", None)
    assert found[0] == found[1]
    assert ("fzlint_rules", "specname", "declare") in found[1]
    assert ("fzlint_check", "box", "fzlint_check") in found[1]
    assert len(found[1]) >= 10


def test_every_first_party_rule_plugin_declares_and_checks_through_hooks():
    """A rule module whose ``fzlint_check`` lost its marker (or whose marker moved to a helper) would
    declare its rules and silently never report them."""
    import importlib
    import inspect

    import fzlint_plugins
    from fzlint.markers import IMPL_ATTRIBUTE

    folder = Path(fzlint_plugins.__file__).parent
    for path in sorted(folder.glob("*.py")):
        module = importlib.import_module(f"fzlint_plugins.{path.stem}")
        if not hasattr(module, "fzlint_rules"):
            continue
        marked = {name for name, obj in inspect.getmembers(module, inspect.isfunction)
                  if hasattr(obj, IMPL_ATTRIBUTE) and obj.__module__ == module.__name__}
        assert marked == {"fzlint_rules", "fzlint_check"}, (path.name, marked)


def test_every_bundled_plugin_and_its_data_load_and_run_on_the_example():
    """A slip in a bundled data file (an invalid regex, a variable-width look-behind) shows as fzlint/internal-error."""
    from conftest import findings

    example = Path(__file__).resolve().parent.parent / "examples" / "2025年度法治政府建设情况报告.txt"
    errors = [f.message.text("en") for f in findings(example.read_text(encoding="utf-8"))
              if f.rule_id == "fzlint/internal-error"]
    assert errors == []
