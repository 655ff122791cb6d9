"""The result cache: hits on unchanged input, misses on any change, never breaks a run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fzlint.cache import CACHE_DIR_NAME, ResultCache, iter_entries
from fzlint.cli import main
from fzlint.config import ConfigResolver
from fzlint.engine import Engine

from conftest import report, run_cli

#: a local plugin that counts how often it checks a document (in a file next to it)
COUNTING_PLUGIN = '''
import os
from fzlint.hookspecs import hookimpl
from fzlint.rules import Category, Rule, RuleDoc, Severity, msg

RULE = Rule("counting/long-line", Category.HYGIENE, Severity.WARNING, "行过长", "Line too long",
            RuleDoc(what="w", why="y", source="test"))
COUNTER = os.path.join(os.path.dirname(__file__), "calls.txt")


@hookimpl
def fzlint_rules():
    return [RULE]


@hookimpl
def fzlint_check(document, context):
    with open(COUNTER, "a") as fh:
        fh.write("x")
    for i, line in enumerate(document.lines):
        if len(line) > LIMIT:
            start = document.line_starts[i]
            yield RULE.finding(msg(f"第{i + 1}行过长", f"line {i + 1} is too long"), start, start + len(line))

LIMIT = 40
'''


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A project folder with a config, a counting plugin and two reports; cache enabled."""
    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    monkeypatch.delenv("FZLINT_CACHE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "counting.py").write_text(COUNTING_PLUGIN, encoding="utf-8")
    (tmp_path / ".fzlint.yaml").write_text("plugins: [counting.py]\n", encoding="utf-8")
    docs = tmp_path / "reports"
    docs.mkdir()
    (docs / "a.txt").write_text(report(
        "一、主要举措和成效",
        "全年召开党委会专题研究法治政府建设4次，对12件重大行政决策事项全部进行合法性审查，规范性文件备案审查率达到100%。",
    ), encoding="utf-8")
    (docs / "b.txt").write_text(report("一、主要举措和成效", "开展普法宣传活动26次。"), encoding="utf-8")
    return tmp_path


def calls(project: Path) -> int:
    """How many documents the counting plugin has checked so far."""
    counter = project / "calls.txt"
    return len(counter.read_text()) if counter.exists() else 0


def check_json(*args: str) -> tuple[int, dict]:
    """Run ``fzlint check --format json`` in-process and return (exit code, JSON object)."""
    out = Path("out.json")
    rc = main(["check", "--format", "json", "-o", str(out), "-j", "1", "--select", "counting", *args])
    return rc, json.loads(out.read_text(encoding="utf-8"))


def rules_in(data: dict, name: str) -> list[str]:
    """Rule ids found in the file whose path ends with ``name``."""
    return [f["rule"] for f in data["findings"] if f["path"].endswith(name)]


def test_unchanged_files_are_not_checked_again(project):
    rc1, first = check_json("reports")
    assert calls(project) == 2
    rc2, second = check_json("reports")
    assert calls(project) == 2  # both results came from the cache
    assert (rc1, first) == (rc2, second)
    assert rules_in(first, "a.txt") == ["counting/long-line"] and rules_in(first, "b.txt") == []


def test_results_carry_the_key_they_are_cached_under(project):
    engine = Engine(ConfigResolver(), cache=ResultCache())
    path = str(project / "reports" / "a.txt")
    config = engine.resolver.for_path(path)
    key = engine.cache.key(engine, config, path, Path(path).read_bytes())
    first, again = engine.check_path(path), engine.check_path(path)
    assert first.cache_key == key and again.cache_key == key and not first.cached
    assert Engine(ConfigResolver()).check_path(path).cache_key is None


def test_changed_content_is_checked_again(project):
    check_json("reports")
    assert calls(project) == 2
    path = project / "reports" / "b.txt"
    path.write_text(path.read_text(encoding="utf-8") + "全年办理行政复议案件3件，纠错1件，纠错率为33.3%，较上年有所上升，主要原因是部分执法人员程序意识不强。\n",
                    encoding="utf-8")
    _, data = check_json("reports")
    assert calls(project) == 3  # only b.txt
    assert rules_in(data, "b.txt") == ["counting/long-line"]


def test_changed_config_or_plugin_code_is_checked_again(project):
    check_json("reports")
    assert calls(project) == 2
    (project / ".fzlint.yaml").write_text("plugins: [counting.py]\nlang: en\n", encoding="utf-8")
    check_json("reports")
    assert calls(project) == 4
    check_json("reports", "--severity", "counting=info")  # a command-line setting is config too
    assert calls(project) == 6
    plugin = project / "counting.py"
    plugin.write_text(plugin.read_text(encoding="utf-8").replace("LIMIT = 40", "LIMIT = 400"), encoding="utf-8")
    os.utime(plugin, ns=(1, 1))  # a different modification time even on coarse clocks
    proc = run_cli("check", "--format", "json", "-j", "1", "--select", "counting", "reports", cwd=project)
    assert calls(project) == 8
    assert json.loads(proc.stdout)["findings"] == []


def test_no_cache_flag_and_environment(project, monkeypatch):
    check_json("reports", "--no-cache")
    check_json("reports", "--no-cache")
    assert calls(project) == 4
    assert not (project / CACHE_DIR_NAME).exists()
    monkeypatch.setenv("FZLINT_NO_CACHE", "1")
    check_json("reports")
    assert calls(project) == 6 and not (project / CACHE_DIR_NAME).exists()


def test_cache_folder_layout_like_ruff(project):
    check_json("reports")
    folder = project / CACHE_DIR_NAME
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert len(list(iter_entries(str(folder)))) == 2
    assert not [p for p in folder.rglob(".tmp-*")]  # no temporary files left behind


def test_cache_dir_option(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("cache")
    check_json("reports", "--cache-dir", str(elsewhere))
    assert len(list(iter_entries(str(elsewhere)))) == 2
    assert not (project / CACHE_DIR_NAME).exists()
    check_json("reports", "--cache-dir", str(elsewhere))
    assert calls(project) == 2


def test_corrupt_or_truncated_entries_are_ignored(project):
    _, first = check_json("reports")
    entries = sorted(iter_entries(str(project / CACHE_DIR_NAME)))
    Path(entries[0]).write_bytes(b"garbage")
    Path(entries[1]).write_bytes(Path(entries[1]).read_bytes()[:10])
    _, second = check_json("reports")
    assert calls(project) == 4 and first == second
    check_json("reports")
    assert calls(project) == 4  # the entries were rewritten


def test_cached_result_is_reported_under_the_current_path(project):
    engine = Engine(ConfigResolver(), cache=ResultCache())
    first = engine.check_path("reports/a.txt")
    again = engine.check_path(os.path.join(".", "reports", "a.txt"))
    assert again.cached and not first.cached
    assert again.path == os.path.join(".", "reports", "a.txt")
    assert again.text == first.text and again.findings == first.findings
    assert again.year == first.year and again.unit == first.unit


def test_same_content_under_another_name_is_checked_again(project):
    """The file name is part of the key: the year and per-file-ignores may depend on it."""
    (project / "reports" / "c.txt").write_bytes((project / "reports" / "a.txt").read_bytes())
    check_json("reports")
    assert calls(project) == 3


def test_unwritable_cache_folder_never_breaks_a_run(project):
    (project / CACHE_DIR_NAME).write_text("a file where the folder should be")
    rc, data = check_json("reports")
    assert len(data["files"]) == 2 and calls(project) == 2


def test_internal_errors_are_not_cached(project):
    plugin = project / "counting.py"
    plugin.write_text(plugin.read_text(encoding="utf-8").replace("LIMIT = 40", "LIMIT = None"), encoding="utf-8")
    check_json("reports", "--select", "fzlint")
    check_json("reports", "--select", "fzlint")
    assert calls(project) == 4
    assert not list(iter_entries(str(project / CACHE_DIR_NAME)))


# -- the per-user cache of parsed data files ---------------------------------------------------

WORDS_YAML = """\
source: 《党政机关公文处理工作条例》
entries:
  - find: 截止目前
    fix: 截至目前
  - regex: '(?<![\\d.])(\\d+)多(?=[件次人])'
events:
  - name: 党的二十大
    date: 2022-10-16
"""


@pytest.fixture()
def data_cache(tmp_path, monkeypatch):
    """A private data-cache folder."""
    from fzlint import datacache

    monkeypatch.setenv("FZLINT_DICT_DIR", str(tmp_path / "user-cache"))
    monkeypatch.delenv("FZLINT_NO_DATA_CACHE", raising=False)
    return datacache


def test_parsed_yaml_is_reused_by_content(data_cache, monkeypatch):
    import datetime

    import yaml

    first = data_cache.load_yaml(WORDS_YAML)
    assert first == yaml.safe_load(WORDS_YAML)
    assert first["events"][0]["date"] == datetime.date(2022, 10, 16)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again although the content is unchanged")

    monkeypatch.setattr(yaml, "load", no_parsing)
    assert data_cache.load_yaml(WORDS_YAML) == first  # from the cache, dates restored
    with pytest.raises(AssertionError, match="parsed again"):
        data_cache.load_yaml(WORDS_YAML.replace("截止目前", "截止到目前"))  # changed: parsed


def test_corrupt_data_entries_are_recomputed(data_cache, tmp_path):
    calls = []

    def compute():
        calls.append(1)
        return {"entries": [1, 2, 3]}

    assert data_cache.cached("test", "content", compute) == {"entries": [1, 2, 3]}
    entries = list((tmp_path / "user-cache" / "data").glob("test-*.marshal"))
    assert len(entries) == 1
    entries[0].write_bytes(b"\x00garbage")
    assert data_cache.cached("test", "content", compute) == {"entries": [1, 2, 3]}
    assert data_cache.cached("test", "content", compute) == {"entries": [1, 2, 3]}
    assert len(calls) == 2


def test_data_cache_can_be_turned_off_and_never_breaks(data_cache, tmp_path, monkeypatch):
    calls = []

    def compute():
        calls.append(1)
        return [object.__name__]

    monkeypatch.setenv("FZLINT_NO_DATA_CACHE", "1")
    data_cache.cached("test", "x", compute)
    data_cache.cached("test", "x", compute)
    assert len(calls) == 2 and not (tmp_path / "user-cache").exists()
    monkeypatch.delenv("FZLINT_NO_DATA_CACHE")
    (tmp_path / "user-cache").write_text("a file, not a folder")
    assert data_cache.cached("test", "x", compute) == ["object"]
    sentinel = object()  # not plain data: returned, never stored
    assert data_cache.cached("test", "y", lambda: sentinel) is sentinel
    assert data_cache.cached("test", "y", lambda: sentinel) is sentinel


def test_invalid_yaml_is_an_error_and_not_cached(data_cache):
    import yaml

    with pytest.raises(yaml.YAMLError):
        data_cache.load_yaml("entries: [unclosed")
    with pytest.raises(yaml.YAMLError):
        data_cache.load_yaml("entries: [unclosed")


def test_concurrent_processes_share_the_cache_safely(project):
    """pre-commit runs several fzlint processes at once over the same project."""
    import subprocess
    import sys

    for i in range(6):
        (project / "reports" / f"extra{i}.txt").write_text(
            report("一、主要举措和成效", f"全年开展法治宣传活动{i + 3}次，组织干部集中学法{i + 1}次，覆盖全镇各村（社区）干部群众。"),
            encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FZLINT_NO_CACHE", None)
    cmd = [sys.executable, "-m", "fzlint", "check", "--format", "json", "-j", "2", "--select", "counting", "reports"]
    procs = [subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode in (0, 1) for p in procs), [err for _, err in outputs]
    first = json.loads(outputs[0][0])
    assert all(json.loads(out)["findings"] == first["findings"] for out, _ in outputs)
    entries = list(iter_entries(str(project / CACHE_DIR_NAME)))
    assert len(entries) == 8 and not list((project / CACHE_DIR_NAME).rglob(".tmp-*"))
    before = calls(project)
    again = run_cli("check", "--format", "json", "--select", "counting", "reports", cwd=project)
    assert calls(project) == before  # every entry the concurrent runs wrote is valid
    assert json.loads(again.stdout)["findings"] == first["findings"]


def test_a_fully_cached_run_imports_no_rule_plugin(tmp_path):
    """Re-checking unchanged reports replays stored results: no plugin, no tokenizer, not even pluggy or a reader."""
    import subprocess
    import sys

    (tmp_path / "r.txt").write_text(report("一、主要举措和成效", "全年开展普法宣传活动12场次，受理行政复议案件3件。"),
                                    encoding="utf-8")
    code = ("import sys\nfrom fzlint.cli import main\nrc = main(['check', '--disable-plugin', 'example', "
            "'--cache-dir', 'c', '-o', 'out.txt', 'r.txt'])\n"
            "print(rc, sorted(m for m in sys.modules if m.startswith(('fzlint_plugins', 'jieba', 'fzlint.checklist',"
            " 'pluggy', 'fzlint.document', 'fzlint.readers', 'fzlint.formats.json', 'fzlint.formats.sarif',"
            " 'fzlint.formats.html', 'fzlint.tokens'))),"
            " 'store' if __import__('fzlint.recache').recache._store is not None else '')")
    env = {k: v for k, v in os.environ.items() if k != "FZLINT_NO_CACHE"}

    def run() -> str:
        proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.strip()

    first = run()
    assert "fzlint_plugins.punctuation" in first
    output = (tmp_path / "out.txt").read_text(encoding="utf-8")
    second = run()
    assert second.endswith("[]"), second
    assert first.split(" ")[0] == second.split(" ")[0]  # the same exit code
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == output


def _replay_project(tmp_path, monkeypatch):
    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    (tmp_path / "a.txt").write_text(report("一、主要举措和成效", "全年开展普法宣传活动12场次，，受理行政复议案件3件。"),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(report("一、主要举措和成效", "全年召开专题会议4次。"), encoding="utf-8")
    return {}


def test_a_rerun_replays_the_stored_output_exactly(tmp_path, monkeypatch):
    env = _replay_project(tmp_path, monkeypatch)
    first = run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert len(list(Path(tmp_path / "c").rglob("*.out"))) == 2, "the text output of each file is stored"
    second = run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert "punctuation/" in second.stdout and "共检查 2 个文件" in second.stdout
    for entry in Path(tmp_path / "c").rglob("*.json"):  # replay needs the stored output alone
        entry.unlink()
    third = run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert (third.returncode, third.stdout) == (first.returncode, first.stdout)
    # another language is another output: checked (or rebuilt from the results), never the Chinese one
    english = run_cli("check", "--cache-dir", "c", "--lang", "en", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert "Found" in english.stdout and "共检查" not in english.stdout


def test_a_changed_file_or_damaged_output_is_checked_again(tmp_path, monkeypatch):
    env = _replay_project(tmp_path, monkeypatch)
    run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    (tmp_path / "b.txt").write_text(report("一、主要举措和成效", "全年召开专题会议4次。。"), encoding="utf-8")
    changed = run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert "b.txt:" in changed.stdout  # the new problem in b.txt is reported
    for stored in Path(tmp_path / "c").rglob("*.out"):
        stored.write_bytes(stored.read_bytes()[:-3])  # truncated: its length no longer matches
    truncated = run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert (truncated.returncode, truncated.stdout) == (changed.returncode, changed.stdout)
    for stored in Path(tmp_path / "c").rglob("*.out"):
        stored.write_bytes(b"\xff\xfe not json")
    damaged = run_cli("check", "--cache-dir", "c", "a.txt", "b.txt", cwd=tmp_path, env=env)
    assert (damaged.returncode, damaged.stdout) == (changed.returncode, changed.stdout)


def _many_reports(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:02d}.txt").write_text(
            report("一、主要举措和成效", f"全年开展普法宣传活动{i + 3}场次，，受理行政复议案件{i + 1}件。"), encoding="utf-8")


def test_a_rerun_of_many_files_reads_one_run_pack(tmp_path, monkeypatch):
    """A run over many files stores its output in one pack too: the same run again reads that alone."""
    from fzlint.replay import PACK_MIN_FILES

    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    _many_reports(tmp_path / "reports", PACK_MIN_FILES + 2)
    first = run_cli("check", "--cache-dir", "c", "reports", cwd=tmp_path)
    (pack,) = Path(tmp_path / "c").rglob("*.pack")
    for stored in Path(tmp_path / "c").rglob("*.out"):  # the blocks of each file: not needed now
        stored.unlink()
    second = run_cli("check", "--cache-dir", "c", "reports", cwd=tmp_path)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert "共检查 10 个文件" in second.stdout and second.stdout.count("punctuation/") == 10
    # another run (one file fewer) has no pack: it reads the blocks one by one, rebuilt here
    fewer = run_cli("check", "--cache-dir", "c", *(f"reports/r{i:02d}.txt" for i in range(PACK_MIN_FILES + 1)),
                    cwd=tmp_path)
    assert fewer.stdout.count("punctuation/") == PACK_MIN_FILES + 1
    assert len(list(Path(tmp_path / "c").rglob("*.pack"))) == 2
    # a changed file: checked again, whatever the packs hold
    (tmp_path / "reports" / "r03.txt").write_text(report("一、主要举措和成效", "全年召开专题会议4次。"), encoding="utf-8")
    changed = run_cli("check", "--cache-dir", "c", "reports", cwd=tmp_path)
    assert changed.stdout.count("punctuation/") == 9
    assert not [ln for ln in changed.stdout.splitlines() if ln.startswith("reports/r03.txt") and "punctuation/" in ln]
    assert pack.exists() and len(list(Path(tmp_path / "c").rglob("*.pack"))) == 3


def test_a_damaged_run_pack_is_never_replayed(tmp_path, monkeypatch):
    monkeypatch.delenv("FZLINT_NO_CACHE", raising=False)
    _many_reports(tmp_path / "reports", 9)
    first = run_cli("check", "--cache-dir", "c", "reports", cwd=tmp_path)
    (pack,) = Path(tmp_path / "c").rglob("*.pack")
    whole = pack.read_bytes()
    for damaged in (whole[:-5], whole[: whole.index(b"\n") // 2] + b"\n" + whole[whole.index(b"\n"):],
                    b"[[{}, 4]]\nabcd", b"\xff\xfe"):
        pack.write_bytes(damaged)
        again = run_cli("check", "--cache-dir", "c", "reports", cwd=tmp_path)
        assert (again.returncode, again.stdout) == (first.returncode, first.stdout), damaged[:40]


def test_old_cache_entries_are_pruned(tmp_path):
    from fzlint.datacache import prune

    for i in range(8):
        path = tmp_path / f"yaml-{i}.marshal"
        path.write_bytes(b"x")
        os.utime(path, ns=(10**18 + i * 10**9, 10**18 + i * 10**9))
    (tmp_path / "checklist-0.marshal").write_bytes(b"x")  # another kind: untouched
    prune(str(tmp_path), "yaml-", ".marshal", 3, current=str(tmp_path / "yaml-0.marshal"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "checklist-0.marshal", "yaml-0.marshal", "yaml-5.marshal", "yaml-6.marshal", "yaml-7.marshal"]
    prune(str(tmp_path / "missing"), "yaml-", ".marshal", 3)  # never fails
    for i in range(8, 12):  # in use lately: kept, however many
        (tmp_path / f"yaml-{i}.marshal").write_bytes(b"x")
    prune(str(tmp_path), "yaml-", ".marshal", 2)  # the old ones go, the recent ones stay
    assert sorted(p.name for p in tmp_path.glob("yaml-*.marshal")) == [f"yaml-{i}.marshal" for i in (10, 11, 8, 9)]


def test_writing_a_data_entry_keeps_the_folder_bounded(data_cache, monkeypatch):
    from fzlint import datacache

    monkeypatch.setattr(datacache, "KEEP_ENTRIES", 5)
    monkeypatch.setattr(datacache, "UNUSED_DAYS", 0)
    for i in range(12):
        datacache.cached("yaml", f"k: {i}", lambda: {"k": 1})
    folder = Path(datacache.data_dir())
    assert len(list(folder.glob("yaml-*.marshal"))) == 5


def test_a_cache_file_in_use_is_marked_at_most_once_a_day(tmp_path):
    import time

    from fzlint.datacache import mark_used

    old, fresh = tmp_path / "old.bin", tmp_path / "fresh.bin"
    for path in (old, fresh):
        path.write_bytes(b"x")
    os.utime(old, (time.time() - 3 * 86_400,) * 2)
    os.utime(fresh, (time.time() - 3_600,) * 2)
    before = fresh.stat().st_mtime
    mark_used(str(old)), mark_used(str(fresh)), mark_used(str(tmp_path / "missing.bin"))
    assert time.time() - old.stat().st_mtime < 60 and fresh.stat().st_mtime == before


def _age(path: Path, days: float) -> None:
    import time

    stamp = time.time() - days * 86_400
    os.utime(path, (stamp, stamp))


def test_the_project_cache_drops_entries_unused_for_a_month(project):
    """Entries no run asked for in 30 days go (of any version); entries in use and fresh ones stay."""
    folder = project / CACHE_DIR_NAME
    b_path = project / "reports" / "b.txt"

    def entries() -> set[Path]:
        return set(map(Path, iter_entries(str(folder))))

    def edit_b(line: str) -> None:
        b_path.write_text(b_path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")

    check_json("reports/a.txt")
    (a_entry,) = entries()
    check_json("reports")
    (b_entry,) = entries() - {a_entry}
    old_version = folder / "v0.0.1" / "ab"
    old_version.mkdir(parents=True)
    (old_version / "cdef.json").write_text("{}")
    (old_version / "cdef.0123.out").write_text("x")
    (old_version.parent / "file-states.index").write_text("{}")
    (old_version.parent / "runs").mkdir()
    (old_version.parent / "runs" / "0123.pack").write_text("[]\n")
    not_an_entry = folder / "notes.txt"
    not_an_entry.write_text("x")
    for path in (a_entry, b_entry, old_version / "cdef.json", old_version / "cdef.0123.out",
                 old_version.parent / "file-states.index", old_version.parent / "runs" / "0123.pack", not_an_entry):
        _age(path, 40)
    _age(folder / ".last-pruned", 2)  # made with the folder: nothing to prune then
    edit_b("全年开展普法宣传活动12场次。")  # the run reads a's entry and stores a new one for b
    check_json("reports")
    assert a_entry.exists(), "an entry read by the run is in use"
    assert not b_entry.exists(), "the entry of b's old content went"
    assert not (folder / "v0.0.1").exists(), "another version's stale entries and their folders went"
    assert not_an_entry.exists() and (folder / "CACHEDIR.TAG").exists()
    (b_entry2,) = entries() - {a_entry}
    # at most once a day: the next run leaves a stale entry alone, one a day later does not
    _age(b_entry2, 40)
    edit_b("开展执法培训2次。")
    check_json("reports")
    assert b_entry2.exists() and len(entries()) == 3
    _age(folder / ".last-pruned", 2)
    edit_b("开展执法培训3次。")
    check_json("reports")
    assert not b_entry2.exists() and len(entries()) == 3  # a's, and the last two of b


def test_neither_a_new_nor_a_fully_cached_folder_is_walked(project, monkeypatch):
    walked = []
    monkeypatch.setattr("fzlint.cache._delete_stale", lambda folder, oldest: walked.append(folder) or 0)
    check_json("reports")
    assert walked == [] and (project / CACHE_DIR_NAME / ".last-pruned").exists()
    (project / CACHE_DIR_NAME / ".last-pruned").unlink()
    check_json("reports")  # stores nothing
    assert walked == [] and calls(project) == 2
    (project / "reports" / "b.txt").write_text(report("一、主要举措和成效", "开展普法宣传活动27次。"), encoding="utf-8")
    check_json("reports")
    assert walked == [str(project / CACHE_DIR_NAME)]


def test_relative_paths_of_the_cache_key_are_relpath_s(tmp_path, monkeypatch):
    from fzlint.config import relative_path as _relative

    monkeypatch.chdir(tmp_path)
    for path, root in [("a/b.txt", "."), (str(tmp_path / "a" / "b.txt"), str(tmp_path)), ("../x.txt", "."),
                       ("a/../c.txt", "a"), (str(tmp_path), str(tmp_path)), ("b.txt", "/"), ("ab/c.txt", "a")]:
        assert _relative(path, root) == os.path.relpath(os.path.abspath(path), os.path.abspath(root)), (path, root)


def test_replayed_bytes_go_straight_to_a_utf8_stream_only():
    import io

    from fzlint.formats.text import _byte_stream

    raw = io.BytesIO()
    utf8 = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    utf8.write("前")
    assert _byte_stream(utf8) is raw and raw.getvalue() == "前".encode()  # what it held came out first
    assert _byte_stream(io.TextIOWrapper(io.BytesIO(), encoding="gbk")) is None
    assert _byte_stream(io.StringIO()) is None


def test_atomic_writes_replace_whole_files_and_never_fail(tmp_path, monkeypatch):
    from fzlint import datacache

    target = tmp_path / "new" / "sub" / "entry.json"
    datacache.atomic_write(str(target), b"first")  # the folders are made
    datacache.atomic_write(str(target), b"second" * 10_000)
    assert target.read_bytes() == b"second" * 10_000
    # a temporary file a dead process left under the next name is stepped over, not overwritten
    import itertools

    monkeypatch.setattr(datacache, "_TEMP_NUMBERS", itertools.count(7))
    stale = target.parent / f".tmp-{os.getpid()}-7"
    stale.write_bytes(b"stale")
    datacache.atomic_write(str(target), b"third")
    assert target.read_bytes() == b"third" and stale.read_bytes() == b"stale"
    assert sorted(p.name for p in target.parent.iterdir()) == [stale.name, "entry.json"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    datacache.atomic_write(str(blocker / "entry.json"), b"x")  # cannot be written: silently skipped
    assert blocker.read_text() == "x"


def _read_reports(monkeypatch) -> list[str]:
    """The report files the cache reads from now on (it records their states to skip unchanged ones)."""
    import fzlint.cache as cache_module

    seen: list[str] = []
    real = cache_module.read_file
    monkeypatch.setattr(cache_module, "read_file",
                        lambda path: (seen.append(os.path.basename(path)) if path.endswith(".txt") else None)
                        or real(path))
    return seen


def _backdate(*paths: Path) -> None:
    import time

    for path in paths:
        os.utime(path, (time.time() - 3600, time.time() - 3600))


@pytest.mark.skipif(os.name != "posix", reason="file states are trusted where the change time is the inode's")
def test_an_unchanged_file_is_not_read_again_and_a_changed_one_always_is(project, monkeypatch):
    a, b = project / "reports" / "a.txt", project / "reports" / "b.txt"
    _backdate(a, b)
    _, first = check_json("reports")
    read = _read_reports(monkeypatch)
    _, again = check_json("reports")
    assert read == [] and again == first and calls(project) == 2  # neither read nor checked
    # the same size, the old modification time put back: the change time still tells
    old = b.stat()
    text = b.read_text(encoding="utf-8")
    b.write_text(text.replace("26", "27"), encoding="utf-8")
    os.utime(b, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert b.stat().st_size == old.st_size and b.stat().st_mtime_ns == old.st_mtime_ns
    check_json("reports")
    assert read == ["b.txt"] and calls(project) == 3  # read, and checked again


@pytest.mark.skipif(os.name != "posix", reason="file states are trusted where the change time is the inode's")
def test_a_file_read_right_after_a_change_is_read_again_next_time(project, monkeypatch):
    """Its state may not show a change made in the same clock tick (git's racily clean files)."""
    check_json("reports")  # the reports were just written
    read = _read_reports(monkeypatch)
    check_json("reports")
    assert sorted(read) == ["a.txt", "b.txt"] and calls(project) == 2  # read and hashed again: results from the cache


def test_damaged_file_states_are_ignored(project, monkeypatch):
    _backdate(project / "reports" / "a.txt", project / "reports" / "b.txt")
    _, first = check_json("reports")
    (states,) = list((project / CACHE_DIR_NAME).rglob("file-states.index"))
    states.write_bytes(b"\xff{not json")
    read = _read_reports(monkeypatch)
    _, again = check_json("reports")
    assert again == first and calls(project) == 2 and (os.name != "posix" or sorted(read) == ["a.txt", "b.txt"])


def test_results_cached_by_a_text_run_keep_their_fingerprints(project):
    """A plain-text run shows no fingerprints, but what it stores must serve a JSON run later."""
    expected = check_json("reports", "--no-cache")[1]
    fingerprints = [f["fingerprint"] for f in expected["findings"]]
    assert fingerprints and all(len(fp) == 32 for fp in fingerprints)
    assert main(["check", "-j", "1", "--select", "counting", "-o", "out.txt", "reports"]) == 1
    assert calls(project) == 4  # the JSON run above without the cache, then the text run storing both
    _, replayed = check_json("reports")
    assert calls(project) == 4  # from the cache the text run filled
    assert replayed == expected


def test_an_engine_without_fingerprints_differs_in_them_only(project):
    """``Engine(fingerprints=False)`` (plain text, no cache) leaves the fingerprints out, nothing else."""
    from fzlint.records import replace

    plain = [f for r in Engine(ConfigResolver(), fingerprints=False).run(["reports"]) for f in r.findings]
    full = [f for r in Engine(ConfigResolver()).run(["reports"]) for f in r.findings]
    assert plain and {f.fingerprint for f in plain} == {""} and all(f.fingerprint for f in full)
    assert [replace(f, fingerprint="") for f in full] == plain


def test_json_from_worker_processes_keeps_its_fingerprints(project):
    one = check_json("reports", "--no-cache")[1]
    two = check_json("reports", "--no-cache", "-j", "2")[1]
    assert one == two and all(f["fingerprint"] for f in two["findings"])
