"""The error raised for an invalid checklist: it names the file, the YAML line and the field."""

from __future__ import annotations

from typing import Optional, Sequence, Union

PathPart = Union[str, int]


def field_name(path: Sequence[PathPart]) -> str:
    """Render a path into a checklist as ``items[2].check.patterns[0]`` (``<top>`` when empty)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "<top level>"


class ChecklistError(Exception):
    """A checklist cannot be used: unreadable, bad YAML, schema violation, bad regex, unknown kind.

    ``str(error)`` is one line: ``FILE:LINE: FIELD: problem``.
    """

    def __init__(self, file: str, problem: str, line: Optional[int] = None,
                 field: Optional[str] = None) -> None:
        self.file = file
        self.problem = problem
        self.line = line
        self.field = field
        where = file if line is None else f"{file}:{line}"
        text = f"{where}: {field}: {problem}" if field else f"{where}: {problem}"
        super().__init__(text)
