"""Plain text tables for the terminal, aware that CJK characters take two columns.

>>> print(render(["name", "n"], [["四区两城", "6"], ["x", "12"]]))
name      n
四区两城  6
x         12
"""

from __future__ import annotations


def width(text: str) -> int:
    """Display width: CJK characters (and full-width punctuation) take two columns.

    >>> width("四区两城"), width("abc")
    (8, 3)
    """
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` columns, ending with … when cut.

    >>> clip("承接产业转移示范区", 9)
    '承接产业…'
    """
    if width(text) <= limit:
        return text
    out, used = "", 0
    for ch in text:
        if used + width(ch) > limit - 1:
            break
        out, used = out + ch, used + width(ch)
    return out + "…"


def pad(text: str, limit: int) -> str:
    """`text` followed by spaces up to `limit` columns."""
    return text + " " * max(0, limit - width(text))


def render(headers: list[str], rows: list[list[str]], *, max_width: int = 60) -> str:
    """Columns as wide as their widest cell (at most `max_width`), separated by two spaces;
    line breaks and tabs inside cells become spaces so that every row stays on one line."""
    cells = [[" ".join(str(cell).split()) for cell in row] for row in rows]
    widths = [min(max_width, max([width(h), *(width(row[i]) for row in cells)])) for i, h in enumerate(headers)]
    lines = []
    for row in [headers, *cells]:
        line = "  ".join(pad(clip(cell, w), w) for cell, w in zip(row, widths))
        lines.append(line.rstrip())
    return "\n".join(lines)


EXCERPT = 48  # characters of an evidence sentence shown on one line


def excerpt(text: str, around: str) -> str:
    """The sentence on one line, cut to EXCERPT characters around `around` when it is there.

    >>> excerpt("推进  何仙观水库   建设", "水库")
    '推进 何仙观水库 建设'
    >>> excerpt("一" * 40 + "何仙观水库" + "二" * 40, "何仙观水库")[:4]
    '…一一一'
    """
    text = " ".join(text.split())
    if len(text) <= EXCERPT:
        return text
    at = max(0, text.find(around)) if around in text else 0
    start = max(0, min(at - EXCERPT // 3, len(text) - EXCERPT))
    return ("…" if start else "") + text[start:start + EXCERPT] + ("…" if start + EXCERPT < len(text) else "")
