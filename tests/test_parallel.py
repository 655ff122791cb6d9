"""--jobs: worker processes give the same findings, in input order, as a single process."""

from __future__ import annotations

import io
import json
import os
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, report

from fzlint import parallel
from fzlint.cache import ResultCache, cacheable
from fzlint.cli import main
from fzlint.config import ConfigResolver
from fzlint.engine import Engine
from fzlint.formats import FormatOptions, Summary
from fzlint.formats.text import TextFormatter
from fzlint.records import replace


def plugin_source(rule_id: str, check_body: str, header: str = "") -> str:
    """The source of a one-rule local plugin whose ``fzlint_check`` runs ``check_body``."""
    return f'''
{header}
from fzlint.hookspecs import hookimpl
from fzlint.rules import Category, Rule, RuleDoc, Severity, msg

RULE = Rule("{rule_id}", Category.HYGIENE, Severity.WARNING, "测试", "test", RuleDoc(what="w", why="y", source="test"))


@hookimpl
def fzlint_rules():
    return [RULE]


@hookimpl
def fzlint_check(document, context):
{textwrap.indent(check_body.strip(), "    ")}
'''


#: a plugin whose checking time varies a lot between files, so workers finish out of order
SLOW_PLUGIN = plugin_source("slow/count", '''
n = document.text.count("次")
time.sleep(0.05 if n % 2 else 0.0)
yield RULE.finding(msg(f"{n}个“次”", f"{n} times"), 0, 1)
''', header="import time")


def project_with_plugin(tmp_path: Path, monkeypatch, name: str, source: str) -> Path:
    """A project folder (the working directory) whose configuration loads the plugin ``name``.py; its reports folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    (tmp_path / ".fzlint.yaml").write_text(f"plugins: [{name}.py]\n", encoding="utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


@pytest.fixture()
def reports(tmp_path, monkeypatch):
    """Twelve small reports with different findings, plus the examples, in a project folder."""
    folder = project_with_plugin(tmp_path, monkeypatch, "slow", SLOW_PLUGIN)
    for i in range(12):
        body = ["一、主要举措和成效"] + [f"开展法治宣传活动{k + 2}次，组织干部学法{k + 1}次。" for k in range(i % 5)]
        (folder / f"{i:02d}.txt").write_text(report(*body), encoding="utf-8")
    for example in sorted((ROOT / "examples").glob("*.txt")):
        (folder / example.name).write_bytes(example.read_bytes())
    return folder


def run_json(*args: str) -> dict:
    """``fzlint check --format json`` in-process."""
    out = Path("out.json")
    main(["check", "--format", "json", "-o", str(out), "--no-cache", *args])
    return json.loads(out.read_text(encoding="utf-8"))


def test_jobs_give_identical_output_in_input_order(reports):
    serial = run_json("-j", "1", "reports")
    pooled = run_json("--jobs", "2", "reports")
    assert serial == pooled
    paths = [f["path"] for f in pooled["files"]]
    assert paths == sorted(paths) and len(paths) == 12 + len(list((ROOT / "examples").glob("*.txt")))
    assert any(f["rule"] == "slow/count" for f in pooled["findings"])


def test_explicit_file_arguments_keep_their_order(reports):
    names = [f"reports/{i:02d}.txt" for i in (7, 3, 11, 0, 5)]
    pooled = run_json("-j", "2", *names)
    assert [f["path"] for f in pooled["files"]] == names


def test_run_files_streams_in_order_with_unreadable_files(reports):
    engine = Engine(ConfigResolver())
    paths = [str(reports / "03.txt"), str(reports / "missing.txt"), str(reports / "01.txt")]
    results = list(parallel.run_files(engine, paths, jobs=2))
    assert [r.path for r in results] == paths
    assert results[1].error and "cannot read" in results[1].error
    assert not results[0].error and not results[2].error


def test_cache_hits_never_start_a_pool(reports, monkeypatch, tmp_path):
    engine = Engine(ConfigResolver(), cache=ResultCache(str(tmp_path / "cache")))
    paths = sorted(str(p) for p in reports.glob("*.txt"))
    first = [r.findings for r in parallel.run_files(engine, paths, jobs=2)]

    def no_pool():
        raise AssertionError("a pool was started although every result was cached")

    monkeypatch.setattr(parallel, "_context", no_pool)
    again = list(parallel.run_files(engine, paths, jobs=2))
    assert all(r.cached for r in again)
    assert [r.findings for r in again] == first


def test_workers_store_their_results_in_the_cache(reports, tmp_path):
    folder = tmp_path / "cache"
    engine = Engine(ConfigResolver(), cache=ResultCache(str(folder)))
    paths = sorted(str(p) for p in reports.glob("*.txt"))
    list(parallel.run_files(engine, paths, jobs=2))
    fresh = Engine(ConfigResolver(), cache=ResultCache(str(folder)))
    assert all(fresh.check_path(p).cached for p in paths)


def test_single_file_runs_in_process(reports, monkeypatch):
    monkeypatch.setattr(parallel, "_context", lambda: pytest.fail("no pool for a single file"))
    results = list(parallel.run_files(Engine(ConfigResolver()), [str(reports / "02.txt")], jobs=4))
    assert len(results) == 1 and not results[0].error


def test_jobs_must_be_a_positive_number(reports, capsys):
    for bad in ("0", "-2", "many"):
        with pytest.raises(SystemExit) as exc:
            main(["check", "--jobs", bad, "reports"])
        assert exc.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_default_jobs_is_the_number_of_usable_cores():
    n = parallel.default_jobs()
    assert 1 <= n <= (os.cpu_count() or 1)


def test_spawned_workers_give_the_same_results(reports, monkeypatch):
    """macOS and Windows spawn workers instead of forking: they must rebuild everything."""
    paths = sorted(str(p) for p in reports.glob("*.txt"))[:5]
    serial = [(r.path, r.findings) for r in parallel.run_files(Engine(ConfigResolver()), paths, jobs=1)]
    monkeypatch.setattr(parallel, "_start_method", lambda: "spawn")
    spawned = [(r.path, r.findings) for r in parallel.run_files(Engine(ConfigResolver()), paths, jobs=2)]
    assert spawned == serial


#: a plugin that kills the worker process checking a report named *die* (never the main process)
DYING_PLUGIN = plugin_source("dying/mark", '''
if "die" in document.path and os.getpid() != MAIN:
    os._exit(3)
yield RULE.finding(msg("标记", "mark"), 0, 1)
''', header="import os\nMAIN = os.getpid()  # imported by the main process before it forks its workers")


def test_a_worker_that_dies_has_its_files_checked_in_the_main_process(tmp_path, monkeypatch):
    folder = project_with_plugin(tmp_path, monkeypatch, "dying", DYING_PLUGIN)
    for i in range(10):
        name = f"{i:02d}-die.txt" if i in (4, 7) else f"{i:02d}.txt"
        (folder / name).write_text(report("一、主要举措和成效", f"开展法治宣传活动{i + 2}次。"), encoding="utf-8")
    serial = run_json("--jobs", "1", "reports")
    pooled = run_json("--jobs", "2", "reports")
    assert pooled == serial
    assert sum(f["rule"] == "dying/mark" for f in pooled["findings"]) == 10


def test_a_prerendered_result_is_counted_not_carried(tmp_path):
    """What a worker sends back for text output: the rendered text and the counts, not every finding."""
    engine = Engine(ConfigResolver())
    result = engine.check_path(str(ROOT / "examples" / "2025年度法治政府建设情况报告.txt"))
    assert len(result.findings) > 5
    formatter = TextFormatter(io.StringIO(), FormatOptions())
    slim = formatter.prerendered(result)
    assert slim.findings == [] and slim.text == "" and slim.rendered == formatter.render(result)
    assert Summary.counts(slim) == Summary.counts(result) and cacheable(slim)
    failed = engine.check_document(engine.read(str(tmp_path / "x.txt"), "一、甲\n".encode()),
                                   engine.resolver.for_path(str(tmp_path / "x.txt")))
    failed.findings.append(replace(result.findings[0], rule_id="fzlint/internal-error"))
    kept = formatter.prerendered(failed)
    assert [f.rule_id for f in kept.findings] == ["fzlint/internal-error"] and not cacheable(kept)


def test_tasks_get_smaller_towards_the_end():
    sizes = [parallel._batch_size(left, 2) for left in (500, 128, 64, 32, 16, 1)]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == parallel.MAX_BATCH and sizes[-1] == 1


#: a plugin that reports which process checked each report (and is slow enough for the main process to help)
PID_PLUGIN = plugin_source("pid/mark", '''
time.sleep(0.01)
yield RULE.finding(msg(str(os.getpid()), str(os.getpid())), 0, 1)
''', header="import os, time")


def test_the_main_process_checks_files_too(tmp_path, monkeypatch):
    """--jobs N is N processes checking: N - 1 workers, and the main process whenever they have work queued."""
    folder = project_with_plugin(tmp_path, monkeypatch, "pids", PID_PLUGIN)
    for i in range(40):
        (folder / f"{i:02d}.txt").write_text(report("一、主要举措和成效", f"开展法治宣传活动{i + 2}次。"), encoding="utf-8")
    started = []
    real = parallel._Workers.__init__
    monkeypatch.setattr(parallel._Workers, "__init__", lambda self, count, setup: started.append(count) or
                        real(self, count, setup))
    pooled = run_json("--jobs", "2", "--select", "pid", "reports")
    pids = {f["message"] for f in pooled["findings"]}
    assert started == [1] and str(os.getpid()) in pids and len(pids) == 2
    assert [f["path"] for f in pooled["findings"]] == sorted(f["path"] for f in pooled["findings"])
