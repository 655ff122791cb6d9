"""The tokenizer interface: the compact dictionary gives exactly jieba's tokens, backends agree."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys

import pytest

from fzlint import backends, dictionary, tokens
from fzlint.document import Document
from fzlint.tokens import JiebaTokenizer, Stats, Token, tokenize

from conftest import CORPUS, ROOT, corpus

HAS_RJIEBA = importlib.util.find_spec("rjieba") is not None

#: report sentences with known words, unknown names (HMM), numbers, dates and Latin text
SENTENCES = [
    "2024年，青石镇坚持以习近平法治思想为指导，深入贯彻落实《法治政府建设实施纲要（2021—2025年）》。",
    "全年召开党委会专题研究法治政府建设4次，对12件重大行政决策事项全部进行合法性审查。",
    "乡党委书记、乡长带头学法，主持召开法治建设专题会议3次，年终述法1次，亲自督办信访案件5件。",
    "一是执法人员数量不足，全乡持证执法人员仅3名，原因主要是乡镇编制有限。",
    "龙凤场镇聘请常年法律顾问，行政复议纠错率为3.5%，行政诉讼败诉案件0件。",
    "发布时间：2022-04-26 07:52 来源：县司法局 COVID-19疫情防控期间开展“互联网+政务服务”。",
    "扎实推进“放管服”改革，“双随机、一公开”监管实现全覆盖，证明事项告知承诺制落地见效。",
    "",
    "\n\u3000\u3000（三）坚持严格规范公正文明执法。\n",
]


@pytest.fixture(scope="module")
def full_jieba():
    """jieba with its whole in-memory dictionary: the reference."""
    return JiebaTokenizer("full")


@pytest.fixture()
def dict_dir(tmp_path, monkeypatch):
    """A private folder for compact dictionaries."""
    monkeypatch.setenv("FZLINT_DICT_DIR", str(tmp_path / "dicts"))
    return tmp_path / "dicts"


def test_compact_dictionary_gives_exactly_jiebas_tokens(full_jieba):
    compact = JiebaTokenizer("compact")
    assert compact.name == "jieba" and compact.dictionary == "compact"
    for sentence in SENTENCES:
        assert compact.cut(sentence) == full_jieba.cut(sentence), sentence


def test_compact_mapping_has_jiebas_entries_prefixes_and_total(full_jieba):
    freq = dictionary.open_compact()
    assert freq is not None
    reference = full_jieba._tokenizer
    assert freq.total == reference.total
    assert len(freq) == len(reference.FREQ)
    for word in ("法治", "依法行政", "合法性", "依法", "一"):
        assert word in freq and freq[word] == reference.FREQ[word] > 0
    # a prefix of a dictionary word is an entry with frequency 0, as in jieba
    assert reference.FREQ["依法行"] == 0
    assert "依法行" in freq and freq["依法行"] == 0 and freq.get("依法行") == 0
    assert "青石镇龙凤场" not in freq and freq.get("青石镇龙凤场", 7) == 7
    with pytest.raises(KeyError):
        freq["青石镇龙凤场"]


def test_compact_dictionary_is_built_at_first_use_and_rebuilt_when_corrupt(dict_dir, tmp_path):
    assert dictionary.jieba_dict_path() and os.path.isfile(dictionary.jieba_dict_path())
    source = tmp_path / "dict.txt"  # a small dictionary in jieba's format: word, frequency, tag
    source.write_text("依法 2359 d\n依法行政 3 l\n行政 12000 n\n法治政府 50 n\n", encoding="utf-8")
    target = dictionary.compact_path(str(source))
    assert str(dict_dir) in target and not os.path.exists(target)
    assert dictionary.open_compact(str(source), build_missing=False) is None
    freq = dictionary.open_compact(str(source))
    assert freq is not None and os.path.isfile(target)
    assert freq.total == 2359 + 3 + 12000 + 50 and len(freq) == 4 + 6  # words plus prefixes 依, 依法行, 行, 法, 法治, 法治政
    assert freq["依法行政"] == 3 and freq["依法行"] == 0 and "政府" not in freq
    # no temp files left; beside it, the same file by the dictionary's content (for other environments)
    names = sorted(p.name for p in dict_dir.iterdir())
    assert len(names) == 2 and os.path.basename(target) in names
    assert os.path.samefile(*(dict_dir / n for n in names))
    freq.close()
    with open(target, "wb") as fh:
        fh.write(b"not a database at all")
    again = dictionary.open_compact(str(source))
    assert again is not None and again.total == freq.total and "行政" in again


def test_a_dictionary_of_the_same_content_in_another_environment_shares_the_compact_copy(dict_dir, tmp_path,
                                                                                        monkeypatch):
    words = "依法 2359 d\n依法行政 3 l\n行政 12000 n\n"
    first, second, other = tmp_path / "a" / "dict.txt", tmp_path / "b" / "dict.txt", tmp_path / "c" / "dict.txt"
    for path, text in ((first, words), (second, words), (other, words + "法治 9 n\n")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    os.utime(second, ns=(1_000_000_000, 1_000_000_000))  # another install: another time, so another name
    built = dictionary.open_compact(str(first))
    assert built is not None and built.total == 2359 + 3 + 12000
    import jieba

    def no_second_build(*args):
        raise AssertionError("built again for the same content")

    with monkeypatch.context() as patch:
        patch.setattr(jieba.Tokenizer, "gen_pfdict", staticmethod(no_second_build))
        shared = dictionary.open_compact(str(second))
    assert shared is not None and shared.total == built.total
    assert dictionary.compact_path(str(first)) != dictionary.compact_path(str(second))
    assert os.path.samefile(dictionary.compact_path(str(first)), dictionary.compact_path(str(second)))
    changed = dictionary.open_compact(str(other))  # another content: a copy of its own
    assert changed is not None and "法治" in changed and "法治" not in shared
    assert not os.path.samefile(dictionary.compact_path(str(other)), dictionary.compact_path(str(first)))


def test_unwritable_cache_folder_falls_back_to_jiebas_own_dictionary(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("FZLINT_DICT_DIR", str(blocker / "sub"))  # cannot create a folder below a file
    assert dictionary.open_compact() is None
    tok = JiebaTokenizer("compact")
    assert tok.dictionary == "full" and tok.name == "jieba-full"
    assert tok.cut("依法行政") == ["依法行政"]


def test_tokenize_gives_absolute_offsets_and_counts_work():
    Stats.reset()
    text = "严格规范公正文明执法"
    toks = tokenize(text, 100)
    assert "".join(t.text for t in toks) == text
    assert toks[0].start == 100 and toks[-1].end == 100 + len(text)
    assert all(a.end == b.start for a, b in zip(toks, toks[1:]))
    assert isinstance(toks[0], Token)
    assert Stats.calls == 1 and Stats.chars == len(text)


def test_unknown_or_missing_backend_warns_once_and_falls_back(monkeypatch, capsys):
    monkeypatch.setenv("FZLINT_TOKENIZER", "nltk")
    assert tokens.requested_backend() == "auto"
    assert tokens.requested_backend() == "auto"
    err = capsys.readouterr().err
    assert err.count("FZLINT_TOKENIZER='nltk'") == 1
    monkeypatch.setenv("FZLINT_TOKENIZER", "rjieba")
    monkeypatch.setattr(backends, "_AVAILABLE", ["jieba"])  # as on a default install
    assert tokens.requested_backend() == "auto"
    assert "pip install fzlint[fast]" in capsys.readouterr().err
    monkeypatch.setenv("FZLINT_TOKENIZER", "jieba-full")
    assert tokens.requested_backend() == "jieba-full"


def test_auto_policy_switches_to_rjieba_once_a_bulk_run_has_segmented_enough(monkeypatch, full_jieba):
    """Compact jieba first; in a bulk run, rjieba once jieba has segmented SWITCH_CHARS of new text."""
    monkeypatch.delenv("FZLINT_TOKENIZER", raising=False)
    monkeypatch.setattr(tokens, "SWITCH_CHARS", 60)
    auto = tokens.make_tokenizer("auto")
    auto.cut("依法行政")
    assert auto.backend.name == "jieba"
    auto.prefer_bulk()
    for _ in range(30):  # the same text again and again: the memo answers, jieba segments nothing new
        assert auto.cut(SENTENCES[0]) == full_jieba.cut(SENTENCES[0])
    assert auto.backend.name == "jieba"
    for sentence in SENTENCES:
        assert auto.cut(sentence) == full_jieba.cut(sentence), sentence
    assert auto.backend.name == ("rjieba" if HAS_RJIEBA else "jieba")
    small = tokens.make_tokenizer("auto")  # a small run never switches
    for sentence in SENTENCES:
        small.cut(sentence)
    assert small.backend.name == "jieba"


@pytest.mark.skipif(not HAS_RJIEBA, reason="rjieba is not installed")
def test_rjieba_agrees_with_jieba_including_hyphenated_ascii(full_jieba):
    fast = tokens.RjiebaTokenizer()
    for sentence in SENTENCES:
        assert fast.cut(sentence) == full_jieba.cut(sentence), sentence
    assert fast.cut("2022-04-26") == ["2022", "-", "04", "-", "26"]


def test_importing_jieba_skips_pkg_resources():
    code = ("import sys; from fzlint.tokens import import_jieba; j = import_jieba(); "
            "print('pkg_resources' in sys.modules, j.dt.initialized, 'pkg_resources' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]


def test_fresh_check_never_loads_jiebas_whole_dictionary():
    """The pre-commit case: checking a report must not pay jieba's one-second dictionary load."""
    code = (
        "import sys\n"
        "from fzlint.cli import main\n"
        "rc = main(['check', '--no-cache', '-j', '1', sys.argv[1]])\n"
        "j = sys.modules.get('jieba')\n"
        "print('RESULT', rc, bool(j and j.dt.initialized), 'pkg_resources' in sys.modules)\n"
    )
    env = {**os.environ, "FZLINT_TOKENIZER": "jieba", "NO_COLOR": "1"}
    for report in sorted((ROOT / "examples").glob("*.txt")):
        out = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True,
                             text=True, env=env, timeout=120)
        line = [x for x in out.stdout.splitlines() if x.startswith("RESULT")]
        assert line, out.stderr
        _, rc, initialized, pkg_resources = line[0].split()
        assert initialized == "False", report.name
        assert pkg_resources == "False", report.name


def test_compact_dictionary_survives_fork(tmp_path):
    """A worker process reopens the database instead of sharing the parent's connection."""
    freq = dictionary.open_compact()
    assert freq is not None and "法治" in freq
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        ok = "依法行政" in freq and freq._con is not None
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    assert "合法性" in freq


def test_compact_database_is_read_only(tmp_path):
    freq = dictionary.open_compact()
    assert freq is not None
    with pytest.raises(sqlite3.OperationalError):
        freq._connection().execute("DELETE FROM d")


@corpus
@pytest.mark.skipif(not HAS_RJIEBA, reason="rjieba is not installed")
def test_rjieba_and_jieba_give_the_same_findings_on_the_real_reports():
    """``pip install fzlint[fast]`` must not change what fzlint reports."""
    from fzlint.config import ConfigResolver
    from fzlint.engine import Engine

    reports = sorted(CORPUS.glob("*.txt"))
    assert reports

    def run_with(tokenizer) -> dict:
        tokens.set_tokenizer(tokenizer)
        try:
            engine = Engine(ConfigResolver())
            return {p.name: [(f.rule_id, f.line, f.column, f.end_column, f.message.zh)
                             for f in engine.check_path(str(p)).findings] for p in reports}
        finally:
            tokens.set_tokenizer(None)

    slow = run_with(JiebaTokenizer("compact"))
    fast = run_with(tokens.RjiebaTokenizer())
    for name in slow:
        assert fast[name] == slow[name], name


# -- required literals: the cheap prefilter of pattern scans -----------------------------------

@pytest.mark.parametrize("pattern, literal", [
    ("习近平(?:总书记|同志)新时代中国特色社会主义思想", "新时代中国特色社会主义思想"),
    (r"(?<!\d)(\d+)多(?=[件次人])", "多"),
    ("截止(?:目前|到)", "截止"),
    ("(?:ab)+c", "ab"),
    ("(?:abc)?d", "d"),
    ("(?<=依法)行政", "行政"),
    ("^第一责任$", "第一责任"),
    ("a|b", None),
    ("(?:(?<=统筹)|(?<=精心))按排|按排(?=部署|好)", "按排"),   # every alternative contains it
    ("(?:问题|风险)(?P<x>曝露)|曝露(?=出)", "曝露"),
    ("甲乙|丙乙丁", "乙"),
    ("甲乙|丙丁", None),
    ("(?i)abc", None),
    ("a(?i:bcd)e", "a"),
    ("[一二三]是", "是"),
    ("x*", None),
])
def test_required_literal(pattern, literal):
    import re

    from fzlint.textutil import required_literal

    assert required_literal(re.compile(pattern)) == literal


@pytest.mark.parametrize("pattern, texts", [
    (r"(?:HYPERLINK\s+\"[^\"]*\"|TOC\s+\\o)", ("HYPERLINK", "TOC")),      # one literal per alternative
    (r"(?<=[^\sA-Za-z0-9])[*＊]{1,3}(?=[次件人])", ("*", "＊")),             # a small class
    (r"进入|退出播报模式", ("进入", "退出播报模式")),
    (r"(?:进入|退出)播报", ("播报",)),
    (r"法治|法制", ("法",)),                                                # a literal beats a set
    (r"[^a]b?", None),
    (r"(?:a|)c", ("c",)),
    (r"x*", None),
])
def test_required_any(pattern, texts):
    import re

    from fzlint.recache import required_any

    assert required_any(re.compile(pattern)) == (tuple(sorted(texts)) if texts and len(texts) > 1 else texts)


def test_required_literal_is_in_every_match_of_the_bundled_word_lists():
    """The prefilter may never hide a match: check every bundled regex entry on report text."""
    import re

    from fzlint.datacache import load_yaml
    from fzlint import recache
    from fzlint.recache import required_any
    from fzlint.textutil import required_literal

    regexes: list[str] = []

    def walk(x):
        if isinstance(x, dict):
            for key in ("regex", "pattern"):  # word lists, and the artifacts' patterns
                if isinstance(x.get(key), str):
                    regexes.append(x[key])
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for path in sorted((ROOT / "plugins" / "data").glob("*.yaml")):
        walk(load_yaml(path.read_text(encoding="utf-8")))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts.append("\n".join(SENTENCES))
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    checked = 0
    for source in regexes:
        rx = re.compile(source)
        literal = required_literal(rx)
        options = required_any(rx)
        fast = recache.compile(source, search=True)  # the rewrite for searching must match the same
        assert [[m.span(), m.groups()] for t in texts for m in fast.finditer(t)] == \
            [[m.span(), m.groups()] for t in texts for m in rx.finditer(t)], source
        for text in texts:
            for m in rx.finditer(text):
                checked += 1
                assert literal is None or literal in m.group(0), (source, literal, m.group(0))
                assert options is None or any(t in m.group(0) for t in options), (source, options, m.group(0))
    assert regexes


# -- work shared between rule families ------------------------------------------------------------

def test_document_shared_computes_once_per_key():
    from conftest import doc

    d = doc("青石镇人民政府\n关于2024年度法治政府建设情况的报告\n")
    calls = []
    assert d.shared("a", lambda: calls.append(1) or [1, 2]) == [1, 2]
    assert d.shared("a", lambda: calls.append(1) or [3]) == [1, 2]
    assert d.shared("b", lambda: calls.append(1) or [3]) == [3]
    assert len(calls) == 2
    assert doc("其他文本").shared("a", lambda: "fresh") == "fresh"  # per document


def test_leftover_detection_runs_once_although_two_families_use_it(monkeypatch):
    """hygiene reports web leftovers and punctuation skips them: one scan per document."""
    import fzlint_plugins.hygiene as hygiene

    from conftest import findings, report

    calls = []
    original = hygiene._find_artifacts
    monkeypatch.setattr(hygiene, "_find_artifacts", lambda *a: calls.append(1) or original(*a))
    text = report("2022-04-26 07:52 来源：县司法局", "一、主要举措和成效", "全年开展普法宣传活动26次,发放资料2000余份。")
    found = findings(text, ("hygiene", "punctuation"))
    assert found and len(calls) == 1


STORED_RUN = """
import json, sys
from fzlint import tokens
if "bulk" in sys.argv:
    tokens.prefer_bulk()
words = [tokens.get_tokenizer().cut(s) for s in json.loads(sys.argv[1])]
print(json.dumps({"words": words, "jieba": "jieba" in sys.modules}))
"""


def _stored_run(tmp_path, sentences, *extra):
    import json
    import subprocess
    import sys

    env = {**os.environ, "FZLINT_DICT_DIR": str(tmp_path / "cache")}
    env.pop("FZLINT_NO_DATA_CACHE", None)
    env.pop("FZLINT_TOKENIZER", None)
    proc = subprocess.run([sys.executable, "-c", STORED_RUN, json.dumps(sentences, ensure_ascii=False), *extra],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_small_runs_reuse_stored_segmentations_without_importing_jieba(tmp_path):
    sentences = SENTENCES[:4]
    first = _stored_run(tmp_path, sentences)
    assert first["jieba"] is True
    assert list((tmp_path / "cache" / "data").glob("segments-jieba-*.marshal"))
    second = _stored_run(tmp_path, sentences)
    assert second == {"words": first["words"], "jieba": False}
    assert first["words"] == [JiebaTokenizer("compact").cut(s) for s in sentences]
    # one new sentence: jieba is imported for it alone, and the stored ones still match
    third = _stored_run(tmp_path, sentences + ["全面推进依法行政工作。"])
    assert third["jieba"] is True and third["words"][:4] == first["words"]


def test_a_stored_segmentation_that_does_not_fit_its_sentence_is_ignored(tmp_path):
    import marshal

    sentences = SENTENCES[:2]
    first = _stored_run(tmp_path, sentences)
    stored = next((tmp_path / "cache" / "data").glob("segments-jieba-*.marshal"))
    tagged, entries = marshal.loads(stored.read_bytes())
    stored.write_bytes(marshal.dumps((tagged, {text: (1,) for text in entries})))
    again = _stored_run(tmp_path, sentences)
    assert again == {"words": first["words"], "jieba": True}


def test_bulk_runs_store_no_segmentations(tmp_path):
    _stored_run(tmp_path, SENTENCES[:3], "bulk")
    assert not list((tmp_path / "cache" / "data").glob("segments-jieba-*.marshal"))


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
def test_token_at_is_the_sentence_token_at_every_offset(backend):
    """Segmenting the run around an offset gives the word the whole sentence has there."""
    if backend == "rjieba":
        pytest.importorskip("rjieba")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts.append("\n".join(SENTENCES) + "\n扩展A字㐀㐁与兼容字豈更，e-mail：a-b_c@x.cn 2024-05-06 12.5%，“十四五”规划。")
    texts.append("全面推进依法行政加快建设法治政府" * 8 + "，" + "依法治镇2024年" * 9)  # runs longer than a look back
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))][:2]
    tokens.set_tokenizer(tokens.make_tokenizer(backend))
    try:
        for text in texts:
            runs, whole = Document.from_text(text, path="r.txt"), Document.from_text(text, path="r.txt")
            for i in range(len(text)):
                expected = next((t for t in whole.sentence_tokens(i) if t.start <= i < t.end), None)
                assert runs.token_at(i) == expected, (i, text[max(0, i - 5):i + 5])
    finally:
        tokens.set_tokenizer(None)


def test_remembered_segmentations_are_jiebas_and_stay_intact(full_jieba, monkeypatch):
    """A text segmented again comes from the memo: the same words as jieba's, in a list of its own."""
    compact = JiebaTokenizer("compact")
    for sentence in SENTENCES + SENTENCES:
        words = compact.cut(sentence)
        assert words == full_jieba._tokenizer.lcut(sentence), sentence
        words.append("changed")  # the caller's list, not the memo's
    assert len(compact._memo) == len(set(SENTENCES))
    monkeypatch.setattr(tokens.WordMemo, "LIMIT", 2)
    compact = JiebaTokenizer("compact")
    for sentence in SENTENCES:
        assert compact.cut(sentence) == full_jieba._tokenizer.lcut(sentence), sentence
    assert len(compact._memo) <= 2


@pytest.mark.skipif(not HAS_RJIEBA, reason="rjieba not installed")
def test_rjieba_answers_texts_met_before_from_its_memo(monkeypatch):
    """rjieba segments a text once per process; a repeat gets the same words in a list of its own."""
    fast = tokens.RjiebaTokenizer()
    calls = []
    segment = fast.segment
    monkeypatch.setattr(fast, "segment", lambda text: calls.append(text) or segment(text))
    first = [fast.cut(s) for s in SENTENCES]
    first[0].append("changed")
    again = [fast.cut(s) for s in SENTENCES]
    assert again == [segment(s) for s in SENTENCES]
    assert len(calls) == len(set(SENTENCES)) and len(fast._memo) == len(set(SENTENCES))


def test_small_runs_remember_stored_segmentations_in_the_process(monkeypatch, full_jieba):
    """CachedJieba answers a text met before from its memo, with the words the store or jieba gave."""
    monkeypatch.setenv("FZLINT_NO_DATA_CACHE", "1")  # the store stays empty: the memo answers repeats
    cached = tokens.CachedJieba()
    first = [cached.cut(s) for s in SENTENCES]
    first[0].append("changed")
    assert [cached.cut(s) for s in SENTENCES] == [full_jieba._tokenizer.lcut(s) for s in SENTENCES]
    assert len(cached._memo) == len(set(SENTENCES))


def test_compact_mapping_answers_the_same_from_its_memo(full_jieba):
    """The second answer for a word comes from the memo: it must be the first one, and jieba's."""
    reference = full_jieba._tokenizer.FREQ
    freq = dictionary.open_compact()
    words = ["法治", "依法行", "青石镇龙凤场", "一", "。", "2024"]
    for _ in range(2):
        assert [w in freq for w in words] == [w in reference for w in words]
        assert [freq.get(w, -5) for w in words] == [reference.get(w, -5) for w in words]
        assert [freq[w] for w in words if w in reference] == [reference[w] for w in words if w in reference]
        with pytest.raises(KeyError):
            freq["青石镇龙凤场"]
    assert freq.lookups == len(words) and 7 not in freq and None not in freq
