"""The ``title`` kind: the title names the unit, one year and the subject.

::

    check:
      kind: title
      subject: ["法治政府建设", "依法行政"]   # the title must match one of these
      require: [unit, year, subject]           # what the title must name (default: all three)
      single-year: true                        # a range such as 2022—2023年 is a finding
      not-period: ["上半年", "第[一二三四]季度"] # titles of another reporting period
      pattern:                                 # optional: the title must match one of these;
        - "(?P<unit>.+?)关于(?P<year>\\d{4})年度"  # named groups unit/year replace the model's

The title is the document model's: the first one to three short lines (``Document.title``), its
years and its unit (or what the named groups of ``pattern`` capture).
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

from ..records import record
from .kinds import Compiler, Hit, kind, quote
from .patterns import Matcher, compiled
from .selectors import Env


@record(frozen=True)
class TitleCheck:
    """The title exists and names the unit, a single year and the subject."""

    subject: Matcher
    require: tuple[str, ...]
    single_year: bool
    not_period: Matcher
    patterns: tuple[str, ...] = ()
    variables = ("title", "detail")

    def run(self, env: Env) -> Iterator[Hit]:
        """Yield a hit for every problem of the title (document-level when there is none)."""
        doc = env.document
        title = doc.title
        if title is None:
            yield Hit(vars={"title": "", "detail": ("未找到标题", "no title found")})
            return
        where = (title.start, title.end)
        t = quote(title.text, 40)

        def hit(zh: str, en: str) -> Hit:
            return Hit(*where, {"title": t, "detail": (zh, en)})

        years = sorted(set(title.years))
        unit = title.unit
        if self.patterns:
            m = next((m for p in self.patterns if (m := compiled(p, env.year).search(title.text))), None)
            if m is None:
                yield hit("标题不符合规定格式", "the title does not follow the required pattern")
                return
            groups = m.groupdict()
            if groups.get("year"):
                years = sorted({int(y) for y in re.findall(r"\d{4}", groups["year"])})
            if "unit" in groups:
                unit = groups["unit"] or None
        if "year" in self.require and not years:
            yield hit("标题未写明年度（应为“XXXX年度”）", "the title names no year (write 'XXXX年度')")
        elif self.single_year and len(years) > 1:
            span = "、".join(str(y) for y in years)
            yield hit(f"标题含多个年份（{span}），年度报告只应写一个年度",
                      f"the title names several years ({span}); an annual report covers one year")
        if "year" in self.require and doc.body_year is not None and years and doc.body_year not in years:
            yield hit(f"标题写的是{years[0]}年度，正文报告的是{doc.body_year}年度的工作，请核对标题年度",
                      f"the title names {years[0]}, but the body reports on {doc.body_year}: check the title's year")
        if "unit" in self.require and not unit:
            yield hit("标题未写明报告单位（如“XX镇人民政府”）",
                      "the title does not name the reporting unit (e.g. 'XX镇人民政府')")
        if "subject" in self.require and not self.subject.empty and \
                not self.subject.matches(doc, title.start, title.end, env.year):
            yield hit("标题未写明报告事项（如“法治政府建设情况”）",
                      "the title does not name the subject (e.g. '法治政府建设情况')")
        if not self.not_period.empty:
            found = self.not_period.find(doc, title.start, title.end, env.year)
            if found:
                word = doc.text[found[0][0]:found[0][1]]
                yield hit(f"标题中的“{word}”表明这不是年度报告，年度报告应覆盖全年",
                          f"'{word}' in the title: this is not an annual report covering the whole year")

    def describe(self) -> str:
        """What the check looks for."""
        return f"The title names: {', '.join(self.require)}{' (one year only)' if self.single_year else ''}."


@kind("title")
def compile_title(data: Mapping[str, Any], c: Compiler, path: tuple) -> TitleCheck:
    """Compile ``title``."""
    return TitleCheck(
        subject=Matcher(patterns=c.regexes(data.get("subject"), path + ("subject",))),
        require=tuple(data.get("require", ("unit", "year", "subject"))),
        single_year=bool(data.get("single-year", True)),
        not_period=Matcher(patterns=c.regexes(data.get("not-period"), path + ("not-period",))),
        patterns=c.regexes(data.get("pattern"), path + ("pattern",)),
    )
