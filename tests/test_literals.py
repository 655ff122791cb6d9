"""LiteralSet: which of many words occur in a text, with the automaton and with the fallback."""

from __future__ import annotations

import random

import pytest

from fzlint import literals
from fzlint.literals import LiteralScanner, LiteralSet, scanner_data

WORDS = ["法治", "法制", "依法行政", "行政", "政府", "法治政府", "营商坏境", "纠份", "a", "ab"]


@pytest.mark.parametrize("automaton", [True, False])
def test_present_is_exactly_the_words_in_the_text(automaton):
    words = LiteralSet(WORDS, automaton=automaton)
    rng = random.Random(7)
    alphabet = "法治制依行政府营商坏境纠份ab，。"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert words.present(text) == {w for w in WORDS if w in text}, text


@pytest.mark.parametrize("automaton", [True, False])
def test_nested_and_overlapping_words_are_all_found(automaton):
    words = LiteralSet(WORDS, automaton=automaton)
    assert words.present("推进法治政府建设，依法行政") == {"法治", "政府", "法治政府", "依法行政", "行政"}
    assert words.present("") == set()


def test_duplicates_and_empty_words_are_dropped():
    assert LiteralSet(["法治", "", "法治", "政府"]).literals == ("法治", "政府")
    assert LiteralSet([]).present("法治") == set()


def test_shared_literals_added_while_a_text_is_current_are_looked_up_in_it():
    from fzlint_plugins.common import SharedLiterals

    shared = SharedLiterals()
    text, other = "推进法治政府建设，依法行政", "法制宣传"
    shared.add(["法治", "法制"])
    assert shared.present(text) == {"法治"}
    shared.add(["政府", "依法行政", "法治", ""])  # while the text is current: only the new words are looked up
    assert shared.present(text) == {"法治", "政府", "依法行政"}
    assert shared.present(other) == {"法制"}  # a new text: every word, with the automaton built again
    shared.add(["宣传"])
    assert shared.present(other) == {"法制", "宣传"}
    assert shared.present(text) == {"法治", "政府", "依法行政"}


def test_many_long_literals_and_wide_characters():
    # more than the 4 KB of literals above which ahocorasick-rs stops keeping them by default
    words = [f"规范名称{i}号文件" * 8 for i in range(120)] + ["𠀀法", "治𠀀", "a"]
    text = "𠀀法治𠀀a" + words[7] + "。" + words[119][:-1]
    expected = {w for w in words if w in text}
    assert LiteralSet(words).present(text) == expected == LiteralSet(words, automaton=False).present(text)
    assert {"𠀀法", "治𠀀", "a", words[7]} <= expected


def _brute_force(words, text):
    """Every (start, end) of ``words`` in ``text``, by trying each of them."""
    return sorted({(i, i + len(w)) for w in words if w for i in range(len(text)) if text.startswith(w, i)})


def test_the_slices_of_the_first_texts_and_the_automaton_after_find_the_same():
    scanner = LiteralScanner(scanner_data(WORDS))
    rng = random.Random(11)
    alphabet = "法治制依行政府营商坏境纠份ab，。"
    texts = ["推进法治政府建设，依法行政", "abab法治法治政府", "a", ""] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    for k, text in enumerate(texts):
        assert sorted(scanner.find(text)) == _brute_force(WORDS, text), (k, text)
        assert (scanner._automaton is None) == (k < literals.TEXTS_BEFORE_AUTOMATON - 1)
    assert sorted(LiteralScanner(scanner_data(WORDS)).find("推进法治政府建设，依法行政")) == [
        (2, 4), (2, 6), (4, 6), (9, 13), (11, 13)]


def test_places_whose_text_is_to_be_skipped_are_left_out_in_both_ways():
    scanner = LiteralScanner(scanner_data(["法治", "政府", "建设"]))
    text, written = "法治政府建设", "法制政府建设"  # (as if translated: the scan is of text, the skip of written)
    first = [scanner.find(text, skip=frozenset({"政府"}), of=written) for _ in range(literals.TEXTS_BEFORE_AUTOMATON + 1)]
    assert scanner._automaton is not None
    assert all(sorted(found) == [(0, 2), (4, 6)] for found in first)
    assert sorted(scanner.find(text, skip=frozenset({"法治", "建设"}))) == [(2, 4)]


def test_the_slices_alone_find_what_brute_force_finds(monkeypatch):
    """Every text scanned by its slices (no automaton at all): literals at the very end of a text, one
    cut short by the end (法治政 is no 法治政府), single characters, nested and overlapping ones."""
    monkeypatch.setattr(literals, "TEXTS_BEFORE_AUTOMATON", 10 ** 9)
    words = WORDS + ["纠", "法治政府建设"]
    scanner = LiteralScanner(scanner_data(words))
    rng = random.Random(5)
    alphabet = "法治制依行政府营商坏境纠份建设ab，"
    texts = ["法治政", "建设法治", "纠", ""] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                                              for _ in range(400)]
    for text in texts:
        assert sorted(scanner.find(text)) == _brute_force(words, text), text
    assert scanner._automaton is None
