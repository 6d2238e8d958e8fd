"""Reading a report file into a `Document`: format, encoding, extraction, cleaning.

>>> doc = read_report("tifa/corpus/lingling-2024-plan.txt")        # doctest: +SKIP
>>> doc.source_format, doc.encoding, doc.text[:6]                  # doctest: +SKIP
('txt', 'utf-8', '零陵区2024年')

The format is decided by the file's CONTENT (magic bytes, HTML markers) and only then by its
extension, so a web page saved as ``.txt`` or a PDF named ``.docx`` are still read. Each
format first yields the *source text* (the decoded text file, or the text pulled out of the
docx / pdf / html); `clean` then removes conversion artefacts and keeps, for every character
of the cleaned text, its offset in that source text (`Document.offset_map`).

Every problem with the input becomes a `ReportError` with a one-line message; partial
problems (an unreadable PDF page, a few damaged bytes) become `Document.warnings`.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import unicodedata
import zipfile
from contextlib import contextmanager
from pathlib import Path

from . import limits
from .document import Document
from .errors import ReportError

SUPPORTED = (".txt", ".docx", ".pdf", ".html", ".htm")
_SNIFF_BYTES = 65536  # what `sniff_format` looks at
_MAX_BYTES = {"txt": limits.MAX_TEXT_BYTES, "html": limits.MAX_HTML_BYTES, "docx": limits.MAX_DOCX_BYTES,
              "pdf": limits.MAX_PDF_BYTES}
_FORMAT_NAMES = {"txt": "a text report", "html": "a web page", "docx": "a .docx", "pdf": "a PDF"}

# --------------------------------------------------------------------------- format detection

# Magic bytes of files that are certainly not reports.
_BINARY_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"%!PS", "a PostScript file"),
]
_WEAK_MAGIC = (b"BM", b"MZ")  # BMP, Windows executable: too short to trust without NUL bytes

class _Problem(Exception):
    """A problem with the input, raised deep inside; `read_report` turns it into ReportError."""


_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?<(!doctype\s+html|html[\s>]|head[\s>])", re.I)


def sniff_format(data: bytes, suffix: str) -> str:
    """Format of `data` from its content: txt | docx | pdf | html (raises for binaries).

    >>> sniff_format(b"%PDF-1.7 ...", ".txt")
    'pdf'
    >>> sniff_format("<!DOCTYPE html><html>…".encode(), ".txt")
    'html'
    >>> sniff_format("各位代表：".encode(), ".txt")
    'txt'
    """
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        # A truncated docx still starts with a ZIP header: let the docx reader report it.
        if suffix == ".docx" or b"word/" in data[:65536]:
            return "docx"
        raise _Problem(f"a ZIP archive that is not a .docx (supported: {', '.join(SUPPORTED)})")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise _Problem(f"not a text report: this is {what}")
    if data.startswith(_WEAK_MAGIC) and b"\x00" in data[:512] and not _utf16_byte_order(data):
        raise _Problem("not a text report: binary data")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise _Problem("not a text report: this is a WebP image")
    head = data[:2048]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if _HTML_START.match(head):
        return "html"
    if suffix in (".html", ".htm") and re.search(rb"<(body|p|div)[\s>]", data[:65536], re.I):
        return "html"
    return "txt"


# --------------------------------------------------------------------------- decoding

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32-be"),
    (b"\xff\xfe", "utf-16", "utf-16-le"),
    (b"\xfe\xff", "utf-16", "utf-16-be"),
]


def _utf16_byte_order(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 recognised by where its NUL bytes sit.

    ASCII characters (digits, newlines) in UTF-16 have a NUL high byte, so NULs pile up on
    odd offsets (little endian) or even offsets (big endian); other binaries scatter them.
    """
    sample = data[:65536]
    sample = sample[: len(sample) // 2 * 2]
    nuls = sample.count(0)
    if len(sample) < 4 or nuls < max(2, len(sample) // 50):
        return None
    odd = sample[1::2].count(0)
    even = nuls - odd
    if odd >= 0.8 * nuls:
        return "utf-16-le"
    if even >= 0.8 * nuls:
        return "utf-16-be"
    return None


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def decode_text(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a text report: (text, encoding name, warnings).

    Order: BOM → BOM-less UTF-16 → strict UTF-8 → strict GB18030 (covers GB2312 and GBK) →
    UTF-8 with a few damaged bytes replaced → charset-normalizer's best guess if it yields
    Chinese. Short Chinese texts fool statistical detectors, hence the strict tries first.

    >>> decode_text("计划执行情况".encode("gbk"))[:2]
    ('计划执行情况', 'gb18030')
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name, []
            except UnicodeDecodeError as err:
                raise _Problem(f"undecodable bytes: {name} byte order mark but bad data at byte {err.start}")
    order = _utf16_byte_order(data)
    if order:
        try:
            return data.decode(order), order, []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise _Problem("not a text report: binary data (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        return data.decode("gb18030"), "gb18030", []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    if damaged <= max(3, len(data) // 1000) and _CJK.search(text):
        warning = f"{damaged} undecodable byte sequence(s) replaced with U+FFFD (first at byte {utf8_error.start})"
        return text, "utf-8", [warning]
    guess = _charset_normalizer_guess(data)
    if guess:
        return guess[0], guess[1], [f"encoding guessed as {guess[1]}"]
    raise _Problem(
        f"undecodable bytes: not UTF-8, UTF-16 or GB18030 (first bad byte at offset {utf8_error.start})"
    )


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if len(_CJK.findall(text[:20000])) < 0.2 * len(text[:20000].strip() or "x"):
        return None  # a Latin code page "decoding" Chinese bytes into accented letters
    return text, best.encoding


# --------------------------------------------------------------------------- extraction per format


def _docx_text(file) -> tuple[str, list[str]]:
    """Paragraphs and tables in body order; a table row is one line of tab-joined cells."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    package = _inflated_docx(file)
    try:
        document = docx.Document(io.BytesIO(package))
    except Exception as err:  # python-docx / lxml errors for a ZIP without a valid document
        raise _Problem(f"damaged .docx ({type(err).__name__}: {_one_line(err)})")

    lines: list[str] = []

    def walk(parent, container):
        for child in container.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                for row in Table(child, parent).rows:
                    cells, seen = [], set()
                    for cell in row.cells:  # a merged cell repeats: keep it once
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split("\n")))
                    lines.append("\t".join(cells))
            elif tag == "sdt":  # content controls wrap ordinary paragraphs
                for content in child.iterchildren():
                    if content.tag.endswith("}sdtContent"):
                        walk(parent, content)

    body = document.element.body
    walk(document._body, body)
    return "\n".join(lines), []


_XML_PART = re.compile(r"\.(xml|rels)$", re.I)


def _inflated_docx(file) -> bytes:
    """The .docx re-packed uncompressed with its XML parts only (pictures left empty), each part
    inflated a chunk at a time so that a zip bomb is stopped at `limits.MAX_DOCX_XML_BYTES`
    whatever sizes its headers declare (zipfile trusts them and inflates a member in one go)."""
    members = _zip_member_count(file)
    if members > limits.MAX_DOCX_MEMBERS:
        raise _Problem(f"not a report: a .docx of {members:,} files (at most {limits.MAX_DOCX_MEMBERS:,})")
    try:
        archive = zipfile.ZipFile(file)
        parts = [info for info in archive.infolist() if not info.is_dir()]
        declared = sum(info.file_size for info in parts if _XML_PART.search(info.filename))
        if declared > limits.MAX_DOCX_XML_BYTES:
            raise _Problem(_docx_too_big(f"declares {declared / 2**20:,.0f} MB"))
        budget = limits.MAX_DOCX_XML_BYTES
        repacked = io.BytesIO()
        with zipfile.ZipFile(repacked, "w", zipfile.ZIP_STORED) as out:
            for info in parts:
                if info.filename in out.NameToInfo:
                    continue
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise _Problem(f"damaged .docx ({info.filename} uses compression method {info.compress_type}, "
                                   f"which Word never writes)")
                data = _inflate(archive, info, budget) if _XML_PART.search(info.filename) else b""
                budget -= len(data)
                out.writestr(info.filename, data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as err:
        raise _Problem(f"truncated or damaged .docx (bad ZIP archive: {_one_line(err)})")
    return repacked.getvalue()


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """One member's bytes, read a megabyte at a time; raises when more than `budget` come out.

    zipfile stops at the declared size too (and then finds the CRC wrong), but only after
    inflating what one read asks for: a single ``read()`` would inflate the whole member first."""
    chunks, size = [], 0
    with archive.open(info) as member:
        while chunk := member.read(1 << 20):
            size += len(chunk)
            if size > budget:
                raise _Problem(_docx_too_big(f"inflates past {limits.MAX_DOCX_XML_BYTES // 2**20} MB "
                                             f"(at {info.filename})"))
            chunks.append(chunk)
    return b"".join(chunks)


def _docx_too_big(what: str) -> str:
    return (f"not a report: the .docx {what} of XML, more than {limits.MAX_DOCX_XML_BYTES // 2**20} MB "
            f"(a zip bomb, or a document far longer than any report)")


def _zip_member_count(file) -> int:
    """Files a ZIP archive declares in its end record (0 when there is none: zipfile will say why)."""
    size = file.seek(0, os.SEEK_END)
    file.seek(max(0, size - 65557))
    tail = file.read()
    file.seek(0)
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return 0
    count = struct.unpack_from("<H", tail, end + 10)[0]
    return count if count != 0xFFFF else limits.MAX_DOCX_MEMBERS + 1  # ZIP64: no docx needs it


_PDF_STREAM_LIMITS = {name: limits.MAX_PDF_STREAM_BYTES for name in (
    "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
    "brotli_maximum_output_length", "jbig2_maximum_output_length", "array_based_stream_maximum_output_length")}


def _pdf_text(file) -> tuple[str, list[str]]:
    """The text layer of every page, pages joined by newlines.

    pypdf's own limits, lowered, stop any one stream at `limits.MAX_PDF_STREAM_BYTES`; the page
    count and all pages' content together are limited here."""
    import logging

    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError, PyPdfError

    size = file.seek(0, os.SEEK_END)
    file.seek(max(0, size - 2048))
    if b"%%EOF" not in file.read():
        raise _Problem("truncated PDF (no %%EOF end-of-file marker)")
    file.seek(0)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with apply_configuration(**_PDF_STREAM_LIMITS):
        try:
            reader = PdfReader(file)
            if reader.is_encrypted and not reader.decrypt(""):
                raise _Problem("encrypted PDF (needs a password)")
            _check_page_count(_declared_page_count(reader))  # costs nothing; counting reads the page tree
            _check_page_count(len(reader.pages))
            pages = list(reader.pages)
        except _Problem:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, RecursionError) as err:
            raise _Problem(f"damaged PDF ({type(err).__name__}: {_one_line(err)})")
        texts, warnings = [], []
        content, oversized = 0, 0
        for number, page in enumerate(pages, 1):
            try:
                stream = page.get_contents()
                content += len(stream.get_data()) if stream is not None else 0
                if content > limits.MAX_PDF_CONTENT_BYTES:
                    raise _Problem(f"not a report: the PDF's pages inflate to more than "
                                   f"{limits.MAX_PDF_CONTENT_BYTES // 2**20} MB of content (at page {number})")
                texts.append(page.extract_text() or "")
            except _Problem:
                raise
            except LimitReachedError:
                texts.append("")
                warnings.append(f"page {number}: skipped, a stream inflates past {limits.MAX_PDF_STREAM_BYTES // 2**20} MB")
                oversized += 1
                if oversized > limits.MAX_PDF_OVERSIZED_PAGES:
                    raise _Problem(f"not a report: {oversized} pages inflate past "
                                   f"{limits.MAX_PDF_STREAM_BYTES // 2**20} MB each")
            except Exception as err:  # one bad page should not lose the rest
                texts.append("")
                warnings.append(f"page {number}: text not extracted ({type(err).__name__}: {_one_line(err)})")
    if not any(t.strip() for t in texts):
        raise _Problem("PDF has no text layer (scanned PDF?)")
    return "\n".join(texts), warnings


def _check_page_count(count: int) -> None:
    if count > limits.MAX_PDF_PAGES:
        raise _Problem(f"not a report: a PDF of {count:,} pages (at most {limits.MAX_PDF_PAGES:,})")


def _declared_page_count(reader) -> int:
    """The page count the PDF's page tree states (counting the pages themselves reads the whole tree)."""
    try:
        return int(reader.root_object["/Pages"].get_object()["/Count"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return 0


# Containers of a government page's article body, best first.
_CONTENT_NAMES = re.compile(
    r"^(trs_editor|zoom|ucap-content|article|article[-_]?(content|body|con)|art[-_]?con|content|"
    r"main[-_]?content|main|text|detail|details|pages?[-_]?content|conTxt|con)$",
    re.I,
)
# Page furniture: dropped wherever it sits inside the chosen container.
_NOISE_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "form", "button", "select",
               "nav", "header", "footer", "aside", "menu")
_NOISE_NAMES = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|head|sidebar|side|share|"
    r"copyright|topbar|toolbar|pagination|pager|location|position|weizhi|dqwz|related)([-_ ]|$)",
    re.I,
)
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
               "table", "tr", "section", "article", "blockquote", "pre", "hr", "main", "center", "title",
               "tbody", "thead", "caption"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w]+)""", re.I)


def _html_text(data: bytes) -> tuple[str, str, list[str]]:
    """The article of a saved web page as lines of text: (text, encoding, warnings)."""
    from bs4 import BeautifulSoup, Comment, Tag

    html, encoding, warnings = _decode_html(data)
    soup = BeautifulSoup(html, "lxml")
    depth = _depth(soup, Tag)
    if depth > limits.MAX_HTML_DEPTH:
        raise _Problem(f"not a report: a web page nested {depth:,} elements deep (at most {limits.MAX_HTML_DEPTH})")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for node in soup.find_all(["script", "style", "noscript", "template"]):
        node.decompose()

    container = _content_container(soup, Tag)
    for node in container.find_all(True):
        if node.decomposed:
            continue
        if node.name in _NOISE_TAGS or _is_noise_named(node):
            node.decompose()
    lines = _html_lines(container, Tag)
    title = _html_title_before(container, soup, Tag)
    if title and (not lines or title not in lines[0]):
        lines.insert(0, title)
    return "\n".join(lines), encoding, warnings


def _decode_html(data: bytes) -> tuple[str, str, list[str]]:
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        codec = "gb18030" if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else name
        try:
            return data.decode(codec), codec, []
        except (UnicodeDecodeError, LookupError):
            text, encoding, warnings = decode_text(data)
            return text, encoding, [f"page declares charset {name} but is {encoding}"] + warnings
    return decode_text(data)


def _is_noise_named(node) -> bool:
    names = " ".join(node.get("class") or []) + " " + (node.get("id") or "")
    return bool(_NOISE_NAMES.search(names)) and node.name not in ("body", "html")


def _depth(root, Tag) -> int:
    """How deep elements nest below `root` (without recursion: a hostile page nests thousands)."""
    deepest, stack = 0, [(root, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tag))
    return deepest


def _content_container(soup, Tag):
    """The element holding the article: a known content id/class, else the densest block.

    Among named candidates the smallest one still holding most of the named text wins, so a
    page-wide ``#content`` wrapper loses to the ``.TRS_Editor`` inside it. Text sizes and noise
    are worked out once for the whole page, so the cost stays linear in its size.
    """
    body = soup.body or soup
    nodes = body.find_all(True)  # parents before their children
    chinese, length = _text_sizes(nodes, Tag)
    named = [n for n in nodes
             if any(_CONTENT_NAMES.match(v) for v in (n.get("class") or []) + [n.get("id") or ""])
             and n.name not in _NOISE_TAGS and not _is_noise_named(n)]
    scored = [(n, chinese[id(n)]) for n in named if chinese[id(n)] >= 20]
    if scored:
        most = max(c for _, c in scored)
        good = [n for n, c in scored if c >= 0.5 * most]
        return min(good, key=lambda n: length[id(n)])
    # Readability's idea: a paragraph's Chinese text counts for the block that holds it.
    noisy: set[int] = set()  # ids of furniture and of everything inside it
    for node in nodes:
        if node.name in _NOISE_TAGS or _is_noise_named(node) or id(node.parent) in noisy:
            noisy.add(id(node))
    scores: dict[int, tuple[int, object]] = {}
    for para in nodes:
        if para.name not in ("p", "div", "td", "li", "span", "font") or id(para) in noisy:
            continue
        own = sum(len(_CJK.findall(s)) for s in para.find_all(string=True, recursive=False))
        if own and para.parent is not None:
            key = id(para.parent)
            scores[key] = (scores.get(key, (0, para.parent))[0] + own, para.parent)
    if not scores:
        return body
    return max(scores.values(), key=lambda pair: pair[0])[1]


def _text_sizes(nodes: list, Tag) -> tuple[dict[int, int], dict[int, int]]:
    """Chinese characters and all characters of text under each node, keyed by ``id(node)``,
    added up from the leaves in one pass over `nodes` (in document order)."""
    chinese: dict[int, int] = {}
    length: dict[int, int] = {}
    for node in reversed(nodes):  # children before their parents
        c = n = 0
        for child in node.children:
            if isinstance(child, Tag):
                c, n = c + chinese[id(child)], n + length[id(child)]
            else:
                c, n = c + len(_CJK.findall(child)), n + len(child)
        chinese[id(node)], length[id(node)] = c, n
    return chinese, length


def _html_title_before(container, soup, Tag) -> str | None:
    """The page's article heading when it sits outside the content container."""
    if container.find(["h1", "h2"]):
        return None
    for heading in container.find_all_previous(["h1", "h2", "h3"]):
        if any(isinstance(p, Tag) and (p.name in _NOISE_TAGS or _is_noise_named(p)) for p in heading.parents):
            continue
        text = " ".join(heading.get_text(" ", strip=True).split())
        if _CJK.search(text):
            return text
    return None


def _html_lines(container, Tag) -> list[str]:
    """Text of `container` with block elements as line breaks and table cells tab-joined."""
    parts: list[str] = []

    def walk(node):
        for child in node.children:
            if isinstance(child, Tag):
                if child.name in ("td", "th"):
                    parts.append("\t")
                    walk(child)
                    continue
                block = child.name in _BLOCK_TAGS
                if block:
                    parts.append("\n")
                if child.name == "pre":
                    parts.append(child.get_text())
                else:
                    walk(child)
                if block:
                    parts.append("\n")
            else:
                # Source-code line breaks and indentation are not text; single spaces are.
                parts.append(re.sub(r"[ \t\r\n]*[\r\n][ \t\r\n]*", "", str(child)).replace("\t", " "))

    walk(container)
    lines = []
    for line in "".join(parts).split("\n"):
        line = re.sub(r" {2,}", " ", line).strip(" \t")
        if line.strip():
            lines.append(line)
    return lines


# --------------------------------------------------------------------------- cleaning

# What cleaning removes or replaces; everything else is kept character for character.
_ARTEFACTS = re.compile(
    r"\[bookmark: [^\]\n]*\]"  # Word bookmarks left by docx→txt converters: [bookmark: _GoBack]
    r"|[\u200b\u200c\u200d\u2060\ufeff\u00ad]"  # zero-width characters, stray BOMs, soft hyphens
    r"|\r\n?|[\x0b\x0c\u2028\u2029\x85]"  # line ends of other systems, page and line separators
    r"|[\x00-\x08\x0e-\x1f\x7f]"  # other control characters
)
_NEWLINE_LIKE = set("\r\x0b\x0c\u2028\u2029\x85")

# PDFs often carry Kangxi radicals / compatibility ideographs (⼀ U+2F00) for ordinary ones (一).
_RADICALS = {cp: unicodedata.normalize("NFKC", chr(cp))
             for cp in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)]
             if len(unicodedata.normalize("NFKC", chr(cp))) == 1}


def clean(source: str) -> tuple[str, list[int]]:
    """Cleaned text and its offset map (offset in `source` of each kept character).

    The map is empty when nothing changed (identity).

    >>> clean("[bookmark: _GoBack]一、总体\\r\\n")
    ('一、总体\\n', [19, 20, 21, 22, 24])
    """
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _ARTEFACTS.finditer(source):
        start, end = match.span()
        pieces.append(source[last:start])
        offsets.extend(range(last, start))
        token = match.group()
        if token == "\r\n":
            pieces.append("\n")
            offsets.append(start + 1)
        elif token in _NEWLINE_LIKE:
            pieces.append("\n")
            offsets.append(start)
        last = end
    if last == 0 and not pieces:
        text, offsets = source, []
    else:
        pieces.append(source[last:])
        offsets.extend(range(last, len(source)))
        text = "".join(pieces)
    return text.translate(_RADICALS), offsets


# --------------------------------------------------------------------------- entry point


def read_report(path) -> Document:
    """Read a report file (txt in any common Chinese encoding, docx, pdf, html) into a Document.

    Raises `ReportError(path, problem)` for input that cannot be used.
    """
    path = Path(path)
    try:
        return _read(path)
    except _Problem as problem:
        raise ReportError(path, str(problem)) from None
    except ReportError:
        raise
    except MemoryError:
        raise ReportError(path, "file too large to read into memory") from None
    except RecursionError:
        raise ReportError(path, "not a report: structure nested too deeply to read") from None


def check_size(path) -> None:
    """Raise `ReportError` when `path` is no file or is too large for a report of its format.

    Costs a stat and one 64 KB read, so callers can refuse a huge file before hashing it.
    """
    path = Path(path)
    try:
        with _open_report(path):
            pass
    except _Problem as problem:
        raise ReportError(path, str(problem)) from None


@contextmanager
def _open_report(path: Path):
    """``with _open_report(path) as (file, head, fmt):`` the open file, its first 64 KB and its
    format, once the file was found to be a regular file within the size limit of that format."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise _Problem(f"unsupported file type {suffix or '(no extension)'!r}; supported: {', '.join(SUPPORTED)}")
    try:  # without blocking: opening a named pipe would wait for a writer
        file = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
    except OSError as err:
        raise _Problem(f"cannot read file ({err.strerror or err})") from None
    with file:
        try:
            info = os.fstat(file.fileno())
            head = file.read(_SNIFF_BYTES) if stat.S_ISREG(info.st_mode) else b""
        except OSError as err:
            raise _Problem(f"cannot read file ({err.strerror or err})") from None
        if not stat.S_ISREG(info.st_mode):
            raise _Problem("not a regular file")
        if not head:
            raise _Problem("empty file")
        fmt = sniff_format(head, suffix)
        if info.st_size > _MAX_BYTES[fmt]:
            raise _Problem(f"file too large for {_FORMAT_NAMES[fmt]} ({_megabytes(info.st_size)}; "
                           f"at most {_megabytes(_MAX_BYTES[fmt])})")
        yield file, head, fmt


def _megabytes(size: int) -> str:
    return f"{size / 2**20:,.1f} MB" if size < 10 * 2**20 else f"{size / 2**20:,.0f} MB"


def _read(path: Path) -> Document:
    suffix = path.suffix.lower()
    with _open_report(path) as (file, head, fmt):
        encoding, more = None, []
        if fmt == "docx":
            source, more = _docx_text(file)
        elif fmt == "pdf":
            source, more = _pdf_text(file)
        else:
            try:  # the size was checked, but the file may have grown since
                data = head + file.read(_MAX_BYTES[fmt] - len(head) + 1)
            except OSError as err:
                raise _Problem(f"cannot read file ({err.strerror or err})") from None
            if len(data) > _MAX_BYTES[fmt]:
                raise _Problem(f"file too large for {_FORMAT_NAMES[fmt]} (more than {_megabytes(_MAX_BYTES[fmt])})")
            source, encoding, more = decode_text(data) if fmt == "txt" else _html_text(data)
    warnings: list[str] = []
    declared = {".htm": "html"}.get(suffix, suffix.lstrip("."))
    if fmt != declared:
        warnings.append(f"named {suffix} but the content is {fmt}; read as {fmt}")
    warnings += more

    _reject_binary(source)
    text, offset_map = clean(source)
    if not text.strip():
        raise _Problem("no readable text (only whitespace)")
    if not _CJK.search(text):
        raise _Problem("no Chinese text found")
    return Document(id=path.stem, text=text, source_path=str(path), source_format=fmt, encoding=encoding,
                    source_text=source if offset_map else None, offset_map=offset_map, warnings=warnings)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def _reject_binary(source: str) -> None:
    """Decoded bytes that are mostly control characters or replacement marks are not text."""
    sample = source[:100_000]
    bad = len(_CONTROL.findall(sample))
    if sample and bad > max(5, len(sample) // 100):
        raise _Problem(f"not a text report: binary data ({100 * bad // len(sample)}% control characters)")


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())[:160]
