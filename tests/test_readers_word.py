"""Word files as officials really make them: tables of contents, text-box titles, list styles, hidden text."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from fzlint.engine import Engine
from fzlint.readers.docx import DocxReader

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ALL_NS = (W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
          ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
          ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
          ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')
IND = "\u3000\u3000"
HEADS = ("2024年度推进法治政府建设的主要举措和成效", "党政主要负责人履行推进法治建设第一责任人职责情况",
         "存在的不足和原因", "2025年度推进法治政府建设的主要安排")
BODY = (IND + "镇党委召开专题会议4次，研究解决法治建设重大问题6个。",
        IND + "镇党委书记带头学法，全年主持召开专题会议3次，年终述法1次。",
        IND + "全镇持证执法人员仅5名。原因主要是编制有限、人员流动较大。",
        IND + "一是2025年6月底前完成执法人员轮训；二是开展普法宣传活动不少于20次。")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def field(instruction: str, result: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def raw(d, inner: str, ppr: str = "") -> None:
    """Append a paragraph written as raw run XML (before the section properties)."""
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(f"<w:p {ALL_NS}>{ppr}{inner}</w:p>"))


def body(d, numbered: bool = False) -> None:
    """The addressee and the four parts of the report, the part headings typed by hand."""
    d.add_paragraph("县委、县政府：")
    d.add_paragraph(IND + "2024年，桃源镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：")
    for k, (head, text) in enumerate(zip(HEADS, BODY)):
        d.add_paragraph(("" if numbered else "一二三四"[k] + "、") + head, style="Heading 1")
        d.add_paragraph(text)
    d.add_paragraph("桃源镇人民政府")
    d.add_paragraph("2025年1月15日")


def read(d):
    buf = io.BytesIO()
    d.save(buf)
    return DocxReader().read(buf.getvalue(), "报告.docx")


def findings(doc, *prefixes: str) -> list[tuple[str, int, str]]:
    result = Engine().check_document(doc)
    return [(f.rule_id, f.line, f.matched) for f in result.findings if f.rule_id.startswith(prefixes)]


def toc_field_report() -> docx.Document:
    """A report with Word's generated table of contents (a TOC field over four entry paragraphs)."""
    d = docx.Document()
    d.add_paragraph("桃源镇人民政府关于2024年度法治政府建设情况的报告")
    d.add_paragraph("目  录")
    for i, head in enumerate(HEADS):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" '
                 '\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(HEADS) - 1 else ""
        entry = (f'<w:hyperlink w:anchor="_Toc{i}">{run("一二三四"[i] + "、" + head)}<w:r><w:tab/></w:r>'
                 + field(f"PAGEREF _Toc{i} \\h", str(i + 1)) + "</w:hyperlink>")
        raw(d, begin + entry + end)
    raw(d, '<w:r><w:br w:type="page"/></w:r>')
    body(d)
    return d


def test_table_of_contents_entries_are_no_headings():
    doc = read(toc_field_report())
    assert doc.lines[1:7] == ("", "", "", "", "", "")  # 目录 and its entries: the paragraphs stay, empty
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、"]
    assert findings(doc, "heading/", "annual-report/addressee", "hygiene/") == []
    assert doc.lines[7] == "县委、县政府："  # paragraph numbering unchanged


def test_table_of_contents_by_style_or_content_control():
    d = docx.Document()
    d.add_paragraph("桃源镇人民政府关于2024年度法治政府建设情况的报告")
    toc_style = d.styles.add_style("toc 1", 1)  # Word's built-in entry style (its id varies by language)
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                    f'</w:docPartObj></w:sdtPr><w:sdtContent><w:p>{run("目录")}</w:p>'
                    f'<w:p>{run("一、" + HEADS[0])}<w:r><w:tab/></w:r>{run("1")}</w:p></w:sdtContent></w:sdt>')
    d.element.body.insert(len(d.element.body) - 1, sdt)
    d.add_paragraph("二、" + HEADS[1] + "\t2", style=toc_style)
    body(d)
    doc = read(d)
    assert doc.lines[1:4] == ("", "", "")
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、"]
    assert findings(doc, "heading/") == []


def test_a_tab_of_a_body_paragraph_is_not_a_table_of_contents():
    d = docx.Document()
    d.add_paragraph("桃源镇人民政府关于2024年度法治政府建设情况的报告")
    body(d)
    d.add_paragraph("联系人：王明\t联系电话：0831-1234567")
    doc = read(d)
    assert doc.lines[-2] == "联系人：王明\t联系电话：0831-1234567"


def textbox(lines: list[str]) -> str:
    paragraphs = "".join(f"<w:p>{run(line)}</w:p>" for line in lines)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>'
            '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def test_a_title_set_in_a_text_box_is_the_title():
    d = docx.Document()
    raw(d, textbox(["青山县司法局", "关于2024年度法治政府建设工作情况的报告"]))
    d.add_paragraph("")
    body(d)
    doc = read(d)
    assert doc.lines[0] == "青山县司法局关于2024年度法治政府建设工作情况的报告"  # once, not with Word's VML copy
    assert doc.title is not None and doc.title.unit == "青山县司法局" and doc.years == (2024,)
    assert findings(doc, "annual-report/report-title", "annual-report/addressee") == []


def test_a_text_box_inside_the_body_stays_out():
    d = docx.Document()
    d.add_paragraph("青山县司法局关于2024年度法治政府建设工作情况的报告")
    body(d)
    raw(d, textbox(["受理", "审查", "决定"]))  # a flow chart drawn with text boxes
    doc = read(d)
    assert doc.lines[-2] == ""


LIST_STYLE_LEVELS = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
                     '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>')


def test_numbering_through_a_list_style_is_recovered():
    """Word's multi-level lists saved as a list style: the paragraphs' list only links to the style."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="70"><w:styleLink w:val="报告编号"/>'
                                  f'{LIST_STYLE_LEVELS}</w:abstractNum>'))
    numbering.insert(1, parse_xml(f'<w:abstractNum {W} w:abstractNumId="71"><w:numStyleLink w:val="报告编号"/>'
                                  '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    d.styles.element.append(parse_xml(f'<w:style {W} w:type="numbering" w:styleId="报告编号"><w:name w:val="报告编号"/>'
                                      '<w:pPr><w:numPr><w:numId w:val="70"/></w:numPr></w:pPr></w:style>'))
    d.add_paragraph("桃源镇人民政府关于2024年度法治政府建设情况的报告")
    body(d, numbered=True)
    for p in d.paragraphs:
        if p.style.name == "Heading 1":
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
    doc = read(d)
    assert [h.marker + h.title for h in doc.headings] == [m + h for m, h in zip(("一、", "二、", "三、", "四、"), HEADS)]
    assert doc.reader_notes == ()


def test_hidden_text_is_not_read():
    d = docx.Document()
    d.add_paragraph("桃源镇人民政府关于2024年度法治政府建设情况的报告")
    body(d)
    raw(d, run(IND + "全年调解矛盾纠纷236件") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（备注：XX件待核）</w:t></w:r>'
        + '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>，调解成功率98.3%。</w:t></w:r>')
    doc = read(d)
    assert doc.lines[-2] == IND + "全年调解矛盾纠纷236件，调解成功率98.3%。"
    assert findings(doc, "hygiene/") == []


def test_markdown_heading_attributes_are_not_part_of_the_heading():
    from fzlint.readers.md import MarkdownReader

    text = "# 青石镇关于2024年度法治政府建设情况的报告\n\n## 一、主要举措和成效 {#主要举措 .unnumbered}\n\n正文。\n"
    doc = MarkdownReader().read(text.encode("utf-8"), "报告.md")
    assert [(h.marker, h.title) for h in doc.headings] == [("一、", "主要举措和成效")]


NUMBERING = (f'<w:abstractNum {W} w:abstractNumId="80">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
             '</w:abstractNum>')


def test_a_numbered_paragraph_deleted_with_tracked_changes_is_not_counted():
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num {W} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="80"/></w:numPr>'
    deleted = '<w:rPr><w:del w:id="7" w:author="李四" w:date="2025-01-10T10:00:00Z"/></w:rPr>'
    d.add_paragraph("桃源镇人民政府关于2024年度法治政府建设情况的报告")
    d.add_paragraph("县委、县政府：")
    for k, (head, text) in enumerate(zip(HEADS, BODY)):
        if k == 1:  # an old version of the heading, deleted whole (text and paragraph mark)
            raw(d, f'<w:del w:id="8" w:author="李四" w:date="2025-01-10T10:00:00Z"><w:r><w:delText>{head}</w:delText>'
                   '</w:r></w:del>', f"<w:pPr>{numpr}{deleted}</w:pPr>")
        raw(d, run(head), f"<w:pPr>{numpr}</w:pPr>")
        d.add_paragraph(text)
    raw(d, "", f"<w:pPr>{numpr}</w:pPr>")  # an empty numbered paragraph still shows and counts its number
    raw(d, run("下一步工作打算"), f"<w:pPr>{numpr}</w:pPr>")
    doc = read(d)
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、", "六、"]
    assert doc.lines[4] == ""
