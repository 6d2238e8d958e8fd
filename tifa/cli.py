"""The `tifa` command: build the graph from reports, list what it holds, export and validate it.

    tifa build                          # the corpus shipped with tifa → the default store
    tifa build report.docx plan.pdf     # add your own reports (txt, docx, pdf, html)
    tifa build reports/                 # a folder of them, e.g. LEVEL/REGION/YEAR.txt
    tifa list slogans                   # a readable table; --json for the JSON contract
    tifa stats --json
    tifa export --format trig > kg.trig
    tifa validate                       # SHACL shapes over the graph

Every command takes --store DIR (default: $TIFA_STORE, else ~/.local/share/tifa/store), or
--endpoint URL to work against a SPARQL 1.1 server instead.
Errors are one line on stderr and a non-zero exit; a failed build leaves the store as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from importlib.resources import files
from typing import get_args

import orjson

from tifa.store.embedded import StoreError, is_storage_failure
from tifa.loaders.document import META_FIELDS, DocumentMeta, Level
from tifa.queries.library import QueryError
from tifa.queries.listing import TYPES, iter_entities, type_name
from tifa.queries.stats import stats
from tifa.queries.summary import refresh_summary, summary_in_step, summary_path

from .commands import register_all
from .options import add_store_options, open_from_args
from .table import clip, pad, width

EXPORT_FORMATS = ("trig", "ttl", "nq", "jsonld")
LEVELS = get_args(Level)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (StoreError, QueryError) as error:
        print(f"tifa: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `tifa export | head`
        return 0
    except OSError as error:  # a file named on the command line, or the store's own files
        where = f"{error.filename}: " if error.filename else ""
        print(f"tifa: {where}{error.strerror or ' '.join(str(error).split())}", file=sys.stderr)
        return 2
    except RuntimeError as error:  # a damaged store file met while a query's results were read
        if not is_storage_failure(error):
            raise
        print(f"tifa: the store is damaged ({' '.join(str(error).split())})", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tifa", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.set_defaults(run=lambda args: parser.print_help() or 0)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help_: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_, description=help_)
        add_store_options(sub)
        sub.set_defaults(run=run)
        return sub

    b = command("build", _build, "build or update the graph from reports (default: the shipped corpus)")
    b.add_argument("files", nargs="*", metavar="FILE", help="reports to add: .txt .docx .pdf .html, or folders of them "
                   "(searched recursively; ids from the path below the folder, e.g. city-上海市-2012)")
    b.add_argument("--force", action="store_true", help="rebuild documents even when unchanged")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--jobs", "-j", type=_positive_int, default=None, metavar="N",
                   help="read and extract reports in N processes (default: the cores this process may use, when there is "
                        "over a megabyte to read); one process writes the store")
    for field, help_ in META_FIELDS.items():
        b.add_argument(f"--{field.replace('_', '-')}", dest=f"meta_{field}", metavar="VALUE",
                       help=f"override inferred metadata: {help_}")

    ls = command("list", _list, "list the entities of one type, sorted by label")
    ls.add_argument("type", type=_type_name, metavar="TYPE", help=" ".join(TYPES) + " (or the singular)")
    ls.add_argument("--json", action="store_true", help="print the JSON contract (streamed) instead of a table")
    ls.add_argument("--document", metavar="ID", help="only entities mentioned in this document")
    ls.add_argument("--region", metavar="NAME", help="only entities mentioned in reports of this region, e.g. 零陵区")
    ls.add_argument("--level", choices=LEVELS, help="only entities mentioned in reports of this level")
    ls.add_argument("--year", type=int, metavar="YYYY",
                    help="only entities mentioned in reports of this year (of the session, else planned)")
    ls.add_argument("--limit", type=_count, metavar="N", help="at most N items")
    ls.add_argument("--offset", type=_count, default=0, metavar="N", help="skip the first N items")

    st = command("stats", _stats, "count documents, entities per type and triples")
    st.add_argument("--json", action="store_true")

    ex = command("export", _export, "write the whole graph (with one named graph per document)")
    ex.add_argument("--format", choices=EXPORT_FORMATS, default="trig")
    ex.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")

    command("validate", _validate, "check the graph against the SHACL shapes of the ontology")
    register_all(command)
    return parser


def _build(args) -> int:
    # Reading reports needs the extraction patterns, which take most of a second to compile: only this command
    # imports them, so that listing and querying start at once.
    from tifa.loaders.metadata import apply_overrides
    from tifa.store.build import build, build_corpus

    overrides = {field: value for field in META_FIELDS
                 if (value := getattr(args, f"meta_{field}")) is not None}
    if overrides.get("id") and (len(args.files) != 1 or os.path.isdir(args.files[0])):
        print("tifa: --id names one document; give exactly one FILE with it", file=sys.stderr)
        return 2
    try:
        apply_overrides(DocumentMeta(), overrides)  # check the values before reading anything
    except ValueError as error:
        print(f"tifa: {error}", file=sys.stderr)
        return 2
    with open_from_args(args) as store:
        if args.files:
            report = build(args.files, store, meta=overrides, force=args.force, progress=not args.quiet,
                           workers=args.jobs)
        else:
            report = build_corpus(files("tifa.corpus"), store, force=args.force, progress=not args.quiet,
                                  workers=args.jobs)
        for failure in report.failures:
            print(f"tifa: {failure}", file=sys.stderr)
        for warning in report.warnings:
            print(f"tifa: warning: {warning}", file=sys.stderr)
        if report.stopped:
            print(f"tifa: {report.stopped} ({report.built} document(s) built before it stopped)", file=sys.stderr)
            return 2
        indexed = summary_path(store) is not None
        if indexed and report.built and not args.quiet:
            print(f"tifa: indexing {report.built} document(s) for the explorer and tifa list…", file=sys.stderr)
        started = time.perf_counter()
        if refresh_summary(store):  # the index changed: keep the explorer's tables (a server keeps them too)
            from tifa.explorer.browse import Browser
            from tifa.explorer.catalog import Catalog
            Browser(Catalog(store)).keep_unfiltered()
        index = f" (index {time.perf_counter() - started:.1f} s)" if indexed else ""
        counts = stats(store)
        print(f"{report.built} document(s) built, {report.skipped} unchanged, {len(report.failures)} failed "
              f"in {report.seconds:.1f} s{index}")
        print(_summary(counts, store.path))
    if report.failures and not report.built and not report.skipped:
        return 1
    return 1 if report.failures else 0


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, at least 1, not {text!r}")
    return int(text)


def _summary(counts: dict, path) -> str:
    width = max(len(k) for k in counts)
    lines = [f"  {name:<{width}}  {count:>8,}" for name, count in counts.items()]
    return "\n".join([*lines, f"store: {path}"])


def _list(args) -> int:
    with open_from_args(args, read_only=True) as store:
        items = iter_entities(store, args.type, document=args.document, region=args.region, level=args.level,
                              year=args.year, limit=args.limit, offset=args.offset, summary=summary_in_step(store))
        if args.json:
            _write_json_array(items, sys.stdout)
        else:
            print(_table(args.type, items))
    return 0


def _type_name(name: str) -> str:
    try:
        return type_name(name)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 0, not {text!r}")
    return int(text)


def _write_json_array(items, out) -> None:
    """`items` as one JSON array, written as they come, indented as ``json.dump(list, indent=2)`` writes it
    (encoded by orjson: Python's encoder does not use its C code when it indents, and took most of the time
    of a listing read from the summary index)."""
    first = True
    for item in items:
        out.write("[\n" if first else ",\n")
        out.write(textwrap.indent(orjson.dumps(item, option=orjson.OPT_INDENT_2).decode(), "  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _table(type_: str, items: list[dict]) -> str:
    """A plain text table: label, the type's main detail, documents, first evidence."""
    detail = {
        "slogans": lambda i: f"[{i['level']}] " + "、".join(c["label"] for c in i["components"]),
        "projects": lambda i: "; ".join(f"{x['value']:g}{x['unit']}" for x in i["investment"][:1])
        + (" " + ",".join(sorted({s["status"] for s in i["status"]})) if i["status"] else ""),
        "parks": lambda i: (f"⊂ {i['parent']} " if i["parent"] else "") + f"{len(i['projects'])} projects",
        "programmes": lambda i: f"{len(i['projects'])} projects",
        "indicators": lambda i: f"{i['year'] or ''} {i['kind']} {i['measure'] or ''} {i['raw']} {i['unit'] or ''}",
        "documents": lambda i: f"{i['kind'] or ''} {i['region'] or ''} {i['date'] or ''}",
    }.get(type_, lambda i: "、".join(i["aliases"][:3]))
    rows = [(item["label"] if type_ != "indicators" else item["indicator"], detail(item).strip(),
             ",".join(item["documents"])) for item in items]  # only the cells are kept, not the items
    if not rows:
        return f"no {type_} in the store (run `tifa build` first?)"
    label_width = min(28, max(width(r[0]) for r in rows))
    detail_width = min(60, max(width(r[1]) for r in rows))
    out = [f"{pad('label', label_width)}  {pad('detail', detail_width)}  documents"]
    for label, info, docs in rows:
        out.append(f"{pad(clip(label, label_width), label_width)}  "
                   f"{pad(clip(info, detail_width), detail_width)}  {docs}")
    out.append(f"({len(rows)} {type_})")
    return "\n".join(out)


def _stats(args) -> int:
    with open_from_args(args, read_only=True) as store:
        counts = stats(store)
        path = store.path
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        print(_summary(counts, path))
    return 0


def _export(args) -> int:
    with open_from_args(args, read_only=True) as store:
        data = store.export(args.format)
    if args.output:
        with open(args.output, "wb") as out:
            out.write(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _validate(args) -> int:
    from tifa.ontology.load import validate  # pyshacl is slow to import; only this command needs it

    with open_from_args(args, read_only=True) as store:
        graph = store.to_rdflib()
    conforms, report, _ = validate(graph)
    print(report)
    return 0 if conforms else 1


if __name__ == "__main__":
    sys.exit(main())
