"""Record classes: the part of :mod:`dataclasses` fzlint uses, built for start-up time.

``@record`` (and ``@record(frozen=True)``) gives a class the ``__init__``, ``__repr__``, ``__eq__``
and (when frozen) ``__hash__``, ``__setattr__`` and ``__delattr__`` that ``@dataclass`` would, for
fields declared with annotations and optional defaults or :func:`field` specifiers
(``default``, ``default_factory``, ``init``, ``repr``, ``compare``), base records' fields first,
``__post_init__`` called at the end of ``__init__``.  :func:`fields` and :func:`replace` work
as their ``dataclasses`` namesakes do.

Why not ``dataclasses``: it compiles five or six generated functions per class, so the 46 record
types of a check cost a fresh process about 20 ms, a fifth of checking one report.  Here only
``__init__`` is generated (one small compilation per class; the other methods are shared and
read the class's field names); instances behave the same, and creating one costs the same.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Optional, TypeVar

__all__ = ["FrozenInstanceError", "MISSING", "Field", "field", "fields", "record", "replace"]

T = TypeVar("T")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


#: the "no default" marker of :func:`field`
MISSING: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """An attribute of a frozen record was assigned or deleted."""


class Field:
    """One field of a record: its name and how ``__init__``, ``repr`` and ``==`` treat it."""

    __slots__ = ("name", "default", "default_factory", "init", "repr", "compare")

    def __init__(self, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True,
                 repr: bool = True, compare: bool = True) -> None:  # noqa: A002 - dataclasses' name
        """A field specifier (use :func:`field`); ``name`` is set when the record class is made."""
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r}, init={self.init}, compare={self.compare})"


def field(*, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True,
          repr: bool = True, compare: bool = True) -> Any:  # noqa: A002
    """Declare a field with options, as ``dataclasses.field`` does (the subset fzlint uses)."""
    return Field(default, default_factory, init, repr, compare)


def fields(obj: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, in ``__init__`` order."""
    try:
        return obj.__record_fields__
    except AttributeError:
        raise TypeError(f"{obj!r} is not a record class or instance") from None


def replace(obj: T, **changes: Any) -> T:
    """A copy of the record ``obj`` with some fields changed (``__post_init__`` runs again)."""
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_classvar(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__origin__", annotation)
    if isinstance(text, str):
        text = text.split("[", 1)[0].strip()
        return text in ("ClassVar", "typing.ClassVar", "t.ClassVar")
    return repr(text).startswith("typing.ClassVar")


def _own_fields(cls: type) -> list[Field]:
    out = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_classvar(annotation):
            continue
        value = cls.__dict__.get(name, MISSING)
        spec = value if isinstance(value, Field) else Field(default=value)
        spec.name = name
        if isinstance(value, Field):  # the class attribute holds the default, as with dataclasses
            if spec.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)
        if spec.default.__class__ in (list, dict, set):
            raise ValueError(f"mutable default {spec.default.__class__.__name__} for field {name} "
                             "is not allowed: use default_factory")
        out.append(spec)
    return out


def _init_source(cls: type, all_fields: list[Field], frozen: bool) -> tuple[str, dict[str, Any]]:
    params, body = [], []
    env: dict[str, Any] = {"_MISSING": MISSING}
    seen_default = False
    for f in all_fields:
        if f.init:
            if f.default is not MISSING:
                env[f"_d_{f.name}"] = f.default
                params.append(f"{f.name}=_d_{f.name}")
                seen_default = True
            elif f.default_factory is not MISSING:
                params.append(f"{f.name}=_MISSING")
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            else:
                params.append(f.name)
        if f.default_factory is not MISSING:
            env[f"_f_{f.name}"] = f.default_factory
            value = f"_f_{f.name}() if {f.name} is _MISSING else {f.name}" if f.init else f"_f_{f.name}()"
        elif f.init:
            value = f.name
        else:
            continue  # init=False with a plain default: the class attribute provides it
        body.append(f"_d[{f.name!r}] = {value}" if frozen else f"self.{f.name} = {value}")
    if frozen and body:
        # the instance dict is written directly: the class's __setattr__ refuses every assignment,
        # and going around it with object.__setattr__ costs a call per field
        body.insert(0, "_d = self.__dict__")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    signature = ", ".join(["self", *params])
    return f"def __init__({signature}):\n    " + "\n    ".join(body or ["pass"]) + "\n", env


#: compiled ``__init__`` code by (file name, source): read from the data cache at the first record
#: class, so a fresh process compiles none of those it has compiled before (3 ms for fzlint's)
_CODES: Optional[dict[tuple[str, str], Any]] = None
_NEW_CODES: dict[tuple[str, str], Any] = {}


def _compiled(source: str, filename: str) -> Any:
    """The code of ``source``, compiled now or by an earlier process (see :data:`_CODES`)."""
    global _CODES
    if _CODES is None:
        _CODES = _stored_codes()
    key = (filename, source)
    code = _CODES.get(key)
    if code is None:
        code = _CODES[key] = _NEW_CODES[key] = compile(source, filename, "exec")
        if len(_NEW_CODES) == 1:
            import atexit

            atexit.register(_store_codes)
    return code


def _codes_path() -> Optional[str]:
    import importlib.util
    import os
    import sys

    from .datacache import data_dir

    folder = data_dir()
    tag = sys.implementation.cache_tag  # the bytecode format, as for __pycache__ files
    if folder is None or tag is None:
        return None
    return os.path.join(folder, f"records-{tag}-{importlib.util.MAGIC_NUMBER.hex()}.marshal")


def _stored_codes() -> dict[tuple[str, str], Any]:
    from .datacache import read_entry

    path = _codes_path()
    stored = read_entry(path) if path else None
    return dict(stored) if isinstance(stored, dict) else {}


def _store_codes() -> None:
    """Add the code compiled by this process to the stored codes (called at exit)."""
    from .datacache import write_entry

    path = _codes_path()
    if path and _NEW_CODES:
        merged = _stored_codes()
        if len(merged) > 2000:  # many versions' worth: start again with this one's
            merged = {}
        merged.update(_NEW_CODES)
        write_entry(path, merged)
        _NEW_CODES.clear()


def _record_repr(self: Any) -> str:
    parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_repr__)
    return f"{self.__class__.__qualname__}({parts})"


def _record_eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        key = self.__record_key__
        return key(self) == key(other)
    return NotImplemented


def _record_hash(self: Any) -> int:
    return hash(self.__record_key__(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _no_key(obj: Any) -> tuple:
    return ()


def _make(cls: type, frozen: bool) -> type:
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: records keep their fields in the instance dict, not in __slots__")
    inherited: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        for f in base.__dict__.get("__record_fields__", ()):
            inherited[f.name] = f
    for f in _own_fields(cls):
        inherited[f.name] = f
    all_fields = list(inherited.values())
    source, env = _init_source(cls, all_fields, frozen)
    exec(_compiled(source, f"<record {cls.__qualname__}>"), env)  # noqa: S102 - generated above
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    compared = [f.name for f in all_fields if f.compare]
    cls.__record_fields__ = tuple(all_fields)
    cls.__record_repr__ = tuple(f.name for f in all_fields if f.repr)
    cls.__record_key__ = staticmethod(attrgetter(*compared) if len(compared) > 1 else
                                      (lambda obj, _n=compared[0]: (getattr(obj, _n),)) if compared else _no_key)
    cls.__init__ = init
    cls.__repr__ = _record_repr
    cls.__eq__ = _record_eq
    if frozen:
        cls.__hash__ = _record_hash
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    else:
        cls.__hash__ = None  # mutable and compared by value: unhashable, as with dataclasses
    return cls


def record(cls: Optional[type] = None, /, *, frozen: bool = False) -> Any:
    """Class decorator: make ``cls`` a record (``@record`` or ``@record(frozen=True)``)."""
    def wrap(c: type) -> type:
        return _make(c, frozen)

    return wrap if cls is None else wrap(cls)

