"""Hostile report files, and what `tifa build` costs to refuse each one.

    python benchmarks/hostile_inputs.py            # every input at full size (writes ~3.5 GB to a temp dir)
    python benchmarks/hostile_inputs.py --small    # the 3 GB text left out

For each file it runs ``tifa build FILE`` in a fresh store in a child process and prints the
exit code, the wall time, the child's peak resident memory (``ru_maxrss`` of the child) and the
one line tifa printed. The makers are plain functions so that the tests build small versions of
the same files (tests/test_hostile_inputs.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

CHUNK = 1 << 20
PARAGRAPH = "各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。\n"


def make_text(path: Path, size: int) -> Path:
    """A UTF-8 text report of `size` bytes: one plausible sentence repeated."""
    line = PARAGRAPH.encode("utf-8")
    block = line * (CHUNK // len(line))
    with open(path, "wb") as out:
        left = size
        while left > 0:
            out.write(block[:left])
            left -= len(block)
    return path


_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>')
_DOC_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
_DOC_END = "</w:body></w:document>"


def make_docx_bomb(path: Path, inflated: int, *, lie: bool = False) -> Path:
    """A .docx whose document.xml (tiny paragraphs) inflates to about `inflated` bytes.

    With `lie`, the archive declares document.xml 1,000 bytes long in both of its headers (a
    reader trusting the declared size is fooled; the CRC then no longer matches)."""
    paragraph = "<w:p><w:r><w:t>一</w:t></w:r></w:p>".encode("utf-8")
    block = paragraph * (CHUNK // len(paragraph))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=False) as member:
            member.write(_DOC_START.encode())
            for _ in range(max(1, inflated // len(block))):
                member.write(block)
            member.write(_DOC_END.encode())
    if lie:
        _declare_size(path, "word/document.xml", 1000)
    return path


def _declare_size(path: Path, name: str, size: int) -> None:
    """Overwrite the uncompressed size of member `name` in its local and central headers."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        central = archive.start_dir
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, info.header_offset + 22, size)
    while data[central:central + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46:central + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, central + 24, size)
        central += 46 + name_length + extra_length + comment_length
    path.write_bytes(bytes(data))


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of `objects` (numbered from 1; object 1 is the catalog) with a correct xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, *, deflate: bool = False, extra: bytes = b"") -> bytes:
    if deflate:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def make_pdf_pages(path: Path, pages: int) -> Path:
    """A PDF of `pages` pages that all show the same short text (one shared content stream)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
               _stream(b"BT /F1 12 Tf 72 720 Td (Report page) Tj ET"),
               _FONT]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    path.write_bytes(_pdf(objects + [page] * pages))
    return path


def make_pdf_stream_bomb(path: Path, inflated: int, pages: int = 1) -> Path:
    """A PDF whose content stream (shared by `pages` pages) inflates to about `inflated` bytes."""
    operators = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n"
    content = zlib.compressobj(9)
    parts = [content.compress(operators * (CHUNK // len(operators))) for _ in range(max(1, inflated // CHUNK))]
    compressed = b"".join(parts) + content.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed + b"\nendstream"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
               stream, _FONT] + [page] * pages
    path.write_bytes(_pdf(objects))
    return path


def make_pdf_lying_count(path: Path, count: int = 2_000_000_000) -> Path:
    """A one-page PDF whose page tree claims `count` pages."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [5 0 R] >>" % count,
               _stream(b"BT /F1 12 Tf 72 720 Td (Report page) Tj ET"), _FONT,
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
               b"/Resources << /Font << /F1 4 0 R >> >> >>"]
    path.write_bytes(_pdf(objects))
    return path


def make_pdf_nested_forms(path: Path, depth: int = 12, fan_out: int = 10) -> Path:
    """A one-page PDF whose page draws form X1 `fan_out` times, X1 draws X2 as often, … (a
    "billion laughs" of form XObjects: fan_out ** depth text draws)."""
    base = 5  # objects 1-4: catalog, pages, page, font
    forms = []
    for level in range(depth):
        if level + 1 < depth:
            ops = b"".join(b"/X%d Do\n" % (level + 1) for _ in range(fan_out))
            resources = b"/Resources << /XObject << /X%d %d 0 R >> /Font << /F1 4 0 R >> >>" % (level + 1, base + level + 1)
        else:
            ops = b"BT /F1 12 Tf 72 720 Td (x) Tj ET"
            resources = b"/Resources << /Font << /F1 4 0 R >> >>"
        forms.append(_stream(ops, extra=b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] " + resources))
    page_ops = b"".join(b"/X0 Do\n" for _ in range(fan_out))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
               b"/Resources << /XObject << /X0 %d 0 R >> >> >>" % (base + depth, base), _FONT]
    objects += forms + [_stream(page_ops)]
    path.write_bytes(_pdf(objects))
    return path


def make_deep_html(path: Path, depth: int) -> Path:
    """A web page whose article sits `depth` elements deep."""
    path.write_text("<html><body>" + "<div>" * depth + "<p>各位代表：现在向大会报告工作。</p>" + "</div>" * depth
                    + "</body></html>", "utf-8")
    return path


def run_build(path: Path, store: Path, *, cap_gb: float | None = None,
              timeout: float | None = None) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak RSS in MB, first error line) of `tifa build FILE` in a child,
    its address space capped at `cap_gb` and its run at `timeout` seconds when given."""
    code = ("import resource, sys, time\nfrom tifa.cli import main\nstarted = time.perf_counter()\n"
            "try:\n    code = main(['build', '--quiet', '--store', sys.argv[1], sys.argv[2]])\n"
            "finally:\n    print(f'@@ {time.perf_counter() - started:.2f} '\n"
            "          f'{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}', file=sys.stderr)\n"
            "sys.exit(code)\n")
    def cap() -> None:
        if cap_gb:
            limit = int(cap_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", code, str(store), str(path)], capture_output=True,
                              text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"}, preexec_fn=cap,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return -9, time.perf_counter() - started, 0, f"still running after {timeout:.0f} s: stopped"
    lines = done.stderr.strip().splitlines()
    figures = [line for line in lines if line.startswith("@@ ")]
    seconds, peak = (float(v) for v in figures[-1].split()[1:]) if figures else (float("nan"), 0)
    message = next((line for line in lines if line.startswith("tifa: ") and "warning" not in line),
                   lines[-1] if lines else "")
    return done.returncode, seconds, int(peak), message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="leave out the 3 GB text file")
    parser.add_argument("--cap-gb", type=float, help="cap each child's address space (to measure old code safely)")
    parser.add_argument("--timeout", type=float, help="stop a child after this many seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        makers = {
            "text 200 MB": lambda p: make_text(p.with_suffix(".txt"), 200_000_000),
            "text 3 GB": None if args.small else lambda p: make_text(p.with_suffix(".txt"), 3_000_000_000),
            "docx bomb 1.14 GB": lambda p: make_docx_bomb(p.with_suffix(".docx"), 1_140_000_000),
            "docx bomb, lying size": lambda p: make_docx_bomb(p.with_suffix(".docx"), 1_140_000_000, lie=True),
            "pdf 20,000 pages": lambda p: make_pdf_pages(p.with_suffix(".pdf"), 20_000),
            "pdf count 2e9": lambda p: make_pdf_lying_count(p.with_suffix(".pdf")),
            "pdf stream 1 GB": lambda p: make_pdf_stream_bomb(p.with_suffix(".pdf"), 1_000_000_000),
            "pdf stream 70 MB × 500": lambda p: make_pdf_stream_bomb(p.with_suffix(".pdf"), 70_000_000, 500),
            "pdf nested forms 10^9": lambda p: make_pdf_nested_forms(p.with_suffix(".pdf"), 9, 10),
            "html 100,000 deep": lambda p: make_deep_html(p.with_suffix(".html"), 100_000),
        }
        print(f"{'input':<24} {'file MB':>8} {'exit':>4} {'seconds':>8} {'peak MB':>8}  message")
        for number, (label, make) in enumerate(makers.items()):
            if make is None:
                continue
            path = make(tmp / f"hostile{number}")
            size = path.stat().st_size / 1e6
            code, seconds, peak, message = run_build(path, tmp / f"store{number}", cap_gb=args.cap_gb,
                                                     timeout=args.timeout)
            print(f"{label:<24} {size:>8.1f} {code:>4} {seconds:>8.2f} {peak:>8}  {message[:150]}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
