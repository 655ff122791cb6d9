"""The ``example/report-length`` rule: a report should stay within about 5,000 characters.

《整治形式主义为基层减负若干规定》(2024) asks for short, practical documents and puts ordinary
documents at no more than about 5,000 characters.  A county can tighten or relax the limit::

    # .fzlint.yaml
    options:
      example: {max-chars: 4000}
"""

from __future__ import annotations

import re
from typing import Iterator

from fzlint.hookspecs import hookimpl
from fzlint.rules import Finding, Rule, RuleDoc, msg

#: the plugin's name: its entry-point name, used by ``options`` and ``--disable-plugin``
PLUGIN = "example"
DEFAULT_MAX_CHARS = 5000

REPORT_LENGTH = Rule(
    "example/report-length", "structure", "info",
    "报告篇幅过长", "Report longer than the length guideline",
    RuleDoc(
        what="The report has more characters (whitespace not counted) than the configured limit "
             f"(default {DEFAULT_MAX_CHARS}).",
        why="《整治形式主义为基层减负若干规定》 asks for short, practical documents (短、实、新) and puts "
            "ordinary documents at no more than about 5,000 characters; long reports hide the facts "
            "reviewers look for.",
        example="A 9,000-character report that repeats the policy background of every measure.",
        use_instead="Keep each measure to what was done, with figures; drop background paragraphs.",
        source="《整治形式主义为基层减负若干规定》（中共中央办公厅、国务院办公厅，2024年）",
    ),
)


@hookimpl
def fzlint_rules():
    """Declare the plugin's rule."""
    return [REPORT_LENGTH]


#: runs of whitespace (``\s`` is exactly ``str.isspace``); a regex scan, not a loop per character
_WHITESPACE = re.compile(r"\s+")


def count_chars(text: str) -> int:
    """Characters of ``text`` without whitespace (how Word counts 字数 with punctuation)."""
    return len(text) - sum(map(len, _WHITESPACE.findall(text)))


@hookimpl
def fzlint_check(document, context) -> Iterator[Finding]:
    """Report a document-level finding when the report is longer than the limit."""
    if not context.enabled(REPORT_LENGTH.id):
        return
    limit = context.options(PLUGIN).get("max-chars", DEFAULT_MAX_CHARS)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        raise ValueError(f"options.{PLUGIN}.max-chars must be a positive integer, not {limit!r}")
    n = count_chars(document.text)
    if n > limit:
        yield REPORT_LENGTH.finding(msg(
            f"报告约{n}字，超过{limit}字的篇幅要求；应压缩背景性表述，突出具体做法和数据",
            f"the report has about {n} characters, more than the {limit}-character guideline; "
            "cut background text and keep concrete measures and figures"))
