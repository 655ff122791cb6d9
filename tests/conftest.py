"""Shared fixtures: build documents and run checks on text written in the tests themselves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fzlint.config import Config
from fzlint.document import Document
from fzlint.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
#: tests check afresh (a test may patch a plugin between runs); tests/test_cache.py turns it on
os.environ.setdefault("FZLINT_NO_CACHE", "1")
CORPUS = ROOT.parent / "shared" / "corpus"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

corpus = pytest.mark.skipif(not (CORPUS / "expected.yaml").is_file(),
                            reason="../shared/corpus is not present")


def doc(text: str, path: str = "report.txt") -> Document:
    """A document from text (dedented lines are taken as they are)."""
    return Document.from_text(text, path=path)


def findings(text: str, select: str | tuple[str, ...] = (), path: str = "report.txt", **config):
    """Run the checks on ``text`` and return the resolved findings (only ``select`` rules)."""
    if isinstance(select, str):
        select = (select,)
    cfg = Config(select=tuple(select), root=str(ROOT), **config)
    return Engine().check_document(doc(text, path), cfg).findings


def rule_ids(text: str, select: str | tuple[str, ...] = (), **kw) -> list[str]:
    """Rule ids found in ``text``."""
    return [f.rule_id for f in findings(text, select, **kw)]


def run_cli(*args: str, cwd: str | os.PathLike | None = None, input: bytes | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m fzlint ARGS`` and capture its output as text."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "fzlint", *args], cwd=cwd, input=input,
                          capture_output=True, env=full_env, timeout=120)
    proc.stdout = proc.stdout.decode("utf-8", "replace")  # type: ignore[assignment]
    proc.stderr = proc.stderr.decode("utf-8", "replace")  # type: ignore[assignment]
    validate_sarif_output(args, proc, cwd)
    return proc


_SARIF_VALIDATOR = []


def validate_sarif(log: dict) -> None:
    """Validate a SARIF log against ../shared/schemas/sarif-schema-2.1.0.json (draft-04)."""
    if not _SARIF_VALIDATOR:
        import json

        import jsonschema

        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        _SARIF_VALIDATOR.append(jsonschema.validators.validator_for(schema)(schema))
    _SARIF_VALIDATOR[0].validate(log)


def validate_sarif_output(args: tuple[str, ...], proc: subprocess.CompletedProcess, cwd) -> None:
    """Every SARIF log the test-suite produces through run_cli is validated (when the schema is present)."""
    import json

    if not SARIF_SCHEMA.is_file() or "check" not in args:
        return
    fmt = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "--format"), None)
    fmt = fmt or next((a.split("=", 1)[1] for a in args if a.startswith("--format=")), None)
    if fmt != "sarif" or proc.returncode not in (0, 1, 2):
        return
    out = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("--output", "-o")), None)
    if out is not None:
        path = Path(cwd or ".") / out
        if not path.is_file():
            return
        text = path.read_text(encoding="utf-8")
    else:
        text = proc.stdout
    if not text.strip() and proc.returncode == 2:
        return  # a usage error before any output
    validate_sarif(json.loads(text))


def report(*body: str, title: str = "青石镇关于2024年度法治政府建设情况的报告",
           addressee: str | None = "县委、县政府：") -> str:
    """A small report: title, addressee and the given body lines."""
    lines = [title, ""]
    if addressee:
        lines.append(addressee)
    lines.extend(body)
    return "\n".join(lines) + "\n"
