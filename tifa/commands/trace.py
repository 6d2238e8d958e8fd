"""`tifa trace`, `tifa timeline`, `tifa series`: follow a slogan down to projects (or a project
up to slogans), a project through the reports, an indicator through the years.

    tifa trace 四区两城                    # indented tree, each edge with its sentence and document
    tifa trace 何仙观水库 --up --json       # {"root": NODE}, the README's JSON contract
    tifa timeline 何仙观水库
    tifa series 地区生产总值 --region 零陵区 --format csv
"""

from __future__ import annotations

import csv
import json
import sys

from tifa.queries.library import QueryError
from tifa.queries.series import COLUMNS, KINDS, series
from tifa.queries.summary import summary_in_step
from tifa.queries.timeline import timeline
from tifa.queries.trace import trace

from ..close_names import hint, store_labels
from ..options import open_from_args
from ..table import excerpt, render


def register(command) -> None:
    t = command("trace", _trace, "the tree from a slogan down to projects, parks and places (or --up)")
    t.add_argument("label", metavar="LABEL", help="a label or alias (e.g. 四区两城), or an entity IRI")
    t.add_argument("--json", action="store_true", help='print {"root": NODE} (the JSON contract in the README) instead of a tree')
    t.add_argument("--depth", type=int, metavar="N", help="stop N links below the root")
    t.add_argument("--document", metavar="ID", help="only links stated in this document")
    t.add_argument("--up", action="store_true", help="what the entity serves: sections, components, slogans")

    tl = command("timeline", _timeline, "a project's status and investment across reports, in order")
    tl.add_argument("label", metavar="LABEL", help="the project's label or alias, e.g. 何仙观水库")
    tl.add_argument("--json", action="store_true")

    s = command("series", _series, "an indicator by year: actual, estimate, target, baseline side by side")
    s.add_argument("indicator", metavar="INDICATOR", help="e.g. 地区生产总值")
    s.add_argument("--region", metavar="R", help="only this region, e.g. 零陵区")
    s.add_argument("--format", choices=("table", "json", "csv"), default="table")


def _fail(error: Exception) -> int:
    print(f"tifa: {error}", file=sys.stderr)
    return 1


def _trace(args) -> int:
    if args.depth is not None and args.depth < 0:
        return _fail(ValueError("--depth must be 0 or more"))
    with open_from_args(args, read_only=True) as store:
        try:
            tree = trace(store, args.label, depth=args.depth, document=args.document, up=args.up)
        except QueryError as error:
            return _fail(QueryError(f"{error}{hint(args.label, store_labels(store))}"))
    if args.json:
        print(json.dumps(tree, ensure_ascii=False, indent=2))
        return 0
    lines = []
    _tree_lines(tree["root"], 0, lines)
    for other in tree["alternatives"]:
        lines.append(f"(also labelled so: {other['type']} {other['id']} — trace it by that IRI)")
    print("\n".join(lines))
    return 0


def _tree_lines(node: dict, indent: int, lines: list[str]) -> None:
    """``  relation → label [type]  «sentence…» document`` per node, children indented."""
    pad = "  " * indent
    head = f"{node['label']} [{node['type']}]" + (" (expanded elsewhere in the tree)" if node.get("repeated") else "")
    if node["relation"]:
        head = f"{node['relation']} → {head}"
    if node["evidence"]:
        evidence = node["evidence"][0]
        more = f" +{len(node['evidence']) - 1}" if len(node["evidence"]) > 1 else ""
        head += f"  «{excerpt(evidence['text'], node['label'])}» {evidence['document']}{more}"
    lines.append(pad + head)
    for child in node["children"]:
        _tree_lines(child, indent + 1, lines)


def _timeline(args) -> int:
    with open_from_args(args, read_only=True) as store:
        try:
            line = timeline(store, args.label)
        except QueryError as error:
            return _fail(QueryError(f"{error}{hint(args.label, store_labels(store))}"))
    if args.json:
        print(json.dumps(line, ensure_ascii=False, indent=2))
        return 0
    print(f"{line['label']}  ({line['id']})")
    for item in line["status"]:
        print(f"  {item['year'] or '    '}  {item['status']:<4}  {item['document']:<22}  «{excerpt(item['text'], line['label'])}»")
    for item in line["investment"]:
        print(f"  投资 {item['amount']:g} {item['unit'] or ''}  {item['document']}  «{excerpt(item['text'], line['label'])}»")
    if not line["status"] and not line["investment"]:
        print("  (no status or investment reported)")
    return 0


def _series(args) -> int:
    with open_from_args(args, read_only=True) as store:
        rows = series(store, args.indicator, region=args.region, summary=summary_in_step(store))
        if not rows:
            where = f" for {args.region}" if args.region else ""
            close = "" if args.region else hint(args.indicator, store_labels(store))
            return _fail(QueryError(f"no values of {args.indicator!r}{where} in the graph{close}"))
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    flat = [{column: _cell(row[column]) for column in COLUMNS} for row in rows]
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return 0
    for cells, row in zip(flat, rows):  # a value written in another unit than its row's: 10000 (1万亿元)
        cells.update({kind: _with_written(row, kind) for kind in KINDS})
    shown = ("region", "year", "measure", "unit", *KINDS, "documents")
    print(render(list(shown), [[row[c] for c in shown] for row in flat], max_width=40))
    return 0


def _with_written(row: dict, kind: str) -> str:
    """A kind's values in the row's unit, each followed by its written form when that is in another unit."""
    shown = []
    for value, written in zip(row[kind], row["written"][kind]):
        plain = _cell([value])
        same = isinstance(value, str) or written == f"{value:g}{row['unit'] or ''}"
        shown.append(plain if same else f"{plain} ({written})")
    return " | ".join(shown)


def _cell(value) -> str:
    if isinstance(value, list):
        return " | ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value)
    return "" if value is None else str(value)

