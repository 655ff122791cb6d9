"""The caches that make a fresh process cheap: compiled patterns and installed entry points."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from fzlint import entrypoints, recache

PATTERNS = [
    (r"(?<![\u4e00-\u9fff])法制(?P<x>建设|宣传)?", 0),
    (r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、", re.M),
    (r"(\d+)\s*(?:件|次|人)", 0),
    (r"[，。；：！？、]{2,}", 0),
    (r"abc|ABC", re.I),
    (r"开展(?:法治|普法)?宣传(?P<n>\d+)次", 0),
]
TEXT = "一、加强法制建设\n  二、开展法制宣传12 件，，共3次\n普法ABC活动abc。"


def _run(code: str, cache: Path) -> dict:
    env = {**os.environ, "FZLINT_DICT_DIR": str(cache)}
    env.pop("FZLINT_NO_DATA_CACHE", None)
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


COMPILE_ALL = f"""
    import json, re
    from fzlint import recache
    generated = []
    _generate = recache._generate
    recache._generate = lambda p, f: generated.append(p) or _generate(p, f)
    out = []
    for pattern, flags in {PATTERNS!r}:
        p = recache.compile(pattern, flags)
        out.append([p.pattern, p.flags, dict(p.groupindex), p.groups, recache.required_literal(p),
                    [[m.span(), m.groups()] for m in p.finditer({TEXT!r})]])
    print(json.dumps({{"generated": len(generated), "out": out}}))
"""


def _expected() -> list:
    out = []
    for pattern, flags in PATTERNS:
        p = re.compile(pattern, flags)
        out.append([p.pattern, p.flags, dict(p.groupindex), p.groups, recache.required_literal(p),
                    [[list(m.span()), list(m.groups())] for m in p.finditer(TEXT)]])
    return out


def test_stored_patterns_behave_exactly_like_re_compile(tmp_path):
    first = _run(COMPILE_ALL, tmp_path)  # generates and stores the code
    assert first["generated"] == len(PATTERNS)
    stored = list((tmp_path / "data").glob("regex-*.bin"))
    assert len(stored) == 1
    second = _run(COMPILE_ALL, tmp_path)  # takes the stored code: nothing is parsed again
    assert second["generated"] == 0
    assert first["out"] == second["out"] == _expected()


DEFER_ALL = f"""
    import json, re
    from fzlint import recache
    built = []
    _build = recache._build
    recache._build = lambda e: built.append(e[6]) or _build(e)
    out, kinds = [], []
    for pattern, flags in {PATTERNS!r}:
        p = recache.deferred(pattern, flags)
        kinds.append([type(p).__name__, recache.facts(pattern, flags) is not None])
        before = len(built)
        head = [p.pattern, p.flags, recache.required_literal(p)]  # known without building it
        unbuilt = len(built) == before
        out.append(head[:2] + [dict(p.groupindex), p.groups, head[2],
                               [[m.span(), m.groups()] for m in p.finditer({TEXT!r})]])
        kinds[-1].append(unbuilt)
    mine = {{pattern for pattern, _ in {PATTERNS!r}}}
    print(json.dumps({{"kinds": kinds, "out": out, "built": sum(source in mine for source in built)}}))
"""


def test_patterns_an_earlier_process_compiled_are_built_only_when_searched(tmp_path):
    first = _run(DEFER_ALL, tmp_path)  # nothing stored yet: compiled at once, and stored
    assert [k[0] for k in first["kinds"]] == ["Pattern"] * len(PATTERNS)
    second = _run(DEFER_ALL, tmp_path)
    assert second["kinds"] == [["DeferredPattern", True, True]] * len(PATTERNS)
    assert first["out"] == second["out"] == _expected()  # the same pattern once searched
    assert second["built"] == len(PATTERNS)


def test_a_known_pattern_keeps_its_problems_without_being_built(tmp_path):
    code = """
        import json
        from fzlint import recache
        from fzlint.checklist.patterns import check_regex
        print(json.dumps([check_regex(p) for p in ("法治|", "(?:法治)?", "法治(建设|宣传)", "法治(")]))
    """
    first, second = _run(code, tmp_path), _run(code, tmp_path)
    assert first == second
    assert [bool(p) for p in first] == [True, True, False, True]
    assert "empty string" in first[0] and "invalid" in first[3]


def test_old_pattern_stores_are_pruned_when_one_is_written(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for i in range(6):  # stores of other Python builds or fzlint versions, oldest first
        old = data / f"regex-v1-cpython30-{i:08x}.bin"
        old.write_bytes(b"old")
        os.utime(old, ns=(10**18 + i, 10**18 + i))
    _run(COMPILE_ALL, tmp_path)
    left = sorted(p.name for p in data.glob("regex-v*.bin"))
    assert len(left) == recache.KEEP_STORES
    assert any(name.startswith(f"regex-v{recache.FORMAT_VERSION}-") for name in left)  # the one written
    assert "regex-v1-cpython30-00000000.bin" not in left and "regex-v1-cpython30-00000005.bin" in left


def test_a_damaged_store_falls_back_to_re(tmp_path):
    _run(COMPILE_ALL, tmp_path)
    stored = next((tmp_path / "data").glob("regex-*.bin"))
    stored.write_bytes(b"\x00garbage" * 10)
    assert _run(COMPILE_ALL, tmp_path)["out"] == _expected()
    # an entry whose code is wrong is refused by _sre and compiled afresh
    import marshal

    good = _run(COMPILE_ALL, tmp_path)["out"]
    store = recache._Store(str(stored))
    blobs = []
    index = {}
    offset = 0
    for key in store.index:
        flags, code, groups, gi, ig, requirement, source = marshal.loads(store.raw(key))
        raw = marshal.dumps((flags, code[: len(code) // 2], groups, gi, ig, requirement, source))
        index[key] = (offset, len(raw))
        offset += len(raw)
        blobs.append(raw)
    store._fh.close()
    head = marshal.dumps(index)
    stored.write_bytes(recache._HEADER.pack(recache._MAGIC, len(head)) + head + b"".join(blobs))
    again = _run(COMPILE_ALL, tmp_path)
    assert again["out"] == good == _expected()
    assert again["generated"] == len(PATTERNS)


def test_searchable_patterns_match_exactly_the_same():
    """Assertions moved behind the first character, or a lookahead in front, change no match."""
    patterns = [r"(?:(?<=学习)习|(?<!学)习)?(?<!习近平)总书记的?法治思想", r"(?<=积极|认真)的(?=开展|推进)",
                r"(?<![予供])(?:最大限度|尽可能)(?P<x>的)(?=化解)", r"(?<!全民)(?:全民|全国)?国家安全日",
                r"(?<!\d)\d+余",
                r"(?<=人民)调节|调节(?=纠纷)", r"(?<![（(])[一二](?P<n>、)", r"(?<!\.)\.\d",
                r"(?<![0-9])[0-9]{2}(年)", r"(?<![\d.])\d{1,3}余", r"(?<!\d)\d{2,}?次", r"(?<!\d)\d{2}+人",
                r"(?<![0-9])[0-9]{2,4}(?=年)"]
    text = ("学习习近平总书记的法治思想，深入学习习总书记法治思想；积极的开展普法，尽可能的化解矛盾，全民国家安全日，"
            "12余件，1.5余人，3余次；人民调节纠纷（一、二、3.4.5；23年，2023年，123年，12345余次，21人，7人")
    for source in patterns:
        rewritten = recache.searchable(source)
        assert rewritten != source and not rewritten.startswith(("(?<", "(?:")), rewritten
        plain, fast = re.compile(source), recache.compile(source, search=True)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], source
        assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)], source
    assert recache.searchable(r"(?<!学)习总书记") == r"习(?<!(?:学)(?s:.))总书记"
    assert recache.searchable(r"(?<!\d)\d{1,3}余") == r"\d(?<!(?:\d)(?s:.))\d{0,2}余"
    for unchanged in ("法治", "(?i)abc", "[ab]+c", "x*y?", "(?<!a).b", r"(?=\d)(?<![\d.])(\d+)余"):
        assert recache.searchable(unchanged) == unchanged


COLLECT_SEARCH_PATTERNS = """
import json, sys
from fzlint import recache
compile_, seen = recache.compile, {}
def spy(pattern, flags=0, search=False):
    if search and isinstance(pattern, str):
        seen[pattern, int(flags)] = None
    return compile_(pattern, flags, search=search)
recache.compile = spy
from fzlint.config import ConfigResolver, Overrides
from fzlint.engine import Engine
engine = Engine(ConfigResolver(Overrides(disable_plugins=("example",))))
for path in sys.argv[1:]:
    engine.check_path(path)
print(json.dumps(list(seen)))
"""


def test_every_bundled_searchable_pattern_matches_as_written():
    """Every pattern the plugins compile with ``search=True``, rewritten, finds what it finds as written."""
    root = Path(__file__).resolve().parent.parent
    reports = sorted((root / "examples").glob("*.txt")) + sorted((root / "tests" / "fixtures").rglob("*.txt"))
    proc = subprocess.run([sys.executable, "-c", COLLECT_SEARCH_PATTERNS, *map(str, reports)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    sources = json.loads(proc.stdout.splitlines()[-1])
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in reports]
    texts.append("".join(texts))
    rewritten = 0
    for source, flags in sources:
        plain, fast = re.compile(source, flags), re.compile(recache.searchable(source, flags), flags)
        rewritten += plain.pattern != fast.pattern
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text)], source
    assert len(sources) > 100 and rewritten >= 20  # the check covers the real patterns and rewrites


def test_invalid_patterns_raise_re_error():
    try:
        recache.compile("(unclosed")
    except re.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected re.error")


def _fake_dist(folder: Path, name: str, plugin: str) -> None:
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[fzlint]\n{plugin} = {plugin}_mod:plugin\n", encoding="utf-8")


LIST_GROUP = """
    import json, sys
    sys.path.insert(0, {folder!r})
    from fzlint import entrypoints
    print(json.dumps([[e.name, e.value, e.dist] for e in entrypoints.group_entries("fzlint")]))
"""


def test_entry_points_are_cached_and_follow_installs_and_removals(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    _fake_dist(site, "fz-third", "third")
    code = LIST_GROUP.format(folder=str(site))
    first = _run(code, tmp_path / "cache")
    assert ["third", "third_mod:plugin", "fz-third"] in first
    assert ["punctuation", "fzlint_plugins.punctuation", "fzlint"] in first
    assert list((tmp_path / "cache" / "data").glob("entrypoints-*.marshal"))
    assert _run(code, tmp_path / "cache") == first  # from the cache

    _fake_dist(site, "fz-fourth", "fourth")  # installed later
    assert ["fourth", "fourth_mod:plugin", "fz-fourth"] in _run(code, tmp_path / "cache")

    import shutil

    shutil.rmtree(site / "fz-third-1.0.dist-info")  # uninstalled
    names = [e[0] for e in _run(code, tmp_path / "cache")]
    assert "third" not in names and "fourth" in names


def test_entry_points_edited_in_place_are_read_again(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    _fake_dist(site, "fz-third", "third")
    code = LIST_GROUP.format(folder=str(site))
    _run(code, tmp_path / "cache")
    ep_file = site / "fz-third-1.0.dist-info" / "entry_points.txt"
    ep_file.write_text("[fzlint]\nthird = third_mod:other_plugin\n", encoding="utf-8")
    st = ep_file.stat()
    os.utime(ep_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert ["third", "third_mod:other_plugin", "fz-third"] in _run(code, tmp_path / "cache")


def test_entry_load_resolves_module_and_attribute():
    entry = entrypoints.Entry("x", "fzlint.textutil:cn_to_int", "fzlint", "", "")
    assert entry.load()("十二") == 12
    assert entrypoints.Entry("y", "fzlint.textutil", "fzlint", "", "").load().__name__ == "fzlint.textutil"


def test_hashes_are_the_standard_ones():
    import hashlib

    from fzlint.digest import fingerprint_hash, key_hash

    assert fingerprint_hash(b"rule\x1fline\x1fx\x1f0") == hashlib.sha256(b"rule\x1fline\x1fx\x1f0").hexdigest()
    assert key_hash(b"a", b"bc").hexdigest() == hashlib.blake2b(b"abc", digest_size=32).hexdigest()


def test_checking_one_report_loads_no_heavy_module_it_does_not_need(tmp_path):
    """What a pre-commit run must not import: OpenSSL, dataclasses, importlib.resources (and what they pull in)."""
    report = tmp_path / "r.txt"
    report.write_text("某镇2024年法治政府建设情况报告\n\n一、主要举措\n开展普法宣传3次。\n", encoding="utf-8")
    code = ("import sys\nfrom fzlint.cli import main\n"
            f"rc = main(['check', '--no-cache', '-o', {str(tmp_path / 'out.txt')!r}, {str(report)!r}])\n"
            "heavy = ('hashlib', '_hashlib', 'dataclasses', 'shutil', 'importlib.resources', 'tempfile')\n"
            "print(sorted(m for m in heavy if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[-2] == "[]", proc.stdout


CHECK_ONE_COUNTING = """
    import json, sys
    from fzlint import recache, regexscan
    generated, analysed = [], []
    _generate, _plan_of = recache._generate, regexscan._plan_of
    recache._generate = lambda p, f: generated.append(p) or _generate(p, f)
    regexscan._plan_of = lambda s, f: analysed.append(s) or _plan_of(s, f)
    from fzlint.config import ConfigResolver, Overrides
    from fzlint.engine import Engine
    engine = Engine(ConfigResolver(Overrides(disable_plugins=("example",))))
    result = engine.check_path(sys.argv[1])
    print(json.dumps({"generated": generated, "analysed": analysed, "findings": len(result.findings)}))
"""


def test_a_second_process_compiles_and_analyses_no_pattern(tmp_path):
    """Every pattern's code and every regexscan analysis a check needs comes from the data cache the next time."""
    report = Path(__file__).resolve().parent.parent / "examples" / "2025年度法治政府建设情况报告.txt"
    env = {**os.environ, "FZLINT_DICT_DIR": str(tmp_path), "FZLINT_TOKENIZER": "jieba"}
    env.pop("FZLINT_NO_DATA_CACHE", None)

    def run() -> dict:
        proc = subprocess.run([sys.executable, "-c", textwrap.dedent(CHECK_ONE_COUNTING), str(report)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout.splitlines()[-1])

    first = run()
    assert first["generated"] and first["analysed"]  # the counters see the work when there is some
    second = run()
    assert second["generated"] == [] and second["analysed"] == [], second
    assert second["findings"] == first["findings"] > 0
