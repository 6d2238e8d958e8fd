"""Reading report files: formats, encodings, cleaning with offsets, and bad input.

Every file is generated here (docx with python-docx, pdf with reportlab's built-in CID font,
html by hand) except the shipped corpus, which is read as it is.
"""

from __future__ import annotations

import io
import zipfile
from importlib.resources import files

import pytest

from tifa.loaders.errors import ReportError
from tifa.loaders.limits import MAX_TEXT_BYTES
from tifa.loaders.read import read_report

CORPUS = files("tifa.corpus")

TEXT = "零陵区2024年国民经济和社会发展计划执行情况\n一、2024年工作回顾\n全年实现地区生产总值290亿元，增长５.２%。\n"


def assert_offsets(doc, source: str) -> None:
    """Each kept character sits at its mapped offset in the decoded source."""
    for i, ch in enumerate(doc.text):
        assert source[doc.to_source(i)] == ch, (i, ch)


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def problem(path) -> str:
    with pytest.raises(ReportError) as info:
        read_report(path)
    assert info.value.path == str(path)
    assert "\n" not in str(info.value)
    return info.value.problem


# --------------------------------------------------------------------------- plain text


def test_corpus_file_loses_bookmark_and_keeps_offsets():
    path = CORPUS / "lingling-2024-plan.txt"
    source = path.read_bytes().decode("utf-8")
    doc = read_report(path)
    assert "[bookmark: _GoBack]" in source
    assert "[bookmark" not in doc.text
    assert doc.id == "lingling-2024-plan" and doc.source_format == "txt" and doc.encoding == "utf-8"
    assert doc.text.strip().startswith("零陵区2024年国民经济和社会发展")
    assert len(doc.text) == len(source) - len("[bookmark: _GoBack]")
    assert_offsets(doc, source)
    assert "\t" in read_report(CORPUS / "lingling-14th-fyp.txt").text  # the indicator table keeps its tabs


def test_artefacts_removed_with_offset_map(tmp_path):
    source = "[bookmark: _GoBack]标题\r\n一、总体\u200b情况\r\n[bookmark: OLE_LINK1]全年增长６%。\t表格\r\n"
    doc = read_report(write(tmp_path, "a.txt", source.encode("utf-8")))
    assert doc.text == "标题\n一、总体情况\n全年增长６%。\t表格\n"  # full-width digits stay
    assert_offsets(doc, source)
    assert doc.to_source(0) == len("[bookmark: _GoBack]")


def test_lone_carriage_returns_become_newlines(tmp_path):
    source = "第一行\r第二行\r"
    doc = read_report(write(tmp_path, "mac.txt", source.encode("utf-8")))
    assert doc.text == "第一行\n第二行\n"
    assert doc.to_source(3) == 3 and source[doc.to_source(4)] == "第"


def test_unchanged_text_has_identity_map(tmp_path):
    doc = read_report(write(tmp_path, "plain.txt", TEXT.encode("utf-8")))
    assert doc.text == TEXT and doc.offset_map == [] and doc.to_source(5) == 5


@pytest.mark.parametrize(
    "codec, expected",
    [
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-be-bom", "utf-16-be"),
        ("utf-16-le", "utf-16-le"),  # no BOM: recognised by its NUL bytes
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings(tmp_path, codec, expected):
    text = TEXT + ("𠀀字" if codec == "gb18030" else "")  # U+20000 exists in GB18030, not in GBK
    data = b"\xfe\xff" + text.encode("utf-16-be") if codec == "utf-16-be-bom" else text.encode(codec)
    doc = read_report(write(tmp_path, "r.txt", data))
    assert doc.text == text
    assert doc.encoding == expected


def test_few_damaged_bytes_are_replaced_with_a_warning(tmp_path):
    data = ("各位代表：" * 400).encode("utf-8") + b"\xff" + "请予审议。".encode("utf-8")
    doc = read_report(write(tmp_path, "damaged.txt", data))
    assert doc.text.endswith("\ufffd请予审议。")
    assert len(doc.warnings) == 1 and "U+FFFD" in doc.warnings[0]


def test_kangxi_radicals_from_pdf_conversions_become_ideographs(tmp_path):
    doc = read_report(write(tmp_path, "k.txt", "第⼀章 ⼯业".encode("utf-8")))
    assert doc.text == "第一章 工业"


def test_text_without_headings_is_read(tmp_path):
    body = "全区经济运行总体平稳，主要指标好于预期。"
    doc = read_report(write(tmp_path, "flat.txt", body.encode("utf-8")))
    assert doc.text == body and doc.warnings == []


def test_a_text_just_within_the_size_limit_is_read_whole(tmp_path):
    paragraph = ("全年实现地区生产总值290亿元，增长5.2%，规模工业增加值增长6.1%。" * 10 + "\n").encode("utf-8")
    data = paragraph * (MAX_TEXT_BYTES // len(paragraph))
    path = write(tmp_path, "big.txt", data)
    doc = read_report(path)
    assert len(doc.text.encode("utf-8")) == len(data)
    with open(path, "ab") as grow:
        grow.write(paragraph)
    with pytest.raises(ReportError, match="too large for a text report"):
        read_report(path)


# --------------------------------------------------------------------------- docx


def make_docx(path):
    import docx

    document = docx.Document()
    document.add_paragraph("零陵区“十四五”规划纲要")
    document.add_paragraph("第1章 现实基础")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("指标", "2020年", "2025年"), ("地区生产总值（亿元）", "216", "320"), ("人口", "", "60")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("表后的段落。")
    document.save(path)


def test_docx_paragraphs_and_table_rows_in_order(tmp_path):
    path = tmp_path / "plan.docx"
    make_docx(path)
    doc = read_report(path)
    assert doc.source_format == "docx" and doc.encoding is None
    assert doc.text.split("\n") == [
        "零陵区“十四五”规划纲要",
        "第1章 现实基础",
        "指标\t2020年\t2025年",
        "地区生产总值（亿元）\t216\t320",
        "人口\t\t60",
        "表后的段落。",
    ]


def test_truncated_docx(tmp_path):
    path = tmp_path / "full.docx"
    make_docx(path)
    data = path.read_bytes()
    assert "truncated or damaged .docx" in problem(write(tmp_path, "cut.docx", data[: len(data) // 2]))


def test_zip_that_is_not_a_docx(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "各位代表")
    assert "ZIP archive that is not a .docx" in problem(write(tmp_path, "x.txt", buffer.getvalue()))


# --------------------------------------------------------------------------- pdf


def make_pdf(path, pages: list[list[str]]):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    for lines in pages:
        pdf.setFont("STSong-Light", 12)
        for n, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * n, line)
        pdf.rect(72, 100, 100, 50)
        pdf.showPage()
    pdf.save()


def test_pdf_text_layer_pages_in_order(tmp_path):
    path = tmp_path / "report.pdf"
    make_pdf(path, [["零陵区2024年计划执行情况", "一、2024年工作回顾"], ["二、2025年工作安排"]])
    doc = read_report(path)
    assert doc.source_format == "pdf"
    lines = [line for line in doc.text.split("\n") if line.strip()]
    assert lines == ["零陵区2024年计划执行情况", "一、2024年工作回顾", "二、2025年工作安排"]


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    make_pdf(path, [[]])
    assert "no text layer (scanned PDF?)" in problem(path)


def test_truncated_and_damaged_pdf(tmp_path):
    path = tmp_path / "full.pdf"
    make_pdf(path, [["各位代表："]])
    data = path.read_bytes()
    assert "truncated PDF" in problem(write(tmp_path, "cut.pdf", data[: len(data) // 2]))
    assert "damaged PDF" in problem(write(tmp_path, "junk.pdf", b"%PDF-1.4\n" + b"garbage " * 50 + b"\n%%EOF\n"))


# --------------------------------------------------------------------------- html

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>关于零陵区计划的报告_零陵区人民政府</title>
<style>.x {{ color: red }}</style><script>var 菜单 = "脚本文字";</script></head>
<body>
<div id="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="nav">网站导航 政府信息公开 互动交流</div>
<div id="content">
  <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>
  <h1>零陵区2024年国民经济和社会发展计划执行情况的报告</h1>
  <div class="TRS_Editor">
    <p>各位代表：</p>
    <p>　　受区人民政府委托，现将全区计划执行情况
       提请大会审查。</p>
    <p>一、2024年国民经济和社会发展计划执行情况</p>
    <table><tr><td>指标</td><td>2024年</td></tr><tr><td>地区生产总值</td><td>290亿元</td></tr></table>
    <div class="share">分享到：微信 微博</div>
  </div>
</div>
<div class="footer">版权所有：零陵区人民政府办公室 湘ICP备12345号 联系我们</div>
</body></html>
"""


def test_html_keeps_article_drops_page_furniture(tmp_path):
    doc = read_report(write(tmp_path, "page.html", PAGE.format(charset="utf-8").encode("utf-8")))
    assert doc.source_format == "html"
    assert doc.text.split("\n") == [
        "零陵区2024年国民经济和社会发展计划执行情况的报告",
        "各位代表：",
        "　　受区人民政府委托，现将全区计划执行情况提请大会审查。",
        "一、2024年国民经济和社会发展计划执行情况",
        "指标\t2024年",
        "地区生产总值\t290亿元",
    ]
    for furniture in ("首页", "网站导航", "当前位置", "版权所有", "分享到", "脚本文字", "color"):
        assert furniture not in doc.text


def test_html_declared_gb2312_with_gbk_characters(tmp_path):
    page = PAGE.format(charset="gb2312").replace("受区", "受镕区")  # 镕 is GBK, not GB2312
    doc = read_report(write(tmp_path, "page.htm", page.encode("gbk")))
    assert "受镕区人民政府委托" in doc.text and doc.encoding == "gb18030"


def test_html_without_known_container_uses_densest_block(tmp_path):
    page = """<html><body><div class="top"><a>首页</a> <a>机构设置</a></div>
    <div class="box"><div class="left"><p>链接一</p></div>
    <div class="wz"><p>各位代表：</p><p>现在，我代表市人民政府，向大会作政府工作报告，请予审议。</p>
    <p>一、2023年工作回顾</p></div></div></body></html>"""
    doc = read_report(write(tmp_path, "gwr.html", page.encode("utf-8")))
    assert doc.text.split("\n") == ["各位代表：", "现在，我代表市人民政府，向大会作政府工作报告，请予审议。", "一、2023年工作回顾"]


def test_web_page_saved_as_txt_is_read_as_html(tmp_path):
    doc = read_report(write(tmp_path, "saved.txt", PAGE.format(charset="utf-8").encode("utf-8")))
    assert doc.source_format == "html" and "首页" not in doc.text
    assert any("content is html" in w for w in doc.warnings)


# --------------------------------------------------------------------------- bad input


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("empty.txt", b"", "empty file"),
        ("image.txt", PNG, "PNG image"),
        ("photo.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "JPEG image"),
        ("prog.txt", b"\x7fELF\x02\x01\x01" + bytes(200), "ELF executable"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "legacy Office file"),
        ("blank.txt", b" \n\t\n  ", "only whitespace"),
        ("english.txt", b"Government work report\nDear deputies,\n", "no Chinese text"),
        ("noise.txt", bytes(range(1, 9)) * 200, "binary data"),
        ("nul.txt", "各位代表".encode("utf-8") + bytes(10) + b"\x01\x02\x03" * 7, "binary data"),
    ],
)
def test_bad_input(tmp_path, name, data, expected):
    assert expected in problem(write(tmp_path, name, data))


@pytest.mark.parametrize("name", ["report.doc", "report.xlsx", "report"])
def test_unsupported_extension_names_supported_ones(tmp_path, name):
    message = problem(write(tmp_path, name, "各位代表".encode("utf-8")))
    assert "unsupported file type" in message and ".txt, .docx, .pdf, .html" in message


def test_undecodable_bytes(tmp_path):
    # Lead bytes without valid trail bytes: neither UTF-8 nor GB18030, and mostly damage.
    data = bytes([0x81, 0x20, 0xC3, 0x28, 0xFF, 0x0A]) * 300
    assert "undecodable bytes" in problem(write(tmp_path, "bad.txt", data))


def test_missing_file(tmp_path):
    assert "cannot read file" in problem(tmp_path / "absent.txt")
