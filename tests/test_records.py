"""fzlint.records behaves as dataclasses does for everything fzlint declares with it."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import pytest

from fzlint import records
from fzlint.records import FrozenInstanceError, field, fields, record, replace


def _pair(frozen: bool):
    """The same class declared with dataclasses and with records."""
    made = []
    for decorate, spec in ((dataclasses.dataclass(frozen=frozen), dataclasses.field),
                           (record(frozen=frozen), field)):
        @decorate
        class Item:
            name: str
            line: int
            tags: tuple = ()
            notes: list = spec(default_factory=list)
            plugin: str = spec(default="", compare=False)
            kind: ClassVar[str] = "item"

        made.append(Item)
    return made


@pytest.mark.parametrize("frozen", [True, False])
def test_same_init_repr_and_equality_as_dataclasses(frozen):
    dc, rc = _pair(frozen)
    for args, kwargs in [(("a", 1), {}), (("a", 1, ("x",)), {"plugin": "p"}), ((), {"name": "b", "line": 2})]:
        d, r = dc(*args, **kwargs), rc(*args, **kwargs)
        assert repr(d) == repr(r)
        assert [getattr(d, n) for n in ("name", "line", "tags", "notes", "plugin")] == \
               [getattr(r, n) for n in ("name", "line", "tags", "notes", "plugin")]
    assert rc("a", 1) == rc("a", 1, plugin="other")  # compare=False
    assert rc("a", 1) != rc("a", 2)
    assert rc("a", 1) != dc("a", 1)  # another class is never equal
    assert rc("a", 1).notes is not rc("a", 1).notes  # a fresh default per instance
    assert [f.name for f in fields(rc)] == [f.name for f in dataclasses.fields(dc)]
    assert rc.kind == "item" and "kind" not in [f.name for f in fields(rc)]
    with pytest.raises(TypeError):
        rc("a")


def test_frozen_records_hash_by_compared_fields_and_refuse_assignment():
    _, rc = _pair(True)
    a = rc("a", 1, notes=None)
    assert hash(a) == hash(rc("a", 1, notes=None, plugin="x"))
    assert len({a, rc("a", 1, notes=None), rc("b", 1, notes=None)}) == 2
    with pytest.raises(FrozenInstanceError):
        a.name = "b"
    with pytest.raises(AttributeError):
        del a.line
    assert a.name == "a"


def test_mutable_records_can_change_and_are_unhashable():
    _, rc = _pair(False)
    a = rc("a", 1)
    a.line = 5
    assert a == rc("a", 5)
    with pytest.raises(TypeError):
        hash(a)


def test_inheritance_post_init_and_init_false():
    calls = []

    @record(frozen=True)
    class Base:
        path: str
        text: str = ""

    @record(frozen=True)
    class Annotated(Base):
        marks: tuple = field(default=(), compare=False)
        cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)

        def __post_init__(self) -> None:
            calls.append(self.path)

    a = Annotated("p", "t", ((1, 2),))
    assert (a.path, a.text, a.marks, a.cache) == ("p", "t", ((1, 2),), {})
    assert calls == ["p"]
    assert repr(a).endswith("<locals>.Annotated(path='p', text='t', marks=((1, 2),))")
    assert a == Annotated("p", "t")
    with pytest.raises(TypeError):
        Annotated("p", cache={})
    b = replace(a, text="u")
    assert (b.path, b.text, b.marks) == ("p", "u", ((1, 2),)) and len(calls) == 3
    with pytest.raises(ValueError):
        replace(a, cache={})


def test_declaration_errors_match_dataclasses():
    with pytest.raises(ValueError):
        @record
        class Bad:
            items: list = []  # noqa: RUF012 - the error under test

    with pytest.raises(TypeError):
        @record
        class Order:
            a: int = 0
            b: int

    with pytest.raises(TypeError):
        @record(frozen=True)
        class Slotted:
            __slots__ = ("a",)
            a: int

    with pytest.raises(ValueError):
        field(default=1, default_factory=int)
    with pytest.raises(TypeError):
        fields(object())


def test_fzlint_declares_its_types_with_records():
    from fzlint.document import Document
    from fzlint.rules import Finding

    assert records.fields(Document) and records.fields(Finding)
    assert not dataclasses.is_dataclass(Document)


def test_a_fresh_process_reuses_the_compiled_init_code(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "FZLINT_DICT_DIR": str(tmp_path)}
    env.pop("FZLINT_NO_DATA_CACHE", None)
    code = ("import fzlint.engine, fzlint_plugins.checklist\nfrom fzlint import records\n"
            "from fzlint.rules import Finding, Severity, msg\n"
            "f = Finding('a/b', Severity.ERROR, msg('甲', 'a'), 1, 2)\n"
            "print(len(records._NEW_CODES), f.start, f.end)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
            for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr
    first, second = (r.stdout.split() for r in runs)
    assert int(first[0]) > 20 and second == ["0", "1", "2"]
