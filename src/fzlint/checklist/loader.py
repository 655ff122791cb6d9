"""Loading checklists: safe YAML with line numbers, JSON Schema validation, compilation.

A checklist is found by id among the bundled ones (package ``fzlint_checklists``, the
top-level ``checklists/`` folder) or read from a path.  YAML is only ever loaded with the safe
loader; the composed node tree gives every field its line, so any problem (bad YAML, schema
violation, bad regular expression, unknown kind or section) stops with
``FILE:LINE: FIELD: problem``.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Any, Callable, Optional

from ..rules import Category, Message, Rule, RuleDoc, Severity
from .errors import ChecklistError, field_name
from .kinds import KINDS, Compiler
from .model import COMMON_VARIABLES, PLACEHOLDER, Checklist, Item

BUNDLED_PACKAGE = "fzlint_checklists"
SCHEMA_NAME = "checklist.schema.json"


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of the checklist format (shipped inside the package)."""
    from importlib import resources  # only when a checklist is compiled (not on a cached run)

    text = resources.files("fzlint.checklist").joinpath(SCHEMA_NAME).read_text(encoding="utf-8")
    return json.loads(text)


def _package_folder(package: str) -> Optional[str]:
    """The folder on disk of ``package``, found without importing it; None when it is not one."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or ()) if spec else ():
        if os.path.isdir(location):
            return location
    return None


@lru_cache(maxsize=1)
def _bundled_root() -> Any:
    """The folder of the bundled checklists (a path, else a ``Traversable``), or None without the package.

    A plain folder is found without ``importlib.resources``, whose import (``pathlib``,
    ``tempfile``, ``zipfile``...) would cost every run several milliseconds.
    """
    folder = _package_folder(BUNDLED_PACKAGE)
    if folder is not None:
        return folder
    from importlib import resources

    try:
        return resources.files(BUNDLED_PACKAGE)
    except ModuleNotFoundError:
        return None


def _listing(root: Any) -> list[str]:
    names = os.listdir(root) if isinstance(root, str) else [p.name for p in root.iterdir()]
    return sorted(name[:-5] for name in names if name.endswith(".yaml"))


#: the last listing of the bundled folder: (folder, its mtime, ids); checked with one stat per
#: call, since every document asks (see :func:`locate`)
_bundled_listing: Optional[tuple[str, int, list[str]]] = None


def bundled_ids() -> list[str]:
    """Ids of the checklists shipped with fzlint."""
    global _bundled_listing
    root = _bundled_root()
    if root is None:
        return []
    try:
        folder = os.fspath(root)
        stamp = os.stat(folder).st_mtime_ns
    except (TypeError, OSError):  # not a folder on disk (e.g. inside a zip archive): no caching
        return _listing(root)
    cached = _bundled_listing
    if cached is None or cached[:2] != (folder, stamp):
        cached = _bundled_listing = (folder, stamp, _listing(root))
    return list(cached[2])


@lru_cache(maxsize=64)
def _bundled_file(checklist_id: str) -> str:
    """The path of a bundled checklist (the package folder does not move)."""
    root = _bundled_root()
    name = f"{checklist_id}.yaml"
    return os.path.join(root, name) if isinstance(root, str) else str(root.joinpath(name))


def locate(spec: str, resolve: Optional[Callable[[str], str]] = None) -> str:
    """The file a checklist spec names: a bundled id, else a path (resolved with ``resolve``)."""
    looks_like_path = spec.endswith((".yaml", ".yml")) or "/" in spec or os.sep in spec
    if not looks_like_path and spec in bundled_ids():
        return _bundled_file(spec)
    path = resolve(spec) if resolve else spec
    if os.path.isfile(path):
        return path
    if looks_like_path:
        raise ChecklistError(spec, "no such checklist file")
    known = ", ".join(bundled_ids()) or "none"
    raise ChecklistError(spec, f"unknown checklist: not a bundled checklist (bundled: {known}) "
                               "and no such file")


_CACHE: dict[str, tuple[tuple[int, int], Checklist]] = {}


def load(spec: str, resolve: Optional[Callable[[str], str]] = None) -> Checklist:
    """Load (and cache while the file is unchanged) the checklist ``spec`` names."""
    path = locate(spec, resolve)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise ChecklistError(path, f"cannot read checklist: {exc.strerror or exc}") from None
    stamp = (st.st_mtime_ns, st.st_size)
    cached = _CACHE.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    checklist = load_file(path)
    _CACHE[path] = (stamp, checklist)
    return checklist


def load_file(path: str) -> Checklist:
    """Read, validate and compile one checklist file."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise ChecklistError(path, f"cannot read checklist: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ChecklistError(path, f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    return load_text(text, path)


def load_text(text: str, name: str = "<checklist>") -> Checklist:
    """Validate and compile a checklist given as YAML text (``name`` is used in messages)."""
    from ..datacache import cached

    def parse_and_validate() -> tuple[Any, dict[tuple, int]]:
        data, lines = parse_yaml(text, name)
        validate(data, lines, name)
        return data, lines

    # a valid checklist's parsed form is cached per content: no YAML parsing or jsonschema per run
    data, lines = cached("checklist", text, parse_and_validate)
    return compile_checklist(data, lines, name)


# -- YAML with line numbers ---------------------------------------------------------------------

def parse_yaml(text: str, name: str) -> tuple[Any, dict[tuple, int]]:
    """Safely load YAML and map every field path to its 1-based line."""
    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and cmark is not None and mark is not None and cmark.line != mark.line:
            problem += f" ({context} on line {cmark.line + 1})"
        raise ChecklistError(name, f"invalid YAML: {problem}", line) from None
    lines: dict[tuple, int] = {}
    if node is not None:
        _walk(node, (), lines, name)
    return data, lines


def _walk(node: Any, path: tuple, lines: dict[tuple, int], name: str) -> None:
    import yaml

    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                raise ChecklistError(name, f"duplicate key {key!r}", key_node.start_mark.line + 1,
                                     field_name(path + (key,)))
            seen.add(key)
            lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _walk(child, path + (i,), lines, name)


# -- schema -------------------------------------------------------------------------------------

def _labels(data: Any) -> dict[tuple, str]:
    out: dict[tuple, str] = {}
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        for i, item in enumerate(data["items"]):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                out[("items", i)] = item["id"]
    return out


def validate(data: Any, lines: dict[tuple, int], name: str) -> None:
    """Validate ``data`` against the JSON Schema; raise on the first problem (in file order)."""
    import jsonschema

    compiler = Compiler(name, lines, labels=_labels(data))
    if not isinstance(data, dict):
        compiler.fail((), "a checklist must be a mapping with id, title, source and items")
    validator = jsonschema.Draft202012Validator(schema())
    errors = list(validator.iter_errors(data))
    if not errors:
        return
    errors = [e for e in errors if not _redundant(e, errors)]

    def order(err: Any) -> tuple:
        path = tuple(err.absolute_path)
        return (compiler.line(path) or 0, -len(path))

    err = sorted(errors, key=order)[0]
    path, problem = _describe(err)
    compiler.fail(path, problem)


def _redundant(err: Any, errors: list) -> bool:
    """An ``if``/``then`` wrapper error that a more precise one repeats."""
    return err.validator in ("allOf", "oneOf", "anyOf") and any(
        len(other.absolute_path) > len(err.absolute_path) for other in errors if other is not err)


def _describe(err: Any) -> tuple[tuple, str]:
    """The path and a readable problem for a jsonschema error."""
    if err.validator in ("oneOf", "anyOf") and err.context:
        # the alternative whose type fits says what is wrong (not "valid under none of ...")
        fitting = [e for e in err.context if e.validator != "type"]
        if fitting:
            return _describe(max(fitting, key=lambda e: len(e.absolute_path)))
    path = tuple(err.absolute_path)
    v = err.validator
    if v == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = [k for k in err.instance if k not in allowed]
        key = extra[0] if extra else ""
        return path + (key,), f"unknown field {key!r} (allowed here: {', '.join(allowed)})"
    if v == "required":
        missing = [k for k in err.validator_value if k not in err.instance]
        return path, f"missing required field {missing[0] if missing else err.validator_value!r}"
    if v == "enum" and path and path[-1] == "kind":
        return path, f"unknown kind {err.instance!r} (known kinds: {', '.join(sorted(KINDS))})"
    if v == "enum":
        return path, f"{err.instance!r} is not one of: {', '.join(map(str, err.validator_value))}"
    if v == "const":
        return path, f"must be {err.validator_value!r}"
    if v == "pattern":
        return path, (f"{err.instance!r} is not a valid id (lower-case letters, digits and '-', "
                      "starting with a letter or digit)")
    if v == "type":
        return path, f"must be of type {err.validator_value}, not {type(err.instance).__name__}"
    if v in ("oneOf", "anyOf"):
        return path, f"invalid value {_short(err.instance)}: {_first_line(err.message)}"
    return path, _first_line(err.message)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _first_line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:197] + "..."


# -- compilation ----------------------------------------------------------------------------

def _text(value: Any) -> Message:
    if isinstance(value, dict):
        return Message(value["zh"], value.get("en", value["zh"]))
    return Message(str(value), str(value))


def compile_checklist(data: dict, lines: dict[tuple, int], name: str) -> Checklist:
    """Build a :class:`Checklist` from schema-valid data (regexes, references, ids checked here)."""
    sections_data = data.get("sections") or {}
    c = Compiler(name, lines, sections_data.keys(), _labels(data))
    sections = {key: c.selector(value, ("sections", key)) for key, value in sections_data.items()}
    _check_cycles(sections, c)
    cid = data["id"]
    title = _text(data["title"])
    items: list[Item] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data["items"]):
        path = ("items", i)
        if raw["id"] in seen:
            c.fail(path + ("id",), f"duplicate item id {raw['id']!r} (also items[{seen[raw['id']]}])")
        seen[raw["id"]] = i
        check = c.check(raw["check"], path + ("check",))
        message = _text(raw["message"])
        for lang, template in (("zh", message.zh), ("en", message.en)):
            for ph in PLACEHOLDER.findall(template):
                if ph not in check.variables and ph not in COMMON_VARIABLES:
                    avail = ", ".join("{" + v + "}" for v in (*check.variables, *COMMON_VARIABLES[:2]))
                    c.fail(path + ("message",) + ((lang,) if isinstance(raw["message"], dict) else ()),
                           f"unknown placeholder {{{ph}}} for kind {raw['check']['kind']!r} (available: {avail})")
        item_title = _text(raw["title"])
        docs = raw.get("docs") or {}
        rule = Rule(
            f"{cid}/{raw['id']}", Category(raw.get("category", "content")), Severity(raw["severity"]),
            item_title.zh, item_title.en,
            RuleDoc(
                what=docs.get("what") or f"{item_title.en}. {check.describe()}",
                why=docs.get("why") or data.get("description", "") or title.zh,
                example=docs.get("example", ""),
                use_instead=docs.get("use-instead", ""),
                source=raw["source"],
            ),
        )
        items.append(Item(rule, check, message))
    return Checklist(id=cid, title=title.zh, description=data.get("description", ""),
                     source=data["source"], version=str(data.get("version", "")), path=name,
                     sections=sections, items=tuple(items))


def _check_cycles(sections: dict, c: Compiler) -> None:
    state: dict[str, int] = {}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            c.fail(("sections", name), f"sections refer to each other in a cycle: {' -> '.join(trail + (name,))}")
        state[name] = 1
        for ref in sections[name].references():
            visit(ref, trail + (name,))
        state[name] = 2

    for name in sections:
        visit(name, ())


def validate_file(spec: str) -> Checklist:
    """Validate one checklist file or bundled id (``fzlint checklist validate``); raise on problems."""
    path = spec if os.path.exists(spec) else locate(spec)
    return load_file(path)
