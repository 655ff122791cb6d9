"""Suppressions: Markdown disable/enable comments, Word comments, accepted phrases from the configuration.

Two ways to silence a finding a user has judged acceptable:

* **comments in Markdown**::

      <!-- fzlint-disable wording/colloquial, punctuation -->   rule ids or families; none = all
      ...                                                       silenced up to the enable comment
      <!-- fzlint-enable -->                                    (or "fzlint-enable RULE")
      <!-- fzlint-disable-next-line numbers -->                 only the next non-blank line

  A ``fzlint-disable`` that is never closed runs to the end of the file; when it also comes
  before any report text it is file-wide and silences document-level findings (a missing
  section) too.

* **Word comments** in ``.docx``: a comment whose text is ``fzlint-disable [RULE, ...]``
  silences those rules on the text it is anchored to (action ``disable-range``);

* **accepted phrases** in the configuration, per rule id or family (like Vale's accept lists)::

      accept:
        wording/colloquial: ["一站式服务"]

  A finding is dropped when an occurrence of an accepted phrase covers its whole span (so the
  phrase may be the matched text, a longer phrase around it, or the sentence containing it).

A suppression that no longer silences anything is reported as ``fzlint/unused-suppression``:
a comment that matched no finding (warning), an accepted phrase that occurs in the document
but no longer needs accepting there (info).  Suppressions that only name rules that are not
enabled in this run are not judged.  Core diagnostics (``fzlint/...``) cannot be suppressed.

Findings lying entirely on markup a reader masked (``document.masked``) are dropped first:
they are about the markup, not the report.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, Mapping, Optional, Sequence

from . import recache
from .config import matches_rule, most_specific
from .records import field, record
from .rules import Finding, Rule, Severity, msg

_DIRECTIVE = recache.compile(r"^\s*fzlint-(disable-next-line|disable|enable)(?=\s|$)(.*)$", re.S)


@record(frozen=True)
class Directive:
    """A suppression comment: ``action`` is disable, enable, disable-next-line or disable-range."""

    action: str
    #: rule ids or families; empty means every rule
    rules: tuple[str, ...]
    #: offsets of the whole comment in the document text
    start: int
    end: int


def parse_directive(body: str, start: int, end: int) -> Optional[Directive]:
    """Parse the inside of a comment (``fzlint-disable RULE, RULE``); None when it is not one."""
    m = _DIRECTIVE.match(body)
    if not m:
        return None
    rules = tuple(x for x in re.split(r"[\s,，、]+", m.group(2).strip()) if x)
    return Directive(m.group(1), rules, start, end)


@record
class Region:
    """The span of text one directive silences."""

    directive: Directive
    rules: tuple[str, ...]
    start: int
    end: int
    file_level: bool = False
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        """True when ``finding`` lies in this region and its rule is one of the region's."""
        if self.rules and not matches_rule(finding.rule_id, self.rules):
            return False
        if finding.start is None:
            return self.file_level
        return self.start <= finding.start < self.end


@record
class _Accepted:
    key: str
    phrase: str
    used: bool = False
    occurrences: list[int] = field(default_factory=list)


def regions(text: str, directives: Sequence[Directive]) -> list[Region]:
    """Turn a document's directives into the regions they silence (``region.directive`` links back)."""
    first_text = len(text) - len(text.lstrip())
    out: list[Region] = []
    open_: list[Region] = []
    for d in directives:
        if d.action == "disable-range":  # a Word comment anchored on start..end
            out.append(Region(d, d.rules, d.start, d.end))
        elif d.action == "disable-next-line":
            line_end = text.find("\n", d.end)
            s = len(text) if line_end < 0 else line_end + 1
            while s < len(text):
                e = text.find("\n", s)
                e = len(text) if e < 0 else e
                if text[s:e].strip():
                    break
                s = e + 1
            e = text.find("\n", s)
            out.append(Region(d, d.rules, s, len(text) if e < 0 else e))
        elif d.action == "disable":
            r = Region(d, d.rules, d.end, len(text), file_level=d.start <= first_text)
            out.append(r)
            open_.append(r)
        else:  # enable
            still = []
            for r in open_:
                if not d.rules:
                    r.end, r.file_level = d.start, False
                    continue
                closing = tuple(x for x in r.rules if matches_rule(x, d.rules)) if r.rules else ()
                if r.rules and not closing:
                    still.append(r)
                    continue
                r.end, r.file_level = d.start, False
                remaining = tuple(x for x in r.rules if x not in closing)
                if remaining:  # the rules not re-enabled stay disabled after this comment
                    rest = Region(r.directive, remaining, d.end, len(text))
                    out.append(rest)
                    still.append(rest)
            open_ = still
    return out


def _masked(start: int, end: Optional[int], ranges: Sequence[tuple[int, int]]) -> bool:
    """True when text[start:end] lies inside one masked range."""
    if not ranges:
        return False
    end = end if end is not None and end > start else start + 1
    i = bisect.bisect_right(ranges, (start, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def _covered_by_phrase(text: str, start: int, end: Optional[int], phrase: str) -> bool:
    end = end if end is not None and end > start else start + 1
    lo = max(0, end - len(phrase))
    i = text.find(phrase, lo, start + len(phrase))
    while i != -1 and i <= start:
        if i + len(phrase) >= end:
            return True
        i = text.find(phrase, i + 1, start + len(phrase))
    return False


def apply_suppressions(document: Any, findings: list[Finding], config: Any,
                       enabled: Mapping[str, Rule], all_rules: Mapping[str, Rule],
                       unused_rule: Rule) -> list[Finding]:
    """Drop suppressed findings and add ``unused_rule`` findings for suppressions that silence nothing."""
    masked = getattr(document, "masked", ()) or ()
    directives = getattr(document, "directives", ()) or ()
    accept: Mapping[str, Sequence[str]] = getattr(config, "accept", None) or {}
    if not (masked or directives or accept):
        return findings
    text = document.text
    regs = regions(text, directives)
    accepted = [_Accepted(key, phrase) for key, phrases in accept.items() for phrase in phrases if phrase]
    kept: list[Finding] = []
    for f in findings:
        if f.rule_id.startswith("fzlint/"):
            kept.append(f)
            continue
        if f.start is not None and _masked(f.start, f.end, masked):
            continue
        hit = False
        for r in regs:
            if r.covers(f):
                r.used = hit = True
        if f.start is not None:
            for a in accepted:
                if matches_rule(f.rule_id, (a.key,)) and _covered_by_phrase(text, f.start, f.end, a.phrase):
                    a.used = hit = True
        if not hit:
            kept.append(f)
    if unused_rule.id in enabled:
        kept.extend(_unused(document, regs, accepted, config, enabled, all_rules, unused_rule))
    return kept


def _judged(selectors: Sequence[str], enabled: Mapping[str, Rule], all_rules: Mapping[str, Rule]) -> bool:
    """Whether an unused suppression of ``selectors`` is worth reporting in this run."""
    if not selectors:
        return True
    if any(matches_rule(r, selectors) for r in enabled if not r.startswith("fzlint/")):
        return True
    return not any(matches_rule(r, selectors) for r in all_rules)  # names no rule at all: a typo


def _unused(document: Any, regs: list[Region], accepted: list[_Accepted], config: Any,
            enabled: Mapping[str, Rule], all_rules: Mapping[str, Rule], rule: Rule) -> list[Finding]:
    out: list[Finding] = []
    override = most_specific(rule.id, getattr(config, "severity", {}) or {})
    text = document.text
    by_directive: dict[Directive, bool] = {}
    for r in regs:
        by_directive[r.directive] = by_directive.get(r.directive, False) or r.used
    for d, used in by_directive.items():
        if used or not _judged(d.rules, enabled, all_rules):
            continue
        unknown = [s for s in d.rules if not any(matches_rule(r, (s,)) for r in all_rules)]
        action = "disable" if d.action == "disable-range" else d.action
        what = f"fzlint-{action}" + (f" {', '.join(d.rules)}" if d.rules else "")
        kind_zh, kind_en = ("Word 批注", "Word comment") if d.action == "disable-range" else ("抑制注释", "suppression comment")
        if unknown:
            zh = f"{kind_zh}“{what}”中的规则 {', '.join(unknown)} 不存在（用 fzlint rules 查看规则编号），该注释未抑制任何问题"
            en = f"{kind_en} '{what}' names unknown rule(s) {', '.join(unknown)} (see fzlint rules) and suppresses nothing"
        else:
            zh = f"{kind_zh}“{what}”没有抑制任何问题，可以删除"
            en = f"{kind_en} '{what}' suppresses nothing; remove it"
        out.append(Finding(rule.id, override or rule.severity, msg(zh, en), d.start, d.end))
    for a in accepted:
        if a.used or not _judged((a.key,), enabled, all_rules):
            continue
        i = text.find(a.phrase)
        if i < 0:
            continue  # the phrase is not in this document: nothing to judge here
        zh = (f"配置 accept 中为 {a.key} 接受的“{a.phrase}”在本文中已不再触发该规则，"
              "如各报告都不再需要，可从配置中删除")
        en = (f"the phrase '{a.phrase}' accepted for {a.key} in the configuration no longer triggers it "
              "here; remove it from 'accept' if no report needs it")
        out.append(Finding(rule.id, override or Severity.INFO, msg(zh, en), i, i + len(a.phrase)))
    return out
