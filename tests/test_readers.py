"""Readers: .txt in every encoding officials save, .docx through python-docx, .md with masked markup."""

from __future__ import annotations

import io
import os
import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from fzlint.engine import Engine
from fzlint.readers import ReaderError
from fzlint.readers.docx import DocxReader
from fzlint.readers.md import MarkdownReader, mask_markdown
from fzlint.readers.txt import TextReader, decode_text

from conftest import CORPUS, corpus, report, run_cli

REPORT = report(
    "2024年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：",
    "一、主要举措和成效",
    "（一）加强组织领导",
    "镇党委召开专题会议3次，研究部署法治政府建设工作。",
    "（三）推进严格规范公正文明执法",
    "全年办理行政执法案件12件，无一被复议纠错。",
    "二、存在的不足和原因",
    "部分干部法治意识有待提高。",
)


def key(result) -> list[tuple[str, int | None]]:
    """What must not depend on the file format: the rule and the line of every finding."""
    return sorted((f.rule_id, f.line or 0) for f in result.findings)


def docx_bytes(lines: list[str], build=None) -> bytes:
    """A .docx with one paragraph per line (``build(document)`` may add more)."""
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    if build:
        build(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def lines_of(text: str) -> list[str]:
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


# -- .txt -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_txt_encodings_decode_to_the_same_text(encoding):
    assert decode_text(REPORT.encode(encoding), "r.txt") == REPORT


def test_crlf_and_cr_line_endings_give_the_same_lines():
    ref = TextReader().read(REPORT.encode(), "r.txt")
    for sep in ("\r\n", "\r"):
        d = TextReader().read(REPORT.replace("\n", sep).encode("gb18030"), "r.txt")
        assert d.lines == ref.lines


def test_short_gbk_line_is_still_recognised():
    text = "县委、县政府：现将2024年度法治政府建设情况报告如下。\n"
    assert decode_text(text.encode("gbk"), "r.txt") == text


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"  \r\n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8, "binary"),
    (b"PK\x03\x04" + bytes(range(256)) * 8, "binary"),
    (os.urandom(4096), ""),
])
def test_bad_txt_input_is_a_one_line_reader_error(data, words):
    with pytest.raises(ReaderError) as err:
        decode_text(data, "bad.txt")
    assert "\n" not in str(err.value) and str(err.value).startswith("bad.txt: ")
    assert words in str(err.value)


# -- .docx ----------------------------------------------------------------------------------------

def test_docx_paragraphs_tables_in_order_headers_footers_left_out():
    def build(d):
        d.sections[0].header.paragraphs[0].text = "页眉：马营镇人民政府"
        d.sections[0].footer.paragraphs[0].text = "第 1 页"
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "指标"
        table.cell(0, 1).text = "数量"
        table.cell(1, 0).text = "行政执法案件"
        table.cell(1, 1).text = "12件"
        d.add_paragraph("")
        d.add_paragraph("特此报告。")

    data = docx_bytes(["某镇2024年度法治政府建设情况报告", "", "县委、县政府："], build)
    doc = DocxReader().read(data, "r.docx")
    assert doc.kind == "docx"
    assert doc.lines[:9] == ("某镇2024年度法治政府建设情况报告", "", "县委、县政府：",
                             "指标", "数量", "行政执法案件", "12件", "", "特此报告。")
    assert "页眉" not in doc.text and "第 1 页" not in doc.text


def test_docx_line_is_the_paragraph_with_empty_paragraphs_counted():
    lines = lines_of(report("一、主要举措", "", "", "三、存在的问题"))
    result = Engine().check_document(DocxReader().read(docx_bytes(lines), "r.docx"))
    seq = [f for f in result.findings if f.rule_id == "heading/sequence"]
    assert [(f.line, f.column, f.matched) for f in seq] == [(7, 1, "三、")]


def test_docx_soft_line_breaks_do_not_shift_paragraphs():
    def build(d):
        p = d.add_paragraph("马营镇")
        p.add_run().add_break()
        p.add_run("2024年度法治政府建设情况报告")
        d.add_paragraph("县委、县政府：")

    doc = DocxReader().read(docx_bytes([], build), "r.docx")
    assert doc.lines[-3:-1] == ("马营镇2024年度法治政府建设情况报告", "县委、县政府：")


NUMBERING = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="hebrew1"/><w:lvlText w:val="%4)"/></w:lvl>
</w:abstractNum>"""
NUM = ('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
       '<w:abstractNumId w:val="90"/></w:num>')


def numbered(d, text: str, level: int) -> None:
    """Add a paragraph numbered by list 90 at ``level`` (the number is not in the text)."""
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def with_numbering(d) -> None:
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(NUM))


def test_docx_automatic_numbering_is_recovered_from_numbering_definitions():
    def build(d):
        with_numbering(d)
        numbered(d, "主要举措和成效", 0)
        numbered(d, "加强组织领导", 1)
        numbered(d, "建立学法制度", 2)
        numbered(d, "完善工作机制", 2)
        numbered(d, "推进严格执法", 1)
        numbered(d, "存在的不足和原因", 0)
        numbered(d, "学习不够深入", 1)

    doc = DocxReader().read(docx_bytes(["某镇2024年度法治政府建设情况报告", "县委、县政府："], build), "r.docx")
    assert doc.lines[2:9] == ("一、主要举措和成效", "（一）加强组织领导", "1.建立学法制度", "2.完善工作机制",
                              "（二）推进严格执法", "二、存在的不足和原因", "（一）学习不够深入")
    assert [h.level for h in doc.headings] == [1, 2, 3, 3, 2, 1, 2]
    assert doc.reader_notes == ()


def test_docx_numbering_through_a_paragraph_style_and_a_start_override():
    def build(d):
        from docx.enum.style import WD_STYLE_TYPE

        with_numbering(d)
        d.part.numbering_part.element.append(parse_xml(
            '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="91">'
            '<w:abstractNumId w:val="90"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>'
            '</w:lvlOverride></w:num>'))
        style = d.styles.add_style("报告一级标题", WD_STYLE_TYPE.PARAGRAPH)
        style.element.get_or_add_pPr().append(parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))
        d.add_paragraph("存在的不足和原因", style="报告一级标题")
        d.add_paragraph("下一步工作打算", style="报告一级标题")

    doc = DocxReader().read(docx_bytes(["某镇2024年度法治政府建设情况报告"], build), "r.docx")
    assert doc.lines[1:3] == ("三、存在的不足和原因", "四、下一步工作打算")


def test_docx_unrecoverable_numbering_gives_a_reader_note():
    def build(d):
        with_numbering(d)
        numbered(d, "加强组织领导", 3)  # hebrew1: no Chinese report writes it, fzlint does not render it

    data = docx_bytes(["某镇2024年度法治政府建设情况报告", "县委、县政府："], build)
    result = Engine().check_document(DocxReader().read(data, "r.docx"))
    notes = [f for f in result.findings if f.rule_id == "fzlint/reader-note"]
    assert len(notes) == 1 and "自动编号" in notes[0].message.zh and notes[0].line is None


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return buf.getvalue()


@pytest.mark.parametrize("data, words", [
    (b"", "not a .docx"),
    (b"just some text, renamed to .docx", "not a .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old .doc"),
    (b"PK\x03\x04 truncated zip", "docx"),
    (_zip({"hello.txt": "hi"}), "docx"),
    (_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<not-closed"}), "docx"),
])
def test_broken_docx_is_a_one_line_reader_error(data, words):
    with pytest.raises(ReaderError) as err:
        DocxReader().read(data, "bad.docx")
    message = str(err.value)
    assert "\n" not in message and message.startswith("bad.docx: ") and words in message


def test_broken_docx_on_the_command_line_exits_2_without_traceback(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 broken")
    (tmp_path / "ok.docx").write_bytes(docx_bytes(lines_of(REPORT)))
    proc = run_cli("check", "bad.docx", "ok.docx", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1 and "bad.docx" in proc.stderr
    assert "ok.docx:" in proc.stdout  # the readable file is still checked


def test_docx_from_standard_input(tmp_path):
    data = docx_bytes(lines_of(report("一、甲", "三、乙")))
    proc = run_cli("check", "-", "--stdin-filename", "报告.docx", "--select", "heading/sequence",
                   input=data, cwd=tmp_path)
    assert proc.returncode == 1 and "报告.docx:5:1:" in proc.stdout


def test_gb18030_text_from_standard_input(tmp_path):
    proc = run_cli("check", "-", "--select", "heading/sequence", input=report("一、甲", "三、乙").encode("gb18030"),
                   cwd=tmp_path)
    assert proc.returncode == 1 and "-:5:1:" in proc.stdout and "三、" in proc.stdout


# -- .md ------------------------------------------------------------------------------------------

MD = """---
title: 青石镇2024年度法治政府建设情况报告
---
# 青石镇关于2024年度法治政府建设情况的报告

县委、县政府：

## 一、主要举措和成效

**全年**办理[行政复议](https://example.gov.cn/fy)案件*12*件，`code` 见 ![图](a.png)。

| 指标 | 数量 |
|------|------|
| 案件 | 12件 |

```text
一、不是标题
```

> 三、引用里的标题
"""


def test_markdown_markup_is_masked_with_positions_kept():
    masked, ranges, _ = mask_markdown(MD)
    assert len(masked) == len(MD) and masked.count("\n") == MD.count("\n")
    lines = masked.split("\n")
    assert lines[3].strip() == "青石镇关于2024年度法治政府建设情况的报告"
    assert lines[7] == "   一、主要举措和成效"
    assert lines[9].split() == ["全年", "办理", "行政复议", "案件", "12", "件，", "见", "。"]
    assert lines[9].index("行政复议") == MD.split("\n")[9].index("行政复议")
    assert lines[11].split() == ["指标", "数量"] and not lines[12].strip()
    assert not lines[16].strip() and "title" not in masked
    assert lines[19].strip() == "三、引用里的标题"
    for s, e in ranges:
        assert not masked[s:e].strip()


def test_markdown_document_title_and_headings_come_from_the_report_text():
    doc = MarkdownReader().read(MD.encode("utf-8"), "r.md")
    assert doc.kind == "md"
    assert doc.title and doc.title.text == "青石镇关于2024年度法治政府建设情况的报告"
    assert [(h.marker, h.title.strip()) for h in doc.headings] == [("一、", "主要举措和成效"), ("三、", "引用里的标题")]


def test_markdown_finding_points_at_the_source_column(tmp_path):
    (tmp_path / "r.md").write_text("# 某镇2024年度法治政府建设情况报告\n\n## 一、甲\n\n## 三、乙\n", encoding="utf-8")
    proc = run_cli("check", "r.md", "--select", "heading/sequence", cwd=tmp_path)
    assert "r.md:5:4:" in proc.stdout, proc.stdout


def test_markdown_escaped_characters_stay_text():
    masked, _, _ = mask_markdown("按 \\*号\\* 标注。\n")
    assert masked == "按  *号 * 标注。\n"


# -- the five real reports in every format ----------------------------------------------------------

@corpus
@pytest.mark.corpus
def test_corpus_reports_give_the_same_findings_as_docx_gb18030_and_utf16(tmp_path):
    engine = Engine()
    reports = sorted(CORPUS.glob("*.txt"))
    assert len(reports) == 5
    for path in reports:
        text = path.read_text(encoding="utf-8")
        reference = engine.check_path(str(path))
        assert reference.error is None
        variants = {
            ".docx": docx_bytes(lines_of(text)),
            ".gb18030.txt": text.encode("gb18030"),
            ".utf16.txt": text.encode("utf-16"),
            ".utf16le.txt": text.encode("utf-16-le"),
            ".crlf.txt": text.replace("\n", "\r\n").encode("utf-8-sig"),
        }
        for suffix, data in variants.items():
            target = tmp_path / (path.stem + suffix)
            target.write_bytes(data)
            result = engine.check_path(str(target))
            assert result.error is None, result.error
            assert key(result) == key(reference), (path.name, suffix)
