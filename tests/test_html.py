"""The HTML review page: overview table, highlighted spans, escaping, and a real headless browser."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import report, run_cli

#: a local plugin with three checklist items (category content) and one span rule
PLUGIN = '''
from fzlint.hookspecs import hookimpl
from fzlint.rules import Rule, RuleDoc, msg

def item(name, zh, word):
    return Rule(f"items/{name}", "content", "error", zh, name,
                RuleDoc(what=f"The report must cover {word}.", why="Checklist.", source="test")), word

ITEMS = [item("leadership", "党政主要负责人履行第一责任人职责", "第一责任人"),
         item("shortcomings", "存在的不足和原因", "不足"),
         item("next-year", "下一年度工作安排", "下一步")]
SLOGAN = Rule("demo/slogan", "wording", "warning", "口号化表述", "Slogan",
              RuleDoc(what="Flags 抓手.", why="Style.", source="test"))

@hookimpl
def fzlint_rules():
    return [r for r, _ in ITEMS] + [SLOGAN]

@hookimpl
def fzlint_check(document, context):
    for rule, word in ITEMS:
        if word not in document.text:
            yield rule.finding(msg(f"缺少“{rule.summary_zh}”", f"missing {rule.id}"))
    i = document.text.find("抓手")
    while i >= 0:
        yield SLOGAN.finding(msg("“抓手”是口号化表述", "slogan"), i, i + 2, suggestion="重要举措")
        i = document.text.find("抓手", i + 1)
'''

FULL = report("一、党政主要负责人履行推进法治建设第一责任人职责情况",
              "镇党委书记带头落实第一责任人职责，把依法行政作为工作抓手。",
              "二、存在的不足和原因", "个别干部学法不够深入。", "三、下一步工作安排", "下一步将继续推进。")
PARTIAL = report("一、主要举措", "在网页上粘贴时带入了<script>alert('x')</script>和&nbsp;字样，以执法为抓手。",
                 "二、存在的不足", "不足在于学习不深。")

VOID = {"meta", "br", "hr", "img", "link", "input", "col", "wbr"}


class Page(HTMLParser):
    """A small DOM-less view of the page: tag balance, elements with classes, texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.capture: list[list] = []  # (tag, attrs, depth, text parts)
        self.elements: list[tuple[str, dict, str]] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append(f"duplicate id {a['id']}")
            self.ids.add(a["id"])
        if tag not in VOID:
            self.stack.append(tag)
            self.capture.append([tag, a, len(self.stack), []])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()
        done = self.capture.pop()
        self.elements.append((done[0], done[1], "".join(done[3])))
        if self.capture:
            self.capture[-1][3].append("".join(done[3]))

    def handle_data(self, data):
        if self.capture:
            self.capture[-1][3].append(data)

    def find(self, tag: str, cls: str | None = None) -> list[tuple[dict, str]]:
        """(attributes, text) of every ``tag`` element (with class ``cls``)."""
        return [(a, t) for g, a, t in self.elements
                if g == tag and (cls is None or cls in a.get("class", "").split())]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("html")
    (root / "demo_items.py").write_text(PLUGIN, encoding="utf-8")
    (root / "reports").mkdir()
    (root / "reports" / "甲镇2024年度法治政府建设情况报告.txt").write_text(FULL, encoding="utf-8")
    (root / "reports" / "乙镇2024年度法治政府建设情况报告.txt").write_text(PARTIAL, encoding="utf-8")
    (root / "reports" / "丙镇（空文件）.txt").write_bytes(b"")
    proc = run_cli("check", "reports", "--plugin", "demo_items.py", "--select", "items,demo",
                   "--format", "html", "--output", "page.html", "--no-cache", cwd=root)
    assert proc.returncode == 2, proc.stderr  # the empty file is unreadable
    return root / "page.html"


@pytest.fixture(scope="module")
def page(page_file) -> Page:
    p = Page()
    p.feed(page_file.read_text(encoding="utf-8"))
    p.close()
    return p


def test_page_is_well_formed_and_self_contained(page, page_file):
    assert page.errors == [] and page.stack == []
    tags = {t for t, _ in page.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert not any(a.get("src") for _, a in page.tags)
    assert page_file.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_text_with_script_is_shown_as_text(page, page_file):
    raw = page_file.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in raw and "&amp;nbsp;" in raw
    texts = [t for _, t in page.find("td", "text")]
    assert any("<script>alert('x')</script>和&nbsp;字样" in t for t in texts)


def test_overview_table_reports_against_checklist_items(page):
    (overview, _), = page.find("table", "overview")
    headers = [t for a, t in page.find("th", "item") if "cat" not in a.get("class", "")]
    assert headers == ["党政主要负责人履行第一责任…", "下一年度工作安排", "存在的不足和原因"]
    rows = [t for _, t in page.find("tr") if ".txt" in t and "✓" in t or "✗" in t]
    assert len(rows) == 2
    by_report = {("甲镇" if "甲镇" in t else "乙镇"): t for t in rows}
    assert by_report["甲镇"].count("✓") == 3 and "✗" not in by_report["甲镇"]
    assert by_report["乙镇"].count("✗") == 2 and by_report["乙镇"].count("✓") == 1
    links = [a["href"] for a, t in page.find("a") if a.get("href", "").startswith("#report-")]
    assert links[:3] == ["#report-1", "#report-2", "#report-3"]
    assert {"report-1", "report-2", "report-3", "overview"} <= page.ids
    assert any("无法读取" in t for _, t in page.find("td", "missing"))


def test_counts_by_category_in_the_overview(page):
    cats = [t for a, t in page.find("th", "cat")]
    assert cats[:3] == ["内容", "结构", "标点"]
    nums = [t for _, t in page.find("td", "num")]
    assert nums  # per-category counts and totals are numbers
    assert all(n.isdigit() for n in nums)


def test_each_finding_is_highlighted_at_its_span_with_its_message_beside_it(page):
    marks = [t for _, t in page.find("mark")]
    assert marks == ["抓手", "抓手"]
    notes = [t for _, t in page.find("div", "note")]
    assert sum("“抓手”是口号化表述" in n and "重要举措" in n for n in notes) == 2
    assert sum("缺少“党政主要负责人履行第一责任人职责”" in n for n in notes) == 1
    assert sum("缺少“下一年度工作安排”" in n for n in notes) == 1
    assert not any("缺少“存在的不足和原因”" in n for n in notes)
    rows_with_findings = [t for _, t in page.find("tr", "has-findings")]
    assert any("工作抓手" in t and "口号化表述" in t for t in rows_with_findings)


def test_single_report_has_no_overview(tmp_path):
    (tmp_path / "r.txt").write_text(PARTIAL, encoding="utf-8")
    proc = run_cli("check", "r.txt", "--format", "html", "--select", "heading", "--no-cache", cwd=tmp_path)
    p = Page()
    p.feed(proc.stdout)
    assert p.errors == [] and "overview" not in p.ids and "report-1" in p.ids


def test_english_page(tmp_path):
    (tmp_path / "r.txt").write_text(PARTIAL, encoding="utf-8")
    proc = run_cli("check", "r.txt", "--format", "html", "--lang", "en", "--no-cache", cwd=tmp_path)
    assert '<html lang="en">' in proc.stdout and "problem(s)" in proc.stdout


# -- a real browser --------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def png_pixels(path: Path) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA PNG (what Chromium writes) into rows of raw pixels."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line) if bpp == 3 else bytes(v for k, v in enumerate(line) if k % 4 != 3))
        prev = line
    return width, height, rows


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_opens_in_headless_chromium_and_shows_the_overview(page_file, tmp_path):
    shot = tmp_path / "page.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}"]
    url = page_file.resolve().as_uri()
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", url], capture_output=True, timeout=120)
    html = dom.stdout.decode("utf-8", "replace")
    assert 'class="overview"' in html and "#report-2" in html
    assert "<script>" not in html and "&lt;script&gt;alert" in html
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1200,900", url],
                   capture_output=True, timeout=120)
    assert shot.is_file()
    keep = os.environ.get("FZLINT_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1200, 900)
    # the overview's "missing" cells are red (#c62828) and sit in the first screen
    red = sum(1 for row in rows for x in range(0, len(row), 3) if row[x:x + 3] == b"\xc6\x28\x28")
    assert red > 200
