"""The command line: check, rules, explain, exit codes, bad input without tracebacks."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples"


def test_check_examples_exits_one_and_shows_findings():
    proc = run_cli("check", str(EXAMPLE))
    assert proc.returncode == 1, proc.stderr
    assert "heading/" in proc.stdout
    assert "共检查" in proc.stdout and "个问题" in proc.stdout


def test_text_output_points_at_the_span():
    proc = run_cli("check", str(EXAMPLE / "2025年度法治政府建设情况报告.txt"), "--select", "heading/marker-format")
    lines = proc.stdout.splitlines()
    i = next(k for k, line in enumerate(lines) if "heading/marker-format" in line)
    assert ":9:1:" in lines[i]
    assert lines[i + 1].strip().startswith("（3）")
    assert lines[i + 2].strip() == "^^^^^"  # （3）: two full-width brackets (2 cells each) and a digit


def test_english_messages():
    proc = run_cli("check", str(EXAMPLE), "--lang", "en", "--select", "heading")
    assert "GB/T 9704 expects" in proc.stdout and "Found" in proc.stdout


def test_json_findings_have_the_documented_fields():
    proc = run_cli("check", str(EXAMPLE), "--format", "json")
    data = json.loads(proc.stdout)
    assert data["version"] == 1
    f = data["findings"][0]
    assert {"path", "rule", "category", "severity", "message", "line", "column", "end_line",
            "end_column", "suggestion"} <= set(f)


def test_json_layout_is_one_finding_per_line():
    data_lines = run_cli("check", str(EXAMPLE), "--format", "json").stdout.splitlines()
    findings = [json.loads(line.strip().rstrip(",")) for line in data_lines if line.lstrip().startswith('{"path"')]
    data = json.loads("\n".join(data_lines))
    assert findings == data["files"] + data["findings"] and len(data["findings"]) > 3
    assert '"summary": {' in data_lines[-2] and data_lines[-1] == "}"


def test_output_file(tmp_path):
    out = tmp_path / "out.json"
    proc = run_cli("check", str(EXAMPLE), "--format", "json", "--output", str(out))
    assert proc.stdout == "" and json.loads(out.read_text(encoding="utf-8"))["findings"]


def test_fail_on_and_exit_zero():
    assert run_cli("check", str(EXAMPLE), "--exit-zero").returncode == 0
    clean = EXAMPLE / "clean-report.txt"
    assert run_cli("check", str(clean), "--select", "heading").returncode == 0


def test_rules_lists_every_rule():
    proc = run_cli("rules")
    assert proc.returncode == 0
    assert "heading/sequence" in proc.stdout and "structure" in proc.stdout
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"id", "category", "severity", "summary"} <= set(data[0])


def test_explain_shows_source_and_examples():
    proc = run_cli("explain", "heading/level-skip")
    assert proc.returncode == 0
    assert "GB/T 9704-2012" in proc.stdout and "Example" in proc.stdout and "Use instead" in proc.stdout


def test_explain_unknown_rule():
    proc = run_cli("explain", "heading/nope")
    assert proc.returncode == 2 and "unknown rule" in proc.stderr


def test_unknown_format_and_missing_path():
    assert run_cli("check", str(EXAMPLE), "--format", "yaml").returncode == 2
    proc = run_cli("check", "does/not/exist.txt")
    assert proc.returncode == 2 and "no such file" in proc.stderr


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary\x00data", "binary"),
])
def test_bad_input_gives_one_line_error(tmp_path, content, needle):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = run_cli("check", str(path))
    assert proc.returncode == 2
    assert needle in proc.stderr and "Traceback" not in proc.stderr
    assert path.read_bytes() == content  # never changes user data


def test_stdin():
    text = "某镇2024年度法治政府建设情况报告\n\n一、甲\n三、乙\n".encode("utf-8")
    proc = run_cli("check", "-", "--select", "heading/sequence", input=text)
    assert proc.returncode == 1 and "heading/sequence" in proc.stdout


def test_no_command_prints_help():
    proc = run_cli()
    assert proc.returncode == 2 and "check" in proc.stdout


def test_a_broken_pipe_is_quiet_only_when_it_is_the_output(tmp_path, monkeypatch, capsys):
    """``fzlint … | head`` ends quietly; a broken pipe while writing to a file is an error."""
    from fzlint import engine
    from fzlint.cli import main

    (tmp_path / "r.txt").write_text("2025年度青石镇法治政府建设情况报告\n\n一、主要举措和成效\n开展普法活动3次。\n",
                                    encoding="utf-8")

    def broken(self, paths, jobs=1, finish=None):
        raise BrokenPipeError(32, "Broken pipe")
        yield  # pragma: no cover

    monkeypatch.setattr(engine.Engine, "run", broken)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-cache", "r.txt"]) == 0
    assert main(["check", "--no-cache", "-o", "out.txt", "r.txt"]) == 2
    assert "Broken pipe" in capsys.readouterr().err


EXIT_PLUGIN = '''
import atexit, os, threading, time
from fzlint.hookspecs import hookimpl

OUT = os.environ["FZLINT_TEST_OUT"]


def _later(name, delay):
    time.sleep(delay)
    with open(os.path.join(OUT, name), "w") as fh:
        fh.write("done")


@hookimpl
def fzlint_check(document, context):
    atexit.register(_later, "atexit.txt", 0)
    if os.environ.get("FZLINT_TEST_THREAD"):
        threading.Thread(target=_later, args=("thread.txt", 0.3)).start()
    return []
'''


@pytest.mark.parametrize("thread", [False, True])
def test_the_quick_exit_runs_exit_handlers_and_waits_for_threads(tmp_path, thread):
    report_file = EXAMPLE / "clean-report.txt"
    plugin = tmp_path / "exit_plugin.py"
    plugin.write_text(EXIT_PLUGIN, encoding="utf-8")
    env = {"FZLINT_TEST_OUT": str(tmp_path), "FZLINT_TEST_THREAD": "1" if thread else ""}
    proc = run_cli("check", "--no-cache", "-j", "1", "--plugin", str(plugin), str(report_file), env=env)
    assert proc.returncode in (0, 1), proc.stderr
    assert "共检查" in proc.stdout  # stdout was flushed before the process ended
    assert (tmp_path / "atexit.txt").read_text() == "done"
    assert (tmp_path / "thread.txt").exists() is thread


@pytest.mark.parametrize("args, code", [(("--version",), 0), (("check",), 2), ((), 2)])
def test_exit_codes_of_argparse_exits(args, code):
    proc = run_cli(*args)
    assert proc.returncode == code
    assert proc.stdout or proc.stderr


def test_every_subcommand_is_listed_and_declares_its_options():
    assert all(name in run_cli("--help").stdout for name in ("check", "rules", "explain", "checklist"))
    for args, option in [(("check",), "--no-cache"), (("rules",), "--format"), (("explain",), "RULE-ID"),
                         (("checklist", "validate"), "FILE")]:
        proc = run_cli(*args, "--help")
        assert proc.returncode == 0 and option in proc.stdout, (args, proc.stdout)


def test_help_follows_the_terminal_width_from_columns():
    narrow = run_cli("check", "--help", env={"COLUMNS": "50"}).stdout
    wide = run_cli("check", "--help", env={"COLUMNS": "200"}).stdout
    assert len(narrow.splitlines()) > len(wide.splitlines())
    assert max(map(len, narrow.splitlines())) < 60 < max(map(len, wide.splitlines()))
