"""Applying the suggested fixes of findings to the report files (``fzlint check --fix`` / ``--diff``).

A fix replaces the text a finding covers by its suggestion (an empty suggestion deletes it).
Only findings of rules declared fixable are applied, only where the suggestion still fits the
text it was made for, and never two fixes that overlap (the later one waits for the next pass:
the file is checked again after each pass, up to :data:`MAX_PASSES`).

User data comes first:

* only files whose reader declares ``source_text`` are edited: their document offsets are those of
  the decoded file (plain text, Markdown with its markup masked by spaces).  A Word file is never
  rewritten: its fixes are left to the author;
* the file is written back in its own encoding, with its byte-order mark and its line endings, and
  only if decoding and encoding it again gives back its bytes exactly (else it is left alone);
* a fix that would touch masked Markdown markup is not applied;
* the new content replaces the file atomically (a temporary file beside it, then a rename), keeping
  its permissions; on any error the file is left as it was and the error is reported.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Iterable, Optional

from .records import record
from .textutil import split_with_starts

if TYPE_CHECKING:
    from .engine import Engine
    from .results import FileResult, ReportedFinding
    from .rules import Rule, Severity

#: how many times a file is fixed and checked again at most (fixes that overlapped wait for a pass)
MAX_PASSES = 5

_LINE_END = re.compile(r"\r\n|\r|\n")


class FixError(Exception):
    """The file cannot be fixed safely; the message says why (the file is left unchanged)."""


@record(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of a document (offsets of its normalised text) by ``replacement``."""

    start: int
    end: int
    replacement: str
    rule_id: str


def edits_for(findings: Iterable["ReportedFinding"], text: str, rules: dict[str, "Rule"],
              threshold: "Severity") -> list[Edit]:
    """The edits of the fixable findings at or above ``threshold``, in order, none overlapping.

    A finding's span is taken from its line and columns in ``text`` (a document's text) and must
    still hold the text it was made for; of overlapping fixes the first one is kept.
    """
    starts = split_with_starts(text, "\n")[1]
    edits: list[Edit] = []
    for f in findings:
        rule = rules.get(f.rule_id)
        if (rule is None or not rule.fixable or f.suggestion is None or f.line is None
                or f.severity.rank < threshold.rank or not f.matched):
            continue
        if not (1 <= f.line <= len(starts) and f.end_line is not None and 1 <= f.end_line <= len(starts)):
            continue
        start = starts[f.line - 1] + (f.column or 1) - 1
        end = starts[f.end_line - 1] + (f.end_column or 1) - 1
        if text[start:end] != f.matched or f.suggestion == f.matched:
            continue
        edits.append(Edit(start, end, f.suggestion, f.rule_id))
    edits.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for e in edits:
        if kept and e.start < kept[-1].end:
            continue  # overlaps the previous fix (or repeats it): the next pass sees what is left
        kept.append(e)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with the (sorted, non-overlapping) ``edits`` applied."""
    out: list[str] = []
    pos = 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


@record(frozen=True)
class Source:
    """A text file as its bytes say it: decoded text with its own line endings, and how to write it back."""

    raw: str
    encoding: str
    bom: bytes
    #: the line ending new lines get (the file's first one; ``\\n`` when it has none)
    newline: str

    @classmethod
    def decode(cls, data: bytes, path: str) -> "Source":
        """Decode ``data`` as the text reader does; FixError unless encoding it again gives ``data`` back."""
        from .readers import ReaderError
        from .readers.txt import detect_encoding

        try:
            encoding, skip = detect_encoding(data)
            raw = data[skip:].decode(encoding)
        except (ReaderError, UnicodeDecodeError, LookupError) as exc:
            raise FixError(f"{path}: cannot decode the file to fix it ({exc})") from None
        source = cls(raw=raw, encoding=encoding, bom=data[:skip], newline=_first_line_end(raw))
        if source.encode(raw) != data:
            raise FixError(f"{path}: its encoding ({encoding}) does not give back its bytes exactly; "
                           "save it as UTF-8 to let fzlint fix it")
        return source

    @property
    def normalised(self) -> str:
        """The text as documents hold it (line endings ``\\n``, no leading BOM character)."""
        text = self.raw[1:] if self.raw.startswith("\ufeff") else self.raw
        return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text

    def encode(self, raw: str) -> bytes:
        """The bytes of a file holding ``raw`` in this file's encoding and with its byte-order mark."""
        return self.bom + raw.encode(self.encoding)

    def with_text(self, text: str) -> str:
        """The raw text of the file once its normalised text has become ``text``.

        The lines keep their own endings; new lines (from a fix) get :attr:`newline`.  Raises
        FixError when the line structure changed in a way that cannot be mapped (never from fixes
        that keep or join lines).
        """
        head = "\ufeff" if self.raw.startswith("\ufeff") else ""
        if "\r" not in self.raw:
            return head + text
        endings = [m.group() for m in _LINE_END.finditer(self.raw)]
        lines = text.split("\n")
        if len(lines) - 1 != len(endings):  # a fix added or removed line breaks: use the file's one
            return head + self.newline.join(lines)
        out = [lines[0]]
        for ending, line in zip(endings, lines[1:]):
            out.append(ending)
            out.append(line)
        return head + "".join(out)


def _first_line_end(raw: str) -> str:
    m = _LINE_END.search(raw)
    return m.group() if m else "\n"


def unmasked(text: str, source_text: str, edits: list[Edit]) -> list[Edit]:
    """The edits whose span reads the same in the file as in the document (no masked markup in it).

    A Markdown document has its markup masked by spaces; a fix over such spaces would delete the
    markup, so it is dropped.
    """
    if text == source_text:
        return edits
    return [e for e in edits if source_text[e.start:e.end] == text[e.start:e.end]]


def write_atomically(path: str, data: bytes) -> None:
    """Replace the content of ``path`` by ``data`` atomically, keeping its permissions (and owner,
    where allowed); a symbolic link stays a link and its target is written.  FixError on failure."""
    import tempfile

    target = os.path.realpath(path)
    folder = os.path.dirname(target)
    try:
        info = os.stat(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".fzlint-fix", dir=folder)
    except OSError as exc:
        raise FixError(f"{path}: cannot write the fixed file: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, info.st_mode & 0o7777)
        if hasattr(os, "chown") and (info.st_uid, info.st_gid) != _owner(tmp):
            try:
                os.chown(tmp, info.st_uid, info.st_gid)
            except OSError:
                pass  # not allowed to give it away: the fixed file is the user's own, as if saved by them
        os.replace(tmp, target)
    except OSError as exc:
        from .datacache import discard

        discard(tmp)
        raise FixError(f"{path}: cannot write the fixed file: {exc.strerror or exc}") from None


def _owner(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_uid, info.st_gid


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of a file's normalised text before and after its fixes (``a/…`` and ``b/…``)."""
    import difflib

    name = path.replace(os.sep, "/")
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 f"a/{name}", f"b/{name}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def fixable_source(reader: Optional[object]) -> bool:
    """True when documents of ``reader`` have the offsets of the decoded file (see the module doc)."""
    return bool(getattr(reader, "source_text", False))


class Fixer:
    """Fixes the files of a run one result at a time (``--fix`` writes them, ``--diff`` only shows them)."""

    def __init__(self, engine: "Engine", write: bool) -> None:
        """``engine`` reads and checks the fixed text again; ``write`` replaces the files."""
        self.engine = engine
        self.write = write
        #: edits applied (or, without ``write``, that would be), and the files they changed
        self.edits = 0
        self.files = 0
        #: files that had fixes but cannot be edited (Word files), by path
        self.not_editable: list[str] = []

    def fix(self, result: "FileResult") -> tuple["FileResult", str]:
        """Fix the file of ``result``: the result of its fixed text (``result`` when nothing changed)
        and the unified diff of the change (empty when none).  FixError when the file cannot be
        fixed safely: it is then left as it was."""
        from .datacache import read_file
        from .iohost import io_host
        from .readers import ReaderError

        if result.error or not result.findings:
            return result, ""
        engine, path = self.engine, result.path
        config = engine.resolver.for_path(path)
        rules = engine.all_rules(config)
        threshold = config.fail_on
        edits = edits_for(result.findings, result.text, rules, threshold)
        if not edits:
            return result, ""
        reader = io_host(config).readers().get(os.path.splitext(path)[1].lower())
        if not fixable_source(reader):
            self.not_editable.append(path)
            return result, ""
        try:
            data = read_file(path)[0]
        except OSError as exc:
            raise FixError(f"{path}: cannot read the file to fix it: {exc.strerror or exc}") from None
        source = Source.decode(data, path)
        original = text = source.normalised
        try:
            document = engine.read(path, data, config)
        except ReaderError as exc:
            raise FixError(str(exc)) from None
        # the edits are offsets of the checked text: the file must read as it did (and its reader
        # must keep offsets, masking at most), or nothing is changed
        if document.text != result.text or len(text) != len(document.text):
            raise FixError(f"{path}: changed while it was checked, or its reader moves text: not fixed")
        edited = 0
        for _pass in range(MAX_PASSES):
            edits = unmasked(document.text, text, edits)
            if not edits:
                break
            text = apply_edits(text, edits)
            edited += len(edits)
            try:
                data = source.encode(source.with_text(text))
                document = engine.read(path, data, config)
            except (UnicodeEncodeError, ReaderError) as exc:
                raise FixError(f"{path}: the fixed text cannot be written back ({exc}): not fixed") from None
            result = engine.check_document(document, config)
            edits = edits_for(result.findings, document.text, rules, threshold)
        if not edited:
            return result, ""
        if self.write:
            write_atomically(path, data)
        self.edits += edited
        self.files += 1
        return result, unified_diff(path, original, text)
