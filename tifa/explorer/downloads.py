"""Every table page also answers as JSON and CSV, with the same rows as its HTML: ``.json`` / ``.csv``
after the path or ``?format=json|csv``; ``&bom=1`` starts the CSV with a byte-order mark so that Excel on
a Chinese Windows reads it as UTF-8.

>>> split_format("/browse/project.csv", {})
('/browse/project', 'csv')
>>> split_format("/browse/project", {"format": "json"})
('/browse/project', 'json')
>>> csv_text([{"label": "四区两城", "documents": ["a", "b"]}], ["label", "documents"])
'label,documents\\r\\n四区两城,a; b\\r\\n'
"""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote, urlencode

from starlette.responses import Response

FORMATS = ("html", "json", "csv")
BOM = "\ufeff"


def split_format(path: str, params) -> tuple[str, str]:
    """(path without a format suffix, the format asked for: html, json or csv)."""
    for suffix in ("json", "csv"):
        if path.endswith("." + suffix):
            return path[: -len(suffix) - 1], suffix
    asked = params.get("format", "html")
    return path, asked if asked in FORMATS else "html"


def cell(value) -> str:
    """A value as one CSV cell: lists joined by "; ", None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def csv_text(rows: list[dict], columns: list[str]) -> str:
    """`rows` as CSV with a header of `columns`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])
    return out.getvalue()


def csv_response(rows: list[dict], columns: list[str], filename: str, bom: bool = False) -> Response:
    body = (BOM if bom else "") + csv_text(rows, columns)
    return Response(body.encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename, safe='')}.csv"})


def json_response(data) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                    media_type="application/json; charset=utf-8")


def format_urls(path: str, params: dict, total: int | None = None) -> dict[str, str]:
    """The download links of a page at `path` with its query `params` (without ``format``/``lang``):
    JSON and CSV of this page, CSV for Excel, and (given the `total`) every row as CSV."""
    kept = {k: v for k, v in params.items() if k not in ("format", "lang", "bom")}
    query = ("?" + urlencode(kept)) if kept else ""
    urls = {"json": f"{path}.json{query}", "csv": f"{path}.csv{query}",
            "excel": f"{path}.csv?" + urlencode({**kept, "bom": 1})}
    if total is not None:
        everything = {k: v for k, v in kept.items() if k not in ("page", "size")} | {"size": "all"}
        urls["all"] = f"{path}.csv?" + urlencode(everything)
    return urls

