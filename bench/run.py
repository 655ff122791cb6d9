#!/usr/bin/env python3
"""fzlint speed benchmark: fzlint against autocorrect-py and jieba's own start-up, as ratios.

Run from the repository root with the project's interpreter::

    .venv/bin/python bench/run.py                 # 500 reports, 3 rounds (a few minutes)
    .venv/bin/python bench/run.py --quick         # 100 reports, 2 rounds
    .venv/bin/python bench/run.py -n 1000 --rounds 5 --keep-corpus /tmp/fzbench

fzlint is measured as a user installs it: ``pip install .[fast]`` into ``bench/.venv`` (created
on the first run, fzlint reinstalled from the checkout on every run), and the references run in
that environment too; ``--in-place`` measures the running interpreter's fzlint instead (an
editable install costs every process some 30 ms of import hooks).

It builds a corpus of N reports (variants of ``examples/*.txt`` and, when present, of the real
reports in ``../shared/corpus``: other units, other numbers, some paragraphs dropped), then runs
every measurement as a fresh process, interleaved round by round so that machine load hits all
of them alike, and prints the medians, the ratios the speed goals are stated in, and the peak
memory (``ru_maxrss`` of each process and its workers, from ``os.wait4``).

Two fzlint set-ups are measured: the default install (``FZLINT_TOKENIZER=jieba``: jieba's
segmenter over the compact dictionary, whatever else is installed) and the fast one
(``FZLINT_TOKENIZER`` unset: rjieba for bulk runs when installed).  An in-process pass also
reports how much text the rules segment and how long each plugin takes, to find hot spots.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
#: the interpreter of the measured install (see prepare_venv); the running one with --in-place
PY = sys.executable
VENV = ROOT / "bench" / ".venv"

_UNIT_RE = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)", re.M)
_NUMBER_RE = re.compile(r"(?<![0-9.])([1-9][0-9]{0,3})(?![0-9]*年)(?=[件次人名份场个户万元%余])")
_SYLLABLES = "青石白沙龙凤马营木叶东坪西河南山北岭安乐永和新兴长丰清水红旗金川云台"


# -- corpus ------------------------------------------------------------------------------------

def sources() -> list[tuple[str, str]]:
    """(name, text) of every report the corpus is generated from."""
    out = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        out.append((path.stem, path.read_text(encoding="utf-8")))
    if SHARED_CORPUS.is_dir():
        for path in sorted(SHARED_CORPUS.glob("*.txt")):
            out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def variant(text: str, i: int) -> str:
    """Report variant ``i`` of ``text``: another unit name, other numbers, a few lines dropped."""
    rng = random.Random(i)
    unit = _UNIT_RE.search("\n".join(text.split("\n")[:3]))
    if unit:  # the unit named in the title, everywhere it occurs
        text = text.replace(unit.group(1), "".join(rng.choice(_SYLLABLES) for _ in range(2)))
    text = _NUMBER_RE.sub(lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 1.8)))), text)
    lines = text.split("\n")
    keep = [ln for k, ln in enumerate(lines) if k < 6 or len(ln) < 30 or rng.random() > 0.12]
    return "\n".join(keep)


def build_corpus(folder: Path, n: int) -> list[Path]:
    """Write ``n`` report variants into ``folder`` (a report's originals come first)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = sources()
    paths = []
    for i in range(n):
        name, text = base[i % len(base)]
        body = text if i < len(base) else variant(text, i)
        path = folder / f"{i:04d}_{name[:24]}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


# -- measuring ---------------------------------------------------------------------------------

def run(cmd: list[str], env: Optional[dict] = None, cwd: Optional[Path] = None) -> tuple[float, float, float]:
    """Run ``cmd`` to completion: (wall seconds, peak RSS in MB, CPU seconds) of it and its workers."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env or env_for(None), cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd[:6])} ... failed ({proc.returncode}):\n"
                             f"{err.read().decode('utf-8', 'replace')[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def env_for(tokenizer: Optional[str], **extra: str) -> dict:
    """The environment of a measured process."""
    # like an installed package: bytecode is written once and reused (pip compiles at install time)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("FZLINT_") and k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    if tokenizer:
        env["FZLINT_TOKENIZER"] = tokenizer
    env.update(extra)
    return env


AUTOCORRECT_BULK = """
import sys, autocorrect_py
paths = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\\n") if l]
for p in paths:
    with open(p, encoding="utf-8") as fh:
        autocorrect_py.lint_for(fh.read(), p)
"""
AUTOCORRECT_ONE = """
import sys, autocorrect_py
with open(sys.argv[1], encoding="utf-8") as fh:
    autocorrect_py.lint_for(fh.read(), sys.argv[1])
"""
JIEBA_INIT = "import jieba; jieba.initialize()"


FOREIGN_PLUGINS = """
from importlib.metadata import entry_points
print(" ".join(sorted(ep.name for ep in entry_points(group="fzlint")
                      if ep.dist is not None and ep.dist.metadata["Name"].lower() != "fzlint")))
"""


def foreign_plugins() -> list[str]:
    """Plugins of other distributions installed beside the measured fzlint (e.g. the example plugin)."""
    out = subprocess.run([PY, "-c", FOREIGN_PLUGINS], capture_output=True, text=True, check=True)
    return out.stdout.split()


FOREIGN: list[str] = []


def prepare_venv(folder: Path) -> Path:
    """A virtual environment with fzlint installed from this checkout as a user gets it, and the references.

    ``pip install .[fast]`` (not editable: an editable install adds import hooks to every process,
    a tenth of a one-report run) plus autocorrect-py.  Created once; later runs reinstall fzlint only.
    """
    python = folder / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    if not python.exists():
        print(f"creating {folder} (once) ...", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
        subprocess.run([*pip, f"{ROOT}[fast]", "autocorrect-py"], check=True)
    else:
        subprocess.run([*pip, f"{ROOT}[fast]", "autocorrect-py"], check=True)  # new dependencies, if any
        subprocess.run([*pip, "--no-deps", "--force-reinstall", str(ROOT)], check=True)
    return python


def fzlint(*args: str) -> list[str]:
    """The command line of a fzlint run (text output, the pre-commit default), fzlint's own rules."""
    disable = [x for name in FOREIGN for x in ("--disable-plugin", name)]
    return [PY, "-m", "fzlint", "check", *disable, *args]


def measure(corpus: Path, paths: list[Path], singles: list[Path], rounds: int, work: Path) -> dict:
    """Every measurement, ``rounds`` times, interleaved; returns name -> list of (seconds, MB)."""
    listing = work / "paths.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    out = work / "out.json"
    results: dict[str, list[tuple[float, float, float]]] = {}

    def add(name: str, value: tuple[float, float, float]) -> None:
        results.setdefault(name, []).append(value)

    for r in range(rounds):
        print(f"round {r + 1}/{rounds} ...", file=sys.stderr, flush=True)
        for k, single in enumerate(singles):
            add("jieba.initialize()", run([PY, "-c", JIEBA_INIT]))
            add("autocorrect: 1 report", run([PY, "-c", AUTOCORRECT_ONE, str(single)]))
            add("fzlint jieba: 1 report", run(fzlint("--no-cache", "-o", str(out), str(single)),
                                              env_for("jieba"), cwd=work))
            add("fzlint fast: 1 report", run(fzlint("--no-cache", "-o", str(out), str(single)),
                                             env_for(None), cwd=work))
            # the pre-commit case proper: the report was edited since the last run (other figures and
            # names), so stored segmentations and compiled patterns help only for what did not change
            edited = work / f"edited-{r}-{k}{single.suffix}"
            edited.write_text(variant(single.read_text(encoding="utf-8"), 10_000 + r * 10 + k), encoding="utf-8")
            add("fzlint fast: 1 edited report", run(fzlint("--no-cache", "-o", str(out), str(edited)),
                                                    env_for(None), cwd=work))
        add("autocorrect: N reports", run([PY, "-c", AUTOCORRECT_BULK, str(listing)]))
        for label, tok in (("jieba", "jieba"), ("fast", None)):
            add(f"fzlint {label}: N, 1 process",
                run(fzlint("--no-cache", "-j", "1", "-o", str(out), str(corpus)), env_for(tok), cwd=work))
            add(f"fzlint {label}: N, --jobs 2",
                run(fzlint("--no-cache", "-j", "2", "-o", str(out), str(corpus)), env_for(tok), cwd=work))
        cache_dir = work / f"cache-{r}"
        shutil.rmtree(cache_dir, ignore_errors=True)
        add("fzlint jieba: N, cache cold",
            run(fzlint("--cache-dir", str(cache_dir), "-o", str(out), str(corpus)), env_for("jieba"), cwd=work))
        add("fzlint jieba: N, cache re-run",
            run(fzlint("--cache-dir", str(cache_dir), "-o", str(out), str(corpus)), env_for("jieba"), cwd=work))
    return results


# -- in-process profile --------------------------------------------------------------------------

PROFILE = r"""
import json, sys, time, collections
from pathlib import Path
from fzlint import document as docmod, tokens
from fzlint.config import ConfigResolver, Overrides
from fzlint.engine import Engine

paths = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l][: int(sys.argv[2])]
seg_chars = collections.Counter(); seg_calls = collections.Counter(); plugin_time = collections.Counter()
original = docmod.tokenize

def who():
    f = sys._getframe(2)
    while f is not None:
        name = f.f_globals.get("__name__", "")
        if not name.startswith("fzlint.") and name != "fzlint":
            return name
        f = f.f_back
    return "?"

def counting(text, offset=0):
    seg_chars[who()] += len(text); seg_calls[who()] += 1
    return original(text, offset)

docmod.tokenize = counting
if len(paths) >= 8:
    tokens.prefer_bulk()  # as the engine does for a run over many files
engine = Engine(ConfigResolver(Overrides(disable_plugins=tuple(sys.argv[3:]))))
run_plugin = engine._run_plugin
def timed(impl, document, context):
    t = time.perf_counter()
    try:
        return run_plugin(impl, document, context)
    finally:
        plugin_time[impl.plugin_name] += time.perf_counter() - t
engine._run_plugin = timed
engine.check_path(paths[0])  # first-use costs (the bulk tokenizer's import, lazy tables) are not per report
seg_chars.clear(); seg_calls.clear(); plugin_time.clear()
total_chars = 0
t0 = time.perf_counter()
for p in paths:
    r = engine.check_path(p)
    total_chars += len(r.text)
wall = time.perf_counter() - t0
print(json.dumps({"files": len(paths), "chars": total_chars, "wall": wall,
                  "seg_chars": seg_chars, "seg_calls": seg_calls, "plugin_time": plugin_time,
                  "tokenizer": getattr(tokens.get_tokenizer(), "name", "?")}))
"""


def profile(listing: Path, n: int, tokenizer: Optional[str]) -> dict:
    """Segmentation volume per rule module and time per plugin, in one process over ``n`` files."""
    proc = subprocess.run([PY, "-c", PROFILE, str(listing), str(n), *FOREIGN], capture_output=True, text=True,
                          env=env_for(tokenizer), timeout=1800)
    if proc.returncode:
        raise SystemExit(f"profile failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def same_findings(a: Path, b: Path) -> tuple[bool, int]:
    """(identical JSON output, number of files whose findings differ)."""
    ja, jb = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    by_file = lambda j: {f["path"]: sorted(json.dumps(x, sort_keys=True) for x in j["findings"] if x["path"] == f["path"])
                         for f in j["files"]}
    fa, fb = by_file(ja), by_file(jb)
    differ = sum(1 for k in set(fa) | set(fb) if fa.get(k) != fb.get(k))
    return ja["findings"] == jb["findings"] and ja["files"] == jb["files"], differ


# -- report ------------------------------------------------------------------------------------

def main() -> int:
    """Build the corpus, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=500, help="number of reports (default 500)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--singles", type=int, default=2, help="single-report runs per round (default 2)")
    parser.add_argument("--quick", action="store_true", help="-n 100 --rounds 2 --singles 1")
    parser.add_argument("--keep-corpus", metavar="DIR", help="build the corpus in DIR and keep it")
    parser.add_argument("--profile-files", type=int, default=100, help="files in the profile pass")
    parser.add_argument("--venv", metavar="DIR", default=str(VENV),
                        help=f"the virtual environment to install and measure fzlint in (default {VENV})")
    parser.add_argument("--in-place", action="store_true",
                        help="measure the running interpreter's fzlint (e.g. an editable development install)")
    args = parser.parse_args()
    global PY, FOREIGN
    if not args.in_place:
        PY = str(prepare_venv(Path(args.venv)))
    FOREIGN = foreign_plugins()
    if subprocess.run([PY, "-c", "import autocorrect_py"], capture_output=True).returncode:
        print("bench: the reference autocorrect-py is not installed: pip install autocorrect-py", file=sys.stderr)
        return 2
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if args.quick:
        args.n, args.rounds, args.singles = 100, 2, 1

    work = Path(args.keep_corpus) if args.keep_corpus else Path(tempfile.mkdtemp(prefix="fzbench-"))
    corpus = work / "reports"
    shutil.rmtree(corpus, ignore_errors=True)
    paths = build_corpus(corpus, args.n)
    base = sources()
    # the single-report case: the largest real report (and the next ones), as a pre-commit hook sees it
    by_size = sorted(paths[: len(base)], key=lambda p: -p.stat().st_size)
    singles = by_size[: args.singles]
    size = sum(p.stat().st_size for p in paths)
    if FOREIGN:
        print(f"not measured (plugins of other packages): {', '.join(FOREIGN)}", file=sys.stderr)
    print(f"corpus: {len(paths)} reports, {size / 1024:.0f} KB, from {len(base)} sources; "
          f"single-report runs on {', '.join(p.name for p in singles)}", file=sys.stderr)

    # warm-up: bytecode, the compact dictionary, the data cache and OS caches, outside the timings
    if args.in_place:  # an installed fzlint was compiled by pip
        subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "src"), str(ROOT / "plugins"),
                        str(ROOT / "checklists")], env=env_for(None), check=False, stdout=subprocess.DEVNULL)
    run(fzlint("--no-cache", "-o", str(work / "out.json"), str(singles[0])), env_for("jieba"), cwd=work)
    run([PY, "-c", JIEBA_INIT])

    results = measure(corpus, paths, singles, args.rounds, work)
    for label, tok in (("jieba", "jieba"), ("fast", None)):  # outputs to compare (not timed)
        for jobs in ("1", "2"):
            run(fzlint("--no-cache", "-j", jobs, "--format", "json", "-o", str(work / f"j{jobs}-{label}.json"),
                       str(corpus)), env_for(tok), cwd=work)
    med = {k: statistics.median(t for t, _, _ in v) for k, v in results.items()}
    mem = {k: max(m for _, m, _ in v) for k, v in results.items()}
    cpu = {k: statistics.median(c for _, _, c in v) for k, v in results.items()}
    n = len(paths)
    rate = {k: n / med[k] for k in med if ": N" in k}

    print()
    print(f"fzlint speed benchmark — {n} reports ({size / 1024:.0f} KB), {args.rounds} rounds, "
          f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {load:.1f} before / "
          f"{(os.getloadavg()[0] if hasattr(os, 'getloadavg') else 0.0):.1f} after")
    print()
    print(f"| {'measurement (fresh process)':<36} | {'median s':>9} | {'reports/s':>9} | {'CPU s':>7} | {'peak MB':>7} |")
    print(f"|{'-' * 38}|{'-' * 11}|{'-' * 11}|{'-' * 9}|{'-' * 9}|")
    for k in results:
        r = f"{rate[k]:9.1f}" if k in rate else " " * 9
        print(f"| {k:<36} | {med[k]:9.3f} | {r} | {cpu[k]:7.3f} | {mem[k]:7.1f} |")

    ac_one, ac_rate, jinit = med["autocorrect: 1 report"], rate["autocorrect: N reports"], med["jieba.initialize()"]
    goals = [
        ("1  jieba: 1 report / jieba.initialize()", med["fzlint jieba: 1 report"] / jinit, "<= 0.35"),
        ("1  fast: 1 report / autocorrect 1 report", med["fzlint fast: 1 report"] / ac_one, "<= 3"),
        ("2  jieba: N reports/s / autocorrect", rate["fzlint jieba: N, 1 process"] / ac_rate, ">= 0.25"),
        ("2  fast: N reports/s / autocorrect", rate["fzlint fast: N, 1 process"] / ac_rate, ">= 0.5"),
        ("2  jieba: --jobs 2 / 1 process", rate["fzlint jieba: N, --jobs 2"] / rate["fzlint jieba: N, 1 process"], ">= 1.6"),
        ("2  fast: --jobs 2 / 1 process", rate["fzlint fast: N, --jobs 2"] / rate["fzlint fast: N, 1 process"], ">= 1.6"),
        ("3  peak memory, N reports (MB)", max(v for k, v in mem.items() if k.startswith("fzlint") and ": N" in k), "< 200"),
        ("4  cache: first run / re-run", med["fzlint jieba: N, cache cold"] / med["fzlint jieba: N, cache re-run"], ">= 10"),
    ]
    print()
    print(f"| {'goal':<42} | {'ratio':>8} | {'target':>8} | ok  |")
    print(f"|{'-' * 44}|{'-' * 10}|{'-' * 10}|-----|")
    for name, value, target in goals:
        op, bound = target.split()
        ok = {"<=": value <= float(bound), ">=": value >= float(bound), "<": value < float(bound)}[op]
        print(f"| {name:<42} | {value:8.3f} | {target:>8} | {'yes' if ok else 'NO ':<3} |")

    print()
    for label in ("jieba", "fast"):
        same, differ = same_findings(work / f"j1-{label}.json", work / f"j2-{label}.json")
        print(f"findings {label}: --jobs 2 identical to 1 process (same order): {'yes' if same else 'NO'}"
              f"{'' if same else f' ({differ} files differ)'}")
    same, differ = same_findings(work / "j1-jieba.json", work / "j1-fast.json")
    print(f"findings jieba vs fast tokenizer: {'identical' if same else f'{differ} of {n} files differ'}")

    listing = work / "paths.txt"
    for label, tok in (("jieba", "jieba"), ("fast", None)):
        prof = profile(listing, min(args.profile_files, n), tok)
        per = prof["files"] or 1
        print(f"\nin-process profile ({label}, tokenizer {prof['tokenizer']}): {prof['files']} files, "
              f"{prof['wall'] / per * 1000:.2f} ms/report, segmented {sum(prof['seg_chars'].values()) / max(1, prof['chars']) * 100:.1f}% "
              f"of {prof['chars'] / per:.0f} chars/report")
        for mod, chars in sorted(prof["seg_chars"].items(), key=lambda x: -x[1]):
            print(f"  segments  {mod:<32} {chars / per:8.0f} chars/report in {prof['seg_calls'][mod] / per:6.1f} calls")
        for plugin, secs in sorted(prof["plugin_time"].items(), key=lambda x: -x[1]):
            print(f"  plugin    {plugin:<32} {secs / per * 1000:8.2f} ms/report")
    if not args.keep_corpus:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
