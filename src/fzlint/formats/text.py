"""The text format: ruff-like ``path:line:col: severity rule message`` with the source line."""

from __future__ import annotations

import io
import os
from functools import lru_cache
from typing import Any, Iterable, Union

from .. import recache
from ..markers import hookimpl
from ..records import replace
from ..results import INTERNAL_ERROR_ID, FileResult, ReportedFinding
from . import Formatter, Summary, severity_label

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@lru_cache(maxsize=8192)
def _cells(ch: str) -> int:
    import unicodedata  # only for the rare characters the sure ranges leave open

    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


#: runs of characters that surely take two cells (CJK ideographs, full-width forms), removed in C
#: (a run at a time: a Chinese excerpt has a few)
_SURELY_WIDE_RUNS = recache.lazy(
    "[\u3000-\u303e\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]+")
#: a character that is neither ASCII nor surely one cell wide (Latin-1 signs, general punctuation
#: such as “”…—·, common in reports and in excerpts): only these need looking up one by one
_UNSURE = recache.lazy("[^\x00-\xff\u2010-\u2027\u2030-\u205e]")


def display_width(text: str) -> int:
    """Terminal cells taken by ``text`` (CJK and full-width characters take two)."""
    if text.isascii():
        return len(text)
    rest = _SURELY_WIDE_RUNS().sub("", text)
    width = 2 * len(text) - len(rest)  # two cells for each character removed, one for the rest so far
    if rest.isascii() or _UNSURE().search(rest) is None:
        return width
    return width + sum(map(_cells, rest)) - len(rest)


def excerpt(line: str, column: int, end_column: int, context: int = 24) -> tuple[str, int, int]:
    """Clip a long line (a whole paragraph) to ``context`` characters around the span."""
    line = line.rstrip()
    start = column - 1 - context
    stop = max(end_column - 1, column) + context
    tail = "…" if stop < len(line) else ""
    if start <= 0:
        return line[:stop] + tail, column, end_column
    # the clipped head becomes "…", one column: the span moves left by ``start - 1`` columns
    return f"…{line[start:stop]}{tail}", column - start + 1, end_column - start + 1


class TextFormatter(Formatter):
    """Human-readable output; coloured only when writing to a terminal."""

    name = "text"
    description = "ruff-like lines with the source excerpt (default)"

    def begin(self) -> None:
        """Set up colour output when enabled."""
        self._console = None
        if self.options.color:
            from rich.console import Console

            self._console = Console(file=self.stream, highlight=False, soft_wrap=True)

    @property
    def plain(self) -> bool:
        """True when writing plain text (no terminal colours), as :meth:`render` makes it."""
        return self._console is None

    def _write(self, text: str, style: str = "") -> None:
        if not text:
            return
        if self._console is not None and style:
            from rich.text import Text

            self._console.print(Text(text, style=style), end="")
        else:
            self.stream.write(text)

    def add(self, result: FileResult) -> None:
        """Print one file's findings as soon as it is checked."""
        if self._console is None:  # plain output: one write per file
            self.write(self.render(result))
            return
        if result.error:
            return
        lines = result.text.split("\n") if result.text else []
        path = self.display_path(result.path)
        for f in result.findings:
            for text, style in zip(self._pieces(path, f, lines, self.options.lang), self._styles(f)):
                self._write(text, style)
        self.stream.flush()

    def render(self, result: FileResult) -> str:
        """The plain text :meth:`add` writes for ``result`` (see :mod:`fzlint.replay`)."""
        if result.error:
            return ""  # unreadable files are reported on stderr by the CLI
        lines = result.text.split("\n") if result.text else []
        path = self.display_path(result.path)
        out: list[str] = []
        for f in result.findings:
            out.extend(self._pieces(path, f, lines, self.options.lang))
        return "".join(out)

    def prerendered(self, result: FileResult) -> FileResult:
        """``result`` with its output rendered, its text and findings left out (lighter to send between processes).

        The findings are counted for the summary (``counts``); a plugin failure's stays, it
        keeps the result out of the cache.
        """
        return replace(result, rendered=self.render(result), text="", counts=Summary.counts(result),
                       findings=[f for f in result.findings if f.rule_id == INTERNAL_ERROR_ID])

    def write_stored(self, blocks: Iterable[Union[bytes, memoryview]]) -> None:
        """Write blocks stored by an earlier run (UTF-8 bytes of :meth:`render`), flushed by the summary line.

        Straight into the binary buffer when the stream would encode the text to those very bytes
        (no decoding and encoding again), else as text.
        """
        raw = _byte_stream(self.stream)
        for block in blocks:
            if raw is not None:
                raw.write(block)
            else:
                self.write(str(block, "utf-8"), flush=False)

    def write(self, text: str, flush: bool = True) -> None:
        """Write a rendered block (from :meth:`render`, or stored by an earlier run).

        Each file's block is flushed as it comes (output streams while files are checked);
        ``flush=False`` leaves that to the next flush when the blocks are all at hand (a replay).
        """
        if text:
            self.stream.write(text)
        if flush:
            self.stream.flush()

    @staticmethod
    def _styles(f: ReportedFinding) -> tuple[str, ...]:
        """The styles of the pieces :meth:`_pieces` returns, in order."""
        style = _STYLE[f.severity.value]
        return ("bold", style, "dim", "", "", style, "green")

    @staticmethod
    def _pieces(path: str, f: ReportedFinding, lines: list[str], lang: str) -> list[str]:
        """The text of one finding: location, severity, rule, message, excerpt, caret line, suggestion."""
        line = f.line
        pieces = [f"{path}:{line}:{f.column}: " if line is not None else f"{path}: ",
                  severity_label(f.severity, lang), f" {f.rule_id} ", f"{f.message.text(lang)}\n"]
        if line is not None and 0 < line <= len(lines):
            src = lines[line - 1]
            src, col, end_col = excerpt(src, f.column, f.end_column if f.end_line == line else len(src) + 1)
            pad = display_width(src[: col - 1])
            width = max(1, display_width(src[col - 1: end_col - 1]))
            pieces.append(f"    {src}\n")
            pieces.append(f"    {' ' * pad}{'^' * width}\n")
        else:
            pieces += ("", "")
        suggestion = f.suggestion
        if suggestion is None:
            pieces.append("")
        elif suggestion == "":
            pieces.append("    建议：删除\n" if lang == "zh" else "    suggested: delete it\n")
        else:
            label = "建议改为" if lang == "zh" else "suggested"
            shown = suggestion if len(suggestion) <= 60 else suggestion[:57] + "…"
            pieces.append(f"    {label}: {shown}\n")
        return pieces

    def end(self, summary: Summary) -> None:
        """Print the summary line."""
        s = summary.by_severity
        if self.options.lang == "en":
            line = (f"Found {summary.total} problem(s) ({s['error']} error, {s['warning']} warning, "
                    f"{s['info']} info) in {summary.files} file(s).")
        else:
            line = (f"共检查 {summary.files} 个文件，发现 {summary.total} 个问题"
                    f"（错误 {s['error']}，警告 {s['warning']}，提示 {s['info']}）。")
        if summary.unreadable:
            line += (f" {summary.unreadable} file(s) could not be read." if self.options.lang == "en"
                     else f" 另有 {summary.unreadable} 个文件无法读取。")
        self._write(line + "\n", "bold")
        self.stream.flush()


@hookimpl
def fzlint_formats():
    """Provide the text format."""
    return [TextFormatter]


def _byte_stream(stream: Any) -> Any:
    """The binary buffer under ``stream`` when writing UTF-8 bytes there is what writing the text would do, else None.

    That is a UTF-8 text stream that translates no line ends (Windows turns ``\\n`` into ``\\r\\n``);
    it is flushed first, so that what it holds already comes out before the bytes.
    """
    if os.linesep != "\n" or not isinstance(stream, io.TextIOWrapper):
        return None
    if (stream.encoding or "").lower().replace("-", "") != "utf8" or stream.errors not in ("strict", "surrogateescape"):
        return None
    stream.flush()
    return stream.buffer
