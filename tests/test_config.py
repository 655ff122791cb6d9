"""Configuration discovery, validation and CLI overrides."""

from __future__ import annotations

import json

import pytest

from fzlint.config import ConfigError, ConfigResolver, Overrides, find_config_file, load_config_file
from fzlint.rules import Severity

from conftest import findings, report, run_cli

GAPPY = report("一、甲", "正文。", "三、乙", "正文。", "(一)丙")


def test_discovery_walks_up_to_fzlint_yaml(tmp_path):
    (tmp_path / ".fzlint.yaml").write_text("ignore: [heading/sequence]\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(str(deep / "r.txt")) == str(tmp_path / ".fzlint.yaml")
    cfg = ConfigResolver().for_path(str(deep / "r.txt"))
    assert cfg.ignore == ("heading/sequence",)


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n[tool.fzlint]\nselect = ["heading"]\n'
                                             'severity = { "heading/bracket-width" = "info" }\n',
                                             encoding="utf-8")
    cfg = load_config_file(str(tmp_path / "pyproject.toml"))
    assert cfg.select == ("heading",)
    assert cfg.severity == {"heading/bracket-width": Severity.INFO}


def test_pyproject_without_tool_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n', encoding="utf-8")
    assert find_config_file(str(tmp_path)) is None


@pytest.mark.parametrize("text,needle", [
    ("selec: [heading]\n", "unknown key"),
    ("severity: {heading: fatal}\n", "unknown severity"),
    ("select: [heading\n", "invalid YAML"),
    ("lang: fr\n", "'lang'"),
])
def test_invalid_config_is_a_clear_error(tmp_path, text, needle):
    (tmp_path / ".fzlint.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=needle):
        load_config_file(str(tmp_path / ".fzlint.yaml"))
    (tmp_path / "r.txt").write_text(GAPPY, encoding="utf-8")
    proc = run_cli("check", str(tmp_path / "r.txt"))
    assert proc.returncode == 2 and needle in proc.stderr and "Traceback" not in proc.stderr


def test_select_ignore_and_severity_overrides():
    ids = {f.rule_id for f in findings(GAPPY, "heading")}
    assert {"heading/sequence", "heading/bracket-width"} <= ids
    ids = {f.rule_id for f in findings(GAPPY, "heading", ignore=("heading/sequence",))}
    assert "heading/sequence" not in ids
    fs = findings(GAPPY, "heading", severity={"heading": Severity.INFO})
    assert fs and all(f.severity is Severity.INFO for f in fs)


def test_per_file_ignores(tmp_path):
    (tmp_path / ".fzlint.yaml").write_text("per-file-ignores:\n  'old/*.txt': [heading]\n", encoding="utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "r.txt").write_text(GAPPY, encoding="utf-8")
    (tmp_path / "new.txt").write_text(GAPPY, encoding="utf-8")
    data = json.loads(run_cli("check", str(tmp_path), "--format", "json", "--select", "heading").stdout)
    paths = {f["path"].replace("\\", "/").rsplit("/", 2)[-2:][-1] for f in data["findings"]}
    assert paths == {"new.txt"}


def test_cli_flags_override_config(tmp_path):
    (tmp_path / ".fzlint.yaml").write_text("ignore: [heading]\nfail-on: error\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(GAPPY, encoding="utf-8")
    assert run_cli("check", "r.txt", "--select", "heading", cwd=tmp_path).returncode == 0
    proc = run_cli("check", "r.txt", "--select", "heading", "--ignore", "", cwd=tmp_path)
    assert proc.returncode == 1 and "heading/sequence" in proc.stdout
    resolver = ConfigResolver(Overrides(fail_on=Severity.INFO))
    assert resolver.for_path(str(tmp_path / "r.txt")).fail_on is Severity.INFO
