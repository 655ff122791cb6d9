"""The heading parser's second pass (merged headings) gives what parsing every line afresh gives."""

from __future__ import annotations

import itertools
import random

from fzlint.document import Document
from fzlint.structure import _build, _marker_candidates, _merged_markers, parse_headings


def _reparsed(doc: Document):
    """The headings of a second pass that reads every line again (split lines piece by piece)."""
    first = parse_headings(doc.lines, doc.line_starts, doc.body_start_line, embedded=False)
    splits = _merged_markers(doc.lines, doc.line_starts, doc.body_start_line, first) if first else {}
    if not splits:
        return first
    candidates = []
    for ln in range(doc.body_start_line, len(doc.lines)):
        full = doc.lines[ln]
        bounds = [0, *splits.get(ln, ()), len(full)]
        candidates.extend(_marker_candidates(ln, [(a, full[a:b]) for a, b in itertools.pairwise(bounds)]))
    return _build(candidates, doc.line_starts)


def test_second_pass_reuses_the_markers_of_unsplit_lines():
    rnd = random.Random(9)
    parts = ["一、总体情况", "（一）加强组织领导。全年召开会议3次。（二）完善制度建设。制定制度5项。",
             "（三）严格执法。查处案件12件。", "二、存在的不足和原因", "一是执法力量不足。", "（一）问题。（二）原因分析。原因是编制有限。",
             "1.健全机制。2.加强培训。", "三、下一步工作安排", "（一）加强学习。（三）强化监督。", "四、其他事项。"]
    merged = 0
    for _ in range(300):
        lines = ["关于2025年度法治政府建设情况的报告", ""] + [rnd.choice(parts) for _ in range(rnd.randint(1, 12))]
        doc = Document.from_text("\n".join(lines))
        got = parse_headings(doc.lines, doc.line_starts, doc.body_start_line)
        assert got == _reparsed(doc), lines
        merged += any(h.embedded for h in got)
    assert merged  # the texts exercise the second pass
