"""How big a report may be, per format; every limit is checked before the bytes it guards are read.

The longest real plans run to about 100,000 characters, so `MAX_REPORT_CHARS` (30 times that) only
stops concatenations and wrong files. The byte limits follow from it: a text report of that many
characters takes at most 4 bytes a character (UTF-32; UTF-8 Chinese takes 3), a web page carries
its markup too, and a docx's or pdf's own size says little (images, compression), so what they
inflate to is limited as it is inflated. A refused file costs a stat and a few reads, never its
size in memory.

>>> MAX_TEXT_BYTES // 2**20, MAX_DOCX_XML_BYTES // 2**20
(11, 32)
"""

MAX_REPORT_CHARS = 3_000_000
"""Characters of cleaned text in one report."""

MAX_TEXT_BYTES = 4 * MAX_REPORT_CHARS
"""A .txt file (any encoding)."""

MAX_HTML_BYTES = 16 * 2**20
"""A saved web page, markup included."""

MAX_DOCX_BYTES = 100 * 2**20
"""A .docx file as stored (pictures included)."""

MAX_DOCX_XML_BYTES = 32 * 2**20
"""The XML parts of a .docx once inflated. Word writes 10-20 bytes of XML a character, so this
holds about two million characters; python-docx's tree takes up to 16 bytes per byte of XML."""

MAX_HTML_DEPTH = 400
"""Elements nested in one another on a web page (real pages nest a few dozen)."""

MAX_DOCX_MEMBERS = 5_000
"""Files inside a .docx archive (Word writes tens; a picture each adds one)."""

MAX_PDF_BYTES = 200 * 2**20
"""A .pdf file as stored (scanned pages make big files)."""

MAX_PDF_PAGES = 3_000
"""Pages of a PDF: a report of `MAX_REPORT_CHARS` fills about that many."""

MAX_PDF_STREAM_BYTES = 16 * 2**20
"""One inflated PDF stream; a page of text takes tens of kilobytes."""

MAX_PDF_CONTENT_BYTES = 128 * 2**20
"""All pages' inflated content streams together."""

MAX_PDF_OVERSIZED_PAGES = 10
"""Pages skipped for a stream over `MAX_PDF_STREAM_BYTES` before the whole file is refused."""

MAX_EXTRACT_SECONDS = 60
MAX_EXTRACT_SECONDS_PER_CHAR = 0.001
"""How long reading one report may take: a minute plus a millisecond a character (160 s for the longest real
plans, which take a few seconds). A rule that backtracks on some sentence (a list cut 2ⁿ ways) then stops
that report with an error instead of a build of thousands of reports."""
